"""The Channels section of the PDF report, read back with pypdf, in English and Spanish."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from pypdf import PdfReader

from omniprint.services import channels, imports, report
from support.channels import leaflet_campaign, scan_log, with_channels


@pytest.fixture
def omni(ws, tmp_path):
    """The campaign with Google (EN) and Meta (ES) spend, GA4 visits and orders imported."""
    return with_channels(ws, tmp_path)


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_pdf_channels_section(omni, tmp_path):
    ws, issued = omni
    channels.link_ads(ws, "otono-2026", ["Otoño FB"])
    log = tmp_path / "access.log.gz"
    log.write_bytes(gzip.compress(scan_log(issued).encode()))
    imports.import_file(ws, log)
    rep = report.campaign_report(ws, "otono-2026")
    out = tmp_path / "report.pdf"
    report.write_pdf(ws, rep, out)
    text = _text(out)
    assert "Channels: print and online side by side" in text
    assert "google / cpc" in text and "facebook / paid" in text
    assert "€254.50" in text  # the total cost: 24.00 + 150.00 + 80.50
    assert "€150.00" in text and "€80.50" in text and "0.30" in text
    assert "15 of 30 days" in text
    assert "leaflet -> facebook / paid -> web order" in text
    assert "From letterbox to till" in text and "3 (1.0%)" in text
    out_es = tmp_path / "informe.pdf"
    report.write_pdf(ws, rep, out_es, language="es")
    text = _text(out_es)
    assert "Canales: impreso y online lado a lado" in text
    assert "folleto -> facebook / paid -> pedido web" in text
    assert "254,50 €" in text and "3 (1,0 %)" in text


def test_pdf_without_channels_has_no_section(ws, tmp_path):
    leaflet_campaign(ws)
    rep = report.campaign_report(ws, "otono-2026")
    out = tmp_path / "report.pdf"
    report.write_pdf(ws, rep, out)
    assert "Channels:" not in _text(out)
