"""Files as shops really have them, through ``omniprint import --json`` and the database (issue 14).

Samples (fixtures/issue14, fixtures/real) are written from the documented layouts:
* GA4: Google Analytics Help "Download your data" / Reports snapshot "Share this report >
  Download file" (one table per card, each after its ``# Start date`` preamble), Traffic
  acquisition opened on "Session default channel group" ("Grupo de canales predeterminado de la
  sesión"), chart series first ("Nth day", "Día N" with a no-break space), and the same re-saved
  by Excel (every line padded with commas, CRLF, an empty row).
* Shopify: the Help Center "Exporting orders" layout (fixtures/real), re-saved by a spreadsheet
  so that each line is one quoted cell, and exported by two shops with the same order numbers.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
from pathlib import Path

import pytest

from omniprint.cli.main import main
from omniprint.domain.i18n import set_translations
from support import FIXTURES

SHOPIFY = (FIXTURES / "real" / "shopify_orders_export_2026.csv").read_bytes()


class Cli:
    def __init__(self, workspace: Path, capsys) -> None:
        self.workspace = workspace
        self.capsys = capsys

    def run(self, *args: str) -> tuple[int, str, str]:
        code = main(["--workspace", str(self.workspace), *args])
        out, err = self.capsys.readouterr()
        return code, out, err

    def json(self, *args: str) -> dict:
        code, out, err = self.run("--json", "import", *args)
        assert code == 0, out + err
        return json.loads(out)


@pytest.fixture(autouse=True)
def english_after(monkeypatch):
    monkeypatch.delenv("OMNIPRINT_LANG", raising=False)
    monkeypatch.setenv("LC_ALL", "en_GB.UTF-8")
    set_translations("en")
    yield
    set_translations("en")


@pytest.fixture
def cli(ws_path: Path, capsys) -> Cli:
    assert main(["--workspace", str(ws_path), "init"]) == 0
    capsys.readouterr()
    return Cli(ws_path, capsys)


def rows(ws_path: Path, sql: str, *args) -> list[tuple]:
    with sqlite3.connect(ws_path) as db:
        return db.execute(sql, args).fetchall()


# --- GA4 --------------------------------------------------------------------------------------


def test_ga4_reports_snapshot_every_table_read_in_english(cli: Cli, ws_path: Path) -> None:
    out = cli.json(str(FIXTURES / "issue14" / "ga4_reports_snapshot_en.csv"))
    assert (out["preset"], out["rows"], out["added"], out["refused"]) == ("ga4", 6, 6, [])
    left = [n for n in out["notes"] if "left out" in n]
    assert len(left) == 3
    assert any("Country, Active users" in n and "no Sessions column" in n for n in left)
    assert any("Nth day" in n and "chart" in n for n in left)
    found = rows(
        ws_path,
        "SELECT json_extract(extra, '$.channel'), json_extract(extra, '$.utm_source'),"
        " json_extract(extra, '$.sessions') FROM response WHERE kind = 'visit' ORDER BY id",
    )
    assert found == [
        ("Organic Search", None, 1204),
        ("Direct", None, 860),
        ("Paid Social", None, 95),
        (None, "google", 1180),
        (None, "flyer", 41),
        (None, "(direct)", 860),
    ]
    # Channel-level visits can be queried by channel.
    assert rows(
        ws_path,
        "SELECT SUM(json_extract(extra, '$.sessions')) FROM response"
        " WHERE json_extract(extra, '$.channel') = 'Direct'",
    ) == [(860,)]


def test_ga4_resumen_de_informes_in_spanish(cli: Cli, ws_path: Path) -> None:
    out = cli.json(str(FIXTURES / "issue14" / "ga4_resumen_informes_es.csv"))
    assert (out["preset"], out["added"], out["refused"]) == ("ga4", 5, [])
    assert any("Día\u00a0N" in n for n in out["notes"])  # the name as text, not '\xa0'
    assert not any("\\xa0" in n for n in out["notes"])
    found = rows(
        ws_path,
        "SELECT json_extract(extra, '$.channel'), json_extract(extra, '$.utm_campaign'),"
        " json_extract(extra, '$.sessions'), json_extract(extra, '$.key_events')"
        " FROM response ORDER BY id",
    )
    assert found == [
        ("Búsqueda orgánica", None, 1204, 31),
        ("Directo", None, 860, 12),
        ("Social de pago", None, 95, 2),
        (None, "otono-2026", 141, 9),
        (None, None, 2030, 40),
    ]


def test_ga4_channel_group_excel_resave_says_what_to_download_in_spanish(
    cli: Cli, ws_path: Path
) -> None:
    code, text, err = cli.run(
        "--lang", "es", "import", str(FIXTURES / "issue14" / "ga4_canales_excel_es.csv")
    )
    set_translations("en")
    assert code == 0, err
    assert "3 filas: 3 añadidas" in text
    assert "«Fuente / medio de la sesión»" in text and "Adquisición de tráfico" in text
    out = cli.json(str(FIXTURES / "issue14" / "ga4_canales_excel_es.csv"))  # --json: in English
    assert (out["preset"], out["rows"], out["added"], out["already_imported"]) == (
        "ga4",
        3,
        0,
        True,
    )
    assert rows(ws_path, "SELECT SUM(amount_cents) FROM response") == [(189040,)]


def test_preset_ga4_never_imports_zero_rows_silently(cli: Cli, ws_path: Path, tmp_path) -> None:
    path = tmp_path / "paises.csv"
    path.write_text(
        "# ----\n# Start date: 20261001\n# End date: 20261031\nCountry,Active users\nSpain,10\n"
    )
    code, _out, err = cli.run("import", "--preset", "ga4", str(path))
    assert code != 0
    assert "Country, Active users" in err and "Session source / medium" in err
    assert rows(ws_path, "SELECT COUNT(*) FROM import_file") == [(0,)]


# --- re-saved files ---------------------------------------------------------------------------


def _wrapped(data: bytes) -> bytes:
    """Each record as one quoted cell, inner quotes doubled, as a spreadsheet re-save writes."""
    records = list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))
    out = io.StringIO()
    for record in records:
        inner = io.StringIO()
        csv.writer(inner, lineterminator="\r\n").writerow(record)
        out.write('"' + inner.getvalue().removesuffix("\r\n").replace('"', '""') + '"\r\n')
    return out.getvalue().encode("utf-8")


def test_lines_wrapped_in_quotes_are_unwrapped(cli: Cli, ws_path: Path, tmp_path) -> None:
    path = tmp_path / "orders_resaved.csv"
    path.write_bytes(_wrapped(SHOPIFY))
    out = cli.json(str(path))
    assert (out["preset"], out["rows"], out["added"], out["refused"]) == ("shopify", 9, 7, [])
    assert any("wrapped in quotes" in n and "unwrapped" in n for n in out["notes"])
    first = rows(
        ws_path,
        "SELECT natural_key, code_text, amount_cents, json_extract(extra, '$.utm_source')"
        " FROM response ORDER BY id LIMIT 1",
    )
    assert first == [("#1041", "OTO-3K9D-7QMP", 4090, "flyer")]


def test_a_few_windows_1252_lines_in_utf8_are_named(cli: Cli, ws_path: Path, tmp_path) -> None:
    text = "fecha;código;importe;tienda\n03/10/2026;OTO-1;12,50;Peñíscola\n"
    data = text.encode("utf-8") + "04/10/2026;OTO-2;9,00;Alcañiz\n".encode("cp1252")
    data += "19/10/2026;OTO-3;3,00;Castelló\r\nTotal;;24,50;\n".encode()
    path = tmp_path / "canjes.csv"
    path.write_bytes(data)
    out = cli.json(str(path))
    assert (out["added"], out["refused"]) == (3, [])
    assert "line(s) 3 were not UTF-8" in " ".join(out["notes"])
    assert any("line 5 is a totals row" in n for n in out["notes"])
    assert rows(ws_path, "SELECT store FROM response ORDER BY id") == [
        ("Peñíscola",),
        ("Alcañiz",),
        ("Castelló",),
    ]


def test_a_short_row_is_reported_by_its_line(cli: Cli, tmp_path) -> None:
    path = tmp_path / "canjes.csv"
    path.write_text("date,code,amount,store\n2026-10-03,OTO-1,12.50,Centro\n2026-10-04,OTO-2\n")
    out = cli.json(str(path))
    assert out["added"] == 2
    assert any("line(s) 3 have fewer fields than the header (4)" in n for n in out["notes"])


# --- two stores -------------------------------------------------------------------------------


def test_two_shops_with_the_same_order_numbers_are_two_shops(
    cli: Cli, ws_path: Path, tmp_path
) -> None:
    portugal = tmp_path / "orders_pt.csv"
    portugal.write_bytes(SHOPIFY)
    brazil = tmp_path / "orders_br.csv"
    brl = SHOPIFY
    for currency in (b",EUR,", b",GBP,", b",USD,"):  # the sample has a few orders in each
        brl = brl.replace(currency, b",BRL,")
    brazil.write_bytes(brl)
    assert cli.json(str(portugal))["added"] == 7
    out = cli.json(str(brazil))
    assert (out["added"], out["known"], out["source"]) == (7, 0, "shopify")
    assert rows(ws_path, "SELECT source, COUNT(*) FROM response GROUP BY source") == [
        ("shopify:BRL", 7),
        ("shopify:EUR", 5),
        ("shopify:GBP", 1),
        ("shopify:USD", 1),
    ]
    # The same file again adds nothing.
    again = cli.json(str(brazil))
    assert again["already_imported"] and again["added"] == 0
    # The first shop's orders again (their Ids too): known, and told why.
    spain = tmp_path / "orders_es.csv"
    spain.write_bytes(SHOPIFY + b"\n")
    out = cli.json(str(spain))
    assert (out["added"], out["known"]) == (0, 7)
    why = " ".join(out["notes"])
    assert "7 of 7 records were already in the workspace" in why
    assert "orders_pt.csv" in why and "order ids are the same" in why and "--source" not in why
    # Named, it is a source of its own, remembered for files of this header.
    spain2 = tmp_path / "orders_es_2.csv"
    spain2.write_bytes(SHOPIFY + b"\n\n")
    out = cli.json("--source", "tienda-madrid", str(spain2))
    assert (out["added"], out["source"]) == (7, "shopify:tienda-madrid")
    spain3 = tmp_path / "orders_es_3.csv"
    spain3.write_bytes(SHOPIFY + b"\n\n\n")
    out = cli.json(str(spain3))
    assert (out["added"], out["known"], out["source"]) == (0, 7, "shopify:tienda-madrid")


def test_note_attributes_in_any_spelling(cli: Cli, ws_path: Path, tmp_path) -> None:
    text = SHOPIFY.decode()
    text = text.replace("utm_source: flyer", "UTM source: Facebook", 1)
    text = text.replace("utm_medium: print", "Utm-Medium: paid", 1)
    path = tmp_path / "orders.csv"
    path.write_text(text, encoding="utf-8")
    cli.json(str(path))
    first = rows(
        ws_path,
        "SELECT json_extract(extra, '$.utm_source'), json_extract(extra, '$.utm_medium')"
        " FROM response WHERE natural_key = '#1041'",
    )
    assert first == [("Facebook", "paid")]


# --- unknown layouts --------------------------------------------------------------------------


def test_unknown_layout_guess_from_names_and_values(cli: Cli, ws_path: Path, tmp_path) -> None:
    path = tmp_path / "mailchimp_campaigns.csv"
    path.write_text(
        "Title,Subject,Audience,Send\u00a0Date,Emails Sent,Unique Opens,Total Clicks\n"
        "Otoño,¡Nuevo café!,Clientes,Oct 05 2026 10:00 AM,1200,480,95\n"
        "Navidad,Regalos,Clientes,Dec 01 2026 10:00 AM,1250,500,120\n",
        encoding="utf-8",
    )
    code, _out, err = cli.run("import", str(path))
    assert code != 0
    assert "“Send\u00a0Date”" in err and "\\xa0" not in err
    assert "date=Send\u00a0Date" in err  # the column of dates, not the first column
    assert "code=Title" not in err and "amount=Audience" not in err
    assert "No column looks like a coupon code, an order or receipt number or a UTM value" in err
    assert rows(ws_path, "SELECT COUNT(*) FROM response") == [(0,)]


def test_a_pdf_is_explained(cli: Cli, tmp_path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n" + bytes(200))
    code, _out, err = cli.run("import", str(path))
    assert code != 0 and "is a PDF document, not a table" in err and "CSV" in err


def test_orders_imported_before_sources_get_their_currency(
    cli: Cli, ws_path: Path, tmp_path
) -> None:
    """A workspace from before: Shopify orders with source "shopify". After the migration an
    overlapping export adds nothing (its orders are "shopify:EUR"...)."""
    import sqlite_utils

    from omniprint.storage.schema import _import_sources

    path = tmp_path / "orders.csv"
    path.write_bytes(SHOPIFY)
    cli.json(str(path))
    with sqlite3.connect(ws_path) as db:
        db.execute("UPDATE response SET source = 'shopify'")  # as an older version wrote it
        db.execute("DROP TABLE import_source")
        _import_sources(sqlite_utils.Database(db))
    assert rows(ws_path, "SELECT DISTINCT source FROM response ORDER BY 1") == [
        ("shopify:EUR",),
        ("shopify:GBP",),
        ("shopify:USD",),
    ]
    overlapping = tmp_path / "orders_again.csv"
    overlapping.write_bytes(SHOPIFY + b"\n")
    out = cli.json(str(overlapping))
    assert (out["added"], out["known"]) == (0, 7)


def test_ga4_resaved_by_a_spanish_excel(cli: Cli, ws_path: Path) -> None:
    """Excel in Spanish saves with ';' in Windows-1252, quotes a comment line holding a ';' and
    pads every line to the widest table."""
    out = cli.json(str(FIXTURES / "issue14" / "ga4_resumen_excel_es_puntoycoma.csv"))
    assert (out["preset"], out["delimiter"], out["encoding"]) == ("ga4", ";", "cp1252")
    assert (out["rows"], out["added"], out["refused"]) == (5, 5, [])
    assert rows(ws_path, "SELECT SUM(json_extract(extra, '$.sessions')) FROM response") == [
        (1204 + 860 + 95 + 141 + 2030,)
    ]


def test_ga4_with_only_a_totals_row_is_not_zero_rows_in_silence(cli: Cli, tmp_path) -> None:
    path = tmp_path / "ga4_totals.csv"
    path.write_text(
        "# ----\n# Start date: 20261001\n# End date: 20261031\n\n"
        "Session source / medium,Sessions\nGrand total,2100\n"
    )
    code, _out, err = cli.run("import", "--preset", "ga4", str(path))
    assert code != 0 and "hold no visits" in err and "Traffic acquisition" in err


def test_a_source_name_with_a_line_break_is_refused(cli: Cli, ws_path: Path, tmp_path) -> None:
    path = tmp_path / "orders.csv"
    path.write_bytes(SHOPIFY)
    code, _out, err = cli.run("import", "--source", "shop\nINSERT", str(path))
    assert code != 0 and "--source" in err
    assert rows(ws_path, "SELECT COUNT(*) FROM response") == [(0,)]


def test_shopify_resaved_by_a_spanish_excel(cli: Cli, ws_path: Path, tmp_path) -> None:
    """';' and decimal commas: what Excel in Spanish writes when it saves the export again."""
    records = list(csv.reader(io.StringIO(SHOPIFY.decode("utf-8"), newline="")))
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    for record in records:  # every amount as Excel in Spanish shows it: 40,90
        writer.writerow([v.replace(".", ",") if re.fullmatch(r"-?\d+\.\d\d", v) else v
                         for v in record])  # fmt: skip
    path = tmp_path / "pedidos_excel.csv"
    path.write_bytes(out.getvalue().encode("cp1252", errors="replace"))
    result = cli.json(str(path))
    assert (result["delimiter"], result["decimal"], result["added"], result["refused"]) == (
        ";",
        ",",
        7,
        [],
    )
    assert rows(ws_path, "SELECT amount_cents FROM response WHERE natural_key = '#1041'") == [
        (4090,)
    ]
