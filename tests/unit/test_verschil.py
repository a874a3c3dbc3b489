"""The semantic diff (verschil.py): pure, on small catalogues built inline."""

from __future__ import annotations

from pathlib import Path

import pytest

from clientondersteuning.laden import laad_catalogus
from clientondersteuning.verschil import (
    CatalogusVerschil,
    Item,
    Wijziging,
    beperk,
    gezette_stap,
    heeft_changelog_kop,
    plat,
    redenen,
    semver,
    vereiste_stap,
    vergelijk,
    versiecontrole,
    volgende_versie,
    volledig_nummer,
    woorddiff,
    zonder_grafsteen,
)
from helpers import MINI, build_file_tree


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


# ---- built by hand: the version rules and their messages -------------------------------------


def _item(soort: str, ouder: str | None = None, nummer: str | None = None) -> Item:
    return Item(soort, ouder, nummer, {})


def test_volledig_nummer(oud) -> None:
    items = plat(oud)
    assert volledig_nummer(items, "ind-luistert") == "4.1.1"
    assert volledig_nummer(items, "act-polst") == "1.2"
    assert volledig_nummer(items, "taak-vraag") == "2"
    assert volledig_nummer(items, "sch-alert-intervisie") == "sch-alert-intervisie"  # no number of its own
    assert volledig_nummer(items, "bestaat-niet") == "bestaat-niet"


def test_zonder_grafsteen_noemt_alleen_de_bovenste_zonder_opvolger() -> None:
    oud = {"t1": _item("taak", "informeel", "1"), "a1": _item("activiteit", "t1", "1"),
           "t2": _item("taak", "informeel", "2"), "c1": _item("competentie", "informeel", "4.1"),
           "i1": _item("gedragsindicator", "c1", "1"), "k": _item("koppeling", "t2"),
           "lg": _item("leefgebied", None, "1")}
    diff = CatalogusVerschil(oud, {}, verwijderd=list(oud), vervangen={"t2": ["t3"]})
    # a1 goes with its task t1, i1 with c1; t2 has a successor; links and leefgebieden need no tombstone
    assert zonder_grafsteen(diff) == ["t1", "c1"]


def test_redenen_per_soort_wijziging() -> None:
    oud = {"t1": _item("taak", "informeel", "1"), "k": _item("koppeling", "t1"), "x": _item("taak", "informeel", "3")}
    nieuw = {"t1": Item("taak", "formeel", "2", {"titel": "Nieuw", "soort": "b"}), "y": _item("laag")}
    diff = CatalogusVerschil(oud, nieuw, "1.0.0", "1.0.0", toegevoegd=["y"], verwijderd=["k", "x"],
                             gewijzigd=[Wijziging("t1", oud["t1"], nieuw["t1"],
                                                  {"titel": ("Oud", "Nieuw"), "soort": ("a", "b")})],
                             vervangen={"x": ["y"]}, grafstenen={"g1": "toegevoegd", "g2": "verwijderd"})
    assert [(r.stap, r.wat, r.id) for r in redenen(diff)] == [
        ("minor", "verwijderd", "k"), ("major", "vervangen", "x"), ("minor", "toegevoegd", "y"),
        ("minor", "vervallen item toegevoegd", "g1"), ("major", "vervallen item verwijderd", "g2"),
        ("major", "hernummerd", "t1"), ("major", "verplaatst", "t1"),
        ("minor", "soort gewijzigd", "t1"), ("patch", "titel gewijzigd", "t1")]
    assert vereiste_stap(diff)[0] == "major"


def _verschil(n_weg: int, oud_versie: str = "1.0.0", nieuw_versie: str = "1.0.0") -> CatalogusVerschil:
    oud = {f"t{i}": _item("taak", "informeel", str(i)) for i in range(1, n_weg + 1)}
    oud["a"] = Item("activiteit", "t0", "1", {"tekst": "x"})
    nieuw = {"a": Item("activiteit", "t0", "1", {"tekst": "y"}), "n": _item("taak", "informeel", "9")}
    return CatalogusVerschil(oud, nieuw, oud_versie, nieuw_versie, toegevoegd=["n"], verwijderd=list(oud)[:-1],
                             gewijzigd=[Wijziging("a", oud["a"], nieuw["a"], {"tekst": ("x", "y")})])


def test_versiecontrole_somt_op_en_kort_in() -> None:
    [(waar, tekst)] = versiecontrole(_verschil(5), "## 1.0.0\n", "v1")
    assert waar == "versie"
    assert tekst == (
        "de catalogus is gewijzigd sinds v1, maar de versie is niet opgehoogd (1.0.0): nodig is minstens een "
        "major-stap (versie 2.0.0). Wat welke stap vraagt: major (verwijderd: t1, t2, t3 en 2 meer), "
        "minor (toegevoegd: n), patch (tekst gewijzigd: a)")
    [(_, tekst)] = versiecontrole(_verschil(3), "## 1.0.0\n", "v1")
    assert "major (verwijderd: t1, t2, t3), minor" in tekst  # exactly three: nothing 'meer'


@pytest.mark.parametrize(("nieuw_versie", "nu"), [
    ("0.9.0", "1.0.0 → 0.9.0, geen ophoging"),
    ("1.1.0", "1.0.0 → 1.1.0, een minor-stap"),
    ("1.0.1", "1.0.0 → 1.0.1, een patch-stap"),
])
def test_versiecontrole_te_kleine_stap(nieuw_versie: str, nu: str) -> None:
    problemen = versiecontrole(_verschil(1, nieuw_versie=nieuw_versie), f"## {nieuw_versie}\n", "main")
    assert [w for w, _ in problemen] == ["versie"]
    assert f"maar de versie is {nu}: nodig is minstens een major-stap (versie 2.0.0)." in problemen[0][1]


def test_versiecontrole_changelog() -> None:
    goed = _verschil(1, nieuw_versie="2.0.0")
    assert versiecontrole(goed, "# W\n\n## 2.0.0\n", "main") == []
    assert versiecontrole(goed, None, "main") == [("changelog", (
        "CHANGELOG.md ontbreekt; maak het aan met een kop '## 2.0.0' en de wijzigingen"))]
    assert versiecontrole(goed, "## 1.0.0\n", "main") == [("changelog", (
        "CHANGELOG.md heeft geen kop '## 2.0.0'; beschrijf daar de wijzigingen van deze versie"))]
    leeg = CatalogusVerschil({}, {}, "1.0.0", "1.0.0")
    assert versiecontrole(leeg, None, "main") == []  # nothing changed: no version step, no changelog needed


def test_versies_die_geen_semver_zijn() -> None:
    assert semver(" 1.2.3\n") == (1, 2, 3)
    assert semver("1.2.3.4") is None and semver("v1.2.3") is None
    assert gezette_stap("x", "1.0.0") is None and gezette_stap("1.0.0", "x") is None
    assert volgende_versie("onzin", "minor") == "0.1.0"
    assert volgende_versie("1.2.3", "iets anders") == "1.2.4"


def test_changelog_kop_varianten() -> None:
    assert heeft_changelog_kop("## v1.1.0", "1.1.0")
    assert heeft_changelog_kop("## 1.1.0 (2025-01-01)\n", "1.1.0")
    assert heeft_changelog_kop("tekst\n##   1.1.0\n", "1.1.0")
    assert not heeft_changelog_kop("## 1x1x0\n", "1.1.0")  # the dots are dots
    assert not heeft_changelog_kop("tekst ## 1.1.0\n", "1.1.0")


def test_woorddiff_weg_en_gelijk() -> None:
    assert woorddiff("a b c", None) == [("-", "a b c")]
    assert woorddiff("a  b", "a b") == [("=", "a b")]
    assert woorddiff("een twee drie", "een vier drie vijf") == [
        ("=", "een"), ("-", "twee"), ("+", "vier"), ("=", "drie"), ("+", "vijf")]


def test_plat_geeft_elk_item_met_soort_ouder_en_nummer(oud) -> None:
    items = plat(oud)
    assert {s: (i.soort, i.ouder, i.nummer) for s, i in items.items()} == {
        "(catalogus)": ("catalogus", None, None),
        "bron-a": ("bron", None, None), "redactie": ("bron", None, None),
        "taak-contact": ("taak", "informeel", "1"),
        "act-maakt-contact": ("activiteit", "taak-contact", "1"), "act-polst": ("activiteit", "taak-contact", "2"),
        "taak-vraag": ("taak", "informeel", "2"), "act-luistert": ("activiteit", "taak-vraag", "1"),
        "comp-betrokken": ("competentie", "informeel", "4.1"),
        "ind-luistert": ("gedragsindicator", "comp-betrokken", "1"),
        "comp-alert": ("competentie", "informeel", "4.2"),
        "kern:informeel->comp-betrokken": ("kern", "comp-betrokken", None),
        "lg-wonen": ("leefgebied", None, "1"),
        "taak-contact->comp-alert": ("koppeling", "taak-contact", None),
        "sch-betrokken-training": ("scholingsvorm", "comp-betrokken", None),
        "sch-alert-intervisie": ("scholingsvorm", "comp-alert", None),
    }
    assert items["(catalogus)"].velden == {"naam": "Mini", "beschrijving": "Een kleine catalogus voor de tests."}
    assert items["bron-a"].velden == {"titel": "Bron A", "uitgever": "Uitgever", "datum": None, "url": None,
                                      "omschrijving": None, "redactioneel": False}
    assert items["taak-contact"].velden["herkomst"] == "bron-a 3.1 Legt contact met mensen"
    assert items["taak-contact"].velden["titel_redactioneel"] is False
    assert items["act-polst"].velden == {"tekst": "polst de leefsituatie van mensen", "correcties": None}
    assert items["kern:informeel->comp-betrokken"].velden == {"rol": "informeel", "reden": "De basishouding."}
    assert items["taak-contact->comp-alert"].velden == {"naar": "competentie", "reden": "Polst de leefsituatie."}
    assert items["sch-alert-intervisie"].velden == {"vorm": "intervisie", "leerdoel": "Je ziet signalen."}
    assert items["lg-wonen"].velden == {"naam": "Wonen", "themas": "huisvesting", "herkomst": "bron-a 1",
                                        "correcties": None}
