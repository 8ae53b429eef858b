"""Grab the designer (design tab, proof tab, template gallery) to PNG files for a visual check.

Usage: QT_QPA_PLATFORM=offscreen PYTHONPATH=src python scripts/screenshot_designer.py [OUT_DIR]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))


def _keep_none_alive() -> None:
    """shiboken6 6.12 on Python 3.11 drops a reference to None on every call of a void Qt method
    (harmless on 3.12+, where None is immortal); give None plenty so the script exits cleanly."""
    if sys.version_info < (3, 12):
        import ctypes

        ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40


def main() -> None:
    _keep_none_alive()
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp")
    app = QApplication.instance() or QApplication([])
    from omniprint.gui.designer import DesignerWidget
    from omniprint.gui.designer.gallery import TemplateGallery
    from omniprint.storage.workspace import Workspace
    from support.gui_helpers import CAMPAIGN, PIECE, plan_workspace

    with tempfile.TemporaryDirectory() as tmp, Workspace.open(Path(tmp) / "shop.omniprint") as ws:
        plan_workspace(ws, kind="leaflet", size=None)
        widget = DesignerWidget(ws, CAMPAIGN, PIECE)
        widget.resize(1400, 860)
        widget.show()
        app.processEvents()
        widget.zoom_fit()
        first = widget.doc.elements(0)
        if first:
            widget.select([first[-1].id])
        app.processEvents()
        widget.grab().save(str(out / "designer.png"))
        widget.select([])
        widget.set_grid_visible(True)
        widget.zoom_actual()
        app.processEvents()
        widget.grab().save(str(out / "designer-100.png"))
        widget.set_grid_visible(False)
        # Wait in an event loop, not a processEvents() loop: PySide6 6.12 drops a reference to
        # None on every processEvents() call, and a tight loop crashes the interpreter.
        loop = QEventLoop()
        widget.proof.finished.connect(loop.quit)
        widget.tabs.setCurrentWidget(widget.proof)
        if widget.proof.busy:
            loop.exec()
        app.processEvents()
        widget.grab().save(str(out / "designer-proof.png"))
        gallery = TemplateGallery(widget.kind, widget.context.record)
        gallery.show()
        app.processEvents()
        gallery.grab().save(str(out / "designer-gallery.png"))
        gallery.close()
        widget.close()
    print(f"screenshots in {out}")


if __name__ == "__main__":
    main()
