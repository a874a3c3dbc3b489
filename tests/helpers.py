"""Helpers for the tests: run `cot` in-process and build small file trees."""

from __future__ import annotations

import io
import os
import shutil
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
    from clientondersteuning.definitie import lees_organisatie
    from clientondersteuning.keuze import kies_taken
    from clientondersteuning.laden import laad_of_stop

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
