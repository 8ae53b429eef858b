"""Simple pages: the welcome page, the pages to come (Results, Import) and business details."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from omniprint.domain.errors import OmniPrintError
from omniprint.domain.vcard import network_label
from omniprint.gui.forms import column, error_label, hint_label, ok_cancel, show_error
from omniprint.services import business
from omniprint.services.workspace import Workspace


class WelcomePage(QWidget):
    """What a new user sees: what the app does, step by step as the sidebar lists its pages,
    and two buttons to start."""

    create_campaign = Signal()
    open_sample = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome_page")
        title = QLabel(self.tr("Printed marketing you can measure"))
        title.setStyleSheet("font-size:22pt; font-weight:600;")
        lead = QLabel(
            self.tr(
                "Plan where your leaflets, flyers or cards go, design them, and print each one"
                " with its own QR link and coupon code, so you can see which street, which"
                " design and which offer brought customers in."
            )
        )
        lead.setWordWrap(True)
        lead.setStyleSheet("font-size:12pt; color:#3d4350;")
        # One wrapped label per step, numbered as the sidebar lists the pages: a single rich-text
        # list does not wrap, and Spanish runs past the edge.
        step_texts = [
            self.tr("<b>Plan</b>: the campaign, its pieces, the zones and how many go to each."),
            self.tr("<b>Design</b>: start from a template made for print."),
            self.tr("<b>Print</b>: a checked, print-ready PDF with unique codes."),
            self.tr("<b>Import</b>: drop the till's and the web shop's exports on the window."),
            self.tr(
                "<b>Review</b>: the few codes a person must look at, such as a typo at the till."
            ),
            self.tr(
                "<b>Results</b>: responses, revenue, cost per response and ROI per zone,"
                " and whether the leaflets beat the control zones."
            ),
        ]
        # A font, not a style sheet: the layout measures wrapped labels before style sheets
        # apply, and a style-sheet size left each step one line short.
        step_font = QFont(self.font())
        step_font.setPointSize(12)
        steps = QGridLayout()
        steps.setColumnStretch(1, 1)
        steps.setHorizontalSpacing(8)
        self.step_labels: list[QLabel] = []
        for row, text in enumerate(step_texts):
            number = QLabel(f"{row + 1}.")
            number.setFont(step_font)
            number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            label = QLabel(text, objectName=f"welcome_step_{row + 1}")
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            label.setFont(step_font)
            steps.addWidget(number, row, 0)
            steps.addWidget(label, row, 1)
            self.step_labels.append(label)
        self.button = QPushButton(
            self.tr("Create your first campaign"), objectName="welcome_create"
        )
        self.button.setMinimumHeight(40)
        self.button.setStyleSheet(
            "QPushButton { font-size:12pt; padding:6px 18px; background:#1f6feb; color:white;"
            " border-radius:6px; } QPushButton:hover { background:#1a5fd0; }"
        )
        self.button.clicked.connect(self.create_campaign)
        self.sample_button = QPushButton(self.tr("Open the sample"), objectName="welcome_sample")
        self.sample_button.setMinimumHeight(40)
        self.sample_button.setToolTip(
            self.tr(
                "A bakery's spring leaflet drop with two variants, five zones and a control zone,"
                " designed, printed and with its results imported: the whole loop at once."
            )
        )
        self.sample_button.clicked.connect(self.open_sample)
        buttons = QHBoxLayout()
        buttons.addWidget(self.button)
        buttons.addWidget(self.sample_button)
        buttons.addStretch(1)
        box = QWidget()
        box.setFixedWidth(640)
        inner = QVBoxLayout(box)
        inner.addWidget(title)
        inner.addSpacing(8)
        inner.addWidget(lead)
        inner.addSpacing(6)
        inner.addLayout(steps)
        inner.addSpacing(10)
        inner.addLayout(buttons)
        # Centred by stretches, not by an alignment flag: an aligned item gets its size hint's
        # height, not the height its wrapped lines need at its width.
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(box)
        centred.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(centred)
        layout.addStretch(2)


class BusinessDialog(QDialog):
    """The business's own details, printed on pieces through `{{business.*}}` fields."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setObjectName("business_dialog")
        self.setWindowTitle(self.tr("Your business"))
        self.setMinimumWidth(440)
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        current = business.get_business(ws)
        labels = {
            "name": self.tr("Business name"),
            "phone": self.tr("Phone"),
            "email": self.tr("Email"),
            "web": self.tr("Website"),
            "address": self.tr("Address"),
            "contact": self.tr("Contact person"),
            "title": self.tr("Job title"),
            "mobile": self.tr("Mobile"),
            "whatsapp": self.tr("WhatsApp"),
            "google": self.tr("Google Business profile"),
        }
        for key in business.BUSINESS_FIELDS:
            edit = QLineEdit(current.get(key, ""), objectName=key)
            self.fields[key] = edit
            form.addRow(labels.get(key) or network_label(key), edit)
        self.error = error_label(wrap=False)
        hint = hint_label(self.tr("Printed on your pieces wherever a design shows them."))
        column(self, hint, form, self.error, ok_cancel(self))

    def accept(self) -> None:
        try:
            business.set_business(self.ws, **{k: e.text() for k, e in self.fields.items()})
        except OmniPrintError as exc:
            show_error(self.error, str(exc))
            return
        super().accept()
