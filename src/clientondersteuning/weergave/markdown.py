"""Markdown from plain data, through a sandboxed Jinja template.

Templates get plain data only (dicts, lists, strings, numbers), never models or paths. A
user's template runs in jinja2.sandbox.SandboxedEnvironment with StrictUndefined, with a cap
on output size and running time; every template problem becomes a CotFout with the
template's name and line. jinja2 is imported inside the functions, so `cot --help`
stays fast.
"""

from __future__ import annotations

import re
import textwrap
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..fouten import CotFout, Melding, toon_pad
from ..keuze import STANDAARD_NORM
from .zinnen import GLOBALS, hoofdletter, opsomming

BREEDTE = 88  # Markdown is wrapped to this width, so it reads well as plain text

STANDAARD_MARKDOWN = "profiel.md.j2"


# ---- Markdown filters ---------------------------------------------------------------------------

# Characters that format or link inside a line; '~' too, since ~~text~~ is struck through.
_SPECIAAL = r"\\`*_~\[\]<>"
_INLINE = re.compile(f"([{_SPECIAAL}])")
_BLOKBEGIN = re.compile(r"^(#{1,6}|>|[-+*]|\d{1,9}[.)]|=+|-{2,}|`{3,}|~{3,})(\s|$)")


def md(tekst: Any) -> str:
    """Plain text for Markdown: characters that would format or link are escaped.

    On every line, not only the first: a remark with "\\n# Kop" must not become a heading.
    """
    regels = _INLINE.sub(r"\\\1", str(tekst)).split("\n")
    return "\n".join("\\" + regel if _BLOKBEGIN.match(regel.lstrip()) else regel for regel in regels)


def zonder_md(tekst: str) -> str:
    """Undo md(): the user's own characters back as they were typed (for plain text and Word)."""
    tekst = re.sub(r"^\\(?=[#>\-+*=`~\d])", "", tekst)
    return re.sub(f"\\\\([{_SPECIAAL}])", r"\1", tekst)


# The website renders 1,150 selections of the same paragraphs: each is wrapped once (pure on strings).
@lru_cache(maxsize=8192)
def _omloop(tekst: str, breedte: int, eerste: str = "", verder: str = "") -> str:
    """Wrap text; a line never starts with something Markdown would read as a list or heading."""
    regels = textwrap.wrap(tekst, width=breedte, initial_indent=eerste, subsequent_indent=verder,
                           break_long_words=False, break_on_hyphens=False) or [eerste.rstrip()]
    resultaat: list[str] = []
    for regel in regels:
        rest = regel[len(verder):]
        while resultaat and _BLOKBEGIN.match(rest):
            woord, _, rest = rest.partition(" ")
            resultaat[-1] += " " + woord
            regel = verder + rest
        if rest or not resultaat:
            resultaat.append(regel)
    return "\n".join(resultaat)


def alinea(tekst: Any, breedte: int = BREEDTE) -> str:
    """A paragraph: escaped and wrapped."""
    return _omloop(md(tekst), breedte)


def _is_getal(nummer: str) -> bool:
    return nummer.isdigit()


def lijst(items: Any, diepte: int = 0, breedte: int = BREEDTE) -> str:
    """A list of items (dicts with tekst, optional nummer and onderdelen, or strings) as Markdown.

    Numbers 1, 2, 3 become an ordered list with those numbers; letters (a, b) and Roman
    numerals (i, ii) a bulleted list that shows them, because Markdown only numbers with digits.
    """
    regels: list[str] = []
    inspringen = " " * diepte
    for item in items or []:
        if isinstance(item, str):
            item = {"tekst": item}
        nummer = str(item.get("nummer") or "")
        tekst = md(item.get("tekst", ""))
        if nummer and _is_getal(nummer):
            teken = f"{nummer}. "
        else:
            teken = "- "
            if nummer:
                tekst = f"{md(nummer)}. {tekst}"
        regels.append(_omloop(tekst, breedte, inspringen + teken, inspringen + " " * len(teken)))
        if item.get("onderdelen"):
            regels.append(lijst(item["onderdelen"], diepte + len(teken), breedte))
    return "\n".join(regels)


def lijstpunt(tekst: Any, teken: str = "-", breedte: int = BREEDTE) -> str:
    """One list item with a hanging indent (the text is escaped)."""
    teken = teken + " "
    return _omloop(md(tekst), breedte, teken, " " * len(teken))


def cel(tekst: Any) -> str:
    """Text for a cell of a Markdown table: no '|' or line break that would break the row."""
    return str(tekst).replace("|", "\\|").replace("\n", " ")


def _netjes(tekst: str) -> str:
    """Tidy Markdown: no trailing spaces, at most one blank line in a row, one final newline."""
    regels = [r.rstrip() for r in tekst.splitlines()]
    uit: list[str] = []
    for regel in regels:
        if not regel and (not uit or not uit[-1]):
            continue
        uit.append(regel)
    while uit and not uit[-1]:
        uit.pop()
    return "\n".join(uit) + "\n"


# ---- the template -------------------------------------------------------------------------------

_EIGEN = "(eigen sjabloon) "  # the user's template gets a name no built-in or folder file has


@lru_cache(maxsize=1)
def _ingebouwde_omgeving() -> Any:
    """One environment for the built-in templates: each is compiled once per run, not once per text."""
    return _omgeving(None)


def _omgeving(sjabloon: Path | None) -> Any:
    from jinja2 import ChoiceLoader, DictLoader

    from ..paden import sjablonen_map
    from .zandbak import maak_omgeving, sjabloon_loader

    loaders: list[Any] = []
    mappen = [sjablonen_map()]
    if sjabloon is not None:
        # The user's template may extend or include the built-in templates; its own folder is
        # searched for its other includes, but a built-in name always means the built-in (so a
        # user's own profiel.md.j2 can extend the built-in profiel.md.j2).
        loaders.append(DictLoader({_naam(sjabloon): _lees_sjabloon(sjabloon)}))
        mappen.append(sjabloon.parent)
    loaders.append(sjabloon_loader(*mappen))
    env = maak_omgeving(ChoiceLoader(loaders), dict(md=md, alinea=alinea, lijst=lijst, lijstpunt=lijstpunt,
                                                    opsomming=opsomming, cel=cel,
                                                    hoofdletter=hoofdletter))
    env.globals.update(GLOBALS, standaard_norm=STANDAARD_NORM)
    return env


def _naam(sjabloon: Path) -> str:
    return _EIGEN + toon_pad(sjabloon)


def _lees_sjabloon(pad: Path) -> str:
    from ..bestanden import lees_bytes
    from .zandbak import MAX_SJABLOON

    naam = toon_pad(pad)
    inhoud = lees_bytes(pad, MAX_SJABLOON, naam, wat="sjabloon")
    if inhoud.startswith(b"PK\x03\x04"):
        raise CotFout(Melding(naam, code="sjabloon", tekst=(
            "dit is een Word-bestand; een Word-sjabloon hoort bij --format docx (of -o BESTAND.docx)")))
    try:
        return inhoud.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CotFout(Melding(naam, code="sjabloon", tekst=(
            "het sjabloon is geen geldige UTF-8-tekst; sla het op als UTF-8"))) from None


def render_markdown(data: dict[str, Any], sjabloon: Path | None = None,
                    standaard: str = STANDAARD_MARKDOWN) -> str:
    """Fill the template (the user's, or the built-in one) with plain data. Raises CotFout."""
    from ..paden import sjablonen_map
    from .zandbak import vul_in

    naam = _naam(sjabloon) if sjabloon is not None else standaard
    toon = toon_pad(sjabloon) if sjabloon is not None else toon_pad(sjablonen_map() / standaard)
    env = _omgeving(sjabloon) if sjabloon is not None else _ingebouwde_omgeving()
    return _netjes(vul_in(env, naam, toon, data, sjablonen_map()))


def alineas(tekst: str) -> str:
    """One blank line between blocks (headings, paragraphs, lists, tables); none inside a list or table."""
    def soort(regel: str) -> str:
        return "lijst" if regel.startswith("- ") else "tabel" if regel.startswith("|") else "tekst"

    uit: list[str] = []
    for regel in tekst.splitlines():
        regel = regel.rstrip()
        if not regel:
            continue
        if uit and not (soort(regel) == soort(uit[-1]) != "tekst"):
            uit.append("")
        uit.append(regel)
    return "\n".join(uit) + "\n"
