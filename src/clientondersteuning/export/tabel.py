"""The catalogue as two flat tables (items and relations), shared by the CSV and XLSX writers.

Multiple values in one cell are joined by " | " (no catalogue text contains '|': the
check rejects it as OCR damage). Relations carry IDs and labels on both sides, so nobody
needs VLOOKUP to read them.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..catalogus import Catalogus
from .items import RUBRIEKEN, items, relaties

SCHEIDER = " | "
ITEM_KOLOMMEN = ("id", "soort", "rol", "nummer", "titel", "tekst", "ouder_id", "ouder_nummer", "bron", "sectie",
                 "redactioneel", "vervangen_door", "catalogusversie")
RELATIE_KOLOMMEN = ("relatie", "van_id", "van_soort", "van_nummer", "van_titel", "naar_id", "naar_soort",
                    "naar_nummer", "naar_titel", "reden", "redactioneel", "catalogusversie")


@dataclass(frozen=True)
class Tabellen:
    items: list[tuple[str, ...]]
    relaties: list[tuple[str, ...]]


def _ja(waar: bool) -> str:
    return "ja" if waar else "nee"


def tabellen(cat: Catalogus, rol: str | None = None) -> Tabellen:
    alle = items(cat, rol)
    per_id = {it.id: it for it in alle}
    rijen = []
    for it in alle:
        ouder = per_id.get(it.ouder) if it.ouder else None
        rijen.append((it.id, it.soort, it.rol or "", it.nummer, it.titel, SCHEIDER.join(it.teksten),
                      it.ouder or "", ouder.nummer if ouder else "", it.bron or "", it.sectie or "",
                      _ja(it.redactioneel), SCHEIDER.join(it.vervangen_door), cat.versie))
    koppelingen = []
    for r in relaties(cat, alle, rol):
        van, naar = per_id.get(r.van), per_id[r.naar]
        if van is None:  # a role's rubriek (core competencies)
            van_kolommen = (r.van.split(":", 1)[1], "Rol", "", RUBRIEKEN[r.van][0])
        else:
            van_kolommen = (van.id, van.soort, van.nummer, van.label())
        koppelingen.append((r.soort, *van_kolommen, naar.id, naar.soort, naar.nummer, naar.label(), r.reden,
                            _ja(r.redactioneel), cat.versie))
    return Tabellen(rijen, koppelingen)
