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

from omniprint.domain.metrics import CampaignReport, RateComparison, Tally, VariantTest
from omniprint.domain.money import CURRENCIES, format_money
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
    """Numbers, percentages and money the way the reader writes them (decimal comma in Spanish)."""

    def __init__(self, language: str, currency: str) -> None:
        self.comma = language == "es"
        self.currency = currency
        self.symbol = CURRENCIES.get(currency, currency) if self.comma else currency

    def _swap(self, text: str) -> str:
        if not self.comma:
            return text
        return text.replace(",", "\0").replace(".", ",").replace("\0", ".")

    def int(self, value: int) -> str:
        return self._swap(f"{value:,}")

    def dec(self, value: float | Decimal, places: int = 1, *, sign: bool = False) -> str:
        return self._swap(f"{value:{'+' if sign else ''},.{places}f}")

    def pct(self, value: float | Decimal | None, places: int = 1, *, sign: bool = False) -> str:
        """A ratio (0.35) as a percentage ('35.0%', Spanish '35,0 %'); a dash when undefined."""
        if value is None:
            return DASH
        return self.percent(Decimal(str(value)) * 100, places, sign=sign)

    def percent(self, value: float | Decimal, places: int = 1, *, sign: bool = False) -> str:
        """A value already in percent (35.0) with its sign: '35.0%', Spanish '35,0 %'."""
        return self.dec(value, places, sign=sign) + (" %" if self.comma else "%")

    def money(self, cents: int | None) -> str:
        return (
            DASH if cents is None else format_money(cents, self.currency, decimal_comma=self.comma)
        )

    def amount(self, cents: int | None) -> str:
        """Money without its currency, for table cells whose header names the currency."""
        return DASH if cents is None else self.money(cents).rsplit(" ", 1)[0]


# Every label of the report, in English and Spanish. The caveats come from the services already
# written (in English); the verdicts are rebuilt here from their numbers so Spanish reads Spanish.
STRINGS: dict[str, dict[str, str]] = {
    "en": {
        "report": "Results report",
        "dates": "Campaign {start} to {end}",
        "generated": "Generated {date}",
        "page": "Page {n}",
        "responses": "Responses",
        "revenue": "Revenue",
        "cost": "Cost",
        "cost_per_response": "Cost per response",
        "roi": "ROI (return on cost)",
        "roas": "ROAS (revenue per 1 spent)",
        "reach": "{pieces} pieces delivered in {zones} zones · {visits} visits to the landing page"
        " · response rate {rate}.",
        "budget": "Budget {budget}.",
        "lift_heading": "Did the leaflets make a difference?",
        "rates": "Responses per 1,000 households: {treated} in the zones that got leaflets,"
        " {control} in the control zones (orders found there by postcode match-back).",
        "matchback_only": "Orders without a code only (postcode match-back):",
        "ab_heading": "A/B tests",
        "ab_side": "{variant} {rate} ({responses} of {pieces})",
        "caveats_heading": "Before you trust the numbers",
        "came_back": "What came back:",
        "status_response": "{n} codes counted",
        "status_utm": "{n} online orders matched by their link",
        "status_corrected": "{n} codes with a typing error corrected",
        "status_duplicate": "{n} codes used more than once",
        "status_out_of_window": "{n} uses outside the attribution window",
        "status_unmatched": "{n} codes that match nothing we printed",
        "zones_heading": "Results per zone",
        "no_rows": "No drops are planned yet, so there is nothing to report per zone.",
        "columns": "Zone|Piece · variant|Pieces|Visits|Store|Online|Match-back|Responses|Rate"
        "|Revenue ({currency})|Cost ({currency})|Per response|ROI",
        "control": "control",
        "total": "Total",
        "table_note": "Store: codes redeemed at the till. Online: orders with a code or a tracked"
        " link. Responses = store + online. Match-back: orders without a code from the zone's"
        " postcodes (in control zones, which get nothing, the only measure). Rate: responses per"
        " piece delivered. ROI: (revenue - cost) / cost.",
        "charts_heading": "Charts",
        "rate_chart": "Response rate per zone",
        "rate_axis": "responses per piece delivered",
        "rate_reference": "Dashed line: orders per household in the control zones ({rate}),"
        " what the zones would likely do without leaflets.",
        "no_reference": "There is no control zone, so there is no reference line.",
        "no_rate": "No zone has pieces delivered yet, so there is no response rate to chart.",
        "more_zones": "The chart shows the first {n} zones; the table lists them all.",
        "roi_chart": "ROI per zone",
        "roi_axis": "(revenue - cost) / cost",
        "no_roi": "No zone has a cost yet, so there is no ROI to chart.",
        "time_chart": "Responses over time",
        "time_x": "days since the first drop",
        "time_y": "responses, running total",
        "no_time": "No responses have come back yet.",
    },
    "es": {
        "report": "Informe de resultados",
        "dates": "Campaña del {start} al {end}",
        "generated": "Generado el {date}",
        "page": "Página {n}",
        "responses": "Respuestas",
        "revenue": "Ingresos",
        "cost": "Coste",
        "cost_per_response": "Coste por respuesta",
        "roi": "ROI (retorno sobre el coste)",
        "roas": "ROAS (ingresos por 1 invertido)",
        "reach": "{pieces} piezas repartidas en {zones} zonas · {visits} visitas a la página"
        " · tasa de respuesta {rate}.",
        "budget": "Presupuesto {budget}.",
        "lift_heading": "¿Marcaron la diferencia los folletos?",
        "rates": "Respuestas por cada 1.000 hogares: {treated} en las zonas que recibieron"
        " folletos, {control} en las zonas de control (pedidos localizados por código postal).",
        "matchback_only": "Solo pedidos sin código (localizados por código postal):",
        "ab_heading": "Pruebas A/B",
        "ab_side": "{variant} {rate} ({responses} de {pieces})",
        "caveats_heading": "Antes de fiarse de los números",
        "came_back": "Lo que ha vuelto:",
        "status_response": "{n} códigos contados",
        "status_utm": "{n} pedidos online atribuidos por su enlace",
        "status_corrected": "{n} códigos con una errata corregida",
        "status_duplicate": "{n} códigos usados más de una vez",
        "status_out_of_window": "{n} usos fuera del plazo de atribución",
        "status_unmatched": "{n} códigos que no coinciden con nada impreso",
        "zones_heading": "Resultados por zona",
        "no_rows": "Aún no hay repartos planificados, así que no hay resultados por zona.",
        "columns": "Zona|Pieza · variante|Piezas|Visitas|Tienda|Online|Por CP|Respuestas|Tasa"
        "|Ingresos ({currency})|Coste ({currency})|Por respuesta|ROI",
        "control": "control",
        "total": "Total",
        "table_note": "Tienda: códigos canjeados en caja. Online: pedidos con código o enlace"
        " rastreado. Respuestas = tienda + online. Por CP: pedidos sin código de los códigos"
        " postales de la zona (en las zonas de control, que no reciben nada, la única medida)."
        " Tasa: respuestas por pieza repartida. ROI: (ingresos - coste) / coste.",
        "charts_heading": "Gráficos",
        "rate_chart": "Tasa de respuesta por zona",
        "rate_axis": "respuestas por pieza repartida",
        "rate_reference": "Línea discontinua: pedidos por hogar en las zonas de control ({rate}),"
        " lo que harían probablemente las zonas sin folletos.",
        "no_reference": "No hay zona de control, así que no hay línea de referencia.",
        "no_rate": "Ninguna zona tiene piezas repartidas aún: no hay tasa de respuesta"
        " que mostrar.",
        "more_zones": "El gráfico muestra las {n} primeras zonas; la tabla las recoge todas.",
        "roi_chart": "ROI por zona",
        "roi_axis": "(ingresos - coste) / coste",
        "no_roi": "Ninguna zona tiene coste aún: no hay ROI que mostrar.",
        "time_chart": "Respuestas en el tiempo",
        "time_x": "días desde el primer reparto",
        "time_y": "respuestas acumuladas",
        "no_time": "Aún no ha vuelto ninguna respuesta.",
    },
}


def lift_verdict(comparison: RateComparison, language: str) -> str:
    """`RateComparison.verdict`, in Spanish when asked (same rules, same numbers)."""
    if language != "es":
        return comparison.verdict
    if not comparison.control_base:
        return "Sin zona de control: añada una (una zona que no recibe nada) para medir el efecto."
    if not comparison.treated_base:
        return "Ninguna zona con reparto tiene hogares todavía."
    if not comparison.enough:
        return "Aún no hay pedidos suficientes para saber si los folletos marcaron la diferencia."
    low, high = comparison.interval  # type: ignore[misc]
    es = Numbers("es", "EUR")
    span = f"intervalo del 95 % de {es.dec(low, sign=True)} a {es.dec(high, sign=True)}"
    if low > 0:
        return (
            "Las zonas que recibieron los folletos pidieron más:"
            f" {es.dec(comparison.difference or 0, sign=True)} por cada 1.000 hogares ({span})."
        )
    if high < 0:
        return "Las zonas que recibieron los folletos pidieron menos que las zonas de control."
    return (
        f"Aún no hay una diferencia clara con las zonas de control ({span} por cada 1.000 hogares)."
    )


def variant_verdict(test: VariantTest, language: str) -> str:
    """`VariantTest.verdict`, in Spanish when asked."""
    if language != "es":
        return test.verdict
    if test.p_value is None:
        return f"{test.b if test.pieces_a else test.a} aún no se ha repartido."
    if not test.enough:
        return "Aún no hay respuestas suficientes para distinguir A de B."
    if test.winner:
        return f"{test.winner} es mejor con un 95 % de confianza."
    p = Numbers("es", "EUR").dec(test.p_value, 2)
    return f"Aún no hay un ganador claro entre {test.a} y {test.b} (p = {p})."


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
    language: str = "en",
    fonts: FontBook | None = None,
    invariant: bool = False,
    channels: object = None,
) -> None:
    """Write the results report of ``report`` to ``out_path`` as a PDF.

    ``generated`` is the date printed under the title (today when empty, none when ``invariant``);
    ``language`` is "en" or "es"; ``invariant`` makes the bytes stable (no timestamps or random
    ids), for tests and golden files. The file is written next to the target and moved into place,
    so a failure never leaves a partial report behind (nor harms an existing one).
    """
    text = STRINGS.get(language, STRINGS["en"])
    fonts = fonts or load_fonts()
    styles = _Styles(fonts)
    numbers = Numbers(language, report.campaign.currency)
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
    dates = [
        text["dates"].format(start=campaign.start_date or "…", end=campaign.end_date or "…")
        if campaign.start_date or campaign.end_date else "",
        text["generated"].format(date=generated) if generated else "",
    ]  # fmt: skip
    out: list[Flowable] = [
        _p(campaign.name, styles.title),
        _p(" · ".join([text["report"], *(d for d in dates if d)]), styles.subtitle),
        _kpis(totals, text, styles, numbers),
        Spacer(1, 5),
        _p(_reach(report, text, numbers), styles.note),
        _p(text["lift_heading"], styles.h2),
        _p(lift_verdict(report.responses, language), styles.verdict),
    ]
    rates = _rates(report.responses, text, numbers)
    if rates:
        out.append(_p(rates, styles.body))
    if report.matchback.control_base:
        mb_verdict = lift_verdict(report.matchback, language)
        out.append(_p(f"{text['matchback_only']} {mb_verdict}", styles.body))
    if report.variant_tests:
        out.append(_p(text["ab_heading"], styles.h2))
        for test in report.variant_tests:
            out.append(_p(_ab_line(test, text, numbers), styles.h3))
            out.append(_p(variant_verdict(test, language), styles.body))
    # Verdicts already shown above are not repeated among the caveats.
    shown = {report.matchback.verdict, report.responses.verdict}
    shown |= {test.verdict for test in report.variant_tests}
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
        (text["roi"], numbers.pct(totals.roi, 0, sign=True)),
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
    line = text["reach"].format(
        pieces=numbers.int(totals.pieces), zones=numbers.int(zones),
        visits=numbers.int(totals.visits), rate=numbers.pct(totals.response_rate, 2),
    )  # fmt: skip
    if report.campaign.budget_cents:
        line += " " + text["budget"].format(budget=numbers.money(report.campaign.budget_cents))
    return line


def _rates(comparison: RateComparison, text: dict[str, str], numbers: Numbers) -> str:
    treated, control = comparison.treated_rate, comparison.control_rate
    if treated is None or control is None:
        return ""
    return text["rates"].format(treated=numbers.dec(treated), control=numbers.dec(control))


def _ab_line(test: VariantTest, text: dict[str, str], numbers: Numbers) -> str:
    def side(label: str, responses: int, pieces: int, rate: float | None) -> str:
        return text["ab_side"].format(
            variant=label, rate=numbers.pct(rate, 2), responses=numbers.int(responses),
            pieces=numbers.int(pieces),
        )  # fmt: skip

    a = side(test.a, test.responses_a, test.pieces_a, test.rate_a)
    b = side(test.b, test.responses_b, test.pieces_b, test.rate_b)
    return f"{test.piece}: {a} · {b}"


def _came_back(report: CampaignReport, text: dict[str, str], numbers: Numbers) -> str:
    parts = [
        text[f"status_{status}"].format(n=numbers.int(report.count(status)))
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
    pieces = [DASH if r.control else f"{r.piece} · {r.variant}".strip(" ·") for r in report.rows]
    figures = [_figures(row.tally, row.control, numbers) for row in report.rows]
    total_figures = _figures(report.totals, False, numbers)
    widths = _column_widths(heads, pieces, figures, total_figures, styles)
    data: list[list[object]] = [[
        _p(h, styles.head_right if i >= _NUMERIC_FROM else styles.head)
        for i, h in enumerate(heads)
    ]]  # fmt: skip
    shaded: list[int] = []
    for row, piece, values in zip(report.rows, pieces, figures, strict=True):
        zone = f'<font name="{styles.narrow_bold}">{escape(row.zone)}</font>'
        zone += f" {escape(row.zone_name)}"
        if row.control:
            zone += f' <font color="#b7791f">({escape(text["control"])})</font>'
            shaded.append(len(data))
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
        numbers.pct(tally.response_rate, 2), numbers.amount(tally.revenue_cents),
        numbers.amount(tally.cost_cents), numbers.amount(tally.cost_per_response_cents),
        numbers.pct(tally.roi, 0, sign=True),
    ]  # fmt: skip
    if control:
        values = [DASH] * 4 + [values[4]] + [DASH] * 6
    return values


def _charts(
    report: CampaignReport, text: dict[str, str], styles: _Styles, numbers: Numbers
) -> list[Flowable]:
    zones = charts.zone_figures(report.rows)
    faces = (styles.narrow, styles.narrow_bold)
    axis_pct = lambda v: numbers.percent(v, 1)  # noqa: E731
    rate = charts.response_rate_chart(zones, TEXT_WIDTH, faces, axis_pct, text["rate_axis"],
                                      label_fmt=lambda v: numbers.percent(v, 2))  # fmt: skip
    roi = charts.roi_chart(zones, TEXT_WIDTH, faces, lambda v: numbers.percent(v, 0, sign=v != 0),
                           text["roi_axis"])  # fmt: skip
    whole = lambda v: numbers.int(round(v))  # noqa: E731
    titles = (text["time_x"], text["time_y"])
    time = charts.timeline_chart(report.timeline, TEXT_WIDTH, faces, whole, titles)
    reference = charts.control_matchback_rate(zones)
    notes = [
        text["no_reference"] if reference is None
        else text["rate_reference"].format(rate=numbers.percent(reference, 2)),
    ]  # fmt: skip
    if sum(1 for z in zones if not z.control) > charts.MAX_ZONES:
        notes.append(text["more_zones"].format(n=charts.MAX_ZONES))
    sections = [
        (text["rate_chart"], rate, text["no_rate"], " ".join(notes)),
        (text["roi_chart"], roi, text["no_roi"], " ".join(notes[1:])),
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
