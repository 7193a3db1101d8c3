from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from siaga.regions.models import ScheduledStage
from siaga.teams.models import Agency, Position, Team


class MemberForm(forms.Form):
    person_name = forms.CharField(label=_("Name"), max_length=160)
    title = forms.CharField(label=_("Title"), max_length=160, required=False)
    position = forms.ChoiceField(label=_("Position in the team"), choices=Position.choices)
    agency = forms.ModelChoiceField(
        label=_("Agency"), queryset=Agency.objects.none(), required=False
    )
    phone = forms.CharField(label=_("Phone"), max_length=30, required=False)

    def __init__(self, *args: Any, team: Team, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        codes = [r.code for r in team.region.path()]
        self.fields["agency"].queryset = Agency.objects.filter(  # type: ignore[attr-defined]
            region_id__in=codes
        ).select_related("type")


class ScheduledStageForm(forms.ModelForm):  # type: ignore[type-arg]
    """A stage of an election the team watches, for the team's own region."""

    class Meta:
        model = ScheduledStage
        fields = ("name", "election", "stage", "start", "end")
        widgets = {
            "start": forms.DateInput(attrs={"type": "date"}),
            "end": forms.DateInput(attrs={"type": "date"}),
        }
