"""``check``: label every sentence of a draft and flag drift into politics.

The report is exactly the ``check --json`` object of ``interface.md``; each sentence also
carries ``attributed`` (an added field, allowed by the contract).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from assistant.neutrality.classifier import Judgement, Labeller
from assistant.neutrality.labels import LABELS, POLITICS
from assistant.neutrality.sentences import SentenceSpan, split_sentences
from assistant.neutrality.suggestions import suggest


@dataclass(frozen=True)
class CheckedSentence:
    text: str
    start: int
    end: int
    label: str
    confidence: float
    cues: list[str]
    attributed: bool
    suggestion: str | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "label": self.label,
            "confidence": self.confidence,
            "cues": list(self.cues),
            "attributed": self.attributed,
            "suggestion": self.suggestion,
        }


@dataclass(frozen=True)
class CheckReport:
    sentences: list[CheckedSentence]
    counts: dict[str, int]
    drift: bool

    def to_dict(self) -> dict[str, Any]:
        return {
            "sentences": [sentence.to_dict() for sentence in self.sentences],
            "counts": dict(self.counts),
            "drift": self.drift,
        }


def check_text(text: str, labeller: Labeller) -> CheckReport:
    """Split ``text`` into sentences, label them, and suggest rewordings for political ones."""
    spans = split_sentences(text)
    judgements = labeller.label_many([span.text for span in spans])
    sentences = [_checked(span, judgement, labeller) for span, judgement in zip(spans, judgements)]
    counts = {label: 0 for label in LABELS}
    for sentence in sentences:
        counts[sentence.label] += 1
    drift = any(s.label == POLITICS and not s.attributed for s in sentences)
    return CheckReport(sentences=sentences, counts=counts, drift=drift)


def _checked(span: SentenceSpan, judgement: Judgement, labeller: Labeller) -> CheckedSentence:
    political = judgement.label == POLITICS
    return CheckedSentence(
        text=span.text,
        start=span.start,
        end=span.end,
        label=judgement.label,
        confidence=judgement.confidence,
        cues=judgement.cues,
        attributed=judgement.attributed,
        suggestion=suggest(span.text, labeller.table) if political else None,
    )
