"""`cot scholing team --format xlsx`: the team matrix as a workbook a coordinator can sort and filter."""

from __future__ import annotations

import shutil
import stat
import subprocess
import zipfile

import pytest
from openpyxl import load_workbook

from clientondersteuning.scholing import TEAM_KLEUREN
from helpers import REPO, run_line

VOORBEELDEN = REPO / "examples" / "vrijwilligers"


def _regels(blad, kolom: str) -> list[str]:
    """The conditional-formatting formulas that apply to a column of the sheet."""
    formules = []
    for bereik in blad.conditional_formatting:
        if str(bereik.sqref).startswith(f"{kolom}2:"):
            formules += [(regel.formula[0], regel.dxf.fill.fgColor.rgb) for regel in bereik.rules]
    return formules


@pytest.fixture
def werkmap_pad(tmp_path):
    uit = tmp_path / "team.xlsx"
    r = run_line(["scholing", "team", str(VOORBEELDEN), "-o", str(uit)])
    assert r.exit_code == 0, r
    return uit


def test_team_werkmap(werkmap_pad):
    assert stat.S_IMODE(werkmap_pad.stat().st_mode) == 0o600  # personal data
    werkmap = load_workbook(werkmap_pad)
    assert werkmap.sheetnames == ["Overzicht", "Groepsscholing", "Competenties"]
    blad = werkmap["Overzicht"]
    kop = [c.value for c in blad[1]]
    assert kop == ["Vrijwilliger", "4.1", "4.2", "4.3", "4.4", "4.5", "4.6", "4.7", "4.8"]
    assert all(isinstance(k, str) for k in kop)
    rijen = {rij[0].value: [c.value for c in rij] for rij in blad.iter_rows(min_row=2)}
    assert set(rijen) == {"Fien Fictief", "Piet Proef", "Tessa Test"}
    assert rijen["Fien Fictief"][1:] == [3, 2, 2, "?", 4, 3, 3, "?"]  # scores stay numbers, to sort on
    assert rijen["Piet Proef"][kop.index("4.2")] is None  # not needed for his profile: empty
    assert blad.freeze_panes == "A2" and blad.auto_filter.ref == "A1:I4"

    # 4.3: everyone has norm 3, so the colours are rules that follow the score.
    regels = dict(_regels(blad, "D"))
    assert regels == {"AND(ISNUMBER(D2),D2<=1)": "00" + TEAM_KLEUREN["tekort2"],
                      "AND(ISNUMBER(D2),D2=2)": "00" + TEAM_KLEUREN["tekort1"],
                      "AND(ISNUMBER(D2),D2>=3)": "00" + TEAM_KLEUREN["in_orde"],
                      'D2="?"': "00" + TEAM_KLEUREN["niet_beoordeeld"]}
    # 4.1: Fien's profile asks 4, the others 3: fixed colours per cell, as in the DOCX.
    assert _regels(blad, "B") == []
    kleuren = {rij[0].value: rij[1].fill.fgColor.rgb for rij in blad.iter_rows(min_row=2)}
    assert kleuren == {"Fien Fictief": "00" + TEAM_KLEUREN["tekort1"], "Piet Proef": "00" + TEAM_KLEUREN["in_orde"],
                       "Tessa Test": "00" + TEAM_KLEUREN["in_orde"]}

    groep = werkmap["Groepsscholing"]
    eerste = [c.value for c in groep[2]]
    assert eerste[:5] == [1, "4.3", "Observeert en is alert", 3, 3]
    assert "Fien Fictief" in eerste[7] and "Tessa Test" in eerste[7]
    assert "meelopen met een formele cliëntondersteuner: " in eerste[8]
    comps = werkmap["Competenties"]
    assert [c.value for c in comps[2]][:2] == ["4.1", "Is betrokken en toegankelijk"]
    assert any("Rood: 2 of meer onder de norm" in str(c.value) for c in comps["A"])


def test_team_werkmap_anoniem_en_formules(tmp_path):
    map_ = tmp_path / "team"
    map_.mkdir()
    (map_ / "a.yaml").write_text('naam: "=HYPERLINK(\\"http://example.org\\",\\"x\\")"\ntaken: [1]\n'
                                 'competenties: {"4.3": 1}\n', encoding="utf-8")
    (map_ / "b.yaml").write_text('naam: Henny Jansen\ntaken: [1]\ncompetenties: {"4.3": 2}\n', encoding="utf-8")
    uit = tmp_path / "team.xlsx"
    assert run_line(["scholing", "team", str(map_), "-o", str(uit)]).exit_code == 0
    naam = load_workbook(uit)["Overzicht"]["A2"]
    assert naam.data_type == "s" and naam.value.startswith("=HYPERLINK")  # text, never a formula
    anoniem = tmp_path / "anoniem.xlsx"
    assert run_line(["scholing", "team", str(map_), "--anoniem", "--format", "xlsx", "-o", str(anoniem)]).exit_code == 0
    with zipfile.ZipFile(anoniem) as z:
        inhoud = b"".join(z.read(n) for n in z.namelist())
    assert b"Henny" not in inhoud and b"Jansen" not in inhoud and b"HYPERLINK" not in inhoud
    werkmap = load_workbook(anoniem)
    assert [r[0].value for r in werkmap["Overzicht"].iter_rows(min_row=2)] == ["V1", "V2"]


def test_team_xlsx_gebruiksfouten(tmp_path):
    r = run_line(["scholing", "team", str(VOORBEELDEN), "--format", "xlsx"])
    assert r.exit_code == 2 and "-o BESTAND.xlsx" in r.stderr
    bestaat = tmp_path / "team.xlsx"
    bestaat.write_bytes(b"oud")
    r = run_line(["scholing", "team", str(VOORBEELDEN), "-o", str(bestaat)])
    assert r.exit_code == 1 and "--force" in r.stderr and bestaat.read_bytes() == b"oud"


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is niet geïnstalleerd")
def test_team_werkmap_opent_in_libreoffice(werkmap_pad, tmp_path):
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(werkmap_pad)],
                   check=True, capture_output=True, timeout=180)
    pdf = tmp_path / "team.pdf"
    assert pdf.exists() and pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 10_000
    if shutil.which("pdftotext"):
        tekst = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        for deel in ("Vrijwilliger", "Fien Fictief", "Observeert en is alert", "Rood: 2 of meer onder de norm"):
            assert deel in tekst
