"""Render the thirteenth held-out example municipality «Kvitbergan kommune» (fictional mountain valley).

Writes, next to this file:
  kvitbergan-samfunnsdel.pdf (+ .meta.json)        – reportlab platypus, PORTRAIT A4 in the style of
      a printed report with MARGINAL SIDE HEADINGS: every text block is a two-cell row with a
      narrow side column (side heading in small caps colour) and a wide body column; numbered
      chapter bands across the page («3 Satsingsområder»), a cover page with the notice, a fact
      box in the side column, hovedmål «cards», satsingsområder as goal/strategy MATRICES
      (delmål | strategier, numbered 1.1 …), two data tables, running header and footer
  kvitbergan-kunnskapsgrunnlag.docx (+ .meta.json) – python-docx, numbered Heading 1/2, captions
      ABOVE the tables and a source line below, shaded one-cell «Verdt å merke seg» boxes, lists

(The brief's slug «kvitberg» was taken in the repository; the municipality is «Kvitbergan».)
Kvitbergan kommune does not exist. Every name, place, firm, figure and decision below is invented
test data. Run:  .venv/bin/python evaluation/heldout13/render.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

import evaluation.heldout_render as shared  # noqa: E402

NAME = "Kvitbergan"
PDF_PATH = HERE / "kvitbergan-samfunnsdel.pdf"
DOCX_PATH = HERE / "kvitbergan-kunnskapsgrunnlag.docx"

NOTICE_TITLE = "Eksempeldata – fiktiv kommune"
NOTICE = ("Kvitbergan kommune finnes ikke. Dokumentet er laget som testmateriale for en uavhengig "
          "evaluering av Samspill. Alle navn, steder, bedrifter, institusjoner, tall og vedtak er "
          "oppdiktet. Eventuell likhet med virkelige kommuner, steder eller personer er tilfeldig.")

PDF_TITLE = "Kommuneplanens samfunnsdel 2020–2032"
ADOPTED = "Vedtatt av kommunestyret 11.06.2020, sak 38/20"

# ---------------------------------------------------------------------------------------------
# Samfunnsdelen (PDF). Kinds:
#   ("kap", number, title)                 new page, chapter band across the page
#   ("side", label, text)                  side heading | body paragraph
#   ("p", text)                            body paragraph (empty side cell)
#   ("list", label, intro, [items])        side heading | intro and a dash list
#   ("facts", title, [lines], text)        fact box in the side column | body paragraph
#   ("vision", text)                       vision panel in the body column
#   ("goals", [(label, text)])             hovedmål cards
#   ("sat", number, title)                 satsingsområde heading band (smaller)
#   ("matrix", [(code, delmål, [strategier])])   goal/strategy matrix over the full width
#   ("table", caption, rows, widths)       data table in the body column
# ---------------------------------------------------------------------------------------------

SAMFUNNSDEL = [
    ("kap", "1", "Innledning"),
    ("side", "Hva planen er",
     "Kommuneplanens samfunnsdel er Kvitbergan kommunes viktigste styringsdokument. Den viser "
     "hvilke langsiktige utfordringer kommunen står overfor, hvilke mål kommunestyret har satt for "
     "utviklingen fram mot 2032, og hvordan kommunen som organisasjon skal arbeide for å nå dem. "
     "Planen er utarbeidet etter plan- og bygningsloven § 11-2 og gjelder for hele kommunen."),
    ("side", "Planperiode og vedtak",
     "Planen gjelder for perioden 2020–2032. Den ble vedtatt av kommunestyret 11. juni 2020, sak "
     "38/20, og erstatter samfunnsdelen fra 2009. Kommunestyret skal vurdere planen i hver kommunal "
     "planstrategi, første gang i 2024."),
    ("side", "Forholdet til andre planer",
     "Samfunnsdelen står øverst i kommunens plansystem. Kommuneplanens arealdel, kommunedelplaner "
     "for helse og omsorg, oppvekst, klima og energi og trafikksikkerhet skal bygge på målene og "
     "strategiene her. Når en temaplan rulleres, skal den vise hvilke delmål i samfunnsdelen den "
     "følger opp. Planen bygger også på regionale planer for Innfjell og på de nasjonale "
     "forventningene til kommunal planlegging."),
    ("side", "Slik ble planen til",
     "Arbeidet startet med planprogrammet, som ble fastsatt i mars 2019. Kommunestyret holdt tre "
     "politiske verksted. Det ble holdt åpne folkemøter i Bergøra, Grytøyr og Lisletta, og et eget "
     "møte med ungdomsrådet og elevrådet ved Gjølmdal videregående skole. Planforslaget lå ute til "
     "offentlig ettersyn fra januar til mars 2020, og kommunen fikk 47 innspill."),
    ("facts", "Kvitbergan i tall",
     ["10 620 innbyggere (1.1.2020)", "1 240 km² areal", "4 700 arbeidsplasser",
      "48 km og 35 minutter med tog til Tindvik"],
     "Kvitbergan er en fjelldalskommune i Innfjell fylke. Kommunen ligger langs elva Gjølma og "
     "jernbanen Gjølmbanen, med kommunesenteret Bergøra midt i dalen og bygdene Grytøyr, Lisletta, "
     "Øvre Gjølm og Tverrbakken. Skarvfoss Smelteverk AS er den største private arbeidsplassen, og "
     "Forsvarets Tjørnmoen skyte- og øvingsfelt ligger på fjellplatået Tjørnvidda nord for dalen. "
     "Skaretoppen skisenter og om lag 2 300 hytter gjør kommunen til et reisemål både vinter og "
     "sommer. Folketallet har gått ned siden 2010, og andelen eldre øker."),
    ("list", "Hovedutfordringer",
     "Kommunestyret har lagt disse utfordringene til grunn for planen:",
     ["nedgang i folketallet og færre unge voksne",
      "flere eldre og færre i yrkesaktiv alder til å gi tjenestene",
      "et sårbart næringsliv med én stor industriarbeidsplass",
      "flom og skred i en trang dal med mye bebyggelse nær elva",
      "mangel på fastleger og sykepleiere",
      "behov for omstilling til lavere klimagassutslipp"]),

    ("kap", "2", "Visjon og hovedmål"),
    ("vision", "Kvitbergan – kraft i dalen, plass til alle"),
    ("side", "Visjonen",
     "Visjonen beskriver hva kommunestyret vil at Kvitbergan skal være kjent for. «Kraft i dalen» "
     "viser både til vannkraften og industrien som bygde bygda, og til kraften i lokalsamfunnet og "
     "frivilligheten. «Plass til alle» betyr at alle skal kunne finne bolig, arbeid og fellesskap "
     "her, uansett alder og bakgrunn."),
    ("side", "Fire hovedmål",
     "Hovedmålene er de lange linjene i planen. De gjelder for hele planperioden og skal ligge fast "
     "selv om satsingsområdene kan endres ved rullering."),
    ("side", "Slik brukes målene",
     "Hovedmålene skal brukes når kommunestyret vedtar budsjett, behandler store saker og "
     "prioriterer mellom tiltak. Saksframlegg til kommunestyret skal ha et eget avsnitt om hvordan "
     "forslaget påvirker måloppnåelsen i samfunnsdelen."),
    ("goals", [
        ("Hovedmål 1", "Kvitbergan har minst 10 800 innbyggere i 2032, og flere unge voksne "
                       "flytter til enn fra kommunen."),
        ("Hovedmål 2", "Kvitbergan har et mangfoldig næringsliv med 250 nye arbeidsplasser utenom "
                       "industrien innen 2032."),
        ("Hovedmål 3", "Innbyggerne lever gode og aktive liv og får trygge tjenester nær der de "
                       "bor."),
        ("Hovedmål 4", "Kvitbergan er et trygt lokalsamfunn som er tilpasset klimaendringene, og "
                       "utslippene utenom industrien er halvert innen 2030."),
    ]),
    ("side", "Bærekraftsmålene",
     "Kommunestyret har valgt ut fem av FNs bærekraftsmål som særlig viktige for Kvitbergan: god "
     "helse og livskvalitet (3), god utdanning (4), anstendig arbeid og økonomisk vekst (8), "
     "bærekraftige byer og lokalsamfunn (11) og stoppe klimaendringene (13). Målene er brukt som "
     "ramme for satsingsområdene."),

    ("side", "Kvitbergan i 2032",
     "I 2032 er Bergøra et levende sentrum med nye leiligheter nær stasjonen, og grendene har "
     "fortsatt skole, butikk og et aktivt lag- og foreningsliv. Smelteverket er i drift med lavere "
     "utslipp, og reiselivet gir arbeid hele året. Eldre bor trygt hjemme lenger, og innbyggerne "
     "kjenner seg trygge for flom og skred."),
    ("kap", "3", "Satsingsområder"),
    ("side", "Om satsingsområdene",
     "Planen har fire satsingsområder. For hvert område er det satt delmål og strategier. Delmålene "
     "viser hva kommunen vil oppnå, strategiene viser hvordan kommunen skal arbeide. Tiltak og "
     "penger kommer i handlings- og økonomiplanen."),
    ("side", "Gjennomgående hensyn",
     "Tre hensyn gjelder for alle satsingsområdene: barn og unges oppvekstvilkår, likestilling og "
     "inkludering, og samarbeid med nabokommunene Tindvik og Langeid. Der kommunen ikke kan løse "
     "oppgavene alene, skal interkommunalt samarbeid vurderes først."),
    ("sat", "1", "Industri, energi og nye arbeidsplasser"),
    ("side", "Hvorfor",
     "Skarvfoss Smelteverk AS og kraftverkene i Gjølma har gitt dalen arbeid og inntekter i over "
     "hundre år. Avhengigheten av én stor arbeidsgiver gjør likevel kommunen sårbar for nedgangstider "
     "i metallmarkedet. Reiselivet ved Skaretoppen skisenter og leveranser til Forsvaret på Tjørnmoen "
     "gir muligheter for flere ben å stå på."),
    ("matrix", [
        ("1.1", "Smelteverket er videreutviklet som et lavutslippsverk med fortsatt drift i dalen.",
         ["samarbeide med bedriften om å bruke overskuddsvarme til fjernvarme i Bergøra",
          "sikre areal til kraftkrevende industri på Skarvfoss industriområde"]),
        ("1.2", "Reiselivet gir flere helårs arbeidsplasser.",
         ["utvikle Skaretoppen skisenter til et reisemål for hele året med sykkel og fjellturer",
          "samarbeide med Gjølmdal videregående skole om læreplasser i reiseliv"]),
        ("1.3", "Det er enkelt å starte og drive bedrift i Kvitbergan.",
         ["gi svar på henvendelser fra næringslivet innen fem virkedager",
          "etablere et gründerfellesskap i Bergøra sentrum"]),
    ]),
    ("side", "Vindkraft på Tjørnvidda",
     "Det er kommet ønske om et vindkraftverk på Tjørnvidda. Kommunestyret vil ta stilling til "
     "vindkraft først når konsekvensene for villrein, friluftsliv, reiseliv og Forsvarets øvingsfelt "
     "er utredet. Inntil da skal det ikke settes av areal til vindkraft i kommuneplanens arealdel."),
    ("side", "Dette betyr det",
     "Næringsarbeidet skal samordnes gjennom et næringsråd med representanter for smelteverket, "
     "reiselivet, landbruket og Forsvaret. Kommunen skal ha en egen næringsplan som viser hvordan "
     "målet om 250 nye arbeidsplasser utenom industrien skal nås, og hvilke arealer som trengs."),
    ("sat", "2", "Bolyst og et levende Bergøra"),
    ("side", "Hvorfor",
     "Kvitbergan konkurrerer med Tindvik og andre regionsentre om unge voksne og barnefamilier. "
     "Tilflytterundersøkelsen fra 2018 viste at gode boliger, et levende sentrum og fritidstilbud "
     "betyr mer for valg av bosted enn avstanden til jobb."),
    ("matrix", [
        ("2.1", "Det bygges varierte boliger for unge og eldre i Bergøra og Grytøyr.",
         ["bruke kommunale tomter til leiligheter nær jernbanestasjonen",
          "samarbeide med Husbanken om startlån og utleieboliger"]),
        ("2.2", "Bergøra sentrum er en møteplass for alle aldre.",
         ["samle handel, kultur og tjenester innenfor gangavstand fra stasjonen",
          "ruste opp Gjølmastien langs elva"]),
        ("2.3", "Barn og unge har gode og trygge oppvekstvilkår.",
         ["styrke samarbeidet mellom skole, helsestasjon og fritidsklubb",
          "gi alle barn mulighet til minst én organisert fritidsaktivitet"]),
    ]),
    ("side", "Dette betyr det",
     "Kommunen skal ha en boligpolitisk handlingsplan som rulleres hvert fjerde år. Sentrumsplanen "
     "for Bergøra skal prioriteres i planarbeidet. Ungdomsrådet skal delta i planleggingen av nye "
     "møteplasser og fritidstilbud, og kommunen skal ta imot og bosette flyktninger i tråd med "
     "anmodningen fra staten."),
    ("sat", "3", "Helse og mestring hele livet"),
    ("side", "Hvorfor",
     "Antallet innbyggere over 80 år vil nesten dobles fram mot 2040, samtidig som det blir færre i "
     "yrkesaktiv alder. Kommunen har allerede problemer med å rekruttere fastleger og sykepleiere. "
     "Tjenestene må derfor legge mer vekt på forebygging, hverdagsrehabilitering og "
     "velferdsteknologi."),
    ("matrix", [
        ("3.1", "Flere eldre bor trygt hjemme lenger.",
         ["ta i bruk velferdsteknologi i alle hjemmetjenester innen 2025",
          "bygge omsorgsboliger sentralt i Bergøra"]),
        ("3.2", "Kommunen har stabil legedekning.",
         ["tilby fastlønn og utdanningsstøtte til leger i spesialisering",
          "samarbeide med Tindvik og Langeid om legevakt"]),
        ("3.3", "Folkehelsen er bedre, og forskjellene er mindre.",
         ["prioritere turstier og aktivitetsanlegg nær der folk bor",
          "gjøre kommunens tjenester lettere å bruke for innbyggere med lav inntekt"]),
    ]),
    ("side", "Dette betyr det",
     "Tjenestene skal organiseres etter prinsippet om omsorgstrappen: innbyggerne skal få hjelp på "
     "det laveste forsvarlige nivået, og hjemmetjenester skal prioriteres foran institusjonsplass "
     "når det er faglig forsvarlig. Frivillige lag og pårørende er viktige partnere, og kommunen "
     "skal ha en frivilligsentral i Bergøra."),
    ("sat", "4", "En trygg dal i et endret klima"),
    ("side", "Hvorfor",
     "Gjølma har gått over sine bredder flere ganger, sist i juni 2013, og fjellpartiet Kvitura over "
     "Lisletta overvåkes for fjellskred. Klimaendringene gir mer nedbør, hyppigere flom og flere jord- "
     "og flomskred. Samtidig må klimagassutslippene ned."),
    ("matrix", [
        ("4.1", "Ingen nye boliger bygges i områder med kjent fare for flom eller skred.",
         ["oppdatere faresonekartene i samarbeid med NVE",
          "stille krav om sikringstiltak før ny utbygging"]),
        ("4.2", "Kommunen har god beredskap mot kriser.",
         ["øve kriseledelsen hvert år sammen med Forsvaret, smelteverket og Bane NOR",
          "sikre reservestrøm på sykehjem og vannverk"]),
        ("4.3", "Utslippene utenom industrien er halvert innen 2030.",
         ["elektrifisere kommunens egne biler innen 2026",
          "legge til rette for lading ved stasjonen og skisenteret"]),
    ]),

    ("side", "Dette betyr det",
     "Samfunnssikkerhet og klimatilpasning skal vurderes i alle planer og byggesaker. Kommunen "
     "skal ha en oppdatert helhetlig risiko- og sårbarhetsanalyse i hver valgperiode, og "
     "beredskapsplanen skal revideres hvert år. Kommunen skal ha en egen klima- og energiplan med "
     "tiltak for å nå utslippsmålet."),
    ("kap", "4", "Arealstrategi"),
    ("side", "Formål",
     "Arealstrategien viser de langsiktige linjene for hvordan arealene i Kvitbergan skal brukes. "
     "Den er førende for kommuneplanens arealdel og for reguleringsplaner."),
    ("list", "Strategier for arealbruk", "Kommunestyret har vedtatt disse arealstrategiene:",
     ["Minst 70 prosent av nye boliger skal bygges i Bergøra og Grytøyr.",
      "Nye boliger, skoler og institusjoner skal ikke plasseres i flom- eller skredutsatte områder.",
      "Dyrka mark i dalbunnen skal ikke omdisponeres til boligformål.",
      "Nye hytter skal samles rundt Skaretoppen skisenter, med høyst 400 nye hytter i planperioden.",
      "Tjørnvidda skal bevares som sammenhengende fjellområde for villrein, friluftsliv og øving.",
      "Skarvfoss industriområde er hovedområdet for ny industri."]),
    ("side", "Stasjonsnær utvikling",
     "Stasjonen i Bergøra er kommunens knutepunkt. Nye arbeidsplasser med mange ansatte eller "
     "besøkende skal ligge innenfor én kilometer fra stasjonen. Nye leiligheter for eldre skal ligge "
     "i gangavstand til butikk, helsetjenester og stasjon."),
    ("side", "Hytter og fjellet",
     "Hytteutbyggingen skal skje i områder som er regulert, og nye hyttefelt skal knyttes til "
     "eksisterende veier, vann og avløp. Ingen nye hytter skal bygges over skoggrensen eller i "
     "villreinens leveområder. Kommunen skal vurdere en egen kommunedelplan for Skaretoppen."),
    ("side", "Landbruk og grender",
     "Landbruket i dalbunnen og på setrene er viktig for kulturlandskapet og for bosettingen i "
     "grendene. I Øvre Gjølm og Tverrbakken kan det tillates spredt boligbygging der det ikke går ut "
     "over dyrka mark, og der det ikke er fare for flom eller skred."),
    ("table", "Tabell 1. Fordeling av nye boliger 2020–2032",
     [["Område", "Andel", "Antall boliger"],
      ["Bergøra", "55 %", "220"],
      ["Grytøyr", "15 %", "60"],
      ["Lisletta", "10 %", "40"],
      ["Øvre Gjølm og Tverrbakken", "10 %", "40"],
      ["Spredt i LNF-områder", "10 %", "40"],
      ["Sum", "100 %", "400"]], [0.5, 0.2, 0.3]),
    ("side", "Langs elva",
     "Langs Gjølma skal det være en byggegrense på 50 meter fra elvekanten utenfor sentrum. I "
     "Bergøra sentrum fastsettes byggegrensen i reguleringsplan. Elvebredden skal være tilgjengelig "
     "for allmennheten."),
    ("side", "Næringsareal",
     "Skarvfoss industriområde har om lag 60 dekar ledig regulert areal. Mindre næringsvirksomhet "
     "skal lokaliseres i Bergøra sentrum eller på Grytøyr næringsområde. Arealer som er avsatt til "
     "Forsvaret på Tjørnmoen, skal videreføres."),

    ("kap", "5", "Oppfølging"),
    ("side", "Handlings- og økonomiplanen",
     "Samfunnsdelen følges opp gjennom handlings- og økonomiplanen, som rulleres hvert år. Hvert "
     "kapittel i handlings- og økonomiplanen skal vise hvilke delmål i samfunnsdelen tiltakene "
     "bygger på. Kommunedelplaner og temaplaner skal bygge på samfunnsdelen."),
    ("side", "Rapportering",
     "Kommunedirektøren rapporterer på indikatorene i tabell 2 i årsmeldingen hvert år. "
     "Kommunestyret vurderer i hver valgperiode, gjennom den kommunale planstrategien, om "
     "samfunnsdelen skal revideres."),
    ("side", "Samarbeid",
     "Mange av målene kan bare nås i samarbeid med andre: næringslivet, frivilligheten, "
     "fylkeskommunen, statsforvalteren, Bane NOR, NVE og nabokommunene. Kommunen skal invitere "
     "disse aktørene til et årlig samfunnsforum om oppfølgingen av planen."),
    ("side", "Ansvar",
     "Kommunedirektøren har ansvaret for at samfunnsdelen følges opp i organisasjonen. Hver "
     "kommunalsjef skal vise i sin virksomhetsplan hvordan sektoren bidrar til delmålene. Det "
     "politiske ansvaret ligger hos kommunestyret, og formannskapet er kommuneplanutvalg."),
    ("table", "Tabell 2. Indikatorer for å følge med på måloppnåelsen",
     [["Indikator", "Status 2019", "Mål"],
      ["Innbyggere", "10 640", "minst 10 800 (2032)"],
      ["Netto innflytting 20–39 år", "−42 per år", "positiv (2032)"],
      ["Arbeidsplasser utenom industrien", "4 010", "4 260 (2032)"],
      ["Andel innbyggere over 80 år som bor hjemme", "86 %", "90 % (2032)"],
      ["Besatte fastlegehjemler", "7 av 9", "9 av 9 (2024)"],
      ["Klimagassutslipp utenom industrien", "27 000 tonn", "13 500 tonn (2030)"],
      ["Nye boliger i kjente faresoner", "–", "0"]], [0.46, 0.24, 0.30]),
    ("side", "Rullering",
     "Satsingsområdene kan endres når et nytt kommunestyre vurderer planen i planstrategien. Visjonen "
     "og hovedmålene skal som hovedregel ligge fast i hele planperioden, slik at kommunen har lange "
     "linjer å styre etter."),
    ("side", "Medvirkning videre",
     "Ungdomsrådet, eldrerådet og rådet for personer med funksjonsnedsettelse skal få uttale seg om "
     "handlings- og økonomiplanen hvert år, med en egen vurdering av hvordan satsingsområdene følges "
     "opp."),
]

# ---------------------------------------------------------------------------------------------
# Kunnskapsgrunnlaget (DOCX). Kinds: h1, h2, p, ul (shared) and
#   ("table", caption, rows, source)   caption above, source line below
#   ("box", title, text)               shaded one-cell box
# ---------------------------------------------------------------------------------------------

KUNNSKAPSGRUNNLAG = [
    ("h1", "1 Innledning"),
    ("p", "Dette kunnskapsgrunnlaget beskriver Kvitbergan kommunes situasjon og utviklingstrekk. "
          "Det er utarbeidet som grunnlag for kommunal planstrategi 2024–2027 og for kommunestyrets "
          "vurdering av om kommuneplanens samfunnsdel 2020–2032 skal revideres. Dokumentet er "
          "kvalitetssikret av kommunedirektørens ledergruppe og skal brukes i det første politiske "
          "verkstedet i oktober 2024."),
    ("p", "Kunnskapsgrunnlaget dekker samfunnsutvikling, tjenesteyting, beredskap og økonomi. Det "
          "beskriver situasjonen og trendene og tar ikke stilling til hvilke veivalg kommunestyret "
          "bør gjøre. Tallene er hentet fra SSB, KOSTRA, NAV, Miljødirektoratet og kommunens egne "
          "fagsystemer, og er de siste tilgjengelige per august 2024."),
    ("p", "Tallene er presentert slik at de kan sammenlignes over tid og med landet der det er "
          "mulig. Der kommunen selv har laget framskrivinger, er det sagt hvilke forutsetninger de "
          "bygger på. Kapitlene er ordnet slik:"),
    ("ul", ["Kapittel 2–3: befolkning, næringsliv og pendling",
            "Kapittel 4–5: oppvekst, helse og omsorg",
            "Kapittel 6: kommuneøkonomi",
            "Kapittel 7–8: klima, samfunnssikkerhet og beredskap",
            "Kapittel 9–10: nasjonale og regionale føringer og oppsummering"]),

    ("h1", "2 Befolkning"),
    ("h2", "2.1 Folketall og endring"),
    ("p", "Kvitbergan hadde 10 480 innbyggere 1. januar 2024. Det er 430 færre enn i 2014, en "
          "nedgang på 3,9 prosent på ti år. I 2023 ble det født 82 barn, mens 131 personer døde. "
          "Innflyttingen var 498 personer og utflyttingen 484, slik at nettoinnflyttingen ble 14 "
          "personer. Samlet gikk folketallet ned med 35 personer i 2023."),
    ("p", "Nettoinnflyttingen skyldes i hovedsak innvandring. Kommunen har netto utflytting av "
          "unge voksne mellom 20 og 29 år, mens det er netto innflytting av personer mellom 30 og "
          "45 år, ofte tilbakeflyttere med barn."),
    ("table", "Tabell 2.1 Folketall 1. januar utvalgte år",
     [["År", "2014", "2017", "2020", "2022", "2024"],
      ["Innbyggere", "10 910", "10 790", "10 620", "10 540", "10 480"]],
     "Kilde: SSB, tabell 07459."),
    ("h2", "2.2 Aldersfordeling og framskrivinger"),
    ("p", "SSBs hovedalternativ (MMMM) fra 2024 viser en videre nedgang til 10 210 innbyggere i "
          "2035, 10 050 i 2040 og 9 720 i 2050. Samtidig endres alderssammensetningen kraftig. "
          "Antallet innbyggere som er 80 år eller eldre, øker fra 780 i dag til 1 390 i 2040, mens "
          "aldersgruppen 20–66 år blir 780 personer mindre i samme periode."),
    ("table", "Tabell 2.2 Befolkning etter aldersgruppe, 2024 og framskrevet (SSB, MMMM)",
     [["Aldersgruppe", "2024", "2035", "2040", "2050"],
      ["0–5 år", "560", "520", "510", "480"],
      ["6–15 år", "1 090", "960", "930", "880"],
      ["16–19 år", "470", "430", "390", "380"],
      ["20–66 år", "5 930", "5 350", "5 150", "4 900"],
      ["67–79 år", "1 650", "1 740", "1 680", "1 520"],
      ["80 år og eldre", "780", "1 210", "1 390", "1 560"],
      ["Sum", "10 480", "10 210", "10 050", "9 720"]],
     "Kilde: SSB, tabell 07459 og 14288. Tallene for 2035–2050 er avrundet."),
    ("p", "I dag er det 2,4 personer i alderen 20–66 år for hver innbygger som er 67 år eller "
          "eldre. I 2040 vil forholdstallet være 1,7. Det betyr at færre skal gi tjenester til "
          "flere, og at skatteinntektene per innbygger kan bli lavere."),
    ("box", "Verdt å merke seg",
     "Framskrivingen bygger på at flyttemønsteret fra de siste årene fortsetter. Dersom "
     "nettoinnflyttingen blir 40 personer høyere per år, vil folketallet i 2035 være om lag det "
     "samme som i dag. Framskrivinger for små kommuner er usikre."),

    ("h2", "2.3 Bosetting i grendene"),
    ("p", "Om lag halvparten av innbyggerne bor i og rundt Bergøra. Grytøyr er det nest største "
          "tettstedet. De siste ti årene har folketallet økt litt i Bergøra, mens det har gått ned i "
          "Lisletta, Øvre Gjølm og Tverrbakken."),
    ("table", "Tabell 2.3 Innbyggere etter grunnkrets, 1.1.2024",
     [["Område", "Innbyggere", "Endring siden 2014"],
      ["Bergøra", "5 230", "+ 2 %"],
      ["Grytøyr", "2 410", "– 4 %"],
      ["Lisletta", "1 360", "– 11 %"],
      ["Øvre Gjølm", "820", "– 14 %"],
      ["Tverrbakken", "660", "– 9 %"],
      ["Sum", "10 480", "– 3,9 %"]],
     "Kilde: SSB, befolkning etter grunnkrets. Kommunens egne beregninger."),
    ("p", "Det ble fullført 21 nye boliger i 2023, hvorav 15 i Bergøra. Det er få utleieboliger i "
          "kommunen, og både smelteverket og helsetjenestene opplyser at mangel på utleieboliger gjør "
          "det vanskeligere å rekruttere nye ansatte."),
    ("h1", "3 Næringsliv, arbeid og pendling"),
    ("h2", "3.1 Arbeidsplasser"),
    ("p", "Det var 4 650 arbeidsplasser i Kvitbergan i 2023. Helse og sosiale tjenester er den "
          "største næringen med 1 150 arbeidsplasser, fulgt av industrien med 690. Skarvfoss "
          "Smelteverk AS, som produserer ferrosilisium, har 320 ansatte og er den største private "
          "arbeidsgiveren. Forsvaret har om lag 140 ansatte ved Tjørnmoen leir."),
    ("table", "Tabell 3.1 Arbeidsplasser i kommunen etter næring, 2023",
     [["Næring", "Arbeidsplasser"],
      ["Primærnæringer", "175"],
      ["Industri", "690"],
      ["Kraft og vann", "85"],
      ["Bygg og anlegg", "410"],
      ["Varehandel", "380"],
      ["Transport", "170"],
      ["Overnatting og servering", "210"],
      ["Offentlig forvaltning og forsvar", "430"],
      ["Undervisning", "420"],
      ["Helse og sosiale tjenester", "1 150"],
      ["Andre tjenester", "530"],
      ["Sum", "4 650"]],
     "Kilde: SSB, tabell 07984. Arbeidsplasser etter arbeidssted."),
    ("p", "Den registrerte ledigheten var 1,9 prosent i mai 2024, mot 2,1 prosent på landsbasis. "
          "Flere bedrifter melder om problemer med å rekruttere fagarbeidere, særlig innen "
          "elektro, industrimekanikk og helsefag."),
    ("p", "Andelen innbyggere over 16 år med fagbrev eller annen fullført videregående opplæring "
          "som høyeste utdanning er 46 prosent, mot 36 prosent i landet. Andelen med høyere "
          "utdanning er 24 prosent, mot 37 prosent i landet."),
    ("h2", "3.2 Pendling"),
    ("p", "Av de 4 870 sysselsatte som bor i Kvitbergan, arbeider 1 120 i en annen kommune, de "
          "fleste i Tindvik (640). Samtidig pendler 900 personer inn til Kvitbergan, blant annet "
          "til smelteverket og Tjørnmoen. Togreisen til Tindvik tar 35 minutter, men det går bare "
          "tog hver annen time utenom rushtiden."),
    ("h2", "3.3 Reiseliv og hytter"),
    ("p", "Kvitbergan har 2 350 fritidsboliger, og om lag 60 prosent av dem ligger i området rundt "
          "Skaretoppen skisenter. Skisenteret hadde 118 000 skidager i sesongen 2023/24 og har 22 "
          "helårsansatte og rundt 90 sesongansatte. Sommertrafikken er liten, men økende."),
    ("p", "Landbruket har 58 aktive gårdsbruk, de fleste med sau eller melkeproduksjon. Antallet "
          "bruk er halvert siden 2004, men jordbruksarealet i drift er om lag det samme fordi "
          "gjenværende bruk leier jord. Om lag 6 000 sau og lam slippes på utmarksbeite hver sommer, "
          "blant annet på Tjørnvidda."),
    ("p", "Skisenteret er eid av et aksjeselskap der kommunen har en eierandel på 34 prosent. "
          "Snøsikkerheten i de laveste nedfartene er redusert de siste vintrene, og senteret har "
          "investert i kunstsnøanlegg. Hytteeierne bidrar med om lag 25 millioner kroner i årlig "
          "varehandel i Bergøra, ifølge en analyse fra 2022."),
    ("h2", "3.4 Vindkraft på Tjørnvidda"),
    ("p", "Heimvind AS har meldt et mulig vindkraftverk på Tjørnvidda med inntil 38 turbiner og en "
          "samlet effekt på 250 MW. Forventet årsproduksjon er om lag 750 GWh. Etter reglene om "
          "produksjonsavgift og eiendomsskatt anslår kommunedirektøren at kommunen kan få om lag "
          "18 millioner kroner i året, hvorav 7,5 millioner i produksjonsavgift."),
    ("p", "Saken er omstridt. Reiselivsnæringen, Tjørnvidda villreinnemnd og flere lag og "
          "foreninger har uttalt seg mot planene, mens fagforeningen ved smelteverket og "
          "næringsforeningen har uttalt seg for, blant annet av hensyn til tilgang på kraft. "
          "Forsvaret har varslet at turbiner kan komme i konflikt med skytefeltets sikkerhetssoner. "
          "Samfunnsdelen fra 2020 sier at kommunestyret skal ta stilling når konsekvensene er "
          "utredet; utredningene er ikke gjort."),

    ("h1", "4 Oppvekst"),
    ("h2", "4.1 Barnehager"),
    ("p", "Kommunen har fem barnehager, tre kommunale og to private, med til sammen 498 barn. "
          "Dekningsgraden for barn i alderen 1–5 år er 93 prosent. Alle som søkte innen fristen, "
          "fikk plass ved hovedopptaket i 2024."),
    ("h2", "4.2 Grunnskoler"),
    ("p", "Kvitbergan har fire kommunale grunnskoler med til sammen 870 elever skoleåret 2024/25. "
          "I tillegg har Jutulhaug friskole i Tverrbakken elever fra 1. til 7. trinn. Elevtallet i "
          "de kommunale skolene ventes å gå ned med 12 prosent fram mot 2030."),
    ("table", "Tabell 4.1 Kommunale grunnskoler, elevtall",
     [["Skole", "Trinn", "Elever 2024/25", "Framskrevet 2030"],
      ["Bergøra skole", "1–10", "512", "470"],
      ["Grytøyr skole", "1–7", "188", "160"],
      ["Lisletta skole", "1–7", "146", "118"],
      ["Øvre Gjølm oppvekstsenter", "1–4", "24", "17"],
      ["Sum", "", "870", "765"]],
     "Kilde: GSI og kommunens egne framskrivinger."),
    ("p", "Lisletta skole ligger delvis innenfor faresonen for fjellskred fra Kvitura (se kapittel "
          "8). Skolebygget er fra 1974 og har et vedlikeholdsetterslep anslått til 24 millioner "
          "kroner. Øvre Gjølm oppvekstsenter har fådelt undervisning med 24 elever på fire trinn."),
    ("h2", "4.3 Videregående opplæring"),
    ("p", "Gjølmdal videregående skole eies av Innfjell fylkeskommune og har 420 elever. Skolen "
          "tilbyr studiespesialisering, teknologi- og industrifag, elektro og helse- og "
          "oppvekstfag. Fylkeskommunens forslag til skolebruksplan fra 2024 foreslår å flytte "
          "helse- og oppvekstfag til Tindvik fra 2026. Kommunen har uttalt seg mot forslaget."),

    ("h2", "4.4 Barn og unge"),
    ("p", "Ungdataundersøkelsen fra 2023 viser at 82 prosent av ungdomsskoleelevene er fornøyd med "
          "lokalmiljøet, mot 69 prosent på landsbasis. Samtidig svarer 31 prosent at det er lite å "
          "gjøre på fritiden der de bor, og færre enn før deltar i organiserte aktiviteter. Andelen "
          "barn som bor i husholdninger med vedvarende lavinntekt er 8,4 prosent."),
    ("h1", "5 Helse og omsorg"),
    ("h2", "5.1 Sykehjem og omsorgsboliger"),
    ("p", "Kommunen har 70 sykehjemsplasser: 48 ved Bergøra helsetun, hvorav 12 i skjermet enhet "
          "for personer med demens, og 22 ved Grytøyr omsorgssenter. I tillegg har kommunen 24 "
          "omsorgsboliger med heldøgns bemanning. Plassene tilsvarer 9,0 prosent av innbyggerne "
          "over 80 år. Med samme dekningsgrad trenger kommunen 125 plasser i 2040."),
    ("p", "Bergøra helsetun ble bygget i 1986 og trenger ombygging for å oppfylle dagens krav til "
          "enerom med eget bad. Grytøyr omsorgssenter har 22 enerom og ble modernisert i 2015. "
          "Belegget på sykehjemmene var i gjennomsnitt 97 prosent i 2023, og i perioder har "
          "utskrivningsklare pasienter måttet vente på sykehuset i Tindvik."),
    ("h2", "5.2 Hjemmetjenester"),
    ("p", "Hjemmetjenesten hadde 312 mottakere ved utgangen av 2023, hvorav 205 var 67 år eller "
          "eldre. 64 brukere har digitalt tilsyn eller elektronisk medisindispenser. Andelen "
          "innbyggere over 80 år som bor hjemme, er 88 prosent."),
    ("h2", "5.3 Bemanning og rekruttering"),
    ("p", "Helse og omsorg har 196 årsverk. Ved utgangen av juni 2024 var 9 sykepleierstillinger "
          "ubesatt, og tjenesten brukte innleie fra vikarbyrå tilsvarende fire årsverk. Dersom "
          "dagens dekningsgrad videreføres, trenger sektoren om lag 38 flere årsverk i 2040."),
    ("table", "Tabell 5.1 Sykefravær i prosent, 2023",
     [["Sektor", "Sykefravær"],
      ["Helse og omsorg", "10,8 %"],
      ["Oppvekst", "7,4 %"],
      ["Teknisk", "6,2 %"],
      ["Administrasjon", "4,1 %"],
      ["Hele kommunen", "8,1 %"]],
     "Kilde: Kommunens personalsystem. Legemeldt og egenmeldt fravær."),
    ("h2", "5.4 Fastleger og legevakt"),
    ("p", "Kvitbergan har ni fastlegehjemler. To av dem har vært ubesatt siden 2023 og betjenes av "
          "vikarer, og om lag 1 350 innbyggere står på en liste uten fast lege. Tre av legene er i "
          "spesialisering i allmennmedisin. Legevakt på kveld, natt og helg er et interkommunalt "
          "samarbeid med Tindvik og Langeid, lagt til Tindvik sykehus."),
    ("h2", "5.5 Folkehelse"),
    ("p", "Folkehelseprofilen for 2024 viser at andelen med muskel- og skjelettplager og andelen som "
          "bruker legemidler mot type 2-diabetes, er høyere enn landsgjennomsnittet. Forventet "
          "levealder er 81,2 år, om lag ett år lavere enn for landet. Andelen som fullfører "
          "videregående opplæring, er 79 prosent, på nivå med landet."),
    ("box", "Verdt å merke seg",
     "Antallet innbyggere over 80 år øker med 610 fram mot 2040. Samtidig er det allerede i dag "
     "vanskelig å rekruttere sykepleiere og fastleger, og sykefraværet i helse og omsorg er det "
     "høyeste i kommunen."),

    ("h1", "6 Kommuneøkonomi"),
    ("p", "Kvitbergan hadde brutto driftsinntekter på 1 012 millioner kroner i 2023. Netto "
          "driftsresultat falt til 0,6 prosent av inntektene, etter 3,1 prosent i 2021 og 2,4 "
          "prosent i 2022. Nedgangen skyldes særlig høyere lønns- og pensjonskostnader, "
          "rentekostnader og økt bruk av vikarer i helse og omsorg."),
    ("table", "Tabell 6.1 Økonomiske nøkkeltall (millioner kroner)",
     [["Nøkkeltall", "2021", "2022", "2023"],
      ["Brutto driftsinntekter", "928", "975", "1 012"],
      ["Netto driftsresultat i prosent", "3,1", "2,4", "0,6"],
      ["Disposisjonsfond", "71", "76", "58"],
      ["Netto lånegjeld", "905", "946", "982"],
      ["Netto lånegjeld i prosent av inntektene", "97,5", "97,0", "97,0"]],
     "Kilde: KOSTRA og kommunens regnskap."),
    ("h2", "6.1 Handlingsregler"),
    ("p", "Kommunestyret vedtok i desember 2021 tre handlingsregler for økonomien:"),
    ("ul", ["Netto driftsresultat skal i gjennomsnitt over fire år være minst 2,0 prosent av "
            "brutto driftsinntekter.",
            "Disposisjonsfondet skal være minst 8 prosent av brutto driftsinntekter.",
            "Netto lånegjeld skal ikke overstige 90 prosent av brutto driftsinntekter."]),
    ("p", "Gjennomsnittet for netto driftsresultat i 2020–2023 var 2,1 prosent, og regelen om "
          "driftsresultat er dermed så vidt oppfylt. Disposisjonsfondet var 5,7 prosent av "
          "inntektene ved utgangen av 2023, og netto lånegjeld var 97 prosent. De to siste "
          "handlingsreglene er ikke oppfylt. Vedtatt budsjett for 2024 har et netto driftsresultat "
          "på minus 0,8 prosent."),
    ("p", "Økonomiplanen for 2024–2027 har investeringer på 410 millioner kroner, blant annet "
          "ombygging av Bergøra helsetun, nye omsorgsboliger, vannforsyning og flomsikring i "
          "Bergøra. Med disse investeringene vil netto lånegjeld stige til 104 prosent av "
          "driftsinntektene i 2027."),
    ("p", "Sammenlignet med kommunegruppen har Kvitbergan høyere utgifter per innbygger til pleie "
          "og omsorg og til grunnskole, mens utgiftene til administrasjon er på nivå med "
          "gruppen. Den høye skoleutgiften henger sammen med små skoler i grendene; utgiften per elev "
          "ved Øvre Gjølm oppvekstsenter er mer enn dobbelt så høy som ved Bergøra skole."),
    ("h2", "6.2 Eiendomsskatt og kraftinntekter"),
    ("p", "Eiendomsskatten ga 46 millioner kroner i 2023. Av dette kom 31 millioner fra verk og "
          "bruk, særlig smelteverket og kraftverkene, og 15 millioner fra boliger og fritidsboliger. "
          "Kommunen har i tillegg inntekter fra konsesjonskraft og naturressursskatt på om lag 22 "
          "millioner kroner i året, som varierer med kraftprisen."),
    ("box", "Verdt å merke seg",
     "Store investeringer de siste årene, blant annet i Bergøra skole og vannverket, har gitt høy "
     "lånegjeld. Økte renter gjør at en større del av driftsinntektene går til renter og avdrag."),

    ("h1", "7 Klima og miljø"),
    ("p", "De direkte klimagassutslippene i Kvitbergan var 398 000 tonn CO2-ekvivalenter i 2022. "
          "Industrien står for 93 prosent. Utslippene utenom industrien var 26 000 tonn, ned fra "
          "27 000 tonn i 2019. Målet i samfunnsdelen om å halvere disse utslippene innen 2030 "
          "krever dermed en nedgang på om lag 12 500 tonn på sju år."),
    ("table", "Tabell 7.1 Klimagassutslipp etter kilde, 2022 (tonn CO2-ekvivalenter)",
     [["Kilde", "Utslipp"],
      ["Industri", "372 000"],
      ["Veitrafikk", "14 500"],
      ["Jordbruk", "6 800"],
      ["Andre kilder", "4 700"],
      ["Sum", "398 000"]],
     "Kilde: Miljødirektoratet, klimagassregnskap for kommuner."),
    ("p", "Smelteverket har søkt Enova om støtte til et anlegg for energigjenvinning som kan gi "
          "fjernvarme til Bergøra sentrum. Kommunens egen bilpark har 31 av 58 kjøretøy som "
          "elbiler. Tjørnvidda er en del av et nasjonalt villreinområde, og bestanden er vurdert "
          "som sårbar."),

    ("h2", "7.1 Klimatilpasning"),
    ("p", "Klimaprofilen for Innfjell viser at årsnedbøren ventes å øke med om lag 15 prosent mot "
          "slutten av århundret, og at styrtregn blir kraftigere og hyppigere. Vårflommene i Gjølma "
          "kan bli mindre, mens regnflommer om høsten blir større. Kommunen har ikke en egen plan "
          "for overvann, og flere kulverter i sidebekkene er for små for økte nedbørsmengder."),
    ("h1", "8 Samfunnssikkerhet og beredskap"),
    ("p", "Kommunestyret vedtok en ny helhetlig risiko- og sårbarhetsanalyse (ROS) i mars 2023. "
          "Analysen omfatter 19 uønskede hendelser. Fem av dem er vurdert å ha høy risiko:"),
    ("ul", ["storflom i Gjølma",
            "fjellskred fra Kvitura",
            "brann eller eksplosjon ved smelteverket",
            "ulykke med farlig gods på Gjølmbanen",
            "langvarig bortfall av strøm og elektronisk kommunikasjon"]),
    ("h2", "8.1 Flom"),
    ("p", "Ved en 200-årsflom i Gjølma ligger 310 bygninger innenfor flomsonen, hvorav 160 "
          "boliger. Ved flommen i juni 2013 ble 42 boliger skadet, og riksveien gjennom dalen var "
          "stengt i fire døgn. Flomvollen i Bergøra sentrum er dimensjonert for en 100-årsflom."),
    ("h2", "8.2 Skred"),
    ("p", "Det ustabile fjellpartiet på Kvitura er anslått til om lag 2 millioner kubikkmeter og "
          "overvåkes av NVE. Innenfor faresonen ligger 14 boliger og deler av Lisletta skole. "
          "I tillegg er flere sidebekker utsatt for jord- og flomskred ved kraftig nedbør."),
    ("h2", "8.3 Beredskap"),
    ("p", "Kommunens beredskapsplan ble revidert i 2023. Kriseledelsen øvde i november 2023 på et "
          "scenario med farlig gods på jernbanen sammen med Bane NOR, Forsvaret og smelteverkets "
          "industrivern. Bergøra helsetun har reservestrøm, mens Grytøyr omsorgssenter ikke har "
          "det. Forsvaret på Tjørnmoen har en avtale om å bistå kommunen ved store hendelser."),
    ("h2", "8.4 Kritisk infrastruktur"),
    ("p", "Gjølmbanen og riksveien gjennom dalen er de eneste forbindelsene ut av kommunen mot "
          "Tindvik. Ved stengt vei og bane kan deler av kommunen bli isolert. Bergøra vannverk "
          "forsyner 8 100 innbyggere og har ikke reservevannkilde. Mobildekningen er svak i deler "
          "av Øvre Gjølm og på Tjørnvidda."),
    ("box", "Verdt å merke seg",
     "14 boliger og deler av Lisletta skole ligger i faresonen for fjellskred, og 160 boliger "
     "ligger i flomsonen for en 200-årsflom i Gjølma."),

    ("h1", "9 Nasjonale og regionale føringer"),
    ("p", "Regjeringens nasjonale forventninger til regional og kommunal planlegging 2023–2027 "
          "legger vekt på et bærekraftig og sosialt bærekraftig samfunn, klima- og miljøvennlig "
          "utvikling, samfunnssikkerhet og en aktiv distriktspolitikk. Forventningene om "
          "klimatilpasning, jordvern og tilgang på arbeidskraft er særlig relevante for Kvitbergan."),
    ("ul", ["Regional plan for Tjørnvidda villreinområde (2019) fastsetter et nasjonalt "
            "villreinområde der nye større tekniske inngrep skal unngås.",
            "Regional plan for klima og energi i Innfjell 2022–2030 sier at vindkraft skal "
            "lokaliseres der det er minst konflikt med natur, villrein og reiseliv.",
            "Innfjell fylkeskommunes regionale planstrategi 2024–2028 prioriterer kompetanse, "
            "helsepersonell og klimatilpasning.",
            "Statsforvalteren i Innfjell har i sine innspill lagt vekt på jordvern, flomsikring "
            "og byggegrense langs vassdrag."]),

    ("p", "Fylkeskommunen og statsforvalteren har i oppstartsmøtet om planstrategien bedt kommunen "
          "om å avklare forholdet mellom samfunnsdelens mål om vekst og SSBs framskrivinger, og om å "
          "vurdere om målet om 10 800 innbyggere i 2032 fortsatt er realistisk."),
    ("p", "Plan- og bygningsloven § 10-1 krever at kommunestyret minst én gang i hver valgperiode, "
          "og senest innen ett år etter konstituering, vedtar en kommunal planstrategi. Den skal "
          "drøfte kommunens strategiske valg knyttet til samfunnsutvikling, arealbruk, miljø og "
          "sektorenes virksomhet, og vurdere kommunens planbehov i valgperioden."),
    ("h1", "10 Oppsummering"),
    ("p", "Kunnskapsgrunnlaget viser en kommune med et stabilt arbeidsmarked, men med nedgang i "
          "folketallet og en raskt aldrende befolkning. De viktigste utviklingstrekkene er:"),
    ("ul", ["Folketallet ventes å falle til 10 050 i 2040, mens antallet over 80 år nesten dobles.",
            "Næringslivet er avhengig av smelteverket, og det er mangel på fagarbeidere.",
            "Helse og omsorg har høyt sykefravær, ubesatte sykepleierstillinger og to ledige "
            "fastlegehjemler.",
            "Økonomien er stram: to av tre handlingsregler er ikke oppfylt.",
            "Flom og fjellskred er de største naturfarene, og klimaendringene øker risikoen.",
            "Spørsmålet om vindkraft på Tjørnvidda er ikke avklart."]),
]


def nb(text: str) -> str:
    """No line break inside a number («10 480») or before «%»."""
    text = re.sub(r"(\d) (\d{3})\b", "\\1\xa0\\2", text)
    text = re.sub(r"(\d) (\d{3})\b", "\\1\xa0\\2", text)
    return text.replace(" %", "\xa0%")


# =====================================================================================
# PDF
# =====================================================================================


def render_pdf(path: Path) -> int:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Frame, KeepTogether,
                                    NextPageTemplate, PageBreak, PageTemplate, Paragraph, Spacer)

    shared.deterministic_pdf()
    W, H = A4
    lm, rm, tm, bm = 20 * mm, 18 * mm, 24 * mm, 20 * mm
    full = W - lm - rm
    side_w = 40 * mm
    body_w = full - side_w

    slate = colors.HexColor("#2E3F58")
    ice = colors.HexColor("#E6EEF5")
    rust = colors.HexColor("#A4452C")
    grey = colors.HexColor("#5A5F66")

    body = ParagraphStyle("kv-body", fontName="Helvetica", fontSize=9.8, leading=13.6,
                          alignment=TA_LEFT)
    side = ParagraphStyle("kv-side", fontName="Helvetica-Bold", fontSize=8.6, leading=11.5,
                          textColor=rust)
    item = ParagraphStyle("kv-item", parent=body, leftIndent=10, bulletIndent=0, spaceBefore=1.5)
    kap_n = ParagraphStyle("kv-kapn", fontName="Helvetica-Bold", fontSize=30, leading=34,
                           textColor=colors.white)
    kap_t = ParagraphStyle("kv-kapt", fontName="Helvetica-Bold", fontSize=20, leading=24,
                           textColor=colors.white)
    sat_t = ParagraphStyle("kv-satt", fontName="Helvetica-Bold", fontSize=12.5, leading=16,
                           textColor=slate)
    goal_l = ParagraphStyle("kv-goall", fontName="Helvetica-Bold", fontSize=9, leading=12,
                            textColor=colors.white)
    goal_t = ParagraphStyle("kv-goalt", fontName="Helvetica-Oblique", fontSize=10.5, leading=14,
                            textColor=slate)
    cell = ParagraphStyle("kv-cell", fontName="Helvetica", fontSize=8.8, leading=11.6)
    cell_h = ParagraphStyle("kv-cellh", parent=cell, fontName="Helvetica-Bold",
                            textColor=colors.white)
    cap = ParagraphStyle("kv-cap", fontName="Helvetica-Bold", fontSize=8.8, leading=12,
                         textColor=slate, spaceAfter=2)
    vision = ParagraphStyle("kv-vision", fontName="Times-BoldItalic", fontSize=18, leading=23,
                            textColor=slate)
    fact_t = ParagraphStyle("kv-factt", fontName="Helvetica-Bold", fontSize=8.4, leading=11,
                            textColor=colors.white)
    fact_b = ParagraphStyle("kv-factb", fontName="Helvetica", fontSize=8, leading=10.5)

    doc = BaseDocTemplate(str(path), pagesize=A4, leftMargin=lm, rightMargin=rm, topMargin=tm,
                          bottomMargin=bm, title=f"{PDF_TITLE} – {NAME} kommune (fiktiv)",
                          author=f"{NAME} kommune (fiktiv)", subject="Eksempeldata, fiktiv kommune")

    def page(canv, d):
        canv.saveState()
        canv.setFont("Helvetica", 7.8)
        canv.setFillColor(grey)
        canv.drawString(lm, H - 13 * mm, f"{NAME.upper()} KOMMUNE")
        canv.drawRightString(W - rm, H - 13 * mm, PDF_TITLE)
        canv.setStrokeColor(slate)
        canv.setLineWidth(0.6)
        canv.line(lm, H - 15 * mm, W - rm, H - 15 * mm)
        canv.line(lm + side_w - 4 * mm, bm - 4 * mm, lm + side_w - 4 * mm, H - tm)
        canv.drawString(lm, 11 * mm, ADOPTED)
        canv.setFont("Helvetica-Bold", 9)
        canv.drawRightString(W - rm, 11 * mm, str(d.page))
        canv.restoreState()

    def cover(canv, d):
        canv.saveState()
        canv.setFillColor(slate)
        canv.rect(0, H * 0.42, W, H * 0.58, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        # a stylised mountain ridge
        p = canv.beginPath()
        p.moveTo(0, H * 0.42)
        for x, y in [(0.18, 0.55), (0.3, 0.49), (0.47, 0.66), (0.6, 0.52), (0.78, 0.61), (1.0, 0.47)]:
            p.lineTo(W * x, H * y)
        p.lineTo(W, H * 0.42)
        p.close()
        canv.setFillColor(ice)
        canv.drawPath(p, stroke=0, fill=1)
        canv.restoreState()

    frame = Frame(lm, bm, full, H - tm - bm, id="main", leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)
    cover_frame = Frame(lm, bm, full, H - bm - 25 * mm, id="cover", leftPadding=0, rightPadding=0)
    doc.addPageTemplates([PageTemplate("cover", [cover_frame], onPage=cover),
                          PageTemplate("page", [frame], onPage=page)])

    story = shared.spaced(
        8 * mm,
        Paragraph(f"{NAME.upper()} KOMMUNE", ParagraphStyle(
            "c1", fontName="Helvetica-Bold", fontSize=12, leading=15, textColor=ice)),
        8 * mm,
        Paragraph("Kommuneplanens samfunnsdel<br/>2020–2032", ParagraphStyle(
            "c2", fontName="Helvetica-Bold", fontSize=32, leading=38, textColor=colors.white)),
        5 * mm,
        Paragraph("Kraft i dalen, plass til alle", ParagraphStyle(
            "c3", fontName="Times-Italic", fontSize=16, leading=20, textColor=ice)),
        118 * mm,
        Paragraph(ADOPTED, ParagraphStyle("c4", fontName="Helvetica-Bold", fontSize=11,
                                          leading=14, textColor=slate)),
        6 * mm,
    )
    story.append(shared.styled_table(
        [[Paragraph(NOTICE_TITLE, ParagraphStyle("n1", fontName="Helvetica-Bold", fontSize=10,
                                                 leading=13, textColor=rust))],
         [Paragraph(NOTICE, ParagraphStyle("n2", fontName="Helvetica", fontSize=8.8, leading=11.5))]],
        [full * 0.7], [("BOX", (0, 0), (-1, -1), 0.8, rust), ("BACKGROUND", (0, 0), (-1, -1), ice),
                       *shared.padding(left=8, right=8, top=5, bottom=5)], hAlign="LEFT"))
    story += [NextPageTemplate("page"), PageBreak()]

    row_cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                *shared.padding(left=0, right=0, top=0, bottom=7),
                ("RIGHTPADDING", (0, 0), (0, -1), 8)]

    def row(left, right):
        return shared.styled_table([[left, right]], [side_w, body_w], row_cmds, hAlign="LEFT")

    first = True
    for el in SAMFUNNSDEL:
        kind = el[0]
        if kind == "kap":
            if not first:
                story.append(PageBreak())
            first = False
            band = shared.styled_table(
                [[Paragraph(el[1], kap_n), Paragraph(el[2], kap_t)]], [side_w, body_w],
                [("BACKGROUND", (0, 0), (-1, -1), slate), ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                 *shared.padding(left=8, right=8, top=10, bottom=8)], hAlign="LEFT")
            story += [band, Spacer(1, 7 * mm)]
        elif kind == "side":
            story.append(row(Paragraph(el[1], side), Paragraph(nb(el[2]), body)))
        elif kind == "p":
            story.append(row("", Paragraph(nb(el[1]), body)))
        elif kind == "list":
            _, label, intro, items = el
            flows = [Paragraph(nb(intro), body)] + [Paragraph(nb(t), item, bulletText="–")
                                                    for t in items]
            story.append(row(Paragraph(label, side), flows))
        elif kind == "facts":
            _, title, lines, text = el
            box = shared.styled_table(
                [[Paragraph(title, fact_t)]] + [[Paragraph(nb(t), fact_b)] for t in lines],
                [side_w - 8], [("BACKGROUND", (0, 0), (-1, 0), rust),
                               ("BACKGROUND", (0, 1), (-1, -1), ice),
                               *shared.padding(left=4, right=4, top=3, bottom=3)])
            story.append(row(box, Paragraph(nb(text), body)))
        elif kind == "vision":
            panel = shared.styled_table(
                [[Paragraph(el[1], vision)]], [body_w],
                [("LINEBEFORE", (0, 0), (0, -1), 4, rust), ("BACKGROUND", (0, 0), (-1, -1), ice),
                 *shared.padding(left=12, right=10, top=12, bottom=14)])
            story.append(row(Paragraph("Visjon", side), panel))
        elif kind == "goals":
            cards = [[Paragraph(lab, goal_l), Paragraph(nb(t), goal_t)] for lab, t in el[1]]
            story.append(row("", shared.styled_table(
                cards, [24 * mm, body_w - 24 * mm],
                [("BACKGROUND", (0, 0), (0, -1), slate), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                 ("LINEBELOW", (0, 0), (-1, -1), 3, colors.white),
                 ("BACKGROUND", (1, 0), (1, -1), ice),
                 *shared.padding(left=6, right=6, top=6, bottom=6)])))
        elif kind == "sat":
            story += [CondPageBreak(70 * mm), Spacer(1, 2 * mm), shared.styled_table(
                [[Paragraph(f"SATSINGS-<br/>OMRÅDE {el[1]}", side), Paragraph(el[2], sat_t)]],
                [side_w, body_w], [("LINEABOVE", (0, 0), (-1, 0), 1.6, slate),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   *shared.padding(left=0, right=0, top=5, bottom=6)],
                hAlign="LEFT")]
        elif kind == "matrix":
            rows = [[Paragraph("", cell_h), Paragraph("Delmål – dette vil vi oppnå", cell_h),
                     Paragraph("Strategier – slik gjør vi det", cell_h)]]
            for code, goal, strategies in el[1]:
                rows.append([Paragraph(code, ParagraphStyle("code", parent=cell,
                                                            fontName="Helvetica-Bold",
                                                            textColor=rust)),
                             Paragraph(nb(goal), cell),
                             [Paragraph(nb(s), cell, bulletText="•") for s in strategies]])
            cw = [12 * mm, (full - 12 * mm) * 0.42, (full - 12 * mm) * 0.58]
            story += [shared.styled_table(
                rows, cw, [("BACKGROUND", (0, 0), (-1, 0), slate),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LINEBELOW", (0, 1), (-1, -1), 0.4, colors.HexColor("#B9C4D0")),
                           ("BACKGROUND", (1, 1), (1, -1), ice),
                           *shared.padding(left=4, right=4, top=4, bottom=4)],
                hAlign="LEFT", repeatRows=1), Spacer(1, 6 * mm)]
        elif kind == "table":
            _, caption, rows_, widths = el
            t = shared.data_table([[nb(c) for c in r] for r in rows_], [body_w * w for w in widths],
                                  cell_h, cell,
                                  [("BACKGROUND", (0, 0), (-1, 0), slate),
                                   ("LINEBELOW", (0, 1), (-1, -1), 0.4, colors.HexColor("#B9C4D0")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   *shared.padding(left=4, right=4, top=3, bottom=3)])
            story.append(KeepTogether([row(Paragraph("Tabell", side),
                                           [Paragraph(caption, cap), t]), Spacer(1, 3 * mm)]))
        else:
            raise ValueError(kind)
    doc.build(story)
    return shared.pdf_page_count(path)


# =====================================================================================
# DOCX
# =====================================================================================


def render_docx(path: Path) -> None:
    from docx.enum.table import WD_TABLE_ALIGNMENT

    doc = shared.new_docx(f"Kunnskapsgrunnlag 2024 – {NAME} kommune (fiktiv)",
                          f"{NAME} kommune (fiktiv)", "Eksempeldata, fiktiv kommune", "2024-09-10")
    shared.add_run_paragraph(doc, f"{NAME.upper()} KOMMUNE", bold=True, size=10, color="A4452C")
    doc.add_heading("Kunnskapsgrunnlag 2024", level=0)
    shared.add_run_paragraph(doc, "Kommunens situasjon og utviklingstrekk – grunnlag for kommunal "
                                  "planstrategi 2024–2027", bold=True, size=12.5, color="2E3F58")
    p = doc.add_paragraph()
    shared.add_run(p, NOTICE_TITLE + ". ", bold=True, color="A4452C")
    shared.add_run(p, NOTICE, italic=True, color="5A5F66")
    shared.add_run_paragraph(doc, "Utarbeidet av kommunedirektøren, datert 10. september 2024.",
                             size=10, color="5A5F66")

    shade = shared.shade_cell

    def table(d, caption: str, rows: list[list[str]], source: str) -> None:
        shared.add_run_paragraph(d, caption, bold=True, size=9.5, color="2E3F58")
        t = d.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Light Grid Accent 1"
        t.alignment = WD_TABLE_ALIGNMENT.LEFT
        for i, r in enumerate(rows):
            for j, value in enumerate(r):
                t.cell(i, j).text = value
        shared.add_run_paragraph(d, source, italic=True, size=8.5, color="5A5F66")

    def box(d, title: str, text: str) -> None:
        t = d.add_table(rows=1, cols=1)
        t.style = "Table Grid"
        c = t.cell(0, 0)
        shade(c, "E6EEF5")
        shared.add_run(c.paragraphs[0], title, bold=True, color="A4452C")
        shared.add_run(c.add_paragraph(), text)
        d.add_paragraph()

    shared.add_docx_elements(doc, KUNNSKAPSGRUNNLAG, {"table": table, "box": box})
    shared.save_docx(doc, path, fixed_day="2024-09-10")


def main() -> None:
    pages = render_pdf(PDF_PATH)
    render_docx(DOCX_PATH)
    shared.finish_fictional(NAME, pages,
                            (PDF_PATH, PDF_TITLE, "2020-06-11", SAMFUNNSDEL),
                            (DOCX_PATH, "Kunnskapsgrunnlag 2024", "2024-09-10", KUNNSKAPSGRUNNLAG))


if __name__ == "__main__":
    main()
