"""organisatie.yaml: the organisation's facts as data, read and checked, and the sentences cot writes from them.

An organisation file holds data, not prose (except 'over_ons'): hours, place, expenses,
insurance, VOG, introduction, supervision, training and a contact person. cot writes the
plain-language (B1) *je*-sentences itself, so every text has the same grammar and tone.
Files in the older prose form (up to cot 1.x) are refused with, per field, what to write
instead: no user is left with a file that fails without being told what to change.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, get_args

from .fouten import CotFout, Melding, toon_pad

if TYPE_CHECKING:
    from .model_organisatie import Organisatie

Verzekeraar = Literal["gemeente", "organisatie"]
VERZEKERAARS = get_args(Verzekeraar)

# ---- the older prose form ------------------------------------------------------------------

# Per field of the prose form: what to write instead (shown with the field's line).
NIEUWE_VORM: dict[str, str] = {
    "werkgebied": "werkgebied:\n    gemeente: Lindendal\n    kernen: [Oosterhout, Veldzicht]",
    "tijdsbesteding": "tijd:\n    uren_per_week: 4\n    overdag: true\n    avond: false\n    zelf_indelen: true",
    "onkosten": "onkosten:\n    reiskosten: true\n    telefoonkosten: true\n    vrijwilligersvergoeding: false",
    "verzekering": "verzekering: gemeente      # of: organisatie",
    "vog": "vog:\n    verplicht: true\n    kosten: organisatie   # of: gemeente, regeling, vrijwilliger",
    "inwerken": "inwerken:\n    kennismakingsgesprek: true\n    meelopen: 3",
    "begeleiding": ("begeleiding:\n    aanspreekpunt: coördinator\n    bij_spoed: true\n"
                    "    overleg: intervisie   # of: werkoverleg, casuïstiekbespreking\n    elke_weken: 6"),
    "scholing": "scholing:\n    basistraining_dagdelen: 4\n    themabijeenkomsten: [de Wmo, schulden]",
    "website": "contact:\n    website: https://www.voorbeeld.nl",
}


def oude_vorm(data: Any) -> list[str]:
    """The fields of the older prose form in a file's data: prose where cot now wants data."""
    if not isinstance(data, dict):
        return []
    def oud(veld: str) -> bool:
        if veld in ("tijdsbesteding", "website"):
            return True
        return isinstance(data[veld], str) and not (veld == "verzekering" and data[veld] in VERZEKERAARS)

    return [veld for veld in NIEUWE_VORM if veld in data and oud(veld)]


def lees_organisatie(pad: Path) -> Organisatie:
    """organisatie.yaml, checked; any problem is a CotFout (exit 1) with file and line."""
    return lees_met_waarschuwingen(pad)[0]


def lees_met_waarschuwingen(pad: Path) -> tuple[Organisatie, list[Melding]]:
    """The organisation, and warnings about its 'over_ons' (the one text in its own words).

    A file read before with the same bytes comes from its snapshot (momentopname.py): an
    organisation's public facts, unlike a volunteer's file, may be kept in the cache.
    """
    from .bestanden import MAX_BYTES, lees_bytes
    from .momentopname import bewaard, sleutel

    def sleutel_nu() -> str:
        naam = toon_pad(pad)
        return sleutel("organisatie", [(naam, lees_bytes(pad, MAX_BYTES, naam))])

    eerst = sleutel_nu()
    # Kept only if the file did not change while it was read.
    org, meldingen = bewaard(eerst, lambda: _lees_volledig(pad), nog_geldig=lambda: sleutel_nu() == eerst)
    return org, meldingen


def _lees_volledig(pad: Path) -> tuple[Organisatie, list[Melding]]:
    from .model_organisatie import Organisatie
    from .taalcontrole import controleer_over_ons
    from .validatie import valideer_of_stop
    from .yamlbestand import lees_yaml

    bestand = lees_yaml(pad)
    oud = oude_vorm(bestand.data)
    if oud:
        meldingen = sorted(bestand.melding((veld,), _migratie(veld), "oude-vorm", sleutel=True) for veld in oud)
        raise CotFout([*meldingen, Melding(bestand.naam, 0, 0, "oude-vorm", (
            "dit organisatiebestand heeft nog de oude vorm met zinnen. Pas de velden hierboven aan; "
            "een volledig voorbeeld staat in de README van cot onder 'Organisatiebestand'"))])
    org = valideer_of_stop(bestand, Organisatie)
    return org, controleer_over_ons(bestand, org.over_ons)


def _migratie(veld: str) -> str:
    if veld == "website":
        return ("'website' hoort nu bij de contactpersoon. Verplaats het naar:\n  contact:\n    website: "
                "https://www.voorbeeld.nl")
    return (f"'{veld}' is tekst, maar cot wil hier nu gegevens: de zinnen in vacature, oproep en folder "
            f"schrijft cot zelf. Vervang dit door (met je eigen waarden):\n  {NIEUWE_VORM[veld]}")
