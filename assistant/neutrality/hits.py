"""A cue found in a sentence (the unit the cue finder, the rules and the features share)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CueHit:
    """One cue found in a sentence: what fired, where, and how to show it.

    ``shown`` is false for helper hits (lexicon words) that feed the model but are not listed
    to the user.
    """

    name: str
    group: str
    display: str
    match: str
    start: int
    end: int
    shown: bool = True


def words_of(text: str) -> str:
    """Lower-case words joined by single spaces (how a match is shown)."""
    return " ".join(text.split()).lower()
