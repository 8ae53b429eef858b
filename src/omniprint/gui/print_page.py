"""The Print page: print options, the preflight list, the export in the background, the result."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from omniprint.domain.errors import OmniPrintError
from omniprint.domain.i18n import ntr
from omniprint.gui import dialogs
from omniprint.gui.chooser import VariantChooser
from omniprint.gui.codes_box import CodesBox
from omniprint.gui.designer.element_names import shown_name
from omniprint.gui.models import RecordsModel
from omniprint.gui.print_profile import ProfileChooser
from omniprint.gui.tasks import Task, TaskRunner
from omniprint.gui.widgets import TaskProgress
from omniprint.gui.work_page import WorkPage
from omniprint.services import plan, printing
from omniprint.services.print_options import MODES, SHEETS, SHOPS, PrintOptions
from omniprint.services.settings import load_settings
from omniprint.services.workspace import Workspace

MODE_LABELS = {
    "proof": QT_TRANSLATE_NOOP("PrintPage", "Proof: a few pieces to check, with guides"),
    "pieces": QT_TRANSLATE_NOOP("PrintPage", "Pieces: one per page, for online printers"),
    "press": QT_TRANSLATE_NOOP("PrintPage", "Press: sheets, cut and stack"),
}
SHOP_LABELS = {
    "eu": QT_TRANSLATE_NOOP("PrintPage", "Europe (3 mm bleed)"),
    "us": QT_TRANSLATE_NOOP("PrintPage", "US (1/8 inch bleed)"),
    "moo": QT_TRANSLATE_NOOP("PrintPage", "MOO (2 mm bleed)"),
}
WARNING = QColor("#9a6700")
ERROR = QColor("#b3261e")


def _tr(text: str) -> str:
    return QCoreApplication.translate("PrintPage", text)


class PrintPage(WorkPage):
    """Everything `omniprint preflight/export/package` does, for the chosen piece variant."""

    exported = Signal(object)  # the ExportResult

    def __init__(self, ws: Workspace, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(ws, runner, "print_page", parent)
        self.task: Task | None = None
        self.last_file: Path | None = None

        self.chooser = VariantChooser(ws)
        self.mode = QComboBox(objectName="mode")
        for mode in MODES:
            self.mode.addItem(_tr(MODE_LABELS.get(mode, mode)), mode)
        self.mode.setCurrentIndex(self.mode.findData("press"))
        self.sheet = QComboBox(objectName="sheet")
        for name, (w, h) in SHEETS.items():
            self.sheet.addItem(f"{name}  ({w:g} x {h:g} mm)", name)
        self.sheet.setCurrentIndex(self.sheet.findData("SRA3"))
        self.shop = QComboBox(objectName="shop")
        for name in SHOPS:
            self.shop.addItem(_tr(SHOP_LABELS.get(name, name)), name)
        self.use_shop_preset(load_settings().shop_preset)  # the usual shop, from Preferences
        self.bleed = QDoubleSpinBox(objectName="bleed")
        self.bleed.setRange(-0.5, 10)
        self.bleed.setSingleStep(0.5)
        self.bleed.setSuffix(" mm")
        self.bleed.setSpecialValueText(self.tr("as the shop asks"))
        self.bleed.setValue(-0.5)
        self.marks = QCheckBox(self.tr("Crop marks"), objectName="marks")
        self.marks.setChecked(True)  # a press sheet has them unless the shop says otherwise
        self.marks.setToolTip(self.tr("Cut lines outside the bleed, in the registration colour"))
        self.pdfx = QComboBox(objectName="pdfx")
        self.pdfx.addItem(self.tr("PDF/X-4 (what most shops ask for)"), "4")
        self.pdfx.addItem(self.tr("PDF/X-1a:2001 (older workflows)"), "1a")
        self.profile = ProfileChooser()
        self.sheet_margin = QDoubleSpinBox(objectName="sheet_margin")
        self.sheet_margin.setRange(0, 30)
        self.sheet_margin.setSingleStep(1)
        self.sheet_margin.setSuffix(" mm")
        self.sheet_margin.setValue(5)
        self.sheet_margin.setToolTip(self.tr("The edge of the sheet the press cannot print"))
        self.color = QComboBox(objectName="color")
        self.color.addItem(self.tr("CMYK, for the press"), "cmyk")
        self.color.addItem(self.tr("RGB, for an office printer"), "rgb")
        self.zone = QComboBox(objectName="zone")
        self.force = QCheckBox(self.tr("Export even with preflight errors"), objectName="force")

        options = QGroupBox(self.tr("How to print"))
        form = QFormLayout(options)
        form.addRow(self.tr("Piece"), self.chooser)
        form.addRow(self.tr("File for"), self.mode)
        form.addRow(self.tr("Press sheet"), self.sheet)
        form.addRow(self.tr("Sheet margin"), self.sheet_margin)
        form.addRow(self.tr("Print shop"), self.shop)
        form.addRow(self.tr("Bleed"), self.bleed)
        form.addRow(self.tr("Colour"), self.color)
        form.addRow(self.tr("PDF standard"), self.pdfx)
        form.addRow(self.tr("Output profile"), self.profile)
        form.addRow(self.tr("Zones"), self.zone)
        form.addRow("", self.marks)
        form.addRow("", self.force)

        self.preflight_model = RecordsModel(
            [self.tr("Level"), self.tr("Side"), self.tr("Element"), self.tr("What to fix")],
            parent=self,
        )
        self.preflight_view = QTableView(objectName="preflight")
        self.preflight_view.setModel(self.preflight_model)
        self.preflight_view.verticalHeader().hide()
        self.preflight_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preflight_view.setWordWrap(True)
        # Messages wrap: rows always take the height their wrapped text needs.
        self.preflight_view.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.preflight_status = QLabel(objectName="preflight_status")
        preflight = QGroupBox(self.tr("Preflight: what a print shop would reject"))
        box = QVBoxLayout(preflight)
        box.addWidget(self.preflight_status)
        box.addWidget(self.preflight_view, 1)

        self.export_button = QPushButton(self.tr("Export PDF…"), objectName="export_pdf")
        self.export_button.setDefault(True)
        self.export_button.setMinimumHeight(32)
        self.progress = TaskProgress()
        self.result_label = QLabel(objectName="export_result")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(self.tr("Open the file"), objectName="open_file")
        self.folder_button = QPushButton(self.tr("Show in folder"), objectName="open_folder")
        self.stock = QLineEdit(objectName="stock")
        self.stock.setPlaceholderText(self.tr("the usual paper for the piece kind"))
        self.package_button = QPushButton(self.tr("Print-shop package…"), objectName="package")
        self.package_button.setToolTip(
            self.tr("A zip with the press PDF, a proof, the job ticket and the codes")
        )
        export = QGroupBox(self.tr("Print file"))
        box = QVBoxLayout(export)
        row = QHBoxLayout()
        row.addWidget(self.export_button)
        row.addWidget(self.progress, 1)
        box.addLayout(row)
        box.addWidget(self.result_label)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addWidget(self.folder_button)
        row.addStretch(1)
        box.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Paper")))
        row.addWidget(self.stock, 1)
        row.addWidget(self.package_button)
        box.addLayout(row)
        self.codes_box = CodesBox(ws, runner, can_generate=False)

        left = QVBoxLayout()
        left.addWidget(options)
        left.addWidget(self.codes_box)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(preflight, 1)
        right.addWidget(export)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)

        self._show_result(None)
        self._options_changed()
        self.chooser.chosen.connect(lambda _: self.run_preflight())
        for combo in (self.sheet, self.shop, self.color, self.pdfx):
            combo.currentIndexChanged.connect(self._options_changed)
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self.profile.changed.connect(self.run_preflight)
        self.profile.message.connect(self.message)
        self.bleed.valueChanged.connect(lambda _: self.run_preflight())
        self.export_button.clicked.connect(self.export)
        self.package_button.clicked.connect(self.package)
        self.open_button.clicked.connect(self.open_file)
        self.folder_button.clicked.connect(self.open_folder)
        self.codes_box.message.connect(self.message)

    # Options ---------------------------------------------------------------------------------

    def set_campaign(self, slug: str | None) -> None:
        self.campaign = slug
        self.codes_box.set_campaign(slug)
        self.refresh()

    def refresh(self) -> None:
        self.chooser.load(self.campaign)
        keep = self.zone.currentData()
        self.zone.clear()
        self.zone.addItem(self.tr("All zones"), None)
        try:
            zones = plan.list_zones(self.ws, self.campaign) if self.campaign else []
        except OmniPrintError:
            zones = []
        for z in zones:
            if not z.is_control:
                self.zone.addItem(f"{z.code}  {z.name}", z.code)
        self.zone.setCurrentIndex(max(0, self.zone.findData(keep)))
        self.run_preflight()

    def use_shop_preset(self, name: str) -> None:
        """Choose the print shop `name` (the one set in Preferences), when the page knows it."""
        index = self.shop.findData(name)
        if index >= 0:
            self.shop.setCurrentIndex(index)

    def _options_changed(self) -> None:
        self.profile.set_shop(self.shop.currentData())
        press = self.mode.currentData() == "press"
        # A press file is CMYK (as `omniprint export` insists): RGB is for office printers.
        if press and self.color.currentData() == "rgb":
            self.color.setCurrentIndex(self.color.findData("cmyk"))
        self.color.model().item(self.color.findData("rgb")).setEnabled(not press)
        self.sheet.setEnabled(press)
        self.sheet_margin.setEnabled(press)
        print_shop = self.color.currentData() == "cmyk" and self.mode.currentData() != "proof"
        for widget in (self.pdfx, self.profile.choose_button):
            widget.setEnabled(print_shop)
        self.run_preflight()

    def _mode_changed(self) -> None:
        # Marks on press sheets by default; single pieces for online printers go without.
        self.marks.setChecked(self.mode.currentData() == "press")
        self._options_changed()

    def options(self) -> PrintOptions:
        bleed = self.bleed.value()
        return PrintOptions(
            mode=self.mode.currentData(),
            sheet=self.sheet.currentData(),
            shop=self.shop.currentData(),
            bleed_mm=None if bleed < 0 else bleed,
            marks=self.marks.isChecked(),
            color=self.color.currentData(),
            force=self.force.isChecked(),
            pdfx=self.pdfx.currentData(),
            output_profile=str(self.profile.path) if self.profile.path else None,
            sheet_margin_mm=self.sheet_margin.value(),
        )

    def run_preflight(self) -> None:
        choice = self.chooser.currentData()
        has = choice is not None and self.campaign is not None
        for widget in (self.export_button, self.package_button):
            widget.setEnabled(has and self.task is None)
        if not has:
            self.preflight_model.set_rows([])
            self.preflight_status.setText(self.tr("Add a piece on the Plan page to print it."))
            return
        try:
            issues = printing.check_job(
                self.ws, self.campaign, choice[0], choice[1], self.options()
            )
        except OmniPrintError as exc:
            self.preflight_model.set_rows([])
            self.preflight_status.setText(str(exc))
            return
        levels = {"error": self.tr("Error"), "warning": self.tr("Warning")}
        words = {
            "front": self.tr("Front"),
            "back": self.tr("Back"),
            "background": self.tr("Background"),
        }
        self.preflight_model.set_rows(
            [
                [
                    levels.get(i.level, i.level),
                    words.get(i.side, i.side),
                    words.get(i.element) or _element_name(i.element),
                    i.message,
                ]
                for i in issues
            ],
            colors=[ERROR if i.level == "error" else WARNING for i in issues],
        )
        header = self.preflight_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The message takes the width that is left and wraps, so it is read whole.
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        errors = sum(1 for i in issues if i.level == "error")
        if not issues:
            self.preflight_status.setText(self.tr("✔ No problems found."))
            self.preflight_status.setStyleSheet("color:#1e5b2c;")
        else:
            self.preflight_status.setText(
                self.tr("{errors} errors, {warnings} warnings").format(
                    errors=errors, warnings=len(issues) - errors
                )
            )
            self.preflight_status.setStyleSheet("color:#b3261e;" if errors else "color:#9a6700;")

    # Export ----------------------------------------------------------------------------------

    def export(self, *, path: Path | None = None) -> Task | None:
        """Ask where, then write the print file in the background (`services.printing`)."""
        choice = self.chooser.currentData()
        if choice is None or not self.campaign or self.task is not None:
            return None
        options = self.options()
        zone = self.zone.currentData()
        if path is None:
            name = f"{self.campaign}-{choice[0]}-{choice[1]}{'-' + zone if zone else ''}"
            path = dialogs.save_file(
                self, self.tr("Export the print file"), f"{name}-{options.mode}.pdf",
                self.tr("PDF (*.pdf)"),
            )  # fmt: skip
        if path is None:
            return None
        return self._write(
            self.tr("Writing {name}"), printing.export_pdf, choice, path, self._exported,
            zone=zone, options=options,
        )  # fmt: skip

    def package(self, *, path: Path | None = None) -> Task | None:
        choice = self.chooser.currentData()
        if choice is None or not self.campaign or self.task is not None:
            return None
        if path is None:
            path = dialogs.save_file(
                self, self.tr("Print-shop package"), f"{self.campaign}-{choice[0]}-{choice[1]}.zip",
                self.tr("Zip (*.zip)"),
            )  # fmt: skip
        if path is None:
            return None
        return self._write(
            self.tr("Packing {name}"), printing.write_shop_package, choice, path, self._packaged,
            # The crop-marks box is for the press sheets; the single pieces go without.
            options=replace(self.options(), marks=None if self.marks.isChecked() else False),
            stock=self.stock.text().strip() or None,
        )  # fmt: skip

    def _write(
        self,
        title: str,
        write: Callable[..., object],
        choice: tuple[str, str],
        path: Path,
        done: Callable[[Any, Path], None],
        **options: object,
    ) -> Task:
        """Write `path` for the chosen variant with a printing service, in the background:
        `title` names the task ({name}: the file's), `done` gets the result and the path."""
        task = self.runner.run(
            title.format(name=path.name), write, self.campaign, choice[0], path,
            variant=choice[1], **options,
        )  # fmt: skip
        self.task = task
        self.export_button.setEnabled(False)
        self.package_button.setEnabled(False)
        self.result_label.setText("")
        self.progress.follow(task)
        # The render's own words ("sheet 683 of 2,130 (32 %)") over the bare counts.
        task.progress.connect(
            lambda _done, _total, text: (
                text and self.progress.bar.setFormat(f"{task.title}: {text}")
            )
        )
        task.failed.connect(self._failed)
        task.cancelled.connect(
            lambda: self.message.emit("info", self.tr("Export cancelled: no file was written."))
        )
        task.finished.connect(self._finished)
        task.succeeded.connect(lambda result: done(result, path))
        return task

    def _finished(self) -> None:
        self.task = None
        self.run_preflight()

    def _failed(self, exc: BaseException) -> None:
        self.result_label.setText(str(exc))
        self.result_label.setStyleSheet("color:#b3261e;")
        if not isinstance(exc, OmniPrintError):  # a bug: to the excepthook, with the log
            raise exc
        self.message.emit("error", str(exc))

    def _exported(self, result: printing.ExportResult, path: Path) -> None:
        r = result.render
        lines = [
            self.tr("Wrote {file}: {pages}, {pieces}").format(
                file=path.name,
                pages=ntr("{n} page", "{n} pages", r.pages),
                pieces=ntr("{n} piece", "{n} pieces", r.records),
            )
        ]
        if r.mode == "press":
            lines[0] += " " + ntr(
                "on {n} sheet ({per_sheet}-up)", "on {n} sheets ({per_sheet}-up)", r.sheets
            ).format(per_sheet=r.per_sheet)
        if result.sample:
            lines.append(self.tr("No codes yet: the proof shows a sample code and link."))
        if result.check:
            lines.append(
                ntr(
                    "Self-check: {n} QR code decoded back to the right link.",
                    "Self-check: {n} QR codes decoded back to the right links.",
                    result.check.codes_checked,
                )
            )
        self.result_label.setStyleSheet("color:#1e5b2c;")
        self.result_label.setText("\n".join(lines))
        self._show_result(path)
        self.message.emit("success", lines[0])
        self.exported.emit(result)

    def _packaged(self, ticket: dict, path: Path) -> None:
        self.result_label.setStyleSheet("color:#1e5b2c;")
        self.result_label.setText(
            self.tr("Wrote the package {file}: {quantity} pieces, {sheets}").format(
                file=path.name, quantity=ticket.get("quantity"), sheets=ticket.get("sheets")
            )
        )
        self._show_result(path)

    def _show_result(self, path: Path | None) -> None:
        self.last_file = path
        self.open_button.setEnabled(path is not None)
        self.folder_button.setEnabled(path is not None)

    def open_file(self) -> None:
        if self.last_file:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_file)))

    def open_folder(self) -> None:
        if self.last_file:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_file.parent)))


_NAMED = re.compile(r"^(?P<name>.*) \((?P<id>[^()]*)\)$")


def _element_name(element: str) -> str:
    """ "headline (headline)" as preflight names it, with a template's element name in the
    language spoken ("titular (headline)"); the id in brackets stays as the design has it."""
    match = _NAMED.match(element)
    if match is None:
        return shown_name(element)
    return f"{shown_name(match['name'])} ({match['id']})"
