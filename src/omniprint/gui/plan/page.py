"""The Plan page: what is printed, where it goes, how many, what it costs, and its codes."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from omniprint.domain import formatting as fmt
from omniprint.domain.errors import OmniPrintError
from omniprint.domain.i18n import ntr
from omniprint.domain.lengths import size_text
from omniprint.gui import dialogs
from omniprint.gui.codes_box import CodesBox
from omniprint.gui.forms import hint_label
from omniprint.gui.models import DropsModel, RecordsModel, ZonesModel
from omniprint.gui.plan.campaign_dialog import CampaignDialog
from omniprint.gui.plan.drop_dialog import DropDialog
from omniprint.gui.plan.piece_dialog import KIND_LABELS, PieceDialog, piece_label
from omniprint.gui.plan.zone_import import ZoneImportDialog
from omniprint.gui.settings import preferred_units
from omniprint.gui.tasks import TaskRunner
from omniprint.gui.widgets import BudgetBar, error_text
from omniprint.gui.work_page import WorkPage, page_title
from omniprint.services import plan
from omniprint.services.plan import PlanSummary
from omniprint.services.workspace import Workspace


def _table(name: str) -> QTableView:
    view = QTableView(objectName=name)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    return view


def _buttons(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


class PlanPage(WorkPage):
    """One campaign's plan. Every change goes through `services.plan` and the page re-reads it."""

    campaign_saved = Signal(str)
    plan_changed = Signal()

    def __init__(self, ws: Workspace, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(ws, runner, "plan_page", parent)
        self.summary: PlanSummary | None = None

        self.title = page_title(name="campaign_title")
        self.subtitle = hint_label(name="campaign_subtitle")
        self.subtitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edit_button = QPushButton(self.tr("Edit details…"), objectName="edit_campaign")
        header = QGridLayout()
        header.addWidget(self.title, 0, 0)
        header.addWidget(self.subtitle, 1, 0)
        header.addWidget(self.edit_button, 0, 1, 2, 1, Qt.AlignmentFlag.AlignRight)
        header.setColumnStretch(0, 1)

        # Pieces
        self.pieces_model = RecordsModel(
            [self.tr("Piece"), self.tr("Kind"), self.tr("Size"), self.tr("Variant"),
             self.tr("Unit cost")],
            right=(4,),
            parent=self,
        )  # fmt: skip
        self.pieces_view = _table("pieces")
        self.pieces_view.setModel(self.pieces_model)
        self.pieces_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.add_piece_button = QPushButton(self.tr("Add piece…"), objectName="add_piece")
        self.add_variant_button = QPushButton(self.tr("Add variant…"), objectName="add_variant")
        self.add_variant_button.setToolTip(self.tr("An A/B version of the selected piece"))
        pieces = QGroupBox(self.tr("Pieces"))
        box = QVBoxLayout(pieces)
        box.addWidget(self.pieces_view)
        box.addLayout(_buttons(self.add_piece_button, self.add_variant_button))

        # Zones
        self.zones_model = ZonesModel(ws, self)
        self.zones_view = _table("zones")
        self.zones_view.setModel(self.zones_model)
        self.add_zone_button = QPushButton(self.tr("Add zone"), objectName="add_zone")
        self.import_zones_button = QPushButton(self.tr("Import CSV…"), objectName="import_zones")
        self.remove_zone_button = QPushButton(self.tr("Remove zone"), objectName="remove_zone")
        zones = QGroupBox(self.tr("Zones"))
        box = QVBoxLayout(zones)
        box.addWidget(self.zones_view)
        box.addLayout(
            _buttons(self.add_zone_button, self.import_zones_button, self.remove_zone_button)
        )

        # Drops
        self.drops_model = DropsModel(ws, self)
        self.drops_view = _table("drops")
        self.drops_view.setModel(self.drops_model)
        self.add_drop_button = QPushButton(self.tr("Send to zones…"), objectName="add_drop")
        self.remove_drop_button = QPushButton(self.tr("Remove drop"), objectName="remove_drop")
        drops = QGroupBox(self.tr("Drops: what goes where"))
        box = QVBoxLayout(drops)
        box.addWidget(self.drops_view)
        box.addLayout(_buttons(self.add_drop_button, self.remove_drop_button))

        # Totals
        self.totals_label = QLabel(objectName="totals")
        self.totals_label.setTextFormat(Qt.TextFormat.RichText)
        self.budget_bar = BudgetBar()
        self.budget_note = QLabel(objectName="budget_note")
        totals = QGroupBox(self.tr("Cost"))
        box = QVBoxLayout(totals)
        box.addWidget(self.totals_label)
        box.addWidget(self.budget_bar)
        box.addWidget(self.budget_note)

        self.codes_box = CodesBox(ws, runner)

        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(pieces)
        left.addWidget(zones)
        left.setSizes([200, 400])
        right_panel = QWidget()
        right = QVBoxLayout(right_panel)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(drops, 1)
        right.addWidget(totals)
        right.addWidget(self.codes_box)
        self.body = body = QSplitter(Qt.Orientation.Horizontal)
        # Until the user drags the divider, the page keeps it where both tables fit best.
        self._split_moved = False
        body.splitterMoved.connect(self._user_split)
        body.addWidget(left)
        body.addWidget(right_panel)
        body.setStretchFactor(0, 1)
        body.setStretchFactor(1, 1)
        body.setSizes([540, 600])  # the drops table needs room for its seven columns
        body.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(body, 1)

        self.edit_button.clicked.connect(self.edit_campaign)
        self.add_piece_button.clicked.connect(self.add_piece)
        self.add_variant_button.clicked.connect(self.add_variant)
        self.add_zone_button.clicked.connect(self.add_zone)
        self.import_zones_button.clicked.connect(self.import_zones)
        self.remove_zone_button.clicked.connect(self.remove_zone)
        self.add_drop_button.clicked.connect(self.add_drop)
        self.remove_drop_button.clicked.connect(self.remove_drop)
        for model in (self.zones_model, self.drops_model):
            model.error.connect(lambda text: self.message.emit("error", text))
        # A table's own edit already shows in it: re-reading that model would close the editor
        # under the view's feet, so only the rest of the page is refreshed.
        self.zones_model.changed.connect(lambda: self.refresh(edited=self.zones_model))
        self.drops_model.changed.connect(lambda: self.refresh(edited=self.drops_model))
        self.codes_box.message.connect(self.message)

    def _user_split(self, *_args: object) -> None:
        self._split_moved = True

    # Reading ---------------------------------------------------------------------------------

    def set_campaign(self, slug: str | None) -> None:
        self.campaign = slug
        self.codes_box.set_campaign(slug)
        self.zones_model.set_campaign(None)
        self.refresh()

    def refresh(self, edited: object = None) -> None:
        """Re-read the plan from the workspace and show it (all but the model just `edited`)."""
        if not self.campaign:
            return
        try:
            self.summary = s = plan.plan_summary(self.ws, self.campaign)
        except OmniPrintError as exc:
            self.message.emit("error", error_text(exc))
            return
        c, t = s.campaign, s.totals
        self.title.setText(c.name)
        parts = [c.landing_url]
        if c.start_date or c.end_date:
            start, end = fmt.date_short(c.start_date) or "…", fmt.date_short(c.end_date) or "…"
            parts.insert(0, f"{start} → {end}")
        self.subtitle.setText("   ·   ".join(parts))
        units = preferred_units()
        self.pieces_model.set_rows(
            [
                [piece_label(p.slug) if p.slug in KIND_LABELS else p.name,
                 self.tr(KIND_LABELS.get(p.kind, p.kind)).lower(),
                 p.size_name or size_text(p.width_mm, p.height_mm, units), v.label,
                 fmt.unit_price(v.print_cpm_cents, c.currency)]
                for p, variants in s.pieces
                for v in variants
            ]
        )  # fmt: skip
        if self.zones_model.campaign != c.slug or self.zones_model.currency != c.currency:
            self.zones_model.set_campaign(c.slug, c.currency)
        elif edited is not self.zones_model:
            self.zones_model.refresh()
        if edited is not self.drops_model:
            self.drops_model.set_lines(c.slug, c.currency, t.lines)
        self._fit_columns()
        self._show_totals(s)
        self.plan_changed.emit()

    def _fit_columns(self) -> None:
        """Columns as wide as their contents, and the two halves of the page as wide as their
        tables need, so no column hides behind a scroll bar when the window has the room."""
        self.zones_view.clearSpans()
        for view in (self.pieces_view, self.zones_view, self.drops_view):
            view.resizeColumnsToContents()
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            view.horizontalHeader().setStretchLastSection(True)
        # The "+ type a postcode" row would make the Code column as wide as its hint: it spans
        # Code, Name and Households instead, and Code is as wide as the codes.
        zones = self.zones_view
        last = self.zones_model.rowCount() - 1
        if last >= 0:
            zones.setSpan(last, 0, 1, 3)
            header = zones.horizontalHeader()
            codes = [zones.sizeHintForIndex(self.zones_model.index(r, 0)).width()
                     for r in range(last)]  # fmt: skip
            grid = 1 if zones.showGrid() else 0  # as resizeColumnsToContents counts it
            header.resizeSection(0, max([header.sectionSizeHint(0), *codes]) + grid)
        if not self._split_moved:
            self._split_by_need()

    def _split_by_need(self) -> None:
        """Share the page's width between zones (left) and drops (right) by what each needs."""
        need = [self.zones_view.horizontalHeader().length() + 40,
                self.drops_view.horizontalHeader().length() + 40]  # fmt: skip
        total = sum(self.body.sizes()) or sum(need)
        left = round(total * need[0] / sum(need))
        self.body.setSizes([left, total - left])

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if not self._split_moved:
            self._split_by_need()

    def _show_totals(self, s: PlanSummary) -> None:
        t, cur = s.totals, s.campaign.currency
        rows = (
            (self.tr("Pieces"), fmt.number(t.pieces)),
            (self.tr("Print"), fmt.money(t.print_cents, cur)),
            (self.tr("Distribution"), fmt.money(t.distribution_cents, cur)),
            (self.tr("Total"), f"<b>{fmt.money(t.total_cents, cur)}</b>"),
        )
        cells = "".join(
            f"<tr><td style='padding-right:16px'>{k}</td><td align='right'>{v}</td></tr>"
            for k, v in rows
        )
        self.totals_label.setText(f"<table>{cells}</table>")
        self.budget_bar.show_totals(t, cur)
        if not t.budget_cents:
            note = self.tr("Set a budget in the campaign's details to follow spending.")
        elif t.over_budget:
            note = self.tr("Over budget by {amount}").format(
                amount=fmt.money(-t.remaining_cents, cur)
            )
        else:
            note = self.tr("{amount} left").format(amount=fmt.money(t.remaining_cents, cur))
        self.budget_note.setText(note)
        self.budget_note.setStyleSheet("color:#b3261e;" if t.over_budget else "color:#5f6673;")
        controls = [z.code for z in s.zones if z.is_control]
        unplanned = sorted(
            {z.code for z in s.zones if not z.is_control} - {ln.zone_code for ln in t.lines}
        )
        hints = []
        if controls:
            hints.append(self.tr("Control zones: {codes}").format(codes=", ".join(controls)))
        if unplanned:
            hints.append(self.tr("No drop yet: {codes}").format(codes=", ".join(unplanned)))
        self.budget_note.setToolTip("\n".join(hints))

    # Changing --------------------------------------------------------------------------------

    def edit_campaign(self) -> QDialog | None:
        if self.summary is None:
            return
        dialog = CampaignDialog(self.ws, self.summary.campaign, self)
        dialog.accepted.connect(lambda: self._campaign_edited(dialog))
        dialog.open()
        return dialog

    def _campaign_edited(self, dialog: CampaignDialog) -> None:
        self.refresh()
        if dialog.result_campaign:
            self.campaign_saved.emit(dialog.result_campaign.slug)

    def add_piece(self) -> QDialog | None:
        if not self.campaign:
            return
        return self._open(PieceDialog(self.ws, self.campaign, parent=self))

    def selected_piece(self):
        if self.summary is None:
            return None
        rows = self.pieces_view.selectionModel().selectedRows()
        flat = [(p, vs) for p, vs in self.summary.pieces for _ in vs]
        if rows and rows[0].row() < len(flat):
            return flat[rows[0].row()]
        return self.summary.pieces[0] if len(self.summary.pieces) == 1 else None

    def add_variant(self) -> QDialog | None:
        if not self.campaign:
            return
        chosen = self.selected_piece()
        if chosen is None:
            self.message.emit("info", self.tr("Select the piece to add a variant to."))
            return
        piece, variants = chosen
        taken = [v.label for v in variants]
        return self._open(PieceDialog(self.ws, self.campaign, piece, taken=taken, parent=self))

    def add_zone(self) -> None:
        """Start typing a zone in the table's last (blank) row."""
        if not self.campaign:
            return
        index = self.zones_model.index(self.zones_model.rowCount() - 1, ZonesModel.CODE)
        self.zones_view.setCurrentIndex(index)
        self.zones_view.scrollTo(index)
        self.zones_view.edit(index)

    def import_zones(self) -> QDialog | None:
        if not self.campaign or self.summary is None:
            return
        path = dialogs.open_file(
            self, self.tr("Import zones"), "", self.tr("CSV files (*.csv *.txt);;All files (*)")
        )
        if path is None:
            return
        dialog = ZoneImportDialog(
            self.ws, self.campaign, self.summary.campaign.currency, path, self
        )
        dialog.accepted.connect(lambda: self._zones_imported(dialog))
        dialog.open()
        return dialog

    def _zones_imported(self, dialog: ZoneImportDialog) -> None:
        if dialog.imported:
            self.message.emit(
                "success",
                ntr(
                    "Imported {n} zone from {file}.",
                    "Imported {n} zones from {file}.",
                    dialog.imported.imported,
                ).format(file=dialog.path.name),
            )
        self.refresh()

    def remove_zone(self) -> None:
        zone = self.zones_model.zone_at(self.zones_view.currentIndex().row())
        if zone is None or not self.campaign:
            return
        try:
            plan.remove_zone(self.ws, self.campaign, zone.code)
        except OmniPrintError as exc:
            self.message.emit("error", error_text(exc))
            return
        self.refresh()

    def add_drop(self) -> QDialog | None:
        if self.summary is None:
            return
        if not self.summary.pieces or not self.summary.zones:
            self.message.emit("info", self.tr("Add a piece and some zones first."))
            return
        return self._open(DropDialog(self.ws, self.summary, self))

    def _open(self, dialog: QDialog) -> QDialog:
        """Show a dialog without blocking; the plan is re-read when it is accepted."""
        dialog.accepted.connect(lambda: self.refresh())
        dialog.open()
        return dialog

    def remove_drop(self) -> None:
        line = self.drops_model.line_at(self.drops_view.currentIndex().row())
        if line is None or not self.campaign:
            return
        try:
            plan.remove_drop(
                self.ws, self.campaign, piece=line.piece_slug, zone=line.zone_code,
                variant=line.variant,
            )  # fmt: skip
        except OmniPrintError as exc:
            self.message.emit("error", error_text(exc))
            return
        self.refresh()
