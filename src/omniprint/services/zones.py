"""Importing a campaign's zones from a CSV file: all rows or none."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from omniprint.domain.errors import InputFileError, RowErrors, ValidationError
from omniprint.domain.i18n import tr, tr_noop
from omniprint.ingest.zones import parse_zone_file
from omniprint.services.plan import find_campaign, zone_values
from omniprint.storage import plan as store
from omniprint.storage.workspace import Workspace

_DELIMITER_NAMES = {
    ",": tr_noop("comma-separated"),
    ";": tr_noop("semicolon-separated"),
    "\t": tr_noop("tab-separated"),
    "|": tr_noop("pipe-separated"),
}


@dataclass(frozen=True)
class ZoneImport:
    imported: int
    encoding: str
    delimiter: str
    columns: dict[str, str]
    zones: list[dict]

    @property
    def describe(self) -> str:
        name = _DELIMITER_NAMES.get(self.delimiter)
        separated = (
            tr(name) if name else tr("{delimiter}-separated").format(delimiter=self.delimiter)
        )
        return f"{self.encoding}, {separated}"


def read_zone_file(path: str | Path) -> tuple[bytes, str]:
    path = Path(path)
    try:
        return path.read_bytes(), str(path)
    except FileNotFoundError:
        raise InputFileError(str(path), tr("no such file")) from None
    except IsADirectoryError:
        raise InputFileError(str(path), tr("is a folder, not a file")) from None
    except OSError as exc:
        raise InputFileError(
            str(path), tr("cannot be read ({reason})").format(reason=exc.strerror)
        ) from None


def preview_zones(ws: Workspace, campaign_ref: str, path: str | Path) -> ZoneImport:
    """Read and check a zone file without importing it (what the GUI's preview shows)."""
    campaign = find_campaign(ws, campaign_ref)
    data, name = read_zone_file(path)
    parsed = parse_zone_file(data, file=name)
    existing = {z.code.casefold() for z in store.list_zones(ws, campaign.id)}
    problems: list[InputFileError] = []
    checked = []
    for zone, line in zip(parsed.zones, parsed.lines, strict=True):
        try:
            values = zone_values(**zone)
        except ValidationError as exc:
            problems.append(InputFileError(name, str(exc), line=line))
            continue
        if values["code"].casefold() in existing:
            problems.append(
                InputFileError(
                    name,
                    tr("zone {code} is already in this campaign").format(code=values["code"]),
                    line=line,
                )
            )
        checked.append(values)
    if problems:
        raise RowErrors(name, problems)
    return ZoneImport(len(checked), parsed.encoding, parsed.delimiter, parsed.columns, checked)


def import_zones(ws: Workspace, campaign_ref: str, path: str | Path) -> ZoneImport:
    """Import every zone of the file in one transaction; any bad row imports nothing."""
    preview = preview_zones(ws, campaign_ref, path)
    store.insert_zones(ws, find_campaign(ws, campaign_ref).id, preview.zones)
    return preview
