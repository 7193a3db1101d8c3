"""The SMS/WhatsApp reporting format, read leniently.

    LAPOR#<desa atau kode wilayah>#<kategori>#<kejadian>
    NIHIL#<desa atau kode wilayah>
    INFO                       (a reply explains the format)

Separators may be #, * or /; words may be in any case with stray spaces; parts may be
missing ("LAPOR#Tangkas#ada baliho dirusak"). Anything else is kept as a free-text report
for the analysts. Pure functions: no Django.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

REPORT_WORDS = {"lapor", "lapr", "lpr", "lap", "laporan", "lapo", "report"}
CHECKIN_WORDS = {"nihil", "nhl", "nil", "aman", "kondusif", "nihi"}
HELP_WORDS = {"info", "bantuan", "help", "format", "cara"}

# Words officers type for each category, including abbreviations and slang.
CATEGORY_WORDS: dict[str, tuple[str, ...]] = {
    "money_politics": (
        "politik uang",
        "money politik",
        "money politic",
        "serangan fajar",
        "bagi uang",
        "amplop",
        "sembako",
        "pu",
        "politikuang",
        "mp",
    ),
    "supporters_clash": (
        "bentrok",
        "bentrokan",
        "ribut pendukung",
        "massa pendukung",
        "antar pendukung",
        "antarpendukung",
        "tawuran pendukung",
    ),
    "polling_station_unrest": (
        "ricuh tps",
        "kericuhan tps",
        "tps ricuh",
        "kerusuhan tps",
        "intimidasi kpps",
        "ribut tps",
    ),
    "election_campaign_violation": (
        "kampanye",
        "apk",
        "baliho",
        "spanduk",
        "kampanye ilegal",
        "curi start",
    ),
    "voter_list_problem": (
        "dpt",
        "dptb",
        "hak pilih",
        "tidak terdaftar",
        "ktp",
        "e-ktp",
        "daftar pemilih",
    ),
    "asn_neutrality": (
        "asn",
        "netralitas",
        "pns",
        "perbekel kampanye",
        "kades kampanye",
        "aparat desa",
    ),
    "election_logistics": ("logistik", "surat suara", "kotak suara", "distribusi"),
    "election_result_dispute": ("hasil", "sengketa", "tolak hasil", "hitung ulang", "rekapitulasi"),
    "demonstration": ("demo", "unjuk rasa", "unras", "aksi massa", "blokade", "blokir jalan"),
    "sara_identity_religion": (
        "sara",
        "agama",
        "rumah ibadah",
        "pura",
        "masjid",
        "gereja",
        "politik identitas",
        "suku",
        "etnis",
    ),
    "adat_customary_dispute": (
        "adat",
        "awig",
        "awig-awig",
        "kasepekang",
        "desa adat",
        "banjar adat",
        "sanksi adat",
    ),
    "land_boundary_dispute": ("batas", "tapal batas", "sengketa lahan", "lahan", "tanah"),
    "alcohol_drugs_brawl": (
        "miras",
        "mabuk",
        "arak",
        "narkoba",
        "tawuran",
        "perkelahian",
        "berkelahi",
        "duel",
    ),
    "hoax_hate_speech": (
        "hoaks",
        "hoax",
        "hoak",
        "fitnah",
        "ujaran kebencian",
        "provokasi",
        "berita bohong",
        "medsos",
    ),
    "terrorism_radicalism": ("teror", "teroris", "radikal", "bom"),
    "criminal_violence": (
        "penganiayaan",
        "pembacokan",
        "pembunuhan",
        "pencurian",
        "kekerasan",
        "kriminal",
    ),
    "other": ("lain", "lainnya"),
}
_SEPARATOR = re.compile(r"\s*[#*/]\s*")
_SPACES = re.compile(r"\s+")
_PUNCT = re.compile(r"[^\w\s-]")


@dataclass(frozen=True)
class ParsedMessage:
    kind: str  # "report", "checkin", "help" or "free"
    place: str = ""
    categories: tuple[str, ...] = ()
    text: str = ""
    problems: tuple[str, ...] = field(default=())


def fold(text: str) -> str:
    return _SPACES.sub(" ", text.strip().lower())


def category_for(word: str) -> str | None:
    folded = fold(word)
    for code, words in CATEGORY_WORDS.items():
        if folded == code or folded in words:
            return code
    return None


def categories_in(text: str) -> tuple[str, ...]:
    """Categories whose words occur in free text (whole words only)."""
    folded = " " + fold(_PUNCT.sub(" ", text)) + " "
    found = [
        code
        for code, words in CATEGORY_WORDS.items()
        if code != "other" and any(len(w) > 3 and f" {w} " in folded for w in words)
    ]
    return tuple(found)


def parse_message(body: str) -> ParsedMessage:
    text = body.strip()
    if not text:
        return ParsedMessage("help", problems=("empty",))
    parts = _SEPARATOR.split(text)
    keyword = fold(parts[0]).split(" ")[0] if parts else ""
    if len(parts) == 1 and keyword in HELP_WORDS:
        return ParsedMessage("help")
    if keyword in CHECKIN_WORDS and (len(parts) > 1 or fold(parts[0]) in CHECKIN_WORDS):
        place = parts[1].strip() if len(parts) > 1 else ""
        note = " ".join(p.strip() for p in parts[2:])
        return ParsedMessage("checkin", place=place, text=note)
    if keyword in REPORT_WORDS and len(parts) > 1:
        return _structured_report(parts[1:], text)
    return ParsedMessage("free", text=text, categories=categories_in(text))


def _structured_report(parts: list[str], original: str) -> ParsedMessage:
    """LAPOR# place # category # what happened, tolerating missing or swapped parts."""
    rest = [p.strip() for p in parts if p.strip()]
    place = ""
    categories: list[str] = []
    story: list[str] = []
    for index, part in enumerate(rest):
        code = category_for(part)
        if code is not None and not categories:
            categories.append(code)
        elif index == 0 and len(rest) > 1:
            place = part
        else:
            story.append(part)
    description = " ".join(story) or original
    if not categories:
        categories = list(categories_in(description))
    problems = () if story else ("no_description",)
    return ParsedMessage(
        "report", place=place, categories=tuple(categories), text=description, problems=problems
    )
