"""The fact / professional advice / political choice engine.

``Labeller.load()`` once, then ``labeller.label(text)`` for one sentence or question, or
``check_text(draft, labeller)`` for a whole draft with offsets, counts, drift and suggestions.
"""

from assistant.neutrality.check import CheckedSentence, CheckReport, check_text
from assistant.neutrality.classifier import Judgement, Labeller
from assistant.neutrality.labels import LABEL_DISPLAY, LABELS
from assistant.neutrality.sentences import SentenceSpan, split_sentences

__all__ = [
    "LABELS",
    "LABEL_DISPLAY",
    "CheckReport",
    "CheckedSentence",
    "Judgement",
    "Labeller",
    "SentenceSpan",
    "check_text",
    "split_sentences",
]
