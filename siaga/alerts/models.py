"""Early warning: rules, the alerts they raise, who was told, and every delivery attempt."""

from __future__ import annotations

import uuid

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from siaga.regions.models import PlacedModel, PlacedQuerySet, Region
from siaga.teams.access import AnyUser, Role, scope_q
from siaga.teams.models import Agency, User


class RuleKind(models.TextChoices):
    REPORT_SEVERITY = "report_severity", _("A report at or above a severity")
    RATING_RISE = "rating_rise", _("A region's level rises to a rating")
    SPIKE = "spike", _("A category rises above its own baseline")
    HARD_TO_REACH_TPS = "hard_to_reach_tps", _("A report about a hard-to-reach TPS")


class AlertRule(models.Model):
    """When to warn. A rule with a region applies in that subtree only."""

    name = models.CharField(_("name"), max_length=160)
    kind = models.CharField(_("kind"), max_length=20, choices=RuleKind.choices)
    region = models.ForeignKey(
        Region, models.CASCADE, null=True, blank=True, related_name="+", verbose_name=_("region")
    )
    category = models.CharField(
        _("category"), max_length=40, blank=True, help_text=_("Empty: any category.")
    )
    min_severity = models.PositiveSmallIntegerField(_("minimum severity"), default=3)
    min_rating = models.PositiveSmallIntegerField(
        _("minimum level of the region"), default=0, help_text=_("0 rendah, 1 sedang, 2 tinggi.")
    )
    stages = models.JSONField(
        _("election stages"), default=list, blank=True, help_text=_("Empty: any time.")
    )
    current_stage = models.CharField(
        _("current election stage"),
        max_length=30,
        blank=True,
        help_text=_(
            "The stage the team is in now; stage-bound rules fire only then. Empty: the "
            "stage the national election calendar is in today."
        ),
    )
    ack_minutes = models.PositiveIntegerField(_("minutes to acknowledge"), default=60)
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        verbose_name = _("alert rule")
        verbose_name_plural = _("alert rules")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class AlertStatus(models.TextChoices):
    OPEN = "open", _("Open")
    ACKNOWLEDGED = "acknowledged", _("Acknowledged")
    CLOSED = "closed", _("Closed")


class AlertQuerySet(PlacedQuerySet):
    def visible_to(self, user: AnyUser) -> AlertQuerySet:
        if getattr(user, "role", None) == Role.REPORTER:
            return self.none()
        return self.filter(scope_q(user))

    def for_user(self, user: AnyUser) -> AlertQuerySet:
        """Alerts in the user's area and alerts routed to them (escalation reaches upward
        to people whose area does not contain the alert's region)."""
        return self.filter(
            Q(pk__in=self.model.objects.visible_to(user).values("pk")) | Q(recipients__user=user)
        ).distinct()

    def open(self) -> AlertQuerySet:
        return self.filter(status=AlertStatus.OPEN)


ESCALATION_STEPS = 4  # analysts and agencies, coordinators, team head, provincial team


class Alert(PlacedModel):
    """A warning about one region from one rule; one open alert per rule and region."""

    identifier = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    rule = models.ForeignKey(AlertRule, models.PROTECT, related_name="alerts")
    region = models.ForeignKey(Region, models.PROTECT, related_name="alerts")
    category = models.CharField(max_length=40, blank=True)
    severity = models.PositiveSmallIntegerField(default=1)
    headline = models.CharField(max_length=200)
    description = models.TextField()
    evidence = models.JSONField(default=dict)
    status = models.CharField(
        max_length=12, choices=AlertStatus.choices, default=AlertStatus.OPEN, db_index=True
    )
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    step = models.PositiveSmallIntegerField(default=0)
    escalate_at = models.DateTimeField(null=True, blank=True, db_index=True)
    acknowledged_by = models.ForeignKey(
        User, models.SET_NULL, null=True, blank=True, related_name="+"
    )
    acknowledged_at = models.DateTimeField(null=True, blank=True)
    repeats = models.PositiveIntegerField(default=0)

    objects = AlertQuerySet.as_manager()

    class Meta:
        verbose_name = _("alert")
        verbose_name_plural = _("alerts")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["rule", "region"],
                condition=Q(status="open"),
                name="one_open_alert_per_rule_region",
            )
        ]

    def __str__(self) -> str:
        return self.headline

    def placed_code(self) -> str | None:
        return self.region_id


class EventAction(models.TextChoices):
    RAISED = "raised", _("raised")
    REPEATED = "repeated", _("new evidence")
    ROUTED = "routed", _("sent")
    ESCALATED = "escalated", _("escalated")
    ACKNOWLEDGED = "acknowledged", _("acknowledged")
    CLOSED = "closed", _("closed")


class AlertEvent(models.Model):
    """The alert's history: raised, repeated, routed, escalated, acknowledged, closed."""

    alert = models.ForeignKey(Alert, models.CASCADE, related_name="events")
    at = models.DateTimeField(default=timezone.now)
    action = models.CharField(max_length=20, choices=EventAction.choices)
    actor = models.ForeignKey(User, models.SET_NULL, null=True, blank=True, related_name="+")
    note = models.TextField(blank=True)

    class Meta:
        ordering = ["at", "id"]

    def __str__(self) -> str:
        return f"{self.alert_id} {self.action}"


class Recipient(models.Model):
    """A person or agency the alert was routed to, at an escalation step, and why."""

    alert = models.ForeignKey(Alert, models.CASCADE, related_name="recipients")
    user = models.ForeignKey(User, models.CASCADE, null=True, blank=True, related_name="+")
    agency = models.ForeignKey(Agency, models.CASCADE, null=True, blank=True, related_name="+")
    step = models.PositiveSmallIntegerField()
    reason = models.CharField(max_length=200)
    seen_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["step", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["alert", "user"], condition=Q(user__isnull=False), name="one_user_per_alert"
            ),
            models.UniqueConstraint(
                fields=["alert", "agency"],
                condition=Q(agency__isnull=False),
                name="one_agency_per_alert",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.alert_id} → {self.user_id or self.agency_id}"


class ChannelKind(models.TextChoices):
    IN_APP = "in_app", _("In the app")
    EMAIL = "email", _("E-mail")
    WEBHOOK = "webhook", _("Webhook")
    SMS = "sms", _("SMS")
    WHATSAPP = "whatsapp", _("WhatsApp")


class DeliveryStatus(models.TextChoices):
    PENDING = "pending", _("Waiting")
    SENT = "sent", _("Sent")
    FAILED = "failed", _("Failed")


class Delivery(models.Model):
    recipient = models.ForeignKey(
        Recipient, models.CASCADE, null=True, blank=True, related_name="deliveries"
    )
    alert = models.ForeignKey(Alert, models.CASCADE, related_name="deliveries")
    channel = models.CharField(max_length=10, choices=ChannelKind.choices)
    address = models.CharField(max_length=300)
    status = models.CharField(
        max_length=8, choices=DeliveryStatus.choices, default=DeliveryStatus.PENDING
    )
    attempts = models.PositiveSmallIntegerField(default=0)
    created_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    last_error = models.CharField(max_length=300, blank=True)

    class Meta:
        verbose_name = _("delivery")
        verbose_name_plural = _("deliveries")
        ordering = ["id"]

    def __str__(self) -> str:
        return f"{self.channel} → {self.address}"


class DeliveryAttempt(models.Model):
    delivery = models.ForeignKey(Delivery, models.CASCADE, related_name="attempt_log")
    at = models.DateTimeField(default=timezone.now)
    ok = models.BooleanField()
    transient = models.BooleanField(default=False)
    error = models.CharField(max_length=300, blank=True)
    milliseconds = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["at", "id"]

    def __str__(self) -> str:
        return f"{self.delivery_id} {'ok' if self.ok else self.error}"
