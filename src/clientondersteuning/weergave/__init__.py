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


def render_docx(data: dict[str, Any], sjabloon: Path | None = None, inhoudsopgave: bool = False) -> bytes:
    """The profile as a Word document. With sjabloon: that Word file's styles, header, footer
    and page setup, with its body replaced by the profile. With inhoudsopgave: a table of
    contents when it is long."""
    from .profiel_docx import maak_docx

    return maak_docx(data, sjabloon, inhoudsopgave)


def _docx(soort: str, data: dict[str, Any], sjabloon: Path | None) -> bytes:
    """The Word document as its builder makes it (without a table of contents)."""
    if soort == "profiel":
        return render_docx(data, sjabloon)
    if soort in _SCHOLING_SJABLONEN:
        from . import scholing_docx

        return getattr(scholing_docx, soort)(data)
    from . import werving

    return werving.naar_docx(werving.maak(soort, data), data.get("organisatie"))


def _pdf(document: bytes, naam: str) -> bytes:
    """The accessible PDF; a document over four pages with a table of contents whose page numbers
    come from a first pass (the PDF's outline), so they are right in the PDF too."""
    from ..pdf import docx_naar_pdf
    from . import inhoudsopgave as toc

    if not toc.lijkt_lang(document):
        pdf = docx_naar_pdf(document, naam)
        if toc.paginas_van_koppen(pdf)[0] <= toc.MAX_PAGINAS_ZONDER:
            return pdf
    eerste = docx_naar_pdf(toc.toevoegen(document, {kop: 0 for kop in toc.koppen(document)}), naam)
    aantal, paginas = toc.paginas_van_koppen(eerste)
    if aantal <= toc.MAX_PAGINAS_ZONDER:  # shorter than guessed: no table of contents after all
        return docx_naar_pdf(document, naam)
    return docx_naar_pdf(toc.toevoegen(document, paginas), naam)


def render(soort: str, data: dict[str, Any], formaat: str, sjabloon: Path | None = None,
           naam: str | None = None) -> str | bytes:
    """One document: Markdown or plain text as str, Word and PDF as bytes.

    A Word document over four pages (guessed from its length) gets a table of contents. A PDF
    is the Word document converted by LibreOffice, with a table of contents when it has over
    four pages; naam (the output's name) is for its messages. Raises CotFout when LibreOffice
    is missing or fails.
    """
    if formaat not in DOCUMENTEN[soort]:
        raise ValueError(f"{soort} bestaat niet als {formaat}")
    if formaat == "pdf":
        return _pdf(_docx(soort, data, sjabloon), naam or f"{soort}.pdf")
    if formaat == "docx":
        from . import inhoudsopgave as toc

        if soort == "profiel":  # the profile's writer knows its length and headings itself
            return render_docx(data, sjabloon, inhoudsopgave=True)

        document = _docx(soort, data, sjabloon)
        return toc.toevoegen(document) if toc.lijkt_lang(document) else document
    if soort == "profiel":
        return render_markdown(data, sjabloon)
    if soort in _SCHOLING_SJABLONEN:
        return alineas(render_markdown(data, standaard=_SCHOLING_SJABLONEN[soort]))
    from . import werving

    markdown = werving.maak(soort, data)
    if formaat == "txt":
        return werving.naar_tekst(markdown)
    return markdown
