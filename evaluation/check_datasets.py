"""Mechanical checks for the evaluation sets in ``evaluation/``.

Run from the repository root::

    .venv/bin/python evaluation/check_datasets.py [--note PATH] [--quiet]

Checks (see DATASETS.md for the rules behind them):

* every file is UTF-8 JSONL with one object per line, the fields and value types are valid,
  ids are unique and question texts are not duplicated;
* every ``expected_evidence`` phrase is 3–8 words and occurs in the named document:
  - the KS note (``ks-notat-samspill-2024.txt``): verbatim on ONE line of the raw file;
  - a PDF: in pypdf's extracted text after collapsing whitespace, and on a single extracted
    line (so that the phrase is not split by a PDF line break);
  - a DOCX: inside one paragraph or one table cell;
* unanswerable questions have ``expected_evidence == []`` and ``document is None``;
* every pair in ``pairs.jsonl`` is a mirror: the two questions differ in a few words only;
* every ``must_mention`` phrase in ``drafting.jsonl`` occurs in one of the case's documents.

Exit code 0 when everything passes, 1 otherwise.
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
from collections import Counter
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "evaluation"
NOTE_NAME = "ks-notat-samspill-2024.txt"
NOTE_CANDIDATES = [
    ROOT / "corpus" / "notat" / NOTE_NAME,
    Path("/work/shared/seed") / NOTE_NAME,
]

ROLES = {"folkevalgt", "planlegger", "leder"}
LABELS = {"fact", "professional_advice", "political_choice"}
AREAS = {"samfunnsutvikling", "tjenesteyting", "beredskap", "okonomi"}
QUESTION_KEYS = {
    "id", "role", "question", "answerable", "expected_evidence", "document", "question_label",
}
PAIR_KEYS = {"id", "topic", "role", "a", "b"}
DRAFT_KEYS = {"id", "documents", "required_areas", "must_mention"}
MIN_WORDS, MAX_WORDS = 3, 8
MAX_PAIR_DIFF = 3  # words changed, added or removed on either side of a mirrored pair


def word_count(text: str) -> int:
    """Words are whitespace-separated tokens with a letter or digit; a lone dash is no word."""
    return sum(1 for tok in text.split() if any(ch.isalnum() for ch in tok))


def collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


class Report:
    def __init__(self) -> None:
        self.errors: list[str] = []

    def error(self, where: str, msg: str) -> None:
        self.errors.append(f"{where}: {msg}")


# ------------------------------------------------------------------------------------------
# Documents
# ------------------------------------------------------------------------------------------


class Documents:
    """Finds documents by file name and gives their text in the shape each check needs."""

    def __init__(self, note: Path | None) -> None:
        self.note = note or next((p for p in NOTE_CANDIDATES if p.exists()), None)

    @lru_cache(maxsize=None)
    def path(self, name: str) -> Path | None:
        if name == NOTE_NAME:
            return self.note
        p = ROOT / name
        if p.is_file():
            return p
        hits = sorted((ROOT / "corpus").rglob(Path(name).name))
        return hits[0] if hits else None

    @lru_cache(maxsize=None)
    def units(self, name: str) -> tuple[tuple[str, ...], str]:
        """Return (units, whole): the phrase must be inside one unit; whole is for messages."""
        path = self.path(name)
        if path is None:
            raise FileNotFoundError(name)
        suffix = path.suffix.lower()
        if suffix == ".txt":
            lines = path.read_text(encoding="utf-8").splitlines()
            return tuple(lines), "\n".join(lines)
        if suffix == ".pdf":
            from pypdf import PdfReader

            text = "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
            return tuple(collapse(line) for line in text.splitlines()), collapse(text)
        if suffix == ".docx":
            import docx

            d = docx.Document(str(path))
            units = [p.text for p in d.paragraphs]
            units += [c.text for t in d.tables for row in t.rows for c in row.cells]
            return tuple(collapse(u) for u in units), collapse("\n".join(units))
        raise ValueError(f"unsupported document type: {path}")

    def locate(self, name: str, phrase: str) -> str | None:
        """None if the phrase is found as required, else a short reason."""
        units, whole = self.units(name)
        path = self.path(name)
        if path.suffix.lower() == ".txt":
            if any(phrase in line for line in units):
                return None
            if phrase in collapse(whole):
                return "spans a line break in the raw note"
            return "not in the note"
        needle = collapse(phrase)
        if any(needle in u for u in units):
            return None
        if needle in whole:
            return "found only across a line/paragraph break"
        return "not in the document text"


# ------------------------------------------------------------------------------------------
# Files
# ------------------------------------------------------------------------------------------


def load_jsonl(path: Path, report: Report) -> list[dict]:
    rows: list[dict] = []
    try:
        raw = path.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        report.error(path.name, f"cannot read as UTF-8: {exc}")
        return rows
    for no, line in enumerate(raw.splitlines(), 1):
        if not line.strip():
            report.error(f"{path.name}:{no}", "blank line")
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            report.error(f"{path.name}:{no}", f"invalid JSON: {exc}")
            continue
        if not isinstance(obj, dict):
            report.error(f"{path.name}:{no}", "not a JSON object")
            continue
        rows.append(obj)
    return rows


def check_ids(rows: list[dict], pattern: str, fname: str, report: Report) -> None:
    seen = Counter(r.get("id") for r in rows)
    for id_, n in seen.items():
        if n > 1:
            report.error(fname, f"duplicate id {id_!r} ({n}x)")
        if not isinstance(id_, str) or not re.fullmatch(pattern, id_):
            report.error(fname, f"bad id {id_!r} (want {pattern})")


def check_questions(rows: list[dict], docs: Documents, report: Report) -> None:
    check_ids(rows, r"q\d{3}", "questions.jsonl", report)
    texts = Counter(collapse(str(r.get("question", ""))).lower() for r in rows)
    for t, n in texts.items():
        if n > 1:
            report.error("questions.jsonl", f"duplicate question text ({n}x): {t!r}")
    for r in rows:
        where = f"questions.jsonl {r.get('id')}"
        if set(r) != QUESTION_KEYS:
            report.error(where, f"keys {sorted(set(r) ^ QUESTION_KEYS)} missing or unexpected")
            continue
        if r["role"] not in ROLES:
            report.error(where, f"bad role {r['role']!r}")
        if r["question_label"] not in LABELS:
            report.error(where, f"bad question_label {r['question_label']!r}")
        if not isinstance(r["question"], str) or len(r["question"].split()) < 2:
            report.error(where, "question must be a non-trivial string")
        if not isinstance(r["answerable"], bool):
            report.error(where, "answerable must be true or false")
            continue
        ev = r["expected_evidence"]
        if not isinstance(ev, list) or not all(isinstance(e, str) for e in ev):
            report.error(where, "expected_evidence must be a list of strings")
            continue
        if not r["answerable"]:
            if ev != [] or r["document"] is not None:
                report.error(where, "unanswerable: expected_evidence must be [] and document null")
            continue
        if not ev:
            report.error(where, "answerable question without expected_evidence")
            continue
        if len(set(ev)) != len(ev):
            report.error(where, "repeated evidence phrase")
        name = r["document"]
        if not isinstance(name, str) or docs.path(name) is None:
            report.error(where, f"document {name!r} not found")
            continue
        for phrase in ev:
            n = word_count(phrase)
            if not MIN_WORDS <= n <= MAX_WORDS:
                report.error(where, f"evidence {phrase!r} has {n} words (want {MIN_WORDS}–{MAX_WORDS})")
            reason = docs.locate(name, phrase)
            if reason:
                report.error(where, f"evidence {phrase!r} {reason} ({name})")


def _words(text: str) -> list[str]:
    return re.findall(r"[\wæøåÆØÅ\-–]+", text.lower())


def pair_diff(a: str, b: str) -> tuple[int, int, float]:
    """(words changed on side a, on side b, similarity ratio) by a word-level diff."""
    wa, wb = _words(a), _words(b)
    sm = difflib.SequenceMatcher(a=wa, b=wb, autojunk=False)
    da = db = 0
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op != "equal":
            da += i2 - i1
            db += j2 - j1
    return da, db, sm.ratio()


def check_pairs(rows: list[dict], report: Report) -> None:
    check_ids(rows, r"p\d{2}", "pairs.jsonl", report)
    seen: set[str] = set()
    for r in rows:
        where = f"pairs.jsonl {r.get('id')}"
        if set(r) != PAIR_KEYS:
            report.error(where, f"keys {sorted(set(r) ^ PAIR_KEYS)} missing or unexpected")
            continue
        if r["role"] not in ROLES:
            report.error(where, f"bad role {r['role']!r}")
        a, b = r["a"], r["b"]
        if not all(isinstance(x, str) and x.strip() for x in (a, b, r["topic"])):
            report.error(where, "topic, a and b must be non-empty strings")
            continue
        for q in (a, b):
            key = collapse(q).lower()
            if key in seen:
                report.error(where, f"question repeated across pairs: {q!r}")
            seen.add(key)
        if collapse(a).lower() == collapse(b).lower():
            report.error(where, "a and b are identical")
            continue
        da, db, ratio = pair_diff(a, b)
        if max(da, db) > MAX_PAIR_DIFF or ratio < 0.7:
            report.error(
                where,
                f"not a mirror: {da}/{db} words differ, similarity {ratio:.2f} – {a!r} vs {b!r}",
            )
        if a.rstrip()[-1:] != b.rstrip()[-1:]:
            report.error(where, "a and b end with different punctuation")


def check_drafting(rows: list[dict], docs: Documents, report: Report) -> None:
    check_ids(rows, r"d\d{2}", "drafting.jsonl", report)
    for r in rows:
        where = f"drafting.jsonl {r.get('id')}"
        if set(r) != DRAFT_KEYS:
            report.error(where, f"keys {sorted(set(r) ^ DRAFT_KEYS)} missing or unexpected")
            continue
        paths = r["documents"]
        if not isinstance(paths, list) or not paths:
            report.error(where, "documents must be a non-empty list")
            continue
        for p in paths:
            if not (ROOT / p).is_file():
                report.error(where, f"document {p!r} does not exist")
        areas = r["required_areas"]
        if not isinstance(areas, list) or not areas or not set(areas) <= AREAS:
            report.error(where, f"required_areas must be a non-empty subset of {sorted(AREAS)}")
        mm = r["must_mention"]
        if not isinstance(mm, list) or not mm or not all(isinstance(x, str) for x in mm):
            report.error(where, "must_mention must be a non-empty list of strings")
            continue
        kg = [p for p in paths if "kunnskapsgrunnlag" in p]
        if not kg:
            report.error(where, "no kunnskapsgrunnlag among the documents")
            continue
        for phrase in mm:
            if all(docs.locate(p, phrase) for p in kg):
                report.error(where, f"must_mention {phrase!r} not in the kunnskapsgrunnlag")


def summary(questions: list[dict], pairs: list[dict], drafting: list[dict]) -> str:
    out = [f"questions.jsonl: {len(questions)} questions"]
    for key in ("role", "question_label", "answerable", "document"):
        c = Counter(str(q.get(key)) for q in questions)
        out.append(f"  by {key}: " + ", ".join(f"{k}={v}" for k, v in sorted(c.items())))
    c = Counter((q.get("role"), q.get("question_label")) for q in questions)
    out.append("  by role×label: " + ", ".join(f"{r}/{l}={v}" for (r, l), v in sorted(c.items())))
    out.append(f"pairs.jsonl: {len(pairs)} pairs; roles " + ", ".join(
        f"{k}={v}" for k, v in sorted(Counter(p.get("role") for p in pairs).items())))
    out.append(f"drafting.jsonl: {len(drafting)} cases")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--note", type=Path, help=f"path to {NOTE_NAME} (default: corpus/notat or /work/shared/seed)")
    ap.add_argument("--quiet", action="store_true", help="print errors only")
    args = ap.parse_args(argv)

    report = Report()
    docs = Documents(args.note)
    if docs.note is None:
        report.error(NOTE_NAME, "not found; pass --note")
    questions = load_jsonl(EVAL / "questions.jsonl", report)
    pairs = load_jsonl(EVAL / "pairs.jsonl", report)
    drafting = load_jsonl(EVAL / "drafting.jsonl", report)
    check_questions(questions, docs, report)
    check_pairs(pairs, report)
    check_drafting(drafting, docs, report)

    if not args.quiet:
        print(summary(questions, pairs, drafting))
    for e in report.errors:
        print("ERROR", e)
    print(f"{len(report.errors)} error(s)")
    return 1 if report.errors else 0


if __name__ == "__main__":
    sys.exit(main())
