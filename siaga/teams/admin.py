from __future__ import annotations

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin
from django.utils.translation import gettext_lazy as _

from siaga.teams.models import Agency, AgencyType, Membership, Team, User


@admin.register(User)
class SiagaUserAdmin(UserAdmin[User]):
    list_display = ("username", "get_full_name", "role", "region", "agency", "is_active")
    list_filter = ("role", "is_active")
    raw_id_fields = ("region",)
    fieldsets = (
        *(UserAdmin.fieldsets or ()),
        (_("Siaga"), {"fields": ("role", "region", "agency", "phone", "field_title")}),
    )


@admin.register(AgencyType)
class AgencyTypeAdmin(admin.ModelAdmin[AgencyType]):
    list_display = ("code", "name", "sector")


@admin.register(Agency)
class AgencyAdmin(admin.ModelAdmin[Agency]):
    list_display = ("name", "type", "region")
    list_filter = ("type",)
    search_fields = ("name",)
    raw_id_fields = ("region",)


class MembershipInline(admin.TabularInline[Membership, Team]):
    model = Membership
    extra = 0
    raw_id_fields = ("user",)


@admin.register(Team)
class TeamAdmin(admin.ModelAdmin[Team]):
    list_display = ("name", "region", "decree_number", "decree_date", "is_active")
    raw_id_fields = ("region",)
    inlines = [MembershipInline]
