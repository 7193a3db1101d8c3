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
