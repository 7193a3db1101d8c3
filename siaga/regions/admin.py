from __future__ import annotations

from django.contrib import admin

from siaga.regions.models import (
    CustomaryUnit,
    PollingStation,
    Region,
    RegionAlias,
    ScheduledStage,
)


class AliasInline(admin.TabularInline[RegionAlias, Region]):
    model = RegionAlias
    extra = 0


@admin.register(Region)
class RegionAdmin(admin.ModelAdmin[Region]):
    list_display = (
        "code",
        "name",
        "level",
        "type",
        "postal_code",
        "coordinate_source",
        "valid_until",
    )
    list_filter = ("level", "type", "coordinate_source")
    search_fields = ("code", "name")
    readonly_fields = ("code", "parent", "level", "type")
    inlines = [AliasInline]
    show_full_result_count = False


@admin.register(CustomaryUnit)
class CustomaryUnitAdmin(admin.ModelAdmin[CustomaryUnit]):
    list_display = ("name", "kind", "region", "parent")
    list_filter = ("kind", "regency_code")
    search_fields = ("name", "region__name")
    raw_id_fields = ("region", "parent")


@admin.register(PollingStation)
class PollingStationAdmin(admin.ModelAdmin[PollingStation]):
    list_display = ("__str__", "election_code", "region", "registered_voters", "hard_to_reach")
    list_filter = ("election_code", "hard_to_reach", "regency_code")
    search_fields = ("region__name", "address")
    raw_id_fields = ("region",)


@admin.register(ScheduledStage)
class ScheduledStageAdmin(admin.ModelAdmin[ScheduledStage]):
    list_display = ("name", "election", "stage", "region", "start", "end")
    list_filter = ("election", "stage")
    search_fields = ("name", "region__name")
    raw_id_fields = ("region",)
    date_hierarchy = "start"
