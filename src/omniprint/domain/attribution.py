"""The rules that tie what came back to what was printed: windows, postcodes, UTM content.

Pure functions; storage runs them over the workspace's records (see `storage.reconcile`).

Statuses of a use of a code:
- ``response``: the first use of a code within its window (or, for a code shared by a whole drop,
  one of its first ``copies`` uses): counted, with its revenue;
- ``duplicate``: a later use of a code already counted: flagged, not attributed;
- ``out_of_window``: used before the drop date or after the attribution window: flagged;
- ``cancelled``: a cancelled or voided order: excluded;
- ``unmatched``: looks like one of our codes but matches none, even with one typing error;
- ``dismissed``: the user said it is not ours.
Other statuses: ``utm`` (an online order matched to a drop by its link's UTM parameters),
``visit`` (analytics rows matched by campaign and ad content), ``matchback`` (an order with no
code whose postcode lies in a campaign zone within the window).
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import parse_qs, urlsplit

from omniprint.domain import codes

COUNTED = "response"
STATUSES = (
    "response",
    "duplicate",
    "out_of_window",
    "cancelled",
    "unmatched",
    "dismissed",
    "utm",
    "visit",
    "matchback",
)
RULES = ("exact", "corrected", "manual", "link", "utm", "visit", "postcode")


def window(start: str, days: int) -> tuple[str, str]:
    """The attribution window as ISO dates, first and last day included."""
    first = dt.date.fromisoformat(start[:10])
    return first.isoformat(), (first + dt.timedelta(days=days)).isoformat()


def in_window(day: str, bounds: tuple[str, str]) -> bool:
    return bounds[0] <= day[:10] <= bounds[1]


def looks_like_our_code(text: str, prefixes: set[str], lengths: set[int]) -> bool:
    """True when a typed code is plausibly one of ours (worth a review), not another discount
    such as ``SUMMER10``: it starts with one of our prefixes, or it has the length and alphabet of
    our codes give or take one character."""
    key = codes.normalize(text)
    if not key:
        return False
    if any(prefix and key.startswith(prefix) for prefix in prefixes):
        return True
    alphabet = set(codes.CHECK_ALPHABET)
    return set(key) <= alphabet and any(abs(len(key) - n) <= 1 for n in lengths)


def code_in_link(url: str | None) -> str | None:
    """The `code` parameter of one of our tracked links, if the landing URL kept it."""
    if not url or "code=" not in url:
        return None
    query = urlsplit(
        url if "://" in url else "https://x" + (url if url.startswith("/") else "/" + url)
    ).query
    values = parse_qs(query).get("code")
    return values[0] if values else None


def utm_from_link(url: str | None) -> dict[str, str]:
    """utm_* parameters of a landing URL (Shopify's Landing Site, WooCommerce's attribution)."""
    if not url or "utm_" not in url:
        return {}
    query = urlsplit(url if "://" in url else "https://x/" + url.lstrip("/")).query
    return {k: v[0] for k, v in parse_qs(query).items() if k.startswith("utm_") and v}


_SPACE = re.compile(r"[\s-]+")


def normalize_postcode(text: str | None) -> str:
    return _SPACE.sub("", (text or "").upper())


def postcode_in_zone(postcode: str | None, zone_code: str) -> bool:
    """A customer's postcode lies in a zone: equal, or inside a sector (`SW1A1` in `SW1A 1`).

    Spreadsheets drop leading zeros (08001 becomes 8001), so a numeric postcode shorter than a
    numeric zone code is padded first.
    """
    pc, zone = normalize_postcode(postcode), normalize_postcode(zone_code)
    if not pc or not zone:
        return False
    if pc.isdigit() and zone.isdigit() and len(pc) < len(zone):
        pc = pc.zfill(len(zone))
    return pc == zone or (not zone.isdigit() and pc.startswith(zone))
