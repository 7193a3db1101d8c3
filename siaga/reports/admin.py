from __future__ import annotations

from django.contrib import admin

from siaga.reports.models import (
    ApiToken,
    CheckIn,
    Contact,
    InboundMessage,
    OutboundMessage,
    Report,
    ReportHistory,
    ReportingSchedule,
)


class HistoryInline(admin.TabularInline[ReportHistory, Report]):
    model = ReportHistory
    extra = 0
    can_delete = False
    readonly_fields = ("at", "actor", "action", "from_status", "to_status", "note", "changes")

    def has_add_permission(self, request: object, obj: object = None) -> bool:
        return False


@admin.register(Report)
class ReportAdmin(admin.ModelAdmin[Report]):
    """Read-only: reports change through triage, which keeps their history."""

    list_display = ("number", "status", "channel", "region", "received_at")
    list_filter = ("status", "channel", "regency_code")
    search_fields = ("raw_text", "client_id")
    inlines = [HistoryInline]

    def has_change_permission(self, request: object, obj: object = None) -> bool:
        return False

    def has_delete_permission(self, request: object, obj: object = None) -> bool:
        return False


@admin.register(ReportingSchedule)
class ReportingScheduleAdmin(admin.ModelAdmin[ReportingSchedule]):
    list_display = ("region", "stage", "starts_on", "ends_on", "interval_hours")
    raw_id_fields = ("region",)


@admin.register(Contact)
class ContactAdmin(admin.ModelAdmin[Contact]):
    list_display = ("phone", "name", "user", "last_seen")
    search_fields = ("phone", "name")
    raw_id_fields = ("user",)


@admin.register(InboundMessage)
class InboundMessageAdmin(admin.ModelAdmin[InboundMessage]):
    list_display = ("channel", "sender", "received_at", "report", "error")
    list_filter = ("channel",)
    readonly_fields = (
        "channel",
        "provider_id",
        "sender",
        "body",
        "payload",
        "received_at",
        "report",
        "checkin",
        "reply",
        "error",
        "processed_at",
    )


admin.site.register(OutboundMessage)
admin.site.register(CheckIn)


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin[ApiToken]):
    list_display = ("prefix", "user", "created_at", "last_used_at", "revoked_at")
    readonly_fields = ("prefix", "key_hash", "created_at", "last_used_at")
