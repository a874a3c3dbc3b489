"""Old numbers to current items: what a saved file meant, read against today's catalogue.

A profile or self-assessment names tasks, competencies and behaviour indicators by number,
and says with which catalogue version (`catalogus_versie`). Numbers change between major
versions; IDs never do. So an old number is looked up in the old version (from git history,
where the catalogue is a git repository) to find its ID, and that ID is followed to today's
items, through the tombstones in vervallen.yaml where it was removed. Without the history,
only the tombstones (their `nummer` and `ouder`) say what moved.

Every number whose meaning changed or vanished gives a warning; a number that cannot be
carried over with certainty is left out, never attributed to another behaviour in silence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .catalogus import Catalogus
from .fouten import CotFout, Melding
from .gegevens import is_soort
from .model import (
    Activiteit,
    Beoordeling,
    Competentie,
    CompetentieBeoordeling,
    Gedragsindicator,
    ProfielDefinitie,
    Taak,
)
from .nummers import reeks_en_index  # the numbering rules' own parser
from .verschil import gezette_stap
from .vervallen import opvolgers, vervallen_sinds


@dataclass(frozen=True)
class Uitkomst:
    """What an old number stands for now: one current ID (carried over), none, or several (a split)."""

    ids: tuple[str, ...]
    waarschuwing: str | None = None  # None: the same item, with the same number and text
    zeker: bool = True  # False: it may have moved, but history to tell is missing
    vervangen: bool = False  # carried to a successor: another item than the file meant

    @property
    def id(self) -> str | None:
        return self.ids[0] if len(self.ids) == 1 else None

    @property
    def gesplitst(self) -> bool:
        return len(self.ids) > 1

    def bij_lezen(self) -> str | None:
        """The warning when a file is read: what happened to the number, and what cot did with it."""
        if self.waarschuwing is None:
            return None
        if self.gesplitst:
            return f"{self.waarschuwing}; cot kan niet kiezen: weggelaten (kies zelf, of zet het bestand om met " \
                   "upgrade)"
        if not self.ids:
            return f"{self.waarschuwing}; weggelaten"
        return self.waarschuwing + ("; telt daar" if self.vervangen else "")


def kort(tekst: str, lengte: int = 60) -> str:
    """The start of a text, to say which behaviour a number meant."""
    return tekst if len(tekst) <= lengte else tekst[:lengte].rsplit(" ", 1)[0] + " …"


@dataclass
class Omzetting:
    """The numbers of catalogue version `van` against the current catalogue."""

    cat: Catalogus
    van: str
    oud: Catalogus | None = None  # the catalogue at version van, from git
    bron: str = "gelijk"  # "gelijk" (same version), "git", "vervallen" (tombstones only), "nieuwer"
    commit: str | None = None
    _cache: dict[tuple[str, ...], Uitkomst | None] = field(default_factory=dict)

    @property
    def naar(self) -> str:
        return self.cat.versie

    @property
    def veranderd(self) -> bool:
        return self.bron != "gelijk"

    def uitleg(self) -> str | None:
        """One line about how old numbers were read, for the file's catalogus_versie; None if the same."""
        if self.bron == "git":
            return None
        if self.bron == "vervallen":
            return (f"catalogusversie {self.van} staat niet in de git-geschiedenis van de catalogus; nummers met "
                    f"een vervallen item (vervallen.yaml) zijn omgezet, de andere gelezen alsof ze sinds "
                    f"{self.van} niet veranderd zijn")
        return None

    # ---- the three kinds of numbers in saved files ---------------------------------------

    def taak(self, rol: str, nummer: str) -> Uitkomst | None:
        """An old task number; None when the number did not exist in that version either."""
        return self._zoek(("taak", rol, nummer), lambda c: c.taak_op_nummer(rol, nummer), "taak")

    def competentie(self, rol: str, nummer: str) -> Uitkomst | None:
        return self._zoek(("competentie", rol, nummer), lambda c: c.competentie_op_nummer(rol, nummer),
                          "competentie")

    def indicator(self, rol: str, competentie: str, nummer: str) -> Uitkomst | None:
        """Behaviour indicator `nummer` of old competency number `competentie`."""
        def vind(c: Catalogus) -> Any:
            comp = c.competentie_op_nummer(rol, competentie)
            return next((i for i in comp.gedragsindicatoren if i.nummer == nummer), None) if comp else None

        return self._zoek(("indicator", rol, competentie, nummer), vind, "gedragsindicator",
                          ouder_nummer=competentie, rol=rol)

    # ---- looking up -------------------------------------------------------------------------

    def _zoek(self, sleutel: tuple[str, ...], vind: Any, soort: str, ouder_nummer: str | None = None,
              rol: str = "informeel") -> Uitkomst | None:
        if sleutel not in self._cache:
            if self.bron in ("gelijk", "nieuwer"):  # read as the current catalogue
                item = vind(self.cat)
                self._cache[sleutel] = Uitkomst((item.id,)) if item is not None else None
            elif self.oud is not None:
                self._cache[sleutel] = self._via_id(vind(self.oud), soort, ouder_nummer)
            else:
                self._cache[sleutel] = self._via_vervallen(sleutel[-1], vind, soort, ouder_nummer, rol)
        return self._cache[sleutel]

    def naam(self, item_id: str) -> str:
        """'taak 4', 'competentie 4.3' or 'gedragsindicator 4.3.3' in the current catalogue."""
        return naam(self.cat, item_id)

    def _oude_naam(self, soort: str, nummer: str, ouder_nummer: str | None) -> str:
        volledig = f"{ouder_nummer}.{nummer}" if ouder_nummer else nummer
        return f"{soort} {volledig} van catalogusversie {self.van}"

    def _via_id(self, oud_item: Any, soort: str, ouder_nummer: str | None) -> Uitkomst | None:
        if oud_item is None:
            return None
        oud = self._oude_naam(soort, oud_item.nummer, ouder_nummer)
        wat = f"{oud} ('{kort(_tekst(oud_item))}')"
        nu = opvolgers(self.cat, oud_item.id)
        if nu is None:
            return Uitkomst((), f"{wat} bestaat niet meer en vervallen.yaml noemt geen opvolger")
        if not nu:
            return Uitkomst((), f"{wat} is vervallen zonder opvolger")
        if len(nu) > 1:
            namen = " en ".join(f"{self.naam(i)} ('{kort(_tekst(self.cat.items[i]), 40)}')" for i in nu)
            return Uitkomst(tuple(nu), f"{wat} is gesplitst in {namen}")
        (nieuw_id,) = nu
        nieuw = self.cat.items[nieuw_id]
        if nieuw_id != oud_item.id:
            return Uitkomst((nieuw_id,), f"{wat} is vervangen door {self.naam(nieuw_id)} "
                                         f"('{kort(_tekst(nieuw))}')", vervangen=True)
        delen = []
        if self._nummer_veranderd(oud_item, nieuw_id, ouder_nummer):
            delen.append(f"heet nu {self.naam(nieuw_id)}")
        if _tekst(oud_item) != _tekst(nieuw):
            delen.append(f"de tekst is veranderd in '{kort(_tekst(nieuw))}': kijk of het nog klopt")
        if not delen:
            return Uitkomst((nieuw_id,))
        return Uitkomst((nieuw_id,), f"{wat} {' en '.join(delen)}")

    def _nummer_veranderd(self, oud_item: Any, nieuw_id: str, ouder_nummer: str | None) -> bool:
        ouder = self.cat.ouders.get(nieuw_id)
        nu = f"{self.cat.items[ouder].nummer}.{self.cat.items[nieuw_id].nummer}" if ouder \
            else self.cat.items[nieuw_id].nummer
        toen = f"{ouder_nummer}.{oud_item.nummer}" if ouder_nummer else oud_item.nummer
        return nu != toen

    def _via_vervallen(self, nummer: str, vind: Any, soort: str, ouder_nummer: str | None,
                       rol: str) -> Uitkomst | None:
        """Without history: a tombstone with this number (and parent) says where it went; a series
        that lost an item since then may have been renumbered, so its other numbers are unsure."""
        oud = self._oude_naam(soort, nummer, ouder_nummer)
        ouder_id: str | None = None
        if ouder_nummer is not None:
            ouder = self.competentie(rol, ouder_nummer)
            if ouder is None or ouder.id is None:
                return Uitkomst((), f"{oud} is niet zeker om te zetten: competentie {ouder_nummer} is veranderd",
                                zeker=False) if ouder is not None else None
            ouder_id = ouder.id
        graven = [v for v in vervallen_sinds(self.cat, self.van) if v.ouder == ouder_id]
        graf = next((v for v in graven if v.nummer == nummer), None)
        if graf is not None:
            nu = opvolgers(self.cat, graf.id) or []
            if not nu:
                return Uitkomst((), f"{oud} is vervallen in {graf.vervallen_in} zonder opvolger")
            if len(nu) > 1:
                namen = " en ".join(self.naam(i) for i in nu)
                return Uitkomst(tuple(nu), f"{oud} is gesplitst in {namen}")
            return Uitkomst((nu[0],), f"{oud} is vervallen in {graf.vervallen_in} en vervangen door "
                                      f"{self.naam(nu[0])} ('{kort(_tekst(self.cat.items[nu[0]]))}')", vervangen=True)
        item = vind(self.cat) if ouder_id is None else next(
            (i for i in self.cat.items[ouder_id].gedragsindicatoren if i.nummer == nummer), None)
        # Numbering is contiguous per series ('4.1', '4.2' ... / '1', '2' ...): removing one shifts
        # only the numbers after it in the same series.
        reeks, plek = reeks_en_index(nummer, False)
        graven = [v for v in graven if v.nummer is None or (
            reeks_en_index(v.nummer, False)[0] == reeks and reeks_en_index(v.nummer, False)[1] <= plek)]
        if graven:
            weg = ", ".join(sorted(v.nummer or v.id for v in graven))
            return Uitkomst((), f"{oud} is niet zeker om te zetten: in deze reeks is sindsdien nummer {weg} "
                                "vervallen, dus de nummers erna kunnen verschoven zijn", zeker=False)
        return Uitkomst((item.id,)) if item is not None else None


def naam(cat: Catalogus, item_id: str) -> str:
    """'taak 4', 'competentie 4.3', 'gedragsindicator 4.3.3' or 'activiteit 3.2' (current numbers)."""
    item = cat.items[item_id]
    ouder = cat.ouders.get(item_id)
    if is_soort(item, Gedragsindicator) and ouder:
        return f"gedragsindicator {cat.items[ouder].nummer}.{item.nummer}"
    if is_soort(item, Activiteit) and ouder:
        return f"activiteit {cat.items[ouder].nummer}.{item.nummer}"
    soort = "taak" if is_soort(item, Taak) else "competentie" if is_soort(item, Competentie) else "item"
    nummer = getattr(item, "nummer", None)
    return f"{soort} {nummer}" if nummer else f"{soort} {item_id}"


def _tekst(item: Any) -> str:
    return str(getattr(item, "titel", None) or getattr(item, "tekst", ""))


# One Omzetting per catalogue and version per run: a team of 1,000 files shares it.
_OMZETTINGEN: dict[tuple[int, str], tuple[Catalogus, Omzetting]] = {}


def omzetting(cat: Catalogus, versie: str | None) -> Omzetting:
    """How numbers of version `versie` map to the current catalogue (no version: the current one)."""
    if versie is None or versie == cat.versie:
        return Omzetting(cat, cat.versie)
    sleutel = (id(cat), versie)
    if sleutel in _OMZETTINGEN and _OMZETTINGEN[sleutel][0] is cat:
        return _OMZETTINGEN[sleutel][1]
    ouder = gezette_stap(versie, cat.versie) is not None  # the catalogue went up since the file
    uit = Omzetting(cat, versie, bron="vervallen" if ouder else "nieuwer")
    if uit.bron == "vervallen":
        try:
            from .git import laad_revisie, revisie_met_versie

            sha = revisie_met_versie(cat.map, versie)
            if sha is not None:
                oud, _, _ = laad_revisie(cat.map, sha)
                uit = Omzetting(cat, versie, oud=oud, bron="git", commit=sha)
        except CotFout:
            pass  # not in a git repository (an installed package, a copied folder): tombstones only
    _OMZETTINGEN[sleutel] = (cat, uit)
    return uit


# ---- saved files ---------------------------------------------------------------------------


def _waarschuw(bestand: Any, loc: tuple[Any, ...], tekst: str, sleutel: bool = False) -> Melding:
    return bestand.melding(loc, tekst, "catalogus-versie", sleutel=sleutel, ernst="waarschuwing")


def _kop(cat: Catalogus, omz: Omzetting, bestand: Any, opdracht: str) -> list[Melding]:
    """The file-level line: made with another version, numbers carried over, how to upgrade."""
    if omz.bron == "nieuwer":
        tekst = (f"gemaakt met catalogusversie {omz.van}, nieuwer dan de huidige ({cat.versie}): de nummers zijn "
                 "gelezen met de huidige catalogus en kunnen iets anders betekenen; werk cot of de catalogus bij")
    else:
        tekst = (f"gemaakt met catalogusversie {omz.van}, nu is het {cat.versie}: cot leest de nummers zoals ze "
                 f"in {omz.van} bedoeld waren; zet het bestand om met '{opdracht} {bestand.naam}'")
        if omz.uitleg():
            tekst += f". Let op: {omz.uitleg()}"
    # Every old file gets this line: find it in the text rather than parse the file again for positions.
    gevonden = re.search(r"^catalogus_versie[ \t]*:[ \t]*", bestand.tekst, flags=re.MULTILINE)
    if gevonden is None:
        return [_waarschuw(bestand, ("catalogus_versie",), tekst)]
    regel = bestand.tekst.count("\n", 0, gevonden.start()) + 1
    return [Melding(bestand.naam, regel, gevonden.end() - gevonden.start() + 1, "catalogus-versie", tekst,
                    "waarschuwing")]


def _taken(cat: Catalogus, omz: Omzetting, bestand: Any, rol: str, taken: Any
           ) -> tuple[Any, list[Melding]]:
    if not isinstance(taken, list):
        return taken, []  # "alle" or nothing: nothing to carry over
    nieuw: list[Any] = []
    meldingen: list[Melding] = []
    for i, nummer in enumerate(taken):
        uitkomst = omz.taak(rol, str(nummer))
        if uitkomst is None:
            nieuw.append(nummer)  # unknown then too: the usual check reports it
            continue
        if uitkomst.waarschuwing:
            meldingen.append(_waarschuw(bestand, ("taken", i), str(uitkomst.bij_lezen())))
        if uitkomst.id is None:
            continue
        huidig = cat.items[uitkomst.id].nummer
        if huidig in nieuw:
            meldingen.append(_waarschuw(bestand, ("taken", i), f"taak {huidig} staat al in de keuze; één keer geteld"))
            continue
        nieuw.append(huidig)
    return nieuw, meldingen


def definitie(cat: Catalogus, d: ProfielDefinitie, bestand: Any) -> tuple[ProfielDefinitie, list[Melding]]:
    """A saved profile in the current catalogue's numbers, with a warning for every changed meaning."""
    omz = omzetting(cat, d.catalogus_versie)
    if not omz.veranderd:
        return d, []
    meldingen = _kop(cat, omz, bestand, "cot profiel upgrade")
    taken, extra = _taken(cat, omz, bestand, d.rol, d.taken)
    meldingen += extra
    normen: dict[str, int] = {}
    for nummer, norm in d.normen.items():
        uitkomst = omz.competentie(d.rol, nummer)
        if uitkomst is None:
            normen[nummer] = norm
            continue
        if uitkomst.waarschuwing:
            meldingen.append(_waarschuw(bestand, ("normen", nummer), f"norm: {uitkomst.bij_lezen()}", True))
        if uitkomst.id is not None:
            normen.setdefault(cat.items[uitkomst.id].nummer, norm)
    return d.model_copy(update={"taken": taken, "normen": normen, "catalogus_versie": cat.versie}), meldingen


def beoordeling(cat: Catalogus, b: Beoordeling, bestand: Any, rol: str) -> tuple[Beoordeling, list[Melding]]:
    """A self-assessment in the current catalogue's numbers; scores that cannot be carried over are left
    out, each with a warning. Positions of later messages follow the renamed keys (bestand.sleutels)."""
    if b.catalogus_versie is None:
        return b, [_waarschuw(bestand, (), (
            f"het bestand noemt geen catalogus_versie: gelezen met de huidige catalogus ({cat.versie}); zet "
            f"'catalogus_versie: \"{cat.versie}\"' erin als de scores bij deze versie horen"))]
    omz = omzetting(cat, b.catalogus_versie)
    if not omz.veranderd:
        return b, []
    meldingen = _kop(cat, omz, bestand, "cot scholing upgrade")
    taken, extra = _taken(cat, omz, bestand, rol, b.taken)
    meldingen += extra
    competenties: dict[str, CompetentieBeoordeling] = {}
    hernoemd: dict[tuple[str, ...], tuple[str, ...]] = {}
    for sleutel, cb in b.competenties.items():
        nummer = str(sleutel)
        uitkomst = omz.competentie(rol, nummer)
        loc = ("competenties", nummer)
        if uitkomst is None:
            competenties[nummer] = cb
            continue
        if uitkomst.waarschuwing:
            meldingen.append(_waarschuw(bestand, loc, str(uitkomst.bij_lezen()), True))
        if uitkomst.id is None:
            continue
        huidig = cat.items[uitkomst.id].nummer
        if huidig in competenties:
            meldingen.append(_waarschuw(bestand, loc, f"competentie {huidig} heeft al een score; deze is weggelaten",
                                        True))
            continue
        indicatoren: dict[int | str, int] = {}
        for ind, score in cb.indicatoren.items():
            ind_loc = (*loc, "indicatoren", str(ind))
            ind_uitkomst = omz.indicator(rol, nummer, str(ind))
            if ind_uitkomst is None:
                indicatoren[str(ind)] = score
                continue
            if ind_uitkomst.id is not None and cat.ouders.get(ind_uitkomst.id) != uitkomst.id:
                tekst = (f"gedragsindicator {nummer}.{ind} van catalogusversie {omz.van} staat nu als "
                         f"{naam(cat, ind_uitkomst.id)} onder een andere competentie")
                ind_uitkomst = Uitkomst((), tekst)
            if ind_uitkomst.waarschuwing:
                meldingen.append(_waarschuw(bestand, ind_loc, f"score: {ind_uitkomst.bij_lezen()}", True))
            if ind_uitkomst.id is None:
                continue
            ind_nummer = cat.items[ind_uitkomst.id].nummer
            if ind_nummer in indicatoren:
                meldingen.append(_waarschuw(bestand, ind_loc, (
                    f"gedragsindicator {huidig}.{ind_nummer} heeft al een score; deze is weggelaten"), True))
                continue
            indicatoren[ind_nummer] = score
            hernoemd[("competenties", huidig, "indicatoren", ind_nummer)] = ind_loc
        # The same indicator scores under the same (text) keys, as most files have none: no copy.
        gelijk = indicatoren == cb.indicatoren
        competenties[huidig] = cb if gelijk else cb.model_copy(update={"indicatoren": indicatoren})
        hernoemd[("competenties", huidig)] = loc
    sleutels = getattr(bestand, "sleutels", None)
    if isinstance(sleutels, dict):  # messages about the new keys point at the keys in the file
        oud = dict(sleutels)
        for nieuw, was in hernoemd.items():
            if was in oud:
                sleutels[nieuw] = oud[was]
    return b.model_copy(update={"taken": taken, "competenties": competenties,
                                "catalogus_versie": cat.versie}), meldingen
