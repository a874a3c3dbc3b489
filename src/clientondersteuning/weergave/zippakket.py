"""A zip package (a .docx) written from its members, where a member can be copied still deflated
from another zip: the large parts that are the same in every document (styles, theme) are then
neither unpacked nor packed again. Written as zipfile writes it (deflate level 6, the time of
writing, Unix permissions 0600), so a member packed here has the bytes zipfile would give it.
"""

from __future__ import annotations

import struct
import time
import zipfile
import zlib
from pathlib import Path
from typing import NamedTuple

_LOKAAL = struct.Struct("<4s2B4HL2L2H")  # zipfile's structFileHeader
_CENTRAAL = struct.Struct("<4s4B4HL2L5H2L")  # structCentralDir
_EINDE = struct.Struct("<4s4H2LH")  # structEndArchive
_VERSIE = 20  # the zip version deflate needs, as zipfile writes it
_UNIX = 3
_RECHTEN = 0o600 << 16


class Ingepakt(NamedTuple):
    """A member as a zip stores it: deflated, with its CRC-32 and unpacked size."""

    data: bytes
    crc: int
    grootte: int

    def uitgepakt(self) -> bytes:
        return zlib.decompress(self.data, -15)


def lees(pad: Path) -> dict[str, Ingepakt]:
    """The members of a zip whose members are all deflated, in order, without unpacking them."""
    inhoud = pad.read_bytes()
    leden = {}
    with zipfile.ZipFile(pad) as pakket:
        for info in pakket.infolist():
            if info.compress_type != zipfile.ZIP_DEFLATED:
                raise ValueError(f"{pad.name}: {info.filename} is niet gedeflateerd")
            kop = _LOKAAL.unpack_from(inhoud, info.header_offset)
            begin = info.header_offset + _LOKAAL.size + kop[10] + kop[11]  # after the name and extra field
            leden[info.filename] = Ingepakt(inhoud[begin:begin + info.compress_size], info.CRC, info.file_size)
    return leden


def inpakken(inhoud: bytes) -> Ingepakt:
    pakker = zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION, zlib.DEFLATED, -15)
    return Ingepakt(pakker.compress(inhoud) + pakker.flush(), zlib.crc32(inhoud), len(inhoud))


def schrijf(leden: dict[str, bytes | Ingepakt], moment: tuple[int, ...] | None = None) -> bytes:
    """The zip: every member deflated (a member given as bytes is packed here), dated now or at
    moment (year, month, day, hour, minute, second)."""
    jaar, maand, dag, uur, minuut, seconde = moment or time.localtime()[:6]
    tijd = uur << 11 | minuut << 5 | seconde // 2
    datum = (jaar - 1980) << 9 | maand << 5 | dag
    delen: list[bytes] = []
    centraal: list[bytes] = []
    positie = 0
    for naam, lid in leden.items():
        ingepakt = inpakken(lid) if isinstance(lid, bytes) else lid
        try:
            naam_bytes, vlag = naam.encode("ascii"), 0
        except UnicodeEncodeError:
            naam_bytes, vlag = naam.encode("utf-8"), 0x800  # zipfile's flag for a UTF-8 name
        velden = (vlag, zipfile.ZIP_DEFLATED, tijd, datum, ingepakt.crc, len(ingepakt.data), ingepakt.grootte,
                  len(naam_bytes))
        delen += [_LOKAAL.pack(b"PK\x03\x04", _VERSIE, 0, *velden, 0), naam_bytes, ingepakt.data]
        centraal += [_CENTRAAL.pack(b"PK\x01\x02", _VERSIE, _UNIX, _VERSIE, 0, *velden, 0, 0, 0, 0, _RECHTEN,
                                    positie), naam_bytes]
        positie += _LOKAAL.size + len(naam_bytes) + len(ingepakt.data)
    map_ = b"".join(centraal)
    einde = _EINDE.pack(b"PK\x05\x06", 0, 0, len(leden), len(leden), len(map_), positie, 0)
    return b"".join(delen) + map_ + einde
