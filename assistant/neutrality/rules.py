"""When the cues decide on their own: the combination rule of the neutrality engine.

The classifier first scores every sentence with logistic regression over cue features and
n-grams. Then a *decisive* cue can override that score, because some constructions fix the label
whatever the topic words say. Decisive rules never apply to questions (the model decides those).

``attribution``
    The sentence reports what a document, a law, a decision or someone else says or wants
    («Bystyret vedtok at …», «Ifølge samfunnsdelen …», «Partiene er uenige om …»). A reported
    norm is a fact. The report must carry the sentence: it is cancelled by a first-person
    opinion («jeg mener»), by a modal verb *before* the report («Administrasjonen bør skille
    mellom det som er vedtatt …»; «ifølge», reported disagreement and a law named mid-sentence
    are exempt: they scope over the whole sentence, «Spørsmålet om kommunen skal …, har skapt
    debatt», «Elevene skal etter opplæringsloven ha skyss …»), by an
    opening imperative («Start verkstedet med en runde der alle sier …»), by a
    report inside an opening «hvis/dersom/når»-clause, and by the writer's own normative voice
    after a clause break («Det er strid om bompengene, men det mest fornuftige er …», found by
    :mod:`~assistant.neutrality.cues` as an ``own_voice`` cue).
    What a decision or plan contains («Vedtaket innebærer at …», «… er tatt ut av økonomiplanen»),
    others' labels («Opposisjonen har kalt budsjettet en katastrofe») and a matter reported as open
    («Det er ikke avklart hvem som skal …», «Hvorvidt …») are reports too (LABELLING.md R1.7).
    A mere mention of a source («i kunnskapsgrunnlaget», «§ 11-2») is only a feature.
``choice_left``
    The sentence hands the choice to the elected members or lays out options
    («Dette er et valg for kommunestyret», «Ett alternativ er å …»). Cancelled by opinion,
    evaluative words («det beste alternativet») and a modal verb before it («Svaret bør avsluttes
    med at valget ligger hos kommunestyret» is advice).
``projection``
    A projection or a conditional about trends («Med dagens fødselstall vil …», «innen 2035»),
    with no evaluative, prioritising or need wording and no opinion. A modal verb cancels it,
    except «må/skal» in a consequence backed by figures («Hvis dekningsgraden holdes, må
    kommunen ha 25 flere årsverk i 2030»).

A rule is only used when its precision on the training split reached ``MIN_RULE_PRECISION``
(measured when the model is fitted and stored in the artifact); the stored precision is the floor
of the confidence the rule reports. A rule that never fires on the training split is kept, with
confidence floor ``UNTESTED_RULE_CONFIDENCE`` (``choice_left`` is mostly needed for the engine's
own rewordings, which the data set does not contain).
"""

from __future__ import annotations

import re
from typing import Final

from assistant.neutrality.cue_table import MODAL_GROUPS
from assistant.neutrality.hits import CueHit
from assistant.neutrality.labels import FACT

MIN_RULE_PRECISION: Final = 0.85
UNTESTED_RULE_CONFIDENCE: Final = 0.8

RULES: Final[dict[str, str]] = {
    "attribution": FACT,
    "choice_left": FACT,
    "projection": FACT,
}

_OPINION = frozenset({"first_person", "own_voice"})
_NOT_PROJECTION = _OPINION | {"evaluative", "need", "prioritising", "question_norm"}
_CONSEQUENCE_MODALS = frozenset({"må", "skal"})
_SCOPES_OVER_SENTENCE = frozenset({"attr_according_to", "attr_dispute", "attr_law_ref"})
_OPENING_CONDITION = re.compile(r"^\W*(?:hvis|dersom|når|om|før|etter\s+at)\b", re.I)


def is_attributed(text: str, hits: list[CueHit]) -> bool:
    """The sentence reports what a source or someone else says, not the writer's own view."""
    groups = {hit.group for hit in hits}
    if groups & _OPINION:
        return False
    return any(
        _report_carries(text, report, hits) for report in hits if report.group == "attribution"
    )


def firing_rule(text: str, hits: list[CueHit]) -> str | None:
    """The name of the decisive rule that applies to this sentence, if any."""
    if text.rstrip().endswith("?"):
        return None
    groups = {hit.group for hit in hits}
    if is_attributed(text, hits):
        return "attribution"
    if _choice_left(hits, groups):
        return "choice_left"
    if _projection(hits, groups):
        return "projection"
    return None


def _report_carries(text: str, report: CueHit, hits: list[CueHit]) -> bool:
    if report.name not in _SCOPES_OVER_SENTENCE and _modal_before(report, hits):
        return False
    if _imperative_before(report, hits):
        return False
    return not _inside_opening_condition(text, report)


def _modal_before(hit: CueHit, hits: list[CueHit]) -> bool:
    return any(other.group in MODAL_GROUPS and other.start < hit.start for other in hits)


def _imperative_before(hit: CueHit, hits: list[CueHit]) -> bool:
    """«Start verkstedet med en runde der alle sier …»: the instruction governs the report."""
    return any(other.group == "imperative" and other.start < hit.start for other in hits)


def _inside_opening_condition(text: str, hit: CueHit) -> bool:
    if not _OPENING_CONDITION.match(text):
        return False
    comma = text.find(",")
    return comma == -1 or hit.start < comma


def _projection(hits: list[CueHit], groups: set[str]) -> bool:
    """A projection; «må/skal» may occur in its consequence when figures are given."""
    if "projection" not in groups or groups & _NOT_PROJECTION:
        return False
    modals = [hit for hit in hits if hit.group in MODAL_GROUPS]
    if any(hit.match.split()[0] not in _CONSEQUENCE_MODALS for hit in modals):
        return False
    return not modals or "figures" in groups


def _choice_left(hits: list[CueHit], groups: set[str]) -> bool:
    framing = [hit for hit in hits if hit.group in ("leaves_choice", "option_framing")]
    if not framing or groups & (_OPINION | {"evaluative", "imperative"}):
        return False
    return not any(_modal_before(hit, hits) for hit in framing)
