"""The few statistical tests the results need, in plain Python (no NumPy or SciPy at run time).

- `wilson`: Wilson score interval of one proportion;
- `newcombe`: Newcombe's hybrid score interval (his method 10) for a difference of two
  proportions, built from the two Wilson intervals. It stays inside [-1, 1] and behaves where the
  plain normal ("Wald") interval fails: small counts and rates near zero, which is what leaflet
  responses are;
- `two_proportion_p`: the pooled two-proportion z-test;
- `welch`: Welch's unequal-variance t interval and p-value for a difference of two means, from
  sums and sums of squares (so a mean over thousands of pieces that mostly brought nothing needs
  only the few that brought something).

Each is a pure function of counts; `tests/domain/test_stats.py` checks them against published
values.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

Z95 = 1.959963984540054  # the 97.5th percentile of the standard normal distribution


def wilson(events: int, base: int, z: float = Z95) -> tuple[float, float]:
    """95 % Wilson score interval of ``events / base`` (base > 0)."""
    p = events / base
    denominator = 1 + z * z / base
    centre = (p + z * z / (2 * base)) / denominator
    half = z * math.sqrt(p * (1 - p) / base + z * z / (4 * base * base)) / denominator
    return max(0.0, centre - half), min(1.0, centre + half)


def newcombe(events1: int, base1: int, events2: int, base2: int) -> tuple[float, float]:
    """95 % interval of ``events1/base1 - events2/base2`` (Newcombe 1998, method 10)."""
    p1, p2 = events1 / base1, events2 / base2
    low1, high1 = wilson(events1, base1)
    low2, high2 = wilson(events2, base2)
    difference = p1 - p2
    return (
        difference - math.sqrt((p1 - low1) ** 2 + (high2 - p2) ** 2),
        difference + math.sqrt((high1 - p1) ** 2 + (p2 - low2) ** 2),
    )


def two_proportion_p(events1: int, base1: int, events2: int, base2: int) -> float:
    """Two-sided p-value of the pooled z-test that two proportions are equal."""
    pooled = (events1 + events2) / (base1 + base2)
    se = math.sqrt(pooled * (1 - pooled) * (1 / base1 + 1 / base2))
    if se == 0:
        return 1.0
    z = (events1 / base1 - events2 / base2) / se
    return math.erfc(abs(z) / math.sqrt(2))


@dataclass(frozen=True)
class Sample:
    """A sample summarised by its size, sum and sum of squares."""

    n: int
    total: float
    squares: float

    @property
    def mean(self) -> float:
        return self.total / self.n

    @property
    def variance(self) -> float:
        """The unbiased sample variance (0 for a single value)."""
        if self.n < 2:
            return 0.0
        return max(0.0, (self.squares - self.total * self.total / self.n) / (self.n - 1))


@dataclass(frozen=True)
class WelchResult:
    difference: float
    low: float
    high: float
    p_value: float
    df: float


def welch(a: Sample, b: Sample) -> WelchResult | None:
    """Welch's t-test of mean(a) - mean(b): 95 % interval and two-sided p-value.

    None when a side has fewer than two values or both have no spread at all.
    """
    if a.n < 2 or b.n < 2:
        return None
    va, vb = a.variance / a.n, b.variance / b.n
    se = math.sqrt(va + vb)
    difference = a.mean - b.mean
    if se == 0:
        return None
    df = (va + vb) ** 2 / (va * va / (a.n - 1) + vb * vb / (b.n - 1))
    t = t_quantile(0.975, df)
    p = t_two_sided_p(abs(difference) / se, df)
    return WelchResult(difference, difference - t * se, difference + t * se, p, df)


def t_two_sided_p(t: float, df: float) -> float:
    """P(|T| >= t) for Student's t with ``df`` degrees of freedom."""
    return _incomplete_beta(df / 2, 0.5, df / (df + t * t))


def t_quantile(probability: float, df: float) -> float:
    """The ``probability`` quantile (above 0.5) of Student's t, by bisection on its tail."""
    tail = 2 * (1 - probability)
    low, high = 0.0, 1.0
    while t_two_sided_p(high, df) > tail:
        high *= 2
    for _ in range(200):
        middle = (low + high) / 2
        if t_two_sided_p(middle, df) > tail:
            low = middle
        else:
            high = middle
        if high - low < 1e-12:
            break
    return (low + high) / 2


def _incomplete_beta(a: float, b: float, x: float) -> float:
    """The regularised incomplete beta function I_x(a, b) (continued fraction, Lentz)."""
    if x <= 0:
        return 0.0
    if x >= 1:
        return 1.0
    front = math.exp(
        math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x)
    )
    # The fraction converges fast only below the mean; use the symmetry I_x(a,b) = 1 - I_1-x(b,a).
    if x > (a + 1) / (a + b + 2):
        return 1.0 - _incomplete_beta(b, a, 1 - x)
    tiny = 1e-300
    c, d = 1.0, 1.0 - (a + b) * x / (a + 1)
    d = 1.0 / (d if abs(d) > tiny else tiny)
    result = d
    for m in range(1, 300):
        for numerator in (
            m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m)),
            -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1)),
        ):
            d = 1.0 + numerator * d
            d = 1.0 / (d if abs(d) > tiny else tiny)
            c = 1.0 + numerator / c
            c = c if abs(c) > tiny else tiny
            result *= c * d
        if abs(c * d - 1.0) < 1e-15:
            break
    return front * result / a
