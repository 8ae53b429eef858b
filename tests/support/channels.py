"""Shared by the channels tests: a campaign with ad spend, GA4 visits, orders and a scan log."""

# ruff: noqa: E501  (log lines and order rows are kept whole, as the files have them)
from __future__ import annotations

from pathlib import Path

from omniprint.services import codes, imports, plan
from omniprint.services.printing import prepare_job
from omniprint.storage.workspace import Workspace
from support import FIXTURES

CHANNELS = FIXTURES / "channels"  # the ad reports and visits exports the tests import

_WOO_HEADER = (
    "Número de pedido;Estado del pedido;Fecha del pedido;Código postal (facturación);Moneda;"
    "Código de cupón;Importe total del pedido;Importe reembolsado del pedido;"
    "_wc_order_attribution_utm_source;_wc_order_attribution_utm_medium;"
    "_wc_order_attribution_utm_campaign;_wc_order_attribution_session_entry"
)


def leaflet_campaign(ws: Workspace) -> list[str]:
    """Otoño 2026 (October): a leaflet to 300 households of 46001; returns its codes."""
    plan.create_campaign(
        ws,
        "Otoño 2026",
        landing_url="https://tostadores.example/cafe",
        start_date="2026-10-01",
        end_date="2026-10-31",
    )
    plan.add_piece(ws, "otono-2026", kind="leaflet", print_cpm_cents=4000)
    plan.add_zone(
        ws, "otono-2026", code="46001", name="Centro", households=300, cpm_cents=4000,
        drop_date="2026-10-01",
    )  # fmt: skip
    plan.add_drop(ws, "otono-2026", piece="leaflet", variant="A", zone="46001")
    codes.generate_codes(ws, "otono-2026", prefix="OTO")
    job = prepare_job(ws, "otono-2026", "leaflet", "A")
    return [job.records[i]["code"] for i in range(len(job.records))]


def _orders(path: Path, c: list[str]) -> Path:
    """WooCommerce orders: three carry a leaflet's code (two came through Facebook ads, one
    straight to the shop), two came through the ads with no code, one from nowhere known."""
    shop = "https://tostadores.example/"
    rows = [
        f"6001;wc-completed;15/10/2026 10:15;28001;EUR;{c[0]};50,00;0,00;facebook;paid;otono-fb;{shop}",
        f"6002;wc-completed;16/10/2026 11:00;28001;EUR;{c[1]};30,00;0,00;facebook;paid;otono-fb;{shop}",
        f"6003;wc-completed;17/10/2026 12:00;28001;EUR;{c[2]};20,00;0,00;;;;{shop}",
        f"6004;wc-completed;18/10/2026 13:00;28001;EUR;;45,00;0,00;google;cpc;otono-2026;{shop}",
        f"6005;wc-completed;19/10/2026 14:00;28001;EUR;;25,00;0,00;facebook;paid;otono-fb;{shop}",
        "6006;wc-completed;20/10/2026 15:00;28001;EUR;;99,00;0,00;;;;",
    ]  # fmt: skip
    path.write_text("\n".join([_WOO_HEADER, *rows]) + "\n", encoding="utf-8")
    return path


def with_channels(ws: Workspace, tmp_path: Path) -> tuple[Workspace, list[str]]:
    """The campaign with Google (EN) and Meta (ES) spend, GA4 visits and orders imported."""
    issued = leaflet_campaign(ws)
    for name in ("google_ads_campaigns_en.csv", "meta_ads_es.csv", "ga4_source_medium.csv"):
        imports.import_file(ws, CHANNELS / name)
    imports.import_file(ws, _orders(tmp_path / "orders.csv", issued))
    return ws, issued


def scan_log(issued: list[str]) -> str:
    """A web server's access log: scans of three issued codes (one by a bot), a code that is
    not ours, a page visit and a line that is not a request."""
    from omniprint.domain.codes import normalize

    k = [normalize(c) for c in issued]
    iphone = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Mobile/15E148"
    ipad = "Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X)"
    lines = [
        f'203.0.113.7 - - [03/Oct/2026:09:12:01 +0200] "GET /r/{k[0]} HTTP/1.1" 302 0 "-" "{iphone}"',
        f'203.0.113.7 - - [03/Oct/2026:09:40:00 +0200] "GET /r/{k[0]} HTTP/1.1" 302 0 "-" "{iphone}"',
        f'198.51.100.2 - - [04/Oct/2026:18:00:00 +0200] "GET /r/{k[1]}?src=qr HTTP/2.0" 302 0 "-" "{ipad}"',
        f'66.249.66.1 - - [04/Oct/2026:18:01:00 +0200] "GET /r/{k[2]} HTTP/1.1" 302 0 "-" "Googlebot/2.1"',
        '192.0.2.9 - - [04/Oct/2026:18:02:00 +0200] "GET /r/NOTOURS HTTP/1.1" 404 0 "-" "curl/8"',
        '192.0.2.9 - - [04/Oct/2026:18:03:00 +0200] "GET /index.html HTTP/1.1" 200 512 "-" "Mozilla/5.0 (X11; Linux x86_64)"',
        "this line is not a request",
    ]  # fmt: skip
    return "\n".join(lines) + "\n"
