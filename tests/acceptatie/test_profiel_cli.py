"""`cot profiel bouw | render | diff` end to end: output, files, exit codes and Dutch messages."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest

from clientondersteuning import laden
from helpers import REPO, build_file_tree, regel_van, run_line

VOORBEELDEN = REPO / "examples"
ORGANISATIE = VOORBEELDEN / "organisatie.yaml"
DATUM = {"SOURCE_DATE_EPOCH": "1700000000"}


@pytest.fixture(autouse=True)
def snelle_catalogus(monkeypatch):
    """Load each catalogue folder once for this module: every command would load it again."""
    origineel = laden.laad_of_stop
    cache: dict[Path, object] = {}

    def laad(map_: Path):
        sleutel = Path(map_).resolve()
        if sleutel not in cache:
            cache[sleutel] = origineel(map_)
        return cache[sleutel]

    monkeypatch.setattr(laden, "laad_of_stop", laad)


def test_bouw_naar_standaarduitvoer():
    r = run_line(["profiel", "bouw", "--taken", "1,3,6"], env=DATUM)
    assert r.exit_code == 0, r
    assert r.stdout.startswith("# Functieprofiel informele onafhankelijke cliëntondersteuner\n")
    assert "### Taak 6. Ondersteunt cliënten voor, bij en/of na het keukentafelgesprek" in r.stdout
    assert "### Taak 2." not in r.stdout and "- Taak 2. Ondersteunt cliënten bij het in kaart" in r.stdout
    assert r.stderr == ""


def test_bouw_md_en_docx_naar_bestand(tmp_path):
    md, dx = tmp_path / "profiel.md", tmp_path / "profiel.docx"
    r = run_line(["profiel", "bouw", "--taken", "1,3,6", "--organisatie", str(ORGANISATIE), "-o", str(md)])
    assert r.exit_code == 0, r
    assert r.stdout == "" and "profiel.md" in r.stderr
    assert md.read_text(encoding="utf-8").startswith("# Functieprofiel")
    r = run_line(["profiel", "bouw", "--taken", "alle", "--organisatie", str(ORGANISATIE), "--naam", "Pool",
                  "-o", str(dx)])
    assert r.exit_code == 0, r
    assert "profiel.docx" in r.stderr and r.stdout == ""
    document = docx.Document(io.BytesIO(dx.read_bytes()))
    assert document.core_properties.title == "Pool"
    assert document.core_properties.author == "Stichting Welzijn De Brug"


def test_format_optie(tmp_path):
    uit = tmp_path / "profiel.txt"
    r = run_line(["profiel", "bouw", "--taken", "1", "--format", "docx", "-o", str(uit)])
    assert r.exit_code == 0, r
    assert uit.read_bytes()[:2] == b"PK"


@pytest.mark.parametrize(("args", "stukje"), [
    (["--format", "html"], "--format 'html' bestaat niet; kies uit: md, docx, pdf"),
    (["--format", "docx"], "een Word-document kan niet naar het scherm"),
    (["-o", "x.html"], "kan de vorm niet afleiden uit 'x.html'"),
    (["-o", "x.md", "--format", "docx"], "--format docx past niet bij de extensie van 'x.md'"),
    (["--rol", "vrijwilliger"], "--rol 'vrijwilliger' bestaat niet; kies uit: informeel, formeel"),
    (["--context", "weer"], "--context 'weer' bestaat niet"),
])
def test_gebruiksfouten(tmp_path, monkeypatch, args, stukje):
    monkeypatch.chdir(tmp_path)
    r = run_line(["profiel", "bouw", "--taken", "1", *args])
    assert r.exit_code == 2, r
    assert stukje in r.stderr
    assert "Traceback" not in r.output and r.stdout == ""


@pytest.mark.parametrize(("taken", "stukje"), [
    ("0", "taak '0' bestaat niet bij rol informeel; kies uit: 1–7, of 'alle'"),
    ("1,,3", "lege plek in de taaknummers '1,,3'"),
    ("a", "taak 'a' bestaat niet"),
    ("1,3,1", "taak 1 staat twee keer in de keuze"),
    ("1,3.1", "taak 1 staat twee keer"),
    ("", "geen taken gekozen"),
    ("K1", "hoort bij rol formeel"),
    ("9", "taak '9' bestaat niet"),
])
def test_slechte_taken(taken, stukje):
    r = run_line(["profiel", "bouw", "--taken", taken])
    assert r.exit_code == 2, r
    assert "cot: --taken: " in r.stderr and stukje in r.stderr
    assert r.stdout == ""


def test_formele_taken():
    r = run_line(["profiel", "bouw", "--rol", "formeel", "--taken", "k1,O3"])
    assert r.exit_code == 0, r
    assert "### Taak K1. Verduidelijken ondersteuningsbehoeften" in r.stdout
    assert "### Taak O3. Verbinden" in r.stdout


def test_zonder_taken_en_zonder_terminal():
    r = run_line(["profiel", "bouw"])
    assert r.exit_code == 2, r
    assert "geef de taken op met --taken" in r.stderr


def test_kieslijst_op_de_terminal(monkeypatch):
    from clientondersteuning.cli import profiel as cli_profiel

    antwoorden = iter(["1,,3", "2,5"])
    gevraagd = []

    def prompt(tekst, **_):
        gevraagd.append(tekst)
        return next(antwoorden)

    monkeypatch.setattr(cli_profiel.sys.stdin, "isatty", lambda: True, raising=False)
    monkeypatch.setattr(cli_profiel.typer, "prompt", prompt)
    r = run_line(["profiel", "bouw"])
    assert r.exit_code == 0, r
    assert len(gevraagd) == 2
    assert "Legt contact met potentiële cliënten" in r.stderr  # the pick list, with the tasks' summary
    assert "lege plek" in r.stderr and "Probeer het opnieuw" in r.stderr
    assert "### Taak 2." in r.stdout and "### Taak 5." in r.stdout and "### Taak 1." not in r.stdout


def test_force(tmp_path):
    uit = tmp_path / "profiel.md"
    uit.write_text("van iemand anders\n", encoding="utf-8")
    r = run_line(["profiel", "bouw", "--taken", "1", "-o", str(uit)])
    assert r.exit_code == 1, r
    assert "bestand bestaat al" in r.stderr and "--force" in r.stderr
    assert uit.read_text(encoding="utf-8") == "van iemand anders\n"
    r = run_line(["profiel", "bouw", "--taken", "1", "-o", str(uit), "--force"])
    assert r.exit_code == 0, r
    assert uit.read_text(encoding="utf-8").startswith("# Functieprofiel")


def test_bewaar_weigert_voordat_er_iets_geschreven_is(tmp_path):
    uit, bewaar = tmp_path / "p.md", tmp_path / "p.yaml"
    bewaar.write_text("bestaat\n", encoding="utf-8")
    r = run_line(["profiel", "bouw", "--taken", "1", "-o", str(uit), "--bewaar", str(bewaar)])
    assert r.exit_code == 1, r
    assert "p.yaml" in r.stderr and not uit.exists()


def test_onschrijfbare_uitvoer(tmp_path):
    r = run_line(["profiel", "bouw", "--taken", "1", "-o", str(tmp_path / "bestaat-niet" / "p.md")])
    assert r.exit_code == 1, r
    assert "bestaat niet" in r.stderr
    (tmp_path / "map.md").mkdir()
    r = run_line(["profiel", "bouw", "--taken", "1", "-o", str(tmp_path / "map.md")])
    assert r.exit_code == 1, r
    assert "dit is een map" in r.stderr


def test_organisatie_fouten(tmp_path):
    r = run_line(["profiel", "bouw", "--taken", "1", "--organisatie", str(tmp_path / "weg.yaml")])
    assert r.exit_code == 1, r
    assert "weg.yaml: bestand niet gevonden" in r.stderr
    build_file_tree(tmp_path, {"org.yaml": """\
        naam: De Brug
        telefoon: 0123
        """})
    r = run_line(["profiel", "bouw", "--taken", "1", "--organisatie", str(tmp_path / "org.yaml")])
    assert r.exit_code == 1, r
    assert "org.yaml:2:" in r.stderr and "onbekend veld 'telefoon'" in r.stderr
    assert "Traceback" not in r.output


def test_bewaar_en_render_geven_hetzelfde(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "profielen").mkdir()
    r = run_line(["profiel", "bouw", "--taken", "3.1,3,6", "--organisatie", str(ORGANISATIE),
                  "--naam", "Pool",
                  "--context", "ervaringsdeskundigheid", "--bewaar", "profielen/pool.yaml"], env=DATUM)
    assert r.exit_code == 0, r
    assert "profielen/pool.yaml" in r.stderr
    bewaard = (tmp_path / "profielen" / "pool.yaml").read_text(encoding="utf-8")
    assert 'taken: ["1", "3", "6"]' in bewaard and "organisatie: " in bewaard
    # Render from another folder: the organisation path is relative to the profile file.
    elders = tmp_path / "elders"
    elders.mkdir()
    monkeypatch.chdir(elders)
    r2 = run_line(["profiel", "render", "../profielen/pool.yaml"], env=DATUM)
    assert r2.exit_code == 0, r2
    assert r2.stdout == r.stdout
    assert r2.stderr == ""
    r3 = run_line(["profiel", "render", "../profielen/pool.yaml", "-o", "pool.docx"], env=DATUM)
    assert r3.exit_code == 0, r3
    assert (elders / "pool.docx").exists()


def test_render_fouten(tmp_path):
    r = run_line(["profiel", "render", str(tmp_path / "weg.yaml")])
    assert r.exit_code == 1, r
    assert "bestand niet gevonden" in r.stderr
    pad = tmp_path / "profiel.yaml"
    pad.write_text("naam: X\ntaken:\n  - 1\n  - 12\n", encoding="utf-8")
    r = run_line(["profiel", "render", str(pad)])
    assert r.exit_code == 1, r
    assert f"profiel.yaml:{regel_van(pad, '- 12')}:" in r.stderr
    assert "taak '12' bestaat niet" in r.stderr
    pad.write_text("naam: X\ntaken: [1\n", encoding="utf-8")
    r = run_line(["profiel", "render", str(pad)])
    assert r.exit_code == 1, r
    assert "profiel.yaml:" in r.stderr and "Traceback" not in r.output


def test_render_waarschuwt_bij_andere_catalogusversie(tmp_path):
    pad = tmp_path / "profiel.yaml"
    pad.write_text('naam: X\ntaken: [1]\ncatalogus_versie: "0.9.0"\n', encoding="utf-8")
    r = run_line(["profiel", "render", str(pad)])
    assert r.exit_code == 0, r
    assert "profiel.yaml:3:" in r.stderr and "waarschuwing" in r.stderr and "0.9.0" in r.stderr


@pytest.mark.parametrize(("sjabloon", "stukje"), [
    ("{{ ''.__class__.__mro__ }}", "niet toegestaan"),
    ("{{ cycler.__init__.__globals__ }}", "niet toegestaan"),
    ("regel\n{{ onbekend }}", "'onbekend' bestaat niet"),
    ("{% for %}", "fout in het sjabloon"),
])
def test_kapot_sjabloon(tmp_path, sjabloon, stukje):
    pad = tmp_path / "eigen.md.j2"
    pad.write_text(sjabloon, encoding="utf-8")
    r = run_line(["profiel", "bouw", "--taken", "1", "--sjabloon", str(pad)])
    assert r.exit_code == 1, r
    assert "eigen.md.j2:" in r.stderr and stukje in r.stderr
    assert "Traceback" not in r.output and r.stdout == ""


def test_ontbrekend_sjabloon(tmp_path):
    r = run_line(["profiel", "bouw", "--taken", "1", "--sjabloon", str(tmp_path / "weg.md.j2")])
    assert r.exit_code == 1, r
    assert "sjabloon niet gevonden" in r.stderr
    r = run_line(["profiel", "bouw", "--taken", "1", "-o", str(tmp_path / "p.docx"),
                  "--sjabloon", str(tmp_path / "weg.docx")])
    assert r.exit_code == 1, r
    assert "Word-sjabloon niet gevonden" in r.stderr and not (tmp_path / "p.docx").exists()


def test_diff():
    a = VOORBEELDEN / "profielen" / "gemeentelijke-pool.yaml"
    b = VOORBEELDEN / "profielen" / "ouderenadviseur.yaml"
    r = run_line(["profiel", "diff", str(a), str(b)])
    assert r.exit_code == 0, r
    assert "  - 5 Ondersteunt cliënten bij het opkomen voor hun belangen" in r.stdout
    assert "  + 1 Legt contact met potentiële cliënten" in r.stdout
    assert "  + taak 7, activiteit 3: heeft oog voor de belastbaarheid van de mantelzorgers" in r.stdout
    assert "organisatie: Stichting Welzijn De Brug → Seniorenvereniging De Linde" in r.stdout
    assert "norm 4.3: 3 → 4" in r.stdout
    r = run_line(["profiel", "diff", str(a), str(a)])
    assert r.exit_code == 0, r
    assert "Geen verschil" in r.stdout


def test_diff_kapot_bestand(tmp_path):
    pad = tmp_path / "b.yaml"
    pad.write_text("naam: X\n", encoding="utf-8")
    r = run_line(["profiel", "diff", str(VOORBEELDEN / "profielen" / "ouderenadviseur.yaml"), str(pad)])
    assert r.exit_code == 1, r
    assert "b.yaml:1:" in r.stderr and "verplicht veld 'taken' ontbreekt" in r.stderr


@pytest.mark.parametrize("naam", ["ouderenadviseur", "ervaringsdeskundige-ggz", "gemeentelijke-pool"])
def test_voorbeelden_renderen(naam, tmp_path):
    r = run_line(["profiel", "render", str(VOORBEELDEN / "profielen" / f"{naam}.yaml"),
                  "-o", str(tmp_path / f"{naam}.docx")])
    assert r.exit_code == 0, r
    assert r.stderr.strip().endswith(f"{naam}.docx")


def test_elke_optie_heeft_nederlandse_hulp():
    import typer.main

    from clientondersteuning.cli.profiel import app

    groep = typer.main.get_command(app)
    for naam, opdracht in groep.commands.items():
        assert opdracht.help, naam
        for param in opdracht.params:
            assert getattr(param, "help", None), f"{naam} {param.name}"
    r = run_line(["profiel", "bouw", "--help"])
    assert r.exit_code == 0 and "--taken NUMMERS" in r.stdout and "Opties" in r.stdout


def test_beknopt_op_bouw_en_render(tmp_path):
    bewaard = tmp_path / "p.yaml"
    r = run_line(["profiel", "bouw", "--taken", "1,3,6", "--beknopt", "--bewaar", str(bewaard)], env=DATUM)
    assert r.exit_code == 0, r
    assert "- Taak 2." not in r.stdout and "## Aanleiding" not in r.stdout
    assert "### Taak 6." in r.stdout
    assert "beknopt: true" in bewaard.read_text(encoding="utf-8")
    assert run_line(["profiel", "render", str(bewaard)], env=DATUM).stdout == r.stdout
    vol = tmp_path / "vol.yaml"
    assert run_line(["profiel", "bouw", "--taken", "1,3,6", "--bewaar", str(vol)], env=DATUM).exit_code == 0
    kort = run_line(["profiel", "render", str(vol), "--beknopt"], env=DATUM)
    assert kort.stdout == r.stdout
    assert "## Aanleiding" in run_line(["profiel", "render", str(vol)], env=DATUM).stdout


def test_pdf_naar_het_scherm_kan_niet():
    r = run_line(["profiel", "bouw", "--taken", "1", "--format", "pdf"])
    assert r.exit_code == 2 and "PDF kan niet naar het scherm" in r.stderr


@pytest.mark.parametrize("opdracht", [
    ["profiel", "bouw", "--taken", "1"],
    ["werving", "vacature", "--taken", "1", "--organisatie", str(REPO / "examples" / "organisatie.yaml")],
    ["werving", "oproep", "--taken", "1"],
    ["werving", "folder", "--taken", "1", "--organisatie", str(REPO / "examples" / "organisatie.yaml")],
    ["scholing", "formulier", "--taken", "1"],
])
def test_pdf_zonder_libreoffice_een_nederlandse_melding(tmp_path, opdracht):
    uit = tmp_path / "x.pdf"
    r = run_line([*opdracht, "-o", str(uit)], env={"COT_SOFFICE": str(tmp_path / "geen-soffice")})
    assert r.exit_code == 1, r
    assert "LibreOffice is nodig om een PDF te maken" in r.stderr and "x.pdf" in r.stderr
    assert not uit.exists()


@pytest.mark.parametrize("sjabloon", [False, True])
def test_lange_naam_in_word(tmp_path, sjabloon):
    """Word's document properties hold 255 characters: a longer name is cut there, not in the text."""
    naam = "Vrijwillig ouderenadviseur " * 12
    args = ["profiel", "bouw", "--taken", "1", "--naam", naam, "-o", str(tmp_path / "p.docx")]
    if sjabloon:
        docx.Document().save(str(tmp_path / "huis.docx"))
        args += ["--sjabloon", str(tmp_path / "huis.docx")]
    r = run_line(args, env=DATUM)
    assert r.exit_code == 0, r
    document = docx.Document(str(tmp_path / "p.docx"))
    assert document.paragraphs[0].text == naam
    titel = document.core_properties.title
    assert len(titel) == 255 and titel == naam[:254] + "…"
