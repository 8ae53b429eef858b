"""The print-shop package: one zip with the press PDF (with crop marks), a single-piece PDF, the
proof, the job ticket (JSON and text) and the codes."""

from __future__ import annotations

import json
import os
import zipfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from omniprint.domain.i18n import ntr, tr, tr_noop

# Every key of the ticket with the label a person reads (no raw keys on the shop's table).
TICKET_LABELS = (
    ("job", tr_noop("Job")),
    ("customer", tr_noop("Customer")),
    ("piece", tr_noop("Piece")),
    ("trim", tr_noop("Trim size")),
    ("bleed", tr_noop("Bleed")),
    ("stock", tr_noop("Stock")),
    ("colours", tr_noop("Colours")),
    ("duplex", tr_noop("Duplex")),
    ("output_condition", tr_noop("Output condition")),
    ("quantity", tr_noop("Quantity")),
    ("quantities_per_variant", tr_noop("Per variant")),
    ("sheets", tr_noop("Press sheets")),
    ("finishing", tr_noop("Finishing")),
    ("variable_data", tr_noop("Variable data")),
    ("piles", tr_noop("Piles")),
    ("files", tr_noop("Files")),
)
# Kept in the JSON for scripts that read them; the text says the same under another label.
TEXT_SKIPS = frozenset({"size", "sides"})
CUSTOMER_LABELS = {
    "name": tr_noop("Name"),
    "phone": tr_noop("Phone"),
    "email": tr_noop("Email"),
    "web": tr_noop("Web"),
    "address": tr_noop("Address"),
}
WIDTH = 18


def _label(text: str) -> str:
    return f"{tr(text) + ':':<{WIDTH}}"


def _value_lines(key: str, value: Any) -> list[str]:
    if key == "piles" and isinstance(value, list):
        return [
            tr("pile {pile} ({position}): serials {serials}, {pieces}").format(
                **{**pile, "pieces": ntr("{n} piece", "{n} pieces", pile["pieces"])}
            )
            for pile in value
        ]
    if isinstance(value, Mapping):
        labels = CUSTOMER_LABELS if key == "customer" else {}
        return [f"{tr(labels.get(k, k))}: {v}" for k, v in value.items()] or ["-"]
    return [str(value)]


def ticket_text(ticket: Mapping[str, Any]) -> str:
    """The job ticket as text a person at the print shop reads: labels, never raw keys."""
    lines = [tr("JOB TICKET"), ""]
    known = {key for key, _ in TICKET_LABELS}
    for key, label in TICKET_LABELS:
        if key not in ticket:
            continue
        values = _value_lines(key, ticket[key])
        lines.append(f"{_label(label)} {values[0]}")
        lines.extend(" " * (WIDTH + 1) + value for value in values[1:])
    for key, value in ticket.items():  # anything newer than this list, still labelled readably
        if key not in known and key not in TEXT_SKIPS:
            label = key.replace("_", " ").capitalize()
            lines.append(f"{label + ':':<{WIDTH}} {value}")
    return "\n".join(lines) + "\n"


def write_package(
    out_zip: str | Path,
    *,
    press_pdf: str | Path,
    proof_pdf: str | Path,
    ticket: Mapping[str, Any],
    codes_csv: str | bytes,
    pieces_pdf: str | Path | None = None,
) -> None:
    """Write the zip atomically (temporary name, then rename)."""
    out_zip = Path(out_zip)
    temp = out_zip.with_name(f".{out_zip.name}.part")
    try:
        with zipfile.ZipFile(temp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.write(press_pdf, "print.pdf")
            if pieces_pdf is not None:
                archive.write(pieces_pdf, "pieces.pdf")
            archive.write(proof_pdf, "proof.pdf")
            archive.writestr("ticket.json", json.dumps(dict(ticket), indent=2, ensure_ascii=False))
            archive.writestr("ticket.txt", ticket_text(ticket))
            data = codes_csv.encode("utf-8") if isinstance(codes_csv, str) else codes_csv
            archive.writestr("codes.csv", data)
        os.replace(temp, out_zip)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
