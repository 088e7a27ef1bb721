"""The administration's introduction (innledning) to a first political workshop.

Built from the municipality's knowledge base along the KS note's outline — samfunnsutvikling,
tjenesteyting, beredskap, økonomi, national and regional guidelines — plus what the current
samfunnsdel says. Every sentence is a cited sentence of the documents that the neutrality engine
labels a fact; nothing political gets in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from assistant import prompts
from assistant.answering import AnswerBuilder, AnswerSentence, SourceList
from assistant.errors import BadRequest
from assistant.extractive import gather

KNOWLEDGE = {"kunnskapsgrunnlag"}

# The note's outline (chapter 5): situation and trends per area, one query per topic a knowledge
# base usually covers; each query contributes its best fact sentence.
AREAS = [
    ("samfunnsutvikling", ["innbyggertall folketall befolkningsutvikling", "befolkningsframskriving eldre 80 år",
                           "arbeidsplasser sysselsetting næring", "pendling utpendling", "boliger boligbygging"]),
    ("tjenesteyting", ["elever grunnskole skoler", "barnehage barn", "sykehjem institusjonsplasser hjemmetjenester",
                       "årsverk ansatte rekruttering helse omsorg", "fastlege legevakt"]),
    ("beredskap", ["ROS-analyse beredskap", "naturfare flom skred kvikkleire stormflo", "klimagassutslipp tonn",
                   "vannforsyning drikkevann"]),
    ("okonomi", ["netto driftsresultat handlingsregel", "disposisjonsfond lånegjeld", "driftsinntekter frie inntekter",
                 "investeringer økonomiske utviklingstrekk"]),
    ("foringer", ["nasjonale forventninger", "statlige planretningslinjer", "regional plan føringer"]),
]
AREA_NAMES = {
    "samfunnsutvikling": "samfunnsutviklingen",
    "tjenesteyting": "tjenesteytingen",
    "beredskap": "beredskap, klima og miljø",
    "okonomi": "kommuneøkonomien",
    "foringer": "nasjonale og regionale føringer",
}


@dataclass
class DraftSection:
    heading: str
    area: str
    sentences: list[AnswerSentence] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"heading": self.heading, "area": self.area, "sentences": [s.to_dict() for s in self.sentences]}


@dataclass
class Draft:
    title: str
    lead: str
    sections: list[DraftSection]
    sources: list
    drift: bool

    def to_dict(self) -> dict:
        return {
            "title": self.title,
            "lead": self.lead,
            "sections": [s.to_dict() for s in self.sections],
            "sources": [s.to_dict() for s in self.sources],
            "drift": self.drift,
        }

    def to_markdown(self) -> str:
        lines = [f"# {self.title}", "", self.lead, ""]
        for section in self.sections:
            lines += [f"## {section.heading}", ""]
            lines += [" ".join(_with_markers(s) for s in section.sentences), ""]
        lines += ["## Kilder", ""]
        for source in self.sources:
            lines.append(f"[{source.id}] {source.label()}")
        return "\n".join(lines) + "\n"


def _with_markers(sentence: AnswerSentence) -> str:
    return sentence.text + (" " + "".join(f"[{n}]" for n in sentence.sources) if sentence.sources else "")


def draft_introduction(deps) -> Draft:
    with deps.retriever.pinned():
        return _draft(deps)


def _draft(deps) -> Draft:
    retriever, labeller = deps.retriever, deps.labeller
    documents = sorted(retriever.snapshot().documents.values(), key=lambda d: d.path)
    if not any(d.kind in KNOWLEDGE for d in documents):
        raise BadRequest("Indeksen har ikke noe kunnskapsgrunnlag. Legg det inn med «samspill ingest --kind kunnskapsgrunnlag».")
    citations = SourceList()
    used: set[str] = set()
    sections: list[DraftSection] = []
    for area, queries in AREAS:
        builder = AnswerBuilder(labeller, citations)
        quotes = []
        for query in queries:
            quotes += gather(retriever, labeller, query, 1, kinds=KNOWLEDGE, labels={"fact"}, prefer_numbers=True, exclude=used)
        for text, passage in quotes:
            sentence = builder.quote(text, passage)
            if sentence.label != "fact":  # the engine's verdict on the shown text decides
                builder.sentences.pop()
        if not builder.sentences:
            builder.say(prompts.render("draft/missing", area=AREA_NAMES[area]))
        sections.append(DraftSection(prompts.render(f"draft/heading_{area}"), area, builder.sentences))
    drift = any(s.label == "political_choice" and not s.attributed for sec in sections for s in sec.sentences)
    municipality = _municipality(documents)
    return Draft(
        title=prompts.render("draft/title", municipality=municipality),
        lead=prompts.render("draft/lead"),
        sections=sections,
        sources=citations.sources,
        drift=drift,
    )


def _municipality(documents) -> str:
    for document in documents:
        match = re.search(r"([A-ZÆØÅ][\w-]+ kommune)", document.title)
        if match:
            return match.group(1)
    return "kommunen"


def export(draft: Draft, path: Path) -> Path:
    """Save the draft as Markdown or as a Word document planners can open."""
    suffix = path.suffix.lower()
    if suffix == ".md":
        path.write_text(draft.to_markdown(), encoding="utf-8")
        return path
    if suffix != ".docx":
        raise BadRequest(f"Kan bare lagre som .docx eller .md, ikke «{suffix}».")
    import docx

    document = docx.Document()
    document.add_heading(draft.title, level=1)
    document.add_paragraph(draft.lead)
    for section in draft.sections:
        document.add_heading(section.heading, level=2)
        document.add_paragraph(" ".join(_with_markers(s) for s in section.sentences))
    document.add_heading("Kilder", level=2)
    for source in draft.sources:
        document.add_paragraph(f"[{source.id}] {source.label()}")
    document.save(path)
    return path
