"""Word list numbering: one numbering definition per list, so each list restarts, with numbers and
letters as the catalogue gives them (1–6, a–e, i–iv).

The definitions are written as text (Nummering); plaats_in puts them into a python-docx numbering
part (a user's Word template), and the house-style base has markers at the same places.
"""

from __future__ import annotations

from typing import Any

from .huisstijl import LETTERTYPE

_ROMEINS = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")


def formaat(nummers: list[str]) -> str:
    """Word's number format for a list with these numbers ('bullet' when they are not a series)."""
    if not nummers or any(not n for n in nummers):
        return "bullet"
    if all(n.isdigit() for n in nummers):
        return "decimal"
    if nummers[0].lower() == "i" and all(n.lower() in _ROMEINS for n in nummers):
        return "lowerRoman"
    if all(len(n) == 1 and n.isalpha() for n in nummers):
        return "upperLetter" if nummers[0].isupper() else "lowerLetter"
    return "bullet"


def start(nummer: str, formaat: str) -> int:
    """The value a list in this format starts at, for its first number."""
    if formaat == "decimal":
        return int(nummer)
    if formaat in ("lowerLetter", "upperLetter"):
        return ord(nummer.lower()) - ord("a") + 1
    if formaat == "lowerRoman":
        return _ROMEINS.index(nummer.lower()) + 1
    return 1


def _niveau(ilvl: int, formaat: str) -> str:
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


class Nummering:
    """New numbering definitions, numbered on from the ids a numbering part already has: an
    abstractNum per pair of formats (levels 1 and 2), a num per list."""

    def __init__(self, volgend_abstract: int, volgend_num: int) -> None:
        self.volgend_abstract = volgend_abstract
        self.volgend_num = volgend_num
        self.abstract: dict[tuple[str, str], int] = {}
        self.abstracten: list[str] = []  # w:abstractNum elements, in order
        self.nums: list[str] = []  # w:num elements, in order

    def _maak_abstract(self, formaten: tuple[str, str]) -> int:
        nummer = self.volgend_abstract
        self.volgend_abstract += 1
        niveaus = "".join(_niveau(i, formaten[min(i, 1)] if i < 2 else "bullet") for i in range(3))
        self.abstracten.append(f'<w:abstractNum w:abstractNumId="{nummer}">'
                               f'<w:multiLevelType w:val="multilevel"/>{niveaus}</w:abstractNum>')
        self.abstract[formaten] = nummer
        return nummer

    def nieuw(self, formaten: tuple[str, str], starts: tuple[int, int] = (1, 1)) -> int:
        """The numId of a new list with these formats, starting at these values."""
        abstract = self.abstract.get(formaten) or self._maak_abstract(formaten)
        num_id = self.volgend_num
        self.volgend_num += 1
        overrides = "".join(f'<w:lvlOverride w:ilvl="{i}"><w:startOverride w:val="{s}"/></w:lvlOverride>'
                            for i, s in enumerate(starts))
        self.nums.append(f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{abstract}"/>{overrides}</w:num>')
        return num_id


# ---- a python-docx numbering part ----------------------------------------------------------------


def volgende_ids(el: Any) -> tuple[int, int]:
    """The first free abstractNumId and numId of a numbering part (its lxml element)."""
    from docx.oxml.ns import qn

    abstract = 1 + max([int(a.get(qn("w:abstractNumId"))) for a in el.findall(qn("w:abstractNum"))] or [0])
    num = 1 + max([int(n.get(qn("w:numId"))) for n in el.findall(qn("w:num"))] or [0])
    return abstract, num


def plaats_abstract(el: Any, knoop: Any) -> None:
    """All abstractNum elements come before the num elements (and before numIdMacAtCleanup)."""
    from docx.oxml.ns import qn

    eerste_num = el.find(qn("w:num"))
    if eerste_num is not None:
        eerste_num.addprevious(knoop)
    else:
        plaats_num(el, knoop)


def plaats_num(el: Any, knoop: Any) -> None:
    """A num comes after the others, before numIdMacAtCleanup."""
    from docx.oxml.ns import qn

    cleanup = el.find(qn("w:numIdMacAtCleanup"))
    if cleanup is not None:
        cleanup.addprevious(knoop)
    else:
        el.append(knoop)


def plaats_in(el: Any, nummering: Nummering) -> None:
    """The new definitions into a numbering part, each at its place."""
    from docx.oxml import parse_xml

    from .wordxml import fragment

    for xml, plaats in ((nummering.abstracten, plaats_abstract), (nummering.nums, plaats_num)):
        for knoop in list(parse_xml(fragment("".join(xml)))):
            plaats(el, knoop)
