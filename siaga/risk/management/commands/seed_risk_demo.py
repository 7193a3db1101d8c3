from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from siaga.risk.demo import seed_risk_demo
from siaga.risk.services import recompute_all


class Command(BaseCommand):
    help = "Add invented demo indicator values (marked as such) and compute all scores."

    def handle(self, *args: Any, **options: Any) -> None:
        created = seed_risk_demo()
        result = recompute_all()
        self.stdout.write(
            _("%(n)d demo values; scores for %(regions)d regions.")
            % {"n": created, "regions": result.regions}
        )
