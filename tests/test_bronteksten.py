"""What is the sources' and what is ours: editorial titles, corrections of typing errors, lead-in
lines and the parts of the sources the catalogue now carries. Expected texts were checked by hand
against the sources (Movisie 2017, BCMB); they are written out here, not read from the sources."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from clientondersteuning import profiel as P
from clientondersteuning import weergave as W
from clientondersteuning.bronteksten import REDACTIONEEL_MERK, drukklaar
from clientondersteuning.catalogus import Catalogus
from clientondersteuning.laden import laad_of_stop
from helpers import CATALOGUS, regel_van, run_line, vervang


@pytest.fixture(scope="module")
def cat() -> Catalogus:
    return laad_of_stop(CATALOGUS)


def _alle_items(cat: Catalogus) -> list:
    return [*(t for r in cat.taken for t in cat.taken[r]), *(c for r in cat.competenties for c in cat.competenties[r]),
            *cat.lagen, *cat.tekstblokken]


# ---- 1. editorial titles -------------------------------------------------------------------------

REDACTIONELE_TITELS = {
    # BCMB gives its competencies no title (15).
    "frm-inzicht-beperkingen", "frm-methodieken", "frm-sociale-kaart", "frm-naast-de-klant",
    "frm-eigen-professionaliteit", "frm-samenwerken-team", "frm-inclusief", "frm-open-houding",
    "frm-oplossingsgericht", "frm-outreachend", "frm-profileren-in-team", "frm-communicatie-afstemmen",
    "frm-vraagverduidelijking", "frm-verbindingen-leggen", "frm-netwerkversterking",
    # Context blocks without a heading in the source (12): the six tips are a numbered list,
    # 2.4 has one sub-heading ("Goede match"), 2.1's paragraphs after the layers have none,
    # nor has the last paragraph of BCMB's "Unieke eigenschappen".
    "tip-informeer-over-informele-ondersteuning", "tip-netwerkbijeenkomsten", "tip-stimuleer-samenwerking",
    "tip-waarborg-kwaliteit", "tip-coordinatie-en-vergoeding", "tip-landelijk-niveau",
    "ctx-samenspel-samenwerking-en-afspraken", "ctx-samenspel-beroep-op-formeel",
    "ctx-samenspel-overgaan-op-informeel", "ctx-samenspel-doorverwijzen-en-overdragen",
    "ctx-informele-clientondersteuning", "bcmb-gratis-alle-leeftijden",
}


def test_precies_de_redactionele_titels_zijn_gemarkeerd(cat):
    gemarkeerd = {i.id for i in _alle_items(cat) if i.titel_redactioneel}
    assert gemarkeerd == REDACTIONELE_TITELS
    assert len(gemarkeerd) == 27


@pytest.mark.parametrize("item_id, titel", [
    ("inf-contact", "Legt contact met potentiële cliënten"),
    ("inf-alert", "Observeert en is alert"),
    ("frm-verduidelijken", "Verduidelijken ondersteuningsbehoeften"),
    ("frm-beperkingen", "Herkennen en erkennen beperkingen"),
    ("ctx-samenspel-goede-match", "Goede match"),
    ("bcmb-checklist", "BCMB Checklist ontwikkeld voor bevordering kwaliteit cliëntondersteuning in gemeenten"),
    ("laag-toegang", "Cliëntondersteuning bij de toegang tot ondersteuning en zorg in het sociale domein"),
])
def test_een_titel_uit_de_bron_staat_in_de_sectie(cat, item_id, titel):
    item = cat.items[item_id]
    assert item.titel == titel and not item.titel_redactioneel
    assert titel in item.herkomst.sectie


def test_drukklaar_markeert_alleen_redactionele_titels(cat):
    assert drukklaar(cat.items["frm-inclusief"]).titel == f"Denkt inclusief {REDACTIONEEL_MERK}"
    assert drukklaar(cat.items["tip-waarborg-kwaliteit"]).titel == f"Waarborg kwaliteit {REDACTIONEEL_MERK}"
    assert drukklaar(cat.items["inf-alert"]).titel == "Observeert en is alert"
    assert cat.items["frm-inclusief"].titel == "Denkt inclusief"  # the catalogue itself is untouched


def test_drukklaar_eenmaal_per_item_en_nooit_van_een_ander_item(cat):
    # The printed copy is kept per item (team and website ask for the same items many times).
    item = cat.items["frm-inclusief"]
    assert drukklaar(item) is drukklaar(item)
    # Short-lived copies get the address of one another: each still prints its own title.
    for i in range(50):
        kopie = item.model_copy(update={"titel": f"Titel {i}"})
        assert drukklaar(kopie).titel == f"Titel {i} {REDACTIONEEL_MERK}"
        del kopie


def test_check_meldt_een_ongemarkeerde_redactionele_titel(catalogus_kopie):
    pad = catalogus_kopie / "formeel" / "competenties.yaml"
    vervang(pad, "titel: Denkt inclusief\n    titel_redactioneel: true\n", "titel: Denkt inclusief\n")
    r = run_line(["catalogus", "check", str(catalogus_kopie)])
    assert r.exit_code == 1, r
    regel = regel_van(pad, "titel: Denkt inclusief")
    assert f"formeel/competenties.yaml:{regel}:" in r.output
    assert "titel 'Denkt inclusief' staat niet in herkomst.sectie" in r.output
    assert "titel_redactioneel: true" in r.output


def test_check_meldt_een_item_van_de_redactie_zonder_markering(catalogus_kopie):
    pad = catalogus_kopie / "context.yaml"
    vervang(pad, "      bron: movisie-6-tips\n      sectie: Movisie deed onderzoek in 29 gemeenten",
            "      bron: redactie\n      sectie: Movisie deed onderzoek in 29 gemeenten")
    r = run_line(["catalogus", "check", str(catalogus_kopie)])
    assert r.exit_code == 1, r
    regel = regel_van(pad, "titel: Movisie deed onderzoek in 29 gemeenten")
    assert f"context.yaml:{regel}:" in r.output
    assert "dit item komt van de redactionele bron; zet 'titel_redactioneel: true'" in r.output


# ---- 2. corrections --------------------------------------------------------------------------------

CORRECTIES = [
    ("inf-informatie-geeft-advies", "geeft passend informatie", "geeft passende informatie"),
    ("frm-eigen-regie", "resultaat gericht", "resultaatgericht"),
    ("frm-netwerken-toegankelijkheid", "voorzieningen worden vergroot", "voorzieningen wordt vergroot"),
    ("frm-levensbreed", "opvoeding ontwikkeling", "opvoeding, ontwikkeling"),
    ("frm-levensbreed", "bedoeld op", "gedoeld op"),
    ("frm-deskundigheid", "up-to date", "up-to-date"),
    ("ctx-profiel", "om na gaan", "om na te gaan"),
    ("ctx-zelfredzaamheid-en-participatie", "Onafhankelijk cliëntondersteuning gaat",
     "Onafhankelijke cliëntondersteuning gaat"),
    ("ctx-ervaringsdeskundigen-dicht-aansluiten", "informele onafhankelijk cliëntondersteuner",
     "informele onafhankelijke cliëntondersteuner"),
    ("ctx-samenspel", "werken op verschillenden manieren", "werken op verschillende manieren"),
    ("ctx-samenspel-goede-match", "professionele vastgestelde standaarden", "professioneel vastgestelde standaarden"),
    ("ctx-samenspel-samenwerking-en-afspraken", "Beiden zijn verantwoordelijkheid voor",
     "Beiden zijn verantwoordelijk voor"),
    ("ctx-samenspel-samenwerking-en-afspraken", "de hier uit voortkomende", "de hieruit voortkomende"),
    ("ctx-hoofdstuk-competenties", "De informele onafhankelijk cliëntondersteuner:",
     "De informele onafhankelijke cliëntondersteuner:"),
    ("bcmb-doelgroep", "een onafhankelijk cliëntondersteuner die", "een onafhankelijke cliëntondersteuner die"),
]


def test_alle_correcties_met_bron_en_sectie(cat):
    regels = cat.correcties()
    assert [(r.item, r.van, r.naar) for r in regels] == CORRECTIES
    bronnen = {r.item: (r.bron, r.sectie) for r in regels}
    assert bronnen["frm-levensbreed"][0] == "bcmb-beroepsprofiel"
    assert bronnen["ctx-profiel"] == ("movisie-2017", "1.1 Profiel")
    assert bronnen["bcmb-doelgroep"] == ("bcmb-visie", "Doelgroep")


def _zonder_correcties(data):
    if isinstance(data, dict):
        return {k: _zonder_correcties(v) for k, v in data.items() if k != "correcties"}
    if isinstance(data, list):
        return [_zonder_correcties(v) for v in data]
    return data


def _tekst(item) -> str:
    """All text of an item and its nested items, without the corrections themselves."""
    return str(_zonder_correcties(item.model_dump()))


@pytest.mark.parametrize("item_id, van, naar", CORRECTIES)
def test_brontekst_blijft_letterlijk_en_de_druk_is_verbeterd(cat, item_id, van, naar):
    item = cat.items[item_id]
    assert van in _tekst(item)
    gedrukt = _tekst(drukklaar(item))
    assert naar in gedrukt
    if van not in naar:
        assert van not in gedrukt


def test_toon_correcties(catalogus_kopie):
    r = run_line(["--catalogus", str(catalogus_kopie), "catalogus", "toon", "correcties"])
    assert r.exit_code == 0, r
    for fragment in ("ctx-samenspel", "verschillenden", "inf-informatie-geeft-advies", "movisie-2017",
                     "bcmb-beroepsprofiel", "up-to-date"):
        assert fragment in r.stdout


def test_check_meldt_een_correctie_die_niet_meer_past(catalogus_kopie):
    pad = catalogus_kopie / "context.yaml"
    # Someone "fixes" the source text itself: the correction no longer applies.
    vervang(pad, "werken op verschillenden manieren, zijn", "werken op verschillende manieren, zijn")
    r = run_line(["catalogus", "check", str(catalogus_kopie)])
    assert r.exit_code == 1, r
    regel = regel_van(pad, '- {van: "werken op verschillenden manieren"')
    assert f"context.yaml:{regel}:" in r.output
    assert "correctie 'werken op verschillenden manieren' → 'werken op verschillende manieren' past niet" in r.output


def test_check_meldt_een_dubbelzinnige_correctie(catalogus_kopie):
    pad = catalogus_kopie / "informeel" / "taken.yaml"
    vervang(pad, '{van: "geeft passend informatie"', '{van: "zorg,"')
    r = run_line(["catalogus", "check", str(catalogus_kopie)])
    assert r.exit_code == 1, r
    assert "correctie 'zorg,' past niet eenduidig: 'zorg,' staat 2 keer in de tekst van dit item" in r.output


# ---- 3. lead-in lines: one rule ----------------------------------------------------------------------


def test_elke_opsomming_heeft_de_inleidende_regel_van_de_bron(cat):
    assert [t.inleiding_activiteiten for t in cat.taken["informeel"]] == \
        ["De informele onafhankelijke cliëntondersteuner:"] * 7
    assert [c.inleiding_indicatoren for c in cat.competenties["informeel"]] == \
        ["De informele cliëntondersteuner:"] * 8
    # BCMB: the description runs on into the sub-items (2a "Dit vraagt om"), no lead-in of our own.
    assert all(c.inleiding_indicatoren is None for c in cat.competenties["formeel"])


# ---- 4. completeness --------------------------------------------------------------------------------


def test_movisie_context_in_de_volgorde_van_de_bron(cat):
    ids = [b.id for b in cat.tekstblokken if b.herkomst.bron == "movisie-2017"]
    assert ids == [
        "ctx-aanleiding", "ctx-echt-onafhankelijk", "ctx-profiel",  # 1, kader, 1.1
        "ctx-hoofdstuk-context", "ctx-wettelijke-definitie", "ctx-drie-lagen", "ctx-informele-clientondersteuning",
        "ctx-laagdrempelig-en-onafhankelijk", "ctx-ondersteunen-alle-inwoners", "ctx-integrale-ondersteuning",
        "ctx-zelfredzaamheid-en-participatie",  # 2.1 with the box of principles
        "ctx-waarom-informeel", "ctx-eisen-organisatorisch-verband",  # 2.2, 2.3
        "ctx-ervaringsdeskundigen", "ctx-ervaringsdeskundigen-dicht-aansluiten",  # the second 2.3
        "ctx-samenspel", "ctx-samenspel-goede-match", "ctx-samenspel-samenwerking-en-afspraken",
        "ctx-samenspel-beroep-op-formeel", "ctx-samenspel-overgaan-op-informeel",
        "ctx-samenspel-doorverwijzen-en-overdragen",  # 2.4
        "ctx-hoofdstuk-taken", "ctx-hoofdstuk-competenties",  # the introductions of 3 and 4
    ]


def test_hoofdstukken_openen_met_hun_inleiding(cat):
    hoofdstukken = [(b.id, b.titel) for b in cat.tekstblokken if b.soort == "hoofdstuk"]
    assert hoofdstukken == [
        ("ctx-aanleiding", "Aanleiding"),
        ("ctx-hoofdstuk-context", "Context van onafhankelijke cliëntondersteuning"),
        ("ctx-hoofdstuk-taken", "Mogelijk pakket van taken van de informele onafhankelijke cliëntondersteuner"),
        ("ctx-hoofdstuk-competenties", "Competenties van de informele onafhankelijke cliëntondersteuner"),
        ("bcmb-profiel-inleiding", "Model Beroepsprofiel Cliëntondersteuner voor mensen met een beperking"),
        ("bcmb-kerntaken", "Kerntaken cliëntondersteuners"),
        ("bcmb-onderscheidende-taken", "Onderscheidende taken cliëntondersteuner in sociaal domein"),
        ("bcmb-competenties", "Competenties"),
    ]


def test_wat_op_een_dubbele_punt_volgt(cat):
    volgt = {b.id: b.gevolgd_door for b in cat.tekstblokken if b.gevolgd_door}
    assert volgt == {
        "ctx-drie-lagen": "lagen", "ctx-integrale-ondersteuning": "leefgebieden",
        "ctx-hoofdstuk-taken": "taken", "ctx-hoofdstuk-competenties": "competenties",
        "bcmb-kerntaken": "kerntaken", "bcmb-onderscheidende-taken": "onderscheidende-taken",
        "bcmb-competenties": "competenties",
    }
    assert cat.items["ctx-integrale-ondersteuning"].alineas[-1].endswith(
        "Het gaat om de volgende leefgebieden en de daarbij behorende thema's:")
    assert cat.items["ctx-drie-lagen"].alineas == [
        "De Vereniging van Nederlandse Gemeenten (VNG) onderscheidt in een inspiratiedocument (VNG, 2015) over "
        "onafhankelijke cliëntondersteuning drie lagen:"]


@pytest.mark.parametrize("item_id, fragment", [
    ("ctx-profiel", "om een haalbaar en realistisch functieprofiel op lokaal niveau samen te stellen;"),
    ("ctx-informele-clientondersteuning", "Informele onafhankelijke cliëntondersteuning is een ‘nieuwe’ naam "
                                          "voor vrijwilligerswerk dat al jaren bestaat"),
    ("ctx-waarom-informeel", "Informele cliëntondersteuners zijn vrijwilligers."),
    ("ctx-ervaringsdeskundigen", "Ervaringsdeskundigen zijn mensen die zelf ervaring hebben of hebben gehad"),
    ("ctx-hoofdstuk-taken", "We onderscheiden daarbij de volgende zeven taken, die we hieronder uitwerken."),
    ("ctx-hoofdstuk-competenties", "over essentiële competenties beschikken. Welke zijn dat?"),
    ("bcmb-profiel-inleiding", "Dit profiel is geen bindend functieprofiel en is geen volledige beschrijving"),
    ("bcmb-profiel-inleiding", "Vervolgens worden de benodigde competenties beschreven, onderverdeeld naar "
                               "kennis, houding en vaardigheden."),
    ("bcmb-kerntaken", "Deze taken vormen de kern van het takenpakket van de cliëntondersteuner"),
    ("bcmb-onderscheidende-taken", "in de mate waarin en het niveau waarop de onderstaande taken worden "
                                   "uitgevoerd."),
    ("bcmb-competenties", "Voor de uitvoering van de bovenstaande taken moet de cliëntondersteuner kunnen "
                          "beschikken over de volgende competenties."),
])
def test_toegevoegde_teksten_letterlijk(cat, item_id, fragment):
    assert fragment in _tekst(cat.items[item_id])


def test_profiel_van_movisie_heeft_vijf_toepassingen(cat):
    blok = cat.items["ctx-profiel"]
    assert blok.alineas[-1] == "Zij kunnen het profiel gebruiken:"
    assert len(blok.punten) == 5


def test_bcmb_competenties_per_cluster_in_de_volgorde_van_de_bron(cat):
    clusters = [c.cluster for c in cat.competenties["formeel"]]
    assert clusters == ["kennis"] * 3 + ["houding"] * 6 + ["vaardigheden"] * 6
    assert [c.nummer[0] for c in cat.competenties["formeel"]] == ["1"] * 3 + ["2"] * 6 + ["3"] * 6


def test_etc_blijft_letterlijk(cat):
    assert cat.items["lg-dagelijks-leven"].themas[-2:] == ["klusjes uitvoeren", "etc."]


# ---- 5. editorial texts say "hij of zij" for the cliënt ------------------------------------------------

# A reason about the one man in a case story (meneer H.) may say "zijn".
_MAG = ("op zijn psyche",)
_BEZIT = ("zijn netwerk", "zijn omgeving", "zijn directe omgeving", "zijn doelen", "zijn papieren",
          "zijn toestemming", "zijn gemak", "zijn verhaal", "zijn eigen kracht", "zijn belangen", "zijn werk")


@pytest.mark.parametrize("bestand", ["informeel/koppelingen.yaml", "formeel/koppelingen.yaml",
                                     "informeel/scholing.yaml", "formeel/scholing.yaml"])
def test_redactionele_teksten_zeggen_hij_of_zij(bestand):
    for regel in (Path(CATALOGUS) / bestand).read_text(encoding="utf-8").splitlines():
        if regel.lstrip().startswith("#") or any(m in regel for m in _MAG):
            continue
        kaal = re.sub(r"\b(hij of zij|hem of haar|zijn of haar)\b", "", regel)
        assert not re.search(r"\b(hij|hem)\b", kaal), regel
        assert not any(bezit in kaal for bezit in _BEZIT), regel


# ---- documents print the corrected text and mark editorial titles ---------------------------------------


def _plat(markdown: str) -> str:
    return re.sub(r"\s+", " ", markdown)


def test_profiel_drukt_verbeterde_tekst_en_een_regel_voor_inleidingen(cat):
    md = _plat(W.render_markdown(P.bouw(cat, "informeel", "alle").als_data()))
    assert "geeft passende informatie en advies" in md
    assert "geeft passend informatie" not in md
    assert "Gedragsindicatoren:" not in md
    assert md.count("De informele cliëntondersteuner:") == 8
    assert "Beiden zijn verantwoordelijk voor" in md and "verantwoordelijkheid voor een goede" not in md
    assert "alleen kennelijke typefouten zijn verbeterd" in md


def test_formeel_profiel_markeert_redactionele_titels(cat):
    md = _plat(W.render_markdown(P.bouw(cat, "formeel", "alle").als_data()))
    assert f"1a Inzicht in gevolgen van beperkingen {REDACTIONEEL_MERK}" in md
    assert "up-to-date" in md and "up-to date" not in md
    assert "### K1" in md or "Verduidelijken ondersteuningsbehoeften" in md
    assert f"Verduidelijken ondersteuningsbehoeften {REDACTIONEEL_MERK}" not in md


def test_check_meldt_een_dubbele_punt_waar_niets_op_volgt(catalogus_kopie):
    pad = catalogus_kopie / "context.yaml"
    vervang(pad, "    gevolgd_door: lagen\n", "")
    r = run_line(["catalogus", "check", str(catalogus_kopie)])
    assert r.exit_code == 1, r
    assert "de laatste alinea eindigt op een dubbele punt maar er volgt niets" in r.output
    assert f"context.yaml:{regel_van(pad, 'over onafhankelijke cliëntondersteuning drie lagen:')}:" in r.output


def test_toon_item_noemt_correcties_en_redactionele_titel():
    r = run_line(["catalogus", "toon", "ctx-samenspel-samenwerking-en-afspraken"])
    assert r.exit_code == 0, r
    assert "Beiden zijn verantwoordelijkheid voor → Beiden zijn verantwoordelijk voor" in r.stdout
    assert "Titel: redactioneel (staat niet in de bron)" in r.stdout
    r = run_line(["catalogus", "toon", "ctx-samenspel-goede-match"])
    assert "Titel: redactioneel" not in r.stdout and "Correcties" in r.stdout


def test_zelfevaluatie_formeel_markeert_redactionele_titels(cat):
    from clientondersteuning import scholing as S
    from clientondersteuning.beoordeling import opzet_uit_taken

    data = S.formulier_data(opzet_uit_taken(cat, "formeel", "alle"))
    titels = {c["competentie"]: c["titel"] for c in data["competenties"]}
    assert titels["2d"] == f"Denkt inclusief {REDACTIONEEL_MERK}"
    assert all(t.endswith(REDACTIONEEL_MERK) for t in titels.values())
