"""Work run in child processes the tests start.

A spawned child imports its target by module name; test modules are imported by pytest without
a place on ``sys.path`` (``--import-mode=importlib``), so the target lives here, in ``support``.
"""

from __future__ import annotations

from omniprint.storage.workspace import Workspace


def write_settings(path: str, who: str, count: int) -> None:
    """In a process of its own: ``count`` transactions that each read the number of settings and
    write it as a new one, named after ``who``."""
    with Workspace.open(path) as ws:
        for i in range(count):
            with ws.transaction():
                # Read, then write: the pattern that fails without an up-front write lock.
                n = ws.one("SELECT count(*) FROM setting")[0]
                ws.conn.execute("INSERT INTO setting VALUES (?, ?)", (f"{who}.{i}", str(n)))
