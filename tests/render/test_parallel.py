"""Press and pieces pages drawn by worker processes: the same file, byte for byte, as one process.

The files are rendered with invariant dates and ids, so the whole file must be equal; the QR
codes of sample pages are decoded back from the parallel file, and a cancel or a worker's error
leaves no file behind.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pypdf
import pytest

from omniprint.domain.errors import ValidationError
from omniprint.domain.tasks import Cancelled, CancelToken
from omniprint.render.parallel import PARALLEL_MIN, job_count
from omniprint.render.pdf import PrintOptions, render
from omniprint.render.selfcheck import expected_payloads, sample_pages, self_check
from support.render import FakeRecords, card_design

RECORDS = 600  # just above PARALLEL_MIN: a few seconds, yet several tasks per worker


class AccentedRecords(FakeRecords):
    """Records whose zones bring new glyphs late in the run (É at 300, ñ at 450, ü at 590),
    which the workers cannot encode with the codes they were given and leave to the writer."""

    def __getitem__(self, index: int) -> Mapping[str, str]:  # type: ignore[override]
        record = dict(super().__getitem__(index))
        names = ["Centro", "Norte"]
        if index >= 300:
            names.append("Éibar")
        if index >= 450:
            names.append("Logroño")
        if index >= 590:
            names.append("Müller ·")
        record["zone"] = names[index % len(names)]
        return record


def _render(tmp_path: Path, name: str, jobs: int, mode: str = "press",
            records: FakeRecords | None = None, **kwargs: object):  # fmt: skip
    records = records if records is not None else FakeRecords(RECORDS)
    options = PrintOptions(mode=mode, invariant=True, jobs=jobs)
    out = tmp_path / f"{name}.pdf"
    return render(card_design(), records, out, options, **kwargs), records  # type: ignore[arg-type]


@pytest.mark.parametrize("mode", ["press", "pieces"])
def test_two_jobs_write_the_same_bytes_as_one(tmp_path: Path, mode: str) -> None:
    one, _ = _render(tmp_path, "one", 1, mode)
    two, records = _render(tmp_path, "two", 2, mode)
    assert one.path.read_bytes() == two.path.read_bytes()
    assert (two.pages, two.records) == (one.pages, RECORDS)
    # The parallel file reads back whole and its codes scan back to the right records.
    assert len(pypdf.PdfReader(two.path).pages) == two.pages
    pages = sample_pages(two)
    check = self_check(two.path, expected_payloads(card_design(), two, records, pages))
    assert check.codes_checked >= len(pages)


def test_new_glyphs_late_in_the_run_keep_the_bytes_equal(tmp_path: Path) -> None:
    one, _ = _render(tmp_path, "one", 1, records=AccentedRecords(RECORDS))
    two, _ = _render(tmp_path, "two", 3, records=AccentedRecords(RECORDS))
    assert one.path.read_bytes() == two.path.read_bytes()
    # Cut-and-stack order: the first sheet (drawn by this process) holds records 0, 29, 58...
    # up to 580, so "ü" (from record 590 on) is first met on a sheet a worker draws.
    text = "".join(page.extract_text() for page in pypdf.PdfReader(two.path).pages)
    assert "Logroño" in text and "Zona Müller ·" in text


def test_cancel_during_a_parallel_export_leaves_no_file(tmp_path: Path) -> None:
    cancel = CancelToken()
    seen: list[int] = []

    def progress(done: int, total: int, message: str) -> None:
        seen.append(done)
        if done >= 5:
            cancel.cancel()

    with pytest.raises(Cancelled):
        _render(tmp_path, "cut", 2, progress=progress, cancel=cancel)
    assert seen and max(seen) < 10  # stopped within a few sheets
    assert list(tmp_path.iterdir()) == []


def test_a_workers_error_reaches_the_caller_and_leaves_no_file(tmp_path: Path) -> None:
    class NoUrlAt(FakeRecords):
        def __getitem__(self, index: int) -> Mapping[str, str]:  # type: ignore[override]
            record = dict(super().__getitem__(index))
            if index == 550:
                record["url"] = ""
            return record

    with pytest.raises(ValidationError, match="QR code needs data"):
        _render(tmp_path, "bad", 2, records=NoUrlAt(RECORDS))
    assert list(tmp_path.iterdir()) == []


def test_small_runs_stay_in_one_process() -> None:
    assert job_count(4, PARALLEL_MIN - 1) == 1
    assert job_count(4, PARALLEL_MIN) == 4
    assert job_count(1, 100_000) == 1
    assert job_count(0, 100_000) >= 1


def test_jobs_must_not_be_negative(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="jobs"):
        _render(tmp_path, "neg", -1)
