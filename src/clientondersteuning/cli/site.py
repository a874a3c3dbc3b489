"""`cot site`: build the static website."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .context import laad

STANDAARD = Path("uitvoer/site")


def site(
    ctx: typer.Context,
    map_: Annotated[Path, typer.Argument(
        metavar="MAP", help="De map voor de website. Standaard: uitvoer/site.", show_default=False)] = STANDAARD,
    force: Annotated[bool, typer.Option("--force", help="Vervang een website die cot eerder in deze map maakte.")]
    = False,
) -> int:
    """Maak een website van de catalogus: bladeren, zoeken, een profiel samenstellen en jezelf beoordelen.

    De website werkt zonder server en zonder internet: open index.html in je browser.
    """
    from ..fouten import toon_pad
    from ..site.bouwen import bouw_site
    from .uitvoer import info

    verslag = bouw_site(laad(ctx), map_, force=force)
    info(f"Website gemaakt in {toon_pad(verslag.map)}: {verslag.bestanden} bestanden, "
         f"{verslag.grootte / 1_000_000:.1f} MB, {verslag.selecties} takenkeuzes, in {verslag.seconden:.0f} s.")
    info(f"Open {toon_pad(verslag.map / 'index.html')} in je browser.")
    return 0
