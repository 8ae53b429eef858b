"""The brand kit says a refused font in the error colour and an added font in the success colour
(read from the label as drawn, not from a flag)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor

from omniprint.gui.designer.brandkit import BrandKitDialog
from support.fonts import make_font

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _ink(label) -> QColor:
    """The darkest colour the label draws (its text), from a grab of it."""
    image = label.grab().toImage()
    darkest, best = QColor(255, 255, 255), 255 * 3
    for y in range(image.height()):
        for x in range(image.width()):
            c = image.pixelColor(x, y)
            if c.red() + c.green() + c.blue() < best:
                darkest, best = c, c.red() + c.green() + c.blue()
    return darkest


def test_success_is_not_shown_as_an_error(qtbot, ws, tmp_path: Path):
    dialog = BrandKitDialog(ws, [])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    secret = tmp_path / "secret.ttf"
    secret.write_bytes(make_font("Secret Sans", fs_type=0x0002))
    assert not dialog.add_font_file(secret)
    assert dialog.message_kind == "error"
    refused = _ink(dialog.error)
    assert refused.red() > refused.green() + 60  # red

    good = tmp_path / "MarcaSans.ttf"
    good.write_bytes(make_font("Marca Sans"))
    assert dialog.add_font_file(good)
    assert dialog.error.text().startswith("Added Marca Sans Regular")
    assert dialog.message_kind == "success"
    added = _ink(dialog.error)
    assert added.green() > added.red() + 30  # green, not the error's red
