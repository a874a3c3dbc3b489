"""Read one YAML file safely, keeping line and column of every node.

Refuses what a catalogue or profile never needs and what makes loading unsafe or slow:
anchors and aliases (alias bombs), explicit tags, deep nesting, huge or binary files.
Every problem becomes a Melding with the file and line.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.composer import Composer, ComposerError
from ruamel.yaml.constructor import DuplicateKeyError
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.events import AliasEvent

from .fouten import CotFout, Melding, toon_pad

MAX_BYTES = 2 * 1024 * 1024
MAX_DEPTH = 40


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
    boom: Any  # the round-trip tree, for positions

    def positie(self, loc: tuple[Any, ...], sleutel: bool = False) -> tuple[int, int]:
        return positie(self.boom, loc, sleutel)

    def melding(self, loc: tuple[Any, ...], tekst: str, code: str = "fout", sleutel: bool = False,
                ernst: str = "fout") -> Melding:
        regel, kolom = self.positie(loc, sleutel)
        return Melding(self.naam, regel, kolom, code, tekst, ernst)


def _regel_van_offset(inhoud: bytes, offset: int) -> int:
    return inhoud.count(b"\n", 0, offset) + 1


def _vertaal_yamlfout(fout: YAMLError) -> tuple[int, int, str]:
    """A ruamel error as (line, column, Dutch text)."""
    if not isinstance(fout, MarkedYAMLError):
        return 0, 0, f"ongeldige YAML: {fout}"
    mark = fout.problem_mark or fout.context_mark
    regel, kolom = (mark.line + 1, mark.column + 1) if mark is not None else (0, 0)
    probleem = str(fout.problem or "")
    if isinstance(fout, DuplicateKeyError):
        sleutel = probleem.split('"')[1] if '"' in probleem else ""
        eerder = fout.context_mark.line + 1 if fout.context_mark else 0
        tekst = f"sleutel '{sleutel}' komt twee keer voor in dezelfde lijst van velden"
        if eerder:
            tekst += f" (eerder op regel {eerder})"
        return regel, kolom, tekst
    if probleem == "cot:alias":
        return regel, kolom, "verwijzingen met '*' (YAML-aliassen) zijn niet toegestaan; schrijf de waarde voluit"
    if probleem == "cot:anker":
        return regel, kolom, "ankers met '&' zijn niet toegestaan; schrijf elke waarde voluit"
    if probleem.startswith("cot:tag:"):
        return regel, kolom, (f"YAML-tag '{probleem[8:]}' is niet toegestaan; laat de tag weg "
                              "en zet tekst tussen aanhalingstekens")
    if "maximum depth" in probleem:
        return regel, kolom, f"de gegevens zijn dieper genest dan {MAX_DEPTH} niveaus"
    if "'\\t'" in probleem or "\\t" in probleem:
        return regel, kolom, "tab gevonden: gebruik spaties om in te springen"
    if "mapping values are not allowed" in probleem:
        return regel, kolom, ("onverwachte dubbele punt: zet een tekst met ': ' erin tussen "
                              "aanhalingstekens, of controleer het inspringen")
    if "could not find expected ':'" in probleem:
        return regel, kolom, "hier ontbreekt een ':' na de sleutel, of het inspringen klopt niet"
    if "expected <block end>" in probleem or "expected <block" in probleem:
        return regel, kolom, "het inspringen klopt niet: controleer de spaties aan het begin van de regel"
    if "found unexpected end of stream" in probleem or "while scanning a quoted scalar" in str(fout.context):
        return regel, kolom, "een aanhalingsteken wordt niet gesloten"
    if "found undefined tag handle" in probleem or "found character" in probleem:
        return regel, kolom, f"ongeldig teken in YAML ({probleem})"
    return regel, kolom, f"ongeldige YAML: {probleem or fout}"


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


def lees_yaml(pad: Path, naam: str | None = None, leeg_mag: bool = False) -> YamlBestand:
    """Read and parse one YAML file. Raises CotFout with a Melding on any problem."""
    naam = naam or toon_pad(pad)
    try:
        grootte = pad.stat().st_size
    except FileNotFoundError:
        raise CotFout(Melding(naam, code="bestand", tekst="bestand niet gevonden")) from None
    except OSError as fout:
        raise CotFout(Melding(naam, code="bestand", tekst=f"bestand niet leesbaar ({fout.strerror})")) from None
    if pad.is_dir():
        raise CotFout(Melding(naam, code="bestand", tekst="dit is een map, geen bestand"))
    if grootte > MAX_BYTES:
        raise CotFout(Melding(naam, code="te-groot", tekst=(
            f"bestand is te groot ({grootte / 1024 / 1024:.1f} MB; maximaal {MAX_BYTES // 1024 // 1024} MB)")))
    try:
        inhoud = pad.read_bytes()
    except OSError as fout:
        raise CotFout(Melding(naam, code="bestand", tekst=f"bestand niet leesbaar ({fout.strerror})")) from None
    if b"\x00" in inhoud:
        regel = _regel_van_offset(inhoud, inhoud.index(b"\x00"))
        raise CotFout(Melding(naam, regel, 0, "binair", "dit is geen tekstbestand (binaire inhoud gevonden)"))
    try:
        tekst = inhoud.decode("utf-8-sig")
    except UnicodeDecodeError as fout:
        regel = _regel_van_offset(inhoud, fout.start)
        raise CotFout(Melding(naam, regel, 0, "codering", (
            "het bestand is geen geldige UTF-8; sla het op als UTF-8 (Unicode)"))) from None
    try:
        boom = _nieuwe_yaml().load(tekst)
    except YAMLError as fout:
        regel, kolom, uitleg = _vertaal_yamlfout(fout)
        raise CotFout(Melding(naam, regel, kolom, "yaml", uitleg)) from None
    except RecursionError:
        raise CotFout(Melding(naam, code="yaml", tekst="de gegevens zijn te diep genest")) from None
    if boom is None and not leeg_mag:
        raise CotFout(Melding(naam, 1, 0, "leeg", "het bestand is leeg"))
    return YamlBestand(pad=pad, naam=naam, data=_naar_python(boom), boom=boom)


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
            r, k = knoop.lc.key(deel) if (sleutel and laatste) else knoop.lc.value(deel)
            regel, kolom = r + 1, k + 1
            knoop = knoop[deel]
        elif isinstance(knoop, CommentedSeq) and isinstance(deel, int) and 0 <= deel < len(knoop):
            r, k = knoop.lc.item(deel)
            regel, kolom = r + 1, k + 1
            knoop = knoop[deel]
        else:
            continue  # a part that is not in the data (a missing field, a union tag): keep the parent
    return regel, kolom
