"""WhatsApp "export chat" text files, as phones in Indonesia write them (pure).

    31/12/23 21.41 - Pak Made: Info warga ada ribut di banjar       (Android, Indonesian)
    12/31/23, 9:41 PM - Pak Made: Info warga ada ribut di banjar    (Android, English)
    [31/12/23 21.41.05] Pak Made: Info warga ada ribut di banjar    (iPhone)

A line without a timestamp continues the message before it. System lines (joins,
encryption notices) and media placeholders are skipped.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

_LINE = re.compile(
    r"^\[?(?P<date>\d{1,2}/\d{1,2}/\d{2,4}),?\s+(?P<time>\d{1,2}[.:]\d{2}(?:[.:]\d{2})?)"
    r"(?:\s?(?P<ampm>[AaPp]\.?[Mm]\.?))?\]?\s*(?:-\s*)?(?P<rest>.*)$"
)
_AUTHOR = re.compile(r"^(?P<author>[^:]{1,60}):\s(?P<text>.*)$")
MEDIA = (
    "<media omitted>",
    "<media tidak disertakan>",
    "<media dihilangkan>",
    "image omitted",
    "gambar dihilangkan",
    "video omitted",
    "sticker omitted",
    "this message was deleted",
    "pesan ini telah dihapus",
)


@dataclass
class ChatMessage:
    sent_at: dt.datetime
    author: str
    text: str
    line: int


def parse_chat(text: str, *, zone: dt.tzinfo = dt.UTC) -> Iterator[ChatMessage]:
    month_first = _month_first(text)
    current: ChatMessage | None = None
    for number, raw in enumerate(text.lstrip("\ufeff").splitlines(), start=1):
        line = raw.replace("\u200e", "").replace("\u202f", " ").rstrip()
        match = _LINE.match(line)
        if match is None:
            if current is not None and line:
                current.text += "\n" + line
            continue
        if current is not None:
            yield current
            current = None
        author = _AUTHOR.match(match["rest"])
        if author is None:
            continue  # a system line: someone joined, the encryption notice
        body = author["text"].strip()
        if body.lower() in MEDIA:
            continue
        when = _when(match["date"], match["time"], match["ampm"], month_first, zone)
        current = ChatMessage(when, author["author"].strip(), body, number)
    if current is not None:
        yield current


def _month_first(text: str) -> bool:
    """English-language exports put the month first and write AM/PM."""
    return bool(
        re.search(
            r"^\[?\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?\s?[AaPp]\.?[Mm]", text, re.M
        )
    )


def _when(
    date: str, time: str, ampm: str | None, month_first: bool, zone: dt.tzinfo
) -> dt.datetime:
    first, second, year = (int(p) for p in date.split("/"))
    month, day = (first, second) if month_first else (second, first)
    if year < 100:
        year += 2000
    parts = [int(p) for p in re.split(r"[.:]", time)]
    hour, minute = parts[0], parts[1]
    second_value = parts[2] if len(parts) > 2 else 0
    if ampm:
        pm = ampm.lower().startswith("p")
        hour = hour % 12 + (12 if pm else 0)
    return dt.datetime(year, month, day, hour, minute, second_value, tzinfo=zone)
