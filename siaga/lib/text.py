"""Text helpers shared by importers, place look-ups and the analysis package."""

from __future__ import annotations

import re
import unicodedata

_PREFIX = re.compile(
    r"^(provinsi|prov|kabupaten|kab|kota administrasi|kota adm|kota|kecamatan|kec|distrik"
    r"|kelurahan|kel|desa adat|desa|ds)\.?\s+",
)
_SPACES = re.compile(r"\s+")
_PUNCT = re.compile(r"[^\w\s]")


def fold(text: str) -> str:
    """Lower-case, strip accents and punctuation, squeeze spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    ascii_text = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", _PUNCT.sub(" ", ascii_text.lower())).strip()


def normalize_name(name: str) -> str:
    """A place name folded and stripped of its administrative prefix ("Kab. Tabanan")."""
    lowered = _SPACES.sub(" ", name.lower()).strip()
    return fold(_PREFIX.sub("", lowered))
