"""A planned campaign and the files that come back for it, shared by the reconcile, import and
GUI tests: two variants in two zones and a control zone, a Shopify export and a till's list."""

from __future__ import annotations

from pathlib import Path

from omniprint.domain import codes as codelib
from omniprint.services import codes, plan
from omniprint.services.printing import prepare_job
from omniprint.storage.workspace import Workspace
from support import FIXTURES


def two_variant_campaign(ws: Workspace) -> list[str]:
    """Two variants in two zones and a control zone; returns the issued codes in serial order
    (A: 46001 serials 1-300, B: 46004 serials 1-200)."""
    plan.create_campaign(
        ws,
        "Otoño 2026",
        landing_url="https://tostadores.es/cafe",
        start_date="2026-10-01",
        end_date="2026-11-30",
        budget_cents=50_000,
    )
    plan.add_piece(ws, "otono-2026", kind="leaflet", print_cpm_cents=4000)
    plan.add_piece(ws, "otono-2026", kind="leaflet", variant="B", print_cpm_cents=4000)
    plan.add_zone(
        ws,
        "otono-2026",
        code="46001",
        name="Centro",
        households=300,
        cpm_cents=4000,
        drop_date="2026-10-01",
    )
    plan.add_zone(
        ws,
        "otono-2026",
        code="46004",
        name="Ruzafa",
        households=200,
        cpm_cents=4000,
        drop_date="2026-10-01",
    )
    plan.add_zone(ws, "otono-2026", code="46002", name="Control", households=250, is_control=True)
    plan.add_drop(ws, "otono-2026", piece="leaflet", variant="A", zone="46001")
    plan.add_drop(ws, "otono-2026", piece="leaflet", variant="B", zone="46004")
    codes.generate_codes(ws, "otono-2026", prefix="OTO")
    out = []
    for variant in ("A", "B"):
        job = prepare_job(ws, "otono-2026", "leaflet", variant)
        out += [job.records[i]["code"] for i in range(len(job.records))]
    return out


def typo(code: str) -> str:
    """The code with one character changed (a typing error its check symbol catches)."""
    key = codelib.normalize(code)
    i = 5
    return key[:i] + ("0" if key[i] != "0" else "1") + key[i + 1 :]


def shopify_file(path: Path, c1: str, c2: str, c3: str) -> Path:
    """The Shopify orders sample at ``path``, its three discount codes replaced by ``c1``-``c3``
    (``c2`` in lower case)."""
    text = (FIXTURES / "shopify_orders_export.csv").read_text(encoding="utf-8")
    text = text.replace("OTO-3K9D-7QMP-X", c1).replace("oto-8h2w-kk4r-7", c2.lower())
    path.write_text(text.replace("OTO-ZZ81-4MNA-K", c3), encoding="utf-8")
    return path


def till_file(path: Path, c1: str, c2: str) -> Path:
    """The Spanish till's redemptions (cp1252) at ``path``: ``c1``, ``c2`` with a typing error, and
    ``c2`` again without its dashes."""
    text = (FIXTURES / "canjes_tienda_es.csv").read_bytes().decode("cp1252")
    text = text.replace("OTO-3K9D-7QMP-X", c1).replace("oto 7tq2 m9xa d", typo(c2).lower())
    path.write_bytes(text.replace("OTO7TQ2M9XAD", codelib.normalize(c2)).encode("cp1252"))
    return path
