"""Checks on an organisation's own text ('over_ons') before it lands in a B1 *je*-text.

Each problem is a warning with file, line and the sentence: a sentence over 15 words, a
passive construction, a semicolon, or the volunteers in the third person ("vrijwilligers")
where the reader is the volunteer. Heuristics, not a grammar: a warning asks a person to look.
"""

from __future__ import annotations

import re

from .fouten import Melding
from .leesbaarheid import woorden, zinnen
from .yamlbestand import YamlBestand

MAX_WOORDEN = 15
# 'worden' with a past participle (ge...d/t/en, op-ge-leid, or a be-/ver-/ont- verb), or 'is/zijn ... door'.
_WORDEN = re.compile(r"\b(wordt|worden|werd|werden|geworden)\b", re.I)
_DEELWOORD = re.compile(r"\b([a-z]{0,5}ge\w+[dtn]|(be|ver|ont|her|er)\w+[dt])\b", re.I)
_DOOR = re.compile(r"\b(is|zijn|was|waren)\b.*\bge\w+[dtn]\b.*\bdoor\b", re.I)
_DERDE_PERSOON = re.compile(r"\bvrijwilligers\b", re.I)


def problemen(zin: str) -> list[str]:
    """What is wrong with one sentence, in Dutch; empty when it is fine."""
    gevonden = []
    if len(woorden(zin)) > MAX_WOORDEN:
        gevonden.append(f"zin van {len(woorden(zin))} woorden (hoogstens {MAX_WOORDEN})")
    if (_WORDEN.search(zin) and _DEELWOORD.search(zin)) or _DOOR.search(zin):
        gevonden.append("lijdende vorm: schrijf wie iets doet")
    if ";" in zin:
        gevonden.append("puntkomma: maak er twee zinnen van")
    if _DERDE_PERSOON.search(zin):
        gevonden.append("'vrijwilligers' in de derde persoon: de lezer is de vrijwilliger, schrijf 'je'")
    return gevonden


def controleer_over_ons(bestand: YamlBestand, tekst: str | None) -> list[Melding]:
    """Warnings for 'over_ons', each with the line of its sentence and the sentence itself."""
    if not tekst:
        return []
    regel, _ = bestand.positie(("over_ons",))
    meldingen = []
    for zin in zinnen(tekst):
        for probleem in problemen(zin):
            meldingen.append(Melding(bestand.naam, _regel_van(bestand.tekst, zin, regel), 0, "over-ons",
                                     f"over_ons: {probleem}: \"{zin}\"", ernst="waarschuwing"))
    return meldingen


def _regel_van(tekst: str, zin: str, vanaf: int) -> int:
    """The line where a sentence starts: a block scalar spreads 'over_ons' over several lines."""
    begin = " ".join(zin.split()[:3])
    for nummer, regel in enumerate(tekst.splitlines()[max(vanaf - 1, 0):], start=max(vanaf, 1)):
        if begin in " ".join(regel.split()):
            return nummer
    return vanaf
