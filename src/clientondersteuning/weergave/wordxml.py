"""WordprocessingML written as text: runs, paragraphs and table cells as python-docx writes them.

Building a long document element by element in python-docx costs a call per character (its run
text is fed through a state machine) and an element lookup per property; these functions give
the same XML, character for character, as plain strings. Every user text goes through run() or
tekst(), so it is always escaped. The profile is written with these: in the house style straight
into the package (basisdocument, without python-docx), with a user's Word template parsed into it.
"""

from __future__ import annotations

import re

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_REGELTEKENS = re.compile("([\t\r\n])")
# What XML 1.0 cannot hold, as UTF-8 (lxml refuses these too): control characters but tab and line
# breaks (in UTF-8 these bytes are never part of another character), U+FFFE and U+FFFF.
_STUURTEKENS = bytes(b for b in range(32) if b not in b"\t\n\r")
_NIET_XML = (b"\xef\xbf\xbe", b"\xef\xbf\xbf")


def tekst(waarde: str) -> str:
    """Element text as lxml writes it: &, < and > escaped, a carriage return as a reference."""
    return waarde.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")


def attribuut(waarde: str) -> str:
    """An attribute value (between double quotes) as lxml writes it."""
    return tekst(waarde).replace('"', "&quot;").replace("\n", "&#10;").replace("\t", "&#9;")


def xml_bytes(xml: str) -> bytes:
    """A part as UTF-8. ValueError for a character XML cannot hold, as lxml raises: the text policy
    keeps them out of every user text, so one here is a bug, not something to write into a file."""
    inhoud = xml.encode()  # a lone surrogate raises UnicodeEncodeError, a ValueError
    if len(inhoud.translate(None, _STUURTEKENS)) != len(inhoud) or any(t in inhoud for t in _NIET_XML):
        raise ValueError("een teken dat niet in XML kan (een stuurteken, U+FFFE of U+FFFF)")
    return inhoud


def _t(stuk: str) -> str:
    # python-docx marks text with leading or trailing whitespace (str.strip's notion) as preserved.
    if stuk.strip() != stuk:
        return f'<w:t xml:space="preserve">{tekst(stuk)}</w:t>'
    return f"<w:t>{tekst(stuk)}</w:t>"


def run_inhoud(waarde: str) -> str:
    """The content of a run for a text: a tab becomes w:tab, a line break (\\n or \\r) w:br."""
    if "\t" not in waarde and "\n" not in waarde and "\r" not in waarde:
        return _t(waarde) if waarde else ""
    delen = []
    for stuk in _REGELTEKENS.split(waarde):
        if stuk == "\t":
            delen.append("<w:tab/>")
        elif stuk in ("\n", "\r"):
            delen.append("<w:br/>")
        elif stuk:
            delen.append(_t(stuk))
    return "".join(delen)


def run(waarde: str, vet: bool = False, cursief: bool = False) -> str:
    """One run (python-docx's add_run), optionally bold or italic."""
    eigenschappen = ("<w:b/>" if vet else "") + ("<w:i/>" if cursief else "")
    binnen = (f"<w:rPr>{eigenschappen}</w:rPr>" if eigenschappen else "") + run_inhoud(waarde)
    return f"<w:r>{binnen}</w:r>" if binnen else "<w:r/>"


def alinea(runs: str = "", stijl: str | None = None, bij_volgende: bool = False, bij_elkaar: bool = False,
           nummering: tuple[int, int] | None = None, ruimte: tuple[int, int] | None = None) -> str:
    """A paragraph: style id, keep with next, keep lines together, list level and numbering id
    (ilvl, numId), space before and after (twips); the properties in the schema's order."""
    eigenschappen = ""
    if stijl is not None:
        eigenschappen += f'<w:pStyle w:val="{attribuut(stijl)}"/>'
    if bij_volgende:
        eigenschappen += "<w:keepNext/>"
    if bij_elkaar:
        eigenschappen += "<w:keepLines/>"
    if nummering is not None:
        eigenschappen += f'<w:numPr><w:ilvl w:val="{nummering[0]}"/><w:numId w:val="{nummering[1]}"/></w:numPr>'
    if ruimte is not None:
        eigenschappen += f'<w:spacing w:before="{ruimte[0]}" w:after="{ruimte[1]}"/>'
    binnen = (f"<w:pPr>{eigenschappen}</w:pPr>" if eigenschappen else "") + runs
    return f"<w:p>{binnen}</w:p>" if binnen else "<w:p/>"


def twips(cm: float) -> int:
    """Centimetres in twips, rounded as python-docx rounds (via whole EMUs)."""
    return round(int(cm * 360000) / 635.0)


def veldteken(soort: str) -> str:
    """A run with a complex field character (begin, separate, end)."""
    return f'<w:r><w:fldChar w:fldCharType="{soort}"/></w:r>'


def instructie(waarde: str) -> str:
    """A run with a field instruction (' TOC ... ')."""
    return f'<w:r><w:instrText xml:space="preserve">{tekst(waarde)}</w:instrText></w:r>'


def fragment(xml: str) -> str:
    """Body elements as a document of their own, their namespaces declared, for lxml to parse."""
    return f'<w:body xmlns:w="{W_NS}" xmlns:r="{R_NS}">{xml}</w:body>'
