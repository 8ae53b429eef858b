"""What the import wizard calls things: separators, date orders, the fields a column can be,
the kinds of record, and the sentences that count (one file, two files)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from omniprint.domain import formatting as fmt
from omniprint.domain.i18n import ntr
from omniprint.domain.i18n import tr as domain_tr
from omniprint.domain.responses import MAPPABLE_FIELDS

CONTEXT = "ImportWizard"

DELIMITERS = {
    ",": QT_TRANSLATE_NOOP("ImportWizard", "comma"),
    ";": QT_TRANSLATE_NOOP("ImportWizard", "semicolon"),
    "\t": QT_TRANSLATE_NOOP("ImportWizard", "tab"),
    "|": QT_TRANSLATE_NOOP("ImportWizard", "vertical bar"),
}
DATE_ORDERS = {
    "dmy": QT_TRANSLATE_NOOP("ImportWizard", "day/month/year"),
    "mdy": QT_TRANSLATE_NOOP("ImportWizard", "month/day/year"),
    "ymd": QT_TRANSLATE_NOOP("ImportWizard", "year-month-day"),
}
FIELDS = {
    "date": QT_TRANSLATE_NOOP("ImportWizard", "Date"),
    "time": QT_TRANSLATE_NOOP("ImportWizard", "Time"),
    "code": QT_TRANSLATE_NOOP("ImportWizard", "Code"),
    "amount": QT_TRANSLATE_NOOP("ImportWizard", "Amount"),
    "refunded": QT_TRANSLATE_NOOP("ImportWizard", "Refunded"),
    "currency": QT_TRANSLATE_NOOP("ImportWizard", "Currency"),
    "store": QT_TRANSLATE_NOOP("ImportWizard", "Store"),
    "order": QT_TRANSLATE_NOOP("ImportWizard", "Order number"),
    "receipt": QT_TRANSLATE_NOOP("ImportWizard", "Receipt number"),
    "status": QT_TRANSLATE_NOOP("ImportWizard", "Status"),
    "postcode": QT_TRANSLATE_NOOP("ImportWizard", "Postcode"),
    "shipping_postcode": QT_TRANSLATE_NOOP("ImportWizard", "Shipping postcode"),
    "landing_url": QT_TRANSLATE_NOOP("ImportWizard", "Landing page"),
    "utm_source": "utm_source",
    "utm_medium": "utm_medium",
    "utm_campaign": "utm_campaign",
    "utm_content": "utm_content",
    "name": QT_TRANSLATE_NOOP("ImportWizard", "Name"),
    "email": QT_TRANSLATE_NOOP("ImportWizard", "Email"),
    "phone": QT_TRANSLATE_NOOP("ImportWizard", "Phone"),
}
KINDS = {
    "redemption": QT_TRANSLATE_NOOP("ImportWizard", "redemption"),
    "order": QT_TRANSLATE_NOOP("ImportWizard", "order"),
    "visit": QT_TRANSLATE_NOOP("ImportWizard", "visit"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def field_label(name: str) -> str:
    return tr(FIELDS.get(name, name))


def field_meaning(name: str) -> str:
    """What a field means (from the domain, in the core catalogue)."""
    return domain_tr(MAPPABLE_FIELDS[name])


def kind_text(kind: str) -> str:
    return tr(KINDS.get(kind, kind))


def amount_cell(cents: int | None, currency: str | None) -> str:
    if cents is None:
        return ""
    return fmt.money(cents, currency) if currency else fmt.amount_input(cents)


def records(n: int) -> str:
    """ "1 record", "5 records" in the language spoken."""
    return ntr("{n} record", "{n} records", n)


def files_ready(files: int, found: int, refused: int) -> str:
    if not refused:
        text = ntr("{n} file ready: {records}.", "{n} files ready: {records}.", files)
    else:
        text = ntr(
            "{n} file ready: {records}; refused rows: {bad}.",
            "{n} files ready: {records}; refused rows: {bad}.",
            files,
        )
    return text.format(records=records(found), bad=fmt.number(refused))


def files_waiting(files: int) -> str:
    return ntr(
        "{n} file needs your help and will not be imported as it is.",
        "{n} files need your help and will not be imported as they are.",
        files,
    )
