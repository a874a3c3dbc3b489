"""Pydantic schemas for the catalogue files and the whole catalogue.

One class per building block. Each catalogue file has a root model (``*Bestand``)
so that every file gets its own JSON Schema for editors. Strict mode: YAML types are
not coerced (``titel: 123`` is an error, not the string "123").
"""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints, model_validator

# Stable IDs: lower-case words joined by hyphens, no numbers-only ids.
ID_PATTERN = r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$"
SEMVER_PATTERN = r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$"
DATUM_PATTERN = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"

# OCR damage of the main source (see the sources' README). A clean text has none of these.
OCR_SCHADE: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"[a-zA-Z]é(n|nt|nten|ntens|ren|res|el|le|len|erd|er|ert)\b"), "é waar ë hoort (cliént → cliënt)"),
    (re.compile(r"\b[Cc]lient"), "'client' zonder trema (→ cliënt)"),
    (re.compile(r"\bgeinterview"), "geinterviewd → geïnterviewd"),
    (re.compile(r"\bco(?!ö)[^\sö]{1,3}rdinator"), "verminkt 'coördinator'"),
    (re.compile(r"\|"), "'|' in de tekst (OCR voor l of I)"),
    (re.compile(r"\bWIlz\b"), "WIlz → Wlz"),
    (re.compile(r"\benis\b"), "'enis' → 'en is'"),
    # "buurt- of dorpshuizen", "wet- en regelgeving" are real Dutch (a suspended compound).
    (re.compile(r"[a-z]- (?!(?:of|en|tot)\b)[a-z]"), "woord afgebroken aan het regeleinde"),
    (re.compile(r"\b(?:ledere?|leder\(ln\))\b"), "OCR-l voor hoofdletter I (Iedere, Ieder(in))"),
]
# Every pattern needs one of these fragments; a text without any (nearly all) skips the regexes.
_OCR_SPOREN = ("é", "lient", "geinterview", "rdinator", "|", "WIlz", "enis", "- ", "leder")


def _schone_tekst(tekst: str) -> str:
    """Reject the whitespace and OCR problems that slip in when transcribing."""
    if tekst != tekst.strip():
        raise ValueError("tekst begint of eindigt met witruimte")
    if "  " in tekst:
        raise ValueError("tekst bevat een dubbele spatie")
    if "\n" in tekst or "\t" in tekst:
        raise ValueError("tekst bevat een regeleinde of tab; gebruik één regel per alinea")
    if not any(spoor in tekst for spoor in _OCR_SPOREN):
        return tekst
    for patroon, uitleg in OCR_SCHADE:
        gevonden = patroon.search(tekst)
        if gevonden:
            raise ValueError(f"OCR-schade '{gevonden.group(0)}': {uitleg}")
    return tekst


Tekst = Annotated[str, StringConstraints(min_length=1), AfterValidator(_schone_tekst)]
# Addresses are not prose: "clientondersteuning.nl" is a real domain, not OCR damage.
Adres = Annotated[str, StringConstraints(min_length=1, max_length=200, pattern=r"^\S(.*\S)?$")]
Id = Annotated[str, StringConstraints(pattern=ID_PATTERN, max_length=80)]
Nummer = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9.]{1,8}$")]
Rol = Literal["informeel", "formeel"]


class Streng(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class Herkomst(Streng):
    """Where an item comes from: a source and its section."""

    bron: Id = Field(description="ID van de bron in bronnen.yaml")
    sectie: Tekst = Field(description="Sectie, paragraaf of kader in de bron, bijvoorbeeld '3.1'")


class Bron(Streng):
    id: Id
    titel: Tekst
    uitgever: Tekst
    datum: Annotated[str, StringConstraints(pattern=DATUM_PATTERN)] | None = Field(
        default=None, description="Publicatiedatum (JJJJ, JJJJ-MM of JJJJ-MM-DD); leeg als de bron die niet noemt"
    )
    url: Tekst | None = None
    omschrijving: Tekst | None = None
    redactioneel: bool = Field(default=False, description="true voor de redactie van cot zelf")


class Voetnoot(Streng):
    nummer: int = Field(ge=1)
    tekst: Tekst


class Casus(Streng):
    """A case story from a box in the source."""

    alineas: list[Tekst] = Field(min_length=1)


class Onderdeel(Streng):
    """A sub-item of an activity or indicator (4.3's dash items, BCMB 2a i–iv)."""

    id: Id
    nummer: Nummer
    tekst: Tekst


class Activiteit(Streng):
    id: Id
    nummer: Nummer
    tekst: Tekst
    onderdelen: list[Onderdeel] = Field(default_factory=list)


class Taak(Streng):
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


class Gedragsindicator(Streng):
    id: Id
    nummer: Nummer
    tekst: Tekst
    onderdelen: list[Onderdeel] = Field(default_factory=list)


class Competentie(Streng):
    id: Id
    nummer: Nummer = Field(description="Nummer binnen de rol: informeel 4.1–4.8, formeel 1a–3f")
    titel: Tekst
    titel_kort: Tekst | None = None
    cluster: Literal["kennis", "houding", "vaardigheden"] | None = Field(
        default=None, description="Alleen formeel (BCMB): kennis, houding of vaardigheden"
    )
    herkomst: Herkomst
    omschrijving: Tekst
    inleiding_indicatoren: Tekst | None = None
    gedragsindicatoren: list[Gedragsindicator] = Field(default_factory=list)
    voetnoten: list[Voetnoot] = Field(default_factory=list)


class Leefgebied(Streng):
    id: Id
    nummer: Nummer
    naam: Tekst
    themas: list[Tekst] = Field(min_length=1)
    herkomst: Herkomst


class Laag(Streng):
    """One of VNG's three layers of client support."""

    id: Id
    nummer: Nummer
    titel: Tekst
    tekst: Tekst
    herkomst: Herkomst


TekstblokSoort = Literal[
    "definitie",
    "onafhankelijkheid",
    "uitgangspunt",
    "informeel",
    "eisen-organisatie",
    "ervaringsdeskundigheid",
    "samenspel",
    "eigenschap",
    "randvoorwaarde",
    "tip",
    "meerwaarde",
    "doel",
    "doelgroep",
]


class Tekstblok(Streng):
    """A piece of context: a definition, principle, requirement, tip ..."""

    id: Id
    soort: TekstblokSoort
    nummer: Nummer | None = None
    titel: Tekst
    alineas: list[Tekst] = Field(default_factory=list)
    punten: list[Tekst] = Field(default_factory=list, description="Een opsomming in het blok")
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
    vorm: Literal[
        "training",
        "intervisie",
        "werkbegeleiding",
        "meelopen",
        "casuistiekbespreking",
        "e-learning",
        "zelfstudie",
        "rollenspel",
        "netwerkbijeenkomst",
    ]
    leerdoel: Tekst


# How each form of training is written in documents (the YAML keeps short codes).
SCHOLINGSVORM_NAMEN = {
    "training": "training",
    "intervisie": "intervisie",
    "werkbegeleiding": "werkbegeleiding",
    "meelopen": "meelopen met een formele cliëntondersteuner",
    "casuistiekbespreking": "casuïstiekbespreking",
    "e-learning": "e-learning",
    "zelfstudie": "zelfstudie",
    "rollenspel": "rollenspel",
    "netwerkbijeenkomst": "netwerkbijeenkomst",
}


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


# ---- the user's own files ----------------------------------------------------------------

TaakNummers = list[Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9.]{1,8}$")] | int] | Literal["alle"]


class Contactpersoon(Streng):
    naam: Tekst
    functie: Tekst | None = None
    telefoon: Adres | None = None
    email: Adres | None = None


class Organisatie(Streng):
    """organisatie.yaml: the organisation's own details, used in profiles and vacancies."""

    naam: Tekst
    soort: Tekst | None = Field(default=None, description="Bijvoorbeeld 'seniorenorganisatie' of 'welzijnsorganisatie'")
    werkgebied: Tekst | None = None
    over_ons: Tekst | None = Field(default=None, description="Een paar zinnen over de organisatie")
    contact: Contactpersoon | None = None
    website: Adres | None = None
    adres: Tekst | None = None
    tijdsbesteding: Tekst | None = Field(
        default=None, description="Bijvoorbeeld '4 tot 8 uur per week, zelf in te delen'")
    begeleiding: Tekst | None = None
    scholing: Tekst | None = None
    onkosten: Tekst | None = None
    verzekering: Tekst | None = None
    vog: Tekst | None = Field(
        default=None, description="Wat de organisatie regelt rond de Verklaring Omtrent het Gedrag")
    inwerken: Tekst | None = None


class ProfielDefinitie(Streng):
    """profiel.yaml: what an organisation chose, so a profile can be rendered again later."""

    naam: Tekst = Field(description="De naam van het profiel, bijvoorbeeld 'Vrijwillig ouderenadviseur'")
    rol: Rol = "informeel"
    taken: TaakNummers = Field(description="Taaknummers zoals 'cot catalogus toon taken' ze toont, of 'alle'")
    organisatie: Tekst | None = Field(default=None, description="Pad naar organisatie.yaml, relatief aan dit bestand")
    normen: dict[str, Annotated[int, Field(ge=1, le=4)]] = Field(
        default_factory=dict, description="Afwijkende norm per competentienummer (schaal 1–4; standaard 3)")
    catalogus_versie: Annotated[str, StringConstraints(pattern=SEMVER_PATTERN)] | None = Field(
        default=None, description="De versie van de catalogus waarmee het profiel is gebouwd")
    toelichting: Tekst | None = None
    context: list[TekstblokSoort] = Field(
        default_factory=list, description="Extra soorten tekstblokken uit context.yaml in het profiel, "
        "bijvoorbeeld 'ervaringsdeskundigheid'")


# ---- scholing: a volunteer's self-assessment ----------------------------------------------

Score = Annotated[int, Field(ge=1, le=4, description="1 nog niet, 2 in ontwikkeling, 3 voldoende, 4 sterk")]
Opmerking = Annotated[str, StringConstraints(min_length=1, max_length=2000)]


class CompetentieBeoordeling(Streng):
    """One competency in vrijwilliger.yaml: a score alone, or a score with remark and indicator scores."""

    score: Score
    toelichting: Opmerking | None = None
    indicatoren: dict[int | str, Score] = Field(
        default_factory=dict, description="Score per gedragsindicator (het nummer van de indicator)")

    @model_validator(mode="before")
    @classmethod
    def _alleen_score(cls, data: Any) -> Any:
        # `"4.1": 3` is short for `"4.1": {score: 3}`.
        if isinstance(data, (int, float, str)) and not isinstance(data, bool):
            return {"score": data}
        return data


class Beoordeling(Streng):
    """vrijwilliger.yaml: a volunteer's scores per competency against a profile or a set of tasks."""

    naam: Annotated[str, StringConstraints(min_length=1, max_length=200)]
    rol: Rol = "informeel"
    taken: TaakNummers | None = Field(default=None, description="Taaknummers of 'alle'; of gebruik 'profiel'")
    profiel: Annotated[str, StringConstraints(min_length=1)] | None = Field(
        default=None, description="Pad naar profiel.yaml, relatief aan dit bestand")
    datum: date | Annotated[str, StringConstraints(pattern=DATUM_PATTERN)] | None = None
    catalogus_versie: Annotated[str, StringConstraints(pattern=SEMVER_PATTERN)] | None = Field(
        default=None, description="De versie van de catalogus waarmee de zelfbeoordeling is ingevuld")
    competenties: dict[str | int | float, CompetentieBeoordeling] = Field(
        default_factory=dict,
        description="Per competentienummer zoals 'cot catalogus toon competenties' het toont")


# ---- eenvoudig.yaml (werving) ------------------------------------------------------------


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
