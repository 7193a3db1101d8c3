"""The Indonesian catalogue is complete: no page falls back to English by accident."""

from __future__ import annotations

import re
from pathlib import Path

from django.conf import settings

PO = Path(settings.BASE_DIR) / "locale" / "id" / "LC_MESSAGES" / "django.po"
ENTRY = re.compile(
    r"(#, fuzzy\n)?(?:#\|.*\n)*"  # the fuzzy flag, then msgmerge's guess of the old msgid
    r'msgid ((?:".*"\n)+)(?:msgid_plural (?:".*"\n)+)?'
    r'msgstr(?:\[0\])? ((?:".*"\n)+)'
)


def join(block: str) -> str:
    return "".join(line[1:-1] for line in block.strip().splitlines())


def entries() -> list[tuple[bool, str, str]]:
    text = PO.read_text(encoding="utf-8") + "\n"
    return [(bool(f), join(i), join(s)) for f, i, s in ENTRY.findall(text)]


def test_every_message_has_an_indonesian_translation() -> None:
    untranslated = [msgid for _fuzzy, msgid, msgstr in entries() if msgid and not msgstr]
    assert untranslated == []


def test_no_translation_is_left_fuzzy() -> None:
    assert [msgid for fuzzy, msgid, _s in entries() if fuzzy and msgid] == []


def test_placeholders_survive_translation() -> None:
    for _fuzzy, msgid, msgstr in entries():
        assert sorted(re.findall(r"%\(\w+\)[sd]", msgid)) == sorted(
            re.findall(r"%\(\w+\)[sd]", msgstr)
        ), msgid
