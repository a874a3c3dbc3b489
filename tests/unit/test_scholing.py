"""The gap computation and the volunteer file: rules, positions, the fast reader, the team."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from clientondersteuning import beoordeling
from clientondersteuning import scholing as s
from clientondersteuning import yamlbestand as yb
from clientondersteuning.beoordeling import beoordeling_yaml
from clientondersteuning.fouten import CotFout
from clientondersteuning.laden import laad_of_stop
from clientondersteuning.yamlbestand import lees_yaml
from helpers import CATALOGUS, REPO


@pytest.fixture(scope="module")
def cat():
    return laad_of_stop(CATALOGUS)


def schrijf(map_: Path, naam: str, tekst: str) -> Path:
    pad = map_ / naam
    pad.write_text(textwrap.dedent(tekst).lstrip("\n"), encoding="utf-8")
    return pad


def gap_van(cat, pad: Path) -> s.Resultaat:
    return s.gap(cat, s.lees_vrijwilliger(cat, pad))


def nummers(resultaat: s.Resultaat) -> list[str]:
    return [t.eis.competentie.nummer for t in resultaat.tekorten]


def fout_van(cat, pad: Path) -> list[str]:
    with pytest.raises(CotFout) as info:
        s.lees_vrijwilliger(cat, pad)
    return [str(m) for m in info.value.meldingen]


# Tasks 1 and 3 need: 4.1 and 4.8 (core, no task), 4.3 and 4.7 (both tasks), 4.4 and 4.5 (task 3 only).


def test_grootste_tekort_eerst(cat, tmp_path):
    pad = schrijf(tmp_path, "v.yaml", """
        naam: Fien Fictief
        taken: [1, 3]
        competenties:
          "4.1": 3
          "4.3": 2
          "4.8": 1
          "4.7": 4
    """)
    resultaat = gap_van(cat, pad)
    assert nummers(resultaat) == ["4.8", "4.3"]
    assert [t.tekort for t in resultaat.tekorten] == [2, 1]


def test_gelijk_tekort_meer_taken_eerst_dan_catalogusvolgorde(cat, tmp_path):
    pad = schrijf(tmp_path, "v.yaml", """
        naam: Fien Fictief
        taken: [1, 3]
        competenties: {"4.1": 2, "4.3": 2, "4.4": 2, "4.5": 2, "4.7": 2, "4.8": 2}
    """)
    assert nummers(gap_van(cat, pad)) == ["4.3", "4.7", "4.4", "4.5", "4.1", "4.8"]


def test_normen_uit_het_profiel(cat, tmp_path):
    schrijf(tmp_path, "profiel.yaml", """
        naam: Proefprofiel
        taken: [1]
        normen:
          "4.1": 4
          "4.3": 2
    """)
    pad = schrijf(tmp_path, "v.yaml", """
        naam: Fien Fictief
        profiel: profiel.yaml
        competenties:
          "4.1": 3
          "4.3": 2
          "4.7": 2
    """)
    resultaat = gap_van(cat, pad)
    assert [(t.eis.competentie.nummer, t.eis.norm, t.tekort) for t in resultaat.tekorten] == [
        ("4.7", 3, 1), ("4.1", 4, 1)]
    assert [(e.competentie.nummer, score) for e, score in resultaat.in_orde] == [("4.3", 2)]
    # normen given to gap() override those of the profile
    v = s.lees_vrijwilliger(cat, pad)
    assert nummers(s.gap(cat, v, {"inf-alert": 3})) == ["4.3", "4.7", "4.1"]


def test_niet_beoordeeld_in_catalogusvolgorde(cat, tmp_path):
    pad = schrijf(tmp_path, "v.yaml", """
        naam: Fien Fictief
        taken: [1, 3]
        competenties:
          "4.3": 3
    """)
    resultaat = gap_van(cat, pad)
    assert [e.competentie.nummer for e in resultaat.niet_beoordeeld] == ["4.1", "4.4", "4.5", "4.7", "4.8"]
    assert resultaat.tekorten == []


def test_indicatoren_toelichting_en_scholing(cat, tmp_path):
    pad = schrijf(tmp_path, "v.yaml", """
        naam: Fien Fictief
        taken: [1]
        competenties:
          "4.3":
            score: 2
            toelichting: Vindt het moeilijk om zorgelijke signalen te delen.
            indicatoren: {1: 3, 4: 1, 2: 2}
    """)
    tekort = gap_van(cat, pad).tekorten[0]
    assert [(n, score) for n, _, score in tekort.lage_indicatoren] == [("2", 2), ("4", 1)]
    assert tekort.toelichting.startswith("Vindt het moeilijk")
    assert tekort.scholing and all(v.leerdoel for v in tekort.scholing)


def test_niet_nodige_competentie_is_waarschuwing_met_regel(cat, tmp_path):
    pad = schrijf(tmp_path, "v.yaml", """
        naam: Fien Fictief
        taken: [1]
        catalogus_versie: "1.1.0"
        competenties:
          "4.3": 2
          "4.6": 1
    """)
    resultaat = gap_van(cat, pad)
    assert nummers(resultaat) == ["4.3"]
    [melding] = resultaat.waarschuwingen
    assert melding.ernst == "waarschuwing" and melding.regel == 6 and "4.6" in melding.tekst


def test_zonder_catalogus_versie_een_regel_hint(cat, tmp_path):
    pad = schrijf(tmp_path, "v.yaml", 'naam: Fien Fictief\ntaken: [1]\ncompetenties: {"4.3": 2}\n')
    [melding] = gap_van(cat, pad).waarschuwingen
    assert melding.ernst == "waarschuwing" and melding.regel == 1
    assert melding.tekst == (f"het bestand noemt geen catalogus_versie: gelezen met de huidige catalogus "
                             f"({cat.versie}); zet 'catalogus_versie: \"{cat.versie}\"' erin als de scores bij "
                             "deze versie horen")


def test_sleutels_zonder_aanhalingstekens_en_alle_taken(cat, tmp_path):
    pad = schrijf(tmp_path, "v.yaml", """
        naam: Fien Fictief
        taken: alle
        rol: informeel
        datum: 2026-10-01
        competenties:
          4.1: 2
          4.2:
            score: 1
            indicatoren:
              1: 1
    """)
    v = s.lees_vrijwilliger(cat, pad)
    assert v.datum == "2026-10-01" and len(v.taken) == 7
    assert nummers(s.gap(cat, v)) == ["4.2", "4.1"]


@pytest.mark.parametrize(("inhoud", "verwacht"), [
    ('naam: X\ntaken: [1]\ncompetenties:\n  "4.3": 5\n', ":4:10: 'score' moet een geheel getal van 1 tot"),
    ('naam: X\ntaken: [1]\ncompetenties:\n  "4.3": 0\n', ":4:10: 'score' moet een geheel getal van 1 tot"),
    ('naam: X\ntaken: [1]\ncompetenties:\n  "4.3": 2.5\n', ":4:10: 'score' moet een geheel getal"),
    ('naam: X\ntaken: [1]\ncompetenties:\n  "4.3": {score: 2, indicatoren: {1: 7}}\n', "1 tot en met 4"),
    ('naam: X\ntaken: [1]\ncompetenties:\n  "4.9": 2\n', ":4:3: competentie '4.9' bestaat niet"),
    ('naam: X\ntaken: [1]\ncompetenties:\n  4.10: 2\n', ":4:3: competentie '4.10' bestaat niet"),
    ('naam: X\ntaken: [1]\ncompetenties:\n  "4.3": {score: 2, indicatoren: {9: 1}}\n',
     ":4:35: competentie 4.3 heeft geen gedragsindicator 9 (nummers 1–5)"),
    ('taken: [1]\ncompetenties:\n  "4.3": 2\n', ":1:1: verplicht veld 'naam' ontbreekt"),
    ('naam: X\ntaken: [1, 9]\n', ":2:12: taak '9' bestaat niet bij rol informeel"),
    ('naam: X\n', "geef 'taken'"),
    ('naam: X\ntaken: [1]\nprofiel: p.yaml\n', "niet allebei"),
    ('naam: X\nprofiel: bestaat-niet.yaml\n', "bestaat-niet.yaml: bestand niet gevonden"),
    ('naam: X\ntaken: [1]\ncompetenties:\n  "4.3": 2\n  4.3: 3\n', "twee keer"),
    ('naam: X\ntaken: [1]\nscore: 3\n', ":3:1: onbekend veld 'score'"),
    ('naam: X\ntaken: [1]\ncompetenties:\n  "4.3": ja\n', ":4:10: 'score' moet een geheel getal"),
])
def test_foute_invoer(cat, tmp_path, inhoud, verwacht):
    pad = tmp_path / "v.yaml"
    pad.write_text(inhoud, encoding="utf-8")
    meldingen = fout_van(cat, pad)
    assert any(verwacht in m for m in meldingen), meldingen


def test_ontbrekend_bestand(cat, tmp_path):
    assert any("bestand niet gevonden" in m for m in fout_van(cat, tmp_path / "weg.yaml"))


# ---- the fast C parser must agree with the careful round-trip parser ------------------------------


GELIJK = [
    'naam: Fien Fictief\ntaken: [1, 3, 6]\ncompetenties:\n  "4.1": 3\n  "4.3":\n    score: 2\n'
    '    toelichting: Vindt het moeilijk.\n    indicatoren: {1: 2, 4: 1}\n',
    "# kop\nnaam: 'Piet Proef'\ntaken:\n  - 1\n  - 3\ndatum: 2026-10-01\ncompetenties:\n"
    "  4.1: 3\n\n  4.20: 2\n",
    'naam: "Tessa Test"\ntaken: alle\nrol: formeel\ncompetenties:\n  1a: 2\n  "2b":\n    score: 3\n'
    '    indicatoren:\n      1: 2\n      "ii": 3\n',
    "naam: X\nprofiel: ../profiel.yaml\ncompetenties: {}\n",
    "naam: X\ntaken:\n- 1\n- 2\ncompetenties: {}\n",
]


@pytest.mark.parametrize("tekst", GELIJK)
def test_snelle_en_zorgvuldige_lezer_geven_hetzelfde(tmp_path, tekst):
    pad = tmp_path / "v.yaml"
    pad.write_text(tekst, encoding="utf-8")
    snel = beoordeling._normaliseer(lees_yaml(pad))
    # Read by the C parser; the round-trip tree only for unquoted keys (4.20 is not 4.2), and kept.
    assert (snel._boom is None) == ("competenties: {}" in tekst)
    zorgvuldig = yb._naar_python(yb._nieuwe_yaml().load(tekst))
    assert lees_yaml(pad).data == zorgvuldig
    # Positions come from the round-trip tree on demand and point at the keys as typed.
    if "4.20" in tekst:
        assert "4.20" in snel.data["competenties"]
        assert snel.positie(("competenties", "4.20"), sleutel=True) == (10, 3)


def test_de_voorbeelden_gaan_over_het_snelle_pad(tmp_path):
    for pad in sorted((REPO / "examples" / "vrijwilligers").glob("*.yaml")):
        tekst = pad.read_text(encoding="utf-8")
        from clientondersteuning.yamlsnel import Geen, snel_lezen

        assert not isinstance(snel_lezen(tekst), Geen), pad
        assert snel_lezen(tekst) == yb._naar_python(yb._nieuwe_yaml().load(tekst))


# ---- the team -----------------------------------------------------------------------------------------


def test_team_slaat_een_fout_bestand_over(cat, tmp_path):
    schrijf(tmp_path, "a.yaml", 'naam: Anna Alfa\ntaken: [1]\ncompetenties: {"4.3": 1, "4.7": 2}\n')
    schrijf(tmp_path, "b.yaml", 'naam: Bert Beta\ntaken: [1]\ncompetenties: {"4.3": 2, "4.7": 3}\n')
    schrijf(tmp_path, "c.yaml", 'naam: Carla Gamma\ntaken: [1]\ncompetenties: {"4.3": 7}\n')
    (tmp_path / "notities.txt").write_text("geen yaml")
    resultaat = s.team(cat, tmp_path)
    assert [lid.naam for lid in resultaat.leden] == ["Anna Alfa", "Bert Beta"]
    assert len(resultaat.overgeslagen) == 1 and "c.yaml:3:23:" in str(resultaat.overgeslagen[0])
    data = s.team_data(cat, resultaat)
    assert [g["competentie"] for g in data["groepsscholing"]] == ["4.3", "4.7"]
    assert data["groepsscholing"][0]["aantal_tekort"] == 2
    assert data["matrix"][0]["cellen"]["4.3"] == {"status": "tekort", "score": 1, "norm": 3, "tekort": 2}
    assert {n["competentie"]: n["aantal"] for n in data["niet_beoordeeld"]} == {"4.1": 2, "4.8": 2}
    assert data["aantal_overgeslagen"] == 1


def test_team_anoniem(cat, tmp_path):
    versie = 'catalogus_versie: "1.1.0"\n'
    schrijf(tmp_path, "zz.yaml", 'naam: Zeno Zulu\ntaken: [1]\ncompetenties: {"4.3": 1, "4.6": 2}\n' + versie)
    schrijf(tmp_path, "aa.yaml", 'naam: Anna Alfa\ntaken: [1]\ncompetenties: {"4.3": 2}\n' + versie)
    resultaat = s.team(cat, tmp_path, anoniem=True)
    assert [lid.naam for lid in resultaat.leden] == ["V1", "V2"]
    assert [str(m).split(":")[0] for m in resultaat.waarschuwingen] == ["V2"]
    tekst = repr(s.team_data(cat, resultaat))
    assert "Zeno" not in tekst and "Anna" not in tekst and "zz.yaml" not in tekst


def test_team_berekent_de_eisen_een_keer_per_keuze(cat, tmp_path, monkeypatch):
    berekend = []

    def eisen_voor(cat, rol, taken, normen=None):
        berekend.append(([t.nummer for t in taken], normen))
        return echte(cat, rol, taken, normen)

    echte = beoordeling.eisen_voor
    monkeypatch.setattr(beoordeling, "eisen_voor", eisen_voor)
    schrijf(tmp_path, "profiel.yaml", 'naam: Streng\ntaken: [1]\ncatalogus_versie: "1.1.0"\nnormen: {"4.3": 4}\n')
    team = tmp_path / "team"
    team.mkdir()
    for naam in ("a", "b", "c"):
        schrijf(team, f"{naam}.yaml", f'naam: {naam.upper()} Test\ntaken: [1]\ncompetenties: {{"4.3": 3}}\n')
    schrijf(team, "d.yaml", 'naam: D Test\ntaken: [1, 3]\ncompetenties: {"4.3": 3}\n')
    schrijf(team, "e.yaml", 'naam: E Test\nprofiel: ../profiel.yaml\ncompetenties: {"4.3": 3}\n')
    leden = {lid.naam: lid for lid in s.team(cat, team).leden}
    assert berekend == [(["1"], {}), (["1", "3"], {}), (["1"], {"inf-alert": 4})]
    assert leden["A Test"].vrijwilliger.eisen == leden["C Test"].vrijwilliger.eisen
    assert len(leden["D Test"].vrijwilliger.eisen) > len(leden["A Test"].vrijwilliger.eisen)
    assert [t.eis.norm for t in leden["E Test"].resultaat.tekorten] == [4]  # the profile's norm
    assert leden["A Test"].resultaat.tekorten == []


def test_team_anoniem_leest_elk_bestand_een_keer(cat, tmp_path, monkeypatch):
    from clientondersteuning import bestanden

    gelezen = []
    echt = bestanden.lees_bytes
    monkeypatch.setattr(bestanden, "lees_bytes", lambda pad, *a, **k: gelezen.append(pad.name) or echt(pad, *a, **k))
    # No catalogus_versie: a warning for each file, whose words --anoniem hides.
    schrijf(tmp_path, "zeno.yaml", 'naam: Zeno Zulu\ntaken: [1]\ncompetenties: {"4.3": 1}\n')
    schrijf(tmp_path, "anna.yaml", 'naam: Anna Alfa\ntaken: [1]\ncompetenties: {"4.3": 2, "4.6": 3}\n')
    resultaat = s.team(cat, tmp_path, anoniem=True)
    assert sorted(gelezen) == ["anna.yaml", "zeno.yaml"]
    assert len(resultaat.waarschuwingen) == 3
    assert not any(w in str(m).lower() for m in resultaat.waarschuwingen for w in ("anna", "zeno", "alfa", "zulu"))


@pytest.mark.parametrize("map_", ["team", "./team/", ".", "..", "ABSOLUUT", "../ander/team"])
def test_team_noemt_bestanden_zoals_toon_pad(cat, tmp_path, monkeypatch, map_):
    from clientondersteuning.fouten import toon_pad

    (tmp_path / "werk").mkdir()
    for team in (tmp_path / "werk" / "team", tmp_path / "ander" / "team"):
        team.mkdir(parents=True)
        schrijf(team, "fout.yaml", 'naam: F\ntaken: [1]\ncompetenties: {"4.3": 9}\n')
    monkeypatch.chdir(tmp_path / "werk" / "team" if map_ in (".", "..") else tmp_path / "werk")
    pad = Path(str(tmp_path / "werk" / "team") if map_ == "ABSOLUUT" else map_)
    if map_ == "..":
        pad = Path("..") / "team"
    [melding] = s.team(cat, pad).overgeslagen
    assert melding.bestand == toon_pad(pad / "fout.yaml")


def test_team_lege_of_ontbrekende_map(cat, tmp_path):
    with pytest.raises(CotFout, match="geen vrijwilligersbestanden"):
        s.team(cat, tmp_path)
    with pytest.raises(CotFout, match="bestaat niet"):
        s.team(cat, tmp_path / "weg")


def test_invullen_yaml_is_een_geldig_bestand(cat, tmp_path):
    tekst = beoordeling_yaml("Fien Fictief", "2026-10-01", {"taken": [1, 3]}, {
        "4.3": {"score": 2, "toelichting": "Lastig: signalen # delen", "indicatoren": {"1": 2}},
        "4.1": {"score": 3}}, cat.versie)
    pad = tmp_path / "v.yaml"
    pad.write_text(tekst, encoding="utf-8")
    v = s.lees_vrijwilliger(cat, pad)
    assert v.waarschuwingen == []  # it names its catalogue version
    assert v.scores["inf-alert"].toelichting == "Lastig: signalen # delen"
    assert v.scores["inf-alert"].indicatoren == {"1": 2}
    assert v.scores["inf-betrokken"].score == 3


def test_scholing_laadt_de_organisatiemodellen_pas_als_een_profiel_er_een_noemt():
    # Building the organisation's models costs 7 ms of every 'scholing' run that has none.
    import subprocess
    import sys

    code = "import sys, clientondersteuning.scholing; print('clientondersteuning.model_organisatie' in sys.modules)"
    uit = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert uit.stdout.strip() == "False"
