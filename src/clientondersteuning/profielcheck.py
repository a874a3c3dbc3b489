"""What changed in the catalogue for a saved profile since it was built (cot profiel check).

The version the profile names is looked up in the catalogue's git history; the semantic diff
between then and now is limited to the profile's tasks and the competencies they need(ed).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .catalogus import Catalogus
from .definitie import lees_profiel
from .fouten import CotFout, KeuzeFout, Melding, toon_pad
from .verschil import CatalogusVerschil


@dataclass
class ProfielCheck:
    """The result: verschil is None when the profile was built with the current version."""

    versie: str  # the catalogue version now
    verschil: CatalogusVerschil | None = None
    label: str = ""  # how the old side is named: the revision given, or "catalogusversie X"
    commit: str | None = None
    oude_versie: str = ""
    waarschuwingen: list[Melding] = field(default_factory=list)  # numbers carried over from its version

    @property
    def opnieuw_maken(self) -> bool:
        return self.verschil is not None and not self.verschil.leeg


def controleer_profiel(cat: Catalogus, map_: Path, pad: Path, basis: str | None = None) -> ProfielCheck:
    """Compare the catalogue at the profile's version (or at basis) with cat. Raises CotFout."""
    from .git import laad_revisie, revisie_met_versie
    from .keuze import kies_taken
    from .verschil import beperk, vergelijk

    bewaard = lees_profiel(cat, pad)  # carried over to today's numbers, which must exist
    d = bewaard.oorspronkelijk or bewaard.definitie  # as written: the numbers of its own version
    nu = bewaard.definitie
    if d.catalogus_versie is None and basis is None:
        raise CotFout(bewaard.geladen.bestand.melding((), (
            "het profiel noemt geen 'catalogus_versie'; geef met --basis de git-revisie waarmee het gebouwd is"),
            "catalogus-versie"))
    revisie = basis
    if revisie is None:
        if d.catalogus_versie == cat.versie:
            return ProfielCheck(cat.versie, waarschuwingen=bewaard.waarschuwingen)
        revisie = revisie_met_versie(map_, str(d.catalogus_versie))
        if revisie is None:
            raise CotFout(Melding(toon_pad(pad), code="catalogus-versie", tekst=(
                f"catalogusversie {d.catalogus_versie} staat niet in de git-geschiedenis van "
                f"{toon_pad(map_)}; geef met --basis de revisie waarmee het profiel gebouwd is")))
    oud, meldingen, commit = laad_revisie(map_, revisie)
    if oud is None or any(m.ernst == "fout" for m in meldingen):
        raise CotFout([Melding(toon_pad(map_), code="catalogus", tekst=(
            f"de catalogus op '{revisie}' is onbruikbaar; vergelijken kan niet")), *meldingen])
    # The profile's tasks as they were then and are now, and every competency they need(ed).
    ids: set[str] = set()
    for c, keuze in ((oud, d.taken), (cat, nu.taken)):
        try:
            taken = kies_taken(c, d.rol, keuze)
        except KeuzeFout:  # a number that did not exist in one of the two versions
            continue
        ids |= {t.id for t in taken}
        ids |= {comp.id for comp, _, _ in c.competenties_voor(d.rol, [t.id for t in taken])}
    label = basis if basis is not None else f"catalogusversie {d.catalogus_versie}"
    return ProfielCheck(cat.versie, beperk(vergelijk(oud, cat), ids), label, commit, oud.versie,
                        bewaard.waarschuwingen)
