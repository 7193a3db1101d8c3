from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import gettext as _

from siaga.monitoring.models import SourceKind
from siaga.monitoring.services import import_chat_export, source_for


class Command(BaseCommand):
    help = "Import a WhatsApp chat export (.txt) into a chat source; messages are read and queued."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path)
        parser.add_argument("--source", required=True, help="source name, created if new")
        parser.add_argument("--region", help="region the group covers (needed for a new source)")

    def handle(self, *args: Any, **options: Any) -> None:
        path: Path = options["file"]
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise CommandError(
                _("%(path)s cannot be read: %(error)s") % {"path": path, "error": exc}
            ) from exc
        try:
            source = source_for(
                options["source"], kind=SourceKind.CHAT, region_code=options["region"]
            )
        except ValueError as exc:
            raise CommandError(str(exc)) from exc
        result = import_chat_export(source, text)
        self.stdout.write(
            _(
                "Stored %(stored)d messages (%(known)d already known); "
                "%(signals)d signals to review, %(copies)d copies grouped."
            )
            % {
                "stored": result.stored,
                "known": result.already_known,
                "signals": result.signals,
                "copies": result.copies,
            }
        )
