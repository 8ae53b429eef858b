"""Use cases of designs: starter templates, the design of each piece variant, images, import and
export of design files."""

from __future__ import annotations

import base64
import io
import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from PIL import Image

from omniprint.domain.design import Design, ImageElement, dump_design, load_design
from omniprint.domain.design_check import check_design_data
from omniprint.domain.design_fit import fit_to_trim
from omniprint.domain.errors import InputFileError, NotFoundError, OmniPrintError, ValidationError
from omniprint.domain.formatting import size_mm
from omniprint.domain.i18n import tr
from omniprint.domain.plan import Piece, Variant
from omniprint.services.files import atomic_output
from omniprint.services.plan import find_campaign, find_piece, find_variant
from omniprint.storage import assets as asset_store
from omniprint.storage import plan as store
from omniprint.storage.workspace import Workspace

IMAGE_TYPES = {b"\x89PNG": "image/png", b"\xff\xd8\xff": "image/jpeg"}


@dataclass(frozen=True)
class TemplateInfo:
    name: str
    title: str
    title_es: str
    kind: str
    width_mm: float
    height_mm: float
    description: str
    description_es: str


def _template_dir():
    return resources.files("omniprint") / "assets" / "templates"


@cache
def _template_data() -> dict[str, dict]:
    found = {}
    for entry in sorted(_template_dir().iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".json"):
            found[entry.name[: -len(".json")]] = json.loads(entry.read_text(encoding="utf-8"))
    return found


def list_templates(kind: str | None = None) -> list[TemplateInfo]:
    """The starter templates (optionally of one piece kind), by name."""
    infos = []
    for name, data in _template_data().items():
        if kind and data.get("kind") != kind:
            continue
        infos.append(
            TemplateInfo(
                name=name,
                title=data.get("name", name),
                title_es=data.get("name_es", data.get("name", name)),
                kind=data.get("kind", ""),
                width_mm=data["trim"]["width_mm"],
                height_mm=data["trim"]["height_mm"],
                description=data.get("description", ""),
                description_es=data.get("description_es", data.get("description", "")),
            )
        )
    return infos


def load_template(name: str) -> Design:
    data = _template_data().get(name)
    if data is None:
        names = ", ".join(_template_data())
        raise NotFoundError(
            tr("no template called {name!r} (templates: {names})").format(name=name, names=names)
        )
    return load_design(data)


def default_template(piece: Piece) -> str:
    """The template of the piece's kind closest to its size (exact sizes first)."""
    candidates = list_templates(piece.kind)
    if not candidates:
        raise NotFoundError(tr("no template for {kind} pieces").format(kind=piece.kind))

    def distance(t: TemplateInfo) -> tuple[float, str]:
        same = abs(t.width_mm - piece.width_mm) + abs(t.height_mm - piece.height_mm)
        turned = abs(t.width_mm - piece.height_mm) + abs(t.height_mm - piece.width_mm)
        return (min(same, turned + 0.1), t.name)

    return min(candidates, key=distance).name


def design_of(ws: Workspace, piece: Piece, variant: Variant) -> Design:
    """The variant's own design, or its kind's default template fitted to the piece's size."""
    stored = store.get_design_json(ws, variant.id)
    if stored:
        return load_design(stored)
    return fit_to_trim(load_template(default_template(piece)), piece.width_mm, piece.height_mm)


def _locate(ws: Workspace, campaign: str, piece: str, variant: str | None):
    the_campaign = find_campaign(ws, campaign)
    the_piece = find_piece(ws, the_campaign, piece)
    return the_campaign, the_piece, find_variant(ws, the_piece, variant)


def get_design(ws: Workspace, campaign: str, piece: str, variant: str | None = None) -> Design:
    _, the_piece, the_variant = _locate(ws, campaign, piece, variant)
    return design_of(ws, the_piece, the_variant)


def save_design(
    ws: Workspace, campaign: str, piece: str, variant: str | None, design: Design
) -> None:
    """Store a variant's design (checked: it must fit the piece's trim and use known images)."""
    _, the_piece, the_variant = _locate(ws, campaign, piece, variant)
    _check_fits(design, the_piece)
    missing = [
        el.asset
        for _, el in design.elements()
        if isinstance(el, ImageElement) and not asset_store.has_asset(ws, el.asset)
    ]
    if missing:
        raise ValidationError(
            tr("design uses images that are not in the workspace: {image}").format(image=missing[0])
        )
    store.set_design_json(ws, the_variant.id, json.dumps(dump_design(design), ensure_ascii=False))


def _check_fits(design: Design, piece: Piece) -> None:
    if abs(design.width_mm - piece.width_mm) > 0.5 or abs(design.height_mm - piece.height_mm) > 0.5:
        raise ValidationError(
            tr("the design is {design_size} but piece {piece} is {piece_size}").format(
                design_size=size_mm(design.width_mm, design.height_mm),
                piece=piece.slug,
                piece_size=size_mm(piece.width_mm, piece.height_mm),
            )
        )


def set_template(
    ws: Workspace, campaign: str, piece: str, variant: str | None, template: str
) -> Design:
    """Start a variant's design from a template, fitted to the piece's size."""
    _, the_piece, the_variant = _locate(ws, campaign, piece, variant)
    design = fit_to_trim(load_template(template), the_piece.width_mm, the_piece.height_mm)
    store.set_design_json(ws, the_variant.id, json.dumps(dump_design(design), ensure_ascii=False))
    return design


def export_design(
    ws: Workspace, campaign: str, piece: str, variant: str | None, out: str | Path
) -> Design:
    """Write the design as JSON, with the images it uses embedded so the file stands alone."""
    design = get_design(ws, campaign, piece, variant)
    data = dump_design(design)
    images = {el.asset for _, el in design.elements() if isinstance(el, ImageElement) and el.asset}
    if images:
        data["assets"] = {}
        for asset in sorted(images):
            mime, blob = asset_store.get_asset(ws, asset)
            data["assets"][asset] = {"mime": mime, "data": base64.b64encode(blob).decode("ascii")}
    with atomic_output(out) as handle:
        json.dump(data, handle, ensure_ascii=False, indent=2)
    return design


def import_design(
    ws: Workspace, campaign: str, piece: str, variant: str | None, file: str | Path
) -> Design:
    """Read a design file (as `export_design` writes it), store its images and the design.

    Refused with InputFileError naming the element or image at fault: not JSON, NaN or infinite
    numbers, sizes beyond 10 m, deeper nesting than the format has, unknown element types,
    embedded images that are not base64 of a real PNG, JPEG or TIFF (or do not match their id).
    Nothing is stored unless everything is right."""
    path = Path(file)
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise InputFileError(str(path), tr("no such file")) from None
    except IsADirectoryError:
        raise InputFileError(str(path), tr("is a folder, not a file")) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        line = getattr(exc, "lineno", None)
        raise InputFileError(
            str(path), tr("is not a design file (not JSON: {error})").format(error=exc), line=line
        ) from None
    except RecursionError:
        raise InputFileError(
            str(path), tr("is not a design file (nested far deeper than a design can be)")
        ) from None
    try:
        check_design_data(data)
        design = load_design(data)
        images = _embedded_images(data)
    except ValidationError as exc:
        raise InputFileError(str(path), str(exc)) from None
    with ws.transaction():
        for blob in images:
            asset_store.put_asset(ws, blob)
        save_design(ws, campaign, piece, variant, design)
    return design


def _embedded_images(data: dict) -> list[bytes]:
    """The images a design file carries, each checked (`asset_store.check_image`)."""
    assets = data.get("assets") or {}
    if not isinstance(assets, dict):
        raise ValidationError(tr('design: "assets" must map image ids to images'))
    blobs = []
    for asset, item in assets.items():
        text = item.get("data") if isinstance(item, dict) else None
        try:
            blob = base64.b64decode(text, validate=True) if isinstance(text, str) else None
        except ValueError:
            blob = None
        if blob is None:
            raise ValidationError(
                tr("image {asset}: its data must be the image in base64").format(asset=asset)
            )
        if asset_store.asset_id(blob) != asset:
            raise ValidationError(
                tr("image {asset} does not match its content").format(asset=asset)
            )
        try:
            asset_store.check_image(blob)
        except ValidationError as exc:
            raise ValidationError(
                tr("image {asset}: {reason}").format(asset=asset, reason=exc)
            ) from None
        blobs.append(blob)
    return blobs


def sniff_image(blob: bytes) -> str:
    """The MIME type of a PNG, JPEG or TIFF image, checked by decoding it (ValidationError)."""
    return asset_store.check_image(blob)


def add_image(ws: Workspace, file: str | Path) -> str:
    """Store an image file in the workspace; returns its asset id (`sha256:...`)."""
    path = Path(file)
    try:
        blob = path.read_bytes()
    except OSError as exc:
        raise InputFileError(
            str(path), tr("cannot be read ({reason})").format(reason=exc.strerror)
        ) from None
    try:
        mime = sniff_image(blob)
    except ValidationError as exc:
        raise InputFileError(str(path), str(exc)) from None
    return asset_store.put_asset(ws, blob, mime, name=path.name)


class ImageUnreadable(OmniPrintError, OSError):
    """A design's image is missing from the workspace or no longer reads as an image. An OSError
    too, so that the preflight reports it as an error of its element and the designer shows an
    empty frame, instead of the page failing."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


def image_source(ws: Workspace):
    """The callable the renderer uses to fetch an image by asset id.

    An image that is missing or no longer reads (stored before images were checked, or damaged
    since) raises `ImageUnreadable` the first time it is asked for - the preflight asks first
    and reports it as an error of its element - and then stands in as a grey box, so the page
    is still drawn (a proof, the designer) instead of failing."""
    checked: set[str] = set()
    reported: set[str] = set()

    def fetch(asset: str) -> bytes:
        try:
            blob = asset_store.get_asset(ws, asset)[1]
            if asset not in checked:
                asset_store.check_image(blob)
                checked.add(asset)
        except (NotFoundError, ValidationError) as exc:
            if asset in reported:
                return _placeholder()
            reported.add(asset)
            raise ImageUnreadable(
                tr("image {asset} cannot be used: {reason}").format(asset=asset, reason=exc)
            ) from None
        return blob

    return fetch


@cache
def _placeholder() -> bytes:
    """A light grey PNG drawn where an image cannot be used."""
    out = io.BytesIO()
    Image.new("RGB", (16, 16), (200, 200, 200)).save(out, "PNG")
    return out.getvalue()
