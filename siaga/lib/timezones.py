"""Indonesia's three time zones, decided by province.

Times are stored in UTC and shown in the zone of the region they concern: a report from
Klungkung at 21:00 WITA is 20:00 WIB in Jakarta.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

WIB = ZoneInfo("Asia/Jakarta")  # UTC+7: Sumatra, Java, West and Central Kalimantan
WITA = ZoneInfo("Asia/Makassar")  # UTC+8: Bali, Nusa Tenggara, rest of Kalimantan, Sulawesi
WIT = ZoneInfo("Asia/Jayapura")  # UTC+9: Maluku and Papua

ABBREVIATIONS = {WIB.key: "WIB", WITA.key: "WITA", WIT.key: "WIT"}
_WITA_PROVINCES = frozenset(
    {"51", "52", "53", "63", "64", "65", "71", "72", "73", "74", "75", "76"}
)


def zone_for(code: str | None) -> ZoneInfo:
    """The zone of a region code (any level); WIB when the code is unknown or empty."""
    province = (code or "")[:2]
    if province in _WITA_PROVINCES:
        return WITA
    if province[:1] in {"8", "9"}:
        return WIT
    return WIB


def abbreviation(zone: ZoneInfo) -> str:
    return ABBREVIATIONS.get(zone.key, zone.key)
