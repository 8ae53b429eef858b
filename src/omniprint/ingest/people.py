"""People lists from a CSV: who a business card is printed for, with Spanish or English headers.

A team list exported from a spreadsheet or a contacts app becomes checked rows of name, job title,
mobile and e-mail. Every bad row is reported with its line and column; the caller imports all rows
or none.
"""

from __future__ import annotations

import re

from omniprint.domain.errors import InputFileError, RowErrors
from omniprint.domain.i18n import tr
from omniprint.ingest.table import normalize_header, read_table

# Column names people use, by field, as `normalize_header` leaves them (lower case, no accents).
SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": ("name", "full name", "person", "contact", "nombre", "nombre completo", "persona",
             "contacto", "nombre y apellidos", "empleado"),
    "title": ("title", "job title", "position", "role", "job", "cargo", "puesto", "titulo",
              "funcion", "rol"),
    "mobile": ("mobile", "mobile phone", "cell", "cell phone", "phone", "telephone", "movil",
               "telefono movil", "telefono", "celular", "tel"),
    "email": ("email", "e mail", "mail", "email address", "correo", "correo electronico",
              "e mail address"),
}  # fmt: skip
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
MAX_PEOPLE = 500


def map_columns(header: list[str]) -> dict[str, int]:
    """Field -> column index for the header's recognised columns (first match wins)."""
    found: dict[str, int] = {}
    for index, name in enumerate(header):
        key = normalize_header(name).replace("-", " ")
        for field, names in SYNONYMS.items():
            if field not in found and key in names:
                found[field] = index
    return found


def parse_people_file(data: bytes, *, file: str) -> list[dict[str, str]]:
    """Read and check every row; raise `RowErrors` listing all bad rows, or return the people."""
    table = read_table(data, file=file)
    columns = map_columns(table.header)
    if "name" not in columns:
        raise InputFileError(
            file,
            tr("no column for the name (name, nombre); the header has: {header}").format(
                header=", ".join(table.header)
            ),
            line=table.header_line,
        )
    people: list[dict[str, str]] = []
    problems: list[InputFileError] = []
    for row in table.rows:

        def get(name: str, values: list[str] = row.values) -> str:
            i = columns.get(name)
            return " ".join(values[i].split()) if i is not None and i < len(values) else ""

        def problem(name: str, reason: str, line: int = row.line) -> None:
            problems.append(
                InputFileError(file, reason, line=line, column=table.header[columns[name]])
            )

        person = {field: get(field) for field in SYNONYMS}
        if not person["name"]:
            problem("name", tr("the name is empty"))
        if person["email"] and not _EMAIL.match(person["email"]):
            problem("email", tr("{value!r} is not an e-mail address").format(value=person["email"]))
        for field, value in person.items():
            if len(value) > 200:
                problem(field, tr("longer than 200 characters"))
        people.append(person)
    if problems:
        raise RowErrors(file, problems)
    if not people:
        raise InputFileError(file, tr("has a header but no people"))
    if len(people) > MAX_PEOPLE:
        raise InputFileError(
            file,
            tr("lists {count} people; at most {limit}").format(count=len(people), limit=MAX_PEOPLE),
        )
    return people
