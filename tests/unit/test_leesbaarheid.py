"""The Dutch readability measures: syllables, sentences, long words, Flesch-Douma."""

from __future__ import annotations

import pytest

from clientondersteuning.leesbaarheid import lettergrepen, meet, woorden, zinnen


@pytest.mark.parametrize(("woord", "aantal"), [
    ("je", 1), ("huis", 1), ("mooi", 1), ("eeuw", 1), ("bijeenkomst", 3), ("koeien", 2),
    ("cliënt", 2), ("geïnteresseerd", 5), ("ideeën", 3), ("vrijwilliger", 4), ("mantelzorger", 4),
    ("keukentafelgesprek", 6), ("cliëntondersteuner", 6), ("organisatie", 5), ("VOG", 1), ("4", 1),
])
def test_lettergrepen(woord: str, aantal: int) -> None:
    assert lettergrepen(woord) == aantal


def test_woorden_met_koppelteken_en_apostrof() -> None:
    gevonden = woorden("Wmo-consulent, thema's en 75-plussers.")
    assert gevonden == ["Wmo-consulent", "thema's", "en", "75-plussers"]


def test_zinnen_koppen_en_opsommingen_tellen_als_zin() -> None:
    tekst = "# Kop\n\nJe gaat op bezoek. Je luistert! Wat is er nodig?\n\n- een punt\n- **vet** punt.\n"
    assert zinnen(tekst) == ["Kop", "Je gaat op bezoek.", "Je luistert!", "Wat is er nodig?", "een punt",
                             "vet punt."]


def test_meet_en_flesch_douma() -> None:
    m = meet("Je gaat op bezoek. Je luistert naar het verhaal van de vrijwilliger.")
    assert (m.zinnen, m.woorden, m.lange_woorden) == (2, 12, 1)
    # je gaat op be-zoek / je luis-tert naar het ver-haal van de vrij-wil-li-ger
    assert m.lettergrepen == 5 + 13
    assert m.zinslengte == 6
    assert m.flesch_douma == pytest.approx(206.84 - 0.77 * (100 * 18 / 12) - 0.93 * 6)
    assert m.aandeel_lange_woorden == pytest.approx(1 / 12)
    assert "Flesch-Douma" in m.als_tekst()


def test_lege_tekst() -> None:
    m = meet("")
    assert (m.zinnen, m.woorden, m.zinslengte, m.flesch_douma, m.aandeel_lange_woorden) == (0, 0, 0, 0, 0)
