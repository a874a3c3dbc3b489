"""The flat tables as CSV: UTF-8 with a BOM, so Excel shows ë and ï right when it opens the file."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from .tabel import ITEM_KOLOMMEN, RELATIE_KOLOMMEN, Tabellen

BOM = "\ufeff"


def als_csv(kolommen: Sequence[str], rijen: list[tuple[str, ...]], scheidingsteken: str = ",") -> bytes:
    buffer = io.StringIO()
    # Windows line ends, every cell that needs it quoted: what Excel writes and reads.
    schrijver = csv.writer(buffer, delimiter=scheidingsteken, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    schrijver.writerow(kolommen)
    schrijver.writerows(rijen)
    return (BOM + buffer.getvalue()).encode("utf-8")


def bestanden(t: Tabellen, scheidingsteken: str = ",") -> tuple[bytes, bytes]:
    """(items, relaties) as CSV bytes."""
    return (als_csv(ITEM_KOLOMMEN, t.items, scheidingsteken),
            als_csv(RELATIE_KOLOMMEN, t.relaties, scheidingsteken))
