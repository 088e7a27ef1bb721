"""Readable cues: named, hand-written features with Norwegian display strings.

The cue table is data (``cues.json`` next to this module): each cue has a name, a group and
regular expressions. Modal verbs (``bør``, ``må``, ``det er viktig at`` …) get special treatment:
the words after the modal are looked up in two lexicons, *process/method* (verksted,
saksframlegg, presentere …: professional advice) and *content* (bygge, legge ned, budsjett …:
a political choice), and the first hit decides the modal's target. If nothing follows, the
subject before the modal is looked up instead («Saksframlegget bør …»).

:func:`find_cues` returns the hits for one sentence; :func:`cue_features` turns hits into the
fixed-order numeric vector that the classifier combines with its n-gram features.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

CUES_PATH = Path(__file__).with_name("cues.json")
# Norwegian inflection endings a lexicon stem may carry (bygg -> bygge, bygges, bygging …).
_INFLECTION = (
    r"(?:e|er|es|et|en|ene|a|t|te|s|ing|inga|ingen|inger|ingene|ning|ningen|ninger|"
    r"else|elsen|ere|eres|ert|erte|ering|ane|ar|ende)?"
)

MODAL_PROCESS = "modal_process"
MODAL_CONTENT = "modal_content"
MODAL_OPEN = "modal_open"
MODAL_GROUPS = frozenset({MODAL_PROCESS, MODAL_CONTENT, MODAL_OPEN})

GROUPS = (
    "attribution",
    "source",
    "imperative",
    "first_person",
    "own_voice",
    "evaluative",
    "prioritising",
    "need",
    "projection",
    "figures",
    "leaves_choice",
    "option_framing",
    "question_fact",
    "question_norm",
    MODAL_PROCESS,
    MODAL_CONTENT,
    MODAL_OPEN,
)
_OWN_VOICE_GROUPS = frozenset({"first_person", "evaluative", "need", "prioritising", MODAL_CONTENT})
_CLAUSE_BREAK = re.compile(r"[,;:–]\s+(?:men|og|så|derfor|likevel|dessuten)\b|;\s|\bmen\s", re.I)

EXTRA_FEATURES = ("question_mark", "modal_is_skal_or_ma")
FEATURE_NAMES = GROUPS + EXTRA_FEATURES


@dataclass(frozen=True)
class CueHit:
    """One cue found in a sentence: what fired, where, and how to show it."""

    name: str
    group: str
    display: str
    match: str
    start: int
    end: int


@dataclass(frozen=True)
class CueSpec:
    name: str
    group: str
    display: str
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class ModalSpec:
    pattern: re.Pattern[str]
    process: re.Pattern[str]
    content: re.Pattern[str]
    window: int
    display_process: str
    display_content: str
    display_open: str


@dataclass(frozen=True)
class CueTable:
    cues: tuple[CueSpec, ...]
    modal: ModalSpec
    word_display: str
    own_voice_display: str

    @classmethod
    def from_file(cls, path: Path = CUES_PATH) -> CueTable:
        data = json.loads(path.read_text(encoding="utf-8"))
        cues = tuple(_cue_spec(entry) for entry in data["cues"])
        return cls(
            cues=cues,
            modal=_modal_spec(data["modals"]),
            word_display=str(data["word_evidence_display"]),
            own_voice_display=str(data["own_voice_display"]),
        )


@lru_cache(maxsize=1)
def default_table() -> CueTable:
    """The packaged cue table, read once on first use (never at import time)."""
    return CueTable.from_file()


def find_cues(text: str, table: CueTable | None = None) -> list[CueHit]:
    """All cue hits in ``text``, ordered by position."""
    table = table or default_table()
    hits = [hit for spec in table.cues for hit in _spec_hits(spec, text)]
    hits.extend(_modal_hits(table.modal, text))
    hits.extend(_own_voice_hits(table, text, hits))
    return sorted(hits, key=lambda hit: (hit.start, hit.end))


def cue_features(text: str, hits: list[CueHit]) -> list[float]:
    """The numeric vector in :data:`FEATURE_NAMES` order."""
    groups = {hit.group for hit in hits}
    values = [1.0 if group in groups else 0.0 for group in GROUPS]
    values.append(1.0 if text.rstrip().endswith("?") else 0.0)
    values.append(1.0 if any(_is_skal_or_ma(hit) for hit in hits) else 0.0)
    return values


def displays(hits: list[CueHit]) -> list[str]:
    """Unique display strings, in order of appearance."""
    return list(dict.fromkeys(hit.display for hit in hits))


def _compile(pattern: str) -> re.Pattern[str]:
    spaced = pattern.replace(" ?", r"\s*").replace(" ", r"\s+")
    return re.compile(r"(?<!\w)(?:" + spaced + r")(?!\w)", re.IGNORECASE)


def _lexicon(entries: list[str]) -> re.Pattern[str]:
    """One pattern for a lexicon; group 1 is the entry, so its length can break ties."""
    ordered = sorted(entries, key=lambda entry: len(entry.lstrip("*")), reverse=True)
    body = "|".join(_lexicon_entry(entry) for entry in ordered)
    return re.compile(r"(?<!\w)(" + body + r")" + _INFLECTION + r"(?!\w)", re.IGNORECASE)


def _lexicon_entry(entry: str) -> str:
    words = entry.lstrip("*").replace("_", " ").replace(" ", r"\s+")
    return r"[a-zæøå]*" + words if entry.startswith("*") else words


def _cue_spec(entry: dict[str, object]) -> CueSpec:
    patterns = entry["patterns"]
    assert isinstance(patterns, list)
    joined = "|".join(f"(?:{pattern})" for pattern in patterns)
    return CueSpec(
        name=str(entry["name"]),
        group=str(entry["group"]),
        display=str(entry["display"]),
        pattern=_compile(joined),
    )


def _modal_spec(entry: dict[str, object]) -> ModalSpec:
    patterns = entry["patterns"]
    process = entry["process"]
    content = entry["content"]
    assert isinstance(patterns, list) and isinstance(process, list) and isinstance(content, list)
    return ModalSpec(
        pattern=_compile("|".join(f"(?:{pattern})" for pattern in patterns)),
        process=_lexicon(process),
        content=_lexicon(content),
        window=int(str(entry["window_chars"])),
        display_process=str(entry["display_process"]),
        display_content=str(entry["display_content"]),
        display_open=str(entry["display_open"]),
    )


def _spec_hits(spec: CueSpec, text: str) -> list[CueHit]:
    return [
        CueHit(
            name=spec.name,
            group=spec.group,
            display=spec.display.format(match=_words(match.group())),
            match=_words(match.group()),
            start=match.start(),
            end=match.end(),
        )
        for match in spec.pattern.finditer(text)
    ]


def _modal_hits(spec: ModalSpec, text: str) -> list[CueHit]:
    return [_classify_modal(spec, text, match) for match in spec.pattern.finditer(text)]


def _own_voice_hits(table: CueTable, text: str, hits: list[CueHit]) -> list[CueHit]:
    """The writer's own judgement after a report: «Det er strid om X, men det beste er …»."""
    for report in (hit for hit in hits if hit.group == "attribution"):
        clause_break = _CLAUSE_BREAK.search(text, report.end)
        if clause_break is None:
            continue
        for hit in hits:
            if hit.group in _OWN_VOICE_GROUPS and hit.start >= clause_break.start():
                return [
                    CueHit(
                        name="own_voice_after_report",
                        group="own_voice",
                        display=table.own_voice_display.format(match=hit.match),
                        match=hit.match,
                        start=hit.start,
                        end=hit.end,
                    )
                ]
    return []


def _classify_modal(spec: ModalSpec, text: str, modal: re.Match[str]) -> CueHit:
    after = text[modal.end() : modal.end() + spec.window]
    target = _first_target(spec, _clause(after))
    if target is None:
        target = _last_target(spec, text[: modal.start()])
    modal_words = _words(modal.group())
    if target is None:
        group, display = MODAL_OPEN, spec.display_open.format(modal=modal_words)
    elif target[0] == MODAL_PROCESS:
        group, display = MODAL_PROCESS, spec.display_process.format(target=target[1])
    else:
        group = MODAL_CONTENT
        display = spec.display_content.format(modal=modal_words, target=target[1])
    return CueHit(
        name=group,
        group=group,
        display=display,
        match=modal_words,
        start=modal.start(),
        end=modal.end(),
    )


def _clause(text: str) -> str:
    """The words up to the end of the clause (a stop, semicolon or question mark)."""
    return re.split(r"[.;:?!]\s", text + " ", maxsplit=1)[0]


def _first_target(spec: ModalSpec, text: str) -> tuple[str, str] | None:
    candidates = _targets(spec, text)
    if not candidates:
        return None
    start, _, kind, word = min(candidates, key=lambda c: (c[0], -c[1]))
    return kind, word


def _last_target(spec: ModalSpec, text: str) -> tuple[str, str] | None:
    candidates = _targets(spec, text)
    if not candidates:
        return None
    start, _, kind, word = max(candidates, key=lambda c: (c[0], c[1]))
    return kind, word


def _targets(spec: ModalSpec, text: str) -> list[tuple[int, int, str, str]]:
    """(start, stem length, kind, word) for every lexicon hit; longer stems win ties."""
    found: list[tuple[int, int, str, str]] = []
    for kind, pattern in ((MODAL_PROCESS, spec.process), (MODAL_CONTENT, spec.content)):
        for match in pattern.finditer(text):
            found.append((match.start(), len(match.group(1)), kind, _words(match.group())))
    return found


def _words(text: str) -> str:
    return " ".join(text.split()).lower()


def _is_skal_or_ma(hit: CueHit) -> bool:
    return hit.group in MODAL_GROUPS and hit.match.split()[0] in ("skal", "må")
