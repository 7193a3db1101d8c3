"""One pass over a text finds every cue phrase of every table (Aho-Corasick)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import lru_cache
from operator import itemgetter

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
        for phrase in entries:
            automaton.add_word(f" {phrase} ", phrase)
        automaton.make_automaton()
        self._automaton = automaton
        self._targets = dict(entries)

    def scan(self, folded_text: str) -> dict[str, dict[str, dict[str, int]]]:
        """table → label → phrase → count of occurrences."""
        found: dict[str, dict[str, dict[str, int]]] = defaultdict(lambda: defaultdict(dict))
        # A story repeats its cue words: they are counted in C, then each is filed once.
        said = Counter(map(itemgetter(1), self._automaton.iter(folded_text)))
        for phrase, times in said.items():
            for table, label, _weight in self._targets[phrase]:
                found[table][label][phrase] = times
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
