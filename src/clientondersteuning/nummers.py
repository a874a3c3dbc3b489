"""The numbering rules of the catalogue: numbers unique and contiguous within each series
(1, 2, 3 / a, b, c / i, ii, iii). Shared by the full load and the conversion of old files."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from .fouten import Melding

if TYPE_CHECKING:
    from .yamlbestand import YamlBestand

_ROMEINS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}


def reeks_en_index(nummer: str, romeins: bool) -> tuple[str, int]:
    """'4.3' -> ('4.', 3); 'K2' -> ('K', 2); '1b' -> ('1', 2); 'iv' -> ('', 4) when romeins."""
    if romeins and nummer.lower() in _ROMEINS:
        return "", _ROMEINS[nummer.lower()]
    gevonden = re.match(r"^(.*?)(\d+|[a-zA-Z])$", nummer)
    if not gevonden:
        return nummer, 0
    reeks, staart = gevonden.groups()
    index = int(staart) if staart.isdigit() else ord(staart.lower()) - ord("a") + 1
    return reeks, index


def controleer_nummering(bestand: YamlBestand, items: list[Any], loc: tuple[Any, ...], wat: str,
                          meldingen: list[Melding]) -> None:
    """Numbers unique and contiguous (1, 2, 3 / a, b, c / i, ii, iii) within each series, in order."""
    nummers = [str(it.nummer) for it in items]
    romeins = bool(nummers) and nummers[0].lower() == "i"
    gezien: dict[str, int] = {}
    verwacht: dict[str, int] = {}
    for i, nummer in enumerate(nummers):
        plaats = (*loc, i, "nummer")
        if nummer.lower() in gezien:
            meldingen.append(bestand.melding(plaats, (
                f"nummer '{nummer}' komt twee keer voor bij de {wat} (ook item {gezien[nummer.lower()] + 1})"),
                "nummer-dubbel"))
            continue
        gezien[nummer.lower()] = i
        reeks, index = reeks_en_index(nummer, romeins)
        volgende = verwacht.get(reeks, 1)
        if index != volgende:
            meldingen.append(bestand.melding(plaats, (
                f"nummer '{nummer}' sluit niet aan bij de {wat}: verwacht {_toon_index(reeks, volgende, nummer)}"),
                "nummer-volgorde"))
        verwacht[reeks] = index + 1


def _toon_index(reeks: str, index: int, voorbeeld: str) -> str:
    if voorbeeld[-1:].isdigit():
        return f"'{reeks}{index}'"
    if voorbeeld.lower() in _ROMEINS:
        return f"'{next(k for k, v in _ROMEINS.items() if v == index)}'"
    return f"'{reeks}{chr(ord('a') + index - 1)}'"
