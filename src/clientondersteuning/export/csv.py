"""The flat tables as CSV: UTF-8 with a BOM, so Excel shows ë and ï right when it opens the file."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from .tabel import ITEM_KOLOMMEN, RELATIE_KOLOMMEN, Tabellen

BOM = "\ufeff"
# Excel runs a cell that starts with one of these as a formula (=HYPERLINK(...), +cmd|...); a
# leading apostrophe makes it text, the way Excel itself marks typed text.
_FORMULE_BEGIN = ("=", "+", "-", "@", "\t", "\r")


def cel(waarde: str) -> str:
    """A CSV cell that Excel shows as text, never runs as a formula."""
    return "'" + waarde if waarde.startswith(_FORMULE_BEGIN) else waarde


def als_csv(kolommen: Sequence[str], rijen: list[tuple[str, ...]], scheidingsteken: str = ",") -> bytes:
    buffer = io.StringIO()
    # Windows line ends, every cell that needs it quoted: what Excel writes and reads.
    schrijver = csv.writer(buffer, delimiter=scheidingsteken, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    schrijver.writerow(kolommen)
    schrijver.writerows([cel(w) for w in rij] for rij in rijen)
    return (BOM + buffer.getvalue()).encode("utf-8")


def bestanden(t: Tabellen, scheidingsteken: str = ",") -> tuple[bytes, bytes]:
    """(items, relaties) as CSV bytes."""
    return (als_csv(ITEM_KOLOMMEN, t.items, scheidingsteken),
            als_csv(RELATIE_KOLOMMEN, t.relaties, scheidingsteken))
