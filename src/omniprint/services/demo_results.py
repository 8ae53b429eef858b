"""What came back in the sample campaign: a till export, a Shopify export and a GA4 report, made
from the codes the sample issued, with a seeded random generator so the figures never change.

Besides plain responses, the files hold what real exports hold: a code typed with one error, a
code used twice, a code that is nobody's, a cancelled order, a refund, and online orders without a
code from postcodes in the campaign's zones (match-back), the control zone included.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from omniprint.domain import codes as codelib
from omniprint.services.plan import find_campaign
from omniprint.storage import codes as code_store
from omniprint.storage import plan as plan_store
from omniprint.storage.workspace import Workspace

SHOPIFY_FILE = "pedidos_shopify.csv"
TILL_FILE = "canjes_caja.csv"
GA4_FILE = "ga4_adquisicion_trafico.csv"
TILL_STORE = "Plaza"
DST_STARTS = dt.date(2027, 3, 28)  # Spanish summer time in the sample's year (+02:00 from then)
OUTSIDE_POSTCODES = ("46015", "46023", "46920")  # customers from outside every zone


@dataclass(order=True)
class _Use:
    when: dt.datetime
    code: str = field(compare=False)
    cents: int = field(compare=False)


@dataclass
class _Files:
    till: list[_Use] = field(default_factory=list)
    orders: list[dict] = field(default_factory=list)


def write_results(
    ws: Workspace,
    campaign_ref: str,
    folder: Path,
    rng: random.Random,
    *,
    responses: Callable[[int, str, str], int],
    store_share: Mapping[str, float],
    matchback: Mapping[str, int],
) -> list[Path]:
    """Write the three exports into `folder` and return their paths (till, shop, analytics).

    `responses(quantity, zone, variant)` says how many codes of a drop come back; `store_share`
    which part of them at the till, by variant; `matchback` the orders without a code by postcode.
    """
    campaign = find_campaign(ws, campaign_ref)
    issued: dict[tuple[str, str], list[str]] = defaultdict(list)
    for row in code_store.iter_codes(ws, campaign.id):
        issued[(row.zone, row.variant)].append(row.display)
    drop_dates = {
        z.code: dt.date.fromisoformat(z.drop_date or campaign.start_date or "2027-03-01")
        for z in plan_store.list_zones(ws, campaign.id)
    }
    files = _Files()
    spare: dict[tuple[str, str], list[str]] = {}
    for (zone, variant), drop_codes in sorted(issued.items()):
        chosen = rng.sample(drop_codes, responses(len(drop_codes), zone, variant))
        taken = set(chosen)
        spare[(zone, variant)] = [c for c in drop_codes if c not in taken][:3]
        for code in chosen:
            when = _moment(drop_dates[zone], rng)
            if rng.random() < store_share[variant]:
                files.till.append(_Use(when, code, _ticket_cents(variant, rng)))
            else:
                files.orders.append(_order(when, code, zone, variant, rng))
    for zone, count in sorted(matchback.items()):
        for _ in range(count):
            files.orders.append(_order(_moment(drop_dates[zone], rng), "", zone, "", rng))
    start = min(drop_dates.values())
    for postcode in OUTSIDE_POSTCODES:
        files.orders.append(_order(_moment(start, rng), "", postcode, "", rng))
    _add_mishaps(ws, files, spare, drop_dates, rng)
    till, shop, ga4 = folder / TILL_FILE, folder / SHOPIFY_FILE, folder / GA4_FILE
    till.write_bytes(_till_csv(files.till).encode("cp1252"))
    shop.write_text(_shopify_csv(files.orders), encoding="utf-8", newline="")
    ga4.write_bytes(_asset(GA4_FILE))
    return [till, shop, ga4]


def _asset(name: str) -> bytes:
    return (resources.files("omniprint") / "assets" / "demo" / name).read_bytes()


def _moment(drop: dt.date, rng: random.Random) -> dt.datetime:
    """Most answers come in the first two weeks after the drop, a few up to seven weeks later."""
    day = drop + dt.timedelta(days=min(int(rng.expovariate(1 / 9)), 48))
    minute = rng.randrange(7 * 60 + 30, 20 * 60 + 30)
    return dt.datetime.combine(day, dt.time(minute // 60, minute % 60, rng.randrange(60)))


def _ticket_cents(variant: str, rng: random.Random) -> int:
    if variant == "A":  # the pastry (the coffee is free), often with bread or a second piece
        return rng.randrange(150, 900, 5)
    return rng.randrange(600, 2200, 5) * 9 // 10  # 10 % off a first, bigger order


def _order(when: dt.datetime, code: str, zone: str, variant: str, rng: random.Random) -> dict:
    subtotal = rng.randrange(1600, 4800, 10)
    discount = min(subtotal // 10, 1000) if variant == "B" else 0
    shipping = 290 if rng.random() < 0.6 else 0
    return {
        "when": when,
        "code": code,
        "zip": zone,
        "subtotal": subtotal,
        "discount": discount,
        "shipping": shipping,
        "status": "paid",
        "refunded": 0,
        "cancelled": None,
    }


def _add_mishaps(
    ws: Workspace,
    files: _Files,
    spare: dict[tuple[str, str], list[str]],
    drop_dates: dict[str, dt.date],
    rng: random.Random,
) -> None:
    """What real exports hold besides clean responses (none of it changes the response counts)."""
    till = sorted(files.till)
    typed = till[0]
    typo = _one_error(typed.code)
    if codelib.suggest(typo, lambda keys: code_store.existing_keys(ws, keys)).status == "corrected":
        typed.code = typo.lower().replace("-", " ")  # as a cashier types it, one key wrong
    again = till[1]
    files.till.append(_Use(again.when + dt.timedelta(days=9), again.code, again.cents))
    stray = _nobodys_code(ws, till[2].code)
    files.till.append(_Use(till[2].when + dt.timedelta(days=3), stray, 650))
    orders = sorted((o for o in files.orders if o["code"]), key=lambda o: o["when"])
    refunded = next(o for o in orders if o["discount"])
    refunded.update(status="partially_refunded", refunded=450)
    zone, variant = sorted(spare)[-1]
    voided = _order(_moment(drop_dates[zone], rng), spare[(zone, variant)][0], zone, variant, rng)
    voided.update(status="voided", cancelled=voided["when"] + dt.timedelta(hours=2))
    files.orders.append(voided)


def _one_error(code: str) -> str:
    """The code with one symbol of its body replaced, as a slip on the keyboard would."""
    prefix, group, *rest = code.split("-")
    slip = "0" if group[1] != "0" else "1"
    return "-".join([prefix, group[0] + slip + group[2:], *rest])


def _nobodys_code(ws: Workspace, code: str) -> str:
    """A code with our prefix, two errors away from `code`, that matches no issued code."""
    prefix, group, *rest = code.split("-")
    for pair in ("27", "72", "49", "94", "38"):
        candidate = "-".join([prefix, group[0] + pair + group[3:], *rest])
        check = codelib.suggest(candidate, lambda keys: code_store.existing_keys(ws, keys))
        if check.status in ("unknown", "invalid"):
            return candidate
    raise RuntimeError("no stray code found")  # 1 in 32^2 codes is issued: cannot happen


def _money(cents: int, *, comma: bool = False) -> str:
    text = f"{cents // 100}.{cents % 100:02d}"
    return text.replace(".", ",") + " €" if comma else text


def _till_csv(uses: list[_Use]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(["Fecha", "Hora", "Ticket", "Código", "Importe", "Tienda"])
    for n, use in enumerate(sorted(uses), 1):
        writer.writerow(
            [
                use.when.strftime("%d/%m/%Y"),
                use.when.strftime("%H:%M"),
                f"T1-{4100 + n:06d}",
                use.code,
                _money(use.cents, comma=True),
                TILL_STORE,
            ]
        )
    return out.getvalue()


PRODUCTS = (
    ("Caja de bollería variada (12 piezas)", "CAJ-12"),
    ("Tarta de queso al horno", "TAR-QUE"),
    ("Pan de masa madre de centeno 1 kg", "PAN-CEN"),
    ("Coca de llanda familiar", "COC-LLA"),
)


def _stamp(when: dt.datetime) -> str:
    offset = "+0200" if when.date() >= DST_STARTS else "+0100"
    return f"{when:%Y-%m-%d %H:%M:%S} {offset}"


def _shopify_csv(orders: list[dict]) -> str:
    out = io.StringIO()
    # The columns of Shopify's Orders > Export, in its order.
    header = _asset("shopify_header.csv").decode("utf-8").strip().split(",")
    writer = csv.DictWriter(out, header, lineterminator="\n", restval="")
    writer.writeheader()
    for n, order in enumerate(sorted(orders, key=lambda o: o["when"]), 1001):
        total = order["subtotal"] - order["discount"] + order["shipping"]
        taxes = total - round(total / 1.10)  # bakery goods carry 10 % VAT in Spain
        name, sku = PRODUCTS[n % len(PRODUCTS)]
        paid = order["status"] != "voided"
        writer.writerow(
            {
                "Name": f"#{n}",
                "Email": f"cliente{n}@example.com",
                "Financial Status": order["status"],
                "Paid at": _stamp(order["when"]) if paid else "",
                "Fulfillment Status": "fulfilled" if paid else "",
                "Accepts Marketing": "no",
                "Currency": "EUR",
                "Subtotal": _money(order["subtotal"]),
                "Shipping": _money(order["shipping"]),
                "Taxes": _money(taxes),
                "Total": _money(total),
                "Discount Code": order["code"],
                "Discount Amount": _money(order["discount"]),
                "Shipping Method": "Reparto a domicilio" if order["shipping"] else "Recogida",
                "Created at": _stamp(order["when"]),
                "Lineitem quantity": "1",
                "Lineitem name": name,
                "Lineitem price": _money(order["subtotal"]),
                "Lineitem sku": sku,
                "Billing City": "València",
                "Billing Zip": order["zip"],
                "Billing Country": "ES",
                "Shipping City": "València",
                "Shipping Zip": order["zip"],
                "Shipping Country": "ES",
                "Cancelled at": _stamp(order["cancelled"]) if order["cancelled"] else "",
                "Payment Method": "Shopify Payments",
                "Refunded Amount": _money(order["refunded"]) if order["refunded"] else "",
                "Vendor": "Horno de la Plaza",
                "Id": str(5_550_000 + n),
                "Risk Level": "Low",
                "Source": "web",
            }
        )
    return out.getvalue()
