"""The Qt binding itself: a release that leaks or drops references would crash the app in use.

PySide6 6.12.0 on Python 3.11 dropped a reference to None on every call of a void method, and the
interpreter aborted after a few thousand `setText` calls; pyproject.toml keeps it out. This test
fails if an installed binding does that again.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap


def test_void_calls_keep_none_alive() -> None:
    script = textwrap.dedent(
        """
        import sys
        from PySide6.QtWidgets import QApplication, QLabel
        app = QApplication([])
        label = QLabel()
        before = sys.getrefcount(None)
        for _ in range(20_000):
            label.setText("x")
            app.processEvents()
        print(sys.getrefcount(None) - before)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert abs(int(done.stdout.strip().splitlines()[-1])) < 100
