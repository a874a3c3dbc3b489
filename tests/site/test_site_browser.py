"""The website's journeys in headless Chromium, opened from file:// (marker: browser)."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from sitehulp import DATUM

from clientondersteuning.site.blokken import markdown_html
from helpers import run_line

pytestmark = pytest.mark.browser

WCAG = ["wcag2a", "wcag2aa", "wcag21aa"]


def _open(driver, site_map: Path, pagina: str) -> None:
    driver.get((site_map / pagina).as_uri() if "#" not in pagina else
               (site_map / pagina.split("#")[0]).as_uri() + "#" + pagina.split("#", 1)[1])


def _kies(driver, *nummers: str) -> None:
    from selenium.webdriver.common.by import By

    for nummer in nummers:
        driver.find_element(By.CSS_SELECTOR, f"fieldset:not([hidden]) input[name=taak][value='{nummer}']").click()


def _wacht_op(pad_patroon: str, map_: Path, voor: set[Path]) -> Path:
    """The file a download just finished (Chromium writes .crdownload until it is done)."""
    for _ in range(100):
        nieuw = [p for p in map_.glob(pad_patroon) if p not in voor]
        if nieuw:
            return nieuw[0]
        time.sleep(0.1)
    raise AssertionError(f"geen download {pad_patroon} in {map_}")


def _download(driver, link_id: str, patroon: str, map_: Path) -> Path:
    from selenium.webdriver.common.by import By

    voor = set(map_.glob(patroon))
    link = driver.find_element(By.ID, link_id)
    assert link.get_attribute("download")
    link.click()
    return _wacht_op(patroon, map_, voor)


def _axe(driver, axe_bron: str) -> list:
    driver.execute_script(axe_bron)
    return driver.execute_async_script(
        "var klaar = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})"
        ".then(function (r) { klaar(r.violations.map(function (v) {"
        "  return [v.id, v.help, v.nodes.map(function (n) { return n.target.join(' '); })]; })); })"
        ".catch(function (e) { klaar([['axe-fout', String(e), []]]); });", WCAG)


def test_zoek_mantelzorg_en_open_het_resultaat(browser, site_map: Path) -> None:
    from selenium.webdriver.common.by import By

    _open(browser, site_map, "index.html")
    veld = browser.find_element(By.CSS_SELECTOR, "input[type=search]")
    veld.send_keys("mantelzorg")
    links = browser.find_elements(By.CSS_SELECTOR, "#zoekresultaten a")
    teksten = [a.text for a in links]
    assert any("mantelzorgers" in t for t in teksten), teksten
    assert "resultaten" in browser.find_element(By.ID, "zoekstatus").text
    doel = next(a for a in links if "familieleden" in a.text or "mantelzorgers" in a.text)
    adres = doel.get_attribute("href")
    doel.click()
    anker = adres.split("#")[1] if "#" in adres else adres.rsplit("/", 1)[1].removesuffix(".html")
    assert browser.find_element(By.ID, anker).is_displayed()
    # Accent-insensitive, like cot catalogus zoek: 'client' finds 'cliënt'.
    _open(browser, site_map, "index.html")
    browser.find_element(By.ID, "zoek").send_keys("CLIENT onafhankelijk")
    assert any("cliënt" in a.text.lower() for a in browser.find_elements(By.CSS_SELECTOR, "#zoekresultaten a"))


def test_samenstellen_1_3_6_is_profiel_bouw(browser, site_map: Path, downloadmap: Path, tmp_path: Path) -> None:
    from docx import Document
    from selenium.webdriver.common.by import By

    _open(browser, site_map, "samenstellen.html")
    _kies(browser, "1", "3", "6")
    verwacht = run_line(["profiel", "bouw", "--taken", "1,3,6"], env=DATUM).stdout
    # Compare as the browser sees both: the site's profile without its extra table, and cot's Markdown as HTML.
    getoond, gebouwd = browser.execute_script(
        "var p = document.getElementById('profiel').cloneNode(true);"
        "var t = p.querySelector('.leefgebieden-tabel'); if (t) { t.remove(); }"
        "var v = document.createElement('div'); v.innerHTML = arguments[0];"
        "return [p.innerHTML, v.innerHTML];", markdown_html(verwacht))
    assert getoond == gebouwd
    kolommen = [th.text for th in browser.find_elements(By.CSS_SELECTOR, "#profiel .leefgebieden-tabel thead th")]
    assert kolommen == ["Leefgebied", "Taak 1", "Taak 3", "Taak 6"]
    assert "taken 1, 3 en 6" in browser.find_element(By.ID, "status").text

    markdown = _download(browser, "download-md", "profiel-informeel-1-3-6*.md", downloadmap)
    assert markdown.read_text(encoding="utf-8") == verwacht
    definitie = _download(browser, "download-yaml", "profiel-informeel-1-3-6*.yaml", downloadmap)
    opnieuw = run_line(["profiel", "render", str(definitie)], env=DATUM)
    assert opnieuw.exit_code == 0, opnieuw
    assert opnieuw.stdout == verwacht
    word = _download(browser, "download-docx", "profiel-informeel-1-3-6*.docx", downloadmap)
    tekst = "\n".join(p.text for p in Document(str(word)).paragraphs)
    assert "Taak 3. Geeft cliënten op verzoek informatie en advies" in tekst
    assert "Taak 3. Geeft cliënten op verzoek informatie en advies (in dit profiel)" in tekst or \
        "Taak 3. Geeft cliënten op verzoek informatie en advies" in tekst
    # Every task is listed (as in the source), but only the chosen ones are written out.
    assert not any(p.style.name.startswith("Heading") and p.text.startswith(("Taak 2.", "Taak 7."))
                   for p in Document(str(word)).paragraphs)


def test_samenstellen_formeel_zonder_word_wel_de_opdracht(browser, site_map: Path) -> None:
    from selenium.webdriver.common.by import By

    _open(browser, site_map, "samenstellen.html")
    browser.find_element(By.CSS_SELECTOR, "input[name=rol][value=formeel]").click()
    _kies(browser, "K1", "O2")
    assert "K1" in browser.find_element(By.ID, "profiel").text
    assert not browser.find_element(By.ID, "download-docx").is_displayed()
    assert "--rol formeel --taken K1,O2" in browser.find_element(By.ID, "word-opdracht").text


def test_zelfbeoordeling_via_link_en_scholing_gap(browser, site_map: Path, downloadmap: Path) -> None:
    from selenium.webdriver.common.by import By

    _open(browser, site_map, "zelfbeoordeling.html#taken=1,3,6")
    gekozen = [v.get_attribute("value") for v in browser.find_elements(
        By.CSS_SELECTOR, "fieldset:not([hidden]) input[name=taak]:checked")]
    assert gekozen == ["1", "3", "6"]
    zichtbaar = [f.get_attribute("data-nummer") for f in browser.find_elements(
        By.CSS_SELECTOR, "fieldset.competentie:not([hidden])")]
    assert "4.3" in zichtbaar and "4.1" in zichtbaar
    assert not browser.find_element(By.ID, "download-vrijwilliger").is_displayed()  # no name yet
    browser.find_element(By.ID, "naam").send_keys("Henny \"Jansen\": test")
    browser.find_element(By.CSS_SELECTOR, "label[for='score-informeel-4.1-3']").click()
    browser.find_element(By.CSS_SELECTOR, "label[for='score-informeel-4.3-1']").click()
    browser.find_element(By.CSS_SELECTOR, "fieldset[data-nummer='4.3'] summary").click()
    browser.find_element(By.CSS_SELECTOR, "label[for='indicator-informeel-4.3-1-2']").click()
    browser.find_element(By.ID, "toelichting-informeel-4.3").send_keys("Vindt signalen delen # lastig: 'echt'")
    assert f"2 van de {len(zichtbaar)} competenties" in browser.find_element(By.ID, "melding").text
    bestand = _download(browser, "download-vrijwilliger", "vrijwilliger*.yaml", downloadmap)
    tekst = bestand.read_text(encoding="utf-8")
    assert 'catalogus_versie: "' in tekst
    gap = run_line(["scholing", "gap", str(bestand), "--format", "json"])
    assert gap.exit_code == 0, gap
    resultaat = json.loads(gap.stdout)
    assert resultaat["vrijwilliger"] == "Henny \"Jansen\": test"
    tekort = resultaat["tekorten"][0]
    assert tekort["competentie"] == "4.3" and tekort["score"] == 1
    assert tekort["indicatoren"][0]["nummer"] == "1" and tekort["indicatoren"][0]["score"] == 2
    assert tekort["toelichting"] == "Vindt signalen delen # lastig: 'echt'"
    assert "4.1" in [c["competentie"] for c in resultaat["in_orde"]]
    deel = browser.find_element(By.ID, "deel-link").get_attribute("href")
    assert deel.endswith("zelfbeoordeling.html#rol=informeel&taken=1,3,6")


def test_bedienen_met_het_toetsenbord(browser, site_map: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    _open(browser, site_map, "samenstellen.html")
    lichaam = browser.find_element(By.TAG_NAME, "body")
    lichaam.send_keys(Keys.TAB)
    assert browser.switch_to.active_element.text == "Naar de inhoud"  # the skip link comes first and shows
    for _ in range(30):
        actief = browser.switch_to.active_element
        if actief.get_attribute("name") == "taak":
            break
        actief.send_keys(Keys.TAB)
    actief = browser.switch_to.active_element
    assert actief.get_attribute("value") == "1"
    rand = browser.execute_script("return getComputedStyle(document.activeElement).outlineStyle")
    assert rand != "none"  # visible focus
    actief.send_keys(Keys.SPACE)
    assert "Taak 1. Legt contact met potentiële cliënten" in browser.find_element(By.ID, "profiel").text


PAGINAS = ["index.html", "items/inf-alert.html", "items/inf-contact.html", "items/frm-netwerken.html",
           "items/ctx-wettelijke-definitie.html", "bronnen.html", "samenstellen.html#taken=1,3,6",
           "zelfbeoordeling.html#taken=1,3,6"]


@pytest.mark.parametrize("pagina", PAGINAS)
def test_axe_geen_schendingen(browser, site_map: Path, axe_bron: str, pagina: str) -> None:
    from selenium.webdriver.common.by import By

    _open(browser, site_map, pagina)
    browser.refresh()  # a new hash alone does not reload the page
    for details in browser.find_elements(By.TAG_NAME, "details"):
        browser.execute_script("arguments[0].open = true", details)
    if pagina == "index.html":
        browser.find_element(By.ID, "zoek").send_keys("cliënt")
    assert _axe(browser, axe_bron) == []


@pytest.mark.parametrize("pagina", ["index.html", "items/inf-alert.html", "samenstellen.html#taken=1,3,6",
                                    "zelfbeoordeling.html#taken=1,3,6"])
def test_telefoon_en_200_procent_zonder_horizontaal_scrollen(telefoon, site_map: Path, pagina: str) -> None:
    # 360 CSS pixels is a phone; 640 is a 1280-pixel screen at 200 % zoom.
    for breedte in (360, 640):
        telefoon.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                 {"width": breedte, "height": 740, "deviceScaleFactor": 2, "mobile": breedte < 400})
        _open(telefoon, site_map, pagina)
        telefoon.refresh()
        inhoud, venster, binnen = telefoon.execute_script(
            "return [document.documentElement.scrollWidth, document.documentElement.clientWidth, innerWidth]")
        assert binnen == breedte
        assert inhoud <= venster, f"{pagina} is {inhoud} pixels breed bij {breedte}"


@pytest.mark.parametrize("pagina", ["samenstellen.html#taken=alle", "samenstellen.html#rol=formeel&taken=alle",
                                    "zelfbeoordeling.html#taken=alle"])
def test_axe_op_telefoonbreedte(telefoon, site_map: Path, axe_bron: str, pagina: str) -> None:
    telefoon.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                             {"width": 360, "height": 740, "deviceScaleFactor": 2, "mobile": True})
    _open(telefoon, site_map, pagina)
    telefoon.refresh()
    assert _axe(telefoon, axe_bron) == []
