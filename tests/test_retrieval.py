"""Retrieval on words the documents do not share with the question: the thesaurus, compounds,
question fillers, the best sentence of a chunk and the evidence test for questions after a figure."""

from __future__ import annotations

import pytest

from assistant.analysis import Analyzer
from assistant.index import Index
from assistant.retrieval import Retriever, coverage, question_terms


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
