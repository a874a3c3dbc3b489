"""Six bugs a reviewer planted and the suite did not notice; each test here fails on its bug.

0644 instead of 0600 for reports about volunteers; the GitHub-annotation escaping removed; the
internal-error exit code 3 turned into 1; the cap on messages per file raised; the warning for
a competency without training forms dropped; the red in the team DOCX dropped.
"""

from __future__ import annotations

import io
import re
import stat
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from clientondersteuning.cli.uitvoer import rapport_github
from clientondersteuning.fouten import Melding
from clientondersteuning.validatie import MAX_MELDINGEN_PER_BESTAND
from clientondersteuning.weergave import render
from helpers import REPO, build_file_tree, run_line

PIET = REPO / "examples" / "vrijwilligers" / "piet-proef.yaml"


@pytest.mark.parametrize("opdracht", [
    ["scholing", "gap", str(PIET)],
    ["scholing", "gap", str(PIET), "--format", "json"],
    ["scholing", "team", str(PIET.parent), "--format", "md"],
])
def test_verslagen_over_vrijwilligers_zijn_alleen_voor_de_eigenaar(tmp_path: Path, opdracht: list[str]) -> None:
    doel = tmp_path / "verslag.uit"
    r = run_line([*opdracht, "-o", str(doel)])
    assert r.exit_code in (0, 1), r
    assert stat.S_IMODE(doel.stat().st_mode) == 0o600


def test_github_annotaties_worden_ontsnapt(capsys: pytest.CaptureFixture[str]) -> None:
    rapport_github([Melding("map,met:rare/naam.yaml", 3, 5, "x", "100% fout\nnog een regel")], 1)
    regel = capsys.readouterr().out.splitlines()[0]
    assert regel == ("::error file=map%2Cmet%3Arare/naam.yaml,line=3,col=5,title=cot catalogus check::"
                     "100%25 fout%0Anog een regel")


def test_interne_fout_geeft_exitcode_3(monkeypatch: pytest.MonkeyPatch) -> None:
    from clientondersteuning import zoeken

    def kapot(*_: object, **__: object) -> None:
        raise RuntimeError("geplant")

    monkeypatch.setattr(zoeken, "zoek", kapot)
    monkeypatch.delenv("COT_DEBUG", raising=False)
    r = run_line(["catalogus", "zoek", "contact"])
    assert r.exit_code == 3, r
    assert "interne fout" in r.stderr and "Traceback" not in r.output


def test_hoogstens_vijftig_meldingen_per_bestand(tmp_path: Path) -> None:
    assert MAX_MELDINGEN_PER_BESTAND == 50
    regels = "\n".join(f'  "4.{i}": {{score: 9, toelichting: 7, indicatoren: {{1: 9, 2: 9, 3: 9, 4: 9, 5: 9}}}}'
                        for i in range(1, 9))
    build_file_tree(tmp_path, {"v.yaml": f"naam: X\ntaken: alle\ncompetenties:\n{regels}\n"})
    r = run_line(["scholing", "gap", str(tmp_path / "v.yaml")])
    assert r.exit_code == 1, r
    meldingen = [regel for regel in r.stderr.splitlines() if "v.yaml" in regel]
    assert len(meldingen) == MAX_MELDINGEN_PER_BESTAND + 1
    assert sum(1 for m in meldingen if re.search(r": en nog \d+ fouten$", m)) == 1


def test_competentie_zonder_scholingsvormen_wordt_gemeld(catalogus_kopie: Path) -> None:
    pad = catalogus_kopie / "informeel" / "scholing.yaml"
    tekst = pad.read_text(encoding="utf-8")
    zonder = re.sub(r"  - competentie: inf-overzicht\n(?:    .*\n|\n)*?(?=  # ----)", "", tekst)
    assert zonder != tekst
    pad.write_text(zonder, encoding="utf-8")
    r = run_line(["catalogus", "check", str(catalogus_kopie)])
    assert r.exit_code == 1, r
    assert "competentie 4.6 ('inf-overzicht') heeft geen scholingsvormen in scholing.yaml" in r.stdout


def _vullingen(inhoud: bytes) -> dict[str, str]:
    """Cell text -> shading colour of the team table (the first table)."""
    tabel = docx.Document(io.BytesIO(inhoud)).tables[0]
    kleuren = {}
    for rij in tabel.rows[1:]:
        for cel in rij.cells[1:]:
            shd = cel._tc.tcPr.find(qn("w:shd")) if cel._tc.tcPr is not None else None
            kleuren[cel.text] = shd.get(qn("w:fill")) if shd is not None else ""
    return kleuren


def test_team_docx_kleurt_rood_geel_en_groen() -> None:
    cellen = {"a": {"status": "tekort", "score": 1, "norm": 3, "tekort": 2},
              "b": {"status": "tekort", "score": 2, "norm": 3, "tekort": 1},
              "c": {"status": "in_orde", "score": 4, "norm": 3, "tekort": 0},
              "d": {"status": "niet_beoordeeld", "score": None, "norm": 3, "tekort": None}}
    data = {"vrijwilligers": ["V1"], "aantal_overgeslagen": 0, "aantal_bestanden": 1, "schaal": {},
            "competenties": [{"competentie": k, "titel": k} for k in cellen],
            "matrix": [{"vrijwilliger": "V1", "cellen": cellen}], "groepsscholing": [], "niet_beoordeeld": []}
    assert _vullingen(bytes(render("team", data, "docx"))) == {  # type: ignore[arg-type]
        "1": "F4B6B6", "2": "FFE699", "4": "C6EFCE", "?": "E7E6E6"}
