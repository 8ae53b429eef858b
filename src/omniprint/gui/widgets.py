"""Small widgets shared by the pages: a message bar, the budget bar, a date field, task progress."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QToolButton,
    QWidget,
)

from omniprint.domain import formatting as fmt
from omniprint.domain.plan import PlanTotals
from omniprint.gui.tasks import Task


def grow_to_fit(window: QWidget) -> None:
    """Make `window` (a dialog) at least as tall as its layout needs now, after a message label
    appeared in it: a wrapped label's height is not part of the layout's minimum size, so
    without this the buttons slide over the fields above them."""
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    width = window.width()
    need = (
        layout.totalHeightForWidth(width)
        if layout.hasHeightForWidth()
        else layout.totalSizeHint().height()
    )
    need = max(need, layout.totalMinimumSize().height())
    if window.height() < need:
        window.resize(width, need)


def error_text(exc: BaseException) -> str:
    """What a failure means in the app's own terms. The services' messages name CLI commands
    and options ("run 'omniprint codes generate'", "--quantity"); the situations they mark with
    a kind are worded here with the app's buttons and fields."""
    kind = getattr(exc, "kind", None)
    if kind == "no_drops":
        return QCoreApplication.translate(
            "Errors",
            "This campaign sends nothing anywhere yet: add a drop with Send to zones…"
            " (under Drops: what goes where), then generate its codes.",
        )
    if kind == "no_codes":
        return QCoreApplication.translate(
            "Errors", "This campaign has no codes yet: press Generate codes on its Plan page first."
        )
    if kind == "no_redirect_base":
        return QCoreApplication.translate(
            "Errors",
            "This campaign's QR codes carry the full link, so there are no redirects to"
            " export; to use short links, set a Short links base with Edit details…",
        )
    if kind == "name_taken":
        return QCoreApplication.translate(
            "Errors",
            "There is already a piece called {name} of another kind or size: give the new"
            " piece another name.",
        ).format(name=getattr(exc, "details", {}).get("name", ""))
    if kind == "no_households":
        return QCoreApplication.translate(
            "Errors",
            "Zone {zone} has no households to reach: type the quantity to send there.",
        ).format(zone=getattr(exc, "details", {}).get("zone", ""))
    return str(exc)


UNSET_DATE = QDate(2000, 1, 1)
STYLES = {
    "info": "background:#e8f1fb; color:#1d4f7a; border:1px solid #b9d3ee;",
    "success": "background:#e7f5ea; color:#1e5b2c; border:1px solid #b5dcbf;",
    "error": "background:#fbeaea; color:#8a1f1f; border:1px solid #efbcbc;",
}


class MessageBar(QFrame):
    """A line at the top of a page for what just happened or what went wrong (never modal)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("message_bar")
        self.kind = ""
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Hide this message"))
        close.clicked.connect(self.clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_message(self, kind: str, text: str) -> None:
        self.kind = kind
        self.setStyleSheet(
            f"#message_bar {{ {STYLES.get(kind, STYLES['info'])} border-radius:4px; }}"
        )
        self.label.setText(text)
        self.show()

    def text(self) -> str:
        return self.label.text() if self.isVisible() or self.kind else ""

    def clear(self) -> None:
        self.kind = ""
        self.label.clear()
        self.hide()


class BudgetBar(QProgressBar):
    """Spent against budget; red when the plan costs more than the budget."""

    OK = "QProgressBar::chunk { background-color: #2e8b57; border-radius: 3px; }"
    # Over budget the bar is full, so its text sits on red: white and bold reads there (5.4:1),
    # the default dark text did not (3.6:1).
    OVER = (
        "QProgressBar { color: white; font-weight: 600; background-color: #c0392b;"
        " border: 1px solid #9b2c21; border-radius: 3px; text-align: center; }"
        " QProgressBar::chunk { background-color: #c0392b; border-radius: 3px; }"
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("budget_bar")
        self.setRange(0, 1000)
        self.setTextVisible(True)
        self.setMinimumHeight(22)
        self.over_budget = False

    def show_totals(self, totals: PlanTotals, currency: str) -> None:
        spent = fmt.money(totals.total_cents, currency)
        if totals.budget_cents <= 0:
            self.setValue(0)
            self.setFormat(self.tr("{spent} (no budget set)").format(spent=spent))
            self.over_budget = False
        else:
            share = totals.total_cents / totals.budget_cents
            self.setValue(min(1000, round(share * 1000)))
            self.setFormat(
                self.tr("{spent} of {budget} ({share})").format(
                    spent=spent,
                    budget=fmt.money(totals.budget_cents, currency),
                    share=fmt.percent(round(share * 100)),
                )
            )
            self.over_budget = totals.over_budget
        self.setStyleSheet(self.OVER if self.over_budget else self.OK)
        self.setProperty("over_budget", self.over_budget)


class DateField(QDateEdit):
    """A date or none: the earliest date stands for "not set" and reads as such."""

    def __init__(self, parent: QWidget | None = None, **kwargs: object) -> None:
        super().__init__(parent, **kwargs)
        self.setCalendarPopup(True)
        self.setMinimumDate(UNSET_DATE)
        self.setSpecialValueText(self.tr("not set"))
        self.setDate(UNSET_DATE)
        self.setDisplayFormat("dd/MM/yyyy" if fmt.day_first() else "yyyy-MM-dd")

    def iso(self) -> str | None:
        return None if self.date() == UNSET_DATE else self.date().toString(Qt.DateFormat.ISODate)

    def set_iso(self, text: str | None) -> None:
        self.setDate(QDate.fromString(text, Qt.DateFormat.ISODate) if text else UNSET_DATE)


class TaskProgress(QWidget):
    """A progress bar with a Cancel button for one background task at a time."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setObjectName("task_progress")
        self.bar.setTextVisible(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancel_task")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.cancel_button)
        self.task: Task | None = None
        self.cancel_button.clicked.connect(self._cancel)
        self.hide()

    def follow(self, task: Task) -> None:
        self.task = task
        self.bar.setRange(0, 0)
        self.bar.setFormat(task.title)
        self.cancel_button.setEnabled(True)
        task.progress.connect(self._progress)
        task.finished.connect(self._finished)
        self.show()

    def _progress(self, done: int, total: int, message: str) -> None:
        if total > 0:
            self.bar.setRange(0, 1000)
            self.bar.setValue(min(1000, done * 1000 // total))
            self.bar.setFormat(
                f"{self.task.title if self.task else ''}: {fmt.number(done)} / {fmt.number(total)}"
            )

    def _cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            self.bar.setFormat(self.tr("Cancelling…"))

    def _finished(self) -> None:
        self.task = None
        self.hide()
