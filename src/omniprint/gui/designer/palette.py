"""The palette of things to place: text, image, shapes, QR, barcode and coupon code."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QToolButton, QVBoxLayout, QWidget

INK = QColor(45, 55, 72)
ACCENT = QColor(0, 120, 215)


def _draw_icon(kind: str, painter: QPainter) -> None:
    painter.setPen(QPen(INK, 2))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if kind == "text":
        font = QFont()
        font.setPixelSize(24)
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(QRectF(0, 0, 32, 32), Qt.AlignmentFlag.AlignCenter, "T")
    elif kind == "image":
        painter.drawRoundedRect(QRectF(4, 7, 24, 18), 2, 2)
        painter.setBrush(ACCENT)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawPolygon([QPointF(6, 23), QPointF(13, 14), QPointF(19, 21), QPointF(26, 23)])
        painter.drawEllipse(QPointF(21, 12), 2.5, 2.5)
    elif kind == "rect":
        painter.setBrush(QColor(ACCENT.red(), ACCENT.green(), ACCENT.blue(), 70))
        painter.drawRect(QRectF(5, 8, 22, 16))
    elif kind == "ellipse":
        painter.setBrush(QColor(ACCENT.red(), ACCENT.green(), ACCENT.blue(), 70))
        painter.drawEllipse(QRectF(5, 7, 22, 18))
    elif kind == "line":
        painter.drawLine(QPointF(6, 26), QPointF(26, 6))
    elif kind == "qr":
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(INK)
        for x, y in ((5, 5), (19, 5), (5, 19)):
            painter.drawRect(QRectF(x, y, 8, 8))
            painter.setBrush(QColor(Qt.GlobalColor.white))
            painter.drawRect(QRectF(x + 2, y + 2, 4, 4))
            painter.setBrush(INK)
            painter.drawRect(QRectF(x + 3, y + 3, 2, 2))
        for x, y in ((19, 19), (23, 23), (19, 25), (25, 19), (15, 15), (15, 23)):
            painter.drawRect(QRectF(x, y, 3, 3))
    elif kind == "barcode":
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(INK)
        x = 5.0
        for width in (2, 1, 3, 1, 1, 2, 1, 3, 2, 1):
            painter.drawRect(QRectF(x, 7, width, 18))
            x += width + 1.2
    elif kind == "coupon":
        pen = QPen(INK, 2)
        painter.setPen(pen)
        painter.drawRoundedRect(QRectF(3, 9, 26, 14), 2, 2)
        pen.setStyle(Qt.PenStyle.DotLine)
        painter.setPen(pen)
        painter.drawLine(QPointF(11, 9), QPointF(11, 23))
        font = QFont()
        font.setPixelSize(9)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(ACCENT)
        painter.drawText(QRectF(12, 9, 17, 14), Qt.AlignmentFlag.AlignCenter, "%")


def palette_icon(kind: str) -> QIcon:
    """A simple drawn icon for an element kind (crisp at any scale factor)."""
    icon = QIcon()
    for size in (32, 64):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(size / 32, size / 32)
        _draw_icon(kind, painter)
        painter.end()
        icon.addPixmap(pixmap)
    return icon


class Palette(QWidget):
    """A column of buttons; clicking one asks the designer to place that kind of element."""

    requested = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("palette")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 6, 4, 6)
        layout.setSpacing(2)
        self.buttons: dict[str, QToolButton] = {}
        for kind, label, tip in (
            ("text", self.tr("Text"), self.tr("Add a text box")),
            ("image", self.tr("Image"), self.tr("Place a PNG or JPEG picture (or drop one here)")),
            ("rect", self.tr("Box"), self.tr("Add a rectangle")),
            ("ellipse", self.tr("Ellipse"), self.tr("Add an ellipse or circle")),
            ("line", self.tr("Line"), self.tr("Add a line")),
            ("qr", self.tr("QR code"), self.tr("Add the tracked QR code")),
            ("barcode", self.tr("Barcode"), self.tr("Add a barcode of the coupon code")),
            ("coupon", self.tr("Coupon"), self.tr("Add the unique coupon code")),
        ):
            button = QToolButton(self)
            button.setObjectName(f"palette-{kind}")
            button.setText(label)
            button.setToolTip(tip)
            button.setIcon(palette_icon(kind))
            button.setIconSize(QSize(28, 28))
            button.setAutoRaise(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setMinimumWidth(64)
            button.clicked.connect(lambda _=False, k=kind: self.requested.emit(k))
            layout.addWidget(button)
            self.buttons[kind] = button
        layout.addStretch(1)
        # As wide as the widest label in the language spoken ("Código de barras"): a narrower
        # column elides it to "Códi…rras".
        margins = layout.contentsMargins()
        widest = max(b.sizeHint().width() for b in self.buttons.values())
        self.setMinimumWidth(widest + margins.left() + margins.right())
