"""Workshop preparation for politicians and plan follow-up for leaders.

Both are built from the documents' own sentences, found with generic queries that work on any
municipality's samfunnsdel and kunnskapsgrunnlag (vision, main goals, priority areas, key facts),
plus the KS note's questions for the first workshop (chapter 6) and the leadership group's task
(chapter 5).
"""

from __future__ import annotations

import re

from assistant import prompts
from assistant.answering import Answer, AnswerBuilder, finish
from assistant.extractive import cite_closest, gather
from assistant.retrieval import Retriever
from assistant.roles import follow_up_questions

PLAN = {"samfunnsdel"}
KNOWLEDGE = {"kunnskapsgrunnlag"}

KEY_FACTS = [
    "befolkning innbyggere framskriving eldre",
    "skole elever sykehjem tjenester kapasitet",
    "økonomi netto driftsresultat handlingsregel gjeld",
    "beredskap klima ROS-analyse naturfare",
]

SECTORS = [
    ("Oppvekst", "oppvekst skole barnehage barn unge"),
    ("Helse og omsorg", "helse omsorg eldre sykehjem hjemmetjenester mestring"),
    ("Samfunnsutvikling, areal og næring", "næring arbeidsplasser areal sentrum bolig"),
    ("Klima, miljø og beredskap", "klima utslipp natur beredskap"),
    ("Økonomi og organisasjon", "handlings- og økonomiplan oppfølging rapportering økonomi"),
]


def prepare(question: str, role: str, question_label: str, retriever: Retriever, labeller) -> Answer:
    """«Forbered meg til første verksted»: the plan's long lines, key facts and the note's questions."""
    used: set[str] = set()
    builder = AnswerBuilder(labeller)
    cite_closest(builder, retriever, question)
    builder.say(prompts.render("workshop/intro"))
    vision = _section_opening(retriever, "visjon", PLAN)
    if vision:
        used.add(vision[0])
    sections = [
        ("workshop/vision", [("hovedmål", 2)], PLAN, None),
        ("workshop/priorities", [("satsingsområder valgperioden", 2)], PLAN, None),
        ("workshop/facts", [(q, 1) for q in KEY_FACTS], KNOWLEDGE, {"fact"}),
    ]
    found_any = False
    for heading, queries, kinds, labels in sections:
        quotes = [vision] if heading == "workshop/vision" and vision else []
        for query, limit in queries:
            quotes += gather(retriever, labeller, query, limit, kinds=kinds, labels=labels,
                             prefer_numbers=heading == "workshop/facts", exclude=used)
        if quotes:
            found_any = True
            builder.new_paragraph()
            builder.say(prompts.render(heading))
            for text, passage in quotes:
                builder.quote(text, passage)
    questions = _first_workshop_questions(retriever)
    if questions:
        builder.new_paragraph()
        builder.say(prompts.render("workshop/questions"))
        text, passage = questions
        builder.quote(prompts.render("workshop/questions_list", items=text), passage)
    builder.new_paragraph()
    builder.say(prompts.render("workshop/closing"))
    return finish(builder, question, role, question_label, insufficient=not found_any and not questions,
                  suggestions=follow_up_questions("folkevalgt"))


def _section_opening(retriever: Retriever, heading_word: str, kinds: set[str]):
    """The first sentence under a heading such as «Visjon»: plans state their vision there."""
    from assistant.extractive import clean_sentence
    from assistant.neutrality import split_sentences

    for passage in retriever.search(heading_word, k=5, kinds=kinds).passages:
        if passage.section and heading_word in passage.section.lower():
            spans = split_sentences(passage.text)
            if spans:
                return clean_sentence(spans[0].text), passage
    return None


def _first_workshop_questions(retriever: Retriever):
    """The bullet list of questions for the first workshop in the KS note, as one quoted sentence."""
    result = retriever.search("aktuelle spørsmål første politiske verkstedet overrasket nysgjerrig mangler", k=3, kinds={"note"})
    for passage in result.passages:
        match = re.search(r"første politiske verkstedet kan være;?(.*)", passage.text, re.S)
        if not match:
            continue
        items = [re.sub(r"\s+", " ", line).strip(" •;") for line in match.group(1).split("•")]
        items = [i for i in items if 3 <= len(i) <= 160]
        if items:
            return "; ".join(f"«{i}»" for i in items[:10]) + ".", passage
    return None


def follow_up(question: str, role: str, question_label: str, retriever: Retriever, labeller) -> Answer:
    """«Hva betyr satsingsområdene for oss?»: the samfunnsdel's priority areas, sector by sector."""
    asked = [s for s in SECTORS if re.search("|".join(s[1].split()[:3]), question, re.I)]
    sectors, per_sector = (asked, 4) if asked else (SECTORS, 2)
    used: set[str] = set()
    builder = AnswerBuilder(labeller)
    cite_closest(builder, retriever, question)
    builder.say(prompts.render("workshop/followup_intro"))
    found_any = False
    for name, query in sectors:
        quotes = gather(retriever, labeller, f"satsingsområde {query}", per_sector, kinds=PLAN, exclude=used)
        if not quotes:
            continue
        found_any = True
        builder.new_paragraph()
        builder.say(prompts.render("workshop/followup_sector", sector=name))
        for text, passage in quotes:
            builder.quote(text, passage)
    note = gather(retriever, labeller, "ledergruppen hva betyr dette for oss oppfølging prioriteringer samarbeid planbehov",
                  1, kinds={"note"}, exclude=used)
    if note:
        builder.new_paragraph()
        builder.say(prompts.render("workshop/followup_note"))
        for text, passage in note:
            builder.quote(text, passage)
    builder.new_paragraph()
    builder.say(prompts.render("workshop/followup_closing"))
    return finish(builder, question, role, question_label, insufficient=not found_any,
                  suggestions=follow_up_questions("leder"))
