"""Render the third held-out example municipality «Saglund kommune» (fictional, inland).

Writes, next to this file:
  saglund-samfunnsdel.pdf (+ .meta.json)        – reportlab platypus, single column, ragged
      right, headings partly unnumbered and partly «Kapittel N:», a fact-box sidebar beside the
      text, a vision banner, numbered lists, tables, footer «Saglund kommune … | Side N», and a
      few long compound words with soft hyphens so that they may break across lines
  saglund-kunnskapsgrunnlag.docx (+ .meta.json) – python-docx, Heading 1/2, eight tables

Saglund kommune does not exist. Every name, place, figure and decision below is invented test
data, written independently of the product, its demo municipality and the earlier held-out sets.
Run:  .venv/bin/python evaluation/heldout3/render.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

import evaluation.heldout_render as shared  # noqa: E402

PDF_PATH = HERE / "saglund-samfunnsdel.pdf"
DOCX_PATH = HERE / "saglund-kunnskapsgrunnlag.docx"

NOTICE_TITLE = "EKSEMPELDATA – FIKTIV KOMMUNE"
NOTICE = ("Saglund kommune finnes ikke. Dette dokumentet er skrevet som testmateriale for en "
          "uavhengig evaluering av Samspill. Alle navn, steder, personer, tall og vedtak i "
          "dokumentet er oppdiktet, og likhet med virkelige kommuner er tilfeldig.")

# Long compound words that get a soft hyphen (U+00AD) at the compound boundary, so that
# reportlab may break them at the end of a line. Only these words; all else is left whole.
SHY = {
    "befolkningsframskrivingen": "befolknings\xadframskrivingen",
    "omsorgstjenestene": "omsorgs\xadtjenestene",
    "kunnskapsgrunnlaget": "kunnskaps\xadgrunnlaget",
    "arbeidsplassene": "arbeids\xadplassene",
    "næringsarealene": "nærings\xadarealene",
    "klimatilpasning": "klima\xadtilpasning",
    "jordbruksarealet": "jordbruks\xadarealet",
    "stasjonsområdet": "stasjons\xadområdet",
    "samfunnsutviklingen": "samfunns\xadutviklingen",
    "kollektivtilbudet": "kollektiv\xadtilbudet",
    "rekrutteringsarbeidet": "rekrutterings\xadarbeidet",
    "sentrumsutviklingen": "sentrums\xadutviklingen",
    "folkehelsearbeidet": "folkehelse\xadarbeidet",
    "velferdsteknologi": "velferds\xadteknologi",
    "handlingsdelen": "handlings\xaddelen",
    "tjenesteproduksjonen": "tjeneste\xadproduksjonen",
    "trebearbeidingsindustrien": "trebearbeidings\xadindustrien",
    "flomsikringstiltak": "flomsikrings\xadtiltak",
    "kommuneorganisasjonen": "kommune\xadorganisasjonen",
    "reguleringsplanene": "regulerings\xadplanene",
    "spørreundersøkelse": "spørre\xadundersøkelse",
    "høringsuttalelser": "hørings\xaduttalelser",
    "gjennomsnittsalderen": "gjennomsnitts\xadalderen",
    "etterkrigskullene": "etterkrigs\xadkullene",
    "underleverandører": "under\xadleverandører",
    "elementproduksjon": "element\xadproduksjon",
    "halvtimesavganger": "halvtimes\xadavganger",
    "studiespesialisering": "studie\xadspesialisering",
    "styringsdokument": "styrings\xaddokument",
    "lederoppgavene": "leder\xadoppgavene",
    "innfartsparkering": "innfarts\xadparkering",
    "korrespondanser": "korrespon\xaddanser",
    "virksomhetsplaner": "virksomhets\xadplaner",
    "parkeringsdekning": "parkerings\xaddekning",
}


# First elements of compounds: a word of 13+ letters that starts with one of these gets a soft
# hyphen after it (case-insensitive), unless SHY already places one.
HEADS = ("kommune", "samfunns", "satsings", "arbeids", "nærings", "jordbruks", "jernbane",
         "fylkes", "handlings", "økonomi", "regulerings", "velferds", "ungdoms", "trafikk",
         "sykehjems", "omsorgs", "klima", "kollektiv", "befolknings", "areal", "bolig",
         "heltids", "drifts", "hjemme", "lokal", "limtre", "plan", "industri", "funksjons",
         "beredskaps", "sykkel", "elve", "pensjonist", "lærling", "trebearbeidings")


def shy(text: str) -> str:
    for word, hyph in SHY.items():
        text = text.replace(word, hyph)
        text = text.replace(word.capitalize(), hyph[0].upper() + hyph[1:])

    def one(m: re.Match) -> str:
        w = m.group(0)
        if len(w) < 13 or "\xad" in w:
            return w
        return shared.hyphenate_after_head(w, HEADS, 5) or w
    return re.sub(r"[A-Za-zÆØÅæøå\xad]+", one, text)


# =====================================================================================
# 1. Kommuneplanens samfunnsdel 2021–2033 (PDF)
# =====================================================================================
# ("chap", text) big heading · ("sub", text) small heading · ("p", text) · ("em", text) italic
# ("num", [items]) numbered list · ("bul", [items]) dash list · ("vision", text)
# ("facts", [paragraphs], title, [(label, value)]) text with a fact box beside it
# ("table", caption, rows, widths) · ("goal", label, [delmål], [strategier]) · ("pagebreak",)

SAMFUNNSDEL = [
    ("chap", "Forord"),
    ("p", "Saglund er en kommune i vekst, men veksten kommer ikke av seg selv. Vi har en sterk "
          "industri, gode jordbruksområder, en jernbanestasjon midt i Brennmo og elva Gjøla som "
          "binder bygdene sammen. Samtidig blir vi flere eldre, færre i yrkesaktiv alder per "
          "pensjonist, og vi har sett hva en storflom kan gjøre med et sentrum."),
    ("p", "Denne samfunnsdelen er kommunestyrets svar på hvordan Saglund skal utvikle seg de neste "
          "tolv årene. Den er kortere enn den forrige, og den prioriterer. Planen sier hva vi vil "
          "oppnå, hvor vi skal bygge og hva vi skal ta vare på. Den skal brukes hver gang "
          "kommunestyret vedtar budsjett og økonomiplan."),
    ("em", "Ordføreren, på vegne av kommunestyret i Saglund, juni 2021"),

    ("chap", "Om planen"),
    ("sub", "Hva samfunnsdelen er"),
    ("p", "Kommuneplanens samfunnsdel er kommunens overordnede styringsdokument for "
          "samfunnsutviklingen og for kommunen som organisasjon. Den er hjemlet i plan- og "
          "bygningsloven § 11-2. Samfunnsdelen gir føringer for kommuneplanens arealdel, for "
          "temaplanene og for handlingsdelen, som rulleres hvert år sammen med økonomiplanen. "
          "Planperioden er 2021–2033, men kommunestyret skal vurdere planen på nytt i hver "
          "valgperiode gjennom den kommunale planstrategien."),
    ("sub", "Slik ble planen til"),
    ("p", "Planprogrammet ble fastsatt av formannskapet 5. november 2019. Arbeidet startet med et "
          "kunnskapsgrunnlag som ledergruppen la fram for kommunestyret i januar 2020. Deretter "
          "holdt kommunestyret to politiske verksteder, i februar og i september 2020. Koronapandemien "
          "gjorde at det andre verkstedet ble holdt digitalt, med tverrpolitiske grupper i egne "
          "rom på skjermen."),
    ("p", "Innbyggerne ble invitert til folkemøter i Brennmo, Rognstad, Skoglia og Tjernåsen, og "
          "det ble gjennomført en digital spørreundersøkelse med 1 146 svar. Elevrådene ved "
          "ungdomsskolen og ved Brennmo videregående skole ga egne innspill om møteplasser og "
          "busstilbud. Planforslaget lå ute på høring fra 15. februar til 6. april 2021, og kommunen "
          "mottok 38 høringsuttalelser. Kommunestyret vedtok planen 17. juni 2021 i sak 44/21."),

    ("chap", "Kapittel 1: Saglund i dag"),
    ("facts", [
        "Saglund ligger i innlandet i Midtdal fylke, om lag 45 kilometer fra byen Haugby. "
        "Kommunesenteret Brennmo er regionsenter for de tre nabokommunene og har jernbanestasjon "
        "på Dølabanen. Toget bruker 36 minutter til Haugby, og mange innbyggere pendler dit.",
        "Ved inngangen til 2020 hadde kommunen 14 349 innbyggere. Folketallet har økt svakt i ti "
        "år, fordi innflytting og innvandring har veid opp for at det dør flere enn det fødes. "
        "Om lag 55 prosent av innbyggerne bor i Brennmo. Resten bor i bygdene Rognstad, Skoglia "
        "og Tjernåsen og i spredt bebyggelse langs dalen.",
        "Gjøla renner gjennom hele kommunen og gjennom Brennmo sentrum. Flommen i mai 2018 "
        "satte 23 boliger og deler av sentrum under vann, og minnet oss om at elva både er en "
        "ressurs og en risiko.",
    ], "Saglund i tall", [
        ("Innbyggere 1.1.2020", "14 349"),
        ("Areal", "612 km²"),
        ("Dyrka jord", "41 200 dekar"),
        ("Arbeidsplasser (2019)", "6 100"),
        ("Pendler ut av kommunen", "2 480"),
        ("Innbyggere over 80 år", "781"),
        ("Reisetid med tog til Haugby", "36 min"),
    ]),
    ("sub", "Befolkning og bosetting"),
    ("p", "Befolkningsveksten de siste ti årene har i hovedsak kommet i Brennmo og Rognstad. Skoglia "
          "og Tjernåsen har hatt en liten nedgang, og gjennomsnittsalderen stiger raskest der. "
          "Befolkningsframskrivingen viser at antallet barn og unge vil holde seg omtrent stabilt "
          "i kommunen samlet, men at bygdeskolene kan få færre elever. Den største endringen er at "
          "aldersgruppen over 80 år vokser kraftig etter 2025, når de store etterkrigskullene "
          "blir eldre."),
    ("p", "Mange av dem som flytter til Saglund, er barnefamilier som ønsker en rimeligere bolig "
          "enn i Haugby og likevel vil ha kort vei til jobb. Samtidig flytter mange unge ut for å "
          "ta utdanning, og bare en del av dem kommer tilbake. Tilgang på varierte boliger og "
          "attraktive arbeidsplasser er derfor avgjørende for om kommunen når målet om vekst."),
    ("sub", "Arbeid og næringsliv"),
    ("p", "Saglund er en industrikommune. Trebearbeiding er den største private næringen, med "
          "sagbruket og limtrefabrikken til Saglund Tre AS på Sagmoen som den største arbeidsgiveren. "
          "Rundt trebearbeidingsindustrien har det vokst fram underleverandører innen transport, "
          "vedlikehold og elementproduksjon. Landbruket er preget av melkeproduksjon og korn på de "
          "flate arealene langs Gjøla, og skogbruket leverer tømmer til sagbruket."),
    ("p", "Kommunen har om lag 6 100 arbeidsplasser. Helse og omsorg er den største sektoren målt i "
          "sysselsatte, fulgt av industrien. Flere innbyggere pendler ut enn inn, og utpendlingen "
          "til Haugby har økt etter at togtilbudet fikk halvtimesavganger i rushtiden."),
    ("sub", "Tjenestene"),
    ("p", "Kommunen har ikke eget sykehus. Innbyggerne bruker sykehuset i Haugby, og den "
          "interkommunale legevakten ligger også der. Kommunen driver legekontor, helsestasjon, "
          "hjemmetjenester og to sykehjem. Med flere eldre vil behovet for helse- og "
          "omsorgstjenestene vokse raskere enn resten av kommunens økonomi, og "
          "rekrutteringsarbeidet blir en av de viktigste lederoppgavene i planperioden."),
    ("p", "Skolestrukturen består av fem barneskoler og én ungdomsskole. Elevtallet er stabilt i "
          "Brennmo og fallende i de minste bygdene. Fylkeskommunen driver Brennmo videregående "
          "skole med studiespesialisering og yrkesfag innen bygg, teknikk og helse."),
    ("sub", "Utfordringer vi må møte"),
    ("num", [
        "Flere eldre og færre i arbeidsfør alder: antallet innbyggere over 80 år ventes nesten å "
        "doble seg fram mot 2040.",
        "Rekruttering: det er allerede vanskelig å skaffe nok sykepleiere og fagarbeidere.",
        "Press på dyrka jord: de beste jordbruksarealene ligger der det er lettest å bygge.",
        "Flom og skred: klimaendringene gir mer nedbør og større flommer i Gjøla.",
        "Stram økonomi: driftsresultatet har vært lavt, og lånegjelden er høy.",
    ]),

    ("pagebreak",),
    ("chap", "Kapittel 2: Visjon og hovedmål"),
    ("p", "Visjonen uttrykker hva kommunestyret vil at Saglund skal være. Den skal kunne brukes av "
          "både innbyggere, næringsliv og kommuneorganisasjonen, og den gjelder for hele "
          "planperioden:"),
    ("vision", "Saglund – sterk i sentrum, levende i bygdene"),
    ("p", "Under visjonen ligger fire hovedmål. De er de lange linjene i planen og skal ikke endres "
          "fra valgperiode til valgperiode uten at kommunestyret har drøftet det grundig."),
    ("num", [
        "<b>Saglund skal vokse til 15 500 innbyggere i 2033</b>, med en befolkning i alle aldre og "
        "levende bygder.",
        "<b>Alle skal kunne leve et aktivt og selvstendig liv</b>, også når helsa svikter, med gode "
        "tjenester nær der folk bor.",
        "<b>Saglund skal ha et robust og grønt næringsliv</b> bygd på skog, jord og industri, og "
        "være et godt sted å bo for folk som jobber i Haugby.",
        "<b>Saglund skal være forberedt på et endret klima</b>, ta vare på jord og natur og kutte "
        "egne klimagassutslipp.",
    ]),
    ("p", "Hovedmålene henger sammen. Befolkningsvekst gir grunnlag for tjenester og handel i "
          "Brennmo, men veksten må komme på en måte som ikke bygger ned matjord eller legger nye "
          "hus i flomsonen. Derfor er arealstrategien en like viktig del av planen som "
          "satsingsområdene."),

    ("chap", "Kapittel 3: Satsingsområder for planperioden"),
    ("p", "Kommunestyret har valgt fire satsingsområder. De skal prioriteres i handlingsdelen og i "
          "økonomiplanen, og hver sektor skal vise hvordan den følger dem opp. Hvert "
          "satsingsområde har delmål, som sier hva vi vil oppnå, og strategier, som sier hvordan."),
    ("goal", "Satsingsområde 1: Trygg oppvekst og læring",
     "Barn og unge i Saglund skal få en god start, og flere skal fullføre videregående opplæring.",
     ["Alle barn får plass i barnehage i nærmiljøet innen tre måneder etter søknad.",
      "Andelen elever som fullfører og består videregående skole, skal øke fra 74 til 85 prosent.",
      "Færre unge oppgir at de er ensomme i Ungdata-undersøkelsen."],
     ["Styrke samarbeidet mellom barnehage, skole, helsestasjon og barnevern gjennom en felles "
      "modell for tidlig innsats.",
      "Samarbeide med fylkeskommunen og næringslivet om lærlingplasser, særlig i industrien og i "
      "helsefagene.",
      "Utvikle skolene i bygdene som møteplasser for hele lokalsamfunnet.",
      "Legge til rette for trygge skoleveier og gang- og sykkelveier til skolene i Brennmo."]),
    ("goal", "Satsingsområde 2: Leve hele livet i Saglund",
     "Eldre skal kunne bo hjemme lenger, og kommunen skal ha nok fagfolk til å gi gode tjenester.",
     ["Flere over 80 år bor i egen bolig med nødvendig hjelp.",
      "Heltidsandelen i helse og omsorg skal øke fra 34 til 60 prosent.",
      "Kommunen skal ha tilstrekkelig antall heldøgns omsorgsplasser, med vekt på "
      "omsorgsboliger framfor nye sykehjemsplasser."],
     ["Bygge ut hjemmetjenestene og ta i bruk velferdsteknologi som standard.",
      "Innføre en heltidskultur med lengre vakter og kombinerte stillinger.",
      "Samarbeide med frivillige lag, menigheter og pensjonistforeninger om aktivitet og "
      "fellesskap.",
      "Planlegge tilgjengelige boliger for eldre nær butikker og tjenester i Brennmo."]),
    ("goal", "Satsingsområde 3: Grønn industri og arbeidsplasser",
     "Saglund skal ha flere arbeidsplasser, og industrien skal bli mer klimavennlig.",
     ["Antallet arbeidsplasser i kommunen skal øke med 400 innen 2033.",
      "Kommunen skal til enhver tid ha minst 100 dekar byggeklart næringsareal.",
      "Flere bedrifter skal bruke tre og biomasse fra lokale skoger."],
     ["Utvide næringsarealene på Sagmoen i samarbeid med Saglund Tre AS og andre bedrifter.",
      "Satse på tre som byggemateriale i egne bygg der det er faglig og økonomisk forsvarlig.",
      "Arbeide for bedre togtilbud og kortere reisetid til Haugby sammen med nabokommunene.",
      "Styrke landbruket gjennom rådgivning, næringsfond og vern av de beste jordbruksarealene."]),
    ("goal", "Satsingsområde 4: Klima, natur og beredskap",
     "Saglund skal redusere utslippene og være rustet for flom, skred og andre uønskede hendelser.",
     ["Klimagassutslippene i kommunen skal reduseres med 40 prosent innen 2030, sammenlignet "
      "med 2009.",
      "Ingen nye boliger skal plasseres i områder med kjent flom- eller skredfare.",
      "Alle kritiske kommunale bygg skal ha reservestrøm innen 2026."],
     ["Gjennomføre flomsikringstiltak langs Gjøla i Brennmo i samarbeid med NVE.",
      "Kartlegge kvikkleire og flomveier før nye områder tas i bruk.",
      "Arbeide for fossilfrie bygg- og anleggsplasser i kommunale prosjekter.",
      "Oppdatere helhetlig ROS-analyse og beredskapsplan hvert fjerde år."]),

    ("chap", "Arealstrategi"),
    ("p", "Arealstrategien viser de langsiktige grepene for hvordan arealene i Saglund skal brukes. "
          "Den skal legges til grunn når kommuneplanens arealdel rulleres, og når det lages "
          "reguleringsplaner. Strategien bygger på regional plan for areal og transport i Midtdal, "
          "som peker ut Brennmo som regionsenter."),
    ("sub", "Hovedgrep"),
    ("p", "Veksten skal i hovedsak skje innenfra og ut. Vi skal bygge tettere i Brennmo, særlig rundt "
          "stasjonen, og heller ta i bruk tomter som allerede er bebygd enn å spre ny utbygging "
          "på dyrka mark. Bygdene skal få vokse, men i et omfang som passer dem."),
    ("sub", "Brennmo – stasjonsbyen"),
    ("p", "Minst 70 prosent av nye boliger i planperioden skal bygges i Brennmo, og hovedtyngden "
          "innenfor én kilometer fra jernbanestasjonen. I stasjonsområdet skal det legges til rette "
          "for leiligheter i tre til fem etasjer, handel, kontorer og offentlige tjenester. "
          "Parkeringsdekning skal være lav nær stasjonen, og gang- og sykkelveinettet skal knytte "
          "boligområdene sammen med stasjonen og skolene."),
    ("p", "Sentrumsutviklingen skal gi flere møteplasser og grønne uterom. Elvepromenaden langs "
          "Gjøla skal forlenges fra brua til Sagmoen, og den skal fungere både som park og som en "
          "del av flomsikringen."),
    ("sub", "Bygdene"),
    ("p", "Rognstad, Skoglia og Tjernåsen skal ha tomter til nye boliger i tilknytning til skole og "
          "eksisterende bebyggelse. Spredt boligbygging kan tillates i avgrensede områder i "
          "arealdelen når det ikke går ut over dyrka jord, naturverdier eller trafikksikkerhet."),
    ("sub", "Jordvern"),
    ("p", "Saglund har noe av den beste matjorda i fylket. Dyrka jord skal ikke omdisponeres til "
          "boliger eller næring dersom det finnes andre alternativer. Kommunen har et mål om å "
          "omdisponere mindre enn 10 dekar dyrka jord per år, mot et gjennomsnitt på 34 dekar per "
          "år i perioden 2010–2019. Når dyrka jord likevel må tas i bruk, skal matjorda flyttes og "
          "brukes til nydyrking."),
    ("sub", "Elvesonen langs Gjøla"),
    ("p", "Det skal ikke bygges nye boliger innenfor flomsonen for en 200-årsflom langs Gjøla. Det "
          "gjelder også i Brennmo sentrum, selv om tomtene der ellers er attraktive. Langs elva "
          "skal det være en byggegrense på 50 meter utenfor sentrum. I sentrum skal områdene "
          "nærmest elva brukes til park, turvei og flomvoll."),
    ("p", "Eksisterende boliger i flomsonen skal sikres gjennom flomvoll og andre tiltak. Før nye "
          "områder i nærheten av elva tas i bruk, skal det være gjort en faglig vurdering av flom "
          "og kvikkleire. Klimatilpasning skal være et eget tema i alle reguleringsplaner."),
    ("sub", "Mobilitet og kollektivtrafikk"),
    ("p", "Nye boligområder skal lokaliseres slik at hverdagsreisene kan gjøres til fots, på "
          "sykkel eller med kollektivtransport. Kollektivtilbudet fra bygdene skal knyttes til "
          "togavgangene på Brennmo stasjon, og kommunen skal arbeide for at bussrutene til "
          "Rognstad og Skoglia får faste korrespondanser med toget. Innfartsparkering for bil og "
          "sykkel skal ligge nær stasjonen, men ikke beslaglegge de mest sentrale tomtene."),
    ("sub", "Næringsarealer"),
    ("p", "Arealkrevende industri skal samles på Sagmoen, som har jernbanespor og god "
          "veiforbindelse. Kontor og service skal ligge i Brennmo sentrum. Det skal ikke legges ut "
          "nye store næringsområder på dyrka mark."),
    ("table", "Tabell 1. Fordeling av ny boligbygging 2021–2033",
     [["Område", "Andel av nye boliger", "Boligtyper"],
      ["Brennmo, inntil 1 km fra stasjonen", "minst 50 %", "Leiligheter, rekkehus"],
      ["Brennmo, øvrige områder", "om lag 20 %", "Rekkehus, eneboliger"],
      ["Rognstad, Skoglia og Tjernåsen", "om lag 25 %", "Eneboliger, småhus"],
      ["Spredt bebyggelse", "høyst 5 %", "Eneboliger"]],
     [0.42, 0.25, 0.33]),

    ("chap", "Oppfølging og rapportering"),
    ("p", "En samfunnsdel har bare verdi dersom den blir brukt. Kommunedirektøren har ansvar for "
          "at planen følges opp i organisasjonen, og ledergruppen skal hvert år gå gjennom hva "
          "satsingsområdene betyr for den enkelte sektor."),
    ("p", "Oppfølgingen skjer i fire trinn:"),
    ("num", [
        "Handlingsdelen med økonomiplan viser hvert år hvilke tiltak som følger opp "
        "satsingsområdene, og hva de koster.",
        "Sektorene lager virksomhetsplaner som viser sammenhengen med samfunnsdelen.",
        "Årsmeldingen rapporterer på indikatorene i tabell 2 og på status for tiltakene.",
        "Den kommunale planstrategien, som vedtas senest ett år etter hvert kommunevalg, tar "
        "stilling til om samfunnsdelen skal revideres.",
    ]),
    ("p", "Indikatorene nedenfor er valgt fordi de kan måles hvert år og sier noe om retningen. De "
          "er ikke de eneste målene på om planen virker, og kommunestyret kan be om andre tall ved "
          "behov."),
    ("table", "Tabell 2. Indikatorer for oppfølging av samfunnsdelen",
     [["Indikator", "Status (2020)", "Mål 2033"],
      ["Folketall", "14 349", "15 500"],
      ["Andel nye boliger innen 1 km fra stasjonen", "41 %", "50 %"],
      ["Omdisponert dyrka jord per år", "34 dekar", "under 10 dekar"],
      ["Elever som fullfører videregående", "74 %", "85 %"],
      ["Heltidsandel i helse og omsorg", "34 %", "60 %"],
      ["Netto driftsresultat", "2,1 %", "minst 1,75 %"],
      ["Klimagassutslipp, tonn CO2-ekv.", "63 900", "42 800 (i 2030)"],
      ["Boliger i flomsone uten sikring", "146", "0"]],
     [0.52, 0.22, 0.26]),
    ("sub", "Medvirkning i gjennomføringen"),
    ("p", "Kommunestyret vil at innbyggerne skal være med også når planen gjennomføres. Ungdomsrådet, "
          "eldrerådet og rådet for personer med funksjonsnedsettelse skal få handlingsdelen til "
          "uttalelse hvert år. Ved store endringer i Brennmo sentrum og i stasjonsområdet skal det "
          "holdes åpne møter før reguleringsplanene legges ut på høring. Bygdelagene i Rognstad, "
          "Skoglia og Tjernåsen skal inviteres til et årlig møte med formannskapet om utviklingen i "
          "bygdene."),
    ("p", "Handlingsdelen skal også vise hvordan kommunen samarbeider med nabokommunene, "
          "fylkeskommunen og statsforvalteren om oppgaver som krysser kommunegrensene, som "
          "togtilbudet, legevakten og flomsikringen av Gjøla."),
]


def render_pdf(path: Path) -> int:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (BaseDocTemplate, Frame, ListFlowable, ListItem, PageBreak,
                                    PageTemplate, Paragraph, Spacer)

    shared.deterministic_pdf()

    W, H = A4
    left_m, right_m = 30 * mm, 26 * mm
    forest = colors.HexColor("#2F4F2F")
    bark = colors.HexColor("#7A5230")
    pale = colors.HexColor("#F3EFE6")

    body = ParagraphStyle("saglund-body", fontName="Helvetica", fontSize=10.5, leading=15,
                          alignment=TA_LEFT, spaceAfter=7, embeddedHyphenation=2,
                          hyphenationLang="")
    chap = ParagraphStyle("saglund-chap", fontName="Times-Bold", fontSize=19, leading=23,
                          textColor=forest, spaceBefore=10, spaceAfter=8, keepWithNext=1)
    sub = ParagraphStyle("saglund-sub", fontName="Helvetica-BoldOblique", fontSize=11.5,
                         leading=15, textColor=bark, spaceBefore=8, spaceAfter=3, keepWithNext=1)
    em = ParagraphStyle("saglund-em", parent=body, fontName="Helvetica-Oblique")
    item = ParagraphStyle("saglund-item", parent=body, spaceAfter=3)
    small = ParagraphStyle("saglund-small", fontName="Helvetica", fontSize=9, leading=12)
    small_b = ParagraphStyle("saglund-small-b", parent=small, fontName="Helvetica-Bold")
    cap = ParagraphStyle("saglund-cap", fontName="Times-Bold", fontSize=10, leading=13,
                         textColor=forest, spaceBefore=8, spaceAfter=4)
    box_title = ParagraphStyle("saglund-boxtitle", fontName="Times-Bold", fontSize=12, leading=15,
                               textColor=forest, spaceAfter=4)

    doc = BaseDocTemplate(str(path), pagesize=A4, leftMargin=left_m, rightMargin=right_m,
                          topMargin=22 * mm, bottomMargin=24 * mm,
                          title="Kommuneplanens samfunnsdel 2021–2033 – Saglund kommune (fiktiv)",
                          author="Saglund kommune (fiktiv)", subject="Eksempeldata, fiktiv kommune")
    fw, fh = doc.width, doc.height

    def footer(canv, d):
        canv.saveState()
        canv.setStrokeColor(bark)
        canv.setLineWidth(0.6)
        canv.line(left_m, 17 * mm, W - right_m, 17 * mm)
        canv.setFont("Helvetica", 8.5)
        canv.setFillColor(forest)
        canv.drawString(left_m, 12 * mm, "Saglund kommune · Kommuneplanens samfunnsdel 2021–2033")
        canv.drawRightString(W - right_m, 12 * mm, f"Side {d.page}")
        canv.restoreState()

    doc.addPageTemplates([PageTemplate("page", [Frame(left_m, doc.bottomMargin, fw, fh, id="f")],
                                       onPage=footer)])

    story = shared.spaced(
        18 * mm,
        Paragraph("SAGLUND KOMMUNE",
                  ParagraphStyle("k", fontName="Times-Bold", fontSize=14, leading=18, textColor=bark)),
        5 * mm,
        Paragraph("Kommuneplanens samfunnsdel<br/>2021–2033",
                  ParagraphStyle("t", fontName="Times-Bold", fontSize=30, leading=36, textColor=forest)),
        5 * mm,
        Paragraph("Vedtatt av kommunestyret 17. juni 2021, sak 44/21",
                  ParagraphStyle("s", fontName="Helvetica-Oblique", fontSize=11.5, leading=15)),
        16 * mm,
    )
    heading = Paragraph(NOTICE_TITLE, ParagraphStyle("nt", fontName="Helvetica-Bold", fontSize=11,
                                                     leading=14, textColor=colors.white))
    body_text = Paragraph(NOTICE, ParagraphStyle("nb", fontName="Helvetica", fontSize=10,
                                                 leading=13.5))
    notice = shared.styled_table([[heading], [body_text]], [fw * 0.85],
                                 [("BACKGROUND", (0, 0), (-1, 0), bark),
                                  ("BACKGROUND", (0, 1), (-1, 1), pale),
                                  ("LINEBELOW", (0, 1), (-1, 1), 1.5, bark),
                                  *shared.padding(left=10, right=10, top=7, bottom=7)])
    story += [notice, Spacer(1, 14 * mm),
              Paragraph("Dokumentet inneholder forord, en beskrivelse av Saglund i dag, visjon og "
                        "hovedmål, fire satsingsområder, arealstrategi og et opplegg for oppfølging "
                        "og rapportering.", em),
              PageBreak()]

    for el in SAMFUNNSDEL:
        kind = el[0]
        if kind == "chap":
            story.append(Paragraph(el[1], chap))
        elif kind == "sub":
            story.append(Paragraph(el[1], sub))
        elif kind == "p":
            story.append(Paragraph(shy(el[1]), body))
        elif kind == "em":
            story.append(Paragraph(el[1], em))
        elif kind == "num":
            items = [ListItem(Paragraph(shy(t), item), leftIndent=18, value=i + 1)
                     for i, t in enumerate(el[1])]
            story.append(ListFlowable(items, bulletType="1", bulletFormat="%s)", leftIndent=18,
                                      bulletFontName="Helvetica-Bold", bulletFontSize=10))
            story.append(Spacer(1, 5))
        elif kind == "bul":
            story.append(shared.bullet_list([shy(t) for t in el[1]], item, "–", 14))
        elif kind == "vision":
            label = Paragraph("VISJON", ParagraphStyle("vl", fontName="Helvetica-Bold", fontSize=9,
                                                       textColor=colors.white, alignment=TA_CENTER))
            vision = Paragraph(el[1], ParagraphStyle("vt", fontName="Times-BoldItalic", fontSize=17,
                                                     leading=22, textColor=forest))
            banner = shared.styled_table([[label, vision]], [fw * 0.16, fw * 0.84],
                                         [("BACKGROUND", (0, 0), (0, 0), forest),
                                          ("BACKGROUND", (1, 0), (1, 0), pale),
                                          ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                          *shared.padding(top=12, bottom=12)])
            story += [banner, Spacer(1, 10)]
        elif kind == "facts":
            _, paras, title, rows = el
            left = [Paragraph(shy(t), body) for t in paras]
            box = [Paragraph(title, box_title)]
            for label, value in rows:
                box.append(Paragraph(label, small))
                box.append(Paragraph(value, ParagraphStyle("fv", fontName="Times-Bold",
                                                           fontSize=13, leading=16,
                                                           textColor=bark, spaceAfter=4)))
            t = shared.styled_table([[left, box]], [fw * 0.64, fw * 0.36],
                                    [("VALIGN", (0, 0), (-1, -1), "TOP"),
                                     ("BACKGROUND", (1, 0), (1, 0), pale),
                                     ("LINEBEFORE", (1, 0), (1, 0), 2, forest),
                                     *shared.padding(left=0, right=12, cells=((0, 0), (0, 0))),
                                     *shared.padding(left=10, top=8, cells=((1, 0), (1, 0)))])
            story += [t, Spacer(1, 6)]
        elif kind == "goal":
            _, title, aim, delmal, strategier = el
            story.append(Paragraph(title, sub))
            story.append(Paragraph(shy(aim), em))
            story.append(Paragraph("Delmål", small_b))
            story.append(shared.bullet_list([shy(t) for t in delmal], item, "–", 14))
            story.append(Paragraph("Strategier", small_b))
            story.append(shared.bullet_list([shy(t) for t in strategier], item, "•", 14))
            story.append(Spacer(1, 4))
        elif kind == "table":
            _, caption, rows, widths = el
            t = shared.data_table(rows, [fw * w for w in widths], small_b, small,
                                  [("LINEABOVE", (0, 0), (-1, 0), 1.2, forest),
                                   ("LINEBELOW", (0, 0), (-1, 0), 0.8, forest),
                                   ("LINEBELOW", (0, -1), (-1, -1), 1.2, forest),
                                   ("LINEBELOW", (0, 1), (-1, -2), 0.3, colors.HexColor("#B9B2A0")),
                                   ("BACKGROUND", (0, 0), (-1, 0), pale),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")])
            story.append(shared.captioned(caption, cap, t, 10))
        elif kind == "pagebreak":
            story.append(PageBreak())
        else:
            raise ValueError(kind)
    doc.build(story)
    return shared.pdf_page_count(path)


# =====================================================================================
# 2. Kunnskapsgrunnlag 2024 (DOCX)
# =====================================================================================
# ("h1", text) ("h2", text) ("p", text) ("ul", [items]) ("table", caption, rows, note)

KUNNSKAPSGRUNNLAG = [
    ("h1", "Innledning"),
    ("h2", "Formål"),
    ("p", "Dette dokumentet beskriver situasjonen og utviklingstrekkene i Saglund kommune høsten "
          "2024. Det er utarbeidet av kommunedirektørens ledergruppe som grunnlag for arbeidet med "
          "kommunal planstrategi 2024–2027 og for det første politiske verkstedet, der "
          "kommunestyret skal drøfte om samfunnsdelen fra 2021 bør revideres."),
    ("p", "Kunnskapsgrunnlaget beskriver hvordan det står til og hvilken vei utviklingen går. Det "
          "tar ikke stilling til hvilke veivalg kommunestyret bør gjøre. Der tallene peker mot "
          "krevende avveininger, er dette beskrevet som utfordringer, ikke som anbefalinger."),
    ("h2", "Datagrunnlag"),
    ("p", "Tallene er hentet fra kommunens egne fagsystemer, KOSTRA-rapportering og offentlig "
          "statistikk per 1. januar 2024, om ikke annet er oppgitt. Framskrivingene bygger på "
          "hovedalternativet i den nasjonale befolkningsframskrivingen fra 2024. Alle tall er "
          "avrundet, og summer kan derfor avvike litt."),

    ("h1", "Befolkning"),
    ("h2", "Folketall og alderssammensetning"),
    ("p", "Saglund hadde 14 812 innbyggere 1. januar 2024. Det er 707 flere enn for ti år siden, en "
          "vekst på 5,0 prosent. I 2023 økte folketallet med 96 personer. Veksten har i hele "
          "perioden kommet fra innflytting og innvandring, mens fødselsoverskuddet har vært negativt "
          "hvert år siden 2016."),
    ("p", "Framskrivingen viser at folketallet fortsetter å vokse svakt, til 15 450 i 2040 og 15 470 i "
          "2050. Veksten kommer i sin helhet i de eldste aldersgruppene. Antallet innbyggere over "
          "80 år øker fra 826 i dag til 1 590 i 2040, nesten en dobling, og til 1 880 i 2050. "
          "Samtidig går antallet i alderen 20–66 år ned med om lag 490 personer fram mot 2050."),
    ("table", "Tabell 1. Befolkning etter aldersgruppe 2024 og framskrevet 2030, 2040 og 2050",
     [["Aldersgruppe", "2024", "2030", "2040", "2050"],
      ["0–5 år", "842", "810", "790", "770"],
      ["6–15 år", "1 702", "1 610", "1 540", "1 500"],
      ["16–19 år", "702", "690", "640", "620"],
      ["20–66 år", "8 796", "8 720", "8 560", "8 310"],
      ["67–79 år", "1 944", "2 180", "2 330", "2 390"],
      ["80 år og eldre", "826", "1 120", "1 590", "1 880"],
      ["I alt", "14 812", "15 130", "15 450", "15 470"]]),
    ("p", "Forsørgerbrøken endrer seg tydelig. I 2024 er det 3,2 personer i alderen 20–66 år for hver "
          "innbygger over 67 år. I 2040 er det 2,2. Det betyr at færre skal bære tjenestene til "
          "flere, både som skattebetalere, arbeidstakere og pårørende."),
    ("h2", "Fødsler, flytting og innvandring"),
    ("p", "Det fødes om lag 130 barn i året, og samlet fruktbarhet var 1,42 barn per kvinne i 2023. "
          "Flyttestrømmene mellom Saglund og resten av landet er store i begge retninger. Unge "
          "voksne flytter ut for å studere, mens barnefamilier og par i 30-årene flytter inn, "
          "mange fra Haugby. Innvandringen økte kraftig i 2022 da kommunen tok imot flyktninger "
          "fra Ukraina."),
    ("table", "Tabell 2. Befolkningsendringer 2019–2023",
     [["År", "Fødte", "Døde", "Innflyttede (innenlands)", "Utflyttede (innenlands)",
       "Innvandring", "Utvandring", "Folketilvekst"],
      ["2019", "138", "151", "612", "655", "121", "38", "27"],
      ["2020", "131", "149", "640", "610", "84", "30", "66"],
      ["2021", "142", "158", "701", "622", "95", "29", "129"],
      ["2022", "126", "162", "668", "641", "214", "33", "172"],
      ["2023", "129", "160", "655", "648", "152", "32", "96"]]),
    ("p", "Innvandrere utgjør 11,4 prosent av befolkningen, 1 689 personer. De største gruppene har "
          "bakgrunn fra Polen, Litauen, Ukraina, Syria og Eritrea. Mange arbeidsinnvandrere er "
          "ansatt i industrien og i bygg og anlegg. Kommunen bosatte 58 flyktninger i 2022 og 46 i "
          "2023. Andelen som er i arbeid eller utdanning to år etter endt introduksjonsprogram, "
          "var 61 prosent for kullet som avsluttet i 2021."),
    ("h2", "Bosettingsmønster"),
    ("p", "Tettstedet Brennmo har 8 140 innbyggere, 55 prosent av befolkningen. Rognstad har 1 620, "
          "Skoglia 980 og Tjernåsen 610 innbyggere. Om lag 3 460 personer bor spredt. Brennmo og "
          "Rognstad har vokst de siste ti årene, mens Skoglia og Tjernåsen har hatt nedgang. "
          "Gjennomsnittsalderen er høyest i Tjernåsen."),

    ("h1", "Næringsliv, arbeid og pendling"),
    ("h2", "Arbeidsplasser etter næring"),
    ("p", "Det var 6 240 arbeidsplasser i Saglund i 2023, 140 flere enn i 2019. Helse- og "
          "sosialtjenester og industri er de to største næringene. Industrien er dominert av "
          "trebearbeiding. Saglund Tre AS har 340 ansatte ved sagbruket og limtrefabrikken på "
          "Sagmoen, Tjernåsen Elementfabrikk har 120 og Midtdal Fôr og Mølle 95 ansatte. "
          "Sysselsettingen i industrien har vært stabil, mens antallet arbeidsplasser i helse og "
          "omsorg har økt med 180 siden 2019."),
    ("table", "Tabell 3. Arbeidsplasser i Saglund etter næring, 2023",
     [["Næring", "Arbeidsplasser", "Andel"],
      ["Jordbruk, skogbruk og fiske", "410", "6,6 %"],
      ["Industri", "1 180", "18,9 %"],
      ["Bygg og anlegg", "620", "9,9 %"],
      ["Varehandel", "690", "11,1 %"],
      ["Transport og lagring", "260", "4,2 %"],
      ["Overnatting og servering", "150", "2,4 %"],
      ["Offentlig administrasjon og undervisning", "780", "12,5 %"],
      ["Helse- og sosialtjenester", "1 420", "22,8 %"],
      ["Annen tjenesteyting", "730", "11,7 %"],
      ["Sum", "6 240", "100 %"]]),
    ("p", "Registrert arbeidsledighet var 2,1 prosent av arbeidsstyrken i august 2024. Bedriftene i "
          "industrien melder om mangel på fagarbeidere, særlig innen elektro og automasjon. I "
          "helse og omsorg er mangelen på sykepleiere størst."),
    ("h2", "Pendling"),
    ("p", "Av de 7 160 sysselsatte som bor i Saglund, arbeider 4 510 i egen kommune. 2 650 "
          "pendler ut, og 1 540 av dem arbeider i Haugby. Samtidig pendler 1 730 personer inn til "
          "Saglund, de fleste fra nabokommunene til industrien på Sagmoen og til helsetjenestene. "
          "Utpendlingen har økt med 170 personer siden 2019."),
    ("p", "Toget mellom Brennmo og Haugby går hver halve time i rushtiden og hver time ellers, med "
          "en reisetid på 36 minutter. Om lag 620 personer reiser med toget fra Brennmo stasjon en "
          "vanlig hverdag. Innfartsparkeringen ved stasjonen, som har 180 plasser, er full før "
          "klokka åtte."),
    ("h2", "Landbruk"),
    ("p", "Saglund har 41 200 dekar dyrka jord og 96 aktive gårdsbruk. Antallet bruk er redusert "
          "med 23 siden 2014, men jordbruksarealet i drift er nesten uendret fordi de som "
          "fortsetter, leier jord. Melkeproduksjon og korn dominerer. I perioden 2019–2023 ble "
          "det omdisponert i gjennomsnitt 12 dekar dyrka jord per år, mot 34 dekar i tiårsperioden "
          "før."),

    ("h1", "Oppvekst"),
    ("h2", "Barnehager"),
    ("p", "Kommunen har ni barnehager, fem kommunale og fire private, med til sammen 690 barn. "
          "Dekningsgraden for barn 1–5 år er 91 prosent. Ved hovedopptaket i 2024 fikk alle som "
          "søkte innen fristen, plass. Flere foreldre i Skoglia og Tjernåsen har likevel fått plass "
          "i en annen barnehage enn den de ønsket, fordi de minste barnehagene har få plasser til "
          "barn under tre år."),
    ("h2", "Grunnskole"),
    ("p", "Skoleåret 2024/25 har de kommunale grunnskolene 1 692 elever. Brennmo barneskole og "
          "Sagmoen skole er nær full kapasitet, mens skolene i Skoglia og Tjernåsen har mange ledige "
          "plasser. Framskrivingen tilsier at antallet barn i grunnskolealder går ned med om lag "
          "160 fram mot 2040, og nedgangen ventes størst i bygdene."),
    ("table", "Tabell 4. Elever og kapasitet per skole, skoleåret 2024/25",
     [["Skole", "Trinn", "Elever", "Kapasitet"],
      ["Brennmo barneskole", "1–7", "540", "560"],
      ["Sagmoen skole", "1–7", "352", "380"],
      ["Rognstad skole", "1–7", "162", "200"],
      ["Skoglia skole", "1–7", "88", "120"],
      ["Tjernåsen oppvekstsenter", "1–7", "41", "80"],
      ["Saglund ungdomsskole", "8–10", "509", "600"],
      ["Sum", "", "1 692", "1 940"]]),
    ("p", "Resultatene på nasjonale prøver på 5. trinn ligger litt under landsgjennomsnittet i "
          "lesing og regning. 78 prosent av elevene fra Saglund som startet i videregående skole i "
          "2018, hadde fullført og bestått innen fem år. Målet i samfunnsdelen er 85 prosent."),

    ("h1", "Helse og omsorg"),
    ("h2", "Tilbudet i dag"),
    ("p", "Saglund har ikke eget sykehus. Nærmeste sykehus ligger i Haugby, 48 kilometer fra "
          "Brennmo. Den interkommunale legevakten for Saglund og tre nabokommuner ligger ved "
          "sykehuset. Kommunen har elleve fastlegehjemler ved Brennmo legesenter og en filial i "
          "Rognstad to dager i uka. To fastlegelister var uten fast lege høsten 2024 og betjenes av "
          "vikarer."),
    ("p", "Gjølheim sykehjem i Brennmo har 64 plasser, og Rognstad bo- og servicesenter har 24. Av "
          "de 88 sykehjemsplassene er 30 skjermede plasser for personer med demens. I tillegg har "
          "kommunen 36 omsorgsboliger med heldøgns bemanning. Dekningsgraden for sykehjemsplasser "
          "er 10,7 prosent av innbyggerne over 80 år."),
    ("p", "Hjemmetjenestene hadde 512 mottakere i 2023, og 61 prosent av dem var over 67 år. "
          "Kommunen har tatt i bruk digitalt tilsyn og medisindispensere hos 140 brukere. "
          "Ventetiden på korttidsplass har økt, og i perioder har utskrivningsklare pasienter "
          "blitt liggende på sykehuset i Haugby."),
    ("h2", "Bemanning og rekruttering"),
    ("p", "Helse og omsorg har 412 årsverk. Sykefraværet var 9,8 prosent i 2023, og heltidsandelen "
          "er 41 prosent, opp fra 34 prosent i 2020. Høsten 2024 var 14 sykepleierstillinger "
          "ubesatt eller dekket av vikarbyrå. 38 prosent av de ansatte er over 55 år."),
    ("table", "Tabell 5. Framskrevet behov i helse og omsorg med dagens dekningsgrad",
     [["", "2024", "2030", "2040"],
      ["Innbyggere over 80 år", "826", "1 120", "1 590"],
      ["Behov for heldøgns plasser (sykehjem og omsorgsbolig)", "124", "168", "238"],
      ["Behov for årsverk i helse og omsorg", "412", "470", "545"],
      ["Innbyggere 20–66 år per årsverk", "21,3", "18,6", "15,7"]]),
    ("p", "Med dagens dekningsgrad trenger kommunen 133 flere årsverk i helse og omsorg i 2040 enn "
          "i dag, og om lag 114 flere heldøgns plasser. Utvidelsen av Gjølheim med 32 plasser, som "
          "ligger i økonomiplanen, dekker en del av behovet fram mot 2030."),

    ("h1", "Boliger og stedsutvikling"),
    ("p", "Kommunen har 6 720 boliger. 68 prosent er eneboliger, 14 prosent er rekkehus eller "
          "tomannsboliger og 18 prosent er leiligheter. Det er bygd i gjennomsnitt 54 nye boliger "
          "i året de siste fem årene, og 72 prosent av dem ligger i Brennmo. Av boligene som ble "
          "bygd i 2023, lå 49 prosent innenfor én kilometer fra stasjonen."),
    ("table", "Tabell 6. Nye boliger 2019–2023",
     [["År", "Nye boliger", "Herav i Brennmo", "Herav leiligheter"],
      ["2019", "48", "31", "12"],
      ["2020", "41", "28", "10"],
      ["2021", "63", "47", "29"],
      ["2022", "71", "53", "34"],
      ["2023", "47", "35", "18"],
      ["Sum", "270", "194", "103"]]),
    ("p", "Kommunen eier 214 utleieboliger. Det er venteliste til tilrettelagte boliger, og mange "
          "eldre bor i store eneboliger i bygdene som er krevende å vedlikeholde. Prisene på "
          "leiligheter i Brennmo har økt mer enn prisene på eneboliger de siste fem årene."),

    ("h1", "Folkehelse og levekår"),
    ("p", "Levekårene i Saglund er på mange områder gode, men det er tydelige forskjeller mellom "
          "grupper. 11 prosent av barna bor i husholdninger med vedvarende lavinntekt. Andelen "
          "uføretrygdede i alderen 18–66 år er 12,4 prosent, som er høyere enn i fylket."),
    ("ul", [
        "I Ungdata-undersøkelsen 2023 svarte 84 prosent av ungdomsskoleelevene at de er fornøyd "
        "med lokalmiljøet, og 17 prosent at de ofte føler seg ensomme.",
        "Andelen voksne med diagnosen type 2-diabetes er noe høyere enn i landet.",
        "Deltakelsen i organisert idrett faller tydelig etter 14 års alder.",
        "Om lag 1 900 innbyggere er med i frivillige lag og foreninger.",
    ]),

    ("h1", "Kommuneøkonomi"),
    ("h2", "Utviklingen de siste tre årene"),
    ("p", "Saglund har en driftsøkonomi under press. Netto driftsresultat har falt fra 2,8 prosent "
          "av driftsinntektene i 2021 til minus 0,9 prosent i 2023. Det skyldes i hovedsak økte "
          "utgifter i helse og omsorg, høyere rente på lånegjelden og lønnsvekst. "
          "Disposisjonsfondet er redusert fra 71 til 52 millioner kroner på to år."),
    ("table", "Tabell 7. Nøkkeltall for økonomien 2021–2023",
     [["Nøkkeltall", "2021", "2022", "2023"],
      ["Brutto driftsinntekter (mill. kr)", "1 176", "1 238", "1 312"],
      ["Netto driftsresultat (mill. kr)", "32,9", "7,4", "-11,8"],
      ["Netto driftsresultat (% av driftsinntektene)", "2,8", "0,6", "-0,9"],
      ["Disposisjonsfond (mill. kr)", "71", "64", "52"],
      ["Disposisjonsfond (% av driftsinntektene)", "6,0", "5,2", "4,0"],
      ["Netto lånegjeld (mill. kr)", "1 035", "1 114", "1 210"],
      ["Netto lånegjeld (% av driftsinntektene)", "88", "90", "92"]]),
    ("p", "Brutto lånegjeld var 1 480 millioner kroner ved utgangen av 2023. Av dette er 190 "
          "millioner startlån som lånes videre til innbyggere. Kommunen har eiendomsskatt, som ga "
          "38 millioner kroner i inntekter i 2023."),
    ("h2", "Handlingsregel"),
    ("p", "Kommunestyret vedtok i 2022 tre finansielle måltall som handlingsregel for økonomien:"),
    ("ul", [
        "Netto driftsresultat skal være minst 1,75 prosent av driftsinntektene.",
        "Disposisjonsfondet skal være minst 8 prosent av driftsinntektene.",
        "Netto lånegjeld skal ikke overstige 100 prosent av driftsinntektene.",
    ]),
    ("p", "I 2023 ble bare målet for lånegjeld nådd. For å nå målet for netto driftsresultat ville "
          "kommunen i 2023 trengt et resultat på om lag 23 millioner kroner, altså 35 millioner "
          "kroner mer enn det faktiske resultatet. For å nå målet for disposisjonsfondet må fondet "
          "økes med om lag 53 millioner kroner."),
    ("h2", "Investeringer"),
    ("p", "Økonomiplanen 2024–2027 har investeringer på 640 millioner kroner. De største "
          "prosjektene er utvidelsen av Gjølheim sykehjem med 32 plasser (280 millioner kroner), "
          "flomvoll og flomsikring langs Gjøla i Brennmo (85 millioner kroner, hvorav NVE ventes å "
          "dekke 80 prosent), rehabilitering av Saglund ungdomsskole (120 millioner kroner) og "
          "nytt høydebasseng for vannverket (46 millioner kroner). Med planlagte låneopptak vil "
          "netto lånegjeld passere 100 prosent av driftsinntektene i 2026."),

    ("h1", "Klima og miljø"),
    ("p", "De direkte klimagassutslippene i Saglund var 61 400 tonn CO2-ekvivalenter i 2022. Det er "
          "14 prosent lavere enn i 2009, da utslippene var 71 400 tonn. Samfunnsdelens mål er 40 "
          "prosent reduksjon innen 2030, og dagens takt er ikke nok til å nå målet. Jordbruk og "
          "veitrafikk står for til sammen 66 prosent av utslippene."),
    ("table", "Tabell 8. Klimagassutslipp etter sektor, 2022 (tonn CO2-ekvivalenter)",
     [["Sektor", "Utslipp", "Endring siden 2009"],
      ["Jordbruk", "21 800", "-3 %"],
      ["Veitrafikk", "18 900", "-15 %"],
      ["Industri", "9 600", "-20 %"],
      ["Annen mobil forbrenning", "6 200", "+5 %"],
      ["Avfall og avløp", "2 800", "-30 %"],
      ["Oppvarming", "2 100", "-55 %"],
      ["Sum", "61 400", "-14 %"]]),
    ("p", "Saglund Tre AS fyrer tørkeanleggene med bark og flis fra egen produksjon. Kommunen har "
          "12 elbiler i hjemmetjenesten av 31 tjenestebiler. Skog dekker 68 prosent av arealet, og "
          "opptaket av CO2 i skogen er større enn utslippene i kommunen, men dette regnes ikke med "
          "i utslippsregnskapet."),

    ("h1", "Samfunnssikkerhet og beredskap"),
    ("p", "Den helhetlige risiko- og sårbarhetsanalysen (ROS) ble sist revidert i 2022. Den peker "
          "på flom, skred og langvarig strømbrudd som de mest alvorlige hendelsene for Saglund."),
    ("h2", "Flom i Gjøla"),
    ("p", "Gjøla har flommet over fire ganger siden 1995. Ved flommen i mai 2018 ble 23 boliger og "
          "flere forretningsbygg i Brennmo sentrum satt under vann, og skadene ble anslått til 64 "
          "millioner kroner. Flomsonekartet viser at 146 boliger ligger innenfor flomsonen for en "
          "200-årsflom. Klimaendringene ventes å gi 20 prosent større flommer i Gjøla mot slutten "
          "av århundret. Flomvollen som er planlagt i Brennmo, skal sikre 118 av disse boligene."),
    ("h2", "Skred og kvikkleire"),
    ("p", "Det er kartlagt tre kvikkleiresoner med høy faregrad langs Gjøla ved Rognstad. To av "
          "sonene berører eksisterende boliger og fylkesveien. I Skoglia er det fare for jord- og "
          "flomskred i bratte bekkedaler etter kraftig nedbør."),
    ("h2", "Strømbrudd og forsyning"),
    ("p", "Under uværet i november 2021 var Tjernåsen uten strøm i 38 timer. Gjølheim sykehjem og "
          "rådhuset har reservestrøm, men Rognstad bo- og servicesenter og Tjernåsen "
          "oppvekstsenter har det ikke. Brennmo vannverk forsyner 86 prosent av innbyggerne og har "
          "ingen reservevannkilde. Jernbanen gjennom Brennmo frakter farlig gods, og en ulykke ved "
          "stasjonen er tatt med som en egen hendelse i analysen."),

    ("h1", "Nasjonale og regionale føringer"),
    ("p", "Kommunen skal i planarbeidet legge vekt på de nasjonale forventningene til regional og "
          "kommunal planlegging 2023–2027. For Saglund er særlig disse føringene viktige:"),
    ("ul", [
        "Statlige planretningslinjer for samordnet bolig-, areal- og transportplanlegging: "
        "utbygging skal konsentreres rundt kollektivknutepunkter som Brennmo stasjon.",
        "Statlige planretningslinjer for klima- og energiplanlegging og klimatilpasning: "
        "kommunen skal kartlegge klimarisiko og ta hensyn til den i alle planer.",
        "Nasjonal jordvernstrategi: den årlige omdisponeringen av dyrka jord i landet skal ned "
        "til under 2 000 dekar innen 2030.",
        "Statlige planretningslinjer for å styrke barn og unges interesser i planleggingen.",
    ]),
    ("p", "Regional plan for areal og transport i Midtdal 2022–2034 definerer Brennmo som "
          "regionsenter. Planen sier at minst 80 prosent av boligveksten i regionen skal komme i "
          "regionsentrene og de større tettstedene, og at handel og offentlige arbeidsplasser skal "
          "lokaliseres sentralt. Midtdal fylkeskommune har også vedtatt en regional plan for klima "
          "og miljø med mål om 55 prosent utslippskutt innen 2030. Statsforvalteren har i "
          "uttalelser til Saglund lagt stor vekt på jordvern og flomfare."),

    ("h1", "Oppsummering: viktige utviklingstrekk"),
    ("ul", [
        "Folketallet vokser svakt, og all vekst framover kommer blant de eldste.",
        "Behovet for helse- og omsorgstjenester øker raskere enn antallet i arbeidsfør alder.",
        "Industrien er stabil, men mangler fagarbeidere, og utpendlingen til Haugby øker.",
        "Elevtallet faller i bygdene, mens skolene i Brennmo er nær fulle.",
        "Økonomien oppfyller ikke handlingsregelen for driftsresultat og fond.",
        "Flom og kvikkleire begrenser hvor det kan bygges, og utslippskuttet går for sakte.",
    ]),
]


def render_docx(path: Path) -> None:
    from docx.enum.table import WD_TABLE_ALIGNMENT

    doc = shared.new_docx("Kunnskapsgrunnlag 2024 – Saglund kommune (fiktiv)",
                          "Saglund kommune (fiktiv)", "Eksempeldata, fiktiv kommune",
                          "2024-10-08")
    doc.add_heading("Kunnskapsgrunnlag 2024 – Saglund kommune", level=0)
    shared.add_run_paragraph(doc, "Kommunens situasjon og utviklingstrekk. Grunnlag for kommunal "
                                  "planstrategi 2024–2027. Kommunedirektørens ledergruppe, "
                                  "8. oktober 2024.", size=11, color="2F4F2F")
    p = doc.add_paragraph()
    shared.add_run(p, NOTICE_TITLE + ". ", bold=True, color="7A5230")
    shared.add_run(p, NOTICE, italic=True)

    table = shared.docx_table_handler(style="Table Grid",
                                      caption_format={"italic": True, "size": 10}, header_bold=True,
                                      alignment=WD_TABLE_ALIGNMENT.CENTER)
    shared.add_docx_elements(doc, KUNNSKAPSGRUNNLAG, {"table": table})
    shared.save_docx(doc, path, fixed_day="2024-10-08")


def main() -> None:
    pages = render_pdf(PDF_PATH)
    render_docx(DOCX_PATH)
    shared.finish_fictional("Saglund", pages,
                            (PDF_PATH, "Kommuneplanens samfunnsdel 2021–2033", "2021-06-17", SAMFUNNSDEL),
                            (DOCX_PATH, "Kunnskapsgrunnlag 2024", "2024-10-08", KUNNSKAPSGRUNNLAG))


if __name__ == "__main__":
    main()
