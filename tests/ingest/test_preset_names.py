"""Every layout `omniprint import --preset` takes is named where a user looks for it: the
command's help and the README's table of presets (ad reports and access logs included)."""

from __future__ import annotations

import re

import pytest

from omniprint.cli.main import main
from omniprint.ingest.presets import PRESETS
from omniprint.services.channel_imports import PRESETS as CHANNEL_PRESETS
from support import ROOT

ALL_NAMES = [*PRESETS, *CHANNEL_PRESETS]
README = ROOT / "README.md"


def test_the_names_include_ad_reports_and_access_logs() -> None:
    assert {"google-ads", "meta-ads", "access-log"} <= set(CHANNEL_PRESETS)


def test_import_help_names_every_preset(capsys, monkeypatch) -> None:
    monkeypatch.setenv("COLUMNS", "400")  # argparse would break "square-items" at its hyphen
    with pytest.raises(SystemExit) as done:
        main(["--lang", "en", "import", "--help"])
    assert done.value.code == 0
    preset_help = next(
        line for line in capsys.readouterr().out.splitlines() if "force a layout:" in line
    )
    listed = re.split(r",\s*", preset_help.split("force a layout:", 1)[1].strip())
    assert sorted(listed) == sorted(ALL_NAMES)


def test_readme_preset_table_names_every_preset() -> None:
    text = README.read_text(encoding="utf-8")
    table = text[text.index("| preset | file |") :]
    table = table[: table.index("\n\n")]
    named = set(
        re.findall(r"`([a-z0-9-]+)`", " ".join(r.split("|")[1] for r in table.splitlines()))
    )
    assert named == set(ALL_NAMES)
