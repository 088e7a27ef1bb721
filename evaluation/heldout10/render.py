"""Render the tenth held-out example municipality «Tornås kommune» (fictional inland forestry
municipality by a large lake, with a ski resort and many cabins).

Writes, next to this file:
  tornas-samfunnsdel.pdf (+ .meta.json)        – reportlab platypus, in the style of what a small
      municipality exports from Word: portrait A4, a cover page without header, then a header line
      with the municipality and plan title and «Side N» on every page; numbered headings «1.»,
      «1.1», «1.1.1» without keep-with-next (one heading is left alone at the foot of a page);
      footnotes at the bottom of some pages; «•» bullet lists; a goal table
      (Mål | Strategi | Ansvar | Frist) with a shaded header row (repeated if it breaks);
      one LANDSCAPE page with the indicator table
  tornas-kunnskapsgrunnlag.docx (+ .meta.json) – python-docx, numbered Heading 1/2 («2.3 …»),
      captions ABOVE the tables («Tabell 3: …») and a source line under them, shaded one-cell
      boxes («Faktaboks», «Handlingsregler», «Dette betyr for Tornås»), bullet and numbered lists

Tornås kommune does not exist. Every name, place, firm, figure and decision below is invented
test data, written independently of the product, its demo municipality and the earlier held-out
sets. Run:  .venv/bin/python evaluation/heldout10/render.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

import evaluation.heldout_render as shared  # noqa: E402

PDF_PATH = HERE / "tornas-samfunnsdel.pdf"
DOCX_PATH = HERE / "tornas-kunnskapsgrunnlag.docx"

NOTICE_TITLE = "Eksempeldata – fiktiv kommune"
NOTICE = ("Tornås kommune finnes ikke. Dokumentet er laget som testmateriale for en uavhengig "
          "evaluering av Samspill. Alle navn, steder, bedrifter, institusjoner, tall og vedtak er "
          "oppdiktet. Eventuell likhet med virkelige kommuner, steder eller personer er tilfeldig.")

PDF_TITLE = "Kommuneplanens samfunnsdel 2020–2032"
ADOPTED = "Vedtatt i kommunestyret 18.06.2020, sak 34/20"

# ---------------------------------------------------------------------------------------------
# Samfunnsdelen (PDF). Kinds:
#   ("h1", text) ("h2", text) ("h3", text)  numbered headings, no keep-with-next
#   ("h2_orphan", text)                     a heading pushed to the foot of a page, its text
#                                           follows on the next page
#   ("p", text)                             body paragraph
#   ("p", text, footnote)                   body paragraph with a footnote (number added)
#   ("bullets", [items])                    «•» list
#   ("vision", text)                        the vision, centred and framed
#   ("goaltable", caption, rows)            Mål | Strategi | Ansvar | Frist
#   ("landscape", caption, rows, note)      indicator table on its own landscape page
# ---------------------------------------------------------------------------------------------

SAMFUNNSDEL = [
    ("h1", "1. Innledning"),
    ("h2", "1.1 Hva er samfunnsdelen"),
    ("p", "Kommuneplanens samfunnsdel er kommunens overordnede styringsdokument. Den viser hvilke "
          "mål kommunestyret har for utviklingen av Tornås som lokalsamfunn og for kommunen som "
          "organisasjon, og hvordan målene skal nås. Samfunnsdelen gjelder for perioden "
          "2020–2032 og erstatter samfunnsdelen fra 2011. Den skal følges opp i kommuneplanens "
          "arealdel, i temaplaner og i den årlige handlings- og økonomiplanen.",
     "Plan- og bygningsloven §§ 11-2 og 11-3. Samfunnsdelen skal ha en handlingsdel som rulleres "
     "hvert år. I Tornås er handlingsdelen en del av handlings- og økonomiplanen."),
    ("h2", "1.2 Planprosessen"),
    ("p", "Planprogrammet ble fastsatt av kommunestyret i mars 2019. Kommunestyret holdt to "
          "politiske verksteder, i mai og i oktober 2019, der representantene drøftet "
          "kunnskapsgrunnlaget og forslag til mål i grupper på tvers av partiene. Det ble holdt "
          "folkemøter i Tornås sentrum, på Myrvang og på Bjørkhaug, og et eget møte for "
          "hytteeierne på Blåkollen i påska 2019. Ungdomsrådet og eldrerådet ga egne uttalelser."),
    ("p", "Planforslaget lå ute til høring fra 20. januar til 6. mars 2020. Det kom inn 38 "
          "høringsuttalelser, blant annet fra Fjellmark fylkeskommune, statsforvalteren, "
          "beitelagene, Blåkollen hytteeierforening og nabokommunene Hemmingdal og Ulvmark."),
    ("h2", "1.3 Tornås i dag"),
    ("p", "Tornås ligger i den nordlige delen av Fjellmark fylke, rundt sørenden av Ravnsjøen. "
          "Kommunen hadde 7 012 innbyggere 1. januar 2020 og har et areal på 1 380 km², der over "
          "40 prosent er produktiv skog. Kommunesenteret Tornås ligger der elva Gjerdåa renner ut "
          "i Ravnsjøen. De andre bygdene er Myrvang, Sagbakken, Bjørkhaug og Tiurmoen. "
          "Regionsenteret Kveldal, med sykehus og de fleste statlige kontorene, ligger 58 km unna."),
    ("p", "Skogen har vært grunnlaget for bosetting og arbeid i Tornås i generasjoner. Sagbruket "
          "Lomsagen AS på Sagbakken og limtreprodusenten Tjernheim Tre AS er de største private "
          "arbeidsgiverne. Blåkollen skisenter og de om lag 3 000 hyttene i kommunen har gjort "
          "reiselivet til den næringen som har vokst mest de siste tjue årene. I påskeuka er det "
          "mer enn dobbelt så mange mennesker i kommunen som til vanlig."),
    ("h2", "1.4 Hovedutfordringer"),
    ("p", "Kunnskapsgrunnlaget fra 2019 pekte på seks hovedutfordringer som planen skal svare på:"),
    ("bullets", [
        "Folketallet har gått ned med om lag 300 siden 2014, og det fødes færre barn enn det dør "
        "folk.",
        "Andelen eldre øker raskt, særlig i de små bygdene, og det blir vanskeligere å rekruttere "
        "sykepleiere og helsefagarbeidere.",
        "Mange unge flytter ut for å ta utdanning og kommer ikke tilbake. Elevtallet ved Tornås "
        "videregående skole går ned.",
        "Kommuneøkonomien er stram, og driften av helse og omsorg går med underskudd.",
        "Gjerdåa går over sine bredder i vårflommen oftere enn før, og klimaendringene gir mer "
        "ekstremvær.",
        "Det er konflikter mellom beitebruk og rovvilt, og mellom hyttebygging, beite og "
        "friluftsliv på fjellet.",
    ]),

    ("h1", "2. Visjon og hovedmål"),
    ("h2", "2.1 Visjon"),
    ("vision", "«Tornås – levende bygder mellom skog og fjell»"),
    ("p", "Visjonen skal samle innbyggerne, hytteinnbyggerne, næringslivet og kommuneorganisasjonen "
          "om et felles bilde: Tornås skal være et sted der folk kan bo og ha et godt liv i alle "
          "bygdene, og der skogen, sjøen og fjellet gir både arbeid og livskvalitet."),
    ("h2", "2.2 Hovedmål"),
    ("p", "Kommunestyret har vedtatt fire hovedmål. De er planens lange linjer og skal gjelde for "
          "hele planperioden."),
    ("h3", "2.2.1 Hovedmål 1: Flere som vil bo i Tornås"),
    ("p", "Tornås skal ha minst 7 000 innbyggere i 2032. Det skal være attraktivt å flytte til "
          "Tornås og å bli boende, og det skal være mulig å bo i alle bygdene."),
    ("h3", "2.2.2 Hovedmål 2: Arbeid og verdiskaping fra skog og fjell"),
    ("p", "Tornås skal ha et robust næringsliv bygd på skog, tre og reiseliv. Det skal skapes 150 "
          "nye arbeidsplasser i kommunen innen 2032, og mer av tømmeret som hogges i Tornås, skal "
          "foredles lokalt."),
    ("h3", "2.2.3 Hovedmål 3: Trygge tjenester nær folk"),
    ("p", "Innbyggerne skal få gode og trygge tjenester i alle livsfaser. Tjenestene skal gis så "
          "nær der folk bor som det er faglig og økonomisk forsvarlig."),
    ("h3", "2.2.4 Hovedmål 4: Et klimaklart og trygt Tornås"),
    ("p", "Klimagassutslippene i Tornås skal reduseres med 40 prosent innen 2030 sammenlignet med "
          "2015. Kommunen skal være forberedt på flom, skogbrann og ekstremvær.",
     "Utslippstallene er Miljødirektoratets kommunefordelte klimagassregnskap. Utslipp fra "
     "trafikken til og fra hyttene er bare delvis med."),
    ("h2", "2.3 Hvordan hovedmålene henger sammen"),
    ("p", "Hovedmålene trekker ikke alltid i samme retning. Flere hytter gir arbeid og "
          "skatteinntekter, men legger beslag på beiteområder og natur. Kommunestyret har derfor "
          "lagt vekt på at veksten i hyttebyggingen skal skje som fortetting, og at "
          "avveiningene skal gjøres i arealdelen."),

    ("h1", "3. Satsingsområder"),
    ("p", "Kommunestyret har valgt fire satsingsområder for planperioden. Satsingsområdene viser "
          "hvor kommunen skal sette inn ekstra innsats de første fire årene, og de skal vurderes "
          "på nytt når ny kommunal planstrategi vedtas."),
    ("h2", "3.1 Satsingsområde 1: Bolyst og levende bygder"),
    ("p", "Tornås har mange eneboliger, men få leiligheter og utleieboliger. Unge som vil etablere "
          "seg, og eldre som vil flytte fra store hus, finner ofte ikke en bolig som passer. I "
          "bygdene står flere hus tomme store deler av året. Samtidig bruker hytteinnbyggerne "
          "kommunen mer og mer, og mange av dem vil gjerne bidra i lokalsamfunnet."),
    ("h3", "3.1.1 Delmål"),
    ("bullets", [
        "Det skal bygges minst 15 nye boliger i året, og minst en tredel av dem skal være "
        "leiligheter eller utleieboliger.",
        "Alle husstander og hytter skal ha tilbud om bredbånd med minst 100 Mbit/s innen 2025.",
        "Hytteinnbyggerne skal få en fast stemme i utviklingen av kommunen.",
    ]),
    ("h3", "3.1.2 Strategier"),
    ("bullets", [
        "samarbeide med private utbyggere og Husbanken om utleieboliger i Tornås sentrum og på "
        "Myrvang",
        "gi tilskudd til unge som kjøper og pusser opp eldre hus i bygdene",
        "kartlegge tomme boliger og bidra til at de blir leid ut eller solgt",
        "opprette et hytteråd som gir råd til formannskapet",
    ]),
    ("h2", "3.2 Satsingsområde 2: Skog, tre og reiseliv"),
    ("p", "Skogbruket og treindustrien gir om lag hver sjette arbeidsplass i Tornås. Likevel blir "
          "mye av tømmeret kjørt ut av kommunen uten å bli foredlet. Reiselivet rundt Blåkollen er "
          "sesongbasert, og mange av arbeidsplassene er midlertidige. Beitenæringen er under press, "
          "blant annet fordi mange sau og lam blir tatt av rovvilt hver sommer."),
    ("h3", "3.2.1 Delmål"),
    ("bullets", [
        "Andelen av tømmeret fra Tornås som foredles i kommunen, skal øke fra 35 til 50 prosent.",
        "Blåkollen skal utvikles til en helårsdestinasjon med flere arbeidsplasser utenom "
        "vintersesongen.",
        "Det skal fortsatt være aktiv beitebruk i alle de fire beitelagene.",
    ]),
    ("h3", "3.2.2 Strategier"),
    ("bullets", [
        "legge til rette for nye næringsarealer for treindustrien på Sagbakken",
        "samarbeide med skisenteret og hytteeierne om sykkelstier, turløyper og "
        "sommeraktiviteter",
        "bruke avkastningen fra Tornås utviklingsfond til næringsutvikling",
        "arbeide for forebyggende tiltak mot rovviltskader og for rask skadefelling, i samarbeid "
        "med beitelagene og rovviltnemnda",
    ]),
    ("h2", "3.3 Satsingsområde 3: Helse og omsorg i hele kommunen"),
    ("p", "Antallet innbyggere over 80 år vil nesten dobles fram mot 2040. Mange eldre bor alene i "
          "store hus langt fra sentrum, og hjemmetjenesten må kjøre lange strekninger. Det er "
          "vanskelig å rekruttere sykepleiere, og sykefraværet i helse og omsorg er høyt."),
    ("h3", "3.3.1 Delmål"),
    ("bullets", [
        "Flere eldre skal kunne bo hjemme lenger, med trygge tjenester.",
        "Andelen ansatte i heltidsstilling i helse og omsorg skal øke fra 38 til 60 prosent innen "
        "2028.",
        "Sykefraværet i helse og omsorg skal ned til 8 prosent.",
    ]),
    ("h3", "3.3.2 Strategier"),
    ("bullets", [
        "ta i bruk velferdsteknologi, som digitalt tilsyn og medisindispensere, i hele kommunen",
        "bygge omsorgsboliger med heldøgns bemanning i Tornås sentrum",
        "samarbeide med lag og foreninger i bygdene om aktiviteter og besøkstjenester",
        "utdanne egne ansatte til sykepleiere og helsefagarbeidere",
    ]),
    ("h2", "3.4 Satsingsområde 4: Oppvekst og ungdom"),
    ("p", "Barne- og elevtallet går ned, og flere av skolene i bygdene er små. Tornås "
          "videregående skole gjør at ungdom kan bo hjemme til de er 19 år, men elevtallet har "
          "falt, og fylkeskommunen vurderer skolestrukturen. Mange ungdommer sier at det er lite å "
          "gjøre på fritiden, særlig i bygdene.",
     "Ungdomsundersøkelsen Ung i Tornås 2018. Svarprosenten var 81."),
    ("h3", "3.4.1 Delmål"),
    ("bullets", [
        "Tornås videregående skole skal bestå, med et bredt tilbud som også omfatter naturbruk.",
        "Alle barn skal gå i en skole med godt læringsmiljø og kvalifiserte lærere.",
        "Ungdom skal ha møteplasser og fritidstilbud i hele kommunen.",
    ]),
    ("h3", "3.4.2 Strategier"),
    ("bullets", [
        "samarbeide med fylkeskommunen og næringslivet om lærlingplasser og om et skoletilbud "
        "knyttet til skog og tre",
        "utrede den framtidige skolestrukturen i grunnskolen innen 2024",
        "etablere et ungdomshus i Tornås sentrum sammen med ungdomsrådet",
        "sette opp gratis kveldsbuss fra bygdene til aktiviteter i sentrum",
    ]),
    ("h2", "3.5 Mål og tiltak i planperioden"),
    ("p", "Tabell 1 viser utvalgte mål fra satsingsområdene, hvordan de skal følges opp, hvem som "
          "har ansvaret og når de skal være nådd."),
    ("goaltable", "Tabell 1 Utvalgte mål, strategier og ansvar", [
        ["Mål", "Strategi", "Ansvar", "Frist"],
        ["Minst 15 nye boliger i året", "Samarbeid med Husbanken og private utbyggere om "
         "utleieboliger", "Plan og utvikling", "Årlig"],
        ["Bredbånd med minst 100 Mbit/s til alle", "Avtale med leverandør, finansiert med "
         "kapital fra utviklingsfondet", "Plan og utvikling", "2025"],
        ["Hytteråd opprettet", "Vedtekter og valg av medlemmer", "Formannskapet", "2021"],
        ["50 prosent av tømmeret foredlet i kommunen", "Nytt næringsareal på Sagbakken i "
         "arealdelen", "Plan og utvikling", "2026"],
        ["Helårsdestinasjon på Blåkollen", "Felles reiselivsplan med skisenteret og "
         "hytteeierforeningen", "Næring og kultur", "2023"],
        ["60 prosent heltid i helse og omsorg", "Heltidsprosjekt sammen med tillitsvalgte",
         "Helse og omsorg", "2028"],
        ["Omsorgsboliger med heldøgns bemanning i sentrum", "Forprosjekt og finansiering i "
         "økonomiplanen", "Helse og omsorg / eiendom", "2025"],
        ["Utredning av skolestrukturen", "Utredning lagt fram for kommunestyret", "Oppvekst",
         "2024"],
        ["Ungdomshus i sentrum", "Planlegges sammen med ungdomsrådet", "Næring og kultur",
         "2022"],
    ]),

    ("h1", "4. Arealstrategi"),
    ("p", "Arealstrategien viser hvordan kommunen skal bruke og forvalte arealene for å nå målene "
          "i samfunnsdelen. Den er grunnlaget for neste revisjon av kommuneplanens arealdel."),
    ("h2", "4.1 Senterstruktur og boliger"),
    ("p", "Tornås sentrum er kommunesenteret og skal styrkes med boliger, handel og tjenester. "
          "Minst 60 prosent av nye boliger skal bygges i Tornås sentrum og på Myrvang. I de andre "
          "bygdene skal det legges til rette for spredt boligbygging nær eksisterende "
          "bebyggelse, skole og vei. Offentlige tjenester som betjener hele kommunen, skal "
          "lokaliseres i Tornås sentrum."),
    ("h2", "4.2 Fritidsboliger"),
    ("p", "Nye hytter skal i hovedsak komme som fortetting i eksisterende hytteområder på "
          "Blåkollen. Det skal ikke åpnes for nye hyttefelt over 900 meter over havet eller i "
          "viktige beiteområder. Arealdelen skal ha en ramme på inntil 600 nye hyttetomter i "
          "planperioden. Nye hytteområder skal knyttes til offentlig vann og avløp.",
     "Rammen gjelder nye tomter i arealdelen. Tomter som allerede er regulert, kommer i tillegg."),
    ("h2", "4.3 Natur, beite og landbruk"),
    ("p", "Dyrka mark skal ikke omdisponeres til andre formål. Beiteområdene på Rypeheia og i "
          "Ljosmyra skal sikres mot nedbygging, og kommunen skal ta hensyn til beitebruk, myr "
          "og friluftsliv når nye hyttefelt planlegges. Strandsonen langs Ravnsjøen skal holdes "
          "åpen for allmennheten, med en byggegrense på 100 meter der det ikke er fastsatt noe "
          "annet i reguleringsplan."),
    ("h2_orphan", "4.4 Flom og klimatilpasning"),
    ("p", "Det skal ikke bygges nye boliger eller institusjoner i områder med fare for 200-årsflom "
          "langs Gjerdåa og Ravnsjøen. Langs Gjerdåa skal det være en byggegrense på minst 50 "
          "meter. Kommunen skal sette av areal til flomvoll og fordrøyning i Tornås sentrum, og "
          "overvann skal håndteres lokalt i alle nye utbyggingsområder.",
     "Flomsonekartet for Gjerdåa ble ferdig i 2018. Utenfor kartlagt område brukes NVEs "
     "aktsomhetskart for flom."),
    ("h2", "4.5 Næringsarealer"),
    ("p", "Nye arealer for industri skal i hovedsak legges til Sagbakken, nær sagbruket og "
          "fylkesveien. Arealer for handel skal ligge i Tornås sentrum. Utvikling av reiseliv og "
          "næring på Blåkollen skal skje innenfor området som er avsatt til skisenteret."),

    ("h1", "5. Oppfølging"),
    ("h2", "5.1 Hvordan planen følges opp"),
    ("p", "Samfunnsdelen følges opp gjennom handlings- og økonomiplanen, som rulleres hvert år. "
          "Hvert kapittel i handlings- og økonomiplanen skal vise hvilke mål og strategier i "
          "samfunnsdelen tiltakene bygger på. Kommunedirektøren rapporterer på indikatorene i "
          "tabell 2 i årsmeldingen."),
    ("p", "Målene skal nås innenfor kommunens økonomiske handlingsregler. Kapitalen i Tornås "
          "utviklingsfond skal ikke brukes til ordinær drift."),
    ("h2", "5.2 Revisjon"),
    ("p", "Kommunestyret skal vurdere om samfunnsdelen skal revideres når ny kommunal "
          "planstrategi vedtas, senest ett år etter at nytt kommunestyre er konstituert. "
          "Satsingsområdene skal da vurderes på nytt, mens visjonen og hovedmålene i "
          "utgangspunktet skal ligge fast."),
    ("h2", "5.3 Indikatorer"),
    ("p", "Indikatorene på neste side viser utgangspunktet og målene for hvert hovedmål."),
    ("landscape", "Tabell 2 Indikatorer for oppfølging av hovedmålene", [
        ["Hovedmål", "Indikator", "Utgangspunkt", "Mål 2024", "Mål 2032", "Kilde"],
        ["1 Flere som vil bo i Tornås", "Folketall 1. januar", "7 012 (2020)", "7 000", "7 000",
         "SSB"],
        ["1 Flere som vil bo i Tornås", "Nye boliger per år", "9 (2019)", "15", "15",
         "Kommunen"],
        ["2 Arbeid og verdiskaping", "Arbeidsplasser i kommunen", "3 010 (2019)", "3 080",
         "3 160", "SSB"],
        ["2 Arbeid og verdiskaping", "Andel av tømmeret som foredles i kommunen", "35 % (2019)",
         "42 %", "50 %", "Skogbrukskontoret"],
        ["2 Arbeid og verdiskaping", "Kommersielle gjestedøgn", "96 000 (2019)", "110 000",
         "130 000", "SSB"],
        ["3 Trygge tjenester", "Andel ansatte i heltidsstilling, helse og omsorg",
         "38 % (2019)", "50 %", "60 % (2028)", "Kommunen"],
        ["3 Trygge tjenester", "Sykefravær i helse og omsorg", "10,9 % (2019)", "9 %", "8 %",
         "Kommunen"],
        ["3 Trygge tjenester", "Andel innbyggere over 80 år som bor hjemme", "84 % (2019)",
         "86 %", "88 %", "Kommunen"],
        ["4 Klimaklart og trygt", "Klimagassutslipp, tonn CO2-ekvivalenter", "45 200 (2015)",
         "–", "27 100 (2030)", "Miljødirektoratet"],
        ["4 Klimaklart og trygt", "Boliger i flomsonen for 200-årsflom", "118 (2019)",
         "ingen nye", "ingen nye", "NVE / kommunen"],
    ], "Tallene for 2024 er delmål som skal vurderes når planstrategien rulleres."),
]

# ---------------------------------------------------------------------------------------------
# Kunnskapsgrunnlaget (DOCX). Kinds: h1, h2, p, ul (built in) and
#   ("ol", [items])                          numbered list
#   ("table", caption, rows, source)         caption above, source line below
#   ("box", title, [paragraphs])             shaded one-cell box
# ---------------------------------------------------------------------------------------------

KUNNSKAPSGRUNNLAG = [
    ("h1", "1 Om dette dokumentet"),
    ("p", "Kunnskapsgrunnlaget beskriver situasjonen og utviklingstrekkene i Tornås innenfor "
          "samfunnsutvikling, tjenesteyting, økonomi og beredskap. Det er laget som grunnlag for "
          "kommunestyrets arbeid med kommunal planstrategi 2024–2027 og for drøftingen av om "
          "kommuneplanens samfunnsdel 2020–2032 skal revideres. Dokumentet beskriver hvordan det "
          "står til og hvor utviklingen går, men tar ikke stilling til hvilke valg kommunestyret "
          "bør gjøre."),
    ("p", "Tallene er hentet fra SSB, KOSTRA, NAV, Miljødirektoratet, NVE og kommunens egne "
          "fagsystemer. Der ikke annet er oppgitt, gjelder tallene 1. januar 2024 eller året "
          "2023. Ledergruppen har kvalitetssikret innholdet."),

    ("h1", "2 Befolkning"),
    ("h2", "2.1 Folketall"),
    ("p", "Tornås hadde 6 842 innbyggere 1. januar 2024. Det er 468 færre enn ti år tidligere, da "
          "folketallet var 7 310. Nedgangen har vært jevn, men flatet ut i 2020, da flere flyttet "
          "til kommunen under pandemien. I 2023 ble det født 44 barn, mens 97 personer døde. "
          "Netto innflytting var 21 personer: innvandringen ga et overskudd på 38, mens 17 flere "
          "flyttet ut til andre kommuner enn inn."),
    ("table", "Tabell 1: Folketall 1. januar, utvalgte år", [
        ["År", "Innbyggere"],
        ["2014", "7 310"], ["2017", "7 188"], ["2020", "7 012"], ["2021", "7 020"],
        ["2022", "6 951"], ["2023", "6 874"], ["2024", "6 842"],
    ], "Kilde: SSB (eksempeldata)"),
    ("h2", "2.2 Alderssammensetning"),
    ("p", "Befolkningen i Tornås er eldre enn i fylket og i landet. 26,5 prosent av innbyggerne er "
          "67 år eller eldre, mot 18 prosent i landet som helhet. 614 innbyggere er 80 år eller "
          "eldre."),
    ("table", "Tabell 2: Befolkning etter alder 1. januar 2024", [
        ["Aldersgruppe", "Antall", "Andel"],
        ["0–5 år", "312", "4,6 %"], ["6–15 år", "641", "9,4 %"], ["16–19 år", "286", "4,2 %"],
        ["20–66 år", "3 791", "55,4 %"], ["67–79 år", "1 198", "17,5 %"],
        ["80 år og eldre", "614", "9,0 %"], ["Sum", "6 842", "100 %"],
    ], "Kilde: SSB (eksempeldata)"),
    ("h2", "2.3 Framskrivinger"),
    ("p", "SSBs hovedalternativ fra 2024 viser at folketallet vil fortsette å gå ned, til 6 560 i "
          "2035 og 6 180 i 2050. Nedgangen kommer blant barn og unge og i yrkesaktiv alder, mens "
          "antallet eldre øker kraftig. Antallet innbyggere over 80 år ventes å øke fra 614 i dag "
          "til 1 010 i 2040."),
    ("p", "I dag er det 6,2 personer i alderen 20–66 år for hver innbygger over 80 år. I 2040 vil "
          "det være 3,3 personer i yrkesaktiv alder per innbygger over 80 år."),
    ("table", "Tabell 3: Befolkningsframskriving etter aldersgruppe (hovedalternativet)", [
        ["Aldersgruppe", "2024", "2030", "2035", "2040", "2050"],
        ["0–15 år", "953", "850", "780", "740", "705"],
        ["16–19 år", "286", "270", "240", "215", "205"],
        ["20–66 år", "3 791", "3 590", "3 420", "3 290", "3 080"],
        ["67–79 år", "1 198", "1 200", "1 215", "1 175", "1 070"],
        ["80 år og eldre", "614", "780", "905", "1 010", "1 120"],
        ["Sum", "6 842", "6 690", "6 560", "6 430", "6 180"],
    ], "Kilde: SSB, befolkningsframskrivinger 2024, hovedalternativet (eksempeldata)"),
    ("h2", "2.4 Bygdene"),
    ("p", "Halvparten av innbyggerne bor i Tornås sentrum. Nedgangen de siste ti årene har vært "
          "størst i Bjørkhaug og Tiurmoen, der folketallet har gått ned med henholdsvis 14 og 19 "
          "prosent. I Tiurmoen er mer enn hver tredje innbygger 67 år eller eldre."),
    ("table", "Tabell 4: Innbyggere etter bygd 1. januar 2024 og endring siden 2014", [
        ["Bygd", "Innbyggere", "Endring siden 2014"],
        ["Tornås sentrum", "3 420", "−2 %"], ["Myrvang", "1 180", "−5 %"],
        ["Sagbakken", "760", "−8 %"], ["Bjørkhaug", "690", "−14 %"],
        ["Tiurmoen", "410", "−19 %"], ["Spredt bebyggelse ellers", "382", "−11 %"],
        ["Sum", "6 842", "−6 %"],
    ], "Kilde: Folkeregisteret, kommunens egne tall (eksempeldata)"),
    ("h2", "2.5 Hytteinnbyggerne"),
    ("p", "Det er 3 140 fritidsboliger i Tornås, og 2 380 av dem ligger i hytteområdene rundt "
          "Blåkollen. I perioden 2019–2023 ble det i gjennomsnitt bygd 46 nye hytter i året. En "
          "spørreundersøkelse blant hytteeierne i 2023 viste at hyttene i gjennomsnitt brukes 58 "
          "døgn i året, og at 14 prosent av eierne kan tenke seg å flytte fast til Tornås i løpet "
          "av de neste ti årene."),
    ("p", "I påskeuka er det beregnet at opptil 15 000 mennesker oppholder seg i kommunen samtidig, "
          "mer enn dobbelt så mange som det bor fast. Det gir stor belastning på vann og avløp, "
          "veiene, legevakten og renovasjonen."),
    ("box", "Faktaboks: Hytteinnbyggerne", [
        "3 140 fritidsboliger, 2 380 av dem ved Blåkollen.",
        "46 nye hytter i året i snitt for 2019–2023.",
        "Opptil 15 000 personer i kommunen samtidig i påska.",
        "31 millioner kroner i eiendomsskatt fra fritidsboliger i 2023.",
    ]),

    ("h1", "3 Næringsliv, arbeid og pendling"),
    ("h2", "3.1 Arbeidsplasser"),
    ("p", "Det var 3 050 arbeidsplasser i Tornås i 2023, 40 flere enn i 2019. Helse- og "
          "sosialtjenester er den største næringen, fulgt av industrien, der nesten alle "
          "arbeidsplassene er i treindustrien. Den registrerte ledigheten var 1,9 prosent i 2023."),
    ("table", "Tabell 5: Arbeidsplasser i Tornås etter næring 2023", [
        ["Næring", "Arbeidsplasser", "Andel"],
        ["Helse- og sosialtjenester", "690", "22,6 %"],
        ["Industri (mest trelast og limtre)", "520", "17,0 %"],
        ["Offentlig administrasjon og undervisning", "420", "13,8 %"],
        ["Bygg og anlegg", "410", "13,4 %"],
        ["Varehandel", "330", "10,8 %"],
        ["Overnatting, servering og opplevelser", "260", "8,5 %"],
        ["Jordbruk og skogbruk", "180", "5,9 %"],
        ["Andre næringer", "240", "7,9 %"],
        ["Sum", "3 050", "100 %"],
    ], "Kilde: SSB, registerbasert sysselsettingsstatistikk (eksempeldata)"),
    ("h2", "3.2 Skog og treindustri"),
    ("p", "Den produktive skogen dekker 612 km², eller 44 prosent av kommunens areal. Det avvirkes "
          "i gjennomsnitt 118 000 kubikkmeter tømmer i året. I 2023 ble 39 prosent av tømmeret "
          "fra Tornås foredlet i kommunen, mot 35 prosent i 2019."),
    ("p", "Lomsagen AS på Sagbakken har 145 ansatte og er kommunens største private arbeidsgiver. "
          "Tjernheim Tre AS produserer limtre og massivtreelementer og har 65 ansatte. Begge "
          "bedriftene melder at de har problemer med å rekruttere fagarbeidere og ingeniører. "
          "Lomsagen har søkt om å utvide tomta på Sagbakken med 40 dekar; arealet er i dag "
          "avsatt til landbruk, natur og friluftsliv i arealdelen."),
    ("h2", "3.3 Reiseliv og Blåkollen"),
    ("p", "Blåkollen skisenter hadde 310 000 skidager i sesongen 2022/23. Skisenteret har ni "
          "heiser, og bunnstasjonen ligger 620 meter over havet. Det var 112 000 kommersielle "
          "gjestedøgn i kommunen i 2023, mot 96 000 i 2019. Skisenteret har 84 årsverk, men bare "
          "24 av dem er helårsstillinger. Sommertrafikken øker, særlig med terrengsykling, men "
          "utgjør fortsatt under en femtedel av omsetningen."),
    ("h2", "3.4 Landbruk, beite og rovvilt"),
    ("p", "Det er 41 aktive jordbruksforetak i Tornås, mot 58 i 2014. Antallet foretak med sau har "
          "gått ned fra 31 til 19 i samme periode. I 2023 ble 4 200 sau og lam sluppet på "
          "utmarksbeite i de fire beitelagene Ljosmyra, Rypeheia, Gjerdådalen og Vestfjellet."),
    ("p", "Tapet av sau på beite var 9,8 prosent i 2023, eller 412 dyr. Av disse ble 236 erstattet "
          "som tatt av rovvilt, de fleste av jerv og bjørn. Tapene har ligget mellom 7 og 11 "
          "prosent de siste ti årene, mot om lag 4 prosent i fylket som helhet. Det er jevnlig "
          "uenighet om skadefelling og om hvor rovviltet skal ha yngleområder. Beitelagene melder "
          "også om mer konflikt med hyttebygging og ferdsel i beiteområdene, særlig på Rypeheia."),
    ("h2", "3.5 Pendling"),
    ("p", "Av de 3 280 sysselsatte som bor i Tornås, arbeider 1 060 i en annen kommune, og 640 av "
          "dem pendler til Kveldal. Samtidig pendler 830 personer inn til Tornås, mange av dem "
          "til treindustrien og til Blåkollen. Kjøreturen til Kveldal er 58 km og tar om lag 50 "
          "minutter. Det går fire bussavganger i hver retning på hverdager, og bussen bruker 1 "
          "time og 15 minutter."),
    ("table", "Tabell 6: Pendling 2023", [
        ["", "Personer"],
        ["Sysselsatte bosatt i Tornås", "3 280"],
        ["– arbeider i Tornås", "2 220"],
        ["– pendler ut av kommunen", "1 060"],
        ["   herav til Kveldal", "640"],
        ["Innpendlere fra andre kommuner", "830"],
        ["Arbeidsplasser i Tornås", "3 050"],
    ], "Kilde: SSB, pendlingsstatistikk (eksempeldata)"),

    ("h1", "4 Tjenester"),
    ("h2", "4.1 Barnehager"),
    ("p", "Tornås har fire barnehager med til sammen 268 barn. Tre er kommunale, og Furumo "
          "naturbarnehage er privat. 91 prosent av barna mellom 1 og 5 år går i barnehage. Det "
          "har vært ledig kapasitet de siste årene, og i 2023 ble en avdeling i Tornås barnehage "
          "stengt."),
    ("h2", "4.2 Grunnskole"),
    ("p", "Det er fire kommunale grunnskoler med til sammen 584 elever skoleåret 2023/24. I "
          "tillegg ligger Sagbakken friskole i kommunen. Elevtallet i de kommunale skolene har "
          "gått ned med 17 prosent siden 2014/15, og ifølge framskrivingen vil det være om lag 470 "
          "elever i 2035."),
    ("table", "Tabell 7: Elever i kommunale grunnskoler", [
        ["Skole", "Trinn", "Elever 2023/24", "Elever 2014/15"],
        ["Tornås skole", "1–10", "402", "455"],
        ["Myrvang skole", "1–7", "118", "139"],
        ["Bjørkhaug oppvekstsenter", "1–7", "41", "62"],
        ["Tiurmoen skole", "1–4", "23", "47"],
        ["Sum", "", "584", "703"],
    ], "Kilde: GSI og kommunens egne tall (eksempeldata)"),
    ("p", "Tiurmoen skole, som har 23 elever, har fådelt undervisning med elevene i to grupper. "
          "Driftsutgiftene per "
          "elev er 2,4 ganger så høye som ved Tornås skole. Skolebussen fra Tiurmoen til Tornås "
          "skole bruker 35 minutter hver vei. Utredningen av skolestrukturen ble lagt fram i mars "
          "2024, men kommunestyret har ikke tatt stilling til den."),
    ("h2", "4.3 Videregående opplæring"),
    ("p", "Tornås videregående skole eies og drives av Fjellmark fylkeskommune. Skolen har 176 "
          "elever skoleåret 2023/24, mot 248 i 2015. Den har utdanningsprogrammene "
          "studiespesialisering, teknologi- og industrifag, helse- og oppvekstfag og naturbruk med "
          "skogbruk."),
    ("p", "I forslaget til ny skolebruksplan fra juni 2024 foreslår fylkeskommunen å legge ned "
          "naturbruk i Tornås og flytte tilbudet til Kveldal fra skoleåret 2026/27. Fylkestinget "
          "skal behandle planen i desember 2024. Om lag 45 prosent av ungdommene fra Tornås som "
          "begynner i videregående, går på skoler utenfor kommunen, de fleste i Kveldal."),
    ("h2", "4.4 Helse og omsorg"),
    ("p", "Helse- og omsorgstjenestene består av Lyngtunet sykehjem i Tornås sentrum, Lindtunet "
          "omsorgssenter på Myrvang, Bjørkhaug bo- og servicesenter og hjemmetjenesten, som er "
          "delt i fire soner. Hjemmetjenesten hadde 268 brukere ved utgangen av 2023. Den lengste "
          "kjøreturen fra basen i Tornås er 47 km én vei, til de ytterste gårdene i Tiurmoen."),
    ("table", "Tabell 8: Plasser og brukere i helse og omsorg 2024", [
        ["Tilbud", "Plasser / brukere", "Merknad"],
        ["Lyngtunet sykehjem", "52 plasser", "Herav 12 i skjermet enhet for personer med demens "
         "og 6 korttidsplasser"],
        ["Lindtunet omsorgssenter", "16 boliger", "Omsorgsboliger med heldøgns bemanning"],
        ["Bjørkhaug bo- og servicesenter", "8 boliger", "Omsorgsboliger uten nattbemanning"],
        ["Hjemmetjenesten", "268 brukere", "Fire soner, base i Tornås sentrum"],
    ], "Kilde: Kommunens fagsystem (eksempeldata)"),
    ("p", "Lyngtunet har 8,5 plasser per 100 innbyggere over 80 år. 86 prosent av innbyggerne over "
          "80 år bor hjemme."),
    ("p", "Helse og omsorg har 318 årsverk fordelt på 452 ansatte. Andelen ansatte i "
          "heltidsstilling er 44 prosent, og den gjennomsnittlige stillingsstørrelsen er 70 "
          "prosent. Ved utgangen av 2023 var sju sykepleierstillinger ubesatt, og kommunen brukte "
          "6,2 millioner kroner på innleie av sykepleiere fra vikarbyrå. Sykefraværet i helse og "
          "omsorg var 10,4 prosent i 2023, mot 8,1 prosent for kommunen samlet."),
    ("p", "Hvis tjenestene gis på samme måte som i dag, vil helse og omsorg trenge om lag 95 "
          "flere årsverk i 2040 enn i dag. I samme periode går antallet innbyggere i alderen "
          "20–66 år ned med om lag 500."),
    ("box", "Dette betyr for Tornås", [
        "Flere eldre og færre i arbeidsfør alder gjør at tjenestene ikke kan gis på samme måte "
        "som i dag uten at behovet for ansatte øker kraftig.",
        "Rekruttering, heltid, sykefravær og bruk av velferdsteknologi er de faktorene som "
        "påvirker bemanningsbehovet mest.",
    ]),
    ("h2", "4.5 Legetjeneste og legevakt"),
    ("p", "Kommunen har seks fastlegehjemler, og alle var besatt i 2024. Legevakt på kveld, natt og "
          "i helger er et interkommunalt samarbeid med legevakten i Kveldal. I påska og "
          "vinterferien har kommunen en egen sesonglegevakt på Blåkollen i samarbeid med "
          "skisenteret."),
    ("h2", "4.6 Boliger"),
    ("p", "Det er 3 210 boliger i Tornås, og 78 prosent av dem er eneboliger. I perioden "
          "2020–2023 ble det i gjennomsnitt bygd 11 nye boliger i året, mot målet i samfunnsdelen "
          "om 15. Kommunen eier 64 utleieboliger, og alle var utleid ved utgangen av 2023."),

    ("h1", "5 Kommuneøkonomi"),
    ("p", "Tornås har en stram økonomi. Inntektene er lave sammenlignet med utgiftsbehovet, blant "
          "annet fordi kommunen har mange eldre og spredt bosetting. Netto driftsresultat har gått "
          "ned tre år på rad og var negativt i 2023, hovedsakelig på grunn av et merforbruk på 14 "
          "millioner kroner i helse og omsorg. Budsjettet for 2024 har et netto driftsresultat "
          "på 0,4 prosent."),
    ("table", "Tabell 9: Økonomiske nøkkeltall 2021–2023", [
        ["Nøkkeltall", "2021", "2022", "2023"],
        ["Brutto driftsinntekter (mill. kr)", "655", "684", "712"],
        ["Netto driftsresultat (prosent av driftsinntektene)", "2,8", "0,6", "−1,2"],
        ["Disposisjonsfond (mill. kr)", "82", "79", "61"],
        ["Disposisjonsfond (prosent av driftsinntektene)", "12,5", "11,5", "8,6"],
        ["Netto lånegjeld (mill. kr)", "530", "556", "574"],
        ["Netto lånegjeld (prosent av driftsinntektene)", "80,9", "81,3", "80,6"],
    ], "Kilde: KOSTRA og kommunens årsregnskap (eksempeldata)"),
    ("box", "Handlingsregler for økonomien", [
        "Vedtatt av kommunestyret 15. desember 2021:",
        "1. Netto driftsresultat skal over tid være minst 1,5 prosent av brutto driftsinntekter.",
        "2. Disposisjonsfondet skal ikke være lavere enn 8 prosent av brutto driftsinntekter.",
        "3. Netto lånegjeld skal ikke overstige 85 prosent av brutto driftsinntekter.",
        "4. Kapitalen i Tornås utviklingsfond skal ikke brukes til drift.",
    ]),
    ("p", "I 2023 var kommunen under målet for netto driftsresultat. Disposisjonsfondet er nær "
          "minimumsgrensen, mens lånegjelden er innenfor handlingsregelen."),
    ("h2", "5.1 Eiendomsskatt og utviklingsfondet"),
    ("p", "Kommunen har eiendomsskatt på alle eiendommer. Satsen for boliger og fritidsboliger er 4 "
          "promille. Eiendomsskatten ga 46 millioner kroner i 2023: 31 millioner fra "
          "fritidsboliger, 9 millioner fra boliger og 6 millioner fra næringseiendom og verk og "
          "bruk."),
    ("p", "Siden 2016 er 60 prosent av eiendomsskatten fra fritidsboliger satt av til Tornås "
          "utviklingsfond. Fondet var på 148 millioner kroner ved utgangen av 2023 og er ikke med "
          "i disposisjonsfondet i tabell 9. Etter vedtektene kan kapitalen brukes til investeringer "
          "i infrastruktur som vann og avløp, veier og bredbånd, mens avkastningen kan brukes til "
          "næringsutvikling. I 2023 ga fondet en avkastning på 7,9 millioner kroner."),
    ("p", "Frie inntekter, det vil si skatt og rammetilskudd, utgjorde 452 millioner kroner i 2023. "
          "Skatteinntektene per innbygger er 78 prosent av landsgjennomsnittet, og kommunen får "
          "et betydelig distriktstilskudd."),

    ("h1", "6 Klima og miljø"),
    ("p", "De direkte klimagassutslippene i Tornås var 41 000 tonn CO2-ekvivalenter i 2022, 9 "
          "prosent lavere enn i 2015, da de var 45 200 tonn. Veitrafikk står for 44 prosent av "
          "utslippene, jordbruk for 22 prosent og industri for 15 prosent. Målet i samfunnsdelen "
          "er en reduksjon på 40 prosent innen 2030. Det vil kreve en nedgang på om lag 1 700 tonn "
          "i året fram mot 2030."),
    ("p", "Klimaprofilen for Fjellmark viser at årsmiddeltemperaturen kan øke med om lag 4 grader "
          "fram mot 2100 ved høye utslipp. Nedbøren øker, og snøsesongen blir kortere, særlig "
          "under 800 meter over havet. For Blåkollen, der bunnstasjonen ligger på 620 meter, betyr "
          "det at kunstsnø blir viktigere. Vårflommene kan komme tidligere, og regnflommer om "
          "høsten blir vanligere. Lengre tørre perioder om sommeren øker faren for skogbrann."),
    ("p", "Myrene i Tornås lagrer store mengder karbon. Siden 2010 er 310 dekar myr bygd ned, de "
          "fleste i forbindelse med hyttebygging på Blåkollen."),

    ("h1", "7 Samfunnssikkerhet og beredskap"),
    ("p", "Den helhetlige risiko- og sårbarhetsanalysen (ROS) ble revidert i 2023. Den peker på "
          "flom i Gjerdåa, skogbrann og langvarig strømbrudd som de hendelsene med størst risiko. "
          "Den overordnede beredskapsplanen ble oppdatert i 2024, og kriseledelsen øvde sist i "
          "februar 2024 på flom og strømbrudd samtidig."),
    ("h2", "7.1 Flom i Gjerdåa"),
    ("p", "Gjerdåa har hatt store vårflommer i 2013, 2018 og 2023. Under flommen i mai 2023 ble 47 "
          "bygninger skadet, og fylkesvei 742 gjennom Tornås sentrum var stengt i fire døgn. "
          "Skadene ble beregnet til 38 millioner kroner. Ifølge flomsonekartet ligger 118 "
          "boliger, Lyngtunet sykehjem og deler av Tornås skole i områder som kan bli oversvømt ved "
          "en 200-årsflom."),
    ("p", "NVE og kommunen planlegger en flomvoll langs Gjerdåa gjennom sentrum. Kostnaden er "
          "anslått til 62 millioner kroner, og NVE kan dekke inntil 80 prosent."),
    ("h2", "7.2 Andre risikoer"),
    ("table", "Tabell 10: Utvalgte hendelser i den helhetlige ROS-analysen", [
        ["Hendelse", "Sannsynlighet", "Konsekvens", "Merknad"],
        ["Flom i Gjerdåa", "Høy", "Store", "Skjer hvert 5.–10. år; sykehjemmet ligger i "
         "flomsonen"],
        ["Skogbrann", "Middels", "Store", "Særlig nær hytteområdene; bare én vei inn til "
         "Blåkollen"],
        ["Langvarig strømbrudd", "Middels", "Store", "Én hovedlinje inn til kommunen"],
        ["Bortfall av mobil og internett", "Middels", "Middels", "Sårbar fiberlinje langs "
         "fylkesveien"],
        ["Stor ulykke i påskeutfarten", "Lav", "Store", "Opptil 15 000 personer i kommunen"],
        ["Pandemi", "Lav", "Middels", "Mange helsearbeidere kan bli borte samtidig"],
    ], "Kilde: Helhetlig ROS-analyse for Tornås kommune 2023 (eksempeldata)"),
    ("p", "Det er bare én vei inn til hytteområdene på Blåkollen. En skogbrann eller et ras ved "
          "veien kan isolere flere tusen mennesker i påska. Kommunen har tre store "
          "nødstrømsaggregater, ved Lyngtunet sykehjem, rådhuset og vannverket."),

    ("h1", "8 Nasjonale og regionale føringer"),
    ("p", "Nasjonale forventninger til regional og kommunal planlegging 2023–2027 legger vekt på et "
          "bærekraftig og sosialt rettferdig samfunn, et grønt næringsliv, samarbeid og "
          "samskaping og levende lokalsamfunn i hele landet. For Tornås er forventningene om å ta "
          "vare på natur og matjord, om klimatilpasning og om bolyst i distriktene særlig "
          "viktige. Andre viktige nasjonale føringer er:"),
    ("ul", [
        "statlige planretningslinjer for klima- og energiplanlegging og klimatilpasning",
        "statlige planretningslinjer for samordnet bolig-, areal- og transportplanlegging",
        "den nasjonale jordvernstrategien",
        "Stortingets rovviltforlik med bestandsmål for jerv, bjørn, ulv og gaupe",
    ]),
    ("p", "Regional plan for Fjellmark 2022–2034 har mål om å styrke regionsentrene og bygdene. "
          "Regional plan for fritidsbebyggelse i fjellet fra 2021 sier at ny hyttebygging i "
          "hovedsak skal skje som fortetting i eksisterende områder, at det ikke skal bygges nye "
          "hytter over 900 meter over havet, og at viktige beite- og friluftsområder skal sikres. "
          "Fylkeskommunens skolebruksplan (se 4.3) er også en viktig regional føring."),

    ("h1", "9 Oppsummering"),
    ("p", "Tornås står overfor en befolkningsutvikling med færre barn og yrkesaktive og mange flere "
          "eldre. Samtidig er kommunen en av de største hyttekommunene i fylket, med en stor "
          "midlertidig befolkning som bruker kommunens tjenester og infrastruktur. De viktigste "
          "utviklingstrekkene er:"),
    ("ol", [
        "Folketallet har gått ned med 468 på ti år og ventes å falle til 6 180 i 2050.",
        "Antallet innbyggere over 80 år øker fra 614 i dag til 1 010 i 2040.",
        "Skog, tre og reiseliv er bærebjelkene i næringslivet, men både sagbruket og skisenteret "
        "mangler arbeidskraft.",
        "Elevtallet i grunnskolen går ned, og tilbudet ved Tornås videregående skole er usikkert.",
        "Helse og omsorg har høyt sykefravær, lav heltidsandel og ubesatte sykepleierstillinger.",
        "Økonomien er stram: netto driftsresultat var −1,2 prosent i 2023, og disposisjonsfondet "
        "er nær minimumsgrensen i handlingsregelen.",
        "Flom i Gjerdåa, skogbrann og strømbrudd er de største risikoene.",
    ]),
    ("p", "Kunnskapsgrunnlaget legges fram på kommunestyrets politiske verksted 7. november 2024. "
          "Der skal kommunestyret drøfte om visjonen, hovedmålene og satsingsområdene i "
          "samfunnsdelen skal videreføres eller endres."),
]


# =====================================================================================
# PDF
# =====================================================================================


def render_pdf(path: Path) -> int:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, NextPageTemplate, PageBreak,
                                    PageTemplate, Paragraph, Spacer)

    shared.deterministic_pdf()
    W, H = A4
    LW, LH = landscape(A4)
    lm, rm, tm, bm = 25 * mm, 25 * mm, 25 * mm, 30 * mm
    blue = colors.HexColor("#1F3864")
    blue2 = colors.HexColor("#2F5496")
    grey = colors.HexColor("#595959")

    body = ParagraphStyle("tn-body", fontName="Helvetica", fontSize=10.5, leading=14.2,
                          spaceAfter=6)
    h1 = ParagraphStyle("tn-h1", fontName="Helvetica-Bold", fontSize=15, leading=19,
                        textColor=blue, spaceBefore=14, spaceAfter=6)
    h2 = ParagraphStyle("tn-h2", fontName="Helvetica-Bold", fontSize=12.5, leading=16,
                        textColor=blue2, spaceBefore=10, spaceAfter=4)
    h3 = ParagraphStyle("tn-h3", fontName="Helvetica-BoldOblique", fontSize=11, leading=14,
                        textColor=blue, spaceBefore=6, spaceAfter=3)
    bullet = ParagraphStyle("tn-bullet", parent=body, leftIndent=7 * mm, bulletIndent=2 * mm,
                            spaceAfter=2)
    foot = ParagraphStyle("tn-foot", fontName="Helvetica", fontSize=8, leading=10)
    cell = ParagraphStyle("tn-cell", fontName="Helvetica", fontSize=9.2, leading=11.6)
    cell_h = ParagraphStyle("tn-cell-h", parent=cell, fontName="Helvetica-Bold",
                            textColor=colors.white)
    cap = ParagraphStyle("tn-cap", fontName="Helvetica-Oblique", fontSize=9, leading=12,
                         textColor=blue2, spaceAfter=3)
    vision = ParagraphStyle("tn-vision", fontName="Helvetica-BoldOblique", fontSize=15,
                            leading=20, textColor=blue, alignment=TA_CENTER)

    pending: list[str] = []  # footnotes drawn on the current page

    class FootnoteAnchor(Flowable):
        """Zero-size marker: registers its footnote on the page where it is drawn."""

        def __init__(self, text: str):
            super().__init__()
            self.text = text

        def wrap(self, aw, ah):
            return 0, 0

        def draw(self):
            pending.append(self.text)

    class FillToFoot(Flowable):
        """Blank space that leaves only `leave` points of the frame, as Word does with a
        heading that lands at the foot of a page without «keep with next»."""

        def __init__(self, leave: float):
            super().__init__()
            self.leave = leave

        def wrap(self, aw, ah):
            self.height = max(0.0, ah - self.leave)
            return aw, self.height

        def draw(self):
            pass

    def header(canv, d, width):
        canv.saveState()
        canv.setFont("Helvetica", 8.5)
        canv.setFillColor(grey)
        canv.drawString(lm, (LH if width == LW else H) - 14 * mm,
                        f"Tornås kommune – {PDF_TITLE}")
        canv.drawRightString(width - rm, (LH if width == LW else H) - 14 * mm, f"Side {d.page}")
        canv.setStrokeColor(colors.HexColor("#A6A6A6"))
        canv.setLineWidth(0.5)
        y = (LH if width == LW else H) - 15.5 * mm
        canv.line(lm, y, width - rm, y)
        canv.restoreState()

    def footnotes(canv, d):
        if not pending:
            return
        canv.saveState()
        y = bm - 5 * mm
        canv.setStrokeColor(colors.black)
        canv.setLineWidth(0.4)
        canv.line(lm, y, lm + 50 * mm, y)
        y -= 2 * mm
        for text in pending:
            p = Paragraph(text, foot)
            _, h = p.wrap(W - lm - rm, 30 * mm)
            p.drawOn(canv, lm, y - h)
            y -= h + 1
        canv.restoreState()
        pending.clear()

    doc = BaseDocTemplate(str(path), pagesize=A4, leftMargin=lm, rightMargin=rm, topMargin=tm,
                          bottomMargin=bm, title=f"{PDF_TITLE} – Tornås kommune (fiktiv)",
                          author="Tornås kommune (fiktiv)",
                          subject="Eksempeldata, fiktiv kommune")
    portrait_frame = Frame(lm, bm, W - lm - rm, H - tm - bm, id="p", leftPadding=0,
                           rightPadding=0, topPadding=0, bottomPadding=0)
    land_frame = Frame(lm, 22 * mm, LW - lm - rm, LH - tm - 22 * mm, id="l", leftPadding=0,
                       rightPadding=0, topPadding=0, bottomPadding=0)
    cover_frame = Frame(lm, bm, W - lm - rm, H - 2 * tm, id="c", leftPadding=0, rightPadding=0)
    doc.addPageTemplates([
        PageTemplate("cover", [cover_frame]),
        PageTemplate("portrait", [portrait_frame], onPage=lambda c, d: header(c, d, W),
                     onPageEnd=footnotes),
        PageTemplate("landscape", [land_frame], onPage=lambda c, d: header(c, d, LW),
                     pagesize=(LW, LH)),
    ])

    # ---------------------------------------------------------------- cover
    story = shared.spaced(
        30 * mm,
        Paragraph("TORNÅS KOMMUNE", ParagraphStyle("ck", fontName="Helvetica-Bold", fontSize=12,
                                                   leading=15, textColor=blue2)),
        12 * mm,
        Paragraph("Kommuneplanens samfunnsdel<br/>2020–2032",
                  ParagraphStyle("ct", fontName="Helvetica-Bold", fontSize=28, leading=34,
                                 textColor=blue)),
        8 * mm,
        Paragraph("«Tornås – levende bygder mellom skog og fjell»",
                  ParagraphStyle("cv", fontName="Helvetica-Oblique", fontSize=13, leading=17,
                                 textColor=grey)),
        10 * mm,
        Paragraph(ADOPTED, ParagraphStyle("ca", fontName="Helvetica", fontSize=11, leading=14)),
        40 * mm,
    )
    story.append(shared.styled_table(
        [[Paragraph(NOTICE_TITLE, ParagraphStyle("nt", fontName="Helvetica-Bold", fontSize=11,
                                                 leading=14))],
         [Paragraph(NOTICE, ParagraphStyle("nb", fontName="Helvetica", fontSize=9.5,
                                           leading=12.5))]],
        [W - lm - rm],
        [("BOX", (0, 0), (-1, -1), 0.8, colors.black),
         ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#F2F2F2")),
         *shared.padding(left=8, right=8, top=5, bottom=5)]))
    story += [NextPageTemplate("portrait"), PageBreak()]

    # ---------------------------------------------------------------- body
    note_no = 0
    for el in SAMFUNNSDEL:
        kind = el[0]
        if kind in ("h1", "h2", "h3"):
            story.append(Paragraph(el[1], {"h1": h1, "h2": h2, "h3": h3}[kind]))
        elif kind == "h2_orphan":
            story += [FillToFoot(34), Paragraph(el[1], h2)]
        elif kind == "p":
            if len(el) == 3:
                note_no += 1
                story.append(Paragraph(f"{el[1]}<super>{note_no}</super>", body))
                story.append(FootnoteAnchor(f"<super>{note_no}</super> {el[2]}"))
            else:
                story.append(Paragraph(el[1], body))
        elif kind == "bullets":
            story += [Paragraph(t, bullet, bulletText="•") for t in el[1]]
            story.append(Spacer(1, 5))
        elif kind == "vision":
            story.append(shared.styled_table(
                [[Paragraph(el[1], vision)]], [W - lm - rm - 30 * mm],
                [("LINEABOVE", (0, 0), (-1, 0), 1, blue2), ("LINEBELOW", (0, -1), (-1, -1), 1, blue2),
                 *shared.padding(top=8, bottom=10)]))
            story.append(Spacer(1, 8))
        elif kind == "goaltable":
            _, caption, rows = el
            widths = [0.3, 0.4, 0.19, 0.11]
            story.append(Paragraph(caption, cap))
            story.append(shared.data_table(
                rows, [(W - lm - rm) * w for w in widths], cell_h, cell,
                [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7F7F7F")),
                 ("BACKGROUND", (0, 0), (-1, 0), blue2),
                 ("VALIGN", (0, 0), (-1, -1), "TOP"),
                 *shared.padding(left=4, right=4, top=3, bottom=3)]))
            story.append(Spacer(1, 8))
        elif kind == "landscape":
            _, caption, rows, note = el
            widths = [0.19, 0.3, 0.13, 0.1, 0.11, 0.17]
            story += [NextPageTemplate("landscape"), PageBreak(), Paragraph(caption, cap),
                      shared.data_table(rows, [(LW - lm - rm) * w for w in widths], cell_h, cell,
                                        [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7F7F7F")),
                                         ("BACKGROUND", (0, 0), (-1, 0), blue2),
                                         ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                         *shared.padding(left=4, right=4, top=3, bottom=3)]),
                      Spacer(1, 6), Paragraph(note, ParagraphStyle("ln", parent=body, fontSize=9,
                                                                    textColor=grey))]
        else:
            raise ValueError(kind)
    doc.build(story)
    return shared.pdf_page_count(path)


# =====================================================================================
# DOCX
# =====================================================================================


def render_docx(path: Path) -> None:
    from docx.enum.table import WD_TABLE_ALIGNMENT

    doc = shared.new_docx("Kunnskapsgrunnlag 2024 – Tornås kommune (fiktiv)",
                          "Tornås kommune (fiktiv)", "Eksempeldata, fiktiv kommune", "2024-10-08")
    shared.add_run_paragraph(doc, "TORNÅS KOMMUNE", bold=True, size=10, color="2F5496")
    doc.add_heading("Kunnskapsgrunnlag 2024", level=0)
    shared.add_run_paragraph(doc, "Tornås i dag og i morgen – grunnlag for kommunal planstrategi "
                                  "2024–2027 og revisjon av kommuneplanens samfunnsdel",
                             bold=True, size=12.5, color="1F3864")
    p = doc.add_paragraph()
    shared.add_run(p, NOTICE_TITLE + ". ", bold=True, color="C00000")
    shared.add_run(p, NOTICE, italic=True, color="595959")
    shared.add_run_paragraph(doc, "Utarbeidet av kommunedirektørens ledergruppe, datert 8. oktober "
                                  "2024. Til kommunestyrets politiske verksted 7. november 2024.",
                             size=10, color="595959")

    shade = shared.shade_cell

    def table(d, caption: str, rows: list[list[str]], source: str) -> None:
        d.add_paragraph(caption, style="Caption")
        t = d.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Light Grid Accent 1"
        t.alignment = WD_TABLE_ALIGNMENT.LEFT
        for i, row in enumerate(rows):
            for j, value in enumerate(row):
                c = t.cell(i, j)
                c.text = value
                if row[0] == "Sum":
                    for run in c.paragraphs[0].runs:
                        run.bold = True
        shared.add_run_paragraph(d, source, italic=True, size=8.5, color="595959")

    def box(d, title: str, lines: list[str]) -> None:
        t = d.add_table(rows=1, cols=1)
        t.style = "Table Grid"
        c = t.cell(0, 0)
        shade(c, "DEEAF6")
        c.paragraphs[0].text = ""
        shared.add_run(c.paragraphs[0], title, bold=True, color="1F3864")
        for line in lines:
            shared.add_run(c.add_paragraph(), line)
        d.add_paragraph()

    def numbered(d, items: list[str]) -> None:
        for item in items:
            d.add_paragraph(item, style="List Number")

    shared.add_docx_elements(doc, KUNNSKAPSGRUNNLAG, {"table": table, "box": box, "ol": numbered})
    shared.save_docx(doc, path, fixed_day="2024-10-08")


def main() -> None:
    pages = render_pdf(PDF_PATH)
    render_docx(DOCX_PATH)
    shared.finish_fictional("Tornås", pages,
                            (PDF_PATH, PDF_TITLE, "2020-06-18", SAMFUNNSDEL),
                            (DOCX_PATH, "Kunnskapsgrunnlag 2024", "2024-10-08", KUNNSKAPSGRUNNLAG))


if __name__ == "__main__":
    main()
