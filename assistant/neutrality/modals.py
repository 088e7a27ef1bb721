"""Modal verbs and their targets: «bør + valg av innhold» versus «prosessnorm».

The modal verb does not decide the label; its object does (LABELLING.md R3). The first lexicon
entry after the modal, within its clause, decides the target: a process/method word
(verksted, saksframlegg, presentere …) makes the modal a process norm (advice), a content word
(bygge, legge ned, budsjett …) a choice of content (politics). A *transparent* verb («prioritere»,
«satse på») defers to a process object that follows it («prioritere tid til gruppediskusjon»).
With nothing after the modal, the subject before it decides («Saksframlegget bør …»).
An instrument («bruke/benytte X til å Y») takes its target from what it is used for: «bør bruke
planstrategien til å fase ut grendeskolene» is content, «bør bruke verkstedet til å drøfte målene»
process.

A modal inside an indirect question is not a norm of the writer's and gives no hit: «det er uklart
hvem som skal finansiere det», «Om skolen bør legges ned, er et spørsmål for kommunestyret»,
«… hvorvidt kommunen må …», «Innledningen trenger ikke å ta stilling til om sentrum eller grendene
skal vokse mest».
"""

from __future__ import annotations

import re

from assistant.neutrality.cue_table import (
    MODAL_CONTENT,
    MODAL_OPEN,
    MODAL_PROCESS,
    ModalSpec,
)
from assistant.neutrality.hits import CueHit, words_of
from assistant.neutrality.lexicon import LexiconHit

_CLAUSE_END = re.compile(r"[.;:?!]\s|[.;:?!]$")
_INSTRUMENT = re.compile(r"^\W*(?:\w+\s+){0,2}?(?:bruke|brukes|benytte|benyttes)\s", re.IGNORECASE)
_PURPOSE = re.compile(r"\btil\s+å\b", re.IGNORECASE)
_INDIRECT_QUESTION = re.compile(
    r"(?:\b(?:hvem|hva|hvilke[nt]?|hvor\s+(?:mye|mange))\s+som\s+"
    r"|\bhvorvidt\b[^,.;:?!]{0,60}"
    r"|(?:^|[,;:]\s*)\W*om\s+[^,.;:?!]{1,60}"
    r"|\b(?:stilling\s+til|avgjøre|avgjør|drøfte|drøfter|avklare|avklart|diskutere|"
    r"bestemme|bestemt|velge|spørsmålet|uklart|usikkert|uenige|enige|strid)\s+om\s+[^,.;:?!]{1,60})$",
    re.IGNORECASE,
)


def modal_hits(spec: ModalSpec, text: str, targets: list[LexiconHit]) -> list[CueHit]:
    """One hit per modal verb in ``text``; ``targets`` are the lexicon hits of the text."""
    return [
        _classify(spec, text, match, targets)
        for match in spec.pattern.finditer(text)
        if not _INDIRECT_QUESTION.search(text, 0, match.start())
    ]


def _classify(
    spec: ModalSpec, text: str, modal: re.Match[str], targets: list[LexiconHit]
) -> CueHit:
    clause_end = _clause_end(text, modal.end(), spec.window)
    after = [t for t in targets if t.start >= modal.end() and t.end <= clause_end]
    target = _purpose(text, modal.end(), after) or _first(spec, after) or _last([t for t in targets if t.end <= modal.start()])
    modal_words = words_of(modal.group())
    if target is None:
        group, display = MODAL_OPEN, spec.display_open.format(modal=modal_words)
    elif target.kind == MODAL_PROCESS:
        group, display = MODAL_PROCESS, spec.display_process.format(target=target.words)
    else:
        group = MODAL_CONTENT
        display = spec.display_content.format(modal=modal_words, target=target.words)
    return CueHit(group, group, display, modal_words, modal.start(), modal.end())


def _clause_end(text: str, start: int, window: int) -> int:
    limit = min(len(text), start + window)
    end = _CLAUSE_END.search(text, start, limit)
    return end.start() if end else limit


def _first(spec: ModalSpec, after: list[LexiconHit]) -> LexiconHit | None:
    if not after:
        return None
    first = after[0]
    if first.kind == MODAL_CONTENT and spec.transparent.matches(first.words):
        following = after[1] if len(after) > 1 else None
        if following is not None and following.kind == MODAL_PROCESS:
            return following
    return first


def _purpose(text: str, start: int, after: list[LexiconHit]) -> LexiconHit | None:
    """«bør bruke X til å Y»: the first target after «til å» decides."""
    if not after or not _INSTRUMENT.match(text[start : after[0].start]):
        return None
    purpose = _PURPOSE.search(text, after[0].end)
    if purpose is None:
        return None
    return next((t for t in after if t.start >= purpose.end()), None)


def _last(before: list[LexiconHit]) -> LexiconHit | None:
    return before[-1] if before else None
