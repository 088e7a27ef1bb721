"""Feedback and (when switched on) conversation logs, in SQLite, kept for a limited time.

Nothing that identifies a person is stored: no IP address, no key, no SSO user. Feedback holds the
question and answer the user rated, because a rating without them cannot be acted on; full
conversation logs are kept only when ``SAMSPILL_LOG_CONVERSATIONS`` is on. Rows older than
``retention_days`` are deleted when the service starts and once a day after that.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import sqlite3
import threading
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Callable, Iterator

log = logging.getLogger(__name__)

RATINGS = ("up", "down")
REASONS = ("wrong_source", "political_bias", "missing_answer")  # feil kilde, politisk slagside, mangler svar
TABLES = ("feedback", "conversations")

SCHEMA = """
CREATE TABLE IF NOT EXISTS feedback (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at TEXT NOT NULL,
    rating TEXT NOT NULL,
    reasons TEXT NOT NULL,
    role TEXT,
    question TEXT,
    answer TEXT,
    comment TEXT
);
CREATE INDEX IF NOT EXISTS feedback_created ON feedback (created_at);
CREATE TABLE IF NOT EXISTS conversations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at TEXT NOT NULL,
    role TEXT NOT NULL,
    question TEXT NOT NULL,
    question_label TEXT,
    answer TEXT NOT NULL,
    drift INTEGER NOT NULL,
    insufficient_evidence INTEGER NOT NULL,
    sources TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS conversations_created ON conversations (created_at);
"""

COLUMNS = {
    "feedback": ("id", "created_at", "rating", "reasons", "role", "question", "answer", "comment"),
    "conversations": ("id", "created_at", "role", "question", "question_label", "answer", "drift",
                      "insufficient_evidence", "sources"),
}
JSON_COLUMNS = {"reasons", "sources"}
BOOL_COLUMNS = {"drift", "insufficient_evidence"}


@dataclass(frozen=True)
class Feedback:
    rating: str
    reasons: list[str] = field(default_factory=list)
    role: str | None = None
    question: str = ""
    answer: str = ""
    comment: str = ""

    def __post_init__(self) -> None:
        if self.rating not in RATINGS:
            raise ValueError(f"rating må være en av {RATINGS}, fikk {self.rating!r}")
        unknown = [r for r in self.reasons if r not in REASONS]
        if unknown:
            raise ValueError(f"ukjente grunner {unknown}; bruk {REASONS}")


def _utc_now() -> datetime:
    return datetime.now(timezone.utc)


class Records:
    """One SQLite file; safe to use from the server's worker threads."""

    def __init__(self, path: Path, retention_days: int, clock: Callable[[], datetime] = _utc_now):
        if retention_days < 1:
            raise ValueError(f"retention_days må være minst 1, fikk {retention_days}")
        self.path = Path(path)
        self.retention_days = retention_days
        self.clock = clock
        self._lock = threading.Lock()

    def open(self) -> int:
        """Create the tables if needed and delete expired rows; returns how many were deleted."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._connect() as db:
            db.execute("PRAGMA journal_mode=WAL")
            db.executescript(SCHEMA)
        return self.purge()

    def add_feedback(self, feedback: Feedback) -> int:
        with self._connect() as db:
            cursor = db.execute(
                "INSERT INTO feedback (created_at, rating, reasons, role, question, answer, comment)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (self._now(), feedback.rating, json.dumps(feedback.reasons), feedback.role,
                 feedback.question, feedback.answer, feedback.comment),
            )
            return int(cursor.lastrowid)

    def add_conversation(self, ask: dict) -> int:
        """Log one ``ask`` object (question, role, labels, answer, cited paths)."""
        with self._connect() as db:
            cursor = db.execute(
                "INSERT INTO conversations (created_at, role, question, question_label, answer, drift,"
                " insufficient_evidence, sources) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (self._now(), ask["role"], ask["question"], ask.get("question_label"), ask["answer"],
                 int(bool(ask.get("drift"))), int(bool(ask.get("insufficient_evidence"))),
                 json.dumps([s.get("path") for s in ask.get("sources", [])], ensure_ascii=False)),
            )
            return int(cursor.lastrowid)

    def purge(self) -> int:
        cutoff = _iso(self.clock() - timedelta(days=self.retention_days))
        with self._connect() as db:
            deleted = sum(db.execute(f"DELETE FROM {table} WHERE created_at < ?", (cutoff,)).rowcount
                          for table in TABLES)
        if deleted:
            log.info("Slettet %s poster eldre enn %s dager", deleted, self.retention_days)
        return deleted

    def rows(self, table: str) -> list[dict]:
        if table not in TABLES:
            raise ValueError(f"ukjent tabell {table!r}; bruk {TABLES}")
        with self._connect() as db:
            cursor = db.execute(f"SELECT {', '.join(COLUMNS[table])} FROM {table} ORDER BY id")
            return [_decode_row(table, row) for row in cursor.fetchall()]

    def export_json(self) -> dict[str, list[dict]]:
        return {table: self.rows(table) for table in TABLES}

    def export_csv(self, table: str) -> str:
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(COLUMNS[table])
        for row in self.rows(table):
            writer.writerow([_csv_cell(row[column]) for column in COLUMNS[table]])
        return out.getvalue()

    def _now(self) -> str:
        return _iso(self.clock())

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        with self._lock, closing(sqlite3.connect(self.path, timeout=10)) as db:
            with db:  # commit on success, roll back on error
                yield db


def _iso(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _decode_row(table: str, row: tuple) -> dict:
    record = dict(zip(COLUMNS[table], row))
    for column in JSON_COLUMNS & record.keys():
        record[column] = json.loads(record[column])
    for column in BOOL_COLUMNS & record.keys():
        record[column] = bool(record[column])
    return record


def _csv_cell(value: object) -> str:
    """Lists joined with «; », and a leading =, +, - or @ defused so a spreadsheet shows it as text."""
    if isinstance(value, list):
        value = "; ".join(str(v) for v in value)
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text
