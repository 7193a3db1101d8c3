"""Vulnerability: indicator frameworks, their values, the signals that move scores, and
the scores themselves (one row per region, refreshed by services, never edited)."""

from __future__ import annotations

from typing import Any

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from siaga.regions.models import PlacedModel, PlacedQuerySet, PollingStation, Region
from siaga.teams.access import AnyUser, scope_q
from siaga.teams.models import User

STAGE_FIELDS = (
    "voter_registration",
    "party_verification",
    "candidate_registration",
    "campaign",
    "quiet_period",
    "logistics_distribution",
    "voting_counting",
    "recapitulation",
    "dispute_resolution",
    "inauguration",
)


class AppliesTo(models.IntegerChoices):
    PROVINCE = 1, _("Province")
    REGENCY = 2, _("Regency / city")
    DISTRICT = 3, _("District")
    VILLAGE = 4, _("Village")
    POLLING_STATION = 5, _("Polling station (TPS)")


class Direction(models.TextChoices):
    HIGHER_IS_WORSE = "up", _("Higher is more vulnerable")
    LOWER_IS_WORSE = "down", _("Lower is more vulnerable")


class Framework(models.Model):
    """A published or home-made instrument: Bawaslu IKP 2024, the TPS-rawan checklists."""

    code = models.SlugField(_("code"), max_length=40, unique=True)
    name = models.CharField(_("name"), max_length=200)
    publisher = models.CharField(_("publisher"), max_length=120, blank=True)
    description = models.TextField(_("description"), blank=True)
    is_active = models.BooleanField(
        _("counts in scores"),
        default=True,
        help_text=_("Inactive frameworks are kept but ignored."),
    )
    is_checklist = models.BooleanField(
        _("checklist"),
        default=False,
        help_text=_(
            "A place assessed on any indicator of a checklist was assessed on all of them: "
            "an indicator left out counts as absent, not unknown."
        ),
    )

    class Meta:
        verbose_name = _("indicator framework")
        verbose_name_plural = _("indicator frameworks")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Dimension(models.Model):
    """A dimension, or a sub-dimension when it has a parent."""

    framework = models.ForeignKey(Framework, models.CASCADE, related_name="dimensions")
    parent = models.ForeignKey(
        "self", models.CASCADE, null=True, blank=True, related_name="children"
    )
    code = models.SlugField(_("code"), max_length=60)
    name = models.CharField(_("name"), max_length=200)
    weight = models.FloatField(_("weight"), default=1.0)
    ordering = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = _("dimension")
        verbose_name_plural = _("dimensions")
        ordering = ["framework_id", "ordering", "id"]
        constraints = [
            models.UniqueConstraint(fields=["framework", "code"], name="unique_dimension_code")
        ]

    def __str__(self) -> str:
        return self.name


class Indicator(models.Model):
    framework = models.ForeignKey(Framework, models.CASCADE, related_name="indicators")
    dimension = models.ForeignKey(Dimension, models.CASCADE, related_name="indicators")
    code = models.SlugField(_("code"), max_length=60)
    name = models.CharField(_("name"), max_length=300)
    applies_to = models.PositiveSmallIntegerField(_("level"), choices=AppliesTo.choices)
    scale_min = models.FloatField(_("scale minimum"), default=0.0)
    scale_max = models.FloatField(_("scale maximum"), default=1.0)
    direction = models.CharField(
        _("direction"), max_length=4, choices=Direction.choices, default=Direction.HIGHER_IS_WORSE
    )
    weight = models.FloatField(_("weight"), default=1.0)
    stages = models.JSONField(
        _("election stages where it matters"),
        default=list,
        blank=True,
        help_text=_("Empty: every stage."),
    )
    categories = models.JSONField(
        _("report categories that count towards it"), default=list, blank=True
    )
    ordering = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")
        ordering = ["framework_id", "dimension__ordering", "ordering", "id"]
        constraints = [
            models.UniqueConstraint(fields=["framework", "code"], name="unique_indicator_code")
        ]

    def __str__(self) -> str:
        return self.name

    def effective_weight(self) -> float:
        dimension = self.dimension
        weight = self.weight * dimension.weight
        if dimension.parent is not None:
            weight *= dimension.parent.weight
        return weight


class ImportBatch(models.Model):
    """One imported file: its values point here, so an import can be traced or undone."""

    file_name = models.CharField(max_length=200)
    framework = models.ForeignKey(Framework, models.PROTECT, related_name="imports")
    imported_by = models.ForeignKey(User, models.PROTECT, related_name="+")
    imported_at = models.DateTimeField(default=timezone.now)
    rows = models.PositiveIntegerField()
    source = models.CharField(max_length=200)

    class Meta:
        verbose_name = _("indicator import")
        verbose_name_plural = _("indicator imports")

    def __str__(self) -> str:
        return self.file_name


class IndicatorValue(PlacedModel):
    """One observation of an indicator for a region or a TPS. Rows are never edited:
    a newer observation of the same indicator and place supersedes an older one."""

    indicator = models.ForeignKey(Indicator, models.CASCADE, related_name="values")
    region = models.ForeignKey(Region, models.PROTECT, related_name="indicator_values")
    polling_station = models.ForeignKey(
        PollingStation, models.CASCADE, null=True, blank=True, related_name="indicator_values"
    )
    value = models.FloatField(_("value"))
    observed_on = models.DateField(_("observed on"))
    source = models.CharField(_("source"), max_length=200)
    note = models.CharField(_("note"), max_length=300, blank=True)
    entered_by = models.ForeignKey(User, models.PROTECT, related_name="+")
    entered_at = models.DateTimeField(default=timezone.now)
    batch = models.ForeignKey(
        ImportBatch, models.CASCADE, null=True, blank=True, related_name="values"
    )

    objects = PlacedQuerySet.as_manager()

    class Meta:
        verbose_name = _("indicator value")
        verbose_name_plural = _("indicator values")
        indexes = [models.Index(fields=["indicator", "region", "-observed_on", "-id"])]

    def __str__(self) -> str:
        return f"{self.indicator.code} {self.region_id}: {self.value}"

    def placed_code(self) -> str | None:
        return self.region_id


class SignalSource(models.TextChoices):
    REPORT = "report", _("Field report")
    ITEM = "item", _("Media item")


class Signal(PlacedModel):
    """What a report or a monitored item contributes to scores, one row per category.

    Kept in step with its source by `sync_report` / `sync_item`; its `weight` already
    holds the status factor (verified 1, unverified less), severity stays separate.
    """

    source = models.CharField(max_length=6, choices=SignalSource.choices)
    report = models.ForeignKey(
        "reports.Report", models.CASCADE, null=True, blank=True, related_name="signals"
    )
    item = models.ForeignKey(
        "monitoring.Item", models.CASCADE, null=True, blank=True, related_name="signals"
    )
    region = models.ForeignKey(Region, models.PROTECT, related_name="+")
    polling_station = models.ForeignKey(
        PollingStation, models.SET_NULL, null=True, blank=True, related_name="+"
    )
    category = models.CharField(max_length=40, db_index=True)
    severity = models.PositiveSmallIntegerField()
    stage = models.CharField(max_length=30, blank=True)
    weight = models.FloatField()
    occurred_at = models.DateTimeField(db_index=True)
    # The same moment as seconds since the epoch: a full recompute reads a million of
    # these, and numbers cost nothing to convert where datetimes cost a microsecond each.
    occurred_ts = models.FloatField(editable=False)
    # Numeric copies for the same reason: the region code as digits (levels have fixed
    # widths, so codes of different levels never collide), category and stage as one
    # small number (positions in the taxonomy, which only ever appends), and weight
    # times the severity weight. Derived in save(); `recompute-scores --resync` redoes them.
    region_key = models.BigIntegerField(editable=False, default=0)
    kind_code = models.PositiveSmallIntegerField(editable=False, default=0)
    base_weight = models.FloatField(editable=False, default=0.0)

    objects = PlacedQuerySet.as_manager()

    class Meta:
        verbose_name = _("risk signal")
        verbose_name_plural = _("risk signals")
        indexes = [
            models.Index(fields=["district_code", "category", "occurred_at"]),
            models.Index(fields=["regency_code", "occurred_at"]),
        ]

    def __str__(self) -> str:
        return f"{self.source} {self.category} @ {self.region_id}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        from siaga.analysis.scoring import SEVERITY_WEIGHT

        self.occurred_ts = self.occurred_at.timestamp()
        self.region_key = region_key(self.region_id)
        self.kind_code = kind_code(self.category, self.stage)
        self.base_weight = self.weight * float(SEVERITY_WEIGHT[min(self.severity, 4)])
        super().save(*args, **kwargs)

    def placed_code(self) -> str | None:
        return self.region_id


class RegionScoreQuerySet(models.QuerySet["RegionScore"]):
    def visible_to(self, user: AnyUser) -> RegionScoreQuerySet:
        return self.filter(scope_q(user, prefix="region__"))


class RegionScore(models.Model):
    """The current score of one region, overall and per election stage.

    `static` and `evidence` keep the two parts per stage (overall first, then the
    stages in taxonomy order) so one new signal updates the row without a recompute;
    `evidence` is valued at `evidence_at` and decays from there.
    """

    # No database constraint on the derived tables: regions are never deleted, and
    # checking 90,000 keys on every full recompute costs more than the rows themselves.
    region = models.OneToOneField(
        Region, models.CASCADE, primary_key=True, related_name="score", db_constraint=False
    )
    level = models.PositiveSmallIntegerField()  # indexed with the score, below
    score = models.FloatField(default=0.0)
    rating = models.PositiveSmallIntegerField(default=0)
    score_voter_registration = models.FloatField(default=0.0)
    score_party_verification = models.FloatField(default=0.0)
    score_candidate_registration = models.FloatField(default=0.0)
    score_campaign = models.FloatField(default=0.0)
    score_quiet_period = models.FloatField(default=0.0)
    score_logistics_distribution = models.FloatField(default=0.0)
    score_voting_counting = models.FloatField(default=0.0)
    score_recapitulation = models.FloatField(default=0.0)
    score_dispute_resolution = models.FloatField(default=0.0)
    score_inauguration = models.FloatField(default=0.0)
    static = models.JSONField(default=list)
    evidence = models.JSONField(default=list)
    evidence_at = models.DateTimeField()
    # Evidence per category, in taxonomy order, valued at `evidence_at` like `evidence`.
    categories = models.JSONField(default=list)
    computed_at = models.DateTimeField()

    objects = RegionScoreQuerySet.as_manager()

    class Meta:
        verbose_name = _("region score")
        verbose_name_plural = _("region scores")
        indexes = [models.Index(fields=["level", "-score"])]

    def __str__(self) -> str:
        return f"{self.region_id}: {self.score:.1f}"

    def for_stage(self, stage: str | None) -> float:
        return float(getattr(self, f"score_{stage}")) if stage else self.score


class ScoreHistory(models.Model):
    """One row per region and day: the overall score at the day's last computation."""

    region = models.ForeignKey(
        Region, models.CASCADE, related_name="score_history", db_constraint=False
    )
    day = models.DateField()
    score = models.FloatField()
    rating = models.PositiveSmallIntegerField()

    class Meta:
        verbose_name = _("score history")
        verbose_name_plural = _("score history")
        ordering = ["region_id", "day"]
        constraints = [
            models.UniqueConstraint(fields=["region", "day"], name="one_score_per_region_day")
        ]

    def __str__(self) -> str:
        return f"{self.region_id} {self.day}: {self.score:.1f}"


class TpsScore(models.Model):
    """The current score of one polling station (static checklist + signals at it)."""

    polling_station = models.OneToOneField(
        PollingStation, models.CASCADE, primary_key=True, related_name="score", db_constraint=False
    )
    village_code = models.CharField(max_length=13, db_index=True)
    score = models.FloatField(default=0.0)
    rating = models.PositiveSmallIntegerField(default=0)
    flags = models.JSONField(default=list)
    computed_at = models.DateTimeField()

    class Meta:
        verbose_name = _("polling-station score")
        verbose_name_plural = _("polling-station scores")

    def __str__(self) -> str:
        return f"TPS {self.polling_station_id}: {self.score:.1f}"


def rating_label(rating: int | None) -> str:
    """rendah / sedang / tinggi (low / medium / high) in the active language."""
    from django.utils.translation import gettext

    return [gettext("low"), gettext("medium"), gettext("high")][max(0, min(int(rating or 0), 2))]


STAGE_SLOTS = 16


def region_key(code: str) -> int:
    return int(code.replace(".", ""))


def kind_code(category: str, stage: str) -> int:
    """Category position times 16 plus stage position (0 = no stage)."""
    from siaga.lib.taxonomy import CATEGORIES, ELECTION_STAGES

    c = CATEGORIES.index(category) if category in CATEGORIES else len(CATEGORIES) - 1
    s = ELECTION_STAGES.index(stage) + 1 if stage in ELECTION_STAGES else 0
    return c * STAGE_SLOTS + s
