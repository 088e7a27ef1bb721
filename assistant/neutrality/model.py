"""The trained model: fitting it, and the artifact file it is saved to and loaded from.

The artifact is a compressed joblib file holding the fitted :class:`NeutralityModel`. It records
the scikit-learn version that built it; a different version (or any unpickling trouble) makes
:func:`load_model` raise :class:`ArtifactError` so the caller can retrain instead of running on
a model that may silently behave differently.
"""

from __future__ import annotations

import logging
import pickle
import warnings
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import joblib
import numpy as np
import sklearn
from scipy import sparse
from sklearn.exceptions import InconsistentVersionWarning
from sklearn.linear_model import LogisticRegression

from assistant.neutrality.cue_table import CueTable
from assistant.neutrality.cues import FEATURE_NAMES, find_cues
from assistant.neutrality.dataset import Example
from assistant.neutrality.features import FeatureBuilder, FeatureConfig
from assistant.neutrality.hits import CueHit
from assistant.neutrality.rules import (
    MIN_RULE_PRECISION,
    RULES,
    UNTESTED_RULE_CONFIDENCE,
    firing_rule,
)

logger = logging.getLogger(__name__)

ARTIFACT_PATH = Path(__file__).with_name("model.joblib")
ARTIFACT_FORMAT = 1


class ArtifactError(Exception):
    """The artifact is missing, unreadable or built by another scikit-learn version."""


@dataclass(frozen=True)
class TrainingConfig:
    """Everything that decides the fitted model; ``train.py`` tunes it on the dev split.

    ``masked_copy_weight`` is the weight of the cue-masked copies (see ``_with_masked_copies``).
    """

    features: FeatureConfig = field(default_factory=FeatureConfig)
    c: float = 0.5
    class_weight: str | None = None
    use_rules: bool = True
    masked_copy_weight: float = 0.5
    seed: int = 20240209


@dataclass
class NeutralityModel:
    """What the artifact holds."""

    builder: FeatureBuilder
    estimator: LogisticRegression
    rule_precision: dict[str, float]
    config: TrainingConfig
    sklearn_version: str = sklearn.__version__
    artifact_format: int = ARTIFACT_FORMAT

    @property
    def classes(self) -> list[str]:
        return [str(label) for label in self.estimator.classes_]


@dataclass(frozen=True)
class PreparedData:
    """Training texts with their labels and cue hits, computed once."""

    texts: list[str]
    labels: list[str]
    hits: list[list[CueHit]]


def prepare(examples: list[Example], table: CueTable | None = None) -> PreparedData:
    texts = [example.text for example in examples]
    labels = [example.label for example in examples]
    return PreparedData(texts, labels, [find_cues(text, table) for text in texts])


def fit_features(
    data: PreparedData, features: FeatureConfig
) -> tuple[FeatureBuilder, sparse.csr_matrix]:
    """Fit the vectorisers; return them with the training matrix."""
    builder = FeatureBuilder(features).fit(data.texts)
    return builder, builder.transform(data.texts, data.hits)


def fit_estimator(
    data: PreparedData,
    builder: FeatureBuilder,
    matrix: sparse.csr_matrix,
    config: TrainingConfig,
) -> NeutralityModel:
    """Fit the logistic regression on a prepared matrix and measure the decisive rules."""
    estimator = LogisticRegression(
        C=config.c,
        class_weight=config.class_weight,
        max_iter=5000,
        random_state=config.seed,
    )
    rows, weights, labels = _with_masked_copies(matrix, data.labels, config.masked_copy_weight)
    estimator.fit(rows, labels, sample_weight=weights)
    precision = _rule_precision(data.texts, data.hits, data.labels) if config.use_rules else {}
    return NeutralityModel(builder, estimator, precision, config)


# The judgement cues with open-ended vocabulary: a new wording is likely to slip past them.
# (Modal verbs, first person and questions are closed classes and stay visible.)
_MASKED_GROUPS = ("evaluative", "need", "prioritising")
_MASKED_COLUMNS = tuple(FEATURE_NAMES.index(group) for group in _MASKED_GROUPS)


def _with_masked_copies(
    matrix: sparse.csr_matrix, labels: list[str], weight: float
) -> tuple[sparse.csr_matrix, np.ndarray, list[str]]:
    """Add a copy of every example with its judgement-cue columns zeroed, weighted ``weight``.

    Without the copies the model learns «no judgement cue → fact», because the cue lexicons cover
    the training wording well; on new wording a missed evaluative word then turns a judgement
    into a fact. The copies make the n-gram features carry the judgement on their own as well.
    """
    ones = np.ones(matrix.shape[0])
    if weight <= 0:
        return matrix, ones, labels
    masked = matrix.tolil(copy=True)
    for column in _MASKED_COLUMNS:
        masked[:, column] = 0
    stacked = sparse.vstack([matrix, masked.tocsr()], format="csr")
    return stacked, np.concatenate([ones, ones * weight]), labels + labels


def fit_model(
    examples: list[Example], config: TrainingConfig, table: CueTable | None = None
) -> NeutralityModel:
    """Fit the vectorisers and the logistic regression, and measure the decisive rules."""
    data = prepare(examples, table)
    builder, matrix = fit_features(data, config.features)
    return fit_estimator(data, builder, matrix, config)


def _rule_precision(
    texts: list[str], hits: list[list[CueHit]], labels: list[str]
) -> dict[str, float]:
    """Precision of each decisive rule on the training data; imprecise rules are left out.

    A rule that never fires on the training data keeps ``UNTESTED_RULE_CONFIDENCE``: it is
    enabled by design (the labelling rules say what it should do), not by evidence.
    """
    fired: Counter[str] = Counter()
    right: Counter[str] = Counter()
    for text, text_hits, label in zip(texts, hits, labels):
        rule = firing_rule(text, text_hits)
        if rule is not None:
            fired[rule] += 1
            right[rule] += int(RULES[rule] == label)
    precision = {}
    for rule in RULES:
        value = right[rule] / fired[rule] if fired[rule] else UNTESTED_RULE_CONFIDENCE
        logger.info("rule %s fired %d times on train, precision %.3f", rule, fired[rule], value)
        if value >= MIN_RULE_PRECISION or not fired[rule]:
            precision[rule] = value
    return precision


def save_model(model: NeutralityModel, path: Path = ARTIFACT_PATH) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    model.builder.strip_caches()
    joblib.dump(model, path, compress=("xz", 6))


def load_model(path: Path = ARTIFACT_PATH) -> NeutralityModel:
    """Load the artifact, or raise :class:`ArtifactError` saying why it cannot be used."""
    if not path.is_file():
        raise ArtifactError(f"no artifact at {path}")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            model = joblib.load(path)
        except (
            OSError,
            EOFError,
            ValueError,
            AttributeError,
            ImportError,
            KeyError,
            pickle.UnpicklingError,
        ) as exc:
            raise ArtifactError(f"cannot read {path}: {exc}") from exc
    if any(issubclass(w.category, InconsistentVersionWarning) for w in caught):
        raise ArtifactError(f"{path} was pickled by another scikit-learn version")
    _check(model, path)
    return model


def _check(model: object, path: Path) -> None:
    if not isinstance(model, NeutralityModel):
        raise ArtifactError(f"{path} does not hold a NeutralityModel")
    if model.artifact_format != ARTIFACT_FORMAT:
        raise ArtifactError(f"{path} has format {model.artifact_format}, need {ARTIFACT_FORMAT}")
    if model.sklearn_version != sklearn.__version__:
        raise ArtifactError(
            f"{path} was built with scikit-learn {model.sklearn_version}, "
            f"this is {sklearn.__version__}"
        )
