"""validatie.py: every kind of Pydantic error becomes one exact Dutch sentence, with its place.

The models here are small and made for the test, so each error kind is reached on purpose.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal

import pytest
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from clientondersteuning.fouten import CotFout, Melding
from clientondersteuning.validatie import (
    MAX_MELDINGEN_PER_BESTAND,
    _soort,
    valideer,
    valideer_of_stop,
    vertaal,
)
from clientondersteuning.yamlbestand import lees_yaml


class Adres(BaseModel):
    model_config = ConfigDict(extra="forbid")
    straat: str
    huisnummer: int = 1


class Persoon(BaseModel):
    model_config = ConfigDict(extra="forbid")
    naam: str = Field("Ans", min_length=1, max_length=5)
    id: str = Field("ans", pattern=r"^[a-z-]+$")
    bron_id: str = Field("b", pattern=r"^[a-z-]+$")
    versie: str = Field("1.0.0", pattern=r"^\d+\.\d+\.\d+$")
    datum: str = Field("2024-01-01", pattern=r"^\d{4}-\d\d-\d\d$")
    code: str = Field("a", pattern=r"^[a-z]$")
    actief: bool = True
    rol: Literal["informeel", "formeel"] = "informeel"
    score: int = Field(2, ge=1, le=4)
    gewicht: float = Field(1.0, gt=0, lt=10)
    geboren: date = date(2000, 1, 1)
    adres: Adres | None = None
    adressen: list[Adres] = Field(default_factory=lambda: [Adres(straat="x")], min_length=1, max_length=2)
    extra: dict[str, Adres] = Field(default_factory=dict)
    even: int = 2

    @field_validator("even")
    @classmethod
    def _even(cls, waarde: int) -> int:
        if waarde % 2:
            raise ValueError("moet even zijn")
        return waarde

    @model_validator(mode="after")
    def _niet_beide(self) -> Persoon:
        if self.naam == "Bep" and self.code == "b":
            raise ValueError("Bep en b gaan niet samen")
        return self


GEEN_ID = "is geen geldig ID: gebruik kleine letters, cijfers en streepjes, bijvoorbeeld 'inf-contact'"


def fouten(data: Any, model: type[BaseModel] = Persoon) -> list[tuple[str, bool]]:
    with pytest.raises(ValidationError) as info:
        model.model_validate(data)
    return [vertaal(fout, model) for fout in info.value.errors(include_url=False)]


@pytest.mark.parametrize(("data", "verwacht"), [
    ({"adres": {"straat": "x", "huisnumer": 3}}, "onbekend veld 'huisnumer' (bedoelde je 'huisnummer'?)"),
    ({"kleur": "rood"}, "onbekend veld 'kleur'; toegestaan zijn: naam, id, bron_id, versie, datum, code, actief, "
                        "rol, score, gewicht, geboren, adres, adressen, extra, even"),
    # through a list and an optional model down to the fields of Adres
    ({"adressen": [{"straat": "x", "kleur": 1}]}, "onbekend veld 'kleur'; toegestaan zijn: straat, huisnummer"),
    ({"adres": {"straat": "x", "kleur": 1}}, "onbekend veld 'kleur'; toegestaan zijn: straat, huisnummer"),
    # a mapping of models: the key is no field, so there is nothing to offer
    ({"extra": {"thuis": {"straat": "x", "kleur": 1}}}, "onbekend veld 'kleur'"),
    # a key that looks like a union tag Pydantic puts in loc (found by hypothesis: '\u202e[')
    ({"adres": {"straat": "x", "a[b": 1}}, "onbekend veld 'a[b'; toegestaan zijn: straat, huisnummer"),
    ({"date": 1}, "onbekend veld 'date' (bedoelde je 'datum'?)"),
], ids=["suggestie", "lijst-van-velden", "in-lijst", "optioneel-model", "in-mapping", "als-tag", "als-typenaam"])
def test_onbekend_veld_wijst_naar_de_sleutel(data, verwacht):
    assert fouten(data) == [(verwacht, True)]


def test_onbekend_veld_in_een_veld_zonder_model():
    class Los(BaseModel):
        model_config = ConfigDict(extra="forbid")
        getallen: list[int] = []

    assert fouten({"getalen": [1]}, Los) == [("onbekend veld 'getalen' (bedoelde je 'getallen'?)", True)]


@pytest.mark.parametrize(("sleutel", "verwacht"), [
    (3, "ongeldige sleutel '3': een veldnaam is een woord, zoals 'titel'"),
    (None, "ongeldige sleutel '(leeg)': een veldnaam is een woord, zoals 'titel'"),
])
def test_ongeldige_sleutel(sleutel, verwacht):
    assert fouten({sleutel: "x"}) == [(verwacht, True)]


@pytest.mark.parametrize(("data", "verwacht"), [
    ({"adres": {}}, "verplicht veld 'straat' ontbreekt"),
    ({"naam": 5}, "'naam' moet tekst zijn, maar is het getal 5; zet de waarde tussen aanhalingstekens"),
    ({"naam": True}, "'naam' moet tekst zijn, maar is ja/nee-waarde; zet de waarde tussen aanhalingstekens"),
    ({"naam": ["a"]}, "'naam' moet tekst zijn, maar is een lijst"),
    ({"naam": {"a": 1}}, "'naam' moet tekst zijn, maar is velden (een mapping)"),
    ({"even": "twee"}, "'even' moet een geheel getal zijn, maar is tekst"),
    ({"even": [2]}, "'even' moet een geheel getal zijn, maar is een lijst"),
    ({"actief": [True]}, "'actief' moet true of false zijn, maar is een lijst"),
    ({"adressen": "thuis"}, "'adressen' moet een lijst zijn (regels die met '- ' beginnen), maar is tekst"),
    ({"adres": "thuis"}, "'adres' moet velden bevatten (sleutel: waarde), maar is tekst"),
    ({"adressen": [3]}, "'adressen' moet velden bevatten (sleutel: waarde), maar is het getal 3"),
    ({"id": "Ans"}, f"'Ans' {GEEN_ID}"),
    ({"bron_id": "B"}, f"'B' {GEEN_ID}"),
    ({"versie": "1.0"}, "versie '1.0' is geen semantische versie zoals \"1.0.0\""),
    ({"datum": "1 mei"}, "datum '1 mei' moet de vorm JJJJ-MM-DD hebben"),
    ({"code": "AB"}, "'code' heeft geen geldige vorm: 'AB'"),
    ({"naam": ""}, "'naam' is leeg"),
    ({"naam": "Annemarie"}, "'naam' is te lang (maximaal 5 tekens)"),
    ({"adressen": []}, "'adressen' mag niet leeg zijn: minstens 1 item nodig"),
    ({"adressen": [{"straat": "a"}] * 3}, "'adressen' heeft te veel items (maximaal 2)"),
    # Dutch 'of' where Pydantic writes 'or'
    ({"rol": "vrijwilliger"}, "'vrijwilliger' is geen toegestane waarde voor 'rol'; kies uit: 'informeel' of "
                              "'formeel'"),
    ({"score": 0}, "'score' moet minstens 1 zijn, maar is 0"),
    ({"score": 5}, "'score' moet hoogstens 4 zijn, maar is 5"),
    ({"gewicht": 0}, "'gewicht' moet groter dan 0.0 zijn, maar is 0"),
    ({"gewicht": 10}, "'gewicht' moet kleiner dan 10.0 zijn, maar is 10"),
    ({"even": 3}, "'even': moet even zijn"),
    ({"geboren": "gisteren"}, "'geboren' moet een datum zijn in de vorm JJJJ-MM-DD, maar is tekst"),
    ({"geboren": [1]}, "'geboren' moet een datum zijn in de vorm JJJJ-MM-DD, maar is een lijst"),
    ({"gewicht": "zwaar"}, "'gewicht' heeft geen geldige waarde"),
])
def test_elke_soort_fout_een_zin(data, verwacht):
    assert fouten(data) == [(verwacht, False)]


def test_fout_over_het_hele_bestand():
    assert fouten("alleen tekst") == [("het bestand moet velden bevatten (sleutel: waarde), maar is tekst", False)]
    assert fouten({"naam": "Bep", "code": "b"}) == [("Bep en b gaan niet samen", False)]


@pytest.mark.parametrize(("waarde", "verwacht"), [
    (True, "ja/nee-waarde"), (False, "ja/nee-waarde"), (3, "het getal 3"), (2.5, "het kommagetal 2.5"),
    (date(2024, 1, 1), "een datum"), (datetime(2024, 1, 1, 12), "een datum"), ("x", "tekst"),
    ([], "een lijst"), ({}, "velden (een mapping)"), (None, "een lege waarde"), (b"x", "bytes"),
])
def test_soort_van_een_waarde(waarde, verwacht):
    assert _soort(waarde) == verwacht


# ---- valideer: the messages get the file's name and positions -------------------------------


def _bestand(tmp_path: Path, tekst: str):
    pad = tmp_path / "p.yaml"
    pad.write_text(tekst, encoding="utf-8")
    return lees_yaml(pad, naam="p.yaml")


def test_valideer_geeft_plaatsen_op_volgorde(tmp_path):
    bestand = _bestand(tmp_path, "score: 9\nnaam: ''\nkleur: rood\n")
    model, meldingen = valideer(bestand, Persoon)
    assert model is None
    assert [(m.bestand, m.regel, m.kolom, m.code, m.tekst) for m in meldingen] == [
        ("p.yaml", 1, 8, "less_than_equal", "'score' moet hoogstens 4 zijn, maar is 9"),
        ("p.yaml", 2, 7, "string_too_short", "'naam' is leeg"),
        ("p.yaml", 3, 1, "extra_forbidden", "onbekend veld 'kleur'; toegestaan zijn: naam, id, bron_id, versie, "
                                            "datum, code, actief, rol, score, gewicht, geboren, adres, adressen, "
                                            "extra, even"),
    ]


def test_valideer_een_deel_van_het_bestand(tmp_path):
    bestand = _bestand(tmp_path, "kop: 1\nadres:\n  straat: Dorpsweg\n  huisnummer: tien\n")
    model, meldingen = valideer(bestand, Adres, prefix=("adres",))
    assert model is None
    assert [(m.regel, m.kolom, m.tekst) for m in meldingen] == [
        (4, 15, "'huisnummer' moet een geheel getal zijn, maar is tekst")]
    goed = _bestand(tmp_path, "adres:\n  straat: Dorpsweg\n")
    assert valideer(goed, Adres, prefix=("adres",)) == (Adres(straat="Dorpsweg"), [])


class Getallen(BaseModel):
    getallen: list[int]


@pytest.mark.parametrize(("aantal", "rest"), [(MAX_MELDINGEN_PER_BESTAND, None), (MAX_MELDINGEN_PER_BESTAND + 1, 1),
                                             (MAX_MELDINGEN_PER_BESTAND + 7, 7)])
def test_hoogstens_vijftig_meldingen_en_een_telling(tmp_path, aantal, rest):
    bestand = _bestand(tmp_path, "getallen:\n" + "  - x\n" * aantal)
    _, meldingen = valideer(bestand, Getallen)
    telling = [m for m in meldingen if m.code == "te-veel"]
    assert len(meldingen) - len(telling) == MAX_MELDINGEN_PER_BESTAND
    if rest is None:
        assert telling == []
    else:
        assert telling == [Melding("p.yaml", 0, 0, "te-veel", f"en nog {rest} fouten")]
        assert str(telling[0]) == f"p.yaml: en nog {rest} fouten"  # no line: it is about the whole file
        assert meldingen[0] == telling[0]  # sorted first, before the line numbers


def test_valideer_of_stop(tmp_path):
    assert valideer_of_stop(_bestand(tmp_path, "getallen: [1, 2]\n"), Getallen) == Getallen(getallen=[1, 2])
    with pytest.raises(CotFout) as info:
        valideer_of_stop(_bestand(tmp_path, "getallen: [1, twee]\n"), Getallen)
    assert [str(m) for m in info.value.meldingen] == [
        "p.yaml:1:15: 'getallen' moet een geheel getal zijn, maar is tekst"]
    assert info.value.exit_code == 1


class Verwijzingen(BaseModel):
    model_config = ConfigDict(extra="forbid")
    taak: str = Field("t", pattern=r"^[a-z-]+$")
    bron: str = Field("b", pattern=r"^[a-z-]+$")
    competentie: str = Field("c", pattern=r"^[a-z-]+$")
    thuis: Adres = Adres(straat="x")  # a plain model: an annotation without __args__
    misschien: list[Adres] | None = None  # two levels to look through: optional, then list
    per_naam: dict[str, int] = Field(default_factory=dict)


@pytest.mark.parametrize("veld", ["taak", "bron", "competentie"])
def test_verwijzing_is_een_id(veld):
    assert fouten({veld: "Fout ID"}, Verwijzingen) == [(f"'Fout ID' {GEEN_ID}", False)]


@pytest.mark.parametrize("data", [{"thuis": {"straat": "x", "kleur": 1}},
                                  {"misschien": [{"straat": "x", "kleur": 1}]}], ids=["model", "optionele-lijst"])
def test_toegestane_velden_door_elke_annotatie_heen(data):
    assert fouten(data, Verwijzingen) == [("onbekend veld 'kleur'; toegestaan zijn: straat, huisnummer", True)]


def test_mapping_en_attributen_moeten_velden_bevatten():
    assert fouten({"per_naam": "x"}, Verwijzingen) == [
        ("'per_naam' moet velden bevatten (sleutel: waarde), maar is tekst", False)]
    with pytest.raises(ValidationError) as info:  # from_attributes: not used by cot, but the same sentence
        Adres.model_validate(3, from_attributes=True)
    [fout] = info.value.errors()
    assert vertaal(fout, Adres) == ("het bestand moet velden bevatten (sleutel: waarde), maar is het getal 3", False)


def test_fout_zonder_context():
    # an error dict without ctx (errors(include_context=False)): the message comes from 'msg'
    with pytest.raises(ValidationError) as info:
        Persoon.model_validate({"even": 3})
    [fout] = info.value.errors(include_context=False)
    assert vertaal(fout, Persoon) == ("'even': moet even zijn", False)


def test_datum_fout_uit_strikte_invoer():
    fout = {"type": "date_parsing", "loc": ("geboren",), "input": "1-2-2024", "msg": "Input should be a valid date"}
    assert vertaal(fout, Persoon) == ("'geboren' moet een datum zijn in de vorm JJJJ-MM-DD, maar is tekst", False)
