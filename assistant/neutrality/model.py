"""The trained model: fitting it, and the artifact file it is saved to and loaded from.

The artifact is a compressed joblib file holding the fitted :class:`NeutralityModel`. It records
the scikit-learn version that built it; a different version (or any unpickling trouble) makes
:func:`load_model` raise :class:`ArtifactError` so the caller can retrain instead of running on
a model that may silently behave differently.
"""

from __future__ import annotations

import logging
import warnings
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import joblib
import sklearn
from sklearn.exceptions import InconsistentVersionWarning
from sklearn.linear_model import LogisticRegression

from assistant.neutrality.cues import CueHit, CueTable, find_cues
from assistant.neutrality.dataset import Example
from assistant.neutrality.features import FeatureBuilder, FeatureConfig
from assistant.neutrality.rules import MIN_RULE_PRECISION, RULES, firing_rule

logger = logging.getLogger(__name__)

ARTIFACT_PATH = Path(__file__).with_name("model.joblib")
ARTIFACT_FORMAT = 1


class ArtifactError(Exception):
    """The artifact is missing, unreadable or built by another scikit-learn version."""


@dataclass(frozen=True)
class TrainingConfig:
    """Everything that decides the fitted model; ``train.py`` tunes it on the dev split."""

    features: FeatureConfig = field(default_factory=FeatureConfig)
    c: float = 4.0
    class_weight: str | None = "balanced"
    use_rules: bool = True
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


def fit_model(
    examples: list[Example], config: TrainingConfig, table: CueTable | None = None
) -> NeutralityModel:
    """Fit the vectorisers and the logistic regression, and measure the decisive rules."""
    texts = [example.text for example in examples]
    labels = [example.label for example in examples]
    hits = [find_cues(text, table) for text in texts]
    builder = FeatureBuilder(config.features).fit(texts)
    estimator = LogisticRegression(
        C=config.c,
        class_weight=config.class_weight,
        max_iter=5000,
        random_state=config.seed,
    )
    estimator.fit(builder.transform(texts, hits), labels)
    precision = _rule_precision(texts, hits, labels) if config.use_rules else {}
    return NeutralityModel(builder, estimator, precision, config)


def _rule_precision(
    texts: list[str], hits: list[list[CueHit]], labels: list[str]
) -> dict[str, float]:
    """Precision of each decisive rule on the training data; weak rules are left out."""
    fired: Counter[str] = Counter()
    right: Counter[str] = Counter()
    for text, text_hits, label in zip(texts, hits, labels):
        rule = firing_rule(text, text_hits)
        if rule is not None:
            fired[rule] += 1
            right[rule] += int(RULES[rule] == label)
    precision = {rule: right[rule] / fired[rule] for rule in fired}
    for rule, value in sorted(precision.items()):
        logger.info("rule %s fired %d times, precision %.3f", rule, fired[rule], value)
    return {rule: value for rule, value in precision.items() if value >= MIN_RULE_PRECISION}


def save_model(model: NeutralityModel, path: Path = ARTIFACT_PATH) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    joblib.dump(model, path, compress=("xz", 6))


def load_model(path: Path = ARTIFACT_PATH) -> NeutralityModel:
    """Load the artifact, or raise :class:`ArtifactError` saying why it cannot be used."""
    if not path.is_file():
        raise ArtifactError(f"no artifact at {path}")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            model = joblib.load(path)
        except (OSError, EOFError, ValueError, AttributeError, ImportError, KeyError) as exc:
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
