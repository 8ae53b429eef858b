"""Helpers for designer tests: a planned workspace and mouse work on the canvas."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt

from omniprint.services import business, codes, plan
from omniprint.storage.workspace import Workspace

CAMPAIGN, PIECE = "otono-2026", "pieza"


def plan_workspace(ws: Workspace, kind: str = "flyer", size: str | None = "A6") -> None:
    """A campaign with one piece, two zones and codes (as tests/test_printing.py plans it)."""
    plan.create_campaign(
        ws, "Otoño 2026", landing_url="https://tostadores.es/otono", end_date="2026-12-31"
    )
    business.set_business(ws, name="Tostadores Ruzafa", phone="963 000 111", web="tostadores.es")
    plan.add_piece(ws, CAMPAIGN, kind=kind, size=size, name="Pieza")
    plan.add_zone(ws, CAMPAIGN, code="46001", name="Ciutat Vella", households=8)
    plan.add_drop(ws, CAMPAIGN, piece=PIECE, zone="46001")
    codes.generate_codes(ws, CAMPAIGN, prefix="OTO")


def view_point(view, scene_point: QPointF) -> QPoint:
    return view.mapFromScene(scene_point)


def drag(qtbot, view, start: QPointF, end: QPointF, modifier=Qt.KeyboardModifier.NoModifier):
    """Press at ``start``, move in steps, release at ``end`` (scene points in mm)."""
    viewport = view.viewport()
    a, b = view_point(view, start), view_point(view, end)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, modifier, a)
    for step in range(1, 6):
        p = a + (b - a) * (step / 5)
        qtbot.mouseMove(viewport, p)
        # QTest's mouseMove sends no buttons; send a real move event with the button held.
        from PySide6.QtCore import QEvent
        from PySide6.QtGui import QMouseEvent
        from PySide6.QtWidgets import QApplication

        event = QMouseEvent(
            QEvent.Type.MouseMove,
            QPointF(p),
            QPointF(viewport.mapToGlobal(p)),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.LeftButton,
            modifier,
        )
        QApplication.sendEvent(viewport, event)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, modifier, b)
