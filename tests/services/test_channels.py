"""Channels side by side: ad spend imports, costs, links, the channels view, journeys and scans.

Where the sample files in ``tests/fixtures/channels`` come from (layouts, not real data):

- Google Ads: the layout the issue describes (two title lines - report name, then the range or
  "All time" - ``Total:`` rows, `` --`` for empty, ``1,356,884`` grouping, a currency column), as
  documented for report downloads: "Reporting Basics", developers.google.com/adwords/api/docs/
  guides/reporting (the report header row with the report's name and date range, the summary
  rows), and "Download reports", support.google.com/google-ads/answer/7498572 (tables downloaded
  as .csv); column names as the Campaigns table shows them (``Campaign``, ``Currency code``,
  ``Cost``, ``Impr.``, ``Clicks``, ``Conversions``; Spanish ``Campaña``, ``Código de moneda``,
  ``Coste``, ``Clics``, ``Conversiones``); "Excel CSV" is UTF-16 with tabs.
- Meta Ads Manager, "Export table data": ``Reporting starts``, ``Reporting ends``, ``Campaign
  name``, ``Ad set name``, ``Amount spent (EUR)``, ``Impressions``, ``Link clicks``, ``Results``
  (Spanish ``Inicio del informe``, ``Fin del informe``, ``Nombre de la campaña``, ``Importe
  gastado (EUR)``, ``Impresiones``, ``Clics en el enlace``, ``Resultados``), as the issue lists
  them and as public parsers of these exports map them.
- GA4 Traffic acquisition with ``Session source / medium``, as ``tests/fixtures`` already has.
- Access logs: nginx's predefined ``combined`` format (nginx.org/en/docs/http/
  ngx_http_log_module.html) and Cloudflare Logpush ``http_requests`` fields (developers.
  cloudflare.com/logs/reference/log-fields/zone/http_requests/).
"""

# ruff: noqa: E501  (log lines and order rows are kept whole, as the files have them)
from __future__ import annotations

import gzip
import json

import pytest

from omniprint.cli.main import main
from omniprint.domain import channels as rules
from omniprint.domain.errors import NotFoundError, ValidationError
from omniprint.ingest.spend import read_spend
from omniprint.services import channels, imports, journeys, plan
from support.channels import CHANNELS, leaflet_campaign, scan_log, with_channels

# --- reading the reports ---------------------------------------------------------------------


@pytest.fixture
def omni(ws, tmp_path):
    """The campaign with Google (EN) and Meta (ES) spend, GA4 visits and orders imported."""
    return with_channels(ws, tmp_path)


def test_google_ads_english_report_skips_totals_and_reads_grouping():
    found = read_spend((CHANNELS / "google_ads_campaigns_en.csv").read_bytes(), "g.csv")
    assert found is not None and found.preset == "google-ads"
    assert found.period == ("2026-09-16", "2026-10-15")
    assert found.rows == 4  # two campaigns and two "Total:" rows, which are not spend
    assert [(s.ad_campaign, s.cost_cents, s.impressions, s.clicks, s.results) for s in found.spend] == [
        ("otono-2026", 30000, 1356884, 2310, 12),
        ("brand-search", 9900, 12004, 410, 3),
    ]  # fmt: skip
    assert found.spend[0].utm_campaign == "otono-2026" and found.spend[1].utm_campaign is None
    assert {s.currency for s in found.spend} == {"EUR"}


def test_google_ads_spanish_report_and_excel_csv_all_time():
    es = read_spend((CHANNELS / "google_ads_campanas_es.csv").read_bytes(), "g.csv")
    assert es is not None and es.decimal == ","
    assert es.period == ("2026-10-01", "2026-10-31")
    assert [(s.ad_campaign, s.cost_cents, s.impressions, s.results) for s in es.spend] == [
        ("otono-2026", 124530, 1356884, 12),
        ("marca", 9900, 12004, None),  # " --": nothing, not zero
    ]
    excel = read_spend((CHANNELS / "google_ads_all_time_excel.csv").read_bytes(), "g.csv")
    assert excel is not None and excel.encoding == "utf-16-le" and excel.delimiter == "\t"
    assert [(s.ad_campaign, s.cost_cents, s.start, s.end) for s in excel.spend] == [
        ("otono-2026", 7525, "", "")
    ]


def test_meta_exports_in_spanish_and_english():
    es = read_spend((CHANNELS / "meta_ads_es.csv").read_bytes(), "m.csv")
    assert es is not None and es.preset == "meta-ads"
    assert [(s.ad_campaign, s.cost_cents, s.impressions, s.clicks, s.results, s.currency)
            for s in es.spend] == [
        ("Otoño FB", 8050, 12345, 96, 7, "EUR"),
        ("Rebajas Instagram", 2000, 3400, 15, 2, "EUR"),
    ]  # fmt: skip
    assert es.spend[0].utm_campaign == "otono-fb"
    en = read_spend((CHANNELS / "meta_ads_en.csv").read_bytes(), "m.csv")
    assert en is not None
    # The summary row (no campaign name) is not spend.
    assert [(s.ad_set, s.start, s.end, s.cost_cents, s.currency) for s in en.spend] == [
        ("Valencia 25-54", "2026-10-01", "2026-10-10", 1240, "USD"),
        ("Valencia 25-54", "2026-10-11", "2026-10-20", 1000, "USD"),
    ]


def test_a_till_export_is_not_an_ad_report():
    assert read_spend(b"Fecha;Codigo;Importe\n01/10/2026;OTO-1;5,00\n", "t.csv") is None


# --- rules -----------------------------------------------------------------------------------


def test_prorate_by_days():
    half = rules.prorate(30000, "2026-09-16", "2026-10-15", "2026-10-01", "2026-10-31")
    assert (half.cost_cents, half.days_in, half.days_total, half.prorated) == (15000, 15, 30, True)
    whole = rules.prorate(8050, "2026-10-01", "2026-10-31", "2026-10-01", "2026-10-31")
    assert (whole.cost_cents, whole.prorated) == (8050, False)
    assert rules.prorate(999, "", "", "2026-10-01", "2026-10-31").cost_cents == 999
    assert (
        rules.prorate(1000, "2026-11-01", "2026-11-10", "2026-10-01", "2026-10-31").cost_cents == 0
    )
    assert rules.prorate(1000, "2026-10-01", "2026-10-03", "2026-10-01", None).cost_cents == 1000


def test_channel_of_sources():
    assert rules.channel_of("google", "cpc") == ("google / cpc", "ads")
    assert rules.channel_of("instagram", "paid_social") == ("facebook / paid", "ads")
    assert rules.channel_of("(direct)", "(none)") == ("direct", "organic")
    assert rules.channel_of(None, None) == ("direct", "organic")
    assert rules.channel_of("google", "organic") == ("google / organic", "organic")
    assert rules.channel_of("bing", "cpc") == ("bing / cpc", "ads")


def test_devices_and_bots():
    iphone = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit Mobile/15E148"
    assert rules.device_class(iphone) == "mobile"
    assert rules.device_class("Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X)") == "tablet"
    assert rules.device_class("Mozilla/5.0 (Linux; Android 14; SM-X200) Safari/537.36") == "tablet"
    assert rules.device_class("Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/120") == "desktop"
    assert rules.is_bot("Mozilla/5.0 (compatible; Googlebot/2.1)")
    assert rules.is_bot("facebookexternalhit/1.1") and rules.is_bot("-")
    assert not rules.is_bot(iphone)


# --- the campaign's channels -----------------------------------------------------------------


def test_channels_side_by_side(omni):
    ws, _ = omni
    assert channels.link_ads(ws, "otono-2026", ["Otoño FB"]) == 1
    channels.add_cost(ws, "otono-2026", "Radio", "200", note="Radio Turia, 20 spots")
    view = channels.campaign_channels(ws, "otono-2026")
    got = {
        r.channel: (r.kind, r.cost_cents, r.visits, r.responses, r.revenue_cents,
                    r.cost_per_response_cents, r.roas)
        for r in view.rows
    }  # fmt: skip
    from decimal import Decimal as D

    assert got == {
        "Leaflet": ("print", 2400, 40, 3, 10000, 800, D("4.17")),
        "google / cpc": ("ads", 15000, 120, 1, 4500, 15000, D("0.30")),
        "facebook / paid": ("ads", 8050, 80, 1, 2500, 8050, D("0.31")),
        "Radio": ("other", 20000, 0, 0, 0, None, D("0.00")),
        "direct": ("organic", 0, 200, 0, 0, None, None),
        "google / organic": ("organic", 0, 150, 0, 0, None, None),
    }
    assert [r.channel for r in view.rows][:3] == ["Leaflet", "google / cpc", "facebook / paid"]
    t = view.totals
    assert (t.cost_cents, t.visits, t.responses, t.revenue_cents) == (45450, 590, 5, 17000)
    assert len(view.notes) == 1 and "15 of 30 days" in view.notes[0]


def test_cli_channels_json_and_table(omni, ws_path, capsys):
    ws, _ = omni
    ws.close()

    def cli(*args: str) -> str:
        assert main(["--workspace", str(ws_path), *args]) == 0
        return capsys.readouterr().out

    cli("ads", "link", "otono-2026", "Otoño FB")
    out = json.loads(cli("--json", "cost", "add", "otono-2026", "--channel", "Radio",
                         "--amount", "200", "--start", "2026-10-01", "--end", "2026-10-15"))  # fmt: skip
    cost_id = out["id"]
    data = json.loads(cli("--json", "channels", "otono-2026"))
    assert data["campaign"] == "otono-2026" and data["currency"] == "EUR"
    assert data["channels"][0] == {
        "channel": "Leaflet",
        "kind": "print",
        "cost": "24.00",
        "visits": 40,
        "responses": 3,
        "revenue": "100.00",
        "cost_per_response": "8.00",
        "roas": 4.17,
    }
    assert data["channels"][1] == {
        "channel": "google / cpc",
        "kind": "ads",
        "cost": "150.00",
        "visits": 120,
        "responses": 1,
        "revenue": "45.00",
        "cost_per_response": "150.00",
        "roas": 0.3,
    }
    assert data["totals"] == {
        "cost": "454.50",
        "visits": 590,
        "responses": 5,
        "revenue": "170.00",
        "cost_per_response": "90.90",
        "roas": 0.37,
    }
    assert "15 of 30 days" in data["notes"][0]
    table = cli("channels", "otono-2026")
    assert "facebook / paid" in table and "€454.50" in table and "15 of 30 days" in table
    costs = json.loads(cli("--json", "cost", "list", "otono-2026"))
    assert costs == [{"id": cost_id, "channel": "Radio", "amount": "200.00",
                      "start": "2026-10-01", "end": "2026-10-15", "note": ""}]  # fmt: skip
    cli("cost", "remove", "otono-2026", str(cost_id))
    assert json.loads(cli("--json", "cost", "list", "otono-2026")) == []
    ads = json.loads(cli("--json", "ads", "list", "otono-2026"))
    assert {(a["ad_campaign"], a["linked"], a["automatic"]) for a in ads} == {
        ("otono-2026", False, True),
        ("brand-search", False, False),
        ("Otoño FB", True, False),
        ("Rebajas Instagram", False, False),
    }
    cli("ads", "unlink", "otono-2026", "Otoño FB")
    data = json.loads(cli("--json", "channels", "otono-2026"))
    # Unlinked: no spend, and its tagged visits and orders are no longer the campaign's.
    assert "facebook / paid" not in [c["channel"] for c in data["channels"]]
    assert data["totals"]["cost"] == "174.00"


def test_import_reports_provenance_and_overlap(ws, tmp_path, capsys, ws_path):
    leaflet_campaign(ws)
    first = imports.import_file(ws, CHANNELS / "google_ads_campaigns_en.csv")
    assert (first.preset, first.rows, first.added, first.known) == ("google-ads", 4, 2, 0)
    again = imports.import_file(ws, CHANNELS / "google_ads_campaigns_en.csv")
    assert again.already_imported and again.added == 0
    # The same rows in another download (another title): known, not counted twice.
    copy = tmp_path / "copy.csv"
    copy.write_bytes(
        (CHANNELS / "google_ads_campaigns_en.csv").read_bytes().replace(b"Campaign report", b"X")
    )
    overlap = imports.import_file(ws, copy)
    assert (overlap.added, overlap.known) == (0, 2)
    listed = [(r.preset, r.rows, r.added) for r in imports.list_imports(ws)]
    assert listed == [("google-ads", 4, 2), ("google-ads", 4, 0)]
    imports.remove_import(ws, imports.list_imports(ws)[0].id)
    assert channels.ad_campaigns(ws, "otono-2026") == []


def test_bad_input_messages(omni):
    ws, _ = omni
    with pytest.raises(NotFoundError, match="no imported ad report names 'Nope'"):
        channels.link_ads(ws, "otono-2026", ["Nope"])
    with pytest.raises(ValidationError):
        channels.add_cost(ws, "otono-2026", "Radio", "lots")
    with pytest.raises(ValidationError, match="not a date"):
        channels.add_cost(ws, "otono-2026", "Radio", "10", start="1/10/2026")
    with pytest.raises(NotFoundError, match="no cost with id 99"):
        channels.remove_cost(ws, "otono-2026", 99)


def test_spend_in_another_currency_is_left_out_and_said(ws):
    plan.create_campaign(
        ws, "Autumn leaflet retarget", landing_url="https://x.example/", start_date="2026-10-01",
        end_date="2026-10-31",
    )  # fmt: skip
    imports.import_file(ws, CHANNELS / "meta_ads_en.csv")
    view = channels.campaign_channels(ws, "autumn-leaflet-retarget")
    assert view.rows == [] and len(view.notes) == 2 and "USD" in view.notes[0]


# --- paths that cross channels ---------------------------------------------------------------


def test_journeys(omni, ws_path, capsys):
    ws, _ = omni
    found = journeys.journeys(ws, "otono-2026")
    assert [(j.path, j.orders, j.revenue_cents) for j in found] == [
        ("leaflet -> facebook / paid -> web order", 2, 8000),
        ("leaflet -> direct -> web order", 1, 2000),
    ]
    ws.close()
    assert main(["--workspace", str(ws_path), "--json", "journeys", "Otoño 2026"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["campaign"] == "otono-2026"
    assert data["journeys"][0] == {
        "path": "leaflet -> facebook / paid -> web order",
        "steps": ["leaflet", "facebook / paid", "web order"],
        "orders": 2,
        "revenue": "80.00",
    }
    assert main(["--workspace", str(ws_path), "--lang", "es", "journeys", "otono-2026"]) == 0
    assert "folleto -> facebook / paid -> pedido web" in capsys.readouterr().out


# --- scans from the redirect server's log ----------------------------------------------------


def test_access_log_scans_and_funnel(omni, tmp_path, ws_path, capsys):
    ws, issued = omni
    log = tmp_path / "access.log.1.gz"
    log.write_bytes(gzip.compress(scan_log(issued).encode()))
    result = imports.import_file(ws, log)
    assert (result.preset, result.rows, result.added, len(result.refused)) == (
        "access-log",
        7,
        3,
        1,
    )
    assert result.refused[0].line == 7
    assert "203.0.113.7" not in json.dumps([dict(r) for r in ws.query("SELECT * FROM qr_scan")])
    assert "203.0.113.7" not in json.dumps(
        [dict(r) for r in ws.query("SELECT raw FROM refused_row")]
    )
    per_code = journeys.scans(ws, "otono-2026")
    assert [(s["scans"], s["mobile"], s["tablet"], s["first_scan"]) for s in per_code] == [
        (2, 2, 0, "2026-10-03T07:12:01+00:00"),
        (1, 0, 1, "2026-10-04T16:00:00+00:00"),
    ]
    _, rows = journeys.funnel(ws, "otono-2026")
    r = rows[0]
    assert (r.pieces, r.scans, r.visits, r.responses, r.revenue_cents) == (300, 3, 40, 3, 10000)
    assert (str(r.scan_rate), str(r.visit_rate), str(r.response_rate)) == (
        "0.0100",
        "13.3333",
        "0.0750",
    )
    ws.close()
    assert main(["--workspace", str(ws_path), "--json", "funnel", "otono-2026"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["rows"][0] | {} == {
        "piece": "leaflet", "variant": "A", "zone": "46001", "pieces": 300, "scans": 3,
        "visits": 40, "responses": 3, "revenue": "100.00", "scan_rate": "0.0100",
        "visit_rate": "13.3333", "response_rate": "0.0750",
    }  # fmt: skip


def test_journey_from_shopify_note_attributes(ws, tmp_path):
    import csv
    import io

    from support.reconcile import shopify_file, two_variant_campaign

    issued = two_variant_campaign(ws)
    path = shopify_file(tmp_path / "orders_export.csv", issued[0], issued[1], issued[398])
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
    notes = rows[0].index("Note Attributes")
    first = next(i for i, r in enumerate(rows) if r[0] == "#1001")
    rows[first][notes] = "utm_source: instagram\nutm_medium: paid_social\nutm_campaign: otono-2026"
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8")
    imports.import_file(ws, path)
    found = journeys.journeys(ws, "otono-2026")
    assert [(j.path, j.orders) for j in found] == [("leaflet -> facebook / paid -> web order", 1)]


def test_more_report_layouts():
    from omniprint.ingest.presets.google_ads import parse_range

    assert parse_range("27 de marzo de 2026 - 23 de abril de 2026") == ("2026-03-27", "2026-04-23")
    assert parse_range("Mar 27, 2026 - Apr 23, 2026") == ("2026-03-27", "2026-04-23")
    assert parse_range("27 sept. 2026 - 3 oct. 2026") == ("2026-09-27", "2026-10-03")
    assert parse_range("Todo el periodo") == ("", "")
    assert parse_range("Campaign report") is None
    by_day = (
        b"Campaign report\nOctober 1, 2026 - October 2, 2026\n"
        b"Day,Campaign,Currency code,Cost,Impr.,Clicks\n"
        b"2026-10-01,otono-2026,EUR,10.00,100,5\n"
        b'"Oct 2, 2026",otono-2026,EUR,12.50,120,6\n'
        b"2026-10-02,Total renovation,EUR,1.00,10,1\n"
        b"Total: Account, --,EUR,23.50,230,12\n"
    )
    found = read_spend(by_day, "day.csv")
    assert found is not None
    assert [(s.start, s.end, s.cost_cents) for s in found.spend] == [
        ("2026-10-01", "2026-10-01", 1000),
        ("2026-10-02", "2026-10-02", 1250),
        ("2026-10-02", "2026-10-02", 100),  # a campaign whose name starts with "Total"
    ]


def test_cloudflare_logpush_lines(omni, tmp_path):
    from omniprint.domain.codes import normalize

    ws, issued = omni
    key = normalize(issued[0])
    lines = [
        {"ClientIP": "203.0.113.7", "ClientRequestMethod": "GET", "ClientRequestURI": f"/r/{key}",
         "ClientRequestUserAgent": "Mozilla/5.0 (iPhone) Mobile", "EdgeResponseStatus": 302,
         "EdgeStartTimestamp": "2026-10-05T10:00:00Z"},
        {"ClientIP": "203.0.113.8", "ClientRequestMethod": "GET", "ClientRequestURI": f"/r/{key}",
         "ClientRequestUserAgent": "Mozilla/5.0 (Windows NT 10.0)", "EdgeResponseStatus": 302,
         "EdgeStartTimestamp": 1791280800000000000},
    ]  # fmt: skip
    log = tmp_path / "http_requests.log"
    log.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    result = imports.import_file(ws, log)
    assert (result.preset, result.added) == ("access-log", 2)
    [scans] = journeys.scans(ws, "otono-2026")
    assert (scans["scans"], scans["mobile"], scans["desktop"]) == (2, 1, 1)
    assert scans["first_scan"] == "2026-10-05T10:00:00+00:00"


def test_overlapping_reports_are_counted_once():
    from omniprint.domain.channels import AdSpend

    month = AdSpend("google", "otono-2026", 31000, "2026-10-01", "2026-10-31")
    day1 = AdSpend("google", "otono-2026", 1000, "2026-10-01", "2026-10-01")
    day2 = AdSpend("google", "otono-2026", 1200, "2026-10-02", "2026-10-02")
    forever = AdSpend("google", "otono-2026", 99000)
    other = AdSpend("google", "marca", 500, "2026-10-01", "2026-10-31")
    kept, left = rules.count_once([month, day1, day2, forever, other])
    assert kept == [day1, day2, other] and left == [month, forever]
    whole = AdSpend("meta", "Otoño FB", 8050, "2026-10-01", "2026-10-31")
    ad_set = AdSpend("meta", "Otoño FB", 5000, "2026-10-01", "2026-10-31", ad_set="Valencia")
    kept, left = rules.count_once([whole, ad_set])
    assert kept == [ad_set] and left == [whole]


def test_a_second_report_of_the_same_spend_is_not_counted_twice(omni, tmp_path):
    ws, _ = omni
    # The same campaign again, downloaded for all time as Excel CSV: not added to the spend.
    imports.import_file(ws, CHANNELS / "google_ads_all_time_excel.csv")
    view = channels.campaign_channels(ws, "otono-2026")
    google = next(r for r in view.rows if r.channel == "google / cpc")
    assert google.cost_cents == 15000
    assert any("all time" in note and "not counted again" in note for note in view.notes)
