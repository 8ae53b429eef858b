"""Importing what channels cost and what short links were scanned: Google Ads and Meta Ads
reports, and web server access logs. ``services.imports.import_file`` hands such files here, so
``omniprint import`` takes them like any other export, with the same provenance."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from omniprint.domain import channels as rules
from omniprint.domain.attribution import code_in_link
from omniprint.domain.codes import normalize
from omniprint.domain.responses import Problem
from omniprint.domain.tasks import NEVER_CANCELLED, CancelToken
from omniprint.ingest import access_log
from omniprint.ingest.spend import SPEND_PRESETS, read_spend
from omniprint.ingest.table import detect_encoding, text_chunks
from omniprint.storage import channels as store
from omniprint.storage import responses as responses_store
from omniprint.storage.workspace import Workspace

#: ``--preset`` names this module answers to.
PRESETS = (*SPEND_PRESETS, access_log.NAME)


def import_channel_file(
    ws: Workspace,
    data: bytes,
    file: str,
    *,
    preset: str | None = None,
    cancel: CancelToken = NEVER_CANCELLED,
):
    """Import ``data`` when it is an ad report or an access log, returning an ``ImportResult``;
    None when it is neither (the caller reads it as a till, shop or analytics export)."""
    if preset is not None and preset not in PRESETS:
        return None
    if preset == access_log.NAME or (preset is None and access_log.sniff(data)):
        return _import_log(ws, data, file, cancel)
    spend = read_spend(data, file, preset)
    if spend is None:
        return None
    return _import_spend(ws, data, file, spend, cancel)


def _result(file: str, **values):
    from omniprint.services.imports import ImportResult

    return ImportResult(
        file=file,
        date_order=values.pop("date_order", "ymd"),
        mapping=values.pop("mapping", {}),
        reconciled=None,
        **values,
    )


def _begin(ws: Workspace, data: bytes, file: str):
    sha256 = hashlib.sha256(data).hexdigest()
    previous = responses_store.find_import(ws, sha256)
    if previous is not None:
        return None, previous
    return responses_store.insert_import(ws, {"file_name": Path(file).name, "sha256": sha256}), None


def _already(ws: Workspace, file: str, previous, decimal=None):
    return _result(
        file,
        preset=previous.preset,
        encoding=previous.encoding,
        delimiter=previous.delimiter,
        decimal=decimal,
        rows=previous.rows,
        added=0,
        known=previous.rows,
        refused=responses_store.refused_rows(ws, previous.id),
        already_imported=True,
    )


def _finish(ws: Workspace, import_id: int, preset: str, encoding: str, delimiter: str,
            rows: int, added: int, known: int, refused: list[Problem]) -> None:  # fmt: skip
    responses_store.insert_problems(ws, import_id, refused)
    responses_store.finish_import(
        ws,
        import_id,
        {
            "preset": preset,
            "encoding": encoding,
            "delimiter": delimiter,
            "header_key": "",
            "date_order": "ymd",
            "rows": rows,
            "added": added,
            "known": known,
            "refused": len(refused),
        },
    )


def _import_spend(ws: Workspace, data: bytes, file: str, spend, cancel: CancelToken):
    with ws.transaction(), ws.cancellable(cancel):
        import_id, previous = _begin(ws, data, file)
        if previous is not None:
            return _already(ws, file, previous, spend.decimal)
        added = store.insert_spend(ws, import_id, spend.spend)
        _, codec = detect_encoding(data, file=file)
        responses_store.insert_text(
            ws, import_id, responses_store.pack_text(text_chunks(data, codec))
        )
        known = len(spend.spend) - added
        _finish(ws, import_id, spend.preset, spend.encoding, spend.delimiter, spend.rows,
                added, known, spend.problems)  # fmt: skip
    return _result(
        file,
        preset=spend.preset,
        encoding=spend.encoding,
        delimiter=spend.delimiter,
        decimal=spend.decimal,
        mapping=spend.mapping,
        rows=spend.rows,
        added=added,
        known=known,
        refused=spend.problems,
        already_imported=False,
    )


def _code_of(path: str) -> str | None:
    """The code a short link's path names (``/r/K7MQX4PZ7``), or the ``code`` of a tracked link."""
    found = code_in_link(path if "://" in path else f"https://x{path}")
    if found:
        return normalize(found)
    last = urlsplit(path).path.rstrip("/").rsplit("/", 1)[-1]
    return normalize(last) if last else None


def _import_log(ws: Workspace, data: bytes, file: str, cancel: CancelToken):
    log = access_log.read_log(data, file)
    hits = [
        h
        for h in log.hits
        if h.method in ("GET", "HEAD") and h.status < 400 and not rules.is_bot(h.agent)
    ]
    keyed = [(h, _code_of(h.path)) for h in hits]
    with ws.transaction(), ws.cancellable(cancel):
        import_id, previous = _begin(ws, data, file)
        if previous is not None:
            return _already(ws, file, previous)
        ours = store.code_keys(ws, (k for _, k in keyed if k))
        scans = [
            (h.line, key, h.at, rules.device_class(h.agent), h.natural_key)
            for h, key in keyed
            if key in ours
        ]
        added = store.insert_scans(ws, import_id, scans)
        # The log's text is not kept: its lines hold the visitors' addresses.
        _finish(ws, import_id, access_log.NAME, log.encoding, " ", log.rows, added,
                len(scans) - added, log.problems)  # fmt: skip
    return _result(
        file,
        preset=access_log.NAME,
        encoding=log.encoding,
        delimiter=" ",
        decimal=None,
        mapping={"scans": str(len(scans)), "requests": str(log.rows)},
        rows=log.rows,
        added=added,
        known=len(scans) - added,
        refused=log.problems,
        already_imported=False,
    )


@dataclass(frozen=True)
class ChannelPreview:
    """What the import wizard shows of an ad report or an access log before importing it."""

    preset: str
    encoding: str
    delimiter: str
    decimal: str | None
    header: list[str]
    rows: int
    records: int
    problems: list[Problem]


def preview_channel_file(path: str | Path, preset: str | None = None) -> ChannelPreview | None:
    """Read an ad report or an access log as `import_channel_file` would, writing nothing; None
    when the file is neither."""
    from omniprint.services.imports import read_file

    data, file = read_file(path), str(path)
    if preset is not None and preset not in PRESETS:
        return None
    if preset == access_log.NAME or (preset is None and access_log.sniff(data)):
        log = access_log.read_log(data, file)
        fields = ["time", "path", "status", "user agent"]
        return ChannelPreview(access_log.NAME, log.encoding, " ", None, fields, log.rows,
                              len(log.hits), log.problems)  # fmt: skip
    spend = read_spend(data, file, preset)
    if spend is None:
        return None
    return ChannelPreview(spend.preset, spend.encoding, spend.delimiter, spend.decimal,
                          list(spend.mapping.values()), spend.rows, len(spend.spend),
                          spend.problems)  # fmt: skip
