from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from helpers import kopieer_catalogus


@pytest.fixture(autouse=True, scope="session")
def _eigen_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """cot's cache (XDG_CACHE_HOME) in a folder of the test run, never the user's own."""
    mp = pytest.MonkeyPatch()
    mp.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))
    yield
    mp.undo()


@pytest.fixture
def catalogus_kopie(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the embedded catalogue in tmp_path/catalogus, with tmp_path as the working folder."""
    monkeypatch.chdir(tmp_path)
    return kopieer_catalogus(tmp_path)
