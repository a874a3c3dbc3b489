"""yamlbestand's fast C loader (its own set-up and a lean constructor): the same data and errors as
ruamel's own safe loader."""

from __future__ import annotations

import pytest
from ruamel.yaml import YAML

from clientondersteuning.yamlsnel import _c_laden

# Every implicit type of YAML 1.2, by its first character: empty, null, bool, int, float,
# timestamp, merge key, and plain text that looks like one of them.
TEKSTEN = [
    "", "x:", "x: ''", "x: ~", "x: null", "x: Null", "x: true", "x: False", "x: yes", "x: on",
    "x: 017", "x: 0o17", "x: 0x1F", "x: 0b101", "x: +1", "x: -3", "x: 1_000", "x: 4.1", "x: 4.10",
    "x: 1e3", "x: -.5e3", "x: .inf", "x: -.INF", "x: .nan", "x: 12:30", "x: 2026-01-01",
    "x: 2026-01-01 10:00:00", "x: 2026-02-30", "x: <<", "<<: {a: 1}\nb: 2", "x: =", "x: -", "x: .",
    "x: '1'", 'x: "true"', "x: !!str 1", "- [a, {b: c}]\n- d", "{4.1: 2, \"4.2\": 3, 1: 4}",
    "? a\n: b", "x: |\n  een\n  twee\n", "x: >\n  een\n  twee\n",
    "a: 1\na: 2", "a: [1", "a: b: c", "- a\nb: c", "\tx: 1",
    # What the lean constructor leaves to ruamel: duplicates (also 1 and 1.0), keys that are not
    # scalars, merge keys, and a duplicate before an impossible date (which error comes first).
    "{1: a, 1.0: b}", "? [a, b]\n: c", "? {a: 1}\n: c", "- <<: [{a: 1}, {b: 2}]\n  c: 3",
    "a: 1\na: 2\nb: 2026-02-30", "=: 1", ".nan: 1\n.nan: 2", "x: [1, 2, 3, 4, 5]",
]


def _uitkomst(laden, tekst):
    try:
        return "data", laden(tekst)
    except Exception as fout:  # the same kind of error, at the same place
        return "fout", type(fout).__name__, str(fout)


@pytest.mark.parametrize("tekst", TEKSTEN)
def test_zelfde_als_ruamel(tekst):
    verwacht = _uitkomst(YAML(typ="safe", pure=False).load, tekst)
    assert repr(_uitkomst(_c_laden, tekst)) == repr(verwacht)

