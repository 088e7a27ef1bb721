"""Held-out evaluation over the fictional municipality «Sølvdalen kommune» (60 questions, 10 mirrored pairs).

    .venv/bin/python evaluation/heldout/run.py [--keep-index] [--timeout SECONDS] [--dump FILE] [--check-evidence]

The runner is shared: see evaluation/heldout_runner.py. Do not tune the product against these questions.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from evaluation.heldout_runner import HeldOutSet, main  # noqa: E402

SET = HeldOutSet(HERE, "Sølvdalen", (HERE / "solvdalen-samfunnsdel.pdf", HERE / "solvdalen-kunnskapsgrunnlag.docx"), strict_evidence=False)

if __name__ == "__main__":
    raise SystemExit(main(SET))
