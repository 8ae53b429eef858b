"""QR codes and barcodes as vector paths, written as raw PDF operators.

Speed matters here: a print run has one symbol per piece, tens of thousands of them. Each QR is ONE
path in module units: a ``cm`` transform scales modules to millimetres, then one integer ``re`` per
horizontal run of dark modules, filled once. Formatting a few hundred small integers is far cheaper
than reportlab's per-rectangle float formatting.

The encoder is zxing-cpp (its writer is Zint, in C): it picks the best mask in about 0.2 ms, where
segno needs about 1.1 ms even with a fixed mask once the runs are extracted (measured in
``benchmarks/bench_render.py``'s notes), and a fixed mask would give up the mask scoring that keeps
symbols easy to read.
"""

from __future__ import annotations

import re

import zxingcpp

from omniprint.domain.errors import ValidationError

QUIET_MODULES = 4
_DARK_RUN = re.compile(rb"\x00+")
_QR = zxingcpp.BarcodeFormat.QRCode
_LINEAR = {"code128": zxingcpp.BarcodeFormat.Code128, "ean13": zxingcpp.BarcodeFormat.EAN13}


def qr_matrix(data: str, ec: str = "M") -> tuple[int, bytes]:
    """The symbol with its 4-module quiet zone: (width in modules, row-major bytes, 0 = dark)."""
    if not data:
        raise ValidationError("a QR code needs data: the record's field is empty")
    barcode = zxingcpp.create_barcode(data, _QR, ec_level=ec)
    image = barcode.to_image(scale=1, add_quiet_zones=True)
    return image.shape[1], bytes(memoryview(image))


def qr_modules(data: str, ec: str = "M") -> int:
    """Width of the symbol in modules, quiet zone included."""
    return qr_matrix(data, ec)[0]


def _runs_ops(width: int, pixels: bytes) -> str:
    # The quiet zone keeps every row starting and ending light, so a run never crosses rows and one
    # regex pass over the whole buffer finds them all; one %-format call writes them all.
    flat: list[int] = []
    extend = flat.extend
    for start, end in map(re.Match.span, _DARK_RUN.finditer(pixels)):
        y, x = divmod(start, width)
        extend((x, y, end - start))
    return ("%d %d %d 1 re\n" * (len(flat) // 3)) % tuple(flat)


def qr_ops(data: str, ec: str, x: float, y: float, size: float, fill: str) -> str:
    """PDF operators drawing a QR (quiet zone included) in the square (x, y, size) in points.

    ``fill`` is the colour operator for dark modules (e.g. ``"0 0 0 1 k"``). (x, y) is the
    bottom-left corner in PDF space; rows run downwards, so the transform flips y.
    """
    width, pixels = qr_matrix(data, ec)
    scale = size / width
    return (
        f"q {fill} {scale:.5f} 0 0 {-scale:.5f} {x:.3f} {y + size:.3f} cm\n"
        f"{_runs_ops(width, pixels)}f Q"
    )


def barcode_bars(data: str, symbology: str) -> tuple[int, list[tuple[int, int]], str]:
    """A linear barcode as (width in modules, [(x, width) of each bar], human readable text)."""
    fmt = _LINEAR.get(symbology)
    if fmt is None:
        raise ValidationError(f"unknown barcode symbology {symbology!r}")
    try:
        barcode = zxingcpp.create_barcode(data, fmt)
    except Exception as exc:  # zxing raises its own error type for data the symbology refuses
        raise ValidationError(f"{symbology} cannot encode {data!r}: {exc}") from exc
    image = barcode.to_image(scale=1, add_quiet_zones=False)
    width = image.shape[1]
    top_row = bytes(memoryview(image))[:width]  # every bar reaches the top row
    bars = [(m.start(), m.end() - m.start()) for m in _DARK_RUN.finditer(top_row)]
    return width, bars, barcode.text


def barcode_ops(
    bars: list[tuple[int, int]], width: int, box: tuple[float, float, float, float], fill: str
) -> str:
    """PDF operators for the bars, stretched to the box (x, y, w, h) in points, filled once."""
    x, y, w, h = box
    rects = "".join(f"{bx} 0 {bw} 1 re\n" for bx, bw in bars)
    return f"q {fill} {w / width:.5f} 0 0 {h:.3f} {x:.3f} {y:.3f} cm\n{rects}f Q"
