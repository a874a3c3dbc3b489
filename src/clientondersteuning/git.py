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
    return [inhoud or b"" for inhoud in _inhoud_op(p, ids)]


def schrijf_revisie(p: Plek, sha: str, doel: Path) -> int:
    """Write the catalogue's YAML files at commit sha into folder doel; returns how many."""
    bestanden = _bestanden(p, sha)[: laden.MAX_BESTANDEN + 1]
    for (_, pad), inhoud in zip(bestanden, _blobs(p, [b for b, _ in bestanden]), strict=True):
        bestemming = doel / pad
        bestemming.parent.mkdir(parents=True, exist_ok=True)
        bestemming.write_bytes(inhoud)
    return len(bestanden)


# Loading a catalogue from git costs a few hundred milliseconds: each commit once per run.
_GELADEN: dict[tuple[str, str], tuple[Catalogus | None, list[Melding]]] = {}


def laad_revisie(map_: Path, revisie: str) -> tuple[Catalogus | None, list[Melding], str]:
    """The catalogue folder map_ as it was at a git revision: (catalogue, problems, commit id).

    Problems point at 'REV:path/in/repo', never at the temporary folder. CotFout if map_ is not
    in a repository, the revision does not exist or the folder did not exist at that revision.
    """
    p = plek(map_)
    return _laad_geverifieerd(p, commit(p, revisie), map_, revisie)


def _laad_geverifieerd(p: Plek, sha: str, map_: Path, revisie: str) -> tuple[Catalogus | None, list[Melding], str]:
    """laad_revisie for a commit id that git itself gave (no rev-parse again)."""
    sleutel = (str(p.root), f"{sha}:{p.map}")
    if sleutel not in _GELADEN:
        _GELADEN[sleutel] = _laad_commit(p, sha, map_, revisie)
    cat, meldingen = _GELADEN[sleutel]
    naar = f"{revisie}:{p.map}" if p.map else f"{revisie}:"

    def echt(tekst: str) -> str:
        return tekst.replace(_TIJDELIJK + "/", naar + ("/" if p.map else "")).replace(_TIJDELIJK, naar)

    return cat, [dataclasses.replace(m, bestand=echt(m.bestand), tekst=echt(m.tekst)) for m in meldingen], sha


_TIJDELIJK = "\0revisie\0"  # stands for the temporary folder in cached messages


def _laad_commit(p: Plek, sha: str, map_: Path, revisie: str) -> tuple[Catalogus | None, list[Melding]]:
    with tempfile.TemporaryDirectory(prefix="cot-revisie-") as tijdelijk:
        doel = Path(tijdelijk) / "catalogus"
        doel.mkdir()
        if schrijf_revisie(p, sha, doel) == 0:
            raise CotFout(Melding(toon_pad(map_), code="git", tekst=(
                f"de catalogusmap '{p.map or '.'}' bestaat niet of is leeg op revisie '{revisie}'")))
        cat, meldingen = laden.laad_catalogus(doel, momentopname=False)
        # Every message that names the temporary folder (also in its text, 'bestaat al (pad:regel)').
        prefixen = sorted({toon_pad(doel), str(doel), str(doel.resolve())}, key=len, reverse=True)

        def zonder(tekst: str) -> str:
            for prefix in prefixen:
                tekst = tekst.replace(prefix + os.sep, _TIJDELIJK + "/").replace(prefix, _TIJDELIJK)
            return tekst.replace(os.sep, "/") if _TIJDELIJK in tekst else tekst

        meldingen = [dataclasses.replace(m, bestand=zonder(m.bestand), tekst=zonder(m.tekst)) for m in meldingen]
    return cat, meldingen


_VERSIE = re.compile(r"""(?m)^versie:\s*["']?([0-9]+\.[0-9]+\.[0-9]+)["']?\s*(#.*)?$""")


def _inhoud_op(p: Plek, verzoeken: list[str]) -> list[bytes | None]:
    """The contents of 'commit:path' objects with one `git cat-file --batch` (None: not there)."""
    if not verzoeken:
        return []
    uit = _git("cat-file", "--batch", cwd=p.root, invoer="".join(f"{v}\n" for v in verzoeken).encode())
    data, plek_, inhoud = uit.stdout, 0, []
    for _ in verzoeken:
        einde = data.index(b"\n", plek_)
        kop = data[plek_:einde].split()
        if len(kop) < 3 or kop[-1] == b"missing" or kop[1] == b"ambiguous":
            inhoud.append(None)
            plek_ = einde + 1
            continue
        grootte = int(kop[2])
        inhoud.append(data[einde + 1:einde + 1 + grootte])
        plek_ = einde + 1 + grootte + 1
    return inhoud


def _commits_met_versie(p: Plek, versie: str) -> list[str]:
    """The commits (newest first) that changed the catalogue folder and left it at `versie`.

    The first is the last state of the catalogue with that version: later commits to the folder
    carry another version.
    """
    pad = f"{p.map}/catalogus.yaml" if p.map else "catalogus.yaml"
    uit = _git("log", "--format=%H", "--", p.map or ".", cwd=p.root)
    if uit.returncode != 0:
        return []
    shas = uit.stdout.decode().split()
    gevonden = []
    for sha, blob in zip(shas, _inhoud_op(p, [f"{sha}:{pad}" for sha in shas]), strict=True):
        versie_hier = _VERSIE.search(blob.decode("utf-8", "replace")) if blob is not None else None
        if versie_hier and versie_hier.group(1) == versie:
            gevonden.append(sha)
    return gevonden


def revisie_met_versie(map_: Path, versie: str) -> str | None:
    """The last commit at which the catalogue carried `versie` and was valid, or None.

    Not the first commit with the version: that one may hold a half-finished catalogue that a
    later commit with the same version repaired.
    """
    from . import momentopname

    p = plek(map_)  # once: each commit below is read with two git calls, not four
    for sha in _commits_met_versie(p, versie):
        ongeldig = _ongeldig_sleutel(sha, p.map)
        if momentopname.lees(ongeldig) is not None:
            continue  # failed before, with this cot
        cat, meldingen, _ = _laad_geverifieerd(p, sha, map_, sha)
        if cat is not None and not any(m.ernst == "fout" for m in meldingen):
            return sha
        momentopname.bewaar(ongeldig, (True,))
    return None


def _ongeldig_sleutel(sha: str, map_: str) -> str:
    """A commit never changes, so whether its catalogue passes today's checks only changes with cot
    itself: a snapshot key (cot's code is in it) remembers a failed one between runs. Without it,
    a team of files from an older version loaded and checked every commit of that version on
    every run (0.3 s). Only the commit id goes in, nothing from a volunteer file."""
    from .momentopname import sleutel

    return sleutel("git-ongeldig", [(f"{sha}:{map_}", b"")])


def laatste_wijzigingen(map_: Path) -> dict[str, int]:
    """When each file of the catalogue folder last changed in git: path (posix, relative to
    map_) -> commit time (Unix seconds). One `git log` for all files, so an export of a few
    hundred items costs one process. Empty when the folder is not in a repository (an
    installed package) or git is missing: the caller then falls back to the release date.
    """
    try:
        p = plek(map_)
    except CotFout:
        return {}
    pad_spec = [p.map] if p.map else ["."]
    # core.quotepath=off: paths with ë or spaces come out as they are, not as "\303\253".
    uit = _git("-c", "core.quotepath=off", "log", "--format=%x00%ct", "--name-only", "--no-renames",
               "--", *pad_spec, cwd=p.root)
    if uit.returncode != 0:
        return {}
    tijden: dict[str, int] = {}
    tijd = 0
    for regel in uit.stdout.decode("utf-8", "replace").splitlines():
        if regel.startswith("\0"):  # a commit line; no path contains NUL
            tijd = int(regel[1:])
        elif regel:
            pad = PurePosixPath(regel)
            binnen = pad.relative_to(p.map).as_posix() if p.map else pad.as_posix()
            tijden.setdefault(binnen, tijd)  # git log goes from new to old: the first is the last change
    return tijden
