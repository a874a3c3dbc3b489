"""Rendering: the Markdown template (sandboxed), the DOCX renderer, and reading both back."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from clientondersteuning import profiel as P
from clientondersteuning import weergave as W
from clientondersteuning.bronteksten import drukklaar
from clientondersteuning.fouten import CotFout
from clientondersteuning.laden import laad_of_stop
from clientondersteuning.organisatie import lees_organisatie
from helpers import CATALOGUS, REPO, build_file_tree

GEKOZEN = ("1", "3", "6")


@pytest.fixture(scope="module")
def cat():
    return laad_of_stop(CATALOGUS)


@pytest.fixture(scope="module")
def data(cat):
    org = lees_organisatie(REPO / "examples" / "organisatie.yaml")
    return P.bouw(cat, "informeel", ",".join(GEKOZEN), naam="Informeel cliëntondersteuner", organisatie=org,
                  normen={"4.3": 4}).als_data()


@pytest.fixture(scope="module")
def markdown(data):
    return W.render_markdown(data)


@pytest.fixture(scope="module")
def document(data):
    return docx.Document(io.BytesIO(W.render_docx(data)))


def activiteiten(cat, gekozen: bool) -> list[str]:
    """The activities as documents print them (with the catalogue's corrections)."""
    return [drukklaar(a).tekst for t in cat.taken["informeel"] if (t.nummer in GEKOZEN) == gekozen
            for a in t.activiteiten]


def platte_tekst(markdown: str) -> str:
    """Markdown without its markup: joined lines, no escapes, list markers or quote marks."""
    regels = []
    for regel in markdown.splitlines():
        regel = re.sub(r"^\s*(?:[-*+]|\d+\.|>)\s?", "", regel)
        regel = re.sub(r"^#+\s", "", regel)
        regels.append(regel.strip())
    return re.sub(r"\\(.)", r"\1", " ".join(regels))


def docx_tekst(document) -> str:
    delen = [p.text for p in document.paragraphs]
    for tabel in document.tables:
        for rij in tabel.rows:
            delen += [c.text for c in rij.cells]
    return " ".join(delen)


def md_koppen(markdown: str) -> list[tuple[int, str]]:
    return [(len(m.group(1)), re.sub(r"\\(.)", r"\1", m.group(2)))
            for m in re.finditer(r"^(#{1,6}) (.+)$", markdown, re.M)]


def docx_koppen(document) -> list[tuple[int, str]]:
    niveaus = {"Title": 1, "Heading 1": 2, "Heading 2": 3, "Heading 3": 4}
    return [(niveaus[p.style.name], p.text) for p in document.paragraphs if p.style.name in niveaus]


# ---- Markdown ----------------------------------------------------------------------------------


def test_markdown_bevat_alle_gekozen_activiteiten_en_niets_anders(cat, markdown):
    tekst = platte_tekst(markdown)
    for act in activiteiten(cat, True):
        assert act in tekst
    for act in activiteiten(cat, False):
        assert act not in tekst
    koppen = [k for _, k in md_koppen(markdown)]
    for taak in cat.taken["informeel"]:
        assert (f"Taak {taak.nummer}. {taak.titel}" in koppen) == (taak.nummer in GEKOZEN)
        assert f"Taak {taak.nummer}. {taak.titel}" in tekst  # the overview of chapter 3 names them all
    assert "{{" not in markdown and "{%" not in markdown and "{#" not in markdown


def test_markdown_inhoud(markdown):
    assert markdown.startswith("# Informeel cliëntondersteuner\n\n")
    koppen = [k for _, k in md_koppen(markdown)]
    for kop in ("Over dit profiel", "Over Stichting Welzijn De Brug", "Aanleiding",
                "2 Context van onafhankelijke cliëntondersteuning", "Echt onafhankelijk",
                "Integrale ondersteuning bij vragen op alle leefgebieden",
                "3 Mogelijk pakket van taken van de informele onafhankelijke cliëntondersteuner",
                "4 Competenties van de informele onafhankelijke cliëntondersteuner", "Leefgebieden",
                "Samenspel tussen informele en formele onafhankelijke cliëntondersteuners",
                "Wat Stichting Welzijn De Brug biedt", "Contact",
                "Bronnen", "4.1 Is betrokken en toegankelijk", "4.8 Bewaakt zijn of haar eigen grenzen"):
        assert kop in koppen
    tekst = platte_tekst(markdown)
    for stukje in ("Kerncompetentie (redactioneel):", "Nodig voor (redactioneel):", "Gewenst niveau: 4",
                   "Verklaring Omtrent het Gedrag (VOG):", "Anne de Vries", "versie 1.1.0",
                   "Eisen aan het organisatorisch verband", "Uit de praktijk:"):
        assert stukje in tekst
    # Clean CommonMark for plain-text reading: no trailing spaces, no runs of blank lines, wrapped.
    assert markdown.endswith("\n") and not markdown.endswith("\n\n")
    assert "\n\n\n" not in markdown
    assert all(r == r.rstrip() for r in markdown.splitlines())
    assert max(len(r) for r in markdown.splitlines()) <= 100


def test_markdown_lijsten():
    uit = W.lijst([{"nummer": "1", "tekst": "een", "onderdelen": [{"nummer": "a", "tekst": "sub"}]},
                   {"nummer": "2", "tekst": "twee"}])
    assert uit == "1. een\n   - a. sub\n2. twee"
    assert W.lijst([{"nummer": "i", "tekst": "x"}]) == "- i. x"
    assert W.lijst(["los punt"]) == "- los punt"


def test_markdown_ontsnapt_en_breekt_veilig_om():
    assert W.md("*vet* _x_ <b> [a](b)") == r"\*vet\* \_x\_ \<b\> \[a\](b)"
    assert W.md("# geen kop") == r"\# geen kop"
    assert W.md("1. geen lijst") == r"\1. geen lijst"
    # A wrapped line never starts with something Markdown reads as a list or heading.
    tekst = " ".join(["woord"] * 15 + ["-", "los"] + ["woord"] * 10 + ["1.", "x"] + ["woord"] * 10
                     + ["#", "y"])
    for breedte in range(20, 90):
        for regel in W.alinea(tekst, breedte).splitlines():
            assert not re.match(r"^(#{1,6}|>|[-+*]|\d+[.)])(\s|$)", regel), (breedte, regel)


def test_markdown_met_organisatietekst_die_markdown_lijkt(cat, tmp_path):
    build_file_tree(tmp_path, {"org.yaml": 'naam: "Stichting *Ster* <script>"\n'
                                           'over_ons: "# kop [link](x)"\n'})
    org = lees_organisatie(tmp_path / "org.yaml")
    uit = W.render_markdown(P.bouw(cat, "informeel", "1", organisatie=org).als_data())
    assert r"Stichting \*Ster\* \<script\>" in uit
    assert "<script>" not in uit
    assert "\n# kop" not in uit


def test_formeel_markdown(cat):
    uit = W.render_markdown(P.bouw(cat, "formeel", "alle").als_data())
    assert "### Taak K1. Verduidelijken ondersteuningsbehoeften" in uit
    assert "- a. het maken van een brede analyse" in uit
    assert "- i. invoelend vermogen." in uit
    assert "Samenwerken met informele cliëntondersteuners" in uit


# ---- DOCX ----------------------------------------------------------------------------------------


def test_docx_bevat_alle_gekozen_activiteiten_en_niets_anders(cat, document):
    tekst = docx_tekst(document)
    for act in activiteiten(cat, True):
        assert act in tekst
    for act in activiteiten(cat, False):
        assert act not in tekst
    assert "{{" not in tekst and "{%" not in tekst


def test_docx_eigenschappen_en_stijlen(document):
    cp = document.core_properties
    assert cp.title == "Informeel cliëntondersteuner"
    assert cp.author == "Stichting Welzijn De Brug"
    assert cp.language == "nl-NL"
    assert cp.created is not None and cp.created.year >= 2024
    lang = document.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr")).find(
        qn("w:lang"))
    assert lang.get(qn("w:val")) == "nl-NL"
    gebruikt = {p.style.name for p in document.paragraphs}
    assert {"Title", "Heading 1", "Heading 2", "List Number", "List Bullet", "Quote"} <= gebruikt
    assert {t.style.name for t in document.tables} == {"Table Grid"}
    sectie = document.sections[0]
    assert round(sectie.page_width.cm, 1) == 21.0 and round(sectie.page_height.cm, 1) == 29.7
    assert "Stichting Welzijn De Brug" in sectie.header.paragraphs[0].text
    assert 'w:instr="PAGE"' in sectie.footer._element.xml


def test_docx_lijsten_herstarten_met_eigen_nummering(document):
    num_ids = []
    for p in document.paragraphs:
        if p.style.name == "List Number":
            num_pr = p._p.pPr.numPr
            num_ids.append(num_pr.numId.val)
    # Every task and competency list has its own numbering, so each starts again at 1.
    assert len(set(num_ids)) >= 3 + 7


def test_md_en_docx_hebben_dezelfde_inhoud(markdown, document):
    assert md_koppen(markdown) == docx_koppen(document)
    md_tekst, dx_tekst = platte_tekst(markdown), docx_tekst(document)
    for p in document.paragraphs:
        if p.style.name in ("List Number", "List Number 2", "List Bullet") and p.text:
            assert p.text in md_tekst or p.text.split(": ", 1)[-1] in md_tekst, p.text
    for regel in re.findall(r"^\d+\. (.+)$", markdown, re.M):
        assert re.sub(r"\\(.)", r"\1", regel) in dx_tekst


def test_docx_formeel(cat):
    document = docx.Document(io.BytesIO(W.render_docx(P.bouw(cat, "formeel", "K1,K2").als_data())))
    assert document.core_properties.author == "Onafhankelijke cliëntondersteuning"
    tekst = docx_tekst(document)
    assert "het maken van een brede analyse van de ondersteuningsbehoeften" in tekst
    assert "het betrekken van de leefomgeving van de cliënt" in tekst
    assert "Taak K3. Versterkt informele en formele netwerken" in tekst  # named in the overview ...
    assert "Taak K3. Versterkt informele en formele netwerken" not in [  # ... but not worked out
        p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    k3 = next(t for t in cat.taken["formeel"] if t.nummer == "K3")
    assert all(drukklaar(a).tekst not in tekst for a in k3.activiteiten)


# ---- a house-style Word template --------------------------------------------------------------------


def _huisstijl(pad: Path, zonder: tuple[str, ...] = ()) -> None:
    doc = docx.Document()
    doc.sections[0].header.paragraphs[0].text = "Gemeente Voorbeeld — huisstijl"
    doc.add_paragraph("OUDE INHOUD VAN HET SJABLOON")
    doc.add_table(rows=1, cols=1).cell(0, 0).text = "OUDE TABEL"
    for naam in zonder:
        element = doc.styles[naam].element
        element.getparent().remove(element)
    doc.save(str(pad))


def test_docx_met_huisstijlsjabloon(data, tmp_path):
    sjabloon = tmp_path / "huisstijl.docx"
    _huisstijl(sjabloon)
    document = docx.Document(io.BytesIO(W.render_docx(data, sjabloon)))
    tekst = docx_tekst(document)
    assert "OUDE INHOUD" not in tekst and "OUDE TABEL" not in tekst
    assert "Gemeente Voorbeeld — huisstijl" in document.sections[0].header.paragraphs[0].text
    assert document.paragraphs[0].style.name == "Title"
    assert document.core_properties.title == "Informeel cliëntondersteuner"


def test_docx_sjabloon_zonder_lijststijlen(data, tmp_path):
    sjabloon = tmp_path / "kaal.docx"
    _huisstijl(sjabloon, zonder=("List Bullet", "List Number", "Quote", "Table Grid"))
    document = docx.Document(io.BytesIO(W.render_docx(data, sjabloon)))
    gebruikt = {p.style.name for p in document.paragraphs}
    assert {"List Bullet", "List Number", "Quote"} <= gebruikt


@pytest.mark.parametrize(("inhoud", "stukje"), [
    (None, "niet gevonden"),
    (b"dit is geen zip", "geen Word-bestand"),
    (b"PK\x03\x04kapot", "Word-sjabloon"),
])
def test_kapot_word_sjabloon(data, tmp_path, inhoud, stukje):
    pad = tmp_path / "huis.docx"
    if inhoud is not None:
        pad.write_bytes(inhoud)
    with pytest.raises(CotFout) as fout:
        W.render_docx(data, pad)
    assert stukje in fout.value.meldingen[0].tekst
    assert fout.value.meldingen[0].bestand.endswith("huis.docx")


# ---- a user's Markdown template: sandboxed --------------------------------------------------------------


def _sjabloon(tmp_path: Path, tekst: str) -> Path:
    pad = tmp_path / "mijn.md.j2"
    pad.write_text(tekst, encoding="utf-8")
    return pad


def test_eigen_sjabloon(data, tmp_path):
    pad = _sjabloon(tmp_path, "# {{ profiel.naam }}\n"
                              "{% for t in taken %}- {{ t.nummer }} {{ t.titel }}\n{% endfor %}")
    uit = W.render_markdown(data, pad)
    assert uit.startswith("# Informeel cliëntondersteuner\n- 1 Legt contact")


def test_eigen_sjabloon_breidt_het_standaardsjabloon_uit(data, tmp_path):
    pad = _sjabloon(tmp_path, '{% extends "profiel.md.j2" %}{% block bronnen %}## Eigen slot\n{% endblock %}')
    uit = W.render_markdown(data, pad)
    assert "## 3 Mogelijk pakket van taken" in uit and uit.rstrip().endswith("## Eigen slot")
    assert "## Bronnen" not in uit


@pytest.mark.parametrize(("tekst", "regel", "stukje"), [
    ("regel 1\n{{ ''.__class__.__mro__ }}\n", 2, "niet toegestaan"),
    ("a\nb\n{{ cycler.__init__.__globals__ }}\n", 3, "niet toegestaan"),
    ("{{ profiel.naam.__class__ }}\n", 1, "niet toegestaan"),
    ("een\n\n{{ bestaat_niet }}\n", 3, "'bestaat_niet' bestaat niet"),
    ("{{ profiel.geen_veld }}", 1, "'geen_veld' bestaat niet"),
    ("{% for x in taken %}\n{{ x.titel }\n{% endfor %}\n", 2, "fout in het sjabloon"),
    ("{% if true %}\nopen\n", 0, "eindigt onverwacht"),
    ("{% for x in range(10**9) %}{% endfor %}", 1, "range() is te groot"),
    ("x\n{% for x in range(1000000) %}{% endfor %}", 2, "range() is te groot"),
    ("{{ 10**10**10 }}", 1, "machtsverheffen"),
    ("{{ 1 / 0 }}", 1, "fout bij het invullen"),
    ('{% include "weg.j2" %}', 1, "'weg.j2' niet gevonden"),
    ("{{ taken | onbekend }}", 1, "onbekend filter 'onbekend'"),
])
def test_vijandige_en_kapotte_sjablonen(data, tmp_path, tekst, regel, stukje):
    pad = _sjabloon(tmp_path, tekst)
    with pytest.raises(CotFout) as fout:
        W.render_markdown(data, pad)
    melding = fout.value.meldingen[0]
    assert melding.bestand.endswith("mijn.md.j2")
    assert stukje in melding.tekst
    if regel:
        assert melding.regel == regel


def test_sjabloon_ontbreekt_of_is_word(data, tmp_path):
    with pytest.raises(CotFout, match="sjabloon niet gevonden"):
        W.render_markdown(data, tmp_path / "weg.md.j2")
    word = tmp_path / "huis.docx"
    _huisstijl(word)
    with pytest.raises(CotFout, match="Word-bestand"):
        W.render_markdown(data, word)


def test_sjabloon_te_veel_uitvoer(data, tmp_path, monkeypatch):
    from clientondersteuning.weergave import zandbak

    monkeypatch.setattr(zandbak, "MAX_TEKENS", 1000)
    pad = _sjabloon(tmp_path, "{% for x in range(99999) %}xxxxxxxxxx{% endfor %}")
    with pytest.raises(CotFout, match="te veel tekst"):
        W.render_markdown(data, pad)


# ---- LibreOffice ---------------------------------------------------------------------------------------


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is niet geïnstalleerd")
def test_docx_opent_in_libreoffice(data, tmp_path):
    bron = tmp_path / "profiel.docx"
    bron.write_bytes(W.render_docx(data))
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(bron)],
                   check=True, capture_output=True, timeout=180)
    pdf = tmp_path / "profiel.pdf"
    assert pdf.exists() and pdf.stat().st_size > 20_000
    if shutil.which("pdftotext"):
        tekst = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                               check=True).stdout
        assert "Informeel cliëntondersteuner" in tekst
        assert "Pagina 1 van" in tekst
        assert "maakt gemakkelijk contact met uiteenlopende mensen" in tekst
