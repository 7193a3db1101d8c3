"""Values come in by table (previewed, all or nothing) or by form; pages show scores."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from siaga.regions.models import PollingStation, Region
from siaga.risk import importing
from siaga.risk.models import Framework, IndicatorValue, RegionScore
from siaga.risk.services import recompute_all
from siaga.teams.models import User

pytestmark = pytest.mark.django_db
TODAY = dt.date(2024, 11, 1)


def logged_in(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


def preview(
    user: User, text: str, framework: str = "ikp-2024", name: str = "ikp.csv"
) -> importing.Preview:
    return importing.parse(
        Framework.objects.get(code=framework),
        name,
        text.encode(),
        by=user,
        default_date=TODAY,
        source="IKP 2024",
    )


def test_a_wide_ikp_table_with_semicolons_reads_every_value(klungkung_analyst: User) -> None:
    result = preview(klungkung_analyst, "kode;skor-keamanan;skor-ajudikasi\n5105;31,5;12\n")
    assert result.ok, result.errors
    assert [(v.region.code, v.indicator.code, v.value) for v in result.values] == [
        ("51.05", "skor-keamanan", 31.5),
        ("51.05", "skor-ajudikasi", 12.0),
    ]


def test_every_row_error_is_reported_with_its_line(klungkung_analyst: User) -> None:
    text = (
        "kode,indikator,nilai,tanggal\n"
        "51.05,skor-keamanan,abc,2024-10-01\n"
        "99.99,skor-keamanan,10,2024-10-01\n"
        "51.05,tidak-ada,10,2024-10-01\n"
        "51.05,skor-keamanan,150,2024-10-01\n"
        "51.05,skor-keamanan,10,01/10/2024\n"
        "51.02,skor-keamanan,10,2024-10-01\n"
    )
    result = preview(klungkung_analyst, text)
    assert not result.ok
    joined = "\n".join(result.errors)
    for line in ("baris 2", "baris 3", "baris 4", "baris 5", "baris 6", "baris 7"):
        assert line in joined
    assert "di luar wilayah tugas" in joined  # Tabanan is not the Klungkung analyst's


def test_a_tps_checklist_finds_its_polling_station(klungkung_analyst: User) -> None:
    village = Region.objects.get(code="51.05.03.2006")
    PollingStation.objects.create(election_code="pilkada-2024", region=village, number=4)
    result = preview(
        klungkung_analyst,
        "kode,tps,sulit-dijangkau,kendala-listrik\n5105032006,4,1,0\n",
        framework="tps-rawan-pilkada-2024",
    )
    assert result.ok, result.errors
    assert {v.polling_station.number for v in result.values if v.polling_station} == {4}


def test_an_xlsx_table_reads_like_a_csv(klungkung_analyst: User) -> None:
    from openpyxl import Workbook  # type: ignore[import-untyped]

    book = Workbook()
    sheet = book.active
    sheet.append(["kode", "skor-keamanan"])
    sheet.append(["51.05", 44])
    buffer = io.BytesIO()
    book.save(buffer)
    result = importing.parse(
        Framework.objects.get(code="ikp-2024"),
        "ikp.xlsx",
        buffer.getvalue(),
        by=klungkung_analyst,
        default_date=TODAY,
        source="IKP",
    )
    assert result.ok and result.values[0].value == 44.0


def test_upload_previews_then_imports_only_when_confirmed(
    klungkung_analyst: User, immediate_tasks: None
) -> None:
    client = logged_in(klungkung_analyst)
    framework = Framework.objects.get(code="ikp-2024")
    page = client.post(
        reverse("risk-import"),
        {
            "framework": framework.pk,
            "observed_on": "2024-11-01",
            "source": "IKP 2024",
            "file": SimpleUploadedFile("ikp.csv", b"kode,skor-keamanan\n51.05,40\n"),
        },
    )
    assert page.status_code == 200 and "import-preview" in page.content.decode()
    assert not IndicatorValue.objects.exists()
    token = page.context["token"]
    done = client.post(reverse("risk-import"), {"token": token})
    assert done.status_code == 302
    value = IndicatorValue.objects.get()
    assert value.batch is not None
    assert (value.value, value.source, value.entered_by, value.batch.rows) == (
        40.0,
        "IKP 2024",
        klungkung_analyst,
        1,
    )
    assert RegionScore.objects.get(pk="51.05").score == pytest.approx(40.0)


def test_a_file_with_errors_is_not_imported_and_says_why(klungkung_analyst: User) -> None:
    page = logged_in(klungkung_analyst).post(
        reverse("risk-import"),
        {
            "framework": Framework.objects.get(code="ikp-2024").pk,
            "observed_on": "2024-11-01",
            "source": "IKP",
            "file": SimpleUploadedFile("ikp.csv", b"kode,skor-keamanan\n51.05,x\n"),
        },
    )
    assert page.status_code == 422
    assert "import-errors" in page.content.decode()
    assert not IndicatorValue.objects.exists()


def test_an_assessment_form_keeps_what_was_typed_on_error(klungkung_analyst: User) -> None:
    client = logged_in(klungkung_analyst)
    indicator = Framework.objects.get(code="sumber-konflik-uu-7-2012").indicators.first()
    assert indicator is not None
    bad = client.post(
        reverse("risk-assessment"),
        {
            "region": "51.02.06.2004",
            "indicator": indicator.pk,
            "value": "1",
            "observed_on": "2024-11-01",
            "source": "Kunjungan lapangan",
            "note": "catatan panjang",
        },
    )
    assert bad.status_code == 422
    assert "catatan panjang" in bad.content.decode()
    good = client.post(
        reverse("risk-assessment"),
        {
            "region": "51.05.03.2006",
            "indicator": indicator.pk,
            "value": "1",
            "observed_on": "2024-11-01",
            "source": "Kunjungan lapangan",
        },
    )
    assert good.status_code == 302
    assert IndicatorValue.objects.get().entered_by == klungkung_analyst


def test_the_map_page_shows_children_scores_and_hotspots(
    klungkung_analyst: User, national_admin: User
) -> None:
    from siaga.risk.services import record_value

    record_value(
        indicator=Framework.objects.get(code="sumber-konflik-uu-7-2012").indicators.get(
            code="batas-wilayah"
        ),
        region=Region.objects.get(code="51.05.03.2006"),
        value=1,
        observed_on=TODAY,
        source="uji",
        by=national_admin,
    )
    recompute_all()
    page = logged_in(klungkung_analyst).get(reverse("risk-map"))
    assert page.status_code == 200
    features = page.context["map_data"]["features"]
    assert {f["properties"]["code"] for f in features} >= {"51.05.03"}
    assert [h.region.code for h in page.context["hotspots"]] == ["51.05.03.2006"]


def test_exports_carry_what_is_on_screen(klungkung_analyst: User) -> None:
    client = logged_in(klungkung_analyst)
    geo = json.loads(client.get(reverse("risk-map") + "?format=geojson").content)
    assert geo["type"] == "FeatureCollection" and len(geo["features"]) == 4
    csv_text = client.get(reverse("risk-map") + "?format=csv&stage=campaign").content.decode()
    assert csv_text.splitlines()[0] == "kode,nama,skor,tingkat,kategori_utama,lintang,bujur"
    assert len(csv_text.splitlines()) == 5


def test_nobody_sees_the_map_of_another_area(tabanan_analyst: User) -> None:
    assert logged_in(tabanan_analyst).get(reverse("risk-map") + "?region=51.05").status_code == 403
    assert logged_in(tabanan_analyst).get(reverse("risk-region", args=["51.05"])).status_code == 403


def test_the_region_page_explains_its_score(klungkung_analyst: User, national_admin: User) -> None:
    from siaga.risk.services import record_value

    record_value(
        indicator=Framework.objects.get(code="ikp-2024").indicators.get(code="skor-keamanan"),
        region=Region.objects.get(code="51.05"),
        value=35,
        observed_on=TODAY,
        source="IKP 2024",
        by=national_admin,
    )
    recompute_all()
    page = logged_in(klungkung_analyst).get(reverse("risk-region", args=["51.05"]))
    body = page.content.decode()
    assert page.status_code == 200
    assert "Skor subdimensi keamanan" in body and "IKP 2024" in body
    assert page.context["sparkline"]
