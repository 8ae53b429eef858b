"""Money as integer cents with a currency code; never floats.

Unit costs of print are often fractions of a cent (0.045 € a leaflet), so per-piece prices are held
as a cost *per thousand* in cents, as printers and distributors quote them: 0.045 € a piece is
4,500 cents per thousand, exact.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from omniprint.domain.errors import ValidationError
from omniprint.domain.i18n import tr, tr_noop

# What a value is called in messages (``what=``), translated where the message is made.
_WHATS = (tr_noop("amount"), tr_noop("unit cost"))


CURRENCIES = {
    "EUR": "€",
    "USD": "$",
    "GBP": "£",
    "MXN": "$",
    "ARS": "$",
    "COP": "$",
    "CLP": "$",
    "PEN": "S/",
    "UYU": "$",
    "CAD": "$",
    "AUD": "$",
    "NZD": "$",
    "CHF": "CHF",
}

_AMOUNT = re.compile(r"^[+]?(\d+)(?:[.,](\d+))?$")


def parse_decimal(text: str, *, what: str = "amount", max_places: int = 2) -> Decimal:
    """Read an amount typed by a user: `1500`, `1500.50` or `1500,50` (no thousands separators).

    Raises `ValidationError` naming `what` when the text is not a non-negative amount with at most
    `max_places` decimals.
    """
    cleaned = str(text).strip().replace(" ", "")
    for symbol in ("€", "$", "£"):
        cleaned = cleaned.replace(symbol, "")
    match = _AMOUNT.match(cleaned)
    if not match:
        raise ValidationError(
            tr("{what} must be a number such as 1500 or 1500.50 (got {text!r})").format(
                what=tr(what), text=text
            )
        )
    whole, fraction = match.group(1), match.group(2) or ""
    if len(fraction) > max_places:
        raise ValidationError(
            tr("{what} has more than {max_places} decimals (got {text!r})").format(
                what=tr(what), max_places=max_places, text=text
            )
        )
    try:
        return Decimal(f"{whole}.{fraction or '0'}")
    except InvalidOperation as exc:  # pragma: no cover - the regex already guards this
        raise ValidationError(
            tr("{what} is not a number (got {text!r})").format(what=tr(what), text=text)
        ) from exc


def to_cents(amount: Decimal) -> int:
    """Whole cents, rounding half up (the way shops round)."""
    return int((amount * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def parse_cents(text: str, *, what: str = "amount") -> int:
    """A user's amount in cents (`12.5` -> 1250)."""
    return to_cents(parse_decimal(text, what=tr(what)))


def cents_each(cents: int, count: int) -> int | None:
    """`cents` shared out over `count` (a cost per response), in whole cents rounded half up;
    None when there is nothing to share it by."""
    if not count:
        return None
    return int((Decimal(cents) / count).quantize(1, ROUND_HALF_UP))


def cost_of(quantity: int, cents_per_1000: int) -> int:
    """What `quantity` pieces cost at `cents_per_1000`, in whole cents (half up)."""
    return (quantity * cents_per_1000 * 2 + 1000) // 2000


def check_currency(code: str) -> str:
    """An ISO 4217 code in upper case; raises for anything that is not three letters."""
    cleaned = (code or "").strip().upper()
    if not re.fullmatch(r"[A-Z]{3}", cleaned):
        raise ValidationError(
            tr("currency must be a three-letter code such as EUR or USD (got {code!r})").format(
                code=code
            )
        )
    return cleaned


def decimal_string(cents: int) -> str:
    """Cents as the plain decimal string used in JSON and CSV output: 123450 -> '1234.50'."""
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    return f"{sign}{cents // 100}.{cents % 100:02d}"
