"""keuze: the error carries data (veld, index, waarde) and a text without command-line words."""

from __future__ import annotations

import pytest

from clientondersteuning.keuze import KeuzeFout, bereik, kies_taken, normen_op_id, onbekende_competentie, rol_van_tekst
from clientondersteuning.laden import laad_of_stop
from helpers import CATALOGUS


@pytest.fixture(scope="module")
def cat():
    return laad_of_stop(CATALOGUS)


@pytest.mark.parametrize(("keuze", "tekst", "index", "waarde"), [
    ("1,alle", "'alle' kan niet samen met taaknummers; kies 'alle' of losse nummers", 1, "alle"),
    ("1,9", "taak '9' bestaat niet bij rol informeel; kies uit: 1–7, of 'alle'", 1, "9"),
    ("3,3.1,1", "taak 1 staat twee keer in de keuze (als '3.1')", 2, "1"),
    ("1,1", "taak 1 staat twee keer in de keuze", 1, "1"),
    ("K1", "taak 'K1' bestaat niet bij rol informeel; kies uit: 1–7, of 'alle' (taak K1 hoort bij rol formeel)", 0,
     "K1"),
    ("", "geen taken gekozen; geef taaknummers op, bijvoorbeeld 1,3,6, of 'alle'", None, None),
    ([], "geen taken gekozen; noem minstens één taaknummer, of 'alle'", None, None),
])
def test_keuzefout_draagt_gegevens(cat, keuze, tekst, index, waarde) -> None:
    with pytest.raises(KeuzeFout) as fout:
        kies_taken(cat, "informeel", keuze)
    assert (fout.value.tekst, fout.value.veld, fout.value.index, fout.value.waarde) == (tekst, "taken", index, waarde)
    assert str(fout.value) == tekst and "--" not in tekst


def test_formele_taken_in_de_fout_worden_opgesomd(cat) -> None:
    with pytest.raises(KeuzeFout) as fout:
        kies_taken(cat, "formeel", "1")
    assert fout.value.tekst == ("taak '1' bestaat niet bij rol formeel; kies uit: K1, K2, K3, O1, O2, O3, O4, O5, O6, "
                                "O7, of 'alle' (taak 1 hoort bij rol informeel)")


def test_rol(cat) -> None:
    assert rol_van_tekst("formeel") == "formeel"
    for keuze in (lambda: rol_van_tekst("vrijwilliger"), lambda: kies_taken(cat, "vrijwilliger", "1")):
        with pytest.raises(KeuzeFout) as fout:
            keuze()
        assert (fout.value.tekst, fout.value.veld, fout.value.index, fout.value.waarde) == (
            "rol 'vrijwilliger' bestaat niet; kies uit: informeel, formeel", "rol", None, "vrijwilliger")


def test_normen(cat) -> None:
    comps = {c.nummer: c.id for c in cat.competenties["informeel"]}
    assert normen_op_id(cat, "informeel", {"4.3": 4, "4.1": 2}) == {comps["4.3"]: 4, comps["4.1"]: 2}
    with pytest.raises(KeuzeFout) as fout:
        normen_op_id(cat, "informeel", {"4.3": 4, "4.9": 2})
    assert (fout.value.veld, fout.value.index, fout.value.waarde) == ("normen", None, "4.9")
    assert fout.value.tekst == onbekende_competentie(cat, "informeel", "4.9") == (
        "competentie '4.9' bestaat niet bij rol informeel; kies uit: 4.1, 4.2, 4.3, 4.4, 4.5, 4.6, 4.7, 4.8 "
        "(zie 'cot catalogus toon competenties')")
    assert onbekende_competentie(cat, "niemand", "1") == (
        "competentie '1' bestaat niet bij rol niemand; kies uit: geen (zie 'cot catalogus toon competenties')")


def test_bereik() -> None:
    assert bereik(["1", "2", "7"], "informeel") == "1–7"
    assert bereik(["K1", "O7"], "formeel") == "K1, O7"
    assert bereik([], "informeel") == ""
