"""The rules the teams asked for, as editable rows."""

from __future__ import annotations

from typing import Any

from django.db import migrations


def create(apps: Any, schema_editor: Any) -> None:
    from siaga.alerts.defaults import ensure_default_rules

    ensure_default_rules(apps.get_model("alerts", "AlertRule"))


class Migration(migrations.Migration):
    dependencies = [("alerts", "0001_initial")]
    operations = [migrations.RunPython(create, migrations.RunPython.noop)]
