"""Google Analytics 4 reports downloaded as CSV (Traffic acquisition, explorations).

The file starts with ``#`` comment lines (account, property, ``# Start date: 20261001``,
``# End date: 20261031``) and a blank line; then dimensions such as ``Session source / medium``,
``Session source``, ``Session medium``, ``Session campaign``, ``Session manual ad content``
(utm_content), ``Landing page + query string``, optionally ``Date`` (``20260105``), and metrics
``Sessions``, ``Key events`` (``Conversions`` before 2024), ``Total revenue``. Spanish reports are
read too (``Campaña de la sesión``, ``Sesiones``, ``Eventos clave``, ``Ingresos totales``).

Each row is a ``visit`` record: its sessions, key events and revenue (``amount_cents``) for one
combination of dimensions. ``occurred_at`` is the row's ``Date``, else the report's start date.
The natural key is the report period plus the dimension values. A "Grand total" row is skipped.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal, InvalidOperation

from omniprint.domain.i18n import tr
from omniprint.domain.responses import Response
from omniprint.ingest.presets._base import Preset, Reader, find, fold
from omniprint.ingest.table import Row


def _names(text: str) -> tuple[str, ...]:
    return tuple(text.split("|"))


ALIASES: dict[str, tuple[str, ...]] = {
    "source_medium": _names(
        "session source medium|first user source medium|source medium|fuente medio de la sesion"
    ),
    "utm_source": _names(
        "session source|session manual source|first user source|source|fuente de la sesion"
    ),
    "utm_medium": _names(
        "session medium|session manual medium|first user medium|medium|medio de la sesion"
    ),
    "utm_campaign": _names(
        "session campaign|session manual campaign name|session campaign name|"
        "first user campaign|campaign|campana de la sesion|campana"
    ),
    "utm_content": _names(
        "session manual ad content|manual ad content|first user manual ad content|"
        "contenido del anuncio manual de la sesion"
    ),
    "landing_url": _names(
        "landing page query string|landing page|pagina de destino cadena de consulta|"
        "pagina de destino"
    ),
    "date": _names("date|fecha"),
    "sessions": _names("sessions|sesiones"),
    "key_events": _names("key events|conversions|eventos clave|conversiones"),
    "revenue": _names("total revenue|purchase revenue|revenue|ingresos totales|ingresos"),
}
_DIMENSIONS = ("source_medium", "utm_source", "utm_medium", "utm_campaign", "utm_content",
               "landing_url", "date")  # fmt: skip
_RANGE_LABELS = {
    "start date": "start",
    "end date": "end",
    "fecha de inicio": "start",
    "fecha de finalizacion": "end",
    "fecha de fin": "end",
}
_UNSET = {"(not set)", "(none)", "(sin definir)", "(no definido)", ""}
_TOTAL_WORDS = {"grand total", "total", "totals", "total general", "totales"}


class Ga4Preset(Preset):
    name = "ga4"
    kind = "visit"
    fixed_date_format = True
    decimal = "."

    def score(self, folded: set[str]) -> int:
        metric = folded & {"sessions", "sesiones"}
        dims = {n for f in _DIMENSIONS[:-1] for n in ALIASES[f]} & folded
        if metric and dims:
            return 100 + len(dims)
        return 0

    def bind(self, header: list[str], mapping: Mapping[str, str] | None = None) -> Reader:
        found = {f: i for f, names in ALIASES.items() if (i := find(header, *names)) is not None}
        if "sessions" not in found:
            raise ValueError(tr("no Sessions column"))
        return Ga4Reader(header, found)


class Ga4Reader(Reader):
    def __init__(self, header: list[str], found: dict[str, int]) -> None:
        self.header = header
        self.found = found
        self.width = len(header)
        self.mapping = {f: header[i] for f, i in found.items()}
        self.date_columns = [found["date"]] if "date" in found else []
        self.amount_columns = [found["revenue"]] if "revenue" in found else []
        self.period = ""
        self.start_date = ""

    def preamble(self, lines: list[str]) -> None:
        """Take the report's date range from its ``# Start date:`` / ``# End date:`` lines."""
        found = {}
        for line in lines:
            label, _, value = line.lstrip("#").partition(":")
            which = _RANGE_LABELS.get(fold(label))
            if which:
                found[which] = value.strip()
        self.start_date = found.get("start", "")
        if found:
            self.period = f"{found.get('start', '')}-{found.get('end', '')}"

    def row(self, row: Row) -> None:
        values = row.values + [""] * max(0, self.width - len(row.values))
        ctx, found = self.ctx, self.found
        dims = {f: values[found[f]].strip() for f in _DIMENSIONS if f in found}
        tags = {f: (None if dims.get(f, "") in _UNSET else dims[f]) for f in _DIMENSIONS}
        first = values[0].strip().lower()
        if first in _TOTAL_WORDS or not any(dims.values()):
            return  # GA4's totals row is a sum of the others, not a visit of its own
        source, medium = dims.get("utm_source"), dims.get("utm_medium")
        if dims.get("source_medium"):
            source, _, medium = dims["source_medium"].partition(" / ")
        when = dims.get("date") or self.start_date
        try:
            occurred = ctx.dates.iso(when) if when else ""
        except ValueError as exc:
            ctx.problem(row.line, self.header[found["date"]], str(exc), row.values)
            return
        try:
            sessions = _count(values[found["sessions"]])
            events = _count(values[found["key_events"]]) if "key_events" in found else 0
            revenue = ctx.amounts.optional(values[found["revenue"]]) if "revenue" in found else None
        except ValueError as exc:
            ctx.problem(
                row.line, None, tr("a metric is not a number ({exc})").format(exc=exc), row.values
            )
            return
        key = "|".join([self.period, *(dims.get(f, "") for f in _DIMENSIONS)])
        ctx.add(
            Response(
                "visit",
                ctx.source,
                key,
                row.line,
                occurred,
                (),
                revenue,
                landing_url=tags["landing_url"],
                utm_source=None if source in _UNSET else source,
                utm_medium=None if medium in _UNSET else medium,
                utm_campaign=tags["utm_campaign"],
                utm_content=tags["utm_content"],
                sessions=sessions,
                key_events=events,
            ),
            row.values,
            "row",
        )


def _count(text: str) -> int:
    """A GA4 metric as a whole number (``1204``, ``1,204``, ``7.00``)."""
    text = text.strip().replace(",", "")
    if not text:
        return 0
    try:
        return int(Decimal(text))
    except InvalidOperation:
        raise ValueError(tr("{text!r} is not a number").format(text=text)) from None
