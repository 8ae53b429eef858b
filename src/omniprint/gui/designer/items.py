"""One graphics item per element: a view of the model, drawn in millimetres (1 scene unit = 1 mm).

An item's position is the centre of its element's box and its rotation the element's rotation, so
Qt turns it about the centre clockwise, as the renderer does. Items never change the model: the
scene turns mouse work into undo commands and the items redraw when the document says so.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
)
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget
from reportlab.pdfbase.pdfmetrics import stringWidth

from omniprint.domain.design import (
    BarcodeElement,
    Color,
    Element,
    EllipseElement,
    ImageElement,
    LineElement,
    QrElement,
    RectElement,
    TextElement,
    fill_fields,
    is_die_cut,
)
from omniprint.domain.errors import OmniPrintError
from omniprint.domain.vcard import qr_payload
from omniprint.gui.designer.fonts import pdf_font_name, qfont
from omniprint.services.drawing import (
    QUIET_MODULES,
    barcode_bars,
    fitted_size,
    qr_matrix,
    wrap_lines,
)

PT_MM = 25.4 / 72  # one point in millimetres
FONT_PX = 100  # text is laid out with a 100 px font, then scaled to its size in mm
SELECTION = QColor(0, 120, 215)
WARNING = QColor(230, 126, 0)
ERROR = QColor(200, 30, 30)
DIE_CUT = QColor(236, 0, 140)


def qcolor(color: Color | None) -> QColor:
    """The screen colour of a design colour (its ``rgb`` preview, or CMYK converted naively)."""
    if color is None:
        return QColor(Qt.GlobalColor.transparent)
    r, g, b = color.as_rgb()
    return QColor.fromRgbF(r, g, b)


@dataclass
class RenderContext:
    """What items need besides their element: the sample record, images, issues."""

    record: Mapping[str, str] = field(default_factory=dict)
    images: Callable[[str], bytes] | None = None
    issues: dict[str, str] = field(default_factory=dict)  # element id -> "warning"/"error"
    _images: dict[str, QImage] = field(default_factory=dict)

    def image(self, asset: str) -> QImage:
        if asset not in self._images:
            image = QImage()
            if self.images is not None:
                with contextlib.suppress(KeyError, OmniPrintError):
                    image.loadFromData(self.images(asset))
            self._images[asset] = image
        return self._images[asset]


@functools.lru_cache(maxsize=256)
def qr_path(data: str, ec: str) -> tuple[int, QPainterPath]:
    """The dark modules of a real QR symbol (as the renderer makes it) in module units."""
    width, pixels = qr_matrix(data, ec)
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)
    for y in range(width):
        row = pixels[y * width : (y + 1) * width]
        x = 0
        while x < width:
            if row[x] == 0:
                start = x
                while x < width and row[x] == 0:
                    x += 1
                path.addRect(QRectF(start, y, x - start, 1))
            else:
                x += 1
    return width, path


@functools.lru_cache(maxsize=256)
def _bars(data: str, symbology: str):
    return barcode_bars(data, symbology)


class TextLayout:
    """Lines and baselines of a text element, measured with the renderer's own metrics."""

    def __init__(self, el: TextElement, text: str) -> None:
        self.font_name = pdf_font_name(el.font, el.bold, el.italic)
        # A coupon code that would not fit is set smaller, exactly as the renderer does.
        size = self.size = fitted_size(el, text, lambda s, z: stringWidth(s, self.font_name, z))
        width_pt = el.w_mm / PT_MM

        def measure(s: str) -> float:
            return stringWidth(s, self.font_name, size)

        if "\n" not in text and measure(text) <= width_pt + 0.01:
            self.lines = [text]
        else:
            self.lines = wrap_lines(text, width_pt, measure)
        self.widths_mm = [measure(line) * PT_MM for line in self.lines]
        leading = size * el.line_spacing * PT_MM
        block = size * PT_MM + leading * (len(self.lines) - 1)
        top = {"middle": (el.h_mm - block) / 2, "bottom": el.h_mm - block}.get(el.valign, 0.0)
        first = top + size * 0.8 * PT_MM
        self.baselines = [first + leading * i for i in range(len(self.lines))]


class ElementItem(QGraphicsItem):
    """The view of one element; ``element`` is the model object itself (read only here)."""

    def __init__(self, element: Element, context: RenderContext) -> None:
        super().__init__()
        self.element = element
        self.context = context
        self.preview: tuple[float, float, float, float] | None = None  # box while resizing
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptHoverEvents(True)
        self._hover = False
        self.sync()

    # -- geometry -----------------------------------------------------------------------------

    def box(self) -> tuple[float, float, float, float]:
        el = self.element
        return self.preview or (el.x_mm, el.y_mm, el.w_mm, el.h_mm)

    def sync(self) -> None:
        """Follow the model (position, rotation, flags) and redraw."""
        self.prepareGeometryChange()
        x, y, w, h = self.box()
        self.setPos(x + w / 2, y + h / 2)
        self.setRotation(self.element.rotation_deg)
        self.setVisible(not self.element.hidden)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, not self.element.locked)
        if self.element.locked and self.isSelected():
            self.setSelected(False)
        self.setToolTip(self.element.name or self.element.TYPE)
        self.update()

    def local_box(self) -> QRectF:
        _, _, w, h = self.box()
        return QRectF(-w / 2, -h / 2, w, h)

    def boundingRect(self) -> QRectF:
        margin = 1.0 + getattr(self.element, "stroke_pt", 0.0) * PT_MM
        return self.local_box().normalized().adjusted(-margin, -margin, margin, margin)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        rect = self.local_box().normalized()
        if isinstance(self.element, LineElement):
            rect = rect.adjusted(-1, -1, 1, 1)  # a line is easier to catch with some slack
        path.addRect(rect)
        return path

    # -- drawing ------------------------------------------------------------------------------

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        _, _, w, h = self.box()
        painter.save()
        painter.translate(-w / 2, -h / 2)
        el = self.element
        if isinstance(el, QrElement):
            self._paint_qr(painter, el, w, h)
        elif isinstance(el, TextElement):
            self._paint_text(painter, el, w, h)
        elif isinstance(el, BarcodeElement):
            self._paint_barcode(painter, el, w, h)
        elif isinstance(el, ImageElement):
            self._paint_image(painter, el, w, h)
        else:
            self._paint_shape(painter, el, w, h)
        painter.restore()
        self._paint_state(painter)

    def _paint_state(self, painter: QPainter) -> None:
        """Selection, hover and preflight outlines: cosmetic pens, never printed."""
        rect = self.local_box().normalized()
        issue = self.context.issues.get(self.element.id)
        if issue:
            colour = ERROR if issue == "error" else WARNING
            pen = QPen(colour, 2)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect)
            self._paint_badge(painter, rect.topRight(), colour)
        if self.isSelected() or self._hover:
            pen = QPen(SELECTION, 1.5 if self.isSelected() else 1)
            pen.setCosmetic(True)
            if not self.isSelected():
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect)

    def _paint_badge(self, painter: QPainter, corner: QPointF, colour: QColor) -> None:
        scale = painter.worldTransform().m11() or 1.0
        radius = 7 / abs(scale)
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(corner, radius, radius)
        painter.setPen(QPen(Qt.GlobalColor.white))
        font = QFont()
        font.setBold(True)
        font.setPixelSize(12)
        painter.translate(corner)
        painter.scale(1 / scale, 1 / scale)
        painter.setFont(font)
        painter.drawText(QRectF(-7, -7, 14, 14), Qt.AlignmentFlag.AlignCenter, "!")
        painter.restore()

    def _paint_text(self, painter: QPainter, el: TextElement, w: float, h: float) -> None:
        text = fill_fields(el.text, self.context.record)
        if not text.strip():
            self._placeholder(painter, w, h, QCoreApplication.translate("Designer", "Text"))
            return
        layout = TextLayout(el, text)
        scale = layout.size * PT_MM / FONT_PX
        painter.setFont(qfont(layout.font_name, FONT_PX))
        painter.setPen(qcolor(el.color))
        painter.scale(scale, scale)
        for line, width, base in zip(layout.lines, layout.widths_mm, layout.baselines, strict=True):
            x = {"center": (w - width) / 2, "right": w - width}.get(el.align, 0.0)
            painter.drawText(QPointF(x / scale, base / scale), line)

    def _paint_qr(self, painter: QPainter, el: QrElement, w: float, h: float) -> None:
        size = min(w, h)
        x, y = (w - size) / 2, (h - size) / 2
        if el.background is not None:
            painter.fillRect(QRectF(x, y, size, size), qcolor(el.background))
        data = qr_payload(el, self.context.record)  # the link, or the contact card or text
        try:
            modules, path = qr_path(data, el.ec)
        except OmniPrintError:
            self._placeholder(painter, w, h, QCoreApplication.translate("Designer", "QR: no data"))
            return
        module = size / (modules + 2 * QUIET_MODULES)
        painter.translate(x + QUIET_MODULES * module, y + QUIET_MODULES * module)
        painter.scale(module, module)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(qcolor(el.color))
        painter.drawPath(path)

    def _paint_barcode(self, painter: QPainter, el: BarcodeElement, w: float, h: float) -> None:
        try:
            width, bars, text = _bars(self.context.record.get(el.field, ""), el.symbology)
        except OmniPrintError:
            message = QCoreApplication.translate("Designer", "{symbology}: cannot encode")
            self._placeholder(painter, w, h, message.format(symbology=el.symbology))
            return
        text_h = el.font_size_pt * 1.2 * PT_MM if el.show_text else 0.0
        module = w / width
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(qcolor(el.color))
        for bx, bw in bars:
            painter.drawRect(QRectF(bx * module, 0, bw * module, h - text_h))
        if el.show_text:
            font_name = pdf_font_name("", False, False)
            size = el.font_size_pt * PT_MM
            scale = size / FONT_PX
            text_w = stringWidth(text, font_name, el.font_size_pt) * PT_MM
            painter.setPen(qcolor(el.color))
            painter.setFont(qfont(font_name, FONT_PX))
            painter.scale(scale, scale)
            base = h - el.font_size_pt * 0.25 * PT_MM
            painter.drawText(QPointF((w - text_w) / 2 / scale, base / scale), text)

    def _paint_image(self, painter: QPainter, el: ImageElement, w: float, h: float) -> None:
        image = self.context.image(el.asset)
        if image.isNull():
            self._placeholder(
                painter, w, h, QCoreApplication.translate("Designer", "Image missing")
            )
            return
        dw, dh = w, h
        if el.fit != "stretch":
            pick = min if el.fit == "contain" else max
            scale = pick(w / image.width(), h / image.height())
            dw, dh = image.width() * scale, image.height() * scale
        if el.fit == "cover":
            painter.setClipRect(QRectF(0, 0, w, h))
        painter.drawImage(QRectF((w - dw) / 2, (h - dh) / 2, dw, dh), image)

    def _paint_shape(self, painter: QPainter, el: Element, w: float, h: float) -> None:
        fill = getattr(el, "fill", None)
        stroke = getattr(el, "stroke", None)
        stroke_pt = getattr(el, "stroke_pt", 0.0)
        if is_die_cut(el):
            fill, pen = None, QPen(DIE_CUT, (stroke_pt or 0.25) * PT_MM)
            pen.setStyle(Qt.PenStyle.DashLine)
        elif stroke is not None:
            pen = QPen(qcolor(stroke), stroke_pt * PT_MM)
            pen.setCosmetic(stroke_pt == 0)  # a 0 pt stroke is a hairline, as in PDF
        else:
            pen = QPen(Qt.PenStyle.NoPen)
        if isinstance(el, LineElement):
            painter.setPen(pen)
            painter.drawLine(QPointF(0, 0), QPointF(w, h))
            return
        painter.setPen(pen)
        painter.setBrush(QBrush(qcolor(fill)) if fill is not None else Qt.BrushStyle.NoBrush)
        if isinstance(el, RectElement):
            painter.drawRoundedRect(QRectF(0, 0, w, h), el.radius_mm, el.radius_mm)
        elif isinstance(el, EllipseElement):
            painter.drawEllipse(QRectF(0, 0, w, h))
        if fill is None and stroke is None and not is_die_cut(el):
            self._placeholder(painter, w, h, "")

    def _placeholder(self, painter: QPainter, w: float, h: float, label: str) -> None:
        """A dashed box where nothing would print, so the element can still be found."""
        pen = QPen(QColor(150, 150, 150), 1, Qt.PenStyle.DotLine)
        pen.setCosmetic(True)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(0, 0, w, h))
        if label:
            size = min(h * 0.5, 3.0)
            font = qfont(pdf_font_name("", False, True), FONT_PX)
            scale = size / FONT_PX
            painter.save()
            painter.setFont(font)
            painter.setPen(QColor(130, 130, 130))
            painter.scale(scale, scale)
            painter.drawText(
                QRectF(0, 0, w / scale, h / scale), Qt.AlignmentFlag.AlignCenter, label
            )
            painter.restore()

    # -- interaction --------------------------------------------------------------------------

    def hoverEnterEvent(self, event) -> None:
        self._hover = True
        self.update()

    def hoverLeaveEvent(self, event) -> None:
        self._hover = False
        self.update()

    def mousePressEvent(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        scene = self.scene()
        toggle = event.modifiers() & (
            Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier
        )
        self._click_only = False
        if toggle:
            self.setSelected(not self.isSelected())
        elif not self.isSelected():
            scene.clearSelection()
            self.setSelected(True)
        else:
            self._click_only = True  # a click on a selected item selects only it, unless dragged
        event.accept()
        if self.isSelected():
            scene.begin_drag(event.scenePos())

    def mouseMoveEvent(self, event) -> None:
        self.scene().drag_to(event.scenePos(), event.modifiers())

    def mouseReleaseEvent(self, event) -> None:
        moved = self.scene().end_drag()
        if not moved and self._click_only:
            scene = self.scene()
            for item in scene.selectedItems():
                if item is not self:
                    item.setSelected(False)

    def itemChange(self, change, value):
        if change == QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged:
            self.update()
        return super().itemChange(change, value)
