"""`cot catalogus export --format case`: the rules of a CASE 1.1 CFPackage, checked one by one.

The official JSON Schema is not read here (the package and its tests must not need it);
these tests state its rules that matter for cot: required fields, no unknown fields, UUIDs,
RFC 3339 dates, the isChildOf tree, the editorial links and stable identifiers.
"""

from __future__ import annotations

import json
import re
import shutil
import uuid
from collections import Counter, defaultdict
from datetime import datetime
from pathlib import Path
from types import SimpleNamespace

import pytest

from clientondersteuning.export import items as items_module
from clientondersteuning.export.case import identifier, pakket
from clientondersteuning.export.items import nummer_onder, vervangen_door
from clientondersteuning.laden import laad_of_stop
from helpers import CATALOGUS, run_line, vervang

UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
# The properties the CASE 1.1 CFPackage schema allows (additionalProperties: false).
DOCUMENT_VELDEN = {"identifier", "uri", "frameworkType", "caseVersion", "creator", "title", "lastChangeDateTime",
                   "officialSourceURL", "publisher", "description", "subject", "subjectURI", "language", "version",
                   "adoptionStatus", "statusStartDate", "statusEndDate", "licenseURI", "notes", "extensions"}
ITEM_VELDEN = {"identifier", "fullStatement", "alternativeLabel", "CFItemType", "uri", "humanCodingScheme",
               "listEnumeration", "abbreviatedStatement", "conceptKeywords", "conceptKeywordsURI", "notes", "subject",
               "subjectURI", "language", "educationLevel", "CFItemTypeURI", "licenseURI", "statusStartDate",
               "statusEndDate", "lastChangeDateTime", "extensions"}
ASSOCIATIE_VELDEN = {"identifier", "associationType", "sequenceNumber", "uri", "originNodeURI",
                     "destinationNodeURI", "CFAssociationGroupingURI", "lastChangeDateTime", "notes", "extensions"}
ASSOCIATIE_TYPES = {"isChildOf", "isPeerOf", "isPartOf", "exactMatchOf", "precedes", "isRelatedTo", "replacedBy",
                    "exemplar", "hasSkillLevel", "isTranslationOf"}
LINK_VELDEN = {"title", "identifier", "uri"}


@pytest.fixture(scope="module")
def cat():
    return laad_of_stop(CATALOGUS)


@pytest.fixture(scope="module")
def data(cat):
    return pakket(cat)


def _per_cot_id(data) -> dict[str, dict]:
    return {i["extensions"]["cotId"]: i for i in data["CFItems"]}


def _datum(tekst: str) -> datetime:
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z", tekst), tekst  # RFC 3339, UTC
    return datetime.fromisoformat(tekst)


def test_document_heeft_de_verplichte_en_gevraagde_velden(data, cat):
    doc = data["CFDocument"]
    assert set(doc) <= DOCUMENT_VELDEN
    for veld in ("identifier", "uri", "creator", "title", "lastChangeDateTime"):
        assert doc[veld], veld
    assert doc["caseVersion"] == "1.1" and doc["language"] == "nl"
    assert doc["version"] == cat.versie and doc["title"] == cat.meta.naam
    assert doc["description"] == cat.meta.beschrijving and doc["publisher"] and doc["adoptionStatus"]
    assert set(data) <= {"CFDocument", "CFItems", "CFAssociations", "CFDefinitions", "CFRubrics", "extensions"}


def test_items_en_associaties_hebben_alleen_toegestane_velden(data):
    for item in data["CFItems"]:
        assert set(item) <= ITEM_VELDEN, set(item) - ITEM_VELDEN
        assert "CFDocumentURI" not in item
        for veld in ("identifier", "fullStatement", "uri", "lastChangeDateTime"):
            assert isinstance(item[veld], str) and item[veld], (veld, item)
        assert item["language"] == "nl" and item["notes"]
        assert set(item["CFItemTypeURI"]) == LINK_VELDEN
    for assoc in data["CFAssociations"]:
        assert set(assoc) <= ASSOCIATIE_VELDEN, set(assoc) - ASSOCIATIE_VELDEN
        for veld in ("identifier", "associationType", "uri", "originNodeURI", "destinationNodeURI",
                     "lastChangeDateTime"):
            assert assoc[veld], (veld, assoc)
        assert assoc["associationType"] in ASSOCIATIE_TYPES
        assert set(assoc["originNodeURI"]) == set(assoc["destinationNodeURI"]) == LINK_VELDEN
    for soort in data["CFDefinitions"]["CFItemTypes"]:
        assert {"identifier", "uri", "title", "description", "hierarchyCode", "lastChangeDateTime"} <= set(soort)


def test_identifiers_zijn_kleine_uuids_en_uniek(data):
    idents = [data["CFDocument"]["identifier"]]
    idents += [i["identifier"] for i in data["CFItems"]] + [a["identifier"] for a in data["CFAssociations"]]
    idents += [d["identifier"] for lijst in data["CFDefinitions"].values() for d in lijst]
    for ident in idents:
        assert UUID.match(ident), ident
        assert uuid.UUID(ident).version == 5
    assert len(idents) == len(set(idents))
    for obj in [data["CFDocument"], *data["CFItems"], *data["CFAssociations"]]:
        assert obj["uri"] == f"urn:uuid:{obj['identifier']}"
    # Links point at what they name.
    alle = {data["CFDocument"]["identifier"]} | {i["identifier"] for i in data["CFItems"]}
    for assoc in data["CFAssociations"]:
        for kant in ("originNodeURI", "destinationNodeURI"):
            link = assoc[kant]
            assert link["identifier"] in alle and link["uri"] == f"urn:uuid:{link['identifier']}"


def test_datums_zijn_rfc3339_utc(data):
    doc = _datum(data["CFDocument"]["lastChangeDateTime"])
    for obj in [*data["CFItems"], *data["CFAssociations"]]:
        assert _datum(obj["lastChangeDateTime"]) <= doc


def test_elk_catalogusitem_precies_een_keer_met_zijn_id_in_extensions(data, cat):
    cot_ids = [i["extensions"]["cotId"] for i in data["CFItems"]]
    assert len(cot_ids) == len(set(cot_ids))
    catalogus_ids = set(cat.plaatsen)  # every ID the catalogue defines
    assert {c for c in cot_ids if not c.startswith("rubriek:")} == catalogus_ids
    per_id = _per_cot_id(data)
    for cot_id in ("inf-alert-observeert-huisvesting", "inf-alert-observeert-regieverlies",
                   "inf-alert-observeert-knelpunten"):  # 4.3.1 a–c have their own IDs
        assert per_id[cot_id]["CFItemType"] == "Onderdeel"
        assert per_id[cot_id]["identifier"] == identifier(cot_id)


def test_nummers_soorten_en_teksten(data):
    per_id = _per_cot_id(data)
    verwacht = {"inf-contact": ("3.1", "Taak"), "inf-alert": ("4.3", "Competentie"),
                "inf-alert-samenvatten": ("4.3.3", "Gedragsindicator"),
                "inf-alert-observeert-huisvesting": ("4.3.1a", "Onderdeel"),
                "frm-verduidelijken-analyse": ("K1a", "Activiteit"), "frm-naast-de-klant-regie": ("2a.iii",
                                                                                              "Gedragsindicator"),
                "lg-wonen": ("2", "Leefgebied"), "laag-toegang": ("2", "Laag")}
    for cot_id, (nummer, soort) in verwacht.items():
        assert (per_id[cot_id]["humanCodingScheme"], per_id[cot_id]["CFItemType"]) == (nummer, soort)
    taak = per_id["inf-contact"]
    assert taak["abbreviatedStatement"] == "Legt contact met potentiële cliënten"
    assert taak["fullStatement"].startswith("Legt contact met potentiële cliënten\n\nAfhankelijk van")
    assert "Movisie" in taak["notes"] and "sectie 3.1" in taak["notes"]
    assert taak["extensions"]["eenvoudig"]["kort"]  # the plain-language text travels along
    assert per_id["lg-wonen"]["conceptKeywords"] == ["huisvesting", "buurt of wijk", "vervoer"]
    vorm = per_id["sch-betrokken-training"]
    assert vorm["CFItemType"] == "Scholingsvorm" and vorm["notes"].startswith("Redactioneel")
    assert vorm["extensions"]["redactioneel"] is True and taak["extensions"]["redactioneel"] is False
    gebruikt = {i["CFItemType"] for i in data["CFItems"]}
    assert gebruikt == {t["title"] for t in data["CFDefinitions"]["CFItemTypes"]}
    assert {"Taak", "Activiteit", "Competentie", "Gedragsindicator", "Leefgebied", "Laag", "Tekstblok",
            "Bron", "Onderdeel", "Scholingsvorm"} <= gebruikt


def test_boom_is_compleet_met_volgnummers(data, cat):
    doc = data["CFDocument"]["identifier"]
    ouder: dict[str, str] = {}
    kinderen: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for a in data["CFAssociations"]:
        if a["associationType"] != "isChildOf":
            continue
        kind = a["originNodeURI"]["identifier"]
        assert kind not in ouder, "een item heeft één plaats in de boom"
        ouder[kind] = a["destinationNodeURI"]["identifier"]
        kinderen[ouder[kind]].append((a["sequenceNumber"], kind))
    assert set(ouder) == {i["identifier"] for i in data["CFItems"]}
    for ident in ouder:  # every item reaches the document, without a cycle
        gezien = set()
        while ident != doc:
            assert ident not in gezien
            gezien.add(ident)
            ident = ouder[ident]
    for lijst in kinderen.values():
        assert sorted(n for n, _ in lijst) == list(range(1, len(lijst) + 1))
    # The order is the catalogue's: the activities of task 3.1, the sub-items of 4.3.1.
    taak = next(t for t in cat.taken["informeel"] if t.id == "inf-contact")
    volgorde = [k for _, k in sorted(kinderen[identifier("inf-contact")])]
    assert volgorde == [identifier(a.id) for a in taak.activiteiten]
    assert [k for _, k in sorted(kinderen[identifier("inf-alert-observeert")])] == [
        identifier(x) for x in ("inf-alert-observeert-huisvesting", "inf-alert-observeert-regieverlies",
                                "inf-alert-observeert-knelpunten")]
    assert ouder[identifier("inf-alert-observeert")] == identifier("inf-alert")
    titels = {a["originNodeURI"]["identifier"]: a["originNodeURI"]["title"] for a in data["CFAssociations"]}
    assert titels[identifier("inf-contact-maakt-contact")] == "3.1.1 maakt gemakkelijk contact met uiteenlopende mensen"
    lang = titels[identifier("inf-alert-observeert-huisvesting")]  # a long text: shortened, with its number
    assert lang.startswith("4.3.1a geschiktheid van de huisvesting") and lang.endswith("…") and len(lang) <= 87


def test_redactionele_koppelingen_elk_een_keer_in_de_groepering(data, cat):
    groep = data["CFDefinitions"]["CFAssociationGroupings"]
    assert [g["title"] for g in groep] == ["Redactioneel"]
    verwant = [a for a in data["CFAssociations"] if a["associationType"] == "isRelatedTo"]
    for a in verwant:
        assert a["CFAssociationGroupingURI"]["identifier"] == groep[0]["identifier"]
        assert a["notes"].startswith("Redactioneel")
    paren = Counter((a["originNodeURI"]["identifier"], a["destinationNodeURI"]["identifier"]) for a in verwant)
    verwacht = []
    for k in cat.koppelingen.values():
        for doel in (*k.competenties, *k.leefgebieden, *k.lagen):
            verwacht.append((identifier(k.taak), identifier(doel.id), doel.reden))
    for rol in ("informeel", "formeel"):
        verwacht += [(identifier(f"rubriek:{rol}"), identifier(x.competentie), x.reden) for x in cat.kern[rol]]
    assert len(verwant) == len(verwacht) and set(paren.values()) == {1}
    notes = {(a["originNodeURI"]["identifier"], a["destinationNodeURI"]["identifier"]): a["notes"] for a in verwant}
    for van, naar, reden in verwacht:
        assert reden in notes[(van, naar)]
    assert all(a["associationType"] != "isChildOf" or "CFAssociationGroupingURI" not in a
               for a in data["CFAssociations"])


def test_twee_exports_zijn_gelijk_en_ids_blijven_na_een_tekstwijziging(catalogus_kopie):
    eerste = run_line(["--catalogus", str(catalogus_kopie), "catalogus", "export"])
    tweede = run_line(["--catalogus", str(catalogus_kopie), "catalogus", "export"])
    assert eerste.exit_code == tweede.exit_code == 0, eerste
    assert eerste.stdout == tweede.stdout
    vervang(catalogus_kopie / "informeel" / "taken.yaml", "Legt contact met potentiële cliënten",
            "Legt contact met mensen die hulp kunnen gebruiken", aantal=2)  # title and section
    derde = run_line(["--catalogus", str(catalogus_kopie), "catalogus", "export"])
    oud, nieuw = json.loads(eerste.stdout), json.loads(derde.stdout)

    def idents(d):
        return ([d["CFDocument"]["identifier"]] + [(i["extensions"]["cotId"], i["identifier"]) for i in d["CFItems"]]
                + [a["identifier"] for a in d["CFAssociations"]])

    assert idents(oud) == idents(nieuw)
    nieuwe_titel = _per_cot_id(nieuw)["inf-contact"]["abbreviatedStatement"]
    assert nieuwe_titel == "Legt contact met mensen die hulp kunnen gebruiken"


def test_zonder_git_de_releasedatum(catalogus_kopie):
    r = run_line(["--catalogus", str(catalogus_kopie), "catalogus", "export"])
    data = json.loads(r.stdout)
    assert {i["lastChangeDateTime"] for i in data["CFItems"]} == {"2026-11-25T00:00:00Z"}
    assert f"CASE 1.1: {len(data['CFItems'])} items" in r.stderr


def test_vervangen_door_wordt_replacedby(cat, monkeypatch):
    assert vervangen_door(SimpleNamespace()) == ()
    assert vervangen_door(SimpleNamespace(vervangen_door="inf-vraag")) == ("inf-vraag",)
    assert vervangen_door(SimpleNamespace(vervangen_door=["a", "b"])) == ("a", "b")
    monkeypatch.setattr(items_module, "vervangen_door",
                        lambda obj: ("inf-vraag",) if getattr(obj, "id", "") == "inf-contact" else ())
    data = pakket(cat)
    vervangen = [a for a in data["CFAssociations"] if a["associationType"] == "replacedBy"]
    assert [(a["originNodeURI"]["identifier"], a["destinationNodeURI"]["identifier"]) for a in vervangen] == [
        (identifier("inf-contact"), identifier("inf-vraag"))]
    assert "CFAssociationGroupingURI" not in vervangen[0]


def test_een_rol(cat):
    data = pakket(cat, "formeel")
    per_id = _per_cot_id(data)
    assert not any(c.startswith("inf-") for c in per_id)
    assert "frm-verduidelijken" in per_id and "lg-wonen" in per_id and "redactie" in per_id
    assert "rubriek:informeel" not in per_id
    assert data["CFDocument"]["identifier"] == pakket(cat)["CFDocument"]["identifier"]
    idents = {i["identifier"] for i in data["CFItems"]} | {data["CFDocument"]["identifier"]}
    for a in data["CFAssociations"]:
        assert a["originNodeURI"]["identifier"] in idents and a["destinationNodeURI"]["identifier"] in idents


def test_nummer_onder():
    assert nummer_onder("4.3", "1") == "4.3.1"
    assert nummer_onder("4.3.1", "a") == "4.3.1a"
    assert nummer_onder("K1", "a") == "K1a"
    assert nummer_onder("2a", "iv") == "2a.iv"
    assert nummer_onder("O2", "10") == "O2.10"


def _git(root: Path, datum: str | None, *args: str) -> None:
    import os
    import subprocess

    from clientondersteuning.git import zonder_git_omgeving

    env = {**zonder_git_omgeving(), "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.org",
           "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.org",
           "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}
    if datum:
        env["GIT_COMMITTER_DATE"] = env["GIT_AUTHOR_DATE"] = datum
    subprocess.run(["git", "-c", "commit.gpgsign=false", *args], cwd=root, env=env, check=True,
                   capture_output=True)


@pytest.mark.skipif(shutil.which("git") is None, reason="git is niet geïnstalleerd")
def test_wijzigingsdatum_uit_git_per_bestand(tmp_path, monkeypatch):
    from helpers import kopieer_catalogus

    monkeypatch.chdir(tmp_path)
    map_ = kopieer_catalogus(tmp_path / "repo met ë")
    root = map_.parent
    _git(root, None, "init", "-q", "-b", "main")
    _git(root, None, "add", "-A")
    _git(root, "2026-01-02T10:00:00+01:00", "commit", "-q", "-m", "eerste")
    vervang(map_ / "leefgebieden.yaml", "naam: Wonen", "naam: Wonen en leven")
    _git(root, None, "add", "-A")
    _git(root, "2026-03-04T12:30:00+01:00", "commit", "-q", "-m", "tweede")
    r = run_line(["--catalogus", str(map_), "catalogus", "export"])
    data = json.loads(r.stdout)
    per_id = _per_cot_id(data)
    assert per_id["lg-wonen"]["lastChangeDateTime"] == "2026-03-04T11:30:00Z"
    assert per_id["lg-zingeving"]["lastChangeDateTime"] == "2026-03-04T11:30:00Z"  # same file
    assert per_id["inf-contact"]["lastChangeDateTime"] == "2026-01-02T09:00:00Z"
    assert data["CFDocument"]["lastChangeDateTime"] == "2026-03-04T11:30:00Z"
    assert run_line(["--catalogus", str(map_), "catalogus", "export"]).stdout == r.stdout


@pytest.mark.skipif(shutil.which("git") is None, reason="git is niet geïnstalleerd")
def test_laatste_wijzigingen_buiten_git(tmp_path):
    from clientondersteuning.git import laatste_wijzigingen

    (tmp_path / "los").mkdir()
    assert laatste_wijzigingen(tmp_path / "los") == {}


def test_releasedatum_moet_bestaan(catalogus_kopie):
    from helpers import regel_van

    pad = catalogus_kopie / "catalogus.yaml"
    vervang(pad, 'datum: "2026-11-25"', 'datum: "2026-02-30"')
    r = run_line(["catalogus", "check", str(catalogus_kopie)])
    assert r.exit_code == 1
    assert f"catalogus.yaml:{regel_van(pad, 'datum:')}:" in r.stdout and "geen bestaande datum" in r.stdout
    r = run_line(["--catalogus", str(catalogus_kopie), "catalogus", "export"])
    assert r.exit_code == 1 and r.stdout == "" and "Traceback" not in r.output
