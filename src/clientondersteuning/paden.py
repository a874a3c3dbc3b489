"""Where the embedded catalogue and templates are, and which catalogue the user chose."""

from __future__ import annotations

import os
from pathlib import Path

PAKKET = Path(__file__).resolve().parent


def _gedeeld(naam: str) -> Path:
    # Installed wheel: shipped inside the package. Source checkout (editable install): the
    # top-level folder of the repository.
    binnen = PAKKET / "_data" / naam
    if binnen.is_dir():
        return binnen
    return PAKKET.parent.parent / naam


def ingebouwde_catalogus() -> Path:
    return _gedeeld("catalogus")


def sjablonen_map() -> Path:
    return _gedeeld("templates")


def gekozen_catalogus(optie: Path | None = None) -> Path:
    """--catalogus wins, then COT_CATALOGUS, then the embedded catalogue."""
    if optie is not None:
        return optie
    omgeving = os.environ.get("COT_CATALOGUS")
    if omgeving:
        return Path(omgeving)
    return ingebouwde_catalogus()
