"""Common short names of provinces, as they appear in news and chat messages.

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
