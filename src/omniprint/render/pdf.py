"""The print file writer: one entry, `render`, for the three modes.

- ``proof``: the first few records, both sides, bleed shown with trim and safe guides, PROOF mark.
- ``pieces``: one piece per page with bleed, front then back per record (what online printers ask).
- ``press``: N-up on a press sheet in cut-and-stack order, backs mirrored for duplex, slug line.

Press and pieces files in CMYK are PDF/X: X-4 by default, X-1a:2001 on request, with the shop's
output profile embedded in their OutputIntent (`omniprint.render.profiles`).

Every page carries MediaBox ⊇ BleedBox ⊇ TrimBox. The file is written next to the target under a
temporary name and renamed only when complete, so a cancel or an error never leaves a partial file
under the target name.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from omniprint.domain.design import (
    Design,
    Element,
    EllipseElement,
    ImageElement,
    QrElement,
    RectElement,
    Side,
    is_die_cut,
)
from omniprint.domain.errors import ValidationError
from omniprint.domain.i18n import tr
from omniprint.domain.tasks import NEVER_CANCELLED, CancelToken, ProgressFn, no_progress
from omniprint.render.draw import ImageSource, PieceDrawer, no_images
from omniprint.render.fonts import FontBook, load_fonts
from omniprint.render.impose import SHEETS
from omniprint.render.pages import write_pieces, write_press, write_proof
from omniprint.render.pdfwriter import DocInfo, OutputIntent, PdfWriter
from omniprint.render.pdfx import PDFX_VERSIONS
from omniprint.render.preflight import preflight
from omniprint.render.profiles import check_for_pdfx, output_condition
from omniprint.render.result import RenderResult

MODES = ("proof", "pieces", "press")
# Shop presets: (bleed, safe margin) in mm.
SHOPS: dict[str, tuple[float, float]] = {"eu": (3.0, 3.0), "us": (3.175, 3.175), "moo": (2.0, 3.0)}
# zlib level for content streams: level 6 costs about 2 % more time than 3 for 28 % less size.
COMPRESSION = 6


DUPLEX = ("long-edge", "short-edge")
EDGE_MM = 0.01  # an element within this of a trim edge touches it


@dataclass(frozen=True)
class PrintOptions:
    """How to print: mode, press sheet, shop preset (bleed and safe area), marks and colour.

    ``duplex`` is how the press turns the sheet for the backs: about its long edge (the default)
    or its short edge. ``output_condition`` is the registered printing condition named in the
    OutputIntent of press files; ``output_profile`` the shop's own ICC profile file to embed
    instead of the preset's. ``pdfx`` is the PDF/X standard of press and pieces files (``4`` or
    ``1a``). ``marks`` None means crop marks on press sheets and none on single pieces.
    ``sheet_margin_mm`` is the press sheet's unprintable edge (None: the sheet's default).
    """

    mode: str = "press"
    sheet: str = "SRA3"
    shop: str = "eu"
    bleed_mm: float | None = None
    marks: bool | None = None
    color: str = "cmyk"
    proof_count: int = 3
    force: bool = False
    job_name: str = ""
    invariant: bool = False  # stable bytes (no dates or random ids): for tests and golden files
    duplex: str = "long-edge"
    output_condition: str = ""  # "" : the shop preset's; kept for callers that name one
    output_profile: str | None = None
    pdfx: str = "4"
    sheet_margin_mm: float | None = None
    # Processes drawing press and pieces pages: 0 = every core; 1 = this process only. The file
    # is the same byte for byte whatever the number (`omniprint.render.parallel`).
    jobs: int = 0

    @property
    def cmyk(self) -> bool:
        return self.color == "cmyk"

    @property
    def draws_marks(self) -> bool:
        """Crop marks: as asked, else on for press sheets and off for single pieces."""
        return self.marks if self.marks is not None else self.mode == "press"

    @property
    def pdfx_version(self) -> str | None:
        """The PDF/X standard the file declares: press and pieces files in CMYK; else None."""
        return self.pdfx if self.cmyk and self.mode != "proof" else None

    def bleed(self) -> float:
        """The bleed in mm: the custom value, else the shop's."""
        return self.bleed_mm if self.bleed_mm is not None else SHOPS[self.shop][0]

    def validate(self) -> None:
        """Raise `ValidationError` for an option outside its choices."""
        checks = (
            ("mode", self.mode, MODES),
            ("shop", self.shop, tuple(SHOPS)),
            ("color", self.color, ("cmyk", "rgb")),
            ("duplex", self.duplex, DUPLEX),
            ("pdfx", self.pdfx, PDFX_VERSIONS),
            ("sheet", self.sheet, tuple(SHEETS)),
        )
        for name, value, choices in checks:
            if value not in choices:
                raise ValidationError(
                    tr("{name} {value!r} is not one of {choices}").format(
                        name=name, value=value, choices=", ".join(choices)
                    )
                )
        if self.bleed_mm is not None and not 0 <= self.bleed_mm <= 10:
            raise ValidationError(tr("bleed_mm must be between 0 and 10"))
        if self.sheet_margin_mm is not None and not 0 <= self.sheet_margin_mm <= 30:
            raise ValidationError(tr("the sheet margin must be between 0 and 30 mm"))
        if self.jobs < 0:
            raise ValidationError(tr("jobs must be 0 (every core) or more"))
        if self.proof_count < 1:
            raise ValidationError(tr("proof_count must be at least 1"))
        if self.output_profile is not None:
            if not Path(self.output_profile).is_file():
                raise ValidationError(
                    tr("output profile {output_profile!r} is not a file").format(
                        output_profile=self.output_profile
                    )
                )
            found = output_condition(self.shop, self.output_profile)  # CMYK output or refused
            check_for_pdfx(found.profile, Path(self.output_profile).name, self.pdfx_version)


def _to_bleed(el: Element, width: float, height: float, bleed: float) -> Element:
    """``el`` grown to the bleed on each side where it touches or crosses the trim edge."""
    x0, y0, x1, y1 = el.x_mm, el.y_mm, el.x_mm + el.w_mm, el.y_mm + el.h_mm
    x0 = min(x0, -bleed) if x0 <= EDGE_MM else x0
    y0 = min(y0, -bleed) if y0 <= EDGE_MM else y0
    x1 = max(x1, width + bleed) if x1 >= width - EDGE_MM else x1
    y1 = max(y1, height + bleed) if y1 >= height - EDGE_MM else y1
    return replace(el, x_mm=x0, y_mm=y0, w_mm=x1 - x0, h_mm=y1 - y0)


def _reaches_edge(el: Element) -> bool:
    """Artwork that must run into the bleed when it touches the trim: fills and images."""
    if is_die_cut(el):
        return False
    if isinstance(el, ImageElement):
        return el.fit != "contain"  # a contained image keeps its own shape
    return isinstance(el, RectElement | EllipseElement) and el.fill is not None


def effective_design(design: Design, options: PrintOptions) -> Design:
    """The design with the bleed and safe margin this print run uses.

    The shop decides the bleed, whatever the template says; fills and images that touch or cross a
    trim edge are grown into that bleed, so a bigger bleed never shows a white hairline at the cut.
    """
    bleed = options.bleed()
    safe = max(design.safe_mm, SHOPS.get(options.shop, (0, 0))[1])
    w, h = design.width_mm, design.height_mm
    sides = [
        Side(side.name, side.background,
             [_to_bleed(el, w, h, bleed) if _reaches_edge(el) else el for el in side.elements])
        for side in design.sides
    ]  # fmt: skip
    return replace(design, bleed_mm=bleed, safe_mm=safe, sides=sides)


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
        raise ValidationError(tr("nothing to print: the run has no records"))
    fonts = fonts or load_fonts()
    design = effective_design(design, options)
    issues = preflight(design, options, records[0], images=images, fonts=fonts)
    errors = [issue for issue in issues if issue.level == "error"]
    if errors and options.mode == "press" and not options.force:
        listed = "\n".join(f"- {issue}" for issue in errors)
        raise ValidationError(
            tr(
                "preflight found errors; fix them, or export anyway with --force "
                "(Print page: 'Export even with preflight errors'):\n{listed}"
            ).format(listed=listed)
        )
    out_path = Path(out_path)
    handle, temp_name = tempfile.mkstemp(dir=out_path.parent, prefix=f".{out_path.name}.")
    try:
        with os.fdopen(handle, "wb", buffering=1 << 20) as stream:
            writer = PdfWriter(stream, invariant=options.invariant, level=COMPRESSION,
                               pdfx=options.pdfx_version)  # fmt: skip
            drawer = PieceDrawer(design, fonts, writer, cmyk=options.cmyk, images=images)
            drawer.define_forms()
            write_pages = {"proof": write_proof, "pieces": write_pieces, "press": write_press}
            result = write_pages[options.mode](writer, drawer, records, options, progress, cancel)
            cancel.check()
            writer.close(DocInfo(title=options.job_name or design.name,
                                 output_intent=_output_intent(options)))  # fmt: skip
        os.replace(temp_name, out_path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.remove(temp_name)
        raise
    result.path = out_path
    result.issues = issues
    result.bytes = out_path.stat().st_size
    result.code_sides = tuple(
        index for index, side in enumerate(design.sides)
        if any(isinstance(el, QrElement) and not el.hidden for el in side.elements)
    )  # fmt: skip
    return result


def _output_intent(options: PrintOptions) -> OutputIntent | None:
    """Files for a print shop (press and pieces, CMYK) name the printing condition they are for,
    with its output profile embedded (PDF/X)."""
    if options.pdfx_version is None:
        return None
    found = output_condition(options.shop, options.output_profile)
    identifier = options.output_condition or found.identifier
    return OutputIntent(
        identifier=identifier,
        condition=found.condition,
        registry=found.registry,
        profile=found.profile,
        info=found.info,
    )
