"""cli/waarden: command-line values converted without Pydantic, with Typer's errors for bad ones."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from helpers import run_line

ZONDER_PYDANTIC = """
import sys
from clientondersteuning.cli.app import run
code = run({argumenten!r})
geladen = sorted(m for m in sys.modules if m.split('.')[0] == 'pydantic')
print(code, 'pydantic' if geladen else 'zonder')
"""


def _draai_apart(argumenten: list[str], map_: Path) -> str:
    """Run cot in a fresh interpreter: the test process itself has Pydantic loaded long ago."""
    klaar = subprocess.run([sys.executable, "-c", ZONDER_PYDANTIC.format(argumenten=argumenten)],
                           capture_output=True, text=True, cwd=map_, check=True)
    return klaar.stdout.strip().splitlines()[-1]


def test_help_van_een_opdracht_laadt_geen_pydantic(tmp_path: Path) -> None:
    # Before: the group's --catalogus option went through a TypeAdapter, which imported Pydantic.
    assert _draai_apart(["profiel", "--help"], tmp_path) == "0 zonder"
    assert _draai_apart(["--catalogus", str(tmp_path), "scholing", "team", "--help"], tmp_path) == "0 zonder"


def test_opties_worden_omgezet_zoals_typer_ze_omzet() -> None:
    from typer._coercion import build_runtime_param, resolve_type_descriptor
    from typer.models import ArgumentInfo, OptionInfo

    from clientondersteuning.cli.waarden import _converter

    gevallen = [(str, OptionInfo(), "tekst"), (str, OptionInfo(), "  spaties "), (Path, OptionInfo(), "a/b.yaml"),
                (Path, ArgumentInfo(), "."), (bool, OptionInfo(), "yes"), (bool, OptionInfo(), " off "),
                (list[str], OptionInfo(), ("a", "b")), (list[Path], ArgumentInfo(), ("x.yaml", "y.yaml"))]
    for annotatie, info, waarde in gevallen:
        typer_zelf = build_runtime_param(resolve_type_descriptor(annotatie, info))._coerce_value(waarde, None, None)
        assert _converter(annotatie)(waarde, info, None, None) == typer_zelf, (annotatie, waarde)
        assert type(_converter(annotatie)(waarde, info, None, None)) is type(typer_zelf)


def test_een_ongeldige_keuze_geeft_de_nederlandse_melding() -> None:
    uitslag = run_line(["catalogus", "toon", "taken", "--rol", "professioneel"])
    assert uitslag.exit_code == 2
    assert "'professioneel'" in uitslag.output and "informeel" in uitslag.output
    assert "Traceback" not in uitslag.output
