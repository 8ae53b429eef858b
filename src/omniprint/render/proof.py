"""What a proof page adds over a piece: bleed edge, trim and safe guides, a label, PROOF mark."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from omniprint.domain.design import Design


def draw_proof_overlay(
    canvas: Canvas, design: Design, x: float, y: float, font: str, label: str, *, cmyk: bool
) -> None:
    """Guides around the piece whose trim starts at (x, y), a label and the PROOF watermark."""
    w, h = design.width_mm * mm, design.height_mm * mm
    b, s = design.bleed_mm * mm, design.safe_mm * mm
    magenta = "0 1 0 0" if cmyk else "1 0 1"
    cyan = "1 0 0 0" if cmyk else "0 0.6 1"
    grey = "0 0 0 0.5" if cmyk else "0.5 0.5 0.5"
    stroke, fill = ("K", "k") if cmyk else ("RG", "rg")
    canvas._code.append(
        f"q 0.3 w {grey} {stroke} {x - b:.3f} {y - b:.3f} {w + 2 * b:.3f} {h + 2 * b:.3f} re S "
        f"{magenta} {stroke} {x:.3f} {y:.3f} {w:.3f} {h:.3f} re S "
        f"[2 2] 0 d {cyan} {stroke} {x + s:.3f} {y + s:.3f} {w - 2 * s:.3f} {h - 2 * s:.3f} re S Q"
    )
    canvas.saveState()
    canvas._code.append(f"{grey} {fill}")
    canvas.setFont(font, 7)
    canvas.drawString(x - b, y + h + b + 3 * mm, label)
    canvas.drawString(x - b, y - b - 5 * mm, "bleed: grey · trim: magenta · safe area: cyan dashed")
    canvas.setFillAlpha(0.35)
    canvas._code.append(f"{magenta} {fill}")
    size = min(w, h) / 3.2
    canvas.translate(x + w / 2, y + h / 2)
    canvas.rotate(30 if w >= h else 60)
    canvas.setFont(font, size)
    canvas.drawCentredString(0, -size / 3, "PROOF")
    canvas.restoreState()
