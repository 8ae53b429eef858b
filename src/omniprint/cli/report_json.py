"""The report as JSON (`omniprint --json report`): a public contract, keys only ever added.

Two keys kept their name with a corrected value: ``lift.responses`` now counts web-shop orders
on both sides (it once set coded responses in treated zones against match-back orders in control
zones), and ``rows[].matchback_orders`` is 0 on the drops of a zone that got several variants
(``zones[]`` carries the zone's match-back orders).
"""

from __future__ import annotations

from decimal import Decimal

from omniprint.domain.abtest import VariantTest, variant_lines
from omniprint.domain.lift import Lift, lift_headline
from omniprint.domain.metrics import CampaignReport, Tally, ratio_text
from omniprint.domain.money import decimal_string


def money_or_none(cents: int | None) -> str | None:
    return None if cents is None else decimal_string(cents)


def tally_json(t: Tally) -> dict:
    return {
        "households": t.households,
        "pieces": t.pieces,
        "visits": t.visits,
        "store_redemptions": t.store_redemptions,
        "online_orders": t.online_orders,
        "responses": t.responses,
        "response_rate": ratio_text(t.response_rate, 4),
        "revenue": decimal_string(t.revenue_cents),
        "cost": decimal_string(t.cost_cents),
        "cost_per_response": money_or_none(t.cost_per_response_cents),
        "roas": ratio_text(t.roas),
        "roi": ratio_text(t.roi),
        "matchback_orders": t.matchback_orders,
        "matchback_revenue": decimal_string(t.matchback_revenue_cents),
    }


def report_json(rep: CampaignReport) -> dict:
    """The report as JSON. Keys only ever get added. Two kept their name with a corrected value:
    ``lift.responses`` now counts web-shop orders on both sides (it once set coded responses in
    treated zones against match-back orders in control zones), and ``rows[].matchback_orders`` is
    0 on the drops of a zone that got several variants (``zones[]`` carries them)."""

    def comparison(c) -> dict:
        interval = c.interval
        return {
            "treated_households": c.treated_base,
            "control_households": c.control_base,
            "treated": c.treated_events,
            "control": c.control_events,
            "treated_per_1000": _round(c.treated_rate),
            "control_per_1000": _round(c.control_rate),
            "difference_per_1000": _round(c.difference),
            "ci95_per_1000": [_round(interval[0]), _round(interval[1])] if interval else None,
            "relative": _round(c.relative, 3),
            "enough_data": c.enough,
            "verdict": c.verdict,
        }

    headline = lift_headline(rep.lift)
    return {
        "campaign": rep.campaign.slug,
        "currency": rep.campaign.currency,
        "rows": [
            {
                "piece": r.piece or None,
                "variant": r.variant or None,
                "zone": r.zone,
                "zone_name": r.zone_name,
                "control": r.control,
                **tally_json(r.tally),
            }
            for r in rep.rows
            if not r.zone_total
        ],
        "zones": [
            {
                "zone": z.zone,
                "zone_name": z.zone_name,
                "control": z.control,
                "variants": list(z.variants),
                **tally_json(z.tally),
                "lift_orders": z.lift_orders,
                "lift_revenue": decimal_string(z.lift_revenue_cents),
                "lift_orders_per_1000": _round(z.lift_rate),
            }
            for z in rep.zones
        ],
        "totals": tally_json(rep.totals),
        "lift": {
            "headline": headline,
            "orders": lift_json(rep.lift),
            "matchback": comparison(rep.matchback),
            "responses": comparison(rep.responses) | {"verdict": headline},
            "variants": [variant_json(t, rep.campaign.currency) for t in rep.variant_tests],
        },
        "unmatched": rep.count("unmatched"),
        "corrected": rep.count("corrected"),
        "duplicates": rep.count("duplicate"),
        "out_of_window": rep.count("out_of_window"),
        "cancelled": rep.count("cancelled"),
        "caveats": rep.caveats,
    }


def lift_json(lift: Lift) -> dict:
    """Lift against control zones: web-shop orders per 1,000 households (see `domain.lift`)."""
    interval = lift.interval
    per_order = lift.cost_per_incremental_order_cents
    revenue = lift.incremental_revenue_cents
    return {
        "measure": "web-shop orders per 1,000 households",
        "method": "Newcombe hybrid score interval (Wilson), 95 %",
        "measurable": lift.measurable,
        "problem": lift.problem,
        "treated_orders": lift.treated_orders,
        "treated_households": lift.treated_households,
        "control_orders": lift.control_orders,
        "control_households": lift.control_households,
        "treated_per_1000": _round(lift.treated_rate),
        "control_per_1000": _round(lift.control_rate),
        "difference_per_1000": _round(lift.difference),
        "ci95_per_1000": [_round(interval[0]), _round(interval[1])] if interval else None,
        "relative": ratio_text(_decimal(lift.relative)),
        "incremental_orders": _round(lift.incremental_orders, 1),
        "incremental_revenue": None if revenue is None else decimal_string(revenue),
        "cost": decimal_string(lift.cost_cents),
        "cost_per_incremental_order": None if per_order is None else decimal_string(per_order),
        "store_redemptions_left_out": lift.store_redemptions,
        "headline": lift_headline(lift),
    }


def variant_json(t: VariantTest, currency: str) -> dict:
    """One A/B test: the old keys (responses) and the money (revenue per piece, ROI)."""
    money = t.revenue_test
    per_a, per_b = t.revenue_per_piece_a, t.revenue_per_piece_b
    return {
        "piece": t.piece,
        "a": t.a,
        "b": t.b,
        "pieces_a": t.pieces_a,
        "responses_a": t.responses_a,
        "pieces_b": t.pieces_b,
        "responses_b": t.responses_b,
        "p_value": _round(t.p_value, 4),
        "winner": t.winner,
        "verdict": t.verdict,
        "rate_a": ratio_text(_decimal(t.rate_a), 4),
        "rate_b": ratio_text(_decimal(t.rate_b), 4),
        "rate_test": "two-proportion z-test",
        "revenue_a": decimal_string(t.revenue_a_cents),
        "revenue_b": decimal_string(t.revenue_b_cents),
        "cost_a": decimal_string(t.cost_a_cents),
        "cost_b": decimal_string(t.cost_b_cents),
        "revenue_per_piece_a": _per_piece(per_a),
        "revenue_per_piece_b": _per_piece(per_b),
        "revenue_test": "Welch t-test on revenue per piece delivered (zero for no response)",
        "revenue_difference_per_piece": _per_piece(money.difference if money else None),
        "revenue_ci95_per_piece": [_per_piece(money.low), _per_piece(money.high)]
        if money
        else None,
        "revenue_p_value": _round(money.p_value, 4) if money else None,
        "revenue_winner": t.revenue_winner,
        "roi_a": ratio_text(_decimal(t.roi_a)),
        "roi_b": ratio_text(_decimal(t.roi_b)),
        "same_zones": t.same_zones,
        "details": variant_lines(t, currency),
    }


def _decimal(value: float | None) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def _per_piece(cents: float | None) -> str | None:
    """Money per piece (a fraction of a cent matters over thousands of pieces): 0.1152."""
    return None if cents is None else ratio_text(Decimal(str(cents)) / 100, 4)


def _round(value: float | None, places: int = 2) -> float | None:
    return None if value is None else round(value, places)
