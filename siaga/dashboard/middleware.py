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
