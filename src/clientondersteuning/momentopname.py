"""Snapshots: the result of validating files, kept in the user's cache folder for the next run.

Validating the catalogue costs 0.2-0.3 s a run, most of it importing Pydantic, building the
models and checking every item; its files rarely change. A snapshot keeps the result (the
catalogue as plain data, see gegevens.py, and every message of the check) under a key made of

- the bytes and the shown names of every file read (a changed comma is a new key),
- cot's own code (every module's name, size and modification time: a new cot, or an edited
  model or rule, is a new key) and the Python version.

A snapshot is only used when its key matches exactly, is read with an unpickler that accepts
nothing but cot's plain data, and is safe to delete (it is made again). Files about people
(volunteer files) are never kept here. COT_CACHE=uit switches snapshots off; COT_CACHE=MAP
puts them in MAP. Nothing here may fail a command: a cache that cannot be read or written is
simply not used.
"""

from __future__ import annotations

import contextlib
import io
import os
import pickle
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from .gegevens import beschrijving, nieuw

try:  # CPython's own BLAKE2, without hashlib's OpenSSL start-up (2 ms a run)
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - another Python
    from hashlib import blake2b

_PAKKET = Path(__file__).resolve().parent
MAX_MOMENTOPNAMEN = 64  # the oldest go when there are more (each is a few hundred KB at most)


def cache_map() -> Path | None:
    """Where snapshots live; None when they are switched off."""
    gekozen = os.environ.get("COT_CACHE", "")
    if gekozen.lower() in {"uit", "0", "nee", "off"}:
        return None
    if gekozen:
        return Path(gekozen)
    if os.name == "posix" and sys.platform != "darwin":
        # The XDG rule platformdirs follows here too; importing it would cost 3 ms of every run.
        basis = os.environ.get("XDG_CACHE_HOME", "").strip()
        return (Path(basis) if os.path.isabs(basis) else Path.home() / ".cache") / "cot" / "momentopnamen"
    from platformdirs import user_cache_dir  # macOS and Windows

    return Path(user_cache_dir("cot", appauthor=False)) / "momentopnamen"


def _code_sleutel() -> bytes:
    """cot's own code as it is installed now: name, size and change time of every module."""
    h = blake2b(digest_size=16)
    h.update(sys.version.encode())
    for map_, mappen, namen in os.walk(_PAKKET):
        mappen[:] = sorted(m for m in mappen if m != "__pycache__" and m != "_data")
        for naam in sorted(namen):
            if naam.endswith(".py"):
                info = os.stat(os.path.join(map_, naam))
                h.update(f"{os.path.relpath(map_, _PAKKET)}/{naam}:{info.st_size}:{info.st_mtime_ns};".encode())
    return h.digest()


_CODE: list[bytes] = []  # computed once per run


def sleutel(soort: str, bestanden: Iterable[tuple[str, bytes]]) -> str:
    """The key of a snapshot of `soort` over these files: (the name shown in messages, the bytes)."""
    if not _CODE:
        _CODE.append(_code_sleutel())
    h = blake2b(_CODE[0], digest_size=20)
    h.update(soort.encode())
    for naam, inhoud in bestanden:
        h.update(f"\0{naam}\0{len(inhoud)}\0".encode())
        h.update(inhoud)
    return f"{soort}-{h.hexdigest()}"


def sjabloon_cache() -> Any | None:
    """Jinja's cache of compiled templates (21 ms a run for the profile), next to the snapshots.

    Compiled templates are code, so the folder must be the user's own and closed to others
    (like Python's __pycache__); a folder per version of cot's code, as the code generator is
    cot's (weergave/zandbak.py). Jinja checks each template's source before it uses the cache.
    """
    map_ = cache_map()
    if map_ is None or not hasattr(os, "getuid"):
        return None
    if not _CODE:
        _CODE.append(_code_sleutel())
    doel = map_ / f"sjablonen-{_CODE[0].hex()[:16]}"
    try:
        if not doel.is_dir():  # a new cot: the templates compiled by an older one go
            import shutil

            for oud in map_.glob("sjablonen-*"):
                shutil.rmtree(oud, ignore_errors=True)
        doel.mkdir(parents=True, exist_ok=True, mode=0o700)
        for deel in (map_, doel):
            info = deel.stat()
            if info.st_uid != os.getuid() or info.st_mode & 0o022:
                return None
    except OSError:
        return None
    from jinja2 import FileSystemBytecodeCache

    return FileSystemBytecodeCache(str(doel))


# ---- reading: only cot's plain data ------------------------------------------------------------

_TOEGESTAAN = {
    ("clientondersteuning.gegevens", "nieuw"),
    ("clientondersteuning.catalogus", "Catalogus"),
    ("clientondersteuning.catalogus", "Plaats"),
    ("clientondersteuning.fouten", "Melding"),
    ("pathlib", "PosixPath"),
    ("pathlib", "WindowsPath"),
    ("pathlib", "Path"),
    ("datetime", "date"),
    ("copyreg", "_reconstructor"),
    ("builtins", "object"),
    ("builtins", "set"),
    ("builtins", "frozenset"),
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
    if map_ is None:
        return None
    pad = map_ / f"{sleutel_}.pickle"
    try:
        with open(pad, "rb") as f:
            lezer = _Lezer(f)
            aantal = lezer.load()
            return tuple(lezer.load() for _ in range(aantal if delen is None else min(delen, aantal)))
    except FileNotFoundError:
        return None
    except Exception:  # a damaged or foreign file: not used, and made again
        with contextlib.suppress(OSError):
            pad.unlink()
        return None


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
    try:
        map_.mkdir(parents=True, exist_ok=True, mode=0o700)
        buffer = io.BytesIO()
        schrijver = _Schrijver(buffer)
        schrijver.dump(len(delen))
        for deel in delen:
            schrijver.dump(deel)
        tijdelijk = map_ / f".{sleutel_}.{os.getpid()}.tmp"
        tijdelijk.write_bytes(buffer.getvalue())
        os.replace(tijdelijk, map_ / f"{sleutel_}.pickle")  # readers see the old file or the new one
        _opruimen(map_)
    except OSError:
        return


def _opruimen(map_: Path) -> None:
    bestanden = sorted(map_.glob("*.pickle"), key=lambda p: p.stat().st_mtime_ns)
    for oud in bestanden[:-MAX_MOMENTOPNAMEN]:
        oud.unlink(missing_ok=True)


def bewaard(sleutel_: str, maak: Callable[[], tuple[Any, ...]], delen: int | None = None) -> tuple[Any, ...]:
    """The snapshot's parts under this key (the first `delen`), or maak()'s parts, kept for next time."""
    gevonden = lees(sleutel_, delen)
    if gevonden is not None:
        return gevonden
    waarde = maak()
    bewaar(sleutel_, waarde)
    return waarde
