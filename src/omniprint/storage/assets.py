"""Images (and other files a design uses) stored in the workspace by content hash.

Every image is checked before it is stored (`check_image`): a real PNG, JPEG or TIFF that Pillow
can verify, of at most `MAX_IMAGE_PIXELS`. A file that only starts like an image, or a
decompression bomb, is refused with a message instead of breaking every page that shows it.
"""

from __future__ import annotations

import hashlib
import io
import warnings

from PIL import Image, UnidentifiedImageError

from omniprint.domain.errors import NotFoundError, ValidationError
from omniprint.domain.i18n import tr
from omniprint.storage.workspace import Workspace

#: About 100 megapixels: a 1 m x 0.8 m poster at 300 ppi is 93 MP; more is a mistake or a bomb.
MAX_IMAGE_PIXELS = 100_000_000
IMAGE_FORMATS = {"PNG": "image/png", "JPEG": "image/jpeg", "TIFF": "image/tiff"}


def asset_id(blob: bytes) -> str:
    return "sha256:" + hashlib.sha256(blob).hexdigest()


def check_image(blob: bytes) -> str:
    """The MIME type of an image a design may use, or ValidationError saying why not."""
    try:
        with warnings.catch_warnings():
            # Pillow warns above its own limit and raises above twice it; ours is stricter.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(blob)) as image:
                kind, (width, height) = image.format, image.size
                if kind in IMAGE_FORMATS and width * height <= MAX_IMAGE_PIXELS:
                    image.verify()
    except (Image.DecompressionBombWarning, Image.DecompressionBombError):
        raise ValidationError(
            tr("the image is too large: at most {megapixels} megapixels").format(
                megapixels=MAX_IMAGE_PIXELS // 1_000_000
            )
        ) from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        # Pillow's verify reports broken data as SyntaxError or OSError ("truncated", "broken").
        raise ValidationError(
            tr("not a readable PNG, JPEG or TIFF image ({reason})").format(reason=exc)
        ) from None
    if kind not in IMAGE_FORMATS:
        raise ValidationError(
            tr("only PNG, JPEG and TIFF images can be placed in a design (this is {kind})").format(
                kind=kind
            )
        )
    if width * height > MAX_IMAGE_PIXELS:
        raise ValidationError(
            tr(
                "the image is too large: {width} x {height} pixels is more than {megapixels} "
                "megapixels"
            ).format(width=width, height=height, megapixels=MAX_IMAGE_PIXELS // 1_000_000)
        )
    return IMAGE_FORMATS[kind]


def put_asset(ws: Workspace, blob: bytes, mime: str | None = None, *, name: str = "") -> str:
    """Store the bytes once, whatever their name; returns the asset id. The image is checked
    first (`check_image`, which raises ValidationError) and stored with the type it really is."""
    mime = check_image(blob)
    key = asset_id(blob)
    with ws.transaction():
        ws.conn.execute(
            "INSERT OR IGNORE INTO asset (sha256, mime, name, data) VALUES (?, ?, ?, ?)",
            (key, mime, name, blob),
        )
    return key


def has_asset(ws: Workspace, key: str) -> bool:
    return ws.one("SELECT 1 FROM asset WHERE sha256 = ?", (key,)) is not None


def get_asset(ws: Workspace, key: str) -> tuple[str, bytes]:
    row = ws.one("SELECT mime, data FROM asset WHERE sha256 = ?", (key,))
    if row is None:
        raise NotFoundError(tr("image {key} is not in the workspace").format(key=key))
    return row["mime"], bytes(row["data"])
