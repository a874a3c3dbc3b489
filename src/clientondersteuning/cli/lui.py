"""Typer groups whose commands are built when used: a run builds one command, not twenty.

Typer turns every command's parameters into click parameters before a run starts (12-14 ms for
cot's twenty commands, evaluating each annotation), while a run uses one command and a help
screen only the one-line descriptions. A LuiGroep keeps, per name, how to build the command
(`Later`) and builds it on first use; its help lists a light stand-in with the same description.
Built in full (typer.main.get_command(volledige_app()), as the tests do) nothing is left for
later and a LuiGroep is a plain TyperGroup.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import typer
from typer.core import TyperCommand, TyperGroup

from .nederlands import TYPER_OPTIES, suggestie

# Typer's settings for building (the same for every group of cot).
INSTELLINGEN = {"pretty_exceptions_short": True, "rich_markup_mode": TYPER_OPTIES["rich_markup_mode"]}


class Later:
    """A command not built yet: how to build it, and the stand-in its group's help lists."""

    __slots__ = ("bouw", "schets")

    def __init__(self, bouw: Callable[[], Any], schets: Callable[[], Any]) -> None:
        self.bouw = bouw
        self.schets = schets


class LuiGroep(TyperGroup):
    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.later: dict[str, Later] = {}
        self.volgorde: list[str] = []  # every name, built or not, in the order they were registered
        self._alleen_beschrijving = False

    def list_commands(self, ctx: Any) -> list[str]:
        if not self.later:
            return super().list_commands(ctx)
        return [naam for naam in self.volgorde if naam in self.commands or naam in self.later]

    def get_command(self, ctx: Any, naam: str) -> Any:
        wacht = self.later.get(naam)
        if wacht is not None:
            if self._alleen_beschrijving:  # a help screen lists it: its description is enough
                return wacht.schets()
            del self.later[naam]
            self.commands[naam] = wacht.bouw()
        return super().get_command(ctx, naam)

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        # Typer suggests from the commands built so far, in English: here from all, in Dutch.
        from typer._click.exceptions import UsageError

        try:
            return self._click_resolve_command(ctx, args)
        except UsageError as fout:
            if self.suggest_commands and args:
                fout.message = suggestie(fout.message, args[0], self.volgorde or list(self.commands))
            raise

    def format_commands(self, ctx: Any, formatter: Any) -> None:
        self._alleen_beschrijving = True
        try:
            super().format_commands(ctx, formatter)
        finally:
            self._alleen_beschrijving = False


def lui_gebouwd(app: typer.Typer, naam: str | None = None,
                groepen: dict[str, Later] | None = None) -> LuiGroep:
    """The group of a Typer app with only its own options built; its commands (and the groups
    given) follow when used. Typer builds the group itself with LuiGroep as its class."""
    from typer.main import TyperInfo, get_command_name, get_group_from_info

    kaal = copy.copy(app)
    kaal.registered_commands = []
    kaal.registered_groups = []
    groep = get_group_from_info(TyperInfo(kaal, name=naam, cls=LuiGroep), suggest_commands=app.suggest_commands,
                                **INSTELLINGEN)
    assert isinstance(groep, LuiGroep)
    for info in app.registered_commands:
        opdracht = info.name or get_command_name(info.callback.__name__)
        groep.later[opdracht] = Later(bouw=_bouwer(info), schets=_schetser(opdracht, info))
        groep.volgorde.append(opdracht)
    for groepnaam, wacht in (groepen or {}).items():
        groep.later[groepnaam] = wacht
        groep.volgorde.append(groepnaam)
    return groep


def _bouwer(info: Any) -> Callable[[], Any]:
    def bouw() -> Any:
        from typer.main import get_command_from_info

        return get_command_from_info(info, **INSTELLINGEN)
    return bouw


def _schetser(naam: str, info: Any) -> Callable[[], Any]:
    def schets() -> Any:
        import inspect

        # As typer.main.get_command_from_info takes the help: the given text, else the docstring.
        hulp = inspect.getdoc(info.callback) if info.help is None else inspect.cleandoc(info.help)
        return TyperCommand(name=naam, help=hulp, short_help=info.short_help, hidden=info.hidden,
                            deprecated=info.deprecated)
    return schets
