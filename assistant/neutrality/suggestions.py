"""Neutral rewordings of a political-choice sentence, from templates in ``prompts/neutrality/``.

The template is picked by what the sentence does:

* a question or a prioritisation with a clear action («Bør vi legge ned …?», «Kommunen bør
  prioritere … framfor …») becomes a question for the council (``suggest_question``);
* a recommendation with a clear action («Kommunen bør bygge …», «Vi må stanse …») becomes one
  option among others (``suggest_option``);
* anything else (an evaluation, a need, an opinion) is attributed: «Noen mener at …»
  (``suggest_attribute``).
"""

from __future__ import annotations

import re

from assistant import prompts
from assistant.neutrality.cues import CueTable, find_cues

_SUBJECTS = r"(?:vi|kommunen|byen|bygda|man|administrasjonen|kommunestyret|politikerne|[a-zæøå]+ kommune)"
_ACTION_AFTER_MODAL = re.compile(
    rf"\b{_SUBJECTS}\s+(?:bør|burde|må|skal)\s+(?:(?:nå|derfor|heller|også|absolutt|snarest)\s+)?"
    r"(?P<action>(?:ikke\s+)?[a-zæøå]+(?<!es)\b.*)$",
    re.IGNORECASE | re.DOTALL,
)
_ACTION_IN_QUESTION = re.compile(
    rf"^\W*(?:bør|burde|skal|må)\s+{_SUBJECTS}\s+(?P<action>(?:ikke\s+)?[a-zæøå]+(?<!es)\b.*)$",
    re.IGNORECASE | re.DOTALL,
)
_OPINION_LEAD = re.compile(
    r"^\W*(?:(?:jeg|vi)\s+(?:mener|synes|tror|foreslår|anbefaler)(?:\s+at)?"
    r"|etter\s+(?:mitt|vårt)\s+syn,?|etter\s+(?:min|vår)\s+mening,?|personlig\s+mener\s+jeg)\s+",
    re.IGNORECASE,
)
_INVERTED = re.compile(
    r"^(?P<verb>er|bør|må|har|skal|vil|kan|blir|trenger)\s+"
    r"(?P<subject>det|vi|kommunen|den|dette|man|byen|bygda)\b",
    re.IGNORECASE,
)
_LOWER_FIRST = frozenset(
    "det den de dette disse vi alle en et ei mange noen kommunen byen bygda man "
    "alt ingen flere hver hvert vår vårt våre".split()
)
_DEFINITE_ENDINGS = ("en", "et", "ene", "ane")


def suggest(text: str, table: CueTable | None = None) -> str:
    """A neutral rewording of ``text`` (assumed to be a political choice)."""
    groups = {hit.group for hit in find_cues(text, table)}
    statement = _strip_opinion(text)
    question_action = _ACTION_IN_QUESTION.match(statement)
    if question_action:
        return prompts.render("neutrality/suggest_question", action=_clean(question_action["action"]))
    action_match = _ACTION_AFTER_MODAL.search(statement)
    if action_match and "prioritising" in groups:
        return prompts.render("neutrality/suggest_question", action=_clean(action_match["action"]))
    if action_match:
        return prompts.render("neutrality/suggest_option", action=_clean(action_match["action"]))
    return prompts.render("neutrality/suggest_attribute", statement=_as_clause(statement))


def _strip_opinion(text: str) -> str:
    stripped = _OPINION_LEAD.sub("", text.strip(), count=1)
    if stripped == text.strip():
        return stripped
    return _INVERTED.sub(lambda m: f"{m['subject']} {m['verb']}", stripped, count=1)


def _clean(fragment: str) -> str:
    return " ".join(fragment.split()).rstrip(" .!?…;:")


def _as_clause(sentence: str) -> str:
    """The sentence as a subordinate clause: no list marker or final stop, first word lowered."""
    words = _clean(re.sub(r"^\W+", "", sentence)).split(" ", 1)
    first = words[0]
    if _should_lower(first):
        words[0] = first[:1].lower() + first[1:]
    return " ".join(words)


def _should_lower(word: str) -> bool:
    lowered = word.lower()
    if word.isupper() and len(word) > 1:
        return False
    return lowered in _LOWER_FIRST or (len(word) >= 4 and lowered.endswith(_DEFINITE_ENDINGS))
