"""Render the seventh held-out example municipality «Stålvik kommune» (fictional industrial town).

Writes, next to this file:
  stalvik-samfunnsdel.pdf (+ .meta.json)        – reportlab platypus, in the style of a small
      industrial municipality's plan: PORTRAIT A4 with a wide left margin; a cover page with a
      dark band and the notice; UNNUMBERED chapter headings with a thick rule, small-caps style
      sub-headings; CONTINUOUSLY NUMBERED PARAGRAPHS «(12)» hanging in the left margin; justified
      text with soft-hyphen HYPHENATION at line ends; fact boxes; GOAL TABLES (delmål | strategi)
      with labels «1.1»; a schematic MAP drawn with shapes and a map caption; two data tables;
      a running FOOTER (no header) «Side N av M» and the plan title
  stalvik-kunnskapsgrunnlag.docx (+ .meta.json) – python-docx, unnumbered Heading 1/2, captions
      ABOVE the tables («Tabell 3 …») with a source line under them, shaded one-cell boxes
      («Utviklingstrekk i korte trekk»), bullet lists and a numbered list

Stålvik kommune does not exist. Every name, place, firm, figure and decision below is invented
test data, written independently of the product, its demo municipality and the earlier held-out
sets. Run:  .venv/bin/python evaluation/heldout7/render.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

import evaluation.heldout_render as shared  # noqa: E402

PDF_PATH = HERE / "stalvik-samfunnsdel.pdf"
DOCX_PATH = HERE / "stalvik-kunnskapsgrunnlag.docx"

NOTICE_TITLE = "Eksempeldata – fiktiv kommune"
NOTICE = ("Stålvik kommune finnes ikke. Dokumentet er laget som testmateriale for en uavhengig "
          "evaluering av Samspill. Alle navn, steder, bedrifter, institusjoner, tall og vedtak er "
          "oppdiktet. Eventuell likhet med virkelige kommuner, steder eller personer er tilfeldig.")

PDF_TITLE = "Kommuneplanens samfunnsdel 2021–2033"
ADOPTED = "Vedtatt av kommunestyret 17.06.2021, sak 38/21"

# ---------------------------------------------------------------------------------------------
# Samfunnsdelen (PDF). Kinds:
#   ("chapter", title)                   unnumbered chapter heading with a thick rule
#   ("h", text)                          sub-heading (no number)
#   ("p", text)                          body paragraph, numbered «(n)» in the margin
#   ("list", [items])                    dash list under the previous paragraph (not numbered)
#   ("fact", title, [(label, value)])    fact box with label/value rows
#   ("vision", text)                     the vision, set large between two rules
#   ("goals", title, [(no, goal, strategy)])   goal table: delmål and strategi
#   ("table", caption, rows, widths)     data table with the caption above
#   ("map", caption)                     schematic land-use map with a caption under it
# ---------------------------------------------------------------------------------------------

SAMFUNNSDEL = [
    ("chapter", "Innledning"),
    ("h", "Hva planen er"),
    ("p", "Kommuneplanens samfunnsdel er Stålvik kommunes overordnede styringsdokument. Den viser "
          "hvilke langsiktige mål kommunestyret har satt for utviklingen av Stålvik som "
          "lokalsamfunn og for kommunen som organisasjon. Samfunnsdelen skal legges til grunn for "
          "kommuneplanens arealdel, for temaplanene og for handlings- og økonomiplanen."),
    ("p", "Planen gjelder for perioden 2021–2033 og erstatter samfunnsdelen fra 2011. "
          "Kommunestyret vedtok planen 17. juni 2021 i sak 38/21. Planen skal vurderes i hver "
          "valgperiode gjennom den kommunale planstrategien, første gang i 2024."),
    ("h", "Et industrisamfunn i endring"),
    ("p", "Stålvik er et industrisamfunn. Siden Ørntind Metall AS startet smelteverket innerst i "
          "Jarnfjorden i 1917, har verket, kraften fra Gjuvfoss og kaia vært grunnlaget for "
          "arbeidsplasser, bosetting og kommuneøkonomi. Mange familier har arbeidet på verket i tre "
          "og fire generasjoner, og skiftarbeidet preger hverdagen i store deler av bygda."),
    ("p", "Samtidig har folketallet gått ned i mer enn tjue år, og andelen eldre øker raskt. "
          "Ungdommen tar utdanning andre steder og kommer sjelden tilbake. Avstanden til Helgrim "
          "sykehus, om lag en time med bil, gjør det krevende å gi gode helsetjenester når "
          "befolkningen blir eldre. Planen skal hjelpe oss å møte disse utfordringene."),
    ("fact", "Stålvik i 2020", [
        ("Innbyggere 1.1.2020", "12 180"),
        ("Ansatte ved Ørntind Metall AS", "810"),
        ("Andel innbyggere 67 år og eldre", "21 prosent"),
        ("Produksjon ved Gjuvfoss kraftstasjon", "410 GWh i et normalår"),
        ("Avstand til Helgrim sykehus", "68 km, om lag en time med bil"),
        ("Bygder utenfor sentrum", "Ravnsdal og Malmvik"),
    ]),
    ("h", "Fem store utfordringer"),
    ("p", "Kunnskapsgrunnlaget som lå til grunn for planen, pekte på fem utfordringer som henger "
          "sammen. Planen prøver å svare på alle fem, men kommunen kan ikke løse dem alene."),
    ("list", ["færre innbyggere og særlig færre unge voksne",
              "en arbeidsmarkedsregion som er sårbar fordi den er avhengig av én stor bedrift",
              "flere eldre med behov for tjenester, og færre til å gi dem",
              "forurensning i fjorden og klimagassutslipp fra industrien",
              "lang vei til sykehus og bare én veiforbindelse ut av kommunen"]),
    ("h", "Slik ble planen til"),
    ("p", "Arbeidet startet med planprogrammet, som ble fastsatt i 2019. Kommunestyret holdt to "
          "politiske verksted, det første om kunnskapsgrunnlaget og den gamle samfunnsdelen, det "
          "andre om mål og satsingsområder. Det ble holdt åpne møter i sentrum, i Ravnsdal og i "
          "Malmvik, og egne samlinger med ungdomsrådet, eldrerådet og de tillitsvalgte ved verket. "
          "Høringen ga 612 innspill."),
    ("p", "De viktigste innspillene fra medvirkningen var:"),
    ("list", ["flere utleieboliger og rimelige boliger for unge",
              "et sentrum som lever også om kvelden",
              "barnehager som passer for familier med skiftarbeid",
              "trygghet for akutthjelp når sykehuset ligger langt unna",
              "opprydding i Verksbukta, slik at fjorden kan brukes igjen"]),
    ("h", "Slik er planen bygd opp"),
    ("p", "Etter innledningen kommer visjonen og de fire hovedmålene. Deretter følger de fire "
          "satsingsområdene med delmål og strategier, arealstrategien med kart og mål for "
          "boligbyggingen, og til slutt et kapittel om hvordan planen skal følges opp og måles."),

    ("chapter", "Visjon og hovedmål"),
    ("vision", "Stålvik – smidd for framtida"),
    ("p", "Visjonen sier at Stålvik er bygget av industri og arbeid, og at vi vil bruke den samme "
          "kraften til å skape et samfunn der folk i alle aldre vil bo. Smidd betyr at noe er formet "
          "under varme og trykk. Stålvik har tålt omstillinger før, og skal klare det igjen."),
    ("p", "Tre verdier skal prege arbeidet i kommunen og samarbeidet med innbyggerne: stolthet "
          "over det industrien har bygget, åpenhet for nye folk og nye ideer, og vilje til å prøve "
          "nye løsninger også når de kan feile."),
    ("p", "Fire hovedmål gjelder for hele planperioden. De er de lange linjene i planen og skal "
          "ligge fast til 2033, mens satsingsområdene kan justeres når planstrategien revideres."),
    ("goals", "Hovedmål 2021–2033", [
        ("H1", "Stålvik har 12 500 innbyggere i 2033, og flere unge voksne flytter hit enn herfra.",
         "Befolkning"),
        ("H2", "Stålvik er et ledende industrisamfunn i det grønne skiftet, med minst 300 nye "
               "industriarbeidsplasser innen 2033.", "Næring"),
        ("H3", "Innbyggerne har gode og trygge tjenester gjennom hele livet, også langt fra "
               "sykehuset.", "Tjenester"),
        ("H4", "Fjorden, lufta og grunnen er renere i 2033 enn i dag, og lokalsamfunnet er "
               "forberedt på klimaendringene.", "Miljø"),
    ]),
    ("p", "Hovedmålene bygger på FNs bærekraftsmål. Kommunestyret har særlig lagt vekt på mål 8 om "
          "anstendig arbeid og økonomisk vekst, mål 9 om industri og innovasjon, mål 3 om god helse "
          "og mål 14 om livet i havet, som alle har stor betydning for et industrisamfunn ved en "
          "forurenset fjord."),

    ("chapter", "Satsingsområder"),
    ("p", "Kommunestyret har valgt fire satsingsområder for de første årene av planperioden. Hvert "
          "satsingsområde har delmål og strategier. Strategiene viser hvordan kommunen vil arbeide, "
          "men ikke hvilke tiltak som skal gjennomføres. Tiltakene avgjøres hvert år i handlings- og "
          "økonomiplanen."),
    ("h", "Satsingsområde 1 · Grønn industri og nye arbeidsplasser"),
    ("p", "Ørntind Metall AS har lagt fram planer om å halvere klimagassutslippene fra smelteverket "
          "innen 2030, blant annet ved å erstatte kull med biokarbon og gjenvinne energi fra "
          "ovnsgassen. Samtidig vurderer selskapet Fjellcelle AS å etablere en fabrikk for "
          "battericellematerialer på Raudmoen. Kommunen vil legge til rette for begge deler, og for "
          "at Stålvik skal få flere typer arbeidsplasser enn i dag."),
    ("goals", "Delmål og strategier – satsingsområde 1", [
        ("1.1", "Raudmoen er regulert og klar for ny industri innen 2024.",
         "Regulere Raudmoen til industriformål og samarbeide med Stålvik Kraft AS og Nordhav "
         "fylkeskommune om vei, vann og strømnett."),
        ("1.2", "Verkskaia er utvidet og kan ta imot større skip.",
         "Utrede et felles havneselskap med Ørntind Metall AS og søke statlige midler til "
         "utvidelse av kaia."),
        ("1.3", "Flere kvinner og unge arbeider i industrien.",
         "Samarbeide med Jarnfjord videregående skole og bedriftene om lærlingplasser og et "
         "fagskoletilbud i prosessindustri."),
        ("1.4", "Næringslivet er mindre avhengig av én bedrift.",
         "Styrke det kommunale næringsfondet og gi gratis rådgivning til nye bedrifter."),
    ]),
    ("p", "Industrien trenger fagarbeidere. Mange av de ansatte ved verket er over 50 år, og "
          "behovet for nye fagarbeidere vil øke de neste ti årene. Kommunen vil derfor bruke "
          "skolene, karriereveiledningen og samarbeidet med bedriftene til å gjøre yrkesfag og "
          "industrien mer kjent blant unge, både jenter og gutter."),
    ("h", "Satsingsområde 2 · Et Stålvik for unge voksne"),
    ("p", "Ungdommene som tar utdanning, flytter ofte fra Stålvik og kommer ikke tilbake. "
          "Ungdomsrådet pekte i medvirkningen på mangel på utleieboliger, få møteplasser og et "
          "sentrum som er stengt om kvelden. Skiftarbeidet ved verket gir dessuten særlige behov "
          "for barnehager med lange åpningstider."),
    ("goals", "Delmål og strategier – satsingsområde 2", [
        ("2.1", "Det bygges minst 25 nye boliger i året, de fleste i og nær sentrum.",
         "Prioritere boligbygging på Lysheia og i sentrum og bruke Husbankens ordninger for unge "
         "i etableringsfasen."),
        ("2.2", "Barnehagene passer for familier med skiftarbeid.",
         "Minst én barnehage i sentrum skal ha åpent fra kl. 05.45 til kl. 22.30 på hverdager."),
        ("2.3", "Sentrum har et levende kulturliv og gode møteplasser.",
         "Utvikle Verksparken og den gamle Ovnshallen til et kultur- og aktivitetshus sammen med "
         "frivilligheten."),
        ("2.4", "Stålvik tar godt imot nye innbyggere og arbeidsinnvandrere.",
         "Etablere et felles velkomstkontor og tilby norskopplæring på kveldstid."),
    ]),
    ("p", "Mange unge voksne ønsker å leie før de kjøper. Det finnes få utleieboliger i Stålvik, og "
          "mye av boligmassen er eldre eneboliger. Kommunen vil samarbeide med private utbyggere og "
          "med Ørntind Metall AS om flere små boliger og leiligheter i sentrum."),
    ("h", "Satsingsområde 3 · Helse og omsorg nær folk"),
    ("p", "Med sykehuset en times kjøring unna og stadig flere eldre må Stålvik ha sterke "
          "tjenester lokalt. Planen legger vekt på at eldre skal kunne bo hjemme lenger, at "
          "kommunen skal beholde og rekruttere fagfolk, og at helsen til skiftarbeidere skal være en "
          "del av folkehelsearbeidet."),
    ("goals", "Delmål og strategier – satsingsområde 3", [
        ("3.1", "Flere eldre bor trygt hjemme med hjemmetjenester og velferdsteknologi.",
         "Bygge opp hjemmetjenestene og ta i bruk digitalt tilsyn i alle soner."),
        ("3.2", "Kommunen har nok sykepleiere og helsefagarbeidere.",
         "Tilby hele stillinger, utdanningsstipend og et felles rekrutteringsprogram med Helgrim "
         "sykehus."),
        ("3.3", "Akuttberedskapen er god i hele kommunen.",
         "Arbeide for en døgnbemannet ambulansestasjon i Stålvik og fire senger for kommunalt "
         "akutt døgnopphold."),
        ("3.4", "Folkehelsen blir bedre, og forskjellene blir mindre.",
         "Samarbeide med bedriftshelsetjenesten ved verket om forebygging blant skiftarbeidere."),
    ]),
    ("p", "Kommunen skal dreie tjenestene fra institusjon mot hjemmebaserte tjenester. Det betyr "
          "ikke at sykehjemmene skal bygges ned, men at nye ressurser først og fremst skal gå til "
          "hjemmetjenester, dagtilbud, velferdsteknologi og støtte til pårørende."),
    ("h", "Satsingsområde 4 · Ren fjord og trygt lokalsamfunn"),
    ("p", "Sjøbunnen i Verksbukta er forurenset av PAH og tungmetaller etter hundre år med "
          "industri, og det er kostholdsråd for fisk og skalldyr fra indre del av Jarnfjorden. "
          "Stålvik har også bratte fjellsider med fare for skred, og flere boligområder ligger lavt "
          "ved sjøen. Jarnfjordvegen er eneste veiforbindelse ut av kommunen."),
    ("goals", "Delmål og strategier – satsingsområde 4", [
        ("4.1", "Den forurensede sjøbunnen i Verksbukta er tildekket innen 2028.",
         "Samarbeide med Ørntind Metall AS og miljømyndighetene om en tiltaksplan for opprydding."),
        ("4.2", "Utslippene fra kommunens egen drift er halvert innen 2030, sammenlignet med 2019.",
         "Bruke spillvarme fra verket i fjernvarmenettet og elektrifisere kommunens bilpark."),
        ("4.3", "Ingen nye boliger bygges der det er fare for skred eller stormflo.",
         "Kartlegge faresoner og legge dem inn som hensynssoner i arealdelen."),
        ("4.4", "Kommunen er forberedt på hendelser ved verket og i kraftforsyningen.",
         "Øve sammen med Ørntind Metall AS, Stålvik Kraft AS og nødetatene minst annethvert år."),
    ]),
    ("p", "Et tryggere lokalsamfunn handler også om at innbyggerne får varsel og informasjon når "
          "noe skjer. Kommunen skal ha oppdaterte planer for evakuering av boligområdene nærmest "
          "verket og for forsyning av mat, medisiner og drivstoff hvis Jarnfjordvegen blir stengt."),

    ("chapter", "Arealstrategi"),
    ("p", "Arealstrategien viser de lange linjene for hvordan arealene i Stålvik skal brukes. Den "
          "skal følges opp i kommuneplanens arealdel og i reguleringsplanene."),
    ("h", "Ett sentrum"),
    ("p", "Stålvik sentrum skal styrkes som kommunens eneste bysentrum. Nye boliger, handel og "
          "offentlige tjenester skal i hovedsak ligge innenfor en kilometer fra Verkstorget. Minst "
          "70 prosent av de nye boligene skal bygges i sentrum og på Lysheia."),
    ("h", "Industri på to steder"),
    ("p", "Industrien skal samles på det eksisterende verksområdet ved Verkskaia og på det nye "
          "industriområdet på Raudmoen. Mellom ny tungindustri og boliger skal det være en "
          "buffersone på minst 200 meter."),
    ("h", "Levende bygder"),
    ("p", "Ravnsdal og Malmvik skal bestå som levende bygder. Det åpnes for spredt boligbygging i "
          "avgrensede områder i bygdene, og oppvekstsenteret i Ravnsdal skal være et samlingspunkt "
          "for bygda."),
    ("h", "Strandsone, jordvern og natur"),
    ("p", "Strandsonen langs Jarnfjorden utenfor industriområdene skal holdes fri for ny "
          "bebyggelse, også i bygdene. Verksbukta skal åpnes for allmennheten med en turvei langs "
          "sjøen når sjøbunnen er ryddet. Dyrka mark i Ravnsdal skal ikke omdisponeres, heller ikke "
          "når Raudmoen skal utvides."),
    ("h", "Transport og tilgjengelighet"),
    ("p", "Sentrum, Lysheia og verksområdet skal bindes sammen med trygge gang- og sykkelveier. "
          "Kommunen skal arbeide for at fylkeskommunen sikrer Jarnfjordvegen mot skred og gir et "
          "busstilbud til Helgrim som passer for pendlere og pasienter."),
    ("map", "Kart 1 Arealstrategi – hovedgrep. Kartet er skjematisk og ikke målestokkriktig."),
    ("h", "Boligbygging"),
    ("p", "Målet om 25 nye boliger i året gir 300 nye boliger i planperioden. Tabell 1 viser "
          "hvordan de skal fordeles. Fordelingen er et mål for arealdelen og for kommunens egne "
          "tomter, ikke en kvote for private utbyggere."),
    ("table", "Tabell 1 Mål for boligbygging fordelt på område, 2021–2033", [
        ["Område", "Nye boliger", "Andel"],
        ["Sentrum", "130", "43 %"],
        ["Lysheia", "80", "27 %"],
        ["Ravnsdal", "30", "10 %"],
        ["Malmvik", "20", "7 %"],
        ["Spredt i resten av kommunen", "40", "13 %"],
        ["Sum", "300", "100 %"],
    ], [0.55, 0.25, 0.20]),

    ("chapter", "Oppfølging"),
    ("p", "Samfunnsdelen følges opp gjennom handlings- og økonomiplanen, som hvert år skal vise "
          "hvordan satsingsområdene prioriteres. Hver kommunalsjef har ansvaret for å konkretisere "
          "strategiene for sin sektor og for å vise hva planen betyr for egne tjenester."),
    ("p", "Temaplanene skal bygge på samfunnsdelen. Når en temaplan revideres, skal den vise hvilke "
          "hovedmål og delmål den følger opp. Det gjelder blant annet planen for helse og omsorg, "
          "klima- og energiplanen, boligplanen og beredskapsplanen."),
    ("p", "Kommunedirektøren rapporterer på indikatorene i tabell 2 i årsmeldingen. Kommunestyret "
          "skal i hver valgperiode ta stilling til om planen skal revideres, når den kommunale "
          "planstrategien behandles."),
    ("p", "Kommunens handlingsregler for økonomien gjelder også for oppfølgingen av planen. Nye "
          "tiltak i planen skal finansieres innenfor rammene i handlings- og økonomiplanen."),
    ("table", "Tabell 2 Indikatorer for oppfølging av samfunnsdelen", [
        ["Indikator", "Utgangspunkt", "Mål 2033"],
        ["Folketall", "12 180 (2020)", "12 500"],
        ["Netto innflytting 20–39 år per år", "–45 (2020)", "over null"],
        ["Industriarbeidsplasser i kommunen", "1 330 (2020)", "1 630"],
        ["Heltidsandel i helse og omsorg", "38 % (2020)", "60 %"],
        ["Andel 80 år og eldre som bor hjemme", "84 % (2020)", "88 %"],
        ["Utslipp fra kommunens egen drift", "2 900 tonn CO2-ekv. (2019)", "1 450 tonn"],
        ["Tildekket sjøbunn i Verksbukta", "0 dekar (2020)", "180 dekar"],
    ], [0.50, 0.28, 0.22]),
    ("p", "Kommunen er selv den største arbeidsgiveren i Stålvik etter verket. Planen betyr at "
          "kommunen som arbeidsgiver skal satse på hele stillinger, lærlinger og kompetanse, slik "
          "at tjenestene kan gis med egne fagfolk og ikke med innleid personell."),
    ("p", "Ungdomsrådet, eldrerådet og rådet for personer med funksjonsnedsettelse skal hvert år "
          "få en orientering om hvordan planen følges opp, og kan gi innspill til handlings- og "
          "økonomiplanen."),
    ("h", "Samarbeid"),
    ("p", "Mange av målene kan ikke nås av kommunen alene. Planen forutsetter samarbeid med "
          "Ørntind Metall AS, Stålvik Kraft AS, Nordhav fylkeskommune, Helgrim sykehus og "
          "nabokommunen Vassbygd, og med lag, foreninger og frivillige i hele kommunen."),
]

# ---------------------------------------------------------------------------------------------
# Kunnskapsgrunnlaget (DOCX). Kinds: h1, h2, p, ul,
#   ("table", caption, rows, source)   caption ABOVE the table, source line under it
#   ("box", title, text)               shaded one-cell box
#   ("ol", [items])                    numbered list
# ---------------------------------------------------------------------------------------------

KUNNSKAPSGRUNNLAG = [
    ("h1", "Om dette dokumentet"),
    ("p", "Kunnskapsgrunnlaget beskriver hvordan Stålvik har utviklet seg siden samfunnsdelen ble "
          "vedtatt i 2021, og hvilke utviklingstrekk kommunen står overfor fram mot 2050. Det skal "
          "gi kommunestyret et felles grunnlag for å ta stilling til om samfunnsdelen skal "
          "videreføres eller endres. Dokumentet beskriver situasjon og trender og gir ingen "
          "anbefalinger om politiske veivalg."),
    ("p", "Ledergruppen har kvalitetssikret innholdet, og hver kommunalsjef står ansvarlig for "
          "tallene fra egen sektor. Tallene er hentet fra SSB, Kostra, Nav, Miljødirektoratet, "
          "Nordhav fylkeskommune og kommunens egne fagsystemer. Befolkningsframskrivingene er SSBs "
          "hovedalternativ fra 2024. Tallene gjelder per 1. januar 2024 eller for året 2023 "
          "dersom ikke noe annet er oppgitt."),

    ("p", "Dokumentet er bygget opp etter de fire temaene som kunnskapsgrunnlaget for en "
          "samfunnsdel bør dekke:"),
    ("ul", ["samfunnsutvikling: befolkning, boliger, næringsliv, klima og miljø",
            "tjenesteyting: barnehage, skole, helse og omsorg",
            "beredskap: risiko og sårbarhet",
            "økonomi: nøkkeltall, handlingsregler og utsikter"]),
    ("p", "Til slutt følger nasjonale og regionale føringer, en status for indikatorene i "
          "samfunnsdelen og en kort oppsummering."),

    ("h1", "Befolkning"),
    ("h2", "Folketall og utvikling"),
    ("p", "Stålvik hadde 11 870 innbyggere 1. januar 2024. Ti år tidligere var folketallet 12 940. "
          "Nedgangen på 1 070 personer tilsvarer 8,3 prosent. Folketallet har gått ned hvert år "
          "siden 2001, med unntak av 2012, da verket bygget en ny ovn og mange kom for å arbeide."),
    ("p", "I 2023 ble det født 98 barn, mens 152 personer døde. Fødselsunderskuddet var dermed 54. "
          "Det flyttet 512 personer til kommunen og 538 fra kommunen, slik at nettoflyttingen ble "
          "minus 26. Samlet gikk folketallet ned med 80 personer i 2023, fra 11 950 til 11 870."),
    ("p", "Det er særlig aldersgruppen 20–39 år som flytter ut. Netto utflytting i denne gruppen "
          "har vært mellom 30 og 60 personer i året det siste tiåret."),
    ("table", "Tabell 1 Befolkning etter alder 1.1.2024 og framskrevet befolkning", [
        ["Aldersgruppe", "2024", "2030", "2035", "2040", "2050"],
        ["0–5 år", "610", "560", "540", "530", "500"],
        ["6–15 år", "1 190", "1 080", "1 000", "960", "900"],
        ["16–19 år", "520", "490", "440", "410", "390"],
        ["20–66 år", "6 790", "6 350", "6 030", "5 800", "5 370"],
        ["67–79 år", "1 820", "1 760", "1 750", "1 620", "1 440"],
        ["80 år og eldre", "940", "1 180", "1 390", "1 560", "1 710"],
        ["Sum", "11 870", "11 420", "11 150", "10 880", "10 310"],
    ], "Kilde: SSB, tabell 07459 og befolkningsframskrivinger 2024, hovedalternativet."),
    ("p", "Ifølge framskrivingen vil folketallet falle til 11 150 i 2035 og 10 310 i 2050. Antallet "
          "innbyggere som er 80 år og eldre, vil nesten dobles, fra 940 i dag til 1 710 i 2050. "
          "Samtidig blir det 1 420 færre i aldersgruppen 20–66 år."),
    ("p", "I dag er det 7,2 innbyggere i yrkesaktiv alder for hver innbygger over 80 år. I 2040 vil "
          "det være 3,7. Samfunnsdelens mål om 12 500 innbyggere i 2033 ligger langt over "
          "framskrivingen."),
    ("h2", "Sentrum og bygdene"),
    ("p", "Ravnsdal har 640 innbyggere og Malmvik 410. De øvrige 10 820 bor i sentrum, på Lysheia, "
          "i Slaggdalen og i områdene rundt. Ravnsdal har hatt en nedgang på 12 prosent de siste ti "
          "årene, mens folketallet i Malmvik har vært stabilt."),
    ("h2", "Boliger"),
    ("p", "Det er 5 420 boliger i Stålvik. 68 prosent er eneboliger, og over halvparten er bygget "
          "før 1970. Bare 11 prosent av boligene er leiligheter, og det er få utleieboliger. I "
          "perioden 2019–2023 ble det i gjennomsnitt fullført 14 nye boliger i året, mot målet i "
          "samfunnsdelen på minst 25. Lysheia har 40 ferdig regulerte tomter som ikke er solgt."),
    ("h2", "Innvandring"),
    ("p", "Det bor 1 060 innvandrere i Stålvik, 8,9 prosent av befolkningen. De største gruppene "
          "kommer fra Polen, Litauen og Syria. Mange av arbeidsinnvandrerne arbeider i industrien "
          "og i bygg og anlegg. Uten innvandring ville folketallet ha gått enda raskere ned."),
    ("h2", "Levekår"),
    ("p", "Medianinntekten etter skatt for husholdninger i Stålvik er på nivå med landet, fordi "
          "industrien gir gode lønninger. Samtidig bor 9,1 prosent av barna i husholdninger med "
          "vedvarende lavinntekt. Andelen uføretrygdede blant innbyggere 18–66 år er 12,4 prosent, "
          "høyere enn i landet. Mange av de uføre har tidligere arbeidet i industrien eller i "
          "helse og omsorg."),
    ("box", "Utviklingstrekk i korte trekk: befolkning",
     "Færre innbyggere, færre i yrkesaktiv alder og langt flere eldre. Antallet 80 år og eldre "
     "øker med 450 fram til 2035. Unge voksne flytter ut, og fødselstallet er lavt."),

    ("h1", "Næringsliv, arbeid og pendling"),
    ("h2", "Arbeidsplasser"),
    ("p", "Det var 5 410 arbeidsplasser i Stålvik i 2023. Industrien står for 1 290 av dem, eller "
          "24 prosent, mot 8 prosent på landsbasis. Ørntind Metall AS er den klart største private "
          "arbeidsgiveren og kommunen den største offentlige."),
    ("table", "Tabell 2 Arbeidsplasser i Stålvik etter næring, 2023", [
        ["Næring", "Arbeidsplasser"],
        ["Industri", "1 290"],
        ["Kraft- og vannforsyning", "60"],
        ["Bygg og anlegg", "420"],
        ["Varehandel", "510"],
        ["Transport og lagring", "230"],
        ["Offentlig forvaltning, undervisning, helse og omsorg", "1 980"],
        ["Annen privat tjenesteyting", "760"],
        ["Jordbruk, skogbruk og fiske", "160"],
        ["Sum", "5 410"],
    ], "Kilde: SSB, tabell 07984, arbeidssted."),
    ("h2", "Smelteverket"),
    ("p", "Ørntind Metall AS har 780 ansatte, mot 810 i 2020. Av dem går 520 i en femskiftordning "
          "med døgnkontinuerlig drift. Gjennomsnittsalderen blant de ansatte er 47 år, og verket "
          "regner med at om lag 200 ansatte går av med pensjon innen 2032. Verket produserer om lag "
          "120 000 tonn ferrosilisium i året, og det meste skipes ut over Verkskaia."),
    ("p", "Verkets utslipp av klimagasser var 340 000 tonn CO2-ekvivalenter i 2023. Selskapet har "
          "som mål å halvere utslippene innen 2030 ved hjelp av biokarbon og energigjenvinning, "
          "men har ennå ikke tatt en endelig investeringsbeslutning."),
    ("h2", "Batterifabrikken på Raudmoen"),
    ("p", "Fjellcelle AS planlegger en fabrikk for battericellematerialer på Raudmoen. Første "
          "byggetrinn skal gi 240 arbeidsplasser, med produksjonsstart tidligst i 2028. Selskapet "
          "venter å ta en investeringsbeslutning i 2025. Reguleringsplanen for Raudmoen ble "
          "vedtatt i 2023."),
    ("p", "Fabrikken trenger 60 MW effekt. Regionalnettet har i dag 25 MW ledig kapasitet, og mer "
          "kapasitet kommer først når en ny transformatorstasjon står ferdig i 2029. Gjuvfoss "
          "kraftstasjon, som eies av Stålvik Kraft AS, produserer om lag 410 GWh i et normalår, men "
          "kraften er i hovedsak solgt til verket på en langsiktig kontrakt."),
    ("p", "Etableringen vil kreve boliger for nye arbeidstakere. Kommunen har anslått et behov for "
          "150 til 200 nye boliger i løpet av de første fem årene hvis fabrikken blir bygget."),
    ("h2", "Sysselsetting og ledighet"),
    ("p", "Sysselsettingsandelen blant innbyggere 20–66 år var 79 prosent i 2023. Andelen helt "
          "ledige var i gjennomsnitt 2,1 prosent, litt over landsgjennomsnittet. Det er en "
          "utfordring at mange arbeidsplasser krever fagbrev, mens få unge i kommunen velger "
          "yrkesfag i prosessindustri."),
    ("h2", "Pendling"),
    ("p", "5 640 sysselsatte bor i Stålvik. Av dem pendler 1 050 ut av kommunen, de fleste til "
          "Helgrim. Samtidig pendler 820 personer inn, særlig fra Vassbygd og Helgrim til skiftarbeid "
          "ved verket. Reisetiden til Helgrim er om lag en time med bil langs Jarnfjordvegen."),
    ("h2", "Andre næringer"),
    ("p", "Varehandelen er samlet i sentrum rundt Verkstorget. Omsetningen per innbygger er lavere "
          "enn i fylket, fordi mange handler i Helgrim. I Ravnsdal er det 22 aktive gårdsbruk, de "
          "fleste med sau og storfe. Reiselivet er lite, men turisthytta ved Gjuvvatnet og "
          "fisketurismen i Malmvik har økt de siste årene."),
    ("h2", "Havn og kai"),
    ("p", "Over Verkskaia gikk det 1,1 millioner tonn gods i 2023, det aller meste til og fra "
          "verket. Kaia har en dybde på 9 meter, og de største skipene må i dag lastes i to omganger."),
    ("box", "Utviklingstrekk i korte trekk: næring",
     "Arbeidslivet er sterkt knyttet til én bedrift. Mange ansatte går av med pensjon de neste "
     "ti årene. Batterifabrikken kan gi 240 nye arbeidsplasser, men er avhengig av strømnett og "
     "boliger."),

    ("h1", "Kommunale tjenester"),
    ("h2", "Barnehager"),
    ("p", "Stålvik har fem barnehager, tre kommunale og to private, med til sammen 540 barn. "
          "Dekningsgraden for barn 1–5 år er 93 prosent. Smiaberget barnehage har i dag utvidet "
          "åpningstid fra kl. 06.00 til kl. 20.00 for barn av foreldre som går skift. Samfunnsdelens "
          "mål om åpningstid til kl. 22.30 er ikke nådd."),
    ("h2", "Grunnskole"),
    ("p", "Høsten 2024 går det 1 138 elever i grunnskolen i Stålvik. Elevtallet har falt med 160 "
          "siden 2016, og med framskrivingen vil det være om lag 1 000 elever i 2035."),
    ("table", "Tabell 3 Grunnskoler og elevtall høsten 2024", [
        ["Skole", "Trinn", "Elever"],
        ["Hammarlia skole", "1–7", "410"],
        ["Fjordgløtt skole", "1–7", "290"],
        ["Ravnsdal oppvekstsenter", "1–7", "48"],
        ["Stålvik ungdomsskole", "8–10", "390"],
        ["Sum", "", "1 138"],
    ], "Kilde: GSI og kommunens fagsystem."),
    ("p", "Ravnsdal oppvekstsenter har fire aldersblandede klasser og en barnehageavdeling med 14 "
          "barn. Elevtallet der ventes å falle til om lag 35 i 2030. Driftsutgiftene per elev er om "
          "lag dobbelt så høye som ved skolene i sentrum. Reiseveien fra Ravnsdal til sentrum er "
          "14 kilometer."),
    ("p", "Grunnskolepoengene var 39,8 i 2023, litt under landsgjennomsnittet. Elevundersøkelsen "
          "viser at elevene i Stålvik trives på skolen, men andelen som opplever mobbing, er 8 "
          "prosent på 7. trinn. Etter ungdomsskolen velger 62 prosent av elevene et yrkesfaglig "
          "utdanningsprogram."),
    ("p", "Jarnfjord videregående skole er fylkeskommunal og har utdanningsprogrammene teknologi- og "
          "industrifag, helse- og oppvekstfag og studiespesialisering."),
    ("h2", "Helse og omsorg"),
    ("p", "Kommunen har 82 sykehjemsplasser: 64 på Tindeheimen sykehjem i sentrum, hvorav 12 i en "
          "skjermet enhet for personer med demens, og 18 på Malmvik omsorgssenter. Plassene "
          "tilsvarer 8,7 prosent av innbyggerne som er 80 år og eldre. Belegget var 97 prosent i "
          "2023. Med samme dekningsgrad vil behovet være om lag 120 plasser i 2035."),
    ("p", "Hjemmetjenestene hadde 430 mottakere i 2023, hvorav 260 var 67 år eller eldre. "
          "Kommunen har 96 omsorgsboliger. Andelen innbyggere 80 år og eldre som bor hjemme, var 85 "
          "prosent i 2023."),
    ("table", "Tabell 4 Nøkkeltall for helse og omsorg, 2023", [
        ["Indikator", "Stålvik"],
        ["Årsverk i helse og omsorg", "410"],
        ["Heltidsandel", "41 %"],
        ["Sykefravær i helse og omsorg", "11,4 %"],
        ["Sykefravær i hele kommunen", "8,6 %"],
        ["Ubesatte sykepleierårsverk", "14"],
        ["Utgifter til vikarbyrå", "9,8 mill. kr"],
    ], "Kilde: Kostra og kommunens personalsystem."),
    ("p", "Det er vanskelig å rekruttere sykepleiere. Ved utgangen av 2023 var 14 sykepleierårsverk "
          "ubesatt, og kommunen brukte 9,8 millioner kroner på vikarbyrå. Heltidsandelen har økt fra "
          "38 prosent i 2020 til 41 prosent i 2023, men ligger langt under målet på 60 prosent."),
    ("h2", "Legetjeneste og akuttberedskap"),
    ("p", "Kommunen har ni fastlegehjemler, og én av dem er ubesatt. Legevakten er interkommunal "
          "og ligger i Helgrim på kveld, natt og i helger. Helgrim sykehus ligger 68 kilometer unna."),
    ("p", "Ambulansestasjonen i Stålvik har vært døgnbemannet siden 2023. Kommunen har fire senger "
          "for kommunalt akutt døgnopphold på Tindeheimen."),
    ("h2", "Kultur, frivillighet og transport"),
    ("p", "Stålvik har 64 registrerte lag og foreninger. Kulturskolen har 180 elever. Planen om å "
          "gjøre den gamle Ovnshallen om til et kultur- og aktivitetshus er utredet, men ikke "
          "finansiert. Det går seks bussavganger i hver retning mellom Stålvik og Helgrim på "
          "hverdager, og to på lørdager."),
    ("h2", "Folkehelse"),
    ("p", "Andelen voksne med overvekt og andelen som bruker legemidler mot hjerte- og "
          "karsykdommer er høyere enn i landet. Ungdataundersøkelsen 2023 viser at 72 prosent av "
          "ungdommene er fornøyd med lokalmiljøet, mens bare 41 prosent er fornøyd med "
          "kollektivtilbudet."),
    ("box", "Utviklingstrekk i korte trekk: tjenester",
     "Færre barn og elever, langt flere eldre. Behovet for sykehjemsplasser og hjemmetjenester "
     "øker samtidig som det blir vanskeligere å rekruttere fagfolk. Sykefraværet i helse og "
     "omsorg er høyt."),

    ("h1", "Kommuneøkonomi"),
    ("p", "Kommunens brutto driftsinntekter var 1 262 millioner kroner i 2023. Økonomien er mer "
          "sårbar enn før. Netto driftsresultat har falt tre år på rad, og bufferen i "
          "disposisjonsfondet er blitt mindre."),
    ("table", "Tabell 5 Økonomiske nøkkeltall 2021–2023", [
        ["Nøkkeltall", "2021", "2022", "2023"],
        ["Netto driftsresultat i % av brutto driftsinntekter", "2,8", "1,9", "0,6"],
        ["Disposisjonsfond i % av brutto driftsinntekter", "9,1", "7,7", "6,2"],
        ["Netto lånegjeld i % av brutto driftsinntekter", "104", "111", "118"],
    ], "Kilde: Kostra og kommunens årsregnskap."),
    ("p", "Disposisjonsfondet var 78 millioner kroner ved utgangen av 2023. Netto lånegjeld var "
          "1 490 millioner kroner, blant annet etter byggingen av Stålvik ungdomsskole og det nye "
          "renseanlegget."),
    ("h2", "Kommunen som arbeidsgiver"),
    ("p", "Kommunen har 1 150 ansatte fordelt på 960 årsverk. Gjennomsnittsalderen er 46 år, og "
          "om lag 180 ansatte er 60 år eller eldre. Lønn og sosiale utgifter utgjør 62 prosent av "
          "driftsutgiftene."),
    ("h2", "Handlingsregler"),
    ("p", "Kommunestyret har vedtatt tre handlingsregler for økonomien:"),
    ("ol", ["Netto driftsresultat skal over en fireårsperiode være minst 1,5 prosent av brutto "
            "driftsinntekter.",
            "Disposisjonsfondet skal være minst 8 prosent av brutto driftsinntekter.",
            "Netto lånegjeld skal ikke overstige 110 prosent av brutto driftsinntekter."]),
    ("p", "I 2023 ble ingen av de tre handlingsreglene oppfylt."),
    ("h2", "Utsikter"),
    ("p", "Økonomiplanen for 2024–2027 viser at utgiftene til helse og omsorg vil øke med om lag "
          "4 prosent i året i faste kroner, mens utgiftene til barnehage og skole går svakt ned. "
          "Rammetilskuddet påvirkes av at folketallet går ned. Samlet sett gir dette et "
          "omstillingsbehov som kommunedirektøren har anslått til 25 millioner kroner innen 2027."),
    ("h2", "Inntekter fra kraft og industri"),
    ("p", "Eiendomsskatten ga 46 millioner kroner i 2023, det meste fra verket og kraftanleggene. "
          "Satsen for boliger er 2,4 promille. Konsesjonskraften ga 31 millioner kroner i 2023, mot "
          "58 millioner kroner i 2022. Disse inntektene svinger med kraftprisene og gjør det "
          "vanskelig å planlegge."),

    ("h1", "Klima og miljø"),
    ("p", "De samlede klimagassutslippene i Stålvik var 368 000 tonn CO2-ekvivalenter i 2022. "
          "Industrien sto for 345 000 tonn, eller 94 prosent. Veitrafikken sto for 12 000 tonn, "
          "sjøfarten for 5 000 tonn og andre kilder for 6 000 tonn."),
    ("p", "Utslippene fra kommunens egen drift har gått ned fra 2 900 tonn i 2019 til 2 350 tonn i "
          "2023, en nedgang på 19 prosent. Fjernvarmenettet leverte 40 GWh spillvarme fra verket "
          "i 2023."),
    ("h2", "Luft"),
    ("p", "Støvnedfall og utslipp av svoveldioksid fra verket er redusert de siste tjue årene. "
          "Målingene i Slaggdalen viste likevel fem døgn med for høyt svevestøv i 2023, de fleste "
          "på tørre dager med svak vind om vinteren."),
    ("h2", "Verksbukta"),
    ("p", "Om lag 180 dekar sjøbunn i Verksbukta er forurenset av PAH, kvikksølv og bly. Det har "
          "vært kostholdsråd for fisk og skalldyr fra indre del av Jarnfjorden siden 1994. En "
          "tiltaksplan ble godkjent av Statsforvalteren i Nordhav i 2023, og tildekkingen er "
          "planlagt gjennomført i 2026–2028. Ingen del av sjøbunnen er tildekket ennå."),
    ("h2", "Klimaendringer"),
    ("p", "Klimaprofilen for Nordhav viser mer nedbør, flere episoder med kraftig regn og høyere "
          "havnivå. Havnivået ventes å stige med om lag 40 centimeter innen 2100."),

    ("p", "Store deler av sentrum ligger på fylte masser ved sjøen, og kraftig regn har flere "
          "ganger gitt oversvømte kjellere i Slaggdalen. Det gamle avløpsnettet har for liten "
          "kapasitet for overvann."),

    ("h1", "Samfunnssikkerhet og beredskap"),
    ("p", "Den helhetlige risiko- og sårbarhetsanalysen (ROS) ble revidert i 2022. Den peker på "
          "disse hendelsene som de mest alvorlige for Stålvik:"),
    ("ul", ["storulykke ved smelteverket med brann, eksplosjon eller utslipp av giftige gasser",
            "langvarig bortfall av strøm eller ekom",
            "skred som stenger Jarnfjordvegen",
            "stormflo i lavtliggende boligområder",
            "dataangrep mot kommunens systemer"]),
    ("p", "Jarnfjordvegen var stengt seks ganger på grunn av skred i perioden 2020–2023, til sammen "
          "i 41 timer. Når veien er stengt, er Stålvik uten veiforbindelse til sykehuset."),
    ("p", "I Slaggdalen ligger 30 boliger lavere enn det som ventes ved en 200-årsstormflo i 2100. "
          "Tindeheimen sykehjem har reservestrøm, men det har ikke Malmvik omsorgssenter."),
    ("p", "Kommunen ble rammet av et dataangrep med løsepengevirus i 2022. Ingen data gikk tapt, men "
          "flere fagsystemer var nede i fire dager. Etter angrepet har kommunen innført "
          "tofaktorinnlogging og en egen beredskapsplan for IKT."),
    ("p", "Kommunens kriseledelse øvde sist sammen med Ørntind Metall AS og nødetatene i 2023. "
          "Evalueringen viste at varslingen av innbyggerne i Malmvik og Ravnsdal må bli bedre."),
    ("box", "Utviklingstrekk i korte trekk: beredskap",
     "Stålvik er sårbart fordi det bare finnes én vei ut av kommunen og fordi industrien og "
     "kraftforsyningen er tett knyttet sammen. Klimaendringene øker faren for skred og stormflo."),

    ("h1", "Nasjonale og regionale føringer"),
    ("p", "Nasjonale forventninger til regional og kommunal planlegging 2023–2027 legger vekt på "
          "bærekraftig utvikling, et velfungerende arbeidsmarked, klimatilpasning, jordvern og "
          "samordnet bolig-, areal- og transportplanlegging. Regjeringen forventer at kommunene "
          "legger til rette for grønn industri og samtidig tar vare på natur og dyrka mark."),
    ("p", "Regional plan for verdiskaping og klima i Nordhav 2022–2034 definerer Stålvik som et "
          "regionalt industrisenter. Planen ber kommunene sikre areal til kraftkrevende industri "
          "og samarbeide om bolig og kompetanse med nabokommunene."),
    ("p", "Den nasjonale jordvernstrategien setter et mål om at høyst 2 000 dekar dyrka mark kan "
          "omdisponeres i landet hvert år. Stålvik har omdisponert 6 dekar dyrka mark de siste fem "
          "årene."),
    ("p", "Statsforvalteren i Nordhav har i sine innspill pekt på forurenset sjøbunn, "
          "jordvern, strandsonen og risiko for skred som tema kommunen må følge opp i planleggingen."),

    ("p", "Statlige planretningslinjer for klima- og energiplanlegging og klimatilpasning krever at "
          "kommunen setter mål for å redusere utslippene og tar hensyn til et klima i endring. "
          "Statlige planretningslinjer for samordnet bolig-, areal- og transportplanlegging "
          "legger vekt på å bygge tett i sentrum."),

    ("h1", "Status for samfunnsdelen"),
    ("p", "Tabell 6 viser status for indikatorene i samfunnsdelen fra 2021. De fleste "
          "indikatorene har beveget seg i riktig retning, men langsomt. For folketallet og "
          "industriarbeidsplassene går utviklingen i motsatt retning av målet."),
    ("table", "Tabell 6 Indikatorene i samfunnsdelen: utgangspunkt, siste status og mål", [
        ["Indikator", "Utgangspunkt", "Siste status", "Mål 2033"],
        ["Folketall", "12 180 (2020)", "11 870 (2024)", "12 500"],
        ["Netto innflytting 20–39 år", "–45 (2020)", "–38 (2023)", "over null"],
        ["Industriarbeidsplasser", "1 330 (2020)", "1 290 (2023)", "1 630"],
        ["Heltidsandel i helse og omsorg", "38 % (2020)", "41 % (2023)", "60 %"],
        ["Andel 80 år og eldre som bor hjemme", "84 % (2020)", "85 % (2023)", "88 %"],
        ["Utslipp fra kommunens egen drift", "2 900 tonn (2019)", "2 350 tonn (2023)", "1 450 tonn"],
        ["Tildekket sjøbunn i Verksbukta", "0 dekar (2020)", "0 dekar (2024)", "180 dekar"],
    ], "Kilde: Kommuneplanens samfunnsdel 2021–2033 og tallene i dette dokumentet."),
    ("p", "Av de 16 delmålene i samfunnsdelen er fire nådd: Raudmoen er regulert, "
          "ambulansestasjonen er døgnbemannet, kommunen har senger for akutt døgnopphold, og "
          "faresonene for skred er lagt inn i arealdelen. Verkskaia er ikke utvidet, og det er "
          "ikke opprettet et velkomstkontor for nye innbyggere."),

    ("h1", "Oppsummering"),
    ("p", "De viktigste utviklingstrekkene for Stålvik er:"),
    ("ul", ["Folketallet går ned og vil ifølge framskrivingen være 10 310 i 2050.",
            "Antallet innbyggere 80 år og eldre nesten dobles fram mot 2050.",
            "Industrien gir nesten hver fjerde arbeidsplass, og batterifabrikken kan gi 240 nye.",
            "Mangel på sykepleiere og høyt sykefravær i helse og omsorg.",
            "Ingen av de tre økonomiske handlingsreglene ble oppfylt i 2023.",
            "Forurenset sjøbunn og skredfare på den eneste veien ut av kommunen."]),
    ("p", "Kunnskapsgrunnlaget legges fram for kommunestyrets første politiske verksted om "
          "revisjonen av samfunnsdelen 3. oktober 2024."),
]


def nb(text: str) -> str:
    """No line break inside a number («11 870») or before «%»."""
    text = re.sub(r"(\d) (\d{3})\b", "\\1\xa0\\2", text)
    text = re.sub(r"(\d) (\d{3})\b", "\\1\xa0\\2", text)
    return text.replace(" %", "\xa0%")


HEADS = ("samfunns", "industri", "kommune", "arbeids", "befolknings", "kraft", "bolig",
         "helse", "utdannings", "forvaltnings", "medvirknings", "miljø", "klima", "skift",
         "etablerings", "bedrifts", "rekrutterings", "velferds", "aktivitets", "fjernvarme")


def hyphenate(text: str) -> str:
    """Soft hyphens after the first element of long compound words (line-end hyphenation)."""
    out = []
    for word in text.split(" "):
        core = word.strip(".,;:()«»")
        if len(core) >= 13:
            h = shared.hyphenate_after_head(core, HEADS, 5)
            if h:
                word = word.replace(core, h)
        out.append(word)
    return " ".join(out)


# =====================================================================================
# PDF
# =====================================================================================


def render_pdf(path: Path, total: int = 0) -> int:
    from reportlab.graphics.shapes import Drawing, Line, Polygon, Rect, String
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Frame, KeepTogether,
                                    NextPageTemplate, PageBreak, PageTemplate, Paragraph, Spacer)

    shared.deterministic_pdf()

    W, H = A4
    lm, rm, tm, bm = 20 * mm, 20 * mm, 20 * mm, 24 * mm
    margin = 24 * mm  # the hanging margin for paragraph numbers
    text_w = W - lm - rm - margin

    steel = colors.HexColor("#2E3A46")
    ember = colors.HexColor("#B5561E")
    pale = colors.HexColor("#EEF1F3")
    rule = colors.HexColor("#AEB7BF")
    grey = colors.HexColor("#5E6770")

    body = ParagraphStyle("st-body", fontName="Helvetica", fontSize=9.8, leading=13.6,
                          alignment=TA_JUSTIFY, leftIndent=margin, bulletIndent=0,
                          bulletFontName="Helvetica-Bold", bulletFontSize=8.6,
                          spaceAfter=6, embeddedHyphenation=1, uriWasteReduce=0.3)
    dash = ParagraphStyle("st-dash", parent=body, leftIndent=margin + 9, bulletIndent=margin,
                          bulletFontName="Helvetica", bulletFontSize=9.8, spaceAfter=2,
                          alignment=TA_LEFT)
    chap = ParagraphStyle("st-chap", fontName="Helvetica-Bold", fontSize=21, leading=25,
                          textColor=steel, spaceAfter=2)
    sub = ParagraphStyle("st-sub", fontName="Helvetica-Bold", fontSize=10.5, leading=14,
                         textColor=ember, leftIndent=margin, spaceBefore=6, spaceAfter=3,
                         keepWithNext=1)
    cap = ParagraphStyle("st-cap", fontName="Helvetica-Oblique", fontSize=8.6, leading=11.5,
                         textColor=grey, leftIndent=0)
    cell = ParagraphStyle("st-cell", fontName="Helvetica", fontSize=8.8, leading=11.4)
    cell_b = ParagraphStyle("st-cell-b", parent=cell, fontName="Helvetica-Bold")
    cell_h = ParagraphStyle("st-cell-h", parent=cell, fontName="Helvetica-Bold",
                            textColor=colors.white)
    label = ParagraphStyle("st-label", fontName="Helvetica-Bold", fontSize=10, leading=12,
                           textColor=ember)
    vision = ParagraphStyle("st-vision", fontName="Helvetica-BoldOblique", fontSize=20,
                            leading=26, textColor=steel, leftIndent=margin)

    doc = BaseDocTemplate(str(path), pagesize=A4, leftMargin=lm, rightMargin=rm, topMargin=tm,
                          bottomMargin=bm, title=f"{PDF_TITLE} – Stålvik kommune (fiktiv)",
                          author="Stålvik kommune (fiktiv)", subject="Eksempeldata, fiktiv kommune")

    def footer(canv, d):
        canv.saveState()
        canv.setStrokeColor(rule)
        canv.setLineWidth(0.6)
        canv.line(lm, 15 * mm, W - rm, 15 * mm)
        canv.setFont("Helvetica", 7.8)
        canv.setFillColor(grey)
        canv.drawString(lm, 10.5 * mm, f"Stålvik kommune – {PDF_TITLE}")
        canv.setFont("Helvetica-Bold", 7.8)
        canv.setFillColor(steel)
        canv.drawRightString(W - rm, 10.5 * mm, f"Side {d.page} av {total or '?'}")
        canv.restoreState()

    def cover(canv, d):
        canv.saveState()
        canv.setFillColor(steel)
        canv.rect(0, H - 95 * mm, W, 95 * mm, stroke=0, fill=1)
        canv.setFillColor(ember)
        canv.rect(0, H - 99 * mm, W, 4 * mm, stroke=0, fill=1)
        canv.restoreState()

    frame = Frame(lm, bm, W - lm - rm, H - tm - bm, id="main", leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate("cover", [frame], onPage=cover),
                          PageTemplate("body", [frame], onPage=footer)])

    # ---------------------------------------------------------------- cover
    white = colors.white
    story = shared.spaced(
        8 * mm,
        Paragraph("STÅLVIK KOMMUNE", ParagraphStyle("ck", fontName="Helvetica-Bold", fontSize=11,
                                                    leading=14, textColor=colors.HexColor("#F2B48C"))),
        5 * mm,
        Paragraph("Kommuneplanens samfunnsdel", ParagraphStyle(
            "ct", fontName="Helvetica-Bold", fontSize=30, leading=35, textColor=white)),
        Paragraph("2021–2033", ParagraphStyle("cy", fontName="Helvetica", fontSize=30, leading=35,
                                              textColor=white)),
        6 * mm,
        Paragraph(ADOPTED, ParagraphStyle("ca", fontName="Helvetica", fontSize=11, leading=14,
                                          textColor=white)),
        42 * mm,
        Paragraph("Stålvik – smidd for framtida", ParagraphStyle(
            "cv", fontName="Helvetica-BoldOblique", fontSize=17, leading=22, textColor=steel)),
        4 * mm,
        Paragraph("Planen gjelder for hele kommunen: sentrum, Lysheia, Slaggdalen, Ravnsdal og "
                  "Malmvik. Den erstatter kommuneplanens samfunnsdel fra 2011.",
                  ParagraphStyle("cs", fontName="Helvetica", fontSize=10.5, leading=14,
                                 textColor=grey)),
        60 * mm,
    )
    story.append(shared.styled_table(
        [[Paragraph(NOTICE_TITLE, ParagraphStyle("nt", fontName="Helvetica-Bold", fontSize=10,
                                                 leading=13, textColor=ember))],
         [Paragraph(NOTICE, ParagraphStyle("nn", fontName="Helvetica", fontSize=8.8,
                                           leading=11.8))]],
        [W - lm - rm],
        [("BOX", (0, 0), (-1, -1), 0.8, ember), ("BACKGROUND", (0, 0), (-1, -1), pale),
         *shared.padding(left=8, right=8, top=5, bottom=6)]))
    story += [NextPageTemplate("body"), PageBreak()]

    # ---------------------------------------------------------------- body
    n = 0
    first_chapter = True
    for el in SAMFUNNSDEL:
        kind = el[0]
        if kind == "chapter":
            if not first_chapter:
                story.append(CondPageBreak(70 * mm))
                story.append(Spacer(1, 8 * mm))
            first_chapter = False
            bar = shared.styled_table([[Paragraph(el[1], chap)]], [W - lm - rm],
                                      [("LINEBELOW", (0, 0), (-1, -1), 3, ember),
                                       *shared.padding(left=0, right=0, top=0, bottom=5)],
                                      hAlign="LEFT")
            story += [bar, Spacer(1, 5 * mm)]
        elif kind == "h":
            story.append(Paragraph(el[1], sub))
        elif kind == "p":
            n += 1
            story.append(Paragraph(hyphenate(nb(el[1])), body, bulletText=f"({n})"))
        elif kind == "list":
            story += [Paragraph(nb(t), dash, bulletText="–") for t in el[1]]
            story.append(Spacer(1, 5))
        elif kind == "fact":
            rows = [[Paragraph(el[1].upper(), cell_h), ""]]
            rows += [[Paragraph(a, cell), Paragraph(nb(b), cell_b)] for a, b in el[2]]
            t = shared.styled_table(rows, [text_w * 0.55, text_w * 0.45],
                                    [("SPAN", (0, 0), (-1, 0)), ("BACKGROUND", (0, 0), (-1, 0), ember),
                                     ("BACKGROUND", (0, 1), (-1, -1), pale),
                                     ("LINEBELOW", (0, 1), (-1, -2), 0.3, rule),
                                     *shared.padding(left=7, right=7, top=3, bottom=3)],
                                    hAlign="RIGHT")
            story.append(KeepTogether([Spacer(1, 3), t, Spacer(1, 9)]))
        elif kind == "vision":
            story += [Spacer(1, 2 * mm),
                      shared.styled_table([[Paragraph(f"«{el[1]}»", vision)]], [W - lm - rm],
                                          [("LINEABOVE", (0, 0), (-1, 0), 0.8, rule),
                                           ("LINEBELOW", (0, -1), (-1, -1), 0.8, rule),
                                           *shared.padding(left=0, top=10, bottom=12)]),
                      Spacer(1, 5 * mm)]
        elif kind == "goals":
            _, title, goals = el
            main_goals = goals[0][0].startswith("H")
            if main_goals:
                head = ["", "Hovedmål", "Tema"]
                widths = [12 * mm, text_w - 12 * mm - 26 * mm, 26 * mm]
            else:
                head = ["", "Delmål", "Slik vil vi arbeide"]
                widths = [12 * mm, (text_w - 12 * mm) * 0.42, (text_w - 12 * mm) * 0.58]
            rows = [[Paragraph(h, cell_h) for h in head]]
            for no, goal, strat in goals:
                rows.append([Paragraph(no, label), Paragraph(nb(goal), cell_b if main_goals else cell),
                             Paragraph(nb(strat), cell)])
            t = shared.styled_table(rows, widths,
                                    [("BACKGROUND", (0, 0), (-1, 0), steel),
                                     ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                     ("LINEBELOW", (0, 1), (-1, -1), 0.4, rule),
                                     ("BACKGROUND", (0, 1), (0, -1), pale),
                                     *shared.padding(left=5, right=5, top=4, bottom=4)],
                                    hAlign="RIGHT", repeatRows=1)
            story.append(KeepTogether([Paragraph(title, ParagraphStyle(
                "gt", parent=cap, leftIndent=margin, fontName="Helvetica-Bold", textColor=steel,
                spaceAfter=3)), t, Spacer(1, 8)]))
        elif kind == "table":
            _, caption, rows, widths = el
            t = shared.data_table([[nb(c) for c in r] for r in rows], [text_w * w for w in widths],
                                  cell_h, cell,
                                  [("BACKGROUND", (0, 0), (-1, 0), steel),
                                   ("LINEBELOW", (0, 1), (-1, -1), 0.4, rule),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   *shared.padding(left=5, right=5, top=3, bottom=3)])
            t.hAlign = "RIGHT"
            story.append(shared.captioned(caption, ParagraphStyle(
                "tc", parent=cap, leftIndent=margin, fontName="Helvetica-Bold", textColor=steel,
                spaceAfter=3), t, 9))
        elif kind == "map":
            dw, dh = text_w, 78 * mm
            d = Drawing(dw, dh)
            d.add(Rect(0, 0, dw, dh, fillColor=colors.HexColor("#F4F1EA"), strokeColor=rule))
            fjord = Polygon([0, dh * 0.38, dw * 0.55, dh * 0.46, dw * 0.78, dh * 0.55,
                             dw * 0.80, dh * 0.47, dw * 0.55, dh * 0.36, 0, dh * 0.22],
                            fillColor=colors.HexColor("#BFD3E0"), strokeColor=None)
            d.add(fjord)
            d.add(String(dw * 0.10, dh * 0.29, "Jarnfjorden", fontName="Helvetica-Oblique",
                         fontSize=8, fillColor=steel))

            def zone(x, y, w, h, fill, text):
                d.add(Rect(x, y, w, h, fillColor=fill, strokeColor=steel, strokeWidth=0.5))
                d.add(String(x + 3, y + h + 3, text, fontName="Helvetica-Bold", fontSize=7.5,
                             fillColor=steel))

            zone(dw * 0.70, dh * 0.60, 36, 22, colors.HexColor("#E9B48F"), "Sentrum")
            zone(dw * 0.84, dh * 0.74, 30, 16, colors.HexColor("#F3D6B8"), "Lysheia")
            zone(dw * 0.82, dh * 0.38, 34, 20, colors.HexColor("#9AA5AF"), "Verkskaia")
            zone(dw * 0.55, dh * 0.70, 40, 20, colors.HexColor("#9AA5AF"), "Raudmoen")
            zone(dw * 0.30, dh * 0.70, 26, 14, colors.HexColor("#F3D6B8"), "Ravnsdal")
            zone(dw * 0.08, dh * 0.08, 26, 14, colors.HexColor("#F3D6B8"), "Malmvik")
            d.add(Line(dw * 0.02, dh * 0.50, dw * 0.70, dh * 0.62, strokeColor=ember,
                       strokeWidth=1.6))
            d.add(String(dw * 0.12, dh * 0.56, "Jarnfjordvegen", fontName="Helvetica",
                         fontSize=7, fillColor=ember))
            story.append(Spacer(1, 3))
            story.append(KeepTogether([
                shared.styled_table([[d]], [text_w], shared.padding(left=0, right=0, top=0,
                                                                    bottom=0), hAlign="RIGHT"),
                Paragraph(el[1], ParagraphStyle("mc", parent=cap, leftIndent=margin,
                                                spaceBefore=3)),
                Spacer(1, 9)]))
        else:
            raise ValueError(kind)
    doc.build(story)
    return shared.pdf_page_count(path)


# =====================================================================================
# DOCX
# =====================================================================================


def render_docx(path: Path) -> None:
    from docx.enum.table import WD_TABLE_ALIGNMENT

    doc = shared.new_docx("Kunnskapsgrunnlag 2024 – Stålvik kommune (fiktiv)",
                          "Stålvik kommune (fiktiv)", "Eksempeldata, fiktiv kommune", "2024-09-02")
    shared.add_run_paragraph(doc, "STÅLVIK KOMMUNE · KOMMUNEDIREKTØREN", bold=True, size=9.5,
                             color="B5561E")
    doc.add_heading("Kunnskapsgrunnlag 2024", level=0)
    shared.add_run_paragraph(doc, "Stålviks situasjon og utviklingstrekk – grunnlag for kommunal "
                                  "planstrategi 2024–2027 og revisjon av kommuneplanens samfunnsdel",
                             italic=True, size=12, color="2E3A46")
    p = doc.add_paragraph()
    shared.add_run(p, NOTICE_TITLE + ": ", bold=True, color="B5561E")
    shared.add_run(p, NOTICE, color="5E6770", size=9.5)
    shared.add_run_paragraph(doc, "Datert 2. september 2024. Utarbeidet av kommunedirektørens "
                                  "ledergruppe til kommunestyrets politiske verksted 3. oktober "
                                  "2024.", size=10, color="5E6770")

    shade = shared.shade_cell

    def table(d, caption: str, rows: list[list[str]], source: str) -> None:
        shared.add_run_paragraph(d, caption, bold=True, size=10, color="2E3A46")
        t = d.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Light Grid Accent 1"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, row in enumerate(rows):
            for j, value in enumerate(row):
                t.cell(i, j).text = value
        shared.add_run_paragraph(d, source, italic=True, size=8.5, color="5E6770")

    def box(d, title: str, text: str) -> None:
        t = d.add_table(rows=1, cols=1)
        t.style = "Table Grid"
        c = t.cell(0, 0)
        shade(c, "EEF1F3")
        c.paragraphs[0].text = ""
        shared.add_run(c.paragraphs[0], title, bold=True, color="B5561E")
        para = c.add_paragraph()
        shared.add_run(para, text, italic=True)
        d.add_paragraph()

    def numbered(d, items: list[str]) -> None:
        for item in items:
            d.add_paragraph(item, style="List Number")

    shared.add_docx_elements(doc, KUNNSKAPSGRUNNLAG, {"table": table, "box": box, "ol": numbered})
    shared.save_docx(doc, path, fixed_day="2024-09-02")


def main() -> None:
    pages = render_pdf(PDF_PATH)
    pages = render_pdf(PDF_PATH, total=pages)  # second pass: «Side N av M» in the footer
    render_docx(DOCX_PATH)
    shared.finish_fictional("Stålvik", pages,
                            (PDF_PATH, PDF_TITLE, "2021-06-17", SAMFUNNSDEL),
                            (DOCX_PATH, "Kunnskapsgrunnlag 2024", "2024-09-02", KUNNSKAPSGRUNNLAG))


if __name__ == "__main__":
    main()
