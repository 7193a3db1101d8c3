"""Triage: every change through a service, with a history row saying who, when and why."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied
from django.test import Client
from django.urls import reverse

from siaga.regions.models import Region
from siaga.reports.choices import Channel, PlaceMethod, Status
from siaga.reports.models import HistoryAction, Report
from siaga.reports.services import (
    ReportInput,
    ReportInputError,
    assign_report,
    edit_report,
    merge_reports,
    reject_report,
    reveal_identity,
    submit_report,
    verify_report,
)
from siaga.teams.models import User

pytestmark = pytest.mark.django_db


def sent(by: User, text: str = "ada keributan", **kw: object) -> Report:
    made, _ = submit_report(ReportInput(raw_text=text, channel=Channel.WEB, **kw), reporter=by)  # type: ignore[arg-type]
    return made


def logged_in(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_verifying_and_rejecting_leave_history(
    klungkung_reporter: User, klungkung_analyst: User
) -> None:
    one, two = sent(klungkung_reporter), sent(klungkung_reporter)
    verify_report(one, by=klungkung_analyst, note="dicek Bhabinkamtibmas")
    reject_report(two, by=klungkung_analyst, reason="laporan palsu")
    row = two.history.get(action=HistoryAction.STATUS)
    assert (row.actor, row.from_status, row.to_status, row.note) == (
        klungkung_analyst,
        Status.NEEDS_REVIEW,
        Status.REJECTED,
        "laporan palsu",
    )
    assert one.history.filter(to_status=Status.VERIFIED).exists()


def test_a_rejection_needs_a_reason(klungkung_reporter: User, klungkung_analyst: User) -> None:
    with pytest.raises(ReportInputError):
        reject_report(sent(klungkung_reporter), by=klungkung_analyst, reason="  ")


def test_editing_the_place_records_old_and_new(
    klungkung_reporter: User, klungkung_analyst: User
) -> None:
    report = sent(klungkung_reporter, place_text="entah")
    assert report.status == Status.NEEDS_REVIEW
    gelgel = Region.objects.get(code="51.05.03.2003")
    edit_report(report, by=klungkung_analyst, region=gelgel, severity=2, note="telepon pelapor")
    report.refresh_from_db()
    assert (report.region_id, report.place_method, report.status) == (
        gelgel.code,
        PlaceMethod.REVIEWED,
        Status.NEW,
    )
    change = report.history.get(action=HistoryAction.EDITED).changes
    assert change["region"] == ["51.05.03.2006", "51.05.03.2003"] and change["severity"] == [
        None,
        2,
    ]


def test_merged_duplicates_point_at_the_survivor_and_follow_it(
    klungkung_reporter: User, klungkung_analyst: User
) -> None:
    a, b, c = sent(klungkung_reporter), sent(klungkung_reporter), sent(klungkung_reporter)
    merge_reports(b, [c], by=klungkung_analyst)
    merge_reports(a, [b], by=klungkung_analyst)
    b.refresh_from_db()
    c.refresh_from_db()
    assert b.duplicate_of == a and c.duplicate_of == a
    assert b.status == c.status == Status.MERGED
    with pytest.raises(ReportInputError):
        merge_reports(a, [a], by=klungkung_analyst)


def test_assignment_only_to_a_colleague_who_can_see_it(
    klungkung_reporter: User,
    klungkung_analyst: User,
    klungkung_coordinator: User,
    tabanan_analyst: User,
) -> None:
    report = sent(klungkung_reporter)
    assign_report(report, by=klungkung_analyst, assignee=klungkung_coordinator)
    assert Report.objects.get(pk=report.pk).assignee == klungkung_coordinator
    with pytest.raises(ReportInputError):
        assign_report(report, by=klungkung_analyst, assignee=tabanan_analyst)


def test_nobody_triages_outside_their_area_or_role(
    klungkung_reporter: User, tabanan_analyst: User, bali_observer: User, klungkung_liaison: User
) -> None:
    report = sent(klungkung_reporter)
    for user in (tabanan_analyst, bali_observer, klungkung_liaison, klungkung_reporter):
        with pytest.raises(PermissionDenied):
            verify_report(report, by=user)


def test_viewing_a_protected_identity_is_logged(
    klungkung_reporter: User, klungkung_analyst: User
) -> None:
    report = sent(klungkung_reporter, is_protected=True)
    assert report.reporter_label(klungkung_analyst) == str(klungkung_reporter)
    assert "klungkung.pelapor" in reveal_identity(report, by=klungkung_analyst)
    assert (
        report.history.filter(action=HistoryAction.IDENTITY_VIEWED, actor=klungkung_analyst).count()
        == 1
    )


def test_the_queue_shows_the_analysts_open_reports_only(
    klungkung_reporter: User, tabanan_reporter: User, klungkung_analyst: User
) -> None:
    mine, theirs = sent(klungkung_reporter, "di tangkas"), sent(tabanan_reporter, "di beraban")
    page = logged_in(klungkung_analyst).get(reverse("triage")).content.decode()
    assert mine.number in page and theirs.number not in page


def test_the_queue_is_closed_to_reporters_and_observers(
    klungkung_reporter: User, bali_observer: User
) -> None:
    for user in (klungkung_reporter, bali_observer):
        assert logged_in(user).get(reverse("triage")).status_code == 403


def test_htmx_actions_update_the_panel(klungkung_reporter: User, klungkung_analyst: User) -> None:
    report = sent(klungkung_reporter)
    client = logged_in(klungkung_analyst)
    verify = client.post(
        reverse("triage-action", args=[report.pk, "verify"]), HTTP_HX_REQUEST="true"
    )
    assert verify.status_code == 200 and "status-verified" in verify.content.decode()
    empty_reason = client.post(reverse("triage-action", args=[report.pk, "reject"]), {"reason": ""})
    assert empty_reason.status_code == 422 and 'role="alert"' in empty_reason.content.decode()
    comment = client.post(
        reverse("triage-action", args=[report.pk, "comment"]), {"text": "sudah koordinasi"}
    )
    assert "sudah koordinasi" in comment.content.decode()
    merge = client.post(
        reverse("triage-action", args=[report.pk, "merge"]), {"duplicate_numbers": "LAP-999999"}
    )
    assert merge.status_code == 422


def test_revealing_through_the_page_shows_and_logs(
    klungkung_reporter: User, klungkung_analyst: User
) -> None:
    report = sent(klungkung_reporter, is_protected=True)
    page = logged_in(klungkung_analyst).post(reverse("triage-action", args=[report.pk, "reveal"]))
    assert 'id="identity"' in page.content.decode()
    assert report.history.filter(action=HistoryAction.IDENTITY_VIEWED).exists()


def test_the_analyst_sees_why_siaga_read_a_report_as_it_did(
    klungkung_reporter: User, klungkung_analyst: User
) -> None:
    from siaga.reports.services import analyse

    report = analyse(
        sent(klungkung_reporter, "Pendukung kedua paslon akan saling serang besok di Desa Gelgel")
    )
    page = logged_in(klungkung_analyst).get(
        reverse("triage-detail", args=[report.pk]), HTTP_HX_REQUEST="true"
    )
    html = page.content.decode()
    assert "Ancaman" in html or "Threat" in html
    assert "“akan”" in html and "“besok”" in html  # the kind's cues
    assert "Kampanye" in html or "Campaign" in html  # the stage, by its label
    assert "dari kategori" in html or "from the category" in html
