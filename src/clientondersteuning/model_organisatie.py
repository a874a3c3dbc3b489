"""organisatie.yaml's models: the organisation's facts as data (read and checked in organisatie.py)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, model_validator

from .model import Adres, Streng, Tekst
from .organisatie import Verzekeraar

Aantal = Annotated[int, Field(ge=1, le=52)]


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
