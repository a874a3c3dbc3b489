"""A table of contents for long documents (over four pages), in Word and in the PDF.

A Word TOC field shows its cached result until something updates it, and LibreOffice's headless
conversion does not: so cot writes the entries itself, inside a real TOC field that Word updates
when the document is opened (w:updateFields). Page numbers come from a first PDF pass: the PDF's
outline gives the page of every heading. A Word document made without LibreOffice gets the entries
without page numbers; Word fills them in on opening.

Works on finished .docx bytes, so every document kind gets the same table of contents.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

from .huisstijl import als_bytes

MAX_PAGINAS_ZONDER = 4  # a document over four pages gets a table of contents
TEKENS_PER_PAGINA = 2600  # a rough page of cot's house style, for guessing a Word document's length
TITEL = "Inhoud"
_STIJL = "toc 1"  # Word's own name for the style of the first TOC level
_NA_UPDATEFIELDS = {"hdrShapeDefaults", "footnotePr", "endnotePr", "compat", "docVars", "rsids", "mathPr",
                    "attachedSchema", "themeFontLang", "clrSchemeMapping", "doNotIncludeSubdocsInStats",
                    "doNotAutoCompressPictures", "forceUpgrade", "captions", "readModeInkLockDown", "smartTagType",
                    "schemaLibrary", "shapeDefaults", "doNotEmbedSmartTags", "decimalSymbol", "listSeparator"}


def _stijlnaam(doc: Any) -> Callable[[Any], str | None]:
    """p.style.name for a paragraph, with python-docx's rules (an unknown or missing style is the
    default paragraph style), without its search through all styles for every paragraph (a third
    of a second for a long profile)."""
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


def lijkt_lang(docx: bytes) -> bool:
    """A guess without LibreOffice: more text than fits on four pages (tables counted too)."""
    import docx as python_docx

    doc = python_docx.Document(io.BytesIO(docx))
    tekens = sum(len(p.text) + 60 for p in doc.paragraphs)  # 60: a short line still takes a line
    tekens += sum(len(c.text) + 60 for t in doc.tables for r in t.rows for c in r.cells[:1])
    return tekens > MAX_PAGINAS_ZONDER * TEKENS_PER_PAGINA and len(_koppen(doc)) >= 3


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


def _veldteken(soort: str) -> Any:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    run = OxmlElement("w:r")
    teken = OxmlElement("w:fldChar")
    teken.set(qn("w:fldCharType"), soort)
    run.append(teken)
    return run


def _instructie(tekst: str) -> Any:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    run = OxmlElement("w:r")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = tekst
    run.append(instr)
    return run


def toevoegen(docx: bytes, paginas: dict[str, int] | None = None) -> bytes:
    """The document with a table of contents after its title: one entry per top-level heading,
    with its page where paginas gives it, inside a TOC field that Word updates on opening."""
    import docx as python_docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    doc = python_docx.Document(io.BytesIO(docx))
    naam = _stijlnaam(doc)
    alineas = list(doc.paragraphs)
    titels = [p.text for p in alineas if naam(p) == "Heading 1" and p.text]
    if not titels:
        return docx
    stijl = _zorg_voor_stijl(doc)
    # After the title and the subtitle (or the title's first paragraph), before the first heading.
    anker = next((i for i, p in enumerate(alineas) if naam(p) == "Heading 1"), 0)
    voor = alineas[anker]
    kop = voor.insert_paragraph_before(TITEL, style=doc.styles["TOC Heading"] if _heeft(doc, "TOC Heading")
                                       else doc.styles["Heading 2"])
    kop.paragraph_format.keep_with_next = True
    regels = []
    for titel in titels:
        p = voor.insert_paragraph_before(style=stijl)
        p.paragraph_format.keep_together = True
        p.add_run(titel)
        p.add_run("\t" + (str(paginas[titel]) if paginas and titel in paginas else ""))
        regels.append(p)
    regels[0]._p.insert(1, _veldteken("separate"))
    regels[0]._p.insert(1, _instructie(' TOC \\o "1-1" \\h \\z \\u '))
    regels[0]._p.insert(1, _veldteken("begin"))
    regels[-1]._p.append(_veldteken("end"))
    # Word updates the fields (page numbers) when the document is opened.
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
    return als_bytes(doc)


def _heeft(doc: Any, naam: str) -> bool:
    try:
        doc.styles[naam]
    except KeyError:
        return False
    return True
