"""cli/lui: groups built when used give the same help and errors as the whole app built at once."""

from __future__ import annotations

import pytest
import typer.main

from clientondersteuning.cli import app as cli_app
from clientondersteuning.cli.groepen import GROEPEN
from helpers import run_line


@pytest.mark.parametrize("pad", [[], *([naam] for naam in GROEPEN), ["catalogus", "check"], ["profiel", "bouw"],
                                 ["scholing", "team"], ["werving", "vacature"], ["site"], ["catalogus", "xyz"]])
def test_hulp_en_fouten_gelijk_aan_de_volledig_gebouwde_app(pad: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    lui = run_line([*pad, "--help"])
    monkeypatch.setattr(cli_app, "_opdracht", lambda: typer.main.get_command(cli_app.volledige_app()))
    volledig = run_line([*pad, "--help"])
    assert (lui.exit_code, lui.stdout, lui.stderr) == (volledig.exit_code, volledig.stdout, volledig.stderr)
    assert "Opties" in lui.stdout or "Onbekende opdracht" in lui.stderr


def test_een_tikfout_krijgt_een_nederlandse_suggestie_uit_alle_opdrachten() -> None:
    r = run_line(["catalogus", "chek"])
    assert r.exit_code == 2
    assert "Onbekende opdracht 'chek' (bedoelde je 'check' of 'schema'?)" in r.stderr
    assert "Did you mean" not in r.stderr
    assert "(bedoelde je 'scholing'?)" in run_line(["sholing"]).stderr
