"""Property-based: random and hostile YAML, texts and templates never crash cot.

Whatever goes in, cot ends with exit 0, 1 or 2, says something when it refuses, prints no
traceback, never exit 3, and is done quickly.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import run_line

INSTELLINGEN = settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))

# Pieces that YAML and Jinja treat specially, plus characters the text policy refuses.
YAML_STUKKEN = ["- ", "  ", "\n", ": ", "[", "]", "{", "}", ",", "'", '"', "#", "&a ", "*a", "!!str ", "|", ">",
                "? ", "---", "...", "%YAML 1.1", "naam", "taken", "competenties", "profiel", "alle", "4.1",
                "score", "9" * 30, "2026-02-30", "\t", "\x1b", "\u202e", "\u200b", "\x00", "\\", "~", "null",
                "../../", "\r\n", "é"]
JINJA_STUKKEN = ["{{", "}}", "{%", "%}", "{#", "#}", " for x in ", "range(10**5)", " endfor ", " if ", " endif ",
                 "'a'", "*", "**", "10**9", "%", "'%0999d'", "|center(", "|replace(", "|join", "|format(",
                 ")", "(", ".ljust(", ".format(", "~", "+", "[1]", "x", "taken", "naam", " set ", "=",
                 "namespace(", " extends ", " include ", "'profiel.md.j2'", " raw ", " endraw ", "1/0",
                 "lipsum(", "cycler(", "__class__", ".mro()", " block a ", " endblock ", "\n"]


def _tekst(stukken: list[str]) -> st.SearchStrategy[str]:
    return st.lists(st.one_of(st.sampled_from(stukken), st.text(max_size=5)), max_size=60).map("".join)


def _controleer(r, begin: float) -> None:
    assert time.monotonic() - begin < 5, r
    assert r.exit_code in (0, 1, 2), r
    assert "Traceback" not in r.output and "interne fout" not in r.output, r
    if r.exit_code:
        assert r.stderr.strip() or r.stdout.strip(), r  # a refusal always says why
    assert "\x1b" not in r.stderr and "\u202e" not in r.stderr, r


class _Map:
    """A fresh working folder per example (hypothesis does not reset pytest's tmp_path)."""

    def __enter__(self) -> Path:
        self.oud = os.getcwd()
        self.tmp = tempfile.TemporaryDirectory()
        os.chdir(self.tmp.name)
        return Path(self.tmp.name)

    def __exit__(self, *_: object) -> None:
        os.chdir(self.oud)
        self.tmp.cleanup()


@INSTELLINGEN
@given(_tekst(YAML_STUKKEN))
def test_willekeurige_vrijwilligersbestanden(tekst):
    with _Map() as map_:
        (map_ / "v.yaml").write_text(tekst, encoding="utf-8", errors="surrogatepass")
        begin = time.monotonic()
        _controleer(run_line(["scholing", "gap", "v.yaml"]), begin)


@INSTELLINGEN
@given(_tekst(YAML_STUKKEN))
def test_willekeurige_organisaties_en_profielen(tekst):
    with _Map() as map_:
        (map_ / "org.yaml").write_text(tekst, encoding="utf-8", errors="surrogatepass")
        begin = time.monotonic()
        _controleer(run_line(["profiel", "bouw", "--taken", "1", "--organisatie", "org.yaml"]), begin)
        begin = time.monotonic()
        _controleer(run_line(["profiel", "render", "org.yaml"]), begin)


@INSTELLINGEN
@given(st.binary(max_size=300))
def test_willekeurige_bytes(inhoud):
    with _Map() as map_:
        (map_ / "v.yaml").write_bytes(inhoud)
        begin = time.monotonic()
        _controleer(run_line(["scholing", "gap", "v.yaml"]), begin)


@INSTELLINGEN
@given(st.text(max_size=40))
def test_willekeurige_namen(naam):
    """A name through a YAML escape (json.dumps) and through --naam: refused or printed safely."""
    with _Map() as map_:
        (map_ / "v.yaml").write_text(f"naam: {json.dumps(naam)}\ntaken: alle\ncompetenties:\n  \"4.1\": 1\n",
                                     encoding="utf-8")
        begin = time.monotonic()
        r = run_line(["scholing", "gap", "v.yaml"])
        _controleer(r, begin)
        assert "\x1b" not in r.stdout and "\u202e" not in r.stdout
        begin = time.monotonic()
        r = run_line(["profiel", "bouw", "--taken", "1", "--naam", naam])
        _controleer(r, begin)
        assert "\x1b" not in r.stdout and "\u202e" not in r.stdout


@INSTELLINGEN
@given(_tekst(JINJA_STUKKEN))
def test_willekeurige_sjablonen(sjabloon):
    with _Map() as map_:
        (map_ / "t.md.j2").write_text(sjabloon, encoding="utf-8", errors="surrogatepass")
        begin = time.monotonic()
        r = run_line(["profiel", "bouw", "--taken", "1", "--sjabloon", "t.md.j2"])
        _controleer(r, begin)
        assert r.exit_code in (0, 1)
