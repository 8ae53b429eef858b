"""A campaign planned for printing, shared by the printing and design tests."""

from __future__ import annotations

from omniprint.services import business, codes, plan
from omniprint.storage.workspace import Workspace


def plan_print_run(ws: Workspace, kind: str, size: str | None, quantity: int = 13) -> None:
    """Otoño 2026: one piece of ``kind`` (at ``size``, or its kind's default) named "Pieza", to
    ``quantity`` households of 46001 and 5 of 46002, with its codes generated."""
    plan.create_campaign(
        ws, "Otoño 2026", landing_url="https://tostadores.es/otono?src=x#top", end_date="2026-12-31"
    )
    business.set_business(ws, name="Tostadores Ruzafa", phone="963 000 111", web="tostadores.es")
    plan.add_piece(ws, "otono-2026", kind=kind, size=size, name="Pieza")
    plan.add_zone(ws, "otono-2026", code="46001", name="Ciutat Vella", households=quantity)
    plan.add_zone(ws, "otono-2026", code="46002", name="Eixample", households=5)
    plan.add_drop(ws, "otono-2026", piece="pieza", zone="46001")
    plan.add_drop(ws, "otono-2026", piece="pieza", zone="46002")
    codes.generate_codes(ws, "otono-2026", prefix="OTO")
