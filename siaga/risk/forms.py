from __future__ import annotations

from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from siaga.lib.regioncodes import normalize_code
from siaga.regions.models import PollingStation, Region
from siaga.risk.models import AppliesTo, Framework, Indicator
from siaga.teams.access import can_change_region
from siaga.teams.models import User

MAX_UPLOAD_BYTES = 20 * 1024 * 1024


def _indicator_label(indicator: Indicator) -> str:
    return f"{indicator.framework.name} · {indicator.name}"


class AssessmentForm(forms.Form):
    """An analyst's assessment of one indicator for a desa or one of its TPS."""

    region = forms.CharField(label=_("Village code"), max_length=20)
    tps = forms.IntegerField(
        label=_("TPS number (for TPS indicators)"), required=False, min_value=1
    )
    indicator = forms.ModelChoiceField(label=_("Indicator"), queryset=Indicator.objects.none())
    value = forms.FloatField(label=_("Value"))
    observed_on = forms.DateField(
        label=_("Observed on"),
        initial=timezone.localdate,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    source = forms.CharField(label=_("Source"), max_length=200, initial=_("Field assessment"))
    note = forms.CharField(label=_("Note"), max_length=300, required=False)

    def __init__(self, *args: Any, user: User, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.user = user
        field: forms.ModelChoiceField[Indicator] = self.fields["indicator"]  # type: ignore[assignment]
        field.queryset = (
            Indicator.objects.filter(
                framework__is_active=True,
                applies_to__in=[AppliesTo.VILLAGE, AppliesTo.POLLING_STATION],
            )
            .select_related("framework")
            .order_by("framework__name", "ordering", "id")
        )
        field.label_from_instance = _indicator_label  # type: ignore[method-assign,assignment]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        code = normalize_code(str(data.get("region", ""))) or ""
        region = Region.objects.filter(code=code, level=4).first()
        if region is None:
            self.add_error(
                "region", _("Enter the code of a village (desa/kelurahan), e.g. 51.05.03.2006.")
            )
            return data
        if not can_change_region(self.user, region.code):
            self.add_error("region", _("This region is outside your area of duty."))
            return data
        data["region_obj"] = region
        data["station"] = None
        indicator: Indicator | None = data.get("indicator")
        if indicator is None:
            return data
        if indicator.applies_to == AppliesTo.POLLING_STATION:
            station = (
                PollingStation.objects.filter(region=region, number=data.get("tps") or 0)
                .order_by("-id")
                .first()
            )
            if station is None:
                self.add_error("tps", _("This TPS is not registered in the village."))
            data["station"] = station
        value = data.get("value")
        if value is not None and not indicator.scale_min <= value <= indicator.scale_max:
            self.add_error(
                "value",
                _("Between %(low)s and %(high)s for this indicator.")
                % {"low": indicator.scale_min, "high": indicator.scale_max},
            )
        return data


class ImportForm(forms.Form):
    framework = forms.ModelChoiceField(
        label=_("Framework"), queryset=Framework.objects.order_by("name")
    )
    file = forms.FileField(label=_("File (CSV or XLSX)"))
    observed_on = forms.DateField(
        label=_("Date of the data"),
        initial=timezone.localdate,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    source = forms.CharField(label=_("Source"), max_length=200)

    def clean_file(self) -> Any:
        upload = self.cleaned_data["file"]
        if not upload.name.lower().endswith((".csv", ".xlsx", ".txt")):
            raise forms.ValidationError(_("Upload a .csv or .xlsx file."))
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(_("The file is larger than 20 MB."))
        return upload
