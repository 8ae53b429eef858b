"""The canvas: a scene in millimetres that shows one side of the design, and its view.

The scene keeps one `ElementItem` per element of the side shown and redraws them from the document's
signals. Mouse work (moving, resizing, rotating) previews on the items and ends in ONE undo command.
"""

from __future__ import annotations

import math
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QPainter, QPen, QTransform, QUndoStack
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QPinchGesture,
)

from omniprint.domain.design import LineElement
from omniprint.gui.designer.commands import SetProperties
from omniprint.gui.designer.document import DesignDocument
from omniprint.gui.designer.items import SELECTION, ElementItem, RenderContext, qcolor

MM_PER_INCH = 25.4
GRID_MM = 5.0
SNAP_PX = 6.0
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg")
PASTEBOARD = QColor(226, 228, 232)
BLEED_GUIDE = QColor(214, 40, 40)
TRIM_GUIDE = QColor(0, 150, 60)
SAFE_GUIDE = QColor(0, 150, 230)


def _r(value: float) -> float:
    """Millimetres as stored: two decimals are a hundredth of a millimetre."""
    return round(value, 2) + 0.0


class DesignScene(QGraphicsScene):
    """One side of the design, drawn true to size (1 scene unit = 1 mm, origin at the trim)."""

    def __init__(self, doc: DesignDocument, undo: QUndoStack, context: RenderContext, parent=None):
        super().__init__(parent)
        self.doc, self.undo, self.context = doc, undo, context
        self.side = 0
        self.items_by_id: dict[str, ElementItem] = {}
        self.guides_visible = True
        self.grid_visible = False
        self.snapping = True
        self.px_per_mm = 4.0  # the view keeps this up to date, for sizes in screen pixels
        self._drag: dict | None = None
        self.snap_lines: list[tuple[str, float]] = []
        self.frame = SelectionFrame(self)
        self.addItem(self.frame)
        doc.element_changed.connect(self._element_changed)
        doc.side_changed.connect(self._side_changed)
        doc.background_changed.connect(lambda _side: self.update())
        doc.reset.connect(self.rebuild)
        self.selectionChanged.connect(self.frame.follow)
        self.rebuild()

    # -- model -> items -----------------------------------------------------------------------

    def page_rect(self, bleed: bool = True) -> QRectF:
        d = self.doc.design
        b = d.bleed_mm if bleed else 0.0
        return QRectF(-b, -b, d.width_mm + 2 * b, d.height_mm + 2 * b)

    def set_side(self, side: int) -> None:
        self.side = max(0, min(side, len(self.doc.design.sides) - 1))
        self.rebuild()

    def rebuild(self) -> None:
        """Make the items again from the document (side shown, selection kept by id)."""
        keep = self.selected_ids()
        self.blockSignals(True)
        for item in self.items_by_id.values():
            self.removeItem(item)
        self.items_by_id.clear()
        self.side = min(self.side, len(self.doc.design.sides) - 1)
        for z, el in enumerate(self.doc.elements(self.side)):
            item = ElementItem(el, self.context)
            item.setZValue(z)
            self.addItem(item)
            self.items_by_id[el.id] = item
            item.setSelected(el.id in keep and not el.locked)
        self.blockSignals(False)
        margin = max(20.0, 0.25 * max(self.doc.design.width_mm, self.doc.design.height_mm))
        self.setSceneRect(self.page_rect().adjusted(-margin, -margin, margin, margin))
        self.selectionChanged.emit()
        self.update()

    def _element_changed(self, element_id: str) -> None:
        item = self.items_by_id.get(element_id)
        if item is not None:
            item.element = self.doc.element(element_id) or item.element
            item.sync()
            self.frame.follow()

    def _side_changed(self, side: int) -> None:
        if side == self.side:
            self.rebuild()

    def refresh_all(self) -> None:
        """Redraw every item (the sample record or the preflight issues changed)."""
        for item in self.items_by_id.values():
            item.update()

    # -- selection ----------------------------------------------------------------------------

    def selected_items(self) -> list[ElementItem]:
        """Selected element items in z-order (bottom first)."""
        return sorted(
            (i for i in self.selectedItems() if isinstance(i, ElementItem)),
            key=lambda i: i.zValue(),
        )

    def selected_ids(self) -> list[str]:
        return [i.element.id for i in self.selected_items()]

    def select_ids(self, ids: list[str]) -> None:
        self.blockSignals(True)
        self.clearSelection()
        for element_id in ids:
            item = self.items_by_id.get(element_id)
            if item is not None:
                item.setSelected(True)
        self.blockSignals(False)
        self.selectionChanged.emit()

    # -- moving -------------------------------------------------------------------------------

    def begin_drag(self, pos: QPointF) -> None:
        movable = [i for i in self.selected_items() if not i.element.locked]
        if not movable:
            self._drag = None
            return
        others = [
            i.sceneBoundingRect()
            for i in self.items_by_id.values()
            if i.isVisible() and not i.isSelected()
        ]
        rect = QRectF()
        for item in movable:
            rect = rect.united(item.mapRectToScene(item.local_box()))
        self._drag = {
            "start": pos,
            "items": [(i, i.pos()) for i in movable],
            "rect": rect,
            "targets": self._snap_targets(others),
            "moved": False,
        }

    def _snap_targets(self, others: list[QRectF]) -> tuple[list[float], list[float]]:
        d = self.doc.design
        xs = [0.0, d.width_mm / 2, d.width_mm, d.safe_mm, d.width_mm - d.safe_mm]
        ys = [0.0, d.height_mm / 2, d.height_mm, d.safe_mm, d.height_mm - d.safe_mm]
        xs += [-d.bleed_mm, d.width_mm + d.bleed_mm]
        ys += [-d.bleed_mm, d.height_mm + d.bleed_mm]
        for r in others:
            xs += [r.left(), r.center().x(), r.right()]
            ys += [r.top(), r.center().y(), r.bottom()]
        return xs, ys

    def snap(self, rect: QRectF, targets: tuple[list[float], list[float]]) -> QPointF:
        """The offset bringing an edge or the centre of ``rect`` onto a guide, element or grid."""
        self.snap_lines = []
        if not self.snapping:
            return QPointF()
        threshold = SNAP_PX / self.px_per_mm
        offset = []
        for axis, edges, candidates in (
            ("x", (rect.left(), rect.center().x(), rect.right()), targets[0]),
            ("y", (rect.top(), rect.center().y(), rect.bottom()), targets[1]),
        ):
            best: tuple[float, float] | None = None
            for edge in edges:
                for target in candidates:
                    if abs(target - edge) <= threshold and (
                        best is None or abs(target - edge) < abs(best[0])
                    ):
                        best = (target - edge, target)
                if self.grid_visible:
                    target = round(edge / GRID_MM) * GRID_MM
                    if abs(target - edge) <= threshold and (
                        best is None or abs(target - edge) < abs(best[0])
                    ):
                        best = (target - edge, target)
            if best is not None:
                self.snap_lines.append((axis, best[1]))
            offset.append(best[0] if best else 0.0)
        return QPointF(*offset)

    def drag_to(self, pos: QPointF, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
        drag = self._drag
        if drag is None:
            return
        delta = pos - drag["start"]
        if not drag["moved"] and math.hypot(delta.x(), delta.y()) * self.px_per_mm < 2:
            return  # a click, not a drag
        drag["moved"] = True
        if modifiers & Qt.KeyboardModifier.AltModifier:
            self.snap_lines = []
        else:
            delta += self.snap(drag["rect"].translated(delta), drag["targets"])
        for item, start in drag["items"]:
            item.setPos(start + delta)
        self.frame.follow()
        self.update()

    def end_drag(self) -> bool:
        """Finish a drag with one undo command; False when the mouse did not move."""
        drag, self._drag = self._drag, None
        self.snap_lines = []
        self.update()
        if not drag or not drag["moved"]:
            return False
        changes = {}
        for item, _ in drag["items"]:
            _, _, w, h = item.box()
            changes[item.element.id] = {
                "x_mm": _r(item.pos().x() - w / 2),
                "y_mm": _r(item.pos().y() - h / 2),
            }
        self.undo.push(SetProperties(self.doc, changes, self.tr("Move")))
        return True

    def nudge(self, dx: float, dy: float) -> None:
        items = [i for i in self.selected_items() if not i.element.locked]
        if not items:
            return
        changes = {
            i.element.id: {"x_mm": _r(i.element.x_mm + dx), "y_mm": _r(i.element.y_mm + dy)}
            for i in items
        }
        key = "nudge:" + ",".join(sorted(changes))
        self.undo.push(SetProperties(self.doc, changes, self.tr("Nudge"), merge_key=key))

    # -- drawing ------------------------------------------------------------------------------

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        painter.fillRect(rect, PASTEBOARD)
        page = self.page_rect()
        background = self.doc.design.sides[self.side].background
        painter.fillRect(page, qcolor(background) if background else QColor(Qt.GlobalColor.white))

    def _draw_grid(self, painter: QPainter, page: QRectF) -> None:
        d = self.doc.design
        minor = QPen(QColor(0, 120, 215, 40), 0)
        major = QPen(QColor(0, 120, 215, 90), 0)
        x = 0.0
        while x <= d.width_mm + 1e-6:
            painter.setPen(major if round(x / GRID_MM) % 2 == 0 else minor)
            painter.drawLine(QPointF(x, page.top()), QPointF(x, page.bottom()))
            x += GRID_MM
        y = 0.0
        while y <= d.height_mm + 1e-6:
            painter.setPen(major if round(y / GRID_MM) % 2 == 0 else minor)
            painter.drawLine(QPointF(page.left(), y), QPointF(page.right(), y))
            y += GRID_MM

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        if self.grid_visible:  # over the artwork: a grid under a full-bleed background is useless
            self._draw_grid(painter, self.page_rect())
        if self.guides_visible:
            d = self.doc.design
            for colour, box, style in (
                (BLEED_GUIDE, self.page_rect(), Qt.PenStyle.DashLine),
                (TRIM_GUIDE, self.page_rect(bleed=False), Qt.PenStyle.SolidLine),
                (
                    SAFE_GUIDE,
                    QRectF(
                        d.safe_mm,
                        d.safe_mm,
                        d.width_mm - 2 * d.safe_mm,
                        d.height_mm - 2 * d.safe_mm,
                    ),
                    Qt.PenStyle.DashLine,
                ),
            ):
                pen = QPen(colour, 1, style)
                pen.setCosmetic(True)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(box)
        pen = QPen(QColor(236, 0, 140), 1)
        pen.setCosmetic(True)
        painter.setPen(pen)
        scene = self.sceneRect()
        for axis, value in self.snap_lines:
            if axis == "x":
                painter.drawLine(QPointF(value, scene.top()), QPointF(value, scene.bottom()))
            else:
                painter.drawLine(QPointF(scene.left(), value), QPointF(scene.right(), value))


class Handle(QGraphicsRectItem):
    """A resize (``sx``, ``sy`` in -1/0/1) or rotate handle, the same size at any zoom."""

    def __init__(self, frame: SelectionFrame, sx: int, sy: int, rotate: bool = False) -> None:
        super().__init__(-4.5, -4.5, 9, 9, frame)
        self.frame, self.sx, self.sy, self.rotate = frame, sx, sy, rotate
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setPen(QPen(SELECTION, 1.2))
        self.setBrush(QColor(Qt.GlobalColor.white))
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton)
        if rotate:
            self.setCursor(QCursor(Qt.CursorShape.CrossCursor))
            self.setToolTip(QCoreApplication.translate("Designer", "Rotate (Shift: steps of 15°)"))
        else:
            shapes = {
                0: Qt.CursorShape.SizeHorCursor,
                1: Qt.CursorShape.SizeVerCursor,
                2: Qt.CursorShape.SizeFDiagCursor,
                3: Qt.CursorShape.SizeBDiagCursor,
            }
            kind = 0 if sy == 0 else 1 if sx == 0 else 2 if sx == sy else 3
            self.setCursor(QCursor(shapes[kind]))

    def paint(self, painter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(self.pen())
        painter.setBrush(self.brush())
        if self.rotate:
            painter.drawEllipse(self.rect())
        else:
            painter.drawRect(self.rect())

    def mousePressEvent(self, event) -> None:
        self.frame.begin(self, event.scenePos())
        event.accept()

    def mouseMoveEvent(self, event) -> None:
        self.frame.drag(event.scenePos(), event.modifiers())

    def mouseReleaseEvent(self, event) -> None:
        self.frame.finish()


class SelectionFrame(QGraphicsItem):
    """Resize and rotate handles around the single selected element."""

    def __init__(self, scene: DesignScene) -> None:
        super().__init__()
        self._scene = scene
        self.target: ElementItem | None = None
        self.setZValue(1e6)
        self.handles = [
            Handle(self, sx, sy) for sx in (-1, 0, 1) for sy in (-1, 0, 1) if (sx, sy) != (0, 0)
        ]
        self.rotator = Handle(self, 0, -1, rotate=True)
        self._start: dict | None = None
        self.setVisible(False)

    def boundingRect(self) -> QRectF:
        return QRectF()

    def paint(self, painter, option, widget=None) -> None:
        pass

    def follow(self) -> None:
        """Sit on the single selected, unlocked item (hidden otherwise)."""
        if not shiboken6.isValid(self._scene) or not shiboken6.isValid(self):
            return  # the scene is being destroyed and clears its selection
        selected = self._scene.selected_items()
        target = selected[0] if len(selected) == 1 and not selected[0].element.locked else None
        self.target = target
        self.setVisible(target is not None)
        if target is None:
            return
        self.setPos(target.pos())
        self.setRotation(target.rotation())
        box = target.local_box()
        line = isinstance(target.element, LineElement)
        for handle in self.handles:
            handle.setPos(
                box.center().x() + handle.sx * box.width() / 2,
                box.center().y() + handle.sy * box.height() / 2,
            )
            handle.setVisible(not line or (handle.sx != 0 and handle.sy != 0))
        self.rotator.setPos(box.center().x(), box.top() - 22 / self._scene.px_per_mm)
        self.rotator.setVisible(not line)

    def begin(self, handle: Handle, pos: QPointF) -> None:
        if self.target is None:
            return
        el = self.target.element
        center = QPointF(el.x_mm + el.w_mm / 2, el.y_mm + el.h_mm / 2)
        to_scene = QTransform().translate(center.x(), center.y()).rotate(el.rotation_deg)
        self._start = {
            "handle": handle,
            "box": (el.x_mm, el.y_mm, el.w_mm, el.h_mm),
            "to_scene": to_scene,
            "to_local": to_scene.inverted()[0],
            "center": center,
            "moved": False,
        }

    def drag(self, pos: QPointF, modifiers) -> None:
        start, target = self._start, self.target
        if start is None or target is None:
            return
        start["moved"] = True
        handle: Handle = start["handle"]
        shift = bool(modifiers & Qt.KeyboardModifier.ShiftModifier)
        if handle.rotate:
            d = pos - start["center"]
            angle = math.degrees(math.atan2(d.x(), -d.y()))
            step = 15 if shift else 1
            angle = round(angle / step) * step
            target.setRotation(angle)
            start["rotation"] = (angle + 180) % 360 - 180
        else:
            target.preview = self._resized(start, start["to_local"].map(pos), shift)
            target.sync()
        self.follow()

    def _resized(self, start: dict, p: QPointF, keep_ratio: bool):
        _, _, w, h = start["box"]
        handle: Handle = start["handle"]
        line = isinstance(self.target.element, LineElement) if self.target else False
        left, right, top, bottom = -w / 2, w / 2, -h / 2, h / 2
        minimum = 0.0 if line else 1.0
        if handle.sx < 0:
            left = min(p.x(), right - minimum) if not line else p.x()
        elif handle.sx > 0:
            right = max(p.x(), left + minimum) if not line else p.x()
        if handle.sy < 0:
            top = min(p.y(), bottom - minimum) if not line else p.y()
        elif handle.sy > 0:
            bottom = max(p.y(), top + minimum) if not line else p.y()
        nw, nh = right - left, bottom - top
        if keep_ratio and handle.sx and handle.sy and w and h:
            factor = max(abs(nw) / abs(w), abs(nh) / abs(h))
            nw, nh = w * factor, h * factor
            left = right - nw if handle.sx < 0 else left
            top = bottom - nh if handle.sy < 0 else top
            right, bottom = left + nw, top + nh
        center = start["to_scene"].map(QPointF((left + right) / 2, (top + bottom) / 2))
        return (_r(center.x() - nw / 2), _r(center.y() - nh / 2), _r(nw), _r(nh))

    def finish(self) -> None:
        start, target = self._start, self.target
        self._start = None
        if start is None or target is None or not start["moved"]:
            return
        el_id = target.element.id
        if start["handle"].rotate:
            values = {"rotation_deg": float(start.get("rotation", target.element.rotation_deg))}
            text = self._scene.tr("Rotate")
        else:
            x, y, w, h = target.preview or start["box"]
            target.preview = None
            values = {"x_mm": x, "y_mm": y, "w_mm": w, "h_mm": h}
            text = self._scene.tr("Resize")
        self._scene.undo.push(SetProperties(self._scene.doc, {el_id: values}, text))
        target.sync()


class DesignView(QGraphicsView):
    """The canvas widget: zoom (true size at 100 %), rubber band, keys, image drops."""

    zoom_changed = Signal(float)  # percent of true size
    view_changed = Signal()  # scrolled or zoomed (the rulers follow)
    images_dropped = Signal(list, QPointF)  # file paths, scene position
    delete_requested = Signal()

    def __init__(self, scene: DesignScene, parent=None) -> None:
        super().__init__(scene, parent)
        self.setObjectName("designCanvas")
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform
        )
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setAcceptDrops(True)
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        self.horizontalScrollBar().valueChanged.connect(self.view_changed)
        self.verticalScrollBar().valueChanged.connect(self.view_changed)
        self._fitted = True

    @property
    def design_scene(self) -> DesignScene:
        return self.scene()  # type: ignore[return-value]

    # -- zoom ---------------------------------------------------------------------------------

    def true_size(self) -> float:
        """Pixels per millimetre at 100 %: the screen's logical DPI."""
        return self.logicalDpiX() / MM_PER_INCH

    def zoom(self) -> float:
        return self.transform().m11()

    def zoom_percent(self) -> float:
        return 100 * self.zoom() / self.true_size()

    def set_zoom(self, px_per_mm: float, *, fitted: bool = False) -> None:
        px_per_mm = max(0.25, min(px_per_mm, 400.0))
        self.setTransform(QTransform.fromScale(px_per_mm, px_per_mm))
        self._fitted = fitted
        self.design_scene.px_per_mm = px_per_mm
        self.design_scene.frame.follow()
        self.zoom_changed.emit(self.zoom_percent())
        self.view_changed.emit()

    def zoom_by(self, factor: float) -> None:
        self.set_zoom(self.zoom() * factor)

    def zoom_fit(self) -> None:
        page = self.design_scene.page_rect().adjusted(-6, -6, 6, 6)
        area = self.viewport().rect()
        if page.isEmpty() or area.isEmpty():
            return
        # A little room to spare, and no change for a few pixels: otherwise showing or hiding a
        # scroll bar resizes the viewport, which fits again, which toggles the scroll bar...
        zoom = 0.97 * min(area.width() / page.width(), area.height() / page.height())
        if not (self._fitted and abs(zoom / self.zoom() - 1) < 0.03):
            self.set_zoom(zoom, fitted=True)
        self.centerOn(page.center())

    def zoom_actual(self) -> None:
        self.set_zoom(self.true_size())
        self.centerOn(self.design_scene.page_rect().center())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._fitted and not getattr(self, "_refitting", False):
            self._refitting = True
            try:
                self.zoom_fit()
            finally:
                self._refitting = False
        self.view_changed.emit()

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.zoom_by(1.15**steps)
            event.accept()
            return
        super().wheelEvent(event)

    def viewportEvent(self, event) -> bool:
        if event.type() == QEvent.Type.Gesture:
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if isinstance(pinch, QPinchGesture):
                self.zoom_by(pinch.scaleFactor())
                event.accept()
                return True
        return super().viewportEvent(event)

    # -- keys ---------------------------------------------------------------------------------

    def keyPressEvent(self, event) -> None:
        key, mods = event.key(), event.modifiers()
        arrows = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        if key in arrows and not ctrl:
            step = 5.0 if mods & Qt.KeyboardModifier.ShiftModifier else 0.5
            dx, dy = arrows[key]
            self.design_scene.nudge(dx * step, dy * step)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_requested.emit()
        elif ctrl and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(1.25)
        elif ctrl and key == Qt.Key.Key_Minus:
            self.zoom_by(1 / 1.25)
        elif ctrl and key == Qt.Key.Key_0:
            self.zoom_fit()
        elif ctrl and key == Qt.Key.Key_1:
            self.zoom_actual()
        elif key == Qt.Key.Key_Escape:
            self.design_scene.clearSelection()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    # -- dropping images ----------------------------------------------------------------------

    @staticmethod
    def _image_paths(mime) -> list[str]:
        if not mime.hasUrls():
            return []
        paths = [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]
        return [p for p in paths if Path(p).suffix.lower() in IMAGE_SUFFIXES]

    def dragEnterEvent(self, event) -> None:
        if self._image_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:
        paths = self._image_paths(event.mimeData())
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.images_dropped.emit(paths, self.mapToScene(event.position().toPoint()))
