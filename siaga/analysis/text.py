"""Folding text for matching, with a map back to the original characters."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“(])|\n{1,}")


@dataclass(frozen=True)
class Folded:
    """Lower-case ASCII letters and digits separated by single spaces, padded with one
    space each side; `origin[i]` is the index in the original text of folded char i."""

    text: str
    origin: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original [start, end) for folded [start, end)."""
        return self.origin[start], self.origin[end - 1] + 1


def fold(text: str) -> Folded:
    chars: list[str] = [" "]
    origin: list[int] = [0]
    for index, char in enumerate(text):
        base = unicodedata.normalize("NFKD", char)[:1].lower()
        if base.isascii() and base.isalnum():
            chars.append(base)
            origin.append(index)
        elif chars[-1] != " ":
            chars.append(" ")
            origin.append(index)
    if chars[-1] != " ":
        chars.append(" ")
        origin.append(len(text))
    return Folded("".join(chars), tuple(origin))


def fold_plain(text: str) -> str:
    return fold(text).text.strip()


def sentences(text: str) -> list[str]:
    parts = [p.strip() for p in _SENTENCE_END.split(text)]
    return [p for p in parts if p]
