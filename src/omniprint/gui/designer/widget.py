"""`DesignerWidget`: the designer of one piece variant, assembled from its parts.

Saving: the workspace is the document (one file holds the business), so there is no separate
"Save": every change is written with `services.designs.save_design` shortly after it is made
(debounced, so a burst of nudges is one write), and when the widget closes. The undo stack's clean
state marks what is on disk; `saved` fires after each write.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QImageReader, QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSplitter,
    QStyle,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from omniprint.domain import formatting as fmt
from omniprint.domain.design import Design, Element, Side, dump_design, load_design
from omniprint.domain.design_fit import fit_to_trim
from omniprint.domain.errors import OmniPrintError
from omniprint.gui.designer import arrange
from omniprint.gui.designer.brandkit import BrandKitDialog
from omniprint.gui.designer.canvas import DesignScene, DesignView
from omniprint.gui.designer.commands import (
    AddElements,
    RemoveElements,
    ReplaceDesign,
    SetProperties,
)
from omniprint.gui.designer.document import DesignDocument
from omniprint.gui.designer.element_names import shown_name, shown_side
from omniprint.gui.designer.factory import new_element
from omniprint.gui.designer.fonts import use_workspace_fonts
from omniprint.gui.designer.gallery import TemplateGallery
from omniprint.gui.designer.items import RenderContext
from omniprint.gui.designer.layers import LayersPanel, element_title
from omniprint.gui.designer.palette import Palette
from omniprint.gui.designer.proof import ProofPane
from omniprint.gui.designer.properties import PropertiesPanel
from omniprint.gui.designer.rulers import RULER_PX, Ruler
from omniprint.gui.widgets import error_text
from omniprint.services import designs, printing
from omniprint.services.print_options import PrintOptions
from omniprint.services.settings import load_settings
from omniprint.services.workspace import Workspace

CLIPBOARD_MIME = "application/x-omniprint-elements"
SAVE_DELAY_MS = 400
PASTE_OFFSET_MM = 3.0
IMAGE_PPI = 300


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-weight: 600; padding: 6px 8px 2px 8px;")
    return label


class DesignerWidget(QWidget):
    """Design one piece variant: canvas, palette, properties, layers, preflight and proof."""

    selection_changed = Signal()
    saved = Signal()

    def __init__(
        self, ws: Workspace, campaign: str, piece: str, variant: str | None = None, parent=None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("designer")
        self.ws, self.target = ws, (campaign, piece, variant)
        job = printing.prepare_job(ws, campaign, piece, variant, allow_sample=True)
        use_workspace_fonts(ws)  # the brand's own fonts, before anything is measured or drawn
        self.kind = job.piece.kind
        self.doc = DesignDocument(designs.get_design(ws, campaign, piece, variant), self)
        self.undo_stack = QUndoStack(self)
        self.context = RenderContext(record=dict(job.records[0]), images=designs.image_source(ws))
        self.scene = DesignScene(self.doc, self.undo_stack, self.context, self)
        self.view = DesignView(self.scene)
        self.palette = Palette()
        self.properties = PropertiesPanel(self.doc, self.undo_stack)
        self.layers = LayersPanel(self.doc, self.undo_stack)
        self.issues = QListWidget()
        self.issues.setObjectName("preflight")
        # Each issue wraps in the panel's width rather than running off under a scroll bar.
        self.issues.setWordWrap(True)
        self.issues.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.issues.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.proof = ProofPane()
        self.tabs = QTabWidget()
        self.status = QLabel()
        self.status.setObjectName("saveStatus")
        # Wrapped: one long sentence must not set the window's smallest width.
        self.status.setWordWrap(True)
        self._save_timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save)
        self._proof_stale = True
        self._closed = False
        self._build()
        self._connect()
        self.set_units(load_settings().units)
        self.set_side(0)
        self._refresh_swatches()
        self.run_preflight()
        self._say(self.tr("Changes are saved in the workspace as you make them."))
        self.resize(1280, 800)

    # -- assembly -----------------------------------------------------------------------------

    def _build(self) -> None:
        canvas = QWidget()
        grid = QGridLayout(canvas)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(0)
        corner = QWidget()
        corner.setFixedSize(RULER_PX, RULER_PX)
        self.h_ruler = Ruler(self.view, Qt.Orientation.Horizontal, canvas)
        self.v_ruler = Ruler(self.view, Qt.Orientation.Vertical, canvas)
        grid.addWidget(corner, 0, 0)
        grid.addWidget(self.h_ruler, 0, 1)
        grid.addWidget(self.v_ruler, 1, 0)
        grid.addWidget(self.view, 1, 1)
        self.tabs.addTab(canvas, self.tr("Design"))
        self.tabs.addTab(self.proof, self.tr("Proof"))
        self.tabs.setDocumentMode(True)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.properties)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layers_box, issues_box = QWidget(), QWidget()
        for box, title, content in (
            (layers_box, self.tr("Layers"), self.layers),
            (issues_box, self.tr("Preflight"), self.issues),
        ):
            layout = QVBoxLayout(box)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.setSpacing(0)
            layout.addWidget(_heading(title))
            layout.addWidget(content)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(scroll)
        right.addWidget(layers_box)
        right.addWidget(issues_box)
        right.setSizes([430, 220, 120])
        right.setMinimumWidth(330)

        main = QSplitter(Qt.Orientation.Horizontal)
        main.addWidget(self.palette)
        main.addWidget(self.tabs)
        main.addWidget(right)
        main.setStretchFactor(1, 1)
        main.setCollapsible(1, False)
        main.setSizes([max(84, self.palette.minimumWidth()), 860, 350])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._toolbar())
        layout.addWidget(main, 1)
        footer = QWidget()
        foot = QVBoxLayout(footer)
        foot.setContentsMargins(8, 3, 8, 3)
        foot.addWidget(self.status)
        layout.addWidget(footer)

    def _toolbar(self) -> QToolBar:
        bar = QToolBar(self)
        bar.setObjectName("designerToolbar")
        bar.setIconSize(QSize(18, 18))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        style = self.style()
        sides = QActionGroup(self)
        self.front_action = QAction(self.tr("Front"), self, checkable=True)
        self.back_action = QAction(self.tr("Back"), self, checkable=True)
        self.front_action.triggered.connect(lambda: self.set_side(0))
        self.back_action.triggered.connect(lambda: self.set_side(1))
        for action in (self.front_action, self.back_action):
            sides.addAction(action)
            bar.addAction(action)
        bar.addSeparator()
        templates = bar.addAction(
            style.standardIcon(QStyle.StandardPixmap.SP_FileDialogContentsView),
            self.tr("Templates…"),
        )
        templates.triggered.connect(self.choose_template)
        brand = bar.addAction(
            style.standardIcon(QStyle.StandardPixmap.SP_DirHomeIcon), self.tr("Brand kit…")
        )
        brand.triggered.connect(self.edit_brand_kit)
        bar.addSeparator()
        undo = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        undo.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        redo = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        redo.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward))
        for action in (undo, redo):
            action.setShortcut("")  # the window's Edit menu owns Ctrl+Z / Ctrl+Y
            bar.addAction(action)
            bar.widgetForAction(action).setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        bar.addSeparator()
        for text, slot in (("−", self.zoom_out), ("+", self.zoom_in)):
            button = QToolButton(text=text, autoRaise=True)
            button.setToolTip(
                self.tr("Zoom out (Ctrl+−)") if text == "−" else self.tr("Zoom in (Ctrl++)")
            )
            button.clicked.connect(slot)
            button.setFixedWidth(26)
            if text == "+":
                bar.addWidget(self._zoom_label())
            bar.addWidget(button)
        bar.addAction(self.tr("Fit"), self.zoom_fit).setToolTip(self.tr("Whole page (Ctrl+0)"))
        bar.addAction(self.tr("100 %"), self.zoom_actual).setToolTip(
            self.tr("True size on this screen (Ctrl+1)")
        )
        bar.addSeparator()
        self.guides_action = bar.addAction(self.tr("Guides"))
        self.guides_action.setCheckable(True)
        self.guides_action.setChecked(True)
        self.guides_action.setToolTip(self.tr("Bleed (red), trim (green) and safe area (blue)"))
        self.guides_action.toggled.connect(self.set_guides_visible)
        self.grid_action = bar.addAction(self.tr("Grid"))
        self.grid_action.setCheckable(True)
        self.grid_action.setToolTip(self.tr("5 mm grid; elements snap to it"))
        self.grid_action.toggled.connect(self.set_grid_visible)
        self.snap_action = bar.addAction(self.tr("Snap"))
        self.snap_action.setCheckable(True)
        self.snap_action.setChecked(True)
        self.snap_action.setToolTip(
            self.tr(
                "Snap to guides, page edges and other elements"
                " (hold Alt while dragging to not snap)"
            )
        )
        self.snap_action.toggled.connect(lambda on: setattr(self.scene, "snapping", on))
        return bar

    def _zoom_label(self) -> QLabel:
        self.zoom_label = QLabel(fmt.percent(100))
        self.zoom_label.setObjectName("zoomLabel")
        self.zoom_label.setMinimumWidth(48)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return self.zoom_label

    def _connect(self) -> None:
        self.palette.requested.connect(self.add_element)
        self.scene.selectionChanged.connect(self._scene_selection)
        self.layers.selection_changed.connect(self._layers_selection)
        self.layers.delete_requested.connect(self.delete)
        self.view.delete_requested.connect(self.delete)
        self.view.images_dropped.connect(self.place_images)
        self.view.zoom_changed.connect(lambda p: self.zoom_label.setText(fmt.percent(p, 0)))
        self.view.view_changed.connect(self.h_ruler.update)
        self.view.view_changed.connect(self.v_ruler.update)
        self.properties.arrange_requested.connect(self.arrange)
        self.properties.replace_image_requested.connect(self.replace_image)
        self.issues.itemClicked.connect(self._issue_clicked)
        self.undo_stack.indexChanged.connect(self._changed)
        self.doc.reset.connect(self._design_replaced)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.proof.refresh_requested.connect(self.refresh_proof)

    # -- sides, selection ---------------------------------------------------------------------

    def set_side(self, side: int) -> None:
        """Show the front (0) or back (1); asking for a missing back adds one (undoable)."""
        if side >= len(self.doc.design.sides):
            design = self.doc.snapshot()
            design.sides.append(Side(name="back", background=design.sides[0].background))
            self.undo_stack.push(ReplaceDesign(self.doc, design, self.tr("Add back side")))
        self.scene.set_side(side)
        self.layers.set_side(self.scene.side)
        self.properties.set_side(self.scene.side)
        self.front_action.setChecked(self.scene.side == 0)
        self.back_action.setChecked(self.scene.side == 1)
        self.back_action.setText(
            self.tr("Back") if len(self.doc.design.sides) > 1 else self.tr("Add back")
        )
        self._show_issues()

    @property
    def side(self) -> int:
        return self.scene.side

    def selected_ids(self) -> list[str]:
        return self.scene.selected_ids()

    def select(self, ids: list[str]) -> None:
        self.scene.select_ids(ids)

    def _scene_selection(self) -> None:
        ids = self.scene.selected_ids()
        self.layers.show_selection(ids)
        self.properties.set_selection(ids)
        self.selection_changed.emit()

    def _layers_selection(self, ids: list[str]) -> None:
        self.scene.select_ids(ids)
        # Locked elements cannot be selected on the canvas, but the panel still shows them.
        self.properties.set_selection(ids)
        self.layers.show_selection(ids)

    def _design_replaced(self) -> None:
        self.set_side(min(self.scene.side, len(self.doc.design.sides) - 1))
        self._refresh_swatches()

    # -- adding -------------------------------------------------------------------------------

    def _visible_center(self) -> tuple[float, float]:
        page = self.scene.page_rect(bleed=False)
        seen = self.view.mapToScene(self.view.viewport().rect()).boundingRect()
        center = seen.intersected(page).center() if seen.intersects(page) else page.center()
        return center.x(), center.y()

    def _page(self) -> tuple[float, float]:
        return self.doc.design.width_mm, self.doc.design.height_mm

    def add_element(self, kind: str, center: tuple[float, float] | None = None) -> str | None:
        """Place a new element of ``kind`` (the palette's buttons); returns its id."""
        if kind == "image":
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Place an image"), "", self.tr("Images (*.png *.jpg *.jpeg)")
            )
            if path:
                ids = self.place_images([path], None)
                return ids[0] if ids else None
            return None
        element = new_element(
            kind, self.doc.new_id(kind), center or self._visible_center(), self._page()
        )
        self._add([element], self.tr("Add %s") % element_title(element).split(" (")[0].lower())
        return element.id

    def _add(self, elements: list[Element], text: str) -> None:
        self.undo_stack.push(AddElements(self.doc, self.scene.side, elements, text))
        self.scene.select_ids([el.id for el in elements])
        self.view.setFocus()

    def place_images(self, paths: list[str], at: QPointF | None) -> list[str]:
        """Store image files in the workspace and place them (at a scene point, or centred)."""
        elements = []
        center = (at.x(), at.y()) if at is not None else self._visible_center()
        for n, path in enumerate(paths):
            try:
                asset = designs.add_image(self.ws, path)
            except OmniPrintError as exc:
                self._say(error_text(exc), error=True)
                continue
            size = QImageReader(path).size()
            mm = (size.width() / IMAGE_PPI * 25.4, size.height() / IMAGE_PPI * 25.4)
            if not size.isValid() or not mm[0] or not mm[1]:
                mm = (40.0, 30.0)
            spot = (center[0] + n * PASTE_OFFSET_MM, center[1] + n * PASTE_OFFSET_MM)
            elements.append(
                new_element(
                    "image",
                    self.doc.new_id("image"),
                    spot,
                    self._page(),
                    size=mm,
                    asset=asset,
                    name=Path(path).stem,
                )
            )
        if elements:
            self._add(elements, self.tr("Place image"))
        return [el.id for el in elements]

    def replace_image(self) -> None:
        ids = self.selected_ids()
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Replace image"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if not path or len(ids) != 1:
            return
        try:
            asset = designs.add_image(self.ws, path)
        except OmniPrintError as exc:
            self._say(error_text(exc), error=True)
            return
        self.undo_stack.push(
            SetProperties(self.doc, {ids[0]: {"asset": asset}}, self.tr("Replace image"))
        )

    # -- edit actions (the window's Edit menu calls these) ------------------------------------

    def _selected_elements(self) -> list[Element]:
        return [e for e in (self.doc.element(i) for i in self.selected_ids()) if e is not None]

    def copy(self) -> None:
        elements = self._selected_elements()
        if not elements:
            return
        d = self.doc.design
        clip = Design("clipboard", d.kind, d.width_mm, d.height_mm, sides=[Side("front")])
        clip.sides[0].elements = elements
        mime = QMimeData()
        mime.setData(CLIPBOARD_MIME, json.dumps(dump_design(clip)).encode("utf-8"))
        QGuiApplication.clipboard().setMimeData(mime)
        _release_clipboard_on_quit()

    def cut(self) -> None:
        self.copy()
        self.delete()

    def paste(self) -> None:
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None or not mime.hasFormat(CLIPBOARD_MIME):
            return
        try:
            clip = load_design(bytes(mime.data(CLIPBOARD_MIME)).decode("utf-8"))
        except OmniPrintError:
            return
        self._add(self._copies(clip.sides[0].elements), self.tr("Paste"))

    def duplicate(self) -> None:
        elements = self._selected_elements()
        if elements:
            self._add(self._copies(elements), self.tr("Duplicate"))

    def _copies(self, elements: list[Element]) -> list[Element]:
        import copy as _copy

        out = []
        for el in elements:
            twin = _copy.deepcopy(el)
            twin.id = self.doc.new_id(el.id)
            while any(twin.id == o.id for o in out):
                twin.id = twin.id + "b"
            twin.x_mm = round(el.x_mm + PASTE_OFFSET_MM, 2)
            twin.y_mm = round(el.y_mm + PASTE_OFFSET_MM, 2)
            twin.locked = False
            out.append(twin)
        return out

    def delete(self) -> None:
        ids = self.selected_ids() or self.layers.selected_ids()
        if ids:
            self.undo_stack.push(RemoveElements(self.doc, ids, self.tr("Delete")))

    def select_all(self) -> None:
        self.scene.select_ids(
            [el.id for el in self.doc.elements(self.scene.side) if not el.locked and not el.hidden]
        )

    def arrange(self, how: str) -> None:
        """Align (left, hcenter, right, top, vcenter, bottom) or distribute-h / distribute-v."""
        elements = [el for el in self._selected_elements() if not el.locked]
        if how.startswith("distribute"):
            changes = arrange.distribute(elements, horizontal=how.endswith("-h"))
        else:
            changes = arrange.align(elements, how, self._page())
        if changes:
            self.undo_stack.push(SetProperties(self.doc, changes, self.tr("Arrange")))

    # -- view ---------------------------------------------------------------------------------

    def zoom_in(self) -> None:
        self.view.zoom_by(1.25)

    def zoom_out(self) -> None:
        self.view.zoom_by(1 / 1.25)

    def zoom_fit(self) -> None:
        self.view.zoom_fit()

    def zoom_actual(self) -> None:
        self.view.zoom_actual()

    def set_units(self, unit: str) -> None:
        """Rulers and the properties' lengths in ``unit`` ("mm" or "in"), from Preferences."""
        self.properties.set_units(unit)
        self.h_ruler.set_unit(unit)
        self.v_ruler.set_unit(unit)

    def set_guides_visible(self, on: bool) -> None:
        self.scene.guides_visible = on
        self.guides_action.setChecked(on)
        self.scene.update()

    def set_grid_visible(self, on: bool) -> None:
        self.scene.grid_visible = on
        self.grid_action.setChecked(on)
        self.scene.update()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self.view.zoom_fit)
        self.view.setFocus()

    # -- templates, brand kit -----------------------------------------------------------------

    def choose_template(self) -> None:
        dialog = TemplateGallery(self.kind, self.context.record, self)
        if dialog.exec() and dialog.chosen():
            d = self.doc.design
            design = fit_to_trim(designs.load_template(dialog.chosen()), d.width_mm, d.height_mm)
            self.undo_stack.push(ReplaceDesign(self.doc, design, self.tr("Use template")))

    def edit_brand_kit(self) -> None:
        if BrandKitDialog(self.ws, self.doc.colors(), self).exec():
            self.properties.set_font_families(use_workspace_fonts(self.ws))
            self.refresh_sample()

    def refresh_sample(self) -> None:
        """Fetch the sample record again (business details or codes changed)."""
        job = printing.prepare_job(self.ws, *self.target, allow_sample=True)
        self.context.record = dict(job.records[0])
        self.scene.refresh_all()
        self._proof_stale = True

    def _refresh_swatches(self) -> None:
        self.properties.set_brand_colors(self.doc.colors())

    # -- saving, preflight, proof -------------------------------------------------------------

    def _changed(self) -> None:
        self._proof_stale = True
        self._say(self.tr("Saving…"))
        self._save_timer.start()

    def save(self) -> bool:
        """Write the design to the workspace now; False (and the reason shown) if refused."""
        self._save_timer.stop()
        try:
            designs.save_design(self.ws, *self.target, self.doc.snapshot())
        except OmniPrintError as exc:
            self._say(self.tr("Not saved: %s") % exc, error=True)
            return False
        self.undo_stack.setClean()
        self._say(self.tr("All changes saved in the workspace."))
        self._refresh_swatches()
        self.run_preflight()
        if self.tabs.currentWidget() is self.proof:
            self.refresh_proof()
        self.saved.emit()
        return True

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(
            "color: #b00020;" if error else "color: palette(placeholder-text);"
        )

    def run_preflight(self) -> None:
        """Check the saved design as the press would; mark elements and list the issues."""
        try:
            found = printing.check_job(self.ws, *self.target, PrintOptions(mode="press"))
        except OmniPrintError as exc:
            self._issues = []
            self._say(error_text(exc), error=True)
        else:
            self._issues = found
        by_label = {el.label: el.id for _, el in self.doc.design.elements()}
        by_label.update({el.id: el.id for _, el in self.doc.design.elements()})
        self.context.issues = {}
        for issue in self._issues:
            element_id = by_label.get(issue.element)
            if element_id and self.context.issues.get(element_id) != "error":
                self.context.issues[element_id] = issue.level
        self.scene.refresh_all()
        self._show_issues()

    def _show_issues(self) -> None:
        if not hasattr(self, "_issues"):
            return
        self.issues.clear()
        style = self.style()
        by_label = {el.label: el.id for _, el in self.doc.design.elements()}
        for issue in self._issues:
            icon = style.standardIcon(
                QStyle.StandardPixmap.SP_MessageBoxCritical
                if issue.level == "error"
                else QStyle.StandardPixmap.SP_MessageBoxWarning
            )
            side, element = shown_side(issue.side), shown_name(issue.element)
            item = QListWidgetItem(icon, f"{side.capitalize()} · {element}: {issue.message}")
            item.setToolTip(str(issue))
            item.setData(Qt.ItemDataRole.UserRole, by_label.get(issue.element, issue.element))
            item.setData(Qt.ItemDataRole.UserRole + 1, issue.side)
            self.issues.addItem(item)
        if not self._issues:
            item = QListWidgetItem(
                style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton),
                self.tr("Ready for press: no problems found."),
            )
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.issues.addItem(item)

    def _issue_clicked(self, item: QListWidgetItem) -> None:
        element_id = item.data(Qt.ItemDataRole.UserRole)
        found = self.doc.find(element_id) if element_id else None
        if found is None:
            return
        if found[0] != self.scene.side:
            self.set_side(found[0])
        self.tabs.setCurrentIndex(0)
        self._layers_selection([element_id])
        item_view = self.scene.items_by_id.get(element_id)
        if item_view is not None:
            self.view.ensureVisible(item_view)

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.proof and (self._proof_stale or not self.proof.busy):
            self.refresh_proof()

    def refresh_proof(self) -> None:
        """Save, then make the proof PDF on the worker."""
        if self._save_timer.isActive() and not self.save():
            return
        self._proof_stale = False
        self.proof.start(self.ws.path, self.target)

    def shutdown(self) -> None:
        """Write pending changes and wait for the proof worker; safe to call twice."""
        if self._closed:
            return
        self._closed = True
        if self._save_timer.isActive() or not self.undo_stack.isClean():
            self.save()
        self.proof.shutdown()

    def closeEvent(self, event) -> None:
        self.shutdown()
        super().closeEvent(event)


_clipboard_hooked = False


def release_clipboard() -> None:
    """Take our elements off the clipboard. Qt would otherwise free the clipboard's data after the
    interpreter has released its wrapper, and crash at exit."""
    clipboard = QGuiApplication.clipboard()
    mime = clipboard.mimeData()
    if mime is not None and mime.hasFormat(CLIPBOARD_MIME):
        clipboard.clear()


def _release_clipboard_on_quit() -> None:
    global _clipboard_hooked
    if not _clipboard_hooked:
        QGuiApplication.instance().aboutToQuit.connect(release_clipboard)
        _clipboard_hooked = True
