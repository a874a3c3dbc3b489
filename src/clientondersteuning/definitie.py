"""Saved choices: the profile definition (profiel.yaml) and the organisation file it names.

The one home for reading them (lees_profiel: checked, with tasks and norms resolved against
the catalogue, every problem a Melding with file and line) and for writing them back
(definitie_van, definitie_yaml). profiel, werving and scholing all read a profile here.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .catalogus import Catalogus
from .fouten import CotFout, Melding, toon_pad
from .keuze import KeuzeFout, kies_taken, onbekende_competentie
from .organisatie import lees_organisatie

if TYPE_CHECKING:
    from .model import ProfielDefinitie, Rol, Taak
    from .model_organisatie import Organisatie
    from .profiel import Profiel
    from .yamlbestand import YamlBestand


@dataclass
class GeladenDefinitie:
    """A checked profiel.yaml and its organisation, not yet resolved against a catalogue."""

    definitie: ProfielDefinitie
    organisatie: Organisatie | None
    bestand: YamlBestand  # for positions in messages
    organisatie_pad: Path | None


@dataclass
class BewaardProfiel:
    """A saved profile resolved against the catalogue: its tasks, and its norms by competency id."""

    geladen: GeladenDefinitie  # in the current catalogue's numbers (an older version's carried over)
    taken: list[Taak]
    normen: dict[str, int]
    oorspronkelijk: ProfielDefinitie | None = None  # as written, when it was made with another version
    waarschuwingen: list[Melding] = field(default_factory=list)  # every number whose meaning changed

    @property
    def definitie(self) -> ProfielDefinitie:
        return self.geladen.definitie

    @property
    def naam(self) -> str:
        return self.geladen.definitie.naam

    @property
    def rol(self) -> Rol:
        return self.geladen.definitie.rol

    @property
    def organisatie(self) -> Organisatie | None:
        return self.geladen.organisatie

    @property
    def organisatie_pad(self) -> Path | None:
        return self.geladen.organisatie_pad


def lees_definitie(pad: Path) -> GeladenDefinitie:
    """profiel.yaml and the organisation file it names (relative to it), both checked."""
    from .model import ProfielDefinitie
    from .validatie import valideer_of_stop
    from .yamlbestand import lees_yaml

    bestand = lees_yaml(pad)
    definitie = valideer_of_stop(bestand, ProfielDefinitie)
    organisatie = None
    org_pad = None
    if definitie.organisatie:
        org_pad = Path(definitie.organisatie)
        if not org_pad.is_absolute():
            org_pad = pad.parent / org_pad
        if not org_pad.is_file():
            raise CotFout(bestand.melding(("organisatie",), (
                f"organisatiebestand '{definitie.organisatie}' niet gevonden (gezocht: {toon_pad(org_pad)}); "
                "een pad is relatief aan dit profielbestand"), "organisatie"))
        organisatie = lees_organisatie(org_pad)
    return GeladenDefinitie(definitie, organisatie, bestand, org_pad)


def laad_definitie(pad: Path) -> tuple[ProfielDefinitie, Organisatie | None]:
    """Read and check profiel.yaml and the organisation file it names (relative to it)."""
    geladen = lees_definitie(pad)
    return geladen.definitie, geladen.organisatie


def taken_melding(bestand: YamlBestand, fout: KeuzeFout) -> Melding:
    """A bad task choice in a file, at the number that is wrong (or at 'taken')."""
    loc: tuple[Any, ...] = ("taken", fout.index) if fout.index is not None else ("taken",)
    return bestand.melding(loc, fout.tekst, "taken")


def lees_profiel(cat: Catalogus, pad: Path) -> BewaardProfiel:
    """A saved profile with its tasks and norms resolved; every problem a CotFout with file and line.

    A profile made with an older catalogue version is read in that version's numbers and carried
    over to today's (omzetten), with a warning for every task or norm whose meaning changed.
    """
    from .omzetten import definitie as omgezet

    geladen = lees_definitie(pad)
    bestand = geladen.bestand
    oorspronkelijk = geladen.definitie
    d, waarschuwingen = omgezet(cat, oorspronkelijk, bestand)
    if d is not oorspronkelijk:
        geladen = GeladenDefinitie(d, geladen.organisatie, bestand, geladen.organisatie_pad)
    meldingen: list[Melding] = []
    taken: list[Taak] = []
    try:
        taken = kies_taken(cat, d.rol, d.taken)
    except KeuzeFout as fout:
        meldingen.append(taken_melding(bestand, fout))
    normen: dict[str, int] = {}
    for nummer, norm in d.normen.items():
        comp = cat.competentie_op_nummer(d.rol, nummer)
        if comp is None:
            meldingen.append(bestand.melding(("normen", nummer), onbekende_competentie(cat, d.rol, nummer),
                                             "normen", sleutel=True))
        else:
            normen[comp.id] = norm
    if meldingen:
        raise CotFout(meldingen)
    return BewaardProfiel(geladen, taken, normen, oorspronkelijk if d is not oorspronkelijk else None,
                          waarschuwingen)


# ---- writing -----------------------------------------------------------------------------------


def definitie_van(profiel: Profiel, organisatie_pad: str | None = None) -> ProfielDefinitie:
    """What to save of a built profile: the choice, not the texts (those come from the catalogue)."""
    from .model import ProfielDefinitie

    normen = {}
    for comp in profiel.competenties:
        if comp.competentie.id in profiel.normen:
            normen[comp.competentie.nummer] = profiel.normen[comp.competentie.id]
    return ProfielDefinitie(
        naam=profiel.naam, rol=profiel.rol,
        taken=profiel.keuze if profiel.keuze == "alle" else list(profiel.keuze),
        organisatie=organisatie_pad, normen=normen, catalogus_versie=profiel.catalogus_versie,
        toelichting=profiel.toelichting, context=list(profiel.extra_context),  # type: ignore[arg-type]
        beknopt=profiel.beknopt,
    )


def relatief_pad(doel: Path, vanaf_map: Path) -> str:
    """doel as a path relative to a folder (for the organisation in a saved profile), with '/'."""
    try:
        return Path(os.path.relpath(doel.resolve(), vanaf_map.resolve())).as_posix()
    except ValueError:  # another drive on Windows
        return str(doel.resolve())


def definitie_yaml(definitie: ProfielDefinitie) -> str:
    """The definition as readable YAML with a comment header (round-trips through lees_definitie)."""
    import io

    from ruamel.yaml import YAML
    from ruamel.yaml.comments import CommentedMap, CommentedSeq
    from ruamel.yaml.scalarstring import DoubleQuotedScalarString as Dq

    data = CommentedMap()
    data["naam"] = definitie.naam
    data["rol"] = definitie.rol
    if definitie.taken == "alle":
        data["taken"] = "alle"
    else:
        taken = CommentedSeq(Dq(str(t)) for t in definitie.taken)
        taken.fa.set_flow_style()
        data["taken"] = taken
    if definitie.organisatie:
        data["organisatie"] = definitie.organisatie
    if definitie.normen:
        data["normen"] = CommentedMap((Dq(k), v) for k, v in definitie.normen.items())
    if definitie.context:
        context = CommentedSeq(list(definitie.context))
        context.fa.set_flow_style()
        data["context"] = context
    if definitie.beknopt:
        data["beknopt"] = True
    if definitie.catalogus_versie:
        data["catalogus_versie"] = Dq(definitie.catalogus_versie)
    if definitie.toelichting:
        data["toelichting"] = definitie.toelichting
    data.yaml_set_start_comment(
        "Profieldefinitie voor cot: de gekozen taken en gegevens van een functieprofiel.\n"
        "Opnieuw maken:  cot profiel render DIT-BESTAND -o profiel.docx\n"
        "Vergelijken:    cot profiel diff DIT-BESTAND ANDER-PROFIEL.yaml\n"
        "taken: nummers zoals 'cot catalogus toon taken' ze toont, of 'alle'.\n"
        "organisatie: pad naar organisatie.yaml, relatief aan dit bestand.\n"
        "beknopt: true voor de korte versie (alleen wat de gekozen taken nodig hebben).\n"
        "catalogus_versie: de catalogus waarmee dit profiel is gebouwd.")
    yaml = YAML()
    yaml.width = 100
    yaml.indent(mapping=2, sequence=4, offset=2)
    uit = io.StringIO()
    yaml.dump(data, uit)
    return uit.getvalue()
