"""Role-aware answer composition: extractive by default, the LLM optional.

The extractive answer selects the sentences of the best passages that answer the question, keeps
them in reading order, cites each one ``[n]`` and frames them with role text from ``prompts/``.
Every sentence is labelled by the neutrality engine; a normative sentence quoted from a document is
shown as what the document says, never as the assistant's own recommendation.
"""

from __future__ import annotations

import logging
import re
from dataclasses import asdict, dataclass, field

from assistant import prompts
from assistant.config import ROLES
from assistant.errors import BadRequest, TooLarge
from assistant.retrieval import Passage

log = logging.getLogger(__name__)

LABEL_FACT = "fact"
LABEL_POLITICAL = "political_choice"


@dataclass
class AnswerSentence:
    text: str
    label: str
    attributed: bool
    sources: list[int]
    cues: list[str] = field(default_factory=list)
    confidence: float = 1.0
    supported: bool = True

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Source:
    id: int
    document: str
    path: str
    kind: str
    section: str | None
    page: int | None
    score: float
    text: str
    cited: bool = False  # some sentence of the answer cites it; uncited sources are the closest passages

    @classmethod
    def from_passage(cls, number: int, passage: Passage) -> "Source":
        return cls(
            id=number, document=passage.document.title, path=passage.document.path,
            kind=passage.document.kind, section=passage.section, page=passage.page,
            score=passage.score, text=passage.text,
        )

    def to_dict(self) -> dict:
        return asdict(self)

    def label(self) -> str:
        """«Document – section, s. page»: how a person sees where a passage comes from."""
        where = ", ".join(x for x in (self.section, f"s. {self.page}" if self.page else None) if x)
        return f"{self.document} – {where}" if where else self.document


@dataclass
class Answer:
    question: str
    role: str
    question_label: str
    answer: str
    sentences: list[AnswerSentence]
    drift: bool
    notice: str | None
    insufficient_evidence: bool
    sources: list[Source]
    mode: str = "extractive"
    suggestions: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "question": self.question,
            "role": self.role,
            "question_label": self.question_label,
            "answer": self.answer,
            "sentences": [s.to_dict() for s in self.sentences],
            "drift": self.drift,
            "notice": self.notice,
            "insufficient_evidence": self.insufficient_evidence,
            "sources": [s.to_dict() for s in self.sources],
            "mode": self.mode,
            "suggestions": self.suggestions,
        }


class SourceList:
    """Numbers passages in the order they are first cited, so every ``[n]`` resolves."""

    def __init__(self) -> None:
        self._numbers: dict[tuple[str, ...], int] = {}
        self.sources: list[Source] = []

    def cite(self, passage: Passage) -> int:
        number = self._numbers.get(passage.chunk_ids)
        if number is None:
            number = len(self.sources) + 1
            self._numbers[passage.chunk_ids] = number
            self.sources.append(Source.from_passage(number, passage))
        return number


class AnswerBuilder:
    """Collects sentences, labels them and keeps their citations consistent."""

    def __init__(self, labeller, source_list: SourceList | None = None):
        self.labeller = labeller
        self.citations = source_list or SourceList()
        self.sentences: list[AnswerSentence] = []
        self.paragraph_breaks: set[int] = set()

    def say(self, text: str) -> AnswerSentence:
        """A sentence the assistant asserts itself (framing, summaries)."""
        judgement = self.labeller.label(text)
        sentence = AnswerSentence(text, judgement.label, judgement.attributed, [], list(judgement.cues),
                                  round(judgement.confidence, 3))
        self.sentences.append(sentence)
        return sentence

    def restate(self, text: str) -> AnswerSentence:
        """A sentence that reports the asker's own question or options: a fact about the question."""
        sentence = AnswerSentence(text, LABEL_FACT, True, [], ["gjengir spørsmålet"], 1.0)
        self.sentences.append(sentence)
        return sentence

    def quote(self, text: str, passage: Passage) -> AnswerSentence:
        """A sentence taken from a source: reported as what the source says."""
        number = self.citations.cite(passage)
        judgement = self.labeller.label(text)
        label, cues = judgement.label, list(judgement.cues)
        if label == LABEL_POLITICAL and not judgement.attributed:
            text = prompts.render("answer/attributed_quote", document=_short_title(passage), sentence=text.rstrip("."))
            label = LABEL_FACT
            cues.append(f"tilskrevet: {_short_title(passage)}")
        sentence = AnswerSentence(text, label, True, [number], cues, round(judgement.confidence, 3))
        self.sentences.append(sentence)
        return sentence

    def new_paragraph(self) -> None:
        self.paragraph_breaks.add(len(self.sentences))

    def text(self) -> str:
        parts: list[str] = []
        for i, sentence in enumerate(self.sentences):
            if i in self.paragraph_breaks and parts:
                parts.append("\n\n")
            elif parts:
                parts.append(" ")
            marker = "".join(f"[{n}]" for n in sentence.sources)
            parts.append(f"{sentence.text} {marker}" if marker else sentence.text)
        return "".join(parts)

    def drift_sentences(self) -> list[AnswerSentence]:
        return [s for s in self.sentences if s.label == LABEL_POLITICAL and not s.attributed]


def _short_title(passage: Passage) -> str:
    kind_names = {"samfunnsdel": "samfunnsdelen", "kunnskapsgrunnlag": "kunnskapsgrunnlaget", "note": "KS-notatet"}
    return kind_names.get(passage.document.kind, f"«{passage.document.title}»")


def notice_for(question_label: str, drift: list[AnswerSentence]) -> str | None:
    parts = []
    if question_label == LABEL_POLITICAL:
        parts.append(prompts.render("answer/notice_political_question"))
    if drift:
        quoted = "; ".join(f"«{s.text}»" for s in drift)
        parts.append(prompts.render("answer/notice_drift", sentences=quoted))
    return " ".join(parts) or None


def finish(builder: AnswerBuilder, question: str, role: str, question_label: str,
           insufficient: bool = False, mode: str = "extractive", extra_notice: str | None = None,
           suggestions: list[str] | None = None) -> Answer:
    drift = builder.drift_sentences()
    notice = notice_for(question_label, drift)
    cited = {number for sentence in builder.sentences for number in sentence.sources}
    for source in builder.citations.sources:
        source.cited = source.id in cited
    if extra_notice:
        notice = f"{extra_notice} {notice}" if notice else extra_notice
    return Answer(
        question=question, role=role, question_label=question_label, answer=builder.text(),
        sentences=builder.sentences, drift=bool(drift), notice=notice,
        insufficient_evidence=insufficient, sources=builder.citations.sources, mode=mode,
        suggestions=suggestions or [],
    )


def answer(question: str, role: str, deps) -> Answer:
    """Answer ``question`` for ``role``: the one entry point the CLI and the server call."""
    question = validate_question(question, deps.settings.max_question_chars)
    role = validate_role(role)
    question_label = deps.labeller.label(question).label
    return compose(question, role, question_label, deps)


def compose(question: str, role: str, question_label: str, deps) -> Answer:
    """Pick the composer for the question's intent; the LLM, when configured, writes general answers."""
    from assistant import extractive, political, workshop
    from assistant.roles import intent

    kind = intent(question, question_label)
    if kind == "political":
        question_label = "political_choice"
    if deps.llm is not None and kind in ("general", "political"):
        from assistant.llm import llm_answer

        with deps.retriever.pinned():
            return llm_answer(question, role, question_label, deps)
    composers = {
        "workshop": workshop.prepare,
        "follow_up": workshop.follow_up,
        "political": political.even_handed,
        "general": extractive.general,
    }
    with deps.retriever.pinned():
        return composers[kind](question, role, question_label, deps.retriever, deps.labeller)


def validate_question(question: object, limit: int) -> str:
    if not isinstance(question, str) or not question.strip():
        raise BadRequest("Spørsmålet er tomt. Skriv et spørsmål.")
    question = re.sub(r"\s+", " ", question).strip()
    if len(question) > limit:
        raise TooLarge(f"Spørsmålet er for langt ({len(question)} tegn); grensen er {limit} tegn.")
    return question


def validate_role(role: object) -> str:
    if role is None:
        return "folkevalgt"
    if role not in ROLES:
        raise BadRequest(f"Ukjent rolle «{role}». Velg folkevalgt, planlegger eller leder.")
    return str(role)
