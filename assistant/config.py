"""Settings: the only reader of the environment.

Every setting can be given as an environment variable with the prefix ``SAMSPILL_`` (for example
``SAMSPILL_INDEX``) or in a ``.env`` file. Build one :class:`Settings` at start-up and pass it down.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

import platformdirs
from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parent.parent
BUNDLED_CORPUS = REPO_ROOT / "corpus"
ROLES = ("folkevalgt", "planlegger", "leder")
Role = Literal["folkevalgt", "planlegger", "leder"]


def _default_index() -> Path:
    return Path(platformdirs.user_data_dir("samspill")) / "index"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SAMSPILL_", env_file=".env", extra="ignore")

    index: Path = Field(default_factory=_default_index, description="Where the index lives.")
    corpus: Path = Field(default=BUNDLED_CORPUS, description="Bundled corpus ingested into an empty index.")

    # Retrieval
    chunk_chars: int = Field(default=600, ge=200, le=1200, description="Target chunk size in characters.")
    passage_chars: int = Field(default=1200, ge=300, le=4000, description="Largest passage returned.")
    top_k: int = Field(default=5, ge=1, le=20, description="Passages returned per question.")
    dense_weight: float = Field(default=0.3, ge=0.0, le=1.0, description="Weight of the embedding score.")
    gram_weight: float = Field(default=0.7, ge=0.0, le=1.0, description="Share of character-4-gram BM25 in the lexical score.")
    min_evidence: float = Field(default=0.45, ge=0.0, le=1.0, description="Below this, insufficient evidence.")

    # Optional LLM (any OpenAI-compatible endpoint)
    llm_base_url: str | None = Field(default=None, description="e.g. http://localhost:11434/v1")
    llm_model: str | None = None
    llm_api_key: str | None = None
    llm_timeout: float = Field(default=30.0, gt=0)

    # Server
    host: str = "127.0.0.1"
    port: int = 8000
    api_keys: list[str] = Field(default_factory=list, description="Keys accepted in X-API-Key; empty = open.")
    sso_header: str | None = Field(default=None, description="Trusted header set by the reverse proxy.")
    admin_key: str | None = Field(default=None, description="Key for ingest and export (X-Admin-Key).")
    cors_origins: list[str] = Field(default_factory=list, description="Origins allowed to call the API.")
    rate_limit_per_minute: int = Field(default=60, ge=1)
    max_question_chars: int = Field(default=2000, ge=10)
    max_request_bytes: int = Field(default=200_000, ge=1000)
    max_upload_bytes: int = Field(default=20_000_000, ge=1000)
    records_db: Path | None = Field(default=None, description="SQLite file for feedback and logs.")
    log_conversations: bool = False
    retention_days: int = Field(default=90, ge=1)

    # Scale-out: Chroma's own server instead of the embedded client
    chroma_host: str | None = None
    chroma_port: int = 8001

    @field_validator("cors_origins")
    @classmethod
    def _no_wildcard(cls, origins: list[str]) -> list[str]:
        if "*" in origins:
            raise ValueError("SAMSPILL_CORS_ORIGINS kan ikke være «*»; list opp de tillatte adressene.")
        return origins


def configure_offline() -> None:
    """No model may be downloaded at run time: make Hugging Face libraries refuse to try."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
