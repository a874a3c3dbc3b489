"""Catalogue items in the terminal as rich tables and panels. User text is always escaped."""

from __future__ import annotations

from typing import Any

from rich.markup import escape
from rich.table import Table

from ..bronteksten import alle_correcties
from ..catalogus import ROLLEN, Catalogus
from ..rol import Rol
from ..soorten import SCHOLINGSVORM_NAMEN
from ..zoeken import Treffer
from .uitvoer import stdout


def _tabel(titel: str, *kolommen: str) -> Table:
    tabel = Table(title=titel, title_justify="left", show_lines=False, header_style="bold")
    for kolom in kolommen:
        tabel.add_column(kolom, overflow="fold")
    return tabel


def toon_lijst(cat: Catalogus, wat: str, rol: Rol | None) -> None:
    console = stdout()
    rollen = [rol] if rol else list(ROLLEN)
    if wat == "taken":
        for r in rollen:
            tabel = _tabel(f"Taken ({r})", "Nr.", "Taak", "Activiteiten", "ID")
            for taak in cat.taken[r]:
                tabel.add_row(taak.nummer, escape(taak.titel), str(len(taak.activiteiten)), taak.id)
            console.print(tabel)
    elif wat == "competenties":
        for r in rollen:
            kern = set(cat.kern_ids(r))
            tabel = _tabel(f"Competenties ({r})", "Nr.", "Competentie", "Indicatoren", "Kern", "ID")
            for comp in cat.competenties[r]:
                titel = escape(comp.titel) + (f" [dim]({comp.cluster})[/dim]" if comp.cluster else "")
                titel += " [dim](redactionele titel)[/dim]" if comp.titel_redactioneel else ""
                tabel.add_row(comp.nummer, titel, str(len(comp.gedragsindicatoren)),
                              "ja" if comp.id in kern else "", comp.id)
            console.print(tabel)
    elif wat == "leefgebieden":
        tabel = _tabel("Leefgebieden", "Nr.", "Leefgebied", "Thema's", "ID")
        for lg in cat.leefgebieden:
            tabel.add_row(lg.nummer, escape(lg.naam), escape(", ".join(lg.themas)), lg.id)
        console.print(tabel)
    elif wat == "lagen":
        tabel = _tabel("Lagen van cliëntondersteuning (VNG)", "Nr.", "Laag", "ID")
        for laag in cat.lagen:
            tabel.add_row(laag.nummer, escape(laag.titel), laag.id)
        console.print(tabel)
    elif wat == "correcties":
        tabel = _tabel("Verbeterde typefouten van de bronnen (documenten drukken de verbetering)",
                       "Item", "In de bron", "Verbeterd", "Bron", "Sectie")
        for regel in cat.correcties():
            tabel.add_row(regel.item, escape(regel.van), escape(regel.naar), regel.bron, escape(regel.sectie))
        console.print(tabel)
    elif wat == "bronnen":
        tabel = _tabel("Bronnen", "ID", "Titel", "Uitgever", "Datum")
        for bron in cat.bronnen.values():
            titel = escape(bron.titel) + (" [dim](redactioneel)[/dim]" if bron.redactioneel else "")
            tabel.add_row(bron.id, titel, escape(bron.uitgever), bron.datum or "niet vermeld")
        console.print(tabel)


def _herkomst(cat: Catalogus, item: Any) -> str:
    herkomst = getattr(item, "herkomst", None)
    if herkomst is None:
        return ""
    bron = cat.bronnen.get(herkomst.bron)
    naam = f"{bron.uitgever}, {bron.titel}" if bron else herkomst.bron
    return f"{naam}, {herkomst.sectie}"


def toon_item(cat: Catalogus, item_id: str) -> None:
    console = stdout()
    item = cat.items[item_id]
    soort = type(item).__name__
    nummer = getattr(item, "nummer", None)
    titel = getattr(item, "titel", None) or getattr(item, "naam", None) or getattr(item, "tekst", "")
    kop = f"{soort} {nummer} " if nummer else f"{soort} "
    console.print(f"[bold]{escape(kop)}{escape(titel)}[/bold]  [dim]({item_id})[/dim]")
    plaats = cat.plaatsen.get(item_id)
    if plaats:
        console.print(f"[dim]Gedefinieerd in {escape(plaats.bestand)}:{plaats.regel}[/dim]")
    if item_id in cat.ouders:
        ouder = cat.items[cat.ouders[item_id]]
        console.print(f"Hoort bij: {escape(getattr(ouder, 'nummer', ''))} "
                      f"{escape(getattr(ouder, 'titel', None) or getattr(ouder, 'tekst', ''))} "
                      f"[dim]({cat.ouders[item_id]})[/dim]")
    herkomst = _herkomst(cat, cat.items[cat.wortel(item_id)])
    if herkomst:
        console.print(f"Bron: {escape(herkomst)}")
    if getattr(item, "titel_redactioneel", False):
        console.print("Titel: redactioneel (staat niet in de bron)")
    for veld in ("omschrijving", "uitgever", "datum"):
        waarde = getattr(item, veld, None)
        if waarde:
            console.print(f"\n{escape(str(waarde))}")
    for alinea in getattr(item, "alineas", []) or []:
        console.print(f"\n{escape(alinea)}")
    if getattr(item, "tekst", None) and titel != item.tekst:
        console.print(f"\n{escape(item.tekst)}")
    casus = getattr(item, "casus", None)
    if casus:
        console.print("\n[italic]Uit de praktijk:[/italic]")
        for alinea in casus.alineas:
            console.print(f"[italic]{escape(alinea)}[/italic]")
    for veld in ("inleiding_activiteiten", "inleiding_indicatoren"):
        waarde = getattr(item, veld, None)
        if waarde:
            console.print(f"\n{escape(waarde)}")
    for veld in ("activiteiten", "gedragsindicatoren", "onderdelen"):
        for sub in getattr(item, veld, []) or []:
            console.print(f"  {escape(sub.nummer)}. {escape(sub.tekst)} [dim]({sub.id})[/dim]")
            for o in getattr(sub, "onderdelen", []) or []:
                console.print(f"      {escape(o.nummer)}. {escape(o.tekst)} [dim]({o.id})[/dim]")
    for veld in ("punten", "themas"):
        for punt in getattr(item, veld, []) or []:
            console.print(f"  • {escape(punt)}")
    gevolgd_door = getattr(item, "gevolgd_door", None)
    if gevolgd_door:
        console.print(f"[dim](in de bron gevolgd door: {escape(gevolgd_door)})[/dim]")
    for noot in getattr(item, "voetnoten", []) or []:
        console.print(f"\n[dim]{noot.nummer}. {escape(noot.tekst)}[/dim]")
    correcties = alle_correcties([item])
    if correcties:
        console.print("\n[bold]Correcties[/bold] "
                      "[dim](typefouten van de bron; documenten drukken de verbetering)[/dim]")
        for regel in correcties:
            console.print(f"  • {escape(regel.van)} → {escape(regel.naar)}")
    if item_id in cat.scholing:
        console.print("\n[bold]Scholingsvormen[/bold] [dim](redactioneel)[/dim]")
        for vorm in cat.scholing[item_id].vormen:
            console.print(f"  • {SCHOLINGSVORM_NAMEN[vorm.vorm]}: {escape(vorm.leerdoel)}")
    verwijzingen = cat.verwijzingen_naar(item_id)
    if verwijzingen:
        console.print("\n[bold]Koppelingen[/bold] [dim](redactioneel)[/dim]")
        for wat, doel in verwijzingen:
            doel_item = cat.items.get(doel)
            naam = ""
            if doel_item is not None:
                titel = getattr(doel_item, "titel", None) or getattr(doel_item, "naam", "")
                naam = f"{getattr(doel_item, 'nummer', '')} {titel}"
            console.print(f"  • {wat}: {escape(naam.strip())} [dim]({doel})[/dim]")


def toon_treffers(zoekterm: str, treffers: list[Treffer]) -> None:
    console = stdout()
    if not treffers:
        console.print(f"Niets gevonden voor '{escape(zoekterm)}'.")
        return
    tabel = _tabel(f"{len(treffers)} treffers voor '{escape(zoekterm)}'", "Soort", "Nr.", "Tekst", "ID")
    for t in treffers:
        tekst = t.tekst if len(t.tekst) <= 140 else t.tekst[:137] + "..."
        tabel.add_row(t.soort, t.nummer, escape(tekst), t.id)
    console.print(tabel)
