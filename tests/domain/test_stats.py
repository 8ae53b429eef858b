"""The statistics behind lift and the A/B tests, against published values."""

from __future__ import annotations

import math
import statistics

import pytest
from hypothesis import given
from hypothesis import strategies as st

from omniprint.domain.stats import (
    Sample,
    newcombe,
    t_quantile,
    t_two_sided_p,
    two_proportion_p,
    welch,
    wilson,
)


def test_newcombe_matches_his_published_examples() -> None:
    # Newcombe (1998), Statistics in Medicine 17:873-890, table II, method 10.
    assert newcombe(56, 70, 48, 80) == pytest.approx((0.0524, 0.3339), abs=1e-4)
    assert newcombe(9, 10, 3, 10) == pytest.approx((0.1705, 0.8090), abs=1e-4)
    assert newcombe(5, 56, 0, 29) == pytest.approx((-0.0381, 0.1926), abs=1e-4)
    assert newcombe(0, 10, 0, 20) == pytest.approx((-0.1611, 0.2775), abs=1e-4)


def test_wilson_matches_published_values() -> None:
    # Newcombe (1998) companion paper, 81/263: 0.2553 to 0.3662.
    assert wilson(81, 263) == pytest.approx((0.2553, 0.3662), abs=1e-4)
    assert wilson(0, 10)[0] == 0.0


def test_student_t_quantiles_from_the_tables() -> None:
    for df, value in ((1, 12.706), (5, 2.571), (10, 2.228), (30, 2.042), (120, 1.980)):
        assert t_quantile(0.975, df) == pytest.approx(value, abs=1e-3)
    assert t_two_sided_p(2.228, 10) == pytest.approx(0.05, abs=1e-4)


def test_two_proportion_test() -> None:
    # 40/1000 against 41/1000: no difference; 120/4000 against 70/4000: a clear one.
    assert two_proportion_p(40, 1000, 41, 1000) == pytest.approx(0.9100, abs=1e-3)
    assert two_proportion_p(120, 4000, 70, 4000) < 0.001
    assert two_proportion_p(0, 10, 0, 10) == 1.0


@given(
    a=st.lists(st.integers(0, 5000), min_size=2, max_size=40),
    b=st.lists(st.integers(0, 5000), min_size=2, max_size=40),
)
def test_welch_from_sums_equals_welch_from_the_values(a: list[int], b: list[int]) -> None:
    result = welch(
        Sample(len(a), sum(a), sum(x * x for x in a)), Sample(len(b), sum(b), sum(x * x for x in b))
    )
    va, vb = statistics.variance(a) / len(a), statistics.variance(b) / len(b)
    if va + vb == 0:
        assert result is None
        return
    assert result is not None
    diff = statistics.mean(a) - statistics.mean(b)
    assert result.difference == pytest.approx(diff, abs=1e-6)
    df = (va + vb) ** 2 / (va**2 / (len(a) - 1) + vb**2 / (len(b) - 1))
    assert result.df == pytest.approx(df, rel=1e-6)
    half = t_quantile(0.975, df) * math.sqrt(va + vb)
    assert result.high - result.low == pytest.approx(2 * half, rel=1e-6)
    assert (result.p_value < 0.05) == (result.low > 0 or result.high < 0)
