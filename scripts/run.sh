#!/usr/bin/env bash
# The main job: install, index the bundled corpus (on first start) and start the assistant.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/samspill serve "$@"
