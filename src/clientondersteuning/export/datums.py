"""When each part of the catalogue last changed, as RFC 3339 UTC text for CASE `lastChangeDateTime`.

From git where the catalogue is in a repository (the last commit that touched the item's
file), else the catalogue's release date (`datum` in catalogus.yaml), else the time of the
newest file. Never the clock: two exports of the same commit must be byte-identical.
"""

from __future__ import annotations

from datetime import UTC, datetime

from .. import git
from ..catalogus import Catalogus
from ..laden import catalogus_bestanden


def _rfc3339(seconden: float) -> str:
    return datetime.fromtimestamp(int(seconden), UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class Datums:
    def __init__(self, cat: Catalogus) -> None:
        self.git = {pad: _rfc3339(tijd) for pad, tijd in git.laatste_wijzigingen(cat.map).items()}
        if cat.meta.datum:
            self.release = f"{cat.meta.datum}T00:00:00Z"
        else:  # an old fork without a release date: the newest file is the best we know
            bestanden = catalogus_bestanden(cat.map)
            self.release = _rfc3339(max((p.stat().st_mtime for p in bestanden), default=0))

    def van(self, bestand: str | None) -> str:
        """The last change of a file (relative to the catalogue folder)."""
        return self.git.get(bestand, self.release) if bestand else self.release

    def nieuwste(self, datums: list[str]) -> str:
        # RFC 3339 UTC with 'Z' sorts as text in time order.
        return max(datums, default=self.release)
