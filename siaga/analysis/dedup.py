"""Near-duplicates: copies and forwards by MinHash, the same event by place, time and
category. Text similarity alone never merges two events: two officers describe one brawl
in different words, and one chain message can describe two different villages."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from datasketch import MinHash, MinHashLSH

from siaga.analysis.text import fold_plain

NUM_PERM = 64
COPY_THRESHOLD = 0.7
_FORWARD_NOISE = re.compile(r"^(fwd|fw|diteruskan|forwarded|copas|dari grup sebelah)\b[: ]*", re.I)


def shingles(text: str, size: int = 3) -> set[str]:
    words = fold_plain(_FORWARD_NOISE.sub("", text.strip())).split()
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def signature(text: str) -> MinHash:
    minhash = MinHash(num_perm=NUM_PERM, seed=7)
    for shingle in shingles(text):
        minhash.update(shingle.encode())
    return minhash


def similarity(a: str, b: str) -> float:
    return float(signature(a).jaccard(signature(b)))


def copy_groups(
    items: Sequence[tuple[str, str]], threshold: float = COPY_THRESHOLD
) -> list[list[str]]:
    """Groups of ids whose texts are copies of one another (forwards, re-posts)."""
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    signatures = {}
    for item_id, text in items:
        signatures[item_id] = signature(text)
        lsh.insert(item_id, signatures[item_id])
    groups = _UnionFind([i for i, _ in items])
    for item_id, minhash in signatures.items():
        for other in lsh.query(minhash):
            if other != item_id and signatures[other].jaccard(minhash) >= threshold:
                groups.join(item_id, other)
    return groups.groups()


@dataclass(frozen=True)
class Event:
    id: str
    place: str | None  # Kemendagri code, any level
    at: dt.datetime
    categories: tuple[str, ...]


def same_event(a: Event, b: Event, *, window: dt.timedelta = dt.timedelta(hours=24)) -> bool:
    """Same kecamatan (or finer), within the window, and a category in common."""
    if not a.place or not b.place or abs(a.at - b.at) > window:
        return False
    if _district(a.place) is None or _district(a.place) != _district(b.place):
        return False
    shared = set(a.categories) & set(b.categories) - {"other"}
    return bool(shared)


def event_groups(
    events: Iterable[Event], *, window: dt.timedelta = dt.timedelta(hours=24)
) -> list[list[str]]:
    """Blocked by kecamatan, so the pairwise check stays small even for a busy day."""
    blocks: dict[str, list[Event]] = defaultdict(list)
    every = list(events)
    for event in every:
        district = _district(event.place or "")
        if district:
            blocks[district].append(event)
    groups = _UnionFind([e.id for e in every])
    for block in blocks.values():
        block.sort(key=lambda e: e.at)
        for i, first in enumerate(block):
            for second in block[i + 1 :]:
                if second.at - first.at > window:
                    break
                if same_event(first, second, window=window):
                    groups.join(first.id, second.id)
    return groups.groups()


def _district(code: str) -> str | None:
    parts = code.split(".")
    return ".".join(parts[:3]) if len(parts) >= 3 else None


class _UnionFind:
    def __init__(self, ids: Iterable[str]) -> None:
        self.parent = {i: i for i in ids}

    def find(self, item: str) -> str:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def join(self, a: str, b: str) -> None:
        self.parent[self.find(a)] = self.find(b)

    def groups(self) -> list[list[str]]:
        members: dict[str, list[str]] = defaultdict(list)
        for item in self.parent:
            members[self.find(item)].append(item)
        return [sorted(g) for g in members.values() if len(g) > 1]
