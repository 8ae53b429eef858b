"""Planning: campaigns, pieces and variants, zones, drops and the arithmetic of the plan."""

from __future__ import annotations

import pytest

from omniprint.domain.errors import ConflictError, NotFoundError, ValidationError
from omniprint.domain.money import cost_of
from omniprint.domain.parsing import parse_unit_cost
from omniprint.domain.plan import Zone, default_quantity
from omniprint.domain.sizes import parse_size
from omniprint.services import plan
from omniprint.storage.workspace import Workspace


@pytest.fixture
def campaign(ws: Workspace):
    return plan.create_campaign(
        ws, "Primavera 2027", landing_url="https://hornosol.es/", budget_cents=90_000
    )


def test_campaign_slug_and_lookup_by_name_or_slug(ws: Workspace, campaign) -> None:
    assert campaign.slug == "primavera-2027"
    assert plan.find_campaign(ws, "Primavera 2027").id == campaign.id
    assert plan.find_campaign(ws, "primavera-2027").id == campaign.id
    with pytest.raises(NotFoundError) as err:
        plan.find_campaign(ws, "Otoño")
    assert str(err.value) == "no campaign called 'Otoño' (campaigns: primavera-2027)"


def test_campaign_rules(ws: Workspace, campaign) -> None:
    with pytest.raises(ConflictError, match="already exists"):
        plan.create_campaign(ws, "primavera 2027", landing_url="https://x.es/")
    with pytest.raises(ValidationError, match="http:// or https://"):
        plan.create_campaign(ws, "Otro", landing_url="ftp://x.es/")
    with pytest.raises(
        ValidationError, match="end date 2027-01-01 is before start date 2027-02-01"
    ):
        plan.create_campaign(
            ws, "Otro", landing_url="https://x.es", start_date="2027-02-01", end_date="2027-01-01"
        )
    with pytest.raises(ValidationError, match="must be a date such as 2027-03-15"):
        plan.create_campaign(ws, "Otro", landing_url="https://x.es", start_date="15/03/2027")


@pytest.mark.parametrize(
    ("kind", "size", "expected"),
    [
        ("business-card", None, (85, 55)),
        ("flyer", None, (148, 210)),
        ("leaflet", None, (99, 210)),
        ("door-hanger", None, (100, 250)),
        ("postcard", None, (105, 148)),
        ("business-card", "business-card-us", (88.9, 50.8)),
        ("flyer", "a6", (105, 148)),
        ("flyer", "120x180mm", (120, 180)),
        ("flyer", "5.5x8.5in", (139.7, 215.9)),
    ],
)
def test_sizes(kind: str, size: str | None, expected: tuple[float, float]) -> None:
    trim = parse_size(size, kind=kind)
    assert (trim.width_mm, trim.height_mm) == pytest.approx(expected)


def test_bad_size_and_kind() -> None:
    with pytest.raises(ValidationError, match="unknown size 'B7'"):
        parse_size("B7", kind="flyer")
    with pytest.raises(ValidationError, match="unknown piece kind 'poster'"):
        parse_size(None, kind="poster")


def test_piece_variants(ws: Workspace, campaign) -> None:
    piece, a = plan.add_piece(ws, "primavera-2027", kind="leaflet", print_cpm_cents=4500)
    same, b = plan.add_piece(ws, "Primavera 2027", kind="leaflet", variant="b")
    assert (piece.id, a.label, b.label) == (same.id, "A", "B")
    with pytest.raises(ConflictError, match="already has a variant B"):
        plan.add_piece(ws, "primavera-2027", kind="leaflet", variant="B")
    with pytest.raises(ConflictError, match="is a leaflet, not a flyer"):
        plan.add_piece(ws, "primavera-2027", kind="flyer", name="Leaflet")


def test_money_of_a_plan(ws: Workspace, campaign) -> None:
    plan.add_piece(ws, "primavera-2027", kind="leaflet", print_cpm_cents=4500)
    plan.add_piece(ws, "primavera-2027", kind="leaflet", variant="B", print_cpm_cents=5000)
    plan.add_zone(
        ws,
        "primavera-2027",
        code="46001",
        name="Ciutat Vella",
        households=5200,
        coverage_bp=8500,
        cpm_cents=3800,
    )
    plan.add_zone(
        ws, "primavera-2027", code="46002", name="Eixample", households=4101, cpm_cents=3800
    )
    plan.add_zone(
        ws, "primavera-2027", code="46003", name="Russafa", households=3000, is_control=True
    )
    a = plan.add_drop(ws, "primavera-2027", piece="leaflet", variant="A", zone="46001")
    b = plan.add_drop(
        ws, "primavera-2027", piece="leaflet", variant="B", zone="46002", quantity=4000
    )
    assert a.quantity == 4420  # 5200 x 85 %
    assert (a.print_cents, a.distribution_cents) == (19890, 16796)  # 198.90 + 167.96
    assert (b.print_cents, b.distribution_cents) == (20000, 15200)
    totals = plan.plan_summary(ws, "primavera-2027").totals
    assert totals.pieces == 8420
    assert totals.total_cents == 19890 + 16796 + 20000 + 15200
    assert totals.remaining_cents == 90_000 - totals.total_cents
    assert not totals.over_budget
    with pytest.raises(ConflictError, match="46003 is a control zone: it gets nothing"):
        plan.add_drop(ws, "primavera-2027", piece="leaflet", variant="A", zone="46003")
    with pytest.raises(ConflictError, match="Leaflet A already goes to zone 46001 Ciutat Vella"):
        plan.add_drop(ws, "primavera-2027", piece="leaflet", variant="A", zone="46001")
    with pytest.raises(ValidationError, match="has variants A, B: say which with --variant"):
        plan.add_drop(ws, "primavera-2027", piece="leaflet", zone="46002")


def test_over_budget(ws: Workspace) -> None:
    plan.create_campaign(ws, "Small", landing_url="https://x.es", budget_cents=1000)
    plan.add_piece(ws, "small", kind="flyer", print_cpm_cents=10_000)
    plan.add_zone(ws, "small", code="1", name="One", households=1000)
    plan.add_drop(ws, "small", piece="flyer", zone="1")
    totals = plan.plan_summary(ws, "small").totals
    assert totals.over_budget and totals.remaining_cents == -9000


def test_rounding_and_unit_costs() -> None:
    assert parse_unit_cost("0.045") == 4500
    assert parse_unit_cost("0,12345") == 12345
    with pytest.raises(ValidationError, match="more than 5 decimals"):
        parse_unit_cost("0.123456")
    assert cost_of(1, 4500) == 5  # 4.5 cents rounds half up
    assert cost_of(3, 4500) == 14  # 13.5 -> 14
    assert cost_of(1001, 3800) == 3804  # 38.038 EUR -> 38.04
    zone = Zone(1, 1, "x", "x", households=1001, coverage_bp=3333)
    assert default_quantity(zone) == 334  # 333.63 rounds up: no letterbox left out


def test_zone_rules(ws: Workspace, campaign) -> None:
    with pytest.raises(ValidationError, match="households must not be negative"):
        plan.add_zone(ws, "primavera-2027", code="1", name="x", households=-1)
    with pytest.raises(ValidationError, match="coverage must be between 0 and 100"):
        plan.add_zone(ws, "primavera-2027", code="1", name="x", households=1, coverage_bp=10_100)
    plan.add_zone(ws, "primavera-2027", code="01001", name="Leading zero", households=10)
    assert plan.list_zones(ws, "primavera-2027")[0].code == "01001"
    with pytest.raises(ConflictError, match="zone 01001 is already in this campaign"):
        plan.add_zone(ws, "primavera-2027", code="01001", name="again", households=1)
