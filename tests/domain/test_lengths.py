"""Lengths in the unit the user chose: stored in millimetres, shown in millimetres or inches."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from omniprint.domain import lengths
from omniprint.domain.i18n import set_translations
from omniprint.services.i18n import load_catalogue


def test_sizes_in_each_unit() -> None:
    assert lengths.size_text(99, 210, "mm") == "99 x 210 mm"
    assert lengths.size_text(88.9, 50.8, "in") == "3.5 x 2 in"
    assert lengths.size_text(99, 210, "in") == "3.9 x 8.27 in"
    assert lengths.length_text(3, "mm") == "3 mm"
    assert lengths.length_text(3, "in") == "0.12 in"
    assert lengths.unit_suffix("in") == "in" and lengths.unit_suffix("mm") == "mm"


def test_spanish_writes_a_decimal_comma() -> None:
    set_translations("es", load_catalogue("es"))
    try:
        assert lengths.size_text(88.9, 50.8, "mm") == "88,9 x 50,8 mm"
        assert lengths.size_text(99, 210, "in") == "3,9 x 8,27 in"
    finally:
        set_translations("en", {})


def test_an_inch_is_exactly_25_4_mm() -> None:
    assert lengths.to_mm(3.5, "in") == 88.9
    assert lengths.from_mm(25.4, "in") == pytest.approx(1)
    assert lengths.to_mm(12.345, "mm") == 12.35  # designs keep hundredths of a millimetre


@given(st.floats(min_value=-1500, max_value=1500, allow_nan=False))
def test_a_length_shown_in_inches_and_typed_back_is_the_same_to_the_hundredth(mm: float) -> None:
    shown = round(lengths.from_mm(mm, "in"), lengths.EDIT_DECIMALS["in"])
    assert lengths.to_mm(shown, "in") == pytest.approx(mm, abs=0.0127 + 0.005)
