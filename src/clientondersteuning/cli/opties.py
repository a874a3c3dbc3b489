"""Options that several commands share, defined once so they read and behave the same everywhere."""

from __future__ import annotations

from typing import Annotated

import typer

from ..rol import Rol

RolOptie = Annotated[Rol, typer.Option(
    "--rol", metavar="informeel|formeel",
    help="informeel (vrijwilliger, profiel van Movisie) of formeel (beroepskracht, BCMB).")]

# The option a KeuzeFout's field was given with on the command line.
KEUZE_OPTIES = {"taken": "--taken", "rol": "--rol"}
RolFilter = Annotated[Rol | None, typer.Option(
    "--rol", metavar="informeel|formeel", help="Alleen deze rol (bij taken en competenties).")]

# --uitvoer was the old name of --format (catalogus check and diff): hidden, kept for 0.x.
OudFormaat = Annotated[str | None, typer.Option("--uitvoer", hidden=True, help="Oude naam van --format.")]


def formaat_met_alias(formaat: str | None, oud: str | None, standaard: str) -> str:
    """--format, or the old --uitvoer; both with different values is a usage error."""
    from ..fouten import GebruiksFout

    if formaat is not None and oud is not None and formaat != oud:
        raise GebruiksFout(f"--format {formaat} en --uitvoer {oud} spreken elkaar tegen; gebruik alleen --format")
    return formaat or oud or standaard


def onbekende_keuze(optie: str, waarde: object, keuzes: tuple[str, ...] | list[str], extra: str = "") -> Exception:
    """The one usage error for a value outside its choices (--format, --rol, --context ...). Invisible
    characters in the value are made visible where every message is printed (uitvoer.info)."""
    from ..fouten import GebruiksFout

    return GebruiksFout(f"{optie} '{waarde}' bestaat niet{extra}; kies uit: {', '.join(keuzes)}")
