"""`cot` and `cot catalogus ...` from the command line: Dutch help, exit codes, output."""

from __future__ import annotations

import json
import re
from importlib.metadata import version

import pytest
import typer

from clientondersteuning.cli import nederlands
from clientondersteuning.cli.app import volledige_app
from helpers import run_line, vervang


def _opdrachten() -> list[list[str]]:
    """Every command path below cot, e.g. ['catalogus', 'check'], from the app itself."""
    paden: list[list[str]] = []

    def loop(opdracht, pad: list[str]) -> None:
        for naam, sub in sorted(getattr(opdracht, "commands", {}).items()):
            paden.append([*pad, naam])
            loop(sub, [*pad, naam])

    loop(typer.main.get_command(volledige_app()), [])
    return paden


OPDRACHTEN = _opdrachten()


def test_de_catalogus_opdrachten_bestaan():
    assert {("catalogus",), ("catalogus", "check"), ("catalogus", "toon"), ("catalogus", "zoek"),
            ("catalogus", "schema")} <= {tuple(p) for p in OPDRACHTEN}


def _is_nederlands(tekst: str) -> None:
    assert "Gebruik:" in tekst
    assert "Opties:" in tekst
    assert "Toon deze hulp en stop." in tekst
    engelse = ("Usage:", "Show this message", "Options", "Arguments", "Commands:", "[default", "[required]")
    for engels in engelse:
        assert engels not in tekst, engels


def test_hoofdhulp():
    r = run_line(["--help"])
    assert r.exit_code == 0, r
    _is_nederlands(r.stdout)
    assert "Gebruik: cot [OPTIES] OPDRACHT [ARGUMENTEN]..." in r.stdout
    assert "Opdrachten:" in r.stdout
    assert re.search(r"^\s+catalogus\s+De catalogus", r.stdout, re.M)
    assert "--catalogus PAD" in r.stdout and "--version" in r.stdout


def test_cot_zonder_argumenten_toont_hulp():
    r = run_line([])
    assert r.exit_code == 0, r
    _is_nederlands(r.stdout)
    assert r.stdout == run_line(["--help"]).stdout


@pytest.mark.parametrize("pad", OPDRACHTEN, ids=[" ".join(p) for p in OPDRACHTEN])
def test_hulp_van_elke_opdracht_is_nederlands(pad):
    r = run_line([*pad, "--help"])
    assert r.exit_code == 0, r
    _is_nederlands(r.stdout)
    assert f"Gebruik: cot {' '.join(pad)}" in r.stdout


def test_hulp_van_check_noemt_argument_en_standaard():
    r = run_line(["catalogus", "check", "--help"])
    assert "Argumenten:" in r.stdout
    assert "--format tekst|json|github" in r.stdout
    assert re.search(r"\[standaard:\s+tekst\]", r.stdout)


def test_elke_opdracht_en_optie_heeft_hulptekst():
    """sqlite-utils style: walk the click tree; nothing may be undocumented."""
    nederlands.installeer()
    zonder: list[str] = []

    def loop(opdracht, pad: str) -> None:
        if not (opdracht.help or "").strip():
            zonder.append(f"{pad}: opdracht zonder hulptekst")
        ctx = typer.Context(opdracht, info_name=pad.split()[-1])
        for param in opdracht.get_params(ctx):
            if not (getattr(param, "help", None) or "").strip():
                zonder.append(f"{pad} {param.name}: zonder hulptekst")
        for naam, sub in getattr(opdracht, "commands", {}).items():
            loop(sub, f"{pad} {naam}")

    hoofd = typer.main.get_command(volledige_app())
    loop(hoofd, "cot")
    assert zonder == []
    assert len(hoofd.commands["catalogus"].commands) >= 4


def test_versie():
    r = run_line(["--version"])
    assert r.exit_code == 0, r
    assert r.stdout.strip() == f"cot {version('clientondersteuning')} (catalogus 1.1.0)"


def test_versie_van_een_eigen_catalogus_via_omgeving(catalogus_kopie):
    vervang(catalogus_kopie / "catalogus.yaml", 'versie: "1.1.0"', 'versie: "2.3.4"')
    assert "(catalogus 2.3.4)" in run_line(["--version"], env={"COT_CATALOGUS": str(catalogus_kopie)}).stdout


def test_versie_van_een_eigen_catalogus_via_optie(catalogus_kopie):
    vervang(catalogus_kopie / "catalogus.yaml", 'versie: "1.1.0"', 'versie: "2.3.4"')
    assert "(catalogus 2.3.4)" in run_line(["--catalogus", str(catalogus_kopie), "--version"]).stdout


# ---- toon --------------------------------------------------------------------------------------

INFORMELE_TITELS = [
    "Legt contact met potentiële cliënten",
    "Ondersteunt cliënten bij het in kaart brengen van hun vraag en behoefte",
    "Geeft cliënten op verzoek informatie en advies",
    "Denkt met cliënten mee over ondersteuning bij praktische en administratieve taken",
    "Ondersteunt cliënten bij het opkomen voor hun belangen",
    "Ondersteunt cliënten voor, bij en/of na het keukentafelgesprek",
    "Ondersteunt familieleden en/of mantelzorgers",
]


def test_toon_taken_informeel():
    r = run_line(["catalogus", "toon", "taken", "--rol", "informeel"])
    assert r.exit_code == 0, r
    for titel in INFORMELE_TITELS:
        assert titel in r.stdout
    posities = [r.stdout.index(t) for t in INFORMELE_TITELS]
    assert posities == sorted(posities)
    assert "Taken (informeel)" in r.stdout
    assert "Taken (formeel)" not in r.stdout and "K1" not in r.stdout


def test_toon_taken_zonder_rol_toont_beide():
    r = run_line(["catalogus", "toon", "taken"])
    assert r.exit_code == 0
    assert "Taken (informeel)" in r.stdout and "Taken (formeel)" in r.stdout
    assert "Verduidelijken ondersteuningsbehoeften" in r.stdout


@pytest.mark.parametrize(("lijst", "verwacht"), [
    ("competenties", ["Competenties (informeel)", "Is betrokken en toegankelijk", "inf-grenzen",
                      "Competenties (formeel)", "frm-netwerkversterking", "(houding)"]),
    ("leefgebieden", ["Zingeving", "Financiën", "Psychische gezondheid", "lg-wonen"]),
    ("lagen", ["laag-reflectie", "laag-toegang", "laag-gebruik"]),
    ("bronnen", ["movisie-2017", "bcmb-beroepsprofiel", "Movisie", "BCMB", "(redactioneel)"]),
])
def test_toon_lijsten(lijst, verwacht):
    r = run_line(["catalogus", "toon", lijst])
    assert r.exit_code == 0, r
    for tekst in verwacht:
        assert tekst in r.stdout, tekst


def test_toon_een_taak_met_activiteiten_en_koppelingen():
    r = run_line(["catalogus", "toon", "inf-contact"])
    assert r.exit_code == 0, r
    assert "Legt contact met potentiële cliënten" in r.stdout
    assert "1. maakt gemakkelijk contact met uiteenlopende mensen (inf-contact-maakt-contact)" in r.stdout
    assert "6. stemt de eigen signalering altijd af" in r.stdout
    assert "Koppelingen" in r.stdout
    assert "vraagt competentie: 4.3 Observeert en is alert (inf-alert)" in r.stdout
    assert "raakt leefgebied: 2 Wonen (lg-wonen)" in r.stdout
    assert re.search(r"taken\.yaml:\d+", r.stdout)


def test_toon_een_competentie_met_wie_haar_vraagt():
    r = run_line(["catalogus", "toon", "inf-alert"])
    assert r.exit_code == 0, r
    assert "taak vraagt deze competentie" in r.stdout and "inf-contact" in r.stdout
    assert "a. geschiktheid van de huisvesting" in r.stdout
    assert "Scholingsvormen" in r.stdout


def test_toon_onbekend_id():
    r = run_line(["catalogus", "toon", "onbekend-id"])
    assert r.exit_code == 2
    assert "'onbekend-id' is geen lijst en geen ID in de catalogus" in r.stderr
    assert r.stdout == ""


def test_toon_tikfout_geeft_suggestie():
    r = run_line(["catalogus", "toon", "inf-contcat"])
    assert r.exit_code == 2
    assert "bedoelde je 'inf-contact'?" in r.stderr


def test_onbekende_rol():
    r = run_line(["catalogus", "toon", "taken", "--rol", "xyz"])
    assert r.exit_code == 2
    assert "--rol 'xyz' bestaat niet; kies uit: informeel, formeel" in r.stderr


# ---- zoek --------------------------------------------------------------------------------------


def test_zoek_keukentafelgesprek():
    r = run_line(["catalogus", "zoek", "keukentafelgesprek"])
    assert r.exit_code == 0, r
    titel = "Ondersteunt cliënten voor, bij en/of na het keukentafelgesprek"
    assert re.search(rf"│ taak\s+│ 6\s+│ {re.escape(titel)}\s+│ inf-keukentafel\s+│", r.stdout), r.stdout


def test_zoek_zonder_accenten_en_hoofdletters():
    met = run_line(["catalogus", "zoek", "cliënt"])
    zonder = run_line(["catalogus", "zoek", "client"])
    hoofd = run_line(["catalogus", "zoek", "CLIËNT"])
    assert met.exit_code == zonder.exit_code == 0
    ids = re.findall(r"│ ([a-z][a-z0-9-]+)\s+│\s*$", met.stdout, re.M)
    assert len(ids) > 20
    assert ids == re.findall(r"│ ([a-z][a-z0-9-]+)\s+│\s*$", zonder.stdout, re.M)
    assert ids == re.findall(r"│ ([a-z][a-z0-9-]+)\s+│\s*$", hoofd.stdout, re.M)


def test_zoek_met_rol():
    r = run_line(["catalogus", "zoek", "contact", "--rol", "formeel"])
    assert "inf-contact" not in r.stdout


def test_zoek_zonder_treffers():
    r = run_line(["catalogus", "zoek", "xqzzyv"])
    assert r.exit_code == 1
    assert "Niets gevonden voor 'xqzzyv'." in r.stdout


# ---- check: report formats and choosing a catalogue ------------------------------------------


def test_check_json_geldig():
    r = run_line(["catalogus", "check", "--format", "json"])
    assert r.exit_code == 0, r
    data = json.loads(r.stdout)
    assert data["geldig"] is True
    assert data["meldingen"] == []
    assert data["bestanden"] >= 12


def test_check_json_ongeldig(catalogus_kopie):
    vervang(catalogus_kopie / "bronnen.yaml", "titel: Visie op cliëntondersteuning", "titel: 123")
    r = run_line(["catalogus", "check", str(catalogus_kopie), "--format", "json"])
    assert r.exit_code == 1
    data = json.loads(r.stdout)
    assert data["geldig"] is False
    [melding] = data["meldingen"]
    assert melding["bestand"] == "catalogus/bronnen.yaml"
    assert melding["regel"] > 1 and melding["kolom"] > 1
    assert melding["ernst"] == "fout"
    assert "'titel' moet tekst zijn" in melding["tekst"]


def test_check_github(catalogus_kopie):
    vervang(catalogus_kopie / "informeel" / "taken.yaml", "tekst: maakt gemakkelijk contact",
            "tekst: maakt  gemakkelijk contact")
    r = run_line(["catalogus", "check", "--format", "github", str(catalogus_kopie)])
    assert r.exit_code == 1
    regels = [x for x in r.stdout.splitlines() if x.startswith("::")]
    assert len(regels) == 1
    assert re.fullmatch(r"::error file=catalogus/informeel/taken\.yaml,line=\d+,col=\d+,"
                        r"title=cot catalogus check::'tekst': tekst bevat een dubbele spatie", regels[0])


def test_check_github_geldig_geeft_geen_annotaties():
    r = run_line(["catalogus", "check", "--format", "github"])
    assert r.exit_code == 0
    assert "::" not in r.stdout


def test_kapotte_catalogus_via_optie_en_omgeving(catalogus_kopie):
    vervang(catalogus_kopie / "informeel" / "taken.yaml", "id: inf-contact\n", "id: inf-contact\n\t")
    keuzes = ((["--catalogus", str(catalogus_kopie)], None), ([], {"COT_CATALOGUS": str(catalogus_kopie)}))
    for args, env in keuzes:
        check = run_line([*args, "catalogus", "check"], env=env)
        assert check.exit_code == 1, check
        assert "catalogus/informeel/taken.yaml:" in check.stdout and "tab gevonden" in check.stdout
        toon = run_line([*args, "catalogus", "toon", "taken"], env=env)
        assert toon.exit_code == 1
        assert "tab gevonden" in toon.stderr
        assert "Traceback" not in toon.output


def test_eigen_catalogus_wordt_gebruikt(catalogus_kopie):
    # An organisation's own title is editorial: it says so (the check demands it, see bronteksten).
    vervang(catalogus_kopie / "informeel" / "taken.yaml", "titel: Legt contact met potentiële cliënten",
            "titel: Legt contact met nieuwe cliënten\n    titel_redactioneel: true")
    r = run_line(["--catalogus", str(catalogus_kopie), "catalogus", "toon", "taken", "--rol", "informeel"])
    assert r.exit_code == 0, r
    assert "Legt contact met nieuwe cliënten" in r.stdout
    # the option wins over the environment
    r = run_line(["--catalogus", str(catalogus_kopie), "catalogus", "toon", "inf-contact"],
                 env={"COT_CATALOGUS": "/bestaat/niet"})
    assert "Legt contact met nieuwe cliënten" in r.stdout


def test_catalogus_die_niet_bestaat():
    r = run_line(["--catalogus", "/bestaat/niet", "catalogus", "toon", "taken"])
    assert r.exit_code == 1
    assert "de catalogusmap bestaat niet" in r.stderr


# ---- usage errors --------------------------------------------------------------------------


@pytest.mark.parametrize("args", [["--onzin"], ["catalogus", "check", "--onzin"],
                                  ["catalogus", "toon", "-x", "taken"]])
def test_onbekende_optie(args):
    r = run_line(args)
    assert r.exit_code == 2
    assert "fout: onbekende optie" in r.stderr
    assert "voor hulp." in r.stderr
    assert "No such option" not in r.output and "Traceback" not in r.output


def test_onbekende_opdracht():
    r = run_line(["catalogus", "bekijk"])
    assert r.exit_code == 2
    assert "onbekende opdracht 'bekijk'" in r.stderr.lower()
    assert "No such command" not in r.stderr


@pytest.mark.parametrize("args", [["catalogus", "toon"], ["catalogus", "zoek"]])
def test_ontbrekend_argument(args):
    r = run_line(args)
    assert r.exit_code == 2, r
    assert "ontbreekt" in r.stderr
    assert "Missing" not in r.stderr and "Traceback" not in r.output
