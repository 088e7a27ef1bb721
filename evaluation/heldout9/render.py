"""Render the ninth held-out example municipality «Lysvang kommune» (fictional commuter municipality).

Writes, next to this file:
  lysvang-samfunnsdel.pdf (+ .meta.json)        – reportlab platypus, in the style of a modern report
      from a larger municipality: PORTRAIT A4, one column of sans-serif text with short paragraphs;
      a cover page with a coloured block and the notice; every chapter starts on a new page with a
      LARGE chapter number in a square next to the title and a lead; numbered sections («3.2 …»);
      «Dette vil vi» boxes and «Slik gjør vi det» lists under each priority area; key figures set
      as infographic text boxes (big number over a label); a vision band; main goals as numbered
      cards; two tables; a running HEADER with the plan title and a FOOTER with the page number
  lysvang-kunnskapsgrunnlag.docx (+ .meta.json) – python-docx, unnumbered Heading 1/2, captions
      ABOVE the tables and a source line under them, shaded one-cell «Verdt å vite» boxes,
      bullet lists

Lysvang kommune does not exist. Every name, place, firm, figure and decision below is invented
test data, written independently of the product, its demo municipality and the earlier held-out
sets. Run:  .venv/bin/python evaluation/heldout9/render.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

import evaluation.heldout_render as shared  # noqa: E402

PDF_PATH = HERE / "lysvang-samfunnsdel.pdf"
DOCX_PATH = HERE / "lysvang-kunnskapsgrunnlag.docx"

NOTICE_TITLE = "Eksempeldata – fiktiv kommune"
NOTICE = ("Lysvang kommune finnes ikke. Dokumentet er laget som testmateriale for en uavhengig "
          "evaluering av Samspill. Alle navn, steder, bedrifter, skoler, institusjoner, tall og "
          "vedtak er oppdiktet. Eventuell likhet med virkelige kommuner, steder eller personer er "
          "tilfeldig.")

PDF_TITLE = "Kommuneplanens samfunnsdel 2021–2033"
ADOPTED = "Vedtatt av kommunestyret 10.06.2021, sak 52/21"

# ---------------------------------------------------------------------------------------------
# Samfunnsdelen (PDF). Kinds:
#   ("chapter", number, title, lead)      new page, big chapter number, title and lead
#   ("h2", text)                          numbered section heading («3.2 …»)
#   ("p", text)                           body paragraph
#   ("ul", [items])                       plain bullet list
#   ("figures", title, [(big, label)])    infographic key figures in text boxes
#   ("vision", text)                      the vision band
#   ("goals", [(n, title, text)])         main goals as numbered cards
#   ("vil", [items])                      «Dette vil vi» box
#   ("gjor", [items])                     «Slik gjør vi det» list
#   ("table", caption, rows, widths)      data table
# ---------------------------------------------------------------------------------------------

SAMFUNNSDEL = [
    ("chapter", "1", "Innledning",
     "Lysvang vokser raskere enn nesten alle andre kommuner i landet. Denne planen sier hvordan "
     "vi vil møte veksten fram mot 2033."),
    ("h2", "1.1 Hva er samfunnsdelen?"),
    ("p", "Kommuneplanens samfunnsdel er kommunens overordnede plan for utviklingen av "
          "lokalsamfunnet og for kommunen som organisasjon. Planen gjelder for perioden "
          "2021–2033 og erstatter samfunnsdelen fra 2013."),
    ("p", "Samfunnsdelen skal legges til grunn for kommuneplanens arealdel, for temaplaner og for "
          "den årlige handlings- og økonomiplanen. Kommunestyret vedtok planen 10. juni 2021 i sak "
          "52/21."),
    ("h2", "1.2 Slik har vi jobbet"),
    ("p", "Planprogrammet ble fastsatt i september 2020. Kommunestyret holdt to politiske "
          "verksteder, i november 2020 og i februar 2021. Der drøftet representantene "
          "kunnskapsgrunnlaget, visjonen og satsingsområdene i tverrpolitiske grupper."),
    ("p", "Over 2 100 innbyggere svarte på en digital spørreundersøkelse om planen. Vi holdt åpne "
          "møter på Stormyra senter og i Fossebakk grendehus, og barn og unge deltok gjennom "
          "elevrådene og ungdomsrådet."),
    ("p", "Planforslaget var på høring fra 1. mars til 15. april 2021. Det kom inn 64 "
          "høringsuttalelser, blant annet fra Tindemark fylkeskommune, statsforvalteren, "
          "nabokommunene og flere velforeninger."),
    ("h2", "1.3 Lysvang i dag"),
    ("p", "Lysvang ligger sørøst for Brennestad, den største byen i Tindemark fylke. Kommunen har "
          "vokst fra 39 400 innbyggere i 2014 til 45 610 ved inngangen til 2020. Mange av dem som "
          "flytter hit, er barnefamilier som vil bo nær storbyen og nær naturen."),
    ("p", "Tre av fem yrkesaktive innbyggere arbeider i en annen kommune, de fleste i Brennestad. "
          "Bussen til Brennestad bruker 35 minutter, og i rushtiden står bilene i kø ved "
          "Skauerudkrysset."),
    ("p", "Ringåsbanen skal få en ny stasjon på Tveitmoen. Stasjonen ventes å åpne i 2025 og vil "
          "gi 14 minutters reisetid til Brennestad sentralstasjon. Det gjør Tveitmoen til "
          "kommunens viktigste område for ny utvikling."),
    ("figures", "Lysvang i tall (1.1.2020)", [
        ("45 610", "innbyggere"),
        ("27 %", "er under 20 år"),
        ("10 300", "pendler daglig til Brennestad"),
        ("70 %", "av reisene skjer med bil"),
    ]),
    ("h2", "1.4 Hovedutfordringer"),
    ("p", "Kunnskapsgrunnlaget for planen viser fem hovedutfordringer som planen skal svare på:"),
    ("ul", [
        "Barnehager og skoler har ikke holdt tritt med befolkningsveksten, og flere skoler er "
        "fulle.",
        "Høy bilbruk gir kø, støy og klimagassutslipp.",
        "Nye boligfelt presser marka og friluftsområdene.",
        "Antallet innbyggere over 80 år vil doble seg fram mot 2035, og økningen skyter fart fra "
        "2030.",
        "Store investeringer i skoler har gitt høy lånegjeld og lite handlingsrom i driften.",
    ]),
    ("h2", "1.5 Hva innbyggerne sa"),
    ("p", "I spørreundersøkelsen var trygge skoleveier, kortere kø og bevaring av marka de temaene "
          "flest var opptatt av. Mange ønsket seg et mer levende sentrum med kafeer og møteplasser."),
    ("p", "Ungdomsrådet ba om flere steder der unge kan møtes uten å måtte kjøpe noe, og om "
          "bedre bussforbindelser på kveldstid. Eldrerådet pekte på behovet for boliger som er "
          "tilpasset eldre, nær butikker og helsetjenester."),

    ("chapter", "2", "Visjon og hovedmål",
     "Visjonen og hovedmålene er de lange linjene i planen. De skal ligge fast gjennom hele "
     "planperioden."),
    ("vision", "Lysvang – grønn vekst, gode nabolag"),
    ("h2", "2.1 Om visjonen"),
    ("p", "Visjonen uttrykker at Lysvang skal ta imot veksten på en måte som tar vare på naturen "
          "og gir trygge og inkluderende nabolag."),
    ("p", "Veksten skal skje der folk kan gå, sykle og ta toget – ikke i marka. Visjonen gjelder "
          "både for lokalsamfunnet og for kommunen som organisasjon."),
    ("h2", "2.2 Fire hovedmål"),
    ("goals", [
        ("1", "Gode oppvekstvilkår",
         "Barn og unge skal ha plass i barnehage og skole i nærmiljøet og et oppvekstmiljø som gir "
         "mestring og tilhørighet."),
        ("2", "Kompakt og klimavennlig vekst",
         "Minst 80 prosent av boligveksten skal komme i Lysvang sentrum og på Tveitmoen, og "
         "bilandelen skal ned fra 70 til 55 prosent innen 2033."),
        ("3", "Aktive liv hele livet",
         "Innbyggerne skal kunne leve aktive og selvstendige liv, og kommunen skal være klar for "
         "den store økningen i antallet eldre fra 2030."),
        ("4", "Bærekraftig kommuneøkonomi",
         "Kommunen skal ha et økonomisk handlingsrom som gjør det mulig å møte veksten uten å "
         "svekke tjenestene for kommende generasjoner."),
    ]),
    ("h2", "2.3 Bærekraft og folkehelse"),
    ("p", "FNs bærekraftsmål er rammen for planen. Kommunestyret har valgt ut mål 3 (god helse), "
          "4 (god utdanning), 11 (bærekraftige byer og lokalsamfunn) og 15 (livet på land) som "
          "særlig viktige for Lysvang."),
    ("p", "Folkehelse er et gjennomgående hensyn. Alle større tiltak skal vurderes ut fra hvordan "
          "de påvirker helse, trivsel og sosial ulikhet."),
    ("h2", "2.4 Når målene trekker i ulike retninger"),
    ("p", "Hovedmålene trekker stort sett i samme retning, men ikke alltid. Veksten gir behov for "
          "nye boliger, skoler og veier, mens målet om å ta vare på marka og dyrka mark setter "
          "grenser for hvor det kan bygges."),
    ("p", "Kommunestyret har derfor valgt å la fortetting rundt stasjonen og i sentrum ta det "
          "meste av veksten. Store investeringer i skoler og barnehager må samtidig veies mot "
          "målet om en bærekraftig kommuneøkonomi. Hvilke tiltak som prioriteres, avgjøres i "
          "handlings- og økonomiplanen hvert år."),

    ("chapter", "3", "Satsingsområder",
     "Kommunestyret har valgt fire satsingsområder for planperioden. For hvert av dem sier planen "
     "hva vi vil oppnå, og hvordan vi skal jobbe."),
    ("h2", "3.1 Plass til alle barn og unge"),
    ("p", "Elevtallet i Lysvang økte med 14 prosent fra 2015 til 2020. Tre barneskoler og én "
          "ungdomsskole var fulle i 2020."),
    ("p", "Kommunen har måttet ta i bruk midlertidige paviljonger ved Skauerud skole og Tangvika "
          "skole. Nye boligområder må derfor planlegges sammen med skole, barnehage og trygge "
          "skoleveier."),
    ("figures", "Oppvekst i tall (2020)", [
        ("6 420", "elever i grunnskolen"),
        ("+14 %", "elever fra 2015 til 2020"),
        ("92 %", "av barna 1–5 år går i barnehage"),
    ]),
    ("vil", [
        "Alle barn skal få barnehageplass i nærmiljøet, og minst 95 prosent av barna 1–5 år skal "
        "gå i barnehage.",
        "Ingen skole skal ha flere elever enn kapasiteten i mer enn tre år på rad.",
        "Alle barn skal kunne gå eller sykle trygt til skolen.",
        "Flere unge skal trives på skolen og ha en fritidsaktivitet de liker.",
    ]),
    ("gjor", [
        "bygge Tveitmoen skole, som skal åpne i 2023, og planlegge en ny ungdomsskole på "
        "Tveitmoen",
        "stille rekkefølgekrav om skolekapasitet før nye boligområder kan bygges ut",
        "åpne skolebygg og idrettsanlegg for fritid og frivillighet på ettermiddag og kveld",
        "innføre et fritidskort for alle barn og unge fra 6 til 18 år",
    ]),
    ("h2", "3.2 Tveitmoen – fra jorde til stasjonsby"),
    ("p", "Den nye stasjonen gir Lysvang en sjelden mulighet. Rundt Tveitmoen stasjon skal det "
          "vokse fram en ny bydel med om lag 2 800 boliger, arbeidsplasser, service og et grønt "
          "torg fram mot 2040."),
    ("p", "Stasjonsbyen skal bygges tett og med kort vei til toget. De som bor her, skal ikke "
          "trenge bil i hverdagen."),
    ("p", "Køene på veien mot Brennestad blir ikke borte av seg selv. Uten et godt alternativ til "
          "bilen vil veksten gi mer kø, mer støy og høyere utslipp i hele kommunen."),
    ("vil", [
        "Tveitmoen skal bli et levende knutepunkt med boliger, arbeidsplasser og handel nær "
        "stasjonen.",
        "Minst halvparten av reisene til og fra Tveitmoen skal skje med tog, buss, sykkel eller "
        "til fots innen 2030.",
        "Kvernbekken skal åpnes og bli et grønt drag gjennom bydelen.",
        "Bydelen skal ha en blanding av boligtyper, også rimelige boliger for førstegangskjøpere.",
    ]),
    ("gjor", [
        "vedta en områdeplan for Tveitmoen innen utgangen av 2022",
        "bygge sammenhengende sykkelvei mellom Tveitmoen, Lysvang sentrum og Stormyra",
        "bruke utbyggingsavtaler til å finansiere torg, park og skole",
        "begrense antallet parkeringsplasser i nye boligprosjekter nær stasjonen",
        "etablere innfartsparkering for sykler og et begrenset antall biler ved stasjonen",
    ]),
    ("h2", "3.3 Marka og det grønne Lysvang"),
    ("p", "Gaupelimarka og områdene rundt Knausetjern er de viktigste friluftsområdene i "
          "kommunen. Marka brukes hele året til tur, ski, sopp- og bærplukking, og av skoler og "
          "barnehager."),
    ("p", "Det er uenighet om hvor mye skog som kan bygges ned for å gi plass til nye boliger. "
          "Boligfeltet Gaupeli øst, som ble lagt inn i arealdelen i 2015, har skapt stort "
          "engasjement blant innbyggerne."),
    ("p", "Veitrafikken står for over halvparten av klimagassutslippene i kommunen. Derfor henger "
          "målene for marka, klimaet og transporten tett sammen."),
    ("vil", [
        "Alle innbyggere skal ha under 500 meter til et grøntområde eller en turvei.",
        "Sammenhengende grønne korridorer mellom nabolagene og marka skal bevares.",
        "Klimagassutslippene i Lysvang skal halveres innen 2030 sammenlignet med 2009.",
    ]),
    ("gjor", [
        "fastsette en langsiktig grønn grense mot Gaupelimarka i arealdelen",
        "vurdere boligfeltet Gaupeli øst på nytt ved neste revisjon av arealdelen",
        "ta vare på myr og skog som lagrer karbon",
        "merke og tilrettelegge turveier fra Tveitmoen og sentrum inn i marka",
    ]),
    ("h2", "3.4 Klar for flere eldre"),
    ("p", "Lysvang er i dag en ung kommune, men det endrer seg. Fra 2030 vil antallet innbyggere "
          "over 80 år øke raskt, fordi de store kullene som flyttet hit på 1970- og 1980-tallet, "
          "blir eldre."),
    ("p", "Allerede nå er det vanskelig å rekruttere sykepleiere og helsefagarbeidere. Vi må "
          "derfor planlegge tjenestene på en annen måte enn i dag."),
    ("figures", "Eldre i Lysvang", [
        ("1 020", "innbyggere over 80 år i 2020"),
        ("2 x", "så mange over 80 år i 2035"),
        ("88 %", "av dem over 80 år bor hjemme"),
    ]),
    ("vil", [
        "Flere eldre skal kunne bo trygt hjemme lenger.",
        "Det skal bygges flere aldersvennlige boliger nær sentrum og stasjonen.",
        "Kommunen skal ha nok kvalifiserte ansatte i helse og omsorg.",
        "Ingen skal være ufrivillig ensomme.",
    ]),
    ("gjor", [
        "ta i bruk velferdsteknologi og hverdagsrehabilitering i hele kommunen",
        "utvikle Lerkeåsen helsehus til et senter for korttidsopphold, rehabilitering og "
        "dagtilbud",
        "øke andelen heltidsstillinger og tilby flere lærlingplasser i helsefag",
        "samarbeide med lag og foreninger om møteplasser for eldre",
    ]),

    ("chapter", "4", "Arealstrategi",
     "Arealstrategien viser hvor veksten skal komme, og er grunnlaget for neste revisjon av "
     "kommuneplanens arealdel."),
    ("h2", "4.1 Prinsipper for arealbruken"),
    ("p", "Arealstrategien bygger på regional plan for areal og transport i Brennestad-regionen. "
          "Den regionale planen sier at minst 80 prosent av boligveksten skal komme i prioriterte "
          "vekstområder."),
    ("ul", [
        "Vi bygger innenfra og ut: fortetting nær stasjonen og sentrum før nye felt i utkanten.",
        "Vi bygger ikke i marka innenfor den grønne grensen.",
        "Vi tar vare på den dyrka marka på Fossebakk.",
        "Vi samler handel og service i Lysvang sentrum, på Tveitmoen og på Stormyra.",
    ]),
    ("h2", "4.2 Fordeling av boligveksten"),
    ("p", "Kommunestyret legger til grunn en boligbygging på om lag 500 boliger i året i "
          "planperioden. Tabell 1 viser hvordan de nye boligene skal fordeles mellom områdene."),
    ("table", "Tabell 1 Ønsket fordeling av nye boliger 2021–2033", [
        ["Område", "Andel", "Om lag antall boliger"],
        ["Tveitmoen", "45 %", "2 700"],
        ["Lysvang sentrum", "35 %", "2 100"],
        ["Skauerud, Bjønnlia og Tangvika (fortetting)", "12 %", "720"],
        ["Fossebakk og spredt bebyggelse", "8 %", "480"],
        ["Sum", "100 %", "6 000"],
    ], [0.56, 0.16, 0.28]),
    ("h2", "4.3 Handel og Stormyra senter"),
    ("p", "Stormyra senter er det nest største kjøpesenteret i regionen og skaper mye biltrafikk. "
          "Senteret skal ikke utvides med mer handelsareal."),
    ("p", "Kommunen er åpen for at deler av parkeringsarealet på Stormyra på sikt kan omformes til "
          "boliger og arbeidsplasser. Ny handel skal ellers ligge i Lysvang sentrum eller på "
          "Tveitmoen."),
    ("h2", "4.4 Næringsarealer"),
    ("p", "Moseby næringspark er kommunens område for arealkrevende næring, lager og logistikk. "
          "Kontorarbeidsplasser og andre arbeidsplasser med mange ansatte skal ligge nær "
          "stasjonen."),
    ("h2", "4.5 Fossebakk og grendene"),
    ("p", "Fossebakk skal ha en moderat vekst som kan holde skolen og butikken i grenda oppe. Det "
          "tillates ikke nye boligfelt på dyrka mark."),
    ("h2", "4.6 Klimatilpasning og samfunnssikkerhet"),
    ("p", "Nye utbyggingsområder skal planlegges for mer nedbør. Overvann skal håndteres åpent og "
          "lokalt der det er mulig, og grønne flater skal sikres i alle nye boligprosjekter."),
    ("p", "Det skal ikke bygges nye boliger i kjente kvikkleiresoner før området er sikret. "
          "Risiko- og sårbarhetsanalysen skal legges til grunn når arealdelen revideres."),
    ("figures", "Arealstrategien kort fortalt", [
        ("80 %", "av boligveksten i sentrum og på Tveitmoen"),
        ("500", "nye boliger i året"),
        ("0", "nye boligfelt innenfor den grønne grensen"),
    ]),

    ("chapter", "5", "Oppfølging",
     "Planen får bare betydning hvis den følges opp i budsjett, planer og daglig drift."),
    ("h2", "5.1 Handlings- og økonomiplanen"),
    ("p", "Satsingsområdene skal følges opp i den årlige handlings- og økonomiplanen. Hvert år "
          "skal kommunedirektøren vise hvilke tiltak i økonomiplanen som bidrar til hvert "
          "satsingsområde."),
    ("p", "Kommunestyret har vedtatt en handlingsregel for økonomien. Netto driftsresultat skal "
          "over tid være minst 2 prosent av driftsinntektene, slik at kommunen kan spare til "
          "egenkapital i investeringer."),
    ("h2", "5.2 Rapportering og revisjon"),
    ("p", "Kommunedirektøren legger hvert år fram en tilstandsrapport for Lysvang med "
          "utviklingen i indikatorene i tabell 2. Rapporten behandles av kommunestyret sammen med "
          "årsmeldingen."),
    ("p", "Samfunnsdelen skal vurderes i den kommunale planstrategien i hver valgperiode. Et nytt "
          "kommunestyre kan endre satsingsområdene, mens visjonen og hovedmålene skal ligge fast."),
    ("table", "Tabell 2 Indikatorer for oppfølging av samfunnsdelen", [
        ["Indikator", "Utgangspunkt", "Mål 2033"],
        ["Innbyggere", "45 610 (2020)", "forventet 55 000"],
        ["Andel av boligveksten i sentrum og på Tveitmoen", "52 % (2016–2020)", "minst 80 %"],
        ["Bilandel av innbyggernes reiser", "70 % (2019)", "55 %"],
        ["Barn 1–5 år i barnehage", "92 % (2020)", "minst 95 %"],
        ["Elever på 7. trinn som trives på skolen", "86 % (2020)", "90 %"],
        ["Klimagassutslipp", "81 200 tonn (2019)", "43 000 tonn (2030)"],
        ["Andel av innbyggerne over 80 år som bor hjemme", "88 % (2020)", "90 %"],
        ["Netto driftsresultat", "3,4 % (2020)", "minst 2 %"],
    ], [0.50, 0.26, 0.24]),
    ("h2", "5.3 Samarbeid"),
    ("p", "Mange av målene kan ikke nås av kommunen alene. Vi vil samarbeide med Tindemark "
          "fylkeskommune, statsforvalteren, Brennestad kommune og nabokommunene Ørkjelsrud og "
          "Hallvang, med næringslivet og med frivilligheten."),
    ("p", "Innbyggerne skal trekkes med i arbeidet med områdeplanen for Tveitmoen og i "
          "revisjonen av arealdelen."),
    ("h2", "5.4 Hva betyr planen for virksomhetene?"),
    ("p", "Hver kommunalsjef skal sørge for at satsingsområdene konkretiseres i virksomhetsplanene "
          "for sitt område. Oppvekst skal lage en skolebruksplan som viser behovet for skole- og "
          "barnehageplasser fram mot 2035."),
    ("p", "Helse og omsorg skal lage en plan for tjenestene til eldre som viser hvordan kommunen "
          "skal møte økningen etter 2030. Samfunnsutvikling skal lage en mobilitetsplan for "
          "Tveitmoen og sentrum."),
]

# ---------------------------------------------------------------------------------------------
# Kunnskapsgrunnlaget (DOCX). Kinds: h1, h2, p, ul as in heldout_render, plus
#   ("table", caption, rows, source)      caption above, source line below
#   ("box", title, text)                  shaded one-cell «Verdt å vite» box
# ---------------------------------------------------------------------------------------------

KUNNSKAPSGRUNNLAG = [
    ("h1", "Innledning"),
    ("h2", "Formål"),
    ("p", "Dette dokumentet beskriver situasjonen og utviklingstrekkene i Lysvang kommune. Det er "
          "grunnlaget for kommunal planstrategi 2024–2027 og for kommunestyrets vurdering av om "
          "kommuneplanens samfunnsdel 2021–2033 skal revideres."),
    ("p", "Kunnskapsgrunnlaget er utarbeidet av kommunedirektøren og ledergruppen og skal gi "
          "kommunestyret et felles faktagrunnlag til det første politiske verkstedet 26. september "
          "2024. Det beskriver situasjon og trender og peker på utfordringer, men tar ikke stilling "
          "til hvilke løsninger kommunen bør velge."),
    ("p", "Dokumentet følger de fire temaene som kommunestyret trenger kunnskap om: "
          "samfunnsutvikling (befolkning, næring, transport og arealbruk), tjenesteyting "
          "(barnehage, skole, helse og omsorg), beredskap og kommuneøkonomi. Til slutt omtales "
          "nasjonale og regionale føringer som kommunen må ta hensyn til."),
    ("h2", "Kilder og avgrensning"),
    ("p", "Tallene er hentet fra Statistisk sentralbyrå (SSB), Kostra, reisevaneundersøkelsen for "
          "Brennestad-regionen 2022, kommunens egne fagsystemer og helhetlig risiko- og "
          "sårbarhetsanalyse 2023. Der ikke annet er oppgitt, gjelder tallene 1. januar 2024 eller "
          "året 2023."),
    ("box", "Verdt å vite",
     "Lysvang har vokst med over 10 000 innbyggere på ti år. Veksten har gitt press på skoler og "
     "barnehager, kø på veiene og høy lånegjeld. Fra 2030 vil antallet eldre øke raskt."),

    ("h1", "Befolkning"),
    ("h2", "Folketall og vekst"),
    ("p", "Lysvang hadde 49 860 innbyggere 1. januar 2024. Folketallet økte med 1 240 personer, "
          "eller 2,5 prosent, i løpet av 2023. Siden 2014 har kommunen fått 10 460 flere "
          "innbyggere, en vekst på 26,5 prosent."),
    ("table", "Tabell 1. Folketall 1. januar 2014–2024", [
        ["År", "Innbyggere"],
        ["2014", "39 400"],
        ["2016", "41 350"],
        ["2018", "43 100"],
        ["2020", "45 610"],
        ["2022", "47 900"],
        ["2023", "48 620"],
        ["2024", "49 860"],
    ], "Kilde: SSB, tabell 07459."),
    ("p", "Veksten skyldes først og fremst innflytting. I 2023 ble det født 610 barn, og 290 "
          "personer døde. Netto innflytting fra andre kommuner var 620 personer, og netto "
          "innvandring var 300 personer. Fødselstallet har falt fra 680 i 2016 til 610 i 2023."),
    ("table", "Tabell 2. Befolkningsendringer i 2023", [
        ["Komponent", "Antall"],
        ["Levendefødte", "610"],
        ["Døde", "290"],
        ["Innflytting fra andre kommuner", "3 480"],
        ["Utflytting til andre kommuner", "2 860"],
        ["Innvandring", "520"],
        ["Utvandring", "220"],
        ["Befolkningsvekst", "1 240"],
    ], "Kilde: SSB."),
    ("h2", "Befolkningsframskrivinger"),
    ("p", "Kommunens framskriving bygger på SSBs hovedalternativ, justert for boligbyggingen som "
          "er lagt til grunn i samfunnsdelen. Den viser at folketallet vil passere 55 000 rundt "
          "2030 og nå om lag 59 600 i 2035, 62 200 i 2040 og 65 100 i 2050."),
    ("table", "Tabell 3. Befolkning etter alder 2024 og framskrevet 2030–2050", [
        ["Alder", "2024", "2030", "2035", "2040", "2050"],
        ["0–5 år", "4 310", "4 720", "4 900", "4 960", "4 880"],
        ["6–15 år", "7 240", "7 890", "8 310", "8 450", "8 300"],
        ["16–19 år", "2 560", "2 980", "3 150", "3 260", "3 300"],
        ["20–66 år", "31 180", "34 020", "35 900", "37 050", "38 400"],
        ["67–79 år", "3 420", "4 280", "4 990", "5 540", "6 300"],
        ["80 år og eldre", "1 150", "1 710", "2 350", "2 940", "3 920"],
        ["Sum", "49 860", "55 600", "59 600", "62 200", "65 100"],
    ], "Kilde: SSB (hovedalternativet) og kommunens egne beregninger, 2024."),
    ("p", "Den største relative endringen gjelder de eldste. Antallet innbyggere som er 80 år og "
          "eldre, vil mer enn dobles fra 1 150 i 2024 til 2 350 i 2035, og nå 3 920 i 2050. "
          "Økningen skyter fart etter 2030, når de store kullene som flyttet til Lysvang på 1970- "
          "og 1980-tallet, når 80 år."),
    ("p", "I 2024 er det 27,1 innbyggere i alderen 20–66 år per innbygger over 80 år. I 2035 vil "
          "det være 15,3, og i 2050 bare 9,8."),
    ("h2", "Hvor i kommunen bor folk?"),
    ("table", "Tabell 4. Innbyggere etter delområde 1. januar 2024", [
        ["Delområde", "Innbyggere"],
        ["Lysvang sentrum", "11 240"],
        ["Tveitmoen", "4 380"],
        ["Skauerud", "9 620"],
        ["Bjønnlia", "8 150"],
        ["Tangvika", "6 900"],
        ["Mølledalen", "5 870"],
        ["Fossebakk", "3 700"],
        ["Sum", "49 860"],
    ], "Kilde: Folkeregisteret, kommunens egne beregninger."),
    ("p", "Skauerud og Bjønnlia vokste mest i perioden 2014–2020. Etter at områdeplanen for "
          "Tveitmoen ble vedtatt, er det Tveitmoen og Lysvang sentrum som vokser raskest. "
          "Fossebakk, som er den eneste landbruksgrenda i kommunen, har hatt omtrent uendret "
          "folketall i ti år."),

    ("h1", "Næringsliv, arbeid og pendling"),
    ("h2", "Arbeidsplasser"),
    ("p", "Det var 14 800 arbeidsplasser i Lysvang i 2023, mot 12 700 i 2018. Offentlig sektor "
          "er den største arbeidsgiveren, fulgt av varehandel og bygg og anlegg."),
    ("table", "Tabell 5. Arbeidsplasser i Lysvang etter næring, 2023", [
        ["Næring", "Arbeidsplasser"],
        ["Offentlig administrasjon, undervisning, helse og omsorg", "5 900"],
        ["Varehandel", "2 700"],
        ["Bygg og anlegg", "2 100"],
        ["Annen tjenesteyting", "1 700"],
        ["Transport og lager", "1 500"],
        ["Industri", "600"],
        ["Jordbruk og skogbruk", "300"],
        ["Sum", "14 800"],
    ], "Kilde: SSB, registerbasert sysselsettingsstatistikk."),
    ("p", "De største private arbeidsgiverne er Stormyra senter med om lag 620 ansatte i butikkene, "
          "lagerbedriften Moseby Logistikk AS med 240 ansatte og Kvernbakk Elektro AS med 180 "
          "ansatte. De to siste holder til i Moseby næringspark."),
    ("h2", "Pendling"),
    ("p", "Av de 26 300 sysselsatte som bor i Lysvang, arbeider 15 900, eller 60 prosent, i en "
          "annen kommune. 11 200 pendler til Brennestad. 4 400 personer pendler inn til Lysvang, "
          "de fleste fra Ørkjelsrud og Hallvang."),
    ("p", "Arbeidsplassdekningen, det vil si antallet arbeidsplasser i kommunen i prosent av "
          "antallet sysselsatte som bor her, er 56 prosent."),
    ("p", "Den registrerte arbeidsledigheten var 1,9 prosent av arbeidsstyrken i desember 2023."),
    ("h2", "Handel"),
    ("p", "Stormyra senter har 68 butikker og omsatte for 1,9 milliarder kroner i 2023. Senteret "
          "har søkt om å utvide med 12 000 kvadratmeter handelsareal. Samfunnsdelen sier at "
          "senteret ikke skal utvides med mer handelsareal, og søknaden er ikke behandlet."),
    ("p", "Varehandelen i Lysvang sentrum har tapt markedsandeler. Sentrum stod for 18 prosent av "
          "varehandelen i kommunen i 2023, mot 24 prosent i 2016."),
    ("box", "Verdt å vite",
     "Lysvang er en utpendlingskommune. Seks av ti yrkesaktive arbeider i en annen kommune, og "
     "antallet arbeidsplasser i kommunen vokser saktere enn folketallet."),

    ("h1", "Transport, boliger og arealbruk"),
    ("h2", "Reisevaner og kø"),
    ("p", "Reisevaneundersøkelsen fra 2022 viser at 68 prosent av innbyggernes reiser skjer med "
          "bil, mot 70 prosent i 2019. 14 prosent av reisene skjer til fots, 12 prosent med "
          "kollektivtransport og 6 prosent med sykkel."),
    ("p", "Fylkesvei 261 mellom Lysvang sentrum og Brennestad hadde en årsdøgntrafikk på 24 500 "
          "kjøretøy forbi Skauerud i 2023. I morgenrushet tar bilturen fra Lysvang sentrum til "
          "Brennestad sentrum 45 minutter, mot 22 minutter utenom rushtiden. Køen starter ofte i "
          "Skauerudkrysset."),
    ("h2", "Tveitmoen stasjon"),
    ("p", "Tveitmoen stasjon på Ringåsbanen åpner etter planen i desember 2026, noe senere enn "
          "samfunnsdelen la til grunn. Reisetiden til Brennestad sentralstasjon blir 14 minutter, "
          "med fire avganger i timen i rushtiden."),
    ("p", "Områdeplanen for Tveitmoen ble vedtatt i mars 2023. Den åpner for om lag 2 800 nye "
          "boliger og 1 500 arbeidsplasser innen 2040, en ny barneskole og en ny ungdomsskole."),
    ("h2", "Boligbygging"),
    ("p", "Det ble fullført i gjennomsnitt 520 boliger i året i perioden 2019–2023. Andelen av de "
          "nye boligene som ligger i Lysvang sentrum og på Tveitmoen, har økt fra 55 til 66 "
          "prosent. For hele perioden var andelen 61 prosent, mens målet i samfunnsdelen er minst "
          "80 prosent."),
    ("table", "Tabell 6. Fullførte boliger 2019–2023", [
        ["År", "Fullførte boliger", "Andel i sentrum og på Tveitmoen"],
        ["2019", "480", "55 %"],
        ["2020", "455", "58 %"],
        ["2021", "610", "60 %"],
        ["2022", "560", "64 %"],
        ["2023", "495", "66 %"],
    ], "Kilde: SSB og kommunens byggesaksarkiv."),
    ("p", "Gjennomsnittlig kvadratmeterpris for brukte boliger i Lysvang var 52 300 kroner i "
          "2023. Eneboliger utgjør 44 prosent av boligmassen, rekkehus og tomannsboliger 31 "
          "prosent og leiligheter 25 prosent."),
    ("h2", "Gaupelimarka og grønnstruktur"),
    ("p", "Lysvang har et landareal på 74 kvadratkilometer. Av dette er 31 kvadratkilometer skog, "
          "og 18 kvadratkilometer inngår i Gaupelimarka. Kartleggingen av friluftslivsområder fra "
          "2021 vurderer Gaupelimarka og Knausetjern som svært viktige friluftslivsområder."),
    ("p", "Boligfeltet Gaupeli øst ble lagt inn i arealdelen i 2015 med plass til om lag 450 "
          "boliger på 150 dekar skog. Feltet er ikke regulert. I 2022 skrev 4 100 innbyggere under "
          "på et opprop mot utbyggingen. Feltet ligger utenfor de prioriterte vekstområdene i den "
          "regionale planen, og statsforvalteren har bedt kommunen vurdere det på nytt."),

    ("h1", "Barnehage og skole"),
    ("h2", "Barnehage"),
    ("p", "Lysvang har 31 barnehager, 14 kommunale og 17 private. Ved utgangen av 2023 gikk 3 260 "
          "av de 3 590 barna i alderen 1–5 år i barnehage. Det gir en dekningsgrad på 91 prosent, "
          "mot målet på minst 95 prosent i samfunnsdelen."),
    ("p", "Framskrivingen gir 3 930 barn i alderen 1–5 år i 2030. For å nå en dekningsgrad på 95 "
          "prosent trengs det da om lag 475 flere barnehageplasser enn i dag. En ny kommunal "
          "barnehage med 160 plasser på Tveitmoen skal etter planen stå ferdig i 2026."),
    ("h2", "Grunnskole"),
    ("p", "Skoleåret 2023/24 gikk 7 090 elever i de tolv kommunale grunnskolene, 4 930 på "
          "barnetrinnet og 2 160 på ungdomstrinnet. Om lag 150 elever går på privatskoler utenfor "
          "kommunen."),
    ("table", "Tabell 7. Elevtall og kapasitet i de kommunale skolene, skoleåret 2023/24", [
        ["Skole", "Trinn", "Elever", "Kapasitet"],
        ["Skauerud skole", "1–7", "690", "650"],
        ["Bjønnlia skole", "1–7", "610", "650"],
        ["Mølledalen skole", "1–7", "520", "560"],
        ["Fossebakk skole", "1–7", "118", "175"],
        ["Tveitmoen skole", "1–7", "585", "700"],
        ["Tangvika skole", "1–7", "640", "600"],
        ["Gaupeli skole", "1–7", "560", "600"],
        ["Moseby skole", "1–7", "512", "540"],
        ["Hestehagen skole", "1–7", "695", "700"],
        ["Orrebakken ungdomsskole", "8–10", "780", "750"],
        ["Vangsletta ungdomsskole", "8–10", "720", "750"],
        ["Lysvang ungdomsskole", "8–10", "660", "690"],
        ["Sum", "", "7 090", "7 365"],
    ], "Kilde: GSI og kommunens skolebruksplan."),
    ("p", "Tre skoler har flere elever enn kapasiteten: Skauerud skole, Tangvika skole og Orrebakken "
          "ungdomsskole. Tveitmoen skole åpnet i august 2023 og har ledig kapasitet."),
    ("p", "Elevtallet på ungdomstrinnet ventes å øke fra 2 160 til om lag 2 600 i 2031. De tre "
          "ungdomsskolene har til sammen plass til 2 190 elever. Handlings- og økonomiplanen har "
          "derfor satt av midler til en ny ungdomsskole på Tveitmoen, Tveitmoen ungdomsskole, som "
          "skal stå ferdig i 2029."),
    ("h2", "Læring og trivsel"),
    ("p", "Gjennomsnittlige grunnskolepoeng var 42,8 i 2023, over landsgjennomsnittet. I "
          "Elevundersøkelsen 2023 svarte 87 prosent av elevene på 7. trinn at de trives på "
          "skolen, og 7 prosent at de blir mobbet to eller tre ganger i måneden eller oftere."),
    ("p", "Fritidskortet ble innført i 2022. I 2023 ble kortet brukt av 3 900 barn og unge."),
    ("p", "Videregående opplæring er fylkeskommunens ansvar. Lysvang videregående skole ligger i "
          "sentrum, og mange ungdommer tar også videregående opplæring i Brennestad."),

    ("h1", "Helse og omsorg"),
    ("h2", "Tjenestene i dag"),
    ("p", "Kommunen har 160 sykehjemsplasser: 96 på Lindegården sykehjem og 64 på Lerkeåsen "
          "helsehus, der 18 plasser er for korttidsopphold og rehabilitering. I tillegg har "
          "kommunen 48 omsorgsboliger med heldøgns bemanning."),
    ("p", "Sykehjemsplassene tilsvarer 13,9 prosent av innbyggerne over 80 år. 89 prosent av "
          "innbyggerne over 80 år bor hjemme."),
    ("p", "Hjemmetjenestene hadde 1 020 mottakere i 2023. 420 av dem var 80 år eller eldre."),
    ("h2", "Ansatte og rekruttering"),
    ("p", "Helse og omsorg har 1 120 ansatte i 780 årsverk. Bare 41 prosent av de ansatte i helse "
          "og omsorg arbeider heltid. Ved utgangen av 2023 var 14 sykepleierstillinger ubesatt."),
    ("p", "Gjennomsnittsalderen blant sykepleierne i kommunen er 46 år. Om lag 90 av dem vil nå "
          "pensjonsalder innen 2035. Kommunen tok inn 22 lærlinger i helsearbeiderfaget i 2023."),
    ("table", "Tabell 8. Sykefravær i prosent, 2023", [
        ["Område", "Sykefravær"],
        ["Helse og omsorg", "10,4 %"],
        ["Oppvekst (skole og barnehage)", "8,6 %"],
        ["Hele kommunen", "8,1 %"],
    ], "Kilde: Kommunens personalsystem. Legemeldt og egenmeldt fravær."),
    ("h2", "Framtidige behov"),
    ("p", "Hvis kommunen skal ha like mange sykehjemsplasser i forhold til antallet innbyggere "
          "over 80 år som i dag, trengs det om lag 330 plasser i 2035 og 545 plasser i 2050."),
    ("p", "En ny sykehjemsplass koster om lag 4 millioner kroner å bygge og 1,3 millioner kroner i "
          "året å drive. Med dagens måte å organisere tjenestene på vil helse og omsorg trenge om "
          "lag 1 250 årsverk i 2035."),
    ("p", "Erfaringene med hverdagsrehabilitering siden 2021 viser at 6 av 10 brukere trengte "
          "mindre hjelp etter tre måneder. Lindegården sykehjem er fra 1986 og trenger "
          "rehabilitering."),
    ("box", "Verdt å vite",
     "Antallet innbyggere over 80 år vil mer enn dobles til 2035, mens antallet i yrkesaktiv "
     "alder vokser langt saktere. Det blir vanskelig å skaffe nok ansatte med dagens måte å gi "
     "tjenester på."),
    ("h2", "Folkehelse"),
    ("p", "Folkehelseprofilen for 2024 viser at Lysvang har en lavere andel barn i familier med "
          "lav inntekt enn landet, 6 prosent. Andelen unge som sier de er fysisk aktive, er høy, "
          "men andelen som bruker mer enn tre timer daglig på skjerm utenom skolen, har økt."),

    ("h1", "Kommuneøkonomi"),
    ("h2", "Økonomisk situasjon"),
    ("p", "Lysvang kommune hadde brutto driftsinntekter på 4 150 millioner kroner i 2023. Netto "
          "driftsresultat var 0,3 prosent av driftsinntektene, etter 1,2 prosent i 2022 og 2,9 "
          "prosent i 2021. Hovedårsakene er høyere renteutgifter, økte utgifter til "
          "ressurskrevende tjenester og flere elever."),
    ("p", "Kommunens frie inntekter per innbygger er 93 prosent av landsgjennomsnittet."),
    ("p", "Befolkningsveksten gir økte inntekter, men utgiftene til nye skoler, barnehager og "
          "infrastruktur kommer før inntektene. Når nye boligområder bygges ut, må kommunen ofte "
          "investere i skole og vei flere år før de nye innbyggerne flytter inn."),
    ("h2", "Handlingsregelen"),
    ("p", "Kommunestyret vedtok i 2019 en handlingsregel med tre måltall: netto driftsresultat skal "
          "over tid være minst 2 prosent av driftsinntektene, disposisjonsfondet skal være minst 7 "
          "prosent, og netto lånegjeld skal ikke overstige 100 prosent av driftsinntektene."),
    ("p", "I 2022 hevet kommunestyret grensen for netto lånegjeld til 110 prosent for å gi rom "
          "for skoleinvesteringene. I 2023 ble bare måltallet for disposisjonsfondet nådd."),
    ("table", "Tabell 9. Økonomiske nøkkeltall 2021–2023 og handlingsregelen", [
        ["Nøkkeltall", "2021", "2022", "2023", "Handlingsregel"],
        ["Brutto driftsinntekter (mill. kr)", "3 640", "3 890", "4 150", "–"],
        ["Netto driftsresultat", "2,9 %", "1,2 %", "0,3 %", "minst 2 %"],
        ["Disposisjonsfond", "9,8 %", "8,6 %", "7,5 %", "minst 7 %"],
        ["Netto lånegjeld", "108 %", "117 %", "125 %", "høyst 110 %"],
    ], "Kilde: Kostra og kommunens årsregnskap. Prosent av brutto driftsinntekter."),
    ("p", "Disposisjonsfondet var 311 millioner kroner ved utgangen av 2023. Netto lånegjeld var "
          "5 190 millioner kroner."),
    ("h2", "Investeringer og gjeld"),
    ("p", "De siste årene har kommunen investert mye i skoler. Tveitmoen skole kostet 480 "
          "millioner kroner, og utvidelsen av Hestehagen skole i 2022 kostet 210 millioner "
          "kroner."),
    ("p", "Vedtatt handlings- og økonomiplan 2024–2027 har investeringer på til sammen 2 300 "
          "millioner kroner."),
    ("table", "Tabell 10. Investeringer i handlings- og økonomiplan 2024–2027", [
        ["Prosjekt", "Mill. kr"],
        ["Tveitmoen ungdomsskole", "620"],
        ["Vann og avløp", "540"],
        ["Infrastruktur i stasjonsområdet på Tveitmoen", "260"],
        ["Rehabilitering av Lindegården sykehjem", "180"],
        ["Ny barnehage på Tveitmoen", "140"],
        ["Andre prosjekter", "560"],
        ["Sum", "2 300"],
    ], "Kilde: Handlings- og økonomiplan 2024–2027."),
    ("p", "Med denne investeringsplanen vil netto lånegjeld øke til om lag 138 prosent av "
          "driftsinntektene i 2027. En renteøkning på ett prosentpoeng gir om lag 35 millioner "
          "kroner i økte netto renteutgifter per år."),
    ("h2", "Eiendomsskatt"),
    ("p", "Lysvang har eiendomsskatt på alle eiendommer. Satsen for boliger og fritidsboliger er "
          "1,8 promille, som er blant de laveste i Tindemark, og bunnfradraget er 400 000 kroner. "
          "Eiendomsskatten ga 96 millioner kroner i 2023, av dette 58 millioner kroner fra boliger "
          "og fritidsboliger."),
    ("p", "Hvis satsen for boliger og fritidsboliger økes til lovens maksimum på 4 promille, vil "
          "inntektene øke med om lag 71 millioner kroner i året. Nivået på eiendomsskatten har "
          "vært et tema i flere budsjettdebatter i kommunestyret."),
    ("box", "Verdt å vite",
     "Kommunen bryter to av de tre måltallene i handlingsregelen. Lånegjelden vil øke videre med "
     "vedtatte investeringer, og kommunen er sårbar for renteøkninger."),

    ("h1", "Klima, miljø og beredskap"),
    ("h2", "Klimagassutslipp"),
    ("p", "De direkte klimagassutslippene i Lysvang var 78 300 tonn CO2-ekvivalenter i 2022. Det "
          "er 9 prosent lavere enn i 2009, da utslippene var 86 000 tonn. For å nå målet om å "
          "halvere utslippene innen 2030 må de ned til 43 000 tonn."),
    ("table", "Tabell 11. Klimagassutslipp etter sektor, 2022", [
        ["Sektor", "Tonn CO2-ekvivalenter", "Andel"],
        ["Veitrafikk", "45 400", "58 %"],
        ["Annen mobil forbrenning", "10 200", "13 %"],
        ["Industri", "7 800", "10 %"],
        ["Jordbruk", "6 300", "8 %"],
        ["Avfall og avløp", "5 500", "7 %"],
        ["Oppvarming", "3 100", "4 %"],
        ["Sum", "78 300", "100 %"],
    ], "Kilde: Miljødirektoratet, klimagassregnskap for kommuner."),
    ("h2", "Klimatilpasning"),
    ("p", "Styrtregnet 4. august 2023 førte til 210 skademeldinger fra Skauerud og Lysvang "
          "sentrum, der mye av arealet er tett flate og overvannsnettet er for lite. Klimaprofilen "
          "for Tindemark viser at kraftig nedbør vil bli hyppigere."),
    ("p", "Det er kartlagt tre kvikkleiresoner i Mølledalen. 65 boliger ligger i soner med høy "
          "faregrad. Lange tørkeperioder gir økt fare for skogbrann i Gaupelimarka."),
    ("h2", "Risiko og sårbarhet"),
    ("p", "Helhetlig risiko- og sårbarhetsanalyse (ROS) ble revidert i 2023 og omfatter 16 "
          "uønskede hendelser. Hendelsene med høyest risiko er:"),
    ("ul", [
        "langvarig bortfall av strøm og elektronisk kommunikasjon",
        "brudd på vannforsyningen",
        "kvikkleireskred i Mølledalen",
        "ekstremnedbør og oversvømmelse fra overvann",
        "pandemi",
        "dataangrep mot kommunens systemer",
    ]),
    ("p", "Alt drikkevann i Lysvang kommer fra Brennestad gjennom én hovedledning. Ved brudd gir "
          "høydebassengene vann i om lag 24 timer. En reserveløsning er utredet, men ikke vedtatt."),
    ("h2", "Beredskap"),
    ("p", "Kommunens kriseledelse øvde i en fullskalaøvelse i oktober 2023 med en togulykke ved "
          "Tveitmoen som scenario. Kommunen har tre evakuerings- og pårørendesentre. Øvelsen viste "
          "behov for bedre varsling av innbyggere som ikke bruker digitale kanaler."),

    ("h1", "Nasjonale og regionale føringer"),
    ("h2", "Nasjonale forventninger"),
    ("p", "Nasjonale forventninger til regional og kommunal planlegging 2023–2027 legger vekt på "
          "FNs bærekraftsmål, samordnet bolig-, areal- og transportplanlegging, jordvern, "
          "klimatilpasning og samfunnssikkerhet."),
    ("ul", [
        "I byområdene skal veksten i persontransport tas med kollektivtransport, sykling og "
        "gange (nullvekstmålet).",
        "Det nasjonale jordvernmålet sier at høyst 2 000 dekar dyrka jord skal omdisponeres per "
        "år innen 2030.",
        "Kommunene skal ta hensyn til naturmangfold og friluftsliv i arealplanleggingen.",
    ]),
    ("h2", "Regional plan for areal og transport"),
    ("p", "Regional plan for areal og transport i Brennestad-regionen ble vedtatt av Tindemark "
          "fylkesting i 2020. Planen sier at minst 80 prosent av boligveksten skal komme i "
          "prioriterte vekstområder. I Lysvang er Lysvang sentrum og Tveitmoen prioriterte "
          "vekstområder."),
    ("p", "Planen trekker en langsiktig grønn grense mot marka og sier at kjøpesentre over 3 000 "
          "kvadratmeter bare skal ligge i regionsentre. Stormyra senter er ikke et regionsenter "
          "i planen."),
    ("h2", "Statsforvalterens innspill"),
    ("p", "Statsforvalteren i Tindemark har i innspill til planstrategien pekt på jordvernet på "
          "Fossebakk, på skogbrannfaren i Gaupelimarka og på at boligfeltet Gaupeli øst bør "
          "vurderes på nytt."),

    ("h1", "Oppsummering"),
    ("p", "Kunnskapsgrunnlaget peker på disse hovedtrekkene:"),
    ("ul", [
        "Samfunnsutvikling: Folketallet vokser med 2–2,5 prosent i året, og veksten kommer i "
        "økende grad rundt Tveitmoen og sentrum. Bilandelen er fortsatt høy.",
        "Tjenesteyting: Barnehager og flere skoler er fulle, og ungdomsskolene vil mangle plass "
        "fram til 2029. Fra 2030 øker behovet for helse- og omsorgstjenester raskt.",
        "Beredskap: Vannforsyningen, kvikkleire i Mølledalen og overvann er de største lokale "
        "sårbarhetene.",
        "Økonomi: Netto driftsresultat er lavt, lånegjelden er høy og stigende, og handlingsrommet "
        "er lite.",
    ]),
    ("p", "Kunnskapsgrunnlaget skal oppdateres før revisjonen av samfunnsdelen og ellers hvert "
          "fjerde år."),
]


def nb(text: str) -> str:
    """No line break inside a number («49 860») or before «%»."""
    text = re.sub(r"(\d) (\d{3})\b", "\\1\xa0\\2", text)
    text = re.sub(r"(\d) (\d{3})\b", "\\1\xa0\\2", text)
    return text.replace(" %", "\xa0%")


# =====================================================================================
# PDF
# =====================================================================================


def render_pdf(path: Path) -> int:
    """Render the samfunnsdel; returns the page count."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Frame, KeepTogether,
                                    NextPageTemplate, PageBreak, PageTemplate, Paragraph, Spacer)

    shared.deterministic_pdf()

    W, H = A4
    lm, rm = 24 * mm, 20 * mm
    tm, bm = 27 * mm, 22 * mm
    text_w = W - lm - rm

    petrol = colors.HexColor("#0E5A6B")
    sun = colors.HexColor("#F2B705")
    mist = colors.HexColor("#E8F2F3")
    ink = colors.HexColor("#2B2B2B")
    grey = colors.HexColor("#6B7275")

    body = ParagraphStyle("lv-body", fontName="Helvetica", fontSize=10, leading=14.5,
                          textColor=ink, alignment=TA_LEFT, spaceAfter=6)
    h2 = ParagraphStyle("lv-h2", fontName="Helvetica-Bold", fontSize=12.5, leading=16,
                        textColor=petrol, spaceBefore=9, spaceAfter=4, keepWithNext=1)
    item = ParagraphStyle("lv-item", parent=body, leftIndent=13, bulletIndent=2, spaceAfter=3)
    box_head = ParagraphStyle("lv-box-head", fontName="Helvetica-Bold", fontSize=10.5,
                              leading=13, textColor=petrol)
    box_item = ParagraphStyle("lv-box-item", parent=body, leftIndent=12, bulletIndent=1,
                              spaceAfter=2)
    fig_title = ParagraphStyle("lv-fig-t", fontName="Helvetica-Bold", fontSize=9, leading=12,
                               textColor=grey)
    fig_big = ParagraphStyle("lv-fig-big", fontName="Helvetica-Bold", fontSize=22, leading=26,
                             textColor=petrol, alignment=TA_CENTER)
    fig_lab = ParagraphStyle("lv-fig-lab", fontName="Helvetica", fontSize=8.6, leading=11,
                             textColor=ink, alignment=TA_CENTER)
    chap_num = ParagraphStyle("lv-chap-num", fontName="Helvetica-Bold", fontSize=64, leading=70,
                              textColor=colors.white, alignment=TA_CENTER)
    chap_title = ParagraphStyle("lv-chap-t", fontName="Helvetica-Bold", fontSize=26, leading=31,
                                textColor=petrol)
    chap_lead = ParagraphStyle("lv-chap-lead", fontName="Helvetica-Oblique", fontSize=12.5,
                               leading=17.5, textColor=grey)
    vision = ParagraphStyle("lv-vision", fontName="Helvetica-Bold", fontSize=20, leading=25,
                            textColor=ink, alignment=TA_CENTER)
    goal_n = ParagraphStyle("lv-goal-n", fontName="Helvetica-Bold", fontSize=26, leading=30,
                            textColor=sun, alignment=TA_CENTER)
    goal_t = ParagraphStyle("lv-goal-t", parent=body, spaceAfter=0)
    cell = ParagraphStyle("lv-cell", fontName="Helvetica", fontSize=9, leading=11.5, textColor=ink)
    cell_h = ParagraphStyle("lv-cell-h", parent=cell, fontName="Helvetica-Bold",
                            textColor=colors.white)
    cap = ParagraphStyle("lv-cap", fontName="Helvetica-Bold", fontSize=9.5, leading=12.5,
                         textColor=petrol, spaceAfter=4)

    doc = BaseDocTemplate(str(path), pagesize=A4, leftMargin=lm, rightMargin=rm, topMargin=tm,
                          bottomMargin=bm, title=f"{PDF_TITLE} – Lysvang kommune (fiktiv)",
                          author="Lysvang kommune (fiktiv)", subject="Eksempeldata, fiktiv kommune")

    def page(canv, d):
        canv.saveState()
        canv.setFont("Helvetica", 8)
        canv.setFillColor(grey)
        canv.drawString(lm, H - 14 * mm, PDF_TITLE)
        canv.setFont("Helvetica-Bold", 8)
        canv.setFillColor(petrol)
        canv.drawRightString(W - rm, H - 14 * mm, "LYSVANG KOMMUNE")
        canv.setStrokeColor(sun)
        canv.setLineWidth(2)
        canv.line(lm, H - 16.5 * mm, W - rm, H - 16.5 * mm)
        canv.setStrokeColor(colors.HexColor("#C9D6D8"))
        canv.setLineWidth(0.5)
        canv.line(lm, 14 * mm, W - rm, 14 * mm)
        canv.setFont("Helvetica", 8)
        canv.setFillColor(grey)
        canv.drawString(lm, 9.5 * mm, ADOPTED)
        canv.drawRightString(W - rm, 9.5 * mm, f"Side {d.page}")
        canv.restoreState()

    def cover(canv, d):
        canv.saveState()
        canv.setFillColor(petrol)
        canv.rect(0, H * 0.42, W, H * 0.58, stroke=0, fill=1)
        canv.setFillColor(sun)
        canv.rect(0, H * 0.42 - 5 * mm, W, 5 * mm, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont("Helvetica", 10)
        canv.drawString(lm, 16 * mm, "Lysvang kommune  ·  Tindemark fylke")
        canv.restoreState()

    cover_frame = Frame(lm, bm, text_w, H - bm - 20 * mm, id="cover", leftPadding=0,
                        rightPadding=0, topPadding=0)
    frame = Frame(lm, bm, text_w, H - tm - bm, id="body", leftPadding=0, rightPadding=0,
                  topPadding=0)
    doc.addPageTemplates([PageTemplate("cover", [cover_frame], onPage=cover),
                          PageTemplate("body", [frame], onPage=page)])

    # ---------------------------------------------------------------- cover
    white = dict(textColor=colors.white)
    story = shared.spaced(
        14 * mm,
        Paragraph("LYSVANG KOMMUNE", ParagraphStyle("ck", fontName="Helvetica-Bold", fontSize=12,
                                                    leading=15, textColor=sun)),
        8 * mm,
        Paragraph("Kommuneplanens<br/>samfunnsdel", ParagraphStyle(
            "ct", fontName="Helvetica-Bold", fontSize=38, leading=44, **white)),
        4 * mm,
        Paragraph("2021–2033", ParagraphStyle("cy", fontName="Helvetica", fontSize=30, leading=36,
                                              **white)),
        8 * mm,
        Paragraph("Grønn vekst, gode nabolag", ParagraphStyle(
            "cv", fontName="Helvetica-Oblique", fontSize=15, leading=19, **white)),
        62 * mm,
        Paragraph(ADOPTED, ParagraphStyle("ca", fontName="Helvetica-Bold", fontSize=11,
                                          leading=14, textColor=petrol)),
        6 * mm,
    )
    story.append(shared.styled_table(
        [[Paragraph(NOTICE_TITLE, ParagraphStyle("nt", fontName="Helvetica-Bold", fontSize=10.5,
                                                 leading=13, textColor=ink))],
         [Paragraph(NOTICE, ParagraphStyle("nb", fontName="Helvetica", fontSize=9, leading=12.5,
                                           textColor=ink))]],
        [text_w * 0.8],
        [("BACKGROUND", (0, 0), (-1, -1), mist), ("LINEBEFORE", (0, 0), (0, -1), 4, sun),
         *shared.padding(left=10, right=10, top=6, bottom=6)], hAlign="LEFT"))
    story += [NextPageTemplate("body")]

    # ---------------------------------------------------------------- chapters
    def left(rows, widths, commands):
        return shared.styled_table(rows, widths, commands, hAlign="LEFT")

    for el in SAMFUNNSDEL:
        kind = el[0]
        if kind == "chapter":
            _, number, title, lead = el
            square = 30 * mm
            opener = left([[Paragraph(number, chap_num), Paragraph(title, chap_title)]],
                          [square, text_w - square],
                          [("BACKGROUND", (0, 0), (0, 0), petrol),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                           ("LEFTPADDING", (1, 0), (1, 0), 8 * mm),
                           ("TOPPADDING", (0, 0), (0, 0), 4), ("BOTTOMPADDING", (0, 0), (0, 0), 14)])
            story += [PageBreak(), Spacer(1, 6 * mm), opener, Spacer(1, 7 * mm),
                      Paragraph(lead, chap_lead), Spacer(1, 5 * mm)]
        elif kind == "h2":
            story += [CondPageBreak(35 * mm), Paragraph(el[1], h2)]
        elif kind == "p":
            story.append(Paragraph(nb(el[1]), body))
        elif kind == "ul":
            story += [Paragraph(nb(t), item, bulletText="•") for t in el[1]]
            story.append(Spacer(1, 4))
        elif kind == "figures":
            _, title, figs = el
            n = len(figs)
            cells = [[Paragraph(nb(big), fig_big), Spacer(1, 2), Paragraph(nb(lab), fig_lab)]
                     for big, lab in figs]
            gap = 3 * mm
            w = (text_w - gap * (n - 1)) / n
            row, widths = [], []
            for i, c in enumerate(cells):
                if i:
                    row.append("")
                    widths.append(gap)
                row.append(c)
                widths.append(w)
            cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                    *shared.padding(left=5, right=5, top=8, bottom=8)]
            for i in range(0, len(row), 2):
                cmds += [("BACKGROUND", (i, 0), (i, 0), mist),
                         ("LINEABOVE", (i, 0), (i, 0), 3, sun)]
            story.append(KeepTogether([Spacer(1, 4), Paragraph(title.upper(), fig_title),
                                       Spacer(1, 3), left([row], widths, cmds), Spacer(1, 9)]))
        elif kind == "vision":
            story += [left([[Paragraph(el[1], vision)]], [text_w],
                           [("BACKGROUND", (0, 0), (-1, -1), sun),
                            *shared.padding(left=12, right=12, top=16, bottom=18)]),
                      Spacer(1, 8)]
        elif kind == "goals":
            for n, title, text in el[1]:
                card = left([[Paragraph(n, goal_n),
                              Paragraph(f"<b>Hovedmål {n}: {title}.</b> {nb(text)}", goal_t)]],
                            [16 * mm, text_w - 16 * mm],
                            [("BACKGROUND", (0, 0), (-1, -1), mist),
                             ("BACKGROUND", (0, 0), (0, 0), petrol),
                             ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                             *shared.padding(left=7, right=7, top=6, bottom=7)])
                story += [KeepTogether([card]), Spacer(1, 4)]
            story.append(Spacer(1, 4))
        elif kind == "vil":
            rows = [[Paragraph("Dette vil vi", box_head)]]
            rows += [[Paragraph(nb(t), box_item, bulletText="•")] for t in el[1]]
            story.append(KeepTogether([Spacer(1, 2), left(
                rows, [text_w],
                [("BACKGROUND", (0, 0), (-1, -1), mist), ("LINEBEFORE", (0, 0), (0, -1), 4, petrol),
                 *shared.padding(left=10, right=10, top=2, bottom=2),
                 ("TOPPADDING", (0, 0), (-1, 0), 7), ("BOTTOMPADDING", (0, -1), (-1, -1), 7)]),
                Spacer(1, 7)]))
        elif kind == "gjor":
            story.append(CondPageBreak(30 * mm))
            story.append(Paragraph("Slik gjør vi det", box_head))
            story.append(Spacer(1, 3))
            story.append(Paragraph("Kommunen skal:", body))
            story += [Paragraph(nb(t), item, bulletText="–") for t in el[1]]
            story.append(Spacer(1, 6))
        elif kind == "table":
            _, caption, rows, widths = el
            t = shared.data_table([[nb(c) for c in r] for r in rows], [text_w * w for w in widths],
                                  cell_h, cell,
                                  [("BACKGROUND", (0, 0), (-1, 0), petrol),
                                   ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, mist]),
                                   ("LINEBELOW", (0, -1), (-1, -1), 1, petrol),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   *shared.padding(left=5, right=5, top=4, bottom=4)])
            story.append(shared.captioned(caption, cap, t, 9))
        else:
            raise ValueError(kind)
    doc.build(story)
    return shared.pdf_page_count(path)


# =====================================================================================
# DOCX
# =====================================================================================


def render_docx(path: Path) -> None:
    from docx.enum.table import WD_TABLE_ALIGNMENT

    doc = shared.new_docx("Kunnskapsgrunnlag 2024 – Lysvang kommune (fiktiv)",
                          "Lysvang kommune (fiktiv)", "Eksempeldata, fiktiv kommune", "2024-09-02")
    shared.add_run_paragraph(doc, "Lysvang kommune", bold=True, size=11, color="0E5A6B")
    doc.add_heading("Kunnskapsgrunnlag 2024", level=0)
    shared.add_run_paragraph(doc, "Situasjon og utviklingstrekk i Lysvang – grunnlag for kommunal "
                                  "planstrategi 2024–2027 og revisjon av kommuneplanens samfunnsdel",
                             bold=True, size=12.5, color="2B2B2B")
    p = doc.add_paragraph()
    shared.add_run(p, NOTICE_TITLE + ". ", bold=True, color="B07F00")
    shared.add_run(p, NOTICE, italic=True, color="6B7275")
    shared.add_run_paragraph(doc, "Kommunedirektøren, 2. september 2024. Versjon til kommunestyrets "
                                  "politiske verksted 26. september 2024.", size=10, color="6B7275")

    shade = shared.shade_cell

    def table(d, caption: str, rows: list[list[str]], source: str) -> None:
        shared.add_captioned_docx_table(
            d, caption, rows, style="Light Grid Accent 1",
            caption_format={"bold": True, "size": 10, "color": "0E5A6B"}, header_bold=True,
            alignment=WD_TABLE_ALIGNMENT.LEFT)
        # the helper leaves an empty paragraph after the table: put the source line in it
        last = d.paragraphs[-1]
        shared.add_run(last, source, italic=True, size=8.5, color="6B7275")

    def box(d, title: str, text: str) -> None:
        t = d.add_table(rows=1, cols=1)
        t.style = "Table Grid"
        c = t.cell(0, 0)
        shade(c, "E8F2F3")
        c.paragraphs[0].text = ""
        shared.add_run(c.paragraphs[0], title, bold=True, color="0E5A6B")
        para = c.add_paragraph()
        shared.add_run(para, text)
        d.add_paragraph()

    shared.add_docx_elements(doc, KUNNSKAPSGRUNNLAG, {"table": table, "box": box})
    shared.save_docx(doc, path, fixed_day="2024-09-02")


def main() -> None:
    pages = render_pdf(PDF_PATH)
    render_docx(DOCX_PATH)
    shared.finish_fictional("Lysvang", pages,
                            (PDF_PATH, PDF_TITLE, "2021-06-10", SAMFUNNSDEL),
                            (DOCX_PATH, "Kunnskapsgrunnlag 2024", "2024-09-02", KUNNSKAPSGRUNNLAG))


if __name__ == "__main__":
    main()
