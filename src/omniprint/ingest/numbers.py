"""Money and numbers as people and tills write them: ``1.234,50 €``, ``$1,234.50``, ``(45.00)``.

Amounts become :class:`~decimal.Decimal` (never float) and then integer cents. Which of ``.`` and
``,`` is the decimal mark is decided for a whole column by :func:`infer_decimal`, because one value
such as ``1,234`` cannot tell by itself.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal

from omniprint.domain.i18n import tr, tr_noop
from omniprint.ingest.cell_error import CellFormatError

__all__ = ["NumberFormatError", "infer_decimal", "parse_amount", "to_cents"]


class NumberFormatError(CellFormatError):
    """A text is not a number or amount; the message names the text.

    Callers that know the file, line and column wrap it in ``InputFileError``.
    """

    WHY = tr_noop("is not a number")


# Currency signs and codes that may stand before or after the number: symbols, "US$" style
# prefixed dollars, Peru's "S/" and three-letter ISO codes (USD, EUR, MXN...).
_CURRENCY = r"(?:[$€£¥₡₲₱₹]|[A-Z]{1,3}\$|S/\.?|[A-Za-z]{3})"
_SPACES = " \t\u00a0\u202f\u2009"
_MINUS = "-\u2212\u2013"  # hyphen, the real minus sign, and the en dash some tools print
_AMOUNT_RE = re.compile(
    rf"""
    (?P<open>\()?\s*
    (?P<sign1>[{_MINUS}+])?\s*
    (?:{_CURRENCY}\s*)?
    (?P<sign2>[{_MINUS}+])?\s*
    (?P<number>\d[\d.,'’{_SPACES}]*|[.,]\d+)
    \s*(?:{_CURRENCY})?\s*
    (?P<close>\))?
    """,
    re.VERBOSE,
)
_GROUP_SEPARATORS = re.compile(rf"['’{_SPACES}]")


def parse_amount(text: str, *, decimal: str | None = None) -> Decimal:
    """Parse an amount with optional currency sign or code, sign, parentheses and separators.

    ``decimal`` is the decimal mark (``"."`` or ``","``), usually from :func:`infer_decimal` on the
    whole column. Without it: when both marks appear the last one is decimal; a mark that appears
    more than once is a thousands separator; a single mark followed by exactly three digits after
    one to three digits (not a lone ``0``) is a thousands separator (``1.234`` and ``1,234`` are
    1234, like ``€ 1.250``); any other single mark is decimal. Spaces, no-break spaces and
    apostrophes are always thousands separators. Parentheses or a leading minus make it negative.
    Raises :class:`NumberFormatError`.
    """
    if decimal not in (None, ".", ","):
        raise ValueError(f"decimal must be '.', ',' or None, not {decimal!r}")
    stripped = text.strip()
    match = _AMOUNT_RE.fullmatch(stripped)
    if match is None:
        raise NumberFormatError(text)
    if bool(match["open"]) != bool(match["close"]):
        raise NumberFormatError(text, tr("has an unbalanced parenthesis"))
    signs = [s for s in (match["sign1"], match["sign2"]) if s]
    if len(signs) > 1 or (signs and match["open"]):
        raise NumberFormatError(text, tr("has more than one sign"))
    negative = bool(match["open"]) or (bool(signs) and signs[0] != "+")
    value = _parse_number(match["number"].rstrip(_SPACES), decimal, text)
    return -value if negative else value


def infer_decimal(samples: Iterable[str]) -> str | None:
    """Decide the decimal mark of a column: ``"."``, ``","`` or None when nothing tells.

    Each sample votes when it is unambiguous (``12,5`` and ``1.234,56`` for ``,``; ``12.5`` and
    ``1,234.56`` for ``.``; ``1.234.567`` for ``,``). Plain integers and ``1,234``-like values do
    not vote. The majority wins; a tie is None, and so is a column with no votes.
    """
    votes: Counter[str] = Counter()
    for sample in samples:
        match = _AMOUNT_RE.fullmatch(sample.strip())
        if match is None:
            continue
        mark = _decimal_evidence(_GROUP_SEPARATORS.sub("", match["number"]))
        if mark:
            votes[mark] += 1
    if votes["."] == votes[","]:
        return None
    return "." if votes["."] > votes[","] else ","


def to_cents(d: Decimal) -> int:
    """Whole cents of an amount, rounding half away from zero (ROUND_HALF_UP) as tills do."""
    return int((d * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _decimal_evidence(number: str) -> str | None:
    dots, commas = number.count("."), number.count(",")
    if dots and commas:
        return "." if number.rfind(".") > number.rfind(",") else ","
    if dots + commas == 0:
        return None
    mark = "." if dots else ","
    if dots + commas > 1:
        return "," if mark == "." else "."
    whole, _, fraction = number.partition(mark)
    if len(fraction) != 3 or not whole or len(whole) > 3 or whole == "0":
        return mark
    return None


def _parse_number(number: str, decimal: str | None, text: str) -> Decimal:
    if decimal is None:
        bare = _GROUP_SEPARATORS.sub("", number)
        decimal = _decimal_evidence(bare)
        if decimal is None and bare != number and bare.count(".") + bare.count(",") == 1:
            # Spaces or apostrophes already group the thousands ("1 234,500"), so a mark is decimal.
            decimal = "." if "." in bare else ","
        if decimal is None:
            # Only "1,234"-like values and plain integers are left: a mark present groups thousands.
            decimal = "," if "." in bare else "."
    whole, mark, fraction = number.partition(decimal)
    if mark and not (fraction.isdigit() and fraction.isascii()):
        raise NumberFormatError(text)
    thousands = "," if decimal == "." else "."
    groups = re.split(rf"[{re.escape(thousands)}'’{_SPACES}]", whole)
    if len(groups) > 1 and (not 1 <= len(groups[0]) <= 3 or any(len(g) != 3 for g in groups[1:])):
        raise NumberFormatError(text, tr("has misplaced thousands separators"))
    digits = "".join(groups)
    if not (digits or fraction) or not (digits.isdigit() or not digits) or not digits.isascii():
        raise NumberFormatError(text)
    return Decimal(f"{digits or '0'}.{fraction}" if fraction else digits)
