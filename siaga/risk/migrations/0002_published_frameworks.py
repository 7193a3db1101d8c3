"""Preload the published instruments (Bawaslu IKP 2024, TPS-rawan 2024, UU 7/2012)."""

from __future__ import annotations

from typing import Any

from django.db import migrations


def load(apps: Any, schema_editor: Any) -> None:
    from siaga.risk.frameworks import FRAMEWORKS
    from siaga.risk.frameworks import load as load_framework

    models = [apps.get_model("risk", name) for name in ("Framework", "Dimension", "Indicator")]
    for data in FRAMEWORKS:
        load_framework(data, *models)


class Migration(migrations.Migration):
    dependencies = [("risk", "0001_initial")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
