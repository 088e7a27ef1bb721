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
from assistant.errors import BadRequest, TooLarge
from assistant.neutrality import split_sentences
from assistant.retrieval import Passage, Retriever, SearchResult

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

    @classmethod
    def from_passage(cls, number: int, passage: Passage) -> "Source":
        return cls(
            id=number, document=passage.document.title, path=passage.document.path,
            kind=passage.document.kind, section=passage.section, page=passage.page,
            score=passage.score, text=passage.text,
        )

    def to_dict(self) -> dict:
        return asdict(self)


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


@dataclass(frozen=True)
class Candidate:
    """A sentence of a retrieved passage, with where it came from and how well it answers."""

    text: str
    passage: int  # rank of its passage
    position: int  # order within the passage
    score: float


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


def candidates(result: SearchResult, retriever: Retriever, per_passage: int = 3) -> list[Candidate]:
    """Score each sentence of the top passages by the idf-weighted question words it holds."""
    snap = retriever.index.snapshot()
    query = set(result.tokens)
    weights = {t: snap.idf(t) or snap.max_idf for t in query}
    total = sum(weights.values()) or 1.0
    top_score = max((p.score for p in result.passages), default=1.0) or 1.0
    out: list[Candidate] = []
    for rank, passage in enumerate(result.passages):
        scored = []
        for position, span in enumerate(split_sentences(passage.text)):
            text = clean_sentence(span.text)
            if len(text) < 25 or not re.search(r"[a-zæøå]{3}", text):
                continue
            words = set(snap.analyzer.tokens(text))
            overlap = sum(w for t, w in weights.items() if t in words) / total
            score = 0.65 * overlap + 0.35 * passage.score / top_score
            scored.append(Candidate(text, rank, position, score if overlap > 0 else score * 0.3))
        scored.sort(key=lambda c: -c.score)
        out.extend(scored[:per_passage])
    return out


def clean_sentence(text: str) -> str:
    text = re.sub(r"^\s*(?:[•▪●◦‣∙·*–-]|\d{1,2}\))\s+", "", text)
    return re.sub(r"\s+", " ", text).strip()


def select(cands: list[Candidate], limit: int) -> list[Candidate]:
    """The best ``limit`` sentences, then put back in reading order (passage rank, position)."""
    best: list[Candidate] = []
    seen: set[str] = set()
    for candidate in sorted(cands, key=lambda c: -c.score):
        key = re.sub(r"\W+", " ", candidate.text.lower()).strip()
        if key not in seen:
            seen.add(key)
            best.append(candidate)
        if len(best) == limit:
            break
    floor = best[0].score * 0.35 if best else 0.0
    chosen = [c for c in best if c.score >= floor]
    return sorted(chosen, key=lambda c: (c.passage, c.position))


@dataclass(frozen=True)
class RoleProfile:
    """How a role's answers differ: how many passages and sentences, and which documents lead."""

    passages: int
    sentences: int
    kind_boost: dict[str, float]


ROLE_PROFILES = {
    "folkevalgt": RoleProfile(4, 4, {"samfunnsdel": 0.15, "kunnskapsgrunnlag": 0.15}),
    "planlegger": RoleProfile(5, 6, {"note": 0.15}),
    "leder": RoleProfile(5, 5, {"samfunnsdel": 0.2}),
}


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
           insufficient: bool = False, mode: str = "extractive", extra_notice: str | None = None) -> Answer:
    drift = builder.drift_sentences()
    notice = notice_for(question_label, drift)
    if extra_notice:
        notice = f"{extra_notice} {notice}" if notice else extra_notice
    return Answer(
        question=question, role=role, question_label=question_label, answer=builder.text(),
        sentences=builder.sentences, drift=bool(drift), notice=notice,
        insufficient_evidence=insufficient, sources=builder.citations.sources, mode=mode,
    )


def extractive(question: str, role: str, question_label: str, retriever: Retriever, labeller) -> Answer:
    profile = ROLE_PROFILES[role]
    result = retriever.search(question, k=profile.passages, kind_boost=profile.kind_boost)
    builder = AnswerBuilder(labeller)
    if result.insufficient or not result.passages:
        builder.say(prompts.render("answer/insufficient"))
        return finish(builder, question, role, question_label, insufficient=True)
    chosen = select(candidates(result, retriever), profile.sentences)
    builder.say(prompts.render(f"answer/intro_{role}"))
    builder.new_paragraph()
    for candidate in chosen:
        builder.quote(candidate.text, result.passages[candidate.passage])
    builder.new_paragraph()
    builder.say(prompts.render("answer/closing"))
    return finish(builder, question, role, question_label)


def answer(question: str, role: str, deps) -> Answer:
    """Answer ``question`` for ``role``: the one entry point the CLI and the server call."""
    question = validate_question(question, deps.settings.max_question_chars)
    role = validate_role(role)
    question_label = deps.labeller.label(question).label
    return extractive(question, role, question_label, deps.retriever, deps.labeller)


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
    if role not in ROLE_PROFILES:
        raise BadRequest(f"Ukjent rolle «{role}». Velg folkevalgt, planlegger eller leder.")
    return str(role)
