"""What the designer's canvas must draw exactly as the PDF does: fonts, fitted text, QR codes.

The canvas previews a design with the same fonts, text fitting and code geometry as `render`,
so what the user sees is what prints. The GUI reaches them through this module, never `render`
directly (tests/house/test_layers.py).
"""

from __future__ import annotations

from omniprint.render.draw import fitted_size, wrap_lines
from omniprint.render.fonts import FONTS_DIR, FontBook, load_fonts
from omniprint.render.qr import QUIET_MODULES, barcode_bars, qr_matrix

__all__ = [
    "FONTS_DIR",
    "QUIET_MODULES",
    "FontBook",
    "barcode_bars",
    "fitted_size",
    "load_fonts",
    "qr_matrix",
    "wrap_lines",
]
