"""Sections → chunks that fit the embedding model (MiniLM reads 256 wordpieces ≈ 600 characters).

Chunks are small so that both the embedding and BM25 see one topic at a time; retrieval stitches
neighbouring chunks back into a readable passage. A chunk's id is a hash of its document, position
and text, so re-ingesting an unchanged file produces the same ids.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import asdict, dataclass

from langchain_text_splitters import RecursiveCharacterTextSplitter

from assistant.documents import Document

SEPARATORS = ["\n\n", "\n", ". ", "? ", "! ", "; ", ": ", ", ", " ", ""]
# A list of short items with no sentence of its own («Tillit», «Åpenhet», «Gjensidig respekt …»: a
# graphic or box whose text a PDF gives after the paragraph that introduces it) is searched with the
# sentence of its section that announces a list — one naming principles, criteria, values …
LIST_NOUNS = re.compile(r"\b(prinsipp\w*|kriteri\w*|suksessfaktor\w*|faktorer\w*|verdier\w*|forutsetning\w*|"
                        r"kjennetegn\w*|grunnpilar\w*|elementer\w*)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Chunk:
    id: str
    doc_id: str
    ordinal: int
    section: str | None
    page: int | None
    text: str
    title: str = ""
    parent: str | None = None  # the heading above ``section``
    lead: str = ""  # for a bare list: the sentence that announces it (searched, not shown)

    @property
    def headings(self) -> str:
        """The section heading with the one above it: what the chunk is about."""
        return " ".join(part for part in (self.parent, self.section) if part)

    @property
    def search_text(self) -> str:
        """What BM25 and the embedding see: the document title and headings give a chunk its topic."""
        return "\n".join(part for part in (self.title, self.parent, self.section, self.lead, self.text) if part)

    def to_dict(self) -> dict:
        return asdict(self)


def document_id(path: str) -> str:
    return hashlib.sha256(path.encode("utf-8")).hexdigest()[:16]


class Chunker:
    def __init__(self, chunk_chars: int = 600):
        if not 100 <= chunk_chars <= 2000:
            raise ValueError(f"chunk_chars må være mellom 100 og 2000, fikk {chunk_chars}")
        self._splitter = RecursiveCharacterTextSplitter(
            chunk_size=chunk_chars,
            chunk_overlap=0,
            separators=SEPARATORS,
            keep_separator="end",
            strip_whitespace=True,
        )

    def split(self, document: Document) -> list[Chunk]:
        doc_id = document_id(document.path)
        chunks: list[Chunk] = []
        for section in document.sections:
            for piece in self._splitter.split_text(section.text):
                text = piece.strip()
                if not text:
                    continue
                ordinal = len(chunks)
                digest = hashlib.sha256(f"{doc_id}\x00{ordinal}\x00{text}".encode("utf-8")).hexdigest()[:24]
                chunks.append(Chunk(digest, doc_id, ordinal, section.heading, section.page, text, document.title,
                                    section.parent, _announcing(section.text) if _bare_list(text) else ""))
        return chunks


def _bare_list(text: str) -> bool:
    """Three or more short lines and no sentence: the items of a list or a graphic."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    return len(lines) >= 3 and all(len(line) <= 90 and not re.search(r"[.!?:]$", line) for line in lines)


def _announcing(section_text: str) -> str:
    """The section's sentence that names a kind of list («… framheves noen grunnleggende prinsipper»)."""
    for sentence in re.split(r"(?<=[.!?:])\s+", section_text):
        if LIST_NOUNS.search(sentence) and not _bare_list(sentence):
            return sentence.strip()
    return ""
