"""cot werving: vacature, oproep and folder, read back; readability; bad input; eenvoudig.yaml."""

from __future__ import annotations

import re

import pytest

from clientondersteuning import werving
from clientondersteuning.catalogus import Catalogus
from clientondersteuning.keuze import KeuzeFout, kies_taken
from clientondersteuning.laden import laad_of_stop
from clientondersteuning.model_organisatie import Organisatie
from clientondersteuning.paden import ingebouwde_catalogus
from clientondersteuning.weergave import render


@pytest.fixture(scope="module")
def cat() -> Catalogus:
    return laad_of_stop(ingebouwde_catalogus())


def _tekst(cat: Catalogus, soort: str, selectie: str, org: Organisatie | None = None) -> str:
    data = werving.gegevens(cat, "informeel", kies_taken(cat, "informeel", selectie), org)
    return render(soort, data, "md")


def _koppen(tekst: str) -> list[str]:
    return re.findall(r"^## (.+)$", tekst, flags=re.M)


def _geen_plaatshouders(tekst: str) -> None:
    for fout in ("{{", "}}", "{%", "None", "  ", " .", "..", "[", "TODO", "XXX"):
        assert fout not in tekst, fout


# ---- the texts, read back -------------------------------------------------------------------------


def test_formeel_is_een_keuzefout_over_de_rol(cat: Catalogus) -> None:
    with pytest.raises(KeuzeFout) as fout:
        werving.gegevens(cat, "formeel", cat.taken["formeel"][:1], None)
    assert fout.value.veld == "rol" and "alleen voor de rol informeel" in fout.value.tekst
    assert "--" not in fout.value.tekst  # the core names no command-line option


