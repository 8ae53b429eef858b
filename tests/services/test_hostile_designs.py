"""Hostile and broken design files and images get a clear refusal naming what is wrong, and a
stored bad image never makes a page unreachable."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image

from omniprint.cli.main import main
from omniprint.domain.design import dump_design, load_design
from omniprint.domain.errors import InputFileError, OmniPrintError
from omniprint.render.pdf import PrintOptions
from omniprint.services import designs, printing
from omniprint.storage.workspace import Workspace
from support.printing import plan_print_run


def png(width: int = 40, height: int = 40) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (200, 30, 30)).save(out, "PNG")
    return out.getvalue()


def png_claiming(width: int, height: int) -> bytes:
    """A PNG header that says ``width x height`` with no pixels behind it (a bomb's shape)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IEND", b"")


def asset_of(blob: bytes) -> str:
    return "sha256:" + hashlib.sha256(blob).hexdigest()


def document(*elements: dict, **extra: object) -> dict:
    return {
        "format": "omniprint.design",
        "version": 1,
        "trim": {"width_mm": 99, "height_mm": 210},
        "sides": [{"name": "front", "elements": list(elements)}],
        **extra,
    }


def box(**changes: object) -> dict:
    return {"id": "box", "type": "rect", "x_mm": 5, "y_mm": 5, "w_mm": 20, "h_mm": 20, **changes}


def image_element(asset: str) -> dict:
    return {"id": "logo", "type": "image", "x_mm": 5, "y_mm": 5, "w_mm": 20, "h_mm": 20,
            "asset": asset}  # fmt: skip


GOOD_PNG = png()
BROKEN_PNG = GOOD_PNG[:60] + b"\x00" * 40  # starts like a PNG, the pixel data is gone
CASES = [
    (document(box(x_mm=float("nan"))), "element 'box'.x_mm: nan is not a number"),
    (document(box(w_mm=float("inf"))), "element 'box'.w_mm: inf is not a number"),
    (document(box(h_mm=1e400)), "element 'box'.h_mm: inf is not a number"),
    (document(box(w_mm=20_000)), "element 'box'.w_mm: 20000 mm is more than 10 m"),
    (document(box(x_mm=-10_001)), "element 'box'.x_mm: -10001 mm is more than 10 m"),
    ({**document(), "trim": {"width_mm": 99, "height_mm": 1e6}},
     "trim.height_mm: 1000000.0 mm is more than 10 m"),
    (document(box(fill={"cmyk": [[[[[[[0]]]]]]]})), "element 'box'.fill.cmyk"),
    (document(box(type="blob")), "element 'box': type 'blob' is not one of"),
    (document({"type": "rect"}), "front element 1: every element needs an id"),
    (document(image_element("sha256:00"), assets={"sha256:00": {"data": "%%% not base64"}}),
     "image sha256:00: its data must be the image in base64"),
    (document(image_element("x"), assets=["not", "a", "map"]),
     'design: "assets" must map image ids to images'),
    (document(image_element(asset_of(BROKEN_PNG)),
              assets={asset_of(BROKEN_PNG): {"data": base64.b64encode(BROKEN_PNG).decode()}}),
     f"image {asset_of(BROKEN_PNG)}: not a readable PNG, JPEG or TIFF image"),
    (document(image_element(asset_of(b"GIF89a...")),
              assets={asset_of(b"GIF89a..."): {"data": base64.b64encode(b"GIF89a...").decode()}}),
     "not a readable PNG, JPEG or TIFF image"),
]  # fmt: skip


@pytest.mark.parametrize(("data", "message"), CASES)
def test_design_import_refuses_broken_documents_naming_the_element(
    ws: Workspace, tmp_path: Path, data: dict, message: str
) -> None:
    plan_print_run(ws, "flyer", None)
    before = designs.get_design(ws, "otono-2026", "pieza")
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data))  # json writes NaN and Infinity, as a hostile file may
    with pytest.raises(InputFileError) as caught:
        designs.import_design(ws, "otono-2026", "pieza", None, path)
    assert str(caught.value).startswith(f"{path}: ") and message in str(caught.value)
    assert designs.get_design(ws, "otono-2026", "pieza") == before
    assert ws.one("SELECT COUNT(*) FROM asset")[0] == 0


def test_a_document_nested_ten_thousand_deep_is_refused(ws: Workspace, tmp_path: Path) -> None:
    plan_print_run(ws, "flyer", None)
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000)
    with pytest.raises(InputFileError, match="nested far deeper than a design can be"):
        designs.import_design(ws, "otono-2026", "pieza", None, path)


def test_cli_design_import_says_what_is_wrong(ws_path: Path, tmp_path: Path, capsys) -> None:
    with Workspace.open(ws_path) as ws:
        plan_print_run(ws, "flyer", None)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(document(box(y_mm=float("nan")))))
    code = main(["--workspace", str(ws_path), "design", "import", "otono-2026", "--piece",
                 "pieza", str(path)])  # fmt: skip
    _, err = capsys.readouterr()
    assert code == 1 and "element 'box'.y_mm: nan is not a number" in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("blob", "message"),
    [
        (BROKEN_PNG, "not a readable PNG, JPEG or TIFF image"),
        (b"\xff\xd8\xff" + b"junk" * 10, "not a readable PNG, JPEG or TIFF image"),
        (png_claiming(12_000, 10_000), "the image is too large"),
        (png_claiming(30_000, 30_000), "the image is too large"),
    ],
)
def test_images_are_checked_when_stored(
    ws: Workspace, tmp_path: Path, blob: bytes, message: str
) -> None:
    path = tmp_path / "logo.png"
    path.write_bytes(blob)
    with pytest.raises(InputFileError, match=message):
        designs.add_image(ws, path)
    assert ws.one("SELECT COUNT(*) FROM asset")[0] == 0


def test_real_images_are_stored_with_their_type(ws: Workspace, tmp_path: Path) -> None:
    for name, kind, mime in (("a.png", "PNG", "image/png"), ("b.jpg", "JPEG", "image/jpeg"),
                             ("c.tif", "TIFF", "image/tiff")):  # fmt: skip
        path = tmp_path / name
        Image.new("RGB", (30, 20), (10, 20, 30)).save(path, kind)
        asset = designs.add_image(ws, path)
        assert ws.one("SELECT mime FROM asset WHERE sha256 = ?", (asset,))[0] == mime


def test_a_stored_bad_image_gives_a_preflight_error_not_a_crash(
    ws: Workspace, tmp_path: Path
) -> None:
    plan_print_run(ws, "flyer", None)
    design = designs.get_design(ws, "otono-2026", "pieza")
    bad = asset_of(BROKEN_PNG)
    # As a workspace written before images were checked might hold it.
    with ws.transaction():
        ws.conn.execute(
            "INSERT INTO asset (sha256, mime, name, data) VALUES (?, 'image/png', 'x', ?)",
            (bad, BROKEN_PNG),
        )
    data = json.loads(json.dumps(dump_design(design)))
    data["sides"][0]["elements"].append(image_element(bad))
    designs.save_design(ws, "otono-2026", "pieza", None, load_design(data))
    issues = printing.check_job(ws, "otono-2026", "pieza", None, PrintOptions())
    assert [i.level for i in issues if "cannot be found or read" in i.message] == ["error"]
    fetch = designs.image_source(ws)
    with pytest.raises(OmniPrintError, match=f"image {bad} cannot be used"):
        fetch(bad)
    # Once reported, it stands in as a grey box: the page is still drawn.
    assert Image.open(io.BytesIO(fetch(bad))).size == (16, 16)
    with pytest.raises(OSError):  # what the preflight and the designer expect of a bad image
        designs.image_source(ws)(bad)
    proof = printing.export_pdf(
        ws, "otono-2026", "pieza", tmp_path / "proof.pdf", options=PrintOptions(mode="proof")
    )
    assert proof.render.path.exists()
    assert [i.level for i in proof.render.issues if "cannot be found" in i.message] == ["error"]
    with pytest.raises(OmniPrintError, match=r"preflight found errors(.|\n)*cannot be found"):
        printing.export_pdf(ws, "otono-2026", "pieza", tmp_path / "out.pdf")
