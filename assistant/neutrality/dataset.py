"""The labelled sentences and questions the classifier learns from (``evaluation/neutrality``)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from assistant.neutrality.labels import LABELS

DATA_DIR = Path(__file__).resolve().parents[2] / "evaluation" / "neutrality"
TRAIN_PATH = DATA_DIR / "train.jsonl"
DEV_PATH = DATA_DIR / "dev.jsonl"
TEST_PATH = DATA_DIR / "test.jsonl"


@dataclass(frozen=True)
class Example:
    """One labelled line of a JSONL split."""

    id: str
    text: str
    label: str
    kind: str = "sentence"
    topic: str = ""
    hard_case: str = ""
    source: str = ""


def load_examples(path: Path) -> list[Example]:
    """Read a split; a line with an unknown label is an error, not silently skipped."""
    examples: list[Example] = []
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if line.strip():
                examples.append(_example(json.loads(line), path, number))
    return examples


def _example(record: dict[str, object], path: Path, number: int) -> Example:
    label = str(record["label"])
    if label not in LABELS:
        raise ValueError(f"{path}:{number}: unknown label {label!r}")
    hard_case = record.get("hard_case") or ""
    return Example(
        id=str(record.get("id", f"{path.stem}-{number}")),
        text=str(record["text"]),
        label=label,
        kind=str(record.get("kind", "sentence")),
        topic=str(record.get("topic", "")),
        hard_case=hard_case if isinstance(hard_case, str) else str(hard_case),
        source=str(record.get("source", "")),
    )
