"""vrijwilliger.yaml may record the catalogue version it was filled in with (the website writes it)."""

from __future__ import annotations

from pathlib import Path

from helpers import build_file_tree, run_line


def test_gap_accepteert_catalogus_versie(tmp_path: Path) -> None:
    build_file_tree(tmp_path, {"henny.yaml": """
        naam: Henny Jansen
        taken: ["1", "3", "6"]
        catalogus_versie: "1.0.0"
        competenties:
          "4.1": 3
          "4.3": 1
    """})
    resultaat = run_line(["scholing", "gap", str(tmp_path / "henny.yaml")])
    assert resultaat.exit_code == 0, resultaat
    assert "4.3" in resultaat.stdout


def test_catalogus_versie_moet_een_versienummer_zijn(tmp_path: Path) -> None:
    build_file_tree(tmp_path, {"henny.yaml": """
        naam: Henny Jansen
        taken: [1]
        catalogus_versie: 1.0
        competenties:
          "4.1": 3
    """})
    resultaat = run_line(["scholing", "gap", str(tmp_path / "henny.yaml")])
    assert resultaat.exit_code == 1
    assert "henny.yaml:3" in resultaat.stderr
