"""Upgrade a saved profile or self-assessment to the current catalogue version.

The file is rewritten through ruamel's round trip, so comments, quotes, flow lists and the
order of keys stay as the user wrote them; only the numbers that moved, the entries that
vanished and `catalogus_versie` change. Where cot would have to choose (an item split in two,
or a number it cannot place for lack of history) nothing is written and the file says which.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import DoubleQuotedScalarString, SingleQuotedScalarString
from ruamel.yaml.util import load_yaml_guess_indent

from .catalogus import Catalogus
from .fouten import CotFout, Melding
from .omzetten import Omzetting, Uitkomst, naam, omzetting
from .yamlbestand import YamlBestand


@dataclass
class Bijwerking:
    """The result for one file: the new text (None when refused), what changed, what blocks it."""

    bestand: YamlBestand
    van: str
    naar: str
    tekst: str | None = None
    wijzigingen: list[Melding] = field(default_factory=list)
    weigeringen: list[Melding] = field(default_factory=list)

    @property
    def bij(self) -> bool:
        """Already at the current version: nothing to do."""
        return self.van == self.naar


def _zelfde_soort(oud: Any, nieuw: str) -> Any:
    """The new number written as the old one was: quoted stays quoted, a bare 3 stays a number."""
    if isinstance(oud, DoubleQuotedScalarString):
        return DoubleQuotedScalarString(nieuw)
    if isinstance(oud, SingleQuotedScalarString):
        return SingleQuotedScalarString(nieuw)
    if isinstance(oud, int) and not isinstance(oud, bool) and nieuw.isdigit():
        return int(nieuw)
    if isinstance(oud, float):
        try:
            return float(nieuw) if str(float(nieuw)) == nieuw else DoubleQuotedScalarString(nieuw)
        except ValueError:
            return DoubleQuotedScalarString(nieuw)
    return nieuw


def _hernoem(mapping: CommentedMap, oud: Any, nieuw: Any) -> None:
    """Rename a key in place: same position, same comment."""
    plek = list(mapping).index(oud)
    waarde = mapping.pop(oud)
    commentaar = mapping.ca.items.pop(oud, None)
    mapping.insert(plek, nieuw, waarde)
    if commentaar is not None:
        mapping.ca.items[nieuw] = commentaar


# Not a number of the old version either: left as it is, for the usual check to report.
_LATEN = "\0laten"


class _Werk:
    def __init__(self, cat: Catalogus, bestand: YamlBestand, omz: Omzetting, b: Bijwerking) -> None:
        self.cat, self.bestand, self.omz, self.b = cat, bestand, omz, b

    def uitkomst(self, loc: tuple[Any, ...], uitkomst: Uitkomst | None, sleutel: bool) -> str | None:
        """The current number for an old one, None to remove it (a refusal when cot must choose), or
        _LATEN when the old version did not know the number either."""
        if uitkomst is None:
            return _LATEN
        if uitkomst.gesplitst or not uitkomst.zeker:
            if uitkomst.gesplitst:
                namen = " of ".join(naam(self.cat, i) for i in uitkomst.ids)
                tekst = (f"{uitkomst.waarschuwing}. cot kan niet kiezen: haal het hier weg en draai de upgrade "
                         f"opnieuw; voeg daarna zelf {namen} toe als dat past (nummers van {self.b.naar})")
            else:
                tekst = (f"{uitkomst.waarschuwing}. Haal het hier weg en draai de upgrade opnieuw (voeg het daarna "
                         f"zelf toe met een nummer van {self.b.naar}), of zet het bestand om op een computer waar de "
                         "catalogus met zijn git-geschiedenis staat")
            self.b.weigeringen.append(self.bestand.melding(loc, tekst, "keuze", sleutel=sleutel))
            return None
        if uitkomst.waarschuwing:
            tekst = uitkomst.waarschuwing + ("" if uitkomst.ids else "; weggehaald")
            self.b.wijzigingen.append(self.bestand.melding(loc, tekst, "omgezet", sleutel=sleutel, ernst="info"))
        return self.cat.items[uitkomst.id].nummer if uitkomst.id is not None else None

    def lijst(self, seq: Any, loc: tuple[Any, ...], zoek: Any, wat: str) -> None:
        if not isinstance(seq, CommentedSeq):
            return
        gezien: set[str] = set()
        weg: list[int] = []
        for i, waarde in enumerate(seq):
            nieuw = self.uitkomst((*loc, i), zoek(str(waarde)), False)
            if nieuw == _LATEN:
                continue
            if nieuw is None or nieuw in gezien:
                if nieuw is not None:
                    self.b.wijzigingen.append(self.bestand.melding((*loc, i), (
                        f"{wat} {nieuw} staat al in de lijst; weggehaald"), "omgezet", ernst="info"))
                weg.append(i)
                continue
            gezien.add(nieuw)
            if nieuw != str(waarde):
                seq[i] = _zelfde_soort(waarde, nieuw)
        for i in reversed(weg):
            del seq[i]

    def sleutels(self, mapping: Any, loc: tuple[Any, ...], zoek: Any, binnen: Any = None) -> None:
        """Rename the keys of a mapping (normen, competenties, indicatoren); binnen works on each value."""
        if not isinstance(mapping, CommentedMap):
            return
        nieuwe: dict[Any, str | None] = {}
        for sleutel in list(mapping):
            tekst = _als_getypt(self.bestand, (*loc, sleutel), sleutel)
            # A volunteer file finds its keys by their typed text ('4.10'); another file by the key itself.
            plek = (*loc, tekst) if hasattr(self.bestand, "sleutels") else (*loc, sleutel)
            nieuw = self.uitkomst(plek, zoek(tekst), True)
            nieuwe[sleutel] = tekst if nieuw == _LATEN else nieuw
            if nieuw not in (None, _LATEN) and binnen is not None:
                binnen(mapping[sleutel], (*loc, tekst), tekst, nieuw)
        gezien: set[str] = set()
        for sleutel, nieuw in nieuwe.items():
            if nieuw is None or nieuw in gezien:
                if nieuw is not None:
                    self.b.wijzigingen.append(self.bestand.melding((*loc, sleutel), (
                        f"{nieuw} staat er al; deze is weggehaald"), "omgezet", sleutel=True, ernst="info"))
                del mapping[sleutel]
                continue
            gezien.add(nieuw)
        # Rename last: an old key may carry the new name of another ('4.4' -> '4.3' while '4.3' -> '4.2').
        tijdelijk = {}
        for sleutel, nieuw in nieuwe.items():
            if sleutel in mapping and nieuw is not None and nieuw != str(sleutel):
                stand_in = f"\0{nieuw}"
                _hernoem(mapping, sleutel, stand_in)
                tijdelijk[stand_in] = _zelfde_soort(sleutel, nieuw)
        for stand_in, nieuw in tijdelijk.items():
            _hernoem(mapping, stand_in, nieuw)


def _als_getypt(bestand: YamlBestand, loc: tuple[Any, ...], sleutel: Any) -> str:
    """A key as typed: an unquoted 4.10 is the float 4.1 to YAML, but competency '4.10' to the user."""
    if isinstance(sleutel, str):
        return sleutel.strip()
    regel, kolom = bestand.positie(loc, sleutel=True)
    regels = bestand.tekst.splitlines()
    if 0 < regel <= len(regels):
        tekst = regels[regel - 1][kolom - 1:].split(":", 1)[0].strip()
        if tekst:
            return tekst
    return str(sleutel)


def _rt(tekst: str) -> tuple[YAML, Any]:
    _, inspringen, reeks = load_yaml_guess_indent(tekst)
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 4096  # never fold a long remark onto a new line
    yaml.indent(mapping=inspringen or 2, sequence=(inspringen or 2) + (reeks or 0), offset=reeks or 0)
    return yaml, yaml.load(tekst)


def _begin(cat: Catalogus, bestand: YamlBestand, versie: str | None) -> tuple[Bijwerking, Omzetting | None]:
    if versie is None:
        raise CotFout(bestand.melding((), (
            "het bestand noemt geen catalogus_versie, dus cot weet niet wat de nummers betekenden; zet erin "
            f"met welke versie het gemaakt is (is dat de huidige, dan 'catalogus_versie: \"{cat.versie}\"')"),
            "catalogus-versie"))
    b = Bijwerking(bestand, versie, cat.versie)
    omz = None if b.bij else omzetting(cat, versie)
    if omz is not None and omz.bron == "nieuwer":
        raise CotFout(bestand.melding(("catalogus_versie",), (
            f"het bestand is gemaakt met catalogusversie {versie}, nieuwer dan deze catalogus ({cat.versie}); "
            "terugzetten kan cot niet: werk de catalogus of cot bij"), "catalogus-versie"))
    return b, omz


def _af(b: Bijwerking, yaml: YAML, data: Any) -> Bijwerking:
    if b.weigeringen:
        return b
    oud = data["catalogus_versie"]
    data["catalogus_versie"] = _zelfde_soort(oud, b.naar) if isinstance(oud, str) else DoubleQuotedScalarString(b.naar)
    uit = io.StringIO()
    yaml.dump(data, uit)
    b.tekst = uit.getvalue()
    return b


def profiel(cat: Catalogus, pad: Path) -> Bijwerking:
    """A saved profile definition brought to the current version (Bijwerking.tekst), or why not."""
    from .definitie import lees_definitie

    geladen = lees_definitie(pad)
    d, bestand = geladen.definitie, geladen.bestand
    b, omz = _begin(cat, bestand, d.catalogus_versie)
    if omz is None:
        return b
    yaml, data = _rt(bestand.tekst)
    werk = _Werk(cat, bestand, omz, b)
    werk.lijst(data.get("taken"), ("taken",), lambda n: omz.taak(d.rol, n), "taak")
    werk.sleutels(data.get("normen"), ("normen",), lambda n: omz.competentie(d.rol, n))
    return _af(b, yaml, data)


def vrijwilliger(cat: Catalogus, pad: Path) -> Bijwerking:
    """A self-assessment brought to the current version, or why not. Its profile is not changed."""
    from .beoordeling import _lees_bestand
    from .definitie import lees_profiel
    from .model import Beoordeling
    from .validatie import valideer_of_stop

    bestand = _lees_bestand(pad, None)
    beoordeling = valideer_of_stop(bestand, Beoordeling)
    rol = beoordeling.rol
    if beoordeling.profiel is not None:
        profiel_pad = Path(beoordeling.profiel)
        rol = lees_profiel(cat, profiel_pad if profiel_pad.is_absolute() else pad.parent / profiel_pad).rol
    b, omz = _begin(cat, bestand, beoordeling.catalogus_versie)
    if omz is None:
        return b
    yaml, data = _rt(bestand.tekst)
    werk = _Werk(cat, bestand, omz, b)
    werk.lijst(data.get("taken"), ("taken",), lambda n: omz.taak(rol, n), "taak")

    def indicatoren(waarde: Any, loc: tuple[Any, ...], oud: str, nieuw: str) -> None:
        if not isinstance(waarde, CommentedMap):
            return

        def zoek(n: str) -> Uitkomst | None:
            uitkomst = omz.indicator(rol, oud, n)
            comp = cat.competentie_op_nummer(rol, nieuw)
            if uitkomst is not None and uitkomst.id is not None and comp is not None \
                    and cat.ouders.get(uitkomst.id) != comp.id:
                return Uitkomst((), f"gedragsindicator {oud}.{n} van catalogusversie {omz.van} staat nu onder een "
                                    "andere competentie", zeker=False)
            return uitkomst

        werk.sleutels(waarde.get("indicatoren"), (*loc, "indicatoren"), zoek)

    werk.sleutels(data.get("competenties"), ("competenties",), lambda n: omz.competentie(rol, n), indicatoren)
    return _af(b, yaml, data)
