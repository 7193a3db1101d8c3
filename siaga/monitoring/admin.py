from __future__ import annotations

from django.contrib import admin

from siaga.monitoring.models import Item, Source


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin[Source]):
    list_display = ("name", "kind", "region", "is_active")
    raw_id_fields = ("region",)


@admin.register(Item)
class ItemAdmin(admin.ModelAdmin[Item]):
    list_display = ("__str__", "source", "status", "kind", "severity", "published_at")
    list_filter = ("status", "kind", "source")
    search_fields = ("text", "title")
    raw_id_fields = ("region", "duplicate_of", "reviewed_by")
