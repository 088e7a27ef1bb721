"""Builds small real files of every supported format for the tests."""

from __future__ import annotations

from pathlib import Path


def make_docx(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.add_heading("Kunnskapsgrunnlag for Testvik", level=1)
    document.add_heading("Befolkning", level=2)
    document.add_paragraph("Testvik hadde 8 214 innbyggere ved inngangen til 2024. Andelen over 80 år øker raskt.")
    table = document.add_table(rows=3, cols=2)
    for row, values in zip(table.rows, [("År", "Innbyggere"), ("2030", "8 400"), ("2040", "8 650")]):
        for cell, value in zip(row.cells, values):
            cell.text = value
    document.add_heading("Økonomi", level=2)
    document.add_paragraph("Netto driftsresultat var 0,8 prosent i 2023, under handlingsregelen på 1,75 prosent.")
    document.save(path)
    return path


def make_pdf(path: Path, pages: int = 3) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    c.setTitle("Samfunnsdel for Testvik")
    body = [
        ["1 Innledning", "Samfunnsdelen for Testvik gjelder for perioden 2024 til 2036 og ble vedtatt", "av kommunestyret i juni 2024. Planen bygger på kunnskapsgrunnlaget."],
        ["2 Visjon og hovedmål", "Visjonen er «Sammen om Testvik». Hovedmålet er at flere unge skal", "velge å bo i kommunen, og at fjordlandskapet skal tas vare på."],
        ["3 Satsingsområder", "Satsingsområdet grønn næring handler om havbruk, skogbruk og reiseliv i", "samspill med nabokommunene."],
    ]
    for number in range(pages):
        heading, *lines = body[number % len(body)]
        c.setFont("Helvetica-Bold", 14)
        c.drawString(72, 760, heading)
        c.setFont("Helvetica", 11)
        for i, line in enumerate(lines):
            c.drawString(72, 730 - 16 * i, line)
        c.setFont("Helvetica", 8)
        c.drawString(72, 40, f"Samfunnsdel for Testvik – eksempeldata   {number + 1}")
        c.showPage()
    c.save()
    return path


def make_two_column_pdf(path: Path) -> Path:
    """A landscape samfunnsdel in two columns: «Del N – …» headings and a running header with the
    page number, text long enough for four pages, no line repeated."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

    styles = getSampleStyleSheet()
    width, height = landscape(A4)
    column = (width - 2 * 50 - 20) / 2
    doc = BaseDocTemplate(str(path), pagesize=landscape(A4), title="Samfunnsdel for Testvik")

    def header(canvas, template) -> None:
        canvas.setFont("Helvetica", 8)
        canvas.drawString(50, height - 30, f"Samfunnsdelen for Testvik · vedtatt 12.06.2024 · side {template.page}")

    frames = [Frame(50, 50, column, height - 100), Frame(70 + column, 50, column, height - 100)]
    doc.addPageTemplates([PageTemplate(frames=frames, onPage=header)])
    parts = {
        "Del 1 – Innledning": "Samfunnsdelen er kommunens øverste styringsdokument",
        "Del 2 – Visjon og hovedmål": "Hovedmål {n} er at Testvik skal ha {n} flere arbeidsplasser i sentrum",
        "Del 3 – Arealstrategi": "Boligfelt {n} skal ligge innenfor gangavstand til stasjonen",
    }
    story = []
    for number, (heading, sentence) in enumerate(parts.items()):
        text = " ".join(sentence.format(n=100 * number + i) + f" i planperioden ({i})." for i in range(120))
        story += [Paragraph(heading, styles["Heading1"]), Paragraph(text, styles["BodyText"])]
    doc.build(story)
    return path


def make_html(path: Path) -> Path:
    path.write_text(
        "<html><head><title>Beredskap i Testvik</title><script>alert('x')</script></head><body>"
        "<nav>Meny</nav><h1>Beredskap</h1><p>ROS-analysen fra 2023 peker på <b>kvikkleire</b> langs elva.</p>"
        "<h2>Flom</h2><ul><li>Flomsonen omfatter 42 boliger.</li></ul></body></html>",
        encoding="utf-8",
    )
    return path


def make_markdown(path: Path) -> Path:
    path.write_text(
        "# Kulturplan for Testvik\n\n## Bibliotek\n\nBiblioteket hadde 41 000 besøk i 2023, "
        "en økning på [12 prosent](https://example.org).\n\n- Meråpent bibliotek fra 2022\n",
        encoding="utf-8",
    )
    return path
