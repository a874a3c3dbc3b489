"""A Word template's package, checked before python-docx opens it (robustness against zip bombs,
missing parts, DTDs and entities)."""

from __future__ import annotations

import io
import zipfile

from ..fouten import CotFout, Melding

MAX_DOCX = 20 * 1024 * 1024  # bytes of a Word template
MAX_UITGEPAKT = 100 * 1024 * 1024  # its parts together, unpacked (a zip bomb unpacks to gigabytes)
MAX_DELEN = 2000  # parts in the package


def controleer_pakket(inhoud: bytes, naam: str) -> None:
    """The package before python-docx opens it: size unpacked, the parts, no DTD or entity.

    zipfile stops reading a part at its declared size, so the sum of the declared sizes
    bounds the memory. An entity that lxml leaves unresolved would be written out as is,
    giving a document Word cannot open: refuse it here with a message.
    """
    from lxml import etree

    def fout(tekst: str) -> CotFout:
        return CotFout(Melding(naam, code="sjabloon", tekst=f"kan het Word-sjabloon niet gebruiken: {tekst}"))

    try:
        pakket = zipfile.ZipFile(io.BytesIO(inhoud))
        delen = pakket.infolist()
    except (zipfile.BadZipFile, ValueError, OSError):
        raise fout("het is geen Word-bestand (.docx)") from None
    if len(delen) > MAX_DELEN:
        raise fout(f"het bestand heeft te veel onderdelen (meer dan {MAX_DELEN})")
    if sum(d.file_size for d in delen) > MAX_UITGEPAKT:
        raise fout(f"het bestand is uitgepakt te groot (meer dan {MAX_UITGEPAKT // 1024 // 1024} MB)")
    namen = {d.filename for d in delen}
    for nodig in ("[Content_Types].xml", "word/document.xml"):
        if nodig not in namen:
            raise fout(f"het onderdeel '{nodig}' ontbreekt; open het in Word en sla het opnieuw op")
    parser = etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True)
    for deel in delen:
        if not deel.filename.endswith((".xml", ".rels")):
            continue
        try:
            boom = etree.fromstring(pakket.read(deel), parser)
        except etree.XMLSyntaxError as xmlfout:
            if "entity" in str(xmlfout).lower():
                raise fout(f"het onderdeel '{deel.filename[:80]}' gebruikt een onbekende entiteit (&...;), "
                           f"regel {xmlfout.lineno}; Word opent dat niet") from None
            raise fout(f"het onderdeel '{deel.filename[:80]}' is beschadigd (regel {xmlfout.lineno})") from None
        except (zipfile.BadZipFile, ValueError, OSError):
            raise fout(f"het onderdeel '{deel.filename[:80]}' is beschadigd") from None
        if boom.getroottree().docinfo.internalDTD is not None or \
                boom.getroottree().docinfo.doctype or any(True for _ in boom.iter(etree.Entity)):
            raise fout(f"het onderdeel '{deel.filename[:80]}' bevat een DTD of entiteit, wat Word niet "
                       "opent; sla het bestand opnieuw op in Word")
