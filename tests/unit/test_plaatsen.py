"""Positions come from the file when a message or view needs them: the catalogue keeps no file texts."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from clientondersteuning.catalogus import Plaats
from clientondersteuning.laden import laad_of_stop
from clientondersteuning.yamlbestand import YamlBestand
from helpers import CATALOGUS, regel_van


def _alles(waarde: object, gezien: set[int]) -> list[object]:
    """Every object reachable through dataclasses, dicts, lists and tuples (models are leaves)."""
    if id(waarde) in gezien:
        return []
    gezien.add(id(waarde))
    kinderen: list[object] = []
    if dataclasses.is_dataclass(waarde) and not isinstance(waarde, type):
        kinderen = [getattr(waarde, f.name) for f in dataclasses.fields(waarde)]
    elif isinstance(waarde, dict):
        kinderen = [*waarde.keys(), *waarde.values()]
    elif isinstance(waarde, (list, tuple, set)):
        kinderen = list(waarde)
    return [waarde, *(x for k in kinderen for x in _alles(k, gezien))]


def test_de_catalogus_houdt_geen_bestandsteksten() -> None:
    cat = laad_of_stop(CATALOGUS)
    alles = _alles(cat, set())
    assert not [x for x in alles if isinstance(x, YamlBestand)]
    langste = max((len(x) for x in alles if isinstance(x, str)), default=0)
    assert langste < 5_000  # item texts, not whole files
    assert cat.plaatsen and all({f.name for f in dataclasses.fields(p)} == {"pad", "bestand", "loc"}
                                for p in cat.plaatsen.values())


def test_de_regel_komt_uit_het_bestand_zoals_het_nu_is(catalogus_kopie: Path) -> None:
    cat = laad_of_stop(catalogus_kopie)
    taak = cat.taken["informeel"][2]
    plaats: Plaats = cat.plaatsen[taak.id]
    pad = catalogus_kopie / "informeel" / "taken.yaml"
    assert plaats.regel == regel_van(pad, f"id: {taak.id}")
    tekst = pad.read_text(encoding="utf-8")
    kop, rest = tekst.split("\n", 1)
    pad.write_text(f"{kop}\n# twee\n# regels erbij\n{rest}", encoding="utf-8")
    assert plaats.regel == regel_van(pad, f"id: {taak.id}") > 2


def test_onleesbaar_bestand_geeft_regel_nul(tmp_path: Path) -> None:
    assert Plaats(tmp_path / "weg.yaml", "weg.yaml", ("taken", 0)).regel == 0
