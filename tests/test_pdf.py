"""Accessible PDF: LibreOffice turns cot's DOCX into a tagged PDF/UA file that reads back right."""

from __future__ import annotations

import io
import shutil

import docx
import pytest

from clientondersteuning import pdf as PDF
from clientondersteuning import profiel as P
from clientondersteuning import weergave as W
from clientondersteuning.bronteksten import drukklaar
from clientondersteuning.definitie import lees_organisatie
from clientondersteuning.fouten import CotFout
from clientondersteuning.laden import laad_of_stop
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

