"""Speed measurements for cot: `make bench`.

Every row of METINGEN is one command, run as a subprocess with the venv's python and cot.
The rows are run in N interleaved rounds (every row once per round), and each run is timed
as the CPU time (user + system) of the child process. A relative target compares a row with
its floor or peer per round and takes the median of those paired ratios, so a busy machine
slows both sides of a pair and the verdict does not flip with the load. Rows without a
command compare other rows (growth). Later issues add rows to METINGEN: a name, a command
and optionally targets.

Peers: `python -c "import typer"` (start-up of any typer app), `import jinja2`, `import docx`,
a parse of the same YAML with ruamel's C loader, and pandoc converting cot's own Markdown of
the profile to DOCX when pandoc is installed (Debian: apt-get install pandoc; optional).

The large catalogue is the embedded one with every list multiplied 20 times (fresh IDs and
numbers, same comments), generated into bench/tmp/ (git-ignored). It must pass the check, so
the time measured is the full validation, not an early stop at the first error.
"""

from __future__ import annotations

import argparse
import compileall
import copy
import os
import resource
import shutil
import statistics
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TMP = ROOT / "bench" / "tmp"
PY = Path(sys.executable)
COT = PY.parent / "cot"
KLEIN = ROOT / "catalogus"
GROOT = TMP / "catalogus-20x"
LEEG = TMP / "catalogus-leeg"
FACTOR = 20
N = 7
CACHE = TMP / "cache"  # XDG_CACHE_HOME of every run: the user's cache stays out of the bench
LEGE_CACHE = TMP / "cache-leeg"  # emptied before each run of a row that measures an unseen catalogue
PANDOC = shutil.which("pandoc")

# Parse every YAML file of a folder without validation: the floor for a check. cot reads a
# valid file with ruamel's C parser (typ='safe') and only parses round-trip ('rt', with
# positions) when it has something to report; both floors are shown, the target uses the C one.
PARSE_SCRIPT = (
    "import sys, pathlib\n"
    "from ruamel.yaml import YAML\n"
    "yaml = YAML(typ=sys.argv[2], pure=False)\n"
    "for p in sorted(pathlib.Path(sys.argv[1]).rglob('*.yaml')):\n"
    "    yaml.load(p.read_text(encoding='utf-8'))\n"
)


# ---- targets ---------------------------------------------------------------------------------


@dataclass
class Resultaten:
    rondes: dict[str, list[float]] = field(default_factory=dict)  # row name -> CPU seconds per round
    volumes: dict[str, int] = field(default_factory=dict)  # row name -> bytes of YAML it reads

    @property
    def tijden(self) -> dict[str, float]:
        """Median CPU seconds per row."""
        return {naam: statistics.median(t) for naam, t in self.rondes.items()}

    def verhouding(self, naam: str, ander: str) -> float:
        """Median of the per-round ratios naam / ander (paired: both ran in the same round)."""
        return statistics.median(a / b for a, b in zip(self.rondes[naam], self.rondes[ander], strict=True))


class Doel:
    """A target for one row. beoordeel returns (met, a short explanation of the comparison)."""

    @property
    def tekst(self) -> str:
        raise NotImplementedError

    def beoordeel(self, naam: str, r: Resultaten) -> tuple[bool, str]:
        raise NotImplementedError


@dataclass
class Hoogstens(Doel):
    """Absolute: the median stays under a number of seconds."""

    seconden: float

    @property
    def tekst(self) -> str:
        return f"< {self.seconden:g} s"

    def beoordeel(self, naam: str, r: Resultaten) -> tuple[bool, str]:
        return r.tijden[naam] < self.seconden, ""


@dataclass
class KeerVloer(Doel):
    """Relative: at most `factor` times another row (a floor or peer), as a paired median ratio."""

    vloer: str
    factor: float

    @property
    def tekst(self) -> str:
        return f"<= {self.factor:g}x '{self.vloer}'"

    def beoordeel(self, naam: str, r: Resultaten) -> tuple[bool, str]:
        if self.vloer not in r.rondes:  # an optional peer (pandoc) that is not installed
            return True, "niet gemeten"
        keer = r.verhouding(naam, self.vloer)
        return keer <= self.factor, f"{keer:.2f}x"


@dataclass
class Lineair(Doel):
    """Growth from row `klein` to row `groot`: time ratio per YAML-volume ratio stays <= marge.

    The start-up (row `start`, the same command on a nearly empty catalogue) is subtracted
    first, so the comparison is about the work per byte: ~1 for linear growth, ~FACTOR for
    quadratic. The raw ratio (start-up included) is shown as well. Without a start row the
    start-up is counted as work, which only makes the growth look smaller than linear.
    """

    klein: str
    groot: str
    start: str | None = None
    marge: float = 1.5

    @property
    def tekst(self) -> str:
        return f"lineair: (tijd - start) / volume <= {self.marge:g}"

    def beoordeel(self, naam: str, r: Resultaten) -> tuple[bool, str]:
        volume = r.volumes[self.groot] / r.volumes[self.klein]
        bruto = r.tijden[self.groot] / r.tijden[self.klein]
        start = r.tijden[self.start] if self.start else 0.0
        netto = (r.tijden[self.groot] - start) / max(r.tijden[self.klein] - start, 1e-3)
        per_volume = netto / volume
        return per_volume <= self.marge, (
            f"volume {volume:.1f}x; tijd {bruto:.1f}x, zonder start {netto:.1f}x; "
            f"per volume {per_volume:.2f}")


# ---- rows --------------------------------------------------------------------------------------


@dataclass
class Meting:
    naam: str
    opdracht: list[str] | None  # None: a row that only compares other rows
    doel: Doel | list[Doel] | None = None
    volume: Path | None = None  # the YAML folder the command reads, for growth targets
    exitcode: int = 0  # the expected exit code; anything else stops the bench (it would time a failure)
    zonder_cache: bool = False  # empty cot's cache before every run (a catalogue it has not seen)

    @property
    def doelen(self) -> list[Doel]:
        if self.doel is None:
            return []
        return self.doel if isinstance(self.doel, list) else [self.doel]


def _check(map_: Path) -> list[str]:
    return [str(COT), "catalogus", "check", str(map_)]


def _parse(map_: Path, typ: str = "safe") -> list[str]:
    return [str(PY), "-c", PARSE_SCRIPT, str(map_), typ]


TEAM = TMP / "team-1000"
TEAM_GROOT = TMP / "team-5000"
TEAM_GROOTST = TMP / "team-10000"
DIFF_REPO = TMP / "diff-repo"
UIT = TMP / "uitvoer"


def _profiel(naar: str) -> list[str]:
    organisatie = ROOT / "examples" / "organisatie.yaml"
    return [str(COT), "profiel", "bouw", "--taken", "alle", "--organisatie", str(organisatie),
            "-o", str(UIT / naar), "--force"]


GROOT_CHECK = f"cot catalogus check {FACTOR}x"
TEAM_CHECK = "cot scholing team (1.000 bestanden)"
PANDOC_DOCX = "peer: pandoc md -> docx"
PROFIEL_MD = UIT / "profiel-pandoc.md"  # cot's Markdown of the same profile, pandoc's input

METINGEN: list[Meting] = [
    Meting("vloer: import typer", [str(PY), "-c", "import typer"]),
    Meting("cot --help", [str(COT), "--help"], KeerVloer("vloer: import typer", 1.15)),
    Meting("vloer: import ruamel.yaml", [str(PY), "-c", "import ruamel.yaml"]),
    Meting("vloer: parse catalogus (rt, met posities)", _parse(KLEIN, "rt"), volume=KLEIN),
    Meting("vloer: parse catalogus", _parse(KLEIN), volume=KLEIN),
    # What a check of an unseen catalogue must import before it parses anything: Typer, Pydantic
    # and cot's models (the validation contract). Compare it with the parse floor.
    Meting("vloer: import typer, pydantic, modellen",
           [str(PY), "-c", "import typer, clientondersteuning.model, clientondersteuning.model_organisatie"]),
    Meting("cot catalogus check (nieuw)", _check(KLEIN), KeerVloer("vloer: parse catalogus", 2),
           volume=KLEIN, zonder_cache=True),
    Meting("cot catalogus check", _check(KLEIN), KeerVloer("vloer: parse catalogus", 1.25), volume=KLEIN),
    Meting("cot catalogus check (leeg)", _check(LEEG), volume=LEEG, zonder_cache=True),
    Meting(f"vloer: parse catalogus {FACTOR}x", _parse(GROOT), volume=GROOT),
    Meting(GROOT_CHECK, _check(GROOT), KeerVloer(f"vloer: parse catalogus {FACTOR}x", 1.3), volume=GROOT,
           zonder_cache=True),
    Meting(f"groei check {FACTOR}x", None,
           Lineair(klein="cot catalogus check (nieuw)", groot=GROOT_CHECK, start="cot catalogus check (leeg)")),
    Meting("vloer: import jinja2", [str(PY), "-c", "import jinja2"]),
    # What any typer command that renders must import: the floor under the targets above.
    Meting("vloer: import typer, jinja2", [str(PY), "-c", "import typer, jinja2"]),
    Meting("vloer: import docx", [str(PY), "-c", "import docx"]),
    Meting("vloer: import typer, docx", [str(PY), "-c", "import typer, docx"]),
    *([Meting(PANDOC_DOCX, [PANDOC, str(PROFIEL_MD), "-o", str(UIT / "pandoc.docx")])] if PANDOC else []),
    Meting("cot profiel bouw --taken alle (md)", _profiel("profiel.md"), KeerVloer("vloer: import jinja2", 1.5)),
    Meting("cot profiel bouw --taken alle (docx)", _profiel("profiel.docx"),
           [KeerVloer(PANDOC_DOCX, 1.0), KeerVloer("vloer: import docx", 1.5)]),
    Meting("cot werving vacature --taken alle", [str(COT), "werving", "vacature", "--taken", "alle",
                                                 "--organisatie", str(ROOT / "examples" / "organisatie.yaml")]),
    Meting("vloer: parse team (1.000 bestanden)", _parse(TEAM), volume=TEAM),
    Meting(TEAM_CHECK, [str(COT), "scholing", "team", str(TEAM), "--format", "json"],
           KeerVloer("vloer: parse team (1.000 bestanden)", 2), volume=TEAM),
    Meting("cot scholing team (5.000 bestanden)", [str(COT), "scholing", "team", str(TEAM_GROOT),
                                                    "--format", "json"], volume=TEAM_GROOT),
    Meting("groei team 5x", None, Lineair(klein=TEAM_CHECK, groot="cot scholing team (5.000 bestanden)",
                                           marge=1.2)),
    Meting("cot scholing team (10.000 bestanden)", [str(COT), "scholing", "team", str(TEAM_GROOTST),
                                                     "--format", "json"], volume=TEAM_GROOTST),
    Meting("groei team 10x", None, Lineair(klein=TEAM_CHECK, groot="cot scholing team (10.000 bestanden)",
                                            marge=1.2)),
    Meting("cot scholing team xlsx (1.000 bestanden)",
           [str(COT), "scholing", "team", str(TEAM), "-o", str(UIT / "team.xlsx"), "--force"], Hoogstens(3.5)),
    Meting("cot catalogus export (CASE)", [str(COT), "catalogus", "export", "-o", str(UIT / "catalogus.json"),
                                          "--force"], Hoogstens(1.0)),
    Meting("cot catalogus export (xlsx)", [str(COT), "catalogus", "export", "-o", str(UIT / "catalogus.xlsx"),
                                          "--force"], Hoogstens(1.5)),
    Meting("cot catalogus diff (twee revisies)",
           [str(COT), "catalogus", "diff", "HEAD~1", "HEAD", "--catalogus", str(DIFF_REPO / "catalogus")],
           Hoogstens(1.0)),
]


# ---- the catalogues ------------------------------------------------------------------------------

_ID_VELDEN = ("id", "bron", "taak", "competentie")  # every value under these keys is an ID


def _hernoem(knoop: object, achtervoegsel: str) -> None:
    """Give every ID (definition or reference) in a copied item the same suffix."""
    if isinstance(knoop, dict):
        for sleutel, waarde in knoop.items():
            if sleutel in _ID_VELDEN and isinstance(waarde, str):
                knoop[sleutel] = waarde + achtervoegsel
            else:
                _hernoem(waarde, achtervoegsel)
    elif isinstance(knoop, list):
        for waarde in knoop:
            _hernoem(waarde, achtervoegsel)


def maak_groot(bron: Path, doel: Path, factor: int = FACTOR) -> None:
    """bron with every top-level list multiplied: copy k gets IDs '-kNN' and numbers 'k.<nummer>'.

    Each copy of a numbered item starts its own series ('2.4.1', '2.4.2', ...), so the numbering
    rules hold; references get the same suffix, so every link resolves. The files stay the same
    files (the catalogue has a maximum number of files), each `factor` times as long.
    """
    from ruamel.yaml import YAML

    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 100_000  # keep long texts on one line, as in the source files
    if doel.exists():
        shutil.rmtree(doel)
    for pad in sorted(bron.rglob("*")):
        nieuw = doel / pad.relative_to(bron)
        if pad.is_dir():
            nieuw.mkdir(parents=True, exist_ok=True)
            continue
        nieuw.parent.mkdir(parents=True, exist_ok=True)
        if pad.suffix != ".yaml":
            shutil.copy2(pad, nieuw)
            continue
        data = yaml.load(pad.read_text(encoding="utf-8"))
        for waarde in data.values():
            if not isinstance(waarde, list):
                continue
            origineel = list(waarde)
            for k in range(2, factor + 1):
                for item in origineel:
                    kopie = copy.deepcopy(item)
                    _hernoem(kopie, f"-k{k:02d}")
                    if isinstance(kopie, dict) and isinstance(kopie.get("nummer"), str):
                        kopie["nummer"] = f"{k}.{kopie['nummer']}"
                    waarde.append(kopie)
        with nieuw.open("w", encoding="utf-8") as f:
            yaml.dump(data, f)


def maak_leeg(bron: Path, doel: Path) -> None:
    """Only catalogus.yaml: what a check costs before it reads any building block (start-up)."""
    if doel.exists():
        shutil.rmtree(doel)
    doel.mkdir(parents=True)
    shutil.copy2(bron / "catalogus.yaml", doel / "catalogus.yaml")


def maak_team(doel: Path, aantal: int = 1000) -> None:
    """Volunteer files with fictional names and scores for the competencies of tasks 1, 3 and 6."""
    eerste = doel / "vrijwilliger-0000.yaml"
    if doel.is_dir() and len(list(doel.glob("*.yaml"))) == aantal and "catalogus_versie" in eerste.read_text():
        return
    shutil.rmtree(doel, ignore_errors=True)
    doel.mkdir(parents=True)
    nummers = ["4.1", "4.2", "4.3", "4.4", "4.5", "4.6", "4.7", "4.8"]
    for i in range(aantal):
        scores = "\n".join(f'  "{n}": {1 + (i * 7 + j * 3) % 4}' for j, n in enumerate(nummers) if (i + j) % 5)
        (doel / f"vrijwilliger-{i:04d}.yaml").write_text(
            f"naam: Vrijwilliger {i:04d}\ntaken: alle\ndatum: 2026-10-01\ncatalogus_versie: \"1.0.0\"\n"
            f"competenties:\n{scores}\n",
            encoding="utf-8")


def maak_diff_repo(bron: Path, doel: Path) -> None:
    """A git repository with the catalogue at two revisions: one text and one activity changed."""
    shutil.rmtree(doel, ignore_errors=True)
    doel.mkdir(parents=True)
    shutil.copytree(bron, doel / "catalogus")
    git = ["git", "-C", str(doel), "-c", "user.name=bench", "-c", "user.email=bench@example.org"]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "-A"], check=True)
    subprocess.run([*git, "commit", "-qm", "een"], check=True)
    taken = doel / "catalogus" / "informeel" / "taken.yaml"
    tekst = taken.read_text(encoding="utf-8")
    tekst = tekst.replace("maakt gemakkelijk contact met uiteenlopende mensen",
                          "maakt gemakkelijk contact met heel uiteenlopende mensen", 1)
    taken.write_text(tekst, encoding="utf-8")
    subprocess.run([*git, "commit", "-qam", "twee"], check=True)


def leesbaarheid() -> None:
    """The readability of the default werving texts: every single task and `alle`."""
    from clientondersteuning.laden import laad_of_stop
    from clientondersteuning.organisatie import lees_organisatie
    from clientondersteuning.werving import leesbaarheid_overzicht

    print("\nLeesbaarheid van de wervingsteksten (doel: gemiddeld hoogstens 15 woorden per zin, "
          "Flesch-Douma minstens 65; met de voorbeeldorganisatie):")
    print(f"  {'selectie':<9} {'tekst':<9} {'woorden/zin':>11} {'lange woorden':>13} {'Flesch-Douma':>12}  oordeel")
    org = lees_organisatie(ROOT / "examples" / "organisatie.yaml")
    for selectie, soort, lb in leesbaarheid_overzicht(laad_of_stop(KLEIN), org):
        ok = lb.zinslengte <= 15 and lb.flesch_douma >= 65
        print(f"  {selectie:<9} {soort:<9} {lb.zinslengte:>11.1f} {lb.aandeel_lange_woorden:>12.0%} "
              f"{lb.flesch_douma:>12.0f}  {'OK' if ok else 'NIET GEHAALD'}")


def yaml_volume(map_: Path) -> int:
    return sum(p.stat().st_size for p in map_.rglob("*.yaml"))


# ---- measuring -----------------------------------------------------------------------------------


def _omgeving() -> dict[str, str]:
    omgeving = {**os.environ, "XDG_CACHE_HOME": str(CACHE)}
    omgeving.pop("COT_CACHE", None)  # cot's snapshots go to CACHE, which the rows empty as they say
    return omgeving


def meet(meting: Meting, omgeving: dict[str, str]) -> float:
    """CPU seconds (user + system) of one run of the row's command, children included."""
    assert meting.opdracht is not None
    if meting.zonder_cache:  # an empty cache of its own: the other rows keep their snapshots
        shutil.rmtree(LEGE_CACHE, ignore_errors=True)
        omgeving = {**omgeving, "XDG_CACHE_HOME": str(LEGE_CACHE)}
    voor = resource.getrusage(resource.RUSAGE_CHILDREN)
    klaar = subprocess.run(meting.opdracht, capture_output=True, text=True, cwd=ROOT, env=omgeving, check=False)
    na = resource.getrusage(resource.RUSAGE_CHILDREN)
    if klaar.returncode != meting.exitcode:
        raise SystemExit(f"{' '.join(meting.opdracht)[:120]}\n  gaf exitcode {klaar.returncode} "
                         f"(verwacht {meting.exitcode}):\n{(klaar.stdout + klaar.stderr)[-2000:]}")
    return (na.ru_utime - voor.ru_utime) + (na.ru_stime - voor.ru_stime)


def meet_alles(metingen: list[Meting], rondes: int) -> Resultaten:
    """Every row once per round, for `rondes` rounds after one warming round that is not counted."""
    r = Resultaten()
    omgeving = _omgeving()
    for ronde in range(rondes + 1):
        print(f"  ronde {ronde}/{rondes}{' (opwarmen)' if ronde == 0 else ''}", flush=True)
        for meting in metingen:
            if meting.opdracht is None:
                continue
            tijd = meet(meting, omgeving)
            if ronde:
                r.rondes.setdefault(meting.naam, []).append(tijd)
    return r


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Snelheidsmetingen voor cot.")
    parser.add_argument("-n", type=int, default=N, help=f"aantal rondes (standaard {N})")
    parser.add_argument("--streng", action="store_true", help="exitcode 1 als een doel niet gehaald is")
    args = parser.parse_args(argv)

    # An installed wheel has its bytecode compiled by pip; the editable install in .venv reads
    # src/ and, with PYTHONDONTWRITEBYTECODE set (as on these machines), would compile every module
    # on every run. Compile once so the bench measures cot as a user runs it.
    compileall.compile_dir(ROOT / "src", quiet=1)
    print(f"Catalogi maken in {TMP.relative_to(ROOT)}/ (groot: {FACTOR}x) ...", flush=True)
    maak_groot(KLEIN, GROOT)
    maak_leeg(KLEIN, LEEG)
    maak_team(TEAM)
    maak_team(TEAM_GROOT, 5_000)
    maak_team(TEAM_GROOTST, 10_000)  # the most files team reads in one folder (MAX_BESTANDEN_TEAM)
    maak_diff_repo(KLEIN, DIFF_REPO)
    UIT.mkdir(parents=True, exist_ok=True)
    subprocess.run(_profiel(PROFIEL_MD.name), cwd=ROOT, env=_omgeving(), check=True, capture_output=True)
    print(f"{args.n} rondes, elke meting eenmaal per ronde (subprocess, CPU-tijd user + system), "
          f"python {sys.version.split()[0]}; pandoc: {PANDOC or 'niet geïnstalleerd'}", flush=True)
    r = meet_alles(METINGEN, args.n)
    breedte = max(len(m.naam) for m in METINGEN)
    print(f"\n{'meting':<{breedte}}  {'CPU-mediaan':>11}  {'doel':<45}  oordeel")
    print("-" * (breedte + 73))
    gehaald = True
    for meting in METINGEN:
        if meting.volume is not None:
            r.volumes[meting.naam] = yaml_volume(meting.volume)
        tijd = f"{r.tijden[meting.naam]:10.3f}s" if meting.opdracht is not None else ""
        regels = [("", "", "")] if not meting.doelen else []
        for doel in meting.doelen:
            ok, detail = doel.beoordeel(meting.naam, r)
            gehaald = gehaald and ok
            regels.append((doel.tekst, "OK" if ok else "NIET GEHAALD", f"  ({detail})" if detail else ""))
        for i, (doel, oordeel, detail) in enumerate(regels):
            naam, kolom = (meting.naam, tijd) if i == 0 else ("", "")
            print(f"{naam:<{breedte}}  {kolom:>11}  {doel:<45}  {oordeel}{detail}", flush=True)
    klein, groot = r.volumes["cot catalogus check (nieuw)"], r.volumes[GROOT_CHECK]
    print(f"\nYAML-volume: catalogus {klein / 1024:.0f} KB, {FACTOR}x-catalogus {groot / 1024:.0f} KB "
          f"({groot / klein:.1f}x; catalogus.yaml en de kopregels worden niet vermenigvuldigd).")
    leesbaarheid()
    print("Alle doelen gehaald." if gehaald else "Niet alle doelen gehaald.")
    return 1 if args.streng and not gehaald else 0


if __name__ == "__main__":
    sys.exit(main())
