"""Meta Ads Manager exports (Ads Manager > Reports > Export table data > .csv).

One row per campaign, ad set or ad over the reporting period: ``Reporting starts`` and
``Reporting ends`` (ISO dates), ``Campaign name``, optionally ``Ad set name``, ``Amount spent
(EUR)`` (the account's currency in brackets), ``Impressions``, ``Link clicks``, ``Results``;
Spanish interface: ``Inicio del informe``, ``Fin del informe``, ``Nombre de la campaña``,
``Nombre del conjunto de anuncios``, ``Importe gastado (EUR)``, ``Impresiones``, ``Clics en el
enlace``, ``Resultados``. With a breakdown by day, the two dates are the same day. A summary row
with no campaign name (or one starting with ``Total``) sums the others and is not counted.
"""

from __future__ import annotations

import re

from omniprint.domain.i18n import tr
from omniprint.ingest import spend
from omniprint.ingest.presets._base import fold
from omniprint.ingest.presets.google_ads import parse_date

NAME = "meta-ads"

_STARTS = ("reporting starts", "inicio del informe", "reporting start")
_ENDS = ("reporting ends", "fin del informe", "reporting end")
_CAMPAIGN = ("campaign name", "nombre de la campana", "campaign", "campana")
_AD_SET = ("ad set name", "nombre del conjunto de anuncios", "ad name", "nombre del anuncio")
_SPENT = ("amount spent", "importe gastado", "cantidad gastada", "importe invertido")
_IMPRESSIONS = ("impressions", "impresiones")
_CLICKS = ("link clicks", "clics en el enlace", "clicks all", "clics todos")
_RESULTS = ("results", "resultados")
_URLS = ("url parameters", "parametros de url", "website url", "url del sitio web",
         "link ad settings", "enlace configuracion del anuncio")  # fmt: skip
_CURRENCY_IN_NAME = re.compile(r"\(([A-Za-z]{3})\)")


def looks_like(lines: list[str]) -> bool:
    """True when the first line names Meta's reporting dates and amount spent."""
    if not lines:
        return False
    names = [fold(n) for n in re.split(r"[\t,;]", lines[0])]
    return bool(set(names) & set(_STARTS)) and any(
        n == a or n.startswith(a + " ") for n in names for a in _SPENT
    )


def read(text: str, encoding: str, file: str) -> spend.SpendRead | None:
    """The export's spend rows, or None when ``text`` is not a Meta Ads Manager export."""
    first = text.splitlines()[:1]
    if not first:
        return None
    table = spend.split_table(text, encoding, 0)
    header = table.header
    where = {
        "starts": spend.column(header, *_STARTS),
        "ends": spend.column(header, *_ENDS),
        "campaign": spend.column(header, *_CAMPAIGN),
        "ad_set": spend.column(header, *_AD_SET),
        "spent": spend.column(header, *_SPENT, prefix=True),
        "impressions": spend.column(header, *_IMPRESSIONS),
        "clicks": spend.column(header, *_CLICKS),
        "results": spend.column(header, *_RESULTS),
    }
    if where["starts"] is None or where["spent"] is None or where["campaign"] is None:
        return None
    currency = _CURRENCY_IN_NAME.search(header[where["spent"]])
    urls = spend.url_columns(header, _URLS)
    result = spend.start_read(NAME, table, where, "spent")
    for line, values in table.rows:
        result.rows += 1
        name = spend.cell(values, where["campaign"])
        if not name or spend.is_total(name):
            continue  # the summary row of the whole account
        start = parse_date(spend.cell(values, where["starts"]))
        end = parse_date(spend.cell(values, where["ends"])) if where["ends"] is not None else start
        if not start or not end:
            result.problems.append(
                spend.problem(table, line, where["starts"], tr("not a date"), values)
            )
            continue
        spend.add_row(
            result, table, line, values, platform="meta", campaign=name, period=(start, end),
            currency=currency[1].upper() if currency else None, where=where,
            fields=("spent", "impressions", "clicks", "results"), urls=urls,
        )  # fmt: skip
    return result
