"""Writing files the user asked for: all or nothing, and CSV that is safe in a spreadsheet."""

from __future__ import annotations

import contextlib
import csv
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

from omniprint.domain.errors import OmniPrintError
from omniprint.domain.i18n import tr

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[-+]?\d+(?:\.\d+)?")


def safe_cell(value: object) -> object:
    """Text that a spreadsheet would run as a formula gets a leading apostrophe.

    Only text is touched: numbers, and text that is just a number such as `-12.50`, stay numbers.
    """
    if (
        isinstance(value, str)
        and value.startswith(_FORMULA_START)
        and not _PLAIN_NUMBER.fullmatch(value)
    ):
        return "'" + value
    return value


@contextlib.contextmanager
def atomic_output(path: str | Path, mode: str = "w") -> Iterator[IO]:
    """Write to `path` through a temporary file that replaces it only when everything went well,
    so a failure or a cancel never leaves a half-written file under the name the user chose."""
    path = Path(path)
    if path.is_dir():
        raise OmniPrintError(tr("{path} is a folder: give a file name").format(path=path))
    if not path.parent.exists():
        raise OmniPrintError(tr("{path}: no such folder").format(path=path.parent))
    tmp = path.with_name(f".{path.name}.part")
    kwargs = {"encoding": "utf-8", "newline": ""} if "b" not in mode else {}
    try:
        with open(tmp, mode, **kwargs) as handle:
            yield handle
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise


def write_csv(path: str | Path, header: list[str], rows: Iterable[Iterable[object]]) -> int:
    """Write a UTF-8 CSV (with BOM, so Excel reads accents right); returns the number of rows."""
    count = 0
    with atomic_output(path) as handle:
        handle.write("\ufeff")
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(header)
        for row in rows:
            writer.writerow([safe_cell(v) for v in row])
            count += 1
    return count
