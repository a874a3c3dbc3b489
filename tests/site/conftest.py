"""The website is built once per test session (about a minute); the browser tests share it."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from sitehulp import DATUM

from helpers import run_line

CHROMEDRIVER = Path("/usr/bin/chromedriver")
# Set by .ci/run: there a missing browser is a failure, not a skip.
VERPLICHT = os.environ.get("COT_BROWSER_VERPLICHT") == "1"


@pytest.fixture(scope="session")
def site_map(tmp_path_factory: pytest.TempPathFactory) -> Path:
    doel = tmp_path_factory.mktemp("site") / "site"
    resultaat = run_line(["site", str(doel)], env=DATUM)
    assert resultaat.exit_code == 0, resultaat
    return doel


def _zonder_browser(reden: str) -> None:
    if VERPLICHT:
        pytest.fail(f"{reden} (COT_BROWSER_VERPLICHT=1: de browsertests moeten draaien)")
    pytest.skip(f"{reden}; installeer chromium en chromium-driver (apt) om de browsertests te draaien")


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="session")
def axe_bron() -> str:
    """axe-core from the npm registry, installed once into a cache folder outside the repository."""
    cache = Path(os.environ.get("COT_AXE_MAP", Path.home() / ".cache" / "cot-test" / "axe-core"))
    script = cache / "node_modules" / "axe-core" / "axe.min.js"
    if not script.is_file():
        npm = shutil.which("npm")
        if npm is None:
            _zonder_browser("npm ontbreekt, dus axe-core kan niet worden geïnstalleerd")
        cache.mkdir(parents=True, exist_ok=True)
        subprocess.run([str(npm), "install", "--prefix", str(cache), "--no-save", "--no-audit", "--no-fund",
                        "--silent", "axe-core@4"], check=True, timeout=300)
    return script.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def downloadmap(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("downloads")


def _driver(downloads: Path, profiel: Path, breedte: int = 1200, hoogte: int = 900):  # -> selenium WebDriver
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opties = webdriver.ChromeOptions()
    opties.binary_location = str(_chromium())
    for argument in ("--headless=new", "--no-sandbox", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--no-first-run",
                     "--disable-dev-shm-usage", f"--user-data-dir={profiel}",
                     f"--window-size={breedte},{hoogte}"):
        opties.add_argument(argument)
    opties.add_experimental_option("prefs", {"download.default_directory": str(downloads),
                                             "download.prompt_for_download": False})
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=opties)
    driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
    return driver


def _controleer_browser() -> None:
    if _chromium() is None or not CHROMEDRIVER.is_file():
        _zonder_browser("chromium of chromedriver (/usr/bin/chromedriver) ontbreekt")
    try:
        import selenium  # noqa: F401
    except ImportError:
        _zonder_browser("selenium ontbreekt (pip install -e '.[test]')")


@pytest.fixture(scope="session")
def browser(downloadmap: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    _controleer_browser()
    driver = _driver(downloadmap, tmp_path_factory.mktemp("chromium"))
    yield driver
    driver.quit()


@pytest.fixture
def telefoon(downloadmap: Path, tmp_path: Path) -> Iterator[object]:
    """A phone-width window (360 CSS pixels)."""
    _controleer_browser()
    driver = _driver(downloadmap, tmp_path / "chromium", 500, 800)
    # A desktop window cannot be narrower than about 500 pixels; emulate a phone's 360.
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": 360, "height": 740, "deviceScaleFactor": 2, "mobile": True})
    yield driver
    driver.quit()
