"""Reconciliation: what came back, tied to campaign, piece, zone and variant; report figures."""

from __future__ import annotations

import datetime as dt
import json
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from omniprint.cli.main import main
from omniprint.domain.errors import InputFileError
from omniprint.services import imports, report, review
from omniprint.storage.workspace import Workspace
from support import FIXTURES
from support.reconcile import shopify_file, till_file, two_variant_campaign


@pytest.fixture
def loaded(ws: Workspace, tmp_path: Path):
    issued = two_variant_campaign(ws)
    c1, c2, c3 = issued[0], issued[1], issued[300 + 98]  # A#1, A#2, B#99
    shop = shopify_file(tmp_path / "orders.csv", c1, c2, c3)
    till = till_file(tmp_path / "canjes.csv", c1, c2)
    for path in (shop, till, FIXTURES / "ga4_traffic_acquisition.csv"):
        imports.import_file(ws, path)
    return ws, issued, (shop, till)


def _row(data: dict, zone: str) -> dict:
    return next(r for r in data["rows"] if r["zone"] == zone)


def test_report_figures(loaded, capsys) -> None:
    ws, _, _ = loaded
    assert main(["--workspace", str(ws.path), "--json", "report", "otono-2026"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["campaign"] == "otono-2026" and data["currency"] == "EUR"
    a, b, control = _row(data, "46001"), _row(data, "46004"), _row(data, "46002")
    # A: till redemption of code 1 on 03/10 (12.50; Shopify #1001 used it later: duplicate) and
    # code 2 typed with one error on 04/10 (8.00, corrected; used again 15/10: duplicate).
    assert (a["store_redemptions"], a["online_orders"], a["responses"]) == (2, 0, 2)
    assert a["revenue"] == "20.50" and a["pieces"] == 300 and a["cost"] == "24.00"
    assert a["cost_per_response"] == "12.00" and a["roi"] == "-0.15" and a["visits"] == 88
    # B: Shopify #1004 (45.00, 9.00 refunded); #1002 has no code but ships to 46004: match-back.
    assert (b["online_orders"], b["revenue"], b["matchback_orders"], b["visits"]) == (
        1,
        "36.00",
        1,
        63,
    )
    assert b["roi"] == "1.25"
    assert control["control"] is True and control["pieces"] == 0 and control["households"] == 250
    assert data["totals"]["responses"] == 3 and data["totals"]["revenue"] == "56.50"
    assert (data["unmatched"], data["corrected"], data["duplicates"]) == (1, 1, 2)
    assert data["out_of_window"] == 0 and data["cancelled"] == 1  # Shopify #1003 was voided
    assert data["lift"]["variants"][0]["verdict"] == (
        "Not enough responses yet to tell A from B. A and B went to different zones: part of any"
        " difference may come from the zones, not the design, so this is a weaker test."
    )
    assert data["lift"]["variants"][0]["same_zones"] is False


def test_reimport_and_overlap_add_nothing(loaded, tmp_path: Path) -> None:
    ws, _, (shop, _) = loaded
    before = report.campaign_report(ws, "otono-2026")
    again = imports.import_file(ws, shop)
    assert again.already_imported and again.added == 0
    # The same orders in another export (another file, same order ids): nothing added twice.
    overlap = tmp_path / "orders_again.csv"
    overlap.write_text(shop.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    result = imports.import_file(ws, overlap)
    assert (result.added, result.known) == (0, 4)
    after = report.campaign_report(ws, "otono-2026")
    assert after.totals == before.totals and after.counts == before.counts


def test_review_decisions_update_results_and_can_be_undone(loaded) -> None:
    ws, issued, _ = loaded
    items = review.review_list(ws, "otono-2026")
    unmatched = next(i for i in items if i.status == "unmatched")
    assert (unmatched.typed, unmatched.file_name, unmatched.line) == (
        "OTO-W1KD-99ZQ-3",
        "canjes.csv",
        5,
    )
    review.decide(ws, unmatched.response_id, "assign", issued[310])
    rep = report.campaign_report(ws, "otono-2026")
    assert rep.totals.store_redemptions == 3 and rep.count("unmatched") == 0
    assert rep.totals.revenue_cents == 5650 + 125000
    review.decide(ws, unmatched.response_id, "undo")
    assert report.campaign_report(ws, "otono-2026").count("unmatched") == 1
    corrected = next(i for i in items if i.rule == "corrected")
    review.decide(ws, corrected.response_id, "dismiss")
    rep = report.campaign_report(ws, "otono-2026")
    # With the corrected use left out, the later use of the same code (15/10) is the response.
    assert rep.count("dismissed") == 1 and rep.count("duplicate") == 1
    assert rep.totals.store_redemptions == 2


def _sort_key(sort: str):
    """What `review.review_ids` sorts by, in Python: None first, as SQLite orders NULL."""
    cents = lambda i: None if i.amount is None else int(i.amount.replace(".", ""))  # noqa: E731
    category = lambda i: i.rule if i.rule in ("corrected", "manual") else i.status  # noqa: E731
    value = {
        "when": lambda i: i.occurred_at,
        "typed": lambda i: i.typed,
        "code": lambda i: i.code,
        "amount": cents,
        "store": lambda i: i.store,
        "source": lambda i: (i.file_name, i.line),
        "category": category,
        "decision": lambda i: i.decision,
    }[sort]
    return lambda i: (value(i) is not None, value(i), i.response_id)


def test_review_pages_sort_and_count_like_the_list(loaded, capsys) -> None:
    ws, issued, _ = loaded
    unmatched = next(i for i in review.review_list(ws, "otono-2026") if i.status == "unmatched")
    review.decide(ws, unmatched.response_id, "assign", issued[310])
    items = review.review_list(ws, "otono-2026")
    assert {i.decision for i in items} == {None, "assign"}
    for sort in review.SORTS:
        expected = [i.response_id for i in sorted(items, key=_sort_key(sort))]
        assert list(review.review_ids(ws, "otono-2026", sort=sort)) == expected, sort
        descending = review.review_ids(ws, "otono-2026", sort=sort, descending=True)
        assert list(descending) == expected[::-1], sort
    ids = review.review_ids(ws, "otono-2026", sort="category", ranking=("manual", "duplicate"))
    assert [review.review_items_by_id(ws, [i])[0].rule for i in ids][:2] == ["corrected", "manual"]
    by_id = {i.response_id: i for i in items}
    assert review.review_items_by_id(ws, ids[::-1]) == [by_id[i] for i in ids[::-1]]
    assert review.review_items_by_id(ws, [10**9]) == []
    # Counts of what waits for a decision, and one list at a time.
    assert review.review_counts(ws, "otono-2026") == {"corrected": 1, "duplicate": 2}
    for category, n in (("manual", 1), ("corrected", 1), ("duplicate", 2), ("unmatched", 0)):
        assert len(review.review_ids(ws, "otono-2026", category)) == n, category
    # The CLI: --limit keeps the first N of the same list.
    assert main(["--workspace", str(ws.path), "--json", "review", "list", "--limit", "2"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [i["response_id"] for i in listed] == [i.response_id for i in items[:2]]


def test_remove_import_removes_only_its_records(loaded) -> None:
    ws, _, _ = loaded
    first = imports.list_imports(ws)[0]
    removed = imports.remove_import(ws, first.id)
    assert removed == 4
    assert ws.one("SELECT COUNT(*) FROM response")[0] == 8
    rep = report.campaign_report(ws, "otono-2026")
    assert rep.totals.online_orders == 0 and rep.totals.store_redemptions == 2


def test_orders_matched_by_utm_and_out_of_window(ws: Workspace, tmp_path: Path) -> None:
    issued = two_variant_campaign(ws)
    path = tmp_path / "woo.csv"
    path.write_text(
        "date,order,amount,landing_url,code\n"
        "2026-10-05,9001,30.00,https://tostadores.es/cafe?utm_source=leaflet&utm_medium=print"
        "&utm_campaign=otono-2026&utm_content=46004-b,\n"
        f"2026-09-20,9002,10.00,,{issued[5]}\n"
        f"2027-01-15,9003,10.00,,{issued[6]}\n",
        encoding="utf-8",
    )
    imports.import_file(
        ws,
        path,
        mapping={
            "date": "date",
            "order": "order",
            "amount": "amount",
            "landing_url": "landing_url",
            "code": "code",
        },
    )
    rep = report.campaign_report(ws, "otono-2026")
    b = next(r for r in rep.rows if r.zone == "46004")
    assert b.tally.online_orders == 1 and b.tally.revenue_cents == 3000
    assert rep.count("out_of_window") == 2 and rep.count("utm") == 1


# Each code is counted once, whatever the order in which files are imported. -----------------

uses = st.lists(
    st.tuples(st.integers(0, 7), st.integers(1, 70), st.booleans(), st.sampled_from("sw")),
    min_size=1,
    max_size=25,
)


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(uses=uses, seed=st.integers(0, 1000))
def test_counts_do_not_depend_on_import_order(tmp_path_factory, uses, seed) -> None:
    folder = tmp_path_factory.mktemp("order")
    results = []
    for attempt in range(2):
        with Workspace.open(folder / f"w{attempt}.omniprint") as ws:
            issued = two_variant_campaign(ws)
            files = []
            for n, chunk in enumerate((uses[::2], uses[1::2])):
                if not chunk:
                    continue
                path = folder / f"{attempt}-{n}.csv"
                lines = ["date,receipt,code,amount,store,status"]
                for i, (code, day, cancelled, where) in enumerate(chunk):
                    when = (dt.date(2026, 9, 30) + dt.timedelta(days=day)).isoformat()
                    status = "cancelled" if cancelled else "paid"
                    lines.append(f"{when},{where}{n}-{i},{issued[code * 40]},5.00,{where},{status}")
                path.write_text("\n".join(lines) + "\n", encoding="utf-8")
                files.append(path)
            random.Random(seed + attempt).shuffle(files)
            for path in files:
                imports.import_file(ws, path)
            for path in files:  # importing again changes nothing
                assert imports.import_file(ws, path).added == 0
            rep = report.campaign_report(ws, "otono-2026")
            results.append((rep.totals, rep.counts))
    assert results[0] == results[1]
    # Drop on 1 October, 60-day window: days 1 to 61 count.
    expected = len({code for code, day, cancelled, _ in uses if not cancelled and day <= 61})
    assert results[0][0].responses == expected


# Files that cannot be imported leave the workspace as it was. --------------------------------


def _snapshot(ws: Workspace) -> tuple:
    return tuple(
        ws.one(f"SELECT COUNT(*) FROM {t}")[0]
        for t in ("import_file", "response", "response_code", "attribution")
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40, "binary data"),
        (b"# only a comment\n\n", "no header line found"),
        (b"colour,size\nred,4\n", "this layout is not one OmniPrint knows"),
        (b'date,code\n2026-10-01,"' + b"x" * 100_000_000 + b'"\n', "larger than 1,000,000"),
    ],
)
def test_unimportable_files(loaded, tmp_path: Path, content: bytes, message: str) -> None:
    ws, _, _ = loaded
    before = _snapshot(ws)
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(InputFileError) as err:
        imports.import_file(ws, path)
    assert str(path) in str(err.value) and message in str(err.value)
    assert _snapshot(ws) == before


def test_rows_that_cannot_be_read_are_named_and_kept(ws: Workspace, tmp_path: Path) -> None:
    issued = two_variant_campaign(ws)
    path = tmp_path / "till.csv"
    path.write_text(
        f"date,code,amount,store\n2026-10-02,{issued[0]},5.00,Centro\n"
        f"yesterday,{issued[1]},5.00,Centro\n2026-10-03,{issued[2]},five,Centro\n",
        encoding="utf-8",
    )
    result = imports.import_file(ws, path)
    assert result.added == 1
    assert [(p.line, p.column) for p in result.refused] == [(3, "date"), (4, "amount")]
    stored = ws.query("SELECT line, column_name FROM refused_row ORDER BY line")
    assert [tuple(r) for r in stored] == [(3, "date"), (4, "amount")]


def test_a_killed_import_leaves_nothing(ws_path: Path, tmp_path: Path) -> None:
    with Workspace.open(ws_path) as ws:
        issued = two_variant_campaign(ws)
    big = tmp_path / "big.csv"
    with big.open("w", encoding="utf-8") as handle:
        handle.write("date,receipt,code,amount,store\n")
        for i in range(250_000):
            handle.write(f"2026-10-{i % 28 + 1:02d},R{i},{issued[i % 500]},5.00,Centro\n")
    proc = subprocess.Popen(
        [sys.executable, "-m", "omniprint", "--workspace", str(ws_path), "import", str(big)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    # Kill it while it writes: once its transaction has put a megabyte into the WAL file.
    wal = ws_path.with_name(ws_path.name + "-wal")
    deadline = time.monotonic() + 120
    while proc.poll() is None and time.monotonic() < deadline:
        if wal.exists() and wal.stat().st_size > 1_000_000:
            break
        time.sleep(0.01)
    assert proc.poll() is None, "the import finished before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    conn = sqlite3.connect(ws_path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT COUNT(*) FROM response").fetchone()[0] == 0
    assert conn.execute("SELECT COUNT(*) FROM import_file").fetchone()[0] == 0
    conn.close()


def test_a_dismissed_use_of_an_issued_code_stays_in_review(loaded) -> None:
    ws, _, _ = loaded
    duplicate = next(i for i in review.review_list(ws, "otono-2026") if i.status == "duplicate")
    review.decide(ws, duplicate.response_id, "dismiss")
    after = {i.response_id: i for i in review.review_list(ws, "otono-2026")}
    assert after[duplicate.response_id].status == "dismissed"
    assert after[duplicate.response_id].decision == "dismiss"
    review.decide(ws, duplicate.response_id, "undo")
    again = {i.response_id: i for i in review.review_list(ws, "otono-2026")}
    assert again[duplicate.response_id].status == "duplicate"


def test_caveats_speak_of_one_code_in_the_singular(loaded) -> None:
    ws, _, _ = loaded
    rep = report.campaign_report(ws, "otono-2026")
    counts = {k: rep.count(k) for k in ("unmatched", "corrected", "duplicate")}
    for text in rep.caveats:
        assert not text.startswith("1 codes") and not text.startswith("1 uses"), text
    if counts["corrected"] == 1:
        assert any(c.startswith("1 code had one typing error and was") for c in rep.caveats)
    if counts["duplicate"] > 1:
        assert any(c.startswith(f"{counts['duplicate']} codes were used") for c in rep.caveats)
    assert 1 in counts.values()  # the fixture has a single corrected or unmatched code
