"""Read an export of what came back (till, web shop, analytics) into records, with no questions.

``read_responses`` finds the layout by its header (``omniprint.ingest.presets``), or takes the
user's column mapping for a layout it does not know, and streams the rows into
:class:`~omniprint.domain.responses.Response` records. Rows that cannot be read are kept as
:class:`~omniprint.domain.responses.Problem` with their line and why.

The day/month order of dates and the decimal mark are decided from the data, not from one value:
rows are held back until a date such as ``19/09/2026`` or an amount such as ``12,50`` tells, then
all are parsed. A file whose every date could be read both ways is refused with a message saying
how to choose (``--dates dmy`` or ``--dates mdy``), unless its system writes one fixed format.
"""

from __future__ import annotations

import gc
import hashlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from itertools import islice

from omniprint.domain.errors import InputFileError
from omniprint.domain.i18n import tr
from omniprint.domain.responses import Problem, Response
from omniprint.domain.safe_text import check_plain
from omniprint.domain.tasks import NEVER_CANCELLED, CancelToken, ProgressFn, no_progress
from omniprint.ingest import presets
from omniprint.ingest.dates import DateOrder, infer_date_order, parse_datetime
from omniprint.ingest.ga4_tables import looks_like_ga4, read_ga4_tables
from omniprint.ingest.guess import unknown_layout
from omniprint.ingest.kept_text import KeptText, Redactor, TextSink, codes_only, head_text
from omniprint.ingest.number_limits import TooLarge
from omniprint.ingest.numbers import infer_decimal
from omniprint.ingest.presets._base import Context, Reader, currency_in, fold
from omniprint.ingest.repair import lines_text
from omniprint.ingest.table import Row, TableStream, header_key, iter_table

__all__ = ["ReadResult", "Sink", "detect_preset", "is_totals_row", "read_responses"]

Sink = Callable[[list[Response], list[Problem]], None]
"""Takes the records and refused rows read since its last call (``read_responses(sink=...)``)."""

_STEP = 10_000  # rows between progress reports and cancel checks
_MAX_WAIT_FOR_DECIMAL = 10_000  # rows held back at most to learn the decimal mark
_CURRENCY_SAMPLES = 20


@dataclass
class ReadResult:
    """What a file gave: its provenance, how it was read, its records and its refused rows.

    ``mapping`` is field -> the column actually used; ``date_order`` is ``dmy``, ``mdy`` or
    ``ymd`` (ISO and other formats that need no order); ``decimal`` is ``"."``, ``","`` or None
    when the amounts never showed one. ``rows`` counts the data rows read, ``records`` the
    records and ``refused`` the refused rows (also when a sink took them instead of the lists).
    """

    file: str
    sha256: str
    preset: str
    encoding: str
    codec: str
    delimiter: str
    header: list[str]
    header_key: str
    date_order: str
    decimal: str | None
    mapping: dict[str, str]
    responses: list[Response] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    rows: int = 0
    records: int = 0
    refused: int = 0
    notes: list[str] = field(default_factory=list)
    """What was repaired, left out or guessed while reading, in sentences for the user."""
    source: str = ""
    """Where the records come from (the preset, and the shop when the file or the user says)."""


def detect_preset(header: list[str]) -> str | None:
    """The name of the preset that recognises ``header``, or None when none does."""
    return presets.detect(header)


def read_responses(
    data: bytes,
    *,
    file: str,
    preset: str | None = None,
    mapping: Mapping[str, str] | None = None,
    keep_personal: bool = False,
    date_order: str | None = None,
    progress: ProgressFn = no_progress,
    cancel: CancelToken = NEVER_CANCELLED,
    sink: Sink | None = None,
    source: str | None = None,
    kept_text: TextSink | None = None,
) -> ReadResult:
    """Read an export into records.

    ``preset`` forces a layout by name (else it is detected from the header); ``mapping``
    (field -> column name, fields as in ``MAPPABLE_FIELDS``) reads any other layout with the
    generic preset. ``keep_personal`` keeps names, emails and phones. ``date_order`` (``dmy`` or
    ``mdy``) settles dates that could be read both ways. ``progress(done, total, message)`` is
    called every 10,000 rows (total is an estimate of the rows from the file's line count) and
    ``cancel.check()`` likewise.

    With a ``sink``, records and refused rows are handed to it as they are read (every 10,000
    rows, in file order) and the result's lists stay empty: a file of millions of rows is read in
    flat memory, and no million objects are freed at once at the end (which would hold Python's
    lock, and the window, for a second).

    ``source`` names the shop or account the file comes from (``--source``): records of two
    sources never collide, even with the same order numbers. Without it, presets whose numbers
    restart in every shop (Shopify's ``#1001``) tell shops apart by the currency of the order;
    Shopify's records also carry the order's ``Id`` (``order_id``), which tells apart two shops
    in one currency when they are stored (``storage.responses.settle_keys``).

    Without ``keep_personal`` the text of refused rows has the columns that are not needed for
    matching blanked (``omniprint.ingest.kept_text``), and with a ``kept_text`` sink the file's
    text, redacted the same way, is handed to it in pieces of whole records as the rows are read
    (with ``keep_personal`` the caller keeps the file's text as it is).

    Raises :class:`InputFileError` for a file that cannot be read as a table, a header no preset
    knows (the message lists its columns and how to map them), a mapping that does not fit the
    header, and dates that are day-first or month-first with nothing to tell which.
    """
    stream = iter_table(data, file=file)
    name = _choose_preset(stream, file, preset, mapping)
    chosen = presets.get(name)
    base = chosen.source_name or name
    if source:
        check_plain(source, what="--source")
    source_text = f"{base}:{source.strip()}" if source and source.strip() else base
    if name == "ga4":
        return _read_ga4(data, stream, file, keep_personal, source_text, sink, kept_text)
    try:
        reader = chosen.bind(stream.header, mapping)
    except ValueError as exc:
        raise InputFileError(
            file,
            tr("cannot be read as {name}: {exc}; the header has: {header}").format(
                name=name, exc=exc, header=", ".join(stream.header)
            ),
            line=stream.header_line,
        ) from None
    if hasattr(reader, "preamble"):
        reader.preamble(_preamble(data, stream))
    order = DateOrder(date_order) if date_order else None
    if order is None and chosen.fixed_date_format:
        order = DateOrder.YMD
    plan = _Plan(chosen, reader, stream, keep_personal, order, file, source_text)
    plan.qualify = chosen.per_shop and not (source and source.strip())
    total = max(1, data.count(b"\n") - stream.header_line + 1)
    checks = _RowChecks(len(stream.header))
    redactor = None if keep_personal else Redactor(stream.header, reader.mapping, stream.delimiter)
    rows = checks.rows(iter(stream))
    kept = None
    if redactor is not None and kept_text is not None:
        head, body_line = head_text(data, stream.codec, stream.header_line, stream.delimiter)
        kept = KeptText(redactor, head, body_line, kept_text)
        rows = kept.tap(rows)
    # Millions of small objects, none in a cycle: the cyclic collector would only slow us down.
    paused = gc.isenabled()
    if paused:
        gc.disable()
    taken = _Taken(sink, redactor, TooLarge(reader.mapping))
    try:
        count = 0
        while True:
            # Until the plan knows how to read them rows go to it; then straight to the reader.
            feed = plan.feed if plan.ctx is None else reader.row
            batch = 0
            for batch, row in enumerate(islice(rows, _STEP), 1):  # noqa: B007
                feed(row)
            count += batch
            if batch < _STEP:
                break
            taken.take(plan.ctx)
            cancel.check()
            progress(count, max(total, count), "Reading rows")
        plan.finish()
        taken.take(plan.ctx)
        if kept is not None:
            kept.finish()
    finally:
        if paused:
            gc.enable()
    progress(count, count, "Read")
    ctx = plan.ctx
    assert ctx is not None
    if sink is None:
        taken.too_large(ctx)
        taken.only_codes(ctx)
    if redactor is not None and ctx.problems:
        ctx.problems = redactor.problems(ctx.problems)
    notes = [*stream.notes, *checks.notes(), *plan.notes, *getattr(reader, "notes", [])]
    return ReadResult(
        file=file,
        sha256=hashlib.sha256(data).hexdigest(),
        preset=name,
        encoding=stream.encoding,
        codec=stream.codec,
        delimiter=stream.delimiter,
        header=stream.header,
        header_key=header_key(stream.header),
        date_order=str(plan.order),
        decimal=ctx.amounts.decimal,
        mapping=dict(reader.mapping),
        responses=ctx.responses,
        problems=ctx.problems,
        rows=count,
        records=taken.records + len(ctx.responses),
        refused=taken.refused + len(ctx.problems),
        notes=notes,
        source=source_text,
    )


def _read_ga4(
    data: bytes,
    stream: TableStream,
    file: str,
    keep_personal: bool,
    source: str,
    sink: Sink | None,
    kept_text: TextSink | None = None,
) -> ReadResult:
    """Every table of a GA4 download (see ``omniprint.ingest.ga4_tables``). Its text is kept as
    it is: a GA4 report holds sessions summed by source and campaign, nothing about a person."""
    text = stream.text()
    if kept_text is not None:
        kept_text(1, text.count("\n") + (not text.endswith("\n")), text)
    ctx, found = read_ga4_tables(
        text,
        stream.delimiter,
        file,
        {"source": source, "delimiter": stream.delimiter, "keep_personal": keep_personal},
    )
    first, mapping = found.used[0]
    too_large = TooLarge(mapping)
    too_large(ctx)  # before counting: a refused row is counted as refused, with or without a sink
    taken = _Taken(sink, None, too_large)
    records, refused = len(ctx.responses), len(ctx.problems)
    taken.take(ctx)
    return ReadResult(
        file=file,
        sha256=hashlib.sha256(data).hexdigest(),
        preset="ga4",
        encoding=stream.encoding,
        codec=stream.codec,
        delimiter=stream.delimiter,
        header=first.header,
        header_key=header_key(first.header),
        date_order=str(DateOrder.YMD),
        decimal=ctx.amounts.decimal,
        mapping=dict(mapping),
        responses=ctx.responses,
        problems=ctx.problems,
        rows=found.rows,
        records=records,
        refused=refused,
        notes=[*stream.notes, *found.notes],
        source=source,
    )


class _RowChecks:
    """Rows on their way to the reader: a row shorter than the header is noted by its line, and
    a totals row at the end of the file is left out (and said so) instead of refused."""

    def __init__(self, width: int) -> None:
        self.width = width
        self.short: list[int] = []
        self.short_count = 0
        self.total_line: int | None = None

    def rows(self, rows: Iterator[Row]) -> Iterator[Row]:
        width = self.width
        held: Row | None = None
        for row in rows:
            if held is not None:
                yield held  # a "Total" row that was not the last: an ordinary row after all
                held = None
            values = row.values
            if len(values) < width:
                self.short_count += 1
                if len(self.short) < 1000:
                    self.short.append(row.line)
            # Cheap first: a totals row starts with T, G or S (Total, Grand total, Suma...).
            if (not values[0] or values[0][:1] in _TOTAL_INITIALS) and is_totals_row(values):
                held = row
                continue
            yield row
        if held is not None:
            self.total_line = held.line

    def notes(self) -> list[str]:
        found = []
        if self.short_count:
            found.append(
                tr(
                    "line(s) {lines} have fewer fields than the header ({width}); the missing "
                    "fields at the end were read as empty"
                ).format(lines=lines_text(self.short), width=self.width)
            )
        if self.total_line is not None:
            found.append(
                tr("line {line} is a totals row; it was left out").format(line=self.total_line)
            )
        return found


_TOTAL_WORDS = frozenset(
    {"total", "totals", "grand total", "total general", "totales", "suma", "sum", "totaal",
     "summe", "gesamt", "totale"}
)  # fmt: skip


_TOTAL_INITIALS = frozenset("TtGgSs")


def is_totals_row(values: list[str]) -> bool:
    """True for a row such as ``Total,,,1234.50`` (its first filled cell says it sums the rest)."""
    for value in values[:3]:
        text = value.strip()
        if text:
            return fold(text.rstrip(":")) in _TOTAL_WORDS
    return False


class _Taken:
    """Hands what the reader has read so far to the sink, and counts it."""

    def __init__(self, sink: Sink | None, redactor: Redactor | None, too_large: TooLarge) -> None:
        self.sink = sink
        self.redactor = redactor
        self.too_large = too_large
        self.records = 0
        self.refused = 0

    def only_codes(self, ctx: Context) -> None:
        """Without personal data, codes read from a free-text column (a till's Comment) keep only
        their code-like words: the rest of a comment is a person's words, not a code."""
        if self.redactor is None or not self.redactor.free_text_codes:
            return
        ctx.responses = [
            replace(r, codes=codes_only(r.codes)) if r.codes else r for r in ctx.responses
        ]

    def take(self, ctx: Context | None) -> None:
        if self.sink is None or ctx is None or not (ctx.responses or ctx.problems):
            return
        self.too_large(ctx)
        self.only_codes(ctx)
        responses, problems = ctx.responses, ctx.problems
        ctx.responses, ctx.problems = [], []
        self.records += len(responses)
        self.refused += len(problems)
        if self.redactor is not None and problems:
            problems = self.redactor.problems(problems)
        self.sink(responses, problems)


def _choose_preset(
    stream: TableStream, file: str, preset: str | None, mapping: Mapping[str, str] | None
) -> str:
    if mapping is not None:
        if preset not in (None, "generic"):
            raise InputFileError(
                file,
                tr("a column mapping cannot be used with preset {preset}").format(preset=preset),
            )
        return "generic"
    if preset is not None:
        if preset not in presets.PRESETS:
            known = ", ".join(presets.PRESETS)
            raise InputFileError(
                file,
                tr("there is no preset {preset!r}; known presets: {known}").format(
                    preset=preset, known=known
                ),
            )
        return preset
    found = presets.detect(stream.header)
    if found is None and looks_like_ga4(stream.head_text()):
        return "ga4"  # a snapshot whose first table is not one of Sessions (users by country...)
    if found is None:
        raise unknown_layout(stream, file)
    return found


def _preamble(data: bytes, stream: TableStream) -> list[str]:
    """The lines above the header (GA4 puts its date range there)."""
    if stream.header_line <= 1:
        return []
    codec = (
        "utf-16"
        if stream.encoding.startswith("utf-16")
        and data[:2]
        in (
            b"\xff\xfe",
            b"\xfe\xff",
        )
        else stream.encoding
    )
    head = data[: 1 << 16].decode(codec, errors="ignore")
    return head.splitlines()[: stream.header_line - 1]


class _Plan:
    """Holds rows back until the date order and the decimal mark are known, then reads them."""

    def __init__(
        self,
        preset: presets.Preset,
        reader: Reader,
        stream: TableStream,
        keep_personal: bool,
        order: DateOrder | None,
        file: str,
        source: str,
    ) -> None:
        self.source = source
        self.qualify = False
        self.notes: list[str] = []
        self.preset = preset
        self.reader = reader
        self.stream = stream
        self.keep_personal = keep_personal
        self.order = order
        self.file = file
        # A system's own decimal point holds for the file it wrote (comma-separated); the same
        # file re-saved by a spreadsheet in Spanish is ';'-separated with decimal commas.
        self.decimal = preset.decimal if stream.delimiter == "," else None
        self.decimal_known = self.decimal is not None
        self.pending: list[Row] = []
        self.samples: list[str] = []
        self.ambiguous: tuple[int, str] | None = None
        self.ctx: Context | None = None

    def feed(self, row: Row) -> None:
        if self.ctx is not None:
            self.reader.row(row)
            return
        self.pending.append(row)
        values = row.values
        if self.order is None:
            self._observe_dates(row.line, values)
        if len(self.samples) < _CURRENCY_SAMPLES or not self.decimal_known:
            self._observe_amounts(values)
        if self.order is not None and (
            self.decimal_known or len(self.pending) >= _MAX_WAIT_FOR_DECIMAL
        ):
            self._start()

    def finish(self) -> None:
        if self.ctx is None:
            if self.order is None:
                if self.ambiguous is not None:
                    decide = getattr(self.reader, "date_fallback", None)
                    fallback = decide(self.pending) if decide is not None else None
                    if fallback is None:
                        raise self._ambiguous_error()
                    order, why = fallback
                    self.order = DateOrder(order)
                    self.notes.append(why)
                else:
                    self.order = DateOrder.DMY  # no numeric dates at all: the order never matters
            self._start()
        self.reader.finish()

    def _observe_dates(self, line: int, values: list[str]) -> None:
        for index in self.reader.date_columns:
            text = values[index].strip() if index < len(values) else ""
            if not text:
                continue
            verdict = infer_date_order([text])
            if verdict in (DateOrder.DMY, DateOrder.MDY):
                self.order = verdict
            elif verdict is DateOrder.AMBIGUOUS:
                self.ambiguous = self.ambiguous or (index, text)
            elif _is_date(text):
                # ISO, 20260105, month names: a column keeps one format, and it needs no order.
                self.order = DateOrder.YMD

    def _observe_amounts(self, values: list[str]) -> None:
        for index in self.reader.amount_columns:
            text = values[index].strip() if index < len(values) else ""
            if not text:
                continue
            if len(self.samples) < _CURRENCY_SAMPLES:
                self.samples.append(text)
            if not self.decimal_known:
                mark = infer_decimal([text])
                if mark is not None:
                    self.decimal, self.decimal_known = mark, True

    def _start(self) -> None:
        assert self.order is not None
        ctx = Context(
            source=self.source,
            delimiter=self.stream.delimiter,
            keep_personal=self.keep_personal,
            order=self.order,
            decimal=self.decimal,
            default_tz=self.preset.default_tz,
        )
        ctx.currency = currency_in(self.samples)
        ctx.qualify = self.qualify
        self.ctx = ctx
        self.reader.start(ctx)
        pending, self.pending = self.pending, []
        for row in pending:
            self.reader.row(row)

    def _ambiguous_error(self) -> InputFileError:
        assert self.ambiguous is not None
        index, sample = self.ambiguous
        column = self.stream.header[index]
        return InputFileError(
            self.file,
            tr(
                "every date in this column could be day-first or month-first (such as "
                "{sample!r}: no day is over 12). Say which with --dates dmy "
                "(day/month/year) or --dates mdy (month/day/year)"
            ).format(sample=sample),
            column=column,
        )


def _is_date(text: str) -> bool:
    try:
        parse_datetime(text, order=DateOrder.AMBIGUOUS)
    except ValueError:
        return False
    return True
