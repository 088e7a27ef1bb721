"""Held-out evaluation no. 3 over the fictional municipality «Saglund kommune» (75 questions).

    .venv/bin/python evaluation/heldout3/run.py [--keep-index] [--timeout SECONDS] [--dump FILE] [--check-evidence]

The runner is shared: see evaluation/heldout_runner.py (phrase_units=True). Two additions for this set, both applied
before anything is asked:
  * questions name the KS note as document "notat"; the shared runner calls it "note", so the
    name is translated for the evidence check;
  * the evidence check is stricter: a phrase for the samfunnsdel must sit on ONE line of the text
    pypdf extracts (no phrase across a line break or a hyphenated word), a phrase for the
    kunnskapsgrunnlag inside one paragraph or one table cell, and a phrase for the note on one
    line of the note file.
Do not tune the product against these questions.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from evaluation.heldout_runner import HeldOutSet, main  # noqa: E402

SET = HeldOutSet(HERE, "Saglund", (HERE / "saglund-samfunnsdel.pdf", HERE / "saglund-kunnskapsgrunnlag.docx"),
                 strict_evidence=True, phrase_units=True)

if __name__ == "__main__":
    raise SystemExit(main(SET))
