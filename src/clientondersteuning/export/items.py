"""The catalogue as one walk over its items and one list of its links, shared by CASE, CSV and XLSX.

Every item that has an ID in the catalogue comes out exactly once, in catalogue order, with
its parent: taken, activiteiten and their onderdelen, competenties, gedragsindicatoren and
their onderdelen (4.3.1 a–c), scholingsvormen, leefgebieden, lagen, tekstblokken and
bronnen. Top-level items carry the rubriek they belong to (the CASE tree puts them under
one node per rubriek; the flat files leave the parent empty).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..catalogus import ROLLEN, Catalogus
from ..soorten import SCHOLINGSVORM_NAMEN

if TYPE_CHECKING:
    from ..model import Herkomst

# Rubrieken: the top of the tree. Keys contain ':' so they never clash with a catalogue ID.
RUBRIEKEN: dict[str, tuple[str, str | None]] = {
    "rubriek:informeel": ("Informele onafhankelijke cliëntondersteuner (Movisie 2017)", "informeel"),
    "rubriek:formeel": ("Formele cliëntondersteuner (BCMB)", "formeel"),
    "rubriek:leefgebieden": ("Leefgebieden", None),
    "rubriek:lagen": ("Lagen van cliëntondersteuning (VNG)", None),
    "rubriek:context": ("Context", None),
    "rubriek:bronnen": ("Bronnen", None),
}

# The kinds of item, as CFItemType and in the 'soort' column.
SOORTEN: dict[str, str] = {
    "Rubriek": "Een indeling van de catalogus (geen item uit een bron).",
    "Taak": "Een taak van een rol, met activiteiten.",
    "Activiteit": "Een activiteit binnen een taak.",
    "Onderdeel": "Een onderdeel van een activiteit of gedragsindicator.",
    "Competentie": "Een competentie van een rol, met gedragsindicatoren.",
    "Gedragsindicator": "Waargenomen gedrag bij een competentie.",
    "Scholingsvorm": "Een manier om een competentie te ontwikkelen, met een leerdoel (redactioneel).",
    "Leefgebied": "Een van de acht leefgebieden, met zijn thema's.",
    "Laag": "Een van de drie lagen van cliëntondersteuning van de VNG.",
    "Tekstblok": "Context: een definitie, uitgangspunt, eis, tip ...",
    "Bron": "Een brondocument van de catalogus.",
}


@dataclass(frozen=True)
class Item:
    id: str
    soort: str  # a key of SOORTEN
    rol: str | None  # None: shared by both roles
    nummer: str  # the full number: 3.1, 3.1.2, 4.3.1a, K1a, 2a.i; "" when the item has none
    titel: str  # "" for items without a title (activiteiten, indicatoren, onderdelen)
    teksten: tuple[str, ...]  # the body, one value per paragraph, theme or point
    volledig: str  # the whole statement (CASE fullStatement)
    ouder: str | None  # parent ID, None at the top
    rubriek: str | None  # for top-level items: the key in RUBRIEKEN
    volgnummer: int  # 1-based position among its siblings
    bron: str | None
    sectie: str | None
    redactioneel: bool
    vervangen_door: tuple[str, ...]
    bestand: str | None  # the file it is defined in, relative to the catalogue folder
    trefwoorden: tuple[str, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)  # further fields, for CASE extensions

    def label(self, lengte: int = 100) -> str:
        """What a person recognises the item by: its title, or the start of its text."""
        tekst = self.titel or self.volledig
        return tekst if len(tekst) <= lengte else tekst[:lengte - 1].rstrip() + "…"


@dataclass(frozen=True)
class Relatie:
    """An editorial link (or a tombstone's successor) between two items."""

    soort: str  # "vraagt competentie", "raakt leefgebied", "valt in laag", "kerncompetentie", "vervangen door"
    van: str  # item ID, or a rubriek key for a role's core competencies
    naar: str
    reden: str
    redactioneel: bool
    bestand: str | None


def vervangen_door(item: Any) -> tuple[str, ...]:
    """The items that replace a removed one (a tombstone), the CASE `replacedBy`.

    The single place that reads the field: the catalogue model does not have it yet.
    """
    waarde = getattr(item, "vervangen_door", None) or ()
    return (waarde,) if isinstance(waarde, str) else tuple(waarde)


def nummer_onder(ouder: str, nummer: str) -> str:
    """The full number of a child: 4.3 + 1 -> 4.3.1, 4.3.1 + a -> 4.3.1a, K1 + a -> K1a, 2a + i -> 2a.i."""
    if not ouder:
        return nummer
    if ouder[-1].isdigit() and nummer[:1].isalpha() and len(nummer) == 1:
        return ouder + nummer
    return f"{ouder}.{nummer}"


def _nummer_bovenaan(nummer: str, herkomst: Herkomst | None) -> str:
    """A top-level number as the source prints it: informal task 1 is section 3.1 of Movisie."""
    # The section may carry the source's heading after its number: "3.1 Legt contact met ...".
    sectie = re.match(r"(\d+(?:\.\d+)+)(?:\s|$)", herkomst.sectie) if herkomst is not None else None
    if sectie and sectie.group(1).rsplit(".", 1)[1] == nummer:
        return sectie.group(1)
    return nummer


class _Wandeling:
    def __init__(self, cat: Catalogus, rol: str | None) -> None:
        self.cat = cat
        self.rol = rol
        self.redactie = next((b.id for b in cat.bronnen.values() if b.redactioneel), None)

    def bestand(self, item_id: str) -> str | None:
        plaats = self.cat.plaatsen.get(item_id)
        if plaats is None:
            return None
        try:
            return plaats.pad.resolve().relative_to(self.cat.map.resolve()).as_posix()
        except ValueError:  # pragma: no cover - a file outside the folder cannot be loaded
            return None

    def redactioneel(self, bron: str | None) -> bool:
        return bool(bron and bron in self.cat.bronnen and self.cat.bronnen[bron].redactioneel)

    def maak(self, obj: Any, soort: str, rol: str | None, nummer: str, titel: str, teksten: list[str],
             ouder: Item | None, rubriek: str | None, volgnummer: int, herkomst: Herkomst | None = None, *,
             volledig: str | None = None, bron: str | None = None, redactioneel: bool | None = None,
             trefwoorden: list[str] | tuple[str, ...] = (), **extra: Any) -> Item:
        """An Item. Without herkomst the source is bron (no section), else the parent's: activiteiten,
        indicatoren and onderdelen have no herkomst of their own."""
        if herkomst is not None:
            bron, sectie = herkomst.bron, herkomst.sectie
        elif bron is None and ouder is not None:
            bron, sectie = ouder.bron, ouder.sectie
        else:
            sectie = None
        return Item(
            id=obj.id, soort=soort, rol=rol, nummer=nummer, titel=titel, teksten=tuple(teksten),
            volledig=volledig or "\n\n".join(teksten) or titel,
            ouder=ouder.id if ouder else None, rubriek=rubriek, volgnummer=volgnummer,
            bron=bron, sectie=sectie,
            redactioneel=self.redactioneel(bron) if redactioneel is None else redactioneel,
            vervangen_door=vervangen_door(obj), bestand=self.bestand(obj.id), trefwoorden=tuple(trefwoorden),
            extra={k: v for k, v in extra.items() if v not in (None, [], "")})

    def onderdelen(self, ouder: Item, onderdelen: list[Any]) -> Iterator[Item]:
        for i, o in enumerate(onderdelen, start=1):
            yield self.maak(o, "Onderdeel", ouder.rol, nummer_onder(ouder.nummer, o.nummer), "", [o.tekst],
                            ouder, None, i)

    def alles(self) -> Iterator[Item]:
        for rol in ROLLEN:
            if self.rol not in (None, rol):
                continue
            yield from self.rol_items(rol)
        for i, lg in enumerate(self.cat.leefgebieden, start=1):
            yield self.maak(lg, "Leefgebied", None, lg.nummer, lg.naam, list(lg.themas), None,
                            "rubriek:leefgebieden", i, lg.herkomst,
                            volledig=f"{lg.naam}: {', '.join(lg.themas)}", trefwoorden=lg.themas)
        for i, laag in enumerate(self.cat.lagen, start=1):
            yield self.maak(laag, "Laag", None, laag.nummer, laag.titel, [laag.tekst], None, "rubriek:lagen", i,
                            laag.herkomst, volledig=f"{laag.titel}. {laag.tekst}")
        for i, blok in enumerate(self.cat.tekstblokken, start=1):
            yield self.maak(blok, "Tekstblok", None, blok.nummer or "", blok.titel, [*blok.alineas, *blok.punten],
                            None, "rubriek:context", i, blok.herkomst, tekstblok_soort=blok.soort,
                            punten=list(blok.punten), casus=blok.casus.alineas if blok.casus else None)
        for i, bron in enumerate(self.cat.bronnen.values(), start=1):
            yield self.maak(bron, "Bron", None, "", bron.titel, [bron.omschrijving] if bron.omschrijving else [],
                            None, "rubriek:bronnen", i, redactioneel=bron.redactioneel,
                            uitgever=bron.uitgever, datum=bron.datum, url=bron.url)

    def rol_items(self, rol: str) -> Iterator[Item]:
        cat = self.cat
        rubriek = f"rubriek:{rol}"
        taken, comps = cat.taken[rol], cat.competenties[rol]
        for i, taak in enumerate(taken, start=1):
            eenvoudig = cat.eenvoudig.get(taak.id)
            item = self.maak(taak, "Taak", rol, _nummer_bovenaan(taak.nummer, taak.herkomst), taak.titel,
                             list(taak.alineas), None, rubriek, i, taak.herkomst,
                             volledig="\n\n".join([taak.titel, *taak.alineas]),
                             titel_kort=taak.titel_kort, taaksoort=taak.soort,
                             inleiding_activiteiten=taak.inleiding_activiteiten,
                             casus=taak.casus.alineas if taak.casus else None,
                             voetnoten=[v.model_dump() for v in taak.voetnoten],
                             eenvoudig=eenvoudig.model_dump(exclude_none=True, exclude={"id"}) if eenvoudig else None)
            yield item
            for j, act in enumerate(taak.activiteiten, start=1):
                kind = self.maak(act, "Activiteit", rol, nummer_onder(item.nummer, act.nummer), "", [act.tekst],
                                 item, None, j)
                yield kind
                yield from self.onderdelen(kind, act.onderdelen)
        for i, comp in enumerate(comps, start=1):
            eenvoudig = cat.eenvoudig.get(comp.id)
            item = self.maak(comp, "Competentie", rol, _nummer_bovenaan(comp.nummer, comp.herkomst), comp.titel,
                             [comp.omschrijving], None, rubriek, len(taken) + i, comp.herkomst,
                             titel_kort=comp.titel_kort, cluster=comp.cluster,
                             inleiding_indicatoren=comp.inleiding_indicatoren,
                             voetnoten=[v.model_dump() for v in comp.voetnoten],
                             eenvoudig=eenvoudig.model_dump(exclude_none=True, exclude={"id"}) if eenvoudig else None)
            yield item
            for j, ind in enumerate(comp.gedragsindicatoren, start=1):
                kind = self.maak(ind, "Gedragsindicator", rol, nummer_onder(item.nummer, ind.nummer), "",
                                 [ind.tekst], item, None, j)
                yield kind
                yield from self.onderdelen(kind, ind.onderdelen)
            scholing = cat.scholing.get(comp.id)
            for j, vorm in enumerate(scholing.vormen if scholing else [], start=len(comp.gedragsindicatoren) + 1):
                yield self.maak(vorm, "Scholingsvorm", rol, "", SCHOLINGSVORM_NAMEN[vorm.vorm], [vorm.leerdoel],
                                item, None, j, bron=self.redactie, redactioneel=True, vorm=vorm.vorm)


def items(cat: Catalogus, rol: str | None = None) -> list[Item]:
    """Every item of the catalogue (of one role plus what both share), parents before children."""
    return list(_Wandeling(cat, rol).alles())


def relaties(cat: Catalogus, alle: list[Item], rol: str | None = None) -> list[Relatie]:
    """The editorial links (koppelingen, core competencies) and tombstone successors, in catalogue order.

    alle: the items of the same export (items(cat, rol)); links to anything else are left out.
    """
    gekozen = {it.id for it in alle} | set(RUBRIEKEN)
    uit: list[Relatie] = []
    for r in ROLLEN:
        if rol not in (None, r):
            continue
        # Koppelingen define no IDs, so the catalogue does not record their file: the usual place.
        bestand: str | None = f"{r}/koppelingen.yaml"
        if not (cat.map / bestand).is_file():
            bestand = None
        for kern in cat.kern[r]:
            uit.append(Relatie("kerncompetentie", f"rubriek:{r}", kern.competentie, kern.reden, True, bestand))
        for taak in cat.taken[r]:
            k = cat.koppelingen.get(taak.id)
            if k is None:
                continue
            for soort, doelen in (("vraagt competentie", k.competenties), ("raakt leefgebied", k.leefgebieden),
                                  ("valt in laag", k.lagen)):
                uit += [Relatie(soort, taak.id, d.id, d.reden, True, bestand) for d in doelen]
    for it in alle:
        uit += [Relatie("vervangen door", it.id, nieuw, "", False, it.bestand) for nieuw in it.vervangen_door]
    return [r for r in uit if r.van in gekozen and r.naar in gekozen]
