"""The print file, checked on the real PDF: boxes, fonts, colour, codes, order, text, cancel."""

from __future__ import annotations

import re
from pathlib import Path

import pypdf
import pytest

from omniprint.domain.errors import Cancelled, ValidationError
from omniprint.domain.tasks import CancelToken
from omniprint.render.pdf import PrintOptions, render
from omniprint.render.selfcheck import decode_page, expected_payloads, self_check
from support.render import FakeRecords, card_design, url_for

MM = 72 / 25.4


def _box(page: pypdf.PageObject, name: str) -> tuple[float, ...]:
    return tuple(float(v) for v in getattr(page, name))


def _contains(outer: tuple[float, ...], inner: tuple[float, ...]) -> bool:
    eps = 0.01
    return (outer[0] <= inner[0] + eps and outer[1] <= inner[1] + eps
            and outer[2] >= inner[2] - eps and outer[3] >= inner[3] - eps)  # fmt: skip


@pytest.fixture(scope="module")
def press(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, object, FakeRecords]:
    records = FakeRecords(40)
    path = tmp_path_factory.mktemp("press") / "press.pdf"
    options = PrintOptions(mode="press", marks=True, invariant=True, job_name="Spring")
    return path, render(card_design(), records, path, options), records


@pytest.mark.parametrize(("mode", "pages"), [("proof", 6), ("pieces", 14)])
def test_single_piece_modes(tmp_path: Path, mode: str, pages: int) -> None:
    path = tmp_path / f"{mode}.pdf"
    result = render(card_design(), FakeRecords(7), path, PrintOptions(mode=mode, invariant=True))
    reader = pypdf.PdfReader(path)
    assert len(reader.pages) == pages == result.pages
    for page in reader.pages:
        trim, bleed = _box(page, "trimbox"), _box(page, "bleedbox")
        assert trim[2] - trim[0] == pytest.approx(85 * MM, abs=0.01)
        assert trim[3] - trim[1] == pytest.approx(55 * MM, abs=0.01)
        assert bleed[2] - bleed[0] == pytest.approx(91 * MM, abs=0.01)
        assert _contains(_box(page, "mediabox"), bleed) and _contains(bleed, trim)
    text = reader.pages[0].extract_text()
    assert "Zona Z1" in text and "Code: ABC00001" in text
    assert ("PROOF" in text) == (mode == "proof")


def test_press_boxes_count_and_fonts(press) -> None:
    path, result, _ = press
    reader = pypdf.PdfReader(path)
    assert result.per_sheet == 21 and result.sheets == 2  # 3 x 7 on SRA3, each with its bleed
    assert len(reader.pages) == 4
    for page in reader.pages:
        assert _box(page, "mediabox") == pytest.approx((0, 0, 320 * MM, 450 * MM), abs=0.01)
        assert _contains(_box(page, "mediabox"), _box(page, "bleedbox"))
        assert _contains(_box(page, "bleedbox"), _box(page, "trimbox"))
    fonts = []
    for page in reader.pages:
        for xobj_page in [page]:
            resources = xobj_page["/Resources"]
            fonts.extend(f.get_object() for f in resources.get("/Font", {}).values())
    assert fonts
    for font in fonts:
        descendant = font["/DescendantFonts"][0] if "/DescendantFonts" in font else font
        assert "/FontFile2" in descendant.get_object()["/FontDescriptor"], font["/BaseFont"]


def _all_streams(reader: pypdf.PdfReader) -> list[bytes]:
    streams = []
    for obj_num in range(1, len(reader.xref_objStm) + 1000):
        try:
            obj = reader.get_object(obj_num)
        except Exception:  # past the last object
            break
        if isinstance(obj, pypdf.generic.StreamObject):
            streams.append(obj.get_data())
    return streams


def test_press_has_no_rgb(press) -> None:
    path, _, _ = press
    raw = path.read_bytes()
    assert b"/DeviceRGB" not in raw and b"/ICCBased" not in raw
    ops = re.compile(rb"(^|\s)(rg|RG|scn|SCN)(\s|$)")
    # The one colour set by name is the registration colour of the marks (all plates).
    registration = re.compile(rb"/CSAll (cs|CS) 1 (scn|SCN)")
    streams = _all_streams(pypdf.PdfReader(path))
    assert len(streams) > 6
    assert any(registration.search(data) for data in streams)
    for data in streams:
        if data[:4] in (b"\x00\x01\x00\x00", b"true"):  # embedded font programs
            continue
        if data[36:40] == b"acsp" or data.startswith(b"<?xpacket"):  # output profile, XMP
            continue
        assert not ops.search(registration.sub(b"", data))


def test_press_qr_decode_in_cut_and_stack_order(press) -> None:
    path, result, records = press
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    sheets = result.sheets
    for sheet in range(sheets):
        found = decode_page(pdf, sheet * 2, 150)
        # Sort by row then column: the position on the sheet.
        found.sort(key=lambda f: (round(f[2] / 100), f[1]))
        serials = [int(text[-5:]) for text, _, _ in found]
        positions = range(result.per_sheet)
        expected = [p * sheets + sheet + 1 for p in positions if p * sheets + sheet < 40]
        assert serials == expected
    pdf.close()
    pages = list(range(result.pages))
    check = self_check(path, expected_payloads(card_design(), result, records, pages))
    assert check.codes_checked == 40


def test_self_check_refuses_a_wrong_code(press) -> None:
    path, result, records = press
    expected = expected_payloads(card_design(), result, records, [0])
    expected[0][3] = url_for(999)
    with pytest.raises(Exception, match="self-check failed on page 1"):
        self_check(path, expected)


def test_self_check_leaves_out_phantom_reads_but_not_wrong_links() -> None:
    from collections import Counter

    from omniprint.render.selfcheck import ours

    wanted = Counter([url_for(1), url_for(2)])
    assert not ours("5246", wanted)  # read once from the finder patterns of four codes
    assert ours(url_for(3), wanted) and ours(url_for(1), wanted)  # wrong or repeated: counted
    assert ours("OTO-7K2M-QX4P-Z", Counter(["OTO-AB12-CD34-E"]))  # codes as payloads too
    assert not ours("hello", Counter(["OTO-AB12-CD34-E"]))


def test_records_are_read_lazily(tmp_path: Path) -> None:
    records = FakeRecords(100)
    render(card_design(), records, tmp_path / "p.pdf", PrintOptions(mode="proof"))
    assert records.reads <= 5


def test_cancel_leaves_no_file(tmp_path: Path) -> None:
    token = CancelToken()
    path = tmp_path / "out.pdf"

    def progress(done: int, total: int, message: str) -> None:
        if done >= 1:
            token.cancel()

    with pytest.raises(Cancelled):
        render(card_design(), FakeRecords(200), path, PrintOptions(), progress=progress,
               cancel=token)  # fmt: skip
    assert list(tmp_path.iterdir()) == []


def test_stable_bytes_with_invariant(tmp_path: Path) -> None:
    options = PrintOptions(mode="pieces", invariant=True)
    render(card_design(), FakeRecords(3), tmp_path / "a.pdf", options)
    render(card_design(), FakeRecords(3), tmp_path / "b.pdf", options)
    assert (tmp_path / "a.pdf").read_bytes() == (tmp_path / "b.pdf").read_bytes()


def test_rgb_mode_and_bad_options(tmp_path: Path) -> None:
    path = tmp_path / "office.pdf"
    render(card_design(), FakeRecords(2), path, PrintOptions(mode="pieces", color="rgb"))
    assert b"/DeviceRGB" in path.read_bytes() or b" rg" in b"".join(
        _all_streams(pypdf.PdfReader(path))
    )
    with pytest.raises(ValidationError, match="mode"):
        render(card_design(), FakeRecords(2), path, PrintOptions(mode="poster"))
