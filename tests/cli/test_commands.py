"""The command line, as a shop owner's script would use it: commands, JSON, files and errors."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from omniprint.cli.main import main
from omniprint.domain import codes as codelib


class Cli:
    def __init__(self, workspace: Path, capsys) -> None:
        self.workspace = workspace
        self.capsys = capsys

    def __call__(self, *args: str, ok: bool = True) -> str:
        code = main(["--workspace", str(self.workspace), *args])
        out, err = self.capsys.readouterr()
        assert (code == 0) == ok, f"exit {code}: {out}{err}"
        return out if ok else err

    def json(self, *args: str):
        return json.loads(self("--json", *args))

    def exit(self, *args: str) -> tuple[int, str]:
        """The exit code and stdout of a command whose answer may be "no"."""
        code = main(["--workspace", str(self.workspace), *args])
        return code, self.capsys.readouterr().out


@pytest.fixture
def cli(ws_path: Path, capsys) -> Cli:
    """A workspace made with `init` first: other commands refuse a `--workspace` not there."""
    assert main(["--workspace", str(ws_path), "init"]) == 0
    capsys.readouterr()
    return Cli(ws_path, capsys)


@pytest.fixture
def planned(cli: Cli) -> Cli:
    """A two-variant leaflet drop over three zones and a control zone."""
    cli(
        "campaign",
        "create",
        "Primavera 2027",
        "--landing-url",
        "https://hornosol.es/oferta?x=1#a",
        "--start",
        "2027-03-01",
        "--end",
        "2027-04-30",
        "--budget",
        "1200",
    )
    cli(
        "piece",
        "add",
        "primavera-2027",
        "--kind",
        "leaflet",
        "--variant",
        "A",
        "--unit-cost",
        "0.04",
    )
    cli(
        "piece",
        "add",
        "Primavera 2027",
        "--kind",
        "leaflet",
        "--variant",
        "B",
        "--unit-cost",
        "0.04",
    )
    for code, name, hh in (
        ("46001", "Ciutat Vella", "120"),
        ("46002", "Eixample", "80"),
        ("46004", "=cmd|' /C calc'!A0", "50"),
    ):
        cli(
            "zone",
            "add",
            "primavera-2027",
            "--code",
            code,
            "--name",
            name,
            "--households",
            hh,
            "--cpm",
            "40",
        )
    cli(
        "zone",
        "add",
        "primavera-2027",
        "--code",
        "46005",
        "--name",
        "Russafa",
        "--households",
        "90",
        "--control",
    )
    cli("drop", "add", "primavera-2027", "--piece", "leaflet", "--variant", "A", "--zone", "46001")
    cli("drop", "add", "primavera-2027", "--piece", "leaflet", "--variant", "A", "--zone", "46004")
    cli("drop", "add", "primavera-2027", "--piece", "leaflet", "--variant", "B", "--zone", "46002")
    return cli


def test_plan_show_json(planned: Cli) -> None:
    data = planned.json("plan", "show", "primavera-2027")
    assert data["totals"] == {
        "pieces": 250,
        "print_cost": "10.00",
        "distribution_cost": "10.00",
        "total": "20.00",
        "budget": "1200.00",
        "remaining": "1180.00",
        "over_budget": False,
        "currency": "EUR",
    }
    assert [d["zone"] for d in data["drops"]] == ["46001", "46004", "46002"]
    assert [z["control"] for z in data["zones"]] == [False, False, False, True]


def test_codes_generate_export_and_check(planned: Cli, tmp_path: Path) -> None:
    result = planned.json("codes", "generate", "primavera-2027", "--prefix", "SPR")
    assert result == {"campaign": "primavera-2027", "created": 250, "drops": 3, "skipped_drops": 0}
    again = planned.json("codes", "generate", "primavera-2027")
    assert again["created"] == 0 and again["skipped_drops"] == 3
    out = tmp_path / "codes.csv"
    planned("codes", "export", "primavera-2027", "--out", str(out))
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 250
    assert list(rows[0])[:7] == ["code", "url", "campaign", "piece", "variant", "zone", "serial"]
    a_rows = [r for r in rows if r["variant"] == "A"]
    assert [int(r["serial"]) for r in a_rows] == list(range(1, 171))  # 46001 then 46004
    assert [int(r["serial"]) for r in rows if r["variant"] == "B"] == list(range(1, 81))
    assert len({r["code"] for r in rows}) == 250
    first = rows[0]
    assert first["code"].startswith("SPR-") and codelib.is_valid(first["code"])
    key = codelib.normalize(first["code"])
    assert first["url"] == (
        "https://hornosol.es/oferta?x=1&utm_source=leaflet&utm_medium=print"
        f"&utm_campaign=primavera-2027&utm_content=46001-a&code={key}#a"
    )
    # A zone name that a spreadsheet would run as a formula is written as text.
    raw = out.read_text(encoding="utf-8-sig")
    assert "=cmd" not in raw.replace("'=cmd", "")
    # check: valid, typo corrected, nonsense
    found = planned.json("codes", "check", first["code"].lower().replace("-", " "))
    assert found["status"] == "valid" and found["zone"] == "46001" and found["serial"] == 1
    typo = key[:5] + ("0" if key[5] != "0" else "1") + key[6:]
    # Only a valid issued code exits 0, so a script can test what a customer typed.
    code, out_json = planned.exit("--json", "codes", "check", typo)
    fixed = json.loads(out_json)
    assert code == 1
    assert fixed["status"] == "corrected" and fixed["code"] == first["code"]
    code, text = planned.exit("codes", "check", typo)
    assert code == 1 and f"did you mean {first['code']}?" in text
    code, text = planned.exit("codes", "check", "NOPE-1234")
    assert code == 1 and "not a valid code" in text
    assert json.loads(planned.exit("--json", "codes", "check", "NOPE-1234")[1])["status"] == (
        "invalid"
    )


def test_codes_per_drop_and_links(planned: Cli, tmp_path: Path) -> None:
    planned("campaign", "set", "primavera-2027", "--redirect-base", "https://hornosol.es/r")
    planned("codes", "generate", "primavera-2027", "--per", "drop")
    out = tmp_path / "codes.csv"
    planned("codes", "export", "primavera-2027", "--out", str(out))
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["zone"], r["copies"]) for r in rows] == [
        ("46001", "120"),
        ("46004", "50"),
        ("46002", "80"),
    ]
    assert "code=" not in rows[0]["url"]
    assert rows[0]["qr"] == "https://hornosol.es/r/" + codelib.normalize(rows[0]["code"])
    netlify = tmp_path / "_redirects"
    planned("links", "export", "primavera-2027", "--format", "netlify", "--out", str(netlify))
    lines = [ln for ln in netlify.read_text().splitlines() if ln and not ln.startswith("#")]
    assert len(lines) == 3
    assert lines[0].split()[0] == "/r/" + codelib.normalize(rows[0]["code"])
    assert lines[0].split()[1] == rows[0]["url"]


def test_links_need_a_redirect_base(planned: Cli, tmp_path: Path) -> None:
    planned("codes", "generate", "primavera-2027")
    err = planned(
        "links",
        "export",
        "primavera-2027",
        "--format",
        "nginx",
        "--out",
        str(tmp_path / "x.conf"),
        ok=False,
    )
    assert "has no redirect base" in err
    assert not (tmp_path / "x.conf").exists()


def test_errors_are_clear_and_change_nothing(cli: Cli, ws_path: Path) -> None:
    err = cli("campaign", "create", "X", "--landing-url", "javascript:alert(1)", ok=False)
    assert err.startswith("omniprint: error: landing URL must start with http:// or https://")
    err = cli("plan", "show", "nope", ok=False)
    assert err == "omniprint: error: no campaign called 'nope' (there are no campaigns yet)\n"
    err = cli("piece", "add", "nope", "--kind", "leaflet", ok=False)
    assert "no campaign called 'nope'" in err
    assert cli.json("campaign", "list") == []


def test_zone_import_from_spanish_csv(planned: Cli, tmp_path: Path) -> None:
    path = tmp_path / "zonas.csv"
    path.write_bytes(
        "sep=;\r\n"
        "Código postal;Barrio;Hogares;Cobertura;Precio por mil (€);Fecha de reparto;Control\r\n"
        "46010;Algirós;3.250;90;42,50 €;05/03/2027;no\r\n"
        "46020;Benimaclet;1.980;100;42,50 €;12/03/2027;sí\r\n".encode("cp1252")
    )
    result = planned.json("zone", "import", "primavera-2027", str(path))
    assert result["imported"] == 2 and result["encoding"] == "cp1252" and result["delimiter"] == ";"
    zones = {z["code"]: z for z in planned.json("zone", "list", "primavera-2027")}
    assert zones["46010"] == {
        "code": "46010",
        "name": "Algirós",
        "households": 3250,
        "coverage": 90.0,
        "cpm": "42.50",
        "currency": "EUR",
        "drop_date": "2027-03-05",
        "control": False,
    }
    assert zones["46020"]["control"] is True and zones["46020"]["drop_date"] == "2027-03-12"


def test_zone_import_bad_rows_import_nothing(planned: Cli, tmp_path: Path) -> None:
    path = tmp_path / "zones.csv"
    path.write_text(
        "code,name,households,coverage\n"
        "90001,North,1200,80\n"
        "90002,South,lots,80\n"
        "\n"
        "90003,East,900,120\n"
        "90001,North again,100,50\n",
        encoding="utf-8",
    )
    err = planned("zone", "import", "primavera-2027", str(path), ok=False)
    assert err.splitlines() == [
        f"omniprint: error: {path}: 3 rows cannot be imported, so nothing was imported:",
        "  line 3, column households: 'lots' is not a whole number",
        "  line 5, column coverage: coverage 120% is not between 0 and 100",
        "  line 6, column code: zone 90001 is also on line 2",
    ]
    codes = [z["code"] for z in planned.json("zone", "list", "primavera-2027")]
    assert codes == ["46001", "46002", "46004", "46005"]


def test_zone_import_unreadable_file(planned: Cli, tmp_path: Path) -> None:
    path = tmp_path / "zones.csv"
    path.write_text("barrio,precio\nNorte,3\n", encoding="utf-8")
    err = planned("zone", "import", "primavera-2027", str(path), ok=False)
    assert err == (
        f"omniprint: error: {path}, line 1: no column for code (código, postcode, CP)"
        " and households"
        " (hogares, viviendas, buzones); the header has: barrio, precio\n"
    )
    missing = tmp_path / "nope.csv"
    err = planned("zone", "import", "primavera-2027", str(missing), ok=False)
    assert err == f"omniprint: error: {missing}: no such file\n"


def test_the_installed_command_runs(tmp_path: Path) -> None:
    """The console script and `python -m omniprint` both reach the CLI."""
    ws = tmp_path / "x.omniprint"
    done = subprocess.run(
        [sys.executable, "-m", "omniprint", "--workspace", str(ws), "--json", "init"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(done.stdout)["schema_version"] >= 1
