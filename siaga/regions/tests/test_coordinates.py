from __future__ import annotations

from siaga.regions.coordinates import NamedRegion, Place, fill_from_children, match_places


def place(name: str, lat: float, lon: float, admin1: str = "02") -> Place:
    return Place(name=name, alternate_names=(), latitude=lat, longitude=lon, admin1=admin1)


def test_a_unique_name_in_the_province_gives_its_point() -> None:
    regions = [NamedRegion("51.05.03.2006", "Tangkas", 4)]
    assert match_places(regions, [place("Tangkas", -8.55, 115.40)]) == {
        "51.05.03.2006": (-8.55, 115.40)
    }


def test_a_name_shared_by_two_villages_of_the_province_is_not_guessed() -> None:
    regions = [NamedRegion("51.05.03.2016", "Selat", 4), NamedRegion("51.07.04.2001", "Selat", 4)]
    assert match_places(regions, [place("Selat", -8.4, 115.5)]) == {}


def test_a_place_in_another_province_does_not_match() -> None:
    regions = [NamedRegion("51.02.06", "Kediri", 3)]
    assert match_places(regions, [place("Kediri", -7.8, 112.0, admin1="08")]) == {}


def test_regions_without_points_take_the_median_of_their_children() -> None:
    points = {
        "51.05.03.2001": (-8.5, 115.4),
        "51.05.03.2002": (-8.6, 115.5),
        "51.05.03.2003": (-9.9, 115.41),
    }
    filled = fill_from_children({3: ["51.05.03"], 2: ["51.05"], 1: ["51"]}, points)
    assert filled["51.05.03"] == (-8.6, 115.41)
    assert filled["51.05"] == filled["51.05.03"] == filled["51"]
