"""cli.scholing._json: the text of json.dumps(ensure_ascii=False, indent=2), written faster."""

from __future__ import annotations

import json
from enum import IntEnum

import pytest

from clientondersteuning.cli.scholing import _json


class Niveau(IntEnum):
    HOOG = 3


GEVALLEN = [
    {}, [], "", 0, None, True, False, -7, 10**30, Niveau.HOOG,
    {"naam": "Zoë \"Z\" \\ \n\t\x01 \u2028 😀", "leeg": {}, "lijst": [], "paar": (1, "twee")},
    {"matrix": [{"vrijwilliger": "V1", "cellen": {"4.1": {"status": "tekort", "score": 1, "norm": 3,
                                                          "tekort": 2, "ok": False, "x": None}}}]},
    [[[]], [{}], [[1, [2, [3]]]]],
    # What json itself decides: floats, keys that are not text.
    {"a": 1.5, "b": float("nan"), "c": float("inf")}, {1: "een", None: "niets", 2.5: "half"}, [0.1, 1e300],
]


@pytest.mark.parametrize("data", GEVALLEN)
def test_zelfde_tekst_als_json(data):
    assert _json(data) == json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def test_onbekend_type_geeft_de_fout_van_json():
    with pytest.raises(TypeError, match="not JSON serializable"):
        _json({"a": {1, 2}})
