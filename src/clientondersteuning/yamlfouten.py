"""YAML errors in Dutch: a ruamel or libyaml error as (line, column, text) the user can act on."""

from __future__ import annotations

import re
from datetime import datetime

from ruamel.yaml.constructor import DuplicateKeyError
from ruamel.yaml.error import MarkedYAMLError, YAMLError


def _eerdere_sleutel(tekst: str, sleutel: str, van: int, tot: int, kolom: int) -> int:
    """The 1-based line of the first 'sleutel:' at column kolom in lines van..tot-1, or 0."""
    patroon = re.compile(r"['\"]?" + re.escape(sleutel) + r"['\"]?\s*:")
    regels = tekst.splitlines()
    for nummer in range(max(van, 1), min(tot, len(regels) + 1)):
        regel = regels[nummer - 1]
        if regel[:kolom - 1].strip(" -") == "" and patroon.match(regel, kolom - 1):
            return nummer
    return 0


_DATUM = re.compile(r"(?<![\w.-])(\d{4})-(\d{1,2})-(\d{1,2})(?:[Tt ]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?")


def waardefout(tekst: str, fout: ValueError) -> tuple[int, str]:
    """Line and Dutch text for a value ruamel could not convert."""
    if "digits" in str(fout):
        lang = re.search(r"\d{1000,}", tekst)
        regel = tekst.count("\n", 0, lang.start()) + 1 if lang else 0
        return regel, "een getal met te veel cijfers; zet het tussen aanhalingstekens als het tekst is"
    for gevonden in _DATUM.finditer(tekst):
        delen = [int(d) for d in gevonden.groups() if d is not None]
        try:
            datetime(*delen)
        except ValueError:
            return (tekst.count("\n", 0, gevonden.start()) + 1,
                    f"'{gevonden.group(0)}' is geen bestaande datum of tijd; verbeter hem, of zet de waarde "
                    "tussen aanhalingstekens als het tekst is")
    return 0, "een waarde kan niet worden gelezen; zet tekst tussen aanhalingstekens"


_OPEN_AANHALING = re.compile(r"""^\s*(?:-\s+)*(?:(?:"[^"]*"|'[^']*'|[^\s#'"][^#]*?)\s*:\s+)?(["'])(.*)$""")


def _open_aanhalingsteken(tekst: str, regel: int) -> int:
    """The line (before regel) of a value that opens a quote and does not close it, or 0.

    A quoted text runs on over the next lines until its closing quote, so the parser only
    complains later ("inspringen", "dubbele punt"): the real problem is where it was opened.
    """
    regels = tekst.splitlines()
    for nummer in range(min(regel - 1, len(regels)), max(regel - 50, 0), -1):
        gevonden = _OPEN_AANHALING.match(regels[nummer - 1])
        if gevonden is None:
            continue
        teken, rest = gevonden.groups()
        rest = rest.replace("\\\\", "").replace('\\"', "") if teken == '"' else rest.replace("''", "")
        if teken not in rest:
            return nummer
    return 0


def vertaal_yamlfout(fout: YAMLError, tekst: str = "") -> tuple[int, int, str]:
    """A ruamel error as (line, column, Dutch text)."""
    if not isinstance(fout, MarkedYAMLError):
        return 0, 0, f"ongeldige YAML: {fout}"
    mark = fout.problem_mark or fout.context_mark
    regel, kolom = (mark.line + 1, mark.column + 1) if mark is not None else (0, 0)
    probleem = str(fout.problem or "")
    volgend = ("mapping values are not allowed", "could not find expected ':'", "expected <block end>",
               "expected <block")
    if tekst and any(p in probleem for p in volgend):
        open_regel = _open_aanhalingsteken(tekst, regel)
        if open_regel:
            return open_regel, 0, (f"een aanhalingsteken wordt niet gesloten (de tekst loopt door tot regel "
                                   f"{regel}); sluit het op deze regel")
    if isinstance(fout, DuplicateKeyError):
        sleutel = probleem.split('"')[1] if '"' in probleem else ""
        # context_mark is where the mapping starts; look for the first use of the key from there.
        begin = fout.context_mark.line + 1 if fout.context_mark else 0
        eerder = _eerdere_sleutel(tekst, sleutel, begin, regel, kolom) if begin else 0
        uitleg = f"sleutel '{sleutel}' komt twee keer voor in dezelfde lijst van velden"
        if eerder:
            uitleg += f" (eerder op regel {eerder})"
        elif begin:
            uitleg += f" (die begint op regel {begin})"
        return regel, kolom, uitleg
    if probleem == "cot:alias":
        return regel, kolom, ("verwijzingen met '*' (YAML-aliassen) zijn niet toegestaan; "
                              "schrijf de waarde voluit")
    if probleem == "cot:anker":
        return regel, kolom, "ankers met '&' zijn niet toegestaan; schrijf elke waarde voluit"
    if probleem.startswith("cot:tag:"):
        return regel, kolom, (f"YAML-tag '{probleem[8:]}' is niet toegestaan; laat de tag weg "
                              "en zet tekst tussen aanhalingstekens")
    if "maximum depth" in probleem:
        from .yamlsnel import MAX_DEPTH

        return regel, kolom, f"de gegevens zijn dieper genest dan {MAX_DEPTH} niveaus"
    if "'\\t'" in probleem or "\\t" in probleem:
        return regel, kolom, "tab gevonden: gebruik spaties om in te springen"
    if "mapping values are not allowed" in probleem:
        return regel, kolom, ("onverwachte dubbele punt: zet een tekst met ': ' erin tussen "
                              "aanhalingstekens, of controleer het inspringen")
    if "could not find expected ':'" in probleem:
        return regel, kolom, "hier ontbreekt een ':' na de sleutel, of het inspringen klopt niet"
    if "expected <block end>" in probleem or "expected <block" in probleem:
        return regel, kolom, "het inspringen klopt niet: controleer de spaties aan het begin van de regel"
    if "found unexpected end of stream" in probleem or "while scanning a quoted scalar" in str(fout.context):
        if "quoted scalar" in str(fout.context) and fout.context_mark is not None:
            # Point at the opening quote, not at the end of the file where the scanner gave up.
            regel, kolom = fout.context_mark.line + 1, fout.context_mark.column + 1
        return regel, kolom, "een aanhalingsteken wordt niet gesloten"
    if "found undefined tag handle" in probleem:
        return regel, kolom, ("ongeldige YAML-tag met '!'; zet tekst die met '!' begint tussen "
                              "aanhalingstekens")
    if "found character" in probleem:
        teken = probleem.split("'")[1] if probleem.count("'") >= 2 else "?"
        return regel, kolom, (f"een waarde mag niet beginnen met '{teken}'; zet de tekst tussen "
                              "aanhalingstekens")
    if "expected ',' or ']'" in probleem or "expected ',' or '}'" in probleem:
        haak = "]" if "']'" in probleem else "}"
        return regel, kolom, (f"hier ontbreekt een ',' of een sluitende '{haak}': controleer de haakjes en "
                              "komma's, of zet tekst met haakjes of komma's tussen aanhalingstekens")
    if "found unknown escape character" in probleem:
        return regel, kolom, ("onbekende code na een '\\' tussen dubbele aanhalingstekens; schrijf '\\\\' "
                              "of gebruik enkele aanhalingstekens")
    if "found another document" in probleem:
        return regel, kolom, "het bestand bevat meer dan één document ('---'); één document per bestand"
    if "expected the node content" in probleem or "<stream end>" in probleem:
        return regel, kolom, "het bestand houdt onverwacht op: er ontbreekt een waarde of een sluitend haakje"
    return regel, kolom, f"ongeldige YAML: {probleem or fout}"
