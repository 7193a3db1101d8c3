from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse


class IndonesianFirstMiddleware:
    """Ignore the browser's Accept-Language so pages open in Indonesian.

    Many officials' phones are set to English; the language they pick with the switch
    (kept in a cookie) is the only thing that changes it. Must run before LocaleMiddleware.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        request.META.pop("HTTP_ACCEPT_LANGUAGE", None)
        return self.get_response(request)


class RegionTimezoneMiddleware:
    """Show and read times in the zone of the user's region (WIB, WITA or WIT).

    A Klungkung officer who types 21:00 in the form means 21:00 WITA.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        from django.utils import timezone

        from siaga.lib.timezones import zone_for

        user = getattr(request, "user", None)
        region = getattr(user, "region_id", None) if user is not None else None
        if region:
            timezone.activate(zone_for(region))
        else:
            timezone.deactivate()
        return self.get_response(request)
