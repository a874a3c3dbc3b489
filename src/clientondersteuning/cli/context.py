"""Settings shared by all commands (the global options)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import typer


@dataclass
class Instellingen:
    catalogus: Path | None = None


def instellingen(ctx: typer.Context) -> Instellingen:
    obj = ctx.find_root().obj
    return obj if isinstance(obj, Instellingen) else Instellingen()


def laad(ctx: typer.Context):  # -> Catalogus, imported lazily to keep --help fast
    """The chosen catalogue, loaded and checked; stops with all problems if it is invalid."""
    from ..laden import laad_of_stop
    from ..paden import gekozen_catalogus

    return laad_of_stop(gekozen_catalogus(instellingen(ctx).catalogus))


def tekst_optie(waarde: str | None, optie: str) -> str | None:
    """A free-text option under the one text policy: a control or bidi character is a usage error."""
    from ..fouten import GebruiksFout
    from ..ontsnap import stuurteken_in

    if waarde is not None:
        fout = stuurteken_in(waarde)
        if fout:
            raise GebruiksFout(f"{optie} bevat {fout}")
    return waarde
