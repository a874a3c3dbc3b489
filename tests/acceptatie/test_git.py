"""`cot catalogus diff` and `check --basis` in temporary git repositories."""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

import pytest

from clientondersteuning.fouten import CotFout
from clientondersteuning.git import laad_revisie
from helpers import CATALOGUS, MINI, build_file_tree, git, run_line

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is niet geïnstalleerd")

class Repo:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.map = root / "catalogus"
        git(root, "init", "-q", "-b", "main")
        build_file_tree(self.map, MINI)
        self.commit("eerste versie")

    def vervang(self, naam: str, oud: str, nieuw: str) -> None:
        pad = self.map / naam
        tekst = pad.read_text(encoding="utf-8")
        assert oud in tekst, f"{oud!r} niet in {naam}"
        pad.write_text(tekst.replace(oud, nieuw, 1), encoding="utf-8")

    def versie(self, versie: str, changelog: bool = True) -> None:
        self.vervang("catalogus.yaml", 'versie: "1.0.0"', f'versie: "{versie}"')
        if changelog:
            self.vervang("CHANGELOG.md", "## 1.0.0", f"## {versie}\n\nWijzigingen.\n\n## 1.0.0")

    def commit(self, bericht: str) -> str:
        git(self.root, "add", "-A")
        git(self.root, "commit", "-q", "-m", bericht)
        return git(self.root, "rev-parse", "HEAD")


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Repo:
    monkeypatch.chdir(tmp_path)
    return Repo(tmp_path)


def diff(repo: Repo, *args: str):
    return run_line(["catalogus", "diff", *args, "--catalogus", str(repo.map)])


def check(repo: Repo, basis: str = "HEAD", *args: str):
    return run_line(["catalogus", "check", str(repo.map), "--basis", basis, *args])


# ---- diff ------------------------------------------------------------------------------------


def test_diff_werkmap_tegen_head_tekst(repo: Repo) -> None:
    assert "Geen inhoudelijke verschillen." in diff(repo).stdout
    repo.vervang("informeel/taken.yaml", "maakt gemakkelijk contact", "maakt makkelijk contact")
    r = diff(repo)
    assert r.exit_code == 0, r
    assert "werkmap (versie 1.0.0)" in r.stdout
    assert "~ activiteit act-maakt-contact (nummer 1, onder taak-contact)" in r.stdout
    assert "tekst: maakt [-gemakkelijk-] {+makkelijk+} contact met uiteenlopende mensen" in r.stdout
    assert "vereiste versiestap: patch" in r.stdout


def test_diff_twee_revisies_json_en_md(repo: Repo) -> None:
    eerste = git(repo.root, "rev-parse", "HEAD")
    repo.vervang("informeel/taken.yaml", "id: act-polst", "id: act-polst-leefsituatie")
    repo.vervang("leefgebieden.yaml", "naam: Wonen", "naam: Wonen en woonomgeving")
    tweede = repo.commit("wijzigingen")
    repo.vervang("leefgebieden.yaml", "naam: Wonen en woonomgeving", "naam: Iets anders")  # not committed
    r = diff(repo, eerste, "HEAD", "--format", "json")
    assert r.exit_code == 0, r
    data = json.loads(r.stdout)
    assert data["van"] == {"revisie": eerste, "commit": eerste, "versie": "1.0.0"}
    assert data["naar"]["commit"] == tweede
    assert [i["id"] for i in data["toegevoegd"]] == ["act-polst-leefsituatie"]
    assert [(i["id"], i["soort"], i["ouder"]) for i in data["verwijderd"]] == [
        ("act-polst", "activiteit", "taak-contact")]
    [gewijzigd] = data["gewijzigd"]
    assert gewijzigd["id"] == "lg-wonen"
    assert gewijzigd["velden"] == {"naam": {"oud": "Wonen", "nieuw": "Wonen en woonomgeving"}}
    assert data["vereiste_stap"] == "major"
    md = diff(repo, eerste, "HEAD", "--format", "md").stdout
    assert md.startswith("### Catalogus:")
    assert "#### Verwijderd (1)" in md and "- activiteit `act-polst`" in md
    assert "naam: Wonen **en woonomgeving**" in md


def test_diff_hernummerd_en_verplaatst(repo: Repo) -> None:
    repo.vervang("leefgebieden.yaml", 'nummer: "1"', 'nummer: "2"')
    r = diff(repo)
    assert "nummer: 1 → 2 (hernummerd)" in r.stdout
    assert "vereiste versiestap: major" in r.stdout


def test_hernoemd_bestand_zonder_inhoud_geen_verschil(repo: Repo) -> None:
    (repo.map / "rol-informeel").mkdir()
    git(repo.root, "mv", "catalogus/informeel/taken.yaml", "catalogus/rol-informeel/taken.yaml")
    repo.commit("bestand verplaatst")
    r = diff(repo, "HEAD~1", "HEAD")
    assert r.exit_code == 0, r
    assert "Geen inhoudelijke verschillen." in r.stdout
    assert check(repo, "HEAD~1").exit_code == 0


def test_onbekende_revisie(repo: Repo) -> None:
    r = diff(repo, "bestaat-niet")
    assert r.exit_code == 1
    assert "revisie 'bestaat-niet' bestaat niet in deze repository" in r.stderr
    assert "Traceback" not in r.output
    r = check(repo, "--optie-als-revisie")
    assert r.exit_code in (1, 2) and "Traceback" not in r.output


def test_geen_git_repository(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    build_file_tree(tmp_path / "catalogus", MINI)
    r = run_line(["catalogus", "diff", "--catalogus", "catalogus"])
    assert r.exit_code == 1
    assert "catalogus: deze map is geen git-repository" in r.stderr
    assert "Traceback" not in r.output
    r = run_line(["catalogus", "check", "catalogus", "--basis", "HEAD"])
    assert r.exit_code == 1 and "geen git-repository" in r.stderr


def test_map_bestond_niet_op_revisie(repo: Repo) -> None:
    build_file_tree(repo.root / "ander", {"leeg.txt": "x"})
    eerste = repo.commit("ander")
    shutil.copytree(repo.map, repo.root / "tweede")
    repo.commit("tweede catalogus")
    r = run_line(["catalogus", "diff", eerste, "--catalogus", "tweede"])
    assert r.exit_code == 1
    assert "bestaat niet of is leeg op revisie" in r.stderr


def test_git_omgeving_van_een_hook_wordt_genegeerd(repo: Repo) -> None:
    repo.vervang("leefgebieden.yaml", "naam: Wonen", "naam: Thuis")
    r = run_line(["catalogus", "diff", "--catalogus", str(repo.map)],
                 env={"GIT_DIR": "/bestaat/niet", "GIT_INDEX_FILE": "/bestaat/niet/index"})
    assert r.exit_code == 0, r
    assert "naam: [-Wonen-] {+Thuis+}" in r.stdout


def test_fouten_op_oude_revisie_wijzen_naar_revisie(repo: Repo) -> None:
    repo.vervang("leefgebieden.yaml", "naam: Wonen", "naam: 12")
    repo.commit("kapot")
    cat, meldingen, _ = laad_revisie(repo.map, "HEAD")
    assert cat is not None
    assert [m.bestand for m in meldingen] == ["HEAD:catalogus/leefgebieden.yaml"]
    with pytest.raises(CotFout):
        laad_revisie(repo.map, "HEAD~5")


# ---- check --basis: the version rules --------------------------------------------------------


@pytest.mark.parametrize(("wijziging", "nodig"), [
    (("informeel/taken.yaml", "maakt gemakkelijk contact", "maakt makkelijk contact"), "patch"),
    (("informeel/koppelingen.yaml", "reden: Polst de leefsituatie.", "reden: Polst de situatie."), "patch"),
    (("informeel/taken.yaml", "    tekst: polst de leefsituatie van mensen\n",
      '    tekst: polst de leefsituatie van mensen\n      - id: act-nieuw\n        nummer: "3"\n'
      "        tekst: doet iets nieuws\n"), "minor"),
    (("informeel/koppelingen.yaml", "  - taak: taak-contact\n",
      "  - taak: taak-contact\n    leefgebieden:\n      - id: lg-wonen\n        reden: Bezoek thuis.\n"),
     "minor"),
    (("informeel/taken.yaml", "id: act-polst", "id: act-polst-2"), "major"),
    (("informeel/competenties.yaml", "rol: informeel\n", "# alleen commentaar\nrol: informeel\n"), None),
])
def test_versieregels(repo: Repo, wijziging: tuple[str, str, str], nodig: str | None) -> None:
    repo.vervang(*wijziging)
    r = check(repo)
    if nodig is None:
        assert r.exit_code == 0, r
        return
    assert r.exit_code == 1, r
    assert f"nodig is minstens een {nodig}-stap" in r.stdout
    assert "catalogus/catalogus.yaml:3:" in r.stdout
    te_klein = {"major": "1.1.0", "minor": "1.0.1"}.get(nodig)
    if te_klein:
        repo.versie(te_klein)
        r = check(repo)
        assert r.exit_code == 1 and f"nodig is minstens een {nodig}-stap" in r.stdout, r
        repo.vervang("catalogus.yaml", te_klein, "1.0.0")
        repo.vervang("CHANGELOG.md", f"## {te_klein}", "## oud")
    goed = {"major": "2.0.0", "minor": "1.1.0", "patch": "1.0.1"}[nodig]
    repo.versie(goed)
    r = check(repo)
    assert r.exit_code == 0, r


def test_changelog_kop_nodig(repo: Repo) -> None:
    repo.vervang("informeel/taken.yaml", "maakt gemakkelijk contact", "maakt makkelijk contact")
    repo.versie("1.0.1", changelog=False)
    r = check(repo)
    assert r.exit_code == 1
    assert "CHANGELOG.md:1: CHANGELOG.md heeft geen kop '## 1.0.1'" in r.stdout
    (repo.map / "CHANGELOG.md").unlink()
    assert "CHANGELOG.md ontbreekt" in check(repo).stdout


def test_check_basis_github_en_json(repo: Repo) -> None:
    repo.vervang("informeel/taken.yaml", "id: act-polst", "id: act-polst-2")
    r = check(repo, "main", "--format", "github")
    assert r.stdout.startswith("::error file=catalogus/catalogus.yaml,line=3,")
    data = json.loads(check(repo, "main", "--format", "json").stdout)
    # A changed ID is a removal: allowed, with a hint to leave a tombstone for the old ID.
    assert [(m["code"], m["ernst"]) for m in data["meldingen"]] == [("versie", "fout"), ("vervallen", "waarschuwing")]


def test_check_basis_slaat_over_bij_fouten(repo: Repo) -> None:
    repo.vervang("leefgebieden.yaml", "naam: Wonen", "naam: 12")
    r = check(repo)
    assert r.exit_code == 1
    assert "vergelijking met 'HEAD' overgeslagen" in r.stdout


# ---- the embedded catalogue ------------------------------------------------------------------


def test_ingebouwde_catalogus_twee_revisies(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    git(tmp_path, "init", "-q", "-b", "main")
    shutil.copytree(CATALOGUS, tmp_path / "catalogus")
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-q", "-m", "ingebouwd")
    pad = tmp_path / "catalogus" / "leefgebieden.yaml"
    tekst = pad.read_text(encoding="utf-8")
    pad.write_text(tekst.replace("naam: ", "naam: Het ", 1), encoding="utf-8")
    git(tmp_path, "commit", "-q", "-am", "tekst")
    begin = time.process_time()
    r = run_line(["catalogus", "diff", "HEAD~1", "HEAD", "--catalogus", "catalogus", "--format", "json"])
    duur = time.process_time() - begin
    assert r.exit_code == 0, r
    data = json.loads(r.stdout)
    assert not data["toegevoegd"] and not data["verwijderd"]
    assert [g["soort"] for g in data["gewijzigd"]] == ["leefgebied"]
    assert duur < 10  # generous: the benchmark measures the real number
