"""Escaping per output format: user text shown as text, never as formatting or control.

One function per format. The terminal: control, direction and zero-width characters become
visible codes (<U+001B>), so a name or value quoted in a message cannot move the cursor,
recolour the terminal or reverse the line.
"""

from __future__ import annotations

import re

# Control characters (but tab and newline), direction marks, overrides and isolates, zero-width
# characters, and the noncharacters U+FFFE/U+FFFF (no XML, so no Word document, may hold them):
# also the characters the text policy refuses in user texts (stuurteken_in).
ONZICHTBAAR = re.compile("[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f\\u061c\\u180e\\u200b-\\u200f"
                          "\\u2028-\\u202e\\u2060-\\u2064\\u2066-\\u206f\\ufeff\\ufff9-\\ufffb\\ufffe\\uffff]")


def terminal(tekst: str) -> str:
    """Text for a terminal line: every invisible or controlling character as <U+XXXX>."""
    return ONZICHTBAAR.sub(lambda m: f"<U+{ord(m.group(0)):04X}>", tekst)


# Characters no user text needs and that do harm in a document or terminal (ONZICHTBAAR):
# control characters, direction overrides (U+202E turns "exe.txt" into "txt.exe"), zero-width ones.
_TEKENNAMEN = {"\x1b": "ESC", "\u202e": "richting omkeren", "\u202d": "richting forceren",
               "\u200b": "spatie zonder breedte", "\u200f": "richtingsteken", "\u200e": "richtingsteken",
               "\ufeff": "BOM"}


def stuurteken_in(tekst: str, meerregelig: bool = False) -> str | None:
    """The one text policy: a Dutch description of the first forbidden character, or None.

    Newline and tab only where a field allows several lines (meerregelig).
    """
    if not meerregelig and ("\n" in tekst or "\r" in tekst or "\t" in tekst):
        return "een regeleinde of tab; gebruik één regel"
    gevonden = ONZICHTBAAR.search(tekst)
    if gevonden is None:
        return None
    teken = gevonden.group(0)
    naam = _TEKENNAMEN.get(teken)
    return (f"het onzichtbare teken U+{ord(teken):04X}{f' ({naam})' if naam else ''} op positie "
            f"{gevonden.start() + 1}; verwijder het (het komt vaak mee met kopiëren)")
