from __future__ import annotations

from typing import Any

from django.db import migrations


def load_catalogue(apps: Any, schema_editor: Any) -> None:
    from siaga.teams.services import sync_agency_catalogue

    sync_agency_catalogue(apps.get_model("teams", "AgencyType"))


class Migration(migrations.Migration):
    dependencies = [("teams", "0001_initial")]
    operations = [migrations.RunPython(load_catalogue, migrations.RunPython.noop)]
