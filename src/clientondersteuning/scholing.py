"""Scholing: a volunteer's self-assessment against a profile -> training needs; a team -> a training plan.

Volunteer files hold personal data: they are read, checked and summarised in memory only.
Nothing from them is cached or logged. The core imports neither typer nor rich.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .anoniem import anonieme_melding
from .beoordeling import SCHAAL, Eis, Opzet, Vrijwilliger, lees_vrijwilliger
from .bronteksten import drukklaar, met_onderdelen
from .catalogus import Catalogus
from .definitie import BewaardProfiel
from .fouten import CotFout, Melding, toon_pad
from .soorten import SCHOLINGSVORM_NAMEN

if TYPE_CHECKING:
    from .model import Competentie, Scholingsvorm

MAX_BESTANDEN_TEAM = 10_000
# The colours of the team matrix (DOCX and XLSX): 2+ below the norm, 1 below, fine, not assessed.
TEAM_KLEUREN = {"tekort2": "F4B6B6", "tekort1": "FFE699", "in_orde": "C6EFCE", "niet_beoordeeld": "E7E6E6"}


# ---- the data -----------------------------------------------------------------------------


@dataclass
class Tekort:
    eis: Eis
    score: int
    toelichting: str | None
    lage_indicatoren: list[tuple[str, str, int]]  # (number, text, score)
    scholing: list[Scholingsvorm]

    @property
    def tekort(self) -> int:
        return self.eis.norm - self.score


@dataclass
class Resultaat:
    tekorten: list[Tekort]
    niet_beoordeeld: list[Eis]
    in_orde: list[tuple[Eis, int]]
    waarschuwingen: list[Melding]


# ---- the gap -------------------------------------------------------------------------------------


def gap(cat: Catalogus, vrijwilliger: Vrijwilliger, normen: dict[str, int] | None = None) -> Resultaat:
    """Shortfalls against the norms, largest first; ties: more chosen tasks need it, then catalogue order.

    normen (competency id -> norm) overrides the norms in the volunteer's Eisen.
    """
    volgorde = {c.id: i for i, c in enumerate(cat.competenties[vrijwilliger.rol])}
    tekorten: list[Tekort] = []
    niet_beoordeeld: list[Eis] = []
    in_orde: list[tuple[Eis, int]] = []
    for eis in vrijwilliger.eisen:
        if normen and eis.competentie.id in normen:
            eis = Eis(eis.competentie, eis.taken, eis.kern, normen[eis.competentie.id])
        score = vrijwilliger.scores.get(eis.competentie.id)
        if score is None:
            niet_beoordeeld.append(eis)
        elif score.score < eis.norm:
            laag: list[tuple[str, str, int]] = []
            if score.indicatoren:  # the indicators' texts only for a file that scores them
                indicatoren = {i.nummer: met_onderdelen(i) for i in eis.competentie.gedragsindicatoren}
                laag = [(n, indicatoren[n], s) for n, s in score.indicatoren.items() if s < eis.norm]
                laag.sort(key=lambda x: list(indicatoren).index(x[0]))
            scholing = cat.scholing.get(eis.competentie.id)
            vormen = list(scholing.vormen) if scholing else []
            tekorten.append(Tekort(eis, score.score, score.toelichting, laag, vormen))
        else:
            in_orde.append((eis, score.score))
    tekorten.sort(key=lambda t: (-t.tekort, -len(t.eis.taken), volgorde[t.eis.competentie.id]))
    return Resultaat(tekorten, niet_beoordeeld, in_orde, list(vrijwilliger.waarschuwingen))


def _vorm(v: Scholingsvorm) -> dict[str, str]:
    return {"vorm": v.vorm, "naam": SCHOLINGSVORM_NAMEN[v.vorm], "leerdoel": v.leerdoel}


def gap_data(vrijwilliger: Vrijwilliger, resultaat: Resultaat) -> dict[str, Any]:
    """The gap as plain data: the JSON contract, and the context of the Markdown template."""
    return {
        "vrijwilliger": vrijwilliger.naam,
        "organisatie": vrijwilliger.organisatie,
        "datum": vrijwilliger.datum,
        "rol": vrijwilliger.rol,
        "profiel": vrijwilliger.profiel,
        "taken": [t.nummer for t in vrijwilliger.taken],
        "schaal": {str(k): v for k, v in SCHAAL.items()},
        "tekorten": [{
            "competentie": t.eis.competentie.nummer,
            "id": t.eis.competentie.id,
            "titel": t.eis.competentie.titel,
            "score": t.score,
            "norm": t.eis.norm,
            "tekort": t.tekort,
            "kern": t.eis.kern,
            "taken": [taak.nummer for taak in t.eis.taken],
            "indicatoren": [{"nummer": n, "tekst": tekst, "score": s} for n, tekst, s in t.lage_indicatoren],
            "toelichting": t.toelichting,
            "scholing": [_vorm(v) for v in t.scholing],
        } for t in resultaat.tekorten],
        "niet_beoordeeld": [e.competentie.nummer for e in resultaat.niet_beoordeeld],
        "niet_beoordeeld_titels": {e.competentie.nummer: e.competentie.titel
                                   for e in resultaat.niet_beoordeeld},
        "in_orde": [{"competentie": e.competentie.nummer, "titel": e.competentie.titel, "score": s,
                     "norm": e.norm} for e, s in resultaat.in_orde],
    }


# ---- the team --------------------------------------------------------------------------------------


@dataclass
class TeamLid:
    naam: str  # the real name, or the pseudonym with anoniem
    vrijwilliger: Vrijwilliger
    resultaat: Resultaat


@dataclass
class TeamResultaat:
    leden: list[TeamLid]
    competenties: list[Competentie]  # every competency any member needs, catalogue order
    overgeslagen: list[Melding]
    waarschuwingen: list[Melding]
    aantal_bestanden: int


def vrijwilliger_bestanden(map_: Path) -> list[Path]:
    if not map_.exists():
        raise CotFout(Melding(toon_pad(map_), code="map", tekst="de map bestaat niet"))
    if not map_.is_dir():
        raise CotFout(Melding(toon_pad(map_), code="map",
                              tekst="dit is geen map; geef de map met vrijwilligers op"))
    from .bestanden import zoek_bestanden

    # One folder, not a tree: a team may have up to MAX_BESTANDEN_TEAM files (the walk's own limit
    # is for a catalogue, whose folder might be / by mistake).
    bestanden = zoek_bestanden(map_, (".yaml", ".yml"), diep=False, max_bezocht=MAX_BESTANDEN_TEAM)
    if not bestanden:
        raise CotFout(Melding(toon_pad(map_), code="leeg", tekst=(
            "geen vrijwilligersbestanden (.yaml) in deze map; maak er een met 'cot scholing invullen'")))
    return bestanden


def _woorden(pad: Path, map_: Path) -> frozenset[str]:
    """The words of a volunteer file, for hiding them in messages (--anoniem)."""
    from .anoniem import woorden_van
    from .bestanden import MAX_BYTES, lees_bytes

    try:
        bron = lees_bytes(pad, MAX_BYTES, binnen=map_).decode("utf-8", errors="replace")
    except CotFout:
        bron = ""  # not readable: the message is about reading, and quotes nothing from it
    return woorden_van(bron, pad)


def team(cat: Catalogus, map_: Path, anoniem: bool = False) -> TeamResultaat:
    """Every volunteer file in a folder. A bad file is reported in overgeslagen and skipped.

    With anoniem, names become V1, V2, ... in sorted file-name order, also in the messages.
    """
    bestanden = vrijwilliger_bestanden(map_)
    map_naam = toon_pad(map_)  # each file's name in messages: this and its own name, as toon_pad gives it
    profielen: dict[Path, BewaardProfiel] = {}
    eisen_per_keuze: dict[tuple[Any, ...], list[Eis]] = {}
    leden: list[TeamLid] = []
    overgeslagen: list[Melding] = []
    waarschuwingen: list[Melding] = []
    for i, pad in enumerate(bestanden, start=1):
        pseudoniem = f"V{i}"
        try:
            naam = pad.name if map_naam == "." else os.path.join(map_naam, pad.name)
            v = lees_vrijwilliger(cat, pad, naam, profielen=profielen, binnen=map_, eisen_per_keuze=eisen_per_keuze)
        except CotFout as fout:
            meldingen = [m for m in fout.meldingen if m.ernst == "fout"]
            if anoniem:
                woorden = _woorden(pad, map_)
                meldingen = [anonieme_melding(m, pseudoniem, woorden) for m in meldingen]
            overgeslagen += meldingen
            continue
        if anoniem and v.waarschuwingen:
            from .anoniem import woorden_van

            woorden = woorden_van(v.tekst, pad)  # the text already read, not the file a second time
            v.waarschuwingen = [anonieme_melding(m, pseudoniem, woorden) for m in v.waarschuwingen]
        waarschuwingen += v.waarschuwingen
        leden.append(TeamLid(pseudoniem if anoniem else v.naam, v, gap(cat, v)))
    nodig = {e.competentie.id for lid in leden for e in lid.vrijwilliger.eisen}
    competenties = [drukklaar(c) for rol in cat.competenties for c in cat.competenties[rol] if c.id in nodig]
    return TeamResultaat(leden, competenties, overgeslagen, waarschuwingen, len(bestanden))


def _cel(lid: TeamLid, comp_id: str) -> dict[str, Any]:
    for t in lid.resultaat.tekorten:
        if t.eis.competentie.id == comp_id:
            return {"status": "tekort", "score": t.score, "norm": t.eis.norm, "tekort": t.tekort}
    for e, s in lid.resultaat.in_orde:
        if e.competentie.id == comp_id:
            return {"status": "in_orde", "score": s, "norm": e.norm, "tekort": 0}
    for e in lid.resultaat.niet_beoordeeld:
        if e.competentie.id == comp_id:
            return {"status": "niet_beoordeeld", "score": None, "norm": e.norm, "tekort": None}
    return {"status": "niet_nodig", "score": None, "norm": None, "tekort": None}


def team_data(cat: Catalogus, resultaat: TeamResultaat) -> dict[str, Any]:
    """The team as plain data: matrix rows, group training by priority, counts. No remarks, no files."""
    rijen = []
    for lid in resultaat.leden:
        rijen.append({"vrijwilliger": lid.naam,
                      "cellen": {c.nummer: _cel(lid, c.id) for c in resultaat.competenties}})
    groepsscholing = []
    volgorde = {c.id: i for i, c in enumerate(resultaat.competenties)}
    for comp in resultaat.competenties:
        cellen = [rij["cellen"][comp.nummer] for rij in rijen]
        tekort = [c for c in cellen if c["status"] == "tekort"]
        scholing = cat.scholing.get(comp.id)
        groepsscholing.append({
            "competentie": comp.nummer,
            "id": comp.id,
            "titel": comp.titel,
            "aantal_tekort": len(tekort),
            "totaal_tekort": sum(c["tekort"] for c in tekort),
            "vrijwilligers_tekort": [rij["vrijwilliger"] for rij in rijen
                                     if rij["cellen"][comp.nummer]["status"] == "tekort"],
            "aantal_nodig": sum(1 for c in cellen if c["status"] != "niet_nodig"),
            "aantal_niet_beoordeeld": sum(1 for c in cellen if c["status"] == "niet_beoordeeld"),
            "scholing": [_vorm(v) for v in (scholing.vormen if scholing else [])],
        })
    niet_beoordeeld = [{"competentie": g["competentie"], "titel": g["titel"],
                        "aantal": g["aantal_niet_beoordeeld"]}
                       for g in groepsscholing if g["aantal_niet_beoordeeld"] > 0]  # catalogue order
    groepsscholing.sort(key=lambda g: (-g["aantal_tekort"], -g["totaal_tekort"], volgorde[g["id"]]))
    organisaties = {lid.vrijwilliger.organisatie for lid in resultaat.leden}
    return {
        "vrijwilligers": [lid.naam for lid in resultaat.leden],
        "organisatie": organisaties.pop() if len(organisaties) == 1 else None,  # only when all share one
        "competenties": [{"competentie": c.nummer, "titel": c.titel} for c in resultaat.competenties],
        "matrix": rijen,
        "groepsscholing": [g for g in groepsscholing if g["aantal_tekort"] > 0],
        "niet_beoordeeld": niet_beoordeeld,
        "aantal_bestanden": resultaat.aantal_bestanden,
        "aantal_overgeslagen": resultaat.aantal_bestanden - len(resultaat.leden),
        "schaal": {str(k): v for k, v in SCHAAL.items()},
    }


# ---- the self-assessment form ------------------------------------------------------------------------


def formulier_data(opzet: Opzet) -> dict[str, Any]:
    """The self-assessment form as plain data: the competencies to score, with their indicators."""
    return {
        "rol": opzet.rol,
        "profiel": opzet.profiel,
        "catalogus_versie": opzet.catalogus_versie,  # the numbers on the form mean what they mean in this version
        "organisatie": opzet.organisatie,
        "taken": [{"nummer": t.nummer, "titel": t.titel} for t in opzet.taken],
        "schaal": {str(k): v for k, v in SCHAAL.items()},
        "competenties": [{
            "competentie": e.competentie.nummer,
            "titel": e.competentie.titel,
            "omschrijving": e.competentie.omschrijving,
            "norm": e.norm,
            "kern": e.kern,
            "taken": [t.nummer for t in e.taken],
            "indicatoren": [{"nummer": i.nummer, "tekst": met_onderdelen(i)} for i in e.competentie.gedragsindicatoren],
        } for e in opzet.eisen],
    }
