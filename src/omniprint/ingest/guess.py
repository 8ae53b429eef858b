"""A first answer to "which column is which" for a layout no preset knows.

The guess looks at a column's **name and values** together, never at its position: a column is
proposed for ``date`` when its values are dates, for ``amount`` when they are amounts and its name
says money, for ``receipt`` when its name says number or id and its values are all different, for
``code`` when its name says code, coupon or voucher. When no column can hold a code, an order, a
receipt or a UTM value, the message says so plainly: such a file cannot be matched to anything
printed, whatever mapping is given.
"""

from __future__ import annotations

import re
from itertools import islice

from omniprint.domain.errors import UnknownLayoutError
from omniprint.domain.i18n import tr
from omniprint.domain.responses import MAPPABLE_FIELDS
from omniprint.ingest.dates import DateOrder, infer_date_order, parse_datetime
from omniprint.ingest.numbers import parse_amount
from omniprint.ingest.presets._base import fold
from omniprint.ingest.table import TableStream

__all__ = ["guess_mapping", "unknown_layout"]

_SAMPLE_ROWS = 200

# Words in a folded column name that point at a field (whole words, see _has).
_WORDS: dict[str, tuple[str, ...]] = {
    "code": ("code", "codigo", "coupon", "cupon", "cupom", "voucher", "vale", "promo",
             "discount", "descuento", "desconto", "promocode"),
    "order": ("order", "pedido", "orden", "encomenda"),
    "receipt": ("receipt", "ticket", "recibo", "folio", "invoice", "factura", "transaction",
                "transaccion", "operacion", "payment", "pago"),
    "amount": ("amount", "total", "importe", "monto", "valor", "price", "precio", "revenue",
               "gross", "bruto", "net", "neto", "sales", "ventas", "paid", "pagado", "sum",
               "cobrado", "charged"),
    "date": ("date", "fecha", "data", "day", "dia", "created", "time", "timestamp", "when",
             "momento", "cuando"),
    "store": ("store", "tienda", "shop", "location", "ubicacion", "sucursal", "branch", "loja",
              "sitio", "local", "caja", "till"),
    "currency": ("currency", "moneda", "divisa", "moeda"),
    "postcode": ("zip", "postcode", "postal", "cp", "cep"),
    "utm_source": ("utm source",),
    "utm_medium": ("utm medium",),
    "utm_campaign": ("utm campaign",),
    "utm_content": ("utm content",),
}  # fmt: skip
_ID_WORDS = ("id", "no", "number", "numero", "num", "n", "#", "ref", "reference", "referencia")
_NOT_CODE = ("postal", "zip", "postcode", "country", "pais", "sku", "product", "item", "tracking")
_CURRENCIES = frozenset(
    [
        "EUR",
        "USD",
        "GBP",
        "MXN",
        "BRL",
        "ARS",
        "CLP",
        "COP",
        "PEN",
        "UYU",
        "CAD",
        "AUD",
        "CHF",
        "JPY",
    ]
)
_CODE_VALUE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]{2,29}$")


def _has(name: str, words: tuple[str, ...]) -> bool:
    padded = f" {name} "
    return any(f" {w} " in padded for w in words)


def _share(values: list[str], test) -> float:
    filled = [v for v in values if v]
    if not filled:
        return 0.0
    return sum(1 for v in filled if test(v)) / len(filled)


def _is_date(text: str) -> bool:
    if infer_date_order([text]) in (DateOrder.DMY, DateOrder.MDY, DateOrder.AMBIGUOUS):
        return True
    try:
        parse_datetime(text, order=DateOrder.AMBIGUOUS)
    except ValueError:
        return False
    return any(ch.isdigit() for ch in text)


def _is_amount(text: str) -> bool:
    try:
        parse_amount(text)
    except ValueError:
        return False
    return True


def guess_mapping(header: list[str], rows: list[list[str]]) -> dict[str, str]:
    """field -> column name for the columns whose name and values agree; may be empty."""
    columns = [
        (name, fold(name), [r[i].strip() if i < len(r) else "" for r in rows])
        for i, name in enumerate(header)
        if name.strip()
    ]
    found: dict[str, str] = {}
    taken: set[str] = set()

    def take(field: str, test) -> None:
        if field in found:
            return
        for name, folded, values in columns:
            if name not in taken and test(folded, values):
                found[field] = name
                taken.add(name)
                return

    for utm in ("utm_source", "utm_medium", "utm_campaign", "utm_content"):
        take(utm, lambda f, v, utm=utm: _has(f, _WORDS[utm]))
    take("date", lambda f, v: _share(v, _is_date) >= 0.5 and _has(f, _WORDS["date"]))
    take("date", lambda f, v: _share(v, _is_date) >= 0.9)
    take(
        "code",
        lambda f, v: (
            _has(f, _WORDS["code"])
            and not _has(f, _NOT_CODE)
            and _share(v, lambda t: bool(_CODE_VALUE.match(t))) >= 0.5
        ),
    )
    take(
        "order",
        lambda f, v: _has(f, _WORDS["order"]) and _unique(v) and not _share(v, _is_date) > 0.5,
    )
    take(
        "receipt",
        lambda f, v: (
            (_has(f, _WORDS["receipt"]) or _has(f, _ID_WORDS))
            and _unique(v)
            and _share(v, _is_date) < 0.5
            and _share(v, lambda t: "@" in t) == 0
        ),
    )
    take(
        "amount",
        lambda f, v: _has(f, _WORDS["amount"]) and _share(v, _is_amount) >= 0.9,
    )
    take("currency", lambda f, v: _share(v, lambda t: t.upper() in _CURRENCIES) >= 0.9)
    take("postcode", lambda f, v: _has(f, _WORDS["postcode"]))
    take("store", lambda f, v: _has(f, _WORDS["store"]))
    return found


def _unique(values: list[str]) -> bool:
    filled = [v for v in values if v]
    return len(filled) >= 1 and len(set(filled)) == len(filled)


def unknown_layout(stream: TableStream, file: str) -> UnknownLayoutError:
    """The error for a header no preset knows: its columns, a guessed mapping and what it lacks."""
    header = stream.header
    try:
        rows = [row.values for row in islice(stream, _SAMPLE_ROWS)]
    except Exception:
        rows = []
    guess = guess_mapping(header, rows)
    columns = ", ".join(f"“{name}”" for name in header if name)
    parts = [
        tr("this layout is not one OmniPrint knows. Its columns are: {columns}.").format(
            columns=columns
        )
    ]
    identifying = {"code", "order", "receipt", "utm_source", "utm_campaign", "utm_content"}
    if not identifying & set(guess):
        parts.append(
            tr(
                "No column looks like a coupon code, an order or receipt number or a UTM value, "
                "so nothing in this file can be matched to what was printed (is it the right "
                "export?)."
            )
        )
    if guess:
        proposal = ",".join(f"{f}={c}" for f, c in guess.items())
        parts.append(
            tr(
                'Guessed from the names and values: --map "{mapping}" (check it; it is '
                "remembered for files with these columns)."
            ).format(mapping=proposal)
        )
    parts.append(
        tr(
            "A mapping needs 'date' and 'code' (or an order, receipt or UTM column); the fields "
            "are: {fields}"
        ).format(fields=", ".join(MAPPABLE_FIELDS))
    )
    return UnknownLayoutError(
        file, " ".join(parts), columns=list(header), guess=guess, line=stream.header_line
    )
