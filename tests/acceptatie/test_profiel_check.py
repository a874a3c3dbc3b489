"""`cot profiel check`: what changed in the catalogue for a saved profile, in a temporary git repository."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from helpers import git, kopieer_catalogus, run_line

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is niet geïnstalleerd")


@pytest.fixture
def opzet(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """A repository with the embedded catalogue (1.1.0) and a profile of tasks 1 and 3 built on it."""
    monkeypatch.chdir(tmp_path)
    git(tmp_path, "init", "-q", "-b", "main")
    map_ = kopieer_catalogus(tmp_path / "catalogus")
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-q", "-m", "1.1.0")
    r = run_line(["--catalogus", str(map_), "profiel", "bouw", "--taken", "1,3", "--bewaar", "p.yaml"])
    assert r.exit_code == 0, r
    return map_, tmp_path / "p.yaml"


def _wijzig(map_: Path, bestand: str, oud: str, nieuw: str, versie: str) -> None:
    pad = map_ / bestand
    tekst = pad.read_text(encoding="utf-8")
    assert oud in tekst
    pad.write_text(tekst.replace(oud, nieuw, 1), encoding="utf-8")
    meta = map_ / "catalogus.yaml"
    meta.write_text(meta.read_text(encoding="utf-8").replace('"1.1.0"', f'"{versie}"'), encoding="utf-8")
    git(map_.parent, "commit", "-q", "-am", versie)


def check(map_: Path, *args: str):
    return run_line(["--catalogus", str(map_), "profiel", "check", *args])


def test_zelfde_versie_niets_veranderd(opzet):
    map_, profiel = opzet
    r = check(map_, str(profiel), "--strikt")
    assert r.exit_code == 0, r
    assert "niets veranderd" in r.stderr


def test_wijziging_in_een_gekozen_taak_wordt_gemeld(opzet):
    map_, profiel = opzet
    _wijzig(map_, "informeel/taken.yaml", "maakt gemakkelijk contact met uiteenlopende mensen",
            "maakt gemakkelijk contact met allerlei mensen", "1.0.1")
    r = check(map_, str(profiel))
    assert r.exit_code == 0, r  # without --strikt it only reports
    assert "inf-contact-maakt-contact" in r.stdout
    assert "[-uiteenlopende-] {+allerlei+}" in r.stdout
    assert "opnieuw" in r.stderr
    assert check(map_, str(profiel), "--strikt").exit_code == 1


def test_wijziging_buiten_het_profiel_telt_niet(opzet):
    map_, profiel = opzet
    # Task 7 (mantelzorg) is not in the profile, and its competencies are not new to it.
    _wijzig(map_, "informeel/taken.yaml", "heeft oog voor de belastbaarheid van de mantelzorgers",
            "heeft oog voor de draagkracht van de mantelzorgers", "1.0.1")
    r = check(map_, str(profiel), "--strikt")
    assert r.exit_code == 0, r
    assert "inf-mantelzorg" not in r.stdout
    assert "hoeft niet opnieuw" in r.stderr


def test_onbekende_versie_en_revisie(opzet):
    map_, profiel = opzet
    profiel.write_text(profiel.read_text(encoding="utf-8").replace('"1.1.0"', '"0.9.0"'), encoding="utf-8")
    r = check(map_, str(profiel))
    assert r.exit_code == 1
    assert "0.9.0 staat niet in de git-geschiedenis" in r.stderr
    r = check(map_, str(profiel), "--basis", "bestaat-niet")
    assert r.exit_code == 1
    assert "revisie 'bestaat-niet' bestaat niet" in r.stderr
    assert "Traceback" not in r.stdout + r.stderr


def test_ontbrekend_profiel(opzet):
    map_, _ = opzet
    r = check(map_, "weg.yaml")
    assert r.exit_code == 1
    assert "weg.yaml: bestand niet gevonden" in r.stderr


def test_laatste_geldige_commit_met_de_versie(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The first commit with 1.0.0 held a broken catalogue, a later one (still 1.0.0) repaired it."""
    monkeypatch.chdir(tmp_path)
    git(tmp_path, "init", "-q", "-b", "main")
    map_ = kopieer_catalogus(tmp_path)
    taken = map_ / "informeel/taken.yaml"
    goed = taken.read_text(encoding="utf-8")
    taken.write_text(goed.replace("id: inf-contact-maakt-contact", "id: inf-contact", 1), encoding="utf-8")
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-q", "-m", "1.0.0, half af")
    kapot = git(tmp_path, "rev-parse", "HEAD")
    taken.write_text(goed, encoding="utf-8")
    git(tmp_path, "commit", "-q", "-am", "1.0.0 hersteld")
    r = run_line(["--catalogus", str(map_), "profiel", "bouw", "--taken", "1,3", "--bewaar", "p.yaml"])
    assert r.exit_code == 0, r
    _wijzig(map_, "informeel/taken.yaml", "maakt gemakkelijk contact met uiteenlopende mensen",
            "maakt gemakkelijk contact met allerlei mensen", "1.0.1")
    r = check(map_, "p.yaml")
    assert r.exit_code == 0, r
    assert "[-uiteenlopende-] {+allerlei+}" in r.stdout
    assert "onbruikbaar" not in r.output
    # The broken commit named explicitly: its problems point at the revision, never at a temporary folder.
    r = check(map_, "p.yaml", "--basis", kapot)
    assert r.exit_code == 1, r
    assert f"de catalogus op '{kapot}' is onbruikbaar" in r.stderr
    assert f"ID 'inf-contact' bestaat al ({kapot}:catalogus/informeel/taken.yaml:" in r.stderr
    assert "cot-revisie-" not in r.output and "/tmp" not in r.output
