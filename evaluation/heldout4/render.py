"""Render the fourth held-out example municipality «Kvernvang kommune» (fictional, suburban).

Writes, next to this file:
  kvernvang-samfunnsdel.pdf (+ .meta.json)        – reportlab platypus: a cover page, a
      two-column introduction, numbered headings «1.» / «1.1», a vision box, square-bullet
      lists, tables, a running header on every page after the cover and «– N –» page numbers
  kvernvang-kunnskapsgrunnlag.docx (+ .meta.json) – python-docx, Heading 1/2, seven tables

Kvernvang kommune does not exist. Every name, place, figure and decision below is invented test
data, written independently of the product, its demo municipality and the earlier held-out sets.
Run:  .venv/bin/python evaluation/heldout4/render.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

import evaluation.heldout_render as shared  # noqa: E402

PDF_PATH = HERE / "kvernvang-samfunnsdel.pdf"
DOCX_PATH = HERE / "kvernvang-kunnskapsgrunnlag.docx"

NOTICE_TITLE = "Eksempeldata – fiktiv kommune"
NOTICE = ("Kvernvang kommune finnes ikke. Dokumentet er laget som testmateriale for en uavhengig "
          "evaluering av Samspill. Alle navn, steder, tall og vedtak er oppdiktet. Eventuell "
          "likhet med virkelige kommuner, steder eller personer er tilfeldig.")

# ---------------------------------------------------------------------------------------------
# Samfunnsdelen (PDF). Kinds: h1, h2, p, bul, vision, table (caption, rows, widths),
# twocol (start of the two-column pages), onecol (back to one column), pagebreak.
# ---------------------------------------------------------------------------------------------

SAMFUNNSDEL = [
    ("twocol",),
    ("h1", "1. Innledning"),
    ("h2", "1.1 Hvorfor en ny samfunnsdel"),
    ("p", "Kvernvang har på tjue år gått fra å være en landbrukskommune med noen boligfelt til å bli "
          "en av de raskest voksende forstadskommunene rundt Ravnsby. Veksten har gitt nye "
          "innbyggere, nye arbeidsplasser og et rikere fritidstilbud, men også køer på fylkesvei "
          "152, fulle skoler og press på matjorda. Den forrige samfunnsdelen fra 2011 var skrevet "
          "for en annen kommune enn den vi er i dag."),
    ("p", "Kommunestyret vedtok derfor i planstrategien for 2020–2023 at samfunnsdelen skulle "
          "revideres i sin helhet. Denne planen er kommunens øverste styringsdokument og gir "
          "retning for arealdelen, temaplanene og handlings- og økonomiplanen fram mot 2032."),
    ("h2", "1.2 Kvernvang i dag"),
    ("p", "Kommunen hadde 20 870 innbyggere ved inngangen til 2020. Halvparten av innbyggerne "
          "bor i eller nær tettstedet Vangen, der rådhuset, ungdomsskolen og regionsenteret "
          "Vangsenteret ligger. De andre tettstedene er Bekkeli med jernbanestasjon, Myrlia, "
          "Solhaug og Bråten. Toget fra Bekkeli bruker 18 minutter til Ravnsby sentrum."),
    ("p", "Speilvatnet i nord er drikkevannskilde for det aller meste av kommunen og et viktig "
          "friluftsområde. Rundt Vangen og langs Kvernelva ligger noe av den beste matjorda i "
          "regionen."),
    ("h2", "1.3 Slik ble planen til"),
    ("p", "Planprogrammet ble fastsatt i mars 2019. I arbeidet ble det gjennomført en digital "
          "innbyggerundersøkelse med 1 640 svar, åtte kafédialoger i tettstedene og egne "
          "samlinger med ungdomsrådet, eldrerådet og rådet for personer med funksjonsnedsettelse. "
          "Kommunestyret hadde to politiske verksteder, i mai og oktober 2019. Planforslaget lå "
          "ute på høring fra januar til mars 2020, og det kom inn 112 høringsinnspill."),
    ("h2", "1.4 Planens oppbygging"),
    ("p", "Kapittel 2 presenterer visjonen og de fire hovedmålene, som er de lange linjene. "
          "Kapittel 3 beskriver fire satsingsområder med delmål og strategier. Kapittel 4 er "
          "arealstrategien, som skal følges opp i kommuneplanens arealdel. Kapittel 5 forklarer "
          "hvordan planen skal følges opp og måles."),
    ("h2", "1.5 Utfordringer vi må håndtere"),
    ("p", "Arbeidet med planen har vist fem store utfordringer som samfunnsdelen må svare på. "
          "Den første er tempoet i veksten: når boligbyggingen går raskere enn planlagt, kommer "
          "skoler, barnehager og veier etter. Den andre er trafikken, som øker med folketallet "
          "og som gir kø, støy og utslipp. Den tredje er at kommunen har lave inntekter per "
          "innbygger og høy gjeld, slik at økonomien setter grenser for hvor mye som kan bygges. "
          "Den fjerde er presset på matjorda og Speilvatnet. Den femte er at Kvernvang lett "
          "kan bli en sovebydel der folk bor, men ikke deltar i lokalsamfunnet."),
    ("p", "Planen prøver ikke å løse alle disse utfordringene på en gang. Den peker ut noen "
          "retninger som kommunestyret mener er viktigst, og overlater det konkrete valget av "
          "tiltak til handlings- og økonomiplanen og temaplanene."),
    ("h2", "1.6 Hva innbyggerne var opptatt av"),
    ("p", "I innbyggerundersøkelsen svarte 71 prosent at nærheten til natur og friluftsliv var "
          "det viktigste ved å bo i Kvernvang. Kø og trafikk ble oftest nevnt som det som "
          "trekker ned. Mange av de unge som deltok, etterlyste møteplasser som ikke koster "
          "penger, og flere ba om bedre busstilbud på kveldstid. I kafédialogene i Bråten og "
          "Solhaug kom det fram bekymring for at utbyggingen ville skje i Vangen og Bekkeli, "
          "mens de mindre tettstedene ble glemt. Eldrerådet pekte på behovet for flere "
          "tilrettelagte boliger nær butikk og helsetjenester."),
    ("onecol",),
    ("h1", "2. Visjon og hovedmål"),
    ("h2", "2.1 Visjon"),
    ("vision", "«Kvernvang – grønt, nært og i vekst»"),
    ("p", "Visjonen sier at vi vil vokse, men på en måte som tar vare på det grønne og som gjør "
          "hverdagen nær: skole, barnehage, butikk og fritidstilbud skal ligge i gang- eller "
          "sykkelavstand for de fleste innbyggerne. Visjonen er felles for kommunen som "
          "samfunn og for kommunen som organisasjon."),
    ("h2", "2.2 Hovedmål"),
    ("p", "Kommunestyret har vedtatt fire hovedmål for perioden 2020–2032:"),
    ("bul", [
        "<b>Hovedmål 1 – Bærekraftig vekst:</b> Kvernvang skal ha en årlig befolkningsvekst på "
        "mellom 1,0 og 1,5 prosent, i et tempo som skoler, veier og tjenester kan holde følge med.",
        "<b>Hovedmål 2 – Gode oppvekstmiljø:</b> Alle barn og unge i Kvernvang skal vokse opp i "
        "trygge og inkluderende nærmiljøer og fullføre videregående opplæring.",
        "<b>Hovedmål 3 – Hverdagsliv uten bilavhengighet:</b> Innbyggerne skal kunne gjøre "
        "daglige reiser til fots, med sykkel eller kollektivt, og klimagassutslippene skal "
        "halveres innen 2030 sammenlignet med 2015.",
        "<b>Hovedmål 4 – Vann og jord for framtida:</b> Speilvatnet og matjorda skal forvaltes "
        "slik at også kommende generasjoner har rent drikkevann og jord å dyrke.",
    ]),
    ("p", "Hovedmålene gjelder for hele planperioden. Satsingsområdene i kapittel 3 viser hva "
          "kommunen skal prioritere for å nå dem, og skal vurderes på nytt av hvert nytt "
          "kommunestyre i arbeidet med planstrategien."),
    ("h2", "2.3 Tverrgående perspektiver"),
    ("p", "Tre perspektiver skal ligge til grunn i alt kommunen gjør, uansett satsingsområde. "
          "<b>Folkehelse:</b> tiltak skal vurderes ut fra hvordan de påvirker innbyggernes helse "
          "og sosiale forskjeller. <b>Klima og miljø:</b> nye tiltak skal bidra til lavere "
          "utslipp eller i det minste ikke øke dem. <b>Medvirkning og frivillighet:</b> "
          "innbyggere, lag og foreninger skal inviteres inn tidlig når kommunen planlegger "
          "endringer i nærmiljøet."),
    ("p", "FNs bærekraftsmål er rammen for samfunnsdelen. Kommunestyret har valgt å legge særlig "
          "vekt på mål 3 om god helse, mål 4 om god utdanning, mål 11 om bærekraftige byer og "
          "lokalsamfunn og mål 13 om å stoppe klimaendringene."),
    ("h1", "3. Satsingsområder"),
    ("p", "Kommunestyret har valgt ut fire satsingsområder. Hvert satsingsområde har delmål som "
          "sier hva vi vil oppnå, og strategier som sier hvordan kommunen skal arbeide."),
    ("h2", "3.1 Oppvekst og læring"),
    ("p", "Kvernvang er en kommune for barnefamilier. Nesten hver fjerde innbygger er under 16 "
          "år, og de nye boligområdene trekker til seg unge par. Det gir en stor og ressurssterk "
          "barnebefolkning, men også et behov for nye skoleplasser som kommer raskere enn "
          "kommunen klarer å bygge."),
    ("p", "<b>Delmål</b>"),
    ("bul", [
        "Skolekapasiteten skal til enhver tid være tilpasset elevtallet i hver skolekrets.",
        "Minst 85 prosent av elevene skal fullføre videregående opplæring innen fem år.",
        "Alle barn skal få barnehageplass i nærheten av der de bor.",
        "Andelen ungdom som deltar i en organisert fritidsaktivitet skal øke.",
    ]),
    ("p", "<b>Strategier</b>"),
    ("bul", [
        "Utarbeide en skolebehovsplan som oppdateres hvert annet år og kobles til boligprogrammet.",
        "Sette av tomt til ny barneskole i de nye boligområdene før utbyggingen starter.",
        "Bygge skoler og barnehager slik at de kan brukes av nærmiljøet etter skoletid.",
        "Styrke samarbeidet mellom helsestasjon, skole, barnevern og frivillige lag.",
        "Videreføre gratis deltakelse i sommeraktiviteter for barn fra familier med lav inntekt.",
    ]),
    ("h2", "3.2 Mobilitet og klima"),
    ("p", "Seks av ti yrkesaktive i Kvernvang jobber i en annen kommune, de fleste i Ravnsby. "
          "Bilen er fortsatt det vanligste reisemiddelet, og trafikken på fylkesvei 152 gjennom "
          "Vangen gir kø, støy og utrygge skoleveier. Veitrafikken står for over halvparten av "
          "klimagassutslippene i kommunen."),
    ("p", "<b>Delmål</b>"),
    ("bul", [
        "Veksten i persontransport skal tas med kollektivtransport, sykkel og gange.",
        "Alle barn skal ha en trygg skolevei.",
        "Klimagassutslippene fra veitrafikken skal reduseres med 40 prosent innen 2030.",
        "Kommunens egne bygg og kjøretøy skal være fossilfrie innen 2025.",
    ]),
    ("p", "<b>Strategier</b>"),
    ("bul", [
        "Prioritere gang- og sykkelvei mellom Myrlia, Vangen og Bekkeli stasjon.",
        "Arbeide for kvartersavganger på toget mellom Bekkeli og Ravnsby.",
        "Samarbeide med fylkeskommunen om kollektivfelt og ny busstrasé forbi Vangsenteret.",
        "Legge til rette for hjemmekontor og kontorfellesskap i Vangen sentrum.",
        "Stille krav om sykkelparkering og ladepunkter i nye utbyggingsprosjekter.",
    ]),
    ("h2", "3.3 Levende sentrum og lokale arbeidsplasser"),
    ("p", "Vangsenteret er et regionalt handelssenter med kunder fra hele Ravnsby-regionen. "
          "Senteret gir mange arbeidsplasser, men har også trukket handel og liv bort fra den "
          "gamle sentrumsgata i Vangen. Kommunen ønsker flere lokale arbeidsplasser, slik at "
          "færre må pendle."),
    ("p", "<b>Delmål</b>"),
    ("bul", [
        "Vangen skal ha et levende sentrum med handel, service, kultur og boliger.",
        "Antall arbeidsplasser i kommunen skal øke med minst 1 000 innen 2032.",
        "Kvernmoen næringspark skal være fullt utbygd innen 2032.",
    ]),
    ("p", "<b>Strategier</b>"),
    ("bul", [
        "Samle nye publikumsrettede funksjoner som bibliotek og kulturhus i Vangen sentrum.",
        "Ikke åpne for ny handel utenfor Vangen sentrum og Vangsenteret.",
        "Markedsføre Kvernmoen næringspark for kunnskaps- og logistikkbedrifter.",
        "Ha en næringsvennlig saksbehandling med fast kontaktperson for bedriftene.",
    ]),
    ("h2", "3.4 Natur, vann og matjord"),
    ("p", "Speilvatnet forsyner de fleste innbyggerne med drikkevann. Avrenning fra jordbruk, "
          "veier og spredte avløp truer vannkvaliteten. Samtidig er jordbruksarealene rundt "
          "Vangen og Kvernelva attraktive for utbygging fordi de er flate og ligger nær "
          "sentrum."),
    ("p", "<b>Delmål</b>"),
    ("bul", [
        "Speilvatnet skal ha god økologisk tilstand og sikre rent drikkevann.",
        "Omdisponering av dyrka mark skal ikke overstige 50 dekar i hele planperioden.",
        "Alle innbyggere skal ha under 500 meter til et grøntområde eller en turvei.",
    ]),
    ("p", "<b>Strategier</b>"),
    ("bul", [
        "Innføre hensynssone for nedbørfeltet til Speilvatnet i arealdelen.",
        "Pålegge tilkobling til kommunalt avløp for alle boliger innen 100 meter fra ledningsnettet.",
        "Bygge tett og høyt i sentrum for å spare jordbruksarealer utenfor.",
        "Etablere en sammenhengende turvei rundt Speilvatnet.",
    ]),
    ("h1", "4. Arealstrategi"),
    ("p", "Arealstrategien viser hvordan kommunens areal skal brukes for å nå hovedmålene. Den "
          "er retningsgivende for neste revisjon av kommuneplanens arealdel og for behandling "
          "av reguleringsplaner."),
    ("h2", "4.1 Utbyggingsmønster"),
    ("p", "Minst 80 prosent av nye boliger skal bygges i Vangen og Bekkeli, innenfor en "
          "kilometer fra sentrum eller stasjonen. Utbyggingen skal skje innenfra og ut, med "
          "fortetting før nye felt tas i bruk. Det skal ikke legges ut nye områder for spredt "
          "boligbygging."),
    ("table", "Tabell 1. Planlagt fordeling av nye boliger 2020–2032", [
        ["Område", "Nye boliger", "Andel", "Merknad"],
        ["Vangen sentrum", "1 250", "50 %", "Leiligheter, fortetting"],
        ["Bekkeli stasjonsområde", "750", "30 %", "Leiligheter og rekkehus"],
        ["Myrlia og Åsmoen", "350", "14 %", "Allerede regulerte felt"],
        ["Solhaug og Bråten", "150", "6 %", "Småhus, mindre fortetting"],
        ["Sum", "2 500", "100 %", ""],
    ], [0.30, 0.18, 0.14, 0.38]),
    ("h2", "4.2 Jordvern"),
    ("p", "Matjorda er en ikke-fornybar ressurs. Dyrka mark skal bare omdisponeres når det er "
          "nødvendig for å nå viktige samfunnsmål, og da først etter at alternativer er "
          "vurdert. Den dyrka marka på Vangsjordet skal ligge fast som landbruksområde."),
    ("h2", "4.3 Speilvatnet og nedbørfeltet"),
    ("p", "I nedbørfeltet til Speilvatnet tillates ikke nye boliger, fritidsboliger eller "
          "næringsbygg. Eksisterende bebyggelse kan vedlikeholdes. Landbruket i nedbørfeltet "
          "skal følge en egen tiltaksplan mot avrenning."),
    ("h2", "4.4 Handel og næring"),
    ("p", "Vangsenteret kan ikke utvides ut over dagens handelsareal. Ny handel skal lokaliseres "
          "i Vangen sentrum. Arealkrevende næring og lager skal samles i Kvernmoen næringspark, "
          "som har direkte tilknytning til riksvei 7."),
    ("h2", "4.5 Grøntstruktur"),
    ("p", "Kvernelva med kantsone, åsene rundt Myrlia og strandsonen langs Speilvatnet utgjør "
          "den grønne ryggraden i kommunen. Disse områdene skal ikke bygges ned, og nye "
          "boligområder skal knyttes til dem med turveier."),
    ("h2", "4.6 Teknisk infrastruktur og rekkefølge"),
    ("p", "Nye boligområder kan ikke tas i bruk før skolekapasitet, trygg skolevei, vann og "
          "avløp er på plass. Slike rekkefølgekrav skal tas inn i arealdelen. Kommunen skal "
          "bruke utbyggingsavtaler for å få utbyggerne til å bidra til nødvendig infrastruktur, "
          "som fortau, gang- og sykkelveier og overvannsanlegg."),
    ("p", "Kommunens vann- og avløpsnett skal utvides i takt med boligbyggingen. Vannverket ved "
          "Speilvatnet nærmer seg kapasitetsgrensen, og det må avklares hvordan kommunen skal "
          "sikre vannforsyningen når folketallet passerer 25 000."),
    ("h1", "5. Oppfølging"),
    ("h2", "5.1 Handlings- og økonomiplanen"),
    ("p", "Samfunnsdelen følges opp gjennom den årlige handlings- og økonomiplanen. Hvert "
          "satsingsområde skal ha et eget avsnitt i handlingsdelen, med tiltak, ansvar og "
          "kostnader for de neste fire årene. Kommunedirektøren skal i saksframlegg vise "
          "hvordan forslag bidrar til hovedmålene."),
    ("p", "Temaplaner som skolebehovsplanen, klimaplanen og plan for helse og omsorg skal "
          "bygge på samfunnsdelen og vise hvilke hovedmål og delmål de bidrar til. Når en "
          "temaplan revideres, skal det gå fram av saken hvordan den følger opp satsingsområdene. "
          "Ledergruppen skal hvert år gjennomgå hva satsingsområdene betyr for den enkelte "
          "sektor, og bruke dette i budsjettarbeidet."),
    ("h2", "5.2 Indikatorer"),
    ("p", "Kommunestyret skal hvert år få en rapport om utviklingen for et lite sett med "
          "indikatorer. Tabell 2 viser utgangspunktet og målene."),
    ("table", "Tabell 2. Indikatorer for oppfølging", [
        ["Indikator", "Status 2019", "Mål 2032"],
        ["Årlig befolkningsvekst", "1,9 %", "1,0–1,5 %"],
        ["Andel reiser til fots, sykkel, kollektivt", "27 %", "45 %"],
        ["Klimagassutslipp (tonn CO2-ekv.)", "61 800", "32 250"],
        ["Omdisponert dyrka mark (dekar, samlet)", "–", "under 50"],
        ["Fullført videregående innen fem år", "81 %", "85 %"],
        ["Arbeidsplasser i kommunen", "7 950", "8 950"],
    ], [0.52, 0.24, 0.24]),
    ("h2", "5.3 Rullering og ansvar"),
    ("p", "Samfunnsdelen skal vurderes i hver kommunal planstrategi, det vil si minst én gang i "
          "hver valgperiode. Kommunedirektøren har ansvar for at ledergruppen følger opp "
          "satsingsområdene i sine virksomhetsplaner. Planutvalget er styringsgruppe for "
          "arbeidet med samfunnsdelen."),
    ("h2", "5.4 Samarbeid i regionen"),
    ("p", "Mange av utfordringene kan ikke løses av Kvernvang alene. Kommunen skal delta aktivt i "
          "samarbeidet om den regionale planen for areal og transport i Ravnsby-regionen, i "
          "det interkommunale samarbeidet om legevakt og i forhandlinger med fylkeskommunen om "
          "kollektivtilbudet. Kommunen skal også samarbeide med nabokommunene om vannforsyning "
          "og beredskap."),
    ("p", "Ved neste revisjon av samfunnsdelen skal kommunedirektøren legge fram et oppdatert "
          "kunnskapsgrunnlag som viser hvordan indikatorene har utviklet seg siden 2019."),
    ("p", "Planen ble vedtatt av kommunestyret 10. september 2020 i sak 61/20."),
]

# ---------------------------------------------------------------------------------------------
# Kunnskapsgrunnlaget (DOCX). Kinds: h1, h2, p, ul, table (caption, rows).
# ---------------------------------------------------------------------------------------------

KUNNSKAPSGRUNNLAG = [
    ("h1", "1 Om kunnskapsgrunnlaget"),
    ("p", "Dette kunnskapsgrunnlaget beskriver situasjonen og utviklingstrekkene i Kvernvang "
          "kommune. Det er utarbeidet av kommunedirektørens ledergruppe som grunnlag for "
          "kommunal planstrategi 2024–2027 og for kommunestyrets første politiske verksted "
          "om samfunnsdelen. Dokumentet tar ikke stilling til hvilke valg kommunen bør gjøre."),
    ("p", "Tallene er hentet fra kommunens egne fagsystemer og fra offentlig statistikk per "
          "august 2024, med mindre annet er oppgitt. Befolkningsframskrivingene bygger på "
          "hovedalternativet i den nasjonale framskrivingen fra 2024."),
    ("h1", "2 Befolkning"),
    ("h2", "2.1 Folketall og alderssammensetning"),
    ("p", "Kvernvang hadde 22 140 innbyggere per 1. januar 2024. Det er 1 270 flere enn i 2020, "
          "en vekst på 6,1 prosent på fire år. Kommunen har en ung befolkning: "
          "gjennomsnittsalderen er 37,9 år, og 24 prosent av innbyggerne er under 16 år."),
    ("table", "Tabell 1. Befolkning etter aldersgruppe 2024 og framskrevet 2030 og 2040", [
        ["Aldersgruppe", "2024", "2030", "2040"],
        ["0–5 år", "1 890", "2 050", "2 100"],
        ["6–15 år", "3 420", "3 900", "4 050"],
        ["16–19 år", "1 180", "1 320", "1 560"],
        ["20–44 år", "7 350", "7 900", "8 300"],
        ["45–66 år", "5 720", "6 150", "6 700"],
        ["67–79 år", "1 880", "2 300", "2 900"],
        ["80 år og eldre", "700", "1 000", "1 690"],
        ["Sum", "22 140", "24 620", "27 300"],
    ]),
    ("p", "Framskrivingen viser at folketallet vil passere 24 600 i 2030 og 27 300 i 2040. "
          "Antallet barn i grunnskolealder øker med 480 fram til 2030. Den største relative "
          "økningen kommer likevel blant de eldste: antallet innbyggere over 80 år vil mer enn "
          "dobles fra 2024 til 2040."),
    ("h2", "2.2 Befolkningsendringer"),
    ("p", "Veksten skyldes først og fremst innflytting av barnefamilier fra Ravnsby. "
          "Fødselsoverskuddet er stabilt, mens nettoinnflyttingen varierer med boligbyggingen."),
    ("table", "Tabell 2. Befolkningsendringer 2019–2023", [
        ["År", "Fødte", "Døde", "Nettoinnflytting", "Vekst"],
        ["2019", "262", "128", "260", "394"],
        ["2020", "255", "136", "232", "351"],
        ["2021", "259", "133", "198", "324"],
        ["2022", "251", "139", "91", "203"],
        ["2023", "248", "141", "285", "392"],
    ]),
    ("p", "Innvandrere utgjør 11,4 prosent av befolkningen. Den største gruppen kommer fra "
          "Polen og Litauen, og mange arbeider i bygg og anlegg. Kommunen bosatte 64 flyktninger "
          "fra Ukraina i 2022 og 2023."),
    ("h2", "2.3 Befolkning i tettstedene"),
    ("p", "Veksten har vært ujevnt fordelt. Vangen og Bekkeli har vokst mest, mens Solhaug og "
          "Bråten har hatt et nesten stabilt folketall."),
    ("table", "Tabell 2b. Innbyggere per tettsted 1. januar 2019 og 2024", [
        ["Område", "2019", "2024", "Endring"],
        ["Vangen", "9 560", "10 520", "+960"],
        ["Bekkeli", "4 730", "5 160", "+430"],
        ["Myrlia og Åsmoen", "3 030", "3 280", "+250"],
        ["Solhaug", "1 420", "1 430", "+10"],
        ["Bråten og spredt bebyggelse", "1 736", "1 750", "+14"],
        ["Sum", "20 476", "22 140", "+1 664"],
    ]),
    ("h1", "3 Arbeid, pendling og næringsliv"),
    ("h2", "3.1 Sysselsetting og pendling"),
    ("p", "Det bor 11 900 sysselsatte i Kvernvang. Av disse arbeider 7 450, eller 63 prosent, i "
          "en annen kommune, og 5 600 av dem pendler til Ravnsby. Samtidig pendler 3 950 personer "
          "inn til Kvernvang, mange av dem til Vangsenteret og Kvernmoen næringspark. Det gir "
          "8 400 arbeidsplasser i kommunen."),
    ("p", "Bilen er det vanligste reisemiddelet til jobb. Ifølge reisevaneundersøkelsen for "
          "Ravnsby-regionen 2022 ble 68 prosent av arbeidsreisene gjort med bil, 19 prosent med "
          "tog eller buss og 13 prosent til fots eller med sykkel. Toget fra Bekkeli går hver "
          "halvtime i rushtiden og bruker 18 minutter til Ravnsby."),
    ("p", "Fylkesvei 152 gjennom Vangen har en årsdøgntrafikk på 17 500 kjøretøy, mot "
          "14 200 i 2015. I morgenrushet er det jevnlig kø fra Vangsenterkrysset til "
          "kommunegrensen."),
    ("h2", "3.2 Arbeidsplasser etter næring"),
    ("table", "Tabell 3. Arbeidsplasser i Kvernvang etter næring, 2023", [
        ["Næring", "Arbeidsplasser", "Andel"],
        ["Varehandel", "1 650", "19,6 %"],
        ["Helse- og sosialtjenester", "1 560", "18,6 %"],
        ["Bygg og anlegg", "1 120", "13,3 %"],
        ["Undervisning", "980", "11,7 %"],
        ["Transport og lagring", "720", "8,6 %"],
        ["Forretningsmessig tjenesteyting", "690", "8,2 %"],
        ["Industri", "640", "7,6 %"],
        ["Offentlig administrasjon", "410", "4,9 %"],
        ["Jordbruk og skogbruk", "160", "1,9 %"],
        ["Annet", "470", "5,6 %"],
        ["Sum", "8 400", "100 %"],
    ]),
    ("h2", "3.3 Handel og næringsarealer"),
    ("p", "Vangsenteret har 38 500 kvadratmeter handelsareal og rundt 95 butikker. Senteret "
          "sysselsetter om lag 1 100 personer. Varehandelen i Kvernvang omsetter for 168 prosent "
          "av landsgjennomsnittet per innbygger, noe som viser at senteret har kunder langt "
          "utenfor kommunen. Sentrumsgata i Vangen har hatt 9 tomme forretningslokaler de siste "
          "to årene."),
    ("p", "Kvernmoen næringspark er regulert til 180 dekar næringsareal, og 65 dekar er fortsatt "
          "ledig. Det har kommet henvendelser fra tre logistikkbedrifter i 2024."),
    ("h2", "3.4 Landbruk"),
    ("p", "Det er 74 aktive gårdsbruk i kommunen, og jordbruksarealet i drift er 21 500 dekar. "
          "Korn og grønnsaker dominerer. Fra 2014 til 2023 ble 118 dekar dyrka mark omdisponert "
          "til andre formål, det meste til boliger i Myrlia og til veikrysset ved Vangsenteret. "
          "Fra 2020 til 2023 var omdisponeringen 31 dekar."),
    ("h1", "4 Tjenesteyting"),
    ("h2", "4.1 Barnehager"),
    ("p", "Kommunen har 24 barnehager, 9 kommunale og 15 private, med til sammen 1 460 barn. "
          "Dekningsgraden for barn i alderen 1–5 år er 93 prosent. Alle som søkte innen fristen "
          "fikk plass ved hovedopptaket i 2024, men 41 familier fikk ikke plass i barnehagen de "
          "hadde satt som førsteønske."),
    ("h2", "4.2 Grunnskole"),
    ("p", "Grunnskolen har 3 420 elever. Fem av de seks kommunale skolene er fulle eller "
          "over kapasitet. Elevtallet ventes å øke til rundt 3 900 i 2030, og økningen kommer "
          "særlig i Myrlia og Åsmoen, der de nye boligfeltene bygges ut."),
    ("table", "Tabell 4. Elevtall og kapasitet per skole, skoleåret 2024/25", [
        ["Skole", "Trinn", "Elever", "Kapasitet"],
        ["Vangen skole", "1–7", "520", "540"],
        ["Bekkeli skole", "1–7", "470", "450"],
        ["Myrlia skole", "1–7", "610", "600"],
        ["Solhaug skole", "1–7", "290", "350"],
        ["Bråten skole", "1–10", "540", "560"],
        ["Kvernvang ungdomsskole", "8–10", "760", "780"],
        ["Kvernvang montessoriskole (privat)", "1–10", "110", "120"],
        ["Elever på skoler utenfor kommunen", "–", "120", "–"],
        ["Sum", "", "3 420", ""],
    ]),
    ("p", "Kommunestyret vedtok 13. juni 2024 å starte et forprosjekt for en ny barneskole på "
          "Åsmoen for 450 elever (sak 38/24). Byggekostnaden er foreløpig anslått til 420 "
          "millioner kroner, og tidligste mulige åpning er høsten 2028. Inntil skolen står "
          "ferdig brukes paviljonger ved Myrlia skole."),
    ("p", "Andelen elever som fullfører videregående opplæring innen fem år, var 83 prosent for "
          "kullet som startet i 2018."),
    ("h2", "4.3 Helse og omsorg"),
    ("p", "Kvernvang helsetun har 64 sykehjemsplasser. I tillegg har kommunen 16 "
          "omsorgsboliger med heldøgns bemanning i Vangen. Hjemmetjenesten gir tjenester til "
          "410 personer. Det er i dag ingen venteliste på sykehjemsplass, men beleggsprosenten "
          "har vært over 98 prosent det siste året."),
    ("p", "Kommunen har 19 fastlegehjemler fordelt på tre legesentre. Per august 2024 står "
          "1 150 innbyggere på en liste uten fast lege. Legevakten er interkommunal og ligger "
          "ved Ravnsby sykehus, 14 kilometer fra Vangen."),
    ("p", "Hvis dekningen av sykehjemsplasser holdes på dagens nivå, målt som andel av "
          "innbyggerne over 80 år, må antallet plasser økes betydelig. Tabell 5 viser behovet "
          "med dagens dekningsgrad."),
    ("table", "Tabell 5. Framskrevet behov i pleie og omsorg med dagens dekningsgrad", [
        ["", "2024", "2030", "2040"],
        ["Innbyggere over 80 år", "700", "1 000", "1 690"],
        ["Sykehjemsplasser", "64", "91", "154"],
        ["Mottakere av hjemmetjenester", "410", "520", "760"],
        ["Årsverk i pleie og omsorg", "265", "340", "480"],
    ]),
    ("h2", "4.4 Folkehelse"),
    ("p", "Ungdata-undersøkelsen fra 2023 viser at 86 prosent av ungdomsskoleelevene er "
          "fornøyd med foreldrene sine, mens 61 prosent er fornøyd med lokalmiljøet. 15 prosent "
          "oppgir at de ofte føler seg ensomme, mot 12 prosent i 2020. Andelen som trener "
          "minst én gang i uka, er 78 prosent."),
    ("p", "Kvernvang har lav andel barn i familier med vedvarende lavinntekt, 5,8 prosent mot 11,2 "
          "prosent i landet. Forskjellene mellom tettstedene er likevel store: i deler av "
          "Bekkeli er andelen over 12 prosent."),
    ("h2", "4.5 Kommunen som organisasjon"),
    ("p", "Kommunen har 1 720 årsverk. Helse og omsorg og oppvekst står for tre av fire "
          "årsverk. Det er vanskeligst å rekruttere sykepleiere, spesialpedagoger og "
          "barnehagelærere. I 2023 sto 14 sykepleierstillinger ubesatt i mer enn tre måneder, og "
          "23 prosent av de ansatte i barnehagene manglet barnehagelærerutdanning eller "
          "tilsvarende."),
    ("p", "Gjennomsnittsalderen blant de ansatte er 44 år. Om lag 180 ansatte vil nå 62 år i "
          "løpet av de neste fem årene, de fleste i helse og omsorg."),
    ("h1", "5 Samfunnsutvikling"),
    ("h2", "5.1 Boliger og boligbygging"),
    ("p", "Kommunen har 8 450 boliger. 64 prosent er eneboliger, 21 prosent rekkehus og "
          "tomannsboliger og 15 prosent leiligheter. Nesten alle nye boliger de siste fem årene "
          "er likevel leiligheter og rekkehus i Vangen og Bekkeli."),
    ("table", "Tabell 6. Nye boliger ferdigstilt per år", [
        ["År", "Nye boliger", "Herav i Vangen og Bekkeli"],
        ["2019", "210", "121"],
        ["2020", "265", "180"],
        ["2021", "310", "226"],
        ["2022", "240", "190"],
        ["2023", "155", "128"],
    ]),
    ("p", "Fra 2020 til 2023 ble 76 prosent av de nye boligene bygd i Vangen og Bekkeli. "
          "Gjeldende reguleringsplaner gir rom for om lag 1 900 nye boliger. Nedgangen i 2023 "
          "skyldes høyere renter og byggekostnader."),
    ("h2", "5.2 Klima og miljø"),
    ("p", "De direkte klimagassutslippene i Kvernvang var 58 000 tonn CO2-ekvivalenter i 2022. "
          "Det er 10 prosent lavere enn i 2015, da utslippene var 64 500 tonn. Samfunnsdelens mål "
          "om å halvere utslippene innen 2030 krever en mye raskere nedgang enn den kommunen har "
          "hatt."),
    ("table", "Tabell 7. Klimagassutslipp etter sektor 2022, tonn CO2-ekvivalenter", [
        ["Sektor", "Utslipp", "Andel"],
        ["Veitrafikk", "38 900", "67 %"],
        ["Jordbruk", "7 400", "13 %"],
        ["Anleggsmaskiner", "4 100", "7 %"],
        ["Avfall og avløp", "2 600", "4 %"],
        ["Industri", "2 200", "4 %"],
        ["Oppvarming", "1 300", "2 %"],
        ["Annet", "1 500", "3 %"],
        ["Sum", "58 000", "100 %"],
    ]),
    ("h2", "5.3 Speilvatnet og vannforsyning"),
    ("p", "Speilvatnet forsyner om lag 19 500 innbyggere med drikkevann gjennom Speilvatnet "
          "vannverk. Resten har private brønner eller er knyttet til Ravnsby. Sommeren 2022 var "
          "det en oppblomstring av blågrønnalger i den sørlige delen av vannet, og "
          "fosforinnholdet har økt siden 2016. Det er fortsatt 310 boliger med separate "
          "avløpsanlegg i nedbørfeltet."),
    ("h2", "5.4 Klimatilpasning"),
    ("p", "Kraftig nedbør i august 2023 satte undergangen ved Bekkeli stasjon og flere kjellere "
          "i Vangen under vann. Overvannsnettet i Vangen er dimensjonert for mindre nedbør enn "
          "det klimaframskrivingene viser for 2050. Nye utbygginger må håndtere overvann på egen "
          "tomt."),
    ("h2", "5.5 Friluftsliv og grøntområder"),
    ("p", "Turveien langs Kvernelva er kommunens mest brukte turvei, med om lag 160 000 "
          "passeringer i 2023 målt med teller ved Vangen bru. Turveien rundt Speilvatnet er "
          "fortsatt ikke sammenhengende: 6 av 11 kilometer er ferdig. Kartleggingen av "
          "friluftslivsområder fra 2022 viser at 82 prosent av innbyggerne har under 500 meter "
          "til et grøntområde eller en turvei."),
    ("h1", "6 Samfunnssikkerhet og beredskap"),
    ("p", "Den helhetlige risiko- og sårbarhetsanalysen ble vedtatt i 2023. Analysen peker ut "
          "fem hendelser med høy risiko:"),
    ("ul", [
        "Forurensning av Speilvatnet. Kommunen har ingen reservevannkilde, og en alvorlig "
        "forurensning kan sette vannforsyningen til det meste av kommunen ut av drift.",
        "Langvarig strømbrudd om vinteren, som rammer helsetunet og hjemmeboende med "
        "medisinsk utstyr.",
        "Ulykke med farlig gods på fylkesvei 152 i Vangen sentrum.",
        "Store nedbørmengder og overvannsflom i tettstedene.",
        "Skogbrann i åsene rundt Myrlia i tørre somre.",
    ]),
    ("p", "En reservevannforsyning i form av en ledning fra Ravnsby er under utredning sammen med "
          "Ravnsby kommune. Kommunens overordnede beredskapsplan ble sist øvd i november 2023."),
    ("h1", "7 Kommuneøkonomi"),
    ("h2", "7.1 Handlingsregel"),
    ("p", "Kommunestyret vedtok i 2021 en handlingsregel med tre måltall: netto driftsresultat "
          "skal være minst 1,75 prosent av driftsinntektene, disposisjonsfondet skal være minst "
          "8 prosent av driftsinntektene, og netto lånegjeld skal ikke overstige 90 prosent av "
          "driftsinntektene."),
    ("table", "Tabell 8. Økonomiske nøkkeltall 2021–2023", [
        ["Nøkkeltall", "2021", "2022", "2023", "Handlingsregel"],
        ["Driftsinntekter (mill. kr)", "1 780", "1 850", "1 960", "–"],
        ["Netto driftsresultat", "2,4 %", "0,9 %", "-0,6 %", "minst 1,75 %"],
        ["Disposisjonsfond", "9,8 %", "8,7 %", "7,1 %", "minst 8 %"],
        ["Netto lånegjeld", "96 %", "101 %", "108 %", "høyst 90 %"],
    ]),
    ("p", "I 2023 brøt kommunen alle de tre måltallene i handlingsregelen. Den viktigste "
          "årsaken er at veksten har krevd store investeringer i skoler, barnehager og vann og "
          "avløp, mens inntektene per innbygger er lave. Kvernvang har frie inntekter på 96 "
          "prosent av landsgjennomsnittet per innbygger."),
    ("h2", "7.2 Investeringer og eiendomsskatt"),
    ("p", "Handlings- og økonomiplanen for 2025–2028 har investeringer på 1 150 millioner kroner. "
          "De største er ny barneskole på Åsmoen med 420 millioner kroner, utvidelse av "
          "Speilvatnet vannverk med 190 millioner kroner og ny avdeling ved Kvernvang helsetun med "
          "140 millioner kroner. Netto lånegjeld vil øke til rundt 125 prosent av driftsinntektene "
          "i 2028 hvis alle investeringene gjennomføres."),
    ("p", "Kommunen har eiendomsskatt på boliger og næringseiendom med en sats på 2,4 promille. "
          "Eiendomsskatten ga 58 millioner kroner i inntekter i 2023."),
    ("h1", "8 Nasjonale og regionale føringer"),
    ("p", "Følgende føringer er særlig viktige for Kvernvang:"),
    ("ul", [
        "Nasjonale forventninger til regional og kommunal planlegging 2023–2027, som blant annet "
        "vektlegger bærekraft, samordnet areal- og transportplanlegging og jordvern.",
        "Statlige planretningslinjer for samordnet bolig-, areal- og transportplanlegging, som "
        "sier at veksten i persontransport i byområdene skal tas med kollektiv, sykkel og gange.",
        "Det nasjonale jordvernmålet om at årlig omdisponering av dyrka mark skal være under "
        "2 000 dekar innen 2030.",
        "Regional plan for areal og transport i Ravnsby-regionen 2021–2033, som sier at minst "
        "80 prosent av boligveksten i Kvernvang skal komme i Vangen og Bekkeli.",
        "Drikkevannsforskriften, som krever at vannverkene har en plan for leveringssikkerhet.",
    ]),
    ("p", "Statsforvalteren har i sin uttale til planstrategien pekt på at kommunen bør vurdere "
          "på nytt de regulerte, men ikke utbygde, boligfeltene på dyrka mark i Myrlia."),
    ("h1", "9 Oppsummering av utviklingstrekk"),
    ("ul", [
        "Folketallet vokser raskt og ventes å passere 27 000 innen 2040.",
        "Fem av seks kommunale skoler er fulle, og elevtallet øker med om lag 480 fram til 2030.",
        "Antallet innbyggere over 80 år mer enn dobles fra 2024 til 2040.",
        "Seks av ti sysselsatte pendler ut, og trafikken på fylkesvei 152 øker.",
        "Kommunen oppfyller ikke handlingsregelen, og lånegjelden øker.",
        "Speilvatnet er eneste drikkevannskilde og er sårbart for forurensning.",
    ]),
]


def render_pdf(path: Path) -> int:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageBreak,
                                    PageTemplate, Paragraph, Spacer)

    shared.deterministic_pdf()

    W, H = A4
    lm, rm, tm, bm = 22 * mm, 22 * mm, 26 * mm, 22 * mm
    teal = colors.HexColor("#0E5E6F")
    sand = colors.HexColor("#EAF2F0")
    rust = colors.HexColor("#B5532A")

    body = ParagraphStyle("kv-body", fontName="Times-Roman", fontSize=11, leading=14.5,
                          alignment=TA_JUSTIFY, spaceAfter=6)
    col_body = ParagraphStyle("kv-colbody", parent=body, fontSize=10, leading=13, alignment=TA_LEFT)
    h1 = ParagraphStyle("kv-h1", fontName="Helvetica-Bold", fontSize=16, leading=20, textColor=teal,
                        spaceBefore=12, spaceAfter=6, keepWithNext=1)
    h2 = ParagraphStyle("kv-h2", fontName="Helvetica-Bold", fontSize=11.5, leading=15,
                        textColor=rust, spaceBefore=7, spaceAfter=3, keepWithNext=1)
    item = ParagraphStyle("kv-item", parent=body, alignment=TA_LEFT, spaceAfter=2)
    small = ParagraphStyle("kv-small", fontName="Helvetica", fontSize=9, leading=11.5)
    small_b = ParagraphStyle("kv-small-b", parent=small, fontName="Helvetica-Bold",
                             textColor=colors.white)
    cap = ParagraphStyle("kv-cap", fontName="Helvetica-Oblique", fontSize=9.5, leading=12,
                         textColor=teal, spaceBefore=6, spaceAfter=3)

    doc = BaseDocTemplate(str(path), pagesize=A4, leftMargin=lm, rightMargin=rm, topMargin=tm,
                          bottomMargin=bm,
                          title="Kommuneplanens samfunnsdel 2020–2032 – Kvernvang kommune (fiktiv)",
                          author="Kvernvang kommune (fiktiv)", subject="Eksempeldata, fiktiv kommune")
    fw, fh = doc.width, doc.height
    gap = 8 * mm
    cw = (fw - gap) / 2

    def page_deco(canv, d):
        canv.saveState()
        canv.setFillColor(teal)
        canv.rect(0, H - 14 * mm, W, 14 * mm, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont("Helvetica-Bold", 8.5)
        canv.drawString(lm, H - 9 * mm, "KVERNVANG KOMMUNE  |  KOMMUNEPLANENS SAMFUNNSDEL 2020–2032")
        canv.setFont("Helvetica-Oblique", 8.5)
        canv.drawRightString(W - rm, H - 9 * mm, "Vekst med vett")
        canv.setFillColor(teal)
        canv.setFont("Helvetica", 9)
        canv.drawCentredString(W / 2, 11 * mm, f"– {d.page} –")
        canv.restoreState()

    def cover_deco(canv, d):
        canv.saveState()
        canv.setFillColor(teal)
        canv.rect(0, 0, 18 * mm, H, stroke=0, fill=1)
        canv.setFillColor(rust)
        canv.rect(18 * mm, 0, 3 * mm, H, stroke=0, fill=1)
        canv.restoreState()

    doc.addPageTemplates([
        PageTemplate("cover", [Frame(lm + 12 * mm, bm, fw - 12 * mm, fh, id="c")], onPage=cover_deco),
        PageTemplate("twocol", [Frame(lm, bm, cw, fh, id="l"), Frame(lm + cw + gap, bm, cw, fh, id="r")],
                     onPage=page_deco),
        PageTemplate("onecol", [Frame(lm, bm, fw, fh, id="o")], onPage=page_deco),
    ])

    story = shared.spaced(
        25 * mm,
        Paragraph("KVERNVANG KOMMUNE", ParagraphStyle("ck", fontName="Helvetica-Bold", fontSize=13,
                                                      leading=16, textColor=rust)),
        4 * mm,
        Paragraph("Kommuneplanens samfunnsdel 2020–2032",
                  ParagraphStyle("ct", fontName="Helvetica-Bold", fontSize=27, leading=32, textColor=teal)),
        3 * mm,
        Paragraph("«Vekst med vett»", ParagraphStyle("cs", fontName="Times-Italic", fontSize=18,
                                                     leading=22, textColor=rust)),
        6 * mm,
        Paragraph("Vedtatt av kommunestyret 10. september 2020, sak 61/20",
                  ParagraphStyle("cd", fontName="Helvetica", fontSize=11, leading=14)),
        18 * mm,
    )
    notice = shared.styled_table(
        [[Paragraph(NOTICE_TITLE.upper(), ParagraphStyle("nt", fontName="Helvetica-Bold", fontSize=10.5,
                                                         leading=13, textColor=rust))],
         [Paragraph(NOTICE, ParagraphStyle("nb", fontName="Helvetica", fontSize=9.5, leading=12.5))]],
        [fw * 0.8],
        [("BOX", (0, 0), (-1, -1), 1.5, rust), ("BACKGROUND", (0, 0), (-1, -1), sand),
         *shared.padding(left=10, right=10, top=6, bottom=6)])
    story += [notice, Spacer(1, 12 * mm),
              Paragraph("Innhold: 1. Innledning · 2. Visjon og hovedmål · 3. Satsingsområder · "
                        "4. Arealstrategi · 5. Oppfølging", ParagraphStyle("ci", fontName="Helvetica",
                                                                         fontSize=10, leading=14)),
              NextPageTemplate("twocol"), PageBreak()]

    in_cols = False
    for el in SAMFUNNSDEL:
        kind = el[0]
        if kind == "twocol":
            in_cols = True
        elif kind == "onecol":
            in_cols = False
            story += [NextPageTemplate("onecol"), PageBreak()]
        elif kind == "h1":
            story.append(Paragraph(el[1], h1))
        elif kind == "h2":
            story.append(Paragraph(el[1], h2))
        elif kind == "p":
            story.append(Paragraph(el[1], col_body if in_cols else body))
        elif kind == "bul":
            story.append(shared.bullet_list(el[1], item, "square", 14, bulletFontSize=6,
                                            bulletColor=rust))
            story.append(Spacer(1, 4))
        elif kind == "vision":
            v = Paragraph(el[1], ParagraphStyle("vv", fontName="Times-BoldItalic", fontSize=20,
                                                leading=25, textColor=teal, alignment=TA_CENTER))
            story += [shared.styled_table([[v]], [fw * 0.9],
                                          [("LINEABOVE", (0, 0), (-1, 0), 2, rust),
                                           ("LINEBELOW", (0, 0), (-1, 0), 2, rust),
                                           *shared.padding(top=10, bottom=12)]), Spacer(1, 8)]
        elif kind == "table":
            _, caption, rows, widths = el
            t = shared.data_table(rows, [fw * w for w in widths], small_b, small,
                                  [("BACKGROUND", (0, 0), (-1, 0), teal),
                                   ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, sand]),
                                   ("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#9DB8B3")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")])
            story.append(shared.captioned(caption, cap, t, 8))
        elif kind == "pagebreak":
            story.append(PageBreak())
        else:
            raise ValueError(kind)
    doc.build(story)
    return shared.pdf_page_count(path)


def render_docx(path: Path) -> None:
    from docx.enum.table import WD_TABLE_ALIGNMENT

    doc = shared.new_docx("Kunnskapsgrunnlag 2024 – Kvernvang kommune (fiktiv)",
                          "Kvernvang kommune (fiktiv)", "Eksempeldata, fiktiv kommune", "2024-09-19")
    doc.add_heading("Kvernvang kommune: Kunnskapsgrunnlag 2024", level=0)
    p = doc.add_paragraph()
    shared.add_run(p, NOTICE_TITLE + ": ", bold=True, color="B5532A")
    shared.add_run(p, NOTICE, italic=True, color="555555")
    shared.add_run_paragraph(doc, "Situasjon og utviklingstrekk – grunnlag for kommunal planstrategi "
                                  "2024–2027. Utarbeidet av kommunedirektørens ledergruppe, "
                                  "19. september 2024.", size=11, color="0E5E6F")
    table = shared.docx_table_handler(style="Light Grid Accent 1",
                                      caption_format={"bold": True, "size": 10, "color": "0E5E6F"},
                                      alignment=WD_TABLE_ALIGNMENT.LEFT)
    shared.add_docx_elements(doc, KUNNSKAPSGRUNNLAG, {"table": table})
    shared.save_docx(doc, path, fixed_day="2024-09-19")


def main() -> None:
    pages = render_pdf(PDF_PATH)
    render_docx(DOCX_PATH)
    shared.finish_fictional("Kvernvang", pages,
                            (PDF_PATH, "Kommuneplanens samfunnsdel 2020–2032", "2020-09-10", SAMFUNNSDEL),
                            (DOCX_PATH, "Kunnskapsgrunnlag 2024", "2024-09-19", KUNNSKAPSGRUNNLAG))


if __name__ == "__main__":
    main()
