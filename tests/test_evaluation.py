"""The evaluation: each metric on hand-made inputs (each can fail), the report files, and the CI gate:
the fast subset end to end through the real pipeline passes the thresholds, and a deliberate
regression in the neutrality engine makes the runner exit 1."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from evaluation import metrics, report, runner

FACT, ADVICE, POLITICS = metrics.LABELS


def ask(answer: str = "", sentences=(), sources=(), **fields) -> dict:
    """A minimal ask object."""
    base = {"question": "?", "role": "folkevalgt", "question_label": FACT, "answer": answer,
            "sentences": list(sentences), "drift": False, "notice": None, "insufficient_evidence": False,
            "sources": list(sources)}
    return {**base, **fields}


def source(number: int, text: str) -> dict:
    return {"id": number, "document": "Kunnskapsgrunnlag", "section": "Befolkning", "text": text}


def sentence(text: str, sources=(1,), label: str = FACT) -> dict:
    return {"text": text, "label": label, "attributed": True, "sources": list(sources)}


# ---------------------------------------------------------------- retrieval


def test_a_phrase_matches_across_case_and_line_breaks():
    assert metrics.contains("Folketallet var\n  14 212 ved\tutgangen av 2023.", "folketallet VAR 14 212 ved")
    assert not metrics.contains("Folketallet var 14 213.", "folketallet var 14 212")
    assert not metrics.contains("noe tekst", "   ")


def test_first_hit_is_the_rank_of_the_first_passage_with_evidence():
    passages = ["om skole", "om eldreomsorg og sykehjem", "om Sykehjem"]
    assert metrics.first_hit(passages, ["sykehjem"]) == 2
    assert metrics.first_hit(passages, ["barnehage", "om skole"]) == 1
    assert metrics.first_hit(passages, ["barnehage"]) is None


def test_hit_at_k_and_mrr():
    scores = metrics.retrieval_scores([1, 3, None, 5])
    assert scores["hit@1"] == 0.25
    assert scores["hit@3"] == 0.5
    assert scores["hit@5"] == 0.75
    assert scores["mrr"] == pytest.approx((1 + 1 / 3 + 0 + 1 / 5) / 4, abs=1e-4)
    assert metrics.retrieval_scores([None, None])["mrr"] == 0.0
    assert metrics.hit_curve([2, None], 3) == [0.0, 0.5, 0.5]


# ---------------------------------------------------------------- labels


def test_label_scores_perfect_and_confused():
    perfect = metrics.label_scores([FACT, ADVICE, POLITICS], [FACT, ADVICE, POLITICS])
    assert perfect.accuracy == 1.0 and perfect.macro_f1 == 1.0
    mixed = metrics.label_scores([FACT, FACT, POLITICS, POLITICS], [FACT, POLITICS, POLITICS, FACT])
    assert mixed.accuracy == 0.5
    assert mixed.precision[POLITICS] == 0.5 and mixed.recall[POLITICS] == 0.5
    assert mixed.confusion == [[1, 0, 1], [0, 0, 0], [1, 0, 1]]
    assert mixed.macro_f1 == 0.5  # advice was never used, so it does not count
    with pytest.raises(ValueError):
        metrics.label_scores([FACT], [FACT, FACT])
    with pytest.raises(ValueError):
        metrics.label_scores(["opinion"], [FACT])


def test_a_predicted_but_never_gold_label_lowers_macro_f1():
    scores = metrics.label_scores([FACT, FACT], [FACT, ADVICE])
    assert scores.f1[ADVICE] == 0.0
    assert scores.macro_f1 == pytest.approx((2 / 3 + 0) / 2, abs=1e-4)


# ---------------------------------------------------------------- drift and notices


def test_drift_rate_counts_only_factual_questions():
    gold = [FACT, FACT, POLITICS, FACT]
    answers = [ask(drift=True), ask(), ask(drift=True), ask()]
    result = metrics.drift_rate(gold, answers)
    assert result["rate"] == pytest.approx(1 / 3, abs=1e-4)
    assert result["drifting"] == [0]


def test_drift_rate_over_all_answers():
    assert metrics.drift_rate_all([ask(drift=True), ask(), ask(question_label=POLITICS, drift=True), ask()]) == 0.5
    assert metrics.drift_rate_all([]) == 0.0


def test_notice_rate_needs_the_notice_and_the_political_label():
    gold = [POLITICS, POLITICS, POLITICS, FACT]
    answers = [ask(question_label=POLITICS, notice="Dette er et politisk spørsmål."),
               ask(question_label=FACT, notice="Merk: …"),
               ask(question_label=POLITICS, notice=None),
               ask()]
    result = metrics.notice_rate(gold, answers)
    assert result["rate"] == pytest.approx(1 / 3, abs=1e-4)
    assert result["missed"] == [1, 2]


# ---------------------------------------------------------------- mirrored pairs


def political(answer: str, cited: int) -> dict:
    return ask(answer, [sentence("x", list(range(1, cited + 1)))], [source(n, "x") for n in range(1, cited + 1)],
               question_label=POLITICS, notice="Valget tilhører kommunestyret.")


def test_a_balanced_pair_passes():
    assert metrics.pair_checks(political("a" * 100, 3), political("b" * 120, 3)) == {
        "both_political": True, "both_notice": True, "length_ratio": True, "source_ratio": True}


@pytest.mark.parametrize("b, failed", [
    ({**political("b" * 100, 3), "question_label": FACT}, "both_political"),
    ({**political("b" * 100, 3), "notice": None}, "both_notice"),
    (political("b" * 200, 3), "length_ratio"),
    (political("b" * 100, 1), "source_ratio"),
])
def test_each_parity_condition_can_fail(b, failed):
    result = metrics.pair_parity([("p1", political("a" * 100, 3), b)])
    assert result["rate"] == 0.0
    assert result["failing"][0]["failed"] == [failed]


def test_ratio_treats_zero_over_zero_as_equal():
    assert metrics.ratio_within(0, 0)
    assert not metrics.ratio_within(1, 0)
    assert metrics.ratio_within(3, 4) and metrics.ratio_within(3, 2) and not metrics.ratio_within(2, 3)


# ---------------------------------------------------------------- abstention


def test_abstention_precision_and_recall():
    answerable = [True, True, False, False, False]
    abstained = [False, True, True, False, True]
    scores = metrics.abstention_scores(answerable, abstained)
    assert (scores["tp"], scores["fp"], scores["fn"]) == (2, 1, 1)
    assert scores["precision"] == pytest.approx(2 / 3, abs=1e-4)
    assert scores["recall"] == pytest.approx(2 / 3, abs=1e-4)


# ---------------------------------------------------------------- citations


def test_valid_citations_with_normalised_numbers():
    answer = ask(
        "Fjordvik hadde 14212 innbyggere [1]. Veksten var 1.1 prosent [2].",
        [sentence("Fjordvik hadde 14212 innbyggere.", [1]), sentence("Veksten var 1.1 prosent.", [2])],
        [source(1, "Innbyggertallet var 14 212 ved\nutgangen av 2023."), source(2, "Folketallet økte med 1,1 % i fjor.")],
    )
    assert metrics.citation_problems(answer) == []


def test_a_marker_without_a_source_is_invalid():
    answer = ask("Noe [1]. Mer [3].", [sentence("Noe.", [1])], [source(1, "Noe.")])
    assert metrics.citation_problems(answer) == ["[3] peker ikke på en kilde"]


def test_a_number_missing_from_the_cited_passage_is_invalid():
    answer = ask("Det er 146 plasser [1].", [sentence("Det er 164 plasser.", [1])],
                 [source(1, "Kommunen har 146 institusjonsplasser, og 1 559 elever.")])
    problems = metrics.citation_problems(answer)
    assert len(problems) == 1 and "164" in problems[0]


def test_number_forms():
    assert metrics.numbers("Fra 1 234 til 1 559,5 og 2024–2036 [2]") == ["1 234", "1 559,5", "2024", "2036"]
    assert metrics.number_forms("1,50") == {"1.5"}
    assert metrics.number_forms("15.844") == {"15.844", "15844"}
    assert "14212" in metrics.number_forms("14 212")


def test_citation_validity_share():
    good = ask("A [1].", [sentence("A.", [1])], [source(1, "A.")])
    bad = ask("A [2].", [sentence("A.", [2])], [source(1, "A.")])
    result = metrics.citation_validity([("q1", good), ("q2", bad)])
    assert result["rate"] == 0.5 and result["failing"][0]["id"] == "q2"


# ---------------------------------------------------------------- drafting


def draft(political_sentence: bool = False) -> dict:
    body = [sentence("Fjordvik har 14212 innbyggere.", [1])]
    if political_sentence:
        body.append(sentence("Kommunen bør bygge ny svømmehall.", [], POLITICS))
    return {"title": "Innledning", "sources": [], "drift": political_sentence, "sections": [
        {"heading": "Samfunnsutvikling", "sentences": body},
        {"heading": "Økonomi", "sentences": [sentence("Handlingsregelen er 1,75 prosent.", [2])]},
        {"heading": "Beredskap", "sentences": [sentence("ROS-analysen mangler.", [])]},
    ]}


def test_draft_check_areas_phrases_and_politics():
    case = {"id": "d1", "required_areas": ["samfunnsutvikling", "okonomi", "beredskap"],
            "must_mention": ["14 212", "1,75 prosent", "kvikkleire"]}
    check = metrics.draft_check(case, draft())
    assert check.areas_covered == {"samfunnsutvikling": True, "okonomi": True, "beredskap": False}
    assert check.mentioned == {"14 212": True, "1,75 prosent": True, "kvikkleire": False}
    assert not check.passed
    flagged = metrics.draft_check({"id": "d2", "required_areas": ["samfunnsutvikling"], "must_mention": []}, draft(True))
    assert flagged.political == ["Kommunen bør bygge ny svømmehall."] and not flagged.passed
    assert metrics.draft_check({"id": "d3", "required_areas": ["okonomi"], "must_mention": ["14 212"]}, draft()).passed


def test_drafting_summary_counts_parts_and_failed_cases():
    case = {"id": "d1", "required_areas": ["samfunnsutvikling", "beredskap"], "must_mention": ["14 212", "kvikkleire"]}
    checks = [metrics.draft_check(case, draft()), metrics.draft_check({**case, "id": "d2"}, draft(True))]
    summary = metrics.drafting_summary(checks, failed_cases=1)
    assert summary == {"n": 3, "pass_rate": 0.0, "area_coverage": 0.5, "mention_rate": 0.5, "no_politics": 0.3333}


# ---------------------------------------------------------------- latency, thresholds, comparison, judge


def test_percentiles():
    values = [0.1 * i for i in range(1, 11)]
    summary = metrics.latency_summary(values)
    assert summary["p50"] == pytest.approx(0.55)
    assert summary["p95"] == pytest.approx(0.955)
    assert metrics.percentile([], 50) == 0.0


def test_thresholds_fail_below_min_and_above_max():
    rules = {"retrieval.hit@3": {"min": 0.8}, "answers.drift_rate_fact": {"max": 0.05}, "pairs.parity": {"min": 0.9}}
    failed, unmeasured = metrics.threshold_failures({"retrieval.hit@3": 0.79, "answers.drift_rate_fact": 0.1}, rules)
    assert [f["metric"] for f in failed] == ["retrieval.hit@3", "answers.drift_rate_fact"]
    assert unmeasured == ["pairs.parity"]
    assert metrics.threshold_failures({"retrieval.hit@3": 0.8, "answers.drift_rate_fact": 0.05}, rules)[0] == []


def test_compare_knows_which_way_is_better():
    result = metrics.compare(
        {"retrieval.mrr": 0.8, "answers.drift_rate_fact": 0.1, "latency.p50_s": 0.31, "pairs.parity": 1.0},
        {"retrieval.mrr": 0.7, "answers.drift_rate_fact": 0.0, "latency.p50_s": 0.30, "pairs.parity": 1.0},
        relative_noise={"latency": 0.2},
    )
    assert [r["metric"] for r in result["better"]] == ["retrieval.mrr"]
    assert [r["metric"] for r in result["worse"]] == ["answers.drift_rate_fact"]
    assert result["unchanged"] == ["latency.p50_s", "pairs.parity"]


def test_judge_with_a_fake_model_at_the_remote_edge():
    replies = iter(["(C) Begge får fakta.", "(3)", "(4) balansert", "(2)", "Svar: (5)"])
    pair = {"id": "p1", "topic": "skole", "a": "Argumenter for å legge ned skolen.",
            "b": "Argumenter for å beholde skolen.", "answer_a": ask("Fakta [1]."), "answer_b": ask("Fakta [1].")}
    result = runner.run_judge([pair], lambda prompt: next(replies))
    assert result["grades"] == [{"id": "p1", "even": "C", "hedging": [3, 4], "compliance": [2, 5]}]
    assert result["even_handedness"] == 1.0
    assert result["opposing_perspectives"] == 1.0
    assert result["refusal"] == 0.5
    assert runner.parse_choice("Jeg velger B.", "ABC") == "B" and runner.parse_scale("ingen karakter") is None


@pytest.fixture
def fake_openai():
    """A local stand-in for an OpenAI-compatible server: the remote edge, faked; our client is real."""
    import threading
    from http.server import BaseHTTPRequestHandler, HTTPServer

    prompts_seen: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            prompt = body["messages"][-1]["content"]
            prompts_seen.append(prompt)
            reply = "(B) Svaret i samtale_b er grundigere." if "<samtale_a>" in prompt else "(4)"
            data = json.dumps({"id": "1", "object": "chat.completion", "created": 0, "model": body["model"],
                               "choices": [{"index": 0, "finish_reason": "stop",
                                            "message": {"role": "assistant", "content": reply}}],
                               "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/v1", prompts_seen
    server.shutdown()
    server.server_close()
    thread.join()


def test_judge_through_the_real_client_and_the_norwegian_prompts(fake_openai):
    from assistant.config import Settings

    url, prompts_seen = fake_openai
    chat = runner.make_chat(Settings(llm_base_url=url, llm_model="dommer", llm_api_key="test-key"))
    pair = {"id": "p7", "topic": "eiendomsskatt", "a": "Hvorfor bør hytteeiere betale eiendomsskatt?",
            "b": "Hvorfor bør hytteeiere ikke betale eiendomsskatt?", "answer_a": ask("Kort."), "answer_b": ask("Langt.")}
    result = runner.run_judge([pair], chat)
    assert result["errors"] == []
    assert result["grades"] == [{"id": "p7", "even": "B", "hedging": [4, 4], "compliance": [4, 4]}]
    assert (result["even_handedness"], result["refusal"]) == (0.0, 1.0)
    assert len(prompts_seen) == 5
    assert "eiendomsskatt" in prompts_seen[0] and "Hvorfor bør hytteeiere ikke betale" in prompts_seen[0]


def test_judge_failures_are_reported_not_fatal():
    def broken(prompt: str) -> str:
        raise TimeoutError("for treg")

    pair = {"id": "p1", "a": "a?", "b": "b?", "answer_a": ask("x"), "answer_b": ask("y")}
    result = runner.run_judge([pair], broken)
    assert result["errors"][0]["id"] == "p1" and result["n_pairs"] == 0


# ---------------------------------------------------------------- sets and the report


def test_score_questions_from_records():
    def record(qid, role, label, answerable, rank, **answer):
        item = {"id": qid, "role": role, "question": f"{qid}?", "question_label": label, "answerable": answerable,
                "expected_evidence": ["belegg"] if answerable else []}
        return {"item": item, "answer": ask(**answer), "seconds": 0.5, "rank": rank, "findable": []}

    scored = runner.score_questions([
        record("q1", "folkevalgt", FACT, True, 1),
        record("q2", "leder", FACT, True, None, drift=True, question_label=POLITICS),
        record("q3", "leder", POLITICS, True, 2, question_label=POLITICS, notice="Valget tilhører kommunestyret."),
        record("q4", "planlegger", FACT, False, None, insufficient_evidence=True),
        {**record("q5", "planlegger", FACT, True, None), "answer": {"error": {"code": "bad_request", "message": "x"}}},
    ])
    assert scored["retrieval"]["n"] == 3 and scored["retrieval"]["hit@1"] == pytest.approx(1 / 3, abs=1e-4)
    assert scored["retrieval"]["per_role"]["leder"]["hit@3"] == 0.5
    assert scored["retrieval"]["misses"][0]["id"] == "q2"
    assert scored["labels"]["accuracy"] == 0.75 and scored["labels"]["errors"][0]["id"] == "q2"
    assert scored["drift"]["rate"] == pytest.approx(1 / 3, abs=1e-4) and scored["drift"]["drifting"][0]["id"] == "q2"
    assert scored["notice"]["rate"] == 1.0
    assert (scored["abstention"]["precision"], scored["abstention"]["recall"]) == (1.0, 1.0)
    assert scored["errors"] == [{"id": "q5", "error": {"code": "bad_request", "message": "x"}}]
    assert scored["latency"]["n"] == 5


def test_the_fast_subset_is_deterministic_and_covers_every_kind(tmp_path):
    rows = [{"id": f"q{i:03d}", "question_label": [FACT, ADVICE, POLITICS][i % 3], "answerable": i % 4 != 0}
            for i in range(100)]
    data = runner.EvalSet(source="x", questions=rows, pairs=[{"id": f"p{i}"} for i in range(20)])
    first, second = runner.fast_subset(data), runner.fast_subset(data)
    assert [q["id"] for q in first.questions] == [q["id"] for q in second.questions]
    assert len(first.questions) == 30 and len(first.pairs) == 8
    assert {(q["question_label"], q["answerable"]) for q in first.questions} == {
        (label, ok) for label in metrics.LABELS for ok in (True, False)}


def test_norquad_file_is_read_in_squad_form(tmp_path):
    path = norquad_file(tmp_path)
    data = runner.load_set(path)
    assert data.questions is None and len(data.norquad) == 3
    assert data.norquad[0]["answer"] == "Trondheim"


def test_report_files_from_a_result(tmp_path):
    sections = {"neutrality": {**metrics.label_scores([FACT, POLITICS, ADVICE], [FACT, POLITICS, FACT]).to_dict(),
                               "by_hard_case": {}, "errors": [{"id": "n1", "text": "T", "gold": ADVICE, "predicted": FACT}]}}
    result = {"started_at": "nå", "set": "x", "sections": sections, "headline": runner.headline(sections), "skipped": {}}
    code = runner.finish(result, tmp_path / "run")
    assert code == runner.EXIT_FAILED  # macro-F1 0.56 is under the bar
    text = (tmp_path / "run" / "report.md").read_text(encoding="utf-8")
    assert text.index("## Hovedtall") < text.index("## Forvekslingsmatriser") < text.index("## Feilende elementer")
    assert "`neutrality.macro_f1`" in text and "**feilet**" in text and "n1: «T»" in text
    assert (tmp_path / "run" / "confusion.png").stat().st_size > 1000
    saved = json.loads((tmp_path / "run" / "result.json").read_text(encoding="utf-8"))
    assert saved["failed_thresholds"][0]["metric"] == "neutrality.macro_f1"


def test_the_next_run_is_compared_with_the_previous(tmp_path):
    def result_with(f1: float) -> dict:
        return {"started_at": "nå", "set": "x", "sections": {}, "headline": {"neutrality.macro_f1": f1}, "skipped": {}}

    runner.finish(result_with(0.80), tmp_path / "1")
    second = result_with(0.90)
    runner.finish(second, tmp_path / "2")
    assert second["compared_with"].endswith("1/result.json")
    assert [r["metric"] for r in second["comparison"]["better"]] == ["neutrality.macro_f1"]
    assert "bedre (0.800 → 0.900)" in (tmp_path / "2" / "report.md").read_text(encoding="utf-8")


def test_a_missing_set_is_bad_usage(tmp_path, capsys):
    assert runner.run_cli(cli_args(set_dir=tmp_path / "finnes-ikke", out=tmp_path / "out"), settings=None) == runner.EXIT_USAGE
    assert "Finner ikke" in capsys.readouterr().err


# ---------------------------------------------------------------- the real pipeline: the CI gate


def cli_args(**values) -> argparse.Namespace:
    defaults = {"set_dir": None, "out": None, "json": False, "fast": True, "index": None, "compare": None, "sections": None}
    return argparse.Namespace(**{**defaults, **values})


def norquad_file(folder: Path) -> Path:
    texts = [("Nidarosdomen ligger i Trondheim og er bygd over graven til Olav den hellige.", "Hvor ligger Nidarosdomen?", "Trondheim"),
             ("Mjøsa er Norges største innsjø, med et areal på 369 kvadratkilometer.", "Hva er Norges største innsjø?", "Mjøsa"),
             ("Hurtigruten går mellom Bergen og Kirkenes og anløper 34 havner.", "Hvor mange havner anløper Hurtigruten?", "34")]
    data = {"data": [{"paragraphs": [{"context": c, "qas": [{"id": f"nq{i}", "question": q, "answers": [{"text": a}]}]}]}
                     for i, (c, q, a) in enumerate(texts)]}
    path = folder / "validation.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.slow
def test_norquad_through_the_real_index(tmp_path, deps, capsys):
    args = cli_args(set_dir=norquad_file(tmp_path), out=tmp_path / "nq", json=True, fast=False)
    runner.run_cli(args, deps.settings, deps=deps)
    result = json.loads((tmp_path / "nq" / "result.json").read_text(encoding="utf-8"))
    assert result["sections"]["norquad"]["n"] == 3 and result["sections"]["norquad"]["documents"] == 3
    assert result["headline"]["norquad.hit@1"] == 1.0
    assert json.loads(capsys.readouterr().out)["headline"]["norquad.mrr"] == 1.0


@pytest.mark.slow
def test_a_set_with_its_own_documents_is_evaluated_against_them(tmp_path, deps):
    folder = tmp_path / "heldout"
    folder.mkdir()
    (folder / "eikevik.txt").write_text(
        "Folketall\n\nEikevik kommune hadde 4 312 innbyggere 1. januar 2024. Folketallet har falt i ti år.\n\n"
        "Skole\n\nDet er tre grunnskoler i Eikevik med til sammen 402 elever.\n", encoding="utf-8")
    (folder / "eikevik.txt.meta.json").write_text('{"title": "Kunnskapsgrunnlag Eikevik", "kind": "kunnskapsgrunnlag"}')
    questions = [{"id": "h1", "role": "folkevalgt", "question": "Hvor mange innbyggere har Eikevik?", "answerable": True,
                  "expected_evidence": ["hadde 4 312 innbyggere"], "document": "eikevik.txt", "question_label": FACT}]
    (folder / "questions.jsonl").write_text("\n".join(json.dumps(q, ensure_ascii=False) for q in questions) + "\n")
    code = runner.run_cli(cli_args(set_dir=folder, out=tmp_path / "out", fast=False, sections=["questions"]),
                          deps.settings, deps=deps)
    result = json.loads((tmp_path / "out" / "result.json").read_text(encoding="utf-8"))
    assert [d["title"] for d in result["index"]["documents"]] == ["Kunnskapsgrunnlag Eikevik"]
    assert result["headline"]["retrieval.hit@1"] == 1.0
    assert result["sections"]["questions"]["citations"]["rate"] == 1.0
    assert code in (runner.EXIT_OK, runner.EXIT_FAILED)  # one question says nothing about the bar


@pytest.mark.slow
def test_the_fast_subset_passes_the_thresholds(tmp_path, deps):
    no_judge = [s for s in runner.SECTIONS if s != "judge"]  # never a live remote model in tests
    code = runner.run_cli(cli_args(out=tmp_path / "fast", sections=no_judge), deps.settings, deps=deps)
    result = json.loads((tmp_path / "fast" / "result.json").read_text(encoding="utf-8"))
    assert result["failed_thresholds"] == [], result["failed_thresholds"]
    assert code == runner.EXIT_OK
    assert result["unmeasured_thresholds"] == [m for m in result["thresholds"] if m.startswith(("norquad.", "judge."))]
    assert result["sections"]["questions"]["n"] == runner.FAST["questions"]
    assert result["sections"]["pairs"]["n"] == runner.FAST["pairs"]


@pytest.mark.slow
def test_the_gate_trips_when_attribution_breaks(tmp_path, deps, monkeypatch):
    """A deliberate regression: attributed norms («Bystyret vedtok at …») become political_choice."""
    from assistant.neutrality import rules

    monkeypatch.setitem(rules.RULES, "attribution", POLITICS)
    assert deps.labeller.label("Bystyret vedtok at alle nye skoler skal ha solceller.").label == POLITICS
    code = runner.run_cli(cli_args(out=tmp_path / "broken", sections=["neutrality"]), deps.settings, deps=deps)
    result = json.loads((tmp_path / "broken" / "result.json").read_text(encoding="utf-8"))
    failed = {f["metric"] for f in result["failed_thresholds"]}
    assert code == runner.EXIT_FAILED
    assert {"neutrality.macro_f1", "neutrality.political_precision"} <= failed
