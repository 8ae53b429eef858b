"""The error of a cell whose text is not the value its column holds (a date, an amount)."""

from __future__ import annotations

from omniprint.domain.i18n import tr, tr_noop


class CellFormatError(ValueError):
    """A text is not a value of the kind a subclass reads; the message names the text.

    Callers that know the file, line and column wrap it in ``InputFileError``.
    """

    WHY = tr_noop("is not a value")
    """The reason given when the caller gives none (translated when raised)."""

    def __init__(self, text: str, reason: str | None = None) -> None:
        reason = tr(self.WHY) if reason is None else reason
        self.text = text
        self.reason = reason
        super().__init__(f"{text!r} {reason}")
