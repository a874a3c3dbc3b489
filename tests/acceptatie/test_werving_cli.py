"""cot werving: vacature, oproep and folder, read back; readability; bad input; eenvoudig.yaml."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest

from clientondersteuning import werving
from clientondersteuning.catalogus import Catalogus
from clientondersteuning.fouten import KeuzeFout
from clientondersteuning.keuze import kies_taken
from clientondersteuning.laden import laad_of_stop
from clientondersteuning.model_organisatie import Contactpersoon, Organisatie
from clientondersteuning.organisatie import lees_organisatie
from clientondersteuning.paden import ingebouwde_catalogus
from clientondersteuning.weergave import werving as weergave_werving
from helpers import REPO, build_file_tree, regel_van, run_line, vervang

VACATURE_KOPPEN = ["Wat ga je doen", "Wie zoeken we", "Wat bieden we", "Tijd en plaats", "Over ons",
                   "Reageren"]
FOLDER_KOPPEN = ["Wat is informele cliëntondersteuning?", "Wat doe je?", "Wat doe je niet?", "Onafhankelijk",
                 "Hoe helpen wij jou?", "Meer weten?"]
SELECTIES = ["alle", *[str(i) for i in range(1, 8)]]
DE_BRUG = REPO / "examples" / "organisatie.yaml"
DE_LINDE = REPO / "examples" / "profielen" / "organisaties" / "seniorenvereniging-de-linde.yaml"

ORGANISATIE = """\
naam: Stichting Samen Sterk
werkgebied:
  gemeente: Zwolle
over_ons: "Wij zijn een kleine stichting in Zwolle. We helpen ouderen en hun naasten"
contact:
  naam: Anna de Vries
  functie: coördinator
  telefoon: "038 123 45 67"
  email: anna@samensterk.nl
tijd:
  uren_per_week: 4
onkosten:
  reiskosten: true
  telefoonkosten: false
"""


@pytest.fixture(scope="module")
def cat() -> Catalogus:
    return laad_of_stop(ingebouwde_catalogus())


@pytest.fixture(scope="module")
def brug() -> Organisatie:
    return lees_organisatie(DE_BRUG)


@pytest.fixture(scope="module")
def linde() -> Organisatie:
    return lees_organisatie(DE_LINDE)


def _tekst(cat: Catalogus, soort: str, selectie: str, org: Organisatie | None) -> str:
    data = werving.gegevens(cat, "informeel", kies_taken(cat, "informeel", selectie), org)
    return weergave_werving.maak(soort, data)


def _koppen(tekst: str) -> list[str]:
    return re.findall(r"^## (.+)$", tekst, flags=re.M)


def _geen_plaatshouders(tekst: str) -> None:
    for fout in ("{{", "}}", "{%", "None", "  ", " .", "..", "[", "TODO", "XXX"):
        assert fout not in tekst, fout


# ---- the texts, read back -------------------------------------------------------------------------


@pytest.mark.parametrize("selectie", SELECTIES)
def test_vacature_koppen_en_taken(cat: Catalogus, brug: Organisatie, selectie: str) -> None:
    tekst = _tekst(cat, "vacature", selectie, brug)
    assert tekst.startswith("# ")
    assert _koppen(tekst) == VACATURE_KOPPEN
    gekozen = {t.id for t in kies_taken(cat, "informeel", selectie)}
    for taak in cat.taken["informeel"]:
        # a long vacancy names its tasks with the short phrase; either way only the chosen ones
        genoemd = cat.eenvoudig[taak.id].wat_je_doet in tekst or f"Je {cat.eenvoudig[taak.id].kort}." in tekst
        assert genoemd == (taak.id in gekozen), taak.id
    # Only the competencies the chosen tasks need, as qualities.
    nodig = {c.id for c, _, _ in cat.competenties_voor("informeel", sorted(gekozen))}
    for comp in cat.competenties["informeel"]:
        assert (cat.eenvoudig[comp.id].kwaliteit in tekst) == (comp.id in nodig), comp.id
    _geen_plaatshouders(tekst)
    # NOV: apart from paid staff, no diploma, contact person, introduction, insurance, expenses, VOG.
    for nodig_woord in ("neemt hun werk niet over", "geen diploma", "Anne de Vries", "kennismakingsgesprek",
                        "verzekert je", "reiskosten en telefoonkosten terug", "Verklaring Omtrent het Gedrag"):
        assert nodig_woord in tekst


def test_vacature_met_weinig_taken_noemt_wat_je_doet(cat: Catalogus, brug: Organisatie) -> None:
    tekst = _tekst(cat, "vacature", "1,3,6", brug)
    for taak_id in ("inf-contact", "inf-informatie", "inf-keukentafel"):
        assert cat.eenvoudig[taak_id].wat_je_doet in tekst
    assert "Loopt iemand vast" in tekst and "Ons adres is Brugstraat 1" in tekst


@pytest.mark.parametrize("selectie", SELECTIES)
def test_folder_koppen_en_taken(cat: Catalogus, brug: Organisatie, selectie: str) -> None:
    tekst = _tekst(cat, "folder", selectie, brug)
    assert _koppen(tekst) == FOLDER_KOPPEN
    gekozen = {t.id for t in kies_taken(cat, "informeel", selectie)}
    for taak in cat.taken["informeel"]:
        assert (cat.eenvoudig[taak.id].wat_je_doet in tekst) == (taak.id in gekozen), taak.id
    assert "beroepskracht" in tekst and "onafhankelijk" in tekst
    _geen_plaatshouders(tekst)


def test_zinnen_uit_de_gegevens_van_de_brug(cat: Catalogus, brug: Organisatie) -> None:
    tekst = weergave_werving.naar_tekst(_tekst(cat, "vacature", "1,3,6", brug))
    for zin in ("Stichting Welzijn De Brug zoekt vrijwilligers",
                "Je werkt in de gemeente Lindendal en de kernen Oosterhout en Veldzicht.",
                "Je geeft gemiddeld 4 uur per week. Je deelt die uren zelf in. Je spreekt overdag met cliënten af.",
                "Je begint met een kennismakingsgesprek. Daarna loop je drie keer mee met een ervaren "
                "cliëntondersteuner.",
                "Je hebt een vaste coördinator als aanspreekpunt. Die is ook bij spoed bereikbaar.",
                "Elke zes weken praat je met andere cliëntondersteuners over je werk. Dat heet intervisie.",
                "Je volgt een basistraining van vier dagdelen. Elk jaar kun je naar bijeenkomsten over de Wmo, "
                "schulden en dementie.",
                "Je krijgt je reiskosten en telefoonkosten terug. Daarnaast krijg je een vrijwilligersvergoeding.",
                "De gemeente Lindendal verzekert je tijdens je werk als vrijwilliger.",
                "Je hebt een Verklaring Omtrent het Gedrag (VOG) nodig. Wij betalen de kosten.",
                "Neem dan contact op met Anne de Vries, coördinator cliëntondersteuning. Bel 012 345 67 89 of "
                "mail naar ondersteuning@debrug.example."):
        assert zin in tekst, zin


def test_zinnen_uit_de_gegevens_van_de_linde(cat: Catalogus, linde: Organisatie) -> None:
    tekst = weergave_werving.naar_tekst(_tekst(cat, "vacature", "1,3,6", linde))
    for zin in ("Je werkt in de gemeente Westerveen en de kern Aalde.",
                "Je geeft 2 tot 6 uur per week. Je spreekt 's avonds met cliënten af.",
                "Je loopt eerst twee keer mee met een ervaren cliëntondersteuner.",
                "Je hebt een vaste beroepskracht als aanspreekpunt.",
                "Elke vier weken bespreek je lastige situaties met andere cliëntondersteuners.",
                "Je volgt een basistraining van één dagdeel. Elk jaar kun je naar bijeenkomsten over onder meer "
                "de Wet langdurige zorg en wonen.",
                "Je krijgt je telefoonkosten terug.",
                "Wij verzekeren je tijdens je werk als vrijwilliger.",
                "Die is gratis voor jou, via de regeling Gratis VOG.",
                "Kijk op https://www.delinde.example/vrijwilligers."):
        assert zin in tekst, zin
    for niet in ("uren zelf in", "bij spoed", "Daarnaast", "vrijwilligersvergoeding", "kennismakingsgesprek"):
        assert niet not in tekst, niet


@pytest.mark.parametrize("soort", werving.SOORTEN)
def test_geen_zinnen_die_een_redacteur_terugstuurt(cat: Catalogus, brug: Organisatie, soort: str) -> None:
    for selectie in SELECTIES:
        tekst = _tekst(cat, soort, selectie, brug)
        for fout in ("worden vergoed", "zijn verzekerd", ";", "Vrijwilliger gezocht", "Je steunt ook",
                     "je staat alleen aan de kant", "Dan mag hij", "Iedereen heeft recht",
                     "geregeld met andere vrijwilligers", "betaalde krachten", "Je hoort hoe het met ze gaat",
                     "Je werkt in gemeente", "Bijvoorbeeld als", "Je werkt netjes", "in de buurt kan helpen",
                     "zieke partner"):
            assert fout not in tekst, (selectie, fout)


def test_ook_alleen_als_het_ergens_naar_verwijst(cat: Catalogus, brug: Organisatie) -> None:
    for taak in cat.taken["informeel"]:
        assert " ook " not in f" {cat.eenvoudig[taak.id].wat_je_doet} ", taak.id
    alleen_mantelzorg = _tekst(cat, "vacature", "7", brug)
    assert "Je geeft familie en mantelzorgers informatie en steun." in alleen_mantelzorg


def test_oproep_past_altijd_in_600_tekens(cat: Catalogus) -> None:
    taken = cat.taken["informeel"]
    lang = Organisatie(naam="Stichting Vrijwillige Cliëntondersteuning Noordoost-Overijssel en Omstreken",
                       contact=Contactpersoon(
                           naam="Anna", email="vacatures@vrijwillige-ondersteuning-overijssel.nl",
                           website="https://www.vrijwillige-ondersteuning-noordoost-overijssel.nl/vacatures/bij-ons"))
    for org in (None, lang):
        for aantal in range(1, len(taken) + 1):
            for keuze in itertools.combinations(taken, aantal):
                tekst = weergave_werving.maak("oproep", werving.gegevens(cat, "informeel", list(keuze), org))
                assert len(tekst.strip()) <= weergave_werving.MAX_OPROEP, tekst
                assert len(weergave_werving.naar_tekst(tekst).strip()) <= weergave_werving.MAX_OPROEP
                _geen_plaatshouders(tekst)
    alle = _tekst(cat, "oproep", "alle", None)
    assert all(cat.eenvoudig[t.id].kort in alle for t in taken)  # without an organisation: every task


def test_oproep_zonder_organisatie_belooft_niets(cat: Catalogus) -> None:
    tekst = _tekst(cat, "oproep", "1,3", None)
    assert "Je hebt geen diploma nodig." in tekst
    for belofte in ("training", "begeleiding", "Reageer", "zoekt mensen", "zoekt vrijwilligers", "uur per week"):
        assert belofte not in tekst, belofte


def test_oproep_met_onmogelijk_lange_gegevens_wordt_ingekort(cat: Catalogus) -> None:
    org = Organisatie(naam="Stichting" + " Heel Lange Naam" * 40)
    tekst = _tekst(cat, "oproep", "1", org)
    assert len(tekst.strip()) <= weergave_werving.MAX_OPROEP


def test_ontbrekende_gegevens_laat_de_tekst_weg(cat: Catalogus) -> None:
    org = Organisatie(naam="Stichting Samen Sterk", contact=Contactpersoon(naam="Anna de Vries",
                                                                            telefoon="038 123 45 67"))
    fouten, waarschuwingen = werving.ontbreekt("vacature", org)
    assert fouten == []
    assert len(waarschuwingen) == 8 and any("'tijd'" in w for w in waarschuwingen)
    tekst = _tekst(cat, "vacature", "1,6", org)
    assert _koppen(tekst) == ["Wat ga je doen", "Wie zoeken we", "Reageren"]
    for belofte in ("verzeker", "VOG", "training", "terug", "uur per week", "Je werkt in"):
        assert belofte not in tekst, belofte
    assert "Bel 038 123 45 67." in tekst
    _geen_plaatshouders(tekst)


def test_vacature_en_folder_vragen_een_organisatie_met_contact(brug: Organisatie) -> None:
    for soort in ("vacature", "folder"):
        fouten, _ = werving.ontbreekt(soort, None)
        assert fouten and "--organisatie" in fouten[0]
        fouten, _ = werving.ontbreekt(soort, Organisatie(naam="X", contact=Contactpersoon(naam="Anna")))
        assert fouten and "contactpersoon" in fouten[0]
        assert werving.ontbreekt(soort, brug) == ([], [])
    assert werving.ontbreekt("oproep", None)[0] == []


def test_naar_tekst_haalt_opmaak_weg(cat: Catalogus, brug: Organisatie) -> None:
    tekst = weergave_werving.naar_tekst(_tekst(cat, "vacature", "alle", brug))
    assert "#" not in tekst and "**" not in tekst
    assert "Wat ga je doen" in tekst


def test_formeel_is_een_gebruiksfout(cat: Catalogus) -> None:
    with pytest.raises(KeuzeFout):
        werving.gegevens(cat, "formeel", cat.taken["formeel"][:1], None)


# ---- the command ---------------------------------------------------------------------------------


def test_cli_vacature_naar_scherm() -> None:
    r = run_line(["werving", "vacature", "--taken", "2,3", "--organisatie", str(DE_BRUG), "--leesbaarheid"])
    assert r.exit_code == 0, r
    assert _koppen(r.stdout) == VACATURE_KOPPEN
    assert "Flesch-Douma" in r.stderr and "Flesch-Douma" not in r.stdout
    # the three longest sentences, longest first, each with its word count
    langste = re.findall(r"^ +(\d+) woorden: (.+)$", r.stderr, flags=re.M)
    assert len(langste) == 3 and all(zin in r.stdout for _, zin in langste), r.stderr
    aantallen = [int(n) for n, _ in langste]
    assert aantallen == sorted(aantallen, reverse=True) and aantallen[0] <= 15


@pytest.mark.parametrize("soort", ["vacature", "folder"])
def test_cli_vacature_en_folder_zonder_organisatie(soort: str) -> None:
    r = run_line(["werving", soort, "--taken", "1"])
    assert r.exit_code == 2 and "--organisatie" in r.stderr and r.stdout == "", r


def test_cli_oproep_zonder_organisatie_waarschuwt() -> None:
    r = run_line(["werving", "oproep", "--taken", "1"])
    assert r.exit_code == 0, r
    assert "waarschuwing: zonder --organisatie" in r.stderr and "Je zoekt contact" in r.stdout


def test_cli_vacature_zonder_contactpersoon(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    build_file_tree(tmp_path, {"org.yaml": "naam: Stichting\ncontact:\n  naam: Anna\n"})
    r = run_line(["werving", "vacature", "--taken", "1", "--organisatie", "org.yaml"])
    assert r.exit_code == 1 and "org.yaml: een vacature heeft een contactpersoon nodig" in r.stderr, r
    r = run_line(["werving", "oproep", "--taken", "1", "--organisatie", "org.yaml"])
    assert r.exit_code == 0 and "Reageer" not in r.stdout, r


@pytest.mark.parametrize(("taken", "melding"), [
    ("9", "taak '9' bestaat niet bij rol informeel; kies uit: 1–7, of 'alle'"),
    ("1,1", "taak 1 staat twee keer in de keuze"),
    ("0", "taak '0' bestaat niet bij rol informeel"),
    ("1,,3", "lege plek in de taaknummers '1,,3'; scheid de nummers met één komma"),
    ("a", "taak 'a' bestaat niet bij rol informeel"),
    ("1,b", "taak 'b' bestaat niet bij rol informeel"),
    ("", "geen taken gekozen; geef taaknummers op"),
    (" , ", "lege plek in de taaknummers ','"),
])
def test_cli_foute_taken(taken: str, melding: str) -> None:
    r = run_line(["werving", "vacature", "--taken", taken])
    assert r.exit_code == 2, r
    assert f"cot: --taken: {melding}" in r.stderr
    assert r.stdout == ""


@pytest.mark.parametrize(("args", "melding"), [
    (["--taken", "1", "--rol", "formeel"], "werving is er alleen voor de rol informeel"),
    (["--taken", "1", "--rol", "iets"], "--rol 'iets' bestaat niet; kies uit: informeel, formeel"),
    ([], "kies de taken met --taken (bijvoorbeeld --taken 1,3,6) of met --profiel PAD, niet allebei"),
    (["--taken", "1", "--profiel", "p.yaml"], "kies de taken met --taken"),
    (["--taken", "1", "--format", "rtf"], "--format 'rtf' bestaat niet; kies uit: md, txt, docx, pdf"),
])
def test_cli_gebruiksfouten(args: list[str], melding: str) -> None:
    r = run_line(["werving", "oproep", *args])
    assert r.exit_code == 2, r
    assert melding in r.stderr
    assert r.stdout == "" and "Traceback" not in r.stderr


def test_cli_formeel_melding_is_duidelijk() -> None:
    r = run_line(["werving", "folder", "--taken", "1", "--rol", "formeel"])
    assert "alleen voor de rol informeel" in r.stderr


def test_cli_organisatie_en_uitvoerbestand(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    build_file_tree(tmp_path, {"organisatie.yaml": ORGANISATIE})
    r = run_line(["werving", "vacature", "--taken", "alle", "--organisatie", "organisatie.yaml",
                  "-o", "v.md"])
    assert r.exit_code == 0, r
    assert r.stdout == "" and "v.md" in r.stderr
    tekst = (tmp_path / "v.md").read_text(encoding="utf-8")
    assert "Stichting Samen Sterk" in tekst and "anna@samensterk.nl" in tekst
    assert "Wij zijn een kleine stichting in Zwolle. We helpen ouderen en hun naasten." in tekst
    assert "org.yaml" not in r.stderr and "waarschuwing: geen 'vog'" in r.stderr  # what the text leaves out
    # existing file: exit 1 without --force
    r = run_line(["werving", "vacature", "--taken", "1", "--organisatie", "organisatie.yaml", "-o", "v.md"])
    assert r.exit_code == 1 and "bestaat al" in r.stderr, r
    assert (tmp_path / "v.md").read_text(encoding="utf-8") == tekst
    r = run_line(["werving", "vacature", "--taken", "1", "--organisatie", "organisatie.yaml", "-o", "v.md",
                  "--force"])
    assert r.exit_code == 0, r
    # .txt: plain text, from the suffix
    r = run_line(["werving", "folder", "--taken", "1", "--organisatie", "organisatie.yaml", "-o", "f.txt"])
    assert r.exit_code == 0, r
    platte = (tmp_path / "f.txt").read_text(encoding="utf-8")
    assert "#" not in platte and "Wat doe je niet?" in platte
    # .docx: a Word document with the same text
    r = run_line(["werving", "vacature", "--taken", "1,6", "--organisatie", "organisatie.yaml", "-o", "v.docx"])
    assert r.exit_code == 0, r
    from docx import Document

    document = Document(str(tmp_path / "v.docx"))
    alineas = [a.text for a in document.paragraphs]
    assert [a.text for a in document.paragraphs if a.style.name == "Heading 2"] == VACATURE_KOPPEN
    assert any("keukentafelgesprek" in a for a in alineas)
    assert run_line(["werving", "vacature", "--taken", "1", "--format", "docx"]).exit_code == 2


def test_cli_organisatie_ontbreekt_of_stuk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    r = run_line(["werving", "vacature", "--taken", "1", "--organisatie", "weg.yaml"])
    assert r.exit_code == 1 and "weg.yaml" in r.stderr and "niet gevonden" in r.stderr, r
    build_file_tree(tmp_path, {"kapot.yaml": "naam: Stichting\ncontact:\n  naam: [Anna\n",
                               "fout.yaml": "naam: Stichting\nsoort: stichting\nadress: x\n"})
    r = run_line(["werving", "vacature", "--taken", "1", "--organisatie", "kapot.yaml"])
    assert r.exit_code == 1 and re.search(r"kapot\.yaml:\d+", r.stderr), r
    r = run_line(["werving", "vacature", "--taken", "1", "--organisatie", "fout.yaml"])
    assert r.exit_code == 1 and "fout.yaml:3" in r.stderr and "'adres'" in r.stderr, r


def test_cli_profiel(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    build_file_tree(tmp_path, {
        "org/organisatie.yaml": ORGANISATIE,
        "org/profiel.yaml": ("naam: Vrijwillig ouderenadviseur\ntaken: [2, 6]\n"
                             "organisatie: organisatie.yaml\n"),
        "slecht.yaml": "naam: Adviseur\ntaken: [2, 9]\n",
        "formeel.yaml": "naam: Adviseur\nrol: formeel\ntaken: alle\n",
    })
    r = run_line(["werving", "vacature", "--profiel", "org/profiel.yaml"])
    assert r.exit_code == 0, r
    assert "# Help mensen op weg als vrijwillig ouderenadviseur" in r.stdout
    assert "Stichting Samen Sterk" in r.stdout
    assert "keukentafelgesprek" in r.stdout and "buurthuis" not in r.stdout
    r = run_line(["werving", "vacature", "--profiel", "slecht.yaml"])
    assert r.exit_code == 1 and "slecht.yaml:2" in r.stderr and "'9'" in r.stderr, r
    r = run_line(["werving", "vacature", "--profiel", "weg.yaml"])
    assert r.exit_code == 1 and "weg.yaml" in r.stderr, r
    r = run_line(["werving", "vacature", "--profiel", "formeel.yaml"])
    assert r.exit_code == 2, r


# ---- eenvoudig.yaml in the catalogue -----------------------------------------------------------


def test_eenvoudig_elke_taak_en_competentie(cat: Catalogus) -> None:
    for taak in cat.taken["informeel"]:
        assert cat.eenvoudig[taak.id].wat_je_doet and cat.eenvoudig[taak.id].kort
    for comp in cat.competenties["informeel"]:
        assert (cat.eenvoudig[comp.id].kwaliteit or "").startswith("Je ")


@pytest.mark.parametrize(("oud", "nieuw", "verwacht"), [
    ("  - id: inf-alert\n    kwaliteit:", "  - id: inf-alret\n    kwaliteit:", "bedoelde je 'inf-alert'"),
    ("  - id: inf-mantelzorg\n", "  - id: inf-grenzen\n", "heeft al een eenvoudige tekst"),
    ("  - id: inf-alert\n    kwaliteit:", "  - id: inf-contact-maakt-contact\n    kwaliteit:",
     "geen taak of competentie"),
    ("  - id: inf-alert\n    kwaliteit:", "  - id: fo-k1\n    kwaliteit:", "bestaat niet"),
])
def test_eenvoudig_verwijzingen(catalogus_kopie: Path, oud: str, nieuw: str, verwacht: str) -> None:
    pad = catalogus_kopie / "informeel" / "eenvoudig.yaml"
    vervang(pad, oud, nieuw)
    r = run_line(["catalogus", "check", str(catalogus_kopie)])
    assert r.exit_code == 1, r
    assert verwacht in r.stdout, r
    assert "heeft geen eenvoudige tekst" in r.stdout  # the item that lost its phrasing


def test_eenvoudig_veld_past_bij_soort(catalogus_kopie: Path) -> None:
    pad = catalogus_kopie / "informeel" / "eenvoudig.yaml"
    vervang(pad, "    kwaliteit: \"Je bent betrokken", "    wat_je_doet: \"Je bent betrokken")
    regel = regel_van(pad, "wat_je_doet: \"Je bent betrokken")
    r = run_line(["catalogus", "check", str(catalogus_kopie)])
    assert r.exit_code == 1, r
    assert f"eenvoudig.yaml:{regel - 1}" in r.stdout or f"eenvoudig.yaml:{regel}" in r.stdout, r


def test_eenvoudig_schema_is_actueel() -> None:
    from clientondersteuning.schema import schemas

    schema = ingebouwde_catalogus() / "schema" / "eenvoudig.schema.json"
    assert schema.read_text(encoding="utf-8") == schemas()["eenvoudig.schema.json"]
    bestand = ingebouwde_catalogus() / "informeel" / "eenvoudig.yaml"
    eerste = bestand.read_text(encoding="utf-8").splitlines()
    assert eerste[0] == "# yaml-language-server: $schema=../schema/eenvoudig.schema.json"
    assert "REDACTIONEEL" in eerste[1]


def test_eenvoudig_bron_staat_letterlijk_in_de_bron(catalogus_kopie: Path) -> None:
    pad = catalogus_kopie / "informeel" / "eenvoudig.yaml"
    vervang(pad, '      - "Geeft cliënten op verzoek informatie en advies"',
            '      - "Geeft cliënten informatie en advies over de buurt"')
    regel = regel_van(pad, "informatie en advies over de buurt")
    r = run_line(["catalogus", "check", str(catalogus_kopie)])
    assert r.exit_code == 1, r
    assert f"eenvoudig.yaml:{regel}" in r.stdout and "staat niet letterlijk in 3 Geeft cliënten" in r.stdout, r


def test_eenvoudig_blijft_bij_de_bron(cat: Catalogus) -> None:
    """The drifts issue 12 lists: each phrasing keeps what its source sentence says, and adds nothing."""
    tekst = {i: (t.wat_je_doet or t.kwaliteit or "") for i, t in cat.eenvoudig.items()}
    assert "Bijvoorbeeld" not in tekst["inf-belangen"] and "rechten" in tekst["inf-belangen"]
    assert tekst["inf-informatie"].startswith("Vraagt iemand om informatie of advies?")  # 'op verzoek'
    assert "netjes" not in tekst["inf-overzicht"] and "doelen van de ander" in tekst["inf-overzicht"]
    assert "in de buurt" not in tekst["inf-netwerk"] and "samen" in tekst["inf-netwerk"]
    assert tekst["inf-keuzes"].startswith("Je helpt mensen")  # the supporting part of 4.4
    assert "zieke" not in tekst["inf-mantelzorg"] and "familie" in tekst["inf-mantelzorg"]
    for item in cat.eenvoudig.values():
        assert item.bron, item.id
