"""Incremental reconcile: 1,000 new rows imported into a workspace of 1,000,000 attributed uses.

A campaign of N codes (default 1,000,000) and a till export using each once are imported and
reconciled. Then, in the same run:

- baseline: a full rebuild of every attribution (`reconcile(ws)`, what `reconcile --full` does and
  what every import used to do);
- an import of 1,000 new rows (uses of codes already used once, so each is re-ranked with the use
  it duplicates, 1 in 100 with a typing error, 1 in 100 a code nobody issued, as in
  bench_review.py), which reconciles incrementally; that incremental reconcile alone, run again
  over the same rows; an import of 1,000 more;
- the check that the incremental reconciles give the attribution a full rebuild gives (compared
  as sorted rows, and the totals).

    python3 benchmarks/bench_reconcile.py [N]
"""

from __future__ import annotations

import hashlib
import sys
import tempfile
import time
from pathlib import Path

from omniprint.services import codes, imports, plan
from omniprint.services.printing import prepare_job
from omniprint.services.reconcile import Changes, first_new_id, reconcile
from omniprint.storage.workspace import Workspace

NEW_ROWS = 1_000


def make_workspace(path: Path, n: int) -> list[str]:
    with Workspace.open(path) as ws:
        plan.create_campaign(ws, "Bench", landing_url="https://example.es/",
                             start_date="2026-01-01")  # fmt: skip
        plan.add_piece(ws, "bench", kind="leaflet")
        plan.add_zone(ws, "bench", code="28001", name="Centro", households=n)
        plan.add_drop(ws, "bench", piece="leaflet", zone="28001")
        codes.generate_codes(ws, "bench", prefix="BN")
        job = prepare_job(ws, "bench", "leaflet")
        issued = [job.records[i]["code"] for i in range(len(job.records))]
        first = path.with_name("first.csv")
        with first.open("w", encoding="utf-8") as handle:
            handle.write("date,receipt,code,amount,store\n")
            for i, code in enumerate(issued):
                handle.write(f"2026-01-{i % 28 + 1:02d},T{i},{code},{i % 50 + 1}.50,Centro\n")
        imports.import_file(ws, first)
        return issued


def write_new_rows(path: Path, issued: list[str], batch: int = 0) -> None:
    with path.open("w", encoding="utf-8") as handle:
        handle.write("date,receipt,code,amount,store\n")
        for i in range(NEW_ROWS):
            code = issued[(i * 7919 + batch) % len(issued)]
            if i % 100 == 3:
                code = f"BN-XXXX-{i:04d}-Q"
            elif i % 100 == 7:
                code = code[:-1] + ("Z" if code[-1] != "Z" else "Y")
            handle.write(f"2026-01-{i % 28 + 1:02d},N{batch}-{i},{code},9.50,Centro\n")


def reconciled_again(ws: Workspace, first: int) -> int:
    """The records an incremental reconcile of the rows from `first` on redoes: those rows and
    every other use of the codes they use."""
    return ws.one(
        "SELECT COUNT(DISTINCT response_id) FROM attribution WHERE response_id >= ?"
        " OR code_id IN (SELECT code_id FROM attribution WHERE response_id >= ?)",
        (first, first),
    )[0]


def digest(ws: Workspace) -> str:
    rows = ws.conn.execute(
        "SELECT response_id, status, rule, campaign_id, drop_id, zone_id, code_id, typed,"
        " suggestion, revenue_cents FROM attribution ORDER BY response_id, status, code_id"
    )
    h = hashlib.sha256()
    for row in rows:
        h.update(repr(tuple(row)).encode())
    return h.hexdigest()


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        ws_path = folder / "bench.omniprint"
        issued = make_workspace(ws_path, n)
        new_rows, next_rows = folder / "new.csv", folder / "next.csv"
        write_new_rows(new_rows, issued)
        write_new_rows(next_rows, issued, batch=1)
        with Workspace.open(ws_path) as ws:
            start = time.perf_counter()
            full = reconcile(ws)
            full_time = time.perf_counter() - start
            uses = full.count("response")

            first = first_new_id(ws)
            start = time.perf_counter()
            result = imports.import_file(ws, new_rows)
            import_time = time.perf_counter() - start
            start = time.perf_counter()
            reconcile(ws, changes=Changes(first_new=first))
            incremental_time = time.perf_counter() - start
            scope = reconciled_again(ws, first)

            start = time.perf_counter()
            summary = imports.import_file(ws, next_rows).reconciled
            next_time = time.perf_counter() - start
            incremental = digest(ws)

            rebuilt = reconcile(ws)
            same = digest(ws) == incremental and rebuilt.counts == summary.counts
    print(f"attributed uses before:              {uses:,}")
    print(f"full rebuild (reconcile --full):     {full_time:7.2f} s")
    print(f"import of {result.added:,} new rows + reconcile:  {import_time:7.3f} s"
          f"  ({import_time / full_time:.1%}; its typos read the code prefixes once)")  # fmt: skip
    print(f"import of {NEW_ROWS:,} more rows + reconcile: {next_time:7.3f} s"
          f"  ({next_time / full_time:.1%} of the full rebuild)")  # fmt: skip
    ratio = incremental_time / full_time
    print(f"incremental reconcile alone:         {incremental_time:7.3f} s"
          f"  ({ratio:.1%} of the full rebuild; goal under 5 %)")  # fmt: skip
    print(f"records reconciled again:            {scope:,}")
    print(f"same attribution as a full rebuild:  {'yes' if same else 'NO'}")
    if not same:
        sys.exit(1)


if __name__ == "__main__":
    main()
