"""The team matrix as a workbook a coordinator can sort and filter (`cot scholing team --format xlsx`).

Fed from the plain data of `scholing.team_data`, so with --anoniem it holds pseudonyms only.
Colours as in the DOCX. Where every volunteer has the same norm for a competency (the usual
case), the column gets conditional formatting, so the colours follow a score that the
coordinator changes and survive sorting; a column with different norms per volunteer gets
fixed colours per cell.
"""

from __future__ import annotations

from typing import Any

from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Alignment, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from ..weergave.huisstijl import TEAM_KLEUREN
from .tabel import SCHEIDER
from .xlsx import als_bytes, blad_met_tabel, nieuwe_werkmap, zet


def _vulling(kleur: str) -> PatternFill:
    return PatternFill(start_color=kleur, end_color=kleur, fill_type="solid")


def _waarde(cel: dict[str, Any]) -> Any:
    if cel["status"] in ("tekort", "in_orde"):
        return cel["score"]
    return "?" if cel["status"] == "niet_beoordeeld" else None


def _kleur_van(cel: dict[str, Any]) -> str | None:
    if cel["status"] == "tekort":
        return TEAM_KLEUREN["tekort2" if cel["tekort"] >= 2 else "tekort1"]
    return TEAM_KLEUREN.get(cel["status"])


def _kleur_regels(blad: Worksheet, kolom: int, rijen: int, norm: int) -> None:
    letter = get_column_letter(kolom)
    bereik, cel = f"{letter}2:{letter}{rijen + 1}", f"{letter}2"  # formulas are relative to the first cell
    for formule, kleur in ((f"AND(ISNUMBER({cel}),{cel}<={norm - 2})", TEAM_KLEUREN["tekort2"]),
                           (f"AND(ISNUMBER({cel}),{cel}={norm - 1})", TEAM_KLEUREN["tekort1"]),
                           (f"AND(ISNUMBER({cel}),{cel}>={norm})", TEAM_KLEUREN["in_orde"]),
                           (f'{cel}="?"', TEAM_KLEUREN["niet_beoordeeld"])):
        blad.conditional_formatting.add(bereik, FormulaRule(formula=[formule], fill=_vulling(kleur),
                                                            stopIfTrue=True))


def team_werkmap(data: dict[str, Any]) -> bytes:
    """Sheets: Overzicht (a row per volunteer, a column per competency), Groepsscholing, Competenties."""
    werkmap = nieuwe_werkmap("Scholingsplan voor het team")
    nummers = [c["competentie"] for c in data["competenties"]]
    rijen = [[rij["vrijwilliger"], *(_waarde(rij["cellen"][n]) for n in nummers)] for rij in data["matrix"]]
    # Score columns: narrow, as in the DOCX; the numbers are explained on the sheet Competenties.
    blad = blad_met_tabel(werkmap, "Overzicht", ["Vrijwilliger", *nummers], rijen,
                          breedtes={j: max(len(n) + 5, 8) for j, n in enumerate(nummers, start=2)})
    midden = Alignment(horizontal="center")
    for j, nummer in enumerate(nummers, start=2):
        cellen = [rij["cellen"][nummer] for rij in data["matrix"]]
        for (cel_xlsx,) in blad.iter_rows(min_row=1, max_row=len(cellen) + 1, min_col=j, max_col=j):
            cel_xlsx.alignment = midden
        normen = {c["norm"] for c in cellen if c["norm"] is not None}
        if len(normen) == 1:
            _kleur_regels(blad, j, len(cellen), normen.pop())
            continue
        for i, cel in enumerate(cellen, start=2):
            kleur = _kleur_van(cel)
            if kleur:
                blad.cell(row=i, column=j).fill = _vulling(kleur)

    groep = [(i, g["competentie"], g["titel"], g["aantal_tekort"], g["aantal_nodig"], g["totaal_tekort"],
              g["aantal_niet_beoordeeld"], SCHEIDER.join(g["vrijwilligers_tekort"]),
              SCHEIDER.join(f"{v['naam']}: {v['leerdoel']}" for v in g["scholing"]))
             for i, g in enumerate(data["groepsscholing"], start=1)]
    blad_met_tabel(werkmap, "Groepsscholing", ("Volgorde", "Competentie", "Titel", "Onder de norm", "Nodig",
                                               "Totaal tekort", "Niet beoordeeld", "Vrijwilligers onder de norm",
                                               "Scholing"), groep)

    niet_beoordeeld = {n["competentie"]: n["aantal"] for n in data["niet_beoordeeld"]}
    comps = [(c["competentie"], c["titel"], niet_beoordeeld.get(c["competentie"], 0)) for c in data["competenties"]]
    uitleg = blad_met_tabel(werkmap, "Competenties", ("Competentie", "Titel", "Niet beoordeeld"), comps)
    regel = len(comps) + 3
    schaal = ", ".join(f"{k} {v}" for k, v in data["schaal"].items())
    for tekst, kleur in ((f"Schaal: {schaal}.", None),
                         ("Rood: 2 of meer onder de norm.", TEAM_KLEUREN["tekort2"]),
                         ("Geel: 1 onder de norm.", TEAM_KLEUREN["tekort1"]),
                         ("Groen: in orde.", TEAM_KLEUREN["in_orde"]),
                         ("Grijs met ?: niet beoordeeld. Leeg: niet nodig voor het profiel.",
                          TEAM_KLEUREN["niet_beoordeeld"])):
        cel = zet(uitleg, regel, 1, tekst)
        if kleur:
            cel.fill = _vulling(kleur)
        regel += 1
    return als_bytes(werkmap)
