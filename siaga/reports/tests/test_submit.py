"""submit_report: validation, placing, idempotency, nothing lost, follow-up enqueued."""

from __future__ import annotations

import io
import threading

import pytest
from django.db import connection
from django_tasks_db.models import DBTaskResult
from PIL import Image

from siaga.reports.choices import Channel, PlaceMethod, Status
from siaga.reports.models import Report
from siaga.reports.services import (
    Photo,
    ReportInput,
    ReportInputError,
    analyse,
    submit_report,
)
from siaga.reports.tasks import analyse_report
from siaga.teams.models import User

pytestmark = pytest.mark.django_db


def report(text: str = "Ada pembagian amplop di balai banjar", **kw: object) -> ReportInput:
    return ReportInput(raw_text=text, channel=kw.pop("channel", Channel.WEB), **kw)  # type: ignore[arg-type]


def test_a_report_with_a_region_code_is_placed_there(klungkung_reporter: User) -> None:
    created, is_new = submit_report(report(region_code="5105032006"), reporter=klungkung_reporter)
    assert is_new
    assert created.region_id == "51.05.03.2006"
    assert created.place_method == PlaceMethod.CODE
    assert (created.province_code, created.regency_code) == ("51", "51.05")
    assert created.status == Status.NEW


def test_a_written_desa_and_kecamatan_are_found_in_the_reporters_area(
    tabanan_reporter: User,
) -> None:
    created, _ = submit_report(
        report(place_text="Desa Beraban, Kec. Kediri"), reporter=tabanan_reporter
    )
    assert created.region_id == "51.02.06.2004"
    assert created.place_method == PlaceMethod.NAME


def test_kediri_from_a_tabanan_officer_is_the_kecamatan_in_bali(tabanan_analyst: User) -> None:
    created, _ = submit_report(report(place_text="Kec. Kediri"), reporter=tabanan_analyst)
    assert created.region_id == "51.02.06"


def test_an_unplaceable_report_is_kept_for_review_never_refused(klungkung_reporter: User) -> None:
    created, _ = submit_report(report(place_text="dekat pasar lama"), reporter=klungkung_reporter)
    assert created.status == Status.NEEDS_REVIEW
    assert created.region_id == "51.05.03.2006"  # filed under the reporter's own desa
    assert created.place_method == PlaceMethod.SCOPE


def test_the_raw_text_is_kept_exactly_as_received(klungkung_reporter: User) -> None:
    text = "  LAPOR#tangkas#PU#  ada org bagi2 amplop 😠\n"
    created, _ = submit_report(report(text), reporter=klungkung_reporter)
    assert Report.objects.get(pk=created.pk).raw_text == text


def test_the_same_client_id_returns_the_first_report(klungkung_reporter: User) -> None:
    first, created = submit_report(report(client_id="hp-1"), reporter=klungkung_reporter)
    again, created_again = submit_report(
        report("teks lain", client_id="hp-1", channel=Channel.SMS), reporter=klungkung_reporter
    )
    assert created and not created_again
    assert again.pk == first.pk
    assert Report.objects.count() == 1


def test_bad_input_gets_every_problem_with_a_code(klungkung_reporter: User) -> None:
    with pytest.raises(ReportInputError) as caught:
        submit_report(
            report("  ", categories=["bukan_kategori"], severity=9, latitude=1.0),
            reporter=klungkung_reporter,
        )
    codes = {(p.field, p.code) for p in caught.value.problems}
    assert codes == {
        ("text", "required"),
        ("categories", "unknown_category"),
        ("severity", "out_of_range"),
        ("latitude", "incomplete_location"),
    }
    assert not Report.objects.exists()


def test_a_region_outside_the_reporters_regency_is_refused(klungkung_reporter: User) -> None:
    with pytest.raises(ReportInputError) as caught:
        submit_report(report(region_code="51.02.06.2004"), reporter=klungkung_reporter)
    assert caught.value.problems[0].code == "outside_scope"


def test_analysis_is_enqueued_in_the_same_transaction(klungkung_reporter: User) -> None:
    created, _ = submit_report(report(), reporter=klungkung_reporter)
    task = DBTaskResult.objects.get()
    assert task.task_path.endswith("analyse_report")
    assert task.args_kwargs["args"] == [created.pk]
    assert not created.history.exists()  # the report row itself records its reception


def test_a_failure_half_way_leaves_neither_report_nor_task(
    klungkung_reporter: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    class Crashing:
        def enqueue(self, *args: object) -> None:
            raise RuntimeError("worker killed")

    monkeypatch.setattr("siaga.reports.tasks.analyse_report", Crashing())
    with pytest.raises(RuntimeError):
        submit_report(report(client_id="hp-crash"), reporter=klungkung_reporter)
    assert not Report.objects.exists() and not DBTaskResult.objects.exists()
    monkeypatch.undo()
    again, created = submit_report(report(client_id="hp-crash"), reporter=klungkung_reporter)
    assert created and DBTaskResult.objects.count() == 1


def test_analysis_finds_a_desa_named_in_the_text(klungkung_reporter: User) -> None:
    created, _ = submit_report(
        report("Tadi malam ribut di Desa Gelgel, 2 org luka"), reporter=klungkung_reporter
    )
    analyse_report.call(created.pk)
    created.refresh_from_db()
    assert created.region_id == "51.05.03.2003"
    assert created.place_method == PlaceMethod.NAME
    assert created.analysed_at is not None


def test_analysis_does_not_overwrite_a_place_a_person_gave(klungkung_reporter: User) -> None:
    created, _ = submit_report(
        report("ribut di Desa Gelgel", region_code="51.05.03.2006"), reporter=klungkung_reporter
    )
    assert analyse(created).region_id == "51.05.03.2006"


def jpeg_with_gps() -> bytes:
    image = Image.new("RGB", (64, 48), "red")
    exif = Image.Exif()
    exif[0x8825] = {1: "S", 2: (8.0, 33.0, 0.0)}  # GPSInfo
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif)
    return out.getvalue()


def test_a_photo_is_reencoded_without_its_location(
    klungkung_reporter: User, settings: object, tmp_path: object
) -> None:
    settings.MEDIA_ROOT = tmp_path  # type: ignore[attr-defined]
    raw = jpeg_with_gps()
    assert Image.open(io.BytesIO(raw)).getexif().get(0x8825)
    created, _ = submit_report(
        report(photos=[Photo(raw, "image/jpeg")], is_protected=True), reporter=klungkung_reporter
    )
    attachment = created.attachments.get()
    with attachment.file.open("rb") as handle:
        assert not Image.open(handle).getexif().get(0x8825)
    assert (attachment.width, attachment.height) == (64, 48)


def test_a_file_that_is_not_an_image_is_refused(klungkung_reporter: User) -> None:
    with pytest.raises(ReportInputError) as caught:
        submit_report(
            report(photos=[Photo(b"%PDF-1.4", "image/jpeg")]), reporter=klungkung_reporter
        )
    assert caught.value.problems[0].code == "unreadable_image"
    assert not Report.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_the_same_client_id_sent_in_parallel_gives_one_report() -> None:
    from siaga.conftest import make_user
    from siaga.regions.services import load_regions

    load_regions(only=("51.05",))
    reporter = make_user("paralel", "reporter", "51.05.03.2006")
    results: list[int] = []
    errors: list[BaseException] = []
    barrier = threading.Barrier(6)

    def send() -> None:
        try:
            barrier.wait()
            made, _ = submit_report(report(client_id="hp-race"), reporter=reporter)
            results.append(made.pk)
        except BaseException as exc:  # noqa: BLE001 (collected and asserted below)
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=send) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len(set(results)) == 1
    assert Report.objects.filter(client_id="hp-race").count() == 1


@pytest.mark.django_db(transaction=True)
def test_the_worker_runs_the_enqueued_analysis() -> None:
    from django.core.management import call_command

    from siaga.conftest import make_user
    from siaga.regions.services import load_regions

    load_regions(only=("51.05",))
    reporter = make_user("pekerja", "reporter", "51.05.03.2006")
    created, _ = submit_report(report("ribut di Desa Gelgel tadi malam"), reporter=reporter)
    call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)
    created.refresh_from_db()
    assert created.analysed_at is not None and created.region_id == "51.05.03.2003"
    # The analysis, then the re-scoring it announced: both ran.
    tasks = DBTaskResult.objects.order_by("enqueued_at")
    assert [(t.task_path.rsplit(".", 1)[-1], t.status) for t in tasks] == [
        ("analyse_report", "SUCCESSFUL"),
        ("react_to_report", "SUCCESSFUL"),
    ]
