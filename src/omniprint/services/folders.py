"""Where OmniPrint keeps its files on this computer: the user's folders for the app
(platformdirs), each of which an environment variable can move (for tests and support)."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

APP_NAME = "OmniPrint"


def user_path(variable: str, folder: Callable[..., str], *parts: str) -> Path:
    """The path in environment `variable` if set, else `parts` inside OmniPrint's own folder
    of the kind `folder` gives (``platformdirs.user_config_dir``, ``user_log_dir``...)."""
    override = os.environ.get(variable)
    if override:
        return Path(override).expanduser()
    return Path(folder(APP_NAME, appauthor=False)).joinpath(*parts)
