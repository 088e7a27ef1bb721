"""Feedback and conversation records: retention and export; the rate limiter's bucket over time."""

from __future__ import annotations

import csv
import io
from datetime import datetime, timedelta, timezone

import pytest

from assistant.errors import RateLimited
from assistant.records import Feedback, Records
from assistant.security import Client, RateLimiter


class Clock:
    def __init__(self, start):
        self.now = start

    def __call__(self):
        return self.now


ASK = {"question": "Hva er planstrategi?", "role": "planlegger", "question_label": "fact",
       "answer": "Planstrategien … [1]", "drift": False, "insufficient_evidence": False,
       "sources": [{"path": "corpus/notat/ks-notat-samspill-2024.txt"}]}


def test_rows_older_than_the_retention_period_are_deleted(tmp_path):
    clock = Clock(datetime(2025, 1, 1, tzinfo=timezone.utc))
    records = Records(tmp_path / "records.sqlite3", retention_days=30, clock=clock)
    records.open()
    records.add_feedback(Feedback("up"))
    records.add_conversation(ASK)
    clock.now += timedelta(days=20)
    records.add_feedback(Feedback("down", ["missing_answer"], "leder", "Spørsmål?", "Svar.", "Mangler tall."))
    clock.now += timedelta(days=15)  # the first two are now 35 days old, the third 15
    assert records.purge() == 2
    exported = records.export_json()
    assert [f["rating"] for f in exported["feedback"]] == ["down"] and exported["conversations"] == []
    assert Records(tmp_path / "records.sqlite3", retention_days=30, clock=clock).open() == 0  # start-up purge


def test_conversations_export_as_json_and_csv(tmp_path):
    records = Records(tmp_path / "records.sqlite3", retention_days=90)
    records.open()
    records.add_conversation(ASK)
    row = records.export_json()["conversations"][0]
    assert row["sources"] == ["corpus/notat/ks-notat-samspill-2024.txt"] and row["drift"] is False
    table = list(csv.DictReader(io.StringIO(records.export_csv("conversations"))))
    assert table[0]["question"] == "Hva er planstrategi?" and table[0]["role"] == "planlegger"


def test_feedback_refuses_unknown_ratings_and_reasons():
    with pytest.raises(ValueError):
        Feedback("kanskje")
    with pytest.raises(ValueError):
        Feedback("down", ["stygg"])


def test_token_bucket_allows_a_burst_then_refills_evenly():
    clock = Clock(0.0)
    limiter = RateLimiter(per_minute=6, clock=clock)  # one token every ten seconds
    alice, bob = Client("key:alice"), Client("key:bob")
    for _ in range(6):
        limiter.take(alice)
    with pytest.raises(RateLimited) as refused:
        limiter.take(alice)
    assert refused.value.retry_after == 10
    limiter.take(bob)  # buckets are per client
    clock.now = 10.0
    limiter.take(alice)
    with pytest.raises(RateLimited):
        limiter.take(alice)
