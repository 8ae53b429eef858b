"""The business's own details, printed on every piece through `{{business.*}}` fields."""

from __future__ import annotations

from omniprint.domain.errors import ValidationError
from omniprint.domain.i18n import tr
from omniprint.domain.safe_text import check_plain
from omniprint.storage import plan as store
from omniprint.storage.workspace import Workspace

BUSINESS_FIELDS = ("name", "phone", "email", "web", "address")


def get_business(ws: Workspace) -> dict[str, str]:
    """Every business field, empty when not set."""
    return {f: store.get_setting(ws, f"business.{f}", "") or "" for f in BUSINESS_FIELDS}


def set_business(ws: Workspace, **values: str | None) -> dict[str, str]:
    """Change the given fields (None leaves a field as it is; an empty string clears it)."""
    for key, value in values.items():
        if key not in BUSINESS_FIELDS:
            raise ValidationError(
                tr("unknown business field {key!r}: use {fields}").format(
                    key=key, fields=", ".join(BUSINESS_FIELDS)
                )
            )
        if value is not None:
            # Printed on every piece: a control or text-direction mark would hide what is printed.
            check_plain(value, what=tr("business {key}").format(key=key))
            cleaned = " ".join(value.split())
            if len(cleaned) > 200:
                raise ValidationError(
                    tr("business {key} is longer than 200 characters").format(key=key)
                )
            store.set_setting(ws, f"business.{key}", cleaned)
    return get_business(ws)
