from __future__ import annotations

import os
from pathlib import Path

import pytest

from helpers import kopieer_catalogus


@pytest.fixture
def catalogus_kopie(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the embedded catalogue in tmp_path/catalogus, with tmp_path as the working folder."""
    monkeypatch.chdir(tmp_path)
    return kopieer_catalogus(tmp_path)


@pytest.fixture(autouse=True, scope="session")
def _momentopnamen(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Snapshots in a folder of this test run, never in the user's cache (subprocesses inherit it)."""
    os.environ["COT_CACHE"] = str(tmp_path_factory.mktemp("momentopnamen"))
