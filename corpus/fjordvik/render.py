"""Render the Fjordvik demo documents (eksempeldata – Fjordvik is a fictional municipality).

Run from the repository root::

    .venv/bin/python corpus/fjordvik/render.py

The texts live at the end of this script (``SAMFUNNSDEL_TEXT``, ``KUNNSKAPSGRUNNLAG_TEXT``) in a
small Markdown subset (see :func:`parse`). They are kept in Python rather than in ``.md`` files
because the product indexes every ``.md``/``.txt`` file under ``corpus/``, and the sources would
show up as duplicate documents. The script writes, into this folder:

* ``fjordvik-samfunnsdel-2024-2036.pdf`` (reportlab) and its ``.meta.json`` sidecar,
* ``fjordvik-kunnskapsgrunnlag-2024.docx`` (python-docx) and its ``.meta.json`` sidecar.

Output is deterministic: reportlab runs in invariant mode, and the DOCX package gets fixed
core properties and fixed ZIP timestamps, so re-running gives byte-identical files.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent

AUTHORS = "Fjordvik kommune (fiktiv eksempelkommune)"
EXAMPLE_NOTICE = (
    "EKSEMPELDATA – Fjordvik kommune er en fiktiv kommune. Dokumentet er laget for å "
    "demonstrere Samspill og beskriver ingen virkelig kommune. Navn, tall, vedtak og "
    "saksnumre er oppdiktet."
)
FOOTER_NOTICE = "Eksempeldata – fiktiv kommune laget for å demonstrere Samspill"

SAMFUNNSDEL = {
    "source": "SAMFUNNSDEL_TEXT",
    "output": "fjordvik-samfunnsdel-2024-2036.pdf",
    "title": "Kommuneplanens samfunnsdel 2024–2036",
    "meta_title": "Kommuneplanens samfunnsdel 2024–2036 – Fjordvik kommune",
    "header": "Fjordvik kommune – Kommuneplanens samfunnsdel 2024–2036",
    "vision": "«Fjordvik – trygt å bli, godt å komme til»",
    "adopted": "Vedtatt av kommunestyret 12.12.2024, sak 98/24",
    "case": "Arkivsak 23/01457",
    "date": "2024-12-12",
    "kind": "samfunnsdel",
}
KUNNSKAPSGRUNNLAG = {
    "source": "KUNNSKAPSGRUNNLAG_TEXT",
    "output": "fjordvik-kunnskapsgrunnlag-2024.docx",
    "title": "Kunnskapsgrunnlag for kommuneplanens samfunnsdel – Fjordvik kommune 2024",
    "header": "Fjordvik kommune – Kunnskapsgrunnlag for kommuneplanens samfunnsdel 2024",
    "date": "2024-03-01",
    "kind": "kunnskapsgrunnlag",
}


# --------------------------------------------------------------------------------------------
# A tiny Markdown subset
# --------------------------------------------------------------------------------------------


@dataclass
class Block:
    kind: str  # h1 | h2 | p | caption | quote | bullets | table
    text: str = ""
    items: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)


def parse(text: str) -> list[Block]:
    """Parse ``# h1``, ``## h2``, ``> quote``, ``- bullet``, ``| table | rows |`` and paragraphs.

    Paragraphs are separated by blank lines; a paragraph starting with ``Tabell`` is a caption.
    Inline ``**bold**`` is kept in the text and handled by each renderer.
    """
    blocks: list[Block] = []
    para: list[str] = []

    def flush() -> None:
        if para:
            joined = " ".join(line.strip() for line in para)
            kind = "caption" if joined.startswith("Tabell ") else "p"
            blocks.append(Block(kind, joined))
            para.clear()

    for raw in text.splitlines():
        line = raw.rstrip()
        if not line.strip():
            flush()
        elif line.startswith("## "):
            flush()
            blocks.append(Block("h2", line[3:].strip()))
        elif line.startswith("# "):
            flush()
            blocks.append(Block("h1", line[2:].strip()))
        elif line.startswith("> "):
            flush()
            blocks.append(Block("quote", line[2:].strip()))
        elif line.startswith("- "):
            flush()
            if not blocks or blocks[-1].kind != "bullets":
                blocks.append(Block("bullets"))
            blocks[-1].items.append(line[2:].strip())
        elif line.startswith("|"):
            flush()
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if not blocks or blocks[-1].kind != "table":
                blocks.append(Block("table"))
            blocks[-1].rows.append(cells)
        else:
            para.append(line)
    flush()
    for b in blocks:
        if b.kind == "table" and len({len(r) for r in b.rows}) != 1:
            raise ValueError(f"ragged table: {b.rows[0]}")
    return blocks


def split_bold(text: str) -> list[tuple[str, bool]]:
    parts = re.split(r"\*\*(.+?)\*\*", text)
    return [(p, i % 2 == 1) for i, p in enumerate(parts) if p]


def plain(text: str) -> str:
    return text.replace("**", "")


def write_meta(path: Path, spec: dict) -> None:
    meta = {"title": spec.get("meta_title", spec["title"]), "authors": AUTHORS, "date": spec["date"], "kind": spec["kind"]}
    path.with_name(path.name + ".meta.json").write_text(
        json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )


# --------------------------------------------------------------------------------------------
# PDF: kommuneplanens samfunnsdel (reportlab)
# --------------------------------------------------------------------------------------------


def render_pdf(spec: dict) -> Path:
    from reportlab import rl_config

    rl_config.invariant = 1  # fixed creation date and document id: deterministic output

    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas as rl_canvas
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        KeepTogether,
        NextPageTemplate,
        PageBreak,
        PageTemplate,
        Paragraph,
        Spacer,
        Table,
        TableStyle,
    )
    from reportlab.platypus.tableofcontents import TableOfContents
    from xml.sax.saxutils import escape

    sea = colors.HexColor("#1f4e79")
    pale = colors.HexColor("#e8f0f7")
    grey = colors.HexColor("#555555")

    body = ParagraphStyle("Body", fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=6)
    bullet = ParagraphStyle("Bullet", parent=body, leftIndent=14, bulletIndent=3, spaceAfter=3)
    h1 = ParagraphStyle(
        "H1", fontName="Helvetica-Bold", fontSize=16, leading=20, textColor=sea,
        spaceBefore=14, spaceAfter=8, keepWithNext=1,
    )
    h2 = ParagraphStyle(
        "H2", fontName="Helvetica-Bold", fontSize=12.5, leading=16, textColor=sea,
        spaceBefore=10, spaceAfter=5, keepWithNext=1,
    )
    quote = ParagraphStyle(
        "Quote", fontName="Helvetica-BoldOblique", fontSize=15, leading=20, textColor=sea,
        alignment=TA_CENTER,
    )
    cell = ParagraphStyle("Cell", fontName="Helvetica", fontSize=9.5, leading=12)
    cell_head = ParagraphStyle("CellHead", parent=cell, fontName="Helvetica-Bold", textColor=colors.white)

    def markup(text: str) -> str:
        return "".join(f"<b>{escape(t)}</b>" if b else escape(t) for t, b in split_bold(text))

    class Doc(BaseDocTemplate):
        def __init__(self, filename: str, **kw):
            super().__init__(filename, **kw)
            frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
            self.addPageTemplates(
                [
                    PageTemplate("title", [frame], onPage=self._title_page),
                    PageTemplate("normal", [frame], onPage=self._normal_page),
                ]
            )
            self._heading_no = 0

        def _title_page(self, canv, doc):
            canv.saveState()
            canv.setFillColor(sea)
            canv.rect(0, A4[1] - 70 * mm, A4[0], 70 * mm, stroke=0, fill=1)
            canv.setFillColor(colors.white)
            canv.setFont("Helvetica-Bold", 13)
            canv.drawString(25 * mm, A4[1] - 25 * mm, "FJORDVIK KOMMUNE")
            canv.setFont("Helvetica", 10)
            canv.drawString(25 * mm, A4[1] - 31 * mm, "Fiktiv eksempelkommune")
            # a stylised fjord: three waves
            canv.setStrokeColor(colors.white)
            canv.setLineWidth(1.5)
            for i in range(3):
                y = A4[1] - 50 * mm - i * 5 * mm
                p = canv.beginPath()
                p.moveTo(25 * mm, y)
                for k in range(8):
                    x0 = 25 * mm + k * 20 * mm
                    p.curveTo(x0 + 5 * mm, y + 3 * mm, x0 + 15 * mm, y - 3 * mm, x0 + 20 * mm, y)
                canv.drawPath(p, stroke=1, fill=0)
            self._footer(canv, doc)
            canv.restoreState()

        def _normal_page(self, canv, doc):
            canv.saveState()
            canv.setFont("Helvetica", 8.5)
            canv.setFillColor(grey)
            canv.drawString(self.leftMargin, A4[1] - 14 * mm, spec["header"])
            canv.setStrokeColor(sea)
            canv.setLineWidth(0.6)
            canv.line(self.leftMargin, A4[1] - 16 * mm, A4[0] - self.rightMargin, A4[1] - 16 * mm)
            self._footer(canv, doc)
            canv.restoreState()

        def _footer(self, canv, doc):
            canv.setFont("Helvetica", 8)
            canv.setFillColor(grey)
            canv.setStrokeColor(sea)
            canv.setLineWidth(0.6)
            canv.line(self.leftMargin, 16 * mm, A4[0] - self.rightMargin, 16 * mm)
            canv.drawString(self.leftMargin, 11 * mm, FOOTER_NOTICE)

        def afterFlowable(self, flowable):
            name = getattr(flowable, "style", None) and flowable.style.name
            if name in ("H1", "H2"):
                text = flowable.getPlainText()
                level = 0 if name == "H1" else 1
                self._heading_no += 1
                key = f"h{self._heading_no}"
                self.canv.bookmarkPage(key)
                self.canv.addOutlineEntry(text, key, level=level, closed=False)
                self.notify("TOCEntry", (level, text, self.page, key))

        def handle_documentBegin(self):
            self._heading_no = 0
            super().handle_documentBegin()

    class NumberedCanvas(rl_canvas.Canvas):
        """Adds «Side x av y» after all pages are known."""

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                self.setFont("Helvetica", 8)
                self.setFillColor(grey)
                self.drawRightString(A4[0] - 25 * mm, 11 * mm, f"Side {self._pageNumber} av {total}")
                super().showPage()
            super().save()

    blocks = parse(globals()[spec["source"]])
    story: list = []

    # Title page
    story += [
        Spacer(1, 62 * mm),
        Paragraph(spec["title"], ParagraphStyle("T", fontName="Helvetica-Bold", fontSize=26, leading=32, textColor=sea)),
        Spacer(1, 8 * mm),
        Paragraph(spec["vision"], ParagraphStyle("V", fontName="Helvetica-Oblique", fontSize=15, leading=20)),
        Spacer(1, 14 * mm),
        Paragraph(spec["adopted"], body),
        Paragraph(spec["case"], body),
        Spacer(1, 40 * mm),
    ]
    notice = Table(
        [[Paragraph(EXAMPLE_NOTICE, ParagraphStyle("N", parent=body, fontName="Helvetica-Bold", fontSize=10))]],
        colWidths=[160 * mm],
    )
    notice.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), pale),
                ("BOX", (0, 0), (-1, -1), 1, sea),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    story += [notice, NextPageTemplate("normal"), PageBreak()]

    # Table of contents
    toc = TableOfContents(dotsMinLevel=-1)
    toc.levelStyles = [
        ParagraphStyle("TOC1", fontName="Helvetica-Bold", fontSize=10.5, leading=15, leftIndent=0),
        ParagraphStyle("TOC2", fontName="Helvetica", fontSize=10, leading=13, leftIndent=14),
    ]
    story += [Paragraph("Innhold", ParagraphStyle("TOCHead", parent=h1, spaceBefore=0)), toc, PageBreak()]

    first_h1 = True
    for b in blocks:
        if b.kind == "h1":
            if not first_h1 and b.text.split()[0] in {"3"}:
                story.append(PageBreak())
            first_h1 = False
            story.append(Paragraph(escape(b.text), h1))
        elif b.kind == "h2":
            story.append(Paragraph(escape(b.text), h2))
        elif b.kind in ("p", "caption"):
            story.append(Paragraph(markup(b.text), body))
        elif b.kind == "bullets":
            story += [Paragraph(markup(item), bullet, bulletText="–") for item in b.items]
            story.append(Spacer(1, 4))
        elif b.kind == "quote":
            box = Table([[Paragraph(escape(b.text), quote)]], colWidths=[150 * mm])
            box.setStyle(
                TableStyle(
                    [
                        ("BACKGROUND", (0, 0), (-1, -1), pale),
                        ("TOPPADDING", (0, 0), (-1, -1), 12),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 12),
                    ]
                )
            )
            story += [Spacer(1, 4), box, Spacer(1, 10)]
        elif b.kind == "table":
            data = [[Paragraph(markup(c), cell_head) for c in b.rows[0]]]
            data += [[Paragraph(markup(c), cell) for c in row] for row in b.rows[1:]]
            widths = [80 * mm, 35 * mm, 45 * mm][: len(b.rows[0])]
            t = Table(data, colWidths=widths, repeatRows=1)
            t.setStyle(
                TableStyle(
                    [
                        ("BACKGROUND", (0, 0), (-1, 0), sea),
                        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, pale]),
                        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9bb3cc")),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ]
                )
            )
            story += [Spacer(1, 4), KeepTogether([t]), Spacer(1, 8)]
        else:  # pragma: no cover - parse() only yields the kinds above
            raise ValueError(b.kind)

    out = HERE / spec["output"]
    doc = Doc(
        str(out),
        pagesize=A4,
        leftMargin=25 * mm,
        rightMargin=25 * mm,
        topMargin=24 * mm,
        bottomMargin=24 * mm,
        title=spec.get("meta_title", spec["title"]),
        author=AUTHORS,
        subject="Eksempeldata – fiktiv kommune laget for å demonstrere Samspill",
        creator="corpus/fjordvik/render.py",
        lang="nb-NO",
    )
    doc.multiBuild(story, canvasmaker=NumberedCanvas)
    write_meta(out, spec)
    return out


# --------------------------------------------------------------------------------------------
# DOCX: kunnskapsgrunnlag (python-docx)
# --------------------------------------------------------------------------------------------

FIXED_TIME = dt.datetime(2024, 3, 1, 9, 0, 0)


def _add_page_field(paragraph) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    fld.append(run)
    paragraph._p.append(fld)


def _add_runs(paragraph, text: str) -> None:
    for chunk, bold in split_bold(text):
        paragraph.add_run(chunk).bold = bold or None


def _deterministic_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return buf.getvalue()


def render_docx(spec: dict) -> Path:
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Pt, RGBColor

    blocks = parse(globals()[spec["source"]])
    doc = Document()

    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)

    cp = doc.core_properties
    cp.title = spec["title"]
    cp.author = AUTHORS
    cp.last_modified_by = AUTHORS
    cp.subject = "Eksempeldata – fiktiv kommune laget for å demonstrere Samspill"
    cp.keywords = "eksempeldata; fiktiv kommune; kunnskapsgrunnlag; samfunnsdel"
    cp.language = "nb-NO"
    cp.created = FIXED_TIME
    cp.modified = FIXED_TIME
    cp.last_printed = FIXED_TIME
    cp.revision = 1
    cp.comments = EXAMPLE_NOTICE

    section = doc.sections[0]
    section.different_first_page_header_footer = True
    hp = section.header.paragraphs[0]
    hp.text = spec["header"]
    hp.runs[0].font.size = Pt(8.5)
    fp = section.footer.paragraphs[0]
    fp.add_run(FOOTER_NOTICE + " – side ").font.size = Pt(8)
    _add_page_field(fp)
    ffp = section.first_page_footer.paragraphs[0]
    ffp.add_run(FOOTER_NOTICE).font.size = Pt(8)

    # Title page
    p = doc.add_paragraph()
    r = p.add_run("FJORDVIK KOMMUNE")
    r.bold = True
    r.font.size = Pt(14)
    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    doc.add_paragraph("Fiktiv eksempelkommune")
    for _ in range(4):
        doc.add_paragraph()
    doc.add_paragraph("Kunnskapsgrunnlag for kommuneplanens samfunnsdel", style="Title")
    doc.add_paragraph("Fjordvik kommune 2024", style="Subtitle")
    doc.add_paragraph("Kommunens situasjon og utviklingstrekk, og viktige nasjonale og regionale føringer")
    doc.add_paragraph()
    doc.add_paragraph("Utarbeidet av administrasjonen. Kvalitetssikret av kommunedirektørens ledergruppe.")
    doc.add_paragraph("Dato: 01.03.2024. Versjon 1.0. Arkivsak 23/01457")
    for _ in range(3):
        doc.add_paragraph()
    notice = doc.add_paragraph()
    notice.add_run(EXAMPLE_NOTICE).bold = True
    notice.add_run().add_break(WD_BREAK.PAGE)

    table_no = 0
    for b in blocks:
        if b.kind == "h1":
            doc.add_heading(b.text, level=1)
        elif b.kind == "h2":
            doc.add_heading(b.text, level=2)
        elif b.kind == "p":
            _add_runs(doc.add_paragraph(), b.text)
        elif b.kind == "caption":
            doc.add_paragraph(plain(b.text), style="Caption")
        elif b.kind == "quote":
            doc.add_paragraph(plain(b.text), style="Intense Quote")
        elif b.kind == "bullets":
            for item in b.items:
                _add_runs(doc.add_paragraph(style="List Bullet"), item)
        elif b.kind == "table":
            table_no += 1
            rows, cols = len(b.rows), len(b.rows[0])
            t = doc.add_table(rows=rows, cols=cols, style="Table Grid")
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            for i, row in enumerate(b.rows):
                for j, value in enumerate(row):
                    c = t.cell(i, j)
                    c.text = plain(value)
                    para = c.paragraphs[0]
                    if j > 0 and i > 0 and re.match(r"^[-+–\d ,%]+$", value):
                        para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                    if i == 0 or value.startswith(("Sum", "Totalt")) or b.rows[i][0] in ("Sum", "Totalt"):
                        for run in para.runs:
                            run.bold = True
            # Mark the first row as a header row that repeats on page breaks.
            from docx.oxml import OxmlElement
            from docx.oxml.ns import qn

            trPr = t.rows[0]._tr.get_or_add_trPr()
            el = OxmlElement("w:tblHeader")
            el.set(qn("w:val"), "true")
            trPr.append(el)
        else:  # pragma: no cover
            raise ValueError(b.kind)

    out = HERE / spec["output"]
    buf = io.BytesIO()
    doc.save(buf)
    out.write_bytes(_deterministic_zip(buf.getvalue()))
    write_meta(out, spec)
    return out


def main() -> None:
    for path in (render_pdf(SAMFUNNSDEL), render_docx(KUNNSKAPSGRUNNLAG)):
        print(f"wrote {path.relative_to(HERE.parent.parent)}")



# --------------------------------------------------------------------------------------------
# Document texts (bokmål). Eksempeldata: every name, figure and decision is invented.
# --------------------------------------------------------------------------------------------

SAMFUNNSDEL_TEXT = """
# 1 Innledning

## 1.1 Hva er kommuneplanens samfunnsdel?

Kommuneplanens samfunnsdel er Fjordvik kommunes overordnede styringsdokument. Etter plan- og bygningsloven § 11-2 skal samfunnsdelen ta stilling til langsiktige utfordringer, mål og strategier for kommunesamfunnet som helhet og for kommunen som organisasjon. Planen gir retning for kommunens arbeid i alle fire roller: som samfunnsutvikler, tjenesteyter, myndighetsutøver og demokratisk arena.

Samfunnsdelen har to deler. **De lange linjene** – visjon, hovedmål og arealstrategier – skal ligge fast over flere valgperioder og gi forutsigbarhet for innbyggere, næringsliv og samarbeidspartnere. **Satsingsområdene** viser hva kommunestyret vil prioritere i valgperioden 2023–2027. Satsingsområdene skal følges opp i handlings- og økonomiplanen, i temaplaner og i kommuneplanens arealdel.

Planen erstatter kommuneplanens samfunnsdel 2015–2027, vedtatt 18.06.2015. Flere av hovedmålene i den forrige planen er videreført i endret form, mens visjonen og satsingsområdene er nye.

## 1.2 Slik har vi arbeidet

Arbeidet startet med kommunal planstrategi 2024–2027, som kommunestyret vedtok 14.03.2024 (sak 18/24). Planstrategien konkluderte med at samfunnsdelen skulle revideres i valgperioden. Planprogrammet for revisjonen ble fastsatt 25.04.2024 (sak 33/24).

Kommunestyret har hatt tre politiske verksted i arbeidet med planen. Det første verkstedet, 11.04.2024, drøftet kunnskapsgrunnlaget og den gjeldende samfunnsdelen. Det andre verkstedet, 06.06.2024, pekte ut satsingsområdene. Det tredje verkstedet, 29.08.2024, drøftet mål, strategier og arealstrategier i et første utkast. Administrasjonen har deretter bearbeidet innspillene planfaglig.

Planforslaget lå ute på høring fra 13.09.2024 til 25.10.2024. I tillegg til høringen har det vært folkemøter i Nordvik, Havøy, Solheim og Leirvåg, møter med ungdomsrådet, eldrerådet og rådet for personer med funksjonsnedsettelse, og en digital spørreundersøkelse som fikk 1 134 svar. Kommunen mottok 47 høringsuttalelser. Innspillene er oppsummert i saksframlegget til sluttbehandlingen.

## 1.3 Forholdet til kunnskapsgrunnlaget

Planen bygger på dokumentet «Kunnskapsgrunnlag for kommuneplanens samfunnsdel – Fjordvik kommune 2024». Kunnskapsgrunnlaget beskriver kommunens situasjon og utviklingstrekk innenfor samfunnsutvikling, tjenesteyting, beredskap og økonomi, og gjengir viktige nasjonale og regionale føringer. Det er utarbeidet av administrasjonen og kvalitetssikret av kommunedirektørens ledergruppe.

Kunnskapsgrunnlaget tar ikke stilling til politiske veivalg. Valgene av visjon, mål, satsingsområder og arealstrategier i denne planen er gjort av kommunestyret. Noen hovedtrekk fra kunnskapsgrunnlaget som har vært særlig viktige i arbeidet:

- Innbyggertallet var 14 212 per 1. januar 2024.
- Antallet innbyggere over 80 år ventes å øke med 58 prosent fra 2024 til 2035.
- Antallet barn i grunnskolealder ventes å gå ned med 16 prosent i samme periode.
- Det er en netto utpendling på om lag 770 personer, de fleste til Brekkestad.
- Netto driftsresultat var 0,6 prosent i 2023, under kommunens handlingsregel.
- Klimaendringene gir økt fare for flom, overvann, skred og stormflo.

Kunnskapsgrunnlaget oppdateres hvert fjerde år som en del av arbeidet med kommunal planstrategi. Tall i denne planen er hentet fra kunnskapsgrunnlaget dersom ikke annet er oppgitt.

## 1.4 Om dette dokumentet

Fjordvik kommune finnes ikke. Dokumentet er eksempeldata laget for å demonstrere Samspill, en kildebasert assistent for strategisk planlegging i kommunene. Navn, tall, vedtak og saksnumre er oppdiktet og beskriver ingen virkelig kommune.

# 2 Visjon og hovedmål

## 2.1 Visjon

> Fjordvik – trygt å bli, godt å komme til

Visjonen beskriver kommunesamfunnet vi ønsker å være. **Trygt å bli** handler om at innbyggere i alle aldre skal kunne leve gode liv i Fjordvik: med trygge oppvekstvilkår, arbeid, gode tjenester og et sterkt fellesskap, også når livet endrer seg. **Godt å komme til** handler om at vi ønsker nye innbyggere, arbeidstakere, besøkende og bedrifter velkommen, og at Fjordvik skal være et inkluderende sted der nye raskt blir en del av fellesskapet.

## 2.2 Hovedmål

Kommunestyret har vedtatt fire hovedmål. De gjelder for hele planperioden fram til 2036.

- **Hovedmål 1 Levende sentrum og levende bygder:** Fjordvik skal ha en stabil befolkningsutvikling, et attraktivt kommunesenter og levende bygder.
- **Hovedmål 2 Gode liv hele livet:** Innbyggerne skal ha gode levekår, god helse og like muligheter gjennom hele livet.
- **Hovedmål 3 Grønn verdiskaping:** Fjordvik skal ha et nyskapende og bærekraftig næringsliv som gir attraktive arbeidsplasser.
- **Hovedmål 4 Robust og klimaklar kommune:** Fjordvik skal være et lavutslippssamfunn som tar vare på naturen og er godt forberedt på klimaendringer og kriser.

Hovedmålene henger sammen. Et attraktivt sentrum og levende bygder forutsetter arbeidsplasser, gode tjenester og trygge lokalsamfunn. Gode liv hele livet forutsetter at kommunen har økonomi og ansatte til å gi tjenester av god kvalitet også når det blir flere eldre. Grønn verdiskaping og en klimaklar kommune forutsetter at vi bruker arealene og ressursene i fjorden, på land og i sjø, på en måte som tar vare på dem for kommende generasjoner.

## 2.3 FNs bærekraftsmål

FNs 17 bærekraftsmål er rammen for planen. Kommunestyret har valgt ut seks mål som særlig viktige for Fjordvik: God helse og livskvalitet (mål 3), God utdanning (mål 4), Anstendig arbeid og økonomisk vekst (mål 8), Bærekraftige byer og lokalsamfunn (mål 11), Stoppe klimaendringene (mål 13) og Livet i havet (mål 14). Satsingsområdene i kapittel 3 viser hvordan kommunen vil bidra til disse målene.

# 3 Satsingsområder

Kommunestyret har pekt ut fire satsingsområder for valgperioden 2023–2027. Satsingsområdene ble valgt på det andre politiske verkstedet og er utdypet faglig av de delene av ledergruppen som er berørt. For hvert satsingsområde beskrives kort hvorfor det er valgt, hva vi vil oppnå (mål) og hvordan vi skal arbeide (strategier). Satsingsområdene er ikke en fullstendig beskrivelse av kommunens arbeid, men viser hva som skal ha prioritet i valgperioden.

## 3.1 Gode oppvekstvilkår

Fjordvik har 820 barn under skolealder og 1 690 barn og unge i alderen 6–15 år. Barnetallet har gått ned det siste tiåret, og SSB venter at nedgangen fortsetter. Flere av skolene i bygdene har i dag god ledig kapasitet, mens skolene i Fjordvik sentrum er nær full. Ungdataundersøkelsen viser at de fleste unge trives, men at flere enn før oppgir psykiske plager. Andelen som fullfører videregående opplæring innen fem år, er 78 prosent.

**Dette vil vi oppnå:**

- Vi skal gi alle barn og unge en trygg og inkluderende oppvekst.
- Vi skal ha barnehager og skoler med høy kvalitet og kompetente ansatte.
- Vi skal fange opp barn og familier som trenger hjelp, tidlig.
- Vi skal gi ungdom gode møteplasser og reell innflytelse.

**Slik skal vi arbeide:**

- Utrede framtidig skole- og barnehagestruktur og legge fram et helhetlig grunnlag for politisk behandling innen utgangen av 2025.
- Styrke det tverrfaglige samarbeidet mellom barnehage, skole, helsestasjon, PPT og barnevern gjennom faste oppvekstteam.
- Ruste opp Fjordvik ungdomsskole til et moderne og universelt utformet læringsmiljø.
- Samarbeide med fylkeskommunen og næringslivet om lærlingplasser og om å øke andelen som fullfører videregående opplæring.
- Etablere et ungdomshus i Fjordvik sentrum i samarbeid med frivilligheten og ungdomsrådet.

**Betydning for kommuneorganisasjonen:** Satsingsområdet berører særlig oppvekst, helse og kultur. Oppvekstplanen skal vise hvordan skole- og barnehagetilbudet kan tilpasses lavere barnetall, og hvordan ressursene kan brukes på tidlig innsats. Helsestasjon og skolehelsetjeneste skal være en del av oppvekstteamene. Kultur og frivillighet har ansvar for møteplassene for ungdom.

## 3.2 Aktive og trygge eldre – helse og mestring

Fjordvik får mange flere eldre. Antallet innbyggere over 80 år ventes å øke fra 872 i 2024 til 1 380 i 2035. Samtidig blir det færre i yrkesaktiv alder per eldre. Med dagens dekningsgrad vil behovet for institusjonsplasser øke fra 92 til om lag 146 plasser i 2035, og behovet for ansatte i helse og omsorg vil øke tilsvarende. Kommunestyret vil møte denne utviklingen med vekt på forebygging, mestring og tjenester i hjemmet, og vil at de eldre selv skal være en ressurs i lokalsamfunnet.

**Dette vil vi oppnå:**

- Vi skal legge til rette for at innbyggerne kan bo trygt hjemme så lenge som mulig.
- Vi skal ha et aldersvennlig samfunn der eldre deltar og bidrar.
- Vi skal sikre nok kompetente ansatte i helse og omsorg.
- Vi skal ha tjenester som bygger på spørsmålet «Hva er viktig for deg?».

**Slik skal vi arbeide:**

- Prioritere tjenester i hjemmet og tilrettelagte boliger, og vurdere behovet for nye institusjonsplasser i helse- og omsorgsplanen 2025–2036.
- Ta i bruk velferdsteknologi i alle soner i hjemmetjenesten innen 2026.
- Følge opp reformen «Leve hele livet» sammen med eldrerådet, frivilligsentralen og lag og foreninger.
- Lage en rekrutteringsstrategi for helse og omsorg med vekt på heltidskultur, lærlingplasser og kompetanseheving.
- Arbeide for stabil fastlegedekning, blant annet gjennom fastlønnsstillinger og veiledning av nye leger.
- Planlegge lettstelte boliger nær tjenestene i Fjordvik sentrum og i lokalsentrene.

**Betydning for kommuneorganisasjonen:** For helse og omsorg betyr satsingsområdet en dreining fra institusjon mot tjenester i hjemmet, mer bruk av velferdsteknologi og et langsiktig arbeid med rekruttering og heltid. Helse- og omsorgsplanen 2025–2036 skal vise behovet for institusjonsplasser, omsorgsboliger og årsverk fram mot 2036. Satsingsområdet berører også plan og bygg, som skal legge til rette for aldersvennlige boliger og uteområder, og kultur og frivillighet, som skal bidra til at eldre deltar i fellesskapet.

## 3.3 Grønn verdiskaping og næring

Det er 6 180 arbeidsplasser i Fjordvik. Havbruk, fiskeforedling og verftsindustri er de viktigste eksportnæringene, og reiselivet vokser. Antallet jordbruksforetak har gått ned fra 131 i 2013 til 92 i 2023. Mange innbyggere pendler til Brekkestad, 35 minutter unna, og bo- og arbeidsmarkedet henger sammen på tvers av kommunegrensene. Bedriftene melder om mangel på arbeidskraft og på ledig, byggeklart næringsareal.

**Dette vil vi oppnå:**

- Vi skal ha flere arbeidsplasser i privat sektor.
- Vi skal være en god vertskommune for havbruk og sjømatnæring innenfor naturens tålegrenser.
- Vi skal utvikle et helårs reiseliv basert på natur, kultur og lokal mat.
- Vi skal ta vare på et aktivt landbruk i hele kommunen.

**Slik skal vi arbeide:**

- Regulere nytt næringsareal på Kvernhaugen, om lag 60 dekar.
- Utarbeide en ny interkommunal kystsoneplan sammen med nabokommunene.
- Vurdere hvordan inntektene fra Havbruksfondet kan brukes til næringsutvikling og tiltak i sjøområdene.
- Lage en plan for besøksforvaltning sammen med reiselivet.
- Gi næringslivet svar på henvendelser innen fem virkedager.
- Samarbeide med Brekkestad og nabokommunene om en felles bo- og arbeidsmarkedsregion.

**Betydning for kommuneorganisasjonen:** Satsingsområdet berører særlig næring, plan og landbruk. Plan- og byggesaksbehandlingen skal være forutsigbar, og arealdelen skal sikre næringsareal. Kommunens egne innkjøp skal i større grad bidra til grønn omstilling og lokale leverandører, innenfor regelverket for offentlige anskaffelser.

## 3.4 Klima, natur og beredskap

De direkte klimagassutslippene i Fjordvik var 48 300 tonn CO2-ekvivalenter i 2022. Sjøfart og veitrafikk står for over halvparten. Klimaendringene gir mer nedbør, flere flommer og høyere havnivå. Kommunen har kartlagte faresoner for kvikkleire, og flere sjønære bygninger ligger under framtidig stormflonivå. Stormen i februar 2020 viste at strømbrudd og stengte veier raskt kan isolere bygdene.

**Dette vil vi oppnå:**

- Vi skal redusere de direkte klimagassutslippene med minst 45 prosent innen 2030 sammenlignet med 2009.
- Vi skal ta vare på naturmangfoldet og bruke arealene våre effektivt.
- Vi skal være godt forberedt på klimaendringer, naturfarer og kriser.
- Vi skal ha en trygg og sikker vannforsyning.

**Slik skal vi arbeide:**

- Innføre klimabudsjett som en del av handlings- og økonomiplanen fra 2026.
- Innføre arealregnskap ved neste rullering av kommuneplanens arealdel.
- Samarbeide med havnevesenet og næringslivet om landstrøm i Fjordvik havn.
- Følge opp den helhetlige ROS-analysen og øve beredskapsplanen hvert år.
- Etablere reservevannforsyning for Fjordvik sentrum.
- Kartlegge kvikkleire og flomfare før nye byggeområder tas i bruk.

**Betydning for kommuneorganisasjonen:** Satsingsområdet gjelder alle tjenesteområder. Hvert tjenesteområde skal ha oversikt over egne utslipp og egen sårbarhet, og delta i beredskapsøvelsene. Teknisk drift har ansvar for vann, avløp og overvann, og plan har ansvar for at naturfare og klimatilpasning er vurdert i alle planer.

# 4 Arealstrategier

Arealstrategiene er en del av de lange linjene i planen. De viser hvordan arealbruken skal bidra til å nå hovedmålene, og skal legges til grunn ved neste rullering av kommuneplanens arealdel og i reguleringsplaner. Strategiene bygger på statlige planretningslinjer og regional plan for areal og transport.

Kommuneplanens arealdel fra 2017 har boligreserver med plass til om lag 820 boliger, og de fleste av dem ligger utenfor Fjordvik sentrum og Lia. Samtidig ønsker kommunestyret at sentrum skal vokse, at bygdene skal leve, og at dyrka jord, strandsone og natur skal tas vare på. Arealstrategiene viser hvordan kommunestyret vil balansere disse hensynene.

## 4.1 Senterstruktur

- Fjordvik sentrum er kommunesenter. Handel, kultur, offentlige tjenester og arbeidsplasser med mange ansatte eller besøkende skal lokaliseres i sentrum.
- Solheim, Leirvåg, Havøy og Nordvik er lokalsentre. De skal ha grunnleggende tjenester og møteplasser som gjør det mulig å bo i hele kommunen.
- Ny boligbygging i bygdene skal i hovedsak skje i eller nær lokalsentrene.
- Kollektivtilbudet mellom lokalsentrene, Fjordvik sentrum og Brekkestad skal styrkes i samarbeid med fylkeskommunen.

## 4.2 Fortetting i Fjordvik sentrum

- Minst 60 prosent av nye boliger skal bygges innenfor sentrumsavgrensningen.
- Fortettingen skal gi flere lettstelte leiligheter og boliger for unge i etableringsfasen.
- Fortetting skal skje med kvalitet: nye boligprosjekter skal ha gode uteområder, og ingen bolig skal ligge mer enn 300 meter fra en lekeplass eller et grøntområde.
- Gange og sykkel skal prioriteres i sentrum, og parkering skal samles.

## 4.3 Jordvern

- Kjerneområdene for landbruk i Solheimsdalen og på Leirvåg skal ha et langsiktig vern.
- Omdisponering av dyrka jord skal ikke overstige 3 dekar per år i gjennomsnitt i planperioden.
- Når dyrka jord må omdisponeres, skal matjorda tas vare på og flyttes.

## 4.4 Strandsonen

- Byggeforbudet i 100-metersbeltet langs sjøen skal praktiseres strengt, og det skal være få dispensasjoner.
- Allmennhetens tilgang til sjøen skal sikres, særlig i og nær Fjordvik sentrum.
- Næringer som trenger sjøtilknytning, som havbruk, fiske og reiseliv, kan prioriteres i strandsonen når det skjer gjennom plan.

## 4.5 Hyttebygging

- Nye fritidsboliger skal i hovedsak bygges i områder som allerede er regulert.
- Det skal ikke settes av nye områder for fritidsbebyggelse i strandsonen eller i store, sammenhengende naturområder.
- Fortetting og høyere standard i eksisterende hytteområder skal skje med krav til vann, avløp og veg.

## 4.6 Næringsareal og sjøareal

- Kommunen skal ha en reserve av byggeklart næringsareal med god tilknytning til veg og havn.
- Arealer i sjø skal avklares i en interkommunal kystsoneplan som balanserer havbruk, fiske, friluftsliv og natur.

## 4.7 Natur og arealregnskap

- Kommunen skal føre et arealregnskap som viser hvor mye natur, dyrka jord og strandsone som bygges ned.
- Myr og andre karbonrike arealer skal i hovedsak ikke bygges ned.

# 5 Oppfølging og gjennomføring

## 5.1 Handlings- og økonomiplanen

Samfunnsdelen følges opp gjennom den årlige handlings- og økonomiplanen. Handlings- og økonomiplanen skal ha et eget kapittel for hvert satsingsområde som viser tiltak, ressurser og ansvar. Kommunens finansielle handlingsregler er rammen for hvor mye som kan settes i gang. Etter handlingsregelen skal netto driftsresultat over tid være minst 1,75 prosent av driftsinntektene. Nye tiltak i samfunnsdelen må derfor prioriteres innenfor en stram økonomi.

Samfunnsdelen har ikke egne kostnadsoverslag. Tiltak som krever ressurser, skal utredes og prioriteres i handlings- og økonomiplanen, der kommunestyret ser alle behov i sammenheng. Kommunedirektøren skal i hvert forslag til handlings- og økonomiplan vise hvordan forslaget følger opp satsingsområdene, og hvilke tiltak som ikke har fått plass innenfor rammene.

## 5.2 Kommunal planstrategi og rullering

Kommunestyret skal i hver valgperiode vedta en kommunal planstrategi og ta stilling til om samfunnsdelen skal revideres. De lange linjene skal som hovedregel ligge fast i hele planperioden, mens satsingsområdene vurderes av hvert nytt kommunestyre. Neste vurdering skjer i planstrategien for 2028–2031. Før det skal kunnskapsgrunnlaget oppdateres, slik at det nye kommunestyret får et felles faktagrunnlag.

## 5.3 Temaplaner og ledergruppens oppfølging

Satsingsområdene har ulik betydning for de ulike tjenesteområdene. Kommunedirektørens ledergruppe skal for hvert tjenesteområde gå gjennom hva samfunnsdelen betyr for oppfølging, prioriteringer, samarbeid og planbehov. Følgende temaplaner skal utarbeides eller revideres i valgperioden:

- Helse- og omsorgsplan 2025–2036
- Oppvekstplan med utredning av skole- og barnehagestruktur
- Klima- og energiplan med klimabudsjett
- Strategisk næringsplan
- Interkommunal kystsoneplan
- Kommuneplanens arealdel (rullering)

## 5.4 Rapportering og indikatorer

Kommunedirektøren rapporterer på oppfølgingen av samfunnsdelen i årsmeldingen. Rapporteringen bygger på et lite sett indikatorer som viser retningen på utviklingen. Indikatorene er ikke mål i seg selv.

| Indikator | Status | Ønsket retning |
| Innbyggertall (1.1.2024) | 14 212 | Stabilt eller økende |
| Andel som fullfører videregående innen fem år | 78 prosent | Økende |
| Andel 80 år og eldre som bor hjemme | 91 prosent | Stabil |
| Arbeidsplasser i privat sektor | 4 210 | Økende |
| Direkte klimagassutslipp (2022) | 48 300 tonn | Synkende |
| Omdisponert dyrka jord (snitt per år 2014–2023) | 6,8 dekar | Synkende |
| Netto driftsresultat (2023) | 0,6 prosent | Minst 1,75 prosent |

## 5.5 Samspill mellom folkevalgte og administrasjon

Samfunnsdelen er kommunestyrets plan. For at planen skal være levende, skal kommunestyret hvert år ha et politisk verksted om oppfølgingen av samfunnsdelen før arbeidet med handlings- og økonomiplanen starter. Administrasjonen legger fram status og utviklingstrekk, og de folkevalgte drøfter om satsingsområdene gir tydelig nok retning.
"""

KUNNSKAPSGRUNNLAG_TEXT = """
# 1 Innledning

## 1.1 Formål og avgrensning

Dette dokumentet er kunnskapsgrunnlaget for revisjonen av kommuneplanens samfunnsdel i Fjordvik kommune. Det skal gi kommunestyret et bredt, men kortfattet bilde av kommunens situasjon og utviklingstrekk, som grunnlag for å ta stilling til om visjon, hovedmål, satsingsområder og arealstrategier i den gjeldende samfunnsdelen skal videreføres eller endres.

Kunnskapsgrunnlaget dekker samfunnsutvikling, tjenesteyting, beredskap og økonomi, og gjengir viktige nasjonale og regionale føringer. Det beskriver situasjon og utviklingstrekk, ikke veivalg og løsninger. Der dokumentet viser konsekvenser av en utvikling, er det gjort som beregninger med tydelige forutsetninger. Hvilke utviklingstrekk som skal møtes, og hvordan, er politiske spørsmål som kommunestyret tar stilling til.

Dokumentet er utarbeidet av administrasjonen og kvalitetssikret av kommunedirektørens ledergruppe. Det er også et grunnlag for kommunal planstrategi 2024–2027, jf. plan- og bygningsloven § 10-1. Fylkeskommunen og statsforvalteren har fått utkastet til gjennomsyn og har gitt innspill til beskrivelsen av regionale føringer.

## 1.2 Kilder og tallgrunnlag

Tallene er hentet fra Statistisk sentralbyrå (SSB), KOSTRA, Kommunehelsa statistikkbank, Miljødirektoratets utslippsstatistikk, NVE og kommunens egne fagsystemer. Der ikke annet er oppgitt, gjelder befolkningstall per 1. januar 2024 og regnskapstall for 2023. Befolkningsframskrivingene er SSBs hovedalternativ fra 2024.

Fjordvik kommune finnes ikke. Dokumentet er eksempeldata laget for å demonstrere Samspill, en kildebasert assistent for strategisk planlegging i kommunene. Alle navn, tall og vedtak er oppdiktet, men satt sammen slik at de henger sammen innbyrdes.

## 1.3 Den gjeldende samfunnsdelen 2015–2027

Kommuneplanens samfunnsdel 2015–2027 ble vedtatt av kommunestyret 18.06.2015. Visjonen er «Fjordvik – havet gir liv». Planen har tre satsingsområder: folkehelse, næringsutvikling og sentrumsutvikling. Ett av hovedmålene er at Fjordvik skal ha 15 000 innbyggere i 2027. Innbyggertallet per 1. januar 2024 var 14 212.

Arealstrategiene i den gjeldende planen sier at minst 50 prosent av nye boliger skal bygges i Fjordvik sentrum og på Lia. I perioden 2014–2023 ble 46 prosent av nye boliger bygget der. Planen har et mål om å redusere klimagassutslippene med 40 prosent innen 2030 sammenlignet med 2009. Fram til 2022 var utslippene redusert med 9 prosent.

Den gjeldende planen har ikke egne mål for eldre, beredskap eller kommuneøkonomi. Handlings- og økonomiplanen har siden 2019 ikke hatt en egen omtale av hvordan satsingsområdene i samfunnsdelen følges opp.

## 1.4 Hovedtrekk

- Innbyggertallet var 14 212 per 1. januar 2024, en økning på 3,4 prosent siden 2013.
- Veksten de siste årene skyldes innvandring. Det fødes færre enn det dør.
- Antallet innbyggere 80 år og eldre ventes å øke med 58 prosent fra 2024 til 2035.
- Antallet barn i alderen 6–15 år ventes å gå ned med 16 prosent i samme periode.
- Det er 6 180 arbeidsplasser i kommunen og en netto utpendling på 770 personer.
- Netto driftsresultat var 0,6 prosent i 2023. Handlingsregelen er minst 1,75 prosent.
- Netto lånegjeld er om lag 89 400 kroner per innbygger.
- Klimaendringene gir økt fare for flom, overvann, skred og stormflo.

# 2 Befolkning

## 2.1 Befolkningsutvikling 2013–2024

Per 1. januar 2024 var innbyggertallet 14 212. Det er 470 flere enn i 2013, en økning på 3,4 prosent. Til sammenligning økte folketallet i landet som helhet med om lag 10 prosent i samme periode. Veksten var størst fram til 2018, da verftsindustrien og havbruket trakk til seg arbeidsinnvandrere. Fra 2018 til 2020 gikk folketallet svakt ned. De siste årene har folketallet igjen økt, i hovedsak på grunn av bosetting av flyktninger fra Ukraina.

| År | Innbyggere per 1. januar | Endring fra året før |
| 2013 | 13 742 | – |
| 2014 | 13 801 | 59 |
| 2015 | 13 866 | 65 |
| 2016 | 13 958 | 92 |
| 2017 | 14 040 | 82 |
| 2018 | 14 071 | 31 |
| 2019 | 14 065 | -6 |
| 2020 | 14 052 | -13 |
| 2021 | 14 079 | 27 |
| 2022 | 14 118 | 39 |
| 2023 | 14 163 | 45 |
| 2024 | 14 212 | 49 |

Tabell 1. Folketall i Fjordvik per 1. januar 2013–2024. Kilde: SSB.

## 2.2 Fødsler, dødsfall og flytting

Det ble født 121 barn i Fjordvik i 2023, mot 158 i 2013. Samlet fruktbarhet var 1,45 barn per kvinne. Det døde 152 personer i 2023, og kommunen har hatt fødselsunderskudd hvert år siden 2017. Folketilveksten har dermed i sin helhet kommet fra flytting.

| År | Levendefødte | Døde | Innflyttede | Utflyttede | Folketilvekst |
| 2019 | 132 | 149 | 612 | 608 | -13 |
| 2020 | 128 | 141 | 598 | 558 | 27 |
| 2021 | 135 | 150 | 641 | 587 | 39 |
| 2022 | 124 | 158 | 702 | 623 | 45 |
| 2023 | 121 | 152 | 718 | 638 | 49 |

Tabell 2. Befolkningsendringer 2019–2023. Innflyttede og utflyttede omfatter både innenlands flytting og inn- og utvandring. Kilde: SSB.

I 2023 var nettoinnflyttingen 80 personer. Nettoinnvandringen var 96, mens den innenlandske flyttingen ga et netto tap på 16 personer. Kommunen har et flyttetap i aldersgruppen 19–24 år, når mange flytter ut for utdanning. En del flytter tilbake i alderen 28–40 år. Innvandrere utgjør 11,2 prosent av befolkningen, til sammen 1 592 personer. De største gruppene har bakgrunn fra Polen, Litauen, Ukraina og Syria.

## 2.3 Befolkningsframskrivinger

SSBs hovedalternativ viser at folketallet i Fjordvik vil øke svakt til 14 390 i 2035, og deretter gå ned til 14 180 i 2050. Framskrivingene er usikre. I alternativet med lav nasjonal vekst er folketallet 13 150 i 2050, og i alternativet med høy nasjonal vekst 15 400.

Den største endringen gjelder alderssammensetningen. Antallet innbyggere 80 år og eldre ventes å øke fra 872 i 2024 til 1 380 i 2035 og 1 740 i 2050. Antallet barn og unge i alderen 6–15 år ventes å gå ned fra 1 690 til 1 420 i 2035.

| Aldersgruppe | 2024 | 2030 | 2035 | 2050 | Endring 2024–2035 |
| 0–5 år | 820 | 770 | 740 | 700 | -10 % |
| 6–15 år | 1 690 | 1 540 | 1 420 | 1 360 | -16 % |
| 16–66 år | 8 850 | 8 720 | 8 560 | 8 120 | -3 % |
| 67–79 år | 1 980 | 2 190 | 2 290 | 2 260 | +16 % |
| 80 år og eldre | 872 | 1 130 | 1 380 | 1 740 | +58 % |
| Totalt | 14 212 | 14 350 | 14 390 | 14 180 | +1 % |

Tabell 3. Befolkning etter aldersgruppe 2024 og framskrevet til 2030, 2035 og 2050. SSBs hovedalternativ (MMMM). Kilde: SSB.

Forholdet mellom antallet innbyggere i yrkesaktiv alder og antallet eldre endres. I 2024 er det 9,6 innbyggere i alderen 20–66 år per innbygger 80 år og eldre. I 2035 ventes forholdstallet å være 5,9.

## 2.4 Bosetting i kommunen

Over halvparten av innbyggerne bor i Fjordvik sentrum og på Lia. Fjordvik sentrum og Lia har samlet økt med om lag 560 innbyggere siden 2014, mens bygdene samlet har hatt en nedgang på om lag 150 innbyggere. Nordvik har hatt størst nedgang, med 11 prosent. Andelen eldre er høyest i Nordvik og på Havøy.

| Område | Innbyggere 2024 | Andel 67 år og eldre |
| Fjordvik sentrum | 5 120 | 18 % |
| Lia | 2 430 | 14 % |
| Solheim | 1 610 | 23 % |
| Leirvåg | 1 380 | 22 % |
| Nordvik | 1 020 | 29 % |
| Havøy | 870 | 27 % |
| Øvrige områder | 1 782 | 21 % |

Tabell 4. Innbyggere etter område per 1. januar 2024. Kilde: SSB (grunnkretser) og kommunens egne beregninger.

## 2.5 Levekår og folkehelse

Medianinntekten etter skatt for husholdninger var 612 000 kroner i 2022. Andelen barn som bor i husholdninger med vedvarende lavinntekt er 8,4 prosent. Andelen uføretrygdede i alderen 18–66 år er 10,9 prosent, som er høyere enn landsgjennomsnittet. Andelen innbyggere 25 år og eldre med høyere utdanning er 29 prosent. 

Ungdataundersøkelsen fra 2023 viser at 87 prosent av ungdomsskoleelevene er fornøyd med lokalmiljøet. Andelen som oppgir at de er mye plaget av ensomhet, har økt fra 14 prosent i 2017 til 21 prosent i 2023. Andelen som fullfører og består videregående opplæring innen fem år, er 78 prosent. Andelen innbyggere som bor alene, er 19 prosent, og blant innbyggere 80 år og eldre bor 52 prosent alene.

# 3 Næringsliv og sysselsetting

## 3.1 Arbeidsplasser

Det var 6 180 arbeidsplasser i Fjordvik i 2023, om lag like mange som i 2013. Av disse var 4 210 i privat sektor og 1 970 i offentlig sektor. Helse- og sosialtjenester er den største næringen målt i antall arbeidsplasser. Industrien, med fiskeforedling og verft, er den nest største.

| Næring | Arbeidsplasser 2023 | Andel |
| Jordbruk, skogbruk, fiske og havbruk | 520 | 8 % |
| Industri, inkl. fiskeforedling og verft | 760 | 12 % |
| Bygg og anlegg | 610 | 10 % |
| Varehandel | 640 | 10 % |
| Overnatting og servering | 330 | 5 % |
| Transport og lagring | 240 | 4 % |
| Forretningsmessig tjenesteyting og IKT | 380 | 6 % |
| Offentlig administrasjon | 290 | 5 % |
| Undervisning | 560 | 9 % |
| Helse- og sosialtjenester | 1 390 | 22 % |
| Andre næringer | 460 | 7 % |
| Sum | 6 180 | 100 % |

Tabell 5. Arbeidsplasser i Fjordvik etter næring, 4. kvartal 2023. Kilde: SSB.

De største private arbeidsgiverne er Havøy Laks AS med om lag 190 ansatte, Fjordvik Verft AS med om lag 210 ansatte og Leirvåg Sjømat AS med om lag 140 ansatte. Kommunen er den største arbeidsgiveren samlet, med 1 480 ansatte.

## 3.2 Pendling

Av de 6 950 sysselsatte som bor i Fjordvik, arbeider 5 060 i kommunen. 1 890 pendler ut, og 1 240 av dem arbeider i Brekkestad. Brekkestad er regionsenteret og ligger 35 minutter unna med bil. Samtidig pendler 1 120 personer inn til Fjordvik, de fleste til havbruket og verftet. Netto utpendling er dermed 770 personer. Andelen utpendlere har økt fra 22 prosent i 2013 til 27 prosent i 2023.

Bussen mellom Fjordvik sentrum og Brekkestad går hver time på hverdager. Reisetiden er 50 minutter. Fra Havøy og Nordvik er det ikke kollektivtilbud som passer for daglig pendling til Brekkestad.

## 3.3 Havbruk og fiskeri

Havbruk er den største eksportnæringen. I kommunens sjøområder er det 14 lokaliteter for matfisk av laks og regnbueørret med en samlet maksimalt tillatt biomasse (MTB) på 38 400 tonn, og to settefiskanlegg. Direkte sysselsetting i havbruket er om lag 310 årsverk, i tillegg kommer leverandører og fiskeforedling. Kommunen mottok 18,4 millioner kroner fra Havbruksfondet i 2022 og 7,2 millioner kroner i 2023. Inntektene fra Havbruksfondet varierer mye fra år til år. Produksjonsavgiften ga 3,9 millioner kroner i 2023.

Lakselus og rømming er de største miljøutfordringene knyttet til havbruk i området. Produksjonsområdet som Fjordvik tilhører, er i dag klassifisert som gult i trafikklyssystemet. Den interkommunale kystsoneplanen ble vedtatt i 2014 og omfatter ikke nyere lokaliteter.

Det er 23 registrerte fiskefartøy i kommunen. Antallet har gått ned fra 37 i 2013.

## 3.4 Reiseliv

Det var 86 000 kommersielle gjestedøgn i Fjordvik i 2023, mot 61 000 i 2015. 62 prosent av gjestedøgnene er i juni, juli og august. Fjordvik havn hadde 18 cruiseanløp med til sammen 21 400 passasjerer i 2023. Overnatting og servering sysselsetter 330 personer, mange av dem i sesongstillinger.

## 3.5 Landbruk

Antallet jordbruksforetak har gått ned fra 131 i 2013 til 92 i 2023. Jordbruksarealet i drift er 14 800 dekar og har vært om lag stabilt, fordi de gjenværende foretakene leier mer jord. Det er 21 foretak med melkeproduksjon og 38 med sau. Gjennomsnittsalderen blant gårdbrukerne er 54 år. Det meste av den dyrka jorda ligger i Solheimsdalen og på Leirvåg.

## 3.6 Kompetanse og arbeidskraft

Registrert helt ledige utgjorde 1,6 prosent av arbeidsstyrken i november 2023. NAVs bedriftsundersøkelse viser at 38 prosent av virksomhetene i regionen har hatt problemer med å rekruttere. Mangelen er størst for sykepleiere, fagarbeidere i havbruk og industri og kokker. Det er 35 dekar ledig regulert næringsareal i kommunen, men lite av det er byggeklart.

# 4 Tjenesteyting

## 4.1 Barnehage

Fjordvik har ni barnehager, fire kommunale og fem private, med til sammen 680 plasser. 612 barn gikk i barnehage i desember 2023. Dekningsgraden for barn 1–5 år er 93 prosent. Med SSBs framskrivinger vil antallet barn 0–5 år gå ned med om lag 80 fram mot 2035. 86 prosent av barnehagene oppfyller pedagognormen uten dispensasjon.

## 4.2 Grunnskole

Det er sju kommunale grunnskoler i Fjordvik med til sammen 1 559 elever skoleåret 2023/24. I tillegg går 64 elever ved Fjordvik Montessoriskole, som er privat. Elevtallet i de kommunale skolene har gått ned fra 1 662 i 2013/14.

| Skole | Trinn | Elever 2023/24 | Kapasitet | Elever 2013/14 |
| Fjordvik barneskole | 1–7 | 468 | 500 | 451 |
| Lia skole | 1–7 | 312 | 350 | 298 |
| Leirvåg skole | 1–7 | 96 | 140 | 121 |
| Nordvik skole | 1–7 | 54 | 120 | 83 |
| Havøy skole | 1–7 | 61 | 100 | 78 |
| Solheim skole | 1–10 | 148 | 210 | 176 |
| Fjordvik ungdomsskole | 8–10 | 420 | 480 | 455 |
| Sum | | 1 559 | 1 900 | 1 662 |

Tabell 6. Elevtall og kapasitet i de kommunale grunnskolene. Kilde: GSI og kommunens skoleprognose.

Kommunens skoleprognose viser om lag 1 310 elever i de kommunale skolene i 2035. Prognosen for Nordvik skole er 41 elever i 2030, for Havøy skole 52 og for Leirvåg skole 88. Skolene i Fjordvik sentrum og på Lia er nær full. Fjordvik barneskole har 32 ledige plasser og Lia skole 38.

Netto driftsutgifter per elev var i gjennomsnitt 142 000 kroner i 2023. Ved Nordvik skole var utgiftene 268 000 kroner per elev, ved Havøy skole 241 000 kroner og ved Fjordvik barneskole 118 000 kroner. Avstanden fra Nordvik til Fjordvik sentrum er 17 kilometer. Havøy er knyttet til fastlandet med bru, og reisetiden til Fjordvik sentrum er 25 minutter med buss. 41 prosent av elevene har skoleskyss.

Gjennomsnittlige grunnskolepoeng var 41,2 i 2023, om lag som landsgjennomsnittet. Fjordvik ungdomsskole er fra 1978 og har et vedlikeholdsetterslep. Rehabilitering er lagt inn i økonomiplanen med 165 millioner kroner i perioden 2025–2027.

## 4.3 Helse og omsorg

Kommunen har 92 institusjonsplasser: 64 på Fjordvik helsehus, inkludert 10 korttidsplasser og 2 plasser for øyeblikkelig hjelp, og 28 langtidsplasser på Solheim omsorgssenter. Det tilsvarer 10,6 plasser per 100 innbyggere 80 år og eldre. Beleggsprosenten var 98 prosent i 2023, og per januar 2024 ventet 7 personer på langtidsplass.

Med dagens dekningsgrad vil behovet være om lag 146 institusjonsplasser i 2035. Det er 54 flere enn i dag. Hvor stort behovet faktisk blir, avhenger blant annet av utbyggingen av omsorgsboliger, hjemmetjenester og velferdsteknologi, og av helsetilstanden hos de eldre.

Kommunen har 48 omsorgsboliger med heldøgns bemanning, 32 i Fjordvik sentrum og 16 på Leirvåg, og 64 omsorgsboliger uten fast bemanning. Hjemmetjenesten hadde 410 mottakere i 2023, av dem 280 over 67 år. Hjemmetjenesten er organisert i fire soner: Sentrum, Lia, Nord og Sør. Digitalt tilsyn er tatt i bruk i to av sonene. 91 prosent av innbyggerne 80 år og eldre bor hjemme.

Helse og omsorg hadde 412 årsverk i 2023. Med dagens dekningsgrad og organisering vil behovet øke med om lag 120 årsverk fram mot 2035. 26 prosent av de ansatte i helse og omsorg er over 55 år. Gjennomsnittlig stillingsstørrelse er 68 prosent, og sykefraværet var 10,4 prosent i 2023. Kommunen har 14 brukere med ressurskrevende tjenester, med en netto utgift på 28 millioner kroner etter statlig tilskudd.

## 4.4 Fastlege og legevakt

Fjordvik har 13 fastlegehjemler. Per 1. januar 2024 var 12 av dem besatt. Hjemmelen ved Leirvåg legekontor har stått ledig siden mars 2023 og betjenes av vikarer. 1 140 innbyggere står på en liste uten fast lege. Gjennomsnittlig listelengde for de faste legene er 1 090.

Legevakt på kveld, natt og helg er et interkommunalt samarbeid lokalisert i Brekkestad. Kjøretiden fra Havøy til legevakten er 55 minutter. Kommunal akutt døgnenhet er lagt til Fjordvik helsehus.

## 4.5 Kommunen som arbeidsgiver

Kommunen har 1 480 ansatte og 1 150 årsverk. Oppvekst har 385 årsverk og helse og omsorg 412. Det samlede sykefraværet var 8,1 prosent i 2023. Kommunen hadde i 2023 problemer med å rekruttere sykepleiere, vernepleiere, barnehagelærere og ingeniører. 34 prosent av utlyste sykepleierstillinger fikk ingen kvalifiserte søkere.

# 5 Økonomi

## 5.1 Hovedtall

Brutto driftsinntekter var 1 412 millioner kroner i 2023. Netto driftsresultat var 8,5 millioner kroner, eller 0,6 prosent av driftsinntektene. Det er det svakeste resultatet siden 2016. Det svake resultatet skyldes særlig økte utgifter til ressurskrevende tjenester, høyere renter og lønns- og prisvekst som var høyere enn forutsatt.

| Nøkkeltall | 2020 | 2021 | 2022 | 2023 |
| Brutto driftsinntekter (mill. kr) | 1 198 | 1 262 | 1 338 | 1 412 |
| Netto driftsresultat (mill. kr) | 22,8 | 42,9 | 28,1 | 8,5 |
| Netto driftsresultat (prosent) | 1,9 | 3,4 | 2,1 | 0,6 |
| Disposisjonsfond (mill. kr) | 88 | 121 | 118 | 96 |
| Netto lånegjeld (mill. kr) | 1 010 | 1 085 | 1 190 | 1 270 |
| Netto lånegjeld i prosent av driftsinntektene | 84 | 86 | 89 | 90 |

Tabell 7. Økonomiske nøkkeltall 2020–2023. Kilde: KOSTRA og kommunens regnskap.

## 5.2 Finansielle handlingsregler

Kommunestyret vedtok finansielle handlingsregler 10.12.2020 (sak 87/20). Handlingsreglene er:

- Netto driftsresultat skal over tid være minst 1,75 prosent av brutto driftsinntekter.
- Disposisjonsfondet skal være minst 8 prosent av brutto driftsinntekter.
- Netto lånegjeld skal ikke overstige 90 prosent av brutto driftsinntekter.

I 2023 var netto driftsresultat 0,6 prosent. Gjennomsnittet for 2020–2023 var 2,0 prosent. Disposisjonsfondet var 6,8 prosent av driftsinntektene, og netto lånegjeld 90 prosent. Kommunen var dermed under målet for disposisjonsfond og på grensen for lånegjeld.

## 5.3 Gjeld, fond og investeringer

Netto lånegjeld var 1 270 millioner kroner ved utgangen av 2023. Det er om lag 89 400 kroner per innbygger. Gjennomsnittet i kommunegruppen er 76 200 kroner per innbygger. Disposisjonsfondet var 96 millioner kroner.

Vedtatt handlings- og økonomiplan 2024–2027 har investeringer på til sammen 610 millioner kroner. De største er rehabilitering av Fjordvik ungdomsskole (165 millioner), ny vannforsyning med reservevann (120 millioner), avløp (95 millioner) og veg, gang- og sykkelveg (60 millioner). Økonomiplanen forutsetter at netto driftsresultat øker gradvis fra 0,9 prosent i 2024 til 1,8 prosent i 2027.

## 5.4 Inntekter

De frie inntektene, skatt og rammetilskudd, var 842 millioner kroner i 2023. Skatteinngangen per innbygger er 86 prosent av landsgjennomsnittet, og kommunen mottar inntektsutjevning. Kommunen har eiendomsskatt på næringseiendom, kraftanlegg og verk og bruk, men ikke på boliger og fritidsboliger. Eiendomsskatten ga 31 millioner kroner i 2023. En beregning administrasjonen gjorde i 2023 viser at eiendomsskatt på boliger og fritidsboliger med 2 promille og et bunnfradrag på 200 000 kroner ville gitt om lag 22 millioner kroner i året.

## 5.5 Økonomiske utviklingstrekk

Befolkningsutviklingen påvirker kommuneøkonomien. En beregning basert på KOSTRA-utgifter og SSBs framskrivinger viser at de demografiske endringene vil øke utgiftene til pleie og omsorg med om lag 48 millioner kroner i året i 2035 sammenlignet med 2024, regnet i faste kroner. Utgiftene til grunnskole kan gå ned med om lag 22 millioner kroner dersom tjenestene tilpasses lavere elevtall. Inntektssystemet kompenserer delvis for endringer i alderssammensetningen.

# 6 Klima, miljø og beredskap

## 6.1 Helhetlig ROS-analyse

Kommunestyret vedtok en helhetlig risiko- og sårbarhetsanalyse (ROS-analyse) 16.06.2022 (sak 41/22). Analysen omfatter 24 uønskede hendelser. Hendelsene med høyest risiko er langvarig strømbrudd, kvikkleireskred i Fjordvik sentrum, ekstremnedbør med overvann, svikt i vannforsyningen, pandemi, dataangrep og skipsulykke med akutt forurensning. Beredskapsplanen ble sist revidert i 2023 og ble øvd i november 2023.

Under stormen i februar 2020 var Havøy uten strøm og mobildekning i 19 timer, og deler av Nordvik var uten strøm i 41 timer. Fylkesveg 540 mellom Fjordvik sentrum og Nordvik ble stengt seks ganger i 2023 på grunn av steinsprang og snøskredfare ved Storura.

## 6.2 Naturfarer

NVE har kartlagt seks faresoner for kvikkleireskred i kommunen. To av dem har høy faregrad og ligger i Fjordvik sentrum, ved Elvebakken og Nausthaugen. Om lag 210 boliger ligger innenfor faresonene.

Flomsonekartet for Fjordvikelva viser at 38 bygninger ligger innenfor 200-årsflommen. I dag ligger 200-årsstormfloen på om lag 2,1 meter over middelvann. Med havnivåstigning og klimapåslag ventes 200-årsstormfloen å nå om lag 2,7 meter i 2100. 112 bygninger ligger lavere enn dette nivået, de fleste i Leirvåg og Fjordvik sentrum.

Klimaprofilen for fylket viser at årsnedbøren ventes å øke med om lag 15 prosent fram mot slutten av århundret, og at episoder med kraftig nedbør blir hyppigere og mer intense. Det gir større fare for overvann, flom i mindre vassdrag og jord- og flomskred.

Fjordvik vannverk forsyner om lag 9 800 innbyggere fra Storvatnet. Vannverket har ingen reservevannkilde.

## 6.3 Klimagassutslipp

De direkte klimagassutslippene i Fjordvik var 48 300 tonn CO2-ekvivalenter i 2022. Det er 9 prosent lavere enn i 2009, da utslippene var 53 100 tonn. Sjøfart og veitrafikk står for over halvparten av utslippene. En stor del av utslippene fra sjøfart kommer fra brønnbåter og servicefartøy knyttet til havbruket.

| Sektor | Utslipp 2022 (tonn CO2-ekv.) | Andel |
| Sjøfart | 14 900 | 31 % |
| Veitrafikk | 12 100 | 25 % |
| Jordbruk | 9 800 | 20 % |
| Industri | 4 100 | 8 % |
| Annen mobil forbrenning | 3 900 | 8 % |
| Avfall og avløp | 1 600 | 3 % |
| Oppvarming | 1 200 | 2 % |
| Energiforsyning | 700 | 1 % |
| Sum | 48 300 | 100 % |

Tabell 8. Direkte klimagassutslipp i Fjordvik etter sektor, 2022. Kilde: Miljødirektoratet.

## 6.4 Natur og miljø

41 prosent av strandsonen innenfor 100-metersbeltet er påvirket av inngrep. Myr utgjør om lag 12 prosent av landarealet. Inngrepsfrie naturområder er redusert med 8 kvadratkilometer siden 2008. Fjordvikelva har moderat økologisk tilstand og er et viktig vassdrag for villaks. Kommunen har fire naturreservater.

## 6.5 Energi

Strømforbruket i kommunen er om lag 210 GWh i året. Nettselskapet har opplyst at det er begrenset ledig kapasitet i strømnettet på Havøy og i Nordvik, noe som kan begrense ny næringsvirksomhet og elektrifisering av havbruket. I 2023 varslet Vestavind Energi AS at selskapet ønsker å utrede et vindkraftverk på Storheia med inntil 14 turbiner. Kommunestyret har ikke behandlet saken.

# 7 Nasjonale og regionale føringer

## 7.1 Nasjonale forventninger

Regjeringen fastsetter hvert fjerde år nasjonale forventninger til regional og kommunal planlegging. Forventningene for 2023–2027 legger vekt på at planleggingen skal bidra til sosialt, miljømessig og økonomisk bærekraftig utvikling, og at FNs bærekraftsmål skal være et grunnlag for samfunns- og arealplanleggingen. Forventningene peker blant annet på samarbeid mellom forvaltningsnivåene, klimatilpasning og samfunnssikkerhet, redusert nedbygging av natur og jordbruksareal, bruk av arealregnskap, levende lokalsamfunn og gode bomiljøer. Forventningene skal legges til grunn for arbeidet med planstrategier og planer.

## 7.2 Statlige planretningslinjer

Tre statlige planretningslinjer er særlig relevante for samfunnsdelen:

- Statlige planretningslinjer for klima- og energiplanlegging og klimatilpasning (2018). Retningslinjene krever at kommunene i planleggingen tar hensyn til et klima i endring og har tiltak og virkemidler for å redusere utslipp av klimagasser.
- Statlige planretningslinjer for samordnet bolig-, areal- og transportplanlegging (2014). Retningslinjene legger vekt på kompakt utbygging, at utbyggingsmønsteret skal redusere transportbehovet, og at det tas hensyn til jordvern.
- Statlige planretningslinjer for differensiert forvaltning av strandsonen langs sjøen (2021). Fjordvik hører til området der presset på arealene er stort, og byggeforbudet i 100-metersbeltet skal praktiseres strengt.

## 7.3 Jordvern

Stortinget har vedtatt et nasjonalt jordvernmål om at den årlige omdisponeringen av dyrka jord skal være under 2 000 dekar innen 2030. I Fjordvik ble det omdisponert 68 dekar dyrka jord i perioden 2014–2023, i gjennomsnitt 6,8 dekar per år. 41 dekar gikk til bolig og veg.

## 7.4 Regionale føringer

Regional planstrategi for Vestfjord 2024–2028 prioriterer kompetanse, klima og levende lokalsamfunn. Regional plan for areal og transport i Vestfjord 2022–2034 legger til grunn at minst 70 prosent av boligveksten skal komme i kommunesentrene og lokalsentrene, og at regionsenteret Brekkestad skal styrkes. Fylkeskommunen er i gang med en regional kystsoneplan. Fylkeskommunen har ansvaret for fylkesvegene, kollektivtrafikken og den videregående opplæringen.

# 8 Areal og bolig

## 8.1 Boligmasse og boligbygging

Det er 6 480 boliger i Fjordvik. 68 prosent er eneboliger, 11 prosent tomannsboliger, 9 prosent rekkehus og kjedehus og 9 prosent leiligheter i blokk. Det ble bygget 382 nye boliger i perioden 2014–2023, i gjennomsnitt 38 i året. 46 prosent av dem ble bygget i Fjordvik sentrum og på Lia. 62 prosent av innbyggerne 80 år og eldre bor i enebolig. Gjennomsnittlig kvadratmeterpris for eneboliger var 24 800 kroner i 2023.

## 8.2 Arealreserver

Kommuneplanens arealdel ble vedtatt 21.06.2017 (sak 52/17). Arealdelen har boligreserver med plass til om lag 820 boliger. 510 av dem ligger utenfor Fjordvik sentrum og Lia. Kommunedelplan for Fjordvik sentrum ble vedtatt i 2021 og åpner for om lag 450 nye boliger gjennom fortetting og transformasjon. Deler av sentrum ligger innenfor faresonene for kvikkleire.

## 8.3 Fritidsboliger

Det er 2 140 fritidsboliger i Fjordvik. Det ble bygget 212 nye fritidsboliger i perioden 2014–2023. Det er om lag 380 regulerte, ubebygde hyttetomter. 61 prosent av fritidsboligene eies av personer som bor utenfor kommunen.

## 8.4 Strandsone

I perioden 2019–2023 behandlet kommunen 74 søknader om dispensasjon for tiltak i 100-metersbeltet langs sjøen. 61 av dem ble innvilget. Statsforvalteren påklaget 9 av vedtakene.

# 9 Videre arbeid

Kunnskapsgrunnlaget legges fram for kommunestyret på det første politiske verkstedet. På verkstedet drøfter de folkevalgte i tverrpolitiske grupper hva de er overrasket over, nysgjerrige på og savner i kunnskapsgrunnlaget, og om visjon, hovedmål og arealstrategier i den gjeldende samfunnsdelen skal videreføres eller endres. Administrasjonen supplerer kunnskapsgrunnlaget på bakgrunn av spørsmålene fra verkstedet.
"""


if __name__ == "__main__":
    main()
