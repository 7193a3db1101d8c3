"""CSV importers for customary units and polling stations (TPS).

Both read the whole file first and write nothing when any row is wrong: the operator
gets every error with its line number and fixes the file, instead of finding half of it
imported. Excel in Indonesia writes semicolon-separated files; both separators work.
"""

from __future__ import annotations

import csv
import io
from abc import ABC, abstractmethod
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from django.db import transaction
from django.utils.translation import gettext as _

from siaga.lib.csvfiles import dialect_for
from siaga.lib.regioncodes import ancestor_columns, level_of, normalize_code
from siaga.lib.text import fold
from siaga.regions.models import CustomaryKind, CustomaryUnit, PollingStation, Region

Row = TypeVar("Row")
TRUE_WORDS = {"1", "ya", "y", "yes", "true", "benar"}
FALSE_WORDS = {"", "0", "tidak", "t", "no", "false", "n"}


@dataclass(frozen=True)
class RowError:
    line: int
    column: str
    message: str

    def __str__(self) -> str:
        where = _("line %(line)d") % {"line": self.line}
        return (
            f"{where}, {self.column}: {self.message}" if self.column else f"{where}: {self.message}"
        )


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    errors: list[RowError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


class RowReader:
    """One CSV row with typed getters that collect errors instead of raising."""

    def __init__(self, data: dict[str, str], line: int, errors: list[RowError]) -> None:
        self.data = {k.strip().lower(): (v or "").strip() for k, v in data.items() if k}
        self.line = line
        self.errors = errors

    def fail(self, column: str, message: str) -> None:
        self.errors.append(RowError(self.line, column, message))

    def text(self, column: str, *, required: bool = False, max_length: int = 250) -> str:
        value = self.data.get(column, "")
        if required and not value:
            self.fail(column, _("is required"))
        elif len(value) > max_length:
            self.fail(column, _("is longer than %(n)d characters") % {"n": max_length})
        return value

    def integer(self, column: str, *, required: bool = False) -> int | None:
        value = self.text(column, required=required)
        if not value:
            return None
        if not value.isdigit():
            self.fail(column, _("must be a whole number, got “%(value)s”") % {"value": value})
            return None
        return int(value)

    def coordinate(self, column: str, low: float, high: float) -> float | None:
        value = self.text(column).replace(",", ".")
        if not value:
            return None
        try:
            number = float(value)
        except ValueError:
            self.fail(column, _("must be a decimal number, got “%(value)s”") % {"value": value})
            return None
        if not low <= number <= high:
            self.fail(
                column, _("must lie between %(low)s and %(high)s") % {"low": low, "high": high}
            )
            return None
        return number

    def flag(self, column: str) -> bool:
        value = self.text(column).lower()
        if value not in TRUE_WORDS | FALSE_WORDS:
            self.fail(column, _("must be ya or tidak, got “%(value)s”") % {"value": value})
        return value in TRUE_WORDS

    def village(self, villages: dict[str, tuple[str, str]]) -> str | None:
        """The desa code in `village_code`, checked against `village_name` when both are given."""
        raw = self.text("village_code", required=True)
        if not raw:
            return None
        code = normalize_code(raw)
        if code is None or level_of(code) != 4 or code not in villages:
            self.fail(
                "village_code", _("“%(code)s” is not a known desa/kelurahan code") % {"code": raw}
            )
            return None
        name = self.text("village_name")
        if name and fold(name) != fold(villages[code][0]):
            self.fail(
                "village_name",
                _("“%(given)s” does not match %(code)s (%(name)s)")
                % {
                    "given": name,
                    "code": code,
                    "name": villages[code][0],
                },
            )
        return code


class CsvImporter(ABC, Generic[Row]):
    columns: tuple[str, ...]
    required: tuple[str, ...]

    def run(self, stream: Iterable[str] | io.TextIOBase) -> ImportResult:
        result = ImportResult()
        text = stream.read() if hasattr(stream, "read") else "".join(stream)
        reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")), dialect=dialect_for(text))
        missing = [
            c
            for c in self.required
            if c not in {(h or "").strip().lower() for h in reader.fieldnames or []}
        ]
        if missing:
            result.errors.append(
                RowError(1, "", _("missing columns: %(cols)s") % {"cols": ", ".join(missing)})
            )
            return result
        villages = self.villages()
        rows: list[Row] = []
        for data in reader:
            before = len(result.errors)
            row = self.parse(RowReader(data, reader.line_num, result.errors), villages)
            if row is not None and len(result.errors) == before:
                rows.append(row)
        result.errors += self.check_duplicates(rows)
        if result.errors:
            return result
        with transaction.atomic():
            result.created, result.updated = self.save(rows)
        return result

    def villages(self) -> dict[str, tuple[str, str]]:
        return {
            code: (name, type_)
            for code, name, type_ in Region.objects.filter(level=4).values_list(
                "code", "name", "type"
            )
        }

    def check_duplicates(self, rows: list[Row]) -> list[RowError]:
        return []

    @abstractmethod
    def parse(self, row: RowReader, villages: dict[str, tuple[str, str]]) -> Row | None: ...

    @abstractmethod
    def save(self, rows: list[Row]) -> tuple[int, int]: ...


def repeated_rows(rows: list[Row], column: str, key: Callable[[Row], Hashable]) -> list[RowError]:
    """An error for every row whose key an earlier row already had."""
    errors: list[RowError] = []
    seen: dict[Hashable, int] = {}
    for row in rows:
        line = getattr(row, "line")  # noqa: B009 (every row dataclass has one)
        first = seen.setdefault(key(row), line)
        if first != line:
            errors.append(RowError(line, column, _("repeats line %(line)d") % {"line": first}))
    return errors


@dataclass
class CustomaryRow:
    line: int
    kind: str
    name: str
    village: str
    parent_name: str
    external_code: str
    latitude: float | None
    longitude: float | None


KIND_WORDS = {
    "desa adat": "desa_adat",
    "desa_adat": "desa_adat",
    "banjar": "banjar",
    "banjar adat": "banjar",
    "lainnya": "other",
    "other": "other",
}


class CustomaryImporter(CsvImporter[CustomaryRow]):
    """Columns: kind, name, village_code [, village_name, parent_name, code, latitude, longitude].

    `kind` is "desa adat", "banjar" or "lainnya". A banjar names its desa adat in
    `parent_name`; the desa adat may come earlier in the same file or already exist.
    """

    columns = (
        "kind",
        "name",
        "village_code",
        "village_name",
        "parent_name",
        "code",
        "latitude",
        "longitude",
    )
    required = ("kind", "name", "village_code")

    def parse(self, row: RowReader, villages: dict[str, tuple[str, str]]) -> CustomaryRow | None:
        kind = KIND_WORDS.get(row.text("kind", required=True).lower())
        if kind is None and row.text("kind"):
            row.fail("kind", _("must be desa adat, banjar or lainnya"))
        name = row.text("name", required=True, max_length=120)
        village = row.village(villages)
        lat, lon = row.coordinate("latitude", -11.5, 6.5), row.coordinate("longitude", 94.5, 141.5)
        if kind is None or not name or village is None:
            return None
        return CustomaryRow(
            row.line,
            kind,
            name,
            village,
            row.text("parent_name"),
            row.text("code", max_length=40),
            lat,
            lon,
        )

    def check_duplicates(self, rows: list[CustomaryRow]) -> list[RowError]:
        errors = repeated_rows(rows, "name", lambda r: (r.village, r.kind, fold(r.name)))
        desa_adat = {fold(r.name) for r in rows if r.kind == CustomaryKind.DESA_ADAT}
        desa_adat |= {
            fold(n)
            for n in CustomaryUnit.objects.filter(kind=CustomaryKind.DESA_ADAT).values_list(
                "name", flat=True
            )
        }
        for r in rows:
            if r.parent_name and fold(r.parent_name) not in desa_adat:
                errors.append(
                    RowError(
                        r.line,
                        "parent_name",
                        _("no desa adat named “%(name)s”") % {"name": r.parent_name},
                    )
                )
        return errors

    def save(self, rows: list[CustomaryRow]) -> tuple[int, int]:
        created = updated = 0
        ordered = sorted(rows, key=lambda r: r.kind != CustomaryKind.DESA_ADAT)
        for r in ordered:
            parent = None
            if r.parent_name:
                parent = (
                    CustomaryUnit.objects.filter(
                        kind=CustomaryKind.DESA_ADAT, name__iexact=r.parent_name
                    )
                    .order_by("regency_code")
                    .first()
                )
            _unit, was_created = CustomaryUnit.objects.update_or_create(
                region_id=r.village,
                kind=r.kind,
                name=r.name,
                defaults={
                    "parent": parent,
                    "external_code": r.external_code,
                    "latitude": r.latitude,
                    "longitude": r.longitude,
                },
            )
            created, updated = created + was_created, updated + (not was_created)
        return created, updated


@dataclass
class TpsRow:
    line: int
    election: str
    village: str
    number: int
    values: dict[str, Any]


class PollingStationImporter(CsvImporter[TpsRow]):
    """Columns: election, village_code, number [, village_name, address, registered_voters,
    latitude, longitude, hard_to_reach]. `hard_to_reach` is ya/tidak."""

    columns = (
        "election",
        "village_code",
        "village_name",
        "number",
        "address",
        "registered_voters",
        "latitude",
        "longitude",
        "hard_to_reach",
    )
    required = ("election", "village_code", "number")

    def parse(self, row: RowReader, villages: dict[str, tuple[str, str]]) -> TpsRow | None:
        election = row.text("election", required=True, max_length=40)
        village = row.village(villages)
        number = row.integer("number", required=True)
        if number == 0:
            row.fail("number", _("must be 1 or more"))
        values = {
            "address": row.text("address", max_length=250),
            "registered_voters": row.integer("registered_voters"),
            "latitude": row.coordinate("latitude", -11.5, 6.5),
            "longitude": row.coordinate("longitude", 94.5, 141.5),
            "hard_to_reach": row.flag("hard_to_reach"),
        }
        if not election or village is None or not number:
            return None
        return TpsRow(row.line, election, village, number, values)

    def check_duplicates(self, rows: list[TpsRow]) -> list[RowError]:
        return repeated_rows(rows, "number", lambda r: (r.election, r.village, r.number))

    def save(self, rows: list[TpsRow]) -> tuple[int, int]:
        existing = {
            (e, v, n): pk
            for pk, e, v, n in PollingStation.objects.filter(
                election_code__in={r.election for r in rows}
            ).values_list("pk", "election_code", "region_id", "number")
        }
        new, changed = [], []
        for r in rows:
            station = PollingStation(
                election_code=r.election,
                region_id=r.village,
                number=r.number,
                **r.values,
                **ancestor_columns(r.village),
            )
            pk = existing.get((r.election, r.village, r.number))
            if pk is None:
                new.append(station)
            else:
                station.pk = pk
                changed.append(station)
        PollingStation.objects.bulk_create(new, batch_size=2000)
        PollingStation.objects.bulk_update(
            changed, list(rows[0].values) if rows else [], batch_size=2000
        )
        return len(new), len(changed)
