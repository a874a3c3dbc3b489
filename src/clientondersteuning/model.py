"""Pydantic schemas for the catalogue files and the whole catalogue.

One class per building block. Each catalogue file has a root model (``*Bestand``)
so that every file gets its own JSON Schema for editors. Strict mode: YAML types are
not coerced (``titel: 123`` is an error, not the string "123").
"""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Any, ClassVar, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints, model_validator

from .ontsnap import ONZICHTBAAR  # the one list of forbidden characters
from .rol import Rol

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


# Characters no user text needs and that do harm in a document or terminal (see ontsnap):
# control characters, direction overrides (U+202E turns "exe.txt" into "txt.exe"), zero-width ones.
_TEKENNAMEN = {"\x1b": "ESC", "\u202e": "richting omkeren", "\u202d": "richting forceren",
               "\u200b": "spatie zonder breedte", "\u200f": "richtingsteken", "\u200e": "richtingsteken",
               "\ufeff": "BOM"}


def stuurteken_in(tekst: str, meerregelig: bool = False) -> str | None:
    """The one text policy: a Dutch description of the first forbidden character, or None.

    Newline and tab only where a field allows several lines (meerregelig).
    """
    if not meerregelig and ("\n" in tekst or "\r" in tekst or "\t" in tekst):
        return "een regeleinde of tab; gebruik één regel"
    gevonden = ONZICHTBAAR.search(tekst)
    if gevonden is None:
        return None
    teken = gevonden.group(0)
    naam = _TEKENNAMEN.get(teken)
    return (f"het onzichtbare teken U+{ord(teken):04X}{f' ({naam})' if naam else ''} op positie "
            f"{gevonden.start() + 1}; verwijder het (het komt vaak mee met kopiëren)")


def _veilige_tekst(tekst: str) -> str:
    fout = stuurteken_in(tekst)
    if fout:
        raise ValueError(f"tekst bevat {fout}")
    return tekst


def _veilige_meerregelige_tekst(tekst: str) -> str:
    fout = stuurteken_in(tekst, meerregelig=True)
    if fout:
        raise ValueError(f"tekst bevat {fout}")
    return tekst


# The shared string bases: every user text is one of these (or Tekst, which uses the first).
VeiligeTekst = Annotated[str, AfterValidator(_veilige_tekst)]
MeerregeligeTekst = Annotated[str, AfterValidator(_veilige_meerregelige_tekst)]


def _schone_tekst(tekst: str) -> str:
    """Reject the whitespace and OCR problems that slip in when transcribing."""
    if tekst != tekst.strip():
        _veilige_tekst(tekst.strip())
        raise ValueError("tekst begint of eindigt met witruimte")
    if "  " in tekst:
        raise ValueError("tekst bevat een dubbele spatie")
    if "\n" in tekst or "\t" in tekst:
        raise ValueError("tekst bevat een regeleinde of tab; gebruik één regel per alinea")
    _veilige_tekst(tekst)
    if not any(spoor in tekst for spoor in _OCR_SPOREN):
        return tekst
    for patroon, uitleg in OCR_SCHADE:
        gevonden = patroon.search(tekst)
        if gevonden:
            raise ValueError(f"OCR-schade '{gevonden.group(0)}': {uitleg}")
    return tekst


Tekst = Annotated[str, StringConstraints(min_length=1), AfterValidator(_schone_tekst)]


def _bestaande_datum(tekst: str) -> str:
    """'2026-02-30' and '2026-13' have the right form but are no date."""
    delen = [int(d) for d in tekst.split("-")]
    try:
        date(delen[0], *([*delen[1:], 1, 1])[:2])
    except ValueError:
        raise ValueError(f"'{tekst}' is geen bestaande datum") from None
    return tekst


# A date written as text (quoted, or only a year or month): JJJJ, JJJJ-MM or JJJJ-MM-DD that exists.
Datumtekst = Annotated[str, StringConstraints(pattern=DATUM_PATTERN), AfterValidator(_bestaande_datum)]
# Addresses are not prose: "clientondersteuning.nl" is a real domain, not OCR damage.
Adres = Annotated[VeiligeTekst, StringConstraints(min_length=1, max_length=200, pattern=r"^\S(.*\S)?$")]
Id = Annotated[str, StringConstraints(pattern=ID_PATTERN, max_length=80)]
Nummer = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9.]{1,8}$")]


class Streng(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


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
        uit: list[str] = []
        for veld in self.TEKSTVELDEN:
            waarde = getattr(self, veld)
            uit += waarde if isinstance(waarde, list) else [waarde] if waarde else []
        return uit


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
CLUSTERS: dict[str, tuple[str, str]] = {
    "kennis": ("1", "Kennis"),
    "houding": ("2", "Houding"),
    "vaardigheden": ("3", "Vaardigheden"),
}


class Competentie(MetTitel):
    TEKSTVELDEN = ("titel", "titel_kort", "omschrijving", "inleiding_indicatoren")

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


# "hoofdstuk" opens a chapter or part of a source: its heading and its introduction.
TekstblokSoort = Literal[
    "hoofdstuk",
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


Versie = Annotated[str, StringConstraints(pattern=SEMVER_PATTERN)]


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


# ---- the user's own files ----------------------------------------------------------------

TaakNummers = list[Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9.]{1,8}$")] | int] | Literal["alle"]


# The organisation file (organisatie.yaml) has its own module: organisatie.py.


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
    beknopt: bool = Field(default=False, description=(
        "true voor de korte versie: alleen wat de gekozen taken nodig hebben; standaard het volledige "
        "profiel met alle brontekst"))


# ---- scholing: a volunteer's self-assessment ----------------------------------------------

Score = Annotated[int, Field(ge=1, le=4, description="1 nog niet, 2 in ontwikkeling, 3 voldoende, 4 sterk")]
Opmerking = Annotated[MeerregeligeTekst, StringConstraints(min_length=1, max_length=2000)]


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

    naam: Annotated[VeiligeTekst, StringConstraints(min_length=1, max_length=200)]
    rol: Rol = "informeel"
    taken: TaakNummers | None = Field(default=None, description="Taaknummers of 'alle'; of gebruik 'profiel'")
    profiel: Annotated[VeiligeTekst, StringConstraints(min_length=1)] | None = Field(
        default=None, description="Pad naar profiel.yaml, relatief aan dit bestand")
    datum: date | Datumtekst | None = None
    catalogus_versie: Versie | None = Field(
        default=None, description="De versie van de catalogus waarmee de scores gegeven zijn (cot catalogus "
        "toon ... en het formulier noemen haar), zoals \"1.0.0\"")
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
