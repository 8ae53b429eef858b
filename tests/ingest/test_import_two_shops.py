"""Two Shopify shops in one currency are two shops (issue 14, "Two stores are two stores").

Both shops number their orders from ``#1001``; Shopify's orders export (Help Center "Exporting
orders", fixtures/real) has an ``Id`` column, the order's global id. Through ``import --json``
and the database: the second shop's orders are kept beside the first one's, the same orders
again add nothing, and records kept by an earlier version (keyed by ``Name``, no id) are still
recognised.
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest

from omniprint.cli.main import main
from omniprint.domain.i18n import set_translations
from support import FIXTURES

SAMPLE = FIXTURES / "real" / "shopify_orders_export_2026.csv"
SHOPIFY = SAMPLE.read_text(encoding="utf-8")
TABLE = list(csv.reader(io.StringIO(SHOPIFY, newline="")))
HEADER = TABLE[0]
ID, CREATED, NAME = HEADER.index("Id"), HEADER.index("Created at"), HEADER.index("Name")


def shop_file(
    path: Path, *, other_shop: bool = False, names: set[str] | None = None, no_id: bool = False
) -> Path:
    """The sample export as one shop wrote it; ``other_shop``: the same order names with other
    ids, made a month later; ``names``: only these orders (a partial export); ``no_id``: without
    the Id column (a file cut down by hand)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    keep = [i for i in range(len(HEADER)) if not (no_id and i == ID)]
    writer.writerow([HEADER[i] for i in keep])
    for row in TABLE[1:]:
        row = list(row)
        if names is not None and row[NAME] not in names:
            continue
        if other_shop:
            row[ID] = str(int(row[ID]) + 900_000) if row[ID] else ""
            row[CREATED] = row[CREATED].replace("2026-10-", "2026-11-")
        writer.writerow([row[i] for i in keep])
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


@pytest.fixture(autouse=True)
def english(monkeypatch):
    monkeypatch.delenv("OMNIPRINT_LANG", raising=False)
    set_translations("en")
    yield
    set_translations("en")


@pytest.fixture
def run(ws_path: Path, capsys):
    assert main(["--workspace", str(ws_path), "init"]) == 0
    capsys.readouterr()

    def imported(path: Path, *args: str) -> dict:
        code = main(["--workspace", str(ws_path), "--json", "import", *args, str(path)])
        out, err = capsys.readouterr()
        assert code == 0, out + err
        return json.loads(out)

    return imported


def rows(ws_path: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(ws_path) as db:
        return db.execute(sql).fetchall()


def test_two_shops_in_one_currency_keep_every_order(run, ws_path: Path, tmp_path: Path) -> None:
    lisbon = shop_file(tmp_path / "lisboa.csv")
    madrid = shop_file(tmp_path / "madrid.csv", other_shop=True)
    assert (run(lisbon)["added"], run(madrid)["added"]) == (7, 7)
    # Both shops' #1042, each with its own id and date.
    assert rows(
        ws_path,
        "SELECT natural_key, json_extract(extra, '$.order_id'), substr(occurred_at, 1, 10)"
        " FROM response WHERE natural_key LIKE '#1042%' ORDER BY id",
    ) == [
        ("#1042", "6203371831458", "2026-10-20"),
        ("#1042 (Id 6203372731458)", "6203372731458", "2026-11-20"),
    ]
    assert rows(ws_path, "SELECT source, COUNT(*) FROM response GROUP BY 1 ORDER BY 1") == [
        ("shopify:EUR", 10),
        ("shopify:GBP", 2),
        ("shopify:USD", 2),
    ]
    # Each file again (a new download: the bytes differ) adds nothing, in either order.
    for path in (madrid, lisbon):
        path.write_text(path.read_text(encoding="utf-8") + "\n", encoding="utf-8")
        out = run(path)
        assert (out["added"], out["known"], out["already_imported"]) == (0, 7, False)
    assert rows(ws_path, "SELECT COUNT(*) FROM response") == [(14,)]


def test_an_overlapping_export_of_the_second_shop_adds_its_new_orders(
    run, ws_path: Path, tmp_path: Path
) -> None:
    run(shop_file(tmp_path / "lisboa.csv"))
    early = {"#1041", "#1042", "#1043"}
    first = run(shop_file(tmp_path / "madrid_oct.csv", other_shop=True, names=early))
    assert (first["added"], first["known"]) == (3, 0)
    later = {"#1042", "#1043", "#1044", "#1045"}
    out = run(shop_file(tmp_path / "madrid_nov.csv", other_shop=True, names=later))
    assert (out["added"], out["known"]) == (2, 2)
    assert rows(ws_path, "SELECT COUNT(*) FROM response") == [(7 + 5,)]


def test_orders_kept_by_an_earlier_version_are_still_recognised(
    run, ws_path: Path, tmp_path: Path
) -> None:
    """Before ids were kept, a Shopify order was (source "shopify:EUR", "#1042") and nothing
    more: the same orders imported again add nothing; another shop's #1042 is still kept."""
    run(shop_file(tmp_path / "lisboa.csv"))
    with sqlite3.connect(ws_path) as db:  # as the earlier version wrote them
        db.execute("UPDATE response SET extra = json_remove(extra, '$.order_id')")
    assert rows(ws_path, "SELECT COUNT(*) FROM response WHERE extra LIKE '%order_id%'") == [(0,)]
    path = shop_file(tmp_path / "lisboa_again.csv")
    path.write_text(path.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    again = run(path)
    assert (again["added"], again["known"]) == (0, 7)
    madrid = run(shop_file(tmp_path / "madrid.csv", other_shop=True))
    assert (madrid["added"], madrid["known"]) == (7, 0)
    assert rows(ws_path, "SELECT COUNT(*) FROM response") == [(14,)]


def test_without_the_id_column_a_second_shop_is_told_to_name_itself(
    run, ws_path: Path, tmp_path: Path
) -> None:
    """A file with no Id: the same numbers are "already known", and the note says how to name
    another shop; named, its orders are kept."""
    run(shop_file(tmp_path / "lisboa.csv"))
    madrid = shop_file(tmp_path / "madrid.csv", other_shop=True, no_id=True)
    out = run(madrid)
    assert (out["added"], out["known"]) == (0, 7)
    why = " ".join(out["notes"])
    assert "lisboa.csv" in why and "--source NAME" in why
    named = run(madrid, "--source", "madrid")
    assert (named["added"], named["source"]) == (7, "shopify:madrid")
    # The first, empty import of that file was forgotten; nothing else was.
    assert rows(ws_path, "SELECT file_name, added FROM import_file ORDER BY id") == [
        ("lisboa.csv", 7),
        ("madrid.csv", 7),
    ]
