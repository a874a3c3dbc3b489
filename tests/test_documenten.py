"""What every document cot sends out gets right: task codes, sub-items, one phrase for 'nodig voor',
and Word properties and headers that name the organisation (or a neutral title), never the tool."""

from __future__ import annotations

import datetime as dt
import io
import json
import re

import docx
import pytest

from clientondersteuning import profiel as P
from clientondersteuning import scholing as s
from clientondersteuning import werving
from clientondersteuning.beoordeling import opzet_uit_taken
from clientondersteuning.keuze import kies_taken
from clientondersteuning.laden import laad_of_stop
from clientondersteuning.organisatie import lees_organisatie
from clientondersteuning.weergave import render
from clientondersteuning.weergave.huisstijl import NEUTRALE_AFZENDER
from helpers import CATALOGUS, REPO

DATUM = dt.date(2026, 11, 30)


@pytest.fixture(scope="module")
def cat():
    return laad_of_stop(CATALOGUS)


@pytest.fixture(scope="module")
def documenten(cat):
    org = lees_organisatie(REPO / "examples" / "organisatie.yaml")
    vrijwilliger = s.lees_vrijwilliger(cat, REPO / "examples" / "vrijwilligers" / "fien-fictief.yaml")
    wervingsdata = werving.gegevens(cat, "informeel", kies_taken(cat, "informeel", "1,3,6"), org)
    return {
        "profiel": P.bouw(cat, "formeel", "K1,K3,O2", datum=DATUM).als_data(),
        "vacature": wervingsdata,
        "folder": wervingsdata,
        "zelfevaluatie": s.formulier_data(opzet_uit_taken(cat, "informeel", "1,3,6")),
        "gap": s.gap_data(vrijwilliger, s.gap(cat, vrijwilliger)),
        "team": s.team_data(cat, s.team(cat, REPO / "examples" / "vrijwilligers")),
    }


def _word(inhoud) -> docx.document.Document:
    return docx.Document(io.BytesIO(bytes(inhoud)))


def _tekst(document) -> str:
    delen = [p.text for p in document.paragraphs]
    delen += [c.text for t in document.tables for r in t.rows for c in r.cells]
    return "\n".join(delen)


def test_formele_taakcodes_in_hoofdletters(documenten):
    data = documenten["profiel"]
    for tekst in (str(render("profiel", data, "md")), _tekst(_word(render("profiel", data, "docx")))):
        assert not re.search(r"\b[ko][1-7]\b", tekst), re.search(r".{40}\b[ko][1-7]\b.{20}", tekst)
        assert "taken K1 en O2" in tekst and "taken K1, K3 en O2" in tekst


def test_de_datum_staat_een_keer_bovenaan(documenten):
    md = str(render("profiel", documenten["profiel"], "md"))
    kop = md.split("\n## ", 2)[:2]
    assert "\n".join(kop).count("30 november 2026") == 1


def test_zelfevaluatie_en_gap_houden_de_onderdelen_van_een_indicator(cat, documenten):
    """4.3 indicator 1 ends in 'alert op bijvoorbeeld:'; its items a-c follow it everywhere."""
    indicator = next(c for c in cat.competenties["informeel"] if c.nummer == "4.3").gedragsindicatoren[0]
    assert indicator.tekst.endswith(":") and len(indicator.onderdelen) == 3
    for soort in ("zelfevaluatie",):
        for tekst in (str(render(soort, documenten[soort], "md")),
                      _tekst(_word(render(soort, documenten[soort], "docx")))):
            assert "alert op bijvoorbeeld: a. geschiktheid van de huisvesting" in tekst
            assert "c. knelpunten die de cliënt ervaart in het zelfstandig kunnen functioneren." in tekst


def test_gap_zegt_nodig_voor_zoals_het_profiel(documenten):
    data = documenten["gap"]
    assert any(len(t["taken"]) > 1 for t in data["tekorten"])
    for tekst in (str(render("gap", data, "md")), _tekst(_word(render("gap", data, "docx")))):
        assert "Nodig voor taken 1, 3 en 6." in tekst or re.search(r"Nodig voor taken \d(, \d)* en \d\.", tekst)
        assert "Nodig voor taak 1," not in tekst


@pytest.mark.parametrize("soort", ["profiel", "vacature", "folder", "zelfevaluatie", "gap", "team"])
def test_eigenschappen_en_kop_van_elk_word_document(documenten, soort, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(dt.datetime(2026, 11, 30, tzinfo=dt.UTC).timestamp())))
    document = _word(render(soort, documenten[soort], "docx"))
    cp = document.core_properties
    assert cp.title and cp.subject and cp.language == "nl-NL"
    assert cp.created.date() == DATUM and cp.modified.date() == DATUM
    assert "python-docx" not in (cp.comments or "") and "python-docx" not in cp.author
    assert cp.author in ("Stichting Welzijn De Brug", NEUTRALE_AFZENDER)
    kop = document.sections[0].header.paragraphs[0].text
    assert not re.search(r"\bcot\b", kop)
    assert kop.split("\t")[0] in ("Stichting Welzijn De Brug", NEUTRALE_AFZENDER, "Functieprofiel")


@pytest.mark.parametrize("rol", ["informeel", "formeel"])
def test_elke_redactionele_titel_is_gemarkeerd_in_md_en_word(cat, rol):
    """One mark for what is ours, in every format: ' (redactioneel)' after the title."""
    data = P.bouw(cat, rol, "alle", extra_context=["tip"]).als_data()
    md = str(render("profiel", data, "md"))
    document = _word(render("profiel", data, "docx"))
    woord = _tekst(document)
    koppen = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    eigen = [c for c in cat.competenties[rol] if c.titel_redactioneel]
    eigen += [b for b in cat.tekstblokken if b.titel_redactioneel and b.id in json.dumps(data)]
    assert len(eigen) >= (12 if rol == "formeel" else 4)
    for item in eigen:
        gemarkeerd = f"{item.titel} (redactioneel)"
        assert gemarkeerd in woord, gemarkeerd
        assert gemarkeerd in " ".join(md.split()), gemarkeerd
        assert not any(kop.endswith(item.titel) for kop in koppen), item.titel  # never unmarked as a heading


def test_de_bronnen_zeggen_een_keer_dat_typefouten_verbeterd_zijn(cat):
    data = P.bouw(cat, "informeel", "alle").als_data()
    md = " ".join(str(render("profiel", data, "md")).split())
    assert md.count("kennelijke typefouten") == 1
    bronnen = md[md.index("## Bronnen"):]
    assert "alleen kennelijke typefouten zijn verbeterd" in bronnen and "cot catalogus toon correcties" in bronnen
    for fout in ("werken op verschillenden manieren", "Beiden zijn verantwoordelijkheid voor", "om na gaan"):
        assert fout not in md


def test_scholing_noemt_de_organisatie_van_het_profiel(cat, tmp_path):
    from clientondersteuning.beoordeling import opzet_uit_profiel

    profiel = tmp_path / "profiel.yaml"
    profiel.write_text(f"naam: Proef\ntaken: [1]\norganisatie: {REPO / 'examples' / 'organisatie.yaml'}\n",
                       encoding="utf-8")
    vrijwilliger = tmp_path / "v.yaml"
    vrijwilliger.write_text("naam: Piet Proef\nprofiel: profiel.yaml\ncompetenties: {'4.3': 2}\n", encoding="utf-8")
    v = s.lees_vrijwilliger(cat, vrijwilliger)
    for soort, data in (("zelfevaluatie", s.formulier_data(opzet_uit_profiel(cat, profiel))),
                        ("gap", s.gap_data(v, s.gap(cat, v))),
                        ("team", s.team_data(cat, s.team(cat, tmp_path)))):
        document = _word(render(soort, data, "docx"))
        assert document.sections[0].header.paragraphs[0].text.startswith("Stichting Welzijn De Brug\t"), soort
        assert document.core_properties.author == "Stichting Welzijn De Brug"
