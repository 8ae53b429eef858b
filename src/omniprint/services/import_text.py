"""The text of a file being imported, compressed on another thread while its rows are read, and
written to the workspace a few pieces at a time (memory stays flat whatever the file's size)."""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

from omniprint.ingest.table import detect_encoding, text_chunks
from omniprint.storage import responses as store
from omniprint.storage.workspace import Workspace

_AHEAD = 32  # compressed pieces (of about 256 KB of text) the packer may hold before they are kept


class TextPacker:
    """Compresses the file's text on another thread while its rows are read (about a second less
    for a million rows on two cores); stopped and waited for if the import fails.

    With ``own_text`` the text is the file's own (``end``: the line end to add when its last line
    has none, as a rewrite of its rows would); without it, the text is the one the reader hands
    to :meth:`put` as it reads, with the personal columns blanked. The compressed pieces are
    written by the importing thread (which owns the connection) with :meth:`keep` as it goes and
    :meth:`finish` at the end; the packer waits while too many are waiting."""

    def __init__(self, data: bytes, file: str, own_text: bool = True, end: str = "") -> None:
        self.data, self.file, self.own_text, self.end = data, file, own_text, end
        self.stop = threading.Event()
        self.pool = ThreadPoolExecutor(1, thread_name_prefix="omniprint-text")
        self.pieces: queue.SimpleQueue[tuple[int, int, str] | None] = queue.SimpleQueue()
        self.packed: queue.Queue[tuple[int, int, bytes] | None] = queue.Queue(_AHEAD)

    def __enter__(self) -> TextPacker:
        if self.own_text:
            _, codec = detect_encoding(self.data, file=self.file)
            chunks = _ended(text_chunks(self.data, codec), self.end)
        else:
            chunks = iter(self.pieces.get, None)
        self.future = self.pool.submit(self._pack, chunks)
        return self

    def _pack(self, chunks: Iterator[tuple[int, int, str]]) -> None:
        try:
            for first, count, text in chunks:
                if not self._hand_on(store.pack_piece(first, count, text)):
                    return
        finally:
            self._hand_on(None)

    def _hand_on(self, item: tuple[int, int, bytes] | None) -> bool:
        while not self.stop.is_set():
            try:
                self.packed.put(item, timeout=0.05)
                return True
            except queue.Full:
                continue
        return False

    def put(self, first: int, lines: int, text: str) -> None:
        """A piece of the redacted text (unused when the file's own text is kept)."""
        if not self.own_text:
            self.pieces.put((first, lines, text))

    def keep(self, ws: Workspace, import_id: int) -> None:
        """Write the pieces compressed so far (call now and then while importing)."""
        ready = []
        while True:
            try:
                item = self.packed.get_nowait()
            except queue.Empty:
                break
            if item is None:
                self.packed.put(None)  # the end: still there for `finish`
                break
            ready.append(item)
        store.insert_text(ws, import_id, ready)

    def finish(self, ws: Workspace, import_id: int) -> None:
        """Write the rest of the text, once the reader is done."""
        self.pieces.put(None)
        while (item := self.packed.get()) is not None:
            store.insert_text(ws, import_id, [item])
        self.future.result()  # an error of the packer's is the import's

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.pieces.put(None)
        self.pool.shutdown(wait=True)


def _ended(chunks: Iterator[tuple[int, int, str]], end: str) -> Iterator[tuple[int, int, str]]:
    last = None
    for piece in chunks:
        if last is not None:
            yield last
        last = piece
    if last is not None:
        first, lines, text = last
        yield first, lines, text if not end or text.endswith(("\n", "\r")) else text + end
