"""Comparing two profiles by stable ID: what B has that A has not, and the other way round."""

from __future__ import annotations

from dataclasses import dataclass, field

from .profiel import Profiel


@dataclass
class ProfielVerschil:
    """One kind of difference: what B has that A has not (erbij), the other way round (eraf), as
    (id, label); and for the profile's own details, what changed (gewijzigd: label, in A, in B)."""

    soort: str  # "taken", "activiteiten", "competenties", "leefgebieden", "lagen", "gegevens"
    erbij: list[tuple[str, str]] = field(default_factory=list)
    eraf: list[tuple[str, str]] = field(default_factory=list)
    gewijzigd: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def leeg(self) -> bool:
        return not self.erbij and not self.eraf and not self.gewijzigd


def _vergelijk(soort: str, links: list[tuple[str, str]], rechts: list[tuple[str, str]]) -> ProfielVerschil:
    links_ids = {i for i, _ in links}
    rechts_ids = {i for i, _ in rechts}
    return ProfielVerschil(soort, erbij=[x for x in rechts if x[0] not in links_ids],
                    eraf=[x for x in links if x[0] not in rechts_ids])


def _gegevens(p: Profiel, gedeeld: set[str]) -> dict[str, str]:
    rijen = {
        "naam": p.naam,
        "rol": p.rol,
        "organisatie": p.organisatie.naam if p.organisatie else "geen",
        "catalogusversie": p.catalogus_versie,
    }
    for c in p.competenties:
        if c.competentie.id in gedeeld:
            rijen[f"norm {c.competentie.nummer}"] = str(c.norm)
    return rijen


def verschil(a: Profiel, b: Profiel) -> list[ProfielVerschil]:
    """Differences by stable ID, in catalogue order. Every kind is there; ProfielVerschil.leeg if equal."""

    def taken(p: Profiel) -> list[tuple[str, str]]:
        return [(t.id, f"{t.nummer} {t.titel}") for t in p.taken]

    def activiteiten(p: Profiel) -> list[tuple[str, str]]:
        return [(act.id, f"taak {t.nummer}, activiteit {act.nummer}: {act.tekst}")
                for t in p.taken for act in t.activiteiten]

    def competenties(p: Profiel) -> list[tuple[str, str]]:
        return [(c.competentie.id, f"{c.competentie.nummer} {c.competentie.titel}") for c in p.competenties]

    def leefgebieden(p: Profiel) -> list[tuple[str, str]]:
        return [(lg.leefgebied.id, f"{lg.leefgebied.nummer} {lg.leefgebied.naam}") for lg in p.leefgebieden]

    def lagen(p: Profiel) -> list[tuple[str, str]]:
        return [(la.laag.id, f"{la.laag.nummer} {la.laag.titel}") for la in p.lagen]

    gedeeld = {c.competentie.id for c in a.competenties} & {c.competentie.id for c in b.competenties}
    links, rechts = _gegevens(a, gedeeld), _gegevens(b, gedeeld)
    gegevens = ProfielVerschil("gegevens", gewijzigd=[
        (label, links[label], rechts[label])
        for label in links if label in rechts and links[label] != rechts[label]])
    return [
        _vergelijk("taken", taken(a), taken(b)),
        _vergelijk("activiteiten", activiteiten(a), activiteiten(b)),
        _vergelijk("competenties", competenties(a), competenties(b)),
        _vergelijk("leefgebieden", leefgebieden(a), leefgebieden(b)),
        _vergelijk("lagen", lagen(a), lagen(b)),
        gegevens,
    ]

