"""Social profiles and WhatsApp numbers: typed as "@handle" or a link, stored as one canonical URL.

A shop owner types ``@hornosol``, ``instagram.com/hornosol/`` or the link copied from the app; all
three are stored as ``https://www.instagram.com/hornosol`` so the vCard, the QR codes and the
printed handle agree. What is printed on a card is the short form (`display_handle`): ``@hornosol``
for the networks whose users know their handle, the link without ``https://www.`` for the others.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from omniprint.domain.errors import ValidationError
from omniprint.domain.i18n import tr


@dataclass(frozen=True)
class Network:
    """A social network: its field name, how its profile links look and how its handles look."""

    key: str
    label: str
    hosts: tuple[str, ...]
    base: str  # canonical profile URL, "{}" replaced by the path (handle or "in/name")
    handle: str  # regex of a bare handle
    at_style: bool  # printed as "@handle"


_HANDLE = r"[A-Za-z0-9._-]{1,64}"
NETWORKS: dict[str, Network] = {
    n.key: n
    for n in (
        Network("instagram", "Instagram", ("instagram.com", "instagr.am"),
                "https://www.instagram.com/{}", r"[A-Za-z0-9._]{1,30}", True),
        Network("facebook", "Facebook", ("facebook.com", "fb.com", "fb.me", "m.facebook.com"),
                "https://www.facebook.com/{}", r"[A-Za-z0-9.\-]{1,80}", False),
        Network("linkedin", "LinkedIn", ("linkedin.com",),
                "https://www.linkedin.com/{}", r"(in|company)/[A-Za-z0-9\-_%]{2,100}", False),
        Network("tiktok", "TikTok", ("tiktok.com",),
                "https://www.tiktok.com/@{}", r"[A-Za-z0-9._]{2,24}", True),
        Network("x", "X", ("x.com", "twitter.com"),
                "https://x.com/{}", r"[A-Za-z0-9_]{1,15}", True),
        Network("youtube", "YouTube", ("youtube.com", "youtu.be"),
                "https://www.youtube.com/@{}", r"[A-Za-z0-9._\-]{3,30}", True),
        Network("google", "Google Business", (), "", "", False),
    )
}  # fmt: skip
SOCIAL_KEYS: tuple[str, ...] = tuple(NETWORKS)
# Google Business profile links come from several hosts; any of these is accepted as it is.
_GOOGLE_HOSTS = ("g.page", "maps.app.goo.gl", "goo.gl", "google.com", "business.google.com",
                 "maps.google.com", "share.google", "g.co")  # fmt: skip


def _host_matches(host: str, hosts: tuple[str, ...]) -> bool:
    host = host.lower().removeprefix("www.")
    return any(host == h or host.endswith("." + h) for h in hosts)


def _as_url(text: str) -> str | None:
    """``text`` as an https URL when it is one: it has a scheme, or it starts with the host of a
    known network ("instagram.com/x"). "horno.sol" is an Instagram handle, not a web address."""
    if re.match(r"^https?://", text, re.I):
        return text
    host = text.split("/", 1)[0]
    known = _GOOGLE_HOSTS + tuple(h for n in NETWORKS.values() for h in n.hosts)
    return "https://" + text if _host_matches(host, known) else None


def normalise_profile(key: str, value: str) -> str:
    """The canonical profile URL for ``value`` ("@handle", a bare handle or a link); "" stays "".

    Raises `ValidationError` naming the network and the value when it is neither.
    """
    network = NETWORKS[key]
    text = value.strip()
    if not text:
        return ""
    url = _as_url(text)
    if key == "google":
        parts = urlsplit(url or "")
        if not url or not _host_matches(parts.hostname or "", _GOOGLE_HOSTS):
            raise ValidationError(
                tr("{network}: {value!r} is not a Google Business profile link"
                   " (https://g.page/..., https://maps.app.goo.gl/...)").format(
                    network=network.label, value=value)
            )  # fmt: skip
        return (
            "https://"
            + (parts.hostname or "").lower()
            + parts.path.rstrip("/")
            + ("?" + parts.query if parts.query else "")
        )
    if url is not None:
        parts = urlsplit(url)
        if not _host_matches(parts.hostname or "", network.hosts):
            raise ValidationError(
                tr("{network}: {value!r} is not a link to {network}").format(
                    network=network.label, value=value
                )
            )
        path = parts.path.strip("/")
        if key in ("tiktok", "youtube"):
            path = path.removeprefix("@")
        # A LinkedIn profile is two segments ("in/ana"); the others one ("hornosol").
        handle = "/".join(path.split("/")[: 2 if key == "linkedin" else 1])
    else:
        handle = text.removeprefix("@")
        if key == "linkedin" and not handle.startswith(("in/", "company/")):
            handle = "in/" + handle
    if not re.fullmatch(network.handle, handle):
        raise ValidationError(
            tr("{network}: {value!r} is not a profile: write @handle or paste the link").format(
                network=network.label, value=value
            )
        )
    return network.base.format(handle)


def display_handle(key: str, url: str) -> str:
    """What a card prints for a stored profile URL: ``@handle`` or the link without its scheme."""
    if not url:
        return ""
    network = NETWORKS.get(key)
    if network is not None and network.at_style:
        handle = urlsplit(url).path.strip("/").removeprefix("@")
        return "@" + handle
    return re.sub(r"^https?://(www\.)?", "", url)


def normalise_whatsapp(value: str) -> str:
    """A WhatsApp number as ``+`` and digits ("+34 600 12 34 56", "0034...", a wa.me link)."""
    text = value.strip()
    if not text:
        return ""
    match = re.match(r"^(https?://)?(wa\.me|api\.whatsapp\.com/send\?phone=)/?\+?(\d+)", text)
    if match:
        return "+" + match.group(3)
    digits = re.sub(r"[\s().\-/]", "", text)
    if digits.startswith("00"):
        digits = "+" + digits[2:]
    if not re.fullmatch(r"\+\d{7,15}", digits):
        raise ValidationError(
            tr("WhatsApp: {value!r} is not a phone number with its country code"
               " (e.g. +34 600 123 456)").format(value=value)
        )  # fmt: skip
    return digits


def whatsapp_link(number: str) -> str:
    """The wa.me link that opens a chat with ``number`` ("" for none)."""
    return f"https://wa.me/{number.removeprefix('+')}" if number else ""
