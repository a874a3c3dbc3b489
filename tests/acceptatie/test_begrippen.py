"""One word per concept: every option of every command, and every heading of every document,
is checked against the Begrippen table in the README (in the spirit of sqlite-utils' test_docs)."""

from __future__ import annotations

import re

import pytest
import typer

from clientondersteuning.cli import nederlands
from clientondersteuning.cli.app import volledige_app
from clientondersteuning.weergave import DOCUMENTEN, render
from helpers import REPO, run_line, voorbeelddocumenten

STANDAARD = {"--help", "--version"}  # every command line tool has these


def _begrippen() -> tuple[str, set[str]]:
    """The Begrippen section of the README, and the words its 'niet' column forbids."""
    tekst = (REPO / "README.md").read_text(encoding="utf-8")
    sectie = tekst.split("## Begrippen", 1)[1].split("\n## ", 1)[0]
    verboden: set[str] = set()
    for regel in sectie.splitlines():
        cellen = [c.strip() for c in regel.strip().strip("|").split("|")]
        if len(cellen) == 4 and cellen[0] != "begrip" and cellen[3] and not set(cellen[3]) <= {"-"}:
            verboden.add(re.sub(r"\s*\(.*\)$", "", cellen[3]).strip("`"))
    return sectie, verboden


def _opties() -> dict[str, list[str]]:
    """Long option name -> the commands that have it (hidden ones left out)."""
    nederlands.installeer()
    gevonden: dict[str, list[str]] = {}

    def loop(opdracht: typer.main.click.Command, pad: str) -> None:  # type: ignore[name-defined]
        for param in opdracht.get_params(typer.Context(opdracht)):
            if getattr(param, "hidden", False):
                continue
            for naam in param.opts:
                if naam.startswith("--"):
                    gevonden.setdefault(naam, []).append(pad)
        for naam, sub in getattr(opdracht, "commands", {}).items():
            loop(sub, f"{pad} {naam}")

    loop(typer.main.get_command(volledige_app()), "cot")
    return gevonden


def test_begrippen_noemen_een_verboden_woord() -> None:
    _, verboden = _begrippen()
    assert {"gewenst niveau", "--uitvoer"} <= verboden


def test_elke_optie_staat_in_de_begrippen() -> None:
    sectie, verboden = _begrippen()
    opties = _opties()
    ontbreekt = [f"{naam} ({', '.join(waar)})" for naam, waar in sorted(opties.items())
                 if naam not in STANDAARD and f"`{naam}`" not in sectie]
    assert ontbreekt == []
    assert not set(opties) & verboden
    assert "--format" in opties and "--naar" in opties


def test_uitvoer_is_een_verborgen_alias_van_format() -> None:
    r = run_line(["catalogus", "check", "--uitvoer", "json"])
    assert r.exit_code == 0, r
    assert r.stdout.lstrip().startswith("{")
    assert "--uitvoer" not in run_line(["catalogus", "check", "--help"]).stdout
    r = run_line(["catalogus", "check", "--uitvoer", "json", "--format", "tekst"])
    assert r.exit_code == 2 and "spreken elkaar tegen" in r.stderr, r


@pytest.fixture(scope="module")
def koppen(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    """Every heading of every Markdown document, per document kind (the short oproep has none)."""
    data = voorbeelddocumenten(tmp_path_factory.mktemp("voorbeelden"))
    return {soort: re.findall(r"^#+ (.+)$", str(render(soort, data[soort], "md")), re.M)
            for soort in DOCUMENTEN if soort != "oproep"}


def test_geen_kop_gebruikt_een_verboden_woord(koppen: dict[str, list[str]]) -> None:
    _, verboden = _begrippen()
    assert all(koppen.values()), koppen
    fout = [(soort, kop, woord) for soort, lijst in koppen.items() for kop in lijst
            for woord in verboden if woord.lower() in kop.lower()]
    assert fout == []


def test_koppen_van_scholing_gebruiken_de_begrippen(koppen: dict[str, list[str]]) -> None:
    assert "Tekorten" in koppen["gap"] and any(k.startswith("Scholingsbehoefte: ") for k in koppen["gap"])
    assert "Scholingsplan voor het team" in koppen["team"]
