"""Snapshots (momentopname.py): the same catalogue and messages as a full load, never stale, never
trusted blindly, never about people."""

from __future__ import annotations

import io
import json
import os
import pickle
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from clientondersteuning import momentopname
from clientondersteuning.gegevens import Gegeven
from clientondersteuning.laden import laad_catalogus
from helpers import CATALOGUS, REPO, kopieer_catalogus, run_line, vervang

ORGANISATIE = str(REPO / "examples" / "organisatie.yaml")


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty snapshot folder of this test only."""
    map_ = tmp_path / "cache"
    monkeypatch.setenv("COT_CACHE", str(map_))
    return map_


def _uitvoer(argumenten: list[str], env: dict[str, str | None] | None = None) -> tuple[int, str]:
    r = run_line(argumenten, env)
    return r.exit_code, r.stdout + r.stderr


@pytest.mark.parametrize("argumenten", [
    ["profiel", "bouw", "--taken", "alle", "--organisatie", ORGANISATIE],
    ["profiel", "bouw", "--taken", "K1,O2", "--rol", "formeel"],
    ["werving", "vacature", "--taken", "alle", "--organisatie", ORGANISATIE],
    ["scholing", "gap", str(REPO / "examples" / "vrijwilligers" / "fien-fictief.yaml")],
    ["catalogus", "toon", "inf-alert"],
    ["catalogus", "toon", "correcties"],
    ["catalogus", "export"],
])
def test_uit_de_momentopname_komt_hetzelfde_als_uit_de_volledige_lading(argumenten: list[str], cache: Path) -> None:
    volledig = _uitvoer(argumenten, {"COT_CACHE": "uit"})
    eerste = _uitvoer(argumenten)  # validates and keeps the snapshot
    assert list(cache.glob("catalogus-*.pickle"))
    tweede = _uitvoer(argumenten)  # from the snapshot
    assert volledig[0] == 0
    assert volledig == eerste == tweede


def test_het_word_document_is_gelijk(cache: Path, tmp_path: Path) -> None:
    def document(naam: str, env: dict[str, str | None] | None = None) -> bytes:
        doel = tmp_path / naam
        assert run_line(["profiel", "bouw", "--taken", "alle", "-o", str(doel)], env).exit_code == 0
        return zipfile.ZipFile(doel).read("word/document.xml")

    volledig = document("volledig.docx", {"COT_CACHE": "uit"})
    document("eerste.docx")
    assert document("tweede.docx") == volledig
    assert b"Legt contact met" in volledig


def test_de_catalogus_uit_de_momentopname_bestaat_uit_gewone_gegevens(cache: Path) -> None:
    volledig, meldingen_volledig = laad_catalogus(CATALOGUS)
    bewaard, meldingen_bewaard = laad_catalogus(CATALOGUS)
    assert volledig is not None and bewaard is not None
    assert meldingen_bewaard == meldingen_volledig
    taak = bewaard.taken["informeel"][0]
    assert isinstance(taak, Gegeven) and type(taak).__name__ == "Taak"
    assert taak == volledig.taken["informeel"][0]
    assert bewaard.items.keys() == volledig.items.keys()
    assert bewaard.items[taak.id] is taak  # one object, as in the full load


def test_een_gewijzigd_bestand_geeft_een_nieuwe_lading(cache: Path, tmp_path: Path) -> None:
    map_ = kopieer_catalogus(tmp_path)
    cat, _ = laad_catalogus(map_)
    oud = cat.taken["informeel"][0].titel
    taken = map_ / "informeel" / "taken.yaml"
    ander = oud[:-1] + ("x" if oud[-1] != "x" else "y")  # as long as before: only the bytes differ
    taken.write_text(taken.read_text(encoding="utf-8").replace(oud, ander, 1), encoding="utf-8")
    nieuw, _ = laad_catalogus(map_)
    assert nieuw.taken["informeel"][0].titel == ander
    assert len(list(cache.glob("catalogus-*.pickle"))) == 2


def test_dezelfde_bestanden_elders_zijn_een_andere_momentopname(cache: Path, tmp_path: Path) -> None:
    # The snapshot keeps paths (a line is read from the file later): another folder, another snapshot.
    a = kopieer_catalogus(tmp_path / "a")
    b = kopieer_catalogus(tmp_path / "b")
    assert laad_catalogus(a)[0].plaatsen["inf-alert"].pad.is_relative_to(a)
    assert laad_catalogus(b)[0].plaatsen["inf-alert"].pad.is_relative_to(b)


def test_meldingen_van_een_kapotte_catalogus_blijven_gelijk(cache: Path, tmp_path: Path) -> None:
    map_ = kopieer_catalogus(tmp_path)
    vervang(map_ / "informeel" / "competenties.yaml", "id: inf-alert", "id: inf-ALERT")
    eerste = _uitvoer(["catalogus", "check", str(map_)])
    tweede = _uitvoer(["catalogus", "check", str(map_)])
    assert eerste[0] == 1 and "inf-ALERT" in eerste[1]
    assert tweede == eerste


class _Kwaadaardig:
    def __reduce__(self) -> tuple[object, tuple[str, ...]]:
        return (os.system, ("touch gehackt",))


def test_een_vreemde_momentopname_wordt_niet_uitgevoerd(cache: Path, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    laad_catalogus(CATALOGUS)
    (bestand,) = cache.glob("catalogus-*.pickle")
    kwaad = pickle.dumps(1) + pickle.dumps(_Kwaadaardig())
    bestand.write_bytes(kwaad)
    cat, _ = laad_catalogus(CATALOGUS)
    assert not (tmp_path / "gehackt").exists()
    assert cat is not None and cat.taken["informeel"]  # loaded in full instead, and kept again
    assert bestand.exists() and bestand.read_bytes() != kwaad


def test_een_beschadigde_momentopname_wordt_opnieuw_gemaakt(cache: Path) -> None:
    laad_catalogus(CATALOGUS)
    (bestand,) = cache.glob("catalogus-*.pickle")
    bestand.write_bytes(bestand.read_bytes()[:1000])
    cat, _ = laad_catalogus(CATALOGUS)
    assert cat is not None and len(cat.items) > 200


def test_cot_cache_uit_schrijft_niets(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COT_CACHE", "uit")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    laad_catalogus(CATALOGUS)
    assert not (tmp_path / "xdg").exists()


def test_zonder_cot_cache_in_de_cachemap_van_de_gebruiker(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("COT_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    laad_catalogus(CATALOGUS)
    assert list((tmp_path / "xdg" / "cot" / "momentopnamen").glob("catalogus-*.pickle"))


def test_een_onschrijfbare_cache_hindert_niet(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "bestand").write_text("geen map")
    monkeypatch.setenv("COT_CACHE", str(tmp_path / "bestand" / "cache"))
    cat, _ = laad_catalogus(CATALOGUS)
    assert cat is not None


def test_de_minst_gebruikte_momentopnamen_worden_opgeruimd_en_niets_anders(cache: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(momentopname, "MAX_MOMENTOPNAMEN", 3)
    cache.mkdir(mode=0o700)
    (cache / "van-de-gebruiker.pickle").write_bytes(b"eigen")  # COT_CACHE may name a folder with other files
    namen = [f"proef-{i:040x}" for i in range(5)]
    for i, naam in enumerate(namen[:3]):
        momentopname.bewaar(naam, (i,))
        os.utime(cache / f"{naam}.pickle", ns=(i * 10**9, i * 10**9))
    assert momentopname.lees(namen[0]) == (0,)  # used: now the most recent
    for i, naam in enumerate(namen[3:], start=3):
        momentopname.bewaar(naam, (i,))
    over = sorted(p.name for p in cache.iterdir())
    assert over == sorted([f"{namen[0]}.pickle", f"{namen[3]}.pickle", f"{namen[4]}.pickle", "van-de-gebruiker.pickle"])


def test_een_vrijwilliger_komt_niet_in_de_cache(cache: Path, tmp_path: Path) -> None:
    bron = REPO / "examples" / "vrijwilligers" / "fien-fictief.yaml"
    assert run_line(["scholing", "gap", str(bron)]).exit_code == 0
    naam = json.dumps("Fien").strip('"').encode()
    assert all(naam not in p.read_bytes() for p in cache.iterdir())
    # git: the commits of the profile's older catalogue version that fail today's checks (ids only).
    assert {p.name.split("-")[0] for p in cache.iterdir()} <= {"catalogus", "organisatie", "git"}


ZONDER_PYDANTIC = """
import sys
from clientondersteuning.cli.app import run
code = run({argumenten!r})
print(code, 'pydantic' if any(m.split('.')[0] == 'pydantic' for m in sys.modules) else 'zonder')
"""


@pytest.mark.parametrize("argumenten", [
    ["catalogus", "check"],
    ["profiel", "bouw", "--taken", "alle", "--organisatie", ORGANISATIE, "-o", "p.md"],
    ["werving", "oproep", "--taken", "1,3"],
])
def test_uit_de_momentopname_zonder_pydantic(argumenten: list[str], cache: Path, tmp_path: Path) -> None:
    def draai() -> str:
        klaar = subprocess.run([sys.executable, "-c", ZONDER_PYDANTIC.format(argumenten=argumenten)],
                               capture_output=True, text=True, cwd=tmp_path, check=True,
                               env={**os.environ, "COT_CACHE": str(cache)})
        return klaar.stdout.strip().splitlines()[-1]

    assert draai() == "0 pydantic"  # the first run validates
    (tmp_path / "p.md").unlink(missing_ok=True)
    assert draai() == "0 zonder"


def test_de_lezer_weigert_alles_behalve_cot_gegevens() -> None:
    for vreemd in [io.BytesIO, os.system, Path.write_text]:
        with pytest.raises(pickle.UnpicklingError):
            momentopname._Lezer(io.BytesIO(pickle.dumps(vreemd))).load()


def test_gecompileerde_sjablonen_in_een_eigen_map(cache: Path) -> None:
    from clientondersteuning.weergave.markdown import _ingebouwde_omgeving

    _ingebouwde_omgeving.cache_clear()  # the environment of an earlier test keeps its own cache
    assert run_line(["profiel", "bouw", "--taken", "1"]).exit_code == 0
    (map_,) = cache.glob("sjablonen-*")
    assert list(map_.iterdir())  # Jinja's compiled profile template
    assert map_.stat().st_mode & 0o077 == 0


def test_een_map_die_anderen_kunnen_beschrijven_krijgt_geen_code(cache: Path) -> None:
    cache.mkdir(mode=0o777)
    cache.chmod(0o777)  # the umask may have taken bits off
    assert momentopname.sjabloon_cache() is None
    cache.chmod(0o700)
    assert momentopname.sjabloon_cache() is not None


def test_een_gewijzigd_eigen_sjabloon_wordt_opnieuw_gecompileerd(cache: Path, tmp_path: Path) -> None:
    sjabloon = tmp_path / "eigen.md.j2"
    sjabloon.write_text("Eerste: {{ profiel.naam }}\n", encoding="utf-8")
    eerste = run_line(["profiel", "bouw", "--taken", "1", "--naam", "Proef", "--sjabloon", str(sjabloon)])
    sjabloon.write_text("Tweede: {{ profiel.naam }}\n", encoding="utf-8")
    tweede = run_line(["profiel", "bouw", "--taken", "1", "--naam", "Proef", "--sjabloon", str(sjabloon)])
    assert eerste.stdout.strip() == "Eerste: Proef" and tweede.stdout.strip() == "Tweede: Proef"


def test_de_cachemap_volgt_xdg_zoals_platformdirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from platformdirs import user_cache_dir

    monkeypatch.delenv("COT_CACHE")
    for xdg in [str(tmp_path / "xdg"), "", "relatief/pad"]:
        monkeypatch.setenv("XDG_CACHE_HOME", xdg)
        assert momentopname.cache_map() == Path(user_cache_dir("cot", appauthor=False)) / "momentopnamen", xdg


def test_een_gegeven_gedraagt_zich_als_een_bevroren_model(cache: Path) -> None:
    volledig, _ = laad_catalogus(CATALOGUS)
    bewaard, _ = laad_catalogus(CATALOGUS)
    taak, model = bewaard.taken["informeel"][0], volledig.taken["informeel"][0]
    assert taak == model and model == taak and (taak != model) is False
    assert taak.model_copy(update={"titel": "x"}) != model
    with pytest.raises(TypeError):
        hash(model)  # a list field: a frozen model is not hashable, and neither is its copy
    with pytest.raises(TypeError):
        hash(taak)
    with pytest.raises(TypeError):
        taak.titel = "anders"
    herkomst = taak.herkomst
    assert hash(herkomst) == hash(herkomst.model_copy()) and {herkomst, herkomst.model_copy()} == {herkomst}


def test_zonder_thuismap_geen_cache_maar_wel_een_lading(monkeypatch: pytest.MonkeyPatch) -> None:
    def geen_thuis() -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.delenv("COT_CACHE")
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setattr(Path, "home", staticmethod(geen_thuis))
    assert momentopname.cache_map() is None
    cat, _ = laad_catalogus(CATALOGUS)
    assert cat is not None


def test_een_map_van_anderen_wordt_niet_gelezen(cache: Path) -> None:
    laad_catalogus(CATALOGUS)
    (bestand,) = cache.glob("catalogus-*.pickle")
    cache.chmod(0o777)
    assert momentopname.lees(bestand.name.removesuffix(".pickle")) is None
    cache.chmod(0o700)
    assert momentopname.lees(bestand.name.removesuffix(".pickle")) is not None


def test_een_bestand_dat_tijdens_het_laden_verandert_wordt_niet_bewaard(cache: Path, tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from clientondersteuning import lader

    map_ = kopieer_catalogus(tmp_path)
    echt = lader.laad_volledig

    def en_ondertussen(*args: object) -> object:
        uitkomst = echt(*args)
        vervang(map_ / "informeel" / "taken.yaml", "Legt contact", "Legt graag contact")  # an editor saves
        return uitkomst

    monkeypatch.setattr(lader, "laad_volledig", en_ondertussen)
    laad_catalogus(map_)
    assert not list(cache.glob("catalogus-*.pickle"))


def test_een_beschadigd_gecompileerd_sjabloon_hindert_niet(cache: Path) -> None:
    from jinja2.bccache import bc_magic

    from clientondersteuning.weergave.markdown import _ingebouwde_omgeving

    _ingebouwde_omgeving.cache_clear()
    eerste = run_line(["profiel", "bouw", "--taken", "1"])
    for bestand in next(cache.glob("sjablonen-*")).iterdir():
        bestand.write_bytes(bc_magic + b"onzin")  # Jinja's header, then junk where its checksum belongs
    _ingebouwde_omgeving.cache_clear()
    tweede = run_line(["profiel", "bouw", "--taken", "1"])
    assert tweede.exit_code == 0 and tweede.stdout == eerste.stdout


def test_een_andere_versie_van_een_bibliotheek_is_een_andere_sleutel(monkeypatch: pytest.MonkeyPatch) -> None:
    echte = os.listdir

    def versie(nummer: str) -> bytes:
        monkeypatch.setattr(momentopname.os, "listdir", lambda pad: [*echte(pad), f"pydantic-{nummer}.dist-info"])
        return momentopname._code_sleutel()

    assert versie("99.0") != versie("99.1")
