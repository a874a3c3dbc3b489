"""Escaping per output format: user text shown as text, never as formatting or control.

One function per format. The terminal: control, direction and zero-width characters become
visible codes (<U+001B>), so a name or value quoted in a message cannot move the cursor,
recolour the terminal or reverse the line.
"""

from __future__ import annotations

import re

# Control characters (but tab and newline), direction marks, overrides and isolates, zero-width
# characters: also the characters the text policy refuses in user texts (model.stuurteken_in).
ONZICHTBAAR = re.compile("[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f\\u061c\\u180e\\u200b-\\u200f"
                          "\\u2028-\\u202e\\u2060-\\u2064\\u2066-\\u206f\\ufeff\\ufff9-\\ufffb]")


def terminal(tekst: str) -> str:
    """Text for a terminal line: every invisible or controlling character as <U+XXXX>."""
    return ONZICHTBAAR.sub(lambda m: f"<U+{ord(m.group(0)):04X}>", tekst)
