"""`cot site`: the whole website from the catalogue, written at once into a folder."""

from __future__ import annotations

import json
import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..catalogus import ROLLEN, Catalogus
from .blokken import Blokken, leefgebieden_tabel
from .items import ROL_TITELS, item_paginas, overzichten
from .map import nieuwe_map
from .profielbron import datum, profiel_teksten
from .zoekindex import zoekindex

ASSETS = ("site.css", "site.js")
WORD_ROLLEN = ("informeel",)  # formeel has 1,023 selections: too many Word files for one site
# Every selection is pre-rendered: 2^10 - 1 = 1,023 of them for the 10 formal tasks. A fork with many
# more tasks would take hours and far more than the 25 MB a site may take.
MAX_TAKEN = 10


@dataclass
class SiteVerslag:
    map: Path
    bestanden: int
    grootte: int  # bytes
    seconden: float
    selecties: int


def _json(data: Any) -> str:
    """JSON that is safe inside a <script> element and in a .js file."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")


def _omgeving() -> Any:
    from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
    from markupsafe import Markup

    from ..paden import sjablonen_map

    env = Environment(loader=FileSystemLoader(sjablonen_map() / "site"), autoescape=select_autoescape(["j2"]),
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters["json"] = lambda data: Markup(_json(data))
    return env


def word_naam(rol: str, nummers: list[str]) -> str:
    return f"word/profiel-{rol}-{'-'.join(nummers)}.docx"


def _selecties(cat: Catalogus, map_: Path, blokken: Blokken) -> dict[str, Any]:
    """Per role and selection (a bit mask over the tasks in catalogue order) what the pages show."""
    rollen: dict[str, Any] = {}
    for rol in ROLLEN:
        taken = cat.taken[rol]
        lijst: list[Any] = [None]
        for masker in range(1, 2 ** len(taken)):
            nummers = [t.nummer for i, t in enumerate(taken) if masker >> i & 1]
            teksten = profiel_teksten(cat, rol, nummers, docx=rol in WORD_ROLLEN)
            tabel = leefgebieden_tabel(teksten.taken, teksten.leefgebieden)
            word = None
            if teksten.docx is not None:
                word = word_naam(rol, nummers)
                (map_ / word).write_bytes(teksten.docx)
            lijst.append({"b": blokken.selectie(teksten.markdown, tabel), "c": teksten.competenties,
                          "y": teksten.definitie, "w": word})
        rollen[rol] = lijst
    return rollen


def _rollen(cat: Catalogus) -> list[dict[str, Any]]:
    """The tasks and competencies the forms show, per role."""
    return [{"rol": rol, "titel": ROL_TITELS[rol],
             "taken": [{"id": t.id, "nummer": t.nummer, "titel": t.titel} for t in cat.taken[rol]],
             "competenties": [{
                 "id": c.id, "nummer": c.nummer, "titel": c.titel, "omschrijving": c.omschrijving,
                 "indicatoren": [{"id": i.id, "nummer": i.nummer, "tekst": i.tekst,
                                  "onderdelen": [o.tekst for o in i.onderdelen]} for i in c.gedragsindicatoren],
             } for c in cat.competenties[rol]]} for rol in ROLLEN]


def algemeen(cat: Catalogus, nieuwste: str | None = None) -> dict[str, Any]:
    """What every page shows: the catalogue, its version, the date and, for an older version, the newest."""
    return {"versie": cat.versie, "catalogus": cat.meta.naam, "datum": datum(),
            "nieuwste": nieuwste if nieuwste not in (None, cat.versie) else None}


def render_pagina(sjabloon: str, gegevens: dict[str, Any], **data: Any) -> str:
    return str(_omgeving().get_template(sjabloon).render(**gegevens, **data))


def _controleer_omvang(cat: Catalogus) -> None:
    from ..fouten import CotFout, Melding, toon_pad

    for rol in ROLLEN:
        if len(cat.taken[rol]) > MAX_TAKEN:
            raise CotFout(Melding(toon_pad(cat.map), code="te-groot", tekst=(
                f"de rol '{rol}' heeft {len(cat.taken[rol])} taken; de website kan hoogstens {MAX_TAKEN} taken "
                f"per rol aan ({2 ** MAX_TAKEN - 1} keuzes, elk vooraf gemaakt)")))


def bouw_site(cat: Catalogus, doel: Path, force: bool = False, nieuwste: str | None = None) -> SiteVerslag:
    """Build the website into doel (replaced as a whole; an existing one only with force).

    nieuwste: the newest catalogue version, when cat is an older one; every page then says so.
    """
    from ..paden import sjablonen_map

    _controleer_omvang(cat)
    begin = time.monotonic()
    env = _omgeving()
    gegevens = algemeen(cat, nieuwste)

    def schrijf(map_: Path, naam: str, sjabloon: str, root: str = "", **data: Any) -> None:
        tekst = env.get_template(sjabloon).render(root=root, pagina=naam, **gegevens, **data)
        (map_ / naam).write_text(tekst, encoding="utf-8")

    with nieuwe_map(doel, force) as map_:
        (map_ / "items").mkdir()
        (map_ / "word").mkdir()
        for asset in ASSETS:
            shutil.copyfile(sjablonen_map() / "site" / asset, map_ / asset)
        overzicht = overzichten(cat)
        schrijf(map_, "index.html", "index.html.j2", zoekindex=zoekindex(cat), **overzicht)
        schrijf(map_, "bronnen.html", "bronnen.html.j2", **overzicht)
        for item in item_paginas(cat):
            schrijf(map_, f"items/{item['id']}.html", "item.html.j2", root="../", item=item)
        blokken = Blokken()
        selecties = _selecties(cat, map_, blokken)
        profielen = {"blokken": [h for _, h in blokken.lijst], "markdown": [m for m, _ in blokken.lijst],
                     "rollen": selecties}
        (map_ / "profielen.js").write_text(f"window.COT_PROFIELEN = {_json(profielen)};\n", encoding="utf-8")
        rollen = _rollen(cat)
        nodig = {rol: [s["c"] if s else None for s in lijst] for rol, lijst in selecties.items()}
        schrijf(map_, "samenstellen.html", "samenstellen.html.j2", rollen=rollen)
        schrijf(map_, "zelfbeoordeling.html", "zelfbeoordeling.html.j2", rollen=rollen, nodig=nodig)
        bestanden = [p for p in map_.rglob("*") if p.is_file()]
        grootte = sum(p.stat().st_size for p in bestanden)
    aantal = sum(len(lijst) - 1 for lijst in selecties.values())
    return SiteVerslag(doel, len(bestanden) + 1, grootte, time.monotonic() - begin, aantal)
