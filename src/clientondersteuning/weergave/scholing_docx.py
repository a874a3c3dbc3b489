"""The scholing documents in Word: gap (one volunteer), team (the training plan) and zelfevaluatie.

Built from the same plain data as the Markdown templates, with the same sentences: the
sentences both need are made once, in zinnen.
"""

from __future__ import annotations

from typing import Any

from ..keuze import STANDAARD_NORM
from .huisstijl import KLEUR_TABELKOP, als_bytes, breedtes, kleur, nieuw_document, rijen_heel, zet
from .huisstijl import TEAM_KLEUREN as KLEUREN
from .zinnen import groep_regel, meervoud, nodig_voor, team_aantal

# Cell colours of the team table: red 2 or more below the norm, yellow 1 below, green in order.


def _kopregel(tabel: Any) -> None:
    """The first row is the header: bold and shaded, repeated on every page; no row splits."""
    for cel in tabel.rows[0].cells:
        kleur(cel, KLEUR_TABELKOP)
        for run in (r for p in cel.paragraphs for r in p.runs):
            run.bold = True
    rijen_heel(tabel)


def _schaal_tekst(schaal: dict[str, str]) -> str:
    return ", ".join(f"{k} {v}" for k, v in schaal.items())


def gap(data: dict[str, Any]) -> bytes:
    d = nieuw_document(f"Scholingsbehoefte: {data['vrijwilliger']}", data.get("organisatie"), "Scholingsbehoefte")
    d.add_heading(f"Scholingsbehoefte: {data['vrijwilliger']}", 0)
    regel = f"Profiel: {data['profiel']}. " if data["profiel"] else ""
    regel += f"Rol: {data['rol']}. Taken: {', '.join(data['taken'])}."
    if data["datum"]:
        regel += f" Zelfevaluatie van {data['datum']}."
    d.add_paragraph(regel)
    d.add_paragraph(f"Schaal: {_schaal_tekst(data['schaal'])}. De norm is {STANDAARD_NORM}, tenzij het profiel "
                    "een andere norm geeft.")
    d.add_heading("Tekorten", 1)
    if not data["tekorten"]:
        d.add_paragraph("Geen tekorten.")
    for i, t in enumerate(data["tekorten"], start=1):
        d.add_heading(f"{i}. {t['competentie']} {t['titel']}", 2)
        woord = data["schaal"][str(t["score"])]
        tekst = f"Score {t['score']} ({woord}), norm {t['norm']}: tekort {t['tekort']}."
        if t["kern"]:
            tekst += " Kerncompetentie."
        if t["taken"]:
            tekst += " " + nodig_voor(t["taken"])
        d.add_paragraph(tekst)
        if t["toelichting"]:
            d.add_paragraph(f"Toelichting: {t['toelichting']}")
        if t["indicatoren"]:
            d.add_paragraph("Gedragsindicatoren met een lage score:")
            for ind in t["indicatoren"]:
                d.add_paragraph(f"{ind['nummer']}. {ind['tekst']} (score {ind['score']})",
                                style="List Bullet")
        if t["scholing"]:
            d.add_paragraph("Scholing:")
            for v in t["scholing"]:
                d.add_paragraph(f"{v['naam']}: {v['leerdoel']}", style="List Bullet")
    d.add_heading("Niet beoordeeld", 1)
    if not data["niet_beoordeeld"]:
        d.add_paragraph("Alle competenties van het profiel zijn beoordeeld.")
    for n in data["niet_beoordeeld"]:
        d.add_paragraph(f"{n} {data['niet_beoordeeld_titels'][n]}", style="List Bullet")
    d.add_heading("In orde", 1)
    if not data["in_orde"]:
        d.add_paragraph("Nog geen competentie op of boven de norm.")
    for c in data["in_orde"]:
        d.add_paragraph(f"{c['competentie']} {c['titel']}: score {c['score']}, norm {c['norm']}",
                        style="List Bullet")
    return als_bytes(d)


def team(data: dict[str, Any]) -> bytes:
    d = nieuw_document("Scholingsplan voor het team", data.get("organisatie"), "Scholingsplan")
    d.add_heading("Scholingsplan voor het team", 0)
    d.add_paragraph(team_aantal(len(data["vrijwilligers"]), data["aantal_overgeslagen"]))
    d.add_heading("Overzicht", 1)
    d.add_paragraph("Rood: 2 of meer onder de norm; geel: 1 onder de norm; groen: in orde; grijs met ?: niet "
                    "beoordeeld; leeg: niet nodig voor het profiel.")
    comps = data["competenties"]
    from docx.shared import Cm

    tabel = d.add_table(rows=1 + len(data["matrix"]), cols=1 + len(comps))
    tabel.style = "Table Grid"
    tabel.autofit = False
    if len(data["matrix"]) <= 200:  # per-cell widths cost time; a long table keeps Word's even columns
        kolom = Cm(12.0 / max(len(comps), 1))
        breedtes(tabel, [Cm(4.0)] + [kolom] * len(comps))
    rijen = list(tabel.rows)  # rows[i] walks the whole table each time: slow for 1,000 volunteers
    kop = rijen[0].cells
    zet(kop[0], "Vrijwilliger")
    for j, c in enumerate(comps, start=1):
        zet(kop[j], c["competentie"])
    _kopregel(tabel)
    for rij_docx, rij in zip(rijen[1:], data["matrix"], strict=True):
        cellen = rij_docx.cells
        zet(cellen[0], rij["vrijwilliger"])
        for j, c in enumerate(comps, start=1):
            cel = rij["cellen"][c["competentie"]]
            if cel["status"] == "tekort":
                zet(cellen[j], str(cel["score"]))
                kleur(cellen[j], KLEUREN["tekort2" if cel["tekort"] >= 2 else "tekort1"])
            elif cel["status"] == "in_orde":
                zet(cellen[j], str(cel["score"]))
                kleur(cellen[j], KLEUREN["in_orde"])
            elif cel["status"] == "niet_beoordeeld":
                zet(cellen[j], "?")
                kleur(cellen[j], KLEUREN["niet_beoordeeld"])
    for c in comps:
        d.add_paragraph(f"{c['competentie']} {c['titel']}", style="List Bullet")
    d.add_heading("Groepsscholing (meeste tekorten eerst)", 1)
    if not data["groepsscholing"]:
        d.add_paragraph("Geen tekorten in het team.")
    for i, g in enumerate(data["groepsscholing"], start=1):
        d.add_heading(f"{i}. {g['competentie']} {g['titel']}", 2)
        d.add_paragraph(groep_regel(g))
        for v in g["scholing"]:
            d.add_paragraph(f"{v['naam']}: {v['leerdoel']}", style="List Bullet")
    d.add_heading("Niet beoordeeld", 1)
    if not data["niet_beoordeeld"]:
        d.add_paragraph("Alle nodige competenties zijn beoordeeld.")
    for n in data["niet_beoordeeld"]:
        d.add_paragraph(f"{n['competentie']} {n['titel']}: {meervoud(n['aantal'], 'vrijwilliger', 'vrijwilligers')}",
                        style="List Bullet")
    return als_bytes(d)


def zelfevaluatie(data: dict[str, Any]) -> bytes:
    titel = "Zelfevaluatie" + (f": {data['profiel']}" if data["profiel"] else "")
    d = nieuw_document(titel, data.get("organisatie"), "Zelfevaluatie")
    d.add_heading(titel, 0)
    d.add_paragraph("Naam: ______________________________    Datum: ______________")
    taken = "; ".join(f"{t['nummer']} {t['titel']}" for t in data["taken"])
    d.add_paragraph(f"Rol: {data['rol']}. Taken: {taken}. Catalogusversie: {data['catalogus_versie']} "
                    f"(neem over als catalogus_versie: \"{data['catalogus_versie']}\" in het vrijwilligersbestand).")
    schaal = _schaal_tekst(data["schaal"])
    d.add_paragraph(f"Kruis per competentie aan hoe goed je het nu kunt. Schaal: {schaal}. "
                    f"De norm is {STANDAARD_NORM} ({data['schaal'][str(STANDAARD_NORM)]}), tenzij hieronder anders "
                    "staat. Je mag ook per "
                    "gedragsindicator een score geven.")
    for c in data["competenties"]:
        d.add_heading(f"{c['competentie']} {c['titel']}", 1)
        # The description and the score line stay with the table of indicators (on one page).
        d.add_paragraph(c["omschrijving"] + (f" (Norm: {c['norm']}.)" if c["norm"] != STANDAARD_NORM else "")
                        ).paragraph_format.keep_with_next = True
        d.add_paragraph("Score:   " + "   ".join(f"☐ {k} {v}" for k, v in data["schaal"].items())
                        ).paragraph_format.keep_with_next = True
        if c["indicatoren"]:
            from docx.shared import Cm

            tabel = d.add_table(rows=1 + len(c["indicatoren"]), cols=6)
            tabel.style = "Table Grid"
            tabel.autofit = False
            rijen = list(tabel.rows)
            breedtes(tabel, [Cm(1.0), Cm(10.0), Cm(1.0), Cm(1.0), Cm(1.0), Cm(1.0)])  # 16 cm: the text width
            for j, kop in enumerate(("Nr.", "Gedragsindicator", "1", "2", "3", "4")):
                rijen[0].cells[j].text = kop
            _kopregel(tabel)
            for rij_docx, ind in zip(rijen[1:], c["indicatoren"], strict=True):
                cellen = rij_docx.cells
                cellen[0].text = ind["nummer"]
                cellen[1].text = ind["tekst"]
                for j in range(2, 6):
                    cellen[j].text = "☐"
        d.add_paragraph("Toelichting:")
        d.add_paragraph("_" * 70)
        d.add_paragraph("_" * 70)
    return als_bytes(d)
