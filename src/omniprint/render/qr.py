"""QR codes and barcodes as vector paths, written as raw PDF operators.

Speed matters here: a print run has one symbol per piece, tens of thousands of them. Each QR is ONE
path in module units: a ``cm`` transform scales modules to points, then one integer ``re`` per
horizontal run of dark modules, filled once. The run operators come from per-chunk lookups
(`_ChunkRuns`), so a symbol costs about 0.07 ms after the encoder's 0.24 ms.

The encoder is zxing-cpp (its writer is Zint, in C): it picks the best mask in about 0.2 ms, where
segno needs about 1.1 ms even with a fixed mask once the runs are extracted (measured in
``benchmarks/bench_render.py``'s notes), and a fixed mask would give up the mask scoring that keeps
symbols easy to read.
"""

from __future__ import annotations

import re

import zxingcpp

from omniprint.domain.errors import ValidationError
from omniprint.domain.i18n import tr

QUIET_MODULES = 4
_DARK_RUN = re.compile(rb"\x00+")
_QR = zxingcpp.BarcodeFormat.QRCode
_LINEAR = {"code128": zxingcpp.BarcodeFormat.Code128, "ean13": zxingcpp.BarcodeFormat.EAN13}


def qr_matrix(data: str, ec: str = "M") -> tuple[int, bytes]:
    """The symbol without quiet zone: (width in modules, row-major bytes, 0 = dark)."""
    if not data:
        raise ValidationError(tr("a QR code needs data: the record's field is empty"))
    barcode = zxingcpp.create_barcode(data, _QR, ec_level=ec)
    image = barcode.to_image(scale=1, add_quiet_zones=False)
    return image.shape[1], bytes(memoryview(image))


def qr_modules(data: str, ec: str = "M") -> int:
    """Width of the symbol in modules, quiet zone included."""
    return qr_matrix(data, ec)[0] + 2 * QUIET_MODULES


class _ChunkRuns(dict[bytes, str]):
    """Run operators for the modules ``lo`` to ``lo + len(chunk)`` of a row, by their pattern.

    A row is cut into chunks of `_CHUNK` modules; there are only 4096 patterns per chunk position,
    so after the first few hundred symbols almost every chunk is a dictionary hit and a symbol costs
    a few dozen lookups instead of Python arithmetic per run. A run that crosses a chunk border
    becomes two abutting rectangles of the same path, which fill as one.
    """

    def __init__(self, lo: int) -> None:
        super().__init__()
        self.lo = lo

    def __missing__(self, chunk: bytes) -> str:
        lo = self.lo
        ops = "".join(f"{lo + m.start()} Y {m.end() - m.start()} 1 re\n"
                      for m in _DARK_RUN.finditer(chunk))  # fmt: skip
        if len(self) < 8192:
            self[chunk] = ops
        return ops


_CHUNK = 12
_CHUNK_RUNS: dict[tuple[int, int], _ChunkRuns] = {}
_ROW_SPANS: dict[int, list[tuple[_ChunkRuns, int, int]]] = {}


def _row_spans(width: int) -> list[tuple[_ChunkRuns, int, int]]:
    spans = _ROW_SPANS.get(width)
    if spans is None:
        spans = _ROW_SPANS[width] = [
            (_CHUNK_RUNS.setdefault((lo, min(lo + _CHUNK, width)), _ChunkRuns(lo)), lo,
             min(lo + _CHUNK, width))
            for lo in range(0, width, _CHUNK)
        ]  # fmt: skip
    return spans


def runs_ops(width: int, pixels: bytes) -> str:
    """One ``x y w 1 re`` per horizontal run of dark modules (row ``y`` counted from the top)."""
    spans = _row_spans(width)
    rows = []
    for y in range(width):
        base = y * width
        row = "".join([runs[pixels[base + lo : base + hi]] for runs, lo, hi in spans])
        rows.append(row.replace("Y", str(y)))
    return "".join(rows)


def qr_ops(data: str, ec: str, x: float, y: float, size: float, fill: str) -> str:
    """PDF operators drawing a QR (quiet zone included) in the square (x, y, size) in points.

    ``fill`` is the colour operator for dark modules (e.g. ``"0 0 0 1 k"``). (x, y) is the
    bottom-left corner in PDF space; rows run downwards, so the transform flips y.
    """
    width, pixels = qr_matrix(data, ec)
    scale = size / (width + 2 * QUIET_MODULES)
    quiet = QUIET_MODULES * scale
    return (
        f"q {fill} {scale:.5f} 0 0 {-scale:.5f} {x + quiet:.3f} {y + size - quiet:.3f} cm\n"
        f"{runs_ops(width, pixels)}f Q\n"
    )


def barcode_bars(data: str, symbology: str) -> tuple[int, list[tuple[int, int]], str]:
    """A linear barcode as (width in modules, [(x, width) of each bar], human readable text)."""
    fmt = _LINEAR.get(symbology)
    if fmt is None:
        raise ValidationError(
            tr("unknown barcode symbology {symbology!r}").format(symbology=symbology)
        )
    try:
        barcode = zxingcpp.create_barcode(data, fmt)
    except Exception as exc:  # zxing raises its own error type for data the symbology refuses
        raise ValidationError(
            tr("{symbology} cannot encode {data!r}: {exc}").format(
                symbology=symbology, data=data, exc=exc
            )
        ) from exc
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
