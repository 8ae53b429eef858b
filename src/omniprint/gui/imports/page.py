"""The Import page: the imported files with their provenance; import more, or remove one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from omniprint.domain.i18n import ntr
from omniprint.gui import dialogs
from omniprint.gui.imports.models import ImportsModel
from omniprint.gui.results.table import sorted_table
from omniprint.gui.tasks import Task, TaskRunner
from omniprint.gui.work_page import WorkPage, lead_text, page_title
from omniprint.services import imports
from omniprint.services.workspace import Workspace

FILE_FILTER = "Exports (*.csv *.txt *.tsv);;All files (*)"


def pick_files(parent: QWidget, title: str) -> list[Path]:
    """Files to import, or none when the user cancels (tests answer instead of the dialog)."""
    names, _ = QFileDialog.getOpenFileNames(parent, title, str(Path.home()), FILE_FILTER)
    return [Path(n) for n in names]


class ImportsPage(WorkPage):
    """What `omniprint imports list/remove` does, and the way into the import wizard."""

    import_requested = Signal(list)  # of Path
    changed = Signal()

    def __init__(self, ws: Workspace, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(ws, runner, "imports_page", parent)
        self.task: Task | None = None
        title = page_title(self.tr("Import what came back"))
        lead = lead_text(
            self.tr(
                "Till and web shop exports (Shopify, WooCommerce, Square, Stripe, Loyverse, GA4,"
                " or any list of dates and codes). Drop the files anywhere on this window, or"
                " choose them. Importing the same file twice adds nothing; removing an import"
                " takes out everything that came from it, and nothing else."
            )
        )
        self.pick_button = QPushButton(self.tr("Import files…"), objectName="pick_files")
        self.pick_button.setMinimumHeight(34)
        self.pick_button.setStyleSheet(
            "QPushButton { padding:4px 16px; background:#1f6feb; color:white; border-radius:5px;"
            " font-weight:600; } QPushButton:disabled { background:#9bbcf0; }"
        )
        self.remove_button = QPushButton(self.tr("Remove this import…"), objectName="remove_import")
        self.save_button = QPushButton(self.tr("Save the original…"), objectName="save_original")
        self.save_button.setToolTip(
            self.tr("Write the file as it was imported (UTF-8), to check a row or import it again")
        )
        self.model = ImportsModel(self)
        self.proxy, self.table = sorted_table(self.model, "imports_table", self)
        self.empty = QLabel(
            self.tr("Nothing imported yet. Drop your till or web shop exports here.")
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet(
            "border:2px dashed #b9d3ee; border-radius:8px; color:#1d4f7a; padding:28px;"
            " font-size:12pt;"
        )
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.pick_button)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(lead)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.pick_button.clicked.connect(self.pick)
        self.remove_button.clicked.connect(lambda: self.remove())
        self.save_button.clicked.connect(lambda: self.save())
        self.table.selectionModel().selectionChanged.connect(self._enable)
        self.refresh()

    def set_campaign(self, slug: str | None) -> None:
        self.campaign = slug
        self.refresh()

    def refresh(self) -> None:
        self.model.set_records(imports.list_imports(self.ws))
        self.empty.setVisible(not self.model.records)
        self._enable()

    def _enable(self) -> None:
        chosen = self.selected() is not None and self.task is None
        self.remove_button.setEnabled(chosen)
        self.save_button.setEnabled(chosen)

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.record_at(self.proxy.mapToSource(rows[0]).row()) if rows else None

    def pick(self) -> None:
        paths = pick_files(self, self.tr("Import till or web shop exports"))
        if paths:
            self.import_requested.emit(paths)

    def remove(self, import_id: int | None = None, *, confirm: bool = True) -> Task | None:
        """Remove an import and everything that came from it, in the background."""
        record = next((r for r in self.model.records if r.id == import_id), None)
        record = record or self.selected()
        if record is None or self.task is not None:
            return None
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Remove an import"),
                ntr(
                    "Remove {file} and the {n} record that came from it? The results are"
                    " worked out again without it.",
                    "Remove {file} and the {n} records that came from it? The results are"
                    " worked out again without them.",
                    record.added,
                ).format(file=record.file_name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
        task = self.runner.run(
            self.tr("Removing {file}").format(file=record.file_name),
            imports.remove_import,
            record.id,
            reports=False,
        )
        self.task = task
        task.succeeded.connect(
            lambda n: self.message.emit(
                "success",
                ntr(
                    "Removed {file} and its {n} record.", "Removed {file} and its {n} records.", n
                ).format(file=record.file_name),
            )
        )
        task.failed.connect(self._failed)
        task.finished.connect(self._removed)
        self._enable()
        return task

    def save(self) -> Task | None:
        """Write the selected import's file again, where the user says, in the background."""
        record = self.selected()
        if record is None or self.task is not None:
            return None
        out = dialogs.save_file(
            self, self.tr("Save the original file"), Path.home() / record.file_name,
            self.tr("Exports (*.csv *.txt *.tsv);;All files (*)"),
        )  # fmt: skip
        if out is None:
            return None
        task = self.runner.run(
            self.tr("Saving {file}").format(file=out.name),
            imports.save_original,
            record.id,
            out,
            reports=False,
        )
        self.task = task
        task.succeeded.connect(
            lambda path: self.message.emit(
                "success", self.tr("Saved {file} as it was imported.").format(file=str(path))
            )
        )
        task.failed.connect(self._failed)
        task.finished.connect(self._saved)
        self._enable()
        return task

    def _saved(self) -> None:
        self.task = None
        self._enable()

    def _removed(self) -> None:
        self.task = None
        self.refresh()
        self.changed.emit()
