"""Held-out evaluation no. 2 over the fictional municipality «Havlandet kommune» (70 questions).

    .venv/bin/python evaluation/heldout2/run.py [--keep-index] [--timeout SECONDS] [--dump FILE] [--check-evidence]

The runner is shared: see evaluation/heldout_runner.py. Do not tune the product against these questions.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from evaluation.heldout_runner import HeldOutSet, main  # noqa: E402

SET = HeldOutSet(HERE, "Havlandet", (HERE / "havlandet-samfunnsdel.pdf", HERE / "havlandet-kunnskapsgrunnlag.docx"), strict_evidence=True)

if __name__ == "__main__":
    raise SystemExit(main(SET))
