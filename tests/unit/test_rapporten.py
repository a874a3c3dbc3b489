"""Reporters write a command's result to the stream they are given: tested here without the CLI."""

from __future__ import annotations

import io

import pytest
from rich.console import Console

from clientondersteuning.cli.rapporten import profielverschil, team_tabel, team_tabel_kaal
from clientondersteuning.profielverschil import ProfielVerschil


def test_profielverschil_zonder_verschil() -> None:
    uit = io.StringIO()
    profielverschil(uit, "a.yaml (A)", "b.yaml (B)", [ProfielVerschil("taken"), ProfielVerschil("gegevens")])
    assert uit.getvalue() == ("A: a.yaml (A)\nB: b.yaml (B)\n\nGeen verschil: de profielen hebben dezelfde taken, "
                              "activiteiten, competenties, leefgebieden en lagen.\n")


def test_profielverschil_met_erbij_eraf_en_gewijzigd() -> None:
    uit = io.StringIO()
    profielverschil(uit, "a", "b", [
        ProfielVerschil("taken", erbij=[("t3", "3 Zoekt uit")], eraf=[("t1", "1 Legt contact")]),
        ProfielVerschil("competenties"),
        ProfielVerschil("gegevens", gewijzigd=[("naam", "Oud", "Nieuw")]),
    ])
    assert uit.getvalue().splitlines() == [
        "A: a", "B: b", "'-' staat alleen in A, '+' staat alleen in B.",
        "", "Taken", "  - 1 Legt contact", "  + 3 Zoekt uit",
        "", "Gegevens", "  naam: Oud → Nieuw",
        "", "Gelijk: competenties.",
    ]


def _team(tekort: int) -> dict:
    return {
        "competenties": [{"competentie": "4.3", "titel": "Observeert [en] is alert"}],
        "matrix": [{"vrijwilliger": "V1", "cellen": {"4.3": {"status": "tekort", "score": 3 - tekort,
                                                             "norm": 3, "tekort": tekort}}}],
        "groepsscholing": [{"competentie": "4.3", "titel": "Observeert [en] is alert", "aantal_tekort": 1,
                            "aantal_nodig": 1, "aantal_niet_beoordeeld": 0,
                            "scholing": [{"naam": "Intervisie"}]}],
    }


def _scherm(data: dict) -> tuple[str, str]:
    """(plain text, text with ANSI colours) of the team table."""
    kaal, kleur = io.StringIO(), io.StringIO()
    team_tabel(Console(file=kaal, width=100, color_system=None), data)
    team_tabel(Console(file=kleur, width=100, color_system="standard", force_terminal=True), data)
    return kaal.getvalue(), kleur.getvalue()


def test_team_tabel_rood_bij_twee_onder_de_norm_geel_bij_een() -> None:
    kaal, rood = _scherm(_team(2))
    assert "V1" in kaal and "Observeert [en] is alert" in kaal  # user text is not read as markup
    assert "1. 4.3 Observeert [en] is alert: 1 van 1 onder de norm" in kaal
    assert "scholing: Intervisie" in kaal
    assert "\x1b[1;37;41m" in rood  # bold white on red
    _, geel = _scherm(_team(1))
    assert "\x1b[30;43m" in geel and "41m" not in geel  # black on yellow, no red


def _groot_team() -> dict:
    """Every kind of cell, a name longer than the name column and one with markup characters."""
    cel = {"tekort2": {"status": "tekort", "score": 1, "norm": 3, "tekort": 2},
           "tekort1": {"status": "tekort", "score": 2, "norm": 3, "tekort": 1},
           "in_orde": {"status": "in_orde", "score": 4, "norm": 3, "tekort": 0},
           "niet_beoordeeld": {"status": "niet_beoordeeld", "score": None, "norm": 3, "tekort": None},
           "niet_nodig": {"status": "niet_nodig", "score": None, "norm": None, "tekort": None}}
    soorten = list(cel)
    comps = ["4.1", "4.3", "4.10", "1a", "2f"]
    namen = ["Anna", "[bold]Bert[/bold]", "Carla " + "heel lang " * 6, "V12"]
    return {
        "competenties": [{"competentie": c, "titel": f"Titel {c} [x]"} for c in comps],
        "matrix": [{"vrijwilliger": naam, "cellen": {c: cel[soorten[(i + j) % 5]] for j, c in enumerate(comps)}}
                   for i, naam in enumerate(namen)],
        "groepsscholing": [
            {"competentie": "4.3", "titel": "Titel 4.3 [x]", "aantal_tekort": 2, "aantal_nodig": 3,
             "aantal_niet_beoordeeld": 1, "scholing": [{"naam": "Training"}, {"naam": "Intervisie"}]},
            {"competentie": "1a", "titel": "Titel 1a", "aantal_tekort": 1, "aantal_nodig": 4,
             "aantal_niet_beoordeeld": 0, "scholing": []}],
    }


@pytest.mark.parametrize("data", [_groot_team(), {**_groot_team(), "groepsscholing": []}],
                         ids=["met-tekorten", "geen-tekorten"])
def test_kale_tabel_heeft_dezelfde_regels_als_de_gekleurde(data) -> None:
    gekleurd, kaal = io.StringIO(), io.StringIO()
    team_tabel(Console(file=gekleurd, width=10_000, color_system=None), data)  # wide: rich wraps nothing
    team_tabel_kaal(kaal, data)
    assert kaal.getvalue() == gekleurd.getvalue()
    assert "[bold]Bert[/bold]" in kaal.getvalue() and "Carla heel lang" in kaal.getvalue()
