"""`cot catalogus export`: the catalogue as CASE 1.1 (JSON), CSV or Excel, for other systems."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .context import laad
from .opties import onbekende_keuze


def relatiebestand(pad: Path) -> Path:
    """The second CSV file beside the first: catalogus.csv -> catalogus-relaties.csv."""
    return pad.with_name(f"{pad.stem}-relaties{pad.suffix or '.csv'}")


def _formaat(formaat: str | None, uitvoer: Path | None, scheidingsteken: str | None) -> str:
    from ..export import FORMATEN
    from ..fouten import GebruiksFout

    if formaat is None:
        naar_extensie = {".json": "case", ".csv": "csv", ".xlsx": "xlsx"}
        formaat = naar_extensie.get(uitvoer.suffix.lower(), "case") if uitvoer is not None else "case"
    if formaat not in FORMATEN:
        raise onbekende_keuze("--format", formaat, FORMATEN)
    if formaat != "case" and uitvoer is None:
        raise GebruiksFout(f"een {formaat.upper()}-export gaat naar een bestand; geef -o PAD")
    if scheidingsteken is not None:
        if formaat != "csv":
            raise GebruiksFout("--scheidingsteken hoort bij --format csv")
        if len(scheidingsteken) != 1 or scheidingsteken in "\"\r\n":
            raise GebruiksFout("--scheidingsteken is één teken, bijvoorbeeld ';' voor Excel met Nederlandse "
                               "instellingen (geen aanhalingsteken of regeleinde)")
    return formaat


def export(
    ctx: typer.Context,
    formaat: Annotated[str | None, typer.Option(
        "--format", metavar="case|csv|xlsx",
        help="case (CASE 1.1, JSON), csv (twee bestanden: items en relaties) of xlsx (Excel). Standaard: wat "
             "de extensie van -o zegt, anders case.")] = None,
    uitvoer: Annotated[Path | None, typer.Option(
        "-o", "--naar", metavar="PAD",
        help="Schrijf naar dit bestand (verplicht bij csv en xlsx). Bij csv komen de relaties in "
             "PAD-relaties.csv ernaast.")] = None,
    rol: Annotated[str | None, typer.Option(
        "--rol", metavar="informeel|formeel",
        help="Alleen deze rol, met wat beide rollen delen (leefgebieden, lagen, context, bronnen).")] = None,
    scheidingsteken: Annotated[str | None, typer.Option(
        "--scheidingsteken", metavar="TEKEN",
        help="Scheidingsteken van de CSV-bestanden: standaard ',', ';' voor Excel met Nederlandse "
             "instellingen.")] = None,
    force: Annotated[bool, typer.Option("--force", help="Overschrijf bestaande uitvoerbestanden.")] = False,
) -> int:
    """Exporteer de catalogus als CASE 1.1 (JSON), CSV of Excel, met vaste ID's en de hele indeling."""
    import sys

    from ..bestanden import schrijf_atomisch
    from ..export import exporteer
    from ..fouten import CotFout, Melding, toon_pad
    from .uitvoer import info

    soort = _formaat(formaat, uitvoer, scheidingsteken)
    if rol is not None and rol not in ("informeel", "formeel"):
        raise onbekende_keuze("--rol", rol, ("informeel", "formeel"))
    doelen = [uitvoer] if uitvoer is not None else []
    if soort == "csv" and uitvoer is not None:
        doelen.append(relatiebestand(uitvoer))
    for doel in doelen:  # both CSV files or neither: check before writing the first
        if doel.exists() and not doel.is_dir() and not force:
            raise CotFout(Melding(toon_pad(doel), code="bestaat", tekst=(
                "bestand bestaat al; kies een andere naam of gebruik --force om het te overschrijven")))
    resultaat = exporteer(laad(ctx), soort, rol, scheidingsteken or ",")
    if uitvoer is None:
        sys.stdout.write(resultaat.inhoud.decode("utf-8"))
    else:
        for doel, inhoud in zip(doelen, (resultaat.inhoud, resultaat.relaties), strict=False):
            assert inhoud is not None
            schrijf_atomisch(doel, inhoud, force=force)
            info(f"geschreven: {toon_pad(doel)}")
    info(resultaat.samenvatting)
    return 0
