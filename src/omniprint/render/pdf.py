"""The print file writer: one entry, `render`, for the three modes.

- ``proof``: the first few records, both sides, bleed shown with trim and safe guides, PROOF mark.
- ``pieces``: one piece per page with bleed, front then back per record (what online printers ask).
- ``press``: N-up on a press sheet in cut-and-stack order, backs mirrored for duplex, slug line.

Every page carries MediaBox ⊇ BleedBox ⊇ TrimBox. The file is written next to the target under a
temporary name and renamed only when complete, so a cancel or an error never leaves a partial file
under the target name.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from omniprint.domain.design import Design
from omniprint.domain.errors import ValidationError
from omniprint.domain.tasks import NEVER_CANCELLED, CancelToken, ProgressFn, no_progress
from omniprint.render.draw import ImageSource, PieceDrawer, no_images
from omniprint.render.fonts import FontBook, load_fonts
from omniprint.render.impose import SheetLayout, plan_sheet, record_at, sheet_count
from omniprint.render.marks import MARK_SPACE, crop_marks, slug_line
from omniprint.render.preflight import PreflightIssue, preflight
from omniprint.render.proof import draw_proof_overlay

MODES = ("proof", "pieces", "press")
# Shop presets: (bleed, safe margin) in mm.
SHOPS: dict[str, tuple[float, float]] = {"eu": (3.0, 3.0), "us": (3.175, 3.175), "moo": (2.0, 3.0)}
PROOF_MARGIN = 12 * mm


@dataclass(frozen=True)
class PrintOptions:
    """How to print: mode, press sheet, shop preset (bleed and safe area), marks and colour."""

    mode: str = "press"
    sheet: str = "SRA3"
    shop: str = "eu"
    bleed_mm: float | None = None
    marks: bool = False
    color: str = "cmyk"
    proof_count: int = 3
    force: bool = False
    job_name: str = ""
    invariant: bool = False  # stable bytes (no dates or random ids): for tests and golden files

    @property
    def cmyk(self) -> bool:
        return self.color == "cmyk"

    def bleed(self) -> float:
        """The bleed in mm: the custom value, else the shop's."""
        return self.bleed_mm if self.bleed_mm is not None else SHOPS[self.shop][0]

    def validate(self) -> None:
        """Raise `ValidationError` for an option outside its choices."""
        checks = (
            ("mode", self.mode, MODES),
            ("shop", self.shop, tuple(SHOPS)),
            ("color", self.color, ("cmyk", "rgb")),
        )
        for name, value, choices in checks:
            if value not in choices:
                raise ValidationError(f"{name} {value!r} is not one of {', '.join(choices)}")
        if self.bleed_mm is not None and not 0 <= self.bleed_mm <= 10:
            raise ValidationError("bleed_mm must be between 0 and 10")
        if self.proof_count < 1:
            raise ValidationError("proof_count must be at least 1")


def effective_design(design: Design, options: PrintOptions) -> Design:
    """The design with the bleed and safe margin this print run uses."""
    safe = max(design.safe_mm, SHOPS.get(options.shop, (0, 0))[1])
    return replace(design, bleed_mm=options.bleed(), safe_mm=safe)


@dataclass
class RenderResult:
    """What was written, and which record sits at each (page, position) for the self-check."""

    path: Path
    mode: str
    pages: int
    records: int
    sides: int
    per_sheet: int = 1
    sheets: int = 0
    bytes: int = 0
    issues: list[PreflightIssue] = field(default_factory=list)
    layout: SheetLayout | None = None

    def page_side(self, page: int) -> int:
        """0 for a front page, 1 for a back page."""
        return page % self.sides

    def records_on_page(self, page: int) -> list[int | None]:
        """Record indexes by position on the page (None for a blank position)."""
        unit = page // self.sides
        if self.mode != "press":
            return [unit]
        positions = range(self.per_sheet)
        return [record_at(p, unit, self.sheets, self.records) for p in positions]


def render(
    design: Design,
    records: Sequence[Mapping[str, str]],
    out_path: str | Path,
    options: PrintOptions,
    *,
    images: ImageSource = no_images,
    fonts: FontBook | None = None,
    progress: ProgressFn = no_progress,
    cancel: CancelToken = NEVER_CANCELLED,
) -> RenderResult:
    """Write the print file for ``records`` (indexed lazily, one per piece, in serial order)."""
    options.validate()
    if len(records) == 0:
        raise ValidationError("nothing to print: the run has no records")
    fonts = fonts or load_fonts()
    design = effective_design(design, options)
    issues = preflight(design, options, records[0], images=images, fonts=fonts)
    errors = [issue for issue in issues if issue.level == "error"]
    if errors and options.mode == "press" and not options.force:
        listed = "\n".join(f"- {issue}" for issue in errors)
        raise ValidationError(f"preflight found errors; fix them or force the export:\n{listed}")
    out_path = Path(out_path)
    # Binary streams: reportlab's ASCII85 step runs in pure Python (it took a fifth of the time)
    # and makes the file 25 % bigger; nothing in a print workflow needs 7-bit-clean PDFs.
    saved_a85, rl_config.useA85 = rl_config.useA85, 0
    try:
        return _render_to(design, records, out_path, options, images, fonts, issues, progress,
                          cancel)  # fmt: skip
    finally:
        rl_config.useA85 = saved_a85


def _render_to(
    design: Design,
    records: Sequence[Mapping[str, str]],
    out_path: Path,
    options: PrintOptions,
    images: ImageSource,
    fonts: FontBook,
    issues: list[PreflightIssue],
    progress: ProgressFn,
    cancel: CancelToken,
) -> RenderResult:
    handle, temp_name = tempfile.mkstemp(dir=out_path.parent, prefix=f".{out_path.name}.")
    os.close(handle)
    try:
        canvas = Canvas(
            temp_name,
            pageCompression=1,
            invariant=1 if options.invariant else 0,
            enforceColorSpace="cmyk" if options.cmyk else None,
            # reportlab's default Helvetica would be referenced, not embedded, on every page.
            initialFontName=fonts.resolve("", False, False),
        )
        canvas.setTitle(options.job_name or design.name)
        canvas.setCreator("OmniPrint")
        drawer = PieceDrawer(design, fonts, cmyk=options.cmyk, images=images)
        drawer.define_forms(canvas)
        writer = {"proof": _write_proof, "pieces": _write_pieces, "press": _write_press}
        result = writer[options.mode](canvas, drawer, records, options, progress, cancel)
        cancel.check()
        canvas.save()
        os.replace(temp_name, out_path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.remove(temp_name)
        raise
    result.path = out_path
    result.issues = issues
    result.bytes = out_path.stat().st_size
    return result


def _set_boxes(canvas: Canvas, page: tuple[float, float], trim: tuple[float, ...],
               bleed: float) -> None:  # fmt: skip
    x0, y0, x1, y1 = trim
    canvas.setPageSize(page)
    canvas.setTrimBox([x0, y0, x1, y1])
    canvas.setBleedBox([x0 - bleed, y0 - bleed, x1 + bleed, y1 + bleed])


def _single_page_setup(canvas: Canvas, d: Design, margin: float) -> tuple[float, float]:
    """Page size and boxes for one piece per page; returns the trim's bottom-left corner."""
    w, h = d.width_mm * mm, d.height_mm * mm
    _set_boxes(canvas, (w + 2 * margin, h + 2 * margin), (margin, margin, margin + w, margin + h),
               d.bleed_mm * mm)  # fmt: skip
    return margin, margin


def _write_pieces(
    canvas: Canvas,
    drawer: PieceDrawer,
    records: Sequence[Mapping[str, str]],
    options: PrintOptions,
    progress: ProgressFn,
    cancel: CancelToken,
) -> RenderResult:
    d = drawer.design
    b = d.bleed_mm * mm
    margin = b + (MARK_SPACE + 1 * mm if options.marks else 0)
    x, y = _single_page_setup(canvas, d, margin)
    total = len(records)
    sides = len(d.sides)
    w, h = d.width_mm * mm, d.height_mm * mm
    for index in range(total):
        if index % 100 == 0:
            cancel.check()
            progress(index, total, f"piece {index + 1} of {total}")
        record = records[index]
        for side in range(sides):
            drawer.draw_side(canvas, side, record, x, y)
            if options.marks:
                crop_marks(canvas, (x, x + w), (y, y + h), (x, y, x + w, y + h), b,
                           cmyk=options.cmyk)  # fmt: skip
            canvas.showPage()
    progress(total, total, "pieces written")
    return RenderResult(Path(), "pieces", total * sides, total, sides)


def _write_proof(
    canvas: Canvas,
    drawer: PieceDrawer,
    records: Sequence[Mapping[str, str]],
    options: PrintOptions,
    progress: ProgressFn,
    cancel: CancelToken,
) -> RenderResult:
    d = drawer.design
    x, y = _single_page_setup(canvas, d, d.bleed_mm * mm + PROOF_MARGIN)
    count = min(options.proof_count, len(records))
    sides = len(d.sides)
    font = drawer.fonts.resolve("", False, False)
    for index in range(count):
        cancel.check()
        record = records[index]
        for side in range(sides):
            drawer.draw_side(canvas, side, record, x, y)
            label = (f"{options.job_name or d.name} · serial {record.get('serial', index + 1)} · "
                     f"{d.sides[side].name} · {d.width_mm:g} x {d.height_mm:g} mm")  # fmt: skip
            draw_proof_overlay(canvas, d, x, y, font, label, cmyk=options.cmyk)
            canvas.showPage()
        progress(index + 1, count, f"proof {index + 1} of {count}")
    return RenderResult(Path(), "proof", count * sides, count, sides)


def _write_press(
    canvas: Canvas,
    drawer: PieceDrawer,
    records: Sequence[Mapping[str, str]],
    options: PrintOptions,
    progress: ProgressFn,
    cancel: CancelToken,
) -> RenderResult:
    d = drawer.design
    layout = plan_sheet(options.sheet, d.width_mm, d.height_mm, d.bleed_mm)
    total = len(records)
    sheets = sheet_count(total, layout.per_sheet)
    sides = len(d.sides)
    block = layout.block
    _set_boxes(canvas, (layout.width, layout.height), block, layout.bleed)
    xs, ys = layout.cut_lines()
    font = drawer.fonts.resolve("", False, False)
    job = options.job_name or d.name
    for sheet in range(sheets):
        cancel.check()
        progress(sheet, sheets, f"sheet {sheet + 1} of {sheets}")
        placed = [record_at(p, sheet, sheets, total) for p in range(layout.per_sheet)]
        filled = [r for r in placed if r is not None]
        first, last = records[filled[0]], records[filled[-1]]
        for side in range(sides):
            for position, index in enumerate(placed):
                if index is not None:
                    x, y = layout.slot(position, back=side == 1)
                    drawer.draw_side(canvas, side, records[index], x, y)
            if options.marks:
                crop_marks(canvas, xs, ys, block, layout.bleed, cmyk=options.cmyk)
            slug = (f"{job} · sheet {sheet + 1} of {sheets} · {d.sides[side].name} · "
                    f"serials {first.get('serial', '')}-{last.get('serial', '')} "
                    f"(step {sheets}) · {layout.per_sheet}-up {layout.sheet_name}")  # fmt: skip
            slug_line(canvas, slug, block[0], 5 * mm, font, cmyk=options.cmyk)
            canvas.showPage()
    progress(sheets, sheets, "press sheets written")
    return RenderResult(Path(), "press", sheets * sides, total, sides, layout.per_sheet, sheets,
                        layout=layout)  # fmt: skip
