"""The search index the start page carries inline: every item, its text folded like `cot catalogus zoek`."""

from __future__ import annotations

from typing import Any

from ..catalogus import Catalogus
from ..zoeken import _teksten as teksten_van  # the fields `cot catalogus zoek` searches
from ..zoeken import normaliseer, soort_van

SOORTEN = {"taak": "taak", "activiteit": "activiteit", "competentie": "competentie",
           "gedragsindicator": "gedragsindicator", "onderdeel": "onderdeel", "leefgebied": "leefgebied",
           "laag": "laag", "tekstblok": "tekstblok", "bron": "bron"}


def adres(cat: Catalogus, item_id: str) -> str:
    """Where an item is on the site, relative to the site root."""
    if item_id in cat.bronnen:
        return f"bronnen.html#{item_id}"
    wortel = cat.wortel(item_id)
    return f"items/{wortel}.html" + ("" if wortel == item_id else f"#{item_id}")


def zoekindex(cat: Catalogus) -> list[dict[str, Any]]:
    index = []
    for item_id, item in cat.items.items():
        teksten = teksten_van(item)
        if not teksten:
            continue
        wortel = cat.items[cat.wortel(item_id)]
        rol = cat.rol_van(wortel.id)
        index.append({
            "id": item_id, "soort": SOORTEN.get(soort_van(item), soort_van(item)),
            "nummer": str(getattr(item, "nummer", "") or ""), "rol": rol or "",
            "tekst": teksten[0], "waar": "" if wortel is item else (getattr(wortel, "titel", "") or ""),
            "url": adres(cat, item_id), "z": normaliseer(" ".join(teksten)),
        })
    return index
