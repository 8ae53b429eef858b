"""The Design page: the design canvas of one piece variant, with templates and design files.

The canvas itself (`omniprint.gui.designer`) is imported only when the page needs it, so the app
runs while it is missing (a page then says what will come).
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from omniprint.domain.errors import OmniPrintError
from omniprint.domain.lengths import size_text
from omniprint.gui import dialogs
from omniprint.gui.chooser import VariantChooser
from omniprint.gui.i18n import template_title
from omniprint.gui.settings import preferred_units
from omniprint.gui.widgets import error_text
from omniprint.services import designs
from omniprint.services.workspace import Workspace

log = logging.getLogger(__name__)
DESIGNER_MODULE = "omniprint.gui.designer.widget"


def designer_available() -> bool:
    try:
        return importlib.util.find_spec(DESIGNER_MODULE) is not None
    except ModuleNotFoundError:
        return False


class DesignPage(QWidget):
    """Piece chooser and design tools on top, the designer (or a placeholder) below."""

    message = Signal(str, str)
    undo_stack_changed = Signal(object)  # the designer's QUndoStack, or None
    design_saved = Signal()

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("design_page")
        self.ws = ws
        self.campaign: str | None = None
        self.designer: QWidget | None = None
        self.guides_visible = True
        self.grid_visible = False

        self.chooser = VariantChooser(ws)
        self.template = QComboBox(objectName="template")
        self.template.setMinimumContentsLength(18)
        self.use_template = QPushButton(self.tr("Start from template"), objectName="use_template")
        self.import_button = QPushButton(self.tr("Import…"), objectName="import_design")
        self.export_button = QPushButton(self.tr("Export…"), objectName="export_design")
        self.people_button = QPushButton(self.tr("People…"), objectName="piece_people")
        self.people_button.setToolTip(self.tr("One card per person: the people of this piece"))
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Design of")))
        bar.addWidget(self.chooser)
        bar.addSpacing(16)
        bar.addWidget(self.template)
        bar.addWidget(self.use_template)
        bar.addStretch(1)
        bar.addWidget(self.people_button)
        bar.addWidget(self.import_button)
        bar.addWidget(self.export_button)

        self.stack = QStackedWidget()
        self.placeholder = QLabel(objectName="design_placeholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet(
            "color:#5f6673; font-size:12pt; background:#f4f5f7; border:1px dashed #c6cad1;"
        )
        self.stack.addWidget(self.placeholder)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)

        self.chooser.chosen.connect(self._open)
        self.use_template.clicked.connect(self.apply_template)
        self.import_button.clicked.connect(self.import_design)
        self.export_button.clicked.connect(self.export_design)
        self.people_button.clicked.connect(self.edit_people)

    # Which design ----------------------------------------------------------------------------

    def set_campaign(self, slug: str | None) -> None:
        self.campaign = slug
        self.chooser.load(slug)
        self._open(self.chooser.currentData())

    def refresh(self) -> None:
        self.chooser.load(self.campaign)

    def _open(self, choice: tuple[str, str] | None) -> None:
        self._close_designer()
        has = choice is not None and self.campaign is not None
        controls = (self.use_template, self.import_button, self.export_button, self.template)
        for widget in (*controls, self.people_button):
            widget.setEnabled(has)
        if not has:
            self.placeholder.setText(
                self.tr("Add a piece on the Plan page first: then design it here.")
            )
            self.stack.setCurrentWidget(self.placeholder)
            return
        piece, variant = choice
        self._fill_templates(piece)
        if not designer_available():
            self.placeholder.setText(
                self.tr(
                    "The design canvas is coming in the next version.\n\n"
                    "Meanwhile, start the design from a template above, or import a design file;"
                    " the Print page shows how it prints."
                )
            )
            self.stack.setCurrentWidget(self.placeholder)
            return
        try:
            module = importlib.import_module(DESIGNER_MODULE)
            self.designer = module.DesignerWidget(self.ws, self.campaign, piece, variant)
        except OmniPrintError as exc:
            self.message.emit("error", error_text(exc))
            self.stack.setCurrentWidget(self.placeholder)
            return
        self.designer.setObjectName("designer")
        self.stack.addWidget(self.designer)
        self.stack.setCurrentWidget(self.designer)
        self._call("set_guides_visible", self.guides_visible)
        self._call("set_grid_visible", self.grid_visible)
        saved = getattr(self.designer, "saved", None)
        if saved is not None:
            saved.connect(self.design_saved)
        self.undo_stack_changed.emit(self.undo_stack)

    def _close_designer(self) -> None:
        """Close the designer (it writes pending changes and stops its proof worker)."""
        if self.designer is not None:
            self._call("shutdown")
            self.stack.removeWidget(self.designer)
            self.designer.deleteLater()
            self.designer = None
            self.undo_stack_changed.emit(None)

    def shutdown(self) -> None:
        self._close_designer()

    @property
    def undo_stack(self) -> QUndoStack | None:
        return getattr(self.designer, "undo_stack", None) if self.designer else None

    def _call(self, name: str, *args: object) -> bool:
        """Call a designer command (cut, zoom_in...) when the designer is there."""
        fn = getattr(self.designer, name, None) if self.designer else None
        if fn is None:
            return False
        fn(*args)
        return True

    def edit_command(self, name: str) -> bool:
        return self._call(name)

    def set_guides_visible(self, visible: bool) -> None:
        self.guides_visible = visible
        self._call("set_guides_visible", visible)

    def set_grid_visible(self, visible: bool) -> None:
        self.grid_visible = visible
        self._call("set_grid_visible", visible)

    def set_units(self, unit: str) -> None:
        """Show lengths in ``unit`` ("mm" or "in"): the open designer and the size lists."""
        self._call("set_units", unit)
        self.refresh()
        if self.chooser.currentData() is not None:
            self._fill_templates(self.chooser.currentData()[0])

    # Templates and files ---------------------------------------------------------------------

    def _fill_templates(self, piece_slug: str) -> None:
        kind = None
        try:
            from omniprint.services import plan

            campaign = plan.find_campaign(self.ws, self.campaign)
            kind = plan.find_piece(self.ws, campaign, piece_slug).kind
        except OmniPrintError:
            pass
        self.template.clear()
        units = preferred_units()
        for t in designs.list_templates(kind):
            self.template.addItem(
                f"{template_title(t)}  ({size_text(t.width_mm, t.height_mm, units)})", t.name
            )

    def _chosen(self) -> tuple[str, str] | None:
        """The piece and variant chosen, or None when there is none (or no campaign)."""
        return self.chooser.currentData() if self.campaign else None

    def _change(self, change: Callable[[], object], done: str) -> bool:
        """Make `change` through the services and say so (`done`), or say why it failed."""
        try:
            change()
        except OmniPrintError as exc:
            self.message.emit("error", error_text(exc))
            return False
        self.message.emit("success", done)
        return True

    def _replace(self, choice: tuple[str, str], change: Callable[[], object], done: str) -> None:
        """Replace the chosen variant's design through the services, then show the new one."""
        if self._change(change, done):
            self._open(choice)
            self.design_saved.emit()

    def apply_template(self) -> None:
        choice, template = self._chosen(), self.template.currentData()
        if choice is None or template is None:
            return
        piece, variant = choice
        done = self.tr("The design now starts from “{name}”.").format(
            name=self.template.currentText()
        )
        self._replace(
            choice,
            lambda: designs.set_template(self.ws, self.campaign, piece, variant, template),
            done,
        )

    def import_design(self) -> None:
        choice = self._chosen()
        if choice is None:
            return
        path = dialogs.open_file(
            self, self.tr("Import a design"), "", self.tr("Design files (*.json)")
        )
        if path is None:
            return
        piece, variant = choice
        done = self.tr("Imported the design from {file}.").format(file=path)
        self._replace(
            choice,
            lambda: designs.import_design(self.ws, self.campaign, piece, variant, path),
            done,
        )

    def export_design(self) -> None:
        choice = self._chosen()
        if choice is None:
            return
        piece, variant = choice
        path = dialogs.save_file(
            self,
            self.tr("Export the design"),
            f"{self.campaign}-{piece}-{variant}.json",
            self.tr("Design files (*.json)"),
        )
        if path is not None:
            self._change(
                lambda: designs.export_design(self.ws, self.campaign, piece, variant, path),
                self.tr("Wrote the design to {file}.").format(file=path),
            )

    def edit_people(self) -> QWidget | None:
        """The people the chosen piece is printed for (one card each), in a dialog."""
        from omniprint.gui.people_dialog import PeopleDialog

        choice = self._chosen()
        if choice is None:
            return None
        dialog = PeopleDialog(self.ws, self.campaign, choice[0], self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self.design_saved)  # the proof and the Print page follow
        dialog.show()
        return dialog
