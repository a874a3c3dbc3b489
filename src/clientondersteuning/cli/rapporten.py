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
_LEGENDA = ("Rood: 2 of meer onder de norm; geel: 1 onder de norm; groen: in orde; ?: niet beoordeeld; "
            "leeg: niet nodig.")

Stukken = list[tuple[str, str]]  # a line as (text, rich style) pieces; "" is no style


def _team_regels(data: dict[str, Any]) -> tuple[list[Stukken], list[tuple[str, str]]]:
    """The team table's layout, once for both writers: the matrix as lines of (text, style) pieces,
    then the lines below it as (text, style), to be wrapped on a terminal."""
    comps = [c["competentie"] for c in data["competenties"]]
    namen = [rij["vrijwilliger"] for rij in data["matrix"]]
    breedte_naam = min(max([len("Vrijwilliger"), *map(len, namen)]), 40)
    breedtes = [max(len(c), 3) + 2 for c in comps]
    matrix: list[Stukken] = [[("Scores per vrijwilliger en competentie", "bold")],
                             [("Vrijwilliger".ljust(breedte_naam), "bold"),
                              *((" " + c.center(b), "bold") for c, b in zip(comps, breedtes, strict=True))]]
    for rij, naam in zip(data["matrix"], namen, strict=True):
        regel: Stukken = [(naam[:breedte_naam].ljust(breedte_naam), "")]
        for c, b in zip(comps, breedtes, strict=True):
            cel = rij["cellen"][c]
            regel.append((" ", ""))
            if cel["status"] == "tekort":
                regel.append((str(cel["score"]).center(b), _KLEUREN["tekort2" if cel["tekort"] >= 2 else "tekort1"]))
            elif cel["status"] == "in_orde":
                regel.append((str(cel["score"]).center(b), _KLEUREN["in_orde"]))
            elif cel["status"] == "niet_beoordeeld":
                regel.append(("?".center(b), _KLEUREN["niet_beoordeeld"]))
            else:
                regel.append((" " * b, ""))
        matrix.append(regel)
    onder = [(_LEGENDA, ""), *((f"  {c['competentie']}  {c['titel']}", "") for c in data["competenties"]), ("", "")]
    if data["groepsscholing"]:
        onder.append(("Groepsscholing (meeste tekorten eerst)", "bold"))
        for i, g in enumerate(data["groepsscholing"], start=1):
            extra = f", {g['aantal_niet_beoordeeld']} niet beoordeeld" if g["aantal_niet_beoordeeld"] else ""
            onder.append((f"{i}. {g['competentie']} {g['titel']}: {g['aantal_tekort']} van "
                          f"{g['aantal_nodig']} onder de norm{extra}", ""))
            if g["scholing"]:
                onder.append((f"   scholing: {', '.join(v['naam'] for v in g['scholing'])}", ""))
    else:
        onder.append(("Geen tekorten in het team.", ""))
    return matrix, onder


def team_tabel(console: Console, data: dict[str, Any]) -> None:
    """The team matrix in colour on a terminal, then the group training by priority."""
    from rich.text import Text

    matrix, onder = _team_regels(data)
    # One Text for the whole matrix: a rich Table measures every cell and took 3 s for 1,000 rows.
    tekst = Text()
    for regel in matrix:
        for stuk, stijl in regel:
            tekst.append(stuk, style=stijl)
        tekst.append("\n")
    console.print(tekst, end="", soft_wrap=True)
    for regel, stijl in onder:
        console.print(Text(regel, style=stijl))


def team_tabel_kaal(uit: TextIO, data: dict[str, Any]) -> None:
    """The same table as plain text, for a pipe or a file: the same words, numbers and columns,
    no colour and no wrapping, and without rich (which took 0.2 s per 1,000 rows)."""
    from ..ontsnap import terminal

    matrix, onder = _team_regels(data)
    regels = ["".join(stuk for stuk, _ in regel) for regel in matrix] + [regel for regel, _ in onder]
    uit.write(terminal("\n".join(regels)) + "\n")
