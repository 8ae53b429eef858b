"""Drawing a design's elements onto a reportlab canvas, in piece coordinates.

Piece coordinates are PDF points with the origin at the bottom-left corner of the trim. Static
elements go into shared forms (PDF XObjects), drawn once per document and placed per piece with
``doForm``; variable elements (codes, QR, fields) are drawn per record. Consecutive static elements
share one form, so the z-order of the design is kept even when static and variable elements
interleave.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from PIL import Image
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from omniprint.domain.design import (
    BarcodeElement,
    Color,
    Design,
    Element,
    EllipseElement,
    ImageElement,
    LineElement,
    QrElement,
    RectElement,
    TextElement,
    fill_fields,
    is_variable,
)
from omniprint.render.fonts import FontBook
from omniprint.render.qr import barcode_bars, barcode_ops, qr_ops

ImageSource = Callable[[str], bytes]


def no_images(asset: str) -> bytes:
    """The image source used when a design has no images."""
    raise KeyError(asset)


def color_op(color: Color, cmyk: bool, stroke: bool = False) -> str:
    """The PDF operator setting a fill (or stroke) colour in the document's colour space."""
    if cmyk:
        values, op = color.as_cmyk(), "K" if stroke else "k"
    else:
        values, op = color.as_rgb(), "RG" if stroke else "rg"
    return " ".join(f"{v:.4g}" for v in values) + f" {op}"


def wrap_text(el: TextElement, text: str, font_name: str) -> list[str]:
    """The lines of ``text`` wrapped to the element's width (explicit newlines kept)."""
    return simpleSplit(text, font_name, el.size_pt, el.w_mm * mm)


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
        *,
        cmyk: bool,
        images: ImageSource = no_images,
        prefix: str = "omp",
    ) -> None:
        self.design = design
        self.fonts = fonts
        self.cmyk = cmyk
        self.images = images
        self.prefix = prefix
        self._image_cache: dict[str, ImageReader] = {}
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

    def define_forms(self, canvas: Canvas) -> None:
        """Draw every static run once as a form; call before the first page."""
        d = self.design
        b = d.bleed_mm * mm
        w, h = d.width_mm * mm, d.height_mm * mm
        for index, side in enumerate(d.sides):
            for position, layer in enumerate(self.layers[index]):
                if not isinstance(layer, StaticRun):
                    continue
                canvas.beginForm(layer.name, -b, -b, w + b, h + b)
                if position == 0 and side.background is not None:
                    canvas._code.append(
                        f"{color_op(side.background, self.cmyk)} "
                        f"{-b:.3f} {-b:.3f} {w + 2 * b:.3f} {h + 2 * b:.3f} re f"
                    )
                for el in layer.elements:
                    self.draw_element(canvas, el, {})
                canvas.endForm()

    def draw_side(
        self, canvas: Canvas, side: int, record: Mapping[str, str], x: float, y: float
    ) -> None:
        """Draw one side for one record with its trim's bottom-left corner at (x, y) points."""
        d = self.design
        b = d.bleed_mm * mm
        code = canvas._code
        # Clip to the bleed so neighbouring pieces on a press sheet never overlap.
        code.append(
            f"q 1 0 0 1 {x:.3f} {y:.3f} cm {-b:.3f} {-b:.3f} "
            f"{d.width_mm * mm + 2 * b:.3f} {d.height_mm * mm + 2 * b:.3f} re W n"
        )
        for layer in self.layers[side]:
            if isinstance(layer, StaticRun):
                canvas.doForm(layer.name)
            else:
                self.draw_element(canvas, layer, record)
        code.append("Q")

    # -- elements -----------------------------------------------------------------------------

    def draw_element(self, canvas: Canvas, el: Element, record: Mapping[str, str]) -> None:
        """Draw one element (its variable content filled from ``record``)."""
        if isinstance(el, QrElement):
            # Fast path: raw operators, no canvas state involved.
            self._draw_qr(canvas, el, record)
            return
        rotated = bool(el.rotation_deg)
        if rotated:
            x, y, w, h = box_pt(el, self.design.height_mm)
            canvas.saveState()
            canvas.translate(x + w / 2, y + h / 2)
            canvas.rotate(-el.rotation_deg)  # clockwise on screen, y up in PDF
            canvas.translate(-(x + w / 2), -(y + h / 2))
        if isinstance(el, TextElement):
            self._draw_text(canvas, el, fill_fields(el.text, record))
        elif isinstance(el, BarcodeElement):
            self._draw_barcode(canvas, el, record)
        elif isinstance(el, ImageElement):
            self._draw_image(canvas, el)
        else:
            self._draw_shape(canvas, el)
        if rotated:
            canvas.restoreState()

    def _draw_qr(self, canvas: Canvas, el: QrElement, record: Mapping[str, str]) -> None:
        x, y, size = qr_square(el, self.design.height_mm)
        code = canvas._code
        if el.background is not None:
            code.append(
                f"{color_op(el.background, self.cmyk)} {x:.3f} {y:.3f} {size:.3f} {size:.3f} re f"
            )
        data = record.get(el.field, "")
        code.append(qr_ops(data, el.ec, x, y, size, color_op(el.color, self.cmyk)))

    def _draw_text(self, canvas: Canvas, el: TextElement, text: str) -> None:
        font = self.fonts.resolve(el.font, el.bold, el.italic)
        x, y, w, h = box_pt(el, self.design.height_mm)
        lines = wrap_text(el, text, font)
        leading = el.size_pt * el.line_spacing
        block = el.size_pt + leading * (len(lines) - 1)
        # The first baseline sits one ascent (about 0.8 em) below the top of the text block.
        if el.valign == "top":
            top = y + h
        elif el.valign == "middle":
            top = y + (h + block) / 2
        else:
            top = y + block
        base = top - el.size_pt * 0.8
        canvas.setFont(font, el.size_pt)
        canvas._code.append(color_op(el.color, self.cmyk))
        for line in lines:
            if el.align == "center":
                canvas.drawCentredString(x + w / 2, base, line)
            elif el.align == "right":
                canvas.drawRightString(x + w, base, line)
            else:
                canvas.drawString(x, base, line)
            base -= leading

    def _draw_barcode(self, canvas: Canvas, el: BarcodeElement, record: Mapping[str, str]) -> None:
        x, y, w, h = box_pt(el, self.design.height_mm)
        width, bars, text = barcode_bars(record.get(el.field, ""), el.symbology)
        text_h = el.font_size_pt * 1.2 if el.show_text else 0.0
        fill = color_op(el.color, self.cmyk)
        canvas._code.append(barcode_ops(bars, width, (x, y + text_h, w, h - text_h), fill))
        if el.show_text:
            font = self.fonts.resolve("", False, False)
            canvas.setFont(font, el.font_size_pt)
            canvas._code.append(fill)
            canvas.drawCentredString(x + w / 2, y + el.font_size_pt * 0.25, text)

    def image_reader(self, asset: str) -> ImageReader:
        """The asset as an image in the document's colour space (CMYK for press), cached."""
        reader = self._image_cache.get(asset)
        if reader is None:
            image = Image.open(io.BytesIO(self.images(asset)))
            if image.mode in ("RGBA", "LA", "P", "PA"):
                # Flatten transparency onto white paper: press PDFs carry no soft masks here.
                rgba = image.convert("RGBA")
                image = Image.new("RGB", rgba.size, "white")
                image.paste(rgba, mask=rgba.getchannel("A"))
            image = image.convert("CMYK" if self.cmyk else "RGB")
            reader = self._image_cache[asset] = ImageReader(image)
        return reader

    def _draw_image(self, canvas: Canvas, el: ImageElement) -> None:
        x, y, w, h = box_pt(el, self.design.height_mm)
        reader = self.image_reader(el.asset)
        iw, ih = reader.getSize()
        dw, dh = w, h
        if el.fit != "stretch":
            pick = min if el.fit == "contain" else max
            scale = pick(w / iw, h / ih)
            dw, dh = iw * scale, ih * scale
        canvas.saveState()
        if el.fit == "cover":
            path = canvas.beginPath()
            path.rect(x, y, w, h)
            canvas.clipPath(path, stroke=0, fill=0)
        canvas.drawImage(reader, x + (w - dw) / 2, y + (h - dh) / 2, dw, dh)
        canvas.restoreState()

    def _draw_shape(self, canvas: Canvas, el: Element) -> None:
        x, y, w, h = box_pt(el, self.design.height_mm)
        fill = getattr(el, "fill", None)
        stroke = getattr(el, "stroke", None)
        code = canvas._code
        code.append("q")
        if fill is not None:
            code.append(color_op(fill, self.cmyk))
        if stroke is not None:
            code.append(f"{color_op(stroke, self.cmyk, stroke=True)} {el.stroke_pt:.3f} w")
        if isinstance(el, LineElement):
            if stroke is not None:
                canvas.line(x, y + h, x + w, y)
        elif isinstance(el, RectElement):
            if el.radius_mm:
                canvas.roundRect(
                    x, y, w, h, el.radius_mm * mm, stroke=stroke is not None, fill=fill is not None
                )
            else:
                canvas.rect(x, y, w, h, stroke=stroke is not None, fill=fill is not None)
        elif isinstance(el, EllipseElement):
            canvas.ellipse(x, y, x + w, y + h, stroke=stroke is not None, fill=fill is not None)
        code.append("Q")


def text_width(text: str, font: str, size: float) -> float:
    """Width of one line in points."""
    return stringWidth(text, font, size)
