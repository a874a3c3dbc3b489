"""Accessible PDF: LibreOffice turns cot's DOCX into a tagged PDF/UA file that reads back right."""

from __future__ import annotations

import io
import shutil
from itertools import pairwise

import docx
import pytest

from clientondersteuning import pdf as PDF
from clientondersteuning import profiel as P
from clientondersteuning import weergave as W
from clientondersteuning.bronteksten import drukklaar
from clientondersteuning.fouten import CotFout
from clientondersteuning.laden import laad_of_stop
from clientondersteuning.organisatie import lees_organisatie
from helpers import CATALOGUS, REPO
from pdflezer import lees_pdf

GEEN_LIBREOFFICE = pytest.mark.skipif(PDF.libreoffice() is None, reason="LibreOffice (soffice) is niet geïnstalleerd")


@pytest.fixture(scope="module")
def cat():
    return laad_of_stop(CATALOGUS)


@pytest.fixture(scope="module")
def profiel_pdf(cat):
    org = lees_organisatie(REPO / "examples" / "organisatie.yaml")
    data = P.bouw(cat, "informeel", "1,3,6", naam="Informeel cliëntondersteuner", organisatie=org).als_data()
    if PDF.libreoffice() is None:
        pytest.skip("LibreOffice (soffice) is niet geïnstalleerd")
    document = W.render_docx(data)
    return data, W.render_markdown(data), document, lees_pdf(PDF.docx_naar_pdf(document, "profiel.pdf"))


@GEEN_LIBREOFFICE
def test_pdf_is_getagd_en_nederlands(profiel_pdf):
    _, _, _, inhoud = profiel_pdf
    assert inhoud.gemarkeerd and inhoud.pdfua and inhoud.toon_titel
    assert inhoud.taal == "nl-NL"
    assert inhoud.titel == "Informeel cliëntondersteuner"
    assert inhoud.elementen["/H1"] >= 5 and inhoud.elementen["/H2"] >= 3


@GEEN_LIBREOFFICE
def test_elke_tabel_heeft_kopcellen(profiel_pdf):
    _, _, document, inhoud = profiel_pdf
    aantal = len(docx.Document(io.BytesIO(document)).tables)
    assert len(inhoud.tabellen) >= aantal > 0
    for tabel in inhoud.tabellen:
        assert tabel["/TH"] >= 1, tabel


@GEEN_LIBREOFFICE
def test_pdf_bevat_de_gekozen_taken_en_niet_de_andere(cat, profiel_pdf):
    _, _, _, inhoud = profiel_pdf
    for taak in cat.taken["informeel"]:
        for activiteit in taak.activiteiten:
            tekst = " ".join(drukklaar(activiteit).tekst.split())
            assert (tekst in inhoud.tekst) == (taak.nummer in ("1", "3", "6")), tekst


def test_zonder_libreoffice_een_nederlandse_melding(monkeypatch, tmp_path):
    monkeypatch.setenv("COT_SOFFICE", str(tmp_path / "bestaat-niet"))
    with pytest.raises(CotFout) as fout:
        PDF.docx_naar_pdf(b"PK", "profiel.pdf")
    assert "LibreOffice is nodig" in str(fout.value)
    assert "apt-get install libreoffice-writer-nogui" in str(fout.value)


def test_libreoffice_die_faalt_geeft_een_melding(monkeypatch, tmp_path):
    nep = tmp_path / "soffice"
    nep.write_text("#!/bin/sh\nexit 7\n")
    nep.chmod(0o755)
    monkeypatch.setenv("COT_SOFFICE", str(nep))
    with pytest.raises(CotFout) as fout:
        PDF.docx_naar_pdf(b"PK", "profiel.pdf")
    assert "exitcode 7" in str(fout.value)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is niet geïnstalleerd")
def test_twee_omzettingen_tegelijk(profiel_pdf):
    """Each run has its own LibreOffice profile, so parallel conversions do not block each other."""
    from concurrent.futures import ThreadPoolExecutor

    _, _, document, _ = profiel_pdf
    with ThreadPoolExecutor(2) as pool:
        uitkomsten = list(pool.map(lambda _: PDF.docx_naar_pdf(document), range(2)))
    assert all(u.startswith(b"%PDF") for u in uitkomsten)



# ---- every document as PDF: converted once per kind, read back with pikepdf --------------------------


def _woorden(tekst: str) -> set[str]:
    import re

    return set(re.findall(r"\w+", tekst.lower()))


@pytest.fixture(scope="module")
def alle_pdfs(cat):
    """Every document kind (and the profile for both roles, all tasks and a choice) as PDF."""
    from concurrent.futures import ThreadPoolExecutor

    from clientondersteuning import scholing as s
    from clientondersteuning import werving
    from clientondersteuning.beoordeling import opzet_uit_taken
    from clientondersteuning.keuze import kies_taken

    if PDF.libreoffice() is None:
        pytest.skip("LibreOffice (soffice) is niet geïnstalleerd")
    org = lees_organisatie(REPO / "examples" / "organisatie.yaml")
    vrijwilliger = s.lees_vrijwilliger(cat, REPO / "examples" / "vrijwilligers" / "fien-fictief.yaml")
    wervingsdata = werving.gegevens(cat, "informeel", kies_taken(cat, "informeel", "1,3,6"), org)
    gevallen = {
        "profiel informeel 1,3,6": ("profiel", P.bouw(cat, "informeel", "1,3,6", organisatie=org).als_data()),
        "profiel informeel alle": ("profiel", P.bouw(cat, "informeel", "alle").als_data()),
        "profiel formeel K1,K3,O2": ("profiel", P.bouw(cat, "formeel", "K1,K3,O2", organisatie=org).als_data()),
        "profiel formeel alle": ("profiel", P.bouw(cat, "formeel", "alle").als_data()),
        "vacature": ("vacature", wervingsdata),
        "oproep": ("oproep", wervingsdata),
        "folder": ("folder", wervingsdata),
        "zelfevaluatie": ("zelfevaluatie", s.formulier_data(opzet_uit_taken(cat, "informeel", "1,3,6"))),
        "gap": ("gap", s.gap_data(vrijwilliger, s.gap(cat, vrijwilliger))),
        "team": ("team", s.team_data(cat, s.team(cat, REPO / "examples" / "vrijwilligers"))),
    }

    def maak(geval: tuple[str, dict]) -> tuple[str, str, bytes, object]:
        soort, data = geval
        inhoud = W.render(soort, data, "pdf")
        return str(W.render(soort, data, "md")), bytes(W.render(soort, data, "docx")), inhoud, lees_pdf(inhoud)

    with ThreadPoolExecutor(3) as pool:
        return dict(zip(gevallen, pool.map(maak, gevallen.values()), strict=True))


GEVALLEN = ["profiel informeel 1,3,6", "profiel informeel alle", "profiel formeel K1,K3,O2", "profiel formeel alle",
            "vacature", "oproep", "folder", "zelfevaluatie", "gap", "team"]


@GEEN_LIBREOFFICE
@pytest.mark.parametrize("geval", GEVALLEN)
def test_elk_document_als_toegankelijke_pdf(alle_pdfs, geval):
    md, document, inhoud, pdf = alle_pdfs[geval]
    assert inhoud.startswith(b"%PDF")
    assert pdf.gemarkeerd and pdf.pdfua and pdf.toon_titel
    assert pdf.taal == "nl-NL"
    assert pdf.titel == docx.Document(io.BytesIO(document)).core_properties.title != ""
    assert pdf.elementen["/H1"] >= 1
    assert len(pdf.tabellen) == len(docx.Document(io.BytesIO(document)).tables)
    for tabel in pdf.tabellen:
        assert tabel["/TH"] >= 1, tabel
    # The PDF carries what the Markdown carries (Word numbers its own lists, Markdown writes them).
    ontbreekt = {w for w in _woorden(md) - _woorden(pdf.tekst) if not w.isdigit() and len(w) > 1}
    if geval == "team":  # the Markdown legend explains its marks ('!', '?'); Word uses colours instead
        ontbreekt -= {"per", "competentie", "score"}
    assert not ontbreekt, sorted(ontbreekt)[:20]


@GEEN_LIBREOFFICE
def test_volledig_profiel_als_pdf_draagt_de_bron(alle_pdfs):
    *_, pdf = alle_pdfs["profiel informeel 1,3,6"]
    for stukje in ("Aanleiding", "om na te gaan op welke onderdelen", "een ‘nieuwe’ naam voor vrijwilligerswerk",
                   "Integrale ondersteuning bij vragen op alle leefgebieden", "Zingeving",
                   "Ervaringsdeskundigen als informele onafhankelijke cliëntondersteuners",
                   "Niet geraakt door de gekozen taken", "(redactioneel)"):
        assert stukje in pdf.tekst, stukje
    assert "verschillenden manieren" not in pdf.tekst


@GEEN_LIBREOFFICE
def _pagina_van_kop(paginas: list[str], titel: str) -> int:
    """The first page with the heading on a line of its own (or wrapped over two), TOC lines left out."""
    for nummer, tekst in enumerate(paginas, start=1):
        regels = [r.strip() for r in tekst.splitlines() if "....." not in r]
        if titel in regels or titel in (f"{a} {b}" for a, b in pairwise(regels)):
            return nummer
    raise AssertionError(f"kop niet gevonden: {titel}")


def test_lange_pdf_heeft_een_inhoudsopgave_met_de_juiste_paginas(alle_pdfs):
    """Over four pages: 'Inhoud' with one entry per chapter, each with the page its heading is on."""
    import re

    import pypdf

    from clientondersteuning.weergave import inhoudsopgave as toc

    for geval in ("profiel informeel 1,3,6", "profiel formeel alle", "zelfevaluatie"):
        _, document, inhoud, pdf = alle_pdfs[geval]
        assert pdf.pagina_s > toc.MAX_PAGINAS_ZONDER
        paginas = [p.extract_text() for p in pypdf.PdfReader(io.BytesIO(inhoud)).pages]
        assert "\nInhoud\n" in paginas[0]
        regels = dict(re.findall(r"^(.+?)\.{5,}(\d+)$", paginas[0], re.M))
        assert list(regels) == toc.koppen(document), geval
        for titel, pagina in regels.items():
            assert int(pagina) == _pagina_van_kop(paginas, titel), (geval, titel)


@GEEN_LIBREOFFICE
def test_korte_pdf_heeft_geen_inhoudsopgave(alle_pdfs):
    for geval in ("vacature", "oproep", "folder", "gap", "team"):
        *_, pdf = alle_pdfs[geval]
        assert pdf.pagina_s <= 4 and "Inhoud" not in pdf.tekst, geval


def test_word_inhoudsopgave_is_een_veld_dat_word_bijwerkt(cat):
    """Without LibreOffice: the entries are written (Word fills in the pages on opening)."""
    from clientondersteuning.weergave import inhoudsopgave as toc

    document = W.render("profiel", P.bouw(cat, "informeel", "1,3,6").als_data(), "docx")
    gelezen = docx.Document(io.BytesIO(document))
    xml = gelezen.element.xml
    assert 'TOC \\o "1-1"' in xml and 'w:fldCharType="begin"' in xml and 'w:fldCharType="end"' in xml
    assert gelezen.settings.element.xml.count("updateFields") == 1
    regels = [p.text.split("\t")[0] for p in gelezen.paragraphs if p.style.name == "toc 1"]
    assert regels == toc.koppen(document) and "Aanleiding" in regels
    assert [p.text for p in gelezen.paragraphs].index("Inhoud") < [p.text for p in gelezen.paragraphs].index(
        "Over dit profiel")
