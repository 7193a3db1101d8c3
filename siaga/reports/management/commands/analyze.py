from __future__ import annotations

import datetime as dt
import json
import sys
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from siaga.analysis.elections import parse_day
from siaga.analysis.pipeline import analyze
from siaga.lib.regioncodes import normalize_code
from siaga.regions.calendar import election_calendar
from siaga.regions.gazetteer import gazetteer


class Command(BaseCommand):
    help = (
        'Read JSON Lines on stdin ({"id", "text", "published"?}) and write one analysis '
        "per line, in order: kind, categories, severity, election_stage, places, "
        "organizations, people, casualties, summary, cues. A published date (YYYY-MM-DD) "
        "places a text that names no stage in the election calendar."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--region-hint", default="", help="the team's region code, e.g. 51.02")

    def handle(self, *args: Any, **options: Any) -> None:
        hint = normalize_code(options["region_hint"]) if options["region_hint"] else None
        places = gazetteer()
        calendar = election_calendar(hint)
        for number, line in enumerate(sys.stdin, start=1):
            if not line.strip():
                continue
            try:
                item_id, text, published = _read_item(line, number)
            except BadInput as exc:
                error = {"id": exc.item_id, "line": number, "error": f"bad input: {exc}"}
                self.stdout.write(json.dumps(error, ensure_ascii=False))
                continue
            result = analyze(
                text,
                gazetteer=places,
                hint=hint,
                item_id=item_id,
                published=published,
                calendar=calendar,
            )
            self.stdout.write(json.dumps(result.as_dict(), ensure_ascii=False))


class BadInput(ValueError):
    def __init__(self, message: str, item_id: str | None = None) -> None:
        super().__init__(message)
        self.item_id = item_id


def _read_item(line: str, number: int) -> tuple[str, str, dt.date | None]:
    """id, text and publication day of one input line; BadInput says what is wrong."""
    try:
        item = json.loads(line)
    except ValueError as exc:
        raise BadInput(f"not JSON ({exc})") from exc
    if not isinstance(item, dict):
        raise BadInput('each line must be a JSON object: {"id", "text", "published"?}')
    item_id = str(item.get("id", number))
    if not isinstance(item.get("text"), str):
        raise BadInput('"text" must be a string', item_id)
    try:
        published = parse_day(item.get("published"))
    except (ValueError, TypeError) as exc:
        raise BadInput(f'"published" must be YYYY-MM-DD ({exc})', item_id) from exc
    return item_id, item["text"], published
