"""Stable codes shared by every part of Siaga (see the shared taxonomy).

Only the codes live here, so the framework-free analysis package can use them; the
labels shown to users are translated where the Django apps define their choices.
"""

from __future__ import annotations

CATEGORIES: tuple[str, ...] = (
    "election_campaign_violation",
    "voter_list_problem",
    "money_politics",
    "asn_neutrality",
    "election_logistics",
    "supporters_clash",
    "polling_station_unrest",
    "election_result_dispute",
    "demonstration",
    "sara_identity_religion",
    "adat_customary_dispute",
    "land_boundary_dispute",
    "alcohol_drugs_brawl",
    "hoax_hate_speech",
    "terrorism_radicalism",
    "criminal_violence",
    "other",
)
ELECTION_CATEGORIES: tuple[str, ...] = CATEGORIES[:8]
KINDS: tuple[str, ...] = ("incident", "threat", "meeting", "none")
SEVERITIES: tuple[int, ...] = (0, 1, 2, 3, 4)
ELECTION_STAGES: tuple[str, ...] = (
    "voter_registration",
    "party_verification",
    "candidate_registration",
    "campaign",
    "quiet_period",
    "logistics_distribution",
    "voting_counting",
    "recapitulation",
    "dispute_resolution",
    "inauguration",
)
ELECTION_TYPES: tuple[str, ...] = ("pemilu", "pilkada", "pilkades")
REPORT_STATUSES: tuple[str, ...] = (
    "new",
    "needs_review",
    "verified",
    "rejected",
    "merged",
    "in_response",
    "resolved",
)
PHASES: tuple[str, ...] = ("prevention", "cessation", "recovery")
