"""Numbers typed by people, read once in the domain for every face (GUI table, dialogs, CLI)."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from omniprint.domain.errors import ValidationError
from omniprint.domain.parsing import (
    parse_count,
    parse_money_cents,
    parse_percent_bp,
    parse_unit_cost,
)


def _grouped(n: int, mark: str) -> str:
    return f"{n:,}".replace(",", mark)


@pytest.mark.parametrize("text", ["1234", "1.234", "1,234", "1 234", "1\u00a0234", "1'234"])
def test_a_count_with_any_thousands_mark(text: str) -> None:
    assert parse_count(text) == 1234


@pytest.mark.parametrize("text", ["1.5", "1,5", "0.045", "1.234,5", "12 5", "1.2.3", "-3", "", "x"])
def test_a_count_with_decimals_or_junk_is_refused_with_what_and_text(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_count(text, what="households")
    assert "households" in str(caught.value) and repr(text) in str(caught.value)


def test_one_and_a_half_households_is_never_fifteen() -> None:
    with pytest.raises(ValidationError, match="whole number"):
        parse_count("1.5", what="households")


@given(st.integers(min_value=0, max_value=10**12), st.sampled_from([".", ",", " ", "'", ""]))
def test_any_count_written_with_any_mark_reads_back(n: int, mark: str) -> None:
    assert parse_count(_grouped(n, mark) if mark else str(n)) == n


@pytest.mark.parametrize(
    ("text", "bp"), [("85", 8500), ("12,5 %", 1250), ("12.5%", 1250), ("0", 0), ("100", 10000)]
)
def test_percentages(text: str, bp: int) -> None:
    assert parse_percent_bp(text) == bp


@pytest.mark.parametrize("text", ["101", "12,555", "-5", "lots"])
def test_bad_percentages_are_refused(text: str) -> None:
    with pytest.raises(ValidationError, match="coverage"):
        parse_percent_bp(text, what="coverage")


@given(st.integers(min_value=0, max_value=10000), st.sampled_from([".", ","]), st.booleans())
def test_any_percentage_reads_back(bp: int, mark: str, sign: bool) -> None:
    text = f"{bp // 100}{mark}{bp % 100:02d}" + (" %" if sign else "")
    assert parse_percent_bp(text) == bp


@pytest.mark.parametrize(
    ("text", "cents"),
    [
        ("1500", 150000),
        ("1500,50", 150050),
        ("1.500,50", 150050),
        ("1,500.50", 150050),
        ("1 500,50 €", 150050),
        ("EUR 12,5", 1250),
        ("1,234", 123400),  # three digits after one mark: thousands, money has two decimals
        ("0,5", 50),
    ],
)
def test_money(text: str, cents: int) -> None:
    assert parse_money_cents(text) == cents


@given(
    st.integers(min_value=0, max_value=10**11),
    st.sampled_from([(".", ","), (",", "."), (" ", ","), ("", ".")]),
)
def test_any_amount_written_either_way_reads_back(cents: int, marks: tuple[str, str]) -> None:
    group, point = marks
    whole = _grouped(cents // 100, group) if group else str(cents // 100)
    assert parse_money_cents(f"{whole}{point}{cents % 100:02d}") == cents


@pytest.mark.parametrize("text", ["0,045", "doscientos", "12,50,00", "-5"])
def test_bad_money_is_refused_quoting_what_was_typed(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_money_cents(text, what="budget")
    assert "budget" in str(caught.value) and repr(text) in str(caught.value)


@pytest.mark.parametrize(
    ("text", "per_1000"), [("0,045", 4500), ("0.045", 4500), ("0.12345", 12345), ("0,05 €", 5000)]
)
def test_unit_costs(text: str, per_1000: int) -> None:
    assert parse_unit_cost(text) == per_1000


def test_a_unit_cost_finer_than_a_thousandth_of_a_cent_is_refused() -> None:
    with pytest.raises(ValidationError, match="decimals"):
        parse_unit_cost("0.123456")


def test_the_cli_reads_counts_like_the_gui(ws_path, capsys) -> None:
    """`--households 1.234` is 1234 and `--households 1.5` is refused, as in the zones table."""
    from omniprint.cli.main import main

    base = ["--workspace", str(ws_path)]
    assert main([*base, "init"]) == 0
    assert main([*base, "campaign", "create", "Verano", "--landing-url", "https://a.es/"]) == 0
    zone = [*base, "--json", "zone", "add", "verano", "--name", "Centro", "--households"]
    capsys.readouterr()
    assert main([*zone, "1.5", "--code", "46001"]) != 0
    assert "households" in capsys.readouterr().err
    assert main([*zone, "1.234", "--code", "46001", "--coverage", "12,5 %"]) == 0
    zone_json = json.loads(capsys.readouterr().out)
    assert (zone_json["households"], zone_json["coverage"]) == (1234, 12.5)
