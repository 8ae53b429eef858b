"""The results as charts (QtCharts): response rate and ROI per zone, responses over time since
the drop, and variant A against B with the test's verdict in words.

The charts only draw what `services.report` computed: no figure is worked out here.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from itertools import accumulate

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QLocale, QMargins, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from omniprint.domain import formatting as fmt
from omniprint.domain.abtest import variant_colour, variant_lines
from omniprint.domain.metrics import CampaignReport, ResultRow, ZoneResult
from omniprint.gui.plan.piece_dialog import piece_label

BLUE, GREEN, RED, GREY, ORANGE = "#1f6feb", "#2e8b57", "#c0392b", "#8a8f98", "#d9822b"
CONTROL_LINE = "#c05621"  # the control zones' rate, as in the PDF report
BAR, INK = "#2b6cb0", "#1f2933"  # the PDF report's bar and text colours


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    font = chart.titleFont()
    font.setBold(True)
    chart.setTitleFont(font)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(4)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    # Numbers on axes and bars as the user writes them (5,91 in Spanish).
    chart.setLocale(QLocale())
    chart.setLocalizeNumbers(True)
    return chart


def _value_axis(low: float, high: float, title: str) -> QValueAxis:
    axis = QValueAxis()
    axis.setRange(min(0.0, low * 1.15), max(high * 1.15, 1.0) if high >= 0 else 0.0)
    axis.setTitleText(title)
    axis.setLabelFormat("%.3g")
    axis.applyNiceNumbers()
    return axis


def _label(row: ResultRow) -> str:
    return f"{row.zone} {row.variant}".strip()


def _whole_percent(ratio: Decimal | None) -> float:
    """A ratio as a whole percent, rounded half up (as `formatting.ratio_percent` writes it)."""
    return float(((ratio or Decimal(0)) * 100).quantize(Decimal(1), ROUND_HALF_UP))


def _small_labels(axis) -> None:
    """Zone names in a smaller type, so they fit the bands of a chart on a laptop screen."""
    font = axis.labelsFont()
    font.setPointSizeF(max(7.0, font.pointSizeF() - 1.5))
    axis.setLabelsFont(font)


def zone_label(code: str, name: str, limit: int = 18) -> str:
    """A zone by name and postcode, short enough for an axis: "Ciutat Vella - La… (46003)"."""
    if not name:
        return code
    short = name if len(name) <= limit else name[: limit - 1].rstrip(" -·") + "…"
    return f"{short} ({code})"


class ChartBox(QChartView):
    """A chart view that gets a new chart each time the report changes."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)

    def replace(self, chart: QChart) -> None:
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()


class ResultsCharts(QWidget):
    """Four charts in a grid and the A/B verdict under them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rate_view = ChartBox("rate_chart")
        self.roi_view = ChartBox("roi_chart")
        self.timeline_view = ChartBox("timeline_chart")
        self.variant_view = ChartBox("variant_chart")
        self.verdict = QLabel(objectName="variant_verdict")
        self.verdict.setWordWrap(True)
        self.verdict.setStyleSheet("font-size:11pt; font-weight:600; color:#1d4f7a;")
        self.rate_set: QBarSet | None = None
        self.control_line: QLineSeries | None = None
        self.roi_set: QBarSet | None = None
        self.roi_sets: list[QBarSet] = []
        self.daily: QLineSeries | None = None
        self.so_far: QLineSeries | None = None
        self.variant_sets: list[QBarSet] = []
        self.money_sets: list[QBarSet] = []
        grid = QGridLayout()
        grid.addWidget(self.rate_view, 0, 0)
        grid.addWidget(self.roi_view, 0, 1)
        grid.addWidget(self.timeline_view, 1, 0)
        grid.addWidget(self.variant_view, 1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid, 1)
        layout.addWidget(self.verdict)
        self.show_report(None)

    def show_report(self, report: CampaignReport | None) -> None:
        rows = [r for r in report.rows if not r.control and not r.zone_total] if report else []
        self.rate_view.replace(self._lift(report.zones if report else [], report))
        self.roi_view.replace(self._roi(rows))
        self.timeline_view.replace(self._timeline(report.timeline if report else []))
        self.variant_view.replace(self._variants(report))

    def _bars(self, chart: QChart, name: str, color: str, labels: list[str], values: list[float],
              title: str) -> tuple[QBarSet, QBarCategoryAxis, QValueAxis]:  # fmt: skip
        bars = QBarSet(name)
        bars.setColor(QColor(color))
        bars.append(values)
        series = QBarSeries()
        series.append(bars)
        series.setLabelsVisible(bool(values))
        series.setLabelsFormat("@value")
        chart.addSeries(series)
        x = QBarCategoryAxis()
        x.append(labels or [""])
        y = _value_axis(min(values, default=0.0), max(values, default=0.0), title)
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)
        return bars, x, y

    def _lift(self, zones: list[ZoneResult], report: CampaignReport | None) -> QChart:
        """Web-shop orders per 1,000 households per zone (the lift measure, zone by zone),
        horizontal so zone names stay readable, with the control zones' rate as a named line."""
        chart = _chart(self.tr("Web-shop orders per 1,000 households"))
        shown = [z for z in zones if z.lift_rate is not None]
        values = [round(z.lift_rate or 0.0, 1) for z in reversed(shown)]  # first zone on top
        labels = [zone_label(z.zone, z.zone_name) for z in reversed(shown)]
        bars = QBarSet(self.tr("Orders per 1,000 households"))
        bars.setColor(QColor(BAR))
        bars.setLabelColor(QColor(INK))  # beside the bar, on the white plot
        bars.append(values)
        # Control zones got nothing: their bars in grey, as in the PDF report.
        bars.setSelectedColor(QColor(GREY))
        for index, zone in enumerate(reversed(shown)):
            if zone.control:
                bars.selectBar(index)
        series = QHorizontalBarSeries()
        series.append(bars)
        series.setLabelsVisible(bool(values))
        series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsFormat("@value")
        chart.addSeries(series)
        y = QBarCategoryAxis()
        y.append(labels or [""])
        _small_labels(y)
        control = report.lift.control_rate if report else None
        x = _value_axis(
            0.0, max([*values, control or 0.0], default=0.0), self.tr("per 1,000 households")
        )
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(y)
        series.attachAxis(x)
        self.rate_set = bars
        self.control_line = None
        if control is not None and shown:
            line = QLineSeries()
            line.setName(
                self.tr("Control zones: {rate} per 1,000 households").format(
                    rate=QLocale().toString(round(control, 1), "f", 1)
                )
            )
            line.setPen(QPen(QColor(CONTROL_LINE), 2, Qt.PenStyle.DashLine))
            line.append(round(control, 2), -0.5)
            line.append(round(control, 2), len(shown) - 0.5)
            chart.addSeries(line)
            line.attachAxis(x)
            line.attachAxis(y)
            self.control_line = line
            # The chart's title names the dashed line: a legend would take the zones' room, and
            # an axis title that long is cut on a laptop screen.
            rate = QLocale().toString(round(control, 1), "f", 1)
            title = self.tr("Web-shop orders per 1,000 households (dashed: control, {rate})")
            chart.setTitle(title.format(rate=rate))
        chart.legend().hide()
        return chart

    def _roi(self, rows: list[ResultRow]) -> QChart:
        """ROI per zone, one bar per variant in the variant's colour (as in every chart)."""
        chart = _chart(self.tr("Return on investment per zone"))
        variants = sorted({r.variant for r in rows})
        zones: list[str] = []
        for r in rows:
            name = zone_label(r.zone, r.zone_name)
            if name not in zones:
                zones.append(name)
        # Whole percents rounded half up from the exact ratio, as every table writes ROI.
        roi = {
            (zone_label(r.zone, r.zone_name), r.variant): _whole_percent(r.tally.roi) for r in rows
        }
        series = QHorizontalBarSeries()
        self.roi_sets = []
        for index, variant in enumerate(variants):
            bars = QBarSet(variant or self.tr("ROI %"))
            bars.setColor(QColor(variant_colour(index)))
            bars.setLabelColor(QColor(INK))
            label_font = bars.labelFont()
            label_font.setPointSizeF(max(7.0, label_font.pointSizeF() - 1.5))
            bars.setLabelFont(label_font)
            bars.append([float(roi.get((zone, variant), 0)) for zone in reversed(zones)])
            series.append(bars)
            self.roi_sets.append(bars)
        series.setLabelsVisible(bool(rows))
        series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsFormat("@value %")
        chart.addSeries(series)
        y = QBarCategoryAxis()
        y.append(list(reversed(zones)) or [""])
        _small_labels(y)
        values = list(roi.values())
        x = _value_axis(min(values, default=0.0), max(values, default=0.0), "%")
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(y)
        series.attachAxis(x)
        self.roi_set = self.roi_sets[0] if self.roi_sets else None
        if len(variants) < 2:
            chart.legend().hide()
        return chart

    def _timeline(self, timeline: list[tuple[int, int]]) -> QChart:
        chart = _chart(self.tr("Responses since the drop"))
        daily, so_far = QLineSeries(), QLineSeries()
        daily.setName(self.tr("That day"))
        so_far.setName(self.tr("So far"))
        daily.setPen(QPen(QColor(ORANGE), 2))
        so_far.setPen(QPen(QColor(BLUE), 2))
        totals = list(accumulate(n for _, n in timeline))
        for (day, n), total in zip(timeline, totals, strict=True):
            daily.append(day, n)
            so_far.append(day, total)
        x = QValueAxis()
        days = [d for d, _ in timeline]
        x.setRange(min([0, *days]), max([*days, 7]))
        x.setLabelFormat("%.0f")  # "%d" draws nothing when the chart localises numbers
        x.applyNiceNumbers()
        x.setTitleText(self.tr("days since the drop"))
        y = _value_axis(0, max(totals, default=0), self.tr("responses"))
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        for series in (daily, so_far):
            series.setPointsVisible(True)
            chart.addSeries(series)
            series.attachAxis(x)
            series.attachAxis(y)
        self.daily, self.so_far = daily, so_far
        return chart

    def _variants(self, report: CampaignReport | None) -> QChart:
        """A against B on what the verdict weighs: responses per 1,000 pieces (left axis) and
        revenue per 1,000 pieces (right axis, in money), side by side for each piece."""
        chart = _chart(self.tr("Variant A against B"))
        tests = report.variant_tests if report else []
        self.variant_sets, self.money_sets = [], []
        if not tests:
            self.verdict.setText(
                self.tr("No A/B test: give a piece a second variant to compare two designs.")
            )
            return chart
        currency = report.campaign.currency if report else "EUR"
        categories = []
        revenue = self.tr("revenue ({currency})").format(currency=fmt.currency_symbol(currency))
        for t in tests:
            name = piece_label(t.piece) if len(tests) > 1 else ""
            categories += [
                f"{name}\n{self.tr('responses')}".strip(),
                f"{name}\n{revenue}".strip(),
            ]
        x = QBarCategoryAxis()
        x.append(categories)
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        for money in (False, True):
            sets = [QBarSet(tests[0].a), QBarSet(tests[0].b)]
            for index, bars in enumerate(sets):
                bars.setColor(QColor(variant_colour(index)))
                bars.setLabelColor(QColor(INK))  # above the bar: narrow bars hold no figure
            for t in tests:
                if money:  # revenue per 1,000 pieces, in whole money units
                    values = [(t.revenue_per_piece_a or 0) * 10, (t.revenue_per_piece_b or 0) * 10]
                else:
                    values = [(t.rate_a or 0) * 1000, (t.rate_b or 0) * 1000]
                for bars, value in zip(sets, values, strict=True):
                    # Each series fills its own category and leaves the other empty.
                    bars.append([0.0, float(round(value))] if money else [round(value, 1), 0.0])
            series = QBarSeries()
            for bars in sets:
                series.append(bars)
            series.setLabelsVisible(True)
            series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
            chart.addSeries(series)
            values = [b.at(i) for b in sets for i in range(b.count())]
            # Short axis titles (a vertical title is cut on a laptop): the categories under the
            # bars say what is counted, responses or revenue.
            y = _value_axis(0, max(values), self.tr("per 1,000"))
            if money:
                y.setTitleText(
                    self.tr("{currency} / 1,000").format(currency=fmt.currency_symbol(currency))
                )
            chart.addAxis(y, Qt.AlignmentFlag.AlignRight if money else Qt.AlignmentFlag.AlignLeft)
            series.attachAxis(x)
            series.attachAxis(y)
            if money:
                self.money_sets = sets
                for marker in chart.legend().markers(series):
                    marker.setVisible(False)  # A and B are named once in the legend
            else:
                self.variant_sets = sets
        words = [t.verdict if len(tests) == 1 else f"{t.piece}: {t.verdict}" for t in tests]
        self.verdict.setText(" ".join(words))
        self.verdict.setToolTip(
            "\n".join(line for t in tests for line in variant_lines(t, currency))
        )
        return chart
