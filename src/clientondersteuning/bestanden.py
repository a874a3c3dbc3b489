"""Reading and writing files safely: the one place that opens user files.

Reading: regular files only (a FIFO would block, /dev/zero never ends), a hard limit on
the bytes read whatever st_size says, and no symlink that leads out of the folder being
read. Writing: atomic create-if-absent, never onto one of the command's own input files,
temporary files removed on every exit path (signals included), 0600 for personal data.
"""

from __future__ import annotations

import errno
import os
import signal
import stat
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from .fouten import CotFout, Melding, systeemfout, toon_pad

MAX_BYTES = 2 * 1024 * 1024  # a YAML file cot reads (the whole catalogue is 150 KB)
_NIET_VOLGEN = getattr(os, "O_NOFOLLOW", 0)  # not on Windows: there every file is resolved

MAX_BEZOCHT = 5000  # entries a folder walk looks at: COT_CATALOGUS=/ must not walk the whole disk
_BLOK = 64 * 1024


def _buiten(pad: Path, binnen: Path) -> bool:
    """True if pad, with every symlink followed, lies outside the folder binnen."""
    try:
        return not pad.resolve().is_relative_to(binnen.resolve())
    except (OSError, RuntimeError):  # a symlink loop
        return True


def verwijzing_toegestaan(doel: Path, bestand: Path) -> bool:
    """May a file (a volunteer's 'profiel:', a profile's 'organisatie:') name doel?

    Only in the working folder or next to the file's own folder ('../profiel.yaml'), not anywhere
    on the disk: the named file's content would show up in messages.
    """
    try:
        echt = doel.resolve()
        return any(echt.is_relative_to(map_) for map_ in (Path.cwd().resolve(), bestand.resolve().parent.parent))
    except (OSError, RuntimeError):
        return False


def _buiten_fout(naam: str, wat: str, binnen: Path) -> CotFout:
    return CotFout(Melding(naam, code="buiten-map", tekst=(
        f"dit {wat} verwijst (via een symbolische koppeling of '..') naar een plek buiten de map "
        f"'{toon_pad(binnen)}'; cot leest het niet")))


def lees_bytes(pad: Path, max_bytes: int, naam: str | None = None, binnen: Path | None = None,
               wat: str = "bestand", invoer: bool = True) -> bytes:
    """The content of a regular file of at most max_bytes. Raises CotFout with a Dutch message.

    binnen: the folder being read; a symlink that leads out of it is refused, so a foreign
    file's lines never end up in a message. invoer=False: not an input of this run (an old
    output compared before it is replaced), so it may be written over.
    """
    naam = naam or toon_pad(pad)
    # A file directly in binnen can only lead out of it as a symlink itself: opened without
    # following one, it needs no resolve() of both paths (a team reads 1,000 such files).
    direct = binnen is not None and _NIET_VOLGEN != 0 and pad.parent == binnen and pad.name != ".."
    if binnen is not None and not direct and _buiten(pad, binnen):
        raise _buiten_fout(naam, wat, binnen)
    # O_NONBLOCK: opening a FIFO without a writer would otherwise wait forever.
    vlaggen = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        try:
            fd = os.open(pad, vlaggen | (_NIET_VOLGEN if direct else 0))
        except OSError as fout:
            if not direct or fout.errno not in (errno.ELOOP, errno.EMLINK):
                raise
            assert binnen is not None
            if _buiten(pad, binnen):  # a symlink: allowed while it stays inside binnen
                raise _buiten_fout(naam, wat, binnen) from None
            fd = os.open(pad, vlaggen)
    except FileNotFoundError:
        raise CotFout(Melding(naam, code="bestand", tekst=f"{wat} niet gevonden")) from None
    except OSError as fout:
        raise CotFout(Melding(naam, code="bestand",
                              tekst=f"{wat} niet leesbaar ({systeemfout(fout)})")) from None
    try:
        info = os.fstat(fd)  # of what was opened, not of what the name pointed at a moment ago
        if stat.S_ISDIR(info.st_mode):
            raise CotFout(Melding(naam, code="bestand", tekst=f"dit is een map; geef een {wat} op"))
        if not stat.S_ISREG(info.st_mode):
            raise CotFout(Melding(naam, code="bestand", tekst=(
                "dit is geen gewoon bestand (maar een apparaat, pijp of socket); cot leest alleen "
                "gewone bestanden")))
        if info.st_size > max_bytes:
            raise CotFout(Melding(naam, code="te-groot", tekst=(
                f"{wat} is te groot ({info.st_size / 1024 / 1024:.1f} MB; maximaal {_grootte(max_bytes)})")))
        if invoer:
            _onthoud(info)
        delen: list[bytes] = []
        gelezen = 0
        while True:  # st_size can lie (a growing file, /proc): stop at the limit regardless
            deel = os.read(fd, min(_BLOK, max_bytes + 1 - gelezen))
            if not deel:
                break
            delen.append(deel)
            gelezen += len(deel)
            if gelezen > max_bytes:
                raise CotFout(Melding(naam, code="te-groot", tekst=(
                    f"{wat} is te groot (meer dan {_grootte(max_bytes)})")))
        return b"".join(delen)
    except OSError as fout:
        raise CotFout(Melding(naam, code="bestand",
                              tekst=f"{wat} niet leesbaar ({systeemfout(fout)})")) from None
    finally:
        os.close(fd)


def _grootte(aantal: int) -> str:
    if aantal >= 1024 * 1024:
        return f"{aantal / 1024 / 1024:g} MB"
    return f"{aantal / 1024:g} kB"


def zoek_bestanden(map_: Path, extensies: tuple[str, ...], diep: bool = True,
                   max_bezocht: int = MAX_BEZOCHT) -> list[Path]:
    """The files with one of the extensies in map_ (and its subfolders if diep), sorted.

    Hidden files and folders are skipped, symlinked folders are not entered, and the walk
    stops with a message after max_bezocht entries, so a folder like / cannot hang cot.
    """
    gevonden: list[Path] = []
    bezocht = 0
    te_doen = [map_]
    while te_doen:
        huidig = te_doen.pop()
        try:
            with os.scandir(huidig) as items:
                for item in items:
                    bezocht += 1
                    if bezocht > max_bezocht:
                        raise CotFout(Melding(toon_pad(map_), code="te-veel", tekst=(
                            f"deze map bevat te veel bestanden (meer dan {max_bezocht}); "
                            "geef de juiste map op")))
                    if item.name.startswith("."):
                        continue
                    if item.is_dir(follow_symlinks=False):
                        if diep:
                            te_doen.append(Path(item.path))
                    elif item.name.endswith(extensies):
                        gevonden.append(Path(item.path))
        except OSError as fout:
            raise CotFout(Melding(toon_pad(huidig), code="map",
                                  tekst=f"map niet leesbaar ({systeemfout(fout)})")) from None
    return sorted(gevonden)


# ---- writing ----------------------------------------------------------------------------------

# (device, inode, ctime) of every file this run read: a command never writes over its own input
# (also not through a symlink or hard link). ctime: an inode number reused for a new file is not it.
_GELEZEN: set[tuple[int, int, int]] = set()
MAX_NAAM = 255  # bytes in one file name on nearly every file system


def vergeet_invoer() -> None:
    """Start of a run (tests run many commands in one process)."""
    _GELEZEN.clear()


def _onthoud(info: os.stat_result) -> None:
    _GELEZEN.add((info.st_dev, info.st_ino, info.st_ctime_ns))


@contextmanager
def _signalen_opruimen(opruimen: Any) -> Iterator[None]:
    """SIGTERM and SIGHUP during a write: remove the temporary file, then end as the signal asks."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    oud: dict[int, Any] = {}

    def stop(nummer: int, _frame: Any) -> None:
        opruimen()
        signal.signal(nummer, oud.get(nummer, signal.SIG_DFL))
        os.kill(os.getpid(), nummer)

    for nummer in (signal.SIGTERM, signal.SIGHUP):
        oud[nummer] = signal.signal(nummer, stop)
    try:
        yield
    finally:
        for nummer, handler in oud.items():
            signal.signal(nummer, handler)


def _schrijf_alles(fd: int, inhoud: bytes) -> None:
    weergave = memoryview(inhoud)
    while weergave:
        weergave = weergave[os.write(fd, weergave):]
    os.fsync(fd)


def _anoniem_tijdelijk(map_: Path, modus: int) -> int | None:
    """An unnamed file in map_ (Linux O_TMPFILE): even kill -9 leaves nothing behind."""
    vlag = getattr(os, "O_TMPFILE", 0)
    if not vlag or not Path("/proc/self/fd").is_dir():
        return None
    try:
        return os.open(map_, vlag | os.O_WRONLY | getattr(os, "O_CLOEXEC", 0), modus)
    except OSError:
        return None  # not supported by this file system


def controleer_doel(pad: Path, force: bool, ter_plaatse: bool = False) -> CotFout:
    """Refuse an output path before anything is written: a name too long, a folder, one of this
    run's input files (unless ter_plaatse: a rewrite of that very file, as `upgrade --force` does
    on purpose), an existing file without force. Returns the 'exists' error for the write."""
    naam = toon_pad(pad)
    if len(os.fsencode(pad.name)) > MAX_NAAM:
        raise CotFout(Melding(naam[:80] + "…", code="uitvoer", tekst=(
            f"de bestandsnaam is te lang (meer dan {MAX_NAAM} tekens); kies een kortere naam")))
    bestaat = CotFout(Melding(naam, code="bestaat", tekst=(
        "bestand bestaat al; kies een andere naam of gebruik --force om het te overschrijven")))
    try:
        info = os.stat(pad)
    except (FileNotFoundError, NotADirectoryError):
        return bestaat
    except OSError as fout:
        raise CotFout(Melding(naam[:200], code="uitvoer",
                              tekst=f"kan hier niet schrijven ({systeemfout(fout)})")) from None
    if stat.S_ISDIR(info.st_mode):
        raise CotFout(Melding(naam, code="uitvoer", tekst="dit is een map; geef een bestandsnaam op"))
    if not ter_plaatse and (info.st_dev, info.st_ino, info.st_ctime_ns) in _GELEZEN:
        raise CotFout(Melding(naam, code="eigen-invoer", tekst=(
            "dit is een van de invoerbestanden van deze opdracht; kies een andere naam voor de uitvoer")))
    if not force:
        raise bestaat
    return bestaat


def schrijf_atomisch(pad: Path, inhoud: bytes | str, force: bool = False, prive: bool = False,
                     ter_plaatse: bool = False) -> Path:
    """Write inhoud to pad, all or nothing. Raises CotFout with a Dutch message.

    Without force the file is created only if it does not exist, checked and created in one
    step (a link), so of two runs at once one wins and the other gets the message. Never
    writes over a file this run read. prive: personal data (about a volunteer), mode 0600.
    """
    if isinstance(inhoud, str):
        inhoud = inhoud.encode("utf-8")
    naam = toon_pad(pad)
    bestaat = controleer_doel(pad, force, ter_plaatse)
    map_ = pad.parent if str(pad.parent) else Path(".")
    if not map_.is_dir():
        raise CotFout(Melding(naam, code="uitvoer", tekst=f"de map '{toon_pad(map_)}' bestaat niet"))
    modus = 0o600 if prive else 0o644
    try:
        fd = _anoniem_tijdelijk(map_, modus)
        if fd is not None:
            _schrijf_naamloos(fd, inhoud, pad, modus, force, bestaat)
        else:
            _schrijf_met_tijdelijk(inhoud, pad, map_, modus, force, bestaat)
    except OSError as fout:
        raise CotFout(Melding(naam, code="uitvoer",
                              tekst=f"kan het bestand niet schrijven ({systeemfout(fout)})")) from None
    return pad


def _schrijf_naamloos(fd: int, inhoud: bytes, pad: Path, modus: int, force: bool, bestaat: CotFout) -> None:
    try:
        os.fchmod(fd, modus)
        _schrijf_alles(fd, inhoud)
        if not force:
            try:
                _geef_naam(fd, pad)  # fails if pad exists: check and create in one step
            except FileExistsError:
                raise bestaat from None
            return
        # --force: give it a name next to the target, then rename over it (atomic replace).
        tijdelijk = _vrije_naam(pad)
        with _signalen_opruimen(lambda: tijdelijk.unlink(missing_ok=True)):
            _geef_naam(fd, tijdelijk)
            try:
                os.replace(tijdelijk, pad)
            except BaseException:
                tijdelijk.unlink(missing_ok=True)
                raise
    finally:
        os.close(fd)


def _geef_naam(fd: int, pad: Path) -> None:
    """linkat(AT_SYMLINK_FOLLOW) of the unnamed file: os.link only uses linkat with a dir_fd."""
    map_fd = os.open(pad.parent if str(pad.parent) else ".", os.O_RDONLY)
    try:
        os.link(f"/proc/self/fd/{fd}", pad.name, dst_dir_fd=map_fd, follow_symlinks=True)
    finally:
        os.close(map_fd)


def _vrije_naam(pad: Path) -> Path:
    return pad.with_name(f".{pad.name[:200]}.{os.getpid()}.{threading.get_ident() % 10000}.tmp")


def _schrijf_met_tijdelijk(inhoud: bytes, pad: Path, map_: Path, modus: int, force: bool,
                           bestaat: CotFout) -> None:
    import tempfile  # only on file systems without O_TMPFILE

    fd, naam = tempfile.mkstemp(prefix=f".{pad.name[:200]}.", suffix=".tmp", dir=map_)
    tijdelijk = Path(naam)
    try:
        with _signalen_opruimen(lambda: tijdelijk.unlink(missing_ok=True)):
            try:
                os.fchmod(fd, modus)
                _schrijf_alles(fd, inhoud)
            finally:
                os.close(fd)
            if force:
                os.replace(tijdelijk, pad)
            else:
                try:
                    os.link(tijdelijk, pad)
                except FileExistsError:
                    raise bestaat from None
                except OSError as fout:
                    if fout.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP):
                        raise
                    _maak_nieuw(pad, inhoud, modus, bestaat)  # no hard links here (FAT, some shares)
    finally:
        tijdelijk.unlink(missing_ok=True)


def _maak_nieuw(pad: Path, inhoud: bytes, modus: int, bestaat: CotFout) -> None:
    try:
        fd = os.open(pad, os.O_WRONLY | os.O_CREAT | os.O_EXCL, modus)
    except FileExistsError:
        raise bestaat from None
    try:
        _schrijf_alles(fd, inhoud)
    except BaseException:
        os.close(fd)
        pad.unlink(missing_ok=True)
        raise
    os.close(fd)
