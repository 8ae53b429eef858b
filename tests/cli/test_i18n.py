"""The command line in Spanish: labels, messages, help, numbers and money in the user's locale,
while `--json` stays the same in every language."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from omniprint.cli.main import main, requested_language
from omniprint.domain.i18n import language, set_translations
from omniprint.services.i18n import catalogue_files


@pytest.fixture(autouse=True)
def english_after(monkeypatch):
    """Each test starts and ends in English, whatever the machine's language."""
    monkeypatch.delenv("OMNIPRINT_LANG", raising=False)
    monkeypatch.setenv("LC_ALL", "en_GB.UTF-8")
    set_translations("en")
    yield
    set_translations("en")


@pytest.fixture
def run(ws_path: Path, capsys):
    assert main(["--workspace", str(ws_path), "init"]) == 0
    capsys.readouterr()

    def run(*args: str, ok: bool = True) -> tuple[str, str]:
        code = main(["--workspace", str(ws_path), *args])
        out, err = capsys.readouterr()
        assert (code == 0) == ok, f"exit {code}: {out}{err}"
        return out, err

    return run


@pytest.fixture
def planned(run):
    run(
        "campaign",
        "create",
        "Otoño 2026",
        "--landing-url",
        "https://tostadores.es/cafe",
        "--start",
        "2026-11-22",
        "--budget",
        "1234.50",
    )
    run("piece", "add", "otono-2026", "--kind", "leaflet", "--unit-cost", "0.05")
    run("zone", "add", "otono-2026", "--code", "46001", "--name", "Centro", "--households", "12500")
    run("zone", "add", "otono-2026", "--code", "46002", "--name", "Sur", "--households", "90")
    run("zone", "add", "otono-2026", "--code", "46005", "--name", "Norte", "--households", "80",
        "--control")  # fmt: skip
    run("drop", "add", "otono-2026", "--piece", "leaflet", "--zone", "46001")
    return run


def test_plan_show_in_spanish(planned) -> None:
    out, _ = planned("--lang", "es", "plan", "show", "otono-2026")
    assert "  página de destino: https://tostadores.es/cafe" in out
    assert "fechas: del 22 nov 2026 al ?" in out
    assert re.search(r"Presupuesto:\s+1\.234,50 €  \(quedan 609,50 €\)", out, re.I), out
    assert re.search(r"Total:\s+625,00 €", out), out
    assert re.search(r"Piezas:\s+12\.500", out), out
    assert "Zonas de control (no reciben nada): 46005" in out
    assert "Zonas aún sin reparto: 46002" in out
    header = out.splitlines()[4]
    assert header.split() == ["pieza", "variante", "zona", "cantidad", "impresión", "distribución",
                              "total"]  # fmt: skip
    assert re.search(r"12\.500\s+625,00", out), out


def test_plan_show_in_english_reads_the_british_way(planned) -> None:
    """LC_ALL is en_GB here: English words, British dates, the euro's sign."""
    out, _ = planned("--lang", "en", "plan", "show", "otono-2026")
    assert "  dates: 22 Nov 2026 to ?" in out
    assert re.search(r"Budget:\s+€1,234\.50  \(€609\.50 left\)", out), out
    assert re.search(r"12,500\s+625\.00", out), out


def test_lang_after_the_command_and_zone_list(planned) -> None:
    out, _ = planned("zone", "list", "otono-2026", "--lang", "es")
    assert out.splitlines()[0].split() == ["código", "nombre", "hogares", "cobertura", "coste/mil",
                                           "fecha", "de", "reparto"]  # fmt: skip
    assert "12.500" in out and "100 %" in out and "control" in out
    _, err = planned("--lang", "es", "zone", "add", "otono-2026", "--code", "46009", "--name", "X",
                     "--households", "5", "--cpm", "-1", ok=False)  # fmt: skip
    assert "el coste por mil" in err  # the core's message, naming the value as the core does


def test_errors_in_spanish_name_filled_in(run) -> None:
    _, err = run("--lang", "es", "plan", "show", "nope", ok=False)
    assert err.startswith("omniprint: error: ")
    assert "'nope'" in err and "campaña" in err
    _, err = run("--lang", "es", "campaign", "create", "X", "--landing-url", "https://x.es",
                 "--budget", "-5", ok=False)  # fmt: skip
    assert "presupuesto" in err


def test_service_error_in_spanish(planned) -> None:
    _, err = planned("--lang", "es", "drop", "add", "otono-2026", "--piece", "leaflet",
                     "--zone", "46005", ok=False)  # fmt: skip
    assert err == (
        "omniprint: error: la zona 46005 es una zona de control: no recibe nada,"
        " para poder mostrar el incremento\n"
    )


def test_help_in_spanish(capsys) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--lang", "es", "--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("uso: omniprint")
    assert "Planifica, diseña, imprime y mide" in out
    assert "mostrar esta ayuda y salir" in out
    assert "crear y listar campañas" in out
    with pytest.raises(SystemExit):
        main(["plan", "show", "--help", "--lang=es"])
    out = capsys.readouterr().out
    assert "opciones:" in out and "idioma de los mensajes" in out
    with pytest.raises(SystemExit):
        main(["--lang", "es", "plan", "--help"])
    assert "piezas, zonas, repartos y totales" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["--lang", "en", "--help"])
    assert "show this help message and exit" in capsys.readouterr().out


def test_argparse_errors_in_spanish(capsys) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--lang", "es", "plan", "show"])
    assert done.value.code == 2
    assert "faltan estos argumentos obligatorios: campaign" in capsys.readouterr().err


def test_requested_language() -> None:
    assert requested_language(["--lang", "es", "plan"]) == "es"
    assert requested_language(["plan", "show", "x", "--lang=es"]) == "es"
    assert requested_language(["--lang", "fr"]) is None
    assert requested_language(["--", "--lang", "es"]) is None
    assert requested_language([]) is None


@pytest.mark.parametrize(
    "command",
    [
        ("plan", "show", "otono-2026"),
        ("zone", "list", "otono-2026"),
        ("piece", "list", "otono-2026"),
        ("campaign", "list"),
        ("report", "otono-2026"),
        ("reconcile", "otono-2026"),
        ("review", "list"),
    ],
)
def test_json_is_the_same_in_every_language(planned, command) -> None:
    english, _ = planned("--lang", "en", "--json", *command)
    spanish, _ = planned("--lang", "es", "--json", *command)
    assert spanish == english
    json.loads(spanish)


def test_report_caveats_in_spanish_text(planned) -> None:
    out, _ = planned("--lang", "es", "report", "otono-2026")
    assert "Solo hay 0 respuestas por ahora" in out
    header = out.splitlines()[2].split()
    assert header[:4] == ["zona", "pieza", "var.", "piezas"]
    assert "ingresos" in header
    json_out, _ = planned("--lang", "es", "--json", "report", "otono-2026")
    assert "Only 0 responses so far" in json.loads(json_out)["caveats"][0]


def test_omniprint_lang_environment(planned, monkeypatch) -> None:
    monkeypatch.setenv("OMNIPRINT_LANG", "es")
    out, _ = planned("plan", "show", "otono-2026")
    assert "página de destino" in out and "1.234,50 €" in out
    assert language() == "es"
    out, _ = planned("--lang", "en", "plan", "show", "otono-2026")
    assert "landing page" in out


def _placeholders(text: str) -> list[str]:
    braces = re.findall(r"\{[^{}]*\}", text)
    percents = re.findall(r"%\([a-z_]+\)[sdr]|%[sdr%]", text)
    return sorted(braces + percents)


@pytest.mark.parametrize("domain", ["services", "cli"])
def test_translations_keep_their_placeholders(domain) -> None:
    (path,) = [p for p in catalogue_files("es") if f"_{domain}_" in p.name]
    messages = list(ET.fromstring(path.read_text(encoding="utf-8")).iter("message"))
    assert messages, f"{path.name} is empty"
    for message in messages:
        source = message.findtext("source") or ""
        node = message.find("translation")
        assert node is not None and node.get("type") is None, f"untranslated: {source!r}"
        forms = [f.text or "" for f in node.iter("numerusform")] or [node.text or ""]
        for translation in forms:  # a counted message has one per plural form
            assert translation, f"untranslated: {source!r}"
            assert _placeholders(translation) == _placeholders(source), source
            assert source.startswith(" ") == translation.startswith(" "), source
            assert source.endswith(("\n", " ")) == translation.endswith(("\n", " ")), source
