"""The limits of issue 12 for every informeel task selection (127), for no organisation and both examples.

Vacancy 250–450 words, short call at most 600 characters, every sentence at most 15 words,
Flesch-Douma at least 65, no semicolons. The catalogue is built once and the texts are
rendered in-process; vacancy and folder need an organisation, so 'geen' walks the short call.
Also: `--format vacaturebank`, whose fields come from the same data.
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from clientondersteuning import werving
from clientondersteuning.catalogus import Catalogus
from clientondersteuning.laden import laad_of_stop
from clientondersteuning.leesbaarheid import meet, woorden, zinnen
from clientondersteuning.organisatie import lees_organisatie
from clientondersteuning.paden import ingebouwde_catalogus
from clientondersteuning.weergave import werving as weergave_werving
from helpers import REPO, run_line

ORGANISATIES = {
    "geen": None,
    "De Brug": REPO / "examples" / "organisatie.yaml",
    "De Linde": REPO / "examples" / "profielen" / "organisaties" / "seniorenvereniging-de-linde.yaml",
}


@pytest.fixture(scope="module")
def cat() -> Catalogus:
    return laad_of_stop(ingebouwde_catalogus())


def _selecties(cat: Catalogus) -> list[list]:
    taken = cat.taken["informeel"]
    return [list(k) for n in range(1, len(taken) + 1) for k in itertools.combinations(taken, n)]


def test_er_zijn_127_selecties(cat: Catalogus) -> None:
    assert len(_selecties(cat)) == 127


@pytest.mark.parametrize("naam", ORGANISATIES)
def test_grenzen_voor_elke_selectie(cat: Catalogus, naam: str) -> None:
    pad = ORGANISATIES[naam]
    org = lees_organisatie(pad) if pad else None
    soorten = [s for s in werving.SOORTEN if org is not None or s not in werving.MET_ORGANISATIE]
    fouten = []
    for taken in _selecties(cat):
        data = werving.gegevens(cat, "informeel", taken, org)
        for soort in soorten:
            tekst = weergave_werving.naar_tekst(weergave_werving.maak(soort, data))
            waar = f"{soort} {','.join(t.nummer for t in taken)}"
            meting = meet(tekst)
            if soort == "vacature" and not 250 <= meting.woorden <= 450:
                fouten.append(f"{waar}: {meting.woorden} woorden")
            if soort == "oproep" and len(tekst.strip()) > weergave_werving.MAX_OPROEP:
                fouten.append(f"{waar}: {len(tekst.strip())} tekens")
            if meting.flesch_douma < 65:
                fouten.append(f"{waar}: Flesch-Douma {meting.flesch_douma:.0f}")
            if ";" in tekst:
                fouten.append(f"{waar}: puntkomma")
            fouten += [f"{waar}: {len(woorden(z))} woorden: {z}" for z in zinnen(tekst) if len(woorden(z)) > 15]
    assert fouten == [], "\n".join(fouten[:20])


# ---- cot werving vacature --format vacaturebank ----------------------------------------------------


def test_vacaturebank_als_tekstblokken() -> None:
    r = run_line(["werving", "vacature", "--taken", "1,3,6", "--organisatie", str(ORGANISATIES["De Brug"]),
                  "--format", "vacaturebank"])
    assert r.exit_code == 0, r
    koppen = [regel for regel in r.stdout.splitlines() if regel.startswith("=== ")]
    assert [k.split(" (")[0].strip("= ") for k in koppen] == [
        "Titel", "Korte beschrijving", "Taken", "Wat we bieden", "Uren", "Plaats", "Contact"]
    assert "=== Titel ===\nVrijwillige cliëntondersteuner bij Stichting Welzijn De Brug\n" in r.stdout
    assert "=== Uren ===\nJe geeft gemiddeld 4 uur per week." in r.stdout
    assert "Telefoon: 012 345 67 89" in r.stdout and "Website: https://www.debrug.example" in r.stdout
    assert "- Je zoekt zelf contact" in r.stdout and "buurthuis" in r.stdout
    assert "Je helpt bij het keukentafelgesprek" in r.stdout and "Je denkt mee" not in r.stdout


def test_vacaturebank_als_json(tmp_path: Path) -> None:
    doel = tmp_path / "bank.json"
    r = run_line(["werving", "vacature", "--taken", "alle", "--organisatie", str(ORGANISATIES["De Linde"]),
                  "--format", "vacaturebank", "-o", str(doel)])
    assert r.exit_code == 0 and r.stdout == "", r
    velden = json.loads(doel.read_text(encoding="utf-8"))
    assert list(velden) == ["titel", "korte_beschrijving", "taken", "wat_we_bieden", "uren", "plaats", "contact"]
    assert len(velden["korte_beschrijving"]) <= 600 and "Gezocht" not in velden["korte_beschrijving"]
    assert len(velden["taken"]) == 7
    assert "Wij verzekeren je tijdens je werk als vrijwilliger." in velden["wat_we_bieden"]
    assert velden["uren"].startswith("Je geeft 2 tot 6 uur per week.")
    assert velden["plaats"].startswith("Je werkt in de gemeente Westerveen en de kern Aalde.")
    assert velden["contact"] == {"naam": "Henk Jansen", "functie": "coördinator ouderenadviseurs",
                                 "telefoon": "0591 22 33 44", "email": "ouderenadvies@delinde.example",
                                 "website": "https://www.delinde.example/vrijwilligers"}
    # an existing file stays without --force
    r = run_line(["werving", "vacature", "--taken", "1", "--organisatie", str(ORGANISATIES["De Linde"]),
                  "--format", "vacaturebank", "-o", str(doel)])
    assert r.exit_code == 1 and len(json.loads(doel.read_text(encoding="utf-8"))["taken"]) == 7


@pytest.mark.parametrize("soort", ["oproep", "folder"])
def test_vacaturebank_alleen_bij_vacature(soort: str) -> None:
    r = run_line(["werving", soort, "--taken", "1", "--organisatie", str(ORGANISATIES["De Brug"]),
                  "--format", "vacaturebank"])
    assert r.exit_code == 2 and "alleen bij cot werving vacature" in r.stderr, r
