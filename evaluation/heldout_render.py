"""Shared mechanics of the held-out render scripts (``evaluation/heldout*/render.py``).

Each held-out set imitates a different author's documents, so every text, style, colour and
layout choice stays in the set's own ``render.py``. This module holds only the generic pieces
that the scripts would otherwise each write again:

- DOCX (python-docx): a new document with its core properties, paragraphs of one formatted run,
  the element kinds every set uses (``h1``, ``h2``, ``p``, ``ul``) with handlers for the rest,
  captioned grid tables, and a save that can make the bytes the same on every run;
- PDF (reportlab platypus): the same bytes on every run, stacks of flowables and spacers,
  tables with a style, padding commands, captioned data tables, bullet lists, the page count;
- a soft hyphen after the first element of a compound word;
- the word count, the ``.meta.json`` sidecars and the progress lines the scripts print.

Element lists are lists of tuples whose first item names the kind, e.g. ``("h1", text)`` or
``("table", caption, rows)``; each script documents its own kinds.
"""

from __future__ import annotations

import datetime
import json
import zipfile
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

SOFT_HYPHEN = "\xad"

# =====================================================================================
# DOCX
# =====================================================================================


def new_docx(title: str, author: str, subject: str, created: str):
    """A new python-docx ``Document`` with title, author, subject and creation date (ISO
    ``YYYY-MM-DD``, stored as midnight) set."""
    from docx import Document

    doc = Document()
    props = doc.core_properties
    props.title = title
    props.author = author
    props.subject = subject
    props.created = datetime.datetime.fromisoformat(created)
    return doc


def add_run(paragraph, text: str, *, bold: bool | None = None, italic: bool | None = None,
            size: float | None = None, color: str | None = None):
    """Add a run of `text` to `paragraph`; only the given formats are set.

    `size` is in points, `color` a hex string such as ``"8A1C1C"``. Returns the run.
    """
    from docx.shared import Pt, RGBColor

    run = paragraph.add_run(text)
    if bold is not None:
        run.bold = bold
    if italic is not None:
        run.italic = italic
    if size is not None:
        run.font.size = Pt(size)
    if color is not None:
        run.font.color.rgb = RGBColor.from_string(color)
    return run


def shade_cell(cell, fill: str) -> None:
    """Give a DOCX table cell a background colour (a shaded box)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    props = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    props.append(shd)


def add_run_paragraph(doc, text: str, *, alignment=None, **run_format):
    """Add a paragraph holding one run of `text` (formats as in :func:`add_run`); returns it."""
    paragraph = doc.add_paragraph()
    if alignment is not None:
        paragraph.alignment = alignment
    add_run(paragraph, text, **run_format)
    return paragraph


def add_captioned_docx_table(doc, caption: str, rows: list[list[str]], *, style: str,
                             caption_format: Mapping[str, Any], header_bold: bool = False,
                             alignment=None) -> None:
    """Add a caption paragraph, a table of plain-text cells and an empty paragraph after it.

    `caption_format` holds :func:`add_run` formats for the caption; `style` names a table style
    of the default template; with `header_bold` the first row is bold; `alignment` places the
    table (a ``WD_TABLE_ALIGNMENT`` value).
    """
    add_run_paragraph(doc, caption, **caption_format)
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = style
    if alignment is not None:
        table.alignment = alignment
    for i, row in enumerate(rows):
        for j, value in enumerate(row):
            cell = table.cell(i, j)
            cell.text = value
            if header_bold and i == 0:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
    doc.add_paragraph()


def docx_table_handler(**options) -> Callable:
    """A handler for ``("table", caption, rows)`` elements in :func:`add_docx_elements` that
    draws them with :func:`add_captioned_docx_table` and these keyword `options`."""
    def handler(doc, caption: str, rows: list[list[str]]) -> None:
        add_captioned_docx_table(doc, caption, rows, **options)
    return handler


def add_docx_elements(doc, elements: Iterable[tuple],
                      handlers: Mapping[str, Callable] | None = None) -> None:
    """Add element tuples to `doc` in order.

    Built in: ``("h1", text)``, ``("h2", text)`` (Heading 1/2), ``("p", text)`` and
    ``("ul", [items])`` (List Bullet). Any other kind, or a built-in one to be drawn otherwise,
    goes to ``handlers[kind](doc, *rest_of_tuple)``; a kind with neither raises ``ValueError``.
    """
    handlers = handlers or {}
    for kind, *rest in elements:
        if kind in handlers:
            handlers[kind](doc, *rest)
        elif kind == "h1":
            doc.add_heading(rest[0], level=1)
        elif kind == "h2":
            doc.add_heading(rest[0], level=2)
        elif kind == "p":
            doc.add_paragraph(rest[0])
        elif kind == "ul":
            for item in rest[0]:
                doc.add_paragraph(item, style="List Bullet")
        else:
            raise ValueError(kind)


def save_docx(doc, path: Path, *, fixed_day: str | None = None) -> None:
    """Save `doc` to `path`.

    python-docx stamps every zip member with the current time. With `fixed_day` (ISO
    ``YYYY-MM-DD``) the file is the same on every run: the modified date is that day at
    midnight, the revision 1, and every zip member is stamped with noon of that day.
    """
    if fixed_day is None:
        doc.save(str(path))
        return
    day = datetime.datetime.fromisoformat(fixed_day)
    props = doc.core_properties
    props.modified = day
    props.revision = 1
    doc.save(str(path))
    stamp = (day.year, day.month, day.day, 12, 0, 0)
    with zipfile.ZipFile(path) as zin:
        members = [(info, zin.read(info.filename)) for info in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info, data in members:
            fixed = zipfile.ZipInfo(info.filename, date_time=stamp)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = info.external_attr
            zout.writestr(fixed, data)


# =====================================================================================
# PDF (reportlab platypus)
# =====================================================================================


def deterministic_pdf() -> None:
    """Make reportlab write the same bytes on every run: no creation date, no random file id."""
    from reportlab import rl_config

    rl_config.invariant = 1


def spaced(*parts) -> list:
    """Flowables with vertical space between them: a number ``n`` becomes ``Spacer(1, n)``.

    ``spaced(30 * mm, kicker, 6 * mm, title, 14 * mm)`` stacks a title block.
    """
    from reportlab.platypus import Spacer

    return [Spacer(1, part) if isinstance(part, (int, float)) else part for part in parts]


def styled_table(data: list[list], col_widths: list[float], commands: list[tuple], **table_kwargs):
    """A platypus ``Table`` of `data` with the ``TableStyle`` `commands` applied."""
    from reportlab.platypus import Table, TableStyle

    table = Table(data, colWidths=col_widths, **table_kwargs)
    table.setStyle(TableStyle(commands))
    return table


def padding(left: float | None = None, right: float | None = None, top: float | None = None,
            bottom: float | None = None, cells: tuple = ((0, 0), (-1, -1))) -> list[tuple]:
    """``TableStyle`` padding commands (left, right, top, bottom; the given ones) for `cells`."""
    given = (("LEFTPADDING", left), ("RIGHTPADDING", right), ("TOPPADDING", top),
             ("BOTTOMPADDING", bottom))
    return [(name, *cells, value) for name, value in given if value is not None]


def data_table(rows: list[list[str]], col_widths: list[float], header_style, cell_style,
               commands: list[tuple]):
    """A table whose cells are Paragraphs: the first row in `header_style`, repeated after a
    page break, the others in `cell_style`."""
    from reportlab.platypus import Paragraph

    data = [[Paragraph(text, header_style if r == 0 else cell_style) for text in row]
            for r, row in enumerate(rows)]
    return styled_table(data, col_widths, commands, repeatRows=1)


def captioned(caption: str, caption_style, flowable, space_after: float):
    """The caption, `flowable` and a spacer kept together on one page."""
    from reportlab.platypus import KeepTogether, Paragraph, Spacer

    return KeepTogether([Paragraph(caption, caption_style), flowable, Spacer(1, space_after)])


def bullet_list(texts: Iterable[str], style, start: str, indent: float, **list_kwargs):
    """A bulleted ``ListFlowable`` of one Paragraph per text, each indented by `indent`."""
    from reportlab.platypus import ListFlowable, ListItem, Paragraph

    items = [ListItem(Paragraph(text, style), leftIndent=indent) for text in texts]
    return ListFlowable(items, bulletType="bullet", start=start, leftIndent=indent, **list_kwargs)


def pdf_page_count(path: Path) -> int:
    """The number of pages of the PDF at `path`."""
    from pypdf import PdfReader

    return len(PdfReader(str(path)).pages)


# =====================================================================================
# Text
# =====================================================================================


def hyphenate_after_head(word: str, heads: Iterable[str], min_rest: int) -> str | None:
    """`word` with a soft hyphen after the first of `heads` it starts with (case-insensitive)
    when at least `min_rest` letters follow the head; ``None`` when no head fits."""
    low = word.lower()
    for head in heads:
        if low.startswith(head) and len(word) - len(head) >= min_rest:
            return word[:len(head)] + SOFT_HYPHEN + word[len(head):]
    return None


def count_words(elements: Iterable[tuple]) -> int:
    """The number of words in an element list, for the progress line.

    Counts every string after the kind, every string in a list, and every item of a row or
    tuple inside a list or standing alone (numbers count as one word each).
    """
    n = 0
    for el in elements:
        for part in el[1:]:
            if isinstance(part, str):
                n += len(part.split())
            elif isinstance(part, list):
                for item in part:
                    if isinstance(item, str):
                        n += len(item.split())
                    elif isinstance(item, (list, tuple)):
                        n += sum(len(str(x).split()) for x in item)
            elif isinstance(part, tuple):
                n += sum(len(str(x).split()) for x in part)
    return n


# =====================================================================================
# Sidecars and progress
# =====================================================================================


def write_meta(path: Path, meta: Mapping[str, str]) -> None:
    """Write `meta` as ``<name>.meta.json`` next to `path` (UTF-8, indented, in the given order)."""
    path.with_name(path.name + ".meta.json").write_text(
        json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def finish(pages: int, pdf: tuple[Path, Mapping[str, str], list],
           docx: tuple[Path, Mapping[str, str], list], *, approximate: bool = True) -> None:
    """Write both sidecars and print the progress lines.

    `pdf` and `docx` are ``(path, sidecar meta, element list)``; `pages` is the PDF's page
    count. With `approximate` the word counts are printed as «ca. N ord».
    """
    (pdf_path, pdf_meta, pdf_elements), (docx_path, docx_meta, docx_elements) = pdf, docx
    write_meta(pdf_path, pdf_meta)
    write_meta(docx_path, docx_meta)
    about = "ca. " if approximate else ""
    print(f"{pdf_path.name}: {pages} sider, {about}{count_words(pdf_elements)} ord")
    print(f"{docx_path.name}: {about}{count_words(docx_elements)} ord")


def finish_fictional(name: str, pages: int, pdf: tuple[Path, str, str, list],
                     docx: tuple[Path, str, str, list]) -> None:
    """:func:`finish` for a fictional municipality: `pdf` and `docx` are ``(path, title without the
    municipality, date, element list)``; the sidecars name «<name> kommune (fiktiv)» as author and
    municipality and carry the example-data notice."""
    common = {"authors": f"{name} kommune (fiktiv)", "municipality": f"{name} kommune (fiktiv)"}
    notice = f"Eksempeldata – fiktiv kommune. {name} kommune finnes ikke."
    (pdf_path, pdf_title, pdf_date, pdf_elements), (docx_path, docx_title, docx_date, docx_elements) = pdf, docx
    pdf_meta = {"title": f"{pdf_title} – {name} kommune", **common,
                "date": pdf_date, "kind": "samfunnsdel", "notice": notice}
    docx_meta = {"title": f"{docx_title} – {name} kommune", **common,
                 "date": docx_date, "kind": "kunnskapsgrunnlag", "notice": notice}
    finish(pages, (pdf_path, pdf_meta, pdf_elements), (docx_path, docx_meta, docx_elements))
