"""A profile: the tasks an organisation chose, and everything a reader needs with them.

keuze ("1,3,6", "alle", a list) -> Profiel -> plain data for the templates (Profiel.als_data).
Also the saved profile definition (profiel.yaml): read it back, write it, and compare two
profiles (verschil). Pure functions; only reading the user's YAML files touches the disk.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .catalogus import Catalogus
from .fouten import CotFout, Melding, toon_pad
from .model import (
    Bron,
    Competentie,
    Laag,
    Leefgebied,
    ProfielDefinitie,
    Rol,
    Taak,
    Tekstblok,
)
from .organisatie import Organisatie

STANDAARD_NORM = 3

ROL_NAMEN = {
    "informeel": "informele onafhankelijke cliëntondersteuner",
    "formeel": "onafhankelijke cliëntondersteuner (beroepskracht)",
}

# The context a reader needs, per role: (heading, kinds of text blocks from context.yaml).
# Only blocks from the role's own publisher (Movisie for informeel, BCMB for formeel).
CONTEXT_SECTIES: dict[str, list[tuple[str, tuple[str, ...]]]] = {
    "informeel": [
        ("Wat is onafhankelijke cliëntondersteuning?", ("definitie",)),
        ("Onafhankelijkheid", ("onafhankelijkheid",)),
        ("Uitgangspunten", ("uitgangspunt",)),
    ],
    "formeel": [
        ("Wat is onafhankelijke cliëntondersteuning?", ("definitie",)),
        ("Eigenschappen van cliëntondersteuning", ("eigenschap",)),
    ],
}
SAMENSPEL_SOORTEN = {"informeel": ("samenspel",), "formeel": ("randvoorwaarde",)}
SAMENSPEL_TITELS = {"informeel": "Samenwerken met formele cliëntondersteuners",
                    "formeel": "Samenwerken met informele cliëntondersteuners"}
ORGANISATIE_SOORTEN = {"informeel": ("eisen-organisatie",), "formeel": ()}

_MAANDEN = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
            "oktober", "november", "december")


class KeuzeFout(ValueError):
    """A bad task selection; index is the position in a list (None: the whole selection)."""

    def __init__(self, tekst: str, index: int | None = None) -> None:
        super().__init__(tekst)
        self.tekst = tekst
        self.index = index


# ---- the profile -------------------------------------------------------------------------


@dataclass(frozen=True)
class Nodig:
    """A chosen task that needs a competency, leefgebied or layer, with the editorial reason."""

    taak: Taak
    reden: str


@dataclass(frozen=True)
class ProfielCompetentie:
    competentie: Competentie
    taken: list[Nodig]  # the chosen tasks that need it (editorial)
    kern: bool
    kern_reden: str | None
    norm: int


@dataclass(frozen=True)
class ProfielLeefgebied:
    leefgebied: Leefgebied
    taken: list[Nodig]


@dataclass(frozen=True)
class ProfielLaag:
    laag: Laag
    taken: list[Nodig]


@dataclass(frozen=True)
class ContextSectie:
    titel: str
    blokken: list[Tekstblok]


@dataclass
class Profiel:
    naam: str
    rol: str
    taken: list[Taak]
    competenties: list[ProfielCompetentie]
    leefgebieden: list[ProfielLeefgebied]
    lagen: list[ProfielLaag]
    context: list[ContextSectie]
    samenspel: list[Tekstblok]
    organisatie_eisen: list[Tekstblok]
    organisatie: Organisatie | None
    catalogus_naam: str
    catalogus_versie: str
    normen: dict[str, int]  # competency id -> norm, only where it differs from STANDAARD_NORM
    bronnen: list[Bron]
    keuze: list[str] | str  # the task numbers as chosen (catalogue spelling), or "alle"
    alle_taken: int  # how many tasks the role has
    toelichting: str | None = None
    extra_context: list[str] = field(default_factory=list)
    datum: dt.date = field(default_factory=lambda: vandaag())

    @property
    def taak_nummers(self) -> list[str]:
        return [t.nummer for t in self.taken]

    def als_data(self) -> dict[str, Any]:
        """Plain data (dicts, lists, strings, numbers) for templates: no models, no paths."""
        return _als_data(self)


def vandaag() -> dt.date:
    """Today, or the date in SOURCE_DATE_EPOCH (reproducible documents, tests)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC).date()
    return dt.date.today()


def datum_tekst(datum: dt.date) -> str:
    return f"{datum.day} {_MAANDEN[datum.month - 1]} {datum.year}"


def opsomming(delen: list[str]) -> str:
    """'1, 3 en 6'."""
    if len(delen) <= 1:
        return "".join(delen)
    return ", ".join(delen[:-1]) + " en " + delen[-1]


# ---- choosing tasks ------------------------------------------------------------------------


def _bereik(cat: Catalogus, rol: str) -> str:
    nummers = [t.nummer for t in cat.taken[rol]]
    if rol == "informeel" and nummers:
        return f"{nummers[0]}–{nummers[-1]}"
    return ", ".join(nummers)


def _delen(keuze: str | list[Any]) -> list[str] | str:
    if isinstance(keuze, str):
        tekst = keuze.strip()
        if tekst.lower() == "alle":
            return "alle"
        if not tekst:
            raise KeuzeFout("geen taken gekozen; geef taaknummers op, bijvoorbeeld 1,3,6, of 'alle'")
        delen = [d.strip() for d in tekst.split(",")]
        if "" in delen:
            raise KeuzeFout(f"lege plek in de taaknummers '{tekst}'; scheid de nummers met één komma, "
                            "bijvoorbeeld 1,3,6")
        return delen
    return [str(d).strip() for d in keuze]


def kies_taken(cat: Catalogus, rol: str, keuze: str | list[Any]) -> list[Taak]:
    """'1,3,6', ['1', 3], '3.1' (section 3.1 is task 1) or 'alle' -> the tasks, in catalogue order.

    Raises KeuzeFout for an empty, unknown or duplicate number.
    """
    if rol not in cat.taken:
        raise KeuzeFout(f"rol '{rol}' bestaat niet; kies uit: informeel, formeel")
    alle = cat.taken[rol]
    delen = _delen(keuze)
    if delen == "alle":
        return list(alle)
    if not delen:
        raise KeuzeFout("geen taken gekozen; noem minstens één taaknummer, of 'alle'")
    gekozen: dict[str, str] = {}  # taak id -> how it was written
    for i, deel in enumerate(delen):
        if deel.lower() == "alle":
            raise KeuzeFout("'alle' kan niet samen met taaknummers; kies 'alle' of losse nummers", i)
        taak = cat.taak_op_nummer(rol, deel) if re.fullmatch(r"[A-Za-z0-9.]{1,8}", deel) else None
        if taak is None:
            anders = "formeel" if rol == "informeel" else "informeel"
            hint = f" (taak {deel} hoort bij rol {anders})" \
                if cat.taak_op_nummer(anders, deel) else ""
            raise KeuzeFout(f"taak '{deel}' bestaat niet bij rol {rol}; kies uit: {_bereik(cat, rol)}, "
                            f"of 'alle'{hint}", i)
        if taak.id in gekozen:
            eerder = gekozen[taak.id]
            zelfde = f" (als '{eerder}')" if eerder != deel else ""
            raise KeuzeFout(f"taak {taak.nummer} staat twee keer in de keuze{zelfde}", i)
        gekozen[taak.id] = deel
    return [t for t in alle if t.id in gekozen]


# ---- building --------------------------------------------------------------------------------


def _uitgevers(cat: Catalogus, rol: str) -> set[str]:
    """The publishers of the role's own sources (Movisie for informeel, BCMB for formeel)."""
    bronnen = {t.herkomst.bron for t in cat.taken[rol]} | {c.herkomst.bron for c in cat.competenties[rol]}
    return {cat.bronnen[b].uitgever for b in bronnen if b in cat.bronnen and not cat.bronnen[b].redactioneel}


def _blokken(cat: Catalogus, rol: str, soorten: tuple[str, ...]) -> list[Tekstblok]:
    uitgevers = _uitgevers(cat, rol)
    gekozen = []
    for blok in cat.tekstblokken_van(*soorten):
        bron = cat.bronnen.get(blok.herkomst.bron)
        if bron is None or bron.uitgever not in uitgevers:
            continue
        # A block whose text ends in a colon introduces a list that lives elsewhere in the
        # source (the eight leefgebieden after 'Integrale ondersteuning'): on its own it is
        # unfinished, so it is left out; the profile lists its leefgebieden itself.
        laatste = blok.alineas[-1] if blok.alineas else ""
        if laatste.endswith(":") and not blok.punten:
            continue
        gekozen.append(blok)
    return gekozen


def normen_op_id(cat: Catalogus, rol: str, normen: dict[str, int]) -> dict[str, int]:
    """Norms by competency number ('4.3') -> by id. Raises KeuzeFout for an unknown number."""
    resultaat = {}
    for nummer, norm in normen.items():
        comp = cat.competentie_op_nummer(rol, str(nummer))
        if comp is None:
            nummers = [c.nummer for c in cat.competenties[rol]]
            raise KeuzeFout(f"competentie '{nummer}' bestaat niet bij rol {rol}; "
                            f"kies uit: {', '.join(nummers)}")
        resultaat[comp.id] = norm
    return resultaat


def bouw(cat: Catalogus, rol: str, keuze: str | list[Any], naam: str | None = None,
         organisatie: Organisatie | None = None, normen: dict[str, int] | None = None,
         toelichting: str | None = None, extra_context: list[str] | None = None,
         datum: dt.date | None = None) -> Profiel:
    """Build the profile for the chosen tasks. Raises KeuzeFout for a bad selection or norm."""
    taken = kies_taken(cat, rol, keuze)
    ids = [t.id for t in taken]
    normen_id = normen_op_id(cat, rol, normen or {})
    koppelingen = cat.koppelingen
    kern_redenen = {k.competentie: k.reden for k in cat.kern[rol]}

    def nodig(soort: str, doel_id: str) -> list[Nodig]:
        resultaat = []
        for taak in taken:
            k = koppelingen.get(taak.id)
            for d in getattr(k, soort, []) if k else []:
                if d.id == doel_id:
                    resultaat.append(Nodig(taak, d.reden))
        return resultaat

    competenties = [
        ProfielCompetentie(comp, nodig("competenties", comp.id), kern, kern_redenen.get(comp.id),
                           normen_id.get(comp.id, STANDAARD_NORM))
        for comp, _, kern in cat.competenties_voor(rol, ids)
    ]
    leefgebieden = [ProfielLeefgebied(lg, nodig("leefgebieden", lg.id))
                    for lg, _ in cat.leefgebieden_voor(ids)]
    lagen = [ProfielLaag(laag, nodig("lagen", laag.id)) for laag in cat.lagen_voor(ids)]
    context = [ContextSectie(titel, _blokken(cat, rol, soorten)) for titel, soorten in CONTEXT_SECTIES[rol]]
    extra = [s for s in (extra_context or []) if s]
    if extra:
        blokken = [b for b in cat.tekstblokken_van(*extra)
                   if all(b not in s.blokken for s in context)]
        if blokken:
            context.append(ContextSectie(_extra_titel(extra), blokken))
    context = [s for s in context if s.blokken]
    samenspel = _blokken(cat, rol, SAMENSPEL_SOORTEN[rol])
    eisen = _blokken(cat, rol, ORGANISATIE_SOORTEN[rol]) if ORGANISATIE_SOORTEN[rol] else []

    # Sources: those of everything the profile shows, then the editorial one.
    gebruikt: list[str] = []
    for item in [*taken, *(c.competentie for c in competenties), *(lg.leefgebied for lg in leefgebieden),
                 *(la.laag for la in lagen), *(b for s in context for b in s.blokken), *samenspel, *eisen]:
        if item.herkomst.bron not in gebruikt:
            gebruikt.append(item.herkomst.bron)
    bronnen = [cat.bronnen[b] for b in gebruikt if b in cat.bronnen]
    bronnen += [b for b in cat.bronnen.values() if b.redactioneel and b not in bronnen]

    return Profiel(
        naam=naam or f"Functieprofiel {ROL_NAMEN[rol]}",
        rol=rol,
        taken=taken,
        competenties=competenties,
        leefgebieden=leefgebieden,
        lagen=lagen,
        context=context,
        samenspel=samenspel,
        organisatie_eisen=eisen,
        organisatie=organisatie,
        catalogus_naam=cat.meta.naam,
        catalogus_versie=cat.versie,
        normen={k: v for k, v in normen_id.items() if v != STANDAARD_NORM},
        bronnen=bronnen,
        keuze="alle" if isinstance(keuze, str) and keuze.strip().lower() == "alle"
        else [t.nummer for t in taken],
        alle_taken=len(cat.taken[rol]),
        toelichting=toelichting,
        extra_context=extra,
        datum=datum or vandaag(),
    )


_EXTRA_TITELS = {
    "ervaringsdeskundigheid": "Ervaringsdeskundigheid",
    "informeel": "Informele cliëntondersteuning",
    "meerwaarde": "Meerwaarde",
    "doelgroep": "Doelgroep",
    "tip": "Tips voor de organisatie",
    "doel": "Achtergrond",
    "eigenschap": "Eigenschappen van cliëntondersteuning",
    "randvoorwaarde": "Randvoorwaarden",
}


def _extra_titel(soorten: list[str]) -> str:
    return " en ".join(_EXTRA_TITELS.get(s, s.capitalize()) for s in soorten[:1]) if len(soorten) == 1 \
        else "Meer achtergrond"


# ---- plain data for the templates --------------------------------------------------------------


def _dump(model: Any) -> dict[str, Any]:
    return model.model_dump(mode="json")


def _taak_kort(taak: Taak) -> dict[str, Any]:
    return {"id": taak.id, "nummer": taak.nummer, "titel": taak.titel}


def _nodig(lijst: list[Nodig]) -> list[dict[str, Any]]:
    return [{**_taak_kort(n.taak), "reden": n.reden} for n in lijst]


def _bron_tekst(bron: Bron) -> str:
    delen = [bron.uitgever]
    if bron.datum:
        delen[0] += f" ({bron.datum[:4]})"
    delen.append(bron.titel)
    tekst = ". ".join(d.rstrip(".") for d in delen)
    tekst = tekst if tekst.endswith(("?", "!")) else tekst + "."
    if bron.redactioneel:
        tekst += (" Redactioneel: de koppelingen van taken aan competenties, leefgebieden en lagen, met "
                  "hun reden.")
    return tekst


def taken_tekst(nummers: list[str]) -> str:
    """['3'] -> 'taak 3'; ['1', '3', '6'] -> 'taken 1, 3 en 6'."""
    return f"{'taak' if len(nummers) == 1 else 'taken'} {opsomming(nummers)}"


def _teksten(p: Profiel, bronnen: list[Bron]) -> dict[str, Any]:
    """The profile's own sentences (editorial, by cot), shared by the Markdown template and DOCX."""
    rol = ROL_NAMEN[p.rol]
    bij = f" bij {p.organisatie.naam}" if p.organisatie else ""
    hoofdbron = next((b for b in bronnen if p.taken and b.id == p.taken[0].herkomst.bron), None)
    if hoofdbron:
        jaar = f", {hoofdbron.datum[:4]}" if hoofdbron.datum else ""
        herkomst = f"‘{hoofdbron.titel}’ ({hoofdbron.uitgever}{jaar})"
    else:
        herkomst = "de catalogus"
    org = p.organisatie.naam if p.organisatie else "de organisatie"
    return {
        "ondertitel": f"Functieprofiel voor de {rol}{bij}, {datum_tekst(p.datum)}.",
        "inleiding": [
            f"Dit functieprofiel beschrijft wat een {rol}{bij} doet en wat daarvoor nodig is. Het is "
            f"samengesteld uit de bouwstenen van {herkomst}: de gekozen taken met hun activiteiten, de "
            "competenties die deze taken vragen en de leefgebieden die ze raken.",
            "Teksten uit de bronnen staan er letterlijk in. Welke competenties, leefgebieden en lagen "
            "bij een "
            "taak horen, is een keuze van de redactie van cot; die onderdelen zijn gemarkeerd als "
            "redactioneel.",
        ],
        "lagen_titel": "Lagen van cliëntondersteuning",
        "lagen_inleiding": "De VNG onderscheidt drie lagen van cliëntondersteuning. De gekozen taken "
                           "vallen in "
                           "deze lagen (redactioneel):",
        "taken_titel": "Taken",
        "taken_inleiding": f"De {rol} voert de volgende taken uit. Bij elke taak staan de toelichting en de "
                           "activiteiten uit de bron.",
        "competenties_titel": "Competenties",
        "competenties_inleiding": "Voor deze taken zijn de volgende competenties nodig. De omschrijvingen en "
                                  "gedragsindicatoren komen uit de bron; welke taak welke competentie "
                                  "vraagt, is "
                                  "redactioneel. Een kerncompetentie hoort bij elk profiel van deze rol.",
        "leefgebieden_titel": "Leefgebieden",
        "leefgebieden_inleiding": "Een cliëntondersteuner heeft oog voor alle leefgebieden van de cliënt. De "
                                  "gekozen taken raken in het bijzonder deze leefgebieden (redactioneel):",
        "samenspel_titel": SAMENSPEL_TITELS[p.rol],
        "biedt_titel": f"Wat {org} biedt",
        "contact_titel": "Contact",
        "bronnen_titel": "Bronnen",
        "slot": f"Samengesteld met cot uit de {p.catalogus_naam}, versie {p.catalogus_versie}, op "
                f"{datum_tekst(p.datum)}.",
    }


def _indicatoren_inleiding(comp: Competentie) -> str | None:
    """The line above the indicators; none where the description itself runs on into them (BCMB 2a)."""
    if comp.inleiding_indicatoren:
        return comp.inleiding_indicatoren
    if comp.gedragsindicatoren and comp.omschrijving.endswith((".", "!", "?")):
        return "Gedragsindicatoren:"
    return None


def _als_data(p: Profiel) -> dict[str, Any]:
    org = p.organisatie
    from . import organisatiezinnen

    biedt = [{"veld": veld, "label": label, "tekst": tekst}
             for veld, label, tekst in (organisatiezinnen.aanbod(org) if org else [])]
    keuze_tekst = f"alle {p.alle_taken}" if p.keuze == "alle" else \
        f"{opsomming(p.taak_nummers)} (van de {p.alle_taken})"
    kenmerken = [("Rol", ROL_NAMEN[p.rol])]
    if org:
        kenmerken.append(("Organisatie", org.naam))
        if org.werkgebied:
            kenmerken.append(("Werkgebied", (organisatiezinnen.werkgebied(org) or "").removeprefix("de ")))
    kenmerken += [("Taken", keuze_tekst), ("Datum", datum_tekst(p.datum)),
                  ("Catalogus", f"{p.catalogus_naam}, versie {p.catalogus_versie}")]
    contact: list[tuple[str, str]] = []
    if org and org.contact:
        c = org.contact
        contact.append(("Contactpersoon", c.naam + (f", {c.functie}" if c.functie else "")))
        contact += [(label, waarde) for label, waarde in (("Telefoon", c.telefoon), ("E-mail", c.email),
                                                          ("Website", c.website)) if waarde]
    if org:
        contact += [("Adres", org.adres)] if org.adres else []

    def voor(c: ProfielCompetentie) -> str:
        delen = ["kerncompetentie"] if c.kern else []
        if c.taken:
            delen.append(taken_tekst([n.taak.nummer for n in c.taken]))
        return ", ".join(delen)

    return {
        "profiel": {
            "naam": p.naam,
            "rol": p.rol,
            "rol_naam": ROL_NAMEN[p.rol],
            "toelichting": p.toelichting,
            "datum": datum_tekst(p.datum),
            "datum_iso": p.datum.isoformat(),
            "keuze": p.keuze,
            "keuze_tekst": keuze_tekst,
            "aantal_taken": len(p.taken),
            "alle_taken": p.alle_taken,
        },
        "teksten": _teksten(p, p.bronnen),
        "kenmerken": [{"label": k, "tekst": v} for k, v in kenmerken],
        "organisatie": _dump(org) if org else None,
        "organisatie_biedt": biedt,
        "contact": [{"label": k, "tekst": v} for k, v in contact],
        "catalogus": {"naam": p.catalogus_naam, "versie": p.catalogus_versie},
        "context": [{"titel": s.titel, "blokken": [_dump(b) for b in s.blokken]} for s in p.context],
        "lagen": [{**_dump(la.laag), "taken": _nodig(la.taken),
                   "taken_tekst": taken_tekst([n.taak.nummer for n in la.taken])} for la in p.lagen],
        "taken": [_dump(t) for t in p.taken],
        "competenties": [
            {**_dump(c.competentie), "taken": _nodig(c.taken), "kern": c.kern, "kern_reden": c.kern_reden,
             "norm": c.norm, "voor_tekst": voor(c),
             "indicatoren_inleiding": _indicatoren_inleiding(c.competentie)}
            for c in p.competenties
        ],
        "leefgebieden": [{**_dump(lg.leefgebied), "taken": _nodig(lg.taken),
                          "taken_tekst": taken_tekst([n.taak.nummer for n in lg.taken])}
                         for lg in p.leefgebieden],
        "samenspel": [_dump(b) for b in p.samenspel],
        "organisatie_eisen": [_dump(b) for b in p.organisatie_eisen],
        "bronnen": [{**_dump(b), "tekst": _bron_tekst(b)} for b in p.bronnen],
        "normen": dict(p.normen),
        "standaard_norm": STANDAARD_NORM,
    }


# ---- the saved definition (profiel.yaml) --------------------------------------------------------


@dataclass
class GeladenDefinitie:
    definitie: ProfielDefinitie
    organisatie: Organisatie | None
    bestand: Any  # YamlBestand, for positions
    organisatie_pad: Path | None


def lees_organisatie(pad: Path) -> Organisatie:
    """organisatie.yaml, checked; any problem is a CotFout (exit 1) with file and line."""
    from .organisatie import lees_organisatie as lees

    return lees(pad)


def lees_definitie(pad: Path) -> GeladenDefinitie:
    from .validatie import valideer_of_stop
    from .yamlbestand import lees_yaml

    bestand = lees_yaml(pad)
    definitie = valideer_of_stop(bestand, ProfielDefinitie)
    organisatie = None
    org_pad = None
    if definitie.organisatie:
        org_pad = Path(definitie.organisatie)
        if not org_pad.is_absolute():
            org_pad = pad.parent / org_pad
        if not org_pad.is_file():
            raise CotFout(bestand.melding(("organisatie",), (
                f"organisatiebestand '{definitie.organisatie}' niet gevonden (gezocht: {toon_pad(org_pad)}); "
                "een pad is relatief aan dit profielbestand"), "organisatie"))
        organisatie = lees_organisatie(org_pad)
    return GeladenDefinitie(definitie, organisatie, bestand, org_pad)


def kies_taken_of_stop(cat: Catalogus, rol: str, tekst: str) -> list[Taak]:
    """kies_taken for --taken on the command line: a bad selection is a usage error (exit 2)."""
    from .fouten import GebruiksFout

    try:
        return kies_taken(cat, rol, tekst)
    except KeuzeFout as fout:
        raise GebruiksFout(f"--taken: {fout.tekst}") from None


def taken_van(cat: Catalogus, geladen: GeladenDefinitie) -> list[Taak]:
    """The tasks of a saved definition; a bad number is a CotFout pointing at its line."""
    d, bestand = geladen.definitie, geladen.bestand
    try:
        return kies_taken(cat, d.rol, d.taken)
    except KeuzeFout as fout:
        loc: tuple[Any, ...] = ("taken", fout.index) if fout.index is not None else ("taken",)
        raise CotFout(bestand.melding(loc, f"taken: {fout.tekst}", "taken")) from None


def laad_definitie(pad: Path) -> tuple[ProfielDefinitie, Organisatie | None]:
    """Read and check profiel.yaml and the organisation file it names (relative to it)."""
    geladen = lees_definitie(pad)
    return geladen.definitie, geladen.organisatie


def profiel_uit_bestand(cat: Catalogus, pad: Path,
                        datum: dt.date | None = None) -> tuple[Profiel, list[Melding]]:
    """Build the profile a saved definition describes; also warnings (another catalogue version).

    Problems in the file (unknown task numbers, norms for unknown competencies) are a CotFout
    with file and line.
    """
    geladen = lees_definitie(pad)
    d, bestand = geladen.definitie, geladen.bestand
    taken_van(cat, geladen)
    try:
        normen_op_id(cat, d.rol, d.normen)
    except KeuzeFout as fout:
        nummer = next((n for n in d.normen if cat.competentie_op_nummer(d.rol, n) is None), None)
        raise CotFout(bestand.melding(("normen", nummer) if nummer else ("normen",), f"normen: {fout.tekst}",
                                      "normen", sleutel=True)) from None
    profiel = bouw(cat, d.rol, d.taken, d.naam, geladen.organisatie, d.normen, d.toelichting,
                   list(d.context), datum)
    waarschuwingen = []
    if d.catalogus_versie and d.catalogus_versie != cat.versie:
        waarschuwingen.append(bestand.melding(("catalogus_versie",), (
            f"dit profiel is gebouwd met catalogusversie {d.catalogus_versie}; nu is het versie "
            f"{cat.versie}. "
            "De teksten kunnen veranderd zijn: bewaar het profiel opnieuw (--bewaar) en vergelijk met "
            "'cot profiel diff'"), "catalogus-versie", ernst="waarschuwing"))
    return profiel, waarschuwingen


def definitie_van(profiel: Profiel, organisatie_pad: str | None = None) -> ProfielDefinitie:
    normen = {}
    for comp in profiel.competenties:
        if comp.competentie.id in profiel.normen:
            normen[comp.competentie.nummer] = profiel.normen[comp.competentie.id]
    return ProfielDefinitie(
        naam=profiel.naam, rol=profiel.rol,  # type: ignore[arg-type]
        taken=profiel.keuze if profiel.keuze == "alle" else list(profiel.keuze),
        organisatie=organisatie_pad, normen=normen, catalogus_versie=profiel.catalogus_versie,
        toelichting=profiel.toelichting, context=list(profiel.extra_context),  # type: ignore[arg-type]
    )


def relatief_pad(doel: Path, vanaf_map: Path) -> str:
    """doel as a path relative to a folder (for the organisation in a saved profile), with '/'."""
    try:
        return Path(os.path.relpath(doel.resolve(), vanaf_map.resolve())).as_posix()
    except ValueError:  # another drive on Windows
        return str(doel.resolve())


def definitie_yaml(definitie: ProfielDefinitie) -> str:
    """The definition as readable YAML with a comment header (round-trips through laad_definitie)."""
    import io

    from ruamel.yaml import YAML
    from ruamel.yaml.comments import CommentedMap, CommentedSeq
    from ruamel.yaml.scalarstring import DoubleQuotedScalarString as Dq

    data = CommentedMap()
    data["naam"] = definitie.naam
    data["rol"] = definitie.rol
    if definitie.taken == "alle":
        data["taken"] = "alle"
    else:
        taken = CommentedSeq(Dq(str(t)) for t in definitie.taken)
        taken.fa.set_flow_style()
        data["taken"] = taken
    if definitie.organisatie:
        data["organisatie"] = definitie.organisatie
    if definitie.normen:
        data["normen"] = CommentedMap((Dq(k), v) for k, v in definitie.normen.items())
    if definitie.context:
        context = CommentedSeq(list(definitie.context))
        context.fa.set_flow_style()
        data["context"] = context
    if definitie.catalogus_versie:
        data["catalogus_versie"] = Dq(definitie.catalogus_versie)
    if definitie.toelichting:
        data["toelichting"] = definitie.toelichting
    data.yaml_set_start_comment(
        "Profieldefinitie voor cot: de gekozen taken en gegevens van een functieprofiel.\n"
        "Opnieuw maken:  cot profiel render DIT-BESTAND -o profiel.docx\n"
        "Vergelijken:    cot profiel diff DIT-BESTAND ANDER-PROFIEL.yaml\n"
        "taken: nummers zoals 'cot catalogus toon taken' ze toont, of 'alle'.\n"
        "organisatie: pad naar organisatie.yaml, relatief aan dit bestand.\n"
        "catalogus_versie: de catalogus waarmee dit profiel is gebouwd.")
    yaml = YAML()
    yaml.width = 100
    yaml.indent(mapping=2, sequence=4, offset=2)
    uit = io.StringIO()
    yaml.dump(data, uit)
    return uit.getvalue()


# ---- comparing two profiles ----------------------------------------------------------------------


@dataclass
class Verschil:
    """One kind of difference: what B has that A has not (erbij), the other way round (eraf), as
    (id, label); and for the profile's own details, what changed (gewijzigd: label, in A, in B)."""

    soort: str  # "taken", "activiteiten", "competenties", "leefgebieden", "lagen", "gegevens"
    erbij: list[tuple[str, str]] = field(default_factory=list)
    eraf: list[tuple[str, str]] = field(default_factory=list)
    gewijzigd: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def leeg(self) -> bool:
        return not self.erbij and not self.eraf and not self.gewijzigd


def _vergelijk(soort: str, links: list[tuple[str, str]], rechts: list[tuple[str, str]]) -> Verschil:
    links_ids = {i for i, _ in links}
    rechts_ids = {i for i, _ in rechts}
    return Verschil(soort, erbij=[x for x in rechts if x[0] not in links_ids],
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
            rijen[f"gewenst niveau {c.competentie.nummer}"] = str(c.norm)
    return rijen


def verschil(a: Profiel, b: Profiel) -> list[Verschil]:
    """Differences by stable ID, in catalogue order. Every kind is there; Verschil.leeg if equal."""

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
    gegevens = Verschil("gegevens", gewijzigd=[
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


def rol_van_tekst(rol: str) -> Rol:
    if rol not in ("informeel", "formeel"):
        raise KeuzeFout(f"rol '{rol}' bestaat niet; kies uit: informeel, formeel")
    return rol  # type: ignore[return-value]
