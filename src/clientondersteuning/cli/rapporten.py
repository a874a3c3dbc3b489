"""Reporters: a command's result as text, written to the stream they are given (testable alone)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from rich.console import Console

    from ..profielverschil import ProfielVerschil

TITELS = {"taken": "Taken", "activiteiten": "Activiteiten", "competenties": "Competenties",
          "leefgebieden": "Leefgebieden", "lagen": "Lagen", "gegevens": "Gegevens"}


def profielverschil(uit: TextIO, a: str, b: str, verschillen: list[ProfielVerschil]) -> None:
    """Two profiles compared: '-' only in A, '+' only in B, and changed details."""
    uit.write(f"A: {a}\nB: {b}\n")
    if all(v.leeg for v in verschillen):
        uit.write("\nGeen verschil: de profielen hebben dezelfde taken, activiteiten, competenties, "
                  "leefgebieden "
                  "en lagen.\n")
        return
    uit.write("'-' staat alleen in A, '+' staat alleen in B.\n")
    gelijk = []
    for v in verschillen:
        if v.leeg:
            gelijk.append(TITELS[v.soort].lower())
            continue
        uit.write(f"\n{TITELS[v.soort]}\n")
        for _, label in v.eraf:
            uit.write(f"  - {label}\n")
        for _, label in v.erbij:
            uit.write(f"  + {label}\n")
        for label, oud, nieuw in v.gewijzigd:
            uit.write(f"  {label}: {oud} → {nieuw}\n")
    if gelijk:
        uit.write(f"\nGelijk: {', '.join(gelijk)}.\n")


_KLEUREN = {"tekort2": "bold white on red", "tekort1": "black on yellow", "in_orde": "black on green",
            "niet_beoordeeld": "dim", "niet_nodig": ""}


def team_tabel(console: Console, data: dict[str, Any]) -> None:
    """The team matrix in colour on a terminal, then the group training by priority."""
    from rich.markup import escape
    from rich.text import Text

    # One Text for the whole matrix: a rich Table measures every cell and took 3 s for 1,000 rows.
    comps = [c["competentie"] for c in data["competenties"]]
    namen = [rij["vrijwilliger"] for rij in data["matrix"]]
    breedte_naam = min(max([len("Vrijwilliger"), *map(len, namen)]), 40)
    breedtes = [max(len(c), 3) + 2 for c in comps]
    matrix = Text()
    matrix.append("Scores per vrijwilliger en competentie\n", style="bold")
    matrix.append("Vrijwilliger".ljust(breedte_naam), style="bold")
    for c, b in zip(comps, breedtes, strict=True):
        matrix.append(" " + c.center(b), style="bold")
    matrix.append("\n")
    for rij, naam in zip(data["matrix"], namen, strict=True):
        matrix.append(naam[:breedte_naam].ljust(breedte_naam))
        for c, b in zip(comps, breedtes, strict=True):
            cel = rij["cellen"][c]
            matrix.append(" ")
            if cel["status"] == "tekort":
                matrix.append(str(cel["score"]).center(b),
                              style=_KLEUREN["tekort2" if cel["tekort"] >= 2 else "tekort1"])
            elif cel["status"] == "in_orde":
                matrix.append(str(cel["score"]).center(b), style=_KLEUREN["in_orde"])
            elif cel["status"] == "niet_beoordeeld":
                matrix.append("?".center(b), style=_KLEUREN["niet_beoordeeld"])
            else:
                matrix.append(" " * b)
        matrix.append("\n")
    console.print(matrix, end="", soft_wrap=True)
    console.print("Rood: 2 of meer onder de norm; geel: 1 onder de norm; groen: in orde; ?: niet beoordeeld; "
                  "leeg: niet nodig.", markup=False)
    for c in data["competenties"]:
        console.print(f"  {c['competentie']}  {escape(c['titel'])}")
    console.print()
    if data["groepsscholing"]:
        console.print("[bold]Groepsscholing (meeste tekorten eerst)[/bold]")
        for i, g in enumerate(data["groepsscholing"], start=1):
            extra = f", {g['aantal_niet_beoordeeld']} niet beoordeeld" if g["aantal_niet_beoordeeld"] else ""
            console.print(f"{i}. {g['competentie']} {escape(g['titel'])}: {g['aantal_tekort']} van "
                          f"{g['aantal_nodig']} onder de norm{extra}")
            if g["scholing"]:
                console.print(f"   scholing: {', '.join(v['naam'] for v in g['scholing'])}", markup=False)
    else:
        console.print("Geen tekorten in het team.")
