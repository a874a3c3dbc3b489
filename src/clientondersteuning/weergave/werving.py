"""The werving texts (vacature, oproep, folder) as Markdown, plain text and Word.

The Markdown comes from the templates; plain text and Word are made from that Markdown (the
texts are simple: headings, paragraphs, lists and bold), so the three forms say the same.
"""

from __future__ import annotations

import re
from typing import Any

from .huisstijl import als_bytes, nieuw_document
from .markdown import render_markdown, zonder_md

MAX_OPROEP = 600  # characters: what a social-media post or vacancy-bank teaser holds
VACATURE_WOORDEN = (250, 450)  # what vacancy banks and the NOV advise for a vacancy text


# ---- rendering -----------------------------------------------------------------------------


def _render(sjabloon: str, data: dict[str, Any]) -> str:
    return render_markdown(data, standaard=sjabloon)


def _inkorten(tekst: str, maximum: int) -> str:
    if len(tekst) <= maximum:
        return tekst
    return tekst[: maximum - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def oproep(data: dict[str, Any]) -> str:
    """The short call: the richest version that fits in MAX_OPROEP characters."""
    taken = data["taken"]
    pogingen: list[dict[str, Any]] = []
    for volledig in (True, False):  # what the volunteer gets beats a complete task list
        for aantal in range(len(taken), 0, -1):
            pogingen.append({**data, "oproep_taken": [t["kort"] for t in taken[:aantal]],
                             "meer": aantal < len(taken), "volledig": volledig})
    for poging in pogingen:
        tekst = _render("oproep.md.j2", poging)
        if len(tekst.strip()) <= MAX_OPROEP:
            return tekst
    return _inkorten(tekst.strip(), MAX_OPROEP) + "\n"  # only with very long organisation details


def vacature(data: dict[str, Any]) -> str:
    """The vacancy: the fullest version within VACATURE_WOORDEN: first without the extras (opening lines,
    address, website), then with the short task lines, then both."""
    from ..leesbaarheid import woorden

    for kort, beknopt in ((False, False), (False, True), (True, False), (True, True)):
        variant = {"taken_kort": kort, "beknopt": beknopt}
        tekst = _render("vacature.md.j2", {**data, **variant})
        if len(woorden(naar_tekst(tekst))) <= VACATURE_WOORDEN[1]:
            break
    return tekst


def maak(soort: str, data: dict[str, Any]) -> str:
    """The Markdown of one text: vacature, oproep or folder."""
    if soort == "oproep":
        return oproep(data)
    if soort == "vacature":
        return vacature(data)
    return _render(f"{soort}.md.j2", data)


def naar_tekst(markdown: str) -> str:
    """Plain text: the Markdown with its markup stripped (an escaped '*' is text, not markup)."""
    regels = []
    for regel in markdown.splitlines():
        regel = re.sub(r"^#+\s+", "", regel)
        regel = re.sub(r"(?<!\\)\*\*(.+?)(?<!\\)\*\*", r"\1", regel)
        regel = re.sub(r"(?<![\w\\])\*(?!\s)(.+?)(?<![\s\\])\*(?!\w)", r"\1", regel)
        regels.append(zonder_md(regel))
    return "\n".join(regels).strip() + "\n"


def naar_docx(markdown: str, organisatie: str | None = None) -> bytes:
    """A Word document from the (simple) Markdown of these texts: headings, lists, bold, paragraphs.

    A text without a heading (the short call) opens with a bold line: that line is its title, and
    in Word a real heading, so a screen reader and the tagged PDF have one.
    """
    regels = [r for r in markdown.splitlines() if r.strip()]
    if regels and not any(r.startswith("#") for r in regels):
        vet = re.fullmatch(r"\*\*(.+)\*\*", regels[0].strip())
        if vet:
            regels[0] = f"# {vet.group(1)}"
    titel = next((zonder_md(r.lstrip("#").strip()) for r in regels if r.startswith("# ")), "Vacature")
    document = nieuw_document(titel, organisatie, "Werving en voorlichting", kop_rechts="Vrijwilligerswerk")
    for regel in regels:
        kop = re.match(r"^(#+)\s+(.*)$", regel)
        if kop:
            document.add_heading(zonder_md(kop.group(2)), level=min(len(kop.group(1)), 3))
            continue
        punt = regel.startswith("- ")
        alinea = document.add_paragraph(style="List Bullet" if punt else None)
        tekst = regel[2:] if punt else regel
        for i, stuk in enumerate(re.split(r"(?<!\\)\*\*(.+?)(?<!\\)\*\*", tekst)):
            if stuk:
                alinea.add_run(zonder_md(stuk)).bold = i % 2 == 1
    return als_bytes(document)
