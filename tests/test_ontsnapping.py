"""One Markdown escape (weergave.markdown.md) and its undo (zonder_md) for every document.

Strikethrough (~~text~~) is formatting too: escaped in Markdown, and as typed in plain text and Word.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from clientondersteuning.weergave.markdown import md, zonder_md
from helpers import run_line

VIJANDIG = ["a ~~weg~~ *vet* _schuin_ `code` [k](http://e.vil) ![x](http://e.vil/x.png) <script>x</script> \\",
            "# Kop", "1. lijst", "- punt", "> citaat", "~~~", "```", "| a | b |"]


@pytest.mark.parametrize("tekst", VIJANDIG)
def test_md_en_terug(tekst):
    ontsnapt = md(tekst)
    assert zonder_md(ontsnapt) == tekst
    assert not re.search(r"(?<!\\)(~~|<script|!\[|\*vet)", ontsnapt), ontsnapt
    assert not re.match(r"(#|\d+\.|-|>|~~~|```)", ontsnapt), ontsnapt


def test_doorhalen_in_wervingstekst(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.chdir(tmp_path)
    Path("org.yaml").write_text('naam: "De ~~Linde~~"\ncontact:\n  naam: "Anna ~~X~~"\n  telefoon: "012 345 67 89"\n',
                                encoding="utf-8")
    r = run_line(["werving", "vacature", "--taken", "1", "--organisatie", "org.yaml"])
    assert r.exit_code == 0, r
    assert "De \\~\\~Linde\\~\\~" in r.stdout and not re.search(r"(?<!\\)~~", r.stdout), r
    assert run_line(["werving", "vacature", "--taken", "1", "--organisatie", "org.yaml", "-o", "v.txt"]).exit_code == 0
    assert "De ~~Linde~~ zoekt" in Path("v.txt").read_text(encoding="utf-8")


def test_doorhalen_in_toelichting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.chdir(tmp_path)
    Path("v.yaml").write_text('naam: "Jan ~~Smit~~"\ntaken: [1]\ncompetenties:\n'
                              '  "4.3": {score: 1, toelichting: "nog ~~niet~~ goed"}\n', encoding="utf-8")
    for opdracht in (["scholing", "gap", "v.yaml", "--format", "md"], ["scholing", "team", ".", "--format", "md"]):
        r = run_line(opdracht)
        assert r.exit_code == 0, r
        assert "Jan \\~\\~Smit\\~\\~" in r.stdout and not re.search(r"(?<!\\)~~", r.stdout), r


def test_een_niet_teken_in_een_naam_is_een_gebruiksfout_geen_interne_fout(tmp_path):
    # U+FFFF may not appear in XML: it used to end a Word document in an internal error.
    from helpers import run_line

    r = run_line(["profiel", "bouw", "--taken", "1", "--naam", "a\uffffb", "-o", str(tmp_path / "p.docx")])
    assert r.exit_code == 2 and "U+FFFF" in r.stderr
    assert not (tmp_path / "p.docx").exists()
