"""Reading a table file the way an import will, for the import wizard's preview and checks.

The wizard shows and checks the same rows and column keys as `services.imports` reads; it reaches
the reader through this module, never `ingest` directly (tests/house/test_layers.py).
`ImportRecord` is what `services.imports.list_imports` returns, named here for the faces' type
hints.
"""

from __future__ import annotations

from omniprint.ingest.table import header_key, iter_table
from omniprint.storage.responses import ImportRecord

__all__ = ["ImportRecord", "header_key", "iter_table"]
