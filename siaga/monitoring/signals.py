"""`item_reviewed` is sent when an analyst confirms or dismisses a monitored item."""

from __future__ import annotations

from django.dispatch import Signal

item_reviewed = Signal()
