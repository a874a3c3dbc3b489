"""The Dutch help depends on Typer internals: fail loudly when a Typer version moves them."""

from __future__ import annotations

from clientondersteuning.cli import nederlands


def test_typer_krijgt_de_nederlandse_woorden() -> None:
    import typer.core
    from typer._click import formatting

    nederlands.installeer()
    assert typer.core._("Options") == "Opties"  # type: ignore[attr-defined]
    assert typer.core._("[default: {}]") == "[standaard: {}]"  # type: ignore[attr-defined]
    assert getattr(formatting.HelpFormatter.write_usage, "_cot", False)
