"""What the import wizard shows of a file before anything is written: run on a worker."""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from omniprint.domain.errors import InputFileError
from omniprint.domain.responses import MAPPABLE_FIELDS, Problem, Response
from omniprint.domain.tasks import NEVER_CANCELLED, CancelToken, ProgressFn, no_progress
from omniprint.services import channel_imports, imports
from omniprint.services.tables import iter_table
from omniprint.services.workspace import Workspace

SAMPLE_RECORDS = 200
SAMPLE_PROBLEMS = 1000
SAMPLE_BYTES = 256 * 1024


@dataclass
class FilePreview:
    """A file as it would be imported (or why it cannot be), small enough for the window."""

    path: Path
    header: list[str] = field(default_factory=list)
    raw: list[list[str]] = field(default_factory=list)
    """The first rows as the file has them, column by column."""
    preset: str = ""
    encoding: str = ""
    delimiter: str = ""
    date_order: str = ""
    decimal: str | None = None
    mapping: dict[str, str] = field(default_factory=dict)
    """Field of MAPPABLE_FIELDS -> the column it is read from."""
    rows: int = 0
    records: int = 0
    refused: int = 0
    sample: list[Response] = field(default_factory=list)
    """The first records."""
    problems: list[Problem] = field(default_factory=list)
    """The first refused rows (`refused` counts them all)."""
    error: InputFileError | None = None
    notes: list[str] = field(default_factory=list)
    """What was repaired or left out while reading (already in the user's language)."""

    def keep(self, responses: list[Response], problems: list[Problem]) -> None:
        """The sink of the read: keep the first records and refused rows, drop the rest."""
        if len(self.sample) < SAMPLE_RECORDS:
            self.sample += responses[: SAMPLE_RECORDS - len(self.sample)]
        if len(self.problems) < SAMPLE_PROBLEMS:
            self.problems += problems[: SAMPLE_PROBLEMS - len(self.problems)]

    @property
    def ok(self) -> bool:
        return self.error is None


def _head(path: Path) -> tuple[list[str], list[list[str]], str, str]:
    """Header, first rows, encoding and delimiter from the start of the file."""
    data = imports.read_file(path)[:SAMPLE_BYTES]
    if len(data) == SAMPLE_BYTES and b"\n" in data:
        data = data[: data.rindex(b"\n") + 1]
    stream = iter_table(data, file=str(path))
    rows = [row.values for row in islice(stream, 50)]
    return stream.header, rows, stream.encoding, stream.delimiter


def inspect_file(
    ws: Workspace,
    path: Path,
    *,
    mapping: dict[str, str] | None = None,
    date_order: str | None = None,
    progress: ProgressFn = no_progress,
    cancel: CancelToken = NEVER_CANCELLED,
) -> FilePreview:
    """Read `path` as `imports.import_file` would (`imports.preview_file`), writing nothing."""
    preview = FilePreview(Path(path))
    try:
        if mapping is None and _channel_preview(preview):  # ad reports, access logs (issue 17)
            return preview
        preview.header, preview.raw, preview.encoding, preview.delimiter = _head(preview.path)
        result = imports.preview_file(
            ws,
            path,
            mapping=mapping,
            date_order=date_order,
            progress=progress,
            cancel=cancel,
            sink=preview.keep,
        )
    except InputFileError as exc:
        preview.error = exc
        return preview
    preview.preset, preview.encoding = result.preset, result.encoding
    preview.delimiter, preview.date_order = result.delimiter, result.date_order
    preview.decimal, preview.rows = result.decimal, result.rows
    preview.mapping = {f: c for f, c in result.mapping.items() if f in MAPPABLE_FIELDS and c}
    preview.records, preview.refused = result.records, result.refused
    preview.notes = list(result.notes)
    return preview


def _channel_preview(preview: FilePreview) -> bool:
    """Fill ``preview`` for an ad spend report or an access log; False for any other file."""
    found = channel_imports.preview_channel_file(preview.path)
    if found is None:
        return False
    preview.preset, preview.encoding, preview.delimiter = (
        found.preset,
        found.encoding,
        found.delimiter,
    )
    preview.decimal, preview.header, preview.rows = found.decimal, found.header, found.rows
    preview.records, preview.refused = found.records, len(found.problems)
    preview.problems = found.problems[:SAMPLE_PROBLEMS]
    return True
