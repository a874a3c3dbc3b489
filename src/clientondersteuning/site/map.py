"""Replacing a whole output folder at once: build next to it, then swap.

Only `cot site` writes folders; single files go through `bestanden.schrijf_atomisch`.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..fouten import CotFout, Melding, systeemfout, toon_pad

MERKTEKEN = ".cot-site"  # marks a folder cot built, so --force never deletes anything else


def _controleer(doel: Path, force: bool) -> None:
    naam = toon_pad(doel)
    if doel.exists() and not doel.is_dir():
        raise CotFout(Melding(naam, code="uitvoer", tekst="dit is geen map; kies een map voor de website"))
    if not doel.is_dir() or not any(doel.iterdir()):
        return
    if not force:
        raise CotFout(Melding(naam, code="bestaat", tekst=(
            "de map bestaat al en is niet leeg; kies een andere map of gebruik --force om de website te vervangen")))
    if not (doel / MERKTEKEN).is_file():
        raise CotFout(Melding(naam, code="bestaat", tekst=(
            "de map is niet door 'cot site' gemaakt; cot vervangt haar ook met --force niet. Kies een lege map")))


@contextmanager
def nieuwe_map(doel: Path, force: bool) -> Iterator[Path]:
    """Yield an empty temporary folder; on success it replaces doel, on failure it disappears."""
    _controleer(doel, force)
    ouder = doel.parent
    try:
        ouder.mkdir(parents=True, exist_ok=True)
        tijdelijk = Path(tempfile.mkdtemp(prefix=f".{doel.name}.", suffix=".tmp", dir=ouder))
    except OSError as fout:
        raise CotFout(Melding(toon_pad(doel), code="uitvoer",
                              tekst=f"kan hier niet schrijven ({systeemfout(fout)})")) from None
    try:
        yield tijdelijk
        try:
            (tijdelijk / MERKTEKEN).write_text("Deze map is gemaakt door 'cot site'.\n", encoding="utf-8")
            os.chmod(tijdelijk, 0o755)
            _wissel(tijdelijk, doel)
        except OSError as fout:
            raise CotFout(Melding(toon_pad(doel), code="uitvoer",
                                  tekst=f"kan de website niet schrijven ({systeemfout(fout)})")) from None
    finally:
        shutil.rmtree(tijdelijk, ignore_errors=True)


def _wissel(nieuw: Path, doel: Path) -> None:
    """Put the new folder in place; the old one is moved aside first and removed after."""
    oud = None
    if doel.exists():
        oud = Path(tempfile.mkdtemp(prefix=f".{doel.name}.", suffix=".oud", dir=doel.parent))
        os.replace(doel, oud / "site")
    os.replace(nieuw, doel)
    if oud is not None:
        shutil.rmtree(oud, ignore_errors=True)
