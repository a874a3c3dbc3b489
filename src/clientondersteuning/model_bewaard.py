"""The user's own saved files: a profile definition (profiel.yaml) and a self-assessment
(vrijwilliger.yaml). The organisation file has its own module: organisatie.py."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from pydantic import Field, StringConstraints, model_validator

from .model_typen import (
    SEMVER_PATTERN,
    Datumtekst,
    MeerregeligeTekst,
    Streng,
    Tekst,
    TekstblokSoort,
    VeiligeTekst,
    Versie,
)
from .rol import Rol

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
