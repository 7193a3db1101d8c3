from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import gettext as _

from siaga.regions.models import Region
from siaga.teams.demo import TEAMS, seed_demo


class Command(BaseCommand):
    help = "Create the demo teams (Klungkung, Tabanan, Bangka Belitung) and demo users."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--password", help="use this password instead of random ones")
        parser.add_argument(
            "--reset-passwords",
            action="store_true",
            help="give existing demo users new passwords and print them",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if Region.objects.filter(code__in=list(TEAMS)).count() < len(TEAMS):
            raise CommandError(_("Load the regions first: siaga load-regions"))
        created = seed_demo(
            password=options["password"], reset_passwords=options["reset_passwords"]
        )
        if not created:
            self.stdout.write(
                _(
                    "Demo data already present; passwords unchanged "
                    "(siaga seed-demo --reset-passwords prints new ones)."
                )
            )
            return
        self.stdout.write(self.style.WARNING(_("Demo accounts (shown only now):")))
        for username, password in created.items():
            self.stdout.write(f"  {username:<24} {password}")
