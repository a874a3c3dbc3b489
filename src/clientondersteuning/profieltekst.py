"""A built profile as plain data for the documents (dicts, lists, strings, numbers).

The profile's own sentences (editorial, by cot) live here, so the Markdown template and the
Word document say the same thing.
"""

from __future__ import annotations

from typing import Any

from . import organisatiezinnen
from .bronteksten import drukklaar
from .keuze import STANDAARD_NORM
from .model import Bron, Competentie, Taak
from .profiel import (
    ROL_NAMEN,
    SAMENSPEL_TITELS,
    Nodig,
    Profiel,
    ProfielCompetentie,
    datum_tekst,
)
from .weergave import opsomming


def _dump(model: Any) -> dict[str, Any]:
    """A catalogue item as documents print it (corrections applied, editorial titles marked)."""
    return drukklaar(model).model_dump(mode="json")


def _taak_kort(taak: Taak) -> dict[str, Any]:
    return {"id": taak.id, "nummer": taak.nummer, "titel": drukklaar(taak).titel}


def _nodig(lijst: list[Nodig]) -> list[dict[str, Any]]:
    return [{**_taak_kort(n.taak), "reden": n.reden} for n in lijst]


def _bron_tekst(bron: Bron) -> str:
    delen = [bron.uitgever]
    if bron.datum:
        delen[0] += f" ({bron.datum[:4]})"
    delen.append(bron.titel)
    tekst = ". ".join(d.rstrip(".") for d in delen)
    tekst = tekst if tekst.endswith(("?", "!")) else tekst + "."
    if bron.redactioneel:
        tekst += (" Redactioneel: de koppelingen van taken aan competenties, leefgebieden en lagen, met "
                  "hun reden, en titels die de bronnen niet geven.")
    return tekst


def taken_tekst(nummers: list[str]) -> str:
    """['3'] -> 'taak 3'; ['1', '3', '6'] -> 'taken 1, 3 en 6'."""
    return f"{'taak' if len(nummers) == 1 else 'taken'} {opsomming(nummers)}"


def _teksten(p: Profiel, bronnen: list[Bron]) -> dict[str, Any]:
    """The profile's own sentences (editorial, by cot), shared by the Markdown template and DOCX."""
    rol = ROL_NAMEN[p.rol]
    bij = f" bij {p.organisatie.naam}" if p.organisatie else ""
    hoofdbron = next((b for b in bronnen if p.taken and b.id == p.taken[0].herkomst.bron), None)
    if hoofdbron:
        jaar = f", {hoofdbron.datum[:4]}" if hoofdbron.datum else ""
        herkomst = f"‘{hoofdbron.titel}’ ({hoofdbron.uitgever}{jaar})"
    else:
        herkomst = "de catalogus"
    org = p.organisatie.naam if p.organisatie else "de organisatie"
    return {
        "ondertitel": f"Functieprofiel voor de {rol}{bij}, {datum_tekst(p.datum)}.",
        "inleiding": [
            f"Dit functieprofiel beschrijft wat een {rol}{bij} doet en wat daarvoor nodig is. Het is "
            f"samengesteld uit de bouwstenen van {herkomst}: de gekozen taken met hun activiteiten, de "
            "competenties die deze taken vragen en de leefgebieden die ze raken.",
            "Teksten uit de bronnen staan er letterlijk in; alleen kennelijke typefouten zijn verbeterd "
            "(de lijst geeft 'cot catalogus toon correcties'). Welke competenties, leefgebieden en lagen "
            "bij een taak horen, is een keuze van de redactie van cot, net als titels die de bronnen niet "
            "geven; die onderdelen zijn gemarkeerd als redactioneel.",
        ],
        "lagen_titel": "Lagen van cliëntondersteuning",
        "lagen_inleiding": "De VNG onderscheidt drie lagen van cliëntondersteuning. De gekozen taken "
                           "vallen in "
                           "deze lagen (redactioneel):",
        "taken_titel": "Taken",
        "taken_inleiding": f"De {rol} voert de volgende taken uit. Bij elke taak staan de toelichting en de "
                           "activiteiten uit de bron.",
        "competenties_titel": "Competenties",
        "competenties_inleiding": "Voor deze taken zijn de volgende competenties nodig. De omschrijvingen en "
                                  "gedragsindicatoren komen uit de bron; welke taak welke competentie "
                                  "vraagt, is "
                                  "redactioneel. Een kerncompetentie hoort bij elk profiel van deze rol.",
        "leefgebieden_titel": "Leefgebieden",
        "leefgebieden_inleiding": "Een cliëntondersteuner heeft oog voor alle leefgebieden van de cliënt. De "
                                  "gekozen taken raken in het bijzonder deze leefgebieden (redactioneel):",
        "samenspel_titel": SAMENSPEL_TITELS[p.rol],
        "biedt_titel": f"Wat {org} biedt",
        "contact_titel": "Contact",
        "bronnen_titel": "Bronnen",
        "slot": f"Samengesteld met cot uit de {p.catalogus_naam}, versie {p.catalogus_versie}, op "
                f"{datum_tekst(p.datum)}.",
    }


def _indicatoren_inleiding(comp: Competentie) -> str | None:
    """The line above the indicators, as the source has it (none where the description runs on into
    them, as in BCMB 2a). The same rule as the tasks' lead-in: only the catalogue's text."""
    return drukklaar(comp).inleiding_indicatoren


def als_data(p: Profiel) -> dict[str, Any]:
    org = p.organisatie
    biedt = [{"veld": veld, "label": label, "tekst": tekst}
             for veld, label, tekst in (organisatiezinnen.aanbod(org) if org else [])]
    keuze_tekst = f"alle {p.alle_taken}" if p.keuze == "alle" else \
        f"{opsomming(p.taak_nummers)} (van de {p.alle_taken})"
    kenmerken = [("Rol", ROL_NAMEN[p.rol])]
    if org:
        kenmerken.append(("Organisatie", org.naam))
        if org.werkgebied:
            kenmerken.append(("Werkgebied", (organisatiezinnen.werkgebied(org) or "").removeprefix("de ")))
    kenmerken += [("Taken", keuze_tekst), ("Datum", datum_tekst(p.datum)),
                  ("Catalogus", f"{p.catalogus_naam}, versie {p.catalogus_versie}")]
    contact: list[tuple[str, str]] = []
    if org and org.contact:
        c = org.contact
        contact.append(("Contactpersoon", c.naam + (f", {c.functie}" if c.functie else "")))
        contact += [(label, waarde) for label, waarde in (("Telefoon", c.telefoon), ("E-mail", c.email),
                                                          ("Website", c.website)) if waarde]
    if org:
        contact += [("Adres", org.adres)] if org.adres else []

    def voor(c: ProfielCompetentie) -> str:
        delen = ["kerncompetentie"] if c.kern else []
        if c.taken:
            delen.append(taken_tekst([n.taak.nummer for n in c.taken]))
        return ", ".join(delen)

    return {
        "profiel": {
            "naam": p.naam,
            "rol": p.rol,
            "rol_naam": ROL_NAMEN[p.rol],
            "toelichting": p.toelichting,
            "datum": datum_tekst(p.datum),
            "datum_iso": p.datum.isoformat(),
            "keuze": p.keuze,
            "keuze_tekst": keuze_tekst,
            "aantal_taken": len(p.taken),
            "alle_taken": p.alle_taken,
        },
        "teksten": _teksten(p, p.bronnen),
        "kenmerken": [{"label": k, "tekst": v} for k, v in kenmerken],
        "organisatie": _dump(org) if org else None,
        "organisatie_biedt": biedt,
        "contact": [{"label": k, "tekst": v} for k, v in contact],
        "catalogus": {"naam": p.catalogus_naam, "versie": p.catalogus_versie},
        "context": [{"titel": s.titel, "blokken": [_dump(b) for b in s.blokken]} for s in p.context],
        "lagen": [{**_dump(la.laag), "taken": _nodig(la.taken),
                   "taken_tekst": taken_tekst([n.taak.nummer for n in la.taken])} for la in p.lagen],
        "taken": [_dump(t) for t in p.taken],
        "competenties": [
            {**_dump(c.competentie), "taken": _nodig(c.taken), "kern": c.kern, "kern_reden": c.kern_reden,
             "norm": c.norm, "voor_tekst": voor(c),
             "indicatoren_inleiding": _indicatoren_inleiding(c.competentie)}
            for c in p.competenties
        ],
        "leefgebieden": [{**_dump(lg.leefgebied), "taken": _nodig(lg.taken),
                          "taken_tekst": taken_tekst([n.taak.nummer for n in lg.taken])}
                         for lg in p.leefgebieden],
        "samenspel": [_dump(b) for b in p.samenspel],
        "organisatie_eisen": [_dump(b) for b in p.organisatie_eisen],
        "bronnen": [{**_dump(b), "tekst": _bron_tekst(b)} for b in p.bronnen],
        "normen": dict(p.normen),
        "standaard_norm": STANDAARD_NORM,
    }


