from __future__ import annotations

from pathlib import Path

import pytest

from helpers import kopieer_catalogus


@pytest.fixture
def catalogus_kopie(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the embedded catalogue in tmp_path/catalogus, with tmp_path as the working folder."""
    monkeypatch.chdir(tmp_path)
    return kopieer_catalogus(tmp_path)
