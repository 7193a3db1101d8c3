from __future__ import annotations

from typing import Any

from django.http import HttpRequest


def navigation(request: HttpRequest) -> dict[str, Any]:
    from siaga.dashboard.navigation import items_for

    return {"nav_items": items_for(request.user), "current_path": request.path}
