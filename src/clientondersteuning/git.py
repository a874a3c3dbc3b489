"""A catalogue folder at a git revision, read through git itself (subprocess).

The folder's files at the revision are written into a temporary folder and loaded with
``laden.laad_catalogus``, so an old version is checked by exactly the same rules. GIT_*
variables are removed before calling git: hooks (pre-commit) run with them set, and
GIT_INDEX_FILE or GIT_DIR would point git at the wrong repository.
"""

from __future__ import annotations

import dataclasses
import os
import re
import subprocess
import tempfile
from pathlib import Path, PurePosixPath

from . import laden
from .catalogus import Catalogus
from .fouten import CotFout, Melding, toon_pad

WERKMAP = "werkmap"
_BEWAAR = {"GIT_EXEC_PATH", "GIT_SSH", "GIT_SSH_COMMAND", "GIT_SSL_CAINFO", "GIT_SSL_NO_VERIFY",
           "GIT_CONFIG_COUNT", "GIT_HTTP_PROXY_AUTHMETHOD", "GIT_ALLOW_PROTOCOL", "GIT_ASKPASS"}


def zonder_git_omgeving(omgeving: dict[str, str] | None = None) -> dict[str, str]:
    """The environment without the GIT_* variables a hook sets (as pre-commit's no_git_env)."""
    omgeving = dict(os.environ if omgeving is None else omgeving)
    return {k: v for k, v in omgeving.items()
            if not k.startswith("GIT_") or k in _BEWAAR
            or k.startswith(("GIT_CONFIG_KEY_", "GIT_CONFIG_VALUE_"))}


def _git(*args: str, cwd: Path, invoer: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run(["git", *args], cwd=cwd, input=invoer, capture_output=True,
                              env=zonder_git_omgeving(), check=False)
    except FileNotFoundError:
        raise CotFout(Melding("cot", code="git", tekst=(
            "git is niet gevonden; installeer git om versies van de catalogus te vergelijken"))) from None


@dataclasses.dataclass(frozen=True)
class Plek:
    """Where a catalogue folder is in its repository."""

    root: Path
    map: str  # relative to root, posix; "" when the catalogue is the root itself


def plek(map_: Path) -> Plek:
    """The repository that holds the catalogue folder; CotFout if there is none."""
    naam = toon_pad(map_)
    if not map_.is_dir():
        raise CotFout(Melding(naam, code="map", tekst="de catalogusmap bestaat niet"))
    uit = _git("rev-parse", "--show-toplevel", cwd=map_)
    if uit.returncode != 0:
        fout = uit.stderr.decode("utf-8", "replace")
        if "dubious ownership" in fout:
            import re

            # git names the repository's top folder, which is what safe.directory needs (not map_).
            gevonden = re.search(r"repository at '([^']+)'", fout)
            repo = gevonden.group(1) if gevonden else str(map_.resolve())
            tekst = (f"git vertrouwt deze repository niet (andere eigenaar); voer uit: "
                     f"git config --global --add safe.directory {repo}")
        else:
            tekst = ("deze map is geen git-repository (en staat er niet in); versies vergelijken kan "
                     "alleen met een catalogus in git")
        raise CotFout(Melding(naam, code="git", tekst=tekst))
    root = Path(uit.stdout.decode("utf-8").strip())
    relatief = map_.resolve().relative_to(root.resolve()).as_posix()
    return Plek(root, "" if relatief == "." else relatief)


def commit(p: Plek, revisie: str) -> str:
    """The full commit id of a revision; CotFout with a Dutch message if it does not exist."""
    uit = None
    if revisie and not revisie.startswith("-"):
        uit = _git("rev-parse", "--verify", "--quiet", f"{revisie}^{{commit}}", cwd=p.root)
    if uit is None or uit.returncode != 0:
        raise CotFout(Melding("cot", code="git", tekst=(
            f"revisie '{revisie}' bestaat niet in deze repository; geef een branch, tag of commit op "
            "(met 'git log' zie je de commits)")))
    return uit.stdout.decode().strip()


def _bestanden(p: Plek, sha: str) -> list[tuple[str, str]]:
    """(blob id, path relative to the catalogue folder) of the YAML files at a commit."""
    pad_spec = [p.map] if p.map else []
    uit = _git("ls-tree", "-r", "-z", sha, "--", *pad_spec, cwd=p.root)
    if uit.returncode != 0:  # pragma: no cover - the commit was verified just before
        tekst = uit.stderr.decode("utf-8", "replace").strip()
        raise CotFout(Melding(toon_pad(p.root), code="git", tekst=tekst))
    gevonden = []
    for regel in uit.stdout.decode("utf-8", "replace").split("\0"):
        if not regel:
            continue
        kop, pad = regel.split("\t", 1)
        _, soort, blob = kop.split()
        if soort != "blob":
            continue
        binnen = PurePosixPath(pad).relative_to(p.map) if p.map else PurePosixPath(pad)
        if binnen.suffix in (".yaml", ".yml") and not any(d.startswith(".") for d in binnen.parts):
            gevonden.append((blob, binnen.as_posix()))
    return gevonden


def _blobs(p: Plek, ids: list[str]) -> list[bytes]:
    """The contents of blobs, with one `git cat-file --batch` for all of them."""
    if not ids:
        return []
    uit = _git("cat-file", "--batch", cwd=p.root, invoer="".join(f"{i}\n" for i in ids).encode())
    data, plek_, inhoud = uit.stdout, 0, []
    for _ in ids:
        einde = data.index(b"\n", plek_)
        kop = data[plek_:einde].split()
        grootte = int(kop[2])
        inhoud.append(data[einde + 1:einde + 1 + grootte])
        plek_ = einde + 1 + grootte + 1
    return inhoud


def schrijf_revisie(p: Plek, sha: str, doel: Path) -> int:
    """Write the catalogue's YAML files at commit sha into folder doel; returns how many."""
    bestanden = _bestanden(p, sha)[: laden.MAX_BESTANDEN + 1]
    for (_, pad), inhoud in zip(bestanden, _blobs(p, [b for b, _ in bestanden]), strict=True):
        bestemming = doel / pad
        bestemming.parent.mkdir(parents=True, exist_ok=True)
        bestemming.write_bytes(inhoud)
    return len(bestanden)


def laad_revisie(map_: Path, revisie: str) -> tuple[Catalogus | None, list[Melding], str]:
    """The catalogue folder map_ as it was at a git revision: (catalogue, problems, commit id).

    Problems point at 'REV:path/in/repo'. CotFout if map_ is not in a repository, the revision
    does not exist or the folder did not exist at that revision.
    """
    p = plek(map_)
    sha = commit(p, revisie)
    with tempfile.TemporaryDirectory(prefix="cot-revisie-") as tijdelijk:
        doel = Path(tijdelijk) / "catalogus"
        doel.mkdir()
        if schrijf_revisie(p, sha, doel) == 0:
            raise CotFout(Melding(toon_pad(map_), code="git", tekst=(
                f"de catalogusmap '{p.map or '.'}' bestaat niet of is leeg op revisie '{revisie}'")))
        cat, meldingen = laden.laad_catalogus(doel)
        prefix = toon_pad(doel)
        naar = f"{revisie}:{p.map}" if p.map else f"{revisie}:"
        meldingen = [dataclasses.replace(m, bestand=naar + m.bestand[len(prefix):].replace(os.sep, "/"))
                     if m.bestand.startswith(prefix) else m for m in meldingen]
    return cat, meldingen, sha


_VERSIE = re.compile(r"""(?m)^versie:\s*["']?([0-9]+\.[0-9]+\.[0-9]+)["']?\s*(#.*)?$""")


def revisie_met_versie(map_: Path, versie: str) -> str | None:
    """The newest commit at which the catalogue's catalogus.yaml says `versie: <versie>`, or None."""
    p = plek(map_)
    pad = f"{p.map}/catalogus.yaml" if p.map else "catalogus.yaml"
    uit = _git("log", "--format=%H", "--", pad, cwd=p.root)
    if uit.returncode != 0:
        return None
    for sha in uit.stdout.decode().split():
        blob = _git("cat-file", "blob", f"{sha}:{pad}", cwd=p.root)
        gevonden = _VERSIE.search(blob.stdout.decode("utf-8", "replace")) if blob.returncode == 0 else None
        if gevonden and gevonden.group(1) == versie:
            return sha
    return None
