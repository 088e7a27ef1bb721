"""Held-out evaluation no. 3 over the fictional municipality «Saglund kommune» (75 questions).

    .venv/bin/python evaluation/heldout3/run.py [--keep-index] [--timeout SECONDS] [--dump FILE] [--check-evidence]

The runner is shared: see evaluation/heldout_runner.py. Two additions for this set, both applied
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

import evaluation.heldout_runner as runner  # noqa: E402
from evaluation.heldout_runner import HeldOutSet, main, norm  # noqa: E402

SET = HeldOutSet(HERE, "Saglund", (HERE / "saglund-samfunnsdel.pdf", HERE / "saglund-kunnskapsgrunnlag.docx"), strict_evidence=True)

_shared_check = runner.check_evidence


def _units(docs: tuple[Path, Path]) -> dict[str, list[str]]:
    """The smallest text units a phrase must fit in: PDF lines, DOCX paragraphs and cells, note lines."""
    from docx import Document
    from pypdf import PdfReader

    pdf_lines = [l for page in PdfReader(str(docs[0])).pages for l in (page.extract_text() or "").splitlines()]
    d = Document(str(docs[1]))
    docx_units = [p.text for p in d.paragraphs]
    for table in d.tables:
        for row in table.rows:
            docx_units += [cell.text for cell in row.cells]
    note_lines = runner.NOTE_FILE.read_text(encoding="utf-8").splitlines()
    return {"samfunnsdel": [norm(x) for x in pdf_lines], "kunnskapsgrunnlag": [norm(x) for x in docx_units],
            "notat": [norm(x) for x in note_lines]}


def check_evidence(questions: list[dict], docs: tuple[Path, Path]) -> list[str]:
    renamed = [{**q, "document": "note" if q.get("document") == "notat" else q.get("document")} for q in questions]
    problems = _shared_check(renamed, docs)
    units = _units(docs)
    for q in questions:
        doc = q.get("document")
        for e in q.get("expected_evidence") or []:
            ne = norm(e)
            if doc in units and not any(ne in u for u in units[doc]):
                problems.append(f"{q['id']}: «{e}» står ikke samlet på én linje / i ett avsnitt eller én celle i {doc}")
    return problems


runner.check_evidence = check_evidence

if __name__ == "__main__":
    raise SystemExit(main(SET))
