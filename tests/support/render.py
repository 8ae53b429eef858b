"""A small business card design and fake records shared by the render tests."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from omniprint.domain.design import Design, load_design

K100 = {"cmyk": [0, 0, 0, 100], "rgb": "#000000"}


def card_document() -> dict[str, Any]:
    """An 85 x 55 mm two-sided card: static title, zone, coupon and a QR on the front."""
    return {
        "format": "omniprint.design",
        "version": 1,
        "name": "Test card",
        "kind": "business-card",
        "trim": {"width_mm": 85.0, "height_mm": 55.0},
        "bleed_mm": 3.0,
        "safe_mm": 3.0,
        "sides": [
            {
                "name": "front",
                "background": {"cmyk": [0, 0, 0, 0], "rgb": "#FFFFFF"},
                "elements": [
                    {"id": "band", "type": "rect", "x_mm": -3, "y_mm": -3, "w_mm": 91,
                     "h_mm": 12, "fill": {"cmyk": [100, 0, 0, 0], "rgb": "#00AEEF"}},
                    {"id": "title", "type": "text", "x_mm": 5, "y_mm": 12, "w_mm": 45,
                     "h_mm": 10, "text": "Panadería Sol", "size_pt": 12, "bold": True,
                     "color": K100},
                    {"id": "zone", "type": "text", "x_mm": 5, "y_mm": 24, "w_mm": 45,
                     "h_mm": 8, "text": "Zona {{zone}}", "size_pt": 9, "color": K100},
                    {"id": "code", "type": "coupon", "x_mm": 5, "y_mm": 40, "w_mm": 45,
                     "h_mm": 8, "text": "Code: {{code}}", "size_pt": 10, "color": K100},
                    {"id": "qr", "type": "qr", "x_mm": 56, "y_mm": 24, "w_mm": 26, "h_mm": 26},
                ],
            },
            {
                "name": "back",
                "background": {"cmyk": [0, 60, 100, 0], "rgb": "#F7931E"},
                "elements": [
                    {"id": "serial", "type": "text", "x_mm": 5, "y_mm": 44, "w_mm": 40,
                     "h_mm": 6, "text": "No. {{serial}}", "size_pt": 8, "color": K100},
                ],
            },
        ],
    }  # fmt: skip


def card_design() -> Design:
    return load_design(card_document())


def url_for(serial: int) -> str:
    return f"https://example.es/?utm_source=leaflet&code=ABC{serial:05d}"


class FakeRecords(Sequence[Mapping[str, str]]):
    """A lazy record sequence that counts how many records were read."""

    def __init__(self, count: int) -> None:
        self.count = count
        self.reads = 0

    def __len__(self) -> int:
        return self.count

    def __getitem__(self, index: int) -> Mapping[str, str]:  # type: ignore[override]
        if not 0 <= index < self.count:
            raise IndexError(index)
        self.reads += 1
        serial = index + 1
        return {
            "serial": str(serial),
            "code": f"ABC{serial:05d}",
            "url": url_for(serial),
            "zone": f"Z{serial % 7}",
            "campaign": "spring",
        }


class BusinessRecords(FakeRecords):
    """Fake records that also carry the business fields the bundled templates use."""

    def __getitem__(self, index: int) -> Mapping[str, str]:  # type: ignore[override]
        record = dict(super().__getitem__(index))
        record.update({
            "expires": "31/12/2026",
            "business.name": "Lopez Plumbing",
            "business.phone": "+34 912 345 678",
            "business.web": "lopez.es",
            "business.email": "info@lopez.es",
            "business.address": "Calle Mayor 12",
        })  # fmt: skip
        return record
