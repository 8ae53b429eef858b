"""Imports read files in flat memory: a file of tens of MB never sits whole in the process.

The file is mapped, not read (``ingest.mapped``); the rows are read, written and their text kept
a batch at a time. Python's own allocations during the whole import (read, store, keep the text,
reconcile) stay well below the file's size. On the fast path they are those of one batch: the
same for a file three times as large. The ordinary reader also keeps the key of every record it
read (to refuse a record found twice in the file, ``presets._base.Context``): some 100 bytes a
row, which is the part that grows.
"""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest

from omniprint.ingest.mapped import map_file
from omniprint.services import codes, imports, plan
from omniprint.services.printing import prepare_job
from omniprint.storage.workspace import Workspace

ROWS = 180_000
STORE = ("Tienda " + "de la calle Mayor número 12 " * 8).strip()  # a wide row: MB come quickly


@pytest.fixture(scope="module")
def issued(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    path = tmp_path_factory.mktemp("memory") / "base.omniprint"
    with Workspace.open(path) as ws:
        plan.create_campaign(ws, "Mem", landing_url="https://example.es/", start_date="2026-01-01")
        plan.add_piece(ws, "mem", kind="leaflet")
        plan.add_zone(ws, "mem", code="28001", name="Centro", households=ROWS)
        plan.add_drop(ws, "mem", piece="leaflet", zone="28001")
        codes.generate_codes(ws, "mem", prefix="ME")
        job = prepare_job(ws, "mem", "leaflet")
        found = [job.records[i]["code"] for i in range(len(job.records))]
    return path, found


def _peak_while_importing(base: Path, tmp_path: Path, file: Path) -> tuple[int, int]:
    path = tmp_path / f"ws-{file.stem}.omniprint"
    path.write_bytes(base.read_bytes())
    with Workspace.open(path) as ws:
        tracemalloc.start()
        try:
            result = imports.import_file(ws, file)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    return peak, result.added


@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "row"),
    [
        # Day-first dates and decimal commas: read the ordinary way, record by record.
        ("ordinary", "{d:02d}/01/2026;T{i};{code};{a},50;" + STORE),
        # ISO dates, plain amounts, nothing personal: the fast path.
        ("fast", "2026-01-{d:02d},T{i},{code},{a}.50," + STORE),
    ],
)
def test_a_file_of_tens_of_mb_is_imported_in_flat_memory(issued, tmp_path, name, row):
    base, found = issued
    delimiter = ";" if name == "ordinary" else ","
    peaks, sizes = [], []
    for rows in (ROWS // 3, ROWS):
        file = tmp_path / f"big-{rows}.csv"
        with file.open("w", encoding="utf-8") as handle:
            handle.write(delimiter.join(("fecha", "ticket", "cupon", "importe", "tienda")) + "\n")
            for i, code in enumerate(found[:rows]):
                handle.write(row.format(d=i % 28 + 1, i=i, code=code, a=i % 50 + 1) + "\n")
        peak, added = _peak_while_importing(base, tmp_path, file)
        assert added == rows
        peaks.append(peak)
        sizes.append(file.stat().st_size)
    assert sizes[1] > 45_000_000
    said = f"{peaks[0] / 1e6:.1f} and {peaks[1] / 1e6:.1f} MB for {sizes[0] / 1e6:.0f} and"
    said += f" {sizes[1] / 1e6:.0f} MB"
    keys = 120 * (ROWS - ROWS // 3) if name == "ordinary" else 0  # the keys of the rows read
    assert peaks[1] < peaks[0] * 1.25 + 2_000_000 + keys, said  # not three times as much
    if name == "ordinary":
        assert peaks[1] < sizes[1] * 0.7, said
    else:  # the fast path holds one batch of staged rows and one piece of the file, whatever
        assert peaks[1] < 32_000_000, said  # the file's size (24 MB measured)


@pytest.mark.parametrize(
    "text",
    [b"", b"a;b\r\n1;2\r\n" * 70_000 + b"\r", b"\r\n" * (1 << 19) + b"\xc3\xa9", b"ab" * 600_000],
)
def test_a_mapped_file_answers_as_its_bytes(tmp_path, text):
    path = tmp_path / "file.csv"
    path.write_bytes(text)
    mapped = map_file(path)
    assert len(mapped) == len(text) and mapped[:5] == text[:5] and mapped[-3:] == text[-3:]
    for part in (b"\r\n", b"\r", b"\n", b"ab", b"ba", b"aa", b"\x00", b"2\r\n1"):
        assert mapped.count(part) == text.count(part), part
        assert (part in mapped) == (part in text), part
    assert (0 in mapped) == (0 in text)
    for edge in (b"a;", b"\r\n", (b"x", b"ab"), b""):
        assert mapped.startswith(edge) == text.startswith(edge)
        assert mapped.endswith(edge) == text.endswith(edge)
    assert mapped.isascii() == text.isascii()
    assert mapped.decode("utf-8", "replace") == text.decode("utf-8", "replace")
