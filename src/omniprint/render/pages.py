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

from collections.abc import Callable, Mapping, Sequence
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


class PagePlan:
    """The pages of one mode, unit by unit: pieces print a record's sides, press a sheet's.

    A unit's pages depend only on the unit's number and its records, so they can be drawn in any
    process (`omniprint.render.parallel`) and written in order by the one that owns the file.
    """

    drawer: PieceDrawer
    units: int
    boxes: tuple[tuple[float, ...], tuple[float, ...], tuple[float, ...]]  # media, trim, bleed

    def indexes(self, unit: int) -> list[int | None]:
        """The records the unit draws, by index (None: an empty place on a press sheet)."""
        raise NotImplementedError

    def draw(self, out: Content, unit: int, records: list[Mapping[str, str] | None],
             emit: Callable[[], None]) -> None:  # fmt: skip
        """Draw the unit's pages into ``out``, calling ``emit`` after each page."""
        raise NotImplementedError

    def progress(self, unit: int) -> tuple[int, int, str] | None:
        """What to report before drawing ``unit`` (None: nothing this time)."""
        raise NotImplementedError

    def finished(self) -> tuple[RenderResult, str]:
        """The result and the last progress line."""
        raise NotImplementedError


class PiecesPlan(PagePlan):
    """One piece per page, front then back for each record."""

    def __init__(self, drawer: PieceDrawer, options: PrintOptions, total: int) -> None:
        d = drawer.design
        self.drawer, self.options, self.total = drawer, options, total
        self.units = total
        self.b = d.bleed_mm * mm
        margin = self.b + (MARK_SPACE + 1 * mm if options.draws_marks else 0)
        self.boxes = _single_page(drawer, margin)
        self.sides = len(d.sides)

    def indexes(self, unit: int) -> list[int | None]:
        return [unit]

    def draw(self, out: Content, unit: int, records: list[Mapping[str, str] | None],
             emit: Callable[[], None]) -> None:  # fmt: skip
        trim = self.boxes[1]
        record = records[0]
        assert record is not None
        for side in range(self.sides):
            self.drawer.draw_side(out, side, record, trim[0], trim[1])
            if self.options.draws_marks:
                crop_marks(out, (trim[0], trim[2]), (trim[1], trim[3]), trim, self.b,
                           cmyk=self.options.cmyk)  # fmt: skip
            emit()

    def progress(self, unit: int) -> tuple[int, int, str] | None:
        if unit % 100:
            return None
        total = self.total
        return unit, total, tr("piece {number} of {total} ({percent})").format(
            number=fmt.number(unit + 1), total=fmt.number(total),
            percent=fmt.percent(unit * 100 // total))  # fmt: skip

    def finished(self) -> tuple[RenderResult, str]:
        total, sides = self.total, self.sides
        return RenderResult(Path(), "pieces", total * sides, total, sides), tr("pieces written")


def write_pieces(writer: PdfWriter, drawer: PieceDrawer, records: Records,
                 options: PrintOptions, progress: ProgressFn,
                 cancel: CancelToken) -> RenderResult:  # fmt: skip
    """One piece per page, front then back for each record."""
    return write_plan(writer, PiecesPlan(drawer, options, len(records)), records, options,
                      progress, cancel)  # fmt: skip


def write_plan(writer: PdfWriter, plan: PagePlan, records: Records, options: PrintOptions,
               progress: ProgressFn, cancel: CancelToken) -> RenderResult:  # fmt: skip
    """Write the plan's pages in order: in worker processes when the job is large enough
    (`omniprint.render.parallel`), else here."""
    from omniprint.render import parallel  # imported late: it imports this module

    jobs = parallel.job_count(options.jobs, len(records))
    if jobs > 1 and plan.units > 1:
        parallel.write_units(writer, plan, records, options, jobs, progress, cancel)
    else:
        out = Content(writer)
        media, trim, bleed = plan.boxes

        def emit() -> None:
            writer.add_page(out.take(), media, trim=trim, bleed=bleed)

        for unit in range(plan.units):
            report_unit(plan, unit, progress, cancel)
            placed = [None if i is None else records[i] for i in plan.indexes(unit)]
            plan.draw(out, unit, placed, emit)
    result, message = plan.finished()
    progress(plan.units, plan.units, message)
    return result


def report_unit(plan: PagePlan, unit: int, progress: ProgressFn, cancel: CancelToken) -> None:
    """Stop when cancelled, and report progress, before the unit's pages are written."""
    cancel.check()
    step = plan.progress(unit)
    if step is not None:
        progress(*step)


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


class PressPlan(PagePlan):
    """N-up sheets in cut-and-stack order, backs placed for the press's duplex turn."""

    def __init__(self, writer: PdfWriter, drawer: PieceDrawer, options: PrintOptions,
                 total: int) -> None:  # fmt: skip
        d = drawer.design
        self.writer, self.drawer, self.options, self.total = writer, drawer, options, total
        self.layout = layout = plan_sheet(options.sheet, d.width_mm, d.height_mm, d.bleed_mm,
                                          options.sheet_margin_mm)  # fmt: skip
        self.sides = len(d.sides)
        self.units = self.sheets = sheet_count(total, layout.per_sheet)
        block, b = layout.block, layout.bleed
        self.boxes = ((0.0, 0.0, layout.width, layout.height), block,
                      (block[0] - b, block[1] - b, block[2] + b, block[3] + b))  # fmt: skip
        self.cuts = layout.cut_lines()
        self.font = drawer.fonts.resolve("", False, False)
        self.job = options.job_name or d.name
        self.half_turn = f"-1 0 0 -1 {layout.width:.3f} {layout.height:.3f} cm\n"
        self.turned = layout.back_is_turned(options.duplex)
        self.room = Margins.around(block, layout.width, layout.height)
        self.place = SheetMarks.plan(block, b, self.room, marks=options.draws_marks)

    def indexes(self, unit: int) -> list[int | None]:
        sheets, total = self.sheets, self.total
        return [record_at(p, unit, sheets, total) for p in range(self.layout.per_sheet)]

    def draw(self, out: Content, unit: int, records: list[Mapping[str, str] | None],
             emit: Callable[[], None]) -> None:  # fmt: skip
        layout, options, d, place = self.layout, self.options, self.drawer.design, self.place
        placed = self.indexes(unit)
        filled = [position for position, r in enumerate(placed) if r is not None]
        first, last = records[filled[0]], records[filled[-1]]
        assert first is not None and last is not None
        first_index, last_index = placed[filled[0]], placed[filled[-1]]
        assert first_index is not None and last_index is not None
        block, b = layout.block, layout.bleed
        for side in range(self.sides):
            back = side == 1
            if back and self.turned:
                out.append("q " + self.half_turn)
            for position, record in enumerate(records):
                if record is not None:
                    x, y = layout.slot(position, back=back)
                    self.drawer.draw_side(out, side, record, x, y)
            if back and self.turned:
                out.append("Q\n")
            if options.draws_marks:
                crop_marks(out, *self.cuts, block, b, cmyk=options.cmyk, lengths=place.lengths)
                if options.cmyk:
                    registration_targets(out, block, b, self.room)
            slug = (f"{self.job} · sheet {unit + 1} of {self.sheets} · {d.sides[side].name} · "
                    f"serials {first.get('serial', first_index + 1)}-"
                    f"{last.get('serial', last_index + 1)} (step {self.sheets}) · "
                    f"{layout.per_sheet}-up {layout.sheet_name}")  # fmt: skip
            size = _slug_size(self.writer, self.font, slug, place.slug_room)
            slug_line(out, slug, place.slug_x, place.slug_y, self.font, cmyk=options.cmyk,
                      size=size, vertical=place.slug_vertical)  # fmt: skip
            emit()

    def progress(self, unit: int) -> tuple[int, int, str] | None:
        return unit, self.sheets, sheet_progress(unit + 1, self.sheets)

    def finished(self) -> tuple[RenderResult, str]:
        layout, sheets, sides = self.layout, self.sheets, self.sides
        result = RenderResult(Path(), "press", sheets * sides, self.total, sides,
                              layout.per_sheet, sheets, layout=layout)  # fmt: skip
        return result, sheet_progress(sheets, sheets)


def write_press(writer: PdfWriter, drawer: PieceDrawer, records: Records,
                options: PrintOptions, progress: ProgressFn,
                cancel: CancelToken) -> RenderResult:  # fmt: skip
    """N-up sheets in cut-and-stack order, backs placed for the press's duplex turn."""
    return write_plan(writer, PressPlan(writer, drawer, options, len(records)), records,
                      options, progress, cancel)  # fmt: skip


def _slug_size(writer: PdfWriter, font: str, text: str, room: float) -> float:
    """The slug's type size: `SLUG_SIZE`, smaller when the text is longer than its side."""
    width = writer.font(font).width(text, SLUG_SIZE)
    return max(MIN_SLUG_SIZE, SLUG_SIZE * min(1.0, room / width)) if width else SLUG_SIZE
