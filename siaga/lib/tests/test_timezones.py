from __future__ import annotations

import datetime as dt

from siaga.lib.timezones import WIB, WIT, WITA, abbreviation, zone_for


def test_each_province_gets_its_zone() -> None:
    assert zone_for("51.05.03.2006") is WITA  # Bali
    assert zone_for("19") is WIB  # Bangka Belitung
    assert zone_for("62.01") is WIB  # Central Kalimantan
    assert zone_for("64.72") is WITA  # East Kalimantan
    assert zone_for("81.01") is WIT  # Maluku
    assert zone_for("94") is WIT  # Central Papua


def test_an_unknown_region_falls_back_to_wib() -> None:
    assert zone_for(None) is WIB
    assert zone_for("") is WIB


def test_a_klungkung_evening_is_an_hour_earlier_in_jakarta() -> None:
    moment = dt.datetime(2024, 11, 27, 13, 0, tzinfo=dt.UTC)
    assert moment.astimezone(zone_for("51.05")).hour == 21
    assert moment.astimezone(WIB).hour == 20
    assert abbreviation(zone_for("51.05")) == "WITA"
