"""Render the eleventh held-out example municipality «Myrvika kommune» (fictional coastal town).

Writes, next to this file:
  myrvika-samfunnsdel.pdf (+ .meta.json)        – reportlab platypus, PORTRAIT A4 in a «side-rail»
      layout: every section is a row of a two-column grid whose narrow LEFT RAIL holds the
      numbered side heading and margin notes, and whose wide right column holds justified body
      text; chapters open on a new page with a coloured band (big chapter number + title + lead);
      the vision on a full-width band; main goals labelled in the rail; each priority area ends
      in a three-column MATRIX («Dette vil vi oppnå» / «Slik gjør vi det» / «Slik måler vi»);
      tables sit in the body column with the caption in the rail; a rotated CHAPTER TAB on the
      right page edge and a footer with the page number on the outer edge (left/right)
  myrvika-kunnskapsgrunnlag.docx (+ .meta.json) – python-docx, Heading 1/2 with chapter numbers,
      captions ABOVE the tables («Tabell N.») with a source line under them, one-cell boxes
      «Faktaboks» and «Hva betyr dette?», bullet lists

Myrvika kommune does not exist. Every name, place, firm, figure and decision below is invented
test data, written independently of the product, its demo municipality and the other held-out
sets. Run:  .venv/bin/python evaluation/heldout11/render.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

import evaluation.heldout_render as shared  # noqa: E402

PDF_PATH = HERE / "myrvika-samfunnsdel.pdf"
DOCX_PATH = HERE / "myrvika-kunnskapsgrunnlag.docx"

NOTICE_TITLE = "Eksempeldata – fiktiv kommune"
NOTICE = ("Myrvika kommune finnes ikke. Dokumentet er laget som testmateriale for en uavhengig "
          "evaluering av Samspill. Alle navn, steder, bedrifter, institusjoner, tall og vedtak er "
          "oppdiktet. Eventuell likhet med virkelige kommuner, steder eller personer er tilfeldig.")

PDF_TITLE = "Kommuneplanens samfunnsdel 2023–2035"
ADOPTED = "Vedtatt av kommunestyret 15. juni 2023, sak 38/23"

# ---------------------------------------------------------------------------------------------
# Samfunnsdelen (PDF). Kinds:
#   ("kap", number, title, lead)               new page, coloured chapter band
#   ("sec", heading, note, [paragraphs])       side heading (+ margin note) in the rail, text right
#   ("bullets", heading, intro, [items])       side heading in the rail, intro and «–» list right
#   ("vision", text, explanation)              full-width vision band and a text row
#   ("goals", [(label, title, text)])          main goals, label in the rail
#   ("matrix", title, [(goal, strategies, indicator)])   three-column priority matrix
#   ("table", caption, rows, widths)           data table in the body column, caption in the rail
# ---------------------------------------------------------------------------------------------

SAMFUNNSDEL = [
    ("kap", "1", "Innledning",
     "Samfunnsdelen er kommunens viktigste strategiske plan. Den sier hva slags samfunn vi vil "
     "utvikle fram mot 2035, og hvordan kommunen skal arbeide for å komme dit."),
    ("sec", "1.1 Planens rolle", "Vedtatt 15.6.2023, sak 38/23", [
        "Kommuneplanens samfunnsdel 2023–2035 er Myrvika kommunes overordnede styringsdokument. "
        "Planen erstatter samfunnsdelen fra 2015 og ble vedtatt av kommunestyret 15. juni 2023 i "
        "sak 38/23. Samfunnsdelen skal legges til grunn for kommuneplanens arealdel, for "
        "temaplaner og kommunedelplaner og for handlings- og økonomiplanen, som rulleres hvert "
        "år. Planen gjelder både for Myrvika som lokalsamfunn og for kommunen som organisasjon.",
    ]),
    ("sec", "1.2 Slik har vi arbeidet", "860 innspill og 37 høringsuttalelser", [
        "Planprogrammet ble fastsatt i mars 2022. Kommunestyret holdt to politiske verksted, i "
        "april og september 2022, der representantene drøftet kunnskapsgrunnlaget, den gamle "
        "planen og forslag til satsingsområder i tverrpolitiske grupper. Det ble holdt folkemøter "
        "i sentrum og på Kobbøya, Ytre Flesa og Sennholmen. Ungdomsrådet, eldrerådet og rådet "
        "for personer med funksjonsnedsettelse ga egne innspill, og verftet, sjukehuset og "
        "næringsforeningen deltok i et eget arbeidsmøte om kompetanse.",
        "I alt kom det inn 860 innspill fra innbyggere og lag. Planforslaget var på høring fra "
        "1. februar til 20. mars 2023, og det kom 37 høringsuttalelser, blant annet fra Havbrett "
        "fylkeskommune, statsforvalteren, Helse Ytre Kyst HF og nabokommunene Tindvær og Ålbotn.",
    ]),
    ("sec", "1.3 Myrvika i dag", "17 420 innbyggere 1.1.2023", [
        "Myrvika er en kystby med 17 420 innbyggere (1. januar 2023) i Havbrett fylke. Byen "
        "vokste fram rundt havna og skipsbyggingen, og Vikholmen Verft er fortsatt kommunens "
        "største private arbeidsplass. Myrvika er knutepunkt for ferje og hurtigbåt til "
        "øybygdene og til Storhamn, og her ligger Myrvika sjukehus, som er en del av Helse Ytre "
        "Kyst HF.",
        "Om lag 1 650 innbyggere bor i øybygdene Kobbøya, Ytre Flesa og Sennholmen, som bare har "
        "forbindelse til byen med ferje og hurtigbåt. Den gamle havna innenfor Lossekaia blir "
        "ledig etter at godstrafikken flyttet til den nye kaia på Vikholmen.",
    ]),
    ("bullets", "1.4 Utfordringer",
     "Kunnskapsgrunnlaget fra 2022 viste seks utfordringer som planen skal svare på:", [
         "Folketallet står stille, og uten innvandring ville det gått ned.",
         "Andelen eldre øker raskt, særlig i øybygdene, der nesten hver tredje innbygger er over "
         "67 år.",
         "Verftet og den maritime næringen mangler fagarbeidere og ingeniører.",
         "Sentrum mister butikker, og mange lokaler i Kaigata står tomme.",
         "Havnivået stiger, og stormflo rammer allerede kaiene og de lavest liggende delene av "
         "sentrum.",
         "Kommunen har høy lånegjeld etter byggingen av ny svømmehall og ny barneskole, og det "
         "økonomiske handlingsrommet er lite.",
     ]),
    ("sec", "1.5 Hva innbyggerne sa", "Flest innspill om sentrum og ferja", [
        "Innspillene handlet oftest om sentrum, ferjetilbudet og tilbudet til eldre. Mange ønsket "
        "flere møteplasser i Kaigata og at havna skulle åpnes for folk. Fra øyene kom det mange "
        "innspill om siste ferje om kvelden, om legetilbudet og om at skolene må bestå. "
        "Ungdomsrådet ba om en kveldsåpen ungdomsklubb i sentrum og billigere hurtigbåt for "
        "ungdom. Arbeidsinnvandrere som deltok på et eget møte på verftet, pekte på at det er "
        "vanskelig å finne bolig for familier og å få informasjon på andre språk enn norsk.",
    ]),

    ("kap", "2", "Visjon og hovedmål",
     "Visjonen og hovedmålene er planens lange linjer. De gjelder for hele planperioden fram "
     "til 2035."),
    ("vision", "«Myrvika – kystbyen som bygger for framtida»",
     "Visjonen knytter byens historie som verftsby til det vi vil skal prege Myrvika i årene som "
     "kommer: at vi bygger skip, kompetanse og et samfunn som tåler klimaendringene. «Bygger» "
     "handler også om fellesskapet. Alle som bor her, også de som har kommet for å arbeide på "
     "verftet, skal kunne delta og høre til."),
    ("goals", [
        ("Hovedmål 1", "Flere vil bo og arbeide i Myrvika.",
         "Myrvika skal ha minst 18 000 innbyggere i 2035, og flere unge voksne skal velge å "
         "bo her."),
        ("Hovedmål 2", "En kystby som tåler framtida.",
         "Myrvika skal være forberedt på høyere havnivå og mer ekstremvær, og "
         "klimagassutslippene skal reduseres med 55 prosent innen 2030 sammenlignet med 2009."),
        ("Hovedmål 3", "Gode tjenester i hele kommunen.",
         "Innbyggerne skal få likeverdige tjenester enten de bor i byen eller på øyene, og "
         "flest mulig skal kunne bo hjemme så lenge de ønsker."),
        ("Hovedmål 4", "Et inkluderende fellesskap.",
         "Alle skal ha mulighet til å delta i arbeid, utdanning og fritid, uansett bakgrunn, "
         "alder og funksjonsevne."),
    ]),
    ("sec", "2.1 Gjennomgående hensyn", "FNs bærekraftsmål 3, 8, 11 og 14", [
        "Folkehelse, bærekraft og økonomisk handlingsrom skal ligge til grunn for alt arbeid med "
        "planen. Kommunen har valgt ut FNs bærekraftsmål 3, 8, 11 og 14 som særlig viktige for "
        "Myrvika.",
        "Kommunestyret har lagt vekt på at nye tiltak må vurderes opp mot kommunens økonomi. "
        "Handlingsregelen for økonomien skal følges, og nye investeringer skal som hovedregel "
        "finansieres innenfor rammene i handlings- og økonomiplanen.",
    ]),
    ("sec", "2.2 Hvordan målene henger sammen", None, [
        "Hovedmålene trekker i samme retning, men det finnes også spenninger mellom dem. Vekst i "
        "arbeidsplasser gir behov for boliger og næringsareal, mens hensynet til havnivå, "
        "strandsone og natur setter grenser for hvor det kan bygges. Kommunestyret har derfor "
        "valgt å la fortetting i sentrum og utviklingen av Lossekaia ta det meste av veksten. "
        "Samtidig skal de økonomiske rammene avgjøre hvor raskt tiltakene kan gjennomføres.",
    ]),

    ("kap", "3", "Satsingsområder",
     "Kommunestyret har valgt fire satsingsområder for planperioden. De skal vurderes på nytt "
     "når kommunal planstrategi vedtas i hver ny valgperiode."),
    ("sec", "3.1 Maritim kompetanse og nye arbeidsplasser", "Satsingsområde 1", [
        "Vikholmen Verft og leverandørene rundt verftet gir arbeid til om lag 1 400 personer. "
        "Bransjen har god ordrereserve, men mangler sveisere, platearbeidere, elektrikere og "
        "ingeniører. En stor del av de ansatte på verftet har kommet fra andre land. Mange av dem "
        "har familien i hjemlandet og planlegger ikke å bli værende. Skal Myrvika beholde "
        "arbeidskraften, må flere av dem få lyst til å etablere seg her.",
    ]),
    ("matrix", "Satsingsområde 1 – Maritim kompetanse og nye arbeidsplasser", [
        ("Myrvika skal ha 60 lærlinger i maritime fag i 2030.",
         "Utvide samarbeidet om fagbrev med Kaibakken videregående skole og verftet. Tilby flere "
         "lærlingplasser i kommunen.",
         "Antall lærlinger i maritime fag"),
        ("Andelen innvandrere i arbeid skal øke fra 64 til 72 prosent.",
         "Tilby norskopplæring på arbeidsplassen sammen med verftet. Hjelpe familiene til "
         "nyankomne arbeidstakere med bolig, barnehage og skole.",
         "Sysselsatte innvandrere 20–66 år"),
        ("Det skal alltid finnes byggeklart næringsareal for maritim industri.",
         "Regulere nytt næringsareal på Skarvmoen. Sette av sjønære arealer på Vikholmen til "
         "maritim næring.",
         "Dekar byggeklart næringsareal"),
        ("Flere unge skal velge utdanning og jobb i regionen.",
         "Etablere et traineeprogram sammen med verftet og sjukehuset. Markedsføre Myrvika som "
         "bo- og arbeidssted.",
         "Netto innflytting 20–39 år"),
    ]),
    ("sec", "3.2 Byen ved sjøen – sentrum og Lossekaia", "Satsingsområde 2", [
        "Sentrum har mistet mange butikker det siste tiåret, mens handelen har flyttet til "
        "handelsparken på Lyngmoen og til netthandel. Samtidig gir flyttingen av godshavna en "
        "sjelden mulighet: Lossekaia og de gamle lagerbygningene ligger midt i byen, helt ned "
        "til sjøen. Kommunestyret vil at området skal utvikles til en ny bydel med boliger, "
        "arbeidsplasser, kultur og en åpen havnepromenade, og at utviklingen skal gi mer liv "
        "også i Kaigata.",
    ]),
    ("matrix", "Satsingsområde 2 – Byen ved sjøen", [
        ("Lossekaia skal utvikles med om lag 450 boliger innen 2035.",
         "Utarbeide områderegulering for Lossekaia. Kreve publikumsrettet virksomhet i første "
         "etasje mot kaia.",
         "Ferdigstilte boliger på Lossekaia"),
        ("Antallet tomme butikklokaler i Kaigata skal halveres innen 2027.",
         "Ikke tillate ny detaljhandel utenfor sentrumsavgrensningen og Lyngmoen. Samarbeide med "
         "gårdeierne om midlertidig bruk av tomme lokaler.",
         "Tomme forretningslokaler i Kaigata"),
        ("Sjøfronten skal være tilgjengelig for alle.",
         "Bygge en sammenhengende havnepromenade fra ferjekaia til Lossekaia. Sikre badeplass "
         "og møteplasser ved sjøen.",
         "Meter åpen havnepromenade"),
        ("Flere skal gå, sykle og reise kollektivt i byen.",
         "Legge nye boliger nær sentrum og knutepunktet. Samordne rutene for buss, ferje og "
         "hurtigbåt.",
         "Andel reiser til fots, med sykkel og kollektivt"),
    ]),
    ("sec", "3.3 Gode liv i øybygdene", "Satsingsområde 3", [
        "I øybygdene er nesten hver tredje innbygger over 67 år, og mange av de unge flytter til "
        "byen eller lenger bort. Det blir vanskeligere å gi helse- og omsorgstjenester når "
        "personellet må reise med ferje, og når det er lange avstander mellom brukerne. Samtidig "
        "har øyene sterke fellesskap, frivillige lag og en kultur for å stille opp for hverandre, "
        "som kommunen vil bygge videre på.",
    ]),
    ("matrix", "Satsingsområde 3 – Gode liv i øybygdene", [
        ("Eldre på øyene skal kunne bo hjemme så lenge de ønsker.",
         "Bygge ut velferdsteknologi og digitalt tilsyn. Gi alle som fyller 78 år tilbud om "
         "forebyggende hjemmebesøk.",
         "Andel over 80 år som bor hjemme"),
        ("Kobbøya skal ha et helsetilbud med fast personell.",
         "Utvikle Kobbøy omsorgssenter til et helsesenter for alle øyene. Prøve ut et "
         "ambulerende team med sykepleier og fysioterapeut.",
         "Turnover blant ansatte på øyene"),
        ("Øybygdene skal ha gode forbindelser til byen.",
         "Arbeide for at fylkeskommunen gir en senere ferjeavgang fra Myrvika om kvelden. Sikre "
         "fiber og mobildekning på alle bebodde øyer.",
         "Avganger per døgn og fiberdekning"),
        ("Frivilligheten på øyene skal styrkes.",
         "Gi driftstilskudd til grendehusene. Ansette en frivilligkoordinator for øybygdene.",
         "Aktive lag og frivillige"),
    ]),
    ("sec", "3.4 Klimatilpasning og beredskap", "Satsingsområde 4", [
        "Stormfloa i januar 2022 satte Kaigata og deler av Lossekaia under vann og stengte "
        "ferjekaia i nesten et døgn. Havnivået vil fortsette å stige gjennom hele århundret, og "
        "stormflo og kraftig nedbør vil komme oftere. Kommunen må planlegge for dette både når "
        "nye områder bygges ut, og når eksisterende bebyggelse og kaier skal sikres. Øybygdene "
        "er særlig sårbare når ferja ikke går.",
    ]),
    ("matrix", "Satsingsområde 4 – Klimatilpasning og beredskap", [
        ("Ingen nye bygg skal ligge så lavt at stormflo kan skade dem.",
         "Fastsette laveste tillatte kotehøyde for nye bygg i arealdelen. Kreve vurdering av "
         "klimatilpasning i alle nye reguleringsplaner.",
         "Nye bygg under laveste kote"),
        ("Sentrum og Lossekaia skal være sikret mot stormflo innen 2035.",
         "Lage en plan for flomvern langs kaifronten. Søke statlig og regional medfinansiering.",
         "Meter sikret kaifront"),
        ("Hver øybygd skal klare seg selv i minst tre døgn uten ferje eller strøm.",
         "Etablere beredskapslager og nødstrøm i grendehusene. Øve sammen med frivillige lag.",
         "Beredskapslagre og øvelser per år"),
        ("Utslippene fra sjøtransport skal ned.",
         "Bygge landstrøm på ferjekaia og ved verftet. Stille klimakrav i kommunens "
         "anskaffelser.",
         "Utslipp fra sjøfart i tonn CO2-ekvivalenter"),
    ]),

    ("kap", "4", "Arealstrategi",
     "Arealstrategien viser hvordan arealbruken skal støtte opp under hovedmålene. Den skal "
     "følges opp i revisjonen av kommuneplanens arealdel."),
    ("sec", "4.1 Senterstruktur", "Regionsenter, lokalsentre og øysentre", [
        "Myrvika sentrum er regionsenteret og skal ha de funksjonene som betjener hele kommunen "
        "og regionen: handel, kultur, offentlig service og knutepunktet for buss, ferje og "
        "hurtigbåt. Nyhaugen og Vikamyra er lokalsentre med skole, barnehage og "
        "dagligvarehandel. Kobbøya havn og Ytre Flesa er øysentre, der kommunen vil samle "
        "tjenestene for øybygdene.",
    ]),
    ("table", "Tabell 1. Hvor nye boliger skal bygges", [
        ["Område", "Rolle", "Andel nye boliger"],
        ["Myrvika sentrum med Lossekaia", "Regionsenter", "55 %"],
        ["Nyhaugen og Vikamyra", "Lokalsentre", "25 %"],
        ["Øvrige boligområder i byen", "Boligområder", "12 %"],
        ["Kobbøya havn og Ytre Flesa", "Øysentre", "8 %"],
        ["Sum", "", "100 %"],
    ], [0.46, 0.28, 0.26]),
    ("sec", "4.2 Boliger og fortetting", None, [
        "Kommunen skal legge til rette for i gjennomsnitt 70 nye boliger i året. Minst 80 "
        "prosent av de nye boligene skal bygges i sentrum og lokalsentrene, og det skal bygges "
        "flere leiligheter som passer for eldre og enslige. På øyene kan det bygges spredt, "
        "men nye boliger skal fortrinnsvis ligge nær øysentrene.",
    ]),
    ("sec", "4.3 Sjø, strandsone og havnivå", "Kote +3,0 for nye bygg", [
        "Ny bebyggelse skal ikke plasseres lavere enn kote +3,0 meter over NN2000. Kravet gjelder "
        "alle nye bygg unntatt naust, kaier og anlegg som må ligge ved sjøen. I 100-metersbeltet "
        "langs sjøen skal allmennhetens tilgang veie tungt, og det skal ikke tillates nye "
        "fritidsboliger i strandsonen. Sjønære arealer på Vikholmen skal forbeholdes maritim "
        "næring som trenger tilgang til sjøen.",
    ]),
    ("sec", "4.4 Næringsarealer, jord og natur", None, [
        "Det skal settes av om lag 120 dekar nytt næringsareal på Skarvmoen for industri og "
        "logistikk. Dyrka mark skal ikke omdisponeres til utbyggingsformål. Nedbørfeltet til "
        "Myrvatnet, som er kommunens drikkevannskilde, og kyststien på Kobbøya skal tas vare på.",
    ]),
    ("sec", "4.5 Transport og knutepunkt", None, [
        "Ferjekaia, hurtigbåtterminalen og bussterminalen skal samles i ett knutepunkt i sentrum "
        "med korte gangavstander og overdekket venteareal. Det skal være parkering for pendlere "
        "fra øyene nær ferjekaia. Gang- og sykkelveinettet mellom Nyhaugen, Vikamyra og sentrum "
        "skal bygges ut, slik at barn kan gå og sykle trygt til skolen.",
    ]),

    ("kap", "5", "Oppfølging",
     "Planen skal gi retning for kommunens prioriteringer. Den følges opp gjennom handlings- og "
     "økonomiplanen og rapporteres hvert år."),
    ("sec", "5.1 Slik følges planen opp", "Årlig rapport i årsmeldingen", [
        "Satsingsområdene skal konkretiseres i handlings- og økonomiplanen, som viser hvilke "
        "tiltak som prioriteres de neste fire årene. Hver sektor skal vise hvordan den følger "
        "opp delmålene. Kommunedirektøren rapporterer på indikatorene i årsmeldingen.",
        "Kommunestyret skal i hver valgperiode ta stilling til om samfunnsdelen skal revideres, "
        "når kommunal planstrategi vedtas.",
    ]),
    ("sec", "5.2 Temaplaner", None, [
        "Planen følges opp med blant annet en helse- og omsorgsplan, en plan for "
        "klimatilpasning, en boligsosial plan og en områderegulering for Lossekaia. Disse skal "
        "vise hvordan de bidrar til hovedmålene i samfunnsdelen.",
    ]),
    ("sec", "5.3 Samarbeid", "Fylket, helseforetaket og nabokommunene", [
        "Mange av målene kan ikke nås av kommunen alene. Myrvika skal samarbeide med Havbrett "
        "fylkeskommune om ferje, hurtigbåt og videregående opplæring, med Helse Ytre Kyst HF om "
        "sjukehuset og legevakten, og med nabokommunene Tindvær og Ålbotn om næringsarealer, "
        "beredskap og tjenester. Frivillige lag, næringslivet og innbyggerne er viktige "
        "partnere i gjennomføringen.",
    ]),
    ("table", "Tabell 2. Indikatorer for oppfølging", [
        ["Indikator", "Utgangspunkt", "Mål"],
        ["Innbyggere", "17 420 (2023)", "minst 18 000 (2035)"],
        ["Sysselsatte innvandrere 20–66 år", "64 % (2021)", "72 % (2035)"],
        ["Lærlinger i maritime fag", "38 (2022)", "60 (2030)"],
        ["Boliger på Lossekaia", "0 (2023)", "ca. 450 (2035)"],
        ["Tomme butikklokaler i Kaigata", "14 (2022)", "7 (2027)"],
        ["Andel over 80 år som bor hjemme", "87 % (2022)", "minst 90 %"],
        ["Klimagassutslipp, tonn CO2-ekv.", "112 000 (2009)", "50 400 (2030)"],
        ["Netto driftsresultat", "1,1 % (2022)", "minst 1,5 % hvert år"],
    ], [0.44, 0.26, 0.30]),
]

# ---------------------------------------------------------------------------------------------
# Kunnskapsgrunnlaget (DOCX). Kinds: h1, h2, p, ul (shared) and
#   ("table", caption, rows, source)   caption ABOVE, source line below
#   ("box", title, text)               shaded one-cell box
# ---------------------------------------------------------------------------------------------

KUNNSKAPSGRUNNLAG = [
    ("h1", "1 Om kunnskapsgrunnlaget"),
    ("p", "Kunnskapsgrunnlaget beskriver Myrvika kommunes situasjon og utviklingstrekk innen "
          "samfunnsutvikling, tjenesteyting, beredskap og økonomi. Det er utarbeidet som grunnlag "
          "for kommunal planstrategi 2024–2027 og for kommunestyrets drøfting av om "
          "kommuneplanens samfunnsdel 2023–2035 skal revideres. Dokumentet tar ikke stilling til "
          "hvilke veivalg kommunestyret bør gjøre."),
    ("p", "Tallene er hentet fra SSB, KOSTRA, kommunens egne fagsystemer, Helse Ytre Kyst HF og "
          "Havbrett fylkeskommune. Der ikke annet er oppgitt, gjelder tallene 1. januar 2024 "
          "eller regnskapsåret 2023. Ledergruppen har gått gjennom og kvalitetssikret dokumentet."),
    ("ul", [
        "Kapittel 2 og 3 beskriver samfunnsutviklingen: befolkning, næringsliv, pendling, sentrum "
        "og boliger.",
        "Kapittel 4 beskriver de kommunale tjenestene.",
        "Kapittel 5 beskriver kommuneøkonomien.",
        "Kapittel 6 og 7 beskriver klima, samfunnssikkerhet og beredskap.",
        "Kapittel 8 beskriver nasjonale og regionale føringer og status for gjeldende samfunnsdel.",
    ]),

    ("h1", "2 Befolkning"),
    ("h2", "2.1 Folketall og befolkningsendring"),
    ("p", "Myrvika hadde 17 385 innbyggere 1. januar 2024. Det er 35 færre enn året før og 225 "
          "færre enn toppåret 2016, da folketallet var 17 610. I 2023 døde det 57 flere enn det "
          "ble født, og 138 flere flyttet ut til andre kommuner enn det flyttet inn. Innvandringen "
          "ga et overskudd på 160 personer, men var ikke stor nok til å veie opp for de andre "
          "komponentene."),
    ("table", "Tabell 1. Befolkningsendring i Myrvika 2023", [
        ["Komponent", "Antall"],
        ["Levendefødte", "148"],
        ["Døde", "205"],
        ["Fødselsunderskudd", "-57"],
        ["Netto innenlandsk flytting", "-138"],
        ["Netto innvandring", "160"],
        ["Sum befolkningsendring", "-35"],
    ], "Kilde: SSB, statistikkbanken."),
    ("h2", "2.2 Aldersfordeling og framskriving"),
    ("p", "SSBs hovedalternativ viser at folketallet vil gå svakt ned, til 17 210 i 2035, 17 050 "
          "i 2040 og 16 640 i 2050. Endringene i alderssammensetningen er langt større enn "
          "endringen i folketallet. Antallet innbyggere som er 80 år og eldre, ventes å øke fra 1 "
          "120 i dag til 1 790 i 2035 og 2 350 i 2050, altså mer enn en dobling. Antallet i "
          "yrkesaktiv alder (20–66 år) ventes å gå ned med om lag 800 fram mot 2035."),
    ("table", "Tabell 2. Befolkning etter alder 2024 og framskrevet til 2035, 2040 og 2050", [
        ["Aldersgruppe", "2024", "2035", "2040", "2050"],
        ["0–5 år", "1 005", "930", "910", "880"],
        ["6–15 år", "1 890", "1 650", "1 600", "1 540"],
        ["16–19 år", "790", "720", "700", "680"],
        ["20–66 år", "10 020", "9 220", "8 890", "8 550"],
        ["67–79 år", "2 560", "2 900", "2 870", "2 640"],
        ["80 år og eldre", "1 120", "1 790", "2 080", "2 350"],
        ["Sum", "17 385", "17 210", "17 050", "16 640"],
    ], "Kilde: SSB, befolkningsframskrivinger 2024, hovedalternativet (MMMM)."),
    ("p", "I 2024 var det 8,9 innbyggere i alderen 20–66 år for hver innbygger over 80 år. Med "
          "framskrivingen faller forholdstallet til 5,2 i 2035 og 3,6 i 2050. Det betyr at færre "
          "skal bære tjenestene til flere."),
    ("h2", "2.3 Øybygdene"),
    ("p", "Om lag 1 640 innbyggere bor i øybygdene Kobbøya, Ytre Flesa og Sennholmen. Folketallet "
          "på øyene har gått ned med 11 prosent de siste ti årene, fra 1 845 i 2014. Befolkningen "
          "er eldre enn i resten av kommunen: 31 prosent av innbyggerne på øyene er 67 år eller "
          "eldre, mot 21 prosent i kommunen som helhet."),
    ("table", "Tabell 3. Innbyggere i øybygdene 1. januar 2024", [
        ["Øybygd", "Innbyggere", "Andel 67 år og eldre", "Forbindelse til byen"],
        ["Kobbøya", "980", "29 %", "Ferje, 25 minutter"],
        ["Ytre Flesa", "430", "34 %", "Hurtigbåt, 40 minutter"],
        ["Sennholmen", "230", "37 %", "Hurtigbåt, 55 minutter"],
        ["Sum øybygdene", "1 640", "31 %", ""],
    ], "Kilde: SSB, grunnkretsstatistikk, og kommunens beregninger."),
    ("h2", "2.4 Innvandrere"),
    ("p", "Ved inngangen til 2024 bodde det 2 240 innvandrere i Myrvika, som er 12,9 prosent av "
          "befolkningen. De største gruppene kommer fra Polen (610), Litauen (380), Romania (250), "
          "Filippinene (140) og Syria (120). Om lag halvparten kom til Myrvika for å arbeide, de "
          "fleste på verftet eller hos underleverandørene."),
    ("p", "Andelen sysselsatte blant innvandrere i alderen 20–66 år var 66 prosent i 2023, mot 78 "
          "prosent i resten av befolkningen i samme alder. Andelen er lavest blant kvinner som har "
          "kommet som familiegjenforente. I 2023 deltok 310 personer i opplæring i norsk og "
          "samfunnskunnskap."),
    ("box", "Faktaboks: befolkning",
     "Folketallet går svakt ned, og hele veksten de siste ti årene har kommet fra innvandring. "
     "Det blir langt flere eldre og færre i yrkesaktiv alder. Aldringen er kommet lengst på "
     "øyene."),

    ("h1", "3 Næringsliv, arbeid og pendling"),
    ("h2", "3.1 Arbeidsplasser"),
    ("p", "Det var 8 650 arbeidsplasser i Myrvika i 2023. Helse og omsorg er den største "
          "sektoren, fulgt av maritim industri. Vikholmen Verft AS har 620 faste ansatte og leier "
          "i tillegg inn om lag 280 personer, de fleste fra andre EU-land. Verftet har "
          "kontrakter på seks fartøy med levering fram til 2027. Myrvika sjukehus har 540 ansatte."),
    ("table", "Tabell 4. Arbeidsplasser i Myrvika etter næring, 2023", [
        ["Næring", "Arbeidsplasser"],
        ["Helse og omsorg (medregnet sjukehuset)", "1 760"],
        ["Maritim industri og leverandører", "1 420"],
        ["Undervisning", "820"],
        ["Varehandel", "760"],
        ["Bygg og anlegg", "690"],
        ["Transport, ferje, hurtigbåt og havn", "610"],
        ["Fiske, havbruk og jordbruk", "570"],
        ["Offentlig administrasjon", "540"],
        ["Annen tjenesteyting", "1 480"],
        ["Sum", "8 650"],
    ], "Kilde: SSB, registerbasert sysselsettingsstatistikk."),
    ("p", "Fiske og havbruk gir om lag 400 arbeidsplasser, de fleste på øyene. Det er to "
          "oppdrettsanlegg for laks i sjøområdene ved Sennholmen og et fiskemottak på Kobbøya. "
          "Antallet registrerte fiskefartøy har gått ned fra 41 i 2014 til 29 i 2024."),
    ("p", "Den registrerte ledigheten var 2,1 prosent i august 2024. Verftet og "
          "leverandørindustrien melder at de har vanskelig for å rekruttere sveisere, "
          "platearbeidere, elektrikere og ingeniører. I skoleåret 2024/25 har bedriftene i "
          "maritim industri 44 lærlinger, mot 38 i 2022."),
    ("h2", "3.2 Pendling og samferdsel"),
    ("p", "Hver dag pendler 1 350 personer inn til Myrvika, de fleste fra nabokommunene Tindvær "
          "og Ålbotn. 980 innbyggere pendler ut, og av dem arbeider 310 i Storhamn. Hurtigbåten "
          "til Storhamn bruker 1 time og 25 minutter og har seks avganger hver vei på hverdager."),
    ("p", "Kobbøysambandet er ferjesambandet mellom Myrvika og Kobbøya. Det har 16 avganger "
          "hver vei på hverdager, og siste ferje fra Myrvika går klokka 21.30. Ytre Flesa og "
          "Sennholmen har fem daglige hurtigbåtavganger med Ytreruta. Begge sambandene drives av "
          "Havbrett fylkeskommune."),
    ("h2", "3.3 Sentrum og handel"),
    ("p", "Antallet butikker i sentrum har gått ned fra 58 i 2014 til 39 i 2024. Høsten 2024 sto "
          "12 forretningslokaler i Kaigata tomme, mot 14 i 2022. Handelsparken på Lyngmoen åpnet i "
          "2016, og andelen av detaljhandelen i kommunen som skjer utenfor sentrum, har økt fra 21 "
          "prosent i 2014 til 46 prosent i 2023."),
    ("h2", "3.4 Lossekaia og havna"),
    ("p", "Godshavna ble flyttet fra Lossekaia til den nye kaia på Vikholmen i 2022. "
          "Lossekaia-området er på om lag 62 dekar, og 70 prosent av arealet eies av Myrvika Havn "
          "KF. Arbeidet med områderegulering startet i 2024, og planen ventes vedtatt i 2026. "
          "Flere av de gamle lagerbygningene er vernet i kommunens kulturminneplan."),
    ("h2", "3.5 Boliger"),
    ("p", "Det ble fullført i gjennomsnitt 48 nye boliger i året i perioden 2019–2023, mot "
          "målet på 70 i samfunnsdelen. 64 prosent av boligene er eneboliger, og bare 14 prosent "
          "er leiligheter i blokk. Det er få utleieboliger som passer for familier, og verftet "
          "leier i perioder hotellrom og brakker til innleide arbeidere. Kommunen eier 210 "
          "kommunale utleieboliger."),
    ("box", "Hva betyr dette? Næring og arbeid",
     "Arbeidsmarkedet er stramt, og næringslivet er avhengig av arbeidskraft fra andre land. "
     "Sentrum har mistet en tredjedel av butikkene på ti år, mens Lossekaia gir et stort "
     "areal for ny utvikling midt i byen."),

    ("h1", "4 Kommunale tjenester"),
    ("h2", "4.1 Barnehage"),
    ("p", "Kommunen har ni barnehager, fem kommunale og fire private, med til sammen 782 barn. "
          "Dekningsgraden for barn i alderen 1–5 år er 93 prosent, og alle som søkte innen "
          "fristen, fikk plass ved hovedopptaket i 2024. Antallet barn i alderen 0–5 år ventes å "
          "gå ned fra 1 005 til 930 fram mot 2035."),
    ("h2", "4.2 Grunnskole"),
    ("p", "Det er seks kommunale grunnskoler med til sammen 1 735 elever skoleåret 2024/25. "
          "Nyhaugen skole ble tatt i bruk i august 2023 og erstattet to eldre barneskoler. I "
          "tillegg går en del elever ved den private Måkeberget montessoriskole. "
          "Grunnskolepoengene var 40,6 i 2024, mot 41,2 i fylket."),
    ("table", "Tabell 5. Kommunale grunnskoler, skoleåret 2024/25", [
        ["Skole", "Trinn", "Elever"],
        ["Nyhaugen skole", "1–7", "455"],
        ["Vikamyra skole", "1–7", "338"],
        ["Strandbakken skole", "1–7", "292"],
        ["Kobbøya oppvekstsenter", "1–10", "41"],
        ["Ytre Flesa skole", "1–7", "19"],
        ["Myrvika ungdomsskole", "8–10", "590"],
        ["Sum", "", "1 735"],
    ], "Kilde: Grunnskolens informasjonssystem (GSI)."),
    ("p", "Kobbøya oppvekstsenter har barnehage og skole i samme bygg. Elevtallet på Ytre Flesa "
          "skole har gått ned fra 31 til 19 på ti år."),
    ("p", "Elevene fra Sennholmen går på Ytre Flesa skole og reiser med hurtigbåt. Ungdomsskoleelever "
          "fra Ytre Flesa og Sennholmen går på Myrvika ungdomsskole. Fram mot 2035 ventes "
          "antallet barn i grunnskolealder å gå ned med om lag 13 prosent."),
    ("h2", "4.3 Helse og omsorg"),
    ("p", "Kommunen har 82 sykehjemsplasser: 64 på Havgløtt sykehjem i sentrum og 18 på Kobbøy "
          "omsorgssenter. I tillegg er det 46 omsorgsboliger med heldøgns bemanning. 610 personer "
          "mottok hjemmetjenester i 2023. Sykehjemsplassene tilsvarer 7,3 prosent av innbyggerne "
          "over 80 år, og 88 prosent av innbyggerne over 80 år bor hjemme."),
    ("table", "Tabell 6. Tilbud i helse og omsorg, 2023", [
        ["Tilbud", "Antall"],
        ["Sykehjemsplasser, Havgløtt sykehjem", "64"],
        ["Sykehjemsplasser, Kobbøy omsorgssenter", "18"],
        ["Omsorgsboliger med heldøgns bemanning", "46"],
        ["Mottakere av hjemmetjenester", "610"],
        ["Årsverk i helse og omsorg", "520"],
    ], "Kilde: KOSTRA og kommunens fagsystem."),
    ("p", "Hvis dagens dekningsgrad videreføres, trenger helse og omsorg om lag 110 flere årsverk "
          "i 2035 enn i dag. Høsten 2024 var 14 sykepleierstillinger ubesatt, og 31 prosent av "
          "sykepleierne er over 55 år. Kommunen brukte 19 millioner kroner på innleie fra "
          "vikarbyrå i 2023, mest til sykepleiere i helgene og til Kobbøy omsorgssenter."),
    ("p", "Sykefraværet i helse og omsorg var 10,4 prosent i 2023, mot 8,1 prosent for kommunen "
          "samlet."),
    ("p", "Kommunen har 16 fastlegehjemler. Den interkommunale legevakten for Myrvika, Tindvær og "
          "Ålbotn ligger i Myrvika sjukehus."),
    ("h2", "4.4 Folkehelse, kultur og frivillighet"),
    ("p", "Folkehelseprofilen for 2024 viser at Myrvika ligger nær landsgjennomsnittet på de "
          "fleste indikatorer. 9 prosent av innbyggerne bor i husholdninger med vedvarende "
          "lavinntekt. Ungdataundersøkelsen fra 2023 viser at 68 prosent av "
          "ungdomsskoleelevene er fornøyd med lokalmiljøet, mens 19 prosent sier at de ofte "
          "føler seg ensomme."),
    ("p", "Svømmehallen Myrvika bad hadde 96 000 besøk i 2023, og alle elever på 1.–4. trinn "
          "får svømmeopplæring der. Det er 140 registrerte lag og foreninger i kommunen, 38 av "
          "dem på øyene. Grendehusene på Kobbøya, Ytre Flesa og Sennholmen drives av frivillige."),
    ("box", "Hva betyr dette? Tjenestene",
     "Det blir færre barn og elever og langt flere eldre. Rekrutteringen av sykepleiere er den "
     "største utfordringen i tjenestene, og den er størst på øyene."),

    ("h1", "5 Kommuneøkonomi"),
    ("h2", "5.1 Resultat, fond og gjeld"),
    ("p", "Kommunens brutto driftsinntekter var 1 380 millioner kroner i 2023. Netto "
          "driftsresultat har falt tre år på rad og var 0,3 prosent av driftsinntektene i 2023. "
          "Disposisjonsfondet er redusert fra 96 millioner kroner ved utgangen av 2021 til 58 "
          "millioner kroner ved utgangen av 2023."),
    ("table", "Tabell 7. Nøkkeltall for økonomien 2021–2023", [
        ["Nøkkeltall", "2021", "2022", "2023"],
        ["Brutto driftsinntekter (mill. kr)", "1 265", "1 330", "1 380"],
        ["Netto driftsresultat (prosent)", "2,6", "1,1", "0,3"],
        ["Disposisjonsfond (mill. kr)", "96", "81", "58"],
        ["Disposisjonsfond (prosent av inntektene)", "7,6", "6,1", "4,2"],
        ["Netto lånegjeld (mill. kr)", "1 240", "1 610", "1 820"],
        ["Netto lånegjeld (prosent av inntektene)", "98", "121", "132"],
    ], "Kilde: Kommunens regnskap og KOSTRA."),
    ("h2", "5.2 Investeringer og renter"),
    ("p", "Den store økningen i lånegjelden skyldes i hovedsak to investeringer. Svømmehallen "
          "Myrvika bad åpnet i oktober 2022 og kostet 265 millioner kroner. Nyhaugen skole ble tatt i "
          "bruk i august 2023 og kostet 410 millioner kroner. Renter og avdrag er budsjettert til "
          "118 millioner kroner i 2024, mot 71 millioner kroner i 2021. En renteøkning på ett "
          "prosentpoeng gir om lag 11 millioner kroner i økte renteutgifter per år."),
    ("p", "Kommunen har eiendomsskatt på alle faste eiendommer. Eiendomsskatten ga 46 millioner "
          "kroner i inntekter i 2023."),
    ("h2", "5.3 Handlingsrommet framover"),
    ("p", "Økonomiplanen for 2025–2028 forutsetter innsparinger på 35 millioner kroner, blant "
          "annet gjennom færre stillinger i administrasjonen og mindre innleie. Med dagens "
          "tjenestenivå vil utgiftene til pleie og omsorg øke med om lag 40 millioner kroner fram "
          "mot 2035, mens utgiftene til grunnskole kan gå noe ned når elevtallet faller. "
          "Flomsikringen av kaifronten er ikke lagt inn i økonomiplanen."),
    ("box", "Faktaboks: handlingsregelen",
     "Kommunestyret vedtok i desember 2020 tre handlingsregler for økonomien: netto "
     "driftsresultat skal over tid være minst 1,5 prosent av brutto driftsinntekter, "
     "disposisjonsfondet skal være minst 8 prosent av driftsinntektene, og netto lånegjeld skal "
     "ikke overstige 110 prosent av driftsinntektene. I 2023 ble ingen av de tre reglene "
     "oppfylt."),

    ("h1", "6 Klima og miljø"),
    ("h2", "6.1 Klimagassutslipp"),
    ("p", "De direkte klimagassutslippene i Myrvika var 96 000 tonn CO2-ekvivalenter i 2022. Det "
          "er 14 prosent lavere enn i 2009, da utslippene var 112 000 tonn. Skal målet i "
          "samfunnsdelen nås, må utslippene ned til 50 400 tonn i 2030. Sjøfarten står for den "
          "største delen. Landstrøm på ferjekaia fra 2025 ventes å redusere utslippene med om lag "
          "2 100 tonn i året."),
    ("table", "Tabell 8. Klimagassutslipp etter kilde, 2022", [
        ["Kilde", "Tonn CO2-ekv.", "Andel"],
        ["Sjøfart", "39 400", "41 %"],
        ["Industri", "17 300", "18 %"],
        ["Veitrafikk", "16 300", "17 %"],
        ["Jordbruk", "7 700", "8 %"],
        ["Oppvarming", "5 800", "6 %"],
        ["Annet", "9 500", "10 %"],
        ["Sum", "96 000", "100 %"],
    ], "Kilde: Miljødirektoratet, kommunefordelt utslippsregnskap."),
    ("h2", "6.2 Havnivå og stormflo"),
    ("p", "Havnivået i Myrvika ventes å stige med 58 centimeter fram mot 2100 i et scenario med "
          "høye utslipp. En stormflo som statistisk inntreffer én gang på 200 år, når i dag 2,15 "
          "meter over NN2000. Med klimapåslag ventes 200-årsstormfloa å nå 2,85 meter i 2100."),
    ("p", "Stormfloa i januar 2022 nådde 1,98 meter. Kaigata og deler av Lossekaia sto under "
          "vann, ferjekaia var stengt i 22 timer, og skadene ble beregnet til 38 millioner kroner. "
          "Det står i dag 410 bygg lavere enn kote +3,0, av dem 160 boliger, de fleste i sentrum "
          "og på Lossekaia."),
    ("h2", "6.3 Nedbør og skred"),
    ("p", "Kraftig nedbør ventes å bli kraftigere og komme oftere. Overvannsnettet i sentrum er "
          "gammelt og har ikke kapasitet til de største regnskyllene. Fylkesveien over Skarvheia, "
          "som er eneste veiforbindelse til Tindvær, var stengt på grunn av steinsprang fire "
          "ganger i 2023."),
    ("h2", "6.4 Natur, jord og friluftsliv"),
    ("p", "Kommunen har 14 kilometer tilrettelagt kyststi, det meste på Kobbøya. Det er kartlagt "
          "23 svært viktige naturtyper, blant annet ålegrasenger og kystlynghei. Det er om lag 3 "
          "100 dekar dyrka mark i kommunen, og det meste ligger på Kobbøya og Ytre Flesa. I "
          "perioden 2014–2023 ble 18 dekar dyrka mark omdisponert til andre formål."),

    ("h1", "7 Samfunnssikkerhet og beredskap"),
    ("p", "Den helhetlige risiko- og sårbarhetsanalysen (ROS) ble revidert i 2023. Tabellen viser "
          "de åtte hendelsene som ble vurdert som viktigst."),
    ("table", "Tabell 9. Utvalgte hendelser i helhetlig ROS-analyse 2023", [
        ["Hendelse", "Sannsynlighet", "Konsekvens"],
        ["Stormflo i sentrum og på kaiene", "Høy", "Høy"],
        ["Langvarig bortfall av ferje til Kobbøya", "Middels", "Høy"],
        ["Strømbrudd over 48 timer", "Middels", "Høy"],
        ["Brann eller eksplosjon ved verftet", "Lav", "Svært høy"],
        ["Dataangrep mot kommunen", "Middels", "Høy"],
        ["Forurensning av drikkevannet", "Lav", "Høy"],
        ["Steinsprang på fylkesveien over Skarvheia", "Høy", "Middels"],
        ["Pandemi", "Lav", "Høy"],
    ], "Kilde: Helhetlig ROS-analyse for Myrvika kommune 2023."),
    ("p", "Det finnes ingen fast reserveløsning når ferja til Kobbøya ikke går. I 2023 var "
          "sambandet innstilt i til sammen 11 døgn på grunn av uvær og tekniske feil."),
    ("ul", [
        "Myrvatnet vannverk forsyner 14 900 innbyggere og har ingen reservevannkilde. En "
        "løsning for reservevann er planlagt ferdig i 2027.",
        "Havgløtt sykehjem har fast nødstrøm. Kobbøy omsorgssenter har ikke fast nødstrøm og er "
        "avhengig av et mobilt aggregat som må fraktes med ferje.",
        "Et beredskapslager ble etablert i grendehuset på Kobbøya i 2024. Ytre Flesa og "
        "Sennholmen har ikke beredskapslager.",
        "Den overordnede beredskapsplanen ble revidert i 2024. Kriseledelsen øver to ganger i "
        "året, og i 2023 ble det holdt en stor øvelse sammen med verftet.",
    ]),
    ("box", "Hva betyr dette? Beredskap",
     "De største risikoene er knyttet til sjøen: stormflo i sentrum og at øyene blir isolert når "
     "ferja ikke går. Vannforsyningen er sårbar fordi det ikke finnes reservevann."),

    ("h1", "8 Nasjonale og regionale føringer"),
    ("h2", "8.1 Nasjonale forventninger"),
    ("p", "Regjeringens nasjonale forventninger til regional og kommunal planlegging 2023–2027 "
          "legger vekt på utslippskutt og klimatilpasning, samordnet bolig-, areal- og "
          "transportplanlegging, sosial bærekraft og samarbeid over kommunegrensene. Statlige "
          "planretningslinjer for klima- og energiplanlegging og klimatilpasning krever at "
          "kommunen tar hensyn til havnivåstigning og stormflo i arealplanleggingen. Langs sjøen "
          "gjelder byggeforbudet i 100-metersbeltet etter plan- og bygningsloven § 1-8."),
    ("h2", "8.2 Regionale planer"),
    ("ul", [
        "Regional plan for kyst og sjø i Havbrett 2022–2034 legger vekt på maritim næring, "
        "havbruk og sameksistens i sjøarealene.",
        "Regional plan for senterstruktur og handel i Havbrett (2021) sier at nye kjøpesentre "
        "over 3 000 kvadratmeter bruksareal bare skal tillates i sentrum av regionsentrene.",
        "Havbrett fylkeskommune har varslet at ruteplanen for Kobbøysambandet skal gjennomgås i "
        "2025.",
    ]),
    ("p", "Statsforvalteren har i sitt innspill til planstrategien bedt kommunen om å utrede "
          "sikring av sentrum mot stormflo og om å vurdere arealreserver som ligger lavere enn "
          "sikker kotehøyde."),
    ("h2", "8.3 Status for gjeldende samfunnsdel"),
    ("p", "Samfunnsdelen 2023–2035 har vært i bruk i litt over ett år. Tabell 10 viser hvordan "
          "noen av indikatorene i planen har utviklet seg siden den ble vedtatt."),
    ("table", "Tabell 10. Status for utvalgte indikatorer i samfunnsdelen", [
        ["Indikator", "Utgangspunkt i planen", "Siste tall", "Mål i planen"],
        ["Innbyggere", "17 420 (2023)", "17 385 (2024)", "minst 18 000 (2035)"],
        ["Sysselsatte innvandrere 20–66 år", "64 % (2021)", "66 % (2023)", "72 %"],
        ["Lærlinger i maritime fag", "38 (2022)", "44 (2024)", "60 (2030)"],
        ["Tomme butikklokaler i Kaigata", "14 (2022)", "12 (2024)", "7 (2027)"],
        ["Andel over 80 år som bor hjemme", "87 % (2022)", "88 % (2023)", "minst 90 %"],
        ["Netto driftsresultat", "1,1 % (2022)", "0,3 % (2023)", "minst 1,5 %"],
    ], "Kilde: Kommunens årsmelding 2023 og tabellene i dette dokumentet."),

    ("h1", "9 Oppsummering"),
    ("p", "Kunnskapsgrunnlaget peker på disse hovedtrekkene, ordnet etter de fire temaene som "
          "kunnskapsgrunnlaget skal dekke:"),
    ("ul", [
        "Samfunnsutvikling: Folketallet går svakt ned, og antallet over 80 år vil mer enn "
        "dobles til 2050. Næringslivet har stort behov for arbeidskraft, og sentrum taper handel.",
        "Tjenesteyting: Færre barn og elever, flere eldre og mangel på sykepleiere, særlig på "
        "øyene.",
        "Beredskap: Stormflo, isolerte øybygder og manglende reservevann er de største "
        "sårbarhetene.",
        "Økonomi: Netto driftsresultat, disposisjonsfond og lånegjeld er utenfor "
        "handlingsreglene, og handlingsrommet er lite.",
    ]),
    ("p", "Mange av utviklingstrekkene henger sammen: mangelen på arbeidskraft, aldringen og den "
          "stramme økonomien påvirker hverandre, og de merkes mest på øyene. Det er "
          "kommunestyret som må vurdere om utviklingen gir grunn til å endre visjonen, "
          "hovedmålene eller satsingsområdene i samfunnsdelen."),
]


def nb(text: str) -> str:
    """No line break inside a number («17 420») or before «%»."""
    text = re.sub(r"(\d) (\d{3})\b", "\\1\xa0\\2", text)
    return text.replace(" %", "\xa0%")


# =====================================================================================
# PDF
# =====================================================================================


def render_pdf(path: Path) -> int:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Frame, KeepTogether,
                                    NextPageTemplate, PageBreak, PageTemplate, Paragraph, Spacer)

    shared.deterministic_pdf()

    W, H = A4
    lm, rm = 16 * mm, 24 * mm
    tm, bm = 16 * mm, 22 * mm
    width = W - lm - rm
    rail = 44 * mm
    main = width - rail

    navy = colors.HexColor("#183A52")
    teal = colors.HexColor("#2A7F86")
    foam = colors.HexColor("#E7F1F2")
    rust = colors.HexColor("#B5532A")
    grey = colors.HexColor("#5A6670")

    body = ParagraphStyle("mv-body", fontName="Helvetica", fontSize=9.8, leading=13.6,
                          alignment=TA_JUSTIFY, spaceAfter=0)
    side_h = ParagraphStyle("mv-side-h", fontName="Helvetica-Bold", fontSize=10.5, leading=13,
                            textColor=navy)
    side_n = ParagraphStyle("mv-side-n", fontName="Helvetica-Oblique", fontSize=8.2, leading=10.5,
                            textColor=teal, spaceBefore=4)
    item = ParagraphStyle("mv-item", parent=body, leftIndent=11, bulletIndent=0, spaceBefore=2)
    intro = ParagraphStyle("mv-intro", parent=body, fontName="Helvetica-Bold")
    kap_n = ParagraphStyle("mv-kap-n", fontName="Helvetica-Bold", fontSize=44, leading=46,
                           textColor=colors.white)
    kap_t = ParagraphStyle("mv-kap-t", fontName="Helvetica-Bold", fontSize=21, leading=25,
                           textColor=colors.white)
    kap_l = ParagraphStyle("mv-kap-l", fontName="Helvetica", fontSize=10.5, leading=14,
                           textColor=colors.HexColor("#D9E8EC"))
    vis = ParagraphStyle("mv-vis", fontName="Helvetica-BoldOblique", fontSize=17, leading=22,
                         textColor=navy, alignment=TA_LEFT)
    mx_t = ParagraphStyle("mv-mx-t", fontName="Helvetica-Bold", fontSize=10, leading=13,
                          textColor=rust, spaceAfter=3)
    mx_h = ParagraphStyle("mv-mx-h", fontName="Helvetica-Bold", fontSize=8.4, leading=10.5,
                          textColor=colors.white)
    mx_c = ParagraphStyle("mv-mx-c", fontName="Helvetica", fontSize=8.6, leading=11)
    cell = ParagraphStyle("mv-cell", fontName="Helvetica", fontSize=8.8, leading=11.2)
    cell_h = ParagraphStyle("mv-cell-h", parent=cell, fontName="Helvetica-Bold", textColor=navy)
    cap = ParagraphStyle("mv-cap", fontName="Helvetica-Bold", fontSize=8.6, leading=11,
                         textColor=rust)

    state = {"chapter": ""}

    class Doc(BaseDocTemplate):
        def afterFlowable(self, flowable):
            ch = getattr(flowable, "chapter", None)
            if ch:
                state["chapter"] = ch

    doc = Doc(str(path), pagesize=A4, leftMargin=lm, rightMargin=rm, topMargin=tm,
              bottomMargin=bm, title=f"{PDF_TITLE} – Myrvika kommune (fiktiv)",
              author="Myrvika kommune (fiktiv)", subject="Eksempeldata, fiktiv kommune")

    def page_end(canv, d):
        canv.saveState()
        # chapter tab on the right edge, rotated
        if state["chapter"]:
            canv.setFillColor(teal)
            canv.rect(W - 11 * mm, H * 0.52, 11 * mm, 62 * mm, stroke=0, fill=1)
            canv.translate(W - 4 * mm, H * 0.52 + 4 * mm)
            canv.rotate(90)
            canv.setFillColor(colors.white)
            canv.setFont("Helvetica-Bold", 8)
            canv.drawString(0, 0, state["chapter"].upper())
        canv.restoreState()
        canv.saveState()
        canv.setStrokeColor(teal)
        canv.setLineWidth(0.6)
        canv.line(lm, 14 * mm, W - rm, 14 * mm)
        canv.setFont("Helvetica", 7.6)
        canv.setFillColor(grey)
        label = f"Myrvika kommune  |  {PDF_TITLE}"
        if d.page % 2:
            canv.drawString(lm, 9 * mm, label)
            canv.setFont("Helvetica-Bold", 10)
            canv.setFillColor(navy)
            canv.drawRightString(W - rm, 9 * mm, str(d.page))
        else:
            canv.setFont("Helvetica-Bold", 10)
            canv.setFillColor(navy)
            canv.drawString(lm, 9 * mm, str(d.page))
            canv.setFont("Helvetica", 7.6)
            canv.setFillColor(grey)
            canv.drawRightString(W - rm, 9 * mm, label)
        canv.restoreState()

    def cover(canv, d):
        canv.saveState()
        canv.setFillColor(navy)
        canv.rect(0, H * 0.42, W, H * 0.58, stroke=0, fill=1)
        canv.setFillColor(teal)
        for i in range(5):
            canv.rect(0, H * 0.42 - (i + 1) * 5 * mm, W * (0.9 - i * 0.15), 3 * mm, stroke=0,
                      fill=1)
        canv.restoreState()

    frame = Frame(lm, bm, width, H - tm - bm, id="body", leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)
    cover_frame = Frame(lm, 20 * mm, width, H - 40 * mm, id="cover", leftPadding=0,
                        rightPadding=0)
    doc.addPageTemplates([
        PageTemplate("cover", [cover_frame], onPage=cover),
        PageTemplate("body", [frame], onPageEnd=page_end),
    ])

    story = shared.spaced(
        22 * mm,
        Paragraph("MYRVIKA KOMMUNE", ParagraphStyle("c-k", fontName="Helvetica-Bold",
                                                    fontSize=12, leading=15,
                                                    textColor=colors.HexColor("#9CCBD0"))),
        6 * mm,
        Paragraph("Kommuneplanens samfunnsdel<br/>2023–2035",
                  ParagraphStyle("c-t", fontName="Helvetica-Bold", fontSize=32, leading=38,
                                 textColor=colors.white)),
        8 * mm,
        Paragraph("Kystbyen som bygger for framtida",
                  ParagraphStyle("c-s", fontName="Helvetica-Oblique", fontSize=15, leading=19,
                                 textColor=colors.HexColor("#D9E8EC"))),
        100 * mm,
        Paragraph(f"{ADOPTED}.", ParagraphStyle("c-a", fontName="Helvetica", fontSize=10.5,
                                                  leading=14, textColor=grey)),
        8 * mm,
    )
    story.append(shared.styled_table(
        [[Paragraph(NOTICE_TITLE, ParagraphStyle("nt", fontName="Helvetica-Bold", fontSize=10.5,
                                                 leading=13, textColor=rust))],
         [Paragraph(NOTICE, ParagraphStyle("nb", fontName="Helvetica", fontSize=9,
                                           leading=12))]],
        [width * 0.75],
        [("BOX", (0, 0), (-1, -1), 1, rust), *shared.padding(left=8, right=8, top=5, bottom=6)],
        hAlign="LEFT"))
    story += [NextPageTemplate("body")]

    def rail_row(left, right_flowables):
        """One row of the side-rail grid."""
        return shared.styled_table(
            [[left, right_flowables]], [rail, main],
            [("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("LINEABOVE", (0, 0), (0, 0), 1.2 if left else 0, teal if left else colors.white),
             *shared.padding(left=0, right=0, top=4, bottom=6),
             ("RIGHTPADDING", (0, 0), (0, 0), 8)],
            hAlign="LEFT")

    def rail_cell(heading, note=None):
        parts = []
        if heading:
            parts.append(Paragraph(heading, side_h))
        if note:
            parts.append(Paragraph(nb(note), side_n))
        return parts or ""

    for el in SAMFUNNSDEL:
        kind = el[0]
        if kind == "kap":
            _, number, title, lead = el
            band = shared.styled_table(
                [[Paragraph(number, kap_n), [Paragraph(title, kap_t), Spacer(1, 2 * mm),
                                             Paragraph(lead, kap_l)]]],
                [rail, main],
                [("BACKGROUND", (0, 0), (-1, -1), navy), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                 *shared.padding(left=10, right=12, top=10, bottom=14)],
                hAlign="LEFT")
            band.chapter = f"Kapittel {number}  {title}"
            story += [PageBreak(), band, Spacer(1, 7 * mm)]
        elif kind == "sec":
            _, heading, note, paras = el
            story.append(CondPageBreak(30 * mm))
            for i, text in enumerate(paras):
                left = rail_cell(heading, note) if i == 0 else ""
                story.append(rail_row(left, [Paragraph(nb(text), body)]))
        elif kind == "bullets":
            _, heading, intro_text, items = el
            flow = [Paragraph(nb(intro_text), intro)]
            flow += [Paragraph(nb(t), item, bulletText="–") for t in items]
            story.append(rail_row(rail_cell(heading), flow))
        elif kind == "vision":
            _, text, expl = el
            story.append(shared.styled_table(
                [[Paragraph("VISJON", ParagraphStyle("v-k", fontName="Helvetica-Bold",
                                                     fontSize=9, leading=12, textColor=rust)),
                  Paragraph(text, vis)]],
                [rail, main],
                [("BACKGROUND", (0, 0), (-1, -1), foam), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                 ("LINEBEFORE", (0, 0), (0, 0), 5, rust),
                 *shared.padding(left=10, right=10, top=16, bottom=18)],
                hAlign="LEFT"))
            story.append(Spacer(1, 3 * mm))
            story.append(rail_row(rail_cell("Om visjonen"), [Paragraph(nb(expl), body)]))
        elif kind == "goals":
            story.append(Spacer(1, 2 * mm))
            for lab, title, text in el[1]:
                story.append(rail_row(rail_cell(lab),
                                      [Paragraph(f"<b>{title}</b> {nb(text)}", body)]))
        elif kind == "matrix":
            _, title, rows = el
            head = [Paragraph(t, mx_h) for t in ("Dette vil vi oppnå (delmål)",
                                                  "Slik gjør vi det (strategier)",
                                                  "Slik måler vi")]
            data = [head] + [[Paragraph(nb(a), mx_c), Paragraph(nb(b), mx_c),
                              Paragraph(nb(c), mx_c)] for a, b, c in rows]
            t = shared.styled_table(
                data, [width * 0.34, width * 0.44, width * 0.22],
                [("BACKGROUND", (0, 0), (-1, 0), teal), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                 ("BACKGROUND", (0, 1), (-1, -1), foam),
                 ("LINEBELOW", (0, 1), (-1, -2), 0.6, colors.white),
                 ("LINEAFTER", (0, 0), (-2, -1), 0.6, colors.white),
                 *shared.padding(left=5, right=5, top=4, bottom=5)],
                repeatRows=1, hAlign="LEFT")
            story.append(KeepTogether([Spacer(1, 2 * mm), Paragraph(title, mx_t), t,
                                       Spacer(1, 6 * mm)]))
        elif kind == "table":
            _, caption, rows, widths = el
            t = shared.data_table([[nb(c) for c in r] for r in rows], [main * w for w in widths],
                                  cell_h, cell,
                                  [("LINEABOVE", (0, 0), (-1, 0), 1, navy),
                                   ("LINEBELOW", (0, 0), (-1, 0), 0.6, navy),
                                   ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.HexColor("#C6D3D8")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   *shared.padding(left=3, right=3, top=2.5, bottom=2.5)])
            story.append(KeepTogether([rail_row([Paragraph(caption, cap)], [t])]))
        else:
            raise ValueError(kind)
    doc.build(story)
    return shared.pdf_page_count(path)


# =====================================================================================
# DOCX
# =====================================================================================


def render_docx(path: Path) -> None:
    from docx.enum.table import WD_TABLE_ALIGNMENT

    doc = shared.new_docx("Kunnskapsgrunnlag 2024 – Myrvika kommune (fiktiv)",
                          "Myrvika kommune (fiktiv)", "Eksempeldata, fiktiv kommune", "2024-10-02")
    shared.add_run_paragraph(doc, "MYRVIKA KOMMUNE", bold=True, size=10, color="2A7F86")
    doc.add_heading("Kunnskapsgrunnlag 2024", level=0)
    shared.add_run_paragraph(doc, "Kommunens situasjon og utviklingstrekk – grunnlag for "
                                  "kommunal planstrategi 2024–2027", bold=True, size=12.5,
                             color="183A52")
    p = doc.add_paragraph()
    shared.add_run(p, NOTICE_TITLE + ". ", bold=True, color="B5532A")
    shared.add_run(p, NOTICE, italic=True, color="5A6670")
    shared.add_run_paragraph(doc, "Utarbeidet av kommunedirektøren, datert 2. oktober 2024. "
                                  "Grunnlag for kommunestyrets politiske verksted 7. november "
                                  "2024.", size=10, color="5A6670")

    shade = shared.shade_cell

    def table(d, caption: str, rows: list[list[str]], source: str) -> None:
        shared.add_run_paragraph(d, caption, bold=True, size=9.5, color="183A52")
        t = d.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Light Grid Accent 5"
        t.alignment = WD_TABLE_ALIGNMENT.LEFT
        for i, row in enumerate(rows):
            for j, value in enumerate(row):
                c = t.cell(i, j)
                c.text = value
                if i == len(rows) - 1 and row[0].startswith("Sum"):
                    for run in c.paragraphs[0].runs:
                        run.bold = True
        shared.add_run_paragraph(d, source, italic=True, size=8.5, color="5A6670")

    def box(d, title: str, text: str) -> None:
        t = d.add_table(rows=1, cols=1)
        t.style = "Table Grid"
        c = t.cell(0, 0)
        shade(c, "E7F1F2")
        c.paragraphs[0].text = ""
        shared.add_run(c.paragraphs[0], title, bold=True, color="B5532A")
        para = c.add_paragraph()
        shared.add_run(para, text)
        d.add_paragraph()

    shared.add_docx_elements(doc, KUNNSKAPSGRUNNLAG, {"table": table, "box": box})
    shared.save_docx(doc, path, fixed_day="2024-10-02")


def main() -> None:
    pages = render_pdf(PDF_PATH)
    render_docx(DOCX_PATH)
    shared.finish_fictional("Myrvika", pages,
                            (PDF_PATH, PDF_TITLE, "2023-06-15", SAMFUNNSDEL),
                            (DOCX_PATH, "Kunnskapsgrunnlag 2024", "2024-10-02", KUNNSKAPSGRUNNLAG))


if __name__ == "__main__":
    main()
