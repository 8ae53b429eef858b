"""Coupon codes and tracked links of a campaign: generate, export, check (Plan and Print pages)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from omniprint.domain import links
from omniprint.domain.errors import OmniPrintError
from omniprint.domain.i18n import ntr
from omniprint.gui import dialogs
from omniprint.gui.tasks import TaskRunner
from omniprint.gui.widgets import error_text
from omniprint.services import codes
from omniprint.services.workspace import Workspace

LINK_FILTERS = {
    "csv": "CSV (*.csv)",
    "nginx": "nginx (*.conf)",
    "apache": "Apache (*.htaccess *.conf)",
    "netlify": "Netlify (_redirects)",
}
LINK_NAMES = {"csv": "redirects.csv", "nginx": "redirects.conf", "apache": ".htaccess",
              "netlify": "_redirects"}  # fmt: skip


class CodesBox(QGroupBox):
    """Buttons for the codes of the current campaign; long work runs on the task runner."""

    message = Signal(str, str)
    codes_changed = Signal()

    def __init__(
        self, ws: Workspace, runner: TaskRunner, *, can_generate: bool = True, parent=None
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Coupon codes and links"))
        self.ws, self.runner = ws, runner
        self.campaign: str | None = None
        self.per = QComboBox(objectName="codes_per")
        self.per.addItem(self.tr("one code per printed piece"), "piece")
        self.per.addItem(self.tr("one code per drop"), "drop")
        self.prefix = QLineEdit(objectName="codes_prefix")
        self.prefix.setPlaceholderText(self.tr("optional, e.g. SPR"))
        self.prefix.setMaxLength(6)
        self.generate_button = QPushButton(self.tr("Generate codes"), objectName="generate_codes")
        self.generate_button.setToolTip(
            self.tr("Issue a unique code for every planned drop that has none yet.")
        )
        self.export_button = QPushButton(self.tr("Export codes…"), objectName="export_codes")
        self.link_format = QComboBox(objectName="links_format")
        for layout in links.REDIRECT_FORMATS:
            self.link_format.addItem(layout, layout)
        self.links_button = QPushButton(self.tr("Export redirects…"), objectName="export_links")
        self.check_input = QLineEdit(objectName="check_code")
        self.check_input.setPlaceholderText(self.tr("a code a customer brought"))
        self.check_button = QPushButton(self.tr("Check"), objectName="check_button")
        self.check_result = QLabel(objectName="check_result")
        self.check_result.setWordWrap(True)

        form = QFormLayout(self)
        if can_generate:
            form.addRow(self.tr("Codes"), self.per)
            form.addRow(self.tr("Prefix"), self.prefix)
            form.addRow("", self.generate_button)
        exports = QWidget()
        row = QHBoxLayout(exports)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.export_button)
        row.addStretch(1)
        form.addRow(self.tr("Till / web shop"), exports)
        redirects = QWidget()
        row = QHBoxLayout(redirects)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.link_format)
        row.addWidget(self.links_button, 1)
        form.addRow(self.tr("Short links"), redirects)
        check = QWidget()
        row = QHBoxLayout(check)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.check_input, 1)
        row.addWidget(self.check_button)
        form.addRow(self.tr("Check a code"), check)
        form.addRow("", self.check_result)

        self.generate_button.clicked.connect(self.generate)
        self.export_button.clicked.connect(self.export_codes)
        self.links_button.clicked.connect(self.export_links)
        self.check_button.clicked.connect(self.check_code)
        self.check_input.returnPressed.connect(self.check_code)

    def set_campaign(self, slug: str | None) -> None:
        self.campaign = slug
        self.setEnabled(slug is not None)
        self.check_result.clear()

    def _busy(self, busy: bool) -> None:
        for button in (self.generate_button, self.export_button, self.links_button):
            button.setEnabled(not busy)

    def generate(self) -> None:
        if not self.campaign:
            return
        task = self.runner.run(
            self.tr("Generating codes"),
            codes.generate_codes,
            self.campaign,
            per=self.per.currentData(),
            prefix=self.prefix.text().strip(),
        )
        self._busy(True)
        task.succeeded.connect(self._generated)
        task.failed.connect(lambda exc: self.message.emit("error", error_text(exc)))
        task.cancelled.connect(
            lambda: self.message.emit("info", self.tr("Cancelled: no codes were issued."))
        )
        task.finished.connect(lambda: self._busy(False))

    def _generated(self, result: codes.GenerateResult) -> None:
        text = ntr(
            "Generated {n} code for {drops}.", "Generated {n} codes for {drops}.", result.created
        ).format(drops=ntr("{n} drop", "{n} drops", result.drops))
        if result.skipped_drops:
            text += " " + ntr(
                "{n} drop already had codes and kept them.",
                "{n} drops already had codes and kept them.",
                result.skipped_drops,
            )
        self.message.emit("success", text)
        self.codes_changed.emit()

    def export_codes(self) -> None:
        if not self.campaign:
            return
        path = dialogs.save_file(
            self, self.tr("Export codes"), f"{self.campaign}-codes.csv", self.tr("CSV (*.csv)")
        )
        if path is None:
            return
        self._run_export(self.tr("Exporting codes"), codes.export_codes, path, self.campaign, path)

    def export_links(self) -> None:
        if not self.campaign:
            return
        fmt = self.link_format.currentData()
        path = dialogs.save_file(
            self, self.tr("Export redirects"), LINK_NAMES[fmt], LINK_FILTERS[fmt]
        )
        if path is None:
            return
        self._run_export(
            self.tr("Exporting redirects"), _export_links, path, self.campaign, fmt, path
        )

    def _run_export(self, title: str, fn, path: Path, *args) -> None:
        task = self.runner.run(title, fn, *args)
        self._busy(True)
        task.succeeded.connect(
            lambda count: self.message.emit(
                "success",
                ntr("Wrote {n} row to {path}", "Wrote {n} rows to {path}", count).format(path=path),
            )
        )
        task.failed.connect(lambda exc: self.message.emit("error", error_text(exc)))
        task.finished.connect(lambda: self._busy(False))

    def check_code(self) -> None:
        text = self.check_input.text().strip()
        if not text:
            return
        try:
            result = codes.check_code(self.ws, text)
        except OmniPrintError as exc:
            self.check_result.setText(str(exc))
            return
        c = result.code
        where = (
            self.tr("campaign {campaign}, {piece} {variant}, zone {zone}, no. {serial}").format(
                campaign=c.campaign, piece=c.piece, variant=c.variant, zone=c.zone, serial=c.serial
            )
            if c
            else ""
        )
        messages = {
            "valid": lambda: self.tr("✔ Valid: {code} ({where})"),
            "corrected": lambda: self.tr("Not issued. Did you mean {code}? ({where})"),
            "unknown": lambda: self.tr("Well formed, but never issued in this workspace."),
            "invalid": lambda: self.tr("Not a valid code: a character is wrong or missing."),
        }
        self.check_result.setText(
            messages[result.status]().format(code=c.display if c else "", where=where)
        )


def _export_links(ws: Workspace, campaign: str, fmt: str, out: Path, *, progress, cancel) -> int:
    """`services.codes.export_links` takes no progress callback: this adapts it to the runner."""
    return codes.export_links(ws, campaign, fmt, out, cancel=cancel)
