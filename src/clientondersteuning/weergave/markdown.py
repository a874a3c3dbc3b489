"""Markdown from plain data, through a sandboxed Jinja template.

Templates get plain data only (dicts, lists, strings, numbers), never models or paths. A
user's template runs in jinja2.sandbox.SandboxedEnvironment with StrictUndefined, with a cap
on output size and running time; every template problem becomes a CotFout with the
template's name and line. jinja2 is imported inside the functions, so `cot --help`
stays fast.
"""

from __future__ import annotations

import re
import textwrap
from pathlib import Path
from typing import Any

from ..fouten import CotFout, Melding, systeemfout, toon_pad
from ..keuze import STANDAARD_NORM
from .zinnen import GLOBALS, hoofdletter, opsomming

BREEDTE = 88  # Markdown is wrapped to this width, so it reads well as plain text
MAX_UITVOER = 20 * 1024 * 1024  # characters a template may produce
MAX_SECONDEN = 20  # running time of one template
MAX_MACHT = 10_000  # largest result of ** in a template (a guard against 10**10**10)
MAX_SJABLOON = 1024 * 1024  # bytes of a template file

STANDAARD_MARKDOWN = "profiel.md.j2"


# ---- Markdown filters ---------------------------------------------------------------------------

_INLINE = re.compile(r"([\\`*_\[\]<>])")
_BLOKBEGIN = re.compile(r"^(#{1,6}|>|[-+*]|\d{1,9}[.)]|=+|-{2,}|`{3,}|~{3,})(\s|$)")


def md(tekst: Any) -> str:
    """Plain text for Markdown: characters that would format or link are escaped."""
    tekst = _INLINE.sub(r"\\\1", str(tekst))
    if _BLOKBEGIN.match(tekst):
        tekst = "\\" + tekst
    return tekst


def _omloop(tekst: str, breedte: int, eerste: str = "", verder: str = "") -> str:
    """Wrap text; a line never starts with something Markdown would read as a list or heading."""
    regels = textwrap.wrap(tekst, width=breedte, initial_indent=eerste, subsequent_indent=verder,
                           break_long_words=False, break_on_hyphens=False) or [eerste.rstrip()]
    resultaat: list[str] = []
    for regel in regels:
        rest = regel[len(verder):]
        while resultaat and _BLOKBEGIN.match(rest):
            woord, _, rest = rest.partition(" ")
            resultaat[-1] += " " + woord
            regel = verder + rest
        if rest or not resultaat:
            resultaat.append(regel)
    return "\n".join(resultaat)


def alinea(tekst: Any, breedte: int = BREEDTE) -> str:
    """A paragraph: escaped and wrapped."""
    return _omloop(md(tekst), breedte)


def _is_getal(nummer: str) -> bool:
    return nummer.isdigit()


def lijst(items: Any, diepte: int = 0, breedte: int = BREEDTE) -> str:
    """A list of items (dicts with tekst, optional nummer and onderdelen, or strings) as Markdown.

    Numbers 1, 2, 3 become an ordered list with those numbers; letters (a, b) and Roman
    numerals (i, ii) a bulleted list that shows them, because Markdown only numbers with digits.
    """
    regels: list[str] = []
    inspringen = " " * diepte
    for item in items or []:
        if isinstance(item, str):
            item = {"tekst": item}
        nummer = str(item.get("nummer") or "")
        tekst = md(item.get("tekst", ""))
        if nummer and _is_getal(nummer):
            teken = f"{nummer}. "
        else:
            teken = "- "
            if nummer:
                tekst = f"{md(nummer)}. {tekst}"
        regels.append(_omloop(tekst, breedte, inspringen + teken, inspringen + " " * len(teken)))
        if item.get("onderdelen"):
            regels.append(lijst(item["onderdelen"], diepte + len(teken), breedte))
    return "\n".join(regels)


def lijstpunt(tekst: Any, teken: str = "-", breedte: int = BREEDTE) -> str:
    """One list item with a hanging indent (the text is escaped)."""
    teken = teken + " "
    return _omloop(md(tekst), breedte, teken, " " * len(teken))


def cel(tekst: Any) -> str:
    """Text for a cell of a Markdown table: no '|' or line break that would break the row."""
    return str(tekst).replace("|", "\\|").replace("\n", " ")


def _netjes(tekst: str) -> str:
    """Tidy Markdown: no trailing spaces, at most one blank line in a row, one final newline."""
    regels = [r.rstrip() for r in tekst.splitlines()]
    uit: list[str] = []
    for regel in regels:
        if not regel and (not uit or not uit[-1]):
            continue
        uit.append(regel)
    while uit and not uit[-1]:
        uit.pop()
    return "\n".join(uit) + "\n"


# ---- the sandbox ----------------------------------------------------------------------------------


class SjabloonFout(Exception):
    """A problem in a template, with its line (0: unknown)."""

    def __init__(self, tekst: str, regel: int = 0) -> None:
        super().__init__(tekst)
        self.tekst = tekst
        self.regel = regel


def _omgeving(sjabloon: Path | None) -> Any:
    from jinja2 import ChoiceLoader, DictLoader, FileSystemLoader, StrictUndefined
    from jinja2.sandbox import SandboxedEnvironment

    from ..paden import sjablonen_map

    class Zandbak(SandboxedEnvironment):
        intercepted_binops = frozenset(["**"])

        def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
            te_groot = (isinstance(right, (int, float)) and abs(right) > 64) or \
                (isinstance(left, (int, float)) and abs(left) > MAX_MACHT)
            if operator == "**" and te_groot:
                from jinja2.exceptions import SecurityError

                raise SecurityError("machtsverheffen met zulke grote getallen is niet toegestaan")
            return super().call_binop(context, operator, left, right)

    loaders: list[Any] = []
    if sjabloon is not None:
        # The user's template is one file; it may extend or include the built-in templates.
        loaders.append(DictLoader({_naam(sjabloon): _lees_sjabloon(sjabloon)}))
    loaders.append(FileSystemLoader(str(sjablonen_map())))
    env = Zandbak(loader=ChoiceLoader(loaders), undefined=StrictUndefined, autoescape=False,
                  trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    env.filters.update(md=md, alinea=alinea, lijst=lijst, lijstpunt=lijstpunt, opsomming=opsomming, cel=cel,
                       hoofdletter=hoofdletter)
    env.globals.update(GLOBALS, standaard_norm=STANDAARD_NORM)
    return env


def _naam(sjabloon: Path) -> str:
    return toon_pad(sjabloon)


def _lees_sjabloon(pad: Path) -> str:
    naam = toon_pad(pad)
    if not pad.exists():
        raise CotFout(Melding(naam, code="sjabloon", tekst="sjabloon niet gevonden"))
    if pad.is_dir():
        raise CotFout(Melding(naam, code="sjabloon", tekst="dit is een map; geef het sjabloonbestand op"))
    try:
        inhoud = pad.read_bytes()
    except OSError as fout:
        raise CotFout(Melding(naam, code="sjabloon",
                              tekst=f"sjabloon niet leesbaar ({systeemfout(fout)})")) from None
    if len(inhoud) > MAX_SJABLOON:
        raise CotFout(Melding(naam, code="sjabloon", tekst="sjabloon is te groot (meer dan 1 MB)"))
    if inhoud.startswith(b"PK\x03\x04"):
        raise CotFout(Melding(naam, code="sjabloon", tekst=(
            "dit is een Word-bestand; een Word-sjabloon hoort bij --format docx (of -o BESTAND.docx)")))
    try:
        return inhoud.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CotFout(Melding(naam, code="sjabloon", tekst=(
            "het sjabloon is geen geldige UTF-8-tekst; sla het op als UTF-8"))) from None


_VLAG = re.IGNORECASE | re.DOTALL
_VERTALINGEN = [
    (re.compile(r"^'([^']*)' is undefined$", _VLAG), "'{0}' bestaat niet in de gegevens van het profiel"),
    (re.compile(r"^'([^']*)' has no attribute '([^']*)'$", _VLAG), "'{1}' bestaat niet (in {0})"),
    (re.compile(r"^access to attribute '([^']*)' of '([^']*)' object is unsafe$", _VLAG),
     "toegang tot '{0}' is in een sjabloon niet toegestaan (afgeschermde omgeving)"),
    (re.compile(r"^(.*) is not safely callable$", _VLAG), "{0} aanroepen is in een sjabloon niet toegestaan"),
    (re.compile(r"^Range too big.*$", _VLAG), "range() is te groot (de afgeschermde omgeving staat dit "
                                              "niet toe)"),
    (re.compile(r"^unexpected end of template.*innermost block that needs to be closed is '([^']*)'.*$",
                _VLAG),
     "het sjabloon eindigt onverwacht: blok '{0}' is niet gesloten (met 'end{0}')"),
    (re.compile(r"^unexpected end of template.*$", _VLAG),
     "het sjabloon eindigt onverwacht: een blok of lus is niet gesloten"),
    (re.compile(r"^Encountered unknown tag '([^']*)'.*$", _VLAG), "onbekende opdracht '{0}' in het sjabloon"),
    (re.compile(r"^unexpected '([^']*)'$", _VLAG), "onverwacht '{0}'"),
    (re.compile(r"^expected token '([^']*)', got '([^']*)'$", _VLAG), "'{0}' verwacht, maar '{1}' gevonden"),
    (re.compile(r"^no filter named '([^']*)'$", _VLAG), "onbekend filter '{0}'"),
    (re.compile(r"^no test named '([^']*)'$", _VLAG), "onbekende test '{0}'"),
    (re.compile(r"^['\"]?([^'\"]*)['\"]? not found$", _VLAG), "'{0}' niet gevonden"),
]


def _vertaal(bericht: str) -> str:
    """Jinja's English message in Dutch, where we know it; otherwise as it is."""
    bericht = bericht.strip().rstrip(".")
    for patroon, sjabloon in _VERTALINGEN:
        gevonden = patroon.match(bericht)
        if gevonden:
            return sjabloon.format(*gevonden.groups())
    return bericht


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


class _Tijdslimiet:
    """Stop a template after MAX_SECONDEN (POSIX, main thread only; elsewhere no limit)."""

    def __enter__(self) -> _Tijdslimiet:
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


def render_markdown(data: dict[str, Any], sjabloon: Path | None = None,
                    standaard: str = STANDAARD_MARKDOWN) -> str:
    """Fill the template (the user's, or the built-in one) with plain data. Raises CotFout."""
    from jinja2 import TemplateSyntaxError
    from jinja2.exceptions import SecurityError, TemplateNotFound, UndefinedError

    from ..paden import sjablonen_map

    naam = _naam(sjabloon) if sjabloon is not None else standaard
    toon = naam if sjabloon is not None else toon_pad(sjablonen_map() / standaard)
    env = _omgeving(sjabloon)
    try:
        template = env.get_template(naam)
    except TemplateSyntaxError as fout:
        bestand = toon if fout.name in (None, naam) else toon_pad(sjablonen_map() / str(fout.name))
        raise CotFout(Melding(bestand, fout.lineno or 0, 0, "sjabloon",
                              f"fout in het sjabloon: {_vertaal(fout.message or str(fout))}")) from None
    except TemplateNotFound as fout:
        raise CotFout(Melding(toon, code="sjabloon", tekst=f"sjabloon '{fout.name}' niet gevonden")) from None

    delen: list[str] = []
    grootte = 0
    try:
        with _Tijdslimiet():
            for deel in template.generate(**data):
                grootte += len(deel)
                if grootte > MAX_UITVOER:
                    raise SjabloonFout("het sjabloon maakt te veel tekst (meer dan "
                                       f"{MAX_UITVOER // 1024 // 1024} "
                                       "miljoen tekens)")
                delen.append(deel)
    except SjabloonFout as fout:
        raise CotFout(Melding(toon, fout.regel or _regel_uit_traceback(fout, naam), 0, "sjabloon",
                              fout.tekst)) from None
    except TemplateSyntaxError as fout:  # in an included or extended template
        raise CotFout(Melding(toon, fout.lineno or 0, 0, "sjabloon",
                              f"fout in het sjabloon ({fout.name}): "
                              f"{_vertaal(fout.message or str(fout))}")) from None
    except TemplateNotFound as fout:
        raise CotFout(Melding(toon, _regel_uit_traceback(fout, naam), 0, "sjabloon",
                              f"sjabloon '{fout.name}' niet gevonden")) from None
    except SecurityError as fout:
        raise CotFout(Melding(toon, _regel_uit_traceback(fout, naam), 0, "sjabloon",
                              f"niet toegestaan: {_vertaal(str(fout))}")) from None
    except UndefinedError as fout:
        raise CotFout(Melding(toon, _regel_uit_traceback(fout, naam), 0, "sjabloon",
                              f"onbekende naam: {_vertaal(str(fout))}")) from None
    except OverflowError as fout:
        raise CotFout(Melding(toon, _regel_uit_traceback(fout, naam), 0, "sjabloon",
                              _vertaal(str(fout)))) from None
    except RecursionError:
        raise CotFout(Melding(toon, 0, 0, "sjabloon", "het sjabloon roept zichzelf te vaak aan")) from None
    except (TypeError, ValueError, ArithmeticError, LookupError, AttributeError) as fout:
        raise CotFout(Melding(toon, _regel_uit_traceback(fout, naam), 0, "sjabloon", (
            f"fout bij het invullen van het sjabloon: {_vertaal(str(fout))}"))) from None
    return _netjes("".join(delen))


def alineas(tekst: str) -> str:
    """One blank line between blocks (headings, paragraphs, lists, tables); none inside a list or table."""
    def soort(regel: str) -> str:
        return "lijst" if regel.startswith("- ") else "tabel" if regel.startswith("|") else "tekst"

    uit: list[str] = []
    for regel in tekst.splitlines():
        regel = regel.rstrip()
        if not regel:
            continue
        if uit and not (soort(regel) == soort(uit[-1]) != "tekst"):
            uit.append("")
        uit.append(regel)
    return "\n".join(uit) + "\n"
