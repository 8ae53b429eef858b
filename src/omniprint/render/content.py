"""Building one content stream (a page or a form) as PDF operators, in points, y upwards.

This replaces reportlab's canvas for the print file: operators are appended as text and the
writer decides when the stream is finished. Text is shown through the writer's `FontUse`, so every
glyph lands in an embedded font subset.
"""

from __future__ import annotations

import math

from omniprint.render.pdfwriter import PdfWriter

KAPPA = 0.5522847498  # Bézier control distance for a quarter circle of radius 1


def rect_path(x: float, y: float, w: float, h: float, radius: float = 0.0) -> str:
    """A rectangle (rounded when ``radius`` > 0) as path operators."""
    if radius <= 0:
        return f"{x:.3f} {y:.3f} {w:.3f} {h:.3f} re\n"
    r = min(radius, abs(w) / 2, abs(h) / 2)
    k = r * (1 - KAPPA)
    x1, y1 = x + w, y + h
    return (
        f"{x + r:.3f} {y:.3f} m {x1 - r:.3f} {y:.3f} l "
        f"{x1 - k:.3f} {y:.3f} {x1:.3f} {y + k:.3f} {x1:.3f} {y + r:.3f} c "
        f"{x1:.3f} {y1 - r:.3f} l "
        f"{x1:.3f} {y1 - k:.3f} {x1 - k:.3f} {y1:.3f} {x1 - r:.3f} {y1:.3f} c "
        f"{x + r:.3f} {y1:.3f} l {x + k:.3f} {y1:.3f} {x:.3f} {y1 - k:.3f} {x:.3f} {y1 - r:.3f} c "
        f"{x:.3f} {y + r:.3f} l {x:.3f} {y + k:.3f} {x + k:.3f} {y:.3f} {x + r:.3f} {y:.3f} c h\n"
    )


def ellipse_path(x: float, y: float, w: float, h: float) -> str:
    """The ellipse inscribed in the box (x, y, w, h) as four Bézier curves."""
    rx, ry = w / 2, h / 2
    cx, cy = x + rx, y + ry
    kx, ky = rx * KAPPA, ry * KAPPA
    return (
        f"{cx + rx:.3f} {cy:.3f} m "
        f"{cx + rx:.3f} {cy + ky:.3f} {cx + kx:.3f} {cy + ry:.3f} {cx:.3f} {cy + ry:.3f} c "
        f"{cx - kx:.3f} {cy + ry:.3f} {cx - rx:.3f} {cy + ky:.3f} {cx - rx:.3f} {cy:.3f} c "
        f"{cx - rx:.3f} {cy - ky:.3f} {cx - kx:.3f} {cy - ry:.3f} {cx:.3f} {cy - ry:.3f} c "
        f"{cx + kx:.3f} {cy - ry:.3f} {cx + rx:.3f} {cy - ky:.3f} {cx + rx:.3f} {cy:.3f} c h\n"
    )


def rotation_about(cx: float, cy: float, degrees_clockwise: float) -> str:
    """A ``cm`` turning the drawing clockwise (as on screen) about (cx, cy)."""
    a = math.radians(-degrees_clockwise)
    c, s = math.cos(a), math.sin(a)
    # translate(c) · rotate · translate(-c), folded into one matrix.
    e = cx - c * cx + s * cy
    f = cy - s * cx - c * cy
    return f"{c:.6f} {s:.6f} {-s:.6f} {c:.6f} {e:.3f} {f:.3f} cm\n"


class Content:
    """The operators of one content stream, appended in drawing order."""

    def __init__(self, writer: PdfWriter) -> None:
        self.writer = writer
        self.ops: list[str] = []
        self.append = self.ops.append

    def text(self, font: str, size: float, x: float, y: float, text: str,
             align: str = "left") -> None:  # fmt: skip
        """One line of text with its baseline starting at (x, y) (or centred/ending there)."""
        use = self.writer.font(font)
        if align != "left":
            width = use.width(text, size)
            x -= width / 2 if align == "center" else width
        self.shown(font, size, f"BT {x:.3f} {y:.3f} Td ", text)

    def shown(self, font: str, size: float, start: str, text: str) -> None:
        """``start`` (the text object's opening and position), ``text`` shown, ``ET``."""
        self.append(f"{start}{self.writer.font(font).show(text, size)}ET\n")

    def form(self, name: str) -> None:
        """Place the form XObject ``name`` (drawn in the same coordinates)."""
        self.append(f"/{name} Do\n")

    def take(self) -> str:
        """The operators so far, as one string; the builder starts empty again."""
        data = "".join(self.ops)
        self.ops.clear()
        return data
