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
