"""Every write to reports: intake from any channel, triage, check-ins, tokens."""

from __future__ import annotations

import datetime as dt
import io
import secrets
import threading
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from django.core.exceptions import PermissionDenied
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from siaga.lib.regioncodes import contains, normalize_code
from siaga.regions.models import Level, PollingStation, Region, region_by_code
from siaga.reports.choices import Category, Channel, Kind, PlaceMethod, Stage, Status
from siaga.reports.models import (
    IDENTITY_ROLES,
    ApiToken,
    Attachment,
    CheckIn,
    Contact,
    HistoryAction,
    Report,
    ReportHistory,
)
from siaga.reports.places import Placement, resolve_place
from siaga.reports.signals import report_changed
from siaga.teams.access import can_read_region
from siaga.teams.models import User

MAX_TEXT = 5000
MAX_PHOTO_BYTES = 10 * 1024 * 1024
PHOTO_TYPES = {"image/jpeg", "image/png", "image/webp", "image/heic", "image/heif"}


@dataclass
class FieldProblem:
    field: str
    code: str
    message: str


class ReportInputError(ValueError):
    """Input that cannot become a report; each problem names its field, a code and a message."""

    def __init__(self, problems: list[FieldProblem]) -> None:
        super().__init__("; ".join(f"{p.field}: {p.code}" for p in problems))
        self.problems = problems


@dataclass
class Photo:
    data: bytes
    content_type: str
    name: str = ""


@dataclass
class ReportInput:
    raw_text: str
    channel: str
    client_id: str = ""
    region_code: str = ""
    place_text: str = ""
    latitude: float | None = None
    longitude: float | None = None
    polling_station_number: int | None = None
    categories: Sequence[str] = ()
    kind: str = ""
    severity: int | None = None
    election_stage: str = ""
    occurred_at: dt.datetime | None = None
    injured: int | None = None
    dead: int | None = None
    is_protected: bool = False
    payload: dict[str, Any] = field(default_factory=dict)
    photos: Sequence[Photo] = ()


def validate(data: ReportInput) -> list[FieldProblem]:
    problems: list[FieldProblem] = []

    def bad(name: str, code: str, message: str) -> None:
        problems.append(FieldProblem(name, code, message))

    if not data.raw_text.strip():
        bad("text", "required", _("Describe what happened."))
    elif len(data.raw_text) > MAX_TEXT:
        bad("text", "too_long", _("The text is longer than %(n)d characters.") % {"n": MAX_TEXT})
    if data.channel not in Channel.values:
        bad("channel", "unknown_channel", _("Unknown channel."))
    if len(data.client_id) > 100:
        bad("client_id", "too_long", _("The client id is longer than 100 characters."))
    unknown = [c for c in data.categories if c not in Category.values]
    if unknown:
        bad(
            "categories",
            "unknown_category",
            _("Unknown categories: %(codes)s") % {"codes": ", ".join(unknown)},
        )
    if data.kind and data.kind not in Kind.values:
        bad("kind", "unknown_kind", _("Unknown kind."))
    if data.severity is not None and not 0 <= data.severity <= 4:
        bad("severity", "out_of_range", _("Severity runs from 0 to 4."))
    if data.election_stage and data.election_stage not in Stage.values:
        bad("election_stage", "unknown_stage", _("Unknown election stage."))
    for name, count in (("injured", data.injured), ("dead", data.dead)):
        if count is not None and not 0 <= count <= 100000:
            bad(name, "out_of_range", _("Enter a number of people from 0."))
    if (data.latitude is None) != (data.longitude is None):
        bad("latitude", "incomplete_location", _("Give both latitude and longitude."))
    elif data.latitude is not None and not (
        -11.5 <= data.latitude <= 6.5 and 94.5 <= (data.longitude or 0) <= 141.5
    ):
        bad("latitude", "outside_indonesia", _("The location is outside Indonesia."))
    if data.occurred_at is not None and data.occurred_at > timezone.now() + dt.timedelta(hours=1):
        bad("occurred_at", "in_future", _("The time of the event is in the future."))
    for photo in data.photos:
        if photo.content_type not in PHOTO_TYPES:
            bad("photo", "unsupported_type", _("Photos must be JPEG, PNG, WebP or HEIC."))
        elif len(photo.data) > MAX_PHOTO_BYTES:
            bad("photo", "too_large", _("A photo may be at most 10 MB."))
    return problems


def submit_report(
    data: ReportInput, *, reporter: User | None = None, contact: Contact | None = None
) -> tuple[Report, bool]:
    """Store a report from any channel; the same client id returns the first report.

    The raw input and the analysis task are written in one transaction, so a report is
    never stored without its follow-up work, nor the work without it. The report row is
    the record of its reception (when, by which channel, from whom, first status);
    history rows record every change after that.
    Returns (report, created).
    """
    problems = validate(data)
    given = None
    if data.region_code:
        given, region_problems = _given_region(reporter, data.region_code)
        problems += region_problems
    if problems:
        # A repeat of a report already accepted is answered with it, whatever it holds.
        existing = _existing(data.client_id)
        if existing is not None:
            return existing, False
        raise ReportInputError(problems)
    images = [_reencode(photo) for photo in data.photos]
    try:
        # Insert first and let the unique client id catch repeats: repeats are rare, and
        # a look-up before every insert would cost every report a query.
        with transaction.atomic():
            report = _create(data, reporter, contact, given)
            for image in images:
                _attach(report, image)
            from siaga.reports.tasks import analyse_report

            analyse_report.enqueue(report.pk)
    except IntegrityError:
        # A repeat, or two copies that raced: the first one stored is the answer.
        existing = _existing(data.client_id)
        if existing is None:
            raise
        return existing, False
    return report, True


def _existing(client_id: str) -> Report | None:
    if not client_id:
        return None
    return Report.objects.filter(client_id=client_id).select_related("region").first()


def reporting_area(user: User | None) -> str | None:
    """Where an officer may place a report: their whole kabupaten/kota.

    A Bhabinkamtibmas in one desa often reports trouble in the next desa or kecamatan,
    so names are looked up, and codes accepted, across the regency.
    """
    if user is None or user.region_id is None:
        return None
    code = user.region_id
    return code[:5] if len(code) > 5 else code


def _given_region(reporter: User | None, raw_code: str) -> tuple[Region | None, list[FieldProblem]]:
    """The region a code names, and whether the reporter may place a report there."""
    code = normalize_code(raw_code)
    region = region_by_code(code) if code else None
    if region is None:
        return None, [FieldProblem("region_code", "unknown_region", _("Unknown region code."))]
    if reporter is None:
        return region, []
    area = reporting_area(reporter)
    inside = area is not None and (contains(area, region.code) or contains(region.code, area))
    if not inside and not can_read_region(reporter, region.code):
        outside = _("This region is outside your area of duty.")
        return None, [FieldProblem("region_code", "outside_scope", outside)]
    return region, []


def _create(
    data: ReportInput, reporter: User | None, contact: Contact | None, given: Region | None
) -> Report:
    if given is not None:
        placement = Placement(given, PlaceMethod.CODE)
    else:
        placement = resolve_place(
            scope=reporting_area(reporter),
            place_text=data.place_text,
            latitude=data.latitude,
            longitude=data.longitude,
        )
    region, method, status = placement.region, placement.method, Status.NEW
    if region is None:
        # Never refuse an unplaceable report: it goes to review, filed under the
        # reporter's own area so the right analysts see it.
        region = reporter.region if reporter else None
        method, status = (PlaceMethod.SCOPE if region else ""), Status.NEEDS_REVIEW
    report = Report(
        client_id=data.client_id or f"srv-{uuid.uuid4()}",
        channel=data.channel,
        reporter=reporter,
        contact=contact,
        is_protected=data.is_protected,
        occurred_at=data.occurred_at,
        raw_text=data.raw_text,
        raw_payload=data.payload,
        region=region,
        place_method=method,
        place_text=data.place_text[:250],
        latitude=data.latitude,
        longitude=data.longitude,
        categories=list(dict.fromkeys(data.categories)),
        kind=data.kind,
        severity=data.severity,
        election_stage=data.election_stage,
        injured=data.injured,
        dead=data.dead,
        status=status,
    )
    report.polling_station = _polling_station(region, data.polling_station_number)
    report.save()
    return report


def _polling_station(region: Region | None, number: int | None) -> PollingStation | None:
    if region is None or number is None or region.level != Level.VILLAGE:
        return None
    return PollingStation.objects.filter(region=region, number=number).order_by("-id").first()


@dataclass
class CleanImage:
    data: bytes
    width: int
    height: int
    sha256: str


def _reencode(photo: Photo) -> CleanImage:
    """Decode and save again as JPEG: drops EXIF (GPS included) and anything hidden in the file.

    Every photo is re-encoded, not only protected ones: a photo's GPS tag can expose an
    officer even when the report itself is not marked confidential.
    """
    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(photo.data)) as original:
            image = ImageOps.exif_transpose(original)
            image.thumbnail((2048, 2048))
            out = io.BytesIO()
            image.convert("RGB").save(out, "JPEG", quality=82, optimize=True)
    except (UnidentifiedImageError, OSError) as exc:
        raise ReportInputError(
            [FieldProblem("photo", "unreadable_image", _("The photo could not be read."))]
        ) from exc
    data = out.getvalue()
    return CleanImage(data, image.width, image.height, Attachment.digest(data))


def _attach(report: Report, image: CleanImage) -> Attachment:
    attachment = Attachment(
        report=report,
        sha256=image.sha256,
        content_type="image/jpeg",
        size=len(image.data),
        width=image.width,
        height=image.height,
        location_stripped=True,
    )
    attachment.file.save(f"{image.sha256}.jpg", ContentFile(image.data), save=False)
    attachment.save()
    return attachment


# --- triage -------------------------------------------------------------------------


def _triage(report: Report, by: User) -> None:
    if (
        by.role not in IDENTITY_ROLES
        or not Report.objects.triageable_by(by).filter(pk=report.pk).exists()
    ):
        raise PermissionDenied(_("You may not triage this report."))


def _set_status(report: Report, by: User, status: str, note: str = "", **changes: Any) -> Report:
    old = report.status
    report.status = status
    report.save()
    ReportHistory.objects.create(
        report=report,
        actor=by,
        action=HistoryAction.STATUS,
        from_status=old,
        to_status=status,
        note=note,
        changes=changes,
    )
    report_changed.send(sender=Report, report=report)
    return report


@transaction.atomic
def verify_report(report: Report, *, by: User, note: str = "") -> Report:
    _triage(report, by)
    return _set_status(report, by, Status.VERIFIED, note)


@transaction.atomic
def reject_report(report: Report, *, by: User, reason: str) -> Report:
    _triage(report, by)
    if not reason.strip():
        raise ReportInputError(
            [FieldProblem("reason", "required", _("Say why the report is rejected."))]
        )
    return _set_status(report, by, Status.REJECTED, reason.strip())


EDITABLE = ("region", "categories", "kind", "severity", "election_stage", "injured", "dead")


@transaction.atomic
def edit_report(report: Report, *, by: User, note: str = "", **values: Any) -> Report:
    """Correct place or coding; the history row keeps the old and new values."""
    _triage(report, by)
    changes: dict[str, list[Any]] = {}
    for name, value in values.items():
        if name not in EDITABLE:
            raise ValueError(f"{name} is not editable")
        old = getattr(report, name)
        if old != value:
            changes[name] = [_plain(old), _plain(value)]
            setattr(report, name, value)
    if "region" in changes:
        region = values["region"]
        if region is None or not can_read_region(by, region.code):
            raise ReportInputError(
                [
                    FieldProblem(
                        "region", "outside_scope", _("This region is outside your area of duty.")
                    )
                ]
            )
        report.place_method = PlaceMethod.REVIEWED
        if report.status == Status.NEEDS_REVIEW:
            report.status = Status.NEW
    if changes:
        report.save()
        ReportHistory.objects.create(
            report=report, actor=by, action=HistoryAction.EDITED, note=note, changes=changes
        )
        report_changed.send(sender=Report, report=report)
    return report


def _plain(value: Any) -> Any:
    return value.pk if hasattr(value, "pk") else value


@transaction.atomic
def merge_reports(survivor: Report, duplicates: Sequence[Report], *, by: User) -> Report:
    """Mark duplicates as merged into the survivor; they keep pointing at it."""
    _triage(survivor, by)
    for duplicate in duplicates:
        _triage(duplicate, by)
        if duplicate.pk == survivor.pk or survivor.duplicate_of_id == duplicate.pk:
            raise ReportInputError(
                [
                    FieldProblem(
                        "duplicates", "self_merge", _("A report cannot be merged into itself.")
                    )
                ]
            )
        # Reports already merged into this one follow it to the survivor.
        Report.objects.filter(duplicate_of=duplicate).update(duplicate_of=survivor)
        duplicate.duplicate_of = survivor
        _set_status(duplicate, by, Status.MERGED, survivor.number, survivor=survivor.pk)
    ReportHistory.objects.create(
        report=survivor,
        actor=by,
        action=HistoryAction.MERGED,
        note=", ".join(d.number for d in duplicates),
        changes={"merged": [d.pk for d in duplicates]},
    )
    return survivor


@transaction.atomic
def assign_report(report: Report, *, by: User, assignee: User | None) -> Report:
    _triage(report, by)
    if assignee is not None and (
        assignee.region_id is None or not can_read_region(assignee, report.region_id or "")
    ):
        raise ReportInputError(
            [FieldProblem("assignee", "outside_scope", _("That colleague cannot see this report."))]
        )
    old = report.assignee
    report.assignee = assignee
    report.save()
    ReportHistory.objects.create(
        report=report,
        actor=by,
        action=HistoryAction.ASSIGNED,
        changes={"assignee": [_plain(old), _plain(assignee)]},
        note=str(assignee) if assignee else "",
    )
    return report


def comment_report(report: Report, *, by: User, text: str) -> ReportHistory:
    _triage(report, by)
    if not text.strip():
        raise ReportInputError([FieldProblem("text", "required", _("Write a comment."))])
    return ReportHistory.objects.create(
        report=report, actor=by, action=HistoryAction.COMMENT, note=text.strip()
    )


def reveal_identity(report: Report, *, by: User) -> str:
    """The protected reporter's name, for roles that need it; each view is logged."""
    _triage(report, by)
    ReportHistory.objects.create(report=report, actor=by, action=HistoryAction.IDENTITY_VIEWED)
    if report.reporter is not None:
        return f"{report.reporter} ({report.reporter.username}, {report.reporter.phone})"
    return str(report.contact.phone) if report.contact else ""


# --- check-ins and contacts ----------------------------------------------------------


def record_checkin(
    *,
    user: User | None,
    region: Region,
    channel: str,
    client_id: str = "",
    contact: Contact | None = None,
    polling_station: PollingStation | None = None,
    note: str = "",
) -> tuple[CheckIn, bool]:
    """ "Nihil": nothing to report here. Idempotent by client id like reports."""
    client_id = client_id or f"srv-{uuid.uuid4()}"
    existing = CheckIn.objects.filter(client_id=client_id).first()
    if existing is not None:
        return existing, False
    if user is not None and not can_read_region(user, region.code):
        raise ReportInputError(
            [
                FieldProblem(
                    "region_code", "outside_scope", _("This region is outside your area of duty.")
                )
            ]
        )
    try:
        with transaction.atomic():
            checkin = CheckIn.objects.create(
                client_id=client_id,
                user=user,
                contact=contact,
                region=region,
                polling_station=polling_station,
                channel=channel,
                note=note[:250],
            )
    except IntegrityError:
        return CheckIn.objects.get(client_id=client_id), False
    return checkin, True


def contact_for(phone: str, *, name: str = "") -> Contact:
    """The contact for a number, linked to the user registered with it when there is one."""
    user = User.objects.filter(phone=phone, is_active=True).first()
    contact, created = Contact.objects.get_or_create(
        phone=phone, defaults={"name": name, "user": user}
    )
    if not created:
        contact.last_seen = timezone.now()
        if user is not None and contact.user_id != user.pk:
            contact.user = user
        contact.save(update_fields=["last_seen", "user"])
    return contact


def create_token(user: User) -> str:
    key = "sg_" + secrets.token_urlsafe(30)
    ApiToken.objects.create(user=user, prefix=key[:8], key_hash=ApiToken.hash(key))
    return key


# Tokens are checked on every API call; a short in-process cache spares the query.
# A revoked token or a changed role takes effect within TOKEN_CACHE_SECONDS.
TOKEN_CACHE_SECONDS = 30.0
_token_cache: dict[str, tuple[float, User]] = {}
_token_lock = threading.Lock()


def user_for_token(key: str) -> User | None:
    digest = ApiToken.hash(key)
    now = time.monotonic()
    with _token_lock:
        hit = _token_cache.get(digest)
    if hit is not None and now - hit[0] < TOKEN_CACHE_SECONDS:
        return hit[1]
    user = _user_for_digest(digest)
    with _token_lock:
        if len(_token_cache) > 10000:
            _token_cache.clear()
        if user is None:
            _token_cache.pop(digest, None)
        else:
            _token_cache[digest] = (now, user)
    return user


def forget_cached_tokens() -> None:
    with _token_lock:
        _token_cache.clear()


def _user_for_digest(digest: str) -> User | None:
    token = (
        ApiToken.objects.select_related("user", "user__region")
        .filter(key_hash=digest, revoked_at__isnull=True, user__is_active=True)
        .first()
    )
    if token is None:
        return None
    now = timezone.now()
    if token.last_used_at is None or now - token.last_used_at > dt.timedelta(minutes=5):
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
    return token.user


# --- first analysis -------------------------------------------------------------------


def analyse(report: Report) -> Report:
    """Read a new report with the analysis pipeline and fill what no person has set.

    The whole reading (categories, kind, severity, stage, places, casualties, and the
    cues that fired) is kept in `suggestions` for the analyst; fields a person filled
    stay as they are. A place is taken only if it lies in the reporter's kabupaten.
    """
    from siaga.analysis.pipeline import analyze
    from siaga.regions.calendar import election_calendar
    from siaga.regions.gazetteer import gazetteer

    area = reporting_area(report.reporter)
    day = timezone.localdate(report.occurred_at or report.received_at)
    reading = analyze(
        report.raw_text,
        gazetteer=gazetteer(),
        hint=area,
        item_id=str(report.pk),
        published=day,
        calendar=election_calendar(report.region_id or area),
    )
    with transaction.atomic():
        report = Report.objects.select_for_update().get(pk=report.pk)
        report.suggestions = {**report.suggestions, **_suggestions(reading.as_dict())}
        report.analysed_at = timezone.now()
        changes = _fill_unset(report, reading.as_dict(), area)
        report.suggestions["possible_duplicates"] = possible_duplicates(report)
        report.save()
        ReportHistory.objects.create(report=report, action=HistoryAction.ANALYSED, changes=changes)
        report_changed.send(sender=Report, report=report)
    return report


def possible_duplicates(report: Report, *, window_hours: int = 24) -> list[int]:
    """Open reports that look like the same event (same kecamatan, a day apart, a shared
    category) or a copy of the same message; the analyst decides whether to merge."""
    from siaga.analysis.dedup import COPY_THRESHOLD, Event, same_event, similarity

    if not report.district_code:
        return []
    window = dt.timedelta(hours=window_hours)
    nearby = (
        Report.objects.filter(
            district_code=report.district_code,
            received_at__range=(report.received_at - window, report.received_at + window),
        )
        .exclude(pk=report.pk)
        .exclude(status__in=[Status.MERGED, Status.REJECTED])
        .order_by("-received_at")[:50]
    )

    def event(r: Report) -> Event:
        return Event(str(r.pk), r.region_id, r.occurred_at or r.received_at, tuple(r.categories))

    mine = event(report)
    return [
        other.pk
        for other in nearby
        if same_event(mine, event(other), window=window)
        or similarity(report.raw_text, other.raw_text) >= COPY_THRESHOLD
    ]


def _suggestions(reading: dict[str, Any]) -> dict[str, Any]:
    keys = (
        "kind",
        "categories",
        "severity",
        "election_stage",
        "places",
        "casualties",
        "organizations",
        "people",
        "summary",
        "language",
        "cues",
    )
    suggested = {key: reading[key] for key in keys}
    suggested["place"] = reading["places"][0]["code"] if reading["places"] else None
    return suggested


def _fill_unset(report: Report, reading: dict[str, Any], area: str | None) -> dict[str, list[Any]]:
    changes: dict[str, list[Any]] = {}

    def fill(name: str, value: Any) -> None:
        if value not in (None, "", []) and getattr(report, name) in (None, "", []):
            changes[name] = [getattr(report, name), value]
            setattr(report, name, value)

    fill("categories", reading["categories"])
    fill("kind", reading["kind"])
    fill("severity", reading["severity"])
    fill("election_stage", reading["election_stage"] or "")
    fill("injured", reading["casualties"]["injured"])
    fill("dead", reading["casualties"]["dead"])
    places = [p["code"] for p in reading["places"] if area is None or contains(area, p["code"])]
    if places and report.place_method in ("", PlaceMethod.SCOPE):
        changes["region"] = [report.region_id, places[0]]
        report.region_id, report.place_method = places[0], PlaceMethod.NAME
        if report.status == Status.NEEDS_REVIEW:
            report.status = Status.NEW
    if reading["language"] != "id" and report.status == Status.NEW:
        # Javanese, Balinese, English or Malay text: the Indonesian cues may miss it,
        # so a person reads it.
        changes["status"] = [report.status, Status.NEEDS_REVIEW]
        report.status = Status.NEEDS_REVIEW
    return changes
