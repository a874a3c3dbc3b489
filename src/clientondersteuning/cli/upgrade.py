"""`cot profiel upgrade` and `cot scholing upgrade`: one way to report and write an upgrade."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import typer

from .context import laad

Naar = typer.Option("-o", "--naar", metavar="PAD", show_default=False,
                    help="Schrijf het bijgewerkte bestand hierheen in plaats van over het origineel.")
Force = typer.Option("--force", help="Overschrijf een bestaand bestand (ook het origineel).")


def voer_uit(ctx: typer.Context, paden: list[Path], naar: Path | None, force: bool,
             werk_bij: Callable[[Any, Path], Any], prive: bool) -> int:
    """Upgrade each file: list what changes, refuse where a choice is needed, write atomically.

    Without --naar the file itself is rewritten, which needs --force like any existing file.
    Exit 1 if any file was refused or not written; nothing is written for a refused file.
    """
    from ..bestanden import schrijf_atomisch
    from ..fouten import CotFout, GebruiksFout, Melding, toon_pad
    from .uitvoer import info, meld

    if naar is not None and len(paden) > 1:
        raise GebruiksFout("--naar kan alleen bij één bestand; laat --naar weg en gebruik --force om de "
                           "bestanden zelf bij te werken")
    cat = laad(ctx)
    code = 0
    for pad in paden:
        try:
            b = werk_bij(cat, pad)
        except CotFout as fout:
            meld(fout.meldingen)
            code = 1
            continue
        naam = toon_pad(pad)
        if b.bij:
            info(f"{naam}: al bij catalogusversie {b.naar}; niets te doen.")
            continue
        meld(b.wijzigingen)
        if b.weigeringen:
            meld(b.weigeringen)
            info(f"{naam}: niet bijgewerkt, cot kan hier niet voor je kiezen (zie hierboven); er is niets "
                 "geschreven.")
            code = 1
            continue
        doel = naar if naar is not None else pad
        if doel.exists() and not force:
            meld([Melding(toon_pad(doel), code="bestaat", tekst=(
                "bestand bestaat al; gebruik --force om het bij te werken, of --naar NIEUW.yaml; er is niets "
                "geschreven"))])
            code = 1
            continue
        schrijf_atomisch(doel, b.tekst, force=True, prive=prive, ter_plaatse=doel == pad)
        aantal = len(b.wijzigingen)
        info(f"{toon_pad(doel)}: bijgewerkt van catalogusversie {b.van} naar {b.naar} "
             f"({aantal} {'wijziging' if aantal == 1 else 'wijzigingen'} en de versie).")
    return code
