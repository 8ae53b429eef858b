"""The campaign dialog: create a campaign or change its details, with errors next to the field."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from omniprint.domain import formatting as fmt
from omniprint.domain.errors import OmniPrintError
from omniprint.domain.money import CURRENCIES
from omniprint.domain.parsing import parse_money_cents
from omniprint.domain.plan import Campaign
from omniprint.gui.forms import column, error_label, ok_cancel, show_error
from omniprint.gui.widgets import DateField
from omniprint.services import plan
from omniprint.services.workspace import Workspace

# Which field a service's message is about, by the words it uses, in English or Spanish (first
# match wins).
FIELD_WORDS = (
    ("name", ("campaign name", "nombre de la campaña")),
    ("landing_url", ("landing", "url", "link", "http", "página de destino", "enlace")),
    ("redirect_base", ("redirect", "redirección")),
    ("start_date", ("start date", "fecha de inicio")),
    ("end_date", ("end date", "fecha de fin")),
    ("budget", ("budget", "presupuesto")),
    ("currency", ("currency", "moneda")),
    ("attribution_days", ("attribution", "atribución")),
)


class CampaignDialog(QDialog):
    """Create a campaign (``campaign`` None) or edit one; `result_campaign` holds what was saved."""

    def __init__(
        self, ws: Workspace, campaign: Campaign | None = None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.ws = ws
        self.campaign = campaign
        self.result_campaign: Campaign | None = None
        self.setObjectName("campaign_dialog")
        self.setWindowTitle(
            self.tr("New campaign") if campaign is None else self.tr("Campaign details")
        )
        self.setMinimumWidth(520)

        self.name = QLineEdit(objectName="name")
        self.name.setPlaceholderText(self.tr("Spring offer 2027"))
        self.landing_url = QLineEdit(objectName="landing_url")
        self.landing_url.setPlaceholderText(self.tr("https://www.your-shop.com/offer"))
        self.start_date = DateField(objectName="start_date")
        self.end_date = DateField(objectName="end_date")
        self.budget = QLineEdit(objectName="budget")
        self.budget.setPlaceholderText(self.tr("for example 1500 or 1500,50"))
        self.currency = QComboBox(objectName="currency")
        self.currency.setEditable(True)
        self.currency.addItems(list(CURRENCIES))
        self.redirect_base = QLineEdit(objectName="redirect_base")
        self.redirect_base.setPlaceholderText(self.tr("optional, e.g. https://your-shop.com/r/"))
        self.redirect_base.setToolTip(
            self.tr(
                "Short links on your own site make smaller QR codes."
                " Leave empty to print the full link."
            )
        )
        self.attribution_days = QSpinBox(objectName="attribution_days")
        self.attribution_days.setRange(1, 730)
        self.attribution_days.setValue(60)
        self.attribution_days.setSuffix(self.tr(" days"))
        self.notes = QPlainTextEdit(objectName="notes")
        self.notes.setFixedHeight(60)

        form = QFormLayout()
        self.errors: dict[str, QLabel] = {}
        rows = (
            ("name", self.tr("Name"), self.name),
            ("landing_url", self.tr("Landing page"), self.landing_url),
            ("start_date", self.tr("Starts"), self.start_date),
            ("end_date", self.tr("Ends"), self.end_date),
            ("budget", self.tr("Budget"), self.budget),
            ("currency", self.tr("Currency"), self.currency),
            ("redirect_base", self.tr("Short links base"), self.redirect_base),
            ("attribution_days", self.tr("Count sales for"), self.attribution_days),
            ("notes", self.tr("Notes"), self.notes),
        )
        for key, label, widget in rows:
            form.addRow(label, widget)
            self.errors[key] = error_label(f"{key}_error")
            form.addRow("", self.errors[key])
        self.general_error = error_label("general_error")
        self.buttons = ok_cancel(self)
        column(self, form, self.general_error, self.buttons)
        if campaign is not None:
            self._fill(campaign)

    def _fill(self, c: Campaign) -> None:
        self.name.setText(c.name)
        self.landing_url.setText(c.landing_url)
        self.start_date.set_iso(c.start_date)
        self.end_date.set_iso(c.end_date)
        self.budget.setText(fmt.amount_input(c.budget_cents) if c.budget_cents else "")
        self.currency.setCurrentText(c.currency)
        self.redirect_base.setText(c.redirect_base or "")
        self.attribution_days.setValue(c.attribution_days)
        self.notes.setPlainText(c.notes)

    def show_error(self, message: str) -> None:
        """Put the service's message next to the field it is about (or under the form)."""
        for label in (*self.errors.values(), self.general_error):
            label.hide()
        lowered = message.lower()
        for key, words in FIELD_WORDS:
            if any(word in lowered for word in words):
                show_error(self.errors[key], message)
                getattr(self, key).setFocus()
                return
        show_error(self.general_error, message)

    def error_text(self) -> str:
        """Every error shown now (for tests and screen readers)."""
        labels = (*self.errors.values(), self.general_error)
        return "\n".join(lb.text() for lb in labels if not lb.isHidden())

    def accept(self) -> None:
        try:
            self.result_campaign = self._save()
        except OmniPrintError as exc:
            self.show_error(str(exc))
            return
        super().accept()

    def _save(self) -> Campaign:
        budget = self.budget.text().strip()
        values = {
            "landing_url": self.landing_url.text().strip(),
            "start_date": self.start_date.iso(),
            "end_date": self.end_date.iso(),
            "budget_cents": parse_money_cents(budget, what="budget") if budget else 0,
            "currency": self.currency.currentText(),
            "redirect_base": self.redirect_base.text().strip() or None,
            "notes": self.notes.toPlainText(),
            "attribution_days": self.attribution_days.value(),
        }
        if self.campaign is None:
            return plan.create_campaign(self.ws, self.name.text(), **values)  # type: ignore[arg-type]
        # An emptied optional field is saved as empty, not left as it was.
        values["redirect_base"] = values["redirect_base"] or ""
        return plan.update_campaign(self.ws, self.campaign.slug, name=self.name.text(), **values)
