"""Kemendagri region codes as plain strings: "51", "51.05", "51.05.03", "51.05.03.2006".

The code itself spells its ancestry, so every ancestor is known without a query. Models
store the ancestors in four indexed columns so a subtree is one equality filter on any
database, whatever its collation.
"""

from __future__ import annotations

import re

PROVINCE, REGENCY, DISTRICT, VILLAGE = 1, 2, 3, 4
ANCESTOR_FIELDS: dict[int, str] = {
    PROVINCE: "province_code",
    REGENCY: "regency_code",
    DISTRICT: "district_code",
    VILLAGE: "village_code",
}
_SEGMENT_WIDTHS = (2, 2, 2, 4)
_DOTTED = re.compile(r"^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$")
_NON_DIGIT = re.compile(r"\D")


def normalize_code(raw: str) -> str | None:
    """Return the dotted form of a code written dotted or as bare digits, else None."""
    text = raw.strip()
    if _DOTTED.match(text):
        return text
    digits = _NON_DIGIT.sub("", text)
    if len(digits) not in (2, 4, 6, 10) or digits != text.replace(".", "").replace(" ", ""):
        return None
    parts, start = [], 0
    for width in _SEGMENT_WIDTHS:
        if start >= len(digits):
            break
        parts.append(digits[start : start + width])
        start += width
    return ".".join(parts)


def is_code(raw: str) -> bool:
    return bool(_DOTTED.match(raw))


def level_of(code: str) -> int:
    return code.count(".") + 1


def parent_of(code: str) -> str | None:
    head, dot, _ = code.rpartition(".")
    return head if dot else None


def ancestors_and_self(code: str) -> list[str]:
    """["51", "51.05", "51.05.03"] for "51.05.03": the root first."""
    parts = code.split(".")
    return [".".join(parts[: i + 1]) for i in range(len(parts))]


def ancestor_columns(code: str | None) -> dict[str, str]:
    """The four ancestor columns for a row placed at `code` (empty below its level)."""
    chain = ancestors_and_self(code) if code else []
    return {
        field: (chain[level - 1] if level <= len(chain) else "")
        for level, field in ANCESTOR_FIELDS.items()
    }


def contains(outer: str, inner: str) -> bool:
    """True when `inner` is `outer` or lies below it."""
    return inner == outer or inner.startswith(outer + ".")
