"""A vacancy as the separate fields a volunteer vacancy bank asks for, as JSON or as blocks to paste.

The fields come from the same data as the vacancy text (werving.gegevens), so the bank shows
what the vacancy says: title, a short description of at most 600 characters, tasks, what we
offer, hours, place and contact.
"""

from __future__ import annotations

import json
from typing import Any

# (key in JSON, heading of the text block)
VELDEN = (
    ("titel", "Titel"),
    ("korte_beschrijving", "Korte beschrijving"),
    ("taken", "Taken"),
    ("wat_we_bieden", "Wat we bieden"),
    ("uren", "Uren"),
    ("plaats", "Plaats"),
    ("contact", "Contact"),
)


def velden(data: dict[str, Any]) -> dict[str, Any]:
    """The fields, each plain text (lists for tasks and offer); the short description fits MAX_OPROEP."""
    from .weergave.werving import naar_tekst, oproep

    kort = naar_tekst(oproep(data)).strip().split("\n", 1)[1].strip()  # the short call without its title
    c = data["contact"]
    contact = {sleutel: c[sleutel] for sleutel in ("naam", "functie", "telefoon", "email")} | {"website": c["url"]}
    plaats = " ".join(z for z in (data["plaats"], f"Ons adres is {data['adres']}." if data["adres"] else None) if z)
    return {
        "titel": f"{data['functie'][0].upper()}{data['functie'][1:]} bij {data['organisatie']}",
        "korte_beschrijving": kort,
        "taken": [t["wat_je_doet"] for t in data["taken"]],
        "wat_we_bieden": data["bieden"],
        "uren": data["tijd"],
        "plaats": plaats or None,
        "contact": {k: v for k, v in contact.items() if v},
    }


def als_json(v: dict[str, Any]) -> str:
    return json.dumps(v, ensure_ascii=False, indent=2) + "\n"


def als_tekst(v: dict[str, Any]) -> str:
    """One block per field, with a heading, to copy into the bank's form field by field."""
    blokken = []
    for sleutel, kop in VELDEN:
        waarde = v[sleutel]
        if sleutel == "korte_beschrijving":
            kop += f" ({len(waarde)} van de 600 tekens)"
        if isinstance(waarde, list):
            tekst = "\n".join(f"- {w}" for w in waarde)
        elif isinstance(waarde, dict):
            namen = {"naam": "Naam", "functie": "Functie", "telefoon": "Telefoon", "email": "E-mail",
                     "website": "Website"}
            tekst = "\n".join(f"{namen[k]}: {w}" for k, w in waarde.items())
        else:
            tekst = waarde
        if tekst:  # an empty field is left out: cot warned about the missing fact already
            blokken.append(f"=== {kop} ===\n{tekst}")
    return "\n\n".join(blokken) + "\n"
