"""Pydantic schemas for the catalogue files and the whole catalogue.

One class per building block. Each catalogue file has a root model (``*Bestand``)
so that every file gets its own JSON Schema for editors. Strict mode: YAML types are
not coerced (``titel: 123`` is an error, not the string "123").
"""

from __future__ import annotations

from typing import Annotated, ClassVar, Literal

from pydantic import AfterValidator, Field, StringConstraints, model_validator

from .gegevens import eigen_teksten

# Re-exported: the saved-file models and the value types are imported from here across cot.
from .model_bewaard import Beoordeling as Beoordeling
from .model_bewaard import CompetentieBeoordeling as CompetentieBeoordeling
from .model_bewaard import ProfielDefinitie as ProfielDefinitie
from .model_typen import (
    DATUM_PATTERN as DATUM_PATTERN,
)
from .model_typen import (
    ID_PATTERN as ID_PATTERN,
)
from .model_typen import (
    OCR_SCHADE as OCR_SCHADE,
)
from .model_typen import (
    SEMVER_PATTERN as SEMVER_PATTERN,
)
from .model_typen import (
    Adres as Adres,
)
from .model_typen import (
    Datumtekst as Datumtekst,
)
from .model_typen import (
    Id as Id,
)
from .model_typen import (
    MeerregeligeTekst as MeerregeligeTekst,
)
from .model_typen import (
    Nummer as Nummer,
)
from .model_typen import (
    Streng as Streng,
)
from .model_typen import (
    Tekst as Tekst,
)
from .model_typen import (
    TekstblokSoort as TekstblokSoort,
)
from .model_typen import (
    VeiligeTekst as VeiligeTekst,
)
from .model_typen import (
    Versie as Versie,
)
from .model_typen import (
    _bestaande_datum as _bestaande_datum,
)
from .model_typen import (
    stuurteken_in as stuurteken_in,
)
from .rol import Rol
from .soorten import SCHOLINGSVORM_NAMEN as SCHOLINGSVORM_NAMEN
from .soorten import Cluster, Scholingsvormsoort


class Herkomst(Streng):
    """Where an item comes from: a source and its section."""

    bron: Id = Field(description="ID van de bron in bronnen.yaml")
    sectie: Tekst = Field(description=(
        "Sectie, paragraaf of kader in de bron met de kop zoals de bron die geeft, bijvoorbeeld "
        "'3.1 Legt contact met potentiële cliënten'"))


class Correctie(Streng):
    """An obvious typing error in a source: the text keeps it, documents print the correction."""

    van: Tekst = Field(description="Het stuk brontekst zoals het in de bron staat; staat precies één keer "
                                   "in de tekst van dit item")
    naar: Tekst = Field(description="Zoals documenten het drukken")


class Brontekst(Streng):
    """An item with source text. TEKSTVELDEN are the fields a correction may apply to.

    The rules (a correction applies, an editorial title is marked) are whole-catalogue checks in
    bronteksten.py, not validators: an old revision that breaks a newer rule still loads for a diff.
    """

    TEKSTVELDEN: ClassVar[tuple[str, ...]] = ()

    correcties: list[Correctie] = Field(default_factory=list, description=(
        "Kennelijke typefouten van de bron: de tekst blijft letterlijk, documenten drukken 'naar'"))

    def teksten(self) -> list[str]:
        """The item's own texts (not those of nested items)."""
        return eigen_teksten(self)


class MetTitel(Brontekst):
    """An item with a title and a source. A title the source does not give is ours: marked."""

    titel_redactioneel: bool = Field(default=False, description=(
        "true als de titel niet in de bron staat maar van de redactie van cot is; een titel uit de bron "
        "staat in herkomst.sectie"))


class Bron(Streng):
    id: Id
    titel: Tekst
    uitgever: Tekst
    datum: Datumtekst | None = Field(
        default=None, description="Publicatiedatum (JJJJ, JJJJ-MM of JJJJ-MM-DD); leeg als de bron die niet noemt"
    )
    url: Tekst | None = None
    omschrijving: Tekst | None = None
    redactioneel: bool = Field(default=False, description="true voor de redactie van cot zelf")


class Voetnoot(Brontekst):
    TEKSTVELDEN = ("tekst",)

    nummer: int = Field(ge=1)
    tekst: Tekst


class Casus(Brontekst):
    """A case story from a box in the source."""

    TEKSTVELDEN = ("alineas",)

    alineas: list[Tekst] = Field(min_length=1)


class Onderdeel(Brontekst):
    """A sub-item of an activity or indicator (4.3's dash items, BCMB 2a i–iv)."""

    TEKSTVELDEN = ("tekst",)

    id: Id
    nummer: Nummer
    tekst: Tekst


class Activiteit(Brontekst):
    TEKSTVELDEN = ("tekst",)

    id: Id
    nummer: Nummer
    tekst: Tekst
    onderdelen: list[Onderdeel] = Field(default_factory=list)


class Taak(MetTitel):
    TEKSTVELDEN = ("titel", "titel_kort", "alineas", "inleiding_activiteiten")

    id: Id
    nummer: Nummer = Field(description="Nummer binnen de rol: informeel 1–7, formeel K1–K3 en O1–O7")
    titel: Tekst
    titel_kort: Tekst | None = Field(default=None, description="De naam in de opsomming van de bron, als die afwijkt")
    soort: Literal["taak", "kerntaak", "onderscheidend"] = "taak"
    herkomst: Herkomst
    alineas: list[Tekst] = Field(default_factory=list, description="De lopende tekst, één alinea per item")
    casus: Casus | None = None
    inleiding_activiteiten: Tekst | None = Field(
        default=None, description="De zin voor de opsomming, zoals 'De informele onafhankelijke cliëntondersteuner:'"
    )
    activiteiten: list[Activiteit] = Field(default_factory=list)
    voetnoten: list[Voetnoot] = Field(default_factory=list)


class Gedragsindicator(Brontekst):
    TEKSTVELDEN = ("tekst",)

    id: Id
    nummer: Nummer
    tekst: Tekst
    onderdelen: list[Onderdeel] = Field(default_factory=list)


# The BCMB groupings of competencies, in the source's order, with their number and heading.


class Competentie(MetTitel):
    TEKSTVELDEN = ("titel", "titel_kort", "omschrijving", "inleiding_indicatoren")

    id: Id
    nummer: Nummer = Field(description="Nummer binnen de rol: informeel 4.1–4.8, formeel 1a–3f")
    titel: Tekst
    titel_kort: Tekst | None = None
    cluster: Cluster | None = Field(
        default=None, description="Alleen formeel (BCMB): kennis, houding of vaardigheden"
    )
    herkomst: Herkomst
    omschrijving: Tekst
    inleiding_indicatoren: Tekst | None = None
    gedragsindicatoren: list[Gedragsindicator] = Field(default_factory=list)
    voetnoten: list[Voetnoot] = Field(default_factory=list)


class Leefgebied(Brontekst):
    TEKSTVELDEN = ("naam", "themas")

    id: Id
    nummer: Nummer
    naam: Tekst
    themas: list[Tekst] = Field(min_length=1)
    herkomst: Herkomst


class Laag(MetTitel):
    """One of VNG's three layers of client support."""

    TEKSTVELDEN = ("titel", "tekst")

    id: Id
    nummer: Nummer
    titel: Tekst
    tekst: Tekst
    herkomst: Herkomst




# What follows a block that ends in a colon in the source: the list lives elsewhere in the catalogue.
Vervolg = Literal["lagen", "leefgebieden", "taken", "kerntaken", "onderscheidende-taken", "competenties"]


class Tekstblok(MetTitel):
    """A piece of context: a definition, principle, requirement, tip, a chapter's introduction ...

    The blocks of one source stand in context.yaml in the order of that source.
    """

    TEKSTVELDEN = ("titel", "alineas", "punten")

    id: Id
    soort: TekstblokSoort
    nummer: Nummer | None = Field(default=None, description="Het nummer van hoofdstuk of paragraaf in de bron")
    titel: Tekst
    alineas: list[Tekst] = Field(default_factory=list)
    punten: list[Tekst] = Field(default_factory=list, description="Een opsomming in het blok")
    gevolgd_door: Vervolg | None = Field(default=None, description=(
        "Wat in de bron direct volgt op de laatste alinea (verplicht als die eindigt op een dubbele punt): "
        "de lagen, de leefgebieden, de taken of de competenties van de catalogus"))
    casus: Casus | None = None
    herkomst: Herkomst


class KoppelingDoel(Streng):
    """An editorial link from a task to one competency, leefgebied or layer."""

    id: Id
    reden: Tekst = Field(description="Waarom: één regel")


class TaakKoppelingen(Streng):
    taak: Id
    competenties: list[KoppelingDoel] = Field(default_factory=list)
    leefgebieden: list[KoppelingDoel] = Field(default_factory=list)
    lagen: list[KoppelingDoel] = Field(default_factory=list)


class KernCompetentie(Streng):
    competentie: Id
    reden: Tekst


class Scholingsvorm(Streng):
    id: Id
    vorm: Scholingsvormsoort
    leerdoel: Tekst




class CompetentieScholing(Streng):
    competentie: Id
    vormen: list[Scholingsvorm] = Field(min_length=1)


# ---- the files -------------------------------------------------------------------------


class CatalogusMeta(Streng):
    """catalogus/catalogus.yaml"""

    naam: Tekst
    beschrijving: Tekst
    versie: Annotated[str, StringConstraints(pattern=SEMVER_PATTERN)] = Field(
        description="Semantische versie, tussen aanhalingstekens: \"1.0.0\""
    )
    datum: Annotated[str, StringConstraints(pattern=r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"),
                     AfterValidator(_bestaande_datum)] | None = Field(
        default=None, description="Datum van deze versie (JJJJ-MM-DD), tussen aanhalingstekens; de export "
        "gebruikt haar als wijzigingsdatum waar git die niet weet")


class BronnenBestand(Streng):
    bronnen: list[Bron] = Field(min_length=1)


class TakenBestand(Streng):
    rol: Rol
    taken: list[Taak] = Field(min_length=1)


class CompetentiesBestand(Streng):
    rol: Rol
    competenties: list[Competentie] = Field(min_length=1)


class LeefgebiedenBestand(Streng):
    leefgebieden: list[Leefgebied] = Field(min_length=1)


class ContextBestand(Streng):
    lagen: list[Laag] = Field(default_factory=list)
    tekstblokken: list[Tekstblok] = Field(default_factory=list)


class KoppelingenBestand(Streng):
    """Editorial: which competencies, leefgebieden and layers each task needs."""

    rol: Rol
    kern: list[KernCompetentie] = Field(default_factory=list)
    koppelingen: list[TaakKoppelingen] = Field(default_factory=list)


class ScholingBestand(Streng):
    """Editorial: training forms per competency."""

    rol: Rol
    scholing: list[CompetentieScholing] = Field(default_factory=list)




class Vervallen(Streng):
    """A tombstone: an item that was removed, and what replaces it (CASE `replacedBy`).

    Its ID stays taken forever, so a saved profile or self-assessment that names it can be
    carried to the successors. Never shown in documents.
    """

    id: Id = Field(description="Het ID van het verwijderde item")
    vervallen_in: Versie = Field(description="De catalogusversie waarin het item verwijderd is, zoals \"2.0.0\"")
    vervangen_door: list[Id] = Field(default_factory=list, description=(
        "De items die het vervangen: leeg (vervallen zonder opvolger), één, of meer (gesplitst)"))
    ouder: Id | None = Field(default=None, description=(
        "Bij een activiteit of gedragsindicator: het ID van de taak of competentie waar het onder stond"))
    nummer: Nummer | None = Field(default=None, description="Het nummer dat het item had, zoals \"2\"")
    reden: Tekst | None = Field(default=None, description="Waarom het verviel: één regel")


class VervallenBestand(Streng):
    """vervallen.yaml: removed items and their successors."""

    vervallen: list[Vervallen] = Field(default_factory=list)


class EenvoudigeTekst(Streng):
    """Editorial: a task or competency in plain B1 Dutch, for vacancies and information texts."""

    id: Id = Field(description="ID van een taak of competentie van deze rol")
    wat_je_doet: Tekst | None = Field(default=None, description=(
        "Alleen bij een taak: 1 of 2 korte zinnen in de je-vorm, bijvoorbeeld 'Je gaat op bezoek bij ...'"))
    kort: Tekst | None = Field(default=None, description=(
        "Alleen bij een taak: een paar woorden voor de korte oproep, na 'Je ...', zonder punt. "
        "Bijvoorbeeld 'gaat op bezoek bij mensen'"))
    kwaliteit: Tekst | None = Field(default=None, description=(
        "Alleen bij een competentie: een kwaliteit, geen eis, in de je-vorm: 'Je bent ...' of 'Je kunt ...'"))
    bron: list[Tekst] = Field(min_length=1, description=(
        "De zin of zinnen uit de bron die deze tekst weergeeft, letterlijk zoals in taken.yaml of "
        "competenties.yaml (titel, alinea, activiteit, omschrijving of gedragsindicator)"))

    @model_validator(mode="after")
    def _taak_of_competentie(self) -> EenvoudigeTekst:
        if self.kwaliteit is not None and (self.wat_je_doet is not None or self.kort is not None):
            raise ValueError("geef bij een competentie alleen 'kwaliteit', bij een taak 'wat_je_doet' en 'kort'")
        if self.kwaliteit is None and (self.wat_je_doet is None or self.kort is None):
            raise ValueError("geef bij een taak 'wat_je_doet' en 'kort', bij een competentie 'kwaliteit'")
        return self


class EenvoudigBestand(Streng):
    """Editorial: plain-language phrasings per task and competency (eenvoudig.yaml)."""

    rol: Rol
    teksten: list[EenvoudigeTekst] = Field(min_length=1)
