"""Use cases of per-person cards: the people a piece is printed for, and their print records.

A piece with people prints one card design merged per person: the print run (its codes, in serial
order) is shared out in consecutive blocks, so after cut-and-stack each person's cards are one
stack, each card still with its own code. A proof shows one card per person.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from omniprint.ingest.people import parse_people_file
from omniprint.services.business import get_business, person_fields
from omniprint.services.imports import read_file
from omniprint.services.plan import find_campaign, find_piece
from omniprint.storage import people as store
from omniprint.storage.workspace import Workspace


def import_people(ws: Workspace, campaign: str, piece: str, path: str | Path) -> list[dict]:
    """Read a CSV of people (name, title, mobile, e-mail) and make it the piece's list."""
    the_piece = find_piece(ws, find_campaign(ws, campaign), piece)
    people = parse_people_file(read_file(path), file=str(path))
    store.replace_people(ws, the_piece.id, people)
    return people


def preview_people(path: str | Path) -> list[dict]:
    """The people a CSV would give, read and checked but not stored (`RowErrors` lists every
    refused row with its line and column)."""
    return parse_people_file(read_file(path), file=str(path))


def list_people(ws: Workspace, campaign: str, piece: str) -> list[dict[str, str]]:
    """The piece's people, in order (empty when it prints the business's own contact)."""
    return store.list_people(ws, find_piece(ws, find_campaign(ws, campaign), piece).id)


def clear_people(ws: Workspace, campaign: str, piece: str) -> int:
    """Forget the piece's people: it prints the business's contact again."""
    return store.clear_people(ws, find_piece(ws, find_campaign(ws, campaign), piece).id)


class PeopleRecords(Sequence[Mapping[str, str]]):
    """The records of a print run with the ``person.*`` fields of whose card each one is.

    Record i of n goes to person ``i * people // n``: consecutive blocks, as even as they can be.
    """

    def __init__(
        self, records: Sequence[Mapping[str, str]], people: list[dict[str, str]], business: dict
    ) -> None:
        self._records = records
        self._fields = [person_fields(business, p) for p in people]

    def __len__(self) -> int:
        return len(self._records)

    def person_of(self, index: int) -> int:
        """Which person (0-based) record ``index`` is printed for."""
        return index * len(self._fields) // len(self._records)

    def __getitem__(self, index):  # type: ignore[override]
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        return {**self._records[index], **self._fields[self.person_of(index)]}


def with_people(
    ws: Workspace, piece_id: int, records: Sequence[Mapping[str, str]], *, sample: bool
) -> Sequence[Mapping[str, str]]:
    """The run's records merged with the piece's people (unchanged when it has none).

    A sample record (a proof before codes exist) is repeated once per person, so the proof shows
    every person's card."""
    people = store.list_people(ws, piece_id)
    if not people:
        return records
    if sample and records:
        records = [records[0]] * len(people)
    return PeopleRecords(records, people, get_business(ws))
