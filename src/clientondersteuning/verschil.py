"""Semantic diff of two catalogues, keyed by stable ID, and the versioning rules.

Every item at the finest level (an activity is its own item) is flattened into
``id -> Item(soort, ouder, nummer, velden)``; two flattenings are compared by ID. Pure: no
files, no git, no printing.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .catalogus import ROLLEN, Catalogus, onderdelen_van

# Link-like kinds: adding or removing one is a minor step, not a major one.
KOPPELINGSOORTEN = {"koppeling", "kern", "eenvoudig"}
# Fields that classify rather than say something: changing one is a minor step.
INDELINGSVELDEN = {"soort", "cluster", "vorm", "redactioneel", "titel_redactioneel", "gevolgd_door"}
STAPPEN = ("patch", "minor", "major")
ALINEA = "¶"  # between the paragraphs of a list field, so a word diff shows where they split


@dataclass(frozen=True)
class Item:
    soort: str
    ouder: str | None
    nummer: str | None
    velden: dict[str, Any]


@dataclass(frozen=True)
class Wijziging:
    id: str
    oud: Item
    nieuw: Item
    velden: dict[str, tuple[Any, Any]]  # field -> (old, new), content fields only

    @property
    def soort(self) -> str:
        return self.nieuw.soort

    @property
    def hernummerd(self) -> bool:
        return self.oud.nummer != self.nieuw.nummer

    @property
    def verplaatst(self) -> bool:
        return self.oud.ouder != self.nieuw.ouder


@dataclass
class CatalogusVerschil:
    oud: dict[str, Item]
    nieuw: dict[str, Item]
    oud_versie: str = ""
    nieuw_versie: str = ""
    toegevoegd: list[str] = field(default_factory=list)
    verwijderd: list[str] = field(default_factory=list)
    gewijzigd: list[Wijziging] = field(default_factory=list)
    # Removed items with a tombstone in the new catalogue: id -> its successors (vervangen_door).
    vervangen: dict[str, list[str]] = field(default_factory=dict)
    # Tombstones themselves added, changed or removed (not for items removed in this diff): id -> what.
    grafstenen: dict[str, str] = field(default_factory=dict)

    @property
    def leeg(self) -> bool:
        return not (self.toegevoegd or self.verwijderd or self.gewijzigd or self.grafstenen)


@dataclass(frozen=True)
class Reden:
    stap: str  # "major", "minor" or "patch"
    wat: str  # "verwijderd", "toegevoegd", "hernummerd", "verplaatst", "gewijzigd: tekst" ...
    id: str


# ---- flattening ----------------------------------------------------------------------------


def _lijst(teksten: Iterable[str]) -> str | None:
    teksten = list(teksten)
    return f" {ALINEA} ".join(teksten) if teksten else None


def _herkomst(h: Any) -> str:
    return f"{h.bron} {h.sectie}"


def _bron(*items: Any) -> dict[str, Any]:
    """What is ours beside the source text: corrections (of the item, its case and notes), the mark."""
    velden: dict[str, Any] = {"correcties": _lijst(
        f"{c.van} → {c.naar}" for item in items if item is not None for c in getattr(item, "correcties", []))}
    if hasattr(items[0], "titel_redactioneel"):
        velden["titel_redactioneel"] = items[0].titel_redactioneel
    return velden


def plat(cat: Catalogus) -> dict[str, Item]:
    """Every item of the catalogue by its key: the stable ID, or 'taak->doel' for a link."""
    items: dict[str, Item] = {}

    def zet(sleutel: str, wat: str, ouder: str | None, nummer: str | None, /, **velden: Any) -> None:
        items[sleutel] = Item(wat, ouder, nummer, velden)

    zet("(catalogus)", "catalogus", None, None, naam=cat.meta.naam, beschrijving=cat.meta.beschrijving)
    for b in cat.bronnen.values():
        zet(b.id, "bron", None, None, titel=b.titel, uitgever=b.uitgever, datum=b.datum, url=b.url,
            omschrijving=b.omschrijving, redactioneel=b.redactioneel)
    for rol in ROLLEN:
        for t in cat.taken[rol]:
            zet(t.id, "taak", rol, t.nummer, titel=t.titel, titel_kort=t.titel_kort, soort=t.soort,
                herkomst=_herkomst(t.herkomst), alineas=_lijst(t.alineas),
                casus=_lijst(t.casus.alineas) if t.casus else None,
                inleiding_activiteiten=t.inleiding_activiteiten,
                voetnoten=_lijst(f"{v.nummer}. {v.tekst}" for v in t.voetnoten),
                **_bron(t, t.casus, *t.voetnoten))
            for soort, kind, ouder in onderdelen_van(t):
                zet(kind.id, soort, ouder, kind.nummer, tekst=kind.tekst, **_bron(kind))
        for c in cat.competenties[rol]:
            zet(c.id, "competentie", rol, c.nummer, titel=c.titel, titel_kort=c.titel_kort, cluster=c.cluster,
                herkomst=_herkomst(c.herkomst), omschrijving=c.omschrijving,
                inleiding_indicatoren=c.inleiding_indicatoren,
                voetnoten=_lijst(f"{v.nummer}. {v.tekst}" for v in c.voetnoten),
                **_bron(c, *c.voetnoten))
            for soort, kind, ouder in onderdelen_van(c):
                zet(kind.id, soort, ouder, kind.nummer, tekst=kind.tekst, **_bron(kind))
        for k in cat.kern[rol]:
            zet(f"kern:{rol}->{k.competentie}", "kern", k.competentie, None, rol=rol, reden=k.reden)
    for lg in cat.leefgebieden:
        zet(lg.id, "leefgebied", None, lg.nummer, naam=lg.naam, themas=_lijst(lg.themas),
            herkomst=_herkomst(lg.herkomst), **_bron(lg))
    for laag in cat.lagen:
        zet(laag.id, "laag", None, laag.nummer, titel=laag.titel, tekst=laag.tekst,
            herkomst=_herkomst(laag.herkomst), **_bron(laag))
    for tb in cat.tekstblokken:
        zet(tb.id, "tekstblok", None, tb.nummer, soort=tb.soort, titel=tb.titel, alineas=_lijst(tb.alineas),
            punten=_lijst(tb.punten), casus=_lijst(tb.casus.alineas) if tb.casus else None,
            gevolgd_door=tb.gevolgd_door, herkomst=_herkomst(tb.herkomst), **_bron(tb, tb.casus))
    for kp in cat.koppelingen.values():
        for veld, naar in (("competenties", "competentie"), ("leefgebieden", "leefgebied"),
                           ("lagen", "laag")):
            for d in getattr(kp, veld):
                zet(f"{kp.taak}->{d.id}", "koppeling", kp.taak, None, naar=naar, reden=d.reden)
    for cs in cat.scholing.values():
        for v in cs.vormen:
            zet(v.id, "scholingsvorm", cs.competentie, None, vorm=v.vorm, leerdoel=v.leerdoel)
    for item_id, et in cat.eenvoudig.items():
        zet(f"eenvoudig:{item_id}", "eenvoudig", item_id, None, wat_je_doet=getattr(et, "wat_je_doet", None),
            kort=getattr(et, "kort", None), kwaliteit=getattr(et, "kwaliteit", None))
    return items


# ---- comparing -----------------------------------------------------------------------------


def vergelijk_items(oud: dict[str, Item], nieuw: dict[str, Item], oud_versie: str = "",
                    nieuw_versie: str = "") -> CatalogusVerschil:
    diff = CatalogusVerschil(oud, nieuw, oud_versie, nieuw_versie)
    for sleutel, na in nieuw.items():
        voor = oud.get(sleutel)
        if voor is None or voor.soort != na.soort:
            diff.toegevoegd.append(sleutel)
            continue
        velden = {v: (voor.velden.get(v), na.velden.get(v)) for v in {**voor.velden, **na.velden}
                  if voor.velden.get(v) != na.velden.get(v)}
        if velden or voor.nummer != na.nummer or voor.ouder != na.ouder:
            diff.gewijzigd.append(Wijziging(sleutel, voor, na, velden))
    diff.verwijderd = [s for s, voor in oud.items() if s not in nieuw or nieuw[s].soort != voor.soort]
    return diff


def vergelijk(oud: Catalogus, nieuw: Catalogus) -> CatalogusVerschil:
    """The semantic diff from catalogue oud to catalogue nieuw (the version itself is no content)."""
    diff = vergelijk_items(plat(oud), plat(nieuw), oud.versie, nieuw.versie)
    diff.vervangen = {s: list(nieuw.vervallen[s].vervangen_door) for s in diff.verwijderd if s in nieuw.vervallen}
    for item_id, graf in nieuw.vervallen.items():
        if item_id in diff.vervangen:
            continue
        eerder = oud.vervallen.get(item_id)
        if eerder is None:
            diff.grafstenen[item_id] = "toegevoegd"
        elif eerder.vervangen_door != graf.vervangen_door:
            diff.grafstenen[item_id] = "gewijzigd"
    diff.grafstenen |= {item_id: "verwijderd" for item_id in oud.vervallen if item_id not in nieuw.vervallen}
    return diff


# Kinds a saved file or document names: removing one should leave a tombstone.
GRAFSTEEN_SOORTEN = {"taak", "activiteit", "competentie", "gedragsindicator"}


def zonder_grafsteen(diff: CatalogusVerschil) -> list[str]:
    """Removed tasks, activities, competencies and indicators without a tombstone (children of a
    removed item are covered by their parent's)."""
    weg = set(diff.verwijderd)
    return [s for s in diff.verwijderd if diff.oud[s].soort in GRAFSTEEN_SOORTEN and s not in diff.vervangen
            and diff.oud[s].ouder not in weg]


def volledig_nummer(items: dict[str, Item], sleutel: str) -> str:
    """'4.3.2' for indicator 2 of competency 4.3, '3.2' for activity 2 of task 3; the ID if unnumbered."""
    delen: list[str] = []
    huidig: str | None = sleutel
    while huidig is not None and huidig in items and items[huidig].nummer:
        delen.insert(0, str(items[huidig].nummer))
        huidig = items[huidig].ouder
    return ".".join(delen) or sleutel


def beperk(diff: CatalogusVerschil, ids: Iterable[str]) -> CatalogusVerschil:
    """The part of a diff about these IDs and their children (activities, links, training forms ...)."""
    gekozen = set(ids)

    def binnen(sleutel: str) -> bool:
        for items in (diff.oud, diff.nieuw):
            huidig: str | None = sleutel
            gezien: set[str] = set()
            while huidig is not None and huidig not in gezien:
                if huidig in gekozen:
                    return True
                gezien.add(huidig)
                item = items.get(huidig)
                huidig = item.ouder if item is not None else None
        return False

    verwijderd = [s for s in diff.verwijderd if binnen(s)]
    return CatalogusVerschil(diff.oud, diff.nieuw, diff.oud_versie, diff.nieuw_versie,
                             [s for s in diff.toegevoegd if binnen(s)], verwijderd,
                             [w for w in diff.gewijzigd if binnen(w.id)],
                             {s: v for s, v in diff.vervangen.items() if s in verwijderd})


def woorddiff(oud: str | None, nieuw: str | None) -> list[tuple[str, str]]:
    """Word-level diff as (op, words) with op '=' (same), '-' (removed) or '+' (added)."""
    a, b = (oud or "").split(), (nieuw or "").split()
    delen: list[tuple[str, str]] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            delen.append(("=", " ".join(a[i1:i2])))
            continue
        if i2 > i1:
            delen.append(("-", " ".join(a[i1:i2])))
        if j2 > j1:
            delen.append(("+", " ".join(b[j1:j2])))
    return delen


# ---- versions ------------------------------------------------------------------------------


def redenen(diff: CatalogusVerschil) -> list[Reden]:
    """Every change with the version step it demands."""
    uit: list[Reden] = []
    for s in diff.verwijderd:  # with a successor or without: an old file's number no longer holds
        wat = "vervangen" if s in diff.vervangen else "verwijderd"
        uit.append(Reden("minor" if diff.oud[s].soort in KOPPELINGSOORTEN else "major", wat, s))
    uit += [Reden("minor", "toegevoegd", s) for s in diff.toegevoegd]
    # A tombstone added or changed later only says more; taking one away breaks old files.
    uit += [Reden("major" if wat == "verwijderd" else "minor", f"vervallen item {wat}", s)
            for s, wat in diff.grafstenen.items()]
    for w in diff.gewijzigd:
        if w.hernummerd:
            uit.append(Reden("major", "hernummerd", w.id))
        if w.verplaatst:
            uit.append(Reden("major", "verplaatst", w.id))
        for veld in sorted(w.velden):
            uit.append(Reden("minor" if veld in INDELINGSVELDEN else "patch", f"{veld} gewijzigd", w.id))
    return uit


def vereiste_stap(diff: CatalogusVerschil) -> tuple[str | None, list[Reden]]:
    """The smallest version step the diff demands ('major', 'minor', 'patch' or None), with the reasons."""
    alle = redenen(diff)
    if not alle:
        return None, []
    return max((r.stap for r in alle), key=STAPPEN.index), alle


def semver(versie: str) -> tuple[int, int, int] | None:
    gevonden = re.fullmatch(r"(\d+)\.(\d+)\.(\d+)", versie.strip())
    return (int(gevonden[1]), int(gevonden[2]), int(gevonden[3])) if gevonden else None


def gezette_stap(oud: str, nieuw: str) -> str | None:
    """The step from oud to nieuw: 'major', 'minor', 'patch', or None when it did not go up."""
    a, b = semver(oud), semver(nieuw)
    if a is None or b is None or b <= a:
        return None
    if b[0] > a[0]:
        return "major"
    return "minor" if b[1] > a[1] else "patch"


def volgende_versie(versie: str, stap: str) -> str:
    a = semver(versie) or (0, 0, 0)
    if stap == "major":
        return f"{a[0] + 1}.0.0"
    if stap == "minor":
        return f"{a[0]}.{a[1] + 1}.0"
    return f"{a[0]}.{a[1]}.{a[2] + 1}"


def _toon_redenen(alle: list[Reden], per_soort: int = 3) -> str:
    """'major: verwijderd: a, b; hernummerd: c en 4 meer; minor: toegevoegd: d'."""
    delen = []
    for stap in reversed(STAPPEN):
        groepen: dict[str, list[str]] = {}
        for r in alle:
            if r.stap == stap:
                groepen.setdefault(r.wat, []).append(r.id)
        if not groepen:
            continue
        teksten = []
        for wat, ids in groepen.items():
            tekst = f"{wat}: {', '.join(ids[:per_soort])}"
            if len(ids) > per_soort:
                tekst += f" en {len(ids) - per_soort} meer"
            teksten.append(tekst)
        delen.append(f"{stap} ({'; '.join(teksten)})")
    return ", ".join(delen)


def heeft_changelog_kop(changelog: str, versie: str) -> bool:
    """Whether CHANGELOG.md has a heading '## <versie>' (also '## [1.2.0]' or '## 1.2.0 (datum)')."""
    patroon = rf"^##\s+\[?v?{re.escape(versie)}\]?(\s|$)"
    return re.search(patroon, changelog, flags=re.MULTILINE) is not None


def versiecontrole(diff: CatalogusVerschil, changelog: str | None, basis: str) -> list[tuple[str, str]]:
    """The version rules: a list of (where, message), where is 'versie' or 'changelog'; empty if fine."""
    stap, alle = vereiste_stap(diff)
    if stap is None:
        return []
    problemen: list[tuple[str, str]] = []
    gezet = gezette_stap(diff.oud_versie, diff.nieuw_versie)
    if gezet is None or STAPPEN.index(gezet) < STAPPEN.index(stap):
        if diff.oud_versie == diff.nieuw_versie:
            nu = f"niet opgehoogd ({diff.oud_versie})"
        else:
            soort = "geen ophoging" if gezet is None else f"een {gezet}-stap"
            nu = f"{diff.oud_versie} → {diff.nieuw_versie}, {soort}"
        problemen.append(("versie", (
            f"de catalogus is gewijzigd sinds {basis}, maar de versie is {nu}: nodig is minstens een "
            f"{stap}-stap (versie {volgende_versie(diff.oud_versie, stap)}). Wat welke stap vraagt: "
            f"{_toon_redenen(alle)}")))
    if changelog is None:
        problemen.append(("changelog", (
            f"CHANGELOG.md ontbreekt; maak het aan met een kop '## {diff.nieuw_versie}' en de wijzigingen")))
    elif not heeft_changelog_kop(changelog, diff.nieuw_versie):
        problemen.append(("changelog", (
            f"CHANGELOG.md heeft geen kop '## {diff.nieuw_versie}'; beschrijf daar de wijzigingen "
            "van deze versie")))
    return problemen


Diff = CatalogusVerschil  # the old name, for code written before the vocabulary pass (remove in 0.3)
