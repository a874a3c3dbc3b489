"""Typer's conversion of command-line values, without Pydantic for the types cot uses.

Typer 0.29 converts every parameter through a Pydantic TypeAdapter, built on first use: any
command that takes an option imported Pydantic (50-70 ms) and built a schema per parameter,
also when the command itself needs no model (help, a profile from the snapshot). cot's
parameters are str, bool, Path, a Literal choice or a list of those: for these the value is
converted here with Typer's own helpers. Anything else, and every value these helpers reject,
goes to Typer's own converter, so error messages stay Typer's (translated in nederlands).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, get_args, get_origin

_ONWAAR = {"", "0", "false", "f", "no", "n", "off"}
_WAAR = {"1", "true", "t", "yes", "y", "on"}


class _NietHier(Exception):
    """This value is for Typer's own converter (an unusual type or an invalid value)."""


def _leaf(annotation: Any) -> Any | None:
    """A converter for one value of this annotation, or None if Typer should do it."""
    if annotation is str:
        def als_tekst(waarde: Any, info: Any, ctx: Any, param: Any) -> Any:
            if isinstance(waarde, bytes):  # Typer decodes bytes with the argv encoding; rare
                raise _NietHier
            return str(waarde)
        return als_tekst
    if annotation is bool:
        def als_waarheid(waarde: Any, info: Any, ctx: Any, param: Any) -> Any:
            if isinstance(waarde, bool):
                return waarde
            tekst = str(waarde).strip().lower()
            if tekst in _WAAR or tekst in _ONWAAR:
                return tekst in _WAAR
            raise _NietHier
        return als_waarheid
    if annotation is Path:
        from typer._param_types import coerce_cli_path

        def als_pad(waarde: Any, info: Any, ctx: Any, param: Any) -> Any:
            if isinstance(waarde, bytes) or waarde == "":
                raise _NietHier
            pad = waarde if isinstance(waarde, Path) else Path(waarde)
            return coerce_cli_path(pad, info, path_type=info.path_type or Path, param=param, ctx=ctx)
        return als_pad
    if get_origin(annotation) is Literal and all(isinstance(k, str) for k in get_args(annotation)):
        from typer._param_types import coerce_cli_choice

        keuzes = list(get_args(annotation))

        def als_keuze(waarde: Any, info: Any, ctx: Any, param: Any) -> Any:
            try:
                return coerce_cli_choice(waarde, choices=keuzes, case_sensitive=info.case_sensitive, ctx=ctx)
            except ValueError:
                raise _NietHier from None
        return als_keuze
    return None


def _converter(annotation: Any) -> Any | None:
    if get_origin(annotation) is list:
        (element,) = get_args(annotation) or (None,)
        leaf = _leaf(element)
        if leaf is None:
            return None

        def als_lijst(waarde: Any, info: Any, ctx: Any, param: Any) -> Any:
            waarden = waarde if isinstance(waarde, (list, tuple)) else [waarde]
            return [leaf(w, info, ctx, param) for w in waarden]
        return als_lijst
    return _leaf(annotation)


def installeer() -> None:
    """Give Typer's parameters this converter where it applies. Harmless if Typer's internals change."""
    try:
        from typer import core
        from typer._coercion import RuntimeParam, build_runtime_param
    except ImportError:  # pragma: no cover - another Typer: its own conversion stays
        return
    if getattr(core._TyperParameter.get_runtime_param, "_cot", False):
        return

    @dataclass(frozen=True)
    class Omzetter(RuntimeParam):
        """One parameter's conversion; Typer's own (with Pydantic) only for what is not ours."""

        descriptor: Any = None
        omzetten: Any = None

        def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
            try:
                return self.omzetten(value, self.parameter_info, ctx, param)
            except _NietHier:
                return build_runtime_param(self.descriptor)._coerce_value(value, param=param, ctx=ctx)

    def get_runtime_param(self: Any) -> Any:
        if self._runtime_param is None:
            descriptor = self.type_descriptor
            omzetten = None
            info = descriptor.parameter_info
            if descriptor.file_annotation is None and getattr(info, "parser", None) is None:
                omzetten = _converter(descriptor.annotation)
            self._runtime_param = (
                build_runtime_param(descriptor) if omzetten is None else
                Omzetter(parameter_info=info, annotation=descriptor.annotation, descriptor=descriptor,
                         omzetten=omzetten))
        return self._runtime_param

    get_runtime_param._cot = True  # type: ignore[attr-defined]
    core._TyperParameter.get_runtime_param = get_runtime_param  # type: ignore[method-assign]
