"""Werving en voorlichting: a vacancy, a short call and an information text from chosen tasks.

Catalogue + chosen tasks + Organisatie (or None) -> plain dicts; weergave makes the documents.
Everything the organisation leaves out falls back to a default, so a text never holds a
placeholder. The defaults follow what the source asks of the organisation (movisie-2017,
2.3: begeleiding, terugvallen, waardering, reflectiemomenten, cursussen) and the NOV
criteria that vacancy banks check (a task description apart from paid staff, no diploma
asked, a contact person, an introduction period, insurance and expenses).

All fixed sentences here are editorial plain Dutch (B1): short, active, 'je'.
"""

from __future__ import annotations

from typing import Any

from .catalogus import Catalogus
from .fouten import CotFout, Melding, toon_pad
from .keuze import KeuzeFout, kies_taken
from .model import EenvoudigeTekst, Organisatie, Rol, Taak

SOORTEN = ("vacature", "oproep", "folder")
STANDAARD_FUNCTIE = "vrijwillige cliëntondersteuner"

# ---- the data for the templates ----------------------------------------------------------------


def _zin(tekst: str) -> str:
    """A user's text as a sentence: with a capital and a full stop."""
    tekst = tekst.strip()
    if tekst and tekst[0].islower():
        tekst = tekst[0].upper() + tekst[1:]
    return tekst if tekst.endswith((".", "!", "?")) else tekst + "."


def _eenvoudig(cat: Catalogus, item_id: str) -> EenvoudigeTekst:
    tekst = cat.eenvoudig.get(item_id)
    if tekst is None:
        raise CotFout(Melding(toon_pad(cat.map), code="eenvoudig", tekst=(
            f"'{item_id}' heeft geen eenvoudige tekst in eenvoudig.yaml; werving heeft die nodig")))
    return tekst


def _bieden(org: Organisatie | None) -> list[str]:
    """What the organisation offers: its own words, or the defaults from movisie-2017 2.3 and NOV."""
    o = org or Organisatie(naam="-")
    return [
        _zin(o.inwerken) if o.inwerken else (
            "Je krijgt een inwerkperiode en loopt eerst mee met een ervaren vrijwilliger."),
        _zin(o.begeleiding) if o.begeleiding else (
            "Je hebt een vaste contactpersoon. Op die persoon kun je altijd terugvallen."),
        _zin(o.scholing) if o.scholing else "Je krijgt een gratis training en later korte cursussen.",
        "Je praat geregeld met andere vrijwilligers over je ervaringen.",
        _zin(o.onkosten) if o.onkosten else "Je krijgt je onkosten vergoed.",
        _zin(o.verzekering) if o.verzekering else "Je bent verzekerd tijdens je vrijwilligerswerk.",
        _zin(o.vog) if o.vog else ("We vragen een Verklaring Omtrent het Gedrag (VOG). "
                                   "Die regelen wij, gratis voor jou."),
        "We waarderen je inzet en vragen geregeld hoe het gaat.",
    ]


def _contact(org: Organisatie | None) -> dict[str, Any]:
    """How to respond: the contact person and channels, or a default without placeholders."""
    c = org.contact if org else None
    kanalen = []
    if c and c.telefoon:
        kanalen.append(f"bel {c.telefoon}")
    if c and c.email:
        kanalen.append(f"mail naar {c.email}")
    if org and org.website:
        kanalen.append(f"kijk op {org.website}")
    wie = None
    if c:
        wie = c.naam + (f", {c.functie}" if c.functie else "")
    if kanalen:
        hoe = " of ".join([", ".join(kanalen[:-1]), kanalen[-1]] if len(kanalen) > 1 else kanalen)
        hoe = _zin(hoe[0].upper() + hoe[1:])
    elif org:
        hoe = f"Neem contact op met {org.naam}."
    else:
        hoe = "Neem contact met ons op."
    return {"persoon": wie, "hoe": hoe, "kort": (c.telefoon or c.email) if c and (c.telefoon or c.email)
            else (org.website if org and org.website else None)}


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
    naam = org.naam if org else None
    werkgebied = org.werkgebied if org and org.werkgebied else None
    return {
        "functie": functie,
        "organisatie": naam,
        "wij": naam or "Wij",
        "taken": [{"nummer": t.nummer, "titel": t.titel, "wat_je_doet": _eenvoudig(cat, t.id).wat_je_doet,
                   "kort": _eenvoudig(cat, t.id).kort} for t in taken],
        "kwaliteiten": kwaliteiten,
        "bieden": _bieden(org),
        "tijd": _zin(org.tijdsbesteding) if org and org.tijdsbesteding else (
            "Je spreekt zelf met ons af hoeveel tijd je geeft. Vaak is dat een paar uur per week."),
        "plaats": (f"Je werkt in {werkgebied}, vaak bij mensen thuis." if werkgebied
                   else "Je werkt in de buurt, vaak bij mensen thuis."),
        "adres": org.adres if org and org.adres else None,
        "over_ons": _zin(org.over_ons) if org and org.over_ons else (
            f"{naam or 'Wij'} {'helpt' if naam else 'helpen'} mensen die de weg naar hulp moeilijk vinden. "
            "Onze vrijwilligers doen dit gratis en onafhankelijk."),
        "contact": _contact(org),
    }


def leesbaarheid_overzicht(cat: Catalogus) -> list[tuple[str, str, Any]]:
    """(selectie, soort, Leesbaarheid) for 'alle' and every single task, for `make bench`'s report."""
    from .leesbaarheid import meet
    from .weergave import render

    rol: Rol = "informeel"
    selecties = ["alle", *[t.nummer for t in cat.taken[rol]]]
    resultaat = []
    for selectie in selecties:
        data = gegevens(cat, rol, kies_taken(cat, rol, selectie), None)
        resultaat += [(selectie, soort, meet(render(soort, data, "txt"))) for soort in SOORTEN]
    return resultaat
