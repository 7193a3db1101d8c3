from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _warning_data(warning_data: None) -> None:
    """Every test here reads the preloaded frameworks and default rules."""
