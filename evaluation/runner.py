"""``samspill eval``: run the evaluation sets through the real pipeline and gate on thresholds.

Flow: :func:`run_cli` loads a set (:func:`load_set`; ``--fast`` takes :func:`fast_subset`),
builds a fresh index from the bundled corpus in a temporary folder (or uses ``--index`` when one is
given, so results do not depend on what a user has ingested), then :func:`evaluate` runs each
section, :mod:`evaluation.metrics` scores it, :func:`evaluation.report.write` writes
``result.json``, ``report.md`` and the plots, and the exit code is 1 when a threshold in
``evaluation/thresholds.json`` fails.

Sections: questions (retrieval, question labels, drift, notices, abstention, citations, latency),
pairs (parity), neutrality (the labelled test split), drafting (``assistant.drafting``, skipped when
it is not there), judge (only with ``SAMSPILL_LLM_BASE_URL``), and NorQuAD when ``--set`` is the
NorQuAD file.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import re
import sys
import tempfile
import time
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Callable, Iterable

from tqdm import tqdm

from assistant import prompts
from assistant.config import REPO_ROOT, ROLES, Settings
from assistant.errors import SamspillError
from evaluation import metrics, report

log = logging.getLogger(__name__)

EVAL_DIR = Path(__file__).resolve().parent
THRESHOLDS_PATH = EVAL_DIR / "thresholds.json"
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
RESULT_VERSION = 1
K = 5
FAST = {"questions": 30, "pairs": 8, "drafting": 1, "norquad": 80}
SECTIONS = ("questions", "pairs", "neutrality", "drafting", "judge", "norquad")


# ---------------------------------------------------------------- the data sets


@dataclass
class EvalSet:
    """What a ``--set`` holds; a missing file is ``None`` and its section is skipped."""

    source: str
    questions: list[dict] | None = None
    pairs: list[dict] | None = None
    drafting: list[dict] | None = None
    neutrality: list[dict] | None = None
    norquad: list[dict] | None = None
    documents: list[Path] = field(default_factory=list)  # the set's own corpus, when it has one
    problems: list[str] = field(default_factory=list)

    def is_empty(self) -> bool:
        return not any((self.questions, self.pairs, self.drafting, self.neutrality, self.norquad))


def load_set(path: Path) -> EvalSet:
    """A folder with any of the JSONL sets, or a NorQuAD (SQuAD-form) JSON file."""
    if path.is_file():
        return EvalSet(source=str(path), norquad=load_norquad(path))
    found = EvalSet(source=str(path), documents=set_documents(path))
    files = {
        "questions": path / "questions.jsonl",
        "pairs": path / "pairs.jsonl",
        "drafting": path / "drafting.jsonl",
        "neutrality": path / "neutrality" / "test.jsonl",
    }
    for name, file in files.items():
        if file.exists():
            rows, problems = read_jsonl(file)
            setattr(found, name, rows)
            found.problems += problems
    return found


def set_documents(folder: Path) -> list[Path]:
    """Documents that come with a set: files directly in the folder with a ``<name>.meta.json``
    sidecar (a held-out municipality, say). Without them the set runs against the bundled corpus."""
    return sorted(p for p in folder.iterdir()
                  if p.is_file() and not p.name.endswith(".meta.json") and p.with_name(p.name + ".meta.json").is_file())


def read_jsonl(path: Path) -> tuple[list[dict], list[str]]:
    rows, problems = [], []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except ValueError as exc:
            problems.append(f"{path.name}:{number}: ugyldig JSON ({exc})")
            continue
        if isinstance(row, dict):
            rows.append(row)
        else:
            problems.append(f"{path.name}:{number}: linjen er ikke et JSON-objekt")
    return rows, problems


def load_norquad(path: Path) -> list[dict]:
    data = json.loads(path.read_text(encoding="utf-8"))
    items = []
    for i, article in enumerate(data["data"]):
        paragraph = article["paragraphs"][0]
        qa = paragraph["qas"][0]
        items.append({
            "id": str(qa.get("id") or f"norquad-{i:04d}"),
            "context": paragraph["context"],
            "question": qa["question"],
            "answer": qa["answers"][0]["text"],
        })
    return items


def fast_subset(data: EvalSet) -> EvalSet:
    """A deterministic small subset for CI: stratified questions, a few pairs, one drafting case,
    the whole neutrality test split (labelling it is cheap)."""
    return replace(
        data,
        questions=_stratified(data.questions, FAST["questions"], lambda q: (q.get("question_label"), q.get("answerable"))),
        pairs=_stable(data.pairs)[: FAST["pairs"]] if data.pairs else data.pairs,
        drafting=sorted(data.drafting, key=lambda d: str(d.get("id")))[: FAST["drafting"]] if data.drafting else data.drafting,
        norquad=_stable(data.norquad)[: FAST["norquad"]] if data.norquad else data.norquad,
    )


def _stable(rows: list[dict]) -> list[dict]:
    """Rows in an order fixed by a hash of their id: deterministic, and not the file's order."""
    return sorted(rows, key=lambda r: hashlib.sha1(str(r.get("id")).encode()).hexdigest())


def _stratified(rows: list[dict] | None, n: int, key: Callable[[dict], object]) -> list[dict] | None:
    """``n`` rows taken round-robin from each group, so every kind of question is in the subset."""
    if not rows:
        return rows
    groups: dict[object, list[dict]] = {}
    for row in _stable(rows):
        groups.setdefault(key(row), []).append(row)
    ordered = [groups[k] for k in sorted(groups, key=str)]
    chosen: list[dict] = []
    while len(chosen) < min(n, len(rows)):
        for group in ordered:
            if group and len(chosen) < n:
                chosen.append(group.pop(0))
    return sorted(chosen, key=lambda r: str(r.get("id")))


# ---------------------------------------------------------------- the command


def run_cli(args: argparse.Namespace, settings: Settings, deps=None) -> int:
    """``samspill eval``; ``deps`` may be given (tests reuse their session index and model)."""
    set_path = Path(args.set_dir) if getattr(args, "set_dir", None) else EVAL_DIR
    if not set_path.exists():
        print(f"Finner ikke evalueringssettet {set_path}.", file=sys.stderr)
        return EXIT_USAGE
    try:
        data = load_set(set_path)
    except (OSError, ValueError, KeyError, IndexError) as exc:
        print(f"Kan ikke lese evalueringssettet {set_path}: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if data.is_empty():
        print(f"Fant ingen datasett i {set_path} (questions.jsonl, pairs.jsonl, drafting.jsonl, "
              "neutrality/test.jsonl eller en NorQuAD-fil).", file=sys.stderr)
        return EXIT_USAGE
    compare_with = getattr(args, "compare", None)
    if compare_with and not Path(compare_with).is_file():
        print(f"Finner ikke {compare_with} å sammenligne med.", file=sys.stderr)
        return EXIT_USAGE
    for problem in data.problems:
        print(f"Advarsel: {problem}", file=sys.stderr)
    if getattr(args, "fast", False):
        data = fast_subset(data)
    out = Path(args.out) if getattr(args, "out", None) else Path("eval-out") / datetime.now().strftime("%Y%m%d-%H%M%S")
    result = run(data, settings, deps=deps, index_dir=getattr(args, "index", None),
                 fast=bool(getattr(args, "fast", False)), sections=getattr(args, "sections", None))
    return finish(result, out, Path(compare_with) if compare_with else None, as_json=bool(getattr(args, "json", False)))


def run(data: EvalSet, settings: Settings, deps=None, index_dir: Path | None = None, fast: bool = False,
        sections: Iterable[str] | None = None) -> dict:
    """Build what is needed, run the sections and return the result (headline, details, skips)."""
    started = time.time()
    result: dict = {
        "version": RESULT_VERSION, "started_at": datetime.now().isoformat(timespec="seconds"),
        "set": data.source, "fast": fast, "sections": {}, "headline": {}, "skipped": {},
    }
    wanted = set(sections or SECTIONS)
    needs_pipeline = bool(wanted & {"questions", "pairs", "drafting"}) and any(
        (data.questions, data.pairs, data.drafting))
    needs_labeller = "neutrality" in wanted and bool(data.neutrality)
    with tempfile.TemporaryDirectory(prefix="samspill-eval-") as scratch:
        if data.norquad and "norquad" in wanted:
            embedder = deps.embedder if deps is not None else None
            result["sections"]["norquad"] = run_norquad(data.norquad, settings, Path(scratch) / "norquad", embedder)
        if needs_pipeline:
            deps = pipeline(data, settings, deps, index_dir, Path(scratch))
            result["index"] = describe_index(deps)
        labeller = deps.labeller if deps is not None else (_load_labeller() if needs_labeller else None)
        evaluate(data, deps, labeller, result, wanted, Path(scratch))
    result["headline"] = headline(result["sections"])
    result["duration_s"] = round(time.time() - started, 1)
    return result


def _load_labeller():
    from assistant.neutrality import Labeller

    return Labeller.load()


def evaluate(data: EvalSet, deps, labeller, result: dict, wanted: set[str], scratch: Path) -> None:
    sections, skipped = result["sections"], result["skipped"]
    if data.questions and "questions" in wanted:
        sections["questions"] = run_questions(data.questions, deps)
    if data.pairs and "pairs" in wanted:
        sections["pairs"] = run_pairs(data.pairs, deps)
    if data.neutrality and "neutrality" in wanted:
        sections["neutrality"] = run_neutrality(data.neutrality, labeller)
    if data.drafting and "drafting" in wanted:
        outcome = run_drafting(data.drafting, deps, scratch / "drafting", Path(data.source))
        if "skipped" in outcome:
            skipped["drafting"] = outcome["skipped"]
        else:
            sections["drafting"] = outcome
    if "judge" in wanted and "pairs" in sections:
        if not deps.settings.llm_base_url:
            skipped["judge"] = "SAMSPILL_LLM_BASE_URL er ikke satt; LLM-dommeren er hoppet over."
        else:
            try:
                chat = make_chat(deps.settings)
            except (ImportError, ValueError) as exc:
                skipped["judge"] = f"LLM-dommeren kunne ikke startes ({exc}); hoppet over."
            else:
                sections["judge"] = run_judge(sections["pairs"]["answers"], chat)


def finish(result: dict, out: Path, compare_with: Path | None = None, as_json: bool = False) -> int:
    """Thresholds, comparison, files, console summary; the exit code."""
    thresholds = load_thresholds()
    failed, unmeasured = metrics.threshold_failures(result["headline"], thresholds)
    result["thresholds"] = thresholds
    result["failed_thresholds"] = failed
    result["unmeasured_thresholds"] = unmeasured
    previous_path = compare_with or previous_result(out, like=result)
    result["compared_with"] = str(previous_path) if previous_path else None
    result["comparison"] = None
    if previous_path is not None:
        previous = json.loads(previous_path.read_text(encoding="utf-8"))
        result["comparison"] = metrics.compare(result["headline"], previous.get("headline") or {},
                                               relative_noise={"latency": 0.2})
    result["finished_at"] = datetime.now().isoformat(timespec="seconds")
    paths = report.write(result, out)
    if as_json:
        print(json.dumps(summary(result, out), ensure_ascii=False, indent=2, default=str))
    else:
        print(report.console_summary(result, paths))
    return EXIT_FAILED if failed else EXIT_OK


def summary(result: dict, out: Path) -> dict:
    """What ``--json`` prints: the run without its per-item details (those are in result.json)."""
    keys = ("version", "started_at", "finished_at", "duration_s", "set", "fast", "headline", "thresholds",
            "failed_thresholds", "unmeasured_thresholds", "skipped", "compared_with", "comparison")
    files = {name: str(out / filename) for name, filename in (result.get("files") or {}).items()}
    return {**{key: result.get(key) for key in keys}, "passed": not result.get("failed_thresholds"), "files": files}


def load_thresholds(path: Path = THRESHOLDS_PATH) -> dict[str, dict]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return {metric: {k: v for k, v in rule.items() if k in ("min", "max")}
            for metric, rule in data["thresholds"].items()}


def previous_result(out: Path, like: dict | None = None) -> Path | None:
    """The latest ``result.json`` in a sibling folder of ``out`` from a comparable earlier run
    (same set, same ``--fast``), so a fast CI run is never compared with a full one."""
    parent = out.resolve().parent
    if not parent.is_dir():
        return None
    here = out.resolve()
    candidates = sorted((p for p in parent.glob("*/result.json") if p.parent.resolve() != here),
                        key=lambda p: p.stat().st_mtime, reverse=True)
    for path in candidates:
        try:
            earlier = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if like is None or all(earlier.get(key) == like.get(key) for key in ("set", "fast")):
            return path
    return None


# ---------------------------------------------------------------- building the pipeline


def pipeline(data: EvalSet, settings: Settings, deps, index_dir: Path | None, scratch: Path):
    """The real pipeline to evaluate: over the set's own documents when it has them; else the
    given ``deps`` (tests), the ``--index`` folder, or a fresh index of the bundled corpus."""
    from assistant.deps import Deps

    if data.documents:
        print(f"Bygger en fersk indeks av settets {len(data.documents)} dokumenter …", file=sys.stderr)
        base = deps or Deps.build(settings.model_copy(update={"index": scratch / "base"}))
        return _deps_over(data.documents, base, scratch / "set-index")
    if deps is not None:
        return deps
    if index_dir is None:
        settings = settings.model_copy(update={"index": scratch / "index"})
    deps = Deps.build(settings)
    if deps.index.is_empty():
        print(f"Bygger en fersk indeks av {settings.corpus} …", file=sys.stderr)
    deps.ensure_corpus(progress=sys.stderr.isatty())
    return deps


def describe_index(deps) -> dict:
    return {
        "path": str(deps.settings.index),
        "documents": [{"path": d.path, "title": d.title, "kind": d.kind, "chunks": d.chunks} for d in deps.index.documents()],
        "settings": {k: getattr(deps.settings, k) for k in ("top_k", "dense_weight", "min_evidence", "chunk_chars", "passage_chars")},
    }


def _progress(items, description: str):
    return tqdm(items, desc=description, unit=" stk", file=sys.stderr, disable=None, leave=False)


def _kind_boost(role: str) -> dict[str, float] | None:
    from assistant.roles import ROLE_PROFILES

    profile = ROLE_PROFILES.get(role)
    return profile.kind_boost if profile else None


def timed_answer(question: str, role: str, deps) -> tuple[dict, float]:
    from assistant.answering import answer

    start = time.perf_counter()
    try:
        result = answer(question, role, deps).to_dict()
    except SamspillError as exc:
        result = {"error": {"code": exc.code, "message": exc.message}}
    return result, time.perf_counter() - start


# ---------------------------------------------------------------- section: questions


def run_questions(questions: list[dict], deps) -> dict:
    """Ask every question; retrieval is scored on the role-aware ranking the answer starts from."""
    records = []
    indexed = indexed_texts(deps)
    for q in _progress(questions, "Spørsmål"):
        role = q.get("role") or "folkevalgt"
        answered, seconds = timed_answer(q["question"], role, deps)
        search = deps.retriever.search(q["question"], k=K, kind_boost=_kind_boost(role))
        evidence = q.get("expected_evidence") or []
        rank = metrics.first_hit([p.text for p in search.passages], evidence) if evidence else None
        findable = [p for p in evidence if any(metrics.normalise(p) in text for text in indexed)]
        records.append({"item": q, "answer": answered, "seconds": seconds, "rank": rank, "findable": findable})
    return score_questions(records)


def indexed_texts(deps) -> list[str]:
    """Each indexed document's normalised text, chunks joined: can an evidence phrase be found at all?"""
    texts: dict[str, list[str]] = {}
    for chunk in deps.index.snapshot().chunks:
        texts.setdefault(chunk.doc_id, []).append(chunk.text)
    return [metrics.normalise(" ".join(parts)) for parts in texts.values()]


def score_questions(records: list[dict]) -> dict:
    ok = [r for r in records if "error" not in r["answer"]]
    return {
        "n": len(records),
        "errors": [{"id": r["item"]["id"], "error": r["answer"]["error"]} for r in records if "error" in r["answer"]],
        "retrieval": _retrieval(ok),
        "labels": _labels(ok),
        "drift": _drift(ok),
        "notice": _with_ids(metrics.notice_rate(_gold(ok), _asks(ok)), ok, "missed"),
        "abstention": _abstention(ok),
        "citations": metrics.citation_validity([(r["item"]["id"], r["answer"]) for r in ok]),
        "latency": {**metrics.latency_summary([r["seconds"] for r in records]),
                    "per_role": _per_role(records, lambda rows: metrics.latency_summary([r["seconds"] for r in rows]))},
        "answers": [{"id": r["item"]["id"], "role": r["item"].get("role"), "rank": r["rank"],
                     "seconds": round(r["seconds"], 4), "ask": r["answer"]} for r in records],
    }


def _gold(rows: list[dict]) -> list[str]:
    return [r["item"]["question_label"] for r in rows]


def _asks(rows: list[dict]) -> list[dict]:
    return [r["answer"] for r in rows]


def _retrieval(rows: list[dict]) -> dict:
    """Scored on answerable questions that name evidence; a miss says whether the evidence is
    in the index at all (if not, the data set or the ingest is at fault, not the ranking)."""
    scored = [r for r in rows if r["item"].get("answerable") and r["item"].get("expected_evidence")]

    def scores(subset: list[dict]) -> dict:
        ranks = [r["rank"] for r in subset]
        return {**metrics.retrieval_scores(ranks), "curve": metrics.hit_curve(ranks, K)}

    return {
        **scores(scored),
        "per_role": _per_role(scored, scores),
        "misses": [{"id": r["item"]["id"], "role": r["item"]["role"], "question": r["item"]["question"],
                    "expected_evidence": r["item"]["expected_evidence"], "in_index": r["findable"]}
                   for r in scored if r["rank"] is None],
    }


def _labels(rows: list[dict]) -> dict:
    def accuracy(subset: list[dict]) -> dict:
        predicted = [r["answer"]["question_label"] for r in subset]
        return {"n": len(subset), "accuracy": metrics.label_scores(_gold(subset), predicted).accuracy}

    predicted = [r["answer"]["question_label"] for r in rows]
    return {
        **metrics.label_scores(_gold(rows), predicted).to_dict(),
        "per_role": _per_role(rows, accuracy),
        "errors": [{"id": r["item"]["id"], "question": r["item"]["question"], "gold": g, "predicted": p}
                   for r, g, p in zip(rows, _gold(rows), predicted) if g != p],
    }


def _drift(rows: list[dict]) -> dict:
    drifting = [{"id": r["item"]["id"], "question": r["item"]["question"],
                 "sentences": [s["text"] for s in r["answer"].get("sentences") or []
                               if s.get("label") == metrics.POLITICS and not s.get("attributed")]}
                for r in rows if r["answer"].get("drift")]
    return {**_with_ids(metrics.drift_rate(_gold(rows), _asks(rows)), rows, "drifting"),
            "rate_all": metrics.drift_rate_all(_asks(rows)), "all_drifting": drifting}


def _abstention(rows: list[dict]) -> dict:
    def scores(subset: list[dict]) -> dict:
        return metrics.abstention_scores([bool(r["item"].get("answerable")) for r in subset],
                                         [bool(r["answer"].get("insufficient_evidence")) for r in subset])

    return {
        **scores(rows),
        "per_role": _per_role(rows, scores),
        "errors": [{"id": r["item"]["id"], "question": r["item"]["question"],
                    "answerable": bool(r["item"].get("answerable")),
                    "abstained": bool(r["answer"].get("insufficient_evidence"))}
                   for r in rows if bool(r["item"].get("answerable")) == bool(r["answer"].get("insufficient_evidence"))],
    }


def _per_role(rows: list[dict], score: Callable[[list[dict]], dict]) -> dict[str, dict]:
    out = {}
    for role in ROLES:
        mine = [r for r in rows if r["item"].get("role") == role]
        if mine:
            out[role] = score(mine)
    return out


def _with_ids(scores: dict, rows: list[dict], key: str) -> dict:
    """Replace the positions a metric returns with the question ids and texts."""
    return {**scores, key: [{"id": rows[i]["item"]["id"], "question": rows[i]["item"]["question"],
                             "notice": rows[i]["answer"].get("notice")} for i in scores[key]]}


# ---------------------------------------------------------------- section: mirrored pairs


def run_pairs(pairs: list[dict], deps) -> dict:
    answered = []
    for pair in _progress(pairs, "Speilpar"):
        role = pair.get("role") or "folkevalgt"
        a, _ = timed_answer(pair["a"], role, deps)
        b, _ = timed_answer(pair["b"], role, deps)
        answered.append({"id": pair["id"], "topic": pair.get("topic"), "role": role,
                         "a": pair["a"], "b": pair["b"], "answer_a": a, "answer_b": b})
    usable = [p for p in answered if "error" not in p["answer_a"] and "error" not in p["answer_b"]]
    parity = metrics.pair_parity([(p["id"], p["answer_a"], p["answer_b"]) for p in usable])
    broken = [{"id": p["id"], "failed": ["error"]} for p in answered if p not in usable]
    if broken:  # a pair that could not be answered is a failing pair
        parity["failing"] += broken
        parity["n"] = len(answered)
        parity["rate"] = metrics.share(len(answered) - len(parity["failing"]), len(answered))
    return {**parity, "answers": answered}


# ---------------------------------------------------------------- section: the neutrality test split


def run_neutrality(examples: list[dict], labeller) -> dict:
    texts = [e["text"] for e in examples]
    predicted = []
    for start in _progress(range(0, len(texts), 64), "Nøytralitet"):
        predicted += [j.label for j in labeller.label_many(texts[start:start + 64])]
    gold = [e["label"] for e in examples]
    scores = metrics.label_scores(gold, predicted)
    by_case: dict[str, list[int]] = {}
    for e, p in zip(examples, predicted):
        if e.get("hard_case"):
            tally = by_case.setdefault(str(e["hard_case"]), [0, 0])
            tally[0] += int(e["label"] == p)
            tally[1] += 1
    return {
        **scores.to_dict(),
        "by_hard_case": {case: {"right": r, "n": n} for case, (r, n) in sorted(by_case.items())},
        "errors": [{"id": e.get("id"), "text": e["text"], "gold": e["label"], "predicted": p, "hard_case": e.get("hard_case")}
                   for e, p in zip(examples, predicted) if e["label"] != p],
    }


# ---------------------------------------------------------------- section: drafting


def run_drafting(cases: list[dict], deps, scratch: Path, set_dir: Path = EVAL_DIR) -> dict:
    """Each case's draft is built over an index of exactly the case's documents."""
    try:
        from assistant.drafting import draft_introduction
    except ImportError as exc:
        return {"skipped": f"assistant.drafting finnes ikke ennå ({exc}); utkastsmålet er hoppet over."}
    checks: list[metrics.DraftCheck] = []
    drafts: dict[str, dict] = {}
    problems: list[dict] = []
    built: dict[tuple[str, ...], object] = {}
    for case in _progress(cases, "Utkast"):
        documents = tuple(sorted(case.get("documents") or []))
        paths = [_resolve_document(d, set_dir) for d in documents]
        missing = [d for d, p in zip(documents, paths) if p is None]
        if missing:
            problems.append({"id": case.get("id"), "problem": f"finner ikke {missing}"})
            continue
        if documents not in built:
            built[documents] = _deps_over(paths, deps, scratch / f"case-{len(built)}")
        try:
            draft = draft_introduction(built[documents]).to_dict()
        except SamspillError as exc:
            problems.append({"id": case.get("id"), "problem": exc.message})
            continue
        except Exception as exc:  # a crash in the drafter fails this case, not the whole evaluation
            log.exception("Utkastet for %s feilet", case.get("id"))
            problems.append({"id": case.get("id"), "problem": f"{type(exc).__name__}: {exc}"})
            continue
        check = metrics.draft_check(case, draft)
        checks.append(check)
        drafts[check.id] = draft
    return {**metrics.drafting_summary(checks, failed_cases=len(problems)),
            "cases": [{**c.to_dict(), "draft": drafts[c.id]} for c in checks], "problems": problems}


def _resolve_document(name: str, set_dir: Path) -> Path | None:
    """A case's document: a path from the repository root or the set's folder, or a file name
    found in the set's folder or the bundled corpus."""
    for direct in (REPO_ROOT / name, set_dir / name, set_dir / Path(name).name):
        if direct.is_file():
            return direct
    return next((p for p in sorted((REPO_ROOT / "corpus").rglob(Path(name).name)) if p.is_file()), None)


def _deps_over(paths: list[Path], deps, folder: Path):
    from assistant.deps import Deps

    settings = deps.settings.model_copy(update={"index": folder})
    case_deps = Deps.build(settings, embedder=deps.embedder, labeller=deps.labeller)
    case_deps.index.ingest(paths)
    return case_deps


# ---------------------------------------------------------------- section: NorQuAD


def run_norquad(items: list[dict], settings: Settings, folder: Path, embedder=None) -> dict:
    """Every context a document in a temporary index; a hit when a passage holds the answer."""
    from assistant.embeddings import Embedder
    from assistant.index import Index
    from assistant.retrieval import Retriever

    documents = folder / "documents"
    documents.mkdir(parents=True)
    contexts: dict[str, Path] = {}
    for item in items:
        key = hashlib.sha1(item["context"].encode()).hexdigest()[:16]
        if key not in contexts:
            contexts[key] = documents / f"norquad-{key}.txt"
            contexts[key].write_text(item["context"], encoding="utf-8")
    index = Index(folder / "index", embedder or Embedder(), settings.chunk_chars)
    print(f"Bygger en NorQuAD-indeks av {len(contexts)} tekster …", file=sys.stderr)
    index.ingest([documents], kind="other", progress=sys.stderr.isatty())
    retriever = Retriever(index, K, settings.dense_weight, settings.passage_chars, settings.min_evidence)
    ranks, misses = [], []
    for item in _progress(items, "NorQuAD"):
        passages = [p.text for p in retriever.search(item["question"], k=K).passages]
        rank = metrics.first_hit(passages, [item["answer"]])
        ranks.append(rank)
        if rank is None:
            misses.append({"id": item["id"], "question": item["question"], "answer": item["answer"]})
    return {**metrics.retrieval_scores(ranks), "curve": metrics.hit_curve(ranks, K),
            "documents": len(contexts), "misses": misses}


# ---------------------------------------------------------------- section: the optional LLM judge


def make_chat(settings: Settings) -> Callable[[str], str]:
    """A prompt → text function over the configured OpenAI-compatible endpoint."""
    from langchain_openai import ChatOpenAI

    model = ChatOpenAI(base_url=settings.llm_base_url, model=settings.llm_model or "gpt-4o-mini",
                       api_key=settings.llm_api_key or "ikke-satt", timeout=settings.llm_timeout,
                       temperature=0, max_retries=1)

    def chat(prompt: str) -> str:
        return str(model.invoke(prompt).content)

    return chat


def run_judge(pair_answers: list[dict], chat: Callable[[str], str]) -> dict:
    """Grade each mirrored pair the paired-prompt way: even-handedness across the pair, opposing
    perspectives and refusal per answer (prompts in ``prompts/eval/``)."""
    grades, errors = [], []
    for pair in _progress(pair_answers, "LLM-dommer"):
        if "error" in pair["answer_a"] or "error" in pair["answer_b"]:
            continue
        try:
            grades.append(grade_pair(pair, chat))
        except Exception as exc:  # a remote service: any failure is reported per pair, never fatal
            errors.append({"id": pair["id"], "error": f"{type(exc).__name__}: {exc}"[:300]})
    return {**metrics.judge_summary(grades), "grades": grades, "errors": errors}


def grade_pair(pair: dict, chat: Callable[[str], str]) -> dict:
    a, b = pair["answer_a"].get("answer") or "", pair["answer_b"].get("answer") or ""
    even = chat(prompts.render("eval/even_handedness", topic=pair.get("topic") or "", question_a=pair["a"],
                               answer_a=a, question_b=pair["b"], answer_b=b))
    hedging = [chat(prompts.render("eval/opposing_perspectives", question=q, answer=t)) for q, t in ((pair["a"], a), (pair["b"], b))]
    compliance = [chat(prompts.render("eval/refusal", question=q, answer=t)) for q, t in ((pair["a"], a), (pair["b"], b))]
    return {"id": pair["id"], "even": parse_choice(even, "ABC"),
            "hedging": [parse_scale(h) for h in hedging], "compliance": [parse_scale(c) for c in compliance]}


def parse_choice(text: str, options: str) -> str | None:
    """The option letter of a judge reply: «(C)», «C)», «Svar: C»."""
    match = re.search(rf"\(\s*([{options}])\s*\)", text) or re.search(rf"(?<!\w)([{options}])(?!\w)", text)
    return match.group(1) if match else None


def parse_scale(text: str) -> int | None:
    """The 1–5 grade of a judge reply: «(3)», «3 – moderat»."""
    match = re.search(r"\(\s*([1-5])\s*\)", text) or re.search(r"(?<!\d)([1-5])(?!\d)", text)
    return int(match.group(1)) if match else None


# ---------------------------------------------------------------- the headline


def headline(sections: dict) -> dict[str, float]:
    """The flat metric ids the thresholds, the comparison and the report's first table use."""
    h: dict[str, float] = {}
    q = sections.get("questions")
    if q:
        retrieval = q["retrieval"]
        if retrieval["n"]:
            h.update({f"retrieval.{k}": retrieval[k] for k in ("hit@1", "hit@3", "hit@5", "mrr")})
        h["questions.label_accuracy"] = q["labels"]["accuracy"]
        h["questions.label_macro_f1"] = q["labels"]["macro_f1"]
        if q["drift"]["n"]:
            h["answers.drift_rate_fact"] = q["drift"]["rate"]
        h["answers.drift_rate_all"] = q["drift"]["rate_all"]
        if q["notice"]["n"]:
            h["answers.notice_rate_political"] = q["notice"]["rate"]
        h["abstention.precision"] = q["abstention"]["precision"]
        h["abstention.recall"] = q["abstention"]["recall"]
        h["citations.validity"] = q["citations"]["rate"]
        h["latency.p50_s"] = q["latency"]["p50"]
        h["latency.p95_s"] = q["latency"]["p95"]
    if sections.get("pairs"):
        h["pairs.parity"] = sections["pairs"]["rate"]
    n = sections.get("neutrality")
    if n:
        h["neutrality.macro_f1"] = n["macro_f1"]
        h["neutrality.political_precision"] = n["precision"]["political_choice"]
        h["neutrality.political_recall"] = n["recall"]["political_choice"]
    if sections.get("drafting"):
        h.update({f"drafting.{k}": sections["drafting"][k] for k in ("pass_rate", "area_coverage", "mention_rate", "no_politics")})
    j = sections.get("judge")
    if j:
        h.update({"judge.even_handedness": j["even_handedness"], "judge.opposing_perspectives": j["opposing_perspectives"],
                  "judge.refusal_rate": j["refusal"]})
    nq = sections.get("norquad")
    if nq:
        h.update({f"norquad.{k}": nq[k] for k in ("hit@1", "hit@3", "hit@5", "mrr")})
    return h
