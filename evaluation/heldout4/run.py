"""Held-out evaluation no. 4 over the fictional municipality «Kvernvang kommune» (60 questions).

    .venv/bin/python evaluation/heldout4/run.py [--keep-index] [--timeout SECONDS] [--dump FILE] [--check-evidence]

The runner is shared: see evaluation/heldout_runner.py. One addition for this set, applied before
anything is asked: the evidence check is stricter. A phrase for the samfunnsdel must sit on ONE
line of the text pypdf extracts (no phrase across a line break), a phrase for the
kunnskapsgrunnlag inside one paragraph or one table cell, and a phrase for the KS note
("document": "note") on one line of the note file.
Do not tune the product against these questions.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from evaluation.heldout_runner import HeldOutSet, main  # noqa: E402

SET = HeldOutSet(HERE, "Kvernvang", (HERE / "kvernvang-samfunnsdel.pdf", HERE / "kvernvang-kunnskapsgrunnlag.docx"),
                 strict_evidence=True, phrase_units=True)

if __name__ == "__main__":
    raise SystemExit(main(SET))
