"""`cot scholing`: self-assessment against a profile -> training needs, per volunteer and per team.

Volunteer files hold personal data: nothing is cached or logged; an individual report shows only
that volunteer; with --anoniem the team outputs carry pseudonyms only.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from ..rol import Rol
from . import nederlands
from . import upgrade as upgrade_
from .context import laad
from .groepen import GROEPEN
from .opties import onbekende_keuze

if TYPE_CHECKING:
    from ..beoordeling import Opzet

app = typer.Typer(
    help=GROEPEN["scholing"].help,
    **nederlands.TYPER_OPTIES,
)

FORMATEN_GAP = ("md", "docx", "pdf", "json")
FORMATEN_TEAM = ("terminal", "md", "docx", "pdf", "json", "xlsx")
FORMATEN_FORMULIER = ("md", "docx", "pdf")


# ---- shared helpers ---------------------------------------------------------------------------


def _formaat(formaat: str | None, uitvoer: Path | None, keuzes: tuple[str, ...], standaard: str) -> str:
    from ..fouten import GebruiksFout

    if formaat is None:
        if uitvoer is not None and uitvoer.suffix.lower() in (".docx", ".pdf", ".json", ".md", ".xlsx"):
            formaat = uitvoer.suffix.lower()[1:]
        else:
            formaat = standaard
    if formaat not in keuzes:
        raise onbekende_keuze("--format", formaat, keuzes)
    if formaat in ("docx", "pdf") and uitvoer is None:
        raise GebruiksFout(f"een {'Word-bestand' if formaat == 'docx' else 'PDF'} kan niet naar het scherm; "
                           f"geef -o BESTAND.{formaat}")
    if formaat == "xlsx" and uitvoer is None:
        raise GebruiksFout("een Excel-bestand kan niet naar het scherm; geef -o BESTAND.xlsx")
    if formaat == "terminal" and uitvoer is not None:
        raise GebruiksFout("een tabel voor de terminal kan niet naar een bestand; "
                           "kies --format md, json, docx of pdf")
    return formaat


def _schrijf(tekst: str | bytes, uitvoer: Path | None, force: bool, prive: bool = True) -> None:
    """Reports about volunteers hold personal data: written readable for their owner only."""
    import sys

    from ..bestanden import schrijf_atomisch
    from ..fouten import toon_pad
    from .uitvoer import info

    if uitvoer is None:
        sys.stdout.write(tekst if isinstance(tekst, str) else tekst.decode("utf-8"))
        return
    schrijf_atomisch(uitvoer, tekst, force=force, prive=prive)
    info(f"geschreven: {toon_pad(uitvoer)}")


@contextmanager
def _bevroren() -> Iterator[None]:
    """The catalogue and the modules live until the end of the run: the garbage collector need not
    walk them again while a team's files add objects (three full passes for 1,000 files, 0.03 s)."""
    import gc

    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()  # collectable again (tests run many commands in one process)


def _naam(uitvoer: Path | None) -> str | None:
    from ..fouten import toon_pad

    return toon_pad(uitvoer) if uitvoer is not None else None


def _json(data: Any) -> str:
    import json

    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _opzet(ctx: typer.Context, taken: str | None, profiel: Path | None, rol: Rol) -> tuple[Any, Opzet]:
    """--taken or --profiel (exactly one) -> the catalogue and what the assessment is against."""
    from ..beoordeling import opzet_uit_profiel, opzet_uit_taken
    from ..fouten import GebruiksFout

    if (taken is None) == (profiel is None):
        raise GebruiksFout("geef --taken of --profiel (precies één van beide)")
    cat = laad(ctx)
    if profiel is not None:
        from .uitvoer import meld

        opzet = opzet_uit_profiel(cat, profiel)
        meld(opzet.waarschuwingen)  # made with an older catalogue: what its numbers mean now
        return cat, opzet
    assert taken is not None
    return cat, opzet_uit_taken(cat, rol, taken)


_FORMAAT_HELP = ("Vorm van de uitvoer: md, docx, pdf (toegankelijke PDF, met LibreOffice) of json (docx en "
                 "pdf alleen met -o). Standaard: md, of wat de extensie van -o zegt.")
Uitvoer = Annotated[Path | None, typer.Option("-o", "--naar", metavar="PAD",
                                              help="Schrijf naar dit bestand in plaats van naar het scherm.")]
Force = Annotated[bool, typer.Option("--force", help="Overschrijf een bestaand uitvoerbestand.")]
Taken = Annotated[str | None, typer.Option("--taken", metavar="NUMMERS",
                                           help="Taaknummers, bijvoorbeeld '1,3,6', of 'alle'.")]
ProfielOptie = Annotated[Path | None, typer.Option(
    "--profiel", metavar="PAD", help="Een opgeslagen profiel (profiel.yaml) in plaats van --taken.")]
RolBijTaken = Annotated[Rol, typer.Option("--rol", metavar="informeel|formeel",
                                          help="De rol bij --taken (standaard informeel).")]


# ---- commands --------------------------------------------------------------------------------------


@app.command("gap")
def gap(
    ctx: typer.Context,
    bestand: Annotated[Path, typer.Argument(metavar="VRIJWILLIGER", help="Het bestand van de vrijwilliger "
                                            "(vrijwilliger.yaml) met de scores per competentie.")],
    formaat: Annotated[str | None, typer.Option(
        "--format", metavar="md|docx|pdf|json", help=_FORMAAT_HELP)] = None,
    uitvoer: Uitvoer = None,
    force: Force = False,
) -> int:
    """De tekorten van één vrijwilliger ten opzichte van het profiel, grootste tekort eerst, met scholing."""
    from .. import scholing as s
    from ..weergave import render
    from .uitvoer import meld

    soort = _formaat(formaat, uitvoer, FORMATEN_GAP, "md")
    cat = laad(ctx)
    vrijwilliger = s.lees_vrijwilliger(cat, bestand)
    resultaat = s.gap(cat, vrijwilliger)
    meld(resultaat.waarschuwingen)
    data = s.gap_data(vrijwilliger, resultaat)
    if soort == "json":
        data.pop("niet_beoordeeld_titels")
        _schrijf(_json(data), uitvoer, force)
    else:
        _schrijf(render("gap", data, soort, naam=_naam(uitvoer)), uitvoer, force)
    return 0


@app.command("team")
def team(
    ctx: typer.Context,
    map_: Annotated[Path, typer.Argument(
        metavar="MAP", help="De map met de bestanden van de vrijwilligers.")],
    formaat: Annotated[str | None, typer.Option(
        "--format", metavar="md|docx|pdf|json|xlsx",
        help="Vorm van de uitvoer: md, docx, pdf, json of xlsx (Excel). Standaard: een gekleurde tabel op het scherm, "
             "of wat de extensie van -o zegt.")] = None,
    uitvoer: Uitvoer = None,
    force: Force = False,
    anoniem: Annotated[bool, typer.Option(
        "--anoniem", help="Vervang namen door V1, V2, ... (in de volgorde van de bestandsnamen), "
                          "ook in meldingen: die noemen plek en soort fout, geen woord uit het bestand.")] = False,
) -> int:
    """Een scholingsplan voor het team: een overzicht per vrijwilliger en competentie, en groepsscholing."""
    from .. import scholing as s
    from ..weergave import render
    from .uitvoer import info, meld

    soort = _formaat(formaat, uitvoer, FORMATEN_TEAM, "terminal")
    cat = laad(ctx)
    with _bevroren():
        resultaat = s.team(cat, map_, anoniem=anoniem)
        meld(resultaat.waarschuwingen)
        meld(resultaat.overgeslagen)
        data = s.team_data(cat, resultaat)
        if soort == "json":
            _schrijf(_json(data), uitvoer, force)
        elif soort in ("md", "docx", "pdf"):
            _schrijf(render("team", data, soort, naam=_naam(uitvoer)), uitvoer, force)
        elif soort == "xlsx":
            from ..export.team import team_werkmap

            _schrijf(team_werkmap(data), uitvoer, force)
        else:
            from .uitvoer import naar_terminal

            if naar_terminal():
                from .rapporten import team_tabel
                from .uitvoer import stdout

                team_tabel(stdout(), data)
            else:
                import sys

                from .rapporten import team_tabel_kaal

                team_tabel_kaal(sys.stdout, data)
        if data["aantal_overgeslagen"]:
            from ..weergave.zinnen import meervoud

            info(f"{meervoud(data['aantal_overgeslagen'], 'bestand', 'bestanden')} overgeslagen wegens fouten "
                 "(zie hierboven).")
            return 1
        return 0


@app.command("formulier")
def formulier(
    ctx: typer.Context,
    taken: Taken = None,
    profiel: ProfielOptie = None,
    rol: RolBijTaken = "informeel",
    uitvoer: Uitvoer = None,
    formaat: Annotated[str | None, typer.Option(
        "--format", metavar="md|docx|pdf", help="Vorm van het formulier: md, docx of pdf (docx en pdf alleen met "
                                                "-o). Standaard: md, of wat de extensie van -o zegt.")] = None,
    force: Force = False,
) -> int:
    """Een zelfevaluatieformulier om te printen of in te vullen: competenties, indicatoren en de schaal."""
    from .. import scholing as s
    from ..weergave import render

    soort = _formaat(formaat, uitvoer, FORMATEN_FORMULIER, "md")
    _, opzet = _opzet(ctx, taken, profiel, rol)
    data = s.formulier_data(opzet)
    _schrijf(render("zelfevaluatie", data, soort, naam=_naam(uitvoer)), uitvoer, force, prive=False)
    return 0


@app.command("invullen")
def invullen(
    ctx: typer.Context,
    uitvoer: Annotated[Path, typer.Option("-o", "--naar", metavar="PAD",
                                          help="Het vrijwilligersbestand dat wordt geschreven (verplicht).")],
    taken: Taken = None,
    profiel: ProfielOptie = None,
    rol: RolBijTaken = "informeel",
    force: Force = False,
) -> int:
    """Vul de zelfevaluatie in op het scherm; schrijft een geldig vrijwilligersbestand."""
    import datetime

    from ..beoordeling import SCHAAL, beoordeling_yaml, lees_vrijwilliger
    from ..fouten import CotFout, Melding, toon_pad
    from .uitvoer import info

    if uitvoer.exists() and not force:
        raise CotFout(Melding(toon_pad(uitvoer), code="bestaat", tekst=(
            "bestand bestaat al; kies een andere naam of gebruik --force om het te overschrijven")))
    cat, opzet = _opzet(ctx, taken, profiel, rol)
    eisen, bron = opzet.eisen, opzet.bron
    if "profiel" in bron:  # relative to the file written, as the volunteer file's contract says
        import os

        doel = Path(bron["profiel"]).resolve()
        bron["profiel"] = Path(os.path.relpath(doel, uitvoer.resolve().parent)).as_posix()
    schaal = ", ".join(f"{k} {v}" for k, v in SCHAAL.items())
    info(f"Zelfevaluatie: {len(eisen)} competenties. Schaal: {schaal}. Laat een score leeg om over te slaan.")
    import sys

    from ..ontsnap import stuurteken_in

    try:
        naam = ""
        while not naam.strip() or stuurteken_in(naam):
            naam = typer.prompt("Naam")
        datum = typer.prompt("Datum (JJJJ-MM-DD)", default=datetime.date.today().isoformat())
        while not _geldige_datum(datum):
            datum = typer.prompt("Datum in de vorm JJJJ-MM-DD", default=datetime.date.today().isoformat())
        per_indicator = _vraag_ja_nee("Ook per gedragsindicator scoren? (j/n)")
        antwoorden: dict[str, Any] = {}
        for eis in eisen:
            comp = eis.competentie
            info(f"\n{comp.nummer} {comp.titel} (norm {eis.norm})")
            score = _vraag_score("Score (1–4, leeg = overslaan)")
            if score is None:
                continue
            antwoord: dict[str, Any] = {"score": score}
            if per_indicator:
                indicatoren = {}
                for ind in comp.gedragsindicatoren:
                    info(f"  {ind.nummer}. {ind.tekst}")
                    for onderdeel in ind.onderdelen:  # "alert op bijvoorbeeld:" a, b, c
                        info(f"     {onderdeel.nummer}. {onderdeel.tekst}")
                    ind_score = _vraag_score(f"  Score indicator {ind.nummer}")
                    if ind_score is not None:
                        indicatoren[ind.nummer] = ind_score
                antwoord["indicatoren"] = indicatoren
            toelichting = typer.prompt("Toelichting (leeg = geen)", default="", show_default=False).strip()
            while stuurteken_in(toelichting, meerregelig=True):
                toelichting = typer.prompt("Toelichting zonder onzichtbare tekens", default="",
                                           show_default=False).strip()
            if toelichting:
                antwoord["toelichting"] = toelichting
            antwoorden[comp.nummer] = antwoord
    except (typer.Abort, EOFError):
        if sys.stdin.isatty():
            raise
        # Piped input that ran out is a usage problem, not an interruption (exit 2, not 130).
        from ..fouten import GebruiksFout

        raise GebruiksFout("de invoer hield op voordat alle vragen beantwoord waren; 'scholing invullen' "
                           "stelt vragen op de terminal (of geef alle antwoorden via de standaardinvoer)") from None
    tekst = beoordeling_yaml(naam.strip(), datum, bron, antwoorden, opzet.catalogus_versie)
    _schrijf(tekst, uitvoer, force)
    lees_vrijwilliger(cat, uitvoer)  # what was written must be a valid volunteer file
    return 0


@app.command("upgrade")
def upgrade(
    ctx: typer.Context,
    bestanden: Annotated[list[Path], typer.Argument(
        metavar="VRIJWILLIGER...", help="Een of meer vrijwilligersbestanden met 'catalogus_versie'.",
        show_default=False)],
    naar: Annotated[Path | None, upgrade_.Naar] = None,
    force: Annotated[bool, upgrade_.Force] = False,
) -> int:
    """Zet zelfevaluaties om naar de huidige catalogusversie, met behoud van commentaar en opmaak."""
    from .. import bijwerken

    return upgrade_.voer_uit(ctx, bestanden, naar, force, bijwerken.vrijwilliger, prive=True)


def _geldige_datum(tekst: str) -> bool:
    import datetime

    try:
        datetime.date.fromisoformat(tekst.strip())
        return True
    except ValueError:
        return False


def _vraag_ja_nee(vraag: str) -> bool:
    while True:
        antwoord = typer.prompt(vraag, default="n", show_default=False).strip().lower()
        if antwoord in ("j", "ja", "y", "yes"):
            return True
        if antwoord in ("n", "nee", "no"):
            return False


def _vraag_score(vraag: str) -> int | None:
    from .uitvoer import info

    while True:
        antwoord = typer.prompt(vraag, default="", show_default=False).strip()
        if not antwoord:
            return None
        if antwoord in ("1", "2", "3", "4"):
            return int(antwoord)
        info("Geef 1, 2, 3 of 4 (1 nog niet, 2 in ontwikkeling, 3 voldoende, 4 sterk), of laat leeg.")
