"""Even-handed answers to political questions.

A political question is not refused: the answer gives the facts that bear on the choice, what the
current samfunnsdel already says, the considerations on each side laid out symmetrically, and says
plainly that the choice belongs to the elected council. It never recommends.

Mirrored questions («argumenter for å legge ned X» / «… for å beholde X») get answers of the same
shape: the retrieval query is the question's object with the direction removed, so both sides see
the same facts, and the two options are presented in the same template.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant import prompts
from assistant.answering import Answer, AnswerBuilder, finish
from assistant.extractive import cite_closest, gather, general
from assistant.retrieval import QUANTITY, Retriever
from assistant.roles import follow_up_questions

FACT_KINDS = {"kunnskapsgrunnlag", "other"}

# Verbs that give a question its direction; removed so that both sides retrieve the same facts.
DIRECTION = re.compile(
    r"\b(brukes til å|brukes til|bruke|brukes|holdes utenfor|holde utenfor|holdes|utenfor|innenfor|til å|"
    r"mer|mindre|flere|færre|ikke|legge ned|nedlegge|legges ned|beholde|bevare|opprettholde|videreføre|bygge ut|bygge|rive|"
    r"innføre|fjerne|avvikle|øke|redusere|senke|heve|satse på|satse|prioritere|selge|kjøpe|stoppe|starte|"
    r"tillate|forby|åpne|stenge|utvide|begrense|slå sammen|gå inn for|si nei til|si ja til|verne|"
    r"droppe|kutte|styrke|svekke|flytte|samle|spre|etablere|åpne for|lurt|klokt|uklokt|dumt|riktig|galt|"
    r"argumenter|argumentene|argument|fordeler|ulemper|hvorfor|bør|burde|skal|må|vi|kommunen|gi meg|for|mot)\b",
    re.IGNORECASE,
)

OPTION_PATTERNS = [
    re.compile(r"\b(?:argument\w*|grunner|begrunnelse\w*) (?:for|mot) (?:at vi skal |at kommunen skal |å )?(?P<x>.+)", re.I),
    re.compile(r"\bfordeler og ulemper (?:med|ved) (?:å )?(?P<x>.+)", re.I),
    re.compile(r"\bhva taler (?:for|mot) (?:at vi |at kommunen |å )?(?P<x>.+)", re.I),
    re.compile(r"\ber det (?:lurt|klokt|riktig|fornuftig|uklokt|dumt|galt|feil|smart|en god idé) (?:å|at vi|at kommunen) (?P<x>.+)", re.I),
    # the subject must be the municipality or «we»: «Bør jordvernet vike …» has no option to name
    re.compile(
        r"^(?i:hvorfor )?(?i:bør|burde|skal|må|kan) (?:(?i:vi|kommunen|kommunestyret)|[A-ZÆØÅ]\w+(?: kommune)?) "
        r"(?i:ikke )?(?P<x>.+)"
    ),
]

ASPECTS = [
    ("kommuneøkonomien", r"økonomi|driftsresultat|kostnad|budsjett|investering|gjeld|skatt|kroner|mill"),
    ("tjenestetilbudet", r"skole|elev|barnehage|sykehjem|hjemmetjenest|omsorg|lege|tjenest"),
    ("befolkningsutviklingen", r"innbygger|befolkning|eldre|barn|framskriv|fødsl|flytt"),
    ("naturen og klimaet", r"klima|utslipp|natur|jord|strandson|flom|areal"),
    ("næringslivet", r"arbeidsplass|nærings|havbruk|reiseliv|pendl|sysselset"),
    ("lokalsamfunnene", r"bygd|grend|lokalsamfunn|bosetting|sentrum|bolig"),
    ("beredskapen", r"beredskap|ros-analyse|kvikkleire|skred|stormflo"),
]
DEFAULT_ASPECTS = ["tjenestetilbudet", "kommuneøkonomien", "lokalsamfunnene"]


@dataclass(frozen=True)
class Options:
    a: str | None
    b: str | None
    topic: str  # the question without its direction: what both sides retrieve with


def options(question: str) -> Options:
    """The two options a political question is about, and its direction-free topic."""
    text = question.strip().rstrip("?.! ")
    either = re.match(r"^(?i:bør|skal|burde) (?:(?i:vi|kommunen)|[A-ZÆØÅ]\w+) (?P<x>.+?) eller (?P<y>.+)$", text)
    if either:
        a, b = either.group("x"), either.group("y")
        verb = re.match(r"(satse på|bygge|prioritere|bruke penger på|styrke|legge vekt på|velge)\s", a, re.I)
        if verb and not b.lower().startswith(verb.group(1).lower()):
            b = f"{verb.group(1)} {b}"
        return Options(a, b, _topic(f"{a} {b}"))
    for pattern in OPTION_PATTERNS:
        match = pattern.search(text)
        if match:
            x = re.sub(r"^(?:ikke|å) ", "", match.group("x").strip(), flags=re.I)
            return Options(x, f"ikke {x}", _topic(x))
    return Options(None, None, _topic(text))


def _topic(text: str) -> str:
    topic = re.sub(r"\s+", " ", DIRECTION.sub(" ", text)).strip()
    return topic or text


def aspects(texts: list[str]) -> list[str]:
    joined = " ".join(texts).lower()
    found = [name for name, pattern in ASPECTS if re.search(pattern, joined)]
    return (found or DEFAULT_ASPECTS)[:3]


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " og " + items[-1]


def even_handed(question: str, role: str, question_label: str, retriever: Retriever, labeller) -> Answer:
    whole = retriever.search(question)
    if whole.unmentioned or (QUANTITY.search(question) and whole.insufficient):
        # an amount the documents do not give («Hvor lenge må foreldre vente …?»), or something
        # they never mention: they cannot inform the choice either, so the answer says so plainly
        return general(question, role, question_label, retriever, labeller)
    opts = options(question)
    used: set[str] = set()
    facts = gather(retriever, labeller, opts.topic, 3, kinds=FACT_KINDS, labels={"fact"}, prefer_numbers=True, exclude=used)
    plan = gather(retriever, labeller, opts.topic, 2, kinds={"samfunnsdel"}, exclude=used)
    if not facts:  # no knowledge base: facts from any document
        facts = gather(retriever, labeller, opts.topic, 3, labels={"fact"}, prefer_numbers=True, exclude=used)
    builder = AnswerBuilder(labeller)
    cite_closest(builder, retriever, question, [passage for _, passage in facts + plan], whole)
    if opts.a and opts.b:  # restates the asker's own options: reported, not asserted
        builder.restate(prompts.render("political/options", option_a=opts.a, option_b=opts.b))
    else:
        builder.say(prompts.render("political/options_open"))
    if facts:
        builder.new_paragraph()
        builder.say(prompts.render("political/facts_intro"))
        for text, passage in facts:
            builder.quote(text, passage)
    builder.new_paragraph()
    if plan:
        builder.say(prompts.render("political/plan_intro"))
        for text, passage in plan:
            builder.quote(text, passage)
    else:
        builder.say(prompts.render("political/plan_missing"))
    found = aspects([question] + [t for t, _ in facts + plan])
    builder.new_paragraph()
    builder.say(prompts.render("political/considerations_intro"))
    for option in (opts.a, opts.b) if opts.a and opts.b else ():
        # the asker's own option, turned into a question for the council: reported, not asserted
        builder.restate(prompts.render("political/consideration", option=option, aspects=_join(found)))
    builder.say(prompts.render("political/weighing", aspects=_join(found)))
    builder.new_paragraph()
    builder.say(prompts.render("political/decision"))
    return finish(builder, question, role, question_label, insufficient=not facts and not plan,
                  suggestions=follow_up_questions(role))
