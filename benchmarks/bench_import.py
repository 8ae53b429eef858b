"""Import and reconcile a 1,000,000-row redemption CSV against 1,000,000 issued codes.

Prints the time OmniPrint takes (read, store with provenance, reconcile) and a baseline measured
in the same run: the `sqlite3` command-line shell importing the same CSV with `.import` into a
copy of the same codes and running one SQL join that counts the matches. The goal is to stay
within 2x of that baseline (3x at least).

The import runs in a process of its own, as `omniprint import` does, so that its peak memory
(resident set: Python, SQLite's page cache and the pages of the file mapped while read) is the
import's and not that of making the million codes.

    PYTHONPATH=src python3 benchmarks/bench_import.py [ROWS] [--spanish]

With ``--spanish`` the list is written as a Spanish till writes it (cp1252, semicolons, CRLF,
day-first dates, amounts like ``12,50 €``, a store with an accent: the layout of
``canjes_tienda_es.csv`` described in the shared fixtures' README, with a receipt column). The
baseline imports the same file.
"""

from __future__ import annotations

import json
import resource
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


def write_spanish_csv(path: Path, issued: list[str]) -> None:
    with path.open("w", encoding="cp1252", newline="") as handle:
        handle.write("Fecha;Ticket;Cupón;Importe;Tienda\r\n")
        for i, code in enumerate(issued):
            handle.write(f"{i % 28 + 1:02d}/01/2026;T{i};{code};{i % 50 + 1},50 €;Málaga\r\n")


def baseline(db: Path, csv_path: Path, separator: str = ",") -> tuple[float, int]:
    script = (
        ".mode csv\n"
        f".separator {separator}\n"
        "CREATE TABLE uses (date TEXT, receipt TEXT, code TEXT, amount TEXT, store TEXT);\n"
        f".import --skip 1 {csv_path} uses\n"
        "SELECT COUNT(*) FROM uses u JOIN code c"
        " ON c.key = upper(replace(u.code, '-', ''));\n"
    )
    start = time.perf_counter()
    done = subprocess.run(["sqlite3", str(db)], input=script, capture_output=True, text=True,
                          check=True)  # fmt: skip
    return time.perf_counter() - start, int(done.stdout.strip().splitlines()[-1])


def imported(ws_path: Path, csv_path: Path) -> dict:
    """Import and reconcile in a fresh process; its figures as a dict."""
    done = subprocess.run(
        [sys.executable, __file__, "--child", str(ws_path), str(csv_path)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return json.loads(done.stdout.strip().splitlines()[-1])


def peak_kib() -> int:
    """The process's peak resident memory. Linux keeps ru_maxrss across exec (the benchmark's
    own million codes would show), so VmHWM is read where there is one."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux, bytes on macOS


def child(ws_path: Path, csv_path: Path) -> None:
    before = peak_kib()
    with Workspace.open(ws_path) as ws:
        start = time.perf_counter()
        result = imports.import_file(ws, csv_path)
        total = time.perf_counter() - start
        start = time.perf_counter()
        summary = reconcile(ws)
        again = time.perf_counter() - start
    peak = peak_kib()
    print(json.dumps({"total": total, "again": again, "added": result.added,
                      "responses": summary.count("response"), "start_kib": before,
                      "peak_kib": peak}))  # fmt: skip


def main() -> None:
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        child(Path(sys.argv[2]), Path(sys.argv[3]))
        return
    args = [a for a in sys.argv[1:] if a != "--spanish"]
    spanish = "--spanish" in sys.argv
    n = int(args[0]) if args else 1_000_000
    if shutil.which("sqlite3") is None:
        sys.exit("the baseline needs the sqlite3 command-line shell (apt-get install sqlite3)")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        ws_path = folder / "bench.omniprint"
        issued = make_workspace(ws_path, n)
        csv_path = folder / "redemptions.csv"
        (write_spanish_csv if spanish else write_csv)(csv_path, issued)
        base_db = folder / "baseline.db"
        with Workspace.open(ws_path) as ws:
            ws.backup_to(base_db)
        base_time, base_matches = baseline(base_db, csv_path, ";" if spanish else ",")

        size = csv_path.stat().st_size
        found = imported(ws_path, csv_path)
    total = found["total"]
    layout = "as a Spanish till writes it" if spanish else "ISO days, decimal points"
    print(f"rows:                              {n:,} ({size / 1e6:.0f} MB of CSV, {layout})")
    print(f"omniprint import + reconcile:      {total:7.2f} s  ({total / n * 1e6:.1f} us/row)")
    print(f"  a full reconcile again:          {found['again']:7.2f} s")
    print(f"  rows added / responses:          {found['added']:,} / {found['responses']:,}")
    print(f"  peak memory (resident):          {found['peak_kib'] / 1024:7.0f} MB"
          f"  (at the start: {found['start_kib'] / 1024:.0f} MB)")  # fmt: skip
    print(f"baseline sqlite3 .import + join:   {base_time:7.2f} s  ({base_matches:,} matches)")
    print(f"ratio to baseline:                 {total / base_time:7.2f} x  (goal: 2x, 3x at least)")


if __name__ == "__main__":
    main()
