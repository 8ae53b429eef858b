"""Commands for connected business cards: the people a card is printed for, the brand's fonts."""

from __future__ import annotations

import argparse
from pathlib import Path

from omniprint.cli.output import Output, table
from omniprint.domain import formatting as fmt
from omniprint.domain.i18n import ntr, tr, tr_noop
from omniprint.services import fonts, people
from omniprint.services.workspace import Workspace


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    group = commands.add_parser("people", help=tr("the people a card is printed for"))
    sub = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    cmd = sub.add_parser(
        "import",
        parents=[common],
        help=tr("read name, title, mobile, e-mail from a CSV: one card per person"),
    )
    cmd.add_argument("campaign")
    cmd.add_argument("piece")
    cmd.add_argument("file", type=Path, metavar="FILE.csv")
    cmd.set_defaults(handler=_people_import)
    cmd = sub.add_parser("list", parents=[common], help=tr("a piece's people"))
    cmd.add_argument("campaign")
    cmd.add_argument("piece")
    cmd.set_defaults(handler=_people_list)
    cmd = sub.add_parser(
        "clear", parents=[common], help=tr("forget a piece's people (print the business contact)")
    )
    cmd.add_argument("campaign")
    cmd.add_argument("piece")
    cmd.set_defaults(handler=_people_clear)

    group = commands.add_parser("font", help=tr("the brand's own fonts"))
    sub = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    cmd = sub.add_parser(
        "add", parents=[common], help=tr("store a .ttf font in the workspace for every design")
    )
    cmd.add_argument("file", type=Path, metavar="FILE.ttf")
    cmd.set_defaults(handler=_font_add)
    sub.add_parser("list", parents=[common], help=tr("the brand fonts")).set_defaults(
        handler=_font_list
    )
    cmd = sub.add_parser("remove", parents=[common], help=tr("remove a family (or one face by id)"))
    cmd.add_argument("font", metavar="FAMILY|ID")
    cmd.set_defaults(handler=_font_remove)


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
