"""The core of `cot profiel`: choosing tasks, building a profile, saved definitions, comparing."""

from __future__ import annotations

import json

import pytest

from clientondersteuning import definitie as D
from clientondersteuning import keuze as K
from clientondersteuning import profiel as P
from clientondersteuning import profielverschil as PV
from clientondersteuning.bronteksten import drukklaar
from clientondersteuning.fouten import CotFout
from clientondersteuning.laden import laad_of_stop
from clientondersteuning.organisatie import lees_organisatie
from helpers import CATALOGUS, REPO, build_file_tree, regel_van


@pytest.fixture(scope="module")
def cat():
    return laad_of_stop(CATALOGUS)


def nummers(taken) -> list[str]:
    return [t.nummer for t in taken]


# ---- choosing tasks -------------------------------------------------------------------------


@pytest.mark.parametrize(("keuze", "verwacht"), [
    ("1,3,6", ["1", "3", "6"]),
    ("6,1,3", ["1", "3", "6"]),  # always in catalogue order
    (" 1 , 3 ", ["1", "3"]),
    ("3.1", ["1"]),  # section 3.1 of the source is task 1
    ("3.1,3.6", ["1", "6"]),
    ("alle", ["1", "2", "3", "4", "5", "6", "7"]),
    ("ALLE", ["1", "2", "3", "4", "5", "6", "7"]),
    (["1", 3], ["1", "3"]),
])
def test_kies_taken(cat, keuze, verwacht):
    assert nummers(K.kies_taken(cat, "informeel", keuze)) == verwacht


def test_kies_taken_formeel_hoofdletters_doen_er_niet_toe(cat):
    assert nummers(K.kies_taken(cat, "formeel", "k1,O7")) == ["K1", "O7"]
    assert len(K.kies_taken(cat, "formeel", "alle")) == 10


@pytest.mark.parametrize(("keuze", "stukje", "index"), [
    ("0", "taak '0' bestaat niet bij rol informeel; kies uit: 1–7", 0),
    ("1,,3", "lege plek", None),
    ("1,3,", "lege plek", None),
    ("a", "taak 'a' bestaat niet", 0),
    ("1,1", "taak 1 staat twee keer", 1),
    ("1,3.1", "taak 1 staat twee keer in de keuze (als '1')", 1),
    ("", "geen taken gekozen", None),
    ("8", "taak '8' bestaat niet", 0),
    ("1,alle", "'alle' kan niet samen met taaknummers", 1),
    ("K1", "hoort bij rol formeel", 0),
    ([], "geen taken gekozen", None),
])
def test_kies_taken_fouten(cat, keuze, stukje, index):
    with pytest.raises(K.KeuzeFout) as fout:
        K.kies_taken(cat, "informeel", keuze)
    assert stukje in fout.value.tekst
    assert fout.value.index == index


def test_onbekende_rol(cat):
    with pytest.raises(K.KeuzeFout, match="rol 'vrijwilliger' bestaat niet"):
        K.kies_taken(cat, "vrijwilliger", "1")


# ---- building ---------------------------------------------------------------------------------


def test_bouw_bevat_de_gekozen_taken_en_niets_van_de_andere(cat):
    profiel = P.bouw(cat, "informeel", "1,3,6", beknopt=True)
    assert nummers(profiel.taken) == ["1", "3", "6"]
    tekst = json.dumps(profiel.als_data(), ensure_ascii=False)
    for taak in cat.taken["informeel"]:
        for act in taak.activiteiten:
            if taak.nummer in ("1", "3", "6"):
                assert drukklaar(act).tekst in tekst
            else:
                assert act.tekst not in tekst, f"activiteit van niet-gekozen taak {taak.nummer}: {act.tekst}"
                assert act.id not in tekst
        if taak.nummer not in ("1", "3", "6"):
            assert taak.titel not in tekst


def test_competenties_met_taken_en_kern(cat):
    profiel = P.bouw(cat, "informeel", "1,3,6")
    comps = {c.competentie.nummer: c for c in profiel.competenties}
    # The core ones, even though no chosen task links them.
    assert comps["4.1"].kern and comps["4.8"].kern
    assert comps["4.1"].kern_reden
    # Only chosen tasks are listed as needing a competency, each with its editorial reason.
    for c in profiel.competenties:
        assert {n.taak.nummer for n in c.taken} <= {"1", "3", "6"}
        assert all(n.reden for n in c.taken)
        assert c.taken or c.kern
    assert [n.taak.nummer for n in comps["4.7"].taken] == ["1", "3", "6"]
    # Same set as the catalogue's own answer, in catalogue order.
    verwacht = [c.nummer for c, _, _ in cat.competenties_voor("informeel", [t.id for t in profiel.taken])]
    assert [c.competentie.nummer for c in profiel.competenties] == verwacht


def test_leefgebieden_en_lagen_alleen_van_gekozen_taken(cat):
    profiel = P.bouw(cat, "informeel", "1")
    ids = {lg.leefgebied.id for lg in profiel.leefgebieden}
    koppeling = cat.koppelingen["inf-contact"]
    assert ids == {d.id for d in koppeling.leefgebieden}
    assert {la.laag.id for la in profiel.lagen} == {d.id for d in koppeling.lagen}


def test_volledig_profiel_noemt_alle_taken_maar_werkt_alleen_de_gekozen_uit(cat):
    data = P.bouw(cat, "informeel", "1,3,6").als_data()
    [groep] = data["taakgroepen"]
    assert groep["titel"].startswith("3 Mogelijk pakket van taken")
    assert groep["alineas"][-1] == "De informele onafhankelijke cliëntondersteuner:"
    assert [t["nummer"] for t in groep["taken"]] == ["1", "3", "6"]
    for taak in cat.taken["informeel"]:
        regel = next(r for r in groep["overzicht"] if r.startswith(f"Taak {taak.nummer}. "))
        assert regel.endswith("(in dit profiel)") == (taak.nummer in ("1", "3", "6"))
    tekst = json.dumps(data, ensure_ascii=False)
    for taak in cat.taken["informeel"]:
        for act in taak.activiteiten:
            assert (drukklaar(act).tekst in tekst) == (taak.nummer in ("1", "3", "6"))


def test_volledig_profiel_volgt_de_bron(cat):
    """Chapters 1 and 2 of Movisie in their order; the blocks that end in a colon get their list."""
    data = P.bouw(cat, "informeel", "1,3,6").als_data()
    koppen = [h["kop"] for h in data["hoofdstukken"]]
    assert koppen == ["Aanleiding", "2 Context van onafhankelijke cliëntondersteuning"]
    blokken = {b["id"]: b for h in data["hoofdstukken"] for b in h["blokken"]}
    assert list(blokken)[:2] == ["ctx-echt-onafhankelijk", "ctx-profiel"]
    assert len(blokken["ctx-profiel"]["punten"]) == 5
    assert "om na te gaan op welke onderdelen" in blokken["ctx-profiel"]["punten"][4]
    for nodig in ("ctx-waarom-informeel", "ctx-ervaringsdeskundigen", "ctx-informele-clientondersteuning",
                  "ctx-eisen-organisatorisch-verband", "ctx-samenspel-goede-match"):
        assert nodig in blokken
    # The fourth principle with the eight leefgebieden, the three layers with the chosen tasks marked.
    integraal = blokken["ctx-integrale-ondersteuning"]
    assert [v.split(" (")[0] for v in integraal["vervolg"]] == [lg.naam for lg in cat.leefgebieden]
    lagen = blokken["ctx-drie-lagen"]["vervolg"]
    assert len(lagen) == 3
    assert lagen[0].endswith("In dit profiel (redactioneel): geen van de gekozen taken.")
    assert lagen[1].endswith("In dit profiel (redactioneel): taken 1, 3 en 6.")
    # What the chapters print is not printed again.
    assert data["samenspel"] == [] and data["organisatie_eisen"] == []
    assert all(b["id"] not in blokken for s in data["context"] for b in s["blokken"])
    # Every leefgebied, the untouched one said to be so.
    zingeving = next(lg for lg in data["leefgebieden"] if lg["naam"] == "Zingeving")
    assert zingeving["taken_zin"] == "Niet geraakt door de gekozen taken"
    assert len(data["leefgebieden"]) == len(cat.leefgebieden)


def test_volledig_formeel_profiel(cat):
    data = P.bouw(cat, "formeel", "K1,K3,O2").als_data()
    assert [h["kop"] for h in data["hoofdstukken"]] == [
        "Model Beroepsprofiel Cliëntondersteuner voor mensen met een beperking"]
    assert len(data["hoofdstukken"][0]["alineas"]) == 2
    groepen = data["taakgroepen"]
    assert [g["titel"] for g in groepen] == ["Kerntaken cliëntondersteuners",
                                            "Onderscheidende taken cliëntondersteuner in sociaal domein"]
    assert groepen[0]["alineas"][0].startswith("Deze taken vormen de kern van het takenpakket")
    assert [t["nummer"] for t in groepen[0]["taken"]] == ["K1", "K3"]
    assert len(groepen[1]["overzicht"]) == 7
    # The kerntaak's title stands in its heading, not again as the paragraph's first words.
    k1 = groepen[0]["taken"][0]
    assert k1["alineas"][0].startswith("Omschreven als methodisch en resultaatgericht handelen bij:")
    assert data["competenties_hoofdstuk"]["kop"] == "Competenties"
    assert [g["titel"] for g in data["competentiegroepen"]] == ["1 Kennis", "2 Houding", "3 Vaardigheden"]
    assert len(data["competenties_overzicht"]) == len(cat.competenties["formeel"])


def test_beknopt_bewaard_en_opnieuw_gelezen(cat, tmp_path):
    from clientondersteuning.definitie import definitie_van, definitie_yaml

    pad = tmp_path / "profiel.yaml"
    pad.write_text(definitie_yaml(definitie_van(P.bouw(cat, "informeel", "1", beknopt=True))), encoding="utf-8")
    assert "beknopt: true" in pad.read_text(encoding="utf-8")
    profiel, _ = P.profiel_uit_bestand(cat, pad)
    assert profiel.beknopt and profiel.hoofdstukken == []


def test_context_informeel(cat):
    profiel = P.bouw(cat, "informeel", "1", beknopt=True)
    titels = [s.titel for s in profiel.context]
    assert titels == ["Wat is onafhankelijke cliëntondersteuning?", "Onafhankelijkheid", "Uitgangspunten"]
    soorten = {b.soort for s in profiel.context for b in s.blokken}
    assert soorten == {"definitie", "onafhankelijkheid", "uitgangspunt"}
    assert {b.soort for b in profiel.samenspel} == {"samenspel"}
    assert [b.soort for b in profiel.organisatie_eisen] == ["eisen-organisatie"]
    # Only blocks from Movisie (the informal role's publisher), not the BCMB checklist.
    bronnen = {b.herkomst.bron for s in profiel.context for b in s.blokken}
    assert all(cat.bronnen[b].uitgever == "Movisie" for b in bronnen)
    # A block that ends in a colon (its list lives elsewhere) is left out.
    for sectie in profiel.context:
        for blok in sectie.blokken:
            assert blok.punten or not blok.alineas[-1].endswith(":")


def test_context_formeel_gebruikt_bcmb(cat):
    profiel = P.bouw(cat, "formeel", "K1,O3")
    soorten = {b.soort for s in profiel.context for b in s.blokken}
    assert "eigenschap" in soorten
    assert [b.soort for b in profiel.samenspel] == ["randvoorwaarde"]
    assert profiel.organisatie_eisen == []
    assert all(cat.bronnen[b.herkomst.bron].uitgever == "BCMB" for s in profiel.context for b in s.blokken)


def test_extra_context(cat):
    profiel = P.bouw(cat, "informeel", "2", extra_context=["ervaringsdeskundigheid"], beknopt=True)
    assert profiel.context[-1].titel == "Ervaringsdeskundigheid"
    assert {b.id for b in profiel.context[-1].blokken} == {
        b.id for b in cat.tekstblokken_van("ervaringsdeskundigheid")}


def test_normen(cat):
    profiel = P.bouw(cat, "informeel", "1,3", normen={"4.3": 4})
    comps = {c.competentie.nummer: c.norm for c in profiel.competenties}
    assert comps["4.3"] == 4 and comps["4.1"] == K.STANDAARD_NORM
    with pytest.raises(K.KeuzeFout, match=r"competentie '4\.9' bestaat niet"):
        P.bouw(cat, "informeel", "1", normen={"4.9": 2})


def _alleen_gewone_data(waarde, pad="data"):
    if isinstance(waarde, dict):
        for k, v in waarde.items():
            assert isinstance(k, str), pad
            _alleen_gewone_data(v, f"{pad}.{k}")
    elif isinstance(waarde, list):
        for i, v in enumerate(waarde):
            _alleen_gewone_data(v, f"{pad}[{i}]")
    else:
        assert waarde is None or isinstance(waarde, (str, int, float, bool)), f"{pad}: {type(waarde)}"


def test_als_data_is_gewone_data(cat, tmp_path):
    build_file_tree(tmp_path, {"org.yaml": "naam: Stichting Voorbeeld\nwerkgebied:\n  gemeente: Dorp\n"})
    org = lees_organisatie(tmp_path / "org.yaml")
    data = P.bouw(cat, "informeel", "alle", organisatie=org, normen={"4.1": 4}).als_data()
    _alleen_gewone_data(data)
    assert data["organisatie"]["naam"] == "Stichting Voorbeeld"
    assert data["catalogus"]["versie"] == cat.versie
    assert any(b["redactioneel"] for b in data["bronnen"])


def test_datum_uit_source_date_epoch(cat, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # 14 November 2023
    data = P.bouw(cat, "informeel", "1").als_data()
    assert data["profiel"]["datum"] == "14 november 2023"
    assert data["profiel"]["datum_iso"] == "2023-11-14"


# ---- saved definitions ---------------------------------------------------------------------------


def test_definitie_heen_en_terug(cat, tmp_path):
    build_file_tree(tmp_path, {"org/organisatie.yaml": "naam: De Brug\n"})
    org = lees_organisatie(tmp_path / "org" / "organisatie.yaml")
    profiel = P.bouw(cat, "informeel", "3.1,6", naam="Pool", organisatie=org, normen={"4.3": 4},
                     toelichting="Een toelichting.", extra_context=["ervaringsdeskundigheid"])
    bewaar = tmp_path / "profielen" / "pool.yaml"
    bewaar.parent.mkdir()
    org_pad = D.relatief_pad(tmp_path / "org" / "organisatie.yaml", bewaar.parent)
    assert org_pad == "../org/organisatie.yaml"
    tekst = D.definitie_yaml(D.definitie_van(profiel, org_pad))
    assert tekst.startswith("# Profieldefinitie voor cot")
    assert 'taken: ["1", "6"]' in tekst
    bewaar.write_text(tekst, encoding="utf-8")
    definitie, organisatie = D.laad_definitie(bewaar)
    assert definitie.naam == "Pool" and definitie.taken == ["1", "6"]
    assert definitie.normen == {"4.3": 4} and definitie.catalogus_versie == cat.versie
    assert definitie.context == ["ervaringsdeskundigheid"]
    assert organisatie is not None and organisatie.naam == "De Brug"
    opnieuw, waarschuwingen = P.profiel_uit_bestand(cat, bewaar, datum=profiel.datum)
    assert waarschuwingen == []
    assert opnieuw.als_data() == profiel.als_data()


def test_definitie_alle(cat):
    tekst = D.definitie_yaml(D.definitie_van(P.bouw(cat, "formeel", "alle")))
    assert "taken: alle" in tekst and "rol: formeel" in tekst


@pytest.mark.parametrize(("inhoud", "fragment", "stukje"), [
    ('naam: X\ntaken:\n  - 1\n  - 9\n', "- 9", "taak '9' bestaat niet"),
    ('naam: X\ntaken: [1, 1]\n', "taken", "twee keer"),
    ('naam: X\ntaken: []\n', "taken", "geen taken gekozen"),
    ('naam: X\nrol: formeel\ntaken: [1]\n', "taken", "taak '1' bestaat niet bij rol formeel"),
    ('naam: X\ntaken: [1]\nnormen:\n  "4.9": 2\n', '"4.9"', "competentie '4.9' bestaat niet"),
    ('naam: X\ntaken: [1]\norganisatie: weg.yaml\n', "organisatie", "organisatiebestand 'weg.yaml' niet "
                                                                    "gevonden"),
    ('naam: X\ntaken: [1]\nkleur: rood\n', "kleur", "onbekend veld 'kleur'"),
    ('naam: X\ntaken: [1\n', "taken", ""),
    ('naam: X\nrol: vrijwilliger\ntaken: [1]\n', "rol", "'vrijwilliger' is geen toegestane waarde"),
])
def test_kapotte_definitie_met_regel(cat, tmp_path, inhoud, fragment, stukje):
    pad = tmp_path / "profiel.yaml"
    pad.write_text(inhoud, encoding="utf-8")
    with pytest.raises(CotFout) as fout:
        P.profiel_uit_bestand(cat, pad)
    melding = fout.value.meldingen[0]
    assert melding.bestand.endswith("profiel.yaml")
    assert stukje in melding.tekst
    if stukje:
        assert melding.regel == regel_van(pad, fragment)
    else:
        assert melding.regel > 0


def test_kapotte_organisatie_via_definitie(cat, tmp_path):
    build_file_tree(tmp_path, {
        "profiel.yaml": "naam: X\ntaken: [1]\norganisatie: org.yaml\n",
        "org.yaml": "naam: De Brug\ncontact:\n  naam: Anne\n  website: 12\n",
    })
    with pytest.raises(CotFout) as fout:
        P.profiel_uit_bestand(cat, tmp_path / "profiel.yaml")
    melding = fout.value.meldingen[0]
    assert melding.bestand.endswith("org.yaml") and melding.regel == 4
    assert "'website' moet tekst zijn" in melding.tekst


def test_andere_catalogusversie_geeft_waarschuwing(cat, tmp_path):
    pad = tmp_path / "profiel.yaml"
    pad.write_text('naam: X\ntaken: [1]\ncatalogus_versie: "0.9.0"\n', encoding="utf-8")
    _, waarschuwingen = P.profiel_uit_bestand(cat, pad)
    assert len(waarschuwingen) == 1
    assert waarschuwingen[0].ernst == "waarschuwing" and waarschuwingen[0].regel == 3
    assert "0.9.0" in waarschuwingen[0].tekst and cat.versie in waarschuwingen[0].tekst


# ---- comparing ----------------------------------------------------------------------------------


def test_verschil_gelijk(cat):
    a = P.bouw(cat, "informeel", "1,3")
    assert all(v.leeg for v in PV.verschil(a, P.bouw(cat, "informeel", "3,1")))


def test_verschil(cat):
    a = P.bouw(cat, "informeel", "1,3", naam="A", normen={"4.3": 4})
    b = P.bouw(cat, "informeel", "3,6", naam="B")
    per_soort = {v.soort: v for v in PV.verschil(a, b)}
    assert [i for i, _ in per_soort["taken"].eraf] == ["inf-contact"]
    assert [i for i, _ in per_soort["taken"].erbij] == ["inf-keukentafel"]
    acts = cat.taken["informeel"]
    assert [i for i, _ in per_soort["activiteiten"].erbij] == [x.id for x in acts[5].activiteiten]
    assert [i for i, _ in per_soort["activiteiten"].eraf] == [x.id for x in acts[0].activiteiten]
    assert ("inf-overzicht", "4.6 Werkt overzichtelijk en cliëntgericht") in per_soort["competenties"].erbij
    assert {i for i, _ in per_soort["leefgebieden"].erbij} and per_soort["leefgebieden"].eraf is not None
    gewijzigd = {label: (x, y) for label, x, y in per_soort["gegevens"].gewijzigd}
    assert gewijzigd["naam"] == ("A", "B")
    assert gewijzigd["norm 4.3"] == ("4", "3")


def test_voorbeelden_zijn_geldig(cat):
    voorbeelden = REPO / "examples"
    lees_organisatie(voorbeelden / "organisatie.yaml")
    profielen = sorted((voorbeelden / "profielen").glob("*.yaml"))
    assert [p.name for p in profielen] == ["ervaringsdeskundige-ggz.yaml", "gemeentelijke-pool.yaml",
                                           "ouderenadviseur.yaml"]
    for pad in profielen:
        profiel, waarschuwingen = P.profiel_uit_bestand(cat, pad)
        assert waarschuwingen == [], pad
        assert profiel.organisatie is not None
