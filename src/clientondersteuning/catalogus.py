"""The loaded catalogue: all building blocks, indexed, with the questions the commands ask."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .bronteksten import Correctieregel, alle_correcties
from .rol import ROLLEN

if TYPE_CHECKING:
    from .model import (
        Bron,
        CatalogusMeta,
        Competentie,
        CompetentieScholing,
        KernCompetentie,
        Laag,
        Leefgebied,
        Rol,
        Taak,
        TaakKoppelingen,
        Tekstblok,
        Vervallen,
    )


@dataclass(frozen=True)
class Plaats:
    """Where an item is defined: the file and the path to it in the data. The catalogue keeps no
    file texts; the line is read from the file when someone asks for it (cot catalogus toon)."""

    pad: Path
    bestand: str  # the name shown in messages
    loc: tuple[Any, ...]

    @property
    def regel(self) -> int:
        """The 1-based line, from the file as it is now; 0 if it cannot be read (a git revision)."""
        from .fouten import CotFout
        from .yamlbestand import lees_yaml

        try:
            return int(lees_yaml(self.pad, self.bestand).positie(self.loc)[0])
        except CotFout:
            return 0


@dataclass
class Catalogus:
    map: Path
    meta: CatalogusMeta
    bronnen: dict[str, Bron] = field(default_factory=dict)
    taken: dict[str, list[Taak]] = field(default_factory=lambda: {r: [] for r in ROLLEN})
    competenties: dict[str, list[Competentie]] = field(default_factory=lambda: {r: [] for r in ROLLEN})
    leefgebieden: list[Leefgebied] = field(default_factory=list)
    lagen: list[Laag] = field(default_factory=list)
    tekstblokken: list[Tekstblok] = field(default_factory=list)
    koppelingen: dict[str, TaakKoppelingen] = field(default_factory=dict)  # by taak id
    kern: dict[str, list[KernCompetentie]] = field(default_factory=lambda: {r: [] for r in ROLLEN})
    scholing: dict[str, CompetentieScholing] = field(default_factory=dict)  # by competentie id
    eenvoudig: dict[str, Any] = field(default_factory=dict)  # task/competency id -> EenvoudigeTekst
    plaatsen: dict[str, Plaats] = field(default_factory=dict)  # id -> where it is defined
    items: dict[str, Any] = field(default_factory=dict)  # id -> model object
    ouders: dict[str, str] = field(default_factory=dict)  # child id -> parent id
    vervallen: dict[str, Vervallen] = field(default_factory=dict)  # tombstones by the removed id

    @property
    def versie(self) -> str:
        return self.meta.versie

    # ---- lookups ---------------------------------------------------------------------

    def rol_van(self, item_id: str) -> str | None:
        for rol in ROLLEN:
            if any(t.id == item_id for t in self.taken[rol]) or any(
                c.id == item_id for c in self.competenties[rol]
            ):
                return rol
        return None

    def wortel(self, item_id: str) -> str:
        """The top-level item an activity, indicator or sub-item belongs to."""
        while item_id in self.ouders:
            item_id = self.ouders[item_id]
        return item_id

    def taak_op_nummer(self, rol: Rol | str, nummer: str) -> Taak | None:
        nummer = nummer.strip()
        if rol == "informeel" and nummer.startswith("3.") and nummer[2:].isdigit():
            nummer = nummer[2:]  # "3.1" is section 3.1, which is task 1
        for taak in self.taken[rol]:
            if taak.nummer.lower() == nummer.lower():
                return taak
        return None

    def competentie_op_nummer(self, rol: Rol | str, nummer: str) -> Competentie | None:
        for comp in self.competenties[rol]:
            if comp.nummer.lower() == nummer.strip().lower():
                return comp
        return None

    def correcties(self) -> list[Correctieregel]:
        """Every correction of a source's typing error, in catalogue order (cot catalogus toon correcties)."""
        return alle_correcties([*(t for r in ROLLEN for t in self.taken[r]),
                                *(c for r in ROLLEN for c in self.competenties[r]),
                                *self.leefgebieden, *self.lagen, *self.tekstblokken])

    def kern_ids(self, rol: str) -> list[str]:
        return [k.competentie for k in self.kern[rol]]

    def competenties_voor(self, rol: Rol | str, taak_ids: list[str]) -> list[tuple[Competentie, list[Taak], bool]]:
        """The competencies the chosen tasks need, plus the core ones, in catalogue order.

        Each with the chosen tasks that need it and whether it is core.
        """
        kern = set(self.kern_ids(rol))
        gekozen = [t for t in self.taken[rol] if t.id in set(taak_ids)]
        resultaat = []
        for comp in self.competenties[rol]:
            nodig = [t for t in gekozen
                     if t.id in self.koppelingen and any(d.id == comp.id for d in self.koppelingen[t.id].competenties)]
            if nodig or comp.id in kern:
                resultaat.append((comp, nodig, comp.id in kern))
        return resultaat

    def leefgebieden_voor(self, taak_ids: list[str]) -> list[tuple[Leefgebied, list[str]]]:
        gekozen = set(taak_ids)
        resultaat = []
        for lg in self.leefgebieden:
            taken = [k.taak for k in self.koppelingen.values()
                     if k.taak in gekozen and any(d.id == lg.id for d in k.leefgebieden)]
            if taken:
                resultaat.append((lg, taken))
        return resultaat

    def lagen_voor(self, taak_ids: list[str]) -> list[Laag]:
        gekozen = set(taak_ids)
        ids = {d.id for k in self.koppelingen.values() if k.taak in gekozen for d in k.lagen}
        return [laag for laag in self.lagen if laag.id in ids]

    def tekstblokken_van(self, *soorten: str) -> list[Tekstblok]:
        return [b for b in self.tekstblokken if b.soort in soorten]

    def verwijzingen_naar(self, item_id: str) -> list[tuple[str, str]]:
        """What links to an item: (kind, id) pairs, for `cot catalogus toon ID`."""
        gevonden: list[tuple[str, str]] = []
        for k in self.koppelingen.values():
            for soort, doelen in (("competentie", k.competenties), ("leefgebied", k.leefgebieden),
                                  ("laag", k.lagen)):
                if any(d.id == item_id for d in doelen):
                    gevonden.append((f"taak vraagt deze {soort}", k.taak))
            if k.taak == item_id:
                gevonden += [("vraagt competentie", d.id) for d in k.competenties]
                gevonden += [("raakt leefgebied", d.id) for d in k.leefgebieden]
                gevonden += [("valt in laag", d.id) for d in k.lagen]
        for rol in ROLLEN:
            if item_id in self.kern_ids(rol):
                gevonden.append(("kerncompetentie van rol", rol))
        return gevonden


def onderdelen_van(item: Taak | Competentie) -> Iterator[tuple[str, Any, str]]:
    """The items under a task (activiteiten and their onderdelen) or a competency (gedragsindicatoren
    and theirs), depth first, as (soort, item, id of the parent). The one walk over both trees."""
    soort, lijst = ("activiteit", item.activiteiten) if hasattr(item, "activiteiten") else \
        ("gedragsindicator", item.gedragsindicatoren)
    for kind in lijst:
        yield soort, kind, item.id
        for onderdeel in kind.onderdelen:
            yield "onderdeel", onderdeel, kind.id
