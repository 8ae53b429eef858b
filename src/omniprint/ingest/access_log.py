"""Web server access logs: the scans of short links, as the business's own server logged them.

Read: the NCSA combined format of nginx (``log_format combined``, its default) and Apache
(``LogFormat "%h %l %u %t \\"%r\\" %>s %b \\"%{Referer}i\\" \\"%{User-agent}i\\"" combined``),
plain or gzip-compressed (``access.log.2.gz``); the common format (no referrer nor agent) too,
whose hits count as desktop; and Cloudflare Logpush ``http_requests`` files (one JSON object a
line, fields ``ClientRequestURI`` or ``ClientRequestPath``, ``ClientRequestUserAgent``,
``EdgeStartTimestamp``, ``EdgeResponseStatus``, ``ClientRequestMethod``).

Only what a scan needs is kept: the path, the time, the status and the user agent. The client's
address is read past and never stored.
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import io
import json
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field

from omniprint.domain.errors import InputFileError
from omniprint.domain.i18n import tr
from omniprint.domain.responses import Problem

__all__ = ["NAME", "Hit", "LogRead", "read_log"]

NAME = "access-log"
_COMBINED = re.compile(
    r'^\S+ \S+ \S+ \[(?P<time>[^\]]+)\] "(?P<method>[A-Z]+) (?P<path>\S+)[^"]*" '
    r'(?P<status>\d{3}) \S+(?: "[^"]*" "(?P<agent>[^"]*)")?'
)
_TIME = "%d/%b/%Y:%H:%M:%S %z"


@dataclass(frozen=True)
class Hit:
    """One request of the log: line, time (ISO, UTC), path and user agent."""

    line: int
    at: str
    path: str
    agent: str
    status: int
    method: str

    @property
    def natural_key(self) -> str:
        """The same request in two overlapping logs gives the same key (no address in it)."""
        text = f"{self.at}|{self.method}|{self.path}|{self.status}|{self.agent}"
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


@dataclass
class LogRead:
    """What a log gave: its format, its requests and the lines that could not be read."""

    format: str
    encoding: str
    rows: int = 0
    hits: list[Hit] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def _open(data: bytes, file: str) -> str:
    if data[:2] == b"\x1f\x8b":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError, zlib.error) as exc:
            raise InputFileError(
                file, tr("is a damaged gzip file ({exc})").format(exc=exc)
            ) from None
    return data.decode("utf-8", errors="replace")


def sniff(data: bytes) -> bool:
    """True when the first line of ``data`` (plain or gzip) is a request of a known log format."""
    head = data
    if data[:2] == b"\x1f\x8b":
        try:
            head = gzip.GzipFile(fileobj=io.BytesIO(data)).read(4096)
        except (OSError, EOFError, zlib.error):
            return False
    first = head[:4096].decode("utf-8", errors="replace").lstrip("\ufeff").split("\n", 1)[0]
    return bool(_COMBINED.match(first)) or _cloudflare(first) is not None


def _cloudflare(line: str) -> dict | None:
    if not line.startswith("{"):
        return None
    try:
        item = json.loads(line)
    except ValueError:
        return None
    if isinstance(item, dict) and ("ClientRequestURI" in item or "ClientRequestPath" in item):
        return item
    return None


def _cloudflare_time(value: object) -> str:
    if isinstance(value, int | float):
        # Logpush writes unix seconds, milliseconds or nanoseconds, as the job was set up.
        seconds = value / 1e9 if value > 1e14 else value / 1e3 if value > 1e11 else value
        return dt.datetime.fromtimestamp(seconds, dt.UTC).isoformat(timespec="seconds")
    moment = dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    return moment.astimezone(dt.UTC).isoformat(timespec="seconds")


def _lines(text: str) -> Iterator[tuple[int, str]]:
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip():
            yield number, line


def read_log(data: bytes, file: str) -> LogRead:
    """Every request of an access log; lines that are not requests are refused with why."""
    text = _open(data, file)
    result = LogRead(NAME, "gzip" if data[:2] == b"\x1f\x8b" else "utf-8")
    for number, line in _lines(text):
        result.rows += 1
        try:
            hit = _hit(number, line.lstrip("\ufeff"))
        except (ValueError, KeyError, TypeError) as exc:
            result.problems.append(Problem(number, None, str(exc), _without_address(line)))
            continue
        result.hits.append(hit)
    return result


def _hit(number: int, line: str) -> Hit:
    match = _COMBINED.match(line)
    if match:
        moment = dt.datetime.strptime(match["time"], _TIME).astimezone(dt.UTC)
        return Hit(
            number,
            moment.isoformat(timespec="seconds"),
            match["path"],
            match["agent"] or "",
            int(match["status"]),
            match["method"],
        )
    item = _cloudflare(line)
    if item is None:
        raise ValueError(tr("not a request of a combined, common or Cloudflare log"))
    return Hit(
        number,
        _cloudflare_time(item["EdgeStartTimestamp"]),
        str(item.get("ClientRequestURI") or item.get("ClientRequestPath")),
        str(item.get("ClientRequestUserAgent") or ""),
        int(item.get("EdgeResponseStatus") or 0),
        str(item.get("ClientRequestMethod") or "GET"),
    )


def _without_address(line: str) -> str:
    """A refused line as kept for review: its first field (the client's address) blanked."""
    if line.startswith("{"):
        return re.sub(r'"ClientIP"\s*:\s*"[^"]*"', '"ClientIP":"-"', line)
    return "-" + line[line.find(" ") :] if " " in line else "-"
