"""The review queue of monitored items. Thin: scope, filters, the review service."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_POST

from siaga.monitoring.models import Item, ItemStatus
from siaga.monitoring.services import review_item
from siaga.teams.access import CHANGE_ROLES
from siaga.teams.models import User


def _reviewer(request: HttpRequest) -> User:
    user: User = request.user  # type: ignore[assignment]
    if user.role not in CHANGE_ROLES:
        raise PermissionDenied
    return user


@login_required
def review_queue(request: HttpRequest) -> HttpResponse:
    user = _reviewer(request)
    status = request.GET.get("status", ItemStatus.NEW)
    items = (
        Item.objects.visible_to(user)
        .filter(status=status)
        .select_related("source", "region")
        .annotate(copy_count=Count("copies"))
        .order_by("-severity", "-published_at", "-id")
    )
    page = Paginator(items, 30).get_page(request.GET.get("page"))
    return render(
        request,
        "monitoring/queue.html",
        {
            "page": page,
            "status": status,
            "statuses": ItemStatus.choices,
        },
    )


@login_required
@require_POST
def review(request: HttpRequest, item_id: int, decision: str) -> HttpResponse:
    user = _reviewer(request)
    item = get_object_or_404(Item.objects.visible_to(user), pk=item_id)
    if decision not in ("confirm", "dismiss"):
        raise PermissionDenied
    review_item(item, by=user, confirm=decision == "confirm", note=request.POST.get("note", ""))
    item.copy_count = item.copies.count()
    return render(request, "monitoring/_item.html", {"item": item})
