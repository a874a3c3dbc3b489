"""The table of contents: which paragraphs are headings, read as python-docx reads them."""

from __future__ import annotations

import copy

import docx
from docx.oxml.ns import qn

from clientondersteuning.weergave import inhoudsopgave as toc


def _namen(doc) -> tuple[list, list]:
    naam = toc._stijlnaam(doc)
    return [naam(p) for p in doc.paragraphs], [p.style.name if p.style is not None else None for p in doc.paragraphs]


def test_stijlnaam_zoals_python_docx_hem_leest():
    doc = docx.Document()
    doc.add_paragraph("gewoon")
    doc.add_paragraph("kop", style="Heading 1")
    doc.add_paragraph("titel", style="Title")
    # An unknown style id, an empty one and a character style all mean the default paragraph style.
    for stijl_id in ("BestaatNiet", "", doc.styles["Strong"].style_id):
        doc.add_paragraph(stijl_id)._p.get_or_add_pPr().style = stijl_id
    # Two styles with one id: the first counts.
    dubbel = copy.deepcopy(doc.styles["Heading 2"].element)
    dubbel.name_val = "Kopie"
    doc.styles.element.append(dubbel)
    doc.add_paragraph("kop 2", style="Heading 2")
    snel, python_docx = _namen(doc)
    assert snel == python_docx
    assert snel == ["Normal", "Heading 1", "Title", "Normal", "Normal", "Normal", "Heading 2"]


def test_stijlnaam_zonder_standaardstijl():
    doc = docx.Document()
    doc.add_paragraph("gewoon")
    doc.add_paragraph("kop", style="Heading 1")
    normal = doc.styles["Normal"].element
    normal.attrib.pop(qn("w:default"))
    snel, python_docx = _namen(doc)
    assert snel == python_docx == [None, "Heading 1"]
