"""Folding text for matching, with a map back to the original characters."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“(])|\n{1,}")


@dataclass(frozen=True)
class Folded:
    """Lower-case ASCII letters and digits separated by single spaces, padded with one
    space each side. Word i starts at folded index `starts[i]`, and each of its
    characters (and the space after it) sits `shifts[i]` further on in the original."""

    text: str
    starts: tuple[int, ...]
    shifts: tuple[int, ...]

    def origin(self, index: int) -> int:
        """The index in the original text of folded character `index`."""
        word = bisect_right(self.starts, index) - 1
        return index + self.shifts[word] if word >= 0 else 0

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original [start, end) for folded [start, end)."""
        return self.origin(start), self.origin(end - 1) + 1


_WORD = re.compile(r"[a-z0-9]+")


def _ascii_base(char: str) -> str:
    """One character for one: its lower-case ASCII base letter or digit, else a space."""
    base = unicodedata.normalize("NFKD", char)[:1].lower()
    return base if len(base) == 1 and base.isascii() and base.isalnum() else " "


_BASES: dict[str, str] = {}


def _ascii_lower(text: str) -> str:
    """The text with each non-ASCII character replaced by its ASCII base, one for one
    (“ is a space, é an e), in lower case. A text holds few distinct non-ASCII
    characters: replacing each is far cheaper than translating every character."""
    if not text.isascii():
        for char in set(text):
            if char.isascii():
                continue
            base = _BASES.get(char)
            if base is None:
                base = _BASES[char] = _ascii_base(char)
            text = text.replace(char, base)
    return text.lower()


def fold(text: str) -> Folded:
    # Every character maps to exactly one, so positions carry over; the runs of letters
    # and digits are then found in C by the regex engine rather than char by char, and
    # only each word's start is kept, not every character's.
    # Translating first leaves only ASCII, whose lower case keeps every length.
    lowered = _ascii_lower(text)
    words: list[str] = []
    starts: list[int] = []
    shifts: list[int] = []
    position = 1
    for match in _WORD.finditer(lowered):
        word = match.group()
        words.append(word)
        starts.append(position)
        shifts.append(match.start() - position)
        position += len(word) + 1
    folded = f" {' '.join(words)} " if words else " "
    return Folded(folded, tuple(starts), tuple(shifts))


# A news page lists related stories between its paragraphs ("Baca juga: Densus Ciduk 4
# Terduga Teroris di Batam"): their headlines name other places and other events. The
# heading may stand alone on its line with the headline, or a list of them, below (a
# blank line may come between: "Baca Juga", "", "Polisi Gerebek Arena Sabung Ayam di
# Pangkep").
_RELATED_HEADING_ALONE = re.compile(
    r"(?im)^[ \t]*[(\[]?(?:(?:baca|lihat|simak)[ \t]+(?:juga|pula)|berita terkait|artikel terkait)"
    r"[ \t]*:?[ \t]*(?:(?:\n[ \t]*[-•*][ \t]*\n[^\n]*|\n[ \t]*[-•*][^\n]*)+|\n(?:[ \t]*\n)?[^\n]*)"
)
# "| Baca: KPU Jatim Tetapkan DPT … |": a bar or a line start, "Baca" and a colon; "BACA
# ARTIKEL LAINNYA... Pleno PPK Di Batam Lancar".
_RELATED_LINE = re.compile(
    r"(?im)^[ \t]*[(\[|]?[ \t]*(?:(?:baca|lihat|simak)[ \t]+(?:juga|pula)\b|(?:baca|simak)[ \t]*:"
    r"|baca[ \t]+(?:artikel|berita)[ \t]+(?:lainnya|lain|terkait)\b)[^\n]*"
)
# "(Baca juga: …)", and Tempo's "(Baca: KPU Kabupaten Malang Bantah Tudingan …)".
_RELATED_INLINE = re.compile(
    r"(?i)\((?:baca|lihat|simak)(?:[ \t]+(?:juga|pula)\b|[ \t]*:)[^)\n]*\)"
)
_RELATED_WORDS = ("baca", "lihat", "simak", "terkait")  # one of them is in every pattern


# The page's footer: after "Terkini Lainnya" or "Video rekomendasi" come other stories.
# The same words head a page's section above the story ("Berita Terkini" over a KPU
# office's news): a footer is one with a story above it.
# A government site's page ends with its sharing buttons and the office's own address
# ("Share Berita Ini :", then "Sekretariat CIRT Buleleng … Kabupaten Buleleng").
_FOOTER = re.compile(
    r"(?im)^[ \t]*(?:terkini lainnya|berita lainnya|berita terkini|terpopuler|populer"
    r"|video rekomendasi|rekomendasi untuk anda|pilihan editor"
    r"|(?:share|bagikan) (?:berita|artikel) ini[ \t]*:?|tentang kami)[ \t]*$"
)
STORY_ABOVE_FOOTER = 120


def _without_footer(text: str) -> str:
    for heading in _FOOTER.finditer(text):
        if len(text[: heading.start()].strip()) >= STORY_ABOVE_FOOTER:
            return text[: heading.start()] + _blank(text[heading.start() :])
    return text


# "Artikel Terkait" alone on its line, then its headlines one per line, unbulleted.
_RELATED_HEADING_LINE = re.compile(r"(?im)^[ \t]*(?:artikel|berita)[ \t]+terkait[ \t]*:?[ \t]*$")


def _without_related_headlines(text: str) -> str:
    for heading in reversed(list(_RELATED_HEADING_LINE.finditer(text))):
        end = heading.end()
        for line in re.finditer(r"\n([^\n]*)", text[end:]):
            # Suara's list puts a dash alone on the line above each headline.
            if line.group(1).strip() in ("-", "•"):
                continue
            if not _is_headline(line.group(1)):
                break
            end = heading.end() + line.end()
        text = text[: heading.start()] + _blank(text[heading.start() : end]) + text[end:]
    return text


_FOOTER_WORDS = (
    "lainnya", "terkini", "populer", "rekomendasi", "pilihan editor", "berita ini",
    "artikel ini", "tentang kami",
)  # fmt: skip
# A page's weather widget: "27.4 C" over the city the reader's weather is for.
_WEATHER = re.compile(
    r"(?m)^[ \t]*\d{1,2}(?:[.,]\d)?[ \t]*°?[ \t]*C[ \t]*\n[ \t]*[A-Z][\w .]{1,30}$"
)
# Tribun's banner for a sponsor's hub, under the sponsor's slogan or a menu's last
# entry: "Wonosobo Hebat" / "Selamat Datang di Superhub Pemkab Wonosobo".
_SPONSOR_HUB = re.compile(r"(?m)^[^\n]{0,60}\n[ \t]*Selamat Datang di Superhub[^\n]*$")
# Liputan6's invitation under every story to have a rumour checked ("* Fakta atau Hoaks?
# Untuk mengetahui kebenaran informasi yang beredar, silakan WhatsApp ke nomor Cek Fakta
# …"): the site's service, no hoax the story tells.
_FACT_CHECK_INVITE = re.compile(r"(?m)^[ \t*]*Fakta atau Hoaks\?[^\n]*$")
# Kompas's call to comment ("Tulis komentarmu dengan tagar #JernihBerkomentar …"): "Tulis"
# is a kecamatan in Batang.
_COMMENT_INVITE = re.compile(r"(?m)^[^\n]*#JernihBerkomentar[^\n]*$")
# Each kind of furniture line, after a substring every one of them holds.
_FURNITURE_LINES = (
    ("C\n", _WEATHER),
    ("Superhub", _SPONSOR_HUB),
    ("Fakta atau Hoaks?", _FACT_CHECK_INVITE),
    ("#JernihBerkomentar", _COMMENT_INVITE),
)
# A bulleted headline: "- Dua Anak Mantan Bupati Probolinggo Maju Jadi Caleg".
_BULLET = re.compile(r"(?m)^[ \t]*[-•*][ \t]+([^\n]*)$")
# One dotted headline between two of the story's paragraphs, the sentence before it
# finished ("… masih terus berlanjut.\n• Tolak UU Cipta Kerja, Aliansi Buruh Kabupaten
# Bogor Gelar Unjuk Rasa\n"): a link to another story. A field message's bullet follows a
# heading ("Laporan situasi:").
_LONE_DOTTED_HEADLINE = re.compile(r"(?m)(?<=[.!?\"”)]\n)[ \t]*•[ \t]+([^\n]*)$(?=\n[^•\n])")
HEADLINE_WORDS, HEADLINE_CAPITALS = 4, 0.6


def without_related_links(text: str) -> str:
    """The text with its related-story links blanked out, character for character, so
    positions in it are positions in the original."""
    lowered = text.lower()
    if "terkait" in lowered:
        text = _without_related_headlines(text)
    if any(word in lowered for word in _RELATED_WORDS):
        headlines = _related_headlines(text)
        for pattern in (_RELATED_HEADING_ALONE, _RELATED_LINE, _RELATED_INLINE):
            text = _blanked(pattern, text)
        if headlines:
            text = _without_lines(text, headlines)
    if any(word in lowered for word in _FOOTER_WORDS):
        text = _without_footer(text)
    if "- " in text or "• " in text:
        text = _without_headline_lists(text)
    if "-\n" in text:
        text = _without_dashed_questions(text)
    for needle, furniture in _FURNITURE_LINES:
        if needle in text:
            text = _blanked(furniture, text)
    return text


def _related_headlines(text: str) -> set[str]:
    """The headlines a heading standing alone on its line links to ("Baca Juga", then
    "Polisi Gerebek Arena Sabung Ayam di Pangkep"): some pages print the same headline
    just above the heading too."""
    found = set()
    for heading in _RELATED_HEADING_ALONE.finditer(text):
        last = heading.group().rstrip().rsplit("\n", 1)[-1].strip()
        if len(last.split()) >= HEADLINE_WORDS:
            found.add(last)
    return found


def _without_lines(text: str, lines: set[str]) -> str:
    return "\n".join(
        " " * len(line) if line.strip() in lines else line for line in text.split("\n")
    )


# Merdeka's related questions: a dash alone on its line, then the question.
_DASHED_ITEM = re.compile(r"(?m)^[ \t]*-[ \t]*\n[^\n]*\?[^\n]*$")


def _without_dashed_questions(text: str) -> str:
    """Two such questions or more, or one that ends the page ("Kapan Pabrik Semen Indarung
    I didirikan? …" under a story on Rembang's cement plant)."""
    items = list(_DASHED_ITEM.finditer(text))
    ends_the_page = bool(items) and not text[items[-1].end() :].strip()
    if len(items) < 2 and not ends_the_page:
        return text
    for item in reversed(items):
        text = text[: item.start()] + _blank(item.group()) + text[item.end() :]
    return text


def _without_headline_lists(text: str) -> str:
    """Two or more bulleted headlines in a row are a list of other stories; a field
    message's bullets ("- Desa Tangkas: aman") are short or written as sentences."""
    bullets = [m for m in _BULLET.finditer(text) if _is_headline(m.group(1))]
    listed = set()
    for before, after in zip(bullets, bullets[1:], strict=False):
        if before.end() + 1 == after.start():
            listed |= {before.span(), after.span()}
    listed |= {m.span() for m in _LONE_DOTTED_HEADLINE.finditer(text) if _is_headline(m.group(1))}
    for start, end in sorted(listed, reverse=True):
        text = text[:start] + _blank(text[start:end]) + text[end:]
    return text


def _is_headline(line: str) -> bool:
    words = line.split()
    if len(words) < HEADLINE_WORDS or line.rstrip().endswith("."):
        return False
    capitalised = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit())
    return capitalised / len(words) >= HEADLINE_CAPITALS


# The papers whose photographers are credited in capitals after the caption.
_A_PAPER_IN_CAPITALS = (
    r"(?:TEMPO|KOMPAS|REPUBLIKA|JPNN|KONTAN|BISNIS|SINDONEWS|DETIK|MEDCOM|BERITASATU"
    r"|JAWAPOS|TRIBUNNEWS|TRIBUN|OKEZONE|INILAH)"
)
# A photo's caption ends with its credit ("… di Kantor Kelurahan Tebet Timur, Jakarta,
# Selasa (8/4). (Republika/Aditya Pradana Putra)", "(ANTARA/Kutnadi)", "(ist)"). Pages
# often caption a stock photo of another place and another day.
_CAPTION = re.compile(
    # A reporter's and an editor's initials closing a paragraph ("(yas/elz)") are the
    # story's own sign-off, not a credit, and so are they with the source a rewrite
    # names ("(rdr/detik.com)").
    r"(?m)^[^\n]{20,600}?(?:\((?![a-z0-9]{1,5}(?:/[a-z0-9]{1,5})+\))"
    r"(?![a-z]{2,5}/[a-z]+\.(?:com|co\.id|id)\))"
    r"(?:ist|(?i:foto)[ \t]*:[^()\n]{1,60}|[A-Za-z][\w.]*(?: [A-Za-z][\w.]*)*"
    r"/[^()\n/]{2,60})\)\)?\.?|[./][ \t]*ANTARA-[^()\n/]{2,60}"
    # "[ANTARA FOTO/Muhammad Adimaja].", "…/AKBAR NUGROHO GUMAY/ANTARA FOTO", "… / Antara
    # Foto", "(12/4/2019). ANTARA FOTO/Irwansyah Putra/aww." and "… (26/9). ANTARA FOTO".
    r"|\[[A-Za-z][\w.]*(?: [A-Za-z][\w.]*)*/[^\[\]\n]{2,60}\]\.?|/[ \t]*(?i:antara foto)"
    # "… menyatakan perdamaian di GOR Duasudara. [Berita Manado]": a paper's name alone.
    r"|\. \[[A-Z][\w.]*(?: [A-Z][\w.]*){0,3}\]"
    # "… DPRD Kota Blitar, Jawa Timur. Antara Foto" in either case.
    r"|\. (?i:antara foto)(?:/[^\n]{2,60})?|\((?:ANTARA|Antara)\)"
    # "… akhir pekan kemarin.  Denny/Cepos": a writer and paper set off by spaces.
    r"|[ \t]{2,}[A-Z][\w.]*(?: [A-Z][\w.]*)?/[A-Z][\w.]*"
    # "… yang terlibat. TEMPO/MAGANG/MUHAMMAD FAHRUR ROZI.": a paper in capitals and its
    # photographer after the caption's last sentence.
    rf"|\. {_A_PAPER_IN_CAPITALS}(?:/[A-Z][\w .'-]{{1,40}}){{1,3}}\.?)[ \t]*$"
    # A credit on its own line: "Foto: Antara/Spedy Paereng".
    r"|^[ \t]*Foto[ \t]*:[^\n]{2,60}$"
    # A stock photo's caption, however long: "FOTO ILUSTRASI BENTROK - Aparat … Dadap,
    # Tangerang, Banten, Selasa (10/5/2016)."
    r"|^[ \t]*(?i:foto ilustrasi)\b[^\n]*$"
)


# A news site by its web name, the first half of a photographer's credit
# ("Tribunlampung.co.id/…", "KOMPAS.com / …").
_SITE = r"[A-Za-z][\w-]*(?:\.[a-z]+)+"
# Tribun's pages put the credit on a line of its own above the caption
# ("Tribunlampung.co.id/Beni Yulianto", then "Seusai pleno di Kecamatan Pagelaran, …").
_CREDIT_ABOVE = re.compile(rf"^[ \t]*{_SITE}/[A-Z][\w.']*(?: [A-Z][\w.']*){{0,4}}[ \t]*$")
# BBC Indonesia's photographs: the English alt text, the agency alone on a line ("Getty
# Images"), then the Indonesian caption ("Seorang perempuan memilih dekorasi Imlek di
# Jakarta.").
_AGENCY_CREDIT = re.compile(r"^[ \t]*(?:AFP/)?(?:Getty Images|AFP|Reuters|REUTERS|EPA)[ \t]*$")
_CAPTION_MARKS = ("(", "[", "/", "ANTARA", "Foto", "lustrasi", "Getty", "AFP", "Reuters", "EPA")
# The story itself opens with its dateline ("TRIBUNLAMPUNG.CO.ID - …", "BANDUNG, …").
_DATELINE_OPENING = re.compile(r"^[ \t]*[A-Z][A-Z.]+(?: [A-Z.]+)*[ \t]*[,–—-]")


# BBC Indonesia labels its captions and credits ("Keterangan gambar, Saksi menunjukkan
# kertas suara … Kabupaten Jayawijaya", "Sumber gambar, ANTARA FOTO/ Gusti Tanati") and
# prints the caption bare as well.
# "Ilustrasi - Massa melakukan aksi di depan Kantor Wali Kota Sorong …", "Ilustrasi, warga
# menggunakan hak pilihnya … di TPS 26 Batu Selicin, Batam": a stock photo's caption, of
# another place and day.
_LABELLED = re.compile(
    r"^[ \t]*(?i:keterangan gambar|keterangan foto|sumber gambar|ilustrasi(?:[ \t]*[-–—]|,))"
    r"[ \t]*[,:]?[ \t]*"
)
_LABEL_WORDS = ("eterangan gambar", "eterangan foto", "umber gambar", "lustrasi")


# A credit run into the caption or the story, a site and its photographer: "KOMPAS.com /
# RONNY ADOLOF BUOLPeserta aksi …", "Kompas.com/Ronny Adolof Buol Fahri Hamzah …": the
# photographer's name (Buol is a regency too) names no place.
_INLINE_CREDIT = re.compile(
    rf"\b{_SITE}[ \t]*/[ \t]*"
    r"(?:[A-Z][A-Z'-]+(?:[ ][A-Z][A-Z'-]+){0,3}|[A-Z][a-z'-]+(?:[ ][A-Z][a-z'-]+){0,2})"
)


def without_photo_captions(text: str) -> str:
    """The text with its photo captions blanked out, character for character."""
    return _without_inline_credits(_without_captions(text))


def _without_inline_credits(text: str) -> str:
    if ".com/" not in text and ".com /" not in text and ".id/" not in text:
        return text  # nearly always
    return _blanked(_INLINE_CREDIT, text)


def _without_captions(text: str) -> str:
    lines = text.split("\n")
    if len(lines) > 1:
        _blank_sentences_printed_twice(lines)
    if not any(mark in text for mark in _CAPTION_MARKS):
        return "\n".join(lines)  # a substring test is far cheaper than the pattern
    labelled = any(word in text for word in _LABEL_WORDS)
    captions = []
    for number, line in enumerate(lines):
        if labelled and (label := _LABELLED.match(line)) is not None:
            captions.append(line[label.end() :].strip())
            lines[number] = " " * len(line)
        # The pattern tries every alternative at every character: only lines that end
        # the way a credit ends, or open with "Foto", are worth its time.
        elif _may_end_in_a_credit(line) and _CAPTION.match(line):
            captions.append(line.strip())
            lines[number] = " " * len(line)
        elif "/" in line and _CREDIT_ABOVE.match(line):
            lines[number] = " " * len(line)
            _blank_the_caption_below(lines, number + 1)
        elif _AGENCY_CREDIT.match(line):
            lines[number] = " " * len(line)
            _blank_the_alt_text_above(lines, number - 1)
            _blank_the_caption_below(lines, number + 1)
    if captions:
        _blank_the_captions_printed_bare(lines, captions)
        if _only_a_headline_left(lines):
            # A photo agency's page is its caption under a headline ("Penertiban APK
            # Pemilu ilegal di Bengkulu", then "Anggota Satpol PP menurunkan … ANTARA
            # FOTO/…"): the caption is the story.
            return text
    return "\n".join(lines)


def _only_a_headline_left(lines: list[str]) -> bool:
    """Some words are left, and none of them ends a sentence: a headline alone."""
    left = [line.rstrip() for line in lines if line.strip()]
    return bool(left) and not any(line.endswith(_SENTENCE_END_MARKS) for line in left)


_SENTENCE_END_MARKS = (".", "!", "?", '"', "”")


CAPTION_WORDS, CAPTIONS_REPEATED = 6, 2
# A caption is one sentence; a paragraph of two that a page repeats ("Sebagai calon …
# pengusungnya. Hal itu disampaikan … di Desa Pakopen …") is the story printed twice.
_A_SENTENCE_ENDS = re.compile(r"[.!?][\"”’)]? +[A-Z]")


def _blank_sentences_printed_twice(lines: list[str]) -> None:
    """A sentence of its own line that a page prints twice ("• Cuplikan video Presiden …
    28 Juni 2016." and again without the bullet) is a photo's caption, not the story,
    which says each thing once. A headline printed twice has no full stop, and a page
    that prints its whole story twice repeats many sentences, not one or two."""
    seen: dict[str, list[int]] = {}
    for number, line in enumerate(lines):
        bare = line.strip().lstrip("•-* ").strip()
        if (
            bare.endswith(".")
            and len(bare.split()) >= CAPTION_WORDS
            and _A_SENTENCE_ENDS.search(bare, 0, len(bare) - 1) is None
        ):
            seen.setdefault(bare, []).append(number)
    twice = [numbers for numbers in seen.values() if len(numbers) > 1]
    if not twice or len(twice) > CAPTIONS_REPEATED:
        return
    for numbers in twice:
        for number in numbers:
            lines[number] = " " * len(lines[number])


CAPTION_LEAST = 40


def _blank_the_captions_printed_bare(lines: list[str], captions: list[str]) -> None:
    """A page may print a caption twice, once with its credit and once without: the bare
    copy is the caption too."""
    for number, line in enumerate(lines):
        bare = line.strip()
        if len(bare) >= CAPTION_LEAST and any(c.startswith(bare) for c in captions):
            lines[number] = " " * len(line)


def _blank_the_caption_below(lines: list[str], number: int) -> None:
    while number < len(lines) and not lines[number].strip():
        number += 1
    if number < len(lines) and not _DATELINE_OPENING.match(lines[number]):
        lines[number] = " " * len(lines[number])


def _blank_the_alt_text_above(lines: list[str], number: int) -> None:
    while number >= 0 and not lines[number].strip():
        number -= 1
    if number >= 0 and not lines[number].rstrip().endswith(_SENTENCE_END_MARKS):
        lines[number] = " " * len(lines[number])


_CREDIT_ENDINGS = (")", ").", "]", "].")


def _may_end_in_a_credit(line: str) -> bool:
    end = line.rstrip()
    if end.endswith(_CREDIT_ENDINGS) or end.lower().endswith("foto"):
        return True
    if end.lstrip().startswith(("Foto", "FOTO")):
        return True
    tail = end[-80:]
    return (
        "/" in end.rsplit(" ", 1)[-1]
        or "ANTARA-" in tail
        or "ANTARA FOTO/" in tail
        or ("/" in tail and _A_PAPER_S_CREDIT.search(tail) is not None)
    )


_A_PAPER_S_CREDIT = re.compile(rf"\. {_A_PAPER_IN_CAPITALS}/[A-Z]")


def _blanked(pattern: re.Pattern[str], text: str) -> str:
    """The text with every match of the pattern turned to spaces (line breaks kept)."""
    return pattern.sub(lambda m: _blank(m.group()), text)


def _blank(piece: str) -> str:
    return _NOT_A_LINE_BREAK.sub(" ", piece)


_NOT_A_LINE_BREAK = re.compile(r"[^\n]")


def fold_plain(text: str) -> str:
    """`fold(text).text` without its padding, and without the offsets nobody asks for
    here: the gazetteer folds every one of ninety thousand names at load."""
    return " ".join(_WORD.findall(_ascii_lower(text)))


# A story's sentences are asked for by several rules in turn.
@lru_cache(maxsize=16)
def sentences(text: str) -> tuple[str, ...]:
    parts = (p.strip() for p in _SENTENCE_END.split(text))
    return tuple(p for p in parts if p)


# Chat shorthand written out before cues are read and features counted (places and
# names are read from the original text). Domain abbreviations are protected: general
# normalisers turn "dpt" into "dapat" and "apk" into "aplikasi".
SLANG = {
    "yg": "yang", "dgn": "dengan", "dg": "dengan", "utk": "untuk", "tdk": "tidak",
    "gak": "tidak", "ga": "tidak", "nggak": "tidak", "blm": "belum", "sdh": "sudah",
    "udah": "sudah", "krn": "karena", "org": "orang", "td": "tadi", "mlm": "malam",
    "bs": "bisa", "jg": "juga", "dr": "dari", "pd": "pada", "tp": "tapi", "sy": "saya",
    "bgt": "banget", "kmrn": "kemarin", "skrg": "sekarang", "wkt": "waktu", "thd": "terhadap",
    "tsb": "tersebut", "jd": "jadi", "lg": "lagi", "kec": "kecamatan", "kab": "kabupaten",
    "ds": "desa", "kel": "kelurahan", "duit": "uang", "bsk": "besok", "mhn": "mohon",
    "jgn": "jangan", "smp": "sampai", "sampe": "sampai", "hrs": "harus", "msh": "masih",
    "byk": "banyak", "bnyk": "banyak", "tlg": "tolong", "dpn": "depan", "hr": "hari",
    "ktnya": "katanya", "kbrnya": "kabarnya", "sblm": "sebelum", "stlh": "setelah",
    "sdg": "sedang", "lgsg": "langsung", "wrg": "warga", "kalo": "kalau", "klo": "kalau",
    "jln": "jalan", "rmh": "rumah", "pake": "pakai", "mrk": "mereka", "bpk": "bapak",
    "trs": "terus", "dgr": "dengar", "sj": "saja", "aja": "saja", "gimana": "bagaimana",
    "kades": "kepala desa",
}  # fmt: skip
_PROTECTED_WORDS = """
dpt dptb tps kpps ppk pps apk asn sara paslon caleg timses golput pilkades pecalang
perbekel bendesa awig miras sajam kpu bawaslu otk pu
"""
PROTECTED = frozenset(_PROTECTED_WORDS.split())


# "hati2", "warung2", "terang2an": chat writes reduplication with a 2.
_REDUPLICATED = re.compile(r"([a-z]{2,})2([a-z]*)")


# The shorthand a word is looked up in, less the protected terms: most words are
# neither, and one lookup settles them.
_WRITTEN_OUT = {word: full for word, full in SLANG.items() if word not in PROTECTED}


def _expand(word: str) -> str:
    if word in PROTECTED:
        return word
    if word in SLANG:
        return SLANG[word]
    if (twice := _REDUPLICATED.fullmatch(word)) is not None:
        return f"{twice[1]} {twice[1]}{twice[2]}"
    return word


def expand_shorthand(folded: str) -> str:
    """Folded text with chat shorthand written out ("blm" → "belum", "hati2" → "hati
    hati"), for cues and features only: places and names are always read from the
    original text."""
    written_out = _WRITTEN_OUT
    return " ".join(
        _expand(word) if "2" in word else written_out.get(word, word) for word in folded.split(" ")
    )
