"""`cot werving`: vacancy, short call and information text for volunteers, from chosen tasks."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..rol import Rol
from . import nederlands
from .context import laad
from .groepen import GROEPEN
from .opties import onbekende_keuze

app = typer.Typer(
    help=GROEPEN["werving"].help,
    **nederlands.TYPER_OPTIES,
)

FORMATEN = ("md", "txt", "docx", "pdf")
VACATUREBANK = "vacaturebank"

TakenOptie = Annotated[str | None, typer.Option(
    "--taken", metavar="1,3,6|alle",
    help="De taken van de vrijwilliger: nummers met komma's (zie 'cot catalogus toon taken "
         "--rol informeel'), of 'alle'.")]
ProfielOptie = Annotated[Path | None, typer.Option(
    "--profiel", metavar="PAD", help="Een profiel.yaml: de taken, de naam van de functie en de organisatie "
                                     "komen daaruit. Niet samen met --taken.")]
RolOptie = Annotated[Rol | None, typer.Option(
    "--rol", metavar="informeel", help="De rol. Werving is er alleen voor informeel (vrijwilligers).")]
OrganisatieOptie = Annotated[Path | None, typer.Option(
    "--organisatie", metavar="PAD", help="Een organisatie.yaml met jullie gegevens. Nodig voor vacature en "
                                         "folder; wat het bestand niet noemt, laat cot weg (met een waarschuwing).")]
FormaatOptie = Annotated[str | None, typer.Option(
    "--format", metavar="md|txt|docx|pdf|vacaturebank",
    help="Vorm van de tekst: md (Markdown), txt (platte tekst), docx of pdf (toegankelijke PDF, met "
         "LibreOffice); docx en pdf alleen met -o. Bij vacature ook vacaturebank: de velden voor een "
         "vacaturebank, als tekstblokken om te plakken, of als JSON met -o PAD.json. "
         "Standaard: volgt uit de naam bij -o, anders md.")]
NaarOptie = Annotated[Path | None, typer.Option(
    "-o", "--naar", metavar="PAD", help="Schrijf de tekst naar dit bestand in plaats van naar het scherm.")]
ForceOptie = Annotated[bool, typer.Option("--force", help="Overschrijf een bestaand bestand bij -o.")]
LeesbaarheidOptie = Annotated[bool, typer.Option(
    "--leesbaarheid",
    help="Toon ook de leesbaarheid: zinslengte, lange woorden en Flesch-Douma (op stderr).")]


def _formaat(formaat: str | None, naar: Path | None, soort: str) -> str:
    from ..fouten import GebruiksFout

    if formaat is None:
        achter = naar.suffix.lower().lstrip(".") if naar is not None else ""
        formaat = achter if achter in FORMATEN else "md"
    toegestaan = (*FORMATEN, VACATUREBANK) if soort == "vacature" else FORMATEN
    if formaat not in toegestaan:
        extra = " (vacaturebank alleen bij cot werving vacature)" if formaat == VACATUREBANK else ""
        raise onbekende_keuze("--format", formaat, toegestaan, extra)
    if formaat in ("docx", "pdf") and naar is None:
        raise GebruiksFout(f"een {formaat}-bestand kan niet naar het scherm; geef -o PAD.{formaat} op")
    return formaat


def _maak(ctx: typer.Context, soort: str, taken: str | None, profiel: Path | None, rol: Rol | None,
          organisatie: Path | None, formaat: str | None, naar: Path | None, force: bool,
          leesbaarheid: bool) -> int:
    import sys

    from .. import werving
    from ..bestanden import schrijf_atomisch
    from ..definitie import lees_profiel
    from ..fouten import CotFout, GebruiksFout, Melding, toon_pad
    from ..keuze import kies_taken
    from ..organisatie import lees_met_waarschuwingen
    from ..weergave import render
    from .uitvoer import info, meld

    if rol == "formeel":
        raise GebruiksFout("werving is er alleen voor de rol informeel: de teksten zijn voor "
                           "vrijwilligers. Laat --rol weg of kies --rol informeel.")
    if (taken is None) == (profiel is None):
        raise GebruiksFout("kies de taken met --taken (bijvoorbeeld --taken 1,3,6) of met --profiel PAD, "
                           "niet allebei")
    formaat = _formaat(formaat, naar, soort)
    cat = laad(ctx)
    functie = None
    if profiel is not None:
        bewaard = lees_profiel(cat, profiel)
        definitie, gekozen, org_pad = bewaard.definitie, bewaard.taken, bewaard.organisatie_pad
        meld(bewaard.waarschuwingen)
        if definitie.rol != "informeel":
            raise GebruiksFout(f"het profiel {toon_pad(profiel)} is voor de rol {definitie.rol}; "
                               "werving is er alleen voor informeel")
        naam = definitie.naam
        # "Vrijwillig adviseur" -> "vrijwillig adviseur"; "VOA-adviseur" stays as it is
        functie = naam[0].lower() + naam[1:] if naam[1:2].islower() else naam
        organisatie = organisatie or org_pad
    else:
        gekozen = kies_taken(cat, "informeel", taken or "")
    org, waarschuwingen = lees_met_waarschuwingen(organisatie) if organisatie is not None else (None, [])
    fouten, ontbreekt = werving.ontbreekt(soort, org)
    naam = toon_pad(organisatie) if organisatie is not None else "cot"
    if fouten and org is None:
        raise GebruiksFout(fouten[0])
    if fouten:
        raise CotFout([Melding(naam, code="ontbreekt", tekst=f) for f in fouten])
    meld([*waarschuwingen, *(Melding(naam, code="ontbreekt", tekst=t, ernst="waarschuwing") for t in ontbreekt)])
    data = werving.gegevens(cat, "informeel", gekozen, org, functie)
    if leesbaarheid:
        from ..leesbaarheid import langste_zinnen, meet

        platte = str(render(soort, data, "txt"))
        info(meet(platte).als_tekst())
        info("Langste zinnen:\n" + "\n".join(f"  {len(z.split()):>2} woorden: {z}" for z in langste_zinnen(platte)))
    if formaat == VACATUREBANK:
        from .. import vacaturebank

        velden = vacaturebank.velden(data)
        # JSON for a file named .json; otherwise blocks to paste into the bank's form field by field.
        json_bestand = naar is not None and naar.suffix.lower() == ".json"
        inhoud: str | bytes = vacaturebank.als_json(velden) if json_bestand else vacaturebank.als_tekst(velden)
    else:
        inhoud = render(soort, data, formaat, naam=toon_pad(naar) if naar is not None else None)
    if naar is None:
        sys.stdout.write(str(inhoud))
        return 0
    schrijf_atomisch(naar, inhoud, force=force)
    info(f"geschreven: {toon_pad(naar)}")
    return 0


@app.command("vacature")
def vacature(ctx: typer.Context, taken: TakenOptie = None, profiel: ProfielOptie = None, rol: RolOptie = None,
             organisatie: OrganisatieOptie = None, formaat: FormaatOptie = None, naar: NaarOptie = None,
             force: ForceOptie = False, leesbaarheid: LeesbaarheidOptie = False) -> int:
    """Een vacaturetekst voor een vrijwillige cliëntondersteuner (250 tot 450 woorden)."""
    return _maak(ctx, "vacature", taken, profiel, rol, organisatie, formaat, naar, force, leesbaarheid)


@app.command("oproep")
def oproep(ctx: typer.Context, taken: TakenOptie = None, profiel: ProfielOptie = None, rol: RolOptie = None,
           organisatie: OrganisatieOptie = None, formaat: FormaatOptie = None, naar: NaarOptie = None,
           force: ForceOptie = False, leesbaarheid: LeesbaarheidOptie = False) -> int:
    """Een korte oproep van hoogstens 600 tekens, voor sociale media of een vacaturebank."""
    return _maak(ctx, "oproep", taken, profiel, rol, organisatie, formaat, naar, force, leesbaarheid)


@app.command("folder")
def folder(ctx: typer.Context, taken: TakenOptie = None, profiel: ProfielOptie = None, rol: RolOptie = None,
           organisatie: OrganisatieOptie = None, formaat: FormaatOptie = None, naar: NaarOptie = None,
           force: ForceOptie = False, leesbaarheid: LeesbaarheidOptie = False) -> int:
    """Een folder voor wie overweegt vrijwilliger te worden: wat je doet, wat niet, en je steun."""
    return _maak(ctx, "folder", taken, profiel, rol, organisatie, formaat, naar, force, leesbaarheid)
