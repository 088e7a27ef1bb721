"""Check the labelled neutrality data set (train/dev/dev2 … dev6/dev8/dev9/dev10/test JSONL).

Run:  python evaluation/neutrality/check_data.py  [--near 0.85]

Errors (exit code 1):
  * malformed lines, missing/unknown fields, invalid label/kind/hard_case/source values
  * duplicate ids (across all files)
  * exact duplicate texts anywhere (after normalising case, punctuation and whitespace)
  * near-duplicate texts in different files (similarity >= --near), so that a minimal pair or a
    template variant cannot sit in train and be "tested" in dev/test
  * a minimal-pair group spread over more than one split
  * a split (train/dev/test) that lacks a label or a hard case (dev2 … dev6, dev8, dev9 and dev10, the probe and decision sets in new genres, voices and question forms,
    is checked like the others for ids, values, duplicates and groups, but need not cover every hard case)
Warnings: kind not matching the final «?», texts outside 4–40 words, near-duplicates inside one file
from different groups.
Prints counts per split x label, kind, source, hard case and topic.
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path

HERE = Path(__file__).resolve().parent
SPLITS = ["train", "dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev8", "dev9", "dev10", "test"]
LABELS = ["fact", "professional_advice", "political_choice"]
KINDS = {"sentence", "question"}
SOURCES = {"written", "note", "external"}
HARD_CASES = [
    "attribution",
    "reported_disagreement",
    "process_vs_content",
    "normative_without_modal",
    "projection_conditional",
    "vision",
    "first_person",
    "evaluative_words",
    "negation",
    "figures_with_judgement",
]
REQUIRED = {"id", "text", "label", "kind", "topic", "hard_case", "source"}
OPTIONAL = {"group"}


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text).casefold()
    text = re.sub(r"[^\w\s]", " ", text)  # drop punctuation, keep letters/digits (incl. æøå)
    return re.sub(r"\s+", " ", text).strip()


def load(errors: list[str]) -> dict[str, list[dict]]:
    data: dict[str, list[dict]] = {}
    for split in SPLITS:
        path = HERE / f"{split}.jsonl"
        if not path.exists():
            errors.append(f"{path.name}: missing")
            continue
        rows = []
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                errors.append(f"{path.name}:{n}: invalid JSON ({exc})")
                continue
            row["_where"] = f"{path.name}:{n}"
            row["_split"] = split
            rows.append(row)
        data[split] = rows
    return data


def validate(data: dict[str, list[dict]], errors: list[str], warnings: list[str]) -> None:
    seen_ids: dict[str, str] = {}
    for split, rows in data.items():
        for r in rows:
            w = r["_where"]
            keys = {k for k in r if not k.startswith("_")}
            if missing := REQUIRED - keys:
                errors.append(f"{w}: missing fields {sorted(missing)}")
                continue
            if unknown := keys - REQUIRED - OPTIONAL:
                errors.append(f"{w}: unknown fields {sorted(unknown)}")
            if r["id"] in seen_ids:
                errors.append(f"{w}: duplicate id {r['id']} (also {seen_ids[r['id']]})")
            seen_ids[r["id"]] = w
            if r["label"] not in LABELS:
                errors.append(f"{w}: invalid label {r['label']!r}")
            if r["kind"] not in KINDS:
                errors.append(f"{w}: invalid kind {r['kind']!r}")
            if r["hard_case"] is not None and r["hard_case"] not in HARD_CASES:
                errors.append(f"{w}: invalid hard_case {r['hard_case']!r}")
            if r["source"] not in SOURCES:
                errors.append(f"{w}: invalid source {r['source']!r}")
            if r["source"] == "external" and split != "train":
                # the old external set was moved into train (LABELLING.md, «Files and fields»)
                errors.append(f"{w}: source {r['source']!r} does not fit file {split}")
            if not isinstance(r["text"], str) or not r["text"].strip():
                errors.append(f"{w}: empty text")
                continue
            if not isinstance(r["topic"], str) or not r["topic"]:
                errors.append(f"{w}: empty topic")
            ends_q = r["text"].rstrip().endswith("?")
            if ends_q != (r["kind"] == "question"):
                warnings.append(f"{w}: kind={r['kind']} but text {'ends' if ends_q else 'does not end'} with '?'")
            words = len(r["text"].split())
            if not 4 <= words <= 40 and r["source"] != "note":
                warnings.append(f"{w}: {words} words (outside 4–40): {r['text'][:60]}")


def check_groups(data: dict[str, list[dict]], errors: list[str]) -> None:
    where: dict[str, set[str]] = defaultdict(set)
    for split, rows in data.items():
        for r in rows:
            if r.get("group"):
                where[r["group"]].add(split)
    for g, splits in sorted(where.items()):
        if len(splits) > 1:
            errors.append(f"group {g} is spread over {sorted(splits)}")


def shown(row: dict, other: dict) -> str:
    """The text to print for ``row`` in a message about it and ``other``: a test item is never
    printed (whoever fixes the clash writes the other item, and must not read the test split);
    the other side of a clash with test is printed, so its writer knows which item to replace."""
    return "(test item, not shown)" if row["_split"] == "test" else row["text"]


def check_duplicates(data: dict[str, list[dict]], near: float, errors: list[str], warnings: list[str]) -> None:
    rows = [r for rs in data.values() for r in rs if isinstance(r.get("text"), str)]
    by_norm: dict[str, dict] = {}
    for r in rows:
        key = normalise(r["text"])
        if key in by_norm:
            errors.append(f"exact duplicate: {r['_where']} = {by_norm[key]['_where']}: {shown(r, by_norm[key])}")
        else:
            by_norm[key] = r
    norm = [(r, normalise(r["text"]), set(normalise(r["text"]).split())) for r in rows]
    for (a, na, ta), (b, nb, tb) in combinations(norm, 2):
        if na == nb:
            continue
        same_split = a["_split"] == b["_split"]
        same_group = same_split and a.get("group") and a.get("group") == b.get("group")
        if same_group:
            continue  # minimal pairs inside a group are intended
        # cheap prefilter on token overlap before the expensive ratio
        if len(ta & tb) / max(1, min(len(ta), len(tb))) < 0.6:
            continue
        sm = difflib.SequenceMatcher(None, na, nb, autojunk=False)
        if sm.quick_ratio() < near:
            continue
        ratio = sm.ratio()
        if ratio >= near:
            msg = f"near-duplicate ({ratio:.2f}) {a['_where']} ~ {b['_where']}: «{shown(a, b)}» ~ «{shown(b, a)}»"
            (warnings if same_split else errors).append(msg)


def coverage(data: dict[str, list[dict]], errors: list[str]) -> None:
    for split in ["train", "dev", "test"]:
        rows = data.get(split, [])
        labels = {r.get("label") for r in rows}
        hards = {r.get("hard_case") for r in rows}
        for lab in LABELS:
            if lab not in labels:
                errors.append(f"{split}: no item with label {lab}")
        for h in HARD_CASES:
            if h not in hards:
                errors.append(f"{split}: no item with hard_case {h}")


def table(title: str, rows_by_split: dict[str, list[dict]], key, cols: list[str]) -> None:
    print(f"\n{title}")
    splits = [s for s in SPLITS if s in rows_by_split]
    width = max([len(c) for c in cols] + [12])
    print(" " * width + "".join(f"{s:>10}" for s in splits) + f"{'all':>16}")
    for c in cols:
        counts = [sum(1 for r in rows_by_split[s] if key(r) == c) for s in splits]
        main = sum(counts)
        print(f"{c:<{width}}" + "".join(f"{x:>10}" for x in counts) + f"{main:>16}")
    tot = [len(rows_by_split[s]) for s in splits]
    print(f"{'total':<{width}}" + "".join(f"{x:>10}" for x in tot) + f"{sum(tot):>16}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--near", type=float, default=0.85, help="similarity threshold for near-duplicates")
    ap.add_argument("--max-warnings", type=int, default=40)
    args = ap.parse_args()

    errors: list[str] = []
    warnings: list[str] = []
    data = load(errors)
    validate(data, errors, warnings)
    check_groups(data, errors)
    check_duplicates(data, args.near, errors, warnings)
    coverage(data, errors)

    table("label x split", data, lambda r: r.get("label"), LABELS)
    table("kind x split", data, lambda r: r.get("kind"), sorted(KINDS))
    table("source x split", data, lambda r: r.get("source"), sorted(SOURCES))
    table("hard_case x split", data, lambda r: r.get("hard_case") or "(none)", HARD_CASES + ["(none)"])
    print("\nhard_case x label (all files)")
    main_rows = [r for s in SPLITS for r in data.get(s, [])]
    hl = Counter((r.get("hard_case") or "(none)", r.get("label")) for r in main_rows)
    print(f"{'':<26}" + "".join(f"{lab[:12]:>14}" for lab in LABELS))
    for h in HARD_CASES + ["(none)"]:
        print(f"{h:<26}" + "".join(f"{hl[(h, lab)]:>14}" for lab in LABELS))
    topics = sorted({r.get("topic") for rs in data.values() for r in rs if r.get("topic")})
    table("topic x split", data, lambda r: r.get("topic"), topics)

    for w in warnings[: args.max_warnings]:
        print("WARNING", w)
    if len(warnings) > args.max_warnings:
        print(f"... {len(warnings) - args.max_warnings} more warnings")
    for e in errors:
        print("ERROR", e)
    print(f"\n{len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
