"""Writes for early warning: evaluate rules, raise and route alerts, deliver, escalate,
acknowledge. Every function takes `now`, so tests and the scheduler share one clock."""

from __future__ import annotations

import datetime as dt
import functools
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import Any, ParamSpec, TypeVar

import numpy as np
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from siaga.alerts.channels import DeliveryError, send
from siaga.alerts.models import (
    ESCALATION_STEPS,
    Alert,
    AlertEvent,
    AlertRule,
    AlertStatus,
    ChannelKind,
    Delivery,
    DeliveryAttempt,
    DeliveryStatus,
    Recipient,
    RuleKind,
)
from siaga.analysis import scoring
from siaga.analysis.elections import stage_on
from siaga.lib.regioncodes import ancestors_and_self, contains, level_of
from siaga.regions.calendar import election_calendar
from siaga.regions.models import Region
from siaga.reports.choices import Status, category_label
from siaga.reports.models import Report
from siaga.risk.models import RegionScore, Signal, rating_label
from siaga.risk.services import RatingChange
from siaga.teams.access import Role, can_change_region
from siaga.teams.models import Agency, Membership, Position, Team, User

P = ParamSpec("P")
R = TypeVar("R")
MAX_ATTEMPTS = 5
RETRY_BASE_SECONDS = 30
SECRETARIAT_TYPE = "kesbangpol"
LIVE_STATUSES = {Status.NEW, Status.NEEDS_REVIEW, Status.VERIFIED, Status.IN_RESPONSE}


# --- rules ----------------------------------------------------------------------------


def _rules(kind: str, code: str) -> list[AlertRule]:
    return [
        r
        for r in AlertRule.objects.filter(kind=kind, is_active=True).order_by("id")
        if r.region_id is None or contains(r.region_id, code)
    ]


def _in_stage(rule: AlertRule, now: dt.datetime) -> bool:
    """A stage-bound rule fires in its stages: the one the team set, or else the one the
    election calendar of the rule's region (national and scheduled) is in today."""
    if not rule.stages:
        return True
    if rule.current_stage:
        return rule.current_stage in rule.stages
    return stage_on(timezone.localdate(now), election_calendar(rule.region_id)) in rule.stages


def _rating(code: str) -> int:
    row = RegionScore.objects.filter(pk=code).values_list("rating", flat=True).first()
    return int(row or 0)


def _in_indonesian(function: Callable[P, R]) -> Callable[P, R]:
    """Alert texts are stored, and read by the team in Indonesian whatever language the
    worker happens to run in."""

    @functools.wraps(function)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        with translation.override(settings.LANGUAGE_CODE):
            return function(*args, **kwargs)

    return wrapper


@_in_indonesian
def evaluate_report(
    report: Report, moved: Sequence[RatingChange], now: dt.datetime | None = None
) -> list[Alert]:
    """Rules about a single report, and about the ratings its signal moved."""
    now = now or timezone.now()
    raised: list[Alert] = []
    if report.region_id and report.status in LIVE_STATUSES:
        raised += _severity_alerts(report, now)
        raised += _tps_alerts(report, now)
    raised += rating_alerts(moved, now, evidence={"reports": [report.pk]})
    return raised


def _severity_alerts(report: Report, now: dt.datetime) -> list[Alert]:
    raised = []
    code = report.region_id or ""
    for rule in _rules(RuleKind.REPORT_SEVERITY, code):
        category = _matching_category(rule, report.categories)
        if (
            category is not None
            and (report.severity or 0) >= rule.min_severity
            and _in_stage(rule, now)
            and _rating(code) >= rule.min_rating
        ):
            raised.append(
                raise_alert(
                    rule,
                    report.region,  # type: ignore[arg-type]
                    category=category,
                    severity=report.severity or 0,
                    headline=_("Severity %(severity)s report in %(place)s")
                    % {"severity": report.severity, "place": report.region},
                    description=report.raw_text[:1000],
                    evidence={"reports": [report.pk]},
                    now=now,
                )
            )
    return raised


def _matching_category(rule: AlertRule, categories: Sequence[str]) -> str | None:
    if not rule.category:
        return (list(categories) or ["other"])[0]
    return rule.category if rule.category in categories else None


def _tps_alerts(report: Report, now: dt.datetime) -> list[Alert]:
    station = report.polling_station
    if station is None or not station.hard_to_reach:
        return []
    return [
        raise_alert(
            rule,
            report.region,  # type: ignore[arg-type]
            category=(report.categories or ["other"])[0],
            severity=max(report.severity or 1, 1),
            headline=_("Report about hard-to-reach TPS %(number)s in %(place)s")
            % {"number": station.number, "place": report.region},
            description=report.raw_text[:1000],
            evidence={"reports": [report.pk], "polling_station": station.pk},
            now=now,
        )
        for rule in _rules(RuleKind.HARD_TO_REACH_TPS, report.region_id or "")
        if _matching_category(rule, report.categories) is not None and _in_stage(rule, now)
    ]


@_in_indonesian
def rating_alerts(
    moved: Sequence[RatingChange], now: dt.datetime, evidence: dict[str, Any] | None = None
) -> list[Alert]:
    """One alert per rule for the coarsest region whose rating rose to its threshold."""
    rising = sorted((m for m in moved if m.after > m.before), key=lambda m: level_of(m.region))
    raised = []
    for rule in AlertRule.objects.filter(kind=RuleKind.RATING_RISE, is_active=True):
        hits = [
            m
            for m in rising
            if m.after >= rule.min_rating
            and m.before < rule.min_rating
            and (rule.region_id is None or contains(rule.region_id, m.region))
        ]
        if hits and _in_stage(rule, now):
            top = hits[0]
            region = Region.objects.get(pk=top.region)
            raised.append(
                raise_alert(
                    rule,
                    region,
                    category="",
                    severity=2,
                    headline=_("%(place)s rose to level %(level)s")
                    % {"place": region, "level": rating_label(top.after)},
                    description=_("Score %(score).1f; regions that moved: %(regions)s")
                    % {"score": top.score, "regions": ", ".join(m.region for m in hits)},
                    evidence={
                        **(evidence or {}),
                        "score": top.score,
                        "regions": [m.region for m in hits],
                    },
                    now=now,
                )
            )
    return raised


@_in_indonesian
def scan_spikes(now: dt.datetime | None = None, *, days: int = 30) -> list[Alert]:
    """Per kecamatan and category, daily signal counts against their own baseline."""
    now = now or timezone.now()
    rules = [
        r
        for r in AlertRule.objects.filter(kind=RuleKind.SPIKE, is_active=True)
        if _in_stage(r, now)
    ]
    if not rules:
        return []
    series, counts = _daily_counts(now, days)
    raised = []
    for spike in scoring.spikes(counts):
        district, category = series[spike.series]
        for rule in rules:
            if (
                (not rule.category or rule.category == category)
                and (rule.region_id is None or contains(rule.region_id, district))
                and _rating(district) >= rule.min_rating
            ):
                region = Region.objects.get(pk=district)
                raised.append(
                    raise_alert(
                        rule,
                        region,
                        category=category,
                        severity=2,
                        headline=_("Unusual rise of %(category)s in %(place)s")
                        % {"category": category, "place": region},
                        description=_(
                            "%(observed)d signals in the last 2 days against %(expected).2f "
                            "expected from the 28 days before (p = %(p).4f)."
                        )
                        % {
                            "observed": spike.observed,
                            "expected": spike.expected,
                            "p": spike.p_value,
                        },
                        evidence={
                            "observed": spike.observed,
                            "expected": round(spike.expected, 3),
                            "p_value": spike.p_value,
                        },
                        now=now,
                    )
                )
    return raised


def _daily_counts(now: dt.datetime, days: int) -> tuple[list[tuple[str, str]], Any]:
    start = now - dt.timedelta(days=days)
    rows = (
        Signal.objects.filter(occurred_at__gte=start, occurred_at__lte=now)
        .exclude(district_code="")
        .values_list("district_code", "category", "occurred_at")
    )
    index: dict[tuple[str, str], int] = {}
    cells: dict[tuple[int, int], int] = defaultdict(int)
    for district, category, occurred in rows.iterator(chunk_size=5000):
        key = (district, category)
        series = index.setdefault(key, len(index))
        day = min(int((now - occurred).total_seconds() // 86400), days - 1)
        cells[(series, days - 1 - day)] += 1
    counts = np.zeros((len(index), days), dtype=np.int64)
    for (series, day), n in cells.items():
        counts[series, day] = n
    return list(index), counts


# --- alerts ---------------------------------------------------------------------------


@transaction.atomic
def raise_alert(
    rule: AlertRule,
    region: Region,
    *,
    category: str,
    severity: int,
    headline: str,
    description: str,
    evidence: dict[str, Any],
    now: dt.datetime,
) -> Alert:
    """Open an alert, or add the evidence to the one already open for this rule and region."""
    existing = Alert.objects.select_for_update().filter(rule=rule, region=region).open().first()
    if existing is not None:
        return _repeat(existing, evidence, severity, now)
    try:
        with transaction.atomic():
            alert = Alert.objects.create(
                rule=rule,
                region=region,
                category=category,
                severity=severity,
                headline=headline[:200],
                description=description,
                evidence=evidence,
                created_at=now,
                escalate_at=now + dt.timedelta(minutes=rule.ack_minutes),
            )
    except IntegrityError:  # another worker opened it a moment ago
        existing = Alert.objects.filter(rule=rule, region=region).open().get()
        return _repeat(existing, evidence, severity, now)
    AlertEvent.objects.create(alert=alert, at=now, action="raised", note=headline[:200])
    _route(alert, 0, now)
    return alert


def _repeat(alert: Alert, evidence: dict[str, Any], severity: int, now: dt.datetime) -> Alert:
    merged = dict(alert.evidence)
    for key, value in evidence.items():
        if isinstance(value, list):
            merged[key] = sorted(set(merged.get(key, [])) | set(value))
        else:
            merged[key] = value
    alert.evidence = merged
    alert.severity = max(alert.severity, severity)
    alert.repeats += 1
    alert.save(update_fields=["evidence", "severity", "repeats"])
    AlertEvent.objects.create(alert=alert, at=now, action="repeated")
    return alert


def team_for(code: str) -> Team | None:
    """The active team closest to the place, looking up from the kabupaten."""
    chain = [c for c in ancestors_and_self(code) if level_of(c) <= 2]
    teams = {t.region_id: t for t in Team.objects.active().filter(region_id__in=chain)}
    return next((teams[c] for c in reversed(chain) if c in teams), None)


def recipients_for(alert: Alert, step: int) -> list[tuple[User | None, Agency | None, str]]:
    """Who hears of the alert at an escalation step: 0 the secretariat's analysts and
    the agencies whose duties cover the category (and their liaisons), 1 the team's
    coordinators, 2 the team head, 3 the provincial team."""
    team = team_for(alert.region_id)
    if team is None:
        return []
    people = User.objects.filter(is_active=True)
    if step == 0:
        agencies = [
            a
            for a in Agency.objects.filter(region=team.region).select_related("type")
            if a.type_id == SECRETARIAT_TYPE
            or (alert.category and alert.category in a.type.categories)
        ]
        found: list[tuple[User | None, Agency | None, str]] = [
            (None, a, _secretariat_or_duty(a, alert.category)) for a in agencies
        ]
        found += [
            (u, None, _("secretariat analyst"))
            for u in people.filter(region=team.region, role=Role.ANALYST)
        ]
        found += [
            (u, None, _("liaison of %(agency)s") % {"agency": u.agency})
            for u in people.filter(agency__in=agencies, role=Role.LIAISON)
        ]
        return found
    if step == 1:
        return [
            (u, None, _("team coordinator"))
            for u in people.filter(region=team.region, role=Role.COORDINATOR)
        ]
    if step == 2:
        heads = Membership.objects.current().filter(
            team=team, position=Position.CHAIR, user__isnull=False
        )
        return [
            (m.user, None, _("head of the team")) for m in heads.select_related("user") if m.user
        ]
    province = team.region_id.split(".")[0]
    return [
        (u, None, _("provincial team"))
        for u in people.filter(
            region_id=province, role__in=[Role.ANALYST, Role.COORDINATOR, Role.OBSERVER]
        )
    ]


def _secretariat_or_duty(agency: Agency, category: str) -> str:
    if agency.type_id == SECRETARIAT_TYPE:
        return _("team secretariat")
    return _("its duties cover %(category)s") % {"category": category_label(category)}


def _route(alert: Alert, step: int, now: dt.datetime) -> int:
    added = 0
    for user, agency, reason in recipients_for(alert, step):
        lookup = {"user": user} if user else {"agency": agency}
        recipient, created = Recipient.objects.get_or_create(
            alert=alert, **lookup, defaults={"step": step, "reason": reason[:200]}
        )
        if created:
            added += 1
            _plan_deliveries(alert, recipient, now)
    webhook = getattr(settings, "SIAGA_ALERT_WEBHOOK_URL", "")
    if step == 0 and webhook:
        _queue(Delivery(alert=alert, channel=ChannelKind.WEBHOOK, address=webhook, created_at=now))
    AlertEvent.objects.create(
        alert=alert,
        at=now,
        action="routed",
        note=_("step %(step)d: %(n)d recipients") % {"step": step, "n": added},
    )
    return added


def _plan_deliveries(alert: Alert, recipient: Recipient, now: dt.datetime) -> None:
    if recipient.user is not None:
        user = recipient.user
        Delivery.objects.create(
            alert=alert,
            recipient=recipient,
            channel=ChannelKind.IN_APP,
            address=user.username,
            status=DeliveryStatus.SENT,
            attempts=1,
            sent_at=now,
            created_at=now,
        )
        if user.email:
            _queue(
                Delivery(
                    alert=alert,
                    recipient=recipient,
                    channel=ChannelKind.EMAIL,
                    address=user.email,
                    created_at=now,
                )
            )
        if user.phone and getattr(settings, "SIAGA_SMS_GATEWAY_URL", ""):
            _queue(
                Delivery(
                    alert=alert,
                    recipient=recipient,
                    channel=ChannelKind.SMS,
                    address=user.phone,
                    created_at=now,
                )
            )
    elif recipient.agency is not None and recipient.agency.email:
        _queue(
            Delivery(
                alert=alert,
                recipient=recipient,
                channel=ChannelKind.EMAIL,
                address=recipient.agency.email,
                created_at=now,
            )
        )


def _queue(delivery: Delivery) -> None:
    from siaga.alerts.tasks import deliver_task

    delivery.save()
    deliver_task.enqueue(delivery.pk)


def deliver(delivery: Delivery, now: dt.datetime | None = None) -> dt.datetime | None:
    """One attempt; returns when to try again after a transient failure, else None."""
    import time

    now = now or timezone.now()
    if delivery.status != DeliveryStatus.PENDING:
        return None
    started = time.perf_counter()
    error, transient = "", False
    try:
        send(delivery.channel, delivery.address, delivery.alert)
    except DeliveryError as problem:
        error, transient = str(problem)[:300], problem.transient
    elapsed = int((time.perf_counter() - started) * 1000)
    delivery.attempts += 1
    DeliveryAttempt.objects.create(
        delivery=delivery,
        at=now,
        ok=not error,
        transient=transient,
        error=error,
        milliseconds=elapsed,
    )
    retry = None
    if not error:
        delivery.status, delivery.sent_at, delivery.next_attempt_at = DeliveryStatus.SENT, now, None
    elif transient and delivery.attempts < MAX_ATTEMPTS:
        retry = now + dt.timedelta(seconds=RETRY_BASE_SECONDS * 2 ** (delivery.attempts - 1))
        delivery.next_attempt_at = retry
    else:
        delivery.status, delivery.next_attempt_at = DeliveryStatus.FAILED, None
    delivery.last_error = error
    delivery.save()
    return retry


@_in_indonesian
def escalate_due(now: dt.datetime | None = None) -> list[Alert]:
    """Open alerts nobody acknowledged in time move one step up the chain."""
    now = now or timezone.now()
    moved = []
    for alert in Alert.objects.open().filter(escalate_at__lte=now).select_related("rule"):
        with transaction.atomic():
            alert = Alert.objects.select_for_update().get(pk=alert.pk)
            if (
                alert.status != AlertStatus.OPEN
                or alert.escalate_at is None
                or alert.escalate_at > now
            ):
                continue
            alert.step += 1
            last = alert.step >= ESCALATION_STEPS - 1
            alert.escalate_at = None if last else now + dt.timedelta(minutes=alert.rule.ack_minutes)
            alert.save(update_fields=["step", "escalate_at"])
            AlertEvent.objects.create(
                alert=alert, at=now, action="escalated", note=_("not acknowledged in time")
            )
            _route(alert, alert.step, now)
            moved.append(alert)
    return moved


def can_acknowledge(user: User, alert: Alert) -> bool:
    return alert.recipients.filter(
        Q(user=user) | Q(agency__isnull=False, agency=user.agency_id)
    ).exists() or can_change_region(user, alert.region_id)


@transaction.atomic
def acknowledge_alert(
    alert: Alert, *, by: User, note: str = "", now: dt.datetime | None = None
) -> Alert:
    now = now or timezone.now()
    alert = Alert.objects.select_for_update().get(pk=alert.pk)
    if not can_acknowledge(by, alert):
        raise PermissionDenied(_("You may not acknowledge this alert."))
    if alert.status == AlertStatus.OPEN:
        alert.status, alert.acknowledged_by, alert.acknowledged_at = (
            AlertStatus.ACKNOWLEDGED,
            by,
            now,
        )
        alert.escalate_at = None
        alert.save(update_fields=["status", "acknowledged_by", "acknowledged_at", "escalate_at"])
        AlertEvent.objects.create(
            alert=alert, at=now, action="acknowledged", actor=by, note=note[:500]
        )
    return alert


@transaction.atomic
def close_alert(alert: Alert, *, by: User, note: str = "", now: dt.datetime | None = None) -> Alert:
    now = now or timezone.now()
    if not can_change_region(by, alert.region_id):
        raise PermissionDenied(_("You may not close this alert."))
    alert.status, alert.escalate_at = AlertStatus.CLOSED, None
    alert.save(update_fields=["status", "escalate_at"])
    AlertEvent.objects.create(alert=alert, at=now, action="closed", actor=by, note=note[:500])
    return alert


def mark_seen(user: User, alerts: Iterable[Alert], now: dt.datetime | None = None) -> None:
    Recipient.objects.filter(alert__in=list(alerts), user=user, seen_at__isnull=True).update(
        seen_at=now or timezone.now()
    )


def flush_outbound(limit: int = 200) -> int:
    """Send the SMS/WhatsApp replies waiting in the outbox through the gateway adapter."""
    from siaga.alerts.channels import send_via_gateway
    from siaga.reports.models import OutboundMessage

    if not getattr(settings, "SIAGA_SMS_GATEWAY_URL", ""):
        return 0
    sent = 0
    for message in OutboundMessage.objects.filter(sent_at__isnull=True).order_by("id")[:limit]:
        try:
            send_via_gateway(message.channel, message.to, message.body)
        except DeliveryError:
            continue  # kept unsent; the next tick tries again
        message.sent_at = timezone.now()
        message.save(update_fields=["sent_at"])
        sent += 1
    return sent


def retry_due_deliveries(now: dt.datetime | None = None) -> int:
    """Deliveries whose retry time has come (a safety net beside the deferred tasks)."""
    now = now or timezone.now()
    due = Delivery.objects.filter(
        status=DeliveryStatus.PENDING, attempts__gt=0, next_attempt_at__lte=now
    ).select_related("alert__region")
    return sum(1 for delivery in due if deliver(delivery, now) is None)
