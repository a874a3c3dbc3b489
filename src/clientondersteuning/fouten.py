"""Problems in a user's files are data (Melding); one exception carries them."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path


@dataclass(frozen=True, order=True)
class Melding:
    """One problem, with its place. regel and kolom are 1-based; 0 means unknown."""

    bestand: str
    regel: int = 0
    kolom: int = 0
    code: str = "fout"
    tekst: str = ""
    ernst: str = field(default="fout", compare=False)  # "fout", "waarschuwing" or "info" (a change made)

    def plaats(self) -> str:
        plaats = self.bestand
        if self.regel:
            plaats += f":{self.regel}"
            if self.kolom:
                plaats += f":{self.kolom}"
        return plaats

    def __str__(self) -> str:
        soort = "waarschuwing: " if self.ernst == "waarschuwing" else ""
        return f"{self.plaats()}: {soort}{self.tekst}"


class CotFout(Exception):
    """A problem the user can fix. Carries one or more Meldingen; exit code 1 by default."""

    def __init__(self, meldingen: list[Melding] | Melding | str, exit_code: int = 1) -> None:
        if isinstance(meldingen, str):
            meldingen = [Melding(bestand="cot", tekst=meldingen)]
        elif isinstance(meldingen, Melding):
            meldingen = [meldingen]
        self.meldingen = meldingen
        self.exit_code = exit_code
        super().__init__("; ".join(str(m) for m in meldingen))


class GebruiksFout(CotFout):
    """Wrong arguments or options: exit code 2."""

    def __init__(self, tekst: str) -> None:
        super().__init__(Melding(bestand="cot", code="gebruik", tekst=tekst), exit_code=2)


class KeuzeFout(ValueError):
    """A bad choice of role, tasks or norms, as data: veld ('rol', 'taken' or 'normen'), index (the
    position in a list; None: the whole choice), waarde (the part that was wrong). Its text names
    no command-line option: the CLI adds the option, a file reader the line."""

    def __init__(self, tekst: str, veld: str = "taken", index: int | None = None,
                 waarde: str | None = None) -> None:
        super().__init__(tekst)
        self.tekst = tekst
        self.veld = veld
        self.index = index
        self.waarde = waarde


def toon_pad(pad: Path | str) -> str:
    """A path as the user will recognise it: relative to the working folder where possible."""
    import os

    pad = Path(pad)
    try:
        # abspath, not resolve: a symlink keeps its own name (not that of a file it points at)
        return str(Path(os.path.abspath(pad)).relative_to(_werkmap(os.getcwd())))
    except (ValueError, OSError):
        return str(pad)


@lru_cache(maxsize=4)
def _werkmap(cwd: str) -> Path:
    """The working folder with its symlinks resolved, once per folder (a run shows many paths)."""
    return Path(cwd).resolve()


_SYSTEEMFOUTEN = {
    "ENOENT": "bestaat niet",
    "EACCES": "geen toestemming",
    "EPERM": "geen toestemming",
    "EROFS": "alleen-lezen schijf",
    "ENOSPC": "de schijf is vol",
    "EISDIR": "is een map",
    "ENOTDIR": "een deel van het pad is geen map",
    "ENAMETOOLONG": "de naam is te lang",
    "EDQUOT": "de schijfruimte is op",
}


def systeemfout(fout: OSError) -> str:
    """An operating-system error in Dutch (the system's own text is English)."""
    import errno

    naam = errno.errorcode.get(fout.errno or 0, "")
    return _SYSTEEMFOUTEN.get(naam, fout.strerror or naam or "onbekende fout")
