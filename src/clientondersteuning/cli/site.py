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
    revisie: Annotated[str | None, typer.Option(
        "--revisie", metavar="REV",
        help="Maak de website van de catalogus op deze git-revisie (tag, branch of commit); elke pagina "
             "meldt dan de nieuwste versie als die anders is.", show_default=False)] = None,
    force: Annotated[bool, typer.Option("--force", help="Vervang een website die cot eerder in deze map maakte.")]
    = False,
) -> int:
    """Maak een website van de catalogus: bladeren, zoeken, een profiel samenstellen en jezelf beoordelen.

    De website werkt zonder server en zonder internet: open index.html in je browser.
    """
    from ..fouten import toon_pad
    from ..site.bouwen import bouw_site
    from .uitvoer import info

    cat, nieuwste = laad(ctx), None
    if revisie is not None:
        cat, nieuwste = _op_revisie(ctx, revisie), cat.versie
    verslag = bouw_site(cat, map_, force=force, nieuwste=nieuwste)
    info(f"Website gemaakt in {toon_pad(verslag.map)}: {verslag.bestanden} bestanden, "
         f"{verslag.grootte / 1_000_000:.1f} MB, {verslag.selecties} takenkeuzes, in {verslag.seconden:.0f} s.")
    info(f"Open {toon_pad(verslag.map / 'index.html')} in je browser.")
    return 0


def _op_revisie(ctx: typer.Context, revisie: str):  # -> Catalogus
    """The chosen catalogue as it was at a git revision; stops if it is not usable there."""
    from ..fouten import CotFout, Melding, toon_pad
    from ..git import laad_revisie
    from ..paden import gekozen_catalogus
    from .context import instellingen

    map_ = gekozen_catalogus(instellingen(ctx).catalogus)
    cat, meldingen, _ = laad_revisie(map_, revisie)
    fouten = [m for m in meldingen if m.ernst == "fout"]
    if cat is None or fouten:
        raise CotFout([Melding(toon_pad(map_), code="catalogus", tekst=(
            f"de catalogus op '{revisie}' is onbruikbaar; zie 'cot catalogus check'")), *fouten])
    return cat
