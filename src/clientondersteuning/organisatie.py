"""organisatie.yaml: the organisation's facts as data, read and checked, and the sentences cot writes from them.

An organisation file holds data, not prose (except 'over_ons'): hours, place, expenses,
insurance, VOG, introduction, supervision, training and a contact person. cot writes the
plain-language (B1) *je*-sentences itself, so every text has the same grammar and tone.
Files in the older prose form (up to cot 1.x) are refused with, per field, what to write
instead: no user is left with a file that fails without being told what to change.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field, model_validator

from .fouten import CotFout, Melding
from .model import Adres, Streng, Tekst

Aantal = Annotated[int, Field(ge=1, le=52)]
Verzekeraar = Literal["gemeente", "organisatie"]
VERZEKERAARS = ("gemeente", "organisatie")


class Contactpersoon(Streng):
    naam: Tekst
    functie: Tekst | None = Field(default=None, description="Bijvoorbeeld 'coördinator cliëntondersteuning'")
    telefoon: Adres | None = None
    email: Adres | None = None
    website: Adres | None = Field(default=None, description="Waar een vrijwilliger meer leest")


class Werkgebied(Streng):
    gemeente: Tekst = Field(description="De naam van de gemeente, zonder 'gemeente': 'Lindendal'")
    kernen: list[Tekst] = Field(default_factory=list, description="Dorpen of wijken die erbij horen")


class Tijd(Streng):
    uren_per_week: Annotated[int, Field(ge=1, le=40)]
    uren_per_week_tot: Annotated[int, Field(ge=1, le=40)] | None = Field(
        default=None, description="Bij een bereik: het hoogste aantal uren ('2 tot 4 uur')")
    overdag: bool = True
    avond: bool = False
    zelf_indelen: bool = Field(default=False, description="De vrijwilliger deelt de uren zelf in")

    @model_validator(mode="after")
    def _bereik(self) -> Tijd:
        if self.uren_per_week_tot is not None and self.uren_per_week_tot <= self.uren_per_week:
            raise ValueError("uren_per_week_tot moet groter zijn dan uren_per_week")
        if not (self.overdag or self.avond):
            raise ValueError("kies overdag, avond of allebei (true)")
        return self


class Onkosten(Streng):
    reiskosten: bool
    telefoonkosten: bool
    vrijwilligersvergoeding: bool = False


class Vog(Streng):
    verplicht: bool = True
    kosten: Literal["organisatie", "gemeente", "regeling", "vrijwilliger"] = Field(
        default="organisatie", description="Wie betaalt: de organisatie, de gemeente, de regeling Gratis VOG "
                                           "of de vrijwilliger zelf")


class Inwerken(Streng):
    kennismakingsgesprek: bool = True
    meelopen: Annotated[int, Field(ge=0, le=10)] = Field(
        default=0, description="Hoe vaak een nieuwe vrijwilliger meeloopt met een ervaren cliëntondersteuner")


class Begeleiding(Streng):
    aanspreekpunt: Tekst | None = Field(default=None, description="Wie: 'coördinator', 'beroepskracht'")
    bij_spoed: bool = Field(default=False, description="Het aanspreekpunt is ook bij spoed bereikbaar")
    overleg: Literal["intervisie", "werkoverleg", "casuïstiekbespreking"] | None = None
    elke_weken: Aantal | None = Field(default=None, description="Hoe vaak het overleg is: elke zoveel weken")

    @model_validator(mode="after")
    def _overleg(self) -> Begeleiding:
        if (self.overleg is None) != (self.elke_weken is None):
            raise ValueError("geef 'overleg' en 'elke_weken' samen: wat voor overleg en hoe vaak")
        return self


class Scholing(Streng):
    basistraining_dagdelen: Annotated[int, Field(ge=1, le=20)] | None = None
    themabijeenkomsten: list[Tekst] = Field(default_factory=list, description=(
        "Onderwerpen van de jaarlijkse bijeenkomsten, met lidwoord waar dat hoort: 'de Wmo', 'schulden'"))


class Organisatie(Streng):
    """organisatie.yaml: the organisation's own details, used in profiles and werving texts."""

    naam: Tekst
    soort: Tekst | None = Field(default=None, description="Bijvoorbeeld 'seniorenorganisatie' of 'welzijnsorganisatie'")
    werkgebied: Werkgebied | None = None
    over_ons: Tekst | None = Field(default=None, description="Een paar korte zinnen over de organisatie (B1)")
    contact: Contactpersoon | None = None
    adres: Tekst | None = None
    tijd: Tijd | None = None
    onkosten: Onkosten | None = None
    verzekering: Verzekeraar | None = Field(
        default=None, description="Via wie de vrijwilliger verzekerd is")
    vog: Vog | None = None
    inwerken: Inwerken | None = None
    begeleiding: Begeleiding | None = None
    scholing: Scholing | None = None

    @model_validator(mode="after")
    def _verzekering_gemeente(self) -> Organisatie:
        if "gemeente" in (self.verzekering, self.vog and self.vog.kosten) and self.werkgebied is None:
            raise ValueError("noem de gemeente onder 'werkgebied' als de gemeente verzekert of de VOG betaalt")
        return self


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
    """The organisation, and warnings about its 'over_ons' (the one text in its own words)."""
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
