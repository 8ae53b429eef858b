"""Errors whose message is written for the user.

The core never opens dialogs or prints: it raises one of these, and the CLI prints the message
while the GUI shows it. A message says what is wrong and where (file, line, column, field) and
what to do.
"""

from __future__ import annotations

from collections.abc import Sequence

from omniprint.domain.i18n import tr


class OmniPrintError(Exception):
    """Base of every error meant to be shown to the user as it is.

    `kind` names the situation for a face that words it its own way (the GUI names a button
    where the message, written for the CLI, names a command); `details` are the values the
    message was filled with. Both are optional: most errors are shown as they are."""

    def __init__(self, *args: object, kind: str | None = None, **details: object) -> None:
        super().__init__(*args)
        self.kind = kind
        self.details = details


class ValidationError(OmniPrintError):
    """A value the user gave is not acceptable (bad URL, negative amount, unknown size...)."""


class NotFoundError(OmniPrintError):
    """A campaign, piece, zone or code named by the user does not exist."""


def known_names(names: Sequence[str], listed: str, none: str) -> str:
    """How a "no such thing" message ends: the names that do exist (`listed`, with {names}), or
    `none` when there are none, so that the user sees what to type instead."""
    return listed.format(names=", ".join(names)) if names else none


class ConflictError(OmniPrintError):
    """The change would clash with what the workspace already holds (duplicate name, code...)."""


class WorkspaceError(OmniPrintError):
    """The workspace file cannot be opened or written (not a workspace, newer version...)."""


class Cancelled(OmniPrintError):
    """Long work was cancelled by the user; nothing of it was kept."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(tr("Cancelled: nothing was changed.") if message is None else message)


class InputFileError(OmniPrintError):
    """A file the user gave cannot be read; names the file and, where known, the line and column."""

    def __init__(
        self,
        file: str,
        reason: str,
        *,
        line: int | None = None,
        column: str | int | None = None,
    ) -> None:
        self.file = file
        self.reason = reason
        self.line = line
        self.column = column
        where = file
        if line is not None:
            where += tr(", line {line}").format(line=line)
        if column is not None:
            where += tr(", column {column}").format(column=column)
        super().__init__(f"{where}: {reason}")


class NotATableError(InputFileError):
    """The file is a document, a workbook or an image, not a text table: no mapping can help."""


class UnknownLayoutError(InputFileError):
    """A table whose layout no preset knows. ``columns`` are its column names and ``guess`` the
    mapping (field -> column) proposed from the names and the values, possibly empty."""

    def __init__(
        self,
        file: str,
        reason: str,
        *,
        columns: list[str],
        guess: dict[str, str],
        line: int | None = None,
    ) -> None:
        super().__init__(file, reason, line=line)
        self.columns = columns
        self.guess = guess


class RowErrors(OmniPrintError):
    """A file had rows that cannot be taken; nothing of it was imported. Lists every bad row."""

    SHOWN = 20

    def __init__(self, file: str, problems: list[InputFileError]) -> None:
        self.file = file
        self.problems = problems
        lines = [
            tr("{file}: {count} rows cannot be imported, so nothing was imported:").format(
                file=file, count=len(problems)
            )
        ]
        for problem in problems[: self.SHOWN]:
            where = (
                tr("line {line}").format(line=problem.line)
                if problem.line is not None
                else tr("file")
            )
            if problem.column is not None:
                where += tr(", column {column}").format(column=problem.column)
            lines.append(f"  {where}: {problem.reason}")
        if len(problems) > self.SHOWN:
            lines.append(tr("  ... and {count} more").format(count=len(problems) - self.SHOWN))
        super().__init__("\n".join(lines))
