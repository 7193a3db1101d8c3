"""Every write to monitoring: importing items, reading them, grouping copies, review."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from siaga.analysis.dedup import copy_groups
from siaga.analysis.pipeline import analyze
from siaga.lib.csvfiles import dialect_for
from siaga.lib.timezones import zone_for
from siaga.monitoring.chat import parse_chat
from siaga.monitoring.fetch import Fetcher, FetchError, email_text, main_text
from siaga.monitoring.models import Item, ItemStatus, Source, SourceKind
from siaga.monitoring.signals import item_reviewed
from siaga.regions.calendar import election_calendar
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
    calendar = election_calendar(source.region_id)
    new_items: list[Item] = []
    for item in incoming:
        if len(item.text.strip()) < MIN_CHARS:
            continue
        digest = content_hash(source, item)
        if Item.objects.filter(content_hash=digest).exists():
            result.already_known += 1
            continue
        day = timezone.localdate(item.published_at) if item.published_at else None
        reading = analyze(
            item.text, gazetteer=places, hint=source.region_id, published=day, calendar=calendar
        ).as_dict()
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
        stored.reading["related_reports"] = related_reports(stored)
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


def related_reports(item: Item) -> list[int]:
    """Field reports about the same event: same kecamatan, a day apart, a shared category."""
    from siaga.analysis.dedup import Event, same_event
    from siaga.lib.regioncodes import ancestor_columns
    from siaga.reports.models import Report

    district = ancestor_columns(item.region_id)["district_code"]
    if not district or not item.categories:
        return []
    moment = item.published_at or item.fetched_at
    window = dt.timedelta(hours=24)
    mine = Event("item", item.region_id, moment, tuple(item.categories))
    nearby = Report.objects.filter(
        district_code=district, received_at__range=(moment - window, moment + window)
    )[:50]
    return [
        r.pk
        for r in nearby
        if same_event(
            mine, Event(str(r.pk), r.region_id, r.occurred_at or r.received_at, tuple(r.categories))
        )
    ]


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
    item_reviewed.send(sender=Item, item=item)
    return item


# --- feeds, pages and files -------------------------------------------------------


def due(source: Source, now: dt.datetime) -> bool:
    return source.last_fetched_at is None or now - source.last_fetched_at >= dt.timedelta(
        minutes=source.fetch_every_minutes
    )


def fetch_source(
    source: Source, *, fetcher: Fetcher, now: dt.datetime | None = None
) -> ImportResult:
    """Fetch a feed or page source if it is due; a failure is recorded, never raised."""
    now = now or timezone.now()
    if (
        source.kind not in (SourceKind.FEED, SourceKind.PAGE)
        or not source.is_active
        or not due(source, now)
    ):
        return ImportResult()
    try:
        response = fetcher.get(source.url, etag=source.etag, last_modified=source.last_modified)
        result = ImportResult() if response.status == 304 else _read(source, response.body, fetcher)
        source.etag = response.headers.get("ETag", source.etag)
        source.last_modified = response.headers.get("Last-Modified", source.last_modified)
        source.last_error = ""
    except FetchError as exc:
        source.last_error = str(exc)[:1000]
        result = ImportResult()
    source.last_fetched_at = now
    source.save(update_fields=["etag", "last_modified", "last_error", "last_fetched_at"])
    return result


def _read(source: Source, body: bytes, fetcher: Fetcher) -> ImportResult:
    if source.kind == SourceKind.PAGE:
        title, text = main_text(body, source.url)
        return import_items(source, [Incoming(text=text, title=title, url=source.url)])
    return import_items(source, _feed_entries(source, body, fetcher))


def _feed_entries(source: Source, body: bytes, fetcher: Fetcher) -> Iterable[Incoming]:
    import feedparser

    for entry in feedparser.parse(body).entries:
        link = str(entry.get("link", ""))
        if link and Item.objects.filter(url=link).exists():
            continue  # stored once: an article already read is not fetched again
        title, text = str(entry.get("title", "")), ""
        if link:
            try:
                page = fetcher.get(link)
                title, text = main_text(page.body, link)
                title = title or str(entry.get("title", ""))
            except FetchError:
                text = ""
        if not text:
            text = _strip_html(str(entry.get("summary", "")))
        yield Incoming(
            text=f"{title}\n{text}".strip(), title=title, url=link, published_at=_entry_time(entry)
        )


def _entry_time(entry: Any) -> dt.datetime | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    year, month, day, hour, minute, second = parsed[:6]
    return dt.datetime(year, month, day, hour, minute, second, tzinfo=dt.UTC)


def _strip_html(html: str) -> str:
    return re.sub(r"<[^>]+>", " ", html).strip()


FILE_KINDS = (".txt", ".html", ".htm", ".eml")


def import_files(source: Source, paths: Iterable[Path]) -> ImportResult:
    """A drop folder: plain text, saved web pages and e-mails."""
    incoming = [
        _file_item(path.suffix.lower(), path.read_bytes(), path.stem)
        for path in paths
        if path.suffix.lower() in FILE_KINDS
    ]
    return import_items(source, incoming)


def _file_item(suffix: str, raw: bytes, stem: str) -> Incoming:
    if suffix == ".eml":
        subject, sender, body = email_text(raw)
        return Incoming(text=f"{subject}\n{body}".strip(), title=subject, author=sender)
    if suffix in (".html", ".htm"):
        title, text = main_text(raw)
        return Incoming(text=f"{title}\n{text}".strip(), title=title)
    return Incoming(text=raw.decode("utf-8", errors="replace"), title=stem)


UPLOAD_KINDS: dict[str, tuple[str, ...]] = {
    SourceKind.FILES: FILE_KINDS,
    SourceKind.CHAT: (".txt",),
    SourceKind.SOCIAL: (".csv", ".json"),
}


class UploadError(ValueError):
    pass


def import_upload(source: Source, name: str, raw: bytes) -> ImportResult:
    """One uploaded file, read the way its source's kind says: a saved article or
    e-mail, a WhatsApp chat export, or a social-media export."""
    suffix = Path(name).suffix.lower()
    allowed = UPLOAD_KINDS.get(source.kind, ())
    if suffix not in allowed:
        raise UploadError(
            _("A %(kind)s source takes %(suffixes)s files.")
            % {"kind": source.get_kind_display(), "suffixes": ", ".join(allowed)}
        )
    if source.kind == SourceKind.CHAT:
        return import_chat_export(source, raw.decode("utf-8-sig", errors="replace"))
    if source.kind == SourceKind.SOCIAL:
        try:
            rows = social_rows(raw.decode("utf-8-sig", errors="replace"), suffix=suffix)
        except ValueError as problem:
            raise UploadError(
                _("The file could not be read: %(problem)s") % {"problem": problem}
            ) from problem
        return import_items(source, rows)
    return import_items(source, [_file_item(suffix, raw, Path(name).stem)])


def social_rows(raw: str, *, suffix: str) -> list[Incoming]:
    """A social-media export as CSV or JSON: one post per row/object, with a `text` and
    optionally `author`, `url` and `published` (ISO 8601). Other columns are ignored."""
    import csv
    import io
    import json

    rows: list[Any]
    if suffix == ".json":
        data = json.loads(raw)
        found = data.get("posts") or data.get("data") if isinstance(data, dict) else data
        rows = found if isinstance(found, list) else []
    else:
        rows = list(csv.DictReader(io.StringIO(raw.lstrip("\ufeff")), dialect=dialect_for(raw)))
    posts = []
    for row in rows:
        if not isinstance(row, dict):
            continue
        text = str(row.get("text") or row.get("message") or row.get("content") or "").strip()
        if not text:
            continue
        posts.append(
            Incoming(
                text=text,
                author=str(row.get("author") or row.get("user") or ""),
                url=str(row.get("url") or row.get("link") or ""),
                published_at=_iso(str(row.get("published") or row.get("created_at") or "")),
            )
        )
    return posts


def _iso(value: str) -> dt.datetime | None:
    try:
        moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def import_social_export(source: Source, path: Path) -> ImportResult:
    raw = path.read_text(encoding="utf-8-sig")
    return import_items(source, social_rows(raw, suffix=path.suffix.lower()))


def source_for(name: str, *, kind: str, region_code: str | None) -> Source:
    """The source with this name, created for the region on first use."""
    from siaga.regions.models import Region

    source = Source.objects.filter(name=name).first()
    if source is not None:
        return source
    region = Region.objects.filter(code=region_code or "").first()
    if region is None:
        raise ValueError(_("A new source needs --region with a known region code."))
    return Source.objects.create(name=name, kind=kind, region=region)
