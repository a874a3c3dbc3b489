"""`cot catalogus export`: the catalogue as CASE 1.1 (JSON), for other systems."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .context import laad


def _formaat(formaat: str | None, uitvoer: Path | None) -> str:
    from ..export import FORMATEN
    from ..fouten import GebruiksFout

    if formaat is None:
        formaat = "case"
    if formaat not in FORMATEN:
        raise GebruiksFout(f"--format '{formaat}' bestaat niet; kies uit: {', '.join(FORMATEN)}")
    return formaat


def export(
    ctx: typer.Context,
    formaat: Annotated[str | None, typer.Option(
        "--format", metavar="case", help="case (CASE 1.1, JSON).")] = None,
    uitvoer: Annotated[Path | None, typer.Option(
        "-o", "--naar", metavar="PAD",
        help="Schrijf naar dit bestand in plaats van naar het scherm.")] = None,
    rol: Annotated[str | None, typer.Option(
        "--rol", metavar="informeel|formeel",
        help="Alleen deze rol, met wat beide rollen delen (leefgebieden, lagen, context, bronnen).")] = None,
    force: Annotated[bool, typer.Option("--force", help="Overschrijf bestaande uitvoerbestanden.")] = False,
) -> int:
    """Exporteer de catalogus als CASE 1.1 (JSON), met vaste ID's en de hele indeling."""
    import sys

    from ..bestanden import schrijf_atomisch
    from ..export import exporteer
    from ..fouten import CotFout, GebruiksFout, Melding, toon_pad
    from .uitvoer import info

    soort = _formaat(formaat, uitvoer)
    if rol is not None and rol not in ("informeel", "formeel"):
        raise GebruiksFout(f"--rol '{rol}' bestaat niet; kies uit: informeel, formeel")
    doelen = [uitvoer] if uitvoer is not None else []
    for doel in doelen:  # before the work: a refusal should be quick
        if doel.exists() and not doel.is_dir() and not force:
            raise CotFout(Melding(toon_pad(doel), code="bestaat", tekst=(
                "bestand bestaat al; kies een andere naam of gebruik --force om het te overschrijven")))
    resultaat = exporteer(laad(ctx), soort, rol)
    if uitvoer is None:
        sys.stdout.write(resultaat.inhoud.decode("utf-8"))
    else:
        for doel, inhoud in zip(doelen, (resultaat.inhoud, resultaat.relaties), strict=False):
            assert inhoud is not None
            schrijf_atomisch(doel, inhoud, force=force)
            info(f"geschreven: {toon_pad(doel)}")
    info(resultaat.samenvatting)
    return 0
