"""Render the second held-out example municipality «Havlandet kommune» (fictional).

Writes, next to this file:
  havlandet-samfunnsdel.pdf (+ .meta.json)        – reportlab platypus: numbered headings,
      running header, «side N av M» footer, framed vision box, a two-column chapter,
      bullet lists, tables and soft-hyphenated long words that break across lines
  havlandet-kunnskapsgrunnlag.docx (+ .meta.json) – python-docx, Heading 1/2, tables

Havlandet kommune does not exist. Every name, place, figure and decision below is invented
test data, written independently of the bundled demo municipality and of Sølvdalen.
Run:  .venv/bin/python evaluation/heldout2/render.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

import evaluation.heldout_render as shared  # noqa: E402

PDF_PATH = HERE / "havlandet-samfunnsdel.pdf"
DOCX_PATH = HERE / "havlandet-kunnskapsgrunnlag.docx"

FICTION = ("Fiktive eksempeldata: Havlandet kommune finnes ikke. Dokumentet er laget som "
           "testmateriale for evaluering av Samspill, og alle stedsnavn, personer, tall og "
           "vedtak er oppdiktet.")

# =====================================================================================
# 1. Kommuneplanens samfunnsdel 2023–2035 (PDF)
# =====================================================================================
# ("h1", text) ("h2", text) ("p", text) ("bul", [items]) ("vision", title, text)
# ("table", caption, rows, col_widths) ("twocol",) ("onecol",) ("pagebreak",) ("fact", title, text)

SAMFUNNSDEL = [
    ("h1", "1 Innledning"),
    ("h2", "1.1 Planens rolle"),
    ("p", "Kommuneplanens samfunnsdel er Havlandet kommunes viktigste strategiske dokument. Den "
          "peker ut retningen for utviklingen av lokalsamfunnet og for kommunen som tjenesteyter, "
          "arbeidsgiver og samfunnsutvikler i perioden 2023–2035. Samfunnsdelen er hjemlet i plan- "
          "og bygningsloven § 11-2 og skal følges opp gjennom kommuneplanens arealdel, "
          "temaplaner og den årlige handlingsdelen med økonomiplan."),
    ("p", "Planen ble vedtatt av kommunestyret 15. juni 2023 i sak 41/23. Den erstatter "
          "samfunnsdelen fra 2014, som var bred og lite prioritert. Kommunestyret ba derfor om en "
          "kortere plan med færre mål og tydeligere satsingsområder, slik at det blir lettere å se "
          "sammenhengen mellom planen og budsjettet."),
    ("h2", "1.2 Prosessen"),
    ("p", "Planprogrammet ble fastsatt i formannskapet 2. februar 2022. Kommunestyret gjennomførte "
          "tre politiske verksteder: det første i mars 2022 om kunnskapsgrunnlaget og den gamle "
          "planen, det andre i juni 2022 om visjon og hovedmål, og det tredje i oktober 2022 om "
          "satsingsområder og arealstrategier. Gruppene var tverrpolitiske, og de folkevalgte "
          "skrev selv ned sine innspill."),
    ("p", "Innbyggerne ble invitert til åpne kafémøter på Havvik, Nordstrand, Kvitneset og Ytre "
          "Holmen. På Ytre Holmen ble møtet holdt om bord på ferja for å nå pendlerne. Ungdommens "
          "kommunestyre arrangerte en egen idédugnad med 46 deltakere. Planforslaget var på høring "
          "fra 9. januar til 24. februar 2023, og det kom 52 merknader."),
    ("h2", "1.3 Slik er planen bygd opp"),
    ("bul", [
        "Kapittel 2 gir et kort bilde av Havlandet i dag og av de viktigste utfordringene.",
        "Kapittel 3 presenterer visjonen og de fire hovedmålene, som er de lange linjene.",
        "Kapittel 4 beskriver satsingsområdene med delmål og strategier for perioden.",
        "Kapittel 5 inneholder arealstrategiene som skal ligge til grunn for arealdelen.",
        "Kapittel 6 forklarer hvordan planen skal følges opp og rapporteres.",
    ]),
    ("twocol",),
    ("pagebreak",),
    ("h1", "2 Havlandet i dag"),
    ("h2", "2.1 Befolkning"),
    ("p", "Havlandet hadde 9 187 innbyggere ved inngangen til 2022. Folketallet har vært nesten "
          "stabilt i ti år, men sammensetningen endrer seg raskt. Det fødes færre barn, og "
          "antallet eldre over 80 år ventes nesten å doble seg fram mot 2035. Innvandring fra "
          "utlandet, særlig til arbeid i sjømatnæringen, har holdt folketallet oppe."),
    ("p", "Om lag halvparten av innbyggerne bor i kommunesenteret Havvik. Resten bor i "
          "bygdene Nordstrand og Kvitneset og på øya Ytre Holmen, som bare har fastlandsforbindelse "
          "med ferje."),
    ("h2", "2.2 Næringsliv"),
    ("p", "Havet er grunnlaget for det meste av næringslivet. Oppdrettsselskapene og "
          "fiskeforedlingen på Kvitneset er de største private arbeidsgiverne. Reiselivet er i "
          "vekst, med rorbuer, havfiske og cruiseanløp i sommerhalvåret. Kommunen har få "
          "arbeidsplasser som krever høyere utdanning utenfor den offentlige sektoren."),
    ("h2", "2.3 Tjenester"),
    ("p", "Kommunen driver fire grunnskoler, fem barnehager, ett helse- og omsorgssenter og "
          "hjemmetjenester i alle deler av kommunen. Det blir stadig vanskeligere å rekruttere "
          "sykepleiere, og flere stillinger har stått ubesatt i lange perioder."),
    ("h2", "2.4 Utfordringer"),
    ("p", "Kunnskapsgrunnlaget peker på fem hovedutfordringer for planperioden:"),
    ("bul", [
        "flere eldre og færre i yrkesaktiv alder",
        "rekruttering av fagfolk til helse og oppvekst",
        "sårbarhet for stormflo, skred og brudd i ferjesambandet",
        "høy lånegjeld og lite økonomisk handlingsrom",
        "mangel på utleieboliger og små boliger i sentrum",
    ]),
    ("h2", "2.5 Havlandet i regionen"),
    ("p", "Havlandet ligger om lag 45 minutter med bil fra regionsenteret Storvåg, der det er "
          "videregående skole, sykehus og de fleste statlige kontorer. Kommunen samarbeider med "
          "Storvåg og to andre nabokommuner om legevakt, barnevern, innkjøp og IKT. Samarbeidet "
          "gir et bredere fagmiljø, men gjør også at en del beslutninger tas i interkommunale "
          "organer der Havlandet bare har én av fire stemmer."),
    ("p", "Kommunen er medlem av regionrådet for Ytre Havfylke, som arbeider for bedre "
          "samferdsel, flere studieplasser i regionen og en felles satsing på reiseliv langs kysten."),
    ("onecol",),
    ("pagebreak",),
    ("h1", "3 Visjon og hovedmål"),
    ("vision", "Visjon", "«Havlandet – der havet gir liv»"),
    ("p", "Visjonen uttrykker at havet er grunnlaget for bosetting, arbeid og identitet i "
          "Havlandet, og at kommunen skal være et godt sted å leve et helt liv. Visjonen ble "
          "foreslått av ungdommens kommunestyre og vedtatt uendret av kommunestyret."),
    ("h2", "3.1 Fire hovedmål"),
    ("table", "Tabell 1. Hovedmålene i samfunnsdelen 2023–2035", [
        ["Nr.", "Hovedmål", "Dette betyr at …"],
        ["1", "Et nyskapende og bærekraftig næringsliv basert på havet",
         "verdiskapingen fra havet øker uten at natur og fiskebestander forringes"],
        ["2", "Gode og aktive liv i alle aldre",
         "innbyggerne kan bo hjemme lenge og delta i fellesskapet"],
        ["3", "Hele Havlandet skal være et godt sted å bo",
         "øyene og bygdene har trygge forbindelser og gode nærmiljøer"],
        ["4", "Et samfunn som er forberedt på klimaendringene",
         "bygg, veier og kaier tåler mer ekstremvær og høyere havnivå"],
    ], [0.08, 0.42, 0.50]),
    ("p", "Hovedmålene gjelder for hele planperioden fram til 2035. De skal vurderes på nytt i "
          "hver kommunale planstrategi, men kommunestyret har lagt vekt på at de lange linjene "
          "ikke bør endres uten at kunnskapsgrunnlaget viser et klart behov for det."),
    ("h2", "3.2 Verdier for arbeidet"),
    ("p", "Kommunestyret har valgt tre verdier som skal prege hvordan kommunen arbeider: åpen, "
          "modig og nær. Åpen betyr at innbyggerne skal få innsyn i hvordan beslutninger tas og "
          "hvilket kunnskapsgrunnlag de bygger på. Modig betyr at kommunen skal prøve nye løsninger "
          "og lære av det som ikke virker. Nær betyr at tjenestene skal oppleves tilgjengelige også "
          "for dem som bor på øyene og i de ytre bygdene."),
    ("h2", "3.3 Sammenhengen mellom målene"),
    ("p", "Hovedmålene henger sammen. Flere arbeidsplasser i sjømatnæringen gir grunnlag for "
          "bosetting, men krever boliger og tjenester. Flere eldre gir større behov for "
          "helsepersonell, samtidig som næringslivet konkurrerer om den samme arbeidskraften. "
          "Klimatilpasning er en forutsetning for at kaier, veier og sentrum skal kunne brukes "
          "også i framtiden. Kommunestyret har derfor bedt om at konsekvensene for alle fire "
          "hovedmål vurderes når større saker legges fram."),
    ("pagebreak",),
    ("h1", "4 Satsingsområder"),
    ("p", "For perioden fram til neste revisjon har kommunestyret valgt fire satsingsområder. "
          "Satsingsområdene skal prioriteres i handlingsdelen, og hvert av dem har delmål og "
          "strategier som sektorene skal konkretisere."),
    ("h2", "4.1 Hav og næring"),
    ("p", "Havbasert næring gir flest arbeidsplasser i privat sektor og har vokst de siste årene. "
          "Samtidig er næringen sårbar for svingninger i markedet og for nye nasjonale rammevilkår. "
          "Kommunen kan ikke styre markedet, men kan legge til rette med areal, infrastruktur, "
          "boliger og kompetanse."),
    ("p", "Delmål:"),
    ("bul", [
        "Antallet arbeidsplasser i havbasert næring skal øke med 150 innen 2030.",
        "Minst halvparten av nye lærlingplasser skal være i sjømat, maritim og teknisk industri.",
        "Reiselivet skal ha en helårlig sesong med flere gjestedøgn utenom sommeren.",
    ]),
    ("p", "Strategier:"),
    ("bul", [
        "Vi skal ha et nært samarbeid med næringslivet gjennom et fast næringsforum to ganger i året.",
        "Vi skal sette av nok sjøareal til havbruk, men ta hensyn til fiskeriene og friluftslivet.",
        "Vi skal samarbeide med Kystfagskolen i Storvåg om relevante utdanningstilbud.",
        "Vi skal bruke havbruksfondet til tiltak som gir varige arbeidsplasser.",
    ]),
    ("h2", "4.2 Aktiv alderdom og helse"),
    ("p", "Antallet eldre øker raskere enn antallet i yrkesaktiv alder. Kommunestyret har "
          "derfor valgt å satse på at eldre skal kunne mestre egen hverdag lenger, framfor å bygge "
          "ut flere institusjonsplasser som første løsning. Satsingen omfatter både "
          "helsetjenestene, boligpolitikken og frivilligheten."),
    ("p", "Delmål:"),
    ("bul", [
        "Flest mulig eldre skal kunne bo trygt i eget hjem så lenge de ønsker.",
        "Andelen innbyggere som er fysisk aktive skal øke i alle aldersgrupper.",
        "Kommunen skal ha stabil bemanning med fagutdannede i helse og omsorg.",
    ]),
    ("p", "Strategier:"),
    ("bul", [
        "Vi skal ta i bruk velferdsteknologi i alle hjemmetjenestens soner innen 2026.",
        "Vi skal bygge ut omsorgsboliger nær servicefunksjonene i Havvik sentrum.",
        "Vi skal tilby stipend og bindingstid for å rekruttere sykepleiere og helsefagarbeidere.",
        "Vi skal støtte frivillige lag, seniorsentre og aktivitetstilbud i bygdene.",
    ]),
    ("h2", "4.3 Oppvekst og kompetanse"),
    ("p", "Gode barnehager og skoler er avgjørende for at familier vil bo i Havlandet. Elevtallet "
          "går ned i alle kretser, og de minste skolene har få elever per trinn. Samtidig trenger "
          "næringslivet fagarbeidere, og mange unge flytter ut for å ta utdanning uten å komme "
          "tilbake."),
    ("p", "Delmål:"),
    ("bul", [
        "Alle barn skal ha et trygt og godt skolemiljø fritt for mobbing.",
        "Andelen som fullfører videregående opplæring skal øke til 85 prosent.",
        "Unge voksne skal se Havlandet som et attraktivt sted å flytte hjem til.",
    ]),
    ("p", "Strategier:"),
    ("bul", [
        "Vi skal gi barnehager og skoler stabile rammer og vektlegge tidlig innsats.",
        "Vi skal utvikle skolestrukturen ut fra elevtall, kvalitet og reiseavstand.",
        "Vi skal invitere studenter til sommerjobber og praksis i kommunen.",
    ]),
    ("h2", "4.4 Klima, beredskap og natur"),
    ("p", "Som kystkommune merker Havlandet allerede klimaendringene gjennom kraftigere stormer, "
          "mer nedbør og høyere stormflo. Kommunen har også ansvar for å redusere egne utslipp og "
          "for å ta vare på naturen i sjøen og i strandsonen, som er viktig både for fiskeriene "
          "og for reiselivet."),
    ("p", "Delmål:"),
    ("bul", [
        "Utslippene av klimagasser fra kommunens egen drift skal halveres innen 2030.",
        "Ingen nye bygg skal plasseres der de er utsatt for stormflo eller skred.",
        "Kommunen skal ha en oppdatert beredskapsplan som er øvd hvert år.",
    ]),
    ("p", "Strategier:"),
    ("bul", [
        "Vi skal elektrifisere kommunens egne båter og kjøretøy når de skal skiftes ut.",
        "Vi skal samarbeide med fylkeskommunen om reserveløsning for ferjesambandet.",
        "Vi skal kartlegge og ta vare på viktige naturtyper i strandsonen og sjøen.",
    ]),
    ("pagebreak",),
    ("h1", "5 Arealstrategier"),
    ("p", "Arealstrategiene er bindeleddet mellom samfunnsdelen og arealdelen. De gir "
          "føringer for hvor ny utbygging skal skje og hvilke hensyn som skal veie tyngst når "
          "kommuneplanens arealdel rulleres i 2024–2025."),
    ("h2", "5.1 Senterstruktur og boliger"),
    ("p", "Minst 70 prosent av nye boliger skal bygges i Havvik og Nordstrand, der skole, "
          "butikk og helsetjenester ligger i gangavstand. I Havvik sentrum skal det legges til "
          "rette for leiligheter og boliger tilpasset eldre. I bygdene og på Ytre Holmen skal det "
          "fortsatt være mulig å bygge spredt, men nye boligfelt skal knyttes til eksisterende "
          "infrastruktur."),
    ("h2", "5.2 Sjøareal og havbruk"),
    ("p", "Sjøarealene skal planlegges like grundig som landarealene. Nye lokaliteter for havbruk "
          "skal vurderes samlet i arealdelen og ikke enkeltvis. Gyteområder for torsk, viktige "
          "fiskeplasser og farleder skal skjermes."),
    ("h2", "5.3 Strandsonen"),
    ("p", "I 100-metersbeltet langs sjøen skal det ikke gis dispensasjon for nye fritidsboliger. "
          "Allmennhetens tilgang til sjøen skal sikres, og næringsbebyggelse som er avhengig av "
          "sjøen skal prioriteres foran annen bruk."),
    ("h2", "5.4 Klimatilpasning"),
    ("p", "Ny bebyggelse skal ikke plasseres lavere enn kote 3,0 meter over havet i Havvik "
          "sentrum. Områder med fare for steinsprang og jordskred skal utredes før de tas i bruk "
          "til utbygging. Overvann skal håndteres lokalt med åpne løsninger."),
    ("h2", "5.5 Jord og natur"),
    ("p", "Dyrka mark skal ikke omdisponeres til boliger eller næring. Lyngheiene på Ytre Holmen "
          "og myrområdene ved Kvitneset skal bevares som karbonlager og for naturmangfoldet."),
    ("h2", "5.6 Næringsarealer"),
    ("p", "Det skal til enhver tid finnes ferdig regulerte næringsarealer med tilgang til kai. "
          "Nye arealer for sjømatindustri skal primært legges til Kvitneset, der det allerede er "
          "vannforsyning, kai og vei for tungtransport. Næringsareal i Havvik sentrum skal "
          "forbeholdes handel, service og kontor."),
    ("h2", "5.7 Samferdsel og ferjekai"),
    ("p", "Ved ferjekaia i Havvik skal det settes av areal til en ny ladestasjon for ferja, "
          "innfartsparkering og en trygg venteplass for skoleelever. På Ytre Holmen skal arealet "
          "rundt ferjeleiet sikres for en framtidig reservekai som kan brukes av mindre fartøy "
          "når ferja ikke går."),
    ("pagebreak",),
    ("h1", "6 Oppfølging og rapportering"),
    ("h2", "6.1 Handlingsdel og økonomiplan"),
    ("p", "Samfunnsdelen følges opp gjennom en handlingsdel som rulleres hvert år sammen med "
          "økonomiplanen for de neste fire årene. I handlingsdelen skal kommunedirektøren vise "
          "hvilke tiltak som følger opp hvert satsingsområde, og hva de koster. Tiltak som ikke "
          "kan knyttes til et hovedmål eller satsingsområde, skal begrunnes særskilt."),
    ("h2", "6.2 Rapportering"),
    ("p", "Kommunedirektøren rapporterer på hovedmålene i årsmeldingen hvert år. Rapporteringen "
          "skal bruke et fast sett med indikatorer, slik at utviklingen kan følges over tid. "
          "Ledergruppen har ansvaret for at resultatene drøftes i sektorene."),
    ("table", "Tabell 2. Indikatorer for oppfølging av hovedmålene", [
        ["Hovedmål", "Indikator", "Utgangspunkt", "Mål 2030"],
        ["1 Næringsliv", "Arbeidsplasser i havbasert næring", "1 080", "1 230"],
        ["2 Gode liv", "Andel over 80 år som bor hjemme", "88 %", "90 %"],
        ["3 Godt sted å bo", "Innbyggere på Ytre Holmen", "652", "650"],
        ["4 Klima", "Klimagassutslipp fra egen drift", "2 400 tonn", "1 200 tonn"],
    ], [0.22, 0.40, 0.19, 0.19]),
    ("h2", "6.3 Roller og ansvar"),
    ("p", "Kommunestyret eier samfunnsdelen og vedtar handlingsdelen og økonomiplanen. "
          "Formannskapet er styringsgruppe for revisjonen. Kommunedirektøren og ledergruppen har "
          "ansvaret for at satsingsområdene konkretiseres i sektorene, og for at rapporteringen "
          "viser både det som går bra, og det som ikke går etter planen. Råd for eldre, ungdommens "
          "kommunestyre og rådet for personer med funksjonsnedsettelse skal få uttale seg om "
          "handlingsdelen hvert år."),
    ("h2", "6.4 Revisjon"),
    ("p", "Det nye kommunestyret skal innen ett år etter valget vedta en kommunal planstrategi "
          "og ta stilling til om samfunnsdelen skal revideres. Før det skal administrasjonen "
          "legge fram et oppdatert kunnskapsgrunnlag om kommunens situasjon og utviklingstrekk, "
          "og kommunestyret skal få drøfte visjon, hovedmål og satsingsområder i politiske "
          "verksteder."),
    ("p", "Samfunnsdelen skal også gi retning for kommunens samarbeid med nabokommunene, "
          "fylkeskommunen og statsforvalteren. Der planen krever innsats fra andre, for eksempel "
          "i ferjesambandet, skal kommunen bruke den som grunnlag i dialogen med dem."),
]

# Long words that get soft hyphens (U+00AD) so that reportlab may break them across lines.
SHY_HEADS = ("hoved", "kommune", "samfunns", "nærings", "havbruks", "omsorgs", "helse", "arbeids",
             "bolig", "areal", "tjeneste", "utviklings", "beredskaps", "økonomi", "klima",
             "handlings", "fylkes", "ferje", "planstrategi", "kunnskaps", "satsings", "velferds",
             "aktivitets", "sjømat", "utdannings", "fiskeforedling", "oppdretts", "utleie",
             "service", "strand", "kommunal", "gjeste", "elev", "bygnings", "politiske")


def soft_hyphenate(text: str) -> str:
    def one(m: re.Match) -> str:
        w = m.group(0)
        if len(w) < 11:
            return w
        hyphenated = shared.hyphenate_after_head(w, SHY_HEADS, 4)
        if hyphenated:
            return hyphenated
        # otherwise a syllable break in the middle: consonant before vowel
        low = w.lower()
        vowels = set("aeiouyæøå")
        mid = len(w) // 2
        for i in sorted(range(4, len(w) - 4), key=lambda i: abs(i - mid)):
            if low[i] not in vowels and low[i + 1] in vowels and low[i - 1] in vowels:
                return w[:i] + "\xad" + w[i:]
        return w
    return re.sub(r"[A-Za-zÆØÅæøå]+", one, text)


def render_pdf(path: Path) -> int:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas as rl_canvas
    from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageBreak,
                                    PageTemplate, Paragraph, Spacer)

    W, H = A4
    margin = 22 * mm
    navy = colors.HexColor("#123B5A")
    sea = colors.HexColor("#2E7D8C")

    class NumberedCanvas(rl_canvas.Canvas):
        """Draws header and «side N av M» once the total page count is known."""

        def __init__(self, *a, **kw):
            super().__init__(*a, **kw)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total):
            n = self._pageNumber
            self.saveState()
            if n > 1:
                self.setFillColor(sea)
                self.rect(margin, H - 16 * mm, W - 2 * margin, 0.8 * mm, stroke=0, fill=1)
                self.setFont("Times-Italic", 9)
                self.setFillColor(navy)
                self.drawString(margin, H - 14 * mm, "Havlandet kommune – Kommuneplanens samfunnsdel")
            self.setFont("Times-Roman", 9)
            self.setFillColor(colors.black)
            self.drawRightString(W - margin, 12 * mm, f"side {n} av {total}")
            self.restoreState()

    body = ParagraphStyle("body", fontName="Times-Roman", fontSize=11, leading=14.5,
                          alignment=TA_JUSTIFY, spaceAfter=6, embeddedHyphenation=1,
                          hyphenationLang="", uriWasteReduce=0.3)
    body_col = ParagraphStyle("bodycol", parent=body, fontSize=10.5, leading=13.5)
    h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=17, leading=21, textColor=navy,
                        spaceBefore=6, spaceAfter=10)
    h2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=12.5, leading=16, textColor=sea,
                        spaceBefore=8, spaceAfter=4)
    bullet = ParagraphStyle("bul", parent=body, alignment=0, spaceAfter=2)
    cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=9.5, leading=12)
    cellb = ParagraphStyle("cellb", parent=cell, fontName="Helvetica-Bold", textColor=colors.white)
    caption = ParagraphStyle("cap", fontName="Helvetica-Oblique", fontSize=9.5, leading=12,
                             spaceBefore=6, spaceAfter=4)

    doc = BaseDocTemplate(str(path), pagesize=A4, leftMargin=margin, rightMargin=margin,
                          topMargin=24 * mm, bottomMargin=22 * mm,
                          title="Kommuneplanens samfunnsdel 2023–2035 – Havlandet kommune (fiktiv)",
                          author="Havlandet kommune (fiktiv)", subject="Fiktive eksempeldata")
    fw, fh = doc.width, doc.height
    gap = 8 * mm
    one = Frame(doc.leftMargin, doc.bottomMargin, fw, fh, id="one")
    left = Frame(doc.leftMargin, doc.bottomMargin, (fw - gap) / 2, fh, id="left")
    right = Frame(doc.leftMargin + (fw + gap) / 2, doc.bottomMargin, (fw - gap) / 2, fh, id="right")

    def rule(canv, d):
        canv.saveState()
        canv.setStrokeColor(colors.HexColor("#9FB8C4"))
        canv.setLineWidth(0.4)
        x = doc.leftMargin + fw / 2
        canv.line(x, doc.bottomMargin, x, doc.bottomMargin + fh)
        canv.restoreState()

    doc.addPageTemplates([PageTemplate("one", [one]), PageTemplate("two", [left, right], onPage=rule)])

    # ---- title page
    kicker = ParagraphStyle("k", fontName="Helvetica-Bold", fontSize=13, textColor=sea, leading=16)
    title = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=26, leading=31, textColor=navy)
    decision = ParagraphStyle("s", fontName="Times-Italic", fontSize=13, leading=17)
    story = shared.spaced(30 * mm, Paragraph("HAVLANDET KOMMUNE", kicker), 6 * mm,
                          Paragraph("Kommuneplanens samfunnsdel 2023–2035", title), 4 * mm,
                          Paragraph("Vedtatt av kommunestyret 15. juni 2023, sak 41/23", decision),
                          14 * mm)
    fiction = Paragraph(FICTION, ParagraphStyle("n", fontName="Helvetica", fontSize=10, leading=13))
    note = shared.styled_table([[fiction]], [fw],
                               [("BOX", (0, 0), (-1, -1), 1, colors.HexColor("#B03A2E")),
                                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#FBEDEA")),
                                *shared.padding(left=8, right=8, top=6, bottom=6)])
    story += [note, Spacer(1, 12 * mm),
              Paragraph("Innhold", h2)]
    toc = ["1 Innledning", "2 Havlandet i dag", "3 Visjon og hovedmål", "4 Satsingsområder",
           "5 Arealstrategier", "6 Oppfølging og rapportering"]
    story += [Paragraph(t, ParagraphStyle("toc", fontName="Times-Roman", fontSize=11.5, leading=17))
              for t in toc]
    story.append(PageBreak())

    in_cols = False
    for el in SAMFUNNSDEL:
        kind = el[0]
        st = body_col if in_cols else body
        if kind == "h1":
            story.append(Paragraph(el[1], h1))
        elif kind == "h2":
            story.append(Paragraph(el[1], h2))
        elif kind == "p":
            story.append(Paragraph(soft_hyphenate(el[1]), st))
        elif kind == "bul":
            story.append(shared.bullet_list([soft_hyphenate(t) for t in el[1]], bullet, "\u2022",
                                            14, bulletFontSize=9))
            story.append(Spacer(1, 4))
        elif kind == "vision":
            title = Paragraph(el[1].upper(), ParagraphStyle("vt", fontName="Helvetica-Bold",
                                                             fontSize=10, textColor=sea))
            vision = Paragraph(el[2], ParagraphStyle("vv", fontName="Times-BoldItalic", fontSize=20,
                                                     leading=26, textColor=navy, alignment=1))
            box = shared.styled_table([[title], [vision]], [fw * 0.8],
                                      [("BOX", (0, 0), (-1, -1), 2, sea),
                                       ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#EAF4F6")),
                                       *shared.padding(top=8, bottom=10)])
            story += [box, Spacer(1, 8)]
        elif kind == "table":
            _, cap, rows, shares = el
            t = shared.data_table(rows, [fw * s for s in shares], cellb, cell,
                                  [("BACKGROUND", (0, 0), (-1, 0), navy),
                                   ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7A8C99")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("ROWBACKGROUNDS", (0, 1), (-1, -1),
                                    [colors.white, colors.HexColor("#F1F5F7")])])
            story.append(shared.captioned(cap, caption, t, 8))
        elif kind == "twocol":
            story.append(NextPageTemplate("two"))
            in_cols = True
        elif kind == "onecol":
            story.append(NextPageTemplate("one"))
            in_cols = False
        elif kind == "pagebreak":
            story.append(PageBreak())
        else:
            raise ValueError(kind)
    doc.build(story, canvasmaker=NumberedCanvas)
    return shared.pdf_page_count(path)


# =====================================================================================
# 2. Kunnskapsgrunnlag 2025 (DOCX)
# =====================================================================================
# ("h1", text) ("h2", text) ("p", text) ("ul", [items]) ("table", caption, rows)

KUNNSKAPSGRUNNLAG = [
    ("h1", "Om dette dokumentet"),
    ("p", "Dette kunnskapsgrunnlaget er utarbeidet av kommunedirektørens ledergruppe som "
          "forberedelse til at det nye kommunestyret skal ta stilling til om kommuneplanens "
          "samfunnsdel 2023–2035 skal revideres. Det beskriver situasjonen og utviklingstrekkene "
          "i Havlandet innenfor samfunnsutvikling, tjenesteyting, beredskap og økonomi, og det "
          "oppsummerer nasjonale og regionale føringer. Dokumentet tar ikke stilling til hvilke "
          "veivalg kommunestyret bør gjøre."),
    ("p", "Tallene er hentet fra SSB, KOSTRA, kommunens egne fagsystemer og regnskapet for 2024. "
          "Der ikke annet er oppgitt, gjelder tallene per 1. januar 2025. Ledergruppen har "
          "kvalitetssikret innholdet i møte 11. mars 2025."),

    ("h1", "Befolkning"),
    ("h2", "Folketall og utvikling"),
    ("p", "Havlandet hadde 9 104 innbyggere 1. januar 2025. Det er 83 færre enn tre år tidligere. "
          "Nedgangen skyldes først og fremst et fødselsunderskudd: i 2024 ble det født 61 barn, "
          "mens 104 personer døde. Nettoinnflyttingen var positiv med 22 personer, og det var "
          "innvandring fra utlandet som ga overskuddet. Innenlands flyttet flere ut enn inn, "
          "særlig i aldersgruppen 19–29 år."),
    ("p", "Fordelingen mellom kretsene er skjev. Havvik har 4 730 innbyggere og er den eneste "
          "kretsen som har vokst de siste ti årene. Nordstrand har 2 140, Kvitneset 1 597 og Ytre "
          "Holmen 637 innbyggere. På Ytre Holmen er nesten hver tredje innbygger over 67 år."),
    ("table", "Tabell 1. Befolkningsframskriving etter alder, hovedalternativet (SSB, 2024)", [
        ["Aldersgruppe", "2025", "2030", "2035", "2040"],
        ["0–5 år", "428", "402", "391", "384"],
        ["6–15 år", "962", "884", "812", "776"],
        ["16–19 år", "418", "401", "366", "342"],
        ["20–66 år", "5 196", "4 985", "4 801", "4 620"],
        ["67–79 år", "1 588", "1 672", "1 705", "1 668"],
        ["80 år og over", "512", "640", "804", "910"],
        ["I alt", "9 104", "8 984", "8 879", "8 700"],
    ]),
    ("p", "I hovedalternativet går folketallet ned til om lag 8 700 innbyggere i 2040. Antallet "
          "personer over 80 år øker fra 512 til 910, mens antallet barn i grunnskolealder går ned "
          "med nesten en femtedel. Forsørgerbyrden blir tyngre: i 2025 er det 3,2 personer i "
          "yrkesaktiv alder per person over 67 år, i 2040 er det 2,5. I alternativet med høy "
          "innvandring holder folketallet seg på dagens nivå, i alternativet med lav innvandring "
          "faller det til 8 310."),
    ("h2", "Innvandring og mangfold"),
    ("p", "Innvandrere utgjør 13,4 prosent av befolkningen. De største gruppene kommer fra Polen, "
          "Litauen og Filippinene. De fleste kom for å arbeide i sjømatnæringen, og mange har "
          "etter hvert fått familien hit. Barn med et annet morsmål enn norsk utgjør en av seks "
          "i barnehagene."),

    ("h1", "Næringsliv, arbeid og pendling"),
    ("h2", "Arbeidsplasser"),
    ("p", "Det var 4 020 arbeidsplasser i Havlandet i 2024. Havbasert næring, det vil si havbruk, "
          "fiske, fiskeforedling og tilhørende leverandører, sto for 1 094 av dem. Offentlig "
          "sektor er den nest største med 1 210 arbeidsplasser, hvorav kommunen selv har om lag "
          "860 årsverk. Registrert arbeidsledighet var 1,9 prosent i desember 2024."),
    ("table", "Tabell 2. Arbeidsplasser etter næring i Havlandet, 2024", [
        ["Næring", "Arbeidsplasser", "Endring siden 2019"],
        ["Havbruk og fiske", "642", "+118"],
        ["Fiskeforedling og sjømatindustri", "452", "+36"],
        ["Offentlig forvaltning, helse og undervisning", "1 210", "+22"],
        ["Varehandel og service", "618", "−41"],
        ["Reiseliv og servering", "296", "+54"],
        ["Bygg, anlegg og annen industri", "802", "+9"],
        ["Sum", "4 020", "+198"],
    ]),
    ("p", "Kvitneset Sjømat AS er den største private arbeidsgiveren med 214 ansatte. De tre "
          "oppdrettsselskapene i kommunen har til sammen 390 ansatte. Kommunen mottok 18,6 "
          "millioner kroner fra havbruksfondet i 2024, mot 41 millioner kroner i 2022. "
          "Inntektene fra fondet svinger mye fra år til år og er ikke lagt inn i den faste "
          "driften."),
    ("p", "Reiselivet hadde 61 200 kommersielle gjestedøgn i 2024. Tre av fire gjestedøgn var i "
          "perioden mai–august. Cruiseanløpene til Havvik økte fra 9 i 2019 til 17 i 2024."),
    ("h2", "Pendling"),
    ("p", "Om lag 1 150 innbyggere pendler ut av kommunen til arbeid, de fleste til regionsenteret "
          "Storvåg. 640 personer pendler inn til Havlandet, først og fremst til sjømatindustrien og "
          "helsetjenestene. Fra Ytre Holmen pendler 112 personer daglig med ferja til fastlandet."),

    ("h1", "Oppvekst"),
    ("h2", "Barnehager"),
    ("p", "Kommunen har fem barnehager, tre kommunale og to private, med til sammen 352 barn. "
          "Dekningsgraden for barn 1–5 år er 91 prosent. Andelen ansatte med "
          "barnehagelærerutdanning er 44 prosent, som er under landsgjennomsnittet."),
    ("h2", "Grunnskoler og elevtall"),
    ("p", "Kommunen har fire grunnskoler med til sammen 958 elever skoleåret 2024/25. Havvik "
          "skole er den eneste ungdomsskolen, og elever fra Ytre Holmen tar ferja til Havvik fra "
          "8. trinn."),
    ("table", "Tabell 3. Elevtall per skole, skoleåret 2024/25, og framskrevet elevtall 2030", [
        ["Skole", "Trinn", "Elever 2024/25", "Framskrevet 2030"],
        ["Havvik skole", "1–10", "596", "560"],
        ["Nordstrand skole", "1–7", "198", "176"],
        ["Kvitneset skole", "1–7", "131", "112"],
        ["Ytre Holmen skole", "1–7", "33", "21"],
        ["Sum", "", "958", "869"],
    ]),
    ("p", "Ytre Holmen skole har fire lærerårsverk og undervisning i to aldersblandede grupper. "
          "Utgiftene per elev er om lag dobbelt så høye som ved Havvik skole. Reisetiden med ferje "
          "og buss fra Ytre Holmen til Havvik skole er om lag 55 minutter hver vei."),
    ("p", "Andelen elever som fullfører videregående opplæring innen fem år, var 78 prosent for "
          "kullet som startet i 2018. Elevundersøkelsen 2024 viser at 7,9 prosent av elevene på "
          "7. og 10. trinn opplever mobbing, som er høyere enn i fylket."),

    ("h1", "Helse og omsorg"),
    ("h2", "Sykehjem og heldøgns omsorg"),
    ("p", "Havlandet helse- og omsorgssenter i Havvik har 54 sykehjemsplasser, hvorav 12 er "
          "korttidsplasser og 14 er i skjermet enhet for personer med demens. I tillegg har "
          "kommunen 46 omsorgsboliger, hvorav 20 har heldøgns bemanning. Det var i snitt 7 "
          "personer på venteliste til langtidsplass i 2024."),
    ("p", "Dersom dekningsgraden holdes på dagens nivå, vil kommunen trenge om lag 30 flere "
          "plasser med heldøgns omsorg innen 2035, fordi antallet innbyggere over 80 år øker så "
          "sterkt."),
    ("h2", "Hjemmetjenester"),
    ("p", "Hjemmetjenesten hadde 318 brukere ved utgangen av 2024 og er organisert i tre soner: "
          "Havvik, Nordstrand–Kvitneset og Ytre Holmen. På Ytre Holmen er det en egen base med to "
          "ansatte på dagtid; om natten dekkes øya av nattpatrulje med ferje eller båt ved behov."),
    ("table", "Tabell 4. Nøkkeltall for helse og omsorg, 2024", [
        ["Indikator", "Havlandet", "Landet"],
        ["Andel innbyggere 80+ i institusjon", "10,5 %", "11,9 %"],
        ["Andel innbyggere 80+ med hjemmetjenester", "31 %", "29 %"],
        ["Andel sykepleierårsverk med fagutdanning", "86 %", "92 %"],
        ["Legeårsverk per 10 000 innbyggere", "11,0", "11,8"],
        ["Sykefravær i helse og omsorg", "10,2 %", "9,1 %"],
    ]),
    ("h2", "Rekruttering"),
    ("p", "Ved utgangen av 2024 var 9,5 sykepleierårsverk ubesatt, og kommunen brukte 6,8 "
          "millioner kroner på innleie fra vikarbyrå. Om lag 40 prosent av de ansatte i "
          "helse og omsorg er over 55 år."),
    ("h2", "Folkehelse og legetjenester"),
    ("p", "Kommunen har sju fastlegehjemler, og alle var besatt per januar 2025. Legevakten er "
          "interkommunal og ligger i Storvåg, med en kjøretid på opptil 70 minutter fra "
          "Kvitneset. Folkehelseprofilen viser høyere andel med muskel- og skjelettplager og "
          "lavere andel som er fysisk aktive enn i landet for øvrig. Andelen voksne med "
          "overvekt eller fedme er 31 prosent."),

    ("h1", "Bolig"),
    ("p", "Det er 4 310 boliger i kommunen, og 78 prosent av dem er eneboliger. Bare 11 prosent "
          "er leiligheter, og nesten alle ligger i Havvik. Kommunen eier 96 utleieboliger, "
          "hvorav 46 er omsorgsboliger. I perioden 2020–2024 ble det i gjennomsnitt fullført 24 "
          "nye boliger i året."),
    ("p", "Arbeidsgivere i sjømatnæringen og i helsetjenestene melder at mangel på utleieboliger "
          "gjør det vanskelig å rekruttere. Samtidig står om lag 260 boliger ubebodd, mange av dem "
          "arvede hus på Ytre Holmen og Kvitneset. Det er 1 480 fritidsboliger i kommunen."),

    ("h1", "Kommuneøkonomi"),
    ("h2", "Regnskap og nøkkeltall"),
    ("p", "Kommunens brutto driftsinntekter var 1 046 millioner kroner i 2024. Netto "
          "driftsresultat ble 8,4 millioner kroner, som er 0,8 prosent av driftsinntektene. "
          "Kommunestyrets handlingsregel sier at netto driftsresultat over tid skal være minst "
          "1,75 prosent. Målet er ikke nådd noen av de tre siste årene."),
    ("table", "Tabell 5. Finansielle nøkkeltall og handlingsregler", [
        ["Nøkkeltall", "2022", "2023", "2024", "Handlingsregel"],
        ["Netto driftsresultat, prosent", "1,2", "−0,4", "0,8", "minst 1,75"],
        ["Disposisjonsfond, prosent av inntekter", "5,9", "4,4", "3,6", "minst 8"],
        ["Netto lånegjeld, prosent av inntekter", "112", "119", "125", "høyst 100"],
        ["Netto lånegjeld, millioner kroner", "1 120", "1 225", "1 310", "–"],
    ]),
    ("p", "Disposisjonsfondet var 38 millioner kroner ved utgangen av 2024. Det tilsvarer 3,6 "
          "prosent av driftsinntektene og er under halvparten av det handlingsregelen krever. "
          "Fondet ble redusert fordi det ble brukt til å dekke underskuddet i 2023."),
    ("p", "Netto lånegjeld var 1 310 millioner kroner, eller 125 prosent av driftsinntektene. "
          "Gjelden har økt etter byggingen av ny ungdomsskolefløy ved Havvik skole og nytt "
          "vannverk. Renter og avdrag utgjør nå 74 millioner kroner i året. Med dagens gjeldsgrad "
          "er handlingsrommet for nye investeringer svært begrenset, og en renteøkning på ett "
          "prosentpoeng vil øke renteutgiftene med om lag 9 millioner kroner i året."),
    ("h2", "Ferjesambandet og økonomien"),
    ("p", "Ferjesambandet Havvik–Ytre Holmen drives av fylkeskommunen. Havlandet kommune betaler "
          "likevel 3,2 millioner kroner i året for ekstra kveldsavganger og helgeavganger som "
          "ikke inngår i fylkeskommunens ruteplan. Avtalen gjelder til 2027."),

    ("h1", "Klima, miljø og samfunnssikkerhet"),
    ("h2", "Helhetlig ROS-analyse"),
    ("p", "Den helhetlige risiko- og sårbarhetsanalysen ble revidert i 2024. Den omfatter 16 "
          "uønskede hendelser. Hendelsene med høyest risiko er stormflo i Havvik sentrum, "
          "langvarig brudd i ferjesambandet til Ytre Holmen, svikt i strømforsyningen og "
          "ekom under ekstremvær, og steinsprang over fylkesveien ved Kvitneset."),
    ("table", "Tabell 6. Utvalgte hendelser i ROS-analysen 2024", [
        ["Hendelse", "Sannsynlighet", "Konsekvens", "Risiko"],
        ["Stormflo i Havvik sentrum", "Middels", "Stor", "Høy"],
        ["Brudd i ferjesambandet over tre døgn", "Middels", "Stor", "Høy"],
        ["Strømbrudd over 48 timer", "Lav", "Svært stor", "Høy"],
        ["Steinsprang over fylkesveien ved Kvitneset", "Høy", "Middels", "Høy"],
        ["Forurenset drikkevann", "Lav", "Stor", "Middels"],
        ["Pandemi", "Lav", "Stor", "Middels"],
    ]),
    ("h2", "Stormflo og havnivå"),
    ("p", "Et stormflonivå med 200 års gjentaksintervall er i dag beregnet til 2,4 meter over "
          "middelvann i Havvik. Med forventet havnivåstigning blir nivået 2,9 meter innen 2100. "
          "Om lag 40 bygninger i Havvik sentrum, blant dem kaifronten og to sjøhus brukt til "
          "næring, ligger lavere enn dette. Stormen i februar 2020 satte kaia under vann og ga "
          "skader for om lag 12 millioner kroner."),
    ("h2", "Skred"),
    ("p", "Aktsomhetskart fra NVE viser fare for steinsprang og jordskred langs fylkesveien mellom "
          "Nordstrand og Kvitneset. Fylkesveien ble stengt fire ganger i 2023 og 2024 på grunn av "
          "steinsprang, og omkjøring er ikke mulig."),
    ("h2", "Ferjeavhengighet"),
    ("p", "Ytre Holmen er helt avhengig av ferja for forsyninger, pendling, skoleskyss og "
          "helsetjenester. Ferja gikk ikke i til sammen 11 døgn i 2024 på grunn av vær og "
          "tekniske feil. Når ferja står, er beredskapen på øya basert på redningsskøyta og en "
          "avtale med en lokal båteier om akuttransport."),
    ("h2", "Klimagassutslipp"),
    ("p", "Miljødirektoratets statistikk viser at utslippene i kommunen var 38 400 tonn "
          "CO2-ekvivalenter i 2022. Sjøfart og fiske står for over halvparten. Kommunens egne "
          "utslipp fra bygg, kjøretøy og båter er beregnet til om lag 2 100 tonn, ned fra 2 400 "
          "tonn i 2021."),

    ("h1", "Samferdsel og digital infrastruktur"),
    ("p", "Fylkesveien gjennom kommunen er eneste veiforbindelse mellom Havvik og Kvitneset og "
          "videre til Storvåg. Bussen går sju ganger daglig på hverdager mellom Havvik og Storvåg. "
          "Ferja mellom Havvik og Ytre Holmen har 14 avganger på hverdager, og overfarten tar "
          "25 minutter. Ferjekaia på Ytre Holmen ble bygget i 1986 og har ikke landstrøm."),
    ("p", "Andelen husstander med tilbud om høyhastighets bredbånd er 94 prosent. De fleste som "
          "mangler tilbud, bor spredt på Ytre Holmen og i ytre deler av Kvitneset. "
          "Mobildekningen er svak langs deler av fylkesveien, noe som også er omtalt i "
          "ROS-analysen."),
    ("h1", "Kommunen som organisasjon"),
    ("p", "Kommunen hadde om lag 860 årsverk fordelt på 1 040 ansatte ved utgangen av 2024. "
          "Sykefraværet i hele organisasjonen var 8,7 prosent. Gjennomsnittsalderen blant de "
          "ansatte er 47 år, og kommunen venter at om lag 150 ansatte går av med pensjon innen "
          "2030. Kommunen har 21 lærlinger, de fleste innen helsearbeiderfaget og "
          "barne- og ungdomsarbeiderfaget."),
    ("h1", "Nasjonale og regionale føringer"),
    ("p", "Kommunestyret skal ta hensyn til nasjonale og regionale føringer når samfunnsdelen "
          "revideres. De viktigste er:"),
    ("ul", [
        "Nasjonale forventninger til regional og kommunal planlegging 2023–2027, som vektlegger "
        "bærekraftig utvikling, klimatilpasning og levende lokalsamfunn i hele landet.",
        "Statlige planretningslinjer for differensiert forvaltning av strandsonen langs sjøen, som "
        "plasserer Havlandet i sone 3 med mindre press på arealene.",
        "Statlige planretningslinjer for klima- og energiplanlegging og klimatilpasning.",
        "Regional kystsoneplan for Vestre Havfylke 2021–2033, som gir rammer for havbruk, "
        "fiskeri og ferdsel i sjøområdene.",
        "Regional planstrategi 2024–2028 for Vestre Havfylke, der kompetanse, bosetting og "
        "samferdsel til øyene er prioritert.",
        "Statsforvalterens forventningsbrev til kommunene 2025, som særlig ber kommunene "
        "rapportere på jordvern, beredskap og tjenester til eldre.",
    ]),
    ("p", "Fylkeskommunen har varslet at den vil utrede en ny anbudsrunde for ferjesambandet "
          "Havvik–Ytre Holmen med mulig nullutslippsferje fra 2028. Utredningen skal legges fram "
          "høsten 2025."),

    ("h1", "Oppsummering av utviklingstrekk"),
    ("ul", [
        "Folketallet går svakt ned, og det blir langt flere eldre og færre barn.",
        "Sjømatnæringen vokser og trenger arbeidskraft og boliger.",
        "Helse og omsorg får økende behov og har rekrutteringsproblemer.",
        "Økonomien er svak, med lavt driftsresultat, lite fond og høy gjeld.",
        "Klimaendringene øker risikoen for stormflo og skred, og Ytre Holmen er sårbar når "
        "ferja ikke går.",
    ]),
]


def render_docx(path: Path) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    doc = shared.new_docx("Kunnskapsgrunnlag 2025 – Havlandet kommune (fiktiv)",
                          "Havlandet kommune (fiktiv)", "Fiktive eksempeldata for evaluering",
                          "2025-03-11")
    shared.add_run_paragraph(doc, "Havlandet kommune", alignment=WD_ALIGN_PARAGRAPH.CENTER,
                             size=14, color="2E7D8C")
    doc.add_heading("Kunnskapsgrunnlag 2025 – kommunens situasjon og utviklingstrekk", level=0)
    shared.add_run_paragraph(doc, FICTION, italic=True, color="B03A2E")

    table = shared.docx_table_handler(style="Light Grid Accent 1",
                                      caption_format={"bold": True, "size": 10})
    shared.add_docx_elements(doc, KUNNSKAPSGRUNNLAG, {"table": table})
    shared.save_docx(doc, path)


def main() -> None:
    pages = render_pdf(PDF_PATH)
    render_docx(DOCX_PATH)
    author = "Havlandet kommune (fiktiv)"
    pdf_meta = {"title": "Kommuneplanens samfunnsdel 2023–2035 – Havlandet kommune",
                "authors": author, "date": "2023-06-15", "kind": "samfunnsdel"}
    docx_meta = {"title": "Kunnskapsgrunnlag 2025 – Havlandet kommune",
                 "authors": author, "date": "2025-03-11", "kind": "kunnskapsgrunnlag"}
    shared.finish(pages, (PDF_PATH, pdf_meta, SAMFUNNSDEL),
                  (DOCX_PATH, docx_meta, KUNNSKAPSGRUNNLAG))


if __name__ == "__main__":
    main()
