"""Render the fourteenth held-out example municipality «Solbakkvik kommune» (fictional southern
coastal municipality with a summer population boom).

Writes, next to this file:
  solbakkvik-samfunnsdel.pdf (+ .meta.json)        – reportlab platypus, PORTRAIT A4 in the
      «side-head» style of many printed municipal plans: a cover page with coloured blocks and the
      notice; chapter bands with a large chapter number; the body set as a two-column grid where a
      narrow MARGIN column carries the side headings, margin notes and quotes and a wide column
      carries the text (pypdf reads the two columns of a row into the same lines); the main goals
      as a 2 x 2 grid of coloured cards; each priority area as a «målkort» table (delmål |
      strategier); an area-strategy table and an indicator table; a running footer with the plan
      title and the page number and a small running header
  solbakkvik-kunnskapsgrunnlag.docx (+ .meta.json) – python-docx, unnumbered Heading 1/2,
      captions ABOVE the tables («Tabell 4 …») with a source line below, shaded one-cell
      «Faktaboks» boxes, bullet lists

Solbakkvik kommune does not exist. Every name, place, firm, figure and decision below is invented
test data, written independently of the product and the other held-out sets. Run:
    .venv/bin/python evaluation/heldout14/render.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

import evaluation.heldout_render as shared  # noqa: E402

PDF_PATH = HERE / "solbakkvik-samfunnsdel.pdf"
DOCX_PATH = HERE / "solbakkvik-kunnskapsgrunnlag.docx"

NOTICE_TITLE = "Eksempeldata – fiktiv kommune"
NOTICE = ("Solbakkvik kommune finnes ikke. Dokumentet er laget som testmateriale for en uavhengig "
          "evaluering av Samspill. Alle navn, steder, bedrifter, institusjoner, tall og vedtak er "
          "oppdiktet. Eventuell likhet med virkelige kommuner, steder eller personer er tilfeldig.")

PDF_TITLE = "Kommuneplanens samfunnsdel 2021–2033"
ADOPTED = "Vedtatt av kommunestyret 17. juni 2021, sak 38/21"

# ---------------------------------------------------------------------------------------------
# Samfunnsdelen (PDF). Kinds:
#   ("kap", number, title)                       chapter band (new page unless noted)
#   ("sec", side_head, [paragraphs])              side head in the margin, text in the wide column
#   ("note", side_head, margin_note, [paras])     as «sec», with an italic margin note under the head
#   ("bullets", side_head, intro, [items])        side head and a bullet list
#   ("vision", text, explanation)                 the vision band
#   ("goals", [(label, text)])                    the main goals as a 2 x 2 grid of cards
#   ("satsing", letter, title, lead, [(delmål, [strategies])])   the «målkort» of a priority area
#   ("table", side_head, caption, rows, widths)   data table in the wide column
# ---------------------------------------------------------------------------------------------

SAMFUNNSDEL = [
    ("kap", "1", "Innledning"),
    ("sec", "Hva planen er", [
        "Kommuneplanens samfunnsdel er Solbakkvik kommunes overordnede plan for hvordan "
        "lokalsamfunnet skal utvikle seg, og for hvordan kommunen som organisasjon skal bidra. "
        "Planen gjelder for perioden 2021–2033 og erstatter samfunnsdelen fra 2012. Den skal "
        "legges til grunn for kommuneplanens arealdel, for temaplaner og for den årlige handlings- "
        "og økonomiplanen.",
        "Samfunnsdelen ble vedtatt av kommunestyret 17. juni 2021 i sak 38/21. Den beskriver de "
        "lange linjene (visjon, hovedmål og arealstrategi) og fire satsingsområder som skal gi "
        "retning for prioriteringene i valgperioden.",
    ]),
    ("sec", "Planens oppbygging", [
        "Kapittel 1 gir bakgrunnen for planen. Kapittel 2 presenterer visjonen og de fire "
        "hovedmålene, og kapittel 3 de fire satsingsområdene med delmål og strategier. Kapittel 4 "
        "er arealstrategien, som viser hvordan målene skal følges opp i arealdelen, og kapittel 5 "
        "beskriver hvordan planen skal følges opp og måles.",
    ]),
    ("note", "Slik ble planen til",
     "Over 1 900 hytteeiere svarte på spørreundersøkelsen om planen.", [
        "Kommunestyret fastsatte planprogrammet i september 2020. Arbeidet startet med to "
        "politiske verksteder for hele kommunestyret, i november 2020 og i februar 2021. På det "
        "første verkstedet drøftet representantene kunnskapsgrunnlaget i tverrpolitiske grupper, "
        "og på det andre forslag til visjon, hovedmål og satsingsområder.",
        "Ungdomsrådet, eldrerådet og rådet for personer med funksjonsnedsettelse holdt egne møter "
        "om planen. For første gang ble også eierne av fritidsboliger invitert til å si sin mening "
        "gjennom en egen digital spørreundersøkelse. Planforslaget lå ute til høring fra 8. mars "
        "til 26. april 2021, og det kom 64 høringsuttalelser, blant annet fra Havlid "
        "fylkeskommune, statsforvalteren, Kystverket og nabokommunene Brekkøy og Lindvik.",
    ]),
    ("sec", "Solbakkvik i dag", [
        "Solbakkvik er en kystkommune med 12 150 innbyggere (1. januar 2020) sør i Havlid fylke. "
        "Kommunesenteret er den gamle trehusbyen Bryggebakken ved Solbakkvika, der rundt 180 "
        "hvitmalte trehus fra 1700- og 1800-tallet er regulert til bevaring. Utenfor sentrum "
        "ligger tettstedene Ormestad, Skjellvik og Hvitberg, hytteområdene på Lyngtangen og "
        "Eikesand og skjærgården med Måkeholmen.",
        "Om sommeren mer enn dobles befolkningen. Kommunen har om lag 4 600 fritidsboliger og "
        "over 2 000 båtplasser, og i fellesferien kan det oppholde seg opp mot 30 000 mennesker i "
        "kommunen. Den største private arbeidsgiveren er Havbrekk Maritime AS på Tangvald, som "
        "leverer dekksutstyr og propellanlegg til verft i inn- og utland. Kalvsund, "
        "regionsenteret, ligger 40 minutter unna med bil.",
    ]),
    ("note", "Hva innbyggerne sa",
     "«Vi vil ha noe å gjøre også når turistene har reist.» – Ungdomsrådet", [
        "Flest innspill handlet om et levende sentrum hele året, boliger for unge, tilgang til "
        "strender og svaberg og tilbudet til eldre. Ungdomsrådet ba om flere møteplasser og et "
        "bedre busstilbud på kveldstid. Eldrerådet var opptatt av at det må bli lettere å bo "
        "hjemme lenger, og av trygge gangveier i sentrum.",
        "Hytteeierne ønsket bedre mobil- og bredbåndsdekning, flere ladepunkter og lengre "
        "åpningstider i butikkene utenom sesongen. Mange av dem svarte at de kunne tenke seg å "
        "bruke hytta mer, og en av fem at de vurderer å flytte til Solbakkvik når de blir "
        "pensjonister.",
    ]),
    ("bullets", "Hovedutfordringer",
     "Kunnskapsgrunnlaget pekte på fem utfordringer som kommunestyret ville at planen skulle "
     "svare på:", [
        "Befolkningen blir eldre. Veksten kommer fra tilflytting av godt voksne og pensjonister, "
        "mens det blir færre unge voksne og færre barn.",
        "Sentrum er travelt om sommeren, men stille resten av året, og mange butikklokaler i "
        "Bryggebakken står tomme om vinteren.",
        "Næringslivet, med Havbrekk Maritime i spissen, sliter med å rekruttere fagarbeidere og "
        "ingeniører.",
        "Presset på strandsonen er stort, og mange søker om dispensasjon for å bygge nær sjøen.",
        "Tørre somre gir vannmangel, og vannverket har ingen reservevannkilde.",
    ]),
    ("note", "Økonomiske rammer",
     "Ternetunet var vedtatt da planen ble laget.", [
        "Kommunestyret vedtok i 2019 å bygge Ternetunet helse- og omsorgssenter. Investeringen "
        "vil gi høyere lånegjeld og økte renter og avdrag i hele planperioden. Samfunnsdelen må "
        "derfor gjennomføres innenfor stramme økonomiske rammer, og satsingsområdene skal i "
        "første rekke følges opp ved å endre måten kommunen arbeider på, ikke ved nye tiltak som "
        "krever varig økte driftsutgifter.",
    ]),

    ("kap", "2", "Visjon og hovedmål"),
    ("vision", "«Solbakkvik – levende kystby hele året»",
     "Visjonen uttrykker at Solbakkvik skal være et godt sted å bo, arbeide og drive næring i alle "
     "årets måneder, ikke bare i sommersesongen. Den skal ligge fast gjennom hele planperioden."),
    ("goals", [
        ("Hovedmål 1", "Solbakkvik har et levende sentrum og gode lokalsamfunn hele året."),
        ("Hovedmål 2", "Innbyggerne lever gode og aktive liv i alle aldre."),
        ("Hovedmål 3", "Næringslivet er mangfoldig og har tilgang på den kompetansen det trenger."),
        ("Hovedmål 4", "Kysten, strandsonen og vannressursene forvaltes slik at de kan brukes også "
                       "av framtidige generasjoner."),
    ]),
    ("sec", "Hva hovedmålene betyr", [
        "Hovedmål 1 handler om at sentrum og tettstedene skal ha liv, handel og møteplasser også "
        "utenom sommeren. Hovedmål 2 omfatter folkehelse, oppvekst og at eldre skal kunne leve "
        "aktive liv. Hovedmål 3 gjelder både den maritime industrien, reiselivet og "
        "rekrutteringen til kommunens egne tjenester. Hovedmål 4 samler forvaltningen av "
        "strandsonen, drikkevannet og arbeidet med klima og klimatilpasning.",
    ]),
    ("sec", "Bærekraftsmålene", [
        "FNs bærekraftsmål er et felles rammeverk for planen. Kommunestyret har valgt ut fem mål "
        "som er særlig viktige for Solbakkvik: god helse og livskvalitet (mål 3), rent vann "
        "(mål 6), anstendig arbeid og økonomisk vekst (mål 8), bærekraftige byer og lokalsamfunn "
        "(mål 11) og livet i havet (mål 14). Hvert satsingsområde viser til ett eller flere av "
        "disse målene i handlings- og økonomiplanen.",
    ]),
    ("sec", "Lange linjer og valgperiode", [
        "Visjonen, hovedmålene og arealstrategien er planens lange linjer. Satsingsområdene i "
        "kapittel 3 er kommunestyrets prioriteringer for valgperioden. De skal vurderes på nytt i "
        "den kommunale planstrategien etter hvert kommunevalg.",
    ]),

    ("kap", "3", "Satsingsområder"),
    ("sec", "Fire satsingsområder", [
        "Kommunestyret har valgt fire satsingsområder: A Helårsbyen, B Aldersvennlige Solbakkvik, "
        "C Kompetanse og arbeid og D Kyst, klima og vann. For hvert område står delmålene og "
        "strategiene i et målkort. Tiltak og ressurser fastsettes i handlings- og økonomiplanen.",
    ]),
    ("satsing", "A", "Helårsbyen",
     "Bryggebakken skal være en levende by også i oktober og februar, og Solbakkvik skal være et "
     "attraktivt sted å bo for unge voksne og barnefamilier.", [
        ("A1 Flere unge voksne velger å bosette seg i Solbakkvik.", [
            "Legge til rette for rimelige utleieboliger og førstegangsboliger for unge, blant "
            "annet på Mølleodden.",
            "Samarbeide med næringslivet om sommerjobber, lærlingplasser og «kom hjem»-kampanjer.",
        ]),
        ("A2 Bryggebakken har handel, service og møteplasser året rundt.", [
            "Samle offentlige funksjoner, handel og kultur i sentrum.",
            "Ta vare på trehusbebyggelsen og bruke kulturarven aktivt i utviklingen av sentrum.",
            "Teste ordninger som gjør det lettere å bruke tomme lokaler til midlertidige "
            "aktiviteter om vinteren.",
        ]),
        ("A3 Barn og unge har gode oppvekstmiljøer og et godt skoletilbud.", [
            "Vurdere skolestrukturen i planperioden ut fra elevtall, kvalitet og nærhet til "
            "skolen.",
            "Styrke fritidstilbudet for ungdom, også i skjærgården og på tettstedene.",
        ]),
    ]),
    ("sec", "Hvorfor helårsbyen", [
        "Andelen unge voksne er lav, og uten flere i denne aldersgruppen blir det færre barn og "
        "færre som kan jobbe i tjenestene og næringslivet. Et sentrum med aktivitet hele året "
        "gjør kommunen mer attraktiv både for tilflyttere og for hytteeiere som vil være her "
        "lenger.",
    ]),
    ("satsing", "B", "Aldersvennlige Solbakkvik",
     "Flere eldre skal kunne bo trygt i eget hjem lenger, og kommunen skal bruke de ressursene "
     "eldre innbyggere selv har.", [
        ("B1 Flest mulig eldre bor hjemme med god livskvalitet.", [
            "Prioritere hverdagsrehabilitering, velferdsteknologi og tidlig innsats framfor "
            "flere institusjonsplasser.",
            "Planlegge for aldersvennlige boliger nær sentrum og tettstedene.",
        ]),
        ("B2 Kommunen har nok kvalifiserte ansatte i helse og omsorg.", [
            "Øke andelen heltidsstillinger og redusere sykefraværet.",
            "Samarbeide med videregående skole og høgskole om rekruttering av sykepleiere og "
            "helsefagarbeidere.",
        ]),
        ("B3 Seniorene er en ressurs i lokalsamfunnet.", [
            "Støtte frivillige lag, seniorsentre og tiltak der pensjonister bidrar i "
            "lokalsamfunnet.",
        ]),
    ]),
    ("sec", "Hvorfor aldersvennlig", [
        "Antallet eldre vil øke kraftig i planperioden. Ternetunet gir moderne plasser, men "
        "kommunen kan ikke møte veksten bare med flere institusjonsplasser. Både økonomien og "
        "tilgangen på fagfolk gjør at mer av innsatsen må skje i hjemmet.",
    ]),
    ("satsing", "C", "Kompetanse og arbeid",
     "Solbakkvik skal ha et variert næringsliv med helårsarbeidsplasser, og bedriftene skal få "
     "tak i den kompetansen de trenger.", [
        ("C1 Den maritime leverandørindustrien har gode vilkår for vekst.", [
            "Sikre areal for utvidelse av Tangvald næringsområde.",
            "Samarbeide med Havbrekk Maritime og videregående skole om lærlinger og "
            "fagskoleutdanning.",
        ]),
        ("C2 Reiselivet skaper flere helårsarbeidsplasser.", [
            "Utvikle reiselivsprodukter utenfor sommersesongen sammen med næringen.",
            "Legge til rette for at hytteeiere kan bruke fritidsboligen lenger og arbeide "
            "derfra.",
        ]),
    ]),
    ("sec", "Hvorfor kompetanse", [
        "Bedriftene i kommunen melder at mangel på fagarbeidere og ingeniører er den største "
        "hindringen for vekst. Flere helårsarbeidsplasser er også viktig for å få unge voksne "
        "til å flytte hjem.",
    ]),
    ("satsing", "D", "Kyst, klima og vann",
     "Strandsonen, sjøen og drikkevannet er felles ressurser som skal forvaltes langsiktig og "
     "være tilgjengelige for alle.", [
        ("D1 Strandsonen er tilgjengelig for allmennheten.", [
            "Føre en streng praksis for dispensasjoner i 100-metersbeltet langs sjøen.",
            "Sikre og merke turstier og badeplasser langs kysten, blant annet på Eikesand.",
        ]),
        ("D2 Innbyggere, hyttegjester og næringsliv har sikker vannforsyning også i tørre "
         "somre.", [
            "Etablere en reservevannkilde og vurdere samarbeid med Brekkøy om vannforsyning.",
            "Redusere lekkasjene i ledningsnettet og stille krav om vannsparing i nye "
            "hytteområder.",
        ]),
        ("D3 Solbakkvik er forberedt på klimaendringene og kutter egne utslipp.", [
            "Ta hensyn til stormflo og havnivåstigning i all planlegging, særlig i Bryggebakken.",
            "Redusere utslippene fra fritidsbåter, ferjer og veitrafikk, blant annet med "
            "ladepunkter i gjestehavna.",
        ]),
    ]),

    ("sec", "Hvorfor kyst og vann", [
        "Kysten er grunnlaget for både bosetting, hytteliv og reiseliv. Presset på strandsonen "
        "og de tørre somrene viser at ressursene ikke er ubegrensede. Klimaendringene vil gi "
        "både mer tørke og mer stormflo.",
    ]),
    ("kap", "4", "Arealstrategi"),
    ("sec", "Hva arealstrategien er", [
        "Arealstrategien viser hvordan målene i samfunnsdelen skal følges opp i kommuneplanens "
        "arealdel. Den skal være retningsgivende når arealdelen revideres, og når kommunen "
        "behandler reguleringsplaner og dispensasjoner.",
    ]),
    ("bullets", "Strategier for arealbruken", "Kommunestyret har vedtatt disse strategiene:", [
        "Minst 80 prosent av nye boliger skal bygges i sentrumssonen (Bryggebakken og "
        "Mølleodden) og på Ormestad.",
        "Nye fritidsboliger tillates bare i områder som er avsatt i arealdelen, og ikke i "
        "100-metersbeltet langs sjøen. Det skal ikke legges ut nye hytteområder i planperioden "
        "utover feltene på Lyngtangen.",
        "Det tillates høyst 150 nye fritidsboliger i planperioden.",
        "Tangvald næringsområde kan utvides med inntil 40 dekar for maritim industri.",
        "Bryggebakken skal forvaltes som et sammenhengende kulturmiljø. Nye bygg i sentrum skal "
        "tilpasses trehusbyen i høyde, volum og materialbruk.",
        "Dyrka mark på Ormestad skal ikke omdisponeres til boliger eller næring.",
        "Nedbørfeltet til Langemyrvatnet skal sikres mot ny utbygging.",
    ]),
    ("table", "Boligfordeling", "Tabell 1: Planlagt fordeling av nye boliger 2021–2033",
     [["Område", "Nye boliger", "Andel"],
      ["Bryggebakken og Mølleodden", "340", "57 %"],
      ["Ormestad", "140", "23 %"],
      ["Skjellvik", "60", "10 %"],
      ["Hvitberg og spredt", "60", "10 %"],
      ["Sum", "600", "100 %"]], [0.52, 0.24, 0.24]),
    ("sec", "Sentrum og tettsteder", [
        "Fortetting i Bryggebakken skal skje med respekt for trehusbyen. Mølleodden, det tidligere "
        "lagerområdet ved havna, skal utvikles til et nytt boligområde med blandede boligtyper, "
        "også mindre leiligheter for unge og eldre. Ormestad skal være kommunens andre "
        "tyngdepunkt med skole, barnehage og dagligvarehandel. På Skjellvik og Hvitberg skal "
        "det legges til rette for en moderat boligbygging som kan opprettholde grendene.",
    ]),
    ("note", "Strandsonen",
     "I 100-metersbeltet gjelder et generelt byggeforbud.", [
        "Solbakkvik ligger i et område med stort utbyggingspress etter de statlige "
        "planretningslinjene for differensiert forvaltning av strandsonen. Kommunen skal "
        "praktisere byggeforbudet i 100-metersbeltet strengt. Utvidelse av eksisterende "
        "fritidsboliger i strandsonen skal bare tillates når den ikke hindrer allmenn ferdsel, og "
        "tilbygg skal ikke gi hytta et samlet bruksareal over 120 kvadratmeter.",
    ]),

    ("kap", "5", "Oppfølging"),
    ("sec", "Handlings- og økonomiplan", [
        "Samfunnsdelen følges opp gjennom den årlige handlings- og økonomiplanen. Der skal "
        "kommunedirektøren vise hvilke tiltak som følger opp hvert satsingsområde, og hva de "
        "koster. Satsingsområdene skal også brukes når tjenesteområdene lager sine virksomhetsplaner.",
        "Kommunestyret får en egen rapport om måloppnåelse i årsmeldingen hvert år. Rapporten "
        "skal bruke indikatorene i tabell 2.",
    ]),
    ("sec", "Ansvar", [
        "Kommunedirektøren har ansvaret for å følge opp planen i organisasjonen. Hvert "
        "satsingsområde har en ansvarlig kommunalsjef i ledergruppen, som skal konkretisere hva "
        "satsingsområdet betyr for tjenesteområdet, og melde behov for nye planer eller endrede "
        "prioriteringer til kommunedirektøren.",
    ]),
    ("sec", "Revisjon", [
        "I den kommunale planstrategien, som skal vedtas senest ett år etter at det nye "
        "kommunestyret er konstituert, skal kommunestyret ta stilling til om samfunnsdelen skal "
        "revideres helt eller delvis. Før dette skal det lages et oppdatert kunnskapsgrunnlag, og "
        "kommunestyret skal drøfte det i et politisk verksted.",
    ]),
    ("sec", "Samarbeid", [
        "Flere av målene kan bare nås i samarbeid med andre. Det gjelder særlig vannforsyningen og "
        "beredskapen, der kommunen skal samarbeide med Brekkøy og Lindvik, og rekrutteringen til "
        "næringslivet, der Havlid fylkeskommune, videregående skole og bedriftene er viktige "
        "partnere. Frivillige lag og foreninger er sentrale for å nå målene om et aldersvennlig "
        "samfunn og aktive lokalsamfunn.",
    ]),
    ("table", "Indikatorer", "Tabell 2: Indikatorer for oppfølging av samfunnsdelen",
     [["Indikator", "Utgangspunkt 2020", "Mål 2033"],
      ["Innbyggere", "12 150", "13 000"],
      ["Andel innbyggere 20–39 år", "20,3 %", "minst 21 %"],
      ["Andel innbyggere over 80 år som bor hjemme", "88 %", "minst 90 %"],
      ["Arbeidsplasser i kommunen", "4 950", "5 400"],
      ["Lekkasje fra vannledningsnettet", "36 %", "under 20 %"],
      ["Innvilgede dispensasjoner i 100-metersbeltet per år", "44", "under 15"],
      ["Netto driftsresultat i prosent av driftsinntektene", "2,1 %", "minst 1,5 % over tid"],
      ["Klimagassutslipp i kommunen", "51 200 tonn CO2-ekvivalenter (2018)",
       "45 % lavere enn i 2009 innen 2030"]],
     [0.46, 0.27, 0.27]),
]

# ---------------------------------------------------------------------------------------------
# Kunnskapsgrunnlaget (DOCX). Kinds: h1, h2, p, ul (built in), plus
#   ("table", caption, rows, source)    caption above, source line below
#   ("box", title, text)                shaded one-cell «Faktaboks»
# ---------------------------------------------------------------------------------------------

KUNNSKAPSGRUNNLAG = [
    ("h1", "Om kunnskapsgrunnlaget"),
    ("p", "Dette kunnskapsgrunnlaget beskriver situasjonen og utviklingstrekkene i Solbakkvik "
          "kommune. Det er utarbeidet av kommunedirektøren og ledergruppen som grunnlag for "
          "kommunal planstrategi 2024–2027 og for kommunestyrets vurdering av om "
          "kommuneplanens samfunnsdel 2021–2033 skal revideres. Dokumentet skal brukes på det "
          "første politiske verkstedet 10. oktober 2024."),
    ("p", "Kunnskapsgrunnlaget dekker samfunnsutvikling, tjenesteyting, beredskap og økonomi, i "
          "tillegg til nasjonale og regionale føringer. Det beskriver situasjon og "
          "utviklingstrekk og tar ikke stilling til hvilke veivalg kommunestyret bør gjøre. Tall "
          "er hentet fra SSB, Nav, KOSTRA, kommunens egne fagsystemer og helhetlig ROS-analyse "
          "2023. Befolkningstall gjelder 1. januar 2024 når ikke annet er oppgitt."),

    ("p", "Dokumentet er bygd opp etter de fire temaene i KS-notatet om samspill mellom "
          "folkevalgte og administrasjon: først befolkning, næringsliv og samfunnsutvikling, så "
          "kommunens tjenester, deretter økonomi, klima og beredskap, og til slutt føringer fra "
          "staten og fylkeskommunen. Kapitlene om befolkning, tjenester og økonomi avsluttes med en kort faktaboks."),
    ("h1", "Befolkning"),
    ("h2", "Folketall og vekst"),
    ("p", "Solbakkvik hadde 12 480 innbyggere 1. januar 2024. Det er 99 flere enn ett år "
          "tidligere, en vekst på 0,8 prosent. I 2023 ble det født 88 barn, mens 151 personer "
          "døde, slik at kommunen hadde et fødselsunderskudd på 63. Veksten skyldes "
          "nettoinnflytting på 162 personer, hvorav 98 fra andre kommuner og 64 fra utlandet."),
    ("p", "Innflytterne er i stor grad mellom 55 og 75 år. Mange av dem har hatt hytte i "
          "kommunen i flere år og gjør fritidsboligen eller et hus i Bryggebakken om til "
          "helårsbolig når de blir pensjonister. Samtidig flytter mange unge ut for å ta "
          "utdanning, og få kommer tilbake før de er i 30-årene."),
    ("table", "Tabell 1: Befolkning etter alder 1. januar 2024",
     [["Aldersgruppe", "Antall", "Andel"],
      ["0–5 år", "540", "4,3 %"],
      ["6–15 år", "1 090", "8,7 %"],
      ["16–19 år", "470", "3,8 %"],
      ["20–39 år", "2 430", "19,5 %"],
      ["40–66 år", "4 380", "35,1 %"],
      ["67–79 år", "2 450", "19,6 %"],
      ["80 år og eldre", "1 120", "9,0 %"],
      ["Sum", "12 480", "100 %"]],
     "Kilde: SSB, statistikkbanken."),
    ("p", "Aldersgruppen 20–29 år teller 1 010 personer, eller 8,1 prosent av befolkningen. På "
          "landsbasis er andelen om lag 13 prosent. Andelen innbyggere 67 år og eldre er 28,6 "
          "prosent, mot om lag 19 prosent i landet."),
    ("h2", "Bosetting"),
    ("p", "Om lag 40 prosent av innbyggerne bor i sentrumsområdet rundt Bryggebakken. Ormestad "
          "er det nest største tettstedet. Folketallet har økt mest i sentrum og på Ormestad, "
          "mens det har gått ned på Hvitberg og i skjærgården de siste ti årene."),
    ("table", "Tabell 2: Innbyggere etter delområde 1. januar 2024",
     [["Delområde", "Innbyggere", "Endring siden 2014"],
      ["Bryggebakken og sentrum", "4 870", "+6 %"],
      ["Ormestad", "2 960", "+9 %"],
      ["Skjellvik", "1 640", "+1 %"],
      ["Hvitberg", "880", "-7 %"],
      ["Spredt bebyggelse og øyer", "2 130", "-3 %"],
      ["Sum", "12 480", "+3 %"]],
     "Kilde: SSB, grunnkretsstatistikk, bearbeidet av kommunen."),
    ("h2", "Framskrivinger"),
    ("p", "SSBs hovedalternativ (MMMM) viser en svak vekst i folketallet fram mot 2040 og "
          "deretter en utflating. Veksten kommer nesten bare i de eldste aldersgruppene. Tallet "
          "på innbyggere 80 år og eldre ventes å nesten dobles fra 2024 til 2040."),
    ("table", "Tabell 3: Framskrevet befolkning, SSBs hovedalternativ",
     [["", "2024", "2030", "2035", "2040", "2050"],
      ["Innbyggere i alt", "12 480", "12 820", "13 050", "13 190", "13 240"],
      ["0–15 år", "1 630", "1 510", "1 420", "1 380", "1 350"],
      ["20–39 år", "2 430", "2 310", "2 220", "2 150", "2 120"],
      ["80 år og eldre", "1 120", "1 560", "1 890", "2 150", "2 420"]],
     "Kilde: SSB, befolkningsframskrivinger 2024."),
    ("p", "Med dagens fødselstall vil antallet elever i grunnskolen falle fra 1 038 i 2024 til "
          "om lag 890 i 2035, en nedgang på 14 prosent. Forsørgerbrøken, antallet personer "
          "under 20 og over 66 år per person i yrkesaktiv alder, øker fra 0,83 i 2024 til 1,02 i "
          "2040."),
    ("h2", "Sommerbefolkningen"),
    ("p", "Solbakkvik har 4 650 fritidsboliger, de fleste på Lyngtangen, Eikesand, Måkeholmen "
          "og i skjærgården, og om lag 2 100 båtplasser. Målinger av mobiltrafikk viser at det i "
          "juli 2023 oppholdt seg opp mot 31 000 personer i kommunen på det meste, mer enn to og "
          "en halv gang det faste folketallet. Sommerbefolkningen gir økt omsetning i handel og "
          "reiseliv, men også økt press på vann, avløp, renovasjon, veier, legevakt og "
          "hjemmetjenester."),
    ("box", "Faktaboks: Befolkning",
     "12 480 innbyggere. Vekst 0,8 prosent i 2023, bare på grunn av innflytting. 28,6 prosent "
     "er 67 år eller eldre. Antallet 80 år og eldre ventes å øke fra 1 120 til 2 150 innen "
     "2040. Opp mot 31 000 personer i kommunen i juli."),

    ("h1", "Næringsliv, arbeid og pendling"),
    ("h2", "Arbeidsplasser og næringsstruktur"),
    ("p", "Det var 5 120 arbeidsplasser i Solbakkvik i 2023. Kommunen er største arbeidsgiver "
          "med 1 240 ansatte. Den største private arbeidsgiveren er Havbrekk Maritime AS på "
          "Tangvald med 210 ansatte. Bedriften leverer dekksutstyr og propellanlegg til verft og "
          "er avhengig av ordrer fra noen få store kunder. Den har meldt behov for å utvide "
          "anlegget og for å rekruttere om lag 40 fagarbeidere og ingeniører de neste fem "
          "årene."),
    ("p", "Handel, overnatting og servering er sterkt sesongpreget. Om sommeren er det om lag "
          "650 flere sysselsatte i disse næringene enn om vinteren, og mange av dem er studenter "
          "og sesongarbeidere som ikke bor i kommunen. Varehandelen per innbygger er 112 prosent "
          "av landsgjennomsnittet, noe som forklares med hyttebefolkningen."),
    ("p", "Reiselivet er basert på hytteturisme, gjestehavna i Bryggebakken, to campingplasser "
          "og et hotell. Sesongen er kort, og de fleste reiselivsbedriftene har stengt eller "
          "redusert drift fra oktober til april. Fiske og jordbruk sysselsetter til sammen om "
          "lag 90 personer. Det er 21 aktive gårdsbruk, de fleste på Ormestad, og sju "
          "helårsfiskere."),
    ("table", "Tabell 4: Arbeidsplasser i Solbakkvik etter næring, 2023",
     [["Næring", "Arbeidsplasser", "Andel"],
      ["Helse og sosial", "1 180", "23 %"],
      ["Industri (mest maritim leverandørindustri)", "720", "14 %"],
      ["Varehandel", "610", "12 %"],
      ["Bygg og anlegg", "560", "11 %"],
      ["Undervisning", "470", "9 %"],
      ["Overnatting og servering", "350", "7 %"],
      ["Offentlig administrasjon", "300", "6 %"],
      ["Andre næringer", "930", "18 %"],
      ["Sum", "5 120", "100 %"]],
     "Kilde: SSB, sysselsatte etter arbeidssted (4. kvartal 2023)."),
    ("h2", "Sysselsetting og pendling"),
    ("p", "Det bodde 5 640 sysselsatte i kommunen i 2023. Av dem pendlet 2 050 ut av kommunen, "
          "de fleste til Kalvsund. 1 530 personer pendlet inn, mange til Havbrekk Maritime og "
          "til helse- og omsorgstjenestene. Den registrerte arbeidsledigheten var 2,1 prosent "
          "i gjennomsnitt for 2023."),
    ("ul", [
        "Utpendling: 2 050 personer, hvorav 1 420 til Kalvsund.",
        "Innpendling: 1 530 personer, hvorav 610 fra Brekkøy og 380 fra Lindvik.",
        "Reisetid med bil til Kalvsund: 40 minutter. Buss hver time på hverdager.",
    ]),

    ("h2", "Boliger"),
    ("p", "Det ble i gjennomsnitt bygd 38 nye boliger per år i perioden 2019–2023. 71 prosent av "
          "boligmassen er eneboliger, og det er få utleieboliger og små leiligheter. I tillegg "
          "ble 26 fritidsboliger i 2023 tatt i bruk som helårsbolig. Kommunen eier 118 "
          "kommunale utleieboliger, og mange av dem er lite egnet for eldre med "
          "funksjonsnedsettelser. Utbyggingen på Mølleodden er regulert for 220 boliger, og "
          "første byggetrinn med 48 leiligheter sto ferdig i 2024."),
    ("h2", "Transport"),
    ("p", "Fylkesvei 412 er hovedåren gjennom kommunen og har kø i sentrum på sommerdager. "
          "Ferjesambandet til Måkeholmen har timesavganger om sommeren og seks avganger per dag "
          "resten av året. Det er bussforbindelse til Kalvsund hver time på hverdager, men få "
          "avganger om kvelden og i helgene."),
    ("h1", "Tjenester"),
    ("h2", "Barnehage"),
    ("p", "Solbakkvik har seks barnehager, tre kommunale og tre private, med til sammen 410 "
          "barn. Det er full barnehagedekning, og 93 prosent av barna i alderen 1–5 år går i "
          "barnehage. På grunn av lavere fødselstall hadde barnehagene 38 ledige plasser høsten "
          "2024."),
    ("p", "Barnetallet i aldersgruppen 0–5 år ventes å gå videre ned fram mot 2030. Den private "
          "barnehagen på Hvitberg har varslet at den vurderer å legge ned driften dersom "
          "barnetallet fortsetter å falle."),
    ("h2", "Grunnskole"),
    ("p", "Kommunen har fem grunnskoler med til sammen 1 038 elever. I tillegg ligger Kystlys "
          "friskole på Skjellvik. Elevtallet har falt med 9 prosent siden 2018. Bryggebakken "
          "skole ble bygget i 1962, og en tilstandsvurdering i 2023 anslo behovet for "
          "rehabilitering til 185 millioner kroner."),
    ("table", "Tabell 5: Kommunale grunnskoler og elevtall, skoleåret 2024/25",
     [["Skole", "Trinn", "Elever"],
      ["Bryggebakken skole", "1–7", "312"],
      ["Ormestad skole", "1–7", "228"],
      ["Skjellvik skole", "1–7", "96"],
      ["Hvitberg skole", "1–7", "41"],
      ["Solbakkvik ungdomsskole", "8–10", "361"],
      ["Sum", "", "1 038"]],
     "Kilde: GSI og kommunens skoleadministrative system."),
    ("p", "Driftsutgiftene per elev varierer mye mellom skolene. Ved Hvitberg skole, som har "
          "fådelt undervisning, er utgiftene om lag 212 000 kroner per elev, mot 118 000 kroner "
          "i gjennomsnitt for kommunens skoler. Kommunestyret vedtok i 2023 å utrede "
          "skolestrukturen. Utredningen skal legges fram våren 2025 og vurderer tre alternativer: "
          "dagens struktur, sammenslåing av Hvitberg og Skjellvik skole, og én felles barneskole "
          "for Hvitberg, Skjellvik og Ormestad."),
    ("h2", "Helse og omsorg"),
    ("p", "Ternetunet helse- og omsorgssenter ble tatt i bruk i mars 2023 og erstattet Solbakkvik "
          "sykehjem. Senteret har 72 plasser, 60 langtidsplasser og 12 plasser for korttid og "
          "rehabilitering. I tillegg har Lyngtangen bo- og servicesenter 24 omsorgsboliger med "
          "heldøgns bemanning. Plassene på Ternetunet gir 6,4 institusjonsplasser per 100 innbyggere 80 år og "
          "eldre."),
    ("p", "Hjemmetjenestene hadde 610 mottakere i 2023, hvorav 390 fikk hjemmesykepleie. Om "
          "sommeren øker pågangen: i juli 2023 fikk 140 personer som oppholdt seg på hytta eller "
          "var på besøk, hjemmesykepleie fra kommunen. Andelen innbyggere over 80 år som bor "
          "hjemme, var 89 prosent i 2023."),
    ("h2", "Folkehelse"),
    ("p", "Ungdata-undersøkelsen fra 2023 viser at 78 prosent av ungdomsskoleelevene er fornøyd "
          "med lokalmiljøet, men bare 41 prosent er fornøyd med tilbudet av steder å være på "
          "fritiden. Blant eldre over 75 år oppgir 23 prosent at de ofte føler seg ensomme, "
          "ifølge en egen levekårsundersøkelse fra 2022. Solbakkvik har 63 frivillige lag og "
          "foreninger, og frivilligsentralen formidlet 4 100 timer frivillig innsats i 2023."),
    ("p", "Legevakten er interkommunal og ligger i Kalvsund. Om sommeren har kommunen en egen "
          "sommerlegevakt i Bryggebakken med åpent hver dag fra 1. juli til 15. august."),
    ("h2", "Bemanning og rekruttering"),
    ("p", "Helse og omsorg hadde 412 årsverk i 2023. Høsten 2024 var 14 sykepleierstillinger "
          "ubesatte. Bare 38 prosent av de ansatte i helse og omsorg har heltidsstilling. "
          "Sykefraværet i helse og omsorg var 10,8 prosent i 2023, mot 8,1 prosent for kommunen "
          "samlet. Dersom dagens dekningsgrad og arbeidsmåte videreføres, vil kommunen trenge om "
          "lag 150 flere årsverk i helse og omsorg innen 2040."),
    ("table", "Tabell 6: Nøkkeltall helse og omsorg, 2023",
     [["Indikator", "Solbakkvik", "Landet"],
      ["Plasser i institusjon per 100 innbyggere 80+", "6,4", "11,9"],
      ["Mottakere av hjemmetjenester", "610", "–"],
      ["Årsverk i helse og omsorg", "412", "–"],
      ["Sykefravær helse og omsorg", "10,8 %", "10,1 %"],
      ["Andel ansatte med heltidsstilling", "38 %", "45 %"]],
     "Kilde: KOSTRA og kommunens personalsystem."),
    ("box", "Faktaboks: Tjenester",
     "1 038 elever, nedgang til om lag 890 i 2035. Utredning om skolestruktur våren 2025. 72 "
     "plasser på Ternetunet. 14 ubesatte sykepleierstillinger. Om lag 150 flere årsverk i helse "
     "og omsorg trengs innen 2040 med dagens arbeidsmåte."),

    ("h1", "Økonomi"),
    ("h2", "Driftsresultat og fond"),
    ("p", "Kommunens driftsinntekter var 1 120 millioner kroner i 2023. Netto driftsresultat "
          "har falt de siste tre årene, fra 2,6 prosent av driftsinntektene i 2021 til 0,4 "
          "prosent i 2022 og minus 0,9 prosent i 2023. Årsaken er særlig økte renteutgifter og "
          "høyere lønns- og prisvekst enn ventet."),
    ("p", "Disposisjonsfondet var 46 millioner kroner ved utgangen av 2023, eller 4,1 prosent av "
          "driftsinntektene. Fondet ble redusert med 31 millioner kroner i 2023 for å dekke "
          "underskuddet og ekstra utgifter ved oppstarten av Ternetunet."),
    ("p", "Helse og omsorg står for 41 prosent av kommunens netto driftsutgifter, grunnskolen for "
          "21 prosent og barnehagene for 10 prosent. Sammenlignet med kommunegruppen bruker "
          "Solbakkvik mer per innbygger på pleie og omsorg og på administrasjon, og mindre på "
          "kultur og idrett. Kommunen har høyere utgifter enn andre kommuner til vann, avløp og "
          "renovasjon fordi anleggene må dimensjoneres for sommerbefolkningen."),
    ("h2", "Lånegjeld"),
    ("p", "Ternetunet kostet 486 millioner kroner og er kommunens største investering noensinne. "
          "Netto lånegjeld økte fra 92 prosent av driftsinntektene i 2020 til 128 prosent i "
          "2023, eller 1 434 millioner kroner. En økning i renten på ett prosentpoeng gir om lag "
          "9 millioner kroner i økte renteutgifter per år."),
    ("h2", "Handlingsregler"),
    ("p", "Kommunestyret vedtok i 2021 tre handlingsregler for økonomien:"),
    ("ul", [
        "Netto driftsresultat skal over tid være minst 1,5 prosent av driftsinntektene.",
        "Disposisjonsfondet skal være minst 8 prosent av driftsinntektene.",
        "Netto lånegjeld skal ikke overstige 100 prosent av driftsinntektene.",
    ]),
    ("p", "Ved utgangen av 2023 brøt kommunen alle tre handlingsreglene."),
    ("table", "Tabell 7: Økonomiske nøkkeltall 2021–2023",
     [["", "2021", "2022", "2023", "Handlingsregel"],
      ["Netto driftsresultat", "2,6 %", "0,4 %", "-0,9 %", "minst 1,5 %"],
      ["Disposisjonsfond", "8,9 %", "6,9 %", "4,1 %", "minst 8 %"],
      ["Netto lånegjeld", "104 %", "121 %", "128 %", "høyst 100 %"]],
     "Kilde: KOSTRA og kommunens regnskap. Prosent av brutto driftsinntekter."),
    ("h2", "Eiendomsskatt"),
    ("p", "Solbakkvik har eiendomsskatt på boliger og fritidsboliger med en skattesats på 2,4 "
          "promille. Eiendomsskatten ga 38 millioner kroner i 2023, og 21 millioner kroner av "
          "dette kom fra fritidsboliger."),
    ("box", "Faktaboks: Økonomi",
     "Netto driftsresultat minus 0,9 prosent i 2023. Disposisjonsfond 46 millioner kroner (4,1 "
     "prosent). Netto lånegjeld 1 434 millioner kroner (128 prosent). Alle tre handlingsreglene "
     "er brutt."),

    ("h1", "Klima, miljø og vann"),
    ("h2", "Klimagassutslipp"),
    ("p", "Klimagassutslippene i Solbakkvik var 48 300 tonn CO2-ekvivalenter i 2022. Sjøfart, "
          "inkludert fritidsbåter og ferjesambandet til Måkeholmen, sto for 38 prosent, "
          "veitrafikk for 29 prosent og jordbruk for 11 prosent. Utslippene er redusert med 17 "
          "prosent siden 2009."),
    ("h2", "Vannforsyning og tørke"),
    ("p", "Langemyrvatnet er eneste drikkevannskilde for det kommunale vannverket, som forsyner "
          "om lag 10 900 fastboende og de fleste fritidsboligene. Vannverket kan levere 8 500 "
          "kubikkmeter per døgn. Forbruket er om lag 3 800 kubikkmeter per døgn om vinteren, "
          "men nådde 9 400 kubikkmeter på det meste i juli 2023."),
    ("p", "Sommeren 2023 var vannstanden i Langemyrvatnet den laveste som er målt, og kommunen "
          "innførte vanningsforbud i fem uker. Lekkasjene fra ledningsnettet er anslått til 34 "
          "prosent av vannet som produseres. Mattilsynet har gitt kommunen pålegg om å etablere "
          "en reservevannkilde. En overføringsledning til vannverket i Brekkøy er anslått å "
          "koste 96 millioner kroner."),
    ("h2", "Klimatilpasning"),
    ("p", "Klimaprofilen for Havlid viser at somrene blir varmere og at lange tørkeperioder blir "
          "vanligere, samtidig som kraftig nedbør om høsten øker. Havnivået ventes å stige med "
          "om lag 60 centimeter innen 2100. Deler av Bryggebakken ligger mindre enn to meter over "
          "havet og er utsatt for stormflo."),

    ("p", "Kommunens klimaplan fra 2020 har mål om å redusere utslippene med 45 prosent innen "
          "2030, sammenlignet med 2009. Med dagens utvikling vil målet ikke nås. Det er 34 "
          "offentlige ladepunkter for elbil i kommunen, men ingen ladepunkter for båt i "
          "gjestehavna."),
    ("h1", "ROS og beredskap"),
    ("p", "Helhetlig risiko- og sårbarhetsanalyse (ROS) ble vedtatt av kommunestyret i 2023. "
          "Analysen vurderer 18 uønskede hendelser. Fem av dem har høy risiko:"),
    ("ul", [
        "Svikt i vannforsyningen i en tørr sommer med mange tilreisende.",
        "Brann i den tette trehusbebyggelsen i Bryggebakken.",
        "Skogbrann i tørkeperioder, særlig i hytteområdene på Lyngtangen og Eikesand.",
        "Stormflo kombinert med sterk vind i sentrum.",
        "Dataangrep som slår ut kommunens fagsystemer.",
    ]),
    ("p", "Kommunen har en deltidsbemannet brannstasjon i sentrum. Utrykningstiden til Måkeholmen "
          "og de ytre delene av skjærgården er over 30 minutter. Kommunens beredskapsplan ble "
          "sist revidert i 2022, og kommunen gjennomførte en stor øvelse om vannforsyningssvikt "
          "sammen med Sivilforsvaret i mai 2024. Beredskapsplanen tar i liten grad hensyn til at "
          "befolkningen er mer enn dobbelt så stor om sommeren."),

    ("p", "Brannvesenet og legevakten er dimensjonert for den faste befolkningen. Erfaringene fra "
          "øvelsen i 2024 viste at varsling av hyttegjester og båtfolk er en svakhet, fordi mange "
          "ikke er registrert med adresse i kommunen. Kommunen har ikke et eget reservelager for "
          "drikkevann, men har en avtale med Brekkøy om levering av vann med tankbil i en "
          "krisesituasjon."),
    ("h1", "Nasjonale og regionale føringer"),
    ("h2", "Nasjonale forventninger"),
    ("p", "Nasjonale forventninger til regional og kommunal planlegging 2023–2027 legger vekt på "
          "bærekraftig utvikling, klimatilpasning, arealnøytralitet, en aktiv strandsoneforvaltning "
          "og aldersvennlige lokalsamfunn. Regjeringen forventer at kommunene tar vare på "
          "naturmangfold og dyrka mark og vurderer tilbakeføring av ubebygde områder til LNF."),
    ("p", "Statsforvalteren i Havlid har i sitt forventningsbrev til kommunene særlig pekt på "
          "strandsonen, jordvern, klimatilpasning og tilgangen på helsepersonell. "
          "Fylkeskommunens regionale planstrategi prioriterer kompetanse, kystsonen og "
          "aldersvennlige lokalsamfunn."),
    ("h2", "Strandsonen"),
    ("p", "Solbakkvik ligger i et område med stort utbyggingspress etter de statlige "
          "planretningslinjene for differensiert forvaltning av strandsonen langs sjøen. Om lag "
          "61 prosent av arealet i 100-metersbeltet er bebygd eller påvirket av inngrep. I "
          "årene 2021–2023 behandlet kommunen 148 søknader om dispensasjon i 100-metersbeltet "
          "og innvilget 121 av dem. Statsforvalteren påklaget ni av vedtakene."),
    ("h2", "Regional plan og kulturmiljø"),
    ("p", "Regional plan for kystsonen i Havlid 2021–2033 fastsetter at nye fritidsboliger skal "
          "lokaliseres bak eksisterende bebyggelse og utenfor 100-metersbeltet, og at "
          "allmennhetens tilgang til sjøen skal styrkes. Bryggebakken er registrert i "
          "Riksantikvarens register over kulturmiljøer av nasjonal interesse i byer og tettsteder "
          "(NB!-registeret), og den regionale planen krever at dette følges opp med "
          "hensynssone bevaring i arealdelen."),

    ("h1", "Oppsummering"),
    ("p", "Solbakkvik er en kommune med befolkningsvekst, men veksten kommer nesten bare blant "
          "eldre innbyggere. Antallet 80 år og eldre ventes å nesten dobles til 2040, samtidig "
          "som det blir færre barn og unge voksne. Dette påvirker både behovet for helse- og "
          "omsorgstjenester, skolestrukturen og tilgangen på arbeidskraft."),
    ("ul", [
        "Samfunnsutvikling: aldrende befolkning, få unge voksne og en stor sommerbefolkning.",
        "Tjenesteyting: fallende elevtall, utredning om skolestruktur og rekrutteringsproblemer "
        "i helse og omsorg.",
        "Beredskap: vannforsyning, brann i trehusbyen, skogbrann og stormflo er de største "
        "risikoene.",
        "Økonomi: høy lånegjeld etter Ternetunet, negativt driftsresultat og lite penger på "
        "disposisjonsfondet.",
    ]),
    ("p", "Kommunens økonomiske handlingsrom er lite. Med høy lånegjeld og lite på "
          "disposisjonsfondet vil nye satsinger i de fleste tilfeller kreve omprioriteringer "
          "innenfor dagens rammer. Samtidig står kommunen overfor store investeringsbehov i "
          "vannforsyning og skolebygg."),
    ("p", "Spørsmålene kommunestyret kan drøfte på det første verkstedet, er blant annet hva som "
          "overrasker, hva representantene er nysgjerrige på, og hva som mangler i dette "
          "grunnlaget."),
]


def nb(text: str) -> str:
    """No line break inside a number («12 480») or before «%»."""
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
    from reportlab.platypus import (CondPageBreak, KeepTogether, NextPageTemplate, PageBreak,
                                    Paragraph, SimpleDocTemplate, Spacer)
    from reportlab.platypus.doctemplate import BaseDocTemplate, PageTemplate
    from reportlab.platypus.frames import Frame

    shared.deterministic_pdf()
    W, H = A4
    lm, rm, tm, bm = 16 * mm, 16 * mm, 20 * mm, 20 * mm
    full = W - lm - rm
    margin_w = 44 * mm
    gap = 6 * mm
    wide = full - margin_w - gap

    teal = colors.HexColor("#0E5C6B")
    sun = colors.HexColor("#E8A33D")
    sea = colors.HexColor("#DCEBEE")
    ink = colors.HexColor("#22303A")
    grey = colors.HexColor("#5E6B73")

    body = ParagraphStyle("sb-body", fontName="Helvetica", fontSize=9.6, leading=13.2,
                          textColor=ink, alignment=TA_LEFT, spaceAfter=5)
    side = ParagraphStyle("sb-side", fontName="Helvetica-Bold", fontSize=10, leading=12.5,
                          textColor=teal)
    margin_note = ParagraphStyle("sb-mnote", fontName="Helvetica-Oblique", fontSize=8.4,
                                 leading=10.8, textColor=grey, spaceBefore=4)
    item = ParagraphStyle("sb-item", parent=body, leftIndent=11, bulletIndent=0, spaceAfter=2.5)
    kap_n = ParagraphStyle("sb-kapn", fontName="Helvetica-Bold", fontSize=30, leading=32,
                           textColor=sun)
    kap_t = ParagraphStyle("sb-kapt", fontName="Helvetica-Bold", fontSize=20, leading=24,
                           textColor=colors.white)
    card_l = ParagraphStyle("sb-cardl", fontName="Helvetica-Bold", fontSize=8.6, leading=11,
                            textColor=sun)
    card_t = ParagraphStyle("sb-cardt", fontName="Helvetica-Bold", fontSize=10.4, leading=13.5,
                            textColor=colors.white)
    vis = ParagraphStyle("sb-vis", fontName="Helvetica-BoldOblique", fontSize=17, leading=22,
                         textColor=teal)
    mk_head = ParagraphStyle("sb-mkh", fontName="Helvetica-Bold", fontSize=12, leading=15,
                             textColor=colors.white)
    mk_lead = ParagraphStyle("sb-mkl", fontName="Helvetica-Oblique", fontSize=9.2, leading=12,
                             textColor=ink)
    mk_colh = ParagraphStyle("sb-mkc", fontName="Helvetica-Bold", fontSize=8.6, leading=11,
                             textColor=teal)
    mk_goal = ParagraphStyle("sb-mkg", fontName="Helvetica-Bold", fontSize=9, leading=12,
                             textColor=ink)
    mk_str = ParagraphStyle("sb-mks", fontName="Helvetica", fontSize=8.8, leading=11.6,
                            textColor=ink, leftIndent=8, bulletIndent=0, spaceAfter=2)
    cell = ParagraphStyle("sb-cell", fontName="Helvetica", fontSize=8.8, leading=11.2,
                          textColor=ink)
    cell_h = ParagraphStyle("sb-cellh", parent=cell, fontName="Helvetica-Bold",
                            textColor=colors.white)
    cap = ParagraphStyle("sb-cap", fontName="Helvetica-Bold", fontSize=8.8, leading=11.5,
                         textColor=teal, spaceAfter=3)

    def chrome(canv, d):
        canv.saveState()
        canv.setFont("Helvetica-Bold", 7.6)
        canv.setFillColor(teal)
        canv.drawRightString(W - rm, H - 11 * mm, "SOLBAKKVIK KOMMUNE")
        canv.setStrokeColor(sun)
        canv.setLineWidth(2)
        canv.line(lm, 13 * mm, W - rm, 13 * mm)
        canv.setFont("Helvetica", 7.8)
        canv.setFillColor(grey)
        canv.drawString(lm, 8.5 * mm, f"{PDF_TITLE}  |  {ADOPTED}")
        canv.setFont("Helvetica-Bold", 9)
        canv.drawRightString(W - rm, 8.5 * mm, str(d.page))
        canv.restoreState()

    def cover(canv, d):
        canv.saveState()
        canv.setFillColor(teal)
        canv.rect(0, H * 0.42, W, H * 0.58, stroke=0, fill=1)
        canv.setFillColor(sun)
        canv.circle(W * 0.78, H * 0.80, 26 * mm, stroke=0, fill=1)
        canv.setFillColor(sea)
        for i in range(5):
            canv.rect(0, H * 0.42 + i * 7 * mm, W * (0.35 + 0.1 * i), 2.2 * mm, stroke=0, fill=1)
        canv.restoreState()

    doc = BaseDocTemplate(str(path), pagesize=A4, leftMargin=lm, rightMargin=rm, topMargin=tm,
                          bottomMargin=bm, title=f"{PDF_TITLE} – Solbakkvik kommune (fiktiv)",
                          author="Solbakkvik kommune (fiktiv)",
                          subject="Eksempeldata, fiktiv kommune")
    main_frame = Frame(lm, bm, full, H - tm - bm, id="main", leftPadding=0, rightPadding=0,
                       topPadding=0, bottomPadding=0)
    cover_frame = Frame(lm, bm, full, H * 0.42 - bm - 6 * mm, id="cover", leftPadding=0,
                        rightPadding=0)
    doc.addPageTemplates([PageTemplate("cover", [cover_frame], onPage=cover),
                          PageTemplate("body", [main_frame], onPage=chrome)])

    story = shared.spaced(
        Paragraph("SOLBAKKVIK KOMMUNE", ParagraphStyle("c0", fontName="Helvetica-Bold",
                                                       fontSize=11, leading=14, textColor=teal)),
        3 * mm,
        Paragraph("Kommuneplanens samfunnsdel 2021–2033",
                  ParagraphStyle("c1", fontName="Helvetica-Bold", fontSize=24, leading=29,
                                 textColor=ink)),
        2 * mm,
        Paragraph(f"Levende kystby hele året. {ADOPTED}.",
                  ParagraphStyle("c2", fontName="Helvetica-Oblique", fontSize=11.5, leading=15,
                                 textColor=grey)),
        7 * mm,
    )
    story.append(shared.styled_table(
        [[Paragraph(NOTICE_TITLE, ParagraphStyle("n1", fontName="Helvetica-Bold", fontSize=10,
                                                 leading=13, textColor=teal))],
         [Paragraph(NOTICE, ParagraphStyle("n2", fontName="Helvetica", fontSize=8.6,
                                           leading=11.5, textColor=ink))]],
        [full * 0.8],
        [("BACKGROUND", (0, 0), (-1, -1), sea), ("LINEBEFORE", (0, 0), (0, -1), 3, sun),
         *shared.padding(left=9, right=9, top=4, bottom=5)], hAlign="LEFT"))
    story += [NextPageTemplate("body"), PageBreak()]

    def grid(rows, commands, **kw):
        return shared.styled_table(rows, [margin_w, gap, wide], [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            *shared.padding(left=0, right=0, top=0, bottom=0), *commands], hAlign="LEFT", **kw)

    first_chapter = True
    for el in SAMFUNNSDEL:
        kind = el[0]
        if kind == "kap":
            _, number, title = el
            if not first_chapter and number in ("3", "5"):
                story.append(PageBreak())
            elif not first_chapter:
                story.append(CondPageBreak(70 * mm))
            first_chapter = False
            band = shared.styled_table(
                [[Paragraph(number, kap_n), Paragraph(title, kap_t)]], [22 * mm, full - 22 * mm],
                [("BACKGROUND", (0, 0), (-1, -1), teal), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                 *shared.padding(left=8, right=8, top=7, bottom=9)], hAlign="LEFT")
            story += [Spacer(1, 2 * mm), band, Spacer(1, 6 * mm)]
        elif kind in ("sec", "note"):
            if kind == "sec":
                _, head, paras = el
                left = [Paragraph(head, side)]
            else:
                _, head, mnote, paras = el
                left = [Paragraph(head, side), Paragraph(nb(mnote), margin_note)]
            rows = [[left if i == 0 else "", "", Paragraph(nb(t), body)]
                    for i, t in enumerate(paras)]
            story.append(grid(rows, [("LINEBEFORE", (2, 0), (2, -1), 0.6, sun),
                                     ("LEFTPADDING", (2, 0), (2, -1), 7)]))
            story.append(Spacer(1, 3 * mm))
        elif kind == "bullets":
            _, head, intro, items = el
            right = [Paragraph(nb(intro), body)] + [Paragraph(nb(t), item, bulletText="\u2013")
                                                    for t in items]
            story.append(grid([[Paragraph(head, side), "", right]],
                              [("LINEBEFORE", (2, 0), (2, -1), 0.6, sun),
                               ("LEFTPADDING", (2, 0), (2, -1), 7)]))
            story.append(Spacer(1, 3 * mm))
        elif kind == "vision":
            _, text, expl = el
            story.append(grid([[Paragraph("Visjon", side), "",
                                [Paragraph(text, vis), Spacer(1, 2 * mm),
                                 Paragraph(nb(expl), body)]]],
                              [("BACKGROUND", (2, 0), (2, 0), sea),
                               ("LEFTPADDING", (2, 0), (2, 0), 10),
                               ("RIGHTPADDING", (2, 0), (2, 0), 10),
                               ("TOPPADDING", (2, 0), (2, 0), 8),
                               ("BOTTOMPADDING", (2, 0), (2, 0), 6)]))
            story.append(Spacer(1, 5 * mm))
        elif kind == "goals":
            cards = [[Paragraph(lab, card_l), Spacer(1, 1.5 * mm), Paragraph(nb(t), card_t)]
                     for lab, t in el[1]]
            cw = (wide - 4 * mm) / 2
            inner = shared.styled_table(
                [[cards[0], "", cards[1]], ["", "", ""], [cards[2], "", cards[3]]],
                [cw, 4 * mm, cw],
                [("BACKGROUND", (0, 0), (0, 0), teal), ("BACKGROUND", (2, 0), (2, 0), teal),
                 ("BACKGROUND", (0, 2), (0, 2), teal), ("BACKGROUND", (2, 2), (2, 2), teal),
                 ("VALIGN", (0, 0), (-1, -1), "TOP"), ("ROWHEIGHT", (0, 1), (-1, 1), 4 * mm),
                 *shared.padding(left=8, right=8, top=7, bottom=9),
                 ("TOPPADDING", (0, 1), (-1, 1), 0), ("BOTTOMPADDING", (0, 1), (-1, 1), 0)],
                rowHeights=[None, 4 * mm, None], hAlign="LEFT")
            story.append(grid([[Paragraph("Hovedmål", side), "", inner]], []))
            story.append(Spacer(1, 5 * mm))
        elif kind == "satsing":
            _, letter, title, lead, goals = el
            head = shared.styled_table(
                [[Paragraph(f"Satsingsområde {letter} – {title}", mk_head)]], [full],
                [("BACKGROUND", (0, 0), (-1, -1), teal),
                 ("LINEBELOW", (0, 0), (-1, -1), 3, sun),
                 *shared.padding(left=8, right=8, top=5, bottom=6)], hAlign="LEFT")
            rows = [[Paragraph("Delmål", mk_colh), Paragraph("Strategier – slik gjør vi det",
                                                             mk_colh)]]
            for goal, strategies in goals:
                rows.append([Paragraph(nb(goal), mk_goal),
                             [Paragraph(nb(s), mk_str, bulletText="\u25aa") for s in strategies]])
            card = shared.styled_table(
                rows, [full * 0.36, full * 0.64],
                [("VALIGN", (0, 0), (-1, -1), "TOP"),
                 ("BACKGROUND", (0, 1), (0, -1), sea),
                 ("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.HexColor("#B9CDD2")),
                 *shared.padding(left=6, right=6, top=4, bottom=4)], hAlign="LEFT", repeatRows=1)
            story.append(CondPageBreak(60 * mm))
            story += [head, Spacer(1, 2 * mm), Paragraph(nb(lead), mk_lead), Spacer(1, 2 * mm),
                      card, Spacer(1, 6 * mm)]
        elif kind == "table":
            _, head, caption, rows, widths = el
            t = shared.data_table([[nb(c) for c in r] for r in rows], [wide * w for w in widths],
                                  cell_h, cell,
                                  [("BACKGROUND", (0, 0), (-1, 0), teal),
                                   ("LINEBELOW", (0, 1), (-1, -1), 0.4,
                                    colors.HexColor("#B9CDD2")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   *shared.padding(left=4, right=4, top=3, bottom=3)])
            story.append(KeepTogether(grid([[Paragraph(head, side), "",
                                             [Paragraph(caption, cap), t]]], [])))
            story.append(Spacer(1, 5 * mm))
        else:
            raise ValueError(kind)
    doc.build(story)
    return shared.pdf_page_count(path)


# =====================================================================================
# DOCX
# =====================================================================================


def render_docx(path: Path) -> None:
    from docx.enum.table import WD_TABLE_ALIGNMENT

    doc = shared.new_docx("Kunnskapsgrunnlag 2024 – Solbakkvik kommune (fiktiv)",
                          "Solbakkvik kommune (fiktiv)", "Eksempeldata, fiktiv kommune",
                          "2024-09-12")
    shared.add_run_paragraph(doc, "SOLBAKKVIK KOMMUNE", bold=True, size=10, color="0E5C6B")
    doc.add_heading("Kunnskapsgrunnlag 2024", level=0)
    shared.add_run_paragraph(doc, "Situasjon og utviklingstrekk i Solbakkvik. Grunnlag for "
                                  "kommunal planstrategi 2024–2027", bold=True, size=12.5,
                             color="0E5C6B")
    p = doc.add_paragraph()
    shared.add_run(p, NOTICE_TITLE + ". ", bold=True, color="B5651D")
    shared.add_run(p, NOTICE, italic=True, color="5E6B73")
    shared.add_run_paragraph(doc, "Kommunedirektøren, 12. september 2024. Til kommunestyrets "
                                  "politiske verksted 10. oktober 2024.", size=10,
                             color="5E6B73")

    shade = shared.shade_cell

    def table(d, caption: str, rows: list[list[str]], source: str) -> None:
        shared.add_run_paragraph(d, caption, bold=True, size=10, color="0E5C6B")
        t = d.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Light Grid Accent 5"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, row in enumerate(rows):
            for j, value in enumerate(row):
                t.cell(i, j).text = value
        shared.add_run_paragraph(d, source, italic=True, size=8.5, color="5E6B73")

    def box(d, title: str, text: str) -> None:
        t = d.add_table(rows=1, cols=1)
        t.style = "Table Grid"
        c = t.cell(0, 0)
        shade(c, "DCEBEE")
        c.paragraphs[0].text = ""
        shared.add_run(c.paragraphs[0], title, bold=True, color="0E5C6B")
        para = c.add_paragraph()
        shared.add_run(para, text)
        d.add_paragraph()

    shared.add_docx_elements(doc, KUNNSKAPSGRUNNLAG, {"table": table, "box": box})
    shared.save_docx(doc, path, fixed_day="2024-09-12")


def main() -> None:
    pages = render_pdf(PDF_PATH)
    render_docx(DOCX_PATH)
    shared.finish_fictional("Solbakkvik", pages,
                            (PDF_PATH, PDF_TITLE, "2021-06-17", SAMFUNNSDEL),
                            (DOCX_PATH, "Kunnskapsgrunnlag 2024", "2024-09-12", KUNNSKAPSGRUNNLAG))


if __name__ == "__main__":
    main()
