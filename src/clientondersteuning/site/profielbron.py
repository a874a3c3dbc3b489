"""The one door to the profile code: what `cot profiel bouw` makes for a choice of tasks, and its date.

The site never renders a profile itself. When the profile or document code moves, only the
imports in this module change.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..catalogus import Catalogus


@dataclass(frozen=True)
class ProfielTeksten:
    """One selection as `cot profiel bouw --taken ...` renders it."""

    markdown: str
    definitie: str  # profiel.yaml, as `--bewaar` writes it
    competenties: list[str]  # the numbers of the competencies a self-assessment asks for
    leefgebieden: list[tuple[str, str, list[str]]]  # (id, name, task numbers that touch it)
    taken: list[str]
    docx: bytes | None = None


def profiel_teksten(cat: Catalogus, rol: str, nummers: list[str], docx: bool = False) -> ProfielTeksten:
    from .. import weergave
    from ..beoordeling import eisen_voor
    from ..definitie import definitie_van, definitie_yaml
    from ..profiel import bouw

    profiel = bouw(cat, rol, nummers)
    data = profiel.als_data()
    nummer_van = {t.id: t.nummer for t in profiel.taken}
    return ProfielTeksten(
        markdown=str(weergave.render("profiel", data, "md")),
        definitie=definitie_yaml(definitie_van(profiel)),
        competenties=[e.competentie.nummer for e in eisen_voor(cat, rol, profiel.taken)],
        leefgebieden=[(lg.leefgebied.id, lg.leefgebied.naam, [nummer_van[n.taak.id] for n in lg.taken])
                      for lg in profiel.leefgebieden],
        taken=profiel.taak_nummers,
        docx=bytes(weergave.render("profiel", data, "docx")) if docx else None,
    )


def datum() -> str:
    """Today as the profiles write it ("14 november 2023"), so pages and profiles agree."""
    from ..profiel import datum_tekst, vandaag

    return datum_tekst(vandaag())
