"""The fixed lists of kinds (context text blocks, competency clusters), in a module of their own:
the command line and the documents need them without loading the models (as rol.py for the roles)."""

from __future__ import annotations

from typing import Literal, get_args

# "hoofdstuk" opens a chapter or part of a source: its heading and its introduction.
TekstblokSoort = Literal[
    "hoofdstuk",
    "definitie",
    "onafhankelijkheid",
    "uitgangspunt",
    "informeel",
    "eisen-organisatie",
    "ervaringsdeskundigheid",
    "samenspel",
    "eigenschap",
    "randvoorwaarde",
    "tip",
    "meerwaarde",
    "doel",
    "doelgroep",
]
TEKSTBLOKSOORTEN: tuple[str, ...] = get_args(TekstblokSoort)

# A competency's cluster (Movisie groups them as kennis, houding, vaardigheden), with the number
# and heading documents give the group.
Cluster = Literal["kennis", "houding", "vaardigheden"]
CLUSTERS: dict[str, tuple[str, str]] = {
    "kennis": ("1", "Kennis"),
    "houding": ("2", "Houding"),
    "vaardigheden": ("3", "Vaardigheden"),
}

# The forms of training (scholing.yaml keeps the short codes).
Scholingsvormsoort = Literal[
    "training",
    "intervisie",
    "werkbegeleiding",
    "meelopen",
    "casuistiekbespreking",
    "e-learning",
    "zelfstudie",
    "rollenspel",
    "netwerkbijeenkomst",
]

# How each form of training is written in documents (the YAML keeps short codes).
SCHOLINGSVORM_NAMEN = {
    "training": "training",
    "intervisie": "intervisie",
    "werkbegeleiding": "werkbegeleiding",
    "meelopen": "meelopen met een formele cliëntondersteuner",
    "casuistiekbespreking": "casuïstiekbespreking",
    "e-learning": "e-learning",
    "zelfstudie": "zelfstudie",
    "rollenspel": "rollenspel",
    "netwerkbijeenkomst": "netwerkbijeenkomst",
}
