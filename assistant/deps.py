"""The expensive things, built once (in the CLI command or the server's lifespan) and handed down."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from assistant.config import Settings
from assistant.embeddings import Embedder
from assistant.index import Index, IngestReport
from assistant.retrieval import Retriever

log = logging.getLogger(__name__)


@dataclass
class Deps:
    settings: Settings
    embedder: Embedder
    index: Index
    retriever: Retriever
    labeller: object  # assistant.neutrality.Labeller
    llm: object | None = None  # assistant.llm.ChatClient when configured

    @classmethod
    def build(cls, settings: Settings, embedder: Embedder | None = None, labeller=None) -> "Deps":
        embedder = embedder or Embedder()
        index = Index(settings.index, embedder, settings.chunk_chars, settings.chroma_host, settings.chroma_port)
        retriever = Retriever(
            index, settings.top_k, settings.dense_weight, settings.passage_chars, settings.min_evidence, settings.gram_weight
        )
        llm = None
        if settings.llm_base_url:
            from assistant.llm import ChatClient

            llm = ChatClient(settings)
        if labeller is None:
            from assistant.neutrality import Labeller

            labeller = Labeller.load()
        return cls(settings, embedder, index, retriever, labeller, llm)

    def ensure_corpus(self, progress: bool = False) -> IngestReport | None:
        """With an empty index, ingest the bundled corpus so a fresh install answers at once."""
        if not self.index.is_empty():
            return None
        log.info("Indeksen er tom; legger inn det medfølgende korpuset fra %s", self.settings.corpus)
        return self.index.ingest([self.settings.corpus], progress=progress)
