"""Framework-free helpers shared by every app (no Django imports at module level)."""
