"""Importing a large, simple redemption list at SQLite's own pace (see ``ingest.bulk``).

The rows go as text into a staging table, SQL checks that every one is read by the conversion
exactly as the ordinary reader would read it, and one ``INSERT ... SELECT`` writes them with
their provenance (import, line). All of it runs in a savepoint: a file with one row that is not
simple, or whose records the workspace partly has, leaves nothing behind and is read the
ordinary way, which refuses and explains rows and known records as it always did.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from omniprint.domain.errors import ValidationError
from omniprint.domain.i18n import tr
from omniprint.domain.safe_text import check_plain
from omniprint.domain.tasks import CancelToken, ProgressFn
from omniprint.ingest.bulk import (
    BulkLayout,
    NotSimple,
    StagedBatch,
    StagedRows,
    bulk_layout,
    kept_text_is_own,
    newline_of,
)
from omniprint.ingest.responses import ReadResult
from omniprint.ingest.table import header_key
from omniprint.services.import_text import TextPacker
from omniprint.storage import responses, staging
from omniprint.storage.workspace import Workspace

#: Off in tests that compare this path with the ordinary one on the same file.
ENABLED = True


@dataclass
class FastImport:
    """What the fast path read and wrote: the read result (as the ordinary reader gives it) and
    how many records it added (all of them)."""

    result: ReadResult
    added: int


def import_simple(
    ws: Workspace,
    data: bytes,
    *,
    file: str,
    sha256: str,
    import_id: int,
    preset: str | None,
    mapping: dict[str, str] | None,
    source: str | None,
    keep_personal: bool,
    date_order: str | None,
    progress: ProgressFn,
    cancel: CancelToken,
) -> FastImport | None:
    """Import a simple file's records under ``import_id`` (inside the import's transaction), or
    return None having written nothing when the file must be read the ordinary way."""
    if not ENABLED:
        return None
    layout = bulk_layout(
        data, file=file, preset=preset, mapping=mapping, source=source, date_order=date_order
    )
    if layout is None or not (keep_personal or kept_text_is_own(data, layout)):
        return None
    if source:
        try:
            check_plain(source, what="--source")
        except ValidationError:
            return None  # the ordinary reader says what is wrong with it
    columns = staging.StagedColumns(
        layout.width,
        layout.date,
        layout.code,
        layout.key,
        layout.amount,
        layout.store,
        iso_day=layout.day_shape != "ymd",
        decimal=layout.decimal,
    )
    extra = responses.extra_text(currency=layout.currency)
    total = max(1, data.count(b"\n") - layout.stream.header_line + 1)
    message = tr("Importing records")
    end = "" if keep_personal else newline_of(data)
    counted = StagedRows(layout)
    batches = iter(counted)

    def read_next() -> tuple[StagedBatch, staging.Packed] | None:
        batch = next(batches, None)
        return None if batch is None else (batch, staging.pack(batch.rows))

    with (
        TextPacker(data, file, own_text=True, end=end) as text,
        ThreadPoolExecutor(1, thread_name_prefix="omniprint-rows") as reader,
    ):
        try:
            with ws.transaction():  # a savepoint: a file that is not simple leaves nothing
                staging.create(ws, layout.width, columns.iso_day)
                deferred = staging.defer_key(ws, total)
                added = 0
                ready = read_next()
                while ready is not None:
                    batch, packed = ready
                    cancel.check()
                    progress(counted.count, total, message)
                    offset = staging.stage(
                        ws, layout.width, batch.first_line, packed, columns.iso_day
                    )
                    # The next piece is read on another core while SQLite writes this one (the
                    # statement lets go of Python's lock; staging holds it, so not during it).
                    following = reader.submit(read_next)
                    written = staging.insert_staged(
                        ws,
                        columns,
                        import_id=import_id,
                        kind=layout.kind,
                        source=layout.source,
                        date_suffix=layout.date_suffix,
                        line_offset=offset,
                        extra=extra,
                    )
                    # A row that did not fit, or a record the workspace has: the ordinary path
                    # refuses the one and says whose the other is.
                    if written != len(batch.rows):
                        raise NotSimple(0)
                    added += written
                    text.keep(ws, import_id)
                    ready = following.result()
                staging.drop(ws)
                if added == 0 or (deferred and not staging.restore_key(ws)):
                    raise NotSimple(0)  # a key twice: the ordinary path says which
                text.finish(ws, import_id)
        except NotSimple:
            staging.drop(ws)
            return None
    count = counted.count
    progress(count, count, message)
    decimal = "," if layout.decimal == "," else "." if counted.point else None
    return FastImport(_result(layout, file, sha256, count, decimal), added)


def _result(
    layout: BulkLayout, file: str, sha256: str, rows: int, decimal: str | None
) -> ReadResult:
    stream = layout.stream
    return ReadResult(
        file=file,
        sha256=sha256,
        preset=layout.preset,
        encoding=stream.encoding,
        codec=stream.codec,
        delimiter=stream.delimiter,
        header=stream.header,
        header_key=header_key(stream.header),
        date_order=layout.date_order,
        decimal=decimal,
        mapping=dict(layout.mapping),
        rows=rows,
        records=rows,
        refused=0,
        notes=[],
        source=layout.source,
    )
