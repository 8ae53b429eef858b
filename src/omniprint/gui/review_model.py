"""The Review page's table: a million uses under review without a million objects.

The list is its response ids, sorted in SQL in the background (`review.review_ids`); the fields of
the rows the view shows are read on the window's connection in blocks, when it asks for them.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from omniprint.domain import formatting as fmt
from omniprint.domain.money import parse_cents
from omniprint.domain.tasks import NEVER_CANCELLED, CancelToken, ProgressFn, no_progress
from omniprint.gui.models import MUTED, RIGHT, Index, RowsModel
from omniprint.services import review
from omniprint.services.review import ReviewItem
from omniprint.services.workspace import Workspace

CATEGORY_ROLE = Qt.ItemDataRole.UserRole + 1
CATEGORIES = {
    "unmatched": QT_TRANSLATE_NOOP("ReviewPage", "No code matches"),
    "corrected": QT_TRANSLATE_NOOP("ReviewPage", "One typing error"),
    "duplicate": QT_TRANSLATE_NOOP("ReviewPage", "Used again"),
    "out_of_window": QT_TRANSLATE_NOOP("ReviewPage", "Outside the dates"),
    "manual": QT_TRANSLATE_NOOP("ReviewPage", "Assigned by hand"),
    "dismissed": QT_TRANSLATE_NOOP("ReviewPage", "Dismissed"),
}
DECISIONS = {
    "accept": QT_TRANSLATE_NOOP("ReviewPage", "accepted"),
    "assign": QT_TRANSLATE_NOOP("ReviewPage", "assigned"),
    "dismiss": QT_TRANSLATE_NOOP("ReviewPage", "dismissed"),
}
COLORS = {"unmatched": "#b3261e", "corrected": "#9a6700", "duplicate": "#5f6673"}
BLOCK_ROWS = 256
"""Rows read in one query when the view asks for one of them (a few milliseconds)."""
CACHED_BLOCKS = 64
ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ForegroundRole,
        CATEGORY_ROLE,
    }
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReviewPage", text)


def category(item: ReviewItem) -> str:
    """Which list an item is in: the matching rule says corrected or manual, else its status."""
    return item.rule if item.rule in ("corrected", "manual") else item.status


def load_review(
    ws: Workspace,
    campaign: str | None,
    only: str | None = None,
    sort: str = "when",
    descending: bool = False,
    ranking: Sequence[str] = (),
    counts: bool = True,
    *,
    progress: ProgressFn = no_progress,
    cancel: CancelToken = NEVER_CANCELLED,
) -> tuple[array, dict[str, int] | None]:
    """The response ids of one list (`only` a category, or all), sorted, and (if asked) the
    counts of what waits for a decision."""
    ids = review.review_ids(ws, campaign, only, sort, descending, ranking=ranking, cancel=cancel)
    return ids, review.review_counts(ws, campaign) if counts else None


class ReviewModel(RowsModel):
    """The uses under review: one row per response id of `review.review_ids` (in `rows`).

    A million rows cost a million ids: the fields of a row are read when the view asks for them,
    `BLOCK_ROWS` rows in one query on the window's connection (`review.review_items_by_id`), and
    the last `CACHED_BLOCKS` blocks read are kept. Sorting asks the page for a new list of ids
    (`sort_changed`), which SQL sorts in the background.
    """

    CONTEXT = "ReviewPage"
    CATEGORY, TYPED, CODE, WHEN, AMOUNT, STORE, SOURCE, DECISION = range(8)
    HEADERS = (
        QT_TRANSLATE_NOOP("ReviewPage", "What"),
        QT_TRANSLATE_NOOP("ReviewPage", "Code typed"),
        QT_TRANSLATE_NOOP("ReviewPage", "Issued code"),
        QT_TRANSLATE_NOOP("ReviewPage", "When"),
        QT_TRANSLATE_NOOP("ReviewPage", "Amount"),
        QT_TRANSLATE_NOOP("ReviewPage", "Store"),
        QT_TRANSLATE_NOOP("ReviewPage", "From"),
        QT_TRANSLATE_NOOP("ReviewPage", "Decision"),
    )
    SORTS = ("category", "typed", "code", "when", "amount", "store", "source", "decision")
    """The `review.SORTS` key of each column."""

    sort_changed = Signal()

    def __init__(self, ws: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.rows: array = array("q")
        self.sort_column, self.sort_order = self.WHEN, Qt.SortOrder.AscendingOrder
        self._blocks: OrderedDict[int, list[ReviewItem | None]] = OrderedDict()

    def set_rows(self, rows: Sequence[int]) -> None:
        """Show these response ids (an ``array('q')`` is kept as it is, not copied)."""
        self.beginResetModel()
        self.rows = rows if isinstance(rows, array) else array("q", rows)
        self._blocks.clear()
        self.endResetModel()

    def reread(self) -> None:
        """Forget the rows read: the view reads the ones it shows again (after a decision, while
        the new list is loading)."""
        self._blocks.clear()
        if self.rows:
            last = self.index(len(self.rows) - 1, len(self.HEADERS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def item_at(self, row: int) -> ReviewItem | None:
        """The item shown in `row` (None past the end, or if it left the review meanwhile)."""
        if not 0 <= row < len(self.rows):
            return None
        number, offset = divmod(row, BLOCK_ROWS)
        block = self._blocks.get(number)
        if block is None:
            block = self._read_block(number)
        else:
            self._blocks.move_to_end(number)
        return block[offset]

    def _read_block(self, number: int) -> list[ReviewItem | None]:
        ids = self.rows[number * BLOCK_ROWS : (number + 1) * BLOCK_ROWS]
        found = {i.response_id: i for i in review.review_items_by_id(self.ws, ids)}
        block = [found.get(i) for i in ids]
        self._blocks[number] = block
        if len(self._blocks) > CACHED_BLOCKS:
            self._blocks.popitem(last=False)
        return block

    def all_items(self) -> list[ReviewItem]:
        """Every row's item, in order: this reads them all, so only for short lists."""
        items = (self.item_at(row) for row in range(len(self.rows)))
        return [item for item in items if item is not None]

    def row_of(self, response_id: int) -> int:
        """The row showing this response, or -1."""
        try:
            return self.rows.index(response_id)
        except ValueError:
            return -1

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """A header was clicked: remember the order and ask for the ids in it."""
        if not 0 <= column < len(self.SORTS):
            column, order = self.WHEN, Qt.SortOrder.AscendingOrder
        if (column, order) != (self.sort_column, self.sort_order):
            self.sort_column, self.sort_order = column, order
            self.sort_changed.emit()

    def sorting(self) -> tuple[str, bool, tuple[str, ...]]:
        """`review.review_ids`'s sort, descending and ranking for the chosen column and order.
        Categories and decisions sort by their name in the language shown."""
        key = self.SORTS[self.sort_column]
        names = {"category": CATEGORIES, "decision": DECISIONS}.get(key, {})
        ranking = tuple(sorted(names, key=lambda k: _tr(names[k]).casefold()))
        return key, self.sort_order == Qt.SortOrder.DescendingOrder, ranking

    def _text(self, item: ReviewItem, col: int) -> str:
        if col == self.CATEGORY:
            return _tr(CATEGORIES.get(category(item), category(item)))
        if col == self.AMOUNT:
            if not item.amount:
                return ""
            return fmt.money(parse_cents(item.amount), item.currency or "").strip()
        if col == self.WHEN:
            return fmt.date_short(item.occurred_at)
        if col == self.SOURCE:
            return self.tr("{file}, line {line}").format(file=item.file_name, line=item.line)
        if col == self.DECISION:
            return _tr(DECISIONS.get(item.decision, item.decision)) if item.decision else ""
        return (None, item.typed, item.code or "", None, None, item.store or "")[col] or ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The view asks for a dozen roles per cell it draws: the others are answered first.
        if role not in ROLES or not index.isValid():
            return None
        item, col = self.item_at(index.row()), index.column()
        if item is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, col)
        if role == CATEGORY_ROLE:
            return category(item)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.CODE and item.suggestion:
            return _tr("Suggested: the only issued code one typing error away")
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.AMOUNT:
            return int(RIGHT)
        if role == Qt.ItemDataRole.ForegroundRole:
            if item.decision or item.status == "dismissed":
                return QBrush(MUTED)
            if col == self.CATEGORY and category(item) in COLORS:
                return QBrush(QColor(COLORS[category(item)]))
        return None
