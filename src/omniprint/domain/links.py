"""Tracked links: landing URLs with UTM parameters and codes, short links and redirect tables.

A drop's link tells analytics where a visit came from: ``utm_source`` is the piece kind
(``leaflet``), ``utm_medium`` is ``print``, ``utm_campaign`` the campaign slug and ``utm_content``
the zone and variant (``46001-a``); ``code`` carries the coupon key when codes are per piece, so the
web shop sees the same key that storage looks up.

In short-link mode the QR carries ``redirect base + key`` (``https://brand.es/r/K7MQX4PZ7``), which
is shorter, so the QR is smaller and easier to scan; the business's own web server turns it into
the tracked link with one of the redirect tables made here.
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import chain
from urllib.parse import quote, unquote_plus, urlsplit, urlunsplit

from omniprint.domain.errors import ValidationError
from omniprint.domain.i18n import tr, tr_noop
from omniprint.domain.safe_text import check_plain

# What a value is called in messages (``what=``), translated where the message is made.
_WHATS = (
    tr_noop("Name"),
    tr_noop("landing URL"),
    tr_noop("redirect base"),
    tr_noop("Zone code"),
    tr_noop("Variant"),
    tr_noop("Piece kind"),
    tr_noop("Medium"),
    tr_noop("Campaign"),
    tr_noop("Content"),
    tr_noop("full link"),
)


REDIRECT_FORMATS = ("csv", "nginx", "apache", "netlify")

# Letters without an accent to strip, which NFKD leaves alone and would otherwise be lost.
_TRANSLITERATE = str.maketrans(
    {"ß": "ss", "æ": "ae", "Æ": "AE", "ø": "o", "Ø": "O", "œ": "oe", "Œ": "OE", "ł": "l",
     "Ł": "L", "đ": "d", "Đ": "D", "þ": "th", "Þ": "TH", "ı": "i"}
)  # fmt: skip
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
# RFC 3986: what may stand unescaped in a path, a query parameter and a fragment. '%' is kept so
# that escapes already in the landing URL are not escaped twice.
_SUB_DELIMS = "!$&'()*+,;="
_PATH_SAFE = _SUB_DELIMS + ":@/%"
_PARAM_SAFE = _PATH_SAFE.replace("&", "") + "?"
_FRAGMENT_SAFE = _PATH_SAFE + "?"
_LONE_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
# Characters a short link's last part may hold: safe in a URL path without escaping, in a QR code,
# and in every redirect format (no quotes, spaces, '%', '/', '?', '#', parentheses).
_SHORT_SAFE = frozenset(string.ascii_letters + string.digits + "-._~!$*+,;=:@")
_SHORT_SAFE_SHOWN = tr_noop("letters, digits and - . _ ~ ! $ * + , ; = : @")
_REGEX_SPECIAL = str.maketrans({char: "\\" + char for char in ".$*+?^|()[]{}\\"})
_CSV_SPECIAL = re.compile(r'[,"\r\n]')


def slugify(text: str, *, what: str = "Name") -> str:
    """Return a lower-case ASCII slug: accents stripped, runs of anything else made one hyphen.

    ``Otoño 2026`` gives ``otono-2026`` and ``Café & Té`` gives ``cafe-te``. ``what`` names the
    value in the error raised when nothing usable is left, or when ``text`` holds a control or
    text-direction character (`check_plain`).
    """
    check_plain(text, what=what)
    ascii_text = (
        unicodedata.normalize("NFKD", text.translate(_TRANSLITERATE))
        .encode("ascii", "ignore")
        .decode("ascii")
    )
    slug = _NOT_SLUG.sub("-", ascii_text.lower()).strip("-")
    if not slug:
        raise ValidationError(
            tr("{what} {text!r} has no letter or digit to use in a link").format(
                what=tr(what), text=text
            )
        )
    return slug


def validate_url(url: str, *, what: str = "landing URL") -> str:
    """Return ``url`` stripped of surrounding spaces if it is an http(s) URL with a host.

    Raises ValidationError naming ``what`` and showing the URL that was given; control and
    text-direction characters inside it are refused (`check_plain`): Python's URL parser drops
    CR, LF and TAB silently, so they would pass into every file written from the URL. A line
    break pasted after it is only stripped, like spaces.
    """
    cleaned = check_plain(url.strip(), what=what)
    if not cleaned:
        raise ValidationError(
            tr("{what} is empty: enter an address that starts with https://").format(what=tr(what))
        )
    try:
        parts = urlsplit(cleaned)
        parts.port  # noqa: B018 - reading it is what checks the port
    except ValueError as error:
        raise ValidationError(
            tr("{what} is not a valid address: {error} (got {url!r})").format(
                what=tr(what), error=error, url=url
            )
        ) from None
    if parts.scheme.lower() not in ("http", "https"):
        raise ValidationError(
            tr("{what} must start with http:// or https:// (got {url!r})").format(
                what=tr(what), url=url
            )
        )
    if not parts.hostname:
        raise ValidationError(
            tr("{what} has no host name after {scheme}:// (got {url!r})").format(
                what=tr(what), scheme=parts.scheme, url=url
            )
        )
    if any(char.isspace() or char in '"<>\\^`{|}' for char in parts.netloc):
        raise ValidationError(
            tr("{what} has an invalid host name (got {url!r})").format(what=tr(what), url=url)
        )
    return cleaned


def validate_redirect_base(url: str) -> str:
    """Return the redirect base as a clean http(s) URL ending with ``/``.

    The base is where short links live on the business's own site (``https://brand.es/r/``); it
    may not carry a query or fragment, and its path may only use characters that every redirect
    format can match literally.
    """
    return _clean_base(url)


@lru_cache(maxsize=16)
def _clean_base(url: str) -> str:
    """`validate_redirect_base`, cached: `short_link` calls it once per code."""
    cleaned = validate_url(url, what="redirect base")
    parts = urlsplit(cleaned)
    if parts.query or parts.fragment or cleaned.endswith(("?", "#")):
        raise ValidationError(
            tr("redirect base must not contain a query (?) or a fragment (#) (got {url!r})").format(
                url=url
            )
        )
    if not set(parts.path.replace("/", "")) <= _SHORT_SAFE:
        raise ValidationError(
            tr("redirect base path may only use {allowed} and / (got {url!r})").format(
                allowed=tr(_SHORT_SAFE_SHOWN), url=url
            )
        )
    return cleaned if cleaned.endswith("/") else cleaned + "/"


def utm_content(zone_code: str, variant: str) -> str:
    """The ``utm_content`` of a drop: zone code and variant as one slug, ``46001-a``."""
    return f"{slugify(zone_code, what='Zone code')}-{slugify(variant, what='Variant')}"


def _escape(text: str, safe: str) -> str:
    """Percent-encode what may not stand in this part of a URL, keeping existing escapes."""
    return quote(_LONE_PERCENT.sub("%25", text), safe=safe)


def _ascii_netloc(netloc: str) -> str:
    """The network location with an international host name in its ASCII (IDNA) form."""
    if netloc.isascii():
        return netloc
    userinfo, at, hostport = netloc.rpartition("@")
    host, colon, port = hostport.partition(":")
    try:
        ascii_host = host.encode("idna").decode("ascii")
    except UnicodeError:
        raise ValidationError(
            tr("landing URL host {host!r} is not a valid domain name").format(host=host)
        ) from None
    return f"{userinfo}{at}{ascii_host}{colon}{port}"


@lru_cache(maxsize=256)
def _link_parts(
    landing_url: str, source: str, medium: str, campaign: str, content: str, replace_code: bool
) -> tuple[str, str]:
    """The tracked link up to its UTM parameters, and its ``#fragment`` (possibly empty).

    Cached because a print run builds the same link a million times with only the code changing.
    """
    parts = urlsplit(validate_url(landing_url))

    def replaced(param: str) -> bool:
        # Old UTM parameters (from a link copied from an earlier campaign) would misattribute
        # visits, so every utm_* goes, not only the four we set.
        name = unquote_plus(param.partition("=")[0]).strip().lower()
        return name.startswith("utm_") or (replace_code and name == "code")

    kept = [_escape(p, _PARAM_SAFE) for p in parts.query.split("&") if p and not replaced(p)]
    utm = {
        "utm_source": slugify(source, what="Piece kind"),
        "utm_medium": slugify(medium, what="Medium"),
        "utm_campaign": slugify(campaign, what="Campaign"),
        "utm_content": slugify(content, what="Content"),
    }
    query = "&".join(kept + [f"{name}={value}" for name, value in utm.items()])
    head = urlunsplit(
        (
            parts.scheme.lower(),
            _ascii_netloc(parts.netloc),
            _escape(parts.path, _PATH_SAFE) or "/",
            query,
            "",
        )
    )
    fragment = f"#{_escape(parts.fragment, _FRAGMENT_SAFE)}" if parts.fragment else ""
    return head, fragment


def tracked_link(
    landing_url: str,
    *,
    source: str,
    campaign: str,
    content: str,
    code: str | None = None,
    medium: str = "print",
) -> str:
    """Return the landing URL with UTM parameters (and ``code``) added.

    The landing URL's own parameters keep their order and its fragment stays at the end; any
    ``utm_*`` it had is replaced, not duplicated (and ``code`` too when a code is given). UTM
    values are made slugs (`slugify`); spaces and accents in the landing URL are percent-encoded.
    ``code`` should be the key (`omniprint.domain.codes.Code.key`), which the web shop reports.
    """
    head, fragment = _link_parts(
        landing_url, source, medium, campaign, content, replace_code=code is not None
    )
    if code is None:
        return head + fragment
    code = code.strip()
    if not code:
        raise ValidationError(tr("the code for a tracked link is empty"))
    return f"{head}&code={quote(code, safe='')}{fragment}"


def _check_short_part(key: str, short_url: str) -> None:
    if not key or not _SHORT_SAFE.issuperset(key):
        raise ValidationError(
            tr(
                "short link {short_url!r} must end with one or more of "
                "{allowed} after the redirect base"
            ).format(short_url=short_url, allowed=tr(_SHORT_SAFE_SHOWN))
        )


def short_link(redirect_base: str, key: str) -> str:
    """Return the short link the QR carries: ``redirect_base`` (with its ``/``) then ``key``."""
    base = _clean_base(redirect_base)
    _check_short_part(key, base + key)
    return base + key


# --- redirect tables -----------------------------------------------------------------------------


_ORIGIN = re.compile(r"\s*[A-Za-z][A-Za-z0-9+.-]*://[^/?#]*")
# A full link needs no change when it holds only URL characters and well-formed %XX escapes.
_TARGET_SAFE = _PATH_SAFE + "?#[]"
_TARGET_SAFE_CHARS = frozenset(string.ascii_letters + string.digits + "-._~" + _TARGET_SAFE)


@lru_cache(maxsize=64)
def _origin_ok(origin: str) -> bool:
    try:
        validate_url(origin)
    except ValidationError:
        return False
    return True


def _clean_target(full_url: str) -> str:
    """The full link with anything a config file could misread percent-encoded.

    Spaces, quotes, backslashes and non-ASCII become %XX, which a browser would send anyway; what
    the URL means does not change.
    """
    # A table's links share a few origins: validating each origin once keeps a million rows fast.
    origin = _ORIGIN.match(full_url)
    if origin is None or not _origin_ok(origin.group().strip()):
        validate_url(full_url, what="full link")  # raises, naming the whole link
    cleaned = full_url.strip()
    if _TARGET_SAFE_CHARS.issuperset(cleaned) and not (
        "%" in cleaned and _LONE_PERCENT.search(cleaned)
    ):
        return cleaned
    return _escape(cleaned, _TARGET_SAFE)


def _csv_field(value: str) -> str:
    # RFC 4180 quoting, done by hand: csv.writer per line would be slower for a million rows.
    return f'"{value.replace(chr(34), chr(34) * 2)}"' if _CSV_SPECIAL.search(value) else value


def _csv_line(short: str, full: str, path: str) -> str:
    return f"{_csv_field(short)},{_csv_field(full)},{_csv_field(path)}\r\n"


def _nginx_line(path: str, full: str) -> str:
    # In a map value '$' starts a variable and nginx has no escape for it: %24 means the same in
    # a URL. The source side is matched literally, so the path needs no such care.
    return f'    "{path}" "{full.replace("$", "%24")}";\n'


def _apache_line(path: str, full: str) -> str:
    # The pattern is matched against the path without its leading slash in .htaccess and with it in
    # the server config, hence '^/?'. In the substitution '$' and '%' start back-references, so
    # they are escaped with a backslash; NE stops Apache from escaping the %XX again.
    pattern = path.lstrip("/").translate(_REGEX_SPECIAL)
    target = full.replace("%", "\\%").replace("$", "\\$")
    return f'RewriteRule ^/?{pattern}$ "{target}" [R=302,L,NE]\n'


def _netlify_line(path: str, full: str, short: str) -> str:
    # Netlify reads '*' as "anything that follows" and ':name' as a placeholder, with no escape.
    if "*" in path or "/:" in path:
        raise ValidationError(
            tr(
                "Netlify _redirects cannot match {short!r} exactly: there '*' means "
                "'anything' and ':' starts a placeholder. Export the nginx, Apache or "
                "CSV table instead"
            ).format(short=short)
        )
    return f"{path}  {full}  302\n"


def _comment_text(text: str) -> str:
    """``text`` safe inside a one-line ``#`` comment of any redirect format: every character that
    could end the line (or hide what follows) is percent-encoded. A validated base has none; this
    keeps a comment one line whatever reaches it."""
    return "".join(
        f"%{ord(c):02X}" if (c.isspace() and c != " ") or not c.isprintable() else c for c in text
    )


def _header(fmt: str, base: str) -> list[str]:
    base = _comment_text(base)
    host = _comment_text(urlsplit(base).hostname or "")
    if fmt == "csv":
        return ["short_url,full_url,path\r\n"]
    if fmt == "nginx":
        return [
            f"# OmniPrint short links under {base}\n",
            f"# Include this file inside http {{ }}, then add to the server {{ }} of {host}:\n",
            "#     if ($omniprint_redirect) { return 302 $omniprint_redirect; }\n",
            "# With many links nginx may ask for a bigger hash: map_hash_max_size 2097152;\n",
            "map $uri $omniprint_redirect {\n",
            '    default "";\n',
        ]
    if fmt == "apache":
        return [
            f"# OmniPrint short links under {base}\n",
            f"# Include this file in the <VirtualHost> of {host}, or save it as .htaccess in the\n",
            "# site's top folder (needs mod_rewrite and AllowOverride FileInfo).\n",
            "RewriteEngine On\n",
        ]
    return [f"# OmniPrint short links under {base}: save as _redirects in the published folder.\n"]


def redirect_table(
    rows: Iterable[tuple[str, str]], fmt: str, *, base: str | None = None
) -> Iterator[str]:
    """Yield, line by line, a redirect table from each short link to its full tracked link.

    ``rows`` are ``(short_url, full_url)``; ``fmt`` is one of `REDIRECT_FORMATS`. Every short URL
    must start with the same redirect base: ``base`` when given, else the first row's URL up to its
    last ``/``. Lines are made as rows are read, so a million rows never sit in memory; a bad row
    raises ValidationError when it is reached, so write to a temporary file and keep it only when
    the whole table was written. Each short link may appear once (nginx refuses duplicates).

    * ``csv``: ``short_url,full_url,path`` with CRLF line ends (RFC 4180).
    * ``nginx``: a ``map $uri $omniprint_redirect`` block, with how to use it in a comment.
    * ``apache``: ``RewriteEngine On`` and one ``RewriteRule ... [R=302,L,NE]`` per row.
    * ``netlify``: ``_redirects`` lines ``/r/KEY  full  302``; Netlify cannot match a literal
      ``*``, so a short link holding one raises ValidationError.
    """
    chosen = fmt.strip().lower()
    if chosen not in REDIRECT_FORMATS:
        raise ValidationError(
            tr("unknown redirect table format {fmt!r}: choose one of {redirect_formats}").format(
                fmt=fmt, redirect_formats=", ".join(REDIRECT_FORMATS)
            )
        )
    # Checked here, before the first line is asked for, so a bad base fails at once.
    clean_base = _clean_base(base) if base is not None else None
    return _table_lines(iter(rows), chosen, clean_base)


def _table_lines(rows: Iterator[tuple[str, str]], fmt: str, base: str | None) -> Iterator[str]:
    first = next(rows, None)
    if base is None:
        if first is None:
            raise ValidationError(tr("the redirect table is empty and no redirect base was given"))
        base = _clean_base(first[0][: first[0].rfind("/") + 1])
    yield from _header(fmt, base)
    base_path = urlsplit(base).path or "/"
    seen: set[str] = set()
    all_rows = rows if first is None else chain([first], rows)
    for number, (short, full) in enumerate(all_rows, start=1):
        if not short.startswith(base):
            raise ValidationError(
                tr(
                    "short link {short!r} (row {number}) does not start with the redirect "
                    "base {base!r}: every short link in one table must share it"
                ).format(short=short, number=number, base=base)
            )
        key = short[len(base) :]
        _check_short_part(key, short)
        if key in seen:
            raise ValidationError(
                tr("short link {short!r} appears twice (row {number})").format(
                    short=short, number=number
                )
            )
        seen.add(key)
        path = base_path + key
        target = _clean_target(full)
        if fmt == "csv":
            yield _csv_line(short, target, path)
        elif fmt == "nginx":
            yield _nginx_line(path, target)
        elif fmt == "apache":
            yield _apache_line(path, target)
        else:
            yield _netlify_line(path, target, short)
    if fmt == "nginx":
        yield "}\n"
