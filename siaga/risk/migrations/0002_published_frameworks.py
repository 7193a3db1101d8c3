"""Preload the published instruments (Bawaslu IKP 2024, TPS-rawan 2024, UU 7/2012)."""

from __future__ import annotations

from typing import Any

from django.db import migrations


def load(apps: Any, schema_editor: Any) -> None:
    from siaga.risk.frameworks import FRAMEWORKS

    Framework = apps.get_model("risk", "Framework")
    Dimension = apps.get_model("risk", "Dimension")
    Indicator = apps.get_model("risk", "Indicator")
    for data in FRAMEWORKS:
        framework, _ = Framework.objects.update_or_create(
            code=data["code"],
            defaults={
                **{k: data[k] for k in ("name", "publisher", "description")},
                "is_checklist": data.get("checklist", False),
            },
        )
        for order, spec in enumerate(data["dimensions"]):
            top, _ = Dimension.objects.update_or_create(
                framework=framework, code=spec["code"],
                defaults={"name": spec["name"], "ordering": order, "parent": None},
            )
            groups = [(top, spec)]
            for sub_order, sub in enumerate(spec.get("sub", [])):
                child, _ = Dimension.objects.update_or_create(
                    framework=framework, code=sub["code"],
                    defaults={"name": sub["name"], "ordering": sub_order, "parent": top},
                )
                groups.append((child, sub))
            for dimension, group in groups:
                for i, item in enumerate(group.get("indicators", [])):
                    Indicator.objects.update_or_create(
                        framework=framework, code=item["code"],
                        defaults={
                            "dimension": dimension, "name": item["name"],
                            "applies_to": item["level"], "scale_min": item.get("min", 0),
                            "scale_max": item.get("max", 1),
                            "categories": item.get("categories", []),
                            "stages": item.get("stages", []), "ordering": i,
                        },
                    )


class Migration(migrations.Migration):
    dependencies = [("risk", "0001_initial")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
