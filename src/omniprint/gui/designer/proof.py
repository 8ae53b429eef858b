"""The Proof tab: the real PDF the renderer makes for a sample record, made on a worker thread."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStyle, QVBoxLayout, QWidget

from omniprint.domain.errors import OmniPrintError
from omniprint.gui.widgets import error_text
from omniprint.services.print_options import PrintOptions
from omniprint.services.printing import export_pdf
from omniprint.services.workspace import Workspace


class _Signals(QObject):
    done = Signal(int, str)  # run number, pdf path
    failed = Signal(int, str)  # run number, message


class ProofJob(QRunnable):
    """Export a proof PDF with its own workspace connection (SQLite connections stay in their
    thread); report back by signal, never touching a widget."""

    def __init__(self, ws_path: Path, target: tuple, out: Path, run: int, signals: _Signals):
        super().__init__()
        self.ws_path, self.target, self.out, self.run_number = ws_path, target, out, run
        self.signals = signals

    def run(self) -> None:
        campaign, piece, variant = self.target
        try:
            with Workspace.open(self.ws_path, create=False) as ws:
                export_pdf(
                    ws,
                    campaign,
                    piece,
                    self.out,
                    variant=variant,
                    options=PrintOptions(mode="proof", proof_count=1),
                )
        except OmniPrintError as exc:
            self.signals.failed.emit(self.run_number, error_text(exc))
            return
        except Exception as exc:  # shown to the user; the proof must never crash the designer
            self.signals.failed.emit(self.run_number, f"{type(exc).__name__}: {exc}")
            return
        self.signals.done.emit(self.run_number, str(self.out))


class ProofPane(QWidget):
    """A PDF view of the latest proof, with its state and a refresh button."""

    refresh_requested = Signal()
    finished = Signal(bool)  # a proof run ended (True: a page is shown)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._tmp = tempfile.TemporaryDirectory(prefix="omniprint-proof-")
        self._run = 0
        self._signals = _Signals(self)
        self._signals.done.connect(self._done)
        self._signals.failed.connect(self._failed)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("proofView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.SinglePage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.status = QLabel(self.tr("The proof is the real print file for a sample record."))
        self.status.setObjectName("proofStatus")
        # Wrapped: one long sentence must not set the window's smallest width.
        self.status.setWordWrap(True)
        refresh = QPushButton(
            self.style().standardIcon(QStyle.StandardPixmap.SP_BrowserReload),
            self.tr("Refresh proof"),
        )
        refresh.clicked.connect(self.refresh_requested)
        bar = QHBoxLayout()
        bar.setContentsMargins(8, 6, 8, 6)
        bar.addWidget(self.status, 1)
        bar.addWidget(refresh)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.busy = False

    def start(self, ws_path: Path, target: tuple) -> None:
        """Make a new proof (the design must be saved first)."""
        self._run += 1
        out = Path(self._tmp.name) / f"proof-{self._run}.pdf"
        self.busy = True
        self.status.setText(self.tr("Making the proof…"))
        self.pool.start(ProofJob(ws_path, target, out, self._run, self._signals))

    def _done(self, run: int, path: str) -> None:
        if run != self._run:
            return  # an older proof finished after a newer one was asked for
        self.busy = False
        self.document.load(path)
        self.status.setText(
            self.tr(
                "Proof with a sample record: %d page(s). Guides: bleed grey, trim green,"
                " safe area cyan."
            )
            % self.document.pageCount()
        )
        self.finished.emit(True)

    def _failed(self, run: int, message: str) -> None:
        if run != self._run:
            return
        self.busy = False
        self.status.setText(self.tr("No proof: %s") % message)
        self.finished.emit(False)

    def shutdown(self) -> None:
        """Wait for the worker (before the workspace or the window goes away)."""
        self.pool.waitForDone()
        self.document.close()
        self._tmp.cleanup()
