"""The properties panel: what the selected element is and how it looks, in the user's terms.

Every control writes through an undo command; the panel reads back from the document, so undo and
the canvas keep it right. Edits of one property in a row (typing, spinning) merge into one command.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from omniprint.domain import lengths
from omniprint.domain.design import FIELDS, Color, Element
from omniprint.gui.designer.colors import ColorEditor
from omniprint.gui.designer.commands import SetBackground, SetProperties
from omniprint.gui.designer.document import DesignDocument
from omniprint.gui.designer.element_names import shown_name
from omniprint.gui.designer.fonts import bundled_families
from omniprint.gui.designer.layers import type_label

FIELD_LABELS = {
    "code": QT_TRANSLATE_NOOP("Designer", "Coupon code"),
    "url": QT_TRANSLATE_NOOP("Designer", "Tracked link (QR)"),
    "serial": QT_TRANSLATE_NOOP("Designer", "Serial number"),
    "zone": QT_TRANSLATE_NOOP("Designer", "Zone code"),
    "zone_name": QT_TRANSLATE_NOOP("Designer", "Zone name"),
    "campaign": QT_TRANSLATE_NOOP("Designer", "Campaign"),
    "piece": QT_TRANSLATE_NOOP("Designer", "Piece"),
    "variant": QT_TRANSLATE_NOOP("Designer", "Variant"),
    "expires": QT_TRANSLATE_NOOP("Designer", "Offer ends"),
    "business.name": QT_TRANSLATE_NOOP("Designer", "Business name"),
    "business.phone": QT_TRANSLATE_NOOP("Designer", "Business phone"),
    "business.email": QT_TRANSLATE_NOOP("Designer", "Business e-mail"),
    "business.web": QT_TRANSLATE_NOOP("Designer", "Business web"),
    "business.address": QT_TRANSLATE_NOOP("Designer", "Business address"),
    "business.contact": QT_TRANSLATE_NOOP("Designer", "Contact person"),
    "business.title": QT_TRANSLATE_NOOP("Designer", "Contact's job title"),
    "business.mobile": QT_TRANSLATE_NOOP("Designer", "Business mobile"),
    "business.whatsapp": QT_TRANSLATE_NOOP("Designer", "WhatsApp number"),
    "business.instagram": QT_TRANSLATE_NOOP("Designer", "Instagram handle"),
    "business.facebook": QT_TRANSLATE_NOOP("Designer", "Facebook page"),
    "business.linkedin": QT_TRANSLATE_NOOP("Designer", "LinkedIn profile"),
    "business.tiktok": QT_TRANSLATE_NOOP("Designer", "TikTok handle"),
    "business.x": QT_TRANSLATE_NOOP("Designer", "X handle"),
    "business.youtube": QT_TRANSLATE_NOOP("Designer", "YouTube channel"),
    "business.google": QT_TRANSLATE_NOOP("Designer", "Google Business profile"),
    "business.instagram_url": QT_TRANSLATE_NOOP("Designer", "Instagram link"),
    "business.facebook_url": QT_TRANSLATE_NOOP("Designer", "Facebook link"),
    "business.linkedin_url": QT_TRANSLATE_NOOP("Designer", "LinkedIn link"),
    "business.tiktok_url": QT_TRANSLATE_NOOP("Designer", "TikTok link"),
    "business.x_url": QT_TRANSLATE_NOOP("Designer", "X link"),
    "business.youtube_url": QT_TRANSLATE_NOOP("Designer", "YouTube link"),
    "business.google_url": QT_TRANSLATE_NOOP("Designer", "Google Business link"),
    "business.whatsapp_url": QT_TRANSLATE_NOOP("Designer", "WhatsApp chat link"),
    "person.name": QT_TRANSLATE_NOOP("Designer", "Person's name"),
    "person.title": QT_TRANSLATE_NOOP("Designer", "Person's job title"),
    "person.mobile": QT_TRANSLATE_NOOP("Designer", "Person's mobile"),
    "person.email": QT_TRANSLATE_NOOP("Designer", "Person's e-mail"),
}
PAYLOAD_LABELS = {
    "link": QT_TRANSLATE_NOOP("Designer", "Link (tracked, default)"),
    "vcard": QT_TRANSLATE_NOOP("Designer", "Save the contact (vCard)"),
    "mecard": QT_TRANSLATE_NOOP("Designer", "Save the contact, short (MECARD)"),
    "text": QT_TRANSLATE_NOOP("Designer", "Text"),
}
EC_LABELS = {
    "L": QT_TRANSLATE_NOOP("Designer", "L · 7 %"),
    "M": QT_TRANSLATE_NOOP("Designer", "M · 15 % (default)"),
    "Q": QT_TRANSLATE_NOOP("Designer", "Q · 25 %"),
    "H": QT_TRANSLATE_NOOP("Designer", "H · 30 % (logo on top)"),
}


def field_label(name: str) -> str:
    """A merge field as the user reads it, in the user's language."""
    return QCoreApplication.translate("Designer", FIELD_LABELS.get(name, name))


def _spin(suffix: str, low: float, high: float, decimals: int = 2, step: float = 0.5):
    spin = QDoubleSpinBox()
    spin.setRange(low, high)
    spin.setDecimals(decimals)
    spin.setSingleStep(step)
    spin.setSuffix(suffix)
    spin.setKeyboardTracking(False)
    spin.setAlignment(Qt.AlignmentFlag.AlignRight)
    return spin


class PropertiesPanel(QWidget):
    """Shows and edits the selection (or the page, when nothing is selected)."""

    replace_image_requested = Signal()
    arrange_requested = Signal(str)  # "left", "hcenter", ..., "distribute-h", "distribute-v"

    def __init__(self, doc: DesignDocument, undo: QUndoStack, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("properties")
        self.doc, self.undo = doc, undo
        self.ids: list[str] = []
        self.side = 0
        self._updating = False
        self._refreshers: list[Callable[[Element], None]] = []
        # Lengths are edited in the unit of Preferences > Units (`set_units`), kept in mm.
        self.unit = "mm"
        self._length_spins: list[tuple[QDoubleSpinBox, float, float]] = []
        self.title = QLabel(self)
        self.title.setObjectName("propertiesTitle")
        self.title.setStyleSheet("font-weight: 600; font-size: 13px;")
        self.groups: dict[str, QGroupBox] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        for build in (
            self._geometry,
            self._text,
            self._colors,
            self._qr,
            self._barcode,
            self._image,
            self._shape,
            self._arrange,
            self._page,
        ):
            box = build()
            layout.addWidget(box)
        layout.addStretch(1)
        doc.element_changed.connect(self._changed)
        doc.reset.connect(lambda: self.set_selection([]))
        doc.background_changed.connect(lambda _side: self.refresh())
        self.set_selection([])

    # -- building -----------------------------------------------------------------------------

    def _group(self, key: str, title: str) -> tuple[QGroupBox, QFormLayout]:
        box = QGroupBox(title, self)
        box.setObjectName(f"group-{key}")
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setHorizontalSpacing(8)
        form.setVerticalSpacing(5)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.groups[key] = box
        return box, form

    def _bind_spin(self, spin: QDoubleSpinBox, prop: str, text: str) -> None:
        spin.valueChanged.connect(lambda v: self._apply({prop: round(v, 2)}, text, merge=prop))
        self._refreshers.append(
            lambda el: spin.setValue(getattr(el, prop)) if hasattr(el, prop) else None
        )

    def _length_spin(self, low_mm: float, high_mm: float) -> QDoubleSpinBox:
        spin = _spin(" mm", low_mm, high_mm)
        self._length_spins.append((spin, low_mm, high_mm))
        return spin

    def _bind_length(self, spin: QDoubleSpinBox, prop: str, text: str) -> None:
        """Like `_bind_spin` for a length: shown in the chosen unit, stored in millimetres."""
        spin.valueChanged.connect(
            lambda v: self._apply({prop: lengths.to_mm(v, self.unit)}, text, merge=prop)
        )
        self._refreshers.append(
            lambda el: (
                spin.setValue(lengths.from_mm(getattr(el, prop), self.unit))
                if hasattr(el, prop)
                else None
            )
        )

    def set_units(self, unit: str) -> None:
        """Show lengths in ``unit`` ("mm" or "in") from now on."""
        self.unit = unit if unit in lengths.UNITS else "mm"
        self._updating = True  # new ranges and decimals are not edits
        try:
            for spin, low, high in self._length_spins:
                spin.setDecimals(lengths.EDIT_DECIMALS[self.unit])
                spin.setSingleStep(lengths.EDIT_STEP[self.unit])
                spin.setRange(lengths.from_mm(low, self.unit), lengths.from_mm(high, self.unit))
                spin.setSuffix(f" {lengths.unit_suffix(self.unit)}")
        finally:
            self._updating = False
        self.refresh()

    def _combo(
        self, name: str, items: list[tuple[str, str]], prop: str, text: str, tip: str = ""
    ) -> QComboBox:
        """A list of `items` (value, label) named `name` that shows and sets the selection's
        `prop` (undone as `text`)."""
        combo = QComboBox()
        if name:
            combo.setObjectName(name)
        if tip:
            combo.setToolTip(tip)
        for value, label in items:
            combo.addItem(label, value)
        combo.currentIndexChanged.connect(lambda _i: self._apply({prop: combo.currentData()}, text))

        def refresh(el: Element) -> None:
            if hasattr(el, prop):
                index = combo.findData(getattr(el, prop))
                if index < 0 and prop == "font":  # a family that is not bundled: show it as is
                    combo.addItem(
                        self.tr("{font} (not bundled)").format(font=getattr(el, prop)),
                        getattr(el, prop),
                    )
                    index = combo.count() - 1
                combo.setCurrentIndex(index)

        self._refreshers.append(refresh)
        return combo

    def _bind_check(self, check, prop: str, text: str) -> None:
        check.toggled.connect(lambda on: self._apply({prop: on}, text))
        self._refreshers.append(
            lambda el: check.setChecked(bool(getattr(el, prop))) if hasattr(el, prop) else None
        )

    def _geometry(self) -> QGroupBox:
        box, form = self._group("geometry", self.tr("Position and size"))
        self.x_spin = self._length_spin(-500, 1500)
        self.y_spin = self._length_spin(-500, 1500)
        self.w_spin = self._length_spin(-1500, 1500)
        self.h_spin = self._length_spin(-1500, 1500)
        self.rotation_spin = _spin("°", -180, 180, 1, 5)
        self.rotation_spin.setWrapping(True)
        for spin, prop, label in (
            (self.x_spin, "x_mm", "X"),
            (self.y_spin, "y_mm", "Y"),
            (self.w_spin, "w_mm", "W"),
            (self.h_spin, "h_mm", "H"),
        ):
            spin.setObjectName(f"prop-{prop}")
            self._bind_length(spin, prop, self.tr("Change %s") % label)
        self.rotation_spin.setObjectName("prop-rotation_deg")
        self._bind_spin(self.rotation_spin, "rotation_deg", self.tr("Rotate"))
        pos, size = QHBoxLayout(), QHBoxLayout()
        pos.addWidget(self.x_spin)
        pos.addWidget(self.y_spin)
        size.addWidget(self.w_spin)
        size.addWidget(self.h_spin)
        form.addRow(self.tr("X, Y"), pos)
        form.addRow(self.tr("Width, height"), size)
        form.addRow(self.tr("Rotation"), self.rotation_spin)
        return box

    def _text(self) -> QGroupBox:
        box, form = self._group("text", self.tr("Text"))
        self.text_edit = QPlainTextEdit()
        self.text_edit.setObjectName("prop-text")
        self.text_edit.setFixedHeight(64)
        self.text_edit.setPlaceholderText(self.tr("Type here; insert fields with the button"))
        self.text_edit.textChanged.connect(
            lambda: self._apply(
                {"text": self.text_edit.toPlainText()}, self.tr("Edit text"), merge="text"
            )
        )
        self._refreshers.append(self._refresh_text)
        self.field_button = QToolButton()
        self.field_button.setObjectName("insertField")
        self.field_button.setText(self.tr("Insert field"))
        self.field_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.field_button)
        for name in FIELDS:
            action = QAction(f"{field_label(name)}   {{{{{name}}}}}", menu)
            action.triggered.connect(lambda _=False, n=name: self.insert_field(n))
            menu.addAction(action)
        self.field_button.setMenu(menu)
        self.font_combo = self._combo(
            "prop-font", [(f, f) for f in bundled_families()], "font", self.tr("Change font")
        )
        self.size_spin = _spin(" pt", 4, 400, 1, 1)
        self.size_spin.setObjectName("prop-size_pt")
        self._bind_spin(self.size_spin, "size_pt", self.tr("Change text size"))
        self.bold = QToolButton(text="B", checkable=True, toolTip=self.tr("Bold"))
        self.italic = QToolButton(text="I", checkable=True, toolTip=self.tr("Italic"))
        self.bold.setObjectName("prop-bold")
        self.italic.setObjectName("prop-italic")
        self.bold.setStyleSheet("font-weight: bold;")
        self.italic.setStyleSheet("font-style: italic;")
        self._bind_check(self.bold, "bold", self.tr("Bold"))
        self._bind_check(self.italic, "italic", self.tr("Italic"))
        font_row = QHBoxLayout()
        font_row.addWidget(self.font_combo, 1)
        font_row.addWidget(self.bold)
        font_row.addWidget(self.italic)
        self.align_group = QButtonGroup(self)
        align_row = QHBoxLayout()
        for value, label in (
            ("left", self.tr("Left")),
            ("center", self.tr("Centre")),
            ("right", self.tr("Right")),
        ):
            button = QToolButton(text=label, checkable=True)
            button.setObjectName(f"align-{value}")
            button.setProperty("value", value)
            self.align_group.addButton(button)
            align_row.addWidget(button)
        self.align_group.buttonClicked.connect(
            lambda b: self._apply({"align": b.property("value")}, self.tr("Align text"))
        )
        self._refreshers.append(self._refresh_align)
        self.valign_combo = self._combo(
            "prop-valign",
            [("top", self.tr("Top")), ("middle", self.tr("Middle")), ("bottom", self.tr("Bottom"))],
            "valign",
            self.tr("Align text vertically"),
        )
        align_row.addWidget(self.valign_combo, 1)
        self.spacing_spin = _spin("×", 0.5, 4, 2, 0.05)
        self._bind_spin(self.spacing_spin, "line_spacing", self.tr("Change line spacing"))
        form.addRow(self.text_edit)
        form.addRow(self.field_button)
        form.addRow(self.tr("Font"), font_row)
        form.addRow(self.tr("Size"), self.size_spin)
        form.addRow(self.tr("Alignment"), align_row)
        form.addRow(self.tr("Line spacing"), self.spacing_spin)
        return box

    def _colors(self) -> QGroupBox:
        box, form = self._group("colors", self.tr("Colour"))
        self.color_editors: dict[str, ColorEditor] = {}
        self.color_labels: dict[str, QLabel] = {}
        for prop, label, nullable in (
            ("color", self.tr("Colour"), False),
            ("fill", self.tr("Fill"), True),
            ("stroke", self.tr("Outline"), True),
            ("background", self.tr("Background"), True),
        ):
            editor = ColorEditor(nullable=nullable)
            editor.setObjectName(f"prop-{prop}")
            editor.changed.connect(
                lambda c, p=prop: self._apply({p: c}, self.tr("Change colour"), merge=p)
            )
            caption = QLabel(label)
            form.addRow(caption, editor)
            self.color_editors[prop] = editor
            self.color_labels[prop] = caption
        self.stroke_spin = _spin(" pt", 0, 50, 2, 0.25)
        self.stroke_spin.setObjectName("prop-stroke_pt")
        self._bind_spin(self.stroke_spin, "stroke_pt", self.tr("Change outline width"))
        self.stroke_label = QLabel(self.tr("Outline width"))
        form.addRow(self.stroke_label, self.stroke_spin)
        return box

    def _qr(self) -> QGroupBox:
        box, form = self._group("qr", self.tr("QR code"))
        self.qr_field = self._combo(
            "prop-qr-field",
            [(f, field_label(f)) for f in FIELDS],
            "field",
            self.tr("Change QR content"),
        )
        self.ec_combo = self._combo(
            "prop-ec",
            [(k, self.tr(v)) for k, v in EC_LABELS.items()],
            "ec",
            self.tr("Change QR error correction"),
            self.tr(
                "Error correction: higher survives damage or a logo on"
                " top, but makes smaller modules"
            ),
        )
        self.qr_payload = self._combo(
            "prop-qr-payload",
            [(k, self.tr(v)) for k, v in PAYLOAD_LABELS.items()],
            "payload",
            self.tr("Change what the QR carries"),
            self.tr(
                "What a phone gets: the tracked link, the person's contact card to save"
                " (name, title, phones, e-mail, web, address, social profiles), or your text"
            ),
        )
        self.qr_text = QLineEdit()
        self.qr_text.setObjectName("prop-qr-text")
        self.qr_text.setPlaceholderText(self.tr("Text or link; fields such as {{business.web}}"))
        self.qr_text.textEdited.connect(
            lambda t: self._apply({"text": t}, self.tr("Change QR text"), merge="qr-text")
        )
        self._refreshers.append(
            lambda el: self.qr_text.setText(el.text) if el.TYPE == "qr" else None
        )
        self.qr_field_label = QLabel(self.tr("Shows"))
        self.qr_text_label = QLabel(self.tr("Text"))
        form.addRow(self.tr("Carries"), self.qr_payload)
        form.addRow(self.qr_field_label, self.qr_field)
        form.addRow(self.qr_text_label, self.qr_text)
        form.addRow(self.tr("Error correction"), self.ec_combo)
        return box

    def _barcode(self) -> QGroupBox:
        box, form = self._group("barcode", self.tr("Barcode"))
        self.symbology = self._combo(
            "prop-symbology",
            [("code128", "Code 128"), ("ean13", "EAN-13")],
            "symbology",
            self.tr("Change barcode type"),
        )
        self.barcode_field = self._combo(
            "", [(f, field_label(f)) for f in FIELDS], "field", self.tr("Change barcode content")
        )
        self.show_text = QCheckBox(self.tr("Show the text under the bars"))
        self._bind_check(self.show_text, "show_text", self.tr("Barcode text"))
        form.addRow(self.tr("Type"), self.symbology)
        form.addRow(self.tr("Shows"), self.barcode_field)
        form.addRow(self.show_text)
        return box

    def _image(self) -> QGroupBox:
        box, form = self._group("image", self.tr("Image"))
        self.fit_combo = self._combo(
            "prop-fit",
            [
                ("contain", self.tr("Fit inside the box")),
                ("cover", self.tr("Fill the box (crop)")),
                ("stretch", self.tr("Stretch")),
            ],
            "fit",
            self.tr("Change image fit"),
        )
        replace = QPushButton(self.tr("Replace image…"))
        replace.clicked.connect(self.replace_image_requested)
        form.addRow(self.tr("Fit"), self.fit_combo)
        form.addRow(replace)
        return box

    def _shape(self) -> QGroupBox:
        box, form = self._group("shape", self.tr("Corners"))
        self.radius_spin = self._length_spin(0, 200)
        self._bind_length(self.radius_spin, "radius_mm", self.tr("Round corners"))
        form.addRow(self.tr("Radius"), self.radius_spin)
        return box

    def _arrange(self) -> QGroupBox:
        box, form = self._group("arrange", self.tr("Arrange"))
        rows = []
        for actions in (
            (
                ("left", self.tr("Left")),
                ("hcenter", self.tr("Centre")),
                ("right", self.tr("Right")),
            ),
            (
                ("top", self.tr("Top")),
                ("vcenter", self.tr("Middle")),
                ("bottom", self.tr("Bottom")),
            ),
            (("distribute-h", self.tr("Across")), ("distribute-v", self.tr("Down"))),
        ):
            row = QHBoxLayout()
            for key, label in actions:
                button = QPushButton(label)
                button.setObjectName(f"arrange-{key}")
                button.clicked.connect(lambda _=False, k=key: self.arrange_requested.emit(k))
                row.addWidget(button)
            rows.append(row)
        form.addRow(self.tr("Align"), rows[0])
        form.addRow("", rows[1])
        form.addRow(self.tr("Distribute"), rows[2])
        return box

    def _page(self) -> QGroupBox:
        box, form = self._group("page", self.tr("Page"))
        self.page_info = QLabel()
        self.page_info.setWordWrap(True)
        self.background = ColorEditor(nullable=True)
        self.background.setObjectName("page-background")
        self.background.changed.connect(
            lambda c: self.undo.push(SetBackground(self.doc, self.side, c, self.tr("Background")))
        )
        form.addRow(self.page_info)
        form.addRow(self.tr("Background"), self.background)
        return box

    # -- showing ------------------------------------------------------------------------------

    def set_font_families(self, brand: list[str]) -> None:
        """Offer the brand's own font families too (after the brand kit added some)."""
        for family in brand:
            if self.font_combo.findData(family) < 0:
                self.font_combo.addItem(family, family)

    def set_brand_colors(self, colors: list[Color]) -> None:
        for editor in [*self.color_editors.values(), self.background]:
            editor.set_swatches(colors)

    def set_side(self, side: int) -> None:
        self.side = side
        self.refresh()

    def set_selection(self, ids: list[str]) -> None:
        self.ids = [i for i in ids if self.doc.element(i) is not None]
        self.refresh()

    def _changed(self, element_id: str) -> None:
        if element_id in self.ids:
            self.refresh()

    def refresh(self) -> None:
        elements = [e for e in (self.doc.element(i) for i in self.ids) if e is not None]
        self._updating = True
        try:
            self._show(elements)
        finally:
            self._updating = False

    def _show(self, elements: list[Element]) -> None:
        one = elements[0] if len(elements) == 1 else None
        kind = one.TYPE if one else ""
        visible = {
            "geometry": one is not None,
            "text": kind in ("text", "coupon"),
            "colors": kind not in ("", "image"),
            "qr": kind == "qr",
            "barcode": kind == "barcode",
            "image": kind == "image",
            "shape": kind == "rect",
            "arrange": len(elements) > 1,
            "page": not elements,
        }
        for key, box in self.groups.items():
            box.setVisible(visible[key])
        if not elements:
            d = self.doc.design
            side = d.sides[self.side] if self.side < len(d.sides) else d.sides[0]
            self.title.setText(self.tr("Page · %s") % self.tr(side.name.capitalize()))
            self.page_info.setText(
                self.tr(
                    "%(size)s trim, %(bleed)s bleed, %(safe)s safe margin.\n"
                    "Select an element to change it, or add one from the left."
                )
                % {
                    "size": lengths.size_text(d.width_mm, d.height_mm, self.unit),
                    "bleed": lengths.length_text(d.bleed_mm, self.unit),
                    "safe": lengths.length_text(d.safe_mm, self.unit),
                }
            )
            self.background.set_color(side.background)
            return
        if one is None:
            self.title.setText(self.tr("%d elements selected") % len(elements))
            return
        self.title.setText(shown_name(one.name) if one.name else type_label(one.TYPE))
        for refresh in self._refreshers:
            refresh(one)
        line = one.TYPE == "line"
        smallest = lengths.from_mm(-1500 if line else 0.1, self.unit)
        self.w_spin.setMinimum(smallest)
        self.h_spin.setMinimum(smallest)
        for prop, editor in self.color_editors.items():
            shown = hasattr(one, prop)
            editor.setVisible(shown)
            self.color_labels[prop].setVisible(shown)
            if shown:
                editor.set_color(getattr(one, prop))
        has_stroke = hasattr(one, "stroke_pt")
        self.stroke_spin.setVisible(has_stroke)
        self.stroke_label.setVisible(has_stroke)
        self.color_labels["color"].setText(
            self.tr("Dark modules") if one.TYPE == "qr" else self.tr("Colour")
        )
        if one.TYPE == "qr":
            payload = getattr(one, "payload", "link")
            for widget in (self.qr_field, self.qr_field_label):
                widget.setVisible(payload == "link")
            for widget in (self.qr_text, self.qr_text_label):
                widget.setVisible(payload == "text")
        geometry_enabled = not one.locked
        self.groups["geometry"].setEnabled(geometry_enabled)

    def _refresh_text(self, el: Element) -> None:
        text = getattr(el, "text", None)
        if text is not None and self.text_edit.toPlainText() != text:
            self.text_edit.setPlainText(text)

    def _refresh_align(self, el: Element) -> None:
        for button in self.align_group.buttons():
            button.setChecked(button.property("value") == getattr(el, "align", ""))

    # -- editing ------------------------------------------------------------------------------

    def insert_field(self, name: str) -> None:
        """Put ``{{name}}`` at the cursor of the text box (and so into the element)."""
        self.text_edit.insertPlainText(f"{{{{{name}}}}}")
        self.text_edit.setFocus()

    def _apply(self, values: dict, text: str, merge: str | None = None) -> None:
        if self._updating or not self.ids:
            return
        changes = {}
        for element_id in self.ids:
            el = self.doc.element(element_id)
            if el is None:
                continue
            wanted = {k: v for k, v in values.items() if hasattr(el, k) and getattr(el, k) != v}
            if wanted:
                changes[element_id] = wanted
        if not changes:
            return
        key = f"{merge}:{','.join(sorted(changes))}" if merge else None
        self.undo.push(SetProperties(self.doc, changes, text, merge_key=key))
