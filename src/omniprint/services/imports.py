"""Importing what came back (till, web shop, analytics exports): one transaction per file, with
provenance; then the workspace is reconciled again."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from omniprint.domain.attribution import code_in_link, utm_from_link
from omniprint.domain.errors import InputFileError, ValidationError
from omniprint.domain.i18n import tr
from omniprint.domain.responses import MAPPABLE_FIELDS, Problem, Response
from omniprint.domain.tasks import NEVER_CANCELLED, CancelToken, ProgressFn, no_progress
from omniprint.ingest.responses import ReadResult, read_responses
from omniprint.ingest.table import header_key, iter_table
from omniprint.services.reconcile import ReconcileSummary, reconcile
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
) -> ReadResult:
    """Read a file as it would be imported, without writing anything (the import wizard)."""
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
    already has (overlapping exports) are left, refused rows are kept with line and reason. The
    same file twice adds nothing. Then everything is reconciled again."""
    data = read_file(path)
    file = str(path)
    given_mapping = mapping
    if mapping is None and preset is None:
        mapping = saved_mapping(ws, data, file)
    result = read_responses(
        data,
        file=file,
        preset=preset,
        mapping=mapping,
        keep_personal=keep_personal,
        date_order=date_order,
        progress=progress,
        cancel=cancel,
    )
    previous = store.find_import(ws, result.sha256)
    if previous is not None:
        return _result(result, added=0, known=result.rows, already=True, summary=None)
    responses = [with_link_fields(r) for r in result.responses]
    cancel.check()
    with ws.transaction():
        import_id = store.insert_import(
            ws,
            {
                "file_name": Path(file).name,
                "sha256": result.sha256,
                "preset": result.preset,
                "encoding": result.encoding,
                "delimiter": result.delimiter,
                "header_key": result.header_key,
                "date_order": result.date_order,
                "rows": result.rows,
            },
        )
        progress(0, len(responses), tr("Saving records"))
        added = store.insert_responses(ws, import_id, responses)
        store.insert_link_codes(ws, import_id, _link_codes(responses), LINK_POSITION)
        store.insert_problems(ws, import_id, result.problems)
        store.finish_import(
            ws, import_id, added=added, known=len(responses) - added, refused=len(result.problems)
        )
        if given_mapping:
            store.save_mapping(ws, result.header_key, result.preset, result.mapping)
        cancel.check()
        summary = reconcile(ws, progress=progress, cancel=cancel)
    return _result(
        result, added=added, known=len(responses) - added, already=False, summary=summary
    )


def _link_codes(responses: list[Response]):
    for r in responses:
        code = code_in_link(r.landing_url)
        if code and code not in r.codes:
            yield r.source, r.kind, r.natural_key, code


def _result(
    result: ReadResult, *, added: int, known: int, already: bool, summary: ReconcileSummary | None
) -> ImportResult:
    return ImportResult(
        file=result.file,
        preset=result.preset,
        encoding=result.encoding,
        delimiter=result.delimiter,
        date_order=result.date_order,
        decimal=result.decimal,
        mapping=result.mapping,
        rows=result.rows,
        added=added,
        known=known,
        refused=result.problems,
        already_imported=already,
        reconciled=summary,
    )


def list_imports(ws: Workspace) -> list[store.ImportRecord]:
    return store.list_imports(ws)


def remove_import(ws: Workspace, import_id: int) -> int:
    """Remove an import and everything that came from it, then reconcile again."""
    with ws.transaction():
        removed = store.delete_import(ws, import_id)
        reconcile(ws)
    return removed
