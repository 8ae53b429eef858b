"""Dates and times from exports and people, with the day/month order decided per column."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from omniprint.ingest.dates import (
    ColumnDateParser,
    DateFormatError,
    DateOrder,
    infer_date_order,
    parse_date,
    parse_datetime,
)

PLUS2 = timezone(timedelta(hours=2))
MINUS5 = timezone(timedelta(hours=-5))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-10-03", datetime(2026, 10, 3)),
        ("2026-10-03T10:12:44Z", datetime(2026, 10, 3, 10, 12, 44, tzinfo=UTC)),
        ("2026-10-03 10:12:44 +0200", datetime(2026, 10, 3, 10, 12, 44, tzinfo=PLUS2)),
        ("2012-01-01 11:13:25 -0500", datetime(2012, 1, 1, 11, 13, 25, tzinfo=MINUS5)),
        ("2026-10-03T10:12:44.5+02:00", datetime(2026, 10, 3, 10, 12, 44, 500000, tzinfo=PLUS2)),
        ("03/10/2026", datetime(2026, 10, 3)),
        ("3-10-2026", datetime(2026, 10, 3)),
        ("03.10.2026", datetime(2026, 10, 3)),
        ("03/10/26", datetime(2026, 10, 3)),
        ("03/10/2026 8:15", datetime(2026, 10, 3, 8, 15)),
        ("03/10/2026 20:15:00", datetime(2026, 10, 3, 20, 15)),
        ("03/10/2026 2:30:00 PM", datetime(2026, 10, 3, 14, 30)),
        ("03/10/2026 8:15 p. m.", datetime(2026, 10, 3, 20, 15)),
        ("03/10/2026 8:15\u00a0a.\u00a0m.", datetime(2026, 10, 3, 8, 15)),
        ("03/10/2026 8:15 p.m.", datetime(2026, 10, 3, 20, 15)),
        ("03/10/2026 8:15pm", datetime(2026, 10, 3, 20, 15)),
        ("03/10/2026 12:05 am", datetime(2026, 10, 3, 0, 5)),
        ("03/10/2026 12:05 pm", datetime(2026, 10, 3, 12, 5)),
        ("03/10/2026, 20:15", datetime(2026, 10, 3, 20, 15)),
        ("20260105", datetime(2026, 1, 5)),
        ("Oct 3, 2026", datetime(2026, 10, 3)),
        ("October 3rd, 2026 4:05 PM", datetime(2026, 10, 3, 16, 5)),
        ("Sat, Oct 3, 2026", datetime(2026, 10, 3)),
        ("3 oct 2026", datetime(2026, 10, 3)),
        ("3-Oct-26", datetime(2026, 10, 3)),
        ("3 de octubre de 2026", datetime(2026, 10, 3)),
        ("sábado, 3 de octubre de 2026", datetime(2026, 10, 3)),
        ("15 setiembre 2026", datetime(2026, 9, 15)),
        ("1 ENE. 2027", datetime(2027, 1, 1)),
    ],
)
def test_parse_datetime(text: str, expected: datetime) -> None:
    assert parse_datetime(text) == expected
    assert parse_datetime(text).tzinfo == expected.tzinfo


def test_order_and_default_zone() -> None:
    assert parse_datetime("10/3/2026", order="mdy") == datetime(2026, 10, 3)
    assert parse_datetime("10/3/2026", order=DateOrder.DMY) == datetime(2026, 3, 10)
    # Without a known order only dates that read one way are taken.
    assert parse_date("13/3/2026", order="ambiguous") == date(2026, 3, 13)
    assert parse_date("3/13/2026", order="ymd") == date(2026, 3, 13)
    aware = parse_datetime("03/10/2026 10:00", default_tz=PLUS2)
    assert aware == datetime(2026, 10, 3, 10, tzinfo=PLUS2)
    # An offset in the text wins over the default zone.
    assert parse_datetime("2026-10-03 10:00 Z", default_tz=PLUS2).tzinfo is UTC
    assert parse_date("2026-10-03 23:30:00 -0500") == date(2026, 10, 3)


@pytest.mark.parametrize(
    ("text", "order", "message"),
    [
        ("hello", "dmy", "'hello' is not a date"),
        ("", "dmy", "'' is not a date"),
        ("32/10/2026", "dmy", "'32/10/2026' is not a valid date or time"),
        ("2026-02-30", "dmy", "'2026-02-30' is not a valid date or time"),
        ("03/10/2026 25:00", "dmy", "'03/10/2026 25:00' is not a valid date or time"),
        ("03/10/2026 13:00 pm", "dmy", "'03/10/2026 13:00 pm' has an hour that does not fit am/pm"),
        ("Foo 3, 2026", "dmy", "'Foo 3, 2026' has an unknown month name 'Foo'"),
        (
            "03/10/2026",
            "ambiguous",
            "'03/10/2026' could be day-first or month-first; the order is not known",
        ),
    ],
)
def test_errors_name_the_text(text: str, order: str, message: str) -> None:
    with pytest.raises(DateFormatError) as info:
        parse_datetime(text, order=order)
    assert str(info.value) == message
    assert isinstance(info.value, ValueError)


def test_infer_date_order() -> None:
    assert infer_date_order(["01/02/2026", "13/02/2026"]) is DateOrder.DMY
    assert infer_date_order(["01/02/2026", "02/13/2026 8:00 PM"]) is DateOrder.MDY
    assert infer_date_order(["01/02/2026", "05/06/2026"]) is DateOrder.AMBIGUOUS
    assert infer_date_order(["01/02/2026"], hint="dmy") is DateOrder.DMY
    assert infer_date_order(["2026-01-01", "Oct 3, 2026", "junk"]) is DateOrder.YMD
    with pytest.raises(DateFormatError) as info:
        infer_date_order(["13/01/2026", "01/02/2026", "01/13/2026"])
    assert str(info.value) == (
        "'01/13/2026' is month-first, but '13/01/2026' in the same column is day-first"
    )


def test_column_parser() -> None:
    parser = ColumnDateParser.from_samples(["", "05/06/2026", "01/02/2026"], hint="mdy")
    assert parser.order is DateOrder.MDY
    assert parser.parse_date("05/06/2026") == date(2026, 5, 6)
    asking = ColumnDateParser.from_samples(["05/06/2026"])
    assert asking.order is DateOrder.AMBIGUOUS
    shop = ColumnDateParser.from_samples(["2026-10-03 10:12:44 +0200"])
    values = [shop.parse_datetime(f"2026-10-{d:02d} 10:12:44 +0200") for d in range(1, 29)]
    assert values[-1] == datetime(2026, 10, 28, 10, 12, 44, tzinfo=PLUS2)
    # Another format later in the column still parses.
    assert shop.parse_date("Oct 3, 2026") == date(2026, 10, 3)
    assert shop.parse_date("2026-10-03 10:12:44 +0200") == date(2026, 10, 3)


# --- property: every format round-trips --------------------------------------------------------

_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_ES = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
_ES_MONTHS = _ES.split()


def _date_text(d: date, style: str) -> tuple[str, str]:
    """The date in a style and the order to read it with."""
    y, m, dd = d.year, d.month, d.day
    return {
        "iso": (f"{y:04d}-{m:02d}-{dd:02d}", "dmy"),
        "dmy": (f"{dd:02d}/{m:02d}/{y:04d}", "dmy"),
        "mdy": (f"{m}/{dd}/{y}", "mdy"),
        "d-m-y": (f"{dd}-{m}-{y}", "dmy"),
        "dotted": (f"{dd:02d}.{m:02d}.{y}", "dmy"),
        "dmyy": (f"{dd:02d}/{m:02d}/{y % 100:02d}", "dmy"),
        "compact": (f"{y:04d}{m:02d}{dd:02d}", "mdy"),
        "en": (f"{_EN[m - 1]} {dd}, {y}", "dmy"),
        "es_short": (f"{dd} {_ES_MONTHS[m - 1][:3]} {y}", "mdy"),
        "es_long": (f"{dd} de {_ES_MONTHS[m - 1]} de {y}", "dmy"),
    }[style]


def _time_text(t: datetime, style: str) -> str:
    hour12 = t.hour % 12 or 12
    suffix_en = "AM" if t.hour < 12 else "PM"
    suffix_es = "a. m." if t.hour < 12 else "p. m."
    return {
        "24": f" {t.hour}:{t.minute:02d}:{t.second:02d}",
        "en": f" {hour12}:{t.minute:02d}:{t.second:02d} {suffix_en}",
        "es": f" {hour12}:{t.minute:02d}:{t.second:02d}\u00a0{suffix_es}",
        "pm": f" {hour12}:{t.minute:02d}:{t.second:02d}{suffix_en.lower()}",
    }[style]


_STYLES = ["iso", "dmy", "mdy", "d-m-y", "dotted", "dmyy", "compact", "en", "es_short", "es_long"]


@given(
    moment=st.datetimes(min_value=datetime(1970, 1, 1), max_value=datetime(2069, 12, 31)).map(
        lambda t: t.replace(microsecond=0)
    ),
    style=st.sampled_from(_STYLES),
    time_style=st.sampled_from([None, "24", "en", "es", "pm"]),
)
def test_formatted_dates_round_trip(moment: datetime, style: str, time_style: str | None) -> None:
    text, order = _date_text(moment.date(), style)
    if style == "dmyy" and not 1970 <= moment.year <= 2069:
        return
    assert parse_date(text, order=order) == moment.date()
    if time_style is not None:
        assert parse_datetime(text + _time_text(moment, time_style), order=order) == moment


@given(
    moment=st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2099, 12, 31)).map(
        lambda t: t.replace(microsecond=0)
    ),
    minutes=st.integers(min_value=-14 * 60, max_value=14 * 60),
    colon=st.booleans(),
)
def test_iso_offsets_round_trip(moment: datetime, minutes: int, colon: bool) -> None:
    zone = timezone(timedelta(minutes=minutes))
    aware = moment.replace(tzinfo=zone)
    sign = "-" if minutes < 0 else "+"
    hh, mm = divmod(abs(minutes), 60)
    offset = f"{sign}{hh:02d}:{mm:02d}" if colon else f" {sign}{hh:02d}{mm:02d}"
    parsed = parse_datetime(moment.strftime("%Y-%m-%d %H:%M:%S") + offset)
    assert parsed == aware
    assert parsed.utcoffset() == aware.utcoffset()


@given(
    days=st.lists(st.dates(min_value=date(2000, 1, 1), max_value=date(2069, 12, 31)), min_size=1)
)
def test_inferred_order_reads_the_column_back(days: list[date]) -> None:
    for order, fmt in (
        ("dmy", "{d.day}/{d.month}/{d.year}"),
        ("mdy", "{d.month}/{d.day}/{d.year}"),
    ):
        texts = [fmt.format(d=d) for d in days]
        # The hint only decides when no date in the column tells.
        parser = ColumnDateParser.from_samples(texts, hint=order)
        assert parser.order is DateOrder(order)
        assert [parser.parse_date(t) for t in texts] == days
