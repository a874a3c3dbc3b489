"""`cot scholing`: self-assessment against a profile -> training needs, per volunteer and per team.

Volunteer files hold personal data: nothing is cached or logged; an individual report shows only
that volunteer; with --anoniem the team outputs carry pseudonyms only.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from . import nederlands
from .context import laad

app = typer.Typer(
    help="Scholing: zelfevaluatie, tekorten per vrijwilliger en een scholingsplan voor het team.",
    **nederlands.TYPER_OPTIES,
)

FORMATEN_GAP = ("md", "docx", "json")
FORMATEN_TEAM = ("terminal", "md", "docx", "json")


# ---- shared helpers ---------------------------------------------------------------------------


def _render_md(sjabloon: str, context: dict[str, Any]) -> str:
    """Markdown from a template in templates/, in the shared sandbox, from plain data only."""
    from ..weergave import render_markdown

    return _alineas(render_markdown(context, standaard=sjabloon))


def _alineas(tekst: str) -> str:
    """One blank line between blocks (headings, paragraphs, lists, tables); none inside a list or table."""
    def soort(regel: str) -> str:
        return "lijst" if regel.startswith("- ") else "tabel" if regel.startswith("|") else "tekst"

    uit: list[str] = []
    for regel in tekst.splitlines():
        regel = regel.rstrip()
        if not regel:
            continue
        if uit and not (soort(regel) == soort(uit[-1]) != "tekst"):
            uit.append("")
        uit.append(regel)
    return "\n".join(uit) + "\n"


def _formaat(formaat: str | None, uitvoer: Path | None, keuzes: tuple[str, ...], standaard: str) -> str:
    from ..fouten import GebruiksFout

    if formaat is None:
        if uitvoer is not None and uitvoer.suffix.lower() in (".docx", ".json", ".md"):
            formaat = uitvoer.suffix.lower()[1:]
        else:
            formaat = standaard
    if formaat not in keuzes:
        raise GebruiksFout(f"--format '{formaat}' bestaat niet; kies uit: {', '.join(keuzes)}")
    if formaat == "docx":
        try:
            import docx  # noqa: F401
        except ImportError:
            raise GebruiksFout("DOCX is in deze installatie niet beschikbaar (python-docx ontbreekt); "
                               "gebruik --format md") from None
        if uitvoer is None:
            raise GebruiksFout("een Word-bestand kan niet naar het scherm; geef -o BESTAND.docx")
    if formaat == "terminal" and uitvoer is not None:
        raise GebruiksFout("een tabel voor de terminal kan niet naar een bestand; "
                           "kies --format md, json of docx")
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


def _json(data: Any) -> str:
    import json

    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _keuze(ctx: typer.Context, taken: str | None, profiel: Path | None, rol: str):
    """--taken or --profiel -> (catalogus, rol, taken, eisen, profielnaam, bron-velden voor het bestand)."""
    from .. import scholing as s
    from ..fouten import GebruiksFout

    if (taken is None) == (profiel is None):
        raise GebruiksFout("geef --taken of --profiel (precies één van beide)")
    if rol not in ("informeel", "formeel"):
        raise GebruiksFout(f"--rol '{rol}' bestaat niet; kies uit: informeel, formeel")
    cat = laad(ctx)
    if profiel is not None:
        p = s.lees_profiel(cat, profiel)
        eisen = s.eisen_voor(cat, p.rol, p.taken, p.normen)
        return cat, p.rol, p.taken, eisen, p.naam, {"profiel": str(profiel)}
    assert taken is not None
    gekozen = s.taken_uit_tekst(cat, rol, taken)
    alle = len(gekozen) == len(cat.taken[rol])
    bron: dict[str, Any] = {"taken": "alle" if alle else [int(t.nummer) if t.nummer.isdigit() else t.nummer
                                                          for t in gekozen]}
    if rol != "informeel":
        bron = {"rol": rol, **bron}
    return cat, rol, gekozen, s.eisen_voor(cat, rol, gekozen), None, bron


_FORMAAT_HELP = ("Vorm van de uitvoer: md, docx of json (docx alleen met -o). Standaard: md, of wat de "
                 "extensie van -o zegt.")
Uitvoer = Annotated[Path | None, typer.Option("-o", "--naar", metavar="PAD",
                                              help="Schrijf naar dit bestand in plaats van naar het scherm.")]
Force = Annotated[bool, typer.Option("--force", help="Overschrijf een bestaand uitvoerbestand.")]
Taken = Annotated[str | None, typer.Option("--taken", metavar="NUMMERS",
                                           help="Taaknummers, bijvoorbeeld '1,3,6', of 'alle'.")]
ProfielOptie = Annotated[Path | None, typer.Option(
    "--profiel", metavar="PAD", help="Een opgeslagen profiel (profiel.yaml) in plaats van --taken.")]
RolOptie = Annotated[str, typer.Option("--rol", metavar="informeel|formeel",
                                       help="De rol bij --taken (standaard informeel).")]


# ---- commands --------------------------------------------------------------------------------------


@app.command("gap")
def gap(
    ctx: typer.Context,
    bestand: Annotated[Path, typer.Argument(metavar="VRIJWILLIGER", help="Het bestand van de vrijwilliger "
                                            "(vrijwilliger.yaml) met de scores per competentie.")],
    formaat: Annotated[str | None, typer.Option(
        "--format", metavar="md|docx|json", help=_FORMAAT_HELP)] = None,
    uitvoer: Uitvoer = None,
    force: Force = False,
) -> int:
    """De tekorten van één vrijwilliger ten opzichte van het profiel, grootste tekort eerst, met scholing."""
    from .. import scholing as s
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
    elif soort == "docx":
        _schrijf(_docx_gap(data), uitvoer, force)
    else:
        _schrijf(_render_md("scholing-gap.md.j2", data), uitvoer, force)
    return 0


@app.command("team")
def team(
    ctx: typer.Context,
    map_: Annotated[Path, typer.Argument(
        metavar="MAP", help="De map met de bestanden van de vrijwilligers.")],
    formaat: Annotated[str | None, typer.Option(
        "--format", metavar="md|docx|json",
        help="Vorm van de uitvoer: md, docx of json. Standaard: een gekleurde tabel op het scherm, "
             "of wat de extensie van -o zegt.")] = None,
    uitvoer: Uitvoer = None,
    force: Force = False,
    anoniem: Annotated[bool, typer.Option(
        "--anoniem", help="Vervang namen door V1, V2, ... (in de volgorde van de bestandsnamen), "
                          "ook in meldingen.")] = False,
) -> int:
    """Een scholingsplan voor het team: een overzicht per vrijwilliger en competentie, en groepsscholing."""
    from .. import scholing as s
    from .uitvoer import info, meld

    soort = _formaat(formaat, uitvoer, FORMATEN_TEAM, "terminal")
    cat = laad(ctx)
    resultaat = s.team(cat, map_, anoniem=anoniem)
    meld(resultaat.waarschuwingen)
    meld(resultaat.overgeslagen)
    data = s.team_data(cat, resultaat)
    if soort == "json":
        _schrijf(_json(data), uitvoer, force)
    elif soort == "md":
        _schrijf(_render_md("scholing-team.md.j2", data), uitvoer, force)
    elif soort == "docx":
        _schrijf(_docx_team(data), uitvoer, force)
    else:
        _toon_team(data)
    if data["aantal_overgeslagen"]:
        aantal = data["aantal_overgeslagen"]
        woord = "bestand" if aantal == 1 else "bestanden"
        info(f"{aantal} {woord} overgeslagen wegens fouten (zie hierboven).")
        return 1
    return 0


_KLEUREN = {"tekort2": "bold white on red", "tekort1": "black on yellow", "in_orde": "black on green",
            "niet_beoordeeld": "dim", "niet_nodig": ""}


def _toon_team(data: dict[str, Any]) -> None:
    from rich.markup import escape
    from rich.text import Text

    from .uitvoer import stdout

    # One Text for the whole matrix: a rich Table measures every cell and took 3 s for 1,000 rows.
    console = stdout()
    comps = [c["competentie"] for c in data["competenties"]]
    namen = [rij["vrijwilliger"] for rij in data["matrix"]]
    breedte_naam = min(max([len("Vrijwilliger"), *map(len, namen)]), 40)
    breedtes = [max(len(c), 3) + 2 for c in comps]
    matrix = Text()
    matrix.append("Scores per vrijwilliger en competentie\n", style="bold")
    matrix.append("Vrijwilliger".ljust(breedte_naam), style="bold")
    for c, b in zip(comps, breedtes, strict=True):
        matrix.append(" " + c.center(b), style="bold")
    matrix.append("\n")
    for rij, naam in zip(data["matrix"], namen, strict=True):
        matrix.append(naam[:breedte_naam].ljust(breedte_naam))
        for c, b in zip(comps, breedtes, strict=True):
            cel = rij["cellen"][c]
            matrix.append(" ")
            if cel["status"] == "tekort":
                matrix.append(str(cel["score"]).center(b),
                              style=_KLEUREN["tekort2" if cel["tekort"] >= 2 else "tekort1"])
            elif cel["status"] == "in_orde":
                matrix.append(str(cel["score"]).center(b), style=_KLEUREN["in_orde"])
            elif cel["status"] == "niet_beoordeeld":
                matrix.append("?".center(b), style=_KLEUREN["niet_beoordeeld"])
            else:
                matrix.append(" " * b)
        matrix.append("\n")
    console.print(matrix, end="", soft_wrap=True)
    console.print("Rood: 2 of meer onder de norm; geel: 1 onder de norm; groen: in orde; ?: niet beoordeeld; "
                  "leeg: niet nodig.", markup=False)
    for c in data["competenties"]:
        console.print(f"  {c['competentie']}  {escape(c['titel'])}")
    console.print()
    if data["groepsscholing"]:
        console.print("[bold]Groepsscholing (meeste tekorten eerst)[/bold]")
        for i, g in enumerate(data["groepsscholing"], start=1):
            extra = f", {g['aantal_niet_beoordeeld']} niet beoordeeld" if g["aantal_niet_beoordeeld"] else ""
            console.print(f"{i}. {g['competentie']} {escape(g['titel'])}: {g['aantal_tekort']} van "
                          f"{g['aantal_nodig']} onder de norm{extra}")
            if g["scholing"]:
                console.print(f"   scholing: {', '.join(v['naam'] for v in g['scholing'])}", markup=False)
    else:
        console.print("Geen tekorten in het team.")


@app.command("formulier")
def formulier(
    ctx: typer.Context,
    taken: Taken = None,
    profiel: ProfielOptie = None,
    rol: RolOptie = "informeel",
    uitvoer: Uitvoer = None,
    force: Force = False,
) -> int:
    """Een zelfevaluatieformulier om te printen of in te vullen: competenties, indicatoren en de schaal."""
    from .. import scholing as s

    soort = _formaat(None, uitvoer, ("md", "docx"), "md")
    cat, gekozen_rol, gekozen, eisen, profiel_naam, _ = _keuze(ctx, taken, profiel, rol)
    data = s.formulier_data(cat, gekozen_rol, gekozen, eisen, profiel_naam)
    if soort == "docx":
        _schrijf(_docx_formulier(data), uitvoer, force, prive=False)
    else:
        _schrijf(_render_md("zelfevaluatie.md.j2", data), uitvoer, force, prive=False)
    return 0


@app.command("invullen")
def invullen(
    ctx: typer.Context,
    uitvoer: Annotated[Path, typer.Option("-o", "--naar", metavar="PAD",
                                          help="Het vrijwilligersbestand dat wordt geschreven (verplicht).")],
    taken: Taken = None,
    profiel: ProfielOptie = None,
    rol: RolOptie = "informeel",
    force: Force = False,
) -> int:
    """Vul de zelfevaluatie in op het scherm; schrijft een geldig vrijwilligersbestand."""
    import datetime

    from .. import scholing as s
    from ..fouten import CotFout, Melding, toon_pad
    from .uitvoer import info

    if uitvoer.exists() and not force:
        raise CotFout(Melding(toon_pad(uitvoer), code="bestaat", tekst=(
            "bestand bestaat al; kies een andere naam of gebruik --force om het te overschrijven")))
    cat, _, _, eisen, _, bron = _keuze(ctx, taken, profiel, rol)
    if "profiel" in bron:  # relative to the file written, as the volunteer file's contract says
        import os

        doel = Path(bron["profiel"]).resolve()
        bron["profiel"] = Path(os.path.relpath(doel, uitvoer.resolve().parent)).as_posix()
    schaal = ", ".join(f"{k} {v}" for k, v in s.SCHAAL.items())
    info(f"Zelfevaluatie: {len(eisen)} competenties. Schaal: {schaal}. Laat een score leeg om over te slaan.")
    import sys

    from ..model import stuurteken_in

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
    tekst = s.beoordeling_yaml(naam.strip(), datum, bron, antwoorden)
    _schrijf(tekst, uitvoer, force)
    s.lees_vrijwilliger(cat, uitvoer)  # what was written must be a valid volunteer file
    return 0


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


# ---- DOCX (python-docx), from the same plain data as the Markdown ------------------------------------

_DOCX_KLEUREN = {"tekort2": "F4B6B6", "tekort1": "FFE699", "in_orde": "C6EFCE", "niet_beoordeeld": "E7E6E6"}


def _document(titel: str, onderwerp: str) -> Any:
    from ..weergave_docx import nieuw_document

    return nieuw_document(titel, "cot", onderwerp)


def _bytes(document: Any) -> bytes:
    from ..weergave_docx import als_bytes

    return als_bytes(document)


def _kleur(cel: Any, kleur: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), kleur)
    cel._tc.get_or_add_tcPr().append(shd)


def _zet(cel: Any, tekst: str) -> None:
    """Text into an empty table cell; quicker than cel.text = ..., which rebuilds the cell."""
    from docx.text.paragraph import Paragraph

    Paragraph(cel._tc.p_lst[0], cel).add_run(tekst)


def _breedtes(tabel: Any, breedtes: list[Any]) -> None:
    """Column widths: Word reads them from the cells, LibreOffice from the table grid."""
    for kolom, breedte in zip(tabel.columns, breedtes, strict=True):
        kolom.width = breedte
    for rij in tabel.rows:
        for cel, breedte in zip(rij.cells, breedtes, strict=True):
            cel.width = breedte


def _schaal_tekst(schaal: dict[str, str]) -> str:
    return ", ".join(f"{k} {v}" for k, v in schaal.items())


def _docx_gap(data: dict[str, Any]) -> bytes:
    d = _document(f"Scholingsbehoefte: {data['vrijwilliger']}", "Scholingsbehoefte")
    d.add_heading(f"Scholingsbehoefte: {data['vrijwilliger']}", 0)
    regel = f"Profiel: {data['profiel']}. " if data["profiel"] else ""
    regel += f"Rol: {data['rol']}. Taken: {', '.join(data['taken'])}."
    if data["datum"]:
        regel += f" Zelfevaluatie van {data['datum']}."
    d.add_paragraph(regel)
    d.add_paragraph(f"Schaal: {_schaal_tekst(data['schaal'])}. De norm is 3, tenzij het profiel een andere "
                    "norm geeft.")
    d.add_heading("Tekorten", 1)
    if not data["tekorten"]:
        d.add_paragraph("Geen tekorten.")
    for i, t in enumerate(data["tekorten"], start=1):
        d.add_heading(f"{i}. {t['competentie']} {t['titel']}", 2)
        woord = data["schaal"][str(t["score"])]
        tekst = f"Score {t['score']} ({woord}), norm {t['norm']}: tekort {t['tekort']}."
        if t["kern"]:
            tekst += " Kerncompetentie."
        if t["taken"]:
            tekst += f" Nodig voor taak {', '.join(t['taken'])}."
        d.add_paragraph(tekst)
        if t["toelichting"]:
            d.add_paragraph(f"Toelichting: {t['toelichting']}")
        if t["indicatoren"]:
            d.add_paragraph("Gedragsindicatoren met een lage score:")
            for ind in t["indicatoren"]:
                d.add_paragraph(f"{ind['nummer']}. {ind['tekst']} (score {ind['score']})",
                                style="List Bullet")
        if t["scholing"]:
            d.add_paragraph("Scholing:")
            for v in t["scholing"]:
                d.add_paragraph(f"{v['naam']}: {v['leerdoel']}", style="List Bullet")
    d.add_heading("Niet beoordeeld", 1)
    if not data["niet_beoordeeld"]:
        d.add_paragraph("Alle competenties van het profiel zijn beoordeeld.")
    for n in data["niet_beoordeeld"]:
        d.add_paragraph(f"{n} {data['niet_beoordeeld_titels'][n]}", style="List Bullet")
    d.add_heading("In orde", 1)
    if not data["in_orde"]:
        d.add_paragraph("Nog geen competentie op of boven de norm.")
    for c in data["in_orde"]:
        d.add_paragraph(f"{c['competentie']} {c['titel']}: score {c['score']}, norm {c['norm']}",
                        style="List Bullet")
    return _bytes(d)


def _docx_team(data: dict[str, Any]) -> bytes:
    d = _document("Scholingsplan voor het team", "Scholingsplan")
    d.add_heading("Scholingsplan voor het team", 0)
    tekst = f"{len(data['vrijwilligers'])} vrijwilligers."
    if data["aantal_overgeslagen"]:
        tekst += f" {data['aantal_overgeslagen']} bestand(en) overgeslagen wegens fouten."
    d.add_paragraph(tekst)
    d.add_heading("Overzicht", 1)
    d.add_paragraph("Rood: 2 of meer onder de norm; geel: 1 onder de norm; groen: in orde; grijs met ?: niet "
                    "beoordeeld; leeg: niet nodig voor het profiel.")
    comps = data["competenties"]
    from docx.shared import Cm

    tabel = d.add_table(rows=1 + len(data["matrix"]), cols=1 + len(comps))
    tabel.style = "Table Grid"
    tabel.autofit = False
    if len(data["matrix"]) <= 200:  # per-cell widths cost time; a long table keeps Word's even columns
        kolom = Cm(12.0 / max(len(comps), 1))
        _breedtes(tabel, [Cm(4.0)] + [kolom] * len(comps))
    rijen = list(tabel.rows)  # rows[i] walks the whole table each time: slow for 1,000 volunteers
    kop = rijen[0].cells
    _zet(kop[0], "Vrijwilliger")
    for j, c in enumerate(comps, start=1):
        _zet(kop[j], c["competentie"])
    for rij_docx, rij in zip(rijen[1:], data["matrix"], strict=True):
        cellen = rij_docx.cells
        _zet(cellen[0], rij["vrijwilliger"])
        for j, c in enumerate(comps, start=1):
            cel = rij["cellen"][c["competentie"]]
            if cel["status"] == "tekort":
                _zet(cellen[j], str(cel["score"]))
                _kleur(cellen[j], _DOCX_KLEUREN["tekort2" if cel["tekort"] >= 2 else "tekort1"])
            elif cel["status"] == "in_orde":
                _zet(cellen[j], str(cel["score"]))
                _kleur(cellen[j], _DOCX_KLEUREN["in_orde"])
            elif cel["status"] == "niet_beoordeeld":
                _zet(cellen[j], "?")
                _kleur(cellen[j], _DOCX_KLEUREN["niet_beoordeeld"])
    for c in comps:
        d.add_paragraph(f"{c['competentie']} {c['titel']}", style="List Bullet")
    d.add_heading("Groepsscholing (meeste tekorten eerst)", 1)
    if not data["groepsscholing"]:
        d.add_paragraph("Geen tekorten in het team.")
    for i, g in enumerate(data["groepsscholing"], start=1):
        d.add_heading(f"{i}. {g['competentie']} {g['titel']}", 2)
        tekst = (f"{g['aantal_tekort']} van {g['aantal_nodig']} vrijwilligers onder de norm "
                 f"(samen {g['totaal_tekort']} tekort)")
        if g["aantal_niet_beoordeeld"]:
            tekst += f"; {g['aantal_niet_beoordeeld']} niet beoordeeld"
        d.add_paragraph(tekst + ".")
        for v in g["scholing"]:
            d.add_paragraph(f"{v['naam']}: {v['leerdoel']}", style="List Bullet")
    d.add_heading("Niet beoordeeld", 1)
    if not data["niet_beoordeeld"]:
        d.add_paragraph("Alle nodige competenties zijn beoordeeld.")
    for n in data["niet_beoordeeld"]:
        d.add_paragraph(f"{n['competentie']} {n['titel']}: {n['aantal']}", style="List Bullet")
    return _bytes(d)


def _docx_formulier(data: dict[str, Any]) -> bytes:
    titel = "Zelfevaluatie" + (f": {data['profiel']}" if data["profiel"] else "")
    d = _document(titel, "Zelfevaluatie")
    d.add_heading(titel, 0)
    d.add_paragraph("Naam: ______________________________    Datum: ______________")
    taken = "; ".join(f"{t['nummer']} {t['titel']}" for t in data["taken"])
    d.add_paragraph(f"Rol: {data['rol']}. Taken: {taken}.")
    schaal = _schaal_tekst(data["schaal"])
    d.add_paragraph(f"Kruis per competentie aan hoe goed je het nu kunt. Schaal: {schaal}. "
                    "De norm is 3 (voldoende), tenzij hieronder anders staat. Je mag ook per "
                    "gedragsindicator een score geven.")
    for c in data["competenties"]:
        d.add_heading(f"{c['competentie']} {c['titel']}", 1)
        d.add_paragraph(c["omschrijving"] + (f" (Norm: {c['norm']}.)" if c["norm"] != 3 else ""))
        d.add_paragraph("Score:   " + "   ".join(f"☐ {k} {v}" for k, v in data["schaal"].items()))
        if c["indicatoren"]:
            from docx.shared import Cm

            tabel = d.add_table(rows=1 + len(c["indicatoren"]), cols=6)
            tabel.style = "Table Grid"
            tabel.autofit = False
            rijen = list(tabel.rows)
            breedtes = [Cm(1.0), Cm(10.0), Cm(1.0), Cm(1.0), Cm(1.0), Cm(1.0)]  # 16 cm: the text width
            _breedtes(tabel, breedtes)
            for j, kop in enumerate(("Nr.", "Gedragsindicator", "1", "2", "3", "4")):
                rijen[0].cells[j].text = kop
            for rij_docx, ind in zip(rijen[1:], c["indicatoren"], strict=True):
                cellen = rij_docx.cells
                cellen[0].text = ind["nummer"]
                cellen[1].text = ind["tekst"]
                for j in range(2, 6):
                    cellen[j].text = "☐"
        d.add_paragraph("Toelichting:")
        d.add_paragraph("_" * 70)
        d.add_paragraph("_" * 70)
    return _bytes(d)
