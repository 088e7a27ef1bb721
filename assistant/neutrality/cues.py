"""Readable cues: named, hand-written features with Norwegian display strings.

The cues are data (``cues.json``, read by :mod:`~assistant.neutrality.cue_table`): attribution
(«ifølge …», «kommunestyret vedtok …», «partiene er uenige om …»), a mere mention of a source,
first-person opinion, evaluative, prioritising and need wording, projections and conditionals,
measured trends and risk or condition ratings («økte kraftig», «vurderes som høy»), figures, handing the choice to the council, laying out options, imperatives, fact and normative
questions, and modal verbs classified by their target (:mod:`~assistant.neutrality.modals`).

Two cues are derived from others: writer-voice cues inside «quotes» are dropped (a quoted wording
is mentioned, not used), and a normative cue after a clause break that follows a report becomes
``own_voice`` («Det er strid om bompengene, men det mest fornuftige er …»).

:func:`find_cues` returns the hits for one sentence; :func:`cue_features` turns them into the
fixed-order numeric vector the classifier combines with its n-gram features.
"""

from __future__ import annotations

import re

from assistant.neutrality.cue_table import (
    MODAL_CONTENT,
    MODAL_GROUPS,
    MODAL_OPEN,
    MODAL_PROCESS,
    CueSpec,
    CueTable,
    default_table,
)
from assistant.neutrality.hits import CueHit, words_of
from assistant.neutrality.lexicon import LexiconHit
from assistant.neutrality.modals import modal_hits

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
    "measured",
    "figures",
    "leaves_choice",
    "option_framing",
    "question_fact",
    "question_norm",
    MODAL_PROCESS,
    MODAL_CONTENT,
    MODAL_OPEN,
)
PROCESS_WORD = "process_word"
CONTENT_WORD = "content_word"
EXTRA_FEATURES = ("question_mark", "modal_is_skal_or_ma", PROCESS_WORD, CONTENT_WORD)
FEATURE_NAMES = GROUPS + EXTRA_FEATURES
_WORD_COUNT_CAP = 3

_OWN_VOICE_GROUPS = frozenset({"first_person", "evaluative", "need", "prioritising", MODAL_CONTENT})
_VOICE_GROUPS = _OWN_VOICE_GROUPS | MODAL_GROUPS | {"own_voice", "question_norm"}
_QUOTED = re.compile(
    r"«[^«»]*»|“[^“”]*”|\"[^\"]*\""
    r"|\b(?:setningen|formuleringen|påstanden|utsagnet|ordlyden|avsnittet)\s+(?:om\s+)?"
    r"(?:at\s+)?[^,.]*",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(
    r"(?:[,;:–]\s+(?:men|og|så|derfor|likevel|dessuten)\b|;\s|\bmen\s)(?!\s*at\b)", re.I
)
_LEXICON_GROUPS = {MODAL_PROCESS: PROCESS_WORD, MODAL_CONTENT: CONTENT_WORD}


def find_cues(text: str, table: CueTable | None = None) -> list[CueHit]:
    """All cue hits in ``text`` (including hidden lexicon hits), ordered by position."""
    table = table or default_table()
    targets = table.modal.targets.find(text)
    hits = [hit for spec in table.cues for hit in _spec_hits(spec, text)]
    hits.extend(modal_hits(table.modal, text, targets))
    hits.extend(_loaded_hits(table, text))
    hits = _outside_quotes(text, hits)
    hits.extend(_own_voice_hits(table, text, hits))
    hits.extend(_lexicon_hits(targets))
    return sorted(hits, key=lambda hit: (hit.start, hit.end))


def displays(hits: list[CueHit]) -> list[str]:
    """Unique display strings of the shown hits, in order of appearance."""
    return list(dict.fromkeys(hit.display for hit in hits if hit.shown))


def cue_features(text: str, hits: list[CueHit], attributed: bool) -> list[float]:
    """The numeric vector in :data:`FEATURE_NAMES` order.

    The ``attribution`` column is ``attributed`` (the report carries the sentence, see
    :func:`assistant.neutrality.rules.is_attributed`), not merely «an attribution cue fired».
    """
    groups = {hit.group for hit in hits} - {"attribution"}
    if attributed:
        groups.add("attribution")
    values = [1.0 if group in groups else 0.0 for group in GROUPS]
    values.append(1.0 if text.rstrip().endswith("?") else 0.0)
    values.append(1.0 if any(_is_skal_or_ma(hit) for hit in hits) else 0.0)
    for group in (PROCESS_WORD, CONTENT_WORD):
        found = sum(hit.group == group for hit in hits)
        values.append(min(found, _WORD_COUNT_CAP) / _WORD_COUNT_CAP)
    return values


def _spec_hits(spec: CueSpec, text: str) -> list[CueHit]:
    if spec.required is not None and not spec.required.search(text):
        return []
    hits = []
    for match in spec.pattern.finditer(text):
        words = words_of(match.group())
        display = spec.display.format(match=words)
        hits.append(CueHit(spec.name, spec.group, display, words, match.start(), match.end()))
    return hits


def _loaded_hits(table: CueTable, text: str) -> list[CueHit]:
    hits = []
    for found in table.loaded_words.find(text):
        display = table.loaded_display.format(match=found.words)
        hits.append(CueHit("loaded_word", found.kind, display, found.words, found.start, found.end))
    return hits


def _lexicon_hits(targets: list[LexiconHit]) -> list[CueHit]:
    return [
        CueHit(
            name=_LEXICON_GROUPS[target.kind],
            group=_LEXICON_GROUPS[target.kind],
            display=target.words,
            match=target.words,
            start=target.start,
            end=target.end,
            shown=False,
        )
        for target in targets
    ]


def _outside_quotes(text: str, hits: list[CueHit]) -> list[CueHit]:
    """Drop the writer-voice cues inside «quotes»: a quoted wording is mentioned, not used."""
    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
    return [
        hit
        for hit in hits
        if hit.group not in _VOICE_GROUPS
        or not any(start < hit.start and hit.end < end for start, end in quoted)
    ]


def _own_voice_hits(table: CueTable, text: str, hits: list[CueHit]) -> list[CueHit]:
    """The writer's own judgement after a report: «Det er strid om X, men det beste er …»."""
    for report in (hit for hit in hits if hit.group == "attribution"):
        clause_break = _CLAUSE_BREAK.search(text, report.end)
        if clause_break is None:
            continue
        for hit in hits:
            if hit.group in _OWN_VOICE_GROUPS and hit.start >= clause_break.start():
                display = table.own_voice_display.format(match=hit.match)
                name = "own_voice_after_report"
                return [CueHit(name, "own_voice", display, hit.match, hit.start, hit.end)]
    return []


def _is_skal_or_ma(hit: CueHit) -> bool:
    return hit.group in MODAL_GROUPS and hit.match.split()[0] in ("skal", "må")
