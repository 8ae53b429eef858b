"""A file to import, mapped into memory instead of read: the system pages it in and out.

Imports look at a file's bytes in several passes (its encoding, its header, its SHA-256, its rows,
its text kept for review). Read with ``Path.read_bytes`` a 2 GB export would be 2 GB of the
process's memory; mapped, it costs only the pages being looked at, which the system drops again
when it needs the room (they are the file's own, never written to swap). `MappedFile` is a read-only
``mmap`` that also answers the ``bytes`` methods the readers use, each looking at the file a
piece at a time, so no step copies the whole of it.
"""

from __future__ import annotations

import mmap
from pathlib import Path

__all__ = ["MappedFile", "map_file"]

_STEP = 1 << 20  # bytes looked at a time by the methods below


class MappedFile(mmap.mmap):
    """A read-only file mapping that reads like ``bytes`` (slices are ``bytes``)."""

    def __contains__(self, part: object) -> bool:  # mmap's own compares single bytes only
        """Whether ``part`` occurs, looked for a piece at a time: each search is short, so a
        window's thread waiting for Python's lock gets it between two (one search through
        50 MB would keep it a tenth of a second)."""
        found = bytes([part]) if isinstance(part, int) else bytes(part)  # type: ignore[arg-type]
        over = max(0, len(found) - 1)
        return any(found in self[i : i + _STEP + over] for i in range(0, len(self), _STEP))

    def startswith(self, prefix: bytes | tuple[bytes, ...]) -> bool:
        prefixes = prefix if isinstance(prefix, tuple) else (prefix,)
        return any(self[: len(p)] == p for p in prefixes)

    def endswith(self, suffix: bytes | tuple[bytes, ...]) -> bool:
        suffixes = suffix if isinstance(suffix, tuple) else (suffix,)
        size = len(self)
        return any(len(s) <= size and self[size - len(s) :] == s for s in suffixes)

    def count(self, part: bytes) -> int:  # type: ignore[override]
        """How many times ``part`` occurs (without overlaps, as ``bytes.count``)."""
        if len(part) > 2 or part[:1] == part[1:]:  # rare: may overlap itself, found one by one
            found, start = 0, self.find(part)
            while start >= 0:
                found += 1
                start = self.find(part, start + max(1, len(part)))
            return found
        steps = range(0, len(self), _STEP)
        found = sum(self[i : i + _STEP].count(part) for i in steps)
        if len(part) == 2:  # those cut in two by the pieces' edges
            found += sum(self[i - 1 : i + 1] == part for i in steps if i)
        return found

    def isascii(self) -> bool:
        return all(self[i : i + _STEP].isascii() for i in range(0, len(self), _STEP))

    def decode(self, encoding: str = "utf-8", errors: str = "strict") -> str:
        """The whole text (for the few layouts read whole, such as a GA4 report)."""
        with memoryview(self) as view:
            return str(view, encoding, errors)


def map_file(path: str | Path) -> MappedFile | bytes:
    """The bytes of the file at ``path``, mapped (``b""`` for an empty file, which cannot be
    mapped). Raises what ``open`` raises (FileNotFoundError, IsADirectoryError...)."""
    with open(path, "rb") as handle:
        try:
            return MappedFile(handle.fileno(), 0, access=mmap.ACCESS_READ)
        except ValueError:  # "cannot mmap an empty file"
            return b""
