"""The profile as a Word document, built with python-docx from the same plain data as the Markdown.

Real Word styles throughout (Title, Subtitle, Heading 1/2, List Bullet, List Number, Quote,
Table Grid), so an organisation's house style applies. Without a template the base is a
blank python-docx document, restyled here: A4, a calm sans font, a header with the
organisation and a footer with page numbers. With a template (a .docx in the house style)
its styles, header, footer and page setup are kept and only its body is replaced; styles the
template lacks are copied from the blank document. Lists get their own numbering definitions
(restarting at each list), so numbers and letters match the catalogue's (1–6, a–e, i–iv).
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import zipfile
from pathlib import Path
from typing import Any

from .fouten import CotFout, Melding, toon_pad

LETTERTYPE = "Arial"  # metrically the same as Liberation Sans, so LibreOffice lays it out alike
TAAL = "nl-NL"
KLEUR_KOP = "1F3A5F"  # dark blue, like the headings of a municipal document
KLEUR_ACCENT = "2E75B6"
KLEUR_GRIJS = "595959"
KLEUR_TABELKOP = "DCE6F0"

# Styles the renderer uses; a template that lacks one gets a copy from the blank document.
STIJLEN = ("Normal", "Title", "Subtitle", "Heading 1", "Heading 2", "List Bullet", "List Bullet 2",
           "List Number", "List Number 2", "Quote", "Table Grid", "Header", "Footer")

_ROMEINS = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")


# ---- the base document ------------------------------------------------------------------------


MAX_DOCX = 20 * 1024 * 1024  # bytes of a Word template
MAX_UITGEPAKT = 100 * 1024 * 1024  # its parts together, unpacked (a zip bomb unpacks to gigabytes)
MAX_DELEN = 2000  # parts in the package


def _controleer_pakket(inhoud: bytes, naam: str) -> None:
    """The package before python-docx opens it: size unpacked, the parts, no DTD or entity.

    zipfile stops reading a part at its declared size, so the sum of the declared sizes
    bounds the memory. An entity that lxml leaves unresolved would be written out as is,
    giving a document Word cannot open: refuse it here with a message.
    """
    from lxml import etree

    def fout(tekst: str) -> CotFout:
        return CotFout(Melding(naam, code="sjabloon", tekst=f"kan het Word-sjabloon niet gebruiken: {tekst}"))

    try:
        pakket = zipfile.ZipFile(io.BytesIO(inhoud))
        delen = pakket.infolist()
    except (zipfile.BadZipFile, ValueError, OSError):
        raise fout("het is geen Word-bestand (.docx)") from None
    if len(delen) > MAX_DELEN:
        raise fout(f"het bestand heeft te veel onderdelen (meer dan {MAX_DELEN})")
    if sum(d.file_size for d in delen) > MAX_UITGEPAKT:
        raise fout(f"het bestand is uitgepakt te groot (meer dan {MAX_UITGEPAKT // 1024 // 1024} MB)")
    namen = {d.filename for d in delen}
    for nodig in ("[Content_Types].xml", "word/document.xml"):
        if nodig not in namen:
            raise fout(f"het onderdeel '{nodig}' ontbreekt; open het in Word en sla het opnieuw op")
    parser = etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True)
    for deel in delen:
        if not deel.filename.endswith((".xml", ".rels")):
            continue
        try:
            boom = etree.fromstring(pakket.read(deel), parser)
        except etree.XMLSyntaxError as xmlfout:
            if "entity" in str(xmlfout).lower():
                raise fout(f"het onderdeel '{deel.filename[:80]}' gebruikt een onbekende entiteit (&...;), "
                           f"regel {xmlfout.lineno}; Word opent dat niet") from None
            raise fout(f"het onderdeel '{deel.filename[:80]}' is beschadigd (regel {xmlfout.lineno})") from None
        except (zipfile.BadZipFile, ValueError, OSError):
            raise fout(f"het onderdeel '{deel.filename[:80]}' is beschadigd") from None
        if boom.getroottree().docinfo.internalDTD is not None or \
                boom.getroottree().docinfo.doctype or any(True for _ in boom.iter(etree.Entity)):
            raise fout(f"het onderdeel '{deel.filename[:80]}' bevat een DTD of entiteit, wat Word niet "
                       "opent; sla het bestand opnieuw op in Word")


def _open_sjabloon(pad: Path) -> Any:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    from .bestanden import lees_bytes

    naam = toon_pad(pad)
    inhoud = lees_bytes(pad, MAX_DOCX, naam, wat="Word-sjabloon")
    if pad.suffix.lower() in (".dotx", ".dotm"):
        raise CotFout(Melding(naam, code="sjabloon", tekst=(
            "kan het Word-sjabloon niet openen: een Word-sjabloon (.dotx) wordt niet ondersteund; sla het "
            "op als document (.docx)")))
    _controleer_pakket(inhoud, naam)
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
    for naam in ("Title", "Subtitle", "Heading 1", "Heading 2"):
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


def _kop_en_voet(doc: Any, data: dict[str, Any]) -> None:
    org = (data.get("organisatie") or {}).get("naam")
    kop_en_voet(doc, org or "Functieprofiel", data["profiel"]["naam"],
                f"Functieprofiel · {data['profiel']['datum']}")


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


def _eigenschappen(doc: Any, data: dict[str, Any]) -> None:
    cp = doc.core_properties
    org = (data.get("organisatie") or {}).get("naam")
    datum = dt.date.fromisoformat(data["profiel"]["datum_iso"])
    moment = dt.datetime(datum.year, datum.month, datum.day, 12, 0, tzinfo=dt.UTC)
    cp.title = data["profiel"]["naam"]
    cp.subject = f"Functieprofiel {data['profiel']['rol_naam']}"
    cp.author = org or "cot"
    cp.last_modified_by = org or "cot"
    cp.language = TAAL
    cp.created = moment
    cp.modified = moment
    cp.revision = 1
    cp.category = "Functieprofiel"
    cp.keywords = "onafhankelijke cliëntondersteuning; functieprofiel"
    cp.comments = data["teksten"]["slot"]


# ---- numbering -----------------------------------------------------------------------------------


def _formaat(nummers: list[str]) -> str:
    if not nummers or any(not n for n in nummers):
        return "bullet"
    if all(n.isdigit() for n in nummers):
        return "decimal"
    if nummers[0].lower() == "i" and all(n.lower() in _ROMEINS for n in nummers):
        return "lowerRoman"
    if all(len(n) == 1 and n.isalpha() for n in nummers):
        return "upperLetter" if nummers[0].isupper() else "lowerLetter"
    return "bullet"


def _start(nummer: str, formaat: str) -> int:
    if formaat == "decimal":
        return int(nummer)
    if formaat in ("lowerLetter", "upperLetter"):
        return ord(nummer.lower()) - ord("a") + 1
    if formaat == "lowerRoman":
        return _ROMEINS.index(nummer.lower()) + 1
    return 1


class _Nummering:
    """Numbering definitions in the document's numbering part; one w:num per list, so each restarts."""

    def __init__(self, doc: Any) -> None:
        from docx.oxml.ns import qn

        self.qn = qn
        self.el = doc.part.numbering_part.element
        self.abstract: dict[tuple[str, str], int] = {}
        self.volgend_abstract = 1 + max([int(a.get(qn("w:abstractNumId"))) for a in
                                         self.el.findall(qn("w:abstractNum"))] or [0])
        self.volgend_num = 1 + max([int(n.get(qn("w:numId"))) for n in self.el.findall(qn("w:num"))] or [0])

    def _niveau(self, ilvl: int, formaat: str) -> str:
        links = (567 if formaat != "bullet" else 397) + ilvl * 567
        hangend = 397 if formaat != "bullet" else 283
        if formaat == "bullet":
            teken = "•" if ilvl == 0 else "–"
            return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
                    f'<w:lvlText w:val="{teken}"/><w:lvlJc w:val="left"/>'
                    f'<w:pPr><w:ind w:left="{links}" w:hanging="{hangend}"/></w:pPr>'
                    f'<w:rPr><w:rFonts w:ascii="{LETTERTYPE}" w:hAnsi="{LETTERTYPE}" '
                    f'w:cs="{LETTERTYPE}"/></w:rPr>'
                    "</w:lvl>")
        return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{formaat}"/>'
                f'<w:lvlText w:val="%{ilvl + 1}."/><w:lvlJc w:val="left"/>'
                f'<w:pPr><w:ind w:left="{links}" w:hanging="{hangend}"/></w:pPr></w:lvl>')

    def _maak_abstract(self, formaten: tuple[str, str]) -> int:
        from docx.oxml import parse_xml
        from docx.oxml.ns import nsdecls

        nummer = self.volgend_abstract
        self.volgend_abstract += 1
        niveaus = "".join(self._niveau(i, formaten[min(i, 1)] if i < 2 else "bullet") for i in range(3))
        abstract = parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{nummer}">'
                             f'<w:multiLevelType w:val="multilevel"/>{niveaus}</w:abstractNum>')
        # All abstractNum elements come before the num elements.
        eerste_num = self.el.find(self.qn("w:num"))
        if eerste_num is not None:
            eerste_num.addprevious(abstract)
        else:
            cleanup = self.el.find(self.qn("w:numIdMacAtCleanup"))
            if cleanup is not None:
                cleanup.addprevious(abstract)
            else:
                self.el.append(abstract)
        self.abstract[formaten] = nummer
        return nummer

    def nieuw(self, formaten: tuple[str, str], starts: tuple[int, int] = (1, 1)) -> int:
        from docx.oxml import parse_xml
        from docx.oxml.ns import nsdecls

        abstract = self.abstract.get(formaten) or self._maak_abstract(formaten)
        num_id = self.volgend_num
        self.volgend_num += 1
        overrides = "".join(f'<w:lvlOverride w:ilvl="{i}"><w:startOverride w:val="{s}"/></w:lvlOverride>'
                            for i, s in enumerate(starts))
        num = parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract}"/>'
                        f"{overrides}</w:num>")
        cleanup = self.el.find(self.qn("w:numIdMacAtCleanup"))
        if cleanup is not None:
            cleanup.addprevious(num)
        else:
            self.el.append(num)
        return num_id


# ---- writing the content ----------------------------------------------------------------------------


class _Schrijver:
    def __init__(self, doc: Any) -> None:
        self.doc = doc
        self.nummering = _Nummering(doc)
        # Style lookups by name walk all styles in python-docx; resolve each once.
        self.stijl_ids = {naam: doc.styles[naam].style_id for naam in STIJLEN}
        self.body = doc._body

    def alinea(self, tekst: str = "", stijl: str = "Normal", label: str | None = None,
               bij_volgende: bool = False) -> Any:
        p = self.body.add_paragraph()
        if stijl != "Normal":
            p._p.get_or_add_pPr().style = self.stijl_ids[stijl]
        if bij_volgende:
            p.paragraph_format.keep_with_next = True
        if label:
            run = p.add_run(label)
            run.italic = True
        if tekst:
            p.add_run(tekst)
        return p

    def kop(self, tekst: str, niveau: int) -> None:
        self.alinea(tekst, "Title" if niveau == 0 else f"Heading {niveau}")

    def _lijstpunt(self, tekst: str, num_id: int, ilvl: int, genummerd: bool,
                   label: str | None = None) -> None:
        stijl = ("List Number" if genummerd else "List Bullet") + (" 2" if ilvl else "")
        p = self.alinea(tekst, stijl, label)
        ppr = p._p.get_or_add_pPr()
        num_pr = ppr.get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = ilvl
        num_pr.get_or_add_numId().val = num_id

    def lijst(self, items: list[Any]) -> None:
        """Items as in the catalogue: dicts with nummer, tekst and onderdelen; or plain strings."""
        items = [{"tekst": i} if isinstance(i, str) else i for i in items]
        nummers = [str(i.get("nummer") or "") for i in items]
        onder = [str(o.get("nummer") or "") for i in items for o in i.get("onderdelen") or []]
        formaten = (_formaat(nummers), _formaat(onder) if onder else "bullet")
        starts = (_start(nummers[0], formaten[0]) if nummers else 1, 1)
        num_id = self.nummering.nieuw(formaten, starts)
        for item in items:
            self._lijstpunt(item["tekst"], num_id, 0, formaten[0] != "bullet")
            for o in item.get("onderdelen") or []:
                self._lijstpunt(o["tekst"], num_id, 1, formaten[1] != "bullet")

    def punten(self, regels: list[tuple[str | None, str]]) -> None:
        """A bulleted list of (label, text) pairs; the label in italics."""
        num_id = self.nummering.nieuw(("bullet", "bullet"))
        for label, tekst in regels:
            self._lijstpunt(tekst, num_id, 0, False, label)

    def casus(self, casus: dict[str, Any] | None) -> None:
        if not casus:
            return
        for i, tekst in enumerate(casus["alineas"]):
            self.alinea(tekst, "Quote", "Uit de praktijk: " if i == 0 else None)

    def blok(self, blok: dict[str, Any]) -> None:
        for tekst in blok["alineas"]:
            self.alinea(tekst)
        if blok.get("punten"):
            self.lijst(blok["punten"])
        self.casus(blok.get("casus"))

    def tabel(self, rijen: list[tuple[str, ...]], breedtes: list[float], kop: tuple[str, ...] | None = None,
              vet_eerste: bool = False) -> None:
        from docx.oxml import parse_xml
        from docx.oxml.ns import nsdecls
        from docx.shared import Cm, Pt

        tabel = self.doc.add_table(rows=0, cols=len(breedtes))
        tabel.style = self.doc.styles["Table Grid"]
        tabel.autofit = False
        alle = ([kop] if kop else []) + rijen
        for r, rij in enumerate(alle):
            cellen = tabel.add_row().cells
            for k, (cel, tekst) in enumerate(zip(cellen, rij, strict=True)):
                cel.width = Cm(breedtes[k])
                p = cel.paragraphs[0]
                p.paragraph_format.space_before = Pt(2)
                p.paragraph_format.space_after = Pt(2)
                run = p.add_run(tekst)
                if (kop and r == 0) or (vet_eerste and k == 0):
                    run.bold = True
                if kop and r == 0:
                    cel._tc.get_or_add_tcPr().append(
                        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" '
                                  f'w:fill="{KLEUR_TABELKOP}"/>'))
        if kop:
            tr_pr = tabel.rows[0]._tr.get_or_add_trPr()
            tr_pr.append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))
        for k, kolom in enumerate(tabel.columns):
            kolom.width = Cm(breedtes[k])
        self.alinea()  # Word needs a paragraph between a table and what follows

    # ---- the profile, in the order of templates/profiel.md.j2 ----

    def profiel(self, d: dict[str, Any]) -> None:
        t = d["teksten"]
        self.kop(d["profiel"]["naam"], 0)
        self.alinea(t["ondertitel"], "Subtitle")
        if d["profiel"].get("toelichting"):
            self.alinea(d["profiel"]["toelichting"])

        self.kop("Over dit profiel", 1)
        for tekst in t["inleiding"]:
            self.alinea(tekst)
        self.tabel([(k["label"], k["tekst"]) for k in d["kenmerken"]], [3.5, 12.5], vet_eerste=True)

        org = d.get("organisatie")
        if org and org.get("over_ons"):
            self.kop(f"Over {org['naam']}", 1)
            self.alinea(org["over_ons"])

        for i, sectie in enumerate(d["context"]):
            self.kop(sectie["titel"], 1)
            for blok in sectie["blokken"]:
                self.kop(blok["titel"], 2)
                self.blok(blok)
            if i == 0 and d["lagen"]:
                self.kop(t["lagen_titel"], 2)
                self.alinea(t["lagen_inleiding"], bij_volgende=True)
                self.punten([(None, f"{la['titel']}. {la['tekst']} {la['taken_tekst'].capitalize()}.")
                             for la in d["lagen"]])

        self.kop(t["taken_titel"], 1)
        self.alinea(t["taken_inleiding"])
        for taak in d["taken"]:
            self.kop(f"Taak {taak['nummer']}. {taak['titel']}", 2)
            for tekst in taak["alineas"]:
                self.alinea(tekst)
            self.casus(taak.get("casus"))
            if taak.get("inleiding_activiteiten"):
                self.alinea(taak["inleiding_activiteiten"], bij_volgende=True)
            if taak["activiteiten"]:
                self.lijst(taak["activiteiten"])
            for noot in taak.get("voetnoten") or []:
                self.alinea(f"Noot {noot['nummer']}: {noot['tekst']}")

        self.kop(t["competenties_titel"], 1)
        self.alinea(t["competenties_inleiding"])
        self.tabel([(c["nummer"], c["titel"], c["voor_tekst"]) for c in d["competenties"]], [1.4, 8.6, 6.0],
                   kop=("Nr.", "Competentie", "Nodig voor (redactioneel)"))
        for comp in d["competenties"]:
            self.kop(f"{comp['nummer']} {comp['titel']}", 2)
            self.alinea(comp["omschrijving"])
            if comp.get("indicatoren_inleiding"):
                self.alinea(comp["indicatoren_inleiding"], bij_volgende=True)
            if comp["gedragsindicatoren"]:
                self.lijst(comp["gedragsindicatoren"])
            if comp["kern"]:
                self.alinea(comp["kern_reden"] or "", label="Kerncompetentie (redactioneel): ")
            if comp["taken"]:
                self.alinea("Nodig voor (redactioneel):", bij_volgende=True)
                self.punten([(None, f"Taak {n['nummer']}, {n['titel']}: {n['reden']}")
                             for n in comp["taken"]])
            if d["normen"]:
                self.alinea(f"Gewenst niveau: {comp['norm']} op een schaal van 1 tot 4.")
            for noot in comp.get("voetnoten") or []:
                self.alinea(f"Noot {noot['nummer']}: {noot['tekst']}")

        if d["leefgebieden"]:
            self.kop(t["leefgebieden_titel"], 1)
            self.alinea(t["leefgebieden_inleiding"], bij_volgende=True)
            self.tabel([(lg["naam"], ", ".join(lg["themas"]), lg["taken_tekst"].capitalize())
                        for lg in d["leefgebieden"]], [4.0, 8.0, 4.0],
                       kop=("Leefgebied", "Thema's", "Taken (redactioneel)"))

        if d["samenspel"]:
            self.kop(t["samenspel_titel"], 1)
            for blok in d["samenspel"]:
                self.kop(blok["titel"], 2)
                self.blok(blok)

        if d["organisatie_biedt"] or d["organisatie_eisen"]:
            self.kop(t["biedt_titel"], 1)
            if d["organisatie_biedt"]:
                self.tabel([(p["label"], p["tekst"]) for p in d["organisatie_biedt"]], [4.5, 11.5],
                           vet_eerste=True)
            for blok in d["organisatie_eisen"]:
                self.kop(blok["titel"], 2)
                self.blok(blok)

        if d["contact"]:
            self.kop(t["contact_titel"], 1)
            self.tabel([(c["label"], c["tekst"]) for c in d["contact"]], [4.5, 11.5], vet_eerste=True)

        self.kop(t["bronnen_titel"], 1)
        self.punten([(None, b["tekst"]) for b in d["bronnen"]])
        self.alinea(t["slot"])


def nieuw_document(titel: str, auteur: str, onderwerp: str, kop_rechts: str | None = None) -> Any:
    """A blank document in cot's house style, for the other documents (vacancy, training reports):

    the same fonts, colours, margins, language and header/footer as the profile.
    """
    import docx

    doc = docx.Document()
    _huisstijl(doc)
    _taal(doc)
    kop_en_voet(doc, auteur, kop_rechts or titel, onderwerp)
    cp = doc.core_properties
    cp.title, cp.author, cp.last_modified_by, cp.subject = titel, auteur, auteur, onderwerp
    cp.language = TAAL
    return doc


def als_bytes(doc: Any) -> bytes:
    uit = io.BytesIO()
    doc.save(uit)
    return uit.getvalue()


def maak_docx(data: dict[str, Any], sjabloon: Path | None = None) -> bytes:
    import docx

    if sjabloon is not None:
        doc = _open_sjabloon(sjabloon)
    else:
        doc = docx.Document()
        _huisstijl(doc)
        _kop_en_voet(doc, data)
    _taal(doc)
    _Schrijver(doc).profiel(data)
    _eigenschappen(doc, data)
    uit = io.BytesIO()
    doc.save(uit)
    return uit.getvalue()
