"""The fast way to read a YAML file: libyaml (ruamel's C parser) straight to plain data.

Used for every file that cannot hurt: no anchor, alias or tag, and a nesting depth known to
be safe for the C composer (whose recursion crashes at ~28,000 levels). Anything else, and
every syntax error, is left to the careful way in yamlbestand.py, which reports it with a
message at the right line.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.constructor import SafeConstructor
from ruamel.yaml.events import (
    AliasEvent,
    MappingEndEvent,
    MappingStartEvent,
    SequenceEndEvent,
    SequenceStartEvent,
)
from ruamel.yaml.main import CParser
from ruamel.yaml.nodes import MappingNode, ScalarNode, SequenceNode
from ruamel.yaml.resolver import VersionedResolver
from ruamel.yaml.tag import Tag

from .fouten import CotFout, Melding

MAX_DEPTH = 40


class Geen:
    """No data from the fast path; regel: where libyaml found a syntax error (0: none or unknown)."""

    def __init__(self, regel: int = 0, fout: Exception | None = None) -> None:
        self.regel = regel
        self.fout = fout


_GEEN = Geen()


def _geen(fout: Exception) -> Geen:
    mark = getattr(fout, "problem_mark", None)
    return Geen(mark.line + 1, fout) if mark is not None else _GEEN


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
def c_yaml() -> YAML:
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
    """yaml.load(tekst) of c_yaml(): the same data and errors, without the per-call set-up."""
    if CParser is None:  # no libyaml (ruamel.yaml.clib) on this platform: ruamel's pure parser
        return c_yaml().load(tekst)
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
# snel_lezen sends the careful way anyhow) is left to ruamel; an alias is built again as a copy.
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


def snel_lezen(tekst: str, naam: str = "") -> Any:
    """Plain data via ruamel's C parser (libyaml), or a Geen if the careful path must decide.

    The C composer recurses and crashes on very deep nesting, so it only sees a text whose
    depth is known to be under MAX_DEPTH: from the cheap bound, or else from libyaml's
    event stream (which keeps its own stack and stops at the first event too deep). An
    anchor, alias or tag sends the file down the careful path, which refuses it with a message.
    """
    yaml = c_yaml()
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


