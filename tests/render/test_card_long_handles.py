"""The business-card-vcard fronts (EU and US) keep long social handles inside the safe area:
read back from the printed PDF, every character of the longest handles ends before the safe
line, and preflight finds no handle overflowing its box."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest
from reportlab.lib.units import mm

from omniprint.services import business, codes, designs, plan, printing
from omniprint.services.printing import PrintOptions
from omniprint.services.workspace import open_workspace

LONG = {
    "name": "Panadería y Pastelería Horno Sol, S.L.",
    "phone": "963 123 456",
    "email": "ana.garcia.lopez@hornosol.es",
    "web": "www.panaderiahornosol.es",
    "address": "Calle de la Paz 12, 46003 València, España",
    "contact": "Ana García López",
    "mobile": "+34 600 123 456",
    "whatsapp": "+34 600 123 456",
    "instagram": "@panaderia.horno.sol",
    "facebook": "facebook.com/panaderiahornosol",
    "linkedin": "https://www.linkedin.com/company/hornosol",
    "tiktok": "@panaderiahornosol",
}
PRINTED = (
    "@panaderia.horno.sol",
    "facebook.com/panaderiahornosol",
    "linkedin.com/company/hornosol",
    "@panaderiahornosol",
)


def _right_edge(page, text: str) -> float:
    """Where the last character of ``text`` ends on ``page``, in points."""
    textpage = page.get_textpage()
    found = textpage.search(text).get_next()
    assert found is not None, f"{text!r} is not on the page"
    index, count = found
    right = max(textpage.get_charbox(i)[2] for i in range(index, index + count))
    textpage.close()
    return right


@pytest.mark.parametrize("template", ["business-card-vcard", "business-card-vcard-us"])
def test_long_handles_stay_inside_the_safe_area(template: str, tmp_path: Path) -> None:
    ws = open_workspace(tmp_path / "cards.omniprint")
    plan.create_campaign(
        ws, "Tarjetas", landing_url="https://hornosol.es/hola", end_date="2027-06-30"
    )
    business.set_business(ws, **LONG)
    size = "business-card-us" if template.endswith("-us") else None
    plan.add_piece(ws, "tarjetas", kind="business-card", size=size, name="Tarjeta")
    plan.add_zone(ws, "tarjetas", code="46006", name="Russafa", households=2)
    plan.add_drop(ws, "tarjetas", piece="tarjeta", zone="46006")
    codes.generate_codes(ws, "tarjetas", prefix="TAR")
    designs.set_template(ws, "tarjetas", "tarjeta", None, template)
    options = PrintOptions(mode="pieces", invariant=True)

    issues = printing.check_job(ws, "tarjetas", "tarjeta", None, options)
    assert [str(i) for i in issues if "(social-" in i.element] == []

    out = tmp_path / "cards.pdf"
    printing.export_pdf(ws, "tarjetas", "tarjeta", out, options=options)
    job = printing.prepare_job(ws, "tarjetas", "tarjeta", None)
    safe = job.design.safe_mm * mm
    pdf = pdfium.PdfDocument(str(out))
    try:
        front = pdf[0]
        left, _, right, _ = front.get_trimbox()
        assert right - left == pytest.approx(job.design.width_mm * mm, abs=0.5)
        for handle in PRINTED:
            assert _right_edge(front, handle) <= right - safe, handle
    finally:
        pdf.close()
        ws.close()
