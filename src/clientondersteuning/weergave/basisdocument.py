"""The house style as a finished Word package without content, to write a document into as text.

Importing and running python-docx costs more than writing a whole profile, so the parts that are
the same in every document in the house style are made once, by python-docx and the house-style
code itself (maak: the restyled blank document, header and footer, language, properties), and
stored in basisdocument.zip next to this module. Where a document's own texts go the base has
placeholders (@@naam@@), where its content and list numbering go XML comments (INHOUD, ABSTRACT,
NUM); pakket() fills them in. After a change to the house style or a new python-docx, make it
again (a test compares the stored base with a fresh one):

    make basisdocument   (python -m clientondersteuning.weergave.basisdocument)
"""

from __future__ import annotations

import datetime as dt
import json
import re
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

from . import zippakket

BESTAND = Path(__file__).with_name("basisdocument.zip")
_EXTRA = "cot/"  # members of the base that are not part of a document
_GEGEVENS = _EXTRA + "basis.json"
_MET_INHOUD = _EXTRA + "inhoudsopgave/"  # the parts as they are in a document with a table of contents
INHOUD, ABSTRACT, NUM = "cot:inhoud", "cot:abstract", "cot:num"  # the markers, as XML comments
KOP = ("kop_links", "kop_rechts", "voet_links")  # huisstijl.kop_en_voet's texts
_DATUM = "%Y-%m-%dT%H:%M:%SZ"  # how python-docx writes a date of the core properties
_PLEK = re.compile("<w:t>@@([a-z_]+)@@</w:t>|@@([a-z_]+)@@")


class Basis(NamedTuple):
    delen: dict[str, zippakket.Ingepakt]  # the package's members, in the order python-docx writes them
    met_inhoud: dict[str, zippakket.Ingepakt]  # the members that differ with a table of contents
    stijlen: dict[str, str]  # style name -> style id, for huisstijl.STIJLEN
    inhoud_stijlen: tuple[str | None, str | None]  # inhoudsopgave.stijlen: title and entries
    nummers: tuple[int, int]  # the first free abstractNumId and numId
    in_te_vullen: tuple[str, ...]  # the members with placeholders
    momenten: dict[str, str]  # core property -> the date standing in for it


@cache
def lees() -> Basis:
    delen = zippakket.lees(BESTAND)
    gegevens = json.loads(delen.pop(_GEGEVENS).uitgepakt())
    met_inhoud = {naam.removeprefix(_MET_INHOUD): delen.pop(naam) for naam in list(delen)
                  if naam.startswith(_MET_INHOUD)}
    kop, regel = gegevens["inhoud_stijlen"]
    abstract, num = gegevens["nummers"]
    return Basis(delen, met_inhoud, gegevens["stijlen"], (kop, regel), (abstract, num),
                 tuple(gegevens["in_te_vullen"]), gegevens["momenten"])


def _vul_in(xml: str, teksten: dict[str, str]) -> str:
    """Placeholders in one pass (a text that looks like a placeholder stays text): a whole w:t
    becomes the run content of its text (tabs, line breaks), any other the escaped text."""
    from .wordxml import run_inhoud, tekst

    def vervang(gevonden: re.Match[str]) -> str:
        if gevonden.group(1) is not None:
            return run_inhoud(teksten[gevonden.group(1)])
        return tekst(teksten[gevonden.group(2)])

    return _PLEK.sub(vervang, xml).replace("<w:r></w:r>", "<w:r/>")


def pakket(basis: Basis, inhoud: str, abstracten: str, nums: str, kop: tuple[str, str, str],
           kern: dict[str, Any], met_inhoudsopgave: bool = False) -> bytes:
    """The .docx: the base with the body content, the numbering definitions, the header and footer
    texts (KOP) and the core properties (huisstijl.kerngegevens) filled in."""
    from .wordxml import xml_bytes

    teksten = dict(zip(KOP, kop, strict=True)) | {naam: waarde for naam, waarde in kern.items()
                                                   if isinstance(waarde, str)}
    delen = basis.delen | (basis.met_inhoud if met_inhoudsopgave else {})
    nieuw = {
        "word/document.xml": _tekst(delen, "word/document.xml").replace(f"<!--{INHOUD}-->", inhoud),
        "word/numbering.xml": _tekst(delen, "word/numbering.xml").replace(
            f"<!--{ABSTRACT}-->", abstracten).replace(f"<!--{NUM}-->", nums),
    }
    for naam in basis.in_te_vullen:
        xml = _vul_in(_tekst(delen, naam), teksten)
        for eigenschap, plek in basis.momenten.items():
            xml = xml.replace(plek, kern[eigenschap].strftime(_DATUM))
        nieuw[naam] = xml
    return zippakket.schrijf({naam: xml_bytes(nieuw[naam]) if naam in nieuw else lid for naam, lid in delen.items()})


def _tekst(delen: dict[str, zippakket.Ingepakt], naam: str) -> str:
    return delen[naam].uitgepakt().decode()


# ---- making the base (python-docx) ---------------------------------------------------------------


def maak() -> bytes:
    """The base, made by python-docx and the house-style code (see the module's docstring)."""
    import docx
    from lxml import etree

    from . import inhoudsopgave as toc
    from .huisstijl import STIJLEN, _huisstijl, _taal, als_bytes, kerngegevens, kop_en_voet, zet_kerngegevens
    from .nummering import plaats_abstract, plaats_num, volgende_ids

    # The same steps as a profile in the house style (profiel_docx), with placeholders.
    doc = docx.Document()
    _huisstijl(doc)
    kop_en_voet(doc, *(f"@@{naam}@@" for naam in KOP))
    _taal(doc)
    kern: dict[str, Any] = {}
    momenten: dict[str, str] = {}
    for naam, waarde in kerngegevens("", "", None, dt.date(2000, 1, 1)).items():
        if isinstance(waarde, str):
            kern[naam] = f"@@{naam}@@"
        elif isinstance(waarde, dt.datetime):  # a date far from any document's, one per property
            kern[naam] = dt.datetime(1901, 1, 1 + len(momenten), 12, 0, tzinfo=dt.UTC)
            momenten[naam] = kern[naam].strftime(_DATUM)
        else:
            kern[naam] = waarde
    zet_kerngegevens(doc, kern)
    numbering = doc.part.numbering_part.element
    gegevens: dict[str, Any] = {"stijlen": {naam: doc.styles[naam].style_id for naam in STIJLEN},
                                "nummers": volgende_ids(numbering), "momenten": momenten}
    plaats_abstract(numbering, etree.Comment(ABSTRACT))
    plaats_num(numbering, etree.Comment(NUM))
    doc.element.body.sectPr.addprevious(etree.Comment(INHOUD))
    zonder = _leden(als_bytes(doc))
    gegevens["inhoud_stijlen"] = toc.stijlen(doc)
    toc.zet_bijwerken(doc)
    met = _leden(als_bytes(doc))
    gegevens["in_te_vullen"] = [naam for naam, inhoud in zonder.items() if b"@@" in inhoud]
    return zippakket.schrijf({**zonder, **{_MET_INHOUD + naam: inhoud for naam, inhoud in met.items()
                                           if inhoud != zonder[naam]},
                              _GEGEVENS: json.dumps(gegevens, indent=1, sort_keys=True).encode()},
                             moment=(1980, 1, 1, 0, 0, 0))  # the same bytes every time it is made


def _leden(docx: bytes) -> dict[str, bytes]:
    import io
    import zipfile

    with zipfile.ZipFile(io.BytesIO(docx)) as pakket:
        return {info.filename: pakket.read(info) for info in pakket.infolist()}


if __name__ == "__main__":
    BESTAND.write_bytes(maak())
    print(f"{BESTAND} gemaakt")
