"""A beoordeling: a volunteer's self-assessment file (vrijwilliger.yaml), read and checked.

Also what an assessment is measured against (the tasks or the saved profile, their competencies
and norms) and writing a new file. Volunteer files hold personal data: read, checked and kept
in memory only; nothing is cached or logged.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from . import omzetten
from .bestanden import verwijzing_toegestaan
from .bronteksten import drukklaar
from .catalogus import Catalogus
from .definitie import BewaardProfiel, lees_profiel, taken_melding
from .fouten import CotFout, Melding
from .keuze import STANDAARD_NORM, KeuzeFout, kies_taken, onbekende_competentie
from .model import Beoordeling, Competentie, Rol, Taak
from .validatie import valideer
from .yamlbestand import YamlBestand, lees_yaml

SCHAAL = {1: "nog niet", 2: "in ontwikkeling", 3: "voldoende", 4: "sterk"}


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
    rol: Rol
    taken: list[Taak]
    eisen: list[Eis]
    scores: dict[str, Score]
    datum: str | None = None
    profiel: str | None = None  # the profile's name
    waarschuwingen: list[Melding] = field(default_factory=list)
    organisatie: str | None = None  # the profile's organisation, for the documents' header
    tekst: str = field(default="", repr=False)  # the file as read: --anoniem hides its words in messages


# ---- what the profile asks -------------------------------------------------------------------


def eisen_voor(cat: Catalogus, rol: Rol, taken: list[Taak],
               normen: dict[str, int] | None = None) -> list[Eis]:
    """The competencies the tasks need (and the core ones), with their norms (by competency id)."""
    normen = normen or {}
    # As documents print them: corrected texts, editorial titles marked.
    return [Eis(drukklaar(comp), nodig, kern, normen.get(comp.id, STANDAARD_NORM))
            for comp, nodig, kern in cat.competenties_voor(rol, [t.id for t in taken])]


def _eisen(cat: Catalogus, rol: Rol, taken: list[Taak], normen: dict[str, int],
           onthouden: dict[tuple[Any, ...], list[Eis]] | None) -> list[Eis]:
    """eisen_voor, once per selection: most of a team shares its tasks (or its profile)."""
    if onthouden is None:
        return eisen_voor(cat, rol, taken, normen)
    sleutel = (rol, tuple(t.id for t in taken), tuple(sorted(normen.items())))
    if sleutel not in onthouden:
        onthouden[sleutel] = eisen_voor(cat, rol, taken, normen)
    return onthouden[sleutel]


@dataclass
class Opzet:
    """What a self-assessment is measured against: chosen tasks, or a saved profile."""

    rol: Rol
    taken: list[Taak]
    eisen: list[Eis]
    profiel: str | None = None  # the saved profile's name
    bron: dict[str, Any] = field(default_factory=dict)  # for the volunteer file: profiel, or rol and taken
    catalogus_versie: str = ""  # the version whose numbers the form and the volunteer file use
    waarschuwingen: list[Melding] = field(default_factory=list)  # a profile made with an older version
    organisatie: str | None = None  # the saved profile's organisation, for the documents' header


def opzet_uit_taken(cat: Catalogus, rol: Rol, keuze: str) -> Opzet:
    """'1,3,6' or 'alle' for a role. Raises KeuzeFout."""
    taken = kies_taken(cat, rol, keuze)
    alle = len(taken) == len(cat.taken[rol])
    bron: dict[str, Any] = {"taken": "alle" if alle else [int(t.nummer) if t.nummer.isdigit() else t.nummer
                                                          for t in taken]}
    if rol != "informeel":
        bron = {"rol": rol, **bron}
    return Opzet(rol, taken, eisen_voor(cat, rol, taken), None, bron, cat.versie)


def opzet_uit_profiel(cat: Catalogus, pad: Path) -> Opzet:
    """A saved profile (its norms included). Raises CotFout with file and line."""
    p = lees_profiel(cat, pad)
    return Opzet(p.rol, p.taken, eisen_voor(cat, p.rol, p.taken, p.normen), p.naam, {"profiel": str(pad)},
                 cat.versie, p.waarschuwingen, p.organisatie.naam if p.organisatie else None)


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
    alles_tekst = all(isinstance(k, str) for k in data["competenties"]) and all(
        isinstance(k, str) for w in data["competenties"].values() if isinstance(w, dict)
        for k in (w.get("indicatoren") or {}) if isinstance(w.get("indicatoren"), dict))
    # Quoted keys ("4.1") need no positions; only unquoted ones (4.1, 4.10) are looked up as typed.
    boom = None if alles_tekst else bestand.boom
    regels = [] if alles_tekst else bestand.tekst.splitlines()
    uit._boom = bestand._boom  # parsed once: later messages need the same tree
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
    # The score help only for one competency's value: not for the file or 'competenties' as a whole.
    if melding.code == "model_type" and "competenties" not in melding.tekst \
            and not melding.tekst.startswith("het bestand"):
        return Melding(melding.bestand, melding.regel, melding.kolom, "schaal", (
            "geef een score (1–4) of velden met 'score:' en eventueel 'toelichting:' en 'indicatoren:'"),
            melding.ernst)
    return melding


def lees_vrijwilliger(cat: Catalogus, pad: Path, naam: str | None = None,
                      profielen: dict[Path, BewaardProfiel] | None = None,
                      binnen: Path | None = None,
                      eisen_per_keuze: dict[tuple[Any, ...], list[Eis]] | None = None) -> Vrijwilliger:
    """Read and check one volunteer file. Raises CotFout with every problem (file and line).

    binnen: the team folder being read; a symlink out of it is refused. profielen and
    eisen_per_keuze: what a team's files share, worked out once (read-only once made).
    """
    bestand = _lees_bestand(pad, naam, binnen)
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
    organisatie = None
    normen: dict[str, int] = {}
    profiel_meldingen: list[Melding] = []  # said once, when the profile is first read
    if beoordeling.profiel is not None:
        profiel_pad = Path(beoordeling.profiel)
        if not profiel_pad.is_absolute():
            profiel_pad = pad.parent / profiel_pad
        sleutel = profiel_pad.resolve()
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
            profiel_meldingen = profiel.waarschuwingen
            if profielen is not None:
                profielen[sleutel] = profiel
        if "rol" in bestand.data and beoordeling.rol != profiel.rol:
            raise CotFout(bestand.melding(("rol",), (
                f"rol '{beoordeling.rol}' past niet bij het profiel (rol '{profiel.rol}'); laat 'rol' weg"),
                "rol"))
        rol, taken, normen, profiel_naam = profiel.rol, profiel.taken, profiel.normen, profiel.naam
        organisatie = profiel.organisatie.naam if profiel.organisatie else None
    else:
        rol = beoordeling.rol
    # Scores given against an older catalogue: their numbers carried over to the current one.
    beoordeling, waarschuwingen = omzetten.beoordeling(cat, beoordeling, bestand, rol)
    waarschuwingen = profiel_meldingen + waarschuwingen
    if beoordeling.profiel is None:
        taken = []
        try:
            taken = kies_taken(cat, rol, beoordeling.taken)
        except KeuzeFout as fout:
            meldingen.append(taken_melding(bestand, fout))
    eisen = _eisen(cat, rol, taken, normen, eisen_per_keuze)
    nodig = {e.competentie.id for e in eisen}
    scores: dict[str, Score] = {}
    for nummer, cb in beoordeling.competenties.items():
        nummer = str(nummer)
        comp = cat.competentie_op_nummer(rol, nummer)
        if comp is None:
            tekst = onbekende_competentie(cat, rol, nummer)
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
                        scores=scores, datum=datum, profiel=profiel_naam, waarschuwingen=waarschuwingen,
                        organisatie=organisatie, tekst=bestand.tekst)


def beoordeling_yaml(naam: str, datum: str | None, bron: dict[str, Any], antwoorden: dict[str, Any],
                     catalogus_versie: str) -> str:
    """A volunteer file as YAML text, keys quoted ("4.1") so they never turn into numbers, with the
    catalogue version that gives those numbers their meaning."""
    import io

    from ruamel.yaml import YAML
    from ruamel.yaml.scalarstring import DoubleQuotedScalarString as Q

    data: dict[str, Any] = {"naam": naam, **bron}
    if datum:
        data["datum"] = datum
    data["catalogus_versie"] = Q(catalogus_versie)
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


def _lees_bestand(pad: Path, naam: str | None, binnen: Path | None = None) -> YamlBestand:
    return _normaliseer(lees_yaml(pad, naam, binnen=binnen))
