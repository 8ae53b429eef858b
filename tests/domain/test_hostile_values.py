"""Hostile values get a clear refusal: control and text-direction characters in names, URLs and
prefixes, and redirect tables that no value can add a line or a directive to."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from omniprint.cli.main import main
from omniprint.domain.errors import ValidationError
from omniprint.domain.links import redirect_table, slugify, validate_redirect_base, validate_url
from omniprint.domain.safe_text import check_plain

HOSTILE = ["\n", "\r", "\t", "\x00", "\x1b", "\x85", "\u202e", "\u2066", "\u2069", "\u2028"]


@pytest.mark.parametrize("char", HOSTILE)
def test_every_control_and_bidi_character_is_refused(char: str) -> None:
    for check in (
        lambda: check_plain(f"Spring{char}sale", what="Name"),
        lambda: slugify(f"Spring{char}sale"),
        lambda: validate_url(f"https://shop.es/of{char}fer"),
        lambda: validate_redirect_base(f"https://shop.es/r{char}/"),
    ):
        with pytest.raises(ValidationError, match=f"U\\+{ord(char):04X}"):
            check()


def test_plain_text_passes_unchanged() -> None:
    assert check_plain("Otoño 2026 — café & té", what="Name") == "Otoño 2026 — café & té"


# -- redirect tables: one line per link, whatever the values ---------------------------------------

_ROW = {
    "nginx": re.compile(r'    "/[^"\\\s]*" "[^"\\\s$]*";\n'),
    "apache": re.compile(r'RewriteRule \^/\?[^\s"]+\$ "[^"\s]*" \[R=302,L,NE\]\n'),
    "netlify": re.compile(r"/\S*  \S+  302\n"),
    "csv": re.compile(
        r'("[^"]*(""[^"]*)*"|[^,"\r\n]*),("[^"]*(""[^"]*)*"|[^,"\r\n]*),[^,"\r\n]*\r\n'
    ),
}
_FIXED = {
    "nginx": re.compile(
        r"#[^\n\r]*\n|map \$uri \$omniprint_redirect \{\n|    default \"\";\n|\}\n"
    ),
    "apache": re.compile(r"#[^\n\r]*\n|RewriteEngine On\n"),
    "netlify": re.compile(r"#[^\n\r]*\n"),
    "csv": re.compile(r"short_url,full_url,path\r\n"),
}
_INVISIBLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]"
)
_ANY = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=0, max_size=12)
_BASE_PART = st.one_of(_ANY, st.sampled_from(["r", "r\ninclude /tmp/x.conf;", "a b", "$x", '"']))


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(
    fmt=st.sampled_from(["nginx", "apache", "netlify", "csv"]),
    host=st.one_of(st.just("brand.es"), _ANY),
    base_path=_BASE_PART,
    keys=st.lists(_ANY, min_size=1, max_size=4),
    fulls=st.lists(_ANY, min_size=4, max_size=4),
)
@example(fmt="nginx", host="x.es", base_path="r\ninclude\t/tmp/x.conf;", keys=["K1"],
         fulls=["a"] * 4)  # fmt: skip
@example(fmt="apache", host="x.es", base_path="r", keys=["K1"], fulls=['"\nRewriteEngine Off'] * 4)
def test_no_value_adds_a_line_or_a_directive(
    fmt: str, host: str, base_path: str, keys: list[str], fulls: list[str]
) -> None:
    base = f"https://{host}/{base_path}/"
    pairs = zip(keys, fulls[: len(keys)], strict=True)
    rows = [(base + key, f"https://brand.es/o?{full}") for key, full in pairs]
    try:
        lines = list(redirect_table(rows, fmt, base=base))
    except ValidationError:
        return  # refused with a message: nothing written
    assert all(line.endswith("\n") and line.count("\n") == 1 for line in lines)
    text = "".join(lines)
    assert not _INVISIBLE.search(text)
    row_lines = [line for line in lines if not _FIXED[fmt].fullmatch(line)]
    assert len(row_lines) == len(rows), lines
    for line in row_lines:
        assert _ROW[fmt].fullmatch(line), line
    if fmt == "nginx":
        # Exactly one block, opened once and closed once: no directive can follow it.
        assert text.count("{\n") == 1 and lines[-1] == "}\n"


def test_a_newline_in_the_redirect_base_never_reaches_the_nginx_map() -> None:
    base = "https://x.es/r\ninclude\t/tmp/x.conf;/"
    with pytest.raises(ValidationError, match="redirect base"):
        list(redirect_table([(base + "K1", "https://x.es/")], "nginx", base=base))
    with pytest.raises(ValidationError, match="redirect base"):
        list(redirect_table([(base + "K1", "https://x.es/")], "nginx"))


# -- through the command line ----------------------------------------------------------------------


def run(ws: Path, capsys, *args: str) -> tuple[int, str, str]:
    if not ws.exists():  # a command other than init refuses a workspace that does not exist
        assert main(["--workspace", str(ws), "init"]) == 0
    code = main(["--workspace", str(ws), *args])
    out, err = capsys.readouterr()
    return code, out, err


CAMPAIGN = ["campaign", "create", "Spring", "--landing-url", "https://shop.es/",
            "--start", "2027-03-01", "--end", "2027-04-30"]  # fmt: skip


@pytest.mark.parametrize(
    ("args", "what"),
    [
        (["campaign", "create", "Spring\u202e2027", *CAMPAIGN[3:]], "campaign name"),
        ([*CAMPAIGN, "--redirect-base", "https://x.es/r\ninclude\t/x.conf;/"], "redirect base"),
        (
            [
                "campaign",
                "create",
                "Spring",
                "--landing-url",
                "https://shop.es/\x00x",
                *CAMPAIGN[5:],
            ],
            "landing URL",
        ),
    ],
)
def test_cli_refuses_hostile_values_with_a_message(
    ws_path: Path, capsys, args: list[str], what: str
) -> None:
    code, out, err = run(ws_path, capsys, *args)
    assert code != 0
    assert what in err and "U+" in err, err
    assert "Traceback" not in err
    code, out, _ = run(ws_path, capsys, "--json", "campaign", "list")
    assert code == 0 and json.loads(out) == []


def test_cli_refuses_hostile_piece_name_and_code_prefix(ws_path: Path, capsys) -> None:
    assert run(ws_path, capsys, *CAMPAIGN)[0] == 0
    code, _, err = run(ws_path, capsys, "piece", "add", "spring", "--kind", "leaflet",
                       "--name", "Flyer\nB")  # fmt: skip
    assert code != 0 and "piece name" in err and "U+000A" in err
    assert run(ws_path, capsys, "piece", "add", "spring", "--kind", "leaflet")[0] == 0
    zone = ["zone", "add", "spring", "--households", "100"]
    assert run(ws_path, capsys, *zone, "--code", "46001", "--name", "Centro")[0] == 0
    code, _, err = run(ws_path, capsys, *zone, "--code", "460\t02", "--name", "Ruzafa")
    assert code != 0 and "zone code" in err and "U+0009" in err
    code, _, err = run(ws_path, capsys, *zone, "--code", "46002", "--name", "Ru\u2066zafa")
    assert code != 0 and "zone name" in err and "U+2066" in err
    code, _, err = run(ws_path, capsys, "codes", "generate", "spring", "--prefix", "AB\x00")
    assert code != 0 and "code prefix" in err and "U+0000" in err


def test_services_refuse_hostile_updates_and_business_details(ws) -> None:
    from omniprint.services import business, plan

    plan.create_campaign(ws, "Spring", landing_url="https://shop.es/")
    with pytest.raises(ValidationError, match=r"redirect base.*U\+000D"):
        plan.update_campaign(ws, "spring", redirect_base="https://x.es/r\r/")
    with pytest.raises(ValidationError, match=r"campaign name.*U\+202A"):
        plan.update_campaign(ws, "spring", name="\u202aSpring")
    with pytest.raises(ValidationError, match=r"business phone.*U\+0000"):
        business.set_business(ws, phone="963\x00000")
    assert plan.find_campaign(ws, "spring").redirect_base is None
    assert business.get_business(ws)["phone"] == ""
