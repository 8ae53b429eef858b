"""The template gallery: thumbnails drawn with the canvas items themselves, cached per template."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from omniprint.domain.design import Design
from omniprint.domain.lengths import size_text
from omniprint.gui.designer.canvas import DesignScene
from omniprint.gui.designer.document import DesignDocument
from omniprint.gui.designer.items import RenderContext
from omniprint.gui.forms import ok_cancel
from omniprint.gui.i18n import template_description, template_title
from omniprint.gui.settings import preferred_units
from omniprint.services.designs import list_templates, load_template

THUMB = 150
_thumbnails: dict[tuple[str, int], QImage] = {}


def render_design(design: Design, record: Mapping[str, str], size: int, side: int = 0) -> QImage:
    """A side of a design drawn into an image ``size`` pixels on its longer edge."""
    doc = DesignDocument(design)
    scene = DesignScene(doc, QUndoStack(), RenderContext(record=dict(record)))
    scene.guides_visible = False
    scene.set_side(side)
    page = scene.page_rect(bleed=False)
    scale = size / max(page.width(), page.height())
    image = QImage(
        max(1, round(page.width() * scale)),
        max(1, round(page.height() * scale)),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render(painter, QRectF(image.rect()), page)
    painter.end()
    scene.deleteLater()
    doc.deleteLater()
    return image


def template_thumbnail(name: str, record: Mapping[str, str], size: int = THUMB) -> QImage:
    """The front of a template, cached for the session."""
    key = (name, size)
    if key not in _thumbnails:
        _thumbnails[key] = render_design(load_template(name), record, size)
    return _thumbnails[key]


def _framed(image: QImage, size: int) -> QPixmap:
    """The thumbnail centred on a square with a thin border and a soft shadow."""
    pixmap = QPixmap(size + 8, size + 8)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    x = (pixmap.width() - image.width()) // 2
    y = (pixmap.height() - image.height()) // 2
    painter.fillRect(x + 2, y + 3, image.width(), image.height(), QColor(0, 0, 0, 40))
    painter.drawImage(x, y, image)
    painter.setPen(QColor(0, 0, 0, 70))
    painter.drawRect(x, y, image.width() - 1, image.height() - 1)
    painter.end()
    return pixmap


class TemplateGallery(QDialog):
    """Pick a starter template; the piece's own kind is listed first."""

    def __init__(self, kind: str, record: Mapping[str, str], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Start from a template"))
        self.resize(760, 520)
        self.list = QListWidget(self)
        self.list.setObjectName("templates")
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(QSize(THUMB + 8, THUMB + 8))
        self.list.setGridSize(QSize(THUMB + 60, THUMB + 64))
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setWordWrap(True)
        self.list.setSpacing(6)
        templates = sorted(
            list_templates(), key=lambda t: (t.kind != kind, t.kind, template_title(t))
        )
        units = preferred_units()
        for info in templates:
            item = QListWidgetItem(
                QIcon(_framed(template_thumbnail(info.name, record), THUMB)),
                f"{template_title(info)}\n{size_text(info.width_mm, info.height_mm, units)}",
            )
            item.setData(Qt.ItemDataRole.UserRole, info.name)
            item.setToolTip(template_description(info))
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        note = QLabel(
            self.tr(
                "The template is fitted to this piece's size. Your current design is"
                " replaced (Undo brings it back)."
            )
        )
        note.setWordWrap(True)
        buttons = ok_cancel(self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Use template"))
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None
