"""On PostgreSQL, score tables skip the write-ahead log.

Scores are derived data: values and signals rebuild them in seconds. An unlogged table
is written several times faster and is emptied after a crash, which `alerts-tick`
notices (no score computed today) and answers with a full recompute.
"""

from __future__ import annotations

from typing import Any

from django.db import migrations

TABLES = ("risk_regionscore", "risk_tpsscore")


def unlogged(apps: Any, schema_editor: Any) -> None:
    if schema_editor.connection.vendor == "postgresql":
        for table in TABLES:
            schema_editor.execute(f"ALTER TABLE {table} SET UNLOGGED")


def logged(apps: Any, schema_editor: Any) -> None:
    if schema_editor.connection.vendor == "postgresql":
        for table in TABLES:
            schema_editor.execute(f"ALTER TABLE {table} SET LOGGED")


class Migration(migrations.Migration):
    dependencies = [("risk", "0003_region_score_level_index")]
    operations = [migrations.RunPython(unlogged, logged)]
