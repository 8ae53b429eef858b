"""How long 1,000,000 coupon codes take to generate and store in a workspace.

Prints the time of `omniprint codes generate` (as the service runs it) for one drop of N pieces,
and a baseline measured in the same run: the same number of random keys from
`secrets.token_hex` inserted into a bare SQLite table with a unique index, which is the least
any implementation has to do.

    python3 benchmarks/bench_codes.py [N]
"""

from __future__ import annotations

import secrets
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from omniprint.domain import codes
from omniprint.services import plan
from omniprint.services.codes import generate_codes
from omniprint.storage.workspace import Workspace


def baseline(folder: Path, n: int) -> float:
    conn = sqlite3.connect(folder / "baseline.db", isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA cache_size = -131072")  # the same page cache as a workspace
    conn.execute("CREATE TABLE code (id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE)")
    start = time.perf_counter()
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO code (key) VALUES (?)", ((secrets.token_hex(5),) for _ in range(n))
    )
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def omniprint_run(folder: Path, n: int) -> tuple[float, float]:
    with Workspace.open(folder / "bench.omniprint") as ws:
        plan.create_campaign(ws, "Bench", landing_url="https://example.es/")
        plan.add_piece(ws, "bench", kind="business-card")
        plan.add_zone(ws, "bench", code="00001", name="All", households=n)
        plan.add_drop(ws, "bench", piece="business-card", zone="00001")
        start = time.perf_counter()
        codes.new_codes(n, prefix="BN")
        generate_only = time.perf_counter() - start
        start = time.perf_counter()
        result = generate_codes(ws, "bench", prefix="BN")
        elapsed = time.perf_counter() - start
        assert result.created == n
        assert ws.one("SELECT count(DISTINCT key) FROM code")[0] == n
    return generate_only, elapsed


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        base = baseline(folder, n)
        generate_only, total = omniprint_run(folder, n)
    print(f"codes:                         {n:,}")
    per_code = generate_only / n * 1e6
    print(f"generate only (domain):        {generate_only:6.2f} s  ({per_code:.2f} us/code)")
    print(f"generate + store (service):    {total:6.2f} s  ({total / n * 1e6:.2f} us/code)")
    print(f"baseline token_hex + insert:   {base:6.2f} s  ({base / n * 1e6:.2f} us/code)")
    print(f"ratio to baseline:             {total / base:6.2f} x")


if __name__ == "__main__":
    main()
