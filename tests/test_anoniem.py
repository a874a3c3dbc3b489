"""`cot scholing team --anoniem`: no name from a volunteer file in any output or message.

Names are planted in every place a volunteer file can carry text: the name, a remark, a key,
a value, the profile path, a bad date, a broken line. Each output (terminal, md, json, docx,
xlsx) and every message must keep the position and the kind of problem, and none of the names.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest

from helpers import build_file_tree, run_line

# Each planted name, with the place it is planted in.
NAMEN = {
    "Henny Jansen": "naam van een goed bestand",
    "Gerrit Poort": "toelichting",
    "Karel Appel": "map in het pad van het profiel",
    "Bas Bos": "naam van een fout bestand",
    "Joke Dirks": "onbekende sleutel",
    "Wim Wit": "competentie als sleutel",
    "Sien Vos": "datum",
    "Lies Last": "rol",
    "Door Dam": "niet gesloten aanhalingsteken",
    "Ties Tol": "score",
    "Fem Fok": "taak",
    "Mark Mol": "pad van een profiel dat niet bestaat",
    "Pim Pels": "bestandsnaam",
}


@pytest.fixture
def team(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "team" / "Karel Appel").mkdir(parents=True)
    r = run_line(["profiel", "bouw", "--taken", "1", "-o", "p.md", "--bewaar", "team/Karel Appel/profiel.yaml"])
    assert r.exit_code == 0, r
    build_file_tree(tmp_path / "team", {
        "a.yaml": """
            naam: Henny Jansen
            profiel: Karel Appel/profiel.yaml
            competenties:
              "4.3": {score: 2, toelichting: "Gerrit Poort vindt het lastig"}
            """,
        "b.yaml": """
            naam: Bas Bos
            taken: [1]
            Joke Dirks: 1
            """,
        "c.yaml": 'naam: x\ndatum: "Sien Vos"\ntaken: [1]\n',
        "d.yaml": 'naam: x\ndatum: "2026-02-30"\nrol: Lies Last\ntaken: [1]\n',
        "e.yaml": 'naam: "Door Dam\ntaken: [1]\n',
        "f.yaml": 'naam: x\ntaken: [1]\ncompetenties: {"4.3": {score: Ties Tol}}\n',
        "g.yaml": 'naam: x\ntaken: [1, "Fem Fok"]\n',
        "h.yaml": "naam: x\nprofiel: Mark Mol/profiel.yaml\n",
        "i.yaml": "naam: x\ntaken: [1]\ncompetenties:\n  Wim Wit: 2\n",
        "pim-pels.yaml": "naam: x\ntaken: [1]\ncompetenties: [Pim]\n",
    })
    return tmp_path / "team"


def _tekst(pad: Path) -> str:
    if zipfile.is_zipfile(pad):
        with zipfile.ZipFile(pad) as z:
            return "\n".join(z.read(n).decode("utf-8", errors="replace") for n in z.namelist())
    return pad.read_text(encoding="utf-8")


@pytest.mark.parametrize("formaat", ["terminal", "md", "json", "docx", "xlsx"])
def test_geen_naam_in_uitvoer_of_melding(team: Path, formaat: str):
    opdracht = ["scholing", "team", str(team), "--anoniem"]
    uit = team.parent / f"team.{formaat}"
    if formaat != "terminal":
        opdracht += ["--format", formaat, "-o", str(uit)]
    r = run_line(opdracht)
    assert r.exit_code == 1, r  # files were skipped
    alles = r.output + (_tekst(uit) if formaat != "terminal" else "")
    for naam, plek in NAMEN.items():
        for woord in naam.split():
            assert not re.search(rf"\b{woord}\b", alles, re.IGNORECASE), f"{woord} ({plek}) in de uitvoer:\n{alles}"
    for deel in ("2026-02-30", "02-30", "lastig"):
        assert deel not in alles, alles
    # Position and kind of problem stay, under the pseudonym of the file.
    meldingen = r.stderr
    for verwacht in ("V2:3:1: onbekend veld '…'", "V9:4:3: competentie '…' bestaat niet bij rol informeel",
                     "V3:2:8: datum '…' moet de vorm JJJJ-MM-DD hebben", "V4:2:8: 'datum': '…' is geen bestaande datum",
                     "V4:3:6: '…' is geen toegestane waarde voor 'rol'; kies uit: 'informeel' of 'formeel'",
                     "V5:1:7: een aanhalingsteken wordt niet gesloten", "V6:3:", "'score' moet een geheel getal",
                     "V7:2:", "V8:2:10: het profiel '…' is niet bruikbaar",
                     "V10:3:15: 'competenties' moet velden bevatten"):
        assert verwacht in meldingen, meldingen
    if formaat == "terminal":
        assert "V1" in r.stdout


def test_zonder_anoniem_wel_de_namen(team: Path):
    # The same run without --anoniem shows them: the test above hides something real.
    r = run_line(["scholing", "team", str(team)])
    assert r.exit_code == 1, r
    for woord in ("Henny", "Jansen", "Joke Dirks", "Wim Wit", "Sien Vos", "Lies Last", "Fem Fok", "Mark Mol"):
        assert woord in r.output, woord


def test_verberg_houdt_de_woorden_van_het_formaat():
    from clientondersteuning.anoniem import verberg, woorden_van

    woorden = woorden_van('naam: Jan Smit\nrol: formeel\ncompetenties: {"Jan Smit": {score: 2}}\n',
                          Path("team/jan-smit.yaml"))
    assert verberg("competentie 'Jan Smit' bestaat niet bij rol formeel", woorden) == \
        "competentie '…' bestaat niet bij rol formeel"
    assert verberg("'[1, 'jan smit']' is geen toegestane waarde voor 'taken'", woorden) == \
        "'[1, '…']' is geen toegestane waarde voor 'taken'"
    assert verberg("'score' moet een getal zijn; nu: smit", woorden) == "'score' moet een getal zijn; nu: …"
