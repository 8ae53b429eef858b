"""Google Analytics 4 reports downloaded as CSV (Traffic acquisition, explorations).

A report (Reports > Acquisition > Traffic acquisition > Share > Download file) starts with
``#`` comment lines - the report's name, ``# Account:``, ``# Property:``, ``# All Users``,
``# Start date: 20261001``, ``# End date: 20261031`` - and a blank line; an exploration (Explore
> Free form > Export data) names its range in one line, ``# 20261001-20261031``, and adds a
totals row whose dimensions are empty. Then come dimensions such as ``Session source / medium``,
``Session source``, ``Session medium``, ``Session campaign``, ``Session manual ad content``
(utm_content), ``Landing page + query string``, optionally ``Date`` (``20260105``), and metrics
``Sessions``, ``Key events`` (``Conversions`` before 2024), ``Total revenue``.

GA4 writes the file in the interface's language: a Spanish property gives ``# Fecha de inicio:``
/ ``# Fecha de finalización:``, ``Fuente / medio de la sesión``, ``Campaña de la sesión``,
``Contenido del anuncio manual de la sesión``, ``Sesiones``, ``Eventos clave`` (``Conversiones``),
``Ingresos totales``, and numbers may be grouped the Spanish way (``1.234`` sessions, ``1.234,56``
revenue). Both are read; the decimal mark is decided from the file.

Each row is a ``visit`` record: its sessions, key events and revenue (``amount_cents``) for one
combination of dimensions. ``occurred_at`` is the row's ``Date``, else the report's start date.
The natural key is the report period plus the dimension values. Totals rows are skipped.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from omniprint.domain.i18n import tr, tr_noop
from omniprint.ingest.presets._base import Found, Preset, Reader, find, fold, names, new_response
from omniprint.ingest.table import Row

ALIASES: dict[str, tuple[str, ...]] = {
    "source_medium": names(
        "session source medium|session manual source medium|first user source medium|"
        "source medium|fuente medio de la sesion|fuente medio manual de la sesion|"
        "fuente medio del primer usuario|fuente medio"
    ),
    "utm_source": names(
        "session source|session manual source|first user source|source|fuente de la sesion|"
        "fuente manual de la sesion|fuente del primer usuario|fuente"
    ),
    "utm_medium": names(
        "session medium|session manual medium|first user medium|medium|medio de la sesion|"
        "medio manual de la sesion|medio del primer usuario|medio"
    ),
    "utm_campaign": names(
        "session campaign|session manual campaign name|session campaign name|"
        "first user campaign|first user manual campaign name|campaign|campana de la sesion|"
        "nombre de la campana manual de la sesion|campana manual de la sesion|"
        "campana del primer usuario|campana"
    ),
    "utm_content": names(
        "session manual ad content|manual ad content|first user manual ad content|"
        "contenido del anuncio manual de la sesion|contenido de anuncio manual de la sesion|"
        "contenido manual del anuncio de la sesion|contenido manual del anuncio|"
        "contenido del anuncio manual|contenido del anuncio manual del primer usuario|"
        "contenido de la sesion"
    ),
    "landing_url": names(
        "landing page query string|landing page|pagina de destino cadena de consulta|"
        "pagina de destino"
    ),
    "channel": names(
        "session default channel group|session primary channel group|"
        "session manual channel group|default channel group|primary channel group|"
        "first user default channel group|first user primary channel group|"
        "grupo de canales predeterminado de la sesion|grupo de canales principal de la sesion|"
        "grupo de canales manual de la sesion|grupo de canales predeterminado|"
        "grupo de canales principal|grupo de canales predeterminado del primer usuario|"
        "grupo de canales principal del primer usuario"
    ),
    "date": names("date|fecha"),
    "sessions": names("sessions|sesiones"),
    "key_events": names("key events|conversions|eventos clave|conversiones"),
    "revenue": names(
        "total revenue|purchase revenue|revenue|ingresos totales|ingresos por compras|"
        "ingresos de compras|ingresos"
    ),
}
#: Metrics GA4 names after the one event they count when a report is filtered ("Key events
#: (purchase)"), found by the start of their name.
_PREFIXED = ("key_events", "revenue")
_DIMENSIONS = ("source_medium", "utm_source", "utm_medium", "utm_campaign", "utm_content",
               "landing_url", "channel", "date")  # fmt: skip
#: Dimensions that tie a visit to a campaign (the channel group alone does not).
CAMPAIGN_DIMENSIONS = ("source_medium", "utm_source", "utm_medium", "utm_campaign",
                       "utm_content", "landing_url")  # fmt: skip
_RANGE_LABELS = {
    "start date": "start",
    "end date": "end",
    "fecha de inicio": "start",
    "fecha de finalizacion": "end",
    "fecha de fin": "end",
    "fecha de finalizacion del periodo": "end",
    "fecha de inicio del periodo": "start",
}
_RANGE_LINE = re.compile(r"#\s*(\d{8})\s*-\s*(\d{8})\s*$")
_UNSET = {"(not set)", "(none)", "(sin definir)", "(no definido)", "(sin establecer)", ""}
_TOTAL_WORDS = {"grand total", "total", "totals", "total general", "totales", "suma total"}
#: First cells of the tables GA4 adds for its charts ("Nth day,Direct,Organic Search...").
_CHART = re.compile(
    r"((nth|n o de|no de) (minute|hour|day|week|month|minuto|hora|dia|semana|mes)"
    r"|(minuto|hora|dia|semana|mes|day|week|month) n)$"
)
_GROUPED = re.compile(r"\d{1,3}(?:([.,\u00a0\u202f' ])\d{3})(?:\1\d{3})*")


def _find(header: list[str], field: str) -> int | None:
    index = find(header, *ALIASES[field])
    if index is None and field in _PREFIXED:
        folded = [fold(name) for name in header]
        for alias in ALIASES[field]:
            for position, name in enumerate(folded):
                if name.startswith(f"{alias} "):
                    return position
    return index


class Ga4Preset(Preset):
    name = "ga4"
    kind = "visit"
    fixed_date_format = True
    aliases = ALIASES
    required = ("sessions",)
    missing = tr_noop("no Sessions column")

    def score(self, folded: set[str]) -> int:
        metric = folded & {"sessions", "sesiones"}
        # (The channel group counts: Traffic acquisition opens on it.)
        dims = {n for f in _DIMENSIONS[:-1] for n in ALIASES[f]} & folded
        if metric and dims:
            return 100 + len(dims)
        return 0

    def columns(self, header: list[str]) -> Found:
        # Metrics filtered to one event are named after it: "Key events (purchase)".
        return Found({f: i for f in ALIASES if (i := _find(header, f)) is not None})

    def reader(self, header: list[str], found: Found) -> Reader:
        # A reader of its own: the report's dates are in its comment lines, and a download may
        # hold the tables of its charts too.
        return Ga4Reader(header, found)


class Ga4Reader(Reader):
    def __init__(self, header: list[str], found: dict[str, int]) -> None:
        self.header = header
        self.found = found
        self.width = len(header)
        self.mapping = {f: header[i] for f, i in found.items()}
        self.date_columns = [found["date"]] if "date" in found else []
        # The counts help decide the decimal mark too ("1.234.567" sessions, "12,5" key events).
        metrics = ("revenue", "key_events", "sessions")
        self.amount_columns = [found[f] for f in metrics if f in found]
        self.period = ""
        self.start_date = ""
        self._folded_header = [fold(name) for name in header]
        self._other_table = False

    def preamble(self, lines: list[str]) -> None:
        """Take the report's date range from ``# Start date:`` / ``# End date:`` (or the Spanish
        ``# Fecha de inicio:``...) lines, or from an exploration's ``# 20261001-20261031``."""
        found = {}
        for line in lines:
            match = _RANGE_LINE.match(line.strip())
            if match:
                found.setdefault("start", match[1])
                found.setdefault("end", match[2])
                continue
            label, _, value = line.lstrip("#").partition(":")
            which = _RANGE_LABELS.get(fold(label))
            if which and value.strip():
                found.setdefault(which, value.strip())
        self.start_date = found.get("start", "")
        if found:
            self.period = f"{found.get('start', '')}-{found.get('end', '')}"

    def row(self, row: Row) -> None:
        values = row.values + [""] * max(0, self.width - len(row.values))
        ctx, found = self.ctx, self.found
        first = values[0].strip()
        if first.startswith("#") or _CHART.match(fold(first)):
            # Another table of the download (a chart's series, an overview's next card) starts
            # here: its rows are not visits of this report.
            self._other_table = True
            return
        if self._other_table:
            if [fold(v) for v in values[: self.width]] == self._folded_header:
                self._other_table = False  # this report's own table again
            return
        dims = {f: values[found[f]].strip() for f in _DIMENSIONS if f in found}
        tags = {f: (None if dims.get(f, "") in _UNSET else dims[f]) for f in _DIMENSIONS}
        if first.lower() in _TOTAL_WORDS or not any(dims.values()):
            return  # GA4's totals row is a sum of the others, not a visit of its own
        source, medium = dims.get("utm_source"), dims.get("utm_medium")
        if dims.get("source_medium"):
            source, _, medium = dims["source_medium"].partition(" / ")
            source, medium = source.strip(), medium.strip()
        when = dims.get("date") or self.start_date
        try:
            occurred = ctx.dates.iso(when) if when else ""
        except ValueError as exc:
            ctx.problem(row.line, self.header[found["date"]], str(exc), row.values)
            return
        decimal = ctx.amounts.decimal
        try:
            sessions = _count(values[found["sessions"]])
            events = _count(values[found["key_events"]], decimal) if "key_events" in found else 0
            revenue = ctx.amounts.optional(values[found["revenue"]]) if "revenue" in found else None
        except ValueError as exc:
            ctx.problem(
                row.line, None, tr("a metric is not a number ({exc})").format(exc=exc), row.values
            )
            return
        # The channel joins the key only when present: keys of reports read before it stay.
        key = "|".join(
            [self.period, *(dims.get(f, "") for f in _DIMENSIONS if f != "channel")]
            + ([dims["channel"]] if dims.get("channel") else [])
        )
        record = new_response(
            "visit", ctx.source, key, row.line, occurred,
            amount_cents=revenue, landing_url=tags["landing_url"],
            utm_source=None if source in _UNSET else source,
            utm_medium=None if medium in _UNSET else medium, utm_campaign=tags["utm_campaign"],
            utm_content=tags["utm_content"], sessions=sessions, key_events=events,
            channel=tags["channel"],
        )  # fmt: skip
        ctx.add(record, row.values, "row")


def _count(text: str, decimal: str | None = None) -> int:
    """A GA4 metric as a whole number: ``1204``, ``1,204``, ``1.204`` (Spanish), ``7.00``.

    A count grouped in thousands (``1.204``) is a thousand and more unless the file writes its
    decimals with that mark (``decimal``); sessions are never fractions, so they are read
    without it.
    """
    text = text.strip()
    if not text:
        return 0
    grouped = _GROUPED.fullmatch(text)
    if grouped and grouped[1] != decimal:
        text = text.replace(grouped[1], "")
    else:
        text = text.replace("\u00a0", "").replace(" ", "")
        if "," in text and "." in text:
            thousands = "," if text.rfind(".") > text.rfind(",") else "."
            text = text.replace(thousands, "")
        text = text.replace(",", ".")
    try:
        return int(Decimal(text))
    except InvalidOperation:
        raise ValueError(tr("{text!r} is not a number").format(text=text)) from None
