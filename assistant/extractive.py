"""Extractive composition: pick the sentences of retrieved passages that answer a question.

A sentence scores by the idf-weighted share of the question's words it holds (a thesaurus word or
both halves of a compound count as the word; :func:`assistant.retrieval.coverage`), plus its
passage's rank score; the best are put back in reading order and cited. No text is generated: every content
sentence is a source's own sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from assistant import prompts
from assistant.answering import Answer, AnswerBuilder, finish
from assistant.neutrality import split_sentences
from assistant.retrieval import SOURCE_HINT_BOOST, Passage, Retriever, SearchResult, coverage, hinted_kinds
from assistant.roles import ROLE_PROFILES, follow_up_questions

NUMBER = re.compile(r"\d")
CLOSEST = 2  # passages for the whole question listed first by the topic-searching composers
# A sentence a passage took in from the section beside its own (retrieval.same_heading_on_page) weighs
# this much: it is there as context. Without it the workshop draft quoted the table of key figures
# next to «Handlingsreglene er: … minst 1,75 prosent» instead of the rule itself.
CONTEXT_WEIGHT = 0.85


@dataclass(frozen=True)
class Candidate:
    """A sentence of a retrieved passage, with where it came from and how well it answers."""

    text: str
    passage: int  # rank of its passage in the search result
    position: int  # order within the passage
    score: float
    overlap: float = 0.0  # idf-weighted share of the question's words in the sentence


def candidates(result: SearchResult, retriever: Retriever, per_passage: int = 3, prefer_numbers: bool = False) -> list[Candidate]:
    """Score each sentence of the result's passages by the question words it holds."""
    snap = retriever.snapshot()
    top_score = max((p.score for p in result.passages), default=1.0) or 1.0
    hinted = set(hinted_kinds(result.query))  # «i den vedtatte samfunnsdelen»: quote that document first
    out: list[Candidate] = []
    for rank, passage in enumerate(result.passages):
        scored = []
        introduced = False
        for position, span in enumerate(split_sentences(passage.text)):
            text = clean_sentence(span.text)
            own = not passage.core or span.text in passage.core  # from the passage's own section
            # the section heading introduces the first sentence of the section
            heading = passage.section if own and not introduced and passage.section else ""
            introduced = introduced or own
            if len(text) < 25 or not re.search(r"[a-zæøå]{3}", text):
                continue
            overlap = coverage(snap, result.terms, f"{heading} {text}", partial=False)
            score = 0.65 * overlap + 0.35 * passage.score / top_score
            if not own:
                score *= CONTEXT_WEIGHT  # from the section beside the passage's own: context, not the answer
            if prefer_numbers and NUMBER.search(text):
                score += 0.15
            if passage.document.kind in hinted:
                score *= 1.0 + SOURCE_HINT_BOOST
            scored.append(Candidate(text, rank, position, score if overlap > 0 else score * 0.3, overlap))
        scored.sort(key=lambda c: -c.score)
        out.extend(scored[:per_passage])
    return out


def clean_sentence(text: str) -> str:
    text = re.sub(r"^\s*(?:[•▪●◦‣∙·*–-]|\d{1,2}\))\s+", "", text)
    return re.sub(r"\s+", " ", text).strip()


def select(cands: list[Candidate], limit: int) -> list[Candidate]:
    """The best ``limit`` distinct sentences, put back in reading order (passage rank, position)."""
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
    return sorted((c for c in best if c.score >= floor), key=lambda c: (c.passage, c.position))


def gather(
    retriever: Retriever,
    labeller,
    query: str,
    limit: int,
    kinds: set[str] | None = None,
    labels: set[str] | None = None,
    prefer_numbers: bool = False,
    exclude: set[str] | None = None,
) -> list[tuple[str, Passage]]:
    """Sentences answering ``query`` from documents of ``kinds``, kept only if labelled in ``labels``."""
    result = retriever.search(query, k=4, kinds=kinds)
    if not result.passages:
        return []
    chosen: list[tuple[str, Passage]] = []
    ranked = sorted(candidates(result, retriever, per_passage=4, prefer_numbers=prefer_numbers), key=lambda c: -c.score)
    for candidate in ranked:
        if candidate.overlap == 0 or (exclude is not None and candidate.text in exclude):
            continue
        if labels is not None and labeller.label(candidate.text).label not in labels:
            continue
        chosen.append((candidate.text, result.passages[candidate.passage]))
        if exclude is not None:
            exclude.add(candidate.text)
        if len(chosen) == limit:
            break
    return chosen


def cite_closest(builder: AnswerBuilder, retriever: Retriever, question: str, quoted: Sequence[Passage] = (),
                 whole: SearchResult | None = None) -> None:
    """Number the sources by relevance before anything is quoted: the ``CLOSEST`` passages for the
    whole question (``whole``, if the composer has searched for it already) and the passages a
    composer quotes from, best score first. Composers that search by topic (political, workshop,
    follow-up) then still list the passages that answer the question as asked, also when the
    question was routed to them by a wrong label."""
    closest = (whole or retriever.search(question, k=CLOSEST)).passages[:CLOSEST]
    for passage in sorted({p.chunk_ids: p for p in [*closest, *quoted]}.values(), key=lambda p: -p.score):
        builder.citations.cite(passage)


def general(question: str, role: str, question_label: str, retriever: Retriever, labeller) -> Answer:
    """The default answer: the sentences that answer the question, framed for the role."""
    profile = ROLE_PROFILES[role]
    result = retriever.search(question, k=profile.passages, kind_boost=profile.kind_boost)
    builder = AnswerBuilder(labeller)
    if result.insufficient or not result.passages:
        if result.unmentioned:
            builder.say(prompts.render("answer/unmentioned", words=" eller ".join(f"«{w}»" for w in result.unmentioned)))
        builder.say(prompts.render("answer/insufficient"))
        for passage in result.passages[:3]:  # shown as the closest passages, not cited as an answer
            builder.citations.cite(passage)
        if result.passages:
            builder.say(prompts.render("answer/closest"))
        return finish(builder, question, role, question_label, insufficient=True)
    for passage in result.passages:  # sources are numbered by rank: [1] is the best passage
        builder.citations.cite(passage)
    chosen = select(candidates(result, retriever), profile.sentences)
    builder.say(prompts.render(f"answer/intro_{role}"))
    builder.new_paragraph()
    for candidate in chosen:
        builder.quote(candidate.text, result.passages[candidate.passage])
    builder.new_paragraph()
    builder.say(prompts.render(f"answer/closing_{role}"))
    return finish(builder, question, role, question_label, suggestions=follow_up_questions(role))
