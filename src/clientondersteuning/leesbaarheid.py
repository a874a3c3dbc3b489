"""Readability of a Dutch text: sentence length, long words and the Flesch-Douma score.

Pure functions, no dependencies. The measures:

- sentence: a piece of text ending in '.', '!' or '?', or a line without such an end
  (a heading, a list item). Markdown markup is ignored.
- word: letters and digits, with inner apostrophes and hyphens ("cliënt", "Wmo-consulent").
- syllable: one vowel group. Dutch vowel combinations (aa, ee, oo, uu, ie, oe, eu, ui,
  ou, au, ei, ij, and aai, ooi, oei, eeu, ieu) count as one; a vowel with a trema
  ("cliënt", "geïnteresseerd") starts a new syllable. Every word has at least one.
- long word: four or more syllables ("vrijwilliger", "organisatie"). A measure of hard
  words that also catches long compounds, which is what makes Dutch hard to read.
- Flesch-Douma = 206.84 − 0.77 × syllables per 100 words − 0.93 × average words per
  sentence. Above 60 is easy to fairly easy; B1 texts usually score 60 to 80.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_KLINKERS = "aeiouyàáâäèéêëìíîïòóôöùúûü"
_TREMA = "äëïöü"
_MEERKLANKEN = ("aai", "ooi", "oei", "eeu", "ieu",
                "aa", "ee", "oo", "uu", "ie", "oe", "eu", "ui", "ou", "au", "ei", "ij")
_WOORD = re.compile(r"[0-9A-Za-zÀ-ÖØ-öø-ÿ]+(?:['’\-][0-9A-Za-zÀ-ÖØ-öø-ÿ]+)*")
_ZINSEINDE = re.compile(r"(?<=[.!?])[\"”’)]*\s+")
LANG_WOORD_LETTERGREPEN = 4


def lettergrepen(woord: str) -> int:
    """The number of syllables of one Dutch word (at least 1)."""
    w = woord.lower()
    aantal = 0
    i = 0
    while i < len(w):
        teken = w[i]
        if teken == "i" and i + 1 < len(w) and w[i + 1] == "j":
            aantal += 1
            i += 2
            continue
        if teken not in _KLINKERS:
            i += 1
            continue
        aantal += 1
        meer = next((k for k in _MEERKLANKEN if w.startswith(k, i)), None)
        if meer is not None and not any(c in _TREMA for c in meer[1:]):
            i += len(meer)
        else:
            i += 1
    return max(1, aantal)


def woorden(tekst: str) -> list[str]:
    return _WOORD.findall(tekst)


def _zonder_opmaak(regel: str) -> str:
    regel = re.sub(r"^\s*(#+|[-*+]|\d+[.)])\s+", "", regel)
    return regel.replace("**", "").replace("*", "").replace("_", " ").strip()


def zinnen(tekst: str) -> list[str]:
    """The sentences of a text; every non-empty line ends a sentence too."""
    resultaat: list[str] = []
    for regel in tekst.splitlines():
        regel = _zonder_opmaak(regel)
        if not regel:
            continue
        resultaat += [z.strip() for z in _ZINSEINDE.split(regel) if woorden(z)]
    return resultaat


@dataclass(frozen=True)
class Leesbaarheid:
    zinnen: int
    woorden: int
    lettergrepen: int
    lange_woorden: int

    @property
    def zinslengte(self) -> float:
        """Average number of words per sentence."""
        return self.woorden / self.zinnen if self.zinnen else 0.0

    @property
    def aandeel_lange_woorden(self) -> float:
        """Share of words with 4 or more syllables, 0 to 1."""
        return self.lange_woorden / self.woorden if self.woorden else 0.0

    @property
    def flesch_douma(self) -> float:
        if not self.woorden:
            return 0.0
        return 206.84 - 0.77 * (100 * self.lettergrepen / self.woorden) - 0.93 * self.zinslengte

    def als_tekst(self) -> str:
        return (f"Leesbaarheid: {self.woorden} woorden in {self.zinnen} zinnen; "
                f"gemiddeld {self.zinslengte:.1f} woorden per zin; "
                f"{100 * self.aandeel_lange_woorden:.0f}% lange woorden (4 of meer lettergrepen); "
                f"Flesch-Douma {self.flesch_douma:.0f}.")


def langste_zinnen(tekst: str, aantal: int = 3) -> list[str]:
    """The longest sentences by word count, longest first (the first of equals first)."""
    return sorted(zinnen(tekst), key=lambda z: -len(woorden(z)))[:aantal]


def meet(tekst: str) -> Leesbaarheid:
    alle_zinnen = zinnen(tekst)
    alle_woorden = [w for z in alle_zinnen for w in woorden(z)]
    grepen = [lettergrepen(w) for w in alle_woorden]
    return Leesbaarheid(zinnen=len(alle_zinnen), woorden=len(alle_woorden), lettergrepen=sum(grepen),
                        lange_woorden=sum(1 for g in grepen if g >= LANG_WOORD_LETTERGREPEN))
