"""Printing for the CLI: one stderr console for messages, reporters for check results."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from ..fouten import Melding

if TYPE_CHECKING:
    from rich.console import Console


@lru_cache(maxsize=1)
def stderr() -> Console:
    from rich.console import Console

    # soft_wrap: a long path must stay on one line so editors can jump to it.
    return Console(stderr=True, soft_wrap=True, highlight=False)


@lru_cache(maxsize=1)
def stdout() -> Console:
    from rich.console import Console

    return Console(highlight=False)


def naar_terminal() -> bool:
    """Does stdout go to a terminal? rich's own rule (TTY_COMPATIBLE, FORCE_COLOR, else isatty),
    without importing rich: a pipe or file gets plain text, which does not need it."""
    import os

    tty = os.environ.get("TTY_COMPATIBLE", "")
    if tty in ("0", "1"):
        return tty == "1"
    kleur = os.environ.get("FORCE_COLOR")
    if kleur is not None:
        return kleur != ""
    try:
        return sys.stdout.isatty()
    except (AttributeError, ValueError):  # replaced or closed
        return False


def escape(tekst: str) -> str:
    from rich.markup import escape as _escape

    return _escape(tekst)


def meld(meldingen: Iterable[Melding]) -> None:
    """Problems to stderr, plain text, one per line."""
    for melding in meldingen:
        info(str(melding))


def info(tekst: str) -> None:
    """A message to stderr as plain text: no markup (a path with '[' stays intact), and no rich import."""
    from ..ontsnap import terminal

    sys.stderr.write(terminal(tekst) + "\n")
    sys.stderr.flush()


def samenvatting(meldingen: list[Melding], bestanden: int) -> str:
    fouten = sum(1 for m in meldingen if m.ernst == "fout")
    waarschuwingen = len(meldingen) - fouten
    if not fouten and not waarschuwingen:
        return f"In orde: {bestanden} bestanden gecontroleerd, geen problemen gevonden."
    delen = []
    if fouten:
        delen.append(f"{fouten} {'fout' if fouten == 1 else 'fouten'}")
    if waarschuwingen:
        delen.append(f"{waarschuwingen} {'waarschuwing' if waarschuwingen == 1 else 'waarschuwingen'}")
    return f"{' en '.join(delen)} in {bestanden} bestanden gecontroleerd."


def rapport_tekst(meldingen: list[Melding], bestanden: int) -> None:
    from ..ontsnap import terminal

    for melding in meldingen:
        sys.stdout.write(f"{terminal(str(melding))}\n")
    sys.stdout.write(samenvatting(meldingen, bestanden) + "\n")


def rapport_json(meldingen: list[Melding], bestanden: int) -> None:
    import json

    json.dump({
        "geldig": not any(m.ernst == "fout" for m in meldingen),
        "bestanden": bestanden,
        "meldingen": [{"bestand": m.bestand, "regel": m.regel, "kolom": m.kolom, "code": m.code,
                       "ernst": m.ernst, "tekst": m.tekst} for m in meldingen],
    }, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _github_escape(tekst: str, eigenschap: bool = False) -> str:
    tekst = tekst.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if eigenschap:
        tekst = tekst.replace(":", "%3A").replace(",", "%2C")
    return tekst


def rapport_github(meldingen: list[Melding], bestanden: int) -> None:
    """GitHub Actions workflow commands, so problems show up on the lines of the pull request."""
    for m in meldingen:
        soort = "error" if m.ernst == "fout" else "warning"
        delen = [f"file={_github_escape(m.bestand, True)}"]
        if m.regel:
            delen.append(f"line={m.regel}")
        if m.kolom:
            delen.append(f"col={m.kolom}")
        delen.append(f"title={_github_escape('cot catalogus check', True)}")
        sys.stdout.write(f"::{soort} {','.join(delen)}::{_github_escape(m.tekst)}\n")
    sys.stdout.write(samenvatting(meldingen, bestanden) + "\n")


REPORTERS = {"tekst": rapport_tekst, "json": rapport_json, "github": rapport_github}
