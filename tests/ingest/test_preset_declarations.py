"""Presets are declarations in one style: class attributes (name, aliases, required columns and
the message when one is missing) and, for most, a `Layout` naming fields of their aliases. These
tests read the declarations themselves, so a typo in a field name fails here and not on a
customer's file; what each preset reads is proved by the fixture tests of each preset."""

from __future__ import annotations

import dataclasses
import inspect
from pathlib import Path

import pytest

from omniprint.domain.responses import Response
from omniprint.ingest import presets
from omniprint.ingest.presets._base import Found, Preset, new_response
from omniprint.ingest.presets._layout import Layout
from omniprint.ingest.presets._records import LayoutPreset
from omniprint.ingest.presets._typed import TypedPreset

PRESETS_DIR = Path(presets.__file__).parent


def test_new_response_takes_the_fields_of_a_response_in_order() -> None:
    params = inspect.signature(new_response).parameters
    fields = dataclasses.fields(Response)
    assert list(params) == [f.name for f in fields]
    for f in fields:
        if f.default is not dataclasses.MISSING:
            assert params[f.name].default == f.default, f.name


def test_new_response_gives_what_the_dataclass_gives() -> None:
    values = {f.name: f"v-{f.name}" for f in dataclasses.fields(Response)}
    assert new_response(**values) == Response(**values)
    short = new_response(kind="order", source="s", natural_key="k", line=3, occurred_at="2026")
    assert short == Response("order", "s", "k", 3, "2026", (), None)
    with pytest.raises(dataclasses.FrozenInstanceError):
        short.line = 4  # type: ignore[misc]


def test_no_preset_builds_code_at_run_time() -> None:
    for path in PRESETS_DIR.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "exec(" not in text and "eval(" not in text, path.name


def _layout_names(layout: Layout) -> set[str]:
    names = {layout.key, layout.date}
    for single in (layout.key_fallback, layout.time, layout.status, layout.refund_status,
                   layout.kind_of_row, layout.currency_sign):  # fmt: skip
        if single:
            names.add(single)
    for several in (layout.amount, layout.minus, layout.refunded, layout.codes, layout.text,
                    layout.personal, tuple(layout.clean)):  # fmt: skip
        names.update(several)
    names.update(layout.text_fallback.values())
    return names


@pytest.mark.parametrize("name", list(presets.PRESETS))
def test_every_preset_declares_its_columns(name: str) -> None:
    preset = presets.PRESETS[name]
    assert isinstance(preset, Preset) and preset.name == name
    assert preset.aliases, "no aliases"
    assert set(preset.required) <= set(preset.aliases)
    assert preset.required and preset.missing, "a missing column must be named"
    for aliases in preset.aliases.values():
        assert aliases and all(a == a.strip() and a == a.lower() for a in aliases)


LAYOUT_PRESETS = [n for n, p in presets.PRESETS.items() if isinstance(p, LayoutPreset)]


@pytest.mark.parametrize("name", LAYOUT_PRESETS)
def test_a_layout_names_only_fields_of_its_aliases(name: str) -> None:
    preset = presets.PRESETS[name]
    known = set(preset.aliases)
    layouts = [preset.layout]
    # The variants a header may pick (Loyverse's receipts by item, WooCommerce Analytics).
    every_column = list({a for names in preset.aliases.values() for a in names})
    layouts.append(preset.layout_for(every_column, Found.of(every_column, preset.aliases)))
    for layout in layouts:
        assert _layout_names(layout) <= known, _layout_names(layout) - known
        # A file without its key or date is refused in the preset's words, before the layout.
        assert layout.date in preset.required
        assert {layout.key, layout.key_fallback} & set(preset.required)
    assert set(preset.layout.text_fallback) <= set(preset.layout.text)


def test_most_presets_are_layouts_and_payment_reports_classify_their_rows() -> None:
    assert len(LAYOUT_PRESETS) >= 10
    typed = {n for n, p in presets.PRESETS.items() if isinstance(p, TypedPreset)}
    assert typed == {"paypal", "stripe-balance", "sumup", "mercadopago"}


def test_a_missing_column_is_named_in_the_presets_words() -> None:
    with pytest.raises(ValueError, match="no Transaction ID, Date or Total amount column"):
        presets.get("sumup").bind(["Transaction ID", "Status"])
    with pytest.raises(ValueError, match="no Name, Created at or Total column"):
        presets.get("shopify").bind(["Name", "Created at"])
