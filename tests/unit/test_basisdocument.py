"""The profile in the house style without python-docx (weergave.basisdocument): the stored base is
what python-docx makes today, and a profile written into it is, part for part, the document
python-docx makes from the same base."""

from __future__ import annotations

import copy
import io
import subprocess
import sys
import time
import zipfile

import docx
import pytest

from clientondersteuning import definitie as D
from clientondersteuning import profiel as P
from clientondersteuning.laden import laad_of_stop
from clientondersteuning.weergave import basisdocument, render_docx, wordxml, zippakket
from clientondersteuning.weergave.huisstijl import _huisstijl, kop_en_voet
from clientondersteuning.weergave.profiel_docx import _in_document, _kop_teksten
from helpers import CATALOGUS, REPO


def _delen(pakket: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(pakket)) as z:
        return [(info.filename, z.read(info)) for info in z.infolist()]


@pytest.fixture(scope="module")
def data():
    org = D.lees_organisatie(REPO / "examples" / "organisatie.yaml")
    return P.bouw(laad_of_stop(CATALOGUS), "informeel", "1,3,6", organisatie=org).als_data()


def test_opgeslagen_basis_is_wat_python_docx_nu_maakt():
    assert _delen(basisdocument.maak()) == _delen(basisdocument.BESTAND.read_bytes()), (
        "de huisstijl of python-docx is veranderd: maak de basis opnieuw met 'make basisdocument'")


def _lastig(data: dict) -> dict:
    """Header, footer and properties with text that looks like markup or like a placeholder."""
    data = copy.deepcopy(data)
    data["organisatie"]["naam"] = 'Org & <Zonen>\t"x" @@title@@'
    data["profiel"]["naam"] = " @@kop_links@@ <b>profiel</b> "
    data["profiel"]["datum"] = "1 januari 1901 @@comments@@"
    data["teksten"]["slot"] = "Slot & <eind> @@@@ @@subject"
    return data


@pytest.mark.parametrize("lastig", [False, True])
@pytest.mark.parametrize("inhoudsopgave", [False, True])
def test_huisstijl_zonder_python_docx_is_het_document_van_python_docx(data, lastig, inhoudsopgave):
    if lastig:
        data = _lastig(data)
    doc = docx.Document()  # the house style as python-docx makes it, filled by the template path
    _huisstijl(doc)
    kop_en_voet(doc, *_kop_teksten(data))
    verwacht = _delen(_in_document(doc, data, inhoudsopgave))
    assert _delen(render_docx(data, inhoudsopgave=inhoudsopgave)) == verwacht
    assert ("toc1" in dict(verwacht)["word/document.xml"].decode()) is inhoudsopgave


def test_huisstijl_laadt_python_docx_en_lxml_niet():
    """The point of the base: a profile in the house style costs no python-docx (nor lxml)."""
    code = ("import sys\n"
            "from pathlib import Path\n"
            "from clientondersteuning import profiel, weergave\n"
            "from clientondersteuning.laden import laad_of_stop\n"
            f"data = profiel.bouw(laad_of_stop(Path({str(CATALOGUS)!r})), 'informeel', 'alle').als_data()\n"
            "assert weergave.render('profiel', data, 'docx').startswith(b'PK')\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('docx', 'lxml')))\n")
    uit = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert uit.stdout.strip() == "[]"


@pytest.mark.parametrize("teken", ["\x00", "\x01", "\x0b", "\x1f", "\ufffe", "\uffff", "\ud800"],
                         ids=lambda teken: f"U{ord(teken):04X}")
def test_teken_dat_niet_in_xml_kan_geeft_een_fout_als_bij_python_docx(data, teken):
    data = copy.deepcopy(data)
    data["teksten"]["inleiding"] = [f"voor{teken}na"]
    with pytest.raises(ValueError):
        render_docx(data)
    assert wordxml.xml_bytes("tab\tregel\nterug\r 😀 \x7f") == "tab\tregel\nterug\r 😀 \x7f".encode()


def test_zip_zoals_zipfile_hem_schrijft(monkeypatch):
    """Byte for byte what zipfile writes (at the same moment); a copied member stays as it was."""
    monkeypatch.setattr(time, "localtime", lambda *_: time.struct_time((2026, 11, 30, 14, 7, 31, 0, 334, 0)))
    leden = {"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document>" * 500, "map/é.xml": b""}
    uit = io.BytesIO()
    with zipfile.ZipFile(uit, "w", zipfile.ZIP_DEFLATED) as z:
        for naam, inhoud in leden.items():
            z.writestr(naam, inhoud)
    assert zippakket.schrijf(leden) == uit.getvalue()
    kopie = {naam: zippakket.inpakken(inhoud) for naam, inhoud in leden.items()}
    assert zippakket.schrijf(kopie) == uit.getvalue()  # type: ignore[arg-type]


def test_zip_lezen_zonder_uitpakken(tmp_path):
    pad = tmp_path / "p.zip"
    pad.write_bytes(zippakket.schrijf({"a.xml": b"<a/>" * 100, "b.xml": b"b"}))
    gelezen = zippakket.lees(pad)
    assert list(gelezen) == ["a.xml", "b.xml"]
    assert gelezen["a.xml"].uitgepakt() == b"<a/>" * 100 and gelezen["b.xml"].grootte == 1
    with zipfile.ZipFile(pad) as z:
        assert z.testzip() is None
