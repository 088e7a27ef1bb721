"""Loading PDF, DOCX, HTML, Markdown and plain text into cleaned sections with metadata.

Real municipal PDFs (and text extracted from them) break lines mid-sentence, hyphenate words,
repeat running headers and footers, and drop text boxes into the middle of paragraphs. The loaders
turn every format into a list of :class:`Block` (a heading or a paragraph, with its page), and
:func:`reflow` repairs the raw lines of PDF-like text before that.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

from assistant.errors import DocumentError

log = logging.getLogger(__name__)

SUFFIXES = {".pdf", ".docx", ".html", ".htm", ".md", ".markdown", ".txt"}
KINDS = ("note", "samfunnsdel", "kunnskapsgrunnlag", "other")
MAX_FILE_BYTES = 50_000_000

# Unnumbered headings that real Norwegian reports use; anything else unnumbered stays text.
COMMON_HEADINGS = {
    "forord", "innledning", "sammendrag", "bakgrunn", "vedlegg", "referanser", "kilder",
    "litteratur", "oppsummering", "innhold", "innholdsfortegnelse",
}
TERMINAL = ".!?:;»\")"
BULLET = re.compile(r"^\s*(?:[•▪●◦‣∙·*–-]|\d{1,2}\)|[a-z]\))\s+")
NUMBERED_ITEM = re.compile(r"^\s*\d{1,2}\.\s+[A-ZÆØÅ]")
NUMBERED_HEADING = re.compile(r"^\s*(\d{1,2}(?:\.\d{1,2})*)\.?\s+([A-ZÆØÅ«].{1,90})$")
# «Del 1 Innledning», «Kapittel 2: Mål», «Del 3 – Satsingsområder»
PART_HEADING = re.compile(r"^\s*(?:del|kapittel|kap\.)\s+\d{1,2}\s*[:.–—-]?\s+[A-ZÆØÅ«]", re.IGNORECASE)
# «12 Kommunestyret har vedtatt …»: a paragraph number set in the margin, pulled into the line by
# the text extraction (MARGIN_NUMBERS: they count up through the document, one by one).
MARGIN_NUMBER = re.compile(r"^\(?(\d{1,3})\)? (?=[A-ZÆØÅ«])")
MARGIN_NUMBER_MIN_LINES = 60
# «Satsingsområde 2 – Kraft og frukt», «Innsatsområde B: Et levende sentrum»: a numbered area under
# a chapter (level 2).
AREA_HEADING = re.compile(r"^\s*(?:satsingsområde|innsatsområde|fokusområde|målområde)\s+"
                          r"(?:\d{1,2}|[A-ZÆØÅ])\s*[:.–—-]\s+[A-ZÆØÅ«][^.!?]{1,80}$", re.IGNORECASE)
# «Hvor står vi?», «Hvordan kommer vi dit?»: a plan's chapters are often named by the question they answer.
QUESTION_HEADING = re.compile(r"^(?:hva|hvor|hvordan|hvorfor|hvem|når|hvilke|hvilken|hvilket)\b[^.!:;]*\?$", re.IGNORECASE)
# «§ 3.2» alone on a line: a paragraph mark in the margin.
SECTION_MARK = re.compile(r"^\s*§\s*\d{1,2}(?:\.\d{1,2})*\s*$")
PAGE_NUMBER = re.compile(r"^\s*(?:side\s*)?\d{1,4}(?:\s*(?:av|/)\s*\d{1,4})?\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Block:
    text: str
    page: int | None = None
    heading_level: int = 0  # 0 = paragraph, 1.. = heading depth


@dataclass(frozen=True)
class Section:
    heading: str | None
    page: int | None
    text: str
    parent: str | None = None  # the heading above ``heading`` («Kapittel 4: Arealstrategier» over «Boligbygging»)


@dataclass
class Document:
    path: str
    title: str
    kind: str
    sha256: str
    sections: list[Section]
    metadata: dict[str, str] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return "\n\n".join(s.text for s in self.sections)


# ---------------------------------------------------------------- public entry point


def load(path: Path, kind: str | None = None, display_path: str | None = None) -> Document:
    """Read one file into a :class:`Document`; raise :class:`DocumentError` with the reason."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise DocumentError(
            f"{path.name}: filtypen «{suffix or 'ingen'}» støttes ikke (bruk PDF, DOCX, HTML, Markdown eller tekst)."
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DocumentError(f"{path.name}: kunne ikke lese filen ({exc.strerror}).") from exc
    if not data.strip():
        raise DocumentError(f"{path.name}: filen er tom.")
    if len(data) > MAX_FILE_BYTES:
        raise DocumentError(f"{path.name}: filen er større enn {MAX_FILE_BYTES // 1_000_000} MB.")
    meta = _sidecar(path)
    title_hint = meta.get("title")
    blocks, found_title = _LOADERS[suffix](path, data, title_hint)
    sections = _sections(blocks)
    if not any(s.text.strip() for s in sections):
        raise DocumentError(f"{path.name}: fant ingen lesbar tekst i filen (skannet PDF uten tekstlag?).")
    kind = kind or meta.get("kind") or "other"
    if kind not in KINDS:
        raise DocumentError(f"{path.name}: ukjent dokumenttype «{kind}» (bruk {', '.join(KINDS)}).")
    return Document(
        path=display_path or str(path),
        title=title_hint or found_title or path.stem.replace("-", " ").replace("_", " "),
        kind=kind,
        sha256=hashlib.sha256(data).hexdigest(),
        sections=sections,
        metadata={k: str(v) for k, v in meta.items() if k not in {"title", "kind"}},
    )


def _sidecar(path: Path) -> dict[str, str]:
    """Optional metadata next to the file: ``<name>.meta.json`` with title, authors, date, kind."""
    meta_path = path.with_name(path.name + ".meta.json")
    if not meta_path.exists():
        return {}
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DocumentError(f"{meta_path.name}: metadatafilen er ikke gyldig JSON ({exc}).") from exc
    return meta if isinstance(meta, dict) else {}


def _decode(data: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise DocumentError("teksten er verken UTF-8 eller Windows-1252.")


# ---------------------------------------------------------------- format loaders


def _load_text(path: Path, data: bytes, title: str | None) -> tuple[list[Block], str | None]:
    lines = [(line, None) for line in _decode(data).splitlines()]
    return reflow(lines, title), None


def _load_pdf(path: Path, data: bytes, title: str | None) -> tuple[list[Block], str | None]:
    import io

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise DocumentError(f"{path.name}: PDF-en er kryptert og kan ikke leses.")
        pages = [page.extract_text() or "" for page in reader.pages]
        meta_title = (reader.metadata or {}).get("/Title") if reader.metadata else None
    except DocumentError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise DocumentError(f"{path.name}: PDF-en er skadet eller ugyldig ({exc}).") from exc
    lines = [(line, number) for number, text in enumerate(pages, start=1) for line in text.splitlines()]
    lines = _drop_running_lines(lines, len(pages))
    return reflow(lines, title or meta_title), str(meta_title) if meta_title else None


def _load_docx(path: Path, data: bytes, title: str | None) -> tuple[list[Block], str | None]:
    import io
    import zipfile

    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise DocumentError(f"{path.name}: DOCX-filen er skadet eller ugyldig ({exc}).") from exc
    blocks: list[Block] = []
    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            text = _spaces(item.text)
            if not text:
                continue
            style = (item.style.name if item.style is not None else "") or ""
            level = _docx_heading_level(style)
            blocks.append(Block(text, None, level))
        elif isinstance(item, Table):
            blocks.extend(Block(row, None, 0) for row in _table_rows(item))
    return blocks, document.core_properties.title or None


def _docx_heading_level(style: str) -> int:
    name = style.lower()
    if name == "title" or name == "tittel":
        return 1
    match = re.match(r"(?:heading|overskrift)\s*(\d)", name)
    return int(match.group(1)) if match else 0


def _table_rows(table) -> list[str]:
    """A table as one line per row, «header: value» so a row read alone still makes sense."""
    rows = [[_spaces(cell.text) for cell in row.cells] for row in table.rows]
    if not rows:
        return []
    header, body = rows[0], rows[1:]
    lines = []
    for row in body:
        pairs = [f"{h}: {v}" if h and h != v else v for h, v in zip(header, row) if v]
        lines.append("; ".join(pairs) + ".")
    return lines or ["; ".join(header) + "."]


def _load_html(path: Path, data: bytes, title: str | None) -> tuple[list[Block], str | None]:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(_decode(data), "html.parser")
    for tag in soup(["script", "style", "nav", "footer", "header", "noscript", "template", "form"]):
        tag.decompose()
    blocks = []
    for element in soup.find_all(["h1", "h2", "h3", "h4", "p", "li", "td", "blockquote", "pre"]):
        if element.find_parent(["p", "li", "td", "blockquote"]) is not None:
            continue
        text = _spaces(element.get_text(" "))
        if text:
            level = int(element.name[1]) if element.name in {"h1", "h2", "h3", "h4"} else 0
            blocks.append(Block(text, None, level))
    page_title = soup.title.get_text(strip=True) if soup.title else None
    return blocks, page_title or None


def _load_markdown(path: Path, data: bytes, title: str | None) -> tuple[list[Block], str | None]:
    blocks: list[Block] = []
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            blocks.append(Block(_spaces(" ".join(paragraph))))
            paragraph.clear()

    for raw in _decode(data).splitlines():
        line = _strip_markdown(raw)
        heading = re.match(r"^(#{1,6})\s+(.*)$", raw.strip())
        if heading:
            flush()
            blocks.append(Block(_strip_markdown(heading.group(2)), None, len(heading.group(1))))
        elif not line.strip():
            flush()
        elif BULLET.match(raw):
            flush()
            paragraph.append(line)
            flush()
        else:
            paragraph.append(line)
    flush()
    first = next((b.text for b in blocks if b.heading_level == 1), None)
    return blocks, first


def _strip_markdown(text: str) -> str:
    text = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"(\*\*|__|`)", "", text)
    text = re.sub(r"^\s*>\s?", "", text)
    return text.strip()


_LOADERS = {
    ".pdf": _load_pdf,
    ".docx": _load_docx,
    ".html": _load_html,
    ".htm": _load_html,
    ".md": _load_markdown,
    ".markdown": _load_markdown,
    ".txt": _load_text,
}


# ---------------------------------------------------------------- cleaning PDF-like text


def _spaces(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00ad", "")).strip()


def _drop_running_lines(lines: list[tuple[str, int | None]], pages: int) -> list[tuple[str, int | None]]:
    """Drop headers and footers: short lines that recur (digits ignored) on many pages."""
    if pages < 3:
        return lines
    key = lambda text: re.sub(r"\d+", "#", _spaces(text)).lower()  # noqa: E731
    on_pages: dict[str, set[int | None]] = {}
    for text, page in lines:
        if 0 < len(text.strip()) <= 120:
            on_pages.setdefault(key(text), set()).add(page)
    running = {k for k, found in on_pages.items() if len(found) >= max(3, pages // 2)}
    return [(text, page) for text, page in lines if key(text) not in running]


def reflow(raw_lines: list[tuple[str, int | None]], title: str | None = None) -> list[Block]:
    """Rebuild paragraphs and headings from lines broken at the page width."""
    lines = [(_spaces(t), p) for t, p in raw_lines]
    lines = [(t, p) for t, p in lines if t and not _is_footer(t, title)]
    lines = _drop_table_of_contents(lines)
    lines = _drop_margin_numbers(lines)
    lines = _join_wrapped_headings(lines)
    blocks: list[Block] = []
    paragraph: list[str] = []
    paragraph_page: int | None = None
    floating: list[tuple[str, int | None]] = []  # a text box met inside an unfinished paragraph
    last_number: tuple[int, ...] | None = None
    last_level = 0
    in_capitals = False  # the chapter heading above is in capitals: numbered headings sit under it

    def flush() -> None:
        nonlocal paragraph, paragraph_page
        if paragraph:
            blocks.append(Block(_join(paragraph), paragraph_page, 0))
        paragraph = []
        for text, page in floating:
            blocks.append(Block(text, page, 0))
        floating.clear()

    previous = ""
    for i, (text, page) in enumerate(lines):
        following = lines[i + 1][0] if i + 1 < len(lines) else ""
        number = _heading_number(text, last_number)
        if number and following[:1].islower() and _sentence_goes_on(lines[i + 1:i + 3]):
            number = None  # «4.4 Flere eldre skal kunne bo trygt» + «hjemme.»: a numbered goal, not a heading
        level = len(number) if number else _unnumbered_heading_level(previous, text, following, paragraph, last_level)
        if number and in_capitals:
            level += 1  # «1 Flere vil bo her» under «VISJON OG HOVEDMÅL»: numbered within a chapter in capitals
        previous = "." if level else text  # after a heading, a sub-heading may follow directly
        if level:
            flush()
            if level == 1:  # a title in capitals on the cover («FJORDVIK KOMMUNE») is not a chapter
                in_capitals = text.isupper() and page != 1
            last_level = level
            last_number = number or last_number
            blocks.append(Block(text.rstrip(":"), page, level))
            continue
        if BULLET.match(text) or NUMBERED_ITEM.match(text):
            flush()
            paragraph, paragraph_page = [text], page
            continue
        if paragraph and _continues(paragraph[-1], text):
            paragraph.append(text)  # a text box met meanwhile is emitted after the paragraph
            continue
        if paragraph and _cut_mid_sentence(paragraph[-1]) and _looks_like_box_line(text) and len(floating) < 8:
            floating.append((text, page))
            continue
        flush()
        paragraph, paragraph_page = [text], page
    flush()
    return _merge_sentences(blocks)


def _sentence_goes_on(lines: list[tuple[str, int | None]]) -> bool:
    """Whether the lines after a numbered line finish its sentence: «hjemme.», or «prosent innen 2030
    sammenlignet med» + «2009.»."""
    for text, _ in lines:
        if _ends_sentence(text):
            return True
        if len(text) >= 60:
            return False
    return False


def _drop_table_of_contents(lines: list[tuple[str, int | None]]) -> list[tuple[str, int | None]]:
    """Skip «Innhold» and the heading lines (with page numbers or dot leaders) that follow it."""
    out: list[tuple[str, int | None]] = []
    in_toc = False
    toc_page: int | None = None
    for text, page in lines:
        if text.lower().strip(" :") in {"innhold", "innholdsfortegnelse"}:
            in_toc, toc_page = True, page
            continue
        if in_toc and page is not None and page != toc_page:
            in_toc = False  # a contents list ends with its page
        if in_toc:
            entry = re.sub(r"[ .·…]{3,}\s*\d+$|\s+\d{1,3}$", "", text)
            if NUMBERED_HEADING.match(entry) or re.fullmatch(r"[A-ZÆØÅ][^.!?]{0,80}", entry) and text != entry:
                continue
            in_toc = False
        out.append((text, page))
    return out


def _drop_margin_numbers(lines: list[tuple[str, int | None]]) -> list[tuple[str, int | None]]:
    """Strip paragraph numbers printed in the margin («8 Kunnskapsgrunnlaget for planen viste …»).
    They are recognised by counting up one by one through the document on full-width lines; the
    number of a heading or a table row (short lines) is left alone."""
    numbered = [(i, int(m.group(1))) for i, (text, _) in enumerate(lines)
                if len(text) >= MARGIN_NUMBER_MIN_LINES and (m := MARGIN_NUMBER.match(text))]
    steps = sum(1 for (_, a), (_, b) in zip(numbered, numbered[1:]) if b == a + 1)
    if len(numbered) < 5 or steps < 0.7 * (len(numbered) - 1):
        return lines
    strip = {i for i, _ in numbered}
    return [(MARGIN_NUMBER.sub("", text) if i in strip else text, page) for i, (text, page) in enumerate(lines)]


def _unnumbered_heading_level(previous: str, text: str, following: str, paragraph: list[str], last_level: int = 0) -> int:
    """«Del 1 Innledning», «Kapittel 2: …», «Forord», a short line in capitals before a body line
    («AREALSTRATEGI»), or a short title-like line standing between a finished sentence and a
    full-width body line («Slik har vi arbeidet», «Hvor vil vi?»). 0 when it is text. A capitalised
    heading right under another heading («Kapittel 2: Visjon og mål» + «VISJON») is a level below it."""
    under = min(3, last_level + 1) if previous == "." and last_level else 1
    if PART_HEADING.match(text):
        return 1
    if AREA_HEADING.match(text) and not following[:1].islower():
        return 2
    if text.lower().rstrip(":") in COMMON_HEADINGS and not paragraph:
        return 1
    words = text.split()
    if (
        text.isupper() and 1 <= len(words) <= 6 and len(text) <= 50 and not re.search(r"\d", text)
        and len(re.sub(r"\W", "", text)) >= 4 and not following.isupper()
        and (len(following) >= 40 or AREA_HEADING.match(following) or NUMBERED_HEADING.match(following)
             or (previous != "." and _title_like(following)))
    ):
        return under
    if (
        _title_like(text, questions=True)
        and text[-1:] not in ",–-"
        and not BULLET.match(text)
        and not re.search(r"\d", text)
        and (not previous or _ends_sentence(previous))
        and len(following) >= 60
        and following[:1].isupper()
    ):
        return 2
    return 0


def _title_like(text: str, questions: bool = False) -> bool:
    """A short line that reads like a heading («Visjon», «Fire hovedmål»; with ``questions`` also
    «Hvor står vi?»)."""
    return (1 <= len(text.split()) <= 8 and len(text) <= 60 and text[:1].isupper()
            and (not _ends_sentence(text) or bool(questions and QUESTION_HEADING.match(text))))


def _is_footer(text: str, title: str | None) -> bool:
    if PAGE_NUMBER.match(text) or SECTION_MARK.match(text):
        return True
    if title:
        stripped = re.sub(r"\s*\d{1,4}\s*$", "", text).strip().lower()
        if stripped == title.strip().lower() and stripped != text.strip().lower():
            return True  # «Title 11»: the running footer with its page number
    return False


def _heading_number(text: str, last: tuple[int, ...] | None) -> tuple[int, ...] | None:
    """A numbered heading («3. Samspill i planprosessen», «3.1 Skole») that continues the numbering."""
    match = NUMBERED_HEADING.match(text)
    if not match or text.rstrip()[-1] in ".!;,":
        return None
    number = tuple(int(n) for n in match.group(1).split("."))
    if len(text) > 90 or len(number) > 3:
        return None
    if last is None:
        return number if number[0] <= 2 and all(n <= 1 for n in number[1:]) else None
    # numbering moves forward, by at most one chapter (tolerates a skipped sub-heading)
    return number if last < number and number[0] <= last[0] + 1 and max(number) <= 30 else None


def _join_wrapped_headings(lines: list[tuple[str, int | None]]) -> list[tuple[str, int | None]]:
    """«4. Forholdet mellom samspill og» + «saksbehandling», «3 Et inkluderende» + «samfunn»: a heading
    wrapped on two lines (the second short, in lower case and not ending a sentence)."""
    out: list[tuple[str, int | None]] = []
    i = 0
    while i < len(lines):
        text, page = lines[i]
        following = lines[i + 1][0] if i + 1 < len(lines) else ""
        after = lines[i + 2][0] if i + 2 < len(lines) else ""
        if (
            NUMBERED_HEADING.match(text)
            and len(following) < 40
            and following[:1].islower()
            and not (after[:1].islower() or after[:1].isdigit())  # a sentence going on over three lines
            and (re.search(r"\b(og|i|for|av|med|mellom|om|til|på)$", text) or not _ends_sentence(following))
        ):
            out.append((f"{text} {following}", page))
            i += 2
            continue
        out.append((text, page))
        i += 1
    return out


def _ends_sentence(text: str) -> bool:
    return text.rstrip()[-1:] in TERMINAL


def _continues(previous: str, text: str) -> bool:
    """Whether ``text`` continues the line before it (a line broken at the page width)."""
    if previous.endswith("-") and text[:1].islower():
        return True
    if _ends_sentence(previous):
        return False
    if text[:1].islower() or text[:1] in "(«\"" or text[:1].isdigit():
        return True
    return len(previous) >= 45  # a full-width line wraps; a short line without a stop stands alone


def _cut_mid_sentence(line: str) -> bool:
    """A full-width line without a stop: the sentence goes on after whatever interrupts it."""
    return not _ends_sentence(line) and len(line) >= 45


def _looks_like_box_line(text: str) -> bool:
    return len(text) <= 60 and not text[:1].islower()


def _join(lines: list[str]) -> str:
    out = lines[0]
    for line in lines[1:]:
        if re.search(r"[A-Za-zÆØÅæøå]-$", out) and line[:1].islower() and not re.match(r"(og|eller|til)\b", line):
            out = out[:-1] + line  # hyphenation at the line end
        elif re.search(r"\d-$", out) and line[:1].islower():
            out = out + line  # «2030-» + «agendaen»
        else:
            out = f"{out} {line}"
    return _spaces(out)


def _merge_sentences(blocks: list[Block]) -> list[Block]:
    """Join a paragraph that ends mid-sentence with the next one starting in lower case."""
    merged: list[Block] = []
    for block in blocks:
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and previous.heading_level == 0
            and block.heading_level == 0
            and not _ends_sentence(previous.text)
            and block.text[:1].islower()
        ):
            merged[-1] = Block(_join([previous.text, block.text]), previous.page, 0)
        else:
            merged.append(block)
    return merged


# ---------------------------------------------------------------- sections


def _sections(blocks: list[Block]) -> list[Section]:
    """Group paragraphs under their heading; a section running over pages becomes one part per page.
    Each section also knows the heading one level up, since questions often name the chapter
    («ifølge arealstrategiene») while the answer sits under a sub-heading («Boligbygging»)."""
    sections: list[Section] = []
    heading: str | None = None
    parent: str | None = None
    open_headings: list[tuple[int, str]] = []  # (level, text) of the headings above the current text
    body: list[str] = []
    page: int | None = None
    for block in blocks:
        if block.heading_level:
            if body:
                sections.append(Section(heading, page, "\n\n".join(body), parent))
            open_headings = [h for h in open_headings if h[0] < block.heading_level]
            parent = open_headings[-1][1] if open_headings else None
            open_headings.append((block.heading_level, block.text))
            heading, body, page = block.text, [], block.page
            continue
        if body and block.page != page:
            sections.append(Section(heading, page, "\n\n".join(body), parent))
            body = []
        if not body:
            page = block.page
        body.append(block.text)
    if body:
        sections.append(Section(heading, page, "\n\n".join(body), parent))
    return sections


def discover(paths: list[Path]) -> list[Path]:
    """Expand folders into the supported files inside them, sorted; files are kept as given."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(
                p for p in sorted(path.rglob("*"))
                if p.is_file() and p.suffix.lower() in SUFFIXES and not p.name.startswith(".")
            )
        else:
            found.append(path)
    return found


def fingerprint(path: Path) -> str:
    """The file's sha256, read without parsing (to skip unchanged files quickly)."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


__all__ = ["Block", "Section", "Document", "load", "reflow", "discover", "fingerprint", "KINDS", "SUFFIXES"]
