"""Render the held-out example municipality «Sølvdalen kommune» (fictional).

Writes, next to this file:
  solvdalen-samfunnsdel.pdf (+ .meta.json)        – reportlab, own page layout with hyphenation
  solvdalen-kunnskapsgrunnlag.docx (+ .meta.json) – python-docx, Heading 1/2 and tables

Sølvdalen kommune does not exist. Every name, figure and decision below is invented test data,
written independently of the bundled demo municipality, so that the evaluation measures
generalisation. Run:  .venv/bin/python evaluation/heldout/render.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

import evaluation.heldout_render as shared  # noqa: E402

PDF_PATH = HERE / "solvdalen-samfunnsdel.pdf"
DOCX_PATH = HERE / "solvdalen-kunnskapsgrunnlag.docx"

FICTION_NOTE = (
    "Fiktive eksempeldata: Sølvdalen kommune finnes ikke. Dette dokumentet er laget som "
    "testmateriale for evaluering av Samspill. Alle navn, tall og vedtak er oppdiktet."
)

# =====================================================================================
# 1. Samfunnsdelen (PDF)
# =====================================================================================
# Element kinds: ("title", text) ("subtitle", text) ("h1", text) ("h2", text) ("p", text)
# ("ul", marker, [items]) ("box", title, text) ("table", [col widths as shares], rows, header?)
# ("toc", [(label, page)]) ("newpage",) ("space", points)

SAMFUNNSDEL = [
    ("kicker", "Sølvdalen kommune"),
    ("title", "Kommuneplanens samfunnsdel 2020–2032"),
    ("subtitle", "«Sølvdalen – levende bygder ved foten av fjellet»"),
    ("p", "Vedtatt av kommunestyret 18. juni 2020 (sak 34/20)."),
    ("box", "Merk", FICTION_NOTE),
    ("space", 10),
    ("toc", [
        ("Del 1 Innledning", 2),
        ("Kapittel 2: Visjon og overordnede mål", 3),
        ("Kapittel 3: Satsingsområder", 4),
        ("Kapittel 4: Arealstrategier", 5),
        ("Kapittel 5: Kommunen som organisasjon", 6),
        ("Kapittel 6: Oppfølging og rullering", 7),
    ]),
    ("newpage",),

    # ---------------------------------------------------------------- Del 1
    ("h1", "Del 1 Innledning"),
    ("h2", "Hva samfunnsdelen er"),
    ("p", "Kommuneplanens samfunnsdel er det øverste styringsdokumentet i Sølvdalen kommune. "
          "Den beskriver hvilket lokalsamfunn vi ønsker å utvikle fram mot 2032, og hvordan "
          "kommunen som organisasjon skal bidra til det. Planen er utarbeidet etter plan- og "
          "bygningsloven § 11-2 og skal legges til grunn for arealdelen, kommunedelplaner, "
          "temaplaner og handlings- og økonomiplanen. Samfunnsdelen tar stilling til langsiktige "
          "utfordringer, mål og strategier både for lokalsamfunnet og for kommunen som "
          "tjenesteyter og arbeidsgiver."),
    ("h2", "Slik har vi arbeidet"),
    ("p", "Planprogrammet ble fastsatt av formannskapet 14. mai 2019. Arbeidet har vært ledet av "
          "en styringsgruppe som besto av formannskapet, med kommunedirektøren som sekretariat. "
          "Det ble holdt seks folkemøter, ett i hver av de tre bygdene og tre i sentrum, og en "
          "digital innbyggerundersøkelse fikk 812 svar. Ungdomsrådet, eldrerådet og rådet for "
          "personer med funksjonsnedsettelse har gitt egne innspill."),
    ("p", "Kommunestyret har deltatt i to politiske verksteder, i oktober 2019 og i januar 2020, "
          "der visjon, hovedmål og satsingsområder ble drøftet i grupper. Planforslaget lå ute "
          "til offentlig ettersyn fra 2. mars til 20. april 2020, og det kom inn 37 "
          "høringsuttalelser. Uttalelsene og kommunedirektørens vurdering av dem er samlet i et "
          "eget vedlegg til saken."),
    ("h2", "Forholdet til andre planer"),
    ("p", "Samfunnsdelen erstatter kommuneplanens samfunnsdel 2011–2023. Kommuneplanens arealdel "
          "fra 2015 gjelder inntil den er revidert i tråd med arealstrategiene i kapittel 4. "
          "Temaplaner som boligpolitisk plan, plan for helse og omsorg og klima- og energiplanen "
          "skal rulleres slik at de bygger opp under hovedmålene og satsingsområdene. Når en "
          "temaplan og samfunnsdelen trekker i ulike retninger, er det samfunnsdelen som gjelder."),
    ("h2", "Sølvdalen – kort fortalt"),
    ("p", "Sølvdalen er en innlandskommune med 6 612 innbyggere (1. januar 2020) og et areal "
          "på 1 240 kvadratkilometer, hvorav nesten to tredjedeler ligger over tregrensen. "
          "Kommunen består av Sølvdalen sentrum og de tre bygdene Nordbygda, Østbygda og Øvre "
          "Sølvdal. Gruvedrifta ved Sølvdalen Verk ga arbeid til over 600 personer på det meste, "
          "men ble lagt ned i 1987. I dag er kraftproduksjon, landbruk, reiseliv i fjellet og "
          "offentlige tjenester de viktigste næringene. Folketallet har gått ned hvert år siden "
          "2010, og andelen eldre øker."),
    ("h2", "Utfordringer planen skal svare på"),
    ("p", "Kunnskapsgrunnlaget for planen pekte på disse hovedutfordringene:"),
    ("ul", "–", [
        "befolkningsnedgang og færre unge voksne i etableringsfasen",
        "flere eldre med behov for helse- og omsorgstjenester, og færre i yrkesaktiv alder",
        "få ledige boliger og tomter som passer for unge og tilflyttere",
        "sårbarhet for flom, skred og ekstremvær i et endret klima",
        "behov for nye arbeidsplasser etter at gruvedrifta ble lagt ned",
        "en presset kommuneøkonomi med økende gjeld",
    ]),

    # ---------------------------------------------------------------- Kapittel 2
    ("h1", "Kapittel 2: Visjon og overordnede mål"),
    ("box", "Visjon", "«Sølvdalen – levende bygder ved foten av fjellet»"),
    ("p", "Visjonen uttrykker at alle bygdene skal ha liv og aktivitet, og at fjellet både er en "
          "kilde til verdiskaping og en del av identiteten vår. Visjonen er en ledestjerne for "
          "kommunens arbeid og gjelder for hele planperioden. Den ble valgt av kommunestyret "
          "etter det andre politiske verkstedet, der tre forslag fra innbyggerundersøkelsen ble "
          "vurdert."),
    ("h2", "Hovedmål"),
    ("p", "Kommunestyret har vedtatt fire hovedmål for samfunnsutviklingen fram mot 2032:"),
    ("ul", "•", [
        "Hovedmål 1: Sølvdalen har et stabilt folketall, og flere unge voksne og barnefamilier "
        "velger å bosette seg her.",
        "Hovedmål 2: Innbyggerne i Sølvdalen lever aktive, trygge og selvstendige liv i alle aldre.",
        "Hovedmål 3: Næringslivet skaper nye arbeidsplasser ved å bruke fjellet, vannet og jorda "
        "på en bærekraftig måte.",
        "Hovedmål 4: Sølvdalen kommune er et trygt og robust samfunn med en økonomi i balanse.",
    ]),
    ("h2", "Verdier"),
    ("p", "Kommunens verdier er åpenhet, respekt og nytenking. Verdiene gjelder både for "
          "folkevalgte og for ansatte, og de skal prege møtet med innbyggerne, næringslivet og "
          "frivilligheten."),
    ("h2", "Bærekraftsmålene"),
    ("p", "FNs 17 bærekraftsmål er lagt til grunn for planen. Kommunestyret har valgt ut fem "
          "mål som er særlig viktige for Sølvdalen: god helse og livskvalitet (mål 3), ren "
          "energi for alle (mål 7), anstendig arbeid og økonomisk vekst (mål 8), bærekraftige "
          "byer og lokalsamfunn (mål 11) og livet på land (mål 15). Hvert satsingsområde i "
          "kapittel 3 viser til ett eller flere av disse målene."),

    # ---------------------------------------------------------------- Kapittel 3
    ("h1", "Kapittel 3: Satsingsområder"),
    ("p", "For planperioden har kommunestyret valgt tre satsingsområder. Satsingsområdene er de "
          "temaene der kommunen skal prioritere innsats og ressurser, og de går på tvers av "
          "sektorene. Tabellen viser hva vi vil oppnå på hvert område innen 2032."),
    ("table", [0.33, 0.67], [
        ["Satsingsområde", "Dette vil vi oppnå innen 2032"],
        ["Bolyst og bosetting",
         "Flere velger å flytte til og bli boende i Sølvdalen. Det finnes varierte boliger og "
         "attraktive møteplasser i alle bygder."],
        ["Aktiv alderdom – leve hele livet",
         "Eldre kan bo trygt i eget hjem så lenge som mulig, og tjenestene er tilpasset en "
         "eldre befolkning."],
        ["Grønn verdiskaping i fjellet",
         "Fjellet, kraften og landbruket gir flere helårs arbeidsplasser uten at natur- og "
         "villreininteressene svekkes."],
    ], True),
    ("h2", "Bolyst og bosetting"),
    ("p", "Sølvdalen mister hvert år flere unge voksne enn vi får tilbake. Mange av dem som "
          "flytter ut, oppgir mangel på egnet bolig og mangel på jobb for partner som viktige "
          "grunner. Satsingsområdet skal gjøre det enklere å etablere seg i kommunen, og det "
          "henger sammen med hovedmål 1 og bærekraftsmål 11."),
    ("p", "Strategier:"),
    ("ul", "–", [
        "Kommunen skal til enhver tid ha minst ti byggeklare boligtomter i sentrum og Nordbygda.",
        "Kommunen skal samarbeide med private utbyggere og Husbanken om flere utleieboliger for "
        "unge og tilflyttere.",
        "Møteplasser for barn og unge skal utvikles i alle bygder, blant annet aktivitetsparken "
        "ved Sølvdalen ungdomsskole.",
        "Kommunen skal arbeide for at 98 prosent av husstandene har tilgang til høyhastighets "
        "bredbånd innen 2025.",
        "Tilflyttere skal få en fast kontaktperson i kommunen det første året.",
    ]),
    ("h2", "Aktiv alderdom – leve hele livet"),
    ("p", "Antallet innbyggere over 80 år vil nesten dobles fram mot 2040. Det gir økt behov for "
          "helse- og omsorgstjenester samtidig som det blir færre i yrkesaktiv alder. "
          "Satsingsområdet bygger på kvalitetsreformen Leve hele livet og henger sammen med "
          "hovedmål 2 og bærekraftsmål 3."),
    ("p", "Strategier:"),
    ("ul", "•", [
        "Hjemmetjenesten skal styrkes, og velferdsteknologi skal tas i bruk som en naturlig del "
        "av tjenestetilbudet.",
        "Sølvdalen sentrum skal utvikles som et aldersvennlig sentrum med universell utforming, "
        "benker og trygge gangveier.",
        "Frivilligsentralen skal videreutvikles som møteplass og koordinator for frivillig innsats.",
        "Kommunen skal ha en egen plan for rekruttering av sykepleiere og helsefagarbeidere, med "
        "lærlingplasser og desentralisert utdanning.",
        "Forebygging og folkehelse skal vektlegges i alle sektorer.",
    ]),
    ("h2", "Grønn verdiskaping i fjellet"),
    ("p", "Fjellområdene, vassdragene og jordbruksarealene er Sølvdalens viktigste "
          "naturressurser. Kraftinntektene gir kommunen et økonomisk handlingsrom som mange "
          "sammenlignbare kommuner ikke har. Samtidig er store deler av fjellet leveområde for "
          "villrein, og hensynet til villreinen setter rammer for utbyggingen. Satsingsområdet "
          "henger sammen med hovedmål 3 og bærekraftsmål 7, 8 og 15."),
    ("p", "Strategier:"),
    ("ul", "–", [
        "Storvola skal utvikles som en helårsdestinasjon, med vekt på sykling, fisking og "
        "kulturturisme knyttet til gruvehistorien.",
        "Gruvemuseet skal styrkes som regional attraksjon i samarbeid med fylkeskommunen.",
        "Kraftfondet skal brukes til å støtte etablering av nye bedrifter, særlig innen reiseliv, "
        "lokalmat og fornybar energi.",
        "Aktiv drift av jordbruksarealene og bruk av utmarksbeite skal opprettholdes.",
        "Kommunen skal utrede om masser fra det gamle gruvedeponiet kan gjenbrukes på en "
        "miljøforsvarlig måte.",
    ]),

    # ---------------------------------------------------------------- Kapittel 4
    ("h1", "Kapittel 4: Arealstrategier"),
    ("p", "Arealstrategiene er bindeleddet mellom samfunnsdelen og kommuneplanens arealdel. De "
          "skal legges til grunn når arealdelen revideres, og ved behandling av "
          "reguleringsplaner og dispensasjoner."),
    ("h2", "Senterstruktur"),
    ("p", "Sølvdalen sentrum er kommunesenteret og skal ha de fleste kommunale tjenester, handel "
          "og kulturtilbud. Nordbygda er lokalsenter med skole, barnehage og dagligvarebutikk. "
          "Østbygda og Øvre Sølvdal er grendesentre der grunnleggende tilbud skal opprettholdes "
          "så langt det er mulig."),
    ("h2", "Boligbygging"),
    ("ul", "–", [
        "Minst 70 prosent av nye boliger skal bygges i Sølvdalen sentrum og Nordbygda.",
        "Nye boligområder skal ligge i gangavstand til skole, barnehage eller butikk der det er mulig.",
        "Spredt boligbygging kan tillates i LNF-områder i Østbygda og Øvre Sølvdal når det ikke "
        "kommer i konflikt med dyrka jord, kulturlandskap eller naturfare.",
        "Fortetting i sentrum skal ha høy kvalitet og gode uteområder.",
    ]),
    ("h2", "Fritidsboliger og fjellet"),
    ("p", "Det var omtrent 3 200 fritidsboliger i kommunen i 2019. Nye fritidsboliger skal bare "
          "bygges innenfor avsatte og regulerte hytteområder på Storvola og Fjellheim. Det skal "
          "ikke åpnes for nye hytteområder over tregrensen eller innenfor hensynssonen for "
          "villrein i Sølvfjellet. Fortetting av eksisterende hytteområder skal prioriteres "
          "foran nye områder."),
    ("h2", "Landbruk og jordvern"),
    ("p", "Dyrka og dyrkbar jord skal i utgangspunktet ikke omdisponeres. Samlet omdisponering av "
          "dyrka jord skal ikke overstige 20 dekar i planperioden. Kulturlandskapet i Nordbygda "
          "og Østbygda skal holdes i hevd, og beiteområdene i fjellet skal sikres."),
    ("h2", "Vassdrag, natur og villrein"),
    ("p", "Langs Sølva og sidevassdragene skal det være et byggeforbudsbelte på 50 meter. Viktige "
          "naturtyper og vilttrekk skal kartlegges og tas hensyn til. Regional plan for "
          "Sølvfjellet villreinområde skal legges til grunn for all planlegging i fjellet."),
    ("h2", "Samfunnssikkerhet i arealplanleggingen"),
    ("p", "Ny bebyggelse skal ikke plasseres i områder med fare for flom, skred eller kvikkleire "
          "uten at det er dokumentert tilstrekkelig sikkerhet etter byggteknisk forskrift. Ved "
          "planlegging skal det legges til grunn et klimapåslag på flomvannføringen. Alle "
          "reguleringsplaner skal ha en risiko- og sårbarhetsanalyse."),

    # ---------------------------------------------------------------- Kapittel 5
    ("h1", "Kapittel 5: Kommunen som organisasjon"),
    ("h2", "Økonomisk handlingsrom"),
    ("p", "Hovedmål 4 krever at kommunens økonomi er i balanse over tid. Kommunestyret skal vedta "
          "finansielle måltall for netto driftsresultat, disposisjonsfond og gjeld som en del av "
          "handlings- og økonomiplanen. Kraftinntektene skal i størst mulig grad brukes til "
          "tiltak som gir varig effekt, og ikke til å finansiere løpende drift."),
    ("h2", "Arbeidsgiver og kompetanse"),
    ("p", "Kommunen er den største arbeidsgiveren i Sølvdalen med rundt 620 årsverk. Kommunen "
          "skal være en attraktiv arbeidsgiver, redusere sykefraværet og gi flere ansatte "
          "mulighet til å jobbe heltid. Lærlingordningen skal brukes aktivt for å sikre "
          "rekruttering til helse, oppvekst og teknisk drift."),
    ("h2", "Digitalisering og samarbeid"),
    ("p", "Kommunen skal ta i bruk digitale løsninger der det gir bedre tjenester eller mer "
          "effektiv drift. Interkommunalt samarbeid med nabokommunene i Bergstad-regionen skal "
          "videreføres innen brannvesen, barnevern, legevakt og IKT."),

    # ---------------------------------------------------------------- Kapittel 6
    ("h1", "Kapittel 6: Oppfølging og rullering"),
    ("h2", "Handlings- og økonomiplanen"),
    ("p", "Samfunnsdelen følges opp gjennom den fireårige handlings- og økonomiplanen, som "
          "rulleres hvert år. Handlings- og økonomiplanen skal vise hvilke tiltak som "
          "gjennomføres innenfor hvert satsingsområde, og hvordan tiltakene er finansiert. "
          "Hver virksomhet skal i sin årsplan vise hvordan den bidrar til hovedmålene."),
    ("h2", "Rapportering"),
    ("p", "Kommunedirektøren rapporterer på måloppnåelse i årsmeldingen. Rapporteringen skal "
          "bygge på indikatorene i tabellen nedenfor, supplert med kvalitative vurderinger fra "
          "virksomhetene."),
    ("table", [0.5, 0.25, 0.25], [
        ["Indikator", "Status 2019", "Mål 2032"],
        ["Folketall 1. januar", "6 612 (2020)", "minst 6 600"],
        ["Andel innbyggere over 80 år som bor hjemme", "86 %", "90 %"],
        ["Byggeklare kommunale boligtomter", "4", "minst 10"],
        ["Kommersielle gjestedøgn", "95 000", "140 000"],
        ["Jordbruksareal i drift (dekar)", "21 400", "21 400"],
        ["Sykefravær i kommunen som arbeidsgiver", "8,9 %", "7,0 %"],
        ["Husstander med høyhastighets bredbånd", "81 %", "98 % (2025)"],
    ], True),
    ("h2", "Planstrategi og revisjon"),
    ("p", "Kommunestyret skal i løpet av det første året i hver valgperiode vedta en kommunal "
          "planstrategi etter plan- og bygningsloven § 10-1. Der vurderes det om samfunnsdelen "
          "skal revideres helt eller delvis, eller videreføres uendret. Ved revisjon skal det "
          "utarbeides et oppdatert kunnskapsgrunnlag om befolkning, næringsliv, tjenester, "
          "økonomi og samfunnssikkerhet."),
    ("h2", "Ansvar for oppfølgingen"),
    ("p", "Kommunedirektøren har ansvar for at samfunnsdelen følges opp i administrasjonen, og "
          "ledergruppen skal hvert halvår gå gjennom status for satsingsområdene. De politiske "
          "utvalgene har ansvar for oppfølgingen innenfor sine sektorer, og formannskapet "
          "behandler en samlet statusrapport før arbeidet med handlings- og økonomiplanen starter "
          "hver høst."),
    ("h2", "Medvirkning i oppfølgingen"),
    ("p", "Innbyggerne skal involveres også i gjennomføringen av planen. Ungdomsrådet og "
          "eldrerådet skal hvert år få en orientering om status for satsingsområdene, og "
          "resultatene skal presenteres på kommunens nettsider."),
]


# ------------------------------------------------------------------ PDF layout engine

def render_pdf(path: Path) -> tuple[int, dict[str, int]]:
    """Draw the samfunnsdel; returns the page count and the page of every h1 heading."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    W, H = A4
    LEFT, RIGHT = 64, W - 64
    TOP, BOTTOM = H - 82, 72
    BODY = ("Helvetica", 10.5, 14.6)
    VOWELS = set("aeiouyæøåéAEIOUYÆØÅÉ")

    c = canvas.Canvas(str(path), pagesize=A4)
    c.setTitle("Kommuneplanens samfunnsdel 2020–2032 – Sølvdalen kommune (fiktiv)")
    c.setAuthor("Sølvdalen kommune (fiktiv)")
    c.setSubject("Fiktive eksempeldata for evaluering")
    state = {"page": 1, "y": TOP}
    chapter_pages: dict[str, int] = {}

    def header_footer():
        if state["page"] > 1:
            c.setFont("Helvetica-Oblique", 8.5)
            c.setFillGray(0.35)
            c.drawString(LEFT, H - 46, "Sølvdalen kommune")
            c.drawRightString(RIGHT, H - 46, "Kommuneplanens samfunnsdel 2020–2032")
            c.setLineWidth(0.5)
            c.setStrokeGray(0.6)
            c.line(LEFT, H - 52, RIGHT, H - 52)
        c.setFont("Helvetica", 9)
        c.setFillGray(0.35)
        c.drawCentredString(W / 2, 40, f"Side {state['page']}")
        c.setFillGray(0)
        c.setStrokeGray(0)

    def new_page():
        header_footer()
        c.showPage()
        state["page"] += 1
        state["y"] = TOP

    def need(height):
        if state["y"] - height < BOTTOM:
            new_page()

    HEADS = ("område", "omsorg", "plan", "mål", "kraft", "tjenest", "strategi", "utvikling",
             "bygd", "analyse", "fond", "skole", "verk", "dokument", "gruppe", "reform", "inntekt",
             "forsvarlig", "tilbud", "typer", "vesen", "kommunal", "senter", "styring", "arbeid",
             "bolig", "sentrum", "rådet", "møte", "fjell", "boliger", "ressurs", "attraksjon",
             "destinasjon", "teknologi", "plass", "utdanning", "trygg", "folk", "areal", "jord",
             "vassdrag", "belte", "reise", "liv", "budsjett", "program", "undersøkelse",
             "ordning")
    ONSETS = ("bl", "br", "dr", "fl", "fr", "gl", "gr", "kl", "kr", "pl", "pr", "tr", "sk", "sl",
              "sm", "sn", "sp", "st", "sv", "sj", "kj", "tj", "gj", "bj", "fj")

    def hyphen_points(core):
        """Compound heads first, then Norwegian syllable rule (last consonant / valid onset
        before a vowel goes to the next line)."""
        low = core.lower()
        heads = {i for i in range(3, len(core) - 3) for h in HEADS if low.startswith(h, i)}
        syll = set()
        for i in range(3, len(core) - 3):
            if low[i] not in VOWELS and low[i + 1] in VOWELS:
                j = i
                if low[i - 1] not in VOWELS and low[i - 1:i + 1] in ONSETS:
                    j = i - 1
                if low[j - 1:j + 1] == "ng":
                    continue  # never «lærlin-gordningen»
                if 3 <= j and low[:j][-1:] != "-":
                    syll.add(j)
        return heads, syll

    def hyphen_split(word, font, size, room):
        """Split `word` so that prefix + '-' fits in `room`; None when not possible."""
        core = word.rstrip(",.;:)»")
        if len(core) < 8 or not core.isalpha():
            return None
        heads, syll = hyphen_points(core)
        for group in (heads, syll):
            fitting = [i for i in group if stringWidth(word[:i] + "-", font, size) <= room]
            if fitting and (group is syll or max(fitting) >= 4):
                i = max(fitting)
                return word[:i] + "-", word[i:]
        return None

    def wrap(text, width, font, size, hyphenate=True):
        words = text.split()
        lines, cur = [], ""
        space = stringWidth(" ", font, size)
        while words:
            w = words.pop(0)
            trial = (cur + " " + w) if cur else w
            if stringWidth(trial, font, size) <= width:
                cur = trial
                continue
            room = width - (stringWidth(cur, font, size) + space if cur else 0)
            split = hyphen_split(w, font, size, room) if hyphenate and room > 30 else None
            if split:
                lines.append((cur + " " + split[0]) if cur else split[0])
                cur = ""
                words.insert(0, split[1])
            else:
                lines.append(cur)
                cur = w
        if cur:
            lines.append(cur)
        return lines

    def paragraph(text, x=LEFT, width=None, font=BODY, after=6):
        width = width or (RIGHT - x)
        name, size, lead = font
        for line in wrap(text, width, name, size):
            need(lead)
            c.setFont(name, size)
            c.drawString(x, state["y"] - size, line)
            state["y"] -= lead
        state["y"] -= after

    for el in SAMFUNNSDEL:
        kind = el[0]
        if kind == "kicker":
            c.setFont("Helvetica-Bold", 12)
            c.setFillColorRGB(0.18, 0.33, 0.45)
            c.drawString(LEFT, state["y"] - 12, el[1])
            c.setFillGray(0)
            state["y"] -= 60
        elif kind == "title":
            for line in wrap(el[1], RIGHT - LEFT, "Helvetica-Bold", 24, hyphenate=False):
                c.setFont("Helvetica-Bold", 24)
                c.drawString(LEFT, state["y"] - 24, line)
                state["y"] -= 30
            state["y"] -= 8
        elif kind == "subtitle":
            paragraph(el[1], font=("Helvetica-Oblique", 14, 19), after=30)
        elif kind == "toc":
            c.setFont("Helvetica-Bold", 12)
            c.drawString(LEFT, state["y"] - 12, "Innhold")
            state["y"] -= 24
            for label, page in el[1]:
                c.setFont("Helvetica", 10.5)
                c.drawString(LEFT + 10, state["y"] - 10.5, label)
                c.drawRightString(RIGHT, state["y"] - 10.5, str(page))
                state["y"] -= 16
        elif kind == "newpage":
            new_page()
        elif kind == "space":
            state["y"] -= el[1]
        elif kind == "h1":
            need(95)
            chapter_pages[el[1]] = state["page"]
            state["y"] -= 10
            c.setFont("Helvetica-Bold", 16)
            c.setFillColorRGB(0.18, 0.33, 0.45)
            c.drawString(LEFT, state["y"] - 16, el[1])
            c.setFillGray(0)
            state["y"] -= 30
        elif kind == "h2":
            need(40)
            state["y"] -= 4
            c.setFont("Helvetica-Bold", 11.5)
            c.drawString(LEFT, state["y"] - 11.5, el[1])
            state["y"] -= 18
        elif kind == "p":
            paragraph(el[1])
        elif kind == "ul":
            marker, items = el[1], el[2]
            for item in items:
                lines = wrap(item, RIGHT - LEFT - 24, BODY[0], BODY[1])
                need(BODY[2])
                c.setFont(BODY[0], BODY[1])
                c.drawString(LEFT + 8, state["y"] - BODY[1], marker)
                for line in lines:
                    need(BODY[2])
                    c.setFont(BODY[0], BODY[1])
                    c.drawString(LEFT + 24, state["y"] - BODY[1], line)
                    state["y"] -= BODY[2]
                state["y"] -= 2
            state["y"] -= 6
        elif kind == "box":
            title, text = el[1], el[2]
            lines = wrap(text, RIGHT - LEFT - 28, "Helvetica-Oblique", 11)
            height = 18 + len(lines) * 15 + 14
            need(height + 10)
            top = state["y"]
            c.setFillColorRGB(0.92, 0.95, 0.97)
            c.setStrokeColorRGB(0.18, 0.33, 0.45)
            c.rect(LEFT, top - height, RIGHT - LEFT, height, fill=1, stroke=1)
            c.setFillGray(0)
            c.setFont("Helvetica-Bold", 10)
            c.drawString(LEFT + 14, top - 16, title.upper())
            y = top - 20
            for line in lines:
                c.setFont("Helvetica-Oblique", 11)
                c.drawString(LEFT + 14, y - 13, line)
                y -= 15
            state["y"] = top - height - 14
        elif kind == "table":
            shares, rows, has_header = el[1], el[2], el[3]
            total = RIGHT - LEFT
            widths = [s * total for s in shares]
            for r, row in enumerate(rows):
                bold = has_header and r == 0
                font = "Helvetica-Bold" if bold else "Helvetica"
                cells = [wrap(str(cell), widths[i] - 12, font, 9.5, hyphenate=False)
                         for i, cell in enumerate(row)]
                height = max(len(cl) for cl in cells) * 12.5 + 10
                need(height)
                top = state["y"]
                x = LEFT
                for i, cl in enumerate(cells):
                    if bold:
                        c.setFillColorRGB(0.85, 0.89, 0.92)
                        c.rect(x, top - height, widths[i], height, fill=1, stroke=0)
                        c.setFillGray(0)
                    c.setLineWidth(0.4)
                    c.rect(x, top - height, widths[i], height, fill=0, stroke=1)
                    y = top - 6
                    for line in cl:
                        c.setFont(font, 9.5)
                        c.drawString(x + 6, y - 9.5, line)
                        y -= 12.5
                    x += widths[i]
                state["y"] = top - height
            state["y"] -= 14
        else:
            raise ValueError(kind)
    header_footer()
    c.save()
    return state["page"], chapter_pages


# =====================================================================================
# 2. Kunnskapsgrunnlaget (DOCX)
# =====================================================================================
# ("h1", text) ("h2", text) ("p", text) ("ul", [items]) ("table", caption, rows) ("note", text)

KUNNSKAPSGRUNNLAG = [
    ("h1", "Om kunnskapsgrunnlaget"),
    ("note", FICTION_NOTE),
    ("p", "Dette kunnskapsgrunnlaget er utarbeidet av administrasjonen i Sølvdalen kommune som "
          "grunnlag for revisjonen av kommuneplanens samfunnsdel, slik den kommunale "
          "planstrategien for 2024–2027 la opp til. Dokumentet beskriver kommunens situasjon og "
          "utviklingstrekk innen samfunnsutvikling, tjenesteyting, økonomi og samfunnssikkerhet. "
          "Det inneholder ikke anbefalinger om veivalg; vurderingen av hva utviklingen betyr for "
          "mål og prioriteringer hører hjemme i den politiske behandlingen."),
    ("p", "Tallene er hentet fra Statistisk sentralbyrå (SSB), KOSTRA, NAV, NVE og kommunens egne "
          "fagsystemer, og gjelder per 1. januar 2024 der ikke annet er oppgitt. "
          "Befolkningsframskrivingene er SSBs hovedalternativ fra 2022. Ledergruppen har "
          "kvalitetssikret dokumentet."),

    ("h1", "Befolkning"),
    ("h2", "Folketall og utvikling"),
    ("p", "Sølvdalen hadde 6 480 innbyggere 1. januar 2024. Det er 670 færre enn for tjue år "
          "siden, og en nedgang på 132 personer siden samfunnsdelen ble vedtatt i 2020. "
          "Nedgangen har vært jevn, men noe svakere de siste tre årene fordi innvandring har "
          "veid opp for utflytting."),
    ("table", "Tabell 1. Folketall 1. januar, utvalgte år", [
        ["År", "Folketall", "Endring fra forrige år i tabellen"],
        ["2004", "7 150", "–"],
        ["2009", "6 930", "-220"],
        ["2014", "6 720", "-210"],
        ["2019", "6 655", "-65"],
        ["2020", "6 612", "-43"],
        ["2024", "6 480", "-132"],
    ]),
    ("h2", "Fødsler, dødsfall og flytting"),
    ("p", "I 2023 ble det født 44 barn i kommunen, mens 86 personer døde. Fødselsunderskuddet var "
          "dermed 42. Det flyttet 312 personer til kommunen og 300 fra kommunen, slik at "
          "nettoinnflyttingen ble 12. Samlet gikk folketallet ned med 30 personer i løpet av "
          "året. Innflyttingen fra utlandet var 58 personer, mens nettoflyttingen innenlands var "
          "negativ. Ved inngangen til 2024 var 410 innbyggere innvandrere, det vil si 6,3 prosent "
          "av befolkningen."),
    ("p", "Flest flytter ut i aldersgruppen 19–25 år, i hovedsak for utdanning. Om lag en tredel "
          "av dem som flyttet ut i denne aldersgruppen mellom 2014 og 2018, var bosatt i "
          "kommunen igjen i 2023."),
    ("h2", "Bosetting i bygdene"),
    ("p", "Om lag 2 900 innbyggere bor i Sølvdalen sentrum, 1 650 i Nordbygda, 1 100 i Østbygda "
          "og 830 i Øvre Sølvdal. Folketallet i sentrum har vært omtrent stabilt siden 2014, "
          "mens Østbygda og Øvre Sølvdal har hatt en nedgang på om lag 12 prosent i samme "
          "periode. Gjennomsnittsalderen er høyest i Øvre Sølvdal."),
    ("h2", "Alderssammensetning og framskrivinger"),
    ("p", "Sølvdalen har en eldre befolkning enn landet som helhet. 1 650 innbyggere, eller 25,5 "
          "prosent, er 67 år eller eldre. Etter SSBs hovedalternativ vil folketallet falle til "
          "6 210 i 2030 og 5 890 i 2040. Antallet innbyggere over 80 år ventes å øke fra 410 i "
          "dag til 720 i 2040, mens gruppen 20–66 år går ned med om lag 500 personer."),
    ("table", "Tabell 2. Befolkning etter alder, 2024 og framskrevet 2030 og 2040 (SSB, hovedalternativet)", [
        ["Aldersgruppe", "2024", "2030", "2040"],
        ["0–5 år", "290", "260", "240"],
        ["6–15 år", "690", "620", "540"],
        ["16–19 år", "300", "270", "240"],
        ["20–66 år", "3 550", "3 300", "3 030"],
        ["67–79 år", "1 240", "1 200", "1 120"],
        ["80 år og eldre", "410", "560", "720"],
        ["Sum", "6 480", "6 210", "5 890"],
    ]),
    ("p", "Forholdet mellom antall personer i yrkesaktiv alder og antall eldre endrer seg raskt. "
          "I 2024 var det 8,7 innbyggere i alderen 20–66 år per innbygger over 80 år. I 2040 "
          "ventes forholdstallet å være 4,2. Framskrivingene er usikre, særlig for innvandring, "
          "og bør leses som et bilde av retningen mer enn som eksakte tall."),

    ("h1", "Arbeid, næring og pendling"),
    ("h2", "Arbeidsplasser"),
    ("p", "Det var 2 850 arbeidsplasser i Sølvdalen i 2023. Helse- og sosialtjenester er den "
          "største næringen, fulgt av bygg og anlegg og industri og bergverk. Offentlig sektor "
          "står for om lag 41 prosent av arbeidsplassene. Kommunen er den største enkelte "
          "arbeidsgiveren. Registrert ledighet var 1,9 prosent i juni 2024, mot 2,0 prosent i "
          "landet."),
    ("table", "Tabell 3. Arbeidsplasser i Sølvdalen etter næring, 2023", [
        ["Næring", "Arbeidsplasser"],
        ["Helse- og sosialtjenester", "720"],
        ["Undervisning", "300"],
        ["Offentlig administrasjon", "160"],
        ["Jordbruk og skogbruk", "210"],
        ["Industri og bergverk", "310"],
        ["Kraftforsyning", "140"],
        ["Bygg og anlegg", "330"],
        ["Varehandel", "260"],
        ["Overnatting og servering", "220"],
        ["Annen tjenesteyting", "200"],
        ["Sum", "2 850"],
    ]),
    ("h2", "Pendling"),
    ("p", "Av de 3 050 sysselsatte som bor i Sølvdalen, har 2 230 arbeidsstedet sitt i kommunen. "
          "820 pendler ut, de fleste til Bergstad (520 personer). 620 personer pendler inn til "
          "Sølvdalen, mange av dem til helse- og omsorgstjenestene og til reiselivsbedriftene "
          "på Storvola. Reisetiden med bil fra Sølvdalen sentrum til Bergstad er om lag 45 "
          "minutter."),
    ("h2", "Kraft"),
    ("p", "Sølvdalen Kraft AS eies fullt ut av kommunen og har tre kraftverk i Sølva-vassdraget "
          "med en samlet årlig middelproduksjon på 410 GWh. Selskapet har 140 ansatte når "
          "nettvirksomheten er medregnet. Kommunens samlede inntekter fra kraft – konsesjonskraft, "
          "konsesjonsavgifter, eiendomsskatt på kraftanlegg og utbytte – var 58 millioner kroner "
          "i 2023, hvorav utbyttet utgjorde 9 millioner kroner. Inntektene svinger med kraftprisen."),
    ("h2", "Reiseliv og fritidsboliger"),
    ("p", "Det er om lag 3 400 fritidsboliger i kommunen, de fleste på Storvola og Fjellheim. "
          "Antallet kommersielle gjestedøgn økte fra 95 000 i 2019 til 118 000 i 2023. Om lag "
          "70 prosent av gjestedøgnene er i vintersesongen. Gruvemuseet ved Sølvdalen Verk hadde "
          "18 500 besøkende i 2023. Snøsesongen på Storvola har blitt kortere de siste tjue årene."),
    ("h2", "Landbruk"),
    ("p", "Det var 62 aktive gårdsbruk i Sølvdalen i 2023, mot 91 i 2010. Jordbruksarealet i "
          "drift har gått ned fra 21 400 dekar i 2019 til 20 900 dekar i 2023. 18 bruk driver med "
          "melkeproduksjon, og om lag 4 100 sau slippes på utmarksbeite hver sommer. Tap av sau "
          "til rovvilt har økt de siste fem årene. Gjennomsnittsalderen blant gårdbrukerne er 56 år."),
    ("h2", "Industri og gruvehistorie"),
    ("p", "Etter at gruvedrifta ved Sølvdalen Verk ble lagt ned i 1987, har industrien bestått av "
          "mindre bedrifter innen metallbearbeiding, trelast og næringsmiddel. Det største "
          "industriforetaket er Verksbyen Mekaniske med 85 ansatte. Kommunens kraftfond "
          "(næringsfond) hadde en saldo på 12 millioner kroner ved utgangen av 2023."),

    ("h1", "Kommunale tjenester"),
    ("h2", "Barnehager"),
    ("p", "Kommunen har fire barnehager, tre kommunale og én privat, med til sammen 238 barn. "
          "Dekningsgraden for barn 1–5 år er 93 prosent, og det har ikke vært venteliste siden "
          "2019. Den minste barnehagen ligger i Øvre Sølvdal oppvekstsenter og har 14 barn."),
    ("h2", "Grunnskole"),
    ("p", "Sølvdalen har fire grunnskoler med til sammen 690 elever skoleåret 2023/2024. Østbygda "
          "skole ble lagt ned i 2017, og elevene derfra går nå på Sentrum skole. Elevtallet ventes "
          "å falle til om lag 560 i 2034 dersom fødselstallene holder seg på dagens nivå."),
    ("table", "Tabell 4. Grunnskoler og elevtall, skoleåret 2023/2024", [
        ["Skole", "Trinn", "Elever"],
        ["Sentrum skole", "1–7", "280"],
        ["Nordbygda skole", "1–7", "150"],
        ["Øvre Sølvdal oppvekstsenter", "1–7", "42"],
        ["Sølvdalen ungdomsskole", "8–10", "218"],
        ["Sum", "", "690"],
    ]),
    ("p", "Gjennomsnittlige grunnskolepoeng var 40,1 i 2023, mot 41,6 på landsbasis. Andelen "
          "elever som fullfører videregående opplæring innen fem år, er 79 prosent. Nærmeste "
          "videregående skole ligger i Bergstad."),
    ("h2", "Helse og omsorg"),
    ("p", "Sølvdalen helse- og omsorgssenter har 62 sykehjemsplasser, hvorav 16 er skjermede "
          "plasser for personer med demens. I tillegg har kommunen 24 omsorgsboliger med "
          "heldøgns bemanning. Hjemmetjenesten hadde 310 mottakere ved utgangen av 2023, og 140 "
          "innbyggere bruker trygghetsalarm eller annen velferdsteknologi."),
    ("p", "Kommunen har sykehjemsplasser til om lag 15 prosent av innbyggerne over 80 år. Dersom "
          "den samme dekningsgraden skal holdes, vil behovet være om lag 108 plasser i 2040. "
          "Det er vanskelig å rekruttere fagfolk: i 2024 var 8 av 52 sykepleierstillinger "
          "ubesatt, og sykefraværet i helse og omsorg var 11,2 prosent. Kommunen har fem "
          "fastlegehjemler, hvorav én har vært ubesatt siden 2023."),
    ("h2", "Folkehelse"),
    ("p", "Folkehelseoversikten fra 2023 viser at andelen voksne med høyt blodtrykk og "
          "overvekt er høyere enn i landet. Andelen unge som sier de er fornøyd med "
          "lokalmiljøet, er 71 prosent (Ungdata 2023). Frivilligsentralen formidlet 4 200 timer "
          "frivillig innsats i 2023."),

    ("h1", "Kommuneøkonomi"),
    ("h2", "Driftsresultat"),
    ("p", "Netto driftsresultat viser hva kommunen har igjen av driftsinntektene når "
          "driftsutgifter, renter og avdrag er betalt. Netto driftsresultat falt fra 3,4 prosent "
          "i 2022 til 1,1 prosent i 2023, først og fremst fordi renteutgiftene økte og "
          "kraftinntektene ble lavere enn året før."),
    ("table", "Tabell 5. Brutto driftsinntekter og netto driftsresultat 2020–2023", [
        ["År", "Brutto driftsinntekter (mill. kr)", "Netto driftsresultat (mill. kr)", "Netto driftsresultat i prosent"],
        ["2020", "668", "21,4", "3,2 %"],
        ["2021", "690", "26,2", "3,8 %"],
        ["2022", "715", "24,3", "3,4 %"],
        ["2023", "742", "8,2", "1,1 %"],
    ]),
    ("h2", "Handlingsregel"),
    ("p", "Kommunestyret vedtok i desember 2021 (sak 88/21) en handlingsregel med tre finansielle "
          "måltall: netto driftsresultat skal være minst 1,75 prosent av brutto driftsinntekter "
          "i gjennomsnitt over fire år, disposisjonsfondet skal være minst 8 prosent av brutto "
          "driftsinntekter, og netto lånegjeld skal ikke overstige 90 prosent av brutto "
          "driftsinntekter."),
    ("p", "Gjennomsnittlig netto driftsresultat for 2020–2023 var 2,9 prosent, altså over måltallet. "
          "Disposisjonsfondet var 49 millioner kroner ved utgangen av 2023, eller 6,6 prosent, "
          "som er under måltallet. Netto lånegjeld var 612 millioner kroner, eller 82,5 prosent "
          "av brutto driftsinntekter, som er innenfor måltallet."),
    ("h2", "Gjeld og renter"),
    ("p", "Netto lånegjeld har økt fra 498 millioner kroner i 2019 til 612 millioner kroner i "
          "2023, blant annet på grunn av utbyggingen av helse- og omsorgssenteret og nytt "
          "vannverk. Netto renteutgifter økte fra 7 millioner kroner i 2021 til 19 millioner "
          "kroner i 2023."),
    ("h2", "Inntekter og utgifter"),
    ("p", "Kraftinntektene utgjorde om lag 7,8 prosent av brutto driftsinntekter i 2023. Kommunen "
          "har eiendomsskatt i hele kommunen, og satsen for boliger og fritidsboliger er 2 "
          "promille. Ifølge KOSTRA er netto driftsutgifter per innbygger til pleie og omsorg "
          "høyere enn gjennomsnittet i kommunegruppen, mens utgiftene per elev i grunnskolen "
          "ligger nær gjennomsnittet. Hver innbygger færre gir anslagsvis 28 000 kroner mindre "
          "i rammetilskudd fra staten."),

    ("h1", "Klima, miljø og samfunnssikkerhet"),
    ("h2", "Helhetlig risiko- og sårbarhetsanalyse"),
    ("p", "Den helhetlige risiko- og sårbarhetsanalysen (ROS-analysen) ble revidert og vedtatt av "
          "kommunestyret i 2022. Analysen omfatter 14 uønskede hendelser. De hendelsene som har "
          "høyest risiko, er flom i Sølva, langvarig strømbrudd, steinsprang på fylkesvei 27 ved "
          "Juvet og kvikkleireskred ved Nedre Moen. Skogbrann, dambrudd og pandemi er også "
          "vurdert. Beredskapsplanen ble sist revidert i 2023, og kriseledelsen gjennomførte en "
          "fullskalaøvelse med scenario storflom samme år."),
    ("h2", "Flom"),
    ("p", "Vårflommen i mai 2018 satte 23 boliger under vann og stengte fylkesvei 27 i seks døgn. "
          "Skadene ble beregnet til 31 millioner kroner. Ifølge NVEs flomsonekart ligger 140 "
          "bygninger i Sølvdalen sentrum innenfor 200-årsflommen. For små og mellomstore "
          "vassdrag anbefaler NVE et klimapåslag på minst 20 prosent på flomvannføringen."),
    ("h2", "Skred og kvikkleire"),
    ("p", "Det er registrert én faresone for kvikkleireskred i kommunen, ved Nedre Moen, med "
          "faregrad middels. Sonen omfatter 12 boliger. Fylkesvei 27 ved Juvet er utsatt for "
          "steinsprang, og det er registrert fire hendelser de siste ti årene. Veien er eneste "
          "bilvei til Øvre Sølvdal med 830 innbyggere."),
    ("h2", "Gruvedeponiet"),
    ("p", "Det gamle gruvedeponiet ved Sølvdalen Verk inneholder om lag 1,2 millioner tonn "
          "avgangsmasser. Overvåkingen viser forhøyede verdier av kobber og sink i Sølva "
          "nedstrøms deponiet. Miljødirektoratet har pålagt fortsatt overvåking fram til 2027."),
    ("h2", "Klimaendringer og utslipp"),
    ("p", "Klimaprofilen for regionen viser at årsnedbøren ventes å øke med om lag 10 prosent "
          "mot slutten av århundret, og at episoder med kraftig nedbør blir hyppigere. "
          "Snøsesongen blir kortere, særlig under 800 meter over havet. De direkte "
          "klimagassutslippene i Sølvdalen var 41 000 tonn CO2-ekvivalenter i 2022. Jordbruk sto "
          "for 42 prosent og veitrafikk for 31 prosent."),

    ("h1", "Nasjonale og regionale føringer"),
    ("p", "Samfunnsdelen skal ta hensyn til nasjonale og regionale føringer. De viktigste er:"),
    ("ul", [
        "Nasjonale forventninger til regional og kommunal planlegging 2023–2027, som vektlegger "
        "bærekraftige og trygge lokalsamfunn, klima og natur, og samarbeid.",
        "Statlige planretningslinjer for klima- og energiplanlegging og klimatilpasning.",
        "Statlige planretningslinjer for samordnet bolig-, areal- og transportplanlegging.",
        "Nasjonal jordvernstrategi, med et mål om at omdisponeringen av dyrka jord i landet ikke "
        "skal overstige 2 000 dekar per år.",
        "Regional plan for Sølvfjellet villreinområde, vedtatt av fylkestinget i 2021, som "
        "avgrenser nasjonalt villreinområde og hensynssoner.",
        "Folkehelseloven § 5, som krever at kommunen har oversikt over helsetilstanden og "
        "faktorer som påvirker den.",
    ]),
    ("p", "Statsforvalterens forventningsbrev for 2024 ber kommunene særlig vektlegge "
          "klimatilpasning, jordvern og arbeidet med Leve hele livet."),

    ("h1", "Oppsummering av utviklingstrekk"),
    ("p", "Kunnskapsgrunnlaget viser en kommune der folketallet går ned og befolkningen blir "
          "eldre, samtidig som arbeidsmarkedet er stramt og ledigheten lav. Reiselivet i fjellet "
          "har vokst, mens landbruket har færre, men større bruk. Kommuneøkonomien har et "
          "svakere driftsresultat enn før, et disposisjonsfond under kommunens eget måltall og "
          "økende rentekostnader. Flom, skred og langvarig strømbrudd er de største risikoene "
          "for samfunnssikkerheten. Utviklingstrekkene danner grunnlaget for de politiske "
          "drøftingene om visjon, hovedmål og satsingsområder i revisjonen."),
]


def render_docx(path: Path) -> None:
    doc = shared.new_docx(
        "Kunnskapsgrunnlag for kommuneplanens samfunnsdel – Sølvdalen kommune (fiktiv)",
        "Sølvdalen kommune (fiktiv)", "Fiktive eksempeldata for evaluering", "2024-09-16")
    doc.add_heading("Kunnskapsgrunnlag for revisjon av kommuneplanens samfunnsdel", level=0)
    shared.add_run_paragraph(doc, "Sølvdalen kommune (fiktiv) · Administrasjonens "
                                  "kunnskapsgrunnlag · september 2024", italic=True)

    def note(doc, text):
        shared.add_run_paragraph(doc, text, bold=True, color="8A1C1C")

    table = shared.docx_table_handler(style="Table Grid",
                                      caption_format={"bold": True, "size": 10}, header_bold=True)
    shared.add_docx_elements(doc, KUNNSKAPSGRUNNLAG, {"note": note, "table": table})
    shared.save_docx(doc, path)


def main() -> None:
    _, chapter_pages = render_pdf(PDF_PATH)
    for i, el in enumerate(SAMFUNNSDEL):  # second pass with the real page numbers
        if el[0] == "toc":
            SAMFUNNSDEL[i] = ("toc", [(label, chapter_pages[label]) for label, _ in el[1]])
    pages, _ = render_pdf(PDF_PATH)
    render_docx(DOCX_PATH)
    pdf_meta = {"title": "Kommuneplanens samfunnsdel 2020–2032 – Sølvdalen kommune",
                "authors": "Sølvdalen kommune (fiktiv)", "date": "2020-06-18",
                "kind": "samfunnsdel"}
    docx_meta = {"title": "Kunnskapsgrunnlag for revisjon av samfunnsdelen – Sølvdalen kommune",
                 "authors": "Sølvdalen kommune (fiktiv)", "date": "2024-09-16",
                 "kind": "kunnskapsgrunnlag"}
    shared.finish(pages, (PDF_PATH, pdf_meta, SAMFUNNSDEL),
                  (DOCX_PATH, docx_meta, KUNNSKAPSGRUNNLAG), approximate=False)


if __name__ == "__main__":
    main()
