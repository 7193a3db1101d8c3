from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from siaga.regions.models import Level, Region, in_region_q
from siaga.reports.choices import Category, Kind, Severity, Stage
from siaga.teams.models import User

QUICK_CATEGORIES = [
    Category.MONEY_POLITICS,
    Category.SUPPORTERS_CLASH,
    Category.ELECTION_CAMPAIGN_VIOLATION,
    Category.HOAX_HATE_SPEECH,
    Category.SARA_IDENTITY_RELIGION,
    Category.ADAT_CUSTOMARY_DISPUTE,
    Category.ALCOHOL_DRUGS_BRAWL,
    Category.POLLING_STATION_UNREST,
    Category.VOTER_LIST_PROBLEM,
    Category.OTHER,
]


class ReportForm(forms.Form):
    client_id = forms.CharField(max_length=100, required=False, widget=forms.HiddenInput)
    categories = forms.MultipleChoiceField(
        label=_("What kind of problem?"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        choices=[(c.value, c.label) for c in QUICK_CATEGORIES],
    )
    text = forms.CharField(
        label=_("What happened?"),
        max_length=5000,
        widget=forms.Textarea(
            attrs={"rows": 4, "placeholder": _("Who, what, where, when. However small.")}
        ),
    )
    region_code = forms.ChoiceField(label=_("Village"), required=False)
    place_text = forms.CharField(
        label=_("Place, as you would write it"),
        max_length=250,
        required=False,
        widget=forms.TextInput(attrs={"placeholder": _("e.g. Banjar Kangin, near the market")}),
    )
    latitude = forms.FloatField(required=False, widget=forms.HiddenInput)
    longitude = forms.FloatField(required=False, widget=forms.HiddenInput)
    occurred_at = forms.DateTimeField(
        label=_("When did it happen?"),
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"],
    )
    injured = forms.IntegerField(label=_("Injured"), min_value=0, required=False)
    dead = forms.IntegerField(label=_("Dead"), min_value=0, required=False)
    protected = forms.BooleanField(
        label=_("Protect my identity"),
        required=False,
        help_text=_("Only the secretariat's analysts will see who sent this."),
    )
    photo = forms.ImageField(label=_("Photo (optional)"), required=False)

    def __init__(self, *args: Any, reporter: User, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        choices = [("", _("— my area / not sure —")), *village_choices(reporter)]
        self.fields["region_code"].choices = choices  # type: ignore[attr-defined]


def village_choices(user: User) -> list[tuple[str, str]]:
    """Villages the officer may report from: their desa, or those of their district."""
    if user.region is None:
        return []
    area = user.region.parent if user.region.level == Level.VILLAGE else user.region
    if area is None or area.level < Level.REGENCY:
        return []
    villages = (
        Region.objects.current()
        .filter(in_region_q(area.code), level=Level.VILLAGE)
        .order_by("name")
    )
    return [(v.code, v.label) for v in villages[:400]]


class RejectForm(forms.Form):
    reason = forms.CharField(label=_("Reason"), max_length=500)


class EditForm(forms.Form):
    region_code = forms.CharField(label=_("Region code"), max_length=20, required=False)
    categories = forms.MultipleChoiceField(
        label=_("Categories"),
        required=False,
        choices=Category.choices,
        widget=forms.CheckboxSelectMultiple,
    )
    kind = forms.ChoiceField(label=_("Kind"), required=False, choices=[("", "—"), *Kind.choices])
    severity = forms.TypedChoiceField(
        label=_("Severity"),
        required=False,
        coerce=int,
        empty_value=None,
        choices=[("", "—"), *Severity.choices],
    )
    election_stage = forms.ChoiceField(
        label=_("Election stage"), required=False, choices=[("", "—"), *Stage.choices]
    )
    note = forms.CharField(label=_("Why"), max_length=500, required=False)


class MergeForm(forms.Form):
    duplicate_numbers = forms.CharField(
        label=_("Report numbers that are duplicates of this one"),
        max_length=200,
        help_text=_("e.g. LAP-000012, 15"),
    )


class AssignForm(forms.Form):
    assignee = forms.ModelChoiceField(
        label=_("Assign to"), queryset=User.objects.none(), required=False
    )

    def __init__(self, *args: Any, colleagues: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["assignee"].queryset = colleagues  # type: ignore[attr-defined]


class CommentForm(forms.Form):
    text = forms.CharField(
        label=_("Comment"), max_length=2000, widget=forms.Textarea(attrs={"rows": 2})
    )
