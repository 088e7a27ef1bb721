"""The command line as a user runs it: the console script, JSON output, batches and exit codes."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from assistant.cli import build_parser, main
from tests.conftest import ROOT


@pytest.fixture
def index_copy(tmp_path, corpus_index_dir):
    target = tmp_path / "index"
    shutil.copytree(corpus_index_dir, target)
    return target


def test_readme_commands_exist_in_the_cli():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = set(build_parser()._subparsers._group_actions[0].choices)
    assert {"ingest", "sources", "ask", "check", "draft", "serve", "eval"} <= commands
    for command in ("ask", "ingest", "sources", "check", "draft"):
        assert f"samspill {command}" in readme
    assert "bash scripts/run.sh" in readme and "bash scripts/test.sh" in readme
    assert "scripts/test.sh" in (ROOT / ".ci" / "run").read_text()


def test_python_m_assistant_is_the_same_program():
    out = subprocess.run([sys.executable, "-m", "assistant", "--help"], capture_output=True, text=True, check=True)
    assert "samspill" in out.stdout and "ingest" in out.stdout


def test_ask_json(index_copy, capsys):
    assert main(["--index", str(index_copy), "ask", "Hva er visjonen i samfunnsdelen?", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["role"] == "folkevalgt" and result["sources"]
    assert "trygt å bli" in result["answer"]


def test_ask_batch_keeps_going_after_a_bad_line(index_copy, tmp_path, capsys):
    batch = tmp_path / "q.jsonl"
    batch.write_text(
        '{"question": "Hva er ledergruppens rolle?", "role": "leder"}\n'
        "ikke json\n"
        '{"question": "Hva er visjonen?", "role": "ordfører"}\n'
        '{"question": "Hvor mange fritidsboliger er det?"}\n',
        encoding="utf-8",
    )
    assert main(["--index", str(index_copy), "ask", "--batch", str(batch)]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(lines) == 4
    assert lines[0]["role"] == "leder" and lines[0]["sources"]
    assert "error" in lines[1] and "Linje 2" in lines[1]["error"]["message"]
    assert "Ukjent rolle" in lines[2]["error"]["message"]
    assert lines[3]["role"] == "folkevalgt"


def test_check_from_stdin(monkeypatch, capsys):
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO("Folketallet økte med 1,1 % i fjor. Kommunen bør bygge ny svømmehall."))
    assert main(["check", "-", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert [s["label"] for s in report["sentences"]] == ["fact", "political_choice"]
    assert report["drift"] is True and report["sentences"][1]["suggestion"]


def test_ingest_reports_per_file_and_exit_codes(tmp_path, capsys):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "ok.md").write_text("# Plan\n\n## Skole\n\nTestvik har tre skoler med 410 elever.\n", encoding="utf-8")
    (docs / "tom.txt").write_text("")
    index = tmp_path / "idx"
    assert main(["--index", str(index), "ingest", str(docs), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["counts"] == {"added": 1, "updated": 0, "unchanged": 0, "failed": 1, "removed": 0}
    assert main(["--index", str(index), "ingest", str(docs / "tom.txt")]) == 1
    assert "filen er tom" in capsys.readouterr().out


def test_bad_usage_exits_2():
    with pytest.raises(SystemExit) as exit_info:
        main(["ask", "Hei", "--role", "ordfører"])
    assert exit_info.value.code == 2
