"""What is the sources' and what is ours, at the moment a text is printed.

The catalogue keeps every source text verbatim. An obvious typing error in a source gets a
`correctie` beside the text (van: as the source has it, naar: as documents print it), and a
title that the source does not give is marked `titel_redactioneel`. Renderers ask this module,
and only this module, for the text to print (`drukklaar`) and for the one visible mark of an
editorial title (`titel_getoond`); `controleer` holds the rules `cot catalogus check` applies.
Pure functions on strings and models.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

# The one visible mark of an editorial title, in every format.
REDACTIONEEL_MERK = "(redactioneel)"


def correctie_fouten(teksten: Iterable[str], correcties: Iterable[Any]) -> list[str]:
    """Why corrections do not apply to an item's own texts: each `van` must occur exactly once."""
    teksten = list(teksten)
    fouten = []
    for c in correcties:
        aantal = sum(t.count(c.van) for t in teksten)
        if c.van == c.naar:
            fouten.append(f"correctie '{c.van}': 'naar' is gelijk aan 'van'")
        elif aantal == 0:
            fouten.append(f"correctie '{c.van}' → '{c.naar}' past niet: '{c.van}' staat niet (meer) in de "
                          "tekst van dit item; pas de correctie aan of haal hem weg")
        elif aantal > 1:
            fouten.append(f"correctie '{c.van}' past niet eenduidig: '{c.van}' staat {aantal} keer in de "
                          "tekst van dit item; neem meer woorden op in 'van'")
    return fouten


def _titel_fout(item: Any) -> str | None:
    titel, herkomst = getattr(item, "titel", None), getattr(item, "herkomst", None)
    if titel is None or herkomst is None or item.titel_redactioneel or titel_in_bron(titel, herkomst.sectie):
        return None
    return (f"titel '{titel}' staat niet in herkomst.sectie ('{herkomst.sectie}'): is de titel van de "
            "redactie, zet dan 'titel_redactioneel: true'; komt hij uit de bron, noem de kop dan in de sectie")


def _open_einde_fout(item: Any) -> str | None:
    alineas = getattr(item, "alineas", None)
    if not hasattr(item, "gevolgd_door") or not alineas or item.punten or item.gevolgd_door:
        return None
    if alineas[-1].endswith(":"):
        return ("de laatste alinea eindigt op een dubbele punt maar er volgt niets: geef 'punten' of "
                "'gevolgd_door' (lagen, leefgebieden, taken, kerntaken, onderscheidende-taken of competenties)")
    return None


def controleer(item: Any, loc: tuple[Any, ...] = ()) -> Iterable[tuple[tuple[Any, ...], str, str]]:
    """The rules of this module for a loaded file model and everything in it: (loc, code, text).

    A correction applies exactly, a title the source does not give is marked, and a block that
    ends in a colon says what follows it.
    """
    if not _is_model(item):
        return
    correcties, titel, einde, velden = _regels_voor(type(item))
    if correcties and item.correcties:
        for i, c in enumerate(item.correcties):
            for fout in correctie_fouten(item.teksten(), [c]):
                yield (*loc, "correcties", i, "van"), "correctie", fout
    if titel:
        fout = _titel_fout(item)
        if fout:
            yield (*loc, "titel"), "redactioneel", fout
    fout = _open_einde_fout(item) if einde else None
    if fout:
        yield (*loc, "alineas", len(item.alineas) - 1), "gevolgd-door", fout
    for veld in velden:
        waarde = getattr(item, veld)
        if isinstance(waarde, list):
            if waarde and _is_model(waarde[0]):  # a list of items (not of texts)
                for i, kind in enumerate(waarde):
                    yield from controleer(kind, (*loc, veld, i))
        elif _is_model(waarde):
            yield from controleer(waarde, (*loc, veld))


@cache
def _regels_voor(soort: type) -> tuple[bool, bool, bool, tuple[str, ...]]:
    """Which rules apply to a kind of item, and its fields: asked once per class, not per item
    (a missing attribute goes through Pydantic's slow __getattr__: 38,000 times in a large catalogue)."""
    velden = tuple(soort.model_fields)
    return "correcties" in velden, "titel_redactioneel" in velden, "gevolgd_door" in velden, velden


def gecorrigeerd(tekst: str, correcties: Iterable[Any]) -> str:
    """The text as documents print it: the item's corrections applied."""
    for c in correcties:
        tekst = tekst.replace(c.van, c.naar)
    return tekst


def titel_in_bron(titel: str, sectie: str) -> bool:
    """A title counts as the source's when the section it comes from is named by it."""
    return titel.casefold().rstrip(".:?") in sectie.casefold()


def _corrigeer(waarde: Any, correcties: list[Any]) -> Any:
    if isinstance(waarde, str):
        return gecorrigeerd(waarde, correcties)
    if isinstance(waarde, list):
        return [_corrigeer(w, correcties) for w in waarde]
    if _is_model(waarde):
        return drukklaar(waarde)
    return waarde


def _is_model(waarde: Any) -> bool:
    # A Pydantic model or its plain copy from a snapshot (gegevens.Gegeven): both name their fields.
    return hasattr(type(waarde), "model_fields")


# The printed copy of a frozen item depends on nothing else, and the same items are asked for
# again and again (per volunteer in `scholing team`, per selection in the website): one copy per
# item while the item lives (keyed by identity; the entry goes when the item does).
_GEDRUKT: dict[int, Any] = {}
_ZELF = object()  # the item prints as it is (stored instead of the item: no reference keeps it alive)


def drukklaar(item: Any) -> Any:
    """A copy of a catalogue model as documents print it, also in nested items.

    Every correction is applied and an editorial title carries the one mark. Only the fields
    an item names as its own texts change (never an ID, number or source).
    """
    if not _is_model(item):
        return item
    if not item.model_config.get("frozen"):
        return _drukklaar(item)
    sleutel = id(item)
    klaar = _GEDRUKT.get(sleutel)
    if klaar is None:
        klaar = _drukklaar(item)
        _GEDRUKT[sleutel] = _ZELF if klaar is item else klaar
        weakref.finalize(item, _GEDRUKT.pop, sleutel, None)
    return item if klaar is _ZELF else klaar


def _drukklaar(item: Any) -> Any:
    correcties = list(getattr(item, "correcties", []) or [])
    eigen = set(getattr(item, "TEKSTVELDEN", ()))
    nieuw = {}
    for veld in type(item).model_fields:
        waarde = getattr(item, veld)
        if veld in eigen:
            nieuw[veld] = _corrigeer(waarde, correcties)
        elif _is_model(waarde) or (isinstance(waarde, list) and waarde and _is_model(waarde[0])):
            nieuw[veld] = _corrigeer(waarde, [])
    if getattr(item, "titel_redactioneel", False):
        nieuw["titel"] = titel_getoond(nieuw.get("titel", item.titel), True)
    return item.model_copy(update=nieuw) if nieuw else item


def titel_getoond(titel: str, redactioneel: bool) -> str:
    """A title as documents show it: an editorial title carries the one mark."""
    return f"{titel} {REDACTIONEEL_MERK}" if redactioneel else titel


def met_onderdelen(item: Any) -> str:
    """An indicator or activity with its sub-items on one line ("... alert op bijvoorbeeld: a. ...;
    b. ..."), for a table cell or a report line: a text that ends in a colon never stands alone."""
    onderdelen = getattr(item, "onderdelen", None) or []
    if not onderdelen:
        return item.tekst
    return f"{item.tekst} " + "; ".join(f"{o.nummer}. {o.tekst.rstrip(';.')}" for o in onderdelen) + "."


# ---- the list of all corrections (cot catalogus toon correcties) -------------------------------


@dataclass(frozen=True)
class Correctieregel:
    item: str  # the id of the item that carries the correction
    van: str
    naar: str
    bron: str
    sectie: str


def _herkomst_van(item: Any, ouders: list[Any]) -> tuple[str, str]:
    for kandidaat in [item, *reversed(ouders)]:
        herkomst = getattr(kandidaat, "herkomst", None)
        if herkomst is not None:
            return herkomst.bron, herkomst.sectie
    return "", ""


def _loop(item: Any, ouders: list[Any], id_: str) -> Iterable[Correctieregel]:
    eigen_id = getattr(item, "id", None) or id_
    if getattr(item, "correcties", None):
        bron, sectie = _herkomst_van(item, ouders)
        for c in item.correcties:
            yield Correctieregel(eigen_id, c.van, c.naar, bron, sectie)
    for veld in type(item).model_fields:
        waarde = getattr(item, veld)
        kinderen = waarde if isinstance(waarde, list) else [waarde]
        for kind in kinderen:
            if _is_model(kind):
                yield from _loop(kind, [*ouders, item], eigen_id)


def alle_correcties(items: Iterable[Any]) -> list[Correctieregel]:
    """Every correction in the given catalogue items (and their nested items), in file order."""
    return [regel for item in items for regel in _loop(item, [], "")]
