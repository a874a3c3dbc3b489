"""A table of contents for long documents (over four pages), in Word and in the PDF.

A Word TOC field shows its cached result until something updates it, and LibreOffice's headless
conversion does not: so cot writes the entries itself, inside a real TOC field that Word updates
when the document is opened (w:updateFields). Page numbers come from a first PDF pass: the PDF's
outline gives the page of every heading. A Word document made without LibreOffice gets the entries
without page numbers; Word fills them in on opening.

Works on finished .docx bytes or a python-docx document, so every document kind gets the same
table of contents; the profile in the house style writes the same XML itself (inhoud_xml).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

from .huisstijl import als_bytes

MAX_PAGINAS_ZONDER = 4  # a document over four pages gets a table of contents
TEKENS_PER_PAGINA = 2600  # a rough page of cot's house style, for guessing a Word document's length
REGEL = 60  # what a paragraph or table row counts besides its text: a short line still takes a line
TITEL = "Inhoud"
_STIJL = "toc 1"  # Word's own name for the style of the first TOC level
_INSTRUCTIE = ' TOC \\o "1-1" \\h \\z \\u '  # Heading 1 only, as links (\\h)
_NA_UPDATEFIELDS = {"hdrShapeDefaults", "footnotePr", "endnotePr", "compat", "docVars", "rsids", "mathPr",
                    "attachedSchema", "themeFontLang", "clrSchemeMapping", "doNotIncludeSubdocsInStats",
                    "doNotAutoCompressPictures", "forceUpgrade", "captions", "readModeInkLockDown", "smartTagType",
                    "schemaLibrary", "shapeDefaults", "doNotEmbedSmartTags", "decimalSymbol", "listSeparator"}


def lang(tekens: int, koppen: int) -> bool:
    """The guess: more text than fits on four pages, and at least three top-level headings.

    tekens counts every paragraph's text plus REGEL (a short line still takes a line), and of
    every table row the first cell's the same way.
    """
    return tekens > MAX_PAGINAS_ZONDER * TEKENS_PER_PAGINA and koppen >= 3


def _stijlnaam(doc: Any) -> Callable[[Any], str | None]:
    """p.style.name for a paragraph, with python-docx's rules (an unknown or missing style is the
    default paragraph style), without its search through all styles for every paragraph."""
    from docx.enum.style import WD_STYLE_TYPE

    eerste: dict[str, Any] = {}
    for stijl in doc.styles:
        eerste.setdefault(stijl.style_id, stijl)
    standaard = doc.styles.default(WD_STYLE_TYPE.PARAGRAPH)

    def naam(p: Any) -> str | None:
        stijl_id = p._p.style
        stijl = eerste.get(stijl_id) if stijl_id else None
        if stijl is None or stijl.element.type != WD_STYLE_TYPE.PARAGRAPH:
            stijl = standaard
        return stijl.name if stijl is not None else None

    return naam


def _koppen(doc: Any) -> list[str]:
    naam = _stijlnaam(doc)
    return [p.text for p in doc.paragraphs if naam(p) == "Heading 1" and p.text]


def koppen(docx: bytes) -> list[str]:
    """The top-level headings (Heading 1) of a Word document, in order."""
    import docx as python_docx

    return _koppen(python_docx.Document(io.BytesIO(docx)))


def _tekens(doc: Any) -> int:
    """The text of a document as lang counts it."""
    tekens = sum(len(p.text) + REGEL for p in doc.paragraphs)
    return tekens + sum(len(c.text) + REGEL for t in doc.tables for r in t.rows for c in r.cells[:1])


def lijkt_lang(docx: bytes) -> bool:
    """A guess without LibreOffice: more text than fits on four pages (tables counted too)."""
    import docx as python_docx

    doc = python_docx.Document(io.BytesIO(docx))
    return lang(_tekens(doc), len(_koppen(doc)))


def paginas_van_koppen(pdf: bytes) -> tuple[int, dict[str, int]]:
    """The page count of a PDF and the page of each top-level heading (from its outline)."""
    import pypdf

    lezer = pypdf.PdfReader(io.BytesIO(pdf))
    paginas: dict[str, int] = {}
    for item in lezer.outline:
        if isinstance(item, list):  # the headings under the previous one
            continue
        paginas.setdefault(str(item.title), lezer.get_destination_page_number(item) + 1)
    return len(lezer.pages), paginas


def _zorg_voor_stijl(doc: Any) -> Any:
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
    from docx.shared import Pt

    try:
        return doc.styles[_STIJL]
    except KeyError:
        pass
    stijl = doc.styles.add_style(_STIJL, WD_STYLE_TYPE.PARAGRAPH)
    stijl.base_style = doc.styles["Normal"]
    stijl.paragraph_format.space_after = Pt(2)
    sectie = doc.sections[0]
    breedte = sectie.page_width - sectie.left_margin - sectie.right_margin
    stijl.paragraph_format.tab_stops.add_tab_stop(breedte, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    return stijl


def stijlen(doc: Any) -> tuple[str | None, str | None]:
    """The style ids of the title ('TOC Heading', else Heading 2) and of the entries ('toc 1',
    added to the document when it lacks one)."""
    from docx.enum.style import WD_STYLE_TYPE

    kop = doc.styles["TOC Heading"] if _heeft(doc, "TOC Heading") else doc.styles["Heading 2"]
    regel = _zorg_voor_stijl(doc)
    standaard = doc.styles.default(WD_STYLE_TYPE.PARAGRAPH)

    def stijl_id(stijl: Any) -> str | None:
        # As python-docx assigns a style: the default paragraph style is no w:pStyle at all.
        return None if stijl == standaard else stijl.style_id

    return stijl_id(kop), stijl_id(regel)


def zet_bijwerken(doc: Any) -> None:
    """Word updates the fields (the page numbers) when the document is opened."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    instellingen = doc.settings.element
    if instellingen.find(qn("w:updateFields")) is None:
        bijwerken = OxmlElement("w:updateFields")
        bijwerken.set(qn("w:val"), "true")
        # The schema fixes the order of the settings; updateFields stands before these.
        na = next((kind for kind in instellingen if kind.tag.split("}")[-1] in _NA_UPDATEFIELDS), None)
        if na is not None:
            na.addprevious(bijwerken)
        else:
            instellingen.append(bijwerken)


def inhoud_xml(titels: list[str], paginas: dict[str, int] | None, kop_stijl: str | None,
               regel_stijl: str | None) -> str:
    """The table of contents as WordprocessingML: its title, then one entry per heading (with its
    page where paginas gives it), the entries inside one TOC field."""
    from .wordxml import alinea, instructie, run, veldteken

    regels = [alinea(run(TITEL), kop_stijl, bij_volgende=True)]
    for i, titel in enumerate(titels):
        pagina = str(paginas[titel]) if paginas and titel in paginas else ""
        veld = (veldteken("begin") + instructie(_INSTRUCTIE) + veldteken("separate")) if i == 0 else ""
        einde = veldteken("end") if i == len(titels) - 1 else ""
        regels.append(alinea(veld + run(titel) + run("\t" + pagina) + einde, regel_stijl, bij_elkaar=True))
    return "".join(regels)


def toevoegen_aan(doc: Any, paginas: dict[str, int] | None = None) -> None:
    """A table of contents in a python-docx document, after its title and subtitle (before the first
    heading): one entry per top-level heading, inside a TOC field that Word updates on opening."""
    from docx.oxml import parse_xml

    from .wordxml import fragment

    naam = _stijlnaam(doc)
    alineas = list(doc.paragraphs)
    titels = [p.text for p in alineas if naam(p) == "Heading 1" and p.text]
    if not titels:
        return
    kop_stijl, regel_stijl = stijlen(doc)
    voor = next(p for p in alineas if naam(p) == "Heading 1")._p
    for element in list(parse_xml(fragment(inhoud_xml(titels, paginas, kop_stijl, regel_stijl)))):
        voor.addprevious(element)
    zet_bijwerken(doc)


def toevoegen(docx: bytes, paginas: dict[str, int] | None = None) -> bytes:
    """The document with a table of contents (toevoegen_aan), with its page where paginas gives it."""
    import docx as python_docx

    doc = python_docx.Document(io.BytesIO(docx))
    if not _koppen(doc):
        return docx
    toevoegen_aan(doc, paginas)
    return als_bytes(doc)


def _heeft(doc: Any, naam: str) -> bool:
    try:
        doc.styles[naam]
    except KeyError:
        return False
    return True
