"""The campaign results report as a PDF a shop owner can hand to a partner.

Page 1: the headline figures, whether the leaflets made a difference, the A/B verdicts and the
caveats. Then one row per drop (and per control zone) with a totals row, and vector charts: response
rate and ROI per zone, responses over time. A4 portrait, bundled fonts embedded, English or Spanish.

The module is longer than most because it carries its own table of English and Spanish labels.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import tempfile
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    LongTable,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from omniprint.domain import formatting as fmt
from omniprint.domain.abtest import variant_lines
from omniprint.domain.i18n import language as active_language
from omniprint.domain.i18n import ntr, tr
from omniprint.domain.lift import lift_details, lift_headline
from omniprint.domain.metrics import CampaignReport, Tally
from omniprint.render import charts
from omniprint.render.fonts import FontBook, load_fonts
from omniprint.render.report_channels import channels_story

MARGIN = 18 * mm
TEXT_WIDTH = A4[0] - 2 * MARGIN
INK = charts.INK
MUTED = charts.MUTED
RULE = colors.HexColor("#9aa5b1")
SHADE = colors.HexColor("#f2f4f7")
CONTROL_SHADE = colors.HexColor("#fdf3e7")
DASH = "—"
COUNTED_STATUSES = ("response", "utm", "corrected", "duplicate", "out_of_window", "unmatched")


class Numbers:
    """The report's numbers in its currency, written by the locale service (`domain.formatting`)
    for the active locale, in the one percentage style of every output ('35 %', '+107 %'); an
    em dash where a value has no meaning."""

    def __init__(self, currency: str) -> None:
        self.currency = currency
        self.symbol = fmt.currency_symbol(currency)  # in column headers: "Revenue (€)"

    def int(self, value: int) -> str:
        return fmt.number(value)

    def dec(self, value: float | Decimal, places: int = 1, *, sign: bool = False) -> str:
        return fmt.fixed(value, places, sign=sign)

    def pct(self, value: float | Decimal | None, places: int = 1, *, sign: bool = False) -> str:
        """A ratio (0.35) as a percentage ('35.0 %'), rounded half up; a dash when undefined."""
        return DASH if value is None else fmt.ratio_percent(value, places, sign=sign)

    def percent(self, value: float | Decimal, places: int = 1, *, sign: bool = False) -> str:
        """A value already in percent (35.0): '35.0%', Spanish '35,0 %' (never '-0 %')."""
        return fmt.percent(value, places, sign=sign)

    def money(self, cents: int | None) -> str:
        return DASH if cents is None else fmt.money(cents, self.currency)

    def amount(self, cents: int | None) -> str:
        """Money without its currency, for table cells whose header names the currency."""
        return DASH if cents is None else fmt.amount(cents)


def _strings() -> dict[str, str]:
    """Every label of the report in the active language (the catalogue, through `tr`)."""
    return {
        "report": tr("Results report"),
        "dates": tr("Campaign {start} to {end}"),
        "generated": tr("Generated {date}"),
        "page": tr("Page {n}"),
        "responses": tr("Responses"),
        "revenue": tr("Revenue"),
        "cost": tr("Cost"),
        "cost_per_response": tr("Cost per response"),
        "roi": tr("ROI (return on cost)"),
        "roas": tr("ROAS (revenue per 1 spent)"),
        "budget": tr("Budget {budget}."),
        "lift_heading": tr("Did the leaflets make a difference?"),
        "ab_heading": tr("A/B tests"),
        "caveats_heading": tr("Before you trust the numbers"),
        "came_back": tr("What came back:"),
        "zones_heading": tr("Results per zone"),
        "no_rows": tr("No drops are planned yet, so there is nothing to report per zone."),
        "columns": tr(
            "Zone|Piece · "
            "variant|Pieces|Visits|Store|Online|Match-back|Responses|Rate|Revenue "
            "({currency})|Cost ({currency})|Per response|ROI"
        ),
        "control": tr("control"),
        "total": tr("Total"),
        "charts_heading": tr("Charts"),
        "more_zones": tr("The chart shows the first {n} zones; the table lists them all."),
        "roi_chart": tr("ROI per zone"),
        "roi_axis": tr("(revenue - cost) / cost"),
        "no_roi": tr("No zone has a cost yet, so there is no ROI to chart."),
        "time_chart": tr("Responses over time"),
        "time_x": tr("days since the first drop"),
        "time_y": tr("responses, running total"),
        "no_time": tr("No responses have come back yet."),
        "all_variants": tr("all variants"),
        "table_note": tr(
            "Store: codes redeemed at the till. Online: orders with a code or a tracked "
            "link. Responses = store + online. Match-back: orders without a code from the "
            "zone's postcodes, on the zone's row (its total row when it got several "
            "variants; in control zones, which get nothing, the only measure). Rate: "
            "responses per piece delivered. ROI: (revenue - cost) / cost."
        ),
        "lift_chart": tr("Web-shop orders per 1,000 households, per zone"),
        "lift_axis": tr("web-shop orders per 1,000 households (coded or not)"),
        "lift_reference": tr(
            "Dashed line: the control zones ({rate} per 1,000 households), what the zones "
            "would likely do without leaflets."
        ),
        "no_lift_chart": tr(
            "No zone has households yet, so there are no orders per household to chart."
        ),
        "control_line": tr("control zones"),
        "rate_chart": tr("Response rate per zone and variant"),
        "rate_axis": tr("responses per piece delivered"),
        "no_rate": tr("No zone has pieces delivered yet, so there is no response rate to chart."),
    }


class _Styles:
    """Paragraph styles over the bundled families: Vollkorn headings, Lato text, Roboto tables."""

    def __init__(self, fonts: FontBook) -> None:
        self.serif_bold = fonts.resolve("Vollkorn", bold=True)
        self.sans = fonts.resolve("Lato")
        self.sans_bold = fonts.resolve("Lato", bold=True)
        self.sans_italic = fonts.resolve("Lato", italic=True)
        self.narrow = fonts.resolve("Roboto Condensed")
        self.narrow_bold = fonts.resolve("Roboto Condensed", bold=True)

        def style(name: str, font: str, size: float, **kw: object) -> ParagraphStyle:
            kw.setdefault("leading", size * 1.3)
            kw["textColor"] = kw.pop("color", INK)
            return ParagraphStyle(name, fontName=font, fontSize=size, **kw)

        self.title = style("title", self.serif_bold, 24, leading=28, spaceAfter=4)
        self.subtitle = style("subtitle", self.sans, 9.5, color=MUTED, spaceAfter=10)
        self.h2 = style("h2", self.serif_bold, 14, spaceBefore=12, spaceAfter=5)
        self.h3 = style("h3", self.sans_bold, 10, spaceBefore=8, spaceAfter=3)
        self.body = style("body", self.sans, 9.5, spaceAfter=4)
        self.verdict = style("verdict", self.sans_bold, 11.5, spaceAfter=5)
        self.note = style("note", self.sans, 8, color=MUTED, spaceAfter=3)
        self.bullet = style("bullet", self.sans, 9.5, leftIndent=12, bulletIndent=2, spaceAfter=3)
        self.kpi_label = style("kpi_label", self.sans, 8, color=MUTED)
        self.kpi_value = style("kpi_value", self.sans_bold, 18, leading=22)
        self.cell = style("cell", self.narrow, 7.5, leading=9)
        self.cell_right = style("cell_right", self.narrow, 7.5, leading=9, alignment=TA_RIGHT)
        self.head = style("head", self.narrow_bold, 7.5, leading=9)
        self.head_right = style("head_right", self.narrow_bold, 7.5, leading=9,
                                alignment=TA_RIGHT)  # fmt: skip


def write_report(
    report: CampaignReport,
    out_path: str | os.PathLike[str],
    *,
    generated: str = "",
    language: str | None = None,
    fonts: FontBook | None = None,
    invariant: bool = False,
    channels: object = None,
) -> None:
    """Write the results report of ``report`` to ``out_path`` as a PDF.

    ``generated`` is the ISO date printed under the title (today when empty, none when
    ``invariant``), written the reader's way. The words are those of the active language (the
    caller, `services.report.write_pdf`, switches it); ``language`` only names it in the file
    (the active one when None). ``invariant`` makes the bytes stable (no timestamps or random
    ids), for tests and golden files. The file is written next to the target and moved into place,
    so a failure never leaves a partial report behind (nor harms an existing one).
    """
    language = language or active_language()
    text = _strings()
    fonts = fonts or load_fonts()
    styles = _Styles(fonts)
    numbers = Numbers(report.campaign.currency)
    if not generated and not invariant:
        generated = dt.date.today().isoformat()
    story = _story(report, text, styles, numbers, generated, language)
    story += channels_story(channels, styles, numbers, language)  # type: ignore[arg-type]
    title = f"{report.campaign.name} – {text['report']}"
    out_path = Path(out_path)
    handle, temp_name = tempfile.mkstemp(dir=out_path.parent, prefix=f".{out_path.name}.")
    try:
        with os.fdopen(handle, "wb") as stream:
            doc = SimpleDocTemplate(
                stream, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                bottomMargin=MARGIN, title=title, author="OmniPrint", creator="OmniPrint",
                subject=text["report"], lang=language, invariant=int(invariant),
            )  # fmt: skip
            footer = _footer(report.campaign.name, text, styles)
            doc.build(story, onFirstPage=footer, onLaterPages=footer)
        os.replace(temp_name, out_path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.remove(temp_name)
        raise


def _footer(name: str, text: dict[str, str], styles: _Styles) -> Callable[..., None]:
    def draw(canvas, doc) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        canvas.setFont(styles.sans, 7.5)
        canvas.setFillColor(MUTED)
        y = MARGIN - 9 * mm
        canvas.drawString(MARGIN, y, f"{name} · {text['report']}")
        canvas.drawRightString(A4[0] - MARGIN, y, text["page"].format(n=doc.page))
        canvas.restoreState()

    return draw


def _story(
    report: CampaignReport,
    text: dict[str, str],
    styles: _Styles,
    numbers: Numbers,
    generated: str,
    language: str,
) -> list[Flowable]:
    story: list[Flowable] = [*_summary(report, text, styles, numbers, generated, language)]
    story.append(PageBreak())
    story += _zone_table(report, text, styles, numbers)
    story += _charts(report, text, styles, numbers)
    return story


def _p(value: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(value), style)


def _summary(
    report: CampaignReport,
    text: dict[str, str],
    styles: _Styles,
    numbers: Numbers,
    generated: str,
    language: str,
) -> list[Flowable]:
    campaign, totals = report.campaign, report.totals
    start, end = fmt.date(campaign.start_date) or "…", fmt.date(campaign.end_date) or "…"
    dates = [
        text["dates"].format(start=start, end=end)
        if campaign.start_date or campaign.end_date else "",
        text["generated"].format(date=fmt.date(generated)) if generated else "",
    ]  # fmt: skip
    headline = lift_headline(report.lift)
    out: list[Flowable] = [
        _p(campaign.name, styles.title),
        _p(" · ".join([text["report"], *(d for d in dates if d)]), styles.subtitle),
        _kpis(totals, text, styles, numbers),
        Spacer(1, 5),
        _p(_reach(report, text, numbers), styles.note),
        _p(text["lift_heading"], styles.h2),
        _p(headline, styles.verdict),
    ]
    details = lift_details(report.lift, campaign.currency)
    out += [_p(line, styles.body) for line in details[:2]]
    out += [_p(line, styles.note) for line in details[2:]]
    if report.variant_tests:
        out.append(_p(text["ab_heading"], styles.h2))
        for test in report.variant_tests:
            out.append(_p(test.piece, styles.h3))
            out.append(_p(test.verdict, styles.body))
            lines = variant_lines(test, campaign.currency)
            out += [Paragraph(escape(line), styles.bullet, bulletText="•") for line in lines[:2]]
            out += [_p(line, styles.note) for line in lines[2:]]
    # Verdicts already shown above are not repeated among the caveats.
    shown = {headline, *(test.verdict for test in report.variant_tests)}
    caveats = [c for c in report.caveats if c not in shown]
    came_back = _came_back(report, text, numbers)
    if caveats or came_back:
        out.append(_p(text["caveats_heading"], styles.h2))
        out += [Paragraph(escape(c), styles.bullet, bulletText="•") for c in caveats]
        if came_back:
            out.append(_p(came_back, styles.note))
    return out


def _kpis(totals: Tally, text: dict[str, str], styles: _Styles, numbers: Numbers) -> Table:
    roas = totals.roas
    figures = [
        (text["responses"], numbers.int(totals.responses)),
        (text["revenue"], numbers.money(totals.revenue_cents)),
        (text["cost"], numbers.money(totals.cost_cents)),
        (text["cost_per_response"], numbers.money(totals.cost_per_response_cents)),
        (text["roi"], fmt.ratio_percent(totals.roi, 0, sign=True)),
        (text["roas"], DASH if roas is None else numbers.dec(roas, 2)),
    ]
    cells = [[_p(label, styles.kpi_label), _p(value, styles.kpi_value)] for label, value in figures]
    table = Table([cells[:3], cells[3:]], colWidths=[TEXT_WIDTH / 3] * 3)
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), SHADE),
        ("LINEBELOW", (0, 0), (-1, 0), 3, colors.white),
        ("LINEAFTER", (0, 0), (1, -1), 3, colors.white),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
    ]))  # fmt: skip
    return table


def _reach(report: CampaignReport, text: dict[str, str], numbers: Numbers) -> str:
    totals = report.totals
    zones = len({r.zone for r in report.rows if not r.control})
    line = ntr(
        "{n} piece delivered in {zones} · {visits} to the landing page · response rate {rate}.",
        "{n} pieces delivered in {zones} · {visits} to the landing page · response rate {rate}.",
        totals.pieces,
    ).format(
        zones=ntr("{n} zone", "{n} zones", zones),
        visits=ntr("{n} visit", "{n} visits", totals.visits),
        rate=fmt.ratio_percent(totals.response_rate, 2),
    )
    if report.campaign.budget_cents:
        line += " " + text["budget"].format(budget=numbers.money(report.campaign.budget_cents))
    return line


def _status_text(status: str, n: int) -> str:
    """What came back with one status, counted: "1 code counted", "5 codes counted"."""
    return {
        "response": lambda: ntr("{n} code counted", "{n} codes counted", n),
        "utm": lambda: ntr(
            "{n} online order matched by its link", "{n} online orders matched by their link", n
        ),
        "corrected": lambda: ntr(
            "{n} code with a typing error corrected", "{n} codes with a typing error corrected", n
        ),
        "duplicate": lambda: ntr(
            "{n} code used more than once", "{n} codes used more than once", n
        ),
        "out_of_window": lambda: ntr(
            "{n} use outside the attribution window", "{n} uses outside the attribution window", n
        ),
        "unmatched": lambda: ntr(
            "{n} code that matches nothing we printed", "{n} codes that match nothing we printed", n
        ),
    }[status]()


def _came_back(report: CampaignReport, text: dict[str, str], numbers: Numbers) -> str:
    parts = [
        _status_text(status, report.count(status))
        for status in COUNTED_STATUSES
        if report.count(status)
    ]
    return f"{text['came_back']} {'; '.join(parts)}." if parts else ""


_NUMERIC_FROM = 2  # table columns from this one on are figures, aligned right
_PAD = 2.5  # cell padding, points


def _zone_table(
    report: CampaignReport, text: dict[str, str], styles: _Styles, numbers: Numbers
) -> list[Flowable]:
    out: list[Flowable] = [_p(text["zones_heading"], styles.h2)]
    if not report.rows:
        return [*out, _p(text["no_rows"], styles.body)]
    heads = [h.format(currency=numbers.symbol) for h in text["columns"].split("|")]
    pieces = [
        DASH if r.control
        else text["all_variants"] if r.zone_total
        else f"{r.piece} · {r.variant}".strip(" ·")
        for r in report.rows
    ]  # fmt: skip
    figures = [_figures(row.tally, row.control, numbers) for row in report.rows]
    total_figures = _figures(report.totals, False, numbers)
    widths = _column_widths(heads, pieces, figures, total_figures, styles)
    data: list[list[object]] = [[
        _p(h, styles.head_right if i >= _NUMERIC_FROM else styles.head)
        for i, h in enumerate(heads)
    ]]  # fmt: skip
    shaded: list[int] = []
    zone_totals: list[int] = []  # rows summing a zone that got several variants
    for row, piece, values in zip(report.rows, pieces, figures, strict=True):
        zone = f'<font name="{styles.narrow_bold}">{escape(row.zone)}</font>'
        zone += f" {escape(row.zone_name)}"
        if row.control:
            zone += f' <font color="#b7791f">({escape(text["control"])})</font>'
            shaded.append(len(data))
        if row.zone_total:
            zone_totals.append(len(data))
        data.append([Paragraph(zone, styles.cell), _p(piece, styles.cell),
                     *(_p(v, styles.cell_right) for v in values)])  # fmt: skip
    data.append([_p(text["total"], styles.head), "",
                 *(_p(v, styles.head_right) for v in total_figures)])  # fmt: skip
    table = LongTable(data, colWidths=widths, repeatRows=1)
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), _PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), _PAD),
        ("TOPPADDING", (0, 0), (-1, -1), _PAD),
        ("BOTTOMPADDING", (0, 0), (-1, -1), _PAD),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
        ("LINEBELOW", (0, 1), (-1, -2), 0.25, RULE),
        ("LINEABOVE", (0, -1), (-1, -1), 0.8, INK),
        ("SPAN", (0, -1), (1, -1)),
    ]
    commands += [("BACKGROUND", (0, i), (-1, i), CONTROL_SHADE) for i in shaded]
    commands += [("BACKGROUND", (0, i), (-1, i), SHADE) for i in zone_totals]
    table.setStyle(TableStyle(commands))
    return [*out, table, Spacer(1, 4), _p(text["table_note"], styles.note)]


def _column_widths(
    heads: list[str],
    pieces: list[str],
    figures: list[list[str]],
    totals: list[str],
    styles: _Styles,
) -> list[float]:
    """Figure columns as wide as their widest number or header word (headers wrap only between
    words); the piece column as wide as its longest (up to 40 % of the rest), the zone the rest."""
    widths = []
    for index, head in enumerate(heads[_NUMERIC_FROM:]):
        words = [stringWidth(w, styles.narrow_bold, styles.head.fontSize) for w in head.split()]
        cells = [stringWidth(row[index], styles.narrow, styles.cell.fontSize) for row in figures]
        bold = stringWidth(totals[index], styles.narrow_bold, styles.head.fontSize)
        widths.append(max(*words, *cells, bold) + 2 * _PAD + 1)
    left = max(TEXT_WIDTH - sum(widths), 90.0)
    piece = max(
        stringWidth(heads[1], styles.narrow_bold, styles.head.fontSize),
        *(stringWidth(p, styles.narrow, styles.cell.fontSize) for p in pieces),
    )
    piece = min(piece + 2 * _PAD + 1, left * 0.4)
    return [left - piece, piece, *widths]


def _figures(tally: Tally, control: bool, numbers: Numbers) -> list[str]:
    """The figure cells of one table row; control zones only have match-back orders."""
    values = [
        numbers.int(tally.pieces), numbers.int(tally.visits),
        numbers.int(tally.store_redemptions), numbers.int(tally.online_orders),
        numbers.int(tally.matchback_orders), numbers.int(tally.responses),
        fmt.ratio_percent(tally.response_rate, 2), numbers.amount(tally.revenue_cents),
        numbers.amount(tally.cost_cents), numbers.amount(tally.cost_per_response_cents),
        fmt.ratio_percent(tally.roi, 0, sign=True),
    ]  # fmt: skip
    if control:
        values = [DASH] * 4 + [values[4]] + [DASH] * 6
    return values


def _charts(
    report: CampaignReport, text: dict[str, str], styles: _Styles, numbers: Numbers
) -> list[Flowable]:
    faces = (styles.narrow, styles.narrow_bold)
    per_1000 = lambda v: numbers.dec(v, 1)  # noqa: E731
    lift = charts.lift_chart(report.zones, report.lift.control_rate, TEXT_WIDTH, faces, per_1000,
                             text["lift_axis"], text["control_line"])  # fmt: skip
    drops = charts.drop_figures(report.rows)
    # Bar figures from the exact ratios, rounded as the tables round them.
    rate = charts.response_rate_chart(
        drops, TEXT_WIDTH, faces, lambda v: numbers.percent(v, 1), text["rate_axis"],
        label_of=lambda t: fmt.ratio_percent(t.response_rate, 2),
    )  # fmt: skip
    roi = charts.roi_chart(
        drops, TEXT_WIDTH, faces, lambda v: numbers.percent(v, 0, sign=True), text["roi_axis"],
        label_of=lambda t: fmt.ratio_percent(t.roi, 0, sign=True),
    )  # fmt: skip
    whole = lambda v: numbers.int(round(v))  # noqa: E731
    titles = (text["time_x"], text["time_y"])
    time = charts.timeline_chart(report.timeline, TEXT_WIDTH, faces, whole, titles)
    control = report.lift.control_rate
    lift_note = "" if control is None else text["lift_reference"].format(rate=per_1000(control))
    more = text["more_zones"].format(n=charts.MAX_ZONES) if len(drops) > charts.MAX_ZONES else ""
    sections = [
        (text["lift_chart"], lift, text["no_lift_chart"], lift_note),
        (text["rate_chart"], rate, text["no_rate"], more),
        (text["roi_chart"], roi, text["no_roi"], more),
        (text["time_chart"], time, text["no_time"], ""),
    ]
    out: list[Flowable] = []
    for heading, drawing, empty, note in sections:
        # The section heading travels with the first chart, never alone at the foot of a page.
        block: list[Flowable] = [] if out else [_p(text["charts_heading"], styles.h2)]
        block.append(_p(heading, styles.h3))
        block.append(drawing if drawing is not None else _p(empty, styles.body))
        if drawing is not None and note:
            block.append(_p(note, styles.note))
        out.append(KeepTogether(block))
    return out
