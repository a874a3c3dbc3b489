"""Read one YAML file safely, keeping line and column of every node.

Refuses what a catalogue or profile never needs and what makes loading unsafe or slow:
anchors and aliases (alias bombs), explicit tags, deep nesting, huge or binary files.
Every problem becomes a Melding with the file and line.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.composer import Composer, ComposerError
from ruamel.yaml.error import YAMLError
from ruamel.yaml.events import (
    AliasEvent,
    MappingEndEvent,
    MappingStartEvent,
    SequenceEndEvent,
    SequenceStartEvent,
)
from ruamel.yaml.nodes import MappingNode, SequenceNode
from ruamel.yaml.parser import ParserError
from ruamel.yaml.reader import ReaderError
from ruamel.yaml.scanner import ScannerError

from .bestanden import MAX_BYTES as MAX_BYTES
from .fouten import CotFout, Melding, toon_pad
from .yamlfouten import vertaal_yamlfout, waardefout
from .yamlsnel import MAX_DEPTH as MAX_DEPTH
from .yamlsnel import Geen, c_yaml, snel_lezen

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
                self._knopen = c_yaml().compose(self.tekst)
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
    data = snel_lezen(tekst, naam)
    if not isinstance(data, Geen):
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
        for event in c_yaml().parse(tekst):
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
