"""Presets: the export layouts OmniPrint reads with no questions asked, recognised by header.

Each preset scores a header by the column names its system writes (folded: case, accents and
punctuation do not matter); the best score wins. Specific layouts score 100 and up, so the
generic redemption list (date + code, score 10 and up) is only chosen when nothing else fits.
"""

from __future__ import annotations

from omniprint.domain.i18n import tr
from omniprint.ingest.presets._base import Preset, fold
from omniprint.ingest.presets.ga4 import Ga4Preset
from omniprint.ingest.presets.generic import GenericPreset
from omniprint.ingest.presets.loyverse import LoyversePreset
from omniprint.ingest.presets.mercadopago import MercadoPagoPreset
from omniprint.ingest.presets.paypal import PayPalPreset
from omniprint.ingest.presets.prestashop import PrestaShopPreset
from omniprint.ingest.presets.shopify import ShopifyPreset
from omniprint.ingest.presets.square import SquareItemsPreset, SquareTransactionsPreset
from omniprint.ingest.presets.stripe import StripePreset
from omniprint.ingest.presets.stripe_balance import StripeBalancePreset
from omniprint.ingest.presets.sumup import SumUpPreset
from omniprint.ingest.presets.tiendanube import TiendanubePreset
from omniprint.ingest.presets.woocommerce import WooCommercePreset

__all__ = ["PRESETS", "Preset", "detect", "get"]

#: Every preset by name, in order of preference when two score the same.
PRESETS: dict[str, Preset] = {
    preset.name: preset
    for preset in (
        ShopifyPreset(),
        WooCommercePreset(),
        SquareTransactionsPreset(),
        SquareItemsPreset(),
        StripePreset(),
        Ga4Preset(),
        LoyversePreset(),
        PayPalPreset(),
        StripeBalancePreset(),
        PrestaShopPreset(),
        SumUpPreset(),
        MercadoPagoPreset(),
        TiendanubePreset(),
        GenericPreset(),
    )
}


def detect(header: list[str]) -> str | None:
    """The name of the preset that fits ``header`` best, or None when none does."""
    folded = {fold(name) for name in header if name.strip()}
    best, chosen = 0, None
    for name, preset in PRESETS.items():
        by_header = getattr(preset, "score_header", None)
        score = by_header(header) if by_header is not None else preset.score(folded)
        if score > best:
            best, chosen = score, name
    return chosen


def get(name: str) -> Preset:
    """The preset called ``name``; raises ``KeyError`` listing the known names."""
    try:
        return PRESETS[name]
    except KeyError:
        raise KeyError(
            tr("unknown preset {name!r}; known: {presets}").format(
                name=name, presets=", ".join(PRESETS)
            )
        ) from None
