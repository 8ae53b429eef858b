"""What a QR code carries: the tracked link, a contact card (vCard 3.0 or MECARD) or free text.

A "save the contact" QR holds a vCard 3.0 (RFC 2426) built from the record's ``person.*`` and
``business.*`` fields. Text values are escaped as RFC 2426 section 5 and RFC 6350 section 3.4 say
(backslash, comma, semicolon, newline); lines end in CRLF. Lines are not folded: folding only adds
bytes, which makes the symbol denser, and every phone reader unfolds or accepts long lines alike.
The characters are UTF-8 (the QR writer encodes them as UTF-8 with its ECI marker).

MECARD (the shorter format phones also read) is offered for small QR codes: name, phones, e-mail,
web and address only.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from omniprint.domain.design import QrElement, fill_fields
from omniprint.domain.social import NETWORKS, SOCIAL_KEYS, whatsapp_link

PAYLOADS: tuple[str, ...] = ("link", "vcard", "mecard", "text")


@dataclass(frozen=True)
class Contact:
    """The contact a card saves to a phone."""

    name: str = ""
    org: str = ""
    title: str = ""
    phone: str = ""  # work
    mobile: str = ""
    email: str = ""
    web: str = ""
    address: str = ""
    profiles: tuple[tuple[str, str], ...] = field(default_factory=tuple)  # (network, URL)


def contact_from_record(record: Mapping[str, str]) -> Contact:
    """The contact of a print record: the person on the card, working for the business."""

    def get(key: str) -> str:
        return (record.get(key) or "").strip()

    profiles = [(key, get(f"business.{key}_url")) for key in SOCIAL_KEYS]
    whatsapp = whatsapp_link(get("business.whatsapp"))
    if whatsapp:
        profiles.append(("whatsapp", whatsapp))
    return Contact(
        name=get("person.name"),
        org=get("business.name"),
        title=get("person.title"),
        phone=get("business.phone"),
        mobile=get("person.mobile"),
        email=get("person.email") or get("business.email"),
        web=web_url(get("business.web")),
        address=get("business.address"),
        profiles=tuple((k, v) for k, v in profiles if v),
    )


def web_url(web: str) -> str:
    """A web address as a link: "hornosol.es" -> "https://hornosol.es"."""
    if not web or "://" in web:
        return web
    return "https://" + web


def escape_text(value: str) -> str:
    """A vCard TEXT value escaped: ``\\`` ``,`` ``;`` and newlines (RFC 2426 5, RFC 6350 3.4)."""
    return (
        value.replace("\\", "\\\\")
        .replace(",", "\\,")
        .replace(";", "\\;")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def _uri(value: str) -> str:
    # A URI value is not TEXT: it is not escaped, but it must stay on its line.
    return "".join(value.split())


def split_name(name: str) -> tuple[str, str]:
    """(family, given): the first word is the given name, the rest the family name, which fits
    Spanish double surnames ("Ana García López") and English names ("Alex Morgan") alike."""
    words = name.split()
    if len(words) < 2:
        return (name.strip(), "")
    return (" ".join(words[1:]), words[0])


def build_vcard(contact: Contact) -> str:
    """The contact as vCard 3.0 text, CRLF line ends, empty properties left out."""
    family, given = split_name(contact.name)
    full = contact.name or contact.org
    lines = ["BEGIN:VCARD", "VERSION:3.0"]
    lines.append(f"N:{escape_text(family)};{escape_text(given)};;;")
    lines.append(f"FN:{escape_text(full)}")
    texts = {
        "ORG": contact.org,
        "TITLE": contact.title,
        "TEL;TYPE=WORK,VOICE": contact.phone,
        "TEL;TYPE=CELL": contact.mobile,
        "EMAIL;TYPE=INTERNET": contact.email,
    }
    lines += [f"{name}:{escape_text(value)}" for name, value in texts.items() if value]
    if contact.web:
        lines.append(f"URL:{_uri(contact.web)}")
    if contact.address:
        # One address line: it goes in the street component, the others stay empty.
        lines.append(f"ADR;TYPE=WORK:;;{escape_text(contact.address)};;;;")
    for network, url in contact.profiles:
        lines.append(f"X-SOCIALPROFILE;TYPE={network}:{_uri(url)}")
    lines.append("END:VCARD")
    return "\r\n".join(lines) + "\r\n"


def _mecard_escape(value: str) -> str:
    for ch in ("\\", ";", ":", ",", '"'):
        value = value.replace(ch, "\\" + ch)
    return " ".join(value.split())


def build_mecard(contact: Contact) -> str:
    """The contact as MECARD (DoCoMo): shorter than a vCard, for small QR codes."""
    family, given = split_name(contact.name or contact.org)
    parts = [f"N:{_mecard_escape(family)},{_mecard_escape(given)}" if given
             else f"N:{_mecard_escape(family)}"]  # fmt: skip
    fields = (
        ("ORG", contact.org if contact.name else ""),  # without a name, the org is the N
        ("TEL", contact.mobile),
        ("TEL", contact.phone),
        ("EMAIL", contact.email),
        ("URL", contact.web),
        ("ADR", contact.address),
    )
    parts += [f"{name}:{_mecard_escape(value)}" for name, value in fields if value]
    return "MECARD:" + ";".join(parts) + ";;"


def qr_payload(el: QrElement, record: Mapping[str, str]) -> str:
    """The text a QR element encodes for one record, by its ``payload``."""
    if el.payload == "vcard":
        return build_vcard(contact_from_record(record))
    if el.payload == "mecard":
        return build_mecard(contact_from_record(record))
    if el.payload == "text":
        return fill_fields(el.text, record)
    return record.get(el.field, "")


def network_label(key: str) -> str:
    """The network's name as people write it ("LinkedIn")."""
    network = NETWORKS.get(key)
    return network.label if network else key
