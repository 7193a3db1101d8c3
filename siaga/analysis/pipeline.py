"""analyze(): one text in, its reading out. Pure and deterministic."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from typing import Any, NamedTuple

from siaga.analysis import elections, extract, lexicon
from siaga.analysis.cues import CueIndex, default_index
from siaga.analysis.gazetteer import REGENCY, Gazetteer
from siaga.analysis.geoparse import PlaceHit, geoparse
from siaga.analysis.model import Model, default_model
from siaga.analysis.text import (
    expand_shorthand,
    fold,
    sentences,
    without_photo_captions,
    without_related_links,
)
from siaga.lib.taxonomy import ELECTION_CATEGORIES, KINDS

CATEGORY_THRESHOLD = 1.0
MODEL_CATEGORY_CONFIDENCE = 0.5
MODEL_KIND_CONFIDENCE = 0.7
KIND_CUE_WEIGHT = 1.8
KIND_CUE_CAP = 2.0
STRONG_INCIDENT_CUES = 1.5
NOT_A_SIGNAL = 0.15
MODEL_FALLBACK_CONFIDENCE = 0.2
STAGE_CUE_THRESHOLD = 0.6
OTHER = "other"
HOAX = "hoax_hate_speech"
SARA = "sara_identity_religion"
ADAT = "adat_customary_dispute"
LAND = "land_boundary_dispute"
BRAWL = "alcohol_drugs_brawl"
PROCEDURAL = lexicon.PROCEDURAL_CATEGORIES
LOGISTICS = "election_logistics"
VOTER_LIST = "voter_list_problem"
STORY_CUE = 0.5  # a story's faintest cues ("media sosial", "kepala desa") name nothing


@dataclass
class Analysis:
    id: str
    kind: str
    categories: list[str]
    severity: int
    election_stage: str | None
    places: list[dict[str, Any]]
    organizations: list[str]
    people: list[str]
    casualties: dict[str, int | None]
    summary: str
    language: str
    cues: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _scores(
    found: dict[str, dict[str, int]], table: str
) -> tuple[dict[str, float], dict[str, list[str]]]:
    scores: dict[str, float] = {}
    fired: dict[str, list[str]] = {}
    for label, phrases in found.items():
        # A cue repeated many times in one article counts at most twice, a house of
        # worship's bare name once.
        scores[label] = sum(
            CueIndex.weight(table, label, p) * min(n, 1 if p in lexicon.COUNTED_ONCE else 2)
            for p, n in phrases.items()
        )
        fired[label] = sorted(phrases)
    return scores, fired


def analyze(
    text: str,
    *,
    gazetteer: Gazetteer,
    hint: str | None = None,
    item_id: str = "",
    index: CueIndex | None = None,
    model: Model | None = None,
    published: dt.date | None = None,
    calendar: Sequence[elections.StageWindow] = elections.CALENDAR,
) -> Analysis:
    cue_index = index or default_index()
    text = without_photo_captions(without_related_links(text))
    folded = fold(text)
    reading = _offices_renamed(_trash_depots_renamed(expand_shorthand(folded.text)))
    found = cue_index.scan(reading)
    flags = {flag: sorted(phrases) for flag, phrases in found.get("flag", {}).items()}
    _drop_flag_exceptions(flags, found, reading)
    _drop_wished_outcomes(flags, reading)
    _drop_passing_drills(flags, reading)
    school_vote = _a_school_s_vote(reading)
    if school_vote:
        _drop_the_election(flags, found)
    _drop_denials(found, reading)
    electoral = _about_an_election(flags)
    campaigning = "kampanye" in flags.get("campaign", [])
    category_scores, category_cues = _scores(
        _in_context(found.get("category", {}), electoral, campaigning, _a_village_vote(flags)),
        "category",
    )
    _logistics_gone_wrong(category_scores, category_cues, flags)
    _polls_at_risk(category_scores, category_cues, flags, reading)
    _locals_against_foreigners(category_scores, category_cues, text, reading)
    _peoples_at_odds(category_scores, category_cues, text, reading)
    _a_customary_people_against_a_company(category_scores, category_cues, reading)
    _blasphemy_posted(category_scores, category_cues, text, reading)
    _an_organisation_supposed(category_scores, category_cues, text, reading)
    _named_by_a_pattern(category_scores, category_cues, reading)
    _graves_in_a_project_s_way(category_scores, category_cues, reading)
    _a_protest_s_crowd_is_no_clash(category_scores, category_cues, reading)
    _a_church_burning_denied(category_scores, category_cues, reading)
    _a_house_of_worship_as_the_polls_venue(category_scores, category_cues)
    _a_house_of_worship_robbed(category_scores, category_cues, reading)
    _a_complaint_is_no_protest(category_scores, category_cues, reading)
    _words_in_another_sense(category_scores, category_cues, reading)
    _a_rite_branded_is_no_faith_at_odds(category_scores, category_cues, reading)
    _a_preacher_refused(category_scores, category_cues, reading)
    _drink_without_a_fight(category_scores, category_cues, reading)
    _students_without_a_fight(category_scores, category_cues, reading)
    _forces_at_odds(category_scores, category_cues, reading)
    _one_village_attacks_another(category_scores, category_cues, reading)
    _a_vice_raid_resisted(category_scores, category_cues, reading)
    _explosives_put_to_other_uses(category_scores, category_cues, reading)
    _no_faith_named(category_scores, category_cues)
    _worship_guarded(category_scores, category_cues, flags)
    _a_fight_between_two(category_scores, category_cues, reading)
    _signs_of_violence(category_scores, category_cues, reading)
    _a_war_abroad_taken_sides_in(category_scores, category_cues, reading)
    _named_in_a_sentence(category_scores, category_cues, flags, text, reading)
    _a_crash_avenged(category_scores, category_cues, reading)
    _a_protest_at_the_polls(category_scores, category_cues)
    _lists_a_re_vote_keeps(category_scores, category_cues)
    _villages_face_each_other(category_scores, category_cues, reading)
    _a_village_besieged_is_no_protest(category_scores, category_cues, reading)
    _villages_are_no_camps(category_scores, category_cues, reading)
    _a_people_s_name(category_scores, category_cues, reading)
    _vendors_moved_on_hold_no_land(category_scores, category_cues, reading)
    _a_protest_taken_to_an_office(category_scores, category_cues, reading)
    _declarations_of_support(found, category_scores)
    spoken, spoken_kinds = _without_meetings_spoken_at(reading, found, cue_index)
    kind_scores, kind_cues = _kind_evidence(spoken, spoken_kinds, cue_index)
    stage_scores, stage_cues = _scores(found.get("stage", {}), "stage")
    category_probs, kind_probs = (model or default_model()).predict(text, reading=reading.strip())

    routine = bool(flags.get("routine"))
    story = len(reading) >= ARTICLE_CHARS
    # Only a story's fallback asks whether it tells of a quarrel: short messages skip it.
    quarrel = not story or _tells_a_quarrel(reading)
    categories = _categories(
        category_scores,
        _among_rival_groups(category_probs, flags, electoral),
        kind_probs,
        routine=routine,
        story=story,
        faint=_faint(category_cues) if quarrel else _weakly_named(category_cues),
        quarrel=quarrel,
    )
    categories = _protest_at_an_election_office(categories, flags, reading)
    categories = _rival_groups_clash(categories, category_cues, flags, electoral, reading)
    if school_vote:
        categories = [c for c in categories if c not in _ELECTORAL]  # nor the model's guess
    counts = extract.casualties(text)
    if counts["dead"] and (
        (CRIME in categories and _a_crash_told_avenged(reading)) or _set_off_by_a_crash(reading)
    ):
        counts = extract.casualties(_without_the_crash(text))
    debunked = _a_hoax_debunked(categories, reading)
    if debunked:
        # The stabbing, the brawl, the rally and the dead a debunked chain message tells
        # of never were.
        categories = [c for c in categories if c not in TOLD_BY_A_HOAX]
        counts = dict(NO_CASUALTIES)
    else:
        categories = _material_destroyed(categories, category_scores, reading)
    context = bool(flags.get("election") or flags.get("security"))
    cap = KIND_CUE_CAP * (2 if len(reading) >= STORY_CHARS else 1)  # the lead counts twice
    # The dead of the clash a peace story opens by recalling are not the peace's.
    reconciled = _leads_with_a_reconciliation(reading)
    counts_for_kind = NO_CASUALTIES if reconciled else counts
    kind = _kind(kind_scores, kind_probs, categories, counts_for_kind, context, cap, routine)
    if kind == "meeting" and DEMONSTRATION in categories and _STORMED.search(_lead(reading)):
        # The audience the rally won is the protest's, and a declaration the police
        # broke up was no meeting held.
        kind = "incident"
    protest_held = DEMONSTRATION in categories and _a_protest_under_way(reading)
    if kind == "threat" and protest_held:
        kind = "incident"  # the threats shouted at a protest held are the protest's
    elif (
        kind == "incident"
        and not protest_held
        and (
            _only_a_protest_to_come(reading, categories, counts)
            or _only_an_accusation(reading, categories, counts)
        )
    ):
        kind = "threat"
    # A ceremony attended is not a meeting about a risk.
    about_a_risk = bool(categories) or context
    declaring = DECLARING if category_scores.get(NEUTRALITY, 0.0) >= CATEGORY_THRESHOLD else ()
    # The dead a reconciliation's story recalls at its end are not the meeting's.
    told_now = extract.before_the_backstory(text, LEAD_CHARS)
    counts_now = counts if told_now is text else extract.casualties(told_now)
    if reconciled:
        counts_now = NO_CASUALTIES
    if (
        kind != "meeting"
        and about_a_risk
        and (reconciled or _reports_a_meeting(reading, cue_index, counts_now, ignore=declaring))
    ):
        kind = "meeting"
    # A hoax the story debunks had circulated, whatever calm the police then urge; a
    # protest held asks ("meminta agar bupati …") as it is held.
    appeal = _leads_with_an_appeal(reading, cue_index) and not debunked and not protest_held
    circulated = debunked or _tells_circulation(reading)
    if kind == "threat" and SHOWN_ACTS & set(categories) and circulated:
        kind = "incident"
    elif (
        kind == "incident"
        and not counts["dead"]
        and not counts["injured"]
        and (appeal or _only_suspected(reading, cue_index))
    ):
        kind = "threat"
    if kind == "threat" and categories and _leads_with_an_arrest(reading):
        kind = "incident"
    if kind == "incident" and _a_border_drawn_on_paper(categories, counts, reading):
        kind = "threat"
    places, mentions = geoparse(text, gazetteer, hint=hint, folded=folded)
    if (
        flags.get("drill")
        or _routine_procedure(reading, kind, categories, flags)
        or _an_election_s_chores_told(reading, categories, category_scores, flags)
        or _a_guide(reading, flags, places)
        or (not category_cues and extract.harmed_by_drink(text))
        or _a_disaster_s_toll(category_scores, reading, quarrel)
        or _an_accident(category_scores, reading)
        or _a_building_on_fire(category_scores, reading)
        or (_only_guessed(categories, category_scores) and _worn_out(flags, text))
        or (set(categories) <= {OTHER} and _only_vice_told(category_scores))
        or _a_population_sweep(reading, categories, counts)
        or _an_alms_queue_crushed(reading, categories, electoral)
        or _travellers_crowding(reading, categories, category_scores, electoral)
        or _crime_figures(text, reading, categories)
        or _pollsters_figures(text, reading, categories)
        or _a_tally_told(reading, categories, electoral, flags)
        or _wildlife_at_odds(reading, categories)
        or _fishing_law_enforced(reading, categories)
        or _a_case_told_in_the_lead(reading, categories, category_scores)
        or _a_search_for_the_missing(category_scores, reading)
        or _a_commemoration(reading, categories, electoral)
        or _nothing_at_odds_told(kind, categories, counts, quarrel)
        or _a_story_on_screen(reading)
        or _a_recipe(reading, category_scores, counts)
        or _a_ceremony_told(reading)
        or _a_mystery_boom_told(reading)
        or _a_liquor_raid_told(reading, categories)
        or _a_war_abroad_told(reading, places)
    ):
        # An exercise, the election bodies' routine, a guide, a binge's toll, a mine's,
        # a flood's, a forest fire's or an outbreak's toll with no quarrel told, officers
        # worn out by the count, a gambling den or a dealer raided with no fight or unrest
        # told, an alms or a cheap sale's queue crushed, the police's figures for crime, a
        # pollster's, a count's tally, elephants in the gardens, a crocodile in the river
        # or a rabid dog, a graft case's arrests, fishers blasting the reef or foreign
        # boats poaching, counterfeit notes passed or savers swindled, goods, timber or
        # people smuggled, fuel hoarded or sex sold, a suicide, a body found with no
        # killing told, a search for the missing, a street race or loud exhausts dealt
        # with, a tragedy's anniversary, a crash on the road or in the air, a blast of
        # firecracker powder or gas, a comic's pirate flag, a halal bihalal, a boom no one
        # can place.
        kind, categories = "none", []
    if kind != "none" and not categories:
        categories = [OTHER]
    under_way = _stage_under_way(reading, cue_index)
    if under_way is not None:
        stage_scores, stage_cues = {under_way[0]: UNDER_WAY_WEIGHT}, {under_way[0]: [under_way[1]]}
    stage, stage_from = _stage_of(
        text, kind, categories, flags, stage_scores, published, calendar, reading=reading
    )
    return Analysis(
        id=item_id,
        kind=kind,
        categories=categories,
        severity=_severity(
            kind, categories, counts_now if kind == "meeting" else counts, flags, appeal=appeal
        ),
        election_stage=stage,
        places=[
            {"code": p.code, "name": p.name, "level": p.level, "mention": p.mention} for p in places
        ],
        organizations=extract.organizations(text, gazetteer.is_place_name),
        people=extract.people(text, gazetteer.is_place_name),
        casualties=counts,
        summary=extract.summary(text),
        language=extract.language(folded.text.split()),
        cues={
            "categories": {c: category_cues[c] for c in categories if c in category_cues},
            "kind": kind_cues,
            "stage": stage_cues.get(stage, []) if stage and stage_from == "text" else [],
            "stage_from": stage_from,
            "flags": flags,
            "model": {
                "categories": {c: round(p, 2) for c, p in category_probs.items() if p >= 0.2},
                "kind": {k: round(p, 2) for k, p in kind_probs.items() if p >= 0.2},
            },
            "places": [
                {"mention": text[m.start : m.end], "code": m.chosen, "why": m.why} for m in mentions
            ],
        },
    )


def _in_context(
    found: dict[str, dict[str, int]],
    electoral: bool,
    campaigning: bool,
    village_vote: bool = False,
) -> dict[str, dict[str, int]]:
    """Category cues, without the generic ones of electoral categories when the text
    says nothing of an election, without houses of worship as a sign of identity
    tension when it speaks of campaigning (they are where campaigning is forbidden), and
    without the village head and his secretary as a sign of partisan officials when the
    vote is for the village head's office (they are its holders, old and new)."""
    dropped = {} if electoral else dict(lexicon.ELECTORAL_ONLY)
    if campaigning:
        dropped[SARA] = lexicon.CAMPAIGN_VENUES
    if village_vote and electoral:
        dropped[NEUTRALITY] = dropped.get(NEUTRALITY, frozenset()) | _THE_OFFICE_AT_STAKE
    kept = {}
    for label, phrases in found.items():
        generic = dropped.get(label, frozenset())
        if remaining := {p: n for p, n in phrases.items() if p not in generic}:
            kept[label] = remaining
    return kept


_THE_OFFICE_AT_STAKE = frozenset(["kepala desa", "sekdes", "sekretaris desa"])
_VILLAGE_VOTES = frozenset(
    ["pilkades", "p2kd", "pilwu", "pemilihan kuwu", "pemilihan wali nagari"]
    + ["pemilihan perbekel"]
)


def _a_village_vote(flags: dict[str, list[str]]) -> bool:
    """The only election the text names is a village head's."""
    named = set(flags.get("election", []))
    return bool(named) and named <= _VILLAGE_VOTES


def _among_rival_groups(
    probs: dict[str, float], flags: dict[str, list[str]], electoral: bool
) -> dict[str, float]:
    """A football match's fans, or two ormas, clash in words the model learnt from
    campaign rallies: outside an election they name no electoral category."""
    if electoral or not flags.get("rivals"):
        return probs
    return {label: p for label, p in probs.items() if label not in _ELECTORAL}


DEMONSTRATION, RESULT_DISPUTE = "demonstration", "election_result_dispute"
# The election bodies' offices, from the KPU's to a district committee's (PPK, and PPD
# in Papua).
ELECTION_OFFICES = frozenset(
    ["kantor kpu", "kantor kpud", "kantor komisi pemilihan umum", "kantor bawaslu"]
    + ["kantor panwas", "kantor panwaslu", "kantor ppk", "kantor ppd"]
    + ["gedung kpu", "gedung bawaslu", "aksi ke kpu", "aksi ke bawaslu"]
)


def _protest_at_an_election_office(
    categories: list[str], flags: dict[str, list[str]], reading: str
) -> list[str]:
    """The taxonomy files protests at the KPU's or Bawaslu's offices under disputes of
    the election's outcome, whatever the banners say: the office is what they contest.
    And a crowd that burns or wrecks such an office over an outcome ("massa membakar
    kantor KPU") has protested, however it began."""
    if not ELECTION_OFFICES & set(flags.get("target", [])):
        return categories
    if DEMONSTRATION in categories and RESULT_DISPUTE not in categories:
        return [*categories, RESULT_DISPUTE]
    wrecked = flags.get("arson") or _says(reading, _WRECKED)
    if RESULT_DISPUTE in categories and DEMONSTRATION not in categories and wrecked:
        return [*categories, DEMONSTRATION] if " massa " in reading else categories
    return categories


_WRECKED = ("merusak", "dirusak", "perusakan", "pengrusakan")


def _a_hoax_debunked(categories: list[str], reading: str) -> bool:
    """A story that opens by calling what circulates a hoax ("Polisi pun memastikan itu
    semua hoaks", "Kabar pembacokan acak … ternyata hoaks"): what the hoax claims did not
    happen, however many of its crimes ("perampasan dan pencurian besar-besaran") the
    story quotes."""
    # A long first sentence ("Pesan berantai … soal 4 Kecamatan … ini ternyata Hoax")
    # may call it a hoax only past the lead's first words.
    lead = reading[:STORY_CHARS]
    return HOAX in categories and bool(_DEBUNKED.search(lead)) and not _SET_OFF.search(lead)


# "Penyebab kerusuhan di Wamena … adalah kabar hoaks", "Kerusuhan itu dipicu hoaks": the
# hoax was false, the riot it set off was not.
_SET_OFF = re.compile(
    r" (?:dipicu|memicu|pemicu|penyebab|disebabkan|menyulut|buntut)(?: [a-z0-9_]+){0,10}?"
    r" (?:hoaks|hoax|berita bohong|kabar bohong) "
)
# "peristiwa pembakaran logistik Pemilu 2024 di Distrik Kebo", "Sebagian logistik dibakar,
# sebagian lainnya dibuang ke sungai": the material itself destroyed.
_MATERIAL_DESTROYED = re.compile(
    r" (?:pembakaran|perusakan|pengrusakan) (?:logistik|kotak suara|surat suara) "
    r"| (?:logistik|kotak suara|surat suara)(?: [a-z0-9]+){0,3}? (?:dibakar|dirusak"
    r"|dibuang ke sungai) "
)


def _material_destroyed(categories: list[str], scores: dict[str, float], reading: str) -> list[str]:
    """Ballots a crowd burnt because of a hoax were burnt all the same: the logistics
    problem is no claim of the hoax's (which a hoax's story otherwise drops)."""
    if HOAX not in categories or LOGISTICS in categories:
        return categories  # nearly always
    if scores.get(LOGISTICS, 0.0) >= CATEGORY_THRESHOLD and _MATERIAL_DESTROYED.search(reading):
        return [*categories, LOGISTICS]
    return categories


TOLD_BY_A_HOAX = frozenset(
    ["criminal_violence", "alcohol_drugs_brawl", "demonstration", "supporters_clash"]
)
_DEBUNKED = re.compile(
    r" (?:memastikan|dipastikan|pastikan|menegaskan|ditegaskan|tegaskan|ternyata|adalah"
    r"|merupakan)(?: [a-z0-9_]+){0,4}? (?:hoaks|hoax|bohong|tidak benar) "
)


def _about_an_election(flags: dict[str, list[str]]) -> bool:
    """Election words, or campaign words other than a club's fans or an ormas's members,
    or than a desa adat's candidates for bendesa or a hamlet's for its head."""
    if flags.get("election"):
        return True
    if flags.get("customary_election") or flags.get("hamlet_head_choice"):
        return False
    campaign = set(flags.get("campaign", []))
    if flags.get("rivals"):
        campaign -= lexicon.FANS
    return bool(campaign)


def _drop_flag_exceptions(
    flags: dict[str, list[str]], found: dict[str, dict[str, dict[str, int]]], reading: str
) -> None:
    """A flag word every use of which is one of its harmless phrases raises no flag:
    "kurang lebih 500 surat suara" is about 500 ballots, none of them short, and "agar
    tidak membakar sampah" burns no house."""
    for flag, words in lexicon.FLAG_EXCEPTIONS.items():
        raised = flags.get(flag)
        if not raised:
            continue
        for word, harmless in words.items():
            count = found.get("flag", {}).get(flag, {}).get(word, 0)
            # A phrase may hold the word twice ("pura-pura" pretends twice over).
            excused = sum(reading.count(f" {p} ") * _times_in(word, p) for p in harmless)
            if word in raised and count <= excused:
                raised.remove(word)
        if not raised:
            del flags[flag]


def _times_in(word: str, phrase: str) -> int:
    return len(re.findall(rf"(?<![^ ]){re.escape(word)}(?![^ ])", phrase))


def _declarations_of_support(
    found: dict[str, dict[str, dict[str, int]]], category_scores: dict[str, float]
) -> None:
    """Where village heads or civil servants are at odds with their neutrality, their
    "deklarasi" is one of support for a candidate, an act, not the team's declaration."""
    if category_scores.get(NEUTRALITY, 0.0) < CATEGORY_THRESHOLD:
        return
    meeting = found.get("kind", {}).get("meeting", {})
    for word in DECLARING:
        meeting.pop(word, None)


NEUTRALITY, MONEY = "asn_neutrality", "money_politics"
CAMPAIGN_VIOLATION = "election_campaign_violation"
DECLARING = ("deklarasi", "mendeklarasikan")


def _drop_wished_outcomes(flags: dict[str, list[str]], reading: str) -> None:
    """An outcome hoped for ("agar pilwu serentak berjalan aman", "Pilkada … harus
    berjalan aman, damai kondusif"), a smooth start before the trouble ("mulanya
    proses rekapitulasi berjalan lancar. Namun, timbul keributan") or calm restored
    after it ("kembali aman dan kondusif") is no report that the event went smoothly: a
    routine word every use of which follows a wish, a beginning or a return raises no
    flag."""
    said = flags.get("routine")
    if not said or not _says_any(reading, _NOT_THE_OUTCOME_WORDS):
        return  # nearly always
    for phrase in [p for p in said if p in lexicon.SMOOTH_OUTCOMES]:
        uses = reading.count(f" {phrase} ")
        wished = len(re.findall(rf" {_NOT_THE_OUTCOME}(?: [a-z0-9_]+){{0,5}}? {phrase} ", reading))
        if uses and wished >= uses:
            said.remove(phrase)
    if not said:
        del flags["routine"]


_DRILL_REVEALS = (
    "merupakan simulasi", "itulah simulasi", "ternyata simulasi", "hanya simulasi",
    "adalah simulasi", "sebuah simulasi",
    # "Peristiwa tersebut merupakan adegan simulasi yang diperagakan Polres Seluma".
    "adegan simulasi",
    # "Usai kegiatan Simulasi Sistem Pengamanan (Sispam) Kota …, Wakapolres mengatakan":
    # the clash told first was the drill just over.
    "usai kegiatan simulasi", "usai simulasi",
    # A police anniversary's show ("Kejadian ini bukan sebenarnya. Ini hanya atraksi").
    "hanya atraksi",
)  # fmt: skip
_WISH_WORDS = ("agar", "supaya", "harus", "diharapkan", "berharap", "semoga", "demi")
# Calm restored ("situasi … kembali aman dan kondusif" once the police broke up the
# stone-throwing) tells of the trouble before it, not of an event that went smoothly.
_NOT_THE_OUTCOME_WORDS = (*_WISH_WORDS, "awalnya", "mulanya", "semula", "kembali")
_NOT_THE_OUTCOME = "(?:" + "|".join(_NOT_THE_OUTCOME_WORDS) + ")"


# A school's vote for its student council ("pemilihan ketua OSIS", "Pilketos", "Pemilos"),
# or a campus's for its students' president ("Pemira", "Pemilwa", the "KPUM"), run
# with a TPS, ballots, a voter list and ink "persis seperti pemilu" to teach democracy:
# none of the state's elections, whatever words it borrows from them (a "KPU" that is
# "tidak netral", a "penggelembungan suara").
_A_SCHOOL_S_VOTE = re.compile(
    r" (?:osis|pilketos|pemilos|e pemilos|pemilu osis|pemira|pemilwa|pemilu raya"
    r"|pemilihan raya|pemilu mahasiswa|pemilihan mahasiswa raya|kpum|kpu kampus"
    r"|komisi pemilihan umum mahasiswa|pilpres bem"
    r"|(?:pemilihan|pemilu) (?:umum )?(?:ketua (?:umum )?|presiden )(?:bem|badan eksekutif)"
    r"|presiden dan wakil presiden (?:bem|mahasiswa|badan eksekutif)) "
)
_STATE_ELECTIONS = re.compile(
    r" (?:pilkada|pilpres|pileg|pilkades|pemilu 20[0-9]{2}|pemilihan umum 20[0-9]{2}"
    r"|kpu (?:kabupaten|kota|provinsi|ri|pusat)|bawaslu) "
)


def _a_school_s_vote(reading: str) -> bool:
    return _A_SCHOOL_S_VOTE.search(reading) is not None and _STATE_ELECTIONS.search(reading) is None


def _drop_the_election(
    flags: dict[str, list[str]], found: dict[str, dict[str, dict[str, int]]]
) -> None:
    for flag in ("election", "campaign"):
        flags.pop(flag, None)
    targets = [t for t in flags.get("target", []) if t != "tps"]
    if targets:
        flags["target"] = targets
    else:
        flags.pop("target", None)
    found["stage"] = {}
    category = found.get("category", {})
    for label in ELECTION_CATEGORIES:
        category.pop(label, None)


# A fight told, not one warded off ("mencegah tawuran", "tanpa bentrok").
_A_FIGHT_TOLD = re.compile(
    r"(?<!cegah)(?<!antisipasi)(?<!hindari)(?<!tanpa)(?<!tidak ada)(?<!potensi)(?<!rawan)"
    r" (?:bentrok|bentrokan|saling serang|saling menyerang|pertikaian|tawuran|perkelahian) "
)


def _drop_passing_drills(flags: dict[str, list[str]], reading: str) -> None:
    """A drill, a training or a ceremony is the story when its lead tells of it; a long
    story that names one among the preparations ("Simulasi pengamanan TPS juga
    digulirkan") is about the rest. Words that tell how an event went count anywhere."""
    if len(reading) < STORY_CHARS or not (flags.get("drill") or flags.get("routine")):
        return  # nearly always
    lead = _lead(reading)
    # "Bentrok Warga di Kota Agats Masih Terus Berlanjut, Panitia Festival Berter Diminta
    # Segera Menutup Acara": a fight the lead tells is the news, and the festival or
    # the ceremony where it broke out its setting.
    if flags.get("routine") and _A_FIGHT_TOLD.search(_realis(lead)):
        del flags["routine"]
    # "Itulah simulasi pengamanan TPS yang dilakukan Polresta": a drill told as real
    # and revealed at the end is the story, wherever the reveal stands.
    revealed = _says(reading, _DRILL_REVEALS)
    for flag in ("routine",) if revealed else ("drill", "routine"):
        said = flags.get(flag, [])
        passing = [p for p in said if p not in lexicon.SMOOTH_OUTCOMES and not _says(lead, [p])]
        if passing and len(passing) == len(said):
            del flags[flag]


def _drop_denials(found: dict[str, dict[str, dict[str, int]]], reading: str) -> None:
    """A cue the text denies names nothing: "bentrokan ini bukan antara etnis", "jangan
    digiring ke konflik antar etnis" (the police denying a clash its ethnic colour), "tidak
    ada PSU karena tidak ada indikasi kecurangan" (an election body clearing a TPS); nor
    does one it tells only as a risk ("rawan mencoblos lebih dari satu kali")."""
    for category, (needles, denied) in _DENIALS.items():
        said = found.get("category", {}).get(category)
        if not said or not any(needle in reading for needle in needles):
            continue  # nearly always
        for denial in denied.finditer(reading):
            groups = denial.groupdict()
            words = {group for name, group in groups.items() if group and name != "listed"}
            if "listed" in groups:  # a list denied: every cue said within it
                words |= {phrase for phrase in said if f" {phrase} " in f"{denial.group()} "}
            for word in words:
                if said.get(word, 0) > 0:
                    said[word] -= 1
                    if not said[word]:
                        del said[word]
        if not said:
            del found["category"][category]


def _listed(words: str) -> str:
    """The rest of a list the denial runs on to ("suku, agama, ras, dan antargolongan"):
    each further word within two of the last."""
    return rf"(?P<listed>(?:(?: [a-z]+){{0,2}}? (?:{words}))*)"


# The denial and, within a few words, the cue it denies.
_DENIALS: dict[str, tuple[tuple[str, ...], re.Pattern[str]]] = {
    SARA: (
        (" bukan ", " bukanlah ", " jangan ", " kaitannya dengan "),
        re.compile(
            # "jangan terprovokasi, dan bawa-bawa ke kelompok desa, kemudian kelompok
            # suku, apalagi agama", "tak ada kaitannya dengan suku, agama, ras, dan
            # antargolongan (SARA)": the denial may run on, and list its words.
            r" (?:bukan(?:lah)?|jangan (?:[a-z]+ dan )?(?:di)?(?:giring|kaitkan|kait kaitkan"
            r"|bawa)[a-z]*|(?:tidak|tak) ada kaitannya dengan)(?: [a-z]+){0,6}? "
            r"(?:antar ?|antara )?(?P<word>etnis|suku|sara|agama)"
            rf"{_listed('etnis|suku|sara|agama|ras|antargolongan')}(?= )"
        ),
    ),
    # The stock appeal that closes a story of a clash ("mewaspadai penyebaran hoaks, kabar
    # bohong, dan ujaran-ujaran kebencian"), or a peace pact's clauses ("Tidak terpengaruh
    # hoaks atau provokasi yang memecah belah", "menghindari tindakan provokatif"): no hoax
    # told.
    HOAX: (
        (" bukan hoax ", " bukan hoaks ", " mewaspadai ", " waspadai ", " terpengaruh ")
        + (" menghindari ", " tanpa "),
        re.compile(
            r" bukan (?P<word>hoax|hoaks)(?= )"
            # "Menghindari atribut atau tindakan provokatif", "tanpa aksi provokatif".
            r"| (?:menghindari|tanpa)(?: [a-z]+){0,3}? "
            r"(?P<shunned>provokatif|provokasi|hoaks|hoax)(?= )"
            r"| (?:(?:mewaspadai|waspadai)(?: penyebaran| peredaran)? (?P<appeal>hoaks|hoax)"
            r"|(?:tidak|tak|jangan)(?: mudah)? terpengaruh(?: dengan| oleh)?(?: adanya)?"
            r"(?: berita| isu| kabar)? (?P<swayed>hoaks|hoax))"
            + _listed(
                "kabar bohong|berita bohong|ujaran kebencian|ujaran ujaran kebencian|provokasi"
            )
            + r"(?= )"
        ),
    ),
    # A pact's clause that keeps its members' gatherings "bebas dari aksi konvoi liar,
    # narkoba, miras": nothing drunk.
    # ... and a quarrel that "tidak sampai terjadi perkelahian": words, no fight.
    "alcohol_drugs_brawl": (
        (" bebas dari ", " tidak sampai ", " tak sampai ", " tidak terjadi ", " tak terjadi "),
        re.compile(
            r" bebas dari(?: [a-z]+){0,3}? (?P<free>narkoba|miras|minuman keras|narkotika)"
            rf"{_listed('narkoba|miras|minuman keras|narkotika')}(?= )"
            r"| (?:tidak|tak) (?:sampai (?:terjadi )?|terjadi )"
            r"(?P<fight>perkelahian|berkelahi|tawuran|baku hantam|adu jotos)(?= )"
        ),
    ),
    "demonstration": (
        (" tidak demo ", " bukan demo ", " tidak berdemo ", " bukan unjuk rasa "),
        re.compile(r" (?:tidak|bukan) (?P<word>demo|berdemo|unjuk rasa|demonstrasi)(?= )"),
    ),
    # "tidak menemukan praktik politik uang", "serangan fajar … tidak ada": a watchdog
    # clearing a re-vote of vote buying.
    "money_politics": (
        (" tidak ", " tak ", " belum "),
        re.compile(
            r" (?:tidak|tak|belum) (?:menemukan|ditemukan|ada|terdeteksi|mendapati)"
            r"(?: [a-z]+){0,6}? (?P<word>politik uang|serangan fajar|money politics?)(?= )"
            r"| (?P<before>serangan fajar|politik uang)(?: [a-z]+){0,6}? (?:tidak|tak) ada(?= )"
        ),
    ),
    # "terdaftar ganda … sehingga rawan mencoblos lebih dari satu kali", "agar tidak
    # mencoblos dua kali": a double entry's risk, which the voter list names, not a vote
    # cast twice at the polls.
    "polling_station_unrest": (
        (" rawan ", " berpotensi ", " berpeluang ", " bisa ", " dapat ", " agar ", " supaya "),
        re.compile(
            r" (?:rawan|berpotensi|berpeluang|bisa|dapat|agar (?:tidak|tak)"
            r"|supaya (?:tidak|tak)|tidak bisa|tak bisa) "
            r"(?P<word>mencoblos (?:dua kali|lebih dari satu kali|lebih dari sekali))(?= )"
        ),
    ),
    # "Pilkel 14 Desa Tabanan Nihil Gugatan", "tidak menerima gugatan", "waktu … untuk
    # mengajukan keberatan nihil": the window for objections closed with none filed.
    "election_result_dispute": (
        (" tidak ", " tak ", " tanpa ", " nihil "),
        re.compile(
            r" (?:tidak|tak|tanpa|nihil)(?: (?:ada|adanya|diikuti|dengan|menerima|diterima))*"
            r"(?: (?:indikasi|dugaan|proses|unsur))? "
            r"(?P<word>kecurangan|psu|pemungutan suara ulang|gugatan|keberatan|sengketa)(?= )"
            r"| (?P<before>gugatan|keberatan)(?: [a-z]+)? nihil(?= )"
        ),
    ),
}


def _logistics_gone_wrong(
    scores: dict[str, float], cues: dict[str, list[str]], flags: dict[str, list[str]]
) -> None:
    """Ballots or boxes named beside what went wrong with them ("surat suara tertukar",
    "form C kurang"): a logistics problem, however far apart the words stand."""
    if scores.get(LOGISTICS, 0.0) < LOGISTICS_ITEM:
        return
    if _BROKEN_ON_PURPOSE.intersection(cues.get(UNREST, [])):
        return  # "rusak" is what the hand did to the box, not what befell it on the way
    if gone_wrong := sorted(set(flags.get("trouble", [])) & lexicon.MATERIAL_TROUBLE):
        scores[LOGISTICS] += MATERIAL_TROUBLE_WEIGHT
        cues[LOGISTICS] = sorted(cues[LOGISTICS] + gone_wrong)


LOGISTICS_ITEM, MATERIAL_TROUBLE_WEIGHT = 0.6, 0.4
UNREST = "polling_station_unrest"
_BROKEN_ON_PURPOSE = frozenset(lexicon.BOXES_BROKEN_ON_PURPOSE)


def _polls_at_risk(
    scores: dict[str, float], cues: dict[str, list[str]], flags: dict[str, list[str]], reading: str
) -> None:
    """Polling stations mapped as prone to conflict ("231 TPS rawan konflik", "kategori
    TPS sangat rawan"): the risk of unrest at the polls, which the teams map stage by
    stage, however the words fall."""
    if "tps" not in flags.get("election", []):
        return
    if said := _TPS_PRONE.search(reading):
        _name_category(scores, cues, UNREST, said.group().strip())


def _locals_against_foreigners(
    scores: dict[str, float], cues: dict[str, list[str]], text: str, reading: str
) -> None:
    """Local workers against foreign ones ("bentrok antara TKA China dengan pekerja
    lokal", "dua kubu, yakni TKA Cina dan tenaga kerja lokal"): one people against
    another, as villagers against newcomers are, when the sentence tells of a clash."""
    if not any(word in reading for word in _FOREIGN_WORKERS):
        return  # nearly always
    said = _said_in_a_sentence(
        text, reading, _LOCALS_AND_FOREIGNERS, lambda s: _A_CLASH.search(s) is not None
    )
    if said:
        _name_category(scores, cues, SARA, said)


# Peoples named by residents' words alone ("rumah warga Madura", "seorang warga Melayu"):
# only names no province or regency bears, since "warga Bali" are Bali's residents.
_ETHNONYMS = (
    "Madura|Melayu|Dayak|Bugis|Tionghoa|Batak|Toraja|Minang|Betawi|Sasak|Mandar|Buton|Tidung"
)
# A people named by its proper name: "rumah suku Tidung dan mana rumah suku Bugis Letta",
# "masyarakat Suku Kimyal menyerang masyarakat Suku Yali", "penduduk asli Lampung" against
# a village "mayoritas dihuni etnis Bali". "Suku bunga" (an interest rate) and "suku
# cadang" (spare parts) are lower-case; a chief's name ("Kepala Suku Morome") and
# Jakarta's sub-agencies ("Suku Dinas Perhubungan") name no people.
_A_NAMED_PEOPLE = re.compile(
    r"(?<![Kk]epala )\b(?:(?:ber)?[Ss]uku|[Ee]tnis|(?:penduduk|warga|orang) asli)"
    r" (?!Dinas|Umum|Badan)([A-Z][a-z]{2,})"
    rf"|\b(?:warga|orang|masyarakat|kaum|pemuda) ({_ETHNONYMS})\b"
)
_PEOPLE_WORDS = ("suku ", "etnis ", " asli ", " warga ", " orang ", " masyarakat ")
# "penyerangan dilakukan oleh sekelompok masyarakat dari Suku Kimyal": a people the
# attack is told of; "barang jarahan … dari berbagai rumah … milik warga suku Bali": a
# people whose homes a riot wrecked, burnt or looted.
_A_PEOPLE_ATTACKS = re.compile(
    r" (?:menyerang|penyerangan|diserang|perusakan|pengrusakan|dirusak|pembakaran|dibakar"
    r"|penjarahan|dijarah|jarahan) "
)


def _peoples_at_odds(
    scores: dict[str, float], cues: dict[str, list[str]], text: str, reading: str
) -> None:
    """Two peoples named ("suku Tidung", "suku Bugis") in a text that tells of a riot,
    a clash or an attack, or one people named in the very sentence of an attack: the
    quarrel runs between peoples, however faint the bare word "suku" is on its own."""
    if not _says_any(reading, _PEOPLE_WORDS) or _A_CLASH.search(reading) is None:
        return  # nearly always
    peoples = sorted({(a or b).lower() for a, b in _A_NAMED_PEOPLE.findall(text)})
    if len(peoples) >= 2:
        _name_category(scores, cues, SARA, " dan ".join(f"suku {p}" for p in peoples[:2]))
    elif peoples and (said := _a_people_attacking(text)):
        _name_category(scores, cues, SARA, said)


def _a_customary_people_against_a_company(
    scores: dict[str, float], cues: dict[str, list[str]], reading: str
) -> None:
    """A customary community and a company or a national project at blows, at a
    barricade or refusing each other ("bentrokan antara masyarakat adat dengan PT Toba
    Pulp Lestari", the company's guards attacking the community's post on its "wilayah
    adat", "masyarakat adat … menolak PSN food estate"): a quarrel over the land the
    company or the project was granted, however the blows read, not a crime apart from
    it (and then the community's own name names no quarrel of the custom's,
    `_a_people_s_name`)."""
    if not _says_any(reading, _CUSTOMARY):
        return  # nearly always
    community = _A_CUSTOMARY_PEOPLE.search(reading)
    if not (community and _A_COMPANY.search(reading) and _AT_ODDS_WITH_IT.search(reading)):
        return
    if scores.get(LAND, 0.0) < CATEGORY_THRESHOLD:
        _name_category(scores, cues, LAND, community.group().strip())


_CUSTOMARY = (" adat ", " ulayat ")
_A_CUSTOMARY_PEOPLE = re.compile(
    r" (?:masyarakat|warga|komunitas|wilayah|wilyah|tanah|hutan) adat"
    r"| (?:tanah|hak|wilayah) ulayat "
)
_A_COMPANY = re.compile(r" (?:pt|perusahaan|korporasi|psn|proyek strategis nasional) ")
_AT_ODDS_WITH_IT = re.compile(
    r" (?:bentrok|bentrokan|menyerang|diserang|penyerangan|pemukulan|dipukuli|dianiaya"
    r"|kekerasan|blokir|memblokir|pemblokiran|blokade|memblokade|menghadang|dihadang"
    r"|menolak|penolakan|menggusur|penggusuran|penyerobotan|menyerobot"
    # "Aksi protes warga … memprotes pihak PT STS … menambang nikel hingga masuk ke wilayah
    # adat", "sekitar 300 warga menduduki jalan masuk area konsesi".
    r"|memprotes|protes|unjuk rasa|menduduki|pendudukan|memboikot|pemboikotan) "
)


def _a_people_attacking(text: str) -> str | None:
    for sentence, said_here in _sentence_readings(text):
        people = _A_NAMED_PEOPLE.search(sentence)
        if people and _A_PEOPLE_ATTACKS.search(said_here):
            return f"suku {(people[1] or people[2]).lower()}"
    return None


def _blasphemy_posted(
    scores: dict[str, float], cues: dict[str, list[str]], text: str, reading: str
) -> None:
    """A faith mocked in a post, a video or a live stream ("penistaan agama melalui akun
    media sosialnya", "video yang diduga menistakan agama Islam di media sosial"): the
    content is itself hate spoken online, beside the faith it offends. A shrine defiled
    on camera is not: the act, not the post, offends."""
    if " agama " not in reading and " menista" not in reading:
        return  # nearly always
    said = _said_in_a_sentence(text, reading, _BLASPHEMY_ONLINE, lambda _s: True)
    if said:
        _name_category(scores, cues, HOAX, said)


def _an_organisation_supposed(
    scores: dict[str, float], cues: dict[str, list[str]], text: str, reading: str
) -> None:
    """A banned organisation named only as what someone took a flag for ("menduga bendera
    tersebut merupakan atribut HTI", "menyangka bendera itu adalah bendera HTI"): a
    mistake told, not the organisation at work."""
    if not _named_only_by(cues, TERROR, _BANNED_ORGANISATIONS):
        return  # nearly always
    naming = [
        said
        for _, said_here in _sentence_readings(text)
        if _says(said := f" {said_here} ", cues[TERROR])
    ]
    if naming and all(_SUPPOSED.search(sentence) for sentence in naming):
        del scores[TERROR], cues[TERROR]


_BANNED_ORGANISATIONS = frozenset(
    ["hti", "hizbut tahrir", "organisasi terlarang", "organisasi yang dilarang"]
)
_SUPPOSED = re.compile(
    r" (?:menduga|diduga|menyangka|disangka|dikira|mengira|persepsi|dituding|dianggap)(?= )"
)


_BLASPHEMY = (
    r"(?:penistaan|menistakan|penistakan|penista|(?:penodaan|menodai|penghinaan|menghina"
    r"|melecehkan|pelecehan)(?: terhadap)? (?:agama|simbol agama|nabi|al quran|alquran"
    r"|kitab suci))"
)
# A business's promotion is posted too ("promo minuman keras … yang menistakan agama").
_ONLINE = (
    r"(?:video|akun|tiktok|facebook|youtube|instagram|telegram|media sosial|medsos"
    r"|unggahan|mengunggah|diunggah|konten|cuitan|siaran langsung|live|viral"
    r"|promosi|promo|iklan|postingan|diposting)"
)
_BLASPHEMY_ONLINE = re.compile(
    rf" (?:{_ONLINE}(?: [a-z0-9_]+){{0,6}}? {_BLASPHEMY}|{_BLASPHEMY}(?: [a-z0-9_]+){{0,6}}?"
    rf" {_ONLINE})(?= )"
)


def _a_crash_avenged(scores: dict[str, float], cues: dict[str, list[str]], reading: str) -> None:
    """A crowd avenging a road crash on the lorry or its driver ("Kecelakaan truk lindas
    kaki seorang bocah … memicu amuk massa", "truk penabrak motor dibakar massa"): a
    mob's justice, violent crime whatever grievance the road had, and the lorry stopped
    no blockade."""
    if said := _a_crash_told_avenged(reading):
        _name_category(scores, cues, CRIME, said.group().strip())
        # The lorry the crowd stopped ("berhasil menahan truk") was the culprit caught,
        # not a road barred in protest, nor the police station it stormed for the driver
        # a protest at the state.
        barred = cues.get(DEMONSTRATION, [])
        if barred and all(
            _LORRIES_BARRED.search(f" {cue} ")
            or cue in _AT_THE_POLICE
            or _A_STATION_STORMED.search(f" {cue} ")
            for cue in barred
        ):
            del scores[DEMONSTRATION], cues[DEMONSTRATION]


_CRASH = re.compile(
    r" (?:kecelakaan|kecelakan|menabrak|ditabrak|tertabrak|terlindas|dilindas|tabrakan"
    r"|penabrak) "
)
# "Kerusuhan tersebut terjadi karena kasus kecelakaan, bukan pembunuhan", "Aksi
# perusakan dan pembakaran tersebut diduga merupakan buntut kasus kecelakan tunggal": the
# unrest a road accident set off (a rumour often made it a murder).
# "Penyerangan tersebut buntut dari tuduhan yang menyebutkan bahwa salah seorang warga
# Esmapan yang tewas … akibat kecelakaan sungai … dibunuh": an accident's dead told as
# the grievance the attack avenged.
_SET_OFF_BY_A_CRASH = re.compile(
    r" (?:kerusuhan|rusuh|amuk massa|amukan massa|unjuk rasa|perusakan|pengrusakan|pembakaran"
    r"|penyerangan)(?: [a-z]+){0,4}? (?:dipicu|karena|akibat|buntut|berawal dari|bermula dari)"
    r"(?:(?: [a-z]+){0,2}?|(?: [a-z0-9_]+){0,20}? (?:tewas|meninggal)(?: [a-z0-9_]+){0,6}?"
    r" akibat) (?:kecelakaan|kecelakan) "
)


def _set_off_by_a_crash(reading: str) -> bool:
    """The unrest began with a road accident, whose dead are the road's, not the riot's."""
    if " kecelaka" not in reading:
        return False  # nearly always
    return _SET_OFF_BY_A_CRASH.search(reading) is not None


_AVENGED = re.compile(
    r" (?:amuk massa|amukan massa|main hakim sendiri|dihakimi massa|dibakar massa|dibakar warga"
    r"|(?:membakar|dibakar|merusak|dirusak|menghancurkan)(?: [a-z]+){0,2}? (?:truk|mobil|kendaraan"
    r"|sopir|dumptruk)"
    # The driver attacked ("membacok sopir truk", "Sang sopir dibacok oleh massa").
    r"|(?:membacok|menyerang|menganiaya|memukuli|mengeroyok)(?: [a-z]+){0,2}? (?:sopir"
    r"|pengemudi)|(?:sopir|pengemudi)(?: [a-z]+){0,3}? (?:dibacok|dianiaya|dipukuli"
    r"|dikeroyok)"
    # "Aksi penyerangan dan pembakaran dipicu kasus kecelakaan lalu lintas", "Aksi massa
    # ini dipicu usai mantan kepala desa (kades) berinisial ZN (49) tewas ditabrak oknum
    # polisi".
    r"|(?:penyerangan|pembakaran|kerusuhan|rusuh|aksi massa)(?: [a-z]+){0,4}? dipicu"
    r"(?:(?: [a-z]+){0,2}? kecelakaan|(?: [a-z0-9]+){0,12}? (?:ditabrak|tertabrak|dilindas"
    r"|terlindas)))(?= )"
)


def _a_crash_told_avenged(reading: str) -> re.Match[str] | None:
    """What tells the crowd's revenge, in a text that tells of a road crash."""
    if not _CRASH.search(reading):
        return None  # nearly always
    return _AVENGED.search(reading)


# The crowd at the police station demanding the driver ("Massa akhirnya menyerang Polres
# dan meminta sopir truk itu diserahkan") seeks the mob's justice, not a hearing: the
# station stormed (`_A_STATION_STORMED`), the "aksi massa" there, or the station it
# "digeruduk" to call a driver who was a policeman to account.
_AT_THE_POLICE = frozenset(["aksi massa", "digeruduk", "menggeruduk", "geruduk"])


def _without_the_crash(text: str) -> str:
    """The story without the sentences that tell the crash itself: its dead ("balita tewas
    dilindas truk") are the road's, not the riot's."""
    return " ".join(s for s in sentences(text) if not _CRASH.search(f" {fold(s).text} "))


_POLLS = r"(?:lembaga survei|quick count|hitung cepat)"
_CONTESTED = (
    r"(?:melaporkan|dilaporkan|laporkan|polisikan|mempolisikan|tak percaya|tidak percaya"
    r"|meragukan|menolak|meleset|menipu|abal abal|menggiring opini)"
)
_QUICK_COUNT_CONTESTED = re.compile(
    rf" {_CONTESTED}(?: [a-z0-9_]+){{0,3}}? {_POLLS} | {_POLLS}(?: [a-z0-9_]+){{0,6}}?"
    rf" (?:{_CONTESTED}) "
)


_OF_A_CAMP = (
    r"(?:pemenangan|relawan|tim sukses|timses|paslon|caleg|capres|cawapres|cagub|cabup"
    r"|calon|kotak kosong|rumah aspirasi|partai)"
)
_CAMP_S_POST_ATTACKED = re.compile(
    rf" posko (?:[a-z0-9_]+ ){{0,4}}?{_OF_A_CAMP}(?: [a-z0-9_]+){{0,6}}? (?:dilempari|dilempar"
    rf"|dirusak|diserang|dibakar|dirobohkan|dicoret coret) "
    rf"| (?:perusakan|pengrusakan|pelemparan|penyerangan|pembakaran) posko"
    rf" (?:[a-z0-9_]+ ){{0,4}}?{_OF_A_CAMP} "
)


# "Asrama … masih dikepung massa dan aparat … Massa meneriakkan … ancaman".
_BESIEGED = re.compile(r" masih (?:dikepung|diduduki|diblokade|dipalang|disegel) ")
# "sejumlah buruh … menggelar aksi unjuk rasa", "ribuan buruh berunjuk rasa": a protest
# the lead tells as held (a modal before it, "akan menggelar aksi", blanks it).
# Held, in the lead's own words ("Pabrik … didemo mantan karyawannya"), or "Aksi
# berlangsung di depan kantor …": the protest is under way as the story is written.
_PROTEST_HELD = re.compile(
    r" (?:(?:menggelar|melakukan|gelar) (?:aksi )?(?:unjuk rasa|unjukrasa|demonstrasi|demo"
    r"|mogok kerja)|(?:menggelar|melakukan|gelar) aksi damai|berunjuk rasa|berunjukrasa"
    r"|berdemonstrasi|berdemo|didemo|aksi(?: unjuk rasa| demo| demonstrasi)? berlangsung) "
    # "Warga Pulau Pari Gelar Aksi di KKP", "Dalam aksinya di depan Kementerian …": a
    # protest held at a place.
    r"| (?:menggelar|melakukan|gelar) aksi(?:nya)? di | dalam aksinya di depan "
    # "Aksi unjuk rasa yang dilakukan … petani sawit … juga terjadi di depan Kantor Bupati".
    r"| aksi (?:unjuk rasa|unjukrasa|demo|demonstrasi)(?: [a-z0-9_]+){0,12}?"
    r"(?<! tidak)(?<! tak)(?<! belum)(?: juga)? terjadi "
)


def _a_protest_under_way(reading: str) -> bool:
    """A siege still on, or a protest the lead tells as held: what its speakers threaten
    to do next ("mengancam bakal melakukan aksi yang lebih besar") is the protest's own
    pressure, not a plan the protest has yet to carry out."""
    lead = _lead(reading)
    return _BESIEGED.search(lead) is not None or _PROTEST_HELD.search(_realis(lead)) is not None


# A party's or a critic's accusation of an election's misconduct, the story of the
# claim and its denial ("tudingan 'Partai Coklat'", "Polri ditengarai ikut cawe-cawe",
# "isu cawe-cawe partai coklat"): a warning to look into, nothing shown done.
_AN_ACCUSATION = re.compile(
    r" (?:tudingan|tuduhan|menuding|dituding|menuduh|dituduh|ditengarai|isu|dugaan keterlibatan) "
)
_MISCONDUCT = frozenset([NEUTRALITY, MONEY, CAMPAIGN_VIOLATION, UNREST])
# What the accused was seen to do or was found to have done ("tertangkap tangan",
# "terbukti", sanctioned or named a suspect); "tidak terbukti" says the opposite.
_SHOWN = re.compile(
    r"(?<!tidak)(?<!belum)(?<! tak) (?:tertangkap tangan|terbukti|kedapatan|terekam"
    r"|dijatuhi sanksi|disanksi|diberi sanksi|ditetapkan (?:sebagai )?tersangka|divonis"
    r"|dipecat|dicopot) "
)


# A report the watchdog dropped ("laporan pertama terpaksa dihentikan", "tidak memenuhi
# bukti yang cukup kuat", "tidak terbukti").
_A_REPORT_DROPPED = re.compile(
    r" (?:laporan|kasus|perkara)(?: [a-z]+){0,3}? (?:dihentikan|tidak dilanjutkan) "
    r"| tidak (?:memenuhi (?:unsur|bukti)|cukup bukti|terbukti|ditemukan(?: adanya)? bukti) "
)


def _only_an_accusation(reading: str, categories: list[str], counts: dict[str, int | None]) -> bool:
    """An election's misconduct the lead tells only as alleged, or as suspected in a
    report the watchdog then dropped, with nothing shown done and nobody hurt: the claim
    is a warning, whoever denies it."""
    if counts["dead"] or counts["injured"] or not categories:
        return False
    if not set(categories) <= _MISCONDUCT:
        return False
    lead = _lead(reading)
    alleged = _AN_ACCUSATION.search(lead) is not None or (
        " dugaan " in lead and _A_REPORT_DROPPED.search(reading) is not None
    )
    return alleged and _SHOWN.search(reading) is None


# A protest its organisers promise ("akan menggelar demonstrasi bersama ratusan massa",
# "Siap Demonstrasi Besar-besaran"), and a lead that tells of no crowd yet at a door.
_A_PROTEST_TO_COME = re.compile(
    r" (?:akan|siap|berencana|bakal)(?: [a-z]+){0,2}? (?:berdemonstrasi|berdemo|berunjuk rasa"
    r"|demonstrasi|demo|unjuk rasa) "
)
_A_CROWD_ALREADY_THERE = re.compile(
    r" (?:demo|demonstrasi|unjuk rasa|aksi|massa)(?: [a-z]+){0,2}? (?:di|ke) (?:depan|kantor"
    r"|gedung|halaman|lokasi|jalan) | mendatangi | menggeruduk | long march "
)
# What a protest to come may be about; a fight or a hurt already told is an incident.
_GRIEVANCES = frozenset([DEMONSTRATION, LAND, ADAT, OTHER])


def _only_a_protest_to_come(
    reading: str, categories: list[str], counts: dict[str, int | None]
) -> bool:
    """A statement that a protest will be held, against a grievance, with no clash or
    casualty told as done: a warning of unrest, not unrest. The caller has already
    found no protest told as held (`_a_protest_under_way`)."""
    if counts["dead"] or counts["injured"] or DEMONSTRATION not in categories:
        return False
    if not set(categories) <= _GRIEVANCES:
        return False
    lead = _lead(reading)
    return (
        _A_PROTEST_TO_COME.search(lead) is not None
        and _A_CROWD_ALREADY_THERE.search(_realis(lead)) is None
    )


_ANGRY_CROWD = r"(?:warga|massa|ormas|umat|jemaah|ratusan orang|puluhan orang)"
# A sect's base is its members' home ("Markasnya Digeruduk Warga").
_A_HOME = r"(?:rumah|kediaman|asrama|markas)[a-z]*"
# "Asrama Mahasiswa Papua … masih dikepung massa dan aparat", "Pengepungan asrama
# mahasiswa Papua di Surabaya oleh massa dari organisasi masyarakat": the same, told
# from the house.
_CROWD_AT_THE_DOOR = re.compile(
    rf" {_ANGRY_CROWD}(?: [a-z0-9_]+){{0,6}}?"
    rf" (?:mengepung|menggeruduk|mendatangi dan mengepung|melakukan pengepungan) {_A_HOME} "
    rf"| {_A_HOME}(?: [a-z0-9_]+){{0,8}}? (?:dikepung|digeruduk) (?:oleh )?{_ANGRY_CROWD} "
    rf"| pengepungan {_A_HOME}(?: [a-z0-9_]+){{0,6}}? oleh {_ANGRY_CROWD} "
)


_A_CLASH = re.compile(
    r" (?:bentrok|bentrokan|berkelahi|perkelahian|bertikai|ricuh|kericuhan|kerusuhan|rusuh"
    r"|keributan|gesekan|kubu|menyerang|diserang|baku pukul|pemukulan) "
)


_FOREIGN_WORKERS = (" tka ", " tenaga kerja asing ", " pekerja asing ", " karyawan asing ", " wna ")
# Foreign nationals against citizens ("bentrokan antara WNA dan WNI PT GNI").
_FOREIGN = (
    r"(?:tka(?: asal)?(?: china| cina| tiongkok| rrt)?|tenaga kerja asing|pekerja asing"
    r"|karyawan asing|wna)"
)
_LOCAL = r"(?:tenaga kerja|pekerja|karyawan)(?: lokal| indonesia)|tki|wni"
_AGAINST = r"(?: bentrok| berkelahi| bertikai| ribut)? (?:dan|dengan|vs|versus|melawan)"
_LOCALS_AND_FOREIGNERS = re.compile(
    # "melibatkan tenaga kerja asing dan lokal": the second noun left out.
    rf" (?:{_FOREIGN}(?: tka)?(?: [a-z]+){{0,2}}?{_AGAINST} (?:{_LOCAL}|indonesia|lokal)"
    rf"|(?:{_LOCAL}){_AGAINST} {_FOREIGN}) "
)


# A wall or a fence that shuts people's houses off from their road ("tembok beton yang
# menutup akses jalan warga", "penembokan rumah warga"): the ground it stands on is
# contested. A police cordon ("pagar betis") shuts no one in for good.
_ACCESS_WALLED_OFF = re.compile(
    r" (?:tembok|pagar(?! betis))(?: [a-z]+){0,3}? (?:yang )?"
    r"(?:menutup|menutupi|tutupi|menghalangi|memblokir|membatasi) (?:akses|jalan) "
    r"| akses(?: jalan)?(?: [a-z]+){0,3}? (?:ditutup|tertutup|terhalang|dihalangi)"
    r"(?: oleh)? (?:tembok|pagar(?! betis)) "
    r"| penembokan (?:rumah|akses|jalan) "
    r"| (?:rumah|jalan|akses)(?: [a-z]+){0,3}? ditembok "
)


# An ore mine refused by the people over whose ground it would be dug ("Kami menolak …
# agar tidak ada tambang emas di Gunung Salakan", "penolakan … warga … terhadap usaha
# pertambangan emas", "rencana penambangan emas Gunung Salakan … mendapat penolakan keras
# warga"): a natural resource fought over. Sand dredged at sea is the fishers' protest
# (the lexicon weighs a bare "menolak tambang" as a rally's cry).
_ORE = r"(?:emas|nikel|batu bara|batubara|tembaga|bijih besi|pasir besi|bauksit|timah)"
_MINING = rf"(?:tambang|pertambangan|penambangan) {_ORE}"
_AN_ORE_MINE_REFUSED = re.compile(
    rf" (?:menolak|tolak|penolakan|penolak)(?: [a-z0-9_]+){{0,8}}? (?:usaha )?{_MINING} "
    rf"| {_MINING}(?: [a-z0-9_]+){{0,8}}? (?:mendapat penolakan|ditolak) "
)


_ISLANDS_CONTESTED = re.compile(
    r" (?:sengketa|rebutan|perebutan|pengalihan|peralihan|pengembalian|mencaplok|caplok"
    r"|klaim(?: [a-z]+)? atas|status(?: administratif)?|polemik|kepemilikan)"
    r" (?:[0-9]+ |dua |tiga |empat |lima |keempat )?pulau "
    # "4 Pulau tersebut masuk wilayah Provinsi Sumatera Utara", "diserahkan ke wilayah".
    r"| pulau(?: [a-z0-9]+){0,3} (?:masuk|menjadi|diserahkan ke|dialihkan ke)"
    r" (?:ke )?(?:dalam )?wilayah (?!hukum )"
)


def _name_category(
    scores: dict[str, float], cues: dict[str, list[str]], category: str, said: str
) -> None:
    """A pattern, not a cue word, names the category: as sure as a full cue, whatever
    the bare words' negatives took away ("pengurus masjid" is no mosque at odds, but a
    quarrel over its loudspeaker is)."""
    scores[category] = max(scores.get(category, 0.0), 0.0) + CATEGORY_THRESHOLD
    cues[category] = sorted({*cues.get(category, []), said})


# "231 TPS di wilayah hukumnya rawan", "TPS yang masuk kategori sangat rawan",
# "kerawanan TPS": the prone word near the polling station it is said of.
# "terdaftar di lebih dari satu TPS, sehingga rawan mencoblos lebih dari satu kali": a
# voter prone to vote twice, the list's problem, not a station prone to trouble.
_TPS_PRONE = re.compile(
    r" tps(?: [a-z0-9_]+){0,8}? (?:rawan|rentan)(?! (?:mencoblos|menyoblos|memilih) )"
    r" | (?:kerawanan|rawan) (?:di )?tps "
)


CLASH = "supporters_clash"
CRIME = "criminal_violence"
# Conflicts between groups of people, and violence at the polls, which has its own
# category. A drunken brawl may end in a stabbing, a crime of its own, and an armed
# group's attack is filed as violent crime besides.
TERROR = "terrorism_radicalism"
GROUP_CONFLICTS = frozenset(
    [CLASH, SARA, "adat_customary_dispute", "land_boundary_dispute", "polling_station_unrest"]
)


class _PatternRule(NamedTuple):
    """A pattern that names its category outright wherever it matches in the text; the
    needles are a substring test that every match needs."""

    category: str
    pattern: re.Pattern[str]
    needles: tuple[str, ...]
    # A rule that only finds what plainer cues mostly name already speaks only where
    # they have not: the reading's cues stay the words that named it.
    unless_named: bool = False


# A crowd raging at a court over its verdict ("amuk massa dipicu ketidakpuasan atas
# vonis", "dibakar massa yang tak puas atas putusan", "sidang … kembali ricuh. Massa makin
# marah"): a protest against the ruling, whatever else it burns.
_A_VERDICT_PROTESTED = re.compile(
    r" massa(?: yang)? (?:tak|tidak|kurang) puas (?:atas|dengan|terhadap) (?:vonis|putusan) "
    r"| (?:amuk|amukan|aksi anarkis) massa(?: [a-z0-9_]+){0,3}? (?:dipicu|karena|akibat)"
    r" (?:ketidakpuasan|tak puas|tidak puas|kecewa) (?:atas|dengan|terhadap) (?:vonis|putusan) "
    r"| (?:sidang|persidangan)(?: [a-z0-9_]+){0,10}? (?:kembali )?(?:ricuh|rusuh) massa "
)


# A crowd burning its regent's or mayor's house ("rumah pribadi Bupati Pegunungan Bintang
# … dibakar massa", "ribuan warga … membakar kediaman pribadi bupati"), or a deputy's or a
# candidate's ("membakar rumah milik calon bupati Boven Digoel"): its anger at the head
# of the region, or at who would be, acted out, a protest however it began.
_A_HEAD_S_HOUSE = (
    r"(?:rumah|kediaman)(?: pribadi| milik| dinas)? (?:calon |wakil |cawabup |cabup )?"
    r"(?:bupati|wali ?kota|gubernur)"
)
_A_HEAD_S_HOUSE_BURNT = re.compile(
    rf" {_A_HEAD_S_HOUSE}(?: [a-z0-9_]+){{0,4}}? (?:hangus |ludes )?dibakar (?:oleh )?"
    r"(?:massa|warga|ratusan|ribuan) "
    rf"| (?:massa|warga)(?: [a-z0-9_]+){{0,6}}? membakar(?: [a-z0-9_]+){{0,3}}? {_A_HEAD_S_HOUSE} "
)


# A rite wrecked, attacked or broken up ("Upacara Sedekah Laut Dirusak Orang", "perusakan
# properti sedekah laut", "membubarkan ritual"): those who hold it attacked for what they
# believe, an identity tension whoever the attackers were.
_RITE_NAMES = ("ritual", "tradisi", "sedekah laut", "sedekah bumi", "labuhan", "larung") + (
    "larungan",
    "sesaji",
    "sesajen",
    "upacara adat",
)
_RITES = "(?:" + "|".join(_RITE_NAMES) + ")"
_RITE_WORDS = tuple(f" {name}" for name in _RITE_NAMES)
_A_RITE_ATTACKED = re.compile(
    rf" {_RITES}(?: [a-z0-9_]+){{0,2}}? (?:dirusak|diobrak abrik|diserang|dibubarkan) "
    r"| (?:merusak|mengobrak abrik|menyerang|membubarkan|perusakan|penyerangan"
    rf"|pembubaran)(?: [a-z0-9_]+){{0,2}}? {_RITES} "
)


# A discussion, a screening or a book launch broken up ("Aparat Bubarkan Nonton Bareng
# Film Pulau Buru", "Pembubaran Diskusi 'Reset Indonesia'", "pemutaran film Senyap …
# dibubarkan"): an assembly stopped, which the taxonomy names no category for; a
# congregation's or a campaign's gathering broken up takes its own.
_GATHERINGS = "(?:" + "|".join((*lexicon.GATHERINGS, "pemutaran")) + ")"
_A_GATHERING_BROKEN_UP = re.compile(
    rf" (?:pembubaran|membubarkan|bubarkan)(?: [a-z]+){{0,2}}? {_GATHERINGS} "
    rf"| {_GATHERINGS}(?: [a-z0-9_]+){{0,4}}? dibubarkan "
)


# A people or villagers at odds with a plantation company or its guards ("Konflik antara
# Orang Rimba atau Suku Anak Dalam (SAD) dengan perusahaan sawit", "nyaris bentrok dengan
# security perkebunan PT Bumi Sari"): a quarrel over the land the estate holds, whatever
# blow or theft set the latest round off.
_AT_ODDS_WITH_AN_ESTATE = re.compile(
    r" (?:konflik|bentrok|bentrokan|sengketa)(?: [a-z0-9_]+){0,8}? (?:dengan|dan|melawan)"
    r"(?: pihak)?(?: (?:satpam|security|sekuriti|karyawan|pekerja))?"
    r" (?:(?:perusahaan|perkebunan|pt)(?: perkebunan)?(?: kelapa)? sawit|perkebunan"
    r"|perusahaan perkebunan|pt perkebunan) "
)


# A recount ordered and refused by those whose count it would reopen ("penolakan warga
# atas rekomendasi Bawaslu", "tidak setuju kotak suara dibuka", "protes atas rekomendasi
# Bawaslu … perihal PSU"): the result disputed from the other side.
_A_RECOUNT_REFUSED = re.compile(
    r" (?:menolak|penolakan|tolak|tidak setuju|tak setuju|tidak terima|protes|memprotes)"
    r"(?: [a-z0-9_]+){0,2}? (?:rekomendasi (?:bawaslu|panwaslu|panwaslih|panwas)"
    r"|kotak suara dibuka|pembukaan kotak suara) "
)


# A throne contested ("Konflik di Keraton Solo", "kisruh perebutan tahta Keraton
# Kasepuhan", "Dualisme Takhta Keraton Surakarta", "pemimpin kembar"): a royal house's
# quarrel over its succession is the custom's own. The crowd that scrambles for a
# palace's offerings at a grebeg ("berebut gunungan grebeg Keraton") takes a blessing,
# not a throne.
_THRONES = "(?:keraton|kraton|takhta|tahta|kesultanan|singgasana)"
_A_THRONE_CONTESTED = re.compile(
    r" (?:konflik|kisruh|kericuhan|ricuh|bentrok|bentrokan|polemik|sengketa|dualisme"
    r"|perebutan|rebutan|berebut|perselisihan|pertikaian|prahara)"
    rf"(?: (?!gunungan )[a-z0-9_]+){{0,4}}? {_THRONES} "
    r"| (?:raja|sultan|pemimpin) (?:kembar|tandingan) | dua (?:raja|sultan) "
)

# Neighbours at odds over a mosque's or a prayer house's loudspeaker ("Cekcok Warga
# gara-gara Pengeras Suara Mushala", "protes suara toa masjid", "keributan itu dipicu
# ... pengeras suara musholla"): a quarrel over worship, however small. The volume rules
# and their explanation name no quarrel, so they are not read.
_WORSHIP_HOUSES = (
    "(?:masjid|mesjid|musala|mushala|musholla|mushola|musalah|surau|langgar|gereja|pura"
    "|vihara|klenteng)"
)
_A_LOUDSPEAKER = rf"(?:pengeras suara|toa|speaker)(?: [a-z0-9_]+){{0,3}}? {_WORSHIP_HOUSES}"
_QUARRELLED = (
    "(?:cekcok|ribut|keributan|protes|memprotes|diprotes|ricuh|kericuhan|perselisihan"
    "|berselisih|demo|demonstrasi|marah|amarah|adu mulut|baku pukul)"
)
_A_LOUDSPEAKER_QUARRELLED_OVER = re.compile(
    rf" {_QUARRELLED}(?: [a-z0-9_]+){{0,15}}? {_A_LOUDSPEAKER} "
    rf"| {_A_LOUDSPEAKER}(?: [a-z0-9_]+){{0,15}}? {_QUARRELLED} "
)


# Youths shooting firecrackers at each other across a field ("perang petasan yang
# dilakukan puluhan remaja", "remaja yang terlibat perang petasan"): a youth brawl by
# another name, as Ramadan's sarong fights are; villagers' contest of the loudest bang on
# the eve of Lebaran names no youths and is a festivity.
_YOUTHS = r"(?:remaja|pemuda|abg|pelajar|anak muda|bocah)"
_A_FIRECRACKER_WAR = re.compile(
    rf" {_YOUTHS}(?: [a-z0-9_]+){{0,6}}? perang petasan | perang petasan(?: [a-z0-9_]+){{0,6}}? "
    rf"{_YOUTHS} "
)


# Stones thrown at a passing train ("pelemparan batu terhadap Kereta Api Sancaka",
# "melempari KA Logawa … dengan batu", "kaca gerbong … pecah dilempar batu"): vandalism
# that breaks windows and cuts passengers' and drivers' faces, a crime against people
# whoever threw them.
_TRAINS = r"(?:kereta|ka|krl|commuter line|lokomotif|gerbong)"
_A_TRAIN_STONED = re.compile(
    r" (?:melempar|melempari|lempar|pelemparan|dilempar|dilempari|lemparan)(?: batu)?"
    rf"(?: [a-z0-9_]+){{0,3}}? {_TRAINS} "
    rf"| {_TRAINS}(?: [a-z0-9_]+){{0,6}}? (?:dilempar|dilempari) batu "
)


# Farmers and villagers at odds with the state's forest or estate holders over who may
# use the land ("oknum petugas hutan ngotot larang petani garap lahan", "aparat Perhutani
# … pembongkaran permukiman warga", "lahan desanya, bukan lahan Perhutani", "menggusur …
# dengan dalih sertifikat HGU"): a quarrel over land, whoever holds the title.
_LAND_HOLDERS = (
    r"(?:perhutani|polhut|polisi hutan|petugas hutan|mantri hutan|ptpn|hgu|taman nasional"
    r"|kawasan hutan|hutan lindung|kph|bkph)"
)
_LAND_CONTESTED = (
    r"(?:melarang|melarangnya|larang|dilarang|menghadang|dihadang|menggusur|digusur|penggusuran"
    r"|pembongkaran|membongkar|mengobrak abrik|menduduki|pendudukan|mengklaim|klaim|dicaplok"
    r"|mencaplok|tanah adat|tanah ulayat|lahan desa|lahan desanya|lahan warga|adu argumen"
    r"|bentrok|bentrokan|konflik)"
)
_A_HOLDING_CONTESTED = re.compile(
    rf" {_LAND_HOLDERS}(?: [a-z0-9_]+){{0,12}}? {_LAND_CONTESTED} "
    rf"| {_LAND_CONTESTED}(?: [a-z0-9_]+){{0,12}}? {_LAND_HOLDERS} "
)
# A crowd standing in the way ("puluhan warga sudah menghadang", "dilakukan penghadangan
# oleh warga"): a blockade, a protest by its deed. (A crowd occupying an election
# office protests its result: that is the result dispute's own.)
_IN_THE_WAY = r"(?:menghadang|mengadang|melakukan penghadangan|melakukan pengadangan)"
_A_CROWD_IN_THE_WAY = re.compile(
    # A burial stopped by the village ("ratusan warga desa pakraman menghadang
    # penguburan") is the custom's and the faiths' quarrel, not a protest.
    rf" (?:puluhan|ratusan|ribuan|sejumlah|massa|kerumunan)(?: [a-z0-9_]+){{0,6}}? {_IN_THE_WAY}"
    r" (?!penguburan |pemakaman |jenazah |pengabenan )"
    r"| (?:penghadangan|pengadangan) (?:oleh|dilakukan(?: oleh)?) (?:warga|massa|masyarakat"
    r"|petani) "
    # Villagers stopping the officers or the machines of a project they refuse ("Warga
    # Poco Leok … menghadang polisi dan tim PT PLN"), not a thief they caught.
    rf"| warga(?: [a-z0-9_]+){{0,8}}? {_IN_THE_WAY}(?: [a-z0-9_]+){{0,3}}? (?:polisi|aparat"
    r"|petugas|tim|kendaraan|mobil|rombongan|alat berat|ekskavator|truk|pekerja|bupati) "
)


# A rally held before an office, its cause told between ("kericuhan saat aksi solidaritas
# untuk kematian driver ojek online … di depan Mapolda Jateng").
_A_RALLY_BEFORE_AN_OFFICE = re.compile(
    r" aksi (?:solidaritas|damai|protes|bela)(?: [a-z0-9_]+){0,10}? (?:di depan|didepan)"
    r" (?:mapolda|mapolres|mapolsek|markas|kantor|gedung|istana|balai|rumah dinas) "
)


# Foreigners on the roll ("tiga WNA terdaftar dalam DPT", "WNA yang memiliki KTP-el masuk
# dalam Daftar Pemilih Tetap") and names struck off it ("370 data WNA … dicoret", "dicoret
# dari DPT"): voters the law does not admit, where the lists' bare names say nothing.
_ROLLS = "(?:dpt|dps|dptb|daftar pemilih)"
_STRUCK_OFF_THE_ROLL = re.compile(
    rf" (?:wna|warga negara asing)(?: [a-z0-9_]+){{0,8}}? (?:masuk|terdaftar|tercatat"
    rf"|dimasukkan)(?: [a-z]+){{0,2}}? {_ROLLS} "
    rf"| (?:dicoret|mencoret|pencoretan)(?: [a-z0-9_]+){{0,6}}? (?:wna|warga negara asing) "
    rf"| (?:dicoret|mencoret|pencoretan)(?: [a-z0-9_]+){{0,6}}? dari {_ROLLS} "
)


# A roll longer than the people it lists ("DPS lebih banyak dibanding jumlah penduduk",
# "jumlah pemilihnya lebih besar 300 persen dari jumlah penduduk"), or called a shambles
# ("karut-marut DPT", "permasalahan DPT yang amburadul", "kisruh DPT"): a voter-list
# problem, where the list's own name is too common in election news to name one alone.
_A_ROLL_SWOLLEN = re.compile(
    r" (?:dpt|dps|dp4|daftar pemilih(?: tetap| sementara)?|pemilih|pemilihnya)"
    r"(?: [a-z0-9_]+){0,3}? lebih (?:banyak|besar)(?: [a-z0-9_]+){0,2}?"
    r" (?:dari|daripada|dibanding|dibandingkan|dari pada) (?:jumlah )?penduduk "
)
_A_ROLL_IN_DISARRAY = re.compile(
    r" (?:karut marut|carut marut|kisruh|amburadulnya|kekacauan|kacaunya) (?:data )?"
    r"(?:dpt|daftar pemilih) "
    r"| (?:dpt|daftar pemilih)(?: yang)? (?:amburadul|karut marut|carut marut|kacau balau) "
)
_DISARRAY_WORDS = ("marut", "kisruh", "amburadul", "kacau")


# A regional head pressing his own staff into his campaign ("pemerasan terhadap anak
# buahnya … untuk membiayai pencalonan kembali", "mengerahkan pejabat ASN … menjadi tim
# pemenangan", "para pejabat dipaksa mendukung kampanye"): office used for a candidacy.
_STAFF = (
    r"(?:pegawai|anak buah(?:nya)?|bawahan(?:nya)?|pejabat|asn|pns|kepala dinas|kepala opd"
    r"|pimpinan opd|kepala desa|kades|perangkat desa|aparat desa)"
)
_A_CANDIDACY = r"(?:tim pemenangan|dana pemenangan|pemenangan|kampanye|pencalonan|pilkada|pilgub)"
_STAFF_PRESSED_INTO_A_CAMPAIGN = re.compile(
    r" (?:pemerasan terhadap|memeras|memaksa|mengerahkan|menggerakkan"
    r"|pengumpulan (?:dana|uang) dari|memungut(?: [a-z]+)? dari)(?: [a-z0-9_]+){0,4}? "
    rf"{_STAFF}(?: [a-z0-9_]+){{0,12}}? {_A_CANDIDACY} "
    rf"| {_STAFF} (?:dipaksa|diperas)(?: [a-z0-9_]+){{0,3}}?"
    rf" (?:mendukung|memenangkan|{_A_CANDIDACY}) "
)


# The KPU, or a village election's committee ("Komisi Pilkades", "panitia pemilihan").
_THE_ELECTION_BODY = (
    r"(?:kpu|komisi pemilihan umum|lembaga penyelenggara pemilu|penyelenggara pemilu"
    r"|komisi pilkades|panitia pilkades|komisi pemilihan|panitia pemilihan)"
)
# The election body's ruling not accepted ("tidak terima dengan hasil putusan KPU RI",
# "tidak terima setelah KPU mencoret jagonya"), or the disappointment of a candidate's
# followers whom it struck off ("kekecewaan pendukung calon bupati …, yang dinyatakan KPU
# tidak memenuhi syarat"): a dispute over its ruling, as a result's rejection is.
_A_RULING_REFUSED = re.compile(
    r" (?:tidak|tak) (?:terima|menerima|puas)(?: [a-z0-9]+){0,4}? (?:putusan|keputusan)"
    rf" {_THE_ELECTION_BODY} "
    # "Mereka menolak keputusan lembaga penyelenggara Pemilu itu".
    rf"| (?:menolak|menentang|memprotes) (?:putusan|keputusan) {_THE_ELECTION_BODY} "
    # A candidacy the KPU cancelled ("KPU … membatalkan pencalonan Abdul Faris Umlati",
    # "membatalkan Abdul Faris Umlati sebagai calon gubernur"): its disqualification, which
    # the convention files as a dispute of the election.
    r"| (?:membatalkan|dibatalkan|pembatalan)(?: [a-z]+){0,4}? (?:pencalonan|sebagai calon"
    r"|kepesertaan) "
    # "pembatalan Calon Kepala Desa Hutabohu terpilih … oleh Komisi Pemilihan".
    r"| (?:membatalkan|pembatalan) (?:calon|cakades|cakdes|paslon)(?: [a-z0-9]+){0,6}? terpilih "
    r"| (?:tidak|tak) terima(?: [a-z]+){0,3}? kpu(?: ri)? (?:mencoret|menggugurkan"
    r"|mendiskualifikasi|membatalkan) "
    r"| (?:kecewa|kekecewaan)(?: [a-z]+){0,8}? (?:dinyatakan kpu tidak memenuhi syarat"
    r"|dicoret kpu|digugurkan kpu|didiskualifikasi kpu) "
)


# A regency split and its districts at odds over which side they fall on ("warga yang
# pro dan kontra pemekaran Kabupaten Mamasa", "sebagian penduduk menolak bergabung dengan
# Mamasa … tetap bergabung dengan kabupaten induk"): a quarrel over a boundary between
# regions, where the story speaks of a split or a mother regency (not a party refusing
# to join a coalition).
_A_SPLIT_CONTESTED = re.compile(
    r" (?:pro dan kontra|pro kontra|pro maupun kontra) pemekaran "
    r"| (?:menolak|tak ingin|tidak ingin|tidak mau|enggan) (?:bergabung|masuk|dimasukkan)"
    r"(?: ke| dengan| dalam)?(?: wilayah)?(?: kabupaten| kota)?"
    r" (?!(?:koalisi|partai|tim|kubu|kelompok|organisasi|ormas|aliansi|gerakan|dengan|ke"
    r"|dalam|wilayah|kabupaten|kota) )[a-z]+ "
)


# A message going round in an authority's name ("beredar pesan singkat yang berisi hasil
# perhitungan sementara yang mengatasnamakan Komisi Pemilihan Umum"): a forgery, false
# information spread, whoever believed it.
_A_MESSAGE_IN_ANOTHER_S_NAME = re.compile(
    r" (?:pesan singkat|pesan berantai|sms|pesan whatsapp|pesan wa|surat edaran|selebaran)"
    r"(?: [a-z0-9]+){0,10}? (?:mengatasnamakan|mencatut nama|mencatut) "
)


# Islands handed from one province to another and fought over ("sengketa 4 pulau"): a
# boundary dispute between regions. Villagers or an ormas surrounding the house or the
# dormitory of those they are angry with ("ormas yang telah mengepung rumahnya", "asrama
# … dikepung massa"): a crowd's protest at the door, not the police surrounding a
# suspect's house. A camp's post stoned, wrecked or burnt ("posko rumah aspirasi kotak
# kosong yang dilempari orang tidak dikenal"): the other side's attack, not a police
# post stoned. Pollsters reported over their quick count, a camp that does not trust it
# or calls it a lie ("melaporkan enam lembaga survei", "quick count … sudah menipu
# masyarakat"): the result disputed before the official count is done. A court's verdict
# raged at, a regent's or a candidate's house burnt by a crowd (the patterns above): a
# crowd's protest. A rite attacked or a loudspeaker quarrelled over (above): identity
# tension; a discussion broken up, an assembly stopped; a people at odds with a
# plantation, a quarrel over land; a recount refused, an election body's ruling refused
# or a candidacy cancelled, a dispute; a regency's split contested, a boundary's quarrel;
# a message in an authority's name, false information; a throne contested, the custom's
# quarrel; foreigners on the roll, a roll swollen or in disarray, a voter-list problem;
# stones thrown at a train, a crime; the state's forest or estate land contested, a
# quarrel over land; a crowd in the way, a protest.
_PATTERN_RULES = (
    _PatternRule(SARA, _A_RITE_ATTACKED, _RITE_WORDS),
    _PatternRule(SARA, _A_LOUDSPEAKER_QUARRELLED_OVER, ("pengeras suara", " toa ", " speaker ")),
    _PatternRule(BRAWL, _A_FIRECRACKER_WAR, ("perang petasan",)),
    _PatternRule(CRIME, _A_TRAIN_STONED, ("lempar",)),
    _PatternRule(
        LAND,
        _A_HOLDING_CONTESTED,
        (" perhutani ", " polhut ", " hutan ", " ptpn ", " hgu ", " taman nasional ", " kph "),
        unless_named=True,
    ),
    # "adang" finds the spelling without the h too ("mengadang", "pengadangan").
    _PatternRule(DEMONSTRATION, _A_CROWD_IN_THE_WAY, ("adang",), unless_named=True),
    _PatternRule(DEMONSTRATION, _A_RALLY_BEFORE_AN_OFFICE, (" aksi ",)),
    _PatternRule(VOTER_LIST, _STRUCK_OFF_THE_ROLL, (" wna ", " warga negara asing ", "coret")),
    _PatternRule(VOTER_LIST, _A_ROLL_SWOLLEN, ("penduduk",)),
    _PatternRule(VOTER_LIST, _A_ROLL_IN_DISARRAY, _DISARRAY_WORDS),
    _PatternRule(
        NEUTRALITY,
        _STAFF_PRESSED_INTO_A_CAMPAIGN,
        ("peras", "paksa", "kerahkan", "gerakkan", "pengumpulan", "memungut"),
    ),
    _PatternRule(
        ADAT,
        _A_THRONE_CONTESTED,
        (" keraton ", " kraton ", " takhta ", " tahta ", " kesultanan ", " singgasana ")
        + (" kembar ", " tandingan ", " dua raja ", " dua sultan "),
    ),
    _PatternRule(OTHER, _A_GATHERING_BROKEN_UP, ("bubar",)),
    _PatternRule(LAND, _AT_ODDS_WITH_AN_ESTATE, (" sawit ", " perkebunan ")),
    _PatternRule(RESULT_DISPUTE, _A_RECOUNT_REFUSED, (" rekomendasi ", " kotak suara ")),
    _PatternRule(LAND, _ISLANDS_CONTESTED, (" pulau ",)),
    _PatternRule(LAND, _ACCESS_WALLED_OFF, ("tembok", "pagar")),
    _PatternRule(LAND, _AN_ORE_MINE_REFUSED, ("tambang", "penambangan")),
    _PatternRule(DEMONSTRATION, _A_VERDICT_PROTESTED, ("vonis", "putusan", "sidang")),
    _PatternRule(DEMONSTRATION, _CROWD_AT_THE_DOOR, (" rumah", " kediaman", " asrama", " markas")),
    _PatternRule(
        DEMONSTRATION,
        _A_HEAD_S_HOUSE_BURNT,
        (" bupati ", " wali kota ", " walikota ", " gubernur "),
    ),
    _PatternRule(
        RESULT_DISPUTE,
        _A_RULING_REFUSED,
        (" kpu ", " penyelenggara pemilu ", " komisi p", " panitia p", " terpilih "),
    ),
    _PatternRule(LAND, _A_SPLIT_CONTESTED, (" pemekaran ", " kabupaten induk ")),
    _PatternRule(HOAX, _A_MESSAGE_IN_ANOTHER_S_NAME, ("mengatasnamakan", "mencatut")),
    _PatternRule(CLASH, _CAMP_S_POST_ATTACKED, (" posko ",)),
    _PatternRule(
        RESULT_DISPUTE, _QUICK_COUNT_CONTESTED, (" survei ", " quick count ", " hitung cepat ")
    ),
)


def _graves_in_a_project_s_way(
    scores: dict[str, float], cues: dict[str, list[str]], reading: str
) -> None:
    """Villagers refusing that their forebears' graves make way for a toll road or a
    city's road ("menolak makam dibongkar", "memblokade lokasi proyek tol di area
    makam", "mempertahankan makam leluhur"), or a cemetery's land claimed and fenced
    ("mengklaim tanah makam ini lalu dipagari"): the ground fought over. A burial
    refused (a body kept from a village's cemetery) is no project's, and stays faiths
    or customs at odds."""
    if not _says_any(reading, (" makam ", " kuburan ", " tpu ")):
        return  # nearly always
    if _A_BURIAL.search(reading) or not _A_PROJECT_OR_A_CLAIM.search(reading):
        return
    if said := _GRAVES_DEFENDED.search(reading):
        _name_category(scores, cues, LAND, said.group().strip())


_GRAVES = r"(?:makam|kuburan|tpu)"
_GRAVES_DEFENDED = re.compile(
    r" (?:menolak|tolak|penolakan|memprotes|protes|keberatan|mempertahankan|memblokade"
    rf"|blokade)(?: [a-z0-9_]+){{0,10}}? {_GRAVES} "
    r"| (?:mengklaim|diklaim|klaim) tanah (?:makam|kuburan) "
)
_A_PROJECT_OR_A_CLAIM = re.compile(
    r" (?:tol|proyek|pembangunan|penggusuran|digusur|tergusur|relokasi|direlokasi|mengklaim"
    r"|diklaim|pembebasan lahan) "
)
_A_BURIAL = re.compile(r" (?:jenazah|dimakamkan|dikuburkan|penguburan) ")


def _named_by_a_pattern(scores: dict[str, float], cues: dict[str, list[str]], reading: str) -> None:
    """Each pattern rule that matches names its category (see `_PATTERN_RULES`)."""
    for rule in _PATTERN_RULES:
        if not _says_any(reading, rule.needles):
            continue  # nearly always
        if rule.unless_named and scores.get(rule.category, 0.0) >= CATEGORY_THRESHOLD:
            continue
        if said := rule.pattern.search(reading):
            _name_category(scores, cues, rule.category, said.group().strip())


def _said_in_a_sentence(
    text: str, reading: str, pattern: re.Pattern[str], alongside: Callable[[str], bool]
) -> str | None:
    """What the pattern matches in the first sentence that also satisfies `alongside`
    (both read folded and expanded), or None. The sentences are read only when the whole
    text matches: nearly always it does not."""
    if not pattern.search(reading):
        return None
    for _, said_here in _sentence_readings(text):
        if (said := pattern.search(said_here)) and alongside(said_here):
            return said.group().strip()
    return None


# Several rules read a story sentence by sentence, and one rule may ask again and again.
@lru_cache(maxsize=16)
def _sentence_readings(text: str) -> tuple[tuple[str, str], ...]:
    """Each sentence of the text with its reading: folded, chat shorthand written out."""
    return tuple((sentence, expand_shorthand(fold(sentence).text)) for sentence in sentences(text))


# "desa yang rawan konflik", "15 desa dari 273 desa yang rawan konflik", "wilayah desa yang
# rawan konflik", "sejumlah lokasi rawan konflik pada pilkades": the prone word near the
# villages or spots it is said of. Provinces prone to conflict ("lima daerah paling rawan
# konflik") fear more than the camps' clashes.
_AREA_PRONE = re.compile(
    r" (?:desa|kelurahan|kecamatan|kampung|lokasi)(?: [a-z0-9_]+){0,6}? (?:rawan|rentan"
    r"|berpotensi)(?: [a-z_]+){0,2}? (?:konflik|gesekan|ricuh|kericuhan|bentrok) "
    # "Sejumlah desa memiliki potensi kerawanan … pada pemilihan kepala desa".
    r"| (?:desa|kelurahan|kecamatan|kampung)(?: [a-z0-9_]+){0,4}? (?:memiliki|mempunyai"
    r"|punya) (?:potensi|titik) (?:kerawanan|konflik|gesekan|rawan) "
)


_ASSAULT_WORDS = (
    *(
        "aniaya",
        "aniyaan",
        "pukul",
        "keroyok",
        "tonjok",
        "hajar",
        "gebuk",
        "tusuk",
        "bacok",
        "carok",
    ),
)
# Madura's "carok" is a fight with the celurit, and "dicarok" its victim hacked.
_ASSAULT = re.compile(
    r" (?:dianiaya|penganiayaan|penganiyaan|menganiaya|dipukul|dipukuli|pemukulan|memukul|dikeroyok"
    r"|pengeroyokan|ditonjok|dihajar|digebukin|ditusuk|dibacok|membacok|pembacokan|terbacok"
    r"|carok|dicarok) "
)
# The vote, the count and those who run them, down to a village election's committee
# (P2KD), which hopefuls and their camps confront long before the vote.
_AT_THE_POLLS = re.compile(
    r" (?:tps|kpps|ptps|pengawas tps|ppk|pps|penyelenggara pemilu|penghitungan suara"
    r"|perhitungan suara|penghitungan ulang|rekapitulasi|pemungutan suara|p2kd"
    r"|panitia pemilihan kepala desa|panitia pilkades) "
)


_TERROR_WORDS = (
    *("teror", "ancam", "surat kaleng", "molotov", "bondet", "dilempar", "dirusak"),
    *("intimidasi", "pembakaran rumah", "rumahnya dibakar"),
)
# An organiser's house set alight ("pembakaran rumah Ketua KPU Madina") is the worst of
# the intimidation.
_TERROR = re.compile(
    r" (?:teror|diteror|meneror|diancam|ancaman pembunuhan|ancaman penculikan|pengancaman"
    r"|surat ancaman|surat kaleng|bom molotov|bondet|dilempar bom|dilempar batu|dilempari batu"
    r"|dirusak massa|intimidasi|diintimidasi|mengintimidasi|pembakaran rumah|rumahnya dibakar) "
)
# The election's organisers, from the KPU's commissioners to a village election's
# committee.
_ORGANISERS = re.compile(
    r" (?:(?:komisioner|ketua|anggota|kantor|rumah) (?:kpu|kpud|bawaslu|panwaslu|ppk|pps)"
    r"|panitia pilkades|panitia pemilihan|penyelenggara pemilu|kpps|ppk) "
)


# "Setelah hari pencoblosan berakhir, timses mengamuk": the vote named as what is over;
# so is the count, by its result ("massa mengamuk, padahal hasil penghitungan suara …
# belum disahkan").
_AFTER_THE_VOTE = re.compile(
    r" (?:setelah|usai|seusai|pasca) (?:hari |proses )?(?:pencoblosan|pemungutan suara)(?= )"
    r"| hasil (?:penghitungan|perhitungan) suara(?= )"
)


def _at_the_vote_and_not_denied(sentence: str) -> bool:
    return (
        bool(_AT_THE_VOTE.search(_AFTER_THE_VOTE.sub(" ", sentence)))
        and not _NO_TROUBLE.search(sentence)
        and not _STAYED_AWAY.search(sentence)
    )


_STAY_AWAY_WORDS = ("golput", "boikot", "hak pilih", "coblos", "datang ke", "mendatangi")
# Voters who stay away from the vote: "golput", "memboikot pilkada", "tak mau nyoblos",
# "tidak menggunakan hak pilih", "tak datang ke TPS". Their protest is kept from the polls,
# so it makes no trouble there.
_STAYED_AWAY = re.compile(
    r" (?:golput|memboikot|(?:tidak|tak) (?:mau |ada yang )?(?:menggunakan hak pilih"
    r"|mencoblos|nyoblos|menyoblos|datang ke (?:tps|tempat pemungutan suara)|mendatangi)) "
)
_PROTEST_MARKS = ("protes", "kompak", "boikot", "aksi", "seluruh warga", "satu kampung")
# A village staying away together, as a protest ("sebagai bentuk protes", "kompak",
# "memboikot", "seluruh warganya memilih golput"), and not a threat to do it one day.
_TOGETHER_IN_PROTEST = re.compile(
    r" (?:protes|memprotes|kompak|memboikot|boikot|aksi|seluruh warga|seluruh warganya"
    r"|satu kampung|mayoritas pemilih|berjamaah) "
)
_STAY_AWAY_THREATENED = re.compile(
    r" (?:ancam|mengancam|ancaman|akan|jika|kalau|apabila|bila|sebelum|ajakan) "
)


def _stayed_away_in_protest(sentence: str, _flags: dict[str, list[str]]) -> bool:
    return bool(_TOGETHER_IN_PROTEST.search(sentence)) and not _STAY_AWAY_THREATENED.search(
        sentence
    )


_VOTE_TROUBLE_WORDS = ("ricuh", "ribut", "saling", "amuk", "adu mulut", "memaksa", "protes")
# Voters turned away who argue, rage, protest or force their way to the ballot ("sempat
# terjadi adu mulut antara warga dan petugas KPPS", "memaksa mencoblos di TPS 126").
_VOTE_TROUBLE = re.compile(
    r" (?:kericuhan|ricuh|keributan|ribut|saling lempar|saling dorong|mengamuk|ngamuk"
    r"|adu mulut|beradu mulut|memaksa|protes|memprotes) "
)
_AT_THE_VOTE = re.compile(
    r" (?:pelaksanaan (?:pemilihan|pilkades|pemungutan)|pemungutan suara|penghitungan suara"
    r"|pencoblosan|mencoblos|nyoblos|tps|kpps)(?! ulang)"
)
_NO_TROUBLE = re.compile(
    r" (?:tidak|tak|tanpa|belum|nihil|bebas|antisipasi|mencegah|cegah|hindari|agar tidak)"
    r"(?: ada| terjadi)? (?:kericuhan|ricuh|keributan) | rekapitulasi | pleno "
)


# What a circulating video or post shows has happened: a hoax or hate spread, a village
# head declaring for a candidate, money handed out on camera.
SHOWN_ACTS = frozenset([HOAX, SARA, NEUTRALITY, CAMPAIGN_VIOLATION, MONEY])
# The brawl's words that say nothing of drink, drugs or gangs of youths.
FIGHT_WORDS = frozenset(["perkelahian", "berkelahi", "duel"])
# Two named as the fighters ("Perkelahian dua anggota Dewan", "Dua anggota DPRD …
# terlibat adu jotos"): a fight between two, however public its stage.
_TWO = r"dua (?:warga|orang|pria|pemuda|anggota)"
_ONE_ON_ONE = re.compile(
    rf" (?:satu lawan satu|duel(?: maut)?|(?:perkelahian|berkelahi)(?: antara)? {_TWO}"
    rf"|{_TWO}(?: [a-z]+){{0,6}} terlibat (?:adu jotos|perkelahian|baku hantam|duel)) "
)


def _a_war_abroad_taken_sides_in(
    scores: dict[str, float], cues: dict[str, list[str]], reading: str
) -> None:
    """A rally "bela Palestina" or a march against the "pro Israel" names a war abroad
    that people at home take sides in; the sides are a tension of faiths at home only
    when they meet in the street ("bentrok antara ormas … dan massa pro Palestina")."""
    said = cues.get(SARA)
    if not said or not set(said) & WAR_ABROAD_SIDES or _SIDES_CLASH.search(reading):
        return
    rest = [p for p in said if p not in WAR_ABROAD_SIDES]
    if sum(CueIndex.weight("category", SARA, p) for p in rest) < CATEGORY_THRESHOLD:
        del scores[SARA], cues[SARA]


# A war between other states told as its own news ("Serangan Rusia ke Kyiv tewaskan 18
# orang", "rudal Israel menghantam Gaza", "Bentrok Mematikan di Perbatasan
# Thailand-Kamboja"): its dead and its attacks are no trouble a team here must watch,
# when the story names no place at home.
_BELLIGERENTS = (
    r"(?:rusia|ukraina|israel|gaza|palestina|iran|suriah|lebanon|yaman|sudan|myanmar"
    r"|hamas|hizbullah|houthi|kyiv|kiev|moskow|tepi barat|rafah|khan younis"
    r"|thailand|kamboja|phnom penh|india|pakistan|kashmir|afghanistan|irak|libya"
    r"|korea utara|armenia|azerbaijan|ethiopia|kongo|somalia)"
)
_WAR_ACTS = (
    r"(?:serang|menyerang|serangan|menggempur|gempuran|invasi|rudal|drone|perang"
    r"|bombardir|membombardir|pengeboman|bentrok|bentrokan|pertempuran|bertempur"
    r"|konflik bersenjata|baku tembak|artileri)"
)
_A_WAR_ABROAD = re.compile(
    rf" {_BELLIGERENTS}(?: [a-z0-9]+){{0,8}}? {_WAR_ACTS} "
    rf"| {_WAR_ACTS}(?: [a-z0-9]+){{0,3}}? {_BELLIGERENTS} "
)


def _a_war_abroad_told(reading: str, places: Sequence[PlaceHit]) -> bool:
    """The lead tells of a war between other states, and the story names no place in
    Indonesia: the news of the world, not a signal for any team here."""
    return not places and _A_WAR_ABROAD.search(_lead(reading)) is not None


WAR_ABROAD_SIDES = frozenset(["pro israel", "bendera israel", "pro palestina", "bela palestina"])
# A clash between people here; the war's own attacks ("Israel yang menyerang Gaza") are
# not one.
_SIDES_CLASH = re.compile(
    r" (?:bentrok|bentrokan|ricuh|kericuhan|saling serang|saling lempar|perkelahian"
    r"|baku hantam|adu jotos|gesekan|dikeroyok|pengeroyokan) "
)


def _a_fight_between_two(
    scores: dict[str, float], cues: dict[str, list[str]], reading: str
) -> None:
    """Two neighbours who fight "satu lawan satu", a "duel maut", "perkelahian antara dua
    warga" with blades: violent crime between two people, not the taxonomy's brawl of
    drunken or idle youths, unless drink or drugs are said."""
    if not _named_only_by(cues, BRAWL, FIGHT_WORDS):
        return
    if said := _ONE_ON_ONE.search(reading):
        del scores[BRAWL], cues[BRAWL]
        _name_category(scores, cues, CRIME, said.group().strip())


# A body that shows "tanda-tanda kekerasan" or "luka bekas kekerasan": someone's hand,
# whoever's. Stories of the drowned and of suicides say as often that none were found
# ("tidak ditemukan tanda-tanda kekerasan"), which names nothing.
_SIGNS = re.compile(r" (?:tanda(?: tanda)?(?: adanya)?|luka bekas|bekas) kekerasan ")
_NONE_FOUND = re.compile(r" (?:tidak|tak|tanpa|belum|bukan|nihil)(?: [a-z]+){0,2} $")


def _signs_of_violence(scores: dict[str, float], cues: dict[str, list[str]], reading: str) -> None:
    if "kekerasan" not in reading:
        return  # nearly always
    for signs in _SIGNS.finditer(reading):
        if not _NONE_FOUND.search(reading, max(0, signs.start() - 40), signs.start() + 1):
            _name_category(scores, cues, CRIME, signs.group().strip())
            return


_BROKEN_WORDS = ("bubarkan", "pembubaran", "dihentikan paksa")
# Not "membubarkan diri", a crowd dispersing.
_BROKEN_UP = re.compile(r" (?:dibubarkan|membubarkan(?! diri)|pembubaran|dihentikan paksa) ")
_GATHERING = re.compile(
    r" (?:pengajian|kajian|ceramah|tausiah|tausiyah|majelis ilmu|kebaktian|misa|ibadah"
    r"|ibadat|sembahyang) "
)


# Refugees or immigrants turned away by the people where they land ("warga menolak
# kehadiran para imigran Rohingya", "penolakan sebagian warga … terhadap ratusan
# pengungsi", "Imigran Rohingya kembali berlabuh di Bireun, Aceh ditolak oleh warga"):
# one people refusing another, the taxonomy's inter-group tension.
_STRANGER_WORDS = ("pengungsi", "imigran", "pencari suaka", "rohingya")
_REFUSAL_WORDS = ("tolak", "nolak", "usir")
_STRANGERS = f"(?:{'|'.join(_STRANGER_WORDS)})"
_ARRIVALS_REFUSED = re.compile(
    rf" (?:menolak|tolak|penolakan|mengusir|pengusiran)(?: [a-z]+){{0,6}}? {_STRANGERS} "
    rf"| {_STRANGERS}(?: [a-z]+){{0,6}}? (?:ditolak|diusir) "
)


_DRUNK = re.compile(r" (?:mabuk|miras|minuman keras) ")
_SHOW_WORDS = ("dangdut", "organ tunggal", "orgen", "joget", "burok", "elekton")
# A fight among those dancing at a village show ("pentas musik dangdut … berujung ricuh",
# "sejumlah pemuda yang tengah menonton organ tunggal … terlibat baku hantam", "joget
# tersebut membuat warga dua desa … tawuran"): the youths' brawl the taxonomy names.
_A_FIGHT_AT_A_SHOW = re.compile(
    r" (?:ricuh|kericuhan|keributan|bentrok|bentro|baku hantam|tawuran|berkelahi"
    r"|perkelahian|adu jotos) "
)
_AT_A_SHOW = re.compile(r" (?:dangdut|dangdutan|organ tunggal|orgen tunggal|joget|burok|elekton) ")
_CONGRESS_WORDS = (
    "musda",
    "muscab",
    "munas",
    "musyawarah daerah",
    "musyawarah cabang",
    "kongres",
    "klb",
)
# A party's congress in uproar ("Musda Partai Golkar Labuhanbatu ricuh", "dua belah kubu
# kader golkar saling serang dengan melempar kursi" at a musdalub): its camps clash as
# candidates' supporters do. A rival congress (a "KLB") its camps fight over with
# banners, storm or promise blood over is their quarrel too.
_A_CONGRESS_IN_UPROAR = re.compile(
    r" (?:ricuh|rusuh|kericuhan|keributan|banting kursi|membanting kursi|lempar kursi"
    r"|melempar kursi|saling serang|baku hantam|adu jotos|adu fisik|perang spanduk"
    r"|pertumpahan darah|menyerbu) "
)
# "KLB" is an outbreak too ("KLB campak"): a party's, or the venue of one, is a congress.
_PARTIES = (
    r"(?:partai|demokrat|golkar|pkb|ppp|pdi|pdip|hanura|nasdem|gerindra|pan|pks|perindo"
    r"|berkarya)"
)
_AT_A_CONGRESS = re.compile(
    r" (?:musda|musdalub|muscab|muscablub|munas|munaslub|kongres|musyawarah daerah"
    rf"|musyawarah cabang|klb {_PARTIES}|(?:lokasi|arena|peserta|acara) klb) "
)
# The hall of a candidates' debate in uproar ("Debat Kandidat Pilgub Jawa Barat … nyaris
# berakhir ricuh", "debat kedua Pilkada Jakarta 2024 sempat terjadi kericuhan"): the
# camps' supporters at odds, whoever is named as the crowd.
_DEBATE_TROUBLE = re.compile(
    r" (?:ricuh|rusuh|kericuhan|keributan|kegaduhan|bentrok|bentrokan|baku hantam"
    r"|adu mulut|lempar kursi|saling dorong) "
)
_A_CANDIDATES_DEBATE = re.compile(
    r" debat (?:kandidat|publik|paslon|pasangan calon|calon|cagub|cabup|cawalkot|capres"
    r"|pilkada|pilgub|pilbup|pilwalkot|pilpres|pemilihan|kedua|ketiga|pertama|terakhir) "
)


def _a_debate_not_calm(sentence: str, _flags: dict[str, list[str]]) -> bool:
    """A candidates' debate, unless the sentence says it passed without uproar."""
    return bool(_A_CANDIDATES_DEBATE.search(sentence)) and not _NO_TROUBLE.search(sentence)


# Campaigning where the law forbids it, the venue within a few words of the campaign
# ("kampanye di masjid itu dilarang", "tempat ibadah yang dijadikan ajang kampanye",
# "memfasilitasi kegiatan kampanye pasangan calon tertentu di masjid").
_FORBIDDEN_VENUES = (
    *lexicon.CAMPAIGN_VENUES,
    *("tempat pendidikan", "sekolah", "fasilitas pemerintah", "kantor pemerintah"),
)
_VENUE = "|".join(sorted(_FORBIDDEN_VENUES, key=len, reverse=True))
_CAMPAIGN_AT_A_FORBIDDEN_VENUE = re.compile(
    rf" (?:kampanye|berkampanye)(?: [a-z0-9_]+){{0,8}}? (?:{_VENUE}) "
    rf"| (?:{_VENUE})(?: [a-z0-9_]+){{0,8}}? (?:kampanye|berkampanye) "
)


# Residents barring lorries from a landfill, a mine or their road ("50 orang yang
# menghadang truk", "menghadang unit truk sampah", "truk sampah … diadang sejumlah warga
# Kelurahan Cilowong", "mencegat truk di perempatan Cileungsi"): a blockade, the
# taxonomy's protest.
# Owners who camp on their land against a company's machines ("rela bermalam di hutan"
# to guard it, "dirikan tenda di lokasi lahan tersebut" until the permit is revoked): an
# occupation, the protest of those who cannot march.
_CAMPING_WORDS = ("tenda", "bermalam")
_LAND_WORDS = ("lahan",)
_CAMPED_ON_THE_LAND = re.compile(
    r" (?:(?:mendirikan|dirikan|didirikan|membangun) tenda|bermalam di (?:hutan|tenda|lokasi"
    r"|lahan))(?= )"
)
_LAND_AT_STAKE = re.compile(
    r" (?:menjaga|jaga|jagai|mempertahankan|pertahankan) lahan| lahan(?:nya)?(?: [a-z]+){0,4}?"
    r" (?:diserobot|serobot|diterobos|digusur|dirampas)| (?:penyerobotan|penerobosan"
    r"|penggusuran|perampasan) lahan"
)


# Land taken for a project and never paid for ("masih ada tanah yang belum dilakukan ganti
# rugi", "tanah wakaf masjid desa yang … belum mendapat ganti rugi"), or taken outright
# ("lahan hidup kami dirampas"): the land is what the owners fight over.
_PAY_WORDS = ("ganti rugi", "dirampas", "diserobot", "dicaplok")
_SOIL_WORDS = ("tanah", "lahan")
_LAND_UNPAID_OR_TAKEN = re.compile(
    r" (?:tanah|lahan)(?: [a-z]+){0,10}? (?:belum|tidak|tak)(?: [a-z]+){0,3}? ganti rugi(?= )"
    r"| (?:tanah|lahan)(?: [a-z]+){0,3}? (?:dirampas|diserobot|dicaplok)(?= )"
)
# A flag or a headband bearing the creed burned ("membakar sejumlah bendera dan ikat
# kepala yang bertuliskan lafadz tauhid", "Bakar Bendera Berkalimat Tauhid"): the faith's
# symbol destroyed, whoever it was taken to belong to.
_BURN_WORDS = ("bakar",)
_CREED_WORDS = ("tauhid", "syahadat")
_CREED_BURNED = re.compile(
    r" (?:membakar|dibakar|pembakaran|bakar)(?: [a-z]+){0,6}? (?:bendera|ikat kepala|panji)"
    r"(?: [a-z]+){0,6}? (?:tauhid|syahadat)(?= )"
)
_BAR_WORDS = ("hadang", "adang", "cegat", "menahan")
_LORRY_WORDS = ("truk", "armada")
_LORRIES = f"(?:{'|'.join(_LORRY_WORDS)})"
_LORRIES_BARRED = re.compile(
    rf" (?:menghadang|mengadang|mencegat|menahan)(?: [a-z0-9_]+){{0,3}}? {_LORRIES} "
    rf"| {_LORRIES}(?: [a-z0-9_]+){{0,8}}? (?:diadang|dihadang|dicegat)(?: oleh)?"
    r"(?: sejumlah| puluhan| ratusan| belasan)? (?:warga|massa|masyarakat) "
)


_CAME_WORDS = ("mendatangi", "menyambangi", "menyerbu", "lurug", "luruk")
_DEMANDS = ("mendesak", "menuntut", "tuntutan", "meminta", "mempertanyakan")
_A_CROWD_CAME = re.compile(
    r" (?:puluhan|ratusan|ribuan|belasan|sejumlah) (?:warga|massa|petani|nelayan|buruh"
    r"|mahasiswa|orang|karyawan|pekerja|krama)(?: [a-z0-9_]+){0,8}? (?:mendatangi|menyambangi"
    # East Java's "melurug" and "nglurug": to go in a body to someone's door.
    r"|menyerbu|melurug|nglurug|ngelurug|ngluruk|ngeluruk)(?: [a-z0-9_]+){0,2}?"
    r" (?:kantor|pabrik|perusahaan|gedung|balai|markas"
    r"|mapolres|mapolsek|rumah dinas|pt|dprd|kpu|bawaslu) "
)
# A crowd counted and making a demand ("Puluhan warga … menuntut agar aktivitas
# pertambangan pasir dihentikan"), or residents stopping the work they object to with
# their own hands ("Ratusan warga … menghentikan paksa aktivitas penambangan pasir liar",
# "Warga memaksa penambang untuk menghentikan aktivitas"): a protest, wherever it stands.
# A crowd the story calls "massa" needs no count ("Massa mendesak polisi untuk segera
# menindak tegas semua pelaku"); the press ("media massa") is none.
_COUNTS = ("puluhan", "ratusan", "ribuan", "belasan")
_DEMAND_WORDS = ("menuntut", "mendesak")
_A_CROWD_DEMANDS = re.compile(
    rf" (?:(?:{'|'.join(_COUNTS)}) (?:warga|massa|petani|nelayan|buruh|mahasiswa|karyawan"
    r"|pekerja|krama)|(?<! media )(?<! medsos )massa)(?: [a-z0-9_]+){0,10}? (?:menuntut|mendesak) "
)
_HALT_WORDS = ("menghentikan paksa", "memaksa")
_A_CROWD_HALTS_THE_WORK = re.compile(
    r" (?:warga|massa|masyarakat)(?: [a-z0-9_]+){0,6}? (?:menghentikan paksa"
    r"|memaksa(?: [a-z0-9_]+){0,3}? (?:untuk )?menghentikan) (?:aktivitas|kegiatan|penambangan"
    r"|pertambangan|pembangunan|proyek|operasional|pengerukan|alat berat) "
)
_STATION_WORDS = ("polsek", "polres", "kantor polisi", "pos polisi", "markas polisi") + (
    "markas kepolisian",
    "pospol",
    "pos penjagaan",
    "pos jaga",
)
_RIOT_WORDS = ("bakar", "rusak", "serang", "amuk", "hancurkan", "lempar")
_STATIONS = (
    r"(?:ma)?polsek|(?:ma)?polres(?:ta)?|kantor polisi|kantor polsek|pos polisi|pospol"
    r"|markas polisi(?: sektor| resor)?|markas kepolisian(?: sektor| resor)?"
    # An air base's or a barracks' guard post stormed over the land it holds ("pos
    # penjagaan Pangkalan TNI AU … dirusak massa").
    r"|pos penjagaan|pos jaga"
)
# A crowd turning on a police station ("massa … membakar Markas Polsek", "Mapolsek
# Bendahara dibakar massa", "massa yang mengamuk di Mapolsek"): a protest become a riot,
# whatever angered it. The crowd must be said: the police burn seized goods at their
# station too. Told at length, the crowd stands beside the act ("Mapolsek Bendahara, Aceh
# Tamiang, … berubah jadi arang karena dibakar massa", "massa dilaporkan membakar Markas
# Polisi Sektor (Mapolsek) Bendahara", "menjadi sasaran amuk massa").
_A_STATION_STORMED = re.compile(
    r" (?:membakar|merusak|menyerang|menghancurkan|melempari|mengamuk di|pembakaran|perusakan"
    r"|pengrusakan|penyerangan)(?: [a-z0-9_]+){0,2}? (?:ma)?(?:polsek|polres|polresta) "
    r"| (?:ma)?(?:polsek|polres|polresta)(?: [a-z0-9_]+){0,6}? (?:dibakar|dirusak|diserang"
    r"|diamuk|dilempari) "
    rf"| (?:{_STATIONS})(?: [a-z0-9_]+){{0,14}}? (?:dibakar|dirusak|diserang|dilempari)"
    rf" (?:oleh )?(?:sekelompok |ratusan |puluhan |ribuan )?massa "
    rf"| massa(?: [a-z0-9_]+){{0,6}}? (?:membakar|merusak|menyerang|melempari)"
    rf"(?: [a-z0-9_]+){{0,2}}? (?:{_STATIONS}) "
    rf"| (?:{_STATIONS})(?: [a-z0-9_]+){{0,4}}? (?:menjadi )?sasaran amuk(?:an)? massa "
)
_SHOVE_WORDS = ("dorong", "memaksa masuk", "merangsek")
_SUPPORTER_WORDS = ("pendukung", "simpatisan", "relawan")
# A candidate's or a party's crowd pushing at the KPU's gate to follow it in ("massa
# pendukung Jokowi memaksa masuk", "aksi dorong-dorongan antara petugas keamanan KPU dengan
# massa pendukung"): the supporters' euphoria the teams fear at registration.
_SHOVING = re.compile(
    r" (?:saling dorong|dorong mendorong|dorong dorongan|aksi dorong|memaksa masuk|merangsek) "
)
_SUPPORTERS = re.compile(r" (?:massa pendukung|masa pendukung|pendukung|pendukungnya|simpatisan) ")


def _supporters_not_at_the_vote(sentence: str, _flags: dict[str, list[str]]) -> bool:
    return bool(_SUPPORTERS.search(sentence)) and not _AT_THE_VOTE.search(sentence)


_REGISTRAR_WORDS = ("pantarlih", "petugas coklit", "pemutakhiran data pemilih")
# The registrars turned away, barred or chased from the door ("Pantarlih diperlakukan
# semena-mena … larangan untuk masuk", "petugas coklit diusir"): the voters' roll
# obstructed.
_TURNED_AWAY = re.compile(
    r" (?:ditolak|diusir|dihalangi|dihadang|dilarang|larangan untuk masuk|tidak diperkenankan"
    r"|tak diperkenankan|diperlakukan semena mena|dikejar) "
)
_REGISTRARS = re.compile(r" (?:pantarlih|petugas coklit|petugas pemutakhiran data pemilih) ")
_TWO_DESA_ADAT = re.compile(
    r" desa adat [a-z]+(?: [a-z]+)? (?:dan|dengan|serta|versus|vs) desa adat "
)
_A_CROWD = re.compile(r" (?:massa|sekelompok|gerombolan|segerombolan) ")
_CALL_WORDS = ("ajak", "minta", "paksa", "mohon", "seru", "arahkan", "instruksi")
_CALL_TO_VOTE = re.compile(
    r" (?:mengajak|meminta|memaksa|mohon|menyerukan|mengarahkan|menginstruksikan)"
    r"(?: [a-z0-9_]+){0,6}? (?:memilih|mencoblos|coblos|pilih|dukung|mendukung|memenangkan"
    r"|menangkan) "
)
_SUPPORT_DECLARED = re.compile(
    r" (?:siap (?:mendukung|memenangkan)|menyatakan dukungan|menyuarakan dukungan"
    r"|video dukungan|memberikan dukungan)(?: [a-z0-9_]+){0,8}? (?:calon|cagub|cabup|cawagub"
    r"|cawabup|capres|paslon|pasangan) "
)
_OFFICIAL_WORDS = (
    *("kepala desa", "kades", "perbekel", "lurah", "camat", "kadus", "perangkat"),
    *("asn", "pns", "aparatur"),
)
_AN_OFFICIAL = re.compile(
    r"(?<!calon) (?:kepala desa|kades|perbekel|lurah|camat|kepala dusun|kadus|perangkat desa"
    r"|asn|pns|aparatur sipil negara) "
)


_CAMP_WORDS = ("pendukung", "kubu", "timses", "tim sukses", "tim pemenangan", "saksi")
# A candidate's witness is the candidate's man: "pembacokan terhadap saksi dari pasangan
# calon". A witness at the TPS is the vote's, which the rule for the polls reads.
_CAMP = re.compile(
    r" (?:pendukung (?:calon|cakades|paslon|salah satu|[a-z])|rivalitas pendukung|kubu"
    r"|timses|tim sukses|tim pemenangan"
    r"|saksi (?:dari )?(?:salah satu )?(?:pasangan calon|paslon|calon|cabup|cagub|cakades)) "
)


def _a_camp_s_man_not_at_the_polls(sentence: str, _flags: dict[str, list[str]]) -> bool:
    return bool(_CAMP.search(sentence)) and not _AT_THE_POLLS.search(sentence)


# "korban merupakan pendukung Paslon Jimat Sakteh": the victim named as a camp's man, in a
# story of an attack told in other sentences.
_A_CAMP_S_VICTIM = re.compile(
    r" korban(?: [a-z]+){0,2}? (?:merupakan|adalah|ialah|yakni|yaitu|sebagai)"
    r"(?: seorang| salah satu)? (?:pendukung|saksi|simpatisan|relawan|kader|timses"
    r"|tim sukses|tim pemenangan) "
)
# "disebabkan oleh perbedaan pandangan politik", "perbedaan pendapat … mengenai dukungan
# politik", "diduga memiliki latar belakang politis": an attack's motive is the camps'.
_POLITICAL_MOTIVE = re.compile(
    r" (?:perbedaan|beda) (?:pandangan|pilihan|dukungan|pendapat|sikap)(?: [a-z]+){0,8}? "
    r"politik | rivalitas politik | (?:bermotif|motif|latar belakang) politi(?:k|s) "
)


def _always(flags: dict[str, list[str]]) -> bool:
    return True


def _an_election_named(flags: dict[str, list[str]]) -> bool:
    return bool(flags.get("election"))


@dataclass(frozen=True)
class _SentenceRule:
    """A category named by a pattern in a sentence that also says something else: a
    violence's word where the vote is, a threat's word where the organisers are. The
    `gates` are substrings the whole text must hold, one from each group, before its
    sentences are read: nearly always it holds none."""

    category: str
    pattern: re.Pattern[str]
    alongside: Callable[[str, dict[str, list[str]]], bool]
    gates: tuple[tuple[str, ...], ...] = ()
    applies: Callable[[dict[str, list[str]]], bool] = _always


def _anywhere(_sentence: str, _flags: dict[str, list[str]]) -> bool:
    return True


def _match(pattern: re.Pattern[str]) -> Callable[[str, dict[str, list[str]]], bool]:
    return lambda sentence, _flags: bool(pattern.search(sentence))


# Money handed out on an official's order ("uang tersebut dibagikan kepada warga atas
# perintah kepala desa"): the village head works for a camp, a breach of neutrality
# beside the vote buying.
_OFFICIALS = "(?:kepala desa|kades|lurah|camat|perangkat desa|sekdes|asn|pns)"
_ON_AN_OFFICIAL_S_ORDER = re.compile(
    rf" (?:atas perintah|atas suruhan|suruhan|disuruh|perintah|instruksi|arahan)(?: dari)?"
    rf"(?: oknum| seorang| sang)? {_OFFICIALS} "
)
_HANDED_OUT = re.compile(r" (?:uang|amplop|sembako|dibagikan|membagikan|bagi bagi) ")
# A village's officials taking down a candidate's props ("kades memerintahkan perangkat
# untuk menurunkan" a caleg's banners, "diturunkan paksa oleh oknum aparatur desa"): the
# village acting against a contestant, whatever reason it gives.
_VILLAGE_OFFICIALS = (
    "(?:aparatur desa|aparat desa|perangkat desa|kepala desa|kades|sekdes|sekretaris desa)"
)
_TAKE_DOWN_WORDS = ("menurunkan", "mencopot", "mencabut", "merobohkan", "merusak")
_TAKEN_DOWN_WORDS = ("diturunkan", "dicopot", "dicabut", "dirobohkan", "dirusak")
_PROPS_TAKEN_DOWN_BY_THE_VILLAGE = re.compile(
    rf" (?:oknum )?{_VILLAGE_OFFICIALS}(?: [a-z0-9_]+){{0,5}}? (?:{'|'.join(_TAKE_DOWN_WORDS)}) "
    rf"| (?:{'|'.join(_TAKEN_DOWN_WORDS)})(?: paksa)?(?: [a-z0-9_]+){{0,3}}?"
    rf" oleh (?:oknum )?{_VILLAGE_OFFICIALS} "
)
_PROP_WORDS = ("banner", "baliho", "spanduk", " apk ", "alat peraga")

_SENTENCE_RULES = (
    # Villages or districts mapped as prone to conflict in an election ("29 desa … rawan
    # konflik pilkades"): the risk that the candidates' camps clash, which the police map
    # before every vote. The election must be named in the same sentence: a rakor mapping
    # areas prone to social conflict in general weighs no election's camps.
    _SentenceRule(
        CLASH,
        _AREA_PRONE,
        lambda sentence, flags: _says(sentence, flags["election"]),
        applies=_an_election_named,
    ),
    # A fight while the village or the nation votes or counts ("Pelaksanaan Pilkades …
    # sempat terjadi kericuhan") is unrest at the polls, though no TPS is named. A
    # recapitulation's plenary is the election bodies' procedure, not the polls.
    _SentenceRule(
        UNREST,
        _VOTE_TROUBLE,
        lambda sentence, _flags: _at_the_vote_and_not_denied(sentence),
        gates=(_VOTE_TROUBLE_WORDS,),
        applies=_an_election_named,
    ),
    # Election officials threatened or terrorised, at home or at their office (a letter
    # threatening a KPU commissioner's life, bondet at a pilkades committee's houses):
    # the taxonomy's intimidation of organisers.
    _SentenceRule(UNREST, _TERROR, _match(_ORGANISERS), gates=(_TERROR_WORDS,)),
    _SentenceRule(
        NEUTRALITY,
        _PROPS_TAKEN_DOWN_BY_THE_VILLAGE,
        _anywhere,
        gates=(_TAKE_DOWN_WORDS + _TAKEN_DOWN_WORDS, _PROP_WORDS),
        applies=_an_election_named,
    ),
    _SentenceRule(
        NEUTRALITY,
        _ON_AN_OFFICIAL_S_ORDER,
        _match(_HANDED_OUT),
        gates=(("perintah", "suruh", "instruksi", "arahan"), ("uang", "amplop", "sembako")),
        applies=_an_election_named,
    ),
    # A witness, a TPS supervisor or a PPK chairman beaten at the vote or the count
    # ("dihajar … saksi di TPS 5") is unrest at the polls, not a crime apart from it.
    _SentenceRule(
        UNREST,
        _ASSAULT,
        _match(_AT_THE_POLLS),
        gates=(_ASSAULT_WORDS,),
        applies=_about_an_election,
    ),
    # One camp's man attacking another's ("pembacokan ini karena rivalitas pendukung
    # calon"), or attacked for his camp, however few took part: the clash between
    # supporters, not a crime apart from the election.
    _SentenceRule(
        CLASH,
        _ASSAULT,
        _a_camp_s_man_not_at_the_polls,
        gates=(_ASSAULT_WORDS, _CAMP_WORDS),
        applies=_an_election_named,
    ),
    _SentenceRule(
        CLASH, _A_CAMP_S_VICTIM, _anywhere, gates=(_ASSAULT_WORDS,), applies=_an_election_named
    ),
    _SentenceRule(
        CLASH, _POLITICAL_MOTIVE, _anywhere, gates=(_ASSAULT_WORDS,), applies=_about_an_election
    ),
    # A sermon, a study circle or a service broken up ("pengajian … dibubarkan paksa"):
    # a faith's gathering at odds with those who stopped it.
    _SentenceRule(SARA, _BROKEN_UP, _match(_GATHERING), gates=(_BROKEN_WORDS,)),
    _SentenceRule(SARA, _ARRIVALS_REFUSED, _anywhere, gates=(_STRANGER_WORDS, _REFUSAL_WORDS)),
    # Villagers come in numbers to a company's or an office's door with a demand
    # ("Puluhan warga Desa Salimbatu mendatangi pabrik kelapa sawit … Mereka mendesak"):
    # a protest, whatever its banner.
    _SentenceRule(DEMONSTRATION, _A_CROWD_CAME, _anywhere, gates=(_CAME_WORDS, _DEMANDS)),
    _SentenceRule(
        DEMONSTRATION, _A_CROWD_DEMANDS, _anywhere, gates=((*_COUNTS, "massa"), _DEMAND_WORDS)
    ),
    _SentenceRule(DEMONSTRATION, _A_CROWD_HALTS_THE_WORK, _anywhere, gates=(_HALT_WORDS,)),
    _SentenceRule(DEMONSTRATION, _LORRIES_BARRED, _anywhere, gates=(_BAR_WORDS, _LORRY_WORDS)),
    _SentenceRule(LAND, _LAND_UNPAID_OR_TAKEN, _anywhere, gates=(_PAY_WORDS, _SOIL_WORDS)),
    _SentenceRule(SARA, _CREED_BURNED, _anywhere, gates=(_BURN_WORDS, _CREED_WORDS)),
    _SentenceRule(
        DEMONSTRATION,
        _CAMPED_ON_THE_LAND,
        _match(_LAND_AT_STAKE),
        gates=(_CAMPING_WORDS, _LAND_WORDS),
    ),
    _SentenceRule(
        CLASH,
        _SHOVING,
        _supporters_not_at_the_vote,
        gates=(_SHOVE_WORDS, _SUPPORTER_WORDS),
        applies=_an_election_named,
    ),
    _SentenceRule(
        VOTER_LIST,
        _TURNED_AWAY,
        _match(_REGISTRARS),
        gates=(_REGISTRAR_WORDS,),
        applies=_an_election_named,
    ),
    # Two customary villages named as the parties ("Desa Adat Jasri dan Desa Adat
    # Perasi") in a text about a quarrel: a dispute between customary communities.
    _SentenceRule(
        ADAT, _TWO_DESA_ADAT, _anywhere, gates=(("desa adat",), lexicon.CUSTOMARY_QUARREL)
    ),
    _SentenceRule(
        DEMONSTRATION, _A_STATION_STORMED, _match(_A_CROWD), gates=(_STATION_WORDS, _RIOT_WORDS)
    ),
    # A village that stays away from the vote together, as a protest ("mayoritas pemilih
    # di TPS 12 … memilih tidak menggunakan hak pilih mereka alias golput", "memboikot
    # pilkada"): a protest, as a threat to do so is not yet one.
    _SentenceRule(
        DEMONSTRATION,
        _STAYED_AWAY,
        _stayed_away_in_protest,
        gates=(_STAY_AWAY_WORDS, _PROTEST_MARKS),
        applies=_an_election_named,
    ),
    _SentenceRule(
        CAMPAIGN_VIOLATION,
        _CAMPAIGN_AT_A_FORBIDDEN_VENUE,
        _anywhere,
        gates=(("kampanye",), _FORBIDDEN_VENUES),
        applies=_about_an_election,
    ),
    _SentenceRule(
        CLASH,
        _DEBATE_TROUBLE,
        _a_debate_not_calm,
        gates=(("debat",),),
        applies=_an_election_named,
    ),
    _SentenceRule(
        BRAWL,
        _A_FIGHT_AT_A_SHOW,
        _match(_AT_A_SHOW),
        gates=(_SHOW_WORDS,),
    ),
    _SentenceRule(
        CLASH,
        _A_CONGRESS_IN_UPROAR,
        _match(_AT_A_CONGRESS),
        gates=(_CONGRESS_WORDS,),
    ),
    # Polling officers drunk at their TPS ("empat orang anggota KPPS pada TPS 48 … diduga
    # mabuk"): the vote disturbed, not a brawl.
    _SentenceRule(UNREST, _DRUNK, _match(_AT_THE_POLLS), gates=(("mabuk", "miras"),)),
    # A village head or a civil servant who asks, presses or orders people to vote for
    # someone ("kepala desa … mengajak tokoh masyarakat, RT, RW memilih capres nomor urut
    # 01", "kades … 'memaksa' memilih"): an official taking a side. A candidate for the
    # office ("calon kepala desa mengajak warga memilih") only campaigns.
    _SentenceRule(
        NEUTRALITY,
        _CALL_TO_VOTE,
        _match(_AN_OFFICIAL),
        gates=(_CALL_WORDS, _OFFICIAL_WORDS),
        applies=_an_election_named,
    ),
    # Village heads declaring for a candidate on camera ("video dukungan diduga para
    # kepala desa … terhadap pasangan Cagub", "saya Kepala Desa Labuan … siap mendukung
    # Bapak … sebagai calon gubernur"): officials taking a side.
    _SentenceRule(
        NEUTRALITY,
        _SUPPORT_DECLARED,
        _match(_AN_OFFICIAL),
        gates=(("dukung", "menangkan"), _OFFICIAL_WORDS),
        applies=_an_election_named,
    ),
)


def _named_in_a_sentence(
    scores: dict[str, float],
    cues: dict[str, list[str]],
    flags: dict[str, list[str]],
    text: str,
    reading: str,
) -> None:
    """Each sentence rule, in order, for a category not yet named, or named only by words
    too faint to stand in a story ("massa pendukung", "simpatisan") or too weak to name it
    alone."""
    for rule in _SENTENCE_RULES:
        named = scores.get(rule.category, 0.0) >= CATEGORY_THRESHOLD
        # A category named by weak words only may yet drop out of a story that tells of
        # no quarrel ("aksi sweeping", "bendera tauhid"): a pattern still names it.
        if named and not _named_faintly_or_weakly(rule.category, cues) or not rule.applies(flags):
            continue
        if not all(_says_any(reading, gate) for gate in rule.gates):
            continue

        def alongside(sentence: str, rule: _SentenceRule = rule) -> bool:
            return rule.alongside(sentence, flags)

        if said := _said_in_a_sentence(text, reading, rule.pattern, alongside):
            _name_category(scores, cues, rule.category, said)


def _named_faintly_or_weakly(category: str, cues: dict[str, list[str]]) -> bool:
    return _faintly_named(category, cues) or all(_weak(category, p) for p in cues.get(category, ()))


def _uncancelled(category: str, phrases: Sequence[str]) -> set[str]:
    """The phrases that count for the category: not an exception (a negative weight) nor
    a word inside one that fired ("arak" in "arak arakan", a parade)."""
    exceptions = [p for p in phrases if CueIndex.weight("category", category, p) < 0]
    return {
        p
        for p in phrases
        if p not in exceptions and not any(f" {p} " in f" {q} " for q in exceptions)
    }


def _rival_groups_clash(
    categories: list[str],
    cues: dict[str, list[str]],
    flags: dict[str, list[str]],
    electoral: bool,
    reading: str,
) -> list[str]:
    """A silat school's members against villagers, two ormas, a football match's fans:
    a clash between groups the taxonomy has no code for (`other`), not a youth brawl
    unless drink or drugs are said, nor a crime apart from the groups' quarrel. An ormas
    that extorts shopkeepers with no clash told ("ormas yang memaksa meminta THR")
    commits the crime itself."""
    drink = _uncancelled(BRAWL, cues.get(BRAWL, [])) - FIGHT_WORDS - {"tawuran"}
    if "tawuran" in cues.get(BRAWL, []) and _PUPILS.search(reading):
        # Two schools' pupils stoning each other ("siswa dari kedua SMK saling serang"):
        # the taxonomy's youth brawl, whichever camps they form.
        drink = {"tawuran"}
    if BRAWL in categories and GROUP_CONFLICTS & set(categories) and not drink:
        # Two camps' men, or a village and a company's workers, "terlibat perkelahian":
        # their groups' conflict, not a youths' brawl.
        categories = [c for c in categories if c != BRAWL]
    if electoral or not flags.get("rivals") or not categories:
        return categories
    at_blows = _GROUPS_AT_BLOWS.search(reading) is not None
    if CRIME in categories and not at_blows:
        return categories
    kept = [c for c in categories if c != CRIME and (c != BRAWL or drink)]
    if drink and BRAWL not in kept and at_blows:
        # Tual's neighbourhoods at war since drunken youths beat a stall-keeper ("sekelompok
        # orang mabuk"): the groups' clash that drink set off is the taxonomy's brawl.
        kept.append(BRAWL)
    return [c for c in kept if c != OTHER or len(kept) == 1] or [OTHER]


_PUPILS = re.compile(
    r" (?:pelajar|siswa|antarsekolah|antar sekolah|antarpelajar|antar pelajar|antarsiswa"
    r"|antar siswa|smk|sma|smp|stm|smkn|sman|smpn)(?= )"
)
_GROUPS_AT_BLOWS = re.compile(
    r" (?:bentrok|bentrokan|tawuran|saling serang|saling lempar|saling panah|keributan"
    r"|perkelahian|berkelahi|baku hantam|menyerang|penyerangan|diserang|kerusuhan|rusuh|ricuh"
    r"|kericuhan|perang|pengeroyokan|dikeroyok|mengeroyok|gesekan)(?= )"
)


CROWD = frozenset(["massa pendukung", "masa pendukung"])


SUBSTANCES = frozenset(
    ["minuman keras", "miras", "mabuk", "arak", "narkoba", "sabu", "judi", "pesta miras"]
    + ["tes urine"]
)
# A fight, or a crowd's unrest ("warga resah" at a drunken party). Bare "serang" is
# Serang, the city and regency, more often than a blow.
_A_FIGHT = re.compile(
    r" (?:ber)?(?:kelahi|perkelahian|tawuran|duel|ribut|keributan|onar|bentrok|bentrokan|cekcok"
    # "Pukul 07.00 WIT" tells the time, not a blow.
    r"|keroyok|dikeroyok|mengeroyok|pengeroyokan|pukul(?! [0-9])|dipukul|memukul|pemukulan|tusuk"
    r"|ditusuk"
    r"|menusuk|penusukan|bacok|dibacok|membacok|pembacokan|aniaya|dianiaya|penganiayaan"
    r"|menganiaya|baku hantam|adu jotos|menyerang|diserang|penyerangan|rusuh|kerusuhan"
    r"|konflik|gesekan|ricuh|kericuhan"
    # Police raiding a den held up on the road ("diadang tumpukan kayu dan batu").
    # "tidak melakukan perlawanan" at an arrest is no fight.
    r"|diadang|dihadang|menghadang|(?<!tanpa )(?<!tidak melakukan )(?<!tidak ada )perlawanan"
    r"|(?P<unrest>resah|meresahkan|ketertiban))"
    r"(?= )"
)


def _students_without_a_fight(
    scores: dict[str, float], cues: dict[str, list[str]], reading: str
) -> None:
    """ "Dua kelompok mahasiswa … melakukan aksi unjuk rasa baik yang pro maupun kontra"
    (Tarakan, April 2021): students in two camps at a protest, with no fight told
    anywhere, are no brawl between faculties."""
    if _named_only_by(cues, BRAWL, _STUDENT_CAMPS) and not _A_FIGHT.search(reading):
        scores[BRAWL] = RULED_OUT
        del cues[BRAWL]


_STUDENT_CAMPS = frozenset(
    ["dua kelompok mahasiswa", "kelompok mahasiswa", "antar mahasiswa", "antarmahasiswa"]
    + ["antara mahasiswa"]
)


def _drink_without_a_fight(
    scores: dict[str, float], cues: dict[str, list[str]], reading: str
) -> None:
    """Teenagers "dalam pengaruh alkohol" who tore down a candidate's banner damaged it:
    drink named beside no fight, no trouble to the peace, is no brawl, nor a guess of
    one. Neighbours worried by a dealer's trade ("laporan masyarakat yang resah") who
    report him are no unrest either: drugs need a fight told. So is a gambling den's
    unease told as the reason of the report that had it raided ("mendapat laporan dari
    masyarakat karena … arena perjudian sabung ayam itu meresahkan"); a village's own
    unease at it ("warga resah dengan judi itu") stays a tension. Online gambling is
    nobody's brawl at all: its ads planted in a government's website ("situs web desa …
    terhubung ke situs judi online", "slot gacor") unsettle readers, not a village. Nor
    is a bar's liquor offer that offends a faith ("promosi miras … menistakan agama"):
    the unease is the faithful's."""
    if not _named_only_by(cues, BRAWL, SUBSTANCES):
        return
    drugs_alone = _named_only_by(cues, BRAWL, DRUGS)
    if drugs_alone and _drugs_only_a_charge(reading):
        scores[BRAWL] = RULED_OUT  # for the model's guess too
        del cues[BRAWL]
        return
    gambling_alone = _named_only_by(cues, BRAWL, GAMBLING)
    online = gambling_alone and _GAMBLING_ONLINE.search(reading) is not None
    a_faith_offended = scores.get(SARA, 0.0) >= CATEGORY_THRESHOLD
    for fight in _A_FIGHT.finditer(reading):
        if not fight.group("unrest"):
            return
        reported = _A_REPORT_OF.search(reading, max(0, fight.start() - 90), fight.start())
        if not (drugs_alone or online or a_faith_offended or (gambling_alone and reported)):
            return
    scores[BRAWL] = RULED_OUT  # for the model's guess too
    del cues[BRAWL]


def _forces_at_odds(scores: dict[str, float], cues: dict[str, list[str]], reading: str) -> None:
    """Soldiers and policemen at blows over a traffic ticket or a cigarette ("bentrok
    prajurit TNI dan Polri", "perkelahian anggota TNI vs polisi"): the state's own forces at
    odds, which the taxonomy has no category for, not a brawl that drink fuelled, when a
    fight is all that names one."""
    if _named_only_by(cues, BRAWL, _BARE_FIGHT) and _FORCES_AT_ODDS.search(reading):
        _refiled_as_other(scores, cues, BRAWL)


def _refiled_as_other(scores: dict[str, float], cues: dict[str, list[str]], category: str) -> None:
    """The words that named `category` name `other` instead, at least as surely, and the
    category is ruled out for the model's guess too."""
    scores[OTHER] = max(scores[category], CATEGORY_THRESHOLD)
    cues[OTHER] = cues.pop(category)
    scores[category] = RULED_OUT


_BARE_FIGHT = FIGHT_WORDS | {"keributan", "baku hantam"}
_A_SOLDIER = r"(?:tni|prajurit|marinir|kostrad)"
_A_POLICEMAN = r"(?:polri|polisi|brimob)"
_FORCES_AT_ODDS = re.compile(
    rf" (?:bentrok|bentrokan|betrok|perkelahian|berkelahi|baku hantam|keributan)(?: antara)?"
    rf"(?: [a-z0-9_]+){{0,6}}? (?:{_A_SOLDIER}|{_A_POLICEMAN})(?: [a-z0-9_]+){{0,4}}?"
    rf" (?:dan|dengan|vs|versus) (?:[a-z]+ ){{0,2}}(?:{_A_SOLDIER}|{_A_POLICEMAN}) "
    rf"| (?:{_A_SOLDIER}|{_A_POLICEMAN})(?: [a-z0-9_]+){{0,2}}? (?:bentrok|betrok|berkelahi)"
    rf" (?:dengan|vs|melawan) (?:[a-z]+ ){{0,2}}(?:{_A_SOLDIER}|{_A_POLICEMAN}) "
    rf"| {_A_SOLDIER} (?:vs|versus) {_A_POLICEMAN} | {_A_POLICEMAN} (?:vs|versus) {_A_SOLDIER} "
)


def _one_village_attacks_another(
    scores: dict[str, float], cues: dict[str, list[str]], reading: str
) -> None:
    """The people of one village attacking another's ("masyarakat Kampung Esmapan
    melakukan penyerangan terhadap masyarakat Kampung Weo", "kedua kampung yang sedang
    bertikai"): villages at odds, which the taxonomy puts under `other`, not one
    person's crime, when only the attack's or the killing's words named the crime."""
    if _named_only_by(cues, CRIME, _ATTACK_WORDS) and _VILLAGE_ON_VILLAGE.search(reading):
        _refiled_as_other(scores, cues, CRIME)


_ATTACK_WORDS = frozenset(
    ["penyerangan", "menyerang", "diserang", "dibunuh", "pembunuhan", "penganiayaan"]
)
_VILLAGERS = r"(?:masyarakat|warga) (?:kampung|desa|dusun)"
_VILLAGE_ON_VILLAGE = re.compile(
    rf" {_VILLAGERS} [a-z]+(?: [a-z0-9_]+){{0,4}}? (?:menyerang|melakukan penyerangan"
    rf" terhadap|penyerangan terhadap|menyerbu) (?:masyarakat |warga )?(?:kampung|desa|dusun) "
    r"| kedua (?:masyarakat )?(?:kampung|desa) (?:yang )?(?:sedang |tengah )?"
    r"(?:bertikai|berseteru) "
)


def _a_vice_raid_resisted(
    scores: dict[str, float], cues: dict[str, list[str]], reading: str
) -> None:
    """The police raiding a drug den ("penggerebekan kampung narkoba") and the residents
    who stone them or overturn their car, or a cockfight's gamblers who fire on the
    officers raiding it ("penggerebekan judi sabung ayam … diserang dengan tembakan"):
    the drugs or the bets are the raid's quarry, not a brawl they fuelled, and the attack
    on the officers is a crime."""
    raid = None
    if _named_only_by(cues, BRAWL, DRUGS):
        raid = _DRUG_RAID.search(reading)
    elif _named_only_by(cues, BRAWL, GAMBLING):
        raid = _GAMBLING_RAID.search(reading)
    if raid is None:
        return
    del scores[BRAWL], cues[BRAWL]
    resisted = _RAID_RESISTED.search(reading)
    if resisted and scores.get(CRIME, 0.0) < CATEGORY_THRESHOLD:
        _name_category(scores, cues, CRIME, f"{raid.group().strip()} … {resisted.group().strip()}")


# A drug screening's own words ("tes urine") name drugs as the dealer's do.
DRUGS = frozenset(["narkoba", "narkotika", "sabu", "sabu sabu", "tes urine"])
# Drugs named only as the case someone is held on ("tahanan kasus narkoba", "Pelaku
# penyalahgunaan narkoba itu ditangkap"): a detainee beaten to death in the cells by
# his cellmates died in no fight that drugs fuelled.
_A_DRUG_CHARGE = re.compile(
    r" (?:kasus|perkara|tahanan|tersangka|terpidana|napi|narapidana|penyalahgunaan"
    r"|pengedar|bandar|penyalahguna)(?: [a-z]+)?? (?:narkoba|narkotika|sabu(?: sabu)?) "
)
_DRUG_WORD = re.compile(r" (?:narkoba|narkotika|sabu(?: sabu)?) ")


def _drugs_only_a_charge(reading: str) -> bool:
    """Every drug the story names is a charge someone is held or tried on."""
    charges = {m.end() for m in _A_DRUG_CHARGE.finditer(reading)}
    named = [m.end() for m in _DRUG_WORD.finditer(reading)]
    return bool(named) and all(end in charges for end in named)


GAMBLING = frozenset(["judi"])
_GAMBLING_ONLINE = re.compile(
    r" (?:judi online|judi daring|judi slot|judol|slot gacor|situs judi|konten judi"
    r"|perjudian daring|perjudian online) "
)
_A_REPORT_OF = re.compile(r" laporan (?:dari )?(?:masyarakat|warga) ")


def _explosives_put_to_other_uses(
    scores: dict[str, float], cues: dict[str, list[str]], reading: str
) -> None:
    """Firecracker powder that went off ("ledakan bubuk petasan") and the bomb squad that
    sweeps the ruins ("tim penjinak bom", "menyisir sisa bahan peledak"), or fishers
    caught blasting the reef ("menangkap ikan menggunakan bahan peledak", "bom ikan"), or an
    old war's shell dug up in a garden: the explosive words are the firecrackers', the
    fishers' or a war's long over, not a terrorist's."""
    if _named_only_by(cues, TERROR, EXPLOSIVES) and (
        _FIRECRACKERS_OR_FISH.search(reading) or _A_WAR_RELIC.search(reading)
    ):
        del scores[TERROR], cues[TERROR]


EXPLOSIVES = frozenset(["bom", "bahan peledak"])
# Fishers blasting the reef: "bom ikan", "menangkap ikan di perairan Teluk Sanggar …
# menggunakan bahan peledak".
_BLAST_FISHING = (
    r"bom ikan|pengeboman ikan"
    r"|(?:menangkap|tangkap|penangkapan|mencari) ikan(?: [a-z]+){0,10}? (?:bom|bahan peledak)"
)
_FIRECRACKERS_OR_FISH = re.compile(rf" (?:petasan|mercon|{_BLAST_FISHING}) ")
# A war's leftovers dug up in a garden or a quarry ("mortir sisa Perang Dunia II", "temuan
# 9 mortir aktif", "bom … peninggalan zaman penjajahan"): an old shell for the bomb squad
# to take away, no one's attack.
_A_WAR_RELIC = re.compile(
    r" (?:mortir|granat|bom|peluru meriam|proyektil|amunisi)(?: [a-z0-9]+){0,10}?"
    r" (?:peninggalan|sisa|bekas|zaman|masa|era)"
    r" (?:perang|penjajahan|penjajah|kolonial|belanda|jepang) "
    r"| (?:menemukan|ditemukan|temuan|penemuan)(?: [a-z0-9]+){0,3}? mortir "
    r"| mortir(?: [a-z0-9]+){0,6}? ditemukan "
)
# What makes a shell found a signal after all: a terrorist's, or one thrown at someone.
_A_BOMB_MEANT_FOR_SOMEONE = re.compile(
    r" (?:teroris|terorisme|densus|rakitan|dilempar|dilemparkan|melempar|dilempari) "
)
_DRUG_RAID = re.compile(
    r" (?:penggerebekan|pengerebekan|penggrebekan|gerebek|grebek|menggerebek|digerebek"
    r"|razia|penangkapan|penggeledahan)(?: [a-z]+){0,4}? (?:narkoba|narkotika|sabu)(?= )"
    r"| (?:kampung|sarang) narkoba(?= )"
)
_GAMBLING_RAID = re.compile(
    r" (?:penggerebekan|pengerebekan|penggrebekan|gerebek|grebek|menggerebek|digerebek"
    r"|razia)(?: [a-z]+){0,4}? (?:judi|perjudian|sabung ayam|tajen)(?= )"
)
_RAID_RESISTED = re.compile(
    # "ditangkap … tanpa ada perlawanan": an arrest nobody resisted.
    r" (?<!tanpa )(?<!tanpa ada )(?<!tidak ada )(?<!tak ada )"
    r"(?:perlawanan|diserang|menyerang|penyerangan|melempari|dilempari|digulingkan"
    r"|dibalikkan|dirusak|dibakar|(?:melawan|memukul|menganiaya) (?:petugas|polisi|aparat))(?= )"
)


RULED_OUT = -CATEGORY_THRESHOLD


def _only_vice_told(scores: dict[str, float]) -> bool:
    """Drink or gambling ruled out as a brawl (no fight, unrest or resistance told: a
    cockfight raided whose gamblers ran) and nothing else named: no conflict signal."""
    if scores.get(BRAWL) != RULED_OUT:
        return False  # nearly always
    return max(scores.values()) < CATEGORY_THRESHOLD


def _a_population_sweep(
    reading: str, categories: Sequence[str], counts: dict[str, int | None]
) -> bool:
    """Satpol PP and the village checking newcomers' papers ("sidak duktang",
    "penertiban penduduk pendatang"): the civil registry's routine, however it speaks
    of preventing crime or of the KTP some lacked. Unless it names a conflict of its own
    (newcomers in a brawl, a levy refused) or someone hurt: no conflict signal."""
    if not _says(_lead(reading), lexicon.NEWCOMERS):
        return False  # nearly always
    if counts["dead"] or counts["injured"] or not set(categories) <= {OTHER, VOTER_LIST}:
        return False
    return _says(reading, lexicon.PAPERS_CHECKED)


def _no_faith_named(scores: dict[str, float], cues: dict[str, list[str]]) -> None:
    """Online drivers warned off "persekusi" of street children, a village refusing to
    bury a Covid patient: a mob's act with no faith or people named is no identity
    tension."""
    if _named_only_by(cues, SARA, lexicon.SARA_WITH_A_FAITH):
        del scores[SARA], cues[SARA]


def _named_only_by(cues: dict[str, list[str]], category: str, words: frozenset[str]) -> bool:
    """The category is named, and by none but these words."""
    said = cues.get(category)
    if not said:
        return False
    return set(said) <= words


PROTEST_WORDS = frozenset(["protes", "memprotes", "aksi protes"])


def _a_protest_at_the_polls(scores: dict[str, float], cues: dict[str, list[str]]) -> None:
    """Voters who protest at their TPS that they cannot vote make unrest at the polls, not
    a demonstration: "protes" is all that would name one."""
    if scores.get(UNREST, 0.0) < CATEGORY_THRESHOLD:
        return
    if _named_only_by(cues, DEMONSTRATION, PROTEST_WORDS):
        del scores[DEMONSTRATION], cues[DEMONSTRATION]


_LISTS_KEPT_OR_NAMED = frozenset(lexicon.LISTS_KEPT + lexicon.LIST_NAMES)


def _lists_a_re_vote_keeps(scores: dict[str, float], cues: dict[str, list[str]]) -> None:
    """A re-vote ordered to use the first vote's lists ("PSU harus dilakukan dengan
    menggunakan daftar pemilih tetap (DPT), daftar pemilih tambahan (DPTb) …") names the
    lists, however often, and nothing wrong with them."""
    said = cues.get(VOTER_LIST, [])
    if set(said) & set(lexicon.LISTS_KEPT) and _named_only_by(
        cues, VOTER_LIST, _LISTS_KEPT_OR_NAMED
    ):
        del scores[VOTER_LIST], cues[VOTER_LIST]


STREET_WORDS = frozenset(["turun ke jalan", "turun kejalan"]) | PROTEST_WORDS
_NEAR_CLASH = re.compile(
    r" (?:nyaris|hampir|bersiap|siap) (?:bentrok|bentrokan|berbentrokan|memanas|ricuh) "
)


def _villages_face_each_other(
    scores: dict[str, float], cues: dict[str, list[str]], reading: str
) -> None:
    """Two villages' crowds in the street over their border, nearly at blows ("puluhan
    warga turun ke jalan bersiap bentrok"), face each other, not the authorities: no
    demonstration, as the quarrel has its own category."""
    if not _named_only_by(cues, DEMONSTRATION, STREET_WORDS):
        return
    quarrel = max(scores.get(LAND, 0.0), scores.get(ADAT, 0.0)) >= CATEGORY_THRESHOLD
    if quarrel and _NEAR_CLASH.search(reading):
        del scores[DEMONSTRATION], cues[DEMONSTRATION]


# "telah terjadi perang kampung", "Ribuan Orang Kepung Desa Balinuraga", "massa dari Desa
# Agom kembali menyerang Desa Balinuraga", "Bentrok Antardesa".
_VILLAGES_AT_WAR = re.compile(
    r" (?:perang (?:antar ?)?(?:kampung|desa)|bentrok(?:an)? (?:warga )?antar ?(?:desa|kampung)"
    r"|(?:menyerang|menyerbu|mengepung|kepung) desa) "
)
CROWD_WORDS = frozenset(["konsentrasi massa", "blokade"])


def _a_village_besieged_is_no_protest(
    scores: dict[str, float], cues: dict[str, list[str]], reading: str
) -> None:
    """Crowds massing on their way to attack another village, held at the police's
    blockade ("massa menembus blokade aparat", "konsentrasi massa terus bertambah"), are
    one village at war with another, not a protest against anyone in authority."""
    if _named_only_by(cues, DEMONSTRATION, CROWD_WORDS) and _VILLAGES_AT_WAR.search(reading):
        del scores[DEMONSTRATION], cues[DEMONSTRATION]


def _villages_are_no_camps(
    scores: dict[str, float], cues: dict[str, list[str]], reading: str
) -> None:
    """Two villages "yang bentrok", at peace before the polls the story mentions: the
    villages' quarrel, not candidates' supporters at blows."""
    if _named_only_by(cues, CLASH, _CLASH_WORDS) and _TWO_VILLAGES.search(reading):
        del scores[CLASH], cues[CLASH]


_CLASH_WORDS = frozenset(["bentrok", "bentrokan", "keributan", "saling serang", "gesekan"])


def _a_people_s_name(scores: dict[str, float], cues: dict[str, list[str]], reading: str) -> None:
    """A customary people holding out for its forest against the province ("konflik lahan
    antara masyarakat adat Pubabu dengan Pemerintah Provinsi"), or marching on the
    governor's office for a neutral vote ("Masyarakat adat … menggeruduk Kantor
    Gubernur"): one party to the quarrel the story names, not the taxonomy's quarrel
    within or between customary communities, when only the people's own name or its
    leaders' titles say "adat" ("Masyarakat Hukum Adat Kinipan" is the law's name for a
    people, not its law applied)."""
    if not any(s >= CATEGORY_THRESHOLD for c, s in scores.items() if c != ADAT):
        return
    named_as_a_people = reading.count(" hukum adat ") == reading.count(" masyarakat hukum adat ")
    people = _A_PEOPLE | {"hukum adat"} if named_as_a_people else _A_PEOPLE
    if _named_only_by(cues, ADAT, people):
        del scores[ADAT], cues[ADAT]


# A people's name and its leaders' titles ("Tokoh Adat Labolewa") name no quarrel of the
# custom's own.
_A_PEOPLE = frozenset(
    ["adat", "masyarakat adat", "warga adat", "wilayah adat", "hutan adat", "tanah adat"]
    + ["tokoh adat", "ketua adat", "kepala adat", "dewan adat"]
)


def _vendors_moved_on_hold_no_land(
    scores: dict[str, float], cues: dict[str, list[str]], reading: str
) -> None:
    """Street vendors whose stalls the Satpol PP clears ("pedagang … menolak dilakukan
    penggusuran", "PKL tersebut sudah direlokasi") lose their pitch, not land anyone
    claims: an eviction or a relocation of vendors is no land dispute when nothing but
    the eviction names one."""
    if _named_only_by(cues, LAND, _MOVED_ON) and _VENDORS.search(reading):
        del scores[LAND], cues[LAND]


_MOVED_ON = frozenset(["penggusuran", "relokasi", "direlokasi"])
_VENDORS = re.compile(r" (?:pedagang|pkl|lapak|kios) ")


def _a_border_drawn_on_paper(
    categories: list[str], counts: dict[str, int | None], reading: str
) -> bool:
    """Regions quarrelling over where a line runs, told only through the minister's
    decree and the claims against it ("Kepmendagri … menetapkan empat pulau … masuk
    wilayah Kabupaten Tapanuli Tengah", "Pemerintah Aceh … memperjuangkan"), or villages
    and clans told only claiming a boundary or a plot ("mengklaim desa mereka berbatasan
    dengan Lamahora", "tanah milik sukunya tiba-tiba diklaim secara sepihak"), or a
    national border surveyed again and moved: a standing dispute, not an act of
    conflict, until someone protests, blocks, seizes or fights over it."""
    return (
        categories == [LAND]
        and not counts["dead"]
        and not counts["injured"]
        and any(p.search(reading) is not None for p in (_A_DECREE, _A_CLAIM, _A_LINE_MOVED))
        and _AN_ACT_ON_THE_GROUND.search(_without_habits(reading)) is None
    )


def _without_habits(reading: str) -> str:
    """The reading without a plot's long use told ("kebun yang selama ini digarap"),
    which is no act against it."""
    return _A_HABIT.sub(" ", reading) if " selama ini " in reading else reading


_A_HABIT = re.compile(r" (?:yang )?selama ini (?:[a-z]+ )?(?:digarap|ditanami|menggarap)(?= )")


_A_DECREE = re.compile(
    r" (?:kepmendagri|permendagri|kemendagri|mendagri|keputusan menteri dalam negeri"
    r"|peraturan menteri dalam negeri) "
)
_A_CLAIM = re.compile(r" (?:klaim|mengklaim|diklaim|saling klaim|klaim sepihak) ")
# A national border surveyed again and moved ("pergeseran batas wilayah", "Outstanding
# Boundary Problem", "pengukuran ulang tapal batas kedua negara").
_A_LINE_MOVED = re.compile(
    r" (?:pergeseran (?:garis )?batas|pergeseran patok|outstanding boundary problem"
    r"|pengukuran ulang tapal batas|perubahan (?:garis )?batas negara) "
)
_AN_ACT_ON_THE_GROUND = re.compile(
    r" (?:demo|berdemo|demonstrasi|unjuk rasa|aksi|protes|memprotes|blokade|memblokir"
    r"|diblokir|bentrok|bentrokan|ricuh|kericuhan|rusuh|kerusuhan|menyerang|diserang|merusak"
    r"|dirusak|membakar|dibakar|menduduki|diduduki|mengusir|diusir|memukul|dipukul|saling"
    r"|mematok|dipatok|mencabut patok|menyegel|disegel"
    # A plot seized, cleared, planted or built on, its people evicted.
    r"|menyerobot|diserobot|penyerobotan|menggusur|digusur|penggusuran|merobohkan"
    r"|dirobohkan|menebang|ditebang|menggarap|digarap|menanam|ditanami|membangun) "
)


def _a_protest_taken_to_an_office(
    scores: dict[str, float], cues: dict[str, list[str]], reading: str
) -> None:
    """Voters turned away at the TPS who take their protest to the village or the KPU's
    office ("menggeruduk Balai Desa Caturtunggal", "akhirnya datang ke kantor
    kelurahan"): a protest at an office, not unrest at the polls, when nothing else but
    their protest says there was unrest."""
    if not _named_only_by(cues, UNREST, _PROTEST_AT_THE_VOTE):
        return
    if taken := _TAKEN_TO_AN_OFFICE.search(reading):
        del scores[UNREST], cues[UNREST]
        _name_category(scores, cues, DEMONSTRATION, taken.group().strip())


_PROTEST_AT_THE_VOTE = frozenset(
    ["protes", "memprotes", "pemungutan suara", "pungut hitung", "kpps"]
)
_TAKEN_TO_AN_OFFICE = re.compile(
    r" (?:menggeruduk|geruduk|ngluruk|ngeluruk|mendatangi|datang ke|protes ke) (?:kantor|balai) "
)
_TWO_VILLAGES = re.compile(r" (?:dua desa|kedua desa|antar desa|antardesa|warga desa [a-z]+ dan) ")


def _a_complaint_is_no_protest(
    scores: dict[str, float], cues: dict[str, list[str]], reading: str
) -> None:
    """A resident who "memprotes" a carnival's noise at her door complained: "protes"
    with no crowd, rally or banner anywhere in the text is one person's complaint, not
    the taxonomy's demonstration. Nor do villagers who come to the police station to
    report their spring taken ("mendatangi Kantor Polsek … ramai-ramai melapor") protest,
    when they demand nothing and no banner or rally is told."""
    complained = _named_only_by(cues, DEMONSTRATION, _COMPLAINT_WORDS)
    if (complained and not _A_GATHERING.search(reading)) or _came_to_report(cues, reading):
        del scores[DEMONSTRATION], cues[DEMONSTRATION]


# What is shown, straight after "demo" or after the training or the way it is done
# ("demo pelatihan pengolahan ikan", "demo cara penyajian makanan sehat").
_A_SKILL_SHOWN = re.compile(
    r" demo (?:pelatihan |pelatiham )?(?:cara )?"
    r"(?:masak|memasak|masakan|pengolahan|pembuatan|olahan|mengolah|produk|jamu|kuliner"
    r"|resep|penyajian) "
)
_OFFICERS = r"(?:sekuriti|satpam|security|petugas|aparat|polisi|satpol pp|tni)"
_OFFICERS_STORMING = re.compile(
    rf" {_OFFICERS}(?: [a-z0-9_]+){{0,10}}? (?:menggeruduk|geruduk)"
    rf"| digeruduk(?: oleh)?(?: [a-z0-9_]+){{0,3}}? {_OFFICERS} "
)
_A_SMELL_PIERCING = re.compile(
    r" (?:bau|aroma|anyir|amis|busuk|menyengat|dingin|hawa)(?: [a-z]+){0,3}? menusuk "
)
_A_STREET_TAUNT = re.compile(
    r" (?:provokasi|memprovokasi)(?: [a-z]+){0,8}? (?:dengan )?(?:berteriak|teriak|meneriaki"
    r"|menantang|mengejek|sepeda motor|motor|menggeber) "
)


_PAPUA_S_ARMED_GROUP = re.compile(r" (?:kkb|tpnpb|kelompok kriminal bersenjata) ")


class _OtherSense(NamedTuple):
    """Words that name a category only in one of their senses, and a pattern that tells
    the other: where nothing but those words names the category and the pattern
    matches, the category is struck."""

    category: str
    words: frozenset[str]
    pattern: re.Pattern[str]


_OTHER_SENSES = (
    # A "demo memasak" at the village hall, a fish farmers' "demo pengolahan ikan", a
    # product's "demo produk": a skill shown to an audience, the other sense of "demo".
    _OtherSense(DEMONSTRATION, frozenset(["demo"]), _A_SKILL_SHOWN),
    # Security guards, police or the Satpol PP storming a place ("Ratusan sekuriti …
    # menggeruduk Rumah Susun Kampung Bayam", "digeruduk oleh ratusan sekuriti"): an
    # eviction's or a raid's force, not a crowd's protest.
    _OtherSense(
        DEMONSTRATION, frozenset(["menggeruduk", "digeruduk", "geruduk"]), _OFFICERS_STORMING
    ),
    # A smell or the cold that "menusuk" with words between ("aroma anyir langsung
    # menusuk", "hawa dingin pagi itu menusuk"): no one stabbed. The lexicon strikes the
    # bare pairs ("bau menusuk") already.
    _OtherSense(CRIME, frozenset(["menusuk"]), _A_SMELL_PIERCING),
    # Youths who ride to the next neighbourhood to taunt it ("berusaha memprovokasi warga
    # Talumolo dengan berteriak-teriak di sekitar perbatasan"): a provocation by deed in
    # the street, the brawl's prelude, not false or hateful content spread.
    _OtherSense(HOAX, frozenset(["provokasi", "memprovokasi"]), _A_STREET_TAUNT),
    # Papua's armed separatists, whom the army calls terrorists ("Pelakunya kelompok
    # teroris atau KKB"): the story names the group, and the kept labels file its attacks
    # as violent crime.
    _OtherSense(TERROR, frozenset(["teroris"]), _PAPUA_S_ARMED_GROUP),
)


def _words_in_another_sense(
    scores: dict[str, float], cues: dict[str, list[str]], reading: str
) -> None:
    """Each category named only by words the story uses in their other sense (see
    `_OTHER_SENSES`) is struck."""
    for sense in _OTHER_SENSES:
        if _named_only_by(cues, sense.category, sense.words) and sense.pattern.search(reading):
            del scores[sense.category], cues[sense.category]


def _a_rite_branded_is_no_faith_at_odds(
    scores: dict[str, float], cues: dict[str, list[str]], reading: str
) -> None:
    """A village's tolak-bala procession that a puritan writer calls "ritual kesyirikan":
    a faith's judgement of a rite, not faiths at odds, unless someone acts against the
    rite (wrecks it, breaks it up, bans it, hangs a banner refusing it)."""
    if _named_only_by(cues, SARA, _IDOLATRY) and not _A_RITE_OPPOSED.search(reading):
        del scores[SARA], cues[SARA]


_IDOLATRY = frozenset(
    ["kesyirikan", "kemusyrikan", "disebut syirik", "dianggap syirik", "budaya syirik"]
)
_A_RITE_OPPOSED = re.compile(
    r" (?:menolak|penolakan|ditolak|membubarkan|dibubarkan|pembubaran|merusak|dirusak"
    r"|perusakan|mengobrak abrik|diobrak abrik|melarang|dilarang|larangan|menghentikan"
    r"|dihentikan|menyerang|diserang|penyerangan|spanduk|protes|memprotes|intimidasi) "
)


def _a_preacher_refused(scores: dict[str, float], cues: dict[str, list[str]], reading: str) -> None:
    """Residents or an ormas refusing a preacher's coming ("menolak kedatangan UAS dalam
    acara Tabligh Akbar", "penolakan terhadap kedatangan" him at a pengajian): currents of
    a faith at odds, the taxonomy's religious tension, not a protest, when no rally is
    told."""
    refused = _named_only_by(cues, DEMONSTRATION, _REFUSED_ARRIVAL)
    if refused and _PREACHING.search(reading) and not _A_RALLY.search(reading):
        scores[SARA] = max(scores.get(SARA, 0.0), scores[DEMONSTRATION], CATEGORY_THRESHOLD)
        cues[SARA] = sorted(set(cues.get(SARA, [])) | set(cues[DEMONSTRATION]))
        del scores[DEMONSTRATION], cues[DEMONSTRATION]


_REFUSED_ARRIVAL = frozenset(
    ["menolak kedatangan", "penolakan kedatangan", "penolakan terhadap kedatangan"]
)
_A_RALLY = re.compile(
    r" (?:aksi|unjuk rasa|demo|demonstran|berdemo|demonstrasi|orasi|long march|spanduk) "
)
_PREACHING = re.compile(
    r" (?:ceramah|berceramah|penceramah|pendakwah|dakwah|pengajian|kajian|tabligh akbar"
    r"|tablig akbar|tausiyah|ustaz|ustadz|ustad|dai) "
)


def _came_to_report(cues: dict[str, list[str]], reading: str) -> bool:
    return (
        _named_only_by(cues, DEMONSTRATION, _VISIT_WORDS)
        and _A_REPORT_FILED.search(reading) is not None
        and _A_DEMAND.search(reading) is None
    )


_COMPLAINT_WORDS = frozenset(["protes", "memprotes", "diprotes"])
_VISIT_WORDS = frozenset(["mendatangi kantor"])
_A_REPORT_FILED = re.compile(r" (?:melapor|melaporkan|membuat laporan|mengadu|mengadukan) ")
_A_DEMAND = re.compile(
    r" (?:menuntut|tuntutan|mendesak|menolak|protes|memprotes|aksi|unjuk rasa|demo|berdemo"
    r"|orasi|spanduk|poster|berteriak|menggeruduk) "
)
_A_GATHERING = re.compile(
    r" (?:massa|(?:ratusan|puluhan|belasan|ribuan|sejumlah) (?:warga|orang|mahasiswa|buruh"
    # "Sejumlah sopir dump truk … protes tak diberi solar subsidi": drivers in a body.
    r"|petani|nelayan|pemuda|masyarakat|sopir|pengemudi|pedagang)|warga berbondong"
    r"|beramai ramai"
    r"|aksi|unjuk rasa|demo|demonstran|berdemo|demonstrasi|orasi|spanduk|poster|mendatangi"
    r"|menggeruduk|berkumpul|long march) "
)


def _a_protest_s_crowd_is_no_clash(
    scores: dict[str, float], cues: dict[str, list[str]], reading: str
) -> None:
    """Supporters massed at a protest ("seratus massa pendukung … melakukan unjuk rasa")
    are a crowd: without a clash's own words they clash with no one. Nor does a protest
    over the count that turns on the police ("kericuhan antara para perusuh dan polisi",
    "Bentrokan antara massa pendukung calon gubernur … dengan polisi karena memprotes
    rekapitulasi"): its "bentrokan" pits no candidate's supporters against another's,
    when the story tells of no second camp. A crowd fighting the police over a result
    it disputes is that result's protest."""
    protest = scores.get(DEMONSTRATION, 0.0) >= CATEGORY_THRESHOLD
    if protest and _named_only_by(cues, CLASH, CROWD):
        del scores[CLASH], cues[CLASH]
        return
    if not _named_only_by(cues, CLASH, _CLASH_WORDS | CROWD) or _TWO_CAMPS.search(reading):
        return
    with_police = _A_CROWD_AND_THE_POLICE.search(reading)
    disputed = scores.get(RESULT_DISPUTE, 0.0) >= CATEGORY_THRESHOLD
    if with_police is None or not (protest or disputed):
        return
    del scores[CLASH], cues[CLASH]
    if not protest:
        _name_category(scores, cues, DEMONSTRATION, with_police.group().strip())


_CROWD = r"(?:para )?(?:massa|perusuh|demonstran|pengunjuk rasa|massa aksi)"
_POLICE = r"(?:aparat|polisi|petugas|aparat keamanan|petugas keamanan|aparat kepolisian)"
_CROWD_OR_SUPPORTERS = rf"(?:{_CROWD}|(?:massa )?(?:pendukung|simpatisan))"
_A_CROWD_AND_THE_POLICE = re.compile(
    rf" (?:antara {_CROWD} (?:dan|dengan) {_POLICE}|antara {_POLICE} dan {_CROWD}"
    rf"|{_CROWD} (?:bentrok|bentrokan) dengan {_POLICE}"
    rf"|(?:bentrok|bentrokan)(?: antara)? {_CROWD_OR_SUPPORTERS}(?: [a-z0-9_]+){{0,8}}?"
    rf" (?:dan|dengan) {_POLICE}"
    rf"|{_CROWD_OR_SUPPORTERS}(?: [a-z0-9_]+){{0,6}}? bentrok dengan {_POLICE}) "
)
# A second camp told: "pendukung kedua kubu", "saling lempar dengan pendukung …".
_TWO_CAMPS = re.compile(
    r" (?:antarpendukung|antar pendukung|kedua kubu|dua kubu|kedua pendukung|pendukung kedua"
    r"|saling serang|saling lempar|pendukung lawan|pendukung lainnya"
    r"|pendukung (?:pasangan calon|paslon|calon) lain(?:nya)?) "
)


def _a_house_of_worship_as_the_polls_venue(
    scores: dict[str, float], cues: dict[str, list[str]]
) -> None:
    """Leaflets smearing a candidate left in a mosque ("selebaran … ditemukan di Masjid
    Punduhan"), or a campaign held in one: the house of worship is where an election
    offence was done, which the taxonomy files as the campaign's, not as tension between
    faiths, when nothing but the building's name says a faith."""
    if not _named_only_by(cues, SARA, _HOUSES_OF_WORSHIP):
        return
    if any(scores.get(c, 0.0) >= CATEGORY_THRESHOLD for c in _ELECTION_OFFENCES):
        del scores[SARA], cues[SARA]


_HOUSES_OF_WORSHIP = frozenset(["masjid", "gereja", "musala", "mushola", "pura", "vihara"])


def _a_house_of_worship_robbed(
    scores: dict[str, float], cues: dict[str, list[str]], reading: str
) -> None:
    """A charity box stolen from a mosque or a prayer house, its thief perhaps beaten by
    the worshippers who caught him: the house of worship is the scene of a crime, not a
    faith at odds, when nothing but the building's name says a faith."""
    if not _named_only_by(cues, SARA, _WORSHIP_PLACE_WORDS):
        return
    if said := _A_CHARITY_BOX_ROBBED.search(reading):
        del scores[SARA], cues[SARA]
        _name_category(scores, cues, CRIME, said.group().strip())


_ELECTION_OFFENCES = (CAMPAIGN_VIOLATION, "money_politics")


def _worship_guarded(
    scores: dict[str, float], cues: dict[str, list[str]], flags: dict[str, list[str]]
) -> None:
    """Churches counted among what a season's operation guards ("70 gereja di Kabupaten
    Bantul", "meliputi tempat ibadah, objek wisata"): routine news naming houses of
    worship and nothing done to them is no faith at odds."""
    if flags.get("routine") and _named_only_by(cues, SARA, _WORSHIP_GUARDED):
        scores[SARA] = RULED_OUT  # for the model's guess too
        del cues[SARA]


_WORSHIP_GUARDED = _HOUSES_OF_WORSHIP | lexicon.COUNTED_ONCE | {"tempat ibadah", "rumah ibadah"}


def _a_church_burning_denied(
    scores: dict[str, float], cues: dict[str, list[str]], reading: str
) -> None:
    """A house of worship said to be burnt, which the police say was not ("Saya luruskan
    tidak ada gereja yang dibakar", "tidak benar adanya pembakaran Gereja"): no faith's
    place was attacked, and the rumour is the story's (its denial words name the hoax)."""
    if not _named_only_by(cues, SARA, _WORSHIP_PLACE_WORDS):
        return
    if _A_WORSHIP_PLACE_DENIED.search(reading):
        del scores[SARA], cues[SARA]


_WORSHIP_PLACE_WORDS = _HOUSES_OF_WORSHIP | frozenset(
    ["gereja dibakar", "pembakaran gereja", "rumah ibadah", "tempat ibadah"]
)
_A_WORSHIP_PLACE_DENIED = re.compile(
    r" (?:tidak|tak) (?:ada|benar(?: adanya)?)(?: [a-z]+){0,3}? (?:gereja|masjid|rumah ibadah)"
    r"(?: [a-z]+){0,2}? (?:dibakar|dirusak)"
    r"| (?:tidak|tak) benar adanya (?:pembakaran|perusakan) (?:gereja|masjid|rumah ibadah) "
)


def _stage_of(
    text: str,
    kind: str,
    categories: list[str],
    flags: dict[str, list[str]],
    scores: dict[str, float],
    published: dt.date | None,
    calendar: Sequence[elections.StageWindow],
    *,
    reading: str,
) -> tuple[str | None, str]:
    """The election stage of an electoral text, and where it came from."""
    if not (flags.get("election") or set(categories) & _ELECTORAL):
        return None, ""
    if not flags.get("election") and _AT_A_CONGRESS.search(reading):
        return None, ""  # a party's own congress in uproar is in no election's calendar
    # A meeting weighs many risks at once: no single category tells its stage. One that
    # walks through the risks of stage after stage is about the whole election, and
    # only its own day can tell where in it the team stands.
    trouble = categories if kind in ("incident", "threat") else []
    if kind == "meeting" and len(scores) >= SURVEYED_STAGES:
        scores = {}
    if _a_village_election(flags, text):
        calendar = ()  # each regency sets its villages' own: the national one says nothing
    return _stage(scores, trouble, published or extract.dateline(text), calendar)


# Deaths a mine, a slope or water caused ("tertimbun tanah longsor", "terjangan air bah
# dan lumpur dari bekas lubang galian"), and a fire a short circuit started ("kebakaran
# … diduga akibat korsleting listrik"): a story of them, with no quarrel told, is no
# conflict signal, however many died or burnt out.
_SMALL_CRAFT = r"(?:perahu|kapal|speedboat|speed boat|sampan|ketinting|pompong)"
_PESTS = r"(?:belalang|wereng|ulat)"
_A_DISASTER = re.compile(
    r" (?:tertimbun|terkubur|tanah longsor|longsor|air bah|banjir bandang|tenggelam"
    r"|terseret arus|terbawa arus|hanyut|tersambar petir|kecelakaan kerja|kecelakaan tambang"
    r"|korsleting|konsleting|korslet|arus pendek"
    # Forest and peat fires and the firefighters' days against them; quakes, the waves
    # they or a volcano raise, and whirlwinds that unroof a village; a volcano's eruption
    # and the evacuation it orders; a worker or a householder electrocuted.
    r"|karhutla|kebakaran hutan|kebakaran lahan|gempa|gempa bumi|gempabumi|tsunami"
    r"|puting beliung"
    # A dry season's wells run dry, and the water tankers sent ("krisis air bersih"); and
    # the diggers a well's gas killed ("Diduga Hirup Gas Beracun, 2 Orang Tewas dalam
    # Sumur").
    r"|kekeringan|krisis air bersih|krisis air|kemarau panjang"
    r"|gas beracun|menghirup gas|keracunan gas|karbon monoksida|penggali sumur"
    # A boat the waves or a river's current turned over ("Penumpang Perahu Terbalik di
    # Mentawai", "Akibat hantaman Gelombang Bono … kapal terbalik"), as one that sank.
    rf"|{_SMALL_CRAFT}(?: [a-z]+){{0,2}}? terbalik|terbaliknya {_SMALL_CRAFT}"
    # A school's roof that fell on its pupils ("Atap Ruang Kelas Ambruk, 12 Siswa
    # Terluka"): rotten beams, not anyone's hand.
    r"|(?:atap|plafon|langit langit)(?: [a-z0-9]+){0,5}? (?:ambruk|roboh|rubuh|runtuh|ambrol)"
    r"|(?:ambruknya|robohnya|runtuhnya|rubuhnya|ambrolnya) (?:atap|plafon|langit langit)"
    r"|erupsi|gunung meletus|awan panas|pvmbg"
    # The weather service's warnings ("BMKG mengeluarkan peringatan dini cuaca ekstrem"):
    # a storm's risk, which its appeal to stay alert does not make anyone's threat. The
    # weather alone ("gelombang tinggi", "cuaca buruk") is no such warning: it delays
    # ballots to the islands.
    r"|bmkg|badan meteorologi|peringatan dini cuaca|prakiraan cuaca"
    r"|tersengat listrik|tersengat arus listrik|tersengat aliran listrik|tersetrum"
    r"|kesetrum|sengatan listrik"
    # A house fire a candle, incense or a stove left burning started ("api yang diduga
    # berasal dari nyala lilin", "Lupa Matikan Lilin").
    r"|(?:api|nyala|dari|akibat|karena|dipicu) (?:nyala )?(?:lilin|dupa|obat nyamuk)"
    r"|lupa (?:mematikan|matikan|memadamkan|padamkan) (?:lilin|dupa|kompor)"
    # A tree or a branch the wind brought down on a rider ("Tertimpa Pohon Tumbang",
    # "pohon mahoni yang roboh").
    r"|pohon (?:[a-z]+ )?(?:yang )?(?:tumbang|roboh)"
    r"|(?:tertimpa|ditimpa|timpa|menimpa|ketimpa) (?:pohon|dahan|batang pohon)"
    # An outbreak's toll, a disease's patients and its dead ("2 Bocah di Jembrana
    # Meninggal Karena DBD", "pasien demam berdarah dengue yang meninggal").
    r"|demam berdarah|dbd|diare|difteri|campak|malaria|leptospirosis|tuberkulosis"
    r"|antraks|antrax|flu burung|penyakit mulut dan kuku"
    # Pigs dying of African swine fever ("888 ekor babi mati mendadak … virus ASF").
    r"|african swine fever|flu babi|demam babi|virus asf|asf"
    # Locusts, planthoppers or caterpillars stripping the fields ("ludes diserang belalang
    # Kembara", "serangan hama wereng"): the farmers' loss, whatever the pests' "teror".
    rf"|belalang kembara|hama {_PESTS}|(?:serangan|diserang|terserang|serbuan) (?:hama|{_PESTS})"
    # An official or anyone else dead of an illness ("meninggal … karena terpapar
    # Covid-19", "diduga mengalami serangan jantung"), mourned at the pendopo.
    r"|covid 19|covid|virus corona|serangan jantung|gagal jantung|gagal ginjal|stroke) "
)
# People at odds, which a disaster's story told in its lead must not name for it to be
# none: the broader quarrel test also hears a story's routine ("daerah rawan", "gesekan
# ranting", "pemilik lahan … dalam pemeriksaan").
_PEOPLE_AT_ODDS = re.compile(
    r" (?:konflik|sengketa|perselisihan|bentrok|bentrokan|ricuh|kericuhan|rusuh|kerusuhan"
    r"|keributan|cekcok|bersitegang|perkelahian|berkelahi|tawuran|menyerang|diserang"
    r"|penyerangan|dianiaya|penganiayaan|dikeroyok|mengeroyok|pengeroyokan|amuk|mengamuk"
    r"|diamuk|amukan"
    # A family declining an autopsy, or villagers declining to leave a volcano's slope,
    # refuse nobody.
    r"|menolak(?! (?:untuk )?(?:dilakukan )?(?:visum|autopsi|diautopsi|divisum|dievakuasi"
    r"|mengungsi))"
    # Shopkeepers asked to refuse to sell contraband ("menolak penjualan produk rokok
    # ilegal") refuse no one.
    r"(?! (?:untuk )?(?:menjual|penjualan|peredaran)(?: [a-z]+)? (?:rokok|narkoba|miras"
    r"|minuman keras|obat))"
    r"|penolakan|protes|memprotes|demo|unjuk rasa|blokade|memblokir|disegel|mengancam"
    r"|intimidasi|provokasi|pengusiran|menuntut|tuntutan|menggugat|gugatan"
    # Officers storming a hideout or a boat raid it.
    r"|(?<!petugas )(?<!polisi )(?<!aparat )menggeruduk"
    r"|memanas|kemarahan|dibakar (?:warga|massa)) "
)


def _none_named_outright(scores: dict[str, float]) -> bool:
    """No category's score reaches the threshold: the story names no conflict itself."""
    return all(score < CATEGORY_THRESHOLD for score in scores.values())


# A search for the missing led by the rescuers ("Tim SAR Gabungan Lanjutkan Pencarian"):
# what its story reports ("dilaporkan hilang kontak", "baru dilaporkan oleh camat") is a
# loss, not a complaint.
_RESCUERS = r"tim sar|sar gabungan|operasi sar|basarnas"
_A_SEARCH_AND_RESCUE = re.compile(rf" (?:{_RESCUERS}) ")


# A disease or a pest that "attacks" ("PMK terdeteksi menyerang hewan ternak", "DBD yang
# menyerang anak-anak", "Sapi Mati Diserang Penyakit Mulut dan Kuku", "kebun jagung ludes
# diserang belalang") sets no people at odds.
_SICKNESS = rf"(?:penyakit|wabah|virus|pmk|dbd|demam berdarah|nyamuk|hama|{_PESTS})"
_A_DISEASE_STRIKES = re.compile(
    rf" {_SICKNESS}(?: [a-z0-9]+){{0,5}}? (?:menyerang|diserang)(?= )"
    rf"| (?:menyerang|diserang) {_SICKNESS}(?= )"
)


def _a_disaster_s_toll(scores: dict[str, float], reading: str, quarrel: bool) -> bool:
    if not _none_named_outright(scores) or _A_DISASTER.search(reading) is None:
        return False
    if not quarrel:
        return True
    lead = _lead(reading)
    return _A_SEARCH_AND_RESCUE.search(lead) is not None or (
        _A_DISASTER.search(lead) is not None
        and _PEOPLE_AT_ODDS.search(_A_DISEASE_STRIKES.sub(" ", reading)) is None
    )


def _a_search_for_the_missing(scores: dict[str, float], reading: str) -> bool:
    """Rescuers searching for someone lost ("Tim SAR gabungan mencari seorang pendaki yang
    dilaporkan hilang di Gunung Guntur"), with no disaster named: a search, not a
    conflict, unless people are said to be at odds."""
    lead = _lead(reading)
    return (
        _none_named_outright(scores)
        and _A_SEARCH_AND_RESCUE.search(lead) is not None
        and _MISSING.search(lead) is not None
        and _PEOPLE_AT_ODDS.search(reading) is None
    )


_MISSING = re.compile(r" (?:hilang|tersesat|belum ditemukan) ")


# An accident told in the lead, a crash on the road ("Bus … Rem Blong … Tewaskan 3
# Orang", "kecelakaan lalu lintas") or a blast at home, of firecracker powder ("ledakan
# bubuk petasan", "Petasan … Meledak Hancurkan Rumah") or of a leaking gas cylinder
# ("Tabung Gas 3 Kg Meledak", "ledakan gas elpiji", "Tabung Elpiji Bocor"), a train at
# a level crossing or a ship on fire: its driver or maker held or named a suspect is the
# police's routine, not a quarrel; only a crowd turning on him ("diamuk massa", "dibakar
# warga") makes one. Tear gas ("gas air mata") is a riot's. So is an illegal oil well
# that caught fire or blew up ("Sumur Minyak Ilegal di Keluang Muba Kembali Terbakar",
# "ledakan sumur minyak ilegal"), its owner held, and a furnace or a boiler that blew up
# at work ("Tungku Smelter di Morowali Meledak"). A well's lead often gives its whole
# address before the verb ("Sumur pengeboran minyak ilegal … di Desa Pasir Putih,
# Kecamatan Ranto Peureulak, Kabupaten Aceh Timur, Propinsi Aceh, terbakar"), or says it
# "mengalami kebakaran".
_BLOWN_UP = r"(?:petasan|mercon|elpiji|lpg|gas(?! air mata)|boiler|ketel uap|oksigen)"
_OIL_WELL = r"sumur(?: sumur)?(?: pengeboran| bor)? minyak"
_VESSEL = r"(?:kapal|kmp|feri|ferry|speedboat|perahu)"
_AN_ACCIDENT = re.compile(
    r" (?:rem blong|kecelakaan lalu lintas|laka lantas|lakalantas|kecelakaan tunggal"
    r"|tabrakan beruntun|kecelakaan beruntun|kecelakaan maut|kecelakaan bus"
    rf"|(?:ledakan|meledak)(?: [a-z0-9]+){{0,3}} {_BLOWN_UP}"
    rf"|{_BLOWN_UP}(?: [a-z0-9]+){{0,3}} (?:meledak|ledakan)"
    # A leak that caught fire before anything blew ("usai Tabung Elpiji Bocor").
    rf"|{_BLOWN_UP}(?: [a-z0-9]+){{0,2}} bocor|kebocoran(?: [a-z0-9]+){{0,2}} {_BLOWN_UP}"
    # Powder being mixed at home ("Tragedi Racikan Mercon Maut", "tewas saat meracik
    # petasan"): told only when it went off or its maker was caught.
    r"|(?:racikan|meracik|peracik|diracik)(?: bahan| bubuk| serbuk)? (?:petasan|mercon)"
    rf"|{_OIL_WELL}(?: [a-z0-9]+){{0,20}}? (?:terbakar|meledak|mengalami (?:kebakaran|ledakan))"
    rf"|(?:kebakaran|ledakan|terbakarnya|meledaknya)(?: [a-z0-9]+){{0,2}} {_OIL_WELL}"
    # A furnace is named with its plant and its owner before the verb ("Tungku Smelter
    # Nikel PT ITSS di Morowali Meledak").
    r"|tungku(?: [a-z0-9]+){0,10} meledak|ledakan tungku"
    # A train that hit a car or a rider at a crossing ("Mobil Tertabrak KA di Perlintasan
    # Tanpa Palang", "tewas tersambar kereta api").
    r"|(?:tertabrak|ditabrak|tersambar|disambar|dihantam|tertemper|ditemper|menemper)"
    r"(?: [a-z]+){0,2} (?:kereta|ka)"
    # A ship that caught fire or blew up at sea or at its berth ("KMP Tranship I Terbakar
    # saat akan Bersandar", "Speedboat yang mereka tumpangi untuk melakukan kampanye
    # meledak dan terbakar" while refuelling): "terbakar", not "dibakar", so nobody's torch.
    rf"|{_VESSEL}(?: [a-z0-9]+){{0,8}}? (?:terbakar|meledak)"
    rf"|(?:kebakaran|terbakarnya|ledakan|meledaknya) {_VESSEL}"
    # An aircraft down in the hills ("korban jatuhnya helikopter Intan Angkasa … di Distrik
    # Jila", "kecelakaan helikopter", "pesawat … hilang kontak").
    r"|kecelakaan (?:pesawat|helikopter)|jatuhnya (?:pesawat|helikopter)"
    r"|(?:pesawat|helikopter)(?: [a-z0-9]+){0,8} (?:jatuh|hilang kontak|mendarat darurat)"
    # A kite's string across the road, glass-coated for kite fights, that cut a rider's
    # neck ("terjerat benang layangan", "dibeset benang gelasan"): nobody's hand.
    r"|benang (?:layangan|layang layang|gelasan)"
    # A rider thrown at a horse race, Bima's child jockeys above all ("joki cilik tewas
    # setelah terpental dan jatuh saat latihan").
    r"|joki(?: cilik| anak)?(?: [a-z]+){0,3}? (?:tewas|jatuh|terjatuh|terpental)"
    r"|(?:jatuh|terjatuh|terpental) dari (?:punggung )?kuda) "
)
# The fire of a blast burns ("api yang membakar sebagian dapur"); only people setting
# something alight turn on anyone.
_A_CROWD_TURNS = re.compile(
    r" (?:amuk|diamuk|mengamuk|amukan|massa|dikeroyok|pengeroyokan"
    r"|dibakar (?:warga|massa)|warga membakar"
    r"|bentrok|bentrokan|ricuh|kericuhan|rusuh|kerusuhan|diserang|menyerang) "
)


def _an_accident(scores: dict[str, float], reading: str) -> bool:
    return _a_mishap_told(scores, reading, _AN_ACCIDENT)


def _a_mishap_told(scores: dict[str, float], reading: str, mishap: re.Pattern[str]) -> bool:
    """Whether the lead tells the mishap, no category is named outright and no crowd
    turns on anyone over it."""
    return (
        _none_named_outright(scores)
        and mishap.search(_lead(reading)) is not None
        and _A_CROWD_TURNS.search(reading) is None
    )


# A warehouse, a shop-house, a market or a home on fire told in the lead ("Gudang di
# Sukapura Terbakar", "kebakaran gudang triplek di Cipinang"), whatever started it, unless
# someone set it alight or people are said to be at odds: its damage and its firefighters
# are no conflict's.
_A_BUILDING_ON_FIRE = re.compile(
    r" (?:(?:gudang|pabrik|ruko|kios|toko|pasar|rumah|gedung)(?: [a-z0-9]+){0,4}? terbakar"
    r"|(?:kebakaran|terbakarnya) (?:gudang|pabrik|ruko|kios|toko|pasar|rumah|gedung)) "
)
_SET_ALIGHT = re.compile(
    r" (?:dibakar|membakar|pembakar|pembakaran(?! sampah)|sengaja|pelaku|otk|orang tak dikenal) "
)


def _a_building_on_fire(scores: dict[str, float], reading: str) -> bool:
    return (
        _a_mishap_told(scores, reading, _A_BUILDING_ON_FIRE)
        and _SET_ALIGHT.search(reading) is None
        and _PEOPLE_AT_ODDS.search(reading) is None
    )


_VILLAGE_ELECTION = frozenset(
    ["pilkades", "p2kd", "pemilihan perbekel", "pilwu", "pemilihan kuwu", "pemilihan wali nagari"]
)


# A film's or a series' plot told ("Film yang dibintangi … mengisahkan seorang arsitek
# yang anak dan istrinya dibunuh", "disutradarai", "tayang di bioskop"), or a wayang
# play's on the puppeteer's screen ("dalang Ki Anom", "lakon Baratayuda", "wayang
# kulit"; a riot's "dalang", its mastermind, has no "Ki" after it): its murders and wars
# are the story's, not anyone's. Two of its marks must stand in the text, and a screening
# or a show broken up or a film crew attacked is a signal after all.
_ON_SCREEN = re.compile(
    r" (?:sinopsis|disutradarai|sutradara|dibintangi|pemeran utama|rumah produksi"
    r"|(?:tayang|ditonton|disaksikan) di (?:bioskop|netflix|prime video|disney|layanan"
    r" streaming)|film (?:bertajuk|berjudul"
    r"|horor|thriller|terbaru)|bergenre|genre (?:thriller|horor|drama|aksi)"
    r"|dalang(?: [a-z]+){0,2}? ki|lakon|wayang (?:kulit|golek|orang|purwa)|sinden|pesinden) "
)
_THE_SCREEN_AT_ODDS = re.compile(
    r" (?:pemutaran|nonton bareng|nobar|kru film|lokasi syuting|syuting|pagelaran|pergelaran"
    r"|pentas|pementasan|pertunjukan)(?: [a-z0-9]+){0,6}?"
    r" (?:dibubarkan|dihentikan paksa|dilarang|ditolak|diserang|dianiaya|dikeroyok|diusir) "
    r"| (?:membubarkan|pembubaran|menolak|penolakan) (?:pemutaran|nonton bareng|nobar) "
)


SCREEN_MARKS = 2


def _a_story_on_screen(reading: str) -> bool:
    return (
        _distinct_marks(_ON_SCREEN, reading) >= SCREEN_MARKS
        and _THE_SCREEN_AT_ODDS.search(reading) is None
    )


def _distinct_marks(marks: re.Pattern[str], reading: str) -> int:
    """How many different marks of a kind of text stand in it, each counted once."""
    return len({m.group(0) for m in marks.finditer(reading)})


# A recipe ("8 siung bawang merah", "tumis bumbu halus", "garam secukupnya", "bakar di
# atas bara"): what it burns and cuts is dinner. Three of its marks must stand in the
# text, and no category may be named outright, nor anyone hurt.
_IN_THE_KITCHEN = re.compile(
    r" (?:resep|bumbu (?:halus|olesan|marinasi|ungkep)|marinasi|diungkep|siung|sendok"
    r" (?:makan|teh)|secukupnya|kemiri|lengkuas|serai|daun salam|kecap manis|ketumbar"
    r"|tumis|menumis|bawang (?:merah|putih)) "
)
RECIPE_MARKS = 3


def _a_recipe(reading: str, scores: dict[str, float], counts: dict[str, int | None]) -> bool:
    if not _none_named_outright(scores) or counts["dead"] or counts["injured"]:
        return False
    return _distinct_marks(_IN_THE_KITCHEN, reading) >= RECIPE_MARKS


def _nothing_at_odds_told(
    kind: str, categories: list[str], counts: dict[str, int | None], quarrel: bool
) -> bool:
    """A story that names no category, tells of no quarrel, nobody hurt and no meeting
    (the police posted along a Waisak procession, a festival's lanterns): its "telah" and
    "sudah" tell what was done, not what went wrong. `_categories` already gives such a
    story no category; its kind follows."""
    return (
        not quarrel
        and not categories
        and kind != "meeting"
        and not counts["dead"]
        and not counts["injured"]
    )


def _a_village_election(flags: dict[str, list[str]], text: str) -> bool:
    """Whether the only election the text speaks of is a village head's ("pemilihan
    kepala" is a village's too there, unless it is a "kepala daerah")."""
    said = set(flags.get("election", []))
    if not said & _VILLAGE_ELECTION or not said <= _VILLAGE_ELECTION | _ANY_POLL:
        return False
    return "kepala daerah" not in text.lower()


_ANY_POLL = frozenset(["pemilihan kepala", "tps"])


SURVEYED_STAGES = 4

# "terkait tahapan masa kampanye saat ini", "sudah memasuki masa tenang": the text says
# which stage is under way, whatever other stages it looks ahead to.
_UNDER_WAY = re.compile(
    r"\b(?:tahapan|tahap|masa)(?:\s+\w+){1,3}?\s+(?:saat ini|sekarang"
    r"|(?:yang\s+)?(?:sedang|tengah)\s+berlangsung)\b"
    r"|\b(?:sedang|tengah|kini|telah|sudah)\s+(?:memasuki\s+|menjalani\s+)?(?:tahapan|tahap|masa)"
    r"(?:\s+\w+){1,2}"
)


def _stage_under_way(reading: str, index: CueIndex) -> tuple[str, str] | None:
    """The stage the text says is under way, and the words that say so."""
    if " tahap" not in reading and " masa " not in reading:
        return None  # most texts: a substring test is far cheaper than the pattern
    for statement in _UNDER_WAY.finditer(reading):
        named = index.scan(statement.group()).get("stage", {})
        if len(named) == 1:
            return next(iter(named)), statement.group()
    return None


UNDER_WAY_WEIGHT = 10.0  # outweighs any sum of the stages a text looks ahead to


_ELECTORAL = frozenset(ELECTION_CATEGORIES)


# "Dilaporkan The Independent", "seperti dilaporkan kantor berita Reuters": what the
# press reported, no one reported to the police.
_NOT_BY_THE_PRESS = (
    r"(?! (?:oleh )?(?:the|media|kantor berita|harian|surat kabar|laman|situs|televisi"
    r"|stasiun televisi|reuters|afp|bbc|cnn|associated press)(?= ))"
)


def _tells_a_quarrel(reading: str) -> bool:
    """Whether the story has a word of some conflict (`_A_QUARREL`). A request for
    public records refused and taken to the information commission ("Sengketa Informasi
    Publik", then "Registrasi Sengketa Nomor …") makes every "sengketa" the story says an
    office's paperwork."""
    if " sengketa informasi " in reading:
        reading = reading.replace(" sengketa ", " ")
    return _A_QUARREL.search(reading) is not None


# Words of some conflict, however unnamed its kind: a story with none of them ("setra
# tertimbun pasir", "dilarang kremasi di luar desa", four cemeteries for four deaths) tells
# a custom, not a quarrel. Burning is one only when a crowd does it or machines burn: a
# cremation burns too. A word denied ("tidak ada gugatan yang dilakukan pada hasil
# Pilkades", "tanpa konflik") tells of none.
_THINGS_AT_STAKE = (
    "(?:pasar|ekonomi|perekonomian|usaha|umkm|keberlangsungan|kelangsungan|kelestarian"
    "|ketahanan|kesehatan|produksi|panen|eksistensi|lingkungan)"
)
_TRADES = "(?:usaha|umkm|ekonomi|bisnis|industri|pariwisata|wisata|seni)"
_UNSEEN_THREATS = (
    r"(?:pagebluk|wabah|penyakit|roh|arwah|setan|jin|hantu|makhluk halus|bala|balak|sial"
    r"|kesialan|energi negatif)"
)
_THE_BODY_S = (
    r"(?:kesehatan|kulit|estetika|kecantikan|gizi|pencernaan|jantung|pernapasan|mata"
    r"|tidur|berat badan|rambut)"
)
_A_QUARREL = re.compile(
    r"(?<! tidak ada)(?<! tak ada)(?<! tanpa)(?<! tidak ada lagi)"
    # An official's "konflik kepentingan", a conflict of interest, sets no one at odds.
    r" (?:konflik(?! kepentingan)|sengketa|perselisihan|selisih|bentrok|bentrokan|ricuh"
    r"|kericuhan|rusuh|kerusuhan|ribut|keributan|cekcok|bersitegang|ketegangan|tegang"
    r"|perkelahian|berkelahi"
    r"|tawuran|serang|menyerang|diserang|penyerangan|bacok|dibacok|tusuk|ditusuk|aniaya"
    r"|dianiaya|penganiayaan|keroyok|dikeroyok|pengeroyokan|amuk|amukan|mengamuk|dirusak|perusakan"
    r"|menolak|penolakan|ditolak|protes|memprotes|demo|unjuk rasa|aksi massa|blokade"
    r"|memblokir|disegel|ancam|ancaman|teror|intimidasi|provokasi|provokator|hoaks|hoax"
    # Discounts that "mengancam pasar tradisional" and a "pelaku usaha" threaten and
    # offend no one: a market's worry, a business's owner.
    rf"|mengancam(?! {_THINGS_AT_STAKE})|pelaku(?! {_TRADES})"
    rf"|tersangka|ditangkap|diamankan|dilaporkan{_NOT_BY_THE_PRESS}|melapor|sanksi|dikucilkan"
    r"|diusir|pengusiran"
    # A range's shooting ("lapangan tembak", "jarak tembak", "hasil tembak") is a sport's.
    r"|perang|(?<!lapangan )(?<!jarak )(?<!hasil )(?<!lomba )(?<!latihan )(?<!sasaran )tembak"
    r"|ditembak|penembakan|rawan|kerawanan|gesekan|polemik|kisruh"
    # A body's or a beauty's trouble ("masalah kesehatan", "masalah kulit") is no one's
    # quarrel.
    rf"|masalah(?! {_THE_BODY_S})"
    r"|menuntut|tuntutan|mogok|phk|menggugat|gugatan|keberatan|pelanggaran|melanggar"
    # A rite that drives out a plague or spirits ("Ritual Mengusir Pagebluk") sends
    # no one away.
    rf"|mengusir(?! {_UNSEEN_THREATS})|usir|menyimpang|curang|kecurangan|resah|meresahkan"
    r"|terancam|antisipasi"
    r"|menggeruduk|memanas|ngotot|tidak puas|pemalangan|dipalang|memalang|ganti rugi"
    r"|mengklaim menang|mengklaim kemenangan|klaim menang|klaim kemenangan|lecehkan"
    r"|melecehkan|pelecehan|menodai|penodaan|tak senonoh|tidak senonoh|tidak terpuji"
    r"|dibakar (?:oleh )?(?:massa|warga|nelayan)|kemarahan|murka|saling dorong|dorong dorongan"
    r"|lempar lemparan|kekerasan|menjarah|dijarah|penjarahan"
    # "Tujuannya untuk memukul para pesaing": undercutting rivals, not a blow.
    r"|memukul(?! (?:para )?(?:pesaing|kompetitor))|pukulan"
    # A gathering broken up ("Polisi membubarkan … deklarasi"), not a crowd going home.
    r"|(?:membubarkan|dibubarkan|pembubaran)(?! diri)"
    r"|(?:membakar|pembakaran)(?: [a-z0-9]+){0,2} (?:alat|ekskavator|eskavator)"
    # Fishers who seize a boat from elsewhere themselves ("Nelayan Kepulauan Masalembu
    # Tangkap Kapal Cantrang").
    r"|nelayan(?: [a-z]+){0,3} (?:tangkap|menangkap|mengamankan|sandera|menyandera) kapal"
    # Islanders asking that a company's dredging stop ("Warga pun kini kembali meminta
    # agar aktivitas proyek dihentikan"): a demand made of someone.
    r"|(?:meminta|mendesak) agar(?: [a-z]+){1,4} (?:dihentikan|distop|dicabut))(?= )"
)


def _categories(
    lexicon: dict[str, float],
    model: dict[str, float],
    kinds: dict[str, float],
    routine: bool = False,
    story: bool = False,
    faint: frozenset[str] = frozenset(),
    quarrel: bool = True,
) -> list[str]:
    """Cues that fired, or what the model is confident of; strongest first. A text
    that reads as routine news (a ceremony, a training, a repair finished) gets no
    category from the model's guesswork alone. Nor does a whole news story: among
    many words the model always finds a faint likeness, so a story whose cues do not
    add up takes the category of its strongest cue, and with no cue at all it is
    `other` (a clash between villages, a rakor about conflict in general) when it tells
    of some quarrel at all: a village's funeral customs told are none. Nor do a
    story's faint words, however many ("konvoi", "simpatisan", "pendukung" in a story of
    a noisy convoy), name a category without one word that could name it alone."""
    chosen = {
        c for c, s in lexicon.items() if s >= CATEGORY_THRESHOLD and not (story and c in faint)
    }
    chosen |= {c for c, p in model.items() if p >= MODEL_CATEGORY_CONFIDENCE}
    if HOAX in chosen:
        # What a hoax claims ("tujuh kontainer surat suara tercoblos") is its subject,
        # not a logistics or voter-list problem that happened.
        chosen -= {c for c in PROCEDURAL if model.get(c, 0.0) < MODEL_CATEGORY_CONFIDENCE}
    # A category the text's own words rule out ("lahan parkir", "lahan penguasaan": a
    # turf, not land) is no guess to fall back on.
    model = {c: p for c, p in model.items() if lexicon.get(c, 0.0) >= 0.0}
    if not chosen and model:
        # Nothing certain: the model's best guess beats "other" when it is a real
        # contender, or when the text reads as a signal at all (one-vs-rest scores run
        # low for wordings unlike any example of their category).
        best = max(model, key=lambda c: model[c])
        contender = model[best] >= MODEL_FALLBACK_CONFIDENCE and (
            lexicon.get(best, 0) > 0 or model[best] >= 0.3
        )
        reads_as_signal = kinds.get("none", 1.0) < NOT_A_SIGNAL and not routine
        if contender:
            chosen = {best}
        elif story and reads_as_signal:
            cued = [c for c, s in lexicon.items() if s >= STORY_CUE and c not in faint]
            if cued:
                chosen = {max(cued, key=lambda c: lexicon[c] + model.get(c, 0.0))}
            elif quarrel:
                chosen = {OTHER}
        elif reads_as_signal:
            chosen = {best}
    if len(chosen) > 1:
        chosen.discard(OTHER)  # "other" is what none of the named categories covers
    if chosen & GROUP_CONFLICTS or TERROR in chosen:
        # The taxonomy's violent crime is the one without a group-conflict dimension: a
        # beating between banjar or camps is their conflict's, not a crime apart; and
        # farmers killed by a terror cell are its terror.
        chosen.discard(CRIME)
    return sorted(chosen, key=lambda c: -(lexicon.get(c, 0.0) + model.get(c, 0.0)))


def _faint(cues: dict[str, list[str]]) -> frozenset[str]:
    """Categories named only by words too faint to name one on their own, however often
    a story repeats them: "cooling system baik di media sosial" twice is no hoax."""
    return frozenset(label for label in cues if _faintly_named(label, cues))


def _weakly_named(cues: dict[str, list[str]]) -> frozenset[str]:
    """In a story that tells of no quarrel, categories named only by repeating words
    that could not name one once ("Pura Agung Jagat Natha" where an ogoh-ogoh parade
    starts, and the pura again): the places and people of a festival, not a conflict."""
    return frozenset(label for label in cues if all(_weak(label, p) for p in cues[label]))


def _weak(label: str, phrase: str) -> bool:
    # A pattern's match is no lexicon word (its weight reads 0): it named the category
    # outright.
    weight = CueIndex.weight("category", label, phrase)
    return 0.0 < weight < CATEGORY_THRESHOLD


def _faintly_named(label: str, cues: dict[str, list[str]]) -> bool:
    return label in cues and all(
        CueIndex.weight("category", label, p) < STORY_CUE for p in cues[label]
    )


_PASSIVE = re.compile(r"\bdi[a-z]{4,}(?:kan|i)?\b")
# Passive forms that speak of what may come, not of what was done.
_NOT_DONE = frozenset(
    [
        "dikhawatirkan",
        "diperkirakan",
        "direncanakan",
        "dijadwalkan",
        "diduga",
        "diharapkan",
        "diimbau",
        "dihimbau",
        "diminta",
        "dimohon",
        "diantisipasi",
        "diwaspadai",
        "dipantau",
        "diprediksi",
        "disinyalir",
        "diisukan",
        "dikabarkan",
        "digelar",
        "diadakan",
        "dibahas",
        "dihadiri",
        "dijanjikan",
        "diingatkan",
        "dipertemukan",
        "dimediasi",
        "dilarang",
    ]
)


# After these, an act is what may, must or could happen, or did not, or is only
# suspected ("mau dikumpulkan", "belum dibagi", "seolah dirusak", "sulit dijangkau",
# "diduga terlibat").
_MODALS = frozenset(
    [
        "akan",
        "mau",
        "bakal",
        "hendak",
        "khawatir",
        "rencana",
        "berencana",
        "siap",
        "bisa",
        "belum",
        "tidak",
        # "Bukan hanya turun ke jalan, mereka juga akan …": not (yet) done either.
        "bukan",
        "tanpa",  # "akan berlangsung damai tanpa ada kericuhan"
        # What may happen: "sangat mungkin terjadi", "potensi terjadinya konflik", "desa
        # rawan terjadi bentrok".
        "mungkin",
        "kemungkinan",
        "potensi",
        "berpotensi",
        "rawan",
        "jangan",
        "bila",
        "kalau",
        "jika",
        "apabila",
        "agar",
        "supaya",
        "seolah",
        "untuk",
        "sulit",
        "mudah",
        "dapat",
        "perlu",
        "harus",
        "wajib",
        "diduga",
        "ditengarai",
        "disinyalir",
        "konon",
        # "TPS yang pernah terjadi konflik": a history that marks a place as prone, not
        # the story's own event.
        "pernah",
        # What is anticipated, watched for or prevented has not happened.
        "mengantisipasi",
        "antisipasi",
        "mewaspadai",
        "waspadai",
        "mencegah",
        "cegah",
        "menangkal",
        "memerangi",
    ]
)
MODAL_REACH = 3


_ACTIVE = re.compile(r"me(?:m|n|ng|ny)?[a-z]{3,}(?:kan|i)")
# Active forms that say, ask, plan or attend rather than do.
_NOT_AN_ACT = frozenset(
    [
        "mengatakan",
        "menyatakan",
        "menjelaskan",
        "menegaskan",
        "menyampaikan",
        "mengungkapkan",
        "menyebutkan",
        "menambahkan",
        "mengakui",
        "mengenai",
        "memiliki",
        "mengikuti",
        "menghadiri",
        "mengimbau",
        "menghimbau",
        "mengingatkan",
        "mengharapkan",
        "menginginkan",
        "mengantisipasi",
        "mewaspadai",
        "menyiagakan",
        "mengkhawatirkan",
        "merencanakan",
        "menjadwalkan",
        "mengajukan",
        "mengusulkan",
        "menyarankan",
        "memastikan",
        "mempertemukan",
        "menyepakati",
        "menandatangani",
        "mengoordinasikan",
        "mengkoordinasikan",
        "memberikan",
        "mendukung",
        "menghormati",
        "menjaga",
        "menyukseskan",
        "melaksanakan",
        "menyosialisasikan",
        "mensosialisasikan",
        "melakukan",
        "mendapatkan",
        "menunjukkan",
        "menggunakan",
        "membutuhkan",
        "menyikapi",
        "menanggapi",
        "mengupayakan",
        "menghindari",
        "mencegah",
        "melibatkan",
        "menyangkut",
    ]
)
PASSIVE_WEIGHT, ACTIVE_WEIGHT, ACTS_CAP = 0.3, 0.15, 0.9


def _kind_scores(
    reading: str, found: dict[str, dict[str, int]], index: CueIndex
) -> tuple[dict[str, float], dict[str, list[str]]]:
    """Kind cues of a text; act cues only where no modal, negation or condition governs
    them, plus the acts its verbs report."""
    realis = _realis(_without_backstory(reading))
    if any(call in found.get("threat", {}) for call in lexicon.CALLS) and _calls_to_act(reading):
        realis = _without_findings(realis)
    kinds = {label: phrases for label, phrases in found.items() if label != "incident"}
    if acts := index.scan(realis)["kind"].get("incident"):
        kinds["incident"] = acts
    scores, cues = _scores(kinds, "kind")
    scores["incident"] = (
        scores.get("incident", 0.0) + _acts(realis) + _refusals(reading) + _crowds_came(realis)
    )
    tension = [p for p in cues.get("threat", []) if p in lexicon.TENSION]
    if tension and scores["incident"] > 0:
        scores["threat"] -= sum(
            CueIndex.weight("kind", "threat", p) * min(kinds["threat"][p], 2) for p in tension
        )
    return scores, cues


# Finding words only: "terjadi" tells an act whatever call is named beside it.
_FINDING = re.compile(rf" (?:{'|'.join(f for f in lexicon.FINDINGS if f != 'terjadi')})(?= )")


# Parents who bring their children along ("orang tua yang mengajak anaknya") call
# nobody to act.
_BRINGING_ONE_S_OWN = re.compile(
    rf" (?:mengajak|ngajak) (?:{'|'.join(lexicon.BROUGHT_ALONG)})(?= )"
)
_A_CALL = re.compile(rf" (?:{'|'.join(lexicon.CALLS)}) ")


def _calls_to_act(reading: str) -> bool:
    return _A_CALL.search(_BRINGING_ONE_S_OWN.sub(" _", reading)) is not None


def _without_findings(realis: str) -> str:
    """A call to act found ("selebaran ajakan jihad ditemukan") warns of the act it
    calls for: finding it is no act of the event."""
    return _FINDING.sub(" _", realis)


def _kind_evidence(
    reading: str, found: dict[str, dict[str, int]], index: CueIndex
) -> tuple[dict[str, float], dict[str, list[str]]]:
    """A news story tells its event in the lead, and its later paragraphs carry the
    responses (appeals, patrols, plans) that would otherwise outvote it: in an article
    the lead's cues count twice."""
    pressed = _pressed_under_threat(reading)
    if pressed:
        # The threat words of the pressing are its own ("mengancam akan … jika tidak
        # memilih"), no warning of something to come.
        reading = _PRESSED.sub(" _ ", reading)
        found = index.scan(reading).get("kind", {})
    scores, cues = _kind_scores(reading, found, index)
    scores["incident"] += pressed
    if len(reading) >= STORY_CHARS:
        lead = _lead(reading)
        lead_scores, _ = _kind_scores(lead, index.scan(lead).get("kind", {}), index)
        for label, value in lead_scores.items():
            scores[label] = scores.get(label, 0.0) + value
    return scores, cues


# The kind cues, the appeal, the arrest and the finding each read the same text and
# its lead: the blanking is done once per text.
@lru_cache(maxsize=8)
def _realis(reading: str) -> str:
    """The text with the few words after a modal, negation or condition blanked out:
    "siap menolak hasil", "belum dibagi" and "seolah dirusak" are not acts done."""
    words, blocked = reading.split(" "), 0
    for position, word in enumerate(words):
        if word in _MODALS and not _names_a_candidate(words, position):
            blocked = MODAL_REACH
        elif blocked and word:
            blocked -= 1
            words[position] = "_"
    return " ".join(words)


# "Terduga pencuri yang sudah ditangkap": a clause that tells who someone is by what
# was done to them before tells no act of the text's own event.
_BACKSTORY = re.compile(r" yang (?:sudah|telah|pernah) [a-z]+")


def _without_backstory(reading: str) -> str:
    if " yang " not in reading:
        return reading
    return _BACKSTORY.sub(" yang _ _", reading)


def _says_any(text: str, fragments: Iterable[str]) -> bool:
    """Whether any fragment occurs in the text at all: a substring test that gates a
    pattern's costlier scan."""
    return any(fragment in text for fragment in fragments)


def _says(text: str, phrases: Iterable[str]) -> bool:
    """Whether the folded text holds any of the phrases as whole words."""
    return any(f" {phrase} " in text for phrase in phrases)


def _names_a_candidate(words: list[str], position: int) -> bool:
    """ "Bakal calon" is a prospective candidate: "bakal" is no modal there."""
    following = words[position + 1] if position + 1 < len(words) else ""
    return words[position] == "bakal" and following in ("calon", "pasangan", "paslon")


def _acts(realis: str) -> float:
    """Indonesian reports an act done with the di- passive (dibakar, dihadang) or an
    active me-…-kan/-i verb (merobohkan, menduduki): each is a little evidence that
    something happened, unless the verb only says, asks or plans."""
    weight = 0.0
    for word in realis.split():
        weight += _act_weight(word)
        if weight >= ACTS_CAP:
            return ACTS_CAP
    return weight


# A story says the same verbs again and again, and so do the stories after it.
@lru_cache(maxsize=65536)
def _act_weight(word: str) -> float:
    if _PASSIVE.fullmatch(word) and word not in _NOT_DONE:
        return PASSIVE_WEIGHT
    if _ACTIVE.fullmatch(word) and word not in _NOT_AN_ACT:
        return ACTIVE_WEIGHT
    return 0.0


# "Tidak mau tanda tangan" is a refusal made, not a wish: the modal reading would
# blank it. Unless a condition governs it ("kalau tidak mau").
_REFUSAL = re.compile(
    r"(?<!kalau )(?<!jika )(?<!bila )(?<!apabila )\b(?:tidak|tak) (?:mau|bersedia)\b"
)
REFUSAL_WEIGHT = 0.4  # as much as "menolak"


def _crowds_came(realis: str) -> float:
    """A crowd come to a door ("puluhan warga … mendatangi pabrik kelapa sawit") has
    acted, whatever it then threatens; the police calling on elders have not."""
    if "datang" not in realis and "serbu" not in realis:
        return 0.0
    return CROWD_CAME_WEIGHT if _A_CROWD_CAME.search(realis) else 0.0


CROWD_CAME_WEIGHT = 1.0

# Voters threatened over their vote ("diancam akan dicoret dari penerima PKH jika tidak
# memilih" the official's candidate), traders over a thug's levy ("memaksa pedagang
# membayar … jika tidak membayar akan memutus listrik"): the pressing is done, whatever
# it promises.
_PRESSED = re.compile(
    r" (?:diancam|mengancam|ancam|ancaman|memaksa|dipaksa)(?: [a-z0-9_]+){0,12}?"
    r" (?:jika|kalau|bila|apabila) (?:tidak|tak|tdk) (?:memilih|mencoblos|coblos|nyoblos"
    r"|mendukung|memenangkan|membayar|bayar|memberi|memberikan|menyetor) "
)
PRESSED_WEIGHT = 1.0


def _pressed_under_threat(reading: str) -> float:
    if "ancam" not in reading and "aksa" not in reading:  # (di)paksa, memaksa
        return 0.0  # nearly always
    return PRESSED_WEIGHT * min(len(_PRESSED.findall(reading)), 2)


def _refusals(reading: str) -> float:
    if " mau " not in reading and " bersedia " not in reading:
        return 0.0
    return REFUSAL_WEIGHT if _REFUSAL.search(reading) else 0.0


# A "TPS" that the story spells out as a trash depot ("Tempat Pembuangan Sampah
# Sementara", "TPS sampah", "TPS liar", "TPS 3R") is no polling station, unless the
# story is about a vote after all.
_TRASH_DEPOT = re.compile(
    r" (?:tempat pembuangan sampah sementara|tempat penampungan sampah sementara"
    r"|tps (?:sampah|liar|3r|terpadu)) "
)
_A_VOTE = re.compile(r" (?:pemilu|pilkada|pilkades|pemungutan suara|kpps|surat suara|mencoblos) ")


def _trash_depots_renamed(reading: str) -> str:
    """A "TPS" in a story of rubbish and its landfill ("TPS Baktijaya … TPA Cipayung
    sering longsor"), or spelt out as a depot, is the rubbish's, not a polling station,
    unless a vote is told."""
    landfill = " tpa " in reading and " sampah " in reading
    if (_TRASH_DEPOT.search(reading) is None and not landfill) or _A_VOTE.search(reading):
        return reading
    return reading.replace(" tps ", " depo sampah ")


# Jakarta's city agencies work through a "Suku Dinas" in each city ("Suku Dinas
# Penanggulangan Kebakaran Jakarta Timur"): an office, not an ethnic group ("suku"), and
# after the wire's "(ANTARA) -" no "antara suku" either. The newsrooms' short form takes
# its place.
def _offices_renamed(reading: str) -> str:
    if " suku dinas " not in reading:
        return reading
    return reading.replace(" suku dinas ", " sudin ")


LEAD_CHARS = 300
STORY_CHARS = 450  # a lead and then some: the lead's kind cues count twice
ARTICLE_CHARS = 600


def _lead(reading: str) -> str:
    """A story's first whole words, up to LEAD_CHARS; a text shorter than a story is
    all lead."""
    if len(reading) < STORY_CHARS:
        return reading
    return reading[:LEAD_CHARS].rsplit(" ", 1)[0] + " "


NO_CASUALTIES: dict[str, int | None] = {"injured": None, "dead": None}
# "Warga dua desa … yang bentrok … hingga menewaskan satu orang pemuda, akhirnya sepakat
# untuk melakukan perdamaian": the lead's news is the peace made.
_RECONCILED = re.compile(
    r" (?:akhirnya|kini|telah|sudah|resmi) (?:sepakat (?:untuk )?)?(?:berdamai|melakukan "
    r"perdamaian|menandatangani (?:surat |kesepakatan |perjanjian )?(?:perdamaian|damai)) "
    # Two sides handing their weapons in after a peace pact ("menyerahkan ratusan senjata
    # tajam … ke Polresta", "tindaklanjut kesepakatan damai").
    r"| (?:menyerahkan|penyerahan)(?: [a-z0-9]+){0,2}? senjata "
    r"| tindak ?lanjut kesepakatan damai "
    # A peace rite ("Upacara mendamaikan perang suku", "ritual adat bakar batu mengakhiri
    # perang suku oleh kubu …", "menggelar upacara bakar batu sebagai tanda perdamaian").
    r"| (?:upacara|ritual|prosesi)(?: adat)? (?:perdamaian|mendamaikan|bakar batu) "
    r"| (?:mengakhiri|akhiri|sudahi|menyudahi|diakhiri) (?:perang|pertikaian|permusuhan"
    r"|konflik) "
)


# "Ratusan pengungsi Syiah … akhirnya kembali ke Sampang", "Setelah diungsikan sejak
# tahun 2013 … dipulangkan ke kampung halamannya": the displaced brought home, the end of
# a conflict's settlement.
_REFUGEES_HOME = re.compile(
    r" (?:pengungsi|diungsikan|mengungsi)(?: [a-z0-9_]+){0,25}? (?:akhirnya )?"
    r"(?:kembali|pulang|dipulangkan) ke "
)


# The law's recovery after a conflict (UU 7/2012: rehabilitation and reconstruction):
# houses rebuilt and public works repaired ("rekonstruksi 12 unit rumah pascakonflik",
# "pemerintah akan mengutamakan proses rehabilitasi terhadap wilayah konflik").
_RECOVERY = re.compile(
    r" (?:rekonstruksi|rehabilitasi|pemulihan|membangun kembali|perbaikan)(?: [a-z0-9_]+){0,5}?"
    r" (?:pascakonflik|pasca konflik|wilayah konflik|daerah konflik|korban konflik"
    r"|terdampak konflik|akibat konflik) "
    r"| (?:rumah|hunian) (?:khusus )?(?:pascakonflik|korban konflik) "
)


def _leads_with_a_reconciliation(reading: str) -> bool:
    lead = _lead(reading)
    return any(p.search(lead) is not None for p in (_RECONCILED, _REFUGEES_HOME, _RECOVERY))


def _reports_a_meeting(
    folded: str,
    index: CueIndex,
    counts: dict[str, int | None],
    ignore: Sequence[str] = (),
) -> bool:
    """An article whose lead is about a coordination meeting (a rakor, an audience, a
    pact signed) is a meeting report, whatever risks it goes on to discuss."""
    if len(folded) < ARTICLE_CHARS or counts["dead"] or counts["injured"]:
        return False
    if _ENDED_IN_UNREST.search(_lead(folded)):
        return False  # "paruman … berakhir ricuh": what the meeting came to is the news
    if _STORMED.search(_lead(folded)):
        return False  # a crowd storming an office or rallying, then heard, protested
    told_now = _MEDIATED_BEFORE.sub(" _ ", _SAID_AT_A_MEETING.sub(" _ ", _lead(folded)))
    lead = index.scan(told_now).get("kind", {})
    said = {p: n for p, n in lead.get("meeting", {}).items() if p not in ignore}
    meeting, _ = _scores({"meeting": said}, "kind")
    return meeting.get("meeting", 0.0) >= 1.0


def _without_meetings_spoken_at(
    reading: str, found: dict[str, dict[str, dict[str, int]]], index: CueIndex
) -> tuple[str, dict[str, dict[str, int]]]:
    """The reading and its kind cues, less the meetings named only as where a speaker
    spoke: the text is read again only when it names one, which is seldom."""
    if not _SAID_AT_A_MEETING.search(reading):
        return reading, found.get("kind", {})
    spoken = _SAID_AT_A_MEETING.sub(" _", reading)
    return spoken, index.scan(spoken).get("kind", {})


# "ujar Dian dalam rapat koordinasi (rakor) Pilgub Bali": the meeting where a speaker
# said what the story reports, not the story's subject.
_SAID_AT_A_MEETING = re.compile(
    r" (?:ujar|kata|katanya|ucap|ungkap|ungkapnya|jelas|jelasnya|tegas|tegasnya|terang"
    r"|terangnya|tutur|papar|imbuh)(?: [a-z0-9_]+){0,3}? (?:dalam|saat|ketika|pada|usai"
    r"|seusai) (?:rapat koordinasi|rakor|rapat)(?: rakor)?(?= )"
)


# "Permasalahannya dari dulu, sudah sempat beberapa kali dimediasi dan ada kesepakatan":
# mediations that came before the news are its backstory, most often of their failure.
_MEDIATED_BEFORE = re.compile(
    r" (?:sudah|pernah|telah)(?: sempat)?(?: beberapa kali| berkali kali| dua kali| tiga kali)?"
    r" (?:dimediasi|dilakukan mediasi|melakukan mediasi|mediasi)(?: dan ada kesepakatan)?(?= )"
)


# "Kasus Kericuhan Paruman Agung Desa Bugbug", "paruman … yang sempat memanas": the
# assembly is where the trouble broke out.
_ENDED_IN_UNREST = re.compile(
    r" (?:berakhir|berujung|diwarnai) (?:ricuh|kericuhan|bentrok|keributan) "
    r"| (?:kericuhan|keributan) (?:dalam |saat |pada |di )?(?:paruman|rapat|musyawarah) "
    r"| yang sempat (?:memanas|ricuh) "
)


# "Ratusan warga … menggeruduk kantor desa", "warga serbu kantor Kades"; "Mereka
# berorasi sebelum akhirnya ditemui Bupati … untuk audiensi": the rally came first.
# "Polisi membubarkan secara paksa … Acara Deklarasi": the gathering was broken up.
_STORMED = re.compile(
    r" (?:menggeruduk|digeruduk|geruduk|menyerbu|serbu|mengepung|berorasi|berunjuk rasa"
    r"|membubarkan|dibubarkan|pembubaran)(?! diri) "
)


_CONTENT = "|".join(lexicon.CONTENT_WORDS)
_CIRCULATES = "|".join(lexicon.CIRCULATION_WORDS)
_CIRCULATING = re.compile(
    rf" (?:{_CONTENT})(?: [a-z0-9_]+){{0,12}}? (?:{_CIRCULATES}) "
    rf"| (?:{_CIRCULATES})(?: [a-z0-9_]+){{0,12}}? (?:{_CONTENT}) "
)


def _tells_circulation(reading: str) -> bool:
    """The lead tells of false or hateful content circulating ("beredar selebaran hoaks",
    "hoax hitung cepat masih beredar"), not only warns of it. Its circulation named as a
    fact ("agar tidak terprovokasi atas beredarnya unggahan … SARA") stands whatever
    negation comes before it."""
    lead = _lead(reading)
    return (
        _CIRCULATING.search(_realis(lead)) is not None
        or _CIRCULATION_NAMED.search(lead) is not None
    )


_CIRCULATION_NAMED = re.compile(
    rf" (?:beredarnya|tersebarnya|menyebarnya|viralnya)(?: [a-z0-9_]+){{0,3}}? (?:{_CONTENT}) "
)


def _leads_with_an_arrest(reading: str) -> bool:
    """A story whose lead reports people arrested tells that act, not the plans that
    got them arrested. A short message naming an arrest may still warn of what comes
    next ("warga mengancam menghakimi pencuri yang sudah ditangkap")."""
    if len(reading) < STORY_CHARS:
        return False
    lead = _realis(_lead(reading))
    return _says(lead, lexicon.ARRESTS) or _DETAINED.search(lead) is not None


# Youths or a crowd taken in or broken up by the police before the fight they had set
# ("mengamankan 18 remaja yang diduga akan melakukan aksi perang sarung", "membubarkan
# puluhan remaja … yang hendak berperang sarung"): the police's act is the news.
_DETAINED = re.compile(
    r" (?:mengamankan|menggiring|membubarkan)(?: [a-z0-9_]+){0,2}? (?:remaja|pemuda|pelajar"
    r"|abg|anak anak|pelaku|orang|warga|massa) "
)


def _leads_with_an_appeal(reading: str, index: CueIndex) -> bool:
    """The lead is an agency's warning or appeal and tells of no act done: a threat,
    whatever procedural pasts follow it."""
    lead = _lead(reading)
    if not _says(lead, lexicon.APPEALS):
        return False
    acts = index.scan(_realis(lead)).get("kind", {}).get("incident", {})
    return not any(CueIndex.weight("kind", "incident", p) >= lexicon.STRONG_ACT for p in acts)


def _only_suspected(reading: str, index: CueIndex) -> bool:
    """People only suspected ("gerak-geriknya mencurigakan", "diduga sebagai penyusup"),
    found, checked, reported or sent home, with nothing told done by them or to them:
    a suspicion, which the convention calls a threat. Taken in by the police or the
    villagers, they are the news."""
    if not _says(reading, lexicon.SUSPICIONS):
        return False
    realis = _realis(reading)
    if _says(realis, lexicon.ARRESTS) or _DETAINED.search(realis) is not None:
        return False
    acts = index.scan(realis).get("kind", {}).get("incident", {})
    return not any(CueIndex.weight("kind", "incident", p) >= lexicon.STRONG_ACT for p in acts)


# "Kasus Gangguan Kamtibmas Turun Signifikan", "tren gangguan keamanan … terjadi
# penurunan hingga 16 persen", "penurunan signifikan dalam angka kriminalitas".
_CRIME = r"(?:gangguan kamtibmas|gangguan keamanan|kejahatan|kriminalitas|tindak pidana)"
_A_CRIME_TREND = re.compile(
    rf" {_CRIME}(?: [a-z0-9_]+){{0,8}}? (?:turun|menurun|penurunan|naik|meningkat|peningkatan) "
    rf"| (?:penurunan|peningkatan|tren)(?: [a-z0-9_]+){{0,4}}? {_CRIME} "
)


def _crime_figures(text: str, reading: str, categories: list[str]) -> bool:
    """The police's tally of crime, up or down on last week or last year, with its
    percentages: a report of figures, no event, whatever crimes and casualties it
    counts."""
    return (
        set(categories) <= {OTHER, CRIME, BRAWL}
        and _counts_percentages(text, reading)
        and _A_CRIME_TREND.search(_lead(reading)) is not None
    )


# A pollster's figures ("Survei: Elektabilitas Pejawat … Masih Unggul", "selisih … 11,8
# persen", "margin of error"): a race measured, no conflict, however its leads and gaps
# are told.
_A_POLL = re.compile(r" (?:elektabilitas|survei) ")


def _pollsters_figures(text: str, reading: str, categories: list[str]) -> bool:
    return (
        set(categories) <= {OTHER}
        and _counts_percentages(text, reading)
        and _A_POLL.search(_lead(reading)) is not None
    )


# An election's votes told candidate by candidate ("meraih 1.479 suara", "dengan
# perolehan 825 suara"): a result announced, whoever lost, unless the story tells of
# something gone wrong or names a category of its own.
_VOTES_COUNTED = re.compile(r" \d{1,3}(?: \d{3})* suara ")
TALLIES_OF_A_RESULT = 3


def _a_tally_told(
    reading: str, categories: list[str], electoral: bool, flags: dict[str, list[str]]
) -> bool:
    return (
        electoral
        and set(categories) <= {OTHER}
        and len(_VOTES_COUNTED.findall(reading)) >= TALLIES_OF_A_RESULT
        and not _goes_wrong(reading, flags)
    )


def _counts_percentages(text: str, reading: str) -> bool:
    return " persen " in reading or "%" in text


# Wild animals at odds with villagers ("Kawanan Gajah … Merusak Ladang", "konflik antara
# manusia dan gajah liar"), in a story the conservation service speaks in, or a villager
# a crocodile took ("diterkam buaya") and the rescuers searching the river: no quarrel
# between people. A tiger trawl ("pukat harimau") and Gajah Mada are no animals.
_WILD_ANIMAL = re.compile(
    r" (?:gajah(?! mada| mungkur)|(?<!pukat )harimau|buaya|beruang|babi hutan|orang ?utan) "
)
_WARDENS_OR_RESCUERS = re.compile(
    rf" (?:bksda|satwa|liar|taman nasional|konservasi|diterkam|terkaman|dimangsa|pawang"
    rf"|{_RESCUERS}) "
)


# A dog with rabies biting villagers ("Digigit Anjing Rabies", "riwayat digigit hewan
# penular rabies"), a python caught in the gardens or a fishpond ("Warga di Klaten
# Temukan Piton 4 Meter"), wasps or bees from a nest by a house ("Tawon Vespa di
# Sidoarjo Tewaskan 2 Warga"), a cobra's brood hatched in a house and taken away by
# the fire brigade ("anakan ular kobra", "ular berbisa"), or monkeys come down to the
# houses for food, biting children ("Monyet Liar Teror dan Serang Warga"): an animal's
# case, however many it bit, stung or swallowed. So is a sacrificial cow that broke
# loose at the slaughter ("Sapi Kurban yang Siap Disembelih Mengamuk", "diseruduk
# sapi"), read with the ceremonies below.
_LIVESTOCK = r"(?:sapi|kerbau|banteng|kambing|hewan kurban)"
# The beast itself runs amok: a crowd or a thief between it and the verb ("sapi curian,
# warga mengamuk") is people's fury, not the animal's.
_ITS_OWN_WORDS = r"(?: (?!warga|massa|pencuri|maling|curian)[a-z]+){0,4}?"
# A whale or a dolphin washed up dead, its meat cut up by the crowd ("Warga Serbu Bangkai
# Paus yang Terdampar", "berebut memotong tubuh ikan paus"), even one a hunter shot, or
# Lamalera's whale hunt, whose lamafa "menikam" and "menombak" the whale.
_A_WHALE_S_CASE = (
    r"paus terdampar|bangkai paus|ikan paus|hiu paus|paus sperma|lumba lumba terdampar"
    r"|(?:berburu|memburu|perburuan|pemburu|menikam|menombak|menangkap|penangkapan) paus"
    r"|lamafa"
)
_AN_ANIMAL_S_CASE = re.compile(
    r" (?:rabies|piton|sanca|kobra|ular berbisa|tawon|lebah|monyet|kera|beruk"
    rf"|{_A_WHALE_S_CASE}) "
)
# A beast's charge is read as a ceremony's (`_CEREMONIES`): the mosque where the
# sacrifice is slaughtered names no faith at odds, and only people at blows over it
# make a signal.
_LIVESTOCK_AMOK = re.compile(
    rf" (?:{_LIVESTOCK}{_ITS_OWN_WORDS} (?:mengamuk|ngamuk|menyeruduk|seruduk)"
    rf"|(?:diseruduk|amukan) {_LIVESTOCK}) "
)


def _wildlife_at_odds(reading: str, categories: list[str]) -> bool:
    """Elephants trampling gardens, a tiger at the edge of a village, a crocodile taking
    a fisher, and the rangers or rescuers who follow, or a rabid dog's bites, a python
    or a cobra caught, wasps stinging, monkeys biting, a whale washed up or hunted told
    in the lead: a conflict the taxonomy does not count, unless the villagers turn on
    people (a protest, a clash) over it."""
    if not set(categories) <= {OTHER, CRIME, LAND, BRAWL}:
        return False
    lead = _lead(reading)
    return _AN_ANIMAL_S_CASE.search(lead) is not None or (
        _WILD_ANIMAL.search(lead) is not None and _WARDENS_OR_RESCUERS.search(reading) is not None
    )


# Touts at a licensing office caught or chased off ("Berantas Calo SIM", "menciduk enam
# pria diduga calo"): a petty fraud on applicants that the police deal with, unless
# someone is beaten or people come to blows over it.
_TOUTS = re.compile(
    r" (?:percaloan|praktik calo|diduga calo|calo(?: pembuatan| pengurusan)?"
    r" (?:sim|stnk|bpkb|paspor|tiket|cpns|ktp)) "
)


# A graft case told in the lead ("tersangka dugaan korupsi dana desa", "kerugian
# negara"): the prosecutors' arrests and charges are the law's course, not a conflict,
# unless the village takes to the street over it (a protest is then named).
_GRAFT = re.compile(
    r" (?:korupsi|tipikor|kerugian negara|kerugian keuangan negara|penyelewengan dana"
    r"|penyalahgunaan dana|penyalahgunaan anggaran"
    # Petty graft and the sting that catches it ("Saber Pungli Tangkap Tangan Honorer
    # Dishub", "operasi tangkap tangan").
    r"|pungli|pungutan liar|operasi tangkap tangan|ott) "
)


# Counterfeit notes passed or seized ("peredaran uang palsu", "upal pecahan Rp50 ribu"),
# or savers swindled ("penipuan investasi", "arisan bodong", "skema ponzi"): the victims'
# loss and the police's case, not a conflict, unless someone turns on the swindler.
_SWINDLED = re.compile(
    r" (?:upal|pemalsuan uang|uang(?: [a-z]+){0,6}? palsu|penipuan|investasi bodong"
    r"|investasi ilegal|arisan bodong|skema ponzi|online scamming) "
)


# Online lenders' collectors and their terror of messages ("teror pinjol ilegal",
# "penagih mengancam akan menyebarkan identitas"): a borrower's, or a stranger's whose
# data leaked, ordeal with a lender, for the financial regulator and the cyber police,
# unless someone is beaten, killed or the victims take to the street.
_ONLINE_LENDERS = re.compile(r" (?:pinjol|pinjaman online|pinjaman daring)(?= )")


# Goods, wildlife, timber or people smuggled and the smugglers caught ("Penyelundupan
# Benih Lobster … Digagalkan", "tersangka TPPO", "pekerja migran ilegal", "truk kayu hasil
# pembalakan liar"), fuel hoarded, or sex sold: the customs', the foresters', the police's
# or the Satpol PP's case, not a conflict, unless the smugglers resist or someone turns
# on them.
_CONTRABAND = re.compile(
    r" (?:penyelundupan|menyelundupkan|diselundupkan|selundupan|penyelundup|tppo"
    # Lobster seed leaves the country only smuggled, whether or not the lead says so.
    r"|benih(?: bening)? lobster|benur"
    r"|perdagangan orang|(?:c?pmi|pekerja migran(?: indonesia)?)(?: [a-z]+)? (?:ilegal"
    r"|nonprosedural|non prosedural)"
    r"|pembalakan liar|pembalak liar|il+egal log+ing|kayu il+egal"
    # Subsidised fuel hoarded for resale ("Penimbun Solar di Jayapura Ditangkap").
    r"|penimbunan|penimbun|(?:bbm|solar|pertalite) il+egal"
    r"|(?:bbm|solar|pertalite)(?: [a-z]+){0,3} ditimbun"
    # Sex sold in hotel rooms, and the raids on it ("praktik prostitusi online",
    # "muncikari", "PSK"): vice, like the gambling dens raided.
    r"|prostitusi|pekerja seks komersial|psk|muncikari|mucikari|open bo"
    # Cigarettes without their excise band ("Gempur Rokok Ilegal", "rokok polos tanpa pita
    # cukai"): the customs' outreach and raids.
    r"|rokok (?:ilegal|polos)|pita cukai (?:palsu|bekas)|tanpa pita cukai) "
)


# A death by one's own hand told in the lead ("Warga Ditemukan Tewas Gantung Diri",
# "ditemukan tewas dalam kondisi tergantung", "mengakhiri hidupnya"): a family's grief
# and the police's routine check, not a conflict, unless the story says someone killed
# him.
_A_SUICIDE = re.compile(
    r" (?:gantung diri|bunuh diri|mengakhiri hidup|mengakhiri hidupnya|tewas tergantung"
    r"|meninggal tergantung|ditemukan tergantung|(?:kondisi|keadaan|posisi) tergantung) "
)
_KILLED_BY_ANOTHER = re.compile(
    r" (?:dibunuh|pembunuhan|membunuh|pembunuh|dianiaya|penganiayaan|dicekik|dijerat pelaku) "
)


# A body found in a river or on a beach, told in the lead ("Mayat Pria Tanpa Identitas
# Ditemukan Mengambang di Sungai Musi", "penemuan sesosok mayat"): the police's and the
# disaster office's routine of recovering and naming the dead, not a conflict, unless
# the story tells of a killing or of wounds a weapon made.
_BODY_FOUND = re.compile(
    r" (?:mayat|jasad|jenazah|kerangka manusia)(?: [a-z]+){0,6}?"
    r" (?:ditemukan|mengapung|mengambang|tersangkut|terdampar)"
    r" | (?:penemuan|temuan|menemukan) (?:sesosok )?(?:mayat|jasad|kerangka) "
)
_WOUNDS_OF_A_WEAPON = re.compile(
    r" (?:luka (?:tusuk|bacok|tembak|sayatan senjata)|dibacok|ditusuk|ditembak|dimutilasi) "
)


# Youths racing on a public road at night ("balap liar", "balapan liar", "trek-trekan"),
# riding with deafening exhausts ("razia knalpot brong") or in a graduation convoy with
# their uniforms daubed, and the police who break it up, ticket them and take the
# bikes: a nuisance the patrol deals with, not a conflict, unless people come to blows
# or turn on the officers.
_A_STREET_NUISANCE = re.compile(
    r" (?:balap|balapan) (?:motor )?liar | trek trekan | knalpot (?:brong|bising|racing) "
    # Pupils celebrating their graduation with a convoy and paint on their uniforms.
    r"| konvoi (?:[a-z]+ ){0,6}?(?:kelulusan|lulusan|pelajar)"
    r" | (?:corat|coret|mencorat|mencoret) coret(?:an)? (?:seragam|baju)"
    r" | aksi konvoi dan (?:corat|coret) coret(?:an)?"
    r" | seragam (?:yang )?(?:sudah )?(?:dicoret coret|dicorat coret|dicoreti|penuh coretan) "
)


# The traffic police's seasonal operations ("Operasi Zebra", "Operasi Patuh") and their
# tickets ("6.686 pelanggar lalu lintas ditilang"): the road's discipline enforced, its
# personnel deployed as every year, not a precaution against anyone.
_TRAFFIC_ENFORCED = re.compile(
    r" (?:operasi (?:zebra|patuh)|ditilang|menilang|pelanggar lalu lintas"
    r"|pelanggaran lalu lintas) "
)


# A football match's report ("menumbangkan tim tamu dengan skor akhir 3-1", "gol semata
# wayang", "Hasil Liga 1") or a bout's ("menang TKO atas …"): its attacks, shots, duels
# and punches are the game's, and a row with the referee is the pitch's. Only its fans
# turning on each other or the stands in tumult make it a signal.
_A_MATCH_TOLD = re.compile(
    r" (?:skor(?: akhir)?|menang|kalah|imbang|unggul)(?: [a-z]+){0,2} [0-9]+ [0-9]+ "
    r"| (?:hasil )?liga [12] | gol (?:semata wayang|tunggal|kemenangan|balasan|pertama) "
    r"| (?:menang|kalah)(?: [a-z]+){0,2} (?:tko|ko|knockout|angka mutlak|angka) "
)
# A championship's medal table ("juara umum … setelah merebut tujuh medali emas", the
# SEA Games' "target empat emas"): its duels, throws and kicks are a sport's, unless the
# contingents' followers fight.
_MEDALS_WON = re.compile(
    r" (?:medali (?:emas|perak|perunggu)|juara umum|perolehan medali|klasemen medali"
    r"|sea games|asian games|olimpiade|kejuaraan dunia"
    # The police's and the shooting clubs' contests ("lomba menembak Kapolda Cup").
    r"|(?:lomba|kejuaraan|perlombaan|kompetisi|kejurnas) menembak) "
)
# A chess tournament's report ("pecatur", "turnamen catur", "grandmaster", "FIDE"): its
# attacks, sacrifices and a player caught cheating with an engine are the board's and
# the arbiter's, unless the players' or the onlookers' quarrel comes to blows.
_A_BOARD_GAME = re.compile(
    r" (?:pecatur|catur (?:kilat|cepat|standar|klasik)|(?:turnamen|kejuaraan|kejurnas"
    r"|olimpiade|lomba|pertandingan) catur|grandmaster|grand master|fide|elo rating) "
)
# A fight staged in a ring for a crowd ("pencak dor" at Lirboyo's pesantren, a "panggung
# tarung bebas", mixed martial arts): its blows, its blood and its "satu lawan satu"
# are the bout's, unless the crowd watching comes to blows. Youths' own "tarung bebas"
# in the street, with no stage named, is no show.
_A_STAGED_FIGHT = re.compile(
    r" (?:pencak dor|(?:panggung|ajang|arena|tradisi|gelaran|turnamen|kejuaraan|ring)"
    r" tarung bebas|mix(?:ed)? martial arts?|one pride mma) "
)
# A shot gone astray at a range hits someone after all.
_A_STRAY_SHOT = re.compile(r" (?:tertembak|terkena peluru|peluru nyasar|peluru liar) ")
# People at blows, in words that tell a clash and never a lesson's topic.
_CLASH = r"bentrok|bentrokan|dikeroyok|mengeroyok|pengeroyokan|kericuhan|ricuh"
_FOLLOWERS_AT_BLOWS = re.compile(rf" (?:{_CLASH}|tawuran|keributan|rusuh|kerusuhan) ")
_THE_STANDS_IN_TUMULT = re.compile(
    r" (?:suporter|supporter|penonton|bobotoh|aremania|jakmania|bonek|pendukung)"
    r"(?: [a-z0-9]+){0,6}? (?:ricuh|rusuh|bentrok|mengamuk|menyerang|melempar|dikeroyok"
    r"|tewas|meninggal|terluka|luka) |kerusuhan|gas air mata|tragedi "
)


# A trade war between states ("perang dagang", "perang tarif", "tarif balasan"): their
# threats, attacks and tension are tariffs and markets, not people at odds, unless it
# brings workers or traders into the street.
_A_TRADE_WAR = re.compile(
    r" (?:perang (?:dagang|tarif)|tarif (?:impor|balasan|resiprokal)|ketegangan perdagangan) "
)
_TAKEN_TO_THE_STREET = re.compile(
    r" (?:unjuk rasa|berunjuk rasa|demo|demonstrasi|mogok|penjarahan|menjarah) "
)


# Fans racing each other online for concert seats ("war tiket", "perang tiket",
# "pemesanan tiket konser"): their battle, queue and tension are a sale's, unless the
# crowd at the gate or in the stands comes to blows.
_A_TICKET_RUSH = re.compile(
    r" (?:war (?:tiket|ticket)|ticket war|perang tiket|(?:berebut|rebutan|perebutan) tiket"
    r"|(?:pemesanan|penjualan|pembelian) tiket konser) "
)


# Civil servants' urine tested for drugs ("tes urine mendadak", "359 ASN … ikut tes urine"):
# a screening, whose employees "tidak diizinkan untuk menolak" refuse nothing, unless
# someone resists or a fight breaks out.
_A_DRUG_SCREENING = re.compile(r" (?:tes urine|tes urin|uji urine|pemeriksaan urine) ")


# A would-be candidate's papers found short by the election body ("Dokumen Bakal Calon
# Bupati Kerinci Ditolak KPU", "dinyatakan Tidak Memenuhi Syarat (TMS)"): the body's
# decision, open to objection, not a quarrel, unless his supporters protest or storm it.
_A_CANDIDACY_REFUSED = re.compile(
    r" (?:tidak memenuhi syarat|tms|(?:berkas|dokumen)(?: [a-z]+){0,5}? (?:ditolak"
    r"|dikembalikan)|gagal (?:mendaftar|nyalon|mencalonkan diri|maju)) "
)
_STORMED_AN_OFFICE = re.compile(r" (?:menggeruduk|geruduk|digeruduk|mendatangi kantor|serbu) ")


# Thousands of soldiers and police posted for a president's or a minister's visit
# ("1.900 personel gabungan … mengamankan kedatangan Presiden", "pengamanan VVIP"): a
# guard of honour and routes, after a planning "rapat", not a risk met, unless a protest
# or a scuffle greets the visit.
_VISITORS = r"(?:presiden|wakil presiden|wapres|jokowi|prabowo|ri 1|menteri|vvip)"
_A_VISIT_GUARDED = re.compile(
    r" (?:mengamankan|amankan|pengamanan|mengawal|kawal|pengawalan)(?: [a-z]+){0,2}?"
    rf" (?:kedatangan|kunjungan|kunker|kuker|kunjungan kerja) {_VISITORS} "
    r"| pengamanan vvip "
)


# A contest of fighting beasts: rams ("seni ketangkasan domba", "kontes adu domba Garut")
# or hunting dogs set on a wild boar (the Sundanese "adu bagong", "ngadu bagong",
# "dugong"): its butts, bites and deaths are the beasts', its "adu domba" pits no people
# against each other, and the cruelty it is condemned for is to animals, unless the
# onlookers fight.
_A_BEAST_CONTEST = re.compile(
    r" (?:(?:seni |kontes |lomba )?adu ketangkasan|(?:seni |kontes |lomba )?ketangkasan domba"
    r"|kontes (?:adu )?domba|domba (?:laga|tangkas|aduan|garut)|adu domba garut"
    r"|(?:ngadu|adu|kontes|tradisi) (?:bagong|babi hutan)|dugong) "
)


# Archery as a sport or a court's tradition ("lomba panahan tradisional", "festival
# panahan", Yogyakarta's "jemparingan"): its bows, arrows and targets shot at wound no
# one, unless the crowd comes to blows; an arrow loosed at people ("dipanah") is a war's.
_AN_ARCHERY_CONTEST = re.compile(
    r" (?:(?:lomba|festival|atlet|olahraga|latihan|belajar|klub|komunitas) panahan"
    r"|panahan tradisional|jemparingan|jemparing) "
)


# Thieves caught or their loot seized ("membekuk komplotan pencuri sepeda motor", "motor
# hasil curian", "curanmor"): the police's routine against property crime, as with
# dealers and gamblers, unless anyone was robbed by force, hurt or set upon by a mob, or
# villagers threaten to take the law into their own hands ("mau main hakim sendiri").
_A_THEFT_TOLD = re.compile(
    r" (?:curanmor|curas|pencurian (?:kendaraan|sepeda motor|motor|mobil|ternak|rumah)"
    r"|pencuri (?:sepeda motor|motor|mobil|ternak)|maling (?:motor|sepeda motor|mobil)"
    r"|(?:motor|mobil|kendaraan) (?:hasil )?curian|hasil curian|komplotan maling|penadah) "
)
_THEFT_TURNED_VIOLENT = re.compile(
    r" (?:begal|dibegal|pembegalan|membegal|dianiaya|menganiaya|penganiayaan|dihakimi"
    r"|diamuk|dikeroyok|ditodong|menodong|ditembak|dibacok|membacok|ditusuk|menusuk|tewas"
    r"|meninggal|terluka|luka|hakim sendiri|dihajar|menghajar|pemukulan|amukan|babak belur) "
)
# A mosque's or a prayer house's charity box emptied or carried off ("mencuri kotak amal
# Masjid Zainal Arifin", "kotak amal … digasak maling", "membobol lima kotak amal"): a
# petty theft whose scene is a house of worship, no faith at odds.
_THIEVES = (
    r"(?:pencurian|pencuri|maling|mencuri|curi|membobol|pembobolan|mencongkel|menggasak"
    r"|menguras|membawa kabur)"
)
_A_CHARITY_BOX_ROBBED = re.compile(
    rf" {_THIEVES}(?: [a-z0-9]+){{0,3}}? kotak amal "
    r"| kotak amal(?: [a-z0-9]+){0,8}? (?:dicuri|dibobol|dicongkel|digasak|raib|dibawa kabur"
    r"|dikuras) "
)


# Banten's debus, a show of invulnerability ("menusuk perut dengan tombak … tanpa
# terluka", "ilmu kebal"): its stabbing and slashing are the performers' own, unless
# the onlookers come to blows.
# Kesiman's ngerebong is one too: the entranced ("kerauhan") stab their own chests with
# keris ("ngurek") and are unhurt; and so is Singkawang's parade of tatung at Cap Go
# Meh, the possessed piercing their cheeks and slashing their tongues.
_INVULNERABLE = re.compile(
    r" (?:debus|ilmu kebal|kebal senjata tajam|atraksi kebal|ngerebong|pengerebongan|ngurek"
    r"|ngureg|tatung) "
)
# Seized goods destroyed before officials ("pemusnahan barang bukti … miras dilindas
# alat berat, ganja dibakar"): the law's ceremony, not a brawl, an arson or terror.
_EVIDENCE_DESTROYED = re.compile(
    r" (?:pemusnahan|memusnahkan|musnahkan|dimusnahkan) (?:barang bukti|bb|miras|narkoba"
    r"|narkotika|ribuan botol)"
    r"| barang bukti(?: [a-z0-9]+){0,8}? dimusnahkan "
)
# Manggarai's caci, a war dance of whips and shields ("Tari Caci … tarian perang antara
# dua orang lelaki dengan menggunakan cambuk"): its blows, blood and wounds are the
# dancers' own, and admired, unless the onlookers come to blows.
# Lombok's peresean, a duel of rattan sticks and hide shields fought by "pepadu" until
# one bleeds, is the same kind of spectacle.
# So is Maluku's "pukul sapu" on the seventh of Syawal, the men of two villages lashing
# each other with palm-rib brooms until they bleed, and Bali's mepantigan, wrestlers
# throwing each other in a rice field's mud ("gulat lumpur") before tourists.
_A_WAR_DANCE = re.compile(
    # Maluku's cakalele and Minahasa's kabasaran, danced with machete and shield to
    # welcome guests ("disambut tarian Cakalele").
    r" (?:(?:tari|tarian) (?:caci|perang)|(?:atraksi|pemain|penari) caci|peresean|presean"
    r"|cakalele|kabasaran"
    r"|prisaian|pepadu|pukul sapu|pukul manyapu|baku pukul manyapu|baku pukul sapu"
    r"|(?:pukul|memukul|memukulkan)(?: [a-z]+){0,3}? sapu lidi|mepantigan|gulat lumpur) "
)
# Aceh's caning of those convicted under its qanun ("eksekusi uqubat cambuk", "dihukum
# cambuk di halaman masjid"): the state's punishment carried out before the public, whose
# lashes and fainting are the sentence's, unless the crowd comes to blows.
_A_CANING = re.compile(
    r" (?:hukuman cambuk|hukum cambuk|eksekusi cambuk|uqubat|uqubah|dihukum cambuk"
    r"|menjalani hukuman cambuk|prosesi cambuk) "
)
# The death penalty carried out or prepared ("dieksekusi mati di hadapan regu tembak",
# "eksekusi mati tahap dua"): the state's sentence, whose firing squad kills no one the
# teams must watch. A killer "terancam hukuman mati" is not among them.
_AN_EXECUTION = re.compile(
    r" (?:eksekusi mati|dieksekusi mati|mengeksekusi mati|eksekusi (?:terhadap )?terpidana"
    r" mati) "
)
# Farmers hunting the rats in their fields ("gropyokan tikus", "memburu tikus",
# "membasmi hama tikus"): the blows and the deaths are the pests', and the dead of the
# electric traps the hunt replaces ("jebakan tikus … menelan korban jiwa") are no one's
# quarrel, unless the hunters come to blows with each other.
_A_PEST_HUNT = re.compile(
    r" (?:gropyokan|grobyokan|gropyok|geropyokan|(?:berburu|memburu|perburuan|pemburuan"
    r"|membasmi|basmi|pembasmian|memberantas|berantas|pemberantasan|mengendalikan"
    r"|pengendalian|menangkap|penangkapan)(?: hama)? tikus) "
)
# A village carnival's towering loudspeakers ("karnaval sound horeg"): their thunder
# cracks ceilings and keeps the sick awake, and netizens complain ("warga resah",
# "viral"), a nuisance to be licensed and timed, not people at odds, unless neighbours
# protest or the crowd comes to blows.
_A_STREET_PARTY = re.compile(r" (?:sound horeg|sound karnaval|karnaval sound|horeg) ")
_NEIGHBOURS_PROTEST = re.compile(r" (?:protes|memprotes|diprotes|menggeruduk|digeruduk) ")
# Ramadan's race for the snacks that break the fast ("war takjil", "perang takjil antara
# Muslim dan nonis", "berburu takjil"): a joke of the social media between faiths, whose
# rivals, revenge and worried Muslims are buyers at a food stall, unless they come to
# blows.
_A_SNACK_RUSH = re.compile(
    r" (?:war takjil|takjil war|perang takjil|(?:berburu|buru|memburu|perburuan|berebut"
    r"|perebutan|rebutan) takjil) "
)
# Players of airsoft and paintball at their war games ("perang-perangan", "skirmish",
# "baku tembak antara dua kubu" with replica guns): a hobby's battles, whose hits are
# owned up to and laughed off, unless real blows follow.
_A_WAR_GAME = re.compile(
    r" (?:airsoft|airsoftgun|airsoft gun|airsofter|airsofters|paintball|war game|skirmish"
    r"|perang perangan) "
)
# ... unless the replica is turned on people in earnest: a terrorist's air gun fired at
# the police's headquarters, and she shot dead ("teroris Zakiah Aini … membawa airsoft
# gun … ditembak mati").
_A_REPLICA_TURNED_ON_PEOPLE = re.compile(
    r" (?:teroris|terduga teroris|terorisme|ditembak mati|menembak mati|tembak mati|tewas"
    r"|meninggal dunia) "
)
# The police's shows on their anniversary ("Atraksi Bom Bunuh Diri Meriahkan HUT
# Bhayangkara", a riot put down and a bomber blown up before the crowd): a staged
# danger, told as a show, unless its spectators come to harm.
_A_POLICE_SHOW = re.compile(
    r" atraksi(?: [a-z0-9]+){0,8}? (?:hut|hari|peringatan)(?: ke [0-9]+)? bhayangkara "
    r"| (?:hut|hari)(?: ke [0-9]+)? bhayangkara(?: [a-z0-9]+){0,12}? atraksi "
)
_SPECTATORS_HARMED = re.compile(
    r" penonton(?: [a-z0-9]+){0,6}? (?:ricuh|terluka|luka|tewas|meninggal|pingsan|bentrok) "
)


# A comic's pirate flag hoisted beside the national one ("bendera One Piece", "Jolly
# Roger", "bajak laut Topi Jerami"): a fad of discontent that officials warn against or
# take down, calling it provocation or treason; their words are no group's quarrel, unless
# the flag is carried into a protest or a fight.
_A_FANS_FLAG = re.compile(r" (?:one piece|jolly roger|topi jerami) ")


# Lebaran's gatherings of forgiveness ("halal bihalal" of an RT, a village or a
# kelurahan): neighbours, officials and religious leaders shaking hands, whose talk of
# faith and harmony is the feast's own, not a faith at odds nor a meeting on a risk,
# unless the gathering is called to reconcile people at odds.
_A_FEAST_OF_FORGIVENESS = re.compile(r" (?:halal bihalal|halalbihalal|halal bi halal) ")


# Lebaran's home-made hot-air balloons ("balon udara liar", often hung with firecrackers)
# seized on patrol or found fallen in a field: a risk to wires, roofs and aircraft that
# the police forbid, whose "ancaman", fires and chases are the custom's, not people at
# odds, unless the flyers come to blows with the patrol.
_A_BALLOON_RELEASE = re.compile(r" balon (?:udara|api|raksasa|tradisional) ")


# Pupils taught the dangers of drugs and brawls ("sosialisasi bahaya tawuran dan
# narkoba", "penyuluhan bahaya narkoba", "pencegahan kenakalan remaja"): the lesson's
# topics are the dangers it warns of, as voters are warned of hoaxes, unless a brawl is
# told to have broken out.
_A_LESSON_ON_VICE = re.compile(
    r" (?:sosialisasi|penyuluhan|edukasi|seminar)(?: [a-z]+){0,6}? (?:bahaya|dampak"
    r"|pencegahan|penanggulangan|anti|stop)(?: [a-z]+){0,2}? (?:narkoba|narkotika|tawuran"
    r"|kenakalan remaja|miras|perundungan|bullying) "
)
# Officials and clerics calling for a war on drugs ("jihad melawan narkoba", "memerangi
# narkotika", "Nggak perlu kita ikut ISIS untuk berjihad"): the jihad, the bombs they
# tell the militant to leave and the deaths drugs cause are the sermon's figures, unless
# a brawl or a raid resisted is told.
_A_WAR_ON_DRUGS = re.compile(
    r" (?:jihad|berjihad|perang|memerangi|perangi|melawan|lawan|memberantas|pemberantasan"
    r"|berantas)(?: [a-z]+){0,2}? (?:narkoba|narkotika) "
)
_A_BRAWL_BROKE_OUT = re.compile(
    rf" (?:{_CLASH}|terjadi tawuran|tawuran pecah|terlibat tawuran|aksi tawuran|dibacok"
    r"|membacok) "
)


# A kind of news the lead tells, tried only when one of its words (its needles, without
# one of which its pattern cannot match) stands in the story, and undone by its own
# signal words anywhere in the story.
_ToldWith = tuple[tuple[str, ...], re.Pattern[str], tuple[re.Pattern[str], ...]]
_AT_BLOWS = (_FOLLOWERS_AT_BLOWS,)
# What makes most cases told a signal after all: people in the street or at blows.
_IN_THE_STREET_OR_AT_BLOWS = (_TAKEN_TO_THE_STREET, _FOLLOWERS_AT_BLOWS)
# Shows, ceremonies and gatherings: their blows, wounds, fire, contraband and talk of
# faith are their own, so they are read whatever category the lexicon's words name.
_CEREMONIES: tuple[_ToldWith, ...] = (
    (("tikus", "gropyok", "grobyok", "geropyok"), _A_PEST_HUNT, _AT_BLOWS),
    (
        ("airsoft", "paintball", "war game", "skirmish", "perang perangan"),
        _A_WAR_GAME,
        (*_AT_BLOWS, _A_REPLICA_TURNED_ON_PEOPLE),
    ),
    (("takjil",), _A_SNACK_RUSH, _AT_BLOWS),
    (("domba", "ketangkasan", "bagong", "babi hutan", "dugong"), _A_BEAST_CONTEST, _AT_BLOWS),
    (("panahan", "jemparing"), _AN_ARCHERY_CONTEST, _AT_BLOWS),
    (("debus", "kebal", "ngerebong", "ngurek", "ngureg", "tatung"), _INVULNERABLE, _AT_BLOWS),
    (("musnah",), _EVIDENCE_DESTROYED, _AT_BLOWS),
    (
        (
            *("caci", "perang", "peresean", "presean", "prisaian", "pepadu", "sapu"),
            *("manyapu", "cakalele", "kabasaran", "mepantigan", "gulat lumpur"),
        ),
        _A_WAR_DANCE,
        _AT_BLOWS,
    ),
    (("cambuk", "uqubat", "uqubah"), _A_CANING, _AT_BLOWS),
    (("eksekusi",), _AN_EXECUTION, _AT_BLOWS),
    (("bhayangkara",), _A_POLICE_SHOW, (_SPECTATORS_HARMED,)),
    (("one piece", "jolly roger"), _A_FANS_FLAG, _IN_THE_STREET_OR_AT_BLOWS),
    (("halal",), _A_FEAST_OF_FORGIVENESS, (_PEOPLE_AT_ODDS,)),
    (("balon",), _A_BALLOON_RELEASE, _AT_BLOWS),
    (("sosialisasi", "penyuluhan", "edukasi", "seminar"), _A_LESSON_ON_VICE, (_A_BRAWL_BROKE_OUT,)),
    (("narkoba", "narkotika"), _A_WAR_ON_DRUGS, (_A_BRAWL_BROKE_OUT, _RAID_RESISTED)),
    (("sapi", "kerbau", "banteng", "kambing", "kurban"), _LIVESTOCK_AMOK, _AT_BLOWS),
)


def _a_ceremony_told(reading: str) -> bool:
    """A show, a ceremony or a gathering told in the lead (a rat hunt in the fields, a
    war game with replica guns, a race for Ramadan's snacks, a rams' contest, an archery
    contest, a debus show, a war dance, seized goods destroyed, a caning, an execution,
    the police's anniversary show, a comic's pirate flag, a halal bihalal, Lebaran's
    balloons, cattle bolting before the sacrifice, a school's lesson on drugs and
    brawls), none of its own signal words anywhere: only onlookers at blows, a spectator
    harmed, a protest, people at odds or a brawl broken out make it a signal."""
    return _told_with(reading, _CEREMONIES)


# A boom heard across a town that no one can place ("suara dentuman misterius", "warga
# dihebohkan suara dentuman"), which the geophysics service explains by quakes, thunder,
# meteors or "bahan peledak" among its possible sources: no attack, whatever category
# those sources name, unless a bomb is found or someone is hurt.
_A_MYSTERY_BOOM = re.compile(
    r" (?:dentuman(?: [a-z]+){0,2}? misterius|suara dentuman|dentuman keras|fenomena dentuman) "
)
_A_BOOM_S_HARM = re.compile(
    r" (?:bom|teroris|terduga teroris|densus|tewas|meninggal|terluka|luka luka|korban jiwa) "
)
_UNEXPLAINED: tuple[_ToldWith, ...] = ((("dentuman",), _A_MYSTERY_BOOM, (_A_BOOM_S_HARM,)),)


def _a_mystery_boom_told(reading: str) -> bool:
    return _told_with(reading, _UNEXPLAINED)


# The police's raids on liquor sellers ("Operasi Pekat", "razia miras", "menyita ratusan
# botol miras"), told in the lead: vice seized, whose reasons ("miras kerap menjadi pemicu
# keributan", "perkelahian atau tawuran") name the fights it may cause, not one fought.
_A_LIQUOR_RAID = re.compile(
    r" (?:operasi (?:penyakit masyarakat|pekat)|razia (?:miras|minuman keras)"
    r"|(?:menyita|mengamankan|disita|diamankan|menyisir)(?: [a-z0-9]+){0,4}? (?:botol|liter"
    r"|jeriken|jerigen|dirigen|kantong|dus)(?: [a-z0-9]+){0,3}? (?:miras|minuman keras"
    r"|minuman beralkohol|arak|ciu|cap tikus)) "
)
# Someone set upon or a crowd at odds at the raid itself.
_A_RAID_FOUGHT = re.compile(
    r" (?:dikeroyok|mengeroyok|pengeroyokan|bentrok|bentrokan|ricuh|kericuhan|diamuk"
    r"|mengamuk|dianiaya|menganiaya|tewas|terluka) "
)


def _a_liquor_raid_told(reading: str, categories: list[str]) -> bool:
    """A liquor raid told in the lead, with no category but the brawl its seized bottles
    name (or a crime's, or the fallback), and nobody at blows or resisting at it."""
    if not categories or not set(categories) <= {BRAWL, OTHER, CRIME}:
        return False
    return (
        _A_LIQUOR_RAID.search(_lead(reading)) is not None
        and _RAID_RESISTED.search(reading) is None
        and _A_RAID_FOUGHT.search(reading) is None
    )


# A divorce suit filed or heard ("menggugat cerai suaminya", "sidang perceraian"): a
# family court's case, whose "gugatan" and "tergugat" are a marriage's end, not a
# quarrel a team must watch, unless a spouse was beaten.
_A_DIVORCE_SUIT = re.compile(
    r" (?:gugatan cerai|gugat cerai|menggugat cerai|cerai gugat|cerai talak"
    r"|sidang (?:cerai|perceraian)|perkara perceraian) "
)
_BEATEN_AT_HOME = re.compile(
    r" (?:dianiaya|menganiaya|dipukul|dipukuli|memukul|ditampar|menampar|ditendang|dicekik"
    r"|luka lebam|lebam|babak belur) "
)


# A battle of the independence war played again ("drama kolosal Bandung Lautan Api",
# "teatrikal pertempuran 10 November", "sosiodrama Palagan Ambarawa"): soldiers, pupils
# and veterans acting out the shots, the fires and the fallen of 1945 for an anniversary,
# whose firecrackers stand for bombs; no one's trouble, unless the crowd watching comes to
# blows or a protest is staged as theatre.
_THEATRE = r"(?:drama kolosal|drama|teatrikal|sosiodrama|sosio drama|pentas|pementasan|reka ulang)"
_A_BATTLE_REENACTED = re.compile(
    rf" {_THEATRE}(?: [a-z0-9]+){{0,4}}? (?:pertempuran|perang|palagan|perjuangan|pahlawan"
    r"|lautan api|serangan umum|10 november|kemerdekaan|penjajah) "
    # A headline's battle, and the show that plays it a sentence on ("Heroiknya
    # Pertempuran Arek-arek Suroboyo … warga menyaksikan drama kolosal").
    r"| (?:pertempuran|palagan|serangan umum)(?: [a-z0-9]+){0,24}?"
    r" (?:drama kolosal|teatrikal|sosiodrama|sosio drama|reka ulang) "
)


# Each kind of news above, told in the lead, with the words that, anywhere in the story,
# make it a signal after all.
_CASES_TOLD: tuple[tuple[re.Pattern[str], tuple[re.Pattern[str], ...]], ...] = (
    (_GRAFT, ()),
    (_SWINDLED, (_PEOPLE_AT_ODDS,)),
    (_CONTRABAND, (_PEOPLE_AT_ODDS, _RAID_RESISTED)),
    (_A_SUICIDE, (_KILLED_BY_ANOTHER,)),
    (_BODY_FOUND, (_KILLED_BY_ANOTHER, _WOUNDS_OF_A_WEAPON)),
    (_A_STREET_NUISANCE, (_PEOPLE_AT_ODDS,)),
    (_TRAFFIC_ENFORCED, (_PEOPLE_AT_ODDS,)),
    (_A_MATCH_TOLD, (_THE_STANDS_IN_TUMULT,)),
    (_MEDALS_WON, (_THE_STANDS_IN_TUMULT, _FOLLOWERS_AT_BLOWS, _A_STRAY_SHOT)),
    (_A_TRADE_WAR, _IN_THE_STREET_OR_AT_BLOWS),
    (_A_DIVORCE_SUIT, (_BEATEN_AT_HOME,)),
    (_A_TICKET_RUSH, (_THE_STANDS_IN_TUMULT, _FOLLOWERS_AT_BLOWS, _PEOPLE_AT_ODDS)),
    (_A_DRUG_SCREENING, (_FOLLOWERS_AT_BLOWS, _RAID_RESISTED)),
    (_A_CANDIDACY_REFUSED, (_TAKEN_TO_THE_STREET, _FOLLOWERS_AT_BLOWS, _STORMED_AN_OFFICE)),
    (_A_VISIT_GUARDED, _IN_THE_STREET_OR_AT_BLOWS),
    (_A_THEFT_TOLD, (_THEFT_TURNED_VIOLENT, _PEOPLE_AT_ODDS)),
)
# Youths dressed as a ghost to frighten passers-by at night, often for a video ("prank
# pocong", "pocong jadi-jadian", "berpura-pura menjadi pocong"): a nuisance the police
# end with a talk and the parents' pledge, whose frightened riders and "korban" are a
# joke's, unless the prankster is set upon or people come to blows over it.
_A_GHOST_PRANK = re.compile(
    r" (?:prank|ngeprank|nge prank|ngprank"
    r"|(?:pocong|hantu|setan|kuntilanak) (?:jadi jadian|gadungan|palsu|bohongan|buatan)"
    r"|(?:pura pura|berpura pura|menyamar|berdandan|berkostum)(?: [a-z]+){0,2}? (?:pocong"
    r"|hantu|kuntilanak)) "
)


# A ring of stand-ins sitting university entrance or civil-service exams for paying
# candidates ("Komplotan Joki UTBK di Surabaya Ditangkap", "sindikat joki … UTBK-SNBT"),
# caught with their hidden cameras: a fraud the police unpick, whose "komplotan" and
# "kecurangan" set no people at odds.
_AN_EXAM_RING = re.compile(
    r" (?:joki (?:ujian|utbk|sbmptn|snbt|snbpt|cpns|tes|online)|perjokian"
    r"|(?:sindikat|komplotan|jaringan|praktik|pelaku|para) joki) "
)


# Foreigners sent home by the immigration service for overstaying or breaking their
# permit ("Dua Bule Dideportasi", "melanggar izin tinggal alias overstay"): an
# administrative sanction, whose "mengganggu ketertiban umum" is the law's phrase, not
# a disturbance told, unless the foreigner fought people or officers.
_A_DEPORTATION = re.compile(
    r" (?:dideportasi|mendeportasi|deportasi|pendeportasian|overstay|over stay"
    r"|melebihi (?:batas )?(?:waktu )?izin tinggal|melanggar izin tinggal) "
)


# The power cut by a kite or a beast on the line ("listrik padam akibat layangan",
# "pemadaman listrik"): the utility's fault ("gangguan") and its warnings of the law's
# penalty, no disturbance a team must watch, unless customers protest or come to blows.
_A_POWER_CUT = re.compile(
    r" (?:listrik(?: [a-z]+){0,2}? (?:padam|mati)|(?:pemadaman|padam|mati) listrik"
    r"|gangguan (?:listrik|jaringan listrik|pemadaman)) "
)


# Officials holding a second post, a state firm's board seat, and the conflict of interest
# it breeds ("rangkap jabatan komisaris BUMN rawan konflik kepentingan"): a governance
# critic's story, whose "masalah", "rawan" and "melanggar" set no one at odds.
_A_CONFLICT_OF_INTEREST = re.compile(
    r" (?:konflik|benturan) kepentingan | conflict of interest | rangkap jabatan "
)


# A batik's motifs and the court's rules for who may wear them ("motif batik parang",
# "batik larangan"): the "perang" a motif means and the kings' wars it recalls are
# drawn on cloth, unless people take to the street or come to blows over a cloth.
_A_BATIK_S_MOTIF = re.compile(
    r" (?:motif batik|batik motif|batik larangan|batik parang|motif parang|motif kawung) "
)


# Servers attacked and held to ransom ("serangan siber ransomware", "diserang
# hacker", "peretasan"): a crime against machines whose "diserang" and "korban" hurt no
# one's body, unless people take to the street or come to blows over it.
_A_CYBER_ATTACK = re.compile(
    r" (?:serangan siber|ransomware|malware|peretas|peretasan|diretas|meretas|hacker"
    r"|serangan hacker) "
)


# A folk legend told ("Dahulu kala, di Kerajaan Tonjang Beru …", "Menurut legenda",
# "cerita rakyat"): its princes who threaten war over a princess and its kingdoms' battles
# are the tale's, unless people of today take to the street or come to blows.
_A_LEGEND = re.compile(r" (?:legenda|cerita rakyat|alkisah|dahulu kala|hikayat|dongeng) ")
# The Prophet's wars told for Ramadan ("Perang Badar" on the 17th, with the Quran's
# descent the same night): the armies, the fallen and the "kafir Quraisy" are sacred
# history, unless the gathering that hears it takes to the street or comes to blows.
_THE_PROPHET_S_WARS = re.compile(
    r" (?:perang (?:badar|badr|uhud|khandaq|hunain|tabuk|khaibar)|ghazwah"
    r"|(?:kafir|kaum|pasukan) quraisy|nuzulul qur ?an|nuzul qur ?an|sirah nabawiyah) "
)


# An organisation choosing its chair ("terpilih secara aklamasi sebagai Ketum KONI", a
# club's or an association's congress): its candidates, votes and a rival who "menolak"
# the single candidacy are the body's own business, unless the congress comes to blows
# or its members take to the street.
_A_CHAIR_CHOSEN = re.compile(
    r" (?:(?:terpilih|dipilih|ditetapkan)(?: kembali)?(?: secara aklamasi)?"
    r" (?:sebagai|menjadi|jadi) (?:ketua|ketum)|(?:terpilih|dipilih|ditetapkan)"
    r" (?:secara |melalui |lewat )?aklamasi) "
)


# The same for kinds of news whose lead must hold one of a few words, tried only when it
# does: most leads hold none, and the test is far cheaper than the pattern's scan.
_CASES_TOLD_WITH: tuple[_ToldWith, ...] = (
    (("kotak amal",), _A_CHARITY_BOX_ROBBED, (_THEFT_TURNED_VIOLENT, _PEOPLE_AT_ODDS)),
    (("joki",), _AN_EXAM_RING, (_PEOPLE_AT_ODDS,)),
    (("calo",), _TOUTS, (_PEOPLE_AT_ODDS,)),
    (
        ("pinjol", "pinjaman online", "pinjaman daring"),
        _ONLINE_LENDERS,
        (_BEATEN_AT_HOME, _KILLED_BY_ANOTHER, _TAKEN_TO_THE_STREET),
    ),
    (
        ("catur", "grandmaster", "grand master", "fide", "elo rating"),
        _A_BOARD_GAME,
        (_THE_STANDS_IN_TUMULT, _FOLLOWERS_AT_BLOWS),
    ),
    (
        ("pencak dor", "tarung bebas", "martial art", "one pride"),
        _A_STAGED_FIGHT,
        (_THE_STANDS_IN_TUMULT,),
    ),
    (
        ("legenda", "cerita rakyat", "alkisah", "dahulu kala", "hikayat", "dongeng"),
        _A_LEGEND,
        _IN_THE_STREET_OR_AT_BLOWS,
    ),
    (
        ("padam", "mati listrik", "gangguan"),
        _A_POWER_CUT,
        (_PEOPLE_AT_ODDS, _TAKEN_TO_THE_STREET, _NEIGHBOURS_PROTEST),
    ),
    (("deport", "overstay", "over stay", "izin tinggal"), _A_DEPORTATION, (_PEOPLE_AT_ODDS,)),
    (
        ("prank", "pocong", "hantu", "setan", "kuntilanak"),
        _A_GHOST_PRANK,
        (_PEOPLE_AT_ODDS,),
    ),
    (
        ("horeg",),
        _A_STREET_PARTY,
        (_TAKEN_TO_THE_STREET, _NEIGHBOURS_PROTEST, _FOLLOWERS_AT_BLOWS),
    ),
    (
        ("drama", "teatrikal", "pentas", "reka ulang"),
        _A_BATTLE_REENACTED,
        _IN_THE_STREET_OR_AT_BLOWS,
    ),
    (
        ("siber", "ransomware", "malware", "retas", "hacker"),
        _A_CYBER_ATTACK,
        _IN_THE_STREET_OR_AT_BLOWS,
    ),
    (("batik",), _A_BATIK_S_MOTIF, _IN_THE_STREET_OR_AT_BLOWS),
    (
        ("kepentingan", "conflict of interest", "rangkap jabatan"),
        _A_CONFLICT_OF_INTEREST,
        _IN_THE_STREET_OR_AT_BLOWS,
    ),
    (
        ("mortir", "granat", "peluru meriam", "bom ", "amunisi"),
        _A_WAR_RELIC,
        (_A_BOMB_MEANT_FOR_SOMEONE, _PEOPLE_AT_ODDS),
    ),
    (
        ("terpilih", "dipilih", "ditetapkan"),
        _A_CHAIR_CHOSEN,
        (_A_CONGRESS_IN_UPROAR, _FOLLOWERS_AT_BLOWS, _TAKEN_TO_THE_STREET),
    ),
    (
        ("badar", "badr", "uhud", "khandaq", "hunain", "tabuk", "khaibar", "ghazwah")
        + ("quraisy", "nuzul", "sirah"),
        _THE_PROPHET_S_WARS,
        _IN_THE_STREET_OR_AT_BLOWS,
    ),
)


def _a_case_told_in_the_lead(reading: str, categories: list[str], scores: dict[str, float]) -> bool:
    """A kind of news the lead tells (a graft case, touts caught, a swindle, an online
    lender's collectors, contraband caught, a theft, a suicide, a body found, a street
    nuisance dealt with, a traffic operation, a match played, a medal won, a chess
    tournament or a bout staged in a ring, a trade war, a divorce suit, a rush for concert
    tickets, a drug screening, a candidacy refused, a visit guarded, a battle of 1945
    played again, a carnival's loudspeakers, a power cut, a legend, a cyber attack, a
    batik's motif, an old war's shell dug up, a conflict of interest, an organisation's
    chair chosen, the Prophet's wars told for Ramadan), with no category but a crime's or
    the fallback named, or only the model's guess, and none of its own signal words
    anywhere in the story."""
    if not (set(categories) <= {OTHER, CRIME} or _only_guessed(categories, scores)):
        return False
    lead = _lead(reading)
    return any(
        told.search(lead) is not None and all(word.search(reading) is None for word in unless)
        for told, unless in _CASES_TOLD
    ) or _told_with(reading, _CASES_TOLD_WITH)


def _told_with(reading: str, cases: tuple[_ToldWith, ...]) -> bool:
    """One of the cases told in the lead, its needle there, and none of its own signal
    words anywhere in the story. Cases whose needles the story lacks are never scanned,
    and the lead is cut only for the rest."""
    present = [case for case in cases if any(word in reading for word in case[0])]
    if not present:
        return False  # nearly always
    lead = _lead(reading)
    return any(
        any(word in lead for word in needles)
        and told.search(lead) is not None
        and all(word.search(reading) is None for word in unless)
        for needles, told, unless in present
    )


def _fishing_law_enforced(reading: str, categories: list[str]) -> bool:
    """Fishers caught blasting fish, or a foreign boat caught poaching, told in the
    story's opening (the lead often names only the detonators seized or the waters where
    the boat was stopped): the water police's or the coastguard's arrests and the
    fisheries law's course, not a conflict, unless the fishers clash with others over the
    sea (a category is then named, or people are said to be at odds)."""
    if not set(categories) <= {OTHER, CRIME, LAND}:
        return False
    opening = reading[:ARTICLE_CHARS]
    if _BLAST_FISHING_RE.search(opening) is not None:
        return True
    return _POACHING.search(opening) is not None and _PEOPLE_AT_ODDS.search(reading) is None


_BLAST_FISHING_RE = re.compile(rf" (?:{_BLAST_FISHING}) ")
# "kapal ikan asing asal Vietnam", "KIA berbendera Vietnam", "illegal fishing",
# "mencuri ikan di perairan Natuna Utara": a foreign boat taking fish in Indonesian waters.
_FLAGS_OF_POACHERS = r"(?:vietnam|malaysia|filipina|thailand|tiongkok|china|taiwan)"
_POACHING = re.compile(
    r" (?:illegal fishing|kapal ikan asing|pencurian ikan|pencuri ikan|mencuri ikan|curi ikan"
    r"|penangkapan ikan (?:secara )?ilegal"
    rf"|(?:kia|kapal(?: ikan| penangkap ikan| motor)?) (?:berbendera|asal) {_FLAGS_OF_POACHERS}) "
)


# A past tragedy remembered ("memperingati 6 tahun bom 13 Mei", "mengenang konflik
# kemanusiaan … 1999", "Refleksi Satu Tahun Bom Surabaya", "tepat setahun", "19 tahun
# tragedi Bom Bali", "2 dekade Bom Bali"), or its memorial visited ("Monumen Ground Zero",
# "Monumen Bom Bali"), or the independence war's fallen honoured at their graves ("Taman
# Pujaan Bangsa Margarana", "taman makam pahlawan", "peringatan Puputan Margarana"):
# prayers, candles and flowers for its dead, no event of the day.
_ANNIVERSARY = r"(?:se|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|\d{1,3})"
_A_COMMEMORATION = re.compile(
    r" (?:memperingati|peringati|mengenang|kenang|merawat ingatan"
    rf"|(?:peringatan|refleksi)(?: [a-z]+)? {_ANNIVERSARY} ?tahun"
    rf"|tepat {_ANNIVERSARY} ?tahun"
    rf"|{_ANNIVERSARY} (?:tahun|dekade) (?:tragedi|bom|peristiwa|insiden)"
    r"|monumen (?:bom|tragedi|peringatan|ground zero)|ground zero|tugu peringatan"
    r"|taman pujaan bangsa|taman makam pahlawan|(?:peringatan|hari) (?:hari )?puputan) "
)
# ... unless the day itself is disturbed.
_DISTURBED = re.compile(
    r" (?:ricuh|kericuhan|bentrok|bentrokan|dibubarkan|membubarkan|pembubaran|ditangkap"
    r"|diamankan|dihadang|ditolak|menolak|massa aksi|unjuk rasa|demonstrasi) "
)


def _a_commemoration(reading: str, categories: list[str], electoral: bool) -> bool:
    """The anniversary of a bombing, a riot or a war kept with prayer: the dead it counts
    and the attack it recalls are history, and nobody is at odds on the day."""
    return (
        not electoral
        and _A_COMMEMORATION.search(_lead(reading)) is not None
        and _DISTURBED.search(reading) is None
        and not set(categories) & PROCEDURAL
    )


def _an_alms_queue_crushed(reading: str, categories: list[str], electoral: bool) -> bool:
    """A rich man's zakat handed out, cooking oil sold cheap or subsidised gas sold only
    at depots in a shortage, and the queue for it pushing, crushed and fainting
    ("Pembagian Zakat di Makassar Ricuh", "Ricuh Antrean Minyak Goreng Murah", "kericuhan
    terjadi saat warga antre mendapatkan gas elpiji 3 kg"): no quarrel between anyone,
    and the cash or the cheap goods are no vote bought, in a story of no election."""
    return (
        not electoral
        and set(categories) <= {OTHER, MONEY}
        and (
            _says_any(reading, lexicon.ALMS + lexicon.CHEAP_SALES)
            or (
                _says_any(reading, lexicon.SUBSIDISED_GAS)
                and _says_any(reading, lexicon.QUEUE_WORDS)
            )
        )
    )


# Holiday travellers crowding onto a ship or a train ("Ribuan pemudik berdesakan saat
# menaiki tangga KM Gunung Dempo", "penumpang … berebutan naik tangga", "dipadati ribuan
# penumpang"): a port's or a station's crush, in which no one is at odds with anyone.
_TRAVELLERS = r"(?:pemudik|penumpang|calon penumpang)"
_CROWDING = (
    r"(?:berdesakan|berdesak desakan|berebut|berebutan|saling dorong|terjepit"
    r"|terinjak injak|membludak|membeludak|memadati|dipadati)"
)
_TRAVELLERS_CROWDING = re.compile(
    rf" {_TRAVELLERS}(?: [a-z0-9_]+){{0,12}}? {_CROWDING} "
    rf"| {_CROWDING}(?: [a-z0-9_]+){{0,6}}? {_TRAVELLERS} "
)


def _travellers_crowding(
    reading: str, categories: list[str], scores: dict[str, float], electoral: bool
) -> bool:
    """Travellers crowding a port or a station told in the lead, with no category but
    the fallback or the model's guess, in a story of no election: a crush, not a
    quarrel. Passengers who protest or storm the captain's cabin name a protest outright
    and are not read here."""
    return (
        not electoral
        and (set(categories) <= {OTHER} or _only_guessed(categories, scores))
        and _TRAVELLERS_CROWDING.search(_lead(reading)) is not None
    )


def _routine_procedure(
    reading: str, kind: str, categories: list[str], flags: dict[str, list[str]]
) -> bool:
    """A news story of logistics shipped or voters guided, of the polls' officers
    trained, of the security forces moved out to the polls, or of one who died of
    exhaustion, with nothing said to go wrong: the election bodies' routine, not a
    conflict signal. A field message about logistics reports a problem, and a meeting
    about it stays a meeting."""
    harm = flags.get("arson") or flags.get("weapon")
    # A protest held is policed, not deployed for: its guards are no routine.
    protest_held = kind == "incident" and DEMONSTRATION in categories
    if (
        flags.get("deployment")
        and not harm
        and not protest_held
        and not _goes_wrong(reading, flags)
    ):
        return True  # the eve-of-vote deployment, with nothing said to go wrong
    if _voters_taught(reading, categories, flags) and not _contestants_warned(reading):
        return True
    if _a_customary_election_held(reading, categories, flags):
        return True
    if _a_mock_war_held(reading, flags):
        return True
    if len(reading) < ARTICLE_CHARS or not categories:
        return False
    if harm:
        return False  # ballot boxes burnt are no routine, whatever the category
    if flags.get("chore") and set(categories) <= lexicon.ROUTINE_ELECTION_CATEGORIES:
        # A chore's own checks ("memastikan tidak ada surat suara yang rusak") name
        # trouble in passing: only trouble the lead tells went wrong.
        return not _says(_realis(_lead(reading)), flags.get("trouble", []))
    if _goes_wrong(reading, flags) and (
        not _explains(flags)
        or _leads_with_a_finding(reading, flags)
        or _says(_realis(reading), set(flags["trouble"]) & _RIGGED)
    ):
        return False
    routine = flags.get("routine") or flags.get("natural_death")
    if routine and set(categories) <= lexicon.ROUTINE_ELECTION_CATEGORIES:
        return True  # a training for the polls, or a worker lost to exhaustion
    procedural = set(categories) <= PROCEDURAL
    return kind in ("incident", "threat") and procedural


def _an_election_s_chores_told(
    reading: str, categories: list[str], scores: dict[str, float], flags: dict[str, list[str]]
) -> bool:
    """A story of the election bodies' work ("56 TPS di lapas, rutan dan LPKA") that
    names no category outright, no trouble, no harm and no quarrel at all: their
    routine, whatever the model guesses from its words."""
    return (
        len(reading) >= ARTICLE_CHARS
        and bool(flags.get("election"))
        and _only_guessed(categories, scores)
        and not (flags.get("trouble") or flags.get("arson") or flags.get("weapon"))
        and not _tells_a_quarrel(reading)
    )


def _only_guessed(categories: list[str], scores: dict[str, float]) -> bool:
    """No category the text names outright: each is a story's fallback or the model's
    guess from faint words ("KPPS" alone)."""
    return all(scores.get(c, 0.0) < CATEGORY_THRESHOLD for c in categories)


def _worn_out(flags: dict[str, list[str]], text: str) -> bool:
    """Officers dead or sick of exhaustion or illness ("meninggal dunia karena
    kelelahan"), with no fight or riot told: harmed by no one's hand."""
    return bool(flags.get("natural_death")) and extract.worn_out(text)


def _a_guide(reading: str, flags: dict[str, list[str]], places: Sequence[PlaceHit]) -> bool:
    """A guide that says in its lead what it explains ("7 Cara Melaporkan Kecurangan
    Pemilu", "Jika Surat Suara Rusak, Apakah Bisa Diganti? Ini Aturannya") and names no
    regency or finer place: the violations it lists happened to no one, nowhere. A
    manual that marks itself so in its lead ("PANDUAN BAGI PENGAWAS TPS", "DAFTAR ISI")
    is one whatever office's address it prints."""
    lead = _lead(reading)
    if _says(lead, flags.get("manual", [])):
        return True
    if not _says(lead, _explains(flags)):
        return False
    return all(p.level < REGENCY for p in places)


def _explains(flags: dict[str, list[str]]) -> set[str]:
    """The words that mark a guide. "Tata cara" also names a regulation ("Petunjuk Teknis
    Tata Cara Pemungutan Suara") that a story of a rigged vote cites, and a procedure
    broken ("pelanggaran tata cara mekanisme dalam pemungutan suara")."""
    return set(flags.get("explainer", [])) - {"tata cara"}


def _a_customary_election_held(
    reading: str, categories: list[str], flags: dict[str, list[str]]
) -> bool:
    """A desa adat choosing its bendesa by vote or consensus, with no quarrel told (no
    "kisruh", "polemik", "menolak", "dua kubu"): its customs at work, no conflict signal."""
    if not flags.get("customary_election") or flags.get("customary_quarrel"):
        return False
    if flags.get("election"):
        return False
    customary = {"adat_customary_dispute", SARA, OTHER}
    return set(categories) <= customary and not _goes_wrong(reading, flags)


def _a_mock_war_held(reading: str, flags: dict[str, list[str]]) -> bool:
    """A rite fought as a mock war, told in the lead (Tenganan's perang pandan, Lingsar's
    perang topat), with no quarrel, fire or trouble told: worship and play, however much
    war, blood and thrown rice the story tells of."""
    if not flags.get("mock_war"):
        return False
    rites = set(flags["mock_war"])
    if flags.get("arson") and not rites & _FIRE_RITES:
        return False
    flags = _without_the_rite_s_own(flags, rites)
    # A mock war has two sides ("massa kedua kubu pun saling melemparkan ketupat"), and
    # a quarrel hoped away is none ("tidak juga menjadi konflik antar dua kelompok").
    realis = _realis(reading)
    quarrels = {q for q in flags.get("customary_quarrel", []) if f" {q} " in realis}
    if quarrels - {"dua kubu", "kedua kubu"}:
        return False
    # Whatever category its two sides, its temple or its thrown weapons suggest.
    return _says(_lead(reading), flags["mock_war"]) and not _goes_wrong(reading, flags)


def _without_the_rite_s_own(flags: dict[str, list[str]], rites: set[str]) -> dict[str, list[str]]:
    """A war of torches burns its own weapons ("setelah semua pelepah kelapa habis
    terbakar"): its fire is no arson and its burnt torches no trouble, though a house set
    alight by it still is ("kebakaran"). Pariaman's tabuik basalisiah is a brawl the rite
    requires ("diwajibkan untuk ricuh dan baku hantam sungguhan"): its uproar is the
    rite's, in the trouble told and in the quarrel alike. A water war leaves everyone wet
    ("basah kuyup") and ends when the water runs out ("habis")."""
    for rites_of_a_kind, own_words, kinds_of_flag in _RITES_OWN_WORDS:
        if rites & rites_of_a_kind:
            flags = {
                **flags,
                **{
                    kind: [word for word in flags.get(kind, []) if word not in own_words]
                    for kind in kinds_of_flag
                },
            }
    return flags


# Torches, and the timbung of Pejanggik's war, rice burnt in bamboo before it is thrown.
_FIRE_RITES = frozenset(["perang obor", "perang api", "perang timbung", "penimbungan"])
_TORCH_WORDS = frozenset(["terbakar", "dibakar", "membakar", "habis"])
_WATER_RITES = frozenset(["perang air", "siat yeh", "gebyuran"])
_WET_WORDS = frozenset(["basah", "habis"])
_BRAWL_RITES = frozenset(["basalisiah", "basalisia", "basilisih"])
_BRAWL_WORDS = frozenset(["ricuh", "kericuhan", "keributan", "bentrok", "bentrokan"])
# Each kind of rite, the words that are its own, and the flags they are struck from.
_RITES_OWN_WORDS: tuple[tuple[frozenset[str], frozenset[str], tuple[str, ...]], ...] = (
    (_FIRE_RITES, _TORCH_WORDS, ("trouble",)),
    (_WATER_RITES, _WET_WORDS, ("trouble",)),
    (_BRAWL_RITES, _BRAWL_WORDS, ("trouble", "customary_quarrel")),
)


# An appeal that leads with the contestants as its addressees ("Bawaslu Babel Ingatkan
# Caleg tidak Melakukan Politik Uang"): a warning to those who might break the rules, not
# voters taught, whatever "pendidikan politik" it mentions.
_CONTESTANTS_WARNED = re.compile(
    r" (?:ingatkan|mengingatkan|imbau|mengimbau|himbau|menghimbau|peringatkan|memperingatkan"
    r"|larang|melarang)(?: [a-z]+){0,2}? (?:caleg|calon|paslon|kandidat|parpol|partai"
    r"|peserta pemilu|tim sukses|timses|tim kampanye) "
)


def _contestants_warned(reading: str) -> bool:
    return _CONTESTANTS_WARNED.search(_lead(reading)) is not None


def _voters_taught(reading: str, categories: list[str], flags: dict[str, list[str]]) -> bool:
    """A story of first-time voters taught at their schools, or of any voters taught,
    that names no trouble beyond the procedure's own words and the hoaxes, money
    politics and intimidation they are warned of, and tells nothing gone wrong: the
    election bodies' routine."""
    if not flags.get("voter_education") or len(reading) < ARTICLE_CHARS:
        return False
    if flags.get("arson") or flags.get("weapon"):
        return False
    # "other": no cue at all; money politics and intimidation as what the lesson warns
    # of ("bentuk intimidasi bisa bermacam-macam").
    harmless = lexicon.ROUTINE_ELECTION_CATEGORIES | {OTHER, MONEY, UNREST}
    if _CIRCULATING.search(_realis(reading)) is None:
        # Hoaxes as a lesson's topic ("cara mengenali informasi yang benar di tengah
        # maraknya berita bohong"), none of them said to circulate.
        harmless |= {HOAX}
    return set(categories) <= harmless and not _goes_wrong(reading, flags)


_RIGGED = frozenset(lexicon.RIGGING)


def _goes_wrong(reading: str, flags: dict[str, list[str]]) -> bool:
    """Trouble told as having happened: "agar tidak rusak atau basah" is a precaution.
    A roll swollen past the people or called a shambles is trouble too."""
    if _a_roll_gone_wrong(reading):
        return True
    if not flags.get("trouble"):
        return False
    realis = _realis(reading)
    # "Tidak terdaftar" carries its own negation, which the realis reading blanks.
    return any(
        f" {word} " in (reading if word.split()[0] in _MODALS else realis)
        for word in flags["trouble"]
    )


def _a_roll_gone_wrong(reading: str) -> bool:
    return bool(
        ("penduduk" in reading and _A_ROLL_SWOLLEN.search(reading))
        or (_says_any(reading, _DISARRAY_WORDS) and _A_ROLL_IN_DISARRAY.search(reading))
    )


def _leads_with_a_finding(reading: str, flags: dict[str, list[str]]) -> bool:
    """The lead tells of trouble found ("5.762 DPT ganda ditemukan"): a problem
    reported, whatever the story then says of who may still vote."""
    lead = _realis(_lead(reading))
    return _says(lead, lexicon.FINDINGS) and _says(lead, flags.get("trouble", []))


def _saturate(evidence: float, cap: float) -> float:
    """Evidence that grows ever more slowly towards `cap`: a pile of weak cues never
    outvotes the model on its own, and more cues still count for more."""
    return cap * (1.0 - math.exp(-max(evidence, 0.0) / cap))


def _kind(
    cues: dict[str, float],
    model: dict[str, float],
    categories: list[str],
    counts: dict[str, int | None],
    context: bool,
    cap: float,
    routine: bool = False,
) -> str:
    """Casualties make an incident. Otherwise the cues (a meeting word, a future or
    hearsay word, a past-tense act) and the model vote together; a text naming no
    conflict category is not a signal unless it reports an act in an election or
    security context."""
    if counts["dead"] or counts["injured"]:
        return "incident"
    votes = {
        k: model.get(k, 0.0) + KIND_CUE_WEIGHT * _saturate(cues.get(k, 0.0), cap) for k in KINDS
    }
    if not categories:
        # A meeting of the team about an election or security matter is a signal even
        # when it names no conflict category (an integrity pact, a briefing).
        if context and cues.get("meeting", 0.0) >= 1.0 and votes["meeting"] >= votes["incident"]:
            return "meeting"
        # Without a category, only strong act words in an election or security text
        # make a signal, and only when the model does not read it as ordinary news.
        # A text that says its event went smoothly ("berjalan aman") reports none.
        strong = cues.get("incident", 0.0) >= STRONG_INCIDENT_CUES and not routine
        if strong and context and model.get("none", 0.0) < MODEL_CATEGORY_CONFIDENCE:
            return "incident"
        return "none"
    if cues.get("meeting", 0.0) < 1.0 and model.get("meeting", 0.0) < MODEL_KIND_CONFIDENCE:
        votes["meeting"] = 0.0
    return max(("incident", "threat", "meeting"), key=lambda k: votes[k])


def _severity(
    kind: str,
    categories: list[str],
    counts: dict[str, int | None],
    flags: dict[str, list[str]],
    *,
    appeal: bool = False,
) -> int:
    if kind == "none":
        return 0  # a drill's wounded or a worker lost to illness are no conflict's
    if counts["dead"]:
        return 4
    if counts["injured"]:
        return 3
    if kind == "incident":
        return 2
    # Provocation already spreading is more than a warning; an agency's appeal to
    # beware of hoaxes on social media is only a warning.
    spreading = HOAX in categories and flags.get("spread")
    if spreading and kind != "meeting" and not appeal:
        return 2
    return 1


def _stage(
    scores: dict[str, float],
    categories: list[str],
    published: dt.date | None,
    calendar: Sequence[elections.StageWindow],
) -> tuple[str | None, str]:
    """A stage the text names; else the stage in effect on the day it was published;
    else the stage its kind of trouble belongs to. With where it came from."""
    if scores:
        best = max(scores, key=lambda s: scores[s])
        if scores[best] >= STAGE_CUE_THRESHOLD:
            return best, "text"
    on_the_day = elections.stage_on(published, calendar) if published is not None else None
    if on_the_day is not None:
        return on_the_day, "date"
    by_category = elections.stage_of_categories(categories)
    return by_category, "category" if by_category else ""
