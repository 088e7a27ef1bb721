"""The on-disk index: idempotent ingest, replacement, removal, failures and crash safety."""

from __future__ import annotations

import json

import pytest

from assistant.errors import IndexError_
from assistant.index import Index
from tests.documents_factory import make_docx, make_html, make_markdown, make_pdf


@pytest.fixture
def folder(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    make_docx(docs / "kg.docx")
    make_markdown(docs / "kultur.md")
    return docs


def _state(root):
    generation = (root / "CURRENT").read_text()
    manifest = json.loads((root / "generations" / generation / "manifest.json").read_text())
    return generation, [(d["path"], d["sha256"]) for d in manifest["documents"]]


def test_ingest_is_idempotent(tmp_path, folder, embedder):
    index = Index(tmp_path / "idx", embedder)
    first = index.ingest([folder])
    assert first.to_dict()["counts"]["added"] == 2
    before = _state(tmp_path / "idx")
    second = index.ingest([folder])
    assert second.to_dict()["counts"] == {"added": 0, "updated": 0, "unchanged": 2, "failed": 0, "removed": 0}
    assert _state(tmp_path / "idx") == before


def test_changed_file_replaces_its_chunks(tmp_path, folder, embedder):
    index = Index(tmp_path / "idx", embedder)
    index.ingest([folder])
    (folder / "kultur.md").write_text("# Kulturplan\n\n## Kino\n\nKinoen hadde 9 000 besøkende i 2023.\n", encoding="utf-8")
    report = index.ingest([folder])
    assert [f.status for f in report.files if f.path.endswith("kultur.md")] == ["updated"]
    texts = " ".join(c.text for c in index.snapshot().chunks)
    assert "Kinoen hadde 9 000" in texts and "Biblioteket hadde 41 000" not in texts
    assert index._chroma().count() == len(index.snapshot())


def test_remove_document(tmp_path, folder, embedder):
    index = Index(tmp_path / "idx", embedder)
    index.ingest([folder])
    shown = next(d.path for d in index.documents() if d.path.endswith("kultur.md"))
    report = index.remove([shown])
    assert report.count("removed") == 1
    assert [d.path.endswith("kg.docx") for d in index.documents()] == [True]
    assert index._chroma().count() == len(index.snapshot())


def test_bad_file_is_reported_and_the_rest_ingested(tmp_path, folder, embedder):
    (folder / "skadet.pdf").write_bytes(b"%PDF-1.4 ikke en ekte pdf")
    (folder / "tom.txt").write_text("")
    index = Index(tmp_path / "idx", embedder)
    report = index.ingest([folder])
    statuses = {f.path.rsplit("/", 1)[-1]: (f.status, f.reason) for f in report.files}
    assert statuses["kg.docx"][0] == "added" and statuses["kultur.md"][0] == "added"
    assert statuses["skadet.pdf"][0] == "failed" and "skadet" in statuses["skadet.pdf"][1]
    assert statuses["tom.txt"][0] == "failed" and "tom" in statuses["tom.txt"][1]
    assert len(index.documents()) == 2


def test_a_failed_replacement_leaves_the_old_version(tmp_path, embedder):
    docs = tmp_path / "docs"
    docs.mkdir()
    path = make_html(docs / "b.html")
    index = Index(tmp_path / "idx", embedder)
    index.ingest([path])
    before = _state(tmp_path / "idx")
    path.write_bytes(b"")
    report = index.ingest([path])
    assert report.files[0].status == "failed"
    assert _state(tmp_path / "idx") == before
    assert "kvikkleire" in " ".join(c.text for c in index.snapshot().chunks)


def test_crash_before_commit_leaves_old_generation(tmp_path, folder, embedder, monkeypatch):
    index = Index(tmp_path / "idx", embedder)
    index.ingest([folder / "kg.docx"])
    before = _state(tmp_path / "idx")

    def crash(*args, **kwargs):
        raise RuntimeError("strømbrudd")

    monkeypatch.setattr("assistant.index._atomic_write", crash)
    with pytest.raises(RuntimeError):
        index.ingest([folder / "kultur.md"])
    monkeypatch.undo()
    reopened = Index(tmp_path / "idx", embedder)
    assert _state(tmp_path / "idx") == before
    assert [d.path.endswith("kg.docx") for d in reopened.documents()] == [True]
    # the next writer cleans up the vectors and the folder the crash left behind
    reopened.ingest([folder / "kg.docx"])
    assert reopened._chroma().count() == len(reopened.snapshot())
    assert not any(p.name.endswith(".tmp") or int(p.name) > int(before[0]) for p in (tmp_path / "idx" / "generations").iterdir())


def test_index_refuses_another_embedding_model(tmp_path, folder, embedder):
    Index(tmp_path / "idx", embedder).ingest([folder / "kg.docx"])

    class Other:
        name = "another/model"
        dimension = embedder.dimension

    with pytest.raises(IndexError_) as error:
        Index(tmp_path / "idx", Other()).snapshot()
    assert "another/model" in error.value.message


def test_an_index_tokenised_by_an_earlier_analyser_is_rebuilt_in_memory(tmp_path, folder, embedder, caplog):
    (folder / "plan.md").write_text("# Plan\n\nDen gjeldende planen ble vedtatt i 2023.\n", encoding="utf-8")
    index = Index(tmp_path / "idx", embedder)
    index.ingest([folder])
    generation, _ = _state(tmp_path / "idx")
    manifest_path = tmp_path / "idx" / "generations" / generation / "manifest.json"
    manifest = json.loads(manifest_path.read_text())
    assert manifest["analyzer"] == index.analyzer.version
    manifest["analyzer"] = "older"
    manifest_path.write_text(json.dumps(manifest))
    # the words on disk are from another analyser: stale tokens would not match today's stems
    (tmp_path / "idx" / "generations" / generation / "bm25").rename(tmp_path / "stale")
    with caplog.at_level("WARNING"):
        snap = Index(tmp_path / "idx", embedder).snapshot()
    assert "tokenisert av en eldre versjon" in caplog.text
    hits = snap.word_scores(index.analyzer.tokens("gjeldende"))
    assert "gjeldende planen" in snap.chunks[int(hits.argmax())].text and hits.max() > 0


def test_pdf_chunks_keep_their_page(tmp_path, embedder):
    path = make_pdf(tmp_path / "sd.pdf", pages=3)
    index = Index(tmp_path / "idx", embedder)
    index.ingest([path])
    pages = {c.section: c.page for c in index.snapshot().chunks}
    assert pages == {"1 Innledning": 1, "2 Visjon og hovedmål": 2, "3 Satsingsområder": 3}
