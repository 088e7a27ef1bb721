"""Render the twelfth held-out example municipality «Furuvang kommune» (fictional merged municipality).

Writes, next to this file:
  furuvang-samfunnsdel.pdf (+ .meta.json)        – reportlab platypus, PORTRAIT A4 in the style of a
      printed plan from a merged municipality: a cover page with a coloured top band and the notice;
      every chapter opens on a new page with a coloured number block and a heading band over the full
      width; chapters 1, 2, 4 and 5 are set in TWO justified columns, chapter 3 (the priority areas)
      full width with «målkort» tables (goal | strategies) per priority area; fact boxes, a quote,
      hovedmål cards in a grid; a FOOTER with the plan title and «Side N», and a rotated label along
      the left edge of every body page
  furuvang-kunnskapsgrunnlag.docx (+ .meta.json) – python-docx, unnumbered Heading 1/2, captions ABOVE
      the tables («Tabell N: …») with a source line under them, shaded «Faktaboks» boxes, bullet lists

Furuvang kommune does not exist. Every name, place, firm, figure and decision below is invented test
data, written independently of the product and the other held-out sets. Run:
    .venv/bin/python evaluation/heldout12/render.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

import evaluation.heldout_render as shared  # noqa: E402

PDF_PATH = HERE / "furuvang-samfunnsdel.pdf"
DOCX_PATH = HERE / "furuvang-kunnskapsgrunnlag.docx"

NOTICE_TITLE = "Eksempeldata – fiktiv kommune"
NOTICE = ("Furuvang kommune finnes ikke. Dokumentet er laget som testmateriale for en uavhengig "
          "evaluering av Samspill. Alle navn, steder, bedrifter, skoler, institusjoner, tall og vedtak "
          "er oppdiktet. Eventuell likhet med virkelige kommuner, steder eller personer er tilfeldig.")

PDF_TITLE = "Kommuneplanens samfunnsdel 2021–2033"
ADOPTED = "Vedtatt av kommunestyret 17. juni 2021, sak 38/21"

# ---------------------------------------------------------------------------------------------
# Samfunnsdelen (PDF). Kinds:
#   ("kap", number, title, lead, wide)      new page; number block + heading band; wide = full width
#   ("h2", text)                            sub-heading
#   ("p", text)                             body paragraph
#   ("bullets", intro, [items])             bullet list with an intro line
#   ("fakta", title, [lines])               fact box
#   ("sitat", quote, source)                quote
#   ("visjon", text)                        the vision band
#   ("maal", [(label, title, text)])        hovedmål cards, two per row
#   ("malkort", title, [(goal, [strategies])])   goal | strategy table, full width
#   ("table", caption, rows, widths)        data table
# ---------------------------------------------------------------------------------------------

SAMFUNNSDEL = [
    ("kap", "1", "Innledning",
     "Dette er den første samfunnsdelen for Furuvang kommune. Den skal binde sammen to tidligere "
     "kommuner til ett lokalsamfunn.", False),
    ("h2", "En ny kommune – en ny plan"),
    ("p", "Furuvang kommune ble etablert 1. januar 2020 da de tidligere kommunene Kvernstad og "
          "Tangstad ble slått sammen. Samfunnsdelen erstatter de to gamle kommunenes samfunnsdeler "
          "fra 2015 og 2017. Den er kommunens øverste styringsdokument og gjelder for perioden "
          "2021–2033. Planen skal legges til grunn for kommuneplanens arealdel, for temaplaner og "
          "for handlings- og økonomiplanen."),
    ("p", "Samfunnsdelen ble vedtatt av kommunestyret 17. juni 2021 i sak 38/21. Planen skal "
          "vurderes på nytt i kommunal planstrategi i starten av hver valgperiode."),
    ("h2", "Slik har vi arbeidet"),
    ("p", "Fellesnemnda for sammenslåingen satte i gang arbeidet allerede i 2019. Det nye "
          "kommunestyret fastsatte planprogrammet i mai 2020. Kommunestyret holdt tre politiske "
          "verksteder: om kunnskapsgrunnlaget i september 2020, om visjon og hovedmål i november "
          "2020 og om satsingsområder og arealstrategi i januar 2021. Representantene arbeidet i "
          "tverrpolitiske grupper, og gruppene noterte selv."),
    ("p", "Innbyggerne ble invitert til folkemøter i Kvernstad og Tangstad og til en digital "
          "spørreundersøkelse, som fikk 1 860 svar. Barn og unge deltok gjennom elevrådene og "
          "ungdomsrådet. Planforslaget lå ute på høring fra 1. mars til 15. april 2021, og det kom "
          "inn 64 høringsuttalelser."),
    ("h2", "Hva innbyggerne var opptatt av"),
    ("p", "I spørreundersøkelsen var boliger for unge og eldre det temaet flest trakk fram, fulgt av "
          "bussforbindelsen mellom sentrene, tilbudet til eldre i Tangstad og trafikken på "
          "motorveien. Mange i Tangstad ønsket at skolen, sykehjemmet og legekontoret skal ligge der "
          "også i framtiden. I Kvernstad var mange opptatt av at sentrum skal bli mer enn en "
          "gjennomfartsåre, og av turstier og badeplasser ved Holtsjøen. Bøndene i Skogrud og "
          "Hovlund ba om at kommunen tar vare på jorda."),
    ("fakta", "Furuvang i tall (1.1.2021)", [
        "Innbyggere: 24 790",
        "Tidligere Kvernstad kommune: 18 560",
        "Tidligere Tangstad kommune: 6 230",
        "Arbeidsplasser i kommunen: 9 400",
        "Bosatte som pendler ut: 7 100",
        "Bil til Brennvik sentrum: 25 minutter",
    ]),
    ("h2", "Utgangspunktet"),
    ("p", "Furuvang ligger i Ringmark fylke, langs motorveien E83 mellom Brennvik og kysten. "
          "Kommunen har to sentre: Kvernstad, som er det største tettstedet og ligger ved "
          "motorveien, og Tangstad, som ligger 14 kilometer lenger øst ved Holtsjøen. Mellom "
          "sentrene ligger jordbruksbygdene Skogrud og Hovlund og området Midtmoen, der det nye "
          "rådhuset skal bygges."),
    ("p", "Nærheten til Brennvik gjør Furuvang attraktiv for barnefamilier og for næringsliv som "
          "trenger store arealer nær motorveien. Samtidig har de to sentrene konkurrert om "
          "tjenester og investeringer, både før og etter sammenslåingen. Mange i Tangstad er "
          "bekymret for at tjenestene skal flyttes til Kvernstad."),
    ("h2", "Samfunnsdelen i plansystemet"),
    ("p", "Samfunnsdelen er det øverste nivået i plansystemet. Under den ligger kommuneplanens "
          "arealdel, kommunedelplaner og temaplaner for blant annet helse og omsorg, oppvekst, "
          "klima og energi og beredskap. Handlings- og økonomiplanen er samfunnsdelens "
          "handlingsdel og rulleres hvert år. Arealdelen skal revideres etter at samfunnsdelen er "
          "vedtatt, slik at arealstrategien i kapittel 4 blir fulgt opp i juridisk bindende kart og "
          "bestemmelser."),
    ("bullets", "Kunnskapsgrunnlaget pekte på disse utfordringene:", [
        "Befolkningen blir eldre, særlig i Tangstad, der nesten hver fjerde innbygger er over 67 år.",
        "Unge voksne finner ikke boliger de har råd til, og mange flytter til Brennvik.",
        "Logistikkbedrifter etterspør store tomter, og mye av arealet nær motorveien er dyrka mark.",
        "Holtsjøen er eneste drikkevannskilde for de fleste innbyggerne.",
        "To sett skolebygg, sykehjem og administrasjonsbygg gir høye driftskostnader.",
    ]),
    ("sitat", "«Vi vil ikke velge mellom Kvernstad og Tangstad. Vi vil ha en kommune der begge "
              "stedene blir bedre.»", "Ungdomsrådet i Furuvang, innspill til planen"),

    ("kap", "2", "Visjon og hovedmål",
     "Visjonen og hovedmålene er de lange linjene i planen. De skal gjelde hele planperioden.", False),
    ("visjon", "«Furuvang – ett fellesskap, to sterke sentre»"),
    ("h2", "Hva visjonen betyr"),
    ("p", "Visjonen uttrykker at Furuvang skal være én kommune med felles mål, der både Kvernstad og "
          "Tangstad skal utvikles som levende sentre med skole, handel og møteplasser. Kommunen skal "
          "ikke samle alt på ett sted, men heller ikke bygge opp to like tilbud der det gir dårligere "
          "kvalitet eller høyere kostnader enn nødvendig."),
    ("h2", "Fire hovedmål"),
    ("maal", [
        ("Hovedmål 1", "Attraktiv bokommune",
         "Furuvang skal ha 28 000 innbyggere i 2033, og det skal være lett for unge å etablere seg."),
        ("Hovedmål 2", "Arbeid nær der folk bor",
         "Det skal skapes 1 500 nye arbeidsplasser i kommunen innen 2033."),
        ("Hovedmål 3", "Gode tjenester hele livet",
         "Innbyggerne skal få trygge tjenester av god kvalitet, og flest mulig skal mestre eget liv."),
        ("Hovedmål 4", "Klimaklok og ren",
         "Klimagassutslippene skal reduseres med 50 prosent innen 2030 sammenlignet med 2015, "
         "og Holtsjøen skal sikres som ren drikkevannskilde."),
    ]),
    ("h2", "Gjennomgående hensyn"),
    ("p", "Folkehelse, universell utforming og FNs bærekraftsmål skal ligge til grunn for alt arbeid "
          "med planen. Kommunestyret har valgt ut bærekraftsmål 3 (god helse), 11 (bærekraftige "
          "byer og lokalsamfunn) og 15 (livet på land) som særlig viktige for Furuvang. I alle "
          "saker skal det gå fram hvordan tiltaket virker i begge sentrene."),
    ("h2", "Spenninger mellom målene"),
    ("p", "Målene trekker ikke alltid i samme retning. Nye arbeidsplasser i logistikk krever store "
          "arealer, mens jordvernet og hensynet til Holtsjøen setter grenser. Vekst i folketallet gir "
          "behov for nye boliger, skoler og barnehager, samtidig som økonomien krever at kommunen "
          "bruker byggene den har, godt. Kommunestyret har valgt å løse dette ved å la sentrene ta "
          "veksten og ved å prøve ut nye måter å gi tjenester på. Hvilke tiltak som prioriteres, "
          "avgjøres hvert år i handlings- og økonomiplanen."),

    ("kap", "3", "Satsingsområder",
     "Kommunestyret har valgt fire satsingsområder. For hvert av dem er det satt opp delmål og "
     "strategier. Satsingsområdene skal vurderes på nytt i hver valgperiode.", True),
    ("h2", "3.1 Oppvekst og læring"),
    ("p", "Kommunen har to ungdomsskoler, én i hvert senter. Skolebyggene i begge sentrene har store "
          "vedlikeholdsbehov, og elevtallet ved Tangstad ungdomsskole går ned. Kommunestyret vil "
          "utrede om ungdomstrinnet skal samles i én ny skole eller fortsatt ha to skoler, og "
          "ta stilling til skolestrukturen for ungdomstrinnet innen utgangen av 2025."),
    ("p", "I medvirkningen var elever og foreldre i Tangstad opptatt av kort skolevei og et "
          "fagmiljø nær hjemmet, mens mange i Kvernstad pekte på at en større skole kan gi flere "
          "valgfag og et bredere fagmiljø for lærerne. Barnehagedekningen er god, men det mangler "
          "plasser i Kvernstad nord, der det bygges mange nye boliger."),
    ("malkort", "Målkort: Oppvekst og læring", [
        ("Alle barn får plass i barnehage nær der de bor.",
         ["Bygge ny barnehage i Kvernstad nord innen 2025", "Sikre barnehageplasser i Tangstad"]),
        ("Elevene i Furuvang skal ligge over landsgjennomsnittet på nasjonale prøver.",
         ["Styrke samarbeidet mellom skolene i de to sentrene",
          "Etablere felles kompetanseutvikling for lærerne"]),
        ("Skolestrukturen skal gi god kvalitet og et forsvarlig skoletilbud i hele kommunen.",
         ["Utrede én eller to ungdomsskoler med likeverdig vekt på pedagogikk, skolevei og "
          "økonomi", "Involvere elever og foreldre i begge sentrene"]),
    ]),
    ("h2", "3.2 Helse og mestring"),
    ("p", "Antallet innbyggere over 80 år vil øke kraftig fram mot 2040, mest i Tangstad. Det blir "
          "vanskeligere å rekruttere sykepleiere og helsefagarbeidere. Kommunen vil derfor satse på "
          "at flere kan bo hjemme lenger, og samle spesialiserte tjenester i et helsehus."),
    ("p", "Helsehuset er tenkt som et felles tilbud for hele kommunen. Plasseringen er omstridt: "
          "mange i Tangstad frykter at et helsehus i Kvernstad betyr at tilbudet på Sølvhaug "
          "bygges ned. Kommunestyret har derfor bestemt at tilbudet i Tangstad skal vurderes "
          "sammen med helsehuset, og at endelig plassering skal avgjøres i egen sak."),
    ("malkort", "Målkort: Helse og mestring", [
        ("Flere eldre skal kunne bo trygt hjemme.",
         ["Bygge ut hverdagsrehabilitering og velferdsteknologi", "Gi alle over 78 år tilbud om "
          "forebyggende hjemmebesøk"]),
        ("Furuvang skal ha et helsehus innen 2028.",
         ["Samle legevakt, korttidsplasser, rehabilitering og fysioterapi i Furuvang helsehus",
          "Beholde sykehjemsplasser og dagtilbud i Tangstad"]),
        ("Helse og omsorg skal ha en heltidskultur.",
         ["Øke andelen heltidsstillinger", "Samarbeide med videregående skole om lærlinger"]),
    ]),
    ("h2", "3.3 Bolig og tettsteder"),
    ("p", "Mange unge voksne flytter fra Furuvang fordi det bygges nesten bare eneboliger. Kommunen "
          "vil ha flere mindre og rimelige boliger i begge sentrene, og gjøre sentrene til "
          "møteplasser med handel, kultur og service."),
    ("p", "I spørreundersøkelsen svarte mange unge at de ønsker å bli boende eller flytte tilbake, "
          "men at det ikke finnes boliger de har råd til. Eldre som vil flytte fra eneboligen til en "
          "lettstelt leilighet i sentrum, finner heller ikke det de leter etter. Flere leiligheter i "
          "sentrene kan dermed frigjøre eneboliger for barnefamilier."),
    ("malkort", "Målkort: Bolig og tettsteder", [
        ("Det skal bygges i snitt 180 nye boliger i året.",
         ["Regulere sentrumsnære tomter for leiligheter og rekkehus",
          "Bruke kommunale tomter til boliger for unge og førstegangskjøpere"]),
        ("Minst 30 prosent av nye boliger skal være leiligheter eller små boliger.",
         ["Prøve ut leie-til-eie-modeller sammen med Husbanken og utbyggere",
          "Øke rammen for startlån"]),
        ("Kvernstad og Tangstad skal ha levende sentrumsgater.",
         ["Lokalisere kultur og offentlige tjenester i sentrene",
          "Lage stedsutviklingsplaner for begge sentrene"]),
    ]),
    ("h2", "3.4 Næring, jord og klima"),
    ("p", "Rudsmoen logistikkpark ved motorveien har gitt mange nye arbeidsplasser, men har også ført "
          "til nedbygging av dyrka mark. Kommunen vil ha flere arbeidsplasser, samtidig som jorda "
          "og drikkevannet skal tas vare på."),
    ("p", "Rundt 40 prosent av de sysselsatte som bor i Furuvang, arbeider i Brennvik. Kommunen "
          "ønsker flere arbeidsplasser som krever høyere utdanning, slik at færre må pendle. Samtidig "
          "er utslippene fra veitrafikken den største kilden til klimagassutslipp i kommunen, og "
          "bedre kollektivtilbud er derfor både et klimatiltak og et pendlertiltak."),
    ("malkort", "Målkort: Næring, jord og klima", [
        ("Furuvang skal ha et variert næringsliv med flere kompetansearbeidsplasser.",
         ["Etablere næringsvennlig førstelinje med én inngang for bedrifter",
          "Samarbeide med Brennvik om regional næringsutvikling"]),
        ("Dyrka mark skal ikke omdisponeres til nye lager- og logistikkbygg.",
         ["Bruke ledig regulert areal på Rudsmoen før nye områder tas i bruk",
          "Kreve kompensasjon ved unntak"]),
        ("Holtsjøen skal være en trygg og ren drikkevannskilde.",
         ["Sikre en reservevannkilde innen 2027", "Stramme inn aktivitet i nedbørfeltet"]),
    ]),

    ("kap", "4", "Arealstrategi",
     "Arealstrategien gir de lange linjene for bruken av arealene og legges til grunn når "
     "arealdelen rulleres.", False),
    ("h2", "To sentre"),
    ("p", "Kvernstad og Tangstad er kommunens to prioriterte vekstområder. Minst 80 prosent av "
          "boligveksten skal komme innenfor de to sentrumsområdene, slik den regionale planen for "
          "areal og transport krever. Kvernstad skal ta den største veksten fordi stedet har "
          "motorvei, ekspressbuss og flest arbeidsplasser."),
    ("table", "Tabell 1. Fordeling av nye boliger 2021–2033", [
        ["Område", "Andel", "Boliger"],
        ["Kvernstad sentrum", "60 %", "1 300"],
        ["Tangstad sentrum", "20 %", "430"],
        ["Skogrud, Hovlund og spredt", "20 %", "430"],
        ["Sum", "100 %", "2 160"],
    ], [0.56, 0.18, 0.26]),
    ("h2", "Midtmoen"),
    ("p", "Det nye rådhuset for hele kommunen skal ligge på Midtmoen mellom de to sentrene. Midtmoen "
          "skal ikke utvikles med boliger eller handel, slik at veksten kommer i sentrene."),
    ("h2", "Næringsareal"),
    ("p", "Nye lager- og logistikkvirksomheter skal lokaliseres innenfor allerede regulert areal i "
          "Rudsmoen logistikkpark. Kommunen skal ikke legge ut nye næringsområder på dyrka mark i "
          "planperioden. Kontorarbeidsplasser skal ligge i sentrene."),
    ("h2", "Jordvern"),
    ("p", "Furuvang har noe av den beste matjorda i Ringmark. Dyrka mark skal som hovedregel ikke "
          "omdisponeres. Der det likevel gjøres unntak for viktige samfunnsformål, skal matjorda "
          "flyttes og brukes til nydyrking."),
    ("h2", "Holtsjøen"),
    ("p", "Hele nedbørfeltet til Holtsjøen er vist med hensynssone for drikkevann. Langs Holtsjøen "
          "gjelder en byggegrense på 100 meter. Det skal ikke tillates nye hytter, nye "
          "husdyrbruk eller nye veier i nedbørfeltet."),
    ("h2", "Bygdene"),
    ("p", "Skogrud og Hovlund skal fortsatt være levende jordbruksbygder. Spredt boligbygging kan "
          "tillates der den ikke kommer i konflikt med jordbruk, kulturlandskap eller naturmangfold. "
          "Ny bebyggelse i Skogrud skal ikke plasseres i områder med kjent kvikkleire."),
    ("h2", "Grønnstruktur og friluftsliv"),
    ("p", "Furuskogen mellom sentrene og stiene rundt Holtsjøen er viktige turområder. Det skal "
          "etableres en sammenhengende turvei fra Kvernstad til Tangstad, og det skal være maksimalt "
          "500 meter fra alle boliger i sentrene til et grøntområde."),
    ("h2", "Kollektiv og pendling"),
    ("p", "Det skal etableres et pendlerknutepunkt ved motorveien i Kvernstad med innfartsparkering og "
          "sykkelparkering. Kommunen vil arbeide for bedre bussforbindelse mellom Tangstad og "
          "Kvernstad og for ekspressbuss til Brennvik hvert kvarter hele dagen."),

    ("kap", "5", "Oppfølging",
     "Planen må brukes for å virke. Her står hvordan samfunnsdelen skal følges opp.", False),
    ("h2", "Handlings- og økonomiplanen"),
    ("p", "Samfunnsdelen følges opp i den årlige handlings- og økonomiplanen, som viser tiltak for "
          "hvert satsingsområde de neste fire årene. Alle saksframlegg skal ha et avsnitt om "
          "hvordan saken følger opp samfunnsdelen og hvilke konsekvenser den har for Kvernstad og "
          "Tangstad."),
    ("h2", "Ansvar"),
    ("p", "Kommunedirektøren har ansvar for at satsingsområdene konkretiseres i virksomhetsplanene. "
          "Hver kommunalsjef skal hvert år gjennomgå med ledergruppen hva planen betyr for egen "
          "sektor."),
    ("h2", "Samarbeid i regionen"),
    ("p", "Furuvang er med i Brennvik-regionens samarbeidsråd sammen med Brennvik og tre andre "
          "kommuner. Kommunen samarbeider med nabokommunene om legevakt, barnevern, brann og redning "
          "og innkjøp. Samarbeidsrådet er den viktigste arenaen for å fremme saker om E83, "
          "kollektivtrafikk og regional næringsutvikling overfor fylkeskommunen og staten."),
    ("h2", "Rapportering og rullering"),
    ("p", "Kommunedirektøren rapporterer på indikatorene i årsmeldingen hvert år. Før kommunal "
          "planstrategi vedtas, skal det lages et nytt kunnskapsgrunnlag og holdes et politisk "
          "verksted for hele kommunestyret."),
    ("table", "Tabell 2. Indikatorer", [
        ["Indikator", "Utgangspunkt", "Mål 2033"],
        ["Folketall", "24 790 (2021)", "28 000"],
        ["Nye boliger per år", "142 (2020)", "180"],
        ["Andel leiligheter og små boliger", "14 % (2020)", "30 %"],
        ["Arbeidsplasser i kommunen", "9 400 (2021)", "10 900"],
        ["Andel over 80 år som bor hjemme", "86 % (2020)", "90 %"],
        ["Heltidsandel helse og omsorg", "38 % (2020)", "60 %"],
        ["Utslipp, tonn CO2-ekv.", "78 400 (2015)", "39 200 (2030)"],
    ], [0.44, 0.33, 0.23]),
]

# ---------------------------------------------------------------------------------------------
# Kunnskapsgrunnlaget (DOCX). Kinds: h1, h2, p, ul,
#   ("table", caption, rows, source)   caption ABOVE the table, a source line under it
#   ("box", title, text)               shaded one-cell «Faktaboks»
# ---------------------------------------------------------------------------------------------

KUNNSKAPSGRUNNLAG = [
    ("h1", "Innledning"),
    ("p", "Dette kunnskapsgrunnlaget beskriver situasjonen og utviklingstrekkene i Furuvang kommune "
          "fire år etter sammenslåingen. Det er utarbeidet av kommunedirektøren og ledergruppen som "
          "grunnlag for kommunal planstrategi 2024–2027 og for kommunestyrets politiske verksted "
          "om gjeldende samfunnsdel. Dokumentet tar ikke stilling til hvilke veivalg kommunen bør "
          "ta; det er kommunestyrets oppgave."),
    ("p", "Tallene er hentet fra SSB, Kostra, Udir, NAV, Miljødirektoratet og kommunens egne "
          "fagsystemer. Der ikke annet er oppgitt, gjelder tallene per 1. januar 2024 eller for "
          "året 2023."),
    ("box", "Faktaboks: Furuvang kort fortalt",
     "Furuvang kommune ble etablert 1. januar 2020 ved sammenslåing av Kvernstad og Tangstad. "
     "Kommunen har 25 480 innbyggere, to sentre og et areal på 286 km². Kommunestyret har 35 "
     "representanter."),

    ("h1", "Befolkning"),
    ("h2", "Folketall og vekst"),
    ("p", "Furuvang hadde 25 480 innbyggere 1. januar 2024. Det er 920 flere enn ved "
          "sammenslåingen i 2020, da kommunen hadde 24 560 innbyggere. Veksten har i hovedsak "
          "kommet fra innflytting av barnefamilier fra Brennvik og fra innvandring. Fødselstallet "
          "har gått ned fra 290 i 2019 til 238 i 2023."),
    ("p", "Veksten er ujevnt fordelt. Den tidligere Kvernstad kommune har nå 19 310 innbyggere og har "
          "vokst med 1 050 innbyggere siden 2020. Den tidligere Tangstad kommune har 6 170 "
          "innbyggere, 130 færre enn i 2020."),
    ("table", "Tabell 1: Befolkning etter alder, 1.1.2024", [
        ["Aldersgruppe", "Antall", "Andel"],
        ["0–5 år", "1 620", "6,4 %"],
        ["6–15 år", "3 110", "12,2 %"],
        ["16–19 år", "1 240", "4,9 %"],
        ["20–66 år", "15 230", "59,8 %"],
        ["67–79 år", "2 930", "11,5 %"],
        ["80 år og eldre", "1 350", "5,3 %"],
        ["Sum", "25 480", "100 %"],
    ], "Kilde: SSB, tabell 07459."),
    ("h2", "Framskrivinger"),
    ("p", "SSBs hovedalternativ viser at folketallet vil øke til 27 800 i 2035, 28 500 i 2040 og 29 "
          "400 i 2050. Veksten kommer nesten bare i de eldste aldersgruppene. Antallet innbyggere "
          "80 år og eldre ventes å øke fra 1 350 i dag til 2 150 i 2035 og 2 600 i 2040. Antallet "
          "barn 6–15 år ventes å gå ned til 2 850 i 2035."),
    ("table", "Tabell 2: Befolkningsframskriving, hovedalternativet", [
        ["", "2024", "2035", "2040", "2050"],
        ["Innbyggere i alt", "25 480", "27 800", "28 500", "29 400"],
        ["6–15 år", "3 110", "2 850", "2 900", "2 950"],
        ["20–66 år", "15 230", "15 650", "15 700", "15 800"],
        ["80 år og eldre", "1 350", "2 150", "2 600", "3 100"],
    ], "Kilde: SSB, befolkningsframskrivinger 2022."),
    ("p", "Med dagens utvikling vil det i 2040 være 2,4 personer i yrkesaktiv alder per innbygger "
          "over 67 år, mot 3,6 i dag."),
    ("p", "Framskrivingene er usikre. Lav nasjonal vekst gir 26 600 innbyggere i 2040, mens høy "
          "nasjonal vekst gir 30 100. Utviklingen i Furuvang avhenger særlig av boligbyggingen og av "
          "hvor mange barnefamilier som flytter ut fra Brennvik."),
    ("p", "Innvandrere og norskfødte med innvandrerforeldre utgjør 13 prosent av befolkningen. De "
          "fleste bor i Kvernstad, og mange arbeider i logistikk og i helse og omsorg."),
    ("h2", "Forskjeller mellom de to sentrene"),
    ("p", "Aldringen er sterkest i Tangstad. Der er 26 prosent av innbyggerne 67 år eller eldre, mot "
          "14 prosent i Kvernstad. Framskrivingen for Tangstad viser en nedgang til om lag 5 700 "
          "innbyggere i 2040, og at antallet barn i grunnskolealder i Tangstad vil falle med en "
          "fjerdedel."),
    ("h2", "Levekår og folkehelse"),
    ("p", "Andelen barn som bor i husholdninger med vedvarende lav inntekt, var 7,8 prosent i 2022, "
          "lavere enn landsgjennomsnittet. Forventet levealder er om lag som i landet. Ungdata-"
          "undersøkelsen fra 2023 viser at 82 prosent av ungdomsskoleelevene er fornøyd med "
          "lokalmiljøet, men bare 51 prosent i Tangstad mener det finnes nok å gjøre på fritiden. "
          "Andelen ungdom som oppgir at de er mye plaget av ensomhet, har økt siden 2019."),
    ("box", "Faktaboks: Hva betyr aldringen?",
     "Når antallet over 80 år nesten dobles fram mot 2040, øker behovet for helse- og "
     "omsorgstjenester, mens antallet i yrkesaktiv alder står nesten stille."),

    ("h1", "Næringsliv, arbeid og pendling"),
    ("h2", "Arbeidsplasser"),
    ("p", "Det var 9 800 arbeidsplasser i Furuvang i 2023, 400 flere enn i 2021. De største "
          "næringene er varehandel og logistikk (24 prosent), helse og omsorg (21 prosent), "
          "undervisning (10 prosent), bygg og anlegg (10 prosent) og jordbruk (3 prosent). Den største "
          "private arbeidsgiveren er Skavlund Logistikk AS med 310 ansatte."),
    ("p", "Kommunen selv er den største arbeidsgiveren med om lag 1 900 ansatte. Næringslivet er "
          "lite preget av kunnskapsintensive virksomheter: andelen sysselsatte med høyere utdanning "
          "er 29 prosent, mot 38 prosent i landet. Tangstad har et mindre næringsliv med handel, "
          "bygg og anlegg, jordbruk og reiseliv knyttet til Holtsjøen."),
    ("p", "Arbeidsledigheten var 1,9 prosent i 2023, litt lavere enn i fylket. Andelen "
          "sysselsatte i alderen 20–66 år var 79 prosent."),
    ("h2", "Pendling"),
    ("p", "Av de 12 900 sysselsatte som bor i Furuvang, arbeider 5 500 i egen kommune. 7 400 pendler "
          "ut, og 5 100 av dem pendler til Brennvik. Samtidig pendler 4 300 personer inn til "
          "Furuvang, mange av dem til logistikkbedriftene på Rudsmoen. Med bil tar det om lag 25 "
          "minutter fra Kvernstad til Brennvik sentrum utenom rushtiden. Ekspressbussen langs E83 "
          "går hvert kvarter i rushtiden og hver halvtime ellers."),
    ("table", "Tabell 3: Pendling 2023", [
        ["", "Antall"],
        ["Bosatte sysselsatte", "12 900"],
        ["Bor og arbeider i Furuvang", "5 500"],
        ["Utpendlere i alt", "7 400"],
        ["– av dem til Brennvik", "5 100"],
        ["Innpendlere", "4 300"],
    ], "Kilde: SSB, registerbasert sysselsetting."),
    ("h2", "Logistikk og jordbruk"),
    ("p", "Rudsmoen logistikkpark har vokst raskt. Siden 2018 er det bygd fem store lagerbygg på til "
          "sammen 410 dekar, og 260 dekar av dette var dyrka mark. Parken har 620 arbeidsplasser. "
          "Skavlund Logistikk AS og Fremdal Distribusjon AS har meldt interesse for om lag 300 dekar "
          "mer, hovedsakelig på dyrka mark vest for parken. Innenfor allerede regulert areal er det "
          "om lag 90 dekar ledig."),
    ("p", "Furuvang har 38 000 dekar jordbruksareal i drift og 112 aktive gårdsbruk, mot 131 i 2018. "
          "Kommunen omdisponerte til sammen 318 dekar dyrka mark i perioden 2019–2023, de fleste "
          "til næringsformål. Regjeringens jordvernstrategi setter et nasjonalt mål om at årlig "
          "omdisponering av dyrka mark ikke skal overstige 2 000 dekar innen 2030."),
    ("box", "Faktaboks: Logistikk på dyrka mark",
     "Fem av seks lagerbygg på Rudsmoen er bygd etter 2018. Om interessen for 300 nye dekar blir "
     "imøtekommet, vil logistikkparken ha brukt mer dyrka mark enn all boligbygging i kommunen de "
     "siste 20 årene."),

    ("h1", "Tjenester"),
    ("h2", "Barnehage"),
    ("p", "Furuvang har 14 barnehager, 8 kommunale og 6 private, med til sammen 1 390 barn. "
          "Dekningsgraden for barn 1–5 år er 93 prosent. Alle som søkte innen fristen, fikk plass "
          "ved hovedopptaket i 2024, men 41 prosent fikk ikke sitt førstevalg."),
    ("h2", "Grunnskole"),
    ("p", "Kommunen har fem barneskoler og to ungdomsskoler. Den minste barneskolen er Holtet "
          "skole, en fådelt skole nord for Tangstad. Elevtallene ved de andre skolene går fram "
          "av tabellen."),
    ("table", "Tabell 4: Elevtall skoleåret 2023/24", [
        ["Skole", "Trinn", "Elever"],
        ["Eikrem skole (Kvernstad)", "1–7", "620"],
        ["Bråtaløkka skole (Kvernstad)", "1–7", "540"],
        ["Glomsrud skole (Kvernstad)", "1–7", "480"],
        ["Tangstad skole", "1–7", "340"],
        ["Kvernstad ungdomsskole", "8–10", "560"],
        ["Tangstad ungdomsskole", "8–10", "190"],
    ], "Kilde: GSI og kommunens skoleadministrative system."),
    ("p", "Elevtallet ved Tangstad ungdomsskole ventes å falle til om lag 150 i 2030. Begge "
          "ungdomsskolene er fra 1970-tallet. En tilstandsvurdering fra 2023 anslår at rehabilitering "
          "av Kvernstad ungdomsskole vil koste 310 millioner kroner og rehabilitering av Tangstad "
          "ungdomsskole 140 millioner kroner. En ny felles ungdomsskole for om lag 750 elever på "
          "Midtmoen er anslått til 480 millioner kroner. Med én felles skole vil driftsutgiftene "
          "være om lag 14 millioner kroner lavere i året, men 230 elever vil få lengre skolevei og "
          "behov for skoleskyss."),
    ("p", "Resultatene på nasjonale prøver på 5. trinn lå i 2023 på landsgjennomsnittet i lesing og "
          "under landsgjennomsnittet i regning. Grunnskolepoengene var 41,2, mot 41,9 nasjonalt."),
    ("p", "Skolefritidsordningen hadde 1 020 barn i 2023. Kommunen har én kulturskole med "
          "undervisning i begge sentrene, og 540 elever."),
    ("h2", "Helse og omsorg"),
    ("p", "Kommunen har 96 sykehjemsplasser: 64 på Kvernstad sykehjem og 32 på Sølvhaug bo- og "
          "omsorgssenter i Tangstad. Det tilsvarer 7,1 plasser per 100 innbyggere over 80 år. I "
          "tillegg har kommunen 48 omsorgsboliger med heldøgns bemanning. Hjemmetjenestene hadde "
          "610 brukere i 2023, og 86 prosent av innbyggerne over 80 år bor hjemme."),
    ("p", "Helse og omsorg har 620 årsverk. Sykefraværet i helse og omsorg var 10,4 prosent i 2023, "
          "mot 8,1 prosent i kommunen samlet. Bare 41 prosent av de ansatte i helse og omsorg har "
          "heltidsstilling. Ved utgangen av 2023 var 22 sykepleierstillinger ubesatt."),
    ("p", "Dersom tjenestene gis på samme måte som i dag, trenger kommunen om lag 180 flere årsverk "
          "i helse og omsorg i 2040. Det tilsvarer nesten halvparten av alle som ventes å komme inn i "
          "arbeidslivet i kommunen i perioden."),
    ("h2", "Legetjeneste"),
    ("p", "Kommunen har 22 fastlegehjemler fordelt på tre legekontorer, to i Kvernstad og ett i "
          "Tangstad. Ved utgangen av 2023 stod 1 100 innbyggere på en liste uten fast lege. "
          "Legevakten er interkommunal og ligger i Brennvik, 30 minutter med bil fra Tangstad."),
    ("p", "Rekrutteringen er vanskeligst i Tangstad. Sølvhaug bo- og omsorgssenter brukte 7,2 "
          "millioner kroner på innleid vikarbyrå i 2023, mens Kvernstad sykehjem brukte 2,1 "
          "millioner kroner."),
    ("h2", "Helsehus"),
    ("p", "Forprosjektet for Furuvang helsehus ble lagt fram i 2023. Helsehuset skal samle legevakt, "
          "40 korttids- og rehabiliteringsplasser, fysioterapi og kommunens hukommelsesteam. "
          "Foreslått tomt er Stasjonsmoen i Kvernstad. Kostnaden er anslått til 620 millioner "
          "kroner, og kommunestyret skal ta endelig stilling til prosjektet i 2025. Innbyggere i "
          "Tangstad har i høringen bedt om at korttidsplassene på Sølvhaug beholdes."),
    ("h2", "Tjenester på to steder"),
    ("p", "Etter sammenslåingen har kommunen fortsatt to rådhus, to ungdomsskoler, to sykehjem, to "
          "biblioteker og to svømmehaller. Kostra-tall viser at Furuvang bruker 4 prosent mer per "
          "innbygger på administrasjon og 7 prosent mer per innbygger på pleie og omsorg enn "
          "sammenlignbare kommuner. Kommunedirektøren har anslått at doble driftsenheter koster om "
          "lag 25 millioner kroner i året."),
    ("box", "Faktaboks: Tjenester",
     "Kommunen har doble tilbud i mange tjenester etter sammenslåingen. Flere eldre og færre barn "
     "i Tangstad gjør at behovene endres raskest der."),

    ("h1", "Bolig og tettsteder"),
    ("p", "Det ble fullført i snitt 138 boliger i året i perioden 2019–2023. 71 prosent av boligene "
          "i kommunen er eneboliger, og bare 14 prosent er leiligheter. Andelen leiligheter i nye "
          "prosjekter var 22 prosent i 2023."),
    ("p", "Medianprisen for en enebolig var 5,1 millioner kroner i 2023. En leilighet i Kvernstad "
          "sentrum kostet i snitt 46 000 kroner per kvadratmeter. Antallet innbyggere 20–34 år har "
          "gått ned med 6 prosent siden 2020, og i ungdomsundersøkelsen svarte 58 prosent av de "
          "unge at de ikke tror de har råd til å etablere seg i Furuvang."),
    ("p", "Kommunen eier 310 utleieboliger. Ved utgangen av 2023 stod 48 husstander på venteliste "
          "for kommunal bolig. Kommunen innvilget 96 startlån i 2023."),
    ("p", "Boligbehovsanalysen fra 2023 viser at det må bygges om lag 170 boliger i året for å "
          "møte befolkningsveksten i hovedalternativet. Behovet er størst for små og mellomstore "
          "leiligheter i Kvernstad sentrum og for lettstelte boliger for eldre i begge sentrene. I "
          "Tangstad står 60 eneboliger tomme eller brukes som fritidsbolig."),
    ("h2", "Samferdsel"),
    ("p", "E83 gjennom Furuvang hadde en årsdøgntrafikk på 31 000 kjøretøy i 2023, og andelen tunge "
          "kjøretøy var 17 prosent, mot 12 prosent i 2018. Økningen skyldes i stor grad "
          "logistikkparken. Reisevaneundersøkelsen fra 2022 viser at 74 prosent av innbyggernes "
          "reiser skjer med bil, 9 prosent med kollektivtransport og 17 prosent til fots eller "
          "med sykkel."),
    ("p", "Bussen mellom Tangstad og Kvernstad går hver time på hverdager og annenhver time i "
          "helgene. Reisetiden er 22 minutter. Det finnes ingen direkte buss fra Tangstad til "
          "Brennvik. Innfartsparkeringen ved motorveien i Kvernstad har 180 plasser og er full "
          "på hverdager."),
    ("h2", "Kultur, idrett og frivillighet"),
    ("p", "Furuvang har 168 registrerte lag og foreninger, 74 av dem innen idrett. Kommunen gir "
          "driftstilskudd på til sammen 4,2 millioner kroner i året. Bibliotekene i Kvernstad og "
          "Tangstad hadde til sammen 96 000 besøk i 2023. Holtsjøen med badeplassene og "
          "skiløypene i furuskogen er de mest brukte friluftsområdene. Frivilligsentralen i "
          "Kvernstad formidler besøksvenner og transport til eldre i hele kommunen."),
    ("p", "Det nye rådhuset på Midtmoen ble vedtatt i 2022 og skal stå ferdig i 2026. Kostnaden er "
          "290 millioner kroner. Rådhuset erstatter de to gamle rådhusene i Kvernstad og Tangstad, "
          "og kommunen regner med å spare 6 millioner kroner i året i drift."),

    ("h1", "Økonomi"),
    ("h2", "Resultat og handlingsregel"),
    ("p", "Furuvang hadde brutto driftsinntekter på 2 210 millioner kroner i 2023. Netto "
          "driftsresultat var negativt med 0,6 prosent av driftsinntektene, etter 2,4 prosent i "
          "2021 og 0,9 prosent i 2022. Hovedårsakene er høyere renteutgifter, økte utgifter til "
          "ressurskrevende tjenester og at mange tjenester fortsatt drives på to steder."),
    ("p", "Kommunestyret vedtok i 2021 en handlingsregel med tre måltall: netto driftsresultat skal "
          "være minst 2 prosent av driftsinntektene, disposisjonsfondet skal være minst 10 prosent, "
          "og netto lånegjeld skal ikke overstige 85 prosent av driftsinntektene."),
    ("table", "Tabell 5: Økonomiske nøkkeltall", [
        ["", "2021", "2022", "2023", "Handlingsregel"],
        ["Netto driftsresultat", "2,4 %", "0,9 %", "–0,6 %", "minst 2 %"],
        ["Disposisjonsfond", "11,2 %", "9,1 %", "6,8 %", "minst 10 %"],
        ["Netto lånegjeld", "82 %", "89 %", "97 %", "høyst 85 %"],
    ], "Kilde: Kostra og årsregnskapet. Prosent av brutto driftsinntekter."),
    ("p", "Disposisjonsfondet var 150 millioner kroner ved utgangen av 2023. Netto lånegjeld var 2 140 "
          "millioner kroner."),
    ("h2", "Investeringer"),
    ("p", "Vedtatt økonomiplan 2024–2027 har investeringer på 1 240 millioner kroner. De største er "
          "rådhuset, ny barnehage i Kvernstad nord (95 millioner kroner), ny vannledning fra Brennvik "
          "som reservevann (130 millioner kroner) og første del av helsehuset. Helsehuset og en "
          "eventuell ny ungdomsskole er ikke fullt ut innarbeidet. Med vedtatt plan vil netto "
          "lånegjeld øke til 108 prosent av driftsinntektene i 2027."),
    ("p", "Furuvang har eiendomsskatt på alle eiendommer med en sats på 2,8 promille. "
          "Eiendomsskatten ga 64 millioner kroner i 2023."),
    ("h2", "Handlingsrom framover"),
    ("p", "Kommunedirektøren har beregnet at driften må reduseres med om lag 45 millioner kroner "
          "innen 2027 for at netto driftsresultat skal nå 2 prosent. Da er ikke helsehuset eller en "
          "ny ungdomsskole regnet med. Høyere rente på 1 prosentpoeng gir om lag 20 millioner kroner "
          "i økte renteutgifter i året med dagens lånegjeld."),
    ("box", "Faktaboks: Økonomi",
     "Kommunen bryter alle tre måltallene i handlingsregelen, og lånegjelden ventes å øke. Store "
     "investeringer som helsehus og skole er ikke fullt ut finansiert."),

    ("h1", "Klima og miljø"),
    ("p", "De direkte klimagassutslippene i Furuvang var 71 600 tonn CO2-ekvivalenter i 2022, 9 "
          "prosent lavere enn i 2015. For å nå målet i samfunnsdelen må utslippene ned til 39 200 "
          "tonn i 2030. Veitrafikken på E83 gir den største delen av utslippene."),
    ("table", "Tabell 6: Klimagassutslipp etter kilde, 2022", [
        ["Kilde", "Tonn CO2-ekv.", "Andel"],
        ["Veitrafikk", "41 400", "58 %"],
        ["Jordbruk", "14 300", "20 %"],
        ["Annen mobil forbrenning", "6 400", "9 %"],
        ["Industri", "4 300", "6 %"],
        ["Avfall og avløp", "2 900", "4 %"],
        ["Oppvarming", "2 300", "3 %"],
        ["Sum", "71 600", "100 %"],
    ], "Kilde: Miljødirektoratet, klimagassregnskap for kommuner."),
    ("p", "Klimaprofilen for Ringmark viser mer nedbør og flere episoder med styrtregn. "
          "Tangstadelva flommet over i 2021, og 18 boliger i Tangstad sentrum fikk vann i kjelleren."),
    ("p", "Kommunen har vedtatt en klima- og energiplan for 2022–2030. Alle kommunale biler skal "
          "være utslippsfrie innen 2026, og per 2023 var 62 prosent av dem det. Andelen elbiler i "
          "den private bilparken var 27 prosent."),

    ("h1", "Samfunnssikkerhet og beredskap"),
    ("p", "Den helhetlige risiko- og sårbarhetsanalysen (ROS) ble revidert i 2022, og den "
          "overordnede beredskapsplanen i 2023. Analysen peker ut disse hendelsene som de mest "
          "alvorlige:"),
    ("ul", [
        "forurensning av Holtsjøen, for eksempel ved en tankbilulykke på E83",
        "langvarig strømbrudd",
        "brann i et stort lagerbygg på Rudsmoen",
        "flom i Tangstadelva og styrtregn i sentrene",
        "kvikkleireskred i Skogrud, der det er påvist kvikkleire",
    ]),
    ("p", "Holtsjøen forsyner om lag 21 000 innbyggere med drikkevann, 82 prosent av befolkningen. "
          "Kommunen har ingen reservevannkilde, og Mattilsynet har gitt pålegg om at det må være på "
          "plass innen 2027. Motorveien går 300 meter fra innsjøen på det nærmeste."),
    ("p", "Kommunen øvde på forurensning av drikkevannet sammen med Mattilsynet, brannvesenet og "
          "politiet i 2023. Øvelsen viste at varsling av innbyggerne fungerte, men at kommunen "
          "manglet planer for utdeling av vann til sykehjem og barnehager. Kriseledelsen har "
          "nødstrøm i rådhuset i Kvernstad, men ikke i Tangstad."),
    ("box", "Faktaboks: Beredskap",
     "Den største sårbarheten i Furuvang er at det meste av drikkevannet kommer fra én kilde."),

    ("h1", "Nasjonale og regionale føringer"),
    ("p", "Nasjonale forventninger til regional og kommunal planlegging 2023–2027 legger vekt på "
          "bærekraftig utvikling, jordvern, klimatilpasning og samordnet bolig-, areal- og "
          "transportplanlegging."),
    ("p", "Regional plan for areal og transport i Brennvik-regionen ble vedtatt av Ringmark "
          "fylkeskommune i 2022. Den krever at minst 80 prosent av boligveksten skjer i "
          "prioriterte sentre, og peker ut Kvernstad og Tangstad som prioriterte sentre i Furuvang. "
          "Planen sier også at nye store logistikkbygg skal samles i regionale næringsområder, og "
          "Rudsmoen er ett av dem."),
    ("p", "Statsforvalteren har i uttalelser til kommunen pekt på jordvern og drikkevann som de "
          "viktigste nasjonale interessene i Furuvang."),
    ("p", "Nasjonal transportplan 2025–2036 inneholder ikke utvidelse av E83 forbi Furuvang, men "
          "fylkeskommunen har bedt om at en ny kollektivterminal ved motorveien i Kvernstad blir "
          "vurdert i byvekstavtalen for Brennvik-regionen."),

    ("h1", "Oppsummering"),
    ("ul", [
        "Folketallet vokser, men veksten kommer i Kvernstad, mens Tangstad får færre innbyggere og "
        "flere eldre.",
        "Flere over 80 år og mangel på sykepleiere gjør at helse og omsorg må gis på nye måter.",
        "Kommunen må ta stilling til én eller to ungdomsskoler og til helsehuset.",
        "Logistikk gir arbeidsplasser, men presset på dyrka mark er stort.",
        "Økonomien bryter alle tre måltallene i handlingsregelen.",
        "Drikkevannet fra Holtsjøen er den største beredskapsutfordringen.",
    ]),
    ("p", "Kunnskapsgrunnlaget har noen hull. Kommunen har ikke tall for hvor mange unge som har "
          "flyttet ut og ønsker å komme tilbake, og det finnes ikke en samlet analyse av "
          "kostnadene ved tjenester på to steder. Kommunedirektøren foreslår at dette utredes i "
          "planstrategiperioden."),
]


# =====================================================================================
# PDF
# =====================================================================================


def render_pdf(path: Path) -> int:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Frame, FrameBreak, KeepTogether,
                                    NextPageTemplate, PageBreak, PageTemplate, Paragraph, Spacer)

    shared.deterministic_pdf()
    W, H = A4
    lm, rm, tm, bm = 22 * mm, 16 * mm, 16 * mm, 20 * mm
    gutter = 7 * mm
    full_w = W - lm - rm
    col_w = (full_w - gutter) / 2
    head_h = 52 * mm
    body_h = H - tm - bm

    pine = colors.HexColor("#24503C")
    lake = colors.HexColor("#2F6C8F")
    birch = colors.HexColor("#EEF2EC")
    grey = colors.HexColor("#4D5551")

    body = ParagraphStyle("fv-body", fontName="Helvetica", fontSize=9.4, leading=13.2,
                          alignment=TA_JUSTIFY, spaceAfter=6)
    h2 = ParagraphStyle("fv-h2", fontName="Helvetica-Bold", fontSize=11.5, leading=15,
                        textColor=pine, spaceBefore=6, spaceAfter=3)
    intro = ParagraphStyle("fv-intro", parent=body, fontName="Helvetica-Bold", spaceAfter=2)
    item = ParagraphStyle("fv-item", parent=body, alignment=0, leftIndent=10, bulletIndent=0,
                          spaceAfter=2)
    cell = ParagraphStyle("fv-cell", fontName="Helvetica", fontSize=8.8, leading=11.4)
    cell_h = ParagraphStyle("fv-cell-h", parent=cell, fontName="Helvetica-Bold",
                            textColor=colors.white)
    cap = ParagraphStyle("fv-cap", fontName="Helvetica-Oblique", fontSize=8.6, leading=11,
                         textColor=lake, spaceAfter=3)
    num = ParagraphStyle("fv-num", fontName="Helvetica-Bold", fontSize=40, leading=44,
                         textColor=colors.white, alignment=TA_CENTER)
    kap_t = ParagraphStyle("fv-kap-t", fontName="Helvetica-Bold", fontSize=24, leading=28,
                           textColor=pine)
    kap_lead = ParagraphStyle("fv-kap-lead", fontName="Helvetica-Oblique", fontSize=11.5,
                              leading=15, textColor=grey)
    fakta_t = ParagraphStyle("fv-fakta-t", fontName="Helvetica-Bold", fontSize=9.4, leading=12,
                             textColor=lake)
    fakta_b = ParagraphStyle("fv-fakta-b", fontName="Helvetica", fontSize=9, leading=12.4)
    quote = ParagraphStyle("fv-quote", fontName="Times-Italic", fontSize=13, leading=17,
                           textColor=lake)
    quote_src = ParagraphStyle("fv-quote-src", fontName="Helvetica", fontSize=8, leading=10,
                               textColor=grey)
    vision = ParagraphStyle("fv-vision", fontName="Times-BoldItalic", fontSize=17, leading=22,
                            textColor=colors.white, alignment=TA_CENTER)
    card_l = ParagraphStyle("fv-card-l", fontName="Helvetica-Bold", fontSize=8, leading=10,
                            textColor=lake)
    card_t = ParagraphStyle("fv-card-t", fontName="Helvetica-Bold", fontSize=10.5, leading=13,
                            textColor=pine)
    card_b = ParagraphStyle("fv-card-b", fontName="Helvetica", fontSize=9, leading=12)

    doc = BaseDocTemplate(str(path), pagesize=A4, leftMargin=lm, rightMargin=rm, topMargin=tm,
                          bottomMargin=bm, title=f"{PDF_TITLE} – Furuvang kommune (fiktiv)",
                          author="Furuvang kommune (fiktiv)",
                          subject="Eksempeldata, fiktiv kommune")

    def page_deco(canv, d):
        canv.saveState()
        canv.setFillColor(pine)
        canv.rect(0, 0, 9 * mm, H, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont("Helvetica-Bold", 7.5)
        canv.translate(6 * mm, 30 * mm)
        canv.rotate(90)
        canv.drawString(0, 0, "FURUVANG KOMMUNE  ·  SAMFUNNSDELEN 2021–2033")
        canv.restoreState()
        canv.saveState()
        canv.setStrokeColor(lake)
        canv.setLineWidth(0.6)
        canv.line(lm, 13 * mm, W - rm, 13 * mm)
        canv.setFont("Helvetica", 7.8)
        canv.setFillColor(grey)
        canv.drawString(lm, 9 * mm, f"{PDF_TITLE}  |  {ADOPTED}")
        canv.setFont("Helvetica-Bold", 8.5)
        canv.setFillColor(pine)
        canv.drawRightString(W - rm, 9 * mm, f"Side {d.page}")
        canv.restoreState()

    def cover(canv, d):
        canv.saveState()
        canv.setFillColor(pine)
        canv.rect(0, H * 0.62, W, H * 0.38, stroke=0, fill=1)
        canv.setFillColor(lake)
        canv.rect(0, H * 0.62 - 5 * mm, W, 5 * mm, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont("Helvetica-Bold", 12)
        canv.drawString(lm, H - 30 * mm, "FURUVANG KOMMUNE")
        canv.setFont("Helvetica-Bold", 30)
        canv.drawString(lm, H - 58 * mm, "Kommuneplanens")
        canv.drawString(lm, H - 70 * mm, "samfunnsdel")
        canv.setFont("Helvetica", 20)
        canv.drawString(lm, H - 84 * mm, "2021–2033")
        canv.restoreState()

    cover_frame = Frame(lm, bm, full_w, H * 0.62 - 12 * mm - bm, id="cover", leftPadding=0,
                        rightPadding=0)
    top = Frame(lm, H - tm - head_h, full_w, head_h, id="top", leftPadding=0, rightPadding=0,
                topPadding=0)
    below_h = body_h - head_h

    def cols(height, prefix):
        return [Frame(lm, bm, col_w, height, id=f"{prefix}1", leftPadding=0, rightPadding=0,
                      topPadding=0),
                Frame(lm + col_w + gutter, bm, col_w, height, id=f"{prefix}2", leftPadding=0,
                      rightPadding=0, topPadding=0)]

    wide_below = Frame(lm, bm, full_w, below_h, id="wb", leftPadding=0, rightPadding=0,
                       topPadding=0)
    wide = Frame(lm, bm, full_w, body_h, id="wide", leftPadding=0, rightPadding=0, topPadding=0)
    doc.addPageTemplates([
        PageTemplate("cover", [cover_frame], onPage=cover),
        PageTemplate("kap", [top, *cols(below_h, "k")], onPage=page_deco),
        PageTemplate("kapbred", [top, wide_below], onPage=page_deco),
        PageTemplate("tospalt", cols(body_h, "c"), onPage=page_deco),
        PageTemplate("bred", [wide], onPage=page_deco),
    ])

    story = shared.spaced(
        8 * mm,
        Paragraph(f"<b>{ADOPTED}.</b> Planen gjelder for hele Furuvang kommune og erstatter "
                  "samfunnsdelene til de tidligere kommunene Kvernstad og Tangstad.",
                  ParagraphStyle("cs", fontName="Helvetica", fontSize=11.5, leading=15.5,
                                 textColor=grey)),
        10 * mm,
    )
    story.append(shared.styled_table(
        [[Paragraph(NOTICE_TITLE, ParagraphStyle("nt", fontName="Helvetica-Bold", fontSize=11,
                                                 leading=14, textColor=lake))],
         [Paragraph(NOTICE, ParagraphStyle("nb", fontName="Helvetica", fontSize=9.2,
                                           leading=12.4))]],
        [full_w * 0.7],
        [("BACKGROUND", (0, 0), (-1, -1), birch), ("LINEBEFORE", (0, 0), (0, -1), 3, lake),
         *shared.padding(left=10, right=10, top=6, bottom=6)], hAlign="LEFT"))
    story.append(Spacer(1, 12 * mm))
    story.append(Paragraph(
        "Innhold: 1 Innledning · 2 Visjon og hovedmål · 3 Satsingsområder · 4 Arealstrategi · "
        "5 Oppfølging", ParagraphStyle("toc", fontName="Helvetica", fontSize=10, leading=14,
                                       textColor=pine)))

    def boxed(rows, widths, commands):
        return shared.styled_table(rows, widths, commands, hAlign="LEFT")

    current_w = col_w
    for el in SAMFUNNSDEL:
        kind = el[0]
        if kind == "kap":
            _, number, title, lead, is_wide = el
            story += [NextPageTemplate("kapbred" if is_wide else "kap"), PageBreak()]
            head = boxed([[Paragraph(number, num),
                           [Paragraph(title, kap_t), Spacer(1, 3 * mm), Paragraph(lead, kap_lead)]]],
                         [26 * mm, full_w - 26 * mm],
                         [("BACKGROUND", (0, 0), (0, 0), lake), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                          ("LINEBELOW", (1, 0), (1, 0), 1.5, pine),
                          *shared.padding(left=10, right=6, top=10, bottom=10)])
            story += [head, FrameBreak(), NextPageTemplate("bred" if is_wide else "tospalt")]
            current_w = full_w if is_wide else col_w
        elif kind == "h2":
            story += [CondPageBreak(35 * mm), Paragraph(el[1], h2)]
        elif kind == "p":
            story.append(Paragraph(el[1], body))
        elif kind == "bullets":
            story.append(Paragraph(el[1], intro))
            story += [Paragraph(t, item, bulletText="•") for t in el[2]]
            story.append(Spacer(1, 4))
        elif kind == "fakta":
            rows = [[Paragraph(el[1], fakta_t)]] + [[Paragraph(t, fakta_b)] for t in el[2]]
            story.append(KeepTogether([Spacer(1, 2), boxed(
                rows, [current_w],
                [("BACKGROUND", (0, 0), (-1, -1), birch), ("LINEABOVE", (0, 0), (-1, 0), 2, lake),
                 *shared.padding(left=8, right=8, top=2, bottom=2),
                 ("TOPPADDING", (0, 0), (-1, 0), 6), ("BOTTOMPADDING", (0, -1), (-1, -1), 7)]),
                Spacer(1, 8)]))
        elif kind == "sitat":
            story.append(KeepTogether([Spacer(1, 4), boxed(
                [[Paragraph(el[1], quote)], [Paragraph(el[2], quote_src)]], [current_w],
                [("LINEABOVE", (0, 0), (-1, 0), 0.8, lake), ("LINEBELOW", (0, -1), (-1, -1), 0.8, lake),
                 *shared.padding(left=4, right=4, top=5, bottom=5)]), Spacer(1, 6)]))
        elif kind == "visjon":
            story.append(boxed([[Paragraph(el[1], vision)]], [current_w],
                               [("BACKGROUND", (0, 0), (-1, -1), pine),
                                *shared.padding(left=10, right=10, top=14, bottom=16)]))
            story.append(Spacer(1, 8))
        elif kind == "maal":
            cards = [[Paragraph(lab, card_l), Paragraph(t, card_t), Paragraph(txt, card_b)]
                     for lab, t, txt in el[1]]
            rows = [cards[i:i + 1] for i in range(len(cards))]
            story.append(boxed(rows, [current_w],
                               [("BACKGROUND", (0, 0), (-1, -1), birch),
                                ("LINEBELOW", (0, 0), (-1, -2), 3, colors.white),
                                ("LINEBEFORE", (0, 0), (0, -1), 3, pine),
                                *shared.padding(left=8, right=6, top=5, bottom=6)]))
            story.append(Spacer(1, 6))
        elif kind == "malkort":
            _, title, rows = el
            data = [[Paragraph("Delmål – dette vil vi oppnå", cell_h),
                     Paragraph("Strategier – slik gjør vi det", cell_h)]]
            for goal, strategies in rows:
                data.append([Paragraph(goal, cell),
                             [Paragraph(s, cell, bulletText="–") for s in strategies]])
            t = shared.styled_table(data, [full_w * 0.42, full_w * 0.58],
                                    [("BACKGROUND", (0, 0), (-1, 0), pine),
                                     ("BACKGROUND", (0, 1), (0, -1), birch),
                                     ("LINEBELOW", (0, 1), (-1, -1), 0.4, colors.HexColor("#C5CFC8")),
                                     ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                     *shared.padding(left=6, right=6, top=4, bottom=4)],
                                    repeatRows=1)
            story.append(shared.captioned(title, cap, t, 10))
        elif kind == "table":
            _, caption, rows, widths = el
            t = shared.data_table(rows, [current_w * w for w in widths], cell_h, cell,
                                  [("BACKGROUND", (0, 0), (-1, 0), lake),
                                   ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.HexColor("#C5CFC8")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   *shared.padding(left=3, right=3, top=3, bottom=3)])
            story.append(shared.captioned(caption, cap, t, 8))
        else:
            raise ValueError(kind)
    doc.build(story)
    return shared.pdf_page_count(path)


# =====================================================================================
# DOCX
# =====================================================================================


def render_docx(path: Path) -> None:
    from docx.enum.table import WD_TABLE_ALIGNMENT

    doc = shared.new_docx("Kunnskapsgrunnlag 2024 – Furuvang kommune (fiktiv)",
                          "Furuvang kommune (fiktiv)", "Eksempeldata, fiktiv kommune", "2024-10-08")
    p = doc.add_paragraph()
    shared.add_run(p, NOTICE_TITLE, bold=True, color="2F6C8F")
    shared.add_run(p, " – " + NOTICE, italic=True, size=9, color="4D5551")
    shared.add_run_paragraph(doc, "Furuvang kommune", bold=True, size=11, color="24503C")
    doc.add_heading("Kunnskapsgrunnlag 2024", level=0)
    shared.add_run_paragraph(doc, "Kommunens situasjon og utviklingstrekk – grunnlag for kommunal "
                                  "planstrategi 2024–2027", bold=True, size=12.5, color="24503C")
    shared.add_run_paragraph(doc, "Kommunedirektøren, 8. oktober 2024. Til kommunestyrets politiske "
                                  "verksted 31. oktober 2024.", size=10, color="4D5551")

    shade = shared.shade_cell

    def table(d, caption: str, rows: list[list[str]], source: str) -> None:
        shared.add_run_paragraph(d, caption, bold=True, size=9.5, color="2F6C8F")
        t = d.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Light Grid Accent 1"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, row in enumerate(rows):
            for j, value in enumerate(row):
                t.cell(i, j).text = value
        shared.add_run_paragraph(d, source, italic=True, size=8.5, color="4D5551")

    def box(d, title: str, text: str) -> None:
        t = d.add_table(rows=1, cols=1)
        t.style = "Table Grid"
        c = t.cell(0, 0)
        shade(c, "E4EEF4")
        c.paragraphs[0].text = ""
        shared.add_run(c.paragraphs[0], title, bold=True, color="24503C")
        shared.add_run(c.add_paragraph(), text)
        d.add_paragraph()

    shared.add_docx_elements(doc, KUNNSKAPSGRUNNLAG, {"table": table, "box": box})
    shared.save_docx(doc, path, fixed_day="2024-10-08")


def main() -> None:
    pages = render_pdf(PDF_PATH)
    render_docx(DOCX_PATH)
    shared.finish_fictional("Furuvang", pages,
                            (PDF_PATH, PDF_TITLE, "2021-06-17", SAMFUNNSDEL),
                            (DOCX_PATH, "Kunnskapsgrunnlag 2024", "2024-10-08", KUNNSKAPSGRUNNLAG))


if __name__ == "__main__":
    main()
