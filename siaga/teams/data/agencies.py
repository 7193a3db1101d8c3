"""The catalogue of agencies that sit in a Tim Terpadu, with their duties.

Duties paraphrase the roles UU 7/2012 and the teams' own practice give each agency;
`categories` decides which alerts reach the agency (codes from siaga.lib.taxonomy).
"""

from __future__ import annotations

from typing import TypedDict


class AgencyTypeData(TypedDict):
    code: str
    name: str
    sector: str
    duties: str
    phases: list[str]
    categories: list[str]


ALL_PHASES = ["prevention", "cessation", "recovery"]
ELECTION = [
    "election_campaign_violation",
    "voter_list_problem",
    "money_politics",
    "asn_neutrality",
    "election_logistics",
    "polling_station_unrest",
    "election_result_dispute",
]
VIOLENCE = [
    "supporters_clash",
    "polling_station_unrest",
    "demonstration",
    "alcohol_drugs_brawl",
    "terrorism_radicalism",
    "criminal_violence",
]

AGENCY_TYPES: list[AgencyTypeData] = [
    {
        "code": "pemda",
        "name": "Pemerintah Daerah (Kepala Daerah, Sekda, Camat)",
        "sector": "pemerintahan",
        "duties": "Memimpin tim terpadu, menetapkan status keadaan konflik skala daerah, "
        "mengoordinasikan perangkat daerah dan menganggarkan penanganan konflik.",
        "phases": ALL_PHASES,
        "categories": ["land_boundary_dispute", "adat_customary_dispute", "demonstration", "other"],
    },
    {
        "code": "kesbangpol",
        "name": "Badan Kesatuan Bangsa dan Politik (Kesbangpol)",
        "sector": "pemerintahan",
        "duties": "Sekretariat tim terpadu: kewaspadaan dini, pemetaan daerah rawan, "
        "menghimpun laporan deteksi dini, menyiapkan rapat koordinasi dan laporan ke atas.",
        "phases": ALL_PHASES,
        "categories": [
            "sara_identity_religion",
            "hoax_hate_speech",
            "terrorism_radicalism",
            "other",
        ],
    },
    {
        "code": "polri",
        "name": "Kepolisian (Polda, Polres, Polsek)",
        "sector": "keamanan",
        "duties": "Memelihara keamanan dan ketertiban, menghentikan kekerasan, penegakan hukum, "
        "Intelkam dan Bhabinkamtibmas untuk deteksi dini, pengawalan logistik pemilu.",
        "phases": ALL_PHASES,
        "categories": VIOLENCE + ["election_logistics", "hoax_hate_speech", "money_politics"],
    },
    {
        "code": "tni",
        "name": "TNI (Kodam, Korem, Kodim, Koramil)",
        "sector": "pertahanan",
        "duties": "Bantuan kekuatan atas permintaan kepala daerah saat penghentian konflik, "
        "Babinsa untuk deteksi dini di desa, dukungan pengamanan daerah terpencil.",
        "phases": ["prevention", "cessation"],
        "categories": ["supporters_clash", "terrorism_radicalism", "election_logistics"],
    },
    {
        "code": "kejaksaan",
        "name": "Kejaksaan (Kejati, Kejari)",
        "sector": "hukum",
        "duties": "Aspek hukum penanganan konflik, penuntutan, dan bersama Bawaslu serta Polri "
        "dalam Sentra Gakkumdu untuk tindak pidana pemilu.",
        "phases": ["cessation", "recovery"],
        "categories": ["money_politics", "asn_neutrality", "election_campaign_violation"],
    },
    {
        "code": "kpu",
        "name": "Komisi Pemilihan Umum (KPU)",
        "sector": "penyelenggara pemilu",
        "duties": "Menyelenggarakan tahapan pemilu: daftar pemilih, logistik, TPS, "
        "pemungutan dan penghitungan suara, rekapitulasi.",
        "phases": ["prevention"],
        "categories": [
            "voter_list_problem",
            "election_logistics",
            "polling_station_unrest",
            "election_result_dispute",
        ],
    },
    {
        "code": "bawaslu",
        "name": "Badan Pengawas Pemilu (Bawaslu)",
        "sector": "penyelenggara pemilu",
        "duties": "Mengawasi tahapan, menindak pelanggaran, memetakan kerawanan, "
        "pengawas TPS, dan Sentra Gakkumdu.",
        "phases": ["prevention", "cessation"],
        "categories": ELECTION,
    },
    {
        "code": "satpolpp",
        "name": "Satuan Polisi Pamong Praja dan Linmas",
        "sector": "ketertiban umum",
        "duties": "Menegakkan peraturan daerah, menertibkan alat peraga kampanye, "
        "menjaga ketertiban umum, Linmas di TPS.",
        "phases": ["prevention", "cessation"],
        "categories": ["election_campaign_violation", "demonstration", "polling_station_unrest"],
    },
    {
        "code": "dinsos",
        "name": "Dinas Sosial",
        "sector": "sosial",
        "duties": "Menangani korban dan pengungsi, bantuan darurat, rehabilitasi sosial "
        "pada pemulihan pascakonflik.",
        "phases": ["cessation", "recovery"],
        "categories": ["supporters_clash", "sara_identity_religion", "land_boundary_dispute"],
    },
    {
        "code": "kemenag",
        "name": "Kantor Kementerian Agama dan FKUB",
        "sector": "keagamaan",
        "duties": "Menjaga kerukunan umat beragama, mediasi sengketa rumah ibadah, "
        "melibatkan tokoh agama dalam pencegahan dan rekonsiliasi.",
        "phases": ALL_PHASES,
        "categories": ["sara_identity_religion", "terrorism_radicalism"],
    },
    {
        "code": "diskominfo",
        "name": "Dinas Komunikasi dan Informatika",
        "sector": "informasi",
        "duties": "Memantau media sosial, kontra-narasi hoaks dan ujaran kebencian, "
        "menyebarkan informasi resmi.",
        "phases": ["prevention", "cessation"],
        "categories": ["hoax_hate_speech", "sara_identity_religion"],
    },
    {
        "code": "bpbd",
        "name": "Badan Penanggulangan Bencana Daerah (BPBD)",
        "sector": "kebencanaan",
        "duties": "Dukungan logistik darurat dan pengungsian, daerah rawan bencana.",
        "phases": ["cessation", "recovery"],
        "categories": ["election_logistics"],
    },
    {
        "code": "adat",
        "name": "Majelis Desa Adat, bendesa adat dan pecalang",
        "sector": "adat",
        "duties": "Menyelesaikan perkara adat menurut awig-awig, pecalang dan polisi banjar "
        "menjaga keamanan wilayah adat dan memberi informasi dini.",
        "phases": ALL_PHASES,
        "categories": ["adat_customary_dispute", "land_boundary_dispute", "alcohol_drugs_brawl"],
    },
    {
        "code": "tokoh",
        "name": "Tokoh masyarakat, agama dan adat",
        "sector": "masyarakat",
        "duties": "Mediasi, meredam ketegangan di tingkat akar rumput, rekonsiliasi.",
        "phases": ALL_PHASES,
        "categories": ["sara_identity_religion", "adat_customary_dispute", "supporters_clash"],
    },
]
