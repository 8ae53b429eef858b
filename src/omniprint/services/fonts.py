"""Use cases of the brand's own fonts: add a font file to the workspace, list, remove, and the
font book every print and preview uses (the bundled families plus these)."""

from __future__ import annotations

import hashlib
from dataclasses import asdict
from pathlib import Path

from omniprint.domain.errors import InputFileError, NotFoundError
from omniprint.domain.i18n import tr
from omniprint.render.fonts import FontBook, UserFace, inspect_font, load_fonts, with_user_fonts
from omniprint.storage import fonts as store
from omniprint.storage.fonts import FontRow
from omniprint.storage.workspace import Workspace

MAX_FONT_BYTES = 30 * 1024 * 1024


def add_font_data(ws: Workspace, data: bytes, file_name: str) -> dict:
    """Check a font file (embedding licence, outlines) and store it; returns what was added.

    The same family and style added again replaces the earlier file."""
    if len(data) > MAX_FONT_BYTES:
        raise InputFileError(file_name, tr("is larger than 30 MB: not a single font"))
    info = inspect_font(data, file_name)
    sha = hashlib.sha256(data).hexdigest()
    row = FontRow(0, info.family, info.style, info.bold, info.italic, file_name, sha, len(data))
    font_id = store.put_font(ws, row, data)
    return {**asdict(row), "id": font_id}


def add_font(ws: Workspace, path: str | Path) -> dict:
    """`add_font_data` for a file on disk."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputFileError(str(path), tr("no such file")) from None
    except IsADirectoryError:
        raise InputFileError(str(path), tr("is a folder, not a file")) from None
    except PermissionError:
        raise InputFileError(str(path), tr("cannot be read (permission denied)")) from None
    return add_font_data(ws, data, path.name)


def list_fonts(ws: Workspace) -> list[dict]:
    """The brand fonts in the workspace, one dict per face."""
    return [asdict(row) for row in store.list_fonts(ws)]


def remove_font(ws: Workspace, ref: str) -> list[dict]:
    """Remove a face by id, or every face of a family by name; returns what was removed."""
    rows = store.list_fonts(ws)
    key = "".join(ch for ch in ref.lower() if ch.isalnum())
    hits = [r for r in rows if str(r.id) == ref.strip()] or [
        r for r in rows if "".join(ch for ch in r.family.lower() if ch.isalnum()) == key
    ]
    if not hits:
        raise NotFoundError(
            tr("no brand font called {ref!r}; 'omniprint font list' shows them").format(ref=ref)
        )
    store.delete_fonts(ws, [r.id for r in hits])
    return [asdict(r) for r in hits]


def user_faces(ws: Workspace) -> list[UserFace]:
    """The brand fonts with their files, ready to register."""
    return [
        UserFace(r.family, r.bold, r.italic, r.sha256, store.font_data(ws, r.id))
        for r in store.list_fonts(ws)
    ]


def font_book(ws: Workspace) -> FontBook:
    """The fonts a print of this workspace uses: the bundled families and the brand's own."""
    faces = user_faces(ws)
    return with_user_fonts(faces) if faces else load_fonts()
