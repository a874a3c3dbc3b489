"""Sentences that a Markdown template and a Word document both print, made once so they agree.

Each is also a Jinja global (see markdown._omgeving), so the templates call the same function.
"""

from __future__ import annotations

from typing import Any


def opsomming(delen: Any) -> str:
    """['1', '3', '6'] -> '1, 3 en 6'."""
    delen = [str(d) for d in delen or []]
    if len(delen) <= 1:
        return "".join(delen)
    return ", ".join(delen[:-1]) + " en " + delen[-1]


def taken_tekst(nummers: Any) -> str:
    """['3'] -> 'taak 3'; ['1', '3', '6'] -> 'taken 1, 3 en 6'; task codes as the catalogue writes them."""
    nummers = list(nummers or [])
    return f"{'taak' if len(nummers) == 1 else 'taken'} {opsomming(nummers)}"


def nodig_voor(nummers: Any) -> str:
    """'Nodig voor taken 1, 3 en 6.': the same phrase in the profile and the training reports."""
    return f"Nodig voor {taken_tekst(nummers)}."


def hoofdletter(tekst: str) -> str:
    """The first letter in upper case and the rest untouched (str.capitalize would write 'k1')."""
    return tekst[:1].upper() + tekst[1:]


def meervoud(aantal: int, enkel: str, meer: str) -> str:
    """'1 bestand', '2 bestanden'."""
    return f"{aantal} {enkel if aantal == 1 else meer}"


def team_aantal(vrijwilligers: int, overgeslagen: int) -> str:
    """'3 vrijwilligers (1 bestand overgeslagen wegens fouten).'"""
    tekst = meervoud(vrijwilligers, "vrijwilliger", "vrijwilligers")
    if overgeslagen:
        tekst += f" ({meervoud(overgeslagen, 'bestand', 'bestanden')} overgeslagen wegens fouten)"
    return tekst + "."


def groep_regel(groep: dict[str, Any]) -> str:
    """'2 van 3 vrijwilligers onder de norm (samen 3 punten tekort); 1 niet beoordeeld.'"""
    tekst = (f"{groep['aantal_tekort']} van {meervoud(groep['aantal_nodig'], 'vrijwilliger', 'vrijwilligers')} "
             f"onder de norm (samen {meervoud(groep['totaal_tekort'], 'punt', 'punten')} tekort)")
    if groep["aantal_niet_beoordeeld"]:
        tekst += f"; {groep['aantal_niet_beoordeeld']} niet beoordeeld"
    return tekst + "."


GLOBALS = {"meervoud": meervoud, "taken_tekst": taken_tekst, "nodig_voor": nodig_voor, "team_aantal": team_aantal,
           "groep_regel": groep_regel}
