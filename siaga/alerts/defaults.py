"""The rules the teams asked for first; created by a migration, editable in admin."""

from __future__ import annotations

from typing import Any

DEFAULT_RULES: list[dict[str, Any]] = [
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


def ensure_default_rules(model: Any = None) -> None:
    """Create the default rules that are missing (by name); never touch edited ones."""
    if model is None:
        from siaga.alerts.models import AlertRule as model
    for spec in DEFAULT_RULES:
        fields = {k: v for k, v in spec.items() if k != "name"}
        model.objects.get_or_create(name=spec["name"], defaults=fields)
