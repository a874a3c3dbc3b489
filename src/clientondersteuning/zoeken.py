"""Full-text search over the catalogue, ignoring case and accents (cliënt = client)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Any

from .catalogus import Catalogus
from .rol import Rol


@dataclass
class Treffer:
    id: str
    soort: str
    nummer: str
    tekst: str


def normaliseer(tekst: str) -> str:
    ontleed = unicodedata.normalize("NFKD", tekst.casefold())
    return "".join(c for c in ontleed if not unicodedata.combining(c))


def _teksten(item: Any) -> list[str]:
    teksten = []
    for veld in ("titel", "naam", "tekst", "omschrijving", "leerdoel"):
        waarde = getattr(item, veld, None)
        if isinstance(waarde, str):
            teksten.append(waarde)
    for veld in ("alineas", "punten", "themas"):
        teksten += getattr(item, veld, None) or []
    return teksten


def soort_van(item: Any) -> str:
    return type(item).__name__.lower()


def zoek(cat: Catalogus, zoekterm: str, rol: Rol | None = None) -> list[Treffer]:
    woorden = normaliseer(zoekterm).split()
    treffers = []
    for item_id, item in cat.items.items():
        if rol is not None and cat.rol_van(cat.wortel(item_id)) != rol:
            continue
        for tekst in _teksten(item):
            genormaliseerd = normaliseer(tekst)
            if all(w in genormaliseerd for w in woorden):
                treffers.append(Treffer(item_id, soort_van(item), str(getattr(item, "nummer", "") or ""), tekst))
                break
    return treffers
