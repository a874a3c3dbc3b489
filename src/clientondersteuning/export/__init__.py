"""Exchange formats of the catalogue: CASE 1.1 (JSON), CSV and XLSX; and the team matrix as XLSX.

`exporteer` is the one entry point of `cot catalogus export`: it returns the bytes to write
and a summary; writing them is the caller's job.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from ..catalogus import Catalogus

FORMATEN = ("case", "csv", "xlsx")


@dataclass(frozen=True)
class Export:
    inhoud: bytes
    relaties: bytes | None  # CSV only: the second file
    samenvatting: str


def _telling(teller: Counter[str]) -> str:
    return ", ".join(f"{soort} {aantal}" for soort, aantal in sorted(teller.items(), key=lambda x: (-x[1], x[0])))


def exporteer(cat: Catalogus, formaat: str, rol: str | None = None, scheidingsteken: str = ",") -> Export:
    if formaat == "case":
        from .case import als_json, pakket, tellingen

        data = pakket(cat, rol)
        items, associaties = tellingen(data)
        return Export(als_json(data).encode("utf-8"), None, (
            f"CASE 1.1: {sum(items.values())} items ({_telling(items)}) en {sum(associaties.values())} "
            f"associaties ({_telling(associaties)})."))
    from .tabel import tabellen

    t = tabellen(cat, rol)
    soorten = Counter(rij[1] for rij in t.items)
    relaties = Counter(rij[0] for rij in t.relaties)
    samenvatting = (f"{len(t.items)} items ({_telling(soorten)}) en {len(t.relaties)} relaties "
                    f"({_telling(relaties)}).")
    if formaat == "csv":
        from .csv import bestanden

        items_csv, relaties_csv = bestanden(t, scheidingsteken)
        return Export(items_csv, relaties_csv, samenvatting)
    from .xlsx import catalogus_werkmap

    return Export(catalogus_werkmap(t, cat.meta.naam), None, samenvatting)
