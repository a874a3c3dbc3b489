"""`cot profiel`: build a functieprofiel from chosen tasks, render a saved one, compare two."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from . import nederlands
from . import upgrade as upgrade_
from .context import laad, tekst_optie
from .groepen import GROEPEN
from .opties import RolOptie, onbekende_keuze

if TYPE_CHECKING:
    from ..model import Rol
    from ..profiel import Profiel

app = typer.Typer(
    help=GROEPEN["profiel"].help,
    **nederlands.TYPER_OPTIES,
)

FORMATEN = ("md", "docx", "pdf")
EXTENSIES = {".md": "md", ".markdown": "md", ".docx": "docx", ".pdf": "pdf"}

# The options that bouw and render share.
Bestand = Annotated[Path | None, typer.Option(
    "-o", "--naar", metavar="PAD",
    help="Schrijf het profiel naar dit bestand (.md, .docx of .pdf; de extensie bepaalt de vorm). "
         "Zonder -o gaat Markdown naar de standaarduitvoer.", show_default=False)]
Formaat = Annotated[str | None, typer.Option(
    "--format", metavar="md|docx|pdf", help="De vorm: md (Markdown), docx (Word) of pdf (toegankelijke PDF, "
                                            "met LibreOffice). Standaard: volgens de extensie van -o, anders md.",
    show_default=False)]
Sjabloon = Annotated[Path | None, typer.Option(
    "--sjabloon", metavar="PAD",
    help="Eigen sjabloon: voor docx een Word-bestand in de huisstijl van je organisatie (stijlen, kop- en "
         "voettekst, pagina-instelling), voor md een Jinja-tekstsjabloon.", show_default=False)]
Force = Annotated[bool, typer.Option("--force", help="Overschrijf bestaande bestanden.")]
Beknopt = Annotated[bool, typer.Option(
    "--beknopt", help="De korte versie: alleen wat de gekozen taken nodig hebben. Standaard is het profiel "
                      "volledig: alle tekst van de bron in haar volgorde, met de gekozen taken uitgewerkt.")]


def _gebruik(tekst: str) -> Exception:
    from ..fouten import GebruiksFout

    return GebruiksFout(tekst)


def _kies_formaat(formaat: str | None, bestand: Path | None) -> str:
    if formaat is not None and formaat not in FORMATEN:
        raise onbekende_keuze("--format", formaat, FORMATEN)
    if bestand is None:
        if formaat in ("docx", "pdf"):
            raise _gebruik(f"een {'Word-document' if formaat == 'docx' else 'PDF'} kan niet naar het scherm; "
                           f"geef een bestand op met -o PROFIEL.{formaat}")
        return "md"
    volgens_naam = EXTENSIES.get(bestand.suffix.lower())
    if formaat is None:
        if volgens_naam is None:
            raise _gebruik(f"kan de vorm niet afleiden uit '{bestand.name}': gebruik de extensie .md, "
                           ".docx of .pdf, of geef --format md|docx|pdf op")
        return volgens_naam
    if volgens_naam is not None and volgens_naam != formaat:
        raise _gebruik(f"--format {formaat} past niet bij de extensie van '{bestand.name}'")
    return formaat


def _vooraf(paden: list[Path | None], force: bool) -> None:
    """Check every output before writing any, so a refused second file leaves no half result."""
    from ..bestanden import controleer_doel

    gezien: set[Path] = set()
    for pad in paden:
        if pad is None:
            continue
        sleutel = pad.resolve()
        if sleutel in gezien:
            raise _gebruik(f"'{pad}' is twee keer als uitvoer opgegeven (-o en --bewaar)")
        gezien.add(sleutel)
        controleer_doel(pad, force)


def _schrijf(profiel: Profiel, formaat: str, bestand: Path | None, sjabloon: Path | None,
             force: bool) -> None:
    from .. import weergave
    from ..bestanden import schrijf_atomisch
    from ..fouten import toon_pad
    from .uitvoer import info

    inhoud = weergave.render("profiel", profiel.als_data(), formaat, sjabloon,
                             toon_pad(bestand) if bestand is not None else None)
    if bestand is None:
        assert isinstance(inhoud, str)
        sys.stdout.write(inhoud)
        sys.stdout.flush()
        return
    schrijf_atomisch(bestand, inhoud, force=force)
    info(f"Profiel geschreven: {toon_pad(bestand)}")


def _interactief(cat: Any, rol: Rol) -> str:
    """The pick list on a terminal: the tasks with their one-line summary, then a prompt."""
    from rich.markup import escape
    from rich.table import Table

    from ..keuze import KeuzeFout, kies_taken
    from .uitvoer import stderr

    tabel = Table(title=f"Taken ({rol})", title_justify="left", header_style="bold")
    tabel.add_column("Nr.")
    tabel.add_column("Taak", overflow="fold")
    for taak in cat.taken[rol]:
        tabel.add_row(taak.nummer, escape(taak.titel))
    stderr().print(tabel)
    while True:
        keuze = typer.prompt("Welke taken passen bij jullie situatie? Geef de nummers (bijvoorbeeld "
                             "1,3,6) of 'alle'",
                             err=True)
        try:
            kies_taken(cat, rol, keuze)
            return keuze
        except KeuzeFout as fout:
            stderr().print(f"{escape(fout.tekst)}. Probeer het opnieuw.")


@app.command("bouw")
def bouw(
    ctx: typer.Context,
    taken: Annotated[str | None, typer.Option(
        "--taken", metavar="NUMMERS",
        help="Taaknummers zoals 'cot catalogus toon taken' ze toont, met komma's: 1,3,6 (informeel 1–7, "
             "'3.1' "
             "mag ook voor taak 1; formeel K1–K3, O1–O7), of 'alle'. Zonder --taken vraagt cot het op de "
             "terminal.", show_default=False)] = None,
    rol: RolOptie = "informeel",
    naam: Annotated[str | None, typer.Option(
        "--naam", metavar="TEKST", help="De naam van het profiel, bijvoorbeeld 'Vrijwillig ouderenadviseur'.",
        show_default=False)] = None,
    organisatie: Annotated[Path | None, typer.Option(
        "--organisatie", metavar="PAD",
        help="organisatie.yaml met de gegevens van je organisatie (naam, werkgebied, contact, tijd, "
             "begeleiding, "
             "scholing, onkosten, VOG). Zie examples/organisatie.yaml.", show_default=False)] = None,
    formaat: Formaat = None,
    bestand: Bestand = None,
    sjabloon: Sjabloon = None,
    bewaar: Annotated[Path | None, typer.Option(
        "--bewaar", metavar="PAD",
        help="Bewaar de keuze als profieldefinitie (YAML), om het profiel later opnieuw te maken met "
             "'cot profiel "
             "render' of te vergelijken met 'cot profiel diff'.", show_default=False)] = None,
    context: Annotated[list[str] | None, typer.Option(
        "--context", metavar="SOORT",
        help="Neem ook de tekstblokken van deze soort uit context.yaml op, bijvoorbeeld "
             "ervaringsdeskundigheid. "
             "Mag vaker.", show_default=False)] = None,
    beknopt: Beknopt = False,
    force: Force = False,
) -> int:
    """Stel een functieprofiel samen uit de gekozen taken, met competenties, leefgebieden en context."""
    from ..definitie import definitie_van, definitie_yaml, relatief_pad
    from ..fouten import toon_pad
    from ..organisatie import lees_organisatie
    from ..profiel import bouw as bouw_profiel
    from .uitvoer import info

    tekst_optie(naam, "--naam")
    soort = _kies_formaat(formaat, bestand)
    extra = [s.strip() for waarde in context or [] for s in waarde.split(",") if s.strip()]
    _controleer_context(extra)
    _vooraf([bestand, bewaar], force)
    cat = laad(ctx)
    if taken is None:
        if not sys.stdin.isatty():
            raise _gebruik("geef de taken op met --taken, bijvoorbeeld --taken 1,3,6 of --taken alle "
                           "(alleen op een terminal vraagt cot erom)")
        taken = _interactief(cat, rol)
    org = lees_organisatie(organisatie) if organisatie is not None else None
    profiel = bouw_profiel(cat, rol, taken, naam=naam, organisatie=org, extra_context=extra, beknopt=beknopt)
    _schrijf(profiel, soort, bestand, sjabloon, force)
    if bewaar is not None:
        from ..bestanden import schrijf_atomisch

        org_pad = relatief_pad(organisatie, bewaar.parent) if organisatie is not None else None
        schrijf_atomisch(bewaar, definitie_yaml(definitie_van(profiel, org_pad)), force=force)
        info(f"Profieldefinitie bewaard: {toon_pad(bewaar)}")
    return 0


def _controleer_context(soorten: list[str]) -> None:
    from ..soorten import TEKSTBLOKSOORTEN as toegestaan

    for soort in soorten:
        if soort not in toegestaan:
            raise onbekende_keuze("--context", soort, toegestaan)


@app.command("render")
def render(
    ctx: typer.Context,
    definitie: Annotated[Path, typer.Argument(
        metavar="PROFIEL.yaml", help="Een bewaarde profieldefinitie (van --bewaar, of zelf geschreven).",
        show_default=False)],
    formaat: Formaat = None,
    bestand: Bestand = None,
    sjabloon: Sjabloon = None,
    beknopt: Beknopt = False,
    force: Force = False,
) -> int:
    """Maak het profiel opnieuw uit een bewaarde profieldefinitie, met de huidige catalogus."""
    from ..profiel import profiel_uit_bestand
    from .uitvoer import meld

    soort = _kies_formaat(formaat, bestand)
    _vooraf([bestand], force)
    cat = laad(ctx)
    profiel, waarschuwingen = profiel_uit_bestand(cat, definitie, beknopt=beknopt)
    meld(waarschuwingen)
    _schrijf(profiel, soort, bestand, sjabloon, force)
    return 0


@app.command("diff")
def diff(
    ctx: typer.Context,
    a: Annotated[Path, typer.Argument(
        metavar="A.yaml", help="De eerste profieldefinitie.", show_default=False)],
    b: Annotated[Path, typer.Argument(
        metavar="B.yaml", help="De tweede profieldefinitie.", show_default=False)],
) -> int:
    """Vergelijk twee profielen: taken, activiteiten, competenties, leefgebieden en lagen (exitcode 0)."""
    from ..fouten import toon_pad
    from ..profiel import profiel_uit_bestand
    from ..profielverschil import verschil
    from .rapporten import profielverschil
    from .uitvoer import meld

    cat = laad(ctx)
    links, waarschuwingen_a = profiel_uit_bestand(cat, a)
    rechts, waarschuwingen_b = profiel_uit_bestand(cat, b)
    meld(waarschuwingen_a + waarschuwingen_b)
    profielverschil(sys.stdout, f"{toon_pad(a)} ({links.naam})", f"{toon_pad(b)} ({rechts.naam})",
                    verschil(links, rechts))
    return 0


@app.command("check")
def check(
    ctx: typer.Context,
    definitie: Annotated[Path, typer.Argument(
        metavar="PROFIEL", help="Een bewaarde profieldefinitie (profiel.yaml, gemaakt met --bewaar).")],
    basis: Annotated[str | None, typer.Option(
        "--basis", metavar="REV",
        help="De git-revisie van de catalogus waarmee het profiel gebouwd is. Standaard: de laatste commit "
             "waarin catalogus.yaml de versie uit het profiel heeft.", show_default=False)] = None,
    strikt: Annotated[bool, typer.Option(
        "--strikt", help="Exitcode 1 als het profiel opnieuw gemaakt moet worden (voor CI).")] = False,
) -> int:
    """Wat is er in de catalogus veranderd voor dit profiel (zijn taken en competenties) sinds het gebouwd is?"""
    from ..fouten import toon_pad
    from ..paden import gekozen_catalogus
    from ..profielcheck import controleer_profiel
    from .context import instellingen
    from .uitvoer import info, meld
    from .verschil_uitvoer import Kant, rapport_tekst

    cat = laad(ctx)
    uitslag = controleer_profiel(cat, gekozen_catalogus(instellingen(ctx).catalogus), definitie, basis)
    meld(uitslag.waarschuwingen)  # numbers of an older version carried over to today's
    if uitslag.verschil is None:
        info(f"Het profiel is gebouwd met catalogusversie {cat.versie}, de huidige: er is niets veranderd.")
        return 0
    rapport_tekst(uitslag.verschil, Kant(uitslag.label, uitslag.commit, uitslag.oude_versie),
                  Kant("werkmap", None, cat.versie))
    if not uitslag.opnieuw_maken:
        info("Dit profiel hoeft niet opnieuw gemaakt te worden: zijn taken en competenties zijn niet veranderd.")
        return 0
    info(f"Zet het profiel om naar catalogusversie {cat.versie} ('cot profiel upgrade {toon_pad(definitie)} "
         f"--force') en maak het opnieuw ('cot profiel render {toon_pad(definitie)}').")
    return 1 if strikt else 0


@app.command("upgrade")
def upgrade(
    ctx: typer.Context,
    definitie: Annotated[Path, typer.Argument(
        metavar="PROFIEL.yaml", help="Een bewaarde profieldefinitie met 'catalogus_versie'.", show_default=False)],
    naar: Annotated[Path | None, upgrade_.Naar] = None,
    force: Annotated[bool, upgrade_.Force] = False,
) -> int:
    """Zet een bewaard profiel om naar de huidige catalogusversie, met behoud van commentaar en opmaak."""
    from .. import bijwerken

    return upgrade_.voer_uit(ctx, [definitie], naar, force, bijwerken.profiel, prive=False)
