"""Field reports, their history, attachments, contacts, inbound messages and check-ins."""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import TYPE_CHECKING

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from siaga.regions.models import PlacedModel, PollingStation, Region
from siaga.reports.choices import Channel, Kind, PlaceMethod, Severity, Stage, Status
from siaga.teams.access import Role, scope_q
from siaga.teams.models import User

if TYPE_CHECKING:
    from siaga.teams.access import AnyUser

IDENTITY_ROLES = frozenset({Role.ANALYST, Role.COORDINATOR, Role.ADMIN})


class Contact(models.Model):
    """A phone number that wrote in. Registered numbers point at their user."""

    phone = models.CharField(_("phone number"), max_length=20, unique=True)
    name = models.CharField(_("name"), max_length=120, blank=True)
    user = models.ForeignKey(User, models.SET_NULL, null=True, blank=True, related_name="contacts")
    first_seen = models.DateTimeField(default=timezone.now)
    last_seen = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("contact")
        verbose_name_plural = _("contacts")

    def __str__(self) -> str:
        return self.name or self.phone


class ReportQuerySet(models.QuerySet["Report"]):
    def visible_to(self, user: AnyUser) -> ReportQuerySet:
        """A reporter sees what they sent; everyone else sees their region's subtree."""
        if isinstance(user, User) and user.role == Role.REPORTER:
            return self.filter(reporter=user) if user.is_active else self.none()
        return self.filter(scope_q(user))

    def triageable_by(self, user: AnyUser) -> ReportQuerySet:
        if getattr(user, "role", None) not in IDENTITY_ROLES:
            return self.none()
        return self.visible_to(user)

    def open(self) -> ReportQuerySet:
        return self.filter(status__in=[Status.NEW, Status.NEEDS_REVIEW])


class Report(PlacedModel):
    """One field report, kept exactly as received beside what triage made of it."""

    client_id = models.CharField(_("client id"), max_length=100, unique=True)
    channel = models.CharField(_("channel"), max_length=10, choices=Channel.choices)
    reporter = models.ForeignKey(
        User,
        models.PROTECT,
        null=True,
        blank=True,
        related_name="reports",
        verbose_name=_("reporter"),
    )
    contact = models.ForeignKey(
        Contact,
        models.PROTECT,
        null=True,
        blank=True,
        related_name="reports",
        verbose_name=_("contact"),
    )
    is_protected = models.BooleanField(_("protect reporter's identity"), default=False)
    received_at = models.DateTimeField(_("received at"), default=timezone.now, db_index=True)
    occurred_at = models.DateTimeField(_("occurred at"), null=True, blank=True)
    raw_text = models.TextField(_("text as received"))
    raw_payload = models.JSONField(_("input as received"), default=dict)

    region = models.ForeignKey(
        Region,
        models.PROTECT,
        null=True,
        blank=True,
        related_name="reports",
        verbose_name=_("place"),
    )
    place_method = models.CharField(
        _("how the place was found"), max_length=10, choices=PlaceMethod.choices, blank=True
    )
    place_text = models.CharField(_("place as written"), max_length=250, blank=True)
    polling_station = models.ForeignKey(
        PollingStation,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="reports",
        verbose_name=_("polling station"),
    )
    latitude = models.FloatField(_("latitude"), null=True, blank=True)
    longitude = models.FloatField(_("longitude"), null=True, blank=True)

    categories = models.JSONField(_("categories"), default=list, blank=True)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, blank=True)
    severity = models.PositiveSmallIntegerField(
        _("severity"), choices=Severity.choices, null=True, blank=True
    )
    election_stage = models.CharField(
        _("election stage"), max_length=24, choices=Stage.choices, blank=True
    )
    injured = models.PositiveIntegerField(_("injured"), null=True, blank=True)
    dead = models.PositiveIntegerField(_("dead"), null=True, blank=True)

    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.NEW, db_index=True
    )
    assignee = models.ForeignKey(
        User,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="assigned_reports",
        verbose_name=_("assigned to"),
    )
    duplicate_of = models.ForeignKey(
        "self",
        models.PROTECT,
        null=True,
        blank=True,
        related_name="duplicates",
        verbose_name=_("duplicate of"),
    )
    suggestions = models.JSONField(_("analysis suggestions"), default=dict, blank=True)
    analysed_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ReportQuerySet.as_manager()

    class Meta:
        verbose_name = _("report")
        verbose_name_plural = _("reports")
        ordering = ["-received_at"]
        indexes = [
            models.Index(fields=["regency_code", "status", "-received_at"]),
            models.Index(fields=["reporter", "-received_at"]),
        ]

    def __str__(self) -> str:
        return self.number

    @property
    def number(self) -> str:
        return f"LAP-{self.pk:06d}" if self.pk else "LAP-?"

    def reporter_label(self, viewer: AnyUser) -> str:
        """Who sent it, or a mask when the identity is protected from this viewer."""
        if self.is_protected and not can_see_identity(viewer, self):
            return str(_("Protected identity"))
        if self.reporter is not None:
            return str(self.reporter)
        return str(self.contact) if self.contact else ""


def can_see_identity(viewer: AnyUser, report: Report) -> bool:
    return getattr(viewer, "role", None) in IDENTITY_ROLES or viewer == report.reporter


class HistoryAction(models.TextChoices):
    STATUS = "status", _("Status changed")
    EDITED = "edited", _("Edited")
    MERGED = "merged", _("Merged")
    ASSIGNED = "assigned", _("Assigned")
    COMMENT = "comment", _("Comment")
    IDENTITY_VIEWED = "identity_viewed", _("Protected identity viewed")
    ANALYSED = "analysed", _("Analysed")


class ReportHistory(models.Model):
    """Append-only: every change to a report, with who, when and why."""

    report = models.ForeignKey(Report, models.CASCADE, related_name="history")
    at = models.DateTimeField(default=timezone.now)
    actor = models.ForeignKey(User, models.SET_NULL, null=True, blank=True, related_name="+")
    action = models.CharField(max_length=16, choices=HistoryAction.choices)
    from_status = models.CharField(max_length=12, blank=True)
    to_status = models.CharField(max_length=12, blank=True)
    note = models.TextField(blank=True)
    changes = models.JSONField(default=dict, blank=True)

    class Meta:
        verbose_name = _("report history")
        verbose_name_plural = _("report history")
        ordering = ["at", "id"]

    def __str__(self) -> str:
        return f"{self.report_id} {self.action}"


def attachment_path(instance: Attachment, filename: str) -> str:
    stamp = timezone.now().strftime("%Y/%m")
    return f"reports/{stamp}/{instance.sha256[:2]}/{instance.sha256}.jpg"


class Attachment(models.Model):
    """A photo, re-encoded on arrival (which also drops its metadata when asked)."""

    report = models.ForeignKey(Report, models.CASCADE, related_name="attachments")
    file = models.FileField(upload_to=attachment_path)
    sha256 = models.CharField(max_length=64)
    content_type = models.CharField(max_length=40)
    size = models.PositiveIntegerField()
    width = models.PositiveIntegerField()
    height = models.PositiveIntegerField()
    location_stripped = models.BooleanField(default=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")

    def __str__(self) -> str:
        return self.file.name or ""

    @staticmethod
    def digest(data: bytes) -> str:
        return hashlib.sha256(data).hexdigest()


class InboundMessage(models.Model):
    """An SMS/WhatsApp/gateway message stored before anything is made of it.

    If parsing or report creation fails, the row stays with its error and
    `siaga reprocess-messages` tries again: an accepted message is never lost.
    """

    channel = models.CharField(max_length=10, choices=Channel.choices)
    provider_id = models.CharField(max_length=120)
    sender = models.CharField(max_length=40)
    body = models.TextField()
    payload = models.JSONField(default=dict)
    received_at = models.DateTimeField(default=timezone.now)
    report = models.ForeignKey(Report, models.SET_NULL, null=True, blank=True, related_name="+")
    checkin = models.ForeignKey("CheckIn", models.SET_NULL, null=True, blank=True, related_name="+")
    reply = models.TextField(blank=True)
    error = models.TextField(blank=True)
    processed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("inbound message")
        verbose_name_plural = _("inbound messages")
        constraints = [
            models.UniqueConstraint(
                fields=["channel", "provider_id"], name="unique_inbound_message"
            )
        ]

    def __str__(self) -> str:
        return f"{self.channel}:{self.provider_id}"


class OutboundMessage(models.Model):
    """A reply waiting for the gateway adapter to send it (delivery lands with alerts)."""

    channel = models.CharField(max_length=10, choices=Channel.choices)
    to = models.CharField(max_length=40)
    body = models.TextField()
    created_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)
    in_reply_to = models.ForeignKey(InboundMessage, models.SET_NULL, null=True, blank=True)

    class Meta:
        verbose_name = _("outbound message")
        verbose_name_plural = _("outbound messages")

    def __str__(self) -> str:
        return f"→ {self.to}"


class CheckInQuerySet(models.QuerySet["CheckIn"]):
    def visible_to(self, user: AnyUser) -> CheckInQuerySet:
        if isinstance(user, User) and user.role == Role.REPORTER:
            return self.filter(user=user) if user.is_active else self.none()
        return self.filter(scope_q(user))


class CheckIn(PlacedModel):
    """ "Nihil": an officer confirms nothing happened in their area, so silence means something."""

    client_id = models.CharField(max_length=100, unique=True)
    user = models.ForeignKey(User, models.PROTECT, null=True, blank=True, related_name="checkins")
    contact = models.ForeignKey(Contact, models.PROTECT, null=True, blank=True, related_name="+")
    region = models.ForeignKey(Region, models.PROTECT, related_name="checkins")
    polling_station = models.ForeignKey(
        PollingStation, models.SET_NULL, null=True, blank=True, related_name="checkins"
    )
    channel = models.CharField(max_length=10, choices=Channel.choices)
    checked_at = models.DateTimeField(default=timezone.now, db_index=True)
    note = models.CharField(max_length=250, blank=True)

    objects = CheckInQuerySet.as_manager()

    class Meta:
        verbose_name = _("check-in (nihil)")
        verbose_name_plural = _("check-ins (nihil)")
        ordering = ["-checked_at"]

    def __str__(self) -> str:
        return f"nihil {self.region_id} {self.checked_at:%Y-%m-%d}"


class ScheduleQuerySet(models.QuerySet["ReportingSchedule"]):
    def in_force(self, code: str, when: dt.date) -> ScheduleQuerySet:
        from siaga.lib.regioncodes import ancestors_and_self

        return self.filter(region_id__in=ancestors_and_self(code), starts_on__lte=when).filter(
            Q(ends_on__isnull=True) | Q(ends_on__gte=when)
        )


class ReportingSchedule(models.Model):
    """How often officers in a region must report or check in during an election stage.

    Without a schedule in force the default applies (weekly); campaign and voting days
    are set to daily by the team.
    """

    region = models.ForeignKey(Region, models.PROTECT, related_name="reporting_schedules")
    stage = models.CharField(_("election stage"), max_length=24, choices=Stage.choices, blank=True)
    starts_on = models.DateField(_("starts on"))
    ends_on = models.DateField(_("ends on"), null=True, blank=True)
    interval_hours = models.PositiveIntegerField(_("report at least every (hours)"), default=24)

    objects = ScheduleQuerySet.as_manager()

    class Meta:
        verbose_name = _("reporting schedule")
        verbose_name_plural = _("reporting schedules")
        ordering = ["-starts_on"]

    def __str__(self) -> str:
        return f"{self.region_id} {self.stage} {self.interval_hours}h"


class ApiToken(models.Model):
    """A bearer token for the API; only its hash is stored."""

    user = models.ForeignKey(User, models.CASCADE, related_name="api_tokens")
    prefix = models.CharField(max_length=8, db_index=True)
    key_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(default=timezone.now)
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("API token")
        verbose_name_plural = _("API tokens")

    def __str__(self) -> str:
        return f"{self.prefix}… ({self.user})"

    @staticmethod
    def hash(key: str) -> str:
        return hashlib.sha256(key.encode()).hexdigest()
