"""The incremental reconcile gives the attribution a full rebuild gives, whatever the history.

Random histories on a small campaign: imports of redemption and order files (exact codes, typing
errors, codes read from links, duplicates, out-of-window dates, cancelled orders, UTM-only and
postcode-only orders, other shops' discounts, codes like ours that no campaign printed), removals
of imports and review decisions, in any order. After each step the attribution (and its totals) is
compared with a full rebuild of a copy of the workspace.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from omniprint.cli.main import main
from omniprint.domain import codes as codelib
from omniprint.services import codes, imports, plan, report, review
from omniprint.services.printing import prepare_job
from omniprint.services.reconcile import Changes, reconcile
from omniprint.storage.workspace import Workspace

MAPPING = {
    "date": "date",
    "order": "order",
    "code": "code",
    "amount": "amount",
    "status": "status",
    "landing_url": "landing_url",
    "shipping_postcode": "shipping_postcode",
}


def _campaign(ws: Workspace) -> list[str]:
    """Variant A in 46001 and B in 46004 (a code per piece), a shared code for a drop of 3
    leaflets in 46007 (its quota: 3 uses), a control zone 46002. Returns the codes issued."""
    plan.create_campaign(
        ws, "Otoño", landing_url="https://tostadores.es/cafe", start_date="2026-10-01"
    )
    plan.add_piece(ws, "otono", kind="leaflet")
    plan.add_piece(ws, "otono", kind="leaflet", variant="B")
    for code, households in (("46001", 6), ("46004", 4), ("46007", 3)):
        plan.add_zone(
            ws, "otono", code=code, name=code, households=households, drop_date="2026-10-01"
        )
    plan.add_zone(ws, "otono", code="46002", name="Control", households=5, is_control=True)
    plan.add_drop(ws, "otono", piece="leaflet", variant="A", zone="46001")
    plan.add_drop(ws, "otono", piece="leaflet", variant="B", zone="46004")
    codes.generate_codes(ws, "otono", prefix="OTO")
    plan.add_drop(ws, "otono", piece="leaflet", variant="A", zone="46007")
    codes.generate_codes(ws, "otono", prefix="OTO", per="drop")
    issued: list[str] = []
    for variant in ("A", "B"):
        job = prepare_job(ws, "otono", "leaflet", variant)
        issued += [job.records[i]["code"] for i in range(len(job.records))]
    # A few codes, so that uses of the same code (duplicates, the quota) are frequent: the
    # shared one first, then two of each variant.
    shared = next(c for c in issued if issued.count(c) > 1)
    return [shared, *issued[1:3], *[c for c in issued if c != shared][-2:]]


def _typo(code: str, where: int) -> str:
    key = codelib.normalize(code)
    i = 3 + where % (len(key) - 3)
    return key[:i] + ("0" if key[i] != "0" else "1") + key[i + 1 :]


# One row: what kind, which code, which day (from 20 September), cancelled.
rows = st.tuples(
    st.sampled_from(
        ["code", "code", "code", "typo", "link", "utm", "postcode", "other", "lowercase", "foreign"]
    ),
    st.integers(0, 4),
    st.integers(0, 80),
    st.sampled_from([False, False, False, True]),
)
imported = st.tuples(st.just("import"), st.lists(rows, min_size=1, max_size=6))
steps = st.one_of(
    imported,
    imported,
    st.tuples(st.just("remove"), st.integers(0, 10)),
    st.tuples(
        st.just("decide"),
        st.integers(0, 40),
        st.sampled_from(["accept", "assign", "dismiss", "undo"]),
        st.integers(0, 30),
    ),
)

_order = itertools.count(1)


def _line(kind: str, code: str, day: int, cancelled: bool, n: int) -> str:
    when = (dt.date(2026, 9, 20) + dt.timedelta(days=day)).isoformat()
    typed, url, postcode = "", "", ""
    if kind == "code":
        typed = code
    elif kind == "lowercase":
        typed = code.lower().replace("-", " ")
    elif kind == "typo":
        typed = _typo(code, day)
    elif kind == "link":  # the code read from the landing page's link
        url = f"https://tostadores.es/cafe?code={codelib.normalize(code)}&utm_campaign=otono"
    elif kind == "utm":
        zone = ("46001-a", "46004-b", "46009-a")[day % 3]
        url = f"https://tostadores.es/cafe?utm_campaign=otono&utm_content={zone}"
    elif kind == "postcode":
        postcode = ("46001", "46002", "46007", "28001")[day % 4]
    elif kind == "foreign":  # looks like one of ours but no campaign's: unmatched, unclaimed
        typed = "XYZ" + codelib.normalize(code)[3:]
    else:
        typed = "SUMMER10"
    status = "cancelled" if cancelled else "paid"
    return f"{when},W{n},{typed},12.50,{status},{url},{postcode}"


def test_the_campaign_has_a_shared_code_and_codes_of_each_variant(ws: Workspace) -> None:
    issued = _campaign(ws)
    copies = [ws.one("SELECT copies FROM code WHERE display = ?", (c,))[0] for c in issued]
    assert len(set(issued)) == 5 and copies == [3, 1, 1, 1, 1]


def _attribution(ws: Workspace) -> list[tuple]:
    return sorted(
        tuple(r)
        for r in ws.query(
            "SELECT response_id, status, rule, campaign_id, drop_id, zone_id, code_id, typed,"
            " suggestion, revenue_cents FROM attribution"
        )
    )


def _full_rebuild_of(ws: Workspace, copy: Path) -> tuple[list[tuple], dict, int]:
    copy.unlink(missing_ok=True)
    ws.backup_to(copy)
    with Workspace.open(copy) as other:
        summary = reconcile(other)
        return _attribution(other), summary.counts, summary.corrected


def _unclaimed(ws: Workspace, file_name: str) -> int:
    """The records of an import that no campaign claims, counted one by one."""
    return ws.one(
        "SELECT COUNT(*) FROM response r JOIN import_file f ON f.id = r.import_id"
        " WHERE f.file_name = ? AND NOT EXISTS (SELECT 1 FROM attribution a"
        " WHERE a.response_id = r.id AND a.campaign_id IS NOT NULL)",
        (file_name,),
    )[0]


def _apply(ws: Workspace, step: tuple, issued: list[str], folder: Path):
    if step[0] == "import":
        n = next(_order)
        path = folder / f"orders-{n}.csv"
        lines = ["date,order,code,amount,status,landing_url,shipping_postcode"]
        for i, (kind, code, day, cancelled) in enumerate(step[1]):
            lines.append(_line(kind, issued[code % len(issued)], day, cancelled, n * 100 + i))
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        result = imports.import_file(ws, path, mapping=MAPPING)
        assert result.unmatched == _unclaimed(ws, path.name)
        return result.reconciled
    if step[0] == "remove":
        listed = imports.list_imports(ws)
        if listed:
            imports.remove_import(ws, listed[step[1] % len(listed)].id)
        return None
    _, which, action, code = step
    ids = [r[0] for r in ws.query("SELECT id FROM response ORDER BY id")]
    if ids:
        given = issued[code % len(issued)] if action == "assign" else None
        review.decide(ws, ids[which % len(ids)], action, given)
    return None


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(history=st.lists(steps, min_size=2, max_size=8))
# Histories that must re-rank what an import, a removal or a decision did not touch itself.
@example(history=[("import", [("code", 1, 20, False)]), ("import", [("code", 1, 10, False)])])
@example(
    history=[
        ("import", [("code", 0, 20, False), ("code", 0, 21, False)]),
        ("import", [("typo", 0, 15, False), ("code", 0, 22, False)]),
        ("remove", 0),
    ]
)
@example(
    history=[
        ("import", [("typo", 2, 12, False), ("code", 2, 20, False), ("code", 3, 9, False)]),
        ("decide", 0, "dismiss", 0),
        ("decide", 2, "assign", 2),
        ("decide", 0, "assign", 2),
        ("decide", 1, "undo", 0),
    ]
)
def test_incremental_reconcile_equals_a_full_rebuild(tmp_path_factory, history) -> None:
    folder = tmp_path_factory.mktemp("history")
    with Workspace.open(folder / "shop.omniprint") as ws:
        issued = _campaign(ws)
        reconcile(ws)
        for step in history:
            summary = _apply(ws, step, issued, folder)
            expected, counts, corrected = _full_rebuild_of(ws, folder / "copy.omniprint")
            assert _attribution(ws) == expected, step
            if summary is not None:
                assert (summary.counts, summary.corrected) == (counts, corrected)
            again = reconcile(ws, changes=Changes())  # nothing changed: nothing to redo
            assert (again.counts, again.corrected) == (counts, corrected)
            assert _attribution(ws) == expected


def _cli_counts(ws: Workspace, capsys, *args: str) -> dict:
    capsys.readouterr()
    assert main(["--workspace", str(ws.path), "--json", "reconcile", *args]) == 0
    return json.loads(capsys.readouterr().out)


def test_a_plan_change_is_caught_up_by_the_next_reconcile(
    ws: Workspace, tmp_path: Path, capsys
) -> None:
    issued = _campaign(ws)
    step = ("import", [("code", i, day, False) for i in (1, 2) for day in (12, 30)])
    _apply(ws, step, issued, tmp_path)
    before = _cli_counts(ws, capsys)
    assert (before["response"], before["duplicate"], before["out_of_window"]) == (2, 2, 0)

    # The leaflets of 46001 went out on 15 October, not the 1st: the uses of 12 October are
    # early now, the later ones count. No import or decision touched them.
    plan.update_zone(ws, "otono", "46001", drop_date="2026-10-15")
    after = _cli_counts(ws, capsys)
    assert (after["response"], after["duplicate"], after["out_of_window"]) == (2, 0, 2)
    assert _attribution(ws) == _full_rebuild_of(ws, tmp_path / "copy.omniprint")[0]
    assert _cli_counts(ws, capsys, "--full") == after

    # The report catches up too: the window of 46001 closes 60 days after its drop date.
    plan.update_zone(ws, "otono", "46001", drop_date="2026-08-01")
    assert report.campaign_report(ws, "otono").count("out_of_window") == 4
