from __future__ import annotations

import json
import sys
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from siaga.analysis.elections import parse_day
from siaga.analysis.pipeline import analyze
from siaga.lib.regioncodes import normalize_code
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
        for number, line in enumerate(sys.stdin, start=1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                text, item_id = str(item["text"]), str(item.get("id", number))
                published = parse_day(item.get("published"))
            except (ValueError, KeyError, TypeError) as exc:
                self.stdout.write(
                    json.dumps({"id": None, "line": number, "error": f"bad input: {exc}"})
                )
                continue
            result = analyze(
                text, gazetteer=places, hint=hint, item_id=item_id, published=published
            )
            self.stdout.write(json.dumps(result.as_dict(), ensure_ascii=False))
