"""Tombstones in vervallen.yaml: checked like the rest of the catalogue, never shown in documents."""

from __future__ import annotations

from pathlib import Path

from clientondersteuning.laden import laad_catalogus
from clientondersteuning.vervallen import opvolgers
from helpers import regel_van, run_line, vervang
from versies_scenario import zet_versie

# Indicator 2 of 4.3 removed; 3, 4 and 5 become 2, 3 and 4 (the example).
_INDICATOR_2 = """      - id: inf-alert-betrokkenen
        nummer: "2"
        tekst: kan een inschatting maken van wie er allemaal betrokken zijn bij de cliënt en wat hun rol is
"""


def verwijder_indicator_2(map_: Path) -> None:
    pad = map_ / "informeel/competenties.yaml"
    vervang(pad, _INDICATOR_2, "")
    for oud, nieuw in (("3", "2"), ("4", "3"), ("5", "4")):
        vervang(pad, f'- id: inf-alert-{ {"3": "samenvatten", "4": "procedures", "5": "complexe-zaken"}[oud]}\n'
                     f'        nummer: "{oud}"',
                f'- id: inf-alert-{ {"3": "samenvatten", "4": "procedures", "5": "complexe-zaken"}[oud]}\n'
                f'        nummer: "{nieuw}"')
    zet_versie(map_, "2.0.0")


def grafsteen(map_: Path, regels: str) -> Path:
    pad = map_ / "vervallen.yaml"
    vervang(pad, "vervallen: []", "vervallen:\n" + regels)
    return pad


def test_geldige_grafsteen_en_opvolgers(catalogus_kopie: Path) -> None:
    verwijder_indicator_2(catalogus_kopie)
    grafsteen(catalogus_kopie, """  - id: inf-alert-betrokkenen
    vervallen_in: "2.0.0"
    ouder: inf-alert
    nummer: "2"
    vervangen_door: [inf-alert-samenvatten]
""")
    cat, meldingen = laad_catalogus(catalogus_kopie)
    assert [m for m in meldingen if m.ernst == "fout"] == []
    assert cat is not None
    assert opvolgers(cat, "inf-alert-betrokkenen") == ["inf-alert-samenvatten"]
    assert opvolgers(cat, "inf-alert-samenvatten") == ["inf-alert-samenvatten"]
    assert opvolgers(cat, "bestaat-niet") is None
    # Never in a document: not a catalogue item, not in the profile.
    assert "inf-alert-betrokkenen" not in cat.items
    r = run_line(["--catalogus", str(catalogus_kopie), "profiel", "bouw", "--taken", "alle"])
    assert r.exit_code == 0, r
    assert "wie er allemaal betrokken zijn" not in r.stdout
    assert "vat helder en begrijpelijk samen" in r.stdout


def test_fouten_in_grafstenen(catalogus_kopie: Path) -> None:
    verwijder_indicator_2(catalogus_kopie)
    pad = grafsteen(catalogus_kopie, """  - id: inf-alert-betrokkenen
    vervallen_in: "2.0.0"
    vervangen_door: [inf-alert-samenvaten]
  - id: inf-alert-procedures
    vervallen_in: "2.0.0"
  - id: oud-a
    vervallen_in: "3.0.0"
    vervangen_door: [oud-b]
  - id: oud-b
    vervallen_in: "2.0.0"
    vervangen_door: [oud-a]
    ouder: bestaat-niet
  - id: oud-a
    vervallen_in: "2.0.0"
""")
    r = run_line(["catalogus", "check", str(catalogus_kopie)])
    assert r.exit_code == 1, r
    naam = "catalogus/vervallen.yaml"
    assert (f"{naam}:{regel_van(pad, 'inf-alert-samenvaten')}:22: opvolger 'inf-alert-samenvaten' bestaat niet "
            "(geen item en geen vervallen item) (bedoelde je 'inf-alert-samenvatten'?)") in r.stdout
    assert (f"{naam}:{regel_van(pad, '- id: inf-alert-procedures')}:9: 'inf-alert-procedures' is vervallen maar "
            "bestaat nog in de catalogus") in r.stdout
    assert "vervallen in 3.0.0, maar de catalogus heeft versie 2.0.0" in r.stdout
    assert "de opvolgers vormen een kring: oud-a → oud-b → oud-a" in r.stdout
    assert "ouder 'bestaat-niet' bestaat niet" in r.stdout
    assert f"vervallen item 'oud-a' staat er al ({naam}:{regel_van(pad, '- id: oud-a')})" in r.stdout
    assert "Traceback" not in r.output
