"""Drawing a design's elements as PDF operators, in piece coordinates.

Piece coordinates are PDF points with the origin at the bottom-left corner of the trim. Static
elements go into shared forms (PDF XObjects), written once per document and placed per piece with
``Do``; variable elements (codes, QR, fields) are drawn per record. Consecutive static elements
share one form, so the z-order of the design is kept even when static and variable elements
interleave.

Die-cut elements (``"role": "die-cut"``) are cutting lines, not artwork: a stroke in the spot
colour ``DieCut`` (shown as 100 % magenta), overprinting, inside the optional content group
"Die cut", so the shop can switch the layer off or send it to the cutter (PDF/X-1a files, which
may have no layers, keep the spot colour only).
"""

from __future__ import annotations

import functools
import io
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from PIL import Image
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from omniprint.domain.design import (
    BarcodeElement,
    Color,
    CouponElement,
    Design,
    Element,
    ImageElement,
    LineElement,
    QrElement,
    RectElement,
    TextElement,
    fill_fields,
    is_die_cut,
    is_variable,
)
from omniprint.domain.vcard import qr_payload
from omniprint.render.content import Content, ellipse_path, rect_path, rotation_about
from omniprint.render.fonts import FontBook
from omniprint.render.pdffonts import FontUse
from omniprint.render.pdfwriter import PdfWriter
from omniprint.render.qr import barcode_bars, barcode_ops, qr_ops

ImageSource = Callable[[str], bytes]
DIE_CUT_INK = "DieCut"
DIE_CUT_LOOK = (0.0, 1.0, 0.0, 0.0)  # how the spot ink shows on screen: 100 % magenta
DIE_CUT_LAYER = "Die cut"
# A break opportunity is a single space; runs of two or more spaces are kept and never break,
# so a designer can space out "10  %  OFF" and see exactly that.
_BREAK = re.compile(r"(?<! ) (?! )")


def no_images(asset: str) -> bytes:
    """The image source used when a design has no images."""
    raise KeyError(asset)


@functools.lru_cache(maxsize=1024)
def color_op(color: Color, cmyk: bool, stroke: bool = False) -> str:
    """The PDF operator setting a fill (or stroke) colour in the document's colour space."""
    if cmyk:
        values, op = color.as_cmyk(), "K" if stroke else "k"
    else:
        values, op = color.as_rgb(), "RG" if stroke else "rg"
    return " ".join(f"{v:.4g}" for v in values) + f" {op}"


def wrap_lines(text: str, width: float, measure: Callable[[str], float]) -> list[str]:
    """``text`` wrapped greedily at single spaces to ``width`` (explicit newlines kept)."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        words = _BREAK.split(paragraph)
        line = words[0]
        for word in words[1:]:
            candidate = f"{line} {word}"
            if measure(candidate) <= width + 0.01:
                line = candidate
            else:
                lines.append(line)
                line = word
        lines.append(line)
    return lines


MIN_FIT_PT = 6.0


def fitted_size(el: TextElement, text: str, measure: Callable[[str, float], float]) -> float:
    """The size a text is set at: its own, except that a coupon code that would not fit its box
    on one line is set smaller (down to `MIN_FIT_PT`), since a code must never break or overflow.
    ``measure(text, size)`` gives a width in points."""
    if not isinstance(el, CouponElement) or "\n" in text:
        return el.size_pt
    width = measure(text, el.size_pt)
    room = el.w_mm * mm
    if width <= room + 0.01:
        return el.size_pt
    return max(MIN_FIT_PT, el.size_pt * room / width * 0.999)


def wrap_text(el: TextElement, text: str, font_name: str) -> list[str]:
    """The lines of ``text`` wrapped to the element's width (explicit newlines kept)."""
    return wrap_lines(text, el.w_mm * mm, lambda s: stringWidth(s, font_name, el.size_pt))


def text_width(text: str, font: str, size: float) -> float:
    """Width of one line in points."""
    return stringWidth(text, font, size)


def box_pt(el: Element, trim_h_mm: float) -> tuple[float, float, float, float]:
    """The element's box (x, y, w, h) in piece points, y measured upwards from the trim bottom."""
    return (el.x_mm * mm, (trim_h_mm - el.y_mm - el.h_mm) * mm, el.w_mm * mm, el.h_mm * mm)


def qr_square(el: QrElement, trim_h_mm: float) -> tuple[float, float, float]:
    """The square (x, y, size) in points that holds the symbol and its quiet zone."""
    x, y, w, h = box_pt(el, trim_h_mm)
    size = min(w, h)
    return x + (w - size) / 2, y + (h - size) / 2, size


@dataclass
class StaticRun:
    """Consecutive static elements of one side, drawn once as the form ``name``."""

    name: str
    elements: list[Element] = field(default_factory=list)


class PieceDrawer:
    """Draws the sides of one design, for any record, at any place on a page."""

    def __init__(
        self,
        design: Design,
        fonts: FontBook,
        writer: PdfWriter,
        *,
        cmyk: bool,
        images: ImageSource = no_images,
        prefix: str = "omp",
    ) -> None:
        self.design = design
        self.fonts = fonts
        self.writer = writer
        self.cmyk = cmyk
        self.images = images
        self.prefix = prefix
        self._image_names: dict[str, str] = {}
        self._image_sizes: dict[str, tuple[int, int]] = {}
        self._text_setups: dict[str, tuple[str, FontUse, tuple[float, ...], str]] = {}
        d = design
        b = d.bleed_mm * mm
        # Clip to the bleed so neighbouring pieces on a press sheet never overlap.
        self._clip = (f"{-b:.3f} {-b:.3f} {d.width_mm * mm + 2 * b:.3f} "
                      f"{d.height_mm * mm + 2 * b:.3f} re W n\n")  # fmt: skip
        # Per side, the drawing layers: a StaticRun (a form) or a variable element.
        self.layers = [self._split(index) for index in range(len(design.sides))]

    def _split(self, index: int) -> list[StaticRun | Element]:
        side = self.design.sides[index]
        layers: list[StaticRun | Element] = []
        if side.background is not None:
            layers.append(StaticRun(f"{self.prefix}{index}_0"))  # the background's run
        for el in side.elements:
            if el.hidden:
                continue
            if is_variable(el):
                layers.append(el)
                continue
            if not layers or not isinstance(layers[-1], StaticRun):
                layers.append(StaticRun(f"{self.prefix}{index}_{len(layers)}"))
            layers[-1].elements.append(el)
        return layers

    def define_forms(self) -> None:
        """Write every static run once as a form; call before the first page."""
        d = self.design
        b = d.bleed_mm * mm
        w, h = d.width_mm * mm, d.height_mm * mm
        out = Content(self.writer)
        for index, side in enumerate(d.sides):
            for position, layer in enumerate(self.layers[index]):
                if not isinstance(layer, StaticRun):
                    continue
                if position == 0 and side.background is not None:
                    paper = color_op(side.background, self.cmyk)
                    out.append(f"{paper} {-b:.3f} {-b:.3f} {w + 2 * b:.3f} {h + 2 * b:.3f} re f\n")
                for el in layer.elements:
                    self.draw_element(out, el, {})
                self.writer.add_form(layer.name, (-b, -b, w + b, h + b), out.take())

    def draw_side(self, out: Content, side: int, record: Mapping[str, str], x: float,
                  y: float) -> None:  # fmt: skip
        """Draw one side for one record with its trim's bottom-left corner at (x, y) points."""
        out.append(f"q 1 0 0 1 {x:.3f} {y:.3f} cm {self._clip}")
        for layer in self.layers[side]:
            if isinstance(layer, StaticRun):
                out.append(f"/{layer.name} Do\n")
            else:
                self.draw_element(out, layer, record)
        out.append("Q\n")

    # -- elements -----------------------------------------------------------------------------

    def draw_element(self, out: Content, el: Element, record: Mapping[str, str]) -> None:
        """Draw one element (its variable content filled from ``record``)."""
        rotated = bool(el.rotation_deg)
        if rotated:
            x, y, w, h = box_pt(el, self.design.height_mm)
            out.append("q " + rotation_about(x + w / 2, y + h / 2, el.rotation_deg))
        if isinstance(el, QrElement):
            self._draw_qr(out, el, record)
        elif isinstance(el, TextElement):
            self._draw_text(out, el, fill_fields(el.text, record))
        elif isinstance(el, BarcodeElement):
            self._draw_barcode(out, el, record)
        elif isinstance(el, ImageElement):
            self._draw_image(out, el)
        elif is_die_cut(el):
            self._draw_die_cut(out, el)
        else:
            self._draw_shape(out, el)
        if rotated:
            out.append("Q\n")

    def _draw_qr(self, out: Content, el: QrElement, record: Mapping[str, str]) -> None:
        x, y, size = qr_square(el, self.design.height_mm)
        if el.background is not None:
            out.append(f"{color_op(el.background, self.cmyk)} "
                       f"{x:.3f} {y:.3f} {size:.3f} {size:.3f} re f\n")  # fmt: skip
        data = qr_payload(el, record)  # the link, or a contact card or text (`payload`)
        out.append(qr_ops(data, el.ec, x, y, size, color_op(el.color, self.cmyk)))

    def _text_setup(self, el: TextElement) -> tuple[str, FontUse, tuple[float, ...], str]:
        """What a text element needs on every record: font, box and colour (worked out once)."""
        setup = self._text_setups.get(el.id)
        if setup is None:
            font = self.fonts.resolve(el.font, el.bold, el.italic)
            box = box_pt(el, self.design.height_mm)
            setup = (font, self.writer.font(font), box, color_op(el.color, self.cmyk) + "\n")
            self._text_setups[el.id] = setup
        return setup

    def _draw_text(self, out: Content, el: TextElement, text: str) -> None:
        font, use, (x, y, w, h), colour = self._text_setup(el)
        size = fitted_size(el, text, use.width)
        if "\n" not in text and use.width(text, size) <= w + 0.01:
            lines = [text]  # the usual case for a code or a field: no wrapping needed
        else:
            lines = wrap_lines(text, w, lambda s: use.width(s, size))
        leading = size * el.line_spacing
        block = size + leading * (len(lines) - 1)
        # The first baseline sits one ascent (about 0.8 em) below the top of the text block.
        if el.valign == "top":
            top = y + h
        elif el.valign == "middle":
            top = y + (h + block) / 2
        else:
            top = y + block
        base = top - size * 0.8
        anchor = {"center": x + w / 2, "right": x + w}.get(el.align, x)
        out.append(colour)
        for line in lines:
            out.text(font, size, anchor, base, line, el.align)
            base -= leading

    def _draw_barcode(self, out: Content, el: BarcodeElement, record: Mapping[str, str]) -> None:
        x, y, w, h = box_pt(el, self.design.height_mm)
        width, bars, text = barcode_bars(record.get(el.field, ""), el.symbology)
        text_h = el.font_size_pt * 1.2 if el.show_text else 0.0
        fill = color_op(el.color, self.cmyk)
        out.append(barcode_ops(bars, width, (x, y + text_h, w, h - text_h), fill) + "\n")
        if el.show_text:
            font = self.fonts.resolve("", False, False)
            out.append(fill + "\n")
            out.text(font, el.font_size_pt, x + w / 2, y + el.font_size_pt * 0.25, text, "center")

    def image_name(self, asset: str) -> str:
        """The image XObject for an asset, in the document's colour space (CMYK for press)."""
        name = self._image_names.get(asset)
        if name is None:
            image = Image.open(io.BytesIO(self.images(asset)))
            if image.mode in ("RGBA", "LA", "P", "PA"):
                # Flatten transparency onto white paper: press PDFs carry no soft masks here.
                rgba = image.convert("RGBA")
                image = Image.new("RGB", rgba.size, "white")
                image.paste(rgba, mask=rgba.getchannel("A"))
            image = image.convert("CMYK" if self.cmyk else "RGB")
            name = self._image_names[asset] = f"{self.prefix}Im{len(self._image_names) + 1}"
            self.writer.add_image(name, image)
            self._image_sizes[name] = image.size
        return name

    def _draw_image(self, out: Content, el: ImageElement) -> None:
        x, y, w, h = box_pt(el, self.design.height_mm)
        name = self.image_name(el.asset)
        iw, ih = self._image_sizes[name]
        dw, dh = w, h
        if el.fit != "stretch":
            pick = min if el.fit == "contain" else max
            scale = pick(w / iw, h / ih)
            dw, dh = iw * scale, ih * scale
        clip = f"{x:.3f} {y:.3f} {w:.3f} {h:.3f} re W n " if el.fit == "cover" else ""
        out.append(f"q {clip}{dw:.3f} 0 0 {dh:.3f} {x + (w - dw) / 2:.3f} "
                   f"{y + (h - dh) / 2:.3f} cm /{name} Do Q\n")  # fmt: skip

    def _path(self, el: Element) -> str:
        x, y, w, h = box_pt(el, self.design.height_mm)
        if isinstance(el, LineElement):
            return f"{x:.3f} {y + h:.3f} m {x + w:.3f} {y:.3f} l\n"
        if isinstance(el, RectElement):
            return rect_path(x, y, w, h, el.radius_mm * mm)
        return ellipse_path(x, y, w, h)

    def _draw_shape(self, out: Content, el: Element) -> None:
        fill = getattr(el, "fill", None)
        stroke = getattr(el, "stroke", None)
        if isinstance(el, LineElement):
            fill = None  # a line has no inside
        if fill is None and stroke is None:
            return
        ops = ["q "]
        if fill is not None:
            ops.append(color_op(fill, self.cmyk) + " ")
        if stroke is not None:
            ops.append(f"{color_op(stroke, self.cmyk, stroke=True)} {el.stroke_pt:.3f} w ")
        ops.append(self._path(el))
        ops.append({(True, True): "B", (True, False): "f", (False, True): "S"}[
            (fill is not None, stroke is not None)])  # fmt: skip
        out.append("".join(ops) + " Q\n")

    def _draw_die_cut(self, out: Content, el: Element) -> None:
        w = self.writer
        layer = w.layer(DIE_CUT_LAYER)
        space = w.spot_colour(DIE_CUT_INK, DIE_CUT_LOOK)
        overprint = w.gstate("GSop", "<< /Type /ExtGState /OP true /op true /OPM 1 >>")
        width = el.stroke_pt or 0.25  # type: ignore[attr-defined]
        stroke = f"q /{overprint} gs /{space} CS 1 SCN {width:.3f} w {self._path(el)}S Q"
        # PDF/X-1a has no layers: the cut stays a spot colour plate of its own, outside any layer.
        out.append(f"/OC /{layer} BDC {stroke} EMC\n" if layer else f"{stroke}\n")
