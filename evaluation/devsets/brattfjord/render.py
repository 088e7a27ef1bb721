"""Render the development set «Brattfjord kommune» (fictional steep fjord municipality).

Writes, next to this file:
  brattfjord-samfunnsdel.pdf (+ .meta.json)        – reportlab platypus, PORTRAIT A4 in one wide
      column with a NARROW LEFT MARGIN holding running paragraph numbers (1, 2, 3 … through the
      whole plan, as in a legal text); chapter headings WITHOUT numbers in spaced capitals over a
      thick rule; sub-headings in bold italic; justified serif text with HYPHENATION at line ends
      (soft hyphens after common compound heads); shaded «Fakta» boxes; goal tables with three
      columns (delmål, strategier, ansvar); a drawn schematic map with a figure caption; a vision
      band; a running FOOTER (no header) with the plan title on the left and «– N –» on the right
  brattfjord-kunnskapsgrunnlag.docx (+ .meta.json) – python-docx, UNNUMBERED Heading 1/2,
      an italic «Hovedpunkter» list opening every chapter, captions ABOVE the tables with the
      source in the caption line, one-cell «Faktaboks» boxes with a thick left border, bullet and
      numbered lists

Brattfjord kommune does not exist. Every name, place, firm, figure and decision below is invented
test data. Run:  .venv/bin/python evaluation/devsets/brattfjord/render.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent.parent))

import evaluation.heldout_render as shared  # noqa: E402

PDF_PATH = HERE / "brattfjord-samfunnsdel.pdf"
DOCX_PATH = HERE / "brattfjord-kunnskapsgrunnlag.docx"

NOTICE_TITLE = "Eksempeldata – fiktiv kommune"
NOTICE = ("Brattfjord kommune finnes ikke. Dokumentet er laget som testmateriale for utvikling og "
          "evaluering av Samspill. Alle navn, steder, bedrifter, institusjoner, tall og vedtak er "
          "oppdiktet. Eventuell likhet med virkelige kommuner, steder eller personer er tilfeldig.")

PDF_TITLE = "Kommuneplanens samfunnsdel 2020–2032"
ADOPTED = "Vedtatt av kommunestyret 18. juni 2020, sak 34/20"

# ---------------------------------------------------------------------------------------------
# Samfunnsdelen (PDF). Kinds:
#   ("h1", text)                           chapter heading, spaced capitals over a rule
#   ("h2", text)                           bold italic sub-heading
#   ("p", text)                            numbered paragraph (number in the left margin)
#   ("lead", text)                         unnumbered lead paragraph in italics
#   ("bullets", [items])                   dash list (inside the numbered flow, no number)
#   ("fact", title, [lines])               shaded fact box
#   ("vision", text)                       the vision band
#   ("goals", caption, rows)               goal table: delmål | strategier | ansvar
#   ("table", caption, rows, widths)       data table
#   ("map", caption)                       drawn schematic map with a caption under it
#   ("newpage",)                           page break
# ---------------------------------------------------------------------------------------------

SAMFUNNSDEL = [
    ("h1", "Innledning"),
    ("lead", "Samfunnsdelen viser hvordan kommunestyret vil at Brattfjord skal utvikle seg fram "
             "mot 2032, og hva kommunen som organisasjon skal prioritere for å komme dit."),
    ("p", "Kommuneplanens samfunnsdel er Brattfjord kommunes overordnede styringsdokument. Den "
          "gjelder for perioden 2020–2032 og erstatter samfunnsdelen fra 2011. Planen skal legges "
          "til grunn for kommuneplanens arealdel, for temaplaner og for den årlige handlings- og "
          "økonomiplanen. Samfunnsdelen ble vedtatt av kommunestyret 18. juni 2020 i sak 34/20."),
    ("h2", "Slik ble planen laget"),
    ("p", "Planprogrammet ble fastsatt i mars 2019. Kommunestyret holdt to politiske verksteder, i "
          "september 2019 og i januar 2020. På det første drøftet representantene "
          "kunnskapsgrunnlaget og den gamle samfunnsdelen i grupper på tvers av partiene. På det "
          "andre ble visjonen, hovedmålene og satsingsområdene formet."),
    ("p", "Det ble holdt folkemøter i Brattøyri, Kvernhella, Heimvik og Skarvdal, og ungdomsrådet "
          "arrangerte en egen kveld for elevene ved Brattøyri skole. Kommunen fikk 212 innspill. "
          "Planforslaget lå ute på høring fra 10. mars til 24. april 2020, og det kom 38 "
          "høringsuttalelser, blant annet fra Sygna fylkeskommune, statsforvalteren, NVE, "
          "Brattfjord hamn KF og Brattfjord Fruktlag SA."),
    ("h2", "Hva innbyggerne sa"),
    ("p", "Flest innspill handlet om cruisetrafikken. Mange i Brattøyri ønsket færre store dager og "
          "bedre trafikkavvikling, mens næringslivet pekte på at cruise gir arbeid og gjør det "
          "mulig å holde butikker og kafeer åpne. Fra bygdene kom det ønsker om å beholde skolene, "
          "bedre mobildekning og raskere skredsikring. Ungdomsrådet ba om en fast møteplass for "
          "ungdom og om kveldsbuss fra Kvernhella og Heimvik."),
    ("h2", "Brattfjord i dag"),
    ("p", "Brattfjord ligger innerst i en smal fjordarm der fjellsidene går rett opp til over 1 600 "
          "meter. Kommunesenteret Brattøyri ligger på elvesletta i fjordbotnen. Bygdene Kvernhella "
          "og Heimvik ligger på solsida av fjorden, Aurnes med ferjekaia ligger ytterst, og "
          "Skarvdal ligger i dalen opp mot fjellet."),
    ("p", "Ferjesambandet Aurnes–Lidvoll er kommunens viktigste forbindelse med resten av fylket. "
          "Fylkesveien over Skarvdalsfjellet er den eneste veien ut av kommunen uten ferje, men den "
          "blir ofte stengt om vinteren. Nærmeste sykehus er Sølvhamn sjukehus, om lag 1 time og "
          "50 minutter fra Brattøyri med ferje."),
    ("p", "Næringslivet bygger på tre bein: kraft, frukt og reiseliv. Skarvdal kraftverk gir "
          "kommunen store inntekter fra konsesjonskraft og eiendomsskatt. Frukthagene i Kvernhella "
          "og Heimvik har lange tradisjoner, og fra mai til september legger cruiseskip til ved "
          "kaia i Brattøyri."),
    ("fact", "Fakta: Brattfjord i tall (1.1.2020)", [
        "Innbyggere: 4 035",
        "Landareal: 624 km²",
        "Arbeidsplasser i kommunen: 1 890",
        "Cruiseanløp 2019: 96, med 168 000 passasjerer",
        "Frukthager: om lag 2 300 dekar",
        "Reisetid Brattøyri–Sølvhamn sjukehus: 1 t 50 min",
    ]),
    ("h2", "Våre viktigste utfordringer"),
    ("p", "Kunnskapsgrunnlaget for planen viste at Brattfjord har seks store utfordringer som planen "
          "må svare på:"),
    ("bullets", [
        "Folketallet går ned, og det blir flere eldre og færre barn og unge.",
        "Det er vanskelig å rekruttere sykepleiere, lærere og andre med høyere utdanning.",
        "Cruisetrafikken gir inntekter og arbeid, men store dager presser veier, toaletter, "
        "helsetjenester og lokalmiljø.",
        "Skred, fjellskred og et villere klima truer bebyggelse og veier.",
        "Kraftinntektene varierer mye fra år til år med strømprisen.",
        "Lang vei til sykehus gjør akuttberedskapen sårbar.",
    ]),

    ("h1", "Visjon og hovedmål"),
    ("vision", "«Brattfjord – levende bygder mellom fjell og fjord»"),
    ("p", "Visjonen sier at alle bygdene i Brattfjord skal ha liv, med folk i alle aldre, "
          "arbeidsplasser og møteplasser. Fjellet og fjorden er både det som gir kommunen "
          "inntektene og det som gjør den attraktiv, og det som krever at vi tar risikoen på "
          "alvor. Visjonen gjelder både lokalsamfunnet og kommunen som organisasjon."),
    ("p", "Kommunestyret har vedtatt fire hovedmål. De er planens lange linjer og skal ligge fast "
          "i hele planperioden."),
    ("table", "Tabell 1. Hovedmålene", [
        ["Hovedmål", "Hva vi vil oppnå innen 2032"],
        ["1 Flere vil bo i Brattfjord",
         "Folketallet skal være minst 4 100 i 2032, og flere unge voksne og barnefamilier skal "
         "flytte til kommunen."],
        ["2 Fjorden, frukten og kraften gir arbeid",
         "Det skal skapes 60 nye helårs arbeidsplasser, og næringslivet skal bli mindre avhengig "
         "av sommersesongen."],
        ["3 Gode tjenester nær folk",
         "Innbyggerne skal få trygge tjenester av god kvalitet i alle bygdene, utført av "
         "kvalifiserte ansatte."],
        ["4 Et trygt samfunn i et bratt landskap",
         "Ingen skal bo eller oppholde seg fast i områder med uakseptabel skredfare, og "
         "kommunen skal være forberedt på fjellskred og ekstremvær."],
    ], [0.34, 0.66]),
    ("h2", "Perspektiver som gjelder hele planen"),
    ("p", "Tre perspektiver skal ligge til grunn for alt arbeid med planen. <b>Folkehelse:</b> "
          "tiltak skal vurderes etter hvordan de påvirker helse og trivsel. <b>Klima:</b> "
          "kommunen skal redusere utslippene fra sjøfarten og tilpasse seg et våtere klima. "
          "<b>Barn og unge:</b> barn og unge skal bli hørt i alle saker som angår dem, gjennom "
          "ungdomsrådet og skolene."),
    ("p", "Hovedmålene trekker ikke alltid i samme retning. Flere cruiseanløp gir flere "
          "arbeidsplasser, men kan gå ut over bokvaliteten i Brattøyri om sommeren. Nye boliger og "
          "næringsareal må finne plass i en kommune der det meste av flatmarka enten er frukthage "
          "eller ligger i faresoner. Satsingsområdene viser hvordan kommunestyret har valgt å "
          "balansere dette i denne valgperioden."),

    ("newpage",),
    ("h1", "Satsingsområder"),
    ("lead", "Kommunestyret har valgt fire satsingsområder for valgperioden 2019–2023. For hvert av "
             "dem er det satt opp delmål og strategier. Satsingsområdene skal vurderes på nytt når "
             "et nytt kommunestyre lager planstrategi."),
    ("h2", "Satsingsområde 1 – Reiseliv i balanse"),
    ("p", "Antallet cruiseanløp har økt raskt, fra 54 i 2012 til 96 i 2019. Cruisetrafikken gir "
          "inntekter til Brattfjord hamn KF, til butikker, guider og busselskaper og til mange "
          "ungdommer som får sommerjobb. På de største dagene kan det likevel komme over 7 500 "
          "passasjerer til en bygd med om lag 1 800 innbyggere. Da blir det kø på veien, mangel på "
          "toaletter og press på legevakten."),
    ("goals", "Delmål og strategier for satsingsområde 1", [
        ["Delmål", "Strategier – kommunen skal", "Ansvar"],
        ["1.1 Det skal ikke komme mer enn 8 000 cruisepassasjerer på én dag.",
         "innføre et anløpsregime med et tak per dag sammen med Brattfjord hamn KF; samarbeide "
         "med rederiene om å spre anløpene over flere ukedager",
         "Hamnestyret, kommunedirektøren"],
        ["1.2 Cruisekaia skal ha landstrøm innen 2026.",
         "søke støtte fra Enova; bruke havneinntekter til å finansiere anlegget",
         "Brattfjord hamn KF"],
        ["1.3 Reiselivet skal gi flere helårs arbeidsplasser.",
         "utvikle vår- og høstsesongen med frukt, sider og blomstring som tema; samarbeide med "
         "Visit Sygna om markedsføring",
         "Næringsavdelingen"],
        ["1.4 De besøkende skal bidra til fellesgodene.",
         "bruke en del av havneinntektene til toaletter, stier og parkering; innføre et "
         "besøksbidrag dersom loven åpner for det",
         "Kommunestyret"],
    ]),
    ("h2", "Satsingsområde 2 – Kraft og frukt som grunnlag for nye arbeidsplasser"),
    ("p", "Skarvdal kraftverk gir kommunen inntekter fra salg av konsesjonskraft, eiendomsskatt, "
          "naturressursskatt og konsesjonsavgifter. Inntektene fra konsesjonskraften følger "
          "strømprisen og kan endre seg med mange millioner kroner fra ett år til det neste. "
          "Fruktdyrkingen er viktig for bosettingen i Kvernhella og Heimvik, men antallet "
          "fruktbønder går ned, og mange av dem nærmer seg pensjonsalder."),
    ("goals", "Delmål og strategier for satsingsområde 2", [
        ["Delmål", "Strategier – kommunen skal", "Ansvar"],
        ["2.1 Kraftinntektene skal gi varige verdier for framtidige generasjoner.",
         "ikke bruke variable kraftinntekter til faste driftsutgifter; sette inntekter ut over "
         "det som er budsjettert, av til disposisjonsfond og kraftfondet",
         "Kommunestyret"],
        ["2.2 Arealet med frukthager skal være minst 2 000 dekar.",
         "gi tilskudd til nyplanting fra kraftfondet; samarbeide med Brattfjord Fruktlag SA om "
         "generasjonsskifte; ikke omdisponere frukthager",
         "Landbrukskontoret"],
        ["2.3 Det skal skapes 60 nye helårs arbeidsplasser innen 2032.",
         "regulere næringsareal på Aurnes; etablere et gründerhus i Brattøyri; sikre fiber til "
         "alle bygdene",
         "Næringsavdelingen"],
    ]),
    ("h2", "Satsingsområde 3 – Oppvekst og rekruttering"),
    ("p", "Elevtallet har gått ned i mange år, og flere skoler har mye ledig kapasitet. Samtidig er "
          "det vanskelig å få kvalifiserte søkere til stillinger som lærer, sykepleier og "
          "barnehagelærer. Mangel på utleieboliger gjør det ekstra vanskelig for nytilsatte å "
          "etablere seg. Skolestrukturen skal vurderes i planperioden på grunnlag av elevtall, "
          "kvalitet og reiseavstand."),
    ("goals", "Delmål og strategier for satsingsområde 3", [
        ["Delmål", "Strategier – kommunen skal", "Ansvar"],
        ["3.1 Alle som underviser, skal ha godkjent lærerutdanning innen 2030.",
         "tilby betalt videreutdanning; samarbeide med høgskolen om desentralisert "
         "lærerutdanning",
         "Kommunalsjef oppvekst"],
        ["3.2 Kommunen skal ha nok sykepleiere og helsefagarbeidere.",
         "gi utdanningsstipend mot tre års bindingstid; øke stillingsstørrelsene og bygge en "
         "heltidskultur",
         "Kommunalsjef helse"],
        ["3.3 Det skal finnes 20 utleieboliger for nytilsatte innen 2025.",
         "bygge rekrutteringsboliger i Brattøyri med lån fra Husbanken",
         "Eiendomsavdelingen"],
        ["3.4 Barn og unge skal ha gode fritidstilbud i hele kommunen.",
         "støtte lag og foreninger; drive ungdomsklubb; tilpasse skolebussen til "
         "fritidsaktiviteter",
         "Kultur og oppvekst"],
    ]),
    ("h2", "Satsingsområde 4 – Trygghet i hverdag og krise"),
    ("p", "Det ustabile fjellpartiet Hyllaksla i Hyllfjellet overvåkes av NVE. Et stort fjellskred "
          "kan gi en flodbølge i fjorden som når Brattøyri på få minutter. Snøskred og steinsprang "
          "stenger veiene flere ganger hvert år, og med lang vei til sykehus er kommunen avhengig "
          "av god akuttberedskap i egne bygder."),
    ("goals", "Delmål og strategier for satsingsområde 4", [
        ["Delmål", "Strategier – kommunen skal", "Ansvar"],
        ["4.1 Alle innbyggere og tilreisende skal kjenne varslings- og evakueringsplanen for "
         "fjellskred.",
         "øve evakuering hvert år; informere sesongarbeidere og turister på flere språk",
         "Beredskapsrådet"],
        ["4.2 Akuttberedskapen skal være god også i cruisesesongen.",
         "arbeide for en ekstra ambulanse om sommeren; lære opp akutthjelpere i bygdene sammen "
         "med brannvesenet",
         "Kommunalsjef helse"],
        ["4.3 Fylkesveiene skal sikres mot skred.",
         "arbeide overfor fylkeskommunen for skredsikring av veien gjennom Skarvdalen",
         "Ordføreren"],
        ["4.4 Flere eldre skal kunne bo trygt hjemme.",
         "ta i bruk velferdsteknologi og hverdagsrehabilitering i alle bygdene",
         "Kommunalsjef helse"],
    ]),

    ("h1", "Arealstrategi"),
    ("lead", "Arealstrategien er de lange linjene for hvordan arealene skal brukes. Den skal legges "
             "til grunn når kommuneplanens arealdel revideres."),
    ("h2", "Senterstruktur"),
    ("p", "Brattøyri skal være kommunesenteret, med offentlige tjenester, handel og de fleste nye "
          "boligene. Kvernhella og Heimvik skal være bygdesentre med skole og barnehage. Aurnes skal "
          "utvikles som knutepunkt ved ferjekaia, med næringsareal. I Skarvdal tillates spredt "
          "boligbygging og fritidsboliger."),
    ("h2", "Skred og flodbølge"),
    ("p", "Det skal ikke bygges nye boliger eller bygg for varig opphold innenfor faresonene for "
          "skred og flodbølge uten at området er sikret i tråd med byggteknisk forskrift. "
          "Sykehjem, skoler og barnehager skal ikke plasseres i flodbølgesonen fra Hyllaksla. "
          "Nye byggeområder skal ha en skredfarevurdering før de legges inn i arealdelen."),
    ("h2", "Frukthagene"),
    ("p", "Frukthagene er en del av kulturlandskapet og av næringsgrunnlaget. Dyrka mark med "
          "frukthager skal ikke omdisponeres til andre formål. Nye boliger i Kvernhella og "
          "Heimvik skal plasseres i lia ovenfor frukthagene, der skredfaren tillater det."),
    ("h2", "Næringsareal"),
    ("p", "Nye arealkrevende virksomheter skal lokaliseres til Aurnes, der det skal reguleres om "
          "lag 40 dekar næringsareal nær ferjekaia. Kontorarbeidsplasser, handel og "
          "publikumsrettet virksomhet skal ligge i Brattøyri sentrum. Fruktlagret og "
          "sideriet i Kvernhella kan utvides på egen tomt."),
    ("h2", "Ferje og vei"),
    ("p", "Kommunen skal arbeide for at ferjesambandet Aurnes–Lidvoll får nattavganger og "
          "hyppigere avganger om sommeren. Parkering for cruisebusser skal samles på "
          "Brattøyri-flata, slik at bussene ikke kjører gjennom boligområdene. Ny bebyggelse langs "
          "fylkesveien skal ha trygg skolevei."),
    ("h2", "Fjorden og strandsonen"),
    ("p", "I 100-metersbeltet langs sjøen skal det ikke bygges, med unntak av kaiområdene i Brattøyri "
          "og på Aurnes. Cruisekaia og området rundt den skal planlegges samlet, med plass til "
          "busser, toaletter og en gangvei langs sjøen."),
    ("h2", "Fritidsboliger"),
    ("p", "Nye fritidsboliger skal samles i Skarvdal fjellområde, og det kan legges ut inntil 120 "
          "nye tomter i planperioden. Det skal ikke bygges fritidsboliger i frukthagene eller i "
          "strandsonen."),
    ("map", "Figur 1. Arealstrategien i forenklet form: kommunesenter, bygdesentre, ferjekai, "
            "flodbølgesone og frukthager. Kartet er ikke i målestokk; se kommunens kartinnsyn."),
    ("p", "Kommunen regner med et behov for om lag ti nye boliger i året, de fleste mindre "
          "leiligheter for eldre og utleieboliger for nytilsatte. Tabell 2 viser hvordan de nye "
          "boligene skal fordeles mellom bygdene."),
    ("table", "Tabell 2. Fordeling av nye boliger 2020–2032", [
        ["Område", "Andel", "Antall boliger"],
        ["Brattøyri", "60 %", "72"],
        ["Kvernhella", "20 %", "24"],
        ["Heimvik", "10 %", "12"],
        ["Aurnes og Skarvdal", "10 %", "12"],
        ["Sum", "100 %", "120"],
    ], [0.5, 0.2, 0.3]),

    ("newpage",),
    ("h1", "Oppfølging"),
    ("lead", "En samfunnsdel betyr bare noe hvis den følges opp. Her står det hvordan planen skal "
             "brukes, og hvem som har ansvaret."),
    ("h2", "Handlings- og økonomiplanen"),
    ("p", "Samfunnsdelen følges opp gjennom handlings- og økonomiplanen, som kommunestyret vedtar "
          "hvert år i desember. Planen skal vise hvilke tiltak som skal gjennomføres innenfor "
          "hvert satsingsområde de neste fire årene, og hva de koster. Alle saksframlegg til "
          "kommunestyret skal ha et eget avsnitt om hvordan saken påvirker målene i samfunnsdelen."),
    ("h2", "Ledergruppens ansvar"),
    ("p", "Kommunedirektøren og ledergruppen skal sørge for at satsingsområdene blir konkretisert i "
          "virksomhetsplanene. Hver kommunalsjef skal hvert år legge fram for ledergruppen hva "
          "samfunnsdelen betyr for egen sektor, og hvilke temaplaner som må revideres."),
    ("h2", "Rapportering og revisjon"),
    ("p", "Kommunedirektøren rapporterer på indikatorene i årsmeldingen. I starten av hver "
          "valgperiode skal det lages et nytt kunnskapsgrunnlag, og kommunestyret skal i "
          "planstrategien ta stilling til om samfunnsdelen skal videreføres eller revideres. "
          "Før det skal kommunestyret holde et politisk verksted om gjeldende samfunnsdel."),
    ("table", "Tabell 3. Indikatorer for oppfølging", [
        ["Indikator", "Status (år)", "Mål 2032"],
        ["Folketall", "4 035 (2020)", "minst 4 100"],
        ["Cruisepassasjerer på den største dagen", "7 500 (2019)", "høyst 8 000"],
        ["Arbeidsplasser i kommunen", "1 890 (2019)", "1 950"],
        ["Areal med frukthager", "2 300 dekar (2019)", "minst 2 000 dekar"],
        ["Lærere med godkjent lærerutdanning", "78 % (2019)", "100 % (2030)"],
        ["Ubesatte sykepleierstillinger", "3 (2019)", "0"],
        ["Utleieboliger for nytilsatte", "4 (2020)", "20 (2025)"],
        ["Netto driftsresultat", "2,1 % (2019)", "minst 2,5 %"],
        ["Klimagassutslipp, tonn CO2-ekvivalenter", "23 800 (2017)", "40 % lavere (2030)"],
    ], [0.5, 0.25, 0.25]),
    ("h2", "Samarbeid i regionen"),
    ("p", "Brattfjord samarbeider med Sølvhamn og Lidvoll om legevakt, barnevern, PPT og brann og "
          "redning gjennom Indre Sygna regionråd. Regionrådet er kommunens viktigste arena for å "
          "fremme saker overfor fylkeskommunen og staten, blant annet skredsikring, "
          "ferjetilbudet og sykehusstrukturen."),
]

# ---------------------------------------------------------------------------------------------
# Kunnskapsgrunnlaget (DOCX). Kinds: h1, h2, p, ul,
#   ("ol", [items])                     numbered list (List Number)
#   ("key", [items])                    «Hovedpunkter» list in italics opening a chapter
#   ("table", caption, rows)            caption ABOVE the table, with the source in the caption
#   ("box", title, text)                one-cell «Faktaboks» with a thick left border
# ---------------------------------------------------------------------------------------------

KUNNSKAPSGRUNNLAG = [
    ("h1", "Om dette dokumentet"),
    ("p", "Kunnskapsgrunnlaget beskriver hvordan Brattfjord har utviklet seg siden samfunnsdelen "
          "ble vedtatt i 2020, og hvilke utviklingstrekk kommunen står overfor. Det skal gi "
          "kommunestyret et felles grunnlag før arbeidet med planstrategien og en mulig revisjon "
          "av samfunnsdelen. Dokumentet beskriver situasjonen og trendene og gir ingen "
          "anbefalinger om hvilke veivalg kommunestyret bør ta."),
    ("p", "Ledergruppen har kvalitetssikret innholdet, og hver kommunalsjef har ansvaret for tallene "
          "fra egen sektor. Tallene er hentet fra SSB, Kostra, NAV, NVE, Sygna fylkeskommune og "
          "kommunens egne fagsystemer. Befolkningsframskrivingene er SSBs hovedalternativ fra "
          "2024. Tallene gjelder per 1. januar 2024 eller for året 2023 dersom ikke annet er "
          "oppgitt."),
    ("p", "Dokumentet er delt inn etter de fire temaene som KS anbefaler for kunnskapsgrunnlaget:"),
    ("ol", [
        "Samfunnsutvikling: befolkning, næringsliv, reiseliv og pendling.",
        "Tjenesteyting: oppvekst, helse og omsorg.",
        "Beredskap: klima, skred og samfunnssikkerhet.",
        "Økonomi: driftsresultat, fond, gjeld og kraftinntekter.",
    ]),

    ("h1", "Befolkning"),
    ("key", [
        "Folketallet har gått ned med 256 personer på ti år.",
        "Antallet innbyggere over 80 år øker med 62 prosent fram mot 2040.",
        "Det blir færre barn og unge og færre i yrkesaktiv alder.",
    ]),
    ("h2", "Folketall og flytting"),
    ("p", "Brattfjord hadde 3 962 innbyggere 1. januar 2024. Det er 256 færre enn ti år før, en "
          "nedgang på 6,1 prosent. De siste fem årene gikk folketallet ned med 109 personer. Det "
          "dør flere enn det blir født, og flere flytter fra Brattfjord til andre kommuner i Norge "
          "enn motsatt vei. Innvandring har dempet nedgangen."),
    ("p", "Samfunnsdelen fra 2020 har et mål om minst 4 100 innbyggere i 2032. SSBs hovedalternativ "
          "gir om lag 3 870 innbyggere i 2032 og 3 838 i 2035."),
    ("table", "Tabell 1. Befolkningsendringer 2019–2023 (kilde: SSB)", [
        ["År", "Fødte", "Døde", "Innenlands flytting, netto", "Innvandring, netto", "Endring"],
        ["2019", "34", "52", "–38", "+20", "–36"],
        ["2020", "31", "49", "–25", "+12", "–31"],
        ["2021", "36", "47", "–10", "+14", "–7"],
        ["2022", "29", "55", "–30", "+48", "–8"],
        ["2023", "30", "51", "–36", "+30", "–27"],
        ["Sum", "160", "254", "–139", "+124", "–109"],
    ]),
    ("p", "Innvandrere utgjør 412 av innbyggerne, eller 10,4 prosent. De fleste kommer fra Polen, "
          "Litauen og Ukraina og arbeider i fruktnæringen, reiselivet og helse og omsorg. I 2022 "
          "tok kommunen imot 31 flyktninger fra Ukraina."),
    ("p", "Om sommeren bor det i tillegg om lag 350 sesongarbeidere i kommunen, i fruktnæringen og "
          "i reiselivet. De fleste er ikke folkeregistrert i Brattfjord og teller derfor ikke med "
          "i folketallet."),
    ("h2", "Alderssammensetning og framskrivinger"),
    ("table", "Tabell 2. Befolkning etter alder 2024 og framskrevet 2030, 2035, 2040 og 2050 "
              "(kilde: SSB, hovedalternativet)", [
        ["Aldersgruppe", "2024", "2030", "2035", "2040", "2050"],
        ["0–5 år", "188", "170", "160", "155", "148"],
        ["6–15 år", "402", "350", "318", "300", "282"],
        ["16–19 år", "176", "160", "140", "128", "120"],
        ["20–44 år", "1 082", "1 030", "1 000", "975", "930"],
        ["45–66 år", "1 168", "1 120", "1 070", "1 020", "960"],
        ["67–79 år", "594", "640", "650", "640", "610"],
        ["80 år og eldre", "352", "420", "500", "570", "620"],
        ["Sum", "3 962", "3 890", "3 838", "3 788", "3 670"],
    ]),
    ("p", "Antallet innbyggere over 80 år vil øke fra 352 i 2024 til 570 i 2040, en økning på 62 "
          "prosent. I samme periode går antallet barn og unge under 20 år ned med 183. I 2024 er "
          "det 6,4 innbyggere i alderen 20–66 år for hver innbygger over 80 år. I 2040 vil det "
          "være 3,5. Antallet fødte har ligget mellom 29 og 36 i året de siste fem årene."),
    ("h2", "Bygdene"),
    ("p", "Det er bare Brattøyri som har vokst de siste ti årene. Heimvik og Skarvdal har hatt den "
          "største nedgangen."),
    ("table", "Tabell 3. Innbyggere etter bygd 1. januar 2014 og 2024 (kilde: SSB, grunnkretser)", [
        ["Bygd", "2014", "2024", "Endring"],
        ["Brattøyri", "1 820", "1 870", "+50"],
        ["Kvernhella", "800", "720", "–80"],
        ["Heimvik", "640", "540", "–100"],
        ["Aurnes", "450", "410", "–40"],
        ["Skarvdal", "330", "260", "–70"],
        ["Spredt bebyggelse", "178", "162", "–16"],
        ["Sum", "4 218", "3 962", "–256"],
    ]),

    ("h1", "Næringsliv, arbeid og pendling"),
    ("key", [
        "Antallet arbeidsplasser har gått ned fra 1 890 i 2019 til 1 840 i 2023.",
        "Cruisetrafikken har nådd nye toppår, med 214 000 passasjerer i 2023.",
        "Antallet fruktprodusenter har falt med nesten en tredjedel siden 2014.",
    ]),
    ("h2", "Arbeidsplasser"),
    ("p", "Det var 1 840 arbeidsplasser i Brattfjord i 2023. Helse og omsorg er den største "
          "næringen. Kommunen er den største arbeidsgiveren med 410 ansatte. De største private "
          "arbeidsgiverne er Skarvdal Kraft AS, Brattfjord Fruktlag SA og hotellet Skarvheim Hotell "
          "i Brattøyri."),
    ("table", "Tabell 4. Arbeidsplasser etter næring, 2023 (kilde: SSB, sysselsatte etter "
              "arbeidssted)", [
        ["Næring", "Arbeidsplasser", "Andel"],
        ["Helse- og sosialtjenester", "380", "20,7 %"],
        ["Overnatting og servering", "210", "11,4 %"],
        ["Undervisning", "170", "9,2 %"],
        ["Bygg og anlegg", "160", "8,7 %"],
        ["Varehandel", "150", "8,2 %"],
        ["Industri, medregnet fruktforedling", "140", "7,6 %"],
        ["Jordbruk, medregnet fruktdyrking", "120", "6,5 %"],
        ["Offentlig administrasjon", "120", "6,5 %"],
        ["Transport, medregnet ferje og buss", "110", "6,0 %"],
        ["Kraftforsyning", "60", "3,3 %"],
        ["Annet", "220", "12,0 %"],
        ["Sum", "1 840", "100 %"],
    ]),
    ("p", "Arbeidsledigheten var 1,9 prosent i gjennomsnitt for 2023. Om vinteren er ledigheten "
          "høyere enn om sommeren, fordi mange arbeidsplasser i reiselivet er sesongbaserte."),
    ("h2", "Pendling"),
    ("p", "Av de 1 960 sysselsatte som bor i Brattfjord, pendler 420 ut av kommunen, og 300 "
          "personer pendler inn. Det største pendlingsmålet er Sølvhamn, der 260 av utpendlerne "
          "arbeider. Pendlingen til Sølvhamn er avhengig av ferjesambandet Aurnes–Lidvoll, som "
          "ikke går mellom klokka 00.30 og 05.45."),
    ("h2", "Reiseliv og cruise"),
    ("p", "I 2023 hadde Brattøyri 128 cruiseanløp med til sammen 214 000 passasjerer. I 2019 var "
          "det 96 anløp med 168 000 passasjerer. Den travleste dagen i 2023 var 8. juli, da tre "
          "skip lå i fjorden samtidig med 9 400 passasjerer. Det er over målet i samfunnsdelen om "
          "høyst 8 000 passasjerer på én dag. Det var ni dager i 2023 med mer enn 8 000 "
          "passasjerer."),
    ("p", "I tillegg kommer om lag 150 000 dagsbesøkende med bil og buss i sommerhalvåret. De "
          "kommersielle overnattingsstedene hadde 96 000 gjestedøgn i 2023, og 78 prosent av dem "
          "var i perioden mai–september."),
    ("p", "Brattfjord hamn KF hadde 11,2 millioner kroner i inntekter fra havneavgifter og "
          "passasjeravgift i 2023. Landstrøm på cruisekaia er utredet med en kostnad på 78 "
          "millioner kroner, og det er søkt om støtte fra Enova. Anlegget er ikke bygd, og målet i "
          "samfunnsdelen om landstrøm innen 2026 vil derfor trolig ikke bli nådd."),
    ("box", "Faktaboks: en stor cruisedag",
     "På en dag med tre skip kommer det om lag 110 turbusser gjennom Brattøyri. Legevakten hadde "
     "i juli 2023 dobbelt så mange konsultasjoner som i en vintermåned, og en tredjedel av dem "
     "gjaldt tilreisende. Kommunen leier 14 mobile toaletter i sesongen."),
    ("h2", "Fruktdyrking"),
    ("p", "Det er 64 aktive fruktprodusenter i Brattfjord, mot 92 i 2014. Arealet med frukthager er "
          "om lag 2 100 dekar, ned fra 2 300 dekar i 2019. Eple er den viktigste kulturen, fulgt "
          "av plomme og morell. Brattfjord Fruktlag SA tok imot 3 100 tonn frukt i 2023. "
          "Kvernhella Siderhus har 14 ansatte og selger sider over hele landet."),
    ("p", "Nattefrost under blomstringen i mai 2022 ga en avling som var 40 prosent lavere enn "
          "normalt. Halvparten av fruktprodusentene er over 60 år, og 11 bruk mangler en kjent "
          "etterfølger."),
    ("h2", "Kraft"),
    ("p", "Skarvdal kraftverk produserer i et normalår om lag 410 GWh. Kraftverket eies av Skarvdal "
          "Kraft AS og har 60 ansatte, de fleste i Skarvdal og Brattøyri. Kommunen har rett til "
          "28 GWh konsesjonskraft i året, som selges i markedet. Inntektene fra kraften er omtalt "
          "i kapitlet om økonomi."),

    ("h1", "Oppvekst"),
    ("key", [
        "Elevtallet har gått ned med en fjerdedel siden 2014 og vil fortsette å gå ned.",
        "Fire skoler har til sammen 396 elever og god ledig kapasitet.",
        "Nesten hver femte lærer mangler godkjent lærerutdanning.",
    ]),
    ("h2", "Barnehager"),
    ("p", "Brattfjord har tre kommunale barnehager med til sammen 110 barn: Brattøyri barnehage med "
          "62 barn, Kvernhella barnehage med 28 barn og Heimvik barnehage med 20 barn. Alle som "
          "søkte innen fristen, fikk plass ved hovedopptaket i 2024. Andelen barn i alderen 1–5 år "
          "som går i barnehage, er 93 prosent. To av de elleve pedagogiske lederne har dispensasjon "
          "fra utdanningskravet."),
    ("h2", "Grunnskole"),
    ("p", "Høsten 2023 hadde grunnskolene i Brattfjord 396 elever. I 2014 var det 528 elever. "
          "Alle elever på 8.–10. trinn går på Brattøyri skole."),
    ("table", "Tabell 5. Elevtall og kapasitet per skole, høsten 2023 (kilde: GSI og kommunens "
              "egne tall)", [
        ["Skole", "Trinn", "Elever", "Kapasitet"],
        ["Brattøyri skole", "1–10", "240", "320"],
        ["Kvernhella skole", "1–7", "88", "140"],
        ["Heimvik skole", "1–7", "52", "100"],
        ["Skarvdal skole", "1–4", "16", "40"],
        ["Sum", "", "396", "600"],
    ]),
    ("p", "Framskrivingen gir om lag 350 elever i 2030 og 300 i 2040. Skarvdal skole har 16 elever "
          "på 1.–4. trinn, og elevene går over til Brattøyri skole fra 5. trinn. Skoleveien fra "
          "Skarvdal til Brattøyri er 19 kilometer. Driftsutgiftene per elev ved Skarvdal skole er "
          "om lag 310 000 kroner, mot et snitt på 168 000 kroner for kommunens skoler."),
    ("p", "Skolene har til sammen 58 lærerårsverk. Av disse dekkes 11 av personer uten godkjent "
          "lærerutdanning, det vil si 19 prosent. Målet i samfunnsdelen er at alle som underviser, "
          "skal ha godkjent lærerutdanning innen 2030. Ved utlysningene våren 2024 kom det i "
          "snitt to kvalifiserte søkere per lærerstilling."),
    ("h2", "Resultater og trivsel"),
    ("p", "Resultatene på nasjonale prøver på 5. trinn ligger på landssnittet. Av elevene som "
          "startet i videregående opplæring i 2017, fullførte 84 prosent innen fem år. Elevene må "
          "bo på hybel i Sølvhamn for å gå på videregående skole. Elevundersøkelsen viser at "
          "trivselen er høy, men at 8 prosent av elevene på 7. trinn opplever mobbing."),

    ("h1", "Helse og omsorg"),
    ("key", [
        "Behovet for heldøgns omsorg øker kraftig fram mot 2040.",
        "Kommunen har vansker med å rekruttere sykepleiere og bruker mye vikarbyrå.",
        "Det er lang vei til sykehus og legevakt om natten.",
    ]),
    ("h2", "Tjenestene i dag"),
    ("p", "Fjordtun helsetun i Brattøyri har 36 sykehjemsplasser, medregnet 8 plasser i en skjermet "
          "enhet for personer med demens og 4 korttidsplasser. Liatun omsorgsboliger har 18 "
          "boliger med heldøgns bemanning. Til sammen har kommunen 54 plasser med heldøgns omsorg. "
          "Hjemmetjenestene hadde 182 brukere i 2023, fordelt på to soner: Brattøyri og Indre, og "
          "Aurnes og Ytre."),
    ("h2", "Behov fram mot 2040"),
    ("p", "Dekningsgraden for plasser med heldøgns omsorg er 15,3 prosent av innbyggerne over 80 år. "
          "Tabell 6 viser behovet dersom dekningsgraden holdes på samme nivå."),
    ("table", "Tabell 6. Framskrevet behov for plasser med heldøgns omsorg ved dagens dekningsgrad "
              "(kilde: SSB og kommunens beregninger)", [
        ["År", "Innbyggere over 80 år", "Plasser med heldøgns omsorg"],
        ["2024", "352", "54"],
        ["2030", "420", "64"],
        ["2035", "500", "77"],
        ["2040", "570", "87"],
    ]),
    ("p", "Behovet øker med om lag 33 plasser fram mot 2040. Fjordtun helsetun ligger innenfor "
          "flodbølgesonen fra Hyllaksla. En utvidelse av helsetunet på samme tomt er derfor ikke "
          "mulig etter arealstrategien i samfunnsdelen."),
    ("h2", "Bemanning og rekruttering"),
    ("p", "Helse og omsorg har 118 årsverk, av dem 24 sykepleierårsverk. I 2023 var i gjennomsnitt "
          "6 sykepleierstillinger ubesatt. Kommunen brukte 7,9 millioner kroner på vikarbyrå i "
          "2023, mot 2,4 millioner kroner i 2019. Sykefraværet i helse og omsorg var 10,8 prosent, "
          "mot 8,1 prosent for kommunen samlet. 48 prosent av de ansatte i helse og omsorg "
          "arbeider deltid."),
    ("p", "Kommunen har siden 2021 gitt utdanningsstipend til 9 personer mot tre års bindingstid. "
          "Kommunen har 11 utleieboliger for nytilsatte, mot målet på 20 boliger innen 2025."),
    ("h2", "Lege, legevakt og sykehus"),
    ("p", "Brattfjord har fire fastlegehjemler, og én av dem har stått ledig siden høsten 2023. "
          "Legevakten er i Brattøyri på dagtid og kveld. Om natten er legevakten interkommunal "
          "og ligger i Sølvhamn. Reisetiden fra Brattøyri til Sølvhamn sjukehus er 1 time og 50 "
          "minutter med ferje og 2 timer og 20 minutter fra Skarvdal. Når ferja ikke går, er "
          "ambulansebåt eller helikopter eneste alternativ."),
    ("p", "Det er én ambulanse stasjonert i Brattøyri. Helseforetaket har ikke svart på kommunens "
          "ønske om en ekstra ambulanse i cruisesesongen."),

    ("h1", "Boliger og samferdsel"),
    ("h2", "Boliger"),
    ("p", "Det ble fullført 7 nye boliger i Brattfjord i 2023, og i gjennomsnitt 6 i året de siste "
          "fem årene. De fleste var eneboliger i Brattøyri. Det er få leiligheter og få "
          "utleieboliger i kommunen, og nytilsatte melder at det er vanskelig å finne et sted å bo. "
          "Om lag 70 boliger står ubebodd eller brukes som fritidsbolig, de fleste i Heimvik og "
          "Skarvdal."),
    ("h2", "Ferje og kollektivtransport"),
    ("p", "Ferja Aurnes–Lidvoll har 22 avganger hver vei på hverdager, og overfarten tar 25 "
          "minutter. Om sommeren er det ofte gjenstående kjøretøy, og i juli 2023 ble 1 850 biler "
          "stående igjen på kaia. Det går skolebuss i alle bygdene, men ingen kveldsbuss fra "
          "Kvernhella og Heimvik."),
    ("h1", "Klima, skred og beredskap"),
    ("key", [
        "Hyllaksla er klassifisert som et høyrisikoobjekt og overvåkes døgnet rundt.",
        "Skred stengte veiene i til sammen 23 døgn i 2023.",
        "Sjøfarten står for mer enn halvparten av klimagassutslippene.",
    ]),
    ("h2", "Klimagassutslipp"),
    ("p", "Klimagassutslippene i Brattfjord var 21 400 tonn CO2-ekvivalenter i 2022, ned fra 23 800 "
          "tonn i 2017. Sjøfart, medregnet cruiseskip og ferje, stod for 58 prosent av utslippene. "
          "Ferja Aurnes–Lidvoll gikk over til batteridrift i 2022. Målet i samfunnsdelen er 40 "
          "prosent lavere utslipp i 2030 enn i 2017."),
    ("h2", "Klimaendringer"),
    ("p", "Klimaprofilen for Sygna viser at nedbøren ventes å øke med om lag 15 prosent fram mot "
          "slutten av århundret. Kraftig nedbør blir hyppigere, og faren for jordskred, flomskred "
          "og sørpeskred øker. Varmere vintre kan gi flere perioder med frost etter at trærne har "
          "begynt å blomstre."),
    ("h2", "Fjellskred og flodbølge"),
    ("p", "Fjellpartiet Hyllaksla i Hyllfjellet er klassifisert av NVE som et høyrisikoobjekt. Det "
          "ustabile volumet er anslått til 2–3 millioner kubikkmeter, og partiet beveger seg 1–2 "
          "centimeter i året. NVE har overvåket fjellpartiet døgnet rundt siden 2016. Dersom "
          "partiet raser ut, kan flodbølgen nå Brattøyri etter om lag seks minutter."),
    ("p", "Om lag 1 100 innbyggere bor i flodbølgesonen. På en stor cruisedag kan det i tillegg "
          "være flere tusen tilreisende i sonen. Kommunen har en evakueringsplan med fire "
          "farenivåer. Evakueringen skal skje til oppsamlingsplasser over 40 meter over havet."),
    ("h2", "Skred på veiene"),
    ("p", "Fylkesveien gjennom Skarvdalen var stengt på grunn av snøskred og skredfare i 14 døgn i "
          "2023, og veien mellom Brattøyri og Aurnes var stengt i 9 døgn. Skredsikring av "
          "fylkesveien gjennom Skarvdalen er anslått til 640 millioner kroner og er ikke prioritert "
          "i fylkeskommunens plan for 2024–2027."),
    ("h2", "Samfunnssikkerhet og beredskap"),
    ("p", "Den helhetlige risiko- og sårbarhetsanalysen ble revidert i 2022. Den peker ut disse "
          "hendelsene som de mest alvorlige:"),
    ("ul", [
        "fjellskred fra Hyllaksla med flodbølge",
        "snøskred og jordskred som stenger veiene og isolerer bygder",
        "langvarig bortfall av strøm og elektronisk kommunikasjon",
        "alvorlig ulykke eller brann på et cruiseskip i fjorden",
        "bortfall av ferjesambandet over lengre tid",
        "pandemi og annen alvorlig smittsom sykdom",
    ]),
    ("p", "Kommunens kriseledelse øvde på et varsel om akutt fare fra Hyllaksla i oktober 2023. "
          "Evalueringen viste at det var vanskelig å nå turister og sesongarbeidere med varsel, "
          "fordi mange av dem ikke har norsk mobilnummer."),
    ("box", "Faktaboks: farenivåer for Hyllaksla",
     "NVE bruker fem farenivåer: normal, aktsomhet, skjerpet aktsomhet, høy og ekstrem. Ved "
     "farenivå høy skal alle i flodbølgesonen evakueres. Kommunen har ansvaret for evakueringen, "
     "mens NVE har ansvaret for overvåkingen og for å sette farenivået."),

    ("h1", "Økonomi"),
    ("key", [
        "Netto driftsresultat falt fra 6,9 prosent i 2022 til 1,2 prosent i 2023.",
        "Netto lånegjeld er over grensen i handlingsregelen.",
        "Kraftinntektene utgjør nesten 12 prosent av driftsinntektene.",
    ]),
    ("h2", "Driftsresultat og handlingsregel"),
    ("p", "Kommunestyret vedtok i 2021 en handlingsregel med tre måltall: netto driftsresultat skal "
          "over tid være minst 2,5 prosent av brutto driftsinntekter, disposisjonsfondet skal være "
          "minst 10 prosent av brutto driftsinntekter, og netto lånegjeld skal ikke være høyere enn "
          "75 prosent av brutto driftsinntekter."),
    ("table", "Tabell 7. Nøkkeltall for økonomien 2021–2023 (kilde: Kostra og kommunens regnskap)", [
        ["Nøkkeltall", "2021", "2022", "2023", "Handlingsregel"],
        ["Brutto driftsinntekter, mill. kr", "371", "429", "412", "–"],
        ["Netto driftsresultat, prosent", "4,8", "6,9", "1,2", "minst 2,5"],
        ["Disposisjonsfond, mill. kr", "41,0", "63,1", "58,6", "–"],
        ["Disposisjonsfond, prosent", "11,1", "14,7", "14,2", "minst 10"],
        ["Netto lånegjeld, mill. kr", "262", "289", "318", "–"],
        ["Netto lånegjeld, prosent", "70,6", "67,4", "77,2", "høyst 75"],
    ]),
    ("p", "Det gode resultatet i 2022 skyldtes i hovedsak de høye strømprisene, som ga store "
          "inntekter fra salg av konsesjonskraft. I 2023 falt strømprisene, og samtidig økte "
          "utgiftene til vikarbyrå, rente og pensjon. Netto lånegjeld økte i 2023 fordi kommunen "
          "tok opp lån til nytt vannverk i Brattøyri og rekrutteringsboliger."),
    ("h2", "Kraftinntektene"),
    ("table", "Tabell 8. Inntekter fra kraft 2022 og 2023, millioner kroner (kilde: kommunens "
              "regnskap)", [
        ["Inntekt", "2022", "2023"],
        ["Salg av konsesjonskraft", "31,0", "14,6"],
        ["Eiendomsskatt på kraftverk", "24,1", "24,8"],
        ["Naturressursskatt", "5,0", "5,1"],
        ["Konsesjonsavgifter (til kraftfondet)", "3,3", "3,4"],
        ["Sum", "63,4", "47,9"],
    ]),
    ("p", "Eiendomsskatten på kraftverket er 7 promille. Kommunen har også eiendomsskatt på boliger "
          "og fritidsboliger, med en sats på 2 promille, som ga 4,2 millioner kroner i 2023. "
          "Konsesjonsavgiftene går til kraftfondet, som er et næringsfond. Kraftfondet hadde 22 "
          "millioner kroner ved utgangen av 2023."),
    ("p", "Regjeringen har varslet endringer i skattleggingen av vannkraft. Endringene kan gi "
          "kommunen lavere inntekter fra eiendomsskatt på kraftverket fra 2026, men omfanget er "
          "ikke kjent."),
    ("box", "Faktaboks: hva er konsesjonskraft?",
     "Kommuner der det ligger store kraftverk, har rett til å kjøpe en del av kraften til "
     "selvkost. Brattfjord selger konsesjonskraften videre i markedet. Fortjenesten følger "
     "derfor strømprisen: jo høyere pris, desto større inntekt."),

    ("h1", "Nasjonale og regionale føringer"),
    ("p", "Disse føringene er særlig viktige når samfunnsdelen skal vurderes på nytt:"),
    ("ul", [
        "Nasjonale forventninger til regional og kommunal planlegging 2023–2027, som legger vekt på "
        "bærekraftig utvikling, samfunnssikkerhet og levende lokalsamfunn i hele landet.",
        "Statlige planretningslinjer for klima- og energiplanlegging og klimatilpasning.",
        "Statlige planretningslinjer for differensiert forvaltning av strandsonen langs sjøen.",
        "Nasjonal jordvernstrategi, som også omfatter frukthager og annen dyrka mark.",
        "Regional planstrategi for Sygna 2024–2028, der «levende distrikter» og «trygg "
        "infrastruktur» er to av fire hovedmål.",
        "Regional plan for reiseliv og besøksforvaltning i Sygna fra 2022, som ber kommunene med "
        "mye cruisetrafikk lage en plan for besøksforvaltning.",
        "Byggteknisk forskrift, som setter krav til sikkerhet mot skred og flodbølge.",
    ]),
    ("p", "Statsforvalteren har i innspillet til planstrategien bedt kommunen vurdere arealreservene "
          "for fritidsboliger i Skarvdal på nytt, og minnet om at nye byggeområder i faresoner må "
          "ha en skredfarevurdering."),

    ("h1", "Oppsummering"),
    ("ul", [
        "Folketallet går ned og er lavere enn samfunnsdelens mål om minst 4 100 innbyggere.",
        "Antallet innbyggere over 80 år øker med 62 prosent fram mot 2040.",
        "Cruisetrafikken har økt til 214 000 passasjerer, og taket på 8 000 per dag ble passert "
        "ni ganger i 2023.",
        "Elevtallet går ned, og 19 prosent av lærerårsverkene dekkes av personer uten godkjent "
        "lærerutdanning.",
        "Kommunen mangler sykepleiere og brukte 7,9 millioner kroner på vikarbyrå i 2023.",
        "Netto lånegjeld er over grensen i handlingsregelen, og kraftinntektene svinger mye.",
        "Fjellskred fra Hyllaksla er den mest alvorlige risikoen i ROS-analysen.",
    ]),
]


def nb(text: str) -> str:
    """No line break inside a number («4 035») or before «%»."""
    text = re.sub(r"(\d) (\d{3})\b", "\\1\xa0\\2", text)
    return text.replace(" %", "\xa0%")


HEADS = ("kommune", "samfunns", "befolknings", "nærings", "arbeids", "cruise", "frukt",
         "utdannings", "beredskaps", "konsesjons", "eiendoms", "skred", "fylkes", "helse",
         "lærer", "sykepleier", "bolig", "planpro", "innbygger", "evakuerings", "plan")


def hyph(text: str) -> str:
    """Soft hyphens after common compound heads in long words, so that reportlab can break them."""
    def one(m: re.Match) -> str:
        word = m.group(0)
        if len(word) < 12:
            return word
        return shared.hyphenate_after_head(word, HEADS, 5) or word
    return re.sub(r"[A-Za-zÆØÅæøå]+", one, text)


# =====================================================================================
# PDF
# =====================================================================================


def render_pdf(path: Path) -> int:
    from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, Rect, String
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (CondPageBreak, Frame, KeepTogether, PageBreak, PageTemplate,
                                    Paragraph, Spacer, BaseDocTemplate)

    shared.deterministic_pdf()
    W, H = A4
    lm, rm, tm, bm = 16 * mm, 20 * mm, 18 * mm, 22 * mm
    num_w = 13 * mm
    text_w = W - lm - rm

    fjord = colors.HexColor("#1D4E6B")
    apple = colors.HexColor("#A8322D")
    mist = colors.HexColor("#E8EEF1")
    grey = colors.HexColor("#5A6268")

    body = ParagraphStyle("bf-body", fontName="Times-Roman", fontSize=10.6, leading=14.2,
                          alignment=TA_JUSTIFY, leftIndent=num_w, bulletIndent=0,
                          bulletFontName="Helvetica", bulletFontSize=7.5, bulletColor=grey,
                          spaceAfter=6, embeddedHyphenation=1, splitLongWords=0)
    lead = ParagraphStyle("bf-lead", parent=body, fontName="Times-Italic", fontSize=11.5,
                          leading=15.5, textColor=grey, spaceAfter=8)
    h1 = ParagraphStyle("bf-h1", fontName="Helvetica-Bold", fontSize=15, leading=19,
                        textColor=fjord, leftIndent=num_w, spaceBefore=4, spaceAfter=2)
    h2 = ParagraphStyle("bf-h2", fontName="Helvetica-BoldOblique", fontSize=11.2, leading=14.5,
                        textColor=apple, leftIndent=num_w, spaceBefore=8, spaceAfter=3,
                        keepWithNext=1)
    item = ParagraphStyle("bf-item", parent=body, leftIndent=num_w + 12, bulletIndent=num_w + 2,
                          bulletFontName="Times-Roman", bulletFontSize=10.6, bulletColor=colors.black,
                          spaceAfter=2.5)
    cell = ParagraphStyle("bf-cell", fontName="Helvetica", fontSize=8.8, leading=11.3,
                          alignment=TA_LEFT)
    cell_h = ParagraphStyle("bf-cell-h", parent=cell, fontName="Helvetica-Bold",
                            textColor=colors.white)
    cap = ParagraphStyle("bf-cap", fontName="Helvetica-Oblique", fontSize=8.8, leading=11.5,
                         textColor=grey, leftIndent=num_w, spaceAfter=3)
    fact_t = ParagraphStyle("bf-fact-t", fontName="Helvetica-Bold", fontSize=9.6, leading=12.5,
                            textColor=fjord)
    fact_l = ParagraphStyle("bf-fact-l", fontName="Helvetica", fontSize=9.2, leading=12.6)
    vision = ParagraphStyle("bf-vision", fontName="Times-BoldItalic", fontSize=18, leading=23,
                            textColor=colors.white, alignment=TA_CENTER)

    doc = BaseDocTemplate(str(path), pagesize=A4, leftMargin=lm, rightMargin=rm, topMargin=tm,
                          bottomMargin=bm, title=f"{PDF_TITLE} – Brattfjord kommune (fiktiv)",
                          author="Brattfjord kommune (fiktiv)",
                          subject="Eksempeldata, fiktiv kommune")

    def footer(canv, d):
        canv.saveState()
        canv.setStrokeColor(fjord)
        canv.setLineWidth(0.6)
        canv.line(lm + num_w, 15 * mm, W - rm, 15 * mm)
        canv.setFont("Helvetica", 7.8)
        canv.setFillColor(grey)
        canv.drawString(lm + num_w, 10.5 * mm,
                        f"Brattfjord kommune  |  {PDF_TITLE}  |  {ADOPTED}")
        canv.setFont("Helvetica-Bold", 9)
        canv.setFillColor(fjord)
        canv.drawRightString(W - rm, 10.5 * mm, f"– {d.page} –")
        canv.restoreState()

    def cover_page(canv, d):
        canv.saveState()
        canv.setFillColor(fjord)
        canv.rect(0, 0, W, H * 0.38, stroke=0, fill=1)
        # steep mountain silhouettes
        canv.setFillColor(colors.HexColor("#2F6A8A"))
        p = canv.beginPath()
        p.moveTo(0, H * 0.38)
        for x, y in ((0.12, 0.62), (0.22, 0.45), (0.34, 0.70), (0.47, 0.44), (0.58, 0.66),
                     (0.70, 0.47), (0.83, 0.73), (1.0, 0.50), (1.0, 0.38)):
            p.lineTo(W * x, H * y)
        p.close()
        canv.drawPath(p, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont("Helvetica", 9)
        canv.drawString(lm, 14 * mm, "Brattfjord kommune  ·  Sygna fylke")
        canv.restoreState()

    main = Frame(lm, bm, text_w, H - tm - bm, id="main", leftPadding=0, rightPadding=0,
                 topPadding=0, bottomPadding=0)
    cover_frame = Frame(lm + num_w, H * 0.38 + 8 * mm, text_w - num_w, H * 0.62 - 26 * mm,
                        id="cover", leftPadding=0, rightPadding=0)
    doc.addPageTemplates([PageTemplate("cover", [cover_frame], onPage=cover_page),
                          PageTemplate("body", [main], onPage=footer)])

    story = shared.spaced(
        4 * mm,
        Paragraph("BRATTFJORD KOMMUNE", ParagraphStyle("ck", fontName="Helvetica-Bold",
                                                       fontSize=11, leading=14, textColor=apple)),
        5 * mm,
        Paragraph("Kommuneplanens samfunnsdel<br/>2020–2032",
                  ParagraphStyle("ct", fontName="Helvetica-Bold", fontSize=28, leading=34,
                                 textColor=fjord)),
        5 * mm,
        Paragraph("Levende bygder mellom fjell og fjord", ParagraphStyle(
            "cs", fontName="Times-Italic", fontSize=15, leading=19, textColor=grey)),
        4 * mm,
        Paragraph(f"{ADOPTED}.", ParagraphStyle("cd", fontName="Helvetica", fontSize=10,
                                                leading=13, textColor=grey)),
        9 * mm,
    )
    story.append(shared.styled_table(
        [[Paragraph(NOTICE_TITLE, ParagraphStyle("nt", fontName="Helvetica-Bold", fontSize=10.5,
                                                 leading=13, textColor=apple))],
         [Paragraph(NOTICE, ParagraphStyle("nn", fontName="Helvetica", fontSize=9, leading=12))]],
        [text_w - num_w],
        [("BOX", (0, 0), (-1, -1), 1.2, apple), ("BACKGROUND", (0, 0), (-1, -1), colors.white),
         *shared.padding(left=8, right=8, top=5, bottom=6)], hAlign="LEFT"))
    from reportlab.platypus import NextPageTemplate
    story += [NextPageTemplate("body"), PageBreak()]

    n = 0
    first_h1 = True
    inner_w = text_w - num_w

    def table_commands(header_fill):
        return [("BACKGROUND", (0, 0), (-1, 0), header_fill),
                ("LINEBELOW", (0, 1), (-1, -1), 0.4, colors.HexColor("#B9C6CE")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                *shared.padding(left=4, right=4, top=3, bottom=3)]

    for el in SAMFUNNSDEL:
        kind = el[0]
        if kind == "newpage":
            story.append(PageBreak())
        elif kind == "h1":
            if not first_h1:
                story.append(CondPageBreak(50 * mm))
            first_h1 = False
            story.append(KeepTogether([
                Paragraph(el[1].upper(), h1),
                shared.styled_table([[""]], [inner_w], [("LINEABOVE", (0, 0), (-1, 0), 2.5, apple),
                                                        *shared.padding(top=0, bottom=0)],
                                    hAlign="RIGHT", rowHeights=[4 * mm]),
            ]))
        elif kind == "h2":
            story.append(Paragraph(el[1], h2))
        elif kind == "lead":
            story.append(Paragraph(hyph(nb(el[1])), lead))
        elif kind == "p":
            n += 1
            story.append(Paragraph(hyph(nb(el[1])), body, bulletText=str(n)))
        elif kind == "bullets":
            for text in el[1]:
                story.append(Paragraph(hyph(nb(text)), item, bulletText="–"))
            story.append(Spacer(1, 4))
        elif kind == "fact":
            _, title, lines = el
            rows = [[Paragraph(title, fact_t)]] + [[Paragraph(nb(x), fact_l)] for x in lines]
            story.append(shared.styled_table(
                rows, [inner_w * 0.62],
                [("BACKGROUND", (0, 0), (-1, -1), mist), ("LINEBEFORE", (0, 0), (0, -1), 3, fjord),
                 *shared.padding(left=9, right=8, top=2.5, bottom=2.5)], hAlign="CENTER"))
            story.append(Spacer(1, 8))
        elif kind == "vision":
            story.append(shared.styled_table(
                [[Paragraph(el[1], vision)]], [inner_w],
                [("BACKGROUND", (0, 0), (-1, -1), fjord),
                 *shared.padding(left=10, right=10, top=12, bottom=14)], hAlign="RIGHT"))
            story.append(Spacer(1, 10))
        elif kind == "goals":
            _, caption, rows = el
            widths = [inner_w * 0.33, inner_w * 0.45, inner_w * 0.22]
            t = shared.data_table([[nb(x) for x in r] for r in rows], widths, cell_h, cell,
                                  table_commands(apple) + [
                                      ("BACKGROUND", (0, 1), (0, -1), colors.HexColor("#F6ECEA"))])
            t.hAlign = "RIGHT"
            story.append(shared.captioned(caption, cap, t, 8))
        elif kind == "table":
            _, caption, rows, fractions = el
            t = shared.data_table([[nb(x) for x in r] for r in rows],
                                  [inner_w * f for f in fractions], cell_h, cell,
                                  table_commands(fjord))
            t.hAlign = "RIGHT"
            story.append(shared.captioned(caption, cap, t, 8))
        elif kind == "map":
            d = Drawing(inner_w, 62 * mm)
            d.add(Rect(0, 0, inner_w, 62 * mm, fillColor=colors.HexColor("#EEF3E8"),
                       strokeColor=grey, strokeWidth=0.5))
            d.add(Polygon([0, 24 * mm, 60 * mm, 30 * mm, 120 * mm, 27 * mm, inner_w, 33 * mm,
                           inner_w, 22 * mm, 118 * mm, 17 * mm, 58 * mm, 20 * mm, 0, 14 * mm],
                          fillColor=colors.HexColor("#9FC3D8"), strokeColor=None))
            d.add(Polygon([38 * mm, 30 * mm, 75 * mm, 30 * mm, 84 * mm, 52 * mm, 44 * mm, 50 * mm],
                          fillColor=colors.HexColor("#F2C9C5"), strokeColor=apple,
                          strokeWidth=0.6, strokeDashArray=[2, 2]))
            for x, y in ((10 * mm, 36 * mm), (18 * mm, 40 * mm), (96 * mm, 38 * mm),
                         (104 * mm, 41 * mm)):
                d.add(Circle(x, y, 3 * mm, fillColor=colors.HexColor("#7DAA5A"), strokeColor=None))
            d.add(Circle(inner_w - 14 * mm, 28 * mm, 3.2 * mm, fillColor=apple, strokeColor=None))
            d.add(Circle(62 * mm, 36 * mm, 2.6 * mm, fillColor=fjord, strokeColor=None))
            d.add(Line(inner_w - 40 * mm, 52 * mm, inner_w - 10 * mm, 58 * mm, strokeColor=grey))
            d.add(String(4 * mm, 4 * mm, "Fjorden", fontName="Helvetica-Oblique", fontSize=7,
                         fillColor=fjord))
            d.add(String(inner_w - 42 * mm, 54 * mm, "Skarvdal", fontName="Helvetica",
                         fontSize=7, fillColor=grey))
            story.append(Spacer(1, 4))
            inner = shared.styled_table([[d]], [inner_w], [*shared.padding(0, 0, 0, 0)],
                                        hAlign="RIGHT")
            story.append(KeepTogether([inner, Spacer(1, 2), Paragraph(el[1], cap), Spacer(1, 6)]))
        else:
            raise ValueError(kind)

    doc.build(story)
    return shared.pdf_page_count(path)


# =====================================================================================
# DOCX
# =====================================================================================


def render_docx(path: Path) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    doc = shared.new_docx("Kunnskapsgrunnlag 2024 – Brattfjord kommune (fiktiv)",
                          "Brattfjord kommune (fiktiv)", "Eksempeldata, fiktiv kommune",
                          "2024-09-12")
    styles = doc.styles
    styles["Normal"].font.name = "Calibri"
    styles["Normal"].font.size = Pt(11)
    for name, color in (("Heading 1", "1D4E6B"), ("Heading 2", "A8322D")):
        styles[name].font.color.rgb = RGBColor.from_string(color)

    p = shared.add_run_paragraph(doc, "BRATTFJORD KOMMUNE", bold=True, size=10, color="A8322D")
    doc.add_heading("Kunnskapsgrunnlag 2024", level=0)
    shared.add_run_paragraph(doc, "Brattfjord i dag og i morgen – situasjon og utviklingstrekk "
                                  "før ny planstrategi", bold=True, size=13, color="1D4E6B")
    p = doc.add_paragraph()
    shared.add_run(p, NOTICE_TITLE + ". ", bold=True, color="A8322D")
    shared.add_run(p, NOTICE, italic=True, color="5A6268")
    shared.add_run_paragraph(doc, "Kommunedirektøren, 12. september 2024. Grunnlag for "
                                  "kommunestyrets politiske verksted 17. oktober 2024.",
                             size=10, color="5A6268")

    def left_border(cell, color: str) -> None:
        props = cell._tc.get_or_add_tcPr()
        borders = OxmlElement("w:tcBorders")
        for side, size, col in (("left", "36", color), ("top", "4", "BFC9CF"),
                                ("bottom", "4", "BFC9CF"), ("right", "4", "BFC9CF")):
            b = OxmlElement(f"w:{side}")
            b.set(qn("w:val"), "single")
            b.set(qn("w:sz"), size)
            b.set(qn("w:color"), col)
            borders.append(b)
        props.append(borders)

    def key(d, items: list[str]) -> None:
        shared.add_run_paragraph(d, "Hovedpunkter", bold=True, size=10, color="5A6268")
        for text in items:
            para = d.add_paragraph(style="List Bullet 2")
            shared.add_run(para, text, italic=True)

    def ordered(d, items: list[str]) -> None:
        for text in items:
            d.add_paragraph(text, style="List Number")

    def table(d, caption: str, rows: list[list[str]]) -> None:
        shared.add_captioned_docx_table(d, caption, rows, style="Medium Shading 1 Accent 1",
                                        caption_format={"bold": True, "size": 9.5,
                                                        "color": "1D4E6B"},
                                        header_bold=True)

    def box(d, title: str, text: str) -> None:
        t = d.add_table(rows=1, cols=1)
        c = t.cell(0, 0)
        left_border(c, "A8322D")
        c.paragraphs[0].text = ""
        shared.add_run(c.paragraphs[0], title, bold=True, color="A8322D")
        para = c.add_paragraph()
        shared.add_run(para, text, size=10)
        d.add_paragraph()

    shared.add_docx_elements(doc, KUNNSKAPSGRUNNLAG,
                             {"key": key, "ol": ordered, "table": table, "box": box})
    last = doc.add_paragraph()
    last.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    shared.add_run(last, "Brattfjord kommune · Kunnskapsgrunnlag 2024", size=8, color="5A6268")
    shared.save_docx(doc, path, fixed_day="2024-09-12")


def main() -> None:
    pages = render_pdf(PDF_PATH)
    render_docx(DOCX_PATH)
    shared.finish_fictional("Brattfjord", pages,
                            (PDF_PATH, PDF_TITLE, "2020-06-18", SAMFUNNSDEL),
                            (DOCX_PATH, "Kunnskapsgrunnlag 2024", "2024-09-12", KUNNSKAPSGRUNNLAG))


if __name__ == "__main__":
    main()
