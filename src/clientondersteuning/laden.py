"""Load a catalogue folder for a command: from its snapshot when nothing changed, else in full.

The full load (lader.py) validates every file with the Pydantic models and applies the
whole-catalogue rules. Its result, the catalogue as plain data and every message, is kept as a
snapshot (momentopname.py) keyed by the files' bytes and cot's code, so the next run with the
same files neither imports Pydantic nor validates again: the same catalogue, the same messages.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from .fouten import CotFout, Melding, toon_pad

if TYPE_CHECKING:
    from .catalogus import Catalogus

MAX_BESTANDEN = 200


def catalogus_bestanden(map_: Path) -> list[Path]:
    """Every .yaml/.yml file under map_ (hidden ones and symlinked folders left out)."""
    from .bestanden import zoek_bestanden

    return zoek_bestanden(map_, (".yaml", ".yml"))


def _sleutel(map_: Path, paden: list[Path]) -> str | None:
    """The snapshot key of these files; None when a file cannot be read (the full load reports it)."""
    from .bestanden import MAX_BYTES, lees_bytes
    from .momentopname import sleutel

    try:
        namen = [toon_pad(pad) for pad in paden]
        inhoud = [(naam, lees_bytes(pad, MAX_BYTES, naam, binnen=map_)) for naam, pad in zip(namen, paden, strict=True)]
    except CotFout:
        return None
    # The folder as given, where it is and as messages show it: the snapshot keeps its paths
    # (for lines read later) and its messages name the folder (catalogus.yaml ontbreekt).
    return sleutel("catalogus", [(str(map_), b""), (os.path.abspath(map_), b""), (toon_pad(map_), b""), *inhoud])


def laad_catalogus(map_: Path, gelezen: list[Path] | None = None, momentopname: bool = True,
                   met_catalogus: bool = True) -> tuple[Catalogus | None, list[Melding]]:
    """Load and check a catalogue folder; returns the catalogue (if usable) and all problems.

    gelezen, if given, receives the files that were looked at. momentopname=False: always the
    full load and no snapshot kept (a temporary folder, such as an old revision from git).
    met_catalogus=False: only the problems are needed (cot catalogus check); from a snapshot
    the catalogue itself is then not read and None is returned for it.
    """
    if not map_.exists():
        return None, [Melding(toon_pad(map_), code="map", tekst="de catalogusmap bestaat niet")]
    if not map_.is_dir():
        return None, [Melding(toon_pad(map_), code="map", tekst="dit is geen map; geef de catalogusmap op")]
    try:
        paden = catalogus_bestanden(map_)
    except CotFout:
        paden = None  # the full load reports why
    # Too many files is an error the full load reports (and no key covers what it leaves out).
    kan = momentopname and paden is not None and len(paden) <= MAX_BESTANDEN
    sleutel = _sleutel(map_, paden) if kan else None
    if sleutel is None:
        from .lader import laad_volledig

        cat, meldingen, bekeken = laad_volledig(map_, paden)
    else:
        from .momentopname import bewaard

        def volledig() -> tuple[tuple[list[Melding], list[Path]], Catalogus | None]:
            from .lader import laad_volledig

            cat, meldingen, bekeken = laad_volledig(map_, paden)
            return (meldingen, bekeken), cat

        # Two parts: the check's report first, so `catalogus check` reads only that part.
        # Kept only if the files did not change while they were read (an editor saving, a checkout).
        (meldingen, bekeken), *rest = bewaard(sleutel, volledig, None if met_catalogus else 1,
                                              lambda: _sleutel(map_, catalogus_bestanden(map_)) == sleutel)
        cat = rest[0] if rest else None
    if gelezen is not None:
        gelezen += bekeken
    return cat, meldingen


def laad_of_stop(map_: Path) -> Catalogus:
    """For commands that need a valid catalogue: any problem stops with all its messages."""
    cat, meldingen = laad_catalogus(map_)
    fouten = [x for x in meldingen if x.ernst == "fout"]
    if cat is None or fouten:
        raise CotFout(fouten or [Melding(toon_pad(map_), code="catalogus", tekst="de catalogus is onbruikbaar")])
    return cat
