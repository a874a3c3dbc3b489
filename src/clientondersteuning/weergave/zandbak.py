"""The Jinja sandbox for templates, with resource limits and Dutch messages.

jinja2's SandboxedEnvironment blocks attribute tricks but lets a template allocate as much
as it likes: 'a' * 10**9, '%0999999999d' % 1, 'a'.ljust(10**9), doubling a list. Here every
operator, method and filter that can build a string or list checks the size of what it
would build *before* building it, so the cap holds for every value, not only the output.
jinja2 is imported only when a template is rendered (`cot --help` stays fast).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

MAX_TEKENS = 20 * 1024 * 1024  # characters in any one string a template builds (and in the output)
MAX_ITEMS = 1_000_000  # items in any one list a template builds
MAX_GETAL_ARGUMENT = 100_000  # width or count passed to a filter or string method
MAX_MACHT = 10_000  # largest left side of ** (a guard against 10**10**10)
MAX_SECONDEN = 4  # running time of one template
MAX_SJABLOON = 1024 * 1024  # bytes of a template file


class SjabloonFout(Exception):
    """A problem in a template, with its line (0: unknown)."""

    def __init__(self, tekst: str, regel: int = 0) -> None:
        super().__init__(tekst)
        self.tekst = tekst
        self.regel = regel


def _te_groot(wat: str) -> SjabloonFout:
    return SjabloonFout(f"het sjabloon maakt {wat} te groot (de afgeschermde omgeving staat maximaal "
                        f"{MAX_TEKENS // 1024 // 1024} miljoen tekens en {MAX_ITEMS:,} items toe)".replace(",", "."))


def _lengte(waarde: Any) -> int | None:
    return len(waarde) if isinstance(waarde, (str, list, tuple)) else None


def controleer_grootte(waarde: Any) -> Any:
    """waarde itself, or SjabloonFout if it is a string or list over the caps."""
    if isinstance(waarde, str) and len(waarde) > MAX_TEKENS:
        raise _te_groot("een tekst")
    if isinstance(waarde, (list, tuple, dict, set)) and len(waarde) > MAX_ITEMS:
        raise _te_groot("een lijst")
    return waarde


def _reken_grootte(soort: Any, aantal: int) -> None:
    grens = MAX_TEKENS if isinstance(soort, str) else MAX_ITEMS
    if aantal > grens:
        raise _te_groot("een tekst" if isinstance(soort, str) else "een lijst")


_PROCENT = re.compile(r"%(?:\([^)]*\))?[-#0 +]*(\*|\d+)?(?:\.(\*|\d+))?")
_GETALLEN = re.compile(r"\d+")


def _controleer_opmaak(opmaak: str) -> None:
    """'%0999999999d', '%*d', '{:999999999}': a width or precision that would build a huge string."""
    for gevonden in _PROCENT.finditer(opmaak):
        for deel in gevonden.groups():
            if deel == "*" or (deel is not None and int(deel) > MAX_GETAL_ARGUMENT):
                raise SjabloonFout(f"een breedte of precisie van meer dan {MAX_GETAL_ARGUMENT} tekens is in een "
                                   "sjabloon niet toegestaan")
    for blok in re.findall(r"\{[^{}]*\}", opmaak):
        if any(int(g) > MAX_GETAL_ARGUMENT for g in _GETALLEN.findall(blok)):
            raise SjabloonFout(f"een breedte of precisie van meer dan {MAX_GETAL_ARGUMENT} tekens is in een "
                               "sjabloon niet toegestaan")


def _controleer_getallen(args: Iterable[Any]) -> None:
    for arg in args:
        if isinstance(arg, int) and not isinstance(arg, bool) and abs(arg) > MAX_GETAL_ARGUMENT:
            raise SjabloonFout(f"het getal {arg} is hier te groot (maximaal {MAX_GETAL_ARGUMENT})")


def _controleer_vervang(tekst: Any, oud: Any, nieuw: Any) -> None:
    if isinstance(tekst, str) and isinstance(oud, str) and isinstance(nieuw, str):
        keer = len(tekst) + 1 if oud == "" else tekst.count(oud)
        _reken_grootte(tekst, len(tekst) + keer * max(0, len(nieuw) - len(oud)))


def _controleer_koppel(scheiding: Any, delen: Any) -> list[Any]:
    delen = list(delen)
    controleer_grootte(delen)
    totaal = sum(len(str(d)) for d in delen) + len(str(scheiding)) * max(0, len(delen) - 1)
    _reken_grootte("", totaal)
    return delen


# String methods whose first argument is a width; list/dict/set methods that grow their object.
_BREEDTE_METHODEN = {"ljust", "rjust", "center", "zfill", "expandtabs"}
_GROEI_METHODEN = {"append", "extend", "insert", "update", "add", "__iadd__", "__imul__", "setdefault"}
_FILTERS_MET_AANTAL = {"center", "indent", "wordwrap", "truncate", "batch", "slice", "list", "join",
                       "replace", "format", "string", "striptags", "title", "upper", "lower"}


def _bewaakt_filter(naam: str, filter_: Callable[..., Any]) -> Callable[..., Any]:
    def bewaakt(*args: Any, **kwargs: Any) -> Any:
        waarden = [a for a in args if not _is_context(a)]
        _controleer_getallen([*waarden[1:], *kwargs.values()])
        if naam == "replace" and len(waarden) >= 3:
            _controleer_vervang(str(waarden[0]), waarden[1], waarden[2])
        if naam == "format" and waarden and isinstance(waarden[0], str):
            _controleer_opmaak(waarden[0])
        if naam == "join" and waarden:
            scheiding = waarden[1] if len(waarden) > 1 else kwargs.get("d", "")
            # The parts may be a generator (| select | join): check the list, and join that list.
            delen = _controleer_koppel(scheiding, waarden[0])
            plek = next(i for i, a in enumerate(args) if a is waarden[0])
            args = (*args[:plek], delen, *args[plek + 1:])
        if naam == "indent" and waarden and isinstance(waarden[0], str):
            breedte = waarden[1] if len(waarden) > 1 and isinstance(waarden[1], int) else 4
            _reken_grootte("", len(waarden[0]) + (waarden[0].count("\n") + 1) * breedte)
        return controleer_grootte(filter_(*args, **kwargs))

    for attribuut in ("jinja_pass_arg",):  # keep @pass_context / @pass_environment working
        if hasattr(filter_, attribuut):
            setattr(bewaakt, attribuut, getattr(filter_, attribuut))
    return bewaakt


def _is_context(waarde: Any) -> bool:
    from jinja2.environment import Environment
    from jinja2.nodes import EvalContext
    from jinja2.runtime import Context

    return isinstance(waarde, (Context, Environment, EvalContext))


def maak_omgeving(loader: Any, filters: dict[str, Callable[..., Any]]) -> Any:
    """A sandboxed Jinja environment with the caps above, StrictUndefined, no autoescape (Markdown)."""
    from jinja2 import StrictUndefined
    from jinja2.compiler import CodeGenerator
    from jinja2.sandbox import SandboxedEnvironment

    class Generator(CodeGenerator):
        """'a ~ b' compiles to a plain join; route it through the size check."""

        def visit_Concat(self, node: Any, frame: Any) -> None:
            self.write("environment.cot_koppel((")
            for arg in node.nodes:
                self.visit(arg, frame)
                self.write(", ")
            self.write("))")

    class Zandbak(SandboxedEnvironment):
        code_generator_class = Generator
        intercepted_binops = frozenset(["**", "*", "+", "%"])

        def cot_koppel(self, delen: Iterable[Any]) -> str:
            teksten = [str(d) for d in delen]
            _reken_grootte("", sum(len(t) for t in teksten))
            return "".join(teksten)

        def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
            if operator == "**":
                if (isinstance(right, (int, float)) and abs(right) > 64) or \
                        (isinstance(left, (int, float)) and abs(left) > MAX_MACHT):
                    raise SjabloonFout("machtsverheffen met zulke grote getallen is niet toegestaan")
            elif operator == "*":
                for reeks, keer in ((left, right), (right, left)):
                    if _lengte(reeks) is not None and isinstance(keer, int):
                        _reken_grootte(reeks, _lengte(reeks) * max(keer, 0))  # type: ignore[operator]
            elif operator == "+":
                if _lengte(left) is not None and _lengte(right) is not None:
                    _reken_grootte(left, _lengte(left) + _lengte(right))  # type: ignore[operator]
            elif operator == "%" and isinstance(left, str):
                _controleer_opmaak(left)
            return controleer_grootte(super().call_binop(context, operator, left, right))

        def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:
            naam = getattr(__obj, "__name__", "")
            # The sandbox hands out str.format as a wrapper; the string is on the wrapped method.
            eigenaar = getattr(getattr(__obj, "__wrapped__", __obj), "__self__", None)
            if isinstance(eigenaar, str):
                if naam in _BREEDTE_METHODEN:
                    _controleer_getallen([*args, *kwargs.values()])
                    if naam == "expandtabs":
                        _reken_grootte("", len(eigenaar) * (args[0] if args and isinstance(args[0], int) else 8))
                elif naam in ("format", "format_map"):
                    _controleer_opmaak(eigenaar)
                    if re.search(r"\{[^{}]*\{", eigenaar):  # '{:{w}}': the width comes from an argument
                        waarden = [*args, *kwargs.values()]
                        for arg in list(waarden):
                            if isinstance(arg, dict):
                                waarden += list(arg.values())
                        _controleer_getallen(waarden)
                elif naam == "replace" and len(args) >= 2:
                    _controleer_vervang(eigenaar, args[0], args[1])
                elif naam == "join" and args:
                    args = (_controleer_koppel(eigenaar, args[0]), *args[1:])
            elif isinstance(eigenaar, (list, dict, set)) and naam in _GROEI_METHODEN:
                erbij = args[-1] if naam in ("extend", "update") and args else ()
                extra = len(erbij) if hasattr(erbij, "__len__") else 1
                if len(eigenaar) + max(extra, 1) > MAX_ITEMS:
                    raise _te_groot("een lijst")
            return controleer_grootte(super().call(__context, __obj, *args, **kwargs))

    from ..momentopname import sjabloon_cache

    env = Zandbak(loader=loader, undefined=StrictUndefined, autoescape=False, bytecode_cache=sjabloon_cache(),
                  trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    env.globals.pop("lipsum", None)  # lipsum(n=10**9) builds text the caps cannot see coming
    env.filters.update(filters)
    for naam in _FILTERS_MET_AANTAL & set(env.filters):
        env.filters[naam] = _bewaakt_filter(naam, env.filters[naam])
    return env


def sjabloon_loader(*mappen: Path) -> Any:
    """Templates from these folders, in order, each read through the file guards (no FIFO, no
    symlink out of its folder, at most MAX_SJABLOON bytes)."""
    from jinja2 import BaseLoader, TemplateNotFound

    from ..bestanden import lees_bytes
    from ..fouten import CotFout

    class MapLoader(BaseLoader):
        def get_source(self, environment: Any, template: str) -> tuple[str, str, Callable[[], bool]]:
            for map_ in mappen:
                pad = map_ / template
                if ".." in Path(template).parts or not pad.is_file():
                    continue
                try:
                    tekst = lees_bytes(pad, MAX_SJABLOON, binnen=map_, wat="sjabloon").decode("utf-8-sig")
                except (CotFout, UnicodeDecodeError):
                    raise TemplateNotFound(template) from None
                return tekst, str(pad), lambda: True
            raise TemplateNotFound(template)

    return MapLoader()


class Tijdslimiet:
    """Stop a template after MAX_SECONDEN (POSIX, main thread only; elsewhere no limit)."""

    def __enter__(self) -> Tijdslimiet:
        import signal
        import threading

        self.actief = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
        if self.actief:
            def stop(*_: Any) -> None:
                raise SjabloonFout(f"het sjabloon doet er te lang over (meer dan {MAX_SECONDEN} seconden)")

            self.oud = signal.signal(signal.SIGALRM, stop)
            signal.setitimer(signal.ITIMER_REAL, MAX_SECONDEN)
        return self

    def __exit__(self, *_: Any) -> None:
        if self.actief:
            import signal

            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self.oud)


# ---- Dutch messages -----------------------------------------------------------------------------

_VLAG = re.IGNORECASE | re.DOTALL
_VERTALINGEN = [
    (re.compile(r"^'([^']*)' is undefined$", _VLAG), "'{0}' bestaat niet in de gegevens"),
    (re.compile(r"^'([^']*)' has no attribute '([^']*)'$", _VLAG), "'{1}' bestaat niet (in {0})"),
    (re.compile(r"^access to attribute '([^']*)' of '([^']*)' object is unsafe$", _VLAG),
     "toegang tot '{0}' is in een sjabloon niet toegestaan (afgeschermde omgeving)"),
    (re.compile(r"^.* is not safely callable$", _VLAG), "deze aanroep is in een sjabloon niet toegestaan"),
    (re.compile(r"^Range too big.*$", _VLAG), "range() is te groot (de afgeschermde omgeving staat dit "
                                              "niet toe)"),
    (re.compile(r"^unexpected end of template.*innermost block that needs to be closed is '([^']*)'.*$",
                _VLAG),
     "het sjabloon eindigt onverwacht: blok '{0}' is niet gesloten (met 'end{0}')"),
    (re.compile(r"^unexpected end of template.*$", _VLAG),
     "het sjabloon eindigt onverwacht: een blok of lus is niet gesloten"),
    (re.compile(r"^Encountered unknown tag '([^']*)'.*$", _VLAG), "onbekende opdracht '{0}' in het sjabloon"),
    (re.compile(r"^unexpected '([^']*)'$", _VLAG), "onverwacht '{0}'"),
    (re.compile(r"^unexpected char '(.*)' at \d+$", _VLAG), "onverwacht teken '{0}'"),
    (re.compile(r"^expected token '([^']*)', got '([^']*)'$", _VLAG), "'{0}' verwacht, maar '{1}' gevonden"),
    (re.compile(r"^no filter named '([^']*)'$", _VLAG), "onbekend filter '{0}'"),
    (re.compile(r"^no test named '([^']*)'$", _VLAG), "onbekende test '{0}'"),
    (re.compile(r"^['\"]?([^'\"]*)['\"]? not found$", _VLAG), "'{0}' niet gevonden"),
    (re.compile(r"^missing end of raw directive$", _VLAG), "'{{% endraw %}}' ontbreekt"),
    (re.compile(r"^missing end of comment tag$", _VLAG), "het einde van een opmerking ('#}}') ontbreekt"),
    (re.compile(r"^division by zero$|^.*division or modulo by zero$|^float modulo$", _VLAG), "delen door nul"),
    (re.compile(r"^.*(too large|overflow|exceeds the limit).*$", _VLAG), "een getal is te groot"),
    (re.compile(r"^unsupported operand type.*$|^can only concatenate.*$|^can't multiply.*$", _VLAG),
     "deze bewerking kan niet met deze soorten waarden (bijvoorbeeld tekst en getal)"),
    (re.compile(r"^invalid literal for int.*$|^could not convert.*$", _VLAG), "dit is geen getal"),
    (re.compile(r"^.*object is not iterable$", _VLAG), "hier staat geen lijst"),
    (re.compile(r"^.*object is not callable$", _VLAG), "dit kan niet worden aangeroepen"),
]
# For an English message we do not know: the kind of error, in Dutch, without the English.
_SOORTEN = [(ZeroDivisionError, "delen door nul"), (OverflowError, "een getal is te groot"),
            (KeyError, "die sleutel bestaat niet"), (IndexError, "die positie bestaat niet in de lijst"),
            (TypeError, "deze bewerking past niet bij dit soort waarde"),
            (ValueError, "een waarde heeft niet de goede vorm"), (AttributeError, "dat onderdeel bestaat niet")]


def vertaal(bericht: str, fout: BaseException | None = None) -> str:
    """Jinja's or Python's English message in Dutch; an unknown one by its kind."""
    bericht = bericht.strip().rstrip(".")
    for patroon, sjabloon in _VERTALINGEN:
        gevonden = patroon.match(bericht)
        if gevonden:
            return sjabloon.format(*gevonden.groups())
    for soort, tekst in _SOORTEN:
        if isinstance(fout, soort):
            return tekst
    return "de opbouw van het sjabloon klopt hier niet"


def _regel_uit_traceback(fout: BaseException, naam: str) -> int:
    """The template line of a runtime error: Jinja rewrites the traceback to template frames."""
    regel = 0
    tb = fout.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename in (naam, "<template>") or \
                tb.tb_frame.f_code.co_filename.endswith(naam):
            regel = tb.tb_lineno
        tb = tb.tb_next
    return regel


def vul_in(env: Any, naam: str, toon: str, data: dict[str, Any], ingebouwd: Path) -> str:
    """Render template naam with plain data. Every problem becomes a CotFout naming toon and the line."""
    from jinja2 import TemplateSyntaxError
    from jinja2.exceptions import SecurityError, TemplateNotFound, UndefinedError

    from ..fouten import CotFout, Melding, toon_pad

    def melding(regel: int, tekst: str) -> CotFout:
        return CotFout(Melding(toon, regel, 0, "sjabloon", tekst))

    try:
        template = env.get_template(naam)
    except TemplateSyntaxError as fout:
        bestand = toon if fout.name in (None, naam) else toon_pad(ingebouwd / str(fout.name))
        raise CotFout(Melding(bestand, fout.lineno or 0, 0, "sjabloon",
                              f"fout in het sjabloon: {vertaal(fout.message or str(fout), fout)}")) from None
    except TemplateNotFound as fout:
        raise melding(0, f"sjabloon '{fout.name}' niet gevonden") from None

    delen: list[str] = []
    grootte = 0
    try:
        with Tijdslimiet():
            for deel in template.generate(**data):
                grootte += len(deel)
                if grootte > MAX_TEKENS:
                    raise SjabloonFout(f"het sjabloon maakt te veel tekst (meer dan {MAX_TEKENS // 1024 // 1024} "
                                       "miljoen tekens)")
                delen.append(deel)
    except SjabloonFout as fout:
        raise melding(fout.regel or _regel_uit_traceback(fout, naam), fout.tekst) from None
    except TemplateSyntaxError as fout:  # in an included or extended template
        raise melding(fout.lineno or 0, f"fout in het sjabloon ({fout.name}): "
                                        f"{vertaal(fout.message or str(fout), fout)}") from None
    except TemplateNotFound as fout:
        raise melding(_regel_uit_traceback(fout, naam), f"sjabloon '{fout.name}' niet gevonden") from None
    except SecurityError as fout:
        raise melding(_regel_uit_traceback(fout, naam), f"niet toegestaan: {vertaal(str(fout), fout)}") from None
    except UndefinedError as fout:
        raise melding(_regel_uit_traceback(fout, naam), f"onbekende naam: {vertaal(str(fout), fout)}") from None
    except RecursionError:
        raise melding(0, "het sjabloon roept zichzelf te vaak aan") from None
    except MemoryError:
        raise melding(0, "het sjabloon vraagt te veel geheugen") from None
    except (TypeError, ValueError, ArithmeticError, LookupError, AttributeError) as fout:
        raise melding(_regel_uit_traceback(fout, naam),
                      f"fout bij het invullen van het sjabloon: {vertaal(str(fout), fout)}") from None
    return "".join(delen)
