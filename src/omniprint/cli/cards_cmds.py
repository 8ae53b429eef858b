"""Commands for connected business cards: the people a card is printed for, the brand's fonts."""

from __future__ import annotations

import argparse
from pathlib import Path

from omniprint.cli.commands import Commands, action, group
from omniprint.cli.output import Output, table
from omniprint.domain import formatting as fmt
from omniprint.domain.i18n import ntr, tr, tr_noop
from omniprint.services import fonts, people
from omniprint.services.workspace import Workspace


def register(commands: Commands, common: argparse.ArgumentParser) -> None:
    sub = group(commands, "people", tr("the people a card is printed for"))
    cmd = action(
        sub,
        common,
        "import",
        tr("read name, title, mobile, e-mail from a CSV: one card per person"),
        _people_import,
        "campaign",
        "piece",
    )
    cmd.add_argument("file", type=Path, metavar="FILE.csv")
    action(sub, common, "list", tr("a piece's people"), _people_list, "campaign", "piece")
    clear = tr("forget a piece's people (print the business contact)")
    action(sub, common, "clear", clear, _people_clear, "campaign", "piece")

    sub = group(commands, "font", tr("the brand's own fonts"))
    cmd = action(
        sub, common, "add", tr("store a .ttf font in the workspace for every design"), _font_add
    )
    cmd.add_argument("file", type=Path, metavar="FILE.ttf")
    action(sub, common, "list", tr("the brand fonts"), _font_list)
    cmd = action(sub, common, "remove", tr("remove a family (or one face by id)"), _font_remove)
    cmd.add_argument("font", metavar="FAMILY|ID")


def _people_rows(found: list[dict[str, str]]) -> list[str]:
    return table(
        [tr_noop("name", "column"), tr_noop("title", "column"), tr_noop("mobile", "column"),
         tr_noop("e-mail", "column")],
        [[p["name"], p["title"], p["mobile"], p["email"]] for p in found],
    )  # fmt: skip


def _people_import(ws: Workspace, args: argparse.Namespace) -> Output:
    found = people.import_people(ws, args.campaign, args.piece, args.file)
    lines = [
        ntr(
            "Imported {n} person from {file}: one card design merged per person",
            "Imported {n} people from {file}: one card design merged per person",
            len(found),
        ).format(file=args.file),
        *_people_rows(found),
    ]
    return Output({"imported": len(found), "file": str(args.file), "people": found}, lines)


def _people_list(ws: Workspace, args: argparse.Namespace) -> Output:
    found = people.list_people(ws, args.campaign, args.piece)
    if not found:
        return Output([], [tr("No people: the card prints the business's contact.")])
    return Output(found, _people_rows(found))


def _people_clear(ws: Workspace, args: argparse.Namespace) -> Output:
    count = people.clear_people(ws, args.campaign, args.piece)
    return Output({"removed": count}, [ntr("Removed {n} person", "Removed {n} people", count)])


def _font_line(font: dict) -> str:
    return f"{font['id']:>3}  {font['family']} {font['style']}  ({font['file_name']})"


def _font_add(ws: Workspace, args: argparse.Namespace) -> Output:
    font = fonts.add_font(ws, args.file)
    return Output(
        font,
        [
            tr("Added the font {family} {style}: every text element can use it").format(
                family=font["family"], style=font["style"]
            )
        ],
    )


def _font_list(ws: Workspace, args: argparse.Namespace) -> Output:
    found = fonts.list_fonts(ws)
    if not found:
        return Output([], [tr("No brand fonts yet: add one with 'omniprint font add FILE.ttf'")])
    rows = [
        [f["id"], f["family"], f["style"], f["file_name"], fmt.number(f["size"])] for f in found
    ]
    return Output(
        found,
        table(
            [
                tr_noop("id", "column"),
                tr_noop("family", "column"),
                tr_noop("style", "column"),
                tr_noop("file", "column"),
                tr_noop("bytes", "column"),
            ],
            rows,
            right={0, 4},
        ),
    )


def _font_remove(ws: Workspace, args: argparse.Namespace) -> Output:
    removed = fonts.remove_font(ws, args.font)
    return Output(
        {"removed": removed},
        [tr("Removed the font {font}").format(font=_font_line(f).strip()) for f in removed],
    )
