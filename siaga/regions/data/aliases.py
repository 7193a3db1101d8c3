"""Common short names of provinces and regencies, as they appear in news and chat messages.

Facts of usage, kept as data: an operator adds more in the admin site.
"""

from __future__ import annotations

PROVINCE_ALIASES: dict[str, tuple[str, ...]] = {
    "11": ("NAD", "Nanggroe Aceh Darussalam"),
    "12": ("Sumut", "Sumatra Utara"),
    "13": ("Sumbar", "Sumatra Barat"),
    "16": ("Sumsel", "Sumatra Selatan"),
    "19": ("Babel", "Bangka Belitung"),
    "21": ("Kepri",),
    "31": ("Jakarta", "DKI Jakarta", "DKI"),
    "32": ("Jabar",),
    "33": ("Jateng",),
    "34": ("DIY", "DIJ", "Yogyakarta", "Jogja", "Jogjakarta"),
    "35": ("Jatim",),
    "52": ("NTB",),
    "53": ("NTT",),
    "61": ("Kalbar",),
    "62": ("Kalteng",),
    "63": ("Kalsel",),
    "64": ("Kaltim",),
    "65": ("Kaltara",),
    "71": ("Sulut",),
    "72": ("Sulteng",),
    "73": ("Sulsel",),
    "74": ("Sultra",),
    "76": ("Sulbar",),
    "82": ("Malut",),
    "92": ("Pabar",),
}

# Regional newsrooms' shorthand for regencies and cities, spellings that split or join
# a name differently from the registry ("Palangka Raya" for Kota Palangkaraya), and
# former names still in use ("Mamuju Utara", Pasangkayu since 2017), and island regencies
# named without their "Kepulauan" ("Kabupaten Sangihe"), and a seat the regency is called
# by ("Timika" for Mimika).
REGENCY_ALIASES: dict[str, tuple[str, ...]] = {
    "11.12": ("Abdya",),
    "12.01": ("Tapteng",),
    "12.02": ("Taput",),
    "12.03": ("Tapsel",),
    "12.13": ("Madina",),
    "12.16": ("Humbahas",),
    "12.18": ("Sergai",),
    "12.20": ("Paluta",),
    "12.22": ("Labusel",),
    "12.23": ("Labura",),
    # Pematangsiantar's everyday name ("Kota Siantar"); Kecamatan Siantar is in Simalungun.
    "12.72": ("Siantar", "Pematang Siantar"),
    "12.77": ("Padang Sidempuan", "Padangsidempuan", "Padang Sidimpuan"),
    "12.78": ("Gunung Sitoli",),
    # Batusangkar, Tanah Datar's seat, stands for it alone (no village bears the name).
    "13.04": ("Batusangkar", "Batu Sangkar"),
    "13.09": ("Mentawai",),
    "13.12": ("Pasbar",),
    "14.02": ("Inhu",),
    "14.04": ("Inhil",),
    "14.06": ("Rohul",),
    # Bagansiapiapi and Selatpanjang, the seats of Rokan Hilir and the Meranti islands,
    # stand alone in their stories as the regency (no village bears the bare name).
    "14.07": ("Rohil", "Bagansiapiapi", "Bagan Siapiapi"),
    "14.09": ("Kuansing",),
    "14.10": ("Meranti", "Selatpanjang", "Selat Panjang"),
    "15.06": ("Tanjab Barat", "Tanjabbar"),
    "15.07": ("Tanjab Timur", "Tanjabtim"),
    "16.01": ("OKU",),
    "16.02": ("OKI",),
    "16.06": ("Muba",),
    "16.08": ("OKU Timur", "OKUT"),
    "16.09": ("OKU Selatan", "OKUS"),
    "16.12": ("PALI",),
    "16.13": ("Muratara",),
    "18.01": ("Lamsel",),
    "18.02": ("Lamteng",),
    "18.03": ("Lampura",),
    "18.07": ("Lamtim",),
    "19.06": ("Beltim",),
    "21.05": ("Anambas",),
    "31.01": ("Pulau Seribu",),  # "TPS sangat rawan … 1 di Pulau Seribu"
    "31.71": ("Jakpus",),
    "31.72": ("Jakut",),
    "31.73": ("Jakbar",),
    "31.74": ("Jaksel",),
    "31.75": ("Jaktim",),
    # Tasikmalaya's everyday short name, regency and city alike ("Kota Tasik"): bare, the
    # trigger or the story's other places tell which.
    "32.06": ("Tasik",),
    "32.78": ("Tasik",),
    # Purwokerto, Banyumas's seat, is named as a town of its own ("Unsoed Purwokerto");
    # the villages that share the name are taken after a trigger only.
    "33.02": ("Purwokerto",),
    "33.72": ("Solo",),  # Surakarta's everyday name ("Kota Solo"); a common word bare
    "34.71": ("Jogja", "Yogya", "Jogjakarta"),  # the city; bare, the province's too
    "36.74": ("Tangsel",),
    "52.01": ("Lobar",),
    "52.02": ("Loteng",),
    "52.03": ("Lotim",),
    "52.07": ("KSB",),
    "52.08": ("KLU",),
    "53.02": ("TTS",),
    "53.03": ("TTU",),
    "53.18": ("SBD",),
    "53.19": ("Matim",),
    "62.01": ("Kobar",),
    "62.02": ("Kotim",),
    "62.71": ("Palangka Raya",),
    "63.04": ("Batola",),
    "63.06": ("HSS",),
    "63.07": ("HST",),
    "63.08": ("HSU",),
    "64.02": ("Kukar", "Kutai Kertanegara"),
    "64.07": ("Kubar",),
    "64.08": ("Kutim",),
    "71.01": ("Bolmong",),
    "71.03": ("Sangihe",),
    "71.04": ("Talaud",),
    "71.05": ("Minsel",),
    "71.06": ("Minut",),
    "71.07": ("Mitra",),  # after a trigger only: "mitra" is a partner too
    "72.12": ("Morut",),
    "73.01": ("Selayar",),
    "73.10": ("Pangkep",),
    "73.14": ("Sidrap",),
    "73.22": ("Lutra",),
    "73.24": ("Lutim",),
    "73.26": ("Torut",),
    "73.72": ("Pare Pare",),
    "74.10": ("Butur",),
    "74.14": ("Buteng",),
    "74.15": ("Busel",),
    "64.11": ("Mahakam Hulu",),
    "76.01": ("Mamuju Utara",),
    "76.04": ("Polman",),
    "81.03": ("Tanimbar",),
    "81.07": ("Aru",),
    "82.01": ("Halbar",),
    "82.02": ("Halteng",),
    "82.03": ("Halut",),
    "82.04": ("Halsel",),
    "82.05": ("Sula",),
    "91.20": ("Memberamo Raya",),  # the spelling news often gives it
    "95.05": ("Memberamo Tengah", "Mamteng"),
    "82.06": ("Haltim",),
    # Island regencies named without their "Pulau" ("Morotai, Maluku Utara").
    "82.07": ("Morotai",),
    "82.08": ("Taliabu",),
    "91.05": ("Yapen",),
    "94.04": ("Timika",),
    # The highlands' seats, which the press names for their regencies ("kerusuhan di
    # Wamena, Papua"); each is also the seat's own district, the finer sense a trigger
    # asks for ("Distrik Wamena").
    "95.01": ("Wamena", "Jaya Wijaya"),
    "91.03": ("Sentani",),
    "95.04": ("Karubaga",),
    "95.08": ("Kenyam",),
    "95.02": ("Oksibil",),
    "94.07": ("Sugapa",),
    "94.05": ("Ilaga",),
}

# Ports and airports the press names for where something happened or was seized
# ("diamankan di Bandara Soekarno-Hatta", "kapal terbakar di Pelabuhan Merak"), each under
# the regency or city it stands in, which is often not the one its name suggests
# (Soekarno-Hatta is in Kota Tangerang, Juanda in Sidoarjo) or names another regency
# ("Pelabuhan Ketapang" is Banyuwangi's, not Kabupaten Ketapang). Ports whose name is
# already their village's or district's (Tanjung Priok, Bakauheni, Gilimanuk) need none.
PORTS_AND_AIRPORTS: dict[str, tuple[str, ...]] = {
    "11.06": ("Bandara Sultan Iskandar Muda",),
    "12.07": ("Bandara Kualanamu", "Bandara Internasional Kualanamu"),
    "13.05": ("Bandara Internasional Minangkabau", "Bandara Minangkabau"),
    "13.71": ("Pelabuhan Teluk Bayur",),
    "14.71": ("Bandara Sultan Syarif Kasim II", "Bandara SSK II"),
    "16.71": ("Bandara Sultan Mahmud Badaruddin II", "Bandara SMB II"),
    "18.01": ("Bandara Radin Inten II", "Bandara Radin Inten"),
    "21.71": ("Bandara Hang Nadim", "Bandara Internasional Hang Nadim"),
    "31.72": ("Pelabuhan Sunda Kelapa",),
    "31.75": ("Bandara Halim Perdanakusuma",),
    "32.10": ("Bandara Kertajati", "Bandara Internasional Jawa Barat"),
    "32.73": ("Bandara Husein Sastranegara",),
    "33.01": ("Pelabuhan Tanjung Intan",),
    "33.09": ("Bandara Adi Soemarmo", "Bandara Adi Sumarmo"),
    "33.74": ("Pelabuhan Tanjung Emas", "Bandara Ahmad Yani", "Bandara Jenderal Ahmad Yani"),
    "34.01": ("Bandara YIA", "Bandara Yogyakarta International Airport"),
    "35.10": ("Pelabuhan Ketapang",),
    "35.15": ("Bandara Juanda", "Bandara Internasional Juanda"),
    "36.71": (
        "Bandara Soekarno-Hatta",
        "Bandara Internasional Soekarno-Hatta",
        "Bandara Soetta",
    ),
    "36.72": ("Pelabuhan Merak",),
    "51.03": ("Bandara Ngurah Rai", "Bandara I Gusti Ngurah Rai"),
    "52.02": ("Bandara Internasional Lombok", "Bandara Zainuddin Abdul Madjid"),
    "53.15": ("Bandara Komodo",),
    "53.71": ("Pelabuhan Tenau", "Bandara El Tari"),
    "61.12": ("Bandara Supadio",),
    "63.72": ("Bandara Syamsudin Noor",),
    "64.71": ("Bandara Sepinggan", "Bandara Sultan Aji Muhammad Sulaiman"),
    "71.71": ("Bandara Sam Ratulangi",),
    "73.09": ("Bandara Sultan Hasanuddin",),
    "73.71": ("Pelabuhan Soekarno-Hatta",),
    "81.71": ("Bandara Pattimura",),
    "94.04": ("Bandara Mozes Kilangin",),
}

# Where each province's governor and council (DPRD) sit, and so where its protests
# gather: "di depan kantor DPRD Provinsi Jawa Barat" is in Kota Bandung, "Kantor
# Gubernur Jateng" in Kota Semarang. Keyed by the capital's regency, with the names the
# press gives the province. Left out: Kalimantan Selatan (its governor in Banjarbaru, its
# council in Banjarmasin) and Maluku Utara (Sofifi now, Ternate in older news), whose
# seats moved; Gorontalo is named with "Provinsi" only, since "DPRD Gorontalo" is as
# often the regency's council.
_PROVINCE_SEATS: dict[str, tuple[str, ...]] = {
    "11.71": ("Aceh",),
    "12.71": ("Sumatera Utara", "Sumatra Utara", "Sumut"),
    "13.71": ("Sumatera Barat", "Sumatra Barat", "Sumbar"),
    "14.71": ("Riau",),
    "15.71": ("Jambi",),
    "16.71": ("Sumatera Selatan", "Sumatra Selatan", "Sumsel"),
    "17.71": ("Bengkulu",),
    "18.71": ("Lampung",),
    "19.71": ("Kepulauan Bangka Belitung", "Bangka Belitung", "Babel"),
    "21.72": ("Kepulauan Riau", "Kepri"),
    "31.71": ("DKI Jakarta", "DKI"),
    "32.73": ("Jawa Barat", "Jabar"),
    "33.74": ("Jawa Tengah", "Jateng"),
    "34.71": ("DIY", "DI Yogyakarta", "Daerah Istimewa Yogyakarta"),
    "35.78": ("Jawa Timur", "Jatim"),
    "36.73": ("Banten",),
    "51.71": ("Bali",),
    "52.71": ("Nusa Tenggara Barat", "NTB"),
    "53.71": ("Nusa Tenggara Timur", "NTT"),
    "61.71": ("Kalimantan Barat", "Kalbar"),
    "62.71": ("Kalimantan Tengah", "Kalteng"),
    "64.72": ("Kalimantan Timur", "Kaltim"),
    "65.01": ("Kalimantan Utara", "Kaltara"),
    "71.71": ("Sulawesi Utara", "Sulut"),
    "72.71": ("Sulawesi Tengah", "Sulteng"),
    "73.71": ("Sulawesi Selatan", "Sulsel"),
    "74.71": ("Sulawesi Tenggara", "Sultra"),
    "75.71": ("Provinsi Gorontalo",),
    "76.02": ("Sulawesi Barat", "Sulbar"),
    "81.71": ("Maluku",),
    "91.71": ("Papua",),
    "92.02": ("Papua Barat", "Pabar"),
    "93.01": ("Papua Selatan",),
    "94.01": ("Papua Tengah",),
    "95.01": ("Papua Pegunungan",),
    "96.71": ("Papua Barat Daya",),
}
_SEAT_BUILDINGS = ("Kantor Gubernur", "Kantor DPRD", "Gedung DPRD")


def _seat_names(names: tuple[str, ...]) -> tuple[str, ...]:
    """Each seat building with each name of its province, bare and after "Provinsi"."""
    provinces: list[str] = []
    for name in names:
        provinces += [name] if name.startswith("Provinsi ") else [name, f"Provinsi {name}"]
    return tuple(f"{building} {province}" for building in _SEAT_BUILDINGS for province in provinces)


# A province's police headquarters ("Mapolda Jateng", "Mapolda Sulsel"), where crowds
# gather after arrests, stands in the capital but in six provinces: Metro Jaya's in South
# Jakarta, the Riau Islands' in Batam, Yogyakarta's in Sleman, South Kalimantan's in
# Banjarmasin, East Kalimantan's in Balikpapan and North Maluku's in Ternate.
_POLDA_ELSEWHERE: dict[str, tuple[str, ...]] = {
    "31.74": ("Metro Jaya",),
    "21.71": ("Kepulauan Riau", "Kepri"),
    "34.04": ("DIY", "DI Yogyakarta", "Daerah Istimewa Yogyakarta"),
    "63.71": ("Kalimantan Selatan", "Kalsel"),
    "64.71": ("Kalimantan Timur", "Kaltim"),
    "82.71": ("Maluku Utara", "Malut"),
}
_MOVED = {name for names in _POLDA_ELSEWHERE.values() for name in names}


def _polda_names(code: str) -> tuple[str, ...]:
    """The province police headquarters that stand in this regency or city."""
    names = _POLDA_ELSEWHERE.get(code) or tuple(
        name.removeprefix("Provinsi ")
        for name in _PROVINCE_SEATS.get(code, ())
        if name not in _MOVED
    )
    # Its own men call it "Mako Polda" (the command's headquarters).
    return tuple(f"{seat} {name}" for seat in ("Mapolda", "Mako Polda") for name in names)


# Places known by their own names: Jakarta's square before the palace and its
# roundabout, and the governors' seats of West and East Java, where protests gather;
# the Mandalika circuit and its special economic zone in Lombok Tengah, where the
# MotoGP races (Mandalika alone is a kelurahan of Mataram); Cilacap's prison island,
# Nusakambangan, spelt whole or in two words; Manggarai's Poco Leok.
_KNOWN_PLACES: dict[str, tuple[str, ...]] = {
    "31.71": ("Patung Kuda", "Bundaran HI", "Monas"),
    "32.73": ("Gedung Sate",),
    # Java's two courts stand in their cities: a story of the court's customs names the
    # city, not the whole province ("batik larangan di Keraton Yogyakarta").
    "34.71": (
        "Keraton Yogyakarta",
        "Kraton Yogyakarta",
        "Keraton Ngayogyakarta Hadiningrat",
        "Kraton Ngayogyakarta Hadiningrat",
        "Kraton Yogyakarta Hadiningrat",
    ),
    "33.72": ("Keraton Surakarta", "Keraton Solo", "Kraton Solo", "Keraton Kasunanan Surakarta"),
    "33.01": ("Nusakambangan", "Nusa Kambangan", "Pulau Nusakambangan"),
    "35.78": ("Gedung Grahadi", "Gedung Negara Grahadi"),
    # Poco Leok, the customary villages of Satar Mese on the slopes where the geothermal
    # plant of Ulumbu would grow (Desa Poco lies in another district).
    "53.10": ("Poco Leok", "Pocoleok"),
    "52.02": (
        "Sirkuit Mandalika",
        "Sirkuit Internasional Mandalika",
        "Pertamina Mandalika",
        "KEK Mandalika",
        "Kawasan Ekonomi Khusus Mandalika",
    ),
}

# Every landmark alias, by the regency or city it stands in.
LANDMARKS: dict[str, tuple[str, ...]] = {
    code: (
        *PORTS_AND_AIRPORTS.get(code, ()),
        *_seat_names(_PROVINCE_SEATS.get(code, ())),
        *_KNOWN_PLACES.get(code, ()),
        *_polda_names(code),
    )
    for code in sorted({*PORTS_AND_AIRPORTS, *_PROVINCE_SEATS, *_KNOWN_PLACES, *_POLDA_ELSEWHERE})
}
