from __future__ import annotations

import datetime as dt

from siaga.monitoring.chat import parse_chat

INDONESIAN = """31/12/23 21.40 - Pesan dan panggilan dienkripsi secara end-to-end.
31/12/23 21.41 - Pak Made: Info warga ada ribut di banjar
lanjutan: sudah ditangani pecalang
31/12/23 21.42 - Bu Komang: <Media tidak disertakan>
01/01/24 07.05 - Bu Komang: Selamat tahun baru
"""
ENGLISH = """12/31/23, 9:41 PM - Pak Made: Info warga ada ribut di banjar
1/1/24, 7:05 AM - Bu Komang: Selamat tahun baru
"""
IPHONE = """[31/12/23 21.41.05] Pak Made: Info warga ada ribut di banjar
[01/01/24 07.05.00] Bu Komang: Selamat tahun baru
"""


def test_indonesian_android_export_with_continuations_and_media() -> None:
    messages = list(parse_chat(INDONESIAN))
    assert [(m.author, m.sent_at.hour, m.sent_at.minute) for m in messages] == [
        ("Pak Made", 21, 41),
        ("Bu Komang", 7, 5),
    ]
    assert messages[0].text.endswith("sudah ditangani pecalang")
    assert messages[0].sent_at.date() == dt.date(2023, 12, 31)


def test_english_export_reads_month_first_and_am_pm() -> None:
    messages = list(parse_chat(ENGLISH))
    assert [m.sent_at for m in messages] == [
        dt.datetime(2023, 12, 31, 21, 41, tzinfo=dt.UTC),
        dt.datetime(2024, 1, 1, 7, 5, tzinfo=dt.UTC),
    ]


def test_iphone_export_with_seconds_in_brackets() -> None:
    messages = list(parse_chat(IPHONE))
    assert messages[0].sent_at.second == 5 and messages[1].author == "Bu Komang"
