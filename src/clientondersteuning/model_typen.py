"""The value types of cot's models: patterns, the one text policy and the strict base model.

Shared by the catalogue models (model.py) and the saved files (model_bewaard.py).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, StringConstraints

from .ontsnap import stuurteken_in  # the one text policy
from .soorten import TekstblokSoort as TekstblokSoort

# Stable IDs: lower-case words joined by hyphens, no numbers-only ids.
ID_PATTERN = r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$"
SEMVER_PATTERN = r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$"
DATUM_PATTERN = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"

# OCR damage of the main source (see the sources' README). A clean text has none of these.
OCR_SCHADE: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"[a-zA-Z]é(n|nt|nten|ntens|ren|res|el|le|len|erd|er|ert)\b"), "é waar ë hoort (cliént → cliënt)"),
    (re.compile(r"\b[Cc]lient"), "'client' zonder trema (→ cliënt)"),
    (re.compile(r"\bgeinterview"), "geinterviewd → geïnterviewd"),
    (re.compile(r"\bco(?!ö)[^\sö]{1,3}rdinator"), "verminkt 'coördinator'"),
    (re.compile(r"\|"), "'|' in de tekst (OCR voor l of I)"),
    (re.compile(r"\bWIlz\b"), "WIlz → Wlz"),
    (re.compile(r"\benis\b"), "'enis' → 'en is'"),
    # "buurt- of dorpshuizen", "wet- en regelgeving" are real Dutch (a suspended compound).
    (re.compile(r"[a-z]- (?!(?:of|en|tot)\b)[a-z]"), "woord afgebroken aan het regeleinde"),
    (re.compile(r"\b(?:ledere?|leder\(ln\))\b"), "OCR-l voor hoofdletter I (Iedere, Ieder(in))"),
]
# Every pattern needs one of these fragments; a text without any (nearly all) skips the regexes.
_OCR_SPOREN = re.compile("|".join(re.escape(spoor) for spoor in (
    "é", "lient", "geinterview", "rdinator", "|", "WIlz", "enis", "- ", "leder")))


def _veilige_tekst(tekst: str) -> str:
    fout = stuurteken_in(tekst)
    if fout:
        raise ValueError(f"tekst bevat {fout}")
    return tekst


def _veilige_meerregelige_tekst(tekst: str) -> str:
    fout = stuurteken_in(tekst, meerregelig=True)
    if fout:
        raise ValueError(f"tekst bevat {fout}")
    return tekst


# The shared string bases: every user text is one of these (or Tekst, which uses the first).
VeiligeTekst = Annotated[str, AfterValidator(_veilige_tekst)]
MeerregeligeTekst = Annotated[str, AfterValidator(_veilige_meerregelige_tekst)]


def _schone_tekst(tekst: str) -> str:
    """Reject the whitespace and OCR problems that slip in when transcribing."""
    if tekst != tekst.strip():
        _veilige_tekst(tekst.strip())
        raise ValueError("tekst begint of eindigt met witruimte")
    if "  " in tekst:
        raise ValueError("tekst bevat een dubbele spatie")
    if "\n" in tekst or "\t" in tekst:
        raise ValueError("tekst bevat een regeleinde of tab; gebruik één regel per alinea")
    _veilige_tekst(tekst)
    if _OCR_SPOREN.search(tekst) is None:  # one scan instead of nine
        return tekst
    for patroon, uitleg in OCR_SCHADE:
        gevonden = patroon.search(tekst)
        if gevonden:
            raise ValueError(f"OCR-schade '{gevonden.group(0)}': {uitleg}")
    return tekst


Tekst = Annotated[str, StringConstraints(min_length=1), AfterValidator(_schone_tekst)]


def _bestaande_datum(tekst: str) -> str:
    """'2026-02-30' and '2026-13' have the right form but are no date."""
    delen = [int(d) for d in tekst.split("-")]
    try:
        date(delen[0], *([*delen[1:], 1, 1])[:2])
    except ValueError:
        raise ValueError(f"'{tekst}' is geen bestaande datum") from None
    return tekst


# A date written as text (quoted, or only a year or month): JJJJ, JJJJ-MM or JJJJ-MM-DD that exists.
Datumtekst = Annotated[str, StringConstraints(pattern=DATUM_PATTERN), AfterValidator(_bestaande_datum)]
# Addresses are not prose: "clientondersteuning.nl" is a real domain, not OCR damage.
Adres = Annotated[VeiligeTekst, StringConstraints(min_length=1, max_length=200, pattern=r"^\S(.*\S)?$")]
Id = Annotated[str, StringConstraints(pattern=ID_PATTERN, max_length=80)]
Nummer = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9.]{1,8}$")]


class Streng(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


Versie = Annotated[str, StringConstraints(pattern=SEMVER_PATTERN)]

