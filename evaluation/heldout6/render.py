"""Render the sixth held-out example municipality «Hegrenes kommune» (fictional regional town).

Writes, next to this file:
  hegrenes-samfunnsdel.pdf (+ .meta.json)        – reportlab platypus, in the style of a town's
      printed plan: LANDSCAPE A4; a cover page with a coloured panel and the notice; a separate
      table-of-contents page with page numbers; every part starts on a new page with a full-width
      heading «Del 3 – Satsingsområder» and an italic lead; the body is set in TWO COLUMNS of
      ragged-right serif text (no hyphenation); pull quotes, a sidebar box with key figures, a
      vision panel, goal labels («A1», «B2») in a narrow label column, «»» strategy lists and two
      tables; a running HEADER (no footer) with the plan title, the adoption date and «side N»
  hegrenes-kunnskapsgrunnlag.docx (+ .meta.json) – python-docx, numbered Heading 1/2 («2.1 …»),
      captions UNDER the tables with a source line, shaded one-cell «Kort oppsummert» boxes,
      bullet lists

Hegrenes kommune does not exist. Every name, place, firm, figure and decision below is invented
test data, written independently of the product, its demo municipality and the earlier held-out
sets. Run:  .venv/bin/python evaluation/heldout6/render.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

import evaluation.heldout_render as shared  # noqa: E402

PDF_PATH = HERE / "hegrenes-samfunnsdel.pdf"
DOCX_PATH = HERE / "hegrenes-kunnskapsgrunnlag.docx"

NOTICE_TITLE = "Eksempeldata – fiktiv kommune"
NOTICE = ("Hegrenes kommune finnes ikke. Dokumentet er laget som testmateriale for en uavhengig "
          "evaluering av Samspill. Alle navn, steder, bedrifter, institusjoner, tall og vedtak er "
          "oppdiktet. Eventuell likhet med virkelige kommuner, steder eller personer er tilfeldig.")

PDF_TITLE = "Kommuneplanens samfunnsdel 2022–2034"
ADOPTED = "Vedtatt i bystyret 16.06.2022, sak 41/22"

# ---------------------------------------------------------------------------------------------
# Samfunnsdelen (PDF). Kinds:
#   ("del", number, title, lead)          new page, full-width heading «Del N – title» and lead
#   ("h2", text)                          numbered sub-heading in the column («3.1 …»)
#   ("p", text)                           body paragraph
#   ("bullets", intro, [items])           «»» list with an intro line
#   ("goals", title, [(label, text)])     labelled goals («A1», «Hovedmål 1») in a label column
#   ("pull", quote, source)               pull quote with a source line
#   ("box", title, [lines])               sidebar box with key figures
#   ("vision", text)                      the vision panel
#   ("table", caption, rows, widths)      data table in the column
# ---------------------------------------------------------------------------------------------

SAMFUNNSDEL = [
    ("del", "1", "Innledning",
     "Samfunnsdelen viser hvor bystyret vil at Hegrenes skal gå de neste tolv årene, og hvordan "
     "kommunen som organisasjon skal bidra."),
    ("h2", "1.1 Hva samfunnsdelen er"),
    ("p", "Kommuneplanens samfunnsdel er Hegrenes kommunes øverste styringsdokument for utviklingen "
          "av byen, bygdene og kommuneorganisasjonen. Den gjelder for perioden 2022–2034 og "
          "erstatter samfunnsdelen fra 2014. Planen skal legges til grunn for kommuneplanens "
          "arealdel, for kommunedelplaner og temaplaner og for den årlige handlings- og "
          "økonomiplanen. Samfunnsdelen ble vedtatt av bystyret 16. juni 2022 i sak 41/22."),
    ("h2", "1.2 Slik ble planen til"),
    ("p", "Bystyret fastsatte planprogrammet i juni 2021. Arbeidet startet med to politiske "
          "verksteder for hele bystyret, i oktober 2021 og i januar 2022. På det første verkstedet "
          "diskuterte representantene kunnskapsgrunnlaget og den gamle samfunnsdelen i "
          "tverrpolitiske grupper. På det andre ble forslag til visjon, hovedmål og "
          "satsingsområder drøftet. Ungdomsrådet, eldrerådet, rådet for personer med "
          "funksjonsnedsettelse og studentparlamentet ved høgskolen holdt egne møter om planen."),
    ("p", "Gjennom en digital innspillsportal kom det inn 1 340 innspill fra innbyggerne. "
          "Planforslaget lå ute til høring fra 14. februar til 4. april 2022, og det kom inn 51 "
          "høringsuttalelser, blant annet fra Vidmark fylkeskommune, statsforvalteren, høgskolen, "
          "helseforetaket og nabokommunene."),
    ("h2", "1.3 Hegrenes i dag"),
    ("p", "Hegrenes er regionsenteret i den sørlige delen av Vidmark fylke. Byen ligger på et nes ut "
          "i Vålsjøen, der elva Lauvåa renner ut. Her ligger Hegrenes sykehus, Høgskolen i Hegrenes "
          "på Campus Bakkehaugen, den videregående skolen, tingretten og regionens største "
          "handelsområde. Rundt byen ligger bygdene Fløtten, Kjeldsås og Vestre Ålsrud med "
          "gårdsbruk, skog og spredt bebyggelse."),
    ("p", "Vidmarkbanen gir timesavganger til Strandholm, og reisetiden er 1 time og 10 minutter. "
          "Hegrenes har lenge vært et industristed. Da papirfabrikken Vålsjø Fiber ble lagt ned i "
          "2016, forsvant 340 arbeidsplasser. Det gamle fabrikkområdet Sjøtangen er nå under "
          "omforming til en ny bydel med boliger, næring og en offentlig strandpromenade."),
    ("box", "Hegrenes i tall (1. januar 2022)", [
        "Innbyggere: 27 098",
        "Studenter ved Høgskolen i Hegrenes: 4 100",
        "Arbeidsplasser i kommunen: 14 900",
        "Daglige innpendlere: 5 200",
        "Landareal: 412 km²",
        "Tog til Strandholm: 1 time og 10 minutter",
    ]),
    ("h2", "1.4 Hovedutfordringer"),
    ("bullets", "Kunnskapsgrunnlaget for planen pekte på fem utfordringer som bystyret ønsket at "
                "planen skulle svare på:", [
        "Befolkningen vokser, men veksten kommer nesten bare fra innvandring, og fødselstallene "
        "faller.",
        "Mange studenter flytter fra byen når de er ferdige med utdanningen, selv om arbeidslivet "
        "i regionen mangler folk med høyere utdanning.",
        "Antallet innbyggere over 80 år vil nesten dobles fram mot 2040, samtidig som det blir "
        "vanskeligere å rekruttere helsepersonell.",
        "Sentrum har tapt handel til kjøpesenteret på Lauvåsmoen, og mange lokaler i Storgata "
        "står tomme.",
        "Klimaendringene gir mer flom i Lauvåa og mer overvann i byen ved kraftig regn.",
    ]),
    ("pull", "«Vi vil ha en by som lever også etter klokka fem.»",
     "Ungdomsrådet i Hegrenes, innspill til planen"),
    ("h2", "1.5 Hva innbyggerne sa"),
    ("p", "I innspillsportalen var et levende sentrum det temaet flest skrev om, fulgt av gang- og "
          "sykkelveier, tilbudet til eldre og boliger for unge. Ungdomsrådet ba om flere "
          "møteplasser der en ikke må kjøpe noe, og om bedre kveldsbusser fra bygdene. "
          "Studentparlamentet pekte på at mange studenter ikke får hybel det første studieåret, og "
          "at få får en relevant deltidsjobb i byen. Fra bygdene kom det innspill om å ta vare på "
          "skolene og butikkene og om bedre mobildekning."),

    ("del", "2", "Visjon og hovedmål",
     "Visjonen og hovedmålene er planens lange linjer. De skal ligge fast gjennom hele "
     "planperioden, også når satsingsområdene endres."),
    ("vision", "«Hegrenes – kunnskapsbyen ved Vålsjøen»"),
    ("h2", "2.1 Om visjonen"),
    ("p", "Visjonen sier at kunnskap skal være det som kjennetegner Hegrenes: en by med høgskole og "
          "sykehus, der folk kan ta utdanning, finne arbeid og bli boende. Vålsjøen står for "
          "naturen, friluftslivet og historien som byen er bygd på. Visjonen gjelder både for "
          "Hegrenes som lokalsamfunn og for kommunen som organisasjon."),
    ("h2", "2.2 Fire hovedmål"),
    ("goals", "Bystyret har vedtatt fire hovedmål:", [
        ("Hovedmål 1", "<b>En by i vekst.</b> Hegrenes skal ha 30 000 innbyggere i 2034 og være "
                       "et attraktivt regionsenter for hele Sør-Vidmark."),
        ("Hovedmål 2", "<b>Kunnskap som skaper arbeid.</b> Flere skal ta høyere utdanning og "
                       "finne relevant arbeid i regionen, og høgskolen, sykehuset og "
                       "næringslivet skal utvikle byen sammen."),
        ("Hovedmål 3", "<b>Gode liv for alle.</b> Innbyggerne skal ha gode levekår og mestre "
                       "eget liv, uansett alder, bakgrunn og bosted."),
        ("Hovedmål 4", "<b>En grønn og robust by.</b> Klimagassutslippene skal halveres innen "
                       "2030 sammenlignet med 2009, og byen skal være forberedt på et våtere og "
                       "villere klima."),
    ]),
    ("h2", "2.3 Gjennomgående perspektiver"),
    ("p", "Tre perspektiver skal ligge til grunn for alt arbeid med planen. <b>Folkehelse:</b> "
          "tiltak skal vurderes ut fra hvordan de påvirker helse og sosial ulikhet. "
          "<b>Bærekraft:</b> FNs bærekraftsmål er rammen for planen, og kommunen har valgt ut mål "
          "3, 4, 11 og 13 som særlig viktige for Hegrenes. <b>Regional rolle:</b> Hegrenes skal "
          "samarbeide med nabokommunene Ulvåker og Breidmark og ta et ansvar som regionsenter."),
    ("p", "Bystyret la vekt på at hovedmålene skal gi retning, men ikke binde opp hvert enkelt "
          "budsjett. Hvilke tiltak som skal prioriteres innenfor målene, avgjøres i handlings- og "
          "økonomiplanen hvert år."),
    ("h2", "2.4 Hvordan målene henger sammen"),
    ("p", "Hovedmålene trekker i samme retning, men det finnes også spenninger mellom dem. Vekst i "
          "folketall og arbeidsplasser gir behov for nye boliger og næringsarealer, mens målet om en "
          "grønn by og vernet av matjorda setter grenser for hvor det kan bygges. Bystyret har "
          "derfor valgt å la fortetting i sentrum og på Sjøtangen ta det meste av veksten. "
          "Satsingsområdene i del 3 viser hvor innsatsen skal settes inn i denne valgperioden."),

    ("del", "3", "Satsingsområder",
     "Bystyret har valgt fire satsingsområder for planperioden. For hvert av dem er det satt opp "
     "delmål og strategier. Satsingsområdene skal vurderes på nytt i hver valgperiode."),
    ("h2", "3.1 Satsingsområde A – Studentbyen"),
    ("p", "Høgskolen i Hegrenes er en av de største arbeidsplassene i byen og gir Hegrenes en ung "
          "befolkning i studieårene. Likevel flytter de fleste ut etter endt utdanning. Av "
          "kandidatene som ble uteksaminert i 2019, bodde bare 34 prosent i regionen to år etter. "
          "Samtidig mangler sykehuset, kommunen og næringslivet sykepleiere, lærere og ingeniører."),
    ("goals", "Delmål for satsingsområde A:", [
        ("A1", "Minst 45 prosent av kandidatene fra høgskolen skal bo og arbeide i regionen to år "
               "etter at de er ferdige."),
        ("A2", "Det skal finnes 1 000 studentboliger innen 2030."),
        ("A3", "Alle studenter som ønsker det, skal få tilbud om praksisplass eller deltidsjobb i "
               "kommunen eller hos lokale arbeidsgivere."),
    ]),
    ("bullets", "Strategier – kommunen skal:", [
        "samarbeide med høgskolen og studentsamskipnaden om nye studentboliger nær Campus "
        "Bakkehaugen og i sentrum",
        "opprette et traineeprogram for nyutdannede sammen med sykehuset og næringslivet",
        "gi studentene gratis buss mellom campus og sentrum",
        "arbeide for at høgskolen får nye studietilbud innen teknologi og helse",
        "markedsføre Hegrenes som studieby nasjonalt, sammen med høgskolen",
    ]),
    ("pull", "«Studentene er byens største ubrukte ressurs.»",
     "Studentparlamentet ved Høgskolen i Hegrenes"),
    ("h2", "3.2 Satsingsområde B – Et levende sentrum"),
    ("p", "Sentrum har mistet handel og arbeidsplasser de siste tiårene. Mange butikklokaler i "
          "Storgata står tomme, og om kvelden er det lite liv i gatene. Samtidig er sentrum det "
          "området der det er lettest å gå, sykle og reise kollektivt, og der ny boligbygging gir "
          "minst bilbruk og minst nedbygging av jord."),
    ("goals", "Delmål for satsingsområde B:", [
        ("B1", "Minst 60 prosent av nye boliger skal bygges innenfor sentrumssonen."),
        ("B2", "Det skal bygges i gjennomsnitt 180 nye boliger i året."),
        ("B3", "Sjøtangen skal utvikles til en bydel med om lag 1 400 boliger og en offentlig "
               "strandpromenade."),
        ("B4", "Andelen reiser til fots, med sykkel og med kollektivtransport skal øke fra 39 til "
               "50 prosent."),
    ]),
    ("bullets", "Strategier – kommunen skal:", [
        "samle offentlige arbeidsplasser, kultur og service i sentrum",
        "ikke tillate ny handel med dagligvarer og klær utenfor sentrum og Lauvåsmoen",
        "gjøre Torget og den nedre delen av Storgata bilfri",
        "bruke utbyggingsavtaler til å sikre gode uterom, møteplasser og en andel rimelige boliger",
        "samarbeide med gårdeiere og handelsstanden om å fylle tomme lokaler med midlertidig bruk",
    ]),
    ("h2", "3.3 Satsingsområde C – Helse og mestring hele livet"),
    ("p", "Antallet innbyggere over 80 år vil nesten dobles fram mot 2040. Dersom tjenestene skal "
          "gis på samme måte som i dag, vil kommunen trenge langt flere ansatte enn det er "
          "realistisk å rekruttere. Derfor må flere få hjelp til å klare seg selv, og mer av "
          "tjenestene må gis i hjemmet."),
    ("goals", "Delmål for satsingsområde C:", [
        ("C1", "Flere eldre skal kunne bo i eget hjem så lenge de ønsker og det er forsvarlig."),
        ("C2", "Alle hjemmeboende over 75 år skal få tilbud om et forebyggende hjemmebesøk."),
        ("C3", "Kommunen skal redusere bruken av deltid og ha en heltidskultur i helse og omsorg."),
        ("C4", "Ventetiden for rehabilitering skal ikke være lengre enn fire uker."),
    ]),
    ("bullets", "Strategier – kommunen skal:", [
        "bygge ut hverdagsrehabilitering og velferdsteknologi i alle hjemmetjenestedistriktene",
        "bygge omsorgsboliger med heldøgns bemanning i sentrum, nær handel og tjenester",
        "utdanne egne ansatte gjennom desentralisert sykepleierutdanning i samarbeid med "
        "høgskolen",
        "styrke samarbeidet med frivilligheten og Frivilligsentralen om aktiviteter mot ensomhet",
    ]),
    ("h2", "3.4 Satsingsområde D – Oppvekst og inkludering"),
    ("p", "De fleste barn og unge i Hegrenes har det godt, men levekårsforskjellene mellom "
          "bydelene er store. I Nordbyen bor nesten dobbelt så mange barn i familier med lav "
          "inntekt som i resten av kommunen. Mange innvandrere står utenfor arbeidslivet, og for få "
          "ungdommer fullfører videregående opplæring."),
    ("goals", "Delmål for satsingsområde D:", [
        ("D1", "Minst 85 prosent av elevene skal fullføre videregående opplæring innen fem år."),
        ("D2", "Andelen barn som vokser opp i familier med vedvarende lav inntekt, skal ned."),
        ("D3", "Minst 70 prosent av deltakerne i introduksjonsprogrammet skal være i arbeid eller "
               "utdanning ett år etter programmet."),
        ("D4", "Alle barn skal ha mulighet til å delta i minst én fritidsaktivitet."),
    ]),
    ("bullets", "Strategier – kommunen skal:", [
        "gi gratis kjernetid i barnehage og aktivitetskort til barn i familier med lav inntekt",
        "etablere et familiens hus i Nordbyen med helsestasjon, PPT og barnevern samlet",
        "samarbeide med NAV og lokale arbeidsgivere om språkpraksis og arbeidstrening",
        "åpne skolene som møteplasser for lag og foreninger etter skoletid",
    ]),

    ("del", "4", "Arealstrategi",
     "Arealstrategien viser de lange linjene for hvordan arealene i Hegrenes skal brukes. Den "
     "legges til grunn når kommuneplanens arealdel revideres."),
    ("h2", "4.1 Sentrumssonen"),
    ("p", "Sentrumssonen omfatter området innenfor en gangavstand på om lag 1,5 kilometer fra "
          "jernbanestasjonen, medregnet Sjøtangen og Campus Bakkehaugen. Her skal det bygges tett "
          "og med høy kvalitet. Nye boliger i sentrumssonen skal ha kort vei til grøntområder og "
          "en trygg skolevei."),
    ("h2", "4.2 Bygdene"),
    ("p", "Fløtten, Kjeldsås og Vestre Ålsrud skal ha en moderat vekst som bidrar til å holde oppe "
          "skole, butikk og lagsliv. Ny boligbygging i bygdene skal i hovedsak skje som fortetting "
          "nær skolene. Det tillates ikke nye boligfelt på dyrka mark."),
    ("h2", "4.3 Jordvern"),
    ("p", "Hegrenes har noe av den beste matjorda i fylket. Dyrka mark skal som hovedregel ikke "
          "omdisponeres. Unntak kan bare gjøres for samfunnsviktige formål der det ikke finnes "
          "andre gode alternativer, og tapet skal da kompenseres med nydyrking der det er mulig."),
    ("h2", "4.4 Næringsareal"),
    ("p", "Nye arealkrevende virksomheter skal lokaliseres til Lauvåsmoen næringspark, som har om "
          "lag 260 dekar ledig regulert areal. Kontorarbeidsplasser og publikumsrettet virksomhet "
          "skal ligge i sentrum. Kommunen skal ha en tomtereserve som gjør det mulig å svare raskt "
          "på henvendelser fra nye virksomheter."),
    ("h2", "4.5 Vålsjøen og grønnstrukturen"),
    ("p", "Langs Vålsjøen gjelder en byggegrense på 100 meter, med unntak av Sjøtangen og "
          "eksisterende havneområder. Turveien langs Lauvåa, Blåstien, skal forlenges fra sentrum "
          "til Fløtten. Grøntområdene rundt Bakkehaugen og Lauvåsskogen skal ikke bygges ned."),
    ("h2", "4.6 Klimatilpasning"),
    ("p", "Det skal ikke bygges nye bygg for varig opphold i flomsonen for en 200-årsflom i Lauvåa. "
          "Ved all utbygging skal overvann håndteres lokalt med åpne løsninger, slik at vannet "
          "fordrøyes før det når ledningsnettet."),
    ("h2", "4.7 Samferdsel og knutepunkt"),
    ("p", "Jernbanestasjonen skal utvikles til et knutepunkt der tog, regionbusser og bybuss møtes. "
          "Nye større arbeidsplasser og besøksintensive funksjoner skal ligge innenfor ti minutters "
          "gange fra stasjonen. Kommunen vil arbeide for en omkjøringsvei for tungtrafikken rundt "
          "sentrum, slik at trafikken på riksveien gjennom byen kan reduseres."),
    ("table", "Tabell 1. Fordeling av nye boliger fram til 2034", [
        ["Område", "Andel", "Omtrentlig antall"],
        ["Sentrumssonen, medregnet Sjøtangen", "60 %", "1 300"],
        ["Bakkehaugen og Nordbyen utenfor sentrumssonen", "20 %", "430"],
        ["Lienga", "10 %", "220"],
        ["Fløtten, Kjeldsås og Vestre Ålsrud", "10 %", "210"],
        ["Sum", "100 %", "2 160"],
    ], [0.58, 0.16, 0.26]),

    ("del", "5", "Oppfølging",
     "Samfunnsdelen blir bare viktig hvis den brukes. Denne delen viser hvordan planen skal følges "
     "opp, og hvem som har ansvaret."),
    ("h2", "5.1 Handlings- og økonomiplanen"),
    ("p", "Samfunnsdelen følges opp gjennom handlings- og økonomiplanen, som bystyret vedtar hvert "
          "år i desember. Handlingsdelen skal vise hvilke tiltak som skal gjennomføres innenfor "
          "hvert satsingsområde de neste fire årene, og hva tiltakene koster. Alle saksframlegg til "
          "bystyret og formannskapet skal ha et eget avsnitt om hvordan saken påvirker målene i "
          "samfunnsdelen."),
    ("h2", "5.2 Ledergruppens ansvar"),
    ("p", "Kommunedirektøren og ledergruppen har ansvar for at satsingsområdene blir konkretisert i "
          "virksomhetsplanene for hver sektor. Hver kommunalsjef skal hvert år legge fram for "
          "ledergruppen hva samfunnsdelen betyr for egen sektor, og hvilke planer som må "
          "revideres."),
    ("h2", "5.3 Rapportering og rullering"),
    ("p", "Kommunedirektøren rapporterer på indikatorene i årsmeldingen. I starten av hver "
          "valgperiode skal det lages et nytt kunnskapsgrunnlag, og bystyret skal i planstrategien "
          "ta stilling til om samfunnsdelen skal videreføres, endres eller revideres. Før det skal "
          "bystyret holde et politisk verksted der gjeldende samfunnsdel og kunnskapsgrunnlaget "
          "diskuteres."),
    ("table", "Tabell 2. Indikatorer for oppfølging av samfunnsdelen", [
        ["Indikator", "Status (år)", "Mål 2034"],
        ["Folketall", "27 098 (2022)", "30 000"],
        ["Kandidater fra høgskolen bosatt i regionen etter to år", "34 % (2019-kullet)", "45 %"],
        ["Studentboliger", "820 (2022)", "1 000 (innen 2030)"],
        ["Nye boliger per år", "165 (2021)", "180"],
        ["Andel nye boliger i sentrumssonen", "48 % (2021)", "60 %"],
        ["Reiser til fots, med sykkel og kollektivt", "39 % (2020)", "50 %"],
        ["Fullført videregående innen fem år", "79 % (2021)", "85 %"],
        ["Andel over 80 år som bor hjemme", "84 % (2021)", "88 %"],
        ["Klimagassutslipp, tonn CO2-ekvivalenter", "118 000 (2009)", "59 000 (innen 2030)"],
    ], [0.52, 0.25, 0.23]),
    ("h2", "5.4 Samarbeid i regionen"),
    ("p", "Hegrenes deltar i Sør-Vidmark regionråd sammen med Ulvåker og Breidmark. Kommunen "
          "samarbeider med nabokommunene om legevakt, barnevern, renovasjon og brann og redning. "
          "Regionrådet er kommunens viktigste arena for å fremme saker overfor fylkeskommunen og "
          "staten, blant annet dobbeltspor på Vidmarkbanen og sykehustilbudet i Hegrenes."),
]

# ---------------------------------------------------------------------------------------------
# Kunnskapsgrunnlaget (DOCX). Kinds: h1, h2, p, ul,
#   ("table", caption, rows, source)   table with the caption and a source line UNDER it
#   ("box", title, text)               shaded one-cell box («Kort oppsummert»)
# ---------------------------------------------------------------------------------------------

KUNNSKAPSGRUNNLAG = [
    ("h1", "1 Om kunnskapsgrunnlaget"),
    ("p", "Kunnskapsgrunnlaget beskriver hvordan Hegrenes har utviklet seg siden samfunnsdelen ble "
          "vedtatt i 2022, og hvilke utviklingstrekk kommunen står overfor. Det er laget for at "
          "bystyret skal kunne ta stilling til om samfunnsdelen skal videreføres eller endres. "
          "Dokumentet beskriver situasjonen og trendene. Det gir ingen anbefalinger om hvilke "
          "veivalg bystyret bør ta."),
    ("p", "Ledergruppen har kvalitetssikret innholdet, og hver kommunalsjef har ansvaret for tallene "
          "fra egen sektor. Tallene er hentet fra SSB, Kostra, NAV, Høgskolen i Hegrenes, Vidmark "
          "fylkeskommune og kommunens egne fagsystemer. Befolkningsframskrivingene er SSBs "
          "hovedalternativ fra 2024. Tallene gjelder per 1. januar 2024 eller for året 2023 dersom "
          "ikke annet er oppgitt."),
    ("p", "Dokumentet følger de fire temaene i KS-notatet om samspill i strategiske planprosesser: "
          "samfunnsutvikling, tjenesteyting, beredskap og økonomi. I tillegg er det et eget kapittel "
          "om nasjonale og regionale føringer."),

    ("h1", "2 Befolkning"),
    ("h2", "2.1 Folketall og vekst"),
    ("p", "Hegrenes hadde 27 460 innbyggere 1. januar 2024. Det er 1 520 flere enn ti år før, en "
          "vekst på 5,9 prosent. Veksten de siste fem årene var på 724 personer, og nesten all "
          "veksten skyldes innvandring. Siden 2020 har det dødd flere enn det er født i kommunen."),
    ("p", "Samfunnsdelen fra 2022 har et mål om 30 000 innbyggere i 2034. Fortsetter veksten som de "
          "siste fem årene, vil folketallet være om lag 28 900 i 2034. SSBs hovedalternativ gir et "
          "lavere tall, om lag 28 250 innbyggere i 2034."),
    ("table", "Tabell 1. Befolkningsendringer 2019–2023", [
        ["År", "Fødte", "Døde", "Netto innenlands flytting", "Netto innvandring", "Endring"],
        ["2019", "262", "248", "+18", "+96", "+128"],
        ["2020", "251", "255", "+45", "+52", "+93"],
        ["2021", "248", "262", "+84", "+71", "+141"],
        ["2022", "239", "271", "+12", "+233", "+213"],
        ["2023", "231", "266", "–6", "+190", "+149"],
        ["Sum 2019–2023", "1 231", "1 302", "+153", "+642", "+724"],
    ], "Kilde: SSB, tabell over befolkningsendringer."),
    ("p", "Innvandrere utgjør 3 680 av innbyggerne, eller 13,4 prosent. Andelen var 9,8 prosent i "
          "2014. Kommunen bosatte 310 flyktninger i 2022 og 2023, de fleste fra Ukraina. Netto "
          "innenlands flytting har vært svak, og i 2023 flyttet det flere fra Hegrenes til andre "
          "kommuner i Norge enn motsatt vei."),
    ("h2", "2.2 Alder og framskrivinger"),
    ("p", "Gjennomsnittsalderen i Hegrenes er 41,7 år, nær landsgjennomsnittet. Det skyldes i stor "
          "grad studentene: aldersgruppen 20–29 år er større enn i de fleste kommuner av samme "
          "størrelse. Antallet fødte har falt fra 262 i 2019 til 231 i 2023."),
    ("table", "Tabell 2. Befolkning etter alder 2024 og framskrevet 2030, 2040 og 2050", [
        ["Aldersgruppe", "2024", "2030", "2040", "2050"],
        ["0–5 år", "1 720", "1 650", "1 600", "1 560"],
        ["6–15 år", "3 020", "2 880", "2 720", "2 650"],
        ["16–19 år", "1 290", "1 240", "1 180", "1 120"],
        ["20–29 år", "4 010", "4 050", "3 900", "3 760"],
        ["30–44 år", "4 980", "5 060", "5 120", "4 990"],
        ["45–66 år", "7 150", "7 010", "6 850", "6 740"],
        ["67–79 år", "3 500", "3 880", "4 060", "4 010"],
        ["80 år og eldre", "1 790", "2 300", "3 100", "3 520"],
        ["Sum", "27 460", "28 070", "28 530", "28 350"],
    ], "Kilde: SSB, befolkningsframskrivinger 2024, hovedalternativet (MMMM)."),
    ("p", "Ifølge framskrivingen vil antallet innbyggere over 80 år øke fra 1 790 i 2024 til 3 100 i "
          "2040, en økning på 73 prosent. Antallet barn og unge under 20 år går ned med 530 i samme "
          "periode. Folketallet ventes å nå en topp rundt 2040 og deretter gå svakt ned. I 2024 er "
          "det 9,0 innbyggere i alderen 20–66 år for hver innbygger over 80 år. I 2040 vil det "
          "være 5,1."),
    ("h2", "2.3 Studentene"),
    ("p", "Høgskolen i Hegrenes hadde 4 300 studenter høsten 2023, 200 flere enn da samfunnsdelen "
          "ble vedtatt. Om lag 2 600 studenter bor i byen i semestrene, men bare 900 av dem er "
          "folkeregistrert i Hegrenes. De andre teller derfor ikke med i folketallet."),
    ("p", "Av kandidatene som ble uteksaminert i 2021, bodde 37 prosent i regionen to år etter. "
          "Andelen var 34 prosent for 2019-kullet. Sykepleierutdanningen har den høyeste andelen "
          "som blir boende, med 52 prosent, mens ingeniørutdanningen har den laveste, med 21 "
          "prosent."),
    ("p", "Studentsamskipnaden har 860 studentboliger. Målet i samfunnsdelen er 1 000 "
          "studentboliger innen 2030. Et nytt studenthus med 140 hybler på Bakkehaugen er regulert, "
          "men ikke finansiert."),
    ("h2", "2.4 Bydeler og bygder"),
    ("p", "Veksten de siste ti årene har kommet i sentrum, på Bakkehaugen og i den nye bydelen "
          "Sjøtangen. Alle de tre bygdene og områdene med spredt bebyggelse har hatt nedgang."),
    ("table", "Tabell 3. Innbyggere etter bydel og bygd 1. januar 2014 og 2024", [
        ["Bydel eller bygd", "2014", "2024", "Endring"],
        ["Sentrum", "9 310", "9 840", "+530"],
        ["Bakkehaugen", "3 640", "4 210", "+570"],
        ["Sjøtangen", "0", "620", "+620"],
        ["Nordbyen", "5 090", "5 170", "+80"],
        ["Lienga", "2 700", "2 980", "+280"],
        ["Fløtten", "1 620", "1 460", "–160"],
        ["Kjeldsås", "1 390", "1 330", "–60"],
        ["Vestre Ålsrud", "990", "850", "–140"],
        ["Spredt bebyggelse", "1 200", "1 000", "–200"],
        ["Sum", "25 940", "27 460", "+1 520"],
    ], "Kilde: SSB og kommunens egne beregninger etter grunnkrets."),
    ("box", "Kort oppsummert: befolkning",
     "Hegrenes vokser fortsatt, men langsommere enn samfunnsdelen la til grunn, og veksten kommer "
     "fra innvandring. Fram mot 2040 blir det mange flere eldre og færre barn og unge."),

    ("h1", "3 Næringsliv, arbeid og pendling"),
    ("h2", "3.1 Arbeidsplasser"),
    ("p", "Det var 15 240 arbeidsplasser i Hegrenes i 2023. Offentlig sektor står for over "
          "halvparten av dem. De største arbeidsgiverne er kommunen med 2 350 ansatte, Hegrenes "
          "sykehus med 1 620 ansatte og Høgskolen i Hegrenes med 780 ansatte. Den største private "
          "industribedriften er Tyrihaug Elektro AS med 280 ansatte."),
    ("table", "Tabell 4. Arbeidsplasser i Hegrenes etter næring, 2023", [
        ["Næring", "Arbeidsplasser", "Andel"],
        ["Helse- og sosialtjenester", "3 960", "26,0 %"],
        ["Undervisning", "2 130", "14,0 %"],
        ["Varehandel", "1 830", "12,0 %"],
        ["Industri", "1 370", "9,0 %"],
        ["Offentlig administrasjon", "1 220", "8,0 %"],
        ["Bygg og anlegg", "1 070", "7,0 %"],
        ["Faglig, vitenskapelig og teknisk tjenesteyting", "910", "6,0 %"],
        ["Transport og lagring", "610", "4,0 %"],
        ["Overnatting og servering", "610", "4,0 %"],
        ["Jordbruk og skogbruk", "300", "2,0 %"],
        ["Annet", "1 230", "8,1 %"],
        ["Sum", "15 240", "100 %"],
    ], "Kilde: SSB, sysselsatte etter arbeidssted."),
    ("p", "Industrien har mistet arbeidsplasser over tid, særlig da Vålsjø Fiber ble lagt ned i "
          "2016. Arbeidsplassene innen helse, undervisning og faglig tjenesteyting har økt. "
          "Arbeidsledigheten var 2,3 prosent i gjennomsnitt for 2023, mot 2,0 prosent i landet."),
    ("h2", "3.2 Pendling"),
    ("p", "Hegrenes er sentrum i et felles bo- og arbeidsmarked. 5 380 personer pendler inn til "
          "Hegrenes, mens 2 760 av innbyggerne pendler ut. Av de 12 620 sysselsatte som bor i "
          "kommunen, arbeider altså nesten 8 av 10 i Hegrenes. Av utpendlerne arbeider 1 100 i "
          "Strandholm, og mange av dem reiser med tog."),
    ("table", "Tabell 5. Pendling til og fra Hegrenes, 2023", [
        ["Kommune", "Inn til Hegrenes", "Ut fra Hegrenes"],
        ["Ulvåker", "2 100", "690"],
        ["Breidmark", "1 650", "420"],
        ["Strandholm", "480", "1 100"],
        ["Andre kommuner", "1 150", "550"],
        ["Sum", "5 380", "2 760"],
    ], "Kilde: SSB, pendlingsstatistikk."),
    ("h2", "3.3 Handel og sentrum"),
    ("p", "Varehandelen i Hegrenes omsatte for 4,1 milliarder kroner i 2023. Handelsområdet på "
          "Lauvåsmoen har økt sin andel av omsetningen fra 38 prosent i 2015 til 51 prosent i 2023, "
          "mens sentrum har gått ned fra 44 til 31 prosent. Ved en registrering i mars 2024 stod 23 "
          "av 118 forretningslokaler i sentrum tomme."),
    ("h2", "3.4 Næringsareal og datasenter"),
    ("p", "Lauvåsmoen næringspark har om lag 230 dekar ledig regulert næringsareal, 30 dekar mindre "
          "enn i 2022. Kommunen har siden 2022 fått flere henvendelser fra virksomheter som trenger "
          "store arealer og mye strøm."),
    ("p", "Eldhei Data AS har søkt om å regulere et område på 180 dekar ved Kjeldsås til et "
          "datasenter. Av dette er 120 dekar fulldyrka jord. Selskapet oppgir at datasenteret vil "
          "gi om lag 60 faste arbeidsplasser og trenge et effektuttak på 150 MW. Netteier har "
          "opplyst at det ikke er ledig kapasitet i strømnettet i området før tidligst 2030. "
          "Statsforvalteren har varslet innsigelse dersom dyrka mark tas i bruk. Saken er ikke "
          "behandlet politisk."),
    ("h2", "3.5 Landbruk"),
    ("p", "Det er 96 aktive gårdsbruk i Hegrenes, mot 131 i 2014. Jordbruksarealet er 41 200 dekar, "
          "og korn og melk er de viktigste produksjonene. Mellom 2014 og 2023 ble det omdisponert "
          "212 dekar dyrka mark i kommunen, mest til veier og boligfelt."),
    ("box", "Kort oppsummert: næringsliv",
     "Hegrenes har flere arbeidsplasser enn sysselsatte innbyggere og er avhengig av "
     "innpendling. Handelen flytter fra sentrum til Lauvåsmoen, og etterspørselen etter "
     "næringsareal med god strømtilgang øker."),

    ("h1", "4 Oppvekst og utdanning"),
    ("h2", "4.1 Barnehager"),
    ("p", "Hegrenes har 24 barnehager, 11 kommunale og 13 private, med til sammen 1 540 barn. Alle "
          "barn med lovfestet rett som søkte innen fristen, fikk plass ved hovedopptaket i 2024. "
          "Andelen barn i alderen 1–5 år som går i barnehage, er 94 prosent. Barnetallet ventes å "
          "gå ned, og flere barnehager i bygdene har ledige plasser."),
    ("h2", "4.2 Grunnskole"),
    ("p", "Høsten 2023 hadde grunnskolene i Hegrenes 3 010 elever, fordelt på sju kommunale "
          "barneskoler, to kommunale ungdomsskoler og én privat skole."),
    ("table", "Tabell 6. Elevtall og kapasitet per skole, høsten 2023", [
        ["Skole", "Trinn", "Elever", "Kapasitet"],
        ["Sentrum skole", "1–7", "440", "460"],
        ["Nordbyen skole", "1–7", "400", "420"],
        ["Bakkehaugen skole", "1–7", "478", "440"],
        ["Lienga skole", "1–7", "262", "300"],
        ["Fløtten skole", "1–7", "96", "175"],
        ["Kjeldsås skole", "1–7", "118", "150"],
        ["Vestre Ålsrud skole", "1–4", "34", "80"],
        ["Hegrenes ungdomsskole", "8–10", "640", "700"],
        ["Nordbyen ungdomsskole", "8–10", "402", "420"],
        ["Hegrenes montessoriskole (privat)", "1–10", "140", "160"],
        ["Sum", "", "3 010", "3 305"],
    ], "Kilde: GSI og kommunens egne tall."),
    ("p", "Bakkehaugen skole har flere elever enn skolen er bygd for, og bruker paviljonger. En "
          "utvidelse til 600 elevplasser ligger i økonomiplanen med 185 millioner kroner og "
          "byggestart i 2026."),
    ("p", "Vestre Ålsrud skole er kommunens minste skole, med 34 elever på 1.–4. trinn. Elevene "
          "går over til Fløtten skole fra 5. trinn, og avstanden mellom de to skolene er 11 "
          "kilometer. Driftsutgiftene per elev ved Vestre Ålsrud skole er om lag 245 000 kroner, "
          "mot et snitt på 128 000 kroner for kommunens barneskoler. Elevtallet ved skolen ventes "
          "å ligge mellom 28 og 36 fram til 2030."),
    ("h2", "4.3 Resultater og levekår"),
    ("p", "Resultatene på nasjonale prøver ligger litt under landssnittet på 5. trinn og på "
          "landssnittet på 8. trinn. Av elevene som startet i videregående opplæring i 2017, "
          "fullførte og bestod 81 prosent innen fem år. Målet i samfunnsdelen er 85 prosent."),
    ("p", "I Hegrenes bor 11,8 prosent av barna i husholdninger med vedvarende lav inntekt, mot 10,4 "
          "prosent i landet. I Nordbyen er andelen 21 prosent. Av deltakerne som avsluttet "
          "introduksjonsprogrammet i 2022, var 58 prosent i arbeid eller utdanning ett år etter."),

    ("h1", "5 Helse og omsorg"),
    ("h2", "5.1 Tjenestene i dag"),
    ("p", "Kommunen har 212 sykehjemsplasser, fordelt på Granlund sykehjem (96 plasser), Lienga bo- "
          "og omsorgssenter (64 plasser) og Fløtten sykehjem (52 plasser). I tillegg har kommunen "
          "86 omsorgsboliger med heldøgns bemanning. Til sammen gir det 298 plasser med heldøgns "
          "omsorg. 1 140 personer fikk hjemmetjenester i 2023, og 85 prosent av innbyggerne over "
          "80 år bor hjemme uten heldøgns omsorg."),
    ("h2", "5.2 Behov fram mot 2040"),
    ("p", "Dekningsgraden for plasser med heldøgns omsorg er i dag 16,6 prosent av innbyggerne over "
          "80 år. Tabell 7 viser hvor mange plasser kommunen vil trenge dersom dekningsgraden "
          "holdes på samme nivå."),
    ("table", "Tabell 7. Framskrevet behov for plasser med heldøgns omsorg ved dagens dekningsgrad", [
        ["År", "Innbyggere over 80 år", "Plasser med heldøgns omsorg"],
        ["2024", "1 790", "298"],
        ["2030", "2 300", "383"],
        ["2035", "2 700", "450"],
        ["2040", "3 100", "516"],
    ], "Kilde: SSB og kommunens egne beregninger."),
    ("p", "Med samme dekningsgrad som i dag vil behovet øke med om lag 220 plasser fram mot 2040. Et "
          "nytt helsehus på Aspelund med 96 plasser er utredet, med en anslått kostnad på 640 "
          "millioner kroner. Prosjektet er ikke vedtatt og ligger ikke i økonomiplanen."),
    ("h2", "5.3 Bemanning og rekruttering"),
    ("p", "Helse og omsorg har 1 310 årsverk. I 2023 var i gjennomsnitt 38 sykepleierstillinger "
          "ubesatt. Sykefraværet i helse og omsorg var 9,6 prosent, mot 7,9 prosent for kommunen "
          "samlet. 41 prosent av de ansatte i helse og omsorg arbeider deltid. Om lag halvparten av "
          "sykepleierne som kommunen ansatte i 2023, var utdannet ved Høgskolen i Hegrenes."),
    ("p", "Framskrivinger fra fylkeskommunen viser at kommunen vil trenge om lag 390 flere årsverk i "
          "helse og omsorg i 2040 dersom tjenestene gis på samme måte som i dag."),
    ("h2", "5.4 Legetjenester, sykehus og folkehelse"),
    ("p", "Hegrenes har 26 fastlegehjemler. To av listene hadde ikke fast lege ved utgangen av 2023 "
          "og ble betjent av vikarer. Den interkommunale legevakten for Hegrenes, Ulvåker og "
          "Breidmark ligger ved Hegrenes sykehus."),
    ("p", "Helseforetaket har startet en utredning av den framtidige funksjonsfordelingen mellom "
          "sykehusene i Vidmark. Ett av alternativene er å flytte fødeavdelingen fra Hegrenes til "
          "Strandholm. Utredningen skal være ferdig i 2025."),
    ("p", "Folkehelseprofilen viser at andelen med psykiske plager og lidelser er høyere enn i "
          "landet, og at andelen voksne som er fysisk aktive, er lavere. Ungdata-undersøkelsen fra "
          "2023 viste at 18 prosent av ungdomsskoleelevene ofte følte seg ensomme."),
    ("box", "Kort oppsummert: helse og omsorg",
     "Behovet for heldøgns omsorg øker kraftig fram mot 2040, samtidig som kommunen allerede har "
     "problemer med å rekruttere sykepleiere. Høgskolen er den viktigste kilden til nye "
     "sykepleiere."),

    ("h1", "6 Boliger, bystruktur og transport"),
    ("p", "Det ble fullført 74 nye boliger i Hegrenes i 2023. Målet i samfunnsdelen er 180 boliger "
          "i året. Nedgangen i 2023 skyldes høyere renter og byggekostnader, og flere prosjekter på "
          "Sjøtangen er utsatt. Andelen av de nye boligene som ligger i sentrumssonen, har økt."),
    ("table", "Tabell 8. Fullførte boliger 2019–2023", [
        ["År", "Fullførte boliger", "Andel i sentrumssonen"],
        ["2019", "142", "41 %"],
        ["2020", "118", "45 %"],
        ["2021", "165", "48 %"],
        ["2022", "131", "57 %"],
        ["2023", "74", "62 %"],
    ], "Kilde: SSB og kommunens byggesaksarkiv."),
    ("p", "Sjøtangen er regulert for om lag 1 400 boliger. Per 2024 er 240 boliger ferdige, og 620 "
          "personer bor i bydelen. Opprydding av forurenset grunn og sjøbunn ved den gamle "
          "fabrikken er anslått å koste 210 millioner kroner. Staten dekker 60 prosent gjennom "
          "Miljødirektoratet, og resten deles mellom kommunen og utbyggerne."),
    ("p", "Gjennomsnittlig kvadratmeterpris for brukte boliger var 38 400 kroner i 2023, om lag 30 "
          "prosent lavere enn i Strandholm. 58 prosent av boligene i kommunen er eneboliger. "
          "Kommunen eier 540 utleieboliger, og 62 husstander stod på venteliste for kommunal bolig "
          "ved utgangen av 2023."),
    ("p", "Reisevaneundersøkelsen fra 2022 viser at 61 prosent av innbyggernes reiser skjer med bil. "
          "39 prosent skjer til fots, med sykkel eller med kollektivtransport, samme andel som i "
          "2020. Vidmarkbanen har timesavganger til Strandholm, og reisetiden er 1 time og 10 "
          "minutter."),

    ("h1", "7 Økonomi"),
    ("h2", "7.1 Økonomisk situasjon"),
    ("p", "Hegrenes kommune hadde brutto driftsinntekter på 2 940 millioner kroner i 2023. "
          "Kommunen fikk et negativt netto driftsresultat på 0,4 prosent av driftsinntektene i "
          "2023, etter 1,1 prosent i 2022 og 2,6 prosent i 2021. Årsakene er særlig økte utgifter "
          "til ressurskrevende tjenester, høyere renter og en lønns- og prisvekst som ble høyere "
          "enn kompensasjonen fra staten."),
    ("h2", "7.2 Handlingsregel"),
    ("p", "Bystyret vedtok i 2020 tre finansielle måltall som handlingsregel for økonomien: netto "
          "driftsresultat skal over tid være minst 1,5 prosent av driftsinntektene, "
          "disposisjonsfondet skal være minst 8 prosent av driftsinntektene, og netto lånegjeld "
          "skal ikke være høyere enn 90 prosent av driftsinntektene. I 2023 ble ingen av de tre "
          "måltallene nådd."),
    ("table", "Tabell 9. Nøkkeltall for økonomien 2021–2023 og handlingsregelen", [
        ["Nøkkeltall", "2021", "2022", "2023", "Handlingsregel"],
        ["Brutto driftsinntekter (mill. kr)", "2 610", "2 780", "2 940", "–"],
        ["Netto driftsresultat", "2,6 %", "1,1 %", "–0,4 %", "minst 1,5 %"],
        ["Disposisjonsfond", "8,9 %", "7,4 %", "6,2 %", "minst 8 %"],
        ["Netto lånegjeld", "92 %", "98 %", "104 %", "høyst 90 %"],
        ["Investeringer (mill. kr)", "410", "520", "480", "–"],
    ], "Kilde: Kostra og kommunens årsregnskap. Prosent av brutto driftsinntekter."),
    ("p", "Netto lånegjeld var 3 060 millioner kroner ved utgangen av 2023."),
    ("h2", "7.3 Investeringer og handlingsrom"),
    ("p", "Vedtatt økonomiplan for 2024–2027 har investeringer på til sammen 1 860 millioner "
          "kroner. De største er utvidelsen av Bakkehaugen skole (185 millioner kroner), et nytt "
          "renseanlegg (410 millioner kroner), flomsikring langs Lauvåa (96 millioner kroner) og "
          "kommunens andel av oppryddingen på Sjøtangen. Med denne planen vil netto lånegjeld øke "
          "til om lag 112 prosent av driftsinntektene i 2027."),
    ("p", "Kommunedirektøren har beregnet at driftsutgiftene må reduseres med om lag 75 millioner "
          "kroner innen 2027 for at kommunen skal nå måltallet for netto driftsresultat."),
    ("h2", "7.4 Eiendomsskatt"),
    ("p", "Hegrenes har eiendomsskatt på alle eiendommer i kommunen. Satsen for boliger og "
          "fritidsboliger er 3,2 promille, og bunnfradraget er 300 000 kroner. Eiendomsskatten ga "
          "118 millioner kroner i 2023."),
    ("box", "Kort oppsummert: økonomi",
     "Økonomien er svekket siden 2021. Kommunen bryter alle tre måltallene i handlingsregelen, og "
     "investeringsplanen vil øke lånegjelden ytterligere."),

    ("h1", "8 Klima, miljø og beredskap"),
    ("h2", "8.1 Klimagassutslipp"),
    ("p", "De direkte klimagassutslippene i Hegrenes var 96 400 tonn CO2-ekvivalenter i 2022. Det "
          "er 18 prosent lavere enn i 2009, da utslippene var 118 000 tonn. For å nå målet i "
          "samfunnsdelen om å halvere utslippene innen 2030 må de ned til 59 000 tonn."),
    ("table", "Tabell 10. Klimagassutslipp etter sektor, 2022", [
        ["Sektor", "Tonn CO2-ekvivalenter", "Andel"],
        ["Veitrafikk", "42 400", "44 %"],
        ["Jordbruk", "21 200", "22 %"],
        ["Industri", "13 500", "14 %"],
        ["Avfall og avløp", "6 700", "7 %"],
        ["Annen mobil forbrenning", "6 800", "7 %"],
        ["Oppvarming", "5 800", "6 %"],
        ["Sum", "96 400", "100 %"],
    ], "Kilde: Miljødirektoratet, klimagassregnskap for kommuner."),
    ("h2", "8.2 Klimatilpasning"),
    ("p", "Lauvåa gikk over sine bredder i 2011 og i 2018. Under flommen i 2018 ble 46 boliger "
          "evakuert. Om lag 340 bygninger ligger i flomsonen for en 200-årsflom. Et styrtregn i "
          "august 2022 fylte 160 kjellere med vann i Nordbyen, der ledningsnettet er gammelt og har "
          "fellessystem for spillvann og overvann."),
    ("p", "Klimaprofilen for Vidmark viser at nedbøren ventes å øke med om lag 15 prosent fram mot "
          "slutten av århundret, og at episoder med kraftig nedbør blir hyppigere og kraftigere."),
    ("h2", "8.3 Samfunnssikkerhet og beredskap"),
    ("p", "Den helhetlige risiko- og sårbarhetsanalysen (ROS) ble revidert i 2023. Den peker ut "
          "disse hendelsene som de mest alvorlige for Hegrenes:"),
    ("ul", [
        "flom i Lauvåa og Vålsjøen",
        "styrtregn og overvann i tette byområder",
        "langvarig bortfall av strøm og elektronisk kommunikasjon",
        "dataangrep mot kommunen, sykehuset eller høgskolen",
        "ulykke med farlig gods på Vidmarkbanen eller på riksveien gjennom byen",
        "skogbrann i tørre somre",
        "pandemi og annen alvorlig smittsom sykdom",
    ]),
    ("p", "Drikkevannet kommer fra grunnvannsanlegget på Lauvåsmoen. Vålsjøen er reservevannkilde, "
          "men reserveanlegget kan ikke forsyne hele byen i mer enn tre døgn."),
    ("p", "Kommunens kriseledelse øvde i april 2024 på et dataangrep som satte kommunens fagsystemer "
          "ut av drift. Evalueringen viste at flere tjenester manglet rutiner for manuell drift."),

    ("h1", "9 Nasjonale og regionale føringer"),
    ("p", "Disse føringene er særlig viktige når samfunnsdelen skal revideres:"),
    ("ul", [
        "Nasjonale forventninger til regional og kommunal planlegging 2023–2027. Forventningene "
        "legger vekt på bærekraftig utvikling, samfunnssikkerhet og at byer og tettsteder skal "
        "utvikles gjennom fortetting og transformasjon.",
        "Statlige planretningslinjer for samordnet bolig-, areal- og transportplanlegging, som sier "
        "at utbygging skal konsentreres rundt knutepunkter.",
        "Statlige planretningslinjer for klima- og energiplanlegging og klimatilpasning.",
        "Nasjonal jordvernstrategi, som har skjerpet målet for hvor mye dyrka mark som kan "
        "omdisponeres hvert år.",
        "Regional planstrategi for Vidmark 2024–2028, der «attraktive regionsentre» er ett av tre "
        "hovedmål.",
        "Regional plan for areal og transport i Sør-Vidmark fra 2021, som peker ut Hegrenes "
        "sentrum som regionalt knutepunkt og Lauvåsmoen som regionalt næringsområde.",
        "Nasjonal transportplan 2025–2036, der dobbeltspor på Vidmarkbanen mellom Hegrenes og "
        "Strandholm ikke er prioritert i de første seks årene.",
    ]),
    ("p", "Statsforvalteren har i innspillet til planstrategien bedt kommunen vurdere om "
          "arealreservene for boliger i bygdene er for store, og minnet om at omdisponering av "
          "dyrka mark må begrunnes særskilt."),

    ("h1", "10 Oppsummering"),
    ("ul", [
        "Folketallet vokser, men langsommere enn samfunnsdelens mål om 30 000 innbyggere i 2034.",
        "Antallet innbyggere over 80 år øker med 73 prosent fram mot 2040.",
        "Færre kandidater fra høgskolen blir boende i regionen enn målet på 45 prosent.",
        "Boligbyggingen falt til 74 boliger i 2023, langt under målet på 180.",
        "Sentrum har tapt handel til Lauvåsmoen, og 23 forretningslokaler stod tomme i mars 2024.",
        "Kommunen nådde ingen av måltallene i handlingsregelen i 2023.",
        "Flom, overvann og dataangrep er blant de mest alvorlige risikoene i ROS-analysen.",
    ]),
]


def nb(text: str) -> str:
    """No line break inside a number («27 460») or before «%»."""
    text = re.sub(r"(\d) (\d{3})\b", "\\1\xa0\\2", text)
    text = re.sub(r"(\d) (\d{3})\b", "\\1\xa0\\2", text)
    return text.replace(" %", "\xa0%")


# =====================================================================================
# PDF
# =====================================================================================


def render_pdf(path: Path, toc_pages: dict[str, int] | None = None) -> tuple[int, dict[str, int]]:
    """Render the samfunnsdel; returns the page count and the page of every TOC entry."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Frame, FrameBreak, KeepTogether,
                                    NextPageTemplate, PageBreak, PageTemplate, Paragraph, Spacer)

    shared.deterministic_pdf()

    W, H = landscape(A4)
    lm = rm = 17 * mm
    tm, bm = 22 * mm, 14 * mm
    gutter = 11 * mm
    col_w = (W - lm - rm - gutter) / 2
    head_h = 35 * mm

    green = colors.HexColor("#1F4D3A")
    coral = colors.HexColor("#C8553D")
    sand = colors.HexColor("#F4EFE6")
    grey = colors.HexColor("#555B57")

    body = ParagraphStyle("hg-body", fontName="Times-Roman", fontSize=10.3, leading=13.8,
                          alignment=TA_LEFT, spaceAfter=5)
    h2 = ParagraphStyle("hg-h2", fontName="Helvetica-Bold", fontSize=11.5, leading=14.5,
                        textColor=green, spaceBefore=7, spaceAfter=3, keepWithNext=1)
    intro = ParagraphStyle("hg-intro", parent=body, fontName="Times-Italic", spaceAfter=3,
                           keepWithNext=1)
    item = ParagraphStyle("hg-item", parent=body, leftIndent=12, bulletIndent=1, spaceAfter=2.5)
    label = ParagraphStyle("hg-label", fontName="Helvetica-Bold", fontSize=9.2, leading=13.8,
                           textColor=coral)
    goal = ParagraphStyle("hg-goal", parent=body, spaceAfter=0)
    pull = ParagraphStyle("hg-pull", fontName="Times-BoldItalic", fontSize=16, leading=20.5,
                          textColor=green)
    pull_src = ParagraphStyle("hg-pull-src", fontName="Helvetica", fontSize=8.4, leading=11,
                              textColor=grey)
    box_t = ParagraphStyle("hg-box-t", fontName="Helvetica-Bold", fontSize=9.6, leading=12.5,
                           textColor=colors.white)
    box_b = ParagraphStyle("hg-box-b", fontName="Helvetica", fontSize=9.2, leading=12.6)
    cell = ParagraphStyle("hg-cell", fontName="Helvetica", fontSize=8.8, leading=11.2)
    cell_h = ParagraphStyle("hg-cell-h", parent=cell, fontName="Helvetica-Bold", textColor=green)
    cap = ParagraphStyle("hg-cap", fontName="Helvetica-Bold", fontSize=9, leading=12,
                         textColor=coral, spaceAfter=3)
    del_k = ParagraphStyle("hg-del-k", fontName="Helvetica-Bold", fontSize=9, leading=12,
                           textColor=coral)
    del_t = ParagraphStyle("hg-del-t", fontName="Helvetica-Bold", fontSize=26, leading=31,
                           textColor=green)
    del_lead = ParagraphStyle("hg-del-lead", fontName="Times-Italic", fontSize=13, leading=17,
                              textColor=grey)
    vision = ParagraphStyle("hg-vision", fontName="Times-BoldItalic", fontSize=19, leading=24,
                            textColor=colors.white, alignment=TA_CENTER)

    class Doc(BaseDocTemplate):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self.found: dict[str, int] = {}

        def afterFlowable(self, flowable):
            key = getattr(flowable, "toc_key", None)
            if key:
                self.found[key] = self.page

    doc = Doc(str(path), pagesize=(W, H), leftMargin=lm, rightMargin=rm, topMargin=tm,
              bottomMargin=bm, title=f"{PDF_TITLE} – Hegrenes kommune (fiktiv)",
              author="Hegrenes kommune (fiktiv)", subject="Eksempeldata, fiktiv kommune")
    body_h = H - tm - bm

    def header(canv, d):
        canv.saveState()
        canv.setFillColor(green)
        canv.setFont("Helvetica-Bold", 8.2)
        canv.drawString(lm, H - 12 * mm, f"HEGRENES KOMMUNE  ·  {PDF_TITLE.upper()}")
        canv.setFont("Helvetica", 8.2)
        canv.setFillColor(grey)
        canv.drawRightString(W - rm, H - 12 * mm, f"{ADOPTED}  ·  side {d.page}")
        canv.setStrokeColor(coral)
        canv.setLineWidth(1.4)
        canv.line(lm, H - 14.5 * mm, W - rm, H - 14.5 * mm)
        canv.restoreState()

    def cover(canv, d):
        canv.saveState()
        panel_x = W * 0.56
        canv.setFillColor(green)
        canv.rect(panel_x, 0, W - panel_x, H, stroke=0, fill=1)
        canv.setFillColor(coral)
        canv.rect(panel_x, 0, 6 * mm, H, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont("Times-BoldItalic", 24)
        canv.drawString(panel_x + 18 * mm, H * 0.55, "Kunnskapsbyen")
        canv.drawString(panel_x + 18 * mm, H * 0.55 - 30, "ved Vålsjøen")
        canv.setFont("Helvetica", 9)
        canv.drawString(panel_x + 18 * mm, 20 * mm, "Hegrenes kommune  ·  Vidmark fylke")
        canv.restoreState()

    col1 = Frame(lm, bm, col_w, body_h, id="c1", leftPadding=0, rightPadding=0, topPadding=0)
    col2 = Frame(lm + col_w + gutter, bm, col_w, body_h, id="c2", leftPadding=0, rightPadding=0,
                 topPadding=0)
    top = Frame(lm, H - tm - head_h, W - lm - rm, head_h, id="top", leftPadding=0,
                rightPadding=0, topPadding=0)
    s_col1 = Frame(lm, bm, col_w, body_h - head_h, id="s1", leftPadding=0, rightPadding=0,
                   topPadding=0)
    s_col2 = Frame(lm + col_w + gutter, bm, col_w, body_h - head_h, id="s2", leftPadding=0,
                   rightPadding=0, topPadding=0)
    cover_frame = Frame(lm, bm, W * 0.56 - lm - 12 * mm, H - bm - 16 * mm, id="cover",
                        leftPadding=0, rightPadding=0)
    single = Frame(lm, bm, W - lm - rm, body_h, id="single", leftPadding=0, rightPadding=0,
                   topPadding=0)
    doc.addPageTemplates([
        PageTemplate("cover", [cover_frame], onPage=cover),
        PageTemplate("toc", [single], onPage=header),
        PageTemplate("delstart", [top, s_col1, s_col2], onPage=header),
        PageTemplate("twocol", [col1, col2], onPage=header),
    ])

    # ---------------------------------------------------------------- cover
    story = shared.spaced(
        18 * mm,
        Paragraph("HEGRENES KOMMUNE", ParagraphStyle("ck", fontName="Helvetica-Bold", fontSize=11,
                                                     leading=14, textColor=coral)),
        4 * mm,
        Paragraph("Kommuneplanens<br/>samfunnsdel<br/>2022–2034",
                  ParagraphStyle("ct", fontName="Helvetica-Bold", fontSize=34, leading=39,
                                 textColor=green)),
        6 * mm,
        Paragraph(f"{ADOPTED}. Planen gjelder for hele kommunen og erstatter samfunnsdelen fra "
                  "2014.", ParagraphStyle("cs", fontName="Times-Italic", fontSize=12, leading=16,
                                          textColor=grey)),
        10 * mm,
    )
    story.append(shared.styled_table(
        [[Paragraph(NOTICE_TITLE, ParagraphStyle("nt", fontName="Helvetica-Bold", fontSize=10.5,
                                                 leading=13, textColor=coral))],
         [Paragraph(NOTICE, ParagraphStyle("nb", fontName="Helvetica", fontSize=9, leading=12))]],
        [W * 0.56 - lm - 12 * mm],
        [("BACKGROUND", (0, 0), (-1, -1), sand), ("LINEABOVE", (0, 0), (-1, 0), 2, coral),
         *shared.padding(left=9, right=9, top=5, bottom=6)]))
    story += [NextPageTemplate("toc"), PageBreak()]

    # ---------------------------------------------------------------- table of contents
    story.append(Paragraph("Innhold", ParagraphStyle("toc-t", fontName="Helvetica-Bold",
                                                     fontSize=24, leading=30, textColor=green)))
    story.append(Spacer(1, 6 * mm))
    toc_rows = []
    for el in SAMFUNNSDEL:
        if el[0] == "del":
            key = f"Del {el[1]} – {el[2]}"
            toc_rows.append((0, key))
        elif el[0] == "h2" and "Satsingsområde" in el[1]:
            toc_rows.append((1, el[1]))
    toc_l0 = ParagraphStyle("toc0", fontName="Helvetica-Bold", fontSize=12, leading=16,
                            textColor=green)
    toc_l1 = ParagraphStyle("toc1", fontName="Times-Roman", fontSize=11, leading=15,
                            leftIndent=14)
    toc_num = ParagraphStyle("tocn", fontName="Helvetica", fontSize=11, leading=15,
                             alignment=TA_RIGHT)
    data = [[Paragraph(text, toc_l0 if level == 0 else toc_l1),
             Paragraph(str((toc_pages or {}).get(text, "00")), toc_num)]
            for level, text in toc_rows]
    story.append(shared.styled_table(
        data, [150 * mm, 20 * mm],
        [("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#C9C2B4")),
         ("VALIGN", (0, 0), (-1, -1), "BOTTOM"), *shared.padding(top=4, bottom=4, left=0)],
        hAlign="LEFT"))
    story.append(Spacer(1, 8 * mm))
    story.append(Paragraph(
        "Planen består av fem deler. Del 1 gir bakgrunnen, del 2 visjonen og de fire hovedmålene, "
        "del 3 de fire satsingsområdene med delmål og strategier, del 4 arealstrategien og del 5 "
        "hvordan planen skal følges opp. Tabellene finnes i del 4 og del 5.",
        ParagraphStyle("toc-n", parent=body, fontSize=10.5, textColor=grey)))

    # ---------------------------------------------------------------- parts
    def boxed(rows, widths, commands):
        return shared.styled_table(rows, widths, commands, hAlign="LEFT")

    for el in SAMFUNNSDEL:
        kind = el[0]
        if kind == "del":
            _, number, title, lead = el
            story += [NextPageTemplate("delstart"), PageBreak()]
            heading = Paragraph(f"Del {number} – {title}", del_t)
            heading.toc_key = f"Del {number} – {title}"
            story += [Paragraph(f"DEL {number} AV 5", del_k), Spacer(1, 2 * mm), heading,
                      Spacer(1, 3 * mm), Paragraph(lead, del_lead), FrameBreak(),
                      NextPageTemplate("twocol")]
        elif kind == "h2":
            p = Paragraph(el[1], h2)
            if "Satsingsområde" in el[1]:
                p.toc_key = el[1]
            story += [CondPageBreak(40 * mm), p]
        elif kind == "p":
            story.append(Paragraph(nb(el[1]), body))
        elif kind == "bullets":
            story.append(Paragraph(nb(el[1]), intro))
            story += [Paragraph(nb(t), item, bulletText="»") for t in el[2]]
            story.append(Spacer(1, 3))
        elif kind == "goals":
            story.append(Paragraph(nb(el[1]), intro))
            wide = el[2][0][0].startswith("Hovedmål")
            lw = 24 * mm if wide else 10 * mm
            rows = [[Paragraph(lab, label), Paragraph(nb(text), goal)] for lab, text in el[2]]
            story.append(boxed(rows, [lw, col_w - lw],
                               [("VALIGN", (0, 0), (-1, -1), "TOP"),
                                ("LINEBELOW", (0, 0), (-1, -2), 0.3, colors.HexColor("#D8D2C6")),
                                *shared.padding(left=0, right=4, top=3, bottom=3)]))
            story.append(Spacer(1, 5))
        elif kind == "pull":
            quote = boxed([[Paragraph(el[1], pull)], [Paragraph(el[2], pull_src)]], [col_w],
                          [("LINEBEFORE", (0, 0), (0, -1), 4, coral),
                           *shared.padding(left=12, right=6, top=4, bottom=4)])
            story.append(KeepTogether([Spacer(1, 5), quote, Spacer(1, 8)]))
        elif kind == "box":
            rows = [[Paragraph(el[1], box_t)]] + [[Paragraph(nb(t), box_b)] for t in el[2]]
            story.append(KeepTogether([Spacer(1, 3), boxed(
                rows, [col_w],
                [("BACKGROUND", (0, 0), (-1, 0), green), ("BACKGROUND", (0, 1), (-1, -1), sand),
                 *shared.padding(left=9, right=9, top=3, bottom=3),
                 ("TOPPADDING", (0, 0), (-1, 0), 5), ("BOTTOMPADDING", (0, 0), (-1, 0), 5),
                 ("BOTTOMPADDING", (0, -1), (-1, -1), 7)]), Spacer(1, 8)]))
        elif kind == "vision":
            story.append(boxed([[Paragraph(el[1], vision)]], [col_w],
                               [("BACKGROUND", (0, 0), (-1, -1), green),
                                *shared.padding(left=10, right=10, top=14, bottom=16)]))
            story.append(Spacer(1, 8))
        elif kind == "table":
            _, caption, rows, widths = el
            t = shared.data_table([[nb(c) for c in r] for r in rows], [col_w * w for w in widths],
                                  cell_h, cell,
                                  [("LINEABOVE", (0, 0), (-1, 0), 1.2, green),
                                   ("LINEBELOW", (0, 0), (-1, 0), 0.8, green),
                                   ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.HexColor("#D8D2C6")),
                                   ("BACKGROUND", (0, -1), (-1, -1), sand),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   *shared.padding(left=3, right=3, top=3, bottom=3)])
            story.append(shared.captioned(caption, cap, t, 8))
        else:
            raise ValueError(kind)
    doc.build(story)
    return shared.pdf_page_count(path), dict(doc.found)


# =====================================================================================
# DOCX
# =====================================================================================


def render_docx(path: Path) -> None:
    from docx.enum.table import WD_TABLE_ALIGNMENT

    doc = shared.new_docx("Kunnskapsgrunnlag 2024 – Hegrenes kommune (fiktiv)",
                          "Hegrenes kommune (fiktiv)", "Eksempeldata, fiktiv kommune", "2024-09-24")
    shared.add_run_paragraph(doc, "HEGRENES KOMMUNE", bold=True, size=10, color="C8553D")
    doc.add_heading("Kunnskapsgrunnlag 2024", level=0)
    shared.add_run_paragraph(doc, "Situasjon og utviklingstrekk. Grunnlag for planstrategi "
                                  "2024–2027 og revisjon av kommuneplanens samfunnsdel",
                             bold=True, size=12.5, color="1F4D3A")
    p = doc.add_paragraph()
    shared.add_run(p, NOTICE_TITLE + ". ", bold=True, color="C8553D")
    shared.add_run(p, NOTICE, italic=True, color="555B57")
    shared.add_run_paragraph(doc, "Utarbeidet av kommunedirektøren og ledergruppen, datert 24. "
                                  "september 2024. Versjon til bystyrets politiske verksted 24. "
                                  "oktober 2024.", size=10, color="555B57")

    shade = shared.shade_cell

    def table(d, caption: str, rows: list[list[str]], source: str) -> None:
        t = d.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Light List Accent 6"
        t.alignment = WD_TABLE_ALIGNMENT.LEFT
        for i, row in enumerate(rows):
            for j, value in enumerate(row):
                c = t.cell(i, j)
                c.text = value
                if i == len(rows) - 1 and row[0].startswith("Sum"):
                    for run in c.paragraphs[0].runs:
                        run.bold = True
        shared.add_run_paragraph(d, caption, bold=True, size=9.5, color="1F4D3A")
        shared.add_run_paragraph(d, source, italic=True, size=8.5, color="555B57")

    def box(d, title: str, text: str) -> None:
        t = d.add_table(rows=1, cols=1)
        t.style = "Table Grid"
        c = t.cell(0, 0)
        shade(c, "F4EFE6")
        c.paragraphs[0].text = ""
        shared.add_run(c.paragraphs[0], title, bold=True, color="C8553D")
        para = c.add_paragraph()
        shared.add_run(para, text)
        d.add_paragraph()

    shared.add_docx_elements(doc, KUNNSKAPSGRUNNLAG, {"table": table, "box": box})
    shared.save_docx(doc, path, fixed_day="2024-09-24")


def main() -> None:
    pages, found = render_pdf(PDF_PATH)
    pages, found2 = render_pdf(PDF_PATH, toc_pages=found)  # second pass: page numbers in the TOC
    assert found2 == found, (found, found2)
    render_docx(DOCX_PATH)
    shared.finish_fictional("Hegrenes", pages,
                            (PDF_PATH, PDF_TITLE, "2022-06-16", SAMFUNNSDEL),
                            (DOCX_PATH, "Kunnskapsgrunnlag 2024", "2024-09-24", KUNNSKAPSGRUNNLAG))


if __name__ == "__main__":
    main()
