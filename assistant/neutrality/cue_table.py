"""The cue table: ``cues.json`` read into compiled patterns and lexicons.

A pattern in the JSON is a regular expression matched case-insensitively between word
boundaries; a space in it matches any run of whitespace (`` ?`` any optional whitespace). A cue
may name ``requires``: a cheap pattern that must be found before the (slower) cue pattern is tried.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from assistant.neutrality.lexicon import Lexicon

CUES_PATH = Path(__file__).with_name("cues.json")

MODAL_PROCESS = "modal_process"
MODAL_CONTENT = "modal_content"
MODAL_OPEN = "modal_open"
MODAL_GROUPS = frozenset({MODAL_PROCESS, MODAL_CONTENT, MODAL_OPEN})
TRANSPARENT = "transparent"
LOADED = "evaluative"


@dataclass(frozen=True)
class CueSpec:
    """One named cue: its group, its Norwegian display (``{match}`` is filled in), its pattern."""

    name: str
    group: str
    display: str
    pattern: re.Pattern[str]
    required: re.Pattern[str] | None


@dataclass(frozen=True)
class ModalSpec:
    """Modal verbs and the lexicons that decide whether their target is process or content."""

    pattern: re.Pattern[str]
    targets: Lexicon  # kinds MODAL_PROCESS and MODAL_CONTENT
    transparent: Lexicon  # verbs that take their target from their object
    window: int
    display_process: str
    display_content: str
    display_open: str


@dataclass(frozen=True)
class CueTable:
    cues: tuple[CueSpec, ...]
    modal: ModalSpec
    loaded_words: Lexicon  # judgement words; a hit is an "evaluative" cue
    loaded_display: str
    word_display: str
    own_voice_display: str
    evidence_stopwords: frozenset[str]
    sentence_adverbs: dict[str, str]

    @classmethod
    def from_file(cls, path: Path = CUES_PATH) -> CueTable:
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(
            cues=tuple(_cue_spec(entry) for entry in data["cues"]),
            modal=_modal_spec(data["modals"]),
            loaded_words=Lexicon({LOADED: list(data["loaded_words"]["entries"])}),
            loaded_display=str(data["loaded_words"]["display"]),
            word_display=str(data["word_evidence_display"]),
            own_voice_display=str(data["own_voice_display"]),
            evidence_stopwords=frozenset(data["evidence_stopwords"]),
            sentence_adverbs=dict(data["sentence_adverbs"]),
        )


@lru_cache(maxsize=1)
def default_table() -> CueTable:
    """The packaged cue table, read once on first use (never at import time)."""
    return CueTable.from_file()


def compile_pattern(pattern: str) -> re.Pattern[str]:
    spaced = pattern.replace(" ?", r"\s*").replace(" ", r"\s+")
    return re.compile(r"(?<!\w)(?:" + spaced + r")(?!\w)", re.IGNORECASE)


def _alternatives(patterns: list[str]) -> re.Pattern[str]:
    return compile_pattern("|".join(f"(?:{pattern})" for pattern in patterns))


def _cue_spec(entry: dict[str, Any]) -> CueSpec:
    required = entry.get("requires")
    return CueSpec(
        name=str(entry["name"]),
        group=str(entry["group"]),
        display=str(entry["display"]),
        pattern=_alternatives(list(entry["patterns"])),
        required=compile_pattern(required) if required else None,
    )


def _modal_spec(entry: dict[str, Any]) -> ModalSpec:
    return ModalSpec(
        pattern=_alternatives(list(entry["patterns"])),
        targets=Lexicon(
            {MODAL_PROCESS: list(entry["process"]), MODAL_CONTENT: list(entry["content"])}
        ),
        transparent=Lexicon({TRANSPARENT: list(entry["transparent"])}),
        window=int(entry["window_chars"]),
        display_process=str(entry["display_process"]),
        display_content=str(entry["display_content"]),
        display_open=str(entry["display_open"]),
    )
