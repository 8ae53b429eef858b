"""Import and reconcile a 1,000,000-row redemption CSV against 1,000,000 issued codes.

Prints the time OmniPrint takes (read, store with provenance, reconcile) and a baseline measured
in the same run: the `sqlite3` command-line shell importing the same CSV with `.import` into a
copy of the same codes and running one SQL join that counts the matches. The goal is to stay
within 3x of that baseline.

    python3 benchmarks/bench_import.py [ROWS]
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from omniprint.services import codes, imports, plan
from omniprint.services.printing import prepare_job
from omniprint.services.reconcile import reconcile
from omniprint.storage.workspace import Workspace


def make_workspace(path: Path, n: int) -> list[str]:
    with Workspace.open(path) as ws:
        plan.create_campaign(ws, "Bench", landing_url="https://example.es/",
                             start_date="2026-01-01")  # fmt: skip
        plan.add_piece(ws, "bench", kind="leaflet")
        plan.add_zone(ws, "bench", code="28001", name="Centro", households=n)
        plan.add_drop(ws, "bench", piece="leaflet", zone="28001")
        codes.generate_codes(ws, "bench", prefix="BN")
        job = prepare_job(ws, "bench", "leaflet")
        return [job.records[i]["code"] for i in range(len(job.records))]


def write_csv(path: Path, issued: list[str]) -> None:
    with path.open("w", encoding="utf-8") as handle:
        handle.write("date,receipt,code,amount,store\n")
        for i, code in enumerate(issued):
            handle.write(f"2026-01-{i % 28 + 1:02d},T{i},{code},{i % 50 + 1}.50,Centro\n")


def baseline(db: Path, csv_path: Path) -> tuple[float, int]:
    script = (
        ".mode csv\n"
        f".import {csv_path} uses\n"
        "SELECT COUNT(*) FROM uses u JOIN code c"
        " ON c.key = upper(replace(u.code, '-', ''));\n"
    )
    start = time.perf_counter()
    done = subprocess.run(["sqlite3", str(db)], input=script, capture_output=True, text=True,
                          check=True)  # fmt: skip
    return time.perf_counter() - start, int(done.stdout.strip().splitlines()[-1])


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    if shutil.which("sqlite3") is None:
        sys.exit("the baseline needs the sqlite3 command-line shell (apt-get install sqlite3)")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        ws_path = folder / "bench.omniprint"
        issued = make_workspace(ws_path, n)
        csv_path = folder / "redemptions.csv"
        write_csv(csv_path, issued)
        base_db = folder / "baseline.db"
        with Workspace.open(ws_path) as ws:
            ws.backup_to(base_db)
        base_time, base_matches = baseline(base_db, csv_path)

        with Workspace.open(ws_path) as ws:
            start = time.perf_counter()
            result = imports.import_file(ws, csv_path)
            total = time.perf_counter() - start
            start = time.perf_counter()
            summary = reconcile(ws)
            again = time.perf_counter() - start
    print(f"rows:                              {n:,}")
    print(f"omniprint import + reconcile:      {total:7.2f} s  ({total / n * 1e6:.1f} us/row)")
    print(f"  of which reconcile alone:        {again:7.2f} s")
    print(f"  rows added / responses:          {result.added:,} / {summary.count('response'):,}")
    print(f"baseline sqlite3 .import + join:   {base_time:7.2f} s  ({base_matches:,} matches)")
    print(f"ratio to baseline:                 {total / base_time:7.2f} x  (goal: within 3x)")


if __name__ == "__main__":
    main()
