"""The profile as a Word document, built with python-docx from the same plain data as the Markdown.

Real Word styles throughout (Title, Subtitle, Heading 1/2, List Bullet, List Number, Quote,
Table Grid), so an organisation's house style applies. With a template (a .docx in the house
style) its styles, header, footer and page setup are kept and only its body is replaced.
Lists get their own numbering definitions (restarting at each list), so numbers and letters
match the catalogue's (1–6, a–e, i–iv).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from .huisstijl import (
    KLEUR_TABELKOP,
    LETTERTYPE,
    STIJLEN,
    _huisstijl,
    _open_sjabloon,
    _taal,
    als_bytes,
    eigenschappen,
    kop_en_voet,
    rijen_heel,
)

# Every table has a header row (a screen reader and the tagged PDF need it); the key/value tables too.
KOP_GEGEVENS = ("Onderdeel", "Gegevens")

_ROMEINS = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")


def _kop_en_voet(doc: Any, data: dict[str, Any]) -> None:
    org = (data.get("organisatie") or {}).get("naam")
    kop_en_voet(doc, org or "Functieprofiel", data["profiel"]["naam"],
                f"Functieprofiel · {data['profiel']['datum']}")


def _eigenschappen(doc: Any, data: dict[str, Any]) -> None:
    org = (data.get("organisatie") or {}).get("naam")
    eigenschappen(doc, data["profiel"]["naam"], f"Functieprofiel {data['profiel']['rol_naam']}", org,
                  dt.date.fromisoformat(data["profiel"]["datum_iso"]), "Functieprofiel", data["teksten"]["slot"])


# ---- numbering -----------------------------------------------------------------------------------


def _formaat(nummers: list[str]) -> str:
    if not nummers or any(not n for n in nummers):
        return "bullet"
    if all(n.isdigit() for n in nummers):
        return "decimal"
    if nummers[0].lower() == "i" and all(n.lower() in _ROMEINS for n in nummers):
        return "lowerRoman"
    if all(len(n) == 1 and n.isalpha() for n in nummers):
        return "upperLetter" if nummers[0].isupper() else "lowerLetter"
    return "bullet"


def _start(nummer: str, formaat: str) -> int:
    if formaat == "decimal":
        return int(nummer)
    if formaat in ("lowerLetter", "upperLetter"):
        return ord(nummer.lower()) - ord("a") + 1
    if formaat == "lowerRoman":
        return _ROMEINS.index(nummer.lower()) + 1
    return 1


class _Nummering:
    """Numbering definitions in the document's numbering part; one w:num per list, so each restarts."""

    def __init__(self, doc: Any) -> None:
        from docx.oxml.ns import qn

        self.qn = qn
        self.el = doc.part.numbering_part.element
        self.abstract: dict[tuple[str, str], int] = {}
        self.volgend_abstract = 1 + max([int(a.get(qn("w:abstractNumId"))) for a in
                                         self.el.findall(qn("w:abstractNum"))] or [0])
        self.volgend_num = 1 + max([int(n.get(qn("w:numId"))) for n in self.el.findall(qn("w:num"))] or [0])

    def _niveau(self, ilvl: int, formaat: str) -> str:
        links = (567 if formaat != "bullet" else 397) + ilvl * 567
        hangend = 397 if formaat != "bullet" else 283
        if formaat == "bullet":
            teken = "•" if ilvl == 0 else "–"
            return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
                    f'<w:lvlText w:val="{teken}"/><w:lvlJc w:val="left"/>'
                    f'<w:pPr><w:ind w:left="{links}" w:hanging="{hangend}"/></w:pPr>'
                    f'<w:rPr><w:rFonts w:ascii="{LETTERTYPE}" w:hAnsi="{LETTERTYPE}" '
                    f'w:cs="{LETTERTYPE}"/></w:rPr>'
                    "</w:lvl>")
        return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{formaat}"/>'
                f'<w:lvlText w:val="%{ilvl + 1}."/><w:lvlJc w:val="left"/>'
                f'<w:pPr><w:ind w:left="{links}" w:hanging="{hangend}"/></w:pPr></w:lvl>')

    def _maak_abstract(self, formaten: tuple[str, str]) -> int:
        from docx.oxml import parse_xml
        from docx.oxml.ns import nsdecls

        nummer = self.volgend_abstract
        self.volgend_abstract += 1
        niveaus = "".join(self._niveau(i, formaten[min(i, 1)] if i < 2 else "bullet") for i in range(3))
        abstract = parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{nummer}">'
                             f'<w:multiLevelType w:val="multilevel"/>{niveaus}</w:abstractNum>')
        # All abstractNum elements come before the num elements.
        eerste_num = self.el.find(self.qn("w:num"))
        if eerste_num is not None:
            eerste_num.addprevious(abstract)
        else:
            cleanup = self.el.find(self.qn("w:numIdMacAtCleanup"))
            if cleanup is not None:
                cleanup.addprevious(abstract)
            else:
                self.el.append(abstract)
        self.abstract[formaten] = nummer
        return nummer

    def nieuw(self, formaten: tuple[str, str], starts: tuple[int, int] = (1, 1)) -> int:
        from docx.oxml import parse_xml
        from docx.oxml.ns import nsdecls

        abstract = self.abstract.get(formaten) or self._maak_abstract(formaten)
        num_id = self.volgend_num
        self.volgend_num += 1
        overrides = "".join(f'<w:lvlOverride w:ilvl="{i}"><w:startOverride w:val="{s}"/></w:lvlOverride>'
                            for i, s in enumerate(starts))
        num = parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract}"/>'
                        f"{overrides}</w:num>")
        cleanup = self.el.find(self.qn("w:numIdMacAtCleanup"))
        if cleanup is not None:
            cleanup.addprevious(num)
        else:
            self.el.append(num)
        return num_id


# ---- writing the content ----------------------------------------------------------------------------


class _Schrijver:
    def __init__(self, doc: Any) -> None:
        self.doc = doc
        self.nummering = _Nummering(doc)
        # Style lookups by name walk all styles in python-docx; resolve each once.
        self.stijl_ids = {naam: doc.styles[naam].style_id for naam in STIJLEN}
        self.body = doc._body

    def alinea(self, tekst: str = "", stijl: str = "Normal", label: str | None = None,
               bij_volgende: bool = False) -> Any:
        p = self.body.add_paragraph()
        if stijl != "Normal":
            p._p.get_or_add_pPr().style = self.stijl_ids[stijl]
        if bij_volgende:
            p.paragraph_format.keep_with_next = True
        if label:
            run = p.add_run(label)
            run.italic = True
        if tekst:
            p.add_run(tekst)
        return p

    def kop(self, tekst: str, niveau: int) -> None:
        self.alinea(tekst, "Title" if niveau == 0 else f"Heading {niveau}")

    def _lijstpunt(self, tekst: str, num_id: int, ilvl: int, genummerd: bool,
                   label: str | None = None) -> None:
        stijl = ("List Number" if genummerd else "List Bullet") + (" 2" if ilvl else "")
        # An item that ends in a colon ("alert op bijvoorbeeld:") stays on the page of what follows.
        p = self.alinea(tekst, stijl, label, bij_volgende=tekst.endswith(":"))
        ppr = p._p.get_or_add_pPr()
        num_pr = ppr.get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = ilvl
        num_pr.get_or_add_numId().val = num_id

    def lijst(self, items: list[Any]) -> None:
        """Items as in the catalogue: dicts with nummer, tekst and onderdelen; or plain strings."""
        items = [{"tekst": i} if isinstance(i, str) else i for i in items]
        nummers = [str(i.get("nummer") or "") for i in items]
        onder = [str(o.get("nummer") or "") for i in items for o in i.get("onderdelen") or []]
        formaten = (_formaat(nummers), _formaat(onder) if onder else "bullet")
        starts = (_start(nummers[0], formaten[0]) if nummers else 1, 1)
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
        from docx.oxml import parse_xml
        from docx.oxml.ns import nsdecls
        from docx.shared import Cm, Pt

        tabel = self.doc.add_table(rows=0, cols=len(breedtes))
        tabel.style = self.doc.styles["Table Grid"]
        tabel.autofit = False
        alle = ([kop] if kop else []) + rijen
        for r, rij in enumerate(alle):
            cellen = tabel.add_row().cells
            for k, (cel, tekst) in enumerate(zip(cellen, rij, strict=True)):
                cel.width = Cm(breedtes[k])
                p = cel.paragraphs[0]
                p.paragraph_format.space_before = Pt(2)
                p.paragraph_format.space_after = Pt(2)
                run = p.add_run(tekst)
                if (kop and r == 0) or (vet_eerste and k == 0):
                    run.bold = True
                if kop and r == 0:
                    cel._tc.get_or_add_tcPr().append(
                        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" '
                                  f'w:fill="{KLEUR_TABELKOP}"/>'))
        rijen_heel(tabel, 1 if kop else 0)
        for k, kolom in enumerate(tabel.columns):
            kolom.width = Cm(breedtes[k])
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


def maak_docx(data: dict[str, Any], sjabloon: Path | None = None) -> bytes:
    import docx

    if sjabloon is not None:
        doc = _open_sjabloon(sjabloon)
    else:
        doc = docx.Document()
        _huisstijl(doc)
        _kop_en_voet(doc, data)
    _taal(doc)
    _Schrijver(doc).profiel(data)
    _eigenschappen(doc, data)
    return als_bytes(doc)
