"""The demo: three teams from the seed articles and a fictional user for every role.

Agencies and the Klungkung decree number are public facts from the articles; every
person's name here is invented.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from django.db import transaction

from siaga.lib.regioncodes import contains
from siaga.regions.models import Region
from siaga.teams import services
from siaga.teams.access import Role
from siaga.teams.models import Agency, Membership, Position, Team, User

# region code -> (decree number, [(agency type, agency name)])
TEAMS: dict[str, tuple[str, list[tuple[str, str]]]] = {
    "51.05": (
        "43/26/HK/2019",
        [
            ("pemda", "Pemerintah Kabupaten Klungkung"),
            ("kesbangpol", "Badan Kesbangpol Kabupaten Klungkung"),
            ("polri", "Polres Klungkung"),
            ("tni", "Kodim 1610/Klungkung"),
            ("kejaksaan", "Kejaksaan Negeri Klungkung"),
            ("kpu", "KPU Kabupaten Klungkung"),
            ("bawaslu", "Bawaslu Kabupaten Klungkung"),
            ("satpolpp", "Satpol PP Kabupaten Klungkung"),
            ("adat", "Majelis Desa Adat Kabupaten Klungkung"),
        ],
    ),
    "51.02": (
        "",
        [
            ("pemda", "Pemerintah Kabupaten Tabanan"),
            ("kesbangpol", "Badan Kesbangpol Kabupaten Tabanan"),
            ("polri", "Polres Tabanan"),
            ("tni", "Kodim 1619/Tabanan"),
            ("kejaksaan", "Kejaksaan Negeri Tabanan"),
            ("kpu", "KPU Kabupaten Tabanan"),
            ("bawaslu", "Bawaslu Kabupaten Tabanan"),
            ("tokoh", "Forum Perbekel Kabupaten Tabanan"),
            ("adat", "Majelis Desa Adat Kabupaten Tabanan"),
        ],
    ),
    "19": (
        "",
        [
            ("pemda", "Pemerintah Provinsi Kepulauan Bangka Belitung"),
            ("kesbangpol", "Badan Kesbangpol Provinsi Kepulauan Bangka Belitung"),
            ("polri", "Polda Kepulauan Bangka Belitung"),
            ("tni", "Korem 045/Garuda Jaya"),
            ("kejaksaan", "Kejaksaan Tinggi Kepulauan Bangka Belitung"),
            ("kpu", "KPU Provinsi Kepulauan Bangka Belitung"),
            ("bawaslu", "Bawaslu Provinsi Kepulauan Bangka Belitung"),
            ("dinsos", "Dinas Sosial Provinsi Kepulauan Bangka Belitung"),
        ],
    ),
}

# Fictional office holders: (agency type, title, position, name)
SEATS: dict[str, list[tuple[str, str, str, str]]] = {
    "51.05": [
        ("pemda", "Bupati Klungkung", Position.CHAIR, "I Wayan Demo Arsana"),
        ("polri", "Kapolres Klungkung", Position.VICE_CHAIR, "AKBP Contoh Pratama"),
        ("kesbangpol", "Kepala Badan Kesbangpol", Position.SECRETARY, "Ni Luh Contoh Sari"),
        ("tni", "Dandim 1610/Klungkung", Position.MEMBER, "Letkol Inf. Fiktif Wirawan"),
        ("kpu", "Ketua KPU Kabupaten Klungkung", Position.MEMBER, "I Ketut Contoh Adnyana"),
        ("bawaslu", "Ketua Bawaslu Kabupaten Klungkung", Position.MEMBER, "I Komang Fiktif Putra"),
        ("kejaksaan", "Kasi Intel Kejaksaan Negeri", Position.MEMBER, "Made Contoh Wibawa"),
        ("adat", "Bendesa Madya", Position.MEMBER, "Jero Bendesa Contoh"),
    ],
    "51.02": [
        ("pemda", "Bupati Tabanan", Position.CHAIR, "I Nyoman Demo Suastika"),
        ("polri", "Kapolres Tabanan", Position.VICE_CHAIR, "AKBP Fiktif Santoso"),
        ("kesbangpol", "Kepala Badan Kesbangpol", Position.SECRETARY, "Ni Made Contoh Dewi"),
        ("kpu", "Ketua KPU Kabupaten Tabanan", Position.MEMBER, "Putu Contoh Wirawan"),
        ("bawaslu", "Ketua Bawaslu Kabupaten Tabanan", Position.MEMBER, "Gede Fiktif Artha"),
        ("tokoh", "Ketua Forum Perbekel", Position.MEMBER, "I Gede Contoh Wisesa"),
    ],
    "19": [
        ("pemda", "Gubernur Kepulauan Bangka Belitung", Position.CHAIR, "Demo Hidayat"),
        (
            "polri",
            "Kapolda Kepulauan Bangka Belitung",
            Position.VICE_CHAIR,
            "Irjen Pol. Contoh Saputra",
        ),
        ("kesbangpol", "Kepala Badan Kesbangpol Provinsi", Position.SECRETARY, "Contoh Rahmawati"),
        ("kpu", "Ketua KPU Provinsi", Position.MEMBER, "Fiktif Firmansyah"),
        ("bawaslu", "Ketua Bawaslu Provinsi", Position.MEMBER, "Contoh Lestari"),
    ],
}


@dataclass(frozen=True)
class DemoUser:
    username: str
    role: str
    region: str | None
    full_name: str
    agency_type: str = ""
    field_title: str = ""


USERS: list[DemoUser] = [
    DemoUser("admin", Role.ADMIN, None, "Admin Siaga"),
    DemoUser("klungkung.analis", Role.ANALYST, "51.05", "Ni Kadek Analis Contoh", "kesbangpol"),
    DemoUser(
        "klungkung.koordinator", Role.COORDINATOR, "51.05", "I Made Koordinator Contoh", "pemda"
    ),
    DemoUser("klungkung.penghubung", Role.LIAISON, "51.05", "Bripka Penghubung Contoh", "polri"),
    DemoUser(
        "klungkung.pelapor",
        Role.REPORTER,
        "51.05.03.2006",
        "Aipda Pelapor Contoh",
        "polri",
        "Bhabinkamtibmas Desa Tangkas",
    ),
    DemoUser("tabanan.analis", Role.ANALYST, "51.02", "Ni Putu Analis Fiktif", "kesbangpol"),
    DemoUser(
        "tabanan.pelapor",
        Role.REPORTER,
        "51.02.06.2004",
        "I Ketut Pelapor Fiktif",
        "",
        "Perbekel Desa Beraban",
    ),
    DemoUser("bali.pemantau", Role.OBSERVER, "51", "I Gusti Pemantau Contoh"),
    DemoUser("babel.analis", Role.ANALYST, "19", "Siti Analis Contoh", "kesbangpol"),
    DemoUser("babel.koordinator", Role.COORDINATOR, "19", "Budi Koordinator Contoh", "pemda"),
]


# Fictional field messages, as officers write them (demo users, region codes).
REPORTS: list[tuple[str, str, str]] = [
    (
        "klungkung.pelapor",
        "LAPOR#Tangkas#politik uang#warga dibagi amplop di balai banjar "
        "malam ini, sekitar 20 orang",
        "51.05.03.2006",
    ),
    (
        "klungkung.pelapor",
        "Ada video editan soal pura beredar di grup WA banjar, warga mulai panas. Mohon atensi.",
        "",
    ),
    ("klungkung.pelapor", "Baliho paslon dirobek di Desa Gelgel, dekat perempatan", ""),
    (
        "tabanan.pelapor",
        "LAPOR#Beraban#adat#sengketa batas setra antara dua banjar, pertemuan prajuru besok pagi",
        "51.02.06.2004",
    ),
]


def seed_demo(*, password: str | None = None, reset_passwords: bool = False) -> dict[str, str]:
    """Create what is missing; returns the usernames whose passwords were (re)set, with them."""
    with transaction.atomic():
        services.sync_agency_catalogue()
        for code, (decree, agencies) in TEAMS.items():
            _seed_team(code, decree, agencies)
        secrets_set = {
            demo.username: secret
            for demo in USERS
            if (secret := _seed_user(demo, password, reset_passwords)) is not None
        }
    _seed_reports()
    return secrets_set


def _seed_reports() -> None:
    from siaga.reports.choices import Channel
    from siaga.reports.services import ReportInput, submit_report

    for index, (username, text, code) in enumerate(REPORTS):
        reporter = User.objects.get(username=username)
        submit_report(
            ReportInput(
                raw_text=text, channel=Channel.SMS, client_id=f"demo-{index}", region_code=code
            ),
            reporter=reporter,
        )


def _seed_team(code: str, decree: str, agencies: list[tuple[str, str]]) -> Team:
    region = Region.objects.get(code=code)
    team = Team.objects.filter(region=region, is_active=True).first() or services.form_team(
        region, decree_number=decree
    )
    by_type = {t: services.ensure_agency(region, type_code=t, name=n) for t, n in agencies}
    if not team.memberships.exists():
        Membership.objects.bulk_create(
            Membership(team=team, agency=by_type[t], title=title, position=pos, person_name=name)
            for t, title, pos, name in SEATS[code]
        )
    return team


def _seed_user(demo: DemoUser, password: str | None, reset: bool) -> str | None:
    existing = User.objects.filter(username=demo.username).first()
    secret = password or secrets.token_urlsafe(9)
    if existing is not None:
        if not reset:
            return None
        existing.set_password(secret)
        existing.save(update_fields=["password"])
        return secret
    region = Region.objects.get(code=demo.region) if demo.region else None
    agency = None
    if demo.agency_type and region is not None:
        team_region = next(c for c in TEAMS if contains(c, region.code))
        agency = Agency.objects.filter(region_id=team_region, type_id=demo.agency_type).first()
    services.create_account(
        demo.username,
        password=secret,
        role=demo.role,
        region=region,
        full_name=demo.full_name,
        agency=agency,
        field_title=demo.field_title,
    )
    return secret
