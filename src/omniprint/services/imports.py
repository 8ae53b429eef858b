"""Importing what came back (till, web shop, analytics exports): one transaction per file, with
provenance; then the workspace is reconciled again."""

from __future__ import annotations

import hashlib
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path

from omniprint.domain.attribution import code_in_link, utm_from_link
from omniprint.domain.errors import InputFileError, NotFoundError, ValidationError
from omniprint.domain.i18n import tr
from omniprint.domain.responses import MAPPABLE_FIELDS, Problem, Response
from omniprint.domain.tasks import NEVER_CANCELLED, CancelToken, ProgressFn, no_progress
from omniprint.ingest.responses import ReadResult, Sink, read_responses
from omniprint.ingest.table import (
    detect_encoding,
    header_key,
    iter_table,
    record_text,
    text_chunks,
)
from omniprint.services.reconcile import Changes as ReconcileChanges
from omniprint.services.reconcile import (
    ReconcileSummary,
    first_new_id,
    reconcile,
    removal_changes,
)
from omniprint.storage import responses as store
from omniprint.storage.reconcile import LINK_POSITION
from omniprint.storage.workspace import Workspace

MAX_FILE_BYTES = 2_000_000_000


@dataclass(frozen=True)
class ImportResult:
    file: str
    preset: str
    encoding: str
    delimiter: str
    date_order: str
    decimal: str | None
    mapping: dict[str, str]
    rows: int
    added: int
    known: int
    """Records the workspace already had (the same order in an overlapping export)."""
    refused: list[Problem]
    already_imported: bool
    reconciled: ReconcileSummary | None


def parse_mapping(text: str | None) -> dict[str, str] | None:
    """`code=Cupón,date=Fecha` -> {"code": "Cupón", "date": "Fecha"}."""
    if not text:
        return None
    mapping: dict[str, str] = {}
    for part in text.split(","):
        field, sep, column = part.partition("=")
        field, column = field.strip().lower(), column.strip()
        if not sep or not field or not column:
            raise ValidationError(
                tr("--map takes field=column pairs separated by commas (got {part!r})").format(
                    part=part
                )
            )
        if field not in MAPPABLE_FIELDS:
            raise ValidationError(
                tr("--map: unknown field {field!r}; fields: {fields}").format(
                    field=field, fields=", ".join(MAPPABLE_FIELDS)
                )
            )
        mapping[field] = column
    return mapping


def read_file(path: str | Path) -> bytes:
    path = Path(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise InputFileError(
                str(path), tr("is larger than 2 GB: split it into smaller exports")
            )
        return path.read_bytes()
    except FileNotFoundError:
        raise InputFileError(str(path), tr("no such file")) from None
    except IsADirectoryError:
        raise InputFileError(str(path), tr("is a folder, not a file")) from None
    except PermissionError:
        raise InputFileError(str(path), tr("cannot be read (permission denied)")) from None


def preview_file(
    ws: Workspace,
    path: str | Path,
    *,
    preset: str | None = None,
    mapping: dict[str, str] | None = None,
    date_order: str | None = None,
    keep_personal: bool = False,
    progress: ProgressFn = no_progress,
    cancel: CancelToken = NEVER_CANCELLED,
    sink: Sink | None = None,
) -> ReadResult:
    """Read a file as it would be imported, without writing anything (the import wizard).

    With a ``sink`` the records and refused rows go to it as they are read (see
    ``read_responses``) instead of into the result."""
    data = read_file(path)
    if mapping is None and preset is None:
        mapping = saved_mapping(ws, data, str(path))
    return read_responses(
        data,
        file=str(path),
        preset=preset,
        mapping=mapping,
        keep_personal=keep_personal,
        date_order=date_order,
        progress=progress,
        cancel=cancel,
        sink=sink,
    )


def saved_mapping(ws: Workspace, data: bytes, file: str) -> dict[str, str] | None:
    """The mapping the user gave for files of this header, if any."""
    try:
        header = iter_table(data, file=file).header
    except InputFileError:
        return None
    return store.load_mapping(ws, header_key(header))


def with_link_fields(response: Response) -> Response:
    """Fill UTM fields and the code from the landing URL our tracked link brought them to."""
    if not response.landing_url:
        return response
    changes: dict = {}
    for key, value in utm_from_link(response.landing_url).items():
        if getattr(response, key, "missing") is None:
            changes[key] = value
    return replace(response, **changes) if changes else response


def import_file(
    ws: Workspace,
    path: str | Path,
    *,
    preset: str | None = None,
    mapping: dict[str, str] | None = None,
    date_order: str | None = None,
    keep_personal: bool = False,
    progress: ProgressFn = no_progress,
    cancel: CancelToken = NEVER_CANCELLED,
) -> ImportResult:
    """Import one file in one transaction: records new to the workspace are added, records it
    already has (overlapping exports) are left, refused rows are kept with line and reason, and
    the file's text is kept (compressed) so that every record can be shown as the row it came
    from. The same file twice adds nothing. Then everything is reconciled again.

    Records are written as they are read, 10,000 at a time, so memory stays flat whatever the
    size of the file; a cancel or an error rolls everything back."""
    data = read_file(path)
    file = str(path)
    sha256 = hashlib.sha256(data).hexdigest()
    given_mapping = mapping
    if mapping is None and preset is None:
        mapping = saved_mapping(ws, data, file)
    with ws.transaction(), ws.cancellable(cancel), _TextPacker(data, file) as text:
        previous = store.find_import(ws, sha256)
        if previous is not None:
            return _already_imported(ws, previous, file)
        first_new = first_new_id(ws)  # reconcile only what the new records touch
        import_id = store.insert_import(ws, {"file_name": Path(file).name, "sha256": sha256})
        saved = _Saver(ws, import_id)
        result = read_responses(
            data,
            file=file,
            preset=preset,
            mapping=mapping,
            keep_personal=keep_personal,
            date_order=date_order,
            progress=lambda done, total, _: progress(done, total, tr("Importing records")),
            cancel=cancel,
            sink=saved,
        )
        store.insert_text(ws, import_id, text.result())
        known = result.records - saved.added
        store.finish_import(
            ws,
            import_id,
            {
                "preset": result.preset,
                "encoding": result.encoding,
                "delimiter": result.delimiter,
                "header_key": result.header_key,
                "date_order": result.date_order,
                "rows": result.rows,
                "added": saved.added,
                "known": known,
                "refused": result.refused,
            },
        )
        if given_mapping:
            store.save_mapping(ws, result.header_key, result.preset, result.mapping)
        cancel.check()
        changes = ReconcileChanges(first_new=first_new)
        summary = reconcile(ws, changes=changes, progress=progress, cancel=cancel)
    return ImportResult(
        file=result.file,
        preset=result.preset,
        encoding=result.encoding,
        delimiter=result.delimiter,
        date_order=result.date_order,
        decimal=result.decimal,
        mapping=result.mapping,
        rows=result.rows,
        added=saved.added,
        known=known,
        refused=saved.refused,
        already_imported=False,
        reconciled=summary,
    )


class _TextPacker:
    """Compresses the file's text on another thread while its rows are read (about a second less
    for a million rows on two cores); stopped and waited for if the import fails."""

    def __init__(self, data: bytes, file: str) -> None:
        self.data, self.file = data, file
        self.stop = threading.Event()
        self.pool = ThreadPoolExecutor(1, thread_name_prefix="omniprint-text")

    def __enter__(self) -> _TextPacker:
        _, codec = detect_encoding(self.data, file=self.file)
        self.future = self.pool.submit(store.pack_text, text_chunks(self.data, codec), self.stop)
        return self

    def result(self) -> store.PackedText:
        return self.future.result()

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.pool.shutdown(wait=True)


class _Saver:
    """Writes what the reader hands over (the sink of ``read_responses``), and counts it."""

    def __init__(self, ws: Workspace, import_id: int) -> None:
        self.ws, self.import_id = ws, import_id
        self.added = 0
        self.refused: list[Problem] = []

    def __call__(self, responses: list[Response], problems: list[Problem]) -> None:
        ws, import_id = self.ws, self.import_id
        responses = [with_link_fields(r) for r in responses]
        self.added += store.insert_responses(ws, import_id, responses)
        store.insert_link_codes(ws, import_id, _link_codes(responses), LINK_POSITION)
        store.insert_problems(ws, import_id, problems)
        self.refused += problems


def _already_imported(ws: Workspace, record: store.ImportRecord, file: str) -> ImportResult:
    return ImportResult(
        file=file,
        preset=record.preset,
        encoding=record.encoding,
        delimiter=record.delimiter,
        date_order=record.date_order,
        decimal=None,
        mapping={},
        rows=record.rows,
        added=0,
        known=record.rows,
        refused=store.refused_rows(ws, record.id),
        already_imported=True,
        reconciled=None,
    )


def _link_codes(responses: list[Response]):
    for r in responses:
        code = code_in_link(r.landing_url)
        if code and code not in r.codes:
            yield r.source, r.kind, r.natural_key, code


def source_row(ws: Workspace, response_id: int) -> str | None:
    """The row an imported record came from, as the file has it; None for files imported before
    OmniPrint kept their text."""
    found = store.origin(ws, response_id)
    if found is None:
        raise NotFoundError(tr("no imported record with id {id}").format(id=response_id))
    import_id, line, delimiter = found
    first, text = store.text_at(ws, import_id, line, following=1)
    return record_text(text, first, line, delimiter) if text else None


def save_original(ws: Workspace, import_id: int, out: str | Path) -> Path:
    """Write an imported file's text again (UTF-8), as it was imported."""
    if not any(r.id == import_id for r in store.list_imports(ws)):
        raise NotFoundError(tr("no import with id {import_id}").format(import_id=import_id))
    out = Path(out)
    written = False
    with out.open("w", encoding="utf-8", newline="") as handle:
        for piece in store.import_text(ws, import_id):
            handle.write(piece)
            written = True
    if not written:
        out.unlink()
        raise NotFoundError(
            tr(
                "the text of import {import_id} was not kept (it was imported before OmniPrint "
                "kept the files' text)"
            ).format(import_id=import_id)
        )
    return out


def list_imports(ws: Workspace) -> list[store.ImportRecord]:
    return store.list_imports(ws)


def remove_import(ws: Workspace, import_id: int) -> int:
    """Remove an import and everything that came from it, then reconcile again."""
    with ws.transaction():
        changes = removal_changes(ws, import_id)  # the codes its records used, before they go
        removed = store.delete_import(ws, import_id)
        reconcile(ws, changes=changes)
    return removed
