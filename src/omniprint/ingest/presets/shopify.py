"""Shopify admin, Orders > Export (CSV): one row per line item, order fields on the first row only.

An order's rows follow each other under the same ``Name`` (``#1001``); the first carries the
order fields. Records are ``order``s keyed by ``Name``:

* ``amount_cents`` is ``Total`` (what the customer paid: items after discounts, shipping, tax);
  ``refunded_cents`` is ``Refunded Amount``;
* ``codes`` come from ``Discount Code`` (several are listed comma-separated);
* ``cancelled`` when ``Cancelled at`` is set or the payment was voided;
* dates are ``2026-10-03 10:12:44 +0200``: ISO with offset, never ambiguous;
* postcodes are ``Billing Zip`` / ``Shipping Zip`` (an Excel-guarding leading ``'`` is removed);
* UTM fields come from ``Note Attributes`` lines such as ``utm_source: flyer`` when an app
  stored them there; ``Location`` (POS orders) is the store.

Two shops, one currency. Order names restart in every shop (``#1001``), so the source carries
the order's currency (``shopify:EUR``) or the name the user gave (``--source``). Two shops in
the same currency are told apart by ``Id``, the order's global id (unique across every Shopify
shop), which the record carries as ``order_id``. The key stays ``Name``: when the workspace
already holds that name in that source for *another* order (another ``Id``, or, for a record
imported before ids were kept, another ``Created at``), the order is keyed ``#1052 (Id 5512…)``
instead (``storage.responses.settle_keys``). So the same file again, or an overlapping export
of the same shop, finds its orders under the same keys and adds nothing; records imported by
earlier versions (keyed by ``Name``, without an id) are still recognised; and a second shop's
``#1052`` is kept beside the first one's. The export has no shop name or domain column.
"""

from __future__ import annotations

from omniprint.domain.i18n import tr, tr_noop
from omniprint.ingest.numbers import parse_amount
from omniprint.ingest.presets._base import (
    Found,
    Preset,
    Reader,
    new_response,
    postcode_of,
    split_codes,
)
from omniprint.ingest.table import Row

ALIASES: dict[str, tuple[str, ...]] = {
    "order": ("name",),
    "date": ("created at",),
    "amount": ("total",),
    "code": ("discount code",),
    "refunded": ("refunded amount",),
    "currency": ("currency",),
    "cancelled_at": ("cancelled at",),
    "status": ("financial status",),
    "postcode": ("billing zip",),
    "shipping_postcode": ("shipping zip",),
    "store": ("location",),
    "notes": ("note attributes",),
    "email": ("email",),
    "name": ("billing name",),
    "shipping_name": ("shipping name",),
    "phone": ("phone", "billing phone"),
    "shipping_phone": ("shipping phone",),
    "order_id": ("id",),
}
_SIGNATURE = {"name", "financial status", "lineitem quantity", "lineitem name", "created at"}
_PERSONAL = ("email", "name", "shipping_name", "phone", "shipping_phone")
_UTM_KEYS = {
    "utm_source": "utm_source",
    "utm_medium": "utm_medium",
    "utm_campaign": "utm_campaign",
    "utm_content": "utm_content",
    "landing_site": "landing_url",
    "landing_page": "landing_url",
    "landing_url": "landing_url",
}


class ShopifyPreset(Preset):
    name = "shopify"
    kind = "order"
    per_shop = True
    fixed_date_format = True
    decimal = "."
    aliases = ALIASES
    required = ("order", "date", "amount")
    missing = tr_noop("no Name, Created at or Total column")

    def score(self, folded: set[str]) -> int:
        if folded >= _SIGNATURE and "total" in folded:
            return 100 + len(folded & {"discount code", "billing zip", "cancelled at"})
        return 0

    def reader(self, header: list[str], found: Found) -> Reader:
        # A reader of its own: an order's fields are on its first row only, UTM fields inside
        # Note Attributes, and a million-row export read at the speed of a plain list.
        return ShopifyReader(header, found)


class ShopifyReader(Reader):
    def __init__(self, header: list[str], columns: dict[str, int]) -> None:
        self.header = header
        self.width = len(header)
        self.mapping = {f: header[i] for f, i in columns.items()}
        self.date_columns = [columns["date"]]
        self.amount_columns = [columns["amount"]]
        # Absent optional columns read the padding cell at index ``width``: always empty.
        self._i = [columns.get(f, self.width) for f in ALIASES]
        self._personal = [(f, columns[f]) for f in _PERSONAL if f in columns]
        self._current: str | None = None

    def row(self, row: Row) -> None:
        values = row.values
        order_i, date_i, amount_i = self._i[0], self._i[1], self._i[2]
        name = values[order_i] if order_i < len(values) else ""
        if name == self._current:
            return  # another line item of the order being read
        self._current = name
        if len(values) == self.width:
            values.append("")  # the cell that absent optional columns read
        else:
            values = values[: self.width] + [""] * (self.width + 1 - min(len(values), self.width))
        ctx = self.ctx
        (
            _,
            _,
            _,
            code_i,
            refunded_i,
            currency_i,
            cancelled_i,
            status_i,
            postcode_i,
            shipping_i,
            store_i,
            notes_i,
            *_,
            id_i,
        ) = self._i
        created = values[date_i]
        if not name.strip():
            ctx.problem(
                row.line, self.header[order_i], tr("the order name is empty"), values[: self.width]
            )
            return
        if not created.strip():
            ctx.problem(
                row.line,
                self.header[date_i],
                tr(
                    "order {name} starts here without its order fields (Created at is empty)"
                ).format(name=name),
                values[: self.width],
            )
            return
        try:
            occurred = ctx.dates.iso(created)
        except ValueError as exc:
            ctx.problem(row.line, self.header[date_i], str(exc), values[: self.width])
            return
        try:
            total = ctx.amounts.cents(values[amount_i])
            refunded = ctx.amounts.optional(values[refunded_i])
        except ValueError as exc:
            column = amount_i if not _is_amount(values[refunded_i]) else refunded_i
            ctx.problem(row.line, self.header[column], str(exc), values[: self.width])
            return
        cancelled = bool(values[cancelled_i].strip()) or values[status_i].strip() == "voided"
        notes = values[notes_i]
        utm = _note_attributes(notes) if "utm" in notes.lower() or "landing" in notes else _NO_UTM
        personal = (
            ctx.personal((f, values[i]) for f, i in self._personal) if ctx.keep_personal else None
        )
        landing_url, utm_source, utm_medium, utm_campaign, utm_content = utm
        record = new_response(
            "order", ctx.source, name.strip(), row.line, occurred,
            codes=split_codes(values[code_i]), amount_cents=total, refunded_cents=abs(refunded),
            currency=values[currency_i].strip() or None, cancelled=cancelled,
            billing_postcode=postcode_of(values[postcode_i]),
            shipping_postcode=postcode_of(values[shipping_i]), landing_url=landing_url,
            utm_source=utm_source, utm_medium=utm_medium, utm_campaign=utm_campaign,
            utm_content=utm_content, store=values[store_i].strip() or None, personal=personal,
            order_id=values[id_i].strip() or None,
        )  # fmt: skip
        ctx.add(record, values[: self.width], "order")


_NO_UTM: tuple[str | None, ...] = (None,) * 5
_UTM_ORDER = ("landing_url", "utm_source", "utm_medium", "utm_campaign", "utm_content")


def _note_attributes(text: str) -> tuple[str | None, ...]:
    """UTM fields and landing page from ``Note Attributes`` (``key: value`` per line)."""
    found: dict[str, str] = {}
    for line in text.splitlines():
        key, sep, value = line.partition(":")
        # "utm_source", "UTM source", "Utm-Source", "utm  source": one key.
        target = _UTM_KEYS.get(
            "_".join(key.strip().lower().replace("-", " ").replace("_", " ").split())
        )
        if sep and target and value.strip():
            found.setdefault(target, value.strip())
    return tuple(found.get(f) for f in _UTM_ORDER)


def _is_amount(text: str) -> bool:
    if not text.strip():
        return True
    try:
        parse_amount(text)
    except ValueError:
        return False
    return True
