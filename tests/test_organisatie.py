"""organisatie.yaml as data: the model, the message for the older prose form, the 'over_ons' checks."""

from __future__ import annotations

from pathlib import Path

import pytest

from clientondersteuning import organisatiezinnen as zinnen
from clientondersteuning.fouten import CotFout
from clientondersteuning.model_organisatie import Organisatie
from clientondersteuning.organisatie import lees_met_waarschuwingen, lees_organisatie
from clientondersteuning.taalcontrole import problemen
from helpers import REPO, build_file_tree, run_line

DE_BRUG = REPO / "examples" / "organisatie.yaml"
DE_LINDE = REPO / "examples" / "profielen" / "organisaties" / "seniorenvereniging-de-linde.yaml"

# examples/organisatie.yaml as cot 1.x shipped it: prose where cot now wants data.
OUDE_VORM = """\
naam: Stichting Welzijn De Brug
soort: welzijnsorganisatie
werkgebied: gemeente Lindendal en de kernen Oosterhout en Veldzicht
contact:
  naam: Anne de Vries
website: https://www.debrug.example
tijdsbesteding: "Gemiddeld 4 uur per week, in overleg zelf in te delen; ook overdag bereikbaar."
inwerken: "Een kennismakingsgesprek met de coördinator en drie keer meelopen."
begeleiding: "Een vaste coördinator als aanspreekpunt en elke zes weken intervisie."
scholing: "De basistraining informele cliëntondersteuning (vier dagdelen)."
onkosten: "Reiskosten en telefoonkosten worden vergoed; daarnaast een vrijwilligersvergoeding."
verzekering: "Vrijwilligers zijn verzekerd via de vrijwilligersverzekering van de gemeente Lindendal."
vog: "Een Verklaring Omtrent het Gedrag is verplicht; De Brug vraagt die aan en betaalt de kosten."
"""


def test_de_voorbeelden_lezen_zonder_waarschuwing() -> None:
    for pad in (DE_BRUG, DE_LINDE):
        org, waarschuwingen = lees_met_waarschuwingen(pad)
        assert waarschuwingen == [], waarschuwingen
        assert org.contact and org.tijd and org.onkosten and org.vog and org.begeleiding and org.scholing


def test_het_tweede_voorbeeld_verschilt_in_elk_veld() -> None:
    brug, linde = lees_organisatie(DE_BRUG), lees_organisatie(DE_LINDE)
    for veld in Organisatie.model_fields:
        assert getattr(brug, veld) is not None and getattr(linde, veld) is not None, veld
        assert getattr(brug, veld) != getattr(linde, veld), veld
    # and within each block of facts, field by field (both require a VOG and pay telephone costs)
    for blok in ("werkgebied", "contact", "tijd", "onkosten", "inwerken", "begeleiding", "scholing", "vog"):
        a, b = getattr(brug, blok), getattr(linde, blok)
        for veld in type(a).model_fields:
            if (blok, veld) not in (("vog", "verplicht"), ("onkosten", "telefoonkosten")):
                assert getattr(a, veld) != getattr(b, veld), (blok, veld)


def test_oude_vorm_zegt_per_veld_wat_er_moet_komen(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    build_file_tree(tmp_path, {"organisatie.yaml": OUDE_VORM})
    r = run_line(["werving", "vacature", "--taken", "1", "--organisatie", "organisatie.yaml"])
    assert r.exit_code == 1, r
    for regel, veld, nieuw in ((3, "werkgebied", "gemeente: Lindendal"), (6, "website", "contact:"),
                               (7, "tijdsbesteding", "uren_per_week: 4"), (8, "inwerken", "meelopen: 3"),
                               (9, "begeleiding", "elke_weken: 6"), (10, "scholing", "basistraining_dagdelen"),
                               (11, "onkosten", "telefoonkosten: true"), (12, "verzekering", "verzekering: gemeente"),
                               (13, "vog", "kosten: organisatie")):
        assert f"organisatie.yaml:{regel}:1: '{veld}'" in r.stderr, veld
        assert nieuw in r.stderr, nieuw
    assert "oude vorm" in r.stderr and "Traceback" not in r.stderr
    # the profile reads the same file the same way: one message, no silent failure
    r = run_line(["profiel", "bouw", "--taken", "1", "--organisatie", "organisatie.yaml"])
    assert r.exit_code == 1 and "organisatie.yaml:7:1: 'tijdsbesteding'" in r.stderr, r


def test_nieuwe_vorm_met_verkeerde_waarden(tmp_path: Path) -> None:
    build_file_tree(tmp_path, {
        "a.yaml": "naam: X\ntijd:\n  uren_per_week: 4\n  uren_per_week_tot: 3\n",
        "b.yaml": "naam: X\nverzekering: gemeente\n",
        "c.yaml": "naam: X\nbegeleiding:\n  overleg: intervisie\n",
        "d.yaml": "naam: X\nvog:\n  kosten: niemand\n",
    })
    for naam, tekst in (("a", "uren_per_week_tot"), ("b", "werkgebied"), ("c", "elke_weken"), ("d", "kosten")):
        with pytest.raises(CotFout) as fout:
            lees_organisatie(tmp_path / f"{naam}.yaml")
        assert tekst in str(fout.value), (naam, str(fout.value))


@pytest.mark.parametrize(("zin", "probleem"), [
    ("Stichting De Brug helpt al meer dan veertig jaar inwoners van de gemeente Lindendal en de omliggende "
     "kernen.", "zin van 18 woorden"),
    ("Reiskosten worden vergoed.", "lijdende vorm"),
    ("Je wordt begeleid door een coördinator.", "lijdende vorm"),
    ("We zijn klein; we werken samen.", "puntkomma"),
    ("Onze vrijwilligers zijn het hart van De Brug.", "derde persoon"),
])
def test_over_ons_controle(zin: str, probleem: str) -> None:
    assert any(probleem in p for p in problemen(zin)), problemen(zin)


def test_over_ons_goede_zinnen_geven_geen_melding() -> None:
    for zin in ("Zestig mensen doen dit werk bij ons als vrijwilliger.", "Je werkt samen met ons team.",
                "De gemeente heeft het werk bij ons ondergebracht.", "Het wordt een mooie tijd."):
        assert problemen(zin) == [], zin


def test_over_ons_waarschuwing_met_regel_en_zin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    build_file_tree(tmp_path, {"org.yaml": (
        "naam: De Brug\ncontact:\n  naam: Anne\n  telefoon: '012'\nover_ons: >-\n  Wij helpen mensen.\n"
        "  Onze vrijwilligers worden goed opgeleid; ze zijn blij.\n")})
    r = run_line(["werving", "oproep", "--taken", "1", "--organisatie", "org.yaml"])
    assert r.exit_code == 0, r
    for probleem in ("lijdende vorm", "puntkomma", "derde persoon"):
        assert (f"org.yaml:7: waarschuwing: over_ons: {probleem}" in r.stderr
                or any(probleem in regel and regel.startswith("org.yaml:7:") for regel in r.stderr.splitlines())), r
    assert '"Onze vrijwilligers worden goed opgeleid; ze zijn blij."' in r.stderr
    assert "Wij helpen mensen" not in r.stderr


def test_werkgebied_met_veel_kernen_blijft_kort() -> None:
    org = Organisatie.model_validate({"naam": "X", "werkgebied": {
        "gemeente": "Lindendal", "kernen": ["Oosterhout", "Veldzicht", "Aalde", "Beekdorp", "Hoeve", "Zand", "Ven"]}})
    zin = zinnen.plaats(org)[0]
    assert zin == ("Je werkt in de gemeente Lindendal. Je komt ook in zeven kernen, zoals Oosterhout, Veldzicht "
                   "en Aalde.")
    een = Organisatie.model_validate({"naam": "X", "werkgebied": {"gemeente": "Lindendal"}})
    assert zinnen.plaats(een)[0] == "Je werkt in de gemeente Lindendal."


def test_profiel_toont_de_zinnen_uit_de_gegevens() -> None:
    r = run_line(["profiel", "bouw", "--taken", "1", "--organisatie", str(DE_BRUG)])
    assert r.exit_code == 0, r
    assert "Je geeft gemiddeld 4 uur per week." in r.stdout
    assert "gemeente Lindendal en de kernen Oosterhout en Veldzicht" in r.stdout
    assert "https://www.debrug.example" in r.stdout
