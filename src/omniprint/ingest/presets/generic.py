"""A redemption list kept by hand or by a till: date, code, amount, store - in Spanish or English.

Also the reader for any layout the user maps once (``--map code=Cupón,date=Fecha,...``): the same
fields, found by the user's column names instead of by the names below.

Records are ``redemption`` (or ``order`` when an order column is mapped or found). Without an
order or receipt number the natural key is built from the date, the normalised code, the amount
and the store - plus ``#2``, ``#3``... for identical rows, which stay distinct redemptions.
"""

from __future__ import annotations

from collections.abc import Mapping

from omniprint.domain.i18n import tr, tr_noop
from omniprint.domain.responses import MAPPABLE_FIELDS, ColumnMapping
from omniprint.ingest.presets._base import (
    CANCELLED_WORDS,
    Context,
    Found,
    Preset,
    Reader,
    fold,
    names,
    new_response,
    postcode_of,
    resolve,
)
from omniprint.ingest.table import Row

ALIASES: dict[str, tuple[str, ...]] = {
    "date": names(
        "fecha|date|fecha de canje|fecha canje|fecha y hora|fecha hora|dia|redeemed at|"
        "redemption date|date redeemed|used at|fecha de uso|timestamp|date time|datetime"
    ),
    "time": names("hora|time|hora de canje"),
    "code": names(
        "codigo|code|cupon|coupon|coupon code|codigo cupon|codigo de cupon|"
        "codigo descuento|codigo de descuento|discount code|promo code|promo|voucher|"
        "voucher code|vale|codigo promocional|cupon descuento"
    ),
    "amount": names(
        "importe|amount|total|monto|valor|importe venta|importe total|importe ticket|"
        "total ticket|ticket total|sale amount|sale|venta|revenue|precio|price|spend|"
        "gasto"
    ),
    "store": names(
        "tienda|store|local|sucursal|shop|location|ubicacion|branch|punto de venta|"
        "establecimiento|caja|till"
    ),
    "receipt": names(
        "ticket|no ticket|n ticket|num ticket|numero de ticket|numero ticket|receipt|"
        "receipt number|receipt no|recibo|numero de recibo|folio|factura|no factura|"
        "transaction id"
    ),
    "order": names("order|order id|order number|pedido|no pedido|numero de pedido"),
    "currency": names("currency|moneda|divisa"),
    "refunded": names("refunded|refund|devuelto|reembolso|importe devuelto"),
    "status": names("status|estado"),
    "postcode": names("cp|codigo postal|postcode|post code|postal code|zip|zip code"),
    "utm_source": names("utm source"),
    "utm_medium": names("utm medium"),
    "utm_campaign": names("utm campaign"),
    "utm_content": names("utm content"),
    "landing_url": names("landing url|landing page|url"),
    "name": names("nombre|name|cliente|customer|customer name|nombre cliente"),
    "email": names("email|e mail|correo|correo electronico|mail"),
    "phone": names("telefono|phone|movil|tel|mobile"),
}
# Kept in Response.personal, and only when the caller asks for it.
_PERSONAL = ("name", "email", "phone")


class GenericPreset(Preset):
    """A list of redemptions with at least a date and a code column (or a mapped layout)."""

    name = "generic"
    kind = "redemption"
    aliases = ALIASES
    required = ("date", "code")
    missing = tr_noop("needs a date and a code column")

    def score(self, folded: set[str]) -> int:
        found = {f for f, names_ in ALIASES.items() if folded & set(names_)}
        if "date" in found and "code" in found:
            return 10 + len(found)
        return 0

    def bind(self, header: list[str], mapping: Mapping[str, str] | None = None) -> Reader:
        """The columns by their aliases, or by the user's ``mapping`` (field -> column name) of
        a layout no preset knows, checked as a whole."""
        if mapping is None:
            return super().bind(header)
        found = Found(resolve(header, ALIASES, mapping))
        issues = ColumnMapping("", mapping).problems()
        if issues:
            raise ValueError("; ".join(issues))
        return self.reader(header, found)

    def reader(self, header: list[str], found: Found) -> Reader:
        return GenericReader(header, found)


class GenericReader(Reader):
    def __init__(self, header: list[str], columns: dict[str, int]) -> None:
        self.header = header
        self.columns = columns
        self.width = len(header)
        self.mapping = {f: header[i] for f, i in columns.items() if f in MAPPABLE_FIELDS}
        self.date_columns = [columns["date"]]
        self.amount_columns = [columns[f] for f in ("amount", "refunded") if f in columns]
        self.kind = "order" if "order" in columns else "redemption"
        get = columns.get
        self._i = (get("date"), get("time"), get("code"), get("amount"), get("store"))
        self._id = get("order", get("receipt"))
        self._extra = [(f, columns[f]) for f in _EXTRA if f in columns]

    def start(self, ctx: Context) -> None:
        super().start(ctx)
        # A currency shown by the amounts themselves ("45,00 €") when no column names it.
        self._base = {"currency": ctx.currency} if ctx.currency else {}

    def row(self, row: Row) -> None:
        values = row.values
        if len(values) != self.width and not self._fits(row):
            return
        ctx = self.ctx
        date_i, time_i, code_i, amount_i, store_i = self._i
        text = values[date_i].strip()
        if time_i is not None and values[time_i].strip():
            text = f"{text} {values[time_i].strip()}"
        if not text:
            ctx.problem(row.line, self.header[date_i], tr("the date is empty"), values)
            return
        try:
            occurred = ctx.dates.iso(text)
        except ValueError as exc:
            ctx.problem(row.line, self.header[date_i], str(exc), values)
            return
        code = values[code_i].strip() if code_i is not None else ""
        codes = (code,) if code else ()
        key = values[self._id].strip() if self._id is not None else ""
        if not code and not key and not self._has_utm(values):
            ctx.problem(row.line, self._name(code_i), tr("the code is empty"), values)
            return
        amount = None
        if amount_i is not None:
            try:
                amount = ctx.amounts.optional(values[amount_i])
            except ValueError as exc:
                ctx.problem(row.line, self.header[amount_i], str(exc), values)
                return
        store = (values[store_i].strip() or None) if store_i is not None else None
        if not key:
            key = ctx.unique(f"{occurred}|{code_key(code)}|{amount}|{store or ''}")
        extra = self._read_extra(values, row) if self._extra else self._base
        if extra is None:
            return
        record = new_response(
            self.kind, ctx.source, key, row.line, occurred,
            codes=codes, amount_cents=amount, store=store, **extra,
        )  # fmt: skip
        ctx.add(record, values)

    def _read_extra(self, values: list[str], row: Row) -> dict | None:
        """The optional fields (postcodes, UTM, refund, status...), rarer in hand-kept lists."""
        extra = dict(self._base)
        personal = []
        for fieldname, index in self._extra:
            text = values[index].strip()
            if not text:
                continue
            if fieldname == "refunded":
                try:
                    extra["refunded_cents"] = abs(self.ctx.amounts.cents(text))
                except ValueError as exc:
                    self.ctx.problem(row.line, self.header[index], str(exc), values)
                    return None
            elif fieldname == "status":
                extra["cancelled"] = fold(text) in CANCELLED_WORDS
            elif fieldname == "currency":
                extra["currency"] = text.upper()
            elif fieldname == "postcode":
                extra["billing_postcode"] = postcode_of(text)
            elif fieldname == "shipping_postcode":
                extra["shipping_postcode"] = postcode_of(text)
            elif fieldname in _PERSONAL:
                personal.append((fieldname, text))
            else:
                extra[fieldname] = text
        if personal:
            extra["personal"] = self.ctx.personal(personal)
        return extra

    def _has_utm(self, values: list[str]) -> bool:
        return any(values[i].strip() for f, i in self._extra if f.startswith("utm_"))

    def _fits(self, row: Row) -> bool:
        values = row.values
        if len(values) < self.width:
            values.extend([""] * (self.width - len(values)))
            return True
        if any(v.strip() for v in values[self.width :]):
            self.ctx.problem(
                row.line,
                None,
                tr("has {count} fields but the header has {width}").format(
                    count=len(values), width=self.width
                ),
                values,
            )
            return False
        del values[self.width :]
        return True

    def _name(self, index: int | None) -> str | None:
        return self.header[index] if index is not None else None


def code_key(text: str) -> str:
    """``omniprint.domain.codes.normalize``, done with ``str.replace``: five times faster.

    ``str.translate`` with a dict looks each character up in Python objects; a million-row list
    spent a fifth of its time there. A test checks both give the same key.
    """
    key = text.upper()
    if not key.isalnum():
        key = "".join(key.split()).replace("-", "").replace("_", "").replace(".", "")
    return key.replace("O", "0").replace("I", "1").replace("L", "1")


_EXTRA = (
    "refunded",
    "status",
    "currency",
    "postcode",
    "shipping_postcode",
    "landing_url",
    "utm_source",
    "utm_medium",
    "utm_campaign",
    "utm_content",
    "name",
    "email",
    "phone",
)
