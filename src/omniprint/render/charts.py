"""Vector charts for the results report: response rate and ROI per zone, responses over time.

Each function returns a reportlab ``Drawing`` sized to the report's text width, or None when there
is nothing to draw (the report then says so in words). Labels come in from the caller so the
charts know no language; numbers are formatted by the caller's ``fmt`` too (decimal comma or not).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from reportlab.graphics.charts.axes import ValueAxis
from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, Group, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from omniprint.domain.abtest import variant_colour
from omniprint.domain.metrics import ResultRow, Tally, ZoneResult

BAR = colors.HexColor("#2b6cb0")
NEGATIVE = colors.HexColor("#c53030")
REFERENCE = colors.HexColor("#c05621")
CONTROL = colors.HexColor("#a0aec0")  # control zones' own bars: grey, they got nothing
GRID = colors.HexColor("#d9dee5")
INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#52606d")

MAX_ZONES = 30  # more bars than this no longer fit one page; the table still lists every zone
BAR_PITCH = 15.0  # points per zone in a bar chart
LABEL_SIZE = 7.5
MAX_LABEL = 170.0  # points: zone labels longer than this are shortened with an ellipsis

Formatter = Callable[[float], str]


@dataclass(frozen=True)
class ZoneFigures:
    """One zone's results, summed over the drops into it."""

    code: str
    name: str
    control: bool
    tally: Tally

    variant: str = ""

    @property
    def label(self) -> str:
        """The zone by name with its postcode ("Russafa (46004)"), and the variant if any."""
        zone = f"{self.name} ({self.code})" if self.name else self.code
        return f"{zone} · {self.variant}" if self.variant else zone


def drop_figures(rows: Sequence[ResultRow]) -> list[ZoneFigures]:
    """One entry per drop (zone and variant), zone by zone: what the per-variant charts draw."""
    return [
        ZoneFigures(r.zone, r.zone_name, False, r.tally, r.variant)
        for r in rows
        if not r.control and not r.zone_total
    ]


def zone_figures(rows: Sequence[ResultRow]) -> list[ZoneFigures]:
    """The report's rows (one per drop) summed per zone, in the order zones first appear."""
    order: list[tuple[str, bool]] = []
    names: dict[tuple[str, bool], str] = {}
    tallies: dict[tuple[str, bool], Tally] = {}
    for row in rows:
        if row.zone_total:
            continue
        key = (row.zone, row.control)
        if key not in tallies:
            order.append(key)
            names[key] = row.zone_name
            tallies[key] = Tally()
        tallies[key] = tallies[key] + row.tally
    return [ZoneFigures(code, names[(code, ctl)], ctl, tallies[(code, ctl)]) for code, ctl in order]


def control_matchback_rate(zones: Sequence[ZoneFigures]) -> float | None:
    """Match-back orders per household in the control zones, as a percentage (None: no control)."""
    control = [z.tally for z in zones if z.control]
    households = sum(t.households for t in control)
    if not households:
        return None
    return 100 * sum(t.matchback_orders for t in control) / households


def _fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` shortened with an ellipsis until it fits ``width`` points."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _nice_step(span: float) -> float:
    """A round axis step (1, 2 or 5 times a power of ten) giving about five intervals."""
    raw = max(span, 1e-9) / 5
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if raw <= factor * power:
            return factor * power
    return 10 * power  # pragma: no cover - the loop always returns


def _axis_range(
    values: Sequence[float], reference: float | None = None
) -> tuple[float, float, float]:
    """Axis min, max and step holding every value, zero and the reference, with room for labels."""
    low = min([0.0, *values, *([reference] if reference is not None else [])])
    high = max([0.0, *values, *([reference] if reference is not None else [])])
    if high == low:
        high = low + 1
    step = _nice_step(high - low)
    low = math.floor(low / step) * step
    high = math.ceil(high / step) * step
    # Bar-end labels need space beyond the longest bar on each side.
    if values and max(values) > high - 0.25 * step:
        high += step
    if values and min(values) < 0 and min(values) < low + 0.25 * step:
        low -= step
    return low, high, step


def _bar_chart(
    zones: Sequence[ZoneFigures],
    values: Sequence[float],
    width: float,
    fonts: tuple[str, str],
    fmt: Formatter,
    axis_title: str,
    *,
    reference: float | None = None,
    reference_label: str = "",
    texts: Sequence[str] | None = None,
    colours: Sequence[colors.Color] | None = None,
    legend: Sequence[tuple[colors.Color, str]] = (),
) -> Drawing:
    regular, bold = fonts
    labels = [_fit(z.label, regular, LABEL_SIZE, MAX_LABEL) for z in zones]
    label_width = max(stringWidth(text, regular, LABEL_SIZE) for text in labels)
    plot_height = BAR_PITCH * len(zones)
    bottom = 30.0  # value axis labels and its title
    top = 14.0 if (legend or reference_label) else 6.0  # the legend and the reference's name
    drawing = Drawing(width, plot_height + bottom + top)
    chart = HorizontalBarChart()
    chart.x = label_width + 8
    chart.y = bottom
    chart.width = width - chart.x - 6
    chart.height = plot_height
    # HorizontalBarChart draws the first category at the bottom; the reader expects it on top.
    chart.data = [list(reversed(values))]
    chart.categoryAxis.categoryNames = list(reversed(labels))
    chart.categoryAxis.labels.fontName = regular
    chart.categoryAxis.labels.fontSize = LABEL_SIZE
    chart.categoryAxis.labels.fillColor = INK
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.labelAxisMode = "low"  # at the left edge even when values go negative
    chart.categoryAxis.strokeColor = MUTED
    chart.categoryAxis.visibleTicks = False
    low, high, step = _axis_range(values, reference)
    axis = chart.valueAxis
    axis.valueMin, axis.valueMax, axis.valueStep = low, high, step
    _style_value_axis(axis, regular, fmt)
    chart.bars.strokeColor = None
    chart.bars[0].fillColor = BAR
    fills = list(reversed(colours)) if colours else [None] * len(values)
    for index, value in enumerate(reversed(values)):
        if fills[index] is not None:
            chart.bars[(0, index)].fillColor = fills[index]
        elif value < 0:
            chart.bars[(0, index)].fillColor = NEGATIVE
    chart.barSpacing = 0
    chart.groupSpacing = 4
    drawing.add(chart)
    scale = chart.width / (high - low)
    if reference is not None:  # over the bars, under the labels
        x = chart.x + (reference - low) * scale
        drawing.add(Line(x, chart.y, x, chart.y + chart.height + 4, strokeColor=REFERENCE,
                         strokeWidth=1.2, strokeDashArray=[4, 2]))  # fmt: skip
        if reference_label:  # the line says what it is, above the plot
            name = f"{reference_label}: {fmt(reference)}"
            anchor = "end" if x > chart.x + chart.width * 0.6 else "start"
            drawing.add(String(x + (-3 if anchor == "end" else 3), chart.y + chart.height + 5,
                               name, fontName=bold, fontSize=LABEL_SIZE, fillColor=REFERENCE,
                               textAnchor=anchor))  # fmt: skip
    # Value labels past the end of each bar (left of negative ones), on a white patch so the
    # reference line and the grid never run through the figures.
    pitch = chart.height / len(values)
    for index, value in enumerate(reversed(values)):
        text = texts[len(values) - 1 - index] if texts else fmt(value)
        text_width = stringWidth(text, bold, LABEL_SIZE)
        end = chart.x + (value - low) * scale
        x = end + 3 if value >= 0 else end - 3 - text_width
        y = chart.y + (index + 0.5) * pitch - LABEL_SIZE * 0.35
        drawing.add(Rect(x - 1, y - 2, text_width + 2, LABEL_SIZE + 2, fillColor=colors.white,
                         strokeColor=None))  # fmt: skip
        drawing.add(String(x, y, text, fontName=bold, fontSize=LABEL_SIZE, fillColor=INK))
    drawing.add(String(chart.x + chart.width / 2, 4, axis_title, fontName=regular,
                       fontSize=LABEL_SIZE, fillColor=MUTED, textAnchor="middle"))  # fmt: skip
    _legend(drawing, legend, width, chart.y + chart.height + 5, regular)
    return drawing


def _style_value_axis(axis: ValueAxis, font: str, fmt: Formatter) -> None:
    """Every chart's value axis: muted labels in `font` formatted by `fmt`, a light grid."""
    axis.labels.fontName = font
    axis.labels.fontSize = LABEL_SIZE
    axis.labels.fillColor = MUTED
    axis.labelTextFormat = fmt
    axis.strokeColor = MUTED
    axis.visibleGrid = True
    axis.gridStrokeColor = GRID
    axis.gridStrokeWidth = 0.5


def _legend(drawing: Drawing, items: Sequence[tuple[colors.Color, str]], right: float,
            y: float, font: str) -> None:  # fmt: skip
    """Colour swatches and names, right-aligned above the plot."""
    x = right - 4
    for colour, name in reversed(items):
        x -= stringWidth(name, font, LABEL_SIZE)
        drawing.add(String(x, y, name, fontName=font, fontSize=LABEL_SIZE, fillColor=INK))
        x -= 11
        drawing.add(Rect(x, y - 0.5, 8, 8, fillColor=colour, strokeColor=None))
        x -= 10


def _variant_colours(zones: Sequence[ZoneFigures]) -> tuple[list, list]:
    """Each bar's colour by its variant (the same in every chart, PDF and screen) and the legend."""
    labels = sorted({z.variant for z in zones if z.variant})
    colour = {v: colors.HexColor(variant_colour(i)) for i, v in enumerate(labels)}
    return [colour.get(z.variant, BAR) for z in zones], [(colour[v], v) for v in labels]


def lift_chart(
    zones: Sequence[ZoneResult],
    control_rate: float | None,
    width: float,
    fonts: tuple[str, str],
    fmt: Formatter,
    axis_title: str,
    control_label: str,
) -> Drawing | None:
    """Web-shop orders per 1,000 households for every zone (control zones in grey) with the
    control zones' rate as a labelled dashed line; None when no zone has households."""
    shown = [z for z in zones if z.lift_rate is not None][:MAX_ZONES]
    if not shown:
        return None
    figures = [ZoneFigures(z.zone, z.zone_name, z.control, z.tally) for z in shown]
    values = [float(z.lift_rate or 0.0) for z in shown]
    colours = [CONTROL if z.control else BAR for z in shown]
    return _bar_chart(figures, values, width, fonts, fmt, axis_title, reference=control_rate,
                      reference_label=control_label, colours=colours)  # fmt: skip


@dataclass(frozen=True)
class DropChart:
    """A bar per drop (zone and variant, coloured by variant) of one ratio of its figures, as a
    percentage; control zones and drops where `counts` is zero get no bar. Called with the drops,
    the width, the fonts, the axis formatter and title (and optionally the text of each bar),
    it returns the drawing, or None when no drop has a bar."""

    counts: Callable[[Tally], int]
    ratio: Callable[[Tally], Decimal | None]

    def __call__(
        self,
        zones: Sequence[ZoneFigures],
        width: float,
        fonts: tuple[str, str],
        fmt: Formatter,
        axis_title: str,
        label_of: Callable[[Tally], str] | None = None,
    ) -> Drawing | None:
        shown = [z for z in zones if not z.control and self.counts(z.tally)][:MAX_ZONES]
        if not shown:
            return None
        values = [float(self.ratio(z.tally) or 0) * 100 for z in shown]
        colours, legend = _variant_colours(shown)
        texts = [label_of(z.tally) for z in shown] if label_of else None
        return _bar_chart(shown, values, width, fonts, fmt, axis_title, texts=texts,
                          colours=colours if legend else None, legend=legend)  # fmt: skip


response_rate_chart = DropChart(counts=lambda t: t.pieces, ratio=lambda t: t.response_rate)
"""Responses per piece (%) of each drop that got pieces. No control line: control zones get no
pieces."""
roi_chart = DropChart(counts=lambda t: t.cost_cents, ratio=lambda t: t.roi)
"""ROI (%) of each drop that cost money. Without variants, negative bars are red."""


def cumulative(timeline: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """(day, responses that day) as a step line of the running total, starting from zero."""
    days = sorted(timeline)
    if not days:
        return []
    start = min(0, days[0][0])
    points = [(start, 0)]
    total = 0
    for day, count in days:
        points.append((day, total))
        total += count
        points.append((day, total))
    return points


def timeline_chart(
    timeline: Sequence[tuple[int, int]],
    width: float,
    fonts: tuple[str, str],
    fmt_int: Formatter,
    titles: tuple[str, str],
) -> Drawing | None:
    """Cumulative responses against days since the first drop; None without any response."""
    points = cumulative(timeline)
    if not points or points[-1][1] == 0:
        return None
    regular, _bold = fonts
    x_title, y_title = titles
    height = 170.0
    drawing = Drawing(width, height)
    plot = LinePlot()
    plot.x, plot.y = 44, 30
    plot.width, plot.height = width - plot.x - 10, height - plot.y - 10
    plot.data = [[(float(d), float(n)) for d, n in points]]
    plot.lines[0].strokeColor = BAR
    plot.lines[0].strokeWidth = 1.6
    first, last = points[0][0], points[-1][0]
    x_low, x_high, x_step = _axis_range([float(first), float(max(last, first + 1))])
    plot.xValueAxis.valueMin, plot.xValueAxis.valueMax = x_low, x_high
    plot.xValueAxis.valueStep = max(1.0, x_step)
    _, y_high, y_step = _axis_range([float(points[-1][1])])
    plot.yValueAxis.valueMin, plot.yValueAxis.valueMax = 0, y_high
    plot.yValueAxis.valueStep = max(1.0, y_step)
    for axis in (plot.xValueAxis, plot.yValueAxis):
        _style_value_axis(axis, regular, fmt_int)
    drawing.add(plot)
    drawing.add(String(plot.x + plot.width / 2, 4, x_title, fontName=regular,
                       fontSize=LABEL_SIZE, fillColor=MUTED, textAnchor="middle"))  # fmt: skip
    label = String(0, 0, y_title, fontName=regular, fontSize=LABEL_SIZE, fillColor=MUTED,
                   textAnchor="middle")  # fmt: skip
    # Rotated y title: a String has no rotation of its own, so place it in a turned group.
    turned = Group(label)
    turned.transform = (0, 1, -1, 0, 10, plot.y + plot.height / 2)
    drawing.add(turned)
    return drawing
