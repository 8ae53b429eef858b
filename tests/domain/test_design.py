from __future__ import annotations

import json

import pytest

from omniprint.domain.design import (
    CouponElement,
    QrElement,
    TextElement,
    dump_design,
    fill_fields,
    is_variable,
    load_design,
)
from omniprint.domain.errors import ValidationError
from support.render import card_document


def test_round_trip_is_lossless() -> None:
    design = load_design(card_document())
    dumped = dump_design(design)
    assert load_design(json.dumps(dumped)) == design
    assert dump_design(load_design(dumped)) == dumped


def test_elements_are_typed_and_defaults_applied() -> None:
    design = load_design(card_document())
    by_id = {el.id: el for _, el in design.elements()}
    assert isinstance(by_id["code"], CouponElement)
    assert isinstance(by_id["qr"], QrElement) and by_id["qr"].ec == "M"
    assert by_id["qr"].color.cmyk == (0, 0, 0, 100)
    assert isinstance(by_id["title"], TextElement) and by_id["title"].align == "left"


def test_variable_elements() -> None:
    by_id = {el.id: el for _, el in load_design(card_document()).elements()}
    assert not is_variable(by_id["title"]) and not is_variable(by_id["band"])
    assert is_variable(by_id["zone"]) and is_variable(by_id["qr"]) and is_variable(by_id["code"])


def test_fill_fields() -> None:
    assert fill_fields("Zona {{zone}} {{ code }}!", {"zone": "N", "code": "X1"}) == "Zona N X1!"
    assert fill_fields("{{zone}}", {}) == ""


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["sides"][0]["elements"][1].update(size_pt="big"), "'title'.size_pt"),
        (lambda d: d["sides"][0]["elements"][1].update(colour=1), "unknown property 'colour'"),
        (lambda d: d["sides"][0]["elements"][2].update(text="{{zonee}}"), "unknown field"),
        (lambda d: d["sides"][0]["elements"][4].update(ec="X"), "'qr'.ec"),
        (lambda d: d["sides"][1]["elements"][0].update(id="qr"), "'qr': the id is used twice"),
        (lambda d: d["sides"][0]["elements"][0].update(fill={"cmyk": [0, 0, 0]}), "'band'.fill"),
        (lambda d: d.update(version=2), "newer"),
        (lambda d: d["sides"].reverse(), "side 1 must be named 'front'"),
    ],
)
def test_validation_names_element_and_property(change, message) -> None:
    document = card_document()
    change(document)
    with pytest.raises(ValidationError, match=message.replace("(", r"\(").replace(".", r"\.")):
        load_design(document)
