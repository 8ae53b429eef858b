"""A mapped file answers like ``bytes``, a piece at a time, also where a piece ends."""

from __future__ import annotations

from pathlib import Path

import pytest

from omniprint.ingest import mapped


@pytest.mark.parametrize("step", [7, 64, 1 << 20])
def test_what_a_mapped_file_contains_and_counts_is_what_its_bytes_do(tmp_path, monkeypatch, step):
    monkeypatch.setattr(mapped, "_STEP", step)
    data = b"".join(f"2026-10-{i % 28 + 1:02d};T{i};\r\n".encode() for i in range(200)) + b"@?"
    path = tmp_path / "till.csv"
    path.write_bytes(data)
    found = mapped.map_file(path)
    assert isinstance(found, mapped.MappedFile)
    for part in (b"\n;", b"\r\n", b";T199;", b"@?", b"?@", b"\n ", b"T", b";;", ord("@")):
        whole = bytes([part]) if isinstance(part, int) else part
        assert (part in found) == (whole in data), part
    for part in (b"\r\n", b"\n", b";", b"T1"):
        assert found.count(part) == data.count(part), part
    found.close()


def test_an_empty_file_is_empty_bytes(tmp_path: Path):
    (tmp_path / "empty.csv").write_bytes(b"")
    assert mapped.map_file(tmp_path / "empty.csv") == b""
