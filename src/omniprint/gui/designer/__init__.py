"""The designer: a true-size canvas, palette, properties, layers and proof for a piece."""

from __future__ import annotations

from omniprint.gui.designer.widget import DesignerWidget

__all__ = ["DesignerWidget"]
