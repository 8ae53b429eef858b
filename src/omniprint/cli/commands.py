"""How every command is added to the parser: a group of actions (``omniprint codes generate``),
or one action with the common options, its plain arguments and the function that handles it."""

from __future__ import annotations

import argparse

Commands = argparse._SubParsersAction
"""Where commands (or a group's actions) are added: what `add_subparsers` returns."""


def group(commands: Commands, name: str, help: str) -> Commands:
    """A command made of actions (``omniprint zone add``, ``zone list``): where they go."""
    parser = commands.add_parser(name, help=help)
    return parser.add_subparsers(dest="action", metavar="ACTION", required=True)


def action(
    commands: Commands,
    common: argparse.ArgumentParser,
    name: str,
    help: str,
    handler: object,
    *arguments: str,
) -> argparse.ArgumentParser:
    """A command (or a group's action) with the common options and plain positional
    `arguments` (``campaign``), run by `handler`; its own options are added to what it returns."""
    parser = commands.add_parser(name, parents=[common], help=help)
    for argument in arguments:
        parser.add_argument(argument)
    parser.set_defaults(handler=handler)
    return parser
