"""Helpers for the tests: run `cot` in-process and build small file trees."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CATALOGUS = REPO / "catalogus"

# Wide enough that rich tables do not fold titles and IDs over two lines.
_BREEDTE = "200"


@dataclass
class Result:
    exit_code: int
    stdout: str
    stderr: str

    @property
    def output(self) -> str:
        return self.stdout + self.stderr

    def __repr__(self) -> str:  # shown by pytest when an assertion fails
        return f"Result(exit_code={self.exit_code},\nstdout={self.stdout!r},\nstderr={self.stderr!r})"


@contextmanager
def _omgeving(env: dict[str, str | None]) -> Iterator[None]:
    """Set (value) or remove (None) environment variables, and restore them afterwards."""
    oud = {k: os.environ.get(k) for k in env}
    try:
        for k, v in env.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
        yield
    finally:
        for k, v in oud.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def _reset_consoles() -> None:
    from clientondersteuning.cli import uitvoer

    uitvoer.stderr.cache_clear()
    uitvoer.stdout.cache_clear()


def run_line(args: list[str], env: dict[str, str | None] | None = None) -> Result:
    """Run `cot ARGS` through clientondersteuning.cli.app.run, capturing stdout and stderr.

    COT_CATALOGUS is removed unless env sets it, so the embedded catalogue is the default.
    """
    from clientondersteuning.cli.app import run

    omgeving: dict[str, str | None] = {"COT_CATALOGUS": None, "COT_DEBUG": None, "COLUMNS": _BREEDTE,
                                       "NO_COLOR": "1", "TERM": "dumb"}
    omgeving.update(env or {})
    uit, fout = io.StringIO(), io.StringIO()
    oud_uit, oud_fout = sys.stdout, sys.stderr
    with _omgeving(omgeving):
        sys.stdout, sys.stderr = uit, fout
        _reset_consoles()
        try:
            try:
                code = run(list(args))
            except SystemExit as stop:  # run() should not exit, but report it like a process would
                code = stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 1)
        finally:
            sys.stdout, sys.stderr = oud_uit, oud_fout
            _reset_consoles()
    return Result(code, uit.getvalue(), fout.getvalue())


def build_file_tree(root: Path, files: dict[str, str | bytes]) -> None:
    """Write files under root; text is dedented (so tests can indent it), bytes are written as is."""
    for naam, inhoud in files.items():
        pad = root / naam
        pad.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(inhoud, bytes):
            pad.write_bytes(inhoud)
        else:
            pad.write_text(textwrap.dedent(inhoud).lstrip("\n"), encoding="utf-8")


def kopieer_catalogus(doel: Path) -> Path:
    """A copy of the embedded catalogue (YAML and schemas) in doel/catalogus, for a test to break."""
    kopie = doel / "catalogus"
    shutil.copytree(CATALOGUS, kopie, ignore=shutil.ignore_patterns("*.md"))
    return kopie


def vervang(pad: Path, oud: str, nieuw: str, aantal: int = 1) -> None:
    """Replace text in a file; fails loudly if the text is not there (so a test cannot go stale)."""
    tekst = pad.read_text(encoding="utf-8")
    assert tekst.count(oud) >= aantal, f"{oud!r} staat niet (vaak genoeg) in {pad}"
    pad.write_text(tekst.replace(oud, nieuw, aantal), encoding="utf-8")


def regel_van(pad: Path, fragment: str, na: int = 0) -> int:
    """The 1-based line number of the first line containing fragment (after line na)."""
    for nummer, regel in enumerate(pad.read_text(encoding="utf-8").splitlines(), start=1):
        if nummer > na and fragment in regel:
            return nummer
    raise AssertionError(f"{fragment!r} niet gevonden in {pad}")


def voorbeelddocumenten(map_: Path) -> dict[str, dict]:
    """Plain data for every document kind, from the examples (a team folder with one bad file in map_)."""
    from clientondersteuning import profiel, scholing, werving
    from clientondersteuning.beoordeling import opzet_uit_taken
    from clientondersteuning.keuze import kies_taken
    from clientondersteuning.laden import laad_of_stop
    from clientondersteuning.organisatie import lees_organisatie

    cat = laad_of_stop(CATALOGUS)
    org = lees_organisatie(REPO / "examples" / "organisatie.yaml")
    team = map_ / "vrijwilligers"
    team.mkdir()
    # fien-fictief.yaml points at ../profiel-scholing.yaml
    for bron, doel in [(REPO / "examples" / "profiel-scholing.yaml", map_),
                       *[(b, team) for b in (REPO / "examples" / "vrijwilligers").glob("*.yaml")]]:
        (doel / bron.name).write_text(bron.read_text(encoding="utf-8"), encoding="utf-8")
    build_file_tree(team, {"kapot.yaml": "naam: Kapot\ntaken: [1]\ncompetenties: {'4.3': 9}\n"})
    vrijwilliger = scholing.lees_vrijwilliger(cat, team / "fien-fictief.yaml")
    wervingsdata = werving.gegevens(cat, "informeel", kies_taken(cat, "informeel", "1,3,6"), org)
    return {
        "profiel": profiel.bouw(cat, "informeel", "1,3,6", organisatie=org).als_data(),
        "vacature": wervingsdata,
        "oproep": wervingsdata,
        "folder": wervingsdata,
        "zelfevaluatie": scholing.formulier_data(opzet_uit_taken(cat, "informeel", "1,3,6")),
        "gap": scholing.gap_data(vrijwilliger, scholing.gap(cat, vrijwilliger)),
        "team": scholing.team_data(cat, scholing.team(cat, team)),
    }


# ---- git ----------------------------------------------------------------------------------------

_GIT_ENV = {"GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.org",
            "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.org"}


def git(root: Path, *args: str) -> str:
    env = {**_zonder_git_omgeving(), **_GIT_ENV, "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}
    uit = subprocess.run(["git", "-c", "commit.gpgsign=false", *args], cwd=root, env=env,
                         capture_output=True, text=True, check=True)
    return uit.stdout.strip()


def _zonder_git_omgeving() -> dict[str, str]:
    from clientondersteuning.git import zonder_git_omgeving

    return zonder_git_omgeving()


# ---- a small catalogue ------------------------------------------------------------------------------

# A minimal valid catalogue: two tasks, two competencies, one leefgebied, links and training.
MINI: dict[str, str] = {
    "catalogus.yaml": """
        naam: Mini
        beschrijving: Een kleine catalogus voor de tests.
        versie: "1.0.0"
    """,
    "CHANGELOG.md": """
        # Wijzigingen

        ## 1.0.0

        Eerste versie.
    """,
    "bronnen.yaml": """
        bronnen:
          - id: bron-a
            titel: Bron A
            uitgever: Uitgever
          - id: redactie
            titel: Redactie
            uitgever: cot
            redactioneel: true
    """,
    "leefgebieden.yaml": """
        leefgebieden:
          - id: lg-wonen
            nummer: "1"
            naam: Wonen
            themas: [huisvesting]
            herkomst: {bron: bron-a, sectie: "1"}
    """,
    "informeel/taken.yaml": """
        rol: informeel
        taken:
          - id: taak-contact
            nummer: "1"
            titel: Legt contact met mensen
            herkomst: {bron: bron-a, sectie: "3.1 Legt contact met mensen"}
            activiteiten:
              - id: act-maakt-contact
                nummer: "1"
                tekst: maakt gemakkelijk contact met uiteenlopende mensen
              - id: act-polst
                nummer: "2"
                tekst: polst de leefsituatie van mensen
          - id: taak-vraag
            nummer: "2"
            titel: Verheldert de vraag
            herkomst: {bron: bron-a, sectie: "3.2 Verheldert de vraag"}
            activiteiten:
              - id: act-luistert
                nummer: "1"
                tekst: luistert naar het verhaal
    """,
    "informeel/competenties.yaml": """
        rol: informeel
        competenties:
          - id: comp-betrokken
            nummer: "4.1"
            titel: Is betrokken
            herkomst: {bron: bron-a, sectie: "4.1 Is betrokken"}
            omschrijving: Staat naast de cliënt.
            gedragsindicatoren:
              - id: ind-luistert
                nummer: "1"
                tekst: luistert aandachtig
          - id: comp-alert
            nummer: "4.2"
            titel: Is alert
            herkomst: {bron: bron-a, sectie: "4.2 Is alert"}
            omschrijving: Ziet wat er speelt.
    """,
    "informeel/koppelingen.yaml": """
        rol: informeel
        kern:
          - competentie: comp-betrokken
            reden: De basishouding.
        koppelingen:
          - taak: taak-contact
            competenties:
              - id: comp-alert
                reden: Polst de leefsituatie.
    """,
    "informeel/scholing.yaml": """
        rol: informeel
        scholing:
          - competentie: comp-betrokken
            vormen:
              - id: sch-betrokken-training
                vorm: training
                leerdoel: Je kunt luisteren.
          - competentie: comp-alert
            vormen:
              - id: sch-alert-intervisie
                vorm: intervisie
                leerdoel: Je ziet signalen.
    """,
}
MINI = {naam: textwrap.dedent(tekst).lstrip("\n") for naam, tekst in MINI.items()}


# ---- werving -------------------------------------------------------------------------------------

VACATURE_KOPPEN = ["Wat ga je doen", "Wie zoeken we", "Wat bieden we", "Tijd en plaats", "Over ons",
                   "Reageren"]
FOLDER_KOPPEN = ["Wat is informele cliëntondersteuning?", "Wat doe je?", "Wat doe je niet?", "Onafhankelijk",
                 "Hoe helpen wij jou?", "Meer weten?"]
SELECTIES = ["alle", *[str(i) for i in range(1, 8)]]

