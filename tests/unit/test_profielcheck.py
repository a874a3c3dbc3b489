"""controleer_profiel without the command line: the result object, and its errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from clientondersteuning.fouten import CotFout
from clientondersteuning.laden import laad_of_stop
from clientondersteuning.profielcheck import controleer_profiel
from helpers import CATALOGUS, build_file_tree


def test_gebouwd_met_de_huidige_versie(tmp_path: Path) -> None:
    cat = laad_of_stop(CATALOGUS)
    build_file_tree(tmp_path, {"p.yaml": f'naam: X\ntaken: [1]\ncatalogus_versie: "{cat.versie}"\n'})
    uitslag = controleer_profiel(cat, CATALOGUS, tmp_path / "p.yaml")
    assert uitslag.verschil is None and not uitslag.opnieuw_maken and uitslag.versie == cat.versie


def test_zonder_versie_en_zonder_basis(tmp_path: Path) -> None:
    cat = laad_of_stop(CATALOGUS)
    build_file_tree(tmp_path, {"p.yaml": "naam: X\ntaken: [1]\n"})
    with pytest.raises(CotFout, match="het profiel noemt geen 'catalogus_versie'; geef met --basis"):
        controleer_profiel(cat, CATALOGUS, tmp_path / "p.yaml")


def test_onbekende_taak_wijst_naar_de_regel(tmp_path: Path) -> None:
    cat = laad_of_stop(CATALOGUS)
    build_file_tree(tmp_path, {"p.yaml": f'naam: X\ntaken: [1, 9]\ncatalogus_versie: "{cat.versie}"\n'})
    with pytest.raises(CotFout) as fout:
        controleer_profiel(cat, CATALOGUS, tmp_path / "p.yaml")
    assert [(m.regel, m.kolom) for m in fout.value.meldingen] == [(2, 12)]
