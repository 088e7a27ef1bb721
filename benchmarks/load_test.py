"""Bounded load on loopback: 20 concurrent clients for 60 s against /api/ask, then /api/ask/stream.

    .venv/bin/python benchmarks/load_test.py [--size 10000] [--clients 20] [--seconds 60]

Starts the real server (``samspill serve``: uvicorn, one worker) on 127.0.0.1 over the cached
synthetic index of ``--size`` chunks (``synthetic.py``), with a rate limit high enough not to
interfere, warms it up, then runs the two phases one after the other. Each client is a loop:
send a question (they rotate through ``bench_ask.QUESTIONS`` and the three roles), wait for the
whole answer, send the next. For the stream, a request counts as done when the ``done`` event has
arrived; the time to the first event is reported too. Anything but a 200 with a complete answer
is an error. Only ever run against 127.0.0.1.

Targets: 0 errors, p95 ≤ 1.5 s.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synthetic  # noqa: E402
from bench_ask import QUESTIONS, ROLES, SAMSPILL, _free_port, _hwm_mb, _wait_for  # noqa: E402

HOST = "127.0.0.1"


@dataclass
class Phase:
    name: str
    seconds: float = 0.0
    latencies: list[float] = field(default_factory=list)
    first_event: list[float] = field(default_factory=list)
    errors: Counter = field(default_factory=Counter)

    def row(self) -> str:
        n = len(self.latencies)
        p = lambda share: synthetic.percentile(self.latencies, share) * 1000  # noqa: E731
        first = f"{synthetic.percentile(self.first_event, 0.5) * 1000:.0f}" if self.first_event else "–"
        errors = sum(self.errors.values())
        return (f"| `{self.name}` | {n} | {n / self.seconds:.2f} | {p(0.5):.0f} | {p(0.95):.0f} | {p(0.99):.0f} | "
                f"{max(self.latencies) * 1000:.0f} | {first} | {errors}{' ' + dict(self.errors).__repr__() if errors else ''} |")


async def ask_client(client, number: int, stop: float, phase: Phase, stream: bool) -> None:
    import httpx

    turn = number
    while time.perf_counter() < stop:
        body = {"question": QUESTIONS[turn % len(QUESTIONS)], "role": ROLES[turn % len(ROLES)]}
        turn += len(ROLES) + 1
        started = time.perf_counter()
        try:
            if stream:
                await read_stream(client, body, phase, started)
            else:
                response = await client.post("/api/ask", json=body)
                if response.status_code != 200:
                    phase.errors[f"HTTP {response.status_code}"] += 1
                    continue
                if not response.json().get("answer"):
                    phase.errors["empty answer"] += 1
                    continue
        except httpx.HTTPError as exc:
            phase.errors[type(exc).__name__] += 1
            continue
        except _StreamError as exc:
            phase.errors[str(exc)] += 1
            continue
        phase.latencies.append(time.perf_counter() - started)


class _StreamError(Exception):
    pass


async def read_stream(client, body: dict, phase: Phase, started: float) -> None:
    async with client.stream("POST", "/api/ask/stream", json=body) as response:
        if response.status_code != 200:
            raise _StreamError(f"HTTP {response.status_code}")
        events, first, event = [], None, None
        async for line in response.aiter_lines():
            if line.startswith("event:"):
                event = line[6:].strip()
                if first is None:
                    first = time.perf_counter() - started
            elif line.startswith("data:") and event == "done":
                events.append(json.loads(line[5:]))
        if not events or not events[-1].get("answer"):
            raise _StreamError("no done event")
        phase.first_event.append(first)


async def run_phase(url: str, clients: int, seconds: float, stream: bool) -> Phase:
    import httpx

    phase = Phase("/api/ask/stream" if stream else "/api/ask")
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=url, timeout=httpx.Timeout(120.0), limits=limits) as client:
        started = time.perf_counter()
        stop = started + seconds
        await asyncio.gather(*(ask_client(client, n, stop, phase, stream) for n in range(clients)))
        phase.seconds = time.perf_counter() - started
    return phase


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=10_000, help="synthetic index size in chunks")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    synthetic.quiet_logs()
    info = synthetic.build_index([args.size])[args.size]
    port = _free_port()
    work = Path(tempfile.mkdtemp(prefix="samspill-load-"))
    env = dict(os.environ, SAMSPILL_RATE_LIMIT_PER_MINUTE="10000000", SAMSPILL_RECORDS_DB=str(work / "records.sqlite3"))
    log_path = work / "server.log"
    with log_path.open("wb") as log:
        server = subprocess.Popen(
            [str(SAMSPILL), "--index", str(synthetic.index_dir(args.size)), "serve", "--host", HOST, "--port", str(port)],
            stdout=log, stderr=subprocess.STDOUT, env=env)
        try:
            url = f"http://{HOST}:{port}"
            _wait_for(url, server, 600)
            warm = asyncio.run(run_phase(url, 2, 5, stream=False))  # warm-up, not reported
            phases = [asyncio.run(run_phase(url, args.clients, args.seconds, stream)) for stream in (False, True)]
            rss, peak = synthetic.rss_mb(server.pid), _hwm_mb(server.pid)
        finally:
            server.terminate()
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()
    server_errors = [line for line in log_path.read_text(errors="replace").splitlines() if "ERROR" in line or "Traceback" in line]
    print(f"\n{synthetic.machine()}; revision {synthetic.git_revision()}; {time.strftime('%Y-%m-%d')}; "
          f"load average at end {synthetic.load_average()}")
    print(f"index: {info['chunks']} chunks in {info['documents']} documents; {args.clients} clients, "
          f"{args.seconds:.0f} s per phase; warm-up {len(warm.latencies)} requests\n")
    print("| endpoint | requests | req/s | p50 ms | p95 ms | p99 ms | max ms | first event p50 ms | errors |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for phase in phases:
        print(phase.row())
    print(f"\nserver RSS at the end {rss:.0f} MB (peak {peak:.0f} MB); server log errors: {len(server_errors)}")
    for line in server_errors[:10]:
        print("   ", line)
    if args.json:
        args.json.write_text(json.dumps({
            "machine": synthetic.machine(), "index": info, "clients": args.clients, "seconds": args.seconds,
            "phases": [{"name": p.name, "requests": len(p.latencies), "duration_s": p.seconds,
                        "latencies_s": p.latencies, "first_event_s": p.first_event, "errors": dict(p.errors)} for p in phases],
            "rss_mb": rss, "peak_mb": peak, "server_errors": server_errors,
        }, indent=1))


if __name__ == "__main__":
    main()
