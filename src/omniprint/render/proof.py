"""What a proof page adds over a piece: bleed edge, trim and safe guides, a label, PROOF mark.

The guide colours stay clear of the die-cut line's magenta (the spot ink ``DieCut``), so a
customer never mistakes the trim for the cut or the other way round.
"""

from __future__ import annotations

from reportlab.lib.units import mm

from omniprint.domain.design import Design
from omniprint.domain.i18n import tr, tr_noop
from omniprint.render.content import Content, rotation_about

# Translated when drawn: a proof goes to the customer in the language of the app.
LEGEND = tr_noop("bleed: grey · trim: green · safe area: cyan dashed · die cut: magenta")
WATERMARK = tr_noop("PROOF")
SIDE_NAMES = {"front": tr_noop("side: front"), "back": tr_noop("side: back")}


def side_name(name: str) -> str:
    """A design side's name ("front", "back") in the active language."""
    marked = SIDE_NAMES.get(name)
    if marked is None:
        return name
    translated = tr(marked)
    return translated.removeprefix("side: ") if translated == marked else translated


def draw_proof_overlay(
    out: Content, design: Design, x: float, y: float, font: str, label: str, *, cmyk: bool
) -> None:
    """Guides around the piece whose trim starts at (x, y), a label and the PROOF watermark."""
    w, h = design.width_mm * mm, design.height_mm * mm
    b, s = design.bleed_mm * mm, design.safe_mm * mm
    green = "0.8 0 1 0" if cmyk else "0 0.6 0.2"
    cyan = "1 0 0 0" if cmyk else "0 0.6 1"
    grey = "0 0 0 0.5" if cmyk else "0.5 0.5 0.5"
    slate = "0.6 0.3 0 0.3" if cmyk else "0.3 0.45 0.6"
    stroke, fill = ("K", "k") if cmyk else ("RG", "rg")
    out.append(
        f"q 0.3 w {grey} {stroke} {x - b:.3f} {y - b:.3f} {w + 2 * b:.3f} {h + 2 * b:.3f} re S "
        f"{green} {stroke} {x:.3f} {y:.3f} {w:.3f} {h:.3f} re S "
        f"[2 2] 0 d {cyan} {stroke} "
        f"{x + s:.3f} {y + s:.3f} {w - 2 * s:.3f} {h - 2 * s:.3f} re S Q\n"
    )
    out.append(f"q {grey} {fill}\n")
    out.text(font, 7, x - b, y + h + b + 3 * mm, label)
    out.text(font, 7, x - b, y - b - 5 * mm, tr(LEGEND))
    alpha = out.writer.gstate("GSproof", "<< /Type /ExtGState /ca 0.35 /CA 0.35 >>")
    size = min(w, h) / 3.2
    out.append(f"/{alpha} gs {slate} {fill} "
               + rotation_about(x + w / 2, y + h / 2, -(30 if w >= h else 60)))  # fmt: skip
    out.text(font, size, x + w / 2, y + h / 2 - size / 3, tr(WATERMARK), "center")
    out.append("Q\n")
