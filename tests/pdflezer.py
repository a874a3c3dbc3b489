"""Reading a PDF back for the tests: structure tree, language, title, tables and text (pikepdf, pypdf)."""

from __future__ import annotations

import io
import re
from collections import Counter
from dataclasses import dataclass, field


@dataclass
class PdfInhoud:
    taal: str
    titel: str
    gemarkeerd: bool
    toon_titel: bool
    pdfua: bool
    pagina_s: int
    elementen: Counter = field(default_factory=Counter)
    tabellen: list[Counter] = field(default_factory=list)
    tekst: str = ""


def _tags(element, uit: list) -> None:
    import pikepdf

    if isinstance(element, pikepdf.Array):
        for kind in element:
            _tags(kind, uit)
    elif isinstance(element, pikepdf.Dictionary):
        if element.get("/S") is not None:
            uit.append(element)
        if element.get("/K") is not None:
            _tags(element.K, uit)


def lees_pdf(inhoud: bytes) -> PdfInhoud:
    import pikepdf
    import pypdf

    pdf = pikepdf.open(io.BytesIO(inhoud))
    root = pdf.Root
    with pdf.open_metadata() as xmp:
        titel = str(xmp.get("dc:title", "") or pdf.docinfo.get("/Title", ""))
        pdfua = str(xmp.get("pdfuaid:part", "")) == "1"
    markeer = root.get("/MarkInfo")
    voorkeur = root.get("/ViewerPreferences")
    alle: list = []
    if root.get("/StructTreeRoot") is not None:
        _tags(root.StructTreeRoot.K, alle)
    elementen = Counter(str(e.S) for e in alle)
    tabellen = []
    for tabel in (e for e in alle if str(e.S) == "/Table"):
        binnen: list = []
        _tags(tabel.K, binnen)
        tabellen.append(Counter(str(e.S) for e in binnen))
    lezer = pypdf.PdfReader(io.BytesIO(inhoud))
    tekst = " ".join(p.extract_text() or "" for p in lezer.pages)
    return PdfInhoud(
        taal=str(root.get("/Lang", "")),
        titel=titel,
        gemarkeerd=bool(markeer is not None and markeer.get("/Marked")),
        toon_titel=bool(voorkeur is not None and voorkeur.get("/DisplayDocTitle")),
        pdfua=pdfua,
        pagina_s=len(pdf.pages),
        elementen=elementen,
        tabellen=tabellen,
        tekst=re.sub(r"\s+", " ", tekst),
    )
