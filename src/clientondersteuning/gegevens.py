"""Validated catalogue objects as plain data: what a snapshot holds instead of Pydantic models.

A catalogue is validated once with the Pydantic models (the contract, model.py); the snapshot
(momentopname.py) then keeps every model object as a Gegeven of a class with the same name and
fields. Documents read them exactly as they read the models, without importing Pydantic or
building the 35 model classes (together 100-170 ms of every run). A Gegeven offers the part of
a model's interface that cot uses: the fields as attributes, model_fields, model_config,
model_copy, model_dump and the item's own texts (teksten), and it compares like a model.
"""

from __future__ import annotations

from typing import Any, ClassVar


def eigen_teksten(item: Any) -> list[str]:
    """The item's own texts (its TEKSTVELDEN; not those of nested items), for a model and a Gegeven."""
    uit: list[str] = []
    for veld in item.TEKSTVELDEN:
        waarde = getattr(item, veld)
        uit += waarde if isinstance(waarde, list) else [waarde] if waarde else []
    return uit


class Gegeven:
    """One validated object, read-only by convention (the models it stands for are frozen)."""

    model_fields: ClassVar[dict[str, None]] = {}
    model_config: ClassVar[dict[str, Any]] = {}
    TEKSTVELDEN: ClassVar[tuple[str, ...]] = ()

    def teksten(self) -> list[str]:
        return eigen_teksten(self)

    def model_copy(self, update: dict[str, Any] | None = None) -> Gegeven:
        kopie = object.__new__(type(self))
        kopie.__dict__.update(self.__dict__)
        kopie.__dict__.update(update or {})
        return kopie

    def model_dump(self, mode: str = "python", exclude_none: bool = False,
                   exclude: set[str] | None = None) -> dict[str, Any]:
        return {veld: _dump(waarde, mode, exclude_none) for veld, waarde in self.__dict__.items()
                if veld not in (exclude or ()) and not (exclude_none and waarde is None)}

    def __eq__(self, ander: object) -> bool:
        if not hasattr(type(ander), "model_fields"):
            return NotImplemented
        return (type(ander).__name__ == type(self).__name__ and list(type(ander).model_fields) == list(self.__dict__)
                and all(getattr(ander, veld, _ONTBREEKT) == waarde for veld, waarde in self.__dict__.items()))

    def __hash__(self) -> int:
        # As a frozen model: by value, and unhashable (TypeError) when a field holds a list.
        return hash((type(self).__name__, *self.__dict__.values()))

    def __setattr__(self, naam: str, waarde: Any) -> None:
        raise TypeError(f"{type(self).__name__} is een vastgelegd gegeven; gebruik model_copy(update=...)")

    def __repr__(self) -> str:
        velden = ", ".join(f"{veld}={waarde!r}" for veld, waarde in self.__dict__.items())
        return f"{type(self).__name__}({velden})"


_ONTBREEKT = object()


def is_soort(item: Any, model: type) -> bool:
    """isinstance for a catalogue item that may be a model or its plain copy from a snapshot."""
    return isinstance(item, model) or (isinstance(item, Gegeven) and type(item).__name__ == model.__name__)


def _dump(waarde: Any, mode: str, exclude_none: bool) -> Any:
    if isinstance(waarde, Gegeven):
        return waarde.model_dump(mode, exclude_none)
    if isinstance(waarde, list):
        return [_dump(w, mode, exclude_none) for w in waarde]
    if mode == "json" and hasattr(waarde, "isoformat"):  # a date, as Pydantic writes it in JSON
        return waarde.isoformat()
    return waarde


# One plain class per model class, made on first use from what the snapshot says of it.
_KLASSEN: dict[tuple[Any, ...], type[Gegeven]] = {}


def klasse(naam: str, velden: tuple[str, ...], tekstvelden: tuple[str, ...]) -> type[Gegeven]:
    sleutel = (naam, velden, tekstvelden)
    gevonden = _KLASSEN.get(sleutel)
    if gevonden is None:
        gevonden = type(naam, (Gegeven,), {
            "model_fields": dict.fromkeys(velden), "model_config": {"frozen": True},
            "TEKSTVELDEN": tekstvelden, "__module__": __name__})
        _KLASSEN[sleutel] = gevonden
    return gevonden


def nieuw(beschrijving: tuple[str, tuple[str, ...], tuple[str, ...]]) -> Gegeven:
    """An empty object of the described class; unpickling then fills its fields."""
    return object.__new__(klasse(*beschrijving))


def beschrijving(model: Any) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """What a snapshot stores of a model's class: its name, fields and own text fields."""
    soort = type(model)
    return soort.__name__, tuple(soort.model_fields), tuple(getattr(soort, "TEKSTVELDEN", ()))
