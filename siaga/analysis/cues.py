"""One pass over a text finds every cue phrase of every table (Aho-Corasick)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache

import ahocorasick

from siaga.analysis import lexicon


class CueIndex:
    """Phrase → [(table, label, weight)], searched on folded text with word boundaries."""

    def __init__(
        self, tables: dict[str, dict[str, dict[str, float]]], flags: dict[str, Iterable[str]]
    ) -> None:
        entries: dict[str, list[tuple[str, str, float]]] = defaultdict(list)
        for table, labels in tables.items():
            for label, phrases in labels.items():
                for phrase, weight in phrases.items():
                    entries[phrase].append((table, label, weight))
        for flag, words in flags.items():
            for word in words:
                entries[word].append(("flag", flag, 1.0))
        automaton = ahocorasick.Automaton()
        for phrase, targets in entries.items():
            automaton.add_word(f" {phrase} ", (phrase, targets))
        automaton.make_automaton()
        self._automaton = automaton

    def scan(self, folded_text: str) -> dict[str, dict[str, dict[str, int]]]:
        """table → label → phrase → count of occurrences."""
        found: dict[str, dict[str, dict[str, int]]] = defaultdict(lambda: defaultdict(dict))
        for _end, (phrase, targets) in self._automaton.iter(folded_text):
            for table, label, _weight in targets:
                bucket = found[table][label]
                bucket[phrase] = bucket.get(phrase, 0) + 1
        return found

    @staticmethod
    def weight(table: str, label: str, phrase: str) -> float:
        source = {
            "category": lexicon.CATEGORY_CUES,
            "kind": lexicon.KIND_CUES,
            "stage": lexicon.STAGE_CUES,
        }.get(table, {})
        return source.get(label, {}).get(phrase, 1.0)


@lru_cache(maxsize=1)
def default_index() -> CueIndex:
    return CueIndex(
        {"category": lexicon.CATEGORY_CUES, "kind": lexicon.KIND_CUES, "stage": lexicon.STAGE_CUES},
        {
            "weapon": lexicon.WEAPONS,
            "arson": lexicon.ARSON,
            "target": lexicon.SENSITIVE_TARGETS,
            "spread": lexicon.SPREAD,
            "election": lexicon.ELECTION_WORDS,
            "campaign": lexicon.CAMPAIGN_WORDS,
            "security": lexicon.SECURITY_WORDS,
            "routine": lexicon.ROUTINE,
            "deployment": lexicon.DEPLOYMENT,
            "voter_education": lexicon.VOTER_EDUCATION,
            "customary_election": lexicon.CUSTOMARY_ELECTION,
            "hamlet_head_choice": lexicon.HAMLET_HEAD_CHOICE,
            "customary_quarrel": lexicon.CUSTOMARY_QUARREL,
            "mock_war": lexicon.MOCK_WARS,
            "chore": lexicon.ELECTION_CHORES,
            "drill": lexicon.DRILL,
            "trouble": lexicon.PROCEDURE_TROUBLE,
            "explainer": lexicon.EXPLAINER,
            "manual": lexicon.MANUAL,
            "natural_death": lexicon.NATURAL_DEATH,
            "rivals": lexicon.RIVAL_GROUPS,
        },
    )
