"""cot's command groups: the module that holds each one and its one-line description.

One home for both, so the root (cli/app.py) can list the groups in its help without importing
their modules, and a run imports only the group it uses.
"""

from __future__ import annotations


class Groep:
    """A plain class: a NamedTuple or dataclass costs more to create than `cot --help` has to spare."""

    __slots__ = ("help", "module")

    def __init__(self, module: str, help: str) -> None:
        self.module = module  # in clientondersteuning.cli; its `app` is the group's Typer
        self.help = help


GROEPEN: dict[str, Groep] = {
    "catalogus": Groep("catalogus", "De catalogus: controleren, bekijken, doorzoeken, versies vergelijken en "
                                    "exporteren."),
    "profiel": Groep("profiel", "Functieprofielen: kies taken en maak een compleet profiel in Markdown of Word "
                                "(DOCX)."),
    "scholing": Groep("scholing", "Scholing: zelfevaluatie, tekorten per vrijwilliger en een scholingsplan voor "
                                  "het team."),
    "werving": Groep("werving", "Werving en voorlichting: een vacature, een korte oproep of een folder, in "
                                "eenvoudige taal (B1)."),
}
