"""The review queue of monitored items. Thin: scope, filters, the review service."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from siaga.monitoring.models import Item, ItemStatus, Source, SourceKind
from siaga.monitoring.services import UPLOAD_KINDS, UploadError, import_upload, review_item
from siaga.teams.access import CHANGE_ROLES, scope_q
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


class UploadForm(forms.Form):
    source = forms.CharField(
        label=_("Source name"), max_length=120, help_text=_("e.g. Grup WA Linmas Banjarangkan")
    )
    kind = forms.ChoiceField(
        label=_("Kind"),
        choices=[(k, SourceKind(k).label) for k in UPLOAD_KINDS],
        initial=SourceKind.CHAT,
    )
    file = forms.FileField(label=_("File"))

    def clean_file(self) -> Any:
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(_("The file is larger than 20 MB."))
        return upload


MAX_UPLOAD_BYTES = 20 * 1024 * 1024


@login_required
def upload(request: HttpRequest) -> HttpResponse:
    """Upload a chat export, a social-media export or a saved article/e-mail; its
    signals join the review queue."""
    user = _reviewer(request)
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        source = _source_for_upload(user, form.cleaned_data["source"], form.cleaned_data["kind"])
        upload_file = form.cleaned_data["file"]
        try:
            result = import_upload(source, upload_file.name, upload_file.read())
        except UploadError as problem:
            form.add_error("file", str(problem))
        else:
            messages.success(
                request,
                _("%(stored)d new items, %(known)d already known, %(signals)d signals to review.")
                % {
                    "stored": result.stored,
                    "known": result.already_known,
                    "signals": result.signals,
                },
            )
            return redirect("monitoring-queue")
    status = 422 if request.method == "POST" else 200
    return render(request, "monitoring/upload.html", {"form": form}, status=status)


def _source_for_upload(user: User, name: str, kind: str) -> Source:
    """The user's source of that name and kind in their area, made on first upload."""
    existing = (
        Source.objects.filter(name=name.strip(), kind=kind)
        .filter(scope_q(user, prefix="region__"))
        .first()
    )
    if existing is not None:
        return existing
    if user.region is None:
        raise PermissionDenied
    return Source.objects.create(name=name.strip(), kind=kind, region=user.region)
