"""Typed readers for environment variables that fail loudly on a bad value."""

from __future__ import annotations

import os
from pathlib import Path

_TRUE = {"1", "true", "yes", "on", "ya"}
_FALSE = {"0", "false", "no", "off", "tidak", ""}


class EnvError(ValueError):
    """A configuration variable holds a value Siaga cannot use."""


def envstr(name: str, default: str) -> str:
    return os.environ.get(name, default)


def envbool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise EnvError(f"{name} must be a yes/no value (1/0, true/false), got {raw!r}")


def envint(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise EnvError(f"{name} must be a whole number, got {raw!r}") from exc


def envlist(name: str, default: list[str]) -> list[str]:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]


def envsecret(name: str, default: str) -> str:
    """Read NAME, or the contents of the file named by NAME_FILE (container secrets)."""
    path = os.environ.get(f"{name}_FILE")
    if path:
        try:
            return Path(path).read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise EnvError(f"{name}_FILE points at {path!r}, which cannot be read") from exc
    return os.environ.get(name, default)
