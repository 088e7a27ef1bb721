"""Neutral rewordings of a political-choice sentence, from templates in ``prompts/neutrality/``.

The template is picked by what the sentence does:

* a yes/no question or a prioritisation with a clear action («Bør vi legge ned …?», «Kommunen
  bør prioritere … framfor …») is handed to the council (``suggest_question``: «Kommunestyret må
  ta stilling til om kommunen skal …»); another political question is quoted as a question for
  the council (``suggest_council``);
* a recommendation with a clear action («Kommunen bør bygge …», «Vi må stanse …») becomes one
  option among others (``suggest_option``: «Ett alternativ er å …; andre alternativer …»);
* anything else (an evaluation, a need, an opinion) is attributed (``suggest_attribute``:
  «Noen mener at …, mens andre er uenige»); an evaluative sentence adverb («heldigvis»,
  «dessverre») becomes the attributed view (``suggest_attribute_view``).

Every rewording is itself labelled fact by the engine (tested), so it can replace the sentence.
"""

from __future__ import annotations

import re

from assistant import prompts
from assistant.neutrality.cue_table import CueTable, default_table
from assistant.neutrality.cues import find_cues

_SUBJECTS = (
    r"(?:[Vv]i|[Kk]ommunen|[Bb]yen|[Bb]ygda|[Mm]an|[Aa]dministrasjonen|[Kk]ommunestyret"
    r"|[Pp]olitikerne|[a-zæøå]+ kommune|[A-ZÆØÅ][a-zæøå]+)"
)
_MODALS = r"(?:[Bb]ør|[Bb]urde|[Mm]å|[Ss]kal|ønsker\s+å)"
_ADVERBS = r"(?:(?:nå|derfor|heller|også|absolutt|snarest)\s+)?"
# The action: an infinitive (not a passive in -es) and the rest of the sentence.
_ACTION = r"(?P<action>(?:ikke\s+)?[a-zæøå]+(?<!es)\b.*)$"
_ACTION_AFTER_MODAL = re.compile(rf"\b{_SUBJECTS}\s+{_MODALS}\s+{_ADVERBS}{_ACTION}", re.DOTALL)
_ACTION_IN_QUESTION = re.compile(rf"^\W*{_MODALS}\s+{_SUBJECTS}\s+{_ADVERBS}{_ACTION}", re.DOTALL)
_OPINION_CLAUSE = re.compile(
    r"^\W*(?:(?:personlig\s+)?(?:jeg|vi)\s+(?:mener|synes|tror|foreslår|anbefaler)"
    r"|personlig\s+(?:mener|synes|tror)\s+jeg)(?:\s+at)?\s+",
    re.IGNORECASE,
)
_OPINION_ADVERBIAL = re.compile(
    r"^\W*(?:etter\s+(?:mitt|vårt)\s+syn|etter\s+(?:min|vår)\s+(?:mening|vurdering)),?\s+",
    re.IGNORECASE,
)
# After a fronted adverbial Norwegian puts the verb second: «har kommunen droppet …».
_INVERTED = re.compile(
    r"^(?P<verb>[a-zæøå]+)\s+(?P<subject>(?:det|den|de|dette|denne|disse)\s+[a-zæøå]+\s+"
    r"[a-zæøå]+(?:en|et|a|ene|ane)|det|vi|de|den|dette|man|[a-zæøå]+(?:en|et|a|ene|ane)"
    r"|[A-ZÆØÅ][a-zæøå]+)\b"
)
_LOWER_FIRST = frozenset(
    "det den de dette disse vi alle en et ei mange noen man alt ingen kommunen byen bygda "
    "sentrum regionen".split()
)
_COMMON_NOUN_ENDINGS = ("en", "et", "ene", "ane", "ing", "ingen", "het", "heten", "sjon", "skap")


def suggest(text: str, table: CueTable | None = None) -> str:
    """A neutral rewording of ``text`` (assumed to be a political choice)."""
    table = table or default_table()
    statement = _strip_opinion(text)
    question = _ACTION_IN_QUESTION.match(statement)
    if question:
        return _render("suggest_question", action=question["action"])
    if statement.rstrip().endswith("?"):
        return prompts.render("neutrality/suggest_council", question=_clean(text) + "?")
    recommendation = _ACTION_AFTER_MODAL.search(statement)
    if recommendation is not None:
        groups = {hit.group for hit in find_cues(text, table)}
        template = "suggest_question" if "prioritising" in groups else "suggest_option"
        return _render(template, action=recommendation["action"])
    return _attributed(statement, table)


def _render(template: str, action: str) -> str:
    return prompts.render(f"neutrality/{template}", action=_clean(action))


def _attributed(statement: str, table: CueTable) -> str:
    for adverb, view in table.sentence_adverbs.items():
        lead = re.match(rf"^\W*{adverb}\b,?\s*", statement, re.IGNORECASE)
        if lead:
            clause = _uninverted(statement[lead.end() :])
            return prompts.render(
                "neutrality/suggest_attribute_view", view=view, statement=_as_clause(clause, table)
            )
    return prompts.render("neutrality/suggest_attribute", statement=_as_clause(statement, table))


def _strip_opinion(text: str) -> str:
    """Drop a first-person lead («Jeg mener at», «Etter mitt syn»), keeping the claim."""
    text = text.strip()
    clause = _OPINION_CLAUSE.match(text)
    if clause:
        return text[clause.end() :]
    adverbial = _OPINION_ADVERBIAL.match(text)
    return _uninverted(text[adverbial.end() :]) if adverbial else text


def _uninverted(clause: str) -> str:
    """«har kommunen droppet …» → «kommunen har droppet …» (verb-second after a dropped lead)."""
    return _INVERTED.sub(lambda m: f"{m['subject']} {m['verb']}", clause.strip(), count=1)


def _clean(fragment: str) -> str:
    return " ".join(fragment.split()).rstrip(" .!?…;:")


def _as_clause(sentence: str, table: CueTable) -> str:
    """The sentence as a subordinate clause: no list marker or final stop, a common noun lowered."""
    words = _clean(re.sub(r"^\W+", "", sentence)).split(" ", 1)
    if _is_common_word(words[0], table):
        words[0] = words[0][:1].lower() + words[0][1:]
    return " ".join(words)


def _is_common_word(word: str, table: CueTable) -> bool:
    """Heuristic: lower the first word unless it looks like a name or an acronym («Bodø», «KS»)."""
    lowered = word.lower()
    if word.isupper() and len(word) > 1:
        return False
    return (
        lowered in _LOWER_FIRST
        or lowered.endswith(_COMMON_NOUN_ENDINGS)
        or table.modal.targets.matches(lowered)
    )
