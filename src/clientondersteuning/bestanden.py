"""Writing files safely: atomically (temporary file, then rename), never over an existing file without force."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .fouten import CotFout, Melding, systeemfout, toon_pad


def schrijf_atomisch(pad: Path, inhoud: bytes | str, force: bool = False, prive: bool = False) -> Path:
    """Write inhoud to pad. Raises CotFout if pad exists (without force) or cannot be written.

    prive: the file holds personal data (an assessment), so only its owner may read it.
    """
    naam = toon_pad(pad)
    if isinstance(inhoud, str):
        inhoud = inhoud.encode("utf-8")
    if pad.is_dir():
        raise CotFout(Melding(naam, code="uitvoer", tekst="dit is een map; geef een bestandsnaam op"))
    if pad.exists() and not force:
        raise CotFout(Melding(naam, code="bestaat", tekst=(
            "bestand bestaat al; kies een andere naam of gebruik --force om het te overschrijven")))
    map_ = pad.parent if str(pad.parent) else Path(".")
    if not map_.is_dir():
        raise CotFout(Melding(naam, code="uitvoer", tekst=f"de map '{toon_pad(map_)}' bestaat niet"))
    try:
        fd, tijdelijk = tempfile.mkstemp(prefix=f".{pad.name}.", suffix=".tmp", dir=map_)
    except OSError as fout:
        raise CotFout(Melding(naam, code="uitvoer", tekst=f"kan hier niet schrijven ({systeemfout(fout)})")) from None
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(inhoud)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tijdelijk, 0o600 if prive else 0o644)
        os.replace(tijdelijk, pad)
    except OSError as fout:
        Path(tijdelijk).unlink(missing_ok=True)
        raise CotFout(Melding(naam, code="uitvoer",
                              tekst=f"kan het bestand niet schrijven ({systeemfout(fout)})")) from None
    except BaseException:
        Path(tijdelijk).unlink(missing_ok=True)
        raise
    return pad
