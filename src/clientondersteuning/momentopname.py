"""Snapshots: the result of validating files, kept in the user's cache folder for the next run.

Validating the catalogue costs 0.2-0.3 s a run, most of it importing Pydantic, building the
models and checking every item; its files rarely change. A snapshot keeps the result (the
catalogue as plain data, see gegevens.py, and every message of the check) under a key made of

- the bytes and the shown names of every file read (a changed comma is a new key),
- cot's own code (every module's name, size and modification time: a new cot, or an edited
  model or rule, is a new key), the Python version and the versions of the libraries that
  validate and render (Pydantic, ruamel.yaml, Jinja2: an upgrade is a new key).

A snapshot is only used when its key matches exactly and the folder is the user's own, is read
with an unpickler that accepts nothing but cot's plain data, and is safe to delete (it is made
again). Files about people
(volunteer files) are never kept here. COT_CACHE=uit switches snapshots off; COT_CACHE=MAP
puts them in MAP. Nothing here may fail a command: a cache that cannot be read or written is
simply not used.
"""

from __future__ import annotations

import contextlib
import io
import os
import pickle
import re
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from .gegevens import beschrijving, nieuw

try:  # CPython's own BLAKE2, without hashlib's OpenSSL start-up (2 ms a run)
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - another Python
    from hashlib import blake2b

MAX_MOMENTOPNAMEN = 64  # the least recently used go when there are more (each a few hundred KB at most)
_NAAM = re.compile(r"^[a-z-]+-[0-9a-f]{40}\.pickle$")  # a snapshot's file name; nothing else is touched
# Libraries whose version changes what validating or rendering gives (their dist-info names).
_BIBLIOTHEKEN = ("pydantic", "pydantic_core", "ruamel.yaml", "ruamel_yaml", "jinja2", "markupsafe")


def cache_map() -> Path | None:
    """Where snapshots live; None when they are switched off or there is no place for them."""
    gekozen = os.environ.get("COT_CACHE", "")
    if gekozen.lower() in {"uit", "0", "nee", "off"}:
        return None
    if gekozen:
        return Path(gekozen)
    try:
        if os.name == "posix" and sys.platform != "darwin":
            # The XDG rule platformdirs follows here too; importing it would cost 3 ms of every run.
            basis = os.environ.get("XDG_CACHE_HOME", "").strip()
            return (Path(basis) if os.path.isabs(basis) else Path.home() / ".cache") / "cot" / "momentopnamen"
        from platformdirs import user_cache_dir  # macOS and Windows

        return Path(user_cache_dir("cot", appauthor=False)) / "momentopnamen"
    except (RuntimeError, KeyError, OSError):  # no home folder (a container with a bare user id)
        return None


def _eigen_map(map_: Path) -> bool:
    """Is the folder the user's own and closed to others? Only then are its snapshots and
    compiled templates trusted (like Python's __pycache__); else they are not used at all."""
    if not hasattr(os, "getuid"):  # pragma: no cover - Windows: the profile folder is the user's
        return True
    try:
        info = map_.stat()
    except OSError:
        return False
    return info.st_uid == os.getuid() and not info.st_mode & 0o022


def _code_sleutel() -> bytes:
    """cot's code and its libraries as installed now: every module's name, size and change time,
    the Python version, and the installed versions of the libraries that shape the result."""
    from .paden import PAKKET

    h = blake2b(digest_size=16)
    h.update(sys.version.encode())
    for map_, mappen, namen in os.walk(PAKKET):
        mappen[:] = sorted(m for m in mappen if m != "__pycache__" and m != "_data")
        for naam in sorted(namen):
            if naam.endswith(".py"):
                info = os.stat(os.path.join(map_, naam))
                h.update(f"{os.path.relpath(map_, PAKKET)}/{naam}:{info.st_size}:{info.st_mtime_ns};".encode())
    from importlib.machinery import PathFinder

    pydantic = PathFinder.find_spec("pydantic")  # found, not imported: its folder holds the libraries
    if pydantic is not None and pydantic.origin:
        with contextlib.suppress(OSError):
            site = os.path.dirname(os.path.dirname(pydantic.origin))
            h.update(";".join(sorted(n for n in os.listdir(site) if n.endswith(".dist-info")
                                     and n.lower().startswith(_BIBLIOTHEKEN))).encode())
    return h.digest()


_CODE: list[bytes] = []


def code_sleutel() -> bytes:
    """_code_sleutel, once per run."""
    if not _CODE:
        _CODE.append(_code_sleutel())
    return _CODE[0]


def sleutel(soort: str, bestanden: Iterable[tuple[str, bytes]]) -> str:
    """The key of a snapshot of `soort` over these files: (the name shown in messages, the bytes)."""
    h = blake2b(code_sleutel(), digest_size=20)
    h.update(soort.encode())
    for naam, inhoud in bestanden:
        h.update(f"\0{naam}\0{len(inhoud)}\0".encode())
        h.update(inhoud)
    return f"{soort}-{h.hexdigest()}"


def sjabloon_cache() -> Any | None:
    """Jinja's cache of compiled templates (21 ms a run for the profile), next to the snapshots.

    Compiled templates are code, so only in the user's own closed folder; one folder per version
    of cot's code and libraries (the code generator is cot's, weergave/zandbak.py). Jinja checks
    each template's source before it uses the cache; a cache that fails is passed by (_Sjablonen).
    """
    map_ = cache_map()
    if map_ is None:
        return None
    doel = map_ / f"sjablonen-{code_sleutel().hex()[:16]}"
    try:
        if not doel.is_dir():
            doel.mkdir(parents=True, exist_ok=True, mode=0o700)
            _opruimen_sjablonen(map_)
        if not (_eigen_map(map_) and _eigen_map(doel)):
            return None
    except OSError:
        return None
    return _sjablonen_cache(str(doel))


def _opruimen_sjablonen(map_: Path, bewaren: int = 3) -> None:
    """The template folders of older versions go, but the newest few stay (two installs of cot
    used in turn, say pipx and a checkout, do not wipe each other's)."""
    import shutil

    mappen = sorted(map_.glob("sjablonen-*"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
    for oud in mappen[bewaren:]:
        shutil.rmtree(oud, ignore_errors=True)


def _sjablonen_cache(map_: str) -> Any:
    from jinja2 import FileSystemBytecodeCache

    class _Sjablonen(FileSystemBytecodeCache):
        """Jinja's file cache that never fails a command: a damaged file is removed and the
        template compiled again; a cache that cannot be written is not written."""

        def load_bytecode(self, bucket: Any) -> None:
            try:
                super().load_bytecode(bucket)
            except Exception:
                bucket.reset()
                with contextlib.suppress(OSError):
                    os.unlink(self._get_cache_filename(bucket))

        def dump_bytecode(self, bucket: Any) -> None:
            with contextlib.suppress(OSError):
                super().dump_bytecode(bucket)

    return _Sjablonen(map_)


# ---- reading: only cot's plain data ------------------------------------------------------------

_TOEGESTAAN = {
    ("clientondersteuning.gegevens", "nieuw"),
    ("clientondersteuning.catalogus", "Catalogus"),
    ("clientondersteuning.catalogus", "Plaats"),
    ("clientondersteuning.fouten", "Melding"),
    ("pathlib", "PosixPath"),
    ("pathlib", "WindowsPath"),
    ("pathlib._local", "PosixPath"),  # Python 3.13 and newer
    ("pathlib._local", "WindowsPath"),
}


class _Lezer(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        if (module, name) not in _TOEGESTAAN:
            raise pickle.UnpicklingError(f"{module}.{name} hoort niet in een momentopname")
        return super().find_class(module, name)


def lees(sleutel_: str, delen: int | None = None) -> tuple[Any, ...] | None:
    """The parts of the snapshot under this key (the first `delen`, or all), or None (none yet,
    switched off, unreadable). A part is pickled on its own: reading the first is not reading all."""
    map_ = cache_map()
    if map_ is None or not _eigen_map(map_):
        return None
    pad = map_ / f"{sleutel_}.pickle"
    try:
        with open(pad, "rb") as f:
            lezer = _Lezer(f)
            aantal = lezer.load()
            gevonden = tuple(lezer.load() for _ in range(aantal if delen is None else min(delen, aantal)))
    except FileNotFoundError:
        return None
    except Exception:  # a damaged or foreign file: not used, and made again
        with contextlib.suppress(OSError):
            pad.unlink()
        return None
    with contextlib.suppress(OSError):
        os.utime(pad)  # used now: the last to go when the folder is full
    return gevonden


# ---- writing: Pydantic models become plain data -------------------------------------------------


class _Schrijver(pickle.Pickler):
    def __init__(self, bestand: io.BufferedIOBase) -> None:
        super().__init__(bestand, protocol=pickle.HIGHEST_PROTOCOL)
        self._beschrijvingen: dict[type, tuple[Any, ...]] = {}  # one tuple per class: pickled once

    def reducer_override(self, obj: Any) -> Any:
        soort = type(obj)
        if not hasattr(soort, "model_fields"):
            return NotImplemented
        if soort not in self._beschrijvingen:
            self._beschrijvingen[soort] = beschrijving(obj)
        staat = {veld: getattr(obj, veld) for veld in soort.model_fields}
        return nieuw, (self._beschrijvingen[soort],), staat


def bewaar(sleutel_: str, delen: tuple[Any, ...]) -> None:
    """Keep a snapshot of these parts; a cache that cannot be written is left alone."""
    map_ = cache_map()
    if map_ is None:
        return
    tijdelijk = map_ / f".{sleutel_}.{os.getpid()}.tmp"
    try:
        map_.mkdir(parents=True, exist_ok=True, mode=0o700)
        if not _eigen_map(map_):
            return
        buffer = io.BytesIO()
        schrijver = _Schrijver(buffer)
        schrijver.dump(len(delen))
        for deel in delen:
            schrijver.dump(deel)
        tijdelijk.write_bytes(buffer.getvalue())
        os.replace(tijdelijk, map_ / f"{sleutel_}.pickle")  # readers see the old file or the new one
        _opruimen(map_)
    except Exception:  # a full disk, a folder that went, something that does not pickle: no snapshot
        with contextlib.suppress(OSError):
            tijdelijk.unlink()


def _opruimen(map_: Path) -> None:
    """The least recently used snapshots go beyond MAX_MOMENTOPNAMEN; only cot's own files."""
    bestanden = sorted((p for p in map_.iterdir() if _NAAM.match(p.name)), key=lambda p: p.stat().st_mtime_ns)
    for oud in bestanden[:-MAX_MOMENTOPNAMEN]:
        oud.unlink(missing_ok=True)


def bewaard(sleutel_: str, maak: Callable[[], tuple[Any, ...]], delen: int | None = None,
            nog_geldig: Callable[[], bool] = lambda: True) -> tuple[Any, ...]:
    """The snapshot's parts under this key (the first `delen`), or maak()'s parts, kept for next
    time if nog_geldig() still holds afterwards (the files were not changed while they were read)."""
    gevonden = lees(sleutel_, delen)
    if gevonden is not None:
        return gevonden
    waarde = maak()
    try:
        geldig = nog_geldig()
    except Exception:  # the files went while they were read: nothing to keep
        geldig = False
    if geldig:
        bewaar(sleutel_, waarde)
    return waarde
