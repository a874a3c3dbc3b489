"""cot werving: vacature, oproep and folder, read back; readability; bad input; eenvoudig.yaml."""

from __future__ import annotations

import itertools
import re

import pytest

from clientondersteuning import werving
from clientondersteuning.catalogus import Catalogus
from clientondersteuning.keuze import KeuzeFout, kies_taken
from clientondersteuning.laden import laad_of_stop
from clientondersteuning.leesbaarheid import meet
from clientondersteuning.model import Contactpersoon, Organisatie
from clientondersteuning.paden import ingebouwde_catalogus
from clientondersteuning.weergave import render
from clientondersteuning.weergave.werving import MAX_OPROEP, naar_tekst
from helpers import FOLDER_KOPPEN, SELECTIES, VACATURE_KOPPEN


@pytest.fixture(scope="module")
def cat() -> Catalogus:
    return laad_of_stop(ingebouwde_catalogus())


def _tekst(cat: Catalogus, soort: str, selectie: str, org: Organisatie | None = None) -> str:
    data = werving.gegevens(cat, "informeel", kies_taken(cat, "informeel", selectie), org)
    return render(soort, data, "md")


def _koppen(tekst: str) -> list[str]:
    return re.findall(r"^## (.+)$", tekst, flags=re.M)


def _geen_plaatshouders(tekst: str) -> None:
    for fout in ("{{", "}}", "{%", "None", "  ", " .", "..", "[", "TODO", "XXX"):
        assert fout not in tekst, fout


# ---- the texts, read back -------------------------------------------------------------------------


@pytest.mark.parametrize("selectie", SELECTIES)
def test_vacature_koppen_en_taken(cat: Catalogus, selectie: str) -> None:
    tekst = _tekst(cat, "vacature", selectie)
    assert tekst.startswith("# ")
    assert _koppen(tekst) == VACATURE_KOPPEN
    gekozen = {t.id for t in kies_taken(cat, "informeel", selectie)}
    for taak in cat.taken["informeel"]:
        assert (cat.eenvoudig[taak.id].wat_je_doet in tekst) == (taak.id in gekozen), taak.id
    # Only the competencies the chosen tasks need, as qualities.
    nodig = {c.id for c, _, _ in cat.competenties_voor("informeel", sorted(gekozen))}
    for comp in cat.competenties["informeel"]:
        assert (cat.eenvoudig[comp.id].kwaliteit in tekst) == (comp.id in nodig), comp.id
    _geen_plaatshouders(tekst)
    # NOV: apart from paid staff, no diploma, contact person, introduction, insurance, expenses.
    for nodig_woord in ("betaalde krachten", "geen diploma", "contactpersoon", "inwerkperiode", "verzekerd",
                        "onkosten", "Verklaring Omtrent het Gedrag"):
        assert nodig_woord in tekst
    assert 250 <= meet(tekst).woorden <= 500


@pytest.mark.parametrize("selectie", SELECTIES)
def test_folder_koppen_en_taken(cat: Catalogus, selectie: str) -> None:
    tekst = _tekst(cat, "folder", selectie)
    assert _koppen(tekst) == FOLDER_KOPPEN
    gekozen = {t.id for t in kies_taken(cat, "informeel", selectie)}
    for taak in cat.taken["informeel"]:
        assert (cat.eenvoudig[taak.id].wat_je_doet in tekst) == (taak.id in gekozen), taak.id
    assert "beroepskracht" in tekst and "onafhankelijk" in tekst
    _geen_plaatshouders(tekst)


@pytest.mark.parametrize("soort", werving.SOORTEN)
@pytest.mark.parametrize("selectie", SELECTIES)
def test_leesbaarheid_van_de_standaardteksten(cat: Catalogus, soort: str, selectie: str) -> None:
    meting = meet(naar_tekst(_tekst(cat, soort, selectie)))
    assert meting.zinslengte <= 15, meting
    assert meting.flesch_douma >= 60, meting


def test_oproep_past_altijd_in_600_tekens(cat: Catalogus) -> None:
    taken = cat.taken["informeel"]
    lang = Organisatie(naam="Stichting Vrijwillige Cliëntondersteuning Noordoost-Overijssel en Omstreken",
                       website="https://www.vrijwillige-ondersteuning-noordoost-overijssel.nl/vacatures/werken-bij-ons",
                       contact=Contactpersoon(naam="Anna",
                                              email="vacatures@vrijwillige-ondersteuning-overijssel.nl"))
    for org in (None, lang):
        for aantal in range(1, len(taken) + 1):
            for keuze in itertools.combinations(taken, aantal):
                tekst = render("oproep", werving.gegevens(cat, "informeel", list(keuze), org), "md")
                assert len(tekst.strip()) <= MAX_OPROEP, tekst
                assert len(naar_tekst(tekst).strip()) <= MAX_OPROEP
                _geen_plaatshouders(tekst)
    alle = _tekst(cat, "oproep", "alle")
    assert all(cat.eenvoudig[t.id].kort in alle for t in taken)  # the default call names every task


def test_oproep_met_onmogelijk_lange_gegevens_wordt_ingekort(cat: Catalogus) -> None:
    org = Organisatie(naam="Stichting" + " Heel Lange Naam" * 40)
    tekst = _tekst(cat, "oproep", "1", org)
    assert len(tekst.strip()) <= MAX_OPROEP


def test_organisatie_ingevuld_en_standaarden(cat: Catalogus) -> None:
    org = Organisatie(naam="Stichting Samen Sterk", werkgebied="Zwolle", tijdsbesteding="4 uur per week",
                      contact=Contactpersoon(naam="Anna de Vries", telefoon="038 123 45 67"),
                      onkosten="je krijgt 23 cent per kilometer")
    tekst = _tekst(cat, "vacature", "1,6", org)
    for stuk in ("Stichting Samen Sterk zoekt", "Je werkt in Zwolle", "4 uur per week.", "Bel 038 123 45 67.",
                 "Vraag naar Anna de Vries.", "Je krijgt 23 cent per kilometer.",
                 # missing fields: the defaults
                 "Je krijgt een gratis training", "Je bent verzekerd", "inwerkperiode",
                 "Stichting Samen Sterk helpt mensen"):
        assert stuk in tekst, stuk
    _geen_plaatshouders(tekst)
    zonder = _tekst(cat, "vacature", "1,6")
    assert "Wij zoeken" in zonder and "Neem contact met ons op." in zonder
    assert "Bel" not in zonder


def test_naar_tekst_haalt_opmaak_weg(cat: Catalogus) -> None:
    tekst = naar_tekst(_tekst(cat, "vacature", "alle"))
    assert "#" not in tekst and "**" not in tekst
    assert "Wat ga je doen" in tekst


def test_formeel_is_een_keuzefout_over_de_rol(cat: Catalogus) -> None:
    with pytest.raises(KeuzeFout) as fout:
        werving.gegevens(cat, "formeel", cat.taken["formeel"][:1], None)
    assert fout.value.veld == "rol" and "alleen voor de rol informeel" in fout.value.tekst
    assert "--" not in fout.value.tekst  # the core names no command-line option


def test_eenvoudig_elke_taak_en_competentie(cat: Catalogus) -> None:
    for taak in cat.taken["informeel"]:
        assert cat.eenvoudig[taak.id].wat_je_doet and cat.eenvoudig[taak.id].kort
    for comp in cat.competenties["informeel"]:
        assert (cat.eenvoudig[comp.id].kwaliteit or "").startswith("Je ")
