"""CMYK output profiles: the printing condition a press file is made for (its OutputIntent).

Each shop preset names a bundled, freely redistributable profile (see ``assets/profiles``): ISO
Coated v2 300 % (FOGRA39) for European shops, GRACoL 2006 (CGATS TR 006) for US shops. A shop that
sends its own profile gets it embedded instead, once its header says it is a CMYK output profile.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

from omniprint.domain.errors import ValidationError
from omniprint.domain.i18n import tr

PROFILES_DIR = Path(__file__).resolve().parent.parent / "assets" / "profiles"
REGISTRY = "http://www.color.org"


@dataclass(frozen=True)
class OutputCondition:
    """A printing condition: its registered name, a description and the ICC profile's bytes."""

    identifier: str  # OutputConditionIdentifier: a name in the ICC registry, or "Custom"
    condition: str  # OutputCondition: what a person reads
    info: str  # Info: the profile's own description
    profile: bytes
    registry: str = REGISTRY


# Shop preset -> (profile file, identifier, condition). The `us` preset is GRACoL, never FOGRA39.
PRESETS: dict[str, tuple[str, str, str]] = {
    "eu": ("ISOcoated_v2_300_bas.icc", "FOGRA39",
           "Offset commercial printing, coated paper (ISO 12647-2:2004, FOGRA39L), 300 % ink"),
    "moo": ("ISOcoated_v2_300_bas.icc", "FOGRA39",
            "Offset commercial printing, coated paper (ISO 12647-2:2004, FOGRA39L), 300 % ink"),
    "us": ("GRACoL2006_TR006_omniprint.icc", "CGATS TR 006",
           "GRACoL 2006 coated #1 (ANSI CGATS/GRACoL TR 006-2007)"),
}  # fmt: skip


def check_output_profile(data: bytes, name: str) -> None:
    """Raise `ValidationError` unless ``data`` is an ICC output profile for CMYK (a press's).

    The ICC header says it: the signature ``acsp`` at byte 36, the device class at byte 12
    (``prtr`` for an output device) and the data colour space at byte 16 (``CMYK``).
    """
    if len(data) < 132 or data[36:40] != b"acsp":
        raise ValidationError(tr("{name} is not an ICC colour profile").format(name=name))
    device, space = data[12:16].decode("latin-1"), data[16:20].decode("latin-1").strip()
    if device != "prtr" or space != "CMYK":
        raise ValidationError(
            tr(
                "{name} is not a CMYK output profile (it is a {space} {device} profile): "
                "ask the print shop for its press profile"
            ).format(name=name, space=space or "?", device=device)
        )


def profile_major_version(data: bytes) -> int:
    """The ICC version's major number (byte 8 of the header): 2 or 4."""
    return data[8] if len(data) > 8 else 0


def check_for_pdfx(data: bytes, name: str, pdfx: str | None) -> None:
    """PDF/X-1a (PDF 1.3) can only carry an ICC version 2 profile; X-4 takes 2 or 4."""
    if pdfx == "1a" and profile_major_version(data) >= 4:
        raise ValidationError(
            tr(
                "{name} is an ICC version 4 profile: PDF/X-1a needs version 2; "
                "choose PDF/X-4 or ask the shop for a version 2 profile"
            ).format(name=name)
        )


def profile_description(data: bytes) -> str:
    """The profile's own name (its ``desc`` tag, ICC v2 ``desc`` or v4 ``mluc``), or ''."""
    try:
        (count,) = struct.unpack_from(">I", data, 128)
        for index in range(min(count, 200)):
            sig, offset, size = struct.unpack_from(">4sII", data, 132 + 12 * index)
            if sig != b"desc":
                continue
            tag = data[offset : offset + size]
            if tag[:4] == b"desc":
                (length,) = struct.unpack_from(">I", tag, 8)
                return tag[12 : 12 + length].split(b"\0", 1)[0].decode("latin-1").strip()
            if tag[:4] == b"mluc":
                _, length, at = struct.unpack_from(">4sII", tag, 16)
                return tag[at : at + length].decode("utf-16-be", "replace").strip()
    except struct.error:
        pass
    return ""


def output_condition(shop: str, profile_path: str | Path | None = None) -> OutputCondition:
    """The condition of a shop preset, or of the shop's own profile file when one is given."""
    if profile_path is not None:
        path = Path(profile_path)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise ValidationError(
                tr("output profile {file} cannot be read: {error}").format(
                    file=path, error=exc.strerror or exc
                )
            ) from exc
        check_output_profile(data, path.name)
        info = profile_description(data) or path.stem
        return OutputCondition("Custom", info, info, data)
    file, identifier, condition = PRESETS.get(shop, PRESETS["eu"])
    data = (PROFILES_DIR / file).read_bytes()
    return OutputCondition(identifier, condition, profile_description(data) or file, data)
