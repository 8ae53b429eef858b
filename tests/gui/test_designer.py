"""The designer as a user works it: real widgets, mouse and keys; asserts on the model and on
what was saved in the workspace."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication, QPushButton

from omniprint.domain.design import CouponElement, ImageElement, QrElement, TextElement
from omniprint.gui.designer.commands import SetProperties
from omniprint.services import designs
from support.gui_helpers import CAMPAIGN, PIECE, drag, plan_workspace

# The offscreen platform says this when any top-level window is shown; it is not our warning.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def designer(qtbot, ws):
    from omniprint.gui.designer import DesignerWidget

    plan_workspace(ws)
    widget = DesignerWidget(ws, CAMPAIGN, PIECE)
    qtbot.addWidget(widget)
    widget.resize(1280, 820)
    widget.show()
    qtbot.waitExposed(widget)
    widget.zoom_fit()
    yield widget
    widget.close()


def _saved(ws):
    return designs.get_design(ws, CAMPAIGN, PIECE)


def _add(qtbot, designer, kind: str) -> str:
    before = {el.id for el in designer.doc.elements(designer.side)}
    qtbot.mouseClick(designer.palette.buttons[kind], Qt.MouseButton.LeftButton)
    (new,) = {el.id for el in designer.doc.elements(designer.side)} - before
    return new


def test_add_drag_font_undo_redo(qtbot, designer, ws):
    text_id = _add(qtbot, designer, "text")
    el = designer.doc.element(text_id)
    assert isinstance(el, TextElement)
    assert designer.selected_ids() == [text_id]
    designer.set_guides_visible(True)
    designer.scene.snapping = False
    x0, y0 = el.x_mm, el.y_mm
    item = designer.scene.items_by_id[text_id]
    start = item.mapToScene(QPointF(0, 0))
    drag(qtbot, designer.view, start, start + QPointF(10, 5))
    assert el.x_mm == pytest.approx(x0 + 10, abs=0.5)
    assert el.y_mm == pytest.approx(y0 + 5, abs=0.5)
    assert designer.undo_stack.undoText() == "Move"

    combo = designer.properties.font_combo
    combo.setCurrentIndex(combo.findText("Vollkorn"))
    assert el.font == "Vollkorn"
    designer.undo_stack.undo()
    assert el.font == "Lato"
    designer.undo_stack.undo()
    assert (el.x_mm, el.y_mm) == (x0, y0)
    designer.undo_stack.redo()
    designer.undo_stack.redo()
    assert el.font == "Vollkorn"
    assert el.x_mm == pytest.approx(x0 + 10, abs=0.5)
    with qtbot.waitSignal(designer.saved, timeout=3000):
        pass
    saved = designs.get_design(ws, CAMPAIGN, PIECE)
    (stored,) = [e for _, e in saved.elements() if e.id == text_id]
    assert stored.font == "Vollkorn" and stored.x_mm == pytest.approx(el.x_mm)


def test_qr_ec_and_nudges(qtbot, designer):
    qr_id = _add(qtbot, designer, "qr")
    qr = designer.doc.element(qr_id)
    assert isinstance(qr, QrElement)
    ec = designer.properties.ec_combo
    ec.setCurrentIndex(ec.findData("H"))
    assert qr.ec == "H"
    x0, y0 = qr.x_mm, qr.y_mm
    designer.view.setFocus()
    qtbot.keyClick(designer.view, Qt.Key.Key_Right)
    qtbot.keyClick(designer.view, Qt.Key.Key_Right)
    qtbot.keyClick(designer.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert (qr.x_mm, qr.y_mm) == pytest.approx((x0 + 1.0, y0 + 5.0))
    count = designer.undo_stack.count()
    designer.undo_stack.undo()  # the nudges are one command
    assert (qr.x_mm, qr.y_mm) == pytest.approx((x0, y0))
    assert designer.undo_stack.count() == count


def test_multi_select_and_align_left(qtbot, designer):
    a = _add(qtbot, designer, "rect")
    b = _add(qtbot, designer, "ellipse")
    designer.undo_stack.push(
        SetProperties(designer.doc, {b: {"x_mm": 30.0, "y_mm": 80.0}}, "place")
    )
    view = designer.view
    for element_id, modifier in (
        (a, Qt.KeyboardModifier.NoModifier),
        (b, Qt.KeyboardModifier.ShiftModifier),
    ):
        item = designer.scene.items_by_id[element_id]
        where = view.mapFromScene(item.mapToScene(QPointF(0, 0)))
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, where)
    assert set(designer.selected_ids()) == {a, b}
    button = designer.properties.findChild(QPushButton, "arrange-left")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    left = min(designer.doc.element(a).x_mm, designer.doc.element(b).x_mm)
    assert designer.doc.element(a).x_mm == designer.doc.element(b).x_mm == left


def test_resize_with_a_handle_is_one_command(qtbot, designer):
    rect_id = _add(qtbot, designer, "rect")
    el = designer.doc.element(rect_id)
    x0, y0, w0, h0 = el.x_mm, el.y_mm, el.w_mm, el.h_mm
    designer.scene.snapping = False
    handle = next(h for h in designer.scene.frame.handles if (h.sx, h.sy) == (1, 1))
    count = designer.undo_stack.count()
    corner = handle.scenePos()
    drag(qtbot, designer.view, corner, corner + QPointF(8, 4))
    assert designer.undo_stack.count() == count + 1
    assert (el.x_mm, el.y_mm) == pytest.approx((x0, y0), abs=0.01)
    assert (el.w_mm, el.h_mm) == pytest.approx((w0 + 8, h0 + 4), abs=0.5)


def test_duplicate_delete(qtbot, designer):
    text_id = _add(qtbot, designer, "text")
    designer.duplicate()
    designer.duplicate()
    texts = [el for el in designer.doc.elements(0) if isinstance(el, TextElement)]
    ids = {el.id for el in texts}
    assert text_id in ids and len({el.id for el in designer.doc.elements(0)}) == len(
        designer.doc.elements(0)
    )
    designer.delete()
    assert (
        len([el for el in designer.doc.elements(0) if isinstance(el, TextElement)])
        == len(texts) - 1
    )
    designer.undo_stack.undo()
    assert len([el for el in designer.doc.elements(0) if isinstance(el, TextElement)]) == len(texts)


def test_layers_hide_lock_and_model(qtbot, qtmodeltester, designer):
    text_id = _add(qtbot, designer, "text")
    model = designer.layers.model
    qtmodeltester.check(model)
    row = model.row_of(text_id)
    assert row == 0  # the newest element is on top
    model.setData(
        model.index(row, 0), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert designer.doc.element(text_id).hidden
    assert not designer.scene.items_by_id[text_id].isVisible()
    model.setData(model.index(row, 1), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert designer.doc.element(text_id).locked
    model.setData(model.index(row, 2), "Headline", Qt.ItemDataRole.EditRole)
    assert designer.doc.element(text_id).name == "Headline"
    qtmodeltester.check(model)


def test_front_back_and_reload(qtbot, designer, ws):
    designer.back_action.trigger()
    assert designer.side == 1
    coupon_id = _add(qtbot, designer, "coupon")
    assert isinstance(designer.doc.element(coupon_id), CouponElement)
    assert designer.doc.find(coupon_id)[0] == 1
    designer.front_action.trigger()
    assert coupon_id not in designer.scene.items_by_id
    assert designer.save()
    saved = _saved(ws)
    assert designer.doc.design == saved


def test_drop_image_file(qtbot, designer, ws, tmp_path: Path):
    path = tmp_path / "logo.png"
    image = QImage(600, 300, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkCyan)
    image.save(str(path))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    view = designer.view
    where = view.mapFromScene(QPointF(50, 70))
    # A drop goes to the widget that accepted the drag's enter event, as in a real drag.
    enter = QDragEnterEvent(
        where,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(view.viewport(), enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(where),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(view.viewport(), drop)
    assert drop.isAccepted()
    images = [el for el in designer.doc.elements(0) if isinstance(el, ImageElement)]
    assert len(images) == 1
    assert images[0].asset.startswith("sha256:")
    assert images[0].w_mm == pytest.approx(600 / 300 * 25.4)
    assert designer.save()
    assert any(isinstance(el, ImageElement) for _, el in _saved(ws).elements())


def test_proof_tab_shows_pdf(qtbot, designer):
    designer.tabs.setCurrentWidget(designer.proof)
    qtbot.waitUntil(lambda: designer.proof.document.pageCount() > 0, timeout=30000)
    assert not designer.proof.busy


def test_copy_and_paste_through_the_clipboard(qtbot, designer):
    """Copy puts the selection on the system clipboard; paste adds a copy with a new id."""
    text_id = _add(qtbot, designer, "text")
    before = len(designer.doc.elements(0))
    designer.select([text_id])
    designer.copy()
    designer.paste()
    after = designer.doc.elements(0)
    assert len(after) == before + 1 and after[-1].id != text_id
    assert after[-1].text == designer.doc.element(text_id).text
    designer.undo_stack.undo()
    assert len(designer.doc.elements(0)) == before
