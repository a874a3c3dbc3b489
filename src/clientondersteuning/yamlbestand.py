"""Read one YAML file safely, keeping line and column of every node.

Refuses what a catalogue or profile never needs and what makes loading unsafe or slow:
anchors and aliases (alias bombs), explicit tags, deep nesting, huge or binary files.
Every problem becomes a Melding with the file and line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.composer import Composer, ComposerError
from ruamel.yaml.constructor import SafeConstructor
from ruamel.yaml.error import YAMLError
from ruamel.yaml.events import (
    AliasEvent,
    MappingEndEvent,
    MappingStartEvent,
    SequenceEndEvent,
    SequenceStartEvent,
)
from ruamel.yaml.main import CParser
from ruamel.yaml.nodes import MappingNode, ScalarNode, SequenceNode
from ruamel.yaml.parser import ParserError
from ruamel.yaml.reader import ReaderError
from ruamel.yaml.resolver import VersionedResolver
from ruamel.yaml.scanner import ScannerError
from ruamel.yaml.tag import Tag

from .bestanden import MAX_BYTES as MAX_BYTES
from .fouten import CotFout, Melding, toon_pad
from .yamlfouten import vertaal_yamlfout, waardefout

MAX_DEPTH = 40
GROOT = 256 * 1024  # above this, a syntax error is reported as libyaml found it


class _StrikteComposer(Composer):
    """A composer that refuses anchors, aliases and explicit tags."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        event = self.parser.peek_event()
        if isinstance(event, AliasEvent):
            raise ComposerError(None, None, "cot:alias", event.start_mark)
        if event.anchor is not None:
            raise ComposerError(None, None, "cot:anker", event.start_mark)
        tag = getattr(event, "tag", None)
        if tag is not None and tag != "!":
            raise ComposerError(None, None, f"cot:tag:{tag}", event.start_mark)
        return super().compose_node(parent, index)


class _Geen:
    """No data from the fast path; regel: where libyaml found a syntax error (0: none or unknown)."""

    def __init__(self, regel: int = 0, fout: Exception | None = None) -> None:
        self.regel = regel
        self.fout = fout


_GEEN = _Geen()


def _geen(fout: Exception) -> _Geen:
    mark = getattr(fout, "problem_mark", None)
    return _Geen(mark.line + 1, fout) if mark is not None else _GEEN


# An anchor (&a), alias (*a) or tag (!t) starts a node: at the start of a line, after white
# space, after a flow indicator ([ { ,) or after ':' (a JSON-like key: {"a":*b}), and a name
# follows at once. Prose ("zorg & welzijn", "Doe mee!") does not look like that; a text that
# does goes the careful way, which refuses anchors, aliases and tags with a message.
_VERDACHT = re.compile(r"(?:^|[\s\[\{,:])[&*!](?=\S)", re.MULTILINE)
# An upper bound (diepte_bovengrens) far under the depth at which the C composer's recursion
# crashes (~28,000 levels): such a text is loaded by C, and only then measured exactly.
VEILIG_VOOR_C = 2_000
_INSPRINGEN = re.compile(r"^( *)\S", re.MULTILINE)
_TEKENS = re.compile(r"^ *((?:[-?:](?: +|$))+)", re.MULTILINE)


def diepte_bovengrens(tekst: str) -> int:
    """A cheap upper bound on the nesting depth of a YAML text, from the text alone.

    A block level needs a deeper indentation or another '- ' (or '? ', ': ') on the same line:
    along any path, each distinct indentation opens at most one level plus one per indicator on
    its line, so the block depth is at most indentations × (most indicators on a line + 1).
    A flow level needs a '[' or '{'; counting every bracket (also in prose) only overestimates.
    """
    haakjes = tekst.count("[") + tekst.count("{")
    if haakjes > MAX_DEPTH:
        return haakjes  # no need to look further: the exact scan decides
    inspringingen = len(set(_INSPRINGEN.findall(tekst)))
    tekens = max((len(t.split()) for t in _TEKENS.findall(tekst)), default=0)
    return inspringingen * (tekens + 1) + haakjes


class _Resolver(VersionedResolver):
    """YAML 1.2's implicit types, with the table built once per run instead of once per file.

    ruamel looks the YAML version up per scalar through attributes that do not exist on the C
    parser (an exception each time): most of the time of a large file. cot reads 1.2. Its own
    resolve() also builds the table per loader and a new Tag per scalar (whose name it decodes
    character by character): for a team of 1,000 small files that was half the parse.
    """

    processing_version = (1, 2)

    def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
        if kind is ScalarNode:
            if implicit[0]:
                tabel = _tabel_1_2()
                for tag, regexp in tabel.get(value[:1], tabel[None]):
                    if regexp.match(value):
                        return tag
            return self.DEFAULT_SCALAR_TAG
        return self.DEFAULT_SEQUENCE_TAG if kind is SequenceNode else self.DEFAULT_MAPPING_TAG


@lru_cache(maxsize=1)
def _tabel_1_2() -> dict[str | None, list[tuple[Tag, Any]]]:
    """First character of a plain scalar ('' when empty) -> (tag, pattern) of YAML 1.2, as ruamel's
    own table; None: the patterns for any first character, which also follow every other list."""
    from ruamel.yaml.resolver import implicit_resolvers

    tabel: dict[Any, list[tuple[Tag, Any]]] = {}
    for versies, tag, regexp, eerste in implicit_resolvers:
        if (1, 2) in versies:
            patroon = re.compile(regexp.pattern, regexp.flags)  # not ruamel's lazy proxy: a call per match
            for teken in eerste:
                tabel.setdefault(teken, []).append((Tag(suffix=tag), patroon))
    zonder = tabel.pop(None, [])
    return {**{teken: lijst + zonder for teken, lijst in tabel.items()}, None: zonder}


@lru_cache(maxsize=1)
def _c_yaml() -> YAML:
    # One instance for the whole run: setting one up costs more than reading a small file.
    yaml = YAML(typ="safe", pure=False)
    yaml.Resolver = _Resolver
    return yaml


if CParser is not None:
    class _CLezer(CParser, SafeConstructor, _Resolver):  # type: ignore[misc]
        """What YAML(typ='safe', pure=False).load builds per call (a class, a resolver), built once."""

        def __init__(self, tekst: str) -> None:
            CParser.__init__(self, tekst)
            self._parser = self._composer = self
            SafeConstructor.__init__(self, loader=self)
            self.allow_duplicate_keys = False
            _Resolver.__init__(self, loadumper=self)


def _c_laden(tekst: str) -> Any:
    """yaml.load(tekst) of _c_yaml(): the same data and errors, without the per-call set-up."""
    if CParser is None:  # no libyaml (ruamel.yaml.clib) on this platform: ruamel's pure parser
        return _c_yaml().load(tekst)
    lezer = _CLezer(tekst)
    try:
        knoop = lezer.get_single_node()
        if knoop is None:
            return None
        try:
            return _bouw(lezer, knoop)
        except _Ongewoon:
            return lezer.construct_document(knoop)
    finally:
        lezer.dispose()


class _Ongewoon(Exception):
    """Something _bouw leaves to ruamel's constructor: a merge key, a duplicate, a key that is not text."""


_T = "tag:yaml.org,2002:"
# ruamel's own constructors per implicit scalar type. Any other tag (an explicit one, which
# _snel_lezen sends the careful way anyhow) is left to ruamel; an alias is built again as a copy.
_SCALAIRS: dict[str, Any] = {
    _T + "str": lambda _lezer, knoop: knoop.value, _T + "null": lambda _lezer, _knoop: None,
    _T + "bool": SafeConstructor.construct_yaml_bool, _T + "int": lambda lezer, knoop: (
        int(knoop.value) if knoop.value.isascii() and knoop.value.isdigit()  # what ruamel ends with for 1.2
        else SafeConstructor.construct_yaml_int(lezer, knoop)),
    _T + "float": SafeConstructor.construct_yaml_float, _T + "timestamp": SafeConstructor.construct_yaml_timestamp,
}


def _bouw(lezer: Any, knoop: Any) -> Any:
    """Plain data from libyaml's node tree, as SafeConstructor makes it, without its bookkeeping for
    anchors and recursion (half of a small file's load). Anything unusual: _Ongewoon, and ruamel decides."""
    soort = type(knoop)
    if soort is ScalarNode:
        maak = _SCALAIRS.get(knoop.ctag.suffix)
        if maak is None:
            raise _Ongewoon
        return maak(lezer, knoop)
    if soort is MappingNode and knoop.ctag.suffix == _T + "map":
        uit = {}
        for sleutel_knoop, waarde in knoop.value:
            if type(sleutel_knoop) is not ScalarNode:
                raise _Ongewoon
            sleutel = _bouw(lezer, sleutel_knoop)  # '<<' and '=' have their own tags: _Ongewoon
            if sleutel in uit:
                raise _Ongewoon  # ruamel's message about the duplicate, at the same key
            uit[sleutel] = _bouw(lezer, waarde)
        return uit
    if soort is SequenceNode and knoop.ctag.suffix == _T + "seq":
        return [_bouw(lezer, kind) for kind in knoop.value]
    raise _Ongewoon


def _te_diep(naam: str, regel: int, kolom: int) -> CotFout:
    return CotFout(Melding(naam, regel, kolom, "te-diep", (
        f"de gegevens zijn dieper genest dan {MAX_DEPTH} niveaus; een catalogus- of profielbestand "
        "heeft er maar een paar nodig")))


def _snel_lezen(tekst: str, naam: str = "") -> Any:
    """Plain data via ruamel's C parser (libyaml), or _GEEN if the careful path must decide.

    The C composer recurses and crashes on very deep nesting, so it only sees a text whose
    depth is known to be under MAX_DEPTH: from the cheap bound, or else from libyaml's
    event stream (which keeps its own stack and stops at the first event too deep). An
    anchor, alias or tag sends the file down the careful path, which refuses it with a message.
    """
    yaml = _c_yaml()
    try:
        # libyaml skips a BOM anywhere at a line start: '\ufeff&x' is an anchor; such a text goes the careful way
        verdacht = "\ufeff" in tekst or _VERDACHT.search(tekst) is not None
        grens = diepte_bovengrens(tekst) if not verdacht else 0
        if not verdacht and grens <= MAX_DEPTH:
            return _c_laden(tekst)
        if not verdacht and grens < VEILIG_VOOR_C:
            # Safe for the C composer (brackets in prose push the bound up, a long catalogue
            # has hundreds): load, and take the event stream below only to point at a level
            # that is really too deep.
            data = _c_laden(tekst)
            if _diepte(data) <= MAX_DEPTH:
                return data
        diepte = 0
        vorige = None
        for event in yaml.parse(tekst):
            if isinstance(event, AliasEvent) or getattr(event, "anchor", None) is not None \
                    or getattr(event, "tag", None) is not None:
                return _GEEN
            if isinstance(event, (MappingStartEvent, SequenceStartEvent)):
                diepte += 1
                if diepte > MAX_DEPTH:  # point at the key or dash that opens the level
                    mark = (vorige or event).start_mark
                    raise _te_diep(naam, mark.line + 1, mark.column + 1)
            elif isinstance(event, (MappingEndEvent, SequenceEndEvent)):
                diepte -= 1
            vorige = event
    except CotFout:
        raise
    except Exception as fout:
        return _geen(fout)
    try:
        return _c_laden(tekst)
    except Exception as fout:
        return _geen(fout)


def _diepte(data: Any) -> int:
    """The nesting depth of loaded data (mappings and lists), without recursion."""
    hoogste = 0
    stapel = [(data, 1)]
    while stapel:
        knoop, niveau = stapel.pop()
        if isinstance(knoop, dict):
            kinderen = knoop.values()
        elif isinstance(knoop, list):
            kinderen = knoop
        else:
            continue
        hoogste = max(hoogste, niveau)
        stapel.extend((kind, niveau + 1) for kind in kinderen if isinstance(kind, (dict, list)))
    return hoogste


_MARGE = 20  # lines after a syntax error that the careful parser still reads (its lookahead)


def _laad_voorzichtig(tekst: str, foutregel: int) -> Any:
    """The round-trip tree (pure Python: seconds for 2 MB). When libyaml already found a syntax
    error on foutregel, parse only up to just after it: the same error, a fraction of the time."""
    if foutregel:
        regels = tekst.split("\n")
        if foutregel + _MARGE < len(regels):
            try:
                _nieuwe_yaml().load("\n".join(regels[:foutregel + _MARGE]) + "\n")
            except YAMLError as fout:
                mark = getattr(fout, "problem_mark", None)
                if mark is not None and mark.line + 1 < foutregel + _MARGE - 1:  # not where we cut
                    raise
            except Exception:
                pass  # the whole text decides below
    return _nieuwe_yaml().load(tekst)


def _nieuwe_yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.Composer = _StrikteComposer
    yaml.max_depth = MAX_DEPTH
    yaml.allow_duplicate_keys = False
    return yaml


@dataclass
class YamlBestand:
    pad: Path
    naam: str  # as shown in messages
    data: Any  # plain Python: dict, list, str, int, float, bool, None, date
    tekst: str = ""  # the file's text, to find positions when they are needed
    _boom: Any = field(default=None, repr=False)
    _ruw: Any = field(default=None, repr=False)  # data as read, before any normalising
    _knopen: Any = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if self._ruw is None:
            self._ruw = self.data

    @property
    def knopen(self) -> Any:
        """The node tree from libyaml, with the start of every node: positions at C speed.

        The round-trip parser is pure Python (seconds for a 2 MB file); messages only need
        where each node starts. The text's depth was checked before it was read.
        """
        if self._knopen is None and self.tekst:
            try:
                self._knopen = _c_yaml().compose(self.tekst)
            except Exception:
                self._knopen = False
        return self._knopen or None

    @property
    def boom(self) -> Any:
        """The round-trip tree with line and column of every node, parsed on first use.

        Only messages need positions, so a valid file never pays for the slow parser.
        """
        if self._boom is None and self.tekst:
            try:
                self._boom = _nieuwe_yaml().load(self.tekst)
            except (YAMLError, ValueError, RecursionError, TypeError):
                self._boom = False  # positions unknown; the data itself was read fine
        return self._boom or None

    def positie(self, loc: tuple[Any, ...], sleutel: bool = False) -> tuple[int, int]:
        if self.knopen is not None:
            return _knooppositie(self.knopen, self._ruw, loc, sleutel)
        return positie(self.boom, loc, sleutel)

    def melding(self, loc: tuple[Any, ...], tekst: str, code: str = "fout", sleutel: bool = False,
                ernst: str = "fout") -> Melding:
        regel, kolom = self.positie(loc, sleutel)
        return Melding(self.naam, regel, kolom, code, tekst, ernst)


def _regel_van_offset(inhoud: bytes, offset: int) -> int:
    return inhoud.count(b"\n", 0, offset) + 1


def _naar_python(knoop: Any) -> Any:
    """The round-trip tree as plain Python values, so validation sees ordinary types."""
    if isinstance(knoop, dict):
        return {(_naar_python(k)): _naar_python(v) for k, v in knoop.items()}
    if isinstance(knoop, list):
        return [_naar_python(v) for v in knoop]
    if isinstance(knoop, bool) or knoop is None:
        return knoop
    if isinstance(knoop, str):
        return str(knoop)
    if isinstance(knoop, int):
        return int(knoop)
    if isinstance(knoop, float):
        return float(knoop)
    if isinstance(knoop, datetime):
        return datetime(*knoop.timetuple()[:6])
    if isinstance(knoop, date):
        return date(knoop.year, knoop.month, knoop.day)
    return knoop


def lees_yaml(pad: Path, naam: str | None = None, leeg_mag: bool = False,
              binnen: Path | None = None) -> YamlBestand:
    """Read and parse one YAML file. Raises CotFout with a Melding on any problem.

    binnen: the folder being read (a catalogue); a symlink out of it is refused.
    """
    from .bestanden import lees_bytes

    naam = naam or toon_pad(pad)
    inhoud = lees_bytes(pad, MAX_BYTES, naam, binnen)
    if b"\x00" in inhoud:
        regel = _regel_van_offset(inhoud, inhoud.index(b"\x00"))
        raise CotFout(Melding(naam, regel, 0, "binair", "dit is geen tekstbestand (binaire inhoud gevonden)"))
    try:
        tekst = inhoud.decode("utf-8-sig")
    except UnicodeDecodeError as fout:
        regel = _regel_van_offset(inhoud, fout.start)
        raise CotFout(Melding(naam, regel, 0, "codering", (
            "het bestand is geen geldige UTF-8; sla het op als UTF-8 (Unicode)"))) from None
    data = _snel_lezen(tekst, naam)
    if not isinstance(data, _Geen):
        if data is None and not leeg_mag:
            raise CotFout(Melding(naam, 1, 0, "leeg", "het bestand is leeg"))
        return YamlBestand(pad=pad, naam=naam, data=data, tekst=tekst)
    if len(tekst) > GROOT and isinstance(data.fout, (ScannerError, ParserError)):
        # A large file: libyaml's own report (same place, slightly plainer words) instead of
        # seconds in the pure-Python parser.
        regel, kolom, uitleg = vertaal_yamlfout(data.fout, tekst)
        raise CotFout(Melding(naam, regel, kolom, "yaml", uitleg))
    try:
        boom = _laad_voorzichtig(tekst, data.regel)
    except ReaderError as fout:  # a control character, before any line is parsed
        regel = tekst.count("\n", 0, fout.position) + 1 if isinstance(fout.position, int) else 0
        teken = f"U+{fout.character:04X}" if isinstance(fout.character, int) else "?"
        raise CotFout(Melding(naam, regel, 0, "yaml", (
            f"onzichtbaar stuurteken {teken} gevonden; verwijder het "
            "(het komt vaak mee met kopiëren)"))) from None
    except YAMLError as fout:
        regel, kolom, uitleg = vertaal_yamlfout(fout, tekst)
        raise CotFout(Melding(naam, regel, kolom, "yaml", uitleg)) from None
    except ValueError as fout:  # ruamel converts some values itself: huge integers, impossible dates
        regel, uitleg = waardefout(tekst, fout)
        raise CotFout(Melding(naam, regel, 0, "yaml", uitleg)) from None
    except RecursionError:
        raise CotFout(Melding(naam, code="yaml", tekst="de gegevens zijn te diep genest")) from None
    except TypeError:  # a key that is a list or map holding another one: Python cannot use it as a key
        regel, kolom = _samengestelde_sleutel(tekst)
        raise CotFout(Melding(naam, regel, kolom, "yaml", (
            "ongeldige sleutel: een lijst of map met een lijst of map erin; een veldnaam is een woord, "
            "zoals 'titel'"))) from None
    if boom is None and not leeg_mag:
        raise CotFout(Melding(naam, 1, 0, "leeg", "het bestand is leeg"))
    return YamlBestand(pad=pad, naam=naam, data=_naar_python(boom), tekst=tekst, _boom=boom)


def _samengestelde_sleutel(tekst: str) -> tuple[int, int]:
    """1-based (line, column) of the first key that is a list or map, from libyaml's event stream
    (which keeps its own stack: safe at any depth); (0, 0) if there is none or the text does not parse."""
    open_: list[list[bool]] = []  # per open list or map: [is a map, the next node is a key]
    try:
        for event in _c_yaml().parse(tekst):
            if isinstance(event, (MappingEndEvent, SequenceEndEvent)):
                open_.pop()
                continue
            if not hasattr(event, "anchor"):  # stream and document events
                continue
            if open_ and open_[-1][0]:
                if open_[-1][1] and isinstance(event, (MappingStartEvent, SequenceStartEvent)):
                    return event.start_mark.line + 1, event.start_mark.column + 1
                open_[-1][1] = not open_[-1][1]
            if isinstance(event, (MappingStartEvent, SequenceStartEvent)):
                open_.append([isinstance(event, MappingStartEvent), True])
    except Exception:
        pass
    return 0, 0


def positie(boom: Any, loc: tuple[Any, ...], sleutel: bool = False) -> tuple[int, int]:
    """1-based (line, column) of the node at loc; the nearest existing parent if loc goes further.

    With sleutel=True the position of the last key itself (for unknown fields) is returned.
    """
    knoop = boom
    regel, kolom = 1, 1
    if isinstance(knoop, (CommentedMap, CommentedSeq)):
        regel, kolom = knoop.lc.line + 1, knoop.lc.col + 1
    for i, deel in enumerate(loc):
        laatste = i == len(loc) - 1
        if isinstance(knoop, CommentedMap) and deel in knoop:
            plek = knoop.lc.key(deel) if (sleutel and laatste) else knoop.lc.value(deel)
            if plek is not None:  # keys that came from a '<<' merge have no position
                regel, kolom = plek[0] + 1, plek[1] + 1
            knoop = knoop[deel]
        elif isinstance(knoop, CommentedSeq) and isinstance(deel, int) and 0 <= deel < len(knoop):
            r, k = knoop.lc.item(deel)
            regel, kolom = r + 1, k + 1
            knoop = knoop[deel]
        else:
            continue  # a part that is not in the data (a missing field, a union tag): keep the parent
    return regel, kolom


def _knooppositie(knoop: Any, data: Any, loc: tuple[Any, ...], sleutel: bool = False) -> tuple[int, int]:
    """positie() on libyaml's node tree; the loaded data says which key is which (1.10 is 1.1)."""
    from ruamel.yaml.nodes import MappingNode, SequenceNode

    regel, kolom = knoop.start_mark.line + 1, knoop.start_mark.column + 1
    for i, deel in enumerate(loc):
        laatste = i == len(loc) - 1
        if isinstance(knoop, MappingNode) and isinstance(data, dict) and deel in data \
                and len(knoop.value) == len(data):
            index = list(data).index(deel)
            sleutelknoop, waarde = knoop.value[index]
            plek = sleutelknoop if (sleutel and laatste) else waarde
            if not (sleutel and laatste) and waarde.start_mark.line != sleutelknoop.start_mark.line \
                    and not isinstance(waarde, (MappingNode, SequenceNode)):
                plek = waarde
            regel, kolom = plek.start_mark.line + 1, plek.start_mark.column + 1
            knoop, data = waarde, data[deel]
        elif isinstance(knoop, SequenceNode) and isinstance(data, list) and isinstance(deel, int) \
                and 0 <= deel < len(knoop.value):
            knoop, data = knoop.value[deel], data[deel]
            regel, kolom = knoop.start_mark.line + 1, knoop.start_mark.column + 1
        else:
            continue  # a part that is not in the data (a missing field, a union tag): keep the parent
    return regel, kolom
