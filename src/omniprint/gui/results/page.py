"""The Results page: headline figures, the table per zone and variant, charts, PDF and CSV."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from omniprint.domain import formatting as fmt
from omniprint.domain.abtest import variant_lines
from omniprint.domain.i18n import language, ntr
from omniprint.domain.lift import lift_details, lift_headline
from omniprint.domain.metrics import CampaignReport
from omniprint.domain.tasks import NEVER_CANCELLED, CancelToken, ProgressFn, no_progress
from omniprint.gui import dialogs
from omniprint.gui.forms import hint_label
from omniprint.gui.results.charts import ResultsCharts
from omniprint.gui.results.model import ResultsModel
from omniprint.gui.results.table import sorted_table
from omniprint.gui.tasks import CampaignLoading, Task, TaskRunner
from omniprint.gui.widgets import TaskProgress
from omniprint.gui.work_page import WorkPage, page_title
from omniprint.services import report as reports
from omniprint.services.workspace import Workspace


def export_report(
    ws: Workspace,
    campaign: str,
    path: Path,
    *,
    kind: str,
    progress: ProgressFn = no_progress,
    cancel: CancelToken = NEVER_CANCELLED,
) -> Path:
    """Write the PDF report or the CSV of the results (run on a worker)."""
    rep = reports.campaign_report(ws, campaign)
    if kind == "pdf":
        reports.write_pdf(ws, rep, path, language=language())  # the user's language
    else:
        reports.write_csv(rep, path)
    return path


class Figure(QFrame):
    """One headline number with its name under it."""

    def __init__(self, name: str, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setStyleSheet(
            f"#{name} {{ background:#f6f8fa; border:1px solid #d8dee4; border-radius:6px; }}"
        )
        self.value = QLabel("–")
        self.value.setStyleSheet("font-size:18pt; font-weight:600; color:#1f2328; border:none;")
        self.caption = QLabel(caption)
        self.caption.setStyleSheet("color:#5f6673; border:none;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def set_value(self, text: str, color: str = "#1f2328") -> None:
        self.value.setText(text)
        self.value.setStyleSheet(f"font-size:18pt; font-weight:600; color:{color}; border:none;")


class ResultsPage(CampaignLoading, WorkPage):
    """What `omniprint report` shows and writes, for the campaign chosen in the navigation."""

    report_ready = Signal(object)  # the CampaignReport
    exported = Signal(object)  # the Path written

    def __init__(self, ws: Workspace, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(ws, runner, "results_page", parent)
        self.report: CampaignReport | None = None
        self.loading: Task | None = None
        self.export_task: Task | None = None
        self._again = False

        title = page_title(self.tr("Results"))
        self.status = hint_label(name="results_status")
        # A long campaign line gives way to the buttons rather than widen the window.
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.figures = {
            "responses": Figure("figure_responses", self.tr("responses")),
            "revenue": Figure("figure_revenue", self.tr("revenue")),
            "cost": Figure("figure_cost", self.tr("cost")),
            "per_response": Figure("figure_per_response", self.tr("cost per response")),
            "roi": Figure("figure_roi", self.tr("return on investment")),
        }
        cards = QHBoxLayout()
        for figure in self.figures.values():
            cards.addWidget(figure, 1)
        self.notes = QLabel(objectName="results_notes")
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.RichText)

        self.model = ResultsModel(self)
        self.proxy, self.table = sorted_table(self.model, "results_table", self)
        self.filter = QLineEdit(objectName="results_filter")
        self.filter.setPlaceholderText(self.tr("Filter: a zone, a name, a variant…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        hint = hint_label(self.tr("Select rows and press Ctrl+C to paste them into a spreadsheet."))
        table_tab = QWidget()
        box = QVBoxLayout(table_tab)
        box.addWidget(self.filter)
        box.addWidget(self.table, 1)
        box.addWidget(hint)
        self.charts = ResultsCharts()
        self.tabs = QTabWidget(objectName="results_tabs")
        self.tabs.addTab(self.charts, self.tr("Charts"))
        self.tabs.addTab(table_tab, self.tr("By zone and variant"))

        self.pdf_button = QPushButton(self.tr("Export PDF report…"), objectName="export_report_pdf")
        self.csv_button = QPushButton(self.tr("Export CSV…"), objectName="export_report_csv")
        self.refresh_button = QPushButton(self.tr("Refresh"), objectName="refresh_results")
        self.progress = TaskProgress()
        top = QHBoxLayout()
        top.addWidget(title)
        top.addWidget(self.status, 1)
        top.addWidget(self.progress)
        top.addWidget(self.refresh_button)
        top.addWidget(self.csv_button)
        top.addWidget(self.pdf_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(cards)
        layout.addWidget(self.notes)
        layout.addWidget(self.tabs, 1)

        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        self.refresh_button.clicked.connect(self.refresh)
        self._enable()

    # Loading ---------------------------------------------------------------------------------

    def set_campaign(self, slug: str | None) -> None:
        self.campaign = slug
        self.show_report(None)
        self.refresh()

    def refresh(self) -> Task | None:
        """Reconcile and compute the report in the background; `report_ready` follows."""
        busy, title = self.tr("Matching what came back…"), self.tr("Reading the results")
        return self._start_load(busy, title, reports.campaign_report)

    def _show_loaded(self, rep: CampaignReport) -> None:
        self.show_report(rep)
        self.report_ready.emit(rep)

    def _load_state_changed(self) -> None:
        self._enable()

    def show_report(self, rep: CampaignReport | None) -> None:
        self.report = rep
        self.model.set_report(rep)
        self.charts.show_report(rep)
        self._show_figures(rep)
        self._enable()

    def _show_figures(self, rep: CampaignReport | None) -> None:
        if rep is None:
            for figure in self.figures.values():
                figure.set_value("–")
            self.notes.setText("")
            self.status.setText("")
            return
        t, cur = rep.totals, rep.campaign.currency
        self.figures["responses"].set_value(fmt.number(t.responses))
        self.figures["revenue"].set_value(fmt.money(t.revenue_cents, cur))
        self.figures["cost"].set_value(fmt.money(t.cost_cents, cur))
        per = t.cost_per_response_cents
        self.figures["per_response"].set_value("–" if per is None else fmt.money(per, cur))
        roi_color = "#1f2328" if t.roi is None else ("#1e5b2c" if t.roi >= 0 else "#b3261e")
        self.figures["roi"].set_value(fmt.ratio_percent(t.roi, 0, sign=True), roi_color)
        self.status.setText(
            self.tr("{name}: {pieces}, {visits}, {matchback}").format(
                name=rep.campaign.name,
                pieces=ntr("{n} piece", "{n} pieces", t.pieces),
                visits=ntr("{n} visit", "{n} visits", t.visits),
                matchback=ntr(
                    "{n} match-back order", "{n} match-back orders", t.matchback_orders
                ),
            )
        )  # fmt: skip
        # The same sentences as the CLI and the PDF: built once in the domain.
        headline = lift_headline(rep.lift)
        parts = [f"<p style='margin:0; font-weight:600'>{escape(headline)}</p>"]
        parts += [f"<p style='margin:0; color:#3d4350'>{escape(line)}</p>"
                  for line in lift_details(rep.lift, cur)[:2]]  # fmt: skip
        # The A/B verdict is shown under the charts; its figures here, one line per variant.
        for test in rep.variant_tests:
            lines = variant_lines(test, cur)[:2]
            parts += [f"<p style='margin:0; color:#3d4350'>{escape(line)}</p>" for line in lines]
        shown = {headline, *(t.verdict for t in rep.variant_tests)}
        items = "".join(f"<li>{escape(note)}</li>" for note in rep.caveats if note not in shown)
        if items:
            parts.append(f"<ul style='margin:0; color:#3d4350'>{items}</ul>")
        self.notes.setText("".join(parts))

    def _enable(self) -> None:
        ready = self.report is not None and self.export_task is None
        self.pdf_button.setEnabled(ready)
        self.csv_button.setEnabled(ready)
        self.refresh_button.setEnabled(self.campaign is not None and self.loading is None)

    # Export ----------------------------------------------------------------------------------

    def export(self, kind: str, *, path: Path | None = None) -> Task | None:
        """Ask where, then write the PDF report or the CSV in the background."""
        if not self.campaign or self.export_task is not None:
            return None
        if path is None:
            filters = self.tr("PDF (*.pdf)") if kind == "pdf" else self.tr("CSV (*.csv)")
            name = f"{self.campaign}-results.{kind}"
            path = dialogs.save_file(self, self.tr("Export the results"), name, filters)
        if path is None:
            return None
        task = self.runner.run(
            self.tr("Writing {name}").format(name=path.name),
            export_report,
            self.campaign,
            path,
            kind=kind,
        )
        self.export_task = task
        self.progress.follow(task)
        task.succeeded.connect(self._exported)
        task.failed.connect(self._failed)
        task.finished.connect(self._export_finished)
        self._enable()
        return task

    def _exported(self, path: Path) -> None:
        self.message.emit("success", self.tr("Wrote {path}").format(path=path))
        self.exported.emit(path)

    def _export_finished(self) -> None:
        self.export_task = None
        self._enable()
