"""The neutrality engine through its real path: the committed artifact, real cues, real templates.

Every sentence here is written for this file (not taken from the data set), on other topics and in
other wording than the training data, so the tests also say something about generalisation.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from assistant.neutrality import (
    LABEL_DISPLAY,
    LABELS,
    CheckReport,
    Judgement,
    Labeller,
    check_text,
)
from assistant.neutrality.dataset import TRAIN_PATH
from assistant.neutrality.model import ARTIFACT_PATH

FACT, ADVICE, POLITICS = LABELS


@pytest.fixture(scope="session")
def labeller() -> Labeller:
    return Labeller.load()


def judge(labeller: Labeller, text: str) -> Judgement:
    return labeller.label(text)


def has_cue(judgement: Judgement, prefix: str) -> bool:
    return any(cue.startswith(prefix) for cue in judgement.cues)


def test_labels_and_display_names() -> None:
    assert LABELS == ("fact", "professional_advice", "political_choice")
    assert dict(LABEL_DISPLAY) == {
        "fact": "Fakta",
        "professional_advice": "Faglig råd",
        "political_choice": "Politisk valg",
    }


# --- Hard case: attribution turns a norm into a fact -------------------------------------


def test_attributed_decision_is_fact(labeller: Labeller) -> None:
    judgement = judge(labeller, "Formannskapet vedtok at alle nye barnehager skal ha grønne tak.")
    assert judgement.label == FACT
    assert judgement.attributed
    assert "tilskrevet: formannskapet vedtok" in judgement.cues


def test_the_same_norm_unattributed_is_politics(labeller: Labeller) -> None:
    judgement = judge(labeller, "Alle nye barnehager bør ha grønne tak.")
    assert judgement.label == POLITICS
    assert not judgement.attributed
    assert has_cue(judgement, "bør + valg av innhold")


@pytest.mark.parametrize(
    "text",
    [
        "Ifølge beredskapsplanen skal kriseledelsen møtes innen to timer.",
        "Etter plan- og bygningsloven § 11-2 skal kommunen ha en samfunnsdel.",
        "Statsforvalteren forventer at kommunen tar bedre vare på matjorda.",
        "De nasjonale forventningene legger vekt på klimatilpasning.",
        "Ungdomsrådet ønsker et nytt aktivitetshus i sentrum.",
        "Innbyggerne sa på folkemøtet at de vil ha bedre bussforbindelse.",
        "Planstrategien slår fast at kommunen skal bli klimanøytral.",
    ],
)
def test_reported_norms_are_attributed_facts(labeller: Labeller, text: str) -> None:
    judgement = judge(labeller, text)
    assert judgement.label == FACT
    assert judgement.attributed
    assert has_cue(judgement, "tilskrevet:")


def test_first_person_opinion_is_not_attribution(labeller: Labeller) -> None:
    judgement = judge(labeller, "Jeg mener at kommunen bør satse på reiseliv.")
    assert judgement.label == POLITICS
    assert not judgement.attributed
    assert "førsteperson: jeg mener" in judgement.cues


def test_own_voice_after_an_attribution_is_not_attributed(labeller: Labeller) -> None:
    judgement = judge(
        labeller, "Kommunestyret vedtok budsjettet i fjor, men vi bør likevel kutte i kulturen."
    )
    assert judgement.label == POLITICS
    assert not judgement.attributed


# --- Hard case: reported disagreement is a fact -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Det er stor uenighet om fergekaia bør flyttes.",
        "Partiene er uenige om hvor den nye brannstasjonen skal ligge.",
    ],
)
def test_reported_disagreement_is_fact(labeller: Labeller, text: str) -> None:
    judgement = judge(labeller, text)
    assert judgement.label == FACT
    assert judgement.attributed


# --- Hard case: process norms are advice, content norms are politics ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "Innledningen bør presentere alternativene med samme detaljnivå.",
        "Deltakerne bør få tilsendt refleksjonsspørsmålene en uke i forveien.",
        "Det er viktig at kunnskapsgrunnlaget oppgir kilden for hvert tall.",
    ],
)
def test_process_norms_are_advice(labeller: Labeller, text: str) -> None:
    judgement = judge(labeller, text)
    assert judgement.label == ADVICE
    assert has_cue(judgement, "prosessnorm:")


@pytest.mark.parametrize(
    "text",
    [
        "Vi bør gjøre reiseliv til et satsingsområde.",
        "Kommunen må legge ned den minste grendeskolen.",
    ],
)
def test_content_norms_are_politics(labeller: Labeller, text: str) -> None:
    judgement = judge(labeller, text)
    assert judgement.label == POLITICS
    assert has_cue(judgement, "")


# --- Hard case: normative claims need no modal verb ----------------------------------------


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Bygda trenger en ny flerbrukshall.", "behov som krav:"),
        ("Hytteskatten er urettferdig.", "vurderende ord: urettferdig"),
        ("Det smarteste er å satse på havbruk.", "vurderende ord: smarteste"),
        ("Skolene må gå foran nye sykkelveier.", "prioritering:"),
    ],
)
def test_normative_claims_without_modal_are_politics(
    labeller: Labeller, text: str, cue: str
) -> None:
    judgement = judge(labeller, text)
    assert judgement.label == POLITICS
    assert has_cue(judgement, cue)


# --- Hard case: projections and conditionals are facts -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Med dagens tilflytting vil barnetallet øke med en tredjedel innen 2040.",
        "Dersom fødselstallene holder seg lave, vil to av skolene ha under 50 elever i 2032.",
        "Andelen over 80 år ventes å dobles fram mot 2045.",
    ],
)
def test_projections_are_facts(labeller: Labeller, text: str) -> None:
    judgement = judge(labeller, text)
    assert judgement.label == FACT
    assert has_cue(judgement, "framskriving/vilkår:")
    assert not judgement.attributed


# --- Hard case: a vision stated is politics, a vision quoted is a fact --------------------


def test_stated_vision_is_politics(labeller: Labeller) -> None:
    assert judge(labeller, "Vi skal være landets mest inkluderende kommune.").label == POLITICS


def test_quoted_vision_from_the_adopted_plan_is_fact(labeller: Labeller) -> None:
    judgement = judge(
        labeller, "Visjonen i den vedtatte samfunnsdelen er «Sammen skaper vi framtida»."
    )
    assert judgement.label == FACT
    assert judgement.attributed


# --- Questions -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "label", "cue"),
    [
        ("Bør vi selge kraftaksjene?", POLITICS, "normativt spørsmål:"),
        ("Hvor mange bor i kommunesenteret?", FACT, "faktaspørsmål: hvor mange"),
        ("Hva sier planstrategien om bredbånd?", FACT, "faktaspørsmål:"),
        ("Hvordan bør vi legge opp gruppearbeidet på verkstedet?", ADVICE, "prosessnorm:"),
    ],
)
def test_questions(labeller: Labeller, text: str, label: str, cue: str) -> None:
    judgement = judge(labeller, text)
    assert judgement.label == label
    assert has_cue(judgement, cue)


# --- The judgement itself --------------------------------------------------------------------


def test_judgement_shape(labeller: Labeller) -> None:
    judgement = judge(labeller, "Kommunen har tre grendeskoler og én ungdomsskole.")
    assert judgement.label in LABELS
    assert 0.0 <= judgement.confidence <= 1.0
    assert all(isinstance(cue, str) and cue for cue in judgement.cues)


def test_label_many_matches_label(labeller: Labeller) -> None:
    texts = ["Bygda trenger en ny flerbrukshall.", "Hvor mange bor her?", ""]
    assert labeller.label_many(texts) == [labeller.label(text) for text in texts]
    assert labeller.label_many([]) == []


# --- A private sanity list: new topics and wording, never trained on ------------------------

SANITY: list[tuple[str, str]] = [
    ("Vannverket leverer drikkevann til om lag 4 200 abonnenter.", FACT),
    ("Ferjesambandet hadde 12 prosent færre passasjerer i 2023 enn året før.", FACT),
    ("Formannskapet bestemte i mars at biblioteket skal holde åpent på lørdager.", FACT),
    ("Sp og Høyre vil flytte legevakta, mens Ap vil beholde dagens plassering.", FACT),
    ("Det har vært mye uenighet om hvorvidt fylkesveien skal utbedres først.", FACT),
    ("Hvis dagens tilflytting fortsetter, vil kommunen ha 800 flere innbyggere i 2040.", FACT),
    ("Hvor mange barn står på venteliste til barnehageplass?", FACT),
    ("Arealdelen fra 2019 avsetter 40 dekar til næringsformål på Moen.", FACT),
    ("Kommunen har tre grendeskoler og én ungdomsskole.", FACT),
    ("Naturmangfoldloven krever at kunnskap om artene skal vurderes.", FACT),
    ("Skredfaren langs fylkesvei 17 er kartlagt av NVE.", FACT),
    ("Sykefraværet i pleie og omsorg var 9,8 prosent i fjor.", FACT),
    ("Hva koster driften av svømmehallen per år?", FACT),
    ("Kunnskapsgrunnlaget bør oppdateres med ferske tall før verkstedet.", ADVICE),
    ("Det er lurt å sende et kort notat til deltakerne en uke i forveien.", ADVICE),
    ("Prosesslederen bør passe på at alle partigruppene slipper til i plenum.", ADVICE),
    ("Alternativene bør beskrives med samme detaljnivå og i samme format.", ADVICE),
    ("Hvordan kan vi best involvere ungdom i arbeidet med planstrategien?", ADVICE),
    ("Saksframlegget bør skille tydelig mellom faglige vurderinger og politiske valg.", ADVICE),
    ("Før høringen bør planforslaget kvalitetssikres av ledergruppen.", ADVICE),
    ("Gruppearbeidet bør avsluttes med en felles oppsummering i plenum.", ADVICE),
    ("Kartene bør vise både dagens arealbruk og arealreservene.", ADVICE),
    ("Vi anbefaler at handlingsdelen rulleres hvert år.", ADVICE),
    ("Det bør settes av tid til spørsmål etter hver presentasjon.", ADVICE),
    ("Hva bør innledningen til verkstedet inneholde?", ADVICE),
    ("Kommunen bør legge ned ferjesambandet og satse på bru.", POLITICS),
    ("Biblioteket fortjener mer penger.", POLITICS),
    ("Det er helt urimelig at hytteeierne slipper eiendomsskatt.", POLITICS),
    ("Bygda trenger en ny flerbrukshall.", POLITICS),
    ("Legevakta må ligge i sentrum.", POLITICS),
    ("Bredbånd til alle husstander er viktigere enn nye fortau.", POLITICS),
    ("Bør kommunen selge kraftaksjene?", POLITICS),
    ("Vi må stanse nedbyggingen av matjord.", POLITICS),
    ("Sentrumsutvikling bør gå foran hyttebygging i fjellet.", POLITICS),
    ("Etter mitt syn er det feil å bosette flere flyktninger nå.", POLITICS),
    ("Det beste for kommunen er å slå seg sammen med nabokommunen.", POLITICS),
    ("Skolestrukturen bør endres slik at barna får kortere skolevei.", POLITICS),
    ("Heldigvis har kommunen droppet planene om ny motorvei.", POLITICS),
    ("Hvilken skole bør legges ned først?", POLITICS),
    ("Vi ønsker å være en grønn og inkluderende kommune.", POLITICS),
    ("Visjonen i den vedtatte samfunnsdelen er «Sammen om framtida».", FACT),
]


def test_sanity_list_generalises(labeller: Labeller) -> None:
    judgements = labeller.label_many([text for text, _ in SANITY])
    wrong = [
        (text, gold, judgement.label)
        for (text, gold), judgement in zip(SANITY, judgements)
        if judgement.label != gold
    ]
    accuracy = 1 - len(wrong) / len(SANITY)
    politics = [j.label == POLITICS for (_, gold), j in zip(SANITY, judgements) if gold == POLITICS]
    assert accuracy >= 0.85, wrong
    assert sum(politics) / len(politics) >= 0.85, wrong


# --- The check contract ----------------------------------------------------------------------

DRAFT = (
    "Innledning til verkstedet\n\n"
    "Kommunen har 6 400 innbyggere, f.eks. 1 100 barn under 15 år. "
    "Med dagens fødselstall vil elevtallet gå ned innen 2035. "
    "Kommunestyret vedtok i 2020 at folkehelse skal være et satsingsområde.\n"
    "• Gruppene bør få spørsmålene på forhånd\n"
    "• Kommunen bør bygge en ny idrettshall\n"
    "Hytteskatten er urettferdig. Bør vi legge ned Lia skole?"
)


@pytest.fixture(scope="module")
def report(labeller: Labeller) -> CheckReport:
    return check_text(DRAFT, labeller)


def test_check_has_the_contract_keys(report: CheckReport) -> None:
    data = report.to_dict()
    assert set(data) == {"sentences", "counts", "drift"}
    required = {"text", "start", "end", "label", "confidence", "cues", "suggestion"}
    for sentence in data["sentences"]:
        assert required <= set(sentence)
        assert sentence["label"] in LABELS
        assert 0.0 <= sentence["confidence"] <= 1.0
        assert isinstance(sentence["cues"], list)


def test_check_offsets_slice_back_to_the_text(report: CheckReport) -> None:
    for sentence in report.sentences:
        assert DRAFT[sentence.start : sentence.end] == sentence.text
    assert [s.text for s in report.sentences][:2] == [
        "Innledning til verkstedet",
        "Kommunen har 6 400 innbyggere, f.eks. 1 100 barn under 15 år.",
    ]


def test_check_counts_all_labels(report: CheckReport) -> None:
    counts = report.to_dict()["counts"]
    assert set(counts) == set(LABELS)
    assert sum(counts.values()) == len(report.sentences)
    for label in LABELS:
        assert counts[label] == sum(s.label == label for s in report.sentences)


def test_check_flags_drift_and_names_the_sentences(report: CheckReport) -> None:
    flagged = {s.text for s in report.sentences if s.label == POLITICS}
    assert report.drift
    assert {
        "• Kommunen bør bygge en ny idrettshall",
        "Hytteskatten er urettferdig.",
        "Bør vi legge ned Lia skole?",
    } <= flagged
    assert not any("vedtok" in text or "på forhånd" in text for text in flagged)


def test_counts_include_zeros_and_no_drift_for_a_neutral_text(labeller: Labeller) -> None:
    data = check_text("Kommunen har 6 400 innbyggere.", labeller).to_dict()
    assert data["counts"] == {"fact": 1, "professional_advice": 0, "political_choice": 0}
    assert data["drift"] is False
    assert check_text("", labeller).to_dict() == {
        "sentences": [],
        "counts": {"fact": 0, "professional_advice": 0, "political_choice": 0},
        "drift": False,
    }


def test_attributed_politics_is_not_drift(labeller: Labeller) -> None:
    report = check_text("Ifølge Høyre bør kommunen fjerne eiendomsskatten.", labeller)
    assert not report.drift


def test_suggestions_only_for_politics_and_are_themselves_neutral(
    labeller: Labeller, report: CheckReport
) -> None:
    for sentence in report.sentences:
        if sentence.label != POLITICS:
            assert sentence.suggestion is None
            continue
        assert sentence.suggestion
        assert labeller.label(sentence.suggestion).label != POLITICS, sentence.suggestion


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kommunen bør bygge en ny idrettshall.",
            "Ett alternativ er å bygge en ny idrettshall; andre alternativer er også mulige, "
            "og valget ligger hos kommunestyret.",
        ),
        (
            "Hytteskatten er urettferdig.",
            "Noen mener at hytteskatten er urettferdig, mens andre er uenige.",
        ),
        (
            "Bør vi legge ned Lia skole?",
            "Kommunestyret må ta stilling til om kommunen skal legge ned Lia skole.",
        ),
        (
            "Jeg mener vi bør prioritere eldreomsorg framfor kultur.",
            "Kommunestyret må ta stilling til om kommunen skal prioritere eldreomsorg "
            "framfor kultur.",
        ),
    ],
)
def test_suggestion_template_is_picked_by_cue(
    labeller: Labeller, text: str, expected: str
) -> None:
    (sentence,) = check_text(text, labeller).sentences
    assert sentence.label == POLITICS
    assert sentence.suggestion == expected


# --- The artifact --------------------------------------------------------------------------


def test_committed_artifact_is_small() -> None:
    assert ARTIFACT_PATH.stat().st_size < 5 * 1024 * 1024


@pytest.mark.slow
def test_missing_artifact_is_rebuilt_from_train_split(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, labeller: Labeller
) -> None:
    assert TRAIN_PATH.is_file()
    path = tmp_path / "model.joblib"
    with caplog.at_level(logging.WARNING, logger="assistant.neutrality"):
        rebuilt = Labeller.load(path)
    assert path.is_file()
    assert any("retraining" in record.getMessage() for record in caplog.records)
    texts = [text for text, _ in SANITY]
    rebuilt_labels = [j.label for j in rebuilt.label_many(texts)]
    committed_labels = [j.label for j in labeller.label_many(texts)]
    assert rebuilt_labels == committed_labels, (
        "the committed artifact differs from a rebuild; run python -m assistant.neutrality.train"
    )
    assert Labeller.load(path).label("Hvor mange bor her?").label == FACT


@pytest.mark.slow
def test_unreadable_artifact_is_rebuilt(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "model.joblib"
    path.write_bytes(b"not a model")
    with caplog.at_level(logging.WARNING, logger="assistant.neutrality"):
        Labeller.load(path).label("Bygda trenger en ny flerbrukshall.")
    assert any("retraining" in record.getMessage() for record in caplog.records)


# --- Later rounds (LABELLING.md): cases that need more than a label -------------------------


def test_attribution_pattern_does_not_read_a_degree_as_a_position(labeller: Labeller) -> None:
    # «tre timer er for kort» is not «tre (partier) er for …»
    judgement = judge(labeller, "Et møte på tre timer er for kort til å gå gjennom hele planen.")
    assert not judgement.attributed


def test_a_modal_in_an_indirect_question_is_not_a_norm(labeller: Labeller) -> None:
    judgement = judge(labeller, "Det er fortsatt uklart hvem som skal drifte det nye badeanlegget.")
    assert judgement.label == FACT
    assert not any("bør" in cue or "skal +" in cue for cue in judgement.cues)


@pytest.mark.parametrize(
    "text",
    [
        "Mye tyder på at innvandringen til Kvalnes vil avta de neste årene.",
        "Det er grunn til å tro at antallet hytter i fjellet vil fortsette å øke.",
        "Det ser ut til at flere pendlere velger toget etter at den nye ruten kom.",
    ],
)
def test_a_hedged_assessment_of_the_situation_is_fact(labeller: Labeller, text: str) -> None:
    judgement = judge(labeller, text)
    assert judgement.label == FACT
    assert has_cue(judgement, "forsiktig vurdering av situasjonen")


@pytest.mark.parametrize(
    "text",
    [
        "Reguleringsplanen for havna skal etter planen vedtas i november.",
        "Kommunedirektøren har ikke anbefalt noen bestemt trasé for den nye gang- og sykkelveien.",
        "Kvalnes har lavere sykefravær i barnehagene enn landssnittet.",
        "Vi ligger over landssnittet på andel elever som fullfører videregående.",
    ],
)
def test_schedules_negated_reports_and_comparisons_are_facts(
    labeller: Labeller, text: str
) -> None:
    judgement = judge(labeller, text)
    assert judgement.label == FACT
    assert not any("skal +" in cue for cue in judgement.cues)


def test_a_correction_is_fact_but_right_to_act_is_politics(labeller: Labeller) -> None:
    correction = judge(labeller, "Er det riktig at kommunen har solgt aksjene i fergeselskapet?")
    assert correction.label == FACT
    assert not has_cue(correction, "vurderende ord: riktig")
    norm = judge(labeller, "Er det riktig at kommunen skal eie et fergeselskap?")
    assert norm.label == POLITICS


def test_a_citizens_must_i_question_is_fact(labeller: Labeller) -> None:
    judgement = judge(labeller, "Må jeg møte opp selv for å si min mening på folkemøtet?")
    assert judgement.label == FACT
    assert not has_cue(judgement, "normativt spørsmål")


def test_taking_a_stand_on_whether_is_an_indirect_question(labeller: Labeller) -> None:
    judgement = judge(
        labeller, "Notatet trenger ikke å ta stilling til om havna skal utvides mot nord."
    )
    assert not any("skal +" in cue for cue in judgement.cues)
    assert judgement.label != POLITICS


# --- Labelled cases for the rules in LABELLING.md (one row: text, label, and whether the
# sentence must be reported as attributed, when the rule says so) ---------------------------

RULE_CASES = [
    # — Questions (LABELLING.md R11.7): a modal asking what is decided, planned or allowed is a fact
    # questions with modals ask for facts unless they ask for a choice
    ("Hvor mange nye omsorgsboliger skal Fjellvang bygge innen 2030 etter planen?", FACT, None),
    ("Er det lov å sette opp naust nær vannet i Fjellvang?", FACT, None),
    ("Hvem skal lage rapporten om måloppnåelse til kommunestyret?", FACT, None),
    ("Bør Fjellvang bygge flere omsorgsboliger enn planen legger opp til?", POLITICS, None),
    ("Skal vi heller bruke pengene på veiene enn på nye omsorgsboliger?", POLITICS, None),
    ("Er den nye hallen verdt 60 millioner kroner for en så liten kommune?", POLITICS, None),
    ("Er parkeringsavgiften ved helsesenteret for høy?", POLITICS, None),
    ("Gjør kommunen nok for ungdommen i bygdene?", POLITICS, None),
    # — Second round: other genres and wording (høringsuttalelser, protokoller, leserinnlegg)
    # hedged recommendations are labelled by their object
    ("Det kan være grunn til å vurdere å selge Moen sykehjem.", POLITICS, None),
    ("Det kunne vært en idé å gjøre kulturskolen gratis.", POLITICS, None),
    ("Mye taler for at kommunen bør kjøpe fergekaia.", POLITICS, None),
    ("Det kan være grunn til å vurdere å sende kartene til gruppene før møtet.", ADVICE, None),
    ("Det kunne vært en idé å vise tallene i en enkel tabell.", ADVICE, None),
    # a law named mid sentence scopes over the norm
    ("Elevene skal etter opplæringsloven ha skyss når skoleveien er særlig farlig.", FACT, True),
    ("Kommunen må etter folkehelseloven ha oversikt over helsetilstanden i befolkningen.", FACT, True),
    # more sources and reporting verbs are attributions
    ("Statens vegvesen anbefaler at krysset ved Moen bygges om til rundkjøring.", FACT, True),
    ("Revisjonen konkluderer med at kommunen kjøper for mye konsulentbistand.", FACT, True),
    ("Formannskapet mener at eiendomsskatten må settes ned.", FACT, True),
    ("Miljøpartiet De Grønne har programfestet at kommunen skal stanse all hyttebygging.", FACT, True),
    ("Det står i den regionale planen at nye kjøpesentre skal ligge i bysentrum.", FACT, True),
    ("Fylkeskommunen har fremmet innsigelse mot næringsområdet på Moen.", FACT, True),
    ("Bondelaget ber kommunen verne jordbruksarealene på Moen.", FACT, True),
    # judgements in new wording are politics
    ("Det mest ansvarlige er å stanse byggingen av den nye rådhusfløyen.", POLITICS, None),
    ("En ventetid på fire måneder er ikke verdig en moderne kommune.", POLITICS, None),
    ("Det er uanstendig at eldre må vente så lenge på sykehjemsplass.", POLITICS, None),
    ("Jeg håper inderlig at kommunestyret sier nei til hyttefeltet.", POLITICS, None),
    ("Tiden er inne for å flytte rådhuset til sentrum.", POLITICS, None),
    # choice left quoted vision conditionals and questions
    ("Dette er et valg som ligger hos kommunestyret.", FACT, None),
    ("I forslaget fra ungdomsrådet er visjonen «Moen – mer enn en plass».", FACT, None),
    ("Om avgiften fjernes, må driften kuttes med 6 millioner kroner i året.", FACT, None),
    ("Hei! Kan du sende meg tallene for sykefraværet i hjemmetjenesten?", FACT, None),
    ("Hvilke tiltak er viktigst for å få flere unge til å flytte hjem?", POLITICS, None),
    # reported views and faults are not judgements
    ("Partiene har ulike syn på om skolen eller hallen skal bygges først.", FACT, None),
    ("Hvor mange har meldt feil på gatelysene i år?", FACT, None),
    # — Third round (LABELLING.md R10.3, R10.4, R3.13, R1.7): strong descriptive words in
    #   statistics, risk
    # assessments, audit follow-up, and what a plan or decision contains.
    # strong descriptive words in statistics are facts
    ("Utgiftene til skoleskyss steg kraftig i 2023, fra 9 til 14 millioner kroner.", FACT, None),
    ("Antallet ledige lærerstillinger er rekordhøyt, med 23 utlysninger i vår.", FACT, None),
    ("Det har vært en dramatisk nedgang i antall melkebruk i Vestbygda siden 2000.", FACT, None),
    ("Antallet innbyggere over 90 år har aldri vært høyere enn nå.", FACT, None),
    ("Brua over Litleelva er i dårlig stand og har tilstandsgrad 3 på bærende konstruksjoner.", FACT, None),
    # risk assessments are facts
    ("Risikoen for et langvarig vannbrudd på Moen vurderes som høy.", FACT, None),
    ("Konsekvensen av et skred over kommunevegen er vurdert som alvorlig, og "
     "sannsynligheten som middels.", FACT, None),
    # strong words used to argue for content are politics
    ("Den kraftige økningen i skoleskyssutgiftene viser at vi må legge ned grendeskolen.", POLITICS, False),
    ("Risikoen for skred er så høy at kommunen må flytte barnehagen i år.", POLITICS, False),
    # strong process norms are advice
    ("Det er avgjørende at alle gruppene får like lang taletid i plenum.", ADVICE, None),
    ("Administrasjonen bør unngå å gi inntrykk av at den har bestemt seg på forhånd.", ADVICE, None),
    ("Kommunen bør etablere rutiner for å melde og lukke avvik i barnehagene.", ADVICE, None),
    # what a decision contains and reported labels are attributed
    ("Vedtaket innebærer at biblioteket i Vestbygda stenges fra nyttår.", FACT, True),
    ("Gangbrua ved stasjonen er tatt ut av den nye økonomiplanen.", FACT, True),
    ("Flere foreldre har kalt nedleggelsen av skolen et overgrep mot bygda.", FACT, True),
    # — Fourth round (LABELLING.md R1.8, R1.9, R3.14, R10.5): news quotes and minutes, what a budget
    #   measure
    # implies, the administration's own assessment, instruments, and judgements in new wording.
    # quotes proposals and what a measure implies are attributed
    ("– Vi må bygge ny hall før 2027, sa idrettsrådets leder etter møtet.", FACT, True),
    ("Varaordføreren sier til lokalavisa at kommunen bør selge tomta ved kaia.", FACT, True),
    ("Venstre fremmet et endringsforslag om å stenge sentrumsgata for biltrafikk.", FACT, True),
    ("Kommunedirektøren tilrådde i saksframlegget å selge den gamle brannstasjonen.", FACT, True),
    ("Kuttet i rammen til kultur medfører at fritidsklubben holder stengt på fredager.", FACT, True),
    # own assessments and judgements in new wording are politics
    ("Etter kommunedirektørens vurdering bør kommunen selge den gamle brannstasjonen.", POLITICS, False),
    ("Statistikken viser at kommunens næringspolitikk har slått feil.", POLITICS, False),
    ("Skolebygget har en standard som ingen andre kommuner ville ha godtatt.", POLITICS, False),
    ("Kommunen bør bruke arealdelen til å stanse hyttebyggingen i strandsonen.", POLITICS, False),
    ("Å legge ned fritidsklubben er å spare seg til fant.", POLITICS, False),
    # an instrument for process is advice
    ("Vi bør bruke verkstedet til å drøfte visjonen og hovedmålene.", ADVICE, None),
    # — Fifth round (LABELLING.md R1.10, R5.4, R9.1, R10.6, R11.5): hedged assessments of the
    #   situation,
    # schedules, negated reports, corrections («Det er ikke riktig at …»), comparisons with other
    # municipalities, citizens' «Må jeg …?», and own voice with «Vi i X-rådet vil ha …».
    # a hedged recommendation on content is still politics
    ("Mye taler for at Kvalnes bør selge den gamle skolen på Øyra.", POLITICS, None),
    # own voice with a council or a report is politics
    ("Vi i eldrerådet vil ha et dagsenter i hver grend.", POLITICS, False),
    ("Det beste for byen ville være å flytte bussterminalen ut av sentrum.", POLITICS, False),
    ("Rapporten viser at det er på tide å legge ned den kommunale kantina.", POLITICS, False),
    # — Sixth round (LABELLING.md R1.11, R2.3, R3.16, R8.5, R10.7, R11.6): trade-offs, superlatives,
    # what a budget proposal contains versus the chief executive's own proposal, survey questions,
    # instructions that mention what others say, and rhetorical or scheduling questions.
    # trade offs budget proposals and survey answers are reports
    ("Det er en målkonflikt mellom vern av myrene og ønsket om nye hyttefelt i Fjellstua.", FACT, True),
    ("Kommunen står overfor et dilemma mellom å bygge ut sentrum og å ta vare på trehusmiljøet.", FACT, True),
    ("Budsjettforslaget innebærer også at biblioteket i Vestre holder stengt om sommeren.", FACT, True),
    ("Da ungdommene ble spurt hva de savner mest, svarte flest et sted å møtes.", FACT, True),
    # superlatives thresholds trade offs and schedules are facts
    ("Nordheim har den høyeste andelen enslige eldre i regionen.", FACT, None),
    ("Vestre har fylkets laveste arbeidsledighet, 1,2 prosent.", FACT, None),
    ("Elevtallet er for lavt til at fylkeskommunen opprettholder tilbudet i byggfag.", FACT, None),
    ("En ny barnehage i sentrum kan gi kortere reisevei for de fleste, men lengre for "
     "dem i Øvre.", FACT, None),
    ("Når skal planutvalget behandle planprogrammet?", FACT, None),
    # own proposals and rhetorical questions are politics
    ("Mitt forslag innebærer at skolene i Øvre og Nedre slås sammen.", POLITICS, False),
    ("Jeg har valgt å prioritere kommunale veier framfor nye idrettsanlegg.", POLITICS, False),
    ("Er det virkelig rimelig at pensjonistene skal betale mer i eiendomsskatt?", POLITICS, False),
    ("Kan vi forsvare å selge skogen til en utenlandsk eier?", POLITICS, False),
    ("Hva bør kommunen prioritere høyest i økonomiplanen?", POLITICS, False),
    ("Skatteinngangen er for lav til at vi kan fortsette å drive tre sykehjem.", POLITICS, False),
    ("Det er en målkonflikt mellom jordvern og boligbygging, men jordvernet må vinne.", POLITICS, False),
    # an instruction that mentions what others say is advice
    ("Start møtet med en runde der alle sier navnet sitt og hva de jobber med.", ADVICE, False),
]


@pytest.mark.parametrize(("text", "label", "attributed"), RULE_CASES)
def test_rule_cases(labeller: Labeller, text: str, label: str, attributed: bool | None) -> None:
    judgement = judge(labeller, text)
    assert judgement.label == label
    if attributed is not None:
        assert judgement.attributed is attributed
