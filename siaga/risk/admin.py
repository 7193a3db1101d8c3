"""An administrator builds or edits a framework here: dimensions and indicators inline."""

from __future__ import annotations

from django.contrib import admin

from siaga.risk.models import Dimension, Framework, ImportBatch, Indicator, IndicatorValue


class DimensionInline(admin.TabularInline[Dimension, Framework]):
    model = Dimension
    extra = 1
    fields = ("code", "name", "parent", "weight", "ordering")


class IndicatorInline(admin.StackedInline[Indicator, Framework]):
    model = Indicator
    extra = 1
    fields = (
        ("code", "name"),
        ("dimension", "applies_to"),
        ("scale_min", "scale_max", "direction", "weight"),
        "stages",
        "categories",
    )


@admin.register(Framework)
class FrameworkAdmin(admin.ModelAdmin[Framework]):
    list_display = ("name", "publisher", "is_active")
    inlines = [DimensionInline, IndicatorInline]


@admin.register(Indicator)
class IndicatorAdmin(admin.ModelAdmin[Indicator]):
    list_display = ("code", "name", "framework", "applies_to", "weight")
    list_filter = ("framework", "applies_to")
    search_fields = ("code", "name")


@admin.register(IndicatorValue)
class IndicatorValueAdmin(admin.ModelAdmin[IndicatorValue]):
    list_display = (
        "indicator",
        "region",
        "polling_station",
        "value",
        "observed_on",
        "source",
        "entered_by",
    )
    list_filter = ("indicator__framework",)
    raw_id_fields = ("region", "polling_station", "batch")
    search_fields = ("region__code", "region__name")


admin.site.register(ImportBatch)
