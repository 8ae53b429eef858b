"""Zone lists from a CSV: the postcodes or sectors a campaign reaches, in Spanish or English.

A distributor's quote or a spreadsheet of postcodes is turned into checked zone values. Every bad
row is reported with its line and column; the caller imports all rows or none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from omniprint.domain.errors import InputFileError, RowErrors
from omniprint.domain.i18n import tr
from omniprint.ingest import dates, numbers
from omniprint.ingest.table import normalize_header, read_table

# Column names people use, by field, after normalize_header and with units such as "(€)" removed.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "code": (
        "code",
        "zone code",
        "postcode",
        "post code",
        "postal code",
        "zip",
        "zip code",
        "zipcode",
        "sector",
        "sector code",
        "codigo",
        "codigo postal",
        "cod postal",
        "cp",
        "c p",
        "codigo zona",
        "zona codigo",
        "distrito postal",
    ),
    "name": (
        "name",
        "zone name",
        "zone",
        "area",
        "neighbourhood",
        "neighborhood",
        "district",
        "town",
        "nombre",
        "zona",
        "barrio",
        "distrito",
        "localidad",
        "municipio",
        "poblacion",
        "colonia",
        "nombre zona",
        "sector name",
    ),
    "households": (
        "households",
        "homes",
        "letterboxes",
        "letter boxes",
        "mailboxes",
        "addresses",
        "hh",
        "doors",
        "hogares",
        "viviendas",
        "buzones",
        "domicilios",
        "casas",
        "numero de hogares",
    ),
    "coverage": ("coverage", "coverage pct", "coverage percent", "cobertura", "pct", "porcentaje"),
    "cpm": (
        "cpm",
        "cost per thousand",
        "cost per 1000",
        "price per thousand",
        "price per 1000",
        "distribution cpm",
        "distribution cost per thousand",
        "coste por mil",
        "costo por mil",
        "precio por mil",
        "precio millar",
        "coste millar",
        "cpm reparto",
        "tarifa por mil",
    ),
    "drop_date": (
        "date",
        "drop date",
        "distribution date",
        "delivery date",
        "fecha",
        "fecha de reparto",
        "fecha reparto",
        "dia de reparto",
        "fecha de buzoneo",
        "fecha buzoneo",
    ),
    "is_control": (
        "control",
        "control zone",
        "is control",
        "holdout",
        "zona control",
        "zona de control",
        "testigo",
        "grupo de control",
        "grupo control",
    ),
}
_YES = {"1", "yes", "y", "true", "x", "si", "s", "sí", "control", "verdadero", "v"}
_NO = {"", "0", "no", "n", "false", "falso", "f", "-"}
_THOUSANDS_INT = re.compile(r"^\d{1,3}(?:[.,\s\u00a0\u202f']\d{3})+$")


def _column_key(name: str) -> str:
    folded = normalize_header(name)
    folded = re.sub(r"\(.*?\)|\[.*?\]", " ", folded)  # units: "CPM (€)", "coverage [%]"
    folded = re.sub(r"[^a-z0-9 ]+", " ", folded)
    return " ".join(folded.split())


def map_columns(header: list[str]) -> dict[str, int]:
    """Which column holds which field; the first matching column wins."""
    found: dict[str, int] = {}
    for index, name in enumerate(header):
        key = _column_key(name)
        if not key and "%" in name:
            key = "coverage"
        for fieldname, names in SYNONYMS.items():
            if fieldname not in found and key in names:
                found[fieldname] = index
                break
    return found


@dataclass
class ZoneFile:
    file: str
    encoding: str
    delimiter: str
    columns: dict[str, str]
    zones: list[dict] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)


def _whole_number(text: str) -> int:
    cleaned = text.strip()
    if _THOUSANDS_INT.match(cleaned):
        cleaned = re.sub(r"\D", "", cleaned)
    if not cleaned.isdigit():
        raise ValueError(tr("{text!r} is not a whole number").format(text=text))
    return int(cleaned)


def parse_zone_file(data: bytes, *, file: str) -> ZoneFile:
    """Read and check every row; raise `RowErrors` listing all bad rows, or return the zones."""
    table = read_table(data, file=file)
    columns = map_columns(table.header)
    missing = [f for f in ("code", "households") if f not in columns]
    if missing:
        wanted = {
            "code": tr("code (código, postcode, CP)"),
            "households": tr("households (hogares, viviendas, buzones)"),
        }
        raise InputFileError(
            file,
            tr("no column for {fields}; the header has: {header}").format(
                fields=tr(" and ").join(wanted[m] for m in missing),
                header=", ".join(table.header),
            ),
            line=table.header_line,
        )

    def cells(name: str) -> list[str]:
        i = columns.get(name)
        return [
            row.values[i] if i is not None and i < len(row.values) else "" for row in table.rows
        ]

    decimal = numbers.infer_decimal([*cells("cpm"), *cells("coverage")])
    order = dates.infer_date_order([c for c in cells("drop_date") if c.strip()], hint="dmy")
    result = ZoneFile(
        file, table.encoding, table.delimiter, {f: table.header[i] for f, i in columns.items()}
    )
    problems: list[InputFileError] = []
    seen: dict[str, int] = {}
    width = len(table.header)
    for row in table.rows:
        values = row.values + [""] * (width - len(row.values))

        def get(name: str, values: list[str] = values) -> str:
            i = columns.get(name)
            return values[i].strip() if i is not None else ""

        def problem(name: str, reason: str, row=row) -> None:
            column = table.header[columns[name]] if name in columns else None
            problems.append(InputFileError(file, reason, line=row.line, column=column))

        if len(row.values) > width and any(v.strip() for v in row.values[width:]):
            problems.append(
                InputFileError(
                    file,
                    tr("has {count} fields but the header has {width}").format(
                        count=len(row.values), width=width
                    ),
                    line=row.line,
                )
            )
            continue
        zone: dict = {"code": get("code"), "name": get("name") or get("code")}
        if not zone["code"]:
            problem("code", tr("the zone code is empty"))
        elif zone["code"] in seen:
            problem(
                "code",
                tr("zone {code} is also on line {line}").format(
                    code=zone["code"], line=seen[zone["code"]]
                ),
            )
        else:
            seen[zone["code"]] = row.line
        try:
            zone["households"] = _whole_number(get("households"))
        except ValueError as exc:
            problem("households", str(exc))
        try:
            text = get("coverage").replace("%", "").strip()
            pct = numbers.parse_amount(text, decimal=decimal) if text else Decimal(100)
            if not 0 <= pct <= 100:
                raise ValueError(tr("coverage {text}% is not between 0 and 100").format(text=text))
            zone["coverage_bp"] = int((pct * 100).to_integral_value())
        except ValueError as exc:
            problem("coverage", str(exc))
        try:
            text = get("cpm")
            amount = numbers.parse_amount(text, decimal=decimal) if text else Decimal(0)
            if amount < 0:
                raise ValueError(tr("cost per thousand {text!r} is negative").format(text=text))
            zone["cpm_cents"] = numbers.to_cents(amount)
        except ValueError as exc:
            problem("cpm", str(exc))
        try:
            text = get("drop_date")
            zone["drop_date"] = dates.parse_date(text, order=order).isoformat() if text else None
        except ValueError as exc:
            problem("drop_date", str(exc))
        flag = get("is_control").casefold()
        if flag in _YES or flag in _NO:
            zone["is_control"] = flag in _YES
        else:
            problem(
                "is_control", tr("{value!r} is not yes/no (sí/no)").format(value=get("is_control"))
            )
        result.zones.append(zone)
        result.lines.append(row.line)
    if problems:
        raise RowErrors(file, problems)
    if not result.zones:
        raise InputFileError(file, tr("has a header but no zones"))
    return result
