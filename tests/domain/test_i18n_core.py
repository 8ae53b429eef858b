"""The core's messages in Spanish: real errors come out translated with their values filled, and
every translation of the core catalogue keeps the placeholders of its English source."""

from __future__ import annotations

import string
import xml.etree.ElementTree as ET
from importlib import resources

import pytest

from omniprint.domain import i18n
from omniprint.domain.codes import validate_prefix
from omniprint.domain.design import load_design
from omniprint.domain.errors import InputFileError, RowErrors, ValidationError
from omniprint.domain.metrics import VariantTest
from omniprint.domain.sizes import parse_size
from omniprint.ingest.table import read_table
from omniprint.render.pdf import PrintOptions, effective_design
from omniprint.render.preflight import preflight
from omniprint.services.i18n import load_catalogue
from support.render import FakeRecords, card_document


@pytest.fixture
def spanish():
    load_catalogue.cache_clear()  # another test may have cached the catalogue before a change
    i18n.set_translations("es", load_catalogue("es"))
    yield
    i18n.set_translations("en")


def _core_messages() -> list[tuple[str, str]]:
    path = resources.files("omniprint") / "assets" / "i18n" / "omniprint_core_es.ts"
    root = ET.fromstring(path.read_text(encoding="utf-8"))
    found = []
    for message in root.iter("message"):
        node = message.find("translation")
        source = message.findtext("source") or ""
        if message.get("numerus") == "yes":  # a counted message: every plural form
            found += [(source, form.text or "") for form in node.iter("numerusform")]
        else:
            found.append((source, (node.text or "") if node is not None else ""))
    return found


def _placeholders(text: str) -> list[tuple[str, str, str]]:
    return sorted(
        (name, conversion or "", spec or "")
        for _, name, spec, conversion in string.Formatter().parse(text)
        if name is not None
    )


def test_every_core_translation_keeps_its_placeholders() -> None:
    messages = _core_messages()
    assert len(messages) > 150
    for source, translation in messages:
        assert translation, f"no translation for {source!r}"
        assert _placeholders(translation) == _placeholders(source), source


def test_unknown_size_in_spanish(spanish) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_size("B7", kind="flyer")
    message = str(caught.value)
    assert message.startswith("tamaño desconocido 'B7': usa un tamaño estándar (")
    assert "o AnchoxAlto en mm, como 99x210" in message


def test_bad_code_prefix_in_spanish(spanish) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_prefix("A!")
    assert str(caught.value) == (
        "el prefijo de código 'A!' contiene '!': usa solo letras A-Z y dígitos 0-9"
    )
    with pytest.raises(ValidationError, match="contiene una U, que los códigos nunca usan"):
        validate_prefix("QU")


def test_empty_file_in_spanish(spanish) -> None:
    with pytest.raises(InputFileError) as caught:
        read_table(b"", file="zonas.csv")
    assert caught.value.reason == "el archivo está vacío"
    assert str(caught.value) == "zonas.csv: el archivo está vacío"


def test_where_and_row_errors_in_spanish(spanish) -> None:
    problem = InputFileError("zonas.csv", "x", line=3, column="households")
    assert str(problem) == "zonas.csv, línea 3, columna households: x"
    rows = RowErrors("zonas.csv", [problem, InputFileError("zonas.csv", "y")])
    assert str(rows).splitlines() == [
        "zonas.csv: 2 filas no se pueden importar, así que no se ha importado nada:",
        "  línea 3, columna households: x",
        "  archivo: y",
    ]


def test_preflight_in_spanish(spanish) -> None:
    document = card_document()
    zone = next(el for el in document["sides"][0]["elements"] if el["id"] == "zone")
    zone.update(size_pt=4)
    options = PrintOptions(mode="press")
    design = effective_design(load_design(document), options)
    issues = [str(issue) for issue in preflight(design, options, FakeRecords(1)[0])]
    assert any("zone: el texto de 4 pt es menor de 5 pt: difícil de imprimir" in i for i in issues)
    assert all(i.startswith(("aviso: ", "error: ")) for i in issues)


def test_verdict_in_spanish_with_numbers_in_spanish_form(spanish) -> None:
    test = VariantTest("Flyer", "A", "B", 1000, 40, 1000, 41)
    assert test.verdict.startswith(
        "Todavía no hay un ganador claro entre A y B: ni las respuestas (p = 0,"
    )


def test_english_stays_the_default() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_prefix("A!")
    assert str(caught.value) == (
        "code prefix 'A!' contains '!': use only letters A-Z and digits 0-9"
    )
