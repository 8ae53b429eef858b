"""A proof goes to the customer in the app's language: its label, legend and watermark too."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest

from omniprint.render.pdf import PrintOptions, render
from omniprint.services.i18n import use_language
from support.render import FakeRecords, card_design


@pytest.fixture
def spanish():
    use_language("es")
    yield
    use_language("en")


def _proof_text(path: Path) -> str:
    options = PrintOptions(mode="proof", invariant=True, job_name="Otoño")
    render(card_design(), FakeRecords(2), path, options)
    return pypdf.PdfReader(path).pages[0].extract_text()


def test_proof_labels_in_spanish(tmp_path: Path, spanish) -> None:
    text = _proof_text(tmp_path / "prueba.pdf")
    assert "PRUEBA" in text and "PROOF" not in text
    assert "n.º de serie 1 · anverso" in text
    assert "sangrado: gris" in text and "bleed" not in text


def test_proof_labels_in_english(tmp_path: Path) -> None:
    use_language("en")
    text = _proof_text(tmp_path / "proof.pdf")
    assert "PROOF" in text and "serial 1 · front" in text and "bleed: grey" in text
