"""The Channels page from the window: the table model's figures, the chart of cost per response,
the paths that cross channels, and linking an ad campaign by ticking it."""

from __future__ import annotations

# The fixtures are imported from support.gui, so test arguments "redefine" them.
# ruff: noqa: F811
import gzip
from pathlib import Path

from PySide6.QtCore import Qt

from omniprint.services import channels
from support.channels import with_channels
from support.gui import QT_LOG_IGNORE, settings, window  # noqa: F401

pytestmark = QT_LOG_IGNORE
CAMPAIGN = "otono-2026"


def show_channels(qtbot, window):
    page = window.channels_page
    if window.pages.currentWidget() is not page:
        window.show_page("channels")
    qtbot.waitUntil(lambda: page.loading is None and page.data is not None, timeout=20_000)
    return page


def test_channels_page(qtbot, qtmodeltester, window, tmp_path: Path):
    with_channels(window.ws, tmp_path)
    channels.add_cost(window.ws, CAMPAIGN, "Radio", "200")
    window.refresh_campaigns(select=CAMPAIGN)
    page = show_channels(qtbot, window)
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)
    model = page.model
    table = [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    assert table == [
        ["Leaflet", "print", "€24.00", "40", "3", "€100.00", "€8.00", "4.17"],
        ["google / cpc", "ads", "€150.00", "120", "1", "€45.00", "€150.00", "0.30"],
        ["Radio", "other", "€200.00", "0", "0", "€0.00", "–", "0.00"],
        ["direct", "organic", "€0.00", "200", "0", "€0.00", "–", "–"],
        ["google / organic", "organic", "€0.00", "150", "0", "€0.00", "–", "–"],
        ["Total", "", "€374.00", "510", "4", "€145.00", "€93.50", "0.39"],
    ]
    # Bars read bottom-up: the first channel is the top bar.
    assert page.chart.values == [("google / cpc", 150.0), ("Leaflet", 8.0)]
    assert "15 of 30 days" in page.notes.text()
    assert "leaflet -&gt; facebook / paid -&gt; web order: 2" in page.paths.text()

    # Tick Meta's "Otoño FB": its spend, visits and order come in.
    items = {
        page.ads.item(i).data(Qt.ItemDataRole.UserRole): page.ads.item(i)
        for i in range(page.ads.count())
    }
    assert not items["otono-2026"].flags() & Qt.ItemFlag.ItemIsUserCheckable
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        items["Otoño FB"].setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: page.loading is None, timeout=20_000)
    facebook = next(r for r in page.model.rows if r.channel == "facebook / paid")
    assert (facebook.cost_cents, facebook.visits, facebook.responses) == (8050, 80, 1)
    assert page.model.index(page.model.rowCount() - 1, 2).data() == "€454.50"
    page.grab().save(str(tmp_path / "channels.png"))


def test_drop_ad_reports_and_a_log_on_the_window(qtbot, window, tmp_path: Path):
    from support.channels import CHANNELS, leaflet_campaign, scan_log
    from support.gui import drop_files, wait_read

    issued = leaflet_campaign(window.ws)
    window.refresh_campaigns(select=CAMPAIGN)
    log = tmp_path / "access.log.1.gz"
    log.write_bytes(gzip.compress(scan_log(issued).encode()))
    google, meta = CHANNELS / "google_ads_campanas_es.csv", CHANNELS / "meta_ads_es.csv"
    wizard = drop_files(window, [google, meta, log])
    wait_read(qtbot, wizard)
    previews = [wizard.select(p.name).preview for p in (google, meta, log)]
    assert [(p.preset, p.rows, p.records, p.refused) for p in previews] == [
        ("google-ads", 3, 2, 0),
        ("meta-ads", 2, 2, 0),
        ("access-log", 7, 6, 1),
    ]
    assert all(e.state == "ready" for e in wizard.entries)
    with qtbot.waitSignal(wizard.imported, timeout=60_000) as blocker:
        qtbot.mouseClick(wizard.import_button, Qt.MouseButton.LeftButton)
    assert [(r.preset, r.added) for r in blocker.args[0]] == [
        ("google-ads", 2),
        ("meta-ads", 2),
        ("access-log", 3),
    ]
    spent = {(a.platform, a.name): a.cost_cents for a in channels.ad_campaigns(window.ws, CAMPAIGN)}
    assert spent[("google", "otono-2026")] == 124530 and spent[("meta", "Otoño FB")] == 8050
