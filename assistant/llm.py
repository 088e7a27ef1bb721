"""The optional chat model (any OpenAI-compatible endpoint): the only langchain-openai importer.

The LLM's answer passes the same checks as the extractive one: every sentence is labelled, every
sentence needs a ``[n]`` whose passage supports it (shared content words, and every number in the
sentence appears in the passage) or it is marked unsupported, markers that point at no source are
removed, and drift is flagged. If the endpoint fails, times out or returns nothing usable, the
extractive answer is given with a notice.
"""

from __future__ import annotations

import logging
import re

from assistant import prompts
from assistant.answering import Answer, AnswerBuilder, AnswerSentence, finish
from assistant.config import Settings
from assistant.neutrality import split_sentences
from assistant.retrieval import Passage
from assistant.roles import ROLE_PROFILES, follow_up_questions

log = logging.getLogger(__name__)

MARKER = re.compile(r"\s*\[(\d{1,2})\]")
NUMBER = re.compile(r"\d+(?:[ \u00a0.]\d{3})*(?:,\d+)?")
MIN_SUPPORT = 0.5


class LLMUnavailable(Exception):
    """The endpoint failed, timed out or gave nothing usable."""


class ChatClient:
    def __init__(self, settings: Settings):
        if not settings.llm_base_url or not settings.llm_model:
            raise ValueError("LLM-modus krever både SAMSPILL_LLM_BASE_URL og SAMSPILL_LLM_MODEL.")
        from langchain_openai import ChatOpenAI

        self._model = ChatOpenAI(
            base_url=settings.llm_base_url,
            model=settings.llm_model,
            api_key=settings.llm_api_key or "ikke-satt",
            timeout=settings.llm_timeout,
            max_retries=0,
            temperature=0,
        )

    def stream(self, system: str, user: str):
        """Yield the answer's text as it arrives; raise :class:`LLMUnavailable` on any failure."""
        from langchain_core.messages import HumanMessage, SystemMessage

        try:
            for chunk in self._model.stream([SystemMessage(system), HumanMessage(user)]):
                if isinstance(chunk.content, str) and chunk.content:
                    yield chunk.content
        except Exception as exc:  # network, timeout, HTTP or parse errors of any client version
            raise LLMUnavailable(f"{type(exc).__name__}: {exc}") from exc

    def complete(self, system: str, user: str) -> str:
        text = "".join(self.stream(system, user)).strip()
        if not text:
            raise LLMUnavailable("tomt svar")
        return text


def messages(question: str, role: str, passages: list[Passage]) -> tuple[str, str]:
    system = prompts.render("llm/system", role_instructions=prompts.render(f"llm/role_{role}"))
    context = "\n\n".join(
        f"[{i}] {p.document.title} – {p.section or 'uten overskrift'}\n{p.text}" for i, p in enumerate(passages, start=1)
    )
    return system, prompts.render("llm/user", question=question, context=context)


def llm_answer(question: str, role: str, question_label: str, deps) -> Answer:
    from assistant.extractive import general

    profile = ROLE_PROFILES[role]
    result = deps.retriever.search(question, k=profile.passages, kind_boost=profile.kind_boost)
    if result.insufficient or not result.passages:
        return general(question, role, question_label, deps.retriever, deps.labeller)
    system, user = messages(question, role, result.passages)
    try:
        text = deps.llm.complete(system, user)
    except LLMUnavailable as exc:
        log.warning("LLM-en svarte ikke (%s); bruker uttrekk", exc)
        answer = general(question, role, question_label, deps.retriever, deps.labeller)
        notice = prompts.render("answer/llm_fallback")
        answer.notice = f"{notice} {answer.notice}" if answer.notice else notice
        return answer
    return checked(text, question, role, question_label, result.passages, deps)


def checked(text: str, question: str, role: str, question_label: str, passages: list[Passage], deps) -> Answer:
    """Label, verify and cite the LLM's sentences against the passages it was given."""
    snap = deps.retriever.snapshot()
    builder = AnswerBuilder(deps.labeller)
    for passage in passages:  # the numbers the LLM saw are the numbers of the sources
        builder.citations.cite(passage)
    unsupported: list[AnswerSentence] = []
    for span in split_sentences(text):
        numbers = [int(n) for n in MARKER.findall(span.text)]
        plain = MARKER.sub("", span.text).strip()
        if not plain:
            continue
        cited = [passages[n - 1] for n in dict.fromkeys(numbers) if 1 <= n <= len(passages)]
        sentence = builder.say(plain)
        sentence.sources = [builder.citations.cite(p) for p in cited]
        sentence.supported = bool(cited) and any(_supports(snap, plain, p.text) for p in cited)
        if not sentence.supported and not _is_framing(plain):
            unsupported.append(sentence)
    answer = finish(builder, question, role, question_label, mode="llm", suggestions=follow_up_questions(role))
    if unsupported:
        note = prompts.render("answer/notice_unsupported", sentences="; ".join(f"«{s.text}»" for s in unsupported))
        answer.notice = f"{answer.notice} {note}" if answer.notice else note
    return answer


def _supports(snap, sentence: str, passage: str) -> bool:
    words = set(snap.query_tokens(sentence))
    if not words:
        return False
    present = set(snap.query_tokens(passage))
    overlap = len(words & present) / len(words)
    compact = lambda s: re.sub(r"[ \u00a0]", "", s)  # noqa: E731  «14 212» and «14212» are one number
    numbers_ok = all(compact(n) in compact(passage) for n in NUMBER.findall(sentence))
    return overlap >= MIN_SUPPORT and numbers_ok


def _is_framing(sentence: str) -> bool:
    """Short hand-back sentences («Valget tilhører kommunestyret.») need no source."""
    return len(sentence) < 80 and bool(re.search(r"kommunestyret|de folkevalgte|kildene", sentence, re.I)) and not NUMBER.search(sentence)
