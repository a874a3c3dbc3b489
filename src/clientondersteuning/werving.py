"""Werving en voorlichting: a vacancy, a short call and an information text from chosen tasks.

Catalogue + chosen tasks + Organisatie (or None) -> plain dicts -> sandboxed Jinja -> Markdown.
Everything the organisation leaves out falls back to a default, so a text never holds a
placeholder. The defaults follow what the source asks of the organisation (movisie-2017,
2.3: begeleiding, terugvallen, waardering, reflectiemomenten, cursussen) and the NOV
criteria that vacancy banks check (a task description apart from paid staff, no diploma
asked, a contact person, an introduction period, insurance and expenses).

All fixed sentences here are editorial plain Dutch (B1): short, active, 'je'.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from .catalogus import Catalogus
from .fouten import CotFout, GebruiksFout, Melding, toon_pad
from .model import EenvoudigeTekst, Organisatie, ProfielDefinitie, Taak

SOORTEN = ("vacature", "oproep", "folder")
MAX_OPROEP = 600
STANDAARD_FUNCTIE = "vrijwillige cliëntondersteuner"

# ---- choosing tasks -----------------------------------------------------------------------


def kies_taken(cat: Catalogus, rol: str, tekst: str) -> list[Taak]:
    """'1,3,6' or 'alle' -> the tasks in catalogue order; bad input: GebruiksFout (exit 2)."""
    from .profiel import kies_taken_of_stop

    return kies_taken_of_stop(cat, rol, tekst)


# ---- the user's files ------------------------------------------------------------------------


def lees_organisatie(pad: Path) -> Organisatie:
    """organisatie.yaml, checked; any problem is a CotFout (exit 1) with file and line."""
    from .profiel import lees_organisatie as lees

    return lees(pad)


def lees_profiel(pad: Path, cat: Catalogus) -> tuple[ProfielDefinitie, list[Taak], Path | None]:
    """profiel.yaml -> the definition, its tasks and the path of its organisation file (if any)."""
    from .profiel import lees_definitie, taken_van

    geladen = lees_definitie(pad)
    return geladen.definitie, taken_van(cat, geladen), geladen.organisatie_pad


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
    for aantal in range(len(taken), 0, -1):
        for volledig in (True, False):
            pogingen.append({**data, "oproep_taken": [t["kort"] for t in taken[:aantal]],
                             "meer": aantal < len(taken), "volledig": volledig})
    for poging in pogingen:
        tekst = _render("oproep.md.j2", poging)
        if len(tekst.strip()) <= MAX_OPROEP:
            return tekst
    return _inkorten(tekst.strip(), MAX_OPROEP) + "\n"  # only with very long organisation details


def maak(soort: str, data: dict[str, Any]) -> str:
    """The Markdown of one text: vacature, oproep or folder."""
    if soort == "oproep":
        return oproep(data)
    return _render(f"{soort}.md.j2", data)


def _zonder_ontsnapping(tekst: str) -> str:
    """Undo weergave.md: the organisation's own characters back as they were typed."""
    tekst = re.sub(r"^\\(?=[#>\-+*=`~\d])", "", tekst)
    return re.sub(r"\\([\\`*_\[\]<>])", r"\1", tekst)


def naar_tekst(markdown: str) -> str:
    """Plain text: the Markdown with its markup stripped (an escaped '*' is text, not markup)."""
    regels = []
    for regel in markdown.splitlines():
        regel = re.sub(r"^#+\s+", "", regel)
        regel = re.sub(r"(?<!\\)\*\*(.+?)(?<!\\)\*\*", r"\1", regel)
        regel = re.sub(r"(?<![\w\\])\*(?!\s)(.+?)(?<![\s\\])\*(?!\w)", r"\1", regel)
        regels.append(_zonder_ontsnapping(regel))
    return "\n".join(regels).strip() + "\n"


def naar_docx(markdown: str, organisatie: str | None = None) -> bytes:
    """A Word document from the (simple) Markdown of these texts: headings, lists, bold, paragraphs."""
    from .weergave_docx import als_bytes, nieuw_document

    titel = next((_zonder_ontsnapping(r.lstrip("#").strip()) for r in markdown.splitlines()
                  if r.startswith("# ")), "Vacature")
    document = nieuw_document(titel, organisatie or "cot", "Werving en voorlichting", kop_rechts="Vrijwilligerswerk")
    for regel in markdown.splitlines():
        if not regel.strip():
            continue
        kop = re.match(r"^(#+)\s+(.*)$", regel)
        if kop:
            document.add_heading(_zonder_ontsnapping(kop.group(2)), level=min(len(kop.group(1)), 3))
            continue
        punt = regel.startswith("- ")
        alinea = document.add_paragraph(style="List Bullet" if punt else None)
        tekst = regel[2:] if punt else regel
        for i, stuk in enumerate(re.split(r"(?<!\\)\*\*(.+?)(?<!\\)\*\*", tekst)):
            if stuk:
                alinea.add_run(_zonder_ontsnapping(stuk)).bold = i % 2 == 1
    return als_bytes(document)


def leesbaarheid_overzicht(cat: Catalogus) -> list[tuple[str, str, Any]]:
    """(selectie, soort, Leesbaarheid) for 'alle' and every single task, for `make bench`'s report."""
    from .leesbaarheid import meet

    rol = "informeel"
    selecties = ["alle", *[t.nummer for t in cat.taken[rol]]]
    resultaat = []
    for selectie in selecties:
        data = gegevens(cat, rol, kies_taken(cat, rol, selectie), None)
        resultaat += [(selectie, soort, meet(naar_tekst(maak(soort, data)))) for soort in SOORTEN]
    return resultaat
