"""Norwegian sentence splitting: the traps, and properties that hold for any input."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.neutrality import split_sentences


def texts(source: str) -> list[str]:
    return [span.text for span in split_sentences(source)]


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (
            "Vi har f.eks. tre skoler. Det er bl.a. to sykehjem her.",
            ["Vi har f.eks. tre skoler.", "Det er bl.a. to sykehjem her."],
        ),
        (
            "Veier, bygg m.m. koster mye. Parker, plasser mv. i sentrum vedlikeholdes.",
            ["Veier, bygg m.m. koster mye.", "Parker, plasser mv. i sentrum vedlikeholdes."],
        ),
        (
            "Etter pbl. § 10-1 skal kommunen vedta en planstrategi. Neste avsnitt.",
            ["Etter pbl. § 10-1 skal kommunen vedta en planstrategi.", "Neste avsnitt."],
        ),
        (
            "Dette følger av loven, jf. § 11-2. Møtet er kl. 18 i sal nr. 3. Det kom ca. 300.",
            [
                "Dette følger av loven, jf. § 11-2.",
                "Møtet er kl. 18 i sal nr. 3.",
                "Det kom ca. 300.",
            ],
        ),
        (
            "Styringsrenten er 4,5 prosent. Prisveksten var 1,75 prosent i fjor.",
            ["Styringsrenten er 4,5 prosent.", "Prisveksten var 1,75 prosent i fjor."],
        ),
        (
            "Planen ble vedtatt 12. juni 2024 i kommunestyret. Den gjelder til 2035.",
            ["Planen ble vedtatt 12. juni 2024 i kommunestyret.", "Den gjelder til 2035."],
        ),
        (
            "Tallet for i fjor var 2024. Det er flere enn før.",
            ["Tallet for i fjor var 2024.", "Det er flere enn før."],
        ),
    ],
)
def test_abbreviations_numbers_and_dates_do_not_end_sentences(
    source: str, expected: list[str]
) -> None:
    assert texts(source) == expected


def test_sentence_final_abbreviation_before_a_capital_ends_the_sentence() -> None:
    assert texts("Vi drifter skoler, barnehager m.m. Kommunen vokser.") == [
        "Vi drifter skoler, barnehager m.m.",
        "Kommunen vokser.",
    ]


def test_ordinal_heading_is_not_split_and_ends_at_its_line() -> None:
    source = "3. Samspill i planprosessen\nFolkevalgte bør komme tidlig inn. Det gir eierskap."
    assert texts(source) == [
        "3. Samspill i planprosessen",
        "Folkevalgte bør komme tidlig inn.",
        "Det gir eierskap.",
    ]


def test_quotes_with_stops_and_question_marks_stay_whole() -> None:
    source = "Visjonen er «Sammen skaper vi framtida. Hvem ellers?» Den ble vedtatt i 2020."
    assert texts(source) == [
        "Visjonen er «Sammen skaper vi framtida. Hvem ellers?»",
        "Den ble vedtatt i 2020.",
    ]


def test_quote_ending_a_sentence_splits_after_the_closing_mark() -> None:
    assert texts("«Planen er klar.» Ordføreren svarte kort.") == [
        "«Planen er klar.»",
        "Ordføreren svarte kort.",
    ]


def test_initials_and_urls() -> None:
    source = (
        "Notatet er skrevet av Erik P. Hansen og K. Dahle. "
        "Les mer på https://www.ks.no/planlegging?side=2. Neste setning."
    )
    assert texts(source) == [
        "Notatet er skrevet av Erik P. Hansen og K. Dahle.",
        "Les mer på https://www.ks.no/planlegging?side=2.",
        "Neste setning.",
    ]


def test_each_bullet_is_a_sentence_without_a_final_stop() -> None:
    source = (
        "Verkstedet har tre deler:\n"
        "• Overrasket over\n"
        "- Nysgjerrig på\n"
        "* Mangler\n"
        "1) Visjon\n"
        "a) Hovedmål som går over\n  to linjer\n"
        "Etter lista kommer tekst."
    )
    assert texts(source) == [
        "Verkstedet har tre deler:",
        "• Overrasket over",
        "- Nysgjerrig på",
        "* Mangler",
        "1) Visjon",
        "a) Hovedmål som går over\n  to linjer",
        "Etter lista kommer tekst.",
    ]


def test_blank_line_ends_a_sentence_but_a_single_line_break_does_not() -> None:
    source = "Overskrift uten punktum\n\nTeksten brytes\nmidt i setningen. Slutt"
    assert texts(source) == [
        "Overskrift uten punktum",
        "Teksten brytes\nmidt i setningen.",
        "Slutt",
    ]


def test_questions_and_exclamations() -> None:
    assert texts("Hvor mange bor her? Mange! Hva sier planen …") == [
        "Hvor mange bor her?",
        "Mange!",
        "Hva sier planen …",
    ]


def test_offsets_slice_back_to_the_text() -> None:
    source = "  Første setning.   Andre, f.eks. denne.\n\n• punkt  "
    for span in split_sentences(source):
        assert source[span.start : span.end] == span.text


def test_empty_and_whitespace_only_input() -> None:
    assert split_sentences("") == []
    assert split_sentences(" \n\n \t") == []


_ALPHABET = st.sampled_from(
    list("abcæøå ABCÆØÅ .?!…,;:«»\"()§-•*0123456789\n\t")
    + ["f.eks. ", "m.m. ", "pbl. ", "12. juni ", "1) ", "\n\n", "K. ", " Det "]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=60).map("".join))
def test_spans_are_ordered_disjoint_trimmed_and_lose_nothing(source: str) -> None:
    spans = split_sentences(source)
    covered = [False] * len(source)
    previous_end = 0
    for span in spans:
        assert previous_end <= span.start < span.end <= len(source)
        assert span.text == source[span.start : span.end] == span.text.strip()
        for position in range(span.start, span.end):
            covered[position] = True
        previous_end = span.end
    lost = [char for char, seen in zip(source, covered) if not seen and not char.isspace()]
    assert lost == []
