from __future__ import annotations

from siaga.lib.regioncodes import (
    ancestor_columns,
    ancestors_and_self,
    contains,
    level_of,
    normalize_code,
    parent_of,
)


def test_bare_digits_become_dotted_codes() -> None:
    assert normalize_code("5105032006") == "51.05.03.2006"
    assert normalize_code("5105") == "51.05"
    assert normalize_code(" 51.05.03 ") == "51.05.03"


def test_malformed_codes_are_refused() -> None:
    assert normalize_code("510") is None
    assert normalize_code("51-05-03") is None
    assert normalize_code("Klungkung") is None
    assert normalize_code("51.5") is None


def test_a_code_knows_its_level_and_ancestors() -> None:
    assert level_of("51.05.03.2006") == 4
    assert parent_of("51.05.03.2006") == "51.05.03"
    assert parent_of("51") is None
    assert ancestors_and_self("51.05.03") == ["51", "51.05", "51.05.03"]


def test_ancestor_columns_are_empty_below_the_level_of_the_code() -> None:
    assert ancestor_columns("51.05") == {
        "province_code": "51",
        "regency_code": "51.05",
        "district_code": "",
        "village_code": "",
    }
    assert ancestor_columns(None)["province_code"] == ""


def test_containment_does_not_confuse_sibling_prefixes() -> None:
    assert contains("51.05", "51.05.03.2006")
    assert contains("51.05", "51.05")
    assert not contains("51.0", "51.05")
    assert not contains("51.05", "51.02.06")
