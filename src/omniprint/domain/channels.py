"""Channels side by side: ad spend, other costs, and the rules that put print and online on the
same money.

Pure rules, used by every face through ``services.channels``:

- which GA4 source / medium is which channel (``google / cpc`` and ``facebook / paid`` are the
  two ad platforms whose spend OmniPrint imports; organic, referral and direct are ``organic``);
- how spend reported over a period that only partly overlaps a campaign is pro-rated by days;
- cost per response and ROAS of a channel, and the totals;
- how an order that carries both a print code and an online source becomes a path
  (``leaflet -> facebook / paid -> web order``);
- what a scan's user agent says about the device, and which agents are bots.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from omniprint.domain.i18n import tr, tr_noop
from omniprint.domain.money import cents_each

KINDS = ("print", "ads", "other", "organic")
#: The kinds as people read them (the JSON keeps the English word).
KIND_WORDS = (tr_noop("print"), tr_noop("ads"), tr_noop("other"), tr_noop("organic"))
PLATFORMS = ("google", "meta")

#: The channel each imported ad platform's spend belongs to, named as GA4 names the traffic.
PLATFORM_CHANNEL = {"google": "google / cpc", "meta": "facebook / paid"}

_PAID_MEDIUMS = frozenset(
    {"cpc", "ppc", "paid", "paidsocial", "paid_social", "paid-social", "social_paid",
     "social-paid", "paid social", "cpm", "display", "ads", "ad", "banner", "retargeting"}
)  # fmt: skip
_META_SOURCES = frozenset(
    {"facebook", "fb", "instagram", "ig", "meta", "facebook.com", "m.facebook.com",
     "l.facebook.com", "lm.facebook.com", "instagram.com", "l.instagram.com", "an", "msg"}
)  # fmt: skip
_GOOGLE_SOURCES = frozenset({"google", "adwords", "google ads", "googleads", "youtube"})
#: Mediums our own tracked links and other printed matter write (``leaflet / print``).
_PRINT_MEDIUMS = frozenset({"print", "qr", "offline", "direct-mail", "mail", "flyer", "leaflet"})
_DIRECT = frozenset({"(direct)", "direct", ""})
_NONE = frozenset({"(none)", "(not set)", "none", ""})

#: What each kind of printed piece is called in a path.
PIECE_WORDS = {
    "leaflet": tr_noop("leaflet"),
    "flyer": tr_noop("flyer"),
    "business-card": tr_noop("business card"),
    "door-hanger": tr_noop("door hanger"),
    "postcard": tr_noop("postcard"),
}
WEB_ORDER = tr_noop("web order")
TILL = tr_noop("till")


@dataclass(frozen=True)
class AdSpend:
    """One row of an ad platform's report: what one ad campaign (or ad set) cost over a period.

    ``start`` and ``end`` are ISO dates, both included; empty when the report covers all time.
    """

    platform: str
    ad_campaign: str
    cost_cents: int
    start: str = ""
    end: str = ""
    ad_set: str = ""
    currency: str | None = None
    impressions: int | None = None
    clicks: int | None = None
    results: int | None = None
    utm_campaign: str | None = None
    line: int = 0


def channel_of(source: str | None, medium: str | None) -> tuple[str, str]:
    """(channel name, kind) of a GA4 source / medium (or an order's utm_source / utm_medium).

    Paid traffic from Google is ``google / cpc`` and from Meta's apps ``facebook / paid``, the
    channels whose spend is imported; other paid traffic keeps its own name as ``ads``; direct is
    ``direct``; everything else (organic search, referral, social, email) is ``organic``.
    """
    src = (source or "").strip().lower()
    med = (medium or "").strip().lower()
    if src in _DIRECT and med in _NONE:
        return "direct", "organic"
    if med in _PRINT_MEDIUMS:
        return f"{src or '(not set)'} / {med}", "print"
    if med in _PAID_MEDIUMS:
        if src in _GOOGLE_SOURCES:
            return PLATFORM_CHANNEL["google"], "ads"
        if src in _META_SOURCES:
            return PLATFORM_CHANNEL["meta"], "ads"
        return f"{src or '(not set)'} / {med}", "ads"
    return f"{src or '(not set)'} / {med or '(none)'}", "organic"


def days_between(start: str, end: str) -> int:
    """Days from ``start`` to ``end``, both included."""
    return (dt.date.fromisoformat(end[:10]) - dt.date.fromisoformat(start[:10])).days + 1


def _overlap(a: AdSpend, b: AdSpend) -> bool:
    if not (a.start and b.start):
        return True  # a report over all time overlaps every period
    return a.start <= b.end and b.start <= a.end


def _days(spend: AdSpend) -> int:
    return days_between(spend.start, spend.end) if spend.start else 10**9


def count_once(rows: list[AdSpend]) -> tuple[list[AdSpend], list[AdSpend]]:
    """(kept, left out): the spend rows to count, so no money is counted twice when reports
    overlap. Per platform and ad campaign, rows per ad set are kept over a row for the whole
    campaign; among rows of one ad set (or of the whole campaign), the finer period wins (a day
    over a month, a month over all time), and a row overlapping one already kept is left out.
    """
    groups: dict[tuple[str, str], list[AdSpend]] = {}
    for row in rows:
        groups.setdefault((row.platform, row.ad_campaign), []).append(row)
    kept: list[AdSpend] = []
    dropped: list[AdSpend] = []
    for group in groups.values():
        sets = [r for r in group if r.ad_set]
        if sets:
            dropped += [r for r in group if not r.ad_set]
            group = sets
        chosen: list[AdSpend] = []
        for row in sorted(group, key=lambda r: (_days(r), r.start, r.ad_set)):
            if any(c.ad_set == row.ad_set and _overlap(c, row) for c in chosen):
                dropped.append(row)
            else:
                chosen.append(row)
        kept += chosen
    order = {id(r): i for i, r in enumerate(rows)}
    return sorted(kept, key=lambda r: order[id(r)]), sorted(dropped, key=lambda r: order[id(r)])


@dataclass(frozen=True)
class Share:
    """The part of a spend row that falls in a campaign's dates."""

    cost_cents: int
    days_in: int | None
    days_total: int | None

    @property
    def prorated(self) -> bool:
        return self.days_total is not None and self.days_in != self.days_total


def prorate(cost_cents: int, start: str, end: str, first: str | None, last: str | None) -> Share:
    """The cost of ``start``..``end`` that falls in ``first``..``last`` (a campaign's dates),
    pro-rated by days, half a cent up.

    A report over all time (no dates), or a campaign with no dates, counts the whole cost: there
    are no days to share it by. An open end on either side reaches as far as the other.
    """
    if not start or not end or not (first or last):
        return Share(cost_cents, None, None)
    total = days_between(start, end)
    lo = max(start[:10], first[:10]) if first else start[:10]
    hi = min(end[:10], last[:10]) if last else end[:10]
    inside = max(0, days_between(lo, hi)) if lo <= hi else 0
    if inside == total:
        return Share(cost_cents, inside, total)
    cents = int((Decimal(cost_cents) * inside / total).quantize(1, ROUND_HALF_UP))
    return Share(cents, inside, total)


@dataclass
class ChannelRow:
    """One channel of a campaign: what it cost and what it brought."""

    channel: str
    kind: str
    cost_cents: int = 0
    visits: int = 0
    responses: int = 0
    revenue_cents: int = 0
    notes: list[str] = field(default_factory=list)

    @property
    def cost_per_response_cents(self) -> int | None:
        """Cost of one response; None when nothing came back (no responses to share it by)."""
        return cents_each(self.cost_cents, self.responses)

    @property
    def roas(self) -> Decimal | None:
        """Revenue per unit of cost, to two places; None when the channel cost nothing."""
        if not self.cost_cents:
            return None
        return (Decimal(self.revenue_cents) / self.cost_cents).quantize(
            Decimal("0.01"), ROUND_HALF_UP
        )

    def add(self, other: ChannelRow) -> None:
        self.cost_cents += other.cost_cents
        self.visits += other.visits
        self.responses += other.responses
        self.revenue_cents += other.revenue_cents


def order_channels(rows: list[ChannelRow]) -> list[ChannelRow]:
    """Print first (in plan order), then ads, other costs and organic; largest cost first
    within ads, other and organic, then by name."""
    rank = {kind: i for i, kind in enumerate(KINDS)}
    printed = [r for r in rows if r.kind == "print"]
    rest = sorted(
        (r for r in rows if r.kind != "print"),
        key=lambda r: (rank[r.kind], -r.cost_cents, -r.visits, r.channel),
    )
    return printed + rest


def totals(rows: list[ChannelRow]) -> ChannelRow:
    """Every channel summed."""
    total = ChannelRow("total", "total")
    for row in rows:
        total.add(row)
    return total


def path_of(piece_kind: str, source: str | None, medium: str | None, kind: str) -> list[str]:
    """The steps of one order's path (untranslated words): the printed piece it carries a code
    of, the online channel it came through, and where it was bought (``web order`` or ``till``).
    """
    channel, _ = channel_of(source, medium)
    where = TILL if kind == "redemption" else WEB_ORDER
    return [PIECE_WORDS.get(piece_kind, piece_kind), channel, where]


# --- scans -------------------------------------------------------------------------------------

_BOT = re.compile(
    r"bot|crawl|spider|slurp|facebookexternalhit|preview|curl|wget|python-requests|httpclient|"
    r"monitor|uptime|headless|lighthouse|scanner|go-http-client|okhttp|axios|java/",
    re.IGNORECASE,
)
_TABLET = re.compile(r"ipad|tablet|kindle|silk|(android(?!.*mobile))", re.IGNORECASE)
_MOBILE = re.compile(r"mobile|iphone|ipod|android|windows phone|opera mini", re.IGNORECASE)
DEVICES = ("mobile", "tablet", "desktop")


def is_bot(user_agent: str) -> bool:
    """True for crawlers, link previews and scripts: they do not stand for a person scanning."""
    return not user_agent.strip() or user_agent.strip() == "-" or bool(_BOT.search(user_agent))


def device_class(user_agent: str) -> str:
    """``mobile``, ``tablet`` or ``desktop``, from a browser's user agent."""
    if _TABLET.search(user_agent):
        return "tablet"
    if _MOBILE.search(user_agent):
        return "mobile"
    return "desktop"


def rate(numerator: int, denominator: int) -> Decimal | None:
    """A step's rate of a funnel to four places; None when the step before had nothing."""
    if not denominator:
        return None
    return (Decimal(numerator) / denominator).quantize(Decimal("0.0001"), ROUND_HALF_UP)


@dataclass(frozen=True)
class Journey:
    """One path (its steps in English, and as the user reads them), its orders and revenue."""

    steps: tuple[str, ...]
    orders: int
    revenue_cents: int

    @property
    def path(self) -> str:
        return " -> ".join(self.steps)

    @property
    def shown(self) -> str:
        """The path in the active language (the online channel keeps its GA4 name)."""
        return " -> ".join(tr(step) for step in self.steps)


@dataclass(frozen=True)
class FunnelRow:
    """One zone and variant from pieces delivered to revenue."""

    piece: str
    variant: str
    zone: str
    pieces: int
    scans: int
    visits: int
    responses: int
    revenue_cents: int

    @property
    def scan_rate(self):
        return rate(self.scans, self.pieces)

    @property
    def visit_rate(self):
        return rate(self.visits, self.scans)

    @property
    def response_rate(self):
        return rate(self.responses, self.visits)


@dataclass
class ChannelsSection:
    """What the PDF report shows of a campaign's channels: the channels and their totals, the
    notes on how costs were counted, the top paths and the funnel per zone and variant."""

    rows: list[ChannelRow]
    totals: ChannelRow
    notes: list[str] = field(default_factory=list)
    journeys: list[Journey] = field(default_factory=list)
    funnel: list[FunnelRow] = field(default_factory=list)
