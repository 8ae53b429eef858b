"""Google Ads reports as downloaded (Campaigns > Download > CSV or Excel CSV; Reports > Download).

The file starts with two title lines - the report's name (``Campaign report``, in Spanish
``Informe de campañas``) and its date range (``March 27, 2026 - April 23, 2026``,
``27 de marzo de 2026 - 23 de abril de 2026``, or ``All time`` / ``Todo el periodo``) - then the
header: ``Campaign``, ``Campaign status``, ``Currency code``, ``Cost``, ``Impr.``, ``Clicks``,
``Conversions`` (Spanish ``Campaña``, ``Código de moneda``, ``Coste`` or ``Costo``, ``Impr.``,
``Clics``, ``Conversiones``), optionally ``Ad group`` and a ``Day`` segment. Numbers are grouped
(``1,356,884``; ``1.356.884`` in Spain), an empty cell is `` --``, and the table ends with
``Total: ...`` rows (``Total: Account``, ``Total: Campaigns``; ``Total: cuenta``) that sum the
others: they are never counted. "CSV" is UTF-8 with commas, "Excel CSV" UTF-16 with tabs.
"""

from __future__ import annotations

import datetime as dt
import re

from omniprint.domain.i18n import tr
from omniprint.ingest import spend
from omniprint.ingest.presets._base import fold

NAME = "google-ads"

_CAMPAIGN = ("campaign", "campaign name", "campana", "nombre de la campana")
_COST = ("cost", "coste", "costo")
_CURRENCY = ("currency code", "currency", "codigo de moneda", "moneda")
_IMPRESSIONS = ("impr", "impressions", "impresiones")
_CLICKS = ("clicks", "clics")
_CONVERSIONS = ("conversions", "conversiones", "all conv", "todas las conv")
_AD_GROUP = ("ad group", "grupo de anuncios")
_DAY = ("day", "date", "dia", "fecha")
_URLS = ("final url", "url final", "final url suffix", "sufijo de url final",
         "tracking template", "plantilla de seguimiento")  # fmt: skip

_EN_MONTHS = "january february march april may june july august september october november december"
_ES_MONTHS = (
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
)
_MONTHS = {
    **{name: i for i, name in enumerate(_EN_MONTHS.split(), 1)},
    **{name: i for i, name in enumerate(_ES_MONTHS.split(), 1)},
    "setiembre": 9,
}
_SHORT = {name[:3]: number for name, number in _MONTHS.items()}
_SHORT.update({"sept": 9, "set": 9})
_ALL_TIME = {"all time", "todo el periodo", "desde siempre", "todo el tiempo", "siempre"}
_EN_DATE = re.compile(r"([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})")
_ES_DATE = re.compile(r"(\d{1,2})\s+(?:de\s+)?([a-z]+)\.?\s+(?:de\s+)?(\d{4})")


def parse_date(text: str) -> str | None:
    """An ISO date from ``March 27, 2026``, ``Mar 27, 2026``, ``27 de marzo de 2026``,
    ``27 mar. 2026`` or ``2026-03-27``; None when it is none of them."""
    text = text.strip()
    try:
        return dt.date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        pass
    folded = fold(text)
    for pattern, order in ((_EN_DATE, (1, 2, 3)), (_ES_DATE, (2, 1, 3))):
        match = pattern.fullmatch(folded) or pattern.fullmatch(text.lower())
        if match:
            month_name, day, year = (match[i] for i in order)
            month = (
                _MONTHS.get(month_name) or _SHORT.get(month_name[:4]) or _SHORT.get(month_name[:3])
            )
            if month:
                try:
                    return dt.date(int(year), month, int(day)).isoformat()
                except ValueError:
                    return None
    return None


def parse_range(text: str) -> tuple[str, str] | None:
    """(start, end) of a title line such as ``March 27, 2026 - April 23, 2026``; ("", "") for
    ``All time``; None when the line is not a date range."""
    text = text.strip().strip('"').strip()
    if fold(text) in _ALL_TIME:
        return "", ""
    for separator in (" - ", " – ", " — ", " al ", " a "):
        first, sep, last = text.partition(separator)
        if sep:
            start, end = parse_date(first), parse_date(last)
            if start and end:
                return start, end
    single = parse_date(text)
    return (single, single) if single else None


def _is_header(line: str) -> bool:
    names = {fold(name) for name in re.split(r"[\t,;]", line)}
    return bool(names & set(_CAMPAIGN)) and bool(names & set(_COST))


def looks_like(lines: list[str]) -> bool:
    """True when one of the first three lines is a Google Ads header."""
    return any(_is_header(line) for line in lines[:3])


def read(text: str, encoding: str, file: str) -> spend.SpendRead | None:
    """The report's spend rows, or None when ``text`` is not a Google Ads report."""
    lines = text.splitlines()[:4]
    at = next((i for i, line in enumerate(lines[:3]) if _is_header(line)), None)
    if at is None:
        return None
    period: tuple[str, str] = ("", "")
    for title in lines[:at]:
        found = parse_range(title.strip().rstrip(",\t;").strip('"'))
        if found is not None:
            period = found
            break
    table = spend.split_table(text, encoding, at)
    header = table.header
    where = {
        "campaign": spend.column(header, *_CAMPAIGN),
        "cost": spend.column(header, *_COST),
        "currency": spend.column(header, *_CURRENCY),
        "impressions": spend.column(header, *_IMPRESSIONS),
        "clicks": spend.column(header, *_CLICKS),
        "conversions": spend.column(header, *_CONVERSIONS),
        "ad_set": spend.column(header, *_AD_GROUP),
        "day": spend.column(header, *_DAY),
    }
    urls = spend.url_columns(header, _URLS)
    result = spend.start_read(NAME, table, where, "cost", period=period)
    for line, values in table.rows:
        result.rows += 1
        if any(spend.is_total(v) for v in values[:3]):
            continue  # "Total: Account" and the like sum the rows above
        name = spend.cell(values, where["campaign"])
        if not name:
            continue
        days = period
        if where["day"] is not None:
            day = parse_date(spend.cell(values, where["day"]))
            if day is None:
                result.problems.append(
                    spend.problem(table, line, where["day"], tr("not a date"), values)
                )
                continue
            days = (day, day)
        spend.add_row(
            result, table, line, values, platform="google", campaign=name, period=days,
            currency=spend.cell(values, where["currency"]).upper() or None, where=where,
            fields=("cost", "impressions", "clicks", "conversions"), urls=urls,
        )  # fmt: skip
    return result
