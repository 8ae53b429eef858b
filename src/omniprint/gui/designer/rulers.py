"""Rulers along the canvas in millimetres or inches (Preferences > Units), counted from the trim's
top-left corner."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QGraphicsView, QWidget

from omniprint.domain.lengths import mm_per_unit

RULER_PX = 22
_STEPS = {
    "mm": (1, 2, 5, 10, 20, 50, 100, 200, 500),
    "in": (0.125, 0.25, 0.5, 1, 2, 5, 10, 20),
}


class Ruler(QWidget):
    """A horizontal or vertical ruler that follows the view's scroll and zoom."""

    def __init__(self, view: QGraphicsView, orientation: Qt.Orientation, parent=None) -> None:
        super().__init__(parent)
        self.view = view
        self.orientation = orientation
        if orientation == Qt.Orientation.Horizontal:
            self.setFixedHeight(RULER_PX)
        else:
            self.setFixedWidth(RULER_PX)
        font = QFont(self.font())
        font.setPixelSize(9)
        self.setFont(font)
        self.unit = "mm"

    def set_unit(self, unit: str) -> None:
        """Count in ``unit`` ("mm" or "in")."""
        self.unit = unit if unit in _STEPS else "mm"
        self.update()

    def _origin_and_scale(self) -> tuple[float, float]:
        """Where scene 0 is in this widget (pixels) and pixels per millimetre."""
        origin = self.view.mapFromScene(QPointF(0, 0))
        offset = self.view.viewport().mapTo(self.view, origin)
        mine = self.view.mapTo(self.parentWidget() or self.view, offset)
        here = self.mapFrom(self.parentWidget() or self.view, mine)
        scale = self.view.transform().m11() or 1.0
        horizontal = self.orientation == Qt.Orientation.Horizontal
        return (here.x() if horizontal else here.y()), scale

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().window().color().lighter(104))
        origin, scale = self._origin_and_scale()
        scale *= mm_per_unit(self.unit)  # pixels per unit
        steps = _STEPS[self.unit]
        major = next((s for s in steps if s * scale >= 48), steps[-1])
        if self.unit == "in":  # eighths of an inch, as on a tape
            minor = major / 8 if major >= 1 else major / 2
        else:
            minor = major / (5 if major in (5, 50, 500) else 10 if major >= 10 else 2)
        if minor * scale < 4:
            minor = major / 2
        horizontal = self.orientation == Qt.Orientation.Horizontal
        length = self.width() if horizontal else self.height()
        depth = self.height() if horizontal else self.width()
        first = int((0 - origin) / scale / minor) - 1
        last = int((length - origin) / scale / minor) + 1
        text = self.palette().windowText().color()
        painter.setPen(QPen(QColor(text.red(), text.green(), text.blue(), 150), 1))
        for n in range(first, last + 1):
            value = n * minor
            pos = origin + value * scale
            is_major = abs(value / major - round(value / major)) < 1e-6
            tick = depth * (0.55 if is_major else 0.25)
            if horizontal:
                painter.drawLine(QPointF(pos, depth), QPointF(pos, depth - tick))
                if is_major:
                    painter.drawText(QPointF(pos + 2, 10), f"{value:g}")
            else:
                painter.drawLine(QPointF(depth, pos), QPointF(depth - tick, pos))
                if is_major:
                    painter.save()
                    painter.translate(10, pos - 2)
                    painter.rotate(-90)
                    painter.drawText(QPointF(0, 0), f"{value:g}")
                    painter.restore()
        painter.setPen(self.palette().mid().color())
        edge = QRectF(self.rect())
        if horizontal:
            painter.drawLine(edge.bottomLeft(), edge.bottomRight())
        else:
            painter.drawLine(edge.topRight(), edge.bottomRight())
        painter.end()
