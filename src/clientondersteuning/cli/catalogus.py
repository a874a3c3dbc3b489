"""`cot catalogus`: check, show, search the catalogue and write its JSON Schema."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from . import nederlands
from .context import instellingen, laad
from .export import export
from .groepen import GROEPEN
from .opties import OudFormaat, RolFilter, formaat_met_alias, onbekende_keuze

app = typer.Typer(
    help=GROEPEN["catalogus"].help,
    **nederlands.TYPER_OPTIES,
)

UITVOER_SOORTEN = ("tekst", "json", "github")
DIFF_UITVOER = ("tekst", "md", "json")
LIJSTEN = ("taken", "competenties", "leefgebieden", "lagen", "bronnen", "correcties")


def _kies(waarde: str, keuzes: tuple[str, ...], optie: str) -> str:

    if waarde not in keuzes:
        raise onbekende_keuze(optie, waarde, keuzes)
    return waarde


@app.command("check")
def check(
    ctx: typer.Context,
    pad: Annotated[Path | None, typer.Argument(
        metavar="PAD", help="De catalogusmap. Standaard: --catalogus, $COT_CATALOGUS of de ingebouwde.",
        show_default=False)] = None,
    formaat: Annotated[str | None, typer.Option(
        "--format", metavar="tekst|json|github",
        help="Vorm van het verslag: tekst, json of github (annotaties voor GitHub Actions).  "
             "[standaard: tekst]", show_default=False)] = None,
    oud_formaat: OudFormaat = None,
    basis: Annotated[str | None, typer.Option(
        "--basis", metavar="REV",
        help="Vergelijk ook met de catalogus op deze git-revisie (bijvoorbeeld origin/main): is de inhoud "
             "veranderd, dan moet de versie genoeg omhoog en moet CHANGELOG.md een kop '## <versie>' "
             "hebben.")] = None,
) -> int:
    """Controleer de hele catalogus en meld alle problemen in één keer (exitcode 0 geldig, 1 ongeldig)."""
    uitvoer = _kies(formaat_met_alias(formaat, oud_formaat, "tekst"), UITVOER_SOORTEN, "--format")
    from ..laden import laad_catalogus
    from ..paden import gekozen_catalogus
    from .uitvoer import REPORTERS

    map_ = pad if pad is not None else gekozen_catalogus(instellingen(ctx).catalogus)
    gelezen: list[Path] = []
    cat, meldingen = laad_catalogus(map_, gelezen, met_catalogus=basis is not None)
    if basis is not None:
        meldingen += _versiemeldingen(map_, cat, meldingen, basis)
    REPORTERS[uitvoer](meldingen, len(gelezen))
    return 1 if any(m.ernst == "fout" for m in meldingen) else 0


def _versiemeldingen(map_: Path, cat, meldingen: list, basis: str) -> list:
    """The version rules against the catalogue at revision basis (check --basis)."""
    from ..fouten import CotFout, Melding, toon_pad
    from ..git import laad_revisie
    from ..verschil import vergelijk, versiecontrole, volledig_nummer, zonder_grafsteen
    from ..yamlbestand import lees_yaml

    if cat is None or any(m.ernst == "fout" for m in meldingen):
        return [Melding(toon_pad(map_), code="basis", ernst="waarschuwing", tekst=(
            f"vergelijking met '{basis}' overgeslagen: los eerst de fouten hierboven op"))]
    oud, oude_meldingen, _ = laad_revisie(map_, basis)
    if oud is None:
        raise CotFout([Melding(f"{basis}", code="basis", tekst=(
            f"de catalogus op '{basis}' is onbruikbaar; vergelijken kan niet")), *oude_meldingen])
    changelog_pad = map_ / "CHANGELOG.md"
    changelog = None
    if changelog_pad.is_file():
        from ..bestanden import lees_bytes

        changelog = lees_bytes(changelog_pad, 2 * 1024 * 1024, binnen=map_).decode("utf-8", "replace")
    uit = []
    verschil = vergelijk(oud, cat)
    for waar, tekst in versiecontrole(verschil, changelog, basis):
        if waar == "versie":
            bestand = lees_yaml(map_ / "catalogus.yaml", binnen=map_)
            uit.append(bestand.melding(("versie",), tekst, "versie"))
        else:
            regel = 1 if changelog is not None else 0
            uit.append(Melding(toon_pad(changelog_pad), regel, 0, "changelog", tekst))
    # Allowed, but saved profiles and self-assessments that name the item lose it: suggest a tombstone.
    for s in zonder_grafsteen(verschil):
        item = verschil.oud[s]
        uit.append(Melding(toon_pad(map_ / "vervallen.yaml"), code="vervallen", ernst="waarschuwing", tekst=(
            f"{item.soort} {volledig_nummer(verschil.oud, s)} ('{s}') is verwijderd sinds {basis} zonder vervallen "
            f"item; voeg in vervallen.yaml '- {{id: {s}, vervallen_in: \"{cat.versie}\", vervangen_door: [...]}}' "
            "toe, zodat bewaarde profielen en zelfevaluaties die het noemen mee kunnen")))
    return uit


@app.command("diff")
def diff(
    ctx: typer.Context,
    rev_a: Annotated[str | None, typer.Argument(
        metavar="REV_A", help="De oude git-revisie (branch, tag of commit). Standaard: HEAD.",
        show_default=False)] = None,
    rev_b: Annotated[str | None, typer.Argument(
        metavar="REV_B",
        help="De nieuwe git-revisie. Standaard: de werkmap (ook wat nog niet gecommit is).",
        show_default=False)] = None,
    catalogus: Annotated[Path | None, typer.Option(
        "--catalogus", metavar="PAD",
        help="De catalogusmap in een git-repository. Standaard: de globale --catalogus, $COT_CATALOGUS of "
             "de ingebouwde.")] = None,
    formaat: Annotated[str | None, typer.Option(
        "--format", metavar="tekst|md|json",
        help="Vorm: tekst, md (Markdown voor een pull request) of json.  [standaard: tekst]",
        show_default=False)] = None,
    oud_formaat: OudFormaat = None,
) -> int:
    """Toon wat er inhoudelijk veranderd is in de catalogus tussen twee git-revisies, per item-ID."""
    uitvoer = _kies(formaat_met_alias(formaat, oud_formaat, "tekst"), DIFF_UITVOER, "--format")
    from ..fouten import CotFout, Melding, toon_pad
    from ..git import WERKMAP, laad_revisie
    from ..laden import laad_catalogus
    from ..paden import gekozen_catalogus
    from ..verschil import vergelijk
    from .uitvoer import meld
    from .verschil_uitvoer import REPORTERS, Kant

    map_ = catalogus if catalogus is not None else gekozen_catalogus(instellingen(ctx).catalogus)
    rev_a = rev_a if rev_a is not None else "HEAD"
    kanten, cats = [], []
    for revisie in (rev_a, rev_b):
        if revisie is None:
            from ..git import plek

            plek(map_)  # the working tree must be in a repository too
            cat, meldingen = laad_catalogus(map_)
            commit, naam = None, WERKMAP
        else:
            cat, meldingen, commit = laad_revisie(map_, revisie)
            naam = revisie
        if cat is None:
            raise CotFout([Melding(toon_pad(map_), code="catalogus", tekst=(
                f"de catalogus op '{naam}' is onbruikbaar; vergelijken kan niet")), *meldingen])
        fouten = sum(1 for m in meldingen if m.ernst == "fout")
        if fouten:
            woord = "fout" if fouten == 1 else "fouten"
            meld([Melding(naam, code="fouten", ernst="waarschuwing", tekst=(
                f"de catalogus op '{naam}' heeft {fouten} {woord}; het verschil kan onvolledig zijn "
                "(zie 'cot catalogus check')"))])
        kanten.append(Kant(naam, commit, cat.versie))
        cats.append(cat)
    REPORTERS[uitvoer](vergelijk(cats[0], cats[1]), kanten[0], kanten[1])
    return 0


@app.command("toon")
def toon(
    ctx: typer.Context,
    wat: Annotated[str, typer.Argument(
        metavar="WAT", help="taken, competenties, leefgebieden, lagen, bronnen, correcties (de verbeterde "
                            "typefouten van de bronnen), of het ID van één item.")],
    rol: RolFilter = None,
) -> int:
    """Toon een lijst als tabel, of één item helemaal met wat ernaar verwijst."""
    from . import weergave_terminal as wt

    cat = laad(ctx)
    if wat in LIJSTEN:
        wt.toon_lijst(cat, wat, rol)
        return 0
    if wat in cat.items:
        wt.toon_item(cat, wat)
        return 0
    if wat in cat.vervallen:
        _toon_vervallen(cat, wat)
        return 0
    import difflib

    from ..fouten import GebruiksFout

    suggestie = difflib.get_close_matches(wat, [*LIJSTEN, *cat.items], n=1)
    hint = f" (bedoelde je '{suggestie[0]}'?)" if suggestie else ""
    raise GebruiksFout(f"'{wat}' is geen lijst en geen ID in de catalogus{hint}. "
                       f"Kies uit: {', '.join(LIJSTEN)}, of een ID uit 'cot catalogus zoek'.")


def _toon_vervallen(cat, item_id: str) -> None:
    """A removed item: when it went and what stands for it now."""
    import sys

    from ..omzetten import naam
    from ..vervallen import opvolgers

    graf = cat.vervallen[item_id]
    nu = opvolgers(cat, item_id) or []
    door = ", ".join(f"{naam(cat, i)} ({i})" for i in nu) if nu else "niets (vervallen zonder opvolger)"
    sys.stdout.write(f"{item_id} is vervallen in catalogusversie {graf.vervallen_in}; nu: {door}.\n")
    if graf.reden:
        sys.stdout.write(f"Reden: {graf.reden}\n")


@app.command("zoek")
def zoek(
    ctx: typer.Context,
    tekst: Annotated[str, typer.Argument(
        metavar="TEKST", help="Woord of woorden om te zoeken (hoofdletters en accenten tellen niet).")],
    rol: RolFilter = None,
) -> int:
    """Zoek items op tekst: taken, activiteiten, competenties, indicatoren, leefgebieden, context."""
    from ..zoeken import zoek as zoek_items
    from . import weergave_terminal as wt

    if not tekst.strip():
        from ..fouten import GebruiksFout

        raise GebruiksFout("geef een zoekterm op")
    cat = laad(ctx)
    treffers = zoek_items(cat, tekst, rol)
    wt.toon_treffers(tekst, treffers)
    return 0 if treffers else 1


@app.command("schema")
def schema(
    map_: Annotated[Path, typer.Argument(
        metavar="MAP", help="Map voor de schemabestanden.")] = Path("schema"),
    force: Annotated[bool, typer.Option("--force", help="Overschrijf bestaande schemabestanden.")] = False,
) -> int:
    """Schrijf de JSON Schema's van de catalogusbestanden, voor editors zoals VS Code."""
    from ..bestanden import lees_bytes, schrijf_atomisch
    from ..fouten import CotFout, Melding, toon_pad
    from ..schema import schemas
    from .uitvoer import info

    if map_.exists() and not map_.is_dir():
        raise CotFout(Melding(toon_pad(map_), code="uitvoer", tekst="dit is geen map"))
    map_.mkdir(parents=True, exist_ok=True)
    for naam, inhoud in schemas().items():
        doel = map_ / naam
        try:
            gelijk = doel.exists() and lees_bytes(doel, 2 * len(inhoud.encode()) + 1024,
                                                  invoer=False) == inhoud.encode()
        except CotFout:
            gelijk = False  # too large or not a regular file: not the schema; writing will say more
        if gelijk:
            info(f"ongewijzigd: {toon_pad(doel)}")
            continue
        schrijf_atomisch(doel, inhoud, force=force)
        info(f"geschreven: {toon_pad(doel)}")
    return 0


app.command("export")(export)  # the command lives in cli/export.py
