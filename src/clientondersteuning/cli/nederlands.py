"""Dutch for the parts of the command line that Typer writes itself.

Typer vendors click with English f-strings, so usage errors are translated from the
exception's attributes, and the help screen's fixed words are replaced in place.
"""

from __future__ import annotations

import re
from typing import Any

_WOORDEN = {
    "Arguments": "Argumenten",
    "Options": "Opties",
    "Commands": "Opdrachten",
    "Error": "Fout",
    "Aborted!": "Afgebroken.",
    "Aborted.": "Afgebroken.",
    "Missing command.": "Geef een opdracht op.",
    "No such command {name!r}.": "Onbekende opdracht {name!r}.",
    "Try [blue]'{command_path} {help_option}'[/] for help.": "Zie '{command_path} {help_option}' voor hulp.",
    "[default: {}]": "[standaard: {}]",
    "default: {default}": "standaard: {default}",
    "[env var: {}]": "[omgevingsvariabele: {}]",
    "env var: {var}": "omgevingsvariabele: {var}",
    "[required]": "[verplicht]",
    "required": "verplicht",
    "(deprecated) ": "(verouderd) ",
    "(dynamic)": "(dynamisch)",
}


def _vertaal(tekst: str) -> str:
    return _WOORDEN.get(tekst, tekst)


def installeer() -> None:
    """Put the Dutch words into Typer's help output. Harmless if Typer's internals change."""
    try:
        import sys

        import typer.core as tcore
        from typer._click import decorators

        tcore._ = _vertaal  # type: ignore[attr-defined]
        # Arguments: the metavar says it all ('WAT', not 'WAT <str>'), and a required one is
        # written plainly in the usage line ('toon WAT', not 'toon {WAT}').
        tcore.TyperArgument.display_type_rich = lambda self, ctx: None  # type: ignore[method-assign]
        tcore.TyperArgument._usage_display_name = lambda self: (  # type: ignore[method-assign]
            (self.display_name_raw if self.required else f"[{self.display_name_raw}]")
            + ("..." if self.nargs != 1 else ""))
        # cot uses plain help (rich_markup_mode=None), so typer.rich_utils (140 ms of imports)
        # is left alone unless something else already loaded it.
        ru = sys.modules.get("typer.rich_utils")
        if ru is not None:
            ru._ = _vertaal  # type: ignore[attr-defined]
            ru.ARGUMENTS_PANEL_TITLE = "Argumenten"
            ru.OPTIONS_PANEL_TITLE = "Opties"
            ru.COMMANDS_PANEL_TITLE = "Opdrachten"
            ru.ERRORS_PANEL_TITLE = "Fout"
        from typer._click import formatting

        schrijf_gebruik = formatting.HelpFormatter.write_usage
        if not getattr(schrijf_gebruik, "_cot", False):
            def write_usage(self: Any, prog: str, args: str = "", prefix: str | None = None) -> None:
                schrijf_gebruik(self, prog, args, "Gebruik: " if prefix is None else prefix)

            write_usage._cot = True  # type: ignore[attr-defined]
            formatting.HelpFormatter.write_usage = write_usage  # type: ignore[method-assign]
        origineel = decorators.help_option
        if not getattr(origineel, "_cot", False):
            def help_option(param_decls: list[str]) -> Any:
                decorator = origineel(param_decls)

                def toepassen(opdracht: Any) -> Any:
                    opdracht = decorator(opdracht)
                    opdracht.params[-1].help = "Toon deze hulp en stop."
                    return opdracht

                return toepassen

            help_option._cot = True  # type: ignore[attr-defined]
            decorators.help_option = help_option
    except (ImportError, AttributeError):  # pragma: no cover - another Typer version
        pass


_PATRONEN = [
    (re.compile(r"^Got unexpected extra arguments? \((.*)\)$"), "onverwacht extra argument: {0}"),
    (re.compile(r"^Option '?(.+?)'? requires an argument\.$"), "optie {0} heeft een waarde nodig"),
    (re.compile(r"^Option '?(.+?)'? requires (\d+) arguments\.$"), "optie {0} heeft {1} waarden nodig"),
    (re.compile(r"^Option '?(.+?)'? does not take a value\.$"), "optie {0} neemt geen waarde"),
    (re.compile(r"^'(.*)' is not a valid integer.*$"), "'{0}' is geen geheel getal"),
    (re.compile(r"^'(.*)' is not one of (.*)\.$"), "'{0}' is geen geldige keuze; kies uit {1}"),
    (re.compile(r"^No such command '(.*)'\.$"), "onbekende opdracht '{0}'"),
    (re.compile(r"^Missing command\.$"), "geef een opdracht op"),
]


_GEEN_KEUZE = re.compile(r"^(?:Value error, )?'(.*)' is not one of (.*?)\.?$")


def gebruiksfout(fout: Any) -> str:
    """A click UsageError as one Dutch sentence."""
    naam = type(fout).__name__
    if naam == "NoSuchOption":
        tekst = f"onbekende optie: {fout.option_name}"
        if getattr(fout, "possibilities", None):
            tekst += f" (bedoelde je {', '.join(sorted(fout.possibilities))}?)"
        return tekst
    if naam == "MissingParameter":
        param = fout.param
        if param is not None:
            if param.param_type_name == "option":
                hint = " / ".join(param.opts)
            else:
                hint = getattr(param, "metavar", None) or (param.name or "").upper()
            soort = "optie" if param.param_type_name == "option" else "argument"
            return f"{soort} {hint} ontbreekt"
        return "er ontbreekt een argument"
    bericht = str(getattr(fout, "message", fout))
    for patroon, sjabloon in _PATRONEN:
        gevonden = patroon.match(bericht)
        if gevonden:
            bericht = sjabloon.format(*gevonden.groups())
            break
    if naam == "BadParameter":
        param = getattr(fout, "param", None)
        hint = fout.param_hint or (" / ".join(param.opts) if param is not None else "")
        keuze = _GEEN_KEUZE.match(str(getattr(fout, "message", "")))
        if keuze:  # a Literal choice (--rol): the same sentence as cot's own choice errors
            keuzes = ", ".join(k.strip().strip("'") for k in keuze.group(2).split(","))
            optie = param.opts[-1] if param is not None else hint
            return f"{optie} '{keuze.group(1)}' bestaat niet; kies uit: {keuzes}"
        return f"ongeldige waarde voor {hint}: {bericht}" if hint else f"ongeldige waarde: {bericht}"
    return bericht


def suggestie(bericht: str, tikfout: str, namen: list[str]) -> str:
    """'Onbekende opdracht 'chek'' with the names it may have meant: "(bedoelde je 'check' of 'schema'?)"."""
    from difflib import get_close_matches

    bijna = [f"'{naam}'" for naam in get_close_matches(tikfout, namen)]
    if not bijna:
        return bericht
    keuze = bijna[0] if len(bijna) == 1 else ", ".join(bijna[:-1]) + f" of {bijna[-1]}"
    return f"{bericht.rstrip('.')} (bedoelde je {keuze}?)"


# Metavars in the usage line, passed to every Typer app.
TYPER_OPTIES = {"options_metavar": "[OPTIES]", "subcommand_metavar": "OPDRACHT [ARGUMENTEN]...",
                "no_args_is_help": True, "rich_markup_mode": None}
