"""Parity: for every document kind, Markdown and Word carry the same content and the same words.

Compared as word counts, so a word that one format drops or adds ("punten tekort" against
"tekort", "bestand(en)" against "bestand") shows up. What may differ is listed per document,
with the reason: Word numbers its lists itself, and a few labels fit only one format.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from pathlib import Path

import docx
import pytest

from clientondersteuning.weergave import DOCUMENTEN, render
from helpers import voorbeelddocumenten

# Words only one format has, on purpose.
ALLEEN_MD: dict[str, set[str]] = {
    # The Markdown table legend explains its marks ('!', '?'); Word uses colours instead.
    "team": {"per", "competentie", "score"},
}
ALLEEN_DOCX: dict[str, set[str]] = {
    # Table headers in Word where Markdown uses a heading line or a list.
    "profiel": {"voor", "nodig", "taken", "redactioneel", "competentie", "nr", "leefgebied", "thema", "s",
                "onderdeel", "gegevens"},
    # The colour legend of the Word table.
    "team": {"rood", "2", "of", "meer", "onder", "norm", "geel", "1", "groen", "in", "orde", "grijs", "met"},
}


def _docx_tekst(inhoud: bytes) -> str:
    document = docx.Document(io.BytesIO(inhoud))
    # The table of contents of a long Word document repeats its headings: navigation, not content.
    delen = [p.text for p in document.paragraphs if p.style.name not in ("toc 1", "TOC Heading")]
    for tabel in document.tables:
        for rij in tabel.rows:
            delen += [cel.text for cel in rij.cells]
    return "\n".join(delen)


def _woorden(tekst: str) -> Counter[str]:
    return Counter(re.findall(r"\w+", tekst.lower()))


def _lijstnummer(woord: str) -> bool:
    """1, 2, a, b, iv: Word numbers its lists itself, Markdown writes the numbers."""
    return woord.isdigit() or re.fullmatch(r"[a-z]|[ivx]+", woord) is not None


@pytest.fixture(scope="module")
def documenten(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    return voorbeelddocumenten(tmp_path_factory.mktemp("voorbeelden"))


def test_elk_document_heeft_een_pariteitstest(documenten: dict[str, dict]) -> None:
    assert set(documenten) == {soort for soort, formaten in DOCUMENTEN.items() if "docx" in formaten}


@pytest.mark.parametrize("soort", sorted(s for s, f in DOCUMENTEN.items() if "docx" in f))
def test_markdown_en_word_zeggen_hetzelfde(documenten: dict[str, dict], soort: str) -> None:
    data = documenten[soort]
    md = _woorden(str(render(soort, data, "md")))
    woord = _woorden(_docx_tekst(bytes(render(soort, data, "docx"))))  # type: ignore[arg-type]
    alleen_md = {w for w in md - woord if not _lijstnummer(w)} - ALLEEN_MD.get(soort, set())
    alleen_docx = {w for w in woord - md if not _lijstnummer(w)} - ALLEEN_DOCX.get(soort, set())
    assert not alleen_md, f"{soort}: alleen in Markdown: {sorted(alleen_md)}"
    assert not alleen_docx, f"{soort}: alleen in Word: {sorted(alleen_docx)}"


def test_team_noemt_overgeslagen_bestanden_in_beide_vormen_gelijk(documenten: dict[str, dict]) -> None:
    data = documenten["team"]
    assert data["aantal_overgeslagen"] == 1
    zin = "3 vrijwilligers (1 bestand overgeslagen wegens fouten)."
    assert zin in str(render("team", data, "md"))
    assert zin in _docx_tekst(bytes(render("team", data, "docx")))  # type: ignore[arg-type]


def test_txt_is_markdown_zonder_opmaak(documenten: dict[str, dict]) -> None:
    for soort in ("vacature", "oproep", "folder"):
        md = _woorden(str(render(soort, documenten[soort], "md")))
        txt = str(render(soort, documenten[soort], "txt"))
        assert "**" not in txt and not re.search(r"^#", txt, re.M)
        assert _woorden(txt) == md


def test_onbekende_vorm_wordt_geweigerd(documenten: dict[str, dict]) -> None:
    with pytest.raises(ValueError, match="team bestaat niet als txt"):
        render("team", documenten["team"], "txt")


def test_geen_opdracht_maakt_zelf_een_document() -> None:
    cli = Path(render.__code__.co_filename).parent.parent / "cli"
    for module in cli.glob("*.py"):
        tekst = module.read_text(encoding="utf-8")
        assert not re.search(r"^\s*(import docx|from docx)", tekst, re.M), module.name
        assert "add_paragraph" not in tekst and "add_heading" not in tekst, module.name
