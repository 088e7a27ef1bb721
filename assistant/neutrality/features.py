"""The feature matrix: readable cue features next to TF-IDF word and character n-grams.

The cue block is multiplied by ``cue_weight``: with L2-regularised logistic regression a larger
scale makes a cue cheaper to use, so the model leans on the cues (which generalise to other
municipalities' wording) before it leans on individual words (which may not).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer

from assistant.neutrality.cues import FEATURE_NAMES, cue_features
from assistant.neutrality.hits import CueHit
from assistant.neutrality.rules import is_attributed

_LEADING_MARKER = re.compile(r"^\s*(?:[•▪●◦‣·*\-–]|#{1,6}|\d{1,2}[.)]|[a-zæøå]\))\s+")
_DIGITS = re.compile(r"\d")


@dataclass(frozen=True)
class FeatureConfig:
    """How the text becomes numbers; tuned on the dev split by ``train.py``."""

    cue_weight: float = 2.0
    word_ngrams: tuple[int, int] = (1, 2)
    char_ngrams: tuple[int, int] = (2, 5)
    use_char: bool = True
    min_df: int = 2
    max_features: int = 30000


def normalise(text: str) -> str:
    """Lower-case, drop a list marker, and map digits to ``0`` so numbers share features."""
    return _DIGITS.sub("0", _LEADING_MARKER.sub("", text)).lower()


class FeatureBuilder:
    """Fits the vectorisers on training text and turns texts plus cue hits into one matrix."""

    def __init__(self, config: FeatureConfig):
        if config.cue_weight < 0:
            raise ValueError(f"cue_weight must be >= 0, got {config.cue_weight}")
        self.config = config
        self.word = TfidfVectorizer(
            ngram_range=config.word_ngrams,
            min_df=config.min_df,
            max_features=config.max_features,
            sublinear_tf=True,
            token_pattern=r"(?u)\b\w+\b|[?§%«»]",
        )
        self.char = TfidfVectorizer(
            analyzer="char_wb",
            ngram_range=config.char_ngrams,
            min_df=config.min_df,
            max_features=config.max_features,
            sublinear_tf=True,
        )

    def fit(self, texts: list[str]) -> FeatureBuilder:
        normalised = [normalise(text) for text in texts]
        self.word.fit(normalised)
        if self.config.use_char:
            self.char.fit(normalised)
        return self

    def strip_caches(self) -> None:
        """Drop attributes kept only for introspection or caching, before saving.

        This keeps the artifact small and byte-for-byte reproducible (the pruned-term set's order
        depends on the hash seed; the stop-word cache key is an object id).
        """
        for vectoriser in (self.word, self.char):
            for attribute in ("stop_words_", "_stop_words_id"):
                if hasattr(vectoriser, attribute):
                    delattr(vectoriser, attribute)

    def transform(self, texts: list[str], hits: list[list[CueHit]]) -> sparse.csr_matrix:
        normalised = [normalise(text) for text in texts]
        blocks = [self._cue_block(texts, hits), self.word.transform(normalised)]
        if self.config.use_char:
            blocks.append(self.char.transform(normalised))
        return sparse.hstack(blocks, format="csr")

    def feature_names(self) -> list[str]:
        names = [f"cue:{name}" for name in FEATURE_NAMES]
        names += [f"word:{name}" for name in self.word.get_feature_names_out()]
        if self.config.use_char:
            names += [f"char:{name}" for name in self.char.get_feature_names_out()]
        return names

    def _cue_block(self, texts: list[str], hits: list[list[CueHit]]) -> sparse.csr_matrix:
        rows = [
            cue_features(text, text_hits, is_attributed(text, text_hits))
            for text, text_hits in zip(texts, hits)
        ]
        matrix = np.asarray(rows, dtype=np.float64).reshape(len(texts), len(FEATURE_NAMES))
        return sparse.csr_matrix(matrix * self.config.cue_weight)
