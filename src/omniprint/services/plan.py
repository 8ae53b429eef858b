"""Use cases of planning: campaigns, pieces and variants, zones, drops and the plan's totals."""

from __future__ import annotations

from dataclasses import dataclass

from omniprint.domain import links, plan
from omniprint.domain.errors import ConflictError, NotFoundError, ValidationError, known_names
from omniprint.domain.formatting import size_mm
from omniprint.domain.i18n import tr, tr_noop
from omniprint.domain.money import check_currency
from omniprint.domain.plan import Campaign, Piece, PlanTotals, Variant, Zone
from omniprint.domain.size_check import unlikely_size, unlikely_size_error
from omniprint.domain.sizes import check_kind, parse_size
from omniprint.storage import plan as store
from omniprint.storage.workspace import Workspace

# Error kinds (`OmniPrintError.kind`) a face words in its own terms.
UNLIKELY_SIZE = "unlikely_size"
DROP_EXISTS = "drop_exists"
NAME_TAKEN = "name_taken"  # another piece needs another name
NO_HOUSEHOLDS = "no_households"  # a zone with nobody to reach needs a quantity


def create_campaign(
    ws: Workspace,
    name: str,
    *,
    landing_url: str,
    start_date: str | None = None,
    end_date: str | None = None,
    budget_cents: int = 0,
    currency: str = "EUR",
    redirect_base: str | None = None,
    notes: str = "",
    attribution_days: int = 60,
) -> Campaign:
    """Plan a new campaign. Its slug (used in every tracked link) is made from the name, once."""
    name = plan.check_name(name, what="campaign name")
    start = plan.parse_iso_date(start_date, what="start date")
    end = plan.parse_iso_date(end_date, what="end date")
    plan.check_dates(start, end)
    if budget_cents < 0:
        raise ValidationError(tr("budget must not be negative"))
    if not 1 <= attribution_days <= 730:
        raise ValidationError(tr("attribution window must be between 1 and 730 days"))
    return store.insert_campaign(
        ws,
        {
            "slug": links.slugify(name),
            "name": name,
            "landing_url": links.validate_url(landing_url),
            "start_date": start,
            "end_date": end,
            "budget_cents": budget_cents,
            "currency": check_currency(currency),
            "redirect_base": links.validate_redirect_base(redirect_base) if redirect_base else None,
            "notes": notes or "",
            "attribution_days": attribution_days,
        },
    )


def update_campaign(ws: Workspace, ref: str, **changes: object) -> Campaign:
    """Change a campaign's details; the slug stays, since printed links carry it."""
    campaign = find_campaign(ws, ref)
    values: dict[str, object] = {}
    for key, value in changes.items():
        if value is None:
            continue
        if key == "name":
            value = plan.check_name(str(value), what="campaign name")
        elif key == "landing_url":
            value = links.validate_url(str(value))
        elif key == "redirect_base":
            value = links.validate_redirect_base(str(value)) if value else None
        elif key in ("start_date", "end_date"):
            what = "start date" if key == "start_date" else "end date"
            value = plan.parse_iso_date(str(value), what=what)
        elif key == "currency":
            value = check_currency(str(value))
        elif key == "budget_cents" and int(value) < 0:  # type: ignore[call-overload]
            raise ValidationError(tr("budget must not be negative"))
        values[key] = value
    plan.check_dates(
        values.get("start_date", campaign.start_date),  # type: ignore[arg-type]
        values.get("end_date", campaign.end_date),  # type: ignore[arg-type]
    )
    return store.update_campaign(ws, campaign.id, values)


def find_campaign(ws: Workspace, ref: str) -> Campaign:
    """A campaign by name or slug (`Primavera 2027` or `primavera-2027`)."""
    if not ref or not ref.strip():
        raise ValidationError(tr("name a campaign"))
    try:
        slug = links.slugify(ref)
    except ValidationError:
        slug = ref
    return store.find_campaign(ws, ref, slug)


def list_campaigns(ws: Workspace) -> list[Campaign]:
    return store.list_campaigns(ws)


def delete_campaign(ws: Workspace, ref: str) -> None:
    store.delete_campaign(ws, find_campaign(ws, ref).id)


# Pieces -----------------------------------------------------------------------------------------


def add_piece(
    ws: Workspace,
    campaign_ref: str,
    *,
    kind: str,
    size: str | None = None,
    variant: str | None = "A",
    print_cpm_cents: int = 0,
    name: str | None = None,
    size_confirmed: bool = False,
) -> tuple[Piece, Variant]:
    """Add a piece, or a variant of an existing piece when the name is already used.

    A custom size that looks like a typo (a side under 30 mm, near no standard size) raises a
    ValidationError of kind UNLIKELY_SIZE unless `size_confirmed`."""
    campaign = find_campaign(ws, campaign_ref)
    kind = check_kind(kind)
    label = plan.check_variant(variant)
    name = plan.check_name(name or kind.replace("-", " ").capitalize(), what="piece name")
    slug = links.slugify(name)
    with ws.transaction():
        piece = store.find_piece(ws, campaign.id, name, slug)
        if piece is None:
            trim = parse_size(size, kind=kind)
            if unlikely_size(trim) and not size_confirmed:
                raise unlikely_size_error(trim, kind=UNLIKELY_SIZE)
            piece = store.insert_piece(
                ws,
                {
                    "campaign_id": campaign.id,
                    "slug": slug,
                    "name": name,
                    "kind": kind,
                    "size_name": trim.name,
                    "width_mm": trim.width_mm,
                    "height_mm": trim.height_mm,
                },
            )
        else:
            if piece.kind != kind:
                raise ConflictError(
                    tr(
                        "piece {name!r} is a {kind}, not a {new_kind}:"
                        " give the new piece another --name"
                    ).format(name=piece.name, kind=piece.kind, new_kind=kind),
                    kind=NAME_TAKEN,
                    name=piece.name,
                )
            if size and parse_size(size, kind=kind) != parse_size(
                piece.size_name or f"{piece.width_mm}x{piece.height_mm}", kind=kind
            ):
                raise ConflictError(
                    tr(
                        "variants of {name!r} share its size ({size}):"
                        " give a piece of another size another --name"
                    ).format(name=piece.name, size=size_mm(piece.width_mm, piece.height_mm)),
                    kind=NAME_TAKEN,
                    name=piece.name,
                )
        if any(v.label == label for v in store.list_variants(ws, piece.id)):
            raise ConflictError(
                tr("piece {name!r} already has a variant {label}").format(
                    name=piece.name, label=label
                )
            )
        added = store.insert_variant(ws, piece.id, label, print_cpm_cents)
    return piece, added


def find_piece(ws: Workspace, campaign: Campaign, ref: str) -> Piece:
    try:
        slug = links.slugify(ref)
    except ValidationError:
        slug = ref
    piece = store.find_piece(ws, campaign.id, ref, slug)
    if piece is None:
        names = [p.slug for p in store.list_pieces(ws, campaign.id)]
        known = known_names(
            names, tr(" (pieces: {names})"), tr(" (the campaign has no pieces yet)")
        )
        raise NotFoundError(
            tr("no piece {name!r} in campaign {campaign}{known}").format(
                name=ref, campaign=campaign.slug, known=known
            )
        )
    return piece


def find_variant(ws: Workspace, piece: Piece, label: str | None) -> Variant:
    """The named variant, or the only one when the piece has one and none is named."""
    variants = store.list_variants(ws, piece.id)
    if label is None:
        if len(variants) == 1:
            return variants[0]
        labels = ", ".join(v.label for v in variants)
        raise ValidationError(
            tr("piece {piece} has variants {labels}: say which with --variant").format(
                piece=piece.slug, labels=labels
            )
        )
    wanted = plan.check_variant(label)
    for v in variants:
        if v.label == wanted:
            return v
    labels = ", ".join(v.label for v in variants)
    raise NotFoundError(
        tr("piece {piece} has no variant {label} (variants: {labels})").format(
            piece=piece.slug, label=wanted, labels=labels
        )
    )


# Zones ------------------------------------------------------------------------------------------


def zone_values(
    *,
    code: str,
    name: str,
    households: int,
    coverage_bp: int = 10_000,
    cpm_cents: int = 0,
    drop_date: str | None = None,
    is_control: bool = False,
) -> dict:
    """Check one zone's values (shared by typed entry and CSV import)."""
    return {
        "code": plan.check_zone_code(code),
        "name": plan.check_name(name or code, what="zone name"),
        "households": plan.check_households(households),
        "coverage_bp": plan.check_coverage_bp(coverage_bp),
        "cpm_cents": cpm_cents if cpm_cents >= 0 else _negative(tr_noop("cost per thousand")),
        "drop_date": plan.parse_iso_date(drop_date, what="drop date"),
        "is_control": 1 if is_control else 0,
    }


def _negative(what: str) -> int:
    raise ValidationError(tr("{what} must not be negative").format(what=tr(what)))


def add_zone(ws: Workspace, campaign_ref: str, **values: object) -> Zone:
    campaign = find_campaign(ws, campaign_ref)
    checked = zone_values(**values)  # type: ignore[arg-type]
    store.insert_zones(ws, campaign.id, [checked])
    return store.find_zone(ws, campaign.id, checked["code"])


def update_zone(ws: Workspace, campaign_ref: str, code: str, **values: object) -> Zone:
    campaign = find_campaign(ws, campaign_ref)
    zone = store.find_zone(ws, campaign.id, code)
    merged = {
        "code": zone.code,
        "name": zone.name,
        "households": zone.households,
        "coverage_bp": zone.coverage_bp,
        "cpm_cents": zone.cpm_cents,
        "drop_date": zone.drop_date,
        "is_control": zone.is_control,
        **{k: v for k, v in values.items() if v is not None},
    }
    checked = zone_values(**merged)  # type: ignore[arg-type]
    has_drops = any(z.id == zone.id for _, _, _, z, _ in store.list_drops(ws, campaign.id))
    if checked["is_control"] and has_drops:
        raise ConflictError(
            tr("zone {zone} has drops: a control zone gets nothing").format(zone=zone.code)
        )
    return store.update_zone(ws, zone.id, checked)


def list_zones(ws: Workspace, campaign_ref: str) -> list[Zone]:
    return store.list_zones(ws, find_campaign(ws, campaign_ref).id)


def remove_zone(ws: Workspace, campaign_ref: str, code: str) -> None:
    campaign = find_campaign(ws, campaign_ref)
    store.delete_zone(ws, store.find_zone(ws, campaign.id, code).id)


# Drops ------------------------------------------------------------------------------------------


def add_drop(
    ws: Workspace,
    campaign_ref: str,
    *,
    piece: str,
    zone: str,
    variant: str | None = None,
    quantity: int | None = None,
) -> plan.DropLine:
    """Send a piece variant to a zone; the quantity defaults to households x coverage."""
    campaign = find_campaign(ws, campaign_ref)
    the_piece = find_piece(ws, campaign, piece)
    the_variant = find_variant(ws, the_piece, variant)
    the_zone = store.find_zone(ws, campaign.id, zone)
    if the_zone.is_control:
        raise ConflictError(
            tr("zone {zone} is a control zone: it gets nothing, so it can show the lift").format(
                zone=the_zone.code
            )
        )
    if quantity is None:
        quantity = plan.default_quantity(the_zone)
        if quantity == 0:
            raise ValidationError(
                tr("zone {zone} has no households to reach: give --quantity").format(
                    zone=the_zone.code
                ),
                kind=NO_HOUSEHOLDS,
                zone=the_zone.code,
            )
    plan.check_quantity(quantity)
    with ws.transaction():
        try:
            drop_id = store.insert_drop(ws, the_variant.id, the_zone.id, quantity)
        except ConflictError as exc:  # name what clashed: a plan has many variants and zones
            raise ConflictError(
                tr(
                    "{piece} {variant} already goes to zone {zone}: change the quantity of that"
                    " drop instead"
                ).format(
                    piece=the_piece.name, variant=the_variant.label, zone=_zone_text(the_zone)
                ),
                kind=DROP_EXISTS,
                piece=the_piece.name,
                variant=the_variant.label,
                zone=the_zone.code,
            ) from exc
    return plan.drop_line(drop_id, the_piece, the_variant, the_zone, quantity)


def _zone_text(zone: Zone) -> str:
    return f"{zone.code} {zone.name}".strip() if zone.name else zone.code


def _find_drop(
    ws: Workspace, campaign_ref: str, piece: str, zone: str, variant: str | None
) -> tuple[int, Piece, Variant, Zone]:
    """The drop of a piece variant to a zone: its id, piece, variant and zone."""
    campaign = find_campaign(ws, campaign_ref)
    the_piece = find_piece(ws, campaign, piece)
    the_variant = find_variant(ws, the_piece, variant)
    the_zone = store.find_zone(ws, campaign.id, zone)
    for drop_id, p, v, z, _ in store.list_drops(ws, campaign.id):
        if v.id == the_variant.id and z.id == the_zone.id:
            return drop_id, p, v, z
    raise NotFoundError(
        tr("variant {variant} of {piece} does not go to zone {zone}").format(
            variant=the_variant.label, piece=the_piece.slug, zone=zone
        )
    )


def set_drop_quantity(
    ws: Workspace, campaign_ref: str, *, piece: str, zone: str, variant: str | None, quantity: int
) -> plan.DropLine:
    drop_id, p, v, z = _find_drop(ws, campaign_ref, piece, zone, variant)
    store.set_drop_quantity(ws, drop_id, plan.check_quantity(quantity))
    return plan.drop_line(drop_id, p, v, z, quantity)


def remove_drop(
    ws: Workspace, campaign_ref: str, *, piece: str, zone: str, variant: str | None
) -> None:
    drop_id, *_ = _find_drop(ws, campaign_ref, piece, zone, variant)
    store.delete_drop(ws, drop_id)


# The whole plan ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class PlanSummary:
    campaign: Campaign
    pieces: list[tuple[Piece, list[Variant]]]
    zones: list[Zone]
    totals: PlanTotals


def plan_summary(ws: Workspace, campaign_ref: str) -> PlanSummary:
    """Everything planned for a campaign, with each drop's cost and the totals against budget."""
    campaign = find_campaign(ws, campaign_ref)
    pieces = [(p, store.list_variants(ws, p.id)) for p in store.list_pieces(ws, campaign.id)]
    lines = [
        plan.drop_line(drop_id, piece, variant, zone, quantity)
        for drop_id, piece, variant, zone, quantity in store.list_drops(ws, campaign.id)
    ]
    return PlanSummary(
        campaign=campaign,
        pieces=pieces,
        zones=store.list_zones(ws, campaign.id),
        totals=plan.plan_totals(lines, campaign.budget_cents),
    )
