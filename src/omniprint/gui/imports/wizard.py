"""The import wizard: what was recognised in each file, a preview, the columns (fixable with
drop-downs), the rows that will be refused and why, then the import in the background.

Nothing is written until the user presses Import; each file is imported in one transaction, so
Cancel leaves the workspace as it was for the file being imported.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from omniprint.domain import formatting as fmt
from omniprint.domain.errors import NotATableError, OmniPrintError, UnknownLayoutError
from omniprint.domain.i18n import ntr
from omniprint.domain.responses import MAPPABLE_FIELDS, ColumnMapping
from omniprint.gui.i18n import preset_label
from omniprint.gui.imports import words
from omniprint.gui.imports.inspect import FilePreview, inspect_file
from omniprint.gui.imports.words import DATE_ORDERS, DELIMITERS
from omniprint.gui.imports.words import tr as _tr
from omniprint.gui.models import RecordsModel
from omniprint.gui.results.table import CopyTableView
from omniprint.gui.tasks import Task, TaskRunner
from omniprint.gui.widgets import TaskProgress
from omniprint.services import imports
from omniprint.services.tables import header_key
from omniprint.services.workspace import Workspace

ERROR = QColor("#b3261e")


@dataclass
class FileEntry:
    """One file of the wizard and what the user said about it."""

    path: Path
    mapping: dict[str, str] | None = None
    """The columns the user chose (None: as recognised, or as remembered for this header)."""
    date_order: str | None = None
    source: str | None = None
    """The shop or account the user named (None: as remembered for this header, if any)."""
    preview: FilePreview | None = None
    state: str = "reading"  # reading, ready, error, importing, imported, cancelled, failed
    result: imports.ImportResult | None = None


class ImportWizard(QDialog):
    """Check one or many files, fix what needs fixing, then import the good rows."""

    previewed = Signal(object)  # a FileEntry whose preview is ready
    imported = Signal(list)  # the ImportResults, when every file is done
    cancelled = Signal()

    def __init__(
        self, ws: Workspace, runner: TaskRunner, paths: list[Path], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("import_wizard")
        self.setWindowTitle(self.tr("Import what came back"))
        self.resize(1180, 760)
        self.ws, self.runner = ws, runner
        self.entries: list[FileEntry] = []
        self.task: Task | None = None
        self.importing = False
        self.results: list[imports.ImportResult] = []
        self._painted = False
        self._waits = 0

        self.files = QListWidget(objectName="wizard_files")
        self.files.setMinimumWidth(230)
        self.add_button = QPushButton(self.tr("Add files…"), objectName="wizard_add")
        left = QWidget()
        box = QVBoxLayout(left)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(QLabel(self.tr("Files")))
        box.addWidget(self.files, 1)
        box.addWidget(self.add_button)

        self.found = {key: QLabel(objectName=f"found_{key}") for key in
                      ("preset", "encoding", "delimiter", "decimal", "rows")}  # fmt: skip
        self.date_order = QComboBox(objectName="date_order")
        self.date_order.addItem(self.tr("as the file shows"), None)
        self.date_order.addItem(_tr(DATE_ORDERS["dmy"]), "dmy")
        self.date_order.addItem(_tr(DATE_ORDERS["mdy"]), "mdy")
        self.date_found = QLabel(objectName="found_dates")
        dates = QHBoxLayout()
        dates.addWidget(self.date_found)
        dates.addWidget(self.date_order)
        dates.addStretch(1)
        self.found["rows"].setWordWrap(True)  # the mapping beside it needs the width more
        # Like `import --source`: two shops whose order numbers look alike stay apart.
        self.source = QLineEdit(objectName="wizard_source")
        self.source.setPlaceholderText(self.tr("optional: a name for this shop or account"))
        self.source.setToolTip(
            self.tr(
                "Name the shop or account this file comes from when you import exports of two "
                "shops or accounts: their orders never mix. Remembered for files with the same "
                "columns."
            )
        )
        self.source.textEdited.connect(self._source_edited)
        recognised = QGroupBox(self.tr("What OmniPrint recognised"))
        form = QFormLayout(recognised)
        form.addRow(self.tr("Layout"), self.found["preset"])
        form.addRow(self.tr("Text encoding"), self.found["encoding"])
        form.addRow(self.tr("Separator"), self.found["delimiter"])
        form.addRow(self.tr("Dates"), dates)
        form.addRow(self.tr("Decimal mark"), self.found["decimal"])
        form.addRow(self.tr("Rows"), self.found["rows"])
        form.addRow(self.tr("Shop or account"), self.source)

        self.columns: dict[str, QComboBox] = {}
        grid = QGridLayout()
        for i, name in enumerate(MAPPABLE_FIELDS):
            combo = QComboBox(objectName=f"map_{name}")
            combo.setToolTip(words.field_meaning(name))
            combo.setMinimumWidth(100)
            combo.currentIndexChanged.connect(self._mapping_edited)
            self.columns[name] = combo
            label = QLabel(words.field_label(name))
            label.setToolTip(words.field_meaning(name))
            row, col = divmod(i, 2)
            grid.addWidget(label, row, col * 2)
            grid.addWidget(combo, row, col * 2 + 1)
        inner = QWidget()
        inner.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.apply_button = QPushButton(self.tr("Read again with these columns"),
                                        objectName="apply_mapping")  # fmt: skip
        self.mapping_note = QLabel(objectName="mapping_note")
        self.mapping_note.setWordWrap(True)
        columns = QGroupBox(self.tr("Which column is which"), objectName="columns_box")
        self.columns_box = columns
        box = QVBoxLayout(columns)
        box.addWidget(scroll, 1)
        row_box = QHBoxLayout()
        row_box.addWidget(self.mapping_note, 1)
        row_box.addWidget(self.apply_button)
        box.addLayout(row_box)

        self.error = QLabel(objectName="wizard_error")
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.setStyleSheet(
            "background:#fbeaea; color:#8a1f1f; border:1px solid #efbcbc; border-radius:4px;"
            " padding:6px;"
        )
        self.error.hide()
        self.preview_model = RecordsModel(
            [self.tr("Line"), self.tr("Kind"), self.tr("When"), self.tr("Code"),
             self.tr("Amount"), self.tr("Store"), self.tr("Postcode"), self.tr("Order")],
            right=(0, 4), parent=self,
        )  # fmt: skip
        self.raw_model = RecordsModel([], parent=self)
        self.problems_model = RecordsModel(
            [self.tr("Line"), self.tr("Column"), self.tr("Why it is refused"), self.tr("Row")],
            right=(0,), parent=self,
        )  # fmt: skip
        self.preview_view = CopyTableView(objectName="wizard_preview")
        self.preview_view.setModel(self.preview_model)
        self.raw_view = CopyTableView(objectName="wizard_raw")
        self.raw_view.setModel(self.raw_model)
        self.problems_view = CopyTableView(objectName="wizard_problems")
        self.problems_view.setModel(self.problems_model)
        for view in (self.preview_view, self.raw_view, self.problems_view):
            # Columns fitted to the first rows: enough for a preview, and quick to show.
            view.horizontalHeader().setResizeContentsPrecision(30)
        self.tabs = QTabWidget(objectName="wizard_tabs")
        self.tabs.addTab(self.preview_view, self.tr("As it will be imported"))
        self.tabs.addTab(self.problems_view, self.tr("Refused rows"))
        self.tabs.addTab(self.raw_view, self.tr("As in the file"))

        top = QHBoxLayout()
        top.addWidget(recognised, 2)
        top.addWidget(columns, 3)
        right = QWidget()
        box = QVBoxLayout(right)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(top, 2)
        box.addWidget(self.error)
        box.addWidget(self.tabs, 3)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 940])

        self.status = QLabel(objectName="wizard_status")
        self.status.setWordWrap(True)
        self.progress = TaskProgress()
        self.import_button = QPushButton(self.tr("Import"), objectName="wizard_import")
        self.import_button.setDefault(True)
        self.import_button.setMinimumHeight(32)
        self.close_button = QPushButton(self.tr("Cancel"), objectName="wizard_cancel")
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.progress)
        bottom.addWidget(self.close_button)
        bottom.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

        self.files.currentRowChanged.connect(lambda _row: self._show_entry())
        self.date_order.currentIndexChanged.connect(self._date_order_chosen)
        self.apply_button.clicked.connect(self.apply_mapping)
        self.import_button.clicked.connect(self.start_import)
        self.close_button.clicked.connect(self.reject)
        self.add_button.clicked.connect(self._pick_more)
        self.add_files(paths)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        self._painted = True

    # Files -----------------------------------------------------------------------------------

    def add_files(self, paths: list[Path]) -> None:
        """Add files (one already in the list is read again) and read them in the background."""
        if self.importing:
            return
        for path in paths:
            path = Path(path)
            entry = next((e for e in self.entries if e.path == path), None)
            if entry is None:
                entry = FileEntry(path)
                self.entries.append(entry)
                self.files.addItem(QListWidgetItem())
            self._read(entry)
        if self.files.currentRow() < 0 and self.entries:
            self.files.setCurrentRow(0)

    def _pick_more(self) -> None:
        from omniprint.gui.imports.page import pick_files

        self.add_files(pick_files(self, self.tr("Add exports to import")))

    def entry(self, name: str | Path) -> FileEntry:
        """The entry of a file, by path or by file name."""
        return next(e for e in self.entries if e.path == Path(name) or e.path.name == str(name))

    def current(self) -> FileEntry | None:
        row = self.files.currentRow()
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def select(self, name: str | Path) -> FileEntry:
        entry = self.entry(name)
        self.files.setCurrentRow(self.entries.index(entry))
        return entry

    def _read(self, entry: FileEntry) -> None:
        entry.state = "reading"
        self._label(entry)
        self._queue_reads()

    def _queue_reads(self) -> None:
        # One file at a time: a large export read twice at once would only double the memory.
        # Not before the dialog is on screen: painting it while a worker holds Python's lock
        # would take a second, so the first paint comes first.
        if self.task is not None:
            return
        if not self._painted and self._waits < 10:  # at most half a second
            self._waits += 1
            QTimer.singleShot(50, self._queue_reads)
            return
        entry = next((e for e in self.entries if e.state == "reading"), None)
        if entry is None:
            self._enable()
            return
        task = self.runner.run(
            self.tr("Reading {file}").format(file=entry.path.name),
            inspect_file,
            entry.path,
            mapping=entry.mapping,
            date_order=entry.date_order,
        )
        self._follow(task)
        task.succeeded.connect(lambda preview: self._previewed(entry, preview))
        task.cancelled.connect(lambda: self._read_cancelled(entry))
        task.finished.connect(self._queue_reads)

    def _follow(self, task: Task) -> None:
        self.task = task
        self.progress.follow(task)
        task.failed.connect(self._failed)
        task.finished.connect(lambda: self._task_done(task))
        self._enable()

    def _task_done(self, task: Task) -> None:
        if self.task is task:
            self.task = None
        self._enable()

    def _previewed(self, entry: FileEntry, preview: FilePreview) -> None:
        if entry.state != "reading":
            return
        entry.preview = preview
        entry.state = "ready" if preview.ok else "error"
        self._label(entry)
        if entry is self.current():
            self._show_entry()
        self.previewed.emit(entry)

    def _read_cancelled(self, entry: FileEntry) -> None:
        for e in self.entries:
            if e.state == "reading":
                e.state = "error" if e.preview is None or not e.preview.ok else "ready"
                self._label(e)
        self.status.setText(self.tr("Reading stopped."))

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, OmniPrintError):  # a bug: to the excepthook, with the log
            raise exc
        self.status.setText(str(exc))

    def _label(self, entry: FileEntry) -> None:
        item = self.files.item(self.entries.index(entry))
        p = entry.preview
        text = {
            "reading": self.tr("reading…"),
            "error": self.tr("needs your help"),
            "importing": self.tr("importing…"),
            "cancelled": self.tr("cancelled: nothing written"),
            "failed": self.tr("failed"),
        }.get(entry.state, "")
        if entry.state == "ready" and p is not None:
            text = self.tr("{preset}: {records}; refused: {bad}").format(
                preset=preset_label(p.preset), records=words.records(p.records),
                bad=fmt.number(p.refused),
            )  # fmt: skip
        if entry.state == "imported" and entry.result is not None:
            r = entry.result
            text = (
                self.tr("already imported") if r.already_imported
                else self.tr("imported: {n} added").format(n=fmt.number(r.added))
            )  # fmt: skip
            if getattr(r, "unmatched", 0):
                text += ntr("; {n} matches no campaign", "; {n} match no campaign", r.unmatched)
        mark = {"ready": "✔", "imported": "✔", "error": "⚠", "failed": "✖"}.get(entry.state, "…")
        item.setText(f"{mark} {entry.path.name}\n    {text}")
        item.setToolTip(str(entry.path))
        if entry.state in ("error", "failed"):
            item.setForeground(ERROR)
        else:
            item.setData(Qt.ItemDataRole.ForegroundRole, None)

    # The chosen file -------------------------------------------------------------------------

    def _show_entry(self) -> None:
        entry = self.current()
        p = entry.preview if entry else None
        for label in self.found.values():
            label.setText("")
        self.date_found.setText("")
        if p is not None:
            self.found["preset"].setText(
                self.tr("{preset} (your columns)").format(preset=preset_label(p.preset))
                if entry.mapping else preset_label(p.preset) or self.tr("not recognised")
            )  # fmt: skip
            self.found["encoding"].setText(p.encoding)
            self.found["delimiter"].setText(
                _tr(DELIMITERS.get(p.delimiter, repr(p.delimiter))) if p.delimiter else ""
            )
            self.date_found.setText(_tr(DATE_ORDERS.get(p.date_order, p.date_order)))
            self.found["decimal"].setText(
                {".": self.tr("point (12.50)"), ",": self.tr("comma (12,50)")}.get(
                    p.decimal or "", self.tr("no decimals seen")
                )
            )
            if p.ok:
                # What was repaired or left out (a wrapped re-save, GA4 tables...), under it.
                self.found["rows"].setText(
                    "\n".join(
                        [
                            ntr(
                                "{n} row: {records} to import; refused: {bad}",
                                "{n} rows: {records} to import; refused: {bad}",
                                p.rows,
                            ).format(records=words.records(p.records), bad=fmt.number(p.refused)),
                            *(f"• {note}" for note in p.notes),
                        ]
                    )
                )
        self.source.setText(self._source_of(entry) or "")
        self._source_hint()
        self.date_order.blockSignals(True)
        self.date_order.setCurrentIndex(
            max(0, self.date_order.findData(entry.date_order if entry else None))
        )
        self.date_order.blockSignals(False)
        self._fill_columns(entry)
        # A PDF or a workbook has no columns: nothing to map, only what to download instead.
        self.columns_box.setVisible(not (p is not None and isinstance(p.error, NotATableError)))
        self._fill_tables(p)
        if p is not None and p.error is not None:
            self.error.setText(self._error_text(p))
            self.error.show()
        else:
            self.error.hide()
        self._enable()

    def _source_of(self, entry: FileEntry | None) -> str | None:
        """The name the user gave this file, else the one remembered for its header."""
        if entry is None:
            return None
        if entry.source is not None:
            return entry.source
        return self._remembered(entry)

    def _remembered(self, entry: FileEntry) -> str | None:
        if entry.preview is not None and entry.preview.header:
            return imports.remembered_source(self.ws, entry.preview.header)
        return None

    def _source_edited(self, text: str) -> None:
        entry = self.current()
        if entry is not None:
            entry.source = text.strip()
        self._source_hint()

    def _source_hint(self) -> None:
        """An emptied field still imports under the remembered name (as `import` does without
        --source): the hint says so rather than let the empty field suggest otherwise."""
        entry = self.current()
        remembered = self._remembered(entry) if entry is not None else None
        self.source.setPlaceholderText(
            self.tr("left empty, {name} is used (remembered for these columns)").format(
                name=remembered
            )
            if remembered
            else self.tr("optional: a name for this shop or account")
        )

    def _error_text(self, p: FilePreview) -> str:
        text = str(p.error)
        if isinstance(p.error, NotATableError):
            # No columns to map: say what the file is and what to download instead.
            return p.error.reason[:1].upper() + p.error.reason[1:] + "."
        if isinstance(p.error, UnknownLayoutError) or "not one OmniPrint knows" in text:
            found = self.tr(
                "OmniPrint does not know this layout. Say which column holds the date and which"
                " the code (or the order or receipt number), then “Read again”. It is remembered"
                " for files with the same columns."
            )
            guess = getattr(p.error, "guess", None) or {}
            if guess:
                found += " " + self.tr(
                    "A first guess from the column names and values is filled in: check it."
                )
            if not {"code", "order", "receipt", "utm_source", "utm_campaign", "utm_content"} & set(
                guess
            ):
                found += " " + self.tr(
                    "No column looks like a coupon code, an order or receipt number or a UTM"
                    " value: is it the right export?"
                )
            return found
        if getattr(p.error, "column", None) and "day-first" in text:
            return self.tr(
                "Every date in column “{column}” could be day-first or month-first. Choose the"
                " order of the dates above."
            ).format(column=p.error.column)
        return text

    def _fill_columns(self, entry: FileEntry | None) -> None:
        p = entry.preview if entry else None
        header = p.header if p else []
        current = (entry.mapping if entry and entry.mapping else (p.mapping if p else {})) or {}
        if not current and p is not None and isinstance(p.error, UnknownLayoutError):
            current = p.error.guess  # the same guess as the command line's message
        for name, combo in self.columns.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("—"), None)
            for column in header:
                if column:
                    combo.addItem(column, column)
            combo.setCurrentIndex(max(0, combo.findData(current.get(name))))
            combo.setEnabled(bool(header) and entry is not None and entry.state != "reading")
            combo.blockSignals(False)
        self.mapping_note.setText(
            self.tr("Change a column and read the file again to check it.") if header else ""
        )
        self.mapping_note.setStyleSheet("")

    def _fill_tables(self, p: FilePreview | None) -> None:
        sample = p.sample if p else []
        self.preview_model.set_rows(
            [
                [
                    r.line,
                    words.kind_text(r.kind),
                    fmt.date_short(r.occurred_at),
                    " ".join(r.codes),
                    words.amount_cell(r.amount_cents, r.currency),
                    r.store or "",
                    r.billing_postcode or r.shipping_postcode or "",
                    r.natural_key if r.kind == "order" else "",
                ]
                for r in sample
            ]
        )
        problems = p.problems if p else []
        self.problems_model.set_rows(
            [[x.line, x.column or "", x.reason, x.raw] for x in problems],
            colors=[ERROR] * len(problems),
        )
        refused = p.refused if p else 0
        if refused > len(problems):  # a file of mostly bad rows: the first ones tell enough
            title = self.tr("Refused rows ({n}; the first {shown} shown)").format(
                n=fmt.number(refused), shown=fmt.number(len(problems))
            )
        else:
            title = self.tr("Refused rows ({n})").format(n=fmt.number(refused))
        self.tabs.setTabText(1, title)
        self.raw_model.headers = list(p.header) if p else []
        self.raw_model.set_rows(
            [row + [""] * (len(self.raw_model.headers) - len(row)) for row in (p.raw if p else [])]
        )
        if p is not None and not p.ok:
            self.tabs.setCurrentWidget(self.raw_view)
        elif problems:
            self.tabs.setCurrentWidget(self.problems_view)
        else:
            self.tabs.setCurrentWidget(self.preview_view)

    def chosen_mapping(self) -> dict[str, str]:
        return {n: c.currentData() for n, c in self.columns.items() if c.currentData()}

    def set_column(self, field: str, column: str | None) -> None:
        """Choose the column of a field, as picking it in its drop-down does."""
        combo = self.columns[field]
        combo.setCurrentIndex(max(0, combo.findData(column)))

    def _mapping_edited(self) -> None:
        entry = self.current()
        self.mapping_note.setText(self.tr("Press “Read again” to check the file with these."))
        self.mapping_note.setStyleSheet("color:#9a6700;")
        self.apply_button.setEnabled(entry is not None and not self.importing)

    def apply_mapping(self) -> bool:
        """Read the chosen file again with the columns chosen (and files of the same header)."""
        entry = self.current()
        if entry is None or entry.preview is None or self.importing:
            return False
        mapping = self.chosen_mapping()
        problems = ColumnMapping(header_key(entry.preview.header), mapping).problems()
        if problems:
            self.mapping_note.setText("; ".join(problems))
            self.mapping_note.setStyleSheet("color:#b3261e;")
            return False
        for other in self.entries:
            same = other.preview is not None and other.preview.header == entry.preview.header
            if other is entry or (same and other.state == "error"):
                other.mapping = mapping
                self._read(other)
        self._show_entry()
        return True

    def _date_order_chosen(self) -> None:
        entry = self.current()
        if entry is None or self.importing:
            return
        entry.date_order = self.date_order.currentData()
        self._read(entry)
        self._show_entry()

    # Import ----------------------------------------------------------------------------------

    def _enable(self) -> None:
        ready = [e for e in self.entries if e.state == "ready"]
        busy = self.task is not None
        self.import_button.setEnabled(bool(ready) and not busy and not self.importing)
        self.add_button.setEnabled(not self.importing)
        self.date_order.setEnabled(self.current() is not None and not self.importing)
        self.source.setEnabled(self.current() is not None and not self.importing)
        preview = self.current().preview if self.current() is not None else None
        self.apply_button.setEnabled(
            preview is not None and not isinstance(preview.error, NotATableError)
            and not self.importing
        )  # fmt: skip
        found = sum(e.preview.records for e in ready if e.preview)
        refused = sum(e.preview.refused for e in ready if e.preview)
        label = ntr("Import {n} record", "Import {n} records", found)
        self.import_button.setText(label if ready else self.tr("Import"))
        if self.importing or busy:
            return
        waiting = [e for e in self.entries if e.state == "error"]
        parts = []
        if ready:
            parts.append(words.files_ready(len(ready), found, refused))
        if waiting:
            parts.append(words.files_waiting(len(waiting)))
        if parts:  # else keep what the last step said (such as a cancelled import)
            self.status.setText(" ".join(parts))

    def start_import(self) -> bool:
        """Import the good rows of every ready file, one file after the other."""
        if self.task is not None or not any(e.state == "ready" for e in self.entries):
            return False
        self.importing = True
        self.results = []
        for combo in self.columns.values():
            combo.setEnabled(False)
        self._import_next()
        return True

    def _import_next(self) -> None:
        entry = next((e for e in self.entries if e.state == "ready"), None)
        if entry is None:
            self._all_imported()
            return
        entry.state = "importing"
        self._label(entry)
        task = self.runner.run(
            self.tr("Importing {file}").format(file=entry.path.name),
            imports.import_file,
            entry.path,
            mapping=entry.mapping,
            date_order=entry.date_order,
            # Only a name the user typed: the remembered one is applied by the import itself.
            source=entry.source or None,
        )
        self._follow(task)
        self.status.setText(self.tr("Importing {file}…").format(file=entry.path.name))
        task.succeeded.connect(lambda result: self._file_imported(entry, result))
        task.cancelled.connect(lambda: self._import_cancelled(entry))
        task.failed.connect(lambda _exc: self._import_failed(entry))
        task.finished.connect(self._after_import)

    def _file_imported(self, entry: FileEntry, result: imports.ImportResult) -> None:
        entry.state, entry.result = "imported", result
        self.results.append(result)
        self._label(entry)

    def _after_import(self) -> None:
        if self.importing:
            self._import_next()

    def _import_failed(self, entry: FileEntry) -> None:
        entry.state = "failed"
        self._label(entry)
        self.importing = False
        self._finish_early()

    def _import_cancelled(self, entry: FileEntry) -> None:
        entry.state = "cancelled"
        self._label(entry)
        self.importing = False
        done = ", ".join(Path(r.file).name for r in self.results)
        text = self.tr("Import cancelled: nothing from {file} was written.").format(
            file=entry.path.name
        )
        if done:
            text += " " + self.tr("Already imported: {files}.").format(files=done)
        self._finish_early()
        self.status.setText(text)
        self.cancelled.emit()

    def _finish_early(self) -> None:
        if self.results:
            self.imported.emit(list(self.results))
        self._enable()

    def _all_imported(self) -> None:
        self.importing = False
        self._enable()
        self.imported.emit(list(self.results))
        self.accept()

    def reject(self) -> None:
        """Cancel: stop what runs (nothing of the file being imported is kept), or close."""
        if self.task is not None:
            self.task.cancel()
            if self.importing:  # stay open to say what was and was not imported
                return
        super().reject()
