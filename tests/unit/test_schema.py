"""`cot catalogus schema`: one draft-07 JSON Schema per kind of catalogue file, committed and in sync."""

from __future__ import annotations

import json
import re
from pathlib import Path

from clientondersteuning.lader import BESTANDSSOORTEN, catalogus_bestanden
from clientondersteuning.schema import DRAFT_07, schema_naam
from helpers import CATALOGUS, run_line

SCHEMA_MAP = CATALOGUS / "schema"
VERWACHT = sorted(schema_naam(naam) for naam in BESTANDSSOORTEN)


def _schrijf(map_: Path, *extra: str):
    return run_line(["catalogus", "schema", str(map_), *extra])


def _refs(data) -> list[str]:
    if isinstance(data, dict):
        return [v for k, v in data.items() if k == "$ref"] + [r for v in data.values() for r in _refs(v)]
    if isinstance(data, list):
        return [r for v in data for r in _refs(v)]
    return []


def test_een_schema_per_bestandssoort(tmp_path):
    r = _schrijf(tmp_path / "schema")
    assert r.exit_code == 0, r
    namen = sorted(p.name for p in (tmp_path / "schema").iterdir())
    assert namen == VERWACHT
    assert "taken.schema.json" in namen and "catalogus.schema.json" in namen
    assert r.stderr.count("geschreven:") == len(VERWACHT)


def test_draft_07_zonder_defs(tmp_path):
    _schrijf(tmp_path)
    for naam in VERWACHT:
        tekst = (tmp_path / naam).read_text(encoding="utf-8")
        data = json.loads(tekst)
        assert data["$schema"] == DRAFT_07 == "http://json-schema.org/draft-07/schema#"
        assert "$defs" not in tekst, naam
        assert data["type"] == "object"
        assert data["additionalProperties"] is False, naam
        for ref in _refs(data):
            gevonden = re.fullmatch(r"#/definitions/(\w+)", ref)
            assert gevonden, ref
            assert gevonden.group(1) in data["definitions"], ref


def test_schema_kent_de_velden(tmp_path):
    _schrijf(tmp_path)
    taken = json.loads((tmp_path / "taken.schema.json").read_text(encoding="utf-8"))
    assert set(taken["required"]) == {"rol", "taken"}
    taak = taken["definitions"]["Taak"]
    assert {"id", "nummer", "titel", "herkomst"} <= set(taak["required"])
    assert taak["properties"]["nummer"]["description"]  # the descriptions reach the editor
    meta = json.loads((tmp_path / "catalogus.schema.json").read_text(encoding="utf-8"))
    assert meta["properties"]["versie"]["pattern"].startswith("^")


def test_vastgelegde_schemas_zijn_actueel(tmp_path):
    """catalogus/schema/ is what `make schema` writes; after a model change, run `make schema`."""
    _schrijf(tmp_path)
    assert sorted(p.name for p in SCHEMA_MAP.glob("*.json")) == VERWACHT
    for naam in VERWACHT:
        vastgelegd = (SCHEMA_MAP / naam).read_text(encoding="utf-8")
        nieuw = (tmp_path / naam).read_text(encoding="utf-8")
        assert vastgelegd == nieuw, f"{naam} is verouderd: draai 'make schema'"


def test_twee_keer_zonder_force_is_goed(tmp_path):
    assert _schrijf(tmp_path).exit_code == 0
    r = _schrijf(tmp_path)
    assert r.exit_code == 0, r
    assert r.stderr.count("ongewijzigd:") == len(VERWACHT)
    assert "geschreven:" not in r.stderr


def test_ander_bestand_alleen_met_force(tmp_path):
    _schrijf(tmp_path)
    doel = tmp_path / "taken.schema.json"
    doel.write_text('{"eigen": true}\n', encoding="utf-8")
    r = _schrijf(tmp_path)
    assert r.exit_code == 1
    assert "taken.schema.json: bestand bestaat al" in r.stderr
    assert "--force" in r.stderr
    assert doel.read_text(encoding="utf-8") == '{"eigen": true}\n'  # untouched
    r = _schrijf(tmp_path, "--force")
    assert r.exit_code == 0, r
    assert json.loads(doel.read_text(encoding="utf-8"))["$schema"] == DRAFT_07
    assert r.stderr.count("geschreven:") == 1


def test_schema_naar_een_bestand_weigert(tmp_path):
    (tmp_path / "bestand").write_text("x")
    r = _schrijf(tmp_path / "bestand")
    assert r.exit_code == 1
    assert "dit is geen map" in r.stderr


def test_elk_catalogusbestand_wijst_naar_zijn_schema():
    bestanden = catalogus_bestanden(CATALOGUS)
    assert len(bestanden) >= 12
    for pad in bestanden:
        eerste = pad.read_text(encoding="utf-8").splitlines()[0]
        gevonden = re.fullmatch(r"# yaml-language-server: \$schema=(\S+)", eerste)
        assert gevonden, f"{pad}: eerste regel is {eerste!r}"
        schema = (pad.parent / gevonden.group(1)).resolve()
        assert schema.is_file(), f"{pad}: {gevonden.group(1)} bestaat niet"
        assert schema.parent == SCHEMA_MAP.resolve()
        assert schema.name == schema_naam(pad.name), pad
