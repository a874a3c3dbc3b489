"""The scenario of issue 13 in a temporary git repository, shared by the version tests.

Catalogue 1.0.0 is committed; a volunteer file and a profile are made with it. Then 2.0.0
removes task 2 (inf-vraag) and behaviour indicator 4.3.2 (inf-alert-betrokkenen), renumbers
what follows, and leaves tombstones with the given successors: none (a renumbering), one
(a replacement) or two (a split).
"""

from __future__ import annotations

import io
import re
from pathlib import Path

from ruamel.yaml import YAML

from helpers import git, kopieer_catalogus, run_line

VRIJWILLIGER = """\
# Zelfevaluatie van Fien (fictief)
naam: Fien Fictief
taken: [1, 2, 3]
catalogus_versie: "1.0.0"
competenties:
  "4.1": 3
  "4.3":
    score: 2
    toelichting: Vindt het moeilijk om zorgelijke signalen te delen.
    indicatoren: {1: 3, 2: 2, 4: 1}   # 4: zorgelijke signalen delen
"""


def _rt() -> YAML:
    yaml = YAML()
    yaml.width = 4096
    yaml.preserve_quotes = True
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def bewerk(pad: Path, wijzig) -> None:
    """Change a YAML file through ruamel's round trip (comments and quotes stay)."""
    yaml = _rt()
    data = yaml.load(pad.read_text(encoding="utf-8"))
    wijzig(data)
    uit = io.StringIO()
    yaml.dump(data, uit)
    pad.write_text(uit.getvalue(), encoding="utf-8")


def _hernummer(lijst) -> None:
    for i, item in enumerate(lijst, start=1):
        item["nummer"] = type(item["nummer"])(str(i))


def zet_versie(map_: Path, versie: str) -> None:
    """Set the catalogue's version (and give the CHANGELOG a heading for it)."""
    pad = map_ / "catalogus.yaml"
    pad.write_text(re.sub(r'(?m)^versie: .*$', f'versie: "{versie}"', pad.read_text(encoding="utf-8")),
                   encoding="utf-8")
    changelog = map_ / "CHANGELOG.md"
    if changelog.is_file() and f"## {versie}" not in changelog.read_text(encoding="utf-8"):
        with changelog.open("a", encoding="utf-8") as f:
            f.write(f"\n## {versie}\n\nStartpunt van de test.\n")


def opzet(root: Path) -> Path:
    """The repository with catalogue 1.0.0, a volunteer file v.yaml and a profile p.yaml (tasks 1, 2, 3, 6)."""
    git(root, "init", "-q", "-b", "main")
    map_ = kopieer_catalogus(root)
    zet_versie(map_, "1.0.0")  # the scenario's starting point, whatever the embedded catalogue is at now
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "catalogus 1.0.0")
    r = run_line(["--catalogus", str(map_), "profiel", "bouw", "--taken", "1,2,3,6", "--naam", "Ouderenadviseur",
                  "--bewaar", str(root / "p.yaml")])
    assert r.exit_code == 0, r
    profiel = root / "p.yaml"
    profiel.write_text(profiel.read_text(encoding="utf-8").replace(
        "rol: informeel\n", 'rol: informeel\nnormen: {"4.3": 4}  # alert zijn weegt zwaar bij ons\n'),
        encoding="utf-8")
    (root / "v.yaml").write_text(VRIJWILLIGER, encoding="utf-8")
    return map_


def versie_2(map_: Path, taak_door: list[str], indicator_door: list[str], grafstenen: bool = True) -> None:
    """Catalogue 2.0.0: task 2 and indicator 4.3.2 removed, the rest renumbered, tombstones left
    (unless grafstenen is False)."""
    def taken(data) -> None:
        del data["taken"][1]
        _hernummer(data["taken"])

    def competenties(data) -> None:
        alert = next(c for c in data["competenties"] if c["id"] == "inf-alert")
        del alert["gedragsindicatoren"][1]
        _hernummer(alert["gedragsindicatoren"])

    def zonder_taak(lijst_naam: str, veld: str):
        def wijzig(data) -> None:
            data[lijst_naam] = [x for x in data[lijst_naam] if x[veld] != "inf-vraag"]
            if lijst_naam == "koppelingen":  # 4.2 was needed by task 2 only; now by task 3
                informatie = next(k for k in data["koppelingen"] if k["taak"] == "inf-informatie")
                informatie["competenties"].append({"id": "inf-leefgebieden", "reden": "Kent de leefgebieden."})
        return wijzig

    bewerk(map_ / "informeel/taken.yaml", taken)
    bewerk(map_ / "informeel/competenties.yaml", competenties)
    bewerk(map_ / "informeel/koppelingen.yaml", zonder_taak("koppelingen", "taak"))
    bewerk(map_ / "informeel/eenvoudig.yaml", zonder_taak("teksten", "id"))
    lijst = lambda ids: "[" + ", ".join(ids) + "]"  # noqa: E731
    (map_ / "CHANGELOG.md").write_text("# Wijzigingen\n\n## 2.0.0\n\nTaak 2 en 4.3.2 vervallen.\n\n## 1.0.0\n",
                                       encoding="utf-8")
    if grafstenen:
        (map_ / "vervallen.yaml").write_text(
            (map_ / "vervallen.yaml").read_text(encoding="utf-8").replace("vervallen: []", f"""vervallen:
  - id: inf-vraag
    vervallen_in: "2.0.0"
    nummer: "2"
    vervangen_door: {lijst(taak_door)}
  - id: inf-alert-betrokkenen
    vervallen_in: "2.0.0"
    ouder: inf-alert
    nummer: "2"
    vervangen_door: {lijst(indicator_door)}
"""), encoding="utf-8")
    meta = map_ / "catalogus.yaml"
    meta.write_text(meta.read_text(encoding="utf-8").replace('"1.0.0"', '"2.0.0"'), encoding="utf-8")
    git(map_.parent, "add", "-A")
    git(map_.parent, "commit", "-q", "-m", "catalogus 2.0.0")
