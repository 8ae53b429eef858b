"""Preflight: what a print shop would reject, found before the file is written.

Each issue names the element and side, so the designer can select it. Press mode refuses to export
with errors unless forced; warnings are shown and the export goes on.
"""

from __future__ import annotations

import io
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace

from PIL import Image, UnidentifiedImageError
from reportlab.lib.units import mm

from omniprint.domain.design import (
    BarcodeElement,
    Color,
    Design,
    Element,
    ImageElement,
    QrElement,
    TextElement,
    fill_fields,
    is_die_cut,
)
from omniprint.domain.i18n import tr, tr_noop
from omniprint.domain.vcard import qr_payload
from omniprint.render.draw import ImageSource, fitted_size, no_images, text_width, wrap_text
from omniprint.render.fonts import FontBook, load_fonts
from omniprint.render.preflight_rules import (
    background_under,
    check_code_inside_trim,
    check_fields,
    check_geometry,
    check_ink,
    check_sample_text,
    is_small_reversed,
)
from omniprint.render.qr import QUIET_MODULES, qr_modules

AddIssue = Callable[[str, str], None]
MIN_MODULE_MM = 0.4
MIN_TEXT_PT = 5.0
MIN_COLOURED_TEXT_PT = 8.0
WARN_PPI = 200
REFUSE_PPI = 150
LEVELS = (tr_noop("error"), tr_noop("warning"))  # the levels, translated where shown


@dataclass(frozen=True)
class PreflightIssue:
    """One problem: ``level`` is ``error`` or ``warning``."""

    level: str
    element: str
    side: str
    message: str

    def __str__(self) -> str:
        return f"{tr(self.level)}: {self.side}, {self.element}: {self.message}"


def _colors(el: Element) -> list[Color]:
    names = ("color", "fill", "stroke", "background")
    return [c for c in (getattr(el, n, None) for n in names) if isinstance(c, Color)]


def _is_plain_black(color: Color) -> bool:
    return color.cmyk is not None and tuple(color.cmyk) == (0, 0, 0, 100)


def preflight(
    design: Design,
    options: object,
    sample_record: Mapping[str, str],
    *,
    images: ImageSource = no_images,
    fonts: FontBook | None = None,
) -> list[PreflightIssue]:
    """Check the design for a print run (``options``: a `PrintOptions`) with one sample record.

    The design's bleed and safe margin are taken as given: pass the effective design
    (`omniprint.render.pdf.effective_design`) to check against the shop's preset.
    """
    fonts = fonts or load_fonts()
    press = getattr(options, "mode", "press") == "press"
    cmyk = getattr(options, "color", "cmyk") == "cmyk"
    issues: list[PreflightIssue] = []
    for side in design.sides:
        if cmyk and side.background is not None and side.background.is_rgb_only:
            message = tr(
                "RGB colour in a CMYK file: converted naively; give the background a CMYK value"
            )
            issues.append(PreflightIssue("warning", "background", side.name, message))
        if side.background is not None:
            check_ink(side.background, [side.background], lambda level, message, _s=side.name: (
                issues.append(PreflightIssue(level, "background", _s, message))))  # fmt: skip
        for index, el in enumerate(side.elements):
            if el.hidden:
                continue

            def add(level: str, message: str, _el: Element = el, _side: str = side.name) -> None:
                issues.append(PreflightIssue(level, _el.label, _side, message))

            if not check_geometry(el, add) or is_die_cut(el):
                continue  # a die-cut line is the shop's cutting guide, not artwork to check
            if cmyk and any(c.is_rgb_only for c in _colors(el)):
                add(
                    "warning", tr("RGB colour in a CMYK file: converted naively; give a CMYK value")
                )
            if cmyk:
                check_ink(el, _colors(el), add)
            check_code_inside_trim(design, el, add)
            if isinstance(el, TextElement | QrElement | BarcodeElement):
                _check_safe(design, el, add)
            if isinstance(el, TextElement):
                check_fields(el, sample_record, add)
                check_sample_text(el, add)
                under = background_under(side, index) if cmyk else None
                _check_text(el, fill_fields(el.text, sample_record), fonts, press, add, under)
            elif isinstance(el, QrElement):
                _check_qr(design, el, sample_record, add)
            elif isinstance(el, ImageElement):
                _check_image(el, images, press, add)
    return issues


def _check_safe(design: Design, el: Element, add: AddIssue) -> None:
    safe = design.safe_mm
    x, y, w, h = el.x_mm, el.y_mm, el.w_mm, el.h_mm
    if isinstance(el, QrElement):
        # The quiet zone may reach into the margin; the symbol itself must stay inside.
        size = min(w, h)
        x, y, w, h = x + (w - size) / 2, y + (h - size) / 2, size, size
        if x < 0 or y < 0 or x + w > design.width_mm or y + h > design.height_mm:
            add("error", tr(
"the QR box (symbol and quiet zone) extends past the trim: the quiet "
"zone would be cut; move it inside the safe area"
))  # fmt: skip
        quiet = size * QUIET_MODULES / 33  # about 4 modules of a typical link's symbol
        x, y, w, h = x + quiet, y + quiet, w - 2 * quiet, h - 2 * quiet
    if x < safe or y < safe or x + w > design.width_mm - safe or y + h > design.height_mm - safe:
        add(
            "warning",
            tr(
                "outside the safe area ({safe:g} mm inside the trim): it may be cut; move it inward"
            ).format(safe=safe),
        )


def _check_text(el: TextElement, text: str, fonts: FontBook, press: bool, add: AddIssue,
                under: Color | None = None) -> None:  # fmt: skip
    font = fonts.resolve(el.font, el.bold, el.italic)
    if not fonts.has_family(el.font):
        add(
            "warning",
            tr(
                "font {font!r} is not bundled: {font2} is used instead; choose a bundled font"
            ).format(font=el.font, font2=font),
        )
    if not fonts.is_embedded(font):
        add(
            "error" if press else "warning",
            tr("font {font} cannot be embedded (not TrueType); choose a bundled font").format(
                font=font
            ),
        )
    size = fitted_size(el, text, lambda s, z: text_width(s, font, z))
    if size < el.size_pt:
        el = replace(el, size_pt=size)  # a coupon code set smaller to fit: check what prints
    if el.size_pt < MIN_TEXT_PT:
        add(
            "warning",
            tr(
                "text of {size_pt:g} pt is under {MIN_TEXT_PT:g} pt: hard to print; set it bigger"
            ).format(size_pt=el.size_pt, MIN_TEXT_PT=MIN_TEXT_PT),
        )
    elif inks := is_small_reversed(el, el.size_pt, under):
        add("warning", tr(
            "reversed text of {size_pt:.3g} pt knocked out of a {inks}-colour background: "
            "set it {min_pt:g} pt or bigger, bold, or on a one-ink background"
        ).format(size_pt=el.size_pt, inks=inks, min_pt=MIN_COLOURED_TEXT_PT))  # fmt: skip
    elif el.size_pt < MIN_COLOURED_TEXT_PT and not _is_plain_black(el.color):
        add("warning", tr(
"coloured or reversed text of {size_pt:.3g} pt is under "
"{MIN_COLOURED_TEXT_PT:g} pt: it blurs with registration; set it bigger or in 100 % black"
).format(size_pt=el.size_pt, MIN_COLOURED_TEXT_PT=MIN_COLOURED_TEXT_PT))  # fmt: skip
    missing = fonts.missing_glyphs(font, text)
    if missing:
        add(
            "error",
            tr(
                "font {font} has no glyph for {missing!r}; choose another font or take the "
                "character out"
            ).format(font=font, missing=missing),
        )
    lines = wrap_text(el, text, font)
    height = el.size_pt + el.size_pt * el.line_spacing * (len(lines) - 1)
    too_wide = any(text_width(line, font, el.size_pt) > el.w_mm * mm + 0.01 for line in lines)
    if height > el.h_mm * mm + 0.01 or too_wide:
        add("warning", tr("the text overflows its box; make the box bigger or the text shorter"))


def _check_qr(design: Design, el: QrElement, record: Mapping[str, str], add: AddIssue) -> None:
    data = qr_payload(el, record)
    if not data:
        add(
            "error",
            tr(
                "the record has no {field!r} for the QR code; generate the codes or choose "
                "another field"
            ).format(field=el.field),
        )
        return
    module = min(el.w_mm, el.h_mm) / qr_modules(data, el.ec)
    if module < MIN_MODULE_MM:
        level = "error" if module < MIN_MODULE_MM * 0.75 else "warning"
        if el.payload in ("vcard", "mecard"):
            # A contact card is much longer than a link: say what makes it scannable again.
            add(level, _dense_contact_message(el, record, module))
            return
        add(level,
            tr(
"QR module of {module:.2f} mm is under {MIN_MODULE_MM} mm: phones may "
"not scan it; make the box bigger or the link shorter"
).format(module=module, MIN_MODULE_MM=MIN_MODULE_MM))  # fmt: skip


def _dense_contact_message(el: QrElement, record: Mapping[str, str], module: float) -> str:
    """What to do about a contact QR too dense to scan: the box it needs, and MECARD's."""
    # Round the box up to half a millimetre and the module down, so the advice always works.
    needed = math.ceil(MIN_MODULE_MM * qr_modules(qr_payload(el, record), el.ec) * 2) / 2
    module = math.floor(module * 100) / 100
    if el.payload == "vcard":
        mecard = replace(el, payload="mecard")
        mecard_mm = math.ceil(MIN_MODULE_MM * qr_modules(qr_payload(mecard, record), el.ec) * 2) / 2
        return tr(
            "contact QR (vCard, {chars} characters) has modules of {module:.2f} mm, under"
            " {minimum} mm: make it at least {needed:g} mm, lower its error correction, or"
            " use the shorter MECARD payload (it needs {mecard:g} mm)"
        ).format(chars=len(qr_payload(el, record)), module=module, minimum=MIN_MODULE_MM,
                 needed=needed, mecard=mecard_mm)  # fmt: skip
    return tr(
        "contact QR (MECARD) has modules of {module:.2f} mm, under {minimum} mm: make it at"
        " least {needed:g} mm or lower its error correction"
    ).format(module=module, minimum=MIN_MODULE_MM, needed=needed)


def _check_image(el: ImageElement, images: ImageSource, press: bool, add: AddIssue) -> None:
    try:
        with Image.open(io.BytesIO(images(el.asset))) as image:
            width_px, height_px = image.size
    except (KeyError, OSError, UnidentifiedImageError):
        add(
            "error",
            tr("image {asset!r} cannot be found or read; place the image again").format(
                asset=el.asset
            ),
        )
        return
    ppi = min(width_px / (el.w_mm / 25.4), height_px / (el.h_mm / 25.4))
    if ppi < REFUSE_PPI:
        add(
            "error" if press else "warning",
            tr(
                "image at {ppi:.0f} ppi: under {REFUSE_PPI} ppi; use a bigger image or place "
                "it smaller"
            ).format(ppi=ppi, REFUSE_PPI=REFUSE_PPI),
        )
    elif ppi < WARN_PPI:
        add(
            "warning",
            tr(
                "image at {ppi:.0f} ppi: under {WARN_PPI} ppi, it may look soft; use a bigger image"
            ).format(ppi=ppi, WARN_PPI=WARN_PPI),
        )
