"""The embedded catalogue holds what the sources hold: counts, numbering, verbatim texts, provenance."""

from __future__ import annotations

from typing import Any

import pytest

from clientondersteuning.catalogus import Catalogus
from clientondersteuning.laden import catalogus_bestanden, laad_catalogus
from clientondersteuning.model import OCR_SCHADE
from clientondersteuning.paden import ingebouwde_catalogus
from clientondersteuning.yamlbestand import lees_yaml
from helpers import run_line

# Fields that hold identifiers or codes, not text from a source.
_GEEN_TEKST = {"id", "bron", "taak", "competentie", "nummer", "rol", "soort", "cluster", "vorm", "datum",
               "url", "versie", "redactioneel"}


@pytest.fixture(scope="module")
def geladen() -> tuple[Catalogus | None, list[Any]]:
    return laad_catalogus(ingebouwde_catalogus())


@pytest.fixture(scope="module")
def cat(geladen) -> Catalogus:
    catalogus, meldingen = geladen
    if catalogus is None:
        pytest.fail("de ingebouwde catalogus laadt niet:\n" + "\n".join(map(str, meldingen)))
    return catalogus


def test_ingebouwde_catalogus_is_foutloos(geladen):
    _, meldingen = geladen
    assert [str(m) for m in meldingen if m.ernst == "fout"] == []


def test_check_op_de_ingebouwde_catalogus():
    r = run_line(["catalogus", "check"])
    assert r.exit_code == 0, r
    assert "geen problemen gevonden" in r.stdout


# ---- informeel: Movisie 2017 ----------------------------------------------------------------


def test_informeel_zeven_taken(cat):
    taken = cat.taken["informeel"]
    assert [t.nummer for t in taken] == ["1", "2", "3", "4", "5", "6", "7"]
    assert [len(t.activiteiten) for t in taken] == [6, 8, 5, 6, 4, 6, 4]
    assert sum(len(t.activiteiten) for t in taken) == 39
    assert all(t.herkomst.bron == "movisie-2017" for t in taken)
    assert [t.herkomst.sectie.split()[0] for t in taken] == [f"3.{i}" for i in range(1, 8)]
    assert [t.herkomst.sectie.split(" ", 1)[1] for t in taken] == [t.titel for t in taken]
    for taak in taken:
        assert [a.nummer for a in taak.activiteiten] == [str(i) for i in range(1, len(taak.activiteiten) + 1)]


def test_informeel_acht_competenties(cat):
    comps = cat.competenties["informeel"]
    assert [c.nummer for c in comps] == [f"4.{i}" for i in range(1, 9)]
    assert [len(c.gedragsindicatoren) for c in comps] == [14, 5, 5, 7, 8, 5, 8, 8]
    alert = cat.competentie_op_nummer("informeel", "4.3")
    assert alert is not None
    eerste = alert.gedragsindicatoren[0]
    assert [o.nummer for o in eerste.onderdelen] == ["a", "b", "c"]
    assert eerste.onderdelen[0].tekst.startswith(
        "geschiktheid van de huisvesting qua inrichting (achterstallig onderhoud, vervuiling, "
        "papierophoping)")
    assert all(not i.onderdelen for c in comps for i in c.gedragsindicatoren if i is not eerste)


def test_taak_op_nummer(cat):
    taak = cat.taak_op_nummer("informeel", "3.1")
    assert taak is not None and taak.nummer == "1" and taak.id == "inf-contact"
    assert cat.taak_op_nummer("informeel", "6").id == "inf-keukentafel"
    assert cat.taak_op_nummer("informeel", "8") is None
    assert cat.taak_op_nummer("formeel", "k2").id == "frm-eigen-regie"


# ---- formeel: BCMB -------------------------------------------------------------------------


def test_formeel_taken(cat):
    taken = cat.taken["formeel"]
    assert [t.nummer for t in taken] == ["K1", "K2", "K3"] + [f"O{i}" for i in range(1, 8)]
    kern = [t for t in taken if t.nummer.startswith("K")]
    assert [len(t.activiteiten) for t in kern] == [5, 5, 3]
    assert all(t.soort == "kerntaak" for t in kern)
    assert [a.nummer for a in kern[0].activiteiten] == ["a", "b", "c", "d", "e"]
    assert all(t.soort == "onderscheidend" for t in taken if t.nummer.startswith("O"))
    assert all(t.herkomst.bron == "bcmb-beroepsprofiel" for t in taken)


def test_formeel_competenties(cat):
    comps = cat.competenties["formeel"]
    assert len(comps) == 15
    clusters = ("kennis", "houding", "vaardigheden")
    per_cluster = {c: [x.nummer for x in comps if x.cluster == c] for c in clusters}
    assert per_cluster == {
        "kennis": ["1a", "1b", "1c"],
        "houding": ["2a", "2b", "2c", "2d", "2e", "2f"],
        "vaardigheden": ["3a", "3b", "3c", "3d", "3e", "3f"],
    }
    twee_a = cat.competentie_op_nummer("formeel", "2a")
    assert [i.nummer for i in twee_a.gedragsindicatoren] == ["i", "ii", "iii", "iv"]
    assert twee_a.gedragsindicatoren[0].tekst == "invoelend vermogen."


def test_formeel_voetnoten(cat):
    o2 = cat.taak_op_nummer("formeel", "O2")
    assert [(v.nummer, v.tekst) for v in o2.voetnoten] == [
        (1, "Met veiligheid wordt met name bedoeld op het signaleren van huiselijk en seksueel geweld.")]
    een_b = cat.competentie_op_nummer("formeel", "1b")
    assert [v.nummer for v in een_b.voetnoten] == [2]
    assert een_b.voetnoten[0].tekst.startswith("Psycho-educatie is een methodiek in de hulpverlening")


# ---- shared ----------------------------------------------------------------------------------


def test_leefgebieden_lagen_tips(cat):
    assert [lg.nummer for lg in cat.leefgebieden] == [str(i) for i in range(1, 9)]
    assert [lg.naam for lg in cat.leefgebieden][:3] == ["Zingeving", "Wonen", "Financiën"]
    assert all(lg.themas for lg in cat.leefgebieden)
    assert [laag.nummer for laag in cat.lagen] == ["1", "2", "3"]
    tips = cat.tekstblokken_van("tip")
    assert len(tips) == 6
    assert all(t.herkomst.bron == "movisie-6-tips" for t in tips)


def test_bronnen(cat):
    assert {"movisie-2017", "bcmb-beroepsprofiel", "bcmb-visie", "movisie-6-tips"} <= set(cat.bronnen)
    redactioneel = [b.id for b in cat.bronnen.values() if b.redactioneel]
    assert redactioneel == ["redactie"]
    assert cat.bronnen["movisie-2017"].uitgever == "Movisie"
    assert cat.bronnen["bcmb-beroepsprofiel"].uitgever == "BCMB"


def test_elk_item_heeft_herkomst_met_bestaande_bron(cat):
    items = [*cat.taken["informeel"], *cat.taken["formeel"], *cat.competenties["informeel"],
             *cat.competenties["formeel"], *cat.leefgebieden, *cat.lagen, *cat.tekstblokken]
    assert len(items) > 60
    for item in items:
        assert item.herkomst is not None, item.id
        assert item.herkomst.bron in cat.bronnen, f"{item.id}: bron {item.herkomst.bron}"
        assert item.herkomst.sectie.strip(), item.id
    # Source texts come from the sources, not from the editors.
    bron_items = [*cat.taken["informeel"], *cat.competenties["informeel"], *cat.taken["formeel"],
                  *cat.leefgebieden, *cat.lagen]
    assert not [i.id for i in bron_items if cat.bronnen[i.herkomst.bron].redactioneel]


# ---- verbatim and clean ---------------------------------------------------------------------


@pytest.mark.parametrize(("item_id", "veld", "verwacht"), [
    ("inf-contact-maakt-contact", "tekst", "maakt gemakkelijk contact met uiteenlopende mensen"),
    ("inf-betrokken-luistert", "tekst", "leeft zich in en luistert goed"),
    ("inf-contact", "titel", "Legt contact met potentiële cliënten"),
    ("inf-keukentafel", "titel", "Ondersteunt cliënten voor, bij en/of na het keukentafelgesprek"),
    ("inf-betrokken", "titel", "Is betrokken en toegankelijk"),
    ("frm-verduidelijken", "titel", "Verduidelijken ondersteuningsbehoeften"),
    ("lg-financien", "naam", "Financiën"),
])
def test_letterlijke_teksten(cat, item_id, veld, verwacht):
    assert getattr(cat.items[item_id], veld) == verwacht


def test_eerste_activiteit_van_3_1(cat):
    assert cat.taak_op_nummer("informeel", "3.1").activiteiten[0].tekst == (
        "maakt gemakkelijk contact met uiteenlopende mensen")
    indicatoren = [i.tekst for i in cat.competentie_op_nummer("informeel", "4.1").gedragsindicatoren]
    assert "leeft zich in en luistert goed" in indicatoren


def _teksten(data: Any, pad: str = "") -> list[tuple[str, str]]:
    """Every text value in a file's data, with where it is."""
    gevonden: list[tuple[str, str]] = []
    if isinstance(data, dict):
        for k, v in data.items():
            if k not in _GEEN_TEKST:
                gevonden += _teksten(v, f"{pad}.{k}")
    elif isinstance(data, list):
        for i, v in enumerate(data):
            gevonden += _teksten(v, f"{pad}[{i}]")
    elif isinstance(data, str):
        gevonden.append((pad, data))
    return gevonden


def test_geen_ocr_schade_in_de_bestanden():
    schade = []
    aantal = 0
    for pad in catalogus_bestanden(ingebouwde_catalogus()):
        for plek, tekst in _teksten(lees_yaml(pad).data):
            aantal += 1
            for patroon, uitleg in OCR_SCHADE:
                if patroon.search(tekst):
                    schade.append(f"{pad.name}{plek}: {uitleg}: {tekst[:80]}")
            if "  " in tekst or tekst != tekst.strip():
                schade.append(f"{pad.name}{plek}: witruimte: {tekst[:80]!r}")
    assert aantal > 500
    assert schade == []


def _model_teksten(obj: Any) -> list[str]:
    if hasattr(type(obj), "model_fields"):  # a model, or its plain copy from a snapshot
        return [t for naam in type(obj).model_fields if naam not in _GEEN_TEKST
                for t in _model_teksten(getattr(obj, naam))]
    if isinstance(obj, (list, tuple)):
        return [t for x in obj for t in _model_teksten(x)]
    return [obj] if isinstance(obj, str) else []


def test_geen_ocr_schade_in_de_geladen_catalogus(cat):
    teksten = _model_teksten(list(cat.items.values()))
    assert len(teksten) > 500
    for patroon, uitleg in OCR_SCHADE:
        assert not [t for t in teksten if patroon.search(t)], uitleg
    assert not [t for t in teksten if "é" in t and ("cliént" in t or "coé" in t)]


def test_ocr_patronen_vangen_de_bekende_schade():
    """The check above is only as good as the patterns: they must catch the known damage."""
    for beschadigd in ["potentiéle cliénten", "de coérdinator", "coördinator maar ook de co6rdinator",
                       "de WIlz", "dit enis", "achterstallig on- derhoud", "ledere cliënt", "a|s"]:
        assert any(p.search(beschadigd) for p, _ in OCR_SCHADE), beschadigd
    for schoon in ["potentiële cliënten", "de coördinator", "buurt- of dorpshuizen", "wet- en regelgeving",
                   "Iedere cliënt", "Wlz"]:
        assert not any(p.search(schoon) for p, _ in OCR_SCHADE), schoon
