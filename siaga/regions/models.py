"""The Kemendagri hierarchy, its aliases and boundaries, customary units and TPS."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from siaga.lib.regioncodes import (
    ANCESTOR_FIELDS,
    ancestor_columns,
    ancestors_and_self,
    level_of,
)

if TYPE_CHECKING:
    from siaga.teams.access import AnyUser


class Level(models.IntegerChoices):
    PROVINCE = 1, _("Province")
    REGENCY = 2, _("Regency/City")
    DISTRICT = 3, _("District")
    VILLAGE = 4, _("Village")


class RegionType(models.TextChoices):
    PROVINSI = "provinsi", _("Province")
    KABUPATEN = "kabupaten", _("Regency")
    KOTA = "kota", _("City")
    KECAMATAN = "kecamatan", _("District")
    DISTRIK = "distrik", _("District (Papua)")
    DESA = "desa", _("Village (desa)")
    KELURAHAN = "kelurahan", _("Urban village (kelurahan)")
    DESA_ADAT = "desa_adat", _("Customary village (kampung)")


class CoordinateSource(models.TextChoices):
    NONE = "", _("None")
    GEONAMES = "geonames", _("GeoNames (place name)")
    CHILDREN = "children", _("Median of the regions below")
    BOUNDARY = "boundary", _("Point inside the boundary")
    MANUAL = "manual", _("Entered by an officer")


def in_region_q(code: str, *, prefix: str = "") -> Q:
    """Rows placed at `code` or anywhere below it: one indexed equality."""
    return Q(**{prefix + ANCESTOR_FIELDS[level_of(code)]: code})


class PlacedQuerySet(models.QuerySet[Any]):
    """Scope for rows placed in the hierarchy: the viewer's subtree."""

    def within(self, code: str) -> PlacedQuerySet:
        return self.filter(in_region_q(code))

    def visible_to(self, user: AnyUser) -> PlacedQuerySet:
        from siaga.teams.access import scope_q  # the teams app decides scope

        return self.filter(scope_q(user))


class PlacedModel(models.Model):
    """A row that sits somewhere in the hierarchy and is found from any of its ancestors.

    The four ancestor columns are derived from `region_id` on save; bulk writers call
    `ancestor_columns()` themselves.
    """

    province_code = models.CharField(max_length=2, blank=True, db_index=True, editable=False)
    regency_code = models.CharField(max_length=5, blank=True, db_index=True, editable=False)
    district_code = models.CharField(max_length=8, blank=True, db_index=True, editable=False)
    village_code = models.CharField(max_length=13, blank=True, db_index=True, editable=False)

    class Meta:
        abstract = True

    def save(self, *args: Any, **kwargs: Any) -> None:
        for field, value in ancestor_columns(self.placed_code()).items():
            setattr(self, field, value)
        super().save(*args, **kwargs)

    def placed_code(self) -> str | None:
        return getattr(self, "region_id", None)


class RegionQuerySet(models.QuerySet["Region"]):
    def within(self, code: str) -> RegionQuerySet:
        return self.filter(in_region_q(code))

    def active_on(self, day: dt.date) -> RegionQuerySet:
        return self.filter(Q(valid_from__isnull=True) | Q(valid_from__lte=day)).filter(
            Q(valid_until__isnull=True) | Q(valid_until__gt=day)
        )

    def current(self) -> RegionQuerySet:
        return self.filter(valid_until__isnull=True)


class Region(PlacedModel):
    """One provinsi, kabupaten/kota, kecamatan or desa/kelurahan, keyed by its code.

    Regions are never deleted: one that leaves the registry (a split or a merger, a
    *pemekaran*) gets `valid_until`, and a renamed one keeps its old name as an alias.
    """

    code = models.CharField(_("Kemendagri code"), max_length=13, primary_key=True)
    parent = models.ForeignKey(
        "self", models.PROTECT, null=True, blank=True, related_name="children"
    )
    name = models.CharField(_("name"), max_length=120, db_index=True)
    level = models.PositiveSmallIntegerField(_("level"), choices=Level.choices)
    type = models.CharField(_("type"), max_length=12, choices=RegionType.choices)
    postal_code = models.CharField(_("postal code"), max_length=5, blank=True)
    latitude = models.FloatField(_("latitude"), null=True, blank=True)
    longitude = models.FloatField(_("longitude"), null=True, blank=True)
    coordinate_source = models.CharField(
        _("coordinate source"), max_length=10, choices=CoordinateSource.choices, blank=True
    )
    valid_from = models.DateField(_("valid from"), null=True, blank=True)
    valid_until = models.DateField(_("valid until"), null=True, blank=True)

    objects = RegionQuerySet.as_manager()

    class Meta:
        verbose_name = _("region")
        verbose_name_plural = _("regions")
        ordering = ["code"]
        indexes = [models.Index(fields=["level", "name"])]

    def __str__(self) -> str:
        return self.name

    def placed_code(self) -> str | None:
        return self.code

    @property
    def has_coordinates(self) -> bool:
        return self.latitude is not None and self.longitude is not None

    @property
    def label(self) -> str:
        """The name with its kind where the name alone is ambiguous ("Kecamatan Kediri")."""
        if self.level in (Level.DISTRICT, Level.VILLAGE):
            return f"{self.get_type_display()} {self.name}"
        return self.name

    def path(self) -> list[Region]:
        """The region and its ancestors, provinsi first, in one query."""
        codes = [v for v in ancestor_columns(self.code).values() if v]
        by_code = {r.code: r for r in Region.objects.filter(code__in=codes)}
        return [by_code[c] for c in codes if c in by_code]


class AliasKind(models.TextChoices):
    SHORT = "short", _("Short name")
    ABBREVIATION = "abbreviation", _("Abbreviation")
    FORMER = "former", _("Former name")
    LOCAL = "local", _("Local name")
    LANDMARK = "landmark", _("Landmark: a port, an airport or a seat of government")


class RegionAlias(models.Model):
    """Another name a region goes by in text: "Babel", "Kab. Tabanan", a former name."""

    region = models.ForeignKey(Region, models.CASCADE, related_name="aliases")
    name = models.CharField(_("name"), max_length=120)
    normalized = models.CharField(max_length=120, db_index=True, editable=False)
    kind = models.CharField(_("type"), max_length=12, choices=AliasKind.choices)

    class Meta:
        verbose_name = _("region alias")
        verbose_name_plural = _("region aliases")
        constraints = [
            models.UniqueConstraint(fields=["region", "normalized"], name="unique_region_alias")
        ]

    def __str__(self) -> str:
        return self.name

    def save(self, *args: Any, **kwargs: Any) -> None:
        from siaga.lib.text import normalize_name

        self.normalized = normalize_name(self.name)
        super().save(*args, **kwargs)


class RegionBoundary(models.Model):
    """A simplified boundary polygon (GeoJSON geometry) with its bounding box.

    The box is indexed so a point lookup reads only the few candidate shapes.
    """

    region = models.OneToOneField(Region, models.CASCADE, primary_key=True, related_name="boundary")
    geometry = models.JSONField(_("GeoJSON geometry"))
    min_longitude = models.FloatField()
    min_latitude = models.FloatField()
    max_longitude = models.FloatField()
    max_latitude = models.FloatField()
    source = models.CharField(_("source"), max_length=200, blank=True)
    loaded_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("region boundary")
        verbose_name_plural = _("region boundaries")
        indexes = [models.Index(fields=["min_longitude", "max_longitude"])]

    def __str__(self) -> str:
        return str(self.region_id)


class CustomaryKind(models.TextChoices):
    DESA_ADAT = "desa_adat", _("Customary village (desa adat)")
    BANJAR = "banjar", _("Banjar")
    OTHER = "other", _("Other")


class CustomaryUnit(PlacedModel):
    """A customary community (desa adat, banjar) tied to the administrative desa it sits in."""

    kind = models.CharField(_("type"), max_length=10, choices=CustomaryKind.choices)
    name = models.CharField(_("name"), max_length=120)
    region = models.ForeignKey(
        Region,
        models.PROTECT,
        related_name="customary_units",
        verbose_name=_("administrative village"),
    )
    parent = models.ForeignKey(
        "self",
        models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
        verbose_name=_("parent customary village"),
    )
    external_code = models.CharField(_("code"), max_length=40, blank=True)
    latitude = models.FloatField(_("latitude"), null=True, blank=True)
    longitude = models.FloatField(_("longitude"), null=True, blank=True)

    objects = PlacedQuerySet.as_manager()

    class Meta:
        verbose_name = _("customary unit")
        verbose_name_plural = _("customary units")
        ordering = ["region_id", "kind", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["region", "kind", "name"], name="unique_customary_unit_per_desa"
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.name}"


class PollingStation(PlacedModel):
    """A TPS: numbered within its desa for one election."""

    election_code = models.CharField(_("election"), max_length=40)
    region = models.ForeignKey(
        Region, models.PROTECT, related_name="polling_stations", verbose_name=_("village")
    )
    number = models.PositiveIntegerField(_("TPS number"))
    address = models.CharField(_("address"), max_length=250, blank=True)
    registered_voters = models.PositiveIntegerField(
        _("registered voters (DPT)"), null=True, blank=True
    )
    latitude = models.FloatField(_("latitude"), null=True, blank=True)
    longitude = models.FloatField(_("longitude"), null=True, blank=True)
    hard_to_reach = models.BooleanField(_("hard to reach"), default=False)

    objects = PlacedQuerySet.as_manager()

    class Meta:
        verbose_name = _("polling station (TPS)")
        verbose_name_plural = _("polling stations (TPS)")
        ordering = ["region_id", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["election_code", "region", "number"], name="unique_tps_per_desa"
            )
        ]

    def __str__(self) -> str:
        return f"TPS {self.number:03d}"


_REGION_CACHE: dict[str, tuple[float, Region | None]] = {}
REGION_CACHE_SECONDS = 300.0


def region_by_code(code: str) -> Region | None:
    """A region by code, remembered in this process for a few minutes.

    Intake looks up the same few thousand desa all day; regions change only when the
    registry is reloaded, and a reload is seen here within REGION_CACHE_SECONDS.
    """
    import time

    now = time.monotonic()
    hit = _REGION_CACHE.get(code)
    if hit is not None and now - hit[0] < REGION_CACHE_SECONDS:
        return hit[1]
    region = next(iter(Region.objects.filter(code=code)), None)
    if len(_REGION_CACHE) > 100_000:
        _REGION_CACHE.clear()
    _REGION_CACHE[code] = (now, region)
    return region


def forget_cached_regions() -> None:
    _REGION_CACHE.clear()


def _stage_choices() -> list[tuple[str, Any]]:
    from siaga.reports.choices import Stage  # labels only: the module holds no models

    return list(Stage.choices)


class ElectionKind(models.TextChoices):
    PEMILU = "pemilu", _("General election (Pemilu)")
    PILKADA = "pilkada", _("Regional head election (Pilkada)")
    PILKADES = "pilkades", _("Village head election (Pilkades, Pemilihan Perbekel)")


class ScheduledStageQuerySet(models.QuerySet["ScheduledStage"]):
    def applying_at(self, code: str | None) -> ScheduledStageQuerySet:
        """Stages nationwide and those scheduled for `code` or any region above it."""
        here = Q(region__isnull=True)
        if code:
            here |= Q(region_id__in=ancestors_and_self(code))
        return self.filter(here)


class ScheduledStage(models.Model):
    """A stage of an election the national calendar does not know: a kabupaten's
    village-head elections, a re-vote, a later Pilkada. Its region and everything below
    it read texts of those days in this stage."""

    name = models.CharField(_("election"), max_length=120, help_text=_("e.g. Pilkel Tabanan 2026"))
    election = models.CharField(_("kind of election"), max_length=10, choices=ElectionKind.choices)
    region = models.ForeignKey(
        Region,
        models.PROTECT,
        null=True,
        blank=True,
        related_name="scheduled_stages",
        verbose_name=_("region"),
        help_text=_("Empty: the whole country."),
    )
    stage = models.CharField(_("stage"), max_length=30, choices=_stage_choices())
    start = models.DateField(_("first day"))
    end = models.DateField(_("last day"))

    objects = ScheduledStageQuerySet.as_manager()

    class Meta:
        verbose_name = _("scheduled election stage")
        verbose_name_plural = _("scheduled election stages")
        ordering = ["start", "name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(end__gte=models.F("start")), name="stage_ends_after_it_starts"
            )
        ]

    def __str__(self) -> str:
        return f"{self.name}: {self.stage} {self.start:%d-%m-%Y}–{self.end:%d-%m-%Y}"

    def clean(self) -> None:
        from django.core.exceptions import ValidationError

        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("The last day comes before the first.")})
