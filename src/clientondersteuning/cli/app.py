"""The `cot` command: the root app, global options and the one place where errors become exit codes.

Exit codes: 0 fine, 1 invalid input or the check found something, 2 usage error,
3 internal error (traceback only with COT_DEBUG=1).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated

import typer
from typer.core import TyperGroup

from ..fouten import CotFout, GebruiksFout, KeuzeFout
from . import nederlands, waarden
from .context import Instellingen
from .groepen import GROEPEN
from .lui import Later, LuiGroep, lui_gebouwd
from .opties import KEUZE_OPTIES
from .site import site as site_opdracht

app = typer.Typer(
    name="cot",
    help=("cot: de gereedschapskist voor onafhankelijke cliëntondersteuning. Bouwstenen uit de profielen "
          "van Movisie (2017) en BCMB, voor functieprofielen, werving en scholing."),
    add_completion=False,
    pretty_exceptions_enable=False,
    **nederlands.TYPER_OPTIES,
)
app.command("site")(site_opdracht)
_VOLLEDIG: list[bool] = []  # the groups are registered on `app` (once) when someone walks them all


def volledige_app() -> typer.Typer:
    """`app` with every group registered, for tools and tests that walk all commands and options."""
    if not _VOLLEDIG:
        for naam in GROEPEN:
            app.add_typer(_groep_app(naam), name=naam)
        _VOLLEDIG.append(True)
    return app


def _groep_app(naam: str) -> typer.Typer:
    from importlib import import_module

    return import_module(f"{__package__}.{GROEPEN[naam].module}").app


_ARGUMENTEN: list[str] = []  # this run's arguments, for the eager --version


def _catalogus_uit_argumenten(argumenten: list[str]) -> Path | None:
    """--catalogus from the raw arguments: --version is eager and may come before it."""
    for i, argument in enumerate(argumenten):
        if argument == "--catalogus" and i + 1 < len(argumenten):
            return Path(argumenten[i + 1])
        if argument.startswith("--catalogus="):
            return Path(argument.split("=", 1)[1])
    return None


def _versie(waarde: bool) -> None:
    if not waarde:
        return
    from importlib.metadata import PackageNotFoundError, version

    from ..paden import gekozen_catalogus
    try:
        pakket = version("clientondersteuning")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree
        pakket = "onbekend"
    catalogus = "onbekend"
    try:
        from ..yamlbestand import lees_yaml

        gekozen = gekozen_catalogus(_catalogus_uit_argumenten(_ARGUMENTEN))
        meta = lees_yaml(gekozen / "catalogus.yaml").data
        catalogus = str(meta.get("versie", "onbekend"))
    except (CotFout, AttributeError):
        pass
    typer.echo(f"cot {pakket} (catalogus {catalogus})")
    raise typer.Exit()


@app.callback()
def hoofd(
    ctx: typer.Context,
    catalogus: Annotated[Path | None, typer.Option(
        "--catalogus", metavar="PAD",
        help="Map met een eigen catalogus (bijvoorbeeld de fork van je organisatie). "
             "Standaard: $COT_CATALOGUS of de ingebouwde catalogus.")] = None,
    versie: Annotated[bool, typer.Option(
        "--version", callback=_versie, is_eager=True, help="Toon de versie van cot en van de catalogus.")] = False,
) -> None:
    ctx.obj = Instellingen(catalogus=catalogus)


def run(argv: list[str] | None = None) -> int:
    """Run cot and return the exit code; every error ends here as a Dutch message."""
    from typer import Abort

    try:
        from typer._click.exceptions import ClickException, UsageError
    except ImportError:  # pragma: no cover - Typer versions that use click itself
        from click.exceptions import ClickException, UsageError

    from ..bestanden import vergeet_invoer
    from .uitvoer import info, meld

    nederlands.installeer()
    waarden.installeer()
    vergeet_invoer()  # "never onto an input file" is about this run's inputs
    # cot uses no Pydantic plugins; without this Pydantic scans every installed package's
    # entry points when the first model is built.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    try:
        argumenten = list(sys.argv[1:] if argv is None else argv)
        _ARGUMENTEN[:] = argumenten
        resultaat = _opdracht().main(args=argumenten, prog_name="cot", standalone_mode=False)
        return resultaat if isinstance(resultaat, int) else 0
    except UsageError as fout:
        if type(fout).__name__ == "NoArgsIsHelpError":  # `cot` alone: the help is the answer
            typer.echo(fout.format_message())
            return 0
        opdracht = fout.ctx.command_path if fout.ctx else "cot"
        info(f"{opdracht}: fout: {nederlands.gebruiksfout(fout)}")
        info(f"Zie '{opdracht} --help' voor hulp.")
        return 2
    except ClickException as fout:
        info(f"cot: fout: {fout.format_message()}")
        return 1
    except CotFout as fout:
        meld(fout.meldingen)
        return fout.exit_code
    except KeuzeFout as fout:  # a choice given on the command line: name the option it came from
        optie = KEUZE_OPTIES.get(fout.veld)
        meld(GebruiksFout(f"{optie}: {fout.tekst}" if optie else fout.tekst).meldingen)
        return 2
    except (Abort, KeyboardInterrupt, EOFError):
        info("Afgebroken.")
        return 130
    except BrokenPipeError:
        return 0
    except Exception:
        if os.environ.get("COT_DEBUG") == "1":
            raise
        info("cot: interne fout. Dit is een fout in cot, niet in je invoer. Draai de opdracht opnieuw met "
             "COT_DEBUG=1 voor details en meld het met die uitvoer bij de beheerders van cot.")
        return 3


def _opdracht() -> LuiGroep:
    """The root command with only its own options built; each group and command when used."""
    def groep(naam: str) -> Later:
        return Later(bouw=lambda: lui_gebouwd(_groep_app(naam), naam),
                     schets=lambda: TyperGroup(name=naam, help=GROEPEN[naam].help))

    return lui_gebouwd(app, "cot", {naam: groep(naam) for naam in GROEPEN})


def main() -> None:
    sys.exit(run())
