"""What the user chose: the role, the tasks ("1,3,6", "alle", a list) and the norms per competency.

The one home for these rules: profiel, werving and scholing call these functions directly.
A bad choice is a KeuzeFout carrying data (what was wrong, where in a list); its text names
no command-line option, so the CLI can say "--taken: ..." and a file reader can point at a line.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from .fouten import KeuzeFout
from .rol import ROLLEN, Rol

if TYPE_CHECKING:
    from .catalogus import Catalogus
    from .model import Taak

__all__ = ["STANDAARD_NORM", "KeuzeFout", "kies_taken", "normen_op_id", "rol_van_tekst"]

STANDAARD_NORM = 3  # "voldoende" on the scale 1-4: the level a profile asks unless it says otherwise


def rol_van_tekst(rol: str) -> Rol:
    """A role as typed -> Rol; anything else is a KeuzeFout."""
    if rol not in ROLLEN:
        raise KeuzeFout(f"rol '{rol}' bestaat niet; kies uit: {', '.join(ROLLEN)}", "rol", waarde=str(rol))
    return rol  # type: ignore[return-value]


def bereik(nummers: list[str], rol: Rol | str) -> str:
    """'1–7' for the numbered informal tasks; the formal ones (K1, O7 ...) are listed."""
    if rol == "informeel" and nummers:
        return f"{nummers[0]}–{nummers[-1]}"
    return ", ".join(nummers)


def _delen(keuze: str | list[Any]) -> list[str] | str:
    if isinstance(keuze, str):
        tekst = keuze.strip()
        if tekst.lower() == "alle":
            return "alle"
        if not tekst:
            raise KeuzeFout("geen taken gekozen; geef taaknummers op, bijvoorbeeld 1,3,6, of 'alle'")
        delen = [d.strip() for d in tekst.split(",")]
        if "" in delen:
            raise KeuzeFout(f"lege plek in de taaknummers '{tekst}'; scheid de nummers met één komma, "
                            "bijvoorbeeld 1,3,6")
        return delen
    return [str(d).strip() for d in keuze]


def is_alle(keuze: str | list[Any]) -> bool:
    return isinstance(keuze, str) and keuze.strip().lower() == "alle"


def kies_taken(cat: Catalogus, rol: Rol | str, keuze: str | list[Any]) -> list[Taak]:
    """'1,3,6', ['1', 3], '3.1' (section 3.1 is task 1) or 'alle' -> the tasks, in catalogue order.

    Raises KeuzeFout for an unknown role, or an empty, unknown or duplicate number.
    """
    if rol not in cat.taken:
        rol_van_tekst(rol)
        raise KeuzeFout(f"rol '{rol}' heeft geen taken in deze catalogus", "rol", waarde=str(rol))
    alle = cat.taken[rol]
    delen = _delen(keuze)
    if delen == "alle":
        return list(alle)
    if not delen:
        raise KeuzeFout("geen taken gekozen; noem minstens één taaknummer, of 'alle'")
    gekozen: dict[str, str] = {}  # taak id -> how it was written
    for i, deel in enumerate(delen):
        if deel.lower() == "alle":
            raise KeuzeFout("'alle' kan niet samen met taaknummers; kies 'alle' of losse nummers", index=i,
                            waarde=deel)
        taak = cat.taak_op_nummer(rol, deel) if re.fullmatch(r"[A-Za-z0-9.]{1,8}", deel) else None
        if taak is None:
            anders = "formeel" if rol == "informeel" else "informeel"
            hint = f" (taak {deel} hoort bij rol {anders})" if cat.taak_op_nummer(anders, deel) else ""
            raise KeuzeFout(f"taak '{deel}' bestaat niet bij rol {rol}; kies uit: "
                            f"{bereik([t.nummer for t in alle], rol)}, of 'alle'{hint}", index=i, waarde=deel)
        if taak.id in gekozen:
            eerder = gekozen[taak.id]
            zelfde = f" (als '{eerder}')" if eerder != deel else ""
            raise KeuzeFout(f"taak {taak.nummer} staat twee keer in de keuze{zelfde}", index=i, waarde=deel)
        gekozen[taak.id] = deel
    return [t for t in alle if t.id in gekozen]


def onbekende_competentie(cat: Catalogus, rol: Rol | str, nummer: str) -> str:
    nummers = [c.nummer for c in cat.competenties.get(rol, [])]
    return (f"competentie '{nummer}' bestaat niet bij rol {rol}; kies uit: {', '.join(nummers) or 'geen'} "
            "(zie 'cot catalogus toon competenties')")


def normen_op_id(cat: Catalogus, rol: Rol | str, normen: dict[str, int]) -> dict[str, int]:
    """Norms by competency number ('4.3') -> by id. Raises KeuzeFout for an unknown number."""
    resultaat = {}
    for nummer, norm in normen.items():
        comp = cat.competentie_op_nummer(rol, str(nummer))
        if comp is None:
            raise KeuzeFout(onbekende_competentie(cat, rol, str(nummer)), "normen", waarde=str(nummer))
        resultaat[comp.id] = norm
    return resultaat
