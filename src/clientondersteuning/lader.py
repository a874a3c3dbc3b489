"""The full load of a catalogue folder: every YAML file validated, then the whole-catalogue rules.

All problems are collected (not just the first), each with file and line. Commands go through
laden.py, which uses a snapshot of this result when the files and cot are unchanged.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import BaseModel

from . import model as m
from . import vervallen
from .bronteksten import controleer
from .catalogus import Catalogus, Plaats, onderdelen_van
from .fouten import CotFout, Melding, toon_pad
from .laden import MAX_BESTANDEN, catalogus_bestanden
from .nummers import controleer_nummering
from .validatie import valideer
from .yamlbestand import YamlBestand, lees_yaml

# The kind of a file follows from its name, so a fork can split or move files freely.
BESTANDSSOORTEN: dict[str, type[BaseModel]] = {
    "catalogus.yaml": m.CatalogusMeta,
    "bronnen.yaml": m.BronnenBestand,
    "taken.yaml": m.TakenBestand,
    "competenties.yaml": m.CompetentiesBestand,
    "leefgebieden.yaml": m.LeefgebiedenBestand,
    "context.yaml": m.ContextBestand,
    "koppelingen.yaml": m.KoppelingenBestand,
    "scholing.yaml": m.ScholingBestand,
    "eenvoudig.yaml": m.EenvoudigBestand,
    "vervallen.yaml": m.VervallenBestand,
}
_BESTAND_VAN_SOORT = {"taak": "taken.yaml", "competentie": "competenties.yaml", "leefgebied": "leefgebieden.yaml",
                      "laag": "context.yaml", "bron": "bronnen.yaml"}


def _ids_met_plaats(data: Any, loc: tuple[Any, ...] = ()) -> list[tuple[str, tuple[Any, ...]]]:
    """Every `id:` in the data with its loc, in file order."""
    gevonden: list[tuple[str, tuple[Any, ...]]] = []
    if isinstance(data, dict):
        if isinstance(data.get("id"), str):
            gevonden.append((data["id"], (*loc, "id")))
        for k, v in data.items():
            if isinstance(v, (dict, list)):
                gevonden += _ids_met_plaats(v, (*loc, k))
    elif isinstance(data, list):
        for i, v in enumerate(data):
            gevonden += _ids_met_plaats(v, (*loc, i))
    return gevonden


class _Lader:
    def __init__(self, map_: Path) -> None:
        self.map = map_
        self.meldingen: list[Melding] = []
        self.bestanden: dict[Path, YamlBestand] = {}
        self.modellen: dict[Path, BaseModel] = {}
        self.mislukt: set[str] = set()  # names of file kinds that did not load
        self.gelezen: list[Path] = []  # the files actually looked at, for "N bestanden gecontroleerd"

    def _mislukt(self, pad: Path) -> None:
        self.mislukt.add(pad.name)

    def naam(self, pad: Path) -> str:
        return toon_pad(pad)

    def lees_alles(self, paden: list[Path] | None = None) -> None:
        try:
            paden = catalogus_bestanden(self.map) if paden is None else paden
        except CotFout as fout:
            self.meldingen += fout.meldingen
            return
        if len(paden) > MAX_BESTANDEN:
            self.meldingen.append(Melding(self.naam(self.map), code="te-veel",
                                          tekst=f"meer dan {MAX_BESTANDEN} YAML-bestanden in de catalogus"))
            paden = paden[:MAX_BESTANDEN]
        for pad in paden:
            self.gelezen.append(pad)
            soort = BESTANDSSOORTEN.get(pad.name)
            if soort is None:
                self.meldingen.append(Melding(self.naam(pad), 1, 1, "onbekend-bestand", (
                    f"onbekend catalogusbestand '{pad.name}'; de naam bepaalt de soort: "
                    + ", ".join(BESTANDSSOORTEN))))
                continue
            try:
                bestand = lees_yaml(pad, self.naam(pad), binnen=self.map)
            except CotFout as fout:
                self.meldingen += fout.meldingen
                self._mislukt(pad)
                continue
            self.bestanden[pad] = bestand
            resultaat, meldingen = valideer(bestand, soort)
            self.meldingen += meldingen
            if resultaat is not None:
                self.modellen[pad] = resultaat
            else:
                self._mislukt(pad)
        if not any(p.name == "catalogus.yaml" for p in paden):
            self.meldingen.append(Melding(self.naam(self.map / "catalogus.yaml"), code="ontbreekt",
                                          tekst="catalogus.yaml ontbreekt (naam, beschrijving, versie)"))

    def bouw(self) -> Catalogus | None:
        meta = next((md for md in self.modellen.values() if isinstance(md, m.CatalogusMeta)), None)
        if meta is None:
            return None
        cat = Catalogus(map=self.map, meta=meta)
        # Pass 1: every ID, unique across the catalogue.
        for pad, bestand in self.bestanden.items():
            # Koppelingen and eenvoudig name existing IDs; tombstones name removed ones.
            if pad not in self.modellen or isinstance(self.modellen[pad], (
                    m.KoppelingenBestand, m.EenvoudigBestand, m.VervallenBestand)):
                continue
            for item_id, loc in _ids_met_plaats(bestand.data):
                if item_id in cat.plaatsen:
                    eerder = cat.plaatsen[item_id]
                    regel = self.bestanden[eerder.pad].positie(eerder.loc)[0]  # the file read just now
                    self.meldingen.append(bestand.melding(loc, (
                        f"ID '{item_id}' bestaat al ({eerder.bestand}:{regel}); "
                        "een ID komt maar één keer voor in de hele catalogus"), "id-dubbel"))
                else:
                    cat.plaatsen[item_id] = Plaats(pad, bestand.naam, loc)
        # Pass 2: collect the items.
        for md in self.modellen.values():
            if isinstance(md, m.BronnenBestand):
                for bron in md.bronnen:
                    cat.bronnen.setdefault(bron.id, bron)
            elif isinstance(md, m.TakenBestand):
                cat.taken[md.rol] += md.taken
                _onderdelen(cat, md.taken)
            elif isinstance(md, m.CompetentiesBestand):
                cat.competenties[md.rol] += md.competenties
                _onderdelen(cat, md.competenties)
            elif isinstance(md, m.LeefgebiedenBestand):
                cat.leefgebieden += md.leefgebieden
            elif isinstance(md, m.ContextBestand):
                cat.lagen += md.lagen
                cat.tekstblokken += md.tekstblokken
        for verzameling in (cat.bronnen.values(), *cat.taken.values(), *cat.competenties.values(),
                            cat.leefgebieden, cat.lagen, cat.tekstblokken):
            for item in verzameling:
                cat.items.setdefault(item.id, item)
        self._koppelingen(cat)
        self.meldingen += vervallen.controleer(cat, [
            (self.bestanden[pad], md) for pad, md in self.modellen.items() if isinstance(md, m.VervallenBestand)])
        self._herkomst(cat)
        self._bronteksten()
        self._nummering()
        self._ongebruikt(cat)
        return cat

    def _verwijzing(self, cat: Catalogus, bestand: YamlBestand, loc: tuple[Any, ...], doel: str,
                    soort: str, toegestaan: set[str]) -> bool:
        if doel in toegestaan:
            return True
        if any(_BESTAND_VAN_SOORT.get(deel) in self.mislukt for deel in soort.split(" of ")):
            return False  # its file did not load: the real problem is already reported there
        if doel in cat.items:
            tekst = f"'{doel}' is geen {soort} van deze rol"
        else:
            tekst = f"{soort} '{doel}' bestaat niet"
            import difflib  # only when there is something to suggest

            suggestie = difflib.get_close_matches(doel, sorted(toegestaan), n=1)
            if suggestie:
                tekst += f" (bedoelde je '{suggestie[0]}'?)"
        self.meldingen.append(bestand.melding(loc, tekst, "verwijzing"))
        return False

    def _koppelingen(self, cat: Catalogus) -> None:
        leefgebieden = {lg.id for lg in cat.leefgebieden}
        lagen = {laag.id for laag in cat.lagen}
        # If bronnen.yaml did not load, its own problem is reported there; do not add noise here.
        heeft_redactie = any(b.redactioneel for b in cat.bronnen.values()) or "bronnen.yaml" in self.mislukt
        for pad, md in self.modellen.items():
            bestand = self.bestanden[pad]
            redactioneel = (m.KoppelingenBestand, m.ScholingBestand, m.EenvoudigBestand)
            if isinstance(md, redactioneel) and not heeft_redactie:
                self.meldingen.append(bestand.melding((), (
                    "redactionele inhoud zonder redactionele bron: voeg in bronnen.yaml een bron toe "
                    "met 'redactioneel: true'"), "herkomst"))
            if isinstance(md, m.KoppelingenBestand):
                taken = {t.id for t in cat.taken[md.rol]}
                comps = {c.id for c in cat.competenties[md.rol]}
                for i, kern in enumerate(md.kern):
                    if self._verwijzing(cat, bestand, ("kern", i, "competentie"), kern.competentie,
                                        "competentie", comps):
                        cat.kern[md.rol].append(kern)
                for i, k in enumerate(md.koppelingen):
                    if not self._verwijzing(cat, bestand, ("koppelingen", i, "taak"), k.taak, "taak", taken):
                        continue
                    if k.taak in cat.koppelingen:
                        self.meldingen.append(bestand.melding(("koppelingen", i, "taak"), (
                            f"taak '{k.taak}' heeft al koppelingen; voeg ze samen"), "dubbel"))
                        continue
                    for veld, soort, toegestaan in (("competenties", "competentie", comps),
                                                    ("leefgebieden", "leefgebied", leefgebieden),
                                                    ("lagen", "laag", lagen)):
                        gezien: set[str] = set()
                        for j, doel in enumerate(getattr(k, veld)):
                            loc = ("koppelingen", i, veld, j, "id")
                            self._verwijzing(cat, bestand, loc, doel.id, soort, toegestaan)
                            if doel.id in gezien:
                                self.meldingen.append(bestand.melding(loc, f"'{doel.id}' staat er twee keer",
                                                                      "dubbel"))
                            gezien.add(doel.id)
                    cat.koppelingen[k.taak] = k
            elif isinstance(md, m.ScholingBestand):
                comps = {c.id for c in cat.competenties[md.rol]}
                for i, s in enumerate(md.scholing):
                    loc = ("scholing", i, "competentie")
                    if not self._verwijzing(cat, bestand, loc, s.competentie, "competentie", comps):
                        continue
                    if s.competentie in cat.scholing:
                        self.meldingen.append(bestand.melding(loc, (
                            f"competentie '{s.competentie}' heeft al scholingsvormen; voeg ze samen"), "dubbel"))
                        continue
                    cat.scholing[s.competentie] = s
            elif isinstance(md, m.EenvoudigBestand):
                self._eenvoudig(cat, bestand, md)

    def _eenvoudig(self, cat: Catalogus, bestand: YamlBestand, md: m.EenvoudigBestand) -> None:
        """Each phrasing names a task (wat_je_doet, kort) or competency (kwaliteit) of the role.

        And no task or competency of the role is left without one.
        """
        taken = {t.id for t in cat.taken[md.rol]}
        comps = {c.id for c in cat.competenties[md.rol]}
        gezien: set[str] = set()
        for i, tekst in enumerate(md.teksten):
            loc = ("teksten", i, "id")
            if not self._verwijzing(cat, bestand, loc, tekst.id, "taak of competentie", taken | comps):
                continue
            if tekst.id in gezien or tekst.id in cat.eenvoudig:
                self.meldingen.append(bestand.melding(loc, f"'{tekst.id}' heeft al een eenvoudige tekst",
                                                      "dubbel"))
                continue
            gezien.add(tekst.id)
            if tekst.id in taken and tekst.kwaliteit is not None:
                self.meldingen.append(bestand.melding(("teksten", i, "kwaliteit"), (
                    f"'{tekst.id}' is een taak: geef 'wat_je_doet' en 'kort', geen 'kwaliteit'"), "veld"))
                continue
            if tekst.id in comps and tekst.kwaliteit is None:
                self.meldingen.append(bestand.melding(("teksten", i), (
                    f"'{tekst.id}' is een competentie: geef 'kwaliteit', geen 'wat_je_doet' of 'kort'"),
                    "veld"))
                continue
            self._eenvoudig_bron(cat, bestand, i, tekst)
            cat.eenvoudig[tekst.id] = tekst
        if {"taken.yaml", "competenties.yaml"} & self.mislukt:
            return
        for item in [*cat.taken[md.rol], *cat.competenties[md.rol]]:
            if item.id not in gezien:
                self.meldingen.append(bestand.melding(("teksten",), (
                    f"{item.id} ({item.nummer} {item.titel}) heeft geen eenvoudige tekst; voeg er een toe"),
                    "ontbreekt"))

    def _eenvoudig_bron(self, cat: Catalogus, bestand: YamlBestand, i: int, tekst: m.EenvoudigeTekst) -> None:
        """Each quoted source sentence stands literally in the item it renders: the phrasing stays traceable."""
        item = cat.items.get(tekst.id)
        if isinstance(item, m.Taak):
            delen = [item.titel, *item.alineas, *(a.tekst for a in item.activiteiten)]
        elif isinstance(item, m.Competentie):
            delen = [item.titel, item.omschrijving, *(g.tekst for g in item.gedragsindicatoren)]
        else:
            return
        bron = " ".join(delen)
        for j, zin in enumerate(tekst.bron):
            if zin not in bron:
                self.meldingen.append(bestand.melding(("teksten", i, "bron", j), (
                    f"'{zin[:60]}' staat niet letterlijk in {item.nummer} {item.titel}; citeer de bron "
                    "zoals in taken.yaml of competenties.yaml"), "bron"))

    def _herkomst(self, cat: Catalogus) -> None:
        for pad, bestand in self.bestanden.items():
            if pad not in self.modellen:
                continue
            for loc in _herkomst_plaatsen(bestand.data):
                bron = bestand.data
                for deel in loc:
                    bron = bron[deel]
                if isinstance(bron, str) and bron not in cat.bronnen:
                    self._verwijzing(cat, bestand, loc, bron, "bron", set(cat.bronnen))
                elif isinstance(bron, str) and cat.bronnen[bron].redactioneel:
                    self._redactioneel_gemarkeerd(bestand, loc[:-2])

    def _redactioneel_gemarkeerd(self, bestand: YamlBestand, loc: tuple[Any, ...]) -> None:
        """An item from the editorial source is ours as a whole: its title must say so too."""
        item = bestand.data
        for deel in loc:
            item = item[deel]
        if isinstance(item, dict) and "titel" in item and item.get("titel_redactioneel") is not True:
            self.meldingen.append(bestand.melding((*loc, "titel"), (
                "dit item komt van de redactionele bron; zet 'titel_redactioneel: true'"), "redactioneel"))

    def _bronteksten(self) -> None:
        """Corrections that apply, editorial titles marked (after loading: an old revision still loads)."""
        for pad, md in self.modellen.items():
            bestand = self.bestanden[pad]
            for loc, code, tekst in controleer(md):
                self.meldingen.append(bestand.melding(loc, tekst, code))

    def _nummering(self) -> None:
        for pad, md in self.modellen.items():
            bestand = self.bestanden[pad]
            if isinstance(md, m.TakenBestand):
                controleer_nummering(bestand, md.taken, ("taken",), "taken", self.meldingen)
                for i, taak in enumerate(md.taken):
                    loc = ("taken", i, "activiteiten")
                    controleer_nummering(bestand, taak.activiteiten, loc, f"activiteiten van taak {taak.nummer}",
                                          self.meldingen)
            elif isinstance(md, m.CompetentiesBestand):
                controleer_nummering(bestand, md.competenties, ("competenties",), "competenties",
                                      self.meldingen)
                for i, comp in enumerate(md.competenties):
                    loc = ("competenties", i, "gedragsindicatoren")
                    controleer_nummering(bestand, comp.gedragsindicatoren, loc,
                                          f"gedragsindicatoren van {comp.nummer}", self.meldingen)
            elif isinstance(md, m.LeefgebiedenBestand):
                controleer_nummering(bestand, md.leefgebieden, ("leefgebieden",), "leefgebieden",
                                      self.meldingen)
            elif isinstance(md, m.ContextBestand):
                controleer_nummering(bestand, md.lagen, ("lagen",), "lagen", self.meldingen)

    def _ongebruikt(self, cat: Catalogus) -> None:
        if self.mislukt & {"taken.yaml", "koppelingen.yaml", "scholing.yaml"}:
            return  # links are incomplete; reporting every competency as unused would be noise
        for pad, md in self.modellen.items():
            if not isinstance(md, m.CompetentiesBestand):
                continue
            bestand = self.bestanden[pad]
            gebruikt = set(cat.kern_ids(md.rol)) | {
                d.id for k in cat.koppelingen.values() for d in k.competenties}
            for i, comp in enumerate(md.competenties):
                if comp.id not in gebruikt:
                    self.meldingen.append(bestand.melding(("competenties", i, "id"), (
                        f"competentie {comp.nummer} ('{comp.id}') wordt door geen taak gevraagd en is geen "
                        "kerncompetentie; koppel haar in koppelingen.yaml"), "ongebruikt"))
                if comp.id not in cat.scholing:
                    self.meldingen.append(bestand.melding(("competenties", i, "id"), (
                        f"competentie {comp.nummer} ('{comp.id}') heeft geen scholingsvormen in scholing.yaml"),
                        "geen-scholing"))


def _herkomst_plaatsen(data: Any, loc: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    gevonden: list[tuple[Any, ...]] = []
    if isinstance(data, dict):
        herkomst = data.get("herkomst")
        if isinstance(herkomst, dict) and "bron" in herkomst:
            gevonden.append((*loc, "herkomst", "bron"))
        for k, v in data.items():
            if isinstance(v, (dict, list)) and k != "herkomst":
                gevonden += _herkomst_plaatsen(v, (*loc, k))
    elif isinstance(data, list):
        for i, v in enumerate(data):
            gevonden += _herkomst_plaatsen(v, (*loc, i))
    return gevonden


def _onderdelen(cat: Catalogus, bovens: list[Any]) -> None:
    """Every activity, indicator and part under these tasks or competencies: by ID, with its parent."""
    for boven in bovens:
        for _, kind, ouder in onderdelen_van(boven):
            cat.ouders[kind.id] = ouder
            cat.items.setdefault(kind.id, kind)


def laad_volledig(map_: Path, paden: list[Path] | None = None) -> tuple[Catalogus | None, list[Melding], list[Path]]:
    """Read, validate and check every file: the catalogue (if usable), all problems, the files looked at."""
    lader = _Lader(map_)
    lader.lees_alles(paden)
    cat = lader.bouw()
    meldingen = sorted(set(lader.meldingen), key=lambda x: (x.bestand, x.regel, x.kolom, x.tekst))
    return cat, meldingen, lader.gelezen
