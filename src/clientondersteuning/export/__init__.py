"""Exchange formats of the catalogue: CASE 1.1 (JSON).

`exporteer` is the one entry point of `cot catalogus export`: it returns the bytes to write
and a summary; writing them is the caller's job.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from ..catalogus import Catalogus

FORMATEN = ("case",)


@dataclass(frozen=True)
class Export:
    inhoud: bytes
    relaties: bytes | None  # a second file, for formats that need one
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
    raise ValueError(f"onbekend formaat {formaat!r}")  # pragma: no cover - the CLI checks it
