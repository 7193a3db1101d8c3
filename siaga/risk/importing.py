"""Published tables of indicator values (CSV or XLSX) into rows, checked before anything
is written: the whole file is imported or nothing is.

Two shapes are read (documented in docs/data-formats.md):

* long: one value per row, columns `kode`, `indikator`, `nilai`, optional `tps`,
  `tanggal` (YYYY-MM-DD), `sumber`;
* wide: one place per row, columns `kode`, optional `tps` and `tanggal`, and one column
  per indicator code of the framework (an IKP table with dimension scores, a TPS
  checklist with 0/1 flags).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass, field
from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _

from siaga.lib.csvfiles import dialect_for
from siaga.lib.regioncodes import normalize_code
from siaga.regions.models import PollingStation, Region
from siaga.risk.models import Framework, ImportBatch, Indicator
from siaga.risk.services import record_value
from siaga.teams.access import can_change_region
from siaga.teams.models import User

MAX_ROWS = 200_000
TPS_LEVEL = 5


@dataclass
class ParsedValue:
    line: int
    region: Region
    polling_station: PollingStation | None
    indicator: Indicator
    value: float
    observed_on: dt.date
    source: str


@dataclass
class Preview:
    values: list[ParsedValue] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    shape: str = ""

    @property
    def ok(self) -> bool:
        return not self.errors and bool(self.values)


def read_table(name: str, data: bytes) -> list[dict[str, str]]:
    if name.lower().endswith(".xlsx"):
        return _xlsx_rows(data)
    text = data.decode("utf-8-sig")
    reader = csv.DictReader(io.StringIO(text), dialect=dialect_for(text))
    return [
        {(k or "").strip().lower(): (v or "").strip() for k, v in row.items()} for row in reader
    ]


def _xlsx_rows(data: bytes) -> list[dict[str, str]]:
    from openpyxl import load_workbook  # type: ignore[import-untyped]

    sheet = load_workbook(io.BytesIO(data), read_only=True, data_only=True).worksheets[0]
    rows = sheet.iter_rows(values_only=True)
    header = [str(h or "").strip().lower() for h in next(rows, ())]
    return [
        {h: "" if v is None else str(v).strip() for h, v in zip(header, row, strict=False) if h}
        for row in rows
        if any(v is not None for v in row)
    ]


def parse(
    framework: Framework, name: str, data: bytes, *, by: User, default_date: dt.date, source: str
) -> Preview:
    preview = Preview()
    try:
        rows = read_table(name, data)
    except (UnicodeDecodeError, csv.Error, ValueError, KeyError, OSError) as problem:
        preview.errors.append(_("The file could not be read: %(problem)s") % {"problem": problem})
        return preview
    if not rows:
        preview.errors.append(_("The file has no rows."))
        return preview
    if len(rows) > MAX_ROWS:
        preview.errors.append(_("At most %(n)d rows per file.") % {"n": MAX_ROWS})
        return preview
    indicators = {i.code: i for i in framework.indicators.all()}
    columns = set(rows[0])
    if "kode" not in columns:
        preview.errors.append(_("Column 'kode' (region code) is missing."))
        return preview
    long_shape = {"indikator", "nilai"} <= columns
    preview.shape = "long" if long_shape else "wide"
    wide = [c for c in rows[0] if c in indicators]
    if not long_shape and not wide:
        preview.errors.append(
            _(
                "No indicator columns: use 'indikator' and 'nilai', "
                "or columns named by indicator codes."
            )
        )
        return preview
    regions = _regions({normalize_code(r.get("kode", "")) or "" for r in rows})
    for line, row in enumerate(rows, start=2):
        pairs = (
            [(row.get("indikator", ""), row.get("nilai", ""))]
            if long_shape
            else [(code, row.get(code, "")) for code in wide]
        )
        _parse_row(preview, line, row, pairs, indicators, regions, by, default_date, source)
    return preview


def _regions(codes: set[str]) -> dict[str, Region]:
    found: dict[str, Region] = {}
    listed = [c for c in codes if c]
    for start in range(0, len(listed), 900):
        for region in Region.objects.filter(code__in=listed[start : start + 900]):
            found[region.code] = region
    return found


def _parse_row(
    preview: Preview,
    line: int,
    row: dict[str, str],
    pairs: list[tuple[str, str]],
    indicators: dict[str, Indicator],
    regions: dict[str, Region],
    by: User,
    default_date: dt.date,
    source: str,
) -> None:
    def error(column: str, message: str) -> None:
        preview.errors.append(
            _("row %(line)d, %(column)s: %(message)s")
            % {"line": line, "column": column, "message": message}
        )

    code = normalize_code(row.get("kode", "")) or ""
    region = regions.get(code)
    if region is None:
        error("kode", _("unknown region code '%(code)s'") % {"code": row.get("kode", "")})
        return
    if not can_change_region(by, region.code):
        error("kode", _("%(region)s is outside your area of duty") % {"region": region})
        return
    observed = default_date
    if row.get("tanggal"):
        try:
            observed = dt.date.fromisoformat(row["tanggal"][:10])
        except ValueError:
            error("tanggal", _("not a date (YYYY-MM-DD)"))
            return
    station = _station(row.get("tps", ""), region, error)
    if isinstance(station, bool):
        return
    for code_, raw in pairs:
        if raw == "":
            continue
        indicator = indicators.get(code_.strip())
        if indicator is None:
            error("indikator", _("unknown indicator '%(code)s'") % {"code": code_})
            continue
        try:
            value = float(raw.replace(",", "."))
        except ValueError:
            error(code_, _("'%(raw)s' is not a number") % {"raw": raw})
            continue
        if not indicator.scale_min <= value <= indicator.scale_max:
            error(
                code_,
                _("%(value)s is outside %(low)s-%(high)s")
                % {"value": raw, "low": indicator.scale_min, "high": indicator.scale_max},
            )
            continue
        wants_tps = indicator.applies_to == TPS_LEVEL
        if wants_tps != (station is not None) or (
            not wants_tps and indicator.applies_to != region.level
        ):
            error(
                code_,
                _("this indicator is measured per %(level)s")
                % {"level": indicator.get_applies_to_display()},
            )
            continue
        preview.values.append(
            ParsedValue(
                line,
                region,
                station,
                indicator,
                value,
                observed,
                row.get("sumber") or source,
            )
        )


def _station(raw: str, region: Region, error: Any) -> PollingStation | None | bool:
    if not raw:
        return None
    if not raw.isdigit():
        error("tps", _("TPS number must be a number"))
        return False
    station = PollingStation.objects.filter(region=region, number=int(raw)).order_by("-id").first()
    if station is None:
        error(
            "tps",
            _("TPS %(number)s is not registered in %(region)s") % {"number": raw, "region": region},
        )
        return False
    return station if isinstance(station, PollingStation) else None


@transaction.atomic
def commit(
    framework: Framework, preview: Preview, *, by: User, file_name: str, source: str
) -> ImportBatch:
    if not preview.ok:
        raise ValueError("only a preview without errors can be imported")
    batch = ImportBatch.objects.create(
        file_name=file_name[:200],
        framework=framework,
        imported_by=by,
        rows=len(preview.values),
        source=source[:200],
    )
    for parsed in preview.values:
        record_value(
            indicator=parsed.indicator,
            region=parsed.region,
            polling_station=parsed.polling_station,
            value=parsed.value,
            observed_on=parsed.observed_on,
            source=parsed.source,
            by=by,
            batch=batch,
        )
    return batch
