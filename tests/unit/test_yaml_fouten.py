"""`cot catalogus check PAD` on one small broken catalogue per kind of mistake.

Each test asserts the Dutch message, the file and line, exit code 1 and that no traceback leaks.
"""

from __future__ import annotations

import textwrap
import time
from pathlib import Path

import pytest

from helpers import Result, build_file_tree, run_line

# A tiny valid catalogue. Every test below breaks one thing in it; line numbers in the
# tests refer to these texts (after dedent).
MINI: dict[str, str | bytes] = {
    "catalogus.yaml": """
        naam: Mini
        beschrijving: Een kleine catalogus voor de tests.
        versie: "1.0.0"
        """,
    "bronnen.yaml": """
        bronnen:
          - id: bron-a
            titel: Bron A
            uitgever: Uitgever A
          - id: redactie
            titel: Redactie
            uitgever: cot
            redactioneel: true
        """,
    "informeel/taken.yaml": """
        rol: informeel
        taken:
          - id: taak-een
            nummer: "1"
            titel: Legt contact
            herkomst: {bron: bron-a, sectie: "3.1 Legt contact"}
            activiteiten:
              - id: taak-een-a
                nummer: "1"
                tekst: maakt contact
              - id: taak-een-b
                nummer: "2"
                tekst: luistert goed
        """,
    "informeel/competenties.yaml": """
        rol: informeel
        competenties:
          - id: comp-een
            nummer: "4.1"
            titel: Is betrokken
            herkomst: {bron: bron-a, sectie: "4.1 Is betrokken"}
            omschrijving: Staat naast de cliënt.
          - id: comp-twee
            nummer: "4.2"
            titel: Werkt samen
            herkomst: {bron: bron-a, sectie: "4.2 Werkt samen"}
            omschrijving: Werkt samen met de coördinator.
        """,
    "informeel/koppelingen.yaml": """
        rol: informeel
        kern:
          - competentie: comp-een
            reden: Altijd nodig.
        koppelingen:
          - taak: taak-een
            competenties:
              - id: comp-twee
                reden: Contact vraagt samenwerking.
        """,
    "informeel/scholing.yaml": """
        rol: informeel
        scholing:
          - competentie: comp-een
            vormen:
              - id: sch-een
                vorm: training
                leerdoel: Je kunt luisteren.
          - competentie: comp-twee
            vormen:
              - id: sch-twee
                vorm: intervisie
                leerdoel: Je kunt samenwerken.
        """,
}


def _bron(regel3: str = "    titel: Bron A", regel4: str = "    uitgever: Uitgever A") -> str:
    """bronnen.yaml with line 3 and 4 replaced (line 1 'bronnen:', line 2 '- id: bron-a')."""
    return (f"bronnen:\n  - id: bron-a\n{regel3}\n{regel4}\n"
            "  - id: redactie\n    titel: Redactie\n    uitgever: cot\n    redactioneel: true\n")


def check(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, wijzig: dict[str, str | bytes | None],
          *extra: str) -> Result:
    """Build MINI with the changes (None removes a file) in tmp_path/cat and check it from tmp_path."""
    bestanden = {**MINI, **wijzig}
    build_file_tree(tmp_path / "cat", {k: v for k, v in bestanden.items() if v is not None})
    monkeypatch.chdir(tmp_path)
    resultaat = run_line(["catalogus", "check", "cat", *extra])
    assert "Traceback" not in resultaat.output
    assert "interne fout" not in resultaat.output
    return resultaat


def melding(resultaat: Result, bestand: str, regel: int | None, *fragmenten: str) -> str:
    """The one report line for bestand:regel that contains every fragment; fails with the output if none."""
    prefix = f"cat/{bestand}:" if regel is None else f"cat/{bestand}:{regel}:"
    for lijn in resultaat.stdout.splitlines():
        if lijn.startswith(prefix) and all(f in lijn for f in fragmenten):
            return lijn
    raise AssertionError(f"geen melding {prefix} met {fragmenten!r} in:\n{resultaat.output}")


def test_mini_catalogus_is_geldig(tmp_path, monkeypatch):
    r = check(tmp_path, monkeypatch, {})
    assert r.exit_code == 0, r
    assert "In orde: 6 bestanden gecontroleerd" in r.stdout


# ---- YAML itself -------------------------------------------------------------------------


@pytest.mark.parametrize(("inhoud", "regel", "fragment"), [
    # an opening quote that is never closed: the line of the quote, not the end of the file
    (_bron('    titel: "Bron A'), 3, "aanhalingsteken wordt niet gesloten"),
    (_bron("    titel: Bron A: deel 2"), 3, "onverwachte dubbele punt"),
    (_bron("    titel: [Bron A", "    uitgever: x"), 4, "sluitende ']'"),
    (_bron("   titel: Bron A"), 3, "het inspringen klopt niet"),
    (_bron("    titel: @Bron"), 3, "mag niet beginnen met '@'"),
    ("bronnen:\n  - id: bron-a\n---\nbronnen: []\n", 3, "meer dan één document"),
], ids=["aanhalingsteken", "dubbele-punt", "haakje", "inspringen", "apenstaart", "twee-documenten"])
def test_yaml_syntaxfout(tmp_path, monkeypatch, inhoud, regel, fragment):
    r = check(tmp_path, monkeypatch, {"bronnen.yaml": inhoud})
    assert r.exit_code == 1, r
    lijn = melding(r, "bronnen.yaml", regel, fragment)
    assert "expected" not in lijn and "found" not in lijn  # no English from the parser


def test_tab(tmp_path, monkeypatch):
    r = check(tmp_path, monkeypatch, {"bronnen.yaml": "bronnen:\n\t- id: bron-a\n"})
    assert r.exit_code == 1
    melding(r, "bronnen.yaml", 2, "tab gevonden: gebruik spaties")


def test_dubbele_sleutel(tmp_path, monkeypatch):
    r = check(tmp_path, monkeypatch, {"bronnen.yaml": _bron("    titel: Bron A", "    titel: Bron B")})
    assert r.exit_code == 1
    melding(r, "bronnen.yaml", 4, "sleutel 'titel' komt twee keer voor", "eerder op regel 3")


def test_binair_bestand(tmp_path, monkeypatch):
    r = check(tmp_path, monkeypatch, {"bronnen.yaml": b"bronnen:\n  - id: bron-a\x00\x01\x02\n"})
    assert r.exit_code == 1
    melding(r, "bronnen.yaml", 2, "geen tekstbestand", "binair")


def test_geen_utf8(tmp_path, monkeypatch):
    latin1 = _bron("    titel: cliënt").encode("latin-1")
    assert b"cli\xebnt" in latin1
    r = check(tmp_path, monkeypatch, {"bronnen.yaml": latin1})
    assert r.exit_code == 1
    melding(r, "bronnen.yaml", 3, "geen geldige UTF-8")


def test_utf8_met_bom_en_crlf_is_goed(tmp_path, monkeypatch):
    tekst = "\ufeff" + textwrap.dedent(str(MINI["bronnen.yaml"])).lstrip("\n")
    inhoud = tekst.replace("\n", "\r\n").encode("utf-8")
    assert inhoud.startswith(b"\xef\xbb\xbfbronnen:\r\n")
    r = check(tmp_path, monkeypatch, {"bronnen.yaml": inhoud})
    assert r.exit_code == 0, r


def test_stuurteken(tmp_path, monkeypatch):
    r = check(tmp_path, monkeypatch, {"bronnen.yaml": _bron("    titel: Bron\x07A")})
    assert r.exit_code == 1
    melding(r, "bronnen.yaml", 3, "stuurteken U+0007")


@pytest.mark.parametrize("inhoud", ["", "# alleen commentaar\n", "\n\n"],
                         ids=["leeg", "commentaar", "witregels"])
def test_leeg_bestand(tmp_path, monkeypatch, inhoud):
    r = check(tmp_path, monkeypatch, {"bronnen.yaml": inhoud})
    assert r.exit_code == 1
    melding(r, "bronnen.yaml", 1, "het bestand is leeg")


def test_te_groot(tmp_path, monkeypatch):
    groot = "# opvulling\n" * (2 * 1024 * 1024 // 12 + 10)
    assert len(groot) > 2 * 1024 * 1024
    r = check(tmp_path, monkeypatch, {"bronnen.yaml": groot})
    assert r.exit_code == 1
    melding(r, "bronnen.yaml", None, "bestand is te groot", "maximaal 2 MB")


def test_tien_mb_snel_geweigerd(tmp_path, monkeypatch):
    (tmp_path / "cat").mkdir()
    with open(tmp_path / "cat" / "bronnen.yaml", "w") as f:
        f.write("bronnen:\n")
        f.write("  - id: x\n" * (10 * 1024 * 1024 // 10))
    begin = time.process_time()
    r = check(tmp_path, monkeypatch, {"bronnen.yaml": None})
    duur = time.process_time() - begin
    assert r.exit_code == 1
    melding(r, "bronnen.yaml", None, "te groot (10.0 MB")
    assert duur < 2, f"10 MB weigeren duurde {duur:.2f} s"


def test_alias_bom(tmp_path, monkeypatch):
    lagen = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for i, naam in enumerate("bcdefghi"):
        vorige = "abcdefghi"[i]
        lagen.append(f"{naam}: &{naam} [" + ", ".join([f"*{vorige}"] * 9) + "]")
    begin = time.process_time()
    r = check(tmp_path, monkeypatch, {"bronnen.yaml": "\n".join(lagen) + "\n"})
    duur = time.process_time() - begin
    assert r.exit_code == 1
    melding(r, "bronnen.yaml", 1, "ankers met '&' zijn niet toegestaan")
    assert duur < 2, f"de alias-bom kostte {duur:.2f} s"


def test_anker(tmp_path, monkeypatch):
    r = check(tmp_path, monkeypatch, {"bronnen.yaml": _bron("    titel: &t Bron A")})
    assert r.exit_code == 1
    melding(r, "bronnen.yaml", 3, "ankers met '&' zijn niet toegestaan")


def test_alias(tmp_path, monkeypatch):
    r = check(tmp_path, monkeypatch, {"bronnen.yaml": _bron("    titel: Bron A", "    uitgever: *u")})
    assert r.exit_code == 1
    melding(r, "bronnen.yaml", 4, "YAML-aliassen) zijn niet toegestaan")


@pytest.mark.parametrize(("waarde", "tag"), [("!!str 123", "tag:yaml.org,2002:str"),
                                             ("!python/object:os.system ls", "!python/object:os.system")])
def test_expliciete_tag(tmp_path, monkeypatch, waarde, tag):
    r = check(tmp_path, monkeypatch, {"bronnen.yaml": _bron(f"    titel: {waarde}")})
    assert r.exit_code == 1
    melding(r, "bronnen.yaml", 3, f"YAML-tag '{tag}' is niet toegestaan")


def test_diepe_nesting(tmp_path, monkeypatch):
    # Line n is at depth n; the limit (40 levels) is crossed on line 40.
    genest = "".join("  " * i + f"k{i}:\n" for i in range(60)) + "  " * 60 + "x\n"
    begin = time.process_time()
    r = check(tmp_path, monkeypatch, {"bronnen.yaml": genest})
    assert time.process_time() - begin < 2
    assert r.exit_code == 1
    melding(r, "bronnen.yaml", 40, "dieper genest dan 40 niveaus")


def test_diepe_nesting_op_een_regel(tmp_path, monkeypatch):
    begin = time.process_time()
    r = check(tmp_path, monkeypatch, {"bronnen.yaml": "bronnen: " + "[" * 200 + "]" * 200 + "\n"})
    assert time.process_time() - begin < 2
    assert r.exit_code == 1
    melding(r, "bronnen.yaml", 1, "dieper genest dan 40 niveaus")


def test_getal_met_te_veel_cijfers(tmp_path, monkeypatch):
    r = check(tmp_path, monkeypatch, {"bronnen.yaml": _bron("    titel: " + "9" * 5000)})
    assert r.exit_code == 1
    melding(r, "bronnen.yaml", 3, "te veel cijfers")


@pytest.mark.parametrize("datum", ["2017-02-30", "2017-13-01", "2017-02-17 25:00:00"])
def test_datum_die_niet_bestaat(tmp_path, monkeypatch, datum):
    r = check(tmp_path, monkeypatch, {"bronnen.yaml": _bron("    titel: Bron A", f"    datum: {datum}")})
    assert r.exit_code == 1
    melding(r, "bronnen.yaml", 4, f"'{datum}' is geen bestaande datum of tijd")


@pytest.mark.parametrize(("sleutel", "getoond"), [("1", "1"), ("? [a, b]\n", "('a', 'b')"), ("", "(leeg)")],
                         ids=["getal", "lijst", "leeg"])
def test_sleutel_geen_tekst(tmp_path, monkeypatch, sleutel, getoond):
    meta = f'naam: Mini\nbeschrijving: Klein.\nversie: "1.0.0"\n{sleutel}: x\n'
    r = check(tmp_path, monkeypatch, {"catalogus.yaml": meta})
    assert r.exit_code == 1
    melding(r, "catalogus.yaml", None, f"ongeldige sleutel '{getoond}'", "een veldnaam is een woord")


@pytest.mark.parametrize(("sleutel", "kolom"), [("? [[a], b]", 3), ("? - - x", 3), ("?   {b: [1]}", 5)],
                         ids=["lijst-in-lijst", "blok", "lijst-in-map"])
def test_sleutel_met_een_lijst_erin_geeft_geen_interne_fout(tmp_path, monkeypatch, sleutel, kolom):
    # Python cannot use such a key at all (a list inside): found by the random volunteer files.
    meta = f'naam: Mini\nbeschrijving: Klein.\nversie: "1.0.0"\nwaarde: [1, [2]]\n{sleutel}\n: x\n'
    r = check(tmp_path, monkeypatch, {"catalogus.yaml": meta})
    assert r.exit_code == 1
    regel = melding(r, "catalogus.yaml", 5, "ongeldige sleutel: een lijst of map met een lijst of map erin")
    assert regel.startswith(f"cat/catalogus.yaml:5:{kolom}:")  # the key, not the list before it


def test_merge_sleutel_geeft_geen_interne_fout(tmp_path, monkeypatch):
    meta = "<<: {naam: Mini, beschrijving: Klein.}\nversie: 1\n"
    r = check(tmp_path, monkeypatch, {"catalogus.yaml": meta})
    assert r.exit_code == 1
    melding(r, "catalogus.yaml", None, "'versie' moet tekst zijn")


# ---- the model -----------------------------------------------------------------------------


def test_titel_is_een_getal(tmp_path, monkeypatch):
    r = check(tmp_path, monkeypatch, {"bronnen.yaml": _bron("    titel: 123")})
    assert r.exit_code == 1
    melding(r, "bronnen.yaml", 3, "'titel' moet tekst zijn, maar is het getal 123",
            "zet de waarde tussen aanhalingstekens")


def test_versie_is_een_kommagetal(tmp_path, monkeypatch):
    r = check(tmp_path, monkeypatch, {"catalogus.yaml": "naam: Mini\nbeschrijving: Klein.\nversie: 1.10\n"})
    assert r.exit_code == 1
    melding(r, "catalogus.yaml", 3, "'versie' moet tekst zijn, maar is het kommagetal", "aanhalingstekens")


def test_versie_geen_semver(tmp_path, monkeypatch):
    r = check(tmp_path, monkeypatch, {"catalogus.yaml": 'naam: Mini\nbeschrijving: Klein.\nversie: "1.0"\n'})
    assert r.exit_code == 1
    melding(r, "catalogus.yaml", 3, "geen semantische versie")


def test_onbekend_veld_met_suggestie(tmp_path, monkeypatch):
    r = check(tmp_path, monkeypatch, {"bronnen.yaml": _bron("    titel: Bron A", "    uitgevr: Uitgever A")})
    assert r.exit_code == 1
    lijn = melding(r, "bronnen.yaml", 4, "onbekend veld 'uitgevr'", "bedoelde je 'uitgever'?")
    assert lijn.startswith("cat/bronnen.yaml:4:5:")  # the column of the key itself


def test_onbekend_veld_diep_in_een_taak(tmp_path, monkeypatch):
    taken = str(MINI["informeel/taken.yaml"]).replace("tekst: luistert goed", "tekts: luistert goed")
    r = check(tmp_path, monkeypatch, {"informeel/taken.yaml": taken})
    assert r.exit_code == 1
    melding(r, "informeel/taken.yaml", 13, "onbekend veld 'tekts'", "bedoelde je 'tekst'?")
    melding(r, "informeel/taken.yaml", None, "verplicht veld 'tekst' ontbreekt")


def test_verplicht_veld_ontbreekt(tmp_path, monkeypatch):
    r = check(tmp_path, monkeypatch, {"bronnen.yaml": "bronnen:\n  - id: bron-a\n    titel: Bron A\n"})
    assert r.exit_code == 1
    melding(r, "bronnen.yaml", 2, "verplicht veld 'uitgever' ontbreekt")


# ---- the whole catalogue -------------------------------------------------------------------


def test_koppeling_naar_onbekende_competentie(tmp_path, monkeypatch):
    koppelingen = str(MINI["informeel/koppelingen.yaml"]).replace("id: comp-twee", "id: comp-tweee")
    r = check(tmp_path, monkeypatch, {"informeel/koppelingen.yaml": koppelingen})
    assert r.exit_code == 1
    melding(r, "informeel/koppelingen.yaml", 8, "competentie 'comp-tweee' bestaat niet",
            "bedoelde je 'comp-twee'?")


def test_herkomst_naar_onbekende_bron(tmp_path, monkeypatch):
    taken = str(MINI["informeel/taken.yaml"]).replace("bron: bron-a", "bron: bron-b")
    r = check(tmp_path, monkeypatch, {"informeel/taken.yaml": taken})
    assert r.exit_code == 1
    melding(r, "informeel/taken.yaml", 6, "bron 'bron-b' bestaat niet")


def test_dubbel_id_in_twee_bestanden(tmp_path, monkeypatch):
    bronnen = _bron() + "  - id: comp-een\n    titel: Dubbel\n    uitgever: X\n"
    r = check(tmp_path, monkeypatch, {"bronnen.yaml": bronnen})
    assert r.exit_code == 1
    # bronnen.yaml is read first; the message at the second one names the first, with its line.
    melding(r, "informeel/competenties.yaml", 3, "ID 'comp-een' bestaat al (cat/bronnen.yaml:9)")


@pytest.mark.parametrize(("nummer", "fragment"), [
    ("3", "nummer '3' sluit niet aan bij de activiteiten van taak 1: verwacht '2'"),
    ("1", "nummer '1' komt twee keer voor bij de activiteiten van taak 1"),
], ids=["gat", "dubbel"])
def test_nummering(tmp_path, monkeypatch, nummer, fragment):
    taken = str(MINI["informeel/taken.yaml"]).replace('nummer: "2"', f'nummer: "{nummer}"')
    r = check(tmp_path, monkeypatch, {"informeel/taken.yaml": taken})
    assert r.exit_code == 1
    melding(r, "informeel/taken.yaml", 12, fragment)


# ASCII ids: mutmut selects tests by id in a second in-process pytest run, where escaped non-ASCII ids
# are not found.
@pytest.mark.parametrize(("tekst", "fragment"), [
    ("Werkt met de cliént", "OCR-schade 'iént'"),
    ("Belt de coérdinator", "OCR-schade 'coérdinator'"),
    ("Werkt  samen", "dubbele spatie"),
], ids=["client", "coordinator", "dubbele-spatie"])
def test_schone_tekst(tmp_path, monkeypatch, tekst, fragment):
    comps = str(MINI["informeel/competenties.yaml"]).replace("titel: Werkt samen", f"titel: {tekst}")
    r = check(tmp_path, monkeypatch, {"informeel/competenties.yaml": comps})
    assert r.exit_code == 1
    melding(r, "informeel/competenties.yaml", 10, fragment)


def test_ongebruikte_competentie(tmp_path, monkeypatch):
    koppelingen = str(MINI["informeel/koppelingen.yaml"]).replace("id: comp-twee", "id: comp-een")
    r = check(tmp_path, monkeypatch, {"informeel/koppelingen.yaml": koppelingen})
    assert r.exit_code == 1
    melding(r, "informeel/competenties.yaml", 8,
            "competentie 4.2 ('comp-twee') wordt door geen taak gevraagd", "koppel haar in koppelingen.yaml")


def test_onbekende_bestandsnaam(tmp_path, monkeypatch):
    r = check(tmp_path, monkeypatch, {"informeel/taak.yaml": "rol: informeel\n"})
    assert r.exit_code == 1
    melding(r, "informeel/taak.yaml", 1, "onbekend catalogusbestand 'taak.yaml'", "taken.yaml")


def test_catalogus_yaml_ontbreekt(tmp_path, monkeypatch):
    r = check(tmp_path, monkeypatch, {"catalogus.yaml": None})
    assert r.exit_code == 1
    melding(r, "catalogus.yaml", None, "catalogus.yaml ontbreekt")


def test_pad_bestaat_niet(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    r = run_line(["catalogus", "check", "/nope"])
    assert r.exit_code == 1
    assert "/nope: de catalogusmap bestaat niet" in r.stdout
    assert "Traceback" not in r.output


def test_pad_is_een_bestand(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "catalogus.yaml").write_text("naam: x\n")
    r = run_line(["catalogus", "check", "catalogus.yaml"])
    assert r.exit_code == 1
    assert "catalogus.yaml: dit is geen map" in r.stdout


def test_onbekende_uitvoer_is_gebruiksfout(tmp_path, monkeypatch):
    r = check(tmp_path, monkeypatch, {}, "--format", "xml")
    assert r.exit_code == 2
    assert "--format 'xml' bestaat niet; kies uit: tekst, json, github" in r.stderr
    assert r.stdout == ""


def test_alle_problemen_in_een_keer(tmp_path, monkeypatch):
    r = check(tmp_path, monkeypatch, {
        "bronnen.yaml": _bron("    titel: 123"),
        "informeel/taken.yaml": str(MINI["informeel/taken.yaml"]).replace("tekst: maakt contact",
                                                                           "tekst: maakt  contact"),
        "informeel/scholing.yaml": "rol: informeel\nscholing:\n  - competentie: comp-een\n\tvormen: []\n",
    })
    assert r.exit_code == 1
    melding(r, "bronnen.yaml", 3, "'titel' moet tekst zijn")
    melding(r, "informeel/taken.yaml", 10, "dubbele spatie")
    melding(r, "informeel/scholing.yaml", 4, "tab gevonden")
    assert "3 fouten in 6 bestanden gecontroleerd." in r.stdout


def test_geen_vervolgfouten_als_bronnen_niet_laadt(tmp_path, monkeypatch):
    r = check(tmp_path, monkeypatch, {"bronnen.yaml": "bronnen: [\n"})
    assert r.exit_code == 1
    melding(r, "bronnen.yaml", 2, "houdt onverwacht op")
    assert "redactionele bron" not in r.stdout
    assert "bestaat niet" not in r.stdout
    assert "1 fout in 6 bestanden" in r.stdout


@pytest.mark.parametrize("tekst", [
    "a: &x 1\nb: *x\n", "- &x 1\n- *x\n", "{\"x\":&b 1,\"a\":*b}\n", "a: [&x 1, *x]\n", "a: {b: &x 1, c: *x}\n",
    "&x a: 1\n", "a: !!str 1\n", "- !tag 1\n", "a:\n\t&x 1\n", "a: ,&x\n",
])
def test_elk_anker_alias_en_label_gaat_de_voorzichtige_weg(tekst):
    from clientondersteuning.yamlsnel import Geen, snel_lezen

    assert isinstance(snel_lezen(tekst), Geen), tekst


@pytest.mark.parametrize("tekst", [
    "a: zorg & welzijn\n", "a: Doe mee!\n", "a: 3 * 4 = 12\n", "a: R&D, 'jij!' en \"wij?!\"\n",
    "- [een, twee]\n" * 30,  # many brackets (as in a long catalogue), nesting two levels
])
def test_proza_met_tekens_gaat_de_snelle_weg(tekst):
    from clientondersteuning.yamlsnel import Geen, snel_lezen

    assert not isinstance(snel_lezen(tekst), Geen), tekst


def test_diep_genest_met_veel_haakjes_wordt_gemeld():
    from clientondersteuning.fouten import CotFout
    from clientondersteuning.yamlsnel import MAX_DEPTH, snel_lezen

    tekst = "a: " + "[" * (MAX_DEPTH + 5) + "]" * (MAX_DEPTH + 5) + "\n"
    with pytest.raises(CotFout) as fout:
        snel_lezen(tekst, "x.yaml")
    assert "dieper genest dan 40" in str(fout.value) and "x.yaml:1:" in str(fout.value)


def test_een_anker_na_een_bom_midden_in_de_tekst_gaat_de_voorzichtige_weg():
    from clientondersteuning.yamlsnel import Geen, snel_lezen

    assert isinstance(snel_lezen("a: [\n\ufeff&x [1,2],\n\ufeff*x\n]\n"), Geen)


def test_trapsgewijze_streepjes_zijn_geen_ondiepe_tekst():
    # Each line deeper than the last, with many dashes: the depth is the product, not the sum.
    from clientondersteuning.yamlsnel import MAX_DEPTH, diepte_bovengrens

    tekst = "".join(" " * (2 * 12 * i) + "- " * 12 + "a\n" for i in range(8))
    assert diepte_bovengrens(tekst) >= 8 * 12 > MAX_DEPTH
