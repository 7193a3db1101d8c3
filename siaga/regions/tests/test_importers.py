from __future__ import annotations

import io
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from siaga.regions.importers import CustomaryImporter, PollingStationImporter
from siaga.regions.models import CustomaryKind, CustomaryUnit, PollingStation

pytestmark = pytest.mark.django_db

HEADER = "election,village_code,village_name,number,address,registered_voters,latitude,longitude"
TPS_OK = f"""{HEADER},hard_to_reach
pilkada-2024,51.05.03.2006,Tangkas,1,Balai Banjar Tangkas,245,-8.55,115.40,tidak
pilkada-2024,5105032006,Tangkas,2,,198,,,ya
"""


def test_a_clean_tps_file_is_imported_and_placed_in_the_hierarchy() -> None:
    result = PollingStationImporter().run(io.StringIO(TPS_OK))
    assert result.ok, result.errors
    assert result.created == 2
    second = PollingStation.objects.get(number=2)
    assert second.hard_to_reach
    assert second.regency_code == "51.05"
    assert str(second) == "TPS 002"


def test_importing_the_same_file_again_updates_instead_of_duplicating() -> None:
    PollingStationImporter().run(io.StringIO(TPS_OK))
    result = PollingStationImporter().run(io.StringIO(TPS_OK.replace("245", "250")))
    assert (result.created, result.updated) == (0, 2)
    assert PollingStation.objects.get(number=1).registered_voters == 250


def test_every_bad_row_is_reported_with_its_line_and_nothing_is_imported() -> None:
    bad = TPS_OK + (
        "pilkada-2024,51.05.03.9999,,3,,,,,\n"
        "pilkada-2024,51.05.03.2006,Gelgel,4,,banyak,,,\n"
        "pilkada-2024,51.05.03.2006,,5,,,-30,115.4,mungkin\n"
        "pilkada-2024,51.05.03.2006,,1,,,,,\n"
    )
    result = PollingStationImporter().run(io.StringIO(bad))
    lines = sorted({(e.line, e.column) for e in result.errors})
    assert lines == [
        (4, "village_code"),
        (5, "registered_voters"),
        (5, "village_name"),
        (6, "hard_to_reach"),
        (6, "latitude"),
        (7, "number"),
    ]
    assert not PollingStation.objects.exists()


def test_missing_columns_are_named() -> None:
    result = PollingStationImporter().run(io.StringIO("election,number\npemilu-2024,1\n"))
    assert "village_code" in str(result.errors[0])


def test_a_semicolon_file_from_excel_is_read() -> None:
    text = "\ufeffelection;village_code;number\npemilu-2024;51.02.06.2004;7\n"
    assert PollingStationImporter().run(io.StringIO(text)).created == 1


def test_banjar_are_linked_to_their_desa_adat_in_the_same_file() -> None:
    text = (
        "kind,name,village_code,parent_name\n"
        "banjar,Banjar Kangin,51.05.03.2006,Tangkas\n"
        "desa adat,Tangkas,51.05.03.2006,\n"
    )
    result = CustomaryImporter().run(io.StringIO(text))
    assert result.ok, result.errors
    banjar = CustomaryUnit.objects.get(kind=CustomaryKind.BANJAR)
    assert banjar.parent is not None and banjar.parent.name == "Tangkas"
    assert banjar.district_code == "51.05.03"


def test_a_banjar_naming_an_unknown_desa_adat_is_an_error() -> None:
    text = "kind,name,village_code,parent_name\nbanjar,Banjar Kelod,51.05.03.2006,Entah\n"
    result = CustomaryImporter().run(io.StringIO(text))
    assert [(e.line, e.column) for e in result.errors] == [(2, "parent_name")]
    assert not CustomaryUnit.objects.exists()


def test_the_command_lists_errors_and_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "tps.csv"
    path.write_text("election,village_code,number\npemilu-2024,bukan-kode,1\n")
    with pytest.raises(CommandError):
        call_command("import_tps", str(path))
    assert "bukan-kode" in capsys.readouterr().err


def test_the_same_unit_twice_in_one_file_is_reported_on_its_second_line() -> None:
    text = (
        "kind,name,village_code\ndesa adat,Tangkas,51.05.03.2006\nDesa Adat,tangkas,51.05.03.2006\n"
    )
    result = CustomaryImporter().run(io.StringIO(text))
    assert [(e.line, e.column) for e in result.errors] == [(3, "name")]
