"""The entry point: detection, mapping, ambiguous dates, problems, keys, progress, dialects."""

from __future__ import annotations

import hashlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from omniprint.domain import codes
from omniprint.domain.errors import Cancelled, InputFileError
from omniprint.domain.responses import ColumnMapping
from omniprint.domain.tasks import CancelToken
from omniprint.ingest.presets.generic import code_key
from omniprint.ingest.responses import detect_preset, read_responses
from omniprint.ingest.table import header_key
from support import FIXTURES


def test_generic_spanish_till_list() -> None:
    data = (FIXTURES / "canjes_tienda_es.csv").read_bytes()
    result = read_responses(data, file="canjes.csv")
    assert (result.preset, result.encoding, result.delimiter) == ("generic", "cp1252", ";")
    assert result.sha256 == hashlib.sha256(data).hexdigest()
    assert result.header_key == header_key(result.header) == "fecha|codigo|importe|tienda"
    assert result.mapping == {
        "date": "Fecha",
        "code": "Código",
        "amount": "Importe",
        "store": "Tienda",
    }
    assert [(r.occurred_at, r.codes, r.amount_cents, r.store) for r in result.responses] == [
        ("2026-10-03T00:00:00", ("OTO-3K9D-7QMP-X",), 1250, "Ruzafa"),
        ("2026-10-04T00:00:00", ("oto 7tq2 m9xa d",), 800, "Ruzafa"),
        ("2026-10-15T00:00:00", ("OTO7TQ2M9XAD",), 800, "Ruzafa"),
        ("2026-10-21T00:00:00", ("OTO-W1KD-99ZQ-3",), 125000, "Obrador"),
    ]
    assert {r.currency for r in result.responses} == {"EUR"}  # shown by "12,50 €"
    # Without an id the key is built from date, normalised code, amount and store.
    assert result.responses[1].natural_key == "2026-10-04T00:00:00|0T07TQ2M9XAD|800|Ruzafa"


def test_generic_excel_unicode_text_with_receipt_numbers() -> None:
    result = read_responses((FIXTURES / "cupones_excel_unicode.txt").read_bytes(), file="c.txt")
    assert (result.encoding, result.delimiter, result.date_order) == ("utf-16-le", "\t", "dmy")
    assert [r.natural_key for r in result.responses] == ["T-0001", "T-0002", "T-0003", "T-0004"]
    assert [r.amount_cents for r in result.responses] == [125000, 8550, 4000, -1200]
    assert result.responses[0].currency is None  # "$" is the sign of too many currencies


def test_generic_bad_rows_are_kept_with_line_column_and_reason() -> None:
    result = read_responses((FIXTURES / "redemptions_uk.csv").read_bytes(), file="uk.csv")
    assert result.rows == 8 and len(result.responses) == 4
    assert [(p.line, p.column, p.reason) for p in result.problems] == [
        (5, "Date", "the date is empty"),
        (6, "Coupon Code", "the code is empty"),
        (7, "Amount", "'three pounds' is not a number"),
        (8, None, "has 5 fields but the header has 4"),
    ]
    # A field past the header has no name to tell it holds nothing personal: left out.
    assert result.problems[3].raw == '17/10/2026 16:20,LEEDS-CCCC-33,"£1,020.00",City,'
    # Two identical redemptions stay two, told apart by their place.
    first, second = result.responses[:2]
    assert second.natural_key == first.natural_key + "#2"
    assert sum(r.amount_cents for r in result.responses) == 1250 + 1250 + 800 + 99


def test_overlapping_exports_give_the_same_keys() -> None:
    lines = (FIXTURES / "redemptions_uk.csv").read_text(encoding="utf-8").splitlines()
    early = "\n".join(lines[:4]).encode()
    late = "\n".join([lines[0], *lines[1:4], lines[-1]]).encode()
    a = read_responses(early, file="a.csv", date_order="dmy")
    b = read_responses(late, file="b.csv", date_order="dmy")
    assert [r.natural_key for r in a.responses] == [r.natural_key for r in b.responses][:3]
    shopify = (FIXTURES / "shopify_orders_export.csv").read_bytes()
    again = read_responses(shopify, file="s2.csv")
    assert [r.natural_key for r in again.responses] == ["#1001", "#1002", "#1003", "#1004"]


def test_unknown_layout_says_which_columns_and_how_to_map() -> None:
    data = "Cuándo;Vale nº;Pagado;Sitio\n03/10/2026;OTO-1;12,50;Centro\n".encode()
    with pytest.raises(InputFileError) as caught:
        read_responses(data, file="raro.csv")
    message = str(caught.value)
    assert message.startswith("raro.csv, line 1:")
    assert "“Cuándo”, “Vale nº”, “Pagado”, “Sitio”" in message
    # Guessed from names and values, never by position (issue 14).
    assert '--map "date=Cuándo,code=Vale nº,amount=Pagado,store=Sitio"' in message
    assert "'date' and 'code'" in message
    assert detect_preset(["Cuándo", "Vale nº", "Pagado", "Sitio"]) is None


def test_a_mapping_reads_an_unknown_layout() -> None:
    data = "Cuándo;Vale nº;Pagado;Sitio;CP\n19/10/2026;OTO-1;12,50;Centro;28001\n".encode()
    mapping = {"date": "Cuándo", "code": "Vale nº", "amount": "Pagado", "store": "Sitio",
               "postcode": "CP"}  # fmt: skip
    result = read_responses(data, file="raro.csv", mapping=mapping)
    assert result.preset == "generic" and result.mapping == mapping
    (record,) = result.responses
    assert (record.occurred_at, record.codes, record.amount_cents, record.store) == (
        "2026-10-19T00:00:00", ("OTO-1",), 1250, "Centro",
    )  # fmt: skip
    assert record.billing_postcode == "28001"
    saved = ColumnMapping(result.header_key, mapping)
    assert saved.problems() == []


def test_a_mapping_that_does_not_fit_is_refused() -> None:
    data = b"A,B\n2026-10-01,X\n"
    with pytest.raises(InputFileError, match="'Cupon' \\(for code\\) is not in the header"):
        read_responses(data, file="f.csv", mapping={"date": "A", "code": "Cupon"})
    with pytest.raises(InputFileError, match="a 'date' column is needed"):
        read_responses(data, file="f.csv", mapping={"code": "B"})
    assert ColumnMapping("k", {"colour": "A"}).problems()[0] == "unknown field(s): colour"


def test_ambiguous_dates_ask_for_an_order() -> None:
    data = b"Date,Code,Amount\n03/10/2026,A-1,5.00\n04/11/2026,A-2,6.00\n"
    with pytest.raises(InputFileError) as caught:
        read_responses(data, file="amb.csv")
    assert "--dates dmy" in str(caught.value) and "--dates mdy" in str(caught.value)
    assert caught.value.column == "Date"
    result = read_responses(data, file="amb.csv", date_order="mdy")
    assert [r.occurred_at for r in result.responses] == [
        "2026-03-10T00:00:00", "2026-04-11T00:00:00",
    ]  # fmt: skip
    dmy = read_responses(data, file="amb.csv", date_order="dmy")
    assert dmy.responses[0].occurred_at == "2026-10-03T00:00:00"


def test_personal_data_only_when_asked() -> None:
    data = (FIXTURES / "shopify_orders_export.csv").read_bytes()
    assert read_responses(data, file="s.csv").responses[0].personal is None
    kept = read_responses(data, file="s.csv", keep_personal=True).responses[0]
    assert kept.personal == {"email": "ana@example.com"}
    woo = read_responses(
        (FIXTURES / "woocommerce_order_export_es.csv").read_bytes(),
        file="w.csv",
        keep_personal=True,
    )
    assert woo.responses[0].personal == {
        "name": "Lucía Pérez", "email": "lucia@example.es", "phone": "600111222",
    }  # fmt: skip
    assert woo.responses[0].billing_postcode == "46001"  # postcodes are always kept


def test_forcing_a_preset_and_naming_a_wrong_one() -> None:
    data = (FIXTURES / "canjes_tienda_es.csv").read_bytes()
    assert read_responses(data, file="c.csv", preset="generic").preset == "generic"
    with pytest.raises(InputFileError, match="there is no preset 'tpv'"):
        read_responses(data, file="c.csv", preset="tpv")
    with pytest.raises(InputFileError, match="cannot be read as shopify"):
        read_responses(data, file="c.csv", preset="shopify")


def _big_list(rows: int) -> bytes:
    lines = ["Fecha;Código;Importe;Tienda"]
    lines += [f"{1 + i % 28}/10/2026;OTO-{i:06d};{i % 90},50;Centro" for i in range(rows)]
    return "\n".join(lines).encode()


def test_progress_every_ten_thousand_rows_and_cancel() -> None:
    calls = []
    result = read_responses(_big_list(25_000), file="big.csv", progress=lambda *a: calls.append(a))
    assert len(result.responses) == 25_000
    assert [c[0] for c in calls] == [10_000, 20_000, 25_000]
    assert calls[0][1] == 25_000 and calls[-1][:2] == (25_000, 25_000)
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        read_responses(_big_list(10_500), file="big.csv", cancel=token)


@given(st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcxyz0123456789 -_.", max_size=20))
def test_code_key_is_the_domain_normalisation(text: str) -> None:
    assert code_key(text) == codes.normalize(text)


# --- round trip: random rows in random dialects read back to the same records ---------------

_STORES = st.sampled_from(["Centro", "Ruzafa", "Old Town", "Peña", "Café Norte"])
_CODES = st.text(alphabet="ABCDEFGHJKMNPQRSTVWXYZ0123456789-", min_size=4, max_size=14).filter(
    lambda c: c.strip("-")
)
_ROWS = st.lists(
    st.tuples(
        st.dates(min_value=__import__("datetime").date(2020, 1, 1),
                 max_value=__import__("datetime").date(2030, 12, 31)),
        _CODES,
        st.integers(min_value=0, max_value=9_999_999),
        _STORES,
    ),
    min_size=1,
    max_size=30,
)  # fmt: skip


def _amount(cents: int, style: str) -> str:
    whole, frac = divmod(cents, 100)
    if style == "plain":
        return f"{whole}.{frac:02d}"
    if style == "us":
        return f"${whole:,}.{frac:02d}"
    grouped = f"{whole:,}".replace(",", ".")
    return f"{grouped},{frac:02d} €" if style == "eu" else f"{whole},{frac:02d}"


def _date(day, order: str) -> str:
    if order == "dmy":
        return day.strftime("%d/%m/%Y")
    if order == "mdy":
        return f"{day.month}/{day.day}/{day.year}"
    return day.isoformat()


@settings(max_examples=120, deadline=None)
@given(
    rows=_ROWS,
    delimiter=st.sampled_from([",", ";", "\t", "|"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]),
    number=st.sampled_from(["plain", "us", "eu", "comma"]),
    order=st.sampled_from(["dmy", "mdy", "iso"]),
    spanish=st.booleans(),
    newline=st.sampled_from(["\n", "\r\n"]),
)
def test_generic_round_trip(rows, delimiter, encoding, number, order, spanish, newline) -> None:
    header = (
        ["Fecha", "Cupón", "Importe", "Tienda"] if spanish else ["Date", "Code", "Amount", "Store"]
    )

    def cell(text: str) -> str:
        return f'"{text}"' if delimiter in text or '"' in text else text

    lines = [delimiter.join(header)]
    for day, code, cents, store in rows:
        values = [_date(day, order), code, _amount(cents, number), store]
        lines.append(delimiter.join(cell(v) for v in values))
    data = newline.join(lines).encode(encoding)
    result = read_responses(data, file="rt.csv", date_order=None if order == "iso" else order)
    assert result.problems == []
    got = [(r.occurred_at[:10], r.codes, r.amount_cents, r.store) for r in result.responses]
    assert got == [(d.isoformat(), (c,), cents, s) for d, c, cents, s in rows]
    assert len({r.natural_key for r in result.responses}) == len(rows)
