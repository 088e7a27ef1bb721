"""Development question sets: error analysis, not a held-out measure (they were written without
seeing the product or the older questions; the lead reads every question).

    .venv/bin/python evaluation/devsets/run.py solvdalen-b [--keep-index] [--dump FILE] [--check-evidence]
    .venv/bin/python evaluation/devsets/run.py havlandet-b ...

Each set's questions.jsonl and last-run.json live in its folder. ``solvdalen-b`` and ``havlandet-b``
ask about the documents of held-out sets 1 and 2; a set with its own municipality keeps its
documents (and the render.py that writes them) in its own folder. The runner and its strict evidence
check are shared (evaluation/heldout_runner.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path.insert(0, str(REPO))

from evaluation.heldout_runner import HeldOutSet, main  # noqa: E402

SETS = {
    "solvdalen-b": ("Sølvdalen", REPO / "evaluation" / "heldout", "solvdalen"),
    "havlandet-b": ("Havlandet", REPO / "evaluation" / "heldout2", "havlandet"),
    "leirvoll": ("Leirvoll", HERE / "leirvoll", "leirvoll"),
    "brattfjord": ("Brattfjord", HERE / "brattfjord", "brattfjord"),
}


def spec(name: str) -> HeldOutSet:
    municipality, folder, slug = SETS[name]
    docs = (folder / f"{slug}-samfunnsdel.pdf", folder / f"{slug}-kunnskapsgrunnlag.docx")
    return HeldOutSet(HERE / name, municipality, docs, strict_evidence=True, phrase_units=True)


if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] not in SETS:
        print(f"Bruk: run.py {{{'|'.join(SETS)}}} [valg]", file=sys.stderr)
        raise SystemExit(2)
    raise SystemExit(main(spec(sys.argv[1]), sys.argv[2:]))
