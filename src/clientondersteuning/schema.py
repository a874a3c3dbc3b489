"""JSON Schemas of the catalogue files, for editors (VS Code with the YAML extension).

yaml-language-server validates as draft-07, so the schema says so and keeps its
definitions under `definitions` instead of Pydantic's 2020-12 `$defs`.
"""

from __future__ import annotations

import json
from typing import Any

from .lader import BESTANDSSOORTEN

DRAFT_07 = "http://json-schema.org/draft-07/schema#"


def schema_naam(bestandsnaam: str) -> str:
    return bestandsnaam.removesuffix(".yaml") + ".schema.json"


def schemas() -> dict[str, str]:
    """File name -> JSON text, one schema per kind of catalogue file."""
    resultaat: dict[str, str] = {}
    for bestandsnaam, model in BESTANDSSOORTEN.items():
        schema: dict[str, Any] = model.model_json_schema(ref_template="#/definitions/{model}")
        if "$defs" in schema:
            schema["definitions"] = schema.pop("$defs")
        schema = {"$schema": DRAFT_07, "$id": f"https://cot.example/schema/{schema_naam(bestandsnaam)}",
                  "title": f"cot-catalogus: {bestandsnaam}", **schema}
        resultaat[schema_naam(bestandsnaam)] = json.dumps(schema, ensure_ascii=False, indent=2) + "\n"
    return resultaat
