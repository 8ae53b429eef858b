"""The Review page: uses of codes that need a person (no code matches, one typing error, used
again, outside the dates), each with the record it came from, and the decisions on them."""

from __future__ import annotations

from array import array

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from omniprint.domain import formatting as fmt
from omniprint.domain.errors import OmniPrintError
from omniprint.gui.forms import hint_label
from omniprint.gui.results.table import CopyTableView
from omniprint.gui.review_model import CATEGORIES, ReviewModel, load_review
from omniprint.gui.tasks import Task, TaskRunner
from omniprint.gui.work_page import WorkPage, lead_text, page_title
from omniprint.services import imports, review
from omniprint.services.review import ReviewItem
from omniprint.services.workspace import Workspace


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReviewPage", text)


class ReviewPage(WorkPage):
    """What `omniprint review list/accept/assign/dismiss/undo` does, for the chosen campaign."""

    loaded = Signal(object)  # the response ids shown, in order (an array('q'))
    decided = Signal(int, str)  # response id, decision

    def __init__(self, ws: Workspace, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(ws, runner, "review_page", parent)
        self.task: Task | None = None
        self._loading: Task | None = None
        self._again = False
        self._recount = True

        title = page_title(self.tr("Review"))
        lead = lead_text(
            self.tr(
                "Codes typed at the till or online that need a person: accept a suggested"
                " correction, assign the right code by hand, or dismiss what is not yours."
                " Every decision is kept and can be undone; the results follow."
            )
        )
        self.show_list = QComboBox(objectName="review_filter")
        self.show_list.addItem(self.tr("Everything to review"), "")
        for key in ("unmatched", "corrected", "duplicate", "out_of_window", "dismissed"):
            self.show_list.addItem(_tr(CATEGORIES[key]), key)
        self.summary = hint_label(name="review_summary")

        self.model = ReviewModel(ws, self)
        self.table = CopyTableView(objectName="review_table")
        self.table.setModel(self.model)
        # Rows of one height, and columns fitted once to the first rows a list shows (`_loaded`):
        # measuring rows again on every reload and scroll is what freezes a window.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setSortIndicator(self.model.WHEN, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)  # a click on a header calls `model.sort`

        self.accept_button = QPushButton(self.tr("Accept the correction"), objectName="accept")
        self.code_edit = QLineEdit(objectName="assign_code")
        self.code_edit.setPlaceholderText(self.tr("a code you issued"))
        # Room for a whole code and for the hint in the language spoken ("un código que
        # emitiste" is longer than its English).
        hint_width = self.code_edit.fontMetrics().horizontalAdvance(
            self.code_edit.placeholderText()
        )
        self.code_edit.setMinimumWidth(max(160, hint_width + 24))
        self.code_edit.setMaximumWidth(max(200, hint_width + 24))
        self.assign_button = QPushButton(self.tr("Assign this code"), objectName="assign")
        self.dismiss_button = QPushButton(self.tr("Dismiss: not ours"), objectName="dismiss")
        self.undo_button = QPushButton(self.tr("Undo the decision"), objectName="undo_decision")
        self.detail = QLabel(objectName="review_detail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # The row as the file has it: what the till or the web shop actually wrote.
        self.raw = QPlainTextEdit(objectName="review_raw")
        self.raw.setReadOnly(True)
        self.raw.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.raw.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.raw.setMaximumHeight(self.raw.fontMetrics().lineSpacing() * 3 + 14)
        self.raw.setPlaceholderText(self.tr("Choose a use to see the row it came from."))
        self._raw_of: int | None = None

        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Show")))
        top.addWidget(self.show_list)
        actions = QHBoxLayout()
        actions.addWidget(self.accept_button)
        actions.addSpacing(12)
        actions.addWidget(self.code_edit)
        actions.addWidget(self.assign_button)
        actions.addSpacing(12)
        actions.addWidget(self.dismiss_button)
        actions.addWidget(self.undo_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(lead)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.raw)
        layout.addLayout(actions)

        self.show_list.currentIndexChanged.connect(self._load)
        self.model.sort_changed.connect(self._load)
        self.table.selectionModel().selectionChanged.connect(self._enable)
        self.code_edit.textChanged.connect(self._enable)
        self.code_edit.returnPressed.connect(lambda: self.decide("assign"))
        self.accept_button.clicked.connect(lambda: self.decide("accept"))
        self.assign_button.clicked.connect(lambda: self.decide("assign"))
        self.dismiss_button.clicked.connect(lambda: self.decide("dismiss"))
        self.undo_button.clicked.connect(lambda: self.decide("undo"))
        self._enable()

    # Loading ---------------------------------------------------------------------------------

    def set_campaign(self, slug: str | None) -> None:
        self.campaign = slug
        self.model.set_rows(array("q"))
        self.refresh()

    def refresh(self) -> Task | None:
        """Read the list and its counts again (what came back or a decision changed them)."""
        self._recount = True
        return self._load()

    def _load(self) -> Task | None:
        """Read the ids of the list shown, in the order shown, in the background. A load that
        is running is cancelled (what it reads is no longer wanted) and this one follows it."""
        if self.task is not None:
            self._again = True
            if self.task is self._loading:
                self.task.cancel()
            return self.task
        query = self._query()
        task = self.runner.run(
            self.tr("Reading the uses to review"), load_review, *query, self._recount
        )
        self._loading = task
        self._follow(task)
        task.succeeded.connect(lambda result: self._loaded(result, query))
        return task

    def _query(self) -> tuple:
        """The campaign, list, sort, direction and ranking shown (`load_review`'s arguments)."""
        return (self.campaign, self.show_list.currentData() or None, *self.model.sorting())

    def _follow(self, task: Task) -> None:
        self.task = task
        task.failed.connect(self._failed)
        task.finished.connect(self._finished)
        self._enable()

    def _loaded(self, result: tuple[array, dict[str, int] | None], query: tuple) -> None:
        if query != self._query():
            return  # the user chose another list or order meanwhile: its load follows
        ids, counts = result
        keep = self._selected_id()
        was_empty = self.model.rowCount() == 0
        self.model.set_rows(ids)
        if was_empty and ids:
            self.table.resizeColumnsToContents()
        if counts is not None:
            self._recount = False
            self._show_counts(counts)
        if keep is not None:
            self.select(keep)
        self.loaded.emit(ids)

    def _show_counts(self, counts: dict[str, int]) -> None:
        parts = [
            f"{_tr(CATEGORIES.get(k, k)).lower()} ({fmt.number(n)})"
            for k, n in sorted(counts.items())
        ]
        self.summary.setText(
            self.tr("Waiting for a decision: {parts}").format(parts=", ".join(parts))
            if parts
            else self.tr("Nothing waits for a decision.")
        )

    def _finished(self) -> None:
        self.task = self._loading = None
        self._enable()
        if self._again:
            self._again = False
            self._load()

    # Decisions -------------------------------------------------------------------------------

    def selected(self) -> ReviewItem | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.item_at(rows[0].row()) if rows else None

    def _selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def select(self, response_id: int) -> bool:
        """Select the row of this response and show it; False if it is not in the list shown."""
        row = self.model.row_of(response_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().select(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    def _enable(self) -> None:
        item = self.selected()
        idle = self.task is None
        open_ = item is not None and not item.decision and idle
        self.accept_button.setEnabled(open_ and item.suggestion is not None)
        self.assign_button.setEnabled(open_ and bool(self.code_edit.text().strip()))
        self.dismiss_button.setEnabled(open_)
        self.undo_button.setEnabled(item is not None and bool(item.decision) and idle)
        self.detail.setText(self._describe(item) if item else "")
        self._show_raw(item)

    def _show_raw(self, item: ReviewItem | None) -> None:
        rid = item.response_id if item else None
        if rid == self._raw_of:
            return
        self._raw_of = rid
        if item is None:
            self.raw.clear()
            return
        try:  # one piece of the kept file: a millisecond or two
            text = imports.source_row(self.ws, item.response_id)
        except OmniPrintError:
            text = None
        self.raw.setPlainText(
            text if text is not None else self.tr("(the text of this file was not kept)")
        )

    def _describe(self, item: ReviewItem) -> str:
        if item.kind == "redemption":
            text = self.tr("From {file}, line {line}:")
        else:  # an order, a payment, a visit: its number tells it apart in the shop's admin
            text = self.tr("From {file}, line {line} ({key}):")
        text = text.format(file=item.file_name, line=item.line, key=item.natural_key)
        if item.suggestion and not item.decision:
            text += " " + self.tr("“{typed}” is one typing error away from {code}.").format(
                typed=item.typed, code=item.suggestion
            )
        return text

    def decide(self, decision: str) -> Task | None:
        """Store a decision on the selected use in the background (`review.decide`)."""
        item = self.selected()
        if item is None or self.task is not None:
            return None
        code = self.code_edit.text().strip() if decision == "assign" else None
        if decision == "assign" and not code:
            return None
        task = self.runner.run(
            self.tr("Saving your decision"),
            review.decide,
            item.response_id,
            decision,
            code,
            reports=False,
        )
        self._follow(task)
        task.succeeded.connect(lambda _: self._decided(item, decision))
        return task

    def _decided(self, item: ReviewItem, decision: str) -> None:
        if decision == "assign":
            self.code_edit.clear()
        words = {
            "accept": self.tr("Accepted {code} for “{typed}”."),
            "assign": self.tr("Assigned the code to “{typed}”."),
            "dismiss": self.tr("Dismissed “{typed}”: it is left out of the results."),
            "undo": self.tr("Undone: “{typed}” is back as it was."),
        }
        self.message.emit(
            "success", words[decision].format(code=item.suggestion or "", typed=item.typed)
        )
        self.decided.emit(item.response_id, decision)
        self.model.reread()  # the row shows its decision now, the list follows
        self._again = self._recount = True  # reload once this task has finished
