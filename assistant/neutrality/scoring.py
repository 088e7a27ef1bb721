"""Metrics of a labeller on a labelled split: macro-F1, per-class precision/recall, confusion."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sklearn.metrics import confusion_matrix, f1_score, precision_recall_fscore_support

from assistant.neutrality.classifier import Labeller
from assistant.neutrality.dataset import Example
from assistant.neutrality.labels import LABELS, POLITICS


@dataclass(frozen=True)
class Scores:
    macro_f1: float
    precision: dict[str, float]
    recall: dict[str, float]
    f1: dict[str, float]
    confusion: list[list[int]]  # rows: gold label, columns: predicted, both in LABELS order
    by_hard_case: dict[str, tuple[int, int]]  # hard case -> (right, total)

    @property
    def politics_ok(self) -> tuple[float, float]:
        return self.precision[POLITICS], self.recall[POLITICS]


def score(labeller: Labeller, examples: list[Example]) -> Scores:
    predicted = [judgement.label for judgement in labeller.label_many([e.text for e in examples])]
    return score_predictions(examples, predicted)


def score_predictions(examples: list[Example], predicted: list[str]) -> Scores:
    gold = [example.label for example in examples]
    precision, recall, f1, _ = precision_recall_fscore_support(
        gold, predicted, labels=list(LABELS), zero_division=0
    )
    return Scores(
        macro_f1=float(f1_score(gold, predicted, labels=list(LABELS), average="macro")),
        precision=dict(zip(LABELS, map(float, precision))),
        recall=dict(zip(LABELS, map(float, recall))),
        f1=dict(zip(LABELS, map(float, f1))),
        confusion=confusion_matrix(gold, predicted, labels=list(LABELS)).tolist(),
        by_hard_case=_by_hard_case(examples, predicted),
    )


def _by_hard_case(examples: list[Example], predicted: list[str]) -> dict[str, tuple[int, int]]:
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for example, label in zip(examples, predicted):
        if example.hard_case:
            tally[example.hard_case][0] += int(example.label == label)
            tally[example.hard_case][1] += 1
    return {case: (right, total) for case, (right, total) in sorted(tally.items())}
