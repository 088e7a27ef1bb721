"""The optional LLM path, end to end against a small OpenAI-compatible server started here.

The remote LLM is the one edge that cannot run on this machine; everything else is real.
"""

from __future__ import annotations

import json
import socket
import time

import pytest
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, StreamingResponse

from tests.serving import serve_in_thread

SCRIPTS = {
    "drift": "Kommunestyret har pekt ut fire satsingsområder for valgperioden 2023–2027 [1]. "
             "Kommunen bør legge ned Nordvik skole og bygge en ny svømmehall.",
    "phantom": "Netto driftsresultat var 0,6 prosent i 2023 [9].",
    "good": "Kommunestyret har pekt ut fire satsingsområder for valgperioden 2023–2027 [1].",
}


def _fake_llm() -> FastAPI:
    app = FastAPI()

    @app.post("/v1/chat/completions")
    async def complete(request: Request):
        body = await request.json()
        question = body["messages"][-1]["content"]
        if "SAKTE" in question:
            time.sleep(3)
        if "GARBAGE" in question:
            return JSONResponse({"nonsense": True}, status_code=500)
        key = next((k for k in SCRIPTS if f"[{k.upper()}]" in question), "good")
        text = SCRIPTS[key]
        if body.get("stream"):
            def events():
                for word in text.split(" "):
                    chunk = {"id": "x", "object": "chat.completion.chunk", "created": 0, "model": "fake",
                             "choices": [{"index": 0, "delta": {"content": word + " "}, "finish_reason": None}]}
                    yield f"data: {json.dumps(chunk)}\n\n"
                yield "data: [DONE]\n\n"
            return StreamingResponse(events(), media_type="text/event-stream")
        return {"id": "x", "object": "chat.completion", "created": 0, "model": "fake",
                "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}]}

    return app


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def llm_url():
    with serve_in_thread(_fake_llm(), "fake-llm") as url:
        yield f"{url}/v1"


@pytest.fixture
def llm_deps(deps, llm_url):
    from dataclasses import replace

    from assistant.config import Settings
    from assistant.llm import ChatClient

    settings = Settings(index=deps.settings.index, llm_base_url=llm_url, llm_model="fake", llm_timeout=1.5)
    return replace(deps, settings=settings, llm=ChatClient(settings))


def ask(llm_deps, question):
    from assistant.answering import answer

    return answer(question, "folkevalgt", llm_deps)


def test_good_llm_answer_is_labelled_and_supported(llm_deps):
    result = ask(llm_deps, "Hvilke satsingsområder har kommunestyret valgt for valgperioden?")
    assert result.mode == "llm"
    assert result.sentences[0].supported and result.sentences[0].sources == [1]
    assert result.sources[0].id == 1 and "satsingsområder" in result.sources[0].text
    assert result.drift is False


def test_drift_into_politics_is_caught(llm_deps):
    result = ask(llm_deps, "Hvilke satsingsområder har kommunestyret valgt for valgperioden? [DRIFT]")
    assert result.mode == "llm" and result.drift is True
    flagged = [s for s in result.sentences if s.label == "political_choice" and not s.attributed]
    assert flagged and "svømmehall" in flagged[0].text
    assert "svømmehall" in result.notice and "kommunestyret" in result.notice


def test_citing_a_source_it_was_not_given_is_caught(llm_deps):
    result = ask(llm_deps, "Hva var netto driftsresultat i 2023? [PHANTOM]")
    assert result.mode == "llm"
    assert "[9]" not in result.answer
    assert result.sentences[0].supported is False and result.sentences[0].sources == []
    assert "støtte i kildene" in result.notice


@pytest.mark.parametrize("trigger", ["SAKTE", "GARBAGE"])
def test_slow_or_broken_llm_falls_back_to_extractive(llm_deps, trigger):
    result = ask(llm_deps, f"Hvilke satsingsområder har kommunestyret valgt for valgperioden? {trigger}")
    assert result.mode == "extractive"
    assert result.notice.startswith("Språkmodellen svarte ikke")
    assert result.sources


def test_llm_down_falls_back(deps):
    from dataclasses import replace

    from assistant.answering import answer
    from assistant.config import Settings
    from assistant.llm import ChatClient

    settings = Settings(index=deps.settings.index, llm_base_url=f"http://127.0.0.1:{_free_port()}/v1", llm_model="x")
    result = answer("Hva er visjonen i samfunnsdelen?", "folkevalgt", replace(deps, settings=settings, llm=ChatClient(settings)))
    assert result.mode == "extractive" and "Språkmodellen svarte ikke" in result.notice
