"""Self-check after export: render sample pages, decode their QR codes, compare with the expected.

A mismatch raises `SelfCheckError`: a print file whose codes do not scan back to the right links
must never be reported as good.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pypdfium2 as pdfium
import zxingcpp

from omniprint.domain.design import Design, QrElement
from omniprint.domain.errors import OmniPrintError
from omniprint.domain.i18n import tr
from omniprint.domain.vcard import qr_payload


class SelfCheckError(OmniPrintError):
    """The QR codes read back from the PDF are not the ones expected."""


@dataclass
class SelfCheckResult:
    pages_checked: list[int] = field(default_factory=list)
    codes_checked: int = 0


def sample_pages(pages: int | object, count: int = 5) -> list[int]:
    """First, last and evenly spread pages between (at most ``count``) that carry QR codes.

    ``pages`` is a `RenderResult` (only pages of a side with QR codes are sampled: the fronts, the
    backs or both) or, for callers that know nothing else, the number of pages.
    """
    if isinstance(pages, int):
        candidates = list(range(pages))
    else:
        sides = pages.sides  # type: ignore[attr-defined]
        code_sides = set(pages.code_sides)  # type: ignore[attr-defined]
        total = pages.pages  # type: ignore[attr-defined]
        candidates = [page for page in range(total) if page % sides in code_sides]
    if len(candidates) <= count:
        return candidates
    step = (len(candidates) - 1) / (count - 1)
    return sorted({candidates[round(i * step)] for i in range(count)})


def expected_payloads(
    design: Design,
    result: object,
    records: Sequence[Mapping[str, str]],
    pages: Sequence[int],
) -> dict[int, list[str]]:
    """What the QR codes on ``pages`` of a render ``result`` (a `RenderResult`) must decode to."""
    expected: dict[int, list[str]] = {}
    for page in pages:
        side = design.sides[result.page_side(page)]  # type: ignore[attr-defined]
        qrs = [el for el in side.elements if isinstance(el, QrElement) and not el.hidden]
        payloads = []
        for index in result.records_on_page(page):  # type: ignore[attr-defined]
            if index is not None and qrs:
                record = records[index]
                payloads.extend(qr_payload(el, record) for el in qrs)
        expected[page] = payloads
    return expected


STRIP_OVERLAP_MM = 60.0  # codes up to this size (with quiet zone) are whole in some strip
STRIP_MM = 2 * STRIP_OVERLAP_MM


def _read(image, dx: int = 0, dy: int = 0) -> list[tuple[str, float, float]]:
    found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    out = []
    for barcode in found:
        points = (barcode.position.top_left, barcode.position.bottom_right)
        cx = sum(p.x for p in points) / 2
        cy = sum(p.y for p in points) / 2
        out.append((barcode.text, cx + dx, cy + dy))
    return out


def decode_page(pdf: pdfium.PdfDocument, page: int, dpi: float, *,
                strips: bool = False) -> list[tuple[str, float, float]]:  # fmt: skip
    """Every QR on a page as (text, x, y) of its centre in pixels.

    With ``strips`` a big page is read in overlapping horizontal strips: the decoder holds the
    interpreter while it works, so short reads keep the app's window responsive. A code seen in
    two strips is counted once; a code bigger than the overlap may be missed (`self_check` then
    reads the whole page before it fails).
    """
    bitmap = pdf[page].render(scale=dpi / 72, grayscale=True)
    image = bitmap.to_pil()
    px_per_mm = dpi / 25.4
    strip, overlap = round(STRIP_MM * px_per_mm), round(STRIP_OVERLAP_MM * px_per_mm)
    if not strips or image.height <= strip + overlap:
        return _read(image)
    out: list[tuple[str, float, float]] = []
    top = 0
    while True:
        bottom = min(image.height, top + strip)
        for text, x, y in _read(image.crop((0, top, image.width, bottom)), 0, top):
            if not any(t == text and abs(x - ox) < px_per_mm and abs(y - oy) < px_per_mm
                       for t, ox, oy in out):  # fmt: skip
                out.append((text, x, y))
        if bottom >= image.height:
            return out
        top = bottom - overlap


def ours(text: str, wanted: Mapping[str, int]) -> bool:
    """Whether a decoded text could be one of our payloads: as long as one of those expected, or
    starting like one (a link to the same site).

    The decoder may read a symbol that is not printed (seen once in CI, on a press sheet of four
    links: "5246"). Such text resembles none of the payloads and is left out; a wrong or repeated
    link or code still resembles them, and any expected payload not read is still an error."""
    return any(len(text) == len(w) or _shared(text, w) >= min(8, len(w)) for w in wanted)


def _shared(a: str, b: str) -> int:
    """How many characters two texts share at their start."""
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def self_check(
    pdf_path: str | Path, expected: Mapping[int, Sequence[str]], *, dpi: float = 200
) -> SelfCheckResult:
    """Decode the QR codes of each page in ``expected`` and compare (as multisets) per page."""
    result = SelfCheckResult()
    pdf = pdfium.PdfDocument(str(pdf_path))
    try:
        for page, payloads in sorted(expected.items()):
            if not 0 <= page < len(pdf):
                raise SelfCheckError(
                    tr("self-check: page {page} is not in the file").format(page=page + 1)
                )
            wanted = Counter(payloads)
            decoded = Counter(
                text for text, _, _ in decode_page(pdf, page, dpi, strips=True)
                if ours(text, wanted)
            )  # fmt: skip
            if decoded != wanted:  # a big code may span strips: the whole page decides
                decoded = Counter(
                    text for text, _, _ in decode_page(pdf, page, dpi) if ours(text, wanted)
                )
            if decoded != wanted:
                missing = sorted((wanted - decoded).elements())[:3]
                extra = sorted((decoded - wanted).elements())[:3]
                raise SelfCheckError(
                    tr(
                        "self-check failed on page {page}: expected {expected} QR codes, read "
                        "{read}; not found: {missing}; unexpected: {extra}. Do not send this "
                        "file to print."
                    ).format(
                        page=page + 1,
                        expected=sum(wanted.values()),
                        read=sum(decoded.values()),
                        missing=missing,
                        extra=extra,
                    )
                )
            result.pages_checked.append(page)
            result.codes_checked += sum(wanted.values())
    finally:
        pdf.close()
    return result
