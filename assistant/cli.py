"""The command line: thin commands that call the library. Exit codes: 0 ok, 1 not served, 2 bad usage."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path
from typing import Callable

from assistant.config import ROLES, Settings
from assistant.errors import SamspillError

log = logging.getLogger("assistant")

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="samspill",
        description="Samspill: kildebasert assistent for folkevalgte og administrasjon i strategisk planlegging.",
    )
    parser.add_argument("--index", type=Path, help="mappen der indeksen ligger (eller SAMSPILL_INDEX)")
    parser.add_argument("-v", "--verbose", action="store_true", help="vis mer logg")
    commands = parser.add_subparsers(dest="command", required=True, metavar="KOMMANDO")

    ingest = commands.add_parser("ingest", help="legg dokumenter (PDF, DOCX, HTML, Markdown, tekst) inn i indeksen")
    ingest.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    ingest.add_argument("--kind", choices=["note", "samfunnsdel", "kunnskapsgrunnlag", "other"])
    ingest.add_argument("--json", action="store_true")

    remove = commands.add_parser("remove", help="fjern dokumenter fra indeksen (med stien som vist av «sources»)")
    remove.add_argument("paths", nargs="+", metavar="PATH")
    remove.add_argument("--json", action="store_true")

    sources = commands.add_parser("sources", help="vis dokumentene i indeksen")
    sources.add_argument("--json", action="store_true")

    ask = commands.add_parser("ask", help="still et spørsmål")
    ask.add_argument("question", nargs="?", metavar="QUESTION")
    ask.add_argument("--role", choices=ROLES, default="folkevalgt")
    ask.add_argument("--json", action="store_true")
    ask.add_argument("--batch", type=Path, metavar="FILE.jsonl", help="ett {\"question\", \"role\"} per linje")

    check = commands.add_parser("check", help="sjekk en tekst for glidning fra fag til politikk")
    check.add_argument("file", nargs="?", default="-", metavar="FILE|-")
    check.add_argument("--json", action="store_true")

    draft = commands.add_parser("draft", help="lag utkast til administrasjonens innledning til politisk verksted")
    draft.add_argument("what", choices=["innledning"])
    draft.add_argument("--json", action="store_true")
    draft.add_argument("--out", type=Path, help="lagre som .docx eller .md")

    serve = commands.add_parser("serve", help="start tjenesten med chat-widgeten")
    serve.add_argument("--host", default=None)
    serve.add_argument("--port", type=int, default=None)

    evaluate = commands.add_parser("eval", help="kjør evalueringen")
    evaluate.add_argument("--set", dest="set_dir", type=Path, help="mappe med datasett, eller NorQuAD-fil")
    evaluate.add_argument("--out", type=Path)
    evaluate.add_argument("--json", action="store_true")
    evaluate.add_argument("--fast", action="store_true", help="bare det raske utvalget (CI)")
    evaluate.add_argument("--compare", type=Path, help="result.json fra en tidligere kjøring å sammenligne med")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    for noisy in ("bm25s", "chromadb", "httpx", "sentence_transformers"):
        logging.getLogger(noisy).setLevel(logging.INFO if args.verbose else logging.WARNING)
    try:
        settings = Settings(**({"index": args.index} if args.index else {}))
    except ValueError as exc:
        print(f"Ugyldige innstillinger: {exc}", file=sys.stderr)
        return EXIT_USAGE
    handler: Callable[[argparse.Namespace, Settings], int] = COMMANDS[args.command]
    try:
        return handler(args, settings)
    except SamspillError as exc:
        print(f"Feil: {exc.message}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("Avbrutt.", file=sys.stderr)
        return EXIT_FAILED


# ---------------------------------------------------------------- commands


def _deps(settings: Settings, with_corpus: bool = True):
    from assistant.deps import Deps

    deps = Deps.build(settings)
    if with_corpus:
        report = deps.ensure_corpus(progress=sys.stderr.isatty())
        if report is not None:
            print(f"Indeksen var tom: la inn {report.count('added')} dokumenter fra {settings.corpus}.", file=sys.stderr)
    return deps


def cmd_ingest(args, settings: Settings) -> int:
    from assistant.deps import Deps

    missing = [p for p in args.paths if not p.exists()]
    for path in missing:
        print(f"Finner ikke {path}.", file=sys.stderr)
    deps = Deps.build(settings)
    report = deps.index.ingest([p for p in args.paths if p.exists()], kind=args.kind, progress=sys.stderr.isatty())
    if args.json:
        _print_json(report.to_dict())
    else:
        names = {"added": "lagt til", "updated": "oppdatert", "unchanged": "uendret", "failed": "feilet"}
        for outcome in report.files:
            line = f"{names[outcome.status]:>10}  {outcome.path}"
            if outcome.status in ("added", "updated"):
                line += f"  ({outcome.chunks} tekstbiter)"
            if outcome.reason:
                line += f"  – {outcome.reason}"
            print(line)
        counts = report.to_dict()["counts"]
        print(f"Lagt til {counts['added']}, oppdatert {counts['updated']}, uendret {counts['unchanged']}, feilet {counts['failed']}.")
    return EXIT_FAILED if missing or (report.files and report.count("failed") == len(report.files)) else EXIT_OK


def cmd_remove(args, settings: Settings) -> int:
    from assistant.deps import Deps

    report = Deps.build(settings).index.remove(args.paths)
    if args.json:
        _print_json(report.to_dict())
    else:
        for outcome in report.files:
            print(f"{'fjernet' if outcome.status == 'removed' else 'feilet':>10}  {outcome.path}  {outcome.reason or ''}")
    return EXIT_OK if report.count("failed") == 0 else EXIT_FAILED


def cmd_sources(args, settings: Settings) -> int:
    from assistant.deps import Deps

    documents = Deps.build(settings).index.documents()
    if args.json:
        _print_json([d.to_dict() for d in documents])
    elif not documents:
        print("Indeksen er tom. Legg inn dokumenter med «samspill ingest».")
    else:
        for d in documents:
            print(f"{d.kind:<18} {d.chunks:>5} biter  {d.title}  ({d.path})")
    return EXIT_OK


def cmd_ask(args, settings: Settings) -> int:
    from assistant.answering import answer

    if args.batch is None and not args.question:
        print("Skriv et spørsmål, eller bruk --batch FIL.jsonl.", file=sys.stderr)
        return EXIT_USAGE
    deps = _deps(settings)
    if args.batch is not None:
        return _ask_batch(args.batch, deps)
    result = answer(args.question, args.role, deps)
    if args.json:
        _print_json(result.to_dict())
    else:
        print(_render_answer(result))
    return EXIT_OK


def _ask_batch(path: Path, deps) -> int:
    from assistant.answering import answer

    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        print(f"Kan ikke lese {path}: {exc.strerror}", file=sys.stderr)
        return EXIT_FAILED
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            if not isinstance(item, dict):
                raise ValueError("linjen er ikke et JSON-objekt")
            result = answer(item.get("question"), item.get("role") or "folkevalgt", deps).to_dict()
        except ValueError as exc:
            result = {"error": {"code": "bad_request", "message": f"Linje {number}: ugyldig JSON ({exc})."}}
        except SamspillError as exc:
            result = {"error": {"code": exc.code, "message": f"Linje {number}: {exc.message}"}}
        print(json.dumps(result, ensure_ascii=False), flush=True)
    return EXIT_OK


def cmd_check(args, settings: Settings) -> int:
    from assistant.neutrality import Labeller, check_text

    if args.file == "-":
        text = sys.stdin.read()
    else:
        try:
            text = Path(args.file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            print(f"Kan ikke lese {args.file}: {exc}", file=sys.stderr)
            return EXIT_FAILED
    if not text.strip():
        print("Teksten er tom.", file=sys.stderr)
        return EXIT_FAILED
    report = check_text(text, Labeller.load())
    if args.json:
        _print_json(report.to_dict())
    else:
        print(_render_check(report.to_dict()))
    return EXIT_OK


def cmd_draft(args, settings: Settings) -> int:
    from assistant.drafting import draft_introduction, export

    deps = _deps(settings)
    draft = draft_introduction(deps)
    if args.out:
        export(draft, args.out)
        print(f"Lagret utkastet i {args.out}.", file=sys.stderr)
    if args.json:
        _print_json(draft.to_dict())
    elif not args.out:
        print(draft.to_markdown())
    return EXIT_OK


def cmd_serve(args, settings: Settings) -> int:
    import uvicorn

    from assistant.server import create_app

    host = args.host or settings.host
    port = args.port or settings.port
    deps = _deps(settings)  # built once, and the index filled before the server takes requests
    uvicorn.run(create_app(settings, deps=deps), host=host, port=port, workers=1, log_level="info")
    return EXIT_OK


def cmd_eval(args, settings: Settings) -> int:
    from evaluation.runner import run_cli

    return run_cli(args, settings)


COMMANDS: dict[str, Callable[[argparse.Namespace, Settings], int]] = {
    "ingest": cmd_ingest,
    "remove": cmd_remove,
    "sources": cmd_sources,
    "ask": cmd_ask,
    "check": cmd_check,
    "draft": cmd_draft,
    "serve": cmd_serve,
    "eval": cmd_eval,
}


# ---------------------------------------------------------------- rendering for people


def _print_json(data) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def _render_answer(result) -> str:
    lines = [result.answer]
    if result.notice:
        lines += ["", f"⚠ {result.notice}"]
    if result.sources:
        lines += ["", "Kilder:"]
        for source in result.sources:
            uncited = "" if source.cited else " – nærmeste treff, ikke sitert i svaret"
            lines.append(f"  [{source.id}] {source.label()} ({source.path}){uncited}")
    return "\n".join(lines)


def _render_check(report: dict) -> str:
    names = {"fact": "Fakta", "professional_advice": "Faglig råd", "political_choice": "Politisk valg"}
    lines = []
    for sentence in report["sentences"]:
        lines.append(f"[{names[sentence['label']]}] {sentence['text']}")
        if sentence.get("suggestion"):
            lines.append(f"    Forslag: {sentence['suggestion']}")
    counts = report["counts"]
    lines.append("")
    lines.append(f"Fakta: {counts['fact']}, faglige råd: {counts['professional_advice']}, politiske valg: {counts['political_choice']}.")
    if report["drift"]:
        lines.append("Teksten glir over i politiske valg; se forslagene over.")
    return "\n".join(lines)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
