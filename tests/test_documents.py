"""Loading every input format, and cleaning the messy KS note."""

from __future__ import annotations

import pytest

from assistant import documents
from assistant.chunking import Chunker
from assistant.errors import DocumentError
from tests.conftest import NOTE
from tests.documents_factory import make_docx, make_html, make_markdown, make_pdf, make_two_column_pdf


@pytest.fixture(scope="module")
def note():
    return documents.load(NOTE)


def test_note_sections_are_its_chapters(note):
    headings = [s.heading for s in note.sections]
    for expected in [
        "Forord",
        "1. Forståelsesramme",
        "2. Tillit og rolleforståelse",
        "3. Samspill i planprosessen",
        "4. Forholdet mellom samspill og saksbehandling",
        "5. Ledergruppens rolle",
        "6. Politiske verksted som metode i prosessen",
        "7. Refleksjonsspørsmål om samfunnsdelen",
    ]:
        assert expected in headings
    # numbered list items inside chapter 5 are not chapters
    assert not any(h and h.startswith("1. Kommunens situasjon") for h in headings)


def test_note_footer_is_gone_and_lines_are_joined(note):
    text = note.text
    assert "strategiske planprosesser 11" not in text
    assert "Administrasjonens blanding av politikk og fag er en potensielt stor kilde til misstillit." in text
    assert "Folkevalgte må på en bedre måte komme inn tidlig i planprosessene" in text
    assert "2030-agendaen" in text


def test_note_text_box_stays_out_of_the_paragraph(note):
    chapter2 = next(s for s in note.sections if s.heading == "2. Tillit og rolleforståelse").text
    paragraphs = chapter2.split("\n\n")
    assert "Tillit" in paragraphs and "Åpenhet" in paragraphs
    assert "Gjensidig respekt og forståelse mellom folkevalgte og administrasjon" in paragraphs


def test_note_metadata_from_sidecar(note):
    assert note.title == "Samspill mellom folkevalgte og administrasjon i strategiske planprosesser"
    assert note.kind == "note"
    assert "Asplan Viak" in note.metadata["authors"]
    assert note.metadata["date"] == "2024-02-09"


def test_docx_headings_and_table(tmp_path):
    doc = documents.load(make_docx(tmp_path / "kg.docx"), kind="kunnskapsgrunnlag")
    assert [s.heading for s in doc.sections] == ["Befolkning", "Økonomi"]
    assert "År: 2030; Innbyggere: 8 400." in doc.sections[0].text
    assert "1,75 prosent" in doc.sections[1].text


def test_pdf_pages_headings_and_running_footer(tmp_path):
    doc = documents.load(make_pdf(tmp_path / "sd.pdf", pages=3))
    assert [(s.heading, s.page) for s in doc.sections] == [
        ("1 Innledning", 1), ("2 Visjon og hovedmål", 2), ("3 Satsingsområder", 3)
    ]
    assert "eksempeldata" not in doc.text
    assert "ble vedtatt av kommunestyret i juni 2024" in doc.text
    assert doc.title == "Samfunnsdel for Testvik"


def test_two_columns_with_part_headings_and_a_running_header(tmp_path):
    # «Del 2 – Visjon og hovedmål» is a heading; the header with the page number is not text
    doc = documents.load(make_two_column_pdf(tmp_path / "sd.pdf"))
    headings = list(dict.fromkeys(s.heading for s in doc.sections))
    assert headings == ["Del 1 – Innledning", "Del 2 – Visjon og hovedmål", "Del 3 – Arealstrategi"]
    assert "vedtatt 12.06.2024" not in doc.text
    assert "Boligfelt 219 skal ligge innenfor gangavstand til stasjonen i planperioden (19)." in doc.text


def test_html_drops_script_and_navigation(tmp_path):
    doc = documents.load(make_html(tmp_path / "b.html"))
    assert "alert" not in doc.text and "Meny" not in doc.text
    assert [s.heading for s in doc.sections] == ["Beredskap", "Flom"]
    assert "Flomsonen omfatter 42 boliger." in doc.text


def test_a_sub_section_knows_the_heading_above_it(tmp_path):
    # a question may name the chapter («hva sier beredskapsdelen om flom?») while the answer sits
    # under a sub-heading: the chunk is searched with both headings
    doc = documents.load(make_html(tmp_path / "b.html"))
    assert [(s.heading, s.parent) for s in doc.sections] == [("Beredskap", None), ("Flom", "Beredskap")]
    flood = next(c for c in Chunker().split(doc) if c.section == "Flom")
    assert flood.headings == "Beredskap Flom"
    assert flood.search_text.splitlines()[:3] == ["Beredskap i Testvik", "Beredskap", "Flom"]


def test_markdown_headings_and_links(tmp_path):
    doc = documents.load(make_markdown(tmp_path / "k.md"))
    assert doc.sections[0].heading == "Bibliotek"
    assert "en økning på 12 prosent." in doc.text
    assert "https" not in doc.text


@pytest.mark.parametrize(
    "name, content, reason",
    [
        ("tom.txt", b"   \n", "tom"),
        ("skadet.pdf", b"%PDF-1.4 dette er ikke en pdf", "skadet"),
        ("skadet.docx", b"PK\x03\x04 ikke en docx", "skadet"),
        ("bilde.png", b"\x89PNG", "støttes ikke"),
    ],
)
def test_bad_files_raise_a_norwegian_reason(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(DocumentError) as error:
        documents.load(path)
    assert name in error.value.message and reason in error.value.message


def test_margin_paragraph_numbers_are_dropped_and_headings_found():
    # a plan with paragraph numbers in the margin, capitalised chapters, unnumbered sub-headings,
    # «Satsingsområde N – …» headings and numbered goals in a table
    body = "Kommunen har {} innbyggere, og folketallet har gått ned i mange år på grunn av fraflytting."
    lines = [("INNLEDNING", 1), ("Slik ble planen laget", 1)]
    lines += [(f"{n} " + body.format(1000 + n), 1) for n in range(1, 4)]
    lines += [("SATSINGSOMRÅDER", 2), ("Satsingsområde 1 – Reiseliv i balanse", 2)]
    lines += [(f"({n}) " + body.format(2000 + n), 2) for n in range(4, 8)]
    lines += [("4.4 Flere eldre skal kunne bo trygt", 2), ("hjemme.", 2)]
    lines += [("AREALSTRATEGI", 3), ("8 Arealstrategien viser de lange linjene for arealbruken i kommunen.", 3)]
    lines += [("Senterstruktur", 3), ("9 " + body.format(3009), 3)]
    blocks = documents.reflow(lines)
    headings = [(b.heading_level, b.text) for b in blocks if b.heading_level]
    assert headings == [
        (1, "INNLEDNING"), (2, "Slik ble planen laget"), (1, "SATSINGSOMRÅDER"),
        (2, "Satsingsområde 1 – Reiseliv i balanse"), (1, "AREALSTRATEGI"), (2, "Senterstruktur"),
    ]
    text = "\n".join(b.text for b in blocks)
    assert "Kommunen har 1001 innbyggere" in text and "1 Kommunen" not in text and "(4)" not in text
    assert "4.4 Flere eldre skal kunne bo trygt hjemme." in text  # a goal, kept as text


def test_numbers_that_do_not_count_up_are_kept():
    # «12 Kommuner …» twice and «3 Av …»: not a run of paragraph numbers, so nothing is dropped
    body = "Kommuner i regionen har samarbeidet om beredskap, vann og avløp i mer enn tjue år nå."
    lines = [(f"{n} {body}", 1) for n in (12, 3, 12, 40, 7)]
    text = "\n".join(b.text for b in documents.reflow(lines))
    assert text.count("12 Kommuner") == 2 and "40 Kommuner" in text


def test_a_chapter_named_by_a_question_is_a_heading():
    lines = [
        ("Planen ble vedtatt i 2024.", 1),
        ("Hvor står vi?", 1),
        ("Kommunen har 6 100 innbyggere, og folketallet har gått ned med 4 prosent siden 2014.", 1),
        ("Hva betyr det for oss? Det betyr at vi må planlegge for færre barn og flere eldre.", 1),
    ]
    blocks = documents.reflow(lines)
    assert [b.text for b in blocks if b.heading_level] == ["Hvor står vi?"]
    assert "Hva betyr det for oss? Det betyr" in "\n".join(b.text for b in blocks)


def test_a_numbered_heading_wrapped_in_a_table_cell_is_joined():
    lines = [
        ("Kommunestyret har vedtatt fire hovedmål for planperioden.", 1),
        ("1 Rent vann og trygg", 1), ("ferdsel", 1),
        ("Elva skal ha god økologisk tilstand innen 2032, og ingen skal bli drept i trafikken.", 1),
        ("2 Klimagassutslippene skal ned 40", 1), ("prosent innen 2030 sammenlignet med", 1), ("2009.", 1),
    ]
    headings = [b.text for b in documents.reflow(lines) if b.heading_level]
    assert headings == ["1 Rent vann og trygg ferdsel"]  # the second is a sentence over three lines


def test_numbered_goals_sit_under_a_chapter_in_capitals():
    lines = [
        ("Planen erstatter samfunnsdelen fra 2011.", 2),
        ("VISJON OG HOVEDMÅL", 2), ("Visjon", 2),
        ("Visjonen sier at alle bygdene skal ha liv, med folk i alle aldre og arbeidsplasser.", 2),
        ("1 Flere vil bo i Brattfjord", 2),
        ("Folketallet skal være minst 4 100 i 2032, og flere barnefamilier skal flytte hit.", 2),
    ]
    sections = documents._sections(documents.reflow(lines))
    assert [(s.heading, s.parent) for s in sections] == [
        (None, None), ("Visjon", "VISJON OG HOVEDMÅL"), ("1 Flere vil bo i Brattfjord", "VISJON OG HOVEDMÅL"),
    ]


def test_a_bare_list_is_searched_with_the_sentence_that_announces_it(tmp_path):
    path = tmp_path / "notat.txt"  # text as a PDF gives it: the graphic's items after the paragraphs
    path.write_text(
        "2. Tillit og rolleforståelse\n\nI intervjuer med folkevalgte og ledere framheves noen grunnleggende "
        "prinsipper for dette.\n\nDisse prinsippene går i praksis begge veier, og mistillit kan gjøre "
        "samspillet mellom folkevalgte og administrasjon vanskelig.\n\nTillit\n\nÅpenhet\n\n"
        "Tydelig rolleforståelse\n",
        encoding="utf-8",
    )
    chunks = Chunker(chunk_chars=120).split(documents.load(path))
    bare = [c for c in chunks if c.text.startswith("Tillit")]
    assert bare and bare[0].lead == "I intervjuer med folkevalgte og ledere framheves noen grunnleggende prinsipper for dette."
    assert "grunnleggende prinsipper" in bare[0].search_text and "grunnleggende" not in bare[0].text
    assert all(not c.lead for c in chunks if c is not bare[0])
