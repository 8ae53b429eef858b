from __future__ import annotations

import json
import zipfile
from pathlib import Path

from omniprint.render.package import write_package


def test_package_holds_files_ticket_and_codes(tmp_path: Path) -> None:
    press, proof = tmp_path / "press.pdf", tmp_path / "proof.pdf"
    press.write_bytes(b"%PDF-press")
    proof.write_bytes(b"%PDF-proof")
    ticket = {"job": "Spring", "size": "85 x 55 mm", "quantity": 1000, "sheets": 56}
    out = tmp_path / "job.zip"
    write_package(out, press_pdf=press, proof_pdf=proof, ticket=ticket, codes_csv="code\nABC\n")
    with zipfile.ZipFile(out) as archive:
        assert sorted(archive.namelist()) == [
            "codes.csv", "print.pdf", "proof.pdf", "ticket.json", "ticket.txt",
        ]  # fmt: skip
        assert archive.read("print.pdf") == b"%PDF-press"
        assert json.loads(archive.read("ticket.json")) == ticket
        assert "Quantity:       1000" in archive.read("ticket.txt").decode()
        assert archive.read("codes.csv") == b"code\nABC\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["job.zip", "press.pdf", "proof.pdf"]
