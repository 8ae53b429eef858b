"""What every page of the main window that works on a campaign starts from: the workspace, the
task runner, the campaign chosen in the navigation, and a `message` for the window's bar."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QWidget

from omniprint.domain.errors import OmniPrintError
from omniprint.gui.tasks import TaskRunner
from omniprint.gui.widgets import error_text
from omniprint.services.workspace import Workspace

TITLE_STYLE = "font-size:18pt; font-weight:600;"
LEAD_STYLE = "color:#3d4350;"


class WorkPage(QWidget):
    """A page on one campaign (`campaign`, None before one is chosen); long work goes to
    `runner`, and what happened to `message` (kind: info, success or error; text)."""

    message = Signal(str, str)

    def __init__(
        self, ws: Workspace, runner: TaskRunner, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.ws, self.runner = ws, runner
        self.campaign: str | None = None

    def _failed(self, exc: BaseException) -> None:
        """A background task's failure, said in the message bar; a bug (anything but an
        `OmniPrintError`) goes on to the excepthook, with the log."""
        if not isinstance(exc, OmniPrintError):
            raise exc
        self.message.emit("error", error_text(exc))


def page_title(text: str = "", name: str = "") -> QLabel:
    """The big title at the top left of a page."""
    title = QLabel(text)
    if name:
        title.setObjectName(name)
    title.setStyleSheet(TITLE_STYLE)
    return title


def lead_text(text: str) -> QLabel:
    """The paragraph under a page's title that says what the page is for."""
    lead = QLabel(text)
    lead.setWordWrap(True)
    lead.setStyleSheet(LEAD_STYLE)
    return lead
