"""Render the documents of the development set «Leirvoll kommune» (fictional farming municipality).

Writes, next to this file:
  leirvoll-samfunnsdel.pdf (+ .meta.json)        – reportlab platypus, PORTRAIT A4 in the style of
      a small municipality's printed plan: a cover page with an earth-coloured band and the notice;
      main parts start on a new page with an UNNUMBERED upper-case heading and a rule; sub-headings
      in bold oblique without numbers; every body paragraph carries a running paragraph number in
      the left margin («(17)»); justified serif text with SOFT HYPHENATION at line ends; shaded
      «FAKTA» boxes with a coloured left border; goal tables in two columns (delmål | strategier);
      the vision between two rules; a schematic MAP (reportlab graphics) with a figure caption;
      two data tables; a running FOOTER «Side N av M» and no header
  leirvoll-kunnskapsgrunnlag.docx (+ .meta.json) – python-docx, unnumbered Heading 1/2, captions
      ABOVE the tables («Tabell 3: …») and a source line below, shaded one-cell «Hovedpunkter»
      boxes, bullet and numbered lists

Leirvoll kommune does not exist. Every name, place, firm, figure and decision below is invented
test data. Run:  .venv/bin/python evaluation/devsets/leirvoll/render.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent.parent))

import evaluation.heldout_render as shared  # noqa: E402

PDF_PATH = HERE / "leirvoll-samfunnsdel.pdf"
DOCX_PATH = HERE / "leirvoll-kunnskapsgrunnlag.docx"

NOTICE_TITLE = "Eksempeldata – fiktiv kommune"
NOTICE = ("Leirvoll kommune finnes ikke. Dokumentet er laget som testmateriale for evaluering av "
          "Samspill. Alle navn, steder, bedrifter, institusjoner, tall og vedtak er oppdiktet. "
          "Eventuell likhet med virkelige kommuner, steder eller personer er tilfeldig.")

PDF_TITLE = "Kommuneplanens samfunnsdel 2020–2032"
ADOPTED = "Vedtatt av kommunestyret 12. november 2020, sak 71/20"

# ---------------------------------------------------------------------------------------------
# Samfunnsdelen (PDF). Kinds:
#   ("part", title)                       new page, unnumbered upper-case heading with a rule
#   ("sub", text)                         sub-heading (bold oblique, no number)
#   ("p", text)                           numbered body paragraph (number in the margin)
#   ("list", intro, [items])              numbered intro paragraph and a dash list
#   ("fact", title, [lines])              shaded fact box
#   ("goals", title, [(no, goal, strategies)])   goal table: delmål | strategier
#   ("vision", text)                      the vision between two rules
#   ("mains", [(no, title, text)])        main-goal table
#   ("map", caption)                      schematic map with a caption
#   ("table", caption, rows, widths)      data table
# ---------------------------------------------------------------------------------------------

SAMFUNNSDEL = [
    ("part", "Innledning"),
    ("sub", "Planens rolle"),
    ("p", "Kommuneplanens samfunnsdel er Leirvoll kommunes overordnede styringsdokument. Den viser "
          "hvilken retning kommunestyret vil at Leirvoll skal utvikle seg i fram mot 2032, og "
          "hvordan kommunen som organisasjon skal bidra. Planen gjelder for perioden 2020–2032 og "
          "erstatter samfunnsdelen fra 2011."),
    ("p", "Samfunnsdelen skal legges til grunn for kommuneplanens arealdel, for temaplaner og for "
          "den årlige handlings- og økonomiplanen. Planen ble vedtatt av kommunestyret 12. "
          "november 2020 i sak 71/20. Avsnittene i planen er nummerert fortløpende, slik at det "
          "er lett å vise til dem i saksframlegg og i handlingsdelen."),
    ("sub", "Slik ble planen til"),
    ("p", "Planprogrammet ble fastsatt av kommunestyret i september 2019. Kommunestyret holdt to "
          "politiske verksteder, i november 2019 og i februar 2020. På det første drøftet "
          "representantene kunnskapsgrunnlaget og samfunnsdelen fra 2011 i tverrpolitiske "
          "grupper. På det andre ble forslag til visjon, hovedmål og satsingsområder drøftet."),
    ("p", "Smitteverntiltakene våren 2020 gjorde at de planlagte folkemøtene i Torvnes, Kråkmyr og "
          "Bøstrand ble erstattet av en digital spørreundersøkelse, som fikk 1 120 svar. "
          "Ungdomsrådet, eldrerådet og landbruksorganisasjonene holdt egne møter om planen. "
          "Planforslaget lå ute til høring fra 15. juni til 20. august 2020, og det kom inn 37 "
          "høringsuttalelser, blant annet fra Strandmark fylkeskommune, statsforvalteren og "
          "nabokommunen Markstad."),
    ("sub", "Leirvoll i dag"),
    ("p", "Leirvoll ligger på Strandmarksletta, en flat og fruktbar slette mellom havet i vest og "
          "åsene i øst. Kommunesenteret Sletteland ligger midt på sletta. Vassbø i nord grenser mot "
          "Markstad by, og her er det bygd mange nye boliger de siste årene. Torvnes og Bøstrand er "
          "gamle fiske- og jordbruksbygder ved sjøen, og Kråkmyr ligger innerst på sletta mot "
          "åsene."),
    ("p", "Jordbruket preger kommunen. Leirvoll har noe av den beste matjorda i landet, og "
          "melkeproduksjon, veksthusnæring og fjørfe gir arbeid både på gårdene og i "
          "næringsmiddelindustrien. Mange av de ansatte i veksthusene og ved slakteriet til "
          "Norrsletta Fjørfe AS er arbeidsinnvandrere fra Polen, Litauen og Romania."),
    ("fact", "FAKTA  Leirvoll i tall (1. januar 2020)", [
        "Innbyggere: 8 955",
        "Arbeidsplasser i kommunen: 3 820",
        "Jordbruksareal i drift: 42 900 dekar",
        "Areal under glass (veksthus): 385 dekar",
        "Melkekyr: 3 050",
        "Kommunale grunnskoler: 6",
        "Avstand Sletteland–Markstad sentrum: 24 km",
    ]),
    ("p", "Fylkesvei 537 går gjennom kommunen fra Markstad via Vassbø og Sletteland til Torvnes. "
          "Veien har mye tungtrafikk og landbruksmaskiner, og den mangler gang- og sykkelvei på "
          "det meste av strekningen. Elva Grindåa renner gjennom sletta og ut i sjøen ved "
          "Bøstrand. Vannkvaliteten i elva er dårlig, blant annet på grunn av avrenning fra "
          "jordbruket og utslipp fra private avløpsanlegg."),
    ("sub", "Hovedutfordringer"),
    ("list", "Kunnskapsgrunnlaget fra 2019 pekte på fem utfordringer som planen skal svare på:", [
        "Presset på dyrka mark er stort, særlig rundt Vassbø og Sletteland, der etterspørselen "
        "etter boliger og næringsareal er størst.",
        "Folketallet vokser nær Markstad, mens bygdene ved sjøen og innerst på sletta har nedgang "
        "i folketall og elevtall.",
        "Mange arbeidsinnvandrere bor midlertidig i kommunen og deltar lite i lokalsamfunnet.",
        "Fylkesvei 537 har mange ulykker, og barn og unge mangler trygg skolevei langs store "
        "deler av veien.",
        "Grindåa har dårlig økologisk tilstand, og jordbruket står for det meste av "
        "klimagassutslippene i kommunen.",
    ]),

    ("part", "Visjon og hovedmål"),
    ("vision", "«Leirvoll – der det gror»"),
    ("p", "Visjonen knytter Leirvoll til jorda og matproduksjonen, men den handler like mye om "
          "mennesker. Leirvoll skal være et sted der barn vokser opp trygt, der nye innbyggere slår "
          "rot og der bedrifter kan vokse. Visjonen gjelder både lokalsamfunnet og kommunen som "
          "organisasjon."),
    ("mains", [
        ("1", "Matkommunen",
         "Leirvoll skal være en ledende landbruks- og matkommune, og matjorda skal tas vare på for "
         "kommende generasjoner."),
        ("2", "Gode steder å vokse opp",
         "Leirvoll skal være et attraktivt sted for barnefamilier og ha 10 500 innbyggere i 2032."),
        ("3", "Et inkluderende fellesskap",
         "Alle som bor i Leirvoll, skal kunne delta i arbeidsliv og lokalsamfunn, uansett bakgrunn "
         "og hvor lenge de har bodd her."),
        ("4", "Rent vann og trygg ferdsel",
         "Grindåa skal ha god økologisk tilstand innen 2032, ingen skal bli drept eller hardt skadd "
         "i trafikken, og klimagassutslippene skal ned."),
    ]),
    ("p", "Hovedmålene er de lange linjene i planen og skal ligge fast i hele planperioden. "
          "Satsingsområdene viser hvor kommunen skal sette inn ekstra innsats. De skal vurderes på "
          "nytt ved starten av hver valgperiode."),
    ("p", "Målene kan trekke i ulike retninger. Veksten i folketallet krever nye boliger, mens "
          "målet om å ta vare på matjorda setter grenser for hvor det kan bygges. Kommunestyret har "
          "derfor valgt å samle boligbyggingen i Sletteland og Vassbø og å bygge tettere der enn "
          "før. Hvilke tiltak som skal prioriteres innenfor målene, avgjøres i handlings- og "
          "økonomiplanen hvert år."),

    ("part", "Satsingsområder"),
    ("p", "Kommunestyret har valgt fem satsingsområder for planperioden. For hvert område er det "
          "satt delmål og strategier. Strategiene viser hva kommunen selv skal gjøre, og hva "
          "kommunen skal gjøre sammen med andre."),
    ("sub", "Mat, landbruk og jordvern"),
    ("p", "Landbruket og næringsmiddelindustrien er ryggraden i næringslivet i Leirvoll. Samtidig "
          "er det stor konkurranse om arealene. Fra 2010 til 2019 ble det i gjennomsnitt "
          "omdisponert 41 dekar dyrka mark i året, det meste til boliger og næringsbygg."),
    ("goals", "Satsingsområde 1 – Mat, landbruk og jordvern", [
        ("1.1", "Omdisponeringen av dyrka mark skal ikke være mer enn 12 dekar i året.",
         "Legge nye bolig- og næringsområder utenom dyrka mark der det finnes alternativer. Kreve "
         "matjordplan når dyrka mark likevel blir bygd ned."),
        ("1.2", "Veksthusnæringen skal gå over til fornybar energi innen 2030.",
         "Samarbeide med næringen og energiselskapet om fjernvarme og spillvarme fra Rørholt "
         "næringsområde."),
        ("1.3", "Det skal skapes 150 nye arbeidsplasser i matproduksjon og foredling.",
         "Legge til rette for ny foredlingsindustri på Rørholt. Samarbeide med fylkeskommunen om "
         "et kompetansesenter for landbruk."),
        ("1.4", "Flere unge skal ta over gårdsbruk.",
         "Gi veiledning om generasjonsskifte og et oppstartstilskudd til unge som tar over."),
    ]),
    ("sub", "Barn og unge – oppvekst der folk bor"),
    ("p", "Barnetallet øker i Vassbø og Sletteland og går ned i bygdene. Vassbø skole er allerede "
          "nær full, mens skolene i Torvnes, Kråkmyr og Bøstrand har ledig kapasitet. "
          "Kommunestyret vil at barn og unge skal ha et godt tilbud uansett hvor i kommunen de "
          "bor."),
    ("goals", "Satsingsområde 2 – Barn og unge", [
        ("2.1", "Alle barn skal få barnehageplass i nærmiljøet når de har rett til plass.",
         "Bygge ut barnehagekapasiteten i Vassbø. Ta i bruk ledige plasser i bygdene."),
        ("2.2", "Skolestrukturen skal vurderes med vekt på kvalitet, skolevei og nærmiljø.",
         "Utrede framtidig skolestruktur innen 2023. Involvere foreldre og elever i bygdene før "
         "det gjøres vedtak."),
        ("2.3", "Flere elever skal trives og lære mer.",
         "Styrke tidlig innsats på 1.–4. trinn. Samarbeide med helsestasjonen og PPT om "
         "lavterskeltilbud."),
        ("2.4", "Alle barn skal ha en trygg skolevei.",
         "Arbeide for gang- og sykkelvei langs fylkesvei 537. Gi skoleskyss der veien er "
         "farlig."),
    ]),
    ("fact", "FAKTA  Skolene i Leirvoll", [
        "Barneskoler: Sletteland skole, Vassbø skole, Torvnes skole og Kråkmyr skole (1.–7. trinn) "
        "og Bøstrand skole (1.–4. trinn)",
        "Ungdomsskole: Leirvoll ungdomsskole i Sletteland (8.–10. trinn)",
        "Privat skole: Solhov friskole i Sletteland tar imot elever fra hele kommunen",
    ]),
    ("sub", "Inkludering og bolyst"),
    ("p", "Omtrent hver niende innbygger i Leirvoll er innvandrer, og de fleste har kommet for å "
          "arbeide. Mange bor i midlertidige boliger på gårdene eller i næringsområdene og har liten "
          "kontakt med resten av lokalsamfunnet. Kommunestyret mener at inkludering av "
          "arbeidsinnvandrere og familiene deres er avgjørende for at de skal bli boende."),
    ("goals", "Satsingsområde 3 – Inkludering og bolyst", [
        ("3.1", "Flere arbeidsinnvandrere skal lære norsk og delta i lokalsamfunnet.",
         "Tilby norskopplæring på kveldstid og på arbeidsplassene sammen med arbeidsgiverne. Gi "
         "informasjon om kommunale tjenester på polsk, litauisk og rumensk."),
        ("3.2", "Alle skal ha en trygg og god bolig.",
         "Føre tilsyn med boliger for sesongarbeidere sammen med arbeidsgiverne. Legge til rette "
         "for utleieboliger i Sletteland."),
        ("3.3", "Lag og foreninger skal være åpne for alle.",
         "Gi tilskudd til lag som driver inkluderingsarbeid. Styrke frivilligsentralen i "
         "Sletteland."),
    ]),
    ("sub", "Helse og mestring"),
    ("p", "Antallet innbyggere over 80 år vil øke kraftig mot slutten av planperioden. Kommunen må "
          "bruke ressursene slik at flest mulig kan bo hjemme, og samtidig sikre at det er nok "
          "fagfolk i helse og omsorg."),
    ("goals", "Satsingsområde 4 – Helse og mestring", [
        ("4.1", "Flere eldre skal bo trygt i eget hjem.",
         "Bygge ut hverdagsrehabilitering og velferdsteknologi. Styrke hjemmetjenesten i "
         "bygdene."),
        ("4.2", "Kommunen skal ha nok sykepleiere og helsefagarbeidere.",
         "Tilby hele stillinger. Ta inn flere lærlinger i helsearbeiderfaget i samarbeid med "
         "Markstad videregående skole."),
        ("4.3", "Flere skal være fysisk aktive.",
         "Legge til rette for turstier langs Grindåa og i strandsonen."),
    ]),
    ("sub", "Trygg ferdsel og rent vann"),
    ("p", "Fylkesvei 537 har flere ulykker enn andre fylkesveier i regionen. Fra 2010 til 2019 var "
          "det 26 ulykker med personskade på veien i Leirvoll. Grindåa er klassifisert med dårlig "
          "økologisk tilstand etter vannforskriften, og elva har for mye fosfor og andre "
          "næringsstoffer."),
    ("goals", "Satsingsområde 5 – Trygg ferdsel og rent vann", [
        ("5.1", "Antallet ulykker med personskade på fylkesvei 537 skal halveres.",
         "Arbeide for at fylkeskommunen bygger gang- og sykkelvei mellom Vassbø og Sletteland. "
         "Søke om lavere fartsgrense forbi skolene."),
        ("5.2", "Grindåa skal ha god økologisk tilstand innen 2032.",
         "Pålegge opprydding i private avløpsanlegg. Samarbeide med bøndene om kantsoner og "
         "miljøplaner."),
        ("5.3", "Klimagassutslippene skal ned 40 prosent innen 2030 sammenlignet med 2009.",
         "Støtte klimatiltak i landbruket, som biogass og bedre gjødselhåndtering. Bytte ut "
         "kommunens fossile biler."),
    ]),

    ("part", "Arealstrategi"),
    ("p", "Arealstrategien viser de lange linjene for arealbruken og skal legges til grunn når "
          "kommuneplanens arealdel revideres. Strategien bygger på tre prinsipper: matjorda skal "
          "vernes, veksten skal samles, og utbyggingen skal ta hensyn til klima og flom."),
    ("sub", "Vekst i Sletteland og Vassbø"),
    ("p", "Minst 80 prosent av de nye boligene skal bygges i Sletteland og Vassbø. I disse "
          "tettstedene skal det bygges tettere enn før, med minst fire boliger per dekar i nye "
          "boligområder. Sletteland skal ha handel, tjenester og kultur, og nye kommunale bygg skal "
          "ligge i sentrum."),
    ("sub", "Bygdene"),
    ("p", "I Torvnes, Kråkmyr og Bøstrand tillates en moderat vekst som kan holde oppe skole og "
          "lagsliv. Nye boliger i bygdene skal i hovedsak komme som fortetting i eksisterende "
          "bygdesentre. Det skal ikke legges ut nye boligfelt på dyrka mark i bygdene."),
    ("sub", "Jordvern"),
    ("p", "Kjerneområdene for landbruk omfatter om lag 85 prosent av jordbruksarealet og skal ikke "
          "bygges ned. Omdisponering av dyrka mark utenfor tettstedene skal bare skje for "
          "samfunnsviktige formål der det ikke finnes andre alternativer. Matjorda skal da flyttes "
          "og brukes til nydyrking eller jordforbedring."),
    ("sub", "Næring og veksthus"),
    ("p", "Rørholt næringsområde skal være hovedområdet for ny industri og lager. Området ligger på "
          "skrinn morenejord og har om lag 140 dekar ledig regulert areal. Nye veksthus skal samles "
          "i veksthusparken på Kvålsbø, der det er tilgang på spillvarme og felles "
          "infrastruktur."),
    ("sub", "Strandsonen og flomfare"),
    ("p", "Langs sjøen gjelder en byggegrense på 100 meter. Det skal ikke bygges nye boliger i "
          "områder som kan bli oversvømt ved en 200-årsflom i Grindåa eller ved stormflo. "
          "Lavtliggende områder ved Bøstrand skal vurderes særskilt fordi havnivået ventes å "
          "stige."),
    ("map", "Figur 1. Arealstrategien i hovedtrekk. Prinsippskisse, ikke i målestokk."),
    ("table", "Tabell 1. Ønsket fordeling av nye boliger 2020–2032", [
        ["Område", "Andel", "Omtrent antall boliger"],
        ["Sletteland", "45 %", "360"],
        ["Vassbø", "35 %", "280"],
        ["Torvnes, Kråkmyr og Bøstrand", "15 %", "120"],
        ["Spredt bebyggelse", "5 %", "40"],
        ["Sum", "100 %", "800"],
    ], [0.55, 0.15, 0.30]),

    ("part", "Oppfølging"),
    ("sub", "Handlings- og økonomiplanen"),
    ("p", "Samfunnsdelen følges opp gjennom handlings- og økonomiplanen, som kommunestyret vedtar "
          "hvert år i desember. Handlingsdelen skal vise tiltak innenfor hvert satsingsområde for "
          "de neste fire årene. Alle saksframlegg til kommunestyret og formannskapet skal beskrive "
          "hvordan saken påvirker målene i samfunnsdelen."),
    ("sub", "Ledergruppens ansvar"),
    ("p", "Kommunedirektøren og ledergruppen har ansvaret for at satsingsområdene blir "
          "konkretisert i virksomhetsplanene. Hver kommunalsjef skal hvert år redegjøre for "
          "ledergruppen om hva samfunnsdelen betyr for egen sektor, og hvilke temaplaner som må "
          "revideres."),
    ("sub", "Rapportering og ny planstrategi"),
    ("p", "Kommunedirektøren rapporterer på indikatorene i årsmeldingen hvert år. I starten av hver "
          "valgperiode skal kommunestyret vedta en kommunal planstrategi og ta stilling til om "
          "samfunnsdelen skal revideres. Før det skal det lages et oppdatert kunnskapsgrunnlag, og "
          "kommunestyret skal holde et politisk verksted om samfunnsdelen."),
    ("table", "Tabell 2. Indikatorer for oppfølging av samfunnsdelen", [
        ["Indikator", "Status", "Mål 2032"],
        ["Folketall", "8 955 (2020)", "10 500"],
        ["Omdisponert dyrka mark per år", "41 dekar (snitt 2010–2019)", "høyst 12 dekar"],
        ["Andel nye boliger i Sletteland og Vassbø", "64 % (2015–2019)", "minst 80 %"],
        ["Elever på 7. trinn som trives godt", "87 % (2019)", "92 %"],
        ["Innvandrere 20–66 år i arbeid", "71 % (2019)", "78 %"],
        ["Andel over 80 år som bor hjemme", "82 % (2019)", "87 %"],
        ["Personskadeulykker på fylkesvei 537 per år", "2,6 (snitt 2010–2019)", "1,3"],
        ["Økologisk tilstand i Grindåa", "dårlig (2019)", "god"],
        ["Klimagassutslipp, tonn CO2-ekvivalenter", "66 900 (2009)", "40 100 (2030)"],
    ], [0.50, 0.28, 0.22]),
    ("sub", "Samarbeid i regionen"),
    ("p", "Leirvoll deltar i samarbeidsrådet for Markstadregionen sammen med Markstad og to andre "
          "nabokommuner. Kommunen samarbeider med Markstad om legevakt, brann og redning, "
          "vannforsyning og renovasjon. Samarbeidsrådet er den viktigste arenaen for å fremme "
          "saker overfor fylkeskommunen og staten, blant annet gang- og sykkelvei langs fylkesvei "
          "537 og bedre busstilbud."),
]

# ---------------------------------------------------------------------------------------------
# Kunnskapsgrunnlaget (DOCX). Kinds: h1, h2, p, ul,
#   ("ol", [items])                        numbered list
#   ("table", caption, rows, source)       caption ABOVE, source line below
#   ("box", title, [lines])                shaded one-cell box «Hovedpunkter»
# ---------------------------------------------------------------------------------------------

KUNNSKAPSGRUNNLAG = [
    ("h1", "Om kunnskapsgrunnlaget"),
    ("p", "Dette kunnskapsgrunnlaget beskriver situasjonen i Leirvoll og utviklingstrekkene "
          "kommunen står overfor. Det er laget som grunnlag for kommunal planstrategi 2024–2027 og "
          "for kommunestyrets vurdering av om kommuneplanens samfunnsdel 2020–2032 skal "
          "videreføres, endres eller revideres. Dokumentet beskriver fakta og trender og gir ingen "
          "anbefalinger om politiske veivalg."),
    ("p", "Ledergruppen har kvalitetssikret innholdet, og hver kommunalsjef har ansvaret for tallene "
          "fra egen sektor. Tallene er hentet fra SSB, Kostra, NAV, Landbruksdirektoratet, Statens "
          "vegvesen, Strandmark fylkeskommune og kommunens egne fagsystemer. De gjelder 1. januar "
          "2024 eller året 2023 der ikke annet står. Befolkningsframskrivingene er SSBs "
          "hovedalternativ fra 2024."),
    ("p", "Dokumentet følger de fire temaene som KS-notatet om samspill i strategiske planprosesser "
          "peker på: samfunnsutvikling, tjenesteyting, beredskap og økonomi. Et eget kapittel "
          "omtaler nasjonale og regionale føringer."),

    ("h1", "Befolkning"),
    ("h2", "Folketall og vekst"),
    ("p", "Leirvoll hadde 9 412 innbyggere 1. januar 2024. Det er 892 flere enn ti år tidligere, en "
          "vekst på 10,5 prosent, som er dobbelt så høy som i fylket. De siste fem årene økte "
          "folketallet med 550 personer, i gjennomsnitt 110 i året."),
    ("p", "Til forskjell fra mange landbrukskommuner har Leirvoll fødselsoverskudd. Det skyldes at "
          "mange unge barnefamilier har flyttet til Vassbø, som ligger tolv minutter med bil fra "
          "Markstad sentrum. Netto innenlands flytting stod for nesten halvparten av veksten fra "
          "2019 til 2023."),
    ("table", "Tabell 1: Befolkningsendringer 2019–2023", [
        ["År", "Fødte", "Døde", "Netto innenlands flytting", "Netto innvandring", "Endring"],
        ["2019", "104", "71", "+38", "+22", "+93"],
        ["2020", "98", "76", "+61", "+9", "+92"],
        ["2021", "110", "69", "+72", "+15", "+128"],
        ["2022", "101", "80", "+44", "+58", "+123"],
        ["2023", "97", "78", "+31", "+64", "+114"],
        ["Sum 2019–2023", "510", "374", "+246", "+168", "+550"],
    ], "Kilde: SSB, befolkningsendringer per år."),
    ("p", "Samfunnsdelen har et mål om 10 500 innbyggere i 2032. Fortsetter veksten som de siste fem "
          "årene, vil Leirvoll ha om lag 10 300 innbyggere i 2032. Ifølge SSBs hovedalternativ "
          "passerer folketallet 10 000 rundt 2031 og når 10 390 i 2035."),
    ("h2", "Alder og framskrivinger"),
    ("table", "Tabell 2: Befolkning etter alder 2024 og framskrevet 2030, 2035, 2040 og 2050", [
        ["Aldersgruppe", "2024", "2030", "2035", "2040", "2050"],
        ["0–5 år", "760", "800", "820", "810", "780"],
        ["6–15 år", "1 350", "1 400", "1 440", "1 460", "1 420"],
        ["16–19 år", "470", "500", "520", "540", "530"],
        ["20–44 år", "2 900", "3 010", "3 090", "3 110", "3 060"],
        ["45–66 år", "2 510", "2 560", "2 600", "2 640", "2 700"],
        ["67–79 år", "980", "1 090", "1 160", "1 200", "1 290"],
        ["80 år og eldre", "442", "600", "760", "930", "1 150"],
        ["Sum", "9 412", "9 960", "10 390", "10 690", "10 930"],
    ], "Kilde: SSB, befolkningsframskrivinger 2024, hovedalternativet (MMMM)."),
    ("p", "Antallet innbyggere over 80 år vil mer enn dobles, fra 442 i 2024 til 930 i 2040. Det er "
          "en økning på 110 prosent. Antallet barn i grunnskolealder (6–15 år) øker fra 1 350 til "
          "1 460 i samme periode, slik at Leirvoll får både flere eldre og flere skolebarn. I 2024 "
          "er det 12,2 innbyggere i alderen 20–66 år for hver innbygger over 80 år. I 2040 vil det "
          "være 6,2."),
    ("h2", "Tettsteder og bygder"),
    ("table", "Tabell 3: Innbyggere etter tettsted og bygd 1. januar 2014 og 2024", [
        ["Tettsted eller bygd", "2014", "2024", "Endring"],
        ["Sletteland", "3 210", "3 480", "+270"],
        ["Vassbø", "1 980", "2 650", "+670"],
        ["Torvnes", "1 110", "1 040", "–70"],
        ["Kråkmyr", "760", "720", "–40"],
        ["Bøstrand", "540", "510", "–30"],
        ["Spredt bebyggelse", "920", "1 012", "+92"],
        ["Sum", "8 520", "9 412", "+892"],
    ], "Kilde: SSB og kommunens egne beregninger etter grunnkrets."),
    ("p", "Vassbø har stått for tre firedeler av veksten de siste ti årene. Torvnes, Kråkmyr og "
          "Bøstrand har hatt nedgang. Økningen i spredt bebyggelse skyldes blant annet at flere "
          "gårder har bygd om driftsbygninger til boliger for arbeidsinnvandrere."),
    ("h2", "Innvandring og arbeidsinnvandrere"),
    ("p", "1 180 av innbyggerne i Leirvoll er innvandrere, det vil si 12,5 prosent av befolkningen. "
          "De største gruppene kommer fra Polen (430), Litauen (260) og Romania (140). Om lag 640 "
          "av innvandrerne har kommet som arbeidsinnvandrere."),
    ("p", "I tillegg arbeider om lag 450 sesongarbeidere i Leirvoll hvert år, særlig i veksthusene "
          "fra mars til oktober. De er ikke registrert som bosatte og inngår derfor ikke i "
          "folketallet. Kommunen har ingen fullstendig oversikt over hvor sesongarbeiderne bor."),
    ("p", "I 2023 deltok 96 voksne i norskopplæring ved Leirvoll voksenopplæring. 61 av dem var "
          "arbeidsinnvandrere, som selv må betale for opplæringen. 73 prosent av innvandrerne i "
          "alderen 20–66 år var i arbeid i 2023."),
    ("box", "Hovedpunkter: befolkning", [
        "Leirvoll vokser, særlig i Vassbø nær Markstad, men litt langsommere enn målet i "
        "samfunnsdelen.",
        "Fram mot 2040 blir det flere barn i skolealder og mer enn dobbelt så mange innbyggere over "
        "80 år.",
        "Om lag én av åtte innbyggere er innvandrer, og i sesongen kommer om lag 450 "
        "sesongarbeidere i tillegg.",
    ]),

    ("h1", "Næringsliv, arbeid og pendling"),
    ("h2", "Arbeidsplasser"),
    ("p", "Det var 3 960 arbeidsplasser i Leirvoll i 2023, 140 flere enn i 2019. Jordbruket og "
          "næringsmiddelindustrien står til sammen for over en tredjedel av arbeidsplassene. De "
          "største arbeidsgiverne er Leirvoll kommune med 870 ansatte, Norrsletta Fjørfe AS med "
          "310 ansatte, Grindå Meieri med 125 ansatte og Solsletta Veksthus AS med 95 ansatte i "
          "sesongen."),
    ("table", "Tabell 4: Arbeidsplasser i Leirvoll etter næring, 2023", [
        ["Næring", "Arbeidsplasser", "Andel"],
        ["Jordbruk, inkludert veksthus", "780", "19,7 %"],
        ["Næringsmiddelindustri", "610", "15,4 %"],
        ["Annen industri", "190", "4,8 %"],
        ["Bygg og anlegg", "340", "8,6 %"],
        ["Varehandel", "360", "9,1 %"],
        ["Helse- og sosialtjenester", "720", "18,2 %"],
        ["Undervisning", "360", "9,1 %"],
        ["Offentlig administrasjon", "170", "4,3 %"],
        ["Transport og lagring", "210", "5,3 %"],
        ["Annet", "220", "5,6 %"],
        ["Sum", "3 960", "100 %"],
    ], "Kilde: SSB, sysselsatte etter arbeidssted. Andelene summerer ikke til 100 på grunn av "
       "avrunding."),
    ("p", "Arbeidsledigheten var 1,9 prosent i gjennomsnitt i 2023. Veksthusnæringen og "
          "fjørfeslakteriet melder om vansker med å rekruttere fagarbeidere."),
    ("h2", "Landbruket"),
    ("table", "Tabell 5: Nøkkeltall for landbruket 2019 og 2023", [
        ["Nøkkeltall", "2019", "2023"],
        ["Jordbruksforetak", "158", "146"],
        ["Melkeprodusenter", "71", "62"],
        ["Melkekyr", "3 050", "2 950"],
        ["Veksthusforetak", "33", "31"],
        ["Areal under glass (dekar)", "385", "410"],
        ["Slaktekylling (millioner dyr per år)", "1,8", "2,1"],
        ["Jordbruksareal i drift (dekar)", "42 900", "42 300"],
    ], "Kilde: Landbruksdirektoratet, produksjonstilskudd."),
    ("p", "Antallet gårdsbruk går ned, men produksjonen øker på brukene som er igjen. Veksthusene "
          "varmes i dag for en stor del opp med naturgass og propan. Energikostnadene økte kraftig i "
          "2022, og to veksthusforetak la ned driften det året."),
    ("p", "Gjennomsnittsalderen for gårdbrukerne er 54 år. 38 prosent av brukerne er over 60 år, og "
          "på 22 av disse brukene er det ikke avklart hvem som skal ta over."),
    ("h2", "Pendling"),
    ("p", "4 680 sysselsatte bor i Leirvoll. Av dem pendler 2 210 til arbeid i andre kommuner, de "
          "fleste til Markstad (1 640). 1 490 personer pendler inn til Leirvoll, mange av dem til "
          "næringsmiddelindustrien og veksthusene. Andelen utpendlere har økt fra 41 prosent i "
          "2014 til 47 prosent i 2023, i takt med innflyttingen til Vassbø."),
    ("h2", "Jordvern og arealbruk"),
    ("p", "Fra 2014 til 2023 ble det omdisponert 312 dekar dyrka mark i Leirvoll. 180 dekar gikk til "
          "boliger i Vassbø og Sletteland, 95 dekar til næringsbygg og 37 dekar til veier. I årene "
          "2020–2023 ble det omdisponert 76 dekar, i gjennomsnitt 19 dekar i året. Målet i "
          "samfunnsdelen er høyst 12 dekar i året."),
    ("table", "Tabell 6: Omdisponert dyrka mark 2020–2023", [
        ["År", "Dekar", "Største enkeltsak"],
        ["2020", "24", "Boligfelt i Vassbø"],
        ["2021", "31", "Utvidelse av fjørfeslakteriet"],
        ["2022", "9", "Gang- og sykkelvei i Sletteland"],
        ["2023", "12", "Boliger i Sletteland"],
        ["Sum", "76", ""],
    ], "Kilde: Kostra og kommunens egne registreringer."),
    ("p", "Rørholt næringsområde har 140 dekar ledig regulert areal. Kommunen får jevnlig "
          "henvendelser om nye næringsetableringer på dyrka mark langs fylkesvei 537, blant annet "
          "fra et logistikkselskap som trenger om lag 60 dekar. Det er 210 ledige regulerte "
          "boligtomter i Sletteland og Vassbø."),

    ("h1", "Oppvekst"),
    ("h2", "Barnehager"),
    ("p", "Leirvoll har ni barnehager, fire kommunale og fem private, med til sammen 612 barn. 93 "
          "prosent av barna i alderen 1–5 år går i barnehage. Ved hovedopptaket i 2024 fikk alle "
          "søkere med rett til plass et tilbud, men 24 barn fra Vassbø fikk plass i en annen del av "
          "kommunen enn de hadde søkt."),
    ("h2", "Grunnskole"),
    ("p", "Høsten 2023 hadde de kommunale grunnskolene 1 289 elever. I tillegg går en del elever ved "
          "Solhov friskole i Sletteland. Driftsutgiftene per elev i de kommunale skolene var i "
          "snitt 121 000 kroner."),
    ("table", "Tabell 7: Elevtall, kapasitet og driftsutgifter per elev, høsten 2023", [
        ["Skole", "Trinn", "Elever", "Kapasitet", "Kroner per elev"],
        ["Sletteland skole", "1–7", "402", "420", "109 000"],
        ["Vassbø skole", "1–7", "371", "350", "104 000"],
        ["Torvnes skole", "1–7", "61", "120", "176 000"],
        ["Kråkmyr skole", "1–7", "44", "100", "198 000"],
        ["Bøstrand skole", "1–4", "23", "60", "231 000"],
        ["Leirvoll ungdomsskole", "8–10", "388", "450", "118 000"],
        ["Sum", "", "1 289", "1 500", ""],
    ], "Kilde: GSI, Kostra og kommunens egne tall."),
    ("p", "Vassbø skole har flere elever enn den er bygd for og bruker to paviljonger. Ifølge "
          "elevtallsprognosen vil skolen ha om lag 450 elever i 2030. En utvidelse til 500 "
          "elevplasser ligger i økonomiplanen med 140 millioner kroner og byggestart i 2025."),
    ("p", "Bøstrand skole er kommunens minste skole, med 23 elever på 1.–4. trinn. Elevene går over "
          "til Torvnes skole fra 5. trinn, og avstanden mellom de to skolene er 9 kilometer. "
          "Elevtallet ved Bøstrand skole ventes å ligge mellom 18 og 25 fram til 2030. Utredningen "
          "av skolestrukturen som samfunnsdelen ba om, ble lagt fram i 2023, men kommunestyret har "
          "ikke gjort vedtak i saken."),
    ("h2", "Læring, trivsel og levekår"),
    ("p", "Elevene i Leirvoll ligger på landssnittet på nasjonale prøver på 5. trinn og litt under "
          "landssnittet på 8. trinn. 86 prosent av elevene på 7. trinn sier at de trives godt på "
          "skolen. Av elevene som begynte i videregående opplæring i 2017, fullførte og bestod 78 "
          "prosent innen fem år."),
    ("p", "9,1 prosent av barna i Leirvoll bor i husholdninger med vedvarende lav inntekt, mot 10,4 "
          "prosent i landet. Ungdata-undersøkelsen fra 2023 viser at 76 prosent av "
          "ungdomsskoleelevene er fornøyd med lokalmiljøet, mens 21 prosent sier at det er "
          "vanskelig å komme seg til fritidsaktiviteter uten å bli kjørt."),

    ("h1", "Helse og omsorg"),
    ("h2", "Tjenestene i dag"),
    ("p", "Kommunen har 72 sykehjemsplasser: 52 ved Sletteland helsetun og 20 ved Torvnes "
          "omsorgssenter. I tillegg er det 24 omsorgsboliger med heldøgns bemanning i Sletteland. "
          "Til sammen gir det 96 plasser med heldøgns omsorg. 385 personer fikk hjemmetjenester i "
          "2023, og 79 prosent av innbyggerne over 80 år bor hjemme uten heldøgns omsorg."),
    ("h2", "Behov fram mot 2040"),
    ("p", "Dekningsgraden for plasser med heldøgns omsorg er 21,7 prosent av innbyggerne over 80 år, "
          "høyere enn snittet i fylket. Tabell 8 viser behovet dersom dekningsgraden holdes "
          "uendret."),
    ("table", "Tabell 8: Behov for plasser med heldøgns omsorg ved dagens dekningsgrad", [
        ["År", "Innbyggere over 80 år", "Plasser med heldøgns omsorg"],
        ["2024", "442", "96"],
        ["2030", "600", "130"],
        ["2035", "760", "165"],
        ["2040", "930", "202"],
    ], "Kilde: SSB og kommunens egne beregninger."),
    ("p", "Med dagens dekningsgrad vil kommunen trenge om lag 106 flere plasser med heldøgns omsorg i "
          "2040 enn i dag. Det er ikke vedtatt hvordan behovet skal dekkes. En utredning fra 2023 "
          "beskriver to hovedalternativer: å bygge ut Sletteland helsetun med 40 plasser, anslått "
          "til 280 millioner kroner, eller å bygge flere omsorgsboliger og styrke "
          "hjemmetjenestene."),
    ("h2", "Bemanning og rekruttering"),
    ("p", "Helse og omsorg har 214 årsverk. I 2023 stod i gjennomsnitt 9 sykepleierstillinger "
          "ubesatt. Sykefraværet i helse og omsorg var 10,4 prosent, mot 8,1 prosent for kommunen "
          "samlet. 46 prosent av de ansatte i helse og omsorg arbeider deltid. Dersom tjenestene "
          "gis som i dag, trenger kommunen om lag 110 flere årsverk i helse og omsorg i 2040."),
    ("h2", "Legetjenester og folkehelse"),
    ("p", "Leirvoll har åtte fastlegehjemler. Én hjemmel har vært ledig siden mars 2023 og betjenes "
          "av vikarer. Legevakten er interkommunal og ligger i Markstad, 24 kilometer fra "
          "Sletteland."),
    ("p", "Folkehelseprofilen viser at andelen voksne med overvekt og andelen med type 2-diabetes er "
          "høyere enn i landet. Andelen som oppgir at de er fysisk aktive, er lavere."),
    ("box", "Hovedpunkter: tjenester", [
        "Vassbø skole er full, mens skolene i bygdene har god ledig kapasitet og høye kostnader "
        "per elev.",
        "Behovet for heldøgns omsorg vil om lag dobles fram mot 2040.",
        "Helse og omsorg har høyt sykefravær, mye deltid og ubesatte sykepleierstillinger.",
    ]),

    ("h1", "Samferdsel og trafikksikkerhet"),
    ("p", "Fylkesvei 537 er hovedveien gjennom Leirvoll. Årsdøgntrafikken er 7 800 kjøretøy ved "
          "Vassbø og 4 100 ved Torvnes, og 14 prosent av kjøretøyene er tunge. Fra 2014 til 2023 "
          "var det 23 politirapporterte ulykker med personskade på veien i Leirvoll. To av "
          "ulykkene var dødsulykker, og fem førte til alvorlig skade. Ni av ulykkene skjedde i "
          "årene 2020–2023."),
    ("p", "Strekningen mellom Vassbø og Sletteland er 6,4 kilometer lang og har ikke gang- og "
          "sykkelvei. Fylkeskommunen har tatt prosjektet inn i handlingsprogrammet for fylkesveier "
          "2026–2029 med en kostnad på 210 millioner kroner, forutsatt at kommunen bidrar med 38 "
          "millioner kroner. 310 elever har rett til gratis skoleskyss, 85 av dem fordi skoleveien "
          "er særlig farlig."),
    ("p", "Kollektivtilbudet er én busslinje mellom Torvnes og Markstad med avgang hver time på "
          "hverdager. Reisevaneundersøkelsen fra 2022 viser at 68 prosent av innbyggernes reiser "
          "skjer med bil."),

    ("h1", "Økonomi"),
    ("h2", "Økonomisk situasjon"),
    ("p", "Leirvoll kommune hadde brutto driftsinntekter på 912 millioner kroner i 2023. Netto "
          "driftsresultat var 0,2 prosent av driftsinntektene, etter 0,9 prosent i 2022 og 3,1 "
          "prosent i 2021. Nedgangen skyldes særlig økte utgifter til ressurskrevende tjenester, "
          "høyere renter og økte utgifter til skoleskyss og barnehager."),
    ("h2", "Handlingsregelen"),
    ("p", "Kommunestyret vedtok i 2019 en handlingsregel med tre finansielle måltall: netto "
          "driftsresultat skal over tid være minst 2,0 prosent av driftsinntektene, "
          "disposisjonsfondet skal være minst 7 prosent av driftsinntektene, og netto lånegjeld "
          "skal ikke være høyere enn 100 prosent av driftsinntektene. I 2023 ble måltallene for "
          "driftsresultat og lånegjeld ikke nådd."),
    ("table", "Tabell 9: Nøkkeltall for økonomien 2021–2023 og måltallene i handlingsregelen", [
        ["Nøkkeltall", "2021", "2022", "2023", "Måltall"],
        ["Brutto driftsinntekter (mill. kr)", "824", "866", "912", "–"],
        ["Netto driftsresultat", "3,1 %", "0,9 %", "0,2 %", "minst 2,0 %"],
        ["Disposisjonsfond", "11,2 %", "9,6 %", "7,1 %", "minst 7 %"],
        ["Netto lånegjeld", "88 %", "94 %", "101 %", "høyst 100 %"],
        ["Investeringer (mill. kr)", "96", "131", "118", "–"],
    ], "Kilde: Kostra og kommunens årsregnskap. Prosent av brutto driftsinntekter."),
    ("p", "Disposisjonsfondet var 65 millioner kroner ved utgangen av 2023, og netto lånegjeld var "
          "921 millioner kroner."),
    ("h2", "Investeringer og handlingsrom"),
    ("p", "Vedtatt økonomiplan for 2024–2027 har investeringer på til sammen 460 millioner kroner. "
          "De største er utvidelsen av Vassbø skole (140 millioner kroner), ny vannledning og "
          "oppgradering av renseanlegget i Sletteland (95 millioner kroner), ombygging av "
          "Sletteland helsetun (60 millioner kroner) og kommunens tilskudd til gang- og sykkelvei "
          "langs fylkesvei 537 (38 millioner kroner). Med denne planen vil netto lånegjeld øke til "
          "om lag 112 prosent av driftsinntektene i 2027."),
    ("p", "Kommunedirektøren har beregnet at driftsutgiftene må reduseres med om lag 16 millioner "
          "kroner innen 2027 for at netto driftsresultat skal nå 2,0 prosent."),
    ("h2", "Skatt og eiendomsskatt"),
    ("p", "Leirvoll har eiendomsskatt på næringseiendom og på verk og bruk, med en sats på 7 "
          "promille. Det er ikke eiendomsskatt på boliger og fritidsboliger. Eiendomsskatten ga 14 "
          "millioner kroner i 2023. Skatteinntektene per innbygger er 84 prosent av "
          "landsgjennomsnittet."),
    ("box", "Hovedpunkter: økonomi", [
        "Driftsresultatet har falt fra 3,1 prosent i 2021 til 0,2 prosent i 2023.",
        "Kommunen nådde ikke måltallene for driftsresultat og lånegjeld i 2023.",
        "Investeringsplanen vil øke lånegjelden til om lag 112 prosent av driftsinntektene.",
    ]),

    ("h1", "Klima, miljø og beredskap"),
    ("h2", "Klimagassutslipp"),
    ("p", "De direkte klimagassutslippene i Leirvoll var 61 800 tonn CO2-ekvivalenter i 2022, 8 "
          "prosent lavere enn i 2009. Jordbruket står for 58 prosent av utslippene, først og fremst "
          "fra husdyr og gjødsel. Målet i samfunnsdelen er en reduksjon på 40 prosent innen 2030, "
          "til om lag 40 100 tonn."),
    ("table", "Tabell 10: Klimagassutslipp etter sektor, 2022", [
        ["Sektor", "Tonn CO2-ekvivalenter", "Andel"],
        ["Jordbruk", "35 800", "58 %"],
        ["Veitrafikk", "13 600", "22 %"],
        ["Industri", "5 600", "9 %"],
        ["Oppvarming, medregnet veksthus", "3 900", "6 %"],
        ["Annen mobil forbrenning", "1 600", "3 %"],
        ["Avfall og avløp", "1 300", "2 %"],
        ["Sum", "61 800", "100 %"],
    ], "Kilde: Miljødirektoratet, klimagassregnskap for kommuner."),
    ("h2", "Vannkvaliteten i Grindåa"),
    ("p", "Grindåa er 28 kilometer lang, og 19 kilometer av elva renner gjennom Leirvoll. Elva har "
          "dårlig økologisk tilstand etter vannforskriften. Ved målestasjonen ved Bøstrand var "
          "gjennomsnittlig innhold av totalfosfor 78 mikrogram per liter i 2023. Grenseverdien for "
          "god tilstand i denne elvetypen er 29 mikrogram per liter."),
    ("p", "Om lag to tredjedeler av fosforet kommer fra jordbruket og resten fra avløp. Det er 640 "
          "private avløpsanlegg i kommunen, og tilsyn i 2021–2023 viste at 38 prosent av dem ikke "
          "tilfredsstiller kravene. Badeplassen ved Bøstrand hadde badeforbud i ni dager sommeren "
          "2023 på grunn av høye verdier av tarmbakterier. Regional vannforvaltningsplan for "
          "Strandmark har som mål at Grindåa skal ha god tilstand innen 2033."),
    ("h2", "Klimatilpasning"),
    ("p", "Store deler av sletta ligger lavere enn fem meter over havet. Grindåa gikk over sine "
          "bredder i 2015 og 2020, og i 2020 ble 14 boliger i Bøstrand evakuert. Om lag 120 "
          "bygninger ligger i flomsonen for en 200-årsflom. Fram mot 2100 ventes havnivået ved "
          "Bøstrand å stige med om lag 50 centimeter. Tørkesommeren 2018 ga store avlingstap, og "
          "flere gårder måtte kjøpe fôr fra andre deler av landet."),
    ("h2", "Samfunnssikkerhet og beredskap"),
    ("p", "Den helhetlige risiko- og sårbarhetsanalysen (ROS) ble revidert i 2022. Disse hendelsene "
          "er vurdert som de mest alvorlige for Leirvoll:"),
    ("ol", [
        "flom i Grindåa og stormflo ved Bøstrand og Torvnes",
        "utbrudd av fugleinfluensa eller annen smittsom dyresykdom i fjørfe- og husdyrholdet",
        "langvarig strømbrudd, som særlig rammer veksthus, fjørfehus og melkeproduksjon",
        "forurensning av drikkevannet",
        "alvorlig trafikkulykke med farlig gods på fylkesvei 537",
        "tørke og vannmangel i vekstsesongen",
        "brann i store driftsbygninger",
    ]),
    ("p", "Drikkevannet leveres av Markstad og Leirvoll vannverk IKS fra Holmtjern i nabokommunen. "
          "Kommunen har reservevann for om lag 24 timer."),
    ("p", "I november 2023 øvde kommunens kriseledelse på et utbrudd av fugleinfluensa sammen med "
          "Mattilsynet og fjørfenæringen. Øvelsen viste at kommunen mangler en plan for "
          "innkvartering av sesongarbeidere som må flytte ut fra smittede gårder."),

    ("h1", "Nasjonale og regionale føringer"),
    ("p", "Disse føringene er særlig viktige når samfunnsdelen skal vurderes:"),
    ("ul", [
        "Nasjonale forventninger til regional og kommunal planlegging 2023–2027, som legger vekt "
        "på bærekraftig utvikling, samfunnssikkerhet og et sterkere jordvern.",
        "Nasjonal jordvernstrategi, med et mål om at den årlige omdisponeringen av dyrka mark i "
        "landet skal være under 2 000 dekar innen 2030.",
        "Statlige planretningslinjer for samordnet bolig-, areal- og transportplanlegging.",
        "Statlige planretningslinjer for klima- og energiplanlegging og klimatilpasning.",
        "Regional plan for areal og transport i Markstadregionen (2022), som sier at minst 80 "
        "prosent av boligveksten i Leirvoll skal komme i Sletteland og Vassbø, og at Leirvoll "
        "ikke bør omdisponere mer enn 12 dekar dyrka mark i året.",
        "Regional vannforvaltningsplan for Strandmark vannregion 2022–2027.",
        "Regional transportplan for Strandmark, med handlingsprogram for fylkesveier 2026–2029.",
    ]),
    ("p", "Statsforvalteren har i uttalelsen til planstrategien pekt på at Leirvoll har omdisponert "
          "mer dyrka mark enn målet, og varslet at nye boligområder på dyrka mark kan få "
          "innsigelse."),

    ("h1", "Oppsummering"),
    ("ul", [
        "Folketallet vokser, mest i Vassbø, men litt langsommere enn målet om 10 500 innbyggere i "
        "2032.",
        "Antallet innbyggere over 80 år mer enn dobles fram mot 2040, og antallet skolebarn øker.",
        "Omdisponeringen av dyrka mark er fortsatt høyere enn målet i samfunnsdelen.",
        "Vassbø skole er full, mens skolene i bygdene har ledig kapasitet.",
        "Fylkesvei 537 har fortsatt mange ulykker, og gang- og sykkelveien er ikke fullfinansiert.",
        "Grindåa har fortsatt dårlig økologisk tilstand.",
        "Kommunen nådde ikke to av de tre måltallene i handlingsregelen i 2023.",
    ]),
]

HEADS = ("kommune", "samfunns", "landbruks", "befolknings", "nærings", "jordbruks", "veksthus",
         "klimagass", "arbeids", "handlings", "økonomi", "barnehage", "fylkes", "trafikk",
         "inkluderings", "hverdags", "velferds", "utbyggings", "planprogram", "spørre", "høring",
         "representant", "smittevern", "generasjons", "virksomhets", "fortsatt", "helsearbeider",
         "foredlings", "kompetanse", "lavterskel", "kjerne", "bolig", "fjørfe", "sesong",
         "melke", "foreldre", "kommunal", "omdisponer", "transformasjon", "ungdoms", "landbruk")


def hyphenate(text: str) -> str:
    """Soft hyphens after a known first element of long compound words (not inside tags)."""
    def fix(match: re.Match) -> str:
        word = match.group(0)
        if len(word) < 13:
            return word
        return shared.hyphenate_after_head(word, HEADS, 5) or word
    return re.sub(r"(?<![<\w])[A-Za-zÆØÅæøå]+", fix, text)


def nb(text: str) -> str:
    """No line break inside a number («9 412») or before «%»."""
    text = re.sub(r"(\d) (\d{3})\b", "\\1\xa0\\2", text)
    return text.replace(" %", "\xa0%")


# =====================================================================================
# PDF
# =====================================================================================


def render_pdf(path: Path, total_pages: int | None = None) -> int:
    from reportlab.graphics.shapes import Drawing, Ellipse, Line, PolyLine, Polygon, Rect, String
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Frame, KeepTogether,
                                    NextPageTemplate, PageBreak, PageTemplate, Paragraph, Spacer)

    shared.deterministic_pdf()
    W, H = A4
    lm, rm, tm, bm = 36 * mm, 25 * mm, 20 * mm, 22 * mm
    text_w = W - lm - rm

    earth = colors.HexColor("#7A4E2D")
    leaf = colors.HexColor("#4E6E24")
    wheat = colors.HexColor("#F3EBDD")
    grey = colors.HexColor("#5E5A54")
    sea = colors.HexColor("#CFE0E8")

    body = ParagraphStyle("lv-body", fontName="Times-Roman", fontSize=10.8, leading=14.2,
                          alignment=TA_JUSTIFY, spaceAfter=6, embeddedHyphenation=1,
                          bulletFontName="Helvetica", bulletFontSize=8, bulletIndent=-14 * mm)
    part = ParagraphStyle("lv-part", fontName="Helvetica-Bold", fontSize=17, leading=21,
                          textColor=earth, spaceAfter=2)
    sub = ParagraphStyle("lv-sub", fontName="Helvetica-BoldOblique", fontSize=11.5, leading=14,
                         textColor=leaf, spaceBefore=8, spaceAfter=3, keepWithNext=1)
    dash = ParagraphStyle("lv-dash", parent=body, leftIndent=6 * mm, bulletIndent=1.5 * mm,
                          bulletFontName="Times-Roman", bulletFontSize=10.8, spaceAfter=2.5)
    fact_t = ParagraphStyle("lv-fact-t", fontName="Helvetica-Bold", fontSize=9.5, leading=12,
                            textColor=earth)
    fact_b = ParagraphStyle("lv-fact-b", fontName="Helvetica", fontSize=9.2, leading=12.2)
    cell = ParagraphStyle("lv-cell", fontName="Helvetica", fontSize=8.9, leading=11.4,
                          embeddedHyphenation=1)
    cell_h = ParagraphStyle("lv-cell-h", parent=cell, fontName="Helvetica-Bold",
                            textColor=colors.white)
    cell_no = ParagraphStyle("lv-cell-no", parent=cell, fontName="Helvetica-Bold", textColor=leaf)
    cap = ParagraphStyle("lv-cap", fontName="Helvetica-Oblique", fontSize=8.8, leading=11.5,
                         textColor=grey, spaceBefore=2, spaceAfter=3)
    goal_t = ParagraphStyle("lv-goal-t", fontName="Helvetica-Bold", fontSize=9.6, leading=12,
                            textColor=leaf, spaceBefore=4, spaceAfter=3, keepWithNext=1)
    vision = ParagraphStyle("lv-vision", fontName="Times-BoldItalic", fontSize=22, leading=28,
                            textColor=earth, alignment=TA_CENTER)

    doc = BaseDocTemplate(str(path), pagesize=A4, leftMargin=lm, rightMargin=rm, topMargin=tm,
                          bottomMargin=bm, title=f"{PDF_TITLE} – Leirvoll kommune (fiktiv)",
                          author="Leirvoll kommune (fiktiv)", subject="Eksempeldata, fiktiv kommune")

    def footer(canv, d):
        canv.saveState()
        canv.setStrokeColor(earth)
        canv.setLineWidth(0.6)
        canv.line(lm, 14 * mm, W - rm, 14 * mm)
        canv.setFont("Helvetica", 7.8)
        canv.setFillColor(grey)
        canv.drawString(lm, 10 * mm, f"Leirvoll kommune  |  {PDF_TITLE}")
        canv.drawRightString(W - rm, 10 * mm, f"Side {d.page} av {total_pages or 0}")
        canv.setFillColor(leaf)
        canv.rect(0, 0, 7 * mm, H, stroke=0, fill=1)
        canv.restoreState()

    def cover(canv, d):
        canv.saveState()
        canv.setFillColor(earth)
        canv.rect(0, H - 95 * mm, W, 95 * mm, stroke=0, fill=1)
        canv.setFillColor(leaf)
        for i in range(4):
            canv.rect(0, H - 103 * mm - i * 6 * mm, W, 2.2 * mm, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont("Helvetica-Bold", 12)
        canv.drawString(24 * mm, H - 28 * mm, "LEIRVOLL KOMMUNE")
        canv.setFont("Times-BoldItalic", 30)
        canv.drawString(24 * mm, H - 55 * mm, "Der det gror")
        canv.restoreState()

    main = Frame(lm, bm, text_w, H - tm - bm, id="main", leftPadding=0, rightPadding=0)
    cover_frame = Frame(24 * mm, 25 * mm, W - 48 * mm, H - 160 * mm, id="cover")
    doc.addPageTemplates([PageTemplate("cover", [cover_frame], onPage=cover),
                          PageTemplate("body", [main], onPage=footer)])

    story = shared.spaced(
        Paragraph("Kommuneplanens samfunnsdel 2020–2032",
                  ParagraphStyle("ct", fontName="Helvetica-Bold", fontSize=26, leading=31,
                                 textColor=earth)),
        5 * mm,
        Paragraph(f"{ADOPTED}. Planen gjelder for hele Leirvoll kommune og erstatter "
                  "samfunnsdelen fra 2011.",
                  ParagraphStyle("cs", fontName="Times-Italic", fontSize=12.5, leading=16.5,
                                 textColor=grey)),
        9 * mm,
    )
    story.append(shared.styled_table(
        [[Paragraph(NOTICE_TITLE, ParagraphStyle("nt", fontName="Helvetica-Bold", fontSize=11,
                                                 leading=14, textColor=earth))],
         [Paragraph(NOTICE, ParagraphStyle("nn", fontName="Helvetica", fontSize=9.2, leading=12.2))]],
        [W - 48 * mm],
        [("BOX", (0, 0), (-1, -1), 1, earth), ("BACKGROUND", (0, 0), (-1, -1), wheat),
         *shared.padding(left=8, right=8, top=5, bottom=6)], hAlign="LEFT"))
    story += [NextPageTemplate("body"), PageBreak()]

    counter = {"n": 0}

    def numbered(text: str) -> Paragraph:
        counter["n"] += 1
        return Paragraph(hyphenate(nb(text)), body, bulletText=f"({counter['n']})")

    first_part = True
    for el in SAMFUNNSDEL:
        kind = el[0]
        if kind == "part":
            if not first_part:
                story.append(PageBreak())
            first_part = False
            rule = shared.styled_table([[""]], [text_w], [("LINEABOVE", (0, 0), (-1, 0), 2, earth),
                                                         *shared.padding(top=0, bottom=0)])
            story += [Paragraph(el[1].upper(), part), rule, Spacer(1, 5 * mm)]
        elif kind == "sub":
            story += [CondPageBreak(30 * mm), Paragraph(el[1], sub)]
        elif kind == "p":
            story.append(numbered(el[1]))
        elif kind == "list":
            story.append(numbered(el[1]))
            story += [Paragraph(hyphenate(nb(t)), dash, bulletText="–") for t in el[2]]
            story.append(Spacer(1, 4))
        elif kind == "fact":
            rows = [[Paragraph(el[1], fact_t)]] + [[Paragraph(nb(t), fact_b, bulletText="•")]
                                                   for t in el[2]]
            box = shared.styled_table(rows, [text_w - 10 * mm],
                                      [("BACKGROUND", (0, 0), (-1, -1), wheat),
                                       ("LINEBEFORE", (0, 0), (0, -1), 4, leaf),
                                       *shared.padding(left=14, right=8, top=2.5, bottom=2.5),
                                       ("TOPPADDING", (0, 0), (-1, 0), 6),
                                       ("BOTTOMPADDING", (0, -1), (-1, -1), 7)], hAlign="RIGHT")
            story.append(KeepTogether([Spacer(1, 3), box, Spacer(1, 8)]))
        elif kind == "vision":
            t = shared.styled_table([[Paragraph(el[1], vision)]], [text_w],
                                    [("LINEABOVE", (0, 0), (-1, 0), 0.8, earth),
                                     ("LINEBELOW", (0, -1), (-1, -1), 0.8, earth),
                                     *shared.padding(top=12, bottom=16)])
            story += [Paragraph("Visjon", sub), t, Spacer(1, 7 * mm)]
        elif kind == "mains":
            rows = [[Paragraph("Hovedmål", cell_h), Paragraph("Dette vil vi oppnå", cell_h)]]
            for no, title, text in el[1]:
                rows.append([Paragraph(f"{no}  {title}", cell_no), Paragraph(nb(text), cell)])
            story.append(Paragraph("Fire hovedmål", sub))
            story.append(shared.styled_table(
                rows, [44 * mm, text_w - 44 * mm],
                [("BACKGROUND", (0, 0), (-1, 0), leaf), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                 ("LINEBELOW", (0, 1), (-1, -1), 0.4, colors.HexColor("#CDBFA6")),
                 *shared.padding(left=4, right=4, top=4, bottom=4)]))
            story.append(Spacer(1, 6))
        elif kind == "goals":
            rows = [[Paragraph("Delmål", cell_h), Paragraph("Strategier – dette skal kommunen gjøre",
                                                            cell_h)]]
            for no, goal, strat in el[2]:
                rows.append([Paragraph(f"<b>{no}</b>  {hyphenate(nb(goal))}", cell),
                             Paragraph(hyphenate(nb(strat)), cell)])
            t = shared.styled_table(
                rows, [text_w * 0.42, text_w * 0.58],
                [("BACKGROUND", (0, 0), (-1, 0), earth), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                 ("BACKGROUND", (0, 1), (0, -1), wheat),
                 ("LINEBELOW", (0, 1), (-1, -1), 0.4, colors.HexColor("#CDBFA6")),
                 *shared.padding(left=4, right=4, top=3.5, bottom=3.5)], repeatRows=1)
            story += [Paragraph(el[1], goal_t), t, Spacer(1, 8)]
        elif kind == "map":
            dw, dh = text_w, 88 * mm
            d = Drawing(dw, dh)
            d.add(Rect(0, 0, dw, dh, fillColor=colors.HexColor("#EEF2E2"), strokeColor=grey,
                       strokeWidth=0.5))
            d.add(Polygon([0, 0, 38 * mm, 0, 30 * mm, 30 * mm, 34 * mm, 60 * mm, 24 * mm, dh, 0, dh],
                          fillColor=sea, strokeColor=None))
            d.add(PolyLine([dw - 20 * mm, dh, dw - 45 * mm, 60 * mm, 70 * mm, 40 * mm,
                            45 * mm, 22 * mm, 33 * mm, 16 * mm], strokeColor=colors.HexColor("#3B7EA1"),
                           strokeWidth=2))
            d.add(PolyLine([dw - 8 * mm, dh - 6 * mm, 95 * mm, 62 * mm, 82 * mm, 45 * mm,
                            52 * mm, 30 * mm, 36 * mm, 72 * mm], strokeColor=colors.HexColor("#B23A2E"),
                           strokeWidth=1.6))
            for x, y, r, name in ((dw - 14 * mm, dh - 12 * mm, 9, "Vassbø"),
                                  (82 * mm, 45 * mm, 11, "Sletteland"),
                                  (40 * mm, 70 * mm, 6, "Torvnes"),
                                  (42 * mm, 14 * mm, 6, "Bøstrand"),
                                  (dw - 22 * mm, 18 * mm, 6, "Kråkmyr")):
                d.add(Ellipse(x, y, r * 1.4, r, fillColor=colors.HexColor("#E2A65A"),
                              strokeColor=earth, strokeWidth=0.6))
                d.add(String(x + r * 1.6, y - 3, name, fontName="Helvetica-Bold", fontSize=7.5,
                             fillColor=earth))
            d.add(Rect(100 * mm, 22 * mm, 16 * mm, 10 * mm, fillColor=colors.HexColor("#9C8C7A"),
                       strokeColor=None))
            d.add(String(100 * mm, 17 * mm, "Rørholt", fontName="Helvetica", fontSize=7))
            d.add(Rect(62 * mm, 60 * mm, 14 * mm, 9 * mm, fillColor=colors.HexColor("#B9D4A3"),
                       strokeColor=leaf))
            d.add(String(62 * mm, 55 * mm, "Kvålsbø", fontName="Helvetica", fontSize=7))
            d.add(String(6 * mm, dh - 8 * mm, "Havet", fontName="Helvetica-Oblique", fontSize=8,
                         fillColor=colors.HexColor("#3B7EA1")))
            d.add(Line(dw - 60 * mm, 12 * mm, dw - 52 * mm, 12 * mm,
                       strokeColor=colors.HexColor("#B23A2E"), strokeWidth=1.6))
            d.add(String(dw - 50 * mm, 10 * mm, "Fv 537", fontName="Helvetica", fontSize=7))
            d.add(Line(dw - 60 * mm, 6 * mm, dw - 52 * mm, 6 * mm,
                       strokeColor=colors.HexColor("#3B7EA1"), strokeWidth=2))
            d.add(String(dw - 50 * mm, 4 * mm, "Grindåa", fontName="Helvetica", fontSize=7))
            story.append(KeepTogether([Spacer(1, 4), d, Paragraph(el[1], cap), Spacer(1, 6)]))
        elif kind == "table":
            _, caption, rows, widths = el
            t = shared.data_table([[nb(c) for c in r] for r in rows], [text_w * w for w in widths],
                                  cell_h, cell,
                                  [("BACKGROUND", (0, 0), (-1, 0), leaf),
                                   ("LINEBELOW", (0, 1), (-1, -1), 0.4, colors.HexColor("#CDBFA6")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   *shared.padding(left=4, right=4, top=3, bottom=3)])
            story.append(KeepTogether([Paragraph(caption, cap), t, Spacer(1, 8)]))
        else:
            raise ValueError(kind)
    doc.build(story)
    return shared.pdf_page_count(path)


# =====================================================================================
# DOCX
# =====================================================================================


def render_docx(path: Path) -> None:

    doc = shared.new_docx("Kunnskapsgrunnlag 2024 – Leirvoll kommune (fiktiv)",
                          "Leirvoll kommune (fiktiv)", "Eksempeldata, fiktiv kommune", "2024-10-02")
    shared.add_run_paragraph(doc, "LEIRVOLL KOMMUNE", bold=True, size=11, color="7A4E2D")
    doc.add_heading("Kunnskapsgrunnlag 2024", level=0)
    shared.add_run_paragraph(doc, "Leirvoll i dag og i morgen – situasjon og utviklingstrekk. "
                                  "Grunnlag for kommunal planstrategi 2024–2027",
                             italic=True, size=12.5, color="4E6E24")
    p = doc.add_paragraph()
    shared.add_run(p, NOTICE_TITLE + ". ", bold=True, color="7A4E2D")
    shared.add_run(p, NOTICE, italic=True, color="5E5A54")
    shared.add_run_paragraph(doc, "Utarbeidet av kommunedirektøren med ledergruppen, 2. oktober "
                                  "2024. Til kommunestyrets politiske verksted 31. oktober 2024.",
                             size=10, color="5E5A54")

    shade = shared.shade_cell

    def table(d, caption: str, rows: list[list[str]], source: str) -> None:
        shared.add_run_paragraph(d, caption, bold=True, italic=True, size=10, color="4E6E24")
        t = d.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Light Grid Accent 3"
        for i, row in enumerate(rows):
            for j, value in enumerate(row):
                t.cell(i, j).text = value
        shared.add_run_paragraph(d, source, italic=True, size=8.5, color="5E5A54")

    def box(d, title: str, lines: list[str]) -> None:
        t = d.add_table(rows=1, cols=1)
        t.style = "Table Grid"
        c = t.cell(0, 0)
        shade(c, "F3EBDD")
        c.paragraphs[0].text = ""
        shared.add_run(c.paragraphs[0], title, bold=True, color="7A4E2D")
        for line in lines:
            shared.add_run(c.add_paragraph(), "• " + line)
        d.add_paragraph()

    def ol(d, items: list[str]) -> None:
        for item in items:
            d.add_paragraph(item, style="List Number")

    shared.add_docx_elements(doc, KUNNSKAPSGRUNNLAG, {"table": table, "box": box, "ol": ol})
    shared.save_docx(doc, path, fixed_day="2024-10-02")


def main() -> None:
    pages = render_pdf(PDF_PATH)
    pages2 = render_pdf(PDF_PATH, total_pages=pages)  # second pass: «Side N av M»
    assert pages2 == pages, (pages, pages2)
    render_docx(DOCX_PATH)
    shared.finish_fictional("Leirvoll", pages,
                            (PDF_PATH, PDF_TITLE, "2020-11-12", SAMFUNNSDEL),
                            (DOCX_PATH, "Kunnskapsgrunnlag 2024", "2024-10-02", KUNNSKAPSGRUNNLAG))


if __name__ == "__main__":
    main()
