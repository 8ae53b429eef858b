"""The Review page: uses of codes that need a person (no code matches, one typing error, used
again, outside the dates), each with the record it came from, and the decisions on them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QItemSelectionModel,
    QRegularExpression,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from omniprint.domain.errors import OmniPrintError
from omniprint.domain.tasks import NEVER_CANCELLED, CancelToken, ProgressFn, no_progress
from omniprint.gui.models import MUTED, RIGHT, Index, RowsModel
from omniprint.gui.results.table import SORT_ROLE, CopyTableView, sorting_proxy
from omniprint.gui.tasks import Task, TaskRunner
from omniprint.services import review
from omniprint.services.review import ReviewItem
from omniprint.storage.workspace import Workspace

CATEGORY_ROLE = Qt.ItemDataRole.UserRole + 1
CATEGORIES = {
    "unmatched": QT_TRANSLATE_NOOP("ReviewPage", "No code matches"),
    "corrected": QT_TRANSLATE_NOOP("ReviewPage", "One typing error"),
    "duplicate": QT_TRANSLATE_NOOP("ReviewPage", "Used again"),
    "out_of_window": QT_TRANSLATE_NOOP("ReviewPage", "Outside the dates"),
    "manual": QT_TRANSLATE_NOOP("ReviewPage", "Assigned by hand"),
    "dismissed": QT_TRANSLATE_NOOP("ReviewPage", "Dismissed"),
}
DECISIONS = {
    "accept": QT_TRANSLATE_NOOP("ReviewPage", "accepted"),
    "assign": QT_TRANSLATE_NOOP("ReviewPage", "assigned"),
    "dismiss": QT_TRANSLATE_NOOP("ReviewPage", "dismissed"),
}
COLORS = {"unmatched": "#b3261e", "corrected": "#9a6700", "duplicate": "#5f6673"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReviewPage", text)


def category(item: ReviewItem) -> str:
    """Which list an item is in: the matching rule says corrected or manual, else its status."""
    return item.rule if item.rule in ("corrected", "manual") else item.status


def load_review(
    ws: Workspace,
    campaign: str | None,
    *,
    progress: ProgressFn = no_progress,
    cancel: CancelToken = NEVER_CANCELLED,
) -> list[ReviewItem]:
    return review.review_list(ws, campaign)


def decide(
    ws: Workspace,
    response_id: int,
    decision: str,
    code: str | None = None,
    *,
    progress: ProgressFn = no_progress,
    cancel: CancelToken = NEVER_CANCELLED,
) -> str:
    review.decide(ws, response_id, decision, code)
    return decision


class ReviewModel(RowsModel):
    """The uses under review, as `review.review_list` gives them."""

    CONTEXT = "ReviewPage"
    CATEGORY, TYPED, CODE, WHEN, AMOUNT, STORE, SOURCE, DECISION = range(8)
    HEADERS = (
        QT_TRANSLATE_NOOP("ReviewPage", "What"),
        QT_TRANSLATE_NOOP("ReviewPage", "Code typed"),
        QT_TRANSLATE_NOOP("ReviewPage", "Issued code"),
        QT_TRANSLATE_NOOP("ReviewPage", "When"),
        QT_TRANSLATE_NOOP("ReviewPage", "Amount"),
        QT_TRANSLATE_NOOP("ReviewPage", "Store"),
        QT_TRANSLATE_NOOP("ReviewPage", "From"),
        QT_TRANSLATE_NOOP("ReviewPage", "Decision"),
    )

    @property
    def items(self) -> list[ReviewItem]:
        return self.rows

    def set_items(self, items: list[ReviewItem]) -> None:
        self.set_rows(items)

    def _text(self, item: ReviewItem, col: int) -> str:
        if col == self.CATEGORY:
            return _tr(CATEGORIES.get(category(item), category(item)))
        if col == self.AMOUNT:
            return f"{item.amount} {item.currency or ''}".strip() if item.amount else ""
        if col == self.WHEN:
            return item.occurred_at[:16].replace("T", " ").removesuffix(" 00:00")
        if col == self.SOURCE:
            return self.tr("{file}, line {line}").format(file=item.file_name, line=item.line)
        if col == self.DECISION:
            return _tr(DECISIONS.get(item.decision, item.decision)) if item.decision else ""
        return (None, item.typed, item.code or "", None, None, item.store or "")[col] or ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item, col = self.items[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, col)
        if role == SORT_ROLE:
            if col == self.WHEN:
                return item.occurred_at
            if col == self.SOURCE:
                return f"{item.file_name}\x00{item.line:09d}"
            return self._text(item, col)
        if role == CATEGORY_ROLE:
            return category(item)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.CODE and item.suggestion:
            return _tr("Suggested: the only issued code one typing error away")
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.AMOUNT:
            return int(RIGHT)
        if role == Qt.ItemDataRole.ForegroundRole:
            if item.decision or item.status == "dismissed":
                return QBrush(MUTED)
            if col == self.CATEGORY and category(item) in COLORS:
                return QBrush(QColor(COLORS[category(item)]))
        return None


class ReviewPage(QWidget):
    """What `omniprint review list/accept/assign/dismiss/undo` does, for the chosen campaign."""

    message = Signal(str, str)
    loaded = Signal(object)  # the list of ReviewItem
    decided = Signal(int, str)  # response id, decision

    def __init__(self, ws: Workspace, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("review_page")
        self.ws, self.runner = ws, runner
        self.campaign: str | None = None
        self.task: Task | None = None
        self._again = False

        title = QLabel(self.tr("Review"))
        title.setStyleSheet("font-size:18pt; font-weight:600;")
        lead = QLabel(
            self.tr(
                "Codes typed at the till or online that need a person: accept a suggested"
                " correction, assign the right code by hand, or dismiss what is not yours."
                " Every decision is kept and can be undone; the results follow."
            )
        )
        lead.setWordWrap(True)
        lead.setStyleSheet("color:#3d4350;")
        self.show_list = QComboBox(objectName="review_filter")
        self.show_list.addItem(self.tr("Everything to review"), "")
        for key in ("unmatched", "corrected", "duplicate", "out_of_window", "dismissed"):
            self.show_list.addItem(_tr(CATEGORIES[key]), key)
        self.summary = QLabel(objectName="review_summary")
        self.summary.setStyleSheet("color:#5f6673;")

        self.model = ReviewModel(self)
        self.proxy = sorting_proxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(CATEGORY_ROLE)
        self.proxy.setFilterKeyColumn(0)
        self.table = CopyTableView(objectName="review_table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)

        self.accept_button = QPushButton(self.tr("Accept the correction"), objectName="accept")
        self.code_edit = QLineEdit(objectName="assign_code")
        self.code_edit.setPlaceholderText(self.tr("a code you issued"))
        self.code_edit.setMaximumWidth(200)
        self.assign_button = QPushButton(self.tr("Assign this code"), objectName="assign")
        self.dismiss_button = QPushButton(self.tr("Dismiss: not ours"), objectName="dismiss")
        self.undo_button = QPushButton(self.tr("Undo the decision"), objectName="undo_decision")
        self.detail = QLabel(objectName="review_detail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

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
        layout.addLayout(actions)

        self.show_list.currentIndexChanged.connect(self._filter)
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
        self.model.set_items([])
        self.refresh()

    def refresh(self) -> Task | None:
        if self.task is not None:
            self._again = True
            return self.task
        task = self.runner.run(self.tr("Reading the uses to review"), load_review, self.campaign)
        self._follow(task)
        slug = self.campaign
        task.succeeded.connect(lambda items: self._loaded(items, slug))
        return task

    def _follow(self, task: Task) -> None:
        self.task = task
        task.failed.connect(self._failed)
        task.finished.connect(self._finished)
        self._enable()

    def _loaded(self, items: list[ReviewItem], slug: str | None) -> None:
        if slug != self.campaign:
            return
        keep = self.selected()
        self.model.set_items(items)
        counts: dict[str, int] = {}
        for item in items:
            if not item.decision:
                counts[category(item)] = counts.get(category(item), 0) + 1
        parts = [f"{n:,} {_tr(CATEGORIES.get(k, k)).lower()}" for k, n in sorted(counts.items())]
        self.summary.setText(
            self.tr("Waiting for a decision: {parts}").format(parts=", ".join(parts))
            if parts
            else self.tr("Nothing waits for a decision.")
        )
        if keep is not None:
            self.select(keep.response_id)
        self.loaded.emit(items)

    def _finished(self) -> None:
        self.task = None
        self._enable()
        if self._again:
            self._again = False
            self.refresh()

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, OmniPrintError):  # a bug: to the excepthook, with the log
            raise exc
        self.message.emit("error", str(exc))

    def _filter(self) -> None:
        key = self.show_list.currentData()
        pattern = f"^{QRegularExpression.escape(key)}$" if key else ""
        self.proxy.setFilterRegularExpression(QRegularExpression(pattern))

    # Decisions -------------------------------------------------------------------------------

    def selected(self) -> ReviewItem | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.items[self.proxy.mapToSource(rows[0]).row()]

    def select(self, response_id: int) -> bool:
        for row, item in enumerate(self.model.items):
            if item.response_id == response_id:
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                if not index.isValid():
                    return False
                self.table.selectionModel().select(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.table.scrollTo(index)
                return True
        return False

    def _enable(self) -> None:
        item = self.selected()
        idle = self.task is None
        open_ = item is not None and not item.decision and idle
        self.accept_button.setEnabled(open_ and item.suggestion is not None)
        self.assign_button.setEnabled(open_ and bool(self.code_edit.text().strip()))
        self.dismiss_button.setEnabled(open_)
        self.undo_button.setEnabled(item is not None and bool(item.decision) and idle)
        self.detail.setText(self._describe(item) if item else "")

    def _describe(self, item: ReviewItem) -> str:
        text = self.tr("From {file}, line {line} ({source} {kind} {key}).").format(
            file=item.file_name, line=item.line, source=item.source, kind=item.kind,
            key=item.natural_key,
        )  # fmt: skip
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
            self.tr("Saving your decision"), decide, item.response_id, decision, code
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
        self._again = True  # reload once this task has finished
