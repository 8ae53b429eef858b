"""The business's own details, printed on every piece through `{{business.*}}` fields."""

from __future__ import annotations

from omniprint.domain.errors import ValidationError
from omniprint.domain.i18n import tr
from omniprint.domain.safe_text import check_plain
from omniprint.domain.social import (
    SOCIAL_KEYS,
    display_handle,
    normalise_profile,
    normalise_whatsapp,
    whatsapp_link,
)
from omniprint.storage import plan as store
from omniprint.storage.workspace import Workspace

# The first five are the original fields; the rest came with the connected business card
# (the person on the card, phones and social profiles). New fields are only ever appended.
CONTACT_FIELDS = ("contact", "title", "mobile", "whatsapp")
BUSINESS_FIELDS = ("name", "phone", "email", "web", "address", *CONTACT_FIELDS, *SOCIAL_KEYS)


def get_business(ws: Workspace) -> dict[str, str]:
    """Every business field, empty when not set (social profiles as their canonical URL)."""
    return {f: store.get_setting(ws, f"business.{f}", "") or "" for f in BUSINESS_FIELDS}


def _normalise(key: str, value: str) -> str:
    # Printed on every piece: a control or text-direction mark would hide what is printed.
    check_plain(value, what=tr("business {key}").format(key=key))
    cleaned = " ".join(value.split())
    if len(cleaned) > 200:
        raise ValidationError(tr("business {key} is longer than 200 characters").format(key=key))
    if key in SOCIAL_KEYS:
        return normalise_profile(key, cleaned)
    if key == "whatsapp":
        return normalise_whatsapp(cleaned)
    return cleaned


def set_business(ws: Workspace, **values: str | None) -> dict[str, str]:
    """Change the given fields (None leaves a field as it is; an empty string clears it).

    Social profiles accept "@handle" or a link and are stored as the profile's canonical URL;
    a WhatsApp number is stored as "+" and digits. Every value is checked before any is saved.
    """
    cleaned: dict[str, str] = {}
    for key, value in values.items():
        if key not in BUSINESS_FIELDS:
            raise ValidationError(
                tr("unknown business field {key!r}: use {fields}").format(
                    key=key, fields=", ".join(BUSINESS_FIELDS)
                )
            )
        if value is not None:
            cleaned[key] = _normalise(key, value)
    with ws.transaction():
        for key, value in cleaned.items():
            store.set_setting(ws, f"business.{key}", value)
    return get_business(ws)


def business_fields(details: dict[str, str]) -> dict[str, str]:
    """The ``business.*`` design fields of the details: profiles printed as their handle, with
    the full link in ``business.NETWORK_url``; the contact doubles as the card's ``person.*``."""
    out = {f"business.{k}": v for k, v in details.items()}
    for key in SOCIAL_KEYS:
        out[f"business.{key}_url"] = details.get(key, "")
        out[f"business.{key}"] = display_handle(key, details.get(key, ""))
    out["business.whatsapp_url"] = whatsapp_link(details.get("whatsapp", ""))
    out.update(person_fields(details))
    return out


def person_fields(details: dict[str, str], person: dict[str, str] | None = None) -> dict[str, str]:
    """The ``person.*`` fields: the person's own, or else the business's contact."""
    person = person or {}
    return {
        "person.name": person.get("name") or details.get("contact", ""),
        "person.title": person.get("title") or details.get("title", ""),
        "person.mobile": person.get("mobile") or details.get("mobile", ""),
        "person.email": person.get("email") or details.get("email", ""),
    }
