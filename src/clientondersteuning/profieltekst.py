"""A built profile as plain data for the documents (dicts, lists, strings, numbers).

The profile's own sentences (editorial, by cot) live here, so the Markdown template and the
Word document say the same thing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import organisatiezinnen
from .bronteksten import drukklaar
from .keuze import STANDAARD_NORM
from .profiel import (
    ROL_NAMEN,
    SAMENSPEL_TITELS,
    Nodig,
    Profiel,
    ProfielCompetentie,
    datum_tekst,
)
from .soorten import CLUSTERS
from .weergave.zinnen import hoofdletter, opsomming, taken_tekst

if TYPE_CHECKING:
    from .model import Bron, Competentie, Taak, Tekstblok

# Which tasks follow a chapter that ends in a colon (gevolgd_door), by the task's kind.
TAAKSOORTEN = {"taken": ("taak",), "kerntaken": ("kerntaak",), "onderscheidende-taken": ("onderscheidend",)}


def _dump(model: Any) -> dict[str, Any]:
    """A catalogue item as documents print it (corrections applied, editorial titles marked)."""
    return drukklaar(model).model_dump(mode="json")


def _taak_kort(taak: Taak) -> dict[str, Any]:
    return {"id": taak.id, "nummer": taak.nummer, "titel": drukklaar(taak).titel}


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
                  "hun reden, en titels die de bronnen niet geven.")
    return tekst


def in_dit_profiel(lijst: list[Nodig]) -> str:
    """Which chosen tasks fall in a layer: editorial, and marked so wherever the layer is printed."""
    if not lijst:
        return "In dit profiel (redactioneel): geen van de gekozen taken."
    return f"In dit profiel (redactioneel): {taken_tekst([n.taak.nummer for n in lijst])}."


def _raakt(lijst: list[Nodig]) -> str:
    """Which chosen tasks touch a leefgebied (the column or sentence says it is editorial)."""
    if not lijst:
        return "Niet geraakt door de gekozen taken"
    return hoofdletter(taken_tekst([n.taak.nummer for n in lijst]))


def _taak(taak: Taak) -> dict[str, Any]:
    """A task as documents print it. A BCMB kerntaak's paragraph opens with its own title
    ("Verduidelijken ondersteuningsbehoeften, omschreven als ..."): the heading says the title, so
    the paragraph starts after it and the title is printed once."""
    d = _dump(taak)
    kop = f"{d['titel']}, "
    if d["alineas"] and d["alineas"][0].casefold().startswith(kop.casefold()):
        d["alineas"] = [hoofdletter(d["alineas"][0][len(kop):]), *d["alineas"][1:]]
    return d


def _blok(blok: Tekstblok, p: Profiel) -> dict[str, Any]:
    """A text block with its heading (the source's number first) and the list that follows it in
    the source when its text ends in a colon (the three layers, the eight leefgebieden)."""
    d = _dump(blok)
    d["kop"] = f"{blok.nummer} {d['titel']}" if blok.nummer else d["titel"]
    d["vervolg"] = []
    if blok.gevolgd_door == "lagen":
        d["vervolg"] = [f"{laag['titel']}. {laag['tekst']} {laag['in_dit_profiel']}" for laag in _lagen(p)]
    elif blok.gevolgd_door == "leefgebieden":
        d["vervolg"] = [f"{lg['naam']} ({', '.join(lg['themas'])})" for lg in _leefgebieden(p)]
    return d


def _lagen(p: Profiel) -> list[dict[str, Any]]:
    lagen = p.lagen if p.beknopt else p.alle_lagen
    return [{**_dump(la.laag), "taken": _nodig(la.taken), "in_dit_profiel": in_dit_profiel(la.taken),
             "taken_tekst": taken_tekst([n.taak.nummer for n in la.taken])} for la in lagen]


def _leefgebieden(p: Profiel) -> list[dict[str, Any]]:
    leefgebieden = p.leefgebieden if p.beknopt else p.alle_leefgebieden
    return [{**_dump(lg.leefgebied), "taken": _nodig(lg.taken), "taken_zin": _raakt(lg.taken),
             "taken_tekst": taken_tekst([n.taak.nummer for n in lg.taken])} for lg in leefgebieden]


def _verankerd(blok: Tekstblok) -> bool:
    """A chapter whose text leads into the profile's tasks or competencies (printed with them)."""
    return blok.gevolgd_door in TAAKSOORTEN or blok.gevolgd_door == "competenties"


def _hoofdstukken(p: Profiel) -> list[dict[str, Any]]:
    return [{**_blok(h.opening, p), "blokken": [_blok(b, p) for b in h.blokken]}
            for h in p.hoofdstukken if not _verankerd(h.opening)]


def _taakgroepen(p: Profiel, t: dict[str, Any]) -> list[dict[str, Any]]:
    """The tasks under the chapters that introduce them (all of that chapter's tasks listed, the
    chosen ones marked and worked out); beknopt or without such chapters: one group 'Taken'."""
    gekozen = {taak.id for taak in p.taken}
    groepen = []
    for h in p.hoofdstukken:
        soorten = TAAKSOORTEN.get(h.opening.gevolgd_door or "")
        if not soorten:
            continue
        opening = _blok(h.opening, p)
        alle = [taak for taak in p.rol_taken if taak.soort in soorten]
        groepen.append({
            "titel": opening["kop"], "alineas": opening["alineas"],
            "overzicht": [f"Taak {taak.nummer}. {drukklaar(taak).titel}"
                          + (" (in dit profiel)" if taak.id in gekozen else "") for taak in alle],
            "inleiding": t["taken_gekozen"] if any(taak.id in gekozen for taak in alle) else t["taken_geen"],
            "taken": [_taak(taak) for taak in p.taken if taak.soort in soorten],
        })
    if not groepen:
        groepen = [{"titel": t["taken_titel"], "alineas": [], "overzicht": [], "inleiding": t["taken_inleiding"],
                    "taken": [_taak(taak) for taak in p.taken]}]
    return groepen


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
            "Teksten uit de bronnen staan er letterlijk in (zie Bronnen). Welke competenties, leefgebieden "
            "en lagen bij een taak horen, is een keuze van de redactie van cot, net als titels die de "
            "bronnen niet geven; die onderdelen zijn gemarkeerd met (redactioneel).",
        ],
        "lagen_titel": "Lagen van cliëntondersteuning",
        "lagen_inleiding": "De VNG onderscheidt drie lagen van cliëntondersteuning. De gekozen taken "
                           "vallen in deze lagen (redactioneel):" if p.beknopt else
                           "De VNG onderscheidt drie lagen van cliëntondersteuning:",
        "taken_titel": "Taken",
        "taken_inleiding": f"De {rol} voert de volgende taken uit. Bij elke taak staan de toelichting en de "
                           "activiteiten uit de bron.",
        "taken_gekozen": "Dit profiel werkt de gekozen taken hieronder uit, met de toelichting en de activiteiten "
                         "uit de bron.",
        "taken_geen": "Geen van deze taken is gekozen voor dit profiel.",
        "competenties_titel": "Competenties",
        "competenties_inleiding": "Hieronder zijn de competenties uitgewerkt die de gekozen taken vragen, en de "
                                  "kerncompetenties. De omschrijvingen en gedragsindicatoren komen uit de bron; "
                                  "welke taak welke competentie vraagt, is redactioneel. Een kerncompetentie "
                                  "hoort bij elk profiel van deze rol.",
        "leefgebieden_titel": "Leefgebieden",
        "leefgebieden_inleiding": "Een cliëntondersteuner heeft oog voor alle leefgebieden van de cliënt. De "
                                  "gekozen taken raken in het bijzonder deze leefgebieden (redactioneel):"
                                  if p.beknopt else
                                  "Een cliëntondersteuner heeft oog voor alle leefgebieden van de cliënt. Per "
                                  "leefgebied staat welke gekozen taken het in het bijzonder raken "
                                  "(redactioneel):",
        "samenspel_titel": SAMENSPEL_TITELS[p.rol],
        "biedt_titel": f"Wat {org} biedt",
        "contact_titel": "Contact",
        "bronnen_titel": "Bronnen",
        "correcties": "Teksten uit de bronnen staan er letterlijk in; alleen kennelijke typefouten zijn "
                      "verbeterd. De lijst van die verbeteringen geeft 'cot catalogus toon correcties'.",
        "slot": f"Samengesteld met cot uit de {p.catalogus_naam}, versie {p.catalogus_versie}, op "
                f"{datum_tekst(p.datum)}.",
    }


def _indicatoren_inleiding(comp: Competentie) -> str | None:
    """The line above the indicators, as the source has it (none where the description runs on into
    them, as in BCMB 2a). The same rule as the tasks' lead-in: only the catalogue's text."""
    return drukklaar(comp).inleiding_indicatoren


def als_data(p: Profiel) -> dict[str, Any]:
    org = p.organisatie
    biedt = [{"veld": veld, "label": label, "tekst": tekst}
             for veld, label, tekst in (organisatiezinnen.aanbod(org) if org else [])]
    keuze_tekst = f"alle {p.alle_taken}" if p.keuze == "alle" else \
        f"{opsomming(p.taak_nummers)} (van de {p.alle_taken})"
    kenmerken = [("Rol", ROL_NAMEN[p.rol])]
    if org:
        kenmerken.append(("Organisatie", org.naam))
        if org.werkgebied:
            kenmerken.append(("Werkgebied", (organisatiezinnen.werkgebied(org) or "").removeprefix("de ")))
    kenmerken += [("Taken", keuze_tekst),
                  ("Versie", "beknopt: alleen wat de gekozen taken nodig hebben" if p.beknopt else
                   "volledig: de tekst van de bron in haar volgorde, met de gekozen taken uitgewerkt"),
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

    teksten = _teksten(p, p.bronnen)
    competenties = [
        {**_dump(c.competentie), "taken": _nodig(c.taken), "kern": c.kern, "kern_reden": c.kern_reden,
         "norm": c.norm, "voor_tekst": voor(c), "indicatoren_inleiding": _indicatoren_inleiding(c.competentie)}
        for c in p.competenties
    ]
    nodig = {c["id"]: c for c in competenties}
    # The overview: the full profile lists every competency of the role, as the source does.
    overzicht = competenties if p.beknopt else [
        nodig.get(c.id) or {**_dump(c), "voor_tekst": "niet nodig voor de gekozen taken"}
        for c in p.rol_competenties]
    hoofdstuk = next((_blok(h.opening, p) for h in p.hoofdstukken if h.opening.gevolgd_door == "competenties"),
                     None)
    # BCMB groups its competencies under kennis, houding and vaardigheden.
    groepen = [{"titel": f"{nummer} {kop}", "competenties": [c for c in competenties if c.get("cluster") == sleutel]}
               for sleutel, (nummer, kop) in CLUSTERS.items()]
    groepen = [g for g in groepen if g["competenties"]]
    if not groepen or any(not c.get("cluster") for c in competenties):
        groepen = [{"titel": None, "competenties": competenties}]
    lagen_in_tekst = any(b.gevolgd_door == "lagen" for h in p.hoofdstukken for b in [h.opening, *h.blokken])

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
        "beknopt": p.beknopt,
        "teksten": teksten,
        "kenmerken": [{"label": k, "tekst": v} for k, v in kenmerken],
        "organisatie": _dump(org) if org else None,
        "organisatie_biedt": biedt,
        "contact": [{"label": k, "tekst": v} for k, v in contact],
        "catalogus": {"naam": p.catalogus_naam, "versie": p.catalogus_versie},
        "hoofdstukken": _hoofdstukken(p),
        "context": [{"titel": s.titel, "blokken": [_blok(b, p) for b in s.blokken]} for s in p.context],
        "lagen": _lagen(p),
        "lagen_in_tekst": lagen_in_tekst,
        "taken": [_taak(t) for t in p.taken],
        "taakgroepen": _taakgroepen(p, teksten),
        "competenties": competenties,
        "competenties_overzicht": overzicht,
        "competenties_hoofdstuk": hoofdstuk,
        "competentiegroepen": groepen,
        "leefgebieden": _leefgebieden(p),
        "samenspel": [_blok(b, p) for b in p.samenspel],
        "organisatie_eisen": [_blok(b, p) for b in p.organisatie_eisen],
        "bronnen": [{**_dump(b), "tekst": _bron_tekst(b)} for b in p.bronnen],
        "normen": dict(p.normen),
        "standaard_norm": STANDAARD_NORM,
    }


