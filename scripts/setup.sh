#!/usr/bin/env bash
# Installs Samspill into .venv (idempotent). torch is pinned to the local CPU wheel: any other pin
# pulls gigabytes of CUDA.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
stamp=.venv/.samspill-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/pip install --quiet --disable-pip-version-check torch==2.13.0 -e '.[dev]' 2> >(grep -v "is ignored: it is neither" >&2)
  touch "$stamp"
fi
