"""Press export on every core against one: wall time, CPU time and the bytes of both files.

Run: PYTHONPATH=src:tests python benchmarks/bench_render_parallel.py [cards] [--repeat N]
                                                                     [--jobs 2]

Each run renders ``cards`` unique business cards (the test card: QR, coupon code, zone, serial)
in press mode, in a fresh subprocess, with ``jobs=1`` and then ``jobs=N`` (default: every core),
``--repeat`` times each, alternating, and prints the best wall time of each, the CPU seconds
they used (workers included) and the ratio. The two files must be identical byte for byte
(rendered with invariant dates and ids); the run fails if they are not. On a busy machine the
wall-time ratio falls: the CPU figures show whether the parallel run did more work in total.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def child(cards: int, jobs: int, out: str) -> None:
    """Render ``cards`` in press mode with ``jobs`` processes; print one JSON line of figures."""
    from omniprint.render.fonts import load_fonts
    from omniprint.render.pdf import PrintOptions, render
    from support.render import BusinessRecords, card_design

    design = card_design()
    load_fonts()
    options = PrintOptions(mode="press", invariant=True, jobs=jobs)
    cpu0 = _cpu()
    start = time.perf_counter()
    result = render(design, BusinessRecords(cards), out, options)
    seconds = time.perf_counter() - start
    digest = hashlib.sha256(Path(out).read_bytes()).hexdigest()
    print(json.dumps({"jobs": jobs, "seconds": seconds, "cpu": _cpu() - cpu0,
                      "bytes": result.bytes, "sha256": digest}))  # fmt: skip


def _cpu() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _run(cards: int, jobs: int, folder: str) -> dict:
    out = str(Path(folder) / f"press-{jobs}.pdf")
    line = subprocess.run(
        [sys.executable, __file__, "--child", str(cards), "--jobs", str(jobs), "--out", out],
        check=True, capture_output=True, text=True,
    ).stdout.strip().splitlines()[-1]  # fmt: skip
    return json.loads(line)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cards", nargs="?", type=int, default=10_000)
    parser.add_argument("--jobs", type=int, default=0, help="workers of the parallel run (0: all)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.cards, args.jobs, args.out)
        return
    from omniprint.render.parallel import cpu_count

    jobs = args.jobs or cpu_count()
    best: dict[int, dict] = {}
    with tempfile.TemporaryDirectory() as folder:
        for _ in range(args.repeat):
            for n in (1, jobs):
                run = _run(args.cards, n, folder)
                if n not in best or run["seconds"] < best[n]["seconds"]:
                    best[n] = run
    one, many = best[1], best[jobs]
    if one["sha256"] != many["sha256"]:
        raise SystemExit("the files differ: jobs=1 and jobs=N must write the same bytes")
    print(f"press export, {args.cards:,} cards, best of {args.repeat} (same bytes: "
          f"{one['bytes']:,}, sha256 {one['sha256'][:12]})")  # fmt: skip
    for run in (one, many):
        print(f"  jobs={run['jobs']}: {run['seconds']:6.2f} s wall, {run['cpu']:6.2f} s CPU, "
              f"{run['seconds'] / args.cards * 1000:.3f} ms per card")  # fmt: skip
    print(f"  {jobs} cores vs 1: {one['seconds'] / many['seconds']:.2f}x faster "
          f"(CPU used: {many['cpu'] / one['cpu']:.2f}x)")  # fmt: skip


if __name__ == "__main__":
    main()
