"""Finding Kemendagri regions in text: an Aho-Corasick automaton over every region name.

Names are matched on folded text (lower case, punctuation as spaces), on word
boundaries, longest match first. A mention's candidates are narrowed by the word before
it ("Desa", "Kec.", "Kab.", "Kota", "Polres", "Camat", …), then ranked by the other
places the text names (a desa whose kecamatan is also mentioned), by a region prior
(the team's own region) and by level. A bare name that is also a common word, or a desa
or kecamatan named with no trigger and nothing around it to support it, is not taken.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

import ahocorasick

from siaga.analysis.text import Folded, fold, fold_plain
from siaga.lib.regioncodes import ancestors_and_self, contains, level_of, parent_of

PROVINCE, REGENCY, DISTRICT, VILLAGE = 1, 2, 3, 4

# Words that set the level of the name after them. Institutions count: "Polres
# Klungkung" is a kabupaten, "Polsek Dawan" a kecamatan, "Perbekel Tangkas" a desa.
TRIGGERS: dict[str, int] = {
    "provinsi": PROVINCE, "prov": PROVINCE, "polda": PROVINCE, "kapolda": PROVINCE,
    "gubernur": PROVINCE, "kejati": PROVINCE, "korem": PROVINCE,
    "kabupaten": REGENCY, "kab": REGENCY, "kota": REGENCY, "polres": REGENCY,
    "polresta": REGENCY, "mapolres": REGENCY, "mapolresta": REGENCY, "kapolres": REGENCY,
    "kapolresta": REGENCY, "wakapolres": REGENCY, "kodim": REGENCY, "dandim": REGENCY,
    "bupati": REGENCY, "wabup": REGENCY, "walikota": REGENCY, "kejari": REGENCY,
    "kpu": REGENCY, "kpud": REGENCY, "bawaslu": REGENCY, "kesbangpol": REGENCY,
    "bakesbangpol": REGENCY, "pemkab": REGENCY, "pemkot": REGENCY, "dprd": REGENCY,
    "diskominfo": REGENCY, "kominfo": REGENCY, "fkub": REGENCY, "bpbd": REGENCY,
    "kemenag": REGENCY, "setda": REGENCY, "sekda": REGENCY, "satpol": REGENCY,
    "kecamatan": DISTRICT, "kec": DISTRICT, "distrik": DISTRICT, "polsek": DISTRICT,
    "kapolsek": DISTRICT, "koramil": DISTRICT, "danramil": DISTRICT, "camat": DISTRICT,
    "desa": VILLAGE, "ds": VILLAGE, "kelurahan": VILLAGE, "kel": VILLAGE, "kampung": VILLAGE,
    "nagari": VILLAGE, "gampong": VILLAGE, "perbekel": VILLAGE, "kades": VILLAGE,
    "lurah": VILLAGE, "pekon": VILLAGE,
    # Simalungun's villages and their heads: "Nagori Marihat Raja", "Pangulu Nagori".
    "nagori": VILLAGE, "pangulu": VILLAGE,
    # The place slot of the SMS format: "LAPOR#Tangkas#…", "NIHIL#Tangkas".
    "lapor": 0, "lpr": 0, "laporan": 0, "nihil": 0,
}  # fmt: skip
# They mark a place only with the format's "#": prose "mendapat laporan alat peraga"
# names no place.
SLOT_TRIGGERS = frozenset({"lapor", "lpr", "laporan", "nihil"})
# Triggers that name the administrative level itself; the others are offices and
# titles ("Perbekel", "Polres"), which mark a place only before a capitalised name.
ADMIN_TRIGGERS = frozenset(
    {
        "lapor",
        "lpr",
        "laporan",
        "nihil",
        "provinsi",
        "prov",
        "kabupaten",
        "kab",
        "kota",
        "kecamatan",
        "kec",
        "distrik",
        "desa",
        "ds",
        "kelurahan",
        "kel",
        "kampung",
        "nagari",
        "gampong",
        "pekon",
        "nagori",
    }
)
# Words that may sit between a trigger and the name: "Kodim 1610 Klungkung",
# "Bawaslu Kabupaten Tabanan" (the inner trigger then wins), "Desa Adat Bedha".
_BRIDGE = {"adat", "pakraman", "administrasi", "adm", "kepulauan", "pp", "metro"}

# Region names that are also everyday words or common name parts: taken only after a
# trigger word ("Desa Baru"), never bare.
COMMON_WORDS = frozenset(
    [
        # Coal ("PLTU batu bara"); Kabupaten Batu Bara after a trigger.
        "batu bara",
        "batubara",
        "baru",
        "lama",
        "tengah",
        "utara",
        "selatan",
        "timur",
        "barat",
        "atas",
        "bawah",
        "hulu",
        "hilir",
        "ilir",
        "pusat",
        "kota",
        "pasar",
        "pasir",
        # A port ("Pelabuhan Sape"), not Kelurahan Pelabuhan in Samarinda.
        "pelabuhan",
        "pantai",
        "sari",
        "jaya",
        "mulya",
        "mulia",
        "indah",
        "makmur",
        "sejahtera",
        "harapan",
        "merdeka",
        "damai",
        "sentosa",
        "bukit",
        "gunung",
        "air",
        "batu",
        "tanjung",
        "karang",
        "taman",
        "sawah",
        "kebun",
        "kebon",
        "rawa",
        "danau",
        "sungai",
        "pulau",
        "teluk",
        "muara",
        "kuala",
        "lubuk",
        "padang",
        "tegal",
        "kampung",
        "dusun",
        "desa",
        "raya",
        "agung",
        "sakti",
        "baik",
        "bersatu",
        "maju",
        "mandiri",
        "subur",
        "permai",
        "asri",
        "rejo",
        "rahayu",
        "lestari",
        "bahagia",
        "aman",
        "tenang",
        "bersih",
        "cinta",
        "kasih",
        "karya",
        "bakti",
        "tani",
        "nelayan",
        # A shaman ("Diduga Dukun Santet"), not Kecamatan Dukun in Magelang or Gresik.
        "dukun",
        # A palace ("Keraton Kasepuhan"), not Desa Keraton in Kabupaten Cirebon.
        "keraton",
        # A line of people ("Barisan dari Santana Kesultanan"), not Desa Barisan.
        "barisan",
        # A fleet of boats ("Armada juga tambah" in a search at sea), not Desa Armada.
        "armada",
        # A plantation ("Sabu di Perkebunan Sawit"), not a village named for one.
        "perkebunan",
        # A cane field ("Kerangka Manusia di Kebun Tebu"), not Kecamatan Kebun Tebu in
        # Lampung Barat.
        "kebun tebu",
        "sumber",
        "mekar",
        "tunas",
        "harapan",
        "baru",
        "satu",
        "dua",
        "tiga",
        "empat",
        "lima",
        "enam",
        "tujuh",
        "delapan",
        "sembilan",
        "sepuluh",
        "pemilu",
        "rapat",
        "hadir",
        "umum",
        "pembangunan",
        "keamanan",
        "pelita",
        "bunga",
        "melati",
        "mawar",
        "kenanga",
        "kamboja",
        "cempaka",
        "dahlia",
        "yang",
        "dari",
        "para",
        "setiap",
        "lebih",
        "sudah",
        "masing",
        "bisa",
        "tentang",
        "namun",
        "titik",
        "rawan",
        "terpadu",
        "sementara",
        "bakal",
        "rangka",
        "menjelang",
        "pasangan",
        "kesatuan",
        # Unity, in an organisation's name ("Forum Persatuan dan Ahli Waris Penambang",
        # "Partai Persatuan Pembangunan"): Desa Persatuan only after a level word.
        "persatuan",
        # A river's current ("Arus sungai lalu membawa Pratu Iqbal ke hilir"), not Desa
        # Arus in Maybrat.
        "arus",
        "bangsa",
        "ketua",
        "wakil",
        "kepala",
        "anggota",
        "tokoh",
        "warga",
        "negeri",
        "daerah",
        "wilayah",
        "tingkat",
        "antara",
        "sejak",
        "hingga",
        "sampai",
        "dalam",
        "luar",
        "semua",
        "besar",
        "kecil",
        "puncak",
        "mitra",  # a partner; Minahasa Tenggara's short name after a trigger
        "solo",  # alone ("aksi solo"); Surakarta's everyday name after a trigger
        # Function words that open a sentence capitalised ("Maka dari itu …").
        "maka",
        "pada",
        "bagi",
        "bila",
        "jadi",
        "kini",
        "kamu",
        "bulan",
        "pukul",
        "kantor",
        # A ballot ("Banyak Surat Suara … Tertukar" in a headline's capitals).
        "surat",
        # Every town's square ("Alun-alun Bangil"); Desa Alun-alun after a trigger.
        "alun alun",
        # To hunt, a headline's verb ("Warga Buru Dua Sosok Misterius", "Polisi Buru
        # Pelaku"); Kabupaten Buru after a trigger.
        "buru",
        # A camp ("DAMAI Kedua Kubu Telah Disepakati"); Kecamatan Kubu in Karangasem
        # after a trigger.
        "kubu",
        # A ban ("Polisi Tegaskan Larangan Kibarkan Bendera"); Kecamatan Larangan in
        # Brebes or Kota Tangerang after a trigger.
        "larangan",
        # A people and their land ("masyarakat Minangkabau", "tradisi di Minangkabau");
        # Desa Minangkabau in Tanah Datar after a trigger.
        "minangkabau",
        # A Balinese village's temple and hall ("Pura Bale Agung", "di Bale Agung Desa
        # Adat Seraya"); Magelang's Desa Baleagung after a trigger.
        "bale agung",
        # A border ("Bentrok Mematikan di Perbatasan Thailand-Kamboja" in a headline's
        # capitals); Desa Perbatasan in Mandailing Natal after a trigger.
        "perbatasan",
    ]
)

# Names that, in this company, belong to an office's title or a people's name: "Polres
# Metro Jakarta Pusat" (Kota Metro is in Lampung), "Karo Penmas" (the head of a police
# bureau), "Gereja Batak Karo Protestan".
_TITLE_WORD_AFTER: dict[str, frozenset[str]] = {
    "metro": frozenset(
        {"jakarta", "jaya", "bekasi", "tangerang", "depok"}
        | {"jaktim", "jakbar", "jaksel", "jakut", "jakpus"}
    ),
    "karo": frozenset(
        {"penmas", "ops", "humas", "sdm", "renmin", "provos", "paminal", "binops", "dalops"}
    ),
    # A village's head of affairs: "Kaur Pembangunan", "Kaur (Kepala Urusan) Pembangunan"
    # (Kaur is a regency in Bengkulu).
    # A general officer: "perwira tinggi (Pati) Polri" (Pati is a regency in Jawa Tengah).
    "pati": frozenset({"polri", "tni", "mabes"}),
    # Java's old kingdom again: "Mataram Islam", "Mataram Kuno", "Mataram
    # Ngayogyakarta".
    "mataram": frozenset({"islam", "kuno", "hindu", "ngayogyakarta"}),
    # The shield again: "Ende terbuat dari kulit sapi".
    "ende": frozenset({"terbuat"}),
    # A police unit's too: "Kaur Bin Ops Satlantas", "Kaur Reskrim".
    "kaur": frozenset(
        {"pembangunan", "umum", "keuangan", "pemerintahan", "kesra", "perencanaan", "tu", "kepala"}
        | {"bin", "binops", "ops", "reskrim", "intel", "mintu", "sumda", "bag", "subbag"}
    ),
}
# A Balinese feast named as a day ("hari raya", "rahina", "menjelang").
_A_FEAST_S_DAY = frozenset({"raya", "hari", "rahina", "perayaan", "setiap", "jelang", "menjelang"})
_TITLE_WORD_BEFORE: dict[str, frozenset[str]] = {
    "karo": frozenset({"batak"}),
    # Java's old kingdom, in its heirs' titles and histories ("Rajaputra Narendra Ing
    # Mataram", "Kesultanan Mataram"), and its court's style and custom ("jemparingan gaya
    # Mataram", "dalam tradisi Mataram"), not the city on Lombok.
    "mataram": frozenset(
        {"ing", "kerajaan", "kesultanan", "dinasti", "raja", "sultan", "gaya", "tradisi"}
    ),
    # "Holy" in a church's or a creed's name ("Gereja Hati Kudus Yesus", "Roh Kudus",
    # "Tanah Kudus"), not the regency.
    "kudus": frozenset({"hati", "roh", "maha", "kitab", "keluarga", "sakramen", "tanah"}),
    # A breed named after its regency ("domba Garut" fought in Subang).
    "garut": frozenset({"domba"}),
    "pati": frozenset({"tinggi"}),
    # Lombok's peresean fighters carry a buffalo-hide shield called "ende" ("perisai yang
    # disebut Ende"), not the regency in Flores.
    # Karangasem's rattan duel, "gebug ende", is named after that shield too.
    "ende": frozenset({"disebut", "perisai", "tameng", "gebug", "tamiang"}),
    # Bali's feast ten days after Galungan ("Hari Raya Kuningan", "Galungan-Kuningan"),
    # not the regency in Jawa Barat.
    # Its days are named by the Balinese calendar too ("Paing Kuningan", "Umanis
    # Kuningan", "Penampahan Kuningan").
    "kuningan": _A_FEAST_S_DAY
    | {"galungan", "paing", "pahing", "umanis", "manis", "penampahan", "tumpek", "pemacekan"},
    # Galungan, the feast itself ("menjelang hari raya Galungan"), is no Desa Galungan.
    "galungan": _A_FEAST_S_DAY | {"penampahan", "umanis"},
}

# A rank belongs to a person, and the capitalised run after it is that person's name,
# which may hold a place name ("Kompol I Putu Bayu Pati"). Offices such as Kapolres or
# Bupati take a place after them and are not here.
_RANK = re.compile(
    # Bali's caste titles head a name as ranks do: "camat I.B Mataram", "IB Putra".
    r"\b(?:I\.B\.?|A\.A\.?|IB|Ida Bagus|Anak Agung|I Gusti|Cokorda|Tjokorda)(?=[ ])|"
    # A clergyman's title heads his name too ("Pendeta Ende Berutu"), and so do Sumba's
    # noble titles ("Thomas Umbu Pati", "Rambu Anarara") and a saint's ("keturunan Sunan
    # Gunung Jati" in Kota Cirebon is no Kecamatan Gunung Jati).
    r"\b(?:Pendeta|Pdt\.|Pastor|Romo|Umbu|Rambu|Sunan)(?=[ ])|"
    # An Arabic first name heads a person's too: "ungkap Abdul Kudus, pemangku adat".
    r"\bAbdul(?=[ ])|"
    r"\b(?=[ABIKLMPS])(?:AKBP|AKP|Kompol|Iptu|Ipda|Aiptu|Aipda|Bripka|Brigpol|Brigadir|Briptu|Bripda|"
    r"Bharatu|Bharada|Kombes|Komjen|Irjen|Brigjen|Letkol|Kolonel|Mayor|Kapten|Lettu|Letda|"
    r"Serka|Serma|Sertu|Pelda|Peltu|Kopda|Praka|Pratu)\b"
)
_NAME_AFTER_RANK = re.compile(r"(?: Pol\.?| Inf\.?| Arm\.?)?(?:[ ]+[A-Z][\w.]*){0,4}[ ]+")
RANK_REACH = 80
# An office takes its region's name after it, and the capitalised run after that is the
# holder's ("Bupati Maybrat Bernard Sagrim" is no Desa Sagrim). The region's first word
# ends the head; a region of two words is matched whole before its second word is tried.
# A deputy's office ends as the office does ("Wakil Bupati …").
_OFFICES: tuple[str, ...] = ("Bupati", "Wabup", "Wali Kota", "Walikota", "Wawali")
_OFFICES += ("Gubernur", "Camat", "Kapolres", "Kapolresta", "Kapolda", "Dandim", "Danrem")
_REGION_S_FIRST_WORD = re.compile(r"[ ]+[A-Z][\w'-]*")


def _office_heads(text: str) -> list[int]:
    """Where each office's region's first word ends. A search for each office's word is
    far cheaper than a pattern's scan, and most texts name none."""
    heads = []
    for office in _OFFICES:
        at = text.find(office)
        while at != -1:
            after = at + len(office)
            starts_a_word = at == 0 or not text[at - 1].isalnum()
            if starts_a_word and (region := _REGION_S_FIRST_WORD.match(text, after)):
                heads.append(region.end())
            at = text.find(office, after)
    return heads


# The capitalised words right after a verb of saying are the speaker's name ("kata
# Hendrik Mambor di Manokwari", "jelas Mambor"), which may be a village's too; an
# office or a title among them ("kata Kapolres Klungkung", "ujar Ketua KPU Badung") is
# another matter, left to the office heads.
# The offices whose region heads a holder's name (`_OFFICES`) are titles too.
_TITLE = (
    r"(?:Ka(?:pol|sat|bag|bid|sub|ur|si|lapas|rutan|dis|nit)[a-z]*|"
    + "|".join(sorted({office.split(" ")[0] for office in _OFFICES}))
    + r"|Wakil|Wagub|Lurah|Ketua|Kepala|Kades|Perbekel|Sekda|Danramil|Plt|Pj|Anggota"
    r"|Komisioner|Direktur|Koordinator|Sekretaris|Warga|Tokoh|Bawaslu|KPU|Polres|Polda|Pemkab"
    r"|Pemkot|DPRD|Kantor|Desa|Kota|Kabupaten|Kecamatan|Kelurahan|Distrik|Kampung|Dusun|Banjar)\b"
)
# Read back from the name's start over the few words before it: far cheaper than a scan
# of the whole text for every verb, and asked only of a name found.
_SAID_BY = re.compile(
    rf"\b(?:kata|ujar|ucap|jelas|tutur|ungkap|imbuh|tambah|terang|tegas|papar)"
    rf"(?:[ ]+(?!{_TITLE})[A-Z][\w'.-]*){{0,2}}[ ]+$"
)
SPEAKER_REACH = 40


def _after_a_verb_of_saying(text: str, start: int) -> bool:
    return _SAID_BY.search(text, max(0, start - SPEAKER_REACH), start) is not None


# At least the holder's first name stands between: "Kapolres Metro Jakarta Pusat" is an
# office whose region begins with a word that names none.
_NAME_AFTER_OFFICE = re.compile(r",?(?:[ ]+[A-Z][\w.]*){1,3}[ ]+")
OFFICE_REACH = 50

# A street is often named after another town ("Jalan Medan Merdeka" is in Jakarta,
# "Jl. Sumatera" in Denpasar), and a regional newspaper after its town ("Jawa Pos Radar
# Kudus" reporting from Pati), and a ship after a region ("KRI Teluk Wondama" sails to
# Maluku Barat Daya), and the armed forces name their branches ("Angkatan Darat"): a name
# in the capitalised run after "Jalan", "Radar", "KRI" or "Angkatan" is the street's,
# the paper's, the ship's or the branch's. "Jalan Raya X" is the main road through X
# and still places the text there. So is a strait's ("Selat Malaka" between Sumatra and
# Malaysia is not Kabupaten Malaka in NTT), but not Kecamatan or Desa Selat's neighbours.
# And a river's: "di tepi Sungai Gesing" in Karangasem is not Desa Gesing in Buleleng
# (villages called "Sungai …" are matched whole, from their first word).
# The look-ahead turns away most positions before the word list is tried.
_STREET = re.compile(
    # A city's bus line is named after it too ("pengadaan bus Trans Jakarta").
    # The papers write the street lower-case too ("di ruas jalan Medan Merdeka Barat").
    r"(?=[A-Zsj])\b(?:Jalan|jalan|Jln\.?|Jl\.?|Radar|Tribun|Harian|KRI|KMP|KM|Angkatan|Trans"
    # "Paroki Tumba-Manduamas Keuskupan Sibolga": a church's see or parish, named after
    # its town, in a story from another regency.
    r"|Keuskupan(?:[ ]+Agung)?|Paroki"
    r"|(?<!Kecamatan )(?<!Kelurahan )(?<!Desa )(?<!Kec\. )(?:[Ss]elat|Sungai))(?=[ ])"
    r"(?![ ]+Raya\b)"
)


# "Hotel Tambora" in Sumbawa Besar is not Kecamatan Tambora in Bima, nor is "Sirkuit
# Mandalika" in Lombok Tengah a kelurahan of Mataram: an inn or a circuit is often named
# after a mountain or a region. Only the word right after counts: "Hotel Santika
# Pangkalpinang" still names the town the meeting was held in.
_INN = re.compile(r"(?=[HWLPS])\b(?:Hotel|Wisma|Losmen|Penginapan|Sirkuit)[ ]+")


# Palembang's districts and their like are numbered in words in the register and in
# Roman numerals in the news.
_ROMAN = {"satu": "i", "dua": "ii", "tiga": "iii", "empat": "iv"}


# Villages numbered in Roman numerals in the register ("Batu IX", "Sungai Lala II") are
# numbered in digits in the news too ("Kelurahan Batu 9").
_DIGITS = {
    numeral: str(value)
    for value, numeral in enumerate(
        ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"]
        + ["xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx"],
        start=1,
    )
}


def _renumbered(folded: str, numbers: dict[str, str]) -> str | None:
    """The name with its last word, a number, written the other way."""
    head, _, number = folded.rpartition(" ")
    return f"{head} {numbers[number]}" if head and number in numbers else None


def _abbreviates_the_name_before(text: str, start: int, end: int) -> bool:
    """The word in brackets is made of the first letters of the words before it, in
    order ("Aliansi Arek Sidoarjo (Alas)", "Kementerian Agama (Kemenag)")."""
    if text[start - 1 : start] != "(" or text[end : end + 1] != ")":
        return False  # nearly always
    words = _NAME_BEFORE_BRACKET.search(text, max(0, start - 80), start - 1)
    if words is None:
        return False
    return _made_of_initials(text[start:end].lower(), words.group().lower().split())


_NAME_BEFORE_BRACKET = re.compile(r"(?:[A-Z][\w'-]*[ ]+){2,6}$")


def _renamed_by_the_text(
    text: str, folded: Folded, raw: list[tuple[int, int, str, list[str]]]
) -> set[str]:
    """The names the text itself defines as another name's initials ("Kampung Susun Bayam
    (KSB)"): wherever the short form recurs, bare, it is that name, not the regency the
    same letters abbreviate (KSB, Sumbawa Barat)."""
    if "(" not in text:
        return set()  # nearly always
    renamed = set()
    for start, end, key, _codes in raw:
        begin, finish = folded.span(start, end)
        if _abbreviates_the_name_before(text, begin, finish):
            renamed.add(key)
    return renamed


def _ends_a_name_abbreviated_after(text: str, start: int, end: int) -> bool:
    """The place closes a name whose initials the brackets after it spell ("Komite Nasional
    Papua Barat (KNPB)", "Universitas Sumatera Utara (USU)"): an organisation's, unless the
    name is the region's own ("Kabupaten Bandung Barat (KBB)", "Seram Bagian Timur
    (SBT)")."""
    short = _BRACKET_AFTER.match(text, end)
    if short is None:
        return False  # nearly always
    words = _NAME_BEFORE_BRACKET.search(text, max(0, end - 80), end + 1)
    if words is None:
        return False
    names = words.group().lower().split()
    initials = short.group(1).lower()
    if names[0] in TRIGGERS or _spells(initials, text[start:end].lower().split()):
        return False
    return _made_of_initials(initials, names)


_BRACKET_AFTER = re.compile(r"[ ]\(([A-Z][A-Za-z]{2,9})\)")


def _made_of_initials(short: str, words: list[str]) -> bool:
    """Whether the short name is a prefix of each of the last words in turn (each giving
    at least one letter), starting from some word and using every one after it."""
    return any(_spells(short, words[first:]) for first in range(len(words) - 1))


def _spells(short: str, words: list[str]) -> bool:
    if not words:
        return not short
    word = words[0]
    for size in range(min(len(word), len(short)), 0, -1):
        if word.startswith(short[:size]) and _spells(short[size:], words[1:]):
            return True
    return False


# A paper named with its town first ("Palembang Pos", "Bali Post", "Sumatera Ekspres"),
# not a post of the police or the army ("Pos Pantau", "Pos Lintas Batas"), or after its
# name ("Radar Tangsel", "Tribun Jabar"); and a broadcaster ("reporter Metro TV", "Bali
# TV"), and a network's site named for its town ("PORTAL PURWOKERTO - Zakiah Aini …").
_PAPER_BEFORE = re.compile(r"(?i:\b(?:radar|tribun|portal))[ ]+$")
_PAPER_AFTER = re.compile(r"[ ]+(?:(?:Pos|Post|Ekspres|Express)\b(?![ ]+[A-Za-z])|TV\b)")
# A person's age in brackets after the name, as the press writes it ("Subang (25)").
_AN_AGE_AFTER = re.compile(r" ?\(\d{1,2}(?: tahun| thn| th)?\)")
# A level word ends the street's name: "Jalan Wahid Hasyim Kabupaten Gowa" is in Gowa.
# So does a point of the compass after its first word: "Jalan Palmerah Barat Jakarta
# Selatan" is in South Jakarta, while "Jalan Medan Merdeka Barat" keeps Medan its own.
_NAME_AFTER_STREET = re.compile(
    r"(?:[ ]+(?!(?:Kabupaten|Kecamatan|Kelurahan|Desa|Distrik|Provinsi"
    r"|Barat|Timur|Utara|Selatan|Tengah)\b)"
    r"(?:[A-Z]\.|[A-Z0-9][\w'-]*)){0,3}[ ]+"
)
STREET_REACH = 60


@dataclass(frozen=True)
class PlaceRecord:
    code: str
    name: str
    level: int
    type: str = ""
    aliases: tuple[str, ...] = ()


@dataclass
class Mention:
    start: int  # in the original text
    end: int
    key: str
    candidates: list[str]
    trigger: int | None = None
    trigger_word: str = ""
    capitalized: bool = True
    city_after: bool = False  # "Polres Kediri Kota": the city's own force
    apposed: bool = False  # "Padang, Sumatera Barat": the region after the comma holds it
    locative: bool = False  # "terjadi di Mulia": named as where something happened
    chosen: str | None = None
    score: float = 0.0
    support: float = 0.0  # from places already settled around the chosen one
    why: list[str] = field(default_factory=list)

    @property
    def text_span(self) -> tuple[int, int]:
        return self.start, self.end


# Geographic heads that names join to or split from at will ("Teluknaga" and "Teluk
# Naga", "Tanjungpinang" and "Tanjung Pinang").
_HEADS = (
    "teluk", "tanjung", "sungai", "pulau", "bukit", "gunung", "muara", "kuala", "lubuk",
    "ujung", "tanah", "batu", "pangkal", "bandar", "karang", "rawa", "tambak",
    # West Java's "astana" (a royal graveyard): "Astanaanyar" is "Polsek Astana Anyar".
    "astana",
    # A saint's grave in Jakarta's and Banten's names: "Kramatjati" is "Kramat Jati".
    "kramat",
    # A dyke between rice fields: "Pematangsiantar" is "Pematang Siantar" in the news;
    # and Sundanese land in a river's bend: "Bojonggede" is "Bojong Gede".
    "pematang", "bojong",
    # A hut or a lodge: "Pondokgede" in Bekasi is "Pondok Gede" in the news.
    "pondok",
)  # fmt: skip
HEAD_REST = 3


def _split_at_a_head(folded: str) -> str | None:
    if not folded.startswith(_HEADS):
        return None  # nearly every name: one test in C before the loop
    for head in _HEADS:
        if folded.startswith(head) and len(folded) >= len(head) + HEAD_REST:
            return f"{head} {folded[len(head) :]}"
    return None


# Directions that village names join to or split from at will ("Tlepokwetan" in the
# registry is "Desa Tlepok Wetan" in the news; "Sumberlor", "Kaliwungu Kidul").
_TAILS = (
    "wetan", "kulon", "lor", "kidul", "tengah", "utara", "selatan", "timur", "barat",
    "hilir", "hulu", "ilir", "udik",
)  # fmt: skip
TAIL_REST = 4


def _split_before_a_tail(folded: str) -> str | None:
    if not folded.endswith(_TAILS):
        return None
    for tail in _TAILS:
        if folded.endswith(tail) and len(folded) >= len(tail) + TAIL_REST:
            return f"{folded[: -len(tail)]} {tail}"
    return None


def _joined_tail(folded: str) -> str | None:
    rest, _, tail = folded.rpartition(" ")
    if tail not in _TAILS or " " in rest or len(rest) < TAIL_REST:
        return None
    return f"{rest}{tail}"


def _loose_variants(name: str) -> list[str]:
    """A village's name as the news may also write it: a two-word name joined ("Makarti
    Tama" as "Makartitama"), a joined name split before a common last word ("Lontarbaru"
    as "Lontar Baru")."""
    if " " in name:
        if name.count(" ") != 1:
            return []  # nearly all: a cheap test before folding
        folded = fold_plain(name)
        return [folded.replace(" ", "")] if _two_words(folded) else []
    lowered = name.lower()
    if not lowered.endswith(_COMMON_LAST_WORDS):
        return []
    for tail in _COMMON_LAST_WORDS:
        if lowered.endswith(tail) and len(lowered) >= len(tail) + TAIL_REST:
            return [f"{fold_plain(name[: -len(tail)])} {tail}"]
    return []


# Javanese villages of one district often share a stem ("Pogungjurutengah",
# "Pogungrejo" and "Pogungkalangan" in Bayan), and the news writes the stem apart
# ("Desa Pogung Jurutengah"). A stem and what follows it must each be long enough to be
# a word.
STEM_LETTERS = 4
STEM_SIBLINGS = 3


def _split_at_shared_stems(places: dict[str, PlaceRecord]) -> dict[str, set[str]]:
    """Each one-word village name split after the longest stem (of at least
    STEM_LETTERS letters) that it shares with at least two others of its district."""
    by_district: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for code, place in places.items():
        if place.level == VILLAGE and " " not in place.name:
            # Nearly every name is plain letters: folding is for the few that are not.
            name = place.name.lower()
            folded = name if name.isalpha() else fold_plain(place.name)
            by_district[code[: code.rfind(".")]].append((code, folded))
    variants: dict[str, set[str]] = defaultdict(set)
    for villages in by_district.values():
        if len(villages) < STEM_SIBLINGS:
            continue
        # Sorted, the names that start with a stem stand together: two bisections count
        # them.
        names = sorted(name for _, name in villages)
        for code, name in villages:
            for end in range(len(name) - STEM_LETTERS, STEM_LETTERS - 1, -1):
                stem = name[:end]
                sharing = bisect_left(names, stem + "\uffff") - bisect_left(names, stem)
                if sharing >= STEM_SIBLINGS:
                    variants[f"{stem} {name[end:]}"].add(code)
                    break
    return variants


NASAL_SPELLING_LETTERS = 8


def _nasal_spelling(place: PlaceRecord) -> list[str]:
    """A village whose name sounds its nasal with "ngg" is written with "ng" as often
    ("Desa Puuwongia" for Puuwonggia, Konawe Utara); only a one-word name long enough
    to be no common word."""
    if "ngg" not in place.name or " " in place.name or len(place.name) < NASAL_SPELLING_LETTERS:
        return []  # nearly all: a cheap test before folding
    return [fold_plain(place.name).replace("ngg", "ng")]


def _moluccan_spelling(place: PlaceRecord) -> list[str]:
    """A Moluccan village ending in a vowel and "u" is written with a "w" after it as
    often as without: "Kariu" and "Kariuw", "Pelauw" and "Pelau"."""
    if not place.code.startswith(_MOLUCCAN_PROVINCES) or " " in place.name:
        return []
    folded = fold_plain(place.name)
    if folded.endswith("uw") and folded[-3:-2] in _VOWELS:
        return [folded[:-1]]
    if folded.endswith("u") and folded[-2:-1] in _VOWELS:
        return [f"{folded}w"]
    # "Bombay" is written "Bombai" as often.
    if folded.endswith(("ay", "ai")) and len(folded) > 4:
        return [f"{folded[:-1]}{'i' if folded.endswith('y') else 'y'}"]
    return []


_MOLUCCAN_PROVINCES = ("81.", "82.")
_VOWELS = frozenset("aeio")


_COMMON_LAST_WORDS = (
    "baru", "jaya", "sari", "mulya", "mulyo", "rejo", "makmur", "agung", "indah", "asri",
)  # fmt: skip


def _two_words(folded: str) -> bool:
    """A two-word village name, each word long enough that joined they make no
    everyday word: the news writes such names joined as often as apart."""
    words = folded.split(" ")
    return len(words) == 2 and all(len(word) >= JOINED_WORD for word in words)


JOINED_WORD = 3


def _bare(record: PlaceRecord) -> str:
    name = record.name
    prefixes = ("Kabupaten Administrasi ", "Kabupaten ", "Kota Administrasi ", "Kota ", "Provinsi ")
    for prefix in prefixes:
        if record.level <= REGENCY and name.startswith(prefix):
            return name[len(prefix) :]
    return name


def _without_island(folded: str) -> str | None:
    """An island district's name as the press writes it, without "Pulau", where two words
    are left to keep it apart ("dullah selatan"), unless they read as common words ("laut
    selatan" is the southern sea)."""
    head, _, rest = folded.partition(" ")
    if head != "pulau" or " " not in rest or rest.split(" ")[0] in _NOT_AN_ISLAND:
        return None
    return rest


_NOT_AN_ISLAND = frozenset(["laut", "tiga", "banyak", "batang"])


def _city_districts_without_kota(places: dict[str, PlaceRecord]) -> list[tuple[str, str]]:
    """A city's district named "Kota <city> <part>" in the registry as the press writes
    it, without "Kota" ("Ternate Selatan" for Kota Ternate Selatan); not where the word
    after "Kota" is no city's name ("Kota Agung Barat" in Tanggamus)."""
    found = []
    for place in places.values():
        if place.level != DISTRICT or not place.name.startswith("Kota "):
            continue  # nearly always: the name is folded only for the few that may be
        words = fold_plain(place.name).split(" ")
        if len(words) < 3:
            continue
        regency = places.get(place.code[:5])
        if regency is not None and fold_plain(_bare(regency)) == words[1]:
            found.append((" ".join(words[1:]), place.code))
    return found


class Gazetteer:
    """Every region's names, searchable in one pass over a text."""

    def __init__(self, places: Iterable[PlaceRecord]) -> None:
        self.places: dict[str, PlaceRecord] = {}
        keys: dict[str, set[str]] = defaultdict(set)
        loose: dict[str, set[str]] = defaultdict(set)
        acronyms: dict[str, set[str]] = defaultdict(set)
        for place in places:
            self.places[place.code] = place
            for variant in self._variants(place):
                keys[variant].add(place.code)
            for alias in place.aliases:
                if alias.isupper() and " " not in alias:
                    acronyms[fold_plain(alias)].add(place.code)
            if place.level == VILLAGE:
                for variant in (
                    _loose_variants(place.name) + _moluccan_spelling(place) + _nasal_spelling(place)
                ):
                    loose[variant].add(place.code)
        # A name written joined is another village's only where no village is named so:
        # "Ujanmas" in the registry is not also every "Ujan Mas".
        for variant, joined in loose.items():
            if variant not in keys:
                keys[variant] = joined
        # Split at the stem its neighbours share (no other place's name), and taken only
        # after a level word.
        stem_splits = {
            variant: codes
            for variant, codes in _split_at_shared_stems(self.places).items()
            if variant not in keys
        }
        keys.update(stem_splits)
        for variant, code in _city_districts_without_kota(self.places):
            keys[variant].add(code)
        self.split_at_a_stem = frozenset(stem_splits)
        self.keys = {k: sorted(v) for k, v in keys.items()}
        automaton = ahocorasick.Automaton()
        for key, codes in self.keys.items():
            automaton.add_word(f" {key} ", (key, codes))
        automaton.make_automaton()
        self._automaton = automaton
        self._regencies: dict[str, int] = {}
        self._names_of: dict[str, frozenset[str]] = {}
        # "PALI" is Penukal Abab Lematang Ilir written in capitals; "Hinting Pali" is not.
        self._acronym_only = {k: self._named_only_by(k, v) for k, v in acronyms.items()}

    @staticmethod
    def _variants(place: PlaceRecord) -> set[str]:
        names = {_bare(place), *place.aliases}
        variants: set[str] = set()
        for name in names:
            folded = fold_plain(name)
            if len(folded) < 3 or folded in TRIGGERS:
                continue
            variants.add(folded)
            if " " not in folded and (split := _split_at_a_head(folded)):
                variants.add(split)  # "Teluknaga" as "Teluk Naga", "Gunungjaya" as "Gunung Jaya"
            elif " " in folded and place.level <= DISTRICT:
                variants.add(folded.replace(" ", ""))  # "Pangkal Pinang" as "Pangkalpinang"
            if (
                " " in folded
                and folded.startswith(_HEADS)
                and (split := _split_at_a_head(folded.split(" ")[0]))
            ):
                # "Tanjungbalai Selatan" as "Tanjung Balai Selatan".
                variants.add(f"{split}{folded[folded.index(' ') :]}")
            if place.level == DISTRICT and (bare := _without_island(folded)):
                variants.add(bare)  # "Kecamatan Dullah Selatan" for Pulau Dullah Selatan
            if place.level == DISTRICT and (numbered := _renumbered(folded, _ROMAN)):
                variants.add(numbered)  # "Kecamatan Ilir Barat II" for Ilir Barat Dua
            if place.level >= DISTRICT and (in_digits := _renumbered(folded, _DIGITS)):
                variants.add(in_digits)  # "Kelurahan Batu 9" for Batu IX
            if place.level == VILLAGE:
                split_or_joined = (
                    _joined_tail(folded) if " " in folded else _split_before_a_tail(folded)
                )
                if split_or_joined:
                    variants.add(split_or_joined)
        return variants

    def _named_only_by(self, acronym: str, codes: set[str]) -> set[str]:
        """The codes the acronym names that no place is also called by in full."""
        return {c for c in codes if fold_plain(_bare(self.places[c])) != acronym}

    def __len__(self) -> int:
        return len(self.places)

    def regency_count(self, province: str) -> int:
        """How many regencies and cities the province has."""
        if not self._regencies:
            for code in self.places:
                if level_of(code) == REGENCY:
                    self._regencies[code[:2]] = self._regencies.get(code[:2], 0) + 1
        return self._regencies.get(province, 0)

    def is_place_name(self, name: str) -> bool:
        """True for the name of a regency or province (or one of their aliases)."""
        codes = self.keys.get(fold_plain(name), ())
        return any(level_of(code) <= REGENCY for code in codes)

    def find(self, text: str, folded: Folded | None = None) -> list[Mention]:
        """All name mentions, longest first where they overlap, with their triggers."""
        if not self.keys:
            return []  # an empty automaton cannot be searched
        folded = folded or fold(text)
        raw: list[tuple[int, int, str, list[str]]] = []
        for end, (key, codes) in self._automaton.iter(folded.text):
            # `end` is the index of the trailing space of " key ".
            raw.append((end - len(key), end, key, codes))
            if joined := self._joined_with_the_next_word(text, folded, end, key):
                raw.append(joined)
        raw.sort(key=lambda m: (-(m[1] - m[0]), m[0]))
        # The folded characters a longer name has taken: a shorter one inside is no name.
        taken = bytearray(len(folded.text))
        mentions: list[Mention] = []
        cased = capitalises_names(text)
        named_after = _Preceders(
            ranks=[m.end() for m in _RANK.finditer(text)],
            offices=_office_heads(text),
            streets=[m.end() for m in _STREET.finditer(text)],
            inns=frozenset(m.end() for m in _INN.finditer(text)),
        )
        streets: set[str] = set()
        for start, end, key, codes in raw:
            if taken.find(1, start, end) != -1:
                continue
            if self._trigger_and_name(folded.text, start, key):
                continue
            mention = self._mention(text, folded, (start, end), key, codes, (cased, named_after))
            if mention is not None:
                taken[start:end] = b"\x01" * (end - start)
                mentions.append(mention)
            elif named_after.streets and named_after.a_street(text, folded.span(start, end)[0]):
                streets.add(key)  # to turn away its bare mentions too
        mentions.sort(key=lambda m: m.start)
        _share_triggers(text, mentions)
        if renamed := _renamed_by_the_text(text, folded, raw):
            mentions = [m for m in mentions if m.key not in renamed or m.trigger is not None]
        return _without_streets_named_bare(mentions, streets) if streets else mentions

    def _joined_with_the_next_word(
        self, text: str, folded: Folded, end: int, key: str
    ) -> tuple[int, int, str, list[str]] | None:
        """A one-word name and the capitalised word after it, which the registry writes
        as one village's name ("Desa Limus Nunggal" for Limusnunggal): the village, not
        the namesake the first word alone would be."""
        if " " in key:
            return None
        after = folded.text.find(" ", end + 1)
        if after == -1:
            return None
        following = folded.text[end + 1 : after]
        codes = self.keys.get(key + following)
        if codes is None or not text[folded.origin(end + 1)].isupper():
            return None  # nearly always
        if f"{key} {following}" in self.keys:
            return None  # "Lombok Timur" names its own place, written so
        villages = [c for c in codes if level_of(c) == VILLAGE]
        return (end - len(key), after, key + following, villages) if villages else None

    def _trigger_and_name(self, folded_text: str, start: int, key: str) -> bool:
        """Villages are named "Kota Medan" and "Kota Baru" too: with no trigger before
        it, "Kota Medan" is the trigger "Kota" and the city of Medan."""
        head, _, rest = key.partition(" ")
        level = TRIGGERS.get(head)
        if not rest or level is None or rest not in self.keys:
            return False
        if _trigger_before(folded_text, start) is not None:
            return False  # "Desa Kota Medan" is the village
        # "Terminal Kampung Melayu, Jakarta Timur" is the kelurahan; "Kota Siantar,
        # Sumatera Utara" is still the city, not a kelurahan of that name in Simalungun.
        if level > REGENCY and self._beside_its_region(folded_text, self.keys[key]):
            return False
        return any(level_of(code) == level for code in self.keys[rest])

    def _beside_its_region(self, folded_text: str, codes: Sequence[str]) -> bool:
        """Whether the text names the regency or the province one of these places lies
        in."""
        return any(
            f" {name} " in folded_text
            for code in codes
            for region in (code[:5], code[:2])
            for name in self._region_names(region)
        )

    def _region_names(self, code: str) -> frozenset[str]:
        """The folded names a region goes by, kept once worked out."""
        names = self._names_of.get(code)
        if names is None:
            place = self.places.get(code)
            names = frozenset(self._variants(place)) if place else frozenset()
            self._names_of[code] = names
        return names

    def _mention(
        self,
        text: str,
        folded: Folded,
        span: tuple[int, int],
        key: str,
        codes: list[str],
        context: tuple[bool, _Preceders],
    ) -> Mention | None:
        """The name at `span` of the folded text as a mention, or None where, in its
        company, it is no place: part of a title, a person's or a street's name, or an
        ordinary word in a text that capitalises names."""
        (start, end), (cased, named_after) = span, context
        if _in_a_title(folded.text, start, end, key):
            return None
        original_start, original_end = folded.span(start, end)
        if (
            _reduplicated(text, original_start, original_end)
            or _in_the_nation_s_breadth(text, key, original_start, original_end)
            or _SPACED_DASH.search(text, original_start, original_end)
        ):
            return None
        name_start = original_start + _facility_head_length(key)
        first = text[name_start : name_start + 1]
        capitalized = first.isupper() or first.isdigit()
        trigger_word = _trigger_before(folded.text, start)
        if trigger_word is not None and _after_a_former_title(folded.text, start, trigger_word):
            return None  # "mantan Kapolres Nunukan": where someone once served
        just_before = text[max(0, original_start - 3) : original_start]
        if trigger_word is not None and not _trigger_reaches(trigger_word, just_before):
            trigger_word = None
        trigger = None
        # A chat in lower case names "kecamatan banjarangkan" so; a writer who capitalises
        # names means "rekapitulasi tingkat kecamatan selesai" as words.
        if trigger_word is not None and (
            capitalized or (trigger_word in ADMIN_TRIGGERS and not cased)
        ):
            trigger = TRIGGERS[trigger_word]
        if cased and not capitalized and trigger is None:
            # A writer who capitalises names wrote this one as an ordinary word:
            # "pada", "bagi", "kantor" and "serang" are villages too. (Most of a
            # story's names are these, so they are turned away first.)
            return None
        if text.startswith(".", original_end) and _DOMAIN.match(text, original_end):
            return None  # "KOMPAS.com", "Bali.jpnn.com": a publisher, not a place
        acronym_only = self._acronym_only.get(key)
        if acronym_only and not text[original_start:original_end].isupper():
            codes = [c for c in codes if c not in acronym_only]
            if not codes:
                return None
        if capitalized and named_after.names(text, original_start):
            return None
        if capitalized and trigger is None and _AN_AGE_AFTER.match(text, original_end):
            return None  # "Sapar (25), Subang (25), dan Enal (23)": a person and his age
        if capitalized and _PAPER_AFTER.match(text, original_end):
            return None  # "Palembang Pos (Group JPNN)": a paper named after its town
        if capitalized and _PAPER_BEFORE.search(text, max(0, original_start - 8), original_start):
            return None  # "RADAR TANGSEL RATAS", "Tribun Jabar": a paper, not the town
        if capitalized and _abbreviates_the_name_before(text, original_start, original_end):
            return None  # "Aliansi Arek Sidoarjo (Alas)": the organisation's short name
        if capitalized and _ends_a_name_abbreviated_after(text, original_start, original_end):
            return None  # "Komite Nasional Papua Barat (KNPB)": an organisation's name
        if key in _HAMLET_HEADS and trigger is None and _NAME_FOLLOWS.match(text, original_end):
            return None  # "Banjar Tangtu" is a Balinese hamlet, not the regency Banjar
        if trigger is None and _FEATURE_BEFORE.search(
            text, max(0, original_start - 8), original_start
        ):
            return None  # "Danau Toba", "Sungai Asahan", "Teluk Jakarta": the water itself
        if key == "pati" and trigger is None and _OFFICER_AFTER.match(text, original_end):
            return None  # "Pati Analis Mabes Polri": a high-ranking officer (perwira tinggi)
        if key == "medan" and trigger is None and _TERRAIN_AFTER.match(text, original_end):
            return None  # "Medan lokasi yang berada di tengah sawah": the terrain
        if key == "batubara" and trigger is None and _coal_before(text, original_start):
            return None  # "UU Pertambangan Mineral dan Batubara": the coal
        if key in _RECOUNTS and _AN_ACT_BEFORE.search(
            text, max(0, original_start - 20), original_start
        ):
            return None  # "kami harus melakukan HSU": a recount, not Hulu Sungai Utara
        if (
            key in _HEADLINE_VERBS
            and trigger is None
            and (
                _between_capitals(text, original_start, original_end)
                or _RECIPROCAL_BEFORE.search(text, max(0, original_start - 8), original_start)
            )
        ):
            # "Ojek Online Serang Ojek Pangkalan", "Dua Ormas Saling Serang di Bogor": a
            # headline's verb.
            return None
        if trigger is None and self._apposed_to_a_regency_elsewhere(text, original_end, codes):
            return None  # "Bintaro, Tangerang Selatan": a quarter, not Jakarta's Bintaro
        # "Kecamatan Mesuji, Sumatra Selatan": the region after the comma says which of
        # the namesakes is meant (and holds a common word as a name at all).
        within = (
            self._apposed_region(text, original_end, codes)
            if key in COMMON_WORDS or len(codes) > 1
            else []
        ) or _a_balinese_desa_adat(text, original_start, codes)
        return Mention(
            start=original_start,
            end=original_end,
            key=key,
            candidates=within or list(codes),
            trigger=trigger,
            trigger_word=trigger_word or "",
            capitalized=capitalized,
            city_after=folded.text.startswith("kota ", end + 1),
            apposed=bool(within),
            locative=capitalized
            and (key in COMMON_WORDS or " " in key or len(key) >= ONE_WORD_OF_A_KIND)
            and _LOCATIVE.search(text, max(0, original_start - LOCATIVE_REACH), original_start)
            is not None
            and not _heads_a_landmark_s_name(key, text, original_end),
        )

    def _apposed_region(self, text: str, end: int, codes: Sequence[str]) -> list[str]:
        """The candidates inside the region named right after a comma ("Padang,
        Sumatera Barat"), or none."""
        after = _APPOSITION.match(text, end)
        if after is None:
            return []
        words = after.group(1).split()
        for size in range(len(words), 0, -1):
            regions = self.keys.get(fold_plain(" ".join(words[:size])), ())
            inside = [c for c in codes for r in regions if c != r and contains(r, c)]
            if inside:
                return inside
        return []

    def _apposed_to_a_regency_elsewhere(self, text: str, end: int, codes: Sequence[str]) -> bool:
        """A village's or district's name set before a regency that holds none of that
        name ("rumah Menteri di Bintaro, Tangerang Selatan"): the name of a quarter the
        registry does not list. A list ("Kuta, Denpasar dan Gianyar") is no apposition."""
        if any(level_of(c) < DISTRICT for c in codes):
            return False  # a regency's name: lists of regencies are common
        after = _APPOSITION_THEN_CLAUSE.match(text, end)
        if after is None:
            return False
        regions = self.keys.get(fold_plain(after.group(1)), ())
        regencies = [r for r in regions if level_of(r) <= REGENCY]
        return bool(regencies) and not any(contains(r, c) for r in regencies for c in codes)


# ", Tangerang Selatan juga digeruduk", ", Jakarta Selatan." : the region, then the clause
# going on in lower case or the sentence ending; not ", Gianyar dan Badung".
_NOT_A_LIST = r"(?!dan\b|serta\b|atau\b)[a-z]"
_APPOSITION_THEN_CLAUSE = re.compile(
    rf",[ ]+([A-Z][\w-]*(?:[ ][A-Z][\w-]*){{0,2}})(?=[ ]*[.;:)]|,?[ ]+{_NOT_A_LIST})"
)
_DOMAIN = re.compile(r"\.(?:[a-z]{2,}\.)*(?:com|co|id|net|tv|org)\b", re.IGNORECASE)
# "di Mulia", "ke Pelabuhan Tanjung Priok": named as where something happened or went.
_LOCATIVE = re.compile(
    r"(?:^|\s)(?:[Dd]i|[Kk]e)[ ]+"
    r"(?:(?:[Pp]elabuhan|[Bb]andara|[Tt]erminal|[Ss]tasiun|[Kk]awasan)[ ]+)?$"
)
LOCATIVE_REACH = 16  # " ke Pelabuhan " and a stray space
_APPOSITION = re.compile(r",[ ]+((?:[A-Z][\w-]*[ ]?){1,3})")
BALI = "51"
_CUSTOMARY_BEFORE = re.compile(r"(?i:\bdesa[ ]+(?:adat|pakraman)[ ]+)$")
CUSTOMARY_REACH = 20  # "Desa Pakraman " and a stray space


def named_as_customary(text: str, start: int) -> bool:
    """Whether the name at `start` follows "Desa Adat" or "Desa Pakraman": Bali's
    customary village, which the registry does not hold by that name."""
    return _CUSTOMARY_BEFORE.search(text, max(0, start - CUSTOMARY_REACH), start) is not None


def _a_balinese_desa_adat(text: str, start: int, codes: Sequence[str]) -> list[str]:
    """The Balinese namesakes of a customary village's name, or none: in "Desa Adat
    Jimbaran" the Balinese one is meant, though four Javanese regencies hold a Jimbaran."""
    if len(codes) < 2 or not named_as_customary(text, start):
        return []
    return [c for c in codes if contains(BALI, c)]


# A capitalised word after a word that does not end a sentence.
_NAME_INSIDE_SENTENCE = re.compile(r"[^\s.!?:;\"“(]\s+[A-Z][a-z]")


def capitalises_names(text: str) -> bool:
    """True when a capitalised word stands inside a sentence: the writer marks names
    with capitals, so a lower-case word is not one. A chat typed all in lower case (or
    capitalising only sentence starts) says nothing either way."""
    return _NAME_INSIDE_SENTENCE.search(text) is not None


@dataclass(frozen=True)
class _Preceders:
    """Where the text's ranks, street words and newspaper words end: a capitalised run
    after one is a person's, a street's or a paper's name."""

    ranks: list[int]
    offices: list[int]
    streets: list[int]
    inns: frozenset[int]

    def names(self, text: str, start: int) -> bool:
        """True when the name at `start` ends such a run, or is an inn's first word."""
        return (
            start in self.inns
            or _ends_a_run(text, start, self.ranks, RANK_REACH, _NAME_AFTER_RANK)
            or _ends_a_run(text, start, self.offices, OFFICE_REACH, _NAME_AFTER_OFFICE)
            or _after_a_verb_of_saying(text, start)
            or self.a_street(text, start)
        )

    def a_street(self, text: str, start: int) -> bool:
        if not text[start : start + 1].isupper():
            return False  # a street's name is capitalised: most turned-away words are not
        return _ends_a_run(text, start, self.streets, STREET_REACH, _NAME_AFTER_STREET)


def _without_streets_named_bare(mentions: list[Mention], streets: set[str]) -> list[Mention]:
    """A street's name met again without a level word ("berpencar ke arah Tanah Abang dan
    Sabang" beside "Jl. Sabang" in Jakarta) is the street again, when it names no region
    in a province the story's unambiguous places lie in (Jalan Bali in Denpasar leaves a
    bare "Bali" the province)."""
    anchors = {
        m.candidates[0][:2]
        for m in mentions
        if m.key not in streets and len({c[:2] for c in m.candidates}) == 1
    }
    if not anchors:
        return mentions
    return [
        m
        for m in mentions
        if m.trigger is not None
        or m.key not in streets
        or any(c[:2] in anchors for c in m.candidates)
    ]


def _ends_a_run(text: str, start: int, heads: list[int], reach: int, run: re.Pattern[str]) -> bool:
    """True when a head ends within `reach` before `start` and `run` spans the gap."""
    return any(
        start - reach <= head <= start and run.fullmatch(text, head, start) for head in heads
    )


# Level words that may govern a list: "Kabupaten Semarang dan Temanggung", "Desa Tangkas
# serta Gelgel".
_SHARED_TRIGGERS = frozenset(
    {"kabupaten", "kab", "kota", "kecamatan", "kec", "distrik", "desa", "ds", "kelurahan", "kel"}
)
# "Kabupaten Rembang dan Banyumas", and with a comma before the last: "…, dan Banyumas".
_AND = re.compile(r",?[ ]+(?:dan|serta|atau)[ ]+")
_COMMA = re.compile(r",[ ]+")
_REGENCY_LIST_TRIGGERS = frozenset({"kabupaten", "kab", "kota"})


def _share_triggers(text: str, mentions: list[Mention]) -> None:
    """A name joined by "dan" to a name after a level word is of that level too, where
    a region of that level bears it; so is each name of a comma list after "Kabupaten"
    or "Kota" ("Kabupaten Badung, Tabanan, Karangasem, Bangli dan Jembrana"). After a
    lower level word a comma starts the address's next, larger region ("Desa Pejeng,
    Tampaksiring"), and so does a province's name closing an address after "Kabupaten"
    ("Kabupaten Kerinci, Jambi"): a list goes on past it."""
    if " dan " not in text and " serta " not in text and " atau " not in text and ", " not in text:
        return
    for position, (before, mention) in enumerate(zip(mentions, mentions[1:], strict=False)):
        shared = before.trigger is not None and before.trigger_word in _SHARED_TRIGGERS
        if not shared or mention.trigger is not None or not mention.capitalized:
            continue
        joined = _AND.fullmatch(text, before.end, mention.start) is not None or (
            before.trigger_word in _REGENCY_LIST_TRIGGERS
            and _COMMA.fullmatch(text, before.end, mention.start) is not None
            and not _closes_an_address(text, mention, mentions[position + 2 :])
        )
        if joined and any(level_of(code) == before.trigger for code in mention.candidates):
            mention.trigger, mention.trigger_word = before.trigger, before.trigger_word


def _closes_an_address(text: str, mention: Mention, after: list[Mention]) -> bool:
    """A province's name after a comma, with no list going on past it."""
    if not any(level_of(code) == PROVINCE for code in mention.candidates):
        return False
    following = after[0] if after else None
    return following is None or not (
        _AND.fullmatch(text, mention.end, following.start)
        or _COMMA.fullmatch(text, mention.end, following.start)
    )


def _in_a_title(folded: str, start: int, end: int, key: str) -> bool:
    if key not in _TITLE_WORD_AFTER and key not in _TITLE_WORD_BEFORE:
        return False
    after = _TITLE_WORD_AFTER.get(key, frozenset())
    before = _TITLE_WORD_BEFORE.get(key, frozenset())
    next_word = folded[end + 1 : end + 40].split(" ", 1)[0]
    previous_word = folded[max(0, start - 40) : start].rsplit(None, 1)[-1:]
    return next_word in after or bool(previous_word and previous_word[0] in before)


_LINE_OR_QUOTE = re.compile(r"[\n\"“”]")
_SENTENCE_END = re.compile(r"[.!?]")
_ABBREVIATED = frozenset({"kec", "kel", "kab", "ds", "prov"})


def _trigger_reaches(trigger_word: str, just_before: str) -> bool:
    """A level word does not reach across a line break or a quote ("… Kantor
    Kelurahan\n”Sudah selesai": a new line, a new start), and the SMS format's place
    slot ("LAPOR#Tangkas#…") needs its "#": prose "mendapat laporan" names no place."""
    if _LINE_OR_QUOTE.search(just_before):
        return False
    # "… di tingkat Kecamatan dan Desa. Maka dari itu": a sentence ended between them;
    # "Kec. Nusa Penida" is the abbreviation's own full stop.
    if _SENTENCE_END.search(just_before) and trigger_word not in _ABBREVIATED:
        return False
    return trigger_word not in SLOT_TRIGGERS or "#" in just_before


_FORMER = (" mantan ", " eks ", " bekas ")


def _after_a_former_title(folded: str, start: int, trigger_word: str) -> bool:
    window = folded[max(0, start - 60) : start]
    if not any(word in window for word in _FORMER):
        return False  # nearly always: a substring test is far cheaper than the split
    words = window.split()
    position = len(words) - 1 - words[::-1].index(trigger_word)
    return position > 0 and words[position - 1] in ("mantan", "eks", "bekas")


TRIGGER_WINDOW = 120


def _trigger_before(folded: str, start: int) -> str | None:
    """The trigger word just before a name, skipping numbers and bridge words."""
    # Only the last four words matter: split a window, not the whole text before the
    # name (an article names hundreds of places). A window of five words or more holds
    # them whole, whatever word it cuts at its start.
    before = folded[max(0, start - TRIGGER_WINDOW) : start].split()
    if len(before) < 5 and start > TRIGGER_WINDOW:
        before = folded[:start].split()
    last = len(before) - 1
    for i in range(last, max(-1, last - 4), -1):
        word = before[i]
        if word in TRIGGERS:
            return None if _a_breed_not_a_hamlet(before, i) else word
        if not (word.isdigit() or word in _BRIDGE):
            return None
    return None


# "ayam kampung muda", "telur ayam kampung": a free-range breed, not the hamlet "Kampung
# Muda"; "orang kampung" is a villager.
_BRED_IN_THE_VILLAGE = frozenset({"ayam", "telur", "bebek", "itik", "entok", "orang", "anak"})


def _a_breed_not_a_hamlet(words: list[str], at: int) -> bool:
    return words[at] == "kampung" and at > 0 and words[at - 1] in _BRED_IN_THE_VILLAGE


@dataclass(frozen=True)
class Place:
    code: str
    name: str
    level: int
    mention: str


def resolve(
    mentions: Sequence[Mention], gazetteer: Gazetteer, *, hint: str | None = None
) -> list[Mention]:
    """Choose one region per mention, or none; returns the mentions that were placed.

    Placing runs in rounds: first what a trigger word, the region prior or an
    unambiguous regency/province name settles; then names supported by places already
    settled (a desa inside a kecamatan the text also names), until nothing changes.
    Support only flows from settled places, so common words that happen to be desa
    names in the same far province cannot vouch for each other.
    """
    for mention in mentions:
        if mention.trigger:  # 0 marks a place slot of any level
            mention.candidates = _at_trigger_level(mention)
        elif any(level_of(c) == PROVINCE for c in mention.candidates):
            # A province's name without a village's trigger is the province: the
            # kampung Papua in Puncak Jaya is named "Kampung Papua".
            mention.candidates = [c for c in mention.candidates if level_of(c) < VILLAGE]
    anchors: set[str] = set()
    for _round in range(4):
        changed = False
        near = _neighbourhood(mentions)
        for mention in mentions:
            if mention.chosen is None and _place(mention, anchors, hint, near, gazetteer):
                changed = True
        anchors = {m.chosen for m in mentions if m.chosen is not None}
        if not changed:
            break
    placed = _without_strays([m for m in mentions if m.chosen is not None])
    one_sense_per_name(placed)
    return placed


# Words that head a hamlet's name below the registry's villages ("Banjar Pala") and
# are a region's name too (Kabupaten Banjar, Kecamatan Banjar in Buleleng).
_HAMLET_HEADS = frozenset({"banjar"})
# A lake, a river, a strait or a bay named after a place ("Danau Toba", "Sungai Asahan",
# "Selat Sunda", "Teluk Jakarta") is the water, not the place. Names that hold the word
# ("Sungai Penuh", "Teluk Bintuni") are matched whole, from the word itself.
_FEATURE_BEFORE = re.compile(r"(?i:\b(?:danau|sungai|selat|kali|teluk))[ ]+$")
# "medan" is terrain too: "Medan lokasi …", "medan yang berat", "medan tempur", and in a
# headline's capitals "Tembus Medan yang Sulit".
_TERRAIN_AFTER = re.compile(
    r"[ ]+(?:yang[ ]+(?:sangat[ ]+|cukup[ ]+)?)?"
    r"(?i:lokasi|berat|terjal|sulit|tempur|perang|pertempuran|laga|ekstrem|menantang)\b"
)
_NAME_FOLLOWS = re.compile(r"[ ]+[A-Z]")
# "batubara" is coal too: the mining law's "Mineral dan Batubara", "tambang batubara",
# "tongkang batubara".
_COAL_BEFORE = re.compile(
    r"(?i:\b(?:mineral dan|tambang|pertambangan|penambangan|angkutan|truk|tongkang|kapal"
    r"|pltu|harga|ekspor|produksi|stockpile))[ ]+$"
)


def _coal_before(text: str, start: int) -> bool:
    return _COAL_BEFORE.search(text, max(0, start - 20), start) is not None


# A regency's short name that is also the count's own word: "HSU" (hitung suara ulang),
# done or to be done, is a recount.
_RECOUNTS = frozenset({"hsu"})
_AN_ACT_BEFORE = re.compile(
    r"(?i:\b(?:melakukan|lakukan|dilakukan|melaksanakan|dilaksanakan|proses|adanya|setelah))"
    r"[ ]+$"
)


# "Pati" is the forces' word for their generals too, before the post they hold.
_OFFICER_AFTER = re.compile(
    r"[ ]+(?:Analis|Mabes|Polri|TNI|Yanma|Bareskrim|Baharkam|Polda|Sahli|Pamen)\b"
)


# Regency names that are verbs too, written in a headline's capitals between its subject
# and its object ("Ojek Online Serang Ojek Pangkalan di Garut").
_HEADLINE_VERBS = frozenset({"serang"})
_CAPITAL_BEFORE = re.compile(r"[A-Z][a-z]*[ ]+$")
_RECIPROCAL_BEFORE = re.compile(r"\b[Ss]aling[ ]+$")
_CAPITAL_AFTER = re.compile(r"[ ]+(?!Banten\b|Raya\b)[A-Z][a-z]")


# A dateline's dash ("JAKARTA - Pusat Ujian … UNJ") ends the place before it: no name
# runs across it into the sentence ("Jakarta Pusat").
_SPACED_DASH = re.compile(r"\s[-\u2013\u2014]\s")


def _reduplicated(text: str, start: int, end: int) -> bool:
    """A word said twice with a hyphen ("Ujung-ujungan semua karyawan di-PHK", "Kota-kota
    besar") is a plural or an idiom, not a name, however its sentence capitalises it."""
    word = text[start:end]
    return (
        " " not in word
        and text.startswith("-", end)
        and text[end + 1 : end + 1 + len(word)].lower() == word.lower()
    )


# "Dari Sabang sampai Merauke": the whole country, from its western to its eastern end,
# not the two cities ("pengunjung dari Sabang sampai Merauke").
_THE_NATION_S_BREADTH = re.compile(
    r"\bdari[ ]+Sabang[ ]+(?:sampai|hingga|ke)[ ]+Merauke\b", re.IGNORECASE
)
_BREADTH_REACH = 30  # "dari Sabang sampai " before Merauke, with room to spare
# Only a name made of the phrase's own words can lie inside it: every other name is
# spared the scan.
_BREADTH_WORDS = frozenset({"dari", "sabang", "sampai", "hingga", "ke", "merauke"})


def _in_the_nation_s_breadth(text: str, key: str, start: int, end: int) -> bool:
    if not _BREADTH_WORDS.issuperset(key.split()):
        return False  # nearly always
    nearby = _THE_NATION_S_BREADTH.finditer(
        text, max(0, start - _BREADTH_REACH), end + _BREADTH_REACH
    )
    return any(m.start() <= start and end <= m.end() for m in nearby)


# A port's, an airport's or a seat of government's name as the registry's aliases give
# it ("Pelabuhan Merak", "Kantor DPRD Provinsi Jawa Barat"), its head often written small
# ("di pelabuhan Tanjung Emas", "di depan kantor Gubernur Jateng"): the name after the
# head is what shows whether the writer meant a name.
_FACILITY_HEAD = re.compile(r"(?:pelabuhan|bandara|kantor|gedung) ")


def _facility_head_length(key: str) -> int:
    head = _FACILITY_HEAD.match(key)
    return 0 if head is None else head.end()


# Words that head a landmark's name: "di Keraton Kasepuhan", "di Pantai Kuta" name the
# palace and the beach, not a village called Keraton or Pantai, and "di Pasar Pagi
# Kaliwungu" the morning market of Kaliwungu, not Samarinda's Kelurahan Pasar Pagi.
_LANDMARK_HEADS = frozenset({"keraton", "pantai", "pasar", "taman", "danau", "kebun"})


def _heads_a_landmark_s_name(key: str, text: str, end: int) -> bool:
    head = key.split(" ", 1)[0]
    return head in _LANDMARK_HEADS and _CAPITAL_AFTER.match(text, end) is not None


def _between_capitals(text: str, start: int, end: int) -> bool:
    before = _CAPITAL_BEFORE.search(text, max(0, start - 30), start)
    return before is not None and _CAPITAL_AFTER.match(text, end) is not None


# Offices a province has as well as a regency: "Bawaslu Sumut", "KPU Kaltim".
_PROVINCIAL_TOO = frozenset(
    {
        "kpu", "kpud", "bawaslu", "kesbangpol", "bakesbangpol", "dprd", "diskominfo",
        "kominfo", "fkub", "bpbd", "kemenag", "sekda", "setda", "satpol",
    }
)  # fmt: skip


def _at_trigger_level(mention: Mention) -> list[str]:
    at_level = [c for c in mention.candidates if level_of(c) == mention.trigger]
    if at_level or mention.trigger_word not in _PROVINCIAL_TOO:
        return at_level
    return [c for c in mention.candidates if level_of(c) == PROVINCE]


def _without_strays(placed: list[Mention]) -> list[Mention]:
    """A village taken on its trigger alone ("Kampung Pering") in a province none of the
    text's other places lies in is another village of that name: a story from Manggarai
    does not wander to Gianyar. Nor does a name many villages share, taken outside every
    regency the text places ("Kampung Setiajaya, Desa Setiadarma, Kabupaten Bekasi"), nor
    one a head's title alone placed there: "Kades Dono" in a story from Tuban is the head
    of Desa Kepohagung, whatever village in Tulungagung bears his name."""
    far = far_afield(placed, _on_trigger_alone)
    settled = [m.chosen for m in placed if m.chosen and not _on_trigger_alone(m)]
    regencies = {ancestors_and_self(c)[1] for c in settled if level_of(c) >= REGENCY}
    kept = []
    for m in placed:
        assert m.chosen is not None  # noqa: S101 (only placed mentions come here)
        elsewhere = bool(regencies) and (
            len(m.candidates) > 1 or m.trigger_word not in ADMIN_TRIGGERS
        )
        stray = id(m) in far or (
            _on_trigger_alone(m) and elsewhere and ancestors_and_self(m.chosen)[1] not in regencies
        )
        if not stray:
            kept.append(m)
    return kept


def far_afield(placed: Sequence[Mention], weak: Callable[[Mention], bool]) -> set[int]:
    """The weakly placed mentions (by `weak`) in a province none of the firmly placed
    ones lies in: a loosely named place of the story's own region, not one at the far
    end of the country. None when nothing is firm."""
    firm = {m.chosen[:2] for m in placed if m.chosen and not weak(m)}
    if not firm:
        return set()
    return {id(m) for m in placed if weak(m) and m.chosen and m.chosen[:2] not in firm}


def _on_trigger_alone(m: Mention) -> bool:
    return m.chosen is not None and level_of(m.chosen) == VILLAGE and m.why == ["trigger"]


def one_sense_per_name(placed: list[Mention]) -> None:
    """A story names one regency by one name: where one mention says "Kota Kediri", a
    bare "KPU Kediri" in the same text is the city too. Run again once the asides are
    gone: "Kabupaten Magelang" where a speaker stood says nothing of the story's own."""
    regencies = _senses_stated(
        placed,
        lambda m, chosen: (
            level_of(chosen) == REGENCY and (m.trigger_word in _SAYS_THE_TYPE or m.city_after)
        ),
    )
    finer = [m.chosen for m in placed if m.chosen and level_of(m.chosen) > REGENCY]
    for m in placed:
        sense = regencies.get(m.key)
        if sense and m.chosen and level_of(m.chosen) == REGENCY and m.chosen != sense:
            # "Polres Pasuruan Kota" seized vote buyers in Desa Rejoso Kidul, Kabupaten
            # Pasuruan: the bare "Pasuruan" is the regency that holds the story's villages.
            if _holds_any(m.chosen, finer) and not _holds_any(sense, finer):
                continue
            _take_the_stated_sense(m, sense)
    _bare_names_as_stated(placed)
    _bare_heads_of_named_regencies(placed)
    _short_forms_of_longer_names(placed)


def _short_forms_of_longer_names(placed: list[Mention]) -> None:
    """A name said in full ("Sirkuit Mandalika", "Pelabuhan Ketapang") and then by its
    last word ("di Mandalika itu") is the same place, not a village or a district that
    happens to bear the short name elsewhere."""
    longer = {m.key: m.chosen for m in placed if m.chosen and " " in m.key}
    if not longer:
        return  # nearly always
    for m in placed:
        if m.trigger is not None or not m.chosen or level_of(m.chosen) <= REGENCY:
            continue
        senses = {code for key, code in longer.items() if key.endswith(" " + m.key)}
        if len(senses) == 1 and not contains(next(iter(senses)), m.chosen):
            _take_the_stated_sense(m, next(iter(senses)))


# "Bentrok TKA Morowali" in a story of PT GNI in Kabupaten Morowali Utara: a regency named
# with its direction is shortened to its head, which is a neighbouring regency too.
_DIRECTIONS = frozenset({"utara", "selatan", "timur", "barat", "tengah", "laut", "daya"})
FIRST_CITY = 71  # a regency's number from 71 on is a city (kota)


def _bare_heads_of_named_regencies(placed: list[Mention]) -> None:
    named = {m.key: m.chosen for m in placed if m.chosen and level_of(m.chosen) == REGENCY}
    for m in placed:
        if m.trigger is not None or not m.chosen or level_of(m.chosen) != REGENCY:
            continue
        if int(m.chosen.split(".")[1]) >= FIRST_CITY:
            continue  # "Bandung" beside "Bandung Barat" may well be the city
        longer = [
            code
            for key, code in named.items()
            if key.startswith(m.key + " ")
            and key[len(m.key) + 1 :] in _DIRECTIONS
            and code[:2] == m.chosen[:2]
        ]
        if len(longer) == 1:
            _take_the_stated_sense(m, longer[0])


def _holds_any(code: str, finer: list[str]) -> bool:
    return any(contains(code, place) for place in finer)


def _bare_names_as_stated(placed: list[Mention]) -> None:
    """A name said once with its level word ("Desa Kediri, Lombok Barat") and then bare
    ("surat suara Dapil Kediri") is the same place, not a namesake in another province."""
    stated = _senses_stated(placed, lambda m, _chosen: m.trigger is not None)
    for m in placed:
        sense = stated.get(m.key)
        if not sense or m.trigger is not None or not m.chosen:
            continue
        if level_of(m.chosen) > PROVINCE and m.chosen[:2] != sense[:2] and sense in m.candidates:
            _take_the_stated_sense(m, sense)


def _senses_stated(
    placed: list[Mention], stating: Callable[[Mention, str], bool]
) -> dict[str, str]:
    """Each name whose placed mentions that state their sense all state the same one."""
    stated: dict[str, set[str]] = defaultdict(set)
    for m in placed:
        if m.chosen and stating(m, m.chosen):
            stated[m.key].add(m.chosen)
    return {key: next(iter(senses)) for key, senses in stated.items() if len(senses) == 1}


def _take_the_stated_sense(mention: Mention, sense: str) -> None:
    mention.chosen = sense
    mention.why.append("same name")


def _support(code: str, anchors: set[str]) -> float:
    """Settled places that contain this one or lie in it (the same place counts double),
    and settled villages of the same kecamatan: two desa a clash runs between are
    usually neighbours."""
    score = 0.0
    for anchor in anchors:
        if anchor == code:
            score += 2.0
        elif _related(anchor, code):
            score += 1.0
    return score


def _related(anchor: str, code: str) -> bool:
    """One holds the other (a regency or finer vouches), or both are villages of one
    kecamatan."""
    if level_of(anchor) >= REGENCY and (contains(anchor, code) or contains(code, anchor)):
        return True
    return level_of(anchor) == level_of(code) == VILLAGE and parent_of(anchor) == parent_of(code)


def _above(code: str) -> set[str]:
    """The regency and district codes above a code (provinces are too broad to vouch)."""
    parts = code.split(".")
    return {".".join(parts[:n]) for n in range(2, len(parts))}


def _neighbourhood(mentions: Sequence[Mention]) -> dict[str, tuple[set[str], set[str]]]:
    """Per name not yet placed and capitalised: its candidates, and the codes above them."""
    near: dict[str, tuple[set[str], set[str]]] = {}
    for m in mentions:
        if m.chosen is None and m.capitalized and m.key not in near:
            candidates = set(m.candidates)
            near[m.key] = (candidates, set().union(*(_above(c) for c in candidates)))
    return near


def _tentative(code: str, key: str, near: dict[str, tuple[set[str], set[str]]]) -> float:
    """Support from other names not yet placed, one of whose candidates contains this
    one or lies in it ("Tangkas, Klungkung"): half a point each, at most one."""
    if level_of(code) < REGENCY:
        return 0.0
    above = _above(code)
    score = 0.0
    for other, (candidates, their_above) in near.items():
        if other != key and (above & candidates or code in their_above):
            score += 0.5
    return min(score, 1.0)


# Offices named after a regency: where a kabupaten and a kota share the name, the bare
# name is the kabupaten's ("Polres Bogor", "Bawaslu Probolinggo"); the city's own
# offices say so ("Pemkot", "Wali Kota", "Polres Kediri Kota").
_CITY_OFFICES = frozenset({"kota", "walikota", "pemkot"})
# Words that say outright whether the regency named after them is the kabupaten or the
# kota, as an office's name does not ("Polres Kediri" may be either).
_SAYS_THE_TYPE = frozenset({"kabupaten", "kab", "pemkab", "bupati", "wabup"}) | _CITY_OFFICES
_REGENCY_OFFICES = frozenset(
    w
    for w, trigger_level in TRIGGERS.items()
    if trigger_level == REGENCY and w not in _CITY_OFFICES
)


STATED_TYPE = 2.5


def _type_bonus(mention: Mention, record: PlaceRecord) -> float:
    """ "Kota Kediri" is the city, "Kabupaten Kediri" the regency."""
    if record.level != REGENCY:
        return 0.0
    is_city = record.type == "kota" or record.name.startswith("Kota ")
    # A stated type outweighs the support of places named nearby: "Polres Madiun Kota"
    # is the city's police even in a story about two kecamatan of the regency.
    if mention.trigger_word in _CITY_OFFICES or mention.city_after:
        return STATED_TYPE if is_city else 0.0
    if mention.trigger_word in ("kabupaten", "kab"):
        return 0.0 if is_city else STATED_TYPE
    if mention.trigger_word in _REGENCY_OFFICES:
        return 0.0 if is_city else 0.5
    return 0.0


def _place(
    mention: Mention,
    anchors: set[str],
    hint: str | None,
    near: dict[str, tuple[set[str], set[str]]],
    gazetteer: Gazetteer,
) -> bool:
    if not mention.candidates:
        return False
    bare = mention.trigger is None and not mention.apposed
    if bare and mention.key in gazetteer.split_at_a_stem:
        return False
    if mention.key in COMMON_WORDS and (bare or not mention.capitalized):
        # "di Mulia" in a story about Puncak Jaya is its capital, not "noble": a common
        # word is a place when written as where something happened inside a region the
        # text has already settled.
        if not mention.locative:
            return False
        within = [c for c in mention.candidates if _support(c, anchors)]
        if not within:
            return False
        mention.candidates = within
    scored: list[tuple[float, str, list[str]]] = []
    for code in mention.candidates:
        why: list[str] = []
        support = _support(code, anchors) + _tentative(code, mention.key, near)
        prior = bool(hint and (contains(hint, code) or contains(code, hint)))
        score = 2.0 * support + (1.5 if prior else 0.0)
        if mention.trigger is not None:
            score += 3.0 + _type_bonus(mention, gazetteer.places[code])
            why.append("trigger")
        if support:
            why.append(f"support {support:g}")
        if prior:
            why.append("region prior")
        score += {PROVINCE: 0.3, REGENCY: 0.4, DISTRICT: 0.1, VILLAGE: 0.0}[level_of(code)]
        scored.append((score, code, why))
    scored.sort(key=lambda s: -s[0])
    top_score, top, why = scored[0]
    # A name shared by nested regions (Kecamatan Kediri and its Desa Kediri, Kabupaten
    # and Kecamatan Klungkung) is one place at the coarser level unless a trigger says.
    nested = [s for s in scored if contains(s[1], top) or contains(top, s[1])]
    if len(nested) > 1 and mention.trigger is None and top_score - nested[1][0] < 1.0:
        top_score, top, why = min(nested[:2], key=lambda s: level_of(s[1]))
    rivals = [s for s in scored if not (contains(s[1], top) or contains(top, s[1]))]
    runner_up = rivals[0][0] if rivals else None
    if runner_up is not None and top_score - runner_up < 0.25:
        return False  # too close to call: leave it to a person
    evidence = bool(why)
    clear = runner_up is None or top_score - runner_up >= 1.0
    top_level = level_of(top)
    if top_level >= DISTRICT and not (
        evidence
        and clear
        or "trigger" in why
        or "region prior" in why
        or _one_of_a_kind(mention, rivals)
    ):
        return False
    # A capitalised regency or province name stands for itself, even where some far
    # village or district carries the same name ("Lombok Timur" is also a desa in
    # Lampung, Depok a kecamatan in Cirebon), unless something in the text speaks for it.
    only_finer_rivals = all(level_of(code) >= DISTRICT and not why for _, code, why in rivals)
    if top_level <= REGENCY and not (evidence or (mention.capitalized and only_finer_rivals)):
        return False
    if not mention.capitalized and not evidence:
        return False
    mention.chosen, mention.score, mention.why = top, top_score, why
    mention.support = _support(top, anchors) + _tentative(top, mention.key, near)
    return True


# "di Masalembu": a single word that long, borne by no other region, is a name.
ONE_WORD_OF_A_KIND = 9


def _one_of_a_kind(mention: Mention, rivals: list[tuple[float, str, list[str]]]) -> bool:
    """ "di Pelabuhan Tanjung Priok": a name of two words or more that no other region
    bears, written as where something happened, is that place without a level word."""
    long_enough = " " in mention.key or len(mention.key) >= ONE_WORD_OF_A_KIND
    return mention.locative and long_enough and not rivals and mention.trigger is None


# In 2022 Papua's and Papua Barat's regencies went to four new provinces; stories still
# write "Kabupaten Yalimo, Papua".
FORMER_PROVINCE = {"93": "91", "94": "91", "95": "91", "96": "92"}


def finest(codes: Iterable[str]) -> list[str]:
    """Drop every code that is an ancestor of another (or the province it was part of):
    the finest places the text supports."""
    unique = list(dict.fromkeys(codes))
    return [c for c in unique if not any(o != c and _holds(c, o) for o in unique)]


def _holds(outer: str, inner: str) -> bool:
    return contains(outer, inner) or FORMER_PROVINCE.get(ancestors_and_self(inner)[0]) == outer
