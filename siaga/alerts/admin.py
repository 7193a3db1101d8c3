from __future__ import annotations

from django.contrib import admin

from siaga.alerts.models import Alert, AlertRule, Delivery


@admin.register(AlertRule)
class AlertRuleAdmin(admin.ModelAdmin[AlertRule]):
    list_display = (
        "name",
        "kind",
        "category",
        "min_severity",
        "min_rating",
        "ack_minutes",
        "is_active",
    )
    list_filter = ("kind", "is_active")
    raw_id_fields = ("region",)


@admin.register(Alert)
class AlertAdmin(admin.ModelAdmin[Alert]):
    list_display = ("headline", "region", "status", "step", "created_at")
    list_filter = ("status", "rule")
    raw_id_fields = ("region", "acknowledged_by")


@admin.register(Delivery)
class DeliveryAdmin(admin.ModelAdmin[Delivery]):
    list_display = ("alert", "channel", "address", "status", "attempts", "last_error")
    list_filter = ("status", "channel")
