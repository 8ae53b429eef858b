"""Table models of the import screens: imported files with their provenance."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from omniprint.domain import formatting as fmt
from omniprint.gui.i18n import preset_label
from omniprint.gui.models import RIGHT, Index, RowsModel
from omniprint.gui.results.table import SORT_ROLE
from omniprint.services.tables import ImportRecord


class ImportsModel(RowsModel):
    """Each imported file: name, layout, fingerprint, and what its rows became."""

    CONTEXT = "ImportsModel"
    FILE, PRESET, ROWS, ADDED, KNOWN, REFUSED, WHEN, SHA = range(8)
    HEADERS = (
        QT_TRANSLATE_NOOP("ImportsModel", "File"),
        QT_TRANSLATE_NOOP("ImportsModel", "Read as"),
        QT_TRANSLATE_NOOP("ImportsModel", "Rows"),
        QT_TRANSLATE_NOOP("ImportsModel", "Added"),
        QT_TRANSLATE_NOOP("ImportsModel", "Already known"),
        QT_TRANSLATE_NOOP("ImportsModel", "Refused"),
        QT_TRANSLATE_NOOP("ImportsModel", "Imported"),
        QT_TRANSLATE_NOOP("ImportsModel", "SHA-256"),
    )

    @property
    def records(self) -> list[ImportRecord]:
        return self.rows

    def set_records(self, records: list[ImportRecord]) -> None:
        self.set_rows(records)

    def _value(self, r: ImportRecord, col: int) -> Any:
        return (
            r.file_name, preset_label(r.preset), r.rows, r.added, r.known, r.refused,
            r.imported_at, r.sha256,
        )[col]  # fmt: skip

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record, col = self.records[index.row()], index.column()
        value = self._value(record, col)
        if role == Qt.ItemDataRole.DisplayRole:
            if isinstance(value, int):
                return fmt.number(value)
            if col == self.WHEN:
                return f"{fmt.date_short(value[:10])} {value[11:16]} UTC"
            if col == self.SHA:
                return value[:12] + "…"
            if col == self.PRESET:
                return f"{value} ({record.encoding}, “{record.delimiter}”, {record.date_order})"
            return value
        if role == SORT_ROLE:
            return value
        if role == Qt.ItemDataRole.ToolTipRole and col in (self.SHA, self.FILE):
            return record.sha256
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int):
            return int(RIGHT)
        return None

    def record_at(self, row: int) -> ImportRecord | None:
        return self.records[row] if 0 <= row < len(self.records) else None
