"""What a render wrote, and which record sits where (for the self-check after export)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from omniprint.render.impose import SheetLayout, record_at
from omniprint.render.preflight import PreflightIssue


@dataclass
class RenderResult:
    """What was written, and which record sits at each (page, position) for the self-check."""

    path: Path
    mode: str
    pages: int
    records: int
    sides: int
    per_sheet: int = 1
    sheets: int = 0
    bytes: int = 0
    issues: list[PreflightIssue] = field(default_factory=list)
    layout: SheetLayout | None = None
    code_sides: tuple[int, ...] = ()  # the sides that carry QR codes (0 front, 1 back)

    def page_side(self, page: int) -> int:
        """0 for a front page, 1 for a back page."""
        return page % self.sides

    def records_on_page(self, page: int) -> list[int | None]:
        """Record indexes by position on the page (None for a blank position)."""
        unit = page // self.sides
        if self.mode != "press":
            return [unit]
        positions = range(self.per_sheet)
        return [record_at(p, unit, self.sheets, self.records) for p in positions]
