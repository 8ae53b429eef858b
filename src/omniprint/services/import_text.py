"""The text of a file being imported, compressed on another thread while its rows are read."""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

from omniprint.ingest.table import detect_encoding, text_chunks
from omniprint.storage import responses as store


class TextPacker:
    """Compresses the file's text on another thread while its rows are read (about a second less
    for a million rows on two cores); stopped and waited for if the import fails.

    With ``own_text`` the text is the file's own (``end``: the line end to add when its last line
    has none, as a rewrite of its rows would); without it, the text is the one the reader hands
    to :meth:`put` as it reads, with the personal columns blanked."""

    def __init__(self, data: bytes, file: str, own_text: bool = True, end: str = "") -> None:
        self.data, self.file, self.own_text, self.end = data, file, own_text, end
        self.stop = threading.Event()
        self.pool = ThreadPoolExecutor(1, thread_name_prefix="omniprint-text")
        self.pieces: queue.SimpleQueue[tuple[int, int, str] | None] = queue.SimpleQueue()

    def __enter__(self) -> TextPacker:
        if self.own_text:
            _, codec = detect_encoding(self.data, file=self.file)
            chunks = _ended(text_chunks(self.data, codec), self.end)
        else:
            chunks = iter(self.pieces.get, None)
        self.future = self.pool.submit(store.pack_text, chunks, self.stop)
        return self

    def put(self, first: int, lines: int, text: str) -> None:
        """A piece of the redacted text (unused when the file's own text is kept)."""
        if not self.own_text:
            self.pieces.put((first, lines, text))

    def result(self) -> store.PackedText:
        self.pieces.put(None)
        return self.future.result()

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
