"""Render the fifth held-out example municipality «Tindøy kommune» (fictional island municipality).

Writes, next to this file:
  tindoy-samfunnsdel.pdf (+ .meta.json)        – reportlab platypus, in the style of a plan
      document with numbered paragraphs: no cover page (title block, notice and contents on
      page 1), chapter headings «KAPITTEL 3», every paragraph numbered «§ 3.2» with a side-margin
      note in a narrow left column, justified sans-serif body with soft hyphens (words are
      hyphenated at line ends), fact boxes inside the text, a table of centres and a table of
      indicators, and a running footer with the document title and «Side N av M»
  tindoy-kunnskapsgrunnlag.docx (+ .meta.json) – python-docx, unnumbered Heading 1/2, ten tables,
      bullet lists

Tindøy kommune does not exist. Every name, place, figure and decision below is invented test
data, written independently of the product, its demo municipality and the earlier held-out sets.
Run:  .venv/bin/python evaluation/heldout5/render.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

import evaluation.heldout_render as shared  # noqa: E402

PDF_PATH = HERE / "tindoy-samfunnsdel.pdf"
DOCX_PATH = HERE / "tindoy-kunnskapsgrunnlag.docx"

NOTICE_TITLE = "Eksempeldata – fiktiv kommune"
NOTICE = ("Tindøy kommune finnes ikke. Dokumentet er laget som testmateriale for en uavhengig "
          "evaluering av Samspill. Alle navn, steder, bedrifter, tall og vedtak er oppdiktet. "
          "Eventuell likhet med virkelige kommuner, steder, bedrifter eller personer er tilfeldig.")

PDF_TITLE = "Kommuneplanens samfunnsdel 2021–2033"

# ---------------------------------------------------------------------------------------------
# Samfunnsdelen (PDF). Kinds:
#   ("chapter", number, title)               full-width chapter heading
#   ("section", title)                        sub-heading over the body column
#   ("para", margin note, text)               numbered paragraph «§ c.n» with a side-margin note
#   ("list", margin note, intro, [items])     numbered paragraph holding a dash list
#   ("fact", title, [lines])                  fact box in the body column
#   ("vision", text)                          the vision, large, in the body column
#   ("table", margin note, caption, rows, widths)  numbered table in the body column
# ---------------------------------------------------------------------------------------------

SAMFUNNSDEL = [
    ("chapter", "1", "Innledning"),
    ("para", "Planens rolle",
     "Kommuneplanens samfunnsdel er Tindøy kommunes overordnede styringsdokument. Den viser hvilke "
     "mål kommunestyret har for utviklingen av Tindøy som lokalsamfunn og for kommunen som "
     "organisasjon fram mot 2033. Planen skal legges til grunn for kommuneplanens arealdel, for "
     "temaplanene og for den årlige handlings- og økonomiplanen. Samfunnsdelen erstatter "
     "kommuneplanen fra 2009."),
    ("para", "Hvorfor en ny plan",
     "Kommunestyret vedtok i planstrategien for 2020–2023 at samfunnsdelen skulle revideres i sin "
     "helhet. Begrunnelsen var at folketallet har gått ned i nesten tretti år, at "
     "alderssammensetningen endrer seg raskt, og at havbruksnæringen har vokst langt mer enn den "
     "forrige planen la til grunn. Samtidig har stormer og ferjestans vist hvor sårbar en "
     "øykommune er når forbindelsene svikter."),
    ("para", "Planprosessen",
     "Planprogrammet ble fastsatt i september 2019. Kommunestyret holdt to politiske verksteder, "
     "i november 2019 og i februar 2020, der kunnskapsgrunnlaget og den gamle planen ble diskutert "
     "i tverrpolitiske grupper. Det ble holdt folkemøter i alle de sju grendene, og en "
     "innbyggerundersøkelse fikk 820 svar. Ungdomsrådet laget sitt eget innspill om hva som skal "
     "til for at unge flytter hjem etter utdanning. Planforslaget var på høring fra februar til "
     "april 2021, og det kom inn 64 høringsuttalelser."),
    ("para", "Tindøy i dag",
     "Tindøy består av hovedøya Tindøya, de bebodde øyene Ytterøya og Lyngøya og en smal stripe "
     "fastland rundt Kleivsund. Kommunesenteret Sørhamn ligger på sørsiden av Tindøya og har "
     "rådhus, helsetun, den største skolen og det meste av handelen. Straumsnes er kommunens "
     "industristed med fiskemottak og sjømatbedriften Havbris Sjømat. Ferja mellom Sørhamn og "
     "Kleivsund er eneste veiforbindelse til fastlandet og regionsenteret Nordvågen. Folketallet "
     "har falt fra 8 650 i 1990 til 7 134 ved inngangen til 2021."),
    ("fact", "Fakta om Tindøy (1. januar 2021)", [
        "Innbyggere: 7 134",
        "Landareal: 318 km²",
        "Bebodde øyer: Tindøya, Ytterøya og Lyngøya",
        "Overfart med ferje Sørhamn–Kleivsund: 35 minutter",
        "Godkjente lokaliteter for havbruk: 14",
        "Største private arbeidsgiver: Havbris Sjømat AS",
    ]),
    ("list", "Utfordringer",
     "Arbeidet med kunnskapsgrunnlaget pekte på fem hovedutfordringer som planen må svare på:", [
         "Folketallet går ned fordi flere dør enn fødes, og fordi flere flytter ut enn inn.",
         "Det er for få kvinner i alderen 20–39 år, og mange unge kommer ikke tilbake etter utdanning.",
         "Antallet eldre øker mens antallet i yrkesaktiv alder synker, og det blir vanskeligere å "
         "rekruttere til helse og omsorg.",
         "Næringslivet mangler arbeidskraft og boliger til nye arbeidstakere.",
         "Ferjesambandet og forsyningen av strøm og nett er sårbare for uvær og driftsstans.",
     ]),
    ("para", "Innbyggernes stemme",
     "I innbyggerundersøkelsen svarte 68 prosent at naturen og nærheten til havet var det beste ved "
     "å bo i Tindøy. Ferjetilbudet ble oftest nevnt som det som trekker ned, fulgt av mangelen på "
     "ledige boliger. Ungdommene etterlyste et samlingssted i Sørhamn og bedre kveldsavganger, slik "
     "at de kan delta på aktiviteter i Nordvågen. I Kobbvika og på Lyngøya var mange bekymret for "
     "at skolen og butikken skal forsvinne."),

    ("chapter", "2", "Visjon og hovedmål"),
    ("vision", "«Tindøy – levende øyer, rikt hav»"),
    ("para", "Visjonen",
     "Visjonen uttrykker at kommunen vil ha bosetting på alle de tre øyene og i fastlandsdelen, og "
     "at havet skal være grunnlaget for arbeidsplasser, matproduksjon og opplevelser også for "
     "kommende generasjoner. Visjonen gjelder både for Tindøy som samfunn og for kommunen som "
     "organisasjon."),
    ("list", "Hovedmål",
     "Kommunestyret har vedtatt fire hovedmål, som er de lange linjene i planen:", [
         "<b>Hovedmål 1 – Flere velger Tindøy.</b> Folketallet skal stabiliseres, og kommunen skal "
         "ha minst 7 000 innbyggere i 2033.",
         "<b>Hovedmål 2 – Verdiskaping fra havet.</b> Tindøy skal ha et lønnsomt og nyskapende "
         "næringsliv som bruker havets ressurser innenfor naturens tålegrenser.",
         "<b>Hovedmål 3 – Gode liv i alle aldre.</b> Innbyggerne skal ha trygge og gode tjenester "
         "gjennom hele livet, så nær der de bor som mulig.",
         "<b>Hovedmål 4 – Trygge forbindelser.</b> Innbyggere og næringsliv skal ha pålitelig "
         "transport, strøm og digital infrastruktur, også i krisesituasjoner.",
     ]),
    ("para", "Gjennomgående perspektiver",
     "Tre perspektiver gjelder for alle satsingsområdene. <b>Folkehelse:</b> beslutninger skal "
     "vurderes ut fra hvordan de virker inn på innbyggernes helse og på sosial utjevning. "
     "<b>Klima:</b> kommunen skal redusere klimagassutslippene med 40 prosent innen 2030 "
     "sammenlignet med 2015, og tilpasse seg høyere havnivå og kraftigere uvær. "
     "<b>Samarbeid:</b> kommunen skal samarbeide med næringsliv, frivillighet og nabokommuner der "
     "det gir bedre løsninger enn å stå alene."),

    ("chapter", "3", "Satsingsområder"),
    ("para", "Slik er kapitlet bygd opp",
     "Kommunestyret har valgt fire satsingsområder for planperioden. For hvert område er det satt "
     "opp delmål, som beskriver hva kommunen vil oppnå, og strategier, som beskriver hvordan "
     "kommunen skal arbeide. Satsingsområdene skal vurderes på nytt hver gang kommunestyret "
     "vedtar en ny planstrategi."),
    ("section", "Satsingsområde 1: Bolyst og tilflytting"),
    ("para", "Bakgrunn",
     "Tindøy har mistet over 1 500 innbyggere siden 1990. Det er særlig unge kvinner som flytter "
     "ut, og få kommer tilbake etter endt utdanning. Samtidig har havbruk og fiskeforedling behov "
     "for flere arbeidstakere enn kommunen kan skaffe selv. Mange av dem som kommer for å jobbe, "
     "blir bare boende en kort periode, blant annet fordi det er vanskelig å finne en bolig å leie "
     "eller kjøpe."),
    ("list", "Delmål", "Delmål for satsingsområde 1:", [
        "Netto innenlands flytting skal være i balanse innen 2027.",
        "Det skal bygges minst 20 nye boliger i året, og minst en fjerdedel av dem skal være "
        "utleieboliger.",
        "Andelen innbyggere i alderen 20–39 år skal øke.",
        "Nye innbyggere skal oppleve at de blir tatt godt imot og inkludert i lokalsamfunnet.",
    ]),
    ("list", "Strategier", "Kommunen skal:", [
        "lage et boligprogram med kommunal tomtebank og utleieboliger i samarbeid med "
        "næringslivet og Husbanken",
        "gjennomføre en årlig «Kom hjem»-kampanje rettet mot studenter og unge voksne med "
        "tilknytning til Tindøy",
        "etablere kontorfellesskapet Havloftet i Sørhamn for folk som arbeider på avstand",
        "gi alle nye innbyggere en velkomstpakke og en fast kontaktperson i kommunen det "
        "første året",
        "støtte lag og foreninger med gratis lokaler i kommunale bygg",
    ]),
    ("section", "Satsingsområde 2: Havbasert verdiskaping"),
    ("para", "Bakgrunn",
     "Havet er grunnlaget for det meste av næringslivet i Tindøy. Havbruk, fiske og fiskeforedling "
     "står sammen for omtrent en tredjedel av arbeidsplassene. Havbruksnæringen har vokst kraftig "
     "det siste tiåret og gir kommunen inntekter gjennom Havbruksfondet. Reiselivet er fortsatt "
     "lite, men antallet gjestedøgn har økt, særlig om sommeren."),
    ("list", "Delmål", "Delmål for satsingsområde 2:", [
        "Havbruksnæringen skal kunne vokse innenfor miljømessig forsvarlige rammer og i god "
        "sameksistens med fiskeriene.",
        "En større del av fisken som landes og produseres i Tindøy, skal foredles lokalt.",
        "Antallet kommersielle gjestedøgn utenom sommersesongen skal dobles innen 2033.",
        "Bedriftene skal få svar på byggesaker og dispensasjonssøknader innen lovens frister.",
    ]),
    ("list", "Strategier", "Kommunen skal:", [
        "bruke den interkommunale kystsoneplanen aktivt for å avklare hvor havbruk, fiske, "
        "ferdsel og friluftsliv skal ha forrang",
        "sette av 20 prosent av utbetalingene fra Havbruksfondet til Tindøy næringsfond, som kan "
        "gi tilskudd til nye bedrifter og til utvikling i grendene",
        "samarbeide med Nordvågen videregående skole om å beholde akvakulturtilbudet i Sørhamn",
        "utvikle Kobbvika og Ørneset fyr som reisemål for havfiske, vandring og kystkultur "
        "hele året",
        "arbeide for at fiskemottaket i Straumsnes får nok kaiareal til å ta imot større fartøy",
    ]),
    ("fact", "Faktaboks: Havbruksfondet", [
        "Kommuner med lokaliteter for havbruk får en andel av inntektene når staten selger ny "
        "produksjonskapasitet. Utbetalingene varierer mye fra år til år.",
        "Kommunestyret har bestemt at 20 prosent av utbetalingene skal gå til næringsfondet. "
        "Resten settes på disposisjonsfond og skal bare brukes til investeringer og engangstiltak.",
    ]),
    ("section", "Satsingsområde 3: Gode liv i alle aldre"),
    ("para", "Bakgrunn",
     "Om lag hver fjerde innbygger i Tindøy er over 67 år, og andelen vil øke. Samtidig blir det "
     "færre barn og unge. Det stiller kommunen overfor to krevende oppgaver på en gang: å gi flere "
     "eldre et godt tilbud, og å opprettholde gode barnehager og skoler når barnekullene blir "
     "mindre og spredt på mange øyer. Kommunen har allerede i dag problemer med å rekruttere "
     "sykepleiere og lærere."),
    ("list", "Delmål", "Delmål for satsingsområde 3:", [
        "Flere eldre skal kunne bo trygt i eget hjem så lenge de ønsker det.",
        "Alle barn skal ha et barnehage- og skoletilbud av god kvalitet, uansett hvor i kommunen "
        "de bor.",
        "Minst 80 prosent av ungdommene skal fullføre videregående opplæring innen fem år.",
        "Kommunen skal ha nok kvalifiserte ansatte i helse, omsorg og oppvekst.",
    ]),
    ("list", "Strategier", "Kommunen skal:", [
        "prioritere hjemmebaserte tjenester, hverdagsrehabilitering og velferdsteknologi framfor "
        "å bygge flere institusjonsplasser",
        "opprettholde skolene i grendene så lenge kvaliteten i opplæringen kan sikres; "
        "skolestrukturen skal vurderes på nytt dersom elevtallet ved en skole har vært "
        "under 20 i tre år på rad",
        "gi ungdom som bor på hybel i Nordvågen, oppfølging fra en egen hybelkontakt i kommunen",
        "tilby stipend og nedskriving av studielån til sykepleiere, vernepleiere og lærere som "
        "binder seg til å arbeide i kommunen i minst tre år",
        "samarbeide med frivilligheten om møteplasser og aktiviteter mot ensomhet",
    ]),
    ("section", "Satsingsområde 4: Trygge forbindelser og beredskap"),
    ("para", "Bakgrunn",
     "For en øykommune er ferja livsnerven. Når ferja ikke går, kommer ikke varer, arbeidstakere og "
     "pasienter fram, og fisken kommer ikke ut til markedet. Ferjesambandet har i perioder hatt "
     "mange innstilte avganger, og om sommeren blir biler ofte stående igjen på kaia. Tindøya får "
     "strøm gjennom én sjøkabel, og deler av Ytterøya og Lyngøya har svak mobil- og "
     "bredbåndsdekning."),
    ("list", "Delmål", "Delmål for satsingsområde 4:", [
        "Regulariteten i ferjesambandet Sørhamn–Kleivsund skal være minst 99 prosent.",
        "Ramnsundtunnelen skal tas inn i regional transportplan og i Nasjonal transportplan.",
        "Alle husstander skal ha tilbud om bredbånd med minst 100 Mbit/s innen 2025.",
        "Kritiske samfunnsfunksjoner skal ha reservestrøm og reservevann.",
    ]),
    ("list", "Strategier", "Kommunen skal:", [
        "arbeide sammen med nabokommunene og fylkeskommunen for at Ramnsundtunnelen blir prioritert",
        "arbeide for flere kveldsavganger og større ferjekapasitet om sommeren fram til en fast "
        "forbindelse er på plass",
        "søke statlige tilskudd til bredbånd i områder der utbygging ikke er kommersielt lønnsom",
        "stille krav om nødstrøm ved helsetunet, skolene og vannverkene",
        "øve kommunens kriseledelse minst én gang i året, med vekt på hendelser der Tindøya "
        "blir isolert",
    ]),
    ("fact", "Faktaboks: Ramnsundtunnelen", [
        "En konseptvalgutredning fra 2019 anbefalte en undersjøisk tunnel under Ramnsundet mellom "
        "Straumsnes og fastlandet. Tunnelen blir om lag 6,4 kilometer lang.",
        "Kostnaden er anslått til 2,9 milliarder kroner. Prosjektet forutsetter bompenger og er "
        "ikke tatt inn i Nasjonal transportplan.",
    ]),

    ("chapter", "4", "Arealstrategi"),
    ("para", "Formål",
     "Arealstrategien viser hvordan arealene på land og i sjø skal brukes for å nå hovedmålene. "
     "Den skal legges til grunn når kommuneplanens arealdel revideres, og når kommunen behandler "
     "reguleringsplaner og søknader om dispensasjon."),
    ("para", "Senterstruktur",
     "Sørhamn skal styrkes som kommunesenter, med offentlige tjenester, handel og leiligheter for "
     "både unge og eldre. Straumsnes skal være kommunens viktigste næringsområde for sjømat og "
     "sjørettet industri. Vågsbotn, Kleivsund og Kobbvika skal være grendesentre med butikk, skole "
     "eller barnehage og møteplasser så langt det lar seg gjøre."),
    ("table", "Senterstruktur", "Tabell 1. Senterstruktur og prioriterte funksjoner", [
        ["Sted", "Rolle", "Prioriterte funksjoner"],
        ["Sørhamn", "Kommunesenter", "Rådhus, helsetun, ungdomstrinn, handel og leiligheter"],
        ["Straumsnes", "Næringssenter", "Fiskemottak, sjømatindustri og havn"],
        ["Vågsbotn, Kleivsund og Kobbvika", "Grendesentre", "Barneskole, butikk, kai og møteplass"],
        ["Lyngøya og spredt bebyggelse", "Bygder", "Helårsbosetting og fritidsboliger"],
    ], [0.30, 0.22, 0.48]),
    ("para", "Boligbygging",
     "Om lag 70 prosent av nye boliger skal bygges i Sørhamn og Straumsnes, nær skole, "
     "arbeidsplasser og ferjekai. For å styrke bosettingen i grendene åpner kommunen for spredt "
     "boligbygging i landbruks-, natur- og friluftsområder (LNFR) i utvalgte områder på Ytterøya, "
     "Lyngøya og rundt Vågsbotn. Fritidsboliger som ligger ved vei med helårsdrift, kan tas i bruk "
     "som helårsboliger."),
    ("para", "Sjøareal og havbruk",
     "Sjøarealene skal forvaltes gjennom den interkommunale kystsoneplanen. Nye lokaliteter for "
     "havbruk skal bare etableres i områder som er avsatt til akvakultur. Det skal ikke etableres "
     "nye lokaliteter i Ramnsundet, der hovedleden for skipstrafikken og viktige gyteområder for "
     "kysttorsk ligger. Hensynet til fiskeplasser og friluftsliv skal vektlegges når nye områder "
     "vurderes."),
    ("para", "Strandsonen",
     "Tindøy har lite byggepress i strandsonen sammenlignet med kommuner nær byene. Kommunen vil "
     "derfor tillate næringsbygg og naust som må ligge ved sjøen, også i 100-metersbeltet. Nye "
     "fritidsboliger skal samles i regulerte felt og skal ikke plasseres nærmere sjøen enn 100 "
     "meter, med unntak av rorbuområdet i Kobbvika."),
    ("para", "Klimatilpasning",
     "Havnivået ventes å stige, og stormflo vil nå høyere enn i dag. Nye bygg med varig opphold "
     "skal ikke plasseres lavere enn kote 3,0 meter over havet uten en særskilt vurdering av "
     "stormflo og bølgepåvirkning. Områder med fare for skred, blant annet Rossnesura, skal vises "
     "som hensynssoner i arealdelen."),
    ("para", "Natur og friluftsliv",
     "Ørneset naturreservat, sjøfuglområdene rundt Lyngøya og turløypene på Tindøya er viktige for "
     "naturmangfold, folkehelse og reiseliv. Disse områdene skal ikke bygges ned, og "
     "tilretteleggingen for friluftsliv skal skje på naturens premisser."),

    ("chapter", "5", "Oppfølging"),
    ("para", "Handlingsdelen",
     "Samfunnsdelen følges opp gjennom handlings- og økonomiplanen, som rulleres hvert år. "
     "Handlingsdelen skal for hvert satsingsområde vise hvilke tiltak kommunen skal gjennomføre de "
     "neste fire årene, hvem som har ansvaret, og hva tiltakene koster. Saksframlegg til politiske "
     "organer skal vise hvordan forslaget påvirker hovedmålene i samfunnsdelen."),
    ("para", "Temaplaner",
     "Temaplanene for helse og omsorg, oppvekst, næring og beredskap skal bygge på samfunnsdelen. "
     "Når en temaplan revideres, skal det gå fram hvilke delmål den følger opp."),
    ("para", "Rapportering",
     "Kommunedirektøren rapporterer på indikatorene i årsmeldingen. Hvert fjerde år, i forbindelse "
     "med planstrategien, skal det lages et nytt kunnskapsgrunnlag som viser utviklingen siden "
     "planen ble vedtatt. Tabell 2 viser indikatorene med utgangspunkt og mål."),
    ("table", "Indikatorer", "Tabell 2. Indikatorer for oppfølging av samfunnsdelen", [
        ["Indikator", "Utgangspunkt", "Mål 2033"],
        ["Folketall 1. januar", "7 134 (2021)", "minst 7 000"],
        ["Netto innenlands flytting per år", "–62 (2020)", "0 eller høyere"],
        ["Nye boliger per år", "6 (2020)", "minst 20"],
        ["Kommersielle gjestedøgn utenom juni–august", "9 800 (2019)", "19 600"],
        ["Regularitet i ferjesambandet", "97,9 % (2020)", "minst 99 %"],
        ["Husstander med minst 100 Mbit/s", "71 % (2020)", "100 % (innen 2025)"],
        ["Fullført videregående innen fem år", "72 % (2020)", "minst 80 %"],
        ["Andel over 80 år som bor hjemme", "86 % (2020)", "90 %"],
        ["Klimagassutslipp, tonn CO2-ekvivalenter", "44 800 (2015)", "26 900 (innen 2030)"],
    ], [0.50, 0.25, 0.25]),
    ("para", "Rullering og ansvar",
     "Samfunnsdelen skal vurderes ved starten av hver valgperiode, når kommunestyret vedtar ny "
     "planstrategi. Da tar kommunestyret stilling til om planen skal videreføres, endres eller "
     "revideres i sin helhet. Formannskapet er styringsgruppe for planarbeidet, og ledergruppen "
     "har ansvar for å konkretisere satsingsområdene i sine virksomhetsplaner."),
    ("para", "Samarbeid i regionen",
     "Tindøy deltar i regionrådet for Nordvågen-regionen, i det interkommunale samarbeidet om "
     "legevakt og barnevern og i arbeidet med den interkommunale kystsoneplanen. Kommunen vil "
     "bruke regionrådet til å fremme saken om Ramnsundtunnelen og et bedre ferjetilbud overfor "
     "fylkeskommunen og staten."),
]

# ---------------------------------------------------------------------------------------------
# Kunnskapsgrunnlaget (DOCX). Kinds: h1, h2, p, ul, table (caption, rows).
# ---------------------------------------------------------------------------------------------

KUNNSKAPSGRUNNLAG = [
    ("h1", "Om dokumentet"),
    ("p", "Dette kunnskapsgrunnlaget beskriver situasjonen og utviklingstrekkene i Tindøy kommune. "
          "Det er utarbeidet av kommunedirektøren og ledergruppen som grunnlag for kommunal "
          "planstrategi 2024–2027 og for kommunestyrets politiske verksted om samfunnsdelen høsten "
          "2024. Dokumentet skal gi et felles faktagrunnlag. Det tar ikke stilling til hvilke mål "
          "eller tiltak kommunen bør velge."),
    ("p", "Tallene er hentet fra Statistisk sentralbyrå (SSB), Kostra, Fiskeridirektoratet, "
          "fylkeskommunen og kommunens egne fagsystemer. Der ikke annet er oppgitt, gjelder tallene "
          "per 1. januar 2024 eller for året 2023. Befolkningsframskrivingene er SSBs "
          "hovedalternativ fra 2024."),
    ("p", "Kunnskapsgrunnlaget følger i hovedsak samme inndeling som samfunnsdelen fra 2021, slik at "
          "det er lett å se hvordan utviklingen har vært innenfor hvert satsingsområde."),

    ("h1", "Befolkning"),
    ("h2", "Folketall og befolkningsendringer"),
    ("p", "Tindøy hadde 6 980 innbyggere 1. januar 2024. Det er 630 færre enn ti år tidligere, en "
          "nedgang på 8,3 prosent. Samfunnsdelen fra 2021 har som mål at kommunen skal ha minst "
          "7 000 innbyggere i 2033. Folketallet er allerede under dette nivået."),
    ("p", "Nedgangen skyldes både fødselsunderskudd og utflytting. Det dør om lag 40 flere enn det "
          "fødes hvert år. Innvandring har de siste årene veid opp for en del av den innenlandske "
          "utflyttingen."),
    ("table", "Tabell 1. Befolkningsendringer 2019–2023", [
        ["År", "Fødte", "Døde", "Netto innenlands flytting", "Netto innvandring", "Endring"],
        ["2019", "58", "92", "–85", "41", "–78"],
        ["2020", "61", "88", "–62", "29", "–60"],
        ["2021", "52", "95", "–40", "38", "–45"],
        ["2022", "55", "101", "–71", "64", "–53"],
        ["2023", "49", "97", "–66", "58", "–56"],
    ]),
    ("p", "Av innbyggerne er 770 innvandrere, det vil si 11 prosent. De største gruppene kommer fra "
          "Polen, Litauen og Filippinene, og de fleste arbeider i fiskeforedling og havbruk. "
          "Kommunen bosatte 48 flyktninger fra Ukraina i 2022 og 2023."),
    ("h2", "Alderssammensetning og framskrivinger"),
    ("p", "Befolkningen i Tindøy er eldre enn i landet ellers. Gjennomsnittsalderen er 46,8 år, mot "
          "41,9 år i hele landet. I aldersgruppen 20–39 år er det 84 kvinner per 100 menn."),
    ("table", "Tabell 2. Befolkning etter alder 2024 og framskrevet 2030, 2040 og 2050 "
              "(SSB, hovedalternativet)", [
        ["Aldersgruppe", "2024", "2030", "2040", "2050"],
        ["0–5 år", "330", "300", "280", "260"],
        ["6–15 år", "690", "610", "540", "500"],
        ["16–19 år", "310", "290", "230", "230"],
        ["20–44 år", "1 850", "1 720", "1 620", "1 500"],
        ["45–66 år", "2 080", "1 930", "1 700", "1 560"],
        ["67–79 år", "1 200", "1 270", "1 230", "1 150"],
        ["80 år og eldre", "520", "600", "710", "760"],
        ["Sum", "6 980", "6 720", "6 310", "5 960"],
    ]),
    ("p", "Ifølge framskrivingen vil folketallet falle til 6 310 i 2040 og 5 960 i 2050. Antallet "
          "innbyggere over 80 år øker fra 520 i dag til 710 i 2040, mens antallet i alderen "
          "20–66 år går ned med 610 i samme periode. Forsørgerbrøken – antallet innbyggere over 67 "
          "år per 100 innbyggere i alderen 20–66 år – øker fra 44 i 2024 til 58 i 2040."),
    ("h2", "Befolkning i grendene"),
    ("p", "Folketallet har gått ned i alle grender unntatt Sørhamn. Den største relative nedgangen "
          "har vært på Lyngøya og Ytterøya, som har mistet nesten en tredjedel og en fjerdedel av "
          "innbyggerne på ti år."),
    ("table", "Tabell 3. Innbyggere etter grend 1. januar 2014 og 2024", [
        ["Grend", "2014", "2024", "Endring"],
        ["Sørhamn", "2 640", "2 710", "+70"],
        ["Straumsnes", "1 180", "1 090", "–90"],
        ["Vågsbotn", "820", "690", "–130"],
        ["Rossnes", "610", "500", "–110"],
        ["Kleivsund (fastlandsdelen)", "700", "640", "–60"],
        ["Ytterøya med Kobbvika", "470", "350", "–120"],
        ["Lyngøya", "160", "110", "–50"],
        ["Spredt bebyggelse", "1 030", "890", "–140"],
        ["Sum", "7 610", "6 980", "–630"],
    ]),

    ("h1", "Næringsliv, sysselsetting og pendling"),
    ("h2", "Arbeidsplasser"),
    ("p", "Det er 3 460 arbeidsplasser i Tindøy. Havbruk, fiske og fiskeforedling står for 1 160 av "
          "dem, eller en tredjedel. Helse- og omsorgstjenestene er likevel den største "
          "enkeltnæringen, med 760 arbeidsplasser."),
    ("table", "Tabell 4. Arbeidsplasser i Tindøy etter næring, 2023", [
        ["Næring", "Arbeidsplasser", "Andel"],
        ["Helse- og omsorgstjenester", "760", "22,0 %"],
        ["Havbruk", "520", "15,0 %"],
        ["Fiskeforedling", "430", "12,4 %"],
        ["Undervisning", "290", "8,4 %"],
        ["Bygg og anlegg", "260", "7,5 %"],
        ["Varehandel", "240", "6,9 %"],
        ["Fiske og fangst", "210", "6,1 %"],
        ["Transport, medregnet ferje og båt", "180", "5,2 %"],
        ["Offentlig administrasjon", "170", "4,9 %"],
        ["Overnatting og servering", "150", "4,3 %"],
        ["Annet", "250", "7,2 %"],
        ["Sum", "3 460", "100 %"],
    ]),
    ("h2", "Havbruk"),
    ("p", "Det er 14 godkjente lokaliteter for laks og regnbueørret i sjø i kommunen, med en samlet "
          "maksimalt tillatt biomasse (MTB) på 31 200 tonn. Tre selskaper driver lokalitetene: "
          "Ytre Laks AS, Tindøy Havbruk AS og Fjordlaks Vest AS. I tillegg har Ytre Laks et "
          "settefiskanlegg i Vågsbotn."),
    ("p", "Produksjonsområdet som Tindøy ligger i, fikk gul farge i trafikklyssystemet både i 2022 "
          "og 2024. Det betyr at selskapene ikke kan øke produksjonen gjennom den ordinære "
          "kapasitetsjusteringen."),
    ("p", "Kommunen mottok 24,6 millioner kroner fra Havbruksfondet i 2022 og 11,2 millioner kroner "
          "i 2023. Beløpet varierer mye fra år til år, fordi det avhenger av hvor mye "
          "produksjonskapasitet staten selger."),
    ("h2", "Fiskeri og fiskeforedling"),
    ("p", "Det er 96 fiskere registrert i kommunen, 71 av dem med fiske som hovedyrke. Fiskeflåten "
          "består av 42 fartøy, de fleste under 15 meter. I 2023 ble det landet 38 000 tonn fisk "
          "ved mottakene i Straumsnes, med en førstehåndsverdi på 412 millioner kroner. Torsk, sei "
          "og sild er de viktigste artene."),
    ("p", "Havbris Sjømat AS i Straumsnes har 310 ansatte og er kommunens største private "
          "arbeidsgiver. Om lag 60 prosent av de ansatte er født i utlandet. Bedriften leier 45 "
          "boenheter til ansatte og opplyser at mangelen på boliger begrenser rekrutteringen."),
    ("h2", "Reiseliv"),
    ("p", "Det ble registrert 41 500 kommersielle gjestedøgn i Tindøy i 2023, mot 33 800 i 2019. Sju "
          "av ti gjestedøgn er i juni, juli og august. Gjestedøgnene utenom sommersesongen økte fra "
          "9 800 i 2019 til 12 100 i 2023. Samfunnsdelens mål er å doble dette antallet innen 2033."),
    ("p", "De viktigste reisemålene er rorbuene i Kobbvika, Ørneset fyr og havfisketilbudet fra "
          "Sørhamn. I 2023 var det 11 anløp av små ekspedisjonscruiseskip i Sørhamn."),
    ("h2", "Pendling"),
    ("p", "Av de 3 310 sysselsatte som bor i Tindøy, arbeider 370 i en annen kommune, de fleste i "
          "Nordvågen. 520 personer pendler inn til Tindøy. I tillegg arbeider om lag 180 "
          "ukependlere i havbruk og bygg og anlegg uten å være folkeregistrert i kommunen."),

    ("h1", "Samferdsel og digital infrastruktur"),
    ("h2", "Ferje og hurtigbåt"),
    ("p", "Ferjesambandet Sørhamn–Kleivsund er eneste veiforbindelse mellom Tindøya og fastlandet. "
          "Overfarten tar 35 minutter. På hverdager er det 16 avganger hver vei, og siste avgang fra "
          "Kleivsund går kl. 23.10. Sambandet drives av fylkeskommunen."),
    ("table", "Tabell 5. Nøkkeltall for ferjesambandet Sørhamn–Kleivsund 2020–2023", [
        ["År", "Regularitet", "Innstilte avganger", "Gjenstående kjøretøy", "ÅDT"],
        ["2020", "97,9 %", "246", "410", "590"],
        ["2021", "98,4 %", "181", "760", "610"],
        ["2022", "97,6 %", "274", "980", "625"],
        ["2023", "98,6 %", "162", "1 140", "640"],
    ]),
    ("p", "De fleste innstillingene skyldes uvær. I februar 2022 var sambandet stengt i til sammen "
          "fire døgn på grunn av en motorskade. Gjenstående kjøretøy er biler som ikke fikk plass "
          "på den avgangen de ventet på, nesten alle i juli og august."),
    ("p", "Hurtigbåten mellom Nordvågen, Sørhamn og Kobbvika har tre avganger hver vei på "
          "hverdager. Reisetiden fra Sørhamn til Nordvågen er 55 minutter. Lyngøya har "
          "ferjeforbindelse til Vågsbotn med seks avganger daglig."),
    ("h2", "Fastlandsforbindelse"),
    ("p", "En konseptvalgutredning fra 2019 anbefalte en undersjøisk tunnel under Ramnsundet mellom "
          "Straumsnes og fastlandet, om lag 6,4 kilometer lang. Fylkeskommunen oppjusterte i 2023 "
          "kostnadsanslaget fra 2,9 til 3,6 milliarder kroner. Prosjektet er ikke med i Nasjonal "
          "transportplan 2025–2036, og fylkeskommunen har ikke tatt stilling til om det skal inn i "
          "regional transportplan. Etter utredningen forutsetter en tunnel bompengefinansiering."),
    ("p", "Det er ulike syn på tunnelen i lokalsamfunnet. Tilhengerne legger vekt på at den vil gi en "
          "sikrere forbindelse og et større bo- og arbeidsmarked. Motstanderne legger vekt på "
          "bompengene og på at tunnelen kan trekke handel og tjenester ut av kommunen. I "
          "innbyggerundersøkelsen fra 2020 svarte 61 prosent at de støttet tunnelen."),
    ("h2", "Bredbånd og mobil"),
    ("p", "89 prosent av husstandene hadde tilbud om bredbånd med minst 100 Mbit/s i 2024. Målet i "
          "samfunnsdelen om full dekning innen 2025 blir ikke nådd uten nye utbyggingsprosjekter. "
          "Dårligst dekning er det på Ytterøya og Lyngøya. Det er også flere strekninger uten "
          "mobildekning langs fylkesveien mellom Vågsbotn og Rossnes."),

    ("h1", "Oppvekst og utdanning"),
    ("h2", "Barnehager"),
    ("p", "Tindøy har fem barnehager, fire kommunale og én privat, med til sammen 268 barn. "
          "Dekningsgraden for barn i alderen 1–5 år er 91 prosent. Alle som søkte plass innen "
          "fristen, fikk plass ved hovedopptaket i 2024. Barnehagene har samlet ledig kapasitet på "
          "om lag 40 plasser, mest i Vågsbotn og Kleivsund. Kobbvika barnehage har ni barn og er "
          "samlokalisert med skolen."),
    ("h2", "Grunnskole"),
    ("table", "Tabell 6. Elevtall og kapasitet per skole, skoleåret 2024/25", [
        ["Skole", "Trinn", "Elever", "Kapasitet"],
        ["Sørhamn skole", "1–10", "410", "480"],
        ["Straumsnes skole", "1–7", "128", "180"],
        ["Vågsbotn skole", "1–7", "66", "120"],
        ["Kleivsund skole", "1–7", "62", "100"],
        ["Kobbvika skole", "1–10", "19", "60"],
        ["Sum", "", "685", "940"],
    ]),
    ("p", "Elevtallet har gått ned fra 790 i 2014 til 685 i dag og ventes å falle til om lag 610 i "
          "2030. Alle skolene har ledig kapasitet. Ved Kobbvika skole har elevtallet vært 24, 21 og "
          "19 de tre siste skoleårene."),
    ("p", "Driftsutgiftene per elev ved Kobbvika skole var 412 000 kroner i 2023, mot 168 000 kroner "
          "i snitt for skolene i kommunen. Dersom elevene i Kobbvika skulle gå på skole i Sørhamn, "
          "ville de få en reisevei på om lag 50 minutter hver vei med hurtigbåt og buss."),
    ("p", "Grunnskolepoengene i Tindøy var 39,8 i snitt for de tre siste årene, mot 41,6 i landet."),
    ("h2", "Videregående opplæring"),
    ("p", "Nordvågen videregående skole har en avdeling i Sørhamn med utdanningsprogrammene naturbruk "
          "(akvakultur) og helse- og oppvekstfag. Avdelingen har 62 elever. De fleste andre "
          "ungdommene må bo på hybel i Nordvågen fra de er 16 år. I skoleåret 2024/25 gjelder det "
          "om lag 130 elever."),
    ("p", "Andelen som fullførte videregående opplæring innen fem år, var 74 prosent for kullet som "
          "startet i 2017. Gjennomsnittet i fylket var 80 prosent."),

    ("h1", "Helse og omsorg"),
    ("h2", "Tjenestene i dag"),
    ("p", "Tindøy helsetun i Sørhamn har 46 sykehjemsplasser, hvorav 12 i skjermet enhet for "
          "personer med demens, og 18 omsorgsboliger med heldøgns bemanning. Ytterøya "
          "omsorgssenter i Kobbvika har seks plasser. Hjemmetjenesten gir tjenester til 290 "
          "personer. 87 prosent av innbyggerne over 80 år bor hjemme."),
    ("p", "Kommunen har fem fastlegehjemler. Én hjemmel har vært besatt med vikar siden 2022, og ved "
          "utgangen av 2023 sto om lag 700 innbyggere på en liste uten fast lege. Legevakten er "
          "kommunal på dagtid og interkommunal i Nordvågen fra kl. 22 til kl. 08. Fra Sørhamn tar "
          "det om lag 1 time og 15 minutter å komme til Nordvågen sykehus med bil og ferje."),
    ("h2", "Framtidig behov"),
    ("p", "Med dagens dekningsgrader vil behovet for plasser og årsverk øke i takt med antallet "
          "eldre. Tabell 7 viser framskrevet behov dersom kommunen gir tjenester på samme nivå som "
          "i dag. Samtidig blir det færre innbyggere i yrkesaktiv alder."),
    ("table", "Tabell 7. Framskrevet behov i helse og omsorg med dagens dekningsgrad", [
        ["", "2024", "2030", "2040", "2050"],
        ["Innbyggere over 80 år", "520", "600", "710", "760"],
        ["Sykehjemsplasser", "52", "60", "71", "76"],
        ["Mottakere av hjemmetjenester", "290", "335", "395", "425"],
        ["Årsverk i helse og omsorg", "310", "355", "420", "450"],
    ]),
    ("h2", "Rekruttering"),
    ("p", "I 2023 var sju sykepleierstillinger ubesatt i mer enn tre måneder. 31 prosent av de "
          "ansatte i helse og omsorg er over 55 år. Kommunen bruker vikarbyrå for å dekke "
          "sykepleiervakter i sommerferien, og utgiftene til innleie var 6,4 millioner kroner i 2023."),
    ("h2", "Folkehelse"),
    ("p", "Ungdataundersøkelsen fra 2023 viser at 83 prosent av ungdomsskoleelevene er fornøyd med "
          "lokalmiljøet, men bare 41 prosent er fornøyd med lokalene der de kan treffe andre unge "
          "på fritiden. Andelen voksne med høyt blodtrykk og med diabetes type 2 er høyere enn "
          "landsgjennomsnittet. Frivilligsentralen i Sørhamn har om lag 120 aktive frivillige."),

    ("h1", "Boliger"),
    ("p", "Det er 3 320 boliger i Tindøy. 74 prosent er eneboliger, 17 prosent er tomannsboliger "
          "eller rekkehus, og 9 prosent er leiligheter. Leilighetene ligger nesten alle i Sørhamn. "
          "Om lag 280 boliger er ikke bebodd, de fleste i Vågsbotn, på Ytterøya og på Lyngøya. "
          "Mange av dem står tomme etter dødsfall og brukes som fritidsboliger av arvingene."),
    ("table", "Tabell 8. Nye boliger tatt i bruk 2019–2023", [
        ["År", "Nye boliger", "Herav utleieboliger"],
        ["2019", "9", "1"],
        ["2020", "6", "0"],
        ["2021", "14", "4"],
        ["2022", "11", "2"],
        ["2023", "7", "0"],
    ]),
    ("p", "Boligbyggingen har vært langt under samfunnsdelens mål om 20 nye boliger i året. Høye "
          "byggekostnader gjør at det koster mer å bygge en ny enebolig enn den er verdt når den er "
          "ferdig. Gjennomsnittlig kvadratmeterpris for brukte eneboliger i Sørhamn var 18 400 "
          "kroner i 2023."),
    ("p", "Kommunen eier 96 utleieboliger. Ved utgangen av 2023 sto 23 søkere på venteliste. Det er "
          "1 140 fritidsboliger i kommunen, og om lag 60 prosent av dem eies av personer som ikke "
          "bor i Tindøy."),
    ("p", "I dialogmøter med utbyggere og bedrifter i 2024 ble disse hindringene for boligbygging "
          "trukket fram:"),
    ("ul", [
        "Byggekostnadene er høyere enn markedsverdien av nye boliger.",
        "Bankene krever høy egenkapital for lån til boliger utenfor Sørhamn.",
        "Det er få regulerte og byggeklare tomter i Sørhamn og Straumsnes.",
        "Mange tomme boliger blir ikke lagt ut for salg eller utleie.",
    ]),

    ("h1", "Kommuneøkonomi"),
    ("h2", "Handlingsregel og nøkkeltall"),
    ("p", "Kommunestyret vedtok i 2020 en handlingsregel med fire måltall. Netto driftsresultat skal "
          "være minst 2 prosent av driftsinntektene. Disposisjonsfondet skal være minst 10 prosent "
          "av driftsinntektene. Netto lånegjeld skal ikke overstige 85 prosent av "
          "driftsinntektene. Midler fra Havbruksfondet skal ikke brukes til å finansiere ordinær "
          "drift."),
    ("table", "Tabell 9. Økonomiske nøkkeltall 2021–2023", [
        ["Nøkkeltall", "2021", "2022", "2023", "Handlingsregel"],
        ["Driftsinntekter (mill. kr)", "742", "801", "826", "–"],
        ["Netto driftsresultat", "3,1 %", "4,8 %", "0,4 %", "minst 2 %"],
        ["Disposisjonsfond", "12,6 %", "15,1 %", "13,2 %", "minst 10 %"],
        ["Netto lånegjeld", "88 %", "84 %", "91 %", "høyst 85 %"],
        ["Havbruksfondet (mill. kr)", "8,1", "24,6", "11,2", "ikke til drift"],
    ]),
    ("p", "I 2023 oppfylte kommunen kravet til disposisjonsfond, men ikke kravene til netto "
          "driftsresultat og netto lånegjeld. Det svake resultatet i 2023 skyldes særlig lavere "
          "utbetaling fra Havbruksfondet, høye energikostnader og økt bruk av vikarbyrå i helse "
          "og omsorg."),
    ("p", "Tindøy har frie inntekter per innbygger på 112 prosent av landsgjennomsnittet, blant annet "
          "på grunn av distriktstilskudd og inntektsutjevning. Kommunen har også høye utgifter per "
          "innbygger fordi tjenestene må gis på flere øyer. Med dagens tjenestenivå og framskrevet "
          "befolkning vil rammetilskuddet falle med om lag 9 millioner kroner i faste priser fram "
          "mot 2030."),
    ("h2", "Investeringer og eiendomsskatt"),
    ("p", "Økonomiplanen for 2025–2028 har investeringer for 310 millioner kroner. De største "
          "prosjektene er:"),
    ("ul", [
        "Utvidelse av Tindøy helsetun: 120 millioner kroner.",
        "Ny vannforsyning til Straumsnes: 85 millioner kroner.",
        "Nytt avløpsrenseanlegg i Sørhamn: 65 millioner kroner.",
        "Ny kai i Kobbvika: 40 millioner kroner.",
    ]),
    ("p", "Hvis alle investeringene gjennomføres som planlagt, vil netto lånegjeld stige til om lag "
          "104 prosent av driftsinntektene i 2028. Kommunen har eiendomsskatt på alle eiendommer. "
          "Den ga 21,5 millioner kroner i inntekter i 2023."),

    ("h1", "Klima, miljø og beredskap"),
    ("h2", "Klimagassutslipp"),
    ("p", "De direkte klimagassutslippene i Tindøy var 41 200 tonn CO2-ekvivalenter i 2022. Det er "
          "8 prosent lavere enn i 2015. Samfunnsdelens mål er en nedgang på 40 prosent innen 2030. "
          "Sjøfart, medregnet ferjer, fiskefartøy og brønnbåter, står for nesten halvparten av "
          "utslippene."),
    ("table", "Tabell 10. Klimagassutslipp etter sektor 2015 og 2022, tonn CO2-ekvivalenter", [
        ["Sektor", "2015", "2022"],
        ["Sjøfart", "20 600", "18 900"],
        ["Industri (fiskeforedling)", "6 800", "6 300"],
        ["Veitrafikk", "6 900", "5 800"],
        ["Havbruk (energi)", "3 200", "4 600"],
        ["Jordbruk", "2 300", "2 100"],
        ["Avfall og avløp", "1 700", "1 400"],
        ["Oppvarming", "1 300", "700"],
        ["Annet", "2 000", "1 400"],
        ["Sum", "44 800", "41 200"],
    ]),
    ("p", "Fylkeskommunen har vedtatt at ferjesambandet Sørhamn–Kleivsund skal drives med "
          "elektriske ferjer fra den nye kontrakten starter i 2027. Etter fylkeskommunens "
          "beregninger vil det redusere utslippene i kommunen med om lag 3 500 tonn i året."),
    ("h2", "Klimatilpasning"),
    ("p", "Klimaprofilen for fylket viser at havnivået i området kan stige med 50–70 centimeter "
          "fram mot 2100, og at det blir mer ekstremnedbør. Under uværet i januar 2022 ble kaia i "
          "Kobbvika skadet, og fylkesveien ved Rossnes var stengt i to døgn etter et steinsprang. "
          "Flere av kaiene og sjøbodene i Sørhamn ligger lavere enn det som er tilrådelig med "
          "framtidig stormflo."),
    ("h2", "Risiko- og sårbarhetsanalyse"),
    ("p", "Den helhetlige risiko- og sårbarhetsanalysen (ROS) ble revidert i 2023. Analysen peker ut "
          "disse hendelsene som de mest alvorlige:"),
    ("ul", [
        "Langvarig stans i ferjesambandet, for eksempel etter et havari, som isolerer Tindøya fra "
        "sykehus, forsyninger og markeder.",
        "Bortfall av strøm. Tindøya får strøm gjennom én sjøkabel, og et brudd kan ta flere uker "
        "å reparere.",
        "Bortfall av elektronisk kommunikasjon på Ytterøya, som er avhengig av én radiolinje.",
        "Stormflo og ekstremvær som skader kaier, veier og bygg i sjøkanten.",
        "Skred i Rossnesura, som kan stenge fylkesveien mellom Vågsbotn og Rossnes.",
        "Sykdomsutbrudd eller rømming i havbruk, og akutt forurensning fra skipstrafikken i "
        "Ramnsundet.",
    ]),
    ("p", "Straumsnes vannverk har ingen reservevannkilde. Tindøy helsetun har nødstrømsaggregat, men "
          "det har ikke skolene som skal brukes som evakueringssenter. Kommunens kriseledelse øvde i "
          "oktober 2023 på en hendelse der ferjesambandet var stengt i tre døgn samtidig med "
          "strømbrudd. Evalueringen viste behov for bedre avtaler om drivstoff og om transport av "
          "pasienter med båt."),
    ("p", "Tindøy brann og redning har deltidsmannskaper på to stasjoner, i Sørhamn og Straumsnes."),

    ("h1", "Nasjonale og regionale føringer"),
    ("p", "Kommunestyret bør kjenne til disse føringene når samfunnsdelen skal revideres:"),
    ("ul", [
        "Nasjonale forventninger til regional og kommunal planlegging 2023–2027, som blant annet "
        "legger vekt på bærekraftig utvikling, levende lokalsamfunn i hele landet og "
        "samfunnssikkerhet.",
        "Statlige planretningslinjer for differensiert forvaltning av strandsonen langs sjøen. "
        "Tindøy ligger i den sonen der det er mindre press på arealene, og der kommunen kan legge "
        "mer vekt på lokal utvikling.",
        "Statlige planretningslinjer for klima- og energiplanlegging og klimatilpasning, som "
        "krever at kommunen tar hensyn til klimaendringene i all planlegging.",
        "Regional planstrategi for fylket 2024–2028, som har «bo og arbeide i hele fylket» som et "
        "hovedmål.",
        "Den interkommunale kystsoneplanen for Nordvågen-regionen fra 2019, som skal revideres fra "
        "2025.",
        "Regional transportplan 2022–2033, der Ramnsundtunnelen er omtalt som et langsiktig "
        "prosjekt uten finansiering.",
    ]),
    ("p", "Statsforvalteren har i sitt innspill til planstrategien pekt på at kommunen bør vurdere "
          "boligbehovet og arealreservene i arealdelen på nytt, og at spredt boligbygging i "
          "strandsonen må begrunnes godt."),

    ("h1", "Oppsummering: viktige utviklingstrekk"),
    ("ul", [
        "Folketallet har falt med 630 på ti år og er nå under samfunnsdelens mål om 7 000 innbyggere.",
        "Antallet innbyggere over 80 år øker med over en tredjedel fram til 2040.",
        "Havbruk, fiske og fiskeforedling gir en tredjedel av arbeidsplassene og mangler "
        "arbeidskraft og boliger.",
        "Boligbyggingen ligger langt under målet om 20 nye boliger i året.",
        "Ferjesambandet har bedre regularitet enn før, men flere biler blir stående igjen om "
        "sommeren.",
        "Kommunen oppfyller ikke handlingsregelen for netto driftsresultat og netto lånegjeld.",
        "ROS-analysen viser at Tindøya er sårbar for brudd i ferje, strøm og elektronisk "
        "kommunikasjon.",
    ]),
]

# Heads of compound words that may be hyphenated at a line end in the PDF (a soft hyphen is put
# after the head; reportlab draws «-» only where it breaks the line there).
HYPHEN_HEADS = ("befolknings", "samfunns", "havbruks", "nærings", "kommune", "ferje", "arbeids",
                "kunnskaps", "innbygger", "utleie", "planstrategi", "bredbånds", "klimagass",
                "fritids", "sjømat", "skole", "helse", "kyst", "hjemme", "institusjons", "grende",
                "forsørger", "velferds", "reserve", "dispensasjons", "reiselivs", "fastlands",
                "bølge", "natur", "alders", "utbyggings", "reguleringsplan", "kontor")


def hyphenate(text: str) -> str:
    """Soft hyphens in long compound words (tags and entities are left alone)."""
    out = []
    for part in re.split(r"(<[^>]+>|\s+)", text):
        if part and not part.startswith("<") and not part.isspace():
            m = re.match(r"^([«(]?)([A-Za-zÆØÅæøå]+)(.*)$", part)
            if m:
                hy = shared.hyphenate_after_head(m.group(2), HYPHEN_HEADS, 5)
                if hy:
                    part = m.group(1) + hy + m.group(3)
        out.append(part)
    return "".join(out)


def nb(text: str) -> str:
    """No line break inside a number («7 134»), after «§» or before «%» / «prosent» units."""
    text = re.sub(r"(\d) (\d{3})\b", "\\1\xa0\\2", text)
    text = re.sub(r"(\d) (\d{3})\b", "\\1\xa0\\2", text)
    return text.replace("§ ", "§\xa0").replace(" %", "\xa0%")


def render_pdf(path: Path, total_pages: int | None = None) -> int:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (BaseDocTemplate, Frame, KeepTogether, PageTemplate,
                                    Paragraph, Spacer)

    shared.deterministic_pdf()

    W, H = A4
    lm, rm, tm, bm = 20 * mm, 20 * mm, 18 * mm, 24 * mm
    navy = colors.HexColor("#1D3557")
    ochre = colors.HexColor("#B8860B")
    mist = colors.HexColor("#EEF3F8")
    grey = colors.HexColor("#5A6270")

    body = ParagraphStyle("td-body", fontName="Helvetica", fontSize=9.6, leading=13.4,
                          alignment=TA_JUSTIFY, embeddedHyphenation=1, uriWasteReduce=0.3)
    item = ParagraphStyle("td-item", parent=body, alignment=TA_LEFT, leftIndent=11,
                          bulletIndent=0, spaceBefore=1.5)
    num = ParagraphStyle("td-num", fontName="Times-Bold", fontSize=11, leading=13, textColor=navy)
    note = ParagraphStyle("td-note", fontName="Times-Italic", fontSize=9, leading=11,
                          textColor=grey)
    chap_k = ParagraphStyle("td-chk", fontName="Helvetica-Bold", fontSize=8.5, leading=11,
                            textColor=ochre)
    chap_t = ParagraphStyle("td-cht", fontName="Times-Bold", fontSize=19, leading=23,
                            textColor=navy)
    sec = ParagraphStyle("td-sec", fontName="Times-Bold", fontSize=12.5, leading=16,
                         textColor=navy, spaceBefore=8, spaceAfter=2, keepWithNext=1)
    fact_t = ParagraphStyle("td-fact-t", fontName="Helvetica-Bold", fontSize=9.2, leading=12,
                            textColor=navy)
    fact_b = ParagraphStyle("td-fact-b", fontName="Helvetica", fontSize=9, leading=12.2)
    cell = ParagraphStyle("td-cell", fontName="Helvetica", fontSize=8.8, leading=11.2)
    cell_h = ParagraphStyle("td-cell-h", parent=cell, fontName="Helvetica-Bold",
                            textColor=colors.white)
    cap = ParagraphStyle("td-cap", fontName="Helvetica-Bold", fontSize=9, leading=12,
                         textColor=navy, spaceAfter=3)
    vision = ParagraphStyle("td-vision", fontName="Times-BoldItalic", fontSize=18, leading=23,
                            textColor=navy, alignment=TA_CENTER)

    doc = BaseDocTemplate(str(path), pagesize=A4, leftMargin=lm, rightMargin=rm, topMargin=tm,
                          bottomMargin=bm, title=f"{PDF_TITLE} – Tindøy kommune (fiktiv)",
                          author="Tindøy kommune (fiktiv)", subject="Eksempeldata, fiktiv kommune")
    fw, fh = doc.width, doc.height
    margin_w = 36 * mm
    body_w = fw - margin_w

    def footer(canv, d):
        canv.saveState()
        canv.setStrokeColor(ochre)
        canv.setLineWidth(0.8)
        canv.line(lm, 16 * mm, W - rm, 16 * mm)
        canv.setFillColor(grey)
        canv.setFont("Helvetica", 8)
        canv.drawString(lm, 11.5 * mm, f"Tindøy kommune  ·  {PDF_TITLE}  ·  Eksempeldata – fiktiv kommune")
        pages = f"Side {d.page} av {total_pages}" if total_pages else f"Side {d.page}"
        canv.setFont("Helvetica-Bold", 8)
        canv.drawRightString(W - rm, 11.5 * mm, pages)
        canv.restoreState()

    doc.addPageTemplates([PageTemplate("page", [Frame(lm, bm, fw, fh, id="f")], onPage=footer)])

    def row(left: list, right: list, space_after: float = 5):
        t = shared.styled_table([[left, right]], [margin_w, body_w],
                                [("VALIGN", (0, 0), (-1, -1), "TOP"),
                                 *shared.padding(left=0, right=0, top=0, bottom=0),
                                 ("RIGHTPADDING", (0, 0), (0, 0), 6 * mm)])
        return [t, Spacer(1, space_after)]

    # ---------------------------------------------------------------- page 1: title block
    story = shared.spaced(
        Paragraph("TINDØY KOMMUNE", ParagraphStyle("tk", fontName="Helvetica-Bold", fontSize=10,
                                                   leading=13, textColor=ochre)),
        2 * mm,
        Paragraph(PDF_TITLE, ParagraphStyle("tt", fontName="Times-Bold", fontSize=25, leading=29,
                                            textColor=navy)),
        2 * mm,
        Paragraph("Vedtatt av kommunestyret 17. juni 2021, sak 34/21", ParagraphStyle(
            "td", fontName="Helvetica", fontSize=10, leading=13, textColor=grey)),
        5 * mm,
    )
    story.append(shared.styled_table(
        [[Paragraph(NOTICE_TITLE, ParagraphStyle("nt", fontName="Helvetica-Bold", fontSize=10,
                                                 leading=13, textColor=colors.white))],
         [Paragraph(NOTICE, ParagraphStyle("nb", fontName="Helvetica", fontSize=8.8, leading=11.5))]],
        [fw],
        [("BACKGROUND", (0, 0), (-1, 0), ochre), ("BACKGROUND", (0, 1), (-1, 1), mist),
         ("BOX", (0, 0), (-1, -1), 0.8, ochre), *shared.padding(left=8, right=8, top=4, bottom=5)]))
    story.append(Spacer(1, 4 * mm))
    contents = ("<b>Innhold</b>  Kapittel 1 Innledning · Kapittel 2 Visjon og hovedmål · "
                "Kapittel 3 Satsingsområder · Kapittel 4 Arealstrategi · Kapittel 5 Oppfølging")
    story.append(Paragraph(contents, ParagraphStyle("ci", fontName="Helvetica", fontSize=8.8,
                                                    leading=12, textColor=grey)))
    story.append(Spacer(1, 3 * mm))

    chapter = "0"
    n = 0
    for el in SAMFUNNSDEL:
        kind = el[0]
        if kind == "chapter":
            chapter, n = el[1], 0
            rule = shared.styled_table([[""]], [fw], [("LINEBELOW", (0, 0), (-1, -1), 1.2, navy),
                                                      *shared.padding(top=0, bottom=0)])
            story.append(KeepTogether([Spacer(1, 5 * mm),
                                       Paragraph(f"KAPITTEL {el[1]}", chap_k),
                                       Paragraph(el[2], chap_t), rule, Spacer(1, 4 * mm)]))
        elif kind == "section":
            story.append(Paragraph(el[1], ParagraphStyle("sx", parent=sec, leftIndent=margin_w)))
        elif kind in ("para", "list", "table"):
            n += 1
            left = [Paragraph(nb(f"§ {chapter}.{n}"), num), Paragraph(el[1], note)]
            if kind == "para":
                story += row(left, [Paragraph(nb(hyphenate(el[2])), body)])
            elif kind == "list":
                right = [Paragraph(nb(hyphenate(el[2])), body)]
                right += [Paragraph(nb(hyphenate(t)), item, bulletText="–") for t in el[3]]
                story += row(left, right)
            else:
                _, _, caption, rows, widths = el
                t = shared.data_table([[nb(c) for c in r] for r in rows], [body_w * w for w in widths],
                                      cell_h, cell,
                                      [("BACKGROUND", (0, 0), (-1, 0), navy),
                                       ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, mist]),
                                       ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#9FB0C4")),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP")])
                story += row(left, [Paragraph(caption, cap), t], 7)
        elif kind == "fact":
            box = shared.styled_table(
                [[Paragraph(el[1], fact_t)]] + [[Paragraph(nb(t), fact_b)] for t in el[2]],
                [body_w],
                [("BACKGROUND", (0, 0), (-1, -1), mist),
                 ("LINEBEFORE", (0, 0), (0, -1), 3, ochre),
                 *shared.padding(left=9, right=8, top=3, bottom=3),
                 ("TOPPADDING", (0, 0), (-1, 0), 6), ("BOTTOMPADDING", (0, -1), (-1, -1), 7)])
            story += row([Paragraph("Fakta", ParagraphStyle("fl", parent=note,
                                                            fontName="Helvetica-Bold",
                                                            textColor=ochre))], [box], 7)
        elif kind == "vision":
            v = shared.styled_table([[Paragraph(el[1], vision)]], [body_w],
                                    [("LINEABOVE", (0, 0), (-1, 0), 0.8, ochre),
                                     ("LINEBELOW", (0, 0), (-1, 0), 0.8, ochre),
                                     *shared.padding(top=8, bottom=10)])
            story += row([Paragraph("Visjon", ParagraphStyle("vl", parent=note,
                                                             fontName="Helvetica-Bold",
                                                             textColor=ochre))], [v], 7)
        else:
            raise ValueError(kind)
    doc.build(story)
    return shared.pdf_page_count(path)


def render_docx(path: Path) -> None:
    from docx.enum.table import WD_TABLE_ALIGNMENT

    doc = shared.new_docx("Kunnskapsgrunnlag 2024 – Tindøy kommune (fiktiv)",
                          "Tindøy kommune (fiktiv)", "Eksempeldata, fiktiv kommune", "2024-10-08")
    doc.add_heading("Tindøy kommune – Kunnskapsgrunnlag 2024", level=0)
    shared.add_run_paragraph(doc, "Situasjon og utviklingstrekk før revisjon av kommuneplanens "
                                  "samfunnsdel", bold=True, size=13, color="1D3557")
    p = doc.add_paragraph()
    shared.add_run(p, NOTICE_TITLE + ". ", bold=True, color="B8860B")
    shared.add_run(p, NOTICE, italic=True, color="5A6270")
    shared.add_run_paragraph(doc, "Utarbeidet av kommunedirektøren og ledergruppen, "
                                  "8. oktober 2024. Grunnlag for kommunal planstrategi 2024–2027.",
                             size=10, color="5A6270")
    table = shared.docx_table_handler(style="Medium Shading 1 Accent 1",
                                      caption_format={"italic": True, "bold": True, "size": 9.5,
                                                      "color": "1D3557"},
                                      header_bold=True, alignment=WD_TABLE_ALIGNMENT.CENTER)
    shared.add_docx_elements(doc, KUNNSKAPSGRUNNLAG, {"table": table})
    shared.save_docx(doc, path, fixed_day="2024-10-08")


def main() -> None:
    pages = render_pdf(PDF_PATH)
    pages = render_pdf(PDF_PATH, total_pages=pages)  # second pass for «Side N av M»
    render_docx(DOCX_PATH)
    shared.finish_fictional("Tindøy", pages,
                            (PDF_PATH, PDF_TITLE, "2021-06-17", SAMFUNNSDEL),
                            (DOCX_PATH, "Kunnskapsgrunnlag 2024", "2024-10-08", KUNNSKAPSGRUNNLAG))


if __name__ == "__main__":
    main()
