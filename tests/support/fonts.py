"""Brand fonts made for the tests: a bundled TrueType font renamed, with its embedding bits set."""

from __future__ import annotations

import struct

from omniprint.render.fonts import FONTS_DIR

SOURCE = FONTS_DIR / "Vollkorn-Regular.ttf"


def _checksum(data: bytes) -> int:
    data += b"\0" * (-len(data) % 4)
    return sum(struct.unpack(f">{len(data) // 4}I", data)) & 0xFFFFFFFF


def _name_table(family: str, style: str) -> bytes:
    """A format-0 name table with Windows Unicode records for family, style, full and PS names."""
    names = {1: family, 2: style, 4: f"{family} {style}", 6: f"{family}-{style}".replace(" ", "")}
    records, strings = b"", b""
    for name_id, text in names.items():
        raw = text.encode("utf-16-be")
        records += struct.pack(">6H", 3, 1, 0x409, name_id, len(raw), len(strings))
        strings += raw
    return struct.pack(">3H", 0, len(names), 6 + len(records)) + records + strings


def make_font(
    family: str, style: str = "Regular", *, fs_type: int | None = None, drop: tuple = ()
) -> bytes:
    """A bundled TrueType font renamed to ``family`` (so it is a family of its own), with its
    OS/2 embedding bits set to ``fs_type`` and the tables in ``drop`` left out."""
    data = SOURCE.read_bytes()
    count = struct.unpack(">H", data[4:6])[0]
    tables = {}
    for n in range(count):
        tag, _c, offset, length = struct.unpack(">4sIII", data[12 + 16 * n : 28 + 16 * n])
        tables[tag] = data[offset : offset + length]
    tables[b"name"] = _name_table(family, style)
    if fs_type is not None:
        os2 = bytearray(tables[b"OS/2"])
        os2[8:10] = struct.pack(">H", fs_type)
        tables[b"OS/2"] = bytes(os2)
    for tag in drop:
        tables.pop(tag, None)
    tags = sorted(tables)
    out = bytearray(data[:4] + struct.pack(">H", len(tags)) + data[6:12])
    offset = 12 + 16 * len(tags)
    body = b""
    for tag in tags:
        table = tables[tag]
        out += struct.pack(">4sIII", tag, _checksum(table), offset + len(body), len(table))
        body += table + b"\0" * (-len(table) % 4)
    return bytes(out + body)
