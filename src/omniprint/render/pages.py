"""The pages of each mode, written one by one to the streaming writer.

- proof: one piece per page inside a wide margin with guides, a label and the PROOF mark.
- pieces: one piece per page with its bleed (and marks when asked), front then back per record.
- press: N-up sheets in cut-and-stack order, a slug line naming job, sheet and serial range.

Backs on a press sheet: the PDF's back page is the sheet as seen after it is turned over. Turned
about a vertical axis (a portrait sheet about its long edge, a landscape one about its short edge)
the columns swap sides; turned about a horizontal axis (a landscape sheet about its long edge, a
portrait one about its short edge) the rows swap and every piece turns upside down, which is the
column-swapped page rotated half a turn.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.units import mm

from omniprint.domain import formatting as fmt
from omniprint.domain.i18n import tr
from omniprint.domain.tasks import CancelToken, ProgressFn
from omniprint.render.content import Content
from omniprint.render.draw import PieceDrawer
from omniprint.render.impose import plan_sheet, record_at, sheet_count
from omniprint.render.marks import (
    MARK_SPACE,
    MIN_SLUG_SIZE,
    SLUG_SIZE,
    Margins,
    SheetMarks,
    crop_marks,
    registration_targets,
    slug_line,
)
from omniprint.render.pdfwriter import PdfWriter
from omniprint.render.proof import draw_proof_overlay, side_name
from omniprint.render.result import RenderResult

if TYPE_CHECKING:
    from omniprint.render.pdf import PrintOptions

Records = Sequence[Mapping[str, str]]
PROOF_MARGIN = 12 * mm


def sheet_progress(sheet: int, sheets: int) -> str:
    """ "sheet 683 of 2,130 (32 %)": the one progress line of a press export."""
    return tr("sheet {number} of {sheets} ({percent})").format(
        number=fmt.number(sheet), sheets=fmt.number(sheets),
        percent=fmt.percent(sheet * 100 // max(sheets, 1)),
    )  # fmt: skip


def _single_page(drawer: PieceDrawer, margin: float) -> tuple[tuple[float, ...], ...]:
    """(media, trim, bleed) boxes for one piece per page with ``margin`` around the trim."""
    d = drawer.design
    w, h, b = d.width_mm * mm, d.height_mm * mm, d.bleed_mm * mm
    media = (0.0, 0.0, w + 2 * margin, h + 2 * margin)
    trim = (margin, margin, margin + w, margin + h)
    bleed = (margin - b, margin - b, margin + w + b, margin + h + b)
    return media, trim, bleed


def write_pieces(writer: PdfWriter, drawer: PieceDrawer, records: Records,
                 options: PrintOptions, progress: ProgressFn,
                 cancel: CancelToken) -> RenderResult:  # fmt: skip
    """One piece per page, front then back for each record."""
    d = drawer.design
    b = d.bleed_mm * mm
    margin = b + (MARK_SPACE + 1 * mm if options.draws_marks else 0)
    media, trim, bleed = _single_page(drawer, margin)
    x, y = trim[0], trim[1]
    total, sides = len(records), len(d.sides)
    out = Content(writer)
    for index in range(total):
        if index % 100 == 0:
            cancel.check()
            progress(index, total, tr("piece {number} of {total} ({percent})").format(
                number=fmt.number(index + 1), total=fmt.number(total),
                percent=fmt.percent(index * 100 // total)))  # fmt: skip
        record = records[index]
        for side in range(sides):
            drawer.draw_side(out, side, record, x, y)
            if options.draws_marks:
                crop_marks(out, (trim[0], trim[2]), (trim[1], trim[3]), trim, b, cmyk=options.cmyk)
            writer.add_page(out.take(), media, trim=trim, bleed=bleed)
    progress(total, total, tr("pieces written"))
    return RenderResult(Path(), "pieces", total * sides, total, sides)


def write_proof(writer: PdfWriter, drawer: PieceDrawer, records: Records,
                options: PrintOptions, progress: ProgressFn,
                cancel: CancelToken) -> RenderResult:  # fmt: skip
    """The first few records with guides, a label and the PROOF mark."""
    d = drawer.design
    media, trim, bleed = _single_page(drawer, d.bleed_mm * mm + PROOF_MARGIN)
    x, y = trim[0], trim[1]
    count = min(options.proof_count, len(records))
    sides = len(d.sides)
    font = drawer.fonts.resolve("", False, False)
    out = Content(writer)
    for index in range(count):
        cancel.check()
        record = records[index]
        for side in range(sides):
            drawer.draw_side(out, side, record, x, y)
            label = tr("{job} · serial {serial} · {side} · {width} x {height} mm").format(
                job=options.job_name or d.name, serial=record.get("serial", index + 1),
                side=side_name(d.sides[side].name), width=f"{d.width_mm:g}",
                height=f"{d.height_mm:g}",
            )  # fmt: skip
            draw_proof_overlay(out, d, x, y, font, label, cmyk=options.cmyk)
            writer.add_page(out.take(), media, trim=trim, bleed=bleed)
        progress(
            index + 1, count, tr("proof {number} of {count}").format(number=index + 1, count=count)
        )
    return RenderResult(Path(), "proof", count * sides, count, sides)


def write_press(writer: PdfWriter, drawer: PieceDrawer, records: Records,
                options: PrintOptions, progress: ProgressFn,
                cancel: CancelToken) -> RenderResult:  # fmt: skip
    """N-up sheets in cut-and-stack order, backs placed for the press's duplex turn."""
    d = drawer.design
    layout = plan_sheet(options.sheet, d.width_mm, d.height_mm, d.bleed_mm,
                        options.sheet_margin_mm)  # fmt: skip
    total, sides = len(records), len(d.sides)
    sheets = sheet_count(total, layout.per_sheet)
    block = layout.block
    b = layout.bleed
    media = (0.0, 0.0, layout.width, layout.height)
    bleed_box = (block[0] - b, block[1] - b, block[2] + b, block[3] + b)
    xs, ys = layout.cut_lines()
    font = drawer.fonts.resolve("", False, False)
    job = options.job_name or d.name
    half_turn = f"-1 0 0 -1 {layout.width:.3f} {layout.height:.3f} cm\n"
    turned = layout.back_is_turned(options.duplex)
    room = Margins.around(block, layout.width, layout.height)
    place = SheetMarks.plan(block, b, room, marks=options.draws_marks)
    out = Content(writer)
    for sheet in range(sheets):
        cancel.check()
        progress(sheet, sheets, sheet_progress(sheet + 1, sheets))
        placed = [record_at(p, sheet, sheets, total) for p in range(layout.per_sheet)]
        filled = [r for r in placed if r is not None]
        first, last = records[filled[0]], records[filled[-1]]
        for side in range(sides):
            back = side == 1
            if back and turned:
                out.append("q " + half_turn)
            for position, index in enumerate(placed):
                if index is not None:
                    x, y = layout.slot(position, back=back)
                    drawer.draw_side(out, side, records[index], x, y)
            if back and turned:
                out.append("Q\n")
            if options.draws_marks:
                crop_marks(out, xs, ys, block, b, cmyk=options.cmyk, lengths=place.lengths)
                if options.cmyk:
                    registration_targets(out, block, b, room)
            slug = (f"{job} · sheet {sheet + 1} of {sheets} · {d.sides[side].name} · "
                    f"serials {first.get('serial', filled[0] + 1)}-"
                    f"{last.get('serial', filled[-1] + 1)} (step {sheets}) · "
                    f"{layout.per_sheet}-up {layout.sheet_name}")  # fmt: skip
            size = _slug_size(writer, font, slug, place.slug_room)
            slug_line(out, slug, place.slug_x, place.slug_y, font, cmyk=options.cmyk, size=size,
                      vertical=place.slug_vertical)  # fmt: skip
            writer.add_page(out.take(), media, trim=block, bleed=bleed_box)
    progress(sheets, sheets, sheet_progress(sheets, sheets))
    return RenderResult(Path(), "press", sheets * sides, total, sides, layout.per_sheet, sheets,
                        layout=layout)  # fmt: skip


def _slug_size(writer: PdfWriter, font: str, text: str, room: float) -> float:
    """The slug's type size: `SLUG_SIZE`, smaller when the text is longer than its side."""
    width = writer.font(font).width(text, SLUG_SIZE)
    return max(MIN_SLUG_SIZE, SLUG_SIZE * min(1.0, room / width)) if width else SLUG_SIZE
