"""Press and pieces pages drawn in worker processes and written in order by this one.

Encoding the QR codes and building each page's operators is most of an export's time, and each
page depends only on its records, so with ``jobs`` = N, N - 1 worker processes draw whole pages
(a task is a run of units worth about `TASK_RECORDS` records: a record's sides, or a press
sheet's) and send them back deflated, and this process draws a task itself whenever the next one
to write is not back yet. It writes every page in order to the streaming writer, which keeps
object numbers, the font subsets and the file itself. At most three tasks per worker are in
flight and 8 x N tasks waiting to be written, so memory stays flat however long the run.

The file is the same byte for byte as one drawn here alone. Font subsets are the only state that
drawing changes: a glyph's code in a subset is given the first time the document shows it. So this
process draws the first unit itself (which registers every font, colour and resource a page uses),
then hands the workers a frozen copy of the font codes given so far. A worker encodes text whose
glyphs all have codes already (ASCII always has); any other text comes back unencoded and this
process encodes it in page order, giving new codes exactly as a single process would.

Workers are started with 'spawn' (safe beside Qt's and the app's threads) and cost about a
quarter of a CPU second each to start (interpreter, imports, fonts), which is why runs under
`PARALLEL_MIN` records stay in one process. Cancel is checked before every unit is written and
every 50 ms while waiting for a worker; the pool is then shut down (tasks not started are
dropped, a running one takes a few tens of milliseconds) and the unfinished file removed.
"""

from __future__ import annotations

import io
import multiprocessing
import os
import signal
import sys
import zlib
from collections import deque
from collections.abc import Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from omniprint.domain.design import Design
from omniprint.domain.tasks import CancelToken, ProgressFn
from omniprint.render.content import Content
from omniprint.render.draw import PieceDrawer
from omniprint.render.fonts import FontBook, load_fonts
from omniprint.render.pages import PagePlan, PiecesPlan, PressPlan, report_unit
from omniprint.render.pdfwriter import PdfWriter

if TYPE_CHECKING:
    from omniprint.render.pdf import PrintOptions

PARALLEL_MIN = 500  # fewer records than this: starting processes costs more than it saves
TASK_RECORDS = 256  # records per task: big enough to hide the hand-over, small to cancel quickly
# A text a worker could not encode: (font, size, the text object's opening, the text).
Deferred = tuple[str, float, str, str]
Page = bytes | list[str | Deferred]  # deflated operators, or operators with texts to encode


def cpu_count() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def job_count(jobs: int, records: int) -> int:
    """How many processes draw pages: ``jobs`` (0: every core), or 1 for a small run."""
    if records < PARALLEL_MIN or getattr(sys, "frozen", False):
        # A frozen bundle would start itself again as each worker unless its entry point calls
        # multiprocessing.freeze_support(); until it does, bundles draw in one process.
        return 1
    return max(1, jobs or cpu_count())


@dataclass(frozen=True)
class FontState:
    """A font as the document uses it so far: the codes its glyphs were given in its subsets."""

    name: str
    data: bytes | None  # the TrueType file when it is not a bundled font (a brand's own)
    assignments: dict[int, int] | None  # None: a Type 1 font, or no text shown yet
    subsets: list[list[int]]
    next_code: int


@dataclass(frozen=True)
class WorkerSetup:
    """All a worker needs to draw any unit, sent once when it starts."""

    design: Design
    book: FontBook
    options: PrintOptions
    total: int
    fonts: list[FontState]
    level: int


def _snapshot(writer: PdfWriter) -> list[FontState]:
    bundled = load_fonts().truetype
    states = []
    for use in writer.fonts_in_use():
        state = use.font.state.get(writer) if use.truetype else None
        data = None if not use.truetype or use.name in bundled else use.font.face._ttf_data
        if state is None:
            states.append(FontState(use.name, data, None, [], 0))
        else:
            states.append(FontState(use.name, data, dict(state.assignments),
                                    [list(s) for s in state.subsets], state.nextCode))  # fmt: skip
    return states


def make_plan(writer: PdfWriter, drawer: PieceDrawer, options: PrintOptions,
              total: int) -> PagePlan:  # fmt: skip
    """The page plan of the options' mode (pieces or press)."""
    if options.mode == "press":
        return PressPlan(writer, drawer, options, total)
    return PiecesPlan(drawer, options, total)


class _DeferringContent(Content):
    """A worker's page: text whose glyphs have no code yet is left for the writing process."""

    def __init__(self, writer: PdfWriter, known: set[str]) -> None:
        super().__init__(writer)
        self.parts: list[str | Deferred] = self.ops  # type: ignore[assignment]
        self.known = known
        self.deferred = False

    def shown(self, font: str, size: float, start: str, text: str) -> None:
        if font in self.known:
            try:
                super().shown(font, size, start, text)
                return
            except pdfdoc.PDFError:  # a glyph without a code: its subsets are frozen here
                pass
        self.parts.append((font, size, start, text))
        self.deferred = True

    def take_page(self, level: int) -> Page:
        """The page so far: deflated, or (when text waits) its parts; starts empty again."""
        parts = list(self.parts)
        self.parts.clear()
        if self.deferred:
            self.deferred = False
            return parts
        return zlib.compress("".join(parts).encode("latin-1"), level)  # type: ignore[arg-type]


Drawer = tuple[PagePlan, _DeferringContent, int]
_worker: Drawer | None = None


def _start(setup: WorkerSetup) -> None:
    """A worker's start: Ctrl+C left to the writing process, which cancels and stops the pool."""
    global _worker
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker = _drawer(setup)


def _drawer(setup: WorkerSetup) -> Drawer:
    """Fonts registered, subsets frozen as the document has them, the plan built."""
    load_fonts()
    registered = set(pdfmetrics.getRegisteredFontNames())
    writer = PdfWriter(io.BytesIO(), invariant=setup.options.invariant, level=setup.level,
                       pdfx=setup.options.pdfx_version)  # fmt: skip
    for font in setup.fonts:
        if font.data is not None and font.name not in registered:
            pdfmetrics.registerFont(TTFont(font.name, io.BytesIO(font.data)))
        use = writer.font(font.name)  # in the document's order: the same resource names
        if use.truetype:
            state = TTFont.State(use.font._asciiReadable, use.font)
            if font.assignments is not None:
                state.assignments = dict(font.assignments)
                state.subsets = [list(s) for s in font.subsets]
                state.nextCode = font.next_code
            state.frozen = 1
            use.font.state[writer] = state
    drawer = PieceDrawer(setup.design, setup.book, writer, cmyk=setup.options.cmyk)
    plan = make_plan(writer, drawer, setup.options, setup.total)
    return plan, _DeferringContent(writer, {f.name for f in setup.fonts}), setup.level


def _draw(task: list[tuple[int, list[dict[str, str] | None]]],
          drawer: Drawer | None = None) -> list[list[Page]]:  # fmt: skip
    """A task: the pages of each unit, in order (by this worker, or by ``drawer``)."""
    plan, out, level = drawer or _worker  # type: ignore[misc]
    units: list[list[Page]] = []
    for unit, records in task:
        pages: list[Page] = []
        plan.draw(out, unit, records, lambda: pages.append(out.take_page(level)))  # noqa: B023
        units.append(pages)
    return units


def _records(records: Sequence[Mapping[str, str]], indexes: list[int | None]) -> list:
    return [None if i is None else dict(records[i]) for i in indexes]


def _page(writer: PdfWriter, page: Page) -> str | bytes:
    if isinstance(page, bytes):
        return page
    return "".join(part if isinstance(part, str) else
                   f"{part[2]}{writer.font(part[0]).show(part[3], part[1])}ET\n"
                   for part in page)  # fmt: skip


def write_units(writer: PdfWriter, plan: PagePlan, records: Sequence[Mapping[str, str]],
                options: PrintOptions, jobs: int, progress: ProgressFn,
                cancel: CancelToken) -> None:  # fmt: skip
    """Write every unit of ``plan`` in order; ``jobs - 1`` workers and this process draw them.

    Tasks go to the workers ahead of the writing; whenever the next task to write is not ready
    yet, this process draws one more itself instead of waiting, so it is never idle and a slow
    worker start costs nothing.
    """
    media, trim, bleed = plan.boxes
    out = Content(writer)

    def emit() -> None:
        writer.add_page(out.take(), media, trim=trim, bleed=bleed)

    report_unit(plan, 0, progress, cancel)
    first = plan.indexes(0)
    plan.draw(out, 0, _records(records, first), emit)
    book = plan.drawer
    setup = WorkerSetup(book.design, book.fonts, options, len(records), _snapshot(writer),
                        writer.level)  # fmt: skip
    tasks = _tasks(plan.units, max(1, TASK_RECORDS // len(first)), jobs)
    workers = jobs - 1
    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                               initializer=_start, initargs=(setup,))  # fmt: skip
    local = _drawer(setup)
    # In writing order: (units, a worker's future or the pages drawn here).
    queue: deque[tuple[range, Future | list[list[Page]]]] = deque()
    in_pool = 0

    def work(units: range) -> list:
        return [(u, _records(records, plan.indexes(u))) for u in units]

    try:
        while True:
            while in_pool < 3 * workers and len(queue) < 8 * jobs:
                units = next(tasks, None)
                if units is None:
                    break
                queue.append((units, pool.submit(_draw, work(units))))
                in_pool += 1
            if not queue:
                break
            units, drawn = queue[0]
            if isinstance(drawn, Future):
                if not drawn.done() and len(queue) < 8 * jobs:
                    extra = next(tasks, None)
                    if extra is not None:  # draw here rather than wait
                        queue.append((extra, _draw(work(extra), local)))
                        continue
                drawn = _result(drawn, cancel)
                in_pool -= 1
            queue.popleft()
            for unit, pages in zip(units, drawn, strict=True):
                report_unit(plan, unit, progress, cancel)
                for page in pages:
                    writer.add_page(_page(writer, page), media, trim=trim, bleed=bleed)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _tasks(units: int, step: int, jobs: int) -> Iterator[range]:
    """Units 1 to ``units - 1`` in runs of ``step``, shorter towards the end, so the processes
    finish together instead of one waiting for another's last long task."""
    start = 1
    while start < units:
        size = max(1, min(step, (units - start) // (4 * jobs)))
        yield range(start, min(start + size, units))
        start += size


def _result(future: Future, cancel: CancelToken) -> Any:
    """The task's result, checking for a cancel while it is drawn."""
    while True:
        try:
            return future.result(timeout=0.05)
        except TimeoutError:
            cancel.check()
