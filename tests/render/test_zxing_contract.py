"""The zxing-cpp API that codes are drawn and read back with (the 3.x API: `create_barcode`).

pyproject.toml pins zxing-cpp to major version 3; 2.x had no writer of this shape (it had
`write_barcode` returning an image). To move the pin, run this file on the new version first.
"""

from __future__ import annotations

from importlib.metadata import version

import pytest
import zxingcpp
from PIL import Image

QR = zxingcpp.BarcodeFormat.QRCode


def test_the_major_version_is_the_pinned_one() -> None:
    assert version("zxing-cpp").split(".")[0] == "3"


def test_create_barcode_gives_a_module_image_dark_as_zero() -> None:
    # render/qr.py (qr_matrix): one byte per module, 0 for dark, no quiet zone at scale 1.
    symbol = zxingcpp.create_barcode("https://brand.es/r/K7MQX4PZ", QR, ec_level="M")
    image = symbol.to_image(scale=1, add_quiet_zones=False)
    width = image.shape[1]
    pixels = bytes(memoryview(image))
    assert image.shape == (width, width) and len(pixels) == width * width
    assert set(pixels) == {0, 255}
    assert pixels[0] == 0  # the top-left finder pattern's corner is dark
    assert width == 25  # version 2 at level M for this link: the size preflight reckons with


def test_the_error_correction_level_is_honoured() -> None:
    # render/qr.py passes the design's level as ec_level; a level that were ignored would
    # quietly print symbols that survive less damage than the user chose.
    sizes = {
        level: zxingcpp.create_barcode("https://brand.es/r/K7MQX4PZ", QR, ec_level=level)
        .to_image(scale=1, add_quiet_zones=False)
        .shape[1]
        for level in "LMQH"
    }
    assert sizes["L"] < sizes["H"] and list(sizes.values()) == sorted(sizes.values())


def test_linear_codes_refuse_bad_data_and_keep_their_text() -> None:
    # render/qr.py (barcode_bars): ValueError for refused data, `.text` for the human line.
    with pytest.raises(ValueError):
        zxingcpp.create_barcode("abc", zxingcpp.BarcodeFormat.EAN13)
    ean = zxingcpp.create_barcode("5901234123457", zxingcpp.BarcodeFormat.EAN13)
    assert ean.text == "5901234123457"
    bars = ean.to_image(scale=1, add_quiet_zones=False)
    assert bars.shape[1] == 95  # EAN-13: 95 modules


def test_read_barcodes_reads_a_pil_image_with_positions() -> None:
    # render/selfcheck.py (_read): text and the corners of each code found.
    big = zxingcpp.create_barcode("https://brand.es/r/K7MQX4PZ", QR).to_image(scale=4)
    image = Image.frombytes("L", (big.shape[1], big.shape[0]), bytes(memoryview(big)))
    found = zxingcpp.read_barcodes(image, formats=QR)
    assert [hit.text for hit in found] == ["https://brand.es/r/K7MQX4PZ"]
    corners = found[0].position
    assert (
        corners.top_left.x < corners.bottom_right.x and corners.top_left.y < corners.bottom_right.y
    )
