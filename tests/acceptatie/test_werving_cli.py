"""`cot werving` on the command line: options, messages, files."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from clientondersteuning.paden import ingebouwde_catalogus
from helpers import ORGANISATIE, VACATURE_KOPPEN, build_file_tree, regel_van, run_line, vervang


def _koppen(tekst: str) -> list[str]:
    return re.findall(r"^## (.+)$", tekst, flags=re.M)


# ---- the command ---------------------------------------------------------------------------------


def test_cli_vacature_naar_scherm() -> None:
    r = run_line(["werving", "vacature", "--taken", "2,3", "--leesbaarheid"])
    assert r.exit_code == 0, r
    assert _koppen(r.stdout) == VACATURE_KOPPEN
    assert "Flesch-Douma" in r.stderr and "Flesch-Douma" not in r.stdout


@pytest.mark.parametrize(("taken", "melding"), [
    ("9", "taak '9' bestaat niet bij rol informeel; kies uit: 1–7, of 'alle'"),
    ("1,1", "taak 1 staat twee keer in de keuze"),
    ("0", "taak '0' bestaat niet bij rol informeel"),
    ("1,,3", "lege plek in de taaknummers '1,,3'; scheid de nummers met één komma"),
    ("a", "taak 'a' bestaat niet bij rol informeel"),
    ("1,b", "taak 'b' bestaat niet bij rol informeel"),
    ("", "geen taken gekozen; geef taaknummers op"),
    (" , ", "lege plek in de taaknummers ','"),
])
def test_cli_foute_taken(taken: str, melding: str) -> None:
    r = run_line(["werving", "vacature", "--taken", taken])
    assert r.exit_code == 2, r
    assert f"cot: --taken: {melding}" in r.stderr
    assert r.stdout == ""


@pytest.mark.parametrize(("args", "melding"), [
    (["--taken", "1", "--rol", "formeel"], "werving is er alleen voor de rol informeel"),
    (["--taken", "1", "--rol", "iets"], "--rol 'iets' bestaat niet; kies uit: informeel, formeel"),
    ([], "kies de taken met --taken (bijvoorbeeld --taken 1,3,6) of met --profiel PAD, niet allebei"),
    (["--taken", "1", "--profiel", "p.yaml"], "kies de taken met --taken"),
    (["--taken", "1", "--format", "pdf"], "--format 'pdf' bestaat niet; kies uit: md, txt, docx"),
])
def test_cli_gebruiksfouten(args: list[str], melding: str) -> None:
    r = run_line(["werving", "oproep", *args])
    assert r.exit_code == 2, r
    assert melding in r.stderr
    assert r.stdout == "" and "Traceback" not in r.stderr


def test_cli_formeel_melding_is_duidelijk() -> None:
    r = run_line(["werving", "folder", "--taken", "1", "--rol", "formeel"])
    assert "alleen voor de rol informeel" in r.stderr


def test_cli_organisatie_en_uitvoerbestand(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    build_file_tree(tmp_path, {"organisatie.yaml": ORGANISATIE})
    r = run_line(["werving", "vacature", "--taken", "alle", "--organisatie", "organisatie.yaml",
                  "-o", "v.md"])
    assert r.exit_code == 0, r
    assert r.stdout == "" and "v.md" in r.stderr
    tekst = (tmp_path / "v.md").read_text(encoding="utf-8")
    assert "Stichting Samen Sterk" in tekst and "anna@samensterk.nl" in tekst
    assert "Wij zijn een kleine stichting in Zwolle. We helpen ouderen en hun naasten." in tekst
    # existing file: exit 1 without --force
    r = run_line(["werving", "vacature", "--taken", "1", "-o", "v.md"])
    assert r.exit_code == 1 and "bestaat al" in r.stderr, r
    assert (tmp_path / "v.md").read_text(encoding="utf-8") == tekst
    r = run_line(["werving", "vacature", "--taken", "1", "-o", "v.md", "--force"])
    assert r.exit_code == 0, r
    # .txt: plain text, from the suffix
    r = run_line(["werving", "folder", "--taken", "1", "-o", "f.txt"])
    assert r.exit_code == 0, r
    platte = (tmp_path / "f.txt").read_text(encoding="utf-8")
    assert "#" not in platte and "Wat doe je niet?" in platte
    # .docx: a Word document with the same text
    r = run_line(["werving", "vacature", "--taken", "1,6", "-o", "v.docx"])
    assert r.exit_code == 0, r
    from docx import Document

    document = Document(str(tmp_path / "v.docx"))
    alineas = [a.text for a in document.paragraphs]
    assert [a.text for a in document.paragraphs if a.style.name == "Heading 2"] == VACATURE_KOPPEN
    assert any("keukentafelgesprek" in a for a in alineas)
    assert run_line(["werving", "vacature", "--taken", "1", "--format", "docx"]).exit_code == 2


def test_cli_organisatie_ontbreekt_of_stuk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    r = run_line(["werving", "vacature", "--taken", "1", "--organisatie", "weg.yaml"])
    assert r.exit_code == 1 and "weg.yaml" in r.stderr and "niet gevonden" in r.stderr, r
    build_file_tree(tmp_path, {"kapot.yaml": "naam: Stichting\ncontact:\n  naam: [Anna\n",
                               "fout.yaml": "naam: Stichting\nwerkgebied: Zwolle\nwebsit: x\n"})
    r = run_line(["werving", "vacature", "--taken", "1", "--organisatie", "kapot.yaml"])
    assert r.exit_code == 1 and re.search(r"kapot\.yaml:\d+", r.stderr), r
    r = run_line(["werving", "vacature", "--taken", "1", "--organisatie", "fout.yaml"])
    assert r.exit_code == 1 and "fout.yaml:3" in r.stderr and "website" in r.stderr, r


def test_cli_profiel(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    build_file_tree(tmp_path, {
        "org/organisatie.yaml": ORGANISATIE,
        "org/profiel.yaml": ("naam: Vrijwillig ouderenadviseur\ntaken: [2, 6]\n"
                             "organisatie: organisatie.yaml\n"),
        "slecht.yaml": "naam: Adviseur\ntaken: [2, 9]\n",
        "formeel.yaml": "naam: Adviseur\nrol: formeel\ntaken: alle\n",
    })
    r = run_line(["werving", "vacature", "--profiel", "org/profiel.yaml"])
    assert r.exit_code == 0, r
    assert "# Help mensen op weg als vrijwillig ouderenadviseur" in r.stdout
    assert "Stichting Samen Sterk" in r.stdout
    assert "keukentafelgesprek" in r.stdout and "buurthuis" not in r.stdout
    r = run_line(["werving", "vacature", "--profiel", "slecht.yaml"])
    assert r.exit_code == 1 and "slecht.yaml:2" in r.stderr and "'9'" in r.stderr, r
    r = run_line(["werving", "vacature", "--profiel", "weg.yaml"])
    assert r.exit_code == 1 and "weg.yaml" in r.stderr, r
    r = run_line(["werving", "vacature", "--profiel", "formeel.yaml"])
    assert r.exit_code == 2, r


# ---- eenvoudig.yaml in the catalogue -----------------------------------------------------------




@pytest.mark.parametrize(("oud", "nieuw", "verwacht"), [
    ("  - id: inf-alert\n    kwaliteit:", "  - id: inf-alret\n    kwaliteit:", "bedoelde je 'inf-alert'"),
    ("  - id: inf-mantelzorg\n", "  - id: inf-grenzen\n", "heeft al een eenvoudige tekst"),
    ("  - id: inf-alert\n    kwaliteit:", "  - id: inf-contact-maakt-contact\n    kwaliteit:",
     "geen taak of competentie"),
    ("  - id: inf-alert\n    kwaliteit:", "  - id: fo-k1\n    kwaliteit:", "bestaat niet"),
])
def test_eenvoudig_verwijzingen(catalogus_kopie: Path, oud: str, nieuw: str, verwacht: str) -> None:
    pad = catalogus_kopie / "informeel" / "eenvoudig.yaml"
    vervang(pad, oud, nieuw)
    r = run_line(["catalogus", "check", str(catalogus_kopie)])
    assert r.exit_code == 1, r
    assert verwacht in r.stdout, r
    assert "heeft geen eenvoudige tekst" in r.stdout  # the item that lost its phrasing


def test_eenvoudig_veld_past_bij_soort(catalogus_kopie: Path) -> None:
    pad = catalogus_kopie / "informeel" / "eenvoudig.yaml"
    vervang(pad, "    kwaliteit: \"Je bent betrokken", "    wat_je_doet: \"Je bent betrokken")
    regel = regel_van(pad, "wat_je_doet: \"Je bent betrokken")
    r = run_line(["catalogus", "check", str(catalogus_kopie)])
    assert r.exit_code == 1, r
    assert f"eenvoudig.yaml:{regel - 1}" in r.stdout or f"eenvoudig.yaml:{regel}" in r.stdout, r


def test_eenvoudig_schema_is_actueel() -> None:
    from clientondersteuning.schema import schemas

    schema = ingebouwde_catalogus() / "schema" / "eenvoudig.schema.json"
    assert schema.read_text(encoding="utf-8") == schemas()["eenvoudig.schema.json"]
    bestand = ingebouwde_catalogus() / "informeel" / "eenvoudig.yaml"
    eerste = bestand.read_text(encoding="utf-8").splitlines()
    assert eerste[0] == "# yaml-language-server: $schema=../schema/eenvoudig.schema.json"
    assert "REDACTIONEEL" in eerste[1]
