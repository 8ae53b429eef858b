"""The locale service writes numbers, money, percentages and dates as each region reads them
(CLDR through Babel), the same in the CLI, the GUI and the PDF report."""

from __future__ import annotations

from decimal import Decimal

import pytest

from omniprint.domain import formatting as fmt
from omniprint.domain.i18n import set_translations
from omniprint.services.i18n import choose_locale

NBSP = "\xa0"


@pytest.fixture(autouse=True)
def _english_after():
    yield
    set_translations("en")


def _speak(locale: str) -> None:
    set_translations(locale.split("_")[0], None, locale)


@pytest.mark.parametrize(
    ("locale", "money", "amount", "count", "percent", "day", "unit"),
    [
        ("en_US", "€1,234.50", "1,234.50", "1,234,567", "87.5%", "Nov 22, 2026", "€0.045"),
        ("en_GB", "€1,234.50", "1,234.50", "1,234,567", "87.5%", "22 Nov 2026", "€0.045"),
        ("es_ES", f"1.234,50{NBSP}€", "1.234,50", "1.234.567", f"87,5{NBSP}%", "22 nov 2026",
         f"0,045{NBSP}€"),
        ("es_MX", "EUR1,234.50", "1,234.50", "1,234,567", "87.5%", "22 nov 2026", "EUR0.045"),
        ("es_AR", "EUR1.234,50", "1.234,50", "1.234.567", "87,5%", "22 nov 2026",
         "EUR0,045"),
    ],
)  # fmt: skip
def test_each_region_reads_its_own_way(locale, money, amount, count, percent, day, unit) -> None:
    _speak(locale)
    assert fmt.money(123450, "EUR") == money
    assert fmt.amount(123450) == amount
    assert fmt.number(1234567) == count
    assert fmt.percent(87.5) == percent
    assert fmt.date("2026-11-22") == day
    assert fmt.unit_price(4500, "EUR") == unit


def test_one_currency_symbol_by_construction() -> None:
    """No "EUR" in one face and "€" in another: the locale decides, everywhere."""
    _speak("en_US")
    assert fmt.money(-5, "USD") == "-$0.05"
    assert fmt.currency_symbol("EUR") == "€"
    _speak("es_ES")
    assert fmt.money(-5, "USD") == f"-0,05{NBSP}US$"
    assert fmt.currency_symbol("EUR") == "€"


def test_rounding_is_half_up_and_never_minus_zero() -> None:
    _speak("es_ES")
    assert fmt.ratio_percent(Decimal("0.355")) == f"36{NBSP}%"
    assert fmt.ratio_percent(Decimal("0.1449"), 1, sign=True) == f"+14,5{NBSP}%"
    assert fmt.ratio_percent(Decimal("-0.0001")) == f"0{NBSP}%"
    assert fmt.ratio_percent(None) == "\u2013"
    assert fmt.fixed(2.345, 2) == "2,35"
    assert fmt.decimal(14.0, "+.1f") == "+14,0"


def test_dates_in_words_and_in_numbers() -> None:
    _speak("en_US")
    assert fmt.date("2026-11-22T20:15:00") == "Nov 22, 2026 8:15\u202fPM"
    assert fmt.date_short("2026-03-04") == "03/04/2026" and not fmt.day_first()
    assert fmt.date_input("03/04/2026") == "2026-03-04"
    _speak("es_ES")
    assert fmt.date("2026-11-22T09:30") == "22 nov 2026 9:30"
    assert fmt.date_short("2026-03-04") == "04/03/2026" and fmt.day_first()
    assert fmt.date_short("2026-03-04T09:30:00") == "04/03/2026 09:30"
    assert fmt.date_input("4/3/2026") == "2026-03-04"
    assert fmt.date("yesterday") == "yesterday" and fmt.date("") == ""


def test_input_fields_write_plain_numbers_with_the_decimal_mark() -> None:
    _speak("es_ES")
    assert fmt.amount_input(150050) == "1500,50" and fmt.unit_cost_input(4500) == "0,045"
    assert fmt.size_mm(88.9, 50.8) == "88,9 x 50,8 mm"
    _speak("es_MX")
    assert fmt.amount_input(150050) == "1500.50" and fmt.decimal_symbol() == "."


def test_the_region_follows_the_system_when_it_speaks_the_language(monkeypatch) -> None:
    monkeypatch.delenv("OMNIPRINT_LOCALE", raising=False)
    assert choose_locale("es", "es_MX.UTF-8") == "es_MX"
    assert choose_locale("es", "en_GB") == "es_ES"  # an English desktop, Spanish chosen
    assert choose_locale("en", "en-GB") == "en_GB"
    assert choose_locale("en", "C") == "en_US"
    monkeypatch.setenv("OMNIPRINT_LOCALE", "es_AR")
    assert choose_locale("es", "es_MX") == "es_AR"
    assert choose_locale("en", "en_GB") == "en_GB"  # the setting is for another language
