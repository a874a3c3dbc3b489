"""Excel workbooks with openpyxl: every cell that holds text is stored as text.

Excel turns "4.1" into a number and "1-2" into a date, and runs a cell that starts with
"=" as a formula; openpyxl does the last itself for any str starting with "=". So every
text cell gets the string type and the text number format "@", whatever it looks like.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from .tabel import ITEM_KOLOMMEN, RELATIE_KOLOMMEN, Tabellen

MAX_BREEDTE = 60  # characters; longer texts wrap in their cell
_KOP = Font(bold=True)


def nieuwe_werkmap(titel: str) -> Workbook:
    werkmap = Workbook()
    werkmap.properties.creator = "cot"
    werkmap.properties.title = titel
    werkmap.remove(werkmap.active)
    return werkmap


def zet(blad: Worksheet, rij: int, kolom: int, waarde: Any) -> Any:
    """One cell: numbers stay numbers, everything else is text, never a formula or a date."""
    cel = blad.cell(row=rij, column=kolom)
    if waarde is None:  # an empty cell, not an empty text
        return cel
    if isinstance(waarde, bool) or not isinstance(waarde, (int, float)):
        cel.value = str(waarde)
        cel.data_type = "s"
        cel.number_format = "@"
    else:
        cel.value = waarde
    return cel


def blad_met_tabel(werkmap: Workbook, naam: str, kolommen: Sequence[str], rijen: Sequence[Sequence[Any]],
                   breedtes: dict[int, int] | None = None) -> Worksheet:
    """A sheet with a bold header row that is frozen and filtered, and columns as wide as their text."""
    blad = werkmap.create_sheet(naam)
    for j, kop in enumerate(kolommen, start=1):
        zet(blad, 1, j, kop).font = _KOP
    for i, rij in enumerate(rijen, start=2):
        for j, waarde in enumerate(rij, start=1):
            zet(blad, i, j, waarde)
    blad.freeze_panes = "A2"
    blad.print_title_rows = "1:1"  # printed: the header on every page, the columns across the width
    blad.page_setup.orientation = "landscape"
    blad.page_setup.fitToWidth, blad.page_setup.fitToHeight = 1, 0
    blad.sheet_properties.pageSetUpPr.fitToPage = True
    if rijen:
        blad.auto_filter.ref = f"A1:{get_column_letter(len(kolommen))}{len(rijen) + 1}"
    pas_breedtes_aan(blad, kolommen, rijen, breedtes or {})
    return blad


def pas_breedtes_aan(blad: Worksheet, kolommen: Sequence[str], rijen: Sequence[Sequence[Any]],
                     vast: dict[int, int]) -> None:
    """Each column as wide as its longest value (plus room for the filter button), at most MAX_BREEDTE."""
    terugloop = Alignment(wrap_text=True, vertical="top")
    for j, kop in enumerate(kolommen, start=1):
        langste = max([len(str(kop)) + 3, *(len(str(r[j - 1])) for r in rijen if r[j - 1] is not None)])
        breedte = vast.get(j, min(langste + 2, MAX_BREEDTE))
        blad.column_dimensions[get_column_letter(j)].width = breedte
        if langste + 2 > breedte:
            for rij in blad.iter_rows(min_row=2, min_col=j, max_col=j):
                rij[0].alignment = terugloop


def als_bytes(werkmap: Workbook) -> bytes:
    buffer = io.BytesIO()
    werkmap.save(buffer)
    return buffer.getvalue()


def catalogus_werkmap(t: Tabellen, titel: str) -> bytes:
    """The catalogue as a workbook: the sheets Items and Relaties, the same columns as the CSV files."""
    werkmap = nieuwe_werkmap(titel)
    blad_met_tabel(werkmap, "Items", ITEM_KOLOMMEN, t.items)
    blad_met_tabel(werkmap, "Relaties", RELATIE_KOLOMMEN, t.relaties)
    return als_bytes(werkmap)
