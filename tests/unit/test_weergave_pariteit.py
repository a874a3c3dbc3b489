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

from clientondersteuning import profiel as P
from clientondersteuning import scholing as s
from clientondersteuning import werving
from clientondersteuning.beoordeling import opzet_uit_taken
from clientondersteuning.definitie import lees_organisatie
from clientondersteuning.keuze import kies_taken
from clientondersteuning.laden import laad_of_stop
from clientondersteuning.weergave import DOCUMENTEN, render
from helpers import CATALOGUS, REPO, build_file_tree

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
    cat = laad_of_stop(CATALOGUS)
    org = lees_organisatie(REPO / "examples" / "organisatie.yaml")
    taken = kies_taken(cat, "informeel", "1,3,6")
    map_ = tmp_path_factory.mktemp("voorbeelden") / "vrijwilligers"
    map_.mkdir()
    profiel = REPO / "examples" / "profiel-scholing.yaml"  # fien-fictief.yaml points at ../profiel-scholing.yaml
    (map_.parent / profiel.name).write_text(profiel.read_text(encoding="utf-8"), encoding="utf-8")
    for bestand in (REPO / "examples" / "vrijwilligers").glob("*.yaml"):
        (map_ / bestand.name).write_text(bestand.read_text(encoding="utf-8"), encoding="utf-8")
    build_file_tree(map_, {"kapot.yaml": "naam: Kapot\ntaken: [1]\ncompetenties: {'4.3': 9}\n"})
    vrijwilliger = s.lees_vrijwilliger(cat, REPO / "examples" / "vrijwilligers" / "fien-fictief.yaml")
    wervingsdata = werving.gegevens(cat, "informeel", taken, org)
    return {
        "profiel": P.bouw(cat, "informeel", "1,3,6", organisatie=org).als_data(),
        "vacature": wervingsdata,
        "oproep": wervingsdata,
        "folder": wervingsdata,
        "zelfevaluatie": s.formulier_data(opzet_uit_taken(cat, "informeel", "1,3,6")),
        "gap": s.gap_data(vrijwilliger, s.gap(cat, vrijwilliger)),
        "team": s.team_data(cat, s.team(cat, map_)),
    }


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
    cli = Path(P.__file__).parent / "cli"
    for module in cli.glob("*.py"):
        tekst = module.read_text(encoding="utf-8")
        assert not re.search(r"^\s*(import docx|from docx)", tekst, re.M), module.name
        assert "add_paragraph" not in tekst and "add_heading" not in tekst, module.name
