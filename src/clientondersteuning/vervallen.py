"""Tombstones (vervallen.yaml): removed items, the version they went in, and their successors.

An ID is never reused, so a removed item can leave a tombstone that says what replaces it:
nothing, one item, or several (a split). Saved files that still name the old item are carried
to the successors through these chains. This module checks the tombstones of a loaded
catalogue and follows their chains; tombstones are never shown in documents.
"""

from __future__ import annotations

from typing import Any

from .catalogus import Catalogus
from .fouten import Melding
from .model import Vervallen, VervallenBestand
from .verschil import semver


def _semver(versie: str) -> tuple[int, int, int]:
    return semver(versie) or (0, 0, 0)


def controleer(cat: Catalogus, bestanden: list[tuple[Any, VervallenBestand]]) -> list[Melding]:
    """Collect the tombstones into cat.vervallen and check them: IDs not reused by a live item,
    successors and parents exist, no cycles, not removed in a version after the current one."""
    meldingen: list[Melding] = []
    plaats: dict[str, tuple[Any, int]] = {}
    for bestand, md in bestanden:
        for i, v in enumerate(md.vervallen):
            loc = ("vervallen", i, "id")
            if v.id in cat.vervallen:
                eerder_bestand, eerder = plaats[v.id]
                regel = eerder_bestand.positie(("vervallen", eerder, "id"))[0]
                meldingen.append(bestand.melding(loc, (
                    f"vervallen item '{v.id}' staat er al ({eerder_bestand.naam}:{regel})"), "dubbel"))
                continue
            if v.id in cat.items:
                meldingen.append(bestand.melding(loc, (
                    f"'{v.id}' is vervallen maar bestaat nog in de catalogus; een ID wordt nooit opnieuw "
                    "gebruikt: geef het levende item een nieuw ID, of haal deze regel weg"), "id-hergebruikt"))
                continue
            cat.vervallen[v.id] = v
            plaats[v.id] = (bestand, i)
    bekend = set(cat.items) | set(cat.vervallen)
    for item_id, v in cat.vervallen.items():
        bestand, i = plaats[item_id]
        if _semver(v.vervallen_in) > _semver(cat.versie):
            meldingen.append(bestand.melding(("vervallen", i, "vervallen_in"), (
                f"vervallen in {v.vervallen_in}, maar de catalogus heeft versie {cat.versie}; "
                "verhoog de versie in catalogus.yaml of verbeter 'vervallen_in'"), "versie"))
        for j, opvolger in enumerate(v.vervangen_door):
            if opvolger not in bekend:
                meldingen.append(bestand.melding(("vervallen", i, "vervangen_door", j),
                                                 _onbekend(opvolger, bekend, "opvolger"), "verwijzing"))
            elif opvolger == item_id:
                meldingen.append(bestand.melding(("vervallen", i, "vervangen_door", j), (
                    f"'{item_id}' kan zichzelf niet vervangen"), "kring"))
        if v.ouder is not None and v.ouder not in bekend:
            meldingen.append(bestand.melding(("vervallen", i, "ouder"), _onbekend(v.ouder, bekend, "ouder"),
                                             "verwijzing"))
    meldingen += _kringen(cat, plaats)
    return meldingen


def _onbekend(item_id: str, bekend: set[str], wat: str) -> str:
    import difflib

    tekst = f"{wat} '{item_id}' bestaat niet (geen item en geen vervallen item)"
    suggestie = difflib.get_close_matches(item_id, sorted(bekend), n=1)
    return tekst + (f" (bedoelde je '{suggestie[0]}'?)" if suggestie else "")


def _kringen(cat: Catalogus, plaats: dict[str, tuple[Any, int]]) -> list[Melding]:
    """A chain of successors that comes back to where it started never reaches a live item."""
    meldingen = []
    gemeld: set[str] = set()
    for start in cat.vervallen:
        pad: list[str] = []
        stapel = [(start, [start])]
        while stapel:
            huidig, pad = stapel.pop()
            for opvolger in cat.vervallen[huidig].vervangen_door:
                if opvolger == start and len(pad) > 1:
                    kring = frozenset(pad)
                    if not kring & gemeld:
                        bestand, i = plaats[start]
                        meldingen.append(bestand.melding(("vervallen", i, "vervangen_door"), (
                            "de opvolgers vormen een kring: " + " → ".join([*pad, start])
                            + "; een keten moet eindigen bij items die bestaan"), "kring"))
                        gemeld |= kring
                elif opvolger in cat.vervallen and opvolger not in pad:
                    stapel.append((opvolger, [*pad, opvolger]))
    return meldingen


def opvolgers(cat: Catalogus, item_id: str) -> list[str] | None:
    """The live items that now stand for item_id, following tombstones (in order, without doubles).

    [item_id] for a live item; [] when it vanished without successor; None when the ID is neither
    a live item nor a tombstone.
    """
    if item_id in cat.items:
        return [item_id]
    if item_id not in cat.vervallen:
        return None
    gevonden: list[str] = []
    gezien = {item_id}
    rij = list(cat.vervallen[item_id].vervangen_door)
    while rij:
        volgende = rij.pop(0)
        if volgende in gezien:
            continue
        gezien.add(volgende)
        if volgende in cat.items:
            gevonden.append(volgende)
        elif volgende in cat.vervallen:
            rij = list(cat.vervallen[volgende].vervangen_door) + rij
    return gevonden


def vervallen_sinds(cat: Catalogus, versie: str) -> list[Vervallen]:
    """The tombstones of items removed after version versie."""
    return [v for v in cat.vervallen.values() if _semver(v.vervallen_in) > _semver(versie)]
