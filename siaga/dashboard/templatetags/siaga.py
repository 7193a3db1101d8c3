"""Template helpers: times in the zone of the region they concern."""

from __future__ import annotations

import datetime as dt

from django import template
from django.utils.dateformat import format as date_format

from siaga.lib.timezones import abbreviation, zone_for

register = template.Library()


@register.filter
def in_zone(moment: dt.datetime | None, region_code: str | None) -> str:
    """ "23 Nov 03:28 WITA" for a Bali region; empty for no time."""
    if moment is None:
        return ""
    zone = zone_for(region_code)
    return f"{date_format(moment.astimezone(zone), 'j M Y H:i')} {abbreviation(zone)}"


@register.filter
def category_labels(codes: list[str] | str | None) -> str:
    """A category code, or a list of them, as Indonesian labels, comma-separated."""
    from siaga.reports.choices import category_label

    listed = [codes] if isinstance(codes, str) else codes or []
    return ", ".join(category_label(code) for code in listed)


@register.filter
def kind_label(code: str | None) -> str:
    from siaga.reports.choices import Kind

    return str(dict(Kind.choices).get(code or "", code or ""))


@register.filter
def category_label(code: str | None) -> str:
    return category_labels(code or "")


@register.filter
def rating_label(rating: int | None) -> str:
    from siaga.risk.models import rating_label as label

    return label(rating)


@register.filter
def stage_label(code: str | None) -> str:
    from siaga.reports.choices import Stage

    return str(dict(Stage.choices).get(code or "", code or ""))


@register.filter
def percent(share: float | None) -> str:
    return f"{round((share or 0) * 100)}%"
