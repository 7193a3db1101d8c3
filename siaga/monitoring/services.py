"""Every write to monitoring: importing items, reading them, grouping copies, review."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from siaga.analysis.dedup import copy_groups
from siaga.analysis.pipeline import analyze
from siaga.lib.timezones import zone_for
from siaga.monitoring.chat import parse_chat
from siaga.monitoring.models import Item, ItemStatus, Source
from siaga.regions.gazetteer import gazetteer
from siaga.teams.access import CHANGE_ROLES, can_change_region
from siaga.teams.models import User

MIN_CHARS = 12


@dataclass
class ImportResult:
    stored: int = 0
    already_known: int = 0
    signals: int = 0
    copies: int = 0


@dataclass(frozen=True)
class Incoming:
    text: str
    author: str = ""
    title: str = ""
    url: str = ""
    published_at: dt.datetime | None = None


def content_hash(source: Source, item: Incoming) -> str:
    key = "\x1f".join(
        [
            str(source.pk),
            item.url,
            item.author,
            item.published_at.isoformat() if item.published_at else "",
            item.text,
        ]
    )
    return hashlib.sha256(key.encode()).hexdigest()


def import_items(source: Source, incoming: Iterable[Incoming]) -> ImportResult:
    """Store each new item once, read it, and group copies (forwards) under the first."""
    result = ImportResult()
    places = gazetteer()
    new_items: list[Item] = []
    for item in incoming:
        if len(item.text.strip()) < MIN_CHARS:
            continue
        digest = content_hash(source, item)
        if Item.objects.filter(content_hash=digest).exists():
            result.already_known += 1
            continue
        reading = analyze(item.text, gazetteer=places, hint=source.region_id).as_dict()
        place = reading["places"][0]["code"] if reading["places"] else source.region_id
        signal = reading["kind"] != "none"
        stored = Item(
            source=source,
            content_hash=digest,
            url=item.url,
            title=item.title[:300],
            author=item.author[:160],
            text=item.text,
            published_at=item.published_at,
            region_id=place,
            kind=reading["kind"],
            categories=reading["categories"],
            severity=reading["severity"],
            reading=reading,
            status=ItemStatus.NEW if signal else ItemStatus.IGNORED,
        )
        try:
            with transaction.atomic():
                stored.save()
        except IntegrityError:
            result.already_known += 1
            continue
        new_items.append(stored)
        result.stored += 1
        result.signals += int(signal)
    result.copies = _group_copies(source, new_items)
    return result


def _group_copies(source: Source, new_items: list[Item]) -> int:
    """Copies among the new items and the source's recent ones point at the earliest."""
    if not new_items:
        return 0
    recent = list(
        Item.objects.filter(source=source, duplicate_of__isnull=True)
        .exclude(pk__in=[i.pk for i in new_items])
        .order_by("-id")[:500]
    )
    pool = {str(i.pk): i for i in [*recent, *new_items]}
    marked = 0
    for group in copy_groups([(key, item.text) for key, item in pool.items()]):
        members = sorted(
            (pool[key] for key in group), key=lambda i: (i.published_at or i.fetched_at, i.pk)
        )
        first = members[0]
        for copy in members[1:]:
            if copy.duplicate_of_id is None:
                copy.duplicate_of = first
                if copy.status == ItemStatus.NEW:
                    copy.status = ItemStatus.DUPLICATE
                copy.save(update_fields=["duplicate_of", "status"])
                marked += 1
    return marked


def import_chat_export(source: Source, text: str) -> ImportResult:
    zone = zone_for(source.region_id)
    return import_items(
        source,
        (
            Incoming(text=m.text, author=m.author, published_at=m.sent_at)
            for m in parse_chat(text, zone=zone)
        ),
    )


def review_item(item: Item, *, by: User, confirm: bool, note: str = "") -> Item:
    """Confirm an item as a signal for its region, or dismiss it."""
    if by.role not in CHANGE_ROLES or not can_change_region(by, item.region_id or ""):
        raise PermissionDenied(_("You may not review this item."))
    item.status = ItemStatus.CONFIRMED if confirm else ItemStatus.DISMISSED
    item.reviewed_by, item.reviewed_at, item.review_note = by, timezone.now(), note[:300]
    item.save(update_fields=["status", "reviewed_by", "reviewed_at", "review_note"])
    return item
