"""Colour editing: CMYK in percent with a screen preview, and swatches to pick from."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from omniprint.domain.design import Color
from omniprint.gui.designer.items import qcolor


def cmyk_color(c: float, m: float, y: float, k: float) -> Color:
    """A press colour with its naive screen preview (as the renderer converts for RGB files)."""
    probe = Color(cmyk=(c, m, y, k))
    r, g, b = probe.as_rgb()
    rgb = "#{:02X}{:02X}{:02X}".format(*(round(v * 255) for v in (r, g, b)))
    return Color(cmyk=(float(c), float(m), float(y), float(k)), rgb=rgb)


PRINT_SWATCHES: list[tuple[str, Color]] = [
    (QT_TRANSLATE_NOOP("Designer", "Black (100 K, for text)"), cmyk_color(0, 0, 0, 100)),
    (
        QT_TRANSLATE_NOOP("Designer", "Rich black 60/40/40/100 (large areas)"),
        cmyk_color(60, 40, 40, 100),
    ),
    (QT_TRANSLATE_NOOP("Designer", "White (paper)"), cmyk_color(0, 0, 0, 0)),
    (QT_TRANSLATE_NOOP("Designer", "Grey 50 % K"), cmyk_color(0, 0, 0, 50)),
    (QT_TRANSLATE_NOOP("Designer", "Light grey 15 % K"), cmyk_color(0, 0, 0, 15)),
    (QT_TRANSLATE_NOOP("Designer", "Cyan"), cmyk_color(100, 0, 0, 0)),
    (QT_TRANSLATE_NOOP("Designer", "Magenta"), cmyk_color(0, 100, 0, 0)),
    (QT_TRANSLATE_NOOP("Designer", "Yellow"), cmyk_color(0, 0, 100, 0)),
    (QT_TRANSLATE_NOOP("Designer", "Red"), cmyk_color(0, 100, 100, 0)),
    (QT_TRANSLATE_NOOP("Designer", "Orange"), cmyk_color(0, 60, 100, 0)),
    (QT_TRANSLATE_NOOP("Designer", "Green"), cmyk_color(85, 10, 100, 10)),
    (QT_TRANSLATE_NOOP("Designer", "Blue"), cmyk_color(100, 80, 0, 0)),
]


def swatch_icon(color: Color | None, size: int = 16) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor(0, 0, 0, 90))
    if color is None:
        painter.setBrush(Qt.GlobalColor.white)
        painter.drawRect(0, 0, size - 1, size - 1)
        painter.setPen(QColor(200, 0, 0))
        painter.drawLine(1, size - 2, size - 2, 1)
    else:
        painter.setBrush(qcolor(color))
        painter.drawRect(0, 0, size - 1, size - 1)
    painter.end()
    return QIcon(pixmap)


def _t(text: str) -> str:
    return QCoreApplication.translate("Designer", text)


def describe(color: Color | None) -> str:
    if color is None:
        return QCoreApplication.translate("Designer", "none")
    if color.cmyk is None:
        text = QCoreApplication.translate("Designer", "RGB {rgb} (no CMYK: converted for press)")
        return text.format(rgb=color.rgb)
    c, m, y, k = (f"{v:g}" for v in color.cmyk)
    screen = QCoreApplication.translate("Designer", "(screen {rgb})").format(rgb=color.rgb or "")
    return f"C {c} · M {m} · Y {y} · K {k}   {screen}"


class ColorEditor(QWidget):
    """CMYK spin boxes, a preview, swatches and (if nullable) a "none" box."""

    changed = Signal(object)  # Color | None

    def __init__(self, nullable: bool = False, parent=None) -> None:
        super().__init__(parent)
        self._color: Color | None = None
        self._updating = False
        self.preview = QLabel(self)
        self.preview.setFixedSize(QSize(26, 26))
        self.preview.setFrameShape(QLabel.Shape.Box)
        self.spins: list[QSpinBox] = []
        row = QHBoxLayout()
        row.setSpacing(3)
        row.addWidget(self.preview)
        for letter in "CMYK":
            spin = QSpinBox(self)
            spin.setRange(0, 100)
            spin.setPrefix(f"{letter} ")
            spin.setToolTip(self.tr("{letter} in percent").format(letter=letter))
            spin.setObjectName(f"cmyk-{letter.lower()}")
            spin.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
            spin.setAlignment(Qt.AlignmentFlag.AlignRight)
            spin.setMinimumWidth(40)
            spin.setMaximumWidth(52)
            spin.valueChanged.connect(self._spun)
            self.spins.append(spin)
            row.addWidget(spin)
        self.none = QCheckBox(self.tr("None"), self) if nullable else None
        if self.none is not None:
            self.none.toggled.connect(self._none_toggled)
            row.addWidget(self.none)
        row.addStretch(1)
        self.swatches = QGridLayout()
        self.swatches.setSpacing(2)
        self.info = QLabel(self)
        self.info.setObjectName("colorInfo")
        self.info.setStyleSheet("color: palette(placeholder-text); font-size: 11px;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addLayout(row)
        layout.addLayout(self.swatches)
        layout.addWidget(self.info)
        self.set_swatches([])

    def set_swatches(self, brand: list[Color]) -> None:
        """Brand colours first (marked), then the common print colours."""
        while self.swatches.count():
            widget = self.swatches.takeAt(0).widget()
            if widget is not None:
                # Hidden at once: deleteLater waits for the event loop, and until then the old
                # swatch would sit over the C and M boxes.
                widget.hide()
                widget.deleteLater()
        entries = [(self.tr("Brand / design colour"), c) for c in brand[:8]]
        entries += [(_t(name), c) for name, c in PRINT_SWATCHES if c not in brand]
        for n, (name, color) in enumerate(entries[:20]):
            button = QToolButton(self)
            button.setAutoRaise(True)
            button.setIcon(swatch_icon(color, 14))
            button.setIconSize(QSize(14, 14))
            button.setToolTip(f"{name}\n{describe(color)}")
            button.clicked.connect(lambda _=False, c=color: self._pick(c))
            self.swatches.addWidget(button, n // 10, n % 10)

    def color(self) -> Color | None:
        return self._color

    def set_color(self, color: Color | None) -> None:
        self._updating = True
        self._color = color
        shown = color.as_cmyk() if color is not None else (0, 0, 0, 0)
        for spin, value in zip(self.spins, shown, strict=True):
            spin.setValue(round(value * 100))
            spin.setEnabled(color is not None)
        if self.none is not None:
            self.none.setChecked(color is None)
        self.preview.setPixmap(swatch_icon(color, 24).pixmap(24, 24))
        self.info.setText(describe(color))
        self._updating = False

    def _emit(self, color: Color | None) -> None:
        self.set_color(color)
        self.changed.emit(color)

    def _pick(self, color: Color) -> None:
        self._emit(color)

    def _spun(self) -> None:
        if not self._updating:
            self._emit(cmyk_color(*(s.value() for s in self.spins)))

    def _none_toggled(self, on: bool) -> None:
        if self._updating:
            return
        self._emit(None if on else cmyk_color(*(s.value() for s in self.spins)))
