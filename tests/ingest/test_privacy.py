"""Personal data only when asked: without --keep-personal no name, e-mail, phone, street address
or national ID number from an imported file is stored anywhere in the workspace - not in the
records, not in the kept text of the file (inflated here), not in landing URLs, not in refused
rows - while what matching needs is still there."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import zlib
from pathlib import Path

import pytest

from omniprint.cli.main import main
from omniprint.domain.privacy import keep_note_lines, strip_personal_query
from omniprint.ingest.kept_text import kept_columns

NAME = "Begoña Zárate Quintanilla"
FIRST, LAST = "Begoña", "Quintanilla"
EMAIL = "begona.zarate@correo.example"
PHONE = "611223344"
STREET = "Calle del Pez Volador 123"
COMPANY = "Zárate Asesores SL"
DNI = "12345678Z"
NIE = "X1234567L"
SECRET_VALUES = [NAME, FIRST, LAST, EMAIL, "begona.zarate%40correo.example", PHONE, "611 22 33 44",
                 STREET, "Pez Volador", COMPANY, DNI, NIE]  # fmt: skip
LANDING = (
    f"https://tostadores.example/oferta?utm_source=flyer&email={EMAIL.replace('@', '%40')}"
    f"&utm_campaign=otono-2026&phone={PHONE}&code=OTO-3K9D-7QMP-X#nombre={FIRST}"
)
NOTES = f"Llamar al 611 22 33 44. DNI {DNI}, NIE {NIE}. {EMAIL}"

SHOPIFY_HEADER = (
    "Name,Email,Financial Status,Paid at,Fulfillment Status,Fulfilled at,Accepts Marketing,"
    "Currency,Subtotal,Shipping,Taxes,Total,Discount Code,Discount Amount,Shipping Method,"
    "Created at,Lineitem quantity,Lineitem name,Lineitem price,Billing Name,Billing Street,"
    "Billing Address1,Billing Company,Billing City,Billing Zip,Billing Country,Billing Phone,"
    "Shipping Name,Shipping Street,Shipping Address1,Shipping City,Shipping Zip,Shipping Phone,"
    "Notes,Note Attributes,Cancelled at,Refunded Amount,Employee,Location,Id,Phone"
)


def _csv(cells: list[str], sep: str = ",") -> str:
    return sep.join(f'"{c.replace(chr(34), chr(34) * 2)}"' for c in cells)


def shopify(path: Path) -> Path:
    attributes = f"utm_source: flyer\ncustomer_email: {EMAIL}\nlanding_site: {LANDING}\nDNI: {DNI}"
    first = ["#1001", EMAIL, "paid", "2026-10-03 10:12:44 +0200", "fulfilled", "", "yes", "EUR",
             "27.00", "4.90", "2.45", "31.90", "OTO-3K9D-7QMP-X", "3.00", "Envío", "2026-10-03 "
             "10:12:40 +0200", "2", "Café", "9.00", NAME, STREET, STREET, COMPANY, "Valencia",
             "46001", "ES", PHONE, NAME, STREET, STREET, "Valencia", "46001", PHONE, NOTES,
             attributes, "", "", NAME, "Ruzafa", "5551001", "+34 611 22 33 44"]  # fmt: skip
    item = ["#1001", EMAIL] + [""] * 15 + ["Molinillo", "18.00"] + [""] * 22
    bad = ["#1002", EMAIL, "paid", "", "", "", "", "EUR", "", "", "", "not money", "", "", "",
           "2026-10-04 11:00:00 +0200", "1", "", "", NAME, STREET, "", "", "", "46002", "", PHONE,
           "", "", "", "", "", "", NOTES, "", "", "", "", "", "", ""]  # fmt: skip
    path.write_text("\n".join([SHOPIFY_HEADER, _csv(first), _csv(item), _csv(bad)]) + "\n")
    return path


def woocommerce(path: Path) -> Path:
    header = ("Número de pedido;Estado del pedido;Fecha del pedido;Nombre (facturación);"
              "Correo electrónico (facturación);Teléfono (facturación);Dirección (facturación);"
              "Código postal (facturación);Moneda;Código de cupón;Importe total del pedido;"
              "Nota del cliente;_wc_order_attribution_utm_source;"
              "_wc_order_attribution_session_entry")  # fmt: skip
    row = ["5001", "wc-completed", "03/10/2026 10:15", NAME, EMAIL, PHONE, STREET, "46001", "EUR",
           "OTO-3K9D-7QMP-X", "1.234,50", NOTES, "flyer", LANDING]  # fmt: skip
    bad = ["5002", "wc-completed", "31/02/2026 10:15", NAME, EMAIL, PHONE, STREET, "46001", "EUR",
           "", "12,00", NOTES, "", ""]  # fmt: skip
    path.write_text("\n".join([header, _csv(row, ";"), _csv(bad, ";")]) + "\n")
    return path


def generic(path: Path) -> Path:
    header = "Fecha;Código;Importe;Tienda;Nombre;Email;Teléfono;DNI;Domicilio;Notas;URL"
    rows = [
        ["14/10/2026", "OTO-3K9D-7QMP-X", "12,50 €", "Ruzafa", NAME, EMAIL, PHONE, DNI, STREET,
         NOTES, LANDING],
        ["15/10/2026", "OTO-3K9D-7QMP-X", "doce", "Ruzafa", NAME, EMAIL, PHONE, NIE, STREET,
         f"multi\nline\n{NOTES}", ""],
        ["16/10/2026", "OTO-ZZZZ-ZZZZ-Z", "8,00 €", "Ruzafa", NAME, EMAIL, PHONE, DNI, STREET,
         "", ""],
    ]  # fmt: skip
    path.write_text("\n".join([header, *(_csv(r, ";") for r in rows)]) + "\n", encoding="cp1252")
    return path


def loyverse(path: Path) -> Path:
    header = ("Date,Receipt number,Receipt type,Gross sales,Discounts,Net sales,Taxes,"
              "Total collected,Discount name,Payment type,Description,Comment,POS,Store,"
              "Cashier name,Customer name,Customer contacts,Status")  # fmt: skip
    row = ["10/13/26 1:33 PM", "4-1037", "Sale", "90.00", "9.00", "81.00", "6.48", "87.48",
           "OTO-3K9D-7QMP-X", "Card", f"1 x Chocolate para {FIRST}", NOTES, "POS 1", "Ruzafa",
           "Tina Trabajadora", NAME, f"{EMAIL}, {PHONE}", "Closed"]  # fmt: skip
    bad = [*row[:1], "4-1038", *row[2:7], "lots", *row[8:]]
    path.write_text(header + "\n" + _csv(row) + "\n" + _csv(bad) + "\n")
    return path


MAKERS = {"shopify": shopify, "woocommerce": woocommerce, "generic": generic, "loyverse": loyverse}


def run(ws: Path, capsys, *args: str) -> tuple[int, str, str]:
    code = main(["--workspace", str(ws), *args])
    out, err = capsys.readouterr()
    return code, out, err


def everything_stored(ws: Path) -> str:
    """Every value of every table, stored blobs inflated, as one lower-case text."""
    conn = sqlite3.connect(ws)
    found = []
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    for table in tables:
        for row in conn.execute(f'SELECT * FROM "{table}"'):
            for value in row:
                if isinstance(value, bytes):
                    try:
                        value = zlib.decompress(value).decode("utf-8")
                    except zlib.error:
                        value = value.decode("utf-8", errors="replace")
                found.append(str(value))
    conn.close()
    return "\n".join(found).lower()


@pytest.mark.parametrize("preset", list(MAKERS))
def test_nothing_personal_is_stored_without_keep_personal(
    preset: str, tmp_path: Path, capsys
) -> None:
    ws = tmp_path / "shop.omniprint"
    assert run(ws, capsys, "init")[0] == 0
    path = MAKERS[preset](tmp_path / f"{preset}.csv")
    code, out, err = run(ws, capsys, "--json", "import", str(path), "--preset", preset)
    assert code == 0, err
    result = json.loads(out)
    assert result["added"] >= 1 and result["refused"], result
    assert result["personal_left_out"] is True
    stored = everything_stored(ws)
    for value in SECRET_VALUES:
        assert value.lower() not in stored, f"{value!r} is stored ({preset})"
    # What matching needs is still there.
    assert "oto-3k9d-7qmp-x" in stored and ("ruzafa" in stored or "46001" in stored)
    # Saved again, the file keeps its shape, says what was left out, and holds nothing personal.
    out_file = tmp_path / "again.csv"
    code, out, err = run(ws, capsys, "imports", "original", "1", "--out", str(out_file))
    assert code == 0 and "personal columns left out" in out, out + err
    saved = out_file.read_text(encoding="utf-8")
    original = path.read_bytes().decode("cp1252" if preset == "generic" else "utf-8")
    assert len(saved.splitlines()) == len(original.splitlines())
    assert saved.splitlines()[0] == original.splitlines()[0]  # the header as it was
    assert not any(value.lower() in saved.lower() for value in SECRET_VALUES)
    # Still a table of the same shape: as many records, each as wide as the header.
    sep = ";" if preset in ("woocommerce", "generic") else ","
    records = list(csv.reader(io.StringIO(saved, newline=""), delimiter=sep))
    wanted = list(csv.reader(io.StringIO(original, newline=""), delimiter=sep))
    assert len([r for r in records if r]) == len(wanted)
    assert {len(r) for r in records if r} == {len(wanted[0])}


@pytest.mark.parametrize("preset", list(MAKERS))
def test_keep_personal_keeps_the_file_as_it_is(preset: str, tmp_path: Path, capsys) -> None:
    ws = tmp_path / "shop.omniprint"
    assert run(ws, capsys, "init")[0] == 0
    path = MAKERS[preset](tmp_path / f"{preset}.csv")
    code, _, err = run(ws, capsys, "import", str(path), "--preset", preset, "--keep-personal")
    assert code == 0, err
    stored = everything_stored(ws)
    assert EMAIL in stored and DNI.lower() in stored
    out_file = tmp_path / "again.csv"
    code, out, _ = run(ws, capsys, "imports", "original", "1", "--out", str(out_file))
    assert code == 0 and "personal columns left out" not in out


def test_matching_fields_survive_and_review_says_what_was_left_out(tmp_path: Path, capsys) -> None:
    ws = tmp_path / "shop.omniprint"
    assert run(ws, capsys, "init")[0] == 0
    assert run(ws, capsys, "import", str(shopify(tmp_path / "orders.csv")))[0] == 0
    conn = sqlite3.connect(ws)
    rid, extra = conn.execute("SELECT id, extra FROM response").fetchone()
    conn.close()
    extra = json.loads(extra)
    assert extra["utm_source"] == "flyer" and extra["utm_campaign"] == "otono-2026"
    assert extra["billing_postcode"] == "46001"
    assert extra["landing_url"] == (
        "https://tostadores.example/oferta?utm_source=flyer&utm_campaign=otono-2026"
        "&code=OTO-3K9D-7QMP-X"
    )
    code, out, _ = run(ws, capsys, "review", "show", str(rid))
    assert code == 0 and "personal columns left out" in out
    assert "#1001" in out and "OTO-3K9D-7QMP-X" in out and "46001" in out
    assert EMAIL not in out and NAME not in out
    code, out, _ = run(ws, capsys, "--json", "review", "show", str(rid))
    data = json.loads(out)
    assert data["personal_left_out"] is True and data["raw"].startswith("#1001,")
    assert "utm_source: flyer" in data["raw"] and "customer_email" not in data["raw"]
    assert '"utm_source: flyer\nlanding_site: https://tostadores.example/oferta?' in data["raw"]


def test_kept_text_keeps_line_numbers_when_a_note_spanned_lines(tmp_path: Path, capsys) -> None:
    ws = tmp_path / "shop.omniprint"
    assert run(ws, capsys, "init")[0] == 0
    path = generic(tmp_path / "canjes.csv")
    assert run(ws, capsys, "import", str(path))[0] == 0
    conn = sqlite3.connect(ws)
    rows = conn.execute("SELECT id, line FROM response ORDER BY line").fetchall()
    refused = conn.execute("SELECT line, raw FROM refused_row").fetchall()
    conn.close()
    # The refused row keeps its matching cells; its note (three lines) is left out.
    assert refused == [(3, "15/10/2026;OTO-3K9D-7QMP-X;doce;Ruzafa;;;;;;;")]
    assert [line for _, line in rows] == [2, 6]  # the second row (lines 3-5) is refused
    code, out, _ = run(ws, capsys, "--json", "review", "show", str(rows[1][0]))
    assert code == 0
    assert json.loads(out)["raw"].startswith("16/10/2026;OTO-ZZZZ-ZZZZ-Z;8,00 €;Ruzafa;")


def test_landing_urls_keep_only_utm_and_code() -> None:
    assert strip_personal_query(LANDING) == (
        "https://tostadores.example/oferta?utm_source=flyer&utm_campaign=otono-2026"
        "&code=OTO-3K9D-7QMP-X"
    )
    assert strip_personal_query("https://ana:pw@shop.es/p?email=a%40b.es") == "https://shop.es/p"
    assert strip_personal_query("/p?UTM_Source=x;fbclid=1") == "/p?UTM_Source=x"
    note = f"utm_source: flyer\nEmail: {EMAIL}\nlanding_page: /o?utm_medium=print&tel=1"
    assert keep_note_lines(note) == "utm_source: flyer\nlanding_page: /o?utm_medium=print"


def test_columns_kept_come_from_the_mapping_and_the_allow_list() -> None:
    header = ["Name", "Billing Name", "Email", "Total", "Billing Zip", "Customer ID",
              "Shipping Street", "Note Attributes", "Notes", "Location",
              "Landing page"]  # fmt: skip
    mapping = {"order": "Name", "name": "Billing Name", "notes": "Note Attributes",
               "amount": "Total"}  # fmt: skip
    kept = kept_columns(header, mapping)
    assert [header[i] for i in kept] == ["Name", "Total", "Billing Zip", "Note Attributes",
                                         "Location", "Landing page"]  # fmt: skip
    assert kept[7] == "notes" and kept[10] == "url"


def test_a_row_whose_columns_slipped_leaves_no_address_in_the_refusal(
    tmp_path: Path, capsys
) -> None:
    ws = tmp_path / "shop.omniprint"
    assert run(ws, capsys, "init")[0] == 0
    path = tmp_path / "canjes.csv"
    path.write_text(
        "Fecha,Código,Importe,Nombre\n"
        "14/10/2026,OTO-3K9D-7QMP-X,12.00,Ana\n"
        f"{EMAIL},OTO-3K9D-7QMP-X,12.00,{NAME}\n"  # the e-mail came in the date column
    )
    code, out, err = run(ws, capsys, "--json", "import", str(path))
    assert code == 0, err
    assert json.loads(out)["refused"][0]["line"] == 3
    stored = everything_stored(ws)
    assert EMAIL not in stored and NAME.lower() not in stored and "ana" not in stored.split()


def test_codes_read_from_a_till_comment_keep_only_the_code(tmp_path: Path, capsys) -> None:
    ws = tmp_path / "shop.omniprint"
    assert run(ws, capsys, "init")[0] == 0
    path = tmp_path / "receipts.csv"
    header = "Date,Receipt number,Receipt type,Net sales,Total collected,Comment,Store,Status"
    comment = f"OTO-3K9D-7QMP-X Juan, tel {PHONE}, DNI {DNI}, {EMAIL}, 611-22-33-44"
    row = ["10/13/26 1:33 PM", "4-1037", "Sale", "81.00", "87.48", comment, "Ruzafa", "Closed"]
    path.write_text(header + "\n" + _csv(row) + "\n")
    code, out, err = run(ws, capsys, "--json", "import", str(path), "--preset", "loyverse")
    assert code == 0 and json.loads(out)["added"] == 1, err
    stored = everything_stored(ws)
    for value in (PHONE, DNI.lower(), EMAIL, "juan", "611-22-33-44"):
        assert value not in stored, value
    conn = sqlite3.connect(ws)
    assert conn.execute("SELECT code_text FROM response").fetchone()[0] == "OTO-3K9D-7QMP-X"
    conn.close()
