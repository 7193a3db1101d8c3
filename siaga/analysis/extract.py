"""Casualty counts, organisations and people, language hints and an extractive summary."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable

import ahocorasick

from siaga.analysis.lexicon import NATURAL_DEATH
from siaga.analysis.text import sentences

# Patterns scanned over a whole story that open with "\b" and a list of words begin with
# a look-ahead for the letters those words start with ("(?=[KkWwMmaPpR])"): with
# nothing fixed to skip to, the engine tries every position, and a one-letter test
# turns most positions away before the word list is tried.

NUMBER_WORDS = {
    "satu": 1, "seorang": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6,
    "tujuh": 7, "delapan": 8, "sembilan": 9, "sepuluh": 10, "sebelas": 11,
    "belasan": 11, "puluhan": 20, "ratusan": 100, "kedua": 2, "ketiga": 3,
}  # fmt: skip
# A number that names something ("calon nomor urut 3 ini meninggal", "TPS 5", "RT 02")
# counts nobody.
_LABELS = ("nomor urut", "nomor", "no.", "tps", "rt", "rw", "pasal")
_NOT_A_COUNT = "".join(rf"(?<!{re.escape(label)} )" for label in _LABELS)
_COUNT = r"\b" + _NOT_A_COUNT + r"(?P<n>\d{1,4}|" + "|".join(NUMBER_WORDS) + r")"
_WHO = (
    r"(?:\s+(?:orang|warga|korban|pendukung|anggota|pemuda|massa|simpatisan|petugas"
    # "kedua pelaku diduga ikut tewas": the attackers are counted too.
    r"|polisi|personel|tenaga\s+kerja|pelaku))?"
)
_INJURED = re.compile(
    _COUNT
    + _WHO
    # "Cidera" is how many newsrooms spell "cedera".
    # "tiga orang pendukung Thaib-Gani mengalami cedera": a camp's hyphened name between.
    + r"\s+(?:[\w'-]+\s+){0,2}?(?:mengalami\s+)?"
    # "2 Pemuda Kokoda Tertembak": hit by the shots, not killed ("tertembak mati").
    + r"(?:luka|luka-luka|terluka|cedera|cidera|dirawat|lecet|tertembak(?!\s+mati)"
    # Makassar's "busur" is the arrow of a slingshot bow: "5 Mahasiswa Kena Busur".
    + r"|(?:ter)?kena\s+(?:anak\s+)?(?:busur|panah))"
    # "korban luka sebanyak 12 orang dengan rincian 8 orang polisi": the count told last.
    + r"|\bkorban\s+(?:luka|luka-luka|terluka|cedera|cidera)\s+sebanyak\s+(?P<n2>\d{1,4}|"
    + "|".join(NUMBER_WORDS)
    + r")\s+orang\b",
    re.IGNORECASE,
)
_DEAD = re.compile(
    # "155 keluarga mengungsi meninggalkan rumah" leaves, it does not die.
    _COUNT
    + _WHO
    + r"\s+(?:\w+\s+){0,2}?(?:tewas|meninggal|meninggal dunia|korban jiwa|gugur)\b"
    # "empat nyawa melayang"; "korban tewas di Jalan Teuku Umar sebanyak 2 orang".
    + r"|"
    + _COUNT.replace("?P<n>", "?P<n2>")
    + r"\s+nyawa\s+(?:melayang|hilang|terenggut)\b"
    + r"|\b(?:tewas|meninggal(?: dunia)?)(?:\s+[\w.]+){0,5}?\s+sebanyak\s+"
    + r"(?P<n3>\d{1,4}|"
    + "|".join(NUMBER_WORDS)
    + r")\s+orang\b"
    # "jumlah korban tewas dalam kerusuhan … meningkat menjadi 176 jiwa": the toll, its
    # subject named first and its count last.
    + r"|\bkorban\s+(?:tewas|meninggal(?: dunia)?|jiwa)(?:\s+[\w.]+){0,10}?\s+"
    + r"(?:menjadi|mencapai)\s+(?P<n4>\d{1,4}|"
    + "|".join(NUMBER_WORDS)
    + r")\s+(?:orang|jiwa)\b",
    re.IGNORECASE,
)
# A suicide bombing carried out ("serangan bom bunuh diri satu keluarga", "bom bunuh diri
# diledakkan dua anak laki-laki Dita", "mengakhiri hidupnya dengan melakukan bom bunuh
# diri"): its bomber, at least, is dead.
_A_SUICIDE_BOMBING = re.compile(
    r"\b(?:serangan|aksi|ledakan|teror|melakukan|meledakkan)\s+bom\s+bunuh\s+diri\b(?P<n>)"
    r"|\bbom\s+bunuh\s+diri\s+(?:meledak|diledakkan|mengguncang|menyerang)\b",
    re.IGNORECASE,
)
# ... unless it was only planned, foiled, feared or staged ("berencana melakukan aksi bom
# bunuh diri", "simulasi penanganan aksi bom bunuh diri").
_A_BOMBING_NOT_DONE = re.compile(
    r"\b(?:rencana|berencana|merencanakan|hendak|akan|calon|percobaan|gagal|digagalkan"
    r"|menggagalkan|mencegah|antisipasi|mengantisipasi|simulasi|atraksi|latihan"
    # A bombing wished, urged or trained for ("siap melakukan bom bunuh diri", "mengajak
    # … untuk melakukan bom bunuh diri").
    r"|siap|ingin|untuk|mengajak|diajak|bersedia)\b"
    r"[^.!?\n]{0,40}$",
    re.IGNORECASE,
)


def _a_suicide_bombing_done(bombing: re.Match[str]) -> bool:
    before = bombing.string[max(0, bombing.start() - 60) : bombing.start()]
    return _a_killing_told(bombing) and _A_BOMBING_NOT_DONE.search(before) is None


# The act named before its victims ("menewaskan anggota Brimob", "menembak mati seorang
# warga") or a death in service ("gugur dalam baku tembak"): at least one dead.
_KILLING_WORDS = (
    "menewaskan",
    "menembak mati",
    "gugur dalam",
    # "membacok J hingga meregang nyawa": the act's victim died of it.
    "hingga tewas",
    "hingga meninggal",
    "meregang nyawa",
    "ditembak mati",
    # "dipicu tewasnya warga Buyut Udik", "berujung pada tewasnya seorang pelajar", "lokasi
    # gugurnya tiga polisi muda".
    "tewasnya",
    "gugurnya",
    # A death told without a count: "perkelahian berujung maut", "kerabatnya tewas
    # mengenaskan".
    "berujung maut",
    "duel maut",
    "merenggut nyawa",
    "tewas mengenaskan",
    "tewas seketika",
    "tewas di tempat",
    "sampai tewas",
    "sampai meninggal",
    # "sebelum dibunuh dengan cara dibakar", "mengakibatkan hilangnya nyawa".
    "dibunuh",
    "melenyapkan nyawa",
    # "dipicu oleh pembunuhan Abdullah (56)": a murder has its dead, unless attempted,
    # threatened or only of a name ("pembunuhan karakter").
    "pembunuhan",
    "hilangnya nyawa",
    # "salah seorang pendukung … yang ditemukan meninggal dunia".
    "ditemukan meninggal",
    "ditemukan tewas",
    "ditemukan tak bernyawa",
    "ditemukan tidak bernyawa",
    # A suicide bomber who "meledakkan diri" at a church's gate died of it.
    "meledakkan diri",
    "meledakan diri",
)
_KILLED = re.compile(
    r"\b(?:"
    + "|".join(_KILLING_WORDS)
    # "menarik diri hingga meninggal ruangan": "meninggalkan" (left the room) mistyped.
    # "calon mereka gugur dalam pemilihan gubernur": a candidate out of the race.
    + r")\b(?!\s+(?:ruangan|ruang|lokasi|gedung|arena|forum|acara|rapat|karakter|pemilihan"
    + r"|pilkada|pilkades|pilgub|pemilu|seleksi|verifikasi|tahapan|tahap|pencalonan)\b)"
    + r"(?:\s+(?P<n>"
    + "|".join(NUMBER_WORDS)
    + r"|\d{1,4})\b)?",
    re.IGNORECASE,
)
_ORG_HEAD = re.compile(
    r"(?=[A-Z])\b(?:Polres(?:ta)?|Polda|Polsek|Kodim|Korem|Koramil|Kodam|KPU|Bawaslu|Kesbangpol|"
    r"Bakesbangpol|Kejari|Kejati|Kejaksaan Negeri|Kejaksaan Tinggi|Satpol PP|Pemkab|Pemprov|"
    r"Pemkot|DPRD|FKUB|Majelis Desa Adat|Sentra Gakkumdu|Panwaslu|Dinas Sosial|Diskominfo)"
    r"(?:[ ]+(?:Kabupaten|Kota|Provinsi|Kab\.|Kep\.|Kepulauan))?(?:[ ]+\d{3,4}(?:/[A-Z][\w]+)?)?"
)
_CAPITALISED = re.compile(r"[ ]+([A-Z][a-zA-Z]+)")
_TITLES = (
    r"AKBP|AKP|Kompol|Iptu|Ipda|Aiptu|Aipda|Bripka|Brigadir|Irjen(?: Pol\.?)?|Brigjen|Kombes|"
    r"Letkol(?: Inf\.?)?|Kolonel|Mayor|Kapten|Serka|Serma|Kapolres|Kapolda|Kapolsek|Wakapolres|"
    r"Dandim|Danrem|Bupati|Wakil Bupati|Wabup|Pj Bupati|Gubernur|Wali Kota|Walikota|Camat|"
    r"Perbekel|Kades|Ketua|Kepala|Kabid|Kasi Intel|Kabag Ops|Kordiv|Sekda|Kaban"
)
_PERSON = re.compile(
    r"(?=[A-Z])\b(?:" + _TITLES + r")[ ]+(?:[A-Z][\w.]*[ ]+){0,4}?"
    r"(?P<name>(?:I|Ni|Ida|Made|Putu|Gede|Komang|Ketut|Nyoman|Kadek|Wayan)?[ ]?"
    r"[A-Z][a-z]+(?:[ ]+(?:[A-Z][a-z]+|[A-Z]\.)){0,4})"
)
# Words that make a capitalised run an office, not a person.
_NOT_NAMES = frozenset(
    [
        "Kabupaten",
        "Kota",
        "Provinsi",
        "Bawaslu",
        "KPU",
        "Polres",
        "Polda",
        "Badan",
        "Kesatuan",
        "Bangsa",
        "Kejaksaan",
        "Negeri",
        "Tinggi",
        "Kesbanglinmas",
        "Kesbangpol",
        "Kewaspadaan",
        "Nasional",
        "Hukum",
        "Pihaknya",
        "Menurutnya",
        "Forum",
        "Perbekel",
        "Dinas",
        "Sosial",
        "Pemerintah",
        "Daerah",
        "Tim",
        "Terpadu",
        "Divisi",
        "Pencegahan",
        "Koordinator",
        "Wilayah",
        "Sekretariat",
        "Penanganan",
        "Konflik",
        "Intelkam",
        "Sentra",
        "Gakkumdu",
        "Babel",
        "Kepulauan",
    ]
)

LANGUAGE_MARKERS: dict[str, frozenset[str]] = {
    "id": frozenset(
        [
            "yang",
            "dan",
            "di",
            "ke",
            "dari",
            "ini",
            "itu",
            "dengan",
            "untuk",
            "tidak",
            "ada",
            "akan",
            "pada",
            "juga",
        ]
    ),
    "en": frozenset(
        [
            "the",
            "and",
            "of",
            "to",
            "is",
            "are",
            "was",
            "were",
            "with",
            "for",
            "this",
            "that",
            "from",
        ]
    ),
    "jv": frozenset(
        [
            "ora",
            "iki",
            "kuwi",
            "opo",
            "wis",
            "arep",
            "karo",
            "aku",
            "kowe",
            "ning",
            "neng",
            "sing",
            "ono",
        ]
    ),
    "ban": frozenset(
        [
            "tiang",
            "sing",
            "ten",
            "nggih",
            "punika",
            "driki",
            "ring",
            "napi",
            "kenken",
            "suba",
            "uli",
        ]
    ),
}


# "Untuk diketahui, bentrokan warga kedua desa terjadi pada Januari": what the story
# recalls for its reader, told after its own news.
_BACKSTORY_PHRASE = (
    r"(?:(?:Untuk|Seperti|Sebagaimana) (?:diketahui|diberitakan)"
    r"|Sebelumnya diberitakan|Diketahui sebelumnya)\b"
)
# The sentence's end is matched, not looked behind for: a pattern that opens with a
# mark lets the engine skip to the marks rather than try every position of the story.
_BACKSTORY_OPENS = re.compile(rf"[.!?\n](?P<opening>\s*{_BACKSTORY_PHRASE})")
_BACKSTORY_FIRST = re.compile(rf"\s*{_BACKSTORY_PHRASE}")


def before_the_backstory(text: str, after: int) -> str:
    """The text up to where it starts recalling earlier events, if that is past the
    first `after` characters; else the whole text."""
    if after <= 0 and _BACKSTORY_FIRST.match(text):
        return ""
    opening = _BACKSTORY_OPENS.search(text, max(after - 1, 0))
    return text if opening is None else text[: opening.start("opening")]


def casualties(text: str) -> dict[str, int | None]:
    # Most texts name neither: a substring test is far cheaper than the patterns, which
    # try every number in the text.
    lowered = text.lower()
    if harmed_by_drink(text, lowered) or worn_out(text, lowered):
        return {"injured": None, "dead": None}
    dead: list[int] = []
    if any(word in lowered for word in _DEATH_WORDS):
        died = _largest(_DEAD, text, counted=_a_death_counted)
        named = _largest(_NAMED_DEAD, text, counted=_a_death_told)
        dead = [n for n in (died, _killed(text, lowered), named) if n is not None]
    if "bunuh diri" in lowered:
        bombed = _largest(_A_SUICIDE_BOMBING, text, counted=_a_suicide_bombing_done)
        dead += [bombed] if bombed is not None else []
    injured = None
    if any(word in lowered for word in _WOUND_WORDS):
        injured = _largest(_INJURED, text, counted=_not_abroad) or _wounded_uncounted(text)
    return {"injured": injured, "dead": max(dead) if dead else None}


# Every death and injury pattern holds one of these.
_DEATH_WORDS = ("tewas", "meninggal", "korban jiwa", "gugur", "nyawa", *_KILLING_WORDS)
_WOUND_WORDS = (
    "luka", "cedera", "cidera", "dirawat", "panah", "sabetan", "bacok", "tusuk", "tikam",
    "tembakan", "peluru", "lemparan batu", "air keras", "lecet", "dilarikan ke", "aniaya",
    "keroyok", "kena busur", "sadarkan diri", "pingsan", "dipukul", "pemukulan", "ditendang",
    "dihantam", "ditinju", "ditonjok", "memar", "lebam", "bengkak", "robek", "sobek", "dicakar",
    "belur", "terkena pukul", "terkena tendangan", "berdarah", "simbah darah",
    "mengeluarkan darah", "tertembak",
)  # fmt: skip


# The wounded told without a count ("seorang penduduk Desa Renda terkena panah",
# "membacok seorang pemuda", "bahkan melukai warga"): at least one, unless the words
# before say nobody was, or that it is only threatened ("orang tak dikenal" is someone).
_WOUNDED = re.compile(
    r"\b(?:terluka|luka-luka|lecet|(?:mengalami|menderita)(?: [a-z]+){0,2}? luka"
    r"|terkena (?:anak )?(?:panah|busur|sabetan|pukul|pukulan|tendangan"
    r"|bacokan|tusukan|tembakan|peluru|lemparan batu)|dibacok|ditusuk(?! jarum)|dipanah|ditikam"
    # "melukai hati umat Islam", "melukai perasaan warga": a hurt to feelings.
    r"|melukai(?! (?:(?:sangat|amat) )?(?:hati|perasaan|umat|nurani))"
    r"|membacok|menusuk|menikam|memanah(?! ke arah)|disiram air keras|dianiaya|dikeroyok"
    # "terjadi penganiayaan terhadap karyawan TKI", "menyerang dua orang pendukung dengan
    # pemukulan": an assault or a beating told as a noun.
    r"|penganiayaan terhadap|pemukulan terhadap|dengan pemukulan"
    r"|menganiaya|babak belur|penuh luka|luka (?:cukup |sangat )?parah|kritis karena luka"
    # "ada korban luka, namun tidak ada yang luka berat": some were hurt, none badly.
    r"|(?:ada|terdapat) korban (?:yang )?luka"
    # "dipukuli sampai berdarah", "bentrok berdarah": blood drawn is a wound.
    r"|(?:hingga|sampai) berdarah|bersimbah darah|bentrok(?:an)? berdarah"
    # "terlempar dan mengeluarkan darah di bagian kepala".
    r"|mengeluarkan darah"
    # "kami yang berdarah-darah membesarkan partai": toil, not blood.
    r"|berdarah-darah(?! (?:membesarkan|memperjuangkan|berjuang|merintis|mendirikan))"
    # A body part struck, bleeding or bruised ("dipukul di bagian kepala", "kepala jurnalis
    # tersebut berdarah", "pelipis MA mengalami luka memar"), or scratched.
    r"|(?:dipukul(?:i)?|ditendang|dihantam|ditinju|ditonjok)(?: [a-z]+){0,2}? (?:di )?(?:bagian )?"
    r"(?:kepala|wajah|muka|dagu|pelipis|mata|hidung)"
    r"|(?:kepala|wajah|muka|hidung|mulut|bibir|pelipis|dahi|pipi)(?:nya)?(?: [a-z]+){0,2}? "
    r"(?:berdarah|lebam|memar|bengkak|robek|sobek)|dicakar"
    # "ditonjok … sampai tak sadarkan diri": knocked out by a blow.
    r"|(?:hingga|sampai) (?:tak|tidak) sadarkan diri|(?:hingga|sampai) pingsan"
    # Someone rushed to hospital was hurt; one who fainted may only be said to, in a hoax.
    r"|dilarikan ke (?:rumah sakit|rs|puskesmas|klinik))\b",
    re.IGNORECASE,
)
# "Massa yang emosinya tak terkendali membacok sopir": a crowd out of control, not a
# wound denied.
_NOT_WOUNDED = re.compile(
    r"\b(?:tidak|tak|tanpa|belum|nihil|bukan|tiada|akan|mau|hendak|ancam|mengancam|bisa"
    r"|dapat|berpotensi|khawatir|nyaris|hampir|apakah)\b(?! terkendali)[^.]{0,45}$",
    re.IGNORECASE,
)


_UNKNOWN_PERSON = re.compile(r"\b(?:tak|tidak) (?:dikenal|diketahui)\b", re.IGNORECASE)


# "kaca jendela ruangan dekan … pecah akibat terkena lemparan batu", "beberapa kendaraan
# … mengalami kerusakan akibat terkena lemparan batu": a thing broken.
_A_THING_BROKEN = re.compile(
    r"\b(?:pecah|rusak|retak|penyok|hancur|kerusakan|ringsek)(?: akibat| karena)? $",
    re.IGNORECASE,
)


# "menusukkan mata tombak ke tubuh hewan sampai bersimbah darah", "hewan kurban
# ditusuk": a beast's body or a sacrifice bleeds, as a slaughter's does, and no person.
_BEASTS = r"(?:hewan|binatang|kerbau|sapi|babi|kambing|domba|kuda|anjing|ayam)(?:-[a-z]+)?"
_A_BEAST_S_BODY = re.compile(
    rf"\b(?:(?:tubuh|leher|kepala|badan|perut|punggung) (?:sang )?{_BEASTS}"
    rf"(?: kurban| korban)?|{_BEASTS} (?:kurban|korban))(?: (?:itu|tersebut))?"
    r"(?: sampai| hingga)? $",
    re.IGNORECASE,
)


def _wounded_uncounted(text: str) -> int | None:
    for found in _WOUNDED.finditer(text):
        before = _UNKNOWN_PERSON.sub("", text[max(0, found.start() - 60) : found.start()])
        if not (
            _NOT_WOUNDED.search(before)
            or _A_THING_BROKEN.search(before)
            or _A_BEAST_S_BODY.search(before)
            or before.endswith(_FOR_A_PURPOSE)
        ):
            return 1
    return None


# "mencari kelompok lain untuk dikeroyok": what they set out to do, not what was done.
_FOR_A_PURPOSE = ("untuk ", "Untuk ")


# "dalam insiden itu Abdullah meninggal", "Rohim tewas di lokasi": one of the dead, named
# rather than counted (never a count's noun: "4.180 Orang Meninggal").
_NAMED_DEAD = re.compile(
    # "Satu orang anggota polri, Brigadir Taufan dipastikan meninggal".
    r"(?<![\d.] )\b[A-Z][a-z]+(?:[ ]+[A-Z][a-z]+){0,2}(?:,[ ]+\d{1,2},)?[ ]+"
    r"(?:(?:dipastikan|dinyatakan|dilaporkan|akhirnya)[ ]+)?"
    r"(?:tewas|meninggal(?:[ ]+dunia)?)\b(?P<n>)"
    # The press's initials and age for a victim ("berinisial DBJ (14) diketahui meninggal
    # dunia", "P (19), meninggal dunia secara tidak wajar").
    r"|\b[A-Z]{1,4}[ ]+\(\d{1,2}\),?(?:[ ]+[a-z]+){0,2}?[ ]+(?:tewas|meninggal)\b"
)


def _a_death_counted(death: re.Match[str]) -> bool:
    return (
        _not_still_listed(death)
        and _not_history(death)
        and _not_passed_away(death)
        and _not_poisoned(death)
        and _not_of_an_illness(death)
        and _not_abroad(death)
    )


# "delapan warga meninggal akibat menghirup gas beracun H2S dari proyek panas bumi": the
# dead of a leak or a poison, at no one's hand in a quarrel.
_POISONED_BY = re.compile(
    r"\s+akibat\s+(?:menghirup|keracunan|terpapar)\b|\s+karena\s+(?:menghirup|keracunan)\b",
    re.IGNORECASE,
)


def _not_poisoned(death: re.Match[str]) -> bool:
    return _POISONED_BY.match(death.string, death.end()) is None


# "Korban meninggal setelah jatuh sakit selama sebulan": a neighbour whose illness a crowd
# blames on a sorcerer died of it, at no one's hand ("meninggal di rumah sakit" is where,
# not of what).
_OF_AN_ILLNESS = re.compile(
    r"(?:\s+dunia)?\s+(?:setelah|sesudah|usai|karena|akibat|lantaran)\s+"
    r"(?:(?:jatuh|lama|menderita|mengidap)\s+)?(?:sakit|penyakit)\b",
    re.IGNORECASE,
)


def _not_of_an_illness(death: re.Match[str]) -> bool:
    return _OF_AN_ILLNESS.match(death.string, death.end()) is None


# "Kami berlima anggota nazir, sedangkan yang tiga sudah meninggal dunia": members of a
# body who have passed away over the years, no one's casualties.
_WHO_HAVE_PASSED = re.compile(r"\b(?:sudah|telah)\s+meninggal", re.IGNORECASE)


def _not_passed_away(death: re.Match[str]) -> bool:
    before = death.string[max(0, death.start() - 5) : death.start()].lower()
    return before != "yang " or _WHO_HAVE_PASSED.search(death.group(0)) is None


def _a_death_told(death: re.Match[str]) -> bool:
    return _not_averted(death) and _a_death_counted(death)


def _a_killing_told(killing: re.Match[str]) -> bool:
    return (
        _not_averted(killing)
        and _not_history(killing)
        and _not_abroad(killing)
        and _not_an_inquiry_asked(killing)
        and _not_a_disaster_s(killing)
    )


# "masih mengingat dahsyatnya tsunami tahun 1994 yang menewaskan 229 orang": the dead of
# a disaster a village recalls are nobody's victims in its quarrel.
_A_DISASTER_BEFORE = re.compile(
    r"\b(?:tsunami|gempa(?: bumi)?|banjir(?: bandang)?|longsor|erupsi|letusan|angin puting"
    r" beliung|puting beliung|badai)\b[^.!?\n]{0,40}$",
    re.IGNORECASE,
)


def _not_a_disaster_s(killing: re.Match[str]) -> bool:
    start = max(0, killing.start() - 80)
    return _A_DISASTER_BEFORE.search(killing.string, start, killing.start()) is None


# "Tindakan Israel yang menyerang Gaza dan telah menewaskan lebih dari 10.000 orang": the
# dead of a war abroad, told by a rally at home that mourns them, are not its casualties;
# nor are those of a clash across the border that a port at home is guarded against
# ("kerusuhan di Tawau, Sabah, Malaysia, yang mengakibatkan dua polisi Malaysia tewas").
_ABROAD = re.compile(
    r"\b(?:Gaza|Palestina|Palestine|Israel|Zionis|Rafah|Tepi Barat|Ukraina|Lebanon"
    r"|Malaysia|Sabah|Sarawak|Filipina|Thailand|Myanmar|Timor Leste|Papua Nugini)\b"
)


def _not_abroad(casualty: re.Match[str]) -> bool:
    start, end = _sentence_around(casualty, ".!?\n")
    return _ABROAD.search(casualty.string, start, end) is None


def _sentence_around(found: re.Match[str], stops: str = ".\n") -> tuple[int, int]:
    """Where the sentence holding the match begins and ends, sentences ending at any of
    `stops`."""
    text = found.string
    start = max(text.rfind(stop, 0, found.start()) for stop in stops) + 1
    ends = [i for i in (text.find(stop, found.end()) for stop in stops) if i >= 0]
    return start, min(ends, default=len(text))


# "Pada 1982, kasus tersebut kembali mengemuka sehingga … dua orang warga Desa Adobala tewas
# terbunuh": a sentence that opens on a bare year tells the feud's history, not its latest
# round ("Pada Kamis (5/3/2020)" is a day, and opens no history).
_A_PAST_YEAR_OPENS = re.compile(
    r"(?:^|[.!?\n]\s*)(?:pada|sejak|tahun)\s+(?:tahun\s+)?(?:19|20)\d\d\b(?![/-])[^.!?\n]*$",
    re.IGNORECASE,
)


def _not_history(told: re.Match[str]) -> bool:
    return _A_PAST_YEAR_OPENS.search(told.string, 0, told.start()) is None


# "Massa membawa tuntutan: … pengusutan tragedi 28 Agustus yang menewaskan pengemudi ojol":
# a death the protesters demand be investigated is the cause they march for, not a death
# at their protest. The police investigating a killing ("Polisi mengusut pembunuhan …")
# still tell one.
_AN_INQUIRY_ASKED = re.compile(
    r"\b(?:pengusutan|usut tuntas|diusut tuntas|mengusut tuntas)\b[^.!?\n]*$", re.IGNORECASE
)
_A_DEMAND_BEFORE = re.compile(r"\b(?:tuntutan|menuntut|mendesak|desakan)\b", re.IGNORECASE)
DEMAND_REACH = 400


def _not_an_inquiry_asked(told: re.Match[str]) -> bool:
    start, _ = _sentence_around(told, ".!?\n")
    text = told.string
    if _AN_INQUIRY_ASKED.search(text, start, told.start()) is None:
        return True
    return _A_DEMAND_BEFORE.search(text, max(0, told.start() - DEMAND_REACH), told.start()) is None


def _killed(text: str, lowered: str) -> int | None:
    """The largest count of the dead that a killing, a death at someone's hand or a life
    lost tells, unless averted; each pattern read only where its words stand."""
    counts = [
        _largest(pattern, text, counted=_a_killing_told)
        for words, pattern in _KILLINGS
        if any(word in lowered for word in words)
    ]
    return max((n for n in counts if n), default=None)


# "nyawanya tak tertolong", "nyawa korban tidak dapat diselamatkan", "kericuhan itu
# menimbulkan korban jiwa", "jatuhnya korban jiwa": a death told without the words for
# dying, and without a count.
_LIFE_LOST = re.compile(
    r"\b(?:nyawa(?:nya)?(?: korban)? (?:tak|tidak) (?:dapat |bisa )?(?:lagi )?"
    r"(?:tertolong|ditolong|terselamatkan|diselamatkan)"
    r"|(?:menimbulkan|memakan|menelan|mengakibatkan|berujung pada|(?:menyebabkan )?jatuhnya)"
    r" korban jiwa)\b(?P<n>)",
    re.IGNORECASE,
)


# "seorang lelaki yang diduga hendak mencuri, tewas dibakar massa", "meninggal setelah
# terlindas kendaraan taktis": the subject too far for a count, the death plain all the
# same, and at someone's hand.
_DIED_BY = re.compile(
    r"\b(?:tewas|meninggal(?: dunia)?)\s+(?:setelah\s+|usai\s+|akibat\s+|karena\s+)?"
    r"(?:di(?:hakimi|amuk|bakar|hajar|keroyok|bacok|tembak|tikam|tusuk|bunuh|aniaya|pukuli"
    r"|panah|massa|lindas|tabrak)|tertembak|terlindas|tertabrak"
    r"|terkena\s+(?:anak\s+)?(?:panah|peluru|tembakan|bacokan|tusukan))\b"
    r"(?P<n>)",
    re.IGNORECASE,
)


# "nyaris berujung maut", "hampir merenggut nyawa": a death averted. "Terkadang sampai
# merenggut nyawa": what such clashes sometimes do, no death told; nor is a conflict
# that "berpotensi menimbulkan korban jiwa", nor a murder attempted ("percobaan
# pembunuhan") or planned.
_AVERTED = re.compile(
    r"\b(?:nyaris|hampir|tidak|tak|tanpa|bisa|dapat|akan|hendak|mau|ingin|terancam|diancam"
    # "kecelakaan, bukan pembunuhan": a murder denied.
    r"|bukan|berpotensi|berisiko|dikhawatirkan|percobaan|upaya|rencana|merencanakan"
    r"|ancaman|takut|khawatir|(?:ter)?kadang(?:-kadang)?(?:\s+(?:sampai|hingga))?"
    # "Sebut Kebijakan Pramono seperti 'Pembunuhan'": a likeness, nobody killed.
    r"|seperti|bagai|bagaikan|ibarat)\s+[\"'‘“]?$",
    re.IGNORECASE,
)


# "Kalau dia lari, ya ditembak mati di tempat": a killing on a condition, an order or a
# threat, not a death ("kalau tidak salah", if memory serves, is no condition).
_ON_A_CONDITION = re.compile(
    r"\b(?:kalau|jika|jikalau|apabila)\b(?![ ]+tidak[ ]+salah)[^.!?\n\"“”]{0,60}$", re.I
)
CONDITION_REACH = 80  # the condition and the clause it opens


def _not_averted(killing: re.Match[str]) -> bool:
    text, start = killing.string, killing.start()
    if _AVERTED.search(text[max(0, start - 24) : start]):
        return False
    return not _ON_A_CONDITION.search(text[max(0, start - CONDITION_REACH) : start])


# Each pattern, after the words every match of it holds.
_KILLINGS: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = (
    (_KILLING_WORDS, _KILLED),
    (("tewas", "meninggal"), _DIED_BY),
    (("nyawa", "korban jiwa"), _LIFE_LOST),
)


def _number(raw: str) -> int:
    return int(raw) if raw.isdigit() else NUMBER_WORDS[raw.lower()]


def _largest(
    pattern: re.Pattern[str],
    text: str,
    counted: Callable[[re.Match[str]], bool] = lambda _m: True,
) -> int | None:
    """The largest count the pattern finds; a match that names no number counts one."""
    counts = [_count_of(m) for m in pattern.finditer(text) if counted(m)]
    return max(counts) if counts else None


def _count_of(match: re.Match[str]) -> int:
    """The number a match names, in whichever of its alternatives, or one."""
    for name in ("n", "n2", "n3", "n4"):
        if name in match.re.groupindex and match[name]:
            return _number(match[name])
    return 1


# "4.180 Orang Meninggal Terdaftar Sebagai Pemilih", "dua orang yang sudah meninggal dunia
# tercantum dalam coklit", "670 orang yang sudah meninggal dunia tetapi masih terdaftar":
# the dead still on a voter list, the oldest of voter-list problems, are no casualties.
# Only "masih" lets a conjunction or "tercatat" in: "dua orang meninggal dunia dan
# tercatat lima luka" counts the dead of a clash.
_STILL = r"(?:(?:tetapi|tapi|namun|dan)[ ]+)?masih[ ]+"
_STILL_LISTED = re.compile(
    rf"(?: dunia)?,?[ ]+(?:{_STILL}tercatat|(?:{_STILL})?(?:terdaftar|tercantum|terdata|dicoklit"
    r"|masuk (?:dalam|ke|di) (?:DPT|DPS|DP4|daftar)))",
    re.IGNORECASE,
)


def _not_still_listed(death: re.Match[str]) -> bool:
    return _STILL_LISTED.match(death.string, death.end()) is None and not _a_funeral(death)


# "5 diantara 10 pemuda yang mengkonsumsi miras secara berlebihan tewas" after a binge of
# "miras oplosan": the dead and the sick of bootleg liquor, in a story of no fight, came to
# harm by no one's hand.
_DRINK_WORDS = ("oplosan", "keracunan", "overdosis", "menenggak")
_DRINK = re.compile(rf"\b(?:{'|'.join(_DRINK_WORDS)})\b", re.IGNORECASE)
_A_FIGHT = re.compile(
    r"\b(?:ber)?(?:kelahi|perkelahian|duel|cekcok|keributan|bentrok\w*|tawuran|keroyok\w*"
    r"|dikeroyok|pengeroyokan|dipukul\w*|memukul|tusuk|ditusuk|menusuk|penusukan|tikam|ditikam"
    r"|menikam|penikaman|bacok|dibacok|membacok|pembacokan|dianiaya|penganiayaan|diserang"
    r"|menyerang|penyerangan|dibunuh|pembunuhan|senjata tajam|sajam)\b",
    re.IGNORECASE,
)


_A_RIOT = re.compile(r"\b(?:kerusuhan|rusuh|ricuh|kericuhan|diamuk|amukan|dianiaya)\b", re.I)


def worn_out(text: str, lowered: str | None = None) -> bool:
    """The sick and the dead of exhaustion, a heart attack or an illness ("meninggal dunia
    dan sakit karena kelelahan melakukan penghitungan suara"), and no fight or riot told:
    polling officers worn out by the count, harmed by no one's hand."""
    if next(_NATURAL_DEATHS.iter(lowered or text.lower()), None) is None:
        return False  # nearly always
    return _A_FIGHT.search(text) is None and _A_RIOT.search(text) is None


# Every natural death's phrase sought in one pass, as the cue index seeks its phrases.
_NATURAL_DEATHS = ahocorasick.Automaton()
for _phrase in NATURAL_DEATH:
    _NATURAL_DEATHS.add_word(_phrase, _phrase)
_NATURAL_DEATHS.make_automaton()


def harmed_by_drink(text: str, lowered: str | None = None) -> bool:
    """Bootleg liquor named and no fight told: whoever died or fell sick, drank."""
    if not any(word in (lowered or text.lower()) for word in _DRINK_WORDS):
        return False  # nearly always
    return _DRINK.search(text) is not None and _A_FIGHT.search(text) is None


# "menghadang penguburan salah seorang warganya yang meninggal": the dead whose burial a
# village blocks died before the story, of no one's hand.
_FUNERAL = re.compile(
    r"\b(?:penguburan|dikubur|dikuburkan|pemakaman|dimakamkan|jenazah|jasad|kremasi|dikremasi"
    r"|ngaben|pengabenan|pitra yadnya)(?:nya)?\b",
    re.IGNORECASE,
)
_HARM = (
    r"tewas|dibunuh|pembunuhan|dibacok|ditusuk|ditembak|dianiaya|dikeroyok|bentrok\w*"
    r"|kerusuhan|penyerangan"
)
_VIOLENT_DEATH = re.compile(rf"\b(?:korban|{_HARM})\b", re.IGNORECASE)
# "ambulans … berisi jenazah pasien Covid-19. Sebelum meninggal dunia, korban bekerja di
# Krakatau Steel": a story that names the dead a patient calls the patient "korban"; only
# a killing's words tell violence there.
_A_PATIENT_S_BODY = re.compile(
    r"\bjenazah\s+(?:\w+\s+){0,2}?(?:pasien|covid|corona)", re.IGNORECASE
)
_HARM_TOLD = re.compile(rf"\b(?:{_HARM})\b", re.IGNORECASE)


def _a_funeral(death: re.Match[str]) -> bool:
    """The death is a burial's: told beside the funeral with no violence in its sentence,
    or in a story of a funeral that tells of no violence at all ("jenazah … tak diantar
    warga ke makam", "salah satu keluarga yang meninggal jam 9 pagi")."""
    text = death.string
    violence = _VIOLENT_DEATH if _A_PATIENT_S_BODY.search(text) is None else _HARM_TOLD
    if violence.search(text) is None and _FUNERAL.search(text) is not None:
        return True
    start, end = _sentence_around(death)
    sentence = text[start:end]
    return _FUNERAL.search(sentence) is not None and violence.search(sentence) is None


def organizations(text: str, is_place: Callable[[str], bool] = lambda _s: False) -> list[str]:
    """Agencies named with their region: "Polres Klungkung", "Bawaslu Kabupaten Tabanan".

    The words after the agency are kept only while they spell a known place, so the
    name of the officer who follows ("Polres Klungkung Kompol …") is not swallowed.
    """
    found = []
    for match in _ORG_HEAD.finditer(text):
        words = []
        position = match.end()
        for _ in range(3):
            following = _CAPITALISED.match(text, position)
            if following is None:
                break
            words.append(following.group(1))
            position = following.end()
        tail = next(
            (words[:n] for n in range(len(words), 0, -1) if is_place(" ".join(words[:n]))), []
        )
        found.append(" ".join([*match.group(0).split(), *tail]))
    return list(dict.fromkeys(found))


def people(text: str, is_place: Callable[[str], bool] = lambda _s: False) -> list[str]:
    """Names after a rank or title cue ("AKBP Umar", "Ketua KPU … I Ketut Sudiana")."""
    names = []
    for match in _PERSON.finditer(text):
        name = " ".join(match["name"].split())
        words = name.split()
        if len(name) > 3 and not set(words) & _NOT_NAMES and not any(is_place(w) for w in words):
            names.append(name)
    return list(dict.fromkeys(names))


# Malaysian Malay shares most of its common words with Indonesian; these it writes
# otherwise ("polis" for "polisi", "tular" for "viral", "menafikan" for "membantah",
# "khabar angin" for "kabar burung", "pengganas" for "teroris").
# Words both write ("tidak", "mereka", "boleh") tell nothing: a field message "mereka
# takut bertugas besok" is Indonesian.
MALAYSIAN_WORDS = frozenset(
    ["polis", "terkawal", "tular", "ditularkan", "menafikan", "sebarang", "khabar"]
    + ["penyokong", "pengganas", "kegusaran", "dinasihati", "berlakunya", "kononnya"]
    + ["sahaja", "kerana", "mengesahkan", "merungsingkan", "perhimpunan", "awak", "nak"]
)
MALAYSIAN_AT_LEAST = 3
MALAYSIAN_AT_LEAST_SHORT = 2  # in a message of fewer than SHORT_WORDS words
SHORT_WORDS = 40


def language(words: list[str]) -> str:
    """The language whose common words are most frequent; Malaysian Malay where its own
    words recur; "id" when nothing is clear."""
    said = Counter(words)
    counts = {
        lang: sum(said[w] for w in said.keys() & markers)
        for lang, markers in LANGUAGE_MARKERS.items()
    }
    best = max(counts, key=lambda lang: counts[lang])
    if counts[best] > counts["id"]:
        return best
    malaysian = sum(said[w] for w in said.keys() & MALAYSIAN_WORDS)
    enough = MALAYSIAN_AT_LEAST_SHORT if len(words) < SHORT_WORDS else MALAYSIAN_AT_LEAST
    return "ms" if malaysian >= enough else "id"


def summary(text: str, *, limit: int = 300) -> str:
    """The lead: the first sentence or two, which in news and reports carry the event."""
    lines = sentences(text)
    if not lines:
        return ""
    lead = lines[0] if len(lines[0]) >= 60 or len(lines) == 1 else f"{lines[0]} {lines[1]}"
    return lead if len(lead) <= limit else lead[: limit - 1].rsplit(" ", 1)[0] + "…"


# A news dateline: "Klungkung (30/8/2024)", "Selasa, (16/1/2024)". Only a date in
# parentheses: a bare date in a sentence is as often the election day the story looks
# ahead to.
_DATELINE = re.compile(r"\((?:[A-Z][a-z]+,?\s*)?(\d{1,2})/(\d{1,2})/(\d{4})\)")
# The days of the week as a paper writes them ("Jumat" or "Jum'at").
_WEEKDAY_NAMES = r"Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu|Ahad"
# Most regional papers leave the year out and give the weekday: "Selasa (16/1)".
_WEEKDAY_DATELINE = re.compile(rf"\b({_WEEKDAY_NAMES}),?\s*\((\d{{1,2}})/(\d{{1,2}})\)")
_WEEKDAYS = {
    "senin": 0,
    "selasa": 1,
    "rabu": 2,
    "kamis": 3,
    "jumat": 4,
    "sabtu": 5,
    "minggu": 6,
    "ahad": 6,
}
_YEAR = re.compile(r"\b(20\d\d)\b")


def dateline(text: str) -> dt.date | None:
    """The first dated dateline of a news text, if it has one. A weekday dateline
    without its year takes the one year the text names in which that day fell on that
    weekday."""
    for day, month, year in _DATELINE.findall(text):
        found = _date(int(year), int(month), int(day))
        if found is not None:
            return found
    # Only the first: later weekdays are as often the days the story looks ahead to.
    first = _WEEKDAY_DATELINE.search(text)
    if first is None:
        return None
    weekday, day, month = first.groups()
    wanted = _WEEKDAYS[weekday.lower().replace("'", "")]
    days = (_date(int(year), int(month), int(day)) for year in set(_YEAR.findall(text)))
    fits = [d for d in days if d is not None and d.weekday() == wanted]
    return fits[0] if len(fits) == 1 else None


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# "AMBON, KOMPAS.com -", "jpnn.com, SURABAYA -", "Medan (ANTARA) -", "Bojonegoro –": a
# short line opening with where the story was filed and by whom, then a dash.
# A long dash or a double hyphen may also touch its words ("SAWAHLUNTO, METRO–Komisi",
# "BANDAR LAMPUNG--Hingga"); a single hyphen needs its spaces ("Pasca-konflik"). Some
# sites set a bar instead ("Rajapena.com, Medan | Viral …", "SEMARAPURA | patrolipost").
# After the publisher's domain or a capital a bare hyphen will do ("AMBON, KOMPAS.com-
# Pemilihan", "JAKARTA- Kreator").
_DATELINE_PLACE = re.compile(
    r"^([^\n!?\"“”|]{2,60}?)(?:\s+-{1,2}\s|\s*(?:--|–|—)\s*|\s+\|\s"
    # "PALEMBANG|PencanangNews.co.id-Menjelang": a capitals' dateline closed by a bar.
    r"|(?:(?<=\.com)|(?<=\.id))-\s*|(?<=[A-Z])-\s|(?<=[A-Z]{3})\|"
    # "MANOKWARI-Kabupaten Fak-Fak di Provinsi Papua Barat rusuh": the dash unspaced.
    r"|(?<=[A-Z]{4})-(?=[A-Z][a-z]))"
)
# "Gerak News, Jakarta- Perkumpulan": after a publisher's name and a comma, any hyphen.
_PUBLISHER_DATELINE = re.compile(r"^([^\n!?\"“”|,]{2,40},[ ]*[A-Z][\w ]{1,30}?)-\s")
# "TEMPO.CO, Mataram-Pihak kepolisian": after the publisher's domain, one touching both.
_DOMAIN_DATELINE = re.compile(r"^((?:[\w-]+\.)+(?i:co|com|id|net),[ ]*[A-Z][\w ]{1,30}?)-(?=[A-Z])")
# "Ambon(MedanPunya) Warga di dua desa …", "Mamuju, (Antarariau.com) - Konflik …": the
# publisher in brackets, with or without a dash.
_BRACKETED_PUBLISHER = re.compile(
    r"^([A-Z][\w.]*(?: [A-Z][\w.]*){0,2})[ ]*,?[ ]*\([A-Z][\w .]{1,30}\)[ ]*"
    r"(?:(?:-{1,2}|–|—)[ ]*)?(?=[A-Z]|$)"
)
# "Jakarta: Badan Pengawas Pemilihan Umum …" (Medcom's and Media Indonesia's style): a
# place of a word or three, then a colon and the story.
# A byline's labels ("Editor: Theresia", "Penulis: Maya") take a colon too.
# RRI's "KBRN, Makassar : Kalapas …" puts its own name first.
_COLON_DATELINE = re.compile(
    r"^(?:KBRN,[ ]*)?(?!(?:Editor|Penulis|Reporter|Pewarta|Redaktur|Sumber|Foto|Oleh|Baca)\b)"
    r"([A-Z][a-z]+(?:[ ][A-Z][a-z]+){0,2})[ ]?:[ ]+(?=[A-Z])"
)
# "BERITABALI.COM, DENPASAR.": the publisher's domain, then the place, a line of its own.
_DOMAIN_THEN_PLACE = re.compile(
    r"^((?i:[\w-]+(?:\.[\w-]+)*\.(?:com|id|net|org)),[ ]*[A-Z][A-Z .]{1,30}?)\.?[ ]*$"
)
_DOMAIN = re.compile(r"[\w.-]+\.(?:com|id|net|org)$", re.IGNORECASE)
# "Pematangsiantar, MISTAR.ID": the place, then the publisher's domain, a line of its own.
_PLACE_THEN_DOMAIN = re.compile(
    r"^([A-Z][\w]*(?:[ ][A-Z][\w]*){0,2}),[ ]*(?i:[\w-]+(?:\.[\w-]+)*\.(?:com|id|net|org))[ ]*$"
)
# "RADARINDO.co.id – Medan : Sebuah video …": the place may close with a colon.
_PLACE_AFTER_PUBLISHER = re.compile(
    r"[ ]*([A-Z][A-Z .]{1,40}?|[A-Z][\w.]*(?: [A-Z][\w.]*){0,2})"
    # "RAKYATMALUKU.FAJAR.CO.ID — AMBON, — Bentrok …": a comma before the dash.
    r"(?:,?\s+-{1,2}\s|,?\s*(?:--|–|—)\s*|[ ]?:[ ])"
)
DATELINE_WORDS = 6
_BYLINE_DATE = re.compile(r"\s*\d{1,2}[/ -]")
BYLINE_WORDS = 3
DATELINE_LINES = 4
# "oleh M Syukur diperbarui 30 Des 2016, 21:21 WIB", "Diterbitkan 30 Des 2016": a
# byline's stamp, however many words it has, is not one of the story's lines.
_STAMP = re.compile(
    r"\b\d{1,2}[:.]\d{2}\s*(?:WIB|WITA|WIT)\b|^\s*(?:oleh|diterbitkan|diperbarui)\b", re.I
)
# "Penulis: Randi Basri | Editor: Munawir Taoeda": the byline's labelled names, which a
# bar would otherwise close as a dateline.
_LABELLED_BYLINE = re.compile(r"\s*(?:penulis|editor|reporter|pewarta|redaktur)\s*:", re.I)

# A site's menu of sections across the page's top ("News Bola Daerah Sulawesi Sumatera
# Jabar Banten"): capitalised words and nothing else, no mark of a sentence or a headline.
_MENU = re.compile(r"[ \t]*[A-Z][\w]*(?:[ \t]+[A-Z][\w]*){5,}[ \t]*")

# "Jakarta -" on a line of its own, the story on the next (detik's pages).
_PLACE_AND_DASH_ALONE = re.compile(r"^([A-Z][\w.]*(?: [A-Z][\w.]*){0,2})[ ]+(?:-{1,2}|–|—)[ ]*$")
# "Bandar Lampung," on a line of its own, the story on the next: the dash left out.
_PLACE_AND_COMMA_ALONE = re.compile(r"^([A-Z][\w.]*(?: [A-Z][\w.]*){0,2}),[ ]*$")


def _place_and_comma_alone(line: str, following: list[str]) -> re.Match[str] | None:
    """The place alone with its comma, when the story's first sentence follows: a
    writer's name so set ("Rahmat Rahman Patty,") has the byline's "Tim Redaksi" after."""
    if not following or len(following[0].split()) <= BYLINE_WORDS:
        return None
    return _PLACE_AND_COMMA_ALONE.match(line)


_PAPER_ALONE = re.compile(r"[ ]*[A-Za-z][\w.]*[ ]*")
# "Rabu, 11 Januari 2023 - 19:12 WIB": the day a page was posted, not where.
_WEEKDAY_DATE = re.compile(rf"(?:{_WEEKDAY_NAMES}),?[ ]+\d")


def dateline_span(text: str) -> tuple[int, int] | None:
    """Where the dateline sits, among the first lines of a news text (a headline may
    come first), or None."""
    offset, seen = 0, 0
    lines = text.split("\n")
    # A line printed twice or more ("Baca berita dengan sedikit iklan, klik di sini", a
    # photo's caption above and below it) is the page's furniture, not the story's.
    repeated = {line for line, n in Counter(lines).items() if n > 1} if len(lines) > 1 else set()
    for at, line in enumerate(lines):
        if line.strip() and _LABELLED_BYLINE.match(line) is None:
            # lines blanked out (links, captions) and bylines do not count
            found = (
                _DATELINE_PLACE.match(line)
                or _PLACE_AND_DASH_ALONE.match(line)
                or _place_and_comma_alone(line, lines[at + 1 : at + 2])
                or _PUBLISHER_DATELINE.match(line)
                or _DOMAIN_DATELINE.match(line)
                or _BRACKETED_PUBLISHER.match(line)
                or _COLON_DATELINE.match(line)
                or _DOMAIN_THEN_PLACE.match(line)
                or _PLACE_THEN_DOMAIN.match(line)
            )
            if found and _DOMAIN.match(found.group(1)):
                # "saranginews.com – PALANGKA RAYA – Penting …": the publisher, then the
                # place.
                found = _PLACE_AFTER_PUBLISHER.match(line, found.end()) or found
            byline = found is not None and (
                _BYLINE_DATE.match(line, found.end()) is not None
                or found.group(1)[:1].isdigit()  # "6 April 2025 | 01.53 WIB": a date
                or _WEEKDAY_DATE.match(found.group(1)) is not None
                # "CNN Indonesia | Jumat, 30/08/2019 14:26 WIB": the paper, then the day.
                or _WEEKDAY_DATE.match(line, found.end()) is not None
                # "Anggi Muliawati - detikNews": a writer, then the paper, alone.
                or _PAPER_ALONE.fullmatch(line, found.end()) is not None
            )
            if found and not byline and len(found.group(1).split()) <= DATELINE_WORDS:
                return offset, offset + found.end(1)
            # A byline's date ("Kompas.com - 15/11/2021, 15:26 WIB") and its writers'
            # names ("Tim Redaksi") sit between a headline and the dateline.
            furniture = (
                byline
                or line in repeated
                or _STAMP.search(line) is not None
                or _MENU.fullmatch(line) is not None
            )
            if not furniture and len(line.split()) > BYLINE_WORDS:
                seen += 1
            if seen == DATELINE_LINES:
                break
        offset += len(line) + 1
    return None


# "kata Kapolres AKBP Umar saat ditemui di Denpasar", "dalam keterangannya di Jakarta",
# "kata Iqbal dikantornya, Jakarta Selatan", "dalam siaran tertulis Dispenal di Jakarta":
# the place after a speaker is where the words were said. Only names, titles and the
# phrases of an interview may stand between the verb and "di", so "kata dia, bentrok
# terjadi di Desa X" is not a venue.
_SAID_AT = re.compile(
    # "Kata Anggota Bawaslu … di Kantor KPU RI" opens its sentence with the verb.
    r"(?i:(?=[kujtpisr]))\b(?i:kata|ujar|ucap|ungkap|jelas|tegas|terang|tutur|papar|imbuh"
    r"|keterangan|siaran|rilis)(?:nya)?\b"
    # A command's number ("Kapendam XVII/Cenderawasih") is part of a title.
    r"(?:[ ,]+(?:['‘]?[A-Z][\w.'’/-]*|dia|ia|beliau|saat|ketika|ditemui|dikonfirmasi|dihubungi"
    r"|dalam|jumpa|pers|konferensi|usai|seusai|mengikuti|menghadiri|rapat|tertutup|tertulis"
    r"|resmi|kepada|pihak|wartawan|yang|diterima|diskusi|seminar|webinar|dialog|acara"
    # A rank's bracketed corps: "kata … Brigjen (Pol) Dedi Prasetyo di Gedung Humas".
    r"|\([A-Z][a-z]*\)"
    # An office's name joined by "dan" ("Kepala Kantor Pencarian dan Pertolongan
    # Basarnas Ambon, Mustari di Ambon").
    r"|dan(?=[ ]+[A-Z])))"
    # A venue's acronym in brackets does not end it ("di Sentul International Convention
    # Center (SICC), Kabupaten Bogor").
    r"{0,12}?[ ,]+(?:di|di ?kantornya,?)[ ]+(?P<venue>(?:[^.\n(\"“”]|\([A-Z]{2,8}\)){1,80})"
)


# "Kapolres Bima Kota AKBP Ahmad Nurman Ismail di Mataram, Jumat, mengatakan …": the
# wire's way of saying where, and on which day, a source spoke, with no "kata" before.
# Found from the day and the verb, which are rare, and then the place just before them.
_DAY_THEN_VERB = re.compile(
    rf",[ ]*(?:{_WEEKDAY_NAMES})"
    r"(?:[ ]*\(\d{1,2}/\d{1,2}(?:/\d{4})?\))?,"
    r"[ ]*(?:mengatakan|menyatakan|menjelaskan|menyebutkan|mengungkapkan|menuturkan"
    r"|menegaskan|menyampaikan|memastikan)\b"
)
_SPOKEN_FROM = re.compile(r"\bdi[ ]+(?P<venue>[A-Z][\w'-]*(?:[ ]+[A-Z][\w'-]*){0,2})$")


def _spoke_at_on_a_day(text: str) -> list[tuple[int, int]]:
    spans = []
    for day in _DAY_THEN_VERB.finditer(text):
        place = _SPOKEN_FROM.search(text, max(0, day.start() - 60), day.start())
        if place is not None:
            spans.append(place.span("venue"))
    return spans


# "saat dihubungi Kompas.com di Bandarlampung": where a source was reached; "saat
# dihubungi dari Ambon": where the reporter called from.
_REACHED_AT = re.compile(
    r"\b(?:dihubungi|ditemui|dikonfirmasi|diwawancarai)(?:[ ,]+(?:[A-Z][\w.'-]*|oleh|wartawan"
    r"|media)){0,4}[ ,]+d(?:i|ari)[ ]+(?P<venue>[^.\n(\"“”]{1,80})"
)


# "kata Idham di sela-sela bakti sosial … di Lapangan Dlimas, Tegalrejo": the occasion
# at which someone spoke, however long its name.
_ON_THE_SIDELINES = re.compile(r"\bdi[ ]+sela(?:-sela|[ ]+sela)?[ ]+(?P<venue>[^.\n(\"“”]{1,160})")


# "disampaikan oleh Kadiv Humas Polri … di Mabes Polri, Kebayoran Baru, Jakarta Selatan":
# the national headquarters, where the police and the army brief the press on events
# across the country, and where the national CID takes its suspects ("dibawa ke Bareskrim
# Polri, Gambir, Jakarta Pusat").
_AT_HEADQUARTERS = re.compile(
    r"\b(?:di|ke)[ ]+(?P<venue>(?:Mabes|Markas Besar|Bareskrim)[ ]+(?:Polri|TNI)"
    r"[^.\n(\"“”]{0,60})"
)


# "penandatanganan … dilakukan di Kantor Gubernur Maluku, Kota Ambon", "Rapat Koordinasi
# … di gedung Bina Graha, Jakarta": the hall a meeting sat in, often in a capital far
# from the places it was about.
_HALL = (
    r"(?P<venue>(?:[Aa]ula|[Gg]edung|[Kk]antor|[Rr]uang(?:an)?|[Hh]otel|[Bb]alai|[Pp]endopo"
    r"|[Gg]raha|[Ww]isma)\b(?:(?:Jl|Jln|No|Kel|Kec|Kab|Lt)\.|[^.\n(\"“”]){0,100})"
)
_HELD_AT = re.compile(
    r"(?=[bd])\b(?:bertempat|berlangsung|dilaksanakan|dilakukan|digelar|diadakan"
    r"|dilangsungkan)[ ]+di[ ]+" + _HALL
)
_MEETING_AT = re.compile(
    r"(?=[RrPp])\b(?:[Rr]apat|[Rr]akor|[Pp]ertemuan|[Pp]enandatanganan)\b[^.\n]{0,160}?[ ]di[ ]+"
    + _HALL
)


def headquarters_spans(text: str) -> list[tuple[int, int]]:
    """Where the text names the national police's or army's headquarters as its venue or
    as where suspects were taken."""
    return _spans(text, "venue", _AT_HEADQUARTERS)


def venue_spans(text: str) -> list[tuple[int, int]]:
    """Where the text says its speakers spoke or were reached: the clause after "kata …
    di", "saat dihubungi … di", "di sela-sela" or "di Mabes Polri", and the wire's "… di
    Mataram, Jumat, mengatakan"."""
    return _spans(
        text,
        "venue",
        _SAID_AT,
        _REACHED_AT,
        _ON_THE_SIDELINES,
        _AT_HEADQUARTERS,
        _HELD_AT,
        _MEETING_AT,
    ) + _spoke_at_on_a_day(text)


# "dilarikan ke RSU Dr Pirngadi Medan", "dirujuk ke rumah sakit yang ada di Mimika":
# where the wounded were taken, often the regency's capital or the next town.
_HOSPITAL = re.compile(
    # A hospital where the trouble itself happened ("juga terjadi di RSUD Embung Fatimah,
    # Batam": a body taken by force) is the event's place, not where the hurt were taken.
    r"(?<!terjadi di )(?<!kejadian di )(?<!peristiwa di )(?<!insiden di )"
    # "menjalani perawatan di rumah sakit dan puskesmas di Tual dan Maluku Tenggara".
    r"\b(?:RSU[DP]?|RS|[Pp]uskesmas|[Rr]umah [Ss]akit(?: [Uu]mum)?(?: [Dd]aerah)?)"
    r"(?:[ ]+(?:yang[ ]+)?(?:ada[ ]+|berada[ ]+)?di)?"
    r"(?P<hospital>(?:[ ]+(?:[Dd]r\.?|[A-Z][\w'-]*|dan(?=[ ]+[A-Z]))){1,5}"
    # and the city it stands in: "RSUP Sanglah, Denpasar", "RSUD Paniai di Enarotali".
    r"(?:(?:,|[ ]+di)[ ]+(?!Kabupaten\b|Kecamatan\b|Desa\b|Kelurahan\b)[A-Z][\w'-]*(?=[ ,.]))?)"
)


# "juru sita Pengadilan Negeri Ambon", "PN Tabanan": a court sits in a city and serves the
# regencies around it; so do the administrative and high courts a village election's loser
# sues in ("PTUN Bengkulu", "Pengadilan Tinggi Tata Usaha Negara (PTTUN) Medan").
_COURT = re.compile(
    # A legal-aid office is named by its seat too ("Direktur LBH Yogyakarta", "Lembaga
    # Bantuan Hukum (LBH) Palangka Raya").
    r"\b(?:[Pp]engadilan(?: [Tt]inggi)?(?: [Nn]egeri| [Tt]ata [Uu]saha [Nn]egara)|PN|PTUN|PTTUN"
    r"|LBH|Lembaga [Bb]antuan [Hh]ukum)"
    r"(?:[ ]+\([A-Z]+\))?[ ]+(?P<court>[A-Z][\w'-]*(?:[ ]+[A-Z][\w'-]*)?)"
)


# "Kasi Ops Basarnas Balikpapan", "Kantor SAR Ambon", "Kejari Kepahiang", "Pengadilan
# Tindak Pidana Korupsi Medan": a regional office named after its seat, whose ground (a
# search area, a prosecutor's past post, a province's graft court) reaches past it.
_OFFICE = re.compile(
    r"\b(?:Basarnas\)?|Kantor[ ]+SAR|BMKG|BKSDA|Kejari|Cabjari|Kejati|Kejaksaan[ ]+Negeri"
    r"|Kejaksaan[ ]+Tinggi|Pengadilan[ ]+(?:Tindak[ ]+Pidana[ ]+Korupsi|Tipikor))"
    r"[ ]+(?P<court>[A-Z][\w'-]*(?:[ ]+[A-Z][\w'-]*)?)"
)


def office_spans(text: str) -> list[tuple[int, int]]:
    """Where the text names a regional office by its seat."""
    return _spans(text, "court", _OFFICE)


# "Kapolres Pasuruan Kota AKBP Makung …", "Polresta Tangerang", "Kepala Kepolisian Resor
# (Polres) Donggala": a police command is named after its seat, and its ground reaches
# past that regency's borders.
_COMMAND = re.compile(
    r"(?=[KkWwMmaPpR])\b(?:[KkWw]a(?:ka)?polres(?:ta(?:bes)?)?|[Mm]?a?[Pp]olres(?:ta(?:bes)?)?"
    # "Kepoilisian Resor", misspelt: the capital R tells the command from a resort.
    r"|(?:[Kk]epo\w*[ ]+)?Resor(?:[ ]+Kota)?(?:[ ]+\(Polres(?:ta)?\))?)"
    r"(?:[ ]+Metro)?[ ]+(?P<court>[A-Z][\w'-]*(?:[ ]+[A-Z][\w'-]*)?)"
)


# "Dandim 1504 Pulau Ambon": a military district is numbered and named after its seat.
_MILITARY_DISTRICT = re.compile(
    r"\b(?:[Dd]andim|[Kk]odim)[ ]+\d{4}(?:/[A-Za-z]+)?[ ]+"
    r"(?P<court>[A-Z][\w'-]*(?:[ ]+[A-Z][\w'-]*)?)"
)


# "Koramil 415-10/Jambi Selatan Kodim 0415/Jambi": a military sub-district, numbered after
# its Kodim and named after its seat, whose ground a village's Babinsa covers.
_MILITARY_SUBDISTRICT = re.compile(
    r"\b(?:[Dd]anramil|Koramil)[ ]+\d{2,4}[-.]\d{2}[ ]*/[ ]*"
    r"(?P<court>[A-Za-z][\w'-]*(?:[ ]+[A-Z][\w'-]*)?)"
)


def command_spans(text: str) -> list[tuple[int, int]]:
    """Where the text names a police or military command by its seat."""
    return _spans(text, "court", _COMMAND, _MILITARY_DISTRICT, _MILITARY_SUBDISTRICT)


def sector_spans(text: str) -> list[tuple[int, int]]:
    """Where the text names a district police station (Polsek) by its seat."""
    return _spans(text, "court", _SECTOR)


# "Dikawal petugas dari Polsek Cisauk": a district station named after its seat, whose
# ground may reach into the next regency (Polsek Cisauk guards Setu, in Tangerang
# Selatan).
_SECTOR = re.compile(
    r"\b(?:[KkWw]a(?:ka)?polsek(?:ta)?|[Mm]?a?[Pp]olsek(?:ta)?)(?:[ ]+Metro)?[ ]+"
    r"(?P<court>[A-Z][\w'-]*(?:[ ]+[A-Z][\w'-]*)?)"
)


# "di Gedung MK, Jakarta", "di ruang sidang MK, Jakarta": the national court sits in the
# capital whichever regency's election it rules on.
_NATIONAL_COURT = re.compile(
    r"\b(?:[Gg]edung|[Rr]uang[ ]+[Ss]idang)[ ]+(?:MK|Mahkamah[ ]+Konstitusi|MA|Mahkamah[ ]+Agung"
    r"|DKPP)(?:[ ]+RI)?,?[ ]+(?P<court>Jakarta(?:[ ]+Pusat)?)"
)


# "Putusan MK ini dibacakan … di Jakarta, Rabu": where a ruling was read out.
# (The ruling's number may hold a dot: "Putusan Nomor 313/PHPU.BUP-XXIII/2025".)
_RULING_READ = re.compile(r"\bdibacakan\b(?:[^.\n]|\.(?=\S)){0,120}?[ ]di[ ]+(?P<court>Jakarta)\b")


def court_spans(text: str) -> list[tuple[int, int]]:
    """Where the text names a court by its seat, or a ruling read out in the capital."""
    return _spans(text, "court", _COURT, _NATIONAL_COURT, _RULING_READ)


# "Kontributor Kendari, Kiki Andi Pati", "Laporan Reporter Tribun Jogja, Rendika Ferri K":
# a byline names the writer's bureau, and a writer's name may be a regency's.
_BYLINE_LABELS = ("Kontributor", "Penulis", "Editor", "Reporter", "Pewarta", "Redaktur")
_BYLINE = re.compile(
    rf"^[ \t]*(?:{'|'.join(_BYLINE_LABELS)}|Laporan[ ]+(?:Reporter|Wartawan))\b"
    r"(?P<byline>[^\n]*)$",
    re.MULTILINE,
)


def byline_spans(text: str) -> list[tuple[int, int]]:
    """Where a byline names the writer and the bureau."""
    return _spans(text, "byline", _BYLINE)


# "di rujuk ke Ambon untuk melakukan pengobatan": the town the wounded were sent on to;
# "satu orang dirawat di Kota Jambi": the town where one is nursed.
_TAKEN_TO = re.compile(
    r"\b(?:(?:dirujuk|di[ ]+rujuk|dilarikan|dievakuasi)[ ]+ke|dirawat[ ]+di)[ ]+"
    r"(?P<hospital>[A-Z][\w'-]*(?:[ ]+[A-Z][\w'-]*)?)"
)


def hospital_spans(text: str) -> list[tuple[int, int]]:
    """Where the text names the hospital or the town the wounded were taken to."""
    return _spans(text, "hospital", _HOSPITAL, _TAKEN_TO)


# "pemuda asal Kecamatan Winongan", "berasal dari Ciruas, Walantaka dan …", "massa yang
# datang dari Bogor, Depok … hingga Papua", "konvoi yang datang dari arah Surabaya",
# "dibantu personel dari Polres Batang, Polres Pemalang", a bus's banner "Rombongan Desa
# Mekarsari … Kecamatan Cihara" at a rally in Jakarta: where people come from, told
# beside where they did something. The clause is the run of names,
# trigger words and list words after the cue.
# The run of names, trigger words and list words that a cue of origin opens.
_ORIGIN_RUN = (
    # "asal NTT (Nusa Tenggara Timur)": a home and its name spelt out in brackets.
    r"(?P<origin>(?:[ ,]*(?:-[ ]*)?(?:(?:se-)?[A-Z][\w'-]*|\([A-Z][\w'-]*(?:[ ][A-Z][\w'-]*){0,3}\)"
    r"|\d+|dan|serta|atau"
    r"|maupun|hingga|desa|kelurahan|kecamatan|kabupaten|kota|dusun|kampung|provinsi|kab\.|kec\."
    # "datang dari Kecamatan Kintap, Jorong, Takisung bahkan dari Kabupaten Kotabaru"
    r"|bahkan(?:[ ]+dari)?))+)"
)
_FROM = re.compile(
    r"(?=[bdpAaRrk])\b(?:berasal dari|datang dari|pendatang dari|[Aa]sal"
    # "dukungan personil dan peralatan dari Polwil maupun Polres Bojonegoro dan Lamongan".
    r"|(?:anggota|personel|personil|pasukan)(?:[ ]+dan[ ]+[a-z]+)? dari"
    # "sopir … yang baru kembali dari Medan ke Singkil": where a traveller set out from.
    r"|(?:baru[ ]+)?(?:kembali|pulang)[ ]+dari"
    # "aktivis-aktivis lainya yang berdatangan yakni dari Lampung, Makasar, Kendari"
    r"|berdatangan(?:[ ]+(?:yakni|yaitu))?[ ]+dari"
    r"|[Rr]ombongan(?:[ ]+dari)?(?=[ ]+(?:Desa|Kelurahan|Kecamatan|Kabupaten|Kota)\b)"
    # A witness's home address: "Security Kampus UNM, alamat Bajeng Kabupaten Gowa".
    r"|[Aa]lamat|beralamat(?:[ ]+di)?"
    # "pria kelahiran Tulungagung": where someone was born.
    r"|kelahiran"
    # "pengantaran jenazah … ke rumah duka di Glenmore, Banyuwangi": the dead's home.
    r"|rumah[ ]+duka)"
    # "pemilih dengan alamat domisili dalam KTP-el Kabupaten Bima": the card's address.
    r"(?:[ ]+domisili)?(?:[ ]+(?:dalam|di|pada))?(?:[ ]+(?:KTP(?:-el)?|e-KTP))?"
    r"[ ]+(?:arah[ ]+)?(?:(?:berbagai[ ]+)?daerah(?:[ ]+seperti)?[ ]+)?" + _ORIGIN_RUN
)
# "MZA (15) warga Dinoyo Surabaya meninggal dunia, FVR (15) warga Tegalsari Surabaya": a
# person's home, told after the name and age, where he lives rather than where it
# happened (a boarding school in the next regency).
# "Suwarno (38) alias Agung, alias Mario, warga Karang Anyar": a suspect's aliases may
# stand between.
_RESIDENT = re.compile(
    r"\([ ]*\d{1,3}[ ]*(?:th|thn|tahun)?[ ]*\)"
    r"(?:[ ]*,?[ ]*alias[ ]+[A-Z][\w'-]*(?:[ ]+[A-Z][\w'-]*)?)*"
    r"[ ]*,?[ ]*(?:warga|penduduk)[ ]+" + _ORIGIN_RUN
)
# "massa yang menamakan diri Forum … Pemuda Bersatu se-Kabupaten Tolikara": a group's own
# name, holding its home.
_SELF_NAMED = re.compile(
    r"\b(?:menamakan|menyebut)[ ]+diri(?:nya)?(?:[ ]+sebagai)?[ ]+" + _ORIGIN_RUN
)


# "Kapal Motor (KM) Sumber Rejeki dari Rembang Jawa Tengah, KM Gembol Rejeki,
# Indramayu": a boat's home port, told where it was caught far away.
_BOAT_FROM = re.compile(
    r"\(?\bKMP?\)?\.?(?:[ ]+[A-Z][\w'-]*){1,4}(?:[ ]+[IVX\d]+)?(?:[ ]+dari[ ]+|,[ ]*)"
    r"(?P<origin>[A-Z][\w'-]*(?:[ ]+[A-Z][\w'-]*){0,2})"
)


# "kelompok masyarakat Nduga melempari kelompok Lanny Jaya": in Papua a people is often
# named by its home regency.
_GROUP = re.compile(
    # "kelompok tani Bali Group": a farmers' group's name.
    r"\b[Kk]elompok(?:[ ]+(?:[Mm]asyarakat|[Ww]arga|tani|nelayan))?[ ]+"
    r"(?P<origin>[A-Z][\w'-]*(?:[ ]+[A-Z][\w'-]*)?)"
)


# "Persija Jakarta melawan Persipura Jayapura", "PSIM Kota Jogja dan PSS Sleman", "FC
# Bekasi City": a football club is named by its home town, wherever the match is played.
_CLUB = re.compile(
    r"\b(?:Pers[a-z]{2,}|PS[A-Z]{1,3}|FC)[ ]+"
    r"(?P<origin>(?:Kota[ ]+)?[A-Z][\w'-]*(?:[ ]+[A-Z][\w'-]*)?)"
)

# "laga Gresik United melawan …", "Semen Padang FC": a club named with an English word
# after its home town ("FC Bekasi City" has it before, as Persija does).
_CLUB_SUFFIXED = re.compile(r"\b(?P<origin>[A-Z][\w'-]*(?:[ ]+[A-Z][\w'-]*)?)[ ]+(?:United|FC)\b")


# "bantuan pasukan Brimob Polda Bali dan Dalmas Polres Klungkung": units sent in from
# another command, named by their home.
_UNIT = (
    r"(?:(?:SSK|Brimob|Dalmas|Sabhara)[ ]+)*(?:Polda|Polres|Polresta|Kodim)"
    r"(?:[ ]+[A-Z][\w'-]*){1,2}"
)
# "Brimob Yon C Pelopor Tual": a Brimob battalion or company named after its base.
_BATTALION = re.compile(
    r"\b(?:Yon|Batalyon|Kompi)[ ]+[A-D][ ]+(?:Pelopor[ ]+)?(?P<origin>[A-Z][\w'-]*)"
)
# "bantuan dari Polres Banjar, Banjarmasin, Batola, dan Tanah Laut": the commands sent
# from, listed after one "Polres".
_MORE_UNITS = rf"(?:(?:,|,?[ ]+(?:dan|serta))[ ]+(?:{_UNIT}|[A-Z][\w'-]*(?:[ ]+[A-Z][\w'-]*)?))*"
_REINFORCEMENTS = re.compile(
    rf"\b(?:bantuan|pasukan)(?:[ ]+(?:pasukan|personel))?(?:[ ]+dari)?[ ]+"
    rf"(?P<origin>{_UNIT}{_MORE_UNITS})"
)

# "Nur Aini, mantan anggota DPRD Kota Samarinda, juga menyatakan kekecewaannya": a
# speaker's former office, named to say who she is, not where the story is.
_FORMER_OFFICE = re.compile(
    r"(?<=[a-z]),[ ]+mantan[ ]+(?:(?:anggota|[Kk]etua|[Ww]akil)[ ]+)*"
    r"(?:DPRD|DPR|Bupati|Wali[ ]?[Kk]ota|Gubernur|Camat|Kapolres|Kapolda|Dandim)[ ]+"
    r"(?P<origin>(?:(?:Kota|Kabupaten|Kab\.|Provinsi)[ ]+)?[A-Z][\w'-]*(?:[ ]+[A-Z][\w'-]*)?)"
)

# "Helikopter biasa kami sewa dari Nabire", "pasukan didatangkan dari Jayapura": where a
# thing or a crew was hired or brought from.
_BROUGHT_FROM = re.compile(
    r"\b(?:sewa|disewa|menyewa|didatangkan|mendatangkan|dipinjam|meminjam)"
    r"(?:[ ]+[a-z]+){0,2}?[ ]+dari[ ]+"
    r"(?P<origin>(?:(?:Kabupaten|Kota)[ ]+)?[A-Z][\w'-]*(?:[ ]+[A-Z][\w'-]*)?)"
)


def origin_spans(text: str) -> list[tuple[int, int]]:
    """Where the text says where people come from: the names after "asal" or a
    person's age ("(15) warga …"), a group named by its home ("kelompok Nduga"), a
    football club's home town, police units sent in from elsewhere, and a speaker's
    former office ("…, mantan anggota DPRD Kota Samarinda"), and where a thing was hired
    or brought from ("helikopter … sewa dari Nabire")."""
    spans = _spans(
        text,
        "origin",
        *(_FROM, _RESIDENT, _SELF_NAMED, _GROUP, _CLUB, _CLUB_SUFFIXED),
        *(_REINFORCEMENTS, _BOAT_FROM, _BATTALION, _FORMER_OFFICE, _BROUGHT_FROM),
    )
    if "alamat" not in text:
        return spans  # nearly always
    return [span for span in spans if not _A_BUILDING_S_ADDRESS.search(text, 0, span[0])]


# "di Kantor DPRD Provinsi Banten yang beralamat di Jalan … Kecamatan Curug, Kota
# Serang": an office's address is where it stands, and where a protest at it is held,
# not anyone's home. So is a house of worship's ("Gereja Katedral Makassar yang
# beralamat di Jalan Kajaolalido, Kecamatan Ujung Pandang"); a campus's guard or a
# market's trader "beralamat di" his own home.
_A_BUILDING_S_ADDRESS = re.compile(
    r"\b(?:[Kk]antor|[Gg]edung|[Ss]ekretariat|[Mm]arkas|[Aa]ula|[Hh]otel|[Pp]abrik"
    r"|[Gg]ereja|[Kk]atedral|[Mm]asjid|[Mm]ushola|[Mm]usala|[Pp]ura|[Vv]ihara|[Kk]lenteng"
    r"|[Kk]elenteng)\b"
    r"[^.\n]{0,80}?\b(?:ber)?alamat(?:[ ]+di)?[ ]+$"
)


# "terjadi di sejumlah daerah seperti Palembang, Solo dan Jakarta", "Sebanyak 12
# kabupaten ini, yaitu Tolikara, Puncak Jaya, …": other places given as examples, or a
# counted set named in full, beside the story's own.
_EXAMPLES = re.compile(
    r"\b(?:sejumlah|berbagai|beberapa|banyak|\d+)[ ]+(?:daerah|wilayah|kota|kabupaten"
    r"|provinsi|tempat)(?:[ ]+(?:lain(?:nya)?|ini|itu|tersebut))?,?[ ]+"
    r"(?:seperti|antara lain|di antaranya|termasuk|yaitu|yakni|meliputi)[ ]+"
    r"(?P<elsewhere>(?:[ ,]*(?:[A-Z][\w'-]*|dan|serta|hingga))+)"
)


# "Di daerah lain Bantul, Gunungkidul, Kulonprogo tidak ada masalah": other regions,
# named to compare, where the trouble was not.
_OTHER_REGIONS = re.compile(
    r"\b[Dd]aerah[ ]+lain(?:nya)?,?[ ]+(?:seperti[ ]+|yakni[ ]+|yaitu[ ]+)?"
    r"(?P<elsewhere>[A-Z][\w'-]*(?:[ ,]*(?:[A-Z][\w'-]*|dan|serta))*)"
)


# "PIN Polio tahap kedua … di 27 provinsi …, kecuali di Kabupaten Sleman": the one place
# left out of what the story tells.
_EXCEPT = re.compile(
    r"\b[Kk]ecuali[ ]+(?:di[ ]+)?"
    r"(?P<elsewhere>(?:(?:Kabupaten|Kab\.|Kota|Kecamatan|Kec\.|Desa|Provinsi)[ ]+)?"
    r"[A-Z][\w'-]*(?:[ ]+[A-Z][\w'-]*)?)"
)


# "Kasus lain terjadi di Jakarta Utara, Agustus 2025", "Kasus serupa pernah terjadi di
# Desa Gunung Botak, Maluku Utara, tahun 2017": a different case recalled, whose place
# (and the province after it) is not the story's.
_OTHER_CASE = re.compile(
    r"\b(?:[Kk]asus|[Kk]ejadian|[Pp]eristiwa)[ ]+(?:lain(?:nya)?|serupa)[ ]+(?:juga[ ]+)?"
    r"(?:pernah[ ]+)?terjadi[ ]+di[ ]+"
    # "… terjadi di sejumlah kelurahan di kota Gorontalo, di antaranya di kelurahan
    # Talumolo": the cases counted, then one named.
    r"(?:(?:sejumlah|beberapa|berbagai)[ ]+[a-z]+(?:[ ]+di[ ]+[a-z]+[ ]+[A-Z][\w'-]*)?,?[ ]+"
    r"(?:di[ ]+antaranya|antara[ ]+lain|seperti|yaitu|yakni)[ ]+(?:di[ ]+)?"
    r"(?:(?:kelurahan|desa|kecamatan|kabupaten|kota)[ ]+)?)?"
    r"(?P<elsewhere>[A-Z][\w'-]*(?:[ ]+[A-Z][\w'-]*){0,2}"
    r"(?:,[ ]+[A-Z][\w'-]*(?:[ ]+[A-Z][\w'-]*)?)?)"
)


# "Setelah di Kabupaten Pati, demo penolakan kenaikan PBB di Bone juga berujung
# kericuhan", "Sama seperti demo Pati, demo … di Bone juga ricuh": the like, done first
# elsewhere (a village first, "Setelah Desa A, massa bergerak ke Desa B", is one event's).
_LIKE_BEFORE = re.compile(
    r"\b(?:[Ss]etelah(?:[ ]+di)?|[Ss]ama[ ]+seperti[ ]+(?:demo|aksi|kejadian|peristiwa|kasus)"
    r"(?:[ ]+di)?)[ ]+(?!Desa\b|Kelurahan\b|Dusun\b|Kampung\b|Kecamatan\b)"
    r"(?P<elsewhere>(?:(?:Kabupaten|Kota)[ ]+)?[A-Z][\w'-]*(?:[ ]+[A-Z][\w'-]*)?)(?=,)"
)


# "ruas jalan Elelim-Wamena", "Jalan Sekadau-Sintang, KM. 4", "sopir bus jurusan
# Malang-Pasuruan", "tol Batang-Semarang", "KA Logawa relasi Purwokerto-Jember", "akses
# transportasi darat dari Kabupaten Jayawijaya ke Yalimo": a road, a toll road, a bus or
# a train line named by its ends, a route by where it starts. So is a fare or a flight
# ("harga tiket pesawat Jakarta-Surabaya", "tiket pesawat dari Batam menuju Surabaya").
_ROAD_ENDS = re.compile(
    r"(?=[RrJjTtPp])\b(?:[Rr]uas[ ]+(?:jalan|tol)|[Jj]alan(?:[ ]+(?:raya|poros|trans|tol))?"
    r"|[Jj]alur|[Rr]ute|[Rr]elasi|[Jj]urusan|[Tt]rayek|[Tt]ol|[Pp]enerbangan"
    r"|[Tt]iket(?:[ ]+(?:pesawat|kapal|kereta(?:[ ]+api)?|bus))?)[ ]+"
    r"(?P<elsewhere>[A-Z][\w']*(?:[ ]+[A-Z][\w']*)?[ ]*[-–][ ]*[A-Z][\w']*(?:[ ]+[A-Z][\w']*)?)"
)
_PLACE_NAME = r"(?:(?:Kabupaten|Kota|Distrik|Kecamatan)[ ]+)?[A-Z][\w'-]*(?:[ ]+[A-Z][\w'-]*)?"
# "dimulai dari dermaga Pantai Putih Doh menuju dermaga Pulau Tabuan": where a boat or a
# lorry set out from.
_SET_OUT_FROM = re.compile(
    r"\bdari[ ]+(?:[Dd]ermaga|[Pp]elabuhan|[Bb]andara|[Gg]udang)[ ]+"
    r"(?P<elsewhere>(?:[A-Z][\w'-]*[ ]*){1,4})(?=(?:menuju|ke)[ ])"
)
# "pelayanan penyeberangan … menuju Labuhan Bajo, Manggarai", "kapal penyeberangan yang
# baru sandar dari Labuhan Bajo": the far shore of a ferry's crossing.
_FERRY_TO = re.compile(
    r"\b(?:[Pp]enyeberangan|[Dd]iseberangkan|[Ff]eri)\b[^.\n]{0,40}?[ ]"
    r"(?:menuju|ke|sandar[ ]+dari|tiba[ ]+dari)[ ]+"
    r"(?P<elsewhere>[A-Z][\w'-]*(?:[ ]+[A-Z][\w'-]*){0,2}"
    r"(?:,[ ]+[A-Z][\w'-]*(?:[ ]+[A-Z][\w'-]*){0,2}){0,2})"
)
# "tarian khas Minahasa, Cakalele", "oleh-oleh khas Bali": what a people or a place is
# known for, not where the story happens.
_TYPICAL_OF = re.compile(r"\bkhas[ ]+(?P<elsewhere>[A-Z][\w'-]*(?:[ ]+[A-Z][\w'-]*)?)")
_ROUTE_START = re.compile(
    rf"(?i:(?=[atpkbm]))\b(?i:akses|transportasi|perjalanan|kendaraan|truk|bus|mobil|melaju"
    rf"|tiket|pesawat|penerbangan|kapal)"
    rf"[^.\n]{{0,30}}?[ ]dari"
    rf"[ ]+(?:arah[ ]+)?"
    rf"(?P<elsewhere>{_PLACE_NAME}[ ]+(?:ke|menuju)[ ]+{_PLACE_NAME})"
)


# "di desa Uhaelanu, sekitar 67 kilometer dari Kota Polewali Mandar", "sekitar 40 Km dari
# Kota Mamuju": the town the distance is measured from, named to say how far away the
# story is.
_DISTANCE_FROM = re.compile(
    r"\b\d+(?:[.,]\d+)?[ ]*(?:kilometer|[Kk]m|KM)[ ]+dari[ ]+(?:pusat[ ]+)?"
    r"(?P<elsewhere>(?:(?:Kota|Kabupaten|ibu[ ]+kota|[Ii]bukota)[ ]+)?[A-Z][\w'-]*"
    r"(?:[ ]+[A-Z][\w'-]*){0,2})"
)


# The run of names where people went: "dievakuasi ke Sekolah Polisi Negara (SPN) Kemiling,
# Bandar Lampung", "desa Sibagindar, Pagindar, Pakpak Bharat dan desa Saragih".
_MOVED_RUN = r"(?P<elsewhere>[A-Z][\w'-]*(?:[ ,]*(?:[A-Z][\w'-]*|\([A-Z]+\)|dan|serta|desa))*)"
# "pindah ke rumah kerabat mereka di wilayah Bedugul, Tabanan", "mengungsi ke Jayapura",
# "yang masih mengungsi di Aboru", "dievakuasi ke Pontianak", "kapal tujuan ke Semarang dan
# Surabaya": where people went afterwards, not where the trouble was.
_MOVED_TO = re.compile(
    # "mengungsi dari Kabupaten Sambas ke Pontianak": where they fled from stays the story's.
    r"(?=[pmdt])\b(?:(?:pindah|mengungsi|diungsikan|dipindahkan|pulang|dievakuasi|tujuan"
    r"|mengamankan[ ]+diri|mengevakuasi(?:[ ]+[a-z]+){1,4}?"
    # Detainees moved or flown to another town's court ("pemindahan empat tahanan kasus
    # dugaan makar ke Makassar", "diterbangkan ke Makassar").
    r"|(?:pemindahan|memindahkan|memberangkatkan|diberangkatkan|menerbangkan|diterbangkan)"
    r"(?:[ ]+[a-z0-9]+){0,8}?)"
    # … or from a place told in common words ("mengungsi dari lokasi konflik tersebut ke
    # Kecamatan Mambi").
    r"(?:[ ]+dari(?:[ ]+(?:[A-Z][\w'-]*|[a-z]+)){1,4}?)?[ ]+ke"
    # A load's destination named straight after the word ("dengan tujuan Kota
    # Banjarmasin", "kapal tujuan Surabaya").
    r"|mengungsi[ ]+di|tujuan(?=[ ]+[A-Z]))[ ]+"
    r"(?:[a-z]+[ ]+){0,6}?" + _MOVED_RUN
)


def _taken_somewhere_to_be(taken: str, done: str) -> re.Pattern[str]:
    """Where something was taken to ("dibawa ke Bontang"), when what was to be done with
    it there follows ("untuk dimakamkan"): a town the story sends something to."""
    return re.compile(
        rf"\b(?:{taken})[ ]+ke[ ]+(?:[a-z]+[ ]+){{0,4}}?" + _MOVED_RUN + rf"(?=[ ,]+{done}\b)"
    )


# "Jenazah langsung dibawa ke Bontang untuk dimakamkan": where the dead was taken to be
# buried, often the family's home town, not where the death was.
_TAKEN_TO_BE_BURIED = _taken_somewhere_to_be(
    r"(?:dibawa|diterbangkan|dipulangkan|diberangkatkan|diantar|membawa|memulangkan)"
    r"(?:[ ]+(?:jenazah|jasad)(?:nya)?)?",
    r"(?:untuk[ ]+)?(?:dimakamkan|dikebumikan|dikuburkan|disemayamkan|dikremasi)",
)
# "Sebagian sudah dibawa ke Tapteng untuk diledakkan": where the bomb squad took the
# explosives, or the police the seized goods, to be destroyed safely away from the story.
_TAKEN_TO_BE_DESTROYED = _taken_somewhere_to_be(
    r"dibawa|diangkut|dipindahkan|membawa|mengangkut",
    r"(?:untuk|guna)[ ]+(?:diledakkan|dimusnahkan|didisposal|dihancurkan)",
)
# "jenazahnya sudah dibawa keluarga ke Medan", "jenazah dipulangkan ke kampung halamannya
# di Klaten": the dead taken home by the family, the town a death elsewhere ended in. A
# hospital or a police station the body went to is no home.
_TAKEN_HOME = re.compile(
    r"\b[Jj](?:enazah|asad)(?:nya)?(?:[ ]+[a-z]+){0,3}?[ ]+"
    r"(?:(?:dibawa|diantar)(?:[ ]+pulang)?(?:[ ]+oleh)?(?:[ ]+pihak)?[ ]+keluarga(?:nya)?"
    r"|dipulangkan|diterbangkan)[ ]+ke[ ]+(?:kampung[ ]+halaman(?:nya)?[ ]+(?:di[ ]+)?)?"
    r"(?!RS|Puskesmas|Rumah|Klinik|Kamar|Instalasi|Polres|Polsek|Mapolres|Polda)" + _MOVED_RUN
)
# "mengungsi ke Sumatera Utara, dan bermukim sementara di desa Sibagindar, Pagindar, Pakpak
# Bharat dan desa Saragih": where the displaced settled for now.
_SETTLED_FOR_NOW = re.compile(
    r"\b(?:bermukim|tinggal|menetap)[ ]+sementara[ ]+di[ ]+(?:[a-z]+[ ]+){0,6}?" + _MOVED_RUN
)


# "mencari kayu Ulin, Bengkirai, Meranti", "madu hutan di pohon Tapang": timbers and
# trees, some of which are also regencies' names.
_TIMBER = re.compile(
    r"\b(?:kayu|pohon)[ ]+(?P<elsewhere>[A-Z][\w'-]*(?:(?:[ ]*,[ ]*|[ ]+dan[ ]+)[A-Z][\w'-]*)*)"
)


# "yang memenangkan pilkades adalah … dari Marga Buton": a clan's name, which may be a
# regency's too.
_CLAN = re.compile(r"(?=[Mm])\b[Mm]arga[ ]+(?P<elsewhere>[A-Z][\w'-]*)")


# "leluhur yang telah menjaga Kerajaan Gowa", "pamannya Raja Gowa, Sultan Alauddin": an
# old kingdom or its king, told as history in a story of a tradition elsewhere (Raja
# Ampat is a regency's own name).
_KINGDOM = re.compile(
    r"\b(?:Kerajaan|Raja)[ ]+(?!Ampat\b)(?P<elsewhere>[A-Z][\w'-]*(?:[ ]+[A-Z][\w'-]*)?)"
)


# "Pemuda Kompleks Banda Eli dan Pemuda Kompleks Yarler": a town's neighbourhood, often
# named after the village its first settlers came from; "anak panah jenis panah Waer": an
# arrow's kind. Neither is a village where the trouble was.
_NEIGHBOURHOOD = re.compile(
    r"\b[Kk]omplek(?:s)?[ ]+(?P<elsewhere>[A-Z][\w'-]*(?:[ ]+[A-Z][\w'-]*)?)"
)
_ARROW = re.compile(r"\bpanah[ ]+(?P<elsewhere>[A-Z][\w'-]*)")


# "rasisme yang dialami mahasiswa Papua di Surabaya", "bentrokan di Asrama Papua, Surabaya":
# Papuan students far from home, where the grievance a protest in Papua answers began.
_STUDENTS_AWAY = re.compile(
    r"\b(?:[Mm]ahasiswa(?:[ ]+asal)?[ ]+Papua[ ]+di|Asrama(?:[ ]+Mahasiswa)?[ ]+Papua,?(?:[ ]+di)?)"
    r"[ ]+(?P<elsewhere>[A-Z][\w'-]*(?:[ ]+dan[ ]+[A-Z][\w'-]*)?"
    r"(?:,[ ]+[A-Z][\w'-]*(?:[ ]+[A-Z][\w'-]*)?)?)"
)


# "ketika tiba di Stasiun Tawang, Semarang": a railway station's name, which is often a
# village's far from where the station stands.
_STATION = re.compile(r"\b[Ss]tasiun[ ]+(?P<elsewhere>[A-Z][\w'-]*(?:[ ]+[A-Z][\w'-]*)?)")


# "di Jalan Raya Serang, Kecamatan Cikupa, Kabupaten Tangerang": a main road named after
# the town it leads to, where the text says at once which district it runs through.
_ROAD_TO = re.compile(
    r"\b[Jj]alan[ ]+[Rr]aya[ ]+(?P<elsewhere>[A-Z][\w'-]*(?:[ ]+[A-Z][\w'-]*)?),[ ]*"
    r"(?=(?:Kecamatan|Kec\.|Desa|Kelurahan|Kel\.|Kampung|Distrik)[ ])"
)


# "jalan yang berbatasan dengan Kabupaten Bandung", "desa yang berbatasan langsung dengan
# Kecamatan Ciwidey": a neighbour named to say where the place ends.
_NEIGHBOUR = re.compile(
    # "Kecamatan Sungairaya yang berbatasan dengan wilayah Kabupaten Pontianak".
    # "Kabupaten … yang terletak di perbatasan Sumatera Utara": where it lies, told by the
    # neighbour (a clash "di perbatasan" two villages is at the border itself).
    r"\b(?:berbatasan[ ]+(?:langsung[ ]+)?dengan|terletak[ ]+di[ ]+perbatasan)[ ]+"
    r"(?:wilayah[ ]+|daerah[ ]+)?"
    # "berbatasan langsung dengan Kabupaten Kaimana serta Kabupaten Nabire": each
    # neighbour listed.
    r"(?P<elsewhere>(?:(?:Kabupaten|Kab\.|Kota|Kecamatan|Kec\.|Desa|Provinsi)[ ]+)?"
    r"[A-Z][\w'-]*(?:[ ]+[A-Z][\w'-]*)?"
    r"(?:(?:,|,?[ ]+(?:dan|serta))[ ]+(?:(?:Kabupaten|Kab\.|Kota|Kecamatan|Kec\.|Desa)[ ]+)"
    r"[A-Z][\w'-]*(?:[ ]+[A-Z][\w'-]*)?)*)"
)


# "mahasiswa Universitas Pamulang", "kampus Institut Teknologi Bandung": a university
# named after its town, which counts only where the story names no other place.
_UNIVERSITY = re.compile(
    r"\b(?:Universitas|Institut|Politeknik|Sekolah Tinggi|UIN|IAIN|STAIN)[ ]+"
    r"(?P<elsewhere>[A-Z][\w'-]*(?:[ ]+[A-Z][\w'-]*)?)"
)


# "PLN Wilayah Riau-Kepri yang berpusat di Pekanbaru": where an organisation has its seat.
_SEATED_IN = re.compile(r"\bberpusat[ ]+di[ ]+(?P<elsewhere>[A-Z][\w'-]*(?:[ ]+[A-Z][\w'-]*)?)")


# "diboyong ke Polrestabes Medan guna proses hukum", "akan dibawa ke Ternate, guna proses
# lebih lanjut": where a suspect was taken after the arrest; "keberadaanya di Kabupaten
# Tapanuli Utara", "melarikan diri ke Jambi": where he fled. Neither is where the trouble
# was.
_TAKEN_INTO_CUSTODY = re.compile(
    r"(?=d)\b(?:diboyong|dibawa|digelandang|digiring|diserahkan|dilimpahkan)[ ]+ke[ ]+"
    r"(?:(?:Ma)?(?:[Pp]olres(?:ta|tabes)?|[Pp]olda|[Pp]olsek)[ ]+"
    r"|(?=[A-Z][\w'-]*(?:[ ]+[A-Z][\w'-]*)?,?[ ]+(?:guna|untuk)[ ]+(?:proses|pemeriksaan)))"
    r"(?P<elsewhere>[A-Z][\w'-]*(?:[ ]+[A-Z][\w'-]*)?)"
)
_FLED_TO = re.compile(
    r"\b(?:melarikan[ ]+diri|kabur|keberadaann?(?:nya|ya)|bersembunyi)[ ]+(?:ke|di)[ ]+"
    rf"(?P<elsewhere>{_PLACE_NAME}(?:[ ]+\([A-Z][\w]*\))?)"
)


# "Kegiatan ini menyusul gerakan dari Desa Adat Jimbaran dan Kedonganan yang mendirikan
# baliho", "menyusul kejadian serupa di Sleman": the like done elsewhere before.
_FOLLOWING = re.compile(
    r"\bmenyusul,?[ ]+(?:aksi|gerakan|kejadian|peristiwa|kegiatan)(?:[ ]+serupa)?[ ]+"
    r"(?:dari|di)[ ]+(?P<elsewhere>[A-Z][\w'-]*(?:[ ,]*(?:[A-Z][\w'-]*|dan|serta))*)"
)


# "Dapil 1 Kecamatan Dumai Selatan – Kecamatan Dumai Kota", "caleg … di daerah pemilihan
# (dapil) Meral, Meral Barat dan Tebing": a candidate's constituency, named by the
# districts it spans, is not where the story happened.
_CONSTITUENCY = re.compile(
    r"\b(?:[Dd]apil|[Dd]aerah[ ]+[Pp]emilihan(?:[ ]+\([Dd]apil\))?)(?:[ ]+(?:[IVX]+|\d+))?[ ]+"
    r"(?P<elsewhere>(?:(?:Kecamatan|Kec\.)[ ]+)?[A-Z][\w'-]*"
    r"(?:(?:[ ]*[,–-][ ]*|[ ]+dan[ ]+|[ ]+)(?:(?:Kecamatan|Kec\.)[ ]+)?[A-Z][\w'-]*){0,7})"
)


def elsewhere_spans(text: str) -> list[tuple[int, int]]:
    """Where the text lists other places as examples of the same kind of trouble or
    leaves one out ("kecuali di Kabupaten Sleman"), names
    a road by its far end, says where people moved to or the dead were taken to be
    buried or home, names a neighbour, or where an organisation has its seat."""
    return _spans(
        text,
        "elsewhere",
        *(_EXAMPLES, _OTHER_REGIONS, _EXCEPT, _OTHER_CASE, _ROAD_ENDS, _ROAD_TO, _ROUTE_START),
        _DISTANCE_FROM,
        _MOVED_TO,
        *(_SETTLED_FOR_NOW, _TAKEN_TO_BE_BURIED, _TAKEN_TO_BE_DESTROYED, _TAKEN_HOME),
        _CONSTITUENCY,
        *(
            _SET_OUT_FROM,
            _FERRY_TO,
            _TYPICAL_OF,
            _NEIGHBOUR,
            _STATION,
            _TIMBER,
            _CLAN,
            _KINGDOM,
            _NEIGHBOURHOOD,
            _ARROW,
        ),
        *(_SEATED_IN, _TAKEN_INTO_CUSTODY, _FLED_TO, _FOLLOWING, _STUDENTS_AWAY, _LIKE_BEFORE),
        _UNIVERSITY,
    )


def _spans(text: str, group: str, *patterns: re.Pattern[str]) -> list[tuple[int, int]]:
    return [
        m.span(group)
        for pattern in patterns
        if _may_match(text, pattern)
        for m in pattern.finditer(text)
    ]


def _may_match(text: str, pattern: re.Pattern[str]) -> bool:
    """A substring test that every match needs: most stories have no court, hospital or
    occasion, and the test is far cheaper than the pattern's scan."""
    needles = _NEEDS.get(pattern)
    return needles is None or any(needle in text for needle in needles)


_HALL_NEEDLES = tuple(
    f"di {hall}"
    for word in ("aula", "gedung", "kantor", "ruang", "hotel", "balai", "pendopo", "graha", "wisma")
    for hall in (word, word.capitalize())
)
_NEEDS: dict[re.Pattern[str], tuple[str, ...]] = {
    _NEIGHBOUR: ("berbatasan", "terletak di perbatasan"),
    _SEATED_IN: ("berpusat",),
    _TAKEN_INTO_CUSTODY: ("olres", "olda", "olsek", "guna proses", "untuk proses")
    + ("guna pemeriksaan", "untuk pemeriksaan"),
    _FLED_TO: ("melarikan", "kabur", "keberadaan", "bersembunyi"),
    _FOLLOWING: ("menyusul",),
    _LIKE_BEFORE: ("etelah", "ama seperti"),
    _UNIVERSITY: ("Universitas", "Institut", "Politeknik", "Sekolah Tinggi", "UIN", "IAIN")
    + ("STAIN",),
    _OTHER_REGIONS: ("aerah lain",),
    _EXCEPT: ("ecuali",),
    _OTHER_CASE: (" lain", " serupa"),
    _CONSTITUENCY: ("apil", "aerah pemilihan", "aerah Pemilihan"),
    _HELD_AT: _HALL_NEEDLES,
    _MEETING_AT: _HALL_NEEDLES,
    _MOVED_TO: ("pindah", "ungsi", "pulang", "evakuasi", "tujuan", "amankan diri")
    + ("pemindahan", "memindahkan", "berangkatkan", "terbangkan"),
    _SETTLED_FOR_NOW: ("sementara di",),
    _TAKEN_TO_BE_BURIED: ("dimakamkan", "dikebumikan", "dikuburkan", "disemayamkan", "dikremasi"),
    _DISTANCE_FROM: ("ilometer", "km dari", "Km dari", "KM dari"),
    _TAKEN_TO_BE_DESTROYED: ("diledakkan", "dimusnahkan", "didisposal", "dihancurkan"),
    _TAKEN_HOME: ("enazah", "asad"),
    _SELF_NAMED: ("menamakan diri", "menyebut diri"),
    _NATIONAL_COURT: ("edung", "idang"),
    _RULING_READ: ("dibacakan",),
    _STUDENTS_AWAY: ("Papua",),
    _SET_OUT_FROM: ("ermaga", "elabuhan", "andara", "udang"),
    _FERRY_TO: ("eberang", "feri", "Feri"),
    _TYPICAL_OF: ("khas ",),
    _ROAD_TO: ("alan Raya", "alan raya"),
    _STATION: ("tasiun",),
    _TIMBER: ("kayu", "pohon"),
    _CLAN: ("arga ",),
    _KINGDOM: ("Kerajaan ", "Raja "),
    _NEIGHBOURHOOD: ("omplek",),
    _ARROW: ("panah ",),
    _REACHED_AT: ("dihubungi", "ditemui", "dikonfirmasi", "diwawancarai"),
    _ON_THE_SIDELINES: ("sela",),
    _AT_HEADQUARTERS: ("Mabes", "Markas Besar", "Bareskrim"),
    _COURT: ("engadilan", "PN ", "PTUN", "PTTUN", "LBH", "antuan "),
    _OFFICE: ("Basarnas", "SAR ", "BMKG", "BKSDA", "Kej", "Cabjari", "Tipikor", "Korupsi"),
    _COMMAND: ("olres", "Resor"),
    _SECTOR: ("olsek",),
    _MILITARY_DISTRICT: ("dim ",),
    _MILITARY_SUBDISTRICT: ("ramil ",),
    _HOSPITAL: ("RS", "akit", "uskesmas"),
    _TAKEN_TO: ("rujuk", "dilarikan", "dievakuasi", "dirawat"),
    _GROUP: ("elompok",),
    _FROM: ("asal", "Asal", "dari", "lamat", "ombongan", "kelahiran", "rumah duka"),
    _BOAT_FROM: ("KM",),
    _RESIDENT: ("warga", "penduduk"),
    _BYLINE: (*_BYLINE_LABELS, "Laporan"),
    _REINFORCEMENTS: ("bantuan", "pasukan"),
    _FORMER_OFFICE: ("mantan ",),
    _BROUGHT_FROM: ("sewa", "datangkan", "pinjam"),
    _BATTALION: ("Yon ", "Batalyon ", "Kompi "),
    _CLUB: ("suporter", "pertandingan", "laga", "stadion", "Stadion", "Liga"),
    _CLUB_SUFFIXED: ("United", "FC"),
    _EXAMPLES: ("seperti", "antara", "termasuk", "yaitu", "yakni", "meliputi"),
    _ROAD_ENDS: ("alan", "alur", "ute", "elasi", "urusan", "rayek", "tol ", "Tol ", "iket ")
    + ("enerbangan ",),
    _ROUTE_START: (
        "akses",
        "transportasi",
        "perjalanan",
        "kendaraan",
        "ruk",
        "bus",
        "obil",
        "melaju",
        "iket",
        "esawat",
        "enerbangan",
        "kapal",
        "Kapal",
    ),
}
