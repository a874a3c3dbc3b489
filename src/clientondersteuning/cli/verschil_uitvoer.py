"""Reporters for `cot catalogus diff`: tekst (terminal), md (pull request) and json."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from typing import Any

from ..verschil import CatalogusVerschil, Item, Wijziging, vereiste_stap, volledig_nummer, woorddiff
from ..weergave.markdown import md

# The field that says best what an item is, for added and removed items.
_HOOFDVELDEN = ("tekst", "titel", "naam", "reden", "leerdoel", "kwaliteit", "wat_je_doet")
_KORT = 12  # unchanged runs longer than this many words are shortened in a word diff


@dataclass(frozen=True)
class Kant:
    """One side of the comparison: a revision (with its commit) or the working tree."""

    revisie: str
    commit: str | None
    versie: str

    def toon(self) -> str:
        if self.commit:
            return f"{self.revisie} ({self.commit[:7]}, versie {self.versie})"
        return f"{self.revisie} (versie {self.versie})"


def _hoofdtekst(item: Item) -> str:
    return next((str(item.velden[v]) for v in _HOOFDVELDEN if item.velden.get(v)), "")


def _waar(item: Item) -> str:
    delen = []
    if item.nummer:
        delen.append(f"nummer {item.nummer}")
    if item.ouder:
        delen.append(f"onder {item.ouder}")
    return f" ({', '.join(delen)})" if delen else ""


def _inkorten(woorden: str, positie: str) -> str:
    """An unchanged run of words, shortened around '…' when long ('begin', 'midden' or 'eind')."""
    lijst = woorden.split()
    if len(lijst) <= _KORT:
        return woorden
    if positie == "begin":
        return "… " + " ".join(lijst[-6:])
    if positie == "eind":
        return " ".join(lijst[:6]) + " …"
    return " ".join(lijst[:5]) + " … " + " ".join(lijst[-5:])


def _woorden(oud: Any, nieuw: Any, weg: str, erbij: str) -> str:
    """A word diff with the removed words in weg ('[-{}-]') and the added ones in erbij ('{{+{}+}}')."""
    if not isinstance(oud, str | None) or not isinstance(nieuw, str | None) or oud is None or nieuw is None:
        return f"{_waarde(oud)} → {_waarde(nieuw)}"
    delen = woorddiff(oud, nieuw)
    uit = []
    for i, (op, woorden) in enumerate(delen):
        if op == "=":
            positie = "begin" if i == 0 else "eind" if i == len(delen) - 1 else "midden"
            uit.append(_inkorten(woorden, positie))
        else:
            uit.append((weg if op == "-" else erbij).format(woorden))
    return " ".join(uit)


def _waarde(waarde: Any) -> str:
    if waarde is None:
        return "(leeg)"
    if isinstance(waarde, bool):
        return "ja" if waarde else "nee"
    return str(waarde)


def _veldregels(w: Wijziging) -> list[tuple[str, Any, Any]]:
    regels: list[tuple[str, Any, Any]] = []
    if w.hernummerd:
        regels.append(("nummer", w.oud.nummer, w.nieuw.nummer))
    if w.verplaatst:
        regels.append(("ouder", w.oud.ouder, w.nieuw.ouder))
    regels += [(veld, *w.velden[veld]) for veld in sorted(w.velden)]
    return regels


def vervangen_regels(diff: CatalogusVerschil) -> list[str]:
    """'4.3.2 inf-alert-betrokkenen vervangen door 4.3.2 inf-alert-samenvatten', one per tombstone."""
    regels = []
    for s, door in diff.vervangen.items():
        oud = f"{diff.oud[s].soort} {volledig_nummer(diff.oud, s)} ({s})"
        if not door:
            regels.append(f"{oud} vervallen zonder opvolger")
            continue
        namen = [f"{diff.nieuw[d].soort} {volledig_nummer(diff.nieuw, d)} ({d})" if d in diff.nieuw else d
                 for d in door]
        regels.append(f"{oud} vervangen door {' en '.join(namen)}")
    regels += [f"vervallen item {s} {wat}" for s, wat in diff.grafstenen.items()]
    return regels


def _samenvatting(diff: CatalogusVerschil) -> str:
    if diff.leeg:
        return "Geen inhoudelijke verschillen."
    stap, _ = vereiste_stap(diff)
    return (f"{len(diff.toegevoegd)} toegevoegd, {len(diff.verwijderd)} verwijderd, "
            f"{len(diff.gewijzigd)} gewijzigd; vereiste versiestap: {stap}")


# ---- tekst -----------------------------------------------------------------------------------


def rapport_tekst(diff: CatalogusVerschil, van: Kant, naar: Kant) -> None:
    schrijf = sys.stdout.write
    schrijf(f"Catalogus: {van.toon()} → {naar.toon()}\n{_samenvatting(diff)}\n")
    for kop, teken, sleutels, items in (("Toegevoegd", "+", diff.toegevoegd, diff.nieuw),
                                        ("Verwijderd", "-", diff.verwijderd, diff.oud)):
        if sleutels:
            schrijf(f"\n{kop} ({len(sleutels)}):\n")
        for s in sleutels:
            item = items[s]
            tekst = _hoofdtekst(item)
            schrijf(f"  {teken} {item.soort} {s}{_waar(item)}{': ' + tekst if tekst else ''}\n")
    vervangen = vervangen_regels(diff)
    if vervangen:
        schrijf(f"\nVervallen items ({len(vervangen)}):\n")
    for regel in vervangen:
        schrijf(f"  {regel}\n")
    if diff.gewijzigd:
        schrijf(f"\nGewijzigd ({len(diff.gewijzigd)}):\n")
    for w in diff.gewijzigd:
        schrijf(f"  ~ {w.soort} {w.id}{_waar(w.nieuw)}\n")
        for veld, oud, nieuw in _veldregels(w):
            if veld == "nummer":
                schrijf(f"      nummer: {_waarde(oud)} → {_waarde(nieuw)} (hernummerd)\n")
            elif veld == "ouder":
                schrijf(f"      ouder: {_waarde(oud)} → {_waarde(nieuw)} (verplaatst)\n")
            else:
                schrijf(f"      {veld}: {_woorden(oud, nieuw, '[-{}-]', '{{+{}+}}')}\n")


# ---- md --------------------------------------------------------------------------------------

def rapport_md(diff: CatalogusVerschil, van: Kant, naar: Kant) -> None:
    regels = [f"### Catalogus: {md(van.toon())} → {md(naar.toon())}", "", f"**{_samenvatting(diff)}**"]
    for kop, sleutels, items in (("Toegevoegd", diff.toegevoegd, diff.nieuw),
                                 ("Verwijderd", diff.verwijderd, diff.oud)):
        if not sleutels:
            continue
        regels += ["", f"#### {kop} ({len(sleutels)})", ""]
        for s in sleutels:
            item = items[s]
            tekst = _hoofdtekst(item)
            regels.append(f"- {item.soort} `{s}`{md(_waar(item))}{': ' + md(tekst) if tekst else ''}")
    vervangen = vervangen_regels(diff)
    if vervangen:
        regels += ["", f"#### Vervallen items ({len(vervangen)})", ""]
        regels += [f"- {md(regel)}" for regel in vervangen]
    if diff.gewijzigd:
        regels += ["", f"#### Gewijzigd ({len(diff.gewijzigd)})", ""]
    for w in diff.gewijzigd:
        regels.append(f"- {w.soort} `{w.id}`{md(_waar(w.nieuw))}")
        for veld, oud, nieuw in _veldregels(w):
            if veld in ("nummer", "ouder"):
                wat = "hernummerd" if veld == "nummer" else "verplaatst"
                regels.append(f"  - {veld}: `{_waarde(oud)}` → `{_waarde(nieuw)}` ({wat})")
            else:
                woorden = _woorden(md(oud) if isinstance(oud, str) else oud,
                                   md(nieuw) if isinstance(nieuw, str) else nieuw, "~~{}~~", "**{}**")
                regels.append(f"  - {veld}: {woorden}")
    sys.stdout.write("\n".join(regels) + "\n")


# ---- json ------------------------------------------------------------------------------------


def _item_json(sleutel: str, item: Item) -> dict[str, Any]:
    return {"id": sleutel, "soort": item.soort, "ouder": item.ouder, "nummer": item.nummer,
            "velden": item.velden}


def als_json(diff: CatalogusVerschil, van: Kant, naar: Kant) -> dict[str, Any]:
    stap, _ = vereiste_stap(diff)
    gewijzigd = []
    for w in diff.gewijzigd:
        gewijzigd.append({
            "id": w.id, "soort": w.soort, "ouder": w.nieuw.ouder, "nummer": w.nieuw.nummer,
            "velden": {v: {"oud": o, "nieuw": n} for v, (o, n) in sorted(w.velden.items())},
            "hernummerd": {"oud": w.oud.nummer, "nieuw": w.nieuw.nummer} if w.hernummerd else None,
            "verplaatst": {"oud": w.oud.ouder, "nieuw": w.nieuw.ouder} if w.verplaatst else None,
        })
    return {
        "van": {"revisie": van.revisie, "commit": van.commit, "versie": van.versie},
        "naar": {"revisie": naar.revisie, "commit": naar.commit, "versie": naar.versie},
        "vereiste_stap": stap,
        "toegevoegd": [_item_json(s, diff.nieuw[s]) for s in diff.toegevoegd],
        "verwijderd": [_item_json(s, diff.oud[s]) for s in diff.verwijderd],
        "gewijzigd": gewijzigd,
        "vervangen": {s: {"nummer": volledig_nummer(diff.oud, s), "door": door} for s, door in diff.vervangen.items()},
        "vervallen_items": dict(diff.grafstenen),
    }


def rapport_json(diff: CatalogusVerschil, van: Kant, naar: Kant) -> None:
    json.dump(als_json(diff, van, naar), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


REPORTERS = {"tekst": rapport_tekst, "md": rapport_md, "json": rapport_json}
