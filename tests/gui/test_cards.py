"""The brand kit (contact, social profiles, brand fonts) and the QR payload in the designer, with
real widgets offscreen; the canvas measures a brand font with the metrics the PDF uses."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtGui import QFontMetricsF
from reportlab.pdfbase.pdfmetrics import stringWidth

from omniprint.domain.design import QrElement
from omniprint.gui.designer.brandkit import BrandKitDialog
from omniprint.gui.designer.fonts import pdf_font_name, qfont, use_workspace_fonts
from omniprint.services import business, designs, fonts
from omniprint.services.business import BUSINESS_FIELDS
from support.fonts import make_font
from support.gui_helpers import CAMPAIGN, PIECE, plan_workspace

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_brand_kit_edits_contact_and_profiles_and_adds_fonts(qtbot, ws, tmp_path: Path):
    dialog = BrandKitDialog(ws, [])
    qtbot.addWidget(dialog)
    assert set(dialog.edits) == set(BUSINESS_FIELDS)
    dialog.edits["name"].setText("Horno Sol")
    dialog.edits["contact"].setText("Ana García López")
    dialog.edits["instagram"].setText("@horno.sol")
    dialog.edits["whatsapp"].setText("600 123 456")  # no country code: refused, nothing saved
    dialog.save()
    assert "country code" in dialog.error.text()
    assert dialog.result() == 0 and business.get_business(ws)["name"] == ""
    dialog.edits["whatsapp"].setText("+34 600 123 456")
    secret = tmp_path / "secret.ttf"
    secret.write_bytes(make_font("Secret Sans", fs_type=0x0002))
    assert not dialog.add_font_file(secret)
    assert "forbids embedding" in dialog.error.text()
    good = tmp_path / "MarcaSans.ttf"
    good.write_bytes(make_font("Marca Sans"))
    assert dialog.add_font_file(good)
    assert dialog.font_list.count() == 1 and "Marca Sans" in dialog.font_list.item(0).text()
    dialog.resize(820, 600)
    dialog.show()
    qtbot.waitExposed(dialog)
    if os.environ.get("OMNIPRINT_SHOTS"):
        dialog.grab().save(os.environ["OMNIPRINT_SHOTS"] + "/brandkit.png")
    dialog.save()
    assert dialog.result() == 1
    saved = business.get_business(ws)
    assert saved["instagram"] == "https://www.instagram.com/horno.sol"
    assert saved["whatsapp"] == "+34600123456" and saved["contact"] == "Ana García López"
    dialog.font_list.setCurrentRow(0)
    dialog.remove_selected_font()
    assert fonts.list_fonts(ws) == []


def test_canvas_draws_a_brand_font_with_the_pdf_metrics(qtbot, ws):
    fonts.add_font_data(ws, make_font("Marca Sans"), "MarcaSans.ttf")
    assert "Marca Sans" in use_workspace_fonts(ws)
    name = pdf_font_name("Marca Sans", False, False)
    assert name.startswith("brand-")
    font = qfont(name, 100)
    metrics = QFontMetricsF(font)
    for text in ("Horno Sol", "Ñandú, café y pan"):
        qt = metrics.horizontalAdvance(text)
        pdf = stringWidth(text, name, 100)
        assert qt == pytest.approx(pdf, rel=0.01), text


def test_qr_payload_in_the_properties_panel(qtbot, ws):
    from omniprint.gui.designer import DesignerWidget

    plan_workspace(ws, kind="business-card", size=None)
    designs.set_template(ws, CAMPAIGN, PIECE, None, "business-card-vcard")
    widget = DesignerWidget(ws, CAMPAIGN, PIECE)
    qtbot.addWidget(widget)
    widget.set_side(1)
    qr = next(el for el in widget.doc.elements(1) if el.id == "back-qr")
    assert isinstance(qr, QrElement) and qr.payload == "link"
    widget.properties.set_selection([qr.id])
    combo = widget.properties.qr_payload
    assert combo.currentData() == "link"
    assert not widget.properties.qr_text.isVisibleTo(widget.properties)
    combo.setCurrentIndex(combo.findData("text"))
    assert qr.payload == "text"
    assert widget.properties.qr_text.isVisibleTo(widget.properties)
    widget.properties.qr_text.textEdited.emit("https://{{business.web}}/carta")
    assert qr.text == "https://{{business.web}}/carta"
    widget.undo_stack.undo()
    widget.undo_stack.undo()
    assert qr.payload == "link" and qr.text == ""
    widget.close()
