"""Sources of media signals, the items they bring, and the review of each item."""

from __future__ import annotations

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from siaga.regions.models import PlacedModel, PlacedQuerySet, Region
from siaga.teams.models import User


class SourceKind(models.TextChoices):
    FEED = "feed", _("RSS/Atom feed")
    PAGE = "page", _("Web page")
    FILES = "files", _("Drop folder or upload")
    CHAT = "chat", _("Chat group export")
    SOCIAL = "social", _("Social media export")


class Source(models.Model):
    name = models.CharField(_("name"), max_length=160, unique=True)
    kind = models.CharField(_("kind"), max_length=10, choices=SourceKind.choices)
    url = models.URLField(_("address"), blank=True)
    region = models.ForeignKey(
        Region,
        models.PROTECT,
        related_name="sources",
        verbose_name=_("region watched"),
        help_text=_("Used as the place prior when reading its items."),
    )
    is_active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(default=timezone.now)
    # Polite fetching: at most once per interval, conditional requests, a timeout.
    fetch_every_minutes = models.PositiveIntegerField(
        _("fetch at most every (minutes)"), default=30
    )
    last_fetched_at = models.DateTimeField(null=True, blank=True)
    etag = models.CharField(max_length=200, blank=True)
    last_modified = models.CharField(max_length=100, blank=True)
    last_error = models.TextField(blank=True)

    class Meta:
        verbose_name = _("source")
        verbose_name_plural = _("sources")

    def __str__(self) -> str:
        return self.name


class ItemStatus(models.TextChoices):
    NEW = "new", _("Waiting for review")
    CONFIRMED = "confirmed", _("Confirmed signal")
    DISMISSED = "dismissed", _("Dismissed")
    DUPLICATE = "duplicate", _("Copy of another item")
    IGNORED = "ignored", _("Not a conflict signal")


class Item(PlacedModel):
    """One article, file or chat message, stored once, with Siaga's reading of it.

    A confirmed item is a signal for its region: the risk scores count it.
    """

    source = models.ForeignKey(Source, models.PROTECT, related_name="items")
    content_hash = models.CharField(max_length=64, unique=True)
    url = models.URLField(max_length=500, blank=True)
    title = models.CharField(max_length=300, blank=True)
    author = models.CharField(max_length=160, blank=True)
    text = models.TextField()
    published_at = models.DateTimeField(null=True, blank=True, db_index=True)
    fetched_at = models.DateTimeField(default=timezone.now)
    region = models.ForeignKey(Region, models.PROTECT, null=True, blank=True, related_name="items")
    kind = models.CharField(max_length=10, blank=True)
    categories = models.JSONField(default=list, blank=True)
    severity = models.PositiveSmallIntegerField(null=True, blank=True)
    reading = models.JSONField(default=dict, blank=True)
    status = models.CharField(
        max_length=10, choices=ItemStatus.choices, default=ItemStatus.NEW, db_index=True
    )
    duplicate_of = models.ForeignKey(
        "self", models.SET_NULL, null=True, blank=True, related_name="copies"
    )
    reviewed_by = models.ForeignKey(User, models.SET_NULL, null=True, blank=True, related_name="+")
    reviewed_at = models.DateTimeField(null=True, blank=True)
    review_note = models.CharField(max_length=300, blank=True)

    objects = PlacedQuerySet.as_manager()

    class Meta:
        verbose_name = _("monitored item")
        verbose_name_plural = _("monitored items")
        ordering = ["-published_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["url"], condition=~models.Q(url=""), name="unique_item_url"
            )
        ]

    def __str__(self) -> str:
        return self.title or self.text[:60]
