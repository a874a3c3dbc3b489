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

from typing import TYPE_CHECKING, Any

from . import organisatiezinnen as zinnen
from .catalogus import Catalogus
from .fouten import CotFout, Melding, toon_pad
from .keuze import KeuzeFout, kies_taken

if TYPE_CHECKING:
    from .model import EenvoudigeTekst, Rol, Taak
    from .model_organisatie import Organisatie

SOORTEN = ("vacature", "oproep", "folder")
MET_ORGANISATIE = ("vacature", "folder")  # these promise on the organisation's behalf
STANDAARD_FUNCTIE = "vrijwillige cliëntondersteuner"

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


def gegevens(cat: Catalogus, rol: Rol, taken: list[Taak], org: Organisatie | None,
             functie: str | None = None) -> dict[str, Any]:
    """Plain data for all three texts (only str, list, dict, None: safe for a sandboxed template)."""
    if rol != "informeel":
        raise KeuzeFout("werving is er alleen voor de rol informeel: de teksten zijn voor vrijwilligers",
                        "rol", waarde=rol)
    if not taken:
        raise KeuzeFout("kies minstens één taak")
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


def leesbaarheid_overzicht(cat: Catalogus, org: Organisatie | None) -> list[tuple[str, str, Any]]:
    """(selectie, soort, Leesbaarheid) for 'alle' and every single task, for `make bench`'s report."""
    from .leesbaarheid import meet
    from .weergave import render

    rol: Rol = "informeel"
    selecties = ["alle", *[t.nummer for t in cat.taken[rol]]]
    soorten = [s for s in SOORTEN if org is not None or s not in MET_ORGANISATIE]
    resultaat = []
    for selectie in selecties:
        data = gegevens(cat, rol, kies_taken(cat, rol, selectie), org)
        resultaat += [(selectie, soort, meet(render(soort, data, "txt"))) for soort in soorten]
    return resultaat
