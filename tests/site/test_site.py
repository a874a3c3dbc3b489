"""cot site without a browser: the pages as built, the composer's data, the folder guards."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urldefrag

import pytest
from sitehulp import DATUM

from clientondersteuning.laden import laad_of_stop
from clientondersteuning.paden import ingebouwde_catalogus
from clientondersteuning.site.blokken import markdown_html, splits
from helpers import build_file_tree, run_line


@pytest.fixture(scope="module")
def cat():
    return laad_of_stop(ingebouwde_catalogus())


class Pagina(HTMLParser):
    """What a test needs from a page as written: ids, links, scripts, the html lang."""

    def __init__(self, tekst: str) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.bronnen: list[str] = []  # src of scripts and images, href of stylesheets
        self.lang: str | None = None
        self.feed(tekst)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(str(a["id"]))
        if tag == "html":
            self.lang = a.get("lang")
        if tag == "a" and a.get("href"):
            self.links.append(str(a["href"]))
        if tag in ("script", "img", "iframe", "source") and a.get("src"):
            self.bronnen.append(str(a["src"]))
        if tag == "link" and a.get("href"):
            self.bronnen.append(str(a["href"]))


def _pagina(pad: Path) -> Pagina:
    return Pagina(pad.read_text(encoding="utf-8"))


def _profielen(site_map: Path) -> dict:
    tekst = (site_map / "profielen.js").read_text(encoding="utf-8")
    return json.loads(tekst.removeprefix("window.COT_PROFIELEN = ").rstrip().removesuffix(";"))


def _masker(cat, rol: str, nummers: list[str]) -> int:
    return sum(1 << i for i, t in enumerate(cat.taken[rol]) if t.nummer in nummers)


def test_markdown_in_blokken_geeft_precies_de_tekst_terug() -> None:
    markdown = run_line(["profiel", "bouw", "--taken", "1,3,6"], env=DATUM).stdout
    delen = splits(markdown)
    assert len(delen) > 50
    assert "".join(m for m, _ in delen) == markdown
    assert "".join(h for _, h in delen) == markdown_html(markdown)


def test_elk_item_heeft_een_id_op_zijn_pagina_bereikbaar_vanaf_de_start(site_map: Path, cat) -> None:
    # Follow the links from the start page, as a reader would.
    bezocht: dict[Path, Pagina] = {}
    te_doen = [site_map / "index.html"]
    while te_doen:
        pad = te_doen.pop().resolve()
        if pad in bezocht or pad.suffix != ".html":
            continue
        bezocht[pad] = _pagina(pad)
        for link in bezocht[pad].links:
            adres, _ = urldefrag(link)
            if adres and "://" not in adres and not adres.startswith(("blob:", "data:")):
                te_doen.append(pad.parent / adres)
    ids_per_pagina = {pad.relative_to(site_map.resolve()).as_posix(): p.ids for pad, p in bezocht.items()}
    ontbreekt = []
    for item_id in cat.items:
        pagina = "bronnen.html" if item_id in cat.bronnen else f"items/{cat.wortel(item_id)}.html"
        if item_id not in ids_per_pagina.get(pagina, set()):
            ontbreekt.append(f"{item_id} op {pagina}")
    assert not ontbreekt, ontbreekt
    for soort in ("inf-alert", "inf-contact", "frm-netwerken"):
        assert f"items/{soort}.html" in ids_per_pagina


def test_pagina_is_nederlands_heeft_versie_en_vraagt_niets_van_buiten(site_map: Path, cat) -> None:
    paginas = sorted(site_map.rglob("*.html"))
    assert len(paginas) > 80
    for pad in paginas:
        tekst = pad.read_text(encoding="utf-8")
        pagina = Pagina(tekst)
        assert pagina.lang == "nl", pad
        assert f"versie {cat.versie}" in tekst, pad
        assert "14 november 2023" in tekst, pad
        for bron in pagina.bronnen:
            assert "//" not in bron and not bron.startswith("/"), (pad, bron)
            assert (pad.parent / bron).is_file(), (pad, bron)
        assert not re.search(r"@import|url\(\s*['\"]?(https?:)?//", tekst), pad
    css = (site_map / "site.css").read_text(encoding="utf-8")
    assert "//" not in css.replace("/*", "").replace("*/", "")
    assert "@media print" in css


def test_redactionele_koppelingen_met_reden_en_wat_ernaar_verwijst(site_map: Path, cat) -> None:
    taak = (site_map / "items" / "inf-contact.html").read_text(encoding="utf-8")
    reden = next(d.reden for d in cat.koppelingen["inf-contact"].competenties if d.id == "inf-alert")
    assert 'href="inf-alert.html"' in taak
    assert reden in taak.replace("&#39;", "'")
    assert "redactioneel" in taak
    comp = (site_map / "items" / "inf-alert.html").read_text(encoding="utf-8")
    assert 'href="inf-contact.html"' in comp  # the other way round: the tasks that need it
    assert "Bron:" in comp and "sectie 4.3" in comp


def test_samensteller_geeft_precies_de_markdown_van_profiel_bouw(site_map: Path, cat) -> None:
    data = _profielen(site_map)
    for rol, nummers in (("informeel", ["1", "3", "6"]), ("formeel", [t.nummer for t in cat.taken["formeel"]])):
        selectie = data["rollen"][rol][_masker(cat, rol, nummers)]
        markdown = "".join(data["markdown"][i] for i in selectie["b"])
        verwacht = run_line(["profiel", "bouw", "--rol", rol, "--taken", ",".join(nummers)], env=DATUM)
        assert markdown == verwacht.stdout
        html = "".join(data["blokken"][i] for i in selectie["b"])
        assert 'class="leefgebieden-tabel schuif"' in html
    assert len(data["rollen"]["informeel"]) == 128 and len(data["rollen"]["formeel"]) == 1024


def test_leefgebiedentabel_toont_alleen_de_gekozen_taken(site_map: Path, cat) -> None:
    data = _profielen(site_map)
    selectie = data["rollen"]["informeel"][_masker(cat, "informeel", ["1", "3", "6"])]
    tabel = next(data["blokken"][i] for i in selectie["b"] if "leefgebieden-tabel" in data["blokken"][i])
    assert re.findall(r'<th scope="col">Taak (\w+)</th>', tabel) == ["1", "3", "6"]
    gekozen = {"inf-contact", "inf-informatie", "inf-keukentafel"}
    verwacht = [lg.naam for lg in cat.leefgebieden
                if any(k.taak in gekozen and any(d.id == lg.id for d in k.leefgebieden)
                       for k in cat.koppelingen.values())]
    assert re.findall(r'<th scope="row"><a [^>]*>([^<]+)</a></th>', tabel) == verwacht


def test_definitie_uit_de_site_rendert_hetzelfde_profiel(site_map: Path, cat, tmp_path: Path) -> None:
    data = _profielen(site_map)
    selectie = data["rollen"]["informeel"][_masker(cat, "informeel", ["1", "3", "6"])]
    (tmp_path / "profiel.yaml").write_text(selectie["y"], encoding="utf-8")
    opnieuw = run_line(["profiel", "render", str(tmp_path / "profiel.yaml")], env=DATUM)
    assert opnieuw.exit_code == 0, opnieuw
    assert opnieuw.stdout == "".join(data["markdown"][i] for i in selectie["b"])


def test_word_voor_elke_informele_keuze_en_de_site_blijft_klein(site_map: Path, cat) -> None:
    from docx import Document

    data = _profielen(site_map)
    woorden = [s["w"] for s in data["rollen"]["informeel"][1:]]
    assert len(woorden) == 127 and all((site_map / w).is_file() for w in woorden)
    assert all(s is None or s["w"] is None for s in data["rollen"]["formeel"])
    selectie = data["rollen"]["informeel"][_masker(cat, "informeel", ["1", "3", "6"])]
    tekst = "\n".join(p.text for p in Document(str(site_map / selectie["w"])).paragraphs)
    assert "Taak 6. Ondersteunt cliënten voor, bij en/of na het keukentafelgesprek" in tekst
    # The full profile lists every task, but writes out only the chosen ones: no activity of task 2.
    taak_2 = next(t for t in cat.taken["informeel"] if t.nummer == "2")
    assert all(a.tekst not in tekst for a in taak_2.activiteiten)
    grootte = sum(p.stat().st_size for p in site_map.rglob("*") if p.is_file())
    assert grootte < 25_000_000


def test_zoekindex_vouwt_accenten_zoals_cot_catalogus_zoek(site_map: Path) -> None:
    tekst = (site_map / "index.html").read_text(encoding="utf-8")
    ruw = re.search(r'<script type="application/json" id="zoekindex">(.*?)</script>', tekst, re.S)
    assert ruw is not None
    index = json.loads(ruw.group(1))
    mantelzorg = [i for i in index if "mantelzorg" in i["z"]]
    assert any(i["id"] == "inf-mantelzorgers" or i["url"].startswith("items/inf-mantelzorg") for i in mantelzorg)
    assert all("ë" not in i["z"] and i["z"] == i["z"].lower() for i in index)
    assert any("cliënt" in i["tekst"] and "client" in i["z"] for i in index)


def test_zelfbeoordeling_vraagt_de_competenties_van_de_keuze(site_map: Path, cat) -> None:
    from clientondersteuning.beoordeling import eisen_voor

    tekst = (site_map / "zelfbeoordeling.html").read_text(encoding="utf-8")
    ruw = re.search(r'<script type="application/json" id="zelfdata">(.*?)</script>', tekst, re.S)
    assert ruw is not None
    data = json.loads(ruw.group(1))
    assert data["versie"] == cat.versie
    taken = [t for t in cat.taken["informeel"] if t.nummer in ("1", "3", "6")]
    verwacht = [e.competentie.nummer for e in eisen_voor(cat, "informeel", taken)]
    assert data["nodig"]["informeel"][_masker(cat, "informeel", ["1", "3", "6"])] == verwacht
    assert "bewaart en verstuurt niets" in tekst
    for comp in cat.competenties["informeel"]:
        for waarde in range(1, 5):
            assert f'id="score-informeel-{comp.nummer}-{waarde}"' in tekst
            assert f'for="score-informeel-{comp.nummer}-{waarde}"' in tekst


def test_bestaande_map_alleen_met_force_en_alleen_een_eerdere_site(tmp_path: Path, site_map: Path) -> None:
    eigen = tmp_path / "eigen"
    build_file_tree(eigen, {"belangrijk.txt": "niet weggooien\n"})
    zonder = run_line(["site", str(eigen)])
    assert zonder.exit_code == 1
    assert "bestaat al" in zonder.stderr and "--force" in zonder.stderr
    met = run_line(["site", str(eigen), "--force"])
    assert met.exit_code == 1
    assert "niet door 'cot site' gemaakt" in met.stderr
    assert (eigen / "belangrijk.txt").read_text(encoding="utf-8") == "niet weggooien\n"
    bestand = tmp_path / "bestand"
    bestand.write_text("x", encoding="utf-8")
    assert "geen map" in run_line(["site", str(bestand)]).stderr
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary folders left
    assert (site_map / ".cot-site").is_file()


def test_force_vervangt_een_eerdere_site_in_een_keer(tmp_path: Path) -> None:
    from clientondersteuning.fouten import CotFout
    from clientondersteuning.site.map import MERKTEKEN, nieuwe_map

    doel = tmp_path / "site"
    with nieuwe_map(doel, force=False) as map_:
        (map_ / "oud.html").write_text("oud", encoding="utf-8")
    assert (doel / MERKTEKEN).is_file()
    with pytest.raises(RuntimeError), nieuwe_map(doel, force=True) as map_:
        (map_ / "half.html").write_text("half", encoding="utf-8")
        raise RuntimeError("de bouw breekt af")
    assert sorted(p.name for p in doel.iterdir()) == [MERKTEKEN, "oud.html"]  # the old site stays whole
    with pytest.raises(CotFout), nieuwe_map(doel, force=False):
        pass
    with nieuwe_map(doel, force=True) as map_:
        (map_ / "nieuw.html").write_text("nieuw", encoding="utf-8")
    assert sorted(p.name for p in doel.iterdir()) == [MERKTEKEN, "nieuw.html"]
    assert [p.name for p in tmp_path.iterdir()] == ["site"]  # nothing temporary left behind


def test_oudere_versie_krijgt_een_melding_op_elke_pagina(cat) -> None:
    from clientondersteuning.site.bouwen import algemeen, render_pagina
    from clientondersteuning.site.items import overzichten

    oud = render_pagina("bronnen.html.j2", algemeen(cat, nieuwste="9.9.9"), root="", pagina="bronnen.html",
                        **overzichten(cat))
    assert f"Deze pagina toont versie {cat.versie} van de catalogus; de nieuwste versie is 9.9.9." in oud
    actueel = render_pagina("bronnen.html.j2", algemeen(cat, nieuwste=cat.versie), root="", pagina="bronnen.html",
                            **overzichten(cat))
    assert "Oudere versie" not in actueel and f"versie {cat.versie}" in actueel


def test_site_van_een_onbekende_revisie_is_een_nette_fout(tmp_path: Path) -> None:
    resultaat = run_line(["site", str(tmp_path / "site"), "--revisie", "bestaat-niet-xyz"])
    assert resultaat.exit_code == 1
    assert "bestaat-niet-xyz" in resultaat.stderr and "Traceback" not in resultaat.output
    assert not (tmp_path / "site").exists()


def test_te_veel_taken_voor_de_samensteller_is_een_nette_fout(cat, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from clientondersteuning.fouten import CotFout
    from clientondersteuning.site import bouwen

    monkeypatch.setattr(bouwen, "MAX_TAKEN", 7)
    with pytest.raises(CotFout) as fout:
        bouwen.bouw_site(cat, tmp_path / "site")
    assert "de rol 'formeel' heeft 10 taken" in str(fout.value.meldingen[0])
    assert not (tmp_path / "site").exists()
