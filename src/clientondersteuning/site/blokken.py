"""A profile's Markdown cut into top-level blocks, each with its HTML, shared between selections.

The 1,150 selections of both roles repeat the same paragraphs again and again; storing
each distinct block once and a list of block numbers per selection keeps the composer
small (a few MB instead of hundreds) while every word still comes from `cot profiel bouw`.
Joining a selection's Markdown pieces gives back the Markdown exactly.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from typing import Any

_PARSER: Any = None


def _parser() -> Any:
    global _PARSER
    if _PARSER is None:
        from markdown_it import MarkdownIt

        # Raw HTML in catalogue text is shown as text, never interpreted.
        _PARSER = MarkdownIt("commonmark", {"html": False}).enable("table")
    return _PARSER


def markdown_html(tekst: str) -> str:
    """All of a Markdown text as HTML (for tests and whole documents)."""
    return str(_parser().render(tekst))


def splits(tekst: str) -> list[tuple[str, str]]:
    """(Markdown piece, its HTML) per top-level block; the pieces join to the whole text."""
    md = _parser()
    tokens = md.parse(tekst)
    groepen: list[list[Any]] = []
    for token in tokens:
        if token.level == 0 and token.nesting != -1:  # a block opens (or a leaf block such as <hr>)
            groepen.append([])
        groepen[-1].append(token)
    regels = tekst.splitlines(keepends=True)
    starts = [g[0].map[0] for g in groepen]
    delen = []
    for i, groep in enumerate(groepen):
        begin = 0 if i == 0 else starts[i]
        eind = starts[i + 1] if i + 1 < len(groepen) else len(regels)
        delen.append(("".join(regels[begin:eind]), md.renderer.render(groep, md.options, {})))
    return delen


def leefgebieden_tabel(taken: list[str], leefgebieden: list[tuple[str, str, list[str]]]) -> str:
    """Tasks × leefgebieden as an HTML table: which chosen task touches which leefgebied."""
    if not leefgebieden:
        return ""
    kop = "".join(f'<th scope="col">Taak {html.escape(t)}</th>' for t in taken)
    rijen = []
    for lg_id, naam, raakt in leefgebieden:
        cellen = "".join("<td>ja</td>" if t in raakt else '<td><span class="leeg">nee</span></td>'
                         for t in taken)
        rijen.append(f'<tr><th scope="row"><a href="items/{html.escape(lg_id)}.html">{html.escape(naam)}</a></th>'
                     f"{cellen}</tr>")
    # A focusable region: on a phone the table scrolls sideways, also by keyboard.
    return ('<div class="leefgebieden-tabel schuif" role="region" tabindex="0" aria-labelledby="tabel-kop">'
            '<table class="matrix"><caption id="tabel-kop">Welke gekozen taak raakt welk leefgebied '
            f'(redactioneel)</caption><thead><tr><th scope="col">Leefgebied</th>{kop}</tr></thead>'
            f'<tbody>{"".join(rijen)}</tbody></table></div>')


@dataclass
class Blokken:
    """Distinct (Markdown, HTML) blocks, numbered in the order they first appear."""

    lijst: list[tuple[str, str]] = field(default_factory=list)
    _nummers: dict[tuple[str, str], int] = field(default_factory=dict)

    def nummer(self, blok: tuple[str, str]) -> int:
        if blok not in self._nummers:
            self._nummers[blok] = len(self.lijst)
            self.lijst.append(blok)
        return self._nummers[blok]

    def selectie(self, markdown: str, tabel: str) -> list[int]:
        """The block numbers of one profile, with the leefgebieden table after that section."""
        delen = splits(markdown)
        if tabel:
            koppen = [i for i, (_, h) in enumerate(delen) if h.startswith("<h2>")]
            na = next((i for i, (_, h) in enumerate(delen) if h.startswith("<h2>Leefgebieden</h2>")), None)
            if na is not None:
                volgende = next((k for k in koppen if k > na), len(delen))
                delen.insert(volgende, ("", tabel))
        return [self.nummer(d) for d in delen]
