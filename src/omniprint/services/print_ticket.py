"""The job ticket of a print-shop package: what a person at the shop needs to run the job.

Customer, piece, trim and bleed, stock, colours, the duplex turn, the output condition, quantities
per variant and the serial range of every pile after cut and stack.
"""

from __future__ import annotations

from collections.abc import Mapping

from omniprint.domain.design import is_die_cut
from omniprint.domain.i18n import tr
from omniprint.render.impose import SheetLayout
from omniprint.render.pdf import PrintOptions
from omniprint.render.profiles import output_condition
from omniprint.render.result import RenderResult

# What shops print each kind on when the user says nothing (the ticket names it; the user may
# set another): a DL leaflet is not a 350 gsm card.
STOCK_BY_KIND = {
    "business-card": "350 gsm silk",
    "flyer": "170 gsm gloss",
    "leaflet": "130 gsm silk",
    "door-hanger": "350 gsm silk",
    "postcard": "300 gsm silk",
}
DEFAULT_STOCK = "170 gsm silk"
PT_PER_MM = 72 / 25.4


def stock_for(kind: str, stock: str | None) -> str:
    """The stock the user chose, else the usual one for the piece kind."""
    return (stock or "").strip() or STOCK_BY_KIND.get(kind, DEFAULT_STOCK)


def piles(result: RenderResult, first_serial: int) -> list[dict]:
    """Each pile after cutting the stack: its position on the sheet and its serial range."""
    layout = result.layout
    if layout is None:
        return []
    sheets, total = result.sheets, result.records
    found = []
    for position in range(layout.per_sheet):
        first = position * sheets
        if first >= total:
            break
        last = min(total, first + sheets) - 1
        row, col = divmod(position, layout.cols)
        found.append({
            "pile": position + 1,
            "position": tr("row {row}, column {col}").format(row=row + 1, col=col + 1),
            "serials": f"{first_serial + first}-{first_serial + last}",
            "pieces": last - first + 1,
        })  # fmt: skip
    return found


def sheet_text(result: RenderResult, options: PrintOptions) -> str:
    """'13 x SRA3 (320 x 450 mm, portrait), 4-up (2 x 2), cut and stack'."""
    layout: SheetLayout | None = result.layout
    if layout is None:
        return ""
    w, h = layout.width / PT_PER_MM, layout.height / PT_PER_MM
    orientation = {"portrait": tr("portrait"), "landscape": tr("landscape")}[layout.orientation]
    return tr(
        "{sheets} x {sheet} ({w:.0f} x {h:.0f} mm, {orientation}), {n}-up ({cols} x {rows}), "
        "cut and stack, {margin:g} mm sheet margin"
    ).format(sheets=result.sheets, sheet=layout.sheet_name, w=w, h=h, orientation=orientation,
             n=layout.per_sheet, cols=layout.cols, rows=layout.rows,
             margin=round(layout.margin / PT_PER_MM, 2))  # fmt: skip


def build_ticket(
    *,
    job_name: str,
    business: Mapping[str, str],
    piece_name: str,
    piece_kind: str,
    variant: str,
    design,
    options: PrintOptions,
    stock: str | None,
    result: RenderResult,
    quantities: Mapping[str, int],
    first_serial: int,
    finishing: str,
) -> dict:
    """The ticket as plain data (``package --json``); `render.package.ticket_text` writes it out."""
    two_sides = len(design.sides) == 2
    die_cut = any(is_die_cut(el) for _, el in design.elements())
    colours = "4/4 CMYK" if two_sides else "4/0 CMYK"
    if die_cut:
        colours += " " + tr("+ die-cut line in spot colour DieCut (not printed)")
    turn = {"long-edge": tr("turn on the long edge"), "short-edge": tr("turn on the short edge")}
    condition = output_condition(options.shop, options.output_profile)
    pdfx = {"4": "PDF/X-4", "1a": "PDF/X-1a:2001"}[options.pdfx]
    return {
        "job": job_name,
        "customer": {key: value for key, value in business.items() if value},
        "piece": f"{piece_name} ({piece_kind}), " + tr("variant {variant}").format(variant=variant),
        "size": f"{design.width_mm:g} x {design.height_mm:g} mm",
        "trim": f"{design.width_mm:g} x {design.height_mm:g} mm",
        "bleed": tr("{bleed:g} mm each side").format(bleed=options.bleed()),
        "stock": stock_for(piece_kind, stock),
        "sides": f"{len(design.sides)} ({colours})",
        "colours": colours,
        "duplex": turn[options.duplex] if two_sides else tr("single-sided"),
        "output_condition": f"{options.output_condition or condition.identifier}: "
        f"{condition.info} ({pdfx})",
        "quantity": result.records,
        "quantities_per_variant": dict(quantities),
        "finishing": finishing,
        "sheets": sheet_text(result, options),
        "piles": piles(result, first_serial),
        "variable_data": tr(
            "one unique code per piece; serials in cut-and-stack order: cut the stack, "
            "then pile 1 on top of pile 2 and so on"
        ),
        "files": {
            "print.pdf": tr("press sheets with crop marks")
            if options.draws_marks
            else tr("press sheets without crop marks"),
            "pieces.pdf": tr("one piece per page with bleed (front, back)"),
            "proof.pdf": tr("proof of the first pieces"),
            "codes.csv": tr("every code, link and serial"),
        },
    }
