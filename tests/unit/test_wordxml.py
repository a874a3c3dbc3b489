"""Word XML written as text (weergave.wordxml, the profile's writer): the same XML python-docx
writes, and every user text survives into the document as it was typed."""

from __future__ import annotations

import copy
import io
import re

import docx
import pytest
from docx.oxml import parse_xml
from docx.shared import Cm, Pt
from lxml import etree

from clientondersteuning import definitie as D
from clientondersteuning import profiel as P
from clientondersteuning.laden import laad_of_stop
from clientondersteuning.weergave import inhoudsopgave as toc
from clientondersteuning.weergave import render_docx, wordxml
from clientondersteuning.weergave.huisstijl import KLEUR_TABELKOP, STIJLEN, rijen_heel
from clientondersteuning.weergave.nummering import Nummering
from clientondersteuning.weergave.profiel_docx import _Schrijver
from helpers import CATALOGUS, REPO

# Text that must stay text: markup, entities, a CDATA end, quotes, emoji, whitespace at either end,
# a non-breaking space (str.strip strips it), tabs and line breaks (\r\n makes two, as python-docx).
LASTIG = ["a < b & c > d", "&amp; &#13; &lt;", "]]> <![CDATA[ x", "\"dubbel\" en 'enkel'", "😀 ‘q’ – é",
          " voor", "na ", "\u00a0nbsp\u00a0", "een\ttab", "\tbegint", "eindigt\t", "regel\nregel", "crlf\r\nx",
          "cr\ry", "\n", "  ", "\u2028 \x85 \x7f"]


def _xml(element) -> str:
    """An element as lxml writes it, without namespace declarations (they depend on the ancestors)."""
    return re.sub(r' xmlns:\w+="[^"]*"', "", etree.tostring(element, encoding="unicode"))


def _ontleed(xml: str):
    return parse_xml(wordxml.fragment(xml))[0]


@pytest.mark.parametrize("tekst", LASTIG, ids=[f"tekst{i}" for i in range(len(LASTIG))])
@pytest.mark.parametrize(("vet", "cursief"), [(False, False), (True, False), (False, True), (True, True)])
def test_run_zoals_python_docx(tekst, vet, cursief):
    p = docx.Document().add_paragraph()
    run = p.add_run(tekst)
    if vet:
        run.bold = True
    if cursief:
        run.italic = True
    assert wordxml.run(tekst, vet, cursief) == _xml(run._r)


@pytest.mark.parametrize("stijl", [None, "ListBullet", 'raar"&<id'], ids=["geen", "stijl", "raar"])
@pytest.mark.parametrize("bij_volgende", [False, True])
@pytest.mark.parametrize("bij_elkaar", [False, True])
@pytest.mark.parametrize("nummering", [None, (1, 12)])
@pytest.mark.parametrize("ruimte", [None, (40, 40)])
def test_alinea_zoals_python_docx(stijl, bij_volgende, bij_elkaar, nummering, ruimte):
    p = docx.Document().add_paragraph()
    if stijl:
        p._p.get_or_add_pPr().style = stijl
    if bij_volgende:
        p.paragraph_format.keep_with_next = True
    if bij_elkaar:
        p.paragraph_format.keep_together = True
    if nummering:
        num_pr = p._p.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_ilvl().val, num_pr.get_or_add_numId().val = nummering
    if ruimte:
        p.paragraph_format.space_before, p.paragraph_format.space_after = Pt(2), Pt(2)
    p.add_run("tekst")
    geschreven = wordxml.alinea(wordxml.run("tekst"), stijl, bij_volgende, bij_elkaar, nummering, ruimte)
    assert geschreven == _xml(p._p)
    assert _xml(_ontleed(geschreven)) == geschreven  # well-formed, also with an odd style id


def test_tabel_zoals_python_docx():
    """The table of the profile against python-docx building the same (as cot did before)."""
    doc = docx.Document()
    breedtes, kop, rijen = [3.5, 12.5], ("Onderdeel", "Gegevens"), [("Rol", "a < b & c"), ("", "  ")]
    tabel = doc.add_table(rows=0, cols=2)
    tabel.style = doc.styles["Table Grid"]
    tabel.autofit = False
    for r, rij in enumerate([kop, *rijen]):
        for k, (cel, tekst) in enumerate(zip(tabel.add_row().cells, rij, strict=True)):
            cel.width = Cm(breedtes[k])
            p = cel.paragraphs[0]
            p.paragraph_format.space_before = p.paragraph_format.space_after = Pt(2)
            if r == 0 or k == 0:
                p.add_run(tekst).bold = True
            else:
                p.add_run(tekst)
            if r == 0:
                cel._tc.get_or_add_tcPr().append(parse_xml(
                    f'<w:shd xmlns:w="{wordxml.W_NS}" w:val="clear" w:color="auto" w:fill="{KLEUR_TABELKOP}"/>'))
    rijen_heel(tabel, 1)
    for k, kolom in enumerate(tabel.columns):
        kolom.width = Cm(breedtes[k])
    schrijver = _Schrijver({"Table Grid": "TableGrid", "Normal": "Normal"}, Nummering(1, 1))
    schrijver.tabel(rijen, breedtes, kop=kop, vet_eerste=True)
    assert schrijver.delen == [_xml(tabel._tbl), "<w:p/>"]


@pytest.fixture(scope="module")
def data():
    org = D.lees_organisatie(REPO / "examples" / "organisatie.yaml")
    return P.bouw(laad_of_stop(CATALOGUS), "informeel", "1", organisatie=org).als_data()


def test_lastige_teksten_komen_ongeschonden_in_het_document(data):
    data = copy.deepcopy(data)
    data["teksten"]["inleiding"] = [*LASTIG, ""]
    data["kenmerken"][0]["tekst"] = LASTIG[0]
    document = docx.Document(io.BytesIO(render_docx(data)))
    teksten = [p.text for p in document.paragraphs]
    begin = teksten.index(LASTIG[0])
    # python-docx reads every line break as \n; the rest is character for character what was given.
    assert teksten[begin:begin + len(LASTIG) + 1] == [t.replace("\r", "\n") for t in LASTIG] + [""]
    assert document.tables[0].rows[1].cells[1].text == LASTIG[0]
    assert "a &lt; b &amp; c &gt; d" in document.element.xml


def test_label_cursief_en_tabelkop_vet(data):
    document = docx.Document(io.BytesIO(render_docx(data)))
    casus = next(p for p in document.paragraphs if p.text.startswith("Uit de praktijk: "))
    assert [(r.text, r.italic) for r in casus.runs][:1] == [("Uit de praktijk: ", True)]
    assert casus.runs[1].italic is None and casus.style.name == "Quote"
    kop, eerste = document.tables[0].rows[0].cells, document.tables[0].rows[1].cells
    assert all(r.bold for c in kop for r in c.paragraphs[0].runs)
    assert eerste[0].paragraphs[0].runs[0].bold and eerste[1].paragraphs[0].runs[0].bold is None


@pytest.mark.parametrize("kort", [False, True])
def test_schrijver_telt_als_de_inhoudsopgave(data, kort):
    """The writer's length and headings (for the table of contents) are what inhoudsopgave reads back."""
    if kort:
        data = {**data, "hoofdstukken": [], "context": [], "competentiegroepen": [], "taakgroepen": []}
    schrijver = _Schrijver({naam: naam.replace(" ", "") for naam in STIJLEN}, Nummering(1, 1))
    schrijver.profiel(data)
    document = docx.Document(io.BytesIO(render_docx(data)))
    assert schrijver.tekens == toc._tekens(document)
    assert schrijver.koppen == toc._koppen(document)
    assert toc.lang(schrijver.tekens, len(schrijver.koppen)) is not kort
