"""Announcements other apps listen to, so reports need not know who reacts.

`report_changed` is sent (inside the transaction that changed it) whenever a report's
status, reading or coding changes; the alerts app re-scores and evaluates rules.
"""

from __future__ import annotations

from django.dispatch import Signal

report_changed = Signal()
