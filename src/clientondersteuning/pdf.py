"""Word to accessible PDF (PDF/UA) with LibreOffice, run headless.

The DOCX is made so that the PDF passes PDF/UA: real heading styles, header rows on every
table, a document title and the language nl-NL. LibreOffice writes the structure tree, the
marked-content flag, /Lang and the PDF/UA claim when `PDFUACompliance` is set.

Each conversion gets its own LibreOffice profile folder: LibreOffice locks its profile, so two
runs sharing one (two users, two terminals, parallel tests) would wait for or break each other.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from .fouten import CotFout, Melding

MAX_SECONDEN = 180  # a long profile converts in about a second; a hung LibreOffice must not hang cot
_FILTER = 'pdf:writer_pdf_Export:{"PDFUACompliance":{"type":"boolean","value":"true"}}'
_PROGRAMMAS = ("soffice", "libreoffice")

INSTALLATIE_HULP = (
    "LibreOffice is nodig om een PDF te maken, maar het is niet gevonden. Installeer het "
    "(Debian/Ubuntu: 'sudo apt-get install libreoffice-writer-nogui'; Windows en macOS: "
    "https://nl.libreoffice.org) of maak een Word-bestand met --format docx."
)


def libreoffice() -> str | None:
    """The path of LibreOffice's command, or None. COT_SOFFICE overrides the search."""
    eigen = os.environ.get("COT_SOFFICE")
    if eigen:
        return eigen if Path(eigen).is_file() and os.access(eigen, os.X_OK) else None
    for naam in _PROGRAMMAS:
        pad = shutil.which(naam)
        if pad:
            return pad
    return None


def _fout(naam: str, tekst: str) -> CotFout:
    return CotFout(Melding(naam, code="pdf", tekst=tekst))


def docx_naar_pdf(docx: bytes, naam: str = "document.pdf") -> bytes:
    """Convert a Word document to a tagged PDF/UA file. naam is the output's name, for messages."""
    programma = libreoffice()
    if programma is None:
        raise _fout(naam, INSTALLATIE_HULP)
    with tempfile.TemporaryDirectory(prefix="cot-pdf-") as werk:
        map_ = Path(werk)
        invoer = map_ / "document.docx"
        invoer.write_bytes(docx)
        profiel = (map_ / "profiel").as_uri()
        opdracht = [programma, f"-env:UserInstallation={profiel}", "--headless", "--norestore",
                    "--nologo", "--nodefault", "--nolockcheck", "--convert-to", _FILTER,
                    "--outdir", str(map_), str(invoer)]
        omgeving = {k: v for k, v in os.environ.items() if not k.startswith(("SAL_", "UNO_"))}
        omgeving["HOME"] = werk  # LibreOffice writes caches under HOME; keep them in our folder
        try:
            proces = subprocess.run(opdracht, stdin=subprocess.DEVNULL, capture_output=True,
                                    timeout=MAX_SECONDEN, env=omgeving, check=False)
        except subprocess.TimeoutExpired:
            raise _fout(naam, f"LibreOffice gaf binnen {MAX_SECONDEN} seconden geen PDF; "
                              "probeer het opnieuw of maak een Word-bestand met --format docx") from None
        except OSError as fout:
            raise _fout(naam, f"LibreOffice kon niet starten ({fout.strerror or fout}); "
                              "maak een Word-bestand met --format docx") from None
        uitvoer = map_ / "document.pdf"
        if proces.returncode != 0 or not uitvoer.is_file() or uitvoer.stat().st_size == 0:
            raise _fout(naam, "LibreOffice kon het document niet omzetten naar PDF "
                              f"(exitcode {proces.returncode}); maak een Word-bestand met --format docx")
        return uitvoer.read_bytes()
