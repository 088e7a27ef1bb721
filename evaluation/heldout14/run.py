"""Held-out evaluation no. 14 over the fictional southern coastal municipality «Solbakkvik kommune»
(65 questions).

    .venv/bin/python evaluation/heldout14/run.py [--keep-index] [--timeout SECONDS] [--dump FILE] [--check-evidence]

The runner is shared: see evaluation/heldout_runner.py. The evidence check is strict and applied
before anything is asked: a phrase for the samfunnsdel must sit on ONE line of the text pypdf
extracts (the PDF is set in a side-head grid with a margin column), a phrase for the
kunnskapsgrunnlag inside one paragraph or one table cell, and a phrase for the KS note
("document": "note") on one line of the note file.
This is a clean held-out set: it is run once, at the end, and only its totals are read.
Do not tune the product against these questions.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from evaluation.heldout_runner import HeldOutSet, main  # noqa: E402

SET = HeldOutSet(HERE, "Solbakkvik", (HERE / "solbakkvik-samfunnsdel.pdf", HERE / "solbakkvik-kunnskapsgrunnlag.docx"),
                 strict_evidence=True, phrase_units=True)

if __name__ == "__main__":
    raise SystemExit(main(SET))
