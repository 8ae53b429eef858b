from __future__ import annotations

import json
import zipfile
from pathlib import Path

from omniprint.render.package import ticket_text, write_package


def test_package_holds_files_ticket_and_codes(tmp_path: Path) -> None:
    press, proof, pieces = tmp_path / "press.pdf", tmp_path / "proof.pdf", tmp_path / "pieces.pdf"
    press.write_bytes(b"%PDF-press")
    proof.write_bytes(b"%PDF-proof")
    pieces.write_bytes(b"%PDF-pieces")
    ticket = {"job": "Spring", "size": "85 x 55 mm", "quantity": 1000, "sheets": 56}
    out = tmp_path / "job.zip"
    write_package(out, press_pdf=press, proof_pdf=proof, ticket=ticket, codes_csv="code\nABC\n",
                  pieces_pdf=pieces)  # fmt: skip
    with zipfile.ZipFile(out) as archive:
        assert sorted(archive.namelist()) == [
            "codes.csv", "pieces.pdf", "print.pdf", "proof.pdf", "ticket.json", "ticket.txt",
        ]  # fmt: skip
        assert archive.read("print.pdf") == b"%PDF-press"
        assert archive.read("pieces.pdf") == b"%PDF-pieces"
        assert json.loads(archive.read("ticket.json")) == ticket
        assert "Quantity:          1000" in archive.read("ticket.txt").decode()
        assert archive.read("codes.csv") == b"code\nABC\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "job.zip", "pieces.pdf", "press.pdf", "proof.pdf",
    ]  # fmt: skip


def test_ticket_text_has_labels_not_raw_keys() -> None:
    text = ticket_text({
        "customer": {"name": "Lopez", "phone": "+34 600"},
        "variable_data": "one code per piece",
        "quantities_per_variant": {"A": 500, "B": 480},
        "piles": [{"pile": 1, "position": "row 1, column 1", "serials": "1-13", "pieces": 13}],
        "some_new_key": "x",
    })  # fmt: skip
    assert "Customer:          Name: Lopez\n                   Phone: +34 600" in text
    assert "Variable data:     one code per piece" in text
    assert "Per variant:       A: 500\n                   B: 480" in text
    assert "pile 1 (row 1, column 1): serials 1-13, 13 pieces" in text
    assert "Some new key:" in text
    assert "variable_data" not in text and "quantities_per_variant" not in text
