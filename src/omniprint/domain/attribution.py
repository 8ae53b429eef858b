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

The attribution window of each zone (`zone_windows`) and the order in which a use's status is
decided (`use_status`) are computed here only: reconcile hands them to SQL as tables to join
(``storage.reconcile``), and its UTM and postcode matching, the report and lift read the same
`Window` objects, so a code, a tracked link and a postcode always agree on which days count.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

from omniprint.domain import codes
from omniprint.domain.plan import Campaign, Zone

COUNTED = "response"
#: The statuses that count as responses of a campaign: a code used, an order by its tracked link.
RESPONSES = (COUNTED, "utm")
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
    """The attribution window as ISO dates, first and last day included: the start day and the
    `days` after it (a 60-day window from 1 October ends on 30 November)."""
    first = dt.date.fromisoformat(start[:10])
    return first.isoformat(), (first + dt.timedelta(days=days)).isoformat()


@dataclass(frozen=True)
class Window:
    """The days on which what came back from one zone counts, first and last included.

    ``first_day`` and ``last_day`` are None when the plan gives no date to count from (no drop
    date, campaign start or other drop date): then no day is inside, for a code, a tracked link
    or a postcode alike.
    """

    campaign_id: int
    zone_id: int
    first_day: str | None
    last_day: str | None

    def holds(self, occurred_at: str) -> bool:
        """True when a record dated `occurred_at` (ISO; only its day counts) is inside."""
        if self.first_day is None or self.last_day is None:
            return False
        return self.first_day <= occurred_at[:10] <= self.last_day


def zone_windows(campaign: Campaign, zones: Sequence[Zone]) -> list[Window]:
    """Each zone's attribution window, in the order of `zones` (the campaign's zones).

    A zone counts from its drop date; a zone without one (a control zone, or a drop not yet
    dated) from the campaign's start date, else from the campaign's earliest drop date; each
    for ``campaign.attribution_days`` days after that day.
    """
    dates = sorted(z.drop_date[:10] for z in zones if z.drop_date)
    fallback = campaign.start_date or (dates[0] if dates else None)
    found = []
    for zone in zones:
        start = zone.drop_date or fallback
        first, last = window(start, campaign.attribution_days) if start else (None, None)
        found.append(Window(campaign.id, zone.id, first, last))
    return found


def campaign_span(campaign: Campaign, windows: Sequence[Window]) -> tuple[str, str]:
    """The first and last day of a campaign's results: its dates, widened to every zone's
    window. When nothing is dated the span is empty (its first day comes after its last)."""
    firsts = [w.first_day for w in windows if w.first_day]
    lasts = [w.last_day for w in windows if w.last_day]
    if campaign.start_date:
        firsts.append(campaign.start_date[:10])
    if campaign.end_date:
        lasts.append(campaign.end_date[:10])
    return (min(firsts) if firsts else "9999-12-31"), (max(lasts) if lasts else "0000-01-01")


#: The order in which a use's status is decided: a cancelled order is cancelled whatever its
#: date; else a use outside its zone's window is out of window; else the first use(s) of a code
#: count (``response``, or ``utm``/``matchback`` for the other ways of matching) and later ones
#: are duplicates.
STATUS_ORDER = ("cancelled", "out_of_window", COUNTED, "duplicate")


def use_status(
    *, cancelled: bool, in_window: bool, first: bool = True, counted: str = COUNTED
) -> str:
    """The status of one use of a code, tracked link or postcode, by `STATUS_ORDER`: ``first``
    is False for a later use of a code already counted; ``counted`` names a counted use."""
    if cancelled:
        return "cancelled"
    if not in_window:
        return "out_of_window"
    return counted if first else "duplicate"


def status_table(counted: str = COUNTED) -> list[tuple[int, int, int, str, int]]:
    """`use_status` for every case, as rows (cancelled, in_window, first, status, revenue
    counts) that SQL joins instead of repeating the rule in a CASE."""
    rows = []
    for cancelled in (0, 1):
        for inside in (0, 1):
            for first in (0, 1):
                status = use_status(
                    cancelled=bool(cancelled), in_window=bool(inside), first=bool(first),
                    counted=counted,
                )  # fmt: skip
                rows.append((cancelled, inside, first, status, int(status == counted)))
    return rows


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
