"""The werving texts (vacature, oproep, folder) as Markdown, plain text and Word.

The Markdown comes from the templates; plain text and Word are made from that Markdown (the
texts are simple: headings, paragraphs, lists and bold), so the three forms say the same.
"""

from __future__ import annotations

import re
from typing import Any

from .huisstijl import als_bytes, nieuw_document
from .markdown import render_markdown

MAX_OPROEP = 600  # characters: what a social-media post or vacancy-bank teaser holds


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
    for aantal in range(len(taken), 0, -1):
        for volledig in (True, False):
            pogingen.append({**data, "oproep_taken": [t["kort"] for t in taken[:aantal]],
                             "meer": aantal < len(taken), "volledig": volledig})
    for poging in pogingen:
        tekst = _render("oproep.md.j2", poging)
        if len(tekst.strip()) <= MAX_OPROEP:
            return tekst
    return _inkorten(tekst.strip(), MAX_OPROEP) + "\n"  # only with very long organisation details


def maak(soort: str, data: dict[str, Any]) -> str:
    """The Markdown of one text: vacature, oproep or folder."""
    if soort == "oproep":
        return oproep(data)
    return _render(f"{soort}.md.j2", data)


def naar_tekst(markdown: str) -> str:
    """Plain text: the Markdown with its markup stripped."""
    regels = []
    for regel in markdown.splitlines():
        regel = re.sub(r"^#+\s+", "", regel)
        regel = re.sub(r"\*\*(.+?)\*\*", r"\1", regel)
        regel = re.sub(r"(?<!\w)\*(?!\s)(.+?)(?<!\s)\*(?!\w)", r"\1", regel)
        regels.append(regel)
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
    titel = next((r.lstrip("#").strip() for r in regels if r.startswith("# ")), "Vacature")
    document = nieuw_document(titel, organisatie, "Werving en voorlichting", kop_rechts="Vrijwilligerswerk")
    for regel in regels:
        kop = re.match(r"^(#+)\s+(.*)$", regel)
        if kop:
            document.add_heading(kop.group(2), level=min(len(kop.group(1)), 3))
            continue
        punt = regel.startswith("- ")
        alinea = document.add_paragraph(style="List Bullet" if punt else None)
        tekst = regel[2:] if punt else regel
        for i, stuk in enumerate(re.split(r"\*\*(.+?)\*\*", tekst)):
            if stuk:
                alinea.add_run(stuk).bold = i % 2 == 1
    return als_bytes(document)
