"""The names the starter templates give their elements ("footer", "zone ref"), shown in the
language spoken: in the layers list, the inspector's title and the preflight list. Names are
data in the design (a user may rename them), so they are translated where shown, and a name
that is not one of these shows as it is."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

# Numbered names ("divider 2", "tick 3 label") are marked once with {n} for the number.
TEMPLATE_NAMES = (
    QT_TRANSLATE_NOOP("ElementNames", "QR code"),
    QT_TRANSLATE_NOOP("ElementNames", "accent bar"),
    QT_TRANSLATE_NOOP("ElementNames", "address"),
    QT_TRANSLATE_NOOP("ElementNames", "address line {n}"),
    QT_TRANSLATE_NOOP("ElementNames", "back phone"),
    QT_TRANSLATE_NOOP("ElementNames", "badge"),
    QT_TRANSLATE_NOOP("ElementNames", "badge text"),
    QT_TRANSLATE_NOOP("ElementNames", "band"),
    QT_TRANSLATE_NOOP("ElementNames", "band cta"),
    QT_TRANSLATE_NOOP("ElementNames", "benefit"),
    QT_TRANSLATE_NOOP("ElementNames", "book"),
    QT_TRANSLATE_NOOP("ElementNames", "bottom band"),
    QT_TRANSLATE_NOOP("ElementNames", "bottom strip"),
    QT_TRANSLATE_NOOP("ElementNames", "business name"),
    QT_TRANSLATE_NOOP("ElementNames", "code label"),
    QT_TRANSLATE_NOOP("ElementNames", "code panel"),
    QT_TRANSLATE_NOOP("ElementNames", "contact"),
    QT_TRANSLATE_NOOP("ElementNames", "contact title"),
    QT_TRANSLATE_NOOP("ElementNames", "coupon"),
    QT_TRANSLATE_NOOP("ElementNames", "cta"),
    QT_TRANSLATE_NOOP("ElementNames", "cta sub"),
    QT_TRANSLATE_NOOP("ElementNames", "date"),
    QT_TRANSLATE_NOOP("ElementNames", "die-cut"),
    QT_TRANSLATE_NOOP("ElementNames", "divider"),
    QT_TRANSLATE_NOOP("ElementNames", "divider {n}"),
    QT_TRANSLATE_NOOP("ElementNames", "email web"),
    QT_TRANSLATE_NOOP("ElementNames", "expiry"),
    QT_TRANSLATE_NOOP("ElementNames", "find"),
    QT_TRANSLATE_NOOP("ElementNames", "find title"),
    QT_TRANSLATE_NOOP("ElementNames", "footer"),
    QT_TRANSLATE_NOOP("ElementNames", "footer address"),
    QT_TRANSLATE_NOOP("ElementNames", "footer contact"),
    QT_TRANSLATE_NOOP("ElementNames", "footer name"),
    QT_TRANSLATE_NOOP("ElementNames", "footer phone"),
    QT_TRANSLATE_NOOP("ElementNames", "footer web"),
    QT_TRANSLATE_NOOP("ElementNames", "header"),
    QT_TRANSLATE_NOOP("ElementNames", "header title"),
    QT_TRANSLATE_NOOP("ElementNames", "headline"),
    QT_TRANSLATE_NOOP("ElementNames", "hours"),
    QT_TRANSLATE_NOOP("ElementNames", "hours days"),
    QT_TRANSLATE_NOOP("ElementNames", "hours times"),
    QT_TRANSLATE_NOOP("ElementNames", "hours title"),
    QT_TRANSLATE_NOOP("ElementNames", "kicker"),
    QT_TRANSLATE_NOOP("ElementNames", "menu"),
    QT_TRANSLATE_NOOP("ElementNames", "menu title"),
    QT_TRANSLATE_NOOP("ElementNames", "message"),
    QT_TRANSLATE_NOOP("ElementNames", "note"),
    QT_TRANSLATE_NOOP("ElementNames", "offer"),
    QT_TRANSLATE_NOOP("ElementNames", "offer block"),
    QT_TRANSLATE_NOOP("ElementNames", "offer panel"),
    QT_TRANSLATE_NOOP("ElementNames", "ornament"),
    QT_TRANSLATE_NOOP("ElementNames", "ornament {n}"),
    QT_TRANSLATE_NOOP("ElementNames", "person name"),
    QT_TRANSLATE_NOOP("ElementNames", "person title"),
    QT_TRANSLATE_NOOP("ElementNames", "phone"),
    QT_TRANSLATE_NOOP("ElementNames", "quote"),
    QT_TRANSLATE_NOOP("ElementNames", "quote by"),
    QT_TRANSLATE_NOOP("ElementNames", "reasons"),
    QT_TRANSLATE_NOOP("ElementNames", "rule"),
    QT_TRANSLATE_NOOP("ElementNames", "sender"),
    QT_TRANSLATE_NOOP("ElementNames", "services"),
    QT_TRANSLATE_NOOP("ElementNames", "stamp box"),
    QT_TRANSLATE_NOOP("ElementNames", "stamp label"),
    QT_TRANSLATE_NOOP("ElementNames", "step numbers"),
    QT_TRANSLATE_NOOP("ElementNames", "steps"),
    QT_TRANSLATE_NOOP("ElementNames", "subhead"),
    QT_TRANSLATE_NOOP("ElementNames", "tagline"),
    QT_TRANSLATE_NOOP("ElementNames", "terms"),
    QT_TRANSLATE_NOOP("ElementNames", "terms panel"),
    QT_TRANSLATE_NOOP("ElementNames", "terms title"),
    QT_TRANSLATE_NOOP("ElementNames", "tick {n}"),
    QT_TRANSLATE_NOOP("ElementNames", "tick {n} label"),
    QT_TRANSLATE_NOOP("ElementNames", "title"),
    QT_TRANSLATE_NOOP("ElementNames", "top band"),
    QT_TRANSLATE_NOOP("ElementNames", "top block"),
    QT_TRANSLATE_NOOP("ElementNames", "write label"),
    QT_TRANSLATE_NOOP("ElementNames", "write line {n}"),
    QT_TRANSLATE_NOOP("ElementNames", "write title"),
    QT_TRANSLATE_NOOP("ElementNames", "zone ref"),
    QT_TRANSLATE_NOOP("ElementNames", "background"),  # a side's background, in preflight
)
_KNOWN = frozenset(TEMPLATE_NAMES)
_NUMBERED = re.compile(r"^(.*?) (\d+)( label)?$")


def shown_name(name: str) -> str:
    """`name` in the language spoken when it is a template's element name, else as it is."""
    if name in _KNOWN:
        return QCoreApplication.translate("ElementNames", name)
    match = _NUMBERED.match(name)
    if match:
        marked = f"{match.group(1)} {{n}}{match.group(3) or ''}"
        if marked in _KNOWN:
            return QCoreApplication.translate("ElementNames", marked).format(n=match.group(2))
    return name


def shown_side(side: str) -> str:
    """A side's name ("front", "back") in the language spoken."""
    names = {
        "front": QT_TRANSLATE_NOOP("ElementNames", "side: front"),
        "back": QT_TRANSLATE_NOOP("ElementNames", "side: back"),
    }
    marked = names.get(side)
    if marked is None:
        return side
    return QCoreApplication.translate("ElementNames", marked).removeprefix("side: ")
