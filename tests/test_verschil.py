"""The semantic diff (verschil.py): pure, on small catalogues built inline."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from clientondersteuning.laden import laad_catalogus
from clientondersteuning.verschil import (
    beperk,
    gezette_stap,
    heeft_changelog_kop,
    semver,
    vereiste_stap,
    vergelijk,
    versiecontrole,
    volgende_versie,
    woorddiff,
)
from helpers import build_file_tree

# A minimal valid catalogue: two tasks, two competencies, one leefgebied, links and training.
MINI: dict[str, str] = {
    "catalogus.yaml": """
        naam: Mini
        beschrijving: Een kleine catalogus voor de tests.
        versie: "1.0.0"
    """,
    "CHANGELOG.md": """
        # Wijzigingen

        ## 1.0.0

        Eerste versie.
    """,
    "bronnen.yaml": """
        bronnen:
          - id: bron-a
            titel: Bron A
            uitgever: Uitgever
          - id: redactie
            titel: Redactie
            uitgever: cot
            redactioneel: true
    """,
    "leefgebieden.yaml": """
        leefgebieden:
          - id: lg-wonen
            nummer: "1"
            naam: Wonen
            themas: [huisvesting]
            herkomst: {bron: bron-a, sectie: "1"}
    """,
    "informeel/taken.yaml": """
        rol: informeel
        taken:
          - id: taak-contact
            nummer: "1"
            titel: Legt contact met mensen
            herkomst: {bron: bron-a, sectie: "3.1 Legt contact met mensen"}
            activiteiten:
              - id: act-maakt-contact
                nummer: "1"
                tekst: maakt gemakkelijk contact met uiteenlopende mensen
              - id: act-polst
                nummer: "2"
                tekst: polst de leefsituatie van mensen
          - id: taak-vraag
            nummer: "2"
            titel: Verheldert de vraag
            herkomst: {bron: bron-a, sectie: "3.2 Verheldert de vraag"}
            activiteiten:
              - id: act-luistert
                nummer: "1"
                tekst: luistert naar het verhaal
    """,
    "informeel/competenties.yaml": """
        rol: informeel
        competenties:
          - id: comp-betrokken
            nummer: "4.1"
            titel: Is betrokken
            herkomst: {bron: bron-a, sectie: "4.1 Is betrokken"}
            omschrijving: Staat naast de cliënt.
            gedragsindicatoren:
              - id: ind-luistert
                nummer: "1"
                tekst: luistert aandachtig
          - id: comp-alert
            nummer: "4.2"
            titel: Is alert
            herkomst: {bron: bron-a, sectie: "4.2 Is alert"}
            omschrijving: Ziet wat er speelt.
    """,
    "informeel/koppelingen.yaml": """
        rol: informeel
        kern:
          - competentie: comp-betrokken
            reden: De basishouding.
        koppelingen:
          - taak: taak-contact
            competenties:
              - id: comp-alert
                reden: Polst de leefsituatie.
    """,
    "informeel/scholing.yaml": """
        rol: informeel
        scholing:
          - competentie: comp-betrokken
            vormen:
              - id: sch-betrokken-training
                vorm: training
                leerdoel: Je kunt luisteren.
          - competentie: comp-alert
            vormen:
              - id: sch-alert-intervisie
                vorm: intervisie
                leerdoel: Je ziet signalen.
    """,
}
MINI = {naam: textwrap.dedent(tekst).lstrip("\n") for naam, tekst in MINI.items()}


def bouw(root: Path, wijzig: dict[str, tuple[str, str]] | None = None) -> Path:
    """Write MINI under root/catalogus; wijzig maps a file to (old, new) text replacements."""
    bestanden = dict(MINI)
    for naam, (oud, nieuw) in (wijzig or {}).items():
        assert oud in bestanden[naam], f"{oud!r} niet in {naam}"
        bestanden[naam] = bestanden[naam].replace(oud, nieuw)
    map_ = root / "catalogus"
    build_file_tree(map_, bestanden)
    return map_


def laad(map_: Path):
    cat, meldingen = laad_catalogus(map_)
    assert cat is not None, meldingen
    return cat


@pytest.fixture
def oud(tmp_path: Path):
    map_ = bouw(tmp_path / "oud")
    cat, meldingen = laad_catalogus(map_)
    assert cat is not None and not meldingen, meldingen  # the fixture itself is a valid catalogue
    return cat


def nieuw(tmp_path: Path, naam: str, oud_tekst: str, nieuw_tekst: str):
    return laad(bouw(tmp_path / "nieuw", {naam: (oud_tekst, nieuw_tekst)}))


def test_geen_verschil(oud, tmp_path: Path) -> None:
    diff = vergelijk(oud, laad(bouw(tmp_path / "nieuw")))
    assert diff.leeg
    assert vereiste_stap(diff) == (None, [])


def test_tekst_gewijzigd_is_patch(oud, tmp_path: Path) -> None:
    diff = vergelijk(oud, nieuw(tmp_path, "informeel/taken.yaml", "maakt gemakkelijk contact",
                                "maakt makkelijk contact"))
    assert not diff.toegevoegd and not diff.verwijderd
    [w] = diff.gewijzigd
    assert (w.id, w.soort, w.hernummerd, w.verplaatst) == ("act-maakt-contact", "activiteit", False, False)
    assert w.velden == {"tekst": ("maakt gemakkelijk contact met uiteenlopende mensen",
                                  "maakt makkelijk contact met uiteenlopende mensen")}
    stap, redenen = vereiste_stap(diff)
    assert stap == "patch"
    assert [(r.stap, r.wat, r.id) for r in redenen] == [("patch", "tekst gewijzigd", "act-maakt-contact")]


def test_toegevoegd_is_minor(oud, tmp_path: Path) -> None:
    polst = "tekst: polst de leefsituatie van mensen\n"
    diff = vergelijk(oud, nieuw(tmp_path, "informeel/taken.yaml", polst, (
        "tekst: polst de leefsituatie van mensen\n"
        "      - id: act-nieuw\n        nummer: \"3\"\n        tekst: doet iets nieuws\n")))
    assert diff.toegevoegd == ["act-nieuw"]
    assert diff.nieuw["act-nieuw"].ouder == "taak-contact"
    assert vereiste_stap(diff)[0] == "minor"


def test_verwijderd_is_major(oud, tmp_path: Path) -> None:
    blok = '      - id: act-polst\n        nummer: "2"\n        tekst: polst de leefsituatie van mensen\n'
    diff = vergelijk(oud, nieuw(tmp_path, "informeel/taken.yaml", blok, ""))
    assert diff.verwijderd == ["act-polst"]
    assert vereiste_stap(diff)[0] == "major"


def test_id_gewijzigd_is_verwijderd_en_toegevoegd(oud, tmp_path: Path) -> None:
    diff = vergelijk(oud, nieuw(tmp_path, "informeel/taken.yaml", "id: act-polst",
                                "id: act-polst-leefsituatie"))
    assert (diff.verwijderd, diff.toegevoegd) == (["act-polst"], ["act-polst-leefsituatie"])
    assert vereiste_stap(diff)[0] == "major"


def test_hernummerd_is_major(oud, tmp_path: Path) -> None:
    diff = vergelijk(oud, nieuw(tmp_path, "leefgebieden.yaml", 'nummer: "1"', 'nummer: "2"'))
    [w] = diff.gewijzigd
    assert w.hernummerd and not w.velden
    assert (w.oud.nummer, w.nieuw.nummer) == ("1", "2")
    stap, redenen = vereiste_stap(diff)
    assert stap == "major" and redenen[0].wat == "hernummerd"


def test_verplaatst_naar_andere_taak_is_major(oud, tmp_path: Path) -> None:
    # act-polst becomes the second activity of taak-vraag (same number, other parent).
    map_ = bouw(tmp_path / "nieuw")
    pad = map_ / "informeel/taken.yaml"
    blok = '      - id: act-polst\n        nummer: "2"\n        tekst: polst de leefsituatie van mensen\n'
    tekst = pad.read_text(encoding="utf-8")
    assert blok in tekst
    pad.write_text(tekst.replace(blok, "") + blok, encoding="utf-8")
    diff = vergelijk(oud, laad(map_))
    [w] = diff.gewijzigd
    assert w.id == "act-polst" and w.verplaatst and not w.hernummerd
    assert (w.oud.ouder, w.nieuw.ouder) == ("taak-contact", "taak-vraag")
    assert vereiste_stap(diff)[0] == "major"


def test_koppelingen_zijn_minor_en_hun_reden_patch(oud, tmp_path: Path) -> None:
    weg = vergelijk(oud, nieuw(tmp_path / "a", "informeel/koppelingen.yaml", (
        "    competenties:\n      - id: comp-alert\n        reden: Polst de leefsituatie.\n"),
        "    leefgebieden:\n      - id: lg-wonen\n        reden: Bezoek thuis.\n"))
    assert weg.verwijderd == ["taak-contact->comp-alert"]
    assert weg.toegevoegd == ["taak-contact->lg-wonen"]
    assert vereiste_stap(weg)[0] == "minor"
    reden = vergelijk(oud, nieuw(tmp_path / "b", "informeel/koppelingen.yaml", "Polst de leefsituatie.",
                                 "Polst de leefsituatie van mensen."))
    assert [w.id for w in reden.gewijzigd] == ["taak-contact->comp-alert"]
    assert vereiste_stap(reden)[0] == "patch"


def test_kern_en_scholing(oud, tmp_path: Path) -> None:
    diff = vergelijk(oud, nieuw(tmp_path, "informeel/scholing.yaml", "vorm: intervisie",
                                "vorm: werkbegeleiding"))
    [w] = diff.gewijzigd
    assert (w.id, w.soort, w.nieuw.ouder) == ("sch-alert-intervisie", "scholingsvorm", "comp-alert")
    assert vereiste_stap(diff)[0] == "minor"  # a classification, not a text


def test_bestand_hernoemd_zonder_inhoud_geeft_geen_verschil(oud, tmp_path: Path) -> None:
    map_ = bouw(tmp_path / "nieuw")
    (map_ / "informeel" / "taken.yaml").rename(map_ / "taken.yaml")
    assert vergelijk(oud, laad(map_)).leeg


def test_versie_zelf_is_geen_inhoud(oud, tmp_path: Path) -> None:
    diff = vergelijk(oud, nieuw(tmp_path, "catalogus.yaml", '"1.0.0"', '"1.0.1"'))
    assert diff.leeg and (diff.oud_versie, diff.nieuw_versie) == ("1.0.0", "1.0.1")


def test_beperk_tot_ids_en_kinderen(oud, tmp_path: Path) -> None:
    map_ = bouw(tmp_path / "nieuw", {"informeel/taken.yaml": ("polst de leefsituatie", "polst de situatie")})
    tekst = (map_ / "informeel/taken.yaml").read_text().replace("luistert naar het verhaal", "luistert goed")
    (map_ / "informeel/taken.yaml").write_text(tekst, "utf-8")
    diff = vergelijk(oud, laad(map_))
    assert {w.id for w in diff.gewijzigd} == {"act-polst", "act-luistert"}
    assert [w.id for w in beperk(diff, ["taak-contact"]).gewijzigd] == ["act-polst"]
    assert [w.id for w in beperk(diff, {"act-luistert"}).gewijzigd] == ["act-luistert"]
    assert beperk(diff, []).leeg


def test_woorddiff() -> None:
    assert woorddiff("maakt gemakkelijk contact", "maakt makkelijk contact") == [
        ("=", "maakt"), ("-", "gemakkelijk"), ("+", "makkelijk"), ("=", "contact")]
    assert woorddiff(None, "nieuw") == [("+", "nieuw")]


@pytest.mark.parametrize(("oud", "nieuw", "stap"), [
    ("1.0.0", "2.0.0", "major"), ("1.0.0", "1.1.0", "minor"), ("1.0.0", "1.0.1", "patch"),
    ("1.0.0", "1.0.0", None), ("1.2.0", "1.1.9", None), ("1.9.0", "1.10.0", "minor"),
    ("1.2.3", "2.0.0", "major"),
])
def test_gezette_stap(oud: str, nieuw: str, stap: str | None) -> None:
    assert gezette_stap(oud, nieuw) == stap


def test_semver_en_volgende_versie() -> None:
    assert semver("1.10.2") == (1, 10, 2) and semver("1.0") is None
    assert [volgende_versie("1.2.3", s) for s in ("major", "minor", "patch")] == ["2.0.0", "1.3.0", "1.2.4"]


def test_changelog_kop() -> None:
    assert heeft_changelog_kop("# W\n\n## 1.1.0\n\nTekst", "1.1.0")
    assert heeft_changelog_kop("## [1.1.0] - 2025-01-01\n", "1.1.0")
    assert not heeft_changelog_kop("## 1.1.01\n", "1.1.0")
    assert not heeft_changelog_kop("### 1.1.0\n", "1.1.0")


def test_versiecontrole_noemt_stap_en_redenen(oud, tmp_path: Path) -> None:
    diff = vergelijk(oud, nieuw(tmp_path, "informeel/taken.yaml", "id: act-polst", "id: act-polst-2"))
    problemen = versiecontrole(diff, "## 1.0.0\n", "main")
    assert [waar for waar, _ in problemen] == ["versie"]
    tekst = problemen[0][1]
    assert "major-stap (versie 2.0.0)" in tekst
    assert "major (verwijderd: act-polst)" in tekst and "minor (toegevoegd: act-polst-2)" in tekst
    diff.nieuw_versie = "1.1.0"
    [(_, tekst)] = [p for p in versiecontrole(diff, "## 1.0.0\n", "main") if p[0] == "versie"]
    assert "een minor-stap" in tekst
    diff.nieuw_versie = "2.0.0"
    assert versiecontrole(diff, "## 2.0.0\n", "main") == []
    assert [w for w, _ in versiecontrole(diff, "## 1.0.0\n", "main")] == ["changelog"]
    assert [w for w, _ in versiecontrole(diff, None, "main")] == ["changelog"]
