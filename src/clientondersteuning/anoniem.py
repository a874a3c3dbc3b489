"""--anoniem for messages: a message about a volunteer file keeps its position and the kind of
problem, never a value, key or field from that file (often the person's name).

One redaction step keyed on the file itself, rather than a second wording of every message:
every word of the file (and of its name) is replaced by '…' wherever it turns up in a message,
whichever reader, parser or check wrote that message. Only the fixed vocabulary of the file
format (its field names and the roles) survives, so the kind of problem stays readable.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from .fouten import Melding

VERBORGEN = "…"
_WOORD = re.compile(r"\w+")
# A quoted fragment: the quote is not part of a word (so "isn't" does not open one).
_AANHALING = re.compile(r"""(?<!\w)(['"])(.*?)\1(?!\w)""")
_HERHAALD = re.compile(rf"{VERBORGEN}(?:[\s,.:;/\-_]*{VERBORGEN})+")


@cache
def _vaste_woorden() -> frozenset[str]:
    """The words of the format itself: the field names of a volunteer file and the roles."""
    from .model import Beoordeling, CompetentieBeoordeling
    from .rol import ROLLEN

    return frozenset({*Beoordeling.model_fields, *CompetentieBeoordeling.model_fields, *ROLLEN, "alle"})


def woorden_van(bron: str, pad: Path | None = None) -> frozenset[str]:
    """The words a message about this file must not show: every word of its text and of its name.

    Single characters stay (the digits of a score or competency number identify no one).
    """
    tekst = bron + (" " + pad.stem if pad is not None else "")
    return frozenset(w.casefold() for w in _WOORD.findall(tekst)
                     if len(w) > 1 and w.casefold() not in _vaste_woorden())


def verberg(tekst: str, woorden: frozenset[str]) -> str:
    """tekst with every word from woorden replaced by '…'; a quoted fragment that held one, whole."""
    if not woorden:
        return tekst

    def woord(m: re.Match[str]) -> str:
        return VERBORGEN if m.group(0).casefold() in woorden else m.group(0)

    tekst = _WOORD.sub(woord, tekst)
    tekst = _AANHALING.sub(lambda m: f"'{VERBORGEN}'" if VERBORGEN in m.group(2) else m.group(0), tekst)
    return _HERHAALD.sub(VERBORGEN, tekst)


def anonieme_melding(melding: Melding, pseudoniem: str, woorden: frozenset[str]) -> Melding:
    """The message with the pseudonym for the file and the file's words hidden; position unchanged."""
    return Melding(pseudoniem, melding.regel, melding.kolom, melding.code, verberg(melding.tekst, woorden),
                   melding.ernst)
