"""The print-shop package: one zip with the press PDF, the proof, a job ticket and the codes."""

from __future__ import annotations

import json
import os
import zipfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

TICKET_LABELS = (
    ("job", "Job"),
    ("size", "Finished size"),
    ("stock", "Stock"),
    ("sides", "Sides"),
    ("quantity", "Quantity"),
    ("finishing", "Finishing"),
    ("bleed", "Bleed"),
    ("sheets", "Press sheets"),
)


def ticket_text(ticket: Mapping[str, Any]) -> str:
    """The job ticket as text a person at the print shop reads."""
    lines = ["JOB TICKET", ""]
    known = {key for key, _ in TICKET_LABELS}
    for key, label in TICKET_LABELS:
        if key in ticket:
            lines.append(f"{label + ':':<15} {ticket[key]}")
    lines.extend(f"{key + ':':<15} {value}" for key, value in ticket.items() if key not in known)
    return "\n".join(lines) + "\n"


def write_package(
    out_zip: str | Path,
    *,
    press_pdf: str | Path,
    proof_pdf: str | Path,
    ticket: Mapping[str, Any],
    codes_csv: str | bytes,
) -> None:
    """Write the zip atomically (temporary name, then rename)."""
    out_zip = Path(out_zip)
    temp = out_zip.with_name(f".{out_zip.name}.part")
    try:
        with zipfile.ZipFile(temp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.write(press_pdf, "print.pdf")
            archive.write(proof_pdf, "proof.pdf")
            archive.writestr("ticket.json", json.dumps(dict(ticket), indent=2, ensure_ascii=False))
            archive.writestr("ticket.txt", ticket_text(ticket))
            data = codes_csv.encode("utf-8") if isinstance(codes_csv, str) else codes_csv
            archive.writestr("codes.csv", data)
        os.replace(temp, out_zip)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
