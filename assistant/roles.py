"""Roles and intents: what each kind of user needs, and which kind of answer a question asks for."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant import prompts


@dataclass(frozen=True)
class RoleProfile:
    """How a role's answers differ: how many passages and sentences, and which documents lead."""

    passages: int
    sentences: int
    kind_boost: dict[str, float]


ROLE_PROFILES = {
    # The boosts are small: measured on evaluation/questions.jsonl, the first ones (0.15–0.25) pushed
    # the right passage of a note question out of the top 3 for 5 of 106 questions (81 → 84 at
    # a quarter of them). They still tip a tie towards the documents a role leans on.
    # politicians: the current plan and the facts about the municipality lead; short answers
    "folkevalgt": RoleProfile(4, 4, {"samfunnsdel": 0.04, "kunnskapsgrunnlag": 0.04}),
    # planners: the note's method chapters and the law lead; longer answers for case work
    "planlegger": RoleProfile(5, 6, {"note": 0.05}),
    # leaders: follow-up of the adopted plan and the sector consequences lead
    "leder": RoleProfile(5, 5, {"samfunnsdel": 0.06, "kunnskapsgrunnlag": 0.01}),
}

WORKSHOP = re.compile(r"\b(forbered\w*|verksted\w*)\b.*\b(verksted\w*|møte\w*)\b|\bforbered\w* meg\b", re.I)
FOLLOW_UP = re.compile(
    r"\bhva betyr (satsingsområd\w*|samfunnsdel\w*|planen|den nye planen|målene)\b|"
    r"\b(oppfølging|følge opp) (av )?(samfunnsdel\w*|satsingsområd\w*|planen)\b",
    re.I,
)


# Requests for one side's arguments are political whatever their grammar.
ARGUMENTS = re.compile(
    r"\b(argument\w* (for|mot)|fordeler og ulemper|hva taler (for|mot)|grunner (for|mot)|"
    r"er det (lurt|klokt|uklokt|dumt|smart|fornuftig|riktig|galt) (å|at))\b",
    re.I,
)


def intent(question: str, question_label: str) -> str:
    """``workshop``, ``follow_up``, ``political`` or ``general``."""
    if WORKSHOP.search(question):
        return "workshop"
    if FOLLOW_UP.search(question):
        return "follow_up"
    if question_label == "political_choice" or ARGUMENTS.search(question):
        return "political"
    return "general"


def follow_up_questions(role: str, limit: int = 3) -> list[str]:
    """Questions the asker can go on with, drawn from the note's chapters 6 and 7."""
    lines = prompts.render(f"roles/followups_{role}").splitlines()
    return [line.lstrip("-• ").strip() for line in lines if line.strip()][:limit]
