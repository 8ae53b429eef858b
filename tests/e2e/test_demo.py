"""The sample workspace: the whole loop from plan to ROI, the same figures on every run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from omniprint.cli.main import main
from omniprint.domain.errors import Cancelled, ConflictError
from omniprint.domain.tasks import CancelToken
from omniprint.render.pdf import PrintOptions
from omniprint.services import demo, imports, plan, printing, report
from omniprint.storage.workspace import Workspace

# Responses per drop (zone, variant): round(pieces x rate of the variant x factor of the zone).
RESPONSES = {
    ("46003", "A"): 25,
    ("46004", "A"): 53,
    ("46005", "A"): 15,
    ("46008", "A"): 22,
    ("46010", "A"): 11,
    ("46003", "B"): 14,
    ("46004", "B"): 30,
    ("46005", "B"): 9,
    ("46008", "B"): 12,
    ("46010", "B"): 6,
}


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return demo.create_demo(tmp_path_factory.mktemp("demo") / "sample.omniprint")


@pytest.fixture
def ws(sample: Path):
    with Workspace.open(sample, create=False) as workspace:
        yield workspace


def test_plan(ws: Workspace) -> None:
    summary = plan.plan_summary(ws, "primavera-2027")
    assert summary.campaign.name == "Primavera 2027"
    assert len(summary.zones) == 6 and [z.code for z in summary.zones if z.is_control] == ["46021"]
    assert [v.label for _, variants in summary.pieces for v in variants] == ["A", "B"]
    assert all(2_000 <= z.households <= 6_000 for z in summary.zones)
    assert all(3_800 <= z.cpm_cents <= 4_500 for z in summary.zones if not z.is_control)
    assert summary.totals.pieces == 17_402 and summary.totals.total_cents == 123_140


def test_codes_and_imports(sample: Path) -> None:
    info = demo.describe_demo(sample)
    assert (info.business, info.codes, info.zones, info.control_zones) == (
        "Horno de la Plaza",
        17_402,
        6,
        1,
    )
    with Workspace.open(sample, create=False) as ws:
        found = [(i.file_name, i.preset, i.refused) for i in imports.list_imports(ws)]
    assert found == [
        ("canjes_caja.csv", "generic", 0),
        ("pedidos_shopify.csv", "shopify", 0),
        ("ga4_adquisicion_trafico.csv", "ga4", 0),
    ]


def test_report_figures(ws: Workspace) -> None:
    rep = report.campaign_report(ws, "primavera-2027")
    got = {(r.zone, r.variant): r.tally for r in rep.rows if not r.control and not r.zone_total}
    assert {k: t.responses for k, t in got.items()} == RESPONSES
    for (zone, variant), tally in got.items():
        assert tally.responses == demo.expected_responses(tally.pieces, zone, variant)
    for zone in {z for z, _ in got}:
        rate = (got[(zone, "A")].responses + got[(zone, "B")].responses) / (
            got[(zone, "A")].pieces + got[(zone, "B")].pieces
        )
        assert 0.005 <= rate <= 0.02, zone
    best = max(got.items(), key=lambda item: item[1].roi)
    assert best[0] == ("46004", "B") and best[1].roi > 3
    assert got[("46004", "A")].roi > 1 and got[("46010", "B")].roi < 0
    assert rep.totals.revenue_cents == 255_213 and rep.totals.responses == 197
    control = next(r for r in rep.rows if r.control)
    assert (control.zone, control.tally.matchback_orders, control.tally.pieces) == ("46021", 7, 0)
    assert rep.totals.matchback_orders == 36
    counts = {s: rep.count(s) for s in ("unmatched", "duplicate", "cancelled", "out_of_window")}
    assert counts == {"unmatched": 1, "duplicate": 1, "cancelled": 1, "out_of_window": 0}
    assert rep.count("corrected") == 1
    # Web-shop orders (49 coded, 29 without a code) against the control zone's 7, per household.
    lift = rep.lift
    assert (lift.treated_orders, lift.control_orders) == (78, 7)
    assert (lift.treated_households, lift.control_households) == (19_750, 4_800)
    assert rep.caveats[-2] == (
        "Zones that got the leaflets placed more web-shop orders than the control zones:"
        " +2.5 per 1,000 households (95 % interval +0.8 to +3.7)."
    )
    # A brings more responses, B more money per leaflet: the verdict says B paid better.
    (test,) = rep.variant_tests
    assert (test.winner, test.revenue_winner, test.same_zones) == ("A", "B", True)
    assert test.verdict.startswith("A brings more responses; B brings more revenue per leaflet")


def test_cli_report(sample: Path, capsys) -> None:
    assert main(["--workspace", str(sample), "report", "primavera-2027"]) == 0
    out = capsys.readouterr().out
    assert "46004  folleto-dl    A     2,520" in out
    assert "46004  all variants        5,040" in out
    assert "B paid better" in out


def test_press_pdf_with_self_check(ws: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "b-46005.pdf"
    result = printing.export_pdf(
        ws,
        "primavera-2027",
        "folleto-dl",
        out,
        variant="B",
        zone="46005",
        options=PrintOptions(mode="press"),
    )
    assert out.exists() and not result.sample
    assert result.check is not None and result.check.codes_checked > 0


def test_demo_command(tmp_path: Path, capsys) -> None:
    target = tmp_path / "mine.omniprint"
    assert main(["demo", "--out", str(target), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["workspace"] == str(target) and data["campaign"] == "primavera-2027"
    assert data["codes"] == 17_402 and len(data["imports"]) == 3
    assert any(c.endswith("report primavera-2027") for c in data["next"])
    # An existing file is kept unless --force.
    assert main(["demo", "--out", str(target)]) == 1
    assert "--force" in capsys.readouterr().err
    assert main(["demo", "--out", str(target), "--force"]) == 0
    assert "omniprint --workspace" in capsys.readouterr().out


def test_default_path_is_next_to_the_default_workspace(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("OMNIPRINT_WORKSPACE", str(tmp_path / "business.omniprint"))
    assert demo.default_demo_path() == tmp_path / "sample.omniprint"
    with pytest.raises(ConflictError):
        (tmp_path / "sample.omniprint").write_bytes(b"")
        demo.create_demo()


def test_cancel_leaves_nothing(tmp_path: Path) -> None:
    token = CancelToken()

    def progress(done: int, total: int, message: str) -> None:
        if done == 3:
            token.cancel()

    with pytest.raises(Cancelled):
        demo.create_demo(tmp_path / "s.omniprint", progress=progress, cancel=token)
    assert list(tmp_path.iterdir()) == []
