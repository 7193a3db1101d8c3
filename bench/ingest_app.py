"""The app as deployed, plus one bare endpoint that inserts a single row.

The bare endpoint is the stack's own ceiling (gunicorn + Django + PostgreSQL doing one
INSERT per request); the benchmark reports the real intake path as a ratio of it.
Used only by bench/ingest.py, never by the product.
"""

from __future__ import annotations

import uuid

from django.http import HttpRequest, JsonResponse
from django.urls import include, path
from django.views.decorators.csrf import csrf_exempt

from siaga.reports.models import InboundMessage


@csrf_exempt
def bare(request: HttpRequest) -> JsonResponse:
    row = InboundMessage.objects.create(
        channel="gateway", provider_id=str(uuid.uuid4()), sender="bench", body=request.body.decode()
    )
    return JsonResponse({"id": row.pk}, status=201)


urlpatterns = [path("bench/bare", bare), path("", include("siaga.urls"))]
