"""Where a text's events happen, as Kemendagri codes at the finest level it supports."""

from __future__ import annotations

from dataclasses import dataclass

from siaga.analysis.gazetteer import Gazetteer, Mention, finest, resolve
from siaga.analysis.text import Folded, fold


@dataclass(frozen=True)
class PlaceHit:
    code: str
    name: str
    level: int
    mention: str


def geoparse(
    text: str, gazetteer: Gazetteer, *, hint: str | None = None, folded: Folded | None = None
) -> tuple[list[PlaceHit], list[Mention]]:
    """The finest places named, in the order first mentioned, and every placed mention."""
    mentions = resolve(gazetteer.find(text, folded or fold(text)), gazetteer, hint=hint)
    first_mention: dict[str, str] = {}
    for mention in mentions:
        assert mention.chosen is not None  # noqa: S101 (resolve returns only placed ones)
        first_mention.setdefault(mention.chosen, text[mention.start : mention.end])
    hits = []
    for code in finest(first_mention):
        place = gazetteer.places[code]
        hits.append(PlaceHit(code, place.name, place.level, first_mention[code]))
    return hits, mentions
