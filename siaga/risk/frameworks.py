"""The published instruments Siaga starts with, as editable data (loaded by a migration).

Structures and counts are from Bawaslu's releases and UU 7/2012 as collected in the
shared design notes (indicators.md). Where a release names a dimension but not its
indicators, the framework carries one indicator for the dimension's published score, so
published tables can be imported as they are.

`categories` is the documented mapping from report categories to indicators: a verified
report in one of them counts towards the indicator (and so only in the stages where the
indicator matters). Levels: 1 provinsi, 2 kabupaten/kota, 3 kecamatan, 4 desa, 5 TPS.
"""

from __future__ import annotations

from typing import Any

REGENCY, VILLAGE, TPS = 2, 4, 5
VOTING = ["voting_counting"]
LOGISTICS = ["logistics_distribution", "voting_counting"]
CAMPAIGN = ["campaign", "quiet_period", "voting_counting"]
REGISTRATION = ["voter_registration", "voting_counting"]


def _flag(code: str, name: str, categories: list[str], stages: list[str]) -> dict[str, Any]:
    """A yes/no checklist item at a TPS (1 = the condition holds)."""
    return {
        "code": code,
        "name": name,
        "level": TPS,
        "min": 0,
        "max": 1,
        "categories": categories,
        "stages": stages,
    }


IKP_2024: dict[str, Any] = {
    "code": "ikp-2024",
    "name": "Indeks Kerawanan Pemilu (IKP) 2024",
    "publisher": "Bawaslu RI",
    "description": (
        "4 dimensi, 12 subdimensi, 61 indikator; skala 0-100 (makin tinggi makin rawan); "
        "unit provinsi dan kabupaten/kota. Indikator yang belum diterbitkan lengkap diwakili "
        "oleh skor dimensinya."
    ),
    "dimensions": [
        {
            "code": "sosial-politik",
            "name": "Konteks sosial dan politik",
            "sub": [
                {
                    "code": "keamanan",
                    "name": "Keamanan",
                    "indicators": [
                        {
                            "code": "skor-keamanan",
                            "name": "Skor subdimensi keamanan",
                            "level": REGENCY,
                            "min": 0,
                            "max": 100,
                            "categories": [
                                "supporters_clash",
                                "criminal_violence",
                                "terrorism_radicalism",
                                "alcohol_drugs_brawl",
                                "sara_identity_religion",
                                "adat_customary_dispute",
                                "land_boundary_dispute",
                            ],
                        }
                    ],
                },
                {
                    "code": "otoritas-penyelenggara-pemilu",
                    "name": "Otoritas penyelenggara pemilu",
                    "indicators": [],
                },
                {
                    "code": "otoritas-penyelenggara-negara",
                    "name": "Otoritas penyelenggara negara",
                    "indicators": [
                        {
                            "code": "skor-netralitas-negara",
                            "name": "Skor netralitas penyelenggara negara",
                            "level": REGENCY,
                            "min": 0,
                            "max": 100,
                            "categories": ["asn_neutrality"],
                        }
                    ],
                },
            ],
        },
        {
            "code": "penyelenggaraan",
            "name": "Penyelenggaraan pemilu",
            "sub": [
                {
                    "code": "hak-memilih",
                    "name": "Hak memilih",
                    "indicators": [
                        {
                            "code": "pemilih-tidak-di-dpt",
                            "name": "Pemilih memenuhi syarat tidak masuk DPT",
                            "level": REGENCY,
                            "categories": ["voter_list_problem"],
                            "stages": REGISTRATION,
                        },
                        {
                            "code": "tidak-memenuhi-syarat-di-dpt",
                            "name": "Pemilih tidak memenuhi syarat masuk DPT",
                            "level": REGENCY,
                            "categories": ["voter_list_problem"],
                            "stages": REGISTRATION,
                        },
                        {
                            "code": "tanpa-ektp",
                            "name": "Pemilih potensial belum memiliki e-KTP",
                            "level": REGENCY,
                            "categories": ["voter_list_problem"],
                            "stages": REGISTRATION,
                        },
                        {
                            "code": "pemilih-ganda",
                            "name": "Data pemilih ganda",
                            "level": REGENCY,
                            "categories": ["voter_list_problem"],
                            "stages": REGISTRATION,
                        },
                        {
                            "code": "data-pemilih-menggelembung",
                            "name": "Penggelembungan data pemilih",
                            "level": REGENCY,
                            "categories": ["voter_list_problem"],
                            "stages": REGISTRATION,
                        },
                        {
                            "code": "dptb-tidak-bisa-memilih",
                            "name": "Pemilih pindahan (DPTb) tidak dapat memilih",
                            "level": REGENCY,
                            "categories": ["voter_list_problem"],
                            "stages": VOTING,
                        },
                    ],
                },
                {
                    "code": "pelaksanaan-kampanye",
                    "name": "Pelaksanaan kampanye",
                    "indicators": [
                        {
                            "code": "penyelenggara-tidak-profesional-kampanye",
                            "name": "Penyelenggara tidak profesional merugikan kampanye peserta",
                            "level": REGENCY,
                            "categories": ["election_campaign_violation"],
                            "stages": ["campaign"],
                        },
                        {
                            "code": "kampanye-fasilitasi-kpu-tidak-sesuai",
                            "name": "Kampanye fasilitasi KPU tidak sesuai ketentuan",
                            "level": REGENCY,
                            "categories": ["election_campaign_violation"],
                            "stages": ["campaign"],
                        },
                        {
                            "code": "penyelenggara-berpihak-kampanye",
                            "name": "Keberpihakan penyelenggara saat kampanye",
                            "level": REGENCY,
                            "categories": ["asn_neutrality"],
                            "stages": ["campaign"],
                        },
                        {
                            "code": "kampanye-abaikan-protokol-kesehatan",
                            "name": "Penyelenggara abaikan protokol kesehatan saat kampanye",
                            "level": REGENCY,
                            "categories": [],
                            "stages": ["campaign"],
                        },
                    ],
                },
                {
                    "code": "pemungutan-suara",
                    "name": "Pelaksanaan pemungutan suara",
                    "indicators": [
                        {
                            "code": "skor-pemungutan-suara",
                            "name": "Skor subdimensi pemungutan suara",
                            "level": REGENCY,
                            "min": 0,
                            "max": 100,
                            "categories": ["polling_station_unrest", "election_logistics"],
                            "stages": LOGISTICS,
                        }
                    ],
                },
                {
                    "code": "ajudikasi",
                    "name": "Ajudikasi dan keberatan pemilu",
                    "indicators": [
                        {
                            "code": "skor-ajudikasi",
                            "name": "Skor subdimensi ajudikasi dan keberatan",
                            "level": REGENCY,
                            "min": 0,
                            "max": 100,
                            "categories": ["election_result_dispute"],
                            "stages": ["recapitulation", "dispute_resolution"],
                        }
                    ],
                },
                {"code": "pengawasan", "name": "Pengawasan pemilu", "indicators": []},
            ],
        },
        {
            "code": "kontestasi",
            "name": "Kontestasi",
            "sub": [
                {"code": "hak-dipilih", "name": "Hak dipilih", "indicators": []},
                {
                    "code": "kampanye-calon",
                    "name": "Kampanye calon",
                    "indicators": [
                        {
                            "code": "skor-kampanye-calon",
                            "name": "Skor subdimensi kampanye calon",
                            "level": REGENCY,
                            "min": 0,
                            "max": 100,
                            "categories": [
                                "money_politics",
                                "hoax_hate_speech",
                                "sara_identity_religion",
                                "election_campaign_violation",
                            ],
                            "stages": CAMPAIGN,
                        }
                    ],
                },
            ],
        },
        {
            "code": "partisipasi",
            "name": "Partisipasi",
            "sub": [
                {"code": "partisipasi-pemilih", "name": "Partisipasi pemilih", "indicators": []},
                {
                    "code": "partisipasi-kelompok",
                    "name": "Partisipasi kelompok masyarakat",
                    "indicators": [
                        {
                            "code": "skor-partisipasi-kelompok",
                            "name": "Skor partisipasi kelompok masyarakat",
                            "level": REGENCY,
                            "min": 0,
                            "max": 100,
                            "categories": ["demonstration"],
                        }
                    ],
                },
            ],
        },
    ],
}

# Items both TPS instruments ask in the same words.
_DPT_TIDAK_MEMENUHI_SYARAT = _flag(
    "dpt-tidak-memenuhi-syarat",
    "Pemilih DPT sudah tidak memenuhi syarat",
    ["voter_list_problem"],
    REGISTRATION,
)
_POTENSI_DPK = _flag("potensi-dpk", "Potensi pemilih khusus (DPK)", ["voter_list_problem"], VOTING)
_RIWAYAT_KEKERASAN = _flag(
    "riwayat-kekerasan",
    "Riwayat kekerasan di TPS",
    ["polling_station_unrest", "supporters_clash", "criminal_violence"],
    [],
)
_HASUTAN_SARA = _flag(
    "hasutan-sara",
    "Penghinaan/hasutan SARA di sekitar TPS",
    ["sara_identity_religion", "hoax_hate_speech"],
    CAMPAIGN,
)
_LOGISTIK_KURANG_LEBIH = _flag(
    "logistik-kurang-lebih",
    "Riwayat kekurangan/kelebihan/ketiadaan logistik",
    ["election_logistics"],
    LOGISTICS,
)
_LOGISTIK_RUSAK = _flag(
    "logistik-rusak",
    "Riwayat kerusakan logistik",
    ["election_logistics"],
    LOGISTICS,
)
_DEKAT_LOKASI_KERJA = _flag(
    "dekat-lokasi-kerja", "Dekat lokasi kerja (tambang, pabrik)", [], VOTING
)
_LOKASI_KHUSUS = _flag("lokasi-khusus", "TPS lokasi khusus", [], VOTING)
_KENDALA_INTERNET = _flag("kendala-internet", "Kendala jaringan internet", [], VOTING)
_KENDALA_LISTRIK = _flag("kendala-listrik", "Kendala aliran listrik", [], VOTING)


TPS_PEMILU_2024: dict[str, Any] = {
    "code": "tps-rawan-pemilu-2024",
    "checklist": True,
    "name": "TPS rawan Pemilu 2024",
    "publisher": "Bawaslu RI",
    "description": "7 variabel, 22 indikator; data 3-8 Februari 2024.",
    "dimensions": [
        {
            "code": "hak-pilih",
            "name": "Penggunaan hak pilih",
            "indicators": [
                _DPT_TIDAK_MEMENUHI_SYARAT,
                _flag(
                    "pemilih-dptb", "Ada pemilih tambahan (DPTb)", ["voter_list_problem"], VOTING
                ),
                _flag(
                    "kpps-memilih-di-luar",
                    "Anggota KPPS memilih di luar TPS tempat bertugas",
                    [],
                    VOTING,
                ),
                _POTENSI_DPK,
            ],
        },
        {
            "code": "keamanan",
            "name": "Keamanan",
            "indicators": [
                _RIWAYAT_KEKERASAN,
                _flag(
                    "riwayat-intimidasi",
                    "Riwayat intimidasi kepada penyelenggara",
                    ["polling_station_unrest"],
                    [],
                ),
            ],
        },
        {
            "code": "kampanye",
            "name": "Kampanye",
            "indicators": [
                _flag(
                    "politik-uang",
                    "Pemberian uang/barang saat kampanye dan masa tenang",
                    ["money_politics"],
                    CAMPAIGN,
                ),
                _HASUTAN_SARA,
            ],
        },
        {
            "code": "netralitas",
            "name": "Netralitas",
            "indicators": [
                _flag(
                    "kpps-berkampanye",
                    "Anggota KPPS berkampanye untuk peserta",
                    ["asn_neutrality"],
                    CAMPAIGN,
                ),
                _flag(
                    "asn-tidak-netral",
                    "ASN, TNI, Polri, kepala/perangkat desa berpihak",
                    ["asn_neutrality"],
                    CAMPAIGN,
                ),
            ],
        },
        {
            "code": "logistik",
            "name": "Logistik",
            "indicators": [
                _LOGISTIK_KURANG_LEBIH,
                _flag(
                    "logistik-terlambat",
                    "Riwayat keterlambatan distribusi logistik",
                    ["election_logistics"],
                    LOGISTICS,
                ),
                _LOGISTIK_RUSAK,
                _flag(
                    "surat-suara-tertukar",
                    "Riwayat surat suara tertukar",
                    ["election_logistics"],
                    LOGISTICS,
                ),
            ],
        },
        {
            "code": "lokasi",
            "name": "Lokasi TPS",
            "indicators": [
                _flag("dekat-posko", "Dekat posko atau rumah tim kampanye", [], CAMPAIGN),
                _flag("rawan-bencana", "Daerah rawan bencana (banjir, longsor, gempa)", [], []),
                _flag("dekat-sekolah", "Dekat sekolah yang siswanya memilih", [], VOTING),
                _flag("sulit-dijangkau", "Sulit dijangkau", ["election_logistics"], LOGISTICS),
                _DEKAT_LOKASI_KERJA,
                _LOKASI_KHUSUS,
            ],
        },
        {
            "code": "listrik-internet",
            "name": "Listrik dan internet",
            "indicators": [
                _KENDALA_INTERNET,
                _KENDALA_LISTRIK,
            ],
        },
    ],
}

TPS_PILKADA_2024: dict[str, Any] = {
    "code": "tps-rawan-pilkada-2024",
    "checklist": True,
    "name": "TPS rawan Pilkada 2024",
    "publisher": "Bawaslu RI",
    "description": (
        "8 variabel; rilis nasional 20 November 2024 menyebut 25 indikator, rilis provinsi "
        "22-27. Daftar di sini disusun ulang dari rilis nasional dan provinsi."
    ),
    "dimensions": [
        {
            "code": "hak-pilih",
            "name": "Penggunaan hak pilih",
            "indicators": [
                _DPT_TIDAK_MEMENUHI_SYARAT,
                _flag(
                    "pemilih-pindahan",
                    "Ada pemilih pindahan (DPTb)",
                    ["voter_list_problem"],
                    VOTING,
                ),
                _POTENSI_DPK,
                _flag(
                    "penyelenggara-memilih-di-luar",
                    "Penyelenggara memilih di luar TPS domisili",
                    [],
                    VOTING,
                ),
                _flag("pemilih-disabilitas", "Ada pemilih disabilitas di DPT", [], VOTING),
                _flag(
                    "noken-tidak-sesuai", "Riwayat sistem noken tidak sesuai ketentuan", [], VOTING
                ),
                _flag("riwayat-psu", "Riwayat PSU/PSSU", ["election_result_dispute"], VOTING),
            ],
        },
        {
            "code": "keamanan",
            "name": "Keamanan",
            "indicators": [
                _RIWAYAT_KEKERASAN,
                _flag(
                    "intimidasi-penyelenggara",
                    "Riwayat intimidasi kepada penyelenggara",
                    ["polling_station_unrest"],
                    [],
                ),
                _flag(
                    "penolakan-pemungutan",
                    "Penolakan penyelenggaraan pemungutan suara",
                    ["demonstration", "polling_station_unrest"],
                    VOTING,
                ),
            ],
        },
        {
            "code": "politik-uang",
            "name": "Politik uang",
            "indicators": [
                _flag(
                    "politik-uang",
                    "Riwayat pemberian uang/barang di sekitar TPS",
                    ["money_politics"],
                    CAMPAIGN,
                ),
            ],
        },
        {
            "code": "politisasi-sara",
            "name": "Politisasi SARA",
            "indicators": [
                _HASUTAN_SARA,
            ],
        },
        {
            "code": "netralitas",
            "name": "Netralitas",
            "indicators": [
                _flag(
                    "kpps-berkampanye",
                    "KPPS berkampanye untuk pasangan calon",
                    ["asn_neutrality"],
                    CAMPAIGN,
                ),
                _flag(
                    "asn-tidak-netral",
                    "ASN/TNI/Polri/kepala desa/perangkat berpihak",
                    ["asn_neutrality"],
                    CAMPAIGN,
                ),
            ],
        },
        {
            "code": "logistik",
            "name": "Logistik",
            "indicators": [
                _LOGISTIK_RUSAK,
                _LOGISTIK_KURANG_LEBIH,
                _flag(
                    "logistik-terlambat",
                    "Riwayat keterlambatan distribusi (maks. H-1)",
                    ["election_logistics"],
                    LOGISTICS,
                ),
            ],
        },
        {
            "code": "lokasi",
            "name": "Lokasi TPS",
            "indicators": [
                _flag(
                    "sulit-dijangkau",
                    "Sulit dijangkau (geografis, cuaca)",
                    ["election_logistics"],
                    LOGISTICS,
                ),
                _flag(
                    "rawan-konflik",
                    "Wilayah rawan konflik",
                    [
                        "supporters_clash",
                        "sara_identity_religion",
                        "adat_customary_dispute",
                        "land_boundary_dispute",
                    ],
                    [],
                ),
                _flag("rawan-bencana", "Wilayah rawan bencana", [], []),
                _flag("dekat-sekolah", "Dekat sekolah", [], VOTING),
                _DEKAT_LOKASI_KERJA,
                _flag("dekat-posko", "Dekat rumah calon atau posko pemenangan", [], CAMPAIGN),
                _LOKASI_KHUSUS,
            ],
        },
        {
            "code": "listrik-internet",
            "name": "Listrik dan internet",
            "indicators": [
                _KENDALA_INTERNET,
                _KENDALA_LISTRIK,
            ],
        },
    ],
}

UU_7_2012: dict[str, Any] = {
    "code": "sumber-konflik-uu-7-2012",
    "checklist": True,
    "name": "Sumber konflik (UU 7/2012 Pasal 5)",
    "publisher": "UU 7/2012 tentang Penanganan Konflik Sosial",
    "description": "Lima sumber konflik sosial; nilai 0-1 per desa (1 = ada).",
    "dimensions": [
        {
            "code": "sumber",
            "name": "Sumber konflik",
            "indicators": [
                {
                    "code": "politik-ekonomi-sosbud",
                    "name": "Permasalahan politik, ekonomi, sosial budaya",
                    "level": VILLAGE,
                    "categories": ["supporters_clash", "demonstration", "election_result_dispute"],
                },
                {
                    "code": "agama-suku-etnis",
                    "name": "Perseteruan antarumat beragama, suku, etnis",
                    "level": VILLAGE,
                    "categories": ["sara_identity_religion", "adat_customary_dispute"],
                },
                {
                    "code": "batas-wilayah",
                    "name": "Sengketa batas wilayah desa, kabupaten/kota, provinsi",
                    "level": VILLAGE,
                    "categories": ["land_boundary_dispute"],
                },
                {
                    "code": "sumber-daya-alam",
                    "name": "Sengketa sumber daya alam",
                    "level": VILLAGE,
                    "categories": ["land_boundary_dispute"],
                },
                {
                    "code": "distribusi-sda",
                    "name": "Distribusi sumber daya alam yang tidak seimbang",
                    "level": VILLAGE,
                    "categories": ["land_boundary_dispute"],
                },
            ],
        },
    ],
}

FRAMEWORKS: tuple[dict[str, Any], ...] = (IKP_2024, TPS_PEMILU_2024, TPS_PILKADA_2024, UU_7_2012)


def load(
    data: dict[str, Any], framework_model: Any, dimension_model: Any, indicator_model: Any
) -> Any:
    """Create or update one framework from its description. The models are passed in so
    the data migration (historical models) and the services (current ones) share it."""
    framework, _ = framework_model.objects.update_or_create(
        code=data["code"],
        defaults={
            "name": data["name"],
            "publisher": data.get("publisher", ""),
            "description": data.get("description", ""),
            "is_checklist": data.get("checklist", False),
        },
    )
    for order, spec in enumerate(data["dimensions"]):
        top = _dimension(dimension_model, framework, spec, order, parent=None)
        groups = [(top, spec)]
        for sub_order, sub in enumerate(spec.get("sub", [])):
            groups.append((_dimension(dimension_model, framework, sub, sub_order, parent=top), sub))
        for dimension, group in groups:
            for position, item in enumerate(group.get("indicators", [])):
                indicator_model.objects.update_or_create(
                    framework=framework,
                    code=item["code"],
                    defaults={
                        "dimension": dimension,
                        "name": item["name"],
                        "applies_to": item["level"],
                        "scale_min": item.get("min", 0),
                        "scale_max": item.get("max", 1),
                        "categories": item.get("categories", []),
                        "stages": item.get("stages", []),
                        "ordering": position,
                    },
                )
    return framework


def _dimension(model: Any, framework: Any, spec: dict[str, Any], order: int, parent: Any) -> Any:
    dimension, _ = model.objects.update_or_create(
        framework=framework,
        code=spec["code"],
        defaults={"name": spec["name"], "parent": parent, "ordering": order},
    )
    return dimension
