"""The Siaga HTTP API (django-ninja): routers per app, OpenAPI at /api/v1/openapi.json."""

from __future__ import annotations

from ninja import NinjaAPI

from siaga.api import errors
from siaga.api.auth import AUTH
from siaga.api.checkins import router as checkins_router
from siaga.api.regions import router as regions_router
from siaga.api.reports import router as reports_router
from siaga.api.teams import router as teams_router
from siaga.api.warning import router as warning_router

api = NinjaAPI(
    title="Siaga API",
    version="1",
    description=(
        "Early warning and early response for Tim Terpadu Penanganan Konflik Sosial. "
        "Every list returns only what the caller's region scope allows."
    ),
    auth=AUTH,
    urls_namespace="api",
)
api.add_router("/regions", regions_router)
api.add_router("/teams", teams_router)
api.add_router("/reports", reports_router)
api.add_router("", checkins_router)
api.add_router("", warning_router)
errors.install(api)
