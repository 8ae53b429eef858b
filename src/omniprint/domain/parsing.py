"""Numbers as people type them into the plan: counts, percentages, money and unit costs.

One function per kind of value, used by the GUI and the CLI alike, so typing the same text in
either face stores the same number (or is refused with the same sentence).

A person may group thousands with a dot, a comma, a space or an apostrophe (``1.234``, ``1,234``,
``1 234``, ``1'234``) and write decimals with a dot or a comma (``12,5``, ``0.045``). When a text
has both marks, the last one is the decimal mark. When it has one mark once, it is the decimal mark
unless the value cannot have decimals there: a count never has decimals, so ``1.234`` households is
1234, and ``1.5`` households is refused rather than read as 15.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from omniprint.domain.errors import ValidationError
from omniprint.domain.i18n import tr, tr_noop
from omniprint.domain.money import CURRENCIES

# What a value is called in messages (``what=``), translated where the message is made.
WHATS = (
    tr_noop("households"),
    tr_noop("quantity"),
    tr_noop("coverage"),
    tr_noop("budget"),
    tr_noop("cost per thousand"),
    tr_noop("unit cost"),
    tr_noop("amount"),
)

# Spaces people (and spreadsheets) put between thousands: plain, no-break, narrow no-break, thin.
_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " "})
_CHARS = re.compile(r"^\+?[\d.,' ]*\d[\d.,' ]*$")
# A leading zero is never a thousands group: "0.045" is a decimal, never 45.
_GROUPED = re.compile(r"^[1-9]\d{0,2}(?:[.,' ]\d{3})+$")
_CODES = "|".join(CURRENCIES)
# A currency written before or after the amount ("EUR 12,50", "12,50 €"), never letters inside.
_CURRENCY = re.compile(rf"^(?:{_CODES}|[€$£]|S/)\s*|\s*(?:{_CODES}|[€$£])$", re.IGNORECASE)
_PERCENT = re.compile(r"\s*%$")


def _number(
    text: str, what: str, max_places: int, example: str, strip: re.Pattern | None = None
) -> Decimal:
    """The value of `text`, a non-negative number with at most `max_places` decimals.

    `strip` removes what may surround the number (a currency, a percent sign); messages quote
    the text as typed.
    """
    cleaned = str(text).translate(_SPACES).strip()
    if strip is not None:
        cleaned = strip.sub("", cleaned).strip()

    def refuse(message: str) -> ValidationError:
        return ValidationError(message.format(what=tr(what), text=str(text), example=example))

    invalid = (
        tr("{what} must be a whole number such as {example} (got {text!r})")
        if max_places == 0
        else tr("{what} must be a number such as {example} (got {text!r})")
    )
    if not _CHARS.match(cleaned) or "  " in cleaned:
        raise refuse(invalid)
    cleaned = cleaned.lstrip("+").strip()
    whole, fraction = cleaned, ""
    marks = [i for i, c in enumerate(cleaned) if c in ".,"]
    if marks:
        last = marks[-1]
        kinds = {cleaned[i] for i in marks}
        after = cleaned[last + 1 :]
        # One mark used once: a decimal mark, unless it can only be a thousands mark here.
        single = len(marks) == 1
        thousands = single and bool(_GROUPED.match(cleaned)) and len(after) > max_places
        if len(kinds) == 2 or (single and not thousands):
            whole, fraction = cleaned[:last], after
    if fraction and (max_places == 0 or not fraction.isdigit()):
        raise refuse(invalid)
    if len(fraction) > max_places:
        message = tr("{what} has more than {max_places} decimals (got {text!r})")
        raise ValidationError(message.format(what=tr(what), max_places=max_places, text=text))
    whole = whole or "0"
    # Thousands marks: either none, or one kind of mark between groups of exactly three digits.
    if not whole.isdigit():
        separators = {c for c in whole if not c.isdigit()}
        if len(separators) != 1 or not _GROUPED.match(whole):
            raise refuse(invalid)
        whole = "".join(c for c in whole if c.isdigit())
    return Decimal(f"{whole}.{fraction or '0'}")


def parse_count(text: str, *, what: str = "quantity") -> int:
    """A whole number typed by a person: ``1234``, ``1.234``, ``1,234`` or ``1 234`` -> 1234.

    Raises `ValidationError` naming `what` for anything else, including ``1.5`` (a count has no
    decimals; reading it as 15 would silently store ten times what was meant).
    """
    return int(_number(text, what, 0, "1234"))


def parse_percent_bp(text: str, *, what: str = "coverage") -> int:
    """A percentage from 0 to 100 (``85``, ``12,5 %``, ``12.5%``) in basis points (1250)."""
    value = _number(text, what, 2, "85", _PERCENT)
    if value > 100:
        raise ValidationError(
            tr("{what} must be a percentage from 0 to 100 (got {text!r})").format(
                what=tr(what), text=text
            )
        )
    return int(value * 100)


def parse_money_cents(text: str, *, what: str = "amount") -> int:
    """An amount of money in cents: ``1500``, ``1.500,50``, ``1,500.50``, ``1500 €`` -> cents."""
    return int(_number(text, what, 2, "1500,50", _CURRENCY) * 100)


def parse_unit_cost(text: str, *, what: str = "unit cost") -> int:
    """A price per piece (``0,045``) as cents per thousand pieces (4500), exact to 1/1000 cent."""
    value = _number(text, what, 5, "0,045", _CURRENCY) * 100_000
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))
