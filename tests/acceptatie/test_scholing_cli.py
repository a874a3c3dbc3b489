"""`cot scholing`: gap, team, formulier, invullen through the command line."""

from __future__ import annotations

import io
import json
import sys
import textwrap
from pathlib import Path

import pytest

from helpers import REPO, run_line

VOORBEELDEN = REPO / "examples" / "vrijwilligers"


def schrijf(pad: Path, tekst: str) -> Path:
    pad.parent.mkdir(parents=True, exist_ok=True)
    pad.write_text(textwrap.dedent(tekst).lstrip("\n"), encoding="utf-8")
    return pad


def run_met_invoer(args: list[str], invoer: str):
    oud = sys.stdin
    sys.stdin = io.StringIO(invoer)
    try:
        return run_line(args)
    finally:
        sys.stdin = oud


@pytest.fixture
def vrijwilliger(tmp_path: Path) -> Path:
    return schrijf(tmp_path / "henny.yaml", """
        naam: Henny Jansen
        taken: [1, 3]
        datum: 2026-10-01
        competenties:
          "4.1": 3
          "4.3":
            score: 2
            toelichting: Vindt het moeilijk om zorgelijke signalen te delen.
            indicatoren: {1: 2, 4: 1}
          "4.8": 1
          "4.6": 2
    """)


def test_gap_json_contract(vrijwilliger):
    r = run_line(["scholing", "gap", str(vrijwilliger), "--format", "json"])
    assert r.exit_code == 0, r
    data = json.loads(r.stdout)
    assert data["vrijwilliger"] == "Henny Jansen"
    assert [t["competentie"] for t in data["tekorten"]] == ["4.8", "4.3"]
    eerste = data["tekorten"][1]
    assert {k: eerste[k] for k in ("competentie", "score", "norm", "tekort")} == {
        "competentie": "4.3", "score": 2, "norm": 3, "tekort": 1}
    assert eerste["titel"] == "Observeert en is alert"
    assert [i["nummer"] for i in eerste["indicatoren"]] == ["1", "4"]
    assert eerste["toelichting"].startswith("Vindt")
    assert eerste["scholing"] and {"vorm", "leerdoel"} <= set(eerste["scholing"][0])
    assert data["niet_beoordeeld"] == ["4.4", "4.5", "4.7"]
    assert [c["competentie"] for c in data["in_orde"]] == ["4.1"]
    # a competency the profile does not need: a warning with file and line, not in the gap
    assert "henny.yaml:11:3: waarschuwing: competentie 4.6" in r.stderr


def test_gap_json_lege_lijsten(tmp_path):
    pad = schrijf(tmp_path / "v.yaml", """
        naam: Fien Fictief
        taken: [5]
        competenties: {"4.1": 4, "4.4": 3, "4.6": 3, "4.8": 3}
    """)
    data = json.loads(run_line(["scholing", "gap", str(pad), "--format", "json"]).stdout)
    assert data["tekorten"] == [] and data["niet_beoordeeld"] == []


def test_gap_markdown_naar_bestand(vrijwilliger, tmp_path):
    doel = tmp_path / "gap.md"
    r = run_line(["scholing", "gap", str(vrijwilliger), "-o", str(doel)])
    assert r.exit_code == 0, r
    tekst = doel.read_text(encoding="utf-8")
    assert tekst.startswith("# Scholingsbehoefte: Henny Jansen")
    assert tekst.index("4.8") < tekst.index("4.3 Observeert")
    assert "## Niet beoordeeld" in tekst and "- 4.4 " in tekst
    assert "geschreven:" in r.stderr
    r = run_line(["scholing", "gap", str(vrijwilliger), "-o", str(doel)])
    assert r.exit_code == 1 and "--force" in r.stderr
    assert run_line(["scholing", "gap", str(vrijwilliger), "-o", str(doel), "--force"]).exit_code == 0


@pytest.mark.parametrize(("inhoud", "verwacht"), [
    ("naam: X\ntaken: [1]\ncompetenties:\n  \"4.3\": 9\n", "v.yaml:4:10: 'score' moet een geheel getal"),
    ("taken: [1]\n", "v.yaml:1:1: verplicht veld 'naam' ontbreekt"),
    ("naam: X\ntaken: [8]\n", "v.yaml:2:9: taak '8' bestaat niet"),
    ("naam: X\ntaken: [1]\ncompetenties:\n  \"4.9\": 2\n", "v.yaml:4:3: competentie '4.9' bestaat niet"),
    ("naam: [X\n", "v.yaml:2:1:"),
])
def test_gap_foute_invoer(tmp_path, monkeypatch, inhoud, verwacht):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "v.yaml").write_text(inhoud, encoding="utf-8")
    r = run_line(["scholing", "gap", "v.yaml"])
    assert r.exit_code == 1, r
    assert verwacht in r.stderr and "Traceback" not in r.output
    assert r.stdout == ""


def test_gap_ontbrekend_bestand_en_foute_optie(tmp_path):
    r = run_line(["scholing", "gap", str(tmp_path / "weg.yaml")])
    assert r.exit_code == 1 and "bestand niet gevonden" in r.stderr
    r = run_line(["scholing", "gap", str(tmp_path / "weg.yaml"), "--format", "html"])
    assert r.exit_code == 2 and "kies uit: md, docx, pdf, json" in r.stderr
    r = run_line(["scholing", "gap", str(tmp_path / "weg.yaml"), "--format", "pdf"])
    assert r.exit_code == 2 and "PDF kan niet naar het scherm" in r.stderr


def test_team_terminal_en_json(tmp_path):
    r = run_line(["scholing", "team", str(VOORBEELDEN)])
    assert r.exit_code == 0, r
    assert "Fien Fictief" in r.stdout and "Groepsscholing" in r.stdout
    data = json.loads(run_line(["scholing", "team", str(VOORBEELDEN), "--format", "json"]).stdout)
    assert data["vrijwilligers"] == ["Fien Fictief", "Piet Proef", "Tessa Test"]
    assert data["groepsscholing"][0]["competentie"] == "4.3"
    assert data["groepsscholing"][0]["aantal_tekort"] == 3


def test_team_tabel_kaal_in_een_pijp_gekleurd_op_een_terminal():
    # Not a terminal: plain lines, unwrapped, no escape codes. FORCE_COLOR (rich's rule): colour.
    kaal = run_line(["scholing", "team", str(VOORBEELDEN)],
                    env={"FORCE_COLOR": None, "TTY_COMPATIBLE": None, "COLUMNS": "80"})
    assert kaal.exit_code == 0, kaal
    assert "\x1b[" not in kaal.stdout
    assert "?: niet beoordeeld; leeg: niet nodig.\n" in kaal.stdout  # rich would wrap this at 80
    kleur = run_line(["scholing", "team", str(VOORBEELDEN)],
                     env={"FORCE_COLOR": "1", "TTY_COMPATIBLE": None, "NO_COLOR": None, "TERM": "xterm"})
    assert kleur.exit_code == 0, kleur
    assert "\x1b[30;43m" in kleur.stdout and "Fien Fictief" in kleur.stdout


def test_team_bevriest_de_oude_objecten_alleen_tijdens_het_lezen(monkeypatch):
    # gc.freeze: the collector skips the catalogue while the files are read; afterwards all is
    # collectable again (a process that runs many commands, like the tests, would keep it all).
    import gc

    from clientondersteuning import scholing

    bevroren = []
    echt = scholing.team
    monkeypatch.setattr(scholing, "team", lambda *a, **k: bevroren.append(gc.get_freeze_count()) or echt(*a, **k))
    r = run_line(["scholing", "team", str(VOORBEELDEN), "--format", "json"])
    assert r.exit_code == 0, r
    assert bevroren[0] > 0 and gc.get_freeze_count() == 0


def test_team_overgeslagen_bestand_geeft_exitcode_1(tmp_path):
    for naam in ("a", "b"):
        schrijf(tmp_path / f"{naam}.yaml",
                f'naam: {naam.upper()} Test\ntaken: [1]\ncompetenties: {{"4.3": 2}}\n')
    schrijf(tmp_path / "c.yaml", "naam: C Test\ntaken: [1]\ncompetenties: {\"4.3\": 6}\n")
    r = run_line(["scholing", "team", str(tmp_path), "--format", "md"])
    assert r.exit_code == 1
    assert "c.yaml:3:" in r.stderr and "1 bestand overgeslagen" in r.stderr
    assert "| A Test |" in r.stdout and "C Test" not in r.stdout


def test_team_lege_map(tmp_path):
    r = run_line(["scholing", "team", str(tmp_path)])
    assert r.exit_code == 1 and "geen vrijwilligersbestanden" in r.stderr


@pytest.mark.parametrize("formaat", ["terminal", "md", "json"])
def test_team_anoniem_noemt_geen_namen(tmp_path, formaat):
    map_ = tmp_path / "team"
    schrijf(map_ / "henny-jansen.yaml",
            'naam: Henny Jansen\ntaken: [1]\ncompetenties: {"4.3": 1, "4.6": 2}\n')
    schrijf(map_ / "bram-bakker.yaml", 'naam: Bram Bakker\ntaken: [1]\ncompetenties: {"4.3": 2}\n')
    schrijf(map_ / "carla-claes.yaml", 'naam: Carla Claes\ntaken: [1]\ncompetenties: {"4.3": 5}\n')
    r = run_line(["scholing", "team", str(map_), "--anoniem", "--format", formaat])
    assert r.exit_code == 1
    for deel in ("Henny", "Jansen", "henny", "Bram", "bakker", "Carla", "claes"):
        assert deel not in r.output
    assert "V1" in r.stdout and "V3" in r.stdout  # V1 bram, V2 carla (skipped), V3 henny
    assert "V2:3:" in r.stderr and "V3:3:" in r.stderr
    uit = tmp_path / "team.md"
    r = run_line(["scholing", "team", str(map_), "--anoniem", "-o", str(uit)])
    assert "Henny" not in uit.read_text(encoding="utf-8") and "henny" not in r.output


def test_formulier_markdown(tmp_path):
    r = run_line(["scholing", "formulier", "--taken", "1,3"])
    assert r.exit_code == 0, r
    assert r.stdout.startswith("# Zelfevaluatie")
    for nummer in ("4.1", "4.3", "4.4", "4.5", "4.7", "4.8"):
        assert f"## {nummer} " in r.stdout
    assert "## 4.2 " not in r.stdout and "## 4.6 " not in r.stdout
    assert "[ ] 1 nog niet" in r.stdout and "Toelichting:" in r.stdout
    assert "| 14 | waarborgt de privacy" in r.stdout
    # The numbers on the form belong to this catalogue version; the form says so.
    assert 'Catalogusversie: 1.1.0 (neem over als `catalogus_versie: "1.1.0"` in het vrijwilligersbestand)' \
        in r.stdout


def test_formulier_met_profiel_en_fouten(tmp_path):
    profiel = schrijf(tmp_path / "profiel.yaml", 'naam: Proef\ntaken: [1]\nnormen:\n  "4.3": 4\n')
    r = run_line(["scholing", "formulier", "--profiel", str(profiel)])
    assert r.exit_code == 0 and "(Norm: 4.)" in r.stdout
    r = run_line(["scholing", "formulier"])
    assert r.exit_code == 2 and "--taken of --profiel" in r.stderr
    r = run_line(["scholing", "formulier", "--taken", "1,12"])
    assert r.exit_code == 2 and "taak '12' bestaat niet" in r.stderr


def test_invullen_via_standaardinvoer(tmp_path):
    doel = tmp_path / "vrijwilligers" / "fien.yaml"
    doel.parent.mkdir()
    # Tasks 1: competencies 4.1, 4.3, 4.7, 4.8. Name, date, per-indicator no; then per competency
    # score and remark; 4.7 skipped; a wrong score is asked again.
    invoer = "\n".join([
        "Fien Fictief", "2026-10-01", "n",
        "3", "",                      # 4.1
        "7", "2", "Lastig: signalen delen",   # 4.3 (7 is refused)
        "",                           # 4.7 skipped
        "1", "",                      # 4.8
    ]) + "\n"
    r = run_met_invoer(["scholing", "invullen", "--taken", "1", "-o", str(doel)], invoer)
    assert r.exit_code == 0, r
    assert "Geef 1, 2, 3 of 4" in r.output
    assert 'catalogus_versie: "1.1.0"\n' in doel.read_text(encoding="utf-8")
    r = run_line(["scholing", "gap", str(doel), "--format", "json"])
    assert r.exit_code == 0 and r.stderr == "", r
    data = json.loads(r.stdout)
    assert data["vrijwilliger"] == "Fien Fictief" and data["datum"] == "2026-10-01"
    assert [(t["competentie"], t["score"]) for t in data["tekorten"]] == [("4.8", 1), ("4.3", 2)]
    assert data["tekorten"][1]["toelichting"] == "Lastig: signalen delen"
    assert data["niet_beoordeeld"] == ["4.7"]


def test_invullen_met_profiel_en_indicatoren(tmp_path):
    profiel = schrijf(tmp_path / "profielen" / "p.yaml", "naam: Proef\ntaken: [5]\n")
    doel = tmp_path / "uit" / "v.yaml"
    doel.parent.mkdir()
    # Task 5 needs 4.4 and 4.6 (+ core 4.1, 4.8); with indicators: one answer per indicator.
    from clientondersteuning.laden import laad_of_stop

    cat = laad_of_stop(REPO / "catalogus")
    regels = ["Piet Proef", "", "j"]
    for comp in cat.competenties["informeel"]:
        if comp.nummer in ("4.1", "4.4", "4.6", "4.8"):
            regels += ["2"] + ["1" if i == 0 else "" for i in range(len(comp.gedragsindicatoren))] + [""]
    r = run_met_invoer(["scholing", "invullen", "--profiel", str(profiel), "-o", str(doel)],
                       "\n".join(regels) + "\n")
    assert r.exit_code == 0, r
    assert "profiel: ../profielen/p.yaml" in doel.read_text(encoding="utf-8")
    data = json.loads(run_line(["scholing", "gap", str(doel), "--format", "json"]).stdout)
    assert len(data["tekorten"]) == 4
    assert all(t["indicatoren"] == [{"nummer": "1", "tekst": t["indicatoren"][0]["tekst"], "score": 1}]
               for t in data["tekorten"])
    r = run_met_invoer(["scholing", "invullen", "--profiel", str(profiel), "-o", str(doel)], "")
    assert r.exit_code == 1 and "--force" in r.stderr


def test_help_is_nederlands():
    for opdracht in ("gap", "team", "formulier", "invullen", "upgrade"):
        r = run_line(["scholing", opdracht, "--help"])
        assert r.exit_code == 0 and "Opties" in r.stdout, r


def _docx_tekst(pad: Path) -> str:
    import docx

    document = docx.Document(str(pad))
    delen = [p.text for p in document.paragraphs]
    for tabel in document.tables:
        delen += [cel.text for rij in tabel.rows for cel in rij.cells]
    return "\n".join(delen)


def test_docx_gap_team_formulier(vrijwilliger, tmp_path):
    pytest.importorskip("docx")
    gap = tmp_path / "gap.docx"
    assert run_line(["scholing", "gap", str(vrijwilliger), "-o", str(gap)]).exit_code == 0
    tekst = _docx_tekst(gap)
    assert "Scholingsbehoefte: Henny Jansen" in tekst and "4.3 Observeert en is alert" in tekst
    team = tmp_path / "team.docx"
    r = run_line(["scholing", "team", str(VOORBEELDEN), "--anoniem", "-o", str(team)])
    assert r.exit_code == 0, r
    tekst = _docx_tekst(team)
    assert "V1" in tekst and "Fien" not in tekst and "Groepsscholing" in tekst
    import docx

    tabel = docx.Document(str(team)).tables[0]
    assert 'w:fill="C6EFCE"' in tabel.rows[1].cells[5]._tc.xml  # V1 4.5: score 4, in order: green
    assert 'w:fill="FFE699"' in tabel.rows[1].cells[3]._tc.xml  # V1 4.3: one short: yellow
    formulier = tmp_path / "zelfevaluatie.docx"
    assert run_line(["scholing", "formulier", "--taken", "1", "-o", str(formulier)]).exit_code == 0
    tekst = _docx_tekst(formulier)
    assert "4.3 Observeert en is alert" in tekst and "☐" in tekst and "Toelichting:" in tekst
    assert 'Catalogusversie: 1.1.0 (neem over als catalogus_versie: "1.1.0"' in tekst
    r = run_line(["scholing", "gap", str(vrijwilliger), "--format", "docx"])
    assert r.exit_code == 2 and "-o BESTAND.docx" in r.stderr


def test_invullen_toont_de_onderdelen_van_een_indicator(tmp_path):
    """4.3 indicator 1 ends in 'alert op bijvoorbeeld:'; invullen shows its items a-c with it."""
    from clientondersteuning.laden import laad_of_stop

    cat = laad_of_stop(REPO / "catalogus")
    doel = tmp_path / "v.yaml"
    regels = ["Piet Proef", "", "j"]
    for comp in cat.competenties["informeel"]:
        if comp.nummer in ("4.1", "4.3", "4.7", "4.8"):  # task 1 needs 4.3 and 4.7 (+ core 4.1, 4.8)
            regels += ["3"] + [""] * len(comp.gedragsindicatoren) + [""]
    r = run_met_invoer(["scholing", "invullen", "--taken", "1", "-o", str(doel)], "\n".join(regels) + "\n")
    assert r.exit_code == 0, r
    assert "alert op bijvoorbeeld:\n     a. geschiktheid van de huisvesting" in r.stderr
    assert "     c. knelpunten die de cliënt ervaart" in r.stderr


def test_team_leest_meer_dan_de_vijfduizend_van_een_catalogusmap(tmp_path):
    # The walk stops a catalogue folder at 5,000 entries; a team folder may hold 10,000 files.
    for i in range(5_001):
        (tmp_path / f"v{i:05d}.yaml").write_text(
            f'naam: V{i}\ntaken: ["1"]\ndatum: 2026-10-01\ncatalogus_versie: "1.1.0"\ncompetenties:\n  "4.1": 3\n',
            encoding="utf-8")
    r = run_line(["scholing", "team", str(tmp_path), "--format", "json"])
    assert r.exit_code == 0, r.stderr[-500:]
    assert len(json.loads(r.stdout)["vrijwilligers"]) == 5_001


def test_team_weigert_een_map_met_meer_dan_tienduizend_bestanden(tmp_path):
    for i in range(10_001):
        (tmp_path / f"v{i:05d}.yaml").touch()
    r = run_line(["scholing", "team", str(tmp_path)])
    assert r.exit_code == 1
    assert "te veel bestanden (meer dan 10000)" in r.stderr
