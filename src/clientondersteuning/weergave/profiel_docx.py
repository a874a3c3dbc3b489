"""The profile as a Word document, from the same plain data as the Markdown.

Real Word styles throughout (Title, Subtitle, Heading 1/2, List Bullet, List Number, Quote,
Table Grid), so an organisation's house style applies. The content is written as WordprocessingML
text (wordxml): in cot's own house style into the stored base (basisdocument, without python-docx);
with a template (a .docx in an organisation's house style) parsed into it by python-docx, keeping its
styles, header, footer and page setup and replacing only its body.
Lists get their own numbering definitions (restarting at each list), so numbers and letters
match the catalogue's (1–6, a–e, i–iv).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from . import wordxml as xml
from .huisstijl import KLEUR_TABELKOP, STIJLEN, kerngegevens
from .inhoudsopgave import REGEL
from .nummering import Nummering, formaat, start

# Every table has a header row (a screen reader and the tagged PDF need it); the key/value tables too.
KOP_GEGEVENS = ("Onderdeel", "Gegevens")
_CELRUIMTE = (40, 40)  # twips before and after a table cell's paragraph (2 pt)


def _kop_teksten(data: dict[str, Any]) -> tuple[str, str, str]:
    """The header (left, right) and the footer's text (huisstijl.kop_en_voet)."""
    org = (data.get("organisatie") or {}).get("naam")
    return org or "Functieprofiel", data["profiel"]["naam"], f"Functieprofiel · {data['profiel']['datum']}"


def _kerngegevens(data: dict[str, Any]) -> dict[str, Any]:
    org = (data.get("organisatie") or {}).get("naam")
    return kerngegevens(data["profiel"]["naam"], f"Functieprofiel {data['profiel']['rol_naam']}", org,
                        dt.date.fromisoformat(data["profiel"]["datum_iso"]), "Functieprofiel",
                        data["teksten"]["slot"])


# ---- writing the content ----------------------------------------------------------------------------


class _Schrijver:
    """The profile's body as WordprocessingML text (wordxml), with what the table of contents needs:
    the length guess (inhoudsopgave.lang) and the top-level headings."""

    def __init__(self, stijl_ids: dict[str, str], nummering: Nummering) -> None:
        self.stijl_ids = stijl_ids  # style name -> the document's style id
        self.nummering = nummering
        self.delen: list[str] = []
        self.tekens = 0  # as inhoudsopgave.lijkt_lang counts them
        self.koppen: list[str] = []  # the Heading 1 texts
        self.eerste_kop: int | None = None  # where in delen the first Heading 1 is

    def alinea(self, tekst: str = "", stijl: str = "Normal", label: str | None = None,
               bij_volgende: bool = False, nummer: tuple[int, int] | None = None) -> None:
        runs = (xml.run(label, cursief=True) if label else "") + (xml.run(tekst) if tekst else "")
        geheel = (label or "") + tekst  # what python-docx's paragraph.text gives
        self.tekens += len(geheel) + REGEL
        if stijl == "Heading 1":
            if self.eerste_kop is None:
                self.eerste_kop = len(self.delen)
            if geheel:
                self.koppen.append(geheel)
        self.delen.append(xml.alinea(runs, None if stijl == "Normal" else self.stijl_ids[stijl], bij_volgende,
                                     nummering=nummer))

    def kop(self, tekst: str, niveau: int) -> None:
        self.alinea(tekst, "Title" if niveau == 0 else f"Heading {niveau}")

    def _lijstpunt(self, tekst: str, num_id: int, ilvl: int, genummerd: bool,
                   label: str | None = None) -> None:
        stijl = ("List Number" if genummerd else "List Bullet") + (" 2" if ilvl else "")
        # An item that ends in a colon ("alert op bijvoorbeeld:") stays on the page of what follows.
        self.alinea(tekst, stijl, label, bij_volgende=tekst.endswith(":"), nummer=(ilvl, num_id))

    def lijst(self, items: list[Any]) -> None:
        """Items as in the catalogue: dicts with nummer, tekst and onderdelen; or plain strings."""
        items = [{"tekst": i} if isinstance(i, str) else i for i in items]
        nummers = [str(i.get("nummer") or "") for i in items]
        onder = [str(o.get("nummer") or "") for i in items for o in i.get("onderdelen") or []]
        formaten = (formaat(nummers), formaat(onder) if onder else "bullet")
        starts = (start(nummers[0], formaten[0]) if nummers else 1, 1)
        num_id = self.nummering.nieuw(formaten, starts)
        for item in items:
            self._lijstpunt(item["tekst"], num_id, 0, formaten[0] != "bullet")
            for o in item.get("onderdelen") or []:
                self._lijstpunt(o["tekst"], num_id, 1, formaten[1] != "bullet")

    def punten(self, regels: list[tuple[str | None, str]]) -> None:
        """A bulleted list of (label, text) pairs; the label in italics."""
        num_id = self.nummering.nieuw(("bullet", "bullet"))
        for label, tekst in regels:
            self._lijstpunt(tekst, num_id, 0, False, label)

    def casus(self, casus: dict[str, Any] | None) -> None:
        if not casus:
            return
        for i, tekst in enumerate(casus["alineas"]):
            self.alinea(tekst, "Quote", "Uit de praktijk: " if i == 0 else None)

    def blok(self, blok: dict[str, Any]) -> None:
        for tekst in blok["alineas"]:
            self.alinea(tekst)
        if blok.get("punten"):
            self.lijst(blok["punten"])
        if blok.get("vervolg"):
            self.punten([(None, punt) for punt in blok["vervolg"]])
        self.casus(blok.get("casus"))

    def tabel(self, rijen: list[tuple[str, ...]], breedtes: list[float], kop: tuple[str, ...] | None = None,
              vet_eerste: bool = False) -> None:
        """A table in Table Grid with fixed column widths (cm): rows never split, the header row
        (bold, shaded) repeats on every page; see huisstijl.rijen_heel."""
        twips = [xml.twips(b) for b in breedtes]
        delen = [f'<w:tbl><w:tblPr><w:tblStyle w:val="{xml.attribuut(self.stijl_ids["Table Grid"])}"/>'
                 '<w:tblW w:type="auto" w:w="0"/><w:tblLayout w:type="fixed"/>'
                 '<w:tblLook w:firstColumn="1" w:firstRow="1" w:lastColumn="0" w:lastRow="0" w:noHBand="0" '
                 'w:noVBand="1" w:val="04A0"/></w:tblPr><w:tblGrid>',
                 *(f'<w:gridCol w:w="{w}"/>' for w in twips), "</w:tblGrid>"]
        for r, rij in enumerate(([kop] if kop else []) + rijen):
            koprij = bool(kop) and r == 0
            delen.append("<w:tr><w:trPr><w:cantSplit/>" + ("<w:tblHeader/>" if koprij else "") + "</w:trPr>")
            for k, (tekst, breedte) in enumerate(zip(rij, twips, strict=True)):
                arcering = f'<w:shd w:val="clear" w:color="auto" w:fill="{KLEUR_TABELKOP}"/>' if koprij else ""
                cel = xml.alinea(xml.run(tekst, vet=koprij or (vet_eerste and k == 0)), ruimte=_CELRUIMTE)
                delen.append(f'<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="{breedte}"/>{arcering}</w:tcPr>'
                             f"{cel}</w:tc>")
            delen.append("</w:tr>")
            self.tekens += len(rij[0]) + REGEL
        delen.append("</w:tbl>")
        self.delen.append("".join(delen))
        self.alinea()  # Word needs a paragraph between a table and what follows

    def _taak(self, taak: dict[str, Any]) -> None:
        self.kop(f"Taak {taak['nummer']}. {taak['titel']}", 2)
        for tekst in taak["alineas"]:
            self.alinea(tekst, bij_volgende=tekst.endswith(":"))
        self.casus(taak.get("casus"))
        if taak.get("inleiding_activiteiten"):
            self.alinea(taak["inleiding_activiteiten"], bij_volgende=True)
        if taak["activiteiten"]:
            self.lijst(taak["activiteiten"])
        for noot in taak.get("voetnoten") or []:
            self.alinea(f"Noot {noot['nummer']}: {noot['tekst']}")

    def _competentie(self, comp: dict[str, Any], niveau: int, normen: bool) -> None:
        self.kop(f"{comp['nummer']} {comp['titel']}", niveau)
        self.alinea(comp["omschrijving"], bij_volgende=comp["omschrijving"].endswith(":"))
        if comp.get("indicatoren_inleiding"):
            self.alinea(comp["indicatoren_inleiding"], bij_volgende=True)
        if comp["gedragsindicatoren"]:
            self.lijst(comp["gedragsindicatoren"])
        if comp["kern"]:
            self.alinea(comp["kern_reden"] or "", label="Kerncompetentie (redactioneel): ")
        if comp["taken"]:
            self.alinea("Nodig voor (redactioneel):", bij_volgende=True)
            self.punten([(None, f"Taak {n['nummer']}, {n['titel']}: {n['reden']}") for n in comp["taken"]])
        if normen:
            self.alinea(f"Gewenst niveau: {comp['norm']} op een schaal van 1 tot 4.")
        for noot in comp.get("voetnoten") or []:
            self.alinea(f"Noot {noot['nummer']}: {noot['tekst']}")

    # ---- the profile, in the order of templates/profiel.md.j2 ----

    def profiel(self, d: dict[str, Any]) -> None:
        t = d["teksten"]
        self.kop(d["profiel"]["naam"], 0)
        self.alinea(t["ondertitel"], "Subtitle")
        if d["profiel"].get("toelichting"):
            self.alinea(d["profiel"]["toelichting"])

        self.kop("Over dit profiel", 1)
        for tekst in t["inleiding"]:
            self.alinea(tekst)
        self.tabel([(k["label"], k["tekst"]) for k in d["kenmerken"]], [3.5, 12.5], kop=KOP_GEGEVENS,
                   vet_eerste=True)

        org = d.get("organisatie")
        if org and org.get("over_ons"):
            self.kop(f"Over {org['naam']}", 1)
            self.alinea(org["over_ons"])

        for hoofdstuk in d["hoofdstukken"]:
            self.kop(hoofdstuk["kop"], 1)
            self.blok(hoofdstuk)
            for blok in hoofdstuk["blokken"]:
                self.kop(blok["kop"], 2)
                self.blok(blok)

        for i, sectie in enumerate(d["context"]):
            self.kop(sectie["titel"], 1)
            for blok in sectie["blokken"]:
                self.kop(blok["kop"], 2)
                self.blok(blok)
            if i == 0 and d["lagen"] and not d["lagen_in_tekst"]:
                self.kop(t["lagen_titel"], 2)
                self.alinea(t["lagen_inleiding"], bij_volgende=True)
                self.punten([(None, f"{la['titel']}. {la['tekst']} {la['in_dit_profiel']}") for la in d["lagen"]])

        for groep in d["taakgroepen"]:
            self.kop(groep["titel"], 1)
            for tekst in groep["alineas"]:
                self.alinea(tekst, bij_volgende=tekst.endswith(":"))
            if groep["overzicht"]:
                self.punten([(None, regel) for regel in groep["overzicht"]])
            self.alinea(groep["inleiding"])
            for taak in groep["taken"]:
                self._taak(taak)

        hoofdstuk = d["competenties_hoofdstuk"]
        self.kop(hoofdstuk["kop"] if hoofdstuk else t["competenties_titel"], 1)
        for tekst in hoofdstuk["alineas"] if hoofdstuk else []:
            self.alinea(tekst, bij_volgende=tekst.endswith(":"))
        self.tabel([(c["nummer"], c["titel"], c["voor_tekst"]) for c in d["competenties_overzicht"]],
                   [1.4, 8.6, 6.0], kop=("Nr.", "Competentie", "Nodig voor (redactioneel)"))
        self.alinea(t["competenties_inleiding"])
        for groep in d["competentiegroepen"]:
            if groep["titel"]:
                self.kop(groep["titel"], 2)
            for comp in groep["competenties"]:
                self._competentie(comp, 3 if groep["titel"] else 2, bool(d["normen"]))

        if d["leefgebieden"]:
            self.kop(t["leefgebieden_titel"], 1)
            self.alinea(t["leefgebieden_inleiding"], bij_volgende=True)
            self.tabel([(lg["naam"], ", ".join(lg["themas"]), lg["taken_zin"])
                        for lg in d["leefgebieden"]], [4.0, 8.0, 4.0],
                       kop=("Leefgebied", "Thema's", "Taken (redactioneel)"))

        if d["samenspel"]:
            self.kop(t["samenspel_titel"], 1)
            for blok in d["samenspel"]:
                self.kop(blok["kop"], 2)
                self.blok(blok)

        if d["organisatie_biedt"] or d["organisatie_eisen"]:
            self.kop(t["biedt_titel"], 1)
            if d["organisatie_biedt"]:
                self.tabel([(p["label"], p["tekst"]) for p in d["organisatie_biedt"]], [4.5, 11.5],
                           kop=KOP_GEGEVENS, vet_eerste=True)
            for blok in d["organisatie_eisen"]:
                self.kop(blok["kop"], 2)
                self.blok(blok)

        if d["contact"]:
            self.kop(t["contact_titel"], 1)
            self.tabel([(c["label"], c["tekst"]) for c in d["contact"]], [4.5, 11.5], kop=KOP_GEGEVENS,
                       vet_eerste=True)

        self.kop(t["bronnen_titel"], 1)
        self.alinea(t["correcties"])
        self.punten([(None, b["tekst"]) for b in d["bronnen"]])
        self.alinea(t["slot"])


def _in_huisstijl(data: dict[str, Any], inhoudsopgave: bool) -> bytes:
    """The profile written into the stored house-style package, without python-docx."""
    from . import basisdocument
    from . import inhoudsopgave as toc

    basis = basisdocument.lees()
    schrijver = _Schrijver(basis.stijlen, Nummering(*basis.nummers))
    schrijver.profiel(data)
    met = inhoudsopgave and toc.lang(schrijver.tekens, len(schrijver.koppen))
    if met and schrijver.eerste_kop is not None:
        schrijver.delen.insert(schrijver.eerste_kop, toc.inhoud_xml(schrijver.koppen, None, *basis.inhoud_stijlen))
    return basisdocument.pakket(basis, "".join(schrijver.delen), "".join(schrijver.nummering.abstracten),
                                "".join(schrijver.nummering.nums), _kop_teksten(data), _kerngegevens(data), met)


def _in_document(doc: Any, data: dict[str, Any], inhoudsopgave: bool) -> bytes:
    """The profile into a python-docx document with an empty body (a template's)."""
    from docx.oxml import parse_xml

    from . import inhoudsopgave as toc
    from .huisstijl import _taal, als_bytes, zet_kerngegevens
    from .nummering import plaats_in, volgende_ids

    _taal(doc)
    numbering = doc.part.numbering_part.element  # made here if the template has none
    # Style lookups by name walk all styles in python-docx; resolve each once.
    schrijver = _Schrijver({naam: doc.styles[naam].style_id for naam in STIJLEN}, Nummering(*volgende_ids(numbering)))
    schrijver.profiel(data)
    body = doc.element.body
    sectie = body.sectPr  # the section properties stay last
    for element in list(parse_xml(xml.fragment("".join(schrijver.delen)))):
        if sectie is not None:
            sectie.addprevious(element)
        else:
            body.append(element)
    plaats_in(numbering, schrijver.nummering)
    zet_kerngegevens(doc, _kerngegevens(data))
    if inhoudsopgave and toc.lang(schrijver.tekens, len(schrijver.koppen)):
        toc.toevoegen_aan(doc)
    return als_bytes(doc)


def maak_docx(data: dict[str, Any], sjabloon: Path | None = None, inhoudsopgave: bool = False) -> bytes:
    """The profile as .docx, in cot's house style or in a Word template's; with inhoudsopgave, a
    long profile (inhoudsopgave.lang) gets a table of contents. Raises CotFout for a bad template."""
    if sjabloon is None:
        return _in_huisstijl(data, inhoudsopgave)
    from .huisstijl import _open_sjabloon

    return _in_document(_open_sjabloon(sjabloon), data, inhoudsopgave)
