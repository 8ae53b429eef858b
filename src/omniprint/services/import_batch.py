"""Importing several files as one: all of them go in, or none does, and each file's outcome is
known either way (`omniprint import a.csv b.csv`)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from omniprint.domain.errors import InputFileError, NotFoundError, ValidationError
from omniprint.domain.tasks import NEVER_CANCELLED, CancelToken, ProgressFn, no_progress
from omniprint.services.imports import ImportResult, import_file
from omniprint.storage.workspace import Workspace

__all__ = ["FileOutcome", "ImportBatch", "import_files"]


@dataclass(frozen=True)
class FileOutcome:
    """What became of one file of a several-file import.

    ``result`` is what reading it gave (None when it could not be read); ``error`` why it could not
    be read (naming the file, and the line and column when known); ``imported`` whether its
    records are in the workspace (all files go in together, so a readable file is not imported
    when another one could not be read)."""

    file: str
    result: ImportResult | None
    error: str | None
    imported: bool


@dataclass(frozen=True)
class ImportBatch:
    """Every file of one import, in the order given; ``imported`` when all of them went in."""

    files: list[FileOutcome]

    @property
    def imported(self) -> bool:
        return all(f.imported for f in self.files)

    @property
    def failed(self) -> list[FileOutcome]:
        return [f for f in self.files if f.error is not None]


class _NotAll(Exception):
    """Rolls a several-file import back when one of its files could not be read."""


def import_files(
    ws: Workspace,
    paths: list[str | Path],
    *,
    preset: str | None = None,
    mapping: dict[str, str] | None = None,
    date_order: str | None = None,
    keep_personal: bool = False,
    source: str | None = None,
    progress: ProgressFn = no_progress,
    cancel: CancelToken = NEVER_CANCELLED,
) -> ImportBatch:
    """Import several files as one: all of them, or - when one cannot be read at all (no such
    file, not a table, a layout no preset knows, dates that cannot be told apart...) - none.

    Every file is read either way, so the outcome of each is known and can be shown: a file that
    comes after a bad one is still checked. Rows refused inside a readable file do not stop the
    others (they are kept with their line and reason, as for one file). A cancel rolls everything
    back and raises `Cancelled`."""
    outcomes: list[FileOutcome] = []
    try:
        with ws.transaction():
            for path in paths:
                try:
                    result = import_file(
                        ws,
                        path,
                        preset=preset,
                        mapping=mapping,
                        date_order=date_order,
                        keep_personal=keep_personal,
                        source=source,
                        progress=progress,
                        cancel=cancel,
                    )
                except (InputFileError, ValidationError, NotFoundError) as exc:
                    named = isinstance(exc, InputFileError) and exc.file == str(path)
                    error = str(exc) if named else f"{path}: {exc}"
                    outcomes.append(FileOutcome(str(path), None, error, False))
                else:
                    outcomes.append(FileOutcome(str(path), result, None, True))
            if any(o.error is not None for o in outcomes):
                raise _NotAll
    except _NotAll:
        outcomes = [replace(o, imported=False) for o in outcomes]
    return ImportBatch(outcomes)
