"""Where a text's events happen, as Kemendagri codes at the finest level it supports."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from siaga.analysis.extract import (
    byline_spans,
    command_spans,
    court_spans,
    dateline_span,
    elsewhere_spans,
    headquarters_spans,
    hospital_spans,
    office_spans,
    origin_spans,
    sector_spans,
    venue_spans,
)
from siaga.analysis.gazetteer import (
    BALI,
    PROVINCE,
    REGENCY,
    Gazetteer,
    Mention,
    far_afield,
    finest,
    named_as_customary,
    one_sense_per_name,
    resolve,
)
from siaga.analysis.text import Folded, fold
from siaga.lib.regioncodes import VILLAGE, contains, level_of

# A field message that opens "Desa Tangkas - …" names its event's place first; only a
# news story has a dateline that may name the bureau instead.
NEWS_CHARS = 400


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
    found = _without_firms(
        text,
        _without_foreign_namesakes(
            text, _without_menus(text, gazetteer.find(text, folded or fold(text)))
        ),
    )
    found = _without_counted(text, _without_initials(text, found))
    mentions = _shortened_names(resolve(found, gazetteer, hint=hint))
    first_mention: dict[str, str] = {}
    kept = _without_far_villages(
        _without_far_homes(
            text,
            _without_asides(text, _without_headquarters(text, _without_hamlets(text, mentions))),
        )
    )
    kept = _without_customary_namesakes(text, kept)
    kept = _without_commands(text, kept)
    kept = _without_stations_across_the_border(text, kept)
    kept = _province_wide(text, kept)
    one_sense_per_name(kept)
    for mention in kept:
        assert mention.chosen is not None  # noqa: S101 (resolve returns only placed ones)
        first_mention.setdefault(mention.chosen, text[mention.start : mention.end])
    hits = []
    province = _whole_province(list(first_mention), gazetteer)
    if province is not None:
        name = gazetteer.places[province].name
        return [PlaceHit(province, name, PROVINCE, first_mention.get(province, name))], mentions
    for code in finest(first_mention):
        place = gazetteer.places[code]
        hits.append(PlaceHit(code, place.name, place.level, first_mention[code]))
    return hits, mentions


# "PT Surabaya Autocomp Indonesia di Desa Lolawang, Ngoro": a firm's name that opens
# with a place's names the firm, not where it stands.
_A_FIRM_BEFORE = re.compile(r"\b(?:PT|CV)\.?[ ]+$")


def _without_firms(text: str, mentions: list[Mention]) -> list[Mention]:
    if "PT" not in text and "CV" not in text:
        return mentions  # most texts
    return _without_those_after(text, mentions, _A_FIRM_BEFORE, reach=6)


# "seorang pria berinisial HST (38)": a person's initials, which may spell a regency's
# short name (HST is Hulu Sungai Tengah).
_INITIALS_BEFORE = re.compile(r"\b(?:[Bb]er)?[Ii]nisial[ ]+$")


# "23 Batang Kayu Hasil Ilegal Logging": a name a count stands before, in a headline's
# capitals, is the thing counted, not a regency. Addresses count their rows and houses
# ("RT 03 Sukamaju") and years stand before places ("Pilkada 2024 Klungkung"): neither is
# a count of things.
_COUNTED = re.compile(r"(?:^|[ (])(?P<before>[A-Za-z.]+[ ]+)?\d{1,3}[ ]+$")
_ADDRESS_WORDS = frozenset(["rt", "rw", "no", "no.", "nomor", "km", "blok", "gg", "jl", "jl."])


def _without_counted(text: str, mentions: list[Mention]) -> list[Mention]:
    return [m for m in mentions if m.trigger is not None or not _counted(text, m)]


def _counted(text: str, mention: Mention) -> bool:
    start = mention.start
    if start < 2 or not text[start - 2].isdigit() or text[start - 1] != " ":
        return False  # nearly always: no count stands right before the name
    found = _COUNTED.search(text, max(0, start - 16), start)
    if found is None:
        return False
    before = (found.group("before") or "").strip().lower()
    return before not in _ADDRESS_WORDS


def _without_initials(text: str, mentions: list[Mention]) -> list[Mention]:
    if "nisial" not in text:
        return mentions  # most texts
    return _without_those_after(text, mentions, _INITIALS_BEFORE, reach=12)


def _without_those_after(
    text: str, mentions: list[Mention], before: re.Pattern[str], reach: int
) -> list[Mention]:
    """The mentions not preceded, within `reach` characters, by what `before` matches."""
    return [m for m in mentions if before.search(text[max(0, m.start - reach) : m.start]) is None]


# "Kuala Lumpur, Malaysia", "PPLN Kuala Lumpur", "KBRI Singapura": a place abroad,
# named as a place of the registry is too (a village in Gorontalo is Kuala Lumpur).
_FOREIGN_COUNTRY = (
    r"Malaysia|Singapura|Singapore|Brunei(?:[ ]Darussalam)?|Thailand|Filipina|Vietnam"
    r"|Timor[ ]Leste|Papua[ ]Nugini|Australia|Jepang|Korea(?:[ ]Selatan)?|Taiwan|Hong[ ]Kong"
    r"|Arab[ ]Saudi|Belanda|Amerika(?:[ ]Serikat)?|Tiongkok|Mesir|Turki|Inggris|Jerman"
    r"|Prancis|Perancis|Qatar|Uni[ ]Emirat[ ]Arab"
)
_COUNTRY_AFTER = re.compile(rf"[ ]*,[ ]*(?:{_FOREIGN_COUNTRY})\b")
_MISSION_BEFORE = re.compile(
    r"\b(?:PPLN|KPPSLN|KBRI|KJRI|Panwaslu[ ]+(?:Luar[ ]+Negeri[ ]+)?|Panwaslu[ ]+LN)[ ]+$"
)


# "surat suara tercoblos di Malaysia", "di Kuala Lumpur, Malaysia": the event was
# abroad, and the city where the story was filed or told is only where it was told.
_ABROAD = re.compile(
    rf"\bdi[ ]+(?:[A-Z][\w'-]*(?:[ ]+[A-Z][\w'-]*)?,[ ]*)?(?:{_FOREIGN_COUNTRY})\b"
)


def _without_foreign_namesakes(text: str, mentions: list[Mention]) -> list[Mention]:
    """A name that the text places abroad once (apposed to a foreign country, or the seat
    of an election committee or a mission abroad) is abroad every time it is named; so is
    a neighbour's capital or state, unnamed as a village, in a text that names its
    country ("WNI di Kuala Lumpur … ibu kota Malaysia")."""
    country_named = _A_NEIGHBOUR.search(text) is not None
    mentions = [m for m in mentions if not _begins_a_country_s_name(text, m)]
    abroad = {
        m.key
        for m in mentions
        if _COUNTRY_AFTER.match(text, m.end)
        or _MISSION_BEFORE.search(text, max(0, m.start - 40), m.start)
        or (country_named and m.key in _NEIGHBOURS_PLACES and m.trigger is None)
    }
    return [m for m in mentions if m.key not in abroad] if abroad else mentions


def _begins_a_country_s_name(text: str, mention: Mention) -> bool:
    """The first word of a foreign country's name ("Papua" in "Papua Nugini", "Timor" in
    "Timor Leste") is not the province or the island."""
    country = _A_COUNTRY.match(text, mention.start)
    return country is not None and country.end() > mention.end


_A_COUNTRY = re.compile(rf"(?:{_FOREIGN_COUNTRY})\b")
# Malaysia's capitals and states that villages in the registry are named after too.
_A_NEIGHBOUR = re.compile(r"\bMalaysia\b")
_NEIGHBOURS_PLACES = frozenset(
    ["kuala lumpur", "putrajaya", "putra jaya", "johor", "johor bahru", "penang"]
    + ["pulau pinang", "sabah", "selangor", "kelantan", "pahang", "perak", "terengganu"]
)


# A site's menu of regional sections ("Sulawesi Sumatera Jabar Banten Jateng DI Yogya
# Jatim Bali"): names side by side with nothing between them but spaces, or a section
# or two the gazetteer does not hold ("DI Yogya").
_MENU_GAP = re.compile(r"[ \t]+(?:[A-Z][\w]*[ \t]+){0,2}")
MENU_RUN = 4


def _without_menus(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions less those in a run of four or more capitalised names on one line
    with no mark and at most two capitalised words between each two, the first without
    a level word: a page's menu, not a list a person writes (who puts commas, "dan", or
    "Kabupaten" before it)."""
    runs: list[list[Mention]] = []
    last_end = -1
    for mention in sorted(mentions, key=lambda m: m.start):
        overlaps = mention.start < last_end
        follows = runs and (overlaps or _MENU_GAP.fullmatch(text, last_end, mention.start))
        if follows and mention.capitalized:
            runs[-1].append(mention)
        else:
            runs.append([mention])
        last_end = max(last_end, mention.end) if overlaps else mention.end
    menus = {
        id(m)
        for run in runs
        if len({m.start for m in run}) >= MENU_RUN
        and run[0].trigger is None
        and all(m.capitalized for m in run)
        for m in run
    }
    return [m for m in mentions if id(m) not in menus] if menus else mentions


def _whole_province(codes: list[str], gazetteer: Gazetteer) -> str | None:
    """The province whose regencies the text goes through nearly all of ("Kota Denpasar
    20 sekolah, Kabupaten Badung lima sekolah, Tabanan empat …"): the story is the
    province's, not each regency's."""
    regencies = {code[:5] for code in codes if level_of(code) >= REGENCY}
    provinces = {code[:2] for code in codes}
    if len(regencies) < WHOLE_PROVINCE_LEAST or len(provinces) != 1:
        return None  # nearly always
    province = provinces.pop()
    if province not in gazetteer.places:
        return None
    in_it = gazetteer.regency_count(province)
    return province if len(regencies) >= WHOLE_PROVINCE_SHARE * in_it else None


WHOLE_PROVINCE_LEAST, WHOLE_PROVINCE_SHARE = 4, 0.75


def _shortened_names(mentions: list[Mention]) -> list[Mention]:
    """A village named in full and then shortened ("Desa Ngares Kidul" … "warga Desa
    Ngares"): the short name, placed nowhere near the story's other places, is the same
    village, not its namesake across the country."""
    full = [m for m in mentions if m.chosen and level_of(m.chosen) == VILLAGE and " " in m.key]
    if not full:
        return mentions  # nearly always
    for mention in mentions:
        if mention.chosen is None or mention.support > 0 or " " in mention.key:
            continue
        if level_of(mention.chosen) != VILLAGE:
            continue
        longer = next((m for m in full if m.key.startswith(mention.key + " ")), None)
        if longer is not None and longer.chosen != mention.chosen:
            mention.chosen = longer.chosen
            mention.why.append(f"short for {longer.key}")
    return mentions


def _without_headquarters(text: str, mentions: list[Mention]) -> list[Mention]:
    """The national police's or army's headquarters ("di Mabes Polri, Kebayoran Baru,
    Jakarta Selatan") is where national news is briefed: never the place of the event,
    even when the story names no other."""
    spans = headquarters_spans(text)
    if not spans:
        return mentions  # nearly always
    return [m for m in mentions if not any(a <= m.start < b for a, b in spans)]


def _without_asides(text: str, mentions: list[Mention]) -> list[Mention]:
    """A news story's dateline says where it was filed, often a bureau far from the event
    ("AMBON, KOMPAS.com - … Kabupaten Maluku Barat Daya"), "kata … di Denpasar" where
    someone spoke, "pemuda asal Kecamatan Ciruas" where someone comes from, "dilarikan ke
    RSUD Sanjiwani Gianyar" where the wounded were taken, "Kontributor Kendari" where the
    writer works and "Basarnas Ambon" where an office sits: those places count only when
    the story names no other regency or finer place."""
    if len(text) < NEWS_CHARS:
        return mentions
    dateline = dateline_span(text)
    asides = [(dateline, "dateline")] if dateline else []
    if dateline:
        asides += [(span, "caption") for span in _sentences_before(text, dateline[0])]
    asides += [(span, "venue") for span in venue_spans(text)]
    asides += [(span, "origin") for span in origin_spans(text)]
    asides += [(span, "hospital") for span in hospital_spans(text)]
    asides += [(span, "elsewhere") for span in elsewhere_spans(text)]
    asides += [(span, "court") for span in court_spans(text)]
    asides += [(span, "office") for span in office_spans(text)]
    asides += [(span, "byline") for span in byline_spans(text)]
    why_aside = {id(m): why for m in mentions for (a, b), why in asides if a <= m.start < b}
    outside = [m for m in mentions if id(m) not in why_aside]
    # Only a dateline (or its caption) may be the province's own event city: a speaker's
    # venue in the province's capital ("ditemui di Kantor Bawaslu, Denpasar") is no
    # place of a story about the whole province.
    telling = [m for m in mentions if why_aside.get(id(m)) in ("dateline", "caption")]
    if not why_aside:
        return mentions
    # The asides give way where the story places its event itself, or where it tells of
    # events across the country ("menangkap 13 terduga teroris di sejumlah daerah",
    # told from Jakarta) or abroad: those were elsewhere, unnamed, and the asides only
    # where it was told.
    if (
        not _names_elsewhere(outside, telling)
        and not _NATIONWIDE.search(text)
        and not _ABROAD.search(text)
    ):
        return mentions
    for mention in mentions:
        if id(mention) in why_aside:
            mention.why.append(why_aside[id(mention)])
    return outside


# Events told as happening across the country or in regions left unnamed.
_NATIONWIDE = re.compile(
    r"\b(?:sejumlah|berbagai|beberapa)[ ]+(?:tempat[ ]+dan[ ]+)?(?:daerah|wilayah|provinsi)\b"
    r"(?![ ,]+(?:seperti|antara lain|di antaranya|termasuk|yakni|yaitu|di[ ]+[A-Z]))"
    r"|\bseluruh[ ]+(?:wilayah[ ]+)?(?:Indonesia|provinsi|tanah air)\b|\bse-?Indonesia\b"
    r"|\b\d{2,3}[ ]+provinsi\b",
    re.IGNORECASE,
)


# "pemuda Manggarai", "(warga Manggarai)", "artis Jakarta": people named by their home,
# and "Asrama Papua", the dormitory of a province's students far from it; "keturunan
# Bali" and "perkampungan Bali" in Sumbawa Besar, people of Balinese descent and their
# quarter.
_PEOPLE_BEFORE = re.compile(
    r"\b(?:pemuda|warga|artis|perantau|orang|mahasiswa|masyarakat|suku|etnis|komunitas"
    r"|kelompok|asrama|keturunan|perkampungan|permukiman|pemukiman)[ ]+$",
    re.IGNORECASE,
)


def _without_far_homes(text: str, mentions: list[Mention]) -> list[Mention]:
    """A regency or province named as people's home ("pemuda Manggarai" in a story from
    Badung) is no place of the event when it lies in a province none of the story's
    other places do."""
    homes = [m for m in mentions if _names_a_home(text, m)]
    if not homes:
        return mentions  # nearly always
    home_ids = {id(m) for m in homes}
    others = [m.chosen for m in mentions if m.chosen and id(m) not in home_ids]
    provinces = {code[:2] for code in others}
    if not provinces:
        return mentions
    far = [m for m in homes if m.chosen and m.chosen[:2] not in provinces]
    # "pemuda asal Manggarai, Flores, Nusa Tenggara Timur": the home's own province.
    far += [m for m in mentions if any(_apposed_to(home, m) for home in far)]
    for mention in far:
        mention.why.append("home")
    far_ids = {id(m) for m in far}
    return [m for m in mentions if id(m) not in far_ids]


def _apposed_to(home: Mention, mention: Mention) -> bool:
    return (
        mention.chosen is not None
        and home.chosen is not None
        and level_of(mention.chosen) == PROVINCE
        and home.chosen.startswith(mention.chosen)
        and 0 <= mention.start - home.end <= APPOSITION_CHARS
    )


APPOSITION_CHARS = 30


def _names_a_home(text: str, mention: Mention) -> bool:
    if mention.chosen is None or level_of(mention.chosen) > REGENCY or mention.trigger:
        return False
    return _PEOPLE_BEFORE.search(text, max(0, mention.start - 20), mention.start) is not None


def _without_far_villages(mentions: list[Mention]) -> list[Mention]:
    """A village placed on its trigger and a half-point of support ("Desa Bantan", the
    caption's Medan close by) in a province none of the story's own places lies in is a
    loosely named place of the story's region, not a village at the far end of the
    country. Run once the asides are gone, since they lent that half point."""
    far = far_afield(mentions, _weakly_placed)
    return [m for m in mentions if id(m) not in far]


def _without_customary_namesakes(text: str, mentions: list[Mention]) -> list[Mention]:
    """A customary village named after an administrative one in a regency none of the
    story's other places lies in is not that village: every mention of its name goes.
    ("Desa Adat Liligundi" in a story from Bebandem, Karangasem: Bali's customary villages
    share names with administrative ones, and the registry holds only the latter; a
    Kelurahan Liligundi lies in Buleleng.)"""
    customary = {
        m.key
        for m in mentions
        if m.chosen and level_of(m.chosen) == VILLAGE and named_as_customary(text, m.start)
    }
    if not customary:
        return mentions
    regencies = _regencies_of(m for m in mentions if m.key not in customary)
    far = {m.key for m in mentions if m.key in customary and _outside(m, regencies)}
    return [m for m in mentions if m.key not in far] if regencies and far else mentions


def _regencies_of(mentions: Iterable[Mention]) -> set[str]:
    """The regencies the mentions placed at a regency or finer lie in."""
    return {m.chosen[:5] for m in mentions if m.chosen and level_of(m.chosen) >= REGENCY}


def _outside(mention: Mention, regencies: set[str]) -> bool:
    """Placed at a regency or finer, in none of these regencies."""
    chosen = mention.chosen
    return chosen is not None and level_of(chosen) >= REGENCY and chosen[:5] not in regencies


def _weakly_placed(mention: Mention) -> bool:
    if mention.chosen is None or level_of(mention.chosen) != VILLAGE:
        return False
    return "region prior" not in mention.why and mention.support < 1.0


def _sentences_before(text: str, end: int) -> list[tuple[int, int]]:
    """Whole sentences above the dateline: a headline has no full stop, a photo's
    caption does ("Warga melihat DPT di Pasar Baru, Jakarta Pusat, Selasa (29/10).")."""
    spans, offset = [], 0
    for line in text[:end].split("\n"):
        if line.rstrip().endswith("."):
            spans.append((offset, offset + len(line)))
        offset += len(line) + 1
    return spans


def _names_elsewhere(outside: list[Mention], asides: list[Mention]) -> bool:
    """The story places its event itself: a regency or finer place, or a province that
    holds none of the aside places ("JAKARTA - … ditangkap di Jawa Barat")."""
    aside_codes = [m.chosen for m in asides if m.chosen]
    for mention in outside:
        if mention.chosen is None:
            continue
        if level_of(mention.chosen) >= REGENCY:
            return True
        if not any(contains(mention.chosen, code) for code in aside_codes):
            return True
    return False


# An address runs from fine to coarse: "Kampung Darmajaya, Desa Setiadarma, Tambun
# Selatan". A kampung named just before a desa is a hamlet inside it, however many
# villages elsewhere share its name; so is a dusun before a village of the regions' own
# words ("Dusun Bahkisat, Nagori Marihat Raja").
_THEN_A_VILLAGE = re.compile(
    r"[ ,]*(?:(?:Dusun|Dukuh|RT|RW)[ ]*[\w/.]*[ ,]*)*"
    r"(?:Desa|Kelurahan|Kel\.|Ds\.?|Nagori|Nagari|Gampong|Pekon)[ ]*"
)


def _without_hamlets(text: str, mentions: list[Mention]) -> list[Mention]:
    kept = []
    for position, mention in enumerate(mentions):
        after = mentions[position + 1] if position + 1 < len(mentions) else None
        hamlet = (
            after is not None
            and _named_as_hamlet(text, mention)
            and mention.chosen is not None
            and level_of(mention.chosen) == VILLAGE
            and after.chosen != mention.chosen
            and _THEN_A_VILLAGE.fullmatch(text, mention.end, after.start) is not None
        )
        if not hamlet and not _a_hamlet_named_like_a_region(text, mention):
            kept.append(mention)
    return kept


# "Dusun Karanganyar, Kelurahan Karangrejo": a hamlet that shares a regency's or a
# district's name is still a hamlet, wherever the story goes on. So is Bali's "Banjar
# Bangli, Desa Yehembang Kangin", where the banjar is the hamlet. A subak, the farmers'
# water board, is named for its fields: "Subak Balangan" in Mengwi is not Kalimantan's
# Balangan. A Minangkabau nagari's hamlet is its jorong ("jorong Batang Lingkin").
_DUSUN_WORD = re.compile(r"(?i:\bdusun|\bdukuh|\bdsn\.?|\bsubak|\bjorong)[ ]*$")
_BANJAR_WORD = re.compile(r"(?i:\bbanjar)[ ]+$")


def _a_hamlet_named_like_a_region(text: str, mention: Mention) -> bool:
    if mention.chosen is None or level_of(mention.chosen) >= VILLAGE:
        return False
    before = max(0, mention.start - 8)
    if _DUSUN_WORD.search(text, before, mention.start) is not None:
        return True
    return (
        contains(BALI, mention.chosen)
        and _BANJAR_WORD.search(text, before, mention.start) is not None
    )


# "Dukuh Ngasinan Desa Kembangan": a dukuh or dusun is a hamlet, whether or not its word
# is a trigger of the gazetteer's.
_HAMLET_WORD = re.compile(r"(?i:dusun|dukuh|kampung|kp\.?)[ ]*$")


def _named_as_hamlet(text: str, mention: Mention) -> bool:
    if mention.trigger_word == "kampung":
        return True
    return _HAMLET_WORD.search(text, max(0, mention.start - 8), mention.start) is not None


# "Kapolres se-Bali", "di seluruh Bali", "di seluruh Provinsi Lampung", "Tingkat Provinsi
# Sumatera Barat", "Kesbangpol Prov. Sumbar": the province named as the story's scope.
_SCOPE_BEFORE = re.compile(
    r"(?i:\bse-?(?:provinsi[ ]+)?|\bseluruh[ ]+(?:provinsi[ ]+)?|tingkat[ ]+provinsi[ ]+"
    r"|\bprov\.?[ ]+)$"
)
SCOPE_DOMINANCE = 3


def _province_wide(text: str, mentions: list[Mention]) -> list[Mention]:
    """A story whose scope is a whole province, told from the one city where it was
    filed or held ("Rapat … Tingkat Provinsi Sumatera Barat" at Bukittinggi, the
    Kapolda's briefing of every bendesa in Bali at Denpasar), is the province's: the city
    gives way when the province is named as the scope and far more often than it."""
    scopes = {m.chosen for m in mentions if m.chosen and _named_as_scope(text, m)}
    if len(scopes) != 1:
        return mentions  # nearly always: no scope named
    province = scopes.pop()
    finer = [m for m in mentions if m.chosen and level_of(m.chosen) >= REGENCY]
    regencies = {m.chosen[:5] for m in finer if m.chosen}
    said = sum(1 for m in mentions if m.chosen == province)
    if len(regencies) != 1 or not regencies.pop().startswith(province + "."):
        return mentions
    if said < SCOPE_DOMINANCE * len(finer):
        return mentions
    for mention in finer:
        mention.why.append("scope")
    finer_ids = {id(m) for m in finer}
    return [m for m in mentions if id(m) not in finer_ids]


def _named_as_scope(text: str, mention: Mention) -> bool:
    if mention.chosen is None or level_of(mention.chosen) != PROVINCE:
        return False
    if _SCOPE_BEFORE.search(text, max(0, mention.start - 20), mention.start) is None:
        return False
    # "ratusan massa dari berbagai kalangan di seluruh Bali … di depan Kantor Gubernur":
    # where the crowd came from, not the story's scope.
    return _FROM_ALL_OVER.search(text, max(0, mention.start - 60), mention.start) is None


_FROM_ALL_OVER = re.compile(r"(?i:\bdari\b[^.,\n]{0,40}$)")


def _without_stations_across_the_border(text: str, mentions: list[Mention]) -> list[Mention]:
    """A district police station named after a district in a regency none of the story's
    other places lies in ("Polsek Cisauk" escorting a protest in Setu, Tangerang Selatan)
    guards across the border: its seat is not the event's place."""
    spans = sector_spans(text)
    if not spans:
        return mentions  # nearly always
    stations = {id(m) for m in mentions if any(a <= m.start < b for a, b in spans)}
    regencies = _regencies_of(m for m in mentions if id(m) not in stations)
    far = {id(m) for m in mentions if id(m) in stations and _outside(m, regencies)}
    return [m for m in mentions if id(m) not in far] if regencies and far else mentions


def _without_commands(text: str, mentions: list[Mention]) -> list[Mention]:
    """A police command is named after its seat, and its ground reaches past that
    regency's borders ("Kapolres Pasuruan Kota" of a village in Kabupaten Pasuruan):
    the seat counts only when the story names no other regency or finer place. A story
    that names only its province ("Kapolres Bantul" at a derby in DIY) speaks of the
    seat."""
    spans = command_spans(text)
    if not spans:
        return mentions  # nearly always
    commands = {id(m): m for m in mentions if any(a <= m.start < b for a, b in spans)}
    others = [
        m for m in mentions if id(m) not in commands and m.chosen and level_of(m.chosen) >= REGENCY
    ]
    if not others:
        return mentions
    for mention in commands.values():
        mention.why.append("command")
    return [m for m in mentions if id(m) not in commands]
