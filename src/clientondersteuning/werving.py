"""Werving en voorlichting: a vacancy, a short call and an information text from chosen tasks.

Catalogue + chosen tasks + Organisatie -> plain dicts -> sandboxed Jinja -> Markdown.
Every sentence about the organisation is written by cot from its facts (organisatiezinnen);
a fact the organisation leaves out is left out of the text, with a warning, so a text never
promises on behalf of nobody. Vacancy and folder need an organisation with a contact
person (the NOV criteria that vacancy banks check: a task description apart from paid
staff, no diploma asked, a contact person, an introduction, insurance and expenses).

All fixed sentences here and in the templates are editorial plain Dutch (B1): short, active, 'je'.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from . import organisatiezinnen as zinnen
from .catalogus import Catalogus
from .fouten import CotFout, GebruiksFout, Melding, toon_pad
from .model import EenvoudigeTekst, ProfielDefinitie, Taak
from .organisatie import Organisatie

SOORTEN = ("vacature", "oproep", "folder")
MET_ORGANISATIE = ("vacature", "folder")  # these promise on the organisation's behalf
MAX_OPROEP = 600
VACATURE_WOORDEN = (250, 450)
STANDAARD_FUNCTIE = "vrijwillige cliëntondersteuner"

# ---- choosing tasks -----------------------------------------------------------------------


def kies_taken(cat: Catalogus, rol: str, tekst: str) -> list[Taak]:
    """'1,3,6' or 'alle' -> the tasks in catalogue order; bad input: GebruiksFout (exit 2)."""
    from .profiel import kies_taken_of_stop

    return kies_taken_of_stop(cat, rol, tekst)


# ---- the user's files ------------------------------------------------------------------------


def lees_organisatie(pad: Path) -> tuple[Organisatie, list[Melding]]:
    """organisatie.yaml, checked (a problem is a CotFout, exit 1), and warnings about its 'over_ons'."""
    from .organisatie import lees_met_waarschuwingen

    return lees_met_waarschuwingen(pad)


def lees_profiel(pad: Path, cat: Catalogus) -> tuple[ProfielDefinitie, list[Taak], Path | None]:
    """profiel.yaml -> the definition, its tasks and the path of its organisation file (if any)."""
    from .profiel import lees_definitie, taken_van

    geladen = lees_definitie(pad)
    return geladen.definitie, taken_van(cat, geladen), geladen.organisatie_pad


# ---- the data for the templates ----------------------------------------------------------------


def _eenvoudig(cat: Catalogus, item_id: str) -> EenvoudigeTekst:
    tekst = cat.eenvoudig.get(item_id)
    if tekst is None:
        raise CotFout(Melding(toon_pad(cat.map), code="eenvoudig", tekst=(
            f"'{item_id}' heeft geen eenvoudige tekst in eenvoudig.yaml; werving heeft die nodig")))
    return tekst


def ontbreekt(soort: str, org: Organisatie | None) -> tuple[list[str], list[str]]:
    """What the organisation must add before this text can be made (errors), and what the text leaves out."""
    if org is None:
        if soort in MET_ORGANISATIE:
            return [f"een {soort} spreekt namens een organisatie: geef --organisatie organisatie.yaml (of een "
                    "--profiel met 'organisatie:'), dan noemt de tekst wie je bent en hoe mensen reageren"], []
        return [], ["zonder --organisatie noemt de oproep geen organisatie en geen manier om te reageren"]
    c = org.contact
    fouten = []
    if soort in MET_ORGANISATIE and (c is None or not (c.telefoon or c.email or c.website)):
        fouten.append(f"een {soort} heeft een contactpersoon nodig met telefoon, e-mail of website "
                      "(vacaturebanken vragen erom): vul 'contact' aan met naam en telefoon of email")
    if soort == "oproep":
        return fouten, [] if c else ["zonder 'contact' zegt de oproep niet hoe mensen reageren"]
    velden = {"werkgebied": "waar je werkt", "tijd": "hoeveel tijd het kost", "inwerken": "het inwerken",
              "begeleiding": "de begeleiding", "scholing": "de training", "onkosten": "de onkosten",
              "verzekering": "de verzekering", "vog": "de VOG"}
    waarschuwingen = [f"geen '{veld}' in het organisatiebestand: de {soort} zegt niets over {wat}"
                      for veld, wat in velden.items() if getattr(org, veld) is None]
    return fouten, waarschuwingen


def gegevens(cat: Catalogus, rol: str, taken: list[Taak], org: Organisatie | None,
             functie: str | None = None) -> dict[str, Any]:
    """Plain data for all three texts (only str, list, dict, None: safe for a sandboxed template)."""
    if rol != "informeel":
        raise GebruiksFout("werving is er alleen voor de rol informeel: de vacature is voor vrijwilligers")
    if not taken:
        raise GebruiksFout("kies minstens één taak")
    functie = functie or STANDAARD_FUNCTIE
    kwaliteiten = [_eenvoudig(cat, comp.id).kwaliteit
                   for comp, _, _ in cat.competenties_voor(rol, [t.id for t in taken])]
    return {
        "functie": functie,
        "organisatie": org.naam if org else None,
        "taken": [{"nummer": t.nummer, "titel": t.titel, "wat_je_doet": _eenvoudig(cat, t.id).wat_je_doet,
                   "kort": _eenvoudig(cat, t.id).kort} for t in taken],
        "kwaliteiten": kwaliteiten,
        "bieden": zinnen.bieden(org) if org else [],
        "kort_aanbod": zinnen.kort_aanbod(org) if org else None,
        "tijd": " ".join(zinnen.tijd(org)) if org else None,
        "tijd_kort": zinnen.tijd(org)[0] if org and org.tijd else None,
        "plaats": " ".join(zinnen.plaats(org)) if org else None,
        "adres": org.adres if org else None,
        "over_ons": zinnen.over_ons(org) if org else None,
        "contact": zinnen.contact(org),
    }


# ---- rendering -----------------------------------------------------------------------------


def _render(sjabloon: str, data: dict[str, Any]) -> str:
    from .weergave import render_markdown

    return render_markdown(data, standaard=sjabloon)


def _inkorten(tekst: str, maximum: int) -> str:
    if len(tekst) <= maximum:
        return tekst
    return tekst[: maximum - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def oproep(data: dict[str, Any]) -> str:
    """The short call: the richest version that fits in MAX_OPROEP characters."""
    taken = data["taken"]
    pogingen: list[dict[str, Any]] = []
    for volledig in (True, False):  # what the volunteer gets beats a complete task list
        for aantal in range(len(taken), 0, -1):
            pogingen.append({**data, "oproep_taken": [t["kort"] for t in taken[:aantal]],
                             "meer": aantal < len(taken), "volledig": volledig})
    for poging in pogingen:
        tekst = _render("oproep.md.j2", poging)
        if len(tekst.strip()) <= MAX_OPROEP:
            return tekst
    return _inkorten(tekst.strip(), MAX_OPROEP) + "\n"  # only with very long organisation details


def vacature(data: dict[str, Any]) -> str:
    """The vacancy: the fullest version within VACATURE_WOORDEN: first without the extras (opening lines,
    address, website), then with the short task lines, then both."""
    from .leesbaarheid import woorden

    for kort, beknopt in ((False, False), (False, True), (True, False), (True, True)):
        variant = {"taken_kort": kort, "beknopt": beknopt}
        tekst = _render("vacature.md.j2", {**data, **variant})
        if len(woorden(naar_tekst(tekst))) <= VACATURE_WOORDEN[1]:
            break
    return tekst


def maak(soort: str, data: dict[str, Any]) -> str:
    """The Markdown of one text: vacature, oproep or folder."""
    if soort == "oproep":
        return oproep(data)
    if soort == "vacature":
        return vacature(data)
    return _render(f"{soort}.md.j2", data)


def naar_tekst(markdown: str) -> str:
    """Plain text: the Markdown with its markup stripped."""
    regels = []
    for regel in markdown.splitlines():
        regel = re.sub(r"^#+\s+", "", regel)
        regel = re.sub(r"\*\*(.+?)\*\*", r"\1", regel)
        regel = re.sub(r"(?<!\w)\*(?!\s)(.+?)(?<!\s)\*(?!\w)", r"\1", regel)
        regels.append(regel)
    return "\n".join(regels).strip() + "\n"


def naar_docx(markdown: str, organisatie: str | None = None) -> bytes:
    """A Word document from the (simple) Markdown of these texts: headings, lists, bold, paragraphs."""
    from .weergave_docx import als_bytes, nieuw_document

    titel = next((r.lstrip("#").strip() for r in markdown.splitlines() if r.startswith("# ")), "Vacature")
    document = nieuw_document(titel, organisatie or "cot", "Werving en voorlichting", kop_rechts="Vrijwilligerswerk")
    for regel in markdown.splitlines():
        if not regel.strip():
            continue
        kop = re.match(r"^(#+)\s+(.*)$", regel)
        if kop:
            document.add_heading(kop.group(2), level=min(len(kop.group(1)), 3))
            continue
        punt = regel.startswith("- ")
        alinea = document.add_paragraph(style="List Bullet" if punt else None)
        tekst = regel[2:] if punt else regel
        for i, stuk in enumerate(re.split(r"\*\*(.+?)\*\*", tekst)):
            if stuk:
                alinea.add_run(stuk).bold = i % 2 == 1
    return als_bytes(document)


def leesbaarheid_overzicht(cat: Catalogus, org: Organisatie | None) -> list[tuple[str, str, Any]]:
    """(selectie, soort, Leesbaarheid) for 'alle' and every single task, for `make bench`'s report."""
    from .leesbaarheid import meet

    rol = "informeel"
    selecties = ["alle", *[t.nummer for t in cat.taken[rol]]]
    soorten = [s for s in SOORTEN if org is not None or s not in MET_ORGANISATIE]
    resultaat = []
    for selectie in selecties:
        data = gegevens(cat, rol, kies_taken(cat, rol, selectie), org)
        resultaat += [(selectie, soort, meet(naar_tekst(maak(soort, data)))) for soort in soorten]
    return resultaat
