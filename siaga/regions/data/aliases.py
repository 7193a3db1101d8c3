"""Common short names of provinces and regencies, as they appear in news and chat messages.

Facts of usage, kept as data: an operator adds more in the admin site.
"""

from __future__ import annotations

PROVINCE_ALIASES: dict[str, tuple[str, ...]] = {
    "11": ("NAD", "Nanggroe Aceh Darussalam"),
    "12": ("Sumut",),
    "13": ("Sumbar",),
    "16": ("Sumsel",),
    "19": ("Babel", "Bangka Belitung"),
    "21": ("Kepri",),
    "31": ("Jakarta", "DKI Jakarta", "DKI"),
    "32": ("Jabar",),
    "33": ("Jateng",),
    "34": ("DIY", "Yogyakarta", "Jogja"),
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
# former names still in use ("Mamuju Utara", Pasangkayu since 2017).
REGENCY_ALIASES: dict[str, tuple[str, ...]] = {
    "12.77": ("Padang Sidempuan", "Padangsidempuan", "Padang Sidimpuan"),
    "12.78": ("Gunung Sitoli",),
    "18.01": ("Lamsel",),
    "18.02": ("Lamteng",),
    "18.03": ("Lampura",),
    "18.07": ("Lamtim",),
    "31.71": ("Jakpus",),
    "31.72": ("Jakut",),
    "31.73": ("Jakbar",),
    "31.74": ("Jaksel",),
    "31.75": ("Jaktim",),
    "36.74": ("Tangsel",),
    "52.01": ("Lobar",),
    "52.02": ("Loteng",),
    "52.03": ("Lotim",),
    "62.01": ("Kobar",),
    "62.02": ("Kotim",),
    "62.71": ("Palangka Raya",),
    "63.04": ("Batola",),
    "64.02": ("Kukar",),
    "64.07": ("Kubar",),
    "64.08": ("Kutim",),
    "73.72": ("Pare Pare",),
    "74.10": ("Butur",),
    "74.14": ("Buteng",),
    "74.15": ("Busel",),
    "76.01": ("Mamuju Utara",),
    "82.01": ("Halbar",),
    "82.02": ("Halteng",),
    "82.03": ("Halut",),
    "82.04": ("Halsel",),
    "82.06": ("Haltim",),
}
