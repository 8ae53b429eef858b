"""Draw OmniPrint's app icon: a printed leaflet with a QR code in its corner.

    python packaging/icons/make_icons.py

writes omniprint-16.png ... omniprint-512.png, omniprint.ico (Windows) and omniprint.icns (macOS)
beside this file, with Pillow only (a dependency of OmniPrint). Each size is drawn at four times
its size and scaled down, so edges are smooth; 16 to 32 px get a simpler drawing (fewer, bigger
shapes) that stays legible. The generated files are committed: run this only to change the icon.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

HERE = Path(__file__).resolve().parent
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512)

TEAL_TOP = (19, 138, 131)
TEAL_BOTTOM = (11, 95, 90)
ORANGE = (242, 154, 46)
INK = (29, 43, 42)
PAPER = (255, 255, 255)
TEXT_GREY = (201, 211, 210)

# A 21 x 21 QR-like pattern (version 1 layout: three finder patterns, timing, some data).
QR = [
    "111111101011011111111",
    "100000100101010000010",
    "101110101110010111010",
    "101110101001110111010",
    "101110100110110111010",
    "100000101010010000010",
    "111111101010111111110",
    "000000001101000000000",
    "101101110011001101010",
    "011010001101110100100",
    "110101111010101011010",
    "001011010110011001100",
    "101010101101001100110",
    "000000001001101011010",
    "111111101110110101100",
    "100000100011011010110",
    "101110101001101101000",
    "101110101110010110110",
    "101110100101101001010",
    "100000101011011100100",
    "111111101100101011010",
]


def _finder(d: ImageDraw.ImageDraw, x: float, y: float, m: float) -> None:
    d.rectangle((x, y, x + 7 * m, y + 7 * m), fill=INK)
    d.rectangle((x + m, y + m, x + 6 * m, y + 6 * m), fill=PAPER)
    d.rectangle((x + 2 * m, y + 2 * m, x + 5 * m, y + 5 * m), fill=INK)


def draw(size: int) -> Image.Image:
    """The icon at ``size`` px (drawn on a 512-unit canvas at 4x, then scaled down)."""
    scale = size * 4 / 512
    px = size * 4

    def s(*values: float) -> tuple[float, ...]:
        return tuple(v * scale for v in values)

    small = size <= 32
    image = Image.new("RGBA", (px, px), (0, 0, 0, 0))

    # The tile: a rounded square with a vertical teal gradient.
    gradient = Image.new("RGBA", (px, px))
    gd = ImageDraw.Draw(gradient)
    for y in range(px):
        t = y / max(px - 1, 1)
        colour = tuple(round(a + (b - a) * t) for a, b in zip(TEAL_TOP, TEAL_BOTTOM, strict=True))
        gd.line((0, y, px, y), fill=(*colour, 255))
    mask = Image.new("L", (px, px), 0)
    ImageDraw.Draw(mask).rounded_rectangle(s(16, 16, 496, 496), radius=104 * scale, fill=255)
    image.paste(gradient, (0, 0), mask)

    # The leaflet, with a soft shadow.
    sheet = (108, 64, 404, 448) if small else (124, 72, 388, 440)
    shadow = Image.new("L", (px, px), 0)
    ImageDraw.Draw(shadow).rounded_rectangle(
        s(sheet[0] + 10, sheet[1] + 14, sheet[2] + 10, sheet[3] + 14), radius=14 * scale, fill=70
    )
    shadow = shadow.filter(ImageFilter.GaussianBlur(8 * scale))
    shadow_mask = Image.composite(shadow, Image.new("L", (px, px), 0), mask)
    image.paste(Image.new("RGBA", (px, px), (0, 0, 0, 255)), (0, 0), shadow_mask)
    d = ImageDraw.Draw(image)
    d.rounded_rectangle(s(*sheet), radius=14 * scale, fill=PAPER)

    left, top, right = sheet[0] + 32, sheet[1] + 34, sheet[2] - 32
    width = right - left
    d.rectangle(s(left, top, right, top + (84 if small else 58)), fill=ORANGE)
    if not small:
        # Two full lines of "text", then short ones that stop before the QR code.
        for y, fraction in ((96, 1.0), (132, 0.84), (190, 0.3), (226, 0.22)):
            d.rounded_rectangle(
                s(left, top + y - 9, left + width * fraction, top + y + 9),
                radius=9 * scale,
                fill=TEXT_GREY,
            )

    # The QR code in the bottom-right corner.
    qr = 176 if small else 126
    qx, qy = sheet[2] - 28 - qr, sheet[3] - 28 - qr
    if small:
        m = qr / 14  # three finder patterns and a block of "data": legible at 16 px
        for fx, fy in ((qx, qy), (qx + qr / 2, qy), (qx, qy + qr / 2)):
            _finder(d, *s(fx, fy, m))
        d.rectangle(s(qx + qr * 0.62, qy + qr * 0.62, qx + qr, qy + qr), fill=INK)
    else:
        m = qr / 21
        for r, row in enumerate(QR):
            for c, bit in enumerate(row):
                if bit == "1":
                    d.rectangle(
                        s(qx + c * m, qy + r * m, qx + (c + 1) * m, qy + (r + 1) * m), fill=INK
                    )
    return image.resize((size, size), Image.Resampling.LANCZOS)


def main() -> int:
    images = {}
    for size in SIZES:
        images[size] = draw(size)
        images[size].save(HERE / f"omniprint-{size}.png", optimize=True)
        print(f"wrote omniprint-{size}.png")
    images[256].save(
        HERE / "omniprint.ico",
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES if s != 256],
    )
    print("wrote omniprint.ico")
    images[512].save(
        HERE / "omniprint.icns",
        format="ICNS",
        append_images=[images[s] for s in ICNS_SIZES if s != 512],
    )
    print("wrote omniprint.icns")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
