"""Validate loaded YAML against a Pydantic model; errors become Dutch Meldingen with positions."""

from __future__ import annotations

from datetime import date
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from .fouten import CotFout, Melding
from .yamlbestand import YamlBestand

M = TypeVar("M", bound=BaseModel)

MAX_MELDINGEN_PER_BESTAND = 50


def _soort(waarde: Any) -> str:
    if isinstance(waarde, bool):
        return "ja/nee-waarde"
    if isinstance(waarde, int):
        return f"het getal {waarde}"
    if isinstance(waarde, float):
        return f"het kommagetal {waarde}"
    if isinstance(waarde, date):
        return "een datum"
    if isinstance(waarde, str):
        return "tekst"
    if isinstance(waarde, list):
        return "een lijst"
    if isinstance(waarde, dict):
        return "velden (een mapping)"
    if waarde is None:
        return "een lege waarde"
    return type(waarde).__name__


def _velden(model: type[BaseModel], loc: tuple[Any, ...]) -> list[str]:
    """Field names allowed at loc, for a 'did you mean' hint."""
    huidig: Any = model
    for deel in loc:
        if isinstance(deel, int):
            continue
        veld = getattr(huidig, "model_fields", {}).get(deel)
        if veld is None:
            return []
        annotatie = veld.annotation
        huidig = None
        for kandidaat in [annotatie, *getattr(annotatie, "__args__", ())]:
            for binnen in [kandidaat, *getattr(kandidaat, "__args__", ())]:
                if isinstance(binnen, type) and issubclass(binnen, BaseModel):
                    huidig = binnen
        if huidig is None:
            return []
    return list(getattr(huidig, "model_fields", {}))


_TYPENAMEN = {"str", "int", "float", "bool", "date", "datetime", "list", "dict", "none", "tuple", "set"}


def _is_tag(deel: Any) -> bool:
    """A union branch Pydantic puts in loc ('constrained-str', "literal['alle']", 'date'), not a field."""
    return isinstance(deel, str) and (
        "[" in deel or deel in _TYPENAMEN or deel.startswith(("constrained-", "function-", "lax-", "strict-")))


def _nederlands(tekst: str) -> str:
    return tekst.replace("' or '", "' of '")


def vertaal(fout: dict[str, Any], model: type[BaseModel]) -> tuple[str, bool]:
    """A Pydantic error as a Dutch sentence; the bool says whether it points at the key."""
    soort = fout["type"]
    loc = tuple(d for d in fout["loc"] if not _is_tag(d))
    veld = next((str(d) for d in reversed(loc) if isinstance(d, str)), "")
    waarde = fout.get("input")
    ctx = fout.get("ctx") or {}
    if soort == "extra_forbidden":
        # The unknown key is the last part of loc, also when it looks like a union tag ('a[b').
        sleutel = fout["loc"][-1]
        bekend = _velden(model, tuple(d for d in fout["loc"][:-1] if not _is_tag(d)))
        tekst = f"onbekend veld '{sleutel}'"
        import difflib  # only when there is something to suggest

        suggestie = difflib.get_close_matches(str(sleutel), bekend, n=1)
        if suggestie:
            tekst += f" (bedoelde je '{suggestie[0]}'?)"
        elif bekend:
            tekst += f"; toegestaan zijn: {', '.join(bekend)}"
        return tekst, True
    if soort == "invalid_key":  # a key that YAML read as a number, a list or nothing
        sleutel = "(leeg)" if waarde is None else str(waarde)
        return f"ongeldige sleutel '{sleutel}': een veldnaam is een woord, zoals 'titel'", True
    if soort == "missing":
        return f"verplicht veld '{loc[-1]}' ontbreekt", False
    if soort == "string_type":
        hint = "; zet de waarde tussen aanhalingstekens" if not isinstance(waarde, (list, dict)) else ""
        return f"'{veld}' moet tekst zijn, maar is {_soort(waarde)}{hint}", False
    if soort in ("int_type", "int_parsing"):
        return f"'{veld}' moet een geheel getal zijn, maar is {_soort(waarde)}", False
    if soort == "bool_type":
        return f"'{veld}' moet true of false zijn, maar is {_soort(waarde)}", False
    if soort == "list_type":
        return f"'{veld}' moet een lijst zijn (regels die met '- ' beginnen), maar is {_soort(waarde)}", False
    if soort in ("model_type", "dict_type", "model_attributes_type"):
        plek = f"'{veld}'" if veld else "het bestand"
        return f"{plek} moet velden bevatten (sleutel: waarde), maar is {_soort(waarde)}", False
    if soort == "string_pattern_mismatch":
        if veld in ("id", "bron", "taak", "competentie") or veld.endswith("id"):
            return (f"'{waarde}' is geen geldig ID: gebruik kleine letters, cijfers en streepjes, "
                    "bijvoorbeeld 'inf-contact'"), False
        if veld == "versie":
            return f"versie '{waarde}' is geen semantische versie zoals \"1.0.0\"", False
        if veld == "datum":
            return f"datum '{waarde}' moet de vorm JJJJ-MM-DD hebben", False
        return f"'{veld}' heeft geen geldige vorm: '{waarde}'", False
    if soort == "string_too_short":
        return f"'{veld}' is leeg", False
    if soort == "string_too_long":
        return f"'{veld}' is te lang (maximaal {ctx.get('max_length')} tekens)", False
    if soort == "too_short":
        return f"'{veld}' mag niet leeg zijn: minstens {ctx.get('min_length')} item nodig", False
    if soort == "too_long":
        return f"'{veld}' heeft te veel items (maximaal {ctx.get('max_length')})", False
    if soort == "literal_error":
        return (f"'{waarde}' is geen toegestane waarde voor '{veld}'; kies uit: "
                f"{_nederlands(str(ctx.get('expected')))}"), False
    if soort in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
        grens = next(iter(ctx.values()), "")
        woorden = {"greater_than_equal": "minstens", "less_than_equal": "hoogstens",
                   "greater_than": "groter dan", "less_than": "kleiner dan"}
        return f"'{veld}' moet {woorden[soort]} {grens} zijn, maar is {waarde}", False
    if soort == "value_error":
        bericht = str(ctx.get("error") or fout["msg"]).removeprefix("Value error, ")
        return f"'{veld}': {bericht}" if veld else bericht, False
    if soort in ("date_type", "date_parsing", "date_from_datetime_parsing"):
        return f"'{veld}' moet een datum zijn in de vorm JJJJ-MM-DD, maar is {_soort(waarde)}", False
    return f"'{veld}' heeft geen geldige waarde", False


def valideer(bestand: YamlBestand, model: type[M],
             prefix: tuple[Any, ...] = ()) -> tuple[M | None, list[Melding]]:
    """Validate the file's data (or the part at prefix) against model."""
    data = bestand.data
    for deel in prefix:
        data = data[deel]
    try:
        return model.model_validate(data), []
    except ValidationError as fout:
        meldingen = []
        per_plek: dict[tuple[Any, ...], list[str]] = {}
        for err in fout.errors(include_url=False)[:MAX_MELDINGEN_PER_BESTAND]:
            tekst, op_sleutel = vertaal(err, model)
            plek = tuple(d for d in err["loc"] if not _is_tag(d))
            if plek in per_plek:  # another branch of a union (a list, or 'alle'): one message
                if err["type"] in ("value_error", "string_pattern_mismatch"):  # the branch that fits the form
                    per_plek[plek] = [tekst, err["type"], op_sleutel]
                elif "kies uit" in tekst and "kies uit" not in per_plek[plek][0]:
                    per_plek[plek][0] += " (of kies uit: " + tekst.split("kies uit: ", 1)[1] + ")"
                continue
            per_plek[plek] = [tekst, err["type"], op_sleutel]
        for plek, (tekst, code, op_sleutel) in per_plek.items():
            meldingen.append(bestand.melding(prefix + plek, tekst, code, sleutel=op_sleutel))
        if fout.error_count() > MAX_MELDINGEN_PER_BESTAND:
            meldingen.append(Melding(bestand.naam, 0, 0, "te-veel",
                                     f"en nog {fout.error_count() - MAX_MELDINGEN_PER_BESTAND} fouten"))
        return None, sorted(meldingen, key=lambda m: (m.regel, m.kolom))


def valideer_of_stop(bestand: YamlBestand, model: type[M]) -> M:
    resultaat, meldingen = valideer(bestand, model)
    if resultaat is None:
        raise CotFout(meldingen)
    return resultaat
