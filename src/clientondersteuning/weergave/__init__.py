"""The one document layer: plain data in, Markdown, plain text or Word out, in one house style.

    render(soort, data, formaat, sjabloon=None)

soort is one of DOCUMENTEN; data is the plain data the core made for it (dicts, lists,
strings, numbers: never models or paths). No command module builds a document itself.
python-docx and jinja2 are imported only when a document is made, so `cot --help` stays fast.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .markdown import alinea, alineas, lijst, md, opsomming, render_markdown

# Every document cot makes, and the formats it comes in.
# pdf is the Word document converted by LibreOffice to an accessible (tagged, PDF/UA) file.
DOCUMENTEN: dict[str, tuple[str, ...]] = {
    "profiel": ("md", "docx", "pdf"),
    "vacature": ("md", "txt", "docx", "pdf"),
    "oproep": ("md", "txt", "docx", "pdf"),
    "folder": ("md", "txt", "docx", "pdf"),
    "zelfevaluatie": ("md", "docx", "pdf"),
    "gap": ("md", "docx", "pdf"),
    "team": ("md", "docx", "pdf"),
}
_SCHOLING_SJABLONEN = {"zelfevaluatie": "zelfevaluatie.md.j2", "gap": "scholing-gap.md.j2",
                       "team": "scholing-team.md.j2"}

__all__ = ["DOCUMENTEN", "alinea", "alineas", "lijst", "md", "opsomming", "render", "render_docx",
           "render_markdown"]


def render_docx(data: dict[str, Any], sjabloon: Path | None = None) -> bytes:
    """The profile as a Word document. With sjabloon: that Word file's styles, header, footer
    and page setup, with its body replaced by the profile."""
    from .profiel_docx import maak_docx

    return maak_docx(data, sjabloon)


def render(soort: str, data: dict[str, Any], formaat: str, sjabloon: Path | None = None,
           naam: str | None = None) -> str | bytes:
    """One document: Markdown or plain text as str, Word and PDF as bytes.

    A PDF is the Word document converted by LibreOffice; naam (the output's name) is for its
    messages. Raises CotFout when LibreOffice is missing or fails.
    """
    if formaat not in DOCUMENTEN[soort]:
        raise ValueError(f"{soort} bestaat niet als {formaat}")
    if formaat == "pdf":
        from ..pdf import docx_naar_pdf

        document = render(soort, data, "docx", sjabloon)
        assert isinstance(document, bytes)
        return docx_naar_pdf(document, naam or f"{soort}.pdf")
    if soort == "profiel":
        return render_docx(data, sjabloon) if formaat == "docx" else render_markdown(data, sjabloon)
    if soort in _SCHOLING_SJABLONEN:
        if formaat == "docx":
            from . import scholing_docx

            return getattr(scholing_docx, soort)(data)
        return alineas(render_markdown(data, standaard=_SCHOLING_SJABLONEN[soort]))
    from . import werving

    markdown = werving.maak(soort, data)
    if formaat == "txt":
        return werving.naar_tekst(markdown)
    if formaat == "docx":
        return werving.naar_docx(markdown, data.get("organisatie"))
    return markdown
