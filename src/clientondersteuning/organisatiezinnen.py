"""The plain-language (B1) *je*-sentences cot writes from an organisation's facts.

One function per fact, each returning whole sentences: short (at most 15 words), active
where Dutch allows it, no semicolons, 'je' for the volunteer and 'wij' for the organisation.
"ook" and "daarnaast" only follow a sentence they refer to. Numbers up to twelve are words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .weergave import opsomming

if TYPE_CHECKING:
    from .model_organisatie import Organisatie

_GETALLEN = ("nul", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf",
             "twaalf")
_MAX_WOORDEN = 15


def getal(n: int) -> str:
    return _GETALLEN[n] if 0 <= n < len(_GETALLEN) else str(n)


def _woorden(zin: str) -> int:
    return len(zin.split())


def werkgebied(org: Organisatie) -> str | None:
    """'de gemeente Lindendal en de kernen Oosterhout en Veldzicht' (for a profile's facts, too)."""
    w = org.werkgebied
    if w is None:
        return None
    tekst = f"de gemeente {w.gemeente}"
    if w.kernen:
        tekst += f" en de {'kern' if len(w.kernen) == 1 else 'kernen'} {opsomming(w.kernen)}"
    return tekst


def plaats(org: Organisatie) -> list[str]:
    w = org.werkgebied
    if w is None:
        return []
    zin = f"Je werkt in {werkgebied(org)}."
    if _woorden(zin) > _MAX_WOORDEN:  # many kernen: the municipality first, the kernen after
        kernen = (f"de kernen {opsomming(w.kernen)}" if len(w.kernen) <= 3
                  else f"{getal(len(w.kernen))} kernen, zoals {opsomming(w.kernen[:3])}")
        zin = f"Je werkt in de gemeente {w.gemeente}. Je komt ook in {kernen}."
    return [zin, "Vaak ga je bij mensen thuis langs."]


def tijd(org: Organisatie) -> list[str]:
    t = org.tijd
    if t is None:
        return []
    zinnen = [f"Je geeft {t.uren_per_week} tot {t.uren_per_week_tot} uur per week." if t.uren_per_week_tot
              else f"Je geeft gemiddeld {t.uren_per_week} uur per week."]
    if t.zelf_indelen:
        zinnen.append("Je deelt die uren zelf in.")
    wanneer = "overdag of 's avonds" if t.overdag and t.avond else ("overdag" if t.overdag else "'s avonds")
    zinnen.append(f"Je spreekt {wanneer} met cliënten af.")
    return zinnen


def inwerken(org: Organisatie) -> str | None:
    i = org.inwerken
    if i is None or not (i.kennismakingsgesprek or i.meelopen):
        return None
    zinnen = ["Je begint met een kennismakingsgesprek."] if i.kennismakingsgesprek else []
    if i.meelopen:
        begin = "Daarna loop je" if zinnen else "Je loopt eerst"
        zinnen.append(f"{begin} {getal(i.meelopen)} keer mee met een ervaren cliëntondersteuner.")
    return " ".join(zinnen)


def aanspreekpunt(org: Organisatie) -> str | None:
    b = org.begeleiding
    if b is None or b.aanspreekpunt is None:
        return None
    zin = f"Je hebt een vaste {b.aanspreekpunt} als aanspreekpunt."
    return zin + (" Die is ook bij spoed bereikbaar." if b.bij_spoed else "")


def overleg(org: Organisatie) -> str | None:
    b = org.begeleiding
    if b is None or b.overleg is None or b.elke_weken is None:
        return None
    hoe_vaak = "Elke week" if b.elke_weken == 1 else f"Elke {getal(b.elke_weken)} weken"
    if b.overleg == "intervisie":
        return f"{hoe_vaak} praat je met andere cliëntondersteuners over je werk. Dat heet intervisie."
    if b.overleg == "werkoverleg":
        return f"{hoe_vaak} is er werkoverleg met het hele team."
    return f"{hoe_vaak} bespreek je lastige situaties met andere cliëntondersteuners."


def scholing(org: Organisatie) -> str | None:
    s = org.scholing
    if s is None:
        return None
    zinnen = []
    if s.basistraining_dagdelen:
        n = s.basistraining_dagdelen
        zinnen.append(f"Je volgt een basistraining van {getal(n)} {'dagdeel' if n == 1 else 'dagdelen'}.")
    if s.themabijeenkomsten:
        themas = s.themabijeenkomsten
        for aantal in range(min(len(themas), 3), 0, -1):  # as many topics as fit in one short sentence
            over = opsomming(themas[:aantal]) if aantal == len(themas) else "onder meer " + opsomming(themas[:aantal])
            zin = f"Elk jaar kun je naar bijeenkomsten over {over}."
            if _woorden(zin) <= _MAX_WOORDEN:
                break
        zinnen.append(zin)
    return " ".join(zinnen) or None


def onkosten(org: Organisatie) -> str | None:
    o = org.onkosten
    if o is None:
        return None
    kosten = [naam for naam, ja in (("reiskosten", o.reiskosten), ("telefoonkosten", o.telefoonkosten)) if ja]
    zinnen = [f"Je krijgt je {opsomming(kosten)} terug."] if kosten else []
    if o.vrijwilligersvergoeding:
        zinnen.append(("Daarnaast krijg je" if zinnen else "Je krijgt") + " een vrijwilligersvergoeding.")
    return " ".join(zinnen) or "Je krijgt geen onkosten terug."


def verzekering(org: Organisatie) -> str | None:
    if org.verzekering == "organisatie":
        return "Wij verzekeren je tijdens je werk als vrijwilliger."
    if org.verzekering == "gemeente" and org.werkgebied:
        return f"De gemeente {org.werkgebied.gemeente} verzekert je tijdens je werk als vrijwilliger."
    return None


def vog(org: Organisatie) -> str | None:
    v = org.vog
    if v is None:
        return None
    if not v.verplicht:
        return "Je hebt geen Verklaring Omtrent het Gedrag (VOG) nodig."
    kosten = {
        "organisatie": "Wij betalen de kosten.",
        "gemeente": f"De gemeente {org.werkgebied.gemeente if org.werkgebied else ''} betaalt de kosten.",
        "regeling": "Die is gratis voor jou, via de regeling Gratis VOG.",
        "vrijwilliger": "Je betaalt de kosten zelf.",
    }[v.kosten]
    return f"Je hebt een Verklaring Omtrent het Gedrag (VOG) nodig. {kosten}"


# What the organisation offers, in the order a reader asks for it: (field, label, sentences).
def aanbod(org: Organisatie) -> list[tuple[str, str, str]]:
    """The offer as (field, label, sentences), for the werving texts and a profile's table."""
    velden = [
        ("tijd", "Tijd", " ".join(tijd(org)) or None),
        ("inwerken", "Inwerken", inwerken(org)),
        ("begeleiding", "Begeleiding", " ".join(z for z in (aanspreekpunt(org), overleg(org)) if z) or None),
        ("scholing", "Scholing", scholing(org)),
        ("onkosten", "Onkosten", onkosten(org)),
        ("verzekering", "Verzekering", verzekering(org)),
        ("vog", "Verklaring Omtrent het Gedrag (VOG)", vog(org)),
    ]
    return [(veld, label, tekst) for veld, label, tekst in velden if tekst]


def bieden(org: Organisatie) -> list[str]:
    """The bullets under 'Wat bieden we': one fact each (hours and place have their own section)."""
    return [z for z in (inwerken(org), aanspreekpunt(org), overleg(org), scholing(org), onkosten(org),
                        verzekering(org), vog(org)) if z]


def kort_aanbod(org: Organisatie) -> str | None:
    """One sentence for the short call: 'Je krijgt een training en vaste begeleiding.'"""
    delen = []
    if org.scholing and org.scholing.basistraining_dagdelen:
        delen.append("een training")
    if org.begeleiding and org.begeleiding.aanspreekpunt:
        delen.append("vaste begeleiding")
    return f"Je krijgt {opsomming(delen)}." if delen else None


def over_ons(org: Organisatie) -> str | None:
    """The organisation's own text, or one sentence from its facts; None when there is nothing to say."""
    if org.over_ons:
        tekst = org.over_ons.strip()
        return tekst if tekst.endswith((".", "!", "?")) else tekst + "."
    if org.soort:
        waar = f" in {werkgebied(org)}" if org.werkgebied else ""
        return f"{org.naam} is een {org.soort}{waar}."
    return None


def contact(org: Organisatie | None) -> dict[str, str | None]:
    """How to respond: who, by which channels, and one short line for the short call (all None without one)."""
    c = org.contact if org else None
    if c is None:
        return dict.fromkeys(("persoon", "kanalen", "website", "kort", "naam", "functie", "telefoon", "email",
                              "url"))
    kanalen = [k for k in (f"bel {c.telefoon}" if c.telefoon else None,
                           f"mail naar {c.email}" if c.email else None) if k]
    hoe = " of ".join(kanalen)
    return {
        "persoon": c.naam + (f", {c.functie}" if c.functie else ""),
        "kanalen": (hoe[0].upper() + hoe[1:] + ".") if hoe else None,
        "website": f"Meer lezen? Kijk op {c.website}." if c.website else None,
        "kort": (f"Reageer bij {c.naam}: {c.telefoon or c.email or c.website}."
                 if (c.telefoon or c.email or c.website) else None),
        "naam": c.naam,
        "functie": c.functie,
        "telefoon": c.telefoon,
        "email": c.email,
        "url": c.website,
    }
