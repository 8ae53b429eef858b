"""The designer: a true-size canvas, palette, properties, layers and proof for a piece.

`DesignerWidget` is loaded when first asked for, so a page that needs only a small part (the
element names, say) does not load the whole canvas."""

from __future__ import annotations

from typing import Any

__all__ = ["DesignerWidget"]


def __getattr__(name: str) -> Any:
    if name == "DesignerWidget":
        from omniprint.gui.designer.widget import DesignerWidget

        return DesignerWidget
    raise AttributeError(name)
