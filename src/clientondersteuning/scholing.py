"""Scholing: a volunteer's self-assessment against a profile -> training needs; a team -> a training plan.

Volunteer files hold personal data: they are read, checked and summarised in memory only.
Nothing from them is cached or logged. The core imports neither typer nor rich.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from .catalogus import Catalogus
from .fouten import CotFout, Melding, toon_pad
from .model import SCHOLINGSVORM_NAMEN, Beoordeling, Competentie, Scholingsvorm, Taak
from .validatie import valideer
from .yamlbestand import YamlBestand, lees_yaml

SCHAAL = {1: "nog niet", 2: "in ontwikkeling", 3: "voldoende", 4: "sterk"}
STANDAARD_NORM = 3
MAX_BESTANDEN_TEAM = 10_000


# ---- the data -----------------------------------------------------------------------------


@dataclass
class Eis:
    """A competency the profile needs, with the chosen tasks that need it and its norm."""

    competentie: Competentie
    taken: list[Taak]
    kern: bool
    norm: int = STANDAARD_NORM


@dataclass
class Score:
    score: int
    toelichting: str | None = None
    indicatoren: dict[str, int] = field(default_factory=dict)  # indicator number -> score


@dataclass
class Vrijwilliger:
    """A checked volunteer file: who, against which profile, and the scores by competency id."""

    naam: str
    bestand: str
    rol: str
    taken: list[Taak]
    eisen: list[Eis]
    scores: dict[str, Score]
    datum: str | None = None
    profiel: str | None = None  # the profile's name
    waarschuwingen: list[Melding] = field(default_factory=list)


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


# ---- tasks and profiles ---------------------------------------------------------------------


def kies_taken(cat: Catalogus, rol: str, taken: Any) -> tuple[list[Taak], list[tuple[int | None, str]]]:
    """Task numbers (or 'alle') -> tasks; or no tasks and (index, message) for the bad number."""
    from .profiel import KeuzeFout
    from .profiel import kies_taken as kies

    try:
        return kies(cat, rol, taken), []
    except KeuzeFout as fout:
        return [], [(fout.index, fout.tekst)]


def taken_uit_tekst(cat: Catalogus, rol: str, tekst: str) -> list[Taak]:
    """'1,3,6', '3.1' or 'alle' (for --taken); a bad selection is a usage error."""
    from .profiel import kies_taken_of_stop

    return kies_taken_of_stop(cat, rol, tekst)


def eisen_voor(cat: Catalogus, rol: str, taken: list[Taak],
               normen: dict[str, int] | None = None) -> list[Eis]:
    """The competencies the tasks need (and the core ones), with their norms (by competency id)."""
    normen = normen or {}
    return [Eis(comp, nodig, kern, normen.get(comp.id, STANDAARD_NORM))
            for comp, nodig, kern in cat.competenties_voor(rol, [t.id for t in taken])]


@dataclass
class Profiel:
    naam: str
    rol: str
    taken: list[Taak]
    normen: dict[str, int]  # competency id -> norm


def lees_profiel(cat: Catalogus, pad: Path) -> Profiel:
    """A saved profile definition (profiel.yaml), with tasks and norms resolved against the catalogue."""
    from .profiel import lees_definitie

    geladen = lees_definitie(pad)
    definitie, bestand = geladen.definitie, geladen.bestand
    taken, fouten = kies_taken(cat, definitie.rol, definitie.taken)
    meldingen = [bestand.melding(("taken", i) if i is not None else ("taken",), tekst, "taak")
                 for i, tekst in fouten]
    normen: dict[str, int] = {}
    for nummer, norm in definitie.normen.items():
        comp = cat.competentie_op_nummer(definitie.rol, nummer)
        if comp is None:
            tekst = _onbekende_competentie(cat, definitie.rol, nummer)
            meldingen.append(bestand.melding(("normen", nummer), tekst, "competentie", sleutel=True))
        else:
            normen[comp.id] = norm
    if meldingen:
        raise CotFout(meldingen)
    return Profiel(definitie.naam, definitie.rol, taken, normen)


def _onbekende_competentie(cat: Catalogus, rol: str, nummer: str) -> str:
    nummers = [c.nummer for c in cat.competenties[rol]]
    bereik = f"{nummers[0]}–{nummers[-1]}" if nummers else "geen"
    return (f"competentie '{nummer}' bestaat niet bij rol {rol} ({bereik}); "
            "zie 'cot catalogus toon competenties'")


# ---- reading a volunteer file ----------------------------------------------------------------


class _Bestand(YamlBestand):
    """A volunteer file whose competency keys were normalised to strings ("4.1"): positions follow
    the normalised keys back to the keys in the file (a float 4.1, an int 1)."""

    sleutels: dict[tuple[Any, ...], Any]

    def positie(self, loc: tuple[Any, ...], sleutel: bool = False) -> tuple[int, int]:
        echt = list(loc)
        for lengte in range(len(loc), 0, -1):
            prefix = tuple(str(d) for d in loc[:lengte])
            if prefix in self.sleutels:
                echt[lengte - 1] = self.sleutels[prefix]
        return super().positie(tuple(echt), sleutel)


def _sleutel_tekst(regels: list[str], boom: Any, sleutel: Any) -> str:
    """A mapping key as the user typed it: `4.10` stays "4.10" although YAML reads it as 4.1."""
    if isinstance(sleutel, str):
        return sleutel.strip()
    try:
        r, k = boom.lc.key(sleutel)
        tekst = regels[r][k:].split(":", 1)[0].strip()
        if tekst:
            return tekst
    except (AttributeError, IndexError, KeyError):
        pass
    return str(sleutel)


def _normaliseer(bestand: YamlBestand) -> _Bestand:
    """Competency and indicator keys as strings, remembering the original keys for positions."""
    uit = _Bestand(pad=bestand.pad, naam=bestand.naam, data=bestand.data, tekst=bestand.tekst,
                   _boom=bestand._boom)
    uit.sleutels = {}
    data = bestand.data
    if not (isinstance(data, dict) and isinstance(data.get("competenties"), dict)):
        return uit
    regels = bestand.tekst.splitlines()
    alles_tekst = all(isinstance(k, str) for k in data["competenties"]) and all(
        isinstance(k, str) for w in data["competenties"].values() if isinstance(w, dict)
        for k in (w.get("indicatoren") or {}) if isinstance(w.get("indicatoren"), dict))
    # Quoted keys ("4.1") need no positions; only unquoted ones (4.1, 4.10) are looked up as typed.
    boom = None if alles_tekst else bestand.boom
    boom_comps = boom["competenties"] if boom is not None else data["competenties"]
    nieuw: dict[str, Any] = {}
    for (sleutel, waarde), boom_sleutel in zip(data["competenties"].items(), boom_comps, strict=True):
        naam = _sleutel_tekst(regels, boom_comps, boom_sleutel)
        if naam in nieuw:  # "4.1" and 4.1: the same competency twice
            raise CotFout(bestand.melding(("competenties", sleutel), (
                f"competentie {naam} staat twee keer in 'competenties'"), "dubbel", sleutel=True))
        uit.sleutels[("competenties", naam)] = boom_sleutel
        if isinstance(waarde, dict) and isinstance(waarde.get("indicatoren"), dict):
            boom_ind = boom_comps[boom_sleutel]["indicatoren"] if boom is not None else waarde["indicatoren"]
            indicatoren: dict[str, Any] = {}
            for (ind, score), boom_ind_sleutel in zip(waarde["indicatoren"].items(), boom_ind, strict=True):
                ind_naam = _sleutel_tekst(regels, boom_ind, boom_ind_sleutel)
                if ind_naam in indicatoren:
                    raise CotFout(bestand.melding(("competenties", sleutel, "indicatoren", ind), (
                        f"indicator {ind_naam} staat twee keer bij competentie {naam}"), "dubbel",
                        sleutel=True))
                indicatoren[ind_naam] = score
                uit.sleutels[("competenties", naam, "indicatoren", ind_naam)] = boom_ind_sleutel
            waarde = {**waarde, "indicatoren": indicatoren}
        nieuw[naam] = waarde
    uit.data = {**data, "competenties": nieuw}
    return uit


def _schaalmelding(melding: Melding) -> Melding:
    if melding.code in ("greater_than_equal", "less_than_equal", "int_type"):
        tekst = (melding.tekst.split(" moet ")[0] + " moet een geheel getal van 1 tot en met 4 zijn "
                 "(1 nog niet, 2 in ontwikkeling, 3 voldoende, 4 sterk)")
        if "maar is" in melding.tekst:
            tekst += "; nu: " + melding.tekst.split("maar is ", 1)[1]
        return Melding(melding.bestand, melding.regel, melding.kolom, "schaal", tekst, melding.ernst)
    if melding.code == "model_type" and "competenties" not in melding.tekst:
        return Melding(melding.bestand, melding.regel, melding.kolom, "schaal", (
            "geef een score (1–4) of velden met 'score:' en eventueel 'toelichting:' en 'indicatoren:'"),
            melding.ernst)
    return melding


def lees_vrijwilliger(cat: Catalogus, pad: Path, naam: str | None = None,
                      profielen: dict[Path, Profiel] | None = None, binnen: Path | None = None) -> Vrijwilliger:
    """Read and check one volunteer file. Raises CotFout with every problem (file and line).

    binnen: the team folder being read; a symlink out of it is refused.
    """
    bestand = _normaliseer(lees_yaml(pad, naam, binnen=binnen))
    beoordeling, meldingen = valideer(bestand, Beoordeling)
    if beoordeling is None:
        raise CotFout([_schaalmelding(m) for m in meldingen])
    meldingen = []
    # Which profile: a profile file, or tasks (and the role) in the volunteer file itself.
    if beoordeling.profiel is not None and beoordeling.taken is not None:
        raise CotFout(bestand.melding(("profiel",), "geef 'taken' of 'profiel', niet allebei", "profiel",
                                      sleutel=True))
    if beoordeling.profiel is None and beoordeling.taken is None:
        raise CotFout(bestand.melding((), "geef 'taken' (taaknummers of 'alle') of 'profiel' (pad naar "
                                          "profiel.yaml)", "profiel"))
    profiel_naam = None
    normen: dict[str, int] = {}
    if beoordeling.profiel is not None:
        profiel_pad = Path(beoordeling.profiel)
        if not profiel_pad.is_absolute():
            profiel_pad = pad.parent / profiel_pad
        sleutel = profiel_pad.resolve()
        from .bestanden import verwijzing_toegestaan

        if not verwijzing_toegestaan(sleutel, pad):
            raise CotFout(bestand.melding(("profiel",), (
                "het profiel ligt buiten de werkmap en buiten de map boven dit bestand; cot leest het niet. "
                "Zet het profiel bij de vrijwilligersbestanden"), "buiten-map"))
        profiel = profielen.get(sleutel) if profielen is not None else None
        if profiel is None:
            try:
                profiel = lees_profiel(cat, profiel_pad)
            except CotFout as fout:
                verwijzing = bestand.melding(
                    ("profiel",), f"het profiel '{beoordeling.profiel}' is niet bruikbaar", "profiel")
                raise CotFout([verwijzing, *fout.meldingen]) from None
            if profielen is not None:
                profielen[sleutel] = profiel
        if "rol" in bestand.data and beoordeling.rol != profiel.rol:
            raise CotFout(bestand.melding(("rol",), (
                f"rol '{beoordeling.rol}' past niet bij het profiel (rol '{profiel.rol}'); laat 'rol' weg"),
                "rol"))
        rol, taken, normen, profiel_naam = profiel.rol, profiel.taken, profiel.normen, profiel.naam
    else:
        rol = beoordeling.rol
        taken, fouten = kies_taken(cat, rol, beoordeling.taken)
        meldingen += [bestand.melding(("taken", i) if i is not None else ("taken",), tekst, "taak")
                      for i, tekst in fouten]
    eisen = eisen_voor(cat, rol, taken, normen)
    nodig = {e.competentie.id for e in eisen}
    scores: dict[str, Score] = {}
    waarschuwingen: list[Melding] = []
    for nummer, cb in beoordeling.competenties.items():
        nummer = str(nummer)
        comp = cat.competentie_op_nummer(rol, nummer)
        if comp is None:
            tekst = _onbekende_competentie(cat, rol, nummer)
            meldingen.append(bestand.melding(("competenties", nummer), tekst, "competentie", sleutel=True))
            continue
        indicatoren: dict[str, int] = {}
        bekend = {i.nummer: i for i in comp.gedragsindicatoren}
        for ind, score in cb.indicatoren.items():
            if str(ind) not in bekend:
                nummers = list(bekend)
                bereik = f"{nummers[0]}–{nummers[-1]}" if nummers else "geen"
                meldingen.append(bestand.melding(("competenties", nummer, "indicatoren", str(ind)), (
                    f"competentie {comp.nummer} heeft geen gedragsindicator {ind} (nummers {bereik})"),
                    "indicator", sleutel=True))
            else:
                indicatoren[str(ind)] = score
        if comp.id not in nodig:
            waarschuwingen.append(bestand.melding(("competenties", nummer), (
                f"competentie {comp.nummer} ({comp.titel}) is niet nodig voor dit profiel; ze telt niet mee"),
                "niet-nodig", sleutel=True, ernst="waarschuwing"))
            continue
        scores[comp.id] = Score(cb.score, cb.toelichting, indicatoren)
    if meldingen:
        raise CotFout(meldingen)
    datum = beoordeling.datum.isoformat() if isinstance(beoordeling.datum, date) else beoordeling.datum
    return Vrijwilliger(naam=beoordeling.naam, bestand=bestand.naam, rol=rol, taken=taken, eisen=eisen,
                        scores=scores, datum=datum, profiel=profiel_naam, waarschuwingen=waarschuwingen)


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
            indicatoren = {i.nummer: i.tekst for i in eis.competentie.gedragsindicatoren}
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

    bestanden = zoek_bestanden(map_, (".yaml", ".yml"), diep=False)
    if not bestanden:
        raise CotFout(Melding(toon_pad(map_), code="leeg", tekst=(
            "geen vrijwilligersbestanden (.yaml) in deze map; maak er een met 'cot scholing invullen'")))
    if len(bestanden) > MAX_BESTANDEN_TEAM:
        raise CotFout(Melding(toon_pad(map_), code="te-veel",
                              tekst=f"meer dan {MAX_BESTANDEN_TEAM} bestanden"))
    return bestanden


def _anoniem(melding: Melding, naam: str) -> Melding:
    return Melding(naam, melding.regel, melding.kolom, melding.code, melding.tekst, melding.ernst)


def team(cat: Catalogus, map_: Path, anoniem: bool = False) -> TeamResultaat:
    """Every volunteer file in a folder. A bad file is reported in overgeslagen and skipped.

    With anoniem, names become V1, V2, ... in sorted file-name order, also in the messages.
    """
    bestanden = vrijwilliger_bestanden(map_)
    profielen: dict[Path, Profiel] = {}
    leden: list[TeamLid] = []
    overgeslagen: list[Melding] = []
    waarschuwingen: list[Melding] = []
    for i, pad in enumerate(bestanden, start=1):
        pseudoniem = f"V{i}"
        try:
            v = lees_vrijwilliger(cat, pad, profielen=profielen, binnen=map_)
        except CotFout as fout:
            meldingen = [m for m in fout.meldingen if m.ernst == "fout"]
            overgeslagen += [_anoniem(m, pseudoniem) for m in meldingen] if anoniem else meldingen
            continue
        if anoniem:
            v.waarschuwingen = [_anoniem(m, pseudoniem) for m in v.waarschuwingen]
        waarschuwingen += v.waarschuwingen
        leden.append(TeamLid(pseudoniem if anoniem else v.naam, v, gap(cat, v)))
    nodig = {e.competentie.id for lid in leden for e in lid.vrijwilliger.eisen}
    competenties = [c for rol in cat.competenties for c in cat.competenties[rol] if c.id in nodig]
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
    return {
        "vrijwilligers": [lid.naam for lid in resultaat.leden],
        "competenties": [{"competentie": c.nummer, "titel": c.titel} for c in resultaat.competenties],
        "matrix": rijen,
        "groepsscholing": [g for g in groepsscholing if g["aantal_tekort"] > 0],
        "niet_beoordeeld": niet_beoordeeld,
        "aantal_bestanden": resultaat.aantal_bestanden,
        "aantal_overgeslagen": resultaat.aantal_bestanden - len(resultaat.leden),
        "schaal": {str(k): v for k, v in SCHAAL.items()},
    }


# ---- the self-assessment form ------------------------------------------------------------------------


def formulier_data(cat: Catalogus, rol: str, taken: list[Taak], eisen: list[Eis],
                   profiel: str | None = None) -> dict[str, Any]:
    return {
        "rol": rol,
        "profiel": profiel,
        "taken": [{"nummer": t.nummer, "titel": t.titel} for t in taken],
        "schaal": {str(k): v for k, v in SCHAAL.items()},
        "competenties": [{
            "competentie": e.competentie.nummer,
            "titel": e.competentie.titel,
            "omschrijving": e.competentie.omschrijving,
            "norm": e.norm,
            "kern": e.kern,
            "taken": [t.nummer for t in e.taken],
            "indicatoren": [{"nummer": i.nummer, "tekst": i.tekst} for i in e.competentie.gedragsindicatoren],
        } for e in eisen],
    }


def beoordeling_yaml(naam: str, datum: str | None, bron: dict[str, Any], antwoorden: dict[str, Any]) -> str:
    """A volunteer file as YAML text, keys quoted ("4.1") so they never turn into numbers."""
    import io

    from ruamel.yaml import YAML
    from ruamel.yaml.scalarstring import DoubleQuotedScalarString as Q

    data: dict[str, Any] = {"naam": naam, **bron}
    if datum:
        data["datum"] = datum
    comps: dict[Any, Any] = {}
    for nummer, antwoord in antwoorden.items():
        if antwoord.get("toelichting") or antwoord.get("indicatoren"):
            waarde: dict[str, Any] = {"score": antwoord["score"]}
            if antwoord.get("toelichting"):
                waarde["toelichting"] = antwoord["toelichting"]
            if antwoord.get("indicatoren"):
                waarde["indicatoren"] = {int(k) if k.isdigit() else Q(k): v
                                         for k, v in antwoord["indicatoren"].items()}
            comps[Q(nummer)] = waarde
        else:
            comps[Q(nummer)] = antwoord["score"]
    data["competenties"] = comps
    yaml = YAML()
    yaml.default_flow_style = False
    uit = io.StringIO()
    uit.write("# Zelfevaluatie (cot scholing invullen). Persoonsgegevens: bewaar dit bestand niet "
              "langer dan nodig.\n")
    yaml.dump(data, uit)
    return uit.getvalue()
