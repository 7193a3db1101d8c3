from __future__ import annotations

import pytest
from django.core.management import call_command

from siaga.regions.models import AliasKind, Level, Region, RegionAlias, RegionType
from siaga.regions.services import load_regions

pytestmark = pytest.mark.django_db


def test_bali_is_loaded_with_its_real_counts() -> None:
    bali = Region.objects.within("51")
    assert bali.filter(level=Level.REGENCY).count() == 9
    assert bali.filter(level=Level.DISTRICT).count() == 57
    assert Region.objects.get(code="51.05.03.2006").name == "Tangkas"
    assert Region.objects.get(code="51.05").type == RegionType.KABUPATEN
    assert Region.objects.get(code="51.71").type == RegionType.KOTA
    assert Region.objects.get(code="51.05.03.1008").type == RegionType.KELURAHAN


def test_a_village_knows_its_ancestors_and_postal_code() -> None:
    tangkas = Region.objects.get(code="51.05.03.2006")
    assert (tangkas.province_code, tangkas.regency_code, tangkas.district_code) == (
        "51",
        "51.05",
        "51.05.03",
    )
    assert [r.code for r in tangkas.path()] == ["51", "51.05", "51.05.03", "51.05.03.2006"]
    assert tangkas.postal_code.isdigit()


def test_a_second_load_changes_nothing_and_says_so() -> None:
    result = load_regions(only=("51",))
    assert not result.changed_anything
    assert result.unchanged == Region.objects.within("51").count()


def test_a_renamed_region_keeps_its_old_name_as_an_alias() -> None:
    Region.objects.filter(code="51.05.01").update(name="Nusa Penida Lama")
    result = load_regions(only=("51.05",))
    assert result.updated == 1
    assert Region.objects.get(code="51.05.01").name == "Nusa Penida"
    alias = RegionAlias.objects.get(region_id="51.05.01", kind=AliasKind.FORMER)
    assert alias.name == "Nusa Penida Lama"


def test_a_region_that_left_the_registry_is_retired_not_deleted() -> None:
    Region.objects.create(
        code="51.05.03.2999", parent_id="51.05.03", name="Desa Hilang", level=4, type="desa"
    )
    result = load_regions(only=("51.05",))
    assert result.retired == 1
    gone = Region.objects.get(code="51.05.03.2999")
    assert gone.valid_until is not None
    assert gone not in Region.objects.current()


def test_regencies_get_their_bare_names_and_provinces_their_short_names() -> None:
    assert RegionAlias.objects.filter(region_id="51.02", normalized="tabanan").exists()
    assert RegionAlias.objects.filter(region_id="19", name="Babel").exists()


def test_the_command_prints_counts_per_level(capsys: pytest.CaptureFixture[str]) -> None:
    call_command("load_regions", "--only", "51")
    out = capsys.readouterr().out
    villages = Region.objects.filter(level=Level.VILLAGE).count()
    assert f"{villages:,}" in out
    assert "783" in out  # Bali's regions, all unchanged


def test_newsroom_shorthand_for_a_regency_is_an_alias() -> None:
    from siaga.regions.registry import RegistryRegion
    from siaga.regions.services import _wanted_aliases

    selatan = RegistryRegion("31.74", "Kota Administrasi Jakarta Selatan", 2, "kota", "")
    wanted = _wanted_aliases([selatan], {})
    assert ("31.74", "Jaksel", AliasKind.ABBREVIATION) in wanted


def test_an_island_regency_named_without_its_kepulauan_is_an_alias() -> None:
    from siaga.regions.registry import RegistryRegion
    from siaga.regions.services import _wanted_aliases

    sangihe = RegistryRegion("71.03", "Kabupaten Kepulauan Sangihe", 2, "kabupaten", "")
    assert ("71.03", "Sangihe", AliasKind.ABBREVIATION) in _wanted_aliases([sangihe], {})


def test_a_regency_called_by_its_seat_is_an_alias() -> None:
    from siaga.regions.registry import RegistryRegion
    from siaga.regions.services import _wanted_aliases

    mimika = RegistryRegion("94.04", "Kabupaten Mimika", 2, "kabupaten", "")
    assert ("94.04", "Timika", AliasKind.ABBREVIATION) in _wanted_aliases([mimika], {})


def test_a_port_or_an_airport_is_an_alias_of_the_city_it_stands_in() -> None:
    from siaga.regions.registry import RegistryRegion
    from siaga.regions.services import _wanted_aliases

    tangerang = RegistryRegion("36.71", "Kota Tangerang", 2, "kota", "")
    wanted = _wanted_aliases([tangerang], {})
    assert ("36.71", "Bandara Soekarno-Hatta", AliasKind.LANDMARK) in wanted
