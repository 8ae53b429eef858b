"""Importing what came back (till, web shop, analytics exports): one transaction per file, with
provenance; then the workspace is reconciled again."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from omniprint.domain.attribution import code_in_link, utm_from_link
from omniprint.domain.errors import InputFileError, NotFoundError, ValidationError
from omniprint.domain.i18n import tr
from omniprint.domain.privacy import strip_personal_query
from omniprint.domain.responses import MAPPABLE_FIELDS, Problem, Response
from omniprint.domain.tasks import NEVER_CANCELLED, CancelToken, ProgressFn, no_progress
from omniprint.ingest.bulk import own_text_end
from omniprint.ingest.mapped import map_file
from omniprint.ingest.responses import ReadResult, Sink, read_responses
from omniprint.ingest.table import (
    header_key,
    iter_table,
    record_text,
)
from omniprint.services.channel_imports import import_channel_file
from omniprint.services.files import atomic_output
from omniprint.services.import_fast import import_simple
from omniprint.services.import_text import TextPacker
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
    personal_left_out: bool = False
    """Imported without --keep-personal (for a file already imported: how it was then)."""
    notes: list[str] = field(default_factory=list)
    """What was repaired, left out or guessed, and why records were already known."""
    source: str = ""
    unmatched: int = 0
    """Records of this file that no campaign claimed (no issued code, no campaign's link)."""


def preset_names() -> list[str]:
    """Every layout `import --preset` takes: the exports of what came back, then ad reports and
    access logs (one list, so the command's help and the README cannot drift apart)."""
    from omniprint.ingest.presets import PRESETS
    from omniprint.services.channel_imports import PRESETS as CHANNEL_PRESETS

    return [*PRESETS, *CHANNEL_PRESETS]


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
    """The bytes of a file to import, mapped into memory rather than read (``ingest.mapped``):
    a file of 2 GB costs only the pages being looked at."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise InputFileError(
                str(path), tr("is larger than 2 GB: split it into smaller exports")
            )
        return map_file(path)
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
    source: str | None = None,
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
        source=source or saved_source(ws, data, str(path)),
    )


def saved_source(ws: Workspace, data: bytes, file: str) -> str | None:
    """The source the user named for files of this header (``--source``), if any."""
    try:
        header = iter_table(data, file=file).header
    except InputFileError:
        return None
    return store.load_source(ws, header_key(header))


def remembered_source(ws: Workspace, header: list[str]) -> str | None:
    """The shop or account the user named for files of this header (the wizard shows it)."""
    return store.load_source(ws, header_key(header)) if header else None


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
    source: str | None = None,
) -> ImportResult:
    """Import one file in one transaction: records new to the workspace are added, records it
    already has (overlapping exports) are left, refused rows are kept with line and reason, and
    the file's text is kept (compressed) so that every record can be shown as the row it came
    from. The same file twice adds nothing. Then everything is reconciled again.

    Records are written as they are read, 10,000 at a time, so memory stays flat whatever the
    size of the file; a cancel or an error rolls everything back."""
    data = read_file(path)
    file = str(path)
    if mapping is None:  # ad spend reports and access logs have their own tables
        channel = import_channel_file(ws, data, file, preset=preset, cancel=cancel)
        if channel is not None:
            return channel
    sha256 = hashlib.sha256(data).hexdigest()
    given_mapping = mapping
    if mapping is None and preset is None:
        mapping = saved_mapping(ws, data, file)
    given_source = source.strip() if source and source.strip() else None
    source = given_source or saved_source(ws, data, file)
    with ws.transaction(), ws.cancellable(cancel):
        previous = store.find_import(ws, sha256)
        if previous is not None and given_source and not previous.added and previous.known:
            # Told "already known: name the other shop with --source", the user does so with
            # the same file; its first import added nothing, so it is forgotten and read again.
            store.delete_import(ws, previous.id)
            previous = None
        if previous is not None:
            return _already_imported(ws, previous, file)
        first_new = first_new_id(ws)  # reconcile only what the new records touch
        import_id = store.insert_import(
            ws,
            {
                "file_name": Path(file).name,
                "sha256": sha256,
                "personal_left_out": int(not keep_personal),
            },
        )
        fast = import_simple(
            ws,
            data,
            file=file,
            sha256=sha256,
            import_id=import_id,
            preset=preset,
            mapping=mapping,
            source=source,
            keep_personal=keep_personal,
            date_order=date_order,
            progress=progress,
            cancel=cancel,
        )
        if fast is not None:
            result, added, refused, why_known = fast.result, fast.added, [], None
        else:
            # A file with nothing personal to leave out is kept as it is, not rewritten row by row.
            end = (
                None
                if keep_personal
                else own_text_end(data, file=file, preset=preset, mapping=mapping)
            )
            own = keep_personal or end is not None
            with TextPacker(data, file, own_text=own, end=end or "") as text:
                saved = _Saver(ws, import_id, keep_personal, lambda: text.keep(ws, import_id))
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
                    source=source,
                    kept_text=None if own else text.put,
                )
                text.finish(ws, import_id)
            added, refused = saved.added, saved.refused
            why_known = store.known_note(
                ws, result.records - added, result.records, saved.sources, saved.earlier,
                by_id=saved.by_id,
            )  # fmt: skip
        known = result.records - added
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
                "added": added,
                "known": known,
                "refused": result.refused,
            },
        )
        if given_mapping:
            store.save_mapping(ws, result.header_key, result.preset, result.mapping)
        if given_source:
            store.save_source(ws, result.header_key, given_source)
        cancel.check()
        changes = ReconcileChanges(first_new=first_new)
        summary = reconcile(ws, changes=changes, progress=progress, cancel=cancel)
        unmatched = _unmatched(ws, first_new, added)
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
        refused=refused,
        already_imported=False,
        reconciled=summary,
        notes=[*result.notes, *([why_known] if why_known else [])],
        source=result.source,
        personal_left_out=not keep_personal,
        unmatched=unmatched,
    )


class _Saver:
    """Writes what the reader hands over (the sink of ``read_responses``), and counts it."""

    def __init__(
        self,
        ws: Workspace,
        import_id: int,
        keep_personal: bool = False,
        keep_text: Callable[[], None] = lambda: None,
    ) -> None:
        self.ws, self.import_id = ws, import_id
        self.keep_text = keep_text  # writes the file's text compressed so far
        self.keep_personal = keep_personal
        self.added = 0
        self.refused: list[Problem] = []
        self.earlier: dict[int, int] = {}  # import id -> records of this file it already had
        self.sources: set[str] = set()
        self.by_id = False  # the records carry their order's id: "known" means the same shop

    def __call__(self, responses: list[Response], problems: list[Problem]) -> None:
        ws, import_id = self.ws, self.import_id
        responses = [with_link_fields(r) for r in responses]
        if not self.keep_personal:
            # After the link gave its UTM and code: a landing URL may carry ?email= or ?phone=.
            responses = [
                replace(r, landing_url=strip_personal_query(r.landing_url) or None)
                if r.landing_url
                else r
                for r in responses
            ]
        # Two shops' "#1052" in one currency: told apart by the order's id (issue 14).
        responses = store.settle_keys(ws, responses)
        added = store.insert_responses(ws, import_id, responses)
        self.added += added
        if added < len(responses):  # say which earlier imports had them (issue 14)
            for earlier, count in store.known_from(ws, import_id, responses).items():
                self.earlier[earlier] = self.earlier.get(earlier, 0) + count
            self.sources.update(r.source for r in responses)
            self.by_id = self.by_id or any(r.order_id for r in responses)
        store.insert_link_codes(ws, import_id, _link_codes(responses), LINK_POSITION)
        store.insert_problems(ws, import_id, problems)
        self.refused += problems
        self.keep_text()


def _unmatched(ws: Workspace, first_id: int, added: int) -> int:
    """How many records of an import no campaign claimed once reconciled, so the face can say
    so instead of "records added" and nothing to see. Its `added` records are those from
    `first_id` on (all added in its transaction); the attribution's indexes count them without
    reading a million rows: those with no attribution at all, and the few whose every row has
    no campaign (typed codes no campaign claims)."""
    row = ws.one(
        "SELECT (SELECT COUNT(DISTINCT response_id) FROM attribution WHERE response_id >= :first),"
        " (SELECT COUNT(DISTINCT a.response_id) FROM attribution a"
        "  WHERE a.campaign_id IS NULL AND a.response_id >= :first AND NOT EXISTS (SELECT 1"
        "  FROM attribution b WHERE b.response_id = a.response_id AND b.campaign_id IS NOT NULL))",
        {"first": first_id},
    )
    return added - row[0] + row[1] if row else added


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
        personal_left_out=record.personal_left_out,
    )


def _link_codes(responses: list[Response]):
    for r in responses:
        code = code_in_link(r.landing_url)
        if code and code not in r.codes:
            yield r.source, r.kind, r.natural_key, code


def personal_left_out(
    ws: Workspace, *, import_id: int | None = None, response_id: int | None = None
) -> bool:
    """True when the import (or the import a record came from) was made without
    --keep-personal: the text OmniPrint kept of it has the personal columns blanked."""
    if response_id is not None:
        found = store.origin(ws, response_id)
        if found is None:
            return False
        import_id = found[0]
    return import_id is not None and store.personal_left_out(ws, import_id)


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
    pieces = iter(store.import_text(ws, import_id))
    first = next(pieces, None)
    if first is None:  # checked before anything is written: an existing file stays as it was
        raise NotFoundError(
            tr(
                "the text of import {import_id} was not kept (it was imported before OmniPrint "
                "kept the files' text)"
            ).format(import_id=import_id)
        )
    with atomic_output(out) as handle:
        handle.write(first)
        for piece in pieces:
            handle.write(piece)
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
