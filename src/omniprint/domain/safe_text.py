"""One rule for every value a user types that ends up in a link, a file name or a config file.

Control characters (CR, LF, TAB, NUL and the rest of C0 and C1, DEL) and the Unicode controls
that reorder or break text (bidi embeddings and overrides U+202A-U+202E, isolates U+2066-U+2069,
line and paragraph separators U+2028-U+2029) are refused: in a name they hide what is printed,
in a URL or a redirect base they can start a new line - a new directive - in the nginx, Apache
or Netlify file written from it. Refused, not silently removed, so what is stored is what the
user sees.
"""

from __future__ import annotations

import re

from omniprint.domain.errors import ValidationError
from omniprint.domain.i18n import tr, tr_noop

__all__ = ["check_plain", "first_unsafe"]

# What a value is called in messages (``what=``) by callers that have no list of their own.
_WHATS = (tr_noop("zone code"), tr_noop("code prefix"))

_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_NAMES = {
    "\t": "TAB",
    "\n": "LF (a line break)",
    "\r": "CR (a line break)",
    "\x00": "NUL",
    "\u2028": "LINE SEPARATOR",
    "\u2029": "PARAGRAPH SEPARATOR",
}


def first_unsafe(text: str) -> tuple[int, str] | None:
    """(position, character) of the first character `check_plain` refuses, or None."""
    found = _UNSAFE.search(text)
    return (found.start(), found.group()) if found else None


def describe(char: str) -> str:
    """A character as a person can read it in a message: ``U+202E`` or ``LF (a line break)``."""
    name = _NAMES.get(char)
    code = f"U+{ord(char):04X}"
    return f"{code} {name}" if name else code


def check_plain(text: str, *, what: str) -> str:
    """Return ``text`` unchanged, or raise ValidationError naming ``what`` (already translated or
    a ``tr_noop`` string), the character and where it is when ``text`` holds a control or bidi
    character."""
    found = first_unsafe(text)
    if found is None:
        return text
    position, char = found
    raise ValidationError(
        tr(
            "{what} contains the invisible control character {char} at position {position}: "
            "remove it (line breaks, tabs and text-direction marks are not allowed here)"
        ).format(what=tr(what), char=describe(char), position=position + 1)
    )
