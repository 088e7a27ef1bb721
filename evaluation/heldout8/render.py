"""Render the eighth held-out example municipality «Tverrelv kommune» (fictional northern coast
and inland municipality).

Writes, next to this file:
  tverrelv-samfunnsdel.pdf (+ .meta.json)        – reportlab platypus, in the style of a small
      municipality's brochure: PORTRAIT A4 with a dark-blue SIDE PANEL on every page that names
      the chapter («Kapittel 4» / «Innsatsområder») and repeats the example-data notice; a cover
      with the names in Norwegian, North Sami and Kven; every chapter starts on a new page with
      an orange kicker «KAPITTEL 3» and a heading that is a question («Hvor vil vi?»); main goals
      in a numbered list, sub-goals numbered «2.3», strategies as dash lists, tinted text boxes
      («Tverrelv i tall», «Visste du?»), quotes from the participation, a schematic map drawn with
      reportlab graphics and a map caption, a housing table and an indicator table, and a
      running FOOTER with the plan title and «side N»
  tverrelv-kunnskapsgrunnlag.docx (+ .meta.json) – python-docx, unnumbered Heading 1/2,
      captions ABOVE the tables («Tabell 4: …») with a «Kilde:» line under them, shaded
      one-cell boxes «Verdt å merke seg», bullet lists and a numbered list for the action rule

Tverrelv kommune does not exist. Every name, place, firm, figure and decision below is invented
test data, written independently of the product, its demo municipality and the earlier held-out
sets. Run:  .venv/bin/python evaluation/heldout8/render.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

import evaluation.heldout_render as shared  # noqa: E402

PDF_PATH = HERE / "tverrelv-samfunnsdel.pdf"
DOCX_PATH = HERE / "tverrelv-kunnskapsgrunnlag.docx"

NOTICE_TITLE = "Eksempeldata – fiktiv kommune"
NOTICE = ("Tverrelv kommune finnes ikke. Dokumentet er laget som testmateriale for en uavhengig "
          "evaluering av Samspill. Alle navn, steder, bedrifter, institusjoner, tall og vedtak er "
          "oppdiktet. Eventuell likhet med virkelige kommuner, steder eller personer er tilfeldig.")

PDF_TITLE = "Kommuneplanens samfunnsdel 2020–2032"
ADOPTED = "Vedtatt av kommunestyret 18. juni 2020, sak 31/20"

# ---------------------------------------------------------------------------------------------
# Samfunnsdelen (PDF). Kinds:
#   ("kapittel", n, panel, heading, lead)   new page, kicker «KAPITTEL n», question heading, lead;
#                                           `panel` is the short label in the side panel
#   ("h2", text)                            sub-heading
#   ("p", text)                             body paragraph
#   ("goals", intro, [(title, text)])       numbered main goals 1., 2., …
#   ("delmal", intro, [(code, text)])       sub-goals with their codes («2.3»)
#   ("strategier", intro, [items])          dash list of strategies
#   ("box", title, [lines])                 tinted text box
#   ("quote", text, source)                 quote from the participation
#   ("table", caption, rows, widths)        data table (widths are shares of the text width)
#   ("map", caption)                        schematic map with a caption under it
# ---------------------------------------------------------------------------------------------

SAMFUNNSDEL = [
    ("kapittel", "1", "Innledning", "Hva er dette for en plan?",
     "Samfunnsdelen forteller hvor kommunestyret vil at Tverrelv skal gå fram mot 2032, og hva "
     "kommunen selv skal gjøre for å komme dit."),
    ("h2", "Kommunens viktigste plan"),
    ("p", "Kommuneplanens samfunnsdel er det øverste styringsdokumentet for utviklingen av Tverrelv "
          "som lokalsamfunn og for kommunen som organisasjon. Planen gjelder for perioden "
          "2020–2032 og erstatter samfunnsdelen fra 2011. Den skal legges til grunn for "
          "kommuneplanens arealdel, for temaplaner og for den årlige handlings- og "
          "økonomiplanen. Kommunestyret vedtok planen 18. juni 2020 i sak 31/20."),
    ("box", "Tverrelv i tall (1. januar 2020)", [
        "Innbyggere: 6 420",
        "Areal: 1 860 km²",
        "Arbeidsplasser i kommunen: 2 980",
        "Fisk landet i kommunen i 2019: 41 000 tonn",
        "Reinbeitedistrikt: Goahtevárri, om lag 5 300 rein",
        "Kjøreavstand Skarvøyra–Goahtevárri: 74 km",
    ]),
    ("p", "Planen har tre deler som henger sammen: visjonen og hovedmålene er de lange linjene, "
          "innsatsområdene viser hva kommunen skal prioritere, og arealstrategien viser hvordan "
          "målene skal følges opp når kommunen bestemmer hvor det skal bygges."),
    ("h2", "Sammenhengen med andre planer"),
    ("p", "Samfunnsdelen bygger på den kommunale planstrategien for 2020–2023. Arealdelen fra "
          "2014 skal revideres etter at samfunnsdelen er vedtatt, slik at arealstrategien i "
          "kapittel 5 blir fulgt opp. Temaplanene for helse og omsorg, oppvekst, beredskap og "
          "næring skal vise hvordan innsatsområdene i kapittel 4 følges opp på hvert fagområde. "
          "Planen skal også ses i sammenheng med regional plan for Nordkyst og med Forsvarets "
          "planer for Gråmoen leir."),
    ("h2", "Hvordan ble planen til?"),
    ("p", "Planprogrammet ble fastsatt i mars 2019. Kommunestyret holdt to politiske verksteder, i "
          "september 2019 og i januar 2020, der representantene arbeidet i tverrpolitiske grupper "
          "med kunnskapsgrunnlaget og den gamle samfunnsdelen. Det ble holdt folkemøter i "
          "Skarvøyra, Kjeltvik, Bjørnvær og Goahtevárri. Ungdomsrådet laget en egen "
          "spørreundersøkelse på ungdomstrinnet, og 212 elever svarte."),
    ("p", "Goahtevárri reinbeitedistrikt og Sametinget ble konsultert om planforslaget. "
          "Forslaget lå ute på høring fra 10. februar til 27. mars 2020, og det kom inn 38 "
          "høringsuttalelser, blant annet fra Nordkyst fylkeskommune, statsforvalteren, "
          "Forsvarsbygg, fiskarlaget og Ruijatalo kvenske kultursenter. Det siste folkemøtet ble "
          "holdt digitalt på grunn av pandemien."),

    ("kapittel", "2", "Hvor står vi?", "Hvor står vi?",
     "Tverrelv er en kommune med sterke naturressurser og tre kulturer, men også med færre "
     "innbyggere og lange avstander."),
    ("h2", "Tverrelv i dag"),
    ("p", "Tverrelv ligger ytterst mot havet i Nordkyst fylke, med kysten og fiskeværene i nord og "
          "vidda i sør. Kommunesenteret Skarvøyra har rådhus, helsesenter, lufthavn og den største "
          "skolen. Fiskeværene Kjeltvik og Bjørnvær lever av fiske og fiskeindustri. Inne på vidda "
          "ligger Goahtevárri, der reindrifta har sitt sentrum. Forsvarets Gråmoen leir ligger ti "
          "kilometer sør for Skarvøyra og er kommunens største statlige arbeidsplass."),
    ("p", "Skarvøyra lufthavn har en kort rullebane på 880 meter og ruter til Nordhamn. Nærmeste "
          "sykehus ligger i Nordhamn, 210 kilometer unna. Fylkesveien over Skaidefjellet er den "
          "eneste veiforbindelsen til nabokommunene og blir stengt eller har kolonnekjøring flere "
          "ganger hver vinter."),
    ("h2", "Tre kulturer – én kommune"),
    ("p", "Tverrelv har tre navn: Tverrelv på norsk, Rastajohka på nordsamisk og Poikkijoki på "
          "kvensk. Samisk og kvensk språk og kultur er en del av kommunens identitet og skal være "
          "synlig i tjenestene, i skolen og i stedsnavnene. Kommunen samarbeider med Ruijatalo "
          "kvenske kultursenter og med det samiske språksenteret i Goahtevárri."),
    ("h2", "De største utfordringene"),
    ("strategier", "Kunnskapsgrunnlaget for planen pekte på fem utfordringer:", [
        "Folketallet har gått ned i tjue år, og det blir færre unge og flere eldre.",
        "Det er vanskelig å rekruttere sykepleiere, lærere og andre fagfolk, og sykefraværet i "
        "helse og omsorg er høyt.",
        "Fiskeindustrien og Forsvaret mangler boliger til nye arbeidstakere.",
        "Lange avstander og sårbare forbindelser gjør hverdagen og beredskapen krevende.",
        "Klimaendringene gir høyere stormflo, og deler av Skarvøyra ligger på kvikkleire.",
    ]),
    ("quote", "«Vi vil bli boende hvis det finnes jobb, et sted å bo og noe å gjøre i helgene.»",
     "Svar fra ungdomsundersøkelsen, 2019"),
    ("h2", "Hva sa innbyggerne?"),
    ("p", "På folkemøtene var boliger, arbeidsplasser og veien over Skaidefjellet de temaene flest "
          "tok opp. I Kjeltvik og Bjørnvær ba mange om at skolene og butikkene måtte bestå, og om "
          "bedre havner for fiskeflåten. I Goahtevárri var beitearealene og samiske tjenester de "
          "viktigste temaene. Ungdommene svarte at de savner møteplasser og kollektivtransport på "
          "kveldstid, og to av tre sa at de kunne tenke seg å flytte tilbake til Tverrelv etter "
          "utdanning. Eldrerådet la vekt på trygghet, hjemmetjenester og at det skal være mulig å "
          "bli gammel i egen bygd."),

    ("kapittel", "3", "Hvor vil vi?", "Hvor vil vi?",
     "Visjonen og hovedmålene er de lange linjene i planen. De skal gjelde hele planperioden."),
    ("h2", "Visjon"),
    ("box", "Visjonen for Tverrelv", [
        "<b>«Tverrelv – der havet og vidda møtes»</b>",
        "Visjonen viser til at kysten og vidda, fisket og reindrifta, og den norske, samiske og "
        "kvenske kulturen hører sammen i én kommune.",
    ]),
    ("h2", "Fire hovedmål"),
    ("goals", "Kommunestyret har vedtatt fire hovedmål for perioden fram til 2032:", [
        ("Flere vil bo i Tverrelv.",
         "Folketallet skal holde seg på minst 6 300 innbyggere i 2032, og flere unge voksne skal "
         "flytte hjem etter utdanning."),
        ("Et næringsliv bygd på havet og vidda.",
         "Fiskeri, fiskeindustri, reindrift og Forsvaret skal gi trygge arbeidsplasser, og ny "
         "næringsvirksomhet skal ta hensyn til de næringene som finnes."),
        ("Gode tjenester nær folk.",
         "Innbyggerne skal få trygge tjenester gjennom hele livet, uansett hvor i kommunen de bor."),
        ("Et trygt samfunn i et klima i endring.",
         "Tverrelv skal være godt forberedt på stormflo, skred og brudd i forbindelsene, og "
         "utslippene av klimagasser skal ned."),
    ]),
    ("h2", "Perspektiver som gjelder alt"),
    ("p", "Tre perspektiver skal ligge til grunn for alle innsatsområdene. <b>Tre kulturer:</b> "
          "samiske og kvenske hensyn skal vurderes i alle planer og saker. <b>Folkehelse:</b> "
          "tiltak skal vurderes etter hvordan de påvirker helse og sosiale forskjeller. "
          "<b>Bærekraft:</b> FNs bærekraftsmål er rammen, og kommunen har valgt ut mål 3, 8, 13 "
          "og 14 som særlig viktige for Tverrelv."),
    ("h2", "Hvordan henger målene sammen?"),
    ("p", "Hovedmålene trekker stort sett i samme retning: arbeidsplasser og boliger gjør det "
          "lettere å beholde og trekke til seg innbyggere, og det gjør det igjen lettere å "
          "rekruttere til tjenestene. Det finnes også spenninger. Ny næringsvirksomhet kan komme i "
          "konflikt med reindrifta og fisket, og vekst i Skarvøyra kan gå ut over bygdene. "
          "Kommunestyret har derfor lagt vekt på at nye tiltak skal vurderes opp mot alle fire "
          "hovedmålene, og at avveiningene skal gjøres synlige i sakene."),

    ("kapittel", "4", "Innsatsområder", "Hvordan kommer vi dit?",
     "Kommunestyret har valgt fire innsatsområder. For hvert av dem er det satt delmål og "
     "strategier. Innsatsområdene skal vurderes på nytt i hver valgperiode."),
    ("h2", "Innsatsområde 1 – Bolyst og tilflytting"),
    ("p", "Tverrelv har mistet nesten 1 000 innbyggere siden 2000. Mange unge flytter ut for å ta "
          "utdanning, og få kommer tilbake. Samtidig står stillinger ledige fordi nye "
          "arbeidstakere ikke finner bolig."),
    ("delmal", "Delmål:", [
        ("1.1", "Det skal bygges minst 20 nye boliger i året, de fleste i Skarvøyra."),
        ("1.2", "Alle som får fast jobb i kommunen, skal få tilbud om utleiebolig det første "
                "året."),
        ("1.3", "Barn og unge skal ha et variert fritidstilbud i alle bygdene."),
    ]),
    ("strategier", "Strategier – kommunen skal:", [
        "samarbeide med Husbanken, Forsvarsbygg og fiskeindustrien om nye utleieboliger",
        "tilby studenter fra Tverrelv sommerjobb og praksisplass i kommunen",
        "gi tilskudd til lag og foreninger som driver aktiviteter for ungdom",
        "løfte fram samisk og kvensk kultur i kulturskolen og på Ruijatalo",
    ]),
    ("h2", "Innsatsområde 2 – Næring og arbeid"),
    ("p", "Fisket og fiskeindustrien er ryggraden i økonomien langs kysten, og reindrifta er "
          "bærebjelken i samisk kultur på vidda. Gråmoen leir gir mange statlige arbeidsplasser. "
          "Nye næringer må finne sin plass uten å svekke de næringene som allerede finnes."),
    ("delmal", "Delmål:", [
        ("2.1", "Mengden fisk som landes i kommunen skal økes til minst 45 000 tonn i året."),
        ("2.2", "Reindriftas arealer, flyttleier og kalvingsland skal sikres."),
        ("2.3", "Kommunen skal ha en åpen og kunnskapsbasert behandling av forslag om ny "
                "næringsvirksomhet, også mineralvirksomhet."),
        ("2.4", "Flere skal få fagbrev i fiskeindustri, helsefag og teknologi."),
    ]),
    ("strategier", "Strategier – kommunen skal:", [
        "utbedre fiskerihavnene i Kjeltvik og Bjørnvær i samarbeid med staten",
        "gjennomføre tidlige dialogmøter med reinbeitedistriktet i alle saker som berører vidda",
        "kreve konsekvensutredning av samiske interesser, fiske og natur før et mineralprosjekt "
        "kan behandles",
        "utvikle et samarbeid med Forsvaret om rekruttering av familiene til de ansatte",
    ]),
    ("quote", "«Vidda er ikke tom, selv om det ikke står hus der.»",
     "Innspill fra Goahtevárri reinbeitedistrikt"),
    ("h2", "Innsatsområde 3 – Helse, omsorg og mestring"),
    ("p", "Det blir flere eldre og færre i arbeidsfør alder. Sykefraværet i helse og omsorg var "
          "12,9 prosent i 2019, og mange ansatte jobber deltid. Skal tjenestene holde god kvalitet, "
          "må flere klare seg selv lenger, og flere ansatte må ønske å bli i jobben."),
    ("delmal", "Delmål:", [
        ("3.1", "Sykefraværet i helse og omsorg skal ned til under 9 prosent innen 2032."),
        ("3.2", "Minst 60 prosent av de ansatte i helse og omsorg skal ha heltidsstilling."),
        ("3.3", "Flere eldre skal kunne bo hjemme lenger med trygghetsskapende teknologi."),
        ("3.4", "Pasienter og pårørende skal få tjenester på samisk når de ønsker det."),
    ]),
    ("strategier", "Strategier – kommunen skal:", [
        "innføre en heltidskultur med lengre vakter og årsturnus i helse og omsorg",
        "ha et eget nærværsprosjekt sammen med NAV arbeidslivssenter og de tillitsvalgte",
        "utdanne egne sykepleiere gjennom desentralisert utdanning",
        "ta i bruk digitalt tilsyn og medisindispensere i hjemmetjenesten",
    ]),
    ("h2", "Innsatsområde 4 – Samferdsel, beredskap og klima"),
    ("p", "Tverrelv er avhengig av lufthavnen, fylkesveien og hurtigbåten. Når været stenger veien "
          "og flyene ikke kan lande på den korte rullebanen, er kommunen avskåret. Stormflo og "
          "kvikkleire krever at kommunen tenker beredskap i all planlegging."),
    ("delmal", "Delmål:", [
        ("4.1", "Rullebanen på Skarvøyra lufthavn skal forlenges til 1 199 meter."),
        ("4.2", "Fylkesveien over Skaidefjellet skal være åpen hele året."),
        ("4.3", "Ingen nye bygg skal plasseres der de er utsatt for stormflo eller kvikkleireskred."),
        ("4.4", "Klimagassutslippene skal være 30 prosent lavere i 2030 enn i 2018."),
    ]),
    ("strategier", "Strategier – kommunen skal:", [
        "arbeide sammen med nabokommunene for forlenget rullebane og ny tunnel under Skaidefjellet",
        "kartlegge kvikkleire i alle områder som er satt av til bebyggelse",
        "legge landstrøm til fiskeflåten i Kjeltvik og Bjørnvær",
        "øve kriseledelsen hvert år, sammen med Forsvaret og frivillige organisasjoner",
    ]),
    ("box", "Visste du?", [
        "Stormen i januar 2020 stengte fylkesveien i sju døgn, og ingen fly kunne lande på tre "
        "døgn. Skarvøyra hadde da bare strøm fra reserveaggregat i ett døgn.",
    ]),

    ("kapittel", "5", "Arealstrategi", "Hvor skal vi bygge?",
     "Arealstrategien viser hvordan hovedmålene skal følges opp i kommuneplanens arealdel og i "
     "reguleringsplaner."),
    ("map", "Kart 1. Forenklet arealstrategikart for Tverrelv. Skarvøyra er kommunesenter, "
            "Kjeltvik og Bjørnvær er fiskevær, og vidda rundt Goahtevárri er reinbeiteland. "
            "Kartet er skjematisk og ikke i målestokk."),
    ("h2", "Prinsipper for arealbruken"),
    ("p", "<b>Skarvøyra skal vokse innenfra.</b> Minst 70 prosent av nye boliger skal bygges i "
          "Skarvøyra, innenfor en kilometer fra sentrum. Ledige tomter og gamle "
          "næringsbygg skal tas i bruk før nye områder bygges ut."),
    ("table", "Tabell 1. Planlagt fordeling av nye boliger 2020–2032", [
        ["Sted", "Nye boliger", "Andel"],
        ["Skarvøyra", "170", "71 %"],
        ["Kjeltvik", "35", "15 %"],
        ["Goahtevárri", "15", "6 %"],
        ["Bjørnvær", "10", "4 %"],
        ["Spredt i hele kommunen", "10", "4 %"],
        ["Sum", "240", "100 %"],
    ], [0.5, 0.25, 0.25]),
    ("p", "<b>Sjøarealene skal forbeholdes fiskeriene.</b> Kaier og sjønære arealer i Kjeltvik og "
          "Bjørnvær skal ikke omdisponeres til boliger eller fritidsboliger. Utenfor tettstedene "
          "gjelder en byggegrense på 100 meter mot sjøen."),
    ("p", "<b>Vidda skal være reinbeiteland.</b> Kalvingsland, flyttleier og trekkleier skal "
          "legges inn som hensynssoner i arealdelen. Det skal ikke settes av nye områder for "
          "fritidsboliger på vårbeitene rundt Goahtevárri."),
    ("p", "<b>Ny mineralvirksomhet krever reguleringsplan.</b> Samfunnsdelen tar ikke stilling til "
          "enkeltprosjekter. Et forslag om mineralvirksomhet må behandles gjennom reguleringsplan "
          "med konsekvensutredning, og konsultasjoner med reindrifta og Sametinget."),
    ("p", "<b>Vi bygger trygt.</b> Nye bygg ved sjøen skal ha gulv minst 3,5 meter over "
          "havnivået (NN2000). I kjente faresoner for kvikkleire, blant annet ved Elvemoen, skal "
          "det ikke bygges før en geoteknisk vurdering viser at grunnen er sikker."),
    ("p", "<b>Forsvaret skal ha plass.</b> Rundt Gråmoen leir og Ruovdevárri skytefelt skal det "
          "være en hensynssone der det ikke tillates ny boligbebyggelse."),

    ("kapittel", "6", "Oppfølging", "Hvordan følger vi med?",
     "En plan er bare verdt noe hvis den brukes. Her står det hvordan samfunnsdelen skal følges "
     "opp, og hvilke indikatorer kommunestyret skal få rapport på."),
    ("h2", "Slik følges planen opp"),
    ("p", "Samfunnsdelen følges opp gjennom handlings- og økonomiplanen. Hvert år skal "
          "handlingsdelen vise hvilke tiltak som skal gjennomføres innenfor hvert innsatsområde, og "
          "hva de koster. Kommunedirektøren og ledergruppen har ansvaret for at hver sektor lager "
          "et kort oppfølgingsnotat som viser hva planen betyr for den."),
    ("p", "Kommunestyret får en statusrapport om planen hver høst, samtidig med at budsjettet legges "
          "fram. Rapporten skal vise utviklingen for indikatorene i tabell 2. En midtveisevaluering "
          "skal legges fram i 2026. I den kommunale planstrategien i hver valgperiode skal "
          "kommunestyret ta stilling til om samfunnsdelen skal revideres."),
    ("p", "Mange av målene kan kommunen ikke nå alene. Fylkeskommunen har ansvaret for fylkesveien "
          "og hurtigbåten, staten for lufthavnen og fiskerihavnene, og Forsvaret for utviklingen av "
          "Gråmoen leir. Kommunen skal derfor bruke samfunnsdelen aktivt i dialogen med regionale "
          "og statlige myndigheter, og ordføreren skal legge fram planens prioriteringer i de "
          "årlige møtene med fylkeskommunen og statsforvalteren."),
    ("table", "Tabell 2. Indikatorer for oppfølging av samfunnsdelen", [
        ["Indikator", "Utgangspunkt", "Mål 2032"],
        ["Folketall 1. januar", "6 420 (2020)", "minst 6 300"],
        ["Andel innbyggere 20–39 år", "21 % (2020)", "24 %"],
        ["Nye boliger per år", "8 (2019)", "20"],
        ["Fisk landet i kommunen", "41 000 tonn (2019)", "45 000 tonn"],
        ["Sykefravær i helse og omsorg", "12,9 % (2019)", "under 9 %"],
        ["Heltidsandel i helse og omsorg", "34 % (2019)", "60 %"],
        ["Fullført videregående innen fem år", "71 % (2019)", "85 %"],
        ["Regularitet ved Skarvøyra lufthavn", "94 % (2019)", "98 %"],
        ["Klimagassutslipp, tonn CO2-ekv.", "43 500 (2018)", "30 500 (2030)"],
    ], [0.46, 0.3, 0.24]),
    ("box", "Hva betyr planen for oss?", [
        "Etter at samfunnsdelen er vedtatt, skal ledergruppen gå gjennom hvert innsatsområde og "
        "svare på hva det betyr for prioriteringer, samarbeid og planbehov i hver sektor. Svarene "
        "samles i oppfølgingsnotatene.",
    ]),
]

# ---------------------------------------------------------------------------------------------
# Kunnskapsgrunnlaget (DOCX). Kinds: h1, h2, p, ul (built in), and
#   ("table", caption, rows, source)   caption ABOVE the table and a «Kilde:» line under it
#   ("box", title, text)               shaded one-cell box
#   ("ol", [items])                    numbered list
# ---------------------------------------------------------------------------------------------

KUNNSKAPSGRUNNLAG = [
    ("h1", "Om dette dokumentet"),
    ("p", "Dette kunnskapsgrunnlaget beskriver situasjonen og utviklingstrekkene i Tverrelv kommune. "
          "Det er laget som grunnlag for kommunal planstrategi 2024–2027 og for kommunestyrets "
          "første politiske verksted om revisjon av kommuneplanens samfunnsdel, 12. september "
          "2024. Dokumentet omfatter samfunnsutvikling, tjenesteyting, beredskap og økonomi, og "
          "viser til de nasjonale og regionale føringene som er viktige for planarbeidet."),
    ("p", "Kunnskapsgrunnlaget er utarbeidet av kommunedirektøren og ledergruppen. Tallene er hentet "
          "fra SSB, KOSTRA, NAV, Fiskeridirektoratet, Landbruksdirektoratet, NVE og kommunens egne "
          "systemer. Der ikke annet er oppgitt, gjelder tallene 1. januar 2024 eller året 2023."),
    ("p", "Dokumentet følger de fire temaene som KS anbefaler for et kunnskapsgrunnlag: "
          "samfunnsutvikling (befolkning, næringsliv og boliger), tjenesteyting, beredskap og "
          "økonomi. Til slutt følger en oversikt over status for indikatorene i samfunnsdelen og "
          "en kort oppsummering som kan brukes som utgangspunkt for diskusjonen på verkstedet."),
    ("box", "Verdt å merke seg",
     "Dokumentet beskriver situasjon og utviklingstrekk. Det inneholder ikke forslag til mål, "
     "satsingsområder eller løsninger. Dette er kommunestyrets oppgave i planprosessen."),

    ("h1", "Befolkning"),
    ("h2", "Folketall over tid"),
    ("p", "Tverrelv hadde 6 140 innbyggere 1. januar 2024. Folketallet har gått ned hvert år siden "
          "2000, da det bodde 7 350 personer i kommunen. Nedgangen har vært på 16 prosent på 24 "
          "år. Samfunnsdelen fra 2020 har som mål at folketallet skal holde seg på minst 6 300 i "
          "2032; kommunen ligger nå 160 innbyggere under dette nivået."),
    ("table", "Tabell 1: Folketall 1. januar, utvalgte år", [
        ["År", "2000", "2010", "2015", "2020", "2024"],
        ["Innbyggere", "7 350", "6 890", "6 620", "6 420", "6 140"],
    ], "Kilde: SSB, tabell 07459"),
    ("p", "I 2023 ble det født 48 barn, og 82 personer døde. Fødselsunderskuddet var dermed 34. "
          "Til kommunen flyttet 310 personer, herav 95 fra utlandet, mens 356 flyttet ut. "
          "Netto utflytting var 46, og folketallet gikk ned med 80 personer i løpet av året. "
          "De fleste innvandrerne kommer for å arbeide i fiskeindustrien."),
    ("p", "Utflyttingen er størst blant unge voksne. I perioden 2019–2023 flyttet det i snitt 38 "
          "flere personer i alderen 20–29 år ut av kommunen enn inn hvert år. Blant personer over "
          "40 år har flyttingen vært nær balanse. Andelen innbyggere i alderen 20–39 år var 20 "
          "prosent i 2024."),
    ("h2", "Alderssammensetning og framskrivinger"),
    ("p", "Befolkningen blir eldre. SSBs hovedalternativ (MMMM) viser at folketallet vil falle til "
          "5 760 i 2035, 5 620 i 2040 og 5 330 i 2050. Antallet innbyggere 80 år og eldre øker fra "
          "420 i dag til 640 i 2040, en økning på 52 prosent. Antallet i yrkesaktiv alder (20–66 "
          "år) går ned med 500 fram mot 2040."),
    ("table", "Tabell 2: Befolkning etter alder 2024 og framskrevet 2035, 2040 og 2050", [
        ["Aldersgruppe", "2024", "2035", "2040", "2050"],
        ["0–5 år", "330", "290", "280", "260"],
        ["6–15 år", "640", "540", "510", "480"],
        ["16–19 år", "290", "240", "225", "210"],
        ["20–66 år", "3 480", "3 110", "2 980", "2 760"],
        ["67–79 år", "980", "1 020", "985", "900"],
        ["80 år og eldre", "420", "560", "640", "720"],
        ["Sum", "6 140", "5 760", "5 620", "5 330"],
    ], "Kilde: SSB, befolkningsframskrivinger 2022, hovedalternativet"),
    ("p", "Forsørgerbrøken blir mer krevende: i 2024 er det 2,5 personer i alderen 20–66 år for "
          "hver person over 67 år. I 2040 vil det være 1,8."),
    ("h2", "Hvor folk bor"),
    ("table", "Tabell 3: Innbyggere etter tettsted og bygd 1. januar 2024", [
        ["Sted", "Innbyggere", "Endring siden 2014"],
        ["Skarvøyra", "2 950", "+2 %"],
        ["Kjeltvik", "1 080", "−9 %"],
        ["Bjørnvær", "310", "−24 %"],
        ["Goahtevárri", "640", "−6 %"],
        ["Spredt bosetting", "1 160", "−15 %"],
        ["Sum", "6 140", "−7 %"],
    ], "Kilde: SSB og kommunens eget folkeregisteruttrekk"),
    ("p", "Skarvøyra er det eneste stedet som har vokst de siste ti årene. Bjørnvær har hatt den "
          "største nedgangen, og butikken der er avhengig av kommunalt driftstilskudd."),
    ("h2", "Samisk og kvensk"),
    ("p", "Tverrelv ble innlemmet i forvaltningsområdet for samisk språk i 2021. I Sametingets "
          "valgmanntall står 412 personer fra Tverrelv. Kvensk språk og kultur har sterke røtter "
          "i Kjeltvik og Skarvøyra, og Ruijatalo kvenske kultursenter tar imot om lag 6 000 "
          "besøkende i året. I skolen får 31 elever opplæring i samisk som førstespråk, 46 i "
          "samisk som andrespråk og 24 i kvensk."),

    ("h1", "Næringsliv, arbeid og pendling"),
    ("h2", "Arbeidsplasser"),
    ("p", "Det var 2 910 arbeidsplasser i Tverrelv i 2023, 70 færre enn i 2019. Helse og omsorg, "
          "Forsvaret og fiskeindustrien er de største næringene."),
    ("table", "Tabell 4: Arbeidsplasser i Tverrelv etter næring, 2023", [
        ["Næring", "Arbeidsplasser"],
        ["Fiske og fangst", "230"],
        ["Fiskeindustri", "310"],
        ["Reindrift", "50"],
        ["Jordbruk og annen primærnæring", "20"],
        ["Bygg og anlegg", "190"],
        ["Handel, overnatting og servering", "260"],
        ["Transport, lufthavn og havn", "130"],
        ["Forsvaret", "420"],
        ["Offentlig administrasjon", "210"],
        ["Undervisning", "230"],
        ["Helse og omsorg", "640"],
        ["Annen tjenesteyting", "220"],
        ["Sum", "2 910"],
    ], "Kilde: SSB, sysselsatte etter arbeidssted, 4. kvartal 2023"),
    ("h2", "Fiskeri og fiskeindustri"),
    ("p", "I 2023 ble det landet 48 000 tonn fisk i Tverrelv, til en førstehåndsverdi av 780 "
          "millioner kroner. Torsk og hyse utgjør tre firedeler av verdien. Det er 212 personer i "
          "fiskermanntallet, 168 av dem med fiske som hovedyrke. Gjennomsnittsalderen blant "
          "fiskerne er 47 år."),
    ("p", "De to største bedriftene er Kjeltvik Fisk AS med 140 ansatte og Skarvøyra Sjømat AS med "
          "95 ansatte. Om lag 60 prosent av de ansatte i fiskeindustrien er utenlandske "
          "statsborgere, mange på sesongkontrakter. Bedriftene oppgir mangel på boliger som det "
          "største hinderet for å rekruttere fast ansatte."),
    ("h2", "Reindrift"),
    ("p", "Goahtevárri reinbeitedistrikt har 14 siidaandeler, og 82 personer tilhører "
          "reindriftsfamiliene. Det øvre reintallet er fastsatt til 5 600 dyr, og reintallet "
          "våren 2023 var 5 420. Distriktet bruker vidda sør for Skarvøyra til vår- og "
          "sommerbeite, og kalvingslandet ligger rundt Kobberåsen."),
    ("p", "Reindrifta er utsatt for press fra flere kanter. Hyttebygging, skytefeltet, "
          "kraftlinjer og nye veier har tatt beiteland de siste tjue årene, og vintrene med "
          "islagte beiter har blitt flere. Distriktet har i to av de siste fem vintrene måttet "
          "fôre reinen."),
    ("h2", "Forsvaret"),
    ("p", "Gråmoen leir har 420 ansatte og om lag 280 vernepliktige. Forsvarets langtidsplan legger "
          "opp til 120 nye stillinger på Gråmoen innen 2028. Forsvarsbygg anslår et behov for 90 "
          "nye boliger til ansatte og familier. Ruovdevárri skytefelt brukes til øvelser store "
          "deler av året."),
    ("h2", "Reiseliv og andre næringer"),
    ("p", "Reiselivet er lite, men vokser. Overnattingsstedene i kommunen hadde 14 300 gjestedøgn "
          "i 2023, mot 9 800 i 2019. Vinterturisme med nordlys og hundekjøring står for mer enn "
          "halvparten. Bygg og anlegg har hatt god tilgang på oppdrag fra Forsvarsbygg, og "
          "handelen i Skarvøyra har holdt seg stabil."),
    ("h2", "Gruveprosjektet på Kobberåsen"),
    ("p", "Selskapet Kobberås Mineral AS ba i november 2023 kommunen om å starte arbeidet med en "
          "reguleringsplan for utvinning av kobber på Kobberåsen. Selskapet anslår 180 "
          "arbeidsplasser i driftsfasen og en driftstid på om lag 15 år. Avgangsmassene er foreslått "
          "lagt i et sjødeponi i Bjørnfjorden. Saken er ikke behandlet politisk."),
    ("p", "Prosjektet er omstridt. Goahtevárri reinbeitedistrikt mener at gruven vil ødelegge "
          "kalvingslandet, og fiskarlaget frykter for gytefeltene i Bjørnfjorden. "
          "Næringsforeningen og flere av fagforeningene mener at gruven kan snu "
          "befolkningsnedgangen. I kommunens innbyggerundersøkelse våren 2024 svarte 46 prosent at "
          "de var for gruven, 38 prosent var mot og 16 prosent var usikre."),
    ("h2", "Pendling og ledighet"),
    ("p", "Av de 2 980 sysselsatte som bor i Tverrelv, arbeider 410 i en annen kommune, de fleste i "
          "Leirbukt og i Nordhamn. 340 personer pendler inn til Tverrelv, mange av dem til "
          "Gråmoen leir og fiskeindustrien. Den registrerte ledigheten var 2,1 prosent i desember "
          "2023."),
    ("box", "Verdt å merke seg",
     "Tverrelv har flere ledige stillinger enn arbeidsledige. Det er mangel på arbeidskraft og "
     "boliger, ikke mangel på arbeidsplasser, som begrenser veksten i dag."),

    ("h1", "Boliger"),
    ("p", "Det er bygd få nye boliger i Tverrelv de siste årene: 9 i 2020, 6 i 2021, 12 i 2022 og "
          "7 i 2023. Målet i samfunnsdelen er 20 nye boliger i året. Om lag 85 prosent av "
          "boligmassen er eneboliger, og mange av dem er bygd før 1980. Det er svært få små "
          "leiligheter og utleieboliger."),
    ("p", "Kommunen eier 96 utleieboliger, de fleste i Skarvøyra. Byggekostnadene er høyere enn "
          "markedsverdien av nye boliger, og det gjør det vanskelig for private å bygge. Både "
          "fiskeindustrien og Forsvaret leier i dag boliger til sine ansatte i nabokommunene."),

    ("h1", "Tjenester"),
    ("h2", "Barnehage"),
    ("p", "Kommunen har fire barnehager: Skarvøyra barnehage, Kjeltvik barnehage, den samiske "
          "barnehagen i Goahtevárri og barnehageavdelingen ved Bjørnvær oppvekstsenter. Til "
          "sammen går 262 barn i barnehage, og 93 prosent av barna i alderen 1–5 år har plass. "
          "Det er ingen venteliste, men det er vanskelig å få tak i barnehagelærere."),
    ("h2", "Skole"),
    ("p", "Det går 640 elever i grunnskolen i Tverrelv, fordelt på fire skoler. Fram mot 2035 "
          "ventes elevtallet å gå ned med om lag 100, til 540. Skarvøyra videregående skole drives "
          "av fylkeskommunen og tilbyr blant annet fiske og fangst og helsefag."),
    ("table", "Tabell 5: Grunnskoler i Tverrelv, skoleåret 2023/24", [
        ["Skole", "Trinn", "Elever"],
        ["Skarvøyra skole", "1–10", "412"],
        ["Kjeltvik skole", "1–10", "128"],
        ["Goahtevárri skole", "1–10", "62"],
        ["Bjørnvær oppvekstsenter", "1–7", "38"],
        ["Sum", "", "640"],
    ], "Kilde: GSI og kommunens egne tall"),
    ("p", "Elevene fra Bjørnvær går over til Kjeltvik skole på ungdomstrinnet og har 45 minutter "
          "skoleskyss hver vei. Av lærerne i grunnskolen mangler 14 prosent godkjent "
          "lærerutdanning."),
    ("p", "Nasjonale prøver på 5. trinn har de siste tre årene ligget litt under landssnittet i "
          "lesing og regning. Elevundersøkelsen viser at trivselen er god, og at færre elever "
          "opplever mobbing enn i fylket som helhet."),
    ("h2", "Helse og omsorg"),
    ("p", "Havtun sykehjem i Skarvøyra har 36 plasser, av dem 10 i en skjermet enhet for personer "
          "med demens. Lyngvoll bo- og omsorgssenter i Kjeltvik har 12 omsorgsboliger med "
          "heldøgns bemanning. Til sammen har kommunen 48 heldøgns plasser, som tilsvarer 11 "
          "plasser per 100 innbyggere over 80 år."),
    ("p", "Hjemmetjenesten er organisert i tre soner: Skarvøyra, kysten og vidda. Den hadde 232 "
          "mottakere i 2023. Den lengste kjøreturen i vidda-sonen er 90 kilometer hver vei."),
    ("table", "Tabell 6: Helse og omsorg – årsverk og sykefravær, 2021–2023", [
        ["", "2021", "2022", "2023"],
        ["Årsverk i helse og omsorg", "206", "210", "214"],
        ["Sykefravær i helse og omsorg", "12,4 %", "14,1 %", "13,8 %"],
        ["Sykefravær, hele kommunen", "8,7 %", "9,9 %", "9,6 %"],
        ["Heltidsandel i helse og omsorg", "36 %", "38 %", "41 %"],
        ["Utgifter til vikarbyrå (mill. kr)", "6,8", "9,5", "11,2"],
    ], "Kilde: kommunens personalsystem og regnskap"),
    ("p", "Sykefraværet i helse og omsorg er høyest på Havtun sykehjem, der det var 16,2 prosent i "
          "2023. Av 38 sykepleierstillinger var 9 ubesatte ved utgangen av 2023, og hullene dekkes "
          "med vikarbyrå og overtid."),
    ("p", "Hvis dekningen av heldøgns plasser skal være den samme som i dag, trenger kommunen 25 "
          "flere plasser i 2040. Behovet for årsverk i helse og omsorg vil da øke fra 214 til om "
          "lag 280."),
    ("h2", "Lege, legevakt og avstander"),
    ("p", "Kommunen har seks fastlegehjemler, og én av dem er ubesatt. Legevakten på dagtid er i "
          "Skarvøyra. Om natten samarbeider kommunen med Leirbukt kommune om legevakt. Nærmeste "
          "sykehus er Nordhamn sykehus, 210 kilometer unna, tre timer og 20 minutter med bil. "
          "Pasienter med akutt sykdom fraktes ofte med ambulansefly."),
    ("box", "Verdt å merke seg",
     "Sykefraværet i helse og omsorg er om lag 4 prosentpoeng høyere enn i resten av "
     "kommunen, og utgiftene til vikarbyrå har økt med 65 prosent siden 2021."),
    ("h2", "Folkehelse og levekår"),
    ("p", "Andelen uføretrygdede i alderen 18–66 år er 11,4 prosent, som er høyere enn "
          "fylkessnittet. Av elevene som begynte i videregående opplæring, fullførte 74 prosent "
          "innen fem år. I Ungdata-undersøkelsen 2023 svarte 78 prosent av ungdommene at de er "
          "fornøyde med lokalmiljøet, men bare 52 prosent at de er fornøyde med fritidstilbudet. "
          "Frivilligheten er sterk: kommunen har 64 lag og foreninger, og idrettslaget og "
          "kystkulturlaget er de største."),

    ("h1", "Kommuneøkonomi"),
    ("h2", "Nøkkeltall"),
    ("p", "Tverrelv hadde 742 millioner kroner i driftsinntekter i 2023. Netto driftsresultat har "
          "falt de siste tre årene og var 0,6 prosent av driftsinntektene i 2023. Det skyldes "
          "særlig økte utgifter til vikarer, høyere renter og flere ressurskrevende tjenester."),
    ("table", "Tabell 7: Økonomiske nøkkeltall 2021–2023", [
        ["", "2021", "2022", "2023"],
        ["Netto driftsresultat, prosent av driftsinntektene", "3,1 %", "2,4 %", "0,6 %"],
        ["Disposisjonsfond, mill. kr", "61,5", "55,0", "48,2"],
        ["Disposisjonsfond, prosent av driftsinntektene", "9,1 %", "7,8 %", "6,5 %"],
        ["Netto lånegjeld, prosent av driftsinntektene", "88 %", "92 %", "96 %"],
    ], "Kilde: KOSTRA og kommunens årsregnskap"),
    ("p", "Netto lånegjeld var 712 millioner kroner ved utgangen av 2023. Den største enkeltinvesteringen "
          "de siste årene var nye Skarvøyra skole, som sto ferdig i 2021. Eiendomsskatten ga 21,4 "
          "millioner kroner i 2023; satsen er 5 promille for boliger og fritidsboliger og 7 "
          "promille for næringseiendom."),
    ("p", "De neste årene venter flere store investeringer: erosjonssikring ved Elvemoen, nytt "
          "vannbehandlingsanlegg og utbedring av omsorgsboligene på Lyngvoll. Samlet er disse "
          "anslått til om lag 160 millioner kroner, og de fleste må lånefinansieres. Det vil "
          "øke lånegjelden ytterligere og gi høyere renteutgifter i driften."),
    ("h2", "Handlingsregelen"),
    ("p", "Kommunestyret vedtok i 2021 tre finansielle måltall (handlingsregelen):"),
    ("ol", [
        "Netto driftsresultat skal være minst 2,0 prosent av driftsinntektene.",
        "Disposisjonsfondet skal være minst 8 prosent av driftsinntektene.",
        "Netto lånegjeld skal ikke være høyere enn 90 prosent av driftsinntektene.",
    ]),
    ("p", "I 2023 nådde kommunen ingen av de tre måltallene. Økonomiplanen for 2024–2027 viser at "
          "netto driftsresultat blir under 1 prosent hvert år dersom det ikke gjøres innsparinger."),
    ("p", "Framover vil færre barn og flere eldre flytte utgiftene fra oppvekst til helse og "
          "omsorg. Lavere folketall gir lavere rammetilskudd. Kommunen har ikke havbruk, og har "
          "derfor ikke inntekter fra havbruksfondet. Inntektene fra eiendomsskatt og "
          "skjønnsmidler kan ikke alene dekke økningen i utgiftene til eldre."),

    ("h1", "Klima, miljø og samferdsel"),
    ("h2", "Stormflo og havnivå"),
    ("p", "Havnivået ventes å stige med om lag 30 centimeter i Tverrelv fram mot 2100. En "
          "200-års stormflo når i dag 2,9 meter over NN2000 i Skarvøyra havn og ventes å nå 3,3 "
          "meter i 2100. Stormen i januar 2022 ga skader på kaianleggene i Kjeltvik for 14 "
          "millioner kroner. Nedbøren ventes å øke med om lag 20 prosent, og det blir flere dager "
          "med kraftig nedbør."),
    ("h2", "Kvikkleire"),
    ("p", "NVE har kartlagt sju faresoner for kvikkleireskred i kommunen, tre av dem i høy "
          "faregrad. Den største ligger langs Tverrelva ved boligfeltet Elvemoen i Skarvøyra, der "
          "68 boliger står innenfor faresonen. Erosjonssikring langs elva er beregnet til 38 "
          "millioner kroner."),
    ("h2", "Klimagassutslipp"),
    ("p", "De direkte utslippene av klimagasser i Tverrelv var 41 000 tonn CO2-ekvivalenter i 2022. "
          "Sjøfart, i hovedsak fiskeflåten, sto for 48 prosent. Veitrafikk sto for 21 prosent og "
          "luftfart for 9 prosent. Utslippene har gått ned med 6 prosent siden 2018."),
    ("h2", "Samferdsel"),
    ("p", "Skarvøyra lufthavn hadde 31 400 passasjerer i 2023. Rullebanen er 880 meter lang, og "
          "regulariteten var 92 prosent. Fylkesveien over Skaidefjellet var stengt i til sammen 19 "
          "døgn og hadde kolonnekjøring i 41 døgn vinteren 2022/23. Hurtigbåten mellom Bjørnvær, "
          "Kjeltvik og Skarvøyra går to ganger daglig."),
    ("h2", "Natur og miljø"),
    ("p", "Store deler av vidda er inngrepsfri natur. Tverrelva er et nasjonalt laksevassdrag, og "
          "fangsten av laks har gått ned de siste ti årene. Kysten har viktige gytefelt for "
          "torsk, blant annet i Bjørnfjorden. Det er registrert marin forsøpling i flere av "
          "buktene langs kysten."),

    ("h1", "Samfunnssikkerhet og beredskap"),
    ("p", "Den helhetlige risiko- og sårbarhetsanalysen (ROS) ble revidert i 2022. Den peker ut "
          "disse hendelsene som de mest alvorlige for Tverrelv:"),
    ("ul", [
        "stormflo og ekstremvær som stenger vei, lufthavn og havn samtidig",
        "kvikkleireskred ved Elvemoen",
        "langvarig bortfall av strøm og elektronisk kommunikasjon",
        "akutt forurensning i havna, for eksempel oljeutslipp fra fiskefartøy",
        "flyulykke ved Skarvøyra lufthavn",
        "sikkerhetspolitisk krise med behov for vertslandsstøtte til Forsvaret",
        "pandemi og annen alvorlig smittsom sykdom",
    ]),
    ("p", "Drikkevannet til Skarvøyra kommer fra Tverrvatnet. Kommunen har ikke reservevannkilde, "
          "og vannverket har reservestrøm for 48 timer. Kriseledelsen øvde sammen med Gråmoen leir "
          "i mars 2024 på et langvarig strømbrudd. Evalueringen viste at kommunikasjonen med "
          "innbyggerne i Goahtevárri var for dårlig når mobilnettet falt ut."),
    ("p", "Kommunen har en avtale med Røde Kors, Norsk Folkehjelp og sivilforsvaret om innsats ved "
          "store hendelser, og frivillige i alle bygdene har fått opplæring i bruk av "
          "satellittelefon. Forsvaret regner med at kommunen skal kunne gi vertslandsstøtte med "
          "innkvartering, vann og helsetjenester ved en sikkerhetspolitisk krise."),
    ("box", "Verdt å merke seg",
     "Kommunen mangler reservevannkilde, og det finnes bare én veiforbindelse ut av kommunen. "
     "Begge deler er pekt ut som særlig sårbare i ROS-analysen."),

    ("h1", "Nasjonale og regionale føringer"),
    ("p", "Disse føringene er særlig viktige når samfunnsdelen skal revideres:"),
    ("ul", [
        "Nasjonale forventninger til regional og kommunal planlegging 2023–2027, som legger vekt på "
        "bærekraftig utvikling, samfunnssikkerhet, samiske interesser og levende lokalsamfunn.",
        "Statlige planretningslinjer for klima- og energiplanlegging og klimatilpasning.",
        "Plan- og bygningslovens krav om konsultasjoner med samiske interesser, og sameloven "
        "kapittel 4 om konsultasjoner.",
        "Totalforsvarskonseptet og Forsvarets langtidsplan, som styrker Gråmoen leir.",
        "Regional plan for Nordkyst 2022–2034, der «levende kystsamfunn» og «samisk og kvensk "
        "kultur» er to av fire hovedmål.",
        "Regional kystsoneplan for Nordkyst, som setter av gytefelt og fiskeplasser i "
        "Bjørnfjorden.",
        "Mineralloven og regjeringens mineralstrategi, som gir føringer for behandlingen av "
        "gruveprosjektet.",
    ]),
    ("p", "Statsforvalteren har i innspillet til planstrategien bedt kommunen vurdere om "
          "byggeområdene i arealdelen er tilpasset faren for stormflo og kvikkleire."),

    ("h1", "Status for målene i samfunnsdelen"),
    ("p", "Tabellen viser hvordan det går med indikatorene som kommunestyret vedtok i samfunnsdelen "
          "fra 2020."),
    ("table", "Tabell 8: Indikatorene i samfunnsdelen – mål og siste tall", [
        ["Indikator", "Mål 2032", "Siste tall"],
        ["Folketall 1. januar", "minst 6 300", "6 140 (2024)"],
        ["Andel innbyggere 20–39 år", "24 %", "20 % (2024)"],
        ["Nye boliger per år", "20", "7 (2023)"],
        ["Fisk landet i kommunen", "45 000 tonn", "48 000 tonn (2023)"],
        ["Sykefravær i helse og omsorg", "under 9 %", "13,8 % (2023)"],
        ["Heltidsandel i helse og omsorg", "60 %", "41 % (2023)"],
        ["Fullført videregående innen fem år", "85 %", "74 % (2023)"],
        ["Regularitet ved Skarvøyra lufthavn", "98 %", "92 % (2023)"],
        ["Klimagassutslipp, tonn CO2-ekv.", "30 500 (2030)", "41 000 (2022)"],
    ], "Kilde: samfunnsdelen 2020–2032 og tallene i dette dokumentet"),
    ("p", "Bare målet for landet fisk er nådd. For boligbygging, sykefravær og folketall går "
          "utviklingen i motsatt retning av målet."),

    ("h1", "Oppsummering"),
    ("ul", [
        "Folketallet har falt til 6 140 og ligger under målet på 6 300 i samfunnsdelen.",
        "Antallet innbyggere over 80 år øker med 52 prosent fram mot 2040.",
        "Det er mangel på arbeidskraft og boliger, ikke på arbeidsplasser.",
        "Gruveprosjektet på Kobberåsen deler befolkningen.",
        "Sykefraværet i helse og omsorg var 13,8 prosent i 2023.",
        "Kommunen nådde ingen av måltallene i handlingsregelen i 2023.",
        "Stormflo, kvikkleire og sårbare forbindelser er de største risikoene i ROS-analysen.",
    ]),
]


def nb(text: str) -> str:
    """No line break inside a number («6 420») or before «%»."""
    text = re.sub(r"(\d) (\d{3})\b", "\\1\xa0\\2", text)
    return text.replace(" %", "\xa0%")


# =====================================================================================
# PDF
# =====================================================================================


def render_pdf(path: Path) -> int:
    from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, Rect, String
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Flowable, Frame, KeepTogether,
                                    NextPageTemplate, PageBreak, PageTemplate, Paragraph, Spacer)

    shared.deterministic_pdf()
    W, H = A4
    panel_w = 40 * mm
    lm, rm, tm, bm = panel_w + 14 * mm, 18 * mm, 20 * mm, 22 * mm
    text_w = W - lm - rm
    navy = colors.HexColor("#1D3557")
    orange = colors.HexColor("#E07A1F")
    ice = colors.HexColor("#EAF1F5")
    grey = colors.HexColor("#5A6470")

    body = ParagraphStyle("tv-body", fontName="Helvetica", fontSize=10, leading=13.8,
                          spaceAfter=6)
    h2 = ParagraphStyle("tv-h2", fontName="Helvetica-Bold", fontSize=12.5, leading=16,
                        textColor=navy, spaceBefore=8, spaceAfter=4)
    kicker = ParagraphStyle("tv-kick", fontName="Helvetica-Bold", fontSize=10, leading=13,
                            textColor=orange)
    chap = ParagraphStyle("tv-chap", fontName="Helvetica-Bold", fontSize=28, leading=33,
                          textColor=navy)
    lead = ParagraphStyle("tv-lead", fontName="Helvetica-Oblique", fontSize=12, leading=16.5,
                          textColor=grey)
    intro = ParagraphStyle("tv-intro", parent=body, fontName="Helvetica-Bold", spaceAfter=3)
    item = ParagraphStyle("tv-item", parent=body, leftIndent=14, bulletIndent=2, spaceAfter=2)
    goal = ParagraphStyle("tv-goal", parent=body, leftIndent=20, bulletIndent=0,
                          bulletFontName="Helvetica-Bold", bulletFontSize=13, spaceAfter=5)
    code = ParagraphStyle("tv-code", parent=body, leftIndent=26, bulletIndent=0,
                          bulletFontName="Helvetica-Bold", spaceAfter=3)
    box_t = ParagraphStyle("tv-box-t", fontName="Helvetica-Bold", fontSize=10.5, leading=14,
                           textColor=navy)
    box_b = ParagraphStyle("tv-box-b", fontName="Helvetica", fontSize=9.6, leading=13.2)
    quote = ParagraphStyle("tv-quote", fontName="Helvetica-BoldOblique", fontSize=13,
                           leading=17.5, textColor=orange)
    quote_src = ParagraphStyle("tv-quote-s", fontName="Helvetica", fontSize=8.5, leading=11,
                               textColor=grey)
    cell = ParagraphStyle("tv-cell", fontName="Helvetica", fontSize=9.2, leading=12)
    cell_h = ParagraphStyle("tv-cell-h", parent=cell, fontName="Helvetica-Bold",
                            textColor=colors.white)
    cap = ParagraphStyle("tv-cap", fontName="Helvetica-Bold", fontSize=9.5, leading=12.5,
                         textColor=navy, spaceAfter=3)
    map_cap = ParagraphStyle("tv-mapcap", fontName="Helvetica-Oblique", fontSize=8.8,
                             leading=11.6, textColor=grey)

    state = {"n": "", "label": ""}

    class ChapterMark(Flowable):
        """Zero-size marker: tells the side panel which chapter the page belongs to."""

        def __init__(self, number: str, label: str):
            super().__init__()
            self.number, self.label = number, label

        def wrap(self, aw, ah):
            return 0, 0

        def draw(self):
            state["n"], state["label"] = self.number, self.label

    def page_end(canv, d):
        canv.saveState()
        canv.setFillColor(navy)
        canv.rect(0, 0, panel_w, H, stroke=0, fill=1)
        canv.setFillColor(orange)
        canv.rect(panel_w - 2.2 * mm, 0, 2.2 * mm, H, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont("Helvetica-Bold", 13)
        canv.drawString(7 * mm, H - 30 * mm, f"Kapittel {state['n']}")
        canv.setFont("Helvetica", 9.5)
        canv.drawString(7 * mm, H - 36 * mm, state["label"])
        canv.setFont("Helvetica", 7)
        canv.drawString(7 * mm, 19 * mm, "Eksempeldata –")
        canv.drawString(7 * mm, 15.5 * mm, "fiktiv kommune")
        canv.setFillColor(grey)
        canv.setFont("Helvetica", 8)
        canv.drawString(lm, 12 * mm, f"Tverrelv kommune  |  {PDF_TITLE}")
        canv.drawRightString(W - rm, 12 * mm, f"side {d.page}")
        canv.setStrokeColor(orange)
        canv.setLineWidth(0.8)
        canv.line(lm, 15.5 * mm, W - rm, 15.5 * mm)
        canv.restoreState()

    def cover(canv, d):
        canv.saveState()
        canv.setFillColor(navy)
        canv.rect(0, H * 0.42, W, H * 0.58, stroke=0, fill=1)
        canv.setFillColor(orange)
        canv.rect(0, H * 0.42 - 3 * mm, W, 3 * mm, stroke=0, fill=1)
        canv.restoreState()

    doc = BaseDocTemplate(str(path), pagesize=A4, leftMargin=lm, rightMargin=rm, topMargin=tm,
                          bottomMargin=bm, title=f"{PDF_TITLE} – Tverrelv kommune (fiktiv)",
                          author="Tverrelv kommune (fiktiv)",
                          subject="Eksempeldata, fiktiv kommune")
    main_frame = Frame(lm, bm, text_w, H - tm - bm, id="main", leftPadding=0, rightPadding=0,
                       topPadding=0)
    cover_frame = Frame(20 * mm, 20 * mm, W - 40 * mm, H - 40 * mm, id="cover")
    doc.addPageTemplates([
        PageTemplate("cover", [cover_frame], onPage=cover),
        PageTemplate("body", [main_frame], onPageEnd=page_end),
    ])

    white = colors.white
    story = shared.spaced(
        22 * mm,
        Paragraph("TVERRELV KOMMUNE · RASTAJOHKA SUOHKAN · POIKKIJOEN KOMUUNI",
                  ParagraphStyle("c-k", fontName="Helvetica-Bold", fontSize=10, leading=13,
                                 textColor=colors.HexColor("#F4B183"))),
        10 * mm,
        Paragraph("Kommuneplanens samfunnsdel<br/>2020–2032",
                  ParagraphStyle("c-t", fontName="Helvetica-Bold", fontSize=32, leading=38,
                                 textColor=white)),
        8 * mm,
        Paragraph("Der havet og vidda møtes",
                  ParagraphStyle("c-s", fontName="Helvetica-Oblique", fontSize=18, leading=22,
                                 textColor=white)),
        6 * mm,
        Paragraph(ADOPTED, ParagraphStyle("c-a", fontName="Helvetica", fontSize=11, leading=14,
                                          textColor=white)),
        52 * mm,
    )
    story.append(shared.styled_table(
        [[Paragraph(NOTICE_TITLE, ParagraphStyle("n-t", fontName="Helvetica-Bold", fontSize=11,
                                                 leading=14, textColor=orange))],
         [Paragraph(NOTICE, ParagraphStyle("n-b", fontName="Helvetica", fontSize=9.5,
                                           leading=13))]],
        [W - 60 * mm],
        [("BACKGROUND", (0, 0), (-1, -1), ice), ("LINEBEFORE", (0, 0), (0, -1), 4, orange),
         *shared.padding(left=10, right=10, top=6, bottom=6)], hAlign="LEFT"))
    story.append(Spacer(1, 10 * mm))
    story.append(Paragraph(
        "Innhold: 1 Innledning · 2 Hvor står vi? · 3 Hvor vil vi? · 4 Hvordan kommer vi dit? · "
        "5 Hvor skal vi bygge? · 6 Hvordan følger vi med?",
        ParagraphStyle("c-i", fontName="Helvetica", fontSize=9.5, leading=13, textColor=grey)))
    story += [NextPageTemplate("body"), PageBreak()]

    def boxed(rows, commands):
        return shared.styled_table(rows, [text_w], commands, hAlign="LEFT")

    def schematic_map():
        dw, dh = text_w, 52 * mm
        d = Drawing(dw, dh)
        d.add(Rect(0, 0, dw, dh, fillColor=colors.HexColor("#CFE3EE"), strokeColor=None))
        land = Polygon([0, 0, dw, 0, dw, dh * 0.55, dw * 0.8, dh * 0.62, dw * 0.66, dh * 0.78,
                        dw * 0.5, dh * 0.7, dw * 0.36, dh * 0.82, dw * 0.2, dh * 0.66, 0,
                        dh * 0.72],
                       fillColor=colors.HexColor("#E6E2D3"), strokeColor=navy, strokeWidth=0.8)
        d.add(land)
        d.add(Rect(dw * 0.05, dh * 0.06, dw * 0.55, dh * 0.36,
                   fillColor=colors.HexColor("#D3E4C4"), strokeColor=None))
        d.add(Line(dw * 0.36, dh * 0.8, dw * 0.44, dh * 0.1, strokeColor=colors.HexColor("#3B7BBF"),
                   strokeWidth=1.4))
        for x, y, name, r in [(0.36, 0.74, "Skarvøyra", 5), (0.66, 0.7, "Kjeltvik", 3.5),
                              (0.84, 0.56, "Bjørnvær", 3), (0.3, 0.22, "Goahtevárri", 3.5)]:
            d.add(Circle(dw * x, dh * y, r, fillColor=orange, strokeColor=navy))
            d.add(String(dw * x + 7, dh * y - 3, name, fontName="Helvetica-Bold", fontSize=8,
                         fillColor=navy))
        d.add(String(dw * 0.08, dh * 0.1, "Reinbeite", fontName="Helvetica-Oblique", fontSize=7.5,
                     fillColor=grey))
        d.add(String(dw * 0.62, dh * 0.88, "Havet", fontName="Helvetica-Oblique", fontSize=7.5,
                     fillColor=grey))
        return d

    for el in SAMFUNNSDEL:
        kind = el[0]
        if kind == "kapittel":
            _, number, label, heading, text = el
            if number != "1":
                story.append(PageBreak())
            story += [ChapterMark(number, label), Paragraph(f"KAPITTEL {number}", kicker),
                      Spacer(1, 2 * mm), Paragraph(heading, chap), Spacer(1, 3 * mm),
                      Paragraph(text, lead), Spacer(1, 7 * mm)]
        elif kind == "h2":
            story += [CondPageBreak(30 * mm), Paragraph(el[1], h2)]
        elif kind == "p":
            story.append(Paragraph(nb(el[1]), body))
        elif kind == "goals":
            story.append(Paragraph(nb(el[1]), intro))
            for i, (title, text) in enumerate(el[2], start=1):
                story.append(Paragraph(f"<b>{title}</b> {nb(text)}", goal,
                                       bulletText=f"{i}."))
        elif kind == "delmal":
            story.append(Paragraph(nb(el[1]), intro))
            story += [Paragraph(nb(text), code, bulletText=c) for c, text in el[2]]
            story.append(Spacer(1, 3))
        elif kind == "strategier":
            story.append(Paragraph(nb(el[1]), intro))
            story += [Paragraph(nb(t), item, bulletText="–") for t in el[2]]
            story.append(Spacer(1, 4))
        elif kind == "box":
            rows = [[Paragraph(el[1], box_t)]] + [[Paragraph(nb(t), box_b)] for t in el[2]]
            story.append(KeepTogether([Spacer(1, 4), boxed(
                rows, [("BACKGROUND", (0, 0), (-1, -1), ice),
                       ("LINEBEFORE", (0, 0), (0, -1), 4, orange),
                       *shared.padding(left=10, right=10, top=3, bottom=3),
                       ("TOPPADDING", (0, 0), (-1, 0), 7),
                       ("BOTTOMPADDING", (0, -1), (-1, -1), 8)]), Spacer(1, 8)]))
        elif kind == "quote":
            q = boxed([[Paragraph(el[1], quote)], [Paragraph(el[2], quote_src)]],
                      [("LINEABOVE", (0, 0), (-1, 0), 1, orange),
                       ("LINEBELOW", (0, -1), (-1, -1), 1, orange),
                       *shared.padding(left=16, right=16, top=6, bottom=6)])
            story.append(KeepTogether([Spacer(1, 4), q, Spacer(1, 8)]))
        elif kind == "table":
            _, caption, rows, widths = el
            t = shared.data_table([[nb(c) for c in r] for r in rows], [text_w * w for w in widths],
                                  cell_h, cell,
                                  [("BACKGROUND", (0, 0), (-1, 0), navy),
                                   ("ROWBACKGROUNDS", (0, 1), (-1, -1), [white, ice]),
                                   ("LINEBELOW", (0, -1), (-1, -1), 1, navy),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   *shared.padding(left=5, right=5, top=3, bottom=3)])
            story.append(shared.captioned(caption, cap, t, 10))
        elif kind == "map":
            story.append(KeepTogether([schematic_map(), Spacer(1, 2 * mm),
                                       Paragraph(el[1], map_cap), Spacer(1, 6 * mm)]))
        else:
            raise ValueError(kind)
    doc.build(story)
    return shared.pdf_page_count(path)


# =====================================================================================
# DOCX
# =====================================================================================


def render_docx(path: Path) -> None:
    from docx.enum.table import WD_TABLE_ALIGNMENT

    doc = shared.new_docx("Kunnskapsgrunnlag 2024 – Tverrelv kommune (fiktiv)",
                          "Tverrelv kommune (fiktiv)", "Eksempeldata, fiktiv kommune", "2024-08-15")
    shared.add_run_paragraph(doc, "TVERRELV KOMMUNE · RASTAJOHKA SUOHKAN · POIKKIJOEN KOMUUNI",
                             bold=True, size=9.5, color="E07A1F")
    doc.add_heading("Kunnskapsgrunnlag 2024", level=0)
    shared.add_run_paragraph(doc, "Situasjon og utviklingstrekk i Tverrelv – grunnlag for "
                                  "planstrategi 2024–2027 og revisjon av kommuneplanens samfunnsdel",
                             bold=True, size=12.5, color="1D3557")
    p = doc.add_paragraph()
    shared.add_run(p, NOTICE_TITLE + ". ", bold=True, color="E07A1F")
    shared.add_run(p, NOTICE, italic=True, color="5A6470")
    shared.add_run_paragraph(doc, "Utarbeidet av kommunedirektøren og ledergruppen, 15. august "
                                  "2024.", size=10, color="5A6470")

    shade = shared.shade_cell

    def table(d, caption: str, rows: list[list[str]], source: str) -> None:
        shared.add_run_paragraph(d, caption, bold=True, size=10, color="1D3557")
        t = d.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Light Grid Accent 1"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, row in enumerate(rows):
            for j, value in enumerate(row):
                c = t.cell(i, j)
                c.text = value
                if i == len(rows) - 1 and row[0].startswith("Sum"):
                    for run in c.paragraphs[0].runs:
                        run.bold = True
        shared.add_run_paragraph(d, source, italic=True, size=8.5, color="5A6470")

    def box(d, title: str, text: str) -> None:
        t = d.add_table(rows=1, cols=1)
        t.style = "Table Grid"
        c = t.cell(0, 0)
        shade(c, "EAF1F5")
        c.paragraphs[0].text = ""
        shared.add_run(c.paragraphs[0], title, bold=True, color="E07A1F")
        para = c.add_paragraph()
        shared.add_run(para, text)
        d.add_paragraph()

    def ordered(d, items: list[str]) -> None:
        for text in items:
            d.add_paragraph(text, style="List Number")

    shared.add_docx_elements(doc, KUNNSKAPSGRUNNLAG, {"table": table, "box": box, "ol": ordered})
    shared.save_docx(doc, path, fixed_day="2024-08-15")


def main() -> None:
    pages = render_pdf(PDF_PATH)
    render_docx(DOCX_PATH)
    shared.finish_fictional("Tverrelv", pages,
                            (PDF_PATH, PDF_TITLE, "2020-06-18", SAMFUNNSDEL),
                            (DOCX_PATH, "Kunnskapsgrunnlag 2024", "2024-08-15", KUNNSKAPSGRUNNLAG))


if __name__ == "__main__":
    main()
