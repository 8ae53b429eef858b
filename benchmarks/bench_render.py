"""Press-mode speed, size and memory for unique business cards, against a naive baseline.

Run: PYTHONPATH=src:tests python benchmarks/bench_render.py [cards]
The baseline (reportlab + segno with defaults, one rect per module) runs on 500 cards in the same
process and is extrapolated per card.
"""

from __future__ import annotations

import resource
import sys
import tempfile
import time
from pathlib import Path

import segno
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from omniprint.render.pdf import PrintOptions, render
from render_fixtures import FakeRecords, card_design


def baseline(cards: int, out: Path) -> float:
    """Seconds per card drawing each QR module as its own rect (what a plain script does)."""
    start = time.perf_counter()
    canvas = Canvas(str(out), pageCompression=1)
    records = FakeRecords(cards)
    for index in range(cards):
        slot = index % 10
        if index and slot == 0:
            canvas.showPage()
        x, y = 20 * mm + (slot % 2) * 90 * mm, 20 * mm + (slot // 2) * 55 * mm
        record = records[index]
        canvas.drawString(x, y, record["code"])
        qr = segno.make_qr(record["url"], error="m")
        size = 26 * mm / (qr.symbol_size()[0])
        for row, line in enumerate(qr.matrix):
            for col, dark in enumerate(line):
                if dark:
                    canvas.rect(x + 50 * mm + col * size, y + 40 * mm - row * size, size, size,
                                stroke=0, fill=1)  # fmt: skip
    canvas.save()
    return (time.perf_counter() - start) / cards


def main() -> None:
    cards = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "press.pdf"
        start = time.perf_counter()
        result = render(card_design(), FakeRecords(cards), out, PrintOptions(mode="press"))
        seconds = time.perf_counter() - start
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        per_card = seconds / cards
        base = baseline(500, Path(folder) / "baseline.pdf")
    print(f"cards: {cards}, {result.per_sheet}-up SRA3, {result.pages} pages, two-sided")
    print(f"time: {seconds:.2f} s, {per_card * 1000:.3f} ms per card")
    print(f"size: {result.bytes} bytes, {result.bytes / cards:.0f} bytes per card")
    print(f"peak RSS: {peak_mb:.0f} MB (whole process)")
    print(f"baseline (reportlab + segno defaults, 500 cards): {base * 1000:.3f} ms per card")
    print(f"speed-up over baseline: {base / per_card:.1f}x; glabels 3 (7.4 ms/card): "
          f"{7.4e-3 / per_card:.1f}x")  # fmt: skip


if __name__ == "__main__":
    main()
