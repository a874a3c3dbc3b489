"""`cot catalogus`: check, show, search the catalogue and write its JSON Schema."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from . import nederlands
from .context import instellingen, laad

app = typer.Typer(
    help="De catalogus: controleren, bekijken en doorzoeken.",
    **nederlands.TYPER_OPTIES,
)

UITVOER_SOORTEN = ("tekst", "json", "github")
LIJSTEN = ("taken", "competenties", "leefgebieden", "lagen", "bronnen")


def _kies(waarde: str, keuzes: tuple[str, ...], optie: str) -> str:
    from ..fouten import GebruiksFout

    if waarde not in keuzes:
        raise GebruiksFout(f"{optie} '{waarde}' bestaat niet; kies uit: {', '.join(keuzes)}")
    return waarde


@app.command("check")
def check(
    ctx: typer.Context,
    pad: Annotated[Path | None, typer.Argument(
        metavar="[PAD]", help="De catalogusmap. Standaard: --catalogus, $COT_CATALOGUS of de ingebouwde.",
        show_default=False)] = None,
    uitvoer: Annotated[str, typer.Option(
        "--uitvoer", metavar="tekst|json|github",
        help="Vorm van het verslag: tekst, json of github (annotaties voor GitHub Actions).")] = "tekst",
) -> int:
    """Controleer de hele catalogus en meld alle problemen in één keer (exitcode 0 geldig, 1 ongeldig)."""
    _kies(uitvoer, UITVOER_SOORTEN, "--uitvoer")
    from ..laden import catalogus_bestanden, laad_catalogus
    from ..paden import gekozen_catalogus
    from .uitvoer import REPORTERS

    map_ = pad if pad is not None else gekozen_catalogus(instellingen(ctx).catalogus)
    _, meldingen = laad_catalogus(map_)
    aantal = len(catalogus_bestanden(map_)) if map_.is_dir() else 0
    REPORTERS[uitvoer](meldingen, aantal)
    return 1 if any(m.ernst == "fout" for m in meldingen) else 0


@app.command("toon")
def toon(
    ctx: typer.Context,
    wat: Annotated[str, typer.Argument(
        metavar="WAT", help="taken, competenties, leefgebieden, lagen, bronnen, of het ID van één item.")],
    rol: Annotated[str | None, typer.Option(
        "--rol", metavar="informeel|formeel", help="Alleen deze rol (bij taken en competenties).")] = None,
) -> int:
    """Toon een lijst als tabel, of één item helemaal met wat ernaar verwijst."""
    from . import weergave_terminal as wt

    if rol is not None:
        _kies(rol, ("informeel", "formeel"), "--rol")
    cat = laad(ctx)
    if wat in LIJSTEN:
        wt.toon_lijst(cat, wat, rol)
        return 0
    if wat in cat.items:
        wt.toon_item(cat, wat)
        return 0
    from ..fouten import GebruiksFout

    import difflib

    suggestie = difflib.get_close_matches(wat, [*LIJSTEN, *cat.items], n=1)
    hint = f" (bedoelde je '{suggestie[0]}'?)" if suggestie else ""
    raise GebruiksFout(f"'{wat}' is geen lijst en geen ID in de catalogus{hint}. "
                       f"Kies uit: {', '.join(LIJSTEN)}, of een ID uit 'cot catalogus zoek'.")


@app.command("zoek")
def zoek(
    ctx: typer.Context,
    tekst: Annotated[str, typer.Argument(metavar="TEKST", help="Woord of woorden om te zoeken (hoofdletters en "
                                         "accenten tellen niet).")],
    rol: Annotated[str | None, typer.Option("--rol", metavar="informeel|formeel", help="Alleen deze rol.")] = None,
) -> int:
    """Zoek items op tekst: taken, activiteiten, competenties, indicatoren, leefgebieden, context."""
    from ..zoeken import zoek as zoek_items
    from . import weergave_terminal as wt

    if rol is not None:
        _kies(rol, ("informeel", "formeel"), "--rol")
    if not tekst.strip():
        from ..fouten import GebruiksFout

        raise GebruiksFout("geef een zoekterm op")
    cat = laad(ctx)
    treffers = zoek_items(cat, tekst, rol)
    wt.toon_treffers(tekst, treffers)
    return 0 if treffers else 1


@app.command("schema")
def schema(
    map_: Annotated[Path, typer.Argument(metavar="[MAP]", help="Map voor de schemabestanden.")] = Path("schema"),
    force: Annotated[bool, typer.Option("--force", help="Overschrijf bestaande schemabestanden.")] = False,
) -> int:
    """Schrijf de JSON Schema's van de catalogusbestanden, voor editors zoals VS Code."""
    from ..bestanden import schrijf_atomisch
    from ..fouten import CotFout, Melding, toon_pad
    from ..schema import schemas
    from .uitvoer import info

    if map_.exists() and not map_.is_dir():
        raise CotFout(Melding(toon_pad(map_), code="uitvoer", tekst="dit is geen map"))
    map_.mkdir(parents=True, exist_ok=True)
    for naam, inhoud in schemas().items():
        doel = map_ / naam
        if doel.exists() and doel.read_text(encoding="utf-8") == inhoud:
            info(f"ongewijzigd: {toon_pad(doel)}")
            continue
        schrijf_atomisch(doel, inhoud, force=force)
        info(f"geschreven: {toon_pad(doel)}")
    return 0
