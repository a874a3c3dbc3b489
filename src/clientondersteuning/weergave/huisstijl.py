"""cot's house style for every Word document: fonts, colours, margins, language, header and footer.

Without a template the base is a blank python-docx document, restyled here: A4, a calm sans
font, a header with the organisation and a footer with page numbers. With a template (a .docx
in an organisation's house style) its styles are kept; styles it lacks are copied from the
blank document. Also the small table helpers every document shares (cell text, shading, widths).
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import zipfile
from pathlib import Path
from typing import Any

from ..fouten import CotFout, Melding, toon_pad

LETTERTYPE = "Arial"  # metrically the same as Liberation Sans, so LibreOffice lays it out alike
TAAL = "nl-NL"
KLEUR_KOP = "1F3A5F"  # dark blue, like the headings of a municipal document
KLEUR_ACCENT = "2E75B6"
KLEUR_GRIJS = "595959"
KLEUR_TABELKOP = "DCE6F0"
# The team matrix (Word and Excel): red 2 or more below the norm, yellow 1 below, green fine, grey unassessed.
TEAM_KLEUREN = {"tekort2": "F4B6B6", "tekort1": "FFE699", "in_orde": "C6EFCE", "niet_beoordeeld": "E7E6E6"}

# Styles the renderer uses; a template that lacks one gets a copy from the blank document.
STIJLEN = ("Normal", "Title", "Subtitle", "Heading 1", "Heading 2", "Heading 3", "List Bullet", "List Bullet 2",
           "List Number", "List Number 2", "Quote", "Table Grid", "Header", "Footer")



# ---- the base document ------------------------------------------------------------------------


def _open_sjabloon(pad: Path) -> Any:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    from ..bestanden import lees_bytes
    from .wordpakket import MAX_DOCX, controleer_pakket

    naam = toon_pad(pad)
    inhoud = lees_bytes(pad, MAX_DOCX, naam, wat="Word-sjabloon")
    if pad.suffix.lower() in (".dotx", ".dotm"):
        raise CotFout(Melding(naam, code="sjabloon", tekst=(
            "kan het Word-sjabloon niet openen: een Word-sjabloon (.dotx) wordt niet ondersteund; sla het "
            "op als document (.docx)")))
    controleer_pakket(inhoud, naam)
    try:
        doc = docx.Document(io.BytesIO(inhoud))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, OSError) as fout:
        uitleg = "het is geen Word-bestand (.docx)"
        if "template" in str(fout).lower():
            uitleg = "een Word-sjabloon (.dotx) wordt niet ondersteund; sla het op als document (.docx)"
        raise CotFout(Melding(naam, code="sjabloon",
                              tekst=f"kan het Word-sjabloon niet openen: {uitleg}")) from None
    except Exception:  # a broken part inside the package (lxml, zip CRC ...)
        raise CotFout(Melding(naam, code="sjabloon", tekst=(
            "kan het Word-sjabloon niet openen: het bestand is beschadigd; open het in Word en sla het "
            "opnieuw op"))) from None
    _leeg_body(doc)
    _zorg_voor_stijlen(doc)
    return doc


def _leeg_body(doc: Any) -> None:
    """Remove the template's content; keep the last section properties (page setup, header, footer)."""
    from docx.oxml.ns import qn

    body = doc.element.body
    for kind in list(body):
        if kind.tag != qn("w:sectPr"):
            body.remove(kind)


def _zorg_voor_stijlen(doc: Any) -> None:
    import docx
    from docx.oxml.ns import qn

    ontbreekt = []
    for naam in STIJLEN:
        try:
            doc.styles[naam]
        except KeyError:
            ontbreekt.append(naam)
    if not ontbreekt:
        return
    standaard = docx.Document()
    ids = {s.get(qn("w:styleId")) for s in doc.styles.element.findall(qn("w:style"))}
    for naam in ontbreekt:
        kopie = copy.deepcopy(standaard.styles[naam].element)
        for overbodig in kopie.findall(".//" + qn("w:numPr")) + kopie.findall(qn("w:link")):
            overbodig.getparent().remove(overbodig)
        basis = kopie.find(qn("w:basedOn"))
        if basis is not None and basis.get(qn("w:val")) not in ids:
            kopie.remove(basis)
        stijl_id = kopie.get(qn("w:styleId"))
        if stijl_id in ids:
            stijl_id = "Cot" + stijl_id
            kopie.set(qn("w:styleId"), stijl_id)
        ids.add(stijl_id)
        doc.styles.element.append(kopie)


def _rfonts(rpr: Any, lettertype: str) -> None:
    from docx.oxml.ns import qn

    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        from docx.oxml import OxmlElement

        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        if rfonts.get(qn(attr)) is not None:
            del rfonts.attrib[qn(attr)]
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(attr), lettertype)


def _taal(doc: Any) -> None:
    """nl-NL as the language of the document defaults, of every paragraph style and of the settings."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def zet(rpr: Any) -> None:
        lang = rpr.find(qn("w:lang"))
        if lang is None:
            lang = OxmlElement("w:lang")
            rpr.append(lang)
        lang.set(qn("w:val"), TAAL)
        lang.set(qn("w:eastAsia"), TAAL)

    styles = doc.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = OxmlElement("w:rPrDefault")
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        rpr_default.append(rpr)
    zet(rpr)
    for stijl in doc.styles:
        if stijl.type == 1 and stijl.name in STIJLEN:  # paragraph styles the profile uses
            zet(stijl.element.get_or_add_rPr())
    instellingen = doc.settings.element
    taal = instellingen.find(qn("w:themeFontLang"))
    if taal is not None:
        taal.set(qn("w:val"), TAAL)


def _huisstijl(doc: Any) -> None:
    """The default look: sober and professional, like a gemeente's own document."""
    from docx.enum.text import WD_LINE_SPACING
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor

    sectie = doc.sections[0]
    sectie.page_width, sectie.page_height = Cm(21.0), Cm(29.7)
    sectie.left_margin = sectie.right_margin = Cm(2.5)
    sectie.top_margin, sectie.bottom_margin = Cm(2.5), Cm(2.2)
    sectie.header_distance = sectie.footer_distance = Cm(1.2)

    defaults = doc.styles.element.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    _rfonts(rpr, LETTERTYPE)

    def stijl(naam: str, grootte: float, vet: bool = False, kleur: str | None = None, voor: float = 0,
              na: float = 6, cursief: bool = False, bij_volgende: bool = False) -> Any:
        s = doc.styles[naam]
        _rfonts(s.element.get_or_add_rPr(), LETTERTYPE)
        s.font.size = Pt(grootte)
        s.font.bold = vet
        s.font.italic = cursief
        s.font.color.rgb = RGBColor.from_string(kleur) if kleur else RGBColor.from_string("222222")
        pf = s.paragraph_format
        pf.space_before, pf.space_after = Pt(voor), Pt(na)
        pf.keep_with_next = bij_volgende
        return s

    normaal = stijl("Normal", 10)
    normaal.paragraph_format.line_spacing_rule = WD_LINE_SPACING.MULTIPLE
    normaal.paragraph_format.line_spacing = 1.15
    titel = stijl("Title", 22, vet=True, kleur=KLEUR_KOP, na=4)
    # The blank document's Title has a blue bottom border and expanded spacing; keep a calm line.
    ppr = titel.element.get_or_add_pPr()
    for rand in ppr.findall(qn("w:pBdr")):
        ppr.remove(rand)
    stijl("Subtitle", 11, kleur=KLEUR_GRIJS, na=18, cursief=False)
    for naam in ("Title", "Subtitle"):  # no expanded letter spacing
        for spacing in doc.styles[naam].element.get_or_add_rPr().findall(qn("w:spacing")):
            spacing.getparent().remove(spacing)
    stijl("Heading 1", 14, vet=True, kleur=KLEUR_KOP, voor=18, na=6, bij_volgende=True)
    stijl("Heading 2", 11.5, vet=True, kleur=KLEUR_KOP, voor=12, na=4, bij_volgende=True)
    stijl("Heading 3", 10.5, vet=True, kleur=KLEUR_KOP, voor=10, na=3, bij_volgende=True)
    for naam in ("List Bullet", "List Bullet 2", "List Number", "List Number 2"):
        stijl(naam, 10, na=3)
    quote = stijl("Quote", 10, cursief=True, kleur=KLEUR_GRIJS, voor=4, na=8)
    quote.paragraph_format.left_indent = Cm(0.6)
    quote.paragraph_format.right_indent = Cm(0.6)
    _linker_rand(quote.element.get_or_add_pPr(), KLEUR_ACCENT)
    for naam in ("Header", "Footer"):
        s = stijl(naam, 8.5, kleur=KLEUR_GRIJS, na=0)
        ppr = s.element.get_or_add_pPr()
        for tabs in ppr.findall(qn("w:tabs")):  # the blank document's centre and right tabs (Letter size)
            ppr.remove(tabs)
    for naam in ("Title", "Subtitle", "Heading 1", "Heading 2", "Heading 3"):
        # No theme fonts or theme colours left in the headings (they would override ours).
        rpr_kop = doc.styles[naam].element.get_or_add_rPr()
        kleur = rpr_kop.find(qn("w:color"))
        if kleur is not None:
            for attr in ("w:themeColor", "w:themeShade", "w:themeTint"):
                if kleur.get(qn(attr)) is not None:
                    del kleur.attrib[qn(attr)]


def _linker_rand(ppr: Any, kleur: str) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    for rand in ppr.findall("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}pBdr"):
        ppr.remove(rand)
    rand = parse_xml(f'<w:pBdr {nsdecls("w")}><w:left w:val="single" w:sz="12" w:space="8" '
                     f'w:color="{kleur}"/></w:pBdr>')
    # pBdr comes before spacing/ind/jc in pPr's sequence.
    volgorde = ("shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap", "overflowPunct", "topLinePunct",
                "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid", "spacing", "ind",
                "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc", "textDirection",
                "textAlignment",
                "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange")
    for kind in ppr:
        if kind.tag.split("}")[-1] in volgorde:
            kind.addprevious(rand)
            return
    ppr.append(rand)


def _veld(paragraaf: Any, instructie: str, voorbeeld: str = "1") -> None:
    """A Word field (PAGE, NUMPAGES) that Word and LibreOffice fill in."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    veld = OxmlElement("w:fldSimple")
    veld.set(qn("w:instr"), instructie)
    run = OxmlElement("w:r")
    tekst = OxmlElement("w:t")
    tekst.text = voorbeeld
    run.append(tekst)
    veld.append(run)
    paragraaf._p.append(veld)


def kop_en_voet(doc: Any, links: str, rechts: str, voet_links: str) -> None:
    """A header line (left and right) and a footer with page numbers."""
    from docx.enum.text import WD_TAB_ALIGNMENT

    sectie = doc.sections[0]
    breedte = sectie.page_width - sectie.left_margin - sectie.right_margin
    kop = sectie.header.paragraphs[0]
    kop.style = doc.styles["Header"]
    kop.paragraph_format.tab_stops.add_tab_stop(breedte, WD_TAB_ALIGNMENT.RIGHT)
    kop.add_run(links)
    kop.add_run("\t" + rechts)
    voet = sectie.footer.paragraphs[0]
    voet.style = doc.styles["Footer"]
    voet.paragraph_format.tab_stops.add_tab_stop(breedte, WD_TAB_ALIGNMENT.RIGHT)
    voet.add_run(f"{voet_links}\tPagina ")
    _veld(voet, "PAGE")
    voet.add_run(" van ")
    _veld(voet, "NUMPAGES")


# Who a document is from when no organisation is given: a neutral title, never the tool's name.
NEUTRALE_AFZENDER = "Onafhankelijke cliëntondersteuning"
MAX_EIGENSCHAP = 255  # characters in a core property


def kerngegevens(titel: str, onderwerp: str, auteur: str | None, datum: dt.date | None = None,
                 categorie: str = "", opmerking: str = "") -> dict[str, Any]:
    """The document's core properties (python-docx's names), in the order they are set: title,
    subject, author, nl-NL and the document date.

    Every one is set, so nothing of python-docx's blank document ('generated by python-docx',
    created 2013) is left in a document cot sends out.
    """
    if datum is None:
        from ..profiel import vandaag

        datum = vandaag()
    moment = dt.datetime(datum.year, datum.month, datum.day, 12, 0, tzinfo=dt.UTC)
    afzender = _kort(auteur or NEUTRALE_AFZENDER)
    return {"title": _kort(titel), "subject": _kort(onderwerp), "author": afzender, "last_modified_by": afzender,
            "language": TAAL, "created": moment, "modified": moment, "revision": 1,
            "category": _kort(categorie or onderwerp), "keywords": "onafhankelijke cliëntondersteuning",
            "comments": _kort(opmerking)}


def _kort(tekst: str) -> str:
    """A property holds at most 255 characters (python-docx refuses more): a long name is cut."""
    return tekst if len(tekst) <= MAX_EIGENSCHAP else tekst[:MAX_EIGENSCHAP - 1] + "…"


def zet_kerngegevens(doc: Any, gegevens: dict[str, Any]) -> None:
    cp = doc.core_properties
    for naam, waarde in gegevens.items():
        setattr(cp, naam, waarde)


def eigenschappen(doc: Any, titel: str, onderwerp: str, auteur: str | None, datum: dt.date | None = None,
                  categorie: str = "", opmerking: str = "") -> None:
    """The document's core properties (kerngegevens) set in a python-docx document."""
    zet_kerngegevens(doc, kerngegevens(titel, onderwerp, auteur, datum, categorie, opmerking))


def nieuw_document(titel: str, organisatie: str | None, onderwerp: str, kop_rechts: str | None = None) -> Any:
    """A blank document in cot's house style, for the other documents (vacancy, training reports):

    the same fonts, colours, margins, language and header/footer as the profile, with the
    organisation (or a neutral title) in the header and in the properties.
    """
    import docx

    doc = docx.Document()
    _huisstijl(doc)
    _taal(doc)
    kop_en_voet(doc, organisatie or NEUTRALE_AFZENDER, kop_rechts or titel, onderwerp)
    eigenschappen(doc, titel, onderwerp, organisatie)
    return doc


def als_bytes(doc: Any) -> bytes:
    uit = io.BytesIO()
    doc.save(uit)
    return uit.getvalue()


# ---- tables ------------------------------------------------------------------------------------


def kleur(cel: Any, kleur: str) -> None:
    """Shade a table cell (hex colour)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), kleur)
    cel._tc.get_or_add_tcPr().append(shd)


def zet(cel: Any, tekst: str) -> None:
    """Text into an empty table cell; quicker than cel.text = ..., which rebuilds the cell."""
    from docx.text.paragraph import Paragraph

    Paragraph(cel._tc.p_lst[0], cel).add_run(tekst)


def breedtes(tabel: Any, breedtes: list[Any]) -> None:
    """Column widths: Word reads them from the cells, LibreOffice from the table grid."""
    for kolom, breedte in zip(tabel.columns, breedtes, strict=True):
        kolom.width = breedte
    for rij in tabel.rows:
        for cel, breedte in zip(rij.cells, breedtes, strict=True):
            cel.width = breedte


def rijen_heel(tabel: Any, kopregels: int = 1) -> None:
    """Rows never split across pages and the header row repeats on every page (Word and LibreOffice).

    The header row is also what a tagged PDF marks as header cells (TH), for screen readers.
    """
    from docx.oxml import OxmlElement

    for i, rij in enumerate(tabel.rows):
        tr_pr = rij._tr.get_or_add_trPr()
        tr_pr.append(OxmlElement("w:cantSplit"))
        if i < kopregels:
            tr_pr.append(OxmlElement("w:tblHeader"))
