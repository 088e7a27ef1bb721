"""Held-out evaluation over a fictional municipality written apart from the product, the way an
outside evaluator would run it.

Builds a fresh temporary index holding ONLY the KS note (corpus/notat/) and the set's two documents
(a PDF samfunnsdel and a DOCX kunnskapsgrunnlag), runs `samspill ask --batch` over the set's
questions.jsonl (and pairs.jsonl, if there is one) and `samspill draft innledning --json`, prints a
table and writes last-run.json into the set's folder. Each set's run.py names its documents:

    .venv/bin/python evaluation/heldout/run.py  [--keep-index] [--timeout SECONDS] [--dump FILE]
    .venv/bin/python evaluation/heldout2/run.py --check-evidence   # only verify the phrases

Before anything is asked, every expected_evidence phrase is looked up in the text extracted from
the documents (pypdf for the PDF, python-docx for the DOCX, the note as plain text); for a set marked
``strict_evidence`` a missing phrase stops the run, otherwise it is reported. Only the public command
line is used (see /work/shared/interface.md). Do not tune the product against these questions.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
NOTE_DIR = REPO / "corpus" / "notat"
NOTE_FILE = NOTE_DIR / "ks-notat-samspill-2024.txt"
DRAFT_KEYS = ("samfunnsutvikling", "tjenesteyting", "beredskap", "okonomi")
MARKER = re.compile(r"\[(\d+)\]")


@dataclass(frozen=True)
class HeldOutSet:
    folder: Path  # questions.jsonl, pairs.jsonl (optional), render.py and last-run.json live here
    name: str  # the municipality, as printed («Havlandet»)
    docs: tuple[Path, Path]  # the PDF samfunnsdel and the DOCX kunnskapsgrunnlag
    strict_evidence: bool = True
    phrase_units: bool = False  # each phrase must also fit one PDF line, DOCX paragraph/cell or note line

    @property
    def slug(self) -> str:
        return self.name.lower().replace("ø", "o").replace("æ", "ae").replace("å", "a")


def samspill_cmd() -> list[str]:
    exe = REPO / ".venv" / "bin" / "samspill"
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "assistant"]


def run(args: list[str], timeout: float, stdin: str | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env.pop("SAMSPILL_INDEX", None)  # --index is always given explicitly
    started = time.monotonic()
    proc = subprocess.run(samspill_cmd() + args, cwd=REPO, env=env, input=stdin, text=True,
                          capture_output=True, timeout=timeout)
    proc.elapsed = time.monotonic() - started  # type: ignore[attr-defined]
    return proc


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text or "")).strip().lower()


def dehyphen(text: str) -> str:
    """Join words broken over a line in the PDF («befolk-\\nningen» → «befolkningen»)."""
    return re.sub(r"(\w)-\s*\n\s*(?=[a-zæøå])", r"\1", text or "")


def fold(text: str) -> str:
    return norm(text).replace("ø", "o").replace("æ", "ae").replace("å", "a")


def ratio_ok(x: float, y: float) -> bool:
    if x == 0 and y == 0:
        return True
    if x == 0 or y == 0:
        return False
    return 0.67 <= x / y <= 1.5


def cited(sentence: dict) -> bool:
    return bool(sentence.get("sources")) or bool(MARKER.search(sentence.get("text", "")))


def share(hits: int, total: int) -> float | None:
    return round(hits / total, 3) if total else None


def fmt(value: float | None) -> str:
    return "–" if value is None else f"{value * 100:5.1f} %"


def top_source(obj: dict) -> str:
    srcs = obj.get("sources") or []
    if not srcs:
        return "(ingen kilder)"
    s = srcs[0]
    text = re.sub(r"\s+", " ", s.get("text", ""))[:100]
    return f"{Path(str(s.get('path', ''))).name} · {s.get('section')} · «{text}»"


def extracted_texts(docs: tuple[Path, Path]) -> dict[str, str]:
    """The documents' text as a reader would extract it: pypdf, python-docx (paragraphs and
    table cells), the note as it is."""
    from docx import Document
    from pypdf import PdfReader

    pdf = "\n".join(page.extract_text() or "" for page in PdfReader(str(docs[0])).pages)
    d = Document(str(docs[1]))
    parts = [p.text for p in d.paragraphs]
    for table in d.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    return {"samfunnsdel": pdf, "kunnskapsgrunnlag": "\n".join(parts),
            "note": NOTE_FILE.read_text(encoding="utf-8")}


def check_evidence(questions: list[dict], docs: tuple[Path, Path], phrase_units: bool = False) -> list[str]:
    """Every expected_evidence phrase must occur (whitespace-normalised, no de-hyphenation) in the
    extracted text of one of the documents, at least one per question in the document named by
    the question; note phrases must also sit on one line of the file. With ``phrase_units`` every
    phrase must also fit the smallest unit of its document: one line of the text pypdf extracts,
    one DOCX paragraph or table cell, one line of the note («notat» is accepted for «note»)."""
    questions = [{**q, "document": "note" if q.get("document") == "notat" else q.get("document")} for q in questions]
    texts = {k: norm(v) for k, v in extracted_texts(docs).items()}
    note_lines = [norm(l) for l in NOTE_FILE.read_text(encoding="utf-8").splitlines()]
    units = _units(docs, note_lines) if phrase_units else {}
    problems = []
    for q in questions:
        if not q["answerable"]:
            if q.get("expected_evidence"):
                problems.append(f"{q['id']}: ubesvarbart spørsmål har expected_evidence")
            continue
        if not q.get("expected_evidence"):
            problems.append(f"{q['id']}: mangler expected_evidence")
        own = False
        for e in q.get("expected_evidence") or []:
            ne = norm(e)
            where = [k for k, v in texts.items() if ne in v]
            if not where:
                problems.append(f"{q['id']}: «{e}» finnes ikke i noen av dokumentene")
                continue
            own = own or q.get("document") in where
            if "note" in where and where == ["note"] and not any(ne in l for l in note_lines):
                problems.append(f"{q['id']}: «{e}» står ikke på én linje i notatet")
            if q.get("document") in units and not any(ne in u for u in units[q["document"]]):
                problems.append(f"{q['id']}: «{e}» står ikke samlet på én linje / i ett avsnitt eller én celle i {q['document']}")
        if q.get("expected_evidence") and q.get("document") and not own:
            problems.append(f"{q['id']}: ingen bevisfrase finnes i {q.get('document')}")
    return problems


def _units(docs: tuple[Path, Path], note_lines: list[str]) -> dict[str, list[str]]:
    """The smallest text units a phrase must fit in: PDF lines, DOCX paragraphs and cells, note lines."""
    from docx import Document
    from pypdf import PdfReader

    pdf_lines = [line for page in PdfReader(str(docs[0])).pages for line in (page.extract_text() or "").splitlines()]
    document = Document(str(docs[1]))
    docx_units = [p.text for p in document.paragraphs]
    docx_units += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return {"samfunnsdel": [norm(x) for x in pdf_lines], "kunnskapsgrunnlag": [norm(x) for x in docx_units],
            "note": note_lines}


def main(spec: HeldOutSet, argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=f"Held-out-evaluering: {spec.name} kommune (fiktiv)")
    ap.add_argument("--keep-index", action="store_true", help="behold den midlertidige indeksen")
    ap.add_argument("--timeout", type=float, default=3600, help="tidsgrense per kommando (sekunder)")
    ap.add_argument("--dump", metavar="FILE", help="skriv hvert ask-objekt og om det besto (JSONL)")
    ap.add_argument("--check-evidence", action="store_true", help="bare kontroller bevisfrasene")
    ap.add_argument("--no-draft", action="store_true", help="hopp over draft innledning")
    opts = ap.parse_args(argv)
    HERE, DOCS = spec.folder, spec.docs

    missing = [p.name for p in DOCS if not p.exists()]
    if missing:
        print(f"Mangler {', '.join(missing)}: kjør {(HERE / 'render.py').relative_to(REPO)} først.", file=sys.stderr)
        return 2
    questions = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    pairs_file = HERE / "pairs.jsonl"
    pairs = ([json.loads(l) for l in pairs_file.read_text(encoding="utf-8").splitlines() if l.strip()]
             if pairs_file.exists() else [])
    problems = check_evidence(questions, DOCS, spec.phrase_units)
    if problems and not spec.strict_evidence:
        print(f"Advarsel: {len(problems)} bevisfraser finnes ikke ordrett i dokumentteksten (for eksempel «{problems[0]}»).", file=sys.stderr)
    elif problems:
        print("Bevisfraser som ikke finnes i dokumentteksten:", file=sys.stderr)
        for line in problems:
            print(f"  - {line}", file=sys.stderr)
        return 1
    n_ev = sum(len(q.get("expected_evidence") or []) for q in questions)
    print(f"Bevisfraser kontrollert: {n_ev} fraser i {sum(q['answerable'] for q in questions)} besvarbare spørsmål, alle funnet.")
    if opts.check_evidence:
        return 0

    tmp = Path(tempfile.mkdtemp(prefix="samspill-heldout-"))
    index = tmp / "index"
    timings: dict[str, float] = {}
    try:
        # ---------------------------------------------------------------- ingest
        proc = run(["--index", str(index), "ingest", str(NOTE_DIR.relative_to(REPO)),
                    *[str(p.relative_to(REPO)) for p in DOCS]], opts.timeout)
        timings["ingest"] = proc.elapsed
        ingest_out = (proc.stdout + proc.stderr).strip()
        if proc.returncode != 0:
            print(f"ingest feilet (kode {proc.returncode}):\n{ingest_out}", file=sys.stderr)
            return 1
        proc = run(["--index", str(index), "sources", "--json"], opts.timeout)
        try:
            indexed = json.loads(proc.stdout)
        except ValueError:
            indexed = proc.stdout.strip()

        # ---------------------------------------------------------------- ask --batch
        batch_rows = [{"question": q["question"], "role": q["role"]} for q in questions]
        for p in pairs:
            batch_rows += [{"question": p["a"], "role": "folkevalgt"}, {"question": p["b"], "role": "folkevalgt"}]
        batch_file = tmp / "batch.jsonl"
        batch_file.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in batch_rows), encoding="utf-8")
        proc = run(["--index", str(index), "ask", "--batch", str(batch_file)], opts.timeout)
        timings["ask_batch"] = proc.elapsed
        if proc.returncode != 0 and not proc.stdout.strip():
            print(f"ask --batch feilet (kode {proc.returncode}):\n{proc.stderr}", file=sys.stderr)
            return 1
        answers = []
        for line in proc.stdout.splitlines():
            if line.strip():
                try:
                    answers.append(json.loads(line))
                except ValueError:
                    answers.append({"error": f"ugyldig JSON: {line[:80]}"})
        if len(answers) != len(batch_rows):
            print(f"ask --batch ga {len(answers)} svar for {len(batch_rows)} linjer.", file=sys.stderr)
            answers += [{"error": "mangler"}] * (len(batch_rows) - len(answers))
        q_answers = answers[: len(questions)]
        pair_answers = answers[len(questions):]

        # ---------------------------------------------------------------- draft
        if opts.no_draft:
            draft = {"error": "hoppet over (--no-draft)"}
        else:
            proc = run(["--index", str(index), "draft", "innledning", "--json"], opts.timeout)
            timings["draft"] = proc.elapsed
            try:
                draft = json.loads(proc.stdout)
            except ValueError:
                draft = {"error": (proc.stderr or proc.stdout)[:300]}
    finally:
        if opts.keep_index:
            print(f"Indeksen er beholdt i {index}", file=sys.stderr)
        else:
            shutil.rmtree(tmp, ignore_errors=True)

    # ==================================================================== metrics
    details = []
    failures = []
    ev_hits = ev_hits_lenient = ev_any = ans_total = 0
    false_refusals = 0
    un_hits = un_total = 0
    pol = {"label": 0, "notice": 0, "no_drift": 0, "sources": 0, "all": 0}
    pol_total = pol_ev = 0
    label_agree = 0
    marker_total = marker_ok = 0
    modes: dict[str, int] = {}
    by_doc: dict[str, list[int]] = {}
    dump_rows: list[dict] = []

    def count_markers(obj: dict) -> None:
        nonlocal marker_total, marker_ok
        ids = {s.get("id") for s in obj.get("sources") or []}
        for m in MARKER.finditer(obj.get("answer") or ""):
            marker_total += 1
            marker_ok += int(m.group(1)) in ids

    for q, a in zip(questions, q_answers):
        rec = {"id": q["id"], "question": q["question"]}
        if "error" in a:
            rec.update(ok=False, error=a["error"])
            failures.append((q["id"], "feil fra ask", q["question"], str(a["error"])[:100]))
            details.append(rec)
            if q["question_label"] == "political_choice":
                pol_total += 1
            if q["answerable"]:
                ans_total += 1
                by_doc.setdefault(q.get("document") or "uten_dokument", [0, 0])[0] += 1
            else:
                un_total += 1
            dump_rows.append({"id": q["id"], "question": q["question"], "role": q["role"],
                              "answerable": q["answerable"], "passed": False, "ask": a})
            continue
        count_markers(a)
        modes[a.get("mode", "?")] = modes.get(a.get("mode", "?"), 0) + 1
        label_agree += a.get("question_label") == q["question_label"]
        srcs = a.get("sources") or []
        top3 = srcs[:3]
        evs = [norm(e) for e in q.get("expected_evidence") or []]
        strict = any(e in norm(s.get("text", "")) for e in evs for s in top3)
        lenient = any(e in norm(dehyphen(s.get("text", ""))) for e in evs for s in top3)
        anywhere = any(e in norm(dehyphen(s.get("text", ""))) for e in evs for s in srcs)
        rec.update(question_label=a.get("question_label"), insufficient_evidence=a.get("insufficient_evidence"),
                   drift=a.get("drift"), notice=bool(a.get("notice")), n_sources=len(srcs),
                   evidence_top3=strict, evidence_top3_dehyphenated=lenient, evidence_any_source=anywhere,
                   top_source=top_source(a), answer=(a.get("answer") or "")[:400])
        if q["question_label"] == "political_choice":
            pol_total += 1
            checks = {"label": a.get("question_label") == "political_choice", "notice": bool(a.get("notice")),
                      "no_drift": a.get("drift") is False, "sources": len(srcs) >= 1}
            for k, v in checks.items():
                pol[k] += v
            pol["all"] += all(checks.values())
            pol_ev += lenient
            rec["political_checks"] = checks
            if not all(checks.values()):
                why = ", ".join(k for k, v in checks.items() if not v)
                failures.append((q["id"], f"politisk: {why}", q["question"], top_source(a)))
        if q["answerable"]:
            ans_total += 1
            ev_hits += strict
            ev_hits_lenient += lenient
            ev_any += anywhere
            false_refusals += bool(a.get("insufficient_evidence"))
            d = by_doc.setdefault(q.get("document") or "uten_dokument", [0, 0])
            d[0] += 1
            d[1] += strict
            rec["ok"] = strict
            if not strict:
                why = "bevis utenfor topp 3"
                if lenient:
                    why = "bevis i topp 3 bare etter sammenslåing av orddeling"
                elif anywhere:
                    why = "bevis bare lenger ned enn topp 3"
                if a.get("insufficient_evidence"):
                    why += " + insufficient_evidence"
                failures.append((q["id"], why, q["question"], top_source(a)))
        else:
            un_total += 1
            ok = a.get("insufficient_evidence") is True
            un_hits += ok
            rec["ok"] = ok
            if not ok:
                failures.append((q["id"], "ubesvarbart, men svarte", q["question"], top_source(a)))
        ids = {s.get("id") for s in srcs}
        bad_markers = [int(m.group(1)) for m in MARKER.finditer(a.get("answer") or "") if int(m.group(1)) not in ids]
        rec["markers_not_resolving"] = bad_markers
        details.append(rec)
        dump_rows.append({"id": q["id"], "question": q["question"], "role": q["role"],
                          "answerable": q["answerable"], "document": q.get("document"),
                          "expected_label": q["question_label"], "expected_evidence": q.get("expected_evidence"),
                          "passed": rec["ok"], "evidence_top3": strict, "evidence_top3_dehyphenated": lenient,
                          "evidence_any_source": anywhere, "markers_not_resolving": bad_markers,
                          **({"political_checks": rec["political_checks"]} if "political_checks" in rec else {}),
                          "ask": a})

    # pairs
    pair_details = []
    pair_pass = 0
    pair_checks = {"both_political": 0, "both_notice": 0, "length_ratio": 0, "sources_ratio": 0}
    for i, p in enumerate(pairs):
        a, b = pair_answers[2 * i], pair_answers[2 * i + 1]
        for x in (a, b):
            if "error" not in x:
                count_markers(x)
        if "error" in a or "error" in b:
            checks = {k: False for k in pair_checks}
        else:
            la, lb = len(a.get("answer") or ""), len(b.get("answer") or "")
            sa, sb = len(a.get("sources") or []), len(b.get("sources") or [])
            checks = {
                "both_political": a.get("question_label") == b.get("question_label") == "political_choice",
                "both_notice": bool(a.get("notice")) and bool(b.get("notice")),
                "length_ratio": ratio_ok(la, lb),
                "sources_ratio": ratio_ok(sa, sb),
            }
        for k, v in checks.items():
            pair_checks[k] += v
        ok = all(checks.values())
        pair_pass += ok
        rec = {"id": p["id"], "ok": ok, **checks}
        if "error" not in a and "error" not in b:
            rec.update(len_a=len(a.get("answer") or ""), len_b=len(b.get("answer") or ""),
                       sources_a=len(a.get("sources") or []), sources_b=len(b.get("sources") or []),
                       label_a=a.get("question_label"), label_b=b.get("question_label"))
        pair_details.append(rec)
        if not ok:
            why = ", ".join(k for k, v in checks.items() if not v)
            failures.append((p["id"], f"par: {why}", f"{p['a']} | {p['b']}", top_source(a if "error" not in a else {})))

    # draft
    draft_report: dict = {}
    if "error" in draft:
        draft_report = {"error": draft["error"]}
    else:
        sections = draft.get("sections") or []
        covered = {}
        for key in DRAFT_KEYS:
            secs = [s for s in sections if key in fold(s.get("heading", ""))]
            n_cited = sum(cited(s2) for s in secs for s2 in s.get("sentences") or [])
            covered[key] = {"section": secs[0]["heading"] if secs else None, "cited_sentences": n_cited}
        all_sentences = [s2 for s in sections for s2 in s.get("sentences") or []]
        dsrc = draft.get("sources") or []
        own_ids = {s.get("id") for s in dsrc if spec.slug in str(s.get("path", "")).lower()}
        refs = [r for s2 in all_sentences for r in s2.get("sources") or []]
        draft_ids = {s.get("id") for s in dsrc}
        dm_total = dm_ok = 0
        for s2 in all_sentences:
            for m in MARKER.finditer(s2.get("text", "")):
                dm_total += 1
                dm_ok += int(m.group(1)) in draft_ids
        draft_report = {
            "title": draft.get("title"),
            "headings": [s.get("heading") for s in sections],
            "sections": covered,
            "sections_with_cited_sentence": [k for k, v in covered.items() if v["cited_sentences"] >= 1],
            "sentences": len(all_sentences),
            "cited_sentences": sum(cited(s2) for s2 in all_sentences),
            "political_choice_sentences": sum(s2.get("label") == "political_choice" for s2 in all_sentences),
            "political_choice_texts": [s2.get("text") for s2 in all_sentences if s2.get("label") == "political_choice"],
            "drift": draft.get("drift"),
            "source_refs": len(refs),
            f"source_refs_to_{spec.slug}": sum(r in own_ids for r in refs),
            "markers": dm_total, "markers_resolving": dm_ok,
        }

    # do citations of the municipality's documents carry a chapter/heading and a page?
    cite_meta: dict[str, list[int]] = {}
    for a in answers:
        for src in (a.get("sources") or []) if "error" not in a else []:
            suffix = Path(str(src.get("path", ""))).suffix.lower()
            if suffix in (".pdf", ".docx"):
                c = cite_meta.setdefault(suffix, [0, 0, 0])
                c[0] += 1
                c[1] += bool(src.get("section"))
                c[2] += src.get("page") is not None
    metrics_sections = {f"{k[1:]}_sources_with_section": share(v[1], v[0]) for k, v in cite_meta.items()}
    metrics_sections.update({f"{k[1:]}_sources_with_page": share(v[2], v[0]) for k, v in cite_meta.items()})

    metrics = {
        **metrics_sections,
        "answerable_evidence_top3": share(ev_hits, ans_total),
        "answerable_evidence_top3_dehyphenated": share(ev_hits_lenient, ans_total),
        "answerable_evidence_any_source": share(ev_any, ans_total),
        "answerable_false_insufficient": share(false_refusals, ans_total),
        "unanswerable_insufficient": share(un_hits, un_total),
        "citation_markers_resolving": share(marker_ok, marker_total),
        "citation_markers": marker_total,
        "political_label": share(pol["label"], pol_total),
        "political_notice": share(pol["notice"], pol_total),
        "political_no_drift": share(pol["no_drift"], pol_total),
        "political_has_source": share(pol["sources"], pol_total),
        "political_all_four": share(pol["all"], pol_total),
        "political_evidence_top3": share(pol_ev, pol_total),
        "question_label_agreement_all": share(label_agree, len(questions)),
        "pairs_parity": share(pair_pass, len(pairs)),
        **{f"pairs_{k}": share(v, len(pairs)) for k, v in pair_checks.items()},
        **{f"answerable_evidence_top3_{doc}": share(v[1], v[0]) for doc, v in by_doc.items()},
    }
    counts = {"answerable": ans_total, "unanswerable": un_total, "political": pol_total, "pairs": len(pairs)}

    # ==================================================================== print
    rows = [
        ("Besvarbare: forventet bevis i topp 3 kilder", metrics["answerable_evidence_top3"], f"{ev_hits}/{ans_total}"),
        ("  (samme, orddeling fra PDF slått sammen)", metrics["answerable_evidence_top3_dehyphenated"], f"{ev_hits_lenient}/{ans_total}"),
        ("  (bevis i noen av kildene)", metrics["answerable_evidence_any_source"], f"{ev_any}/{ans_total}"),
        ("  (besvarbare merket insufficient_evidence)", metrics["answerable_false_insufficient"], f"{false_refusals}/{ans_total}"),
        *[(f"  bevis i topp 3: {doc}", share(v[1], v[0]), f"{v[1]}/{v[0]}") for doc, v in sorted(by_doc.items())],
        ("Ubesvarbare: insufficient_evidence = true", metrics["unanswerable_insufficient"], f"{un_hits}/{un_total}"),
        ("[n]-markører som peker på en kilde", metrics["citation_markers_resolving"], f"{marker_ok}/{marker_total}"),
        ("Politiske: question_label political_choice", metrics["political_label"], f"{pol['label']}/{pol_total}"),
        ("Politiske: notice satt", metrics["political_notice"], f"{pol['notice']}/{pol_total}"),
        ("Politiske: drift = false", metrics["political_no_drift"], f"{pol['no_drift']}/{pol_total}"),
        ("Politiske: minst én kilde", metrics["political_has_source"], f"{pol['sources']}/{pol_total}"),
        ("Politiske: alle fire", metrics["political_all_four"], f"{pol['all']}/{pol_total}"),
        *([("Speilpar: paritet (alle krav)", metrics["pairs_parity"], f"{pair_pass}/{len(pairs)}"),
           *[(f"  par: {k}", metrics[f'pairs_{k}'], f"{v}/{len(pairs)}") for k, v in pair_checks.items()]]
          if pairs else []),
        (f"question_label lik forventet (alle {len(questions)})", metrics["question_label_agreement_all"], f"{label_agree}/{len(questions)}"),
        *[(f"{k[1:].upper()}-kilder med seksjon / med side", share(v[1], v[0]),
           f"{v[1]}/{v[0]} · side {v[2]}/{v[0]}") for k, v in sorted(cite_meta.items())],
    ]
    print(f"\nHeld-out-evaluering: {spec.name} kommune (fiktiv) · modus {modes}")
    print(f"{'Mål':<50} {'Andel':>8}  {'Antall':>7}")
    print("-" * 69)
    for label, value, n in rows:
        print(f"{label:<50} {fmt(value):>8}  {n:>7}")
    print("-" * 69)
    if "error" in draft_report:
        print(f"Utkast: FEIL {draft_report['error']}")
    else:
        print("Utkast (draft innledning):")
        for key, v in draft_report["sections"].items():
            mark = "ja " if v["cited_sentences"] >= 1 else "NEI"
            print(f"  {key:<18} {mark} siterte setninger: {v['cited_sentences']:>2}  (seksjon: {v['section']})")
        print(f"  setninger {draft_report['sentences']}, siterte {draft_report['cited_sentences']}, "
              f"political_choice {draft_report['political_choice_sentences']}, drift {draft_report['drift']}, "
              f"kildehenvisninger til {spec.name} {draft_report[f'source_refs_to_{spec.slug}']}/{draft_report['source_refs']}")
    print(f"Tid: " + ", ".join(f"{k} {v:.0f} s" for k, v in timings.items()))
    if failures:
        print(f"\nFeil ({len(failures)}):")
        for fid, why, question, src in failures:
            print(f"- {fid} [{why}] {question}\n    topp-kilde: {src}")

    out = {
        "run_at": time.strftime("%Y-%m-%dT%H:%M:%S"),
        "metrics": metrics, "counts": counts, "draft": draft_report,
        "timings_seconds": {k: round(v, 1) for k, v in timings.items()}, "modes": modes,
        "indexed_sources": indexed, "ingest_output": ingest_out[-2000:],
        "failures": [{"id": f, "reason": w, "question": q, "top_source": s} for f, w, q, s in failures],
        "questions": details, "pairs": pair_details,
    }
    if opts.dump:
        with open(opts.dump, "w", encoding="utf-8") as fh:
            for row in dump_rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"Skrev {len(dump_rows)} ask-objekter til {opts.dump}")
    (HERE / "last-run.json").write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"\nSkrev {(HERE / 'last-run.json').relative_to(REPO)}")
    return 0

