"""The Channels section of the results report: print and online side by side, the paths that
cross channels, and the funnel from pieces delivered to scans, visits, responses and revenue.

``render.report`` calls :func:`channels_story` once, after its own pages; the figures come from
``services.channels.report_section`` (a :class:`~omniprint.domain.channels.ChannelsSection`).
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, LongTable, Paragraph, Spacer, TableStyle

from omniprint.domain.channels import ChannelRow, ChannelsSection, FunnelRow
from omniprint.domain.i18n import tr
from omniprint.render.charts import INK

_PAD = 3
TEXT_WIDTH = A4[0] - 2 * 18 * mm  # as render.report's margins
RULE = colors.HexColor("#9aa5b1")


def _strings() -> dict[str, str]:
    """The section's words in the active language (the catalogue, through `tr`)."""
    return {
        "heading": tr("Channels: print and online side by side"),
        "intro": tr(
            "What each printed piece, ad platform and online source cost and brought to the"
            " campaign. Responses are till redemptions and orders; an order with a printed code is"
            " counted for the piece, whatever link brought the buyer to the shop."
        ),
        "columns": tr("Channel|Kind|Cost|Visits|Responses|Revenue|Per response|ROAS"),
        "total": tr("Total"),
        "print": tr("print"),
        "ads": tr("ads"),
        "other": tr("other"),
        "organic": tr("organic"),
        "journeys": tr("Paths that cross channels"),
        "journey_columns": tr("Path|Orders|Revenue"),
        "funnel": tr("From letterbox to till"),
        "funnel_columns": tr("Zone · piece · variant|Pieces|Scans|Visits|Responses|Revenue"),
        "funnel_note": tr(
            "Each step's rate is of the step before it: scans per piece delivered,"
            " visits per scan, responses per visit."
        ),
        "leaflet": tr("leaflet"),
        "flyer": tr("flyer"),
        "business card": tr("business card"),
        "door hanger": tr("door hanger"),
        "postcard": tr("postcard"),
        "web order": tr("web order"),
        "till": tr("till"),
    }


def _p(value: str, style) -> Paragraph:
    return Paragraph(escape(value), style)


def channels_story(section: ChannelsSection | None, styles, numbers, language: str) -> list:
    """The section's flowables; nothing when there is no section (a print-only campaign)."""
    if section is None:
        return []
    text = _strings()
    out: list[Flowable] = [_p(text["heading"], styles.h2), _p(text["intro"], styles.body)]
    out += [_channel_table(section, text, styles, numbers), Spacer(1, 4)]
    out += [_p(note, styles.note) for note in section.notes]
    if section.journeys:
        rows = [
            [
                " -> ".join(text.get(step, step) for step in j.steps),
                numbers.int(j.orders),
                numbers.money(j.revenue_cents),
            ]
            for j in section.journeys
        ]
        block = [_p(text["journeys"], styles.h3)]
        block.append(_table(text["journey_columns"].split("|"), rows, styles, [0.64, 0.12, 0.24]))
        out.append(KeepTogether(block))
    if any(f.scans for f in section.funnel):
        rows = [_funnel_cells(f, numbers) for f in section.funnel]
        block = [_p(text["funnel"], styles.h3)]
        widths = [0.3, 0.1, 0.15, 0.15, 0.15, 0.15]
        block.append(_table(text["funnel_columns"].split("|"), rows, styles, widths))
        block.append(_p(text["funnel_note"], styles.note))
        out.append(KeepTogether(block))
    return out


def _cells(row: ChannelRow, label: str, kind: str, numbers) -> list[str]:
    return [
        label,
        kind,
        numbers.money(row.cost_cents),
        numbers.int(row.visits),
        numbers.int(row.responses),
        numbers.money(row.revenue_cents),
        numbers.money(row.cost_per_response_cents),
        "—" if row.roas is None else numbers.dec(row.roas, 2),
    ]


def _channel_table(section: ChannelsSection, text: dict[str, str], styles, numbers):
    rows = [_cells(r, r.channel, text.get(r.kind, r.kind), numbers) for r in section.rows]
    rows.append(_cells(section.totals, text["total"], "", numbers))
    widths = [0.22, 0.09, 0.13, 0.09, 0.1, 0.13, 0.13, 0.11]
    return _table(text["columns"].split("|"), rows, styles, widths, total=True, left=(0, 1))


def _funnel_cells(f: FunnelRow, numbers) -> list[str]:
    def step(value: int, rate) -> str:
        return f"{numbers.int(value)} ({numbers.pct(rate)})"

    return [
        f"{f.zone} · {f.piece} · {f.variant}",
        numbers.int(f.pieces),
        step(f.scans, f.scan_rate),
        step(f.visits, f.visit_rate),
        step(f.responses, f.response_rate),
        numbers.money(f.revenue_cents),
    ]


def _table(
    heads: list[str], rows: list[list[str]], styles, widths, *, total: bool = False, left=(0,)
):
    def align(i: int, head: bool) -> object:
        if i in left:
            return styles.head if head else styles.cell
        return styles.head_right if head else styles.cell_right

    data = [[_p(h, align(i, True)) for i, h in enumerate(heads)]]
    for n, row in enumerate(rows):
        last = total and n == len(rows) - 1
        data.append([_p(v, align(i, last)) for i, v in enumerate(row)])
    table = LongTable(data, colWidths=[w * TEXT_WIDTH for w in widths], repeatRows=1)
    commands = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), _PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), _PAD),
        ("TOPPADDING", (0, 0), (-1, -1), _PAD),
        ("BOTTOMPADDING", (0, 0), (-1, -1), _PAD),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
        ("LINEBELOW", (0, 1), (-1, -2), 0.25, RULE),
    ]
    if total:
        commands.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, INK))
    table.setStyle(TableStyle(commands))
    return table
