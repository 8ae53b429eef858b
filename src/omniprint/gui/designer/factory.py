"""New elements as the palette places them: sensible sizes, print-safe colours."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from omniprint.domain.design import (
    BarcodeElement,
    CouponElement,
    Element,
    EllipseElement,
    ImageElement,
    LineElement,
    QrElement,
    RectElement,
    TextElement,
)
from omniprint.gui.designer.colors import cmyk_color

# kind -> (width, height in mm, properties)
DEFAULTS: dict[str, tuple[float, float, dict]] = {
    "text": (
        60.0,
        12.0,
        {"text": QT_TRANSLATE_NOOP("Designer", "Your text here"), "size_pt": 14.0},
    ),
    "coupon": (50.0, 9.0, {"size_pt": 14.0, "bold": True, "align": "center", "valign": "middle"}),
    "rect": (40.0, 25.0, {"fill": cmyk_color(0, 0, 0, 15), "stroke": None, "stroke_pt": 0.0}),
    "ellipse": (30.0, 30.0, {"fill": cmyk_color(0, 0, 0, 15), "stroke": None, "stroke_pt": 0.0}),
    "line": (40.0, 0.0, {"stroke_pt": 1.0}),
    "qr": (25.0, 25.0, {}),
    "barcode": (50.0, 16.0, {}),
}
CLASSES: dict[str, type[Element]] = {
    "text": TextElement,
    "coupon": CouponElement,
    "rect": RectElement,
    "ellipse": EllipseElement,
    "line": LineElement,
    "qr": QrElement,
    "barcode": BarcodeElement,
    "image": ImageElement,
}


def new_element(
    kind: str,
    element_id: str,
    center: tuple[float, float],
    page: tuple[float, float],
    *,
    size: tuple[float, float] | None = None,
    **values,
) -> Element:
    """An element of ``kind`` centred at ``center`` (mm), no larger than 80 % of the page."""
    w, h, props = DEFAULTS.get(kind, (40.0, 30.0, {}))
    if "text" in props:  # the sample text, in the user's language
        props = {**props, "text": QCoreApplication.translate("Designer", props["text"])}
    if size is not None:
        w, h = size
    fit = min(1.0, 0.8 * page[0] / w if w else 1.0, 0.8 * page[1] / h if h else 1.0)
    w, h = round(w * fit, 2), round(h * fit, 2)
    return CLASSES[kind](
        id=element_id,
        x_mm=round(center[0] - w / 2, 2),
        y_mm=round(center[1] - h / 2, 2),
        w_mm=w,
        h_mm=h,
        **{**props, **values},
    )
