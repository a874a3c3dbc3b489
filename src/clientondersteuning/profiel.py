"""A profile: the tasks an organisation chose, and everything a reader needs with them.

choice (keuze: "1,3,6", "alle", a list) -> Profiel, built from the catalogue. The plain data
for documents is in profieltekst, comparing two profiles in profielverschil, the saved
definition (profiel.yaml) in definitie. Pure functions; reading the saved file touches the disk.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .catalogus import Catalogus
from .fouten import Melding
from .keuze import STANDAARD_NORM, is_alle, kies_taken, normen_op_id

if TYPE_CHECKING:
    from .model import (
        Bron,
        Competentie,
        Laag,
        Leefgebied,
        Rol,
        Taak,
        Tekstblok,
    )
    from .model_organisatie import Organisatie

ROL_NAMEN = {
    "informeel": "informele onafhankelijke cliëntondersteuner",
    "formeel": "onafhankelijke cliëntondersteuner (beroepskracht)",
}

# The context a reader needs, per role: (heading, kinds of text blocks from context.yaml).
# Only blocks from the role's own publisher (Movisie for informeel, BCMB for formeel).
CONTEXT_SECTIES: dict[str, list[tuple[str, tuple[str, ...]]]] = {
    "informeel": [
        ("Wat is onafhankelijke cliëntondersteuning?", ("definitie",)),
        ("Onafhankelijkheid", ("onafhankelijkheid",)),
        ("Uitgangspunten", ("uitgangspunt",)),
    ],
    "formeel": [
        ("Wat is onafhankelijke cliëntondersteuning?", ("definitie",)),
        ("Eigenschappen van cliëntondersteuning", ("eigenschap",)),
    ],
}
SAMENSPEL_SOORTEN = {"informeel": ("samenspel",), "formeel": ("randvoorwaarde",)}
SAMENSPEL_TITELS = {"informeel": "Samenwerken met formele cliëntondersteuners",
                    "formeel": "Samenwerken met informele cliëntondersteuners"}
ORGANISATIE_SOORTEN = {"informeel": ("eisen-organisatie",), "formeel": ()}

_MAANDEN = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
            "oktober", "november", "december")


# ---- the profile -------------------------------------------------------------------------


@dataclass(frozen=True)
class Nodig:
    """A chosen task that needs a competency, leefgebied or layer, with the editorial reason."""

    taak: Taak
    reden: str


@dataclass(frozen=True)
class ProfielCompetentie:
    competentie: Competentie
    taken: list[Nodig]  # the chosen tasks that need it (editorial)
    kern: bool
    kern_reden: str | None
    norm: int


@dataclass(frozen=True)
class ProfielLeefgebied:
    leefgebied: Leefgebied
    taken: list[Nodig]


@dataclass(frozen=True)
class ProfielLaag:
    laag: Laag
    taken: list[Nodig]


@dataclass(frozen=True)
class ContextSectie:
    titel: str
    blokken: list[Tekstblok]


@dataclass(frozen=True)
class Hoofdstuk:
    """A chapter (or part) of the role's main source: its opening block and the blocks under it.

    An opening block that ends in a colon says what follows it (gevolgd_door): the tasks or
    competencies of the profile, or nothing when the chapter stands on its own.
    """

    opening: Tekstblok
    blokken: list[Tekstblok]


@dataclass
class Profiel:
    naam: str
    rol: Rol
    taken: list[Taak]
    competenties: list[ProfielCompetentie]
    leefgebieden: list[ProfielLeefgebied]
    lagen: list[ProfielLaag]
    context: list[ContextSectie]
    samenspel: list[Tekstblok]
    organisatie_eisen: list[Tekstblok]
    organisatie: Organisatie | None
    catalogus_naam: str
    catalogus_versie: str
    normen: dict[str, int]  # competency id -> norm, only where it differs from STANDAARD_NORM
    bronnen: list[Bron]
    keuze: list[str] | str  # the task numbers as chosen (catalogue spelling), or "alle"
    alle_taken: int  # how many tasks the role has
    toelichting: str | None = None
    extra_context: list[str] = field(default_factory=list)
    datum: dt.date = field(default_factory=lambda: vandaag())
    # The full profile carries what the source carries; beknopt keeps only what the choice needs.
    beknopt: bool = False
    hoofdstukken: list[Hoofdstuk] = field(default_factory=list)  # empty when beknopt
    rol_taken: list[Taak] = field(default_factory=list)  # every task of the role, for the overviews
    rol_competenties: list[Competentie] = field(default_factory=list)
    alle_leefgebieden: list[ProfielLeefgebied] = field(default_factory=list)  # all, also untouched ones
    alle_lagen: list[ProfielLaag] = field(default_factory=list)

    @property
    def taak_nummers(self) -> list[str]:
        return [t.nummer for t in self.taken]

    def als_data(self) -> dict[str, Any]:
        """Plain data (dicts, lists, strings, numbers) for templates: no models, no paths."""
        from .profieltekst import als_data

        return als_data(self)


def vandaag() -> dt.date:
    """Today, or the date in SOURCE_DATE_EPOCH (reproducible documents, tests)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC).date()
    return dt.date.today()


def datum_tekst(datum: dt.date) -> str:
    return f"{datum.day} {_MAANDEN[datum.month - 1]} {datum.year}"


# ---- building --------------------------------------------------------------------------------


def _uitgevers(cat: Catalogus, rol: Rol) -> set[str]:
    """The publishers of the role's own sources (Movisie for informeel, BCMB for formeel)."""
    bronnen = {t.herkomst.bron for t in cat.taken[rol]} | {c.herkomst.bron for c in cat.competenties[rol]}
    return {cat.bronnen[b].uitgever for b in bronnen if b in cat.bronnen and not cat.bronnen[b].redactioneel}


def _blokken(cat: Catalogus, rol: Rol, soorten: tuple[str, ...]) -> list[Tekstblok]:
    uitgevers = _uitgevers(cat, rol)
    gekozen = []
    for blok in cat.tekstblokken_van(*soorten):
        bron = cat.bronnen.get(blok.herkomst.bron)
        if bron is None or bron.uitgever not in uitgevers:
            continue
        # A block followed in the source by a list that lives elsewhere in the catalogue (the
        # eight leefgebieden after 'Integrale ondersteuning', the three layers): on its own it
        # is unfinished, so it is left out; the profile lists those items itself.
        if blok.gevolgd_door:
            continue
        gekozen.append(blok)
    return gekozen


def _hoofdstukken(cat: Catalogus, bron: str) -> list[Hoofdstuk]:
    """The chapters of one source in its order: each 'hoofdstuk' block with the blocks after it."""
    hoofdstukken: list[Hoofdstuk] = []
    for blok in cat.tekstblokken:
        if blok.herkomst.bron != bron:
            continue
        if blok.soort == "hoofdstuk":
            hoofdstukken.append(Hoofdstuk(blok, []))
        elif hoofdstukken:
            hoofdstukken[-1].blokken.append(blok)
    return hoofdstukken


def bouw(cat: Catalogus, rol: Rol, keuze: str | list[Any], naam: str | None = None,
         organisatie: Organisatie | None = None, normen: dict[str, int] | None = None,
         toelichting: str | None = None, extra_context: list[str] | None = None,
         datum: dt.date | None = None, beknopt: bool = False) -> Profiel:
    """Build the profile for the chosen tasks. Raises KeuzeFout for a bad selection or norm.

    By default the profile is complete: the chapters of the role's main source in its order, all
    layers and leefgebieden (marked by the chosen tasks). beknopt: only what the choice needs.
    """
    taken = kies_taken(cat, rol, keuze)
    ids = [t.id for t in taken]
    normen_id = normen_op_id(cat, rol, normen or {})
    koppelingen = cat.koppelingen
    kern_redenen = {k.competentie: k.reden for k in cat.kern[rol]}

    def nodig(soort: str, doel_id: str) -> list[Nodig]:
        resultaat = []
        for taak in taken:
            k = koppelingen.get(taak.id)
            for d in getattr(k, soort, []) if k else []:
                if d.id == doel_id:
                    resultaat.append(Nodig(taak, d.reden))
        return resultaat

    competenties = [
        ProfielCompetentie(comp, nodig("competenties", comp.id), kern, kern_redenen.get(comp.id),
                           normen_id.get(comp.id, STANDAARD_NORM))
        for comp, _, kern in cat.competenties_voor(rol, ids)
    ]
    leefgebieden = [ProfielLeefgebied(lg, nodig("leefgebieden", lg.id))
                    for lg, _ in cat.leefgebieden_voor(ids)]
    lagen = [ProfielLaag(laag, nodig("lagen", laag.id)) for laag in cat.lagen_voor(ids)]
    hoofdbron = cat.taken[rol][0].herkomst.bron
    hoofdstukken = [] if beknopt else _hoofdstukken(cat, hoofdbron)
    # What the chapters already print is not printed again in the sections below.
    in_tekst = {b.id for h in hoofdstukken for b in [h.opening, *h.blokken]}

    def nieuw(blokken: list[Tekstblok]) -> list[Tekstblok]:
        return [b for b in blokken if b.id not in in_tekst]

    context = [ContextSectie(titel, nieuw(_blokken(cat, rol, soorten))) for titel, soorten in CONTEXT_SECTIES[rol]]
    extra = [s for s in (extra_context or []) if s]
    if extra:
        blokken = [b for b in nieuw(cat.tekstblokken_van(*extra))
                   if all(b not in s.blokken for s in context)]
        if blokken:
            context.append(ContextSectie(_extra_titel(extra), blokken))
    context = [s for s in context if s.blokken]
    samenspel = nieuw(_blokken(cat, rol, SAMENSPEL_SOORTEN[rol]))
    eisen = nieuw(_blokken(cat, rol, ORGANISATIE_SOORTEN[rol])) if ORGANISATIE_SOORTEN[rol] else []
    geraakt = {lg.leefgebied.id: lg for lg in leefgebieden}
    alle_leefgebieden = [geraakt.get(lg.id) or ProfielLeefgebied(lg, []) for lg in cat.leefgebieden]
    gekozen_lagen = {la.laag.id: la for la in lagen}
    alle_lagen = [gekozen_lagen.get(la.id) or ProfielLaag(la, []) for la in cat.lagen]

    # Sources: those of everything the profile shows, then the editorial one.
    gebruikt: list[str] = []
    for item in [*taken, *(c.competentie for c in competenties), *(lg.leefgebied for lg in leefgebieden),
                 *(la.laag for la in lagen), *(b for h in hoofdstukken for b in [h.opening, *h.blokken]),
                 *(b for s in context for b in s.blokken), *samenspel, *eisen]:
        if item.herkomst.bron not in gebruikt:
            gebruikt.append(item.herkomst.bron)
    bronnen = [cat.bronnen[b] for b in gebruikt if b in cat.bronnen]
    bronnen += [b for b in cat.bronnen.values() if b.redactioneel and b not in bronnen]

    return Profiel(
        naam=naam or f"Functieprofiel {ROL_NAMEN[rol]}",
        rol=rol,
        taken=taken,
        competenties=competenties,
        leefgebieden=leefgebieden,
        lagen=lagen,
        context=context,
        samenspel=samenspel,
        organisatie_eisen=eisen,
        organisatie=organisatie,
        catalogus_naam=cat.meta.naam,
        catalogus_versie=cat.versie,
        normen={k: v for k, v in normen_id.items() if v != STANDAARD_NORM},
        bronnen=bronnen,
        keuze="alle" if is_alle(keuze) else [t.nummer for t in taken],
        alle_taken=len(cat.taken[rol]),
        toelichting=toelichting,
        extra_context=extra,
        datum=datum or vandaag(),
        beknopt=beknopt,
        hoofdstukken=hoofdstukken,
        rol_taken=list(cat.taken[rol]),
        rol_competenties=list(cat.competenties[rol]),
        alle_leefgebieden=alle_leefgebieden,
        alle_lagen=alle_lagen,
    )


_EXTRA_TITELS = {
    "ervaringsdeskundigheid": "Ervaringsdeskundigheid",
    "informeel": "Informele cliëntondersteuning",
    "meerwaarde": "Meerwaarde",
    "doelgroep": "Doelgroep",
    "tip": "Tips voor de organisatie",
    "doel": "Achtergrond",
    "eigenschap": "Eigenschappen van cliëntondersteuning",
    "randvoorwaarde": "Randvoorwaarden",
}


def _extra_titel(soorten: list[str]) -> str:
    return " en ".join(_EXTRA_TITELS.get(s, s.capitalize()) for s in soorten[:1]) if len(soorten) == 1 \
        else "Meer achtergrond"


def profiel_uit_bestand(cat: Catalogus, pad: Path, datum: dt.date | None = None,
                        beknopt: bool = False) -> tuple[Profiel, list[Melding]]:
    """Build the profile a saved definition describes; also warnings (another catalogue version).

    beknopt asks for the short version even where the definition does not.

    Problems in the file (unknown task numbers, norms for unknown competencies) are a CotFout
    with file and line.
    """
    from .definitie import lees_profiel

    bewaard = lees_profiel(cat, pad)
    d, bestand = bewaard.definitie, bewaard.geladen.bestand
    profiel = bouw(cat, d.rol, d.taken, d.naam, bewaard.organisatie, d.normen, d.toelichting,
                   list(d.context), datum, beknopt=d.beknopt or beknopt)
    waarschuwingen = list(bewaard.waarschuwingen)
    if not waarschuwingen and d.catalogus_versie and d.catalogus_versie != cat.versie:
        waarschuwingen.append(bestand.melding(("catalogus_versie",), (
            f"dit profiel is gebouwd met catalogusversie {d.catalogus_versie}; nu is het versie "
            f"{cat.versie}. "
            "De teksten kunnen veranderd zijn: bewaar het profiel opnieuw (--bewaar) en vergelijk met "
            "'cot profiel diff'"), "catalogus-versie", ernst="waarschuwing"))
    return profiel, waarschuwingen
