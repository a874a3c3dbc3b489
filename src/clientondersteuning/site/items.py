"""Plain data for the catalogue pages: each item with its source and what links to it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..catalogus import ROLLEN, Catalogus
from ..soorten import SCHOLINGSVORM_NAMEN

if TYPE_CHECKING:
    from ..model import Competentie, Laag, Leefgebied, Taak, Tekstblok

ROL_TITELS = {"informeel": "Informele cliëntondersteuner (Movisie 2017)",
              "formeel": "Formele cliëntondersteuner (BCMB)"}
SOORT_NAMEN = {"taak": "Taak", "kerntaak": "Kerntaak", "onderscheidend": "Onderscheidende taak"}
# The kinds of context blocks (TekstblokSoort) as headings on the site.
BLOK_NAMEN = {
    "definitie": "Definitie", "onafhankelijkheid": "Onafhankelijkheid", "uitgangspunt": "Uitgangspunten",
    "informeel": "Informele cliëntondersteuning", "eisen-organisatie": "Eisen aan de organisatie",
    "ervaringsdeskundigheid": "Ervaringsdeskundigheid", "samenspel": "Samenspel met formele cliëntondersteuners",
    "eigenschap": "Eigenschappen van cliëntondersteuning", "randvoorwaarde": "Randvoorwaarden voor samenwerking",
    "tip": "Tips voor gemeenten", "meerwaarde": "Meerwaarde", "doel": "Doelen", "doelgroep": "Doelgroepen",
}


def herkomst(cat: Catalogus, item: Any) -> dict[str, Any]:
    bron = cat.bronnen.get(item.herkomst.bron)
    return {
        "bron": bron.titel if bron else item.herkomst.bron,
        "uitgever": bron.uitgever if bron else "",
        "bron_id": item.herkomst.bron,
        "sectie": item.herkomst.sectie,
        "redactioneel": bool(bron and bron.redactioneel),
    }


def _link(cat: Catalogus, item_id: str) -> dict[str, str]:
    item = cat.items[item_id]
    titel = getattr(item, "titel", None) or getattr(item, "naam", None) or item_id
    nummer = getattr(item, "nummer", None) or ""
    return {"id": item_id, "nummer": str(nummer), "titel": titel}


def _lijst(item: Any, veld: str) -> list[dict[str, Any]]:
    return [{"id": a.id, "nummer": a.nummer, "tekst": a.tekst,
             "onderdelen": [{"id": o.id, "nummer": o.nummer, "tekst": o.tekst} for o in a.onderdelen]}
            for a in getattr(item, veld)]


def _taak(cat: Catalogus, rol: str, taak: Taak) -> dict[str, Any]:
    k = cat.koppelingen.get(taak.id)
    return {
        "soort": SOORT_NAMEN[taak.soort], "rol": rol,
        "alineas": taak.alineas, "casus": taak.casus.alineas if taak.casus else [],
        "inleiding": taak.inleiding_activiteiten, "activiteiten": _lijst(taak, "activiteiten"),
        "voetnoten": [v.model_dump() for v in taak.voetnoten],
        "verwijzingen": [
            (titel, [{**_link(cat, d.id), "reden": d.reden} for d in doelen])
            for titel, doelen in (("Vraagt deze competenties", k.competenties if k else []),
                                  ("Raakt deze leefgebieden", k.leefgebieden if k else []),
                                  ("Valt in deze lagen van cliëntondersteuning", k.lagen if k else []))
            if doelen],
    }


def _nodig_voor(cat: Catalogus, soort: str, item_id: str) -> list[dict[str, str]]:
    return [{**_link(cat, k.taak), "reden": d.reden}
            for k in cat.koppelingen.values() for d in getattr(k, soort) if d.id == item_id]


def _competentie(cat: Catalogus, rol: str, comp: Competentie) -> dict[str, Any]:
    kern = next((k.reden for k in cat.kern[rol] if k.competentie == comp.id), None)
    scholing = cat.scholing.get(comp.id)
    return {
        "soort": "Competentie" + (f" ({comp.cluster})" if comp.cluster else ""), "rol": rol,
        "omschrijving": comp.omschrijving, "inleiding": comp.inleiding_indicatoren,
        "indicatoren": _lijst(comp, "gedragsindicatoren"),
        "voetnoten": [v.model_dump() for v in comp.voetnoten],
        "kern": kern,
        "verwijzingen": [("Nodig voor deze taken", _nodig_voor(cat, "competenties", comp.id))],
        "scholing": [{"id": v.id, "vorm": SCHOLINGSVORM_NAMEN[v.vorm], "leerdoel": v.leerdoel}
                     for v in (scholing.vormen if scholing else [])],
    }


def _leefgebied(cat: Catalogus, lg: Leefgebied) -> dict[str, Any]:
    return {"soort": "Leefgebied", "themas": lg.themas,
            "verwijzingen": [("Taken die dit leefgebied raken", _nodig_voor(cat, "leefgebieden", lg.id))]}


def _laag(cat: Catalogus, laag: Laag) -> dict[str, Any]:
    return {"soort": "Laag van cliëntondersteuning", "alineas": [laag.tekst],
            "verwijzingen": [("Taken in deze laag", _nodig_voor(cat, "lagen", laag.id))]}


def _tekstblok(blok: Tekstblok) -> dict[str, Any]:
    return {"soort": f"Context: {BLOK_NAMEN.get(blok.soort, blok.soort)}", "alineas": blok.alineas,
            "punten": blok.punten, "casus": blok.casus.alineas if blok.casus else []}


def item_paginas(cat: Catalogus) -> list[dict[str, Any]]:
    """One page per top-level item: tasks, competencies, leefgebieden, layers and context blocks."""
    paginas: list[tuple[Any, dict[str, Any]]] = []
    for rol in ROLLEN:
        paginas += [(t, _taak(cat, rol, t)) for t in cat.taken[rol]]
        paginas += [(c, _competentie(cat, rol, c)) for c in cat.competenties[rol]]
    paginas += [(lg, _leefgebied(cat, lg)) for lg in cat.leefgebieden]
    paginas += [(laag, _laag(cat, laag)) for laag in cat.lagen]
    paginas += [(b, _tekstblok(b)) for b in cat.tekstblokken]
    return [{"id": item.id, "nummer": getattr(item, "nummer", None) or "",
             "titel": getattr(item, "titel", None) or item.naam, "herkomst": herkomst(cat, item),
             "verwijzingen": [], **data} for item, data in paginas]


def overzichten(cat: Catalogus) -> dict[str, Any]:
    """The lists the overview pages show."""
    soorten: dict[str, list[dict[str, str]]] = {}
    for blok in cat.tekstblokken:
        soorten.setdefault(BLOK_NAMEN.get(blok.soort, blok.soort), []).append(_link(cat, blok.id))
    return {
        "rollen": [{"rol": rol, "titel": ROL_TITELS[rol],
                    "taken": [_link(cat, t.id) for t in cat.taken[rol]],
                    "competenties": [_link(cat, c.id) for c in cat.competenties[rol]]} for rol in ROLLEN],
        "leefgebieden": [_link(cat, lg.id) for lg in cat.leefgebieden],
        "lagen": [_link(cat, laag.id) for laag in cat.lagen],
        "tekstblokken": list(soorten.items()),  # in catalogue order
        "bronnen": [b.model_dump() for b in cat.bronnen.values()],
    }
