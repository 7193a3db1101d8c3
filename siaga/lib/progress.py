"""A dependency-free progress bar for long commands (stderr, redrawn in place)."""

from __future__ import annotations

import sys
import time
from typing import TextIO


class Progress:
    def __init__(self, label: str, total: int, *, stream: TextIO | None = None) -> None:
        self.label = label
        self.total = max(total, 1)
        self.done = 0
        self.stream = stream if stream is not None else sys.stderr
        self._last_draw = 0.0
        self._interactive = bool(getattr(self.stream, "isatty", lambda: False)())

    def advance(self, step: int = 1) -> None:
        self.done = min(self.done + step, self.total)
        now = time.monotonic()
        if self.done == self.total or now - self._last_draw > 0.1:
            self._last_draw = now
            self._draw()

    def _draw(self) -> None:
        share = self.done / self.total
        bar = "#" * int(share * 30)
        end = "\n" if self.done == self.total else ""
        if self._interactive:
            self.stream.write(f"\r{self.label:<14} [{bar:<30}] {share:6.1%} {self.done:>7}{end}")
        elif self.done == self.total:
            self.stream.write(f"{self.label:<14} [{bar:<30}] 100.0% {self.done:>7}\n")
        self.stream.flush()
