"""`cot catalogus export --format csv|xlsx`: flat files that Excel opens right and that round-trip."""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import pytest
from openpyxl import load_workbook

from clientondersteuning.export.tabel import ITEM_KOLOMMEN, RELATIE_KOLOMMEN
from clientondersteuning.laden import laad_of_stop
from helpers import CATALOGUS, run_line


@pytest.fixture(scope="module")
def cat():
    return laad_of_stop(CATALOGUS)


def _lees_csv(pad: Path, scheidingsteken: str = ",") -> list[dict[str, str]]:
    ruw = pad.read_bytes()
    assert ruw.startswith(b"\xef\xbb\xbf"), "UTF-8 met BOM, zodat Excel de tekens goed toont"
    tekst = ruw.decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(tekst, newline=""), delimiter=scheidingsteken))


def test_csv_met_puntkomma_leest_terug(tmp_path, cat):
    uit = tmp_path / "catalogus.csv"
    r = run_line(["catalogus", "export", "--format", "csv", "-o", str(uit), "--scheidingsteken", ";"])
    assert r.exit_code == 0, r
    assert "catalogus-relaties.csv" in r.stderr and "relaties" in r.stderr
    rijen = _lees_csv(uit, ";")
    assert tuple(rijen[0]) == ITEM_KOLOMMEN
    assert len(rijen) == len(cat.plaatsen) == len({r["id"] for r in rijen})
    per_id = {r["id"]: r for r in rijen}
    taak = per_id["inf-contact"]
    assert (taak["soort"], taak["rol"], taak["nummer"], taak["titel"]) == (
        "Taak", "informeel", "3.1", "Legt contact met potentiële cliënten")
    assert taak["ouder_id"] == "" and taak["bron"] == "movisie-2017"
    assert taak["sectie"] == "3.1 Legt contact met potentiële cliënten"
    assert taak["redactioneel"] == "nee" and taak["catalogusversie"] == cat.versie
    onderdeel = per_id["inf-alert-observeert-regieverlies"]
    assert (onderdeel["nummer"], onderdeel["ouder_id"], onderdeel["ouder_nummer"]) == (
        "4.3.1b", "inf-alert-observeert", "4.3.1")
    assert onderdeel["tekst"].startswith("regieverlies, persoonlijke verwaarlozing")
    assert per_id["lg-wonen"]["tekst"] == "huisvesting | buurt of wijk | vervoer"
    assert per_id["sch-betrokken-training"]["redactioneel"] == "ja"
    assert per_id["frm-naast-de-klant-regie"]["nummer"] == "2a.iii"
    assert per_id["ctx-aanleiding"]["tekst"].count(" | ") == 2  # three paragraphs

    relaties = _lees_csv(tmp_path / "catalogus-relaties.csv", ";")
    assert tuple(relaties[0]) == RELATIE_KOLOMMEN
    koppeling = next(r for r in relaties if r["van_id"] == "inf-contact" and r["naar_id"] == "inf-alert")
    assert koppeling["relatie"] == "vraagt competentie"
    assert (koppeling["van_nummer"], koppeling["van_titel"]) == ("3.1", "Legt contact met potentiële cliënten")
    assert (koppeling["naar_nummer"], koppeling["naar_titel"]) == ("4.3", "Observeert en is alert")
    assert koppeling["reden"].startswith("Polst de leefsituatie") and koppeling["redactioneel"] == "ja"
    kern = [r for r in relaties if r["relatie"] == "kerncompetentie"]
    assert {(r["van_id"], r["naar_nummer"]) for r in kern} >= {("informeel", "4.1"), ("informeel", "4.8")}
    aantal = sum(len(k.competenties) + len(k.leefgebieden) + len(k.lagen) for k in cat.koppelingen.values())
    assert len(relaties) == aantal + sum(len(v) for v in cat.kern.values())


def test_csv_standaard_komma_en_aanhalingstekens(tmp_path):
    uit = tmp_path / "c.csv"
    assert run_line(["catalogus", "export", "-o", str(uit), "--rol", "formeel"]).exit_code == 0
    ruw = uit.read_bytes().decode("utf-8-sig")
    assert ruw.startswith("id,soort,rol,nummer,") and "\r\n" in ruw
    rijen = _lees_csv(uit)
    assert {r["rol"] for r in rijen} == {"formeel", ""}  # formeel plus what both roles share
    verduidelijken = next(r for r in rijen if r["id"] == "frm-verduidelijken-analyse")
    assert verduidelijken["tekst"] == ("het maken van een brede analyse van de ondersteuningsbehoeften van "
                                       "cliënten en zijn/haar omgeving;")


def test_csv_overschrijft_niets_zonder_force(tmp_path):
    uit = tmp_path / "c.csv"
    (tmp_path / "c-relaties.csv").write_text("van mij", encoding="utf-8")
    r = run_line(["catalogus", "export", "-o", str(uit)])
    assert r.exit_code == 1 and "c-relaties.csv" in r.stderr and "--force" in r.stderr
    assert not uit.exists(), "geen half geschreven export"
    assert (tmp_path / "c-relaties.csv").read_text(encoding="utf-8") == "van mij"
    assert run_line(["catalogus", "export", "-o", str(uit), "--force"]).exit_code == 0
    assert (tmp_path / "c-relaties.csv").read_bytes().startswith(b"\xef\xbb\xbfrelatie,")


@pytest.mark.parametrize(("argumenten", "melding"), [
    (["--format", "csv"], "-o PAD"),
    (["--format", "xlsx"], "-o PAD"),
    (["--format", "pdf"], "kies uit: case, csv, xlsx"),
    (["--rol", "vrijwilliger"], "kies uit: informeel, formeel"),
    (["-o", "x.csv", "--scheidingsteken", ";;"], "één teken"),
    (["-o", "x.csv", "--scheidingsteken", '"'], "één teken"),
    (["--scheidingsteken", ";"], "hoort bij --format csv"),
])
def test_gebruiksfouten(tmp_path, monkeypatch, argumenten, melding):
    monkeypatch.chdir(tmp_path)
    r = run_line(["catalogus", "export", *argumenten])
    assert r.exit_code == 2 and melding in r.stderr, r
    assert "Traceback" not in r.output and os.listdir(tmp_path) == []


def test_xlsx_tekst_blijft_tekst(tmp_path, cat):
    uit = tmp_path / "catalogus.xlsx"
    r = run_line(["catalogus", "export", "-o", str(uit)])
    assert r.exit_code == 0, r
    werkmap = load_workbook(uit)
    assert werkmap.sheetnames == ["Items", "Relaties"]
    blad = werkmap["Items"]
    kop = [c.value for c in blad[1]]
    assert tuple(kop) == ITEM_KOLOMMEN
    rijen = {rij[0].value: rij for rij in blad.iter_rows(min_row=2)}
    assert len(rijen) == len(cat.plaatsen)
    nummer = rijen["inf-betrokken"][kop.index("nummer")]
    assert nummer.value == "4.1" and isinstance(nummer.value, str) and nummer.data_type == "s"
    assert nummer.number_format == "@"
    assert rijen["inf-contact-polst-leefsituatie"][kop.index("nummer")].value == "3.1.2"  # not a date
    assert rijen["lg-wonen"][kop.index("nummer")].value == "2"  # not the number 2
    assert blad.freeze_panes == "A2"
    assert blad.auto_filter.ref == f"A1:M{len(cat.plaatsen) + 1}"
    breedte_id = blad.column_dimensions["A"].width
    assert max(len(i) for i in rijen) <= breedte_id <= 60
    assert blad.column_dimensions["F"].width == 60  # the long texts wrap instead
    assert rijen["inf-contact"][kop.index("tekst")].alignment.wrap_text
    relaties = werkmap["Relaties"]
    assert tuple(c.value for c in relaties[1]) == RELATIE_KOLOMMEN
    assert relaties.freeze_panes == "A2" and relaties.auto_filter.ref


def test_xlsx_formule_wordt_tekst():
    from openpyxl import Workbook

    from clientondersteuning.export.xlsx import zet

    blad = Workbook().active
    cel = zet(blad, 1, 1, "=HYPERLINK(\"http://example.org\",\"klik\")")
    assert cel.data_type == "s" and cel.value.startswith("=")
    assert zet(blad, 2, 1, 3).value == 3 and zet(blad, 3, 1, None).value is None
    assert zet(blad, 4, 1, "1-2").data_type == "s"


def test_csv_formule_wordt_tekst():
    from clientondersteuning.export.csv import als_csv

    rijen = [("=HYPERLINK(\"http://e.vil\",\"klik\")", "+1", "-2+3", "@SUM(A1)", "4.1", "tekst - met streepje")]
    terug = next(csv.reader(io.StringIO(als_csv(("a", "b", "c", "d", "e", "f"), rijen).decode("utf-8-sig")
                                          .splitlines()[1])))
    assert terug == ["'=HYPERLINK(\"http://e.vil\",\"klik\")", "'+1", "'-2+3", "'@SUM(A1)", "4.1",
                     "tekst - met streepje"]
