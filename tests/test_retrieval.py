"""Retrieval on words the documents do not share with the question: the thesaurus, compounds,
question fillers, the best sentence of a chunk and the evidence test for questions after a figure."""

from __future__ import annotations

import pytest

from assistant import answering
from assistant.analysis import Analyzer, split_compound
from assistant.extractive import gather
from assistant.index import Index
from assistant.retrieval import GOAL_QUESTION, Retriever, coverage, counts, question_terms, unknown_names, units_asked


def index_of(tmp_path, embedder, name: str, text: str) -> Index:
    """A real index on disk over one Markdown file (in ``tmp_path/docs``)."""
    docs = tmp_path / "docs"
    docs.mkdir(exist_ok=True)
    (docs / name).write_text(text, encoding="utf-8")
    index = Index(tmp_path / "idx", embedder)
    index.ingest([docs])
    return index


@pytest.fixture(scope="module")
def analyzer():
    return Analyzer()


def test_thesaurus_gives_document_words_for_everyday_words(analyzer):
    stems = {stem for stem, _ in analyzer.alternatives(analyzer.tokens("hytter")[0])}
    assert analyzer.tokens("fritidsbolig")[0] in stems
    population = {stem for stem, _ in analyzer.alternatives(analyzer.tokens("bor")[0])}
    assert analyzer.tokens("innbygger")[0] in population


def test_without_a_thesaurus_there_are_no_alternatives(tmp_path):
    assert Analyzer(thesaurus=tmp_path / "missing.json").alternatives("hytt") == ()


@pytest.mark.parametrize(
    "question, absent",
    [
        ("Bør vi bygge nytt sykehjem?", "bør"),
        ("Hvor mye gjeld har vi i dag?", "mye"),
        ("Hvordan gikk driftsresultatet i fjor?", "fjor"),
    ],
)
def test_question_fillers_and_modal_verbs_are_not_search_words(analyzer, question, absent):
    assert absent not in analyzer.tokens(question)


@pytest.mark.parametrize(
    "question, phrase",
    [
        # the documents say «fritidsboliger», «innbyggertallet», «lånegjeld», «barn»
        ("Hvor mange hytter er det i Fjordvik?", "fritidsboliger"),
        ("Hvor mange bor det i Fjordvik?", "innbyggertallet"),
        ("Hvor mye gjeld har kommunen?", "lånegjeld"),
        ("Hvor mange unger ble født i fjor?", "født 121 barn"),
    ],
)
def test_everyday_words_find_the_documents_terms(deps, question, phrase):
    result = deps.retriever.search(question, k=3)
    assert any(phrase in p.text.lower() for p in result.passages), [p.text[:80] for p in result.passages]
    assert not result.insufficient


def test_a_synonym_counts_as_the_word_in_the_evidence_test(deps):
    snap = deps.retriever.snapshot()
    terms = question_terms(snap, "Hvor mange hytter er det?")
    assert coverage(snap, terms, "Det er 2 140 fritidsboliger i kommunen.", partial=False) == 1.0
    assert coverage(snap, terms, "Det er 14 212 innbyggere i kommunen.", partial=False) == 0.0


@pytest.fixture
def sick_leave_index(tmp_path, embedder):
    """A tiny municipality: sick leave is a goal in the plan; its figure is in a second file."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "plan.md").write_text(
        "# Arbeidsgiver\n\nKommunen skal redusere sykefraværet i teknisk drift og i helse og omsorg. "
        "Ledere skal følge opp sykmeldte tett og legge til rette for tilpasset arbeid.\n\n"
        "# Skole\n\nAlle elever skal ha en trygg skolevei og et godt læringsmiljø.\n",
        encoding="utf-8",
    )
    figures = tmp_path / "figures.md"
    figures.write_text(
        "# Sykefravær\n\nSykefraværet i teknisk drift var 7,4 prosent i 2023, mot 6,1 prosent året før.\n",
        encoding="utf-8",
    )
    index = Index(tmp_path / "idx", embedder)
    index.ingest([docs])
    return index, figures


def test_a_question_after_a_figure_needs_a_sentence_with_one(sick_leave_index):
    index, figures = sick_leave_index
    retriever = Retriever(index, top_k=3)
    question = "Hvor høyt er sykefraværet i teknisk drift?"
    without = retriever.search(question)
    assert without.passages and "redusere sykefraværet" in without.passages[0].text
    assert without.insufficient  # the plan names the topic but gives no figure
    assert not retriever.search("Hva sier planen om sykefraværet i teknisk drift?").insufficient
    index.ingest([figures])
    with_figure = retriever.search(question)
    assert not with_figure.insufficient
    assert "7,4 prosent" in with_figure.passages[0].text


def test_the_best_sentence_decides_between_chunks_with_the_same_words(tmp_path, embedder):
    docs = tmp_path / "docs"
    docs.mkdir()
    scattered = (
        "Hjemmetjenesten har fått nye biler. " + "Det er mange oppgaver i sektoren. " * 6
        + "Sykehjemmet på Moen ble pusset opp i fjor. " + "Budsjettet ble vedtatt i desember. " * 6
        + "Plassene fordeles etter vedtak."
    )
    focused = "Det er 64 plasser på sykehjemmet. " + "Kommunen driver også dagsenter og kafé. " * 10
    (docs / "a.md").write_text(f"# Omsorg\n\n{scattered}\n", encoding="utf-8")
    (docs / "b.md").write_text(f"# Institusjoner\n\n{focused}\n", encoding="utf-8")
    index = Index(tmp_path / "idx", embedder)
    index.ingest([docs])
    best = Retriever(index, top_k=2, dense_weight=0.0).search("Hvor mange plasser er det på sykehjemmet?").passages[0]
    assert "64 plasser på sykehjemmet" in best.text


def test_a_question_that_names_its_source_gets_that_kind_of_document_first(deps):
    # the knowledge base quotes the old plan's vision too; the question asks for the adopted plan's
    passages = deps.retriever.search("Hva er visjonen i den vedtatte samfunnsdelen?", k=3).passages
    assert passages[0].document.kind == "samfunnsdel"
    assert any("trygt å bli" in p.text and p.document.kind == "samfunnsdel" for p in passages)


def test_everyday_verbs_weigh_lightly_in_the_evidence_test(deps):
    snap = deps.retriever.snapshot()
    terms = {t.stem: t for t in question_terms(snap, "Hvor mange elever regner man med i 2030?")}
    elev, regn = terms["elev"], terms["regn"]
    assert regn.weight < elev.weight
    # a passage with the pupils and the year but not the verb still answers the question
    assert coverage(snap, list(terms.values()), "I 2030 vil det være 1 480 elever i skolene.", partial=False) > 0.75


@pytest.mark.parametrize(
    "question, after_amount",
    [
        ("Hvor mange bor i kommunen?", True),
        ("Hva er gjennomsnittlig boligpris i sentrum?", True),
        ("Hva er eiendomsskattesatsen for næringseiendom?", True),
        ("Hva koster ferja oss i året?", True),
        ("Hva er visjonen i samfunnsdelen?", False),
        ("Hva er satsingsområdene?", False),
    ],
)
def test_questions_after_an_amount_are_recognised(question, after_amount):
    from assistant.retrieval import QUANTITY

    assert bool(QUANTITY.search(question)) is after_amount


def test_a_question_about_a_name_no_document_mentions_is_insufficient(deps):
    # the knowledge base has Fjordvik's operating result for 2023: most of the question is covered
    other = deps.retriever.search("Hva var netto driftsresultat i Trondheim kommune i 2023?", k=3)
    assert other.insufficient and other.unmentioned == ("Trondheim",)
    own = deps.retriever.search("Hva var netto driftsresultat i Fjordvik i 2023?", k=3)
    assert not own.insufficient and own.unmentioned == ()
    # a compound whose parts the documents know, an acronym and the first word are not such names
    snap = deps.retriever.snapshot()
    assert unknown_names(snap, "Hva sier KS-notatet om ledergruppen?") == ()
    assert unknown_names(snap, "Trondheimsvegen: hvor mye trafikk er det?") == ()


def test_an_answer_says_which_name_the_documents_do_not_mention(deps):
    answer = answering.answer("Hvor mange ansatte har Kommunalbanken?", "folkevalgt", deps)
    assert answer.insufficient_evidence
    assert "Dokumentene nevner ikke «Kommunalbanken»." in answer.answer


@pytest.mark.parametrize("word, other", [("gjeldende", "gjeld"), ("gjelder", "gjeld"), ("lovet", "lov"), ("ventes", "vente")])
def test_the_stemmer_does_not_fold_words_into_unrelated_nouns(analyzer, word, other):
    # «den gjeldende samfunnsdelen» is not about debt, «hva har vi lovet» is not about a law
    assert analyzer.tokens(word) != analyzer.tokens(other)


def test_what_is_x_prefers_the_sentence_with_x_as_its_subject(tmp_path, embedder):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.md").write_text(
        "# Juni\n\nPå det politiske verkstedet i juni drøftet gruppene budsjettet, og verkstedet varte i tre timer.\n",
        encoding="utf-8",
    )
    (docs / "b.md").write_text(
        "# Metode\n\nPolitiske verksted er en metode for tidlig dialog mellom folkevalgte og administrasjonen om "
        "planer, budsjett, skoler og andre saker i kommunen.\n",
        encoding="utf-8",
    )
    index = Index(tmp_path / "idx", embedder)
    index.ingest([docs])
    retriever = Retriever(index, top_k=2, dense_weight=0.0)
    assert "er en metode" in retriever.search("Hva er et politisk verksted?").passages[0].text
    # the same words asked another way rank by the words alone
    assert "i juni" in retriever.search("Hvor lenge varte det politiske verkstedet?").passages[0].text


def test_a_word_no_document_uses_weighs_by_how_rare_it_is_in_norwegian(deps):
    # neither word is in the documents: «spesialundervisning» names a topic they lack, «sliter» is an
    # everyday verb a paraphrase brings in
    snap = deps.retriever.snapshot()
    terms = {t.stem: t for t in question_terms(snap, "Sliter vi med spesialundervisning?")}
    assert snap.idf("slit") is None and snap.idf("spesialundervisning") is None
    assert terms["spesialundervisning"].weight == pytest.approx(snap.max_idf)
    assert terms["slit"].weight < 0.6 * snap.max_idf


def test_the_words_that_name_the_source_are_not_searched_for(deps):
    # «KS-notatet» is where to look, not what to find: the note's foreword names KS on every line
    result = deps.retriever.search("Hva sier KS-notatet om ledergruppens rolle?", k=3)
    assert {t.stem for t in result.terms} == {"ledergrupp", "roll"}
    assert all(p.document.kind == "note" and "Ledergruppens rolle" in p.section for p in result.passages[:2])
    answer = answering.answer("Hva sier KS-notatet om ledergruppens rolle?", "folkevalgt", deps)
    assert "Ledergruppens rolle" in answer.sources[0].section
    # a question that is nothing but its source still searches for it
    only = deps.retriever.search("Hva sier KS-notatet?", k=3)
    assert not only.insufficient and all(p.document.kind == "note" for p in only.passages)


def test_a_question_that_asks_two_things_is_answered_if_one_part_is(deps):
    # the documents have the over-80s in 2035 but no dentists or physiotherapists
    two = "Hvor mange tannleger og fysioterapeuter har vi, og hvor mange innbyggere over 80 år får vi i 2035?"
    assert not deps.retriever.search(two, k=3).insufficient
    # read as one question, the missing professions weigh it down
    assert deps.retriever.search(two.replace(", og", " og"), k=3).insufficient


def test_a_figure_for_another_year_does_not_answer(deps):
    # the knowledge base gives the sick leave for 2023 (8,1 prosent), not for 2019
    assert not deps.retriever.search("Hva var sykefraværet i Fjordvik kommune i 2023?", k=3).insufficient
    assert deps.retriever.search("Hva var sykefraværet i Fjordvik kommune i 2019?", k=3).insufficient


def test_a_compound_splits_when_its_first_word_is_stemmed_shorter(analyzer):
    # «klima» is indexed as «klim», so «klimamål» needs the stem of its first part to split
    vocabulary = {analyzer.tokens(w)[0] for w in ("klima", "mål", "eldre", "omsorg")}
    assert split_compound(analyzer.tokens("klimamålet")[0], vocabulary) == (analyzer.tokens("klima")[0], "mål")
    assert split_compound(analyzer.tokens("eldreomsorgen")[0], vocabulary)


@pytest.fixture
def ferry_index(tmp_path, embedder):
    index = index_of(
        tmp_path, embedder, "ferje.md",
        "# Ferje\n\nFerja mellom Aurnes og Lidvoll har 22 avganger hver vei på hverdager. Helsetunet har "
        "36 sykehjemsplasser, og mange eldre venter på plass.\n",
    )
    return index, tmp_path / "docs"


def test_a_question_after_a_duration_or_a_price_needs_that_kind_of_figure(ferry_index):
    index, docs = ferry_index
    retriever = Retriever(index, top_k=3)
    price = "Hva koster det å ta ferja fra Aurnes til Lidvoll?"
    wait = "Hvor lenge venter eldre på sykehjemsplass på helsetunet?"
    assert retriever.search(price).insufficient  # 22 avganger is not a price
    assert retriever.search(wait).insufficient  # 36 plasser is not a waiting time
    assert not retriever.search("Hvor mange avganger har ferja fra Aurnes til Lidvoll?").insufficient
    (docs / "priser.md").write_text(
        "# Priser\n\nÅ ta ferja fra Aurnes til Lidvoll koster 180 kroner for bil og fører. Eldre venter "
        "i snitt 40 dager på sykehjemsplass på helsetunet.\n",
        encoding="utf-8",
    )
    index.ingest([docs])
    assert not retriever.search(price).insufficient
    assert not retriever.search(wait).insufficient


@pytest.mark.parametrize("question, kinds", [
    ("Hvor lenge må man vente på barnehageplass?", 1),
    ("Hva er gjennomsnittlig kvadratmeterpris for boliger?", 1),
    ("Hvor høy er husleia i omsorgsboligene?", 1),
    ("Er det riktig å bruke kraftfondet nå som strømprisene har falt?", 0),
    ("Hvor mange bor i kommunen?", 0),
])
def test_questions_after_a_duration_or_a_price_are_recognised(question, kinds):
    assert len(units_asked(question)) == kinds


def test_a_passage_takes_in_the_section_beside_it_on_the_same_page(tmp_path, embedder):
    index = index_of(
        tmp_path, embedder, "plan.md",
        "# Arealstrategi\n\n## Bygdene\n\nI bygdene tillates en moderat vekst som kan holde oppe skole og lagsliv.\n\n"
        "## Jordvern\n\nDet skal ikke legges ut nye boligfelt på dyrka mark.\n\n"
        "# Økonomi\n\nDisposisjonsfondet var 96 millioner kroner.\n",
    )
    result = Retriever(index, top_k=3).search("Kan det bygges nye boliger i bygdene?")
    best = result.passages[0]
    assert best.section == "Bygdene"
    assert "dyrka mark" in best.text  # the sibling section under «Arealstrategi» is context
    assert "\n\nJordvern\n\nDet skal ikke legges ut" in best.text  # shown under its own heading
    assert "dyrka mark" not in best.core and "Disposisjonsfondet" not in best.text


def test_the_sentence_with_the_year_must_be_about_the_topic_itself(tmp_path, embedder):
    index = index_of(
        tmp_path, embedder, "okonomi.md",
        "# Skatt og eiendomsskatt\n\nEiendomsskatten ga 14 millioner kroner i 2023. Det er ikke eiendomsskatt på "
        "boliger.\n\nHovedpunkter: driftsresultatet har falt fra 3,1 prosent i 2021 til 0,2 prosent i 2023.\n",
    )
    retriever = Retriever(index, top_k=3)
    assert not retriever.search("Hvor mye ga eiendomsskatten i 2023?").insufficient
    # 2021 stands only in a sentence about the operating result, under the property tax heading
    assert retriever.search("Hvor mye ga eiendomsskatten i 2021?").insufficient


def test_a_figure_counts_the_asked_thing_when_the_word_follows_it(deps):
    snap = deps.retriever.snapshot()
    terms = question_terms(snap, "Hvor mange innbyggere har kommunen?")
    assert counts(snap, terms, "Kommunen hadde 9 412 innbyggere 1. januar 2024.")
    assert not counts(snap, terms, "1 180 av innbyggerne er innvandrere.")
    assert not counts(snap, terms, "Veksten var 0,6 prosent i 2023.")


def test_a_figure_about_a_named_place_stands_beside_the_name(tmp_path, embedder):
    index = index_of(
        tmp_path, embedder, "reiseliv.md",
        "# Reiseliv\n\nSkarvheim Hotell har 40 ansatte og er åpent hele året. Kommunen hadde 52 000 gjestedøgn "
        "i 2023, de fleste om sommeren.\n\n# Skole\n\nBrattøyri skole har 210 elever.\n\n"
        # a name counts as rare against a corpus of some size, as a municipality's documents are
        + "".join(f"# Tema {n}\n\nAvsnitt {n} handler om vei, vann og avløp i bygdene.\n\n" for n in range(20)),
    )
    retriever = Retriever(index, top_k=3)
    assert not retriever.search("Hvor mange ansatte har Skarvheim Hotell?").insufficient
    assert not retriever.search("Hvor mange gjestedøgn hadde kommunen i 2023?").insufficient
    # the hotel is named, and there is a count of guest nights, but not the hotel's
    assert retriever.search("Hvor mange gjestedøgn hadde Skarvheim Hotell i 2023?").insufficient


@pytest.mark.parametrize("question, goal", [
    ("Hvor mange innbyggere har vi satt oss som mål å ha i 2032?", True),
    ("Hva er målet for sykefraværet?", True),
    ("Hvor mange bor i kommunen nå?", False),
])
def test_a_question_about_our_own_goals_is_recognised(question, goal):
    assert bool(GOAL_QUESTION.search(question)) is goal


def test_a_sentence_from_the_section_beside_the_passage_is_context(tmp_path, embedder, deps):
    index = index_of(
        tmp_path, embedder, "okonomi.md",
        "# Økonomi\n\n## Hovedtall\n\nNøkkeltall: netto driftsresultat i prosent; 2022: 2,1; 2023: 0,6.\n\n"
        "## Handlingsregler\n\nKommunestyret vedtok handlingsregler i 2020.\n\n"
        "Netto driftsresultat skal over tid være minst 1,75 prosent av driftsinntektene.\n\n"
        + "".join(f"# Tema {n}\n\nAvsnitt {n} handler om vei, vann og avløp i bygdene.\n\n" for n in range(20)),
    )
    retriever = Retriever(index, top_k=3)
    result = retriever.search("netto driftsresultat handlingsregel", k=4)
    assert "Nøkkeltall" in result.passages[0].text and "Nøkkeltall" not in result.passages[0].core
    chosen = gather(retriever, deps.labeller, "netto driftsresultat handlingsregel", 1, prefer_numbers=True)
    assert chosen[0][0].startswith("Netto driftsresultat skal over tid være minst 1,75 prosent")


def test_a_bare_list_is_found_by_the_sentence_that_announces_it(deps):
    # the KS note's principles are a graphic whose text comes after the paragraph introducing it
    result = deps.retriever.search("Hvilke prinsipper bør samarbeidet mellom politikere og administrasjon bygge på?", k=3)
    assert any("Gjensidig respekt og forståelse" in p.text for p in result.passages)
