"""One error shape for every 4xx the API returns:

    {"errors": [{"field": "region_code", "code": "unknown_region", "message": "…"}]}

`code` is a stable English identifier for programs; `message` is Indonesian for people.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from django.utils.translation import override
from ninja import NinjaAPI
from ninja.errors import ValidationError

from siaga.reports.services import ReportInputError

Message = Callable[[], str]
PYDANTIC_CODES: dict[str, tuple[str, Message]] = {
    "missing": ("required", lambda: _("This field is required.")),
    "string_too_long": ("too_long", lambda: _("The value is too long.")),
    "int_parsing": ("not_a_number", lambda: _("Enter a whole number.")),
    "float_parsing": ("not_a_number", lambda: _("Enter a number.")),
    "datetime_parsing": ("bad_datetime", lambda: _("Enter a date and time (ISO 8601).")),
    "datetime_from_date_parsing": ("bad_datetime", lambda: _("Enter a date and time (ISO 8601).")),
    "bool_parsing": ("not_a_boolean", lambda: _("Enter true or false.")),
    "list_type": ("not_a_list", lambda: _("Enter a list.")),
    "json_invalid": ("invalid_json", lambda: _("The request body is not valid JSON.")),
}


def problem(field: str, code: str, message: str) -> dict[str, str]:
    return {"field": field, "code": code, "message": message}


def install(api: NinjaAPI) -> None:
    @api.exception_handler(ValidationError)
    def schema_error(request: HttpRequest, exc: ValidationError) -> HttpResponse:
        with override("id"):
            errors = [_schema_problem(e) for e in exc.errors]
        return api.create_response(request, {"errors": errors}, status=422)

    @api.exception_handler(ReportInputError)
    def input_error(request: HttpRequest, exc: ReportInputError) -> HttpResponse:
        errors = [problem(p.field, p.code, p.message) for p in exc.problems]
        return api.create_response(request, {"errors": errors}, status=422)


def _schema_problem(error: dict[str, Any]) -> dict[str, str]:
    location = [
        str(part) for part in error.get("loc", ()) if part not in ("body", "payload", "query")
    ]
    fallback: tuple[str, Message] = ("invalid", lambda: _("Invalid value."))
    code, message = PYDANTIC_CODES.get(error.get("type", ""), fallback)
    return problem(".".join(location) or "body", code, message())
