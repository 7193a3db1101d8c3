"""The rules the teams asked for, as editable rows."""

from __future__ import annotations

from typing import Any

from django.db import migrations

RULES = [
    {"name": "Laporan keparahan 3 ke atas", "kind": "report_severity", "min_severity": 3},
    {"name": "Wilayah naik ke tingkat tinggi", "kind": "rating_rise", "min_rating": 2},
    {
        "name": "Lonjakan SARA saat kampanye di kecamatan sedang/tinggi",
        "kind": "spike",
        "category": "sara_identity_religion",
        "min_rating": 1,
        "stages": ["campaign"],
    },
    {"name": "Laporan dari TPS sulit dijangkau", "kind": "hard_to_reach_tps", "min_severity": 0},
]


def create(apps: Any, schema_editor: Any) -> None:
    AlertRule = apps.get_model("alerts", "AlertRule")
    for spec in RULES:
        AlertRule.objects.get_or_create(name=spec["name"], defaults={k: v for k, v in spec.items() if k != "name"})


class Migration(migrations.Migration):
    dependencies = [("alerts", "0001_initial")]
    operations = [migrations.RunPython(create, migrations.RunPython.noop)]
