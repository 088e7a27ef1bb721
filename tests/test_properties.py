"""Bad input at scale: properties of the sentence splitter and the classifier for any text.

``test_sentences.py`` checks the splitter on a small Norwegian alphabet; here the inputs are
arbitrary unicode (control characters, odd whitespace, other scripts, emoji), long windows of the
real KS note with junk spliced in, and the classifier must give one of the three labels with a
confidence in [0, 1] whatever it is fed.
"""

from __future__ import annotations

from functools import lru_cache

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.neutrality import LABELS, check_text, split_sentences
from tests.conftest import NOTE

ODD_CHARACTERS = list("\u00a0\u2028\u2029\u200b\u202f\x0b\x0c\x1c\x85\ufeff\r…«»“”‘’„–—•·§¶\u0301\u0308") + [
    "f.eks.", "bl.a.", "m.m.", "pbl.", "nr.", "1)", "a)", "3. ", "...", "?!", "\n\n", "\n• ", "\n- ",
    "😀", "汉字", "مرحبا", "Ǆ", "ﬁ", "\ud7ff", "\U0010ffff",
]
ANY_TEXT = st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=400)


@lru_cache(maxsize=1)
def _note() -> str:
    return NOTE.read_text(encoding="utf-8")


@st.composite
def note_with_junk(draw) -> str:
    """A window of up to 6 000 characters of the real note, with junk spliced in at random places."""
    note = _note()
    start = draw(st.integers(0, len(note) - 1))
    text = note[start:start + draw(st.integers(0, 6_000))]
    for _ in range(draw(st.integers(0, 8))):
        at = draw(st.integers(0, len(text)))
        junk = draw(st.one_of(st.sampled_from(ODD_CHARACTERS), ANY_TEXT.filter(lambda s: len(s) < 20)))
        text = text[:at] + junk + text[at:]
    return text


def assert_spans_cover(source: str) -> None:
    spans = split_sentences(source)
    covered = [False] * len(source)
    previous_end = 0
    for span in spans:
        assert previous_end <= span.start < span.end <= len(source), (span, previous_end)
        assert span.text == source[span.start:span.end]
        assert span.text == span.text.strip(), span
        for position in range(span.start, span.end):
            covered[position] = True
        previous_end = span.end
    lost = [(i, char) for i, (char, seen) in enumerate(zip(source, covered)) if not seen and not char.isspace()]
    assert lost == [], lost[:5]


@settings(max_examples=200, deadline=None)
@given(st.one_of(ANY_TEXT, st.lists(st.sampled_from(ODD_CHARACTERS) | ANY_TEXT, max_size=30).map("".join)))
def test_splitter_loses_no_text_of_arbitrary_unicode(source: str) -> None:
    assert_spans_cover(source)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(note_with_junk())
def test_splitter_loses_no_text_of_long_real_documents(source: str) -> None:
    assert_spans_cover(source)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(ANY_TEXT, st.sampled_from(ODD_CHARACTERS), note_with_junk().map(lambda s: s[:1500])))
def test_classifier_always_gives_a_label_and_a_probability(labeller, text: str) -> None:
    judgement = labeller.label(text)
    assert judgement.label in LABELS
    assert 0.0 <= judgement.confidence <= 1.0
    assert isinstance(judgement.attributed, bool)
    assert all(isinstance(cue, str) for cue in judgement.cues)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(note_with_junk())
def test_check_report_is_consistent_for_any_draft(labeller, text: str) -> None:
    report = check_text(text, labeller).to_dict()
    assert sum(report["counts"].values()) == len(report["sentences"])
    assert set(report["counts"]) == set(LABELS)
    for sentence in report["sentences"]:
        assert text[sentence["start"]:sentence["end"]] == sentence["text"]
        assert sentence["label"] in LABELS and 0.0 <= sentence["confidence"] <= 1.0
    assert report["drift"] == any(s["label"] == "political_choice" and not s["attributed"] for s in report["sentences"])
