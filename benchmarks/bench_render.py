"""Press-mode speed, size and memory for unique business cards, against a naive baseline.

Run: PYTHONPATH=src:tests python benchmarks/bench_render.py [cards] [--sizes 10000,50000,100000]
                                                            [--design test-card|business-card-eu]

Each size renders in a fresh subprocess, so its peak RSS (``getrusage``) is that run's alone; the
RSS after imports and font loading is printed too, and the growth between sizes shows whether
memory depends on the number of cards. The baseline (reportlab + segno with defaults, one rect
per module: what a plain script does) runs on 500 cards in the same run; glabels 3's batch figure
(7.4 ms per card, measured on the same 2-core machine for the issue) is quoted for the ratio.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GLABELS_MS = 7.4
TEMPLATES = Path(__file__).resolve().parent.parent / "src" / "omniprint" / "assets" / "templates"


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(cards: int, design_name: str) -> None:
    """Render ``cards`` in press mode and print one JSON line with the figures."""
    from omniprint.domain.design import load_design
    from omniprint.render.fonts import load_fonts
    from omniprint.render.pdf import PrintOptions, render
    from support.render import BusinessRecords, card_design

    if design_name == "test-card":
        design = card_design()
    else:
        design = load_design((TEMPLATES / f"{design_name}.json").read_text(encoding="utf-8"))
    load_fonts()
    base = _rss_mb()
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "press.pdf"
        start = time.perf_counter()
        result = render(design, BusinessRecords(cards), out, PrintOptions(mode="press"))
        seconds = time.perf_counter() - start
    print(json.dumps({"cards": cards, "seconds": seconds, "bytes": result.bytes,
                      "pages": result.pages, "per_sheet": result.per_sheet,
                      "base_mb": base, "peak_mb": _rss_mb()}))  # fmt: skip


def baseline(cards: int, out: Path) -> float:
    """Seconds per card drawing each QR module as its own rect (what a plain script does)."""
    import segno
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    from support.render import FakeRecords

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
        canvas.drawString(x, y + 10 * mm, f"Zona {record['zone']}")
        qr = segno.make_qr(record["url"], error="m")
        size = 26 * mm / (qr.symbol_size()[0])
        for row, line in enumerate(qr.matrix):
            for col, dark in enumerate(line):
                if dark:
                    canvas.rect(x + 50 * mm + col * size, y + 40 * mm - row * size, size, size,
                                stroke=0, fill=1)  # fmt: skip
    canvas.save()
    return (time.perf_counter() - start) / cards


def _run_child(cards: int, design: str) -> dict:
    done = subprocess.run(
        [sys.executable, __file__, "--child", str(cards), "--design", design],
        check=True, capture_output=True, text=True,
    )  # fmt: skip
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cards", nargs="?", type=int, default=10_000)
    parser.add_argument(
        "--sizes",
        default="10000,50000,100000",
        help="card counts whose peak memory is compared (comma separated)",
    )
    parser.add_argument("--design", default="test-card", help="test-card or a template name")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.design)
        return
    main_run = _run_child(args.cards, args.design)
    cards, seconds = main_run["cards"], main_run["seconds"]
    per_card = seconds / cards
    print(f"design: {args.design}; press mode, {main_run['per_sheet']}-up SRA3, "
          f"{main_run['pages']} pages, two-sided")  # fmt: skip
    print(f"cards: {cards}  total: {seconds:.2f} s  time per card: {per_card * 1000:.3f} ms  "
          f"size: {main_run['bytes'] / cards:.0f} bytes per card")  # fmt: skip
    sizes = [int(v) for v in args.sizes.split(",") if v]
    print("peak memory per size (fresh process; RSS after imports and fonts, then peak):")
    for size in sizes:
        run = main_run if size == cards else _run_child(size, args.design)
        print(f"  {size:>7} cards: {run['seconds']:7.2f} s, "
              f"{run['seconds'] / size * 1000:.3f} ms/card, {run['bytes'] / size:.0f} B/card, "
              f"RSS {run['base_mb']:.0f} MB -> peak {run['peak_mb']:.0f} MB "
              f"(+{run['peak_mb'] - run['base_mb']:.0f} MB)")  # fmt: skip
    with tempfile.TemporaryDirectory() as folder:
        base = baseline(500, Path(folder) / "baseline.pdf")
    print(f"baseline (reportlab + segno defaults, one rect per module, 500 cards): "
          f"{base * 1000:.3f} ms per card")  # fmt: skip
    print(f"speed-up: {base / per_card:.1f}x over the baseline; "
          f"{GLABELS_MS / 1000 / per_card:.1f}x over glabels 3 ({GLABELS_MS} ms/card)")  # fmt: skip


if __name__ == "__main__":
    main()
