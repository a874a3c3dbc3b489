"""The catalogue as a 1EdTech CASE 1.1 package (CFPackage JSON).

One CFDocument holds both roles (and what they share); with a role chosen, the same
document holds only that role's items. The tree is `isChildOf` (child -> parent, top-level
items -> a rubriek item -> the document) with `sequenceNumber`; the editorial links are
`isRelatedTo` in the association grouping "Redactioneel", their reason in `notes`; a
tombstone's successor is `replacedBy`. Fields CASE has no place for go in `extensions`.
"""

from __future__ import annotations

import json
import uuid
from collections import Counter
from dataclasses import dataclass
from typing import Any

from ..catalogus import Catalogus
from .datums import Datums
from .items import RUBRIEKEN, SOORTEN, Item, Relatie, items, relaties

# Fixed forever: every identifier is derived from it, so a new catalogue version keeps them.
NAMESPACE = uuid.UUID("6f1c2f9e-3b1d-5c4a-9a57-0c0d1e2f3a4b")
DOCUMENT = "document:catalogus"
GROEPERING = "groepering:redactioneel"
RELATIE_TYPE = {"vraagt competentie": "isRelatedTo", "raakt leefgebied": "isRelatedTo",
                "valt in laag": "isRelatedTo", "kerncompetentie": "isRelatedTo", "vervangen door": "replacedBy"}


def identifier(sleutel: str) -> str:
    """The lowercase UUID of an item (its cot ID), rubriek, item type or the document."""
    return str(uuid.uuid5(NAMESPACE, sleutel))


def _uri(ident: str) -> str:
    # No server publishes the catalogue: a URN is a valid URI that names exactly this identifier.
    return f"urn:uuid:{ident}"


@dataclass
class Knoop:
    """What an association needs of its ends."""

    sleutel: str
    titel: str

    def link(self) -> dict[str, str]:
        ident = identifier(self.sleutel)
        return {"title": self.titel, "identifier": ident, "uri": _uri(ident)}


def _titel(item: Item) -> str:
    return f"{item.nummer} {item.label(80)}" if item.nummer else item.label(80)


def _notes(item: Item, cat: Catalogus) -> str:
    bron = cat.bronnen.get(item.bron) if item.bron else None
    if item.soort == "Bron":
        return "Redactioneel: een bron die cot zelf is." if item.redactioneel else "Een bron van de catalogus."
    if bron is None:
        return "Herkomst onbekend."
    naam = f"{bron.titel} ({bron.uitgever}{', ' + bron.datum if bron.datum else ''})"
    if item.redactioneel:
        return f"Redactioneel: {naam}; geen brontekst."
    return f"Bron: {naam}, sectie {item.sectie}." if item.sectie else f"Bron: {naam}."


def pakket(cat: Catalogus, rol: str | None = None) -> dict[str, Any]:
    """The CFPackage as plain data, in a fixed order (so the JSON is the same for the same catalogue)."""
    datums = Datums(cat)
    alle = items(cat, rol)
    links = relaties(cat, alle, rol)
    knopen = {it.id: Knoop(it.id, _titel(it)) for it in alle}
    rubrieken = [k for k in RUBRIEKEN if any(it.rubriek == k for it in alle)]
    for sleutel in rubrieken:
        knopen[sleutel] = Knoop(sleutel, RUBRIEKEN[sleutel][0])
    knopen[DOCUMENT] = Knoop(DOCUMENT, cat.meta.naam)

    item_datum = {it.id: datums.van(it.bestand) for it in alle}
    rubriek_datum = {k: datums.nieuwste([item_datum[it.id] for it in alle if it.rubriek == k]) for k in rubrieken}
    laatste = datums.nieuwste([datums.van("catalogus.yaml"), *item_datum.values(),
                               *(datums.van(r.bestand) for r in links)])
    gebruikt = sorted({it.soort for it in alle} | {"Rubriek"}, key=list(SOORTEN).index)

    cf_items = [_rubriek_item(k, rubriek_datum[k]) for k in rubrieken]
    cf_items += [_item(it, cat, item_datum[it.id]) for it in alle]

    associaties = []
    for volgnummer, k in enumerate(rubrieken, start=1):
        associaties.append(_associatie(knopen[k], "isChildOf", knopen[DOCUMENT], rubriek_datum[k], volgnummer))
    for it in alle:
        ouder = it.ouder if it.ouder is not None else it.rubriek
        assert ouder is not None
        associaties.append(_associatie(knopen[it.id], "isChildOf", knopen[ouder], item_datum[it.id],
                                       it.volgnummer))
    for r in links:
        associaties.append(_associatie(knopen[r.van], RELATIE_TYPE[r.soort], knopen[r.naar], datums.van(r.bestand),
                                       notes=_relatie_notes(r), redactioneel=r.redactioneel))

    document = {
        "identifier": identifier(DOCUMENT),
        "uri": _uri(identifier(DOCUMENT)),
        "creator": _redactie(cat),
        "title": cat.meta.naam,
        "lastChangeDateTime": laatste,
        "publisher": "cot",
        "description": cat.meta.beschrijving,
        "language": "nl",
        "version": cat.versie,
        "adoptionStatus": "Adopted" if not cat.versie.startswith("0.") else "Draft",
        "caseVersion": "1.1",
        "notes": "Bronnen: " + "; ".join(
            f"{b.titel} ({b.uitgever}{', ' + b.datum if b.datum else ''})"
            for b in cat.bronnen.values() if not b.redactioneel) + ". Wat redactioneel is, staat zo in de notes.",
        "extensions": {"catalogusversie": cat.versie, "rol": rol or "informeel en formeel"},
    }
    definities = {
        "CFItemTypes": [{
            "identifier": identifier(f"soort:{soort}"), "uri": _uri(identifier(f"soort:{soort}")),
            "title": soort, "description": SOORTEN[soort], "hierarchyCode": str(i), "typeCode": soort,
            "lastChangeDateTime": datums.release,
        } for i, soort in enumerate(gebruikt, start=1)],
        "CFAssociationGroupings": [{
            "identifier": identifier(GROEPERING), "uri": _uri(identifier(GROEPERING)),
            "title": "Redactioneel",
            "description": ("Koppelingen die de bronnen niet geven: welke competenties, leefgebieden en lagen een "
                            "taak vraagt, en de kerncompetenties van een rol. Een keuze van de redactie van cot, "
                            "met de reden in de notes."),
            "lastChangeDateTime": datums.nieuwste([datums.van(r.bestand) for r in links if r.redactioneel]),
        }],
    }
    return {"CFDocument": document, "CFItems": cf_items, "CFAssociations": associaties,
            "CFDefinitions": definities}


def _redactie(cat: Catalogus) -> str:
    redactie = next((b for b in cat.bronnen.values() if b.redactioneel), None)
    return redactie.titel if redactie else "cot"


def _type_link(soort: str) -> dict[str, str]:
    ident = identifier(f"soort:{soort}")
    return {"title": soort, "identifier": ident, "uri": _uri(ident)}


def _rubriek_item(sleutel: str, datum: str) -> dict[str, Any]:
    titel, rol = RUBRIEKEN[sleutel]
    ident = identifier(sleutel)
    return {
        "identifier": ident, "uri": _uri(ident), "fullStatement": titel, "abbreviatedStatement": titel,
        "CFItemType": "Rubriek", "CFItemTypeURI": _type_link("Rubriek"), "language": "nl",
        "notes": "Redactioneel: een indeling van de catalogus.", "lastChangeDateTime": datum,
        "extensions": {"cotId": sleutel, **({"rol": rol} if rol else {})},
    }


def _item(it: Item, cat: Catalogus, datum: str) -> dict[str, Any]:
    ident = identifier(it.id)
    uit: dict[str, Any] = {"identifier": ident, "uri": _uri(ident), "fullStatement": it.volledig}
    if it.titel:
        uit["abbreviatedStatement"] = it.titel
    if it.nummer:
        uit["humanCodingScheme"] = it.nummer
    uit["CFItemType"] = it.soort
    uit["CFItemTypeURI"] = _type_link(it.soort)
    if it.trefwoorden:
        uit["conceptKeywords"] = list(it.trefwoorden)
    uit["notes"] = _notes(it, cat)
    uit["language"] = "nl"
    uit["lastChangeDateTime"] = datum
    uit["extensions"] = {"cotId": it.id, **({"rol": it.rol} if it.rol else {}),
                         **({"bron": it.bron} if it.bron else {}), **({"sectie": it.sectie} if it.sectie else {}),
                         "redactioneel": it.redactioneel, **it.extra}
    return uit


def _relatie_notes(r: Relatie) -> str:
    if r.soort == "kerncompetentie":
        return f"Redactioneel (kerncompetentie van de rol): {r.reden}"
    if r.redactioneel:
        return f"Redactioneel ({r.soort}): {r.reden}"
    return r.soort


def _associatie(van: Knoop, soort: str, naar: Knoop, datum: str, volgnummer: int | None = None,
                notes: str | None = None, redactioneel: bool = False) -> dict[str, Any]:
    ident = identifier(f"{van.sleutel}|{soort}|{naar.sleutel}")
    uit: dict[str, Any] = {"identifier": ident, "associationType": soort}
    if volgnummer is not None:
        uit["sequenceNumber"] = volgnummer
    uit["uri"] = _uri(ident)
    if redactioneel:
        ident_groep = identifier(GROEPERING)
        uit["CFAssociationGroupingURI"] = {"title": "Redactioneel", "identifier": ident_groep,
                                           "uri": _uri(ident_groep)}
    uit["originNodeURI"] = van.link()
    uit["destinationNodeURI"] = naar.link()
    if notes:
        uit["notes"] = notes
    uit["lastChangeDateTime"] = datum
    return uit


def als_json(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def tellingen(data: dict[str, Any]) -> tuple[Counter[str], Counter[str]]:
    """Items per CFItemType and associations per associationType, for the summary line."""
    return (Counter(i["CFItemType"] for i in data["CFItems"]),
            Counter(a["associationType"] for a in data["CFAssociations"]))
