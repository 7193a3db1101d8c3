"""The pipeline on the five seed articles and on field messages, over the national gazetteer."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from siaga.analysis.cues import default_index
from siaga.analysis.extract import casualties
from siaga.analysis.gazetteer import Gazetteer, PlaceRecord
from siaga.analysis.model import Model
from siaga.analysis.pipeline import ARTICLE_CHARS, CATEGORY_THRESHOLD, Analysis, analyze
from siaga.analysis.text import expand_shorthand, fold
from siaga.regions.data.aliases import PROVINCE_ALIASES
from siaga.regions.registry import iter_registry

SEEDS = Path(__file__).resolve().parents[3].parent / "shared" / "seeds"


@pytest.fixture(scope="module")
def indonesia() -> Gazetteer:
    return Gazetteer(
        PlaceRecord(r.code, r.name, r.level, r.type, PROVINCE_ALIASES.get(r.code, ()))
        for r in iter_registry()
    )


def read_story(story: str, places: Gazetteer, model: Model | None = None) -> Analysis:
    """The pipeline's reading of a text long enough to be read as a news story."""
    assert len(story) >= ARTICLE_CHARS
    return analyze(story, gazetteer=places, model=model)


def assert_no_signal_unless(story: str, places: Gazetteer, before: str, told: str) -> None:
    """The story is no signal, and becomes one once `told` stands before `before`."""
    assert read_story(story, places).kind == "none"
    assert before in story
    assert read_story(story.replace(before, f"{told} {before}"), places).kind != "none"


def assert_a_rite_unless(rite: str, places: Gazetteer, gone_wrong: str) -> None:
    """The short story of a rite is no signal at all, and `gone_wrong`, the same rite with
    a real quarrel told, is an incident."""
    reading = analyze(rite, gazetteer=places, model=GuessingModel())
    assert (reading.kind, reading.categories, reading.severity) == ("none", [], 0)
    assert analyze(gone_wrong, gazetteer=places, model=GuessingModel()).kind == "incident"


def seed(prefix: str) -> str:
    path = next(SEEDS.glob(f"{prefix}_*.txt"), None)
    if path is None:
        pytest.skip("the shared seeds are not beside this checkout")
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("prefix", "places"),
    [
        ("000", ["51.05.02.2002"]),  # Takmung, Kec. Banjarangkan, Kab. Klungkung
        ("001", ["51.05"]),  # Kabupaten Klungkung
        ("002", ["19.71"]),  # Kota Pangkal Pinang, Kep. Bangka Belitung
        ("003", ["51.05.01"]),  # Kecamatan Nusa Penida
        ("004", ["51.02.06", "51.02.02"]),  # Kediri and Selemadeg Timur in Tabanan
    ],
)
def test_each_seed_is_placed_on_the_places_it_names(
    indonesia: Gazetteer, prefix: str, places: list[str]
) -> None:
    reading = analyze(seed(prefix), gazetteer=indonesia)
    assert [p["code"] for p in reading.places] == places
    assert reading.kind == "meeting"
    assert reading.severity == 1


def test_seed_categories_follow_what_the_meeting_discussed(indonesia: Gazetteer) -> None:
    klungkung = analyze(seed("000"), gazetteer=indonesia)
    assert {"voter_list_problem", "election_campaign_violation", "asn_neutrality"} <= set(
        klungkung.categories
    )
    assert klungkung.cues["categories"]["asn_neutrality"]
    rakor = analyze(seed("001"), gazetteer=indonesia)
    assert {"land_boundary_dispute", "adat_customary_dispute", "alcohol_drugs_brawl"} <= set(
        rakor.categories
    )
    # The audience plans the logistics escort, but says the campaign is under way.
    assert analyze(seed("003"), gazetteer=indonesia).election_stage == "campaign"
    assert analyze(seed("002"), gazetteer=indonesia).election_stage is None  # every stage


def test_kediri_with_a_tabanan_hint_is_the_kecamatan_in_bali(indonesia: Gazetteer) -> None:
    reading = analyze(
        "Situasi di Kediri memanas setelah baliho dirusak", gazetteer=indonesia, hint="51.02"
    )
    assert [p["code"] for p in reading.places] == ["51.02.06"]
    without = analyze("Situasi di Kediri memanas setelah baliho dirusak", gazetteer=indonesia)
    assert without.places == []  # three Kediris in Indonesia: no guess


def test_common_words_that_are_village_names_are_not_places(indonesia: Gazetteer) -> None:
    text = "Yang hadir dari para tokoh, setiap warga sudah bisa tentang hal itu namun rawan."
    assert analyze(text, gazetteer=indonesia).places == []


def test_a_clash_with_injuries_is_a_severity_three_incident(indonesia: Gazetteer) -> None:
    reading = analyze(
        "Tadi malam bentrok antarpendukung paslon di Desa Gelgel, dua orang luka",
        gazetteer=indonesia,
        hint="51.05",
    )
    assert (reading.kind, reading.severity) == ("incident", 3)
    assert reading.categories == ["supporters_clash"]
    assert reading.casualties == {"injured": 2, "dead": None}
    assert [p["code"] for p in reading.places] == ["51.05.03.2003"]


def test_deaths_make_severity_four(indonesia: Gazetteer) -> None:
    reading = analyze(
        "Seorang warga tewas dan 5 orang luka-luka dalam tawuran pemuda", gazetteer=indonesia
    )
    assert reading.severity == 4 and reading.casualties == {"injured": 5, "dead": 1}


def test_small_talk_is_not_a_signal(indonesia: Gazetteer) -> None:
    reading = analyze("Selamat pagi pak, cuaca cerah hari ini", gazetteer=indonesia)
    assert (reading.kind, reading.categories, reading.severity) == ("none", [], 0)


def test_agencies_and_officers_are_named(indonesia: Gazetteer) -> None:
    reading = analyze(seed("003"), gazetteer=indonesia)
    assert "Polres Klungkung" in reading.organizations
    assert "Umar" in reading.people
    assert "Polres Klungkung Kompol" not in analyze(seed("000"), gazetteer=indonesia).organizations


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Warga sudah berkumpul di balai desa dan situasi masih aman", "id"),
        ("Wong-wong wis kumpul neng balai desa, aku ora ngerti sing nggawe ribut", "jv"),
        ("Tiang sampun ring balai banjar, nggih, napi sane wenten driki", "ban"),
        ("The crowd gathered at the village hall and the police were there", "en"),
        # Malaysian Malay, by the words Indonesian writes otherwise.
        ("Polis menafikan khabar angin yang ditularkan, keadaan terkawal", "ms"),
        ("awak nak pergi mana, polis ada kat depan", "ms"),
        # Words both write make no Malay of an Indonesian message.
        ("KPPS tps 7 diancam orang tak dikenal, mereka takut bertugas besok", "id"),
        ("Pak, boleh minta nomor HP petugas PPS? mau tanya jadwal bimtek", "id"),
    ],
)
def test_the_language_is_named_so_non_indonesian_text_gets_a_reader(
    indonesia: Gazetteer, text: str, language: str
) -> None:
    assert analyze(text, gazetteer=indonesia).language == language


@pytest.mark.parametrize(
    "text",
    [
        "Bawaslu mengimbau ASN tidak ikut kampanye paslon di media sosial",
        "hati2, ada yg mau sebar hoaks soal paslon 2 di grup wa desa",
        "kubu paslon 3 siap menolak hasil kalau selisih suaranya tipis",
        "warga ditawari uang kalau coblos paslon 1, belum dibagi, baru dijanjikan",
    ],
)
def test_warnings_plans_and_conditions_are_threats_not_incidents(
    indonesia: Gazetteer, text: str
) -> None:
    assert analyze(text, gazetteer=indonesia).kind == "threat"


def test_acts_done_in_active_or_passive_voice_are_incidents(indonesia: Gazetteer) -> None:
    reading = analyze(
        "warga merobohkan pagar perusahaan sawit dan menduduki lahan sengketa sejak pagi",
        gazetteer=indonesia,
    )
    assert reading.kind == "incident"


def test_chat_shorthand_is_written_out_before_cues_are_read(indonesia: Gazetteer) -> None:
    reading = analyze("lpr, ada bagi2 sembako atas nama caleg, jam 17.45", gazetteer=indonesia)
    assert reading.categories == ["money_politics"]
    assert "bagi bagi sembako" in reading.cues["categories"]["money_politics"]


def test_the_stage_comes_from_the_text_then_the_date_then_the_category(
    indonesia: Gazetteer,
) -> None:
    named = analyze("Ada serangan fajar di desa, amplop dibagikan", gazetteer=indonesia)
    assert named.election_stage == "quiet_period"
    money = "Timses paslon 2 membagikan amplop berisi uang ke warga"
    # Money politics runs throughout an election: undated, it has no stage.
    assert analyze(money, gazetteer=indonesia).election_stage is None
    dated = analyze(money, gazetteer=indonesia, published=dt.date(2024, 11, 25))
    assert dated.election_stage == "quiet_period"  # the 2024 Pilkada's quiet days
    clash = analyze("Pendukung dua paslon saling serang di jalan desa", gazetteer=indonesia)
    assert clash.election_stage == "campaign"
    assert analyze("Warga cekcok soal air irigasi", gazetteer=indonesia).election_stage is None


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Terjadi pengrusakan baliho paslon di simpang desa tadi malam", None),
        ("Seorang warga ditusuk usai pesta miras di balai banjar", "alcohol_drugs_brawl"),
        ("Massa menggeruduk kantor camat menuntut PSU di dua TPS", "election_result_dispute"),
        ("Polisi membubarkan tawuran antarkampung di perbatasan desa", "alcohol_drugs_brawl"),
    ],
)
def test_news_words_for_acts_are_read_as_incidents(
    indonesia: Gazetteer, text: str, category: str | None
) -> None:
    reading = analyze(text, gazetteer=indonesia)
    assert reading.kind == "incident"
    assert category is None or category in reading.categories


def test_an_undated_story_is_placed_in_the_calendar_by_its_own_dateline(
    indonesia: Gazetteer,
) -> None:
    from siaga.analysis.extract import dateline

    text = "Gianyar (12/11/2024) - Timses paslon 2 membagikan amplop berisi uang ke warga."
    assert dateline(text) == dt.date(2024, 11, 12)
    assert analyze(text, gazetteer=indonesia).election_stage == "campaign"
    assert dateline("Pemungutan suara 27/11/2024 di TPS 3") is None  # not a dateline
    assert dateline("Klungkung (31/2/2024)") is None  # no such day


def test_a_weekday_dateline_takes_the_year_in_which_that_day_was_that_weekday() -> None:
    from siaga.analysis.extract import dateline

    story = "KLUNGKUNG - Bawaslu bertemu Kapolres, Selasa (16/1), menjelang pemilu 2024 dan {}."
    assert dateline(story.format("pilkada 2025")) == dt.date(2024, 1, 16)  # not a Tuesday in 2025
    assert dateline("Rapat digelar Kamis (19/7) menjelang pemilu 2024.") is None  # no year fits
    assert dateline("Rapat digelar Selasa (16/1) di kantor bupati.") is None  # no year named
    later = "Rapat digelar Kamis (19/7). Pemilihan perbekel Minggu (23/7/2023) nanti."
    assert dateline(later) == dt.date(2023, 7, 23)  # a full date still counts
    assert dateline("Rapat Kamis (19/7), pemilihan Minggu (23/7) nanti, pemilu 2023.") is None


def test_a_stage_said_to_be_under_way_outweighs_the_stages_a_text_looks_ahead_to(
    indonesia: Gazetteer,
) -> None:
    text = (
        "Bawaslu dan Polres membahas pengamanan pendistribusian logistik pemilu ke TPS. "
        "Distribusi logistik ke pulau akan dikawal. Tahapan masa kampanye saat ini "
        "berlangsung tertib, kata Ketua Bawaslu."
    )
    reading = analyze(text, gazetteer=indonesia)
    assert reading.election_stage == "campaign"
    assert reading.cues["stage"] == ["tahapan masa kampanye saat ini"]
    quiet = analyze("Pemilu sudah memasuki masa tenang, APK wajib diturunkan.", gazetteer=indonesia)
    assert quiet.election_stage == "quiet_period"


def test_a_meeting_that_walks_through_every_stage_is_placed_by_its_day_alone(
    indonesia: Gazetteer,
) -> None:
    survey = (
        "Rapat koordinasi tim terpadu membahas potensi konflik pemilu: penetapan partai "
        "politik rawan protes, proses pendaftaran calon rawan euforia, masa kampanye rawan "
        "bentrok antarpendukung, pemungutan suara di TPS rawan ricuh dan sengketa hasil."
    )
    assert analyze(survey, gazetteer=indonesia).election_stage is None
    dated = analyze(survey, gazetteer=indonesia, published=dt.date(2024, 1, 16))
    assert dated.kind == "meeting"
    assert dated.election_stage == "campaign"


def test_the_wounded_count_one_at_least_when_the_story_gives_no_number() -> None:

    assert casualties("Seorang penduduk Desa Renda terkena panah.")["injured"] == 1
    assert casualties("Pria tak dikenal membacok seorang pemuda berinisial R.")["injured"] == 1
    assert casualties("Beruntung tidak ada warga yang terluka.")["injured"] is None
    assert casualties("Pelaku mengancam akan membacok kepala desa.")["injured"] is None
    assert casualties("Sementara satu korban kepalanya lecet akibat lemparan batu.")["injured"] == 1


def test_a_victim_named_by_initials_and_age_who_died_is_counted_dead() -> None:
    hazed = "Seorang siswa berinisial DBJ (14) diketahui meninggal dunia usai orientasi."
    assert casualties(hazed)["dead"] == 1
    assert (
        casualties("Mahasiswa berinisial P (19), meninggal dunia secara tidak wajar.")["dead"] == 1
    )
    assert casualties("Pelaku berinisial HS (16) ditangkap di rumahnya.")["dead"] is None


def test_an_agency_warning_about_hoaxes_on_social_media_is_a_warning(
    indonesia: Gazetteer,
) -> None:
    warning = analyze(
        "Kapolsek Kempas menghimbau masyarakat waspada terhadap hoaks di media sosial "
        "pasca Pilkada dan tidak mudah terprovokasi berita yang belum jelas sumbernya.",
        gazetteer=indonesia,
    )
    assert (warning.kind, warning.severity) == ("threat", 1)
    call = analyze(
        "Ada provokasi di grup WA warga Kec. Keo Tengah, ngajak serang posko paslon 2",
        gazetteer=indonesia,
    )
    assert (call.kind, call.severity) == ("threat", 2)


def test_what_is_anticipated_or_prevented_has_not_happened(indonesia: Gazetteer) -> None:
    reading = analyze(
        "Polres dan Kodim mencegah bentrokan antarwarga dua desa dengan patroli gabungan "
        "dan mengantisipasi pembakaran rumah menjelang pilkades.",
        gazetteer=indonesia,
    )
    assert reading.kind == "threat"


def test_a_story_whose_cues_name_no_category_is_other(indonesia: Gazetteer) -> None:
    story = (
        "Warga dua desa bertetangga di Kecamatan Belo, Kabupaten Bima, saling serang pada "
        "Rabu dini hari. Sekelompok warga Desa Roka mendatangi Desa Runggu setelah rumah "
        "mantan kepala desa dilempari batu oleh orang tak dikenal. Belasan rumah rusak dan "
        "empat warga mengalami luka. Kapolsek Belo mengatakan anggota Polsek dibantu TNI "
        "segera menghalau massa sehingga aksi itu tidak meluas. Polisi masih berjaga di "
        "perbatasan kedua desa dan meminta tokoh masyarakat menenangkan warganya masing-"
        "masing, sementara pelaku pelemparan masih dicari. Camat Belo mengundang kedua "
        "kepala desa untuk bertemu di kantor camat pada Kamis pagi."
    )
    reading = read_story(story, indonesia)
    assert reading.kind == "incident"
    assert reading.categories == ["other"]
    assert reading.severity == 3


def test_a_photo_caption_of_another_place_is_not_read(indonesia: Gazetteer) -> None:
    story = (
        "Pengepakan Logistik Pilpres di Sleman Tertunda\n"
        "Petugas PPS mempersiapkan logistik pemilu di Kantor Kelurahan Tebet Timur, "
        "Jakarta, Selasa (8/4). (Republika/Aditya Pradana Putra)\n"
        "SLEMAN -- Pengepakan surat suara di KPU Kabupaten Sleman tertunda karena sampul "
        "surat suara belum datang dan 32 lembar surat suara ditemukan rusak."
    )
    codes = [p["code"][:5] for p in analyze(story, gazetteer=indonesia).places]
    assert codes == ["34.04"]


def test_an_attack_on_the_election_body_s_office_is_a_result_dispute(
    indonesia: Gazetteer,
) -> None:
    reading = analyze(
        "Massa pendukung bakal calon bupati yang tidak lolos membakar kantor KPU dan "
        "Panwas Mamberamo Tengah di Kobagma, Rabu pagi.",
        gazetteer=indonesia,
    )
    assert reading.kind == "incident"
    assert "election_result_dispute" in reading.categories
    assert reading.election_stage == "candidate_registration"


def test_a_pledge_not_to_campaign_in_houses_of_worship_names_a_campaign_violation(
    indonesia: Gazetteer,
) -> None:
    reading = analyze(
        "Tokoh lintas agama di Palu sepakat mewujudkan pemilu damai dan menghimbau peserta "
        "pemilu tidak menggunakan rumah ibadah sebagai tempat kampanye.",
        gazetteer=indonesia,
    )
    assert "election_campaign_violation" in reading.categories


def test_a_precaution_against_damage_is_no_damage(indonesia: Gazetteer) -> None:
    story = (
        "MAMUJU - KPU Mamuju mulai mendistribusikan logistik pemilu ke wilayah terpencil "
        "di Kabupaten Mamuju. Tak hanya menggunakan angkutan truk, KPU juga menyewa kapal "
        "nelayan untuk mengangkut logistik pemilu ke pulau-pulau terpencil dengan "
        "pengawalan aparat TNI-Polri, mulai dari gudang KPU hingga ke lokasi tujuan. Agar "
        "dokumen pemilu tersebut tidak rusak atau basah, kotak suara dibungkus dengan "
        "plastik sebelum didistribusikan ke PPK atau PPS. Pihak TNI dan Polri telah "
        "memeriksa kondisi kapal yang akan digunakan untuk mengangkut logistik pemilu. "
        "Jarak perjalanan normal ke pulau terjauh bisa sampai delapan jam."
    )
    reading = read_story(story, indonesia)
    assert (reading.kind, reading.severity) == ("none", 0)
    assert reading.election_stage == "logistics_distribution"


def test_in_a_village_head_election_the_kepala_desa_is_the_office_contested(
    indonesia: Gazetteer,
) -> None:
    pact = analyze(
        "Para calon kepala desa di Desa Ciherang menandatangani pakta integritas untuk "
        "pemilihan kepala desa yang damai, disaksikan Bhabinkamtibmas dan Babinsa.",
        gazetteer=indonesia,
    )
    assert "asn_neutrality" not in pact.categories


def test_a_blockade_over_plasma_land_is_a_land_dispute_and_a_protest(
    indonesia: Gazetteer,
) -> None:
    reading = analyze(
        "Warga Desa Singkuang I memblokir perusahaan sawit dan melakukan aksi di depan "
        "kantor bupati, menuntut kebun plasma yang dijanjikan; tanah mereka diserobot.",
        gazetteer=indonesia,
    )
    assert {"land_boundary_dispute", "demonstration"} <= set(reading.categories)


def test_asking_the_public_is_an_appeal_and_taking_statements_is_not(
    indonesia: Gazetteer,
) -> None:
    from siaga.analysis.pipeline import _leads_with_an_appeal

    index = default_index()
    assert _leads_with_an_appeal(" bawaslu meminta asn bersikap netral di media sosial ", index)
    taking = " polisi telah memeriksa lokasi dan meminta keterangan sejumlah saksi "
    assert not _leads_with_an_appeal(taking, index)


def test_a_protest_of_fraud_at_the_election_bodies_is_a_result_dispute(
    indonesia: Gazetteer,
) -> None:
    reading = analyze(
        "Ribuan massa berunjuk rasa di depan gedung Bawaslu, Jakarta, menyuarakan protes "
        "kecurangan pemilu dan menuntut diskualifikasi pasangan calon.",
        gazetteer=indonesia,
    )
    assert {"election_result_dispute", "demonstration"} <= set(reading.categories)
    assert reading.cues["categories"]["election_result_dispute"]


def test_a_re_vote_ordered_is_procedure_and_a_re_vote_demanded_is_a_dispute(
    indonesia: Gazetteer,
) -> None:
    ordered = analyze(
        "Bawaslu Kota Malang merekomendasikan pemungutan suara ulang (PSU) di dua TPS karena "
        "pemilih pindah memilih (DPTb) mencoblos lima surat suara yang bukan haknya.",
        gazetteer=indonesia,
    )
    assert "election_result_dispute" not in ordered.categories
    assert "voter_list_problem" in ordered.categories
    demanded = analyze(
        "Ratusan pendukung calon kepala desa yang kalah menuntut pemungutan suara ulang.",
        gazetteer=indonesia,
    )
    assert "election_result_dispute" in demanded.categories


def test_a_village_official_steering_votes_is_a_neutrality_matter(indonesia: Gazetteer) -> None:
    reading = analyze(
        "Video viral: Sekdes Kenteng mengarahkan warga memilih paslon nomor urut 3 dan "
        "mengancam mencabut bantuan PKH, jelang Pemilu 2024.",
        gazetteer=indonesia,
    )
    assert "asn_neutrality" in reading.categories


def test_trouble_that_carries_its_own_negation_still_goes_wrong() -> None:
    from siaga.analysis.pipeline import _goes_wrong

    listed = " pemilih yang tidak terdaftar sebagai dpt tetap mencoblos "
    assert _goes_wrong(listed, {"trouble": ["tidak terdaftar"]})
    kept = " agar dokumen tidak rusak atau basah kotak suara dibungkus plastik "
    assert not _goes_wrong(kept, {"trouble": ["basah", "rusak"]})


def test_a_vote_secured_and_gone_smoothly_is_no_signal(indonesia: Gazetteer) -> None:
    story = (
        "Gianyar - Babinsa Desa Mas bersama Bhabinkamtibmas dan pecalang desa adat "
        "melaksanakan pengamanan pemilihan bendesa adat di Kecamatan Ubud, Kabupaten "
        "Gianyar, Senin. Pemilihan dilaksanakan dengan sistem paswaran, setiap kepala "
        "keluarga memiliki satu suara untuk memilih tokoh yang dipercaya mengemban tugas "
        "sebagai bendesa adat. Babinsa bersama Bhabinkamtibmas dan pecalang melakukan "
        "pengamanan secara terpadu dan humanis sejak pagi hingga penghitungan selesai. "
        "Hasil pemilihan diterima dengan baik oleh "
        "krama desa adat, dan seluruh rangkaian kegiatan berjalan aman, tertib, dan lancar "
        "tanpa hambatan berarti."
    )
    reading = read_story(story, indonesia)
    assert (reading.kind, reading.categories, reading.severity) == ("none", [], 0)


def test_supporters_clashing_outside_the_election_office_are_a_clash(
    indonesia: Gazetteer,
) -> None:
    reading = analyze(
        "Dua kubu massa pendukung pasangan calon saling lempar batu di depan kantor KPU "
        "Kabupaten Pekalongan saat pengundian nomor urut; kaca mobil pecah.",
        gazetteer=indonesia,
    )
    assert "supporters_clash" in reading.categories
    assert "election_result_dispute" not in reading.categories


def test_ballot_boxes_burnt_over_a_result_are_no_routine(indonesia: Gazetteer) -> None:
    story = (
        "Kecewa hasil pemungutan suara, massa seorang calon legislatif di Kabupaten Maluku "
        "Tenggara membakar kotak suara di desanya. Caleg itu datang ke TPS bersama "
        "massa dan menuntut bertemu ketua PPK. Setelah satu jam ketua PPK tidak hadir, "
        "massa masuk ke sekretariat PPK, mengambil kotak suara yang berisi surat suara "
        "tiga TPS dan membakarnya hingga hangus. KPU tidak merekomendasikan pemungutan "
        "suara ulang karena sudah memegang salinan C1, dan polisi menyatakan pembakaran "
        "logistik pemilu itu tindak pidana yang akan segera diproses. Kapolda meminta "
        "semua pihak menahan diri dan menyerahkan penanganan perkara kepada aparat."
    )
    reading = read_story(story, indonesia)
    assert reading.kind == "incident"
    assert {"election_result_dispute", "polling_station_unrest"} <= set(reading.categories)


def test_shots_at_the_ballot_helicopter_are_no_routine_logistics(indonesia: Gazetteer) -> None:
    story = (
        "Jayapura - Helikopter pengangkut logistik pemilu di Distrik Alama, Kabupaten "
        "Mimika ditembaki saat hendak mendarat. Komisioner Bawaslu Papua menyebutkan "
        "suara tembakan terdengar delapan kali ke arah helikopter yang hendak membawa "
        "logistik pemilu ke Kota Timika. Distrik itu merupakan daerah rawan gangguan "
        "keamanan, sehingga penyelenggara tidak berani masuk tanpa pengawalan aparat. "
        "Sorti berikutnya memberangkatkan dua helikopter TNI untuk menjemput logistik "
        "dan petugas KPPS, yang kembali dalam keadaan aman menjelang sore hari. Kotak "
        "suara yang tersisa akan diangkut bila situasi di distrik itu sudah kondusif."
    )
    reading = read_story(story, indonesia)
    assert reading.kind != "none"
    assert "election_logistics" in reading.categories


def test_routine_civic_news_is_not_given_a_category_by_guesswork(indonesia: Gazetteer) -> None:
    reading = analyze(
        "Upacara adat tahunan di Kecamatan Temon berlangsung khidmat dan dihadiri warga.",
        gazetteer=indonesia,
    )
    assert (reading.kind, reading.categories) == ("none", [])
    assert reading.cues["flags"]["routine"] == ["berlangsung khidmat", "upacara"]


def test_tension_is_a_threat_alone_and_the_aftermath_beside_an_act(indonesia: Gazetteer) -> None:
    alone = analyze(
        "situasi desa mulai tegang, pendukung kedua paslon saling sindir", gazetteer=indonesia
    )
    after = analyze(
        "konvoi pendukung paslon 2 dihadang massa lawan, situasi memanas", gazetteer=indonesia
    )
    assert (alone.kind, after.kind) == ("threat", "incident")
    threatened = analyze("KPPS tps 3 diancam orang tak dikenal lewat telepon", gazetteer=indonesia)
    assert threatened.kind == "incident"  # threatening someone is an act


def test_a_clash_is_between_supporters_only_in_an_election(indonesia: Gazetteer) -> None:
    land = analyze(
        "Warga dua desa di Kabupaten Maluku Barat Daya bentrok akibat sengketa lahan, "
        "empat rumah dibakar.",
        gazetteer=indonesia,
    )
    assert "land_boundary_dispute" in land.categories
    assert "supporters_clash" not in land.categories
    campaign = analyze(
        "Pendukung dua paslon bentrok di depan kantor KPU Kabupaten Pekalongan.",
        gazetteer=indonesia,
    )
    assert "supporters_clash" in campaign.categories


def test_a_ceremony_attended_is_not_a_meeting_but_a_peace_declaration_is(
    indonesia: Gazetteer,
) -> None:
    festival = analyze(
        "Hadiri Acara Puncak Festival Kaki Gunung, Bupati Jember Ajak Warga Jaga Budaya. "
        "Bupati Jember menghadiri acara puncak festival di alun-alun kecamatan yang "
        "berlangsung sejak Jumat hingga Minggu. Dalam kehadirannya bupati memberikan "
        "pidato apresiasi kepada masyarakat, seniman dan panitia yang ikut serta "
        "menyukseskan festival. Festival ini dihadiri lebih dari seribu warga dan "
        "menggerakkan usaha kecil di sekitarnya.",
        gazetteer=indonesia,
    )
    assert festival.kind == "none"
    declaration = analyze(
        "Deklarasi Pemilu Damai. Seluruh pengurus partai politik di Kabupaten Seluma "
        "bersama Polres Seluma menggelar acara kesepakatan Pemilu damai yang dihadiri "
        "Ketua KPU, Ketua Bawaslu dan Dandim.",
        gazetteer=indonesia,
    )
    assert declaration.kind == "meeting"


def test_a_killing_told_without_a_number_is_one_death(indonesia: Gazetteer) -> None:
    reading = analyze(
        "Kelompok kriminal bersenjata menembaki pos aparat di Distrik Tembagapura, "
        "aksi itu menewaskan anggota Brimob.",
        gazetteer=indonesia,
    )
    assert reading.casualties["dead"] == 1
    assert reading.severity == 4
    fallen = analyze(
        "Seorang anggota Brimob gugur dalam baku tembak di Kiwirok", gazetteer=indonesia
    )
    assert fallen.casualties["dead"] == 1


def test_a_staged_exercise_is_not_a_signal(indonesia: Gazetteer) -> None:
    drill = analyze(
        "Ratusan pendukung salah satu calon mengamuk dan melempari petugas di depan kantor "
        "KPU Kabupaten Kendal. Bentrok ini merupakan simulasi pengamanan pilkades yang "
        "digelar Polres Kendal.",
        gazetteer=indonesia,
    )
    assert (drill.kind, drill.categories) == ("none", [])


def test_a_door_shut_tight_is_no_meeting(indonesia: Gazetteer) -> None:
    reading = analyze(
        "Petugas menutup rapat pintu kantor KPUD Bone, massa pendukung yang menuntut "
        "rekapitulasi dihentikan saling dorong dengan polisi.",
        gazetteer=indonesia,
    )
    assert reading.kind == "incident"


def test_banjar_against_banjar_is_a_customary_quarrel(indonesia: Gazetteer) -> None:
    reading = analyze(
        "Parade ogoh-ogoh di Desa Belega, Blahbatuh, Gianyar nyaris diwarnai bentrok "
        "antarbanjar setelah dua pemuda berselisih dan terjadi pemukulan.",
        gazetteer=indonesia,
    )
    assert "adat_customary_dispute" in reading.categories
    assert "supporters_clash" not in reading.categories


def test_related_story_links_are_not_read(indonesia: Gazetteer) -> None:
    story = (
        "SERANG - Bawaslu Kabupaten Serang menangkap tangan dua anggota tim sukses yang "
        "membawa uang untuk serangan fajar di Desa Walikukun, Kecamatan Carenang.\n"
        "Baca Juga\nCalon Bupati Pemalang Mengaku Tak Lakukan Serangan Fajar\n"
        "Baca juga: Densus 88 Ciduk Terduga Teroris di Batam\n"
        "Kedua orang itu kini diperiksa Sentra Gakkumdu."
    )
    reading = analyze(story, gazetteer=indonesia)
    assert {p["code"][:5] for p in reading.places} == {"36.04"}
    assert "terrorism_radicalism" not in reading.categories


def test_false_content_told_as_circulating_is_an_incident_despite_the_appeals(
    indonesia: Gazetteer,
) -> None:
    circulating = analyze(
        "Beredar selebaran hoaks terkait pasangan calon wali kota Pekanbaru. Polisi "
        "mengimbau warga agar tidak mudah percaya dan jangan ikut menyebarkan.",
        gazetteer=indonesia,
    )
    assert (circulating.kind, circulating.categories) == ("incident", ["hoax_hate_speech"])
    warned = analyze(
        "Polda Jawa Tengah mengimbau masyarakat mewaspadai peredaran berita bohong usai "
        "pemungutan suara dan jangan mudah percaya.",
        gazetteer=indonesia,
    )
    assert warned.kind == "threat"


LOGISTICS_STORY = (
    "Dua hari menjelang pencoblosan, KIP Kabupaten Aceh Besar mendistribusikan logistik "
    "pemilu ke kecamatan terluar Pulo Aceh dengan kapal nelayan. Kapal itu hanya memuat "
    "logistik dan petugas dari KIP, Panwas, polisi dan TNI. KIP mengirimkan surat suara "
    "sesuai jumlah daftar pemilih tetap, 90 kotak suara dan material pendukung untuk 18 "
    "tempat pemungutan suara. Pengamanan logistik dikawal 16 personel polisi dari dermaga "
    "hingga kantor kecamatan. Menurut Kapolsek, di Kecamatan Pulo Aceh tidak ada potensi "
    "kerawanan pemilu, dan distribusi diharapkan selesai sebelum sore. Setibanya di "
    "kantor kecamatan, kotak suara disimpan di gudang dan dijaga bergantian oleh polisi "
    "dan linmas sampai dibagikan ke masing-masing TPS sehari sebelum pemungutan suara."
)


def test_logistics_shipped_without_trouble_is_routine_news(indonesia: Gazetteer) -> None:
    routine = analyze(LOGISTICS_STORY, gazetteer=indonesia)
    assert (routine.kind, routine.categories) == ("none", [])
    late = analyze(
        LOGISTICS_STORY.replace("selesai sebelum sore", "terlambat karena ombak"),
        gazetteer=indonesia,
    )
    assert late.kind in ("incident", "threat")
    assert "election_logistics" in late.categories
    # A field message about logistics reports a problem, however plainly it is worded.
    message = analyze(
        "kotak suara utk tps 4 desa Popon sdh dikirim pakai perahu", gazetteer=indonesia
    )
    assert message.kind != "none"


def test_a_petrol_bomb_is_a_riot_weapon_not_terrorism(indonesia: Gazetteer) -> None:
    reading = analyze(
        "Massa melempari polisi dengan batu dan bom molotov di depan kantor Bawaslu.",
        gazetteer=indonesia,
    )
    assert "terrorism_radicalism" not in reading.categories


def test_a_village_head_is_a_neutrality_matter_only_in_an_election(indonesia: Gazetteer) -> None:
    discipline = analyze(
        "Kepala desa dan perangkat desa di Halmahera Selatan menandatangani pakta disiplin "
        "kerja usai bimbingan teknis keuangan desa.",
        gazetteer=indonesia,
    )
    assert "asn_neutrality" not in discipline.categories
    campaign = analyze(
        "Kepala desa dan perangkat desa di Halmahera Selatan ikut berkampanye untuk salah "
        "satu pasangan calon bupati.",
        gazetteer=indonesia,
    )
    assert "asn_neutrality" in campaign.categories


def test_people_leaving_their_homes_are_not_dead(indonesia: Gazetteer) -> None:
    reading = analyze(
        "Sekitar 155 keluarga mengungsi meninggalkan rumah setelah kampung mereka diserang.",
        gazetteer=indonesia,
    )
    assert reading.casualties["dead"] is None


def test_an_agency_s_warning_in_the_lead_is_a_threat_despite_procedural_pasts(
    indonesia: Gazetteer,
) -> None:
    warning = analyze(
        "Bawaslu Banten ingatkan calon anggota legislatif untuk tidak melakukan kampanye "
        "sebelum masa kampanye dimulai meskipun telah ditetapkan sebagai daftar calon tetap.",
        gazetteer=indonesia,
    )
    assert warning.kind == "threat"
    after_a_clash = analyze(
        "Polisi mengimbau warga menahan diri setelah bentrok antarpendukung di depan kantor "
        "KPU Kabupaten Serang, dua sepeda motor dibakar.",
        gazetteer=indonesia,
    )
    assert after_a_clash.kind == "incident"


def test_two_peoples_fighting_is_an_ethnic_quarrel(indonesia: Gazetteer) -> None:
    reading = analyze(
        "Dua suku di Distrik Kwamki Lama, Mimika, saling serang dengan busur panah; kedua "
        "suku baru berhenti setelah polisi datang.",
        gazetteer=indonesia,
    )
    assert "sara_identity_religion" in reading.categories


def test_training_the_polls_officers_is_routine_news(indonesia: Gazetteer) -> None:
    training = analyze(
        "KPU Kota Kediri menggelar bimbingan teknis untuk Panitia Pemungutan Suara selama dua "
        "hari di Jalan Hayam Wuruk. Hari pertama membahas tugas setiap divisi, hari kedua "
        "khusus pemungutan dan penghitungan suara di TPS karena ada regulasi baru bagi KPPS. "
        "Ketua KPU mengatakan pelatihan ini penting agar petugas memahami aturan pemungutan "
        "suara, termasuk pemantauan distribusi dari gudang KPU ke TPS dengan aplikasi, dan "
        "agar setiap anggota KPPS bekerja cermat, jujur dan tertib pada hari pencoblosan. "
        "Peserta bimtek terdiri atas 15 anggota PPK, enam tenaga pendukung dan 138 anggota PPS. "
        "Materi disampaikan oleh komisioner dan staf sekretariat KPU secara bergantian.",
        gazetteer=indonesia,
    )
    assert (training.kind, training.categories) == ("none", [])


def test_a_poll_worker_lost_to_exhaustion_is_no_conflict(indonesia: Gazetteer) -> None:
    reading = analyze(
        "Seorang anggota KPPS di Pasar Kemis, Kabupaten Tangerang, meninggal dunia setelah "
        "tidak sadarkan diri saat penghitungan suara, Kamis malam. Ia pingsan dan dibawa ke "
        "klinik terdekat oleh petugas medis. Menurut kepala puskesmas, ia diduga mengalami "
        "kelelahan, dan keluarga menyebut ia punya riwayat tekanan darah tinggi. Kondisinya "
        "memburuk meski sudah mendapat pertolongan pertama. Pemerintah kabupaten masih "
        "mendalami kematian petugas itu dan akan memberikan santunan kepada keluarganya, "
        "sementara penghitungan suara di TPS tersebut dilanjutkan oleh anggota KPPS lain. "
        "Petugas itu berusia 52 tahun dan baru pertama kali bertugas sebagai anggota KPPS.",
        gazetteer=indonesia,
    )
    assert (reading.kind, reading.categories, reading.severity) == ("none", [], 0)


def test_a_story_that_leads_with_arrests_reports_them_not_the_plans(
    indonesia: Gazetteer,
) -> None:
    story = (
        "Densus 88 menangkap 13 terduga teroris di sejumlah daerah menjelang pilkada. "
        "Menurut polisi, mereka berencana menyerang aparat yang mengamankan pemungutan "
        "suara dan hendak menggagalkan pemilihan. Kelompok itu akan beraksi bila ada "
        "kesempatan. Polisi mengimbau masyarakat tidak khawatir datang ke TPS karena "
        "pengamanan akan diperketat dan ancaman terus dipantau menjelang hari pemungutan. "
        "Barang bukti berupa senjata tajam dan bahan kimia disita dari rumah mereka."
    )
    assert analyze(story, gazetteer=indonesia).kind == "incident"
    threat = "Warga mengancam akan menghakimi pencuri yang sudah ditangkap, mohon polisi datang"
    assert analyze(threat, gazetteer=indonesia).kind == "threat"


def test_trouble_found_in_the_lead_is_reported_whatever_the_story_explains(
    indonesia: Gazetteer,
) -> None:
    story = (
        "5.762 DPT Ganda Ditemukan di Tangerang Selatan\n"
        "Ketua Bawaslu mengatakan penyebabnya kesamaan identitas di dua wilayah dan NIK. "
        "Petugas mencatat pemilih yang sudah pindah di dua tempat sekaligus, sehingga "
        "namanya dobel. KPU akan kembali menyisir DPT bulan depan. Penduduk yang memiliki "
        "e-KTP tetapi belum masuk DPT masih bisa memilih dengan menunjukkan e-KTP di TPS, "
        "ujar dia. Pokoknya kami pastikan warga memilih pada hari pemungutan suara. "
        "Bawaslu bersama KPU menghapus data pemilih apabila ada kesamaan nama, tanggal "
        "lahir dan alamat, lalu meminta Dukcapil setempat membantu mengantisipasi identitas ganda."
    )
    reading = read_story(story, indonesia)
    assert (reading.kind, reading.categories) == ("incident", ["voter_list_problem"])


def test_a_crowd_not_satisfied_with_the_result_disputes_it(indonesia: Gazetteer) -> None:
    text = "Massa yang tidak puas dengan hasil pilkades menyerang kantor desa"
    assert "election_result_dispute" in analyze(text, gazetteer=indonesia).categories
    for said in ("tidak puas dengan hasil", "tak puas hasil", "tak puas atas hasil"):
        assert "election_result_dispute" in default_index().scan(f" {said} ")["category"]


def test_the_count_s_spoilt_and_unused_ballots_are_no_logistics_problem() -> None:
    tallied = category_evidence(
        "Dari 198 surat suara yang terpakai yang rusak 7 surat suara. Sedangkan untuk surat "
        "suara yang tidak terpakai sebanyak 97."
    )
    assert tallied.get("election_logistics", 0.0) < CATEGORY_THRESHOLD


def test_students_in_two_camps_at_a_protest_are_no_brawl(indonesia: Gazetteer) -> None:
    rallies = analyze(
        "Dua kelompok mahasiswa melakukan aksi unjuk rasa bergantian di kantor penghubung "
        "pemerintah provinsi, yang pro maupun kontra terkait dugaan pencemaran sungai.",
        gazetteer=indonesia,
    )
    assert "alcohol_drugs_brawl" not in rallies.categories
    fight = analyze(
        "Dua kelompok mahasiswa terlibat bentrok di kampus, saling lempar batu.",
        gazetteer=indonesia,
    )
    assert "alcohol_drugs_brawl" in fight.categories


def test_an_integrity_pact_said_broken_is_no_meeting(indonesia: Gazetteer) -> None:
    refused = (
        "Diduga Langgar Pakta Integritas, Dua Calon Kepala Desa Tolak Hasil Rekapitulasi\n"
        "Pasca pemilihan, dua calon kepala desa menolak rekapitulasi hasil pemilihan yang "
        "digelar akhir bulan lalu. Kedua calon mengajukan surat penolakan hasil rekapitulasi "
        "kepada camat. Salah satunya mengatakan bersama calon lain tidak menerima hasil "
        "rekapitulasi penghitungan suara. Ia menduga salah satu calon melanggar pakta "
        "integritas yang sudah disepakati bersama, yakni tidak akan melakukan politik uang "
        "dan tidak memengaruhi pemilih dengan memberikan sejumlah uang. Camat membenarkan "
        "ada surat masuk dan akan menyerahkannya kepada pihak yang berkompeten."
    )
    assert read_story(refused, indonesia).kind == "incident"


def test_a_recount_or_a_new_vote_demanded_disputes_the_result() -> None:
    for said in (
        "massa minta dihitung ulang perolehan suara tersebut",
        "keluarga calon kades tidak mau menerima hasil akhir pilkades",
        "warga tuntut pemilihan ulang pilkades",
    ):
        assert "election_result_dispute" in default_index().scan(f" {said} ")["category"]


def test_a_crowd_refusing_both_the_vote_and_its_result_disputes_it(indonesia: Gazetteer) -> None:
    story = (
        "KPU Tetap Tetapkan Pemenang Pilwali di Tengah Kontroversi\n"
        "KPU kota tetap menetapkan pasangan calon tunggal sebagai pemenang pemilihan wali "
        "kota, Senin. Sehari sebelumnya, massa menggeruduk kantor DPRD dan menuntut dewan "
        "menolak pelaksanaan dan hasil pilwali 2024 yang dianggap bertentangan dengan "
        "demokrasi, karena pasangan calon tunggal tidak dilawankan dengan kotak kosong. "
        "Suara pemilih yang mencoblos gambar pasangan yang sudah dianulir dinyatakan tidak "
        "sah, dan seorang pakar hukum tata negara menyatakan akan menggugat ke MK. Warganet "
        "ramai menanggapi penetapan itu, dan penyelenggara diminta menjelaskan dasar hukumnya."
    )
    assert "election_result_dispute" in read_story(story, indonesia).categories


def test_an_election_deadlocked_or_its_recap_protested_is_disputed() -> None:
    for said in (
        "protes atas keputusan menyerahkan penyelesaian kemelut pemilihan gubernur ke dprd",
        "massa pendukung cagub tidak terima dengan hasil pleno rekapitulasi",
        "bentrok dengan polisi karena memprotes rekapitulasi kpud",
    ):
        assert "election_result_dispute" in default_index().scan(f" {said} ")["category"]


def test_a_crowd_blockading_an_airport_over_an_election_dispute_protests_it() -> None:
    said = " usai memblokade bandara babullah massa menuntut sengketa pemilihan gubernur diusut "
    found = default_index().scan(said)["category"]
    assert "demonstration" in found and "election_result_dispute" in found


def test_what_a_hoax_claims_about_ballots_is_its_subject_not_an_event(
    indonesia: Gazetteer,
) -> None:
    text = (
        "Polisi menangkap seorang guru yang menyebar hoaks tujuh kontainer surat suara "
        "tercoblos lewat akun Twitter. Hoaks surat suara itu sempat viral di media sosial."
    )
    assert analyze(text, gazetteer=indonesia).categories == ["hoax_hate_speech"]


def test_a_house_of_worship_in_a_campaign_rule_is_a_venue_not_identity_tension(
    indonesia: Gazetteer,
) -> None:
    rule = (
        "Bawaslu menemukan alat peraga kampanye dipasang di kawasan sekolah dan tempat "
        "ibadah. Kampanye di tempat ibadah dilarang."
    )
    assert analyze(rule, gazetteer=indonesia).categories == ["election_campaign_violation"]
    tension = "Warga menolak pembangunan tempat ibadah, spanduk penolakan dipasang di tempat ibadah"
    assert "sara_identity_religion" in analyze(tension, gazetteer=indonesia).categories


def test_what_is_prone_to_conflict_has_not_happened(indonesia: Gazetteer) -> None:
    story = (
        "Batas Desa di Kecamatan Sandai Belum Jelas, Rentan Timbulkan Konflik\n"
        "KETAPANG - Tapal batas desa yang tidak jelas rentan memicu perselisihan antarwarga "
        "di Kecamatan Sandai, Kabupaten Ketapang. Warga desa perbatasan mengatakan masalah "
        "ini sudah berlangsung bertahun-tahun tanpa keputusan "
        "pemerintah daerah, sehingga banyak warga merasa dirugikan. Seorang warga lain "
        "menyebut aturan penetapan batas desa sebenarnya sudah jelas dan meminta pemerintah "
        "kabupaten segera menuntaskannya agar sengketa lahan tidak berlarut."
    )
    assert analyze(story, gazetteer=indonesia).kind == "threat"


def test_police_holding_tight_is_no_meeting(indonesia: Gazetteer) -> None:
    story = (
        "Diteriaki dan Dilempari Batu oleh Massa Aksi, Polisi Tetap Rapat Menjaga Bawaslu\n"
        "JAKARTA - Massa aksi masih memenuhi sekitar gedung Bawaslu. Mereka bernyanyi "
        "setelah sempat melempari polisi dengan botol dan batu. Polisi membentuk barikade "
        "yang menutup jalan menuju gedung dari empat sisi dengan tameng dan tongkat. Massa "
        "disingkirkan ke samping gedung dan tidak boleh mendekat. Mereka meneriaki polisi "
        "dan menyanyikan yel-yel. Sebagian massa masih di bawah umur. Mereka sempat ricuh "
        "dengan melempar polisi menggunakan batu pada pagi hari, sebelum situasi kembali "
        "kondusif menjelang siang dan arus lalu lintas di sekitar gedung dibuka kembali."
    )
    assert read_story(story, indonesia).kind == "incident"


def test_demanding_the_winner_be_disqualified_for_fraud_disputes_the_result(
    indonesia: Gazetteer,
) -> None:
    text = (
        "Massa pendukung paslon nomor 3 berunjuk rasa di kantor Panwaslu, mendesak "
        "Panwaslu mendiskualifikasi paslon nomor 2 karena diduga melakukan kecurangan."
    )
    assert "election_result_dispute" in analyze(text, gazetteer=indonesia).categories


def test_intimidating_the_count_s_officers_is_unrest_and_the_vote_s_words_alone_are_not(
    indonesia: Gazetteer,
) -> None:
    threatened = (
        "Ketua PPK mengalami intimidasi lewat telepon selama penghitungan suara. Penelepon "
        "mengancam mengetahui rumah para petugas. Intimidasi itu dilaporkan ke polisi."
    )
    assert "polling_station_unrest" in analyze(threatened, gazetteer=indonesia).categories
    from siaga.analysis.pipeline import CATEGORY_THRESHOLD, _scores

    counted = " anggota kpps meninggal setelah pemungutan suara anggota kpps kelelahan "
    found = default_index().scan(f"{counted}pemungutan suara")["category"]
    scores, _ = _scores(found, "category")
    assert scores["polling_station_unrest"] < CATEGORY_THRESHOLD


def test_a_victim_hacked_until_he_died_and_one_splashed_with_acid_are_counted() -> None:

    assert casualties("Tiga pelaku membacok J hingga meregang nyawa.")["dead"] == 1
    assert casualties("Wajah Novel disiram air keras oleh orang tak dikenal.")["injured"] == 1
    assert casualties("Pelaku mengancam akan menyiram air keras.")["injured"] is None


def test_maltreating_a_person_is_violent_crime(indonesia: Gazetteer) -> None:
    beating = "Adik caleg nekat menganiaya seorang warga dengan pistol"
    assert "criminal_violence" in analyze(beating, gazetteer=indonesia).categories
    assert "criminal_violence" in default_index().scan(" nekat menganiaya warga ")["category"]


def test_a_blockade_over_land_compensation_is_a_land_dispute_not_a_result_dispute(
    indonesia: Gazetteer,
) -> None:
    text = (
        "Warga memblokir jalan tambang menuntut ganti rugi lahan. Perusahaan mengajukan "
        "gugatan ke PTUN soal kepemilikan lahan, dan gugatan itu masih berproses."
    )
    categories = analyze(text, gazetteer=indonesia).categories
    assert "land_boundary_dispute" in categories
    assert "election_result_dispute" not in categories


def test_a_rally_named_among_campaign_methods_is_no_meeting(indonesia: Gazetteer) -> None:
    story = (
        "Ketahuan ASN Like Postingan Paslon, Sanksi Netralitas Dijatuhkan\n"
        "BANJARMASIN - ASN yang ketahuan memberi like pada postingan pasangan calon di media "
        "sosial akan diberi sanksi netralitas, kata Ketua Bawaslu provinsi. Tim sukses juga "
        "tidak boleh melibatkan ASN, TNI dan Polri saat berkampanye. Metode kampanye yang "
        "dilarang di masa pandemi antara lain rapat umum, sedangkan pertemuan terbatas harus "
        "memakai protokol kesehatan. Iklan paslon di media massa baru boleh 14 hari sebelum "
        "masa tenang, dan media yang melanggar akan diberi sanksi setelah Bawaslu "
        "berkoordinasi dengan Dewan Pers, ujarnya kepada wartawan di kantornya."
    )
    assert read_story(story, indonesia).kind == "threat"


def test_intolerance_is_identity_tension_and_a_civil_servant_outside_an_election_is_no_neutrality(
    indonesia: Gazetteer,
) -> None:
    text = (
        "Seorang aparatur sipil negara diduga membubarkan ibadah jemaat gereja di rumah "
        "warga. Dugaan intoleransi itu dilaporkan ke polisi."
    )
    categories = analyze(text, gazetteer=indonesia).categories
    assert "sara_identity_religion" in categories
    assert not {"terrorism_radicalism", "asn_neutrality"} & set(categories)


def test_a_death_named_as_a_noun_is_counted() -> None:

    assert casualties("Insiden itu dipicu tewasnya warga Buyut Udik.")["dead"] == 1


def test_an_attack_on_a_village_alone_is_a_clash_not_a_crime(indonesia: Gazetteer) -> None:
    story = (
        "Bentrok di Lampung Tengah, 13 Rumah Dibakar\n"
        "BANDAR LAMPUNG - Sudah 13 rumah dibakar saat warga Kampung Buyut Udik menyerang "
        "Kampung Kesumadadi di Kabupaten Lampung Tengah. Pemerintah kabupaten telah "
        "mengungsikan warga Kesumadadi sebelum aksi penyerangan itu. Aparat Polres dan TNI "
        "dibantu Brimob sudah berada di lokasi dan memblokade akses masuk kedua kampung untuk "
        "mengantisipasi serangan balik. Kondisi di lokasi masih dijaga ketat aparat, dan "
        "pengungsi belum berani pulang karena khawatir ada serangan lanjutan dari kampung lain. "
        "Polisi masih menyelidiki siapa pemicu bentrokan kedua kampung itu, Jumat. Hingga "
        "malam hari sejumlah personel gabungan masih berjaga di jalan masuk kedua kampung."
    )
    assert read_story(story, indonesia).categories == ["other"]
    land = "Warga dua dusun bentrok dan membakar rumah, dipicu perebutan lahan perladangan"
    assert "land_boundary_dispute" in analyze(land, gazetteer=indonesia).categories
    insult = "Polda menangani kasus penghinaan suku yang diunggah akun palsu di media sosial"
    assert "sara_identity_religion" in analyze(insult, gazetteer=indonesia).categories


def test_a_national_rakor_on_clashes_and_rejected_results_carries_those_risks(
    indonesia: Gazetteer,
) -> None:
    text = (
        "Rakornas tim terpadu penanganan konflik sosial membahas potensi gesekan antar "
        "massa pendukung pasangan calon pilkada dan penolakan terhadap hasil penghitungan "
        "suara oleh pihak yang tak puas atas hasil pilkada."
    )
    reading = analyze(text, gazetteer=indonesia)
    assert reading.kind == "meeting"
    assert {"supporters_clash", "election_result_dispute"} <= set(reading.categories)


class GuessingModel(Model):
    """A model that has never seen a wording like the text's, as in cross-validation:
    it guesses a land dispute, faintly, and reads a signal."""

    def __init__(self) -> None:
        pass

    def predict(
        self, text: str, reading: str | None = None
    ) -> tuple[dict[str, float], dict[str, float]]:
        return {"land_boundary_dispute": 0.25}, {"threat": 0.7, "incident": 0.2, "none": 0.05}


def kind_evidence(text: str) -> dict[str, float]:
    """The cue evidence for each kind, before the model votes."""
    from siaga.analysis.pipeline import _kind_scores

    reading = expand_shorthand(fold(text).text)
    index = default_index()
    scores, _ = _kind_scores(reading, index.scan(reading).get("kind", {}), index)
    return scores


def category_evidence(text: str) -> dict[str, float]:
    from siaga.analysis.pipeline import _scores

    scores, _ = _scores(default_index().scan(f" {fold(text).text} ")["category"], "category")
    return scores


def test_a_refusal_is_an_act_done_unless_a_condition_governs_it() -> None:
    refused = kind_evidence("saksi paslon 4 tdk mau tanda tangan berita acara, minta hitung ulang")
    assert refused["incident"] > refused.get("threat", 0.0)
    from siaga.analysis.pipeline import _refusals

    assert _refusals(" kalau tidak mau tanda tangan saksi akan dilaporkan ") == 0.0


def test_money_handed_out_in_plain_words_is_an_act_whatever_is_promised_next() -> None:
    paid = kind_evidence("warga diberi uang transport utk hadir, dijanjikan tambah kalau menang")
    assert paid["incident"] > paid["threat"]


def test_what_was_done_to_someone_before_is_no_act_of_the_event() -> None:
    evidence = kind_evidence("warga mengancam akan menghakimi terduga pencuri yang sudah ditangkap")
    assert evidence.get("incident", 0.0) == 0.0 < evidence["threat"]


def test_a_call_to_act_found_warns_of_the_act_it_calls_for() -> None:
    call = kind_evidence("Selebaran ajakan jihad ditemukan di masjid desa")
    assert call.get("incident", 0.0) == 0.0 < call["threat"]
    assert kind_evidence("Selebaran provokatif ditemukan di masjid desa")["incident"] > 0
    rally = "Terjadi kampanye ilegal di balai desa, ketua tim mengajak hadirin berdiri"
    assert kind_evidence(rally)["incident"] > 0  # what happened, not what was found


def test_an_all_clear_gets_no_category_from_the_model_s_guesswork(indonesia: Gazetteer) -> None:
    calm = "Situasi di Desa Takmung aman terkendali, warga beraktivitas seperti biasa"
    assert analyze(calm, gazetteer=indonesia, model=GuessingModel()).kind == "none"
    tense = "Situasi di Desa Takmung mulai memanas, warga berjaga di batas desa"
    assert analyze(tense, gazetteer=indonesia, model=GuessingModel()).kind == "threat"


def test_ballots_named_beside_what_went_wrong_are_a_logistics_problem(
    indonesia: Gazetteer,
) -> None:
    swapped = "Surat suara Desa Takmung tertukar dengan dapil sebelah, ketahuan saat dibuka"
    reading = analyze(swapped, gazetteer=indonesia, model=GuessingModel())
    assert reading.categories == ["election_logistics"]
    assert "tertukar" in reading.cues["categories"]["election_logistics"]
    about = "Sebanyak kurang lebih 1.200 kotak suara dikirim ke Nusa Penida dengan pengawalan"
    assert "trouble" not in analyze(about, gazetteer=indonesia).cues["flags"]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Puluhan sopir memblokade jalan utama menuntut penertiban ojek", "demonstration"),
        ("muncul ancaman bom terhadap kantor KPU di media sosial", "terrorism_radicalism"),
        ("warga hendak menghakimi pelaku pencurian ternak", "criminal_violence"),
        ("Paslon 2 menggugat hasil pilkada ke Mahkamah Konstitusi", "election_result_dispute"),
        ("Konflik antarnelayan soal jaring trawl kembali memanas", "land_boundary_dispute"),
        ("Caleg gagal itu menarik kembali bantuan aspal dari warga", "money_politics"),
        ("Kades membagi-bagikan sarung dan foto caleg kepada warga", "money_politics"),
        ("Kantor distrik dipalang warga yang menuntut ganti rugi", "demonstration"),
        ("Warga merusak rumah pasutri yang dituduh dukun santet", "criminal_violence"),
        ("Seorang warga ketahuan mencoblos dua kali di TPS 5", "polling_station_unrest"),
        ("Menyesatkan: warga memviralkan video surat suara tercoblos", "hoax_hate_speech"),
        ("Masih ada warga yang belum masuk DPT di desa itu", "voter_list_problem"),
        ("Puluhan warga mendatangi kantor MDA menuntut kejelasan", "demonstration"),
        ("Tapal batas desa adat kembali dipersoalkan warga", "adat_customary_dispute"),
        ("Ribuan mahasiswa menyuarakan aspirasi di gedung DPRD", "demonstration"),
    ],
)
def test_blockades_bomb_threats_mob_justice_suits_fishing_grounds_and_gifts_taken_back_are_named(
    text: str, category: str
) -> None:
    assert category_evidence(text)[category] >= CATEGORY_THRESHOLD


def test_a_mediation_held_in_the_lead_is_a_meeting(indonesia: Gazetteer) -> None:
    story = (
        "BADUNG - Mediasi dilakukan terhadap dua kelompok pemuda di Mapolsek Mengwi setelah "
        "keduanya terlibat kesalahpahaman yang dipicu minuman beralkohol di Kelurahan Kapal. "
        "Keributan terjadi Sabtu malam ketika seorang pemuda menantang warga berkelahi, dan "
        "warga membunyikan kentongan sehingga banyak orang berdatangan. Kapolsek mengatakan "
        "kedua pihak akhirnya menyelesaikan persoalan secara kekeluargaan, berdamai dan "
        "membuat surat pernyataan tidak akan mengulanginya. Kepala lingkungan dan "
        "Bhabinkamtibmas diminta terus memantau situasi di lingkungan balai banjar itu agar "
        "warga tetap tenang dan tidak mudah terpancing."
    )
    assert read_story(story, indonesia).kind == "meeting"


def test_a_meeting_cited_as_the_ground_of_an_act_is_not_the_event() -> None:
    sealed = kind_evidence(
        "Penyegelan dilakukan berdasarkan kesepakatan dalam pertemuan Badan Koordinasi "
        "Pengawas Aliran Kepercayaan, untuk mencegah bentrokan dengan warga."
    )
    assert sealed.get("meeting", 0.0) < 1.0
    assert sealed["threat"] > 0  # the precaution speaks of the risk


def test_a_mob_persecuting_worshippers_is_identity_tension_before_crime() -> None:
    evidence = category_evidence("Jemaah bertahan di dalam masjid menghindari persekusi massa")
    assert evidence["sara_identity_religion"] >= CATEGORY_THRESHOLD
    assert evidence.get("criminal_violence", 0.0) < CATEGORY_THRESHOLD


def test_taking_back_what_was_given_is_an_act() -> None:
    taken = kind_evidence("Kecewa suaranya sedikit, caleg itu menarik kembali bantuan genset")
    assert taken["incident"] > taken.get("threat", 0.0)


FOLDING = (
    "Proses pelipatan dijadwalkan berlangsung selama empat hari dengan melibatkan 250 "
    "pekerja yang dibagi dalam 25 kelompok. Setiap pekerja melipat surat suara satu per "
    "satu agar tidak terjadi pelipatan ganda. Bawaslu mengawasi ketat untuk memastikan "
    "tidak ada surat suara yang rusak, robek, atau berlubang, karena surat suara dicetak "
    "massal oleh mesin. Surat suara rusak harus dilaporkan ke KPU RI untuk diganti. "
    "Setelah pelipatan rampung, surat suara dikemas dan disimpan di gudang sampai hari "
    "distribusi ke kecamatan."
)


def test_ballots_folded_in_the_warehouse_are_a_chore_unless_the_lead_tells_trouble(
    indonesia: Gazetteer,
) -> None:
    chore = (
        "KEDIRI - KPU Kabupaten Kediri memulai proses pelipatan surat suara untuk Pilkada "
        "2024 di gudang logistik KPU, Senin. Sebanyak 1.287.433 lembar surat suara telah "
        "tiba di gudang. " + FOLDING
    )
    assert read_story(chore, indonesia).kind == "none"
    found = (
        "KEDIRI - Ribuan surat suara rusak ditemukan saat pelipatan surat suara di gudang "
        "logistik KPU Kabupaten Kediri, Senin. " + FOLDING
    )
    reading = analyze(found, gazetteer=indonesia)
    assert (reading.kind, reading.categories) == ("incident", ["election_logistics"])


def test_a_petrol_bomb_thrown_at_a_house_is_violent_crime_not_terrorism() -> None:
    evidence = category_evidence("Teror: rumah caleg dilempar bom molotov orang tak dikenal")
    assert evidence["criminal_violence"] >= CATEGORY_THRESHOLD
    assert evidence.get("terrorism_radicalism", 0.0) < CATEGORY_THRESHOLD
    eviction = category_evidence("Polisi dilempari bom molotov warga saat eksekusi lahan")
    assert eviction.get("criminal_violence", 0.0) < CATEGORY_THRESHOLD
    assert eviction["land_boundary_dispute"] >= CATEGORY_THRESHOLD


def test_polling_stations_mapped_as_prone_are_a_risk_of_unrest_at_the_polls(
    indonesia: Gazetteer,
) -> None:
    mapped = (
        "Polres Buleleng mengidentifikasi 381 TPS di Kabupaten Buleleng yang rawan terjadi "
        "konflik pada Pilkada, antara lain TPS yang pernah terjadi konflik masyarakat."
    )
    reading = analyze(mapped, gazetteer=indonesia, model=GuessingModel())
    assert (reading.kind, reading.categories) == ("threat", ["polling_station_unrest"])
    watched = (
        "Bawaslu akan memantau ke TPS yang ada di Nusa Penida untuk memastikan tidak ada "
        "kendala. Potensi kerawanan di pelabuhan juga diantisipasi aparat gabungan."
    )
    guessed = analyze(watched, gazetteer=indonesia, model=GuessingModel())
    assert "polling_station_unrest" not in guessed.categories


def test_a_peace_declaration_between_two_villages_is_a_meeting_about_their_quarrel(
    indonesia: Gazetteer,
) -> None:
    story = (
        "JAILOLO - Pertikaian warga Desa Payo dan Desa Bobanehena di Kecamatan Jailolo, "
        "Halmahera Barat, akhirnya berakhir. Proses perdamaian dirangkai dengan deklarasi "
        "damai kedua desa yang disaksikan Bupati di perbatasan desa, Sabtu. Deklarasi diawali "
        "pembacaan dan penandatanganan oleh perwakilan kedua desa, disaksikan tokoh agama, "
        "tokoh adat, sekdes dan tokoh pemuda. Kedua desa berjanji menjaga persatuan dan "
        "kekeluargaan, dan jika kelak ada perselisihan, pelakunya dilaporkan kepada pihak "
        "berwajib untuk diproses sesuai peraturan perundang-undangan yang berlaku. Camat "
        "meminta warga kedua desa kembali beraktivitas di kebun masing-masing."
    )
    reading = read_story(story, indonesia, model=GuessingModel())
    assert (reading.kind, reading.categories) == ("meeting", ["other"])


def test_a_workshop_of_the_team_is_a_meeting() -> None:
    assert kind_evidence("Kesbangpol menggelar workshop penanganan konflik sosial")["meeting"] > 0


def test_hateful_banners_taken_down_had_been_hung(indonesia: Gazetteer) -> None:
    banners = "Spanduk bernada SARA yang dikhawatirkan mengganggu pilkada dicopot petugas"
    assert analyze(banners, gazetteer=indonesia, model=GuessingModel()).kind == "incident"


def test_a_number_that_names_a_candidate_or_a_tps_counts_nobody() -> None:

    died = "Calon kepala desa nomor urut 3 ini meninggal sehari setelah kampanye terbuka."
    assert casualties(died) == {"injured": None, "dead": None}
    assert casualties("Di TPS 5 dua orang tewas dan 3 warga luka.") == {"injured": 3, "dead": 2}


def test_a_village_election_clash_between_campaign_teams_is_a_supporters_clash(
    indonesia: Gazetteer,
) -> None:
    evidence = category_evidence("Pilkades di Desa Krajanbogo sempat ricuh antartimses")
    assert evidence["supporters_clash"] >= CATEGORY_THRESHOLD
    scuffle = category_evidence("Pilkades: kedua kubu sempat adu fisik di lokasi pemilihan")
    assert scuffle["supporters_clash"] >= CATEGORY_THRESHOLD
    fans = analyze("Kedua kubu suporter sempat adu fisik usai laga", gazetteer=indonesia)
    assert "supporters_clash" not in fans.categories


def test_football_fans_clashing_are_no_election_supporters(indonesia: Gazetteer) -> None:
    match = (
        "YOGYAKARTA - Laga lanjutan liga antara dua klub di Stadion Mandala Krida diwarnai "
        "kerusuhan antar pendukung. Pendukung tuan rumah dan massa pendukung tim tamu saling "
        "lempar batu dan botol di tribun selatan hingga polisi turun tangan melerai. Belasan "
        "penonton dirawat karena luka terkena lemparan batu, dan pertandingan sempat dihentikan "
        "beberapa menit sebelum dilanjutkan dengan pengawalan ketat aparat kepolisian."
    )
    reading = analyze(match, gazetteer=indonesia)
    assert reading.kind == "incident"
    assert not set(reading.categories) & {"supporters_clash", "polling_station_unrest"}
    rally = match.replace("Laga lanjutan liga antara dua klub", "Kampanye akbar pilkada")
    assert "supporters_clash" in analyze(rally, gazetteer=indonesia).categories


def test_the_police_s_stock_appeal_not_to_be_provoked_names_no_provocation() -> None:
    appeal = "Polisi mengimbau masyarakat tetap tenang dan tidak terpancing provokasi"
    # Not even the faint cue a whole story falls back on when nothing else fires.
    assert category_evidence(appeal).get("hoax_hate_speech", 0.0) <= 0.0
    assert category_evidence("Akun itu menyebar provokasi")["hoax_hate_speech"] > 0


def test_a_terror_suspect_shot_for_fighting_arrest_is_no_violent_crime() -> None:
    raid = "Densus 88 menyergap terduga teroris; dua ditembak mati karena melawan petugas"
    evidence = category_evidence(raid)
    assert evidence.get("criminal_violence", 0.0) < CATEGORY_THRESHOLD
    assert evidence["terrorism_radicalism"] >= CATEGORY_THRESHOLD
    assert category_evidence("Seorang pedagang ditembak orang tak dikenal")["criminal_violence"] > 0


def test_villages_mapped_as_prone_to_conflict_in_a_village_election_are_a_risk_of_clashes(
    indonesia: Gazetteer,
) -> None:
    for mapped in (
        "Polres memetakan 15 desa dari 273 desa yang rawan konflik antara kandidat maupun "
        "pendukung saat pelaksanaan Pilkades. Personel pengamanan akan ditambah.",
        # Spots, not villages, said prone.
        "Polresta telah memetakan sejumlah lokasi rawan konflik pada pemilihan kepala desa "
        "serentak bulan depan. Intelijen dikerahkan memantau desa-desa itu.",
    ):
        reading = analyze(mapped, gazetteer=indonesia, model=GuessingModel())
        assert (reading.kind, reading.categories) == ("threat", ["supporters_clash"]), mapped
    # Areas prone to social conflict in general, beside an election named elsewhere.
    social = (
        "Polres mencatat ada tiga daerah rawan yang berpotensi konflik tahun ini. Dalam "
        "kesepakatan ini Polres juga mengundang KPU dan Bawaslu."
    )
    guessed = analyze(social, gazetteer=indonesia, model=GuessingModel())
    assert "supporters_clash" not in guessed.categories


def test_branding_a_candidate_a_communist_is_a_smear() -> None:
    smeared = category_evidence("Baliho caleg itu dicoret dengan tulisan PKI")
    assert smeared["hoax_hate_speech"] >= CATEGORY_THRESHOLD


def test_a_delegation_filing_a_report_at_an_office_does_not_protest() -> None:
    filing = "Tim advokasi mendatangi kantor Bawaslu guna melaporkan perusakan baliho"
    assert category_evidence(filing).get("demonstration", 0.0) <= 0.0
    crowd = "Puluhan warga mendatangi kantor desa menuntut kejelasan"
    assert category_evidence(crowd)["demonstration"] > 0.0


def test_a_temple_priest_named_by_office_is_no_temple_at_odds() -> None:
    quarrel = "Kelian banjar dan pemangku pura digugat warga dalam sengketa adat"
    assert category_evidence(quarrel).get("sara_identity_religion", 0.0) <= 0.0


def test_a_protest_is_named_however_its_words_are_joined() -> None:
    assert category_evidence("Massa berunjukrasa di Gedung KPU")["demonstration"] >= 1.0


def test_an_armed_group_s_supplies_are_no_election_logistics(indonesia: Gazetteer) -> None:
    raid = (
        "KKB menembak mati warga di Distrik Ilaga. KKB biasa menjadikan perkampungan warga "
        "tempat mengumpulkan logistik mereka, dan aparat berjaga agar KKB tidak kembali "
        "mencari logistik di kampung."
    )
    assert "election_logistics" not in analyze(raid, gazetteer=indonesia).categories
    shipped = "Logistik pemilu untuk Distrik Ilaga tertahan karena cuaca"
    assert "election_logistics" in analyze(shipped, gazetteer=indonesia).categories


def test_witnesses_demanding_a_recount_dispute_the_result() -> None:
    demand = category_evidence("Saksi parpol meminta penghitungan ulang suara di PPK")
    assert demand["election_result_dispute"] >= CATEGORY_THRESHOLD


def test_a_protest_at_the_kpu_s_office_disputes_the_election(indonesia: Gazetteer) -> None:
    protest = "Warga berdemo di kantor KPU Puncak Jaya menolak pergantian anggota PPD"
    reading = analyze(protest, gazetteer=indonesia, model=GuessingModel())
    assert {"demonstration", "election_result_dispute"} <= set(reading.categories)
    elsewhere = "Warga berdemo di kantor bupati menolak tambang"
    guessed = analyze(elsewhere, gazetteer=indonesia, model=GuessingModel())
    assert "election_result_dispute" not in guessed.categories


def test_the_dead_still_on_a_voter_list_are_no_casualties() -> None:

    listed = "Bawaslu temukan 4.180 orang meninggal terdaftar sebagai pemilih di DP4."
    assert casualties(listed)["dead"] is None
    still = "Ada dua orang yang sudah meninggal dunia tercantum dalam coklit."
    assert casualties(still)["dead"] is None
    despite = "670 orang yang sudah meninggal dunia tetapi masih terdaftar dalam DPT."
    assert casualties(despite)["dead"] is None
    clash = "Bentrok itu membuat dua orang meninggal dunia dan tercatat lima luka."
    assert casualties(clash) == {"injured": 5, "dead": 2}


def test_banana_trees_planted_in_potholes_are_a_protest() -> None:
    planted = category_evidence("Warga melakukan aksi tanam pohon pisang di jalan rusak")
    assert planted["demonstration"] >= CATEGORY_THRESHOLD


def test_a_village_threatening_to_boycott_the_vote_is_a_signal(indonesia: Gazetteer) -> None:
    boycott = (
        "Warga dua RW mengancam boikot pilkada jika jalan rusak tidak diperbaiki. Sambil "
        "menunggu, warga akan gotong royong menimbun lubang."
    )
    reading = analyze(boycott, gazetteer=indonesia, model=GuessingModel())
    assert (reading.kind, reading.categories) == ("threat", ["other"])
    # "Other" is only for what no named category covers.
    blocked = "Warga memblokade jalan dan mengancam golput sampai pelaku ditangkap"
    blocked_reading = analyze(blocked, gazetteer=indonesia, model=GuessingModel())
    assert blocked_reading.categories == ["demonstration"]


def test_the_police_denying_a_clash_its_ethnic_colour_name_no_identity_tension() -> None:
    from siaga.analysis.pipeline import _drop_denials

    reading = " bentrokan ini bukan antara etnis melainkan persoalan individu "
    found = {"category": {"sara_identity_religion": {"etnis": 1}}}
    _drop_denials(found, reading)
    assert "sara_identity_religion" not in found["category"]
    claimed = {"category": {"sara_identity_religion": {"etnis": 1}}}
    _drop_denials(claimed, " bentrok antar etnis pecah bukan di pasar ")
    assert claimed["category"]["sara_identity_religion"] == {"etnis": 1}
    cleared = {"category": {"election_result_dispute": {"kecurangan": 1}}}
    _drop_denials(cleared, " tidak ada psu karena tidak ada indikasi kecurangan ")
    assert "election_result_dispute" not in cleared["category"]


def test_the_kpu_s_special_incidents_at_a_tps_and_quiet_days_ads_are_named() -> None:
    special = category_evidence("Bawaslu catat kejadian khusus di TPS 2, kejadian khusus di TPS 3")
    assert special["polling_station_unrest"] >= CATEGORY_THRESHOLD
    quiet = category_evidence("Ditemukan pelanggaran saat masa tenang oleh pemasang iklan")
    assert quiet["election_campaign_violation"] >= CATEGORY_THRESHOLD
    assert kind_evidence("Bawaslu menggelar rapat kordinasi pemetaan kerawanan")["meeting"] > 0
    assert (
        category_evidence("Rapat di Kantor Desa Adat Pedungan").get("adat_customary_dispute", 0.0)
        <= 0.0
    )


def test_the_police_guarding_ballots_against_fraud_is_routine(indonesia: Gazetteer) -> None:
    guarded = (
        "Personel kepolisian menjaga ketat logistik pilkada di gudang KPU untuk "
        "mengantisipasi potensi kecurangan. Kapolres rutin mengecek kotak dan surat suara. "
        "Warga diminta tidak membakar sampah di sekitar gudang logistik, dan patroli rutin "
        "terus dilakukan agar penyimpanan logistik pilkada aman hingga hari pemungutan "
        "suara. Kapolres memastikan seluruh logistik dalam kondisi baik dan siap dipakai, "
        "dan personel bergantian berjaga selama dua puluh empat jam di lokasi gudang. "
        "Kamera pengawas dipasang di dalam dan di luar gudang, dan setiap beberapa jam "
        "petugas melaporkan situasi ke posko polres melalui aplikasi yang disiapkan."
    )
    reading = read_story(guarded, indonesia, model=GuessingModel())
    assert (reading.kind, reading.categories) == ("none", [])


def test_provinces_prone_to_conflict_fear_more_than_the_camps_clashes() -> None:
    from siaga.analysis.pipeline import _AREA_PRONE

    assert _AREA_PRONE.search(" 15 desa yang rawan konflik antar pendukung ")
    assert not _AREA_PRONE.search(" lima daerah yang dinilai paling rawan konflik saat pilkada ")


def test_a_peace_pledge_wishes_clashes_away_and_names_its_risks() -> None:
    pledge = category_evidence("Pemilu berjalan damai tanpa ada gesekan yang berbuah perpecahan")
    assert pledge.get("supporters_clash", 0.0) <= 0.0
    named = category_evidence("Tolak politik transaksional, penghasutan dan adu domba")
    assert named["money_politics"] > 0 and named["hoax_hate_speech"] >= CATEGORY_THRESHOLD


def test_an_overseer_s_caseload_tells_violations_found() -> None:
    caseload = kind_evidence("Bawaslu menangani kasus pelanggaran kampanye di masjid")
    assert caseload.get("incident", 0.0) >= 1.0


def test_a_fight_while_the_village_votes_is_unrest_at_the_polls(indonesia: Gazetteer) -> None:
    story = (
        "Pelaksanaan Pemilihan Kepala Desa (Pilkades) di Desa Kembangan, Kecamatan Bonang, "
        "Demak, sempat terjadi kericuhan, Minggu (8/10). Antarpendukung calon kades saling "
        "lempar batu. Kapolsek Bonang mengatakan kericuhan itu hanya berlangsung beberapa "
        "menit karena para pendukung tetap mengenakan atribut yang sudah disepakati untuk "
        "tidak dipakai. Setelah itu petugas langsung bertindak dan situasi kembali kondusif "
        "hingga penghitungan suara selesai dilaksanakan oleh panitia pada sore harinya. "
        "Kapolres meminta warga menahan diri dan tidak mudah terpancing kabar di media "
        "sosial, sementara personel gabungan masih berjaga di sekitar balai desa."
    )
    reading = read_story(story, indonesia, model=GuessingModel())
    assert set(reading.categories) == {"supporters_clash", "polling_station_unrest"}
    calm = category_evidence_with_rules(
        "Pilkades: pemungutan suara berjalan lancar tanpa kericuhan di seluruh desa."
    )
    assert calm.get("polling_station_unrest", 0.0) < CATEGORY_THRESHOLD
    raged = category_evidence_with_rules(
        "Pemilu: video viral pemilih mengamuk di Tempat Pemungutan Suara (TPS) 09."
    )
    assert raged["polling_station_unrest"] >= CATEGORY_THRESHOLD
    tallied = category_evidence_with_rules(
        "Pemilu: rapat pleno rekapitulasi penghitungan suara di kecamatan sempat ricuh."
    )
    assert tallied.get("polling_station_unrest", 0.0) < CATEGORY_THRESHOLD


def category_evidence_with_rules(text: str) -> dict[str, float]:
    """Category evidence after the pattern rules that read whole sentences."""
    from siaga.analysis.pipeline import (
        _a_fight_between_two,
        _a_people_s_name,
        _a_protest_s_crowd_is_no_clash,
        _named_in_a_sentence,
        _no_faith_named,
        _scores,
        _villages_are_no_camps,
    )

    reading = expand_shorthand(fold(text).text)
    found = default_index().scan(reading)
    scores, cues = _scores(found["category"], "category")
    flags = {flag: sorted(phrases) for flag, phrases in found.get("flag", {}).items()}
    _a_protest_s_crowd_is_no_clash(scores, cues, reading)
    _villages_are_no_camps(scores, cues, reading)
    _no_faith_named(scores, cues)
    _a_fight_between_two(scores, cues, reading)
    _named_in_a_sentence(scores, cues, flags, text, reading)
    _a_people_s_name(scores, cues, reading)
    return scores


def test_supporters_massed_at_a_protest_clash_with_no_one() -> None:
    protest = category_evidence_with_rules(
        "Seratus massa pendukung calon kades melakukan unjuk rasa di kantor BPMDes menuntut "
        "pilkades ulang; massa pendukung menilai ada penggelembungan suara."
    )
    assert "supporters_clash" not in protest and protest["demonstration"] >= CATEGORY_THRESHOLD
    clash = category_evidence_with_rules(
        "Massa pendukung berunjuk rasa di kantor KPU lalu bentrok dengan massa pendukung lawan."
    )
    assert clash["supporters_clash"] >= CATEGORY_THRESHOLD


def test_houses_of_worship_go_by_every_name_and_their_caretakers_by_theirs() -> None:
    refused = category_evidence("Puluhan orang berunjuk rasa menentang pembangunan rumah ibadat")
    assert refused["sara_identity_religion"] > 0
    attacked = category_evidence("Massa merusak masjid Ahmadiyah, jemaah Ahmadiyah diungsikan")
    assert attacked["sara_identity_religion"] >= CATEGORY_THRESHOLD
    assert category_evidence("Bentrokan terjadi karena batas tanah")["land_boundary_dispute"] >= 1
    gift = category_evidence(
        "Caleg menarik bantuan kubah masjid; pengurus masjid menggalang dana dari jemaah masjid."
    )
    assert gift.get("sara_identity_religion", 0.0) < CATEGORY_THRESHOLD


def test_an_ormas_s_sympathisers_are_no_campaign_s(indonesia: Gazetteer) -> None:
    story = (
        "Puluhan orang dari dua organisasi massa (ormas) di Kota Bogor diamankan petugas "
        "saat akan terlibat bentrokan. Polisi menyita golok, pisau dan badik dari massa "
        "yang diamankan. Kedua ormas berniat saling sweeping karena salah paham, dan "
        "polisi akan menutup jalur keluar masuk anggota ormas maupun simpatisan dari luar "
        "kota untuk mengantisipasi kejadian serupa. Kapolresta meminta pimpinan kedua "
        "ormas menenangkan anggotanya dan menyerahkan perkara kepada polisi, sementara "
        "patroli di titik kumpul massa terus dilakukan hingga malam. Warga diminta tidak "
        "terpancing kabar yang beredar di media sosial tentang bentrokan susulan."
    )
    reading = read_story(story, indonesia, model=GuessingModel())
    assert "supporters_clash" not in reading.categories
    assert reading.election_stage is None


def test_a_rule_restated_warns_of_its_breach() -> None:
    rule = kind_evidence("Bawaslu menegaskan pendamping desa pun dilarang berkampanye di medsos")
    assert rule.get("threat", 0.0) > rule.get("incident", 0.0)


def test_voters_the_list_could_not_take_are_no_routine_plenary(indonesia: Gazetteer) -> None:
    story = (
        "Lapas Banjarbaru saat ini memiliki warga binaan sebanyak 1.696 orang. Namun "
        "tercatat hanya 833 orang masuk dalam Daftar Pemilih Tetap (DPT) di KPU "
        "Banjarbaru, sehingga separuh warga binaan tidak bisa dimasukkan dalam DPT. Dari "
        "DPT itu, 195 orang berdomisili asli Banjarbaru sesuai KTP-nya, sementara sisanya "
        "ditetapkan berdasarkan hasil rapat pleno KPU. Sebagian warga binaan tidak "
        "memenuhi persyaratan, seperti identitas tidak jelas, dan ada pula warga binaan "
        "baru yang tidak sempat dilakukan perekaman data kependudukan oleh petugas. "
        "Kepala lapas mengaku sudah mengusulkan semua nama kepada KPU sejak awal tahun."
    )
    reading = read_story(story, indonesia, model=GuessingModel())
    assert reading.kind != "none" and "voter_list_problem" in reading.categories


def test_a_crowd_that_burns_an_election_office_over_an_outcome_has_protested() -> None:
    from siaga.analysis.pipeline import _protest_at_an_election_office

    burnt = " massa membakar kantor kpu setelah putusan mk "
    flags = {"target": ["kantor kpu"], "arson": ["membakar"]}
    dispute = ["election_result_dispute"]
    assert "demonstration" in _protest_at_an_election_office(dispute, flags, burnt)
    feared = " massa berencana mengepung kantor kpu saat pleno "
    assert _protest_at_an_election_office(dispute, {"target": ["kantor kpu"]}, feared) == dispute
    barricaded = _protest_at_an_election_office(
        ["demonstration"], {"target": ["kantor ppd"]}, " pemalangan kantor ppd sugapa "
    )
    assert "election_result_dispute" in barricaded


def test_racism_demonstrators_and_banned_nets_name_their_categories() -> None:
    racism = category_evidence("Aksi protes atas dugaan rasisme terhadap mahasiswa Papua")
    assert racism["sara_identity_religion"] >= CATEGORY_THRESHOLD
    crowd = category_evidence("Para demonstran membakar gedung DPRD, demonstran memblokade jalan")
    assert crowd["demonstration"] >= CATEGORY_THRESHOLD
    nets = category_evidence("Nelayan tradisional memprotes kapal cantrang di zona tangkap")
    assert nets["land_boundary_dispute"] >= CATEGORY_THRESHOLD


def test_a_beating_between_banjar_is_their_conflict_not_a_crime_apart() -> None:
    from siaga.analysis.pipeline import _categories

    chosen = _categories(
        {"adat_customary_dispute": 1.2, "criminal_violence": 1.0}, {}, {"incident": 0.9}
    )
    assert chosen == ["adat_customary_dispute"]
    stabbed = _categories({"alcohol_drugs_brawl": 1.2, "criminal_violence": 1.0}, {}, {})
    assert set(stabbed) == {"alcohol_drugs_brawl", "criminal_violence"}


def test_sarong_fights_and_stern_warnings_name_what_they_are() -> None:
    assert category_evidence("Perang sarung pemuda viral")["alcohol_drugs_brawl"] >= 1.0
    warned = kind_evidence("Kapolresta mengeluarkan peringatan keras bagi remaja")
    assert warned.get("threat", 0.0) > warned.get("incident", 0.0)


def test_election_officials_terrorised_are_organisers_intimidated() -> None:
    letter = category_evidence_with_rules(
        "Komisioner KPU Kabupaten Trenggalek menerima surat kaleng berisi ancaman pembunuhan."
    )
    assert letter["polling_station_unrest"] >= CATEGORY_THRESHOLD
    neighbour = category_evidence_with_rules("Rumah warga dilempar bom molotov orang tak dikenal.")
    assert neighbour.get("polling_station_unrest", 0.0) < CATEGORY_THRESHOLD


def test_a_doll_pierced_with_needles_wounds_no_one() -> None:

    doll = "Ditemukan boneka kertas ditusuk jarum dan kembang setaman di halaman kantor."
    assert casualties(doll)["injured"] is None
    assert category_evidence(doll).get("criminal_violence", 0.0) < CATEGORY_THRESHOLD


def test_what_an_event_puts_at_risk_is_told_after_the_event() -> None:
    listed = kind_evidence(
        "Puluhan warga tidak terdaftar dalam DPT sehingga terancam kehilangan hak pilih"
    )
    assert listed.get("threat", 0.0) <= 0.0
    offered = kind_evidence("Warga ditawari Rp50 ribu kalau coblos paslon 2, belum dibagi")
    assert offered["threat"] > offered.get("incident", 0.0)
    pictured = kind_evidence("kepala desa ikut foto bersama paslon 1 pakai seragam dinas")
    assert pictured["incident"] > pictured.get("threat", 0.0)


def test_a_kpps_threatened_by_phone_is_an_organiser_intimidated() -> None:
    threatened = category_evidence_with_rules(
        "Pemilu: KPPS TPS 7 diancam orang tak dikenal via telepon, mereka takut bertugas."
    )
    assert threatened["polling_station_unrest"] >= CATEGORY_THRESHOLD


def test_a_witness_beaten_at_the_count_is_unrest_at_the_polls_not_a_crime_apart() -> None:
    from siaga.analysis.pipeline import _categories

    beaten = category_evidence_with_rules(
        "Calon: saksi paslon dihajar simpatisan saat penghitungan suara di TPS 5."
    )
    assert beaten["polling_station_unrest"] >= CATEGORY_THRESHOLD
    assert _categories({"polling_station_unrest": 1.0, "criminal_violence": 1.2}, {}, {}) == [
        "polling_station_unrest"
    ]
    mugged = category_evidence_with_rules("Calon: warga dipukul perampok di pasar.")
    assert mugged.get("polling_station_unrest", 0.0) < CATEGORY_THRESHOLD


def test_the_wounded_may_be_told_with_a_word_between() -> None:

    assert casualties("Korban mengalami sejumlah luka di bagian wajah.")["injured"] == 1


def test_a_gate_barred_against_a_church_is_a_protest() -> None:
    barred = category_evidence("Warga menutup portal jalan, aksi penolakan ibadah Natal")
    assert barred["demonstration"] >= CATEGORY_THRESHOLD


def test_the_eve_of_vote_deployment_is_routine(indonesia: Gazetteer) -> None:
    parade = (
        "Polres Tuban menggelar apel pergeseran pasukan pengamanan TPS Pilkada 2024 di "
        "Mapolres. Pasukan yang dilibatkan ada 420 personel Polri dan 521 personel TNI. "
        "Personel pengamanan TPS rawan ditempatkan dua orang, TPS kurang rawan satu orang. "
        "Semua personel mulai geser ke tingkat PPS desa agar mengenal wilayah dan TPS "
        "tempat mereka bertugas, serta mengetahui kapan distribusi logistik dari PPS ke "
        "TPS. Kapolres mengimbau personel menjaga netralitas dan segera melapor bila ada "
        "permasalahan sekecil apa pun agar pilkada berjalan aman, lancar dan kondusif. "
        "Apel dihadiri pula unsur Kodim, Linmas dan Satpol PP kabupaten."
    )
    reading = read_story(parade, indonesia, model=GuessingModel())
    assert (reading.kind, reading.categories) == ("none", [])
    shot = parade.replace("Personel pengamanan TPS", "Personel yang ditembaki di TPS")
    assert read_story(shot, indonesia, model=GuessingModel()).kind != "none"


def test_land_held_by_custom_is_a_customary_dispute_and_its_temple_no_faith_at_odds() -> None:
    fenced = category_evidence("Krama memagari lahan yang diklaim palaba pura milik desa adat")
    assert fenced["adat_customary_dispute"] >= CATEGORY_THRESHOLD
    assert fenced.get("sara_identity_religion", 0.0) < CATEGORY_THRESHOLD
    sued = category_evidence("Sengketa tanah Pura Dalem: gugatan atas Pura Dalem dikabulkan")
    assert sued.get("sara_identity_religion", 0.0) < CATEGORY_THRESHOLD
    ulayat = category_evidence("Warga menuntut tanah adat mereka dikembalikan perusahaan")
    assert ulayat.get("adat_customary_dispute", 0.0) < CATEGORY_THRESHOLD


def test_a_delegation_that_says_it_is_no_demonstration_is_none() -> None:
    from siaga.analysis.pipeline import _drop_denials

    said = {"category": {"demonstration": {"demo": 1}}}
    _drop_denials(said, " kami tekankan kami tidak demo kami hanya menyampaikan aspirasi ")
    assert "demonstration" not in said["category"]


def test_a_meeting_that_ended_in_a_riot_is_the_riot() -> None:
    from siaga.analysis.pipeline import _reports_a_meeting

    lead = (
        " rapat adat atau paruman di desa adat jero kuta pejeng berakhir ricuh masyarakat "
        "menolak tanah mereka disertifikasi "
    ) * 6
    assert not _reports_a_meeting(lead, default_index(), {"dead": None, "injured": None})


def test_a_village_election_s_committee_hacked_is_unrest_at_the_polls() -> None:
    hacked = category_evidence_with_rules(
        "Ketua Panitia Pemilihan Kepala Desa (P2KD) Mangga'an menjadi korban pembacokan oleh "
        "bakal calon kades berinisial S saat karnaval di Desa Glisgis."
    )
    assert hacked["polling_station_unrest"] >= CATEGORY_THRESHOLD
    by_a_stranger = category_evidence_with_rules(
        "Seorang guru menjadi korban pembacokan oleh orang tak dikenal saat karnaval."
    )
    assert by_a_stranger.get("polling_station_unrest", 0.0) < CATEGORY_THRESHOLD


def test_one_camp_s_man_attacking_is_a_clash_between_supporters() -> None:
    attacked = category_evidence_with_rules(
        "Pembentukan panitia pilkades berakhir ricuh. Salah satu pendukung A yakni U muncul "
        "dan seketika membacok Mustofa dengan senjata tajam."
    )
    assert attacked["supporters_clash"] >= CATEGORY_THRESHOLD
    outside_an_election = category_evidence_with_rules(
        "Salah satu pendukung klub itu membacok seorang pedagang di depan warung."
    )
    assert outside_an_election.get("supporters_clash", 0.0) < CATEGORY_THRESHOLD


@pytest.mark.parametrize(
    "fight",
    [
        "Tak senang ditegur, kedua tetangga itu perang mulut lalu berkelahi satu lawan satu; "
        "perkelahian itu berujung maut.",
        # Two councillors trading blows in session, the fighters named by their number.
        "Dua anggota DPRD Kota Padang Panjang, Sumatera Barat, terlibat adu jotos saat rapat "
        "paripurna. Perkelahian dua anggota Dewan itu terjadi setelah saling interupsi.",
    ],
)
def test_two_people_fighting_one_on_one_commit_a_crime_not_a_brawl(fight: str) -> None:
    duel = category_evidence_with_rules(fight)
    assert duel["criminal_violence"] >= CATEGORY_THRESHOLD
    assert duel.get("alcohol_drugs_brawl", 0.0) < CATEGORY_THRESHOLD


@pytest.mark.parametrize(
    "brawl",
    [
        "Usai pesta miras, dua pemuda berkelahi satu lawan satu di depan balai banjar.",
        "Perkelahian dua kelompok pemuda pecah di lapangan desa usai pertandingan bola.",
    ],
)
def test_a_fight_of_drinkers_or_of_two_groups_is_still_a_brawl(brawl: str) -> None:
    assert category_evidence_with_rules(brawl)["alcohol_drugs_brawl"] >= CATEGORY_THRESHOLD


def test_students_brawling_over_their_association_s_chair_hold_no_election(
    indonesia: Gazetteer,
) -> None:
    story = (
        "Tak Terima Hasil Pemilihan Ketua Himpunan, Mahasiswa di Makassar Bentrok\n\nDua "
        "kelompok mahasiswa bentrok di depan kampus mereka di Kecamatan Rappocini, Selasa "
        "malam. Menurut Kapolsek, gesekan itu bermula dari pemilihan ketua HMJ: kelompok "
        "yang kalah tidak terima hasilnya. Kedua kelompok saling serang dengan anak panah, "
        "batu dan benda tumpul lainnya, sehingga arus lalu lintas di jalan raya depan kampus "
        "tersendat. Bentrokan baru berhenti setelah polisi dari Polrestabes dan Polsek datang. "
        "Polisi lalu menyisir kampus dan menyita sejumlah anak panah yang dipakai saat "
        "tawuran. Belum ada mahasiswa yang ditetapkan sebagai tersangka."
    )
    reading = read_story(story, indonesia)
    assert (reading.categories, reading.election_stage) == (["alcohol_drugs_brawl"], None)


def test_signs_of_violence_on_a_body_name_a_crime_unless_none_were_found(
    indonesia: Gazetteer,
) -> None:
    story = (
        "Mahasiswa Tingkat Satu Tewas, Polisi Periksa Seniornya\n\nSeorang mahasiswa tingkat "
        "satu sebuah sekolah tinggi pelayaran di Cilincing, Jakarta Utara, meninggal dunia "
        "secara tidak wajar pada Jumat pagi. Kapolres menyebut ada tanda-tanda kekerasan pada "
        "sekitar ulu hati korban. Jenazah dibawa ke RS Polri Kramat Jati untuk diautopsi. "
        "Polisi sudah memeriksa sepuluh orang, sebagian besar senior korban, dan mengamankan "
        "rekaman CCTV dari lokasi kejadian. Pihak kampus menyatakan akan bekerja sama dengan "
        "penyidik dan menyerahkan proses hukum sepenuhnya kepada kepolisian. Keluarga korban "
        "meminta kasus ini diusut tuntas."
    )
    assert read_story(story, indonesia).categories == ["criminal_violence"]
    none_found = story.replace("ada tanda-tanda", "tidak ditemukan tanda-tanda")
    assert "criminal_violence" not in read_story(none_found, indonesia).categories


def test_a_clash_of_silat_schools_ormas_or_villages_is_other_unless_drink_is_said() -> None:
    from siaga.analysis.pipeline import _rival_groups_clash

    silat = {"rivals": ["perguruan silat"]}
    brawl = {"alcohol_drugs_brawl": ["tawuran"], "criminal_violence": ["dikeroyok"]}
    fought = " dua perguruan silat terlibat tawuran seorang dikeroyok "
    assert _rival_groups_clash(list(brawl), brawl, silat, False, fought) == ["other"]
    drunk = {"alcohol_drugs_brawl": ["miras", "tawuran"]}
    assert _rival_groups_clash(list(drunk), drunk, silat, False, fought) == ["alcohol_drugs_brawl"]
    at_a_vote = ["criminal_violence"]
    assert _rival_groups_clash(at_a_vote, {}, silat, True, fought) == at_a_vote


def test_a_death_told_without_a_count_is_one_dead_unless_it_was_averted() -> None:

    assert casualties("Dipicu emosi, perkelahian berujung maut.")["dead"] == 1
    assert casualties("Keluarga mendapati kerabatnya tewas mengenaskan.")["dead"] == 1
    assert casualties("Perkelahian itu nyaris berujung maut.")["dead"] is None


def test_a_village_election_is_not_placed_in_the_national_calendar(
    indonesia: Gazetteer,
) -> None:
    story = (
        "BANGKALAN - Tiga warga dibacok di jalan protokol Bangkalan, Rabu (5/4/2023), setelah "
        "pulang dari aksi unjuk rasa pilkades di kantor dinas. Polisi menyebut ada pertikaian "
        "masalah pilkades di Desa Bator. Pilkades serentak digelar di 149 desa di 17 "
        "kecamatan dan pengamanan diperketat. Warga diminta menahan diri dan tidak terpancing "
        "isu yang beredar selama tahapan berjalan di desa-desa tersebut."
    )
    assert analyze(story, gazetteer=indonesia).election_stage != "voter_registration"
    national = story.replace("pilkades", "pemilu")
    assert analyze(national, gazetteer=indonesia).election_stage == "voter_registration"


def test_grabbing_a_neighbour_s_land_is_a_land_dispute() -> None:
    grabbed = category_evidence("Pelaku dendam karena korban hendak menyerobot tanah orang tuanya")
    assert grabbed["land_boundary_dispute"] >= CATEGORY_THRESHOLD


def test_a_burial_refused_for_the_dead_s_faith_is_identity_tension() -> None:
    refused = category_evidence(
        "Jenazah warga beragama Kristen ditolak karena makam desa adalah pemakaman Muslim, "
        "di sana tidak ada pemakaman non muslim"
    )
    assert refused["sara_identity_religion"] >= CATEGORY_THRESHOLD
    feared = category_evidence("Warga menolak pemakaman jenazah pasien di TPU desa")
    assert feared.get("sara_identity_religion", 0.0) < CATEGORY_THRESHOLD


def test_a_death_at_a_mob_s_hands_counts_though_the_victim_is_named_far_before() -> None:

    lynched = "Seorang lelaki yang diduga hendak mencuri, tewas dibakar massa."
    assert casualties(lynched)["dead"] == 1
    assert casualties("Petugas datang setelah kedua korban tewas.")["dead"] == 2
    assert casualties("Ia diancam akan dibunuh jika melapor.")["dead"] is None
    assert casualties("Pemuda itu nyaris tewas dikeroyok.")["dead"] is None


def test_first_time_voters_taught_at_school_are_no_signal(indonesia: Gazetteer) -> None:
    lesson = (
        "Komisi Pemilihan Umum (KPU) Kabupaten Pekalongan gencar melakukan sosialisasi pemilu "
        "kepada pemilih pemula di sekolah dan pondok pesantren. Komisioner KPU menuturkan "
        "banyak siswa kelas XI-XII yang sudah mempunyai hak pilih pada pemilu mendatang. "
        "Kami minta mereka menggunakan hak pilihnya dan menjadi pemilih cerdas yang "
        "mengetahui visi-misi masing-masing calon, serta mengenali informasi yang benar di "
        "tengah maraknya berita bohong. Pemilih pemula rata-rata sangat antusias datang ke "
        "TPS. Syarat menjadi anggota KPPS sekarang 17 tahun, jadi pemilih pemula bisa ikut "
        "menjadi penyelenggara pemilu di desanya masing-masing tahun depan."
    )
    assert read_story(lesson, indonesia).kind == "none"
    spread = lesson.replace("maraknya berita bohong", "berita bohong yang beredar di grup WA")
    assert read_story(spread, indonesia).kind != "none"


def test_the_right_to_vote_used_is_no_voter_kept_from_the_polls() -> None:
    used = category_evidence("Warga diminta menggunakan hak pilihnya di TPS")
    assert used.get("voter_list_problem", 0.0) < CATEGORY_THRESHOLD
    lost = category_evidence("Sebanyak 405 penghuni lapas tidak bisa menyalurkan hak pilih")
    assert lost["voter_list_problem"] >= CATEGORY_THRESHOLD


def test_what_is_unlikely_has_not_gone_wrong() -> None:
    from siaga.analysis.pipeline import _drop_flag_exceptions

    reading = " kecil kemungkinan ada pemilih yang mendapatkan 5 surat suara "
    flags = {"trouble": ["kemungkinan"]}
    _drop_flag_exceptions(flags, {"flag": {"trouble": {"kemungkinan": 1}}}, reading)
    assert "trouble" not in flags


def test_a_preacher_s_gathering_broken_up_is_identity_tension() -> None:
    broken_up = category_evidence_with_rules(
        "Seperti ramai diberitakan, pengajian ustadz Felix di Universitas Brawijaya Malang "
        "pada Ahad pekan lalu dibubarkan paksa."
    )
    assert broken_up["sara_identity_religion"] >= CATEGORY_THRESHOLD
    dispersed = category_evidence_with_rules(
        "Usai pengajian akbar, massa membubarkan diri dengan tertib."
    )
    assert dispersed.get("sara_identity_religion", 0.0) < CATEGORY_THRESHOLD


def test_turf_fought_over_for_parking_is_no_land_dispute() -> None:
    parking = category_evidence("Bentrokan dua ormas dilatarbelakangi perebutan lahan parkir")
    assert parking.get("land_boundary_dispute", 0.0) < CATEGORY_THRESHOLD


def test_lives_lost_and_deaths_counted_after_the_word_are_deaths() -> None:

    assert casualties("Sebanyak empat nyawa melayang akibat bentrok itu.")["dead"] == 4
    counted_after = "Ia memastikan korban tewas di Jalan Teuku Umar sebanyak 2 orang."
    assert casualties(counted_after)["dead"] == 2
    assert casualties("Korban dibantai di situ sampai meninggal.")["dead"] == 1


def test_an_outcome_hoped_for_is_no_report_that_all_went_well() -> None:
    from siaga.analysis.pipeline import _drop_wished_outcomes

    hoped = {"routine": ["berjalan aman"]}
    _drop_wished_outcomes(hoped, " tindakan kami antisipasi agar pilwu serentak berjalan aman ")
    assert "routine" not in hoped
    went = {"routine": ["berjalan aman"]}
    _drop_wished_outcomes(went, " pemungutan suara di desa itu berjalan aman hingga sore ")
    assert went == {"routine": ["berjalan aman"]}


def test_a_drill_named_in_passing_leaves_the_story_its_own_unless_revealed() -> None:
    from siaga.analysis.pipeline import _drop_passing_drills

    briefing = (
        " bhabinkamtibmas diminta mengunjungi warga dari rumah ke rumah untuk deteksi dini "
        "potensi konflik jelang pilkada "
        * 6
        + " simulasi pengamanan tps juga digulirkan di jajaran polres "
    )
    flags = {"drill": ["simulasi pengamanan"], "routine": ["simulasi"]}
    _drop_passing_drills(flags, briefing)
    assert flags == {}
    revealed = briefing + " itulah simulasi pengamanan tps yang dilakukan polresta "
    flags = {"drill": ["simulasi pengamanan"]}
    _drop_passing_drills(flags, revealed)
    assert flags == {"drill": ["simulasi pengamanan"]}


def test_villages_said_to_hold_a_potential_for_conflict_at_a_kuwu_election_risk_a_clash() -> None:
    mapped = category_evidence_with_rules(
        "Menjelang pilwu serentak, sejumlah desa memiliki potensi kerawanan pada pemilihan "
        "kepala desa serentak."
    )
    assert mapped["supporters_clash"] >= CATEGORY_THRESHOLD


def test_a_parade_of_the_police_sent_out_to_the_polls_is_no_signal(indonesia: Gazetteer) -> None:
    parade = (
        "PADANG - Kepolisian Daerah mengerahkan 3.000 personel Bhabinkamtibmas untuk mengawal "
        "jalannya Pilkada serentak di provinsi setempat. Hal itu dikatakan Kapolda usai "
        "memimpin apel pasukan Bhabinkamtibmas yang digelar di Padang, Kamis. Bhabinkamtibmas "
        "adalah unsur terdepan dalam pencegahan dan deteksi dini, dan diminta memperkuat "
        "komunikasi dengan Babinsa, tokoh masyarakat, tokoh agama dan tokoh adat di desa "
        "masing-masing serta bersikap netral saat bertugas selama tahapan pilkada. Usai "
        "pengarahan, para personel menerima pembekalan materi peraturan perundang-undangan "
        "pilkada dari pejabat utama Polda."
    )
    assert read_story(parade, indonesia).kind == "none"


def test_a_guide_to_the_rules_on_spoilt_ballots_is_no_signal(indonesia: Gazetteer) -> None:
    guide = (
        "Jika Surat Suara Rusak, Apakah Bisa Diganti? Ini Aturannya\n\nBayangkan Anda telah "
        "membuka lipatan surat suara, namun tiba-tiba tangan Anda tidak sengaja merobek "
        "kertas tersebut. Artikel ini akan mengupas regulasi teknis yang menjamin hak pilih "
        "Anda tetap tersalurkan. Surat suara rusak mencakup kertas yang robek, tinta pudar "
        "atau noda yang membuat surat suara tidak layak digunakan. Kerusakan dari pabrik atau "
        "logistik meliputi surat suara yang kusut parah atau robek sebelum diterima pemilih. "
        "Pemilih berhak meminta penggantian surat suara kepada KPPS di TPS, dan KPPS "
        "mencatatnya dalam berita acara. Penggantian hanya diberikan satu kali kepada setiap "
        "pemilih, dan surat suara yang rusak disimpan dalam sampul tersendiri."
    )
    assert read_story(guide, indonesia).kind == "none"
    soaked = (
        guide.replace("Bayangkan Anda telah", "Petugas KPPS di TPS 3 telah")
        .replace("Artikel ini akan mengupas", "KPU sedang mengupas")
        .replace("Ini Aturannya", "Kata KPU")
    )
    assert read_story(soaked, indonesia).kind != "none"


def test_a_village_head_s_declaration_for_a_candidate_is_an_act_not_a_meeting(
    indonesia: Gazetteer,
) -> None:
    declared = (
        "SuaraJatim.id - Beredar video kepala desa dan perangkat desa di Ngawi "
        "mendeklarasikan dukungan kepada salah satu calon presiden. Perangkat desa yang "
        "deklarasi tersebut berada di Desa Sambiroto Kecamatan Padas. Arah deklarasi tersebut "
        "kepada pasangan capres nomor urut 02. Video itu mendapat respons dari Warga "
        "Pengawas Netralitas yang melaporkannya kepada Bawaslu Ngawi, menyayangkan adanya "
        "perangkat desa yang tidak netral dan dinilai mencederai demokrasi menjelang pemilu. "
        "Bawaslu diminta tegas memeriksa kepala desa dan perangkatnya. Video itu sudah "
        "dihapus setelah ramai dibicarakan di grup-grup WhatsApp warga."
    )
    reading = read_story(declared, indonesia)
    assert "asn_neutrality" in reading.categories
    assert reading.kind == "incident"


def test_a_violation_shown_in_a_video_gone_viral_has_happened() -> None:
    from siaga.analysis.pipeline import _tells_circulation

    lead = " bawaslu harus segera memanggil sejumlah pihak terkait dengan video viral dukungan "
    assert _tells_circulation(lead)


def test_a_voter_list_named_by_its_size_or_as_a_seized_paper_is_no_problem() -> None:
    sized = category_evidence(
        "Di Desa Tani Makmur jumlah daftar pemilih tetap (DPT) sebanyak 1.639"
    )
    assert sized.get("voter_list_problem", 0.0) < CATEGORY_THRESHOLD
    seized = category_evidence("Petugas menyita amplop serta salinan Daftar Pemilih Sementara")
    assert seized.get("voter_list_problem", 0.0) < CATEGORY_THRESHOLD
    doubled = category_evidence("Bawaslu menemukan DPT ganda sebanyak 5.762 pemilih")
    assert doubled["voter_list_problem"] >= CATEGORY_THRESHOLD


def test_a_speech_to_the_crowd_is_a_demonstration_s() -> None:
    spoken = category_evidence(
        "Teriak Sunardi dalam orasinya di depan kantor KPU. Dalam orasinya massa menuntut "
        "pleno dibatalkan."
    )
    assert spoken["demonstration"] >= CATEGORY_THRESHOLD


def test_two_camps_men_in_a_fight_are_the_camps_clash_not_a_youths_brawl() -> None:
    from siaga.analysis.pipeline import _rival_groups_clash

    cues = {"supporters_clash": ["bentrokan"], "alcohol_drugs_brawl": ["perkelahian"]}
    camps = ["supporters_clash", "alcohol_drugs_brawl"]
    assert _rival_groups_clash(camps, cues, {}, True, " berkelahi ") == ["supporters_clash"]
    drunk = {**cues, "alcohol_drugs_brawl": ["perkelahian", "miras"]}
    assert _rival_groups_clash(camps, drunk, {}, True, " berkelahi ") == camps


def test_ground_named_as_disputed_occupied_or_taken_is_a_land_dispute() -> None:
    for said in (
        "Bentrokan terjadi saat preman mendirikan pondok di lokasi sengketa",
        "Warga kembali bentrok saat mandor memanen sawit di lahan sengketa",
        "Ratusan warga menduduki lahan kelapa sawit milik perusahaan itu sejak 2006",
        "Hak guna usaha perusahaan itu bentuk perampasan lahan petani",
    ):
        assert category_evidence(said)["land_boundary_dispute"] >= CATEGORY_THRESHOLD, said


def test_a_village_and_a_company_s_workers_in_a_fight_are_their_land_quarrel() -> None:
    from siaga.analysis.pipeline import _rival_groups_clash

    cues = {"land_boundary_dispute": ["lahan sengketa"], "alcohol_drugs_brawl": ["perkelahian"]}
    both = ["land_boundary_dispute", "alcohol_drugs_brawl"]
    assert _rival_groups_clash(both, cues, {}, False, " perkelahian ") == ["land_boundary_dispute"]


def test_a_dayak_customary_court_and_its_rulings_are_a_customary_dispute() -> None:
    for said in (
        "Dewan Adat Dayak menggelar sidang adat terhadap perusahaan sawit",
        "Ahli waris menolak putusan adat yang mendenda perusahaan",
        "Eksekusi dilakukan dengan pemasangan hinting adat di lingkungan perusahaan",
    ):
        assert category_evidence(said)["adat_customary_dispute"] >= CATEGORY_THRESHOLD, said
    from siaga.analysis.pipeline import _in_context

    found = default_index().scan(" ahli waris menolak hasil sidang adat yang dinilai sepihak ")
    outside = _in_context(found["category"], electoral=False, campaigning=False)
    assert "election_result_dispute" not in outside
    inside = _in_context(found["category"], electoral=True, campaigning=False)
    assert "election_result_dispute" in inside


def test_a_preacher_named_at_a_rite_is_no_faith_at_odds() -> None:
    rite = category_evidence("Ritual berdasarkan agama Hindu Kaharingan dipimpin pemuka agama")
    assert rite.get("sara_identity_religion", 0.0) < CATEGORY_THRESHOLD


def test_voters_who_voted_outside_their_domicile_are_a_voter_list_problem() -> None:
    outside = category_evidence(
        "Pemilih khusus menggunakan hak pilihnya tidak sesuai dengan domisili dalam KTP-E"
    )
    assert outside["voter_list_problem"] >= CATEGORY_THRESHOLD


def test_a_desa_adat_choosing_its_bendesa_without_a_quarrel_is_no_signal(
    indonesia: Gazetteer,
) -> None:
    chosen = (
        "TABANAN - Calon incumbent terpilih kembali menjadi bendesa adat melalui musyawarah "
        "mufakat, Sabtu. Proses ngadegang bendesa ini digelar di Pura Puseh dan berjalan "
        "lancar. Hanya hadir satu calon bendesa, calon lain memilih tidak hadir. Seluruh "
        "panitia, pamangku dan 38 kelian banjar adat hadir, dan sesuai tata tertib masing-"
        "masing tempek menunjuk tiga orang sebagai pembicara. Sesuai awig-awig desa adat, "
        "hasil musyawarah ketiga tempek sama sehingga panitia menetapkan calon itu sebagai "
        "bendesa adat untuk masa bhakti berikutnya. Ketua panitia menjelaskan pengambilan "
        "keputusan dilakukan dalam tiga tempek yang mewakili seluruh banjar adat."
    )
    assert read_story(chosen, indonesia).kind == "none"
    split = chosen.replace("berjalan lancar", "memicu polemik karena dua kubu menolak hasilnya")
    reading = read_story(split, indonesia)
    assert reading.kind != "none" and "supporters_clash" not in reading.categories


def test_a_life_not_saved_or_taken_by_a_crowd_is_a_death() -> None:
    assert (
        casualties("Akibat dikeroyok, korban luka bacok sehingga nyawanya tak tertolong.")["dead"]
        == 1
    )
    assert casualties("Kericuhan itu akhirnya menimbulkan korban jiwa.")["dead"] == 1
    assert casualties("Bentrokan itu telah menyebabkan jatuhnya korban jiwa.")["dead"] == 1
    assert casualties("Polisi berjaga agar tidak jatuh korban.")["dead"] is None
    assert casualties("Sopir ojol yang meninggal setelah terlindas kendaraan taktis.")["dead"] == 1
    assert casualties("Aksi berjalan tertib dan tidak menimbulkan korban jiwa.")["dead"] is None


def test_someone_rushed_to_hospital_was_hurt_but_one_fainting_in_a_hoax_was_not() -> None:
    assert casualties("Ada 11 siswa yang dilarikan ke rumah sakit akibat gas air mata.")["injured"]
    assert casualties("Saat korban pingsan, pelaku akan merampok.")["injured"] is None


def test_a_candidate_s_man_hacked_for_his_camp_is_the_supporters_clash() -> None:
    victim = category_evidence_with_rules(
        "Pilkada Sampang: para pelaku datang dengan celurit. Akibat dikeroyok korban luka "
        "bacok. Korban merupakan pendukung paslon nomor urut 2."
    )
    assert victim["supporters_clash"] >= CATEGORY_THRESHOLD
    motive = category_evidence_with_rules(
        "Pilkada 2024: warga tewas terbacok oleh sekelompok orang yang disebabkan oleh "
        "perbedaan pandangan politik."
    )
    assert motive["supporters_clash"] >= CATEGORY_THRESHOLD
    witness = category_evidence_with_rules(
        "Pilkada: pembacokan terhadap saksi dari pasangan calon nomor urut 2 menggemparkan."
    )
    assert witness["supporters_clash"] >= CATEGORY_THRESHOLD


def test_a_witness_beaten_at_the_tps_is_the_vote_s_unrest_not_a_camps_clash() -> None:
    beaten = category_evidence_with_rules(
        "Pemilu 2024: saksi dari paslon nomor 1 dipukul saat penghitungan suara di TPS 5."
    )
    assert beaten["polling_station_unrest"] >= CATEGORY_THRESHOLD
    assert beaten.get("supporters_clash", 0.0) < CATEGORY_THRESHOLD


def test_residents_barring_those_sent_to_measure_their_land_protest_a_land_dispute() -> None:
    barred = category_evidence(
        "Ribuan warga yang menolak pematokan tanah membentuk barikade di jembatan; mereka "
        "tak ingin direlokasi."
    )
    assert barred["demonstration"] >= CATEGORY_THRESHOLD
    assert barred["land_boundary_dispute"] >= CATEGORY_THRESHOLD


def test_an_ngo_s_campaign_manager_makes_no_clash_an_election_s(indonesia: Gazetteer) -> None:
    reading = analyze(
        "Bentrok antara masyarakat dengan aparat tidak terhindarkan saat pengukuran lahan. "
        "Walhi, lewat manajer kampanye pesisir dan laut, menyebut enam warga ditangkap.",
        gazetteer=indonesia,
    )
    assert "supporters_clash" not in reading.categories
    assert "land_boundary_dispute" in reading.categories
    assert reading.election_stage is None


def test_rioters_testing_positive_for_drugs_fought_no_drugged_brawl() -> None:
    riot = category_evidence(
        "Demo di kantor BP Batam ricuh; dari yang diamankan, 5 pendemo positif narkoba "
        "setelah tes urine, mengonsumsi sabu."
    )
    assert riot.get("alcohol_drugs_brawl", 0.0) < CATEGORY_THRESHOLD


def test_a_vulnerability_index_graded_by_province_is_a_warning(indonesia: Gazetteer) -> None:
    index = analyze(
        "Bawaslu merilis Indeks Kerawanan Pemilu (IKP). Potensi kerawanan netralitas ASN "
        "ditemukan di 22 provinsi; skor tertinggi di Maluku Utara, diikuti Sumatra Barat "
        "dan Lampung. Sebanyak 90 kabupaten/kota rawan tinggi isu ujaran kebencian serta "
        "suku, ras, dan agama.",
        gazetteer=indonesia,
    )
    assert index.kind == "threat"
    assert "asn_neutrality" in index.categories
    assert "sara_identity_religion" in index.categories
    assert {"82", "13", "18"} <= {place["code"] for place in index.as_dict()["places"]}


def test_a_rally_for_palestine_attacked_by_an_ormas_waving_israel_s_flag_is_sara() -> None:
    clash = category_evidence(
        "Massa aksi bela Palestina di Bitung diserang ormas adat yang membawa bendera Israel; "
        "massa pro Palestina membalas."
    )
    assert clash["sara_identity_religion"] >= CATEGORY_THRESHOLD
    assert clash["demonstration"] >= CATEGORY_THRESHOLD
    assert clash.get("adat_customary_dispute", 0.0) < CATEGORY_THRESHOLD


def test_villagers_sealing_their_head_s_office_protest() -> None:
    sealed = category_evidence(
        "Dalam aksinya, warga menyegel ruang kerja kepala desa. Usai penyegelan ruang kerja "
        "itu, warga membubarkan diri."
    )
    assert sealed["demonstration"] >= CATEGORY_THRESHOLD


def test_someone_beaten_by_a_crowd_was_hurt() -> None:
    assert casualties("Video memperlihatkan massa yang menganiaya satu orang.")["injured"] == 1
    assert casualties("Seorang peserta aksi dikeroyok hingga tersungkur.")["injured"] == 1


def test_a_paper_s_name_in_brackets_closing_a_caption_is_no_place(indonesia: Gazetteer) -> None:
    story = analyze(
        "Bentrok massa terjadi di Kota Bitung pada Sabtu.\n"
        "Perwakilan dua kelompok menyatakan perdamaian di GOR Duasudara. [Berita Manado]\n"
        "Tujuh orang ditangkap.",
        gazetteer=indonesia,
    )
    assert [place["code"] for place in story.as_dict()["places"]] == ["71.72"]


def test_hoaxes_taken_down_by_the_police_had_circulated(indonesia: Gazetteer) -> None:
    takedowns = read_story(
        "Polda Bali Take Down 5 Konten Hoaks per Hari Selama Kampanye Pilkada\n"
        "BERITABALI.COM, DENPASAR.\n"
        "Selama masa kampanye Pemilihan Gubernur Bali 2024, Polda Bali mengidentifikasi "
        "konten hoaks di media sosial. Setidaknya lima konten hoaks di-takedown setiap "
        "harinya, ujar Dirsiber Polda Bali dalam rapat koordinasi (rakor) Pilgub Bali di "
        "Kantor Gubernur Bali, Jumat (22/11). Hoaks yang beredar umumnya diproduksi oleh "
        "buzzer dan akun palsu. Polisi mengimbau agar paslon memanfaatkan media kampanye "
        "yang dapat dipertanggungjawabkan, dan meminta warga tidak mudah percaya pada "
        "informasi yang sumbernya tidak jelas.",
        indonesia,
    )
    assert takedowns.kind == "incident"
    assert takedowns.categories == ["hoax_hate_speech"]


def test_a_rakor_only_named_as_where_someone_spoke_is_no_meeting_report() -> None:
    from siaga.analysis.pipeline import _SAID_AT_A_MEETING

    spoken = " konten hoaks dihapus setiap hari ujar dian dalam rapat koordinasi rakor pilgub "
    assert _SAID_AT_A_MEETING.search(spoken)
    assert not _SAID_AT_A_MEETING.search(" rapat koordinasi digelar di kantor bupati ")


def test_a_deepfake_of_a_bupati_is_a_hoax_already_made() -> None:
    fake = category_evidence("Video deepfake Bupati Sampang hasil rekayasa digital beredar.")
    assert fake["hoax_hate_speech"] >= CATEGORY_THRESHOLD


def test_a_date_over_a_bar_is_no_dateline_and_a_line_printed_twice_is_the_page_s() -> None:
    from siaga.analysis.extract import dateline_span

    page = (
        "Baca berita dengan sedikit iklan, klik di sini\n\nRentetan Bentrokan di Pilkada\n\n"
        "Pertikaian berlarut-larut antara kedua kubu yang bersaing.\n\n6 April 2025 | 01.53 WIB\n\n"
        "Rumah warga yang dibakar massa salah satu pasangan calon.\n"
        "Rumah warga yang dibakar massa salah satu pasangan calon.\n\n"
        "Baca berita dengan sedikit iklan, klik di sini\n\n"
        "TEMPO.CO, Jakarta - Satgas mencatat 12 orang tewas dalam pertikaian itu."
    )
    span = dateline_span(page)
    assert span is not None and page[span[0] : span[1]] == "TEMPO.CO, Jakarta"


def test_discontent_with_the_result_disputes_it_and_the_days_after_the_vote_are_the_count_s(
    indonesia: Gazetteer,
) -> None:
    clash = read_story(
        "Bentrokan antara pendukung pasangan calon bupati nomor urut 1 dan nomor urut 2 dalam "
        "Pilkada Puncak Jaya menimbulkan korban jiwa. Sebanyak 12 orang dilaporkan tewas akibat "
        "konflik yang pecah usai pemungutan suara. Bentrokan diduga dipicu oleh ketidakpuasan "
        "atas hasil sementara. Pendukung masing-masing calon terlibat aksi saling serang dengan "
        "busur, panah, dan parang. Aparat gabungan TNI dan Polri memisahkan kedua kubu. "
        "Ratusan bangunan dibakar, termasuk sekolah dan kantor desa, dan ribuan warga "
        "mengungsi. Pemerintah daerah berjanji membantu para korban dan memulihkan keadaan "
        "secepatnya setelah situasi di lapangan dapat dikendalikan.",
        indonesia,
    )
    assert set(clash.categories) == {"supporters_clash", "election_result_dispute"}
    assert clash.election_stage == "recapitulation"


def test_a_case_still_before_the_constitutional_court_is_the_dispute_s_stage(
    indonesia: Gazetteer,
) -> None:
    clash = read_story(
        "Satu orang tewas tertembak dan 12 orang terluka panah saat pertikaian antara para "
        "pendukung pasangan calon bupati di Kabupaten Puncak Jaya. Aparat keamanan sempat "
        "memberikan tembakan peringatan untuk membubarkan massa. Polda menyayangkan insiden "
        "itu karena kasus pemilukada di Puncak Jaya hingga kini masih berproses di MK, "
        "sehingga masyarakat diharapkan tidak mudah terpancing isu. Selain itu 16 rumah atau "
        "honai dibakar setelah aksi saling serang antar pendukung. Kedua kelompok yang "
        "bertikai baru dapat dipisahkan satu jam kemudian oleh aparat gabungan TNI dan Polri "
        "yang dipimpin langsung oleh Kapolres Puncak Jaya.",
        indonesia,
    )
    assert clash.election_stage == "dispute_resolution"
    voting_day = read_story(
        "Sebanyak empat orang warga tewas dalam pertikaian antar kelompok pendukung pasangan "
        "calon yang terjadi saat pilkada berlangsung di Kabupaten Puncak Jaya, Senin. Tiga di "
        "antaranya terkena panah, dan 14 rumah atau honai dibakar massa dari kedua kubu. "
        "Polisi masih berjaga di sekitar posko pemenangan kedua pasangan calon itu. Bentrokan "
        "berawal saat seorang pendukung mengambil kayu bakar dan diserang massa dari kubu "
        "lawan, lalu rekan-rekannya di posko balik menyerang. Pilkada kabupaten itu diikuti tiga "
        "pasangan calon, dan yang bertikai adalah massa pendukung dua di antaranya. Kapolres "
        "meminta para kandidat menahan pendukungnya agar tidak bertindak anarkis lagi.",
        indonesia,
    )
    assert voting_day.election_stage == "voting_counting"


RECONCILIATION = (
    "AMBON, KOMPAS.com - Warga Desa Pelauw dan Kariuw di Kecamatan Pulau Haruku, Kabupaten "
    "Maluku Tengah, yang sempat terlibat bentrok akhirnya sepakat berdamai. Penandatanganan "
    "kesepakatan damai dilakukan oleh Raja Pelauw dan Penjabat Desa Kariuw di Kantor Gubernur "
    "Maluku, Kota Ambon, Senin (14/11/2022). Hadir pula Kapolres Pulau Ambon dan Dandim 1504 "
    "Pulau Ambon serta tokoh agama dari kedua desa. Kesepakatan itu dicapai setelah proses "
    "rekonsiliasi yang alot soal titik batas wilayah kedua negeri. Setelah ini warga yang masih "
    "mengungsi di Aboru bisa segera kembali ke Kariuw.\n\n"
    "Untuk diketahui, bentrokan warga Desa Pelauw dan Kariuw terjadi pada Rabu (26/1/2022). "
    "Bentrokan itu menyebabkan empat orang tewas termasuk seorang anggota polisi."
)


def test_a_peace_signed_is_a_meeting_whatever_deaths_its_story_recalls_at_the_end(
    indonesia: Gazetteer,
) -> None:
    peace = read_story(RECONCILIATION, indonesia)
    assert (peace.kind, peace.severity) == ("meeting", 1)
    assert peace.categories == ["land_boundary_dispute"]
    # With the peace in its lead, the dead it tells of later are the clash's, not the
    # peace's; a story that leads with the dead reports the clash.
    told_later = RECONCILIATION.replace("Untuk diketahui, b", "B")
    assert read_story(told_later, indonesia).kind == "meeting"
    clash, _ = RECONCILIATION.split("\n\nUntuk diketahui, b")
    led_by_the_dead = (
        "Bentrokan warga Desa Pelauw dan Kariuw pada Rabu (26/1/2022) menyebabkan empat orang "
        "tewas termasuk seorang anggota polisi. Ratusan rumah dibakar dan warga Kariuw "
        "mengungsi ke Aboru.\n\n" + clash
    )
    assert read_story(led_by_the_dead, indonesia).kind == "incident"


def test_the_hall_a_peace_was_signed_in_and_where_refugees_wait_are_not_its_places(
    indonesia: Gazetteer,
) -> None:
    peace = read_story(RECONCILIATION, indonesia)
    assert sorted(p["code"] for p in peace.as_dict()["places"]) == [
        "81.01.13.2009",
        "81.01.13.2010",
    ]


def test_a_conflict_said_to_be_no_religious_one_is_none_and_a_border_is_land(
    indonesia: Gazetteer,
) -> None:
    closing = read_story(
        "Jakarta (ANTARA) - Kepala Staf Kepresidenan menyatakan rekonsiliasi konflik sosial "
        "antara warga Pelauw dan Kariuw di Pulau Haruku, Kabupaten Maluku Tengah, telah "
        "selesai dengan dipulangkannya 1.245 pengungsi. Hal itu disampaikan usai memimpin "
        "Rapat Koordinasi Penutupan Penyelesaian Konflik Sosial di gedung Bina Graha, Jakarta. "
        "Ia menegaskan bahwa konflik di Pulau Haruku tersebut bukanlah konflik agama, namun "
        "konflik soal perbatasan wilayah. Tokoh masyarakat kedua negeri juga sepakat bahwa "
        "tanah yang sebelumnya disengketakan akan menjadi cagar budaya, dan batu keramat yang "
        "dituntut warga sudah diselesaikan antar pimpinan tokoh mereka.",
        indonesia,
    )
    assert (closing.kind, closing.categories) == ("meeting", ["land_boundary_dispute"])
    assert sorted(p["code"] for p in closing.as_dict()["places"]) == [
        "81.01.13.2009",
        "81.01.13.2010",
    ]


def test_drink_named_beside_no_fight_is_no_brawl(indonesia: Gazetteer) -> None:
    banners = analyze(
        "Empat remaja merusak baliho caleg di Desa Pohsanten, Jembrana. Menurut polisi, "
        "perusakan dilakukan karena mereka dalam pengaruh alkohol alias mabuk.",
        gazetteer=indonesia,
    )
    assert banners.categories == ["election_campaign_violation"]
    brawl = analyze(
        "Empat remaja mabuk berkelahi dengan warga di Desa Pohsanten, Jembrana.",
        gazetteer=indonesia,
    )
    assert "alcohol_drugs_brawl" in brawl.categories


class BrawlGuessingModel(GuessingModel):
    """A model that takes any drinking for a drunken brawl, faintly."""

    def predict(
        self, text: str, reading: str | None = None
    ) -> tuple[dict[str, float], dict[str, float]]:
        return {"alcohol_drugs_brawl": 0.34}, {"incident": 0.7, "none": 0.05}


def test_drink_named_beside_no_fight_is_no_guess_of_a_brawl_either(
    indonesia: Gazetteer,
) -> None:
    drinking = analyze(
        "Empat remaja mabuk miras di pos ronda Desa Pohsanten, Jembrana, hingga larut malam.",
        gazetteer=indonesia,
        model=BrawlGuessingModel(),
    )
    assert "alcohol_drugs_brawl" not in drinking.categories


ESCORT = (
    "Polri jalan kaki kawal distribusi logistik ke pelosok Banggai\n\n"
    "Jakarta (ANTARA) -\n"
    "Sebanyak empat personel Polres Banggai berjalan kaki mengawal distribusi logistik "
    "Pemilu 2024 ke TPS Desa Baloa Doda, Kecamatan Pagimana, Kabupaten Banggai. Mereka "
    "terancam dimangsa binatang buas saat melewati hutan belantara bersama petugas Kelompok "
    "Penyelenggara Pemungutan Suara (KPPS) dan Panitia Pemungutan Suara (PPS). Logistik "
    "berangkat dari dermaga Pantai Putih Doh menuju pelabuhan desa itu. Kotak dan surat suara "
    "didistribusikan lebih awal ke Tempat Pemungutan Suara (TPS) karena jaraknya tiga hari "
    "berjalan kaki, agar tahap pencoblosan nanti berjalan lancar, kata Kapolsek dalam "
    "keterangan tertulis yang diterima di Jakarta."
)


def test_ballots_escorted_through_the_wild_are_the_logistics_routine_not_trouble(
    indonesia: Gazetteer,
) -> None:
    escort = read_story(ESCORT, indonesia)
    assert (escort.kind, escort.categories) == ("none", [])
    assert escort.election_stage == "logistics_distribution"
    assert [p["code"] for p in escort.as_dict()["places"]] == ["72.01.07.2001"]


def test_a_publisher_in_brackets_closing_its_line_with_a_dash_is_a_dateline() -> None:
    from siaga.analysis.extract import dateline_span

    story = "Judul berita di atas\n\nJakarta (ANTARA) -\nSebanyak empat personel berjalan kaki."
    span = dateline_span(story)
    assert span is not None and story[span[0] : span[1]] == "Jakarta"


def test_where_a_boat_set_out_from_is_not_where_it_went() -> None:
    from siaga.analysis.extract import elsewhere_spans

    trip = "Perahu berangkat dari dermaga Pantai Putih Doh menuju dermaga Pulau Tabuan."
    assert [trip[a:b].strip() for a, b in elsewhere_spans(trip)] == ["Pantai Putih Doh"]


def test_the_dead_whose_burial_is_blocked_are_no_casualty_of_the_quarrel() -> None:
    blocked = "Ratusan warga menghadang penguburan salah seorang warganya yang meninggal."
    assert casualties(blocked)["dead"] is None
    buried = "Dua warga tewas dalam bentrok itu, dan jenazah keduanya dimakamkan di desanya."
    assert casualties(buried)["dead"] == 2


def test_a_burial_blocked_for_a_sect_against_the_awig_is_custom_and_faith_at_odds(
    indonesia: Gazetteer,
) -> None:
    blocked = read_story(
        "BERITABALI.COM, GIANYAR.\n\nLagi, kasus kubur mengubur jenazah menjadi masalah. Kali "
        "ini terjadi di Banjar Pengembungan, Pejeng, Tampaksiring, Gianyar. Minggu sore, "
        "ratusan warga desa pakraman menghadang penguburan salah seorang warganya yang "
        "meninggal. Keluarga almarhum mengikuti aliran kepercayaan yang dijauhi warga. Warga juga "
        "tak mau tanahnya dikotori karena prosesi penguburan tidak sesuai awig yang telah "
        "disepakati di desa setempat. Polsek Tampaksiring langsung mengamankan lokasi sehingga "
        "tak ada tindakan anarkis, lalu menjembatani dialog antara keluarga almarhum dan warga "
        "desa pakraman setempat.",
        indonesia,
    )
    assert (blocked.kind, blocked.severity) == ("incident", 2)
    assert set(blocked.categories) == {"adat_customary_dispute", "sara_identity_religion"}


def test_a_yard_divided_by_the_desa_adat_s_stakes_is_land_at_odds(indonesia: Gazetteer) -> None:
    stakes = analyze(
        "Desa Adat Tegallinggah memasang patok penyekat di pekarangan rumah keluarga almarhum "
        "sesuai awig-awig, dan salah satu ahli waris menolak ngepah karang itu.",
        gazetteer=indonesia,
    )
    assert {"adat_customary_dispute", "land_boundary_dispute"} <= set(stakes.categories)


def test_a_fact_check_of_a_claim_passed_round_is_about_a_hoax(indonesia: Gazetteer) -> None:
    checked = analyze(
        "Hasil Cek Fakta: video dengan narasi surat suara Pilpres sudah tercoblos sebelum "
        "pemungutan suara beredar di Facebook; KPU memastikan informasi itu tidak benar.",
        gazetteer=indonesia,
    )
    assert checked.categories == ["hoax_hate_speech"]


def test_voters_arguing_raging_or_protesting_at_their_tps_are_unrest_not_a_demonstration(
    indonesia: Gazetteer,
) -> None:
    argued = analyze(
        "Puluhan warga tidak bisa mencoblos karena kekurangan surat suara, dan sempat terjadi "
        "adu mulut antara warga dan petugas KPPS di TPS 016.",
        gazetteer=indonesia,
    )
    assert "polling_station_unrest" in argued.categories
    protested = analyze(
        "Warga protes di TPS 016 lantaran tidak bisa memilih karena kekurangan surat suara.",
        gazetteer=indonesia,
    )
    assert "polling_station_unrest" in protested.categories
    assert "demonstration" not in protested.categories
    calm = analyze("Warga tidak ada keributan di TPS 016.", gazetteer=indonesia)
    assert "keributan" not in calm.cues["categories"].get("polling_station_unrest", [])


def test_an_editor_s_name_after_a_colon_is_no_dateline() -> None:
    from siaga.analysis.extract import dateline_span

    story = (
        "Puluhan Orang Ngotot Nyoblos\nKronologi puluhan orang memaksa mencoblos di TPS 126.\n"
        "Editor: Theresia Felisiani\nMereka memaksa menyalurkan hak suara hanya dengan KTP."
    )
    assert dateline_span(story) is None


def test_a_church_or_mosque_campaigned_in_is_the_forbidden_venue_not_faith_at_odds(
    indonesia: Gazetteer,
) -> None:
    church = analyze(
        "Viral video caleg diduga kampanye di gereja di Kota Makassar; Bawaslu Sulawesi "
        "Selatan melakukan kajian dugaan pelanggaran.",
        gazetteer=indonesia,
    )
    assert church.categories == ["election_campaign_violation"]
    mosque = analyze(
        "Bawaslu menelusuri dugaan pelanggaran kampanye oleh seorang ustaz di sebuah masjid "
        "di Kalurahan Sriharjo, Imogiri, Bantul.",
        gazetteer=indonesia,
    )
    assert mosque.categories == ["election_campaign_violation"]


def test_where_a_panel_sat_in_a_nationwide_story_is_no_place_of_it(indonesia: Gazetteer) -> None:
    reports = read_story(
        "Anggota Bawaslu menyebut sedikitnya ada 49 laporan kampanye di tempat ibadah, 33 "
        "laporan kampanye di tempat pendidikan, dan 126 laporan kampanye di fasilitas "
        'pemerintah. "Kira-kira sudah terjadi di berbagai tempat dan daerah dalam proses '
        "kampanye ini,\" kata Fritz dalam diskusi 'MNC Trijaya', di Jakarta, Sabtu (15/12). "
        "Fritz mengaku pihaknya saat ini tengah mengkaji laporan dugaan pelanggaran kampanye "
        "yang muncul selama Pemilu 2019, termasuk 176.493 pemasangan alat peraga di tempat "
        "yang dilarang dan 1.381 alat peraga kampanye di kendaraan umum. Menurut dia, dugaan "
        "pelanggaran itu tidak menjurus pada pasangan calon tertentu.",
        indonesia,
    )
    assert reports.as_dict()["places"] == []


def test_worshippers_branded_unbelievers_for_their_vote_is_faith_at_odds(
    indonesia: Gazetteer,
) -> None:
    branded = analyze(
        "Kampanye di masjid Desa Abean pakai isu agama, jemaah yang beda pilihan dicap kafir",
        gazetteer=indonesia,
    )
    assert "sara_identity_religion" in branded.categories


def test_a_stock_photo_s_caption_places_nothing(indonesia: Gazetteer) -> None:
    clash = read_story(
        "Konflik Sengketa Batas Desa di Kalimantan Mencekam\n\n"
        "FOTO ILUSTRASI BENTROK - Aparat kepolisian bersitegang dengan warga Kampung Dadap saat "
        "terjadi bentrokan di kawasan Dadap, Tangerang, Banten, Selasa (10/5/2016).\n\n"
        "TRIBUNJATENG.COM - Sengketa perbatasan dua desa beda kabupaten di Kalimantan memakan "
        "korban jiwa. Bentrok berdarah akibat sengketa tapal batas itu terjadi di Kecamatan "
        "Loksado, Hulu Sungai Selatan, Kalimantan Selatan. Seorang pria ditemukan tewas di hutan "
        "perbatasan desa. Polisi menyebut bentrokan dipicu perseteruan tapal batas puluhan tahun "
        "antara warga kedua desa, dan aparat kini disiagakan di perbatasan.",
        indonesia,
    )
    assert [p["code"] for p in clash.as_dict()["places"]] == ["63.06.10"]


def test_a_plot_staked_out_and_a_sasi_set_on_it_are_land_and_custom_at_odds(
    indonesia: Gazetteer,
) -> None:
    staked = analyze(
        "Bentrokan dipicu warga Bumi Nabung Utara mematok tanah milik warga Bumi Nabung Ilir.",
        gazetteer=indonesia,
    )
    assert "land_boundary_dispute" in staked.categories
    sasi = analyze(
        "Warga dusun memasang tanda larangan beraktivitas secara adat berupa sasi di lokasi "
        "sengketa lahan, lalu empat rumah dibakar.",
        gazetteer=indonesia,
    )
    assert {"land_boundary_dispute", "adat_customary_dispute"} <= set(sasi.categories)


def test_a_faint_word_a_story_repeats_names_no_category(indonesia: Gazetteer) -> None:
    pledge = (
        "Kapolres dan Dandim bertemu para kepala desa di Kecamatan Kediri, Tabanan, untuk "
        'membangun komunikasi sejak awal demi menjaga kamtibmas bersama. "Semacam membentuk '
        'cooling system baik di media sosial maupun di kehidupan sosial," jelasnya usai acara. '
    )
    meeting = read_story(pledge * 3, indonesia)
    assert "hoax_hate_speech" not in meeting.categories


def test_forces_and_pecalang_announced_for_an_election_s_security_are_routine(
    indonesia: Gazetteer,
) -> None:
    deployed = read_story(
        "Kelompok keamanan adat Bali atau pecalang ikut ambil bagian dalam pengamanan "
        "Pilkada Bali. Para pecalang diajak Kepolisian Daerah Bali sebagai bentuk sinergi. "
        "Menurut polisi, pecalang memiliki andil dalam membantu aparat keamanan mewujudkan "
        "kondusivitas wilayah. Polda Bali mengerahkan 12.512 personel dalam pengamanan "
        "pelaksanaan pemilihan kepala daerah serentak itu, mulai dari tahapan kampanye, masa "
        "tenang, pungut suara, hitung suara, hingga pelantikan, sedangkan Kodam IX/Udayana "
        "menerjunkan 856 prajurit untuk mendukung pengamanan tersebut di enam kabupaten. "
        "Pilkada serentak itu digelar pada 9 Desember 2015.",
        indonesia,
    )
    assert (deployed.kind, deployed.categories) == ("none", [])


def test_intimidation_and_money_politics_taught_to_students_are_a_lesson_not_a_warning(
    indonesia: Gazetteer,
) -> None:
    lesson = read_story(
        "DENPASAR - Isu intimidasi pemilih muncul sebagai pertanyaan mahasiswa dalam diskusi "
        "politik dan pendidikan demokrasi bersama Bawaslu Bali. Mereka menyoroti praktik "
        "pemilu yang kerap dirusak oleh politik uang dan oleh tekanan yang membuat pemilih "
        "kehilangan kebebasannya. Menurut Bawaslu, bentuk intimidasi bisa bermacam-macam, "
        "mulai dari ancaman kekerasan hingga tekanan atasan di tempat kerja. Bawaslu bertugas "
        'mencegah melalui edukasi, pemetaan kerawanan, dan membuka ruang pengaduan. "Kalau '
        'ada intimidasi, laporkan. Kami punya kewajiban melindungi hak pilih warga," ujarnya. '
        "Diskusi itu diikuti puluhan mahasiswa.",
        indonesia,
    )
    assert (lesson.kind, lesson.categories) == ("none", [])


def test_a_crowd_s_demo_and_its_orator_at_the_election_body_s_office_protest_the_result(
    indonesia: Gazetteer,
) -> None:
    riot = read_story(
        "Gedung Bawaslu di Jalan MH Thamrin, Jakarta Pusat, rusak parah menjadi sasaran amuk "
        "massa pada Rabu malam. Sekitar 50 orang datang dan mencoba menerobos barikade polisi. "
        "Gesekan pun terjadi dan massa melempari batu ke arah petugas, yang dibalas dengan gas "
        "air mata. Gedung ini menjadi sasaran aksi demo massa karena Bawaslu dianggap tidak "
        "adil dan berpihak pada salah satu pasangan calon dalam pilpres. Seorang koordinator "
        "berorasi di atas mobil komando dan menuding terjadi kecurangan yang membuat pasangan "
        "itu layak didiskualifikasi. Pagi harinya puing-puing bangunan masih berserakan dan "
        "selongsong gas air mata bertebaran di halaman.",
        indonesia,
    )
    assert riot.kind == "incident"
    assert set(riot.categories) == {"demonstration", "election_result_dispute"}


def test_a_loser_who_has_villagers_provoked_with_a_smear_spreads_provocation(
    indonesia: Gazetteer,
) -> None:
    burnt = read_story(
        "Kericuhan warga yang berujung pembakaran sejumlah fasilitas balai desa diduga karena "
        "ada pihak yang tidak puas dengan hasil pemilihan kepala desa. Polisi menyebut seorang "
        "calon yang kalah menyuruh orang untuk memprovokasi warga dengan menjelekan nama kepala "
        "desa terpilih, yakni menyebarkan informasi bahwa hanya keluarganya yang menerima "
        "bantuan langsung. Warga yang naik pitam mendatangi balai desa untuk mencari kepala "
        "desa terpilih. Karena tak menemukannya, warga mengeluarkan sejumlah barang dari dalam "
        "balai desa dan membakarnya di halaman. Polisi masih memeriksa sejumlah saksi untuk "
        "mengetahui siapa saja yang terlibat dalam pembakaran itu.",
        indonesia,
    )
    assert burnt.kind == "incident"
    assert set(burnt.categories) == {"hoax_hate_speech", "election_result_dispute"}


def test_a_site_s_menu_of_regions_places_nothing_and_a_posting_day_is_no_dateline(
    indonesia: Gazetteer,
) -> None:
    page = (
        "News Bola Daerah Sulawesi Sumatera Jabar Banten Jateng DI Yogya Jatim Bali\n\n"
        "Tolak Hasil Sengketa Pilkades, Fasilitas Desa Dibakar Massa\n\n"
        "Seorang bocah disandera ayahnya sendiri di Cilodong, Depok.\n"
        "Rabu, 11 Januari 2023 - 19:12 WIB\n"
        "Kantor desa dibakar Selasa malam.\n\n"
        "Jakarta, tvOnenews.com - Warga Desa Belang Belang, Kecamatan Bacan, Kabupaten "
        "Halmahera Selatan, menolak putusan sengketa pilkades dan membakar kantor desa. "
        "Polisi sedang menyelidiki orang-orang yang terlibat dalam pembakaran tersebut."
    )
    assert [p["code"] for p in analyze(page, gazetteer=indonesia).places] == ["82.04.08.2010"]


def test_a_commissioner_s_division_is_no_socialisation_held(indonesia: Gazetteer) -> None:
    said = analyze(
        "Anggota Bawaslu divisi Pengawasan dan Sosialisasi mengatakan kaca kantor pecah "
        "dilempari batu oleh massa saat komisioner membahas laporan warga.",
        gazetteer=indonesia,
    )
    assert said.kind != "meeting"


def test_a_rally_promised_peaceful_without_any_unrest_is_still_a_plan(
    indonesia: Gazetteer,
) -> None:
    planned = read_story(
        "Sejumlah massa pendukung pasangan calon akan menggelar aksi damai untuk meminta KPU "
        "mendiskualifikasi pasangan pemenang. Aksi ini akan dimulai pekan depan. Koordinator "
        "aksi menyebut aksi akan berlangsung damai tanpa ada kericuhan dan tanpa kekerasan. "
        '"Kita nanti akan melakukan demo damai, kita duduk saja di depan kantor KPU," ujarnya '
        "kepada wartawan. Terkait seberapa banyak massa aksi, ia tidak menjelaskan secara "
        "terperinci. Ia hanya menyebut tempat aksi kemungkinan ada di beberapa titik di pusat "
        "kota, dan massa yang datang akan lebih banyak dari aparat yang dikerahkan. Polisi "
        "belum menerima pemberitahuan resmi.",
        indonesia,
    )
    assert planned.kind == "threat"
    assert set(planned.categories) == {"demonstration", "election_result_dispute"}
    from siaga.analysis.pipeline import _realis

    assert "kericuhan" not in _realis(" aksi berlangsung damai tanpa ada kericuhan ")


def test_a_crowd_come_to_the_kpu_shouting_threats_has_protested(indonesia: Gazetteer) -> None:
    came = read_story(
        "Ratusan warga berduyun-duyun datang ke kantor KPU provinsi dengan teriakan yang garang "
        "menuntut putusan pleno dibatalkan. Mereka mengancam jika tuntutan tidak dikabulkan, "
        "maka akan datang dengan jumlah massa yang lebih besar. Mereka adalah pendukung "
        "pasangan calon gubernur yang kalah suara. Apalagi gugatan mereka sudah masuk ke MK. "
        "Saat terjadi demo di kantor KPU, seorang pengurus partai membantah pernah mengirim "
        "perintah kepada pengurus cabang untuk turun ke kota. Para orator yang berdemo di "
        "depan kantor KPU kemarin selalu mengatakan akan menurunkan massa yang lebih besar. "
        "Polisi berjaga sampai sore.",
        indonesia,
    )
    assert came.kind == "incident"
    assert set(came.categories) == {"demonstration", "election_result_dispute"}


def test_a_camp_that_will_take_to_the_streets_against_the_kpu_s_decision_threatens_a_dispute(
    indonesia: Gazetteer,
) -> None:
    warned = analyze(
        "Relawan capres menggalang massa dan mengancam akan turun ke jalan menentang keputusan "
        "KPU jika KPU memenangkan pasangan lawan.",
        gazetteer=indonesia,
    )
    assert warned.kind == "threat"
    assert set(warned.categories) == {"demonstration", "election_result_dispute"}


def test_what_may_happen_or_is_prone_to_happen_has_not_happened() -> None:
    from siaga.analysis.pipeline import _realis

    for said in (
        " potensi terjadinya konflik itu sangat mungkin terjadi ",
        " desa yang rawan terjadi bentrok ",
        " kemungkinan terjadi gesekan antarpendukung ",
    ):
        assert not {"terjadi", "terjadinya", "bentrok", "gesekan"} & set(_realis(said).split())


def test_a_road_barred_with_a_pole_is_a_protest_the_police_warn_against(
    indonesia: Gazetteer,
) -> None:
    warned = analyze(
        "Kapolres mengimbau masyarakat jangan lagi melakukan aksi pemortalan jalan menjelang "
        "pilkada, karena pemortalan jalan merupakan tindak pidana.",
        gazetteer=indonesia,
    )
    assert warned.kind == "threat"
    assert "pemortalan jalan" in warned.cues["categories"]["demonstration"]


def test_a_caption_printed_again_without_its_credit_is_still_a_caption() -> None:
    from siaga.analysis.text import without_photo_captions

    caption = "Personel Bhabinkamtibmas duduk bersama warga membahas situasi keamanan masyarakat."
    credit, story = "(Liputan6.com/M Syukur)", "Liputan6.com, Pekanbaru - Polisi berkeliling."
    page = f"{caption}\n{caption} {credit}\n\n{story}"
    assert "membahas" not in without_photo_captions(page)
    assert "Polisi berkeliling" in without_photo_captions(page)


def test_a_clash_nearly_fought_between_youth_gangs_is_a_brawl_that_happened(
    indonesia: Gazetteer,
) -> None:
    nearly = read_story(
        "Dua kelompok pemuda di Desa Tegallinggah, Kecamatan Sukasada, nyaris terlibat "
        "bentrok. Masalah yang semula terjadi antar dua remaja merembet menjadi masalah antar "
        "kelompok pemuda setelah keduanya salah paham dan saling tantang, lalu mengadu pada "
        "rekan-rekannya. Beruntung informasi itu didengar tokoh masyarakat setempat dan "
        "diteruskan kepada polisi, yang langsung turun ke lokasi untuk meredakan suasana. "
        "Kapolsek mengimbau semua pihak menahan diri agar tidak terjadi masalah yang lebih "
        "besar, dan polisi meningkatkan patroli di desa itu untuk mencegah hal-hal yang tidak "
        "diinginkan. Orang tua diminta membina anak-anaknya.",
        indonesia,
    )
    assert nearly.kind == "incident"
    assert nearly.categories == ["alcohol_drugs_brawl"]


def test_a_village_head_asking_people_to_vote_for_a_candidate_takes_a_side(
    indonesia: Gazetteer,
) -> None:
    siding = analyze(
        "Sebuah video kepala desa di Kabupaten Bogor mengajak tokoh masyarakat, RT, RW memilih "
        "capres nomor urut 01 dalam pilpres viral di media sosial.",
        gazetteer=indonesia,
    )
    assert "asn_neutrality" in siding.categories
    assert any("mengajak" in cue for cue in siding.cues["categories"]["asn_neutrality"])
    running = analyze(
        "Calon kepala desa nomor urut 2 mengajak warga memilih dirinya dalam kampanye pilkades "
        "di balai desa.",
        gazetteer=indonesia,
    )
    called = running.cues["categories"].get("asn_neutrality", [])
    assert not any("mengajak" in cue for cue in called)


def test_a_post_vouching_that_it_is_no_hoax_names_no_hoax(indonesia: Gazetteer) -> None:
    vouched = analyze(
        "Ini bukti kades di Bogor memaksa warganya memilih capres 01, jd bukan hoax. Viralkan "
        "agar ditindak panwaslu pemilu.",
        gazetteer=indonesia,
    )
    assert "hoax_hate_speech" not in vouched.categories


def test_a_sentence_printed_twice_on_its_own_line_is_a_caption() -> None:
    from siaga.analysis.text import without_photo_captions

    caption = "Cuplikan video Presiden membagikan sembako bagi warga Kota Bogor pada 2016."
    page = f"Video Viral Kepala Desa\n• {caption}\n\n{caption}\n\nTEMPO.CO, Bogor - Sebuah video."
    kept = without_photo_captions(page)
    assert "sembako" not in kept and "Video Viral Kepala Desa" in kept
    story = "\n".join(f"Kalimat ke-{n} dari berita yang dicetak dua kali." for n in range(5))
    assert without_photo_captions(f"{story}\n{story}") == f"{story}\n{story}"


def test_villagers_come_to_a_company_s_door_with_a_demand_protest(indonesia: Gazetteer) -> None:
    came = read_story(
        "Puluhan warga Desa Salimbatu mendatangi pabrik kelapa sawit milik sebuah perusahaan, "
        "Kamis. Mereka mendesak agar perusahaan segera mengganti lahan mereka seluas 16 hektare "
        'yang kini digunakan untuk perkebunan sawit. "Tanah itu tanah kami. Dulu dijanjikan '
        'ganti rugi sejak tahun 1998," kata seorang petani. Warga memastikan, jika tak ada '
        "kejelasan ganti rugi, seluruh operasional pabrik akan dihentikan paksa. Penanggung "
        "jawab perusahaan tidak menampik ada persoalan sengketa lahan dan berjanji akan "
        "berkoordinasi untuk penyelesaiannya karena belum ada kesepakatan. Warga membawa "
        "dokumen kepemilikan tanah.",
        indonesia,
    )
    assert came.kind == "incident"
    assert set(came.categories) == {"land_boundary_dispute", "demonstration"}


def test_a_mediation_that_decided_is_a_meeting_and_a_jurisdiction_is_no_border(
    indonesia: Gazetteer,
) -> None:
    mediated = read_story(
        "Pembangunan sebuah gereja di Kelurahan Lopang, Kota Serang, mendapat penolakan dari "
        "masyarakat sekitar karena belum mengantongi izin. Untuk menengahi peristiwa tersebut, "
        "FKUB melakukan mediasi dengan seluruh pihak agar tidak terjadi konflik yang meluas. "
        "Dalam keputusan mediasi disebutkan, setiap orang yang hendak mendirikan rumah ibadah "
        "terlebih dahulu mengajukan permohonan kepada FKUB, dengan dukungan warga yang disahkan "
        "oleh pejabat setempat sesuai batas wilayah. Apabila rekomendasi hasil mediasi tidak "
        "ditindaklanjuti, pembangunan gereja tidak boleh dilanjutkan. Para pihak menerima "
        "keputusan itu.",
        indonesia,
    )
    assert mediated.kind == "meeting"
    assert mediated.categories == ["sara_identity_religion"]


def test_tadi_tells_a_time_only_beside_a_time_of_day(indonesia: Gazetteer) -> None:
    named = analyze(
        "Guru dan dosen rentan terhadap praktik tadi karena berpotensi melakukan kampanye "
        "politik, kata dia tadi.",
        gazetteer=indonesia,
    )
    assert "tadi" not in str(named.cues["kind"].get("incident", []))
    timed = analyze("Bentrok warga di Desa Tangkas tadi sore, polisi berjaga.", gazetteer=indonesia)
    assert "tadi sore" in timed.cues["kind"]["incident"]


def test_ballots_swapped_at_the_polls_are_trouble_whatever_the_page_s_share_button_says(
    indonesia: Gazetteer,
) -> None:
    swapped = read_story(
        "Banyak Surat Suara DPRD di Lombok Tertukar, Warga Enggan Mencoblos\n\n"
        "Salah satunya di TPS 18 Desa Kediri, Lombok Barat. Bawaslu NTB menyebut seluruh "
        "surat suara DPRD Dapil Kediri tertukar dengan surat suara Dapil Gunung Sari. Akibat "
        "tertukarnya surat suara, ratusan pemilih masih menunggu, sehingga hanya sembilan "
        "warga yang baru memilih hingga pukul 12.00 WITA. Di TPS 07 Kelurahan Pagutan Timur, "
        "pemilihan terhambat dua jam karena kekurangan surat suara Pilpres. Di lokasi "
        "terdampak gempa, pelaksanaan pemilu berjalan lancar tanpa kendala berarti. Sejumlah "
        "warga masih bingung saat memilih.\n\nBagikan artikel ini melalui\nOke",
        indonesia,
    )
    assert (swapped.kind, swapped.categories) == ("incident", ["election_logistics"])
    assert "35.06" not in {p["code"][:5] for p in swapped.places}


def test_a_customary_council_s_deliberation_is_a_meeting_and_prayer_at_a_temple_no_dispute(
    indonesia: Gazetteer,
) -> None:
    deliberated = analyze(
        "Sidang tersebut dihadiri unsur kelurahan dan tokoh masyarakat. Dalam musyawarah "
        "adat tersebut, perangkat adat memutuskan menjatuhkan sanksi berupa denda satu ekor "
        "kambing kepada GL.",
        gazetteer=indonesia,
    )
    assert deliberated.kind == "meeting"
    prayed = analyze(
        "Pelaku pencurian pasir membayar denda adat dan bersembahyang di pura, lalu "
        "bersembahyang di pura desa lainnya sebagai permohonan maaf.",
        gazetteer=indonesia,
    )
    assert "sara_identity_religion" not in prayed.categories


def test_supervisors_out_watching_the_logistics_find_no_logistics_problem(
    indonesia: Gazetteer,
) -> None:
    found = analyze(
        "Bawaslu mengamankan ratusan amplop berisi uang untuk serangan fajar di balai desa, "
        "temuan itu bermula saat komisioner melakukan pengawasan distribusi logistik ke "
        "sejumlah desa.",
        gazetteer=indonesia,
    )
    assert "money_politics" in found.categories
    assert "election_logistics" not in found.categories


def test_a_chain_message_the_police_call_a_hoax_circulated_and_its_stabbing_never_was(
    indonesia: Gazetteer,
) -> None:
    debunked = read_story(
        "Kabar Pembacokan Acak Modus Ketuk Pintu Tengah Malam Ternyata Hoaks\n"
        "Kabar pembacokan acak di Pasir Nangka dengan modus ketuk pintu tengah malam "
        "dipastikan hoaks. Polisi imbau warga tetap tenang. Dalam informasi tersebut, diklaim "
        "seorang warga tewas akibat pembacokan di kepala. Kabar yang beredar melalui media "
        "sosial menyebutkan pelaku mengenakan jubah putih dan mengetuk pintu rumah warga pada "
        "dini hari. Kapolresta memastikan informasi tersebut tidak benar: hasil penyisiran di "
        "Pasir Nangka menunjukkan tidak ada warga yang tewas. Polisi belum mengidentifikasi "
        "penyebar awal informasi hoaks ini sampai sekarang.",
        indonesia,
    )
    assert (debunked.kind, debunked.categories) == ("incident", ["hoax_hate_speech"])
    assert debunked.severity == 2
    passed_on = analyze(
        "Beredar pesan di aplikasi WhatsApp yang menyebut situasi ibu kota siaga 1, polisi "
        "memastikan pesan itu hoaks.",
        gazetteer=indonesia,
    )
    assert passed_on.kind == "incident"


def test_polling_officers_drunk_at_their_tps_disturb_the_vote_and_pukul_is_a_time(
    indonesia: Gazetteer,
) -> None:
    drunk = analyze(
        "Pencoblosan di TPS 48 Kelurahan Kwamki mundur 30 menit dari pukul 07.00 WIT karena "
        "empat orang anggota KPPS pada TPS 48 diduga mabuk.",
        gazetteer=indonesia,
    )
    assert drunk.categories == ["polling_station_unrest"]
    punched = analyze(
        "Kotak suara TPS 5 hilang, ternyata ada di rumah Ketua KPPS sedang dicoblos-coblosi "
        "surat suaranya saat pilkada.",
        gazetteer=indonesia,
    )
    assert "polling_station_unrest" in punched.categories


def test_a_writer_beside_the_paper_is_a_byline_and_a_place_alone_before_a_dash_a_dateline() -> None:
    from siaga.analysis.extract import dateline_span

    page = (
        "Pencoblosan di 4 Distrik Paniai Ditunda\n\nAnggi Muliawati - detikNews\n"
        "Rabu, 14 Feb 2024 00:30 WIB\nJakarta -\nKPU RI telah menerbitkan keputusan."
    )
    span = dateline_span(page)
    assert span is not None and page[span[0] : span[1]] == "Jakarta"


def test_asking_the_camps_to_hold_back_from_campaigning_early_is_a_warning(
    indonesia: Gazetteer,
) -> None:
    asked = read_story(
        "KPU meminta pasangan bakal calon presiden dan elite politik menahan diri untuk tidak "
        "kampanye sebelum waktunya. KPU telah menetapkan waktu kampanye mulai 23 September "
        'hingga 13 April. Sampai waktu itu tiba, dilarang untuk berkampanye. "Saat ini belum '
        'saatnya berkampanye," ujar komisioner KPU. Menurut dia, tahapan kampanye belum '
        "dimulai dan belum ada pasangan yang ditetapkan sebagai peserta pemilu, sehingga "
        "aturan pelanggaran kampanye belum bisa diterapkan. Pada saat waktu kampanye, tidak "
        "diizinkan berkampanye di lingkungan pendidikan. Lembaga pendidikan tidak boleh menjadi "
        "tempat kampanye, katanya.",
        indonesia,
    )
    assert (asked.kind, asked.categories) == ("threat", ["election_campaign_violation"])
    from siaga.analysis.pipeline import _leads_with_an_appeal

    lead = " kpu meminta elite politik menahan diri untuk tidak kampanye sebelum waktunya "
    assert _leads_with_an_appeal(lead, default_index())


def test_a_story_of_a_noisy_convoy_names_no_clash_by_its_faint_words_alone(
    indonesia: Gazetteer,
) -> None:
    noisy = read_story(
        "Sebuah video tersebar di media sosial yang memperlihatkan konvoi puluhan pengendara "
        "sepeda motor membawa bendera partai. Dari video itu tampak para simpatisan menggeber "
        "motor berknalpot bising dan sejumlah pengendara tidak mengenakan helm. Konvoi itu "
        "merupakan kampanye terbuka yang melibatkan ribuan pendukung dan simpatisan, yang "
        "sebagian besar melakukan konvoi sepeda motor. Koordinator massa mengatakan sudah "
        "memperingatkan simpatisan untuk tertib berlalu lintas, tetapi jumlah pendukung yang "
        "datang dua kali lipat dari yang diminta. Ia akan mengeluarkan surat peringatan resmi "
        "kepada para pengurus. Polisi menyebut konvoi berjalan tanpa insiden dan para "
        "simpatisan kembali ke rumah masing-masing sebelum petang.",
        indonesia,
    )
    assert "supporters_clash" not in noisy.categories


def test_the_police_calling_on_elders_is_no_crowd_come_to_a_door() -> None:
    from siaga.analysis.pipeline import _crowds_came

    assert _crowds_came(" puluhan warga desa salimbatu mendatangi pabrik kelapa sawit ") > 0
    assert _crowds_came(" polisi mendatangi sejumlah tokoh masyarakat dan ulama ") == 0


def test_a_related_list_with_a_dash_over_each_headline_is_the_page_s(indonesia: Gazetteer) -> None:
    page = (
        "Dua kelompok ormas terlibat bentrok di Kreo, Larangan, diduga rebutan lahan parkir.\n"
        "Berita Terkait\n-\nPecah Bentrok Ormas vs Debt Collector di Tambun\n-\n"
        "Puluhan Ormas Geruduk DPRD Solo Desak Kebijakan Dicabut\n"
    )
    assert "demonstration" not in analyze(page, gazetteer=indonesia).categories


def test_a_clash_settled_between_its_parties_is_a_meeting_and_a_turf_no_land(
    indonesia: Gazetteer,
) -> None:
    settled = read_story(
        "Bentrokan akibat rebutan lahan parkir oleh dua ormas di Tangerang berakhir damai. "
        "Sebagai informasi, kedua ormas bentrok di Jalan Hos Cokroaminoto, Kreo, Minggu. "
        "Kapolres mengatakan polisi malam itu juga melakukan komunikasi dengan kedua kelompok. "
        '"Kedua belah pihak sudah kami pertemukan semalam, mereka sepakat menyelesaikan '
        'kesalahpahaman secara kekeluargaan dan berjanji tidak akan terjadi gesekan kembali," '
        "ujarnya. Personel TNI, Polri dan Satpol PP tetap disiagakan di sekitar lokasi. "
        "Keributan kedua kelompok itu dilatarbelakangi pengelolaan lahan parkir di depan "
        "sebuah bank, kata Kapolres kepada wartawan.",
        indonesia,
    )
    assert settled.kind == "meeting"
    turf = analyze(
        "Pemicunya adalah merebutkan lahan, lahan penguasaan mereka, kata Kapolres soal "
        "bentrok dua ormas di pasar.",
        gazetteer=indonesia,
    )
    assert "land_boundary_dispute" not in turf.categories


def test_discontent_with_a_meeting_s_result_is_no_election_s_result_disputed(
    indonesia: Gazetteer,
) -> None:
    feud = analyze(
        "Perang panah antar dua kelompok warga pecah lagi karena kedua kelompok merasa tidak "
        "puas dengan hasil pertemuan damai, seorang pendeta tewas terkena panah.",
        gazetteer=indonesia,
    )
    assert "election_result_dispute" not in feud.categories


def test_a_threat_received_by_the_kpu_s_chairman_is_intimidation_done(
    indonesia: Gazetteer,
) -> None:
    reported = analyze(
        "Ketua KPU mendapat ancaman penculikan, komisioner melaporkan ancaman itu ke polisi "
        "saat sidang sengketa pilpres berjalan.",
        gazetteer=indonesia,
    )
    assert reported.kind == "incident"
    assert "polling_station_unrest" in reported.categories


def test_krama_come_to_the_council_s_office_with_questions_protest_and_consensus_is_a_method(
    indonesia: Gazetteer,
) -> None:
    came = analyze(
        "Puluhan krama Desa Adat Banyuasri mendatangi kantor Majelis Desa Adat, mempertanyakan "
        "surat yang membatalkan hasil pemilihan bendesa adat.",
        gazetteer=indonesia,
    )
    assert "demonstration" in came.categories
    from siaga.analysis.pipeline import _reports_a_meeting

    asked = (
        " pemilihan bendesa adat diharapkan dilakukan dengan musyawarah mufakat agar tidak "
        "terjadi konflik keberadaan pemimpin adat berdasarkan kebersamaan secara musyawarah "
    ) * 3
    no_one: dict[str, int | None] = {"dead": None, "injured": None}
    assert not _reports_a_meeting(asked, default_index(), no_one)


def test_a_kpu_chairman_s_house_stoned_is_intimidation_and_a_count_disliked_a_dispute(
    indonesia: Gazetteer,
) -> None:
    stoned = analyze(
        "Rumah Ketua KPU Pamekasan dirusak massa, pagarnya dilempari batu oleh ratusan orang.",
        gazetteer=indonesia,
    )
    assert "polling_station_unrest" in stoned.categories
    disliked = analyze(
        "Rumah kepala desa dilempari batu oleh massa pendukung caleg yang tidak puas dengan "
        "perolehan suara di desa itu saat pileg.",
        gazetteer=indonesia,
    )
    assert "election_result_dispute" in disliked.categories


def test_farmers_fighting_over_irrigation_water_dispute_a_resource_and_are_hurt(
    indonesia: Gazetteer,
) -> None:
    fought = analyze(
        "Dipicu rebutan air irigasi saat kemarau, dua petani di Desa Talagasari terlibat "
        "perkelahian hingga keduanya babak belur.",
        gazetteer=indonesia,
    )
    assert fought.categories == ["land_boundary_dispute"]
    assert fought.severity == 3


def test_a_village_staying_away_from_the_vote_in_protest_demonstrates_and_does_not_riot(
    indonesia: Gazetteer,
) -> None:
    stayed_away = analyze(
        "Sebagai bentuk protes atas jalan yang rusak, mayoritas pemilih di TPS 12 Kelurahan "
        "Mangunjiwan memilih tidak menggunakan hak pilih mereka alias golput pada pilkada.",
        gazetteer=indonesia,
    )
    assert stayed_away.categories == ["demonstration"]


def test_a_village_threatening_to_stay_away_has_not_yet_protested(indonesia: Gazetteer) -> None:
    threatened = analyze(
        "Warga Desa Bumisari mengancam golput pada pilkada jika jalan tidak diperbaiki, "
        "sebagai bentuk protes kepada pemerintah.",
        gazetteer=indonesia,
    )
    assert "demonstration" not in threatened.categories


def test_boycotters_burning_ballots_and_intimidating_kpps_make_unrest_at_the_polls(
    indonesia: Gazetteer,
) -> None:
    burned = analyze(
        "Puluhan warga Desa Gaji memboikot pilkada. Di dekat TPS 6 beberapa warga membakar "
        "surat suara.",
        gazetteer=indonesia,
    )
    assert {"demonstration", "polling_station_unrest"} <= set(burned.categories)
    intimidated = analyze(
        "Panwaslu akan mengklarifikasi tindakan intimidasi terhadap anggota KPPS di Desa "
        "Suwayuwo menjelang pemilu.",
        gazetteer=indonesia,
    )
    assert "polling_station_unrest" in intimidated.categories


def test_a_crowd_burning_a_police_station_is_a_protest_become_a_riot(
    indonesia: Gazetteer,
) -> None:
    stormed = analyze(
        "Mapolsek Bendahara di Kabupaten Aceh Tamiang dibakar massa setelah beredar kabar "
        "seorang tahanan tewas.",
        gazetteer=indonesia,
    )
    assert stormed.categories == ["demonstration"]
    assert stormed.kind == "incident"


def test_the_police_burning_seized_goods_at_their_station_is_no_riot(
    indonesia: Gazetteer,
) -> None:
    destroyed = analyze(
        "Petugas membakar ganja di Mapolres Klungkung, disaksikan jaksa dan wartawan.",
        gazetteer=indonesia,
    )
    assert "demonstration" not in destroyed.categories


def test_a_stranger_saved_from_a_mob_over_a_kidnapping_hoax_was_beaten_and_hurt(
    indonesia: Gazetteer,
) -> None:
    beaten = analyze(
        "Polisi mengamankan seorang perempuan dari amukan massa karena dituduh menculik anak, "
        "akibat hoaks di media sosial. Ia ditemukan tergeletak dengan kepala penuh luka.",
        gazetteer=indonesia,
    )
    assert set(beaten.categories) == {"hoax_hate_speech", "criminal_violence"}
    assert beaten.severity == 3


def test_a_woman_pretending_to_be_mad_is_at_no_temple(indonesia: Gazetteer) -> None:
    pretended = analyze(
        "Polisi memastikan kabar hoaks seorang perempuan yang pura-pura gila lalu menculik "
        "anak di Kranji, Kota Bekasi.",
        gazetteer=indonesia,
    )
    assert "sara_identity_religion" not in pretended.categories


def test_boats_burnt_in_the_strait_of_malacca_are_not_in_kabupaten_malaka(
    indonesia: Gazetteer,
) -> None:
    burnt = analyze(
        "Dua perahu nelayan Desa Sialang Buah dibakar di perairan Selat Malaka karena batas "
        "wilayah tangkap.",
        gazetteer=indonesia,
    )
    assert not any(p["code"].startswith("53.21") for p in burnt.places)
    assert any(p["code"].startswith("12.18") for p in burnt.places)


def test_patrols_to_prevent_a_fishermen_s_quarrel_that_often_flares_watch_a_tension(
    indonesia: Gazetteer,
) -> None:
    watched = analyze(
        "Konflik antar nelayan kerap terjadi di perairan Ketapang. Untuk mencegah konflik, "
        "Sat Polair Polres Ketapang aktif berpatroli di muara.",
        gazetteer=indonesia,
    )
    assert watched.kind == "threat"
    assert watched.categories == ["land_boundary_dispute"]


_SARONG_FIGHT_FOILED = (
    "Polsek Pasar Kemis, Kabupaten Tangerang, mengamankan 18 remaja yang diduga akan "
    "melakukan aksi perang sarung jelang sahur di depan Masjid Al Islah, Sabtu dini hari. "
    "Dari tangan para remaja itu polisi menyita sarung yang diikat untuk menjadi senjata. "
    "Kapolsek mengatakan para remaja hendak perang sarung setelah janjian lewat media "
    "sosial, dan orang tua mereka akan dipanggil untuk pembinaan agar tidak mengulangi "
    "perbuatannya. Tidak ada korban dalam peristiwa itu."
)


def test_youths_taken_in_before_the_sarong_fight_they_had_set_is_an_incident(
    indonesia: Gazetteer,
) -> None:
    foiled = analyze(_SARONG_FIGHT_FOILED, gazetteer=indonesia)
    assert foiled.kind == "incident"
    assert foiled.categories == ["alcohol_drugs_brawl"]


def test_villagers_storming_their_office_over_aid_protest_and_are_off_no_voters_roll(
    indonesia: Gazetteer,
) -> None:
    stormed = analyze(
        "Gegara BLT tak tepat sasaran, warga serbu kantor Kades Kubang Gajah. Warga yang "
        "tidak terdaftar dalam penyaluran BLT dana desa kecewa dan menuntut bantuan.",
        gazetteer=indonesia,
    )
    assert stormed.kind == "incident"
    assert stormed.categories == ["demonstration"]


_AUDIENCE_AFTER_A_CROWD_CAME = (
    "Ratusan warga Desa Cibiuk Kaler, Kecamatan Cibiuk, Kabupaten Garut menggeruduk kantor "
    "desa pada Rabu. Kedatangan warga itu karena merasa tidak puas atas pembagian BLT Dana "
    "Desa sebesar Rp 600.000. Dalam audiensi bersama kepala desa itu, situasinya sempat "
    "memanas karena warga menganggap penjelasan kades tidak memuaskan. Warga meminta "
    "penjelasan dan aturan yang jelas tentang penerima BLT DD, karena yang menerima diduga "
    "dekat dengan aparat desa. Dalam audiensi itu warga tampak ngotot dan penjelasan kades "
    "tetap tak digubris peserta audiensi. Ada peserta audiensi yang berdiri di atas kursi "
    "sambil berteriak minta keadilan dan melempar jeriken, sehingga audiensi terus memanas."
)


def test_a_crowd_that_stormed_its_village_office_then_got_an_audience_protested(
    indonesia: Gazetteer,
) -> None:
    protested = analyze(_AUDIENCE_AFTER_A_CROWD_CAME, gazetteer=indonesia)
    assert protested.kind == "incident"
    assert protested.categories == ["demonstration"]


def test_two_desa_adat_nearly_at_blows_over_their_border_quarrel_and_do_not_demonstrate(
    indonesia: Gazetteer,
) -> None:
    faced = analyze(
        "Warga dua desa di Kabupaten Karangasem nyaris bentrok karena tapal batas. Dua desa "
        "itu adalah Desa Adat Jasri dan Desa Adat Perasi. Puluhan warga turun ke jalan "
        "bersiap bentrok sebelum aparat datang.",
        gazetteer=indonesia,
    )
    assert set(faced.categories) == {"land_boundary_dispute", "adat_customary_dispute"}


def test_villagers_taking_to_the_street_against_a_mine_still_demonstrate(
    indonesia: Gazetteer,
) -> None:
    protested = analyze(
        "Ratusan warga turun ke jalan menolak tambang yang merampas lahan mereka dan berorasi "
        "di depan kantor bupati.",
        gazetteer=indonesia,
    )
    assert "demonstration" in protested.categories


def test_the_kpu_counting_its_lists_beside_a_storm_delay_names_no_voter_list_problem(
    indonesia: Gazetteer,
) -> None:
    delayed = analyze(
        "Hujan badai menghambat distribusi logistik pemilu ke Pulau Kelapa, Kepulauan Seribu, "
        "dan logistik untuk 11 TPS berbasis DPTb ditunda penyalurannya. KPU mencatat daftar "
        "pemilih tetap sebanyak 19.013 pemilih, sementara DPTb sebanyak 1.832 pemilih.",
        gazetteer=indonesia,
    )
    assert delayed.categories == ["election_logistics"]


_PARTIES_REGISTER_AT_THE_KPU = (
    "Kader dan simpatisan partai yang tergabung dalam koalisi mendatangi Kantor KPU di "
    "Jalan Imam Bonjol, Jakarta Pusat, untuk mendaftar sebagai calon peserta Pemilu 2024. "
    "Diiringi marching band dan rebana, para ketua umum hadir dalam pendaftaran itu. Setelah "
    "sampai di pintu gerbang KPU, sempat terjadi aksi dorong-dorongan antara petugas "
    "keamanan KPU dengan massa pendukung partai tersebut. Usai para ketua umum masuk, massa "
    "pendukung masih berusaha merangsek ke dalam gerbang KPU, hingga petugas mengimbau "
    "bahwa hanya pemilik kartu identitas yang boleh masuk. Polisi sempat menutup jalan "
    "menuju Bundaran HI untuk menghindari kemacetan sebelum rombongan tiba di KPU."
)


def test_a_party_s_supporters_shoving_at_the_kpu_s_gate_clash_at_registration(
    indonesia: Gazetteer,
) -> None:
    shoved = analyze(_PARTIES_REGISTER_AT_THE_KPU, gazetteer=indonesia)
    assert shoved.categories == ["supporters_clash"]
    assert shoved.kind == "incident"


def test_students_holding_up_posters_at_a_council_s_swearing_in_protest_at_its_stage(
    indonesia: Gazetteer,
) -> None:
    protested = analyze(
        "Dua mahasiswa masuk ke ruang pelantikan anggota DPRD Kabupaten Bekasi sambil "
        "mengangkat poster bertuliskan 'tolak dewan yang terjerat hukum'.",
        gazetteer=indonesia,
    )
    assert protested.categories == ["demonstration"]
    assert protested.election_stage == "inauguration"


def test_students_hit_on_the_head_at_a_protest_are_hurt(indonesia: Gazetteer) -> None:
    hurt = analyze(
        "Puluhan mahasiswa yang berunjuk rasa di depan gedung DPRD terlibat aksi dorong "
        "dengan petugas. Bahkan, sebagian terkena pukul di bagian kepala dan kaki.",
        gazetteer=indonesia,
    )
    assert hurt.severity == 3


def test_registrars_barred_from_houses_obstruct_the_voters_roll(indonesia: Gazetteer) -> None:
    barred = analyze(
        "Komisioner KPU mengatakan Pantarlih diperlakukan semena-mena saat menjalankan tugas "
        "coklit Pemilu 2019 di kawasan perumahan elite: masuk tidak diperkenankan.",
        gazetteer=indonesia,
    )
    assert barred.categories == ["voter_list_problem"]
    assert barred.kind == "incident"


def test_households_the_registrars_never_visited_are_a_voter_list_problem(
    indonesia: Gazetteer,
) -> None:
    unvisited = read_story(
        "Kulon Progo: Petugas Pemutakhiran Data Pemilih (Pantarlih) di Kabupaten Kulon Progo "
        "diduga kerap bekerja di balik layar. Dalam beberapa Pemilu, ada warga yang tidak "
        "pernah dicoklit. Kendati demikian, ia tetap bisa menyalurkan hak politik di bilik "
        "suara. Namun sesuai aturan KPU, coklit mewajibkan Pantarlih mendatangi setiap KK "
        "guna memverifikasi data calon pemilih yang bersumber dari Dinas Kependudukan. "
        "Setelah coklit rumah warga ditandai dengan stiker yang menandakan terdaftar sebagai "
        "pemilih dan berhak menyalurkan hak politik saat pemungutan suara Pilkada 2024. "
        '"Sampai beberapa pemilu tak ada stiker bukti coklit di rumah saya," ujarnya.',
        indonesia,
    )
    assert unvisited.categories == ["voter_list_problem"]
    assert unvisited.kind == "incident"


def test_a_voter_registered_twice_is_prone_to_vote_twice_not_a_polling_station_in_trouble(
    indonesia: Gazetteer,
) -> None:
    prone = analyze(
        "Panwaslu menemukan satu orang terdaftar di lebih dari satu TPS, sehingga rawan "
        "mencoblos lebih dari satu kali. Pemilih ganda itu sudah direkomendasikan ke KPU.",
        gazetteer=indonesia,
    )
    assert prone.categories == ["voter_list_problem"]
    cast = analyze(
        "Seorang pemilih kedapatan mencoblos lebih dari satu kali di TPS 04, KPPS lapor Panwas.",
        gazetteer=indonesia,
    )
    assert "polling_station_unrest" in cast.categories


def test_discontent_with_a_hamlet_head_s_test_is_no_election_result_disputed(
    indonesia: Gazetteer,
) -> None:
    refused = analyze(
        "Warga tidak puas dengan hasil tes kepala dukuh, sehingga ratusan warga menolak "
        "dicoklit petugas Pantarlih untuk Pemilu 2019.",
        gazetteer=indonesia,
    )
    assert "election_result_dispute" not in refused.categories
    assert "voter_list_problem" in refused.categories


def test_a_warning_against_campaigning_at_places_of_worship_names_the_violation(
    indonesia: Gazetteer,
) -> None:
    warned = analyze(
        "Bawaslu Bali mengingatkan para peserta pemilu jangan coba-coba melakukan kampanye "
        "di tempat-tempat peribadatan karena ancamannya hukuman pidana.",
        gazetteer=indonesia,
    )
    assert warned.categories == ["election_campaign_violation"]
    assert warned.kind == "threat"


def test_black_campaign_leaflets_in_the_quiet_days_are_a_smear_and_an_offence_then(
    indonesia: Gazetteer,
) -> None:
    smeared = analyze(
        "Panwaslu Jakarta Barat menemukan kampanye hitam selama masa tenang kampanye Pilkada "
        "DKI: ratusan ribu brosur yang menjelekkan satu kandidat disebarkan.",
        gazetteer=indonesia,
    )
    assert set(smeared.categories) == {"hoax_hate_speech", "election_campaign_violation"}
    assert smeared.election_stage == "quiet_period"


def test_youths_at_blows_at_a_village_dangdut_show_brawl_and_one_critically_hurt_is_hurt(
    indonesia: Gazetteer,
) -> None:
    brawled = analyze(
        "Sejumlah pemuda yang tengah menonton organ tunggal di Desa Banjar, Kecamatan Air "
        "Joman, terlibat baku hantam.",
        gazetteer=indonesia,
    )
    assert brawled.categories == ["alcohol_drugs_brawl"]
    hurt = analyze(
        "Usai hiburan dangdut, warga dua desa bentrok. Seorang pemuda kritis karena luka "
        "cukup parah di bagian kepala.",
        gazetteer=indonesia,
    )
    assert hurt.severity == 3


def test_a_village_head_slandered_on_social_media_reports_a_hoax(indonesia: Gazetteer) -> None:
    slandered = analyze(
        "Kepala Desa Sukamaju merasa difitnah melalui media sosial dan melaporkan akun "
        "tersebut ke Polres karena mencemarkan nama baiknya.",
        gazetteer=indonesia,
    )
    assert slandered.categories == ["hoax_hate_speech"]
    assert slandered.kind == "incident"


def test_strangers_only_suspected_are_a_warning_until_someone_takes_them_in(
    indonesia: Gazetteer,
) -> None:
    suspected = analyze(
        "Warga Kelurahan Girian Indah menemukan belasan pendatang tanpa KTP yang diduga "
        "sebagai penyusup. Mereka dilaporkan ke lurah dan Babinsa, lalu diserahkan ke "
        "polisi untuk didata dan dipulangkan ke daerah asal.",
        gazetteer=indonesia,
    )
    assert suspected.kind == "threat"
    caught = analyze(
        "Polsek Bebandem menangkap enam orang yang gerak-geriknya mencurigakan di desa "
        "yang ditinggal mengungsi warganya.",
        gazetteer=indonesia,
    )
    assert caught.kind == "incident"


def test_newcomers_from_named_regions_came_from_there(indonesia: Gazetteer) -> None:
    found = analyze(
        "Warga Kelurahan Girian Indah, Kecamatan Girian, menemukan 27 orang pendatang tanpa "
        "KTP. Lurah menjelaskan, mereka merupakan pendatang dari daerah Poso, Pare - Pare, "
        "Palu dan Manado. Mereka mengaku bekerja sebagai penjual tabung gas dan sedang "
        "mencari tempat kos. Polisi meminta keterangan para pendatang itu satu per satu, "
        "lalu memutuskan memulangkan mereka ke daerah asal masing-masing dalam waktu dekat.",
        gazetteer=indonesia,
    )
    assert [p["code"] for p in found.as_dict()["places"]] == ["71.72.06.1006"]


def test_drivers_fighting_over_a_passenger_are_no_candidates_supporters(
    indonesia: Gazetteer,
) -> None:
    drivers = analyze(
        "Ojek online dan ojek pangkalan bentrok di stasiun saat menjemput calon penumpang. "
        "Bentrokan kedua kubu pecah karena sebagian tidak menerima hasil musyawarah.",
        gazetteer=indonesia,
    )
    assert not {"supporters_clash", "election_result_dispute"} & set(drivers.categories)
    assert drivers.kind == "incident"
    supporters = analyze(
        "Pendukung dua calon bupati bentrok, kedua kubu saling lempar batu.",
        gazetteer=indonesia,
    )
    assert supporters.categories == ["supporters_clash"]


def test_a_quarrel_that_often_happens_is_a_standing_tension(indonesia: Gazetteer) -> None:
    often = analyze(
        "Perebutan air irigasi kerap kali terjadi antara petani di Lembor pada malam hari, "
        "sehingga bisa memicu konflik antar petani.",
        gazetteer=indonesia,
    )
    assert often.kind == "threat"
    assert often.categories == ["land_boundary_dispute"]


def test_a_street_vendors_clearing_that_comes_to_blows_is_a_signal(indonesia: Gazetteer) -> None:
    cleared = analyze(
        "Penertiban pedagang kaki lima di pasar oleh petugas Satpol PP Kota Medan berlangsung "
        "ricuh. Pedagang yang tidak terima melempari petugas dengan batu hingga terjadi "
        "keributan, sebelum petugas menarik diri.",
        gazetteer=indonesia,
    )
    assert cleared.kind == "incident"
    assert cleared.categories == ["other"]


def test_debt_collectors_taking_a_riders_motorbike_by_force_commit_a_crime(
    indonesia: Gazetteer,
) -> None:
    seized = analyze(
        "Pengendara ojek online melapor kendaraannya ditarik paksa oleh sekelompok debt "
        "collector alias mata elang di Kelapa Dua, Tangerang. Polisi akan menindak setiap "
        "bentuk premanisme di jalan raya.",
        gazetteer=indonesia,
    )
    assert seized.categories == ["criminal_violence"]
    assert seized.kind == "incident"


def test_a_rally_asked_to_spare_hate_speech_spreads_none(indonesia: Gazetteer) -> None:
    asked = analyze(
        "Polisi mengerahkan ribuan personel untuk mengamankan unjuk rasa di depan gedung "
        "DPR. Kabid Humas mengimbau massa aksi menyampaikan aspirasi secara damai, tidak ada "
        "ujaran kebencian dan provokatif, dan meminta orator tidak memprovokasi massa.",
        gazetteer=indonesia,
    )
    assert "hoax_hate_speech" not in asked.categories
    assert asked.kind == "threat"


def test_a_protest_s_banners_are_no_campaign_props() -> None:
    protest = "Massa pendemo membentangkan spanduk bertuliskan tolak kecurangan pemilu"
    assert category_evidence(protest).get("election_campaign_violation", 0.0) <= 0.0


def test_a_speaker_s_former_command_is_no_place_of_the_story(indonesia: Gazetteer) -> None:
    spoke = analyze(
        "Jakarta - Ribuan personel dikerahkan untuk mengamankan unjuk rasa di depan gedung "
        "DPR, Jakarta. Kabid Humas Polda Metro Jaya mengimbau massa aksi tetap tertib. Mantan "
        "Kapolres Metro Jakarta Selatan ini meminta orator menyampaikan orasi secara santun.",
        gazetteer=indonesia,
    )
    assert [p["code"] for p in spoke.as_dict()["places"]] == ["31"]


def test_a_house_stoned_stays_an_incident_when_its_owner_suspects_a_motive(
    indonesia: Gazetteer,
) -> None:
    stoned = analyze(
        "Kaca depan rumah warga Desa Gedangmas pecah dilempar batu orang tak dikenal menjelang "
        "subuh. Pemilik rumah mengaku curiga ada hubungannya dengan pilkades dan sudah "
        "melapor ke polsek.",
        gazetteer=indonesia,
    )
    assert stoned.kind == "incident"


def test_voters_threatened_over_their_vote_by_an_official_were_pressed(
    indonesia: Gazetteer,
) -> None:
    pressed = analyze(
        "Camat membantah melakukan ancaman kepada warga penerima PKH jika tak mencoblos calon "
        "kepala desa yang direkomendasikannya. Menjelang pemilihan, warga desa resah dengan "
        "kabar ancaman itu. Dalam pertemuan di sebuah rumah makan, para ketua kelompok PKH "
        "diancam jika tak mencoblos calon kades yang direkomendasikan akan dicoret dari daftar "
        "penerima PKH.",
        gazetteer=indonesia,
    )
    assert pressed.kind == "incident"
    assert "asn_neutrality" in pressed.categories


def test_villagers_breaking_up_a_banned_group_s_caliphate_gathering_face_radicalism(
    indonesia: Gazetteer,
) -> None:
    broken_up = analyze(
        "Warga membubarkan pengajian bertema khilafah yang diduga digelar simpatisan "
        "organisasi yang dilarang pemerintah. Pembubaran diwarnai kericuhan hingga perusakan "
        "pagar, dan polisi berjaga agar tidak terjadi bentrok.",
        gazetteer=indonesia,
    )
    assert "terrorism_radicalism" in broken_up.categories
    assert "supporters_clash" not in broken_up.categories


def test_a_smooth_start_before_the_trouble_is_no_smooth_outcome(indonesia: Gazetteer) -> None:
    broken_up = analyze(
        "KPU menggelar rekapitulasi suara Pilkada di tingkat kabupaten. Mulanya proses "
        "rekapitulasi berjalan lancar. Namun, timbul keributan yang melibatkan saksi, hingga "
        "terjadi perusakan kursi dan meja pimpinan sidang.",
        gazetteer=indonesia,
    )
    assert "routine" not in broken_up.cues["flags"]
    smooth = analyze(
        "Rekapitulasi suara Pilkada di tingkat kabupaten berjalan lancar.", gazetteer=indonesia
    )
    assert "routine" in smooth.cues["flags"]


def test_witnesses_who_walk_out_or_will_not_sign_the_minutes_dispute_the_result() -> None:
    for said in (
        "saksi paslon 01 walk out dari rapat pleno rekapitulasi",
        "saksi paslon 02 enggan menandatangani berita acara hasil rekapitulasi",
        "rapat pleno diskors setelah saksi cekcok",
    ):
        assert category_evidence(said).get("election_result_dispute", 0.0) > 0.0, said
    objections = "saksi menyerahkan catatan keberatan dan kejadian khusus kepada ketua KPU"
    assert category_evidence(objections).get("polling_station_unrest", 0.0) <= 0.0


def test_one_of_the_dead_named_rather_than_counted_is_a_death() -> None:
    assert casualties("Terjadi perkelahian, dalam insiden itu Abdullah meninggal.")["dead"] == 1
    assert casualties("Abdullah nyaris tewas dibacok.")["dead"] is None
    assert casualties("4.180 Orang Meninggal Terdaftar Sebagai Pemilih")["dead"] is None


def test_two_peoples_or_villagers_and_newcomers_at_blows_are_an_identity_clash() -> None:
    for said in (
        "bentrok ini diawali perkelahian antara warga suku Bugis dengan suku Tidung",
        "telah terjadi bentrok antara warga lokal dan warga pendatang dari NTT",
    ):
        assert category_evidence(said)["sara_identity_religion"] >= CATEGORY_THRESHOLD, said


def test_a_village_written_in_two_words_is_still_found(indonesia: Gazetteer) -> None:
    clash = analyze(
        "Situasi di Tambak Sawah, Waru, Sidoarjo, dengan cepat bisa dilerai.", gazetteer=indonesia
    )
    assert [p["code"] for p in clash.as_dict()["places"]] == ["35.15.18.2006"]


def test_a_quarrel_is_an_act_whatever_it_threatens_next(indonesia: Gazetteer) -> None:
    quarrel = analyze(
        "Koordinator aksi menolaknya mentah-mentah dan mengancam massa bakal menduduki gedung "
        "DPRD jika posko dipindahkan. Di tengah perdebatan, seorang pentolan massa merangsek "
        "ke truk Satpol PP dan membentak-bentak Sekda.",
        gazetteer=indonesia,
    )
    assert quarrel.kind == "incident"


def test_state_aid_handed_out_in_an_incumbent_s_name_is_money_politics() -> None:
    politicised = (
        "Bawaslu menemukan dugaan politisasi bansos oleh kepala daerah calon petahana "
        "menjelang Pilkada"
    )
    assert category_evidence(politicised)["money_politics"] >= CATEGORY_THRESHOLD
    relief = "Pemda menyalurkan bansos beras kepada warga terdampak banjir"
    assert category_evidence(relief).get("money_politics", 0.0) < CATEGORY_THRESHOLD


def test_an_ormas_sweeping_christmas_decorations_or_ramadan_eateries_enforces_a_faith() -> None:
    for said in (
        "Kapolda melarang ormas melakukan sweeping atribut Natal di mal",
        "Ormas yang nekat melakukan sweeping di bulan Ramadan terhadap warung makan akan "
        "ditindak, dan aksi sweeping itu bisa dipidana",
    ):
        assert category_evidence(said)["sara_identity_religion"] >= CATEGORY_THRESHOLD, said


def test_an_organiser_s_house_set_alight_is_unrest_at_the_polls(indonesia: Gazetteer) -> None:
    burned = analyze(
        "Polres belum menetapkan tersangka pelaku pembakaran rumah Ketua KPU Madina. Pelaku "
        "diperkirakan melempar rumah dengan bensin lalu membakarnya.",
        gazetteer=indonesia,
    )
    assert "polling_station_unrest" in burned.categories


def test_a_post_dressed_in_a_candidate_s_banner_or_a_party_s_flags_are_campaign_props() -> None:
    for said in (
        "Pos yang berspanduk salah satu paslon dibakar orang tak dikenal",
        "Lima bendera partai yang dipasang tim sukses caleg dibakar orang tak dikenal",
    ):
        evidence = category_evidence(said)
        assert evidence["election_campaign_violation"] > 0.0, said


def test_an_office_s_internal_staff_meeting_over_a_theft_is_no_coordination(
    indonesia: Gazetteer,
) -> None:
    stolen = analyze(
        '"Begitu laporan masuk, saya langsung mengumpulkan seluruh anggota KPU untuk '
        'mengadakan rapat internal," kata Ketua KPU kabupaten itu, Minggu. Kejadiannya pada '
        "Jumat pagi, ketika pemilik gudang tempat KPU menyimpan arsip melapor bahwa pintu "
        "gudang terbuka. Para anggota KPU lalu memeriksa isi gudang dan mendapati 100 karung "
        "surat suara bersama lampirannya hilang. Surat suara yang digondol maling itu bekas "
        "pemilihan gubernur dua tahun lalu, bukan yang akan dipakai bulan depan. Beratnya "
        "lebih dari tiga ton, sehingga pencurinya diduga memakai truk. Meski kerugiannya "
        "kecil, KPU tetap melaporkan pencurian itu ke polisi karena surat suara adalah "
        "dokumen negara.",
        gazetteer=indonesia,
    )
    assert stolen.kind == "incident"


def test_campaigning_in_an_official_s_uniform_is_a_campaign_violation() -> None:
    uniform = "Pensiunan polisi itu diduga berkampanye menggunakan seragam kedinasan Polri"
    assert category_evidence(uniform)["election_campaign_violation"] >= CATEGORY_THRESHOLD


def test_yogyakarta_s_klitih_is_street_crime() -> None:
    klitih = "Empat remaja berboncengan membawa parang menakuti warga, diduga klitih"
    assert category_evidence(klitih)["criminal_violence"] >= CATEGORY_THRESHOLD


def test_villagers_barring_a_mine_s_lorries_from_their_road_demonstrate() -> None:
    for said in (
        "Warga dua desa menghadang truk pengangkut pasir yang melintas di jalan desa",
        "Aksi penghadangan armada tambang itu berlangsung sejak pagi",
        "Ratusan warga menggelar aksi tolak tambang di depan balai desa",
    ):
        evidence = category_evidence(said)
        assert evidence["demonstration"] >= CATEGORY_THRESHOLD, said


def test_some_were_hurt_when_the_police_say_there_were_wounded_but_none_badly() -> None:
    told = "Kapolres mengaku ada korban luka saat bentrok. Namun tidak ada korban luka berat."
    assert casualties(told)["injured"] == 1
    assert casualties("Polisi memastikan tidak ada korban luka.")["injured"] is None
    assert casualties("Belum diketahui apakah ada korban luka.")["injured"] is None


def test_residents_mounting_a_blockade_of_a_plantation_demonstrate() -> None:
    blockade = "Ratusan warga menggelar aksi blokade akses perkebunan kelapa sawit"
    assert category_evidence(blockade)["demonstration"] >= CATEGORY_THRESHOLD


def test_a_customary_people_protesting_a_mine_on_its_land_dispute_the_land(
    indonesia: Gazetteer,
) -> None:
    protest = analyze(
        "Aksi protes warga yang dipelopori tetua adat memprotes pihak PT STS yang bersikap "
        "acuh tak acuh menambang nikel hingga masuk ke wilayah adat mereka.",
        gazetteer=indonesia,
    )
    assert "land_boundary_dispute" in protest.categories


def test_a_company_s_work_blockaded_and_its_land_said_seized_are_protest_and_land() -> None:
    blockaded = category_evidence(
        "Massa memblokade kegiatan perusahaan tambang terutama pada aktifitas pemuatan ore."
    )
    assert blockaded["demonstration"] >= CATEGORY_THRESHOLD
    seized = category_evidence(
        "Warga menuntut pembayaran lahan milik mereka yang telah dikuasai perusahaan tambang."
    )
    assert seized["land_boundary_dispute"] >= CATEGORY_THRESHOLD


def test_a_customary_people_demanding_its_land_back_from_a_company_dispute_land_only(
    indonesia: Gazetteer,
) -> None:
    demand = (
        "Konflik lahan antara Masyarakat Adat Batin Panduk, Kabupaten Pelalawan, Riau, dan "
        "sebuah perusahaan perkebunan terus berlanjut. Masyarakat Adat Batin Panduk menuntut "
        "agar perusahaan mengembalikan lahan mereka di Kecamatan Kerumutan. Aksi damai yang "
        "diikuti ratusan warga Masyarakat Adat Batin Panduk pada Jumat menjadi wujud "
        "penegasan tuntutan ini. Koordinator massa membacakan tuntutan di pintu masuk kebun, "
        "dijaga aparat kepolisian, sementara pihak perusahaan tidak tampak menemui massa. "
        "Salah satu tuntutan ialah agar pemerintah kabupaten mencabut izin usaha perkebunan "
        "perusahaan itu dan menghentikan panen di atas lahan yang mereka klaim."
    )
    reading = read_story(demand, indonesia, model=GuessingModel())
    assert "land_boundary_dispute" in reading.categories
    assert "adat_customary_dispute" not in reading.categories


def test_a_flood_s_victims_joining_a_planned_rally_are_no_victims_of_an_act() -> None:
    rally = kind_evidence("Aksi yang diikuti sejumlah korban banjir ini akan menuntut gubernur")
    assert rally["threat"] > rally.get("incident", 0.0)
    assert kind_evidence("Dua korban dilarikan ke puskesmas")["incident"] > 0.0


def test_a_village_officer_s_mediation_that_ends_in_terms_is_a_meeting(
    indonesia: Gazetteer,
) -> None:
    settled = (
        "Potensi konflik karena sengketa batas kebun di sebuah desa di Kecamatan Tapango "
        "berhasil diredam. Perbedaan klaim batas antarwarga itu berpotensi memicu gesekan, "
        "maka Bhabinkamtibmas bersama perangkat desa memfasilitasi mediasi terbuka di aula "
        "kantor desa, guna mencegah konflik meluas. Dalam forum mediasi, suasana sempat "
        "memanas, tetapi petugas juga turun ke kebun yang disengketakan, memberi imbauan "
        "kamtibmas dan membantu menentukan ulang batas. Kedua petani itu akhirnya sepakat "
        "menyelesaikan persoalan secara kekeluargaan tanpa jalur hukum, dan surat "
        "kesepakatan ditandatangani disaksikan kepala desa serta tokoh masyarakat setempat."
    )
    assert read_story(settled, indonesia, model=GuessingModel()).kind == "meeting"


def test_a_ballot_box_hacked_at_the_count_is_unrest_at_the_polls_not_logistics(
    indonesia: Gazetteer,
) -> None:
    hacked = analyze(
        "Rusak kotak suara pilkades, dua warga dilaporkan. Saat proses penghitungan suara "
        "berlangsung, seorang warga datang membawa celurit, masuk ke TPS dan merusak kotak "
        "suara dusun sehingga penghitungan berhenti.",
        gazetteer=indonesia,
        model=GuessingModel(),
    )
    assert "polling_station_unrest" in hacked.categories
    assert "election_logistics" not in hacked.categories


def test_an_organiser_s_beating_is_unrest_however_the_word_is_misspelt() -> None:
    beaten = "Anggota PPK melaporkan dugaan penganiyaan yang dialaminya sehari setelah pemilu"
    evidence = category_evidence_with_rules(beaten)
    assert evidence["polling_station_unrest"] >= CATEGORY_THRESHOLD


def test_the_dead_of_a_feud_s_earlier_round_are_history_not_this_round_s() -> None:
    feud = (
        "Perang tanding antarwarga dua desa kembali pecah Rabu, belum ada informasi korban. "
        "Pada 1982, kasus serupa memicu perang tanding yang mengakibatkan dua warga tewas."
    )
    assert casualties(feud)["dead"] is None
    assert casualties("Pada Kamis (5/3/2020), dua warga tewas terbunuh.")["dead"] == 2


def test_threats_sent_by_text_or_anonymous_letter_are_threats_made() -> None:
    for said in (
        "Wartawati itu menerima surat kaleng yang dibubuhi darah di teras rumahnya",
        "Peneror mengirim berjubel SMS bernada ancaman kepada wartawati itu",
    ):
        evidence = kind_evidence(said)
        assert evidence.get("incident", 0.0) > evidence.get("threat", 0.0), said


def test_an_anonymous_letter_calling_to_holy_war_is_radicalism_not_an_envelope_of_cash() -> None:
    letter = "Surat kaleng itu dibungkus amplop putih; situs yang tertera berisi risalah jihad"
    evidence = category_evidence(letter)
    assert evidence["terrorism_radicalism"] >= CATEGORY_THRESHOLD
    assert evidence.get("money_politics", 0.0) <= 0.0


def test_a_rumour_of_child_kidnappers_that_sets_a_town_alight_is_a_hoax() -> None:
    rumour = "Kebakaran kios dan ruko itu terjadi akibat isu penculikan anak di wilayah tersebut"
    assert category_evidence(rumour)["hoax_hate_speech"] >= CATEGORY_THRESHOLD


def test_a_rite_fought_as_a_mock_war_is_no_conflict_but_a_brawl_at_it_is(
    indonesia: Gazetteer,
) -> None:
    rite = (
        "Umat Islam dan Hindu di Kecamatan Lingsar, Lombok Barat, menggelar perang topat di "
        "kompleks Pura Lingsar. Setelah aba-aba, massa kedua kubu saling melempar ketupat "
        "sambil tertawa; ketupat yang dipakai berperang dibawa pulang untuk ditabur di sawah."
    )
    brawl = rite.replace("sambil tertawa", "lalu ricuh, dua pemuda luka dan diamankan polisi")
    assert_a_rite_unless(rite, indonesia, brawl)


def test_a_batik_s_parang_motif_is_no_machete(indonesia: Gazetteer) -> None:
    worn = analyze(
        "Seluruh keluarga keraton mengenakan batik parang rusak barong, motif parang yang "
        "dulu hanya boleh dipakai raja.",
        gazetteer=indonesia,
    )
    assert "weapon" not in worn.cues["flags"]
    carried = analyze("Pemuda itu membawa parang dan batik ke pasar.", gazetteer=indonesia)
    assert "weapon" in carried.cues["flags"]


def test_a_batik_s_motif_explained_is_no_signal(indonesia: Gazetteer) -> None:
    story = (
        "Arti Motif Batik: Parang Rusak, Kandung Makna Perang\n"
        "Batik parang rusak mengandung makna perang, yaitu menyingkirkan nafsu jahat dan "
        "semua hal yang merusak. Motif ini diyakini diciptakan oleh raja Mataram, dan "
        "termasuk batik larangan yang dulu hanya boleh dipakai raja, keluarganya, para "
        "bangsawan dan abdi dalem. Ornamen lidah api melambangkan nafsu amarah, sedangkan "
        "komposisi miring empat puluh lima derajat menandakan kesigapan gerak. Kini batik "
        "larangan bebas dipakai masyarakat di luar dinding keraton, tetapi di dalam keraton "
        "aturan itu masih berlaku. Motif ini kini banyak dipakai pegawai pada hari batik."
    )
    assert_no_signal_unless(
        story,
        indonesia,
        "Motif ini kini",
        "Sejumlah pedagang berunjuk rasa di depan keraton menolak aturan itu.",
    )


def test_spirits_fired_up_burn_nothing(indonesia: Gazetteer) -> None:
    rite = (
        "Dua kelompok pemuda Banjar Teba di Jimbaran bersiap melakukan siat yeh atau perang "
        "air. Gamelan baleganjur ditabuh untuk membakar semangat, lalu mereka saling menyerang "
        "dengan air laut dan air rawa."
    )
    reading = analyze(rite, gazetteer=indonesia, model=GuessingModel())
    assert "arson" not in reading.cues["flags"]
    assert reading.kind == "none"
    burnt = rite.replace("untuk membakar semangat", "lalu massa membakar balai banjar")
    assert analyze(burnt, gazetteer=indonesia, model=GuessingModel()).kind == "incident"


def test_a_rite_driving_out_a_plague_with_offerings_burnt_is_no_signal(
    indonesia: Gazetteer,
) -> None:
    rite = (
        "Warga kelurahan menggelar ritual mengusir pagebluk dengan cara keliling kampung sambil"
        " melantunkan sholawat. Puluhan warga laki-laki dan perempuan membawa obor dan membakar"
        " sesajen serta mengumandangkan adzan di setiap sudut kampung. Menurut takmir musala, "
        "acara ini digelar agar wabah segera hilang, walaupun warga sendiri tidak ada yang "
        "sakit dan sudah divaksinasi di puskesmas. Ia berharap penyakit yang datang dari timur "
        "kembali ke timur dan yang datang dari barat kembali ke barat. Acara diakhiri dengan "
        "doa bersama, dan warga membawa tumpeng serta buah-buahan untuk dimakan bersama di "
        "halaman musala."
    )
    reading = read_story(rite, indonesia)
    assert reading.kind == "none" and "arson" not in reading.cues["flags"]
    driven_out = rite.replace("ritual mengusir pagebluk", "ritual lalu mengusir warga pendatang")
    assert read_story(driven_out, indonesia).kind != "none"
    burnt = rite.replace("membakar sesajen", "membakar rumah warga")
    assert "arson" in read_story(burnt, indonesia).cues["flags"]


def test_a_rite_a_writer_calls_idolatry_sets_no_faith_at_odds(indonesia: Gazetteer) -> None:
    branded = (
        "Warga desa menggelar ritual kesyirikan yakni tolak bala atau resik desa. Acara diawali "
        "kirab nasi tumpeng dari makam leluhur, lalu ratusan warga berebutan nasi tumpeng."
    )
    assert "sara_identity_religion" not in analyze(branded, gazetteer=indonesia).categories
    wrecked = branded.replace("lalu ratusan", "lalu sekelompok orang membubarkan ritual itu dan")
    assert "sara_identity_religion" in analyze(wrecked, gazetteer=indonesia).categories


def test_the_baliem_festival_s_staged_tribal_war_is_no_conflict(indonesia: Gazetteer) -> None:
    festival = (
        "Festival Baliem awalnya merupakan acara perang antar Suku Dani, Suku Lani dan Suku "
        "Yali di Wamena sebagai ajang adu kekuatan. Di festival ini wisatawan melihat perang "
        "antarsuku, dari penculikan warga sampai penyerbuan ladang, saling lempar tombak, "
        "parang dan panah diiringi musik tradisional."
    )
    clash = festival + " Usai festival, warga dua kampung bentrok dan seorang tewas terkena panah."
    assert_a_rite_unless(festival, indonesia, clash)


def test_pejanggik_s_war_of_bamboo_rice_is_a_mock_war(indonesia: Gazetteer) -> None:
    rite = (
        "Masyarakat Desa Pejanggik melaksanakan tradisi Perang Timbung di kompleks makam "
        "Serewa. Kedua kelompok saling melemparkan timbung, ketan yang dibakar dalam bambu, "
        "dan berusaha agar setiap lemparan mengenai pihak lawan. Sebelumnya tokoh agama dan "
        "sesepuh desa mengadakan pertemuan untuk mematangkan rencana tradisi ini."
    )
    reading = analyze(rite, gazetteer=indonesia, model=GuessingModel())
    assert (reading.kind, reading.categories, reading.severity) == ("none", [], 0)


def test_a_water_war_s_wet_and_spent_water_are_no_trouble(indonesia: Gazetteer) -> None:
    rite = (
        "Warga Kampung Bustaman menggelar tradisi gebyuran menjelang Ramadan. Anak-anak dan "
        "remaja saling lempar air dalam plastik hingga basah kuyup, dan perang air berhenti "
        "setelah persediaan air habis."
    )
    brawl = rite.replace("hingga basah kuyup", "lalu ricuh, dua pemuda luka dan diamankan polisi")
    assert_a_rite_unless(rite, indonesia, brawl)


def test_a_simakrama_with_the_youth_is_a_meeting() -> None:
    sat_down = kind_evidence("Simakrama Polda Bali dengan Pasikian Yowana jelang Nyepi")
    assert sat_down["meeting"] >= 1.0


def test_a_quarrel_between_desa_adat_is_customary() -> None:
    feared = "Pawai yang melewati obyek sengketa berpotensi memicu konflik antar Desa Adat"
    assert category_evidence(feared)["adat_customary_dispute"] >= CATEGORY_THRESHOLD


def test_a_riot_told_first_and_then_as_the_drill_just_over_is_no_conflict(
    indonesia: Gazetteer,
) -> None:
    drill = (
        "Puluhan massa simpatisan salah satu paslon terlibat bentrok dengan ratusan polisi di "
        "Jalan Kenanga, Martapura, hingga water cannon diterjunkan untuk membubarkan massa. "
        "Massa yang menduga ada kecurangan saat rekapitulasi pilkada tak mampu diredam, "
        "terlebih permintaan menghadirkan Ketua KPU tak dapat dipenuhi. Kurang lebih satu jam "
        "kemudian massa dibubarkan setelah dilakukan mediasi. Usai kegiatan simulasi sistem "
        "pengamanan kota yang disaksikan KPU dan Bawaslu, Wakapolres mengatakan kegiatan itu "
        "menyiapkan pengamanan setiap tahapan pilkada, dari situasi hijau hingga merah, "
        "dengan 320 personel gabungan."
    )
    assert read_story(drill, indonesia, model=GuessingModel()).kind == "none"


def test_a_fight_at_a_festival_is_the_news_and_the_festival_its_setting(
    indonesia: Gazetteer,
) -> None:
    fight = (
        "Bentrok Warga Masih Berlanjut, Panitia Festival Diminta Segera Menutup Acara\n"
        "Kondisi kota tiga hari terakhir terganggu akibat bentrok beberapa kelompok warga "
        "yang berselisih di tengah keramaian festival tari yang melibatkan penari dari "
        "berbagai kampung. Berawal dari salah paham beberapa pemuda saat menyaksikan "
        "tarian di lapangan, bentrok makin besar melibatkan warga dua kampung yang saling "
        "serang menggunakan busur panah dan alat tajam. Warga meminta panitia menutup "
        "festival sebelum pertikaian itu makin meluas. Melihat situasi konflik yang "
        "terus berlangsung, TNI dan Polri masih berpatroli di sekitar kota dan berjaga di "
        "pintu masuk pelabuhan feri."
    )
    assert read_story(fight, indonesia).kind == "incident"


def test_a_storming_of_the_kpu_revealed_as_a_staged_scene_is_no_conflict(
    indonesia: Gazetteer,
) -> None:
    staged = (
        "Ratusan massa pendukung salah satu pasangan bakal calon bupati menggeruduk kantor "
        "KPU Kamis pagi. Massa menuntut adanya dugaan kecurangan dan meminta pemungutan "
        "suara ulang di salah satu TPS. Massa yang sempat anarkis membuat aparat kerepotan "
        "dan memaksa menutup arus lalu lintas dari dua arah. Sejumlah provokator berhasil "
        "diamankan setelah polisi menembakkan gas air mata dan mengerahkan water canon. "
        "Peristiwa tersebut merupakan adegan simulasi yang diperagakan polres dalam "
        "persiapan pengamanan pilkada. Ini merupakan agenda simulasi pengamanan TPS dan "
        "sispamkota, kata kepala bagian operasi polres."
    )
    assert read_story(staged, indonesia, model=GuessingModel()).kind == "none"


def test_a_loser_s_objection_to_the_result_disputes_it_but_boxes_opened_to_count_do_not() -> None:
    objected = "Calon itu menyampaikan surat keberatannya atas hasil pemilihan perbekel"
    assert category_evidence(objected)["election_result_dispute"] >= CATEGORY_THRESHOLD
    demanded = "Saya menuntut dilakukan pembukaan kotak suara untuk membuktikannya"
    assert category_evidence(demanded)["election_result_dispute"] >= CATEGORY_THRESHOLD
    counted = "KPPS melakukan pembukaan kotak suara di hadapan para saksi"
    assert category_evidence(counted).get("election_result_dispute", 0.0) < CATEGORY_THRESHOLD


def test_a_death_protesters_ask_to_be_investigated_is_not_their_protest_s_toll() -> None:
    demands = (
        "Massa membawa tujuh tuntutan, di antaranya pengusutan tragedi 28 Agustus yang "
        "menewaskan seorang pengemudi ojol."
    )
    assert casualties(demands)["dead"] is None
    assert casualties("Bentrokan di depan gedung dewan menewaskan dua orang.")["dead"] == 2


def test_a_march_not_yet_taken_to_the_street_is_no_act_done() -> None:
    planned = "Bukan hanya turun ke jalan, mereka juga akan mematikan aplikasi seharian penuh"
    assert kind_evidence(planned).get("incident", 0.0) == 0.0
    held = "Ribuan pengemudi ojol turun ke jalan menolak potongan aplikator"
    assert kind_evidence(held)["incident"] > 0.0


def test_what_such_clashes_sometimes_do_tells_no_death() -> None:
    habit = "Bentrokan antaraparat, terkadang sampai merenggut nyawa, sering terjadi di negeri ini"
    assert casualties(habit)["dead"] is None
    assert casualties("Bentrokan itu merenggut nyawa dua warga")["dead"] == 2


def test_refugees_turned_away_where_they_land_are_one_people_refusing_another() -> None:
    turned_away = (
        "Imigran Rohingya kembali berlabuh di Bireun, Aceh ditolak oleh warga di Kecamatan "
        "Jangka. Warga setempat juga tidak menerima sehingga imigran dikembalikan ke kapal."
    )
    assert category_evidence_with_rules(turned_away)["sara_identity_religion"] >= CATEGORY_THRESHOLD
    helped = "Relawan menyalurkan makanan untuk pengungsi Rohingya di tempat penampungan."
    assert (
        category_evidence_with_rules(helped).get("sara_identity_religion", 0.0) < CATEGORY_THRESHOLD
    )


def test_what_befell_people_as_they_were_about_to_do_something_is_no_plan() -> None:
    refused = kind_evidence("Warga menolak ratusan pengungsi itu saat hendak berlabuh")
    assert refused["incident"] > refused.get("threat", 0.0)
    planned = kind_evidence("Massa hendak mendatangi kantor KPU besok pagi")
    assert planned["threat"] > planned.get("incident", 0.0)


def test_a_bill_named_in_a_protest_s_demands_and_a_car_wrecked_by_rioters_are_no_crimes() -> None:
    demands = "Massa menuntut percepatan pengesahan RUU Perampasan Aset di depan gedung DPRD"
    assert category_evidence(demands).get("criminal_violence", 0.0) < CATEGORY_THRESHOLD
    wrecked = "Mobil dinas Sekretaris Daerah pun tak luput dari amukan massa di gedung DPRD"
    assert category_evidence(wrecked).get("criminal_violence", 0.0) < CATEGORY_THRESHOLD
    saved = "Polisi mengamankan seorang perempuan dari amukan massa"
    assert category_evidence(saved)["criminal_violence"] >= CATEGORY_THRESHOLD


def test_villagers_pressing_a_banned_sect_s_former_members_to_leave_is_faith_at_odds() -> None:
    pressed = "Massa merusak dan membakar kendaraan milik perwakilan warga eks Gafatar"
    assert category_evidence(pressed)["sara_identity_religion"] >= CATEGORY_THRESHOLD


def test_a_candidates_debate_in_uproar_is_the_camps_at_odds_in_the_campaign() -> None:
    uproar = (
        "Debat Kandidat Pilgub Jawa Barat putaran kedua di Balairung Universitas Indonesia, "
        "Senin (14/5) malam, nyaris berakhir ricuh."
    )
    assert category_evidence_with_rules(uproar)["supporters_clash"] >= CATEGORY_THRESHOLD
    calm = "Debat publik ketiga Pilkada Bungo berlangsung lancar tanpa kericuhan."
    assert category_evidence_with_rules(calm).get("supporters_clash", 0.0) < CATEGORY_THRESHOLD


def test_nobody_held_or_hurt_is_nobody_hurt_however_long_the_list() -> None:
    spared = "Mustakim mengatakan, tidak ada pendukung yang diamankan maupun terluka."
    assert casualties(spared)["injured"] is None
    hurt = "Mustakim mengatakan, tidak ada yang diamankan, tetapi dua pendukung terluka."
    assert casualties(hurt)["injured"] == 2


def test_students_of_rival_faculties_fighting_on_campus_is_the_youths_brawl() -> None:
    fought = "Bentrokan mahasiswa antar fakultas bahasa dengan seni di Kampus UNM Parangtambung"
    assert category_evidence(fought)["alcohol_drugs_brawl"] >= CATEGORY_THRESHOLD
    taught = "Mahasiswa Fakultas Teknik mengikuti kuliah umum tentang keselamatan kerja"
    assert category_evidence(taught).get("alcohol_drugs_brawl", 0.0) < CATEGORY_THRESHOLD


def test_arrows_that_hit_students_wound_them_but_a_window_hit_or_a_bow_drawn_does_not() -> None:
    assert casualties("Akibatnya, ada lima orang mahasiswa yang terkena busur.")["injured"] == 5
    window = (
        "Tidak ada korban jiwa namun kaca jendela ruangan dekan pecah akibat terkena lemparan batu."
    )
    assert casualties(window)["injured"] is None
    assert casualties("Dua orang di antaranya sedang memanah ke arah kami")["injured"] is None
    assert casualties("Seorang warga terkena lemparan batu di kepala")["injured"] == 1


def test_a_village_office_set_alight_or_threatened_with_fire_is_a_crime(
    indonesia: Gazetteer,
) -> None:
    burned = "Lasade mengaku membakar kantor desa karena kesal dengan pelayanan aparat desa"
    assert category_evidence(burned)["criminal_violence"] >= CATEGORY_THRESHOLD
    threatened = (
        "Seorang pria yang kecewa dengan pelayanan aparat desa nekat mengancam akan membakar "
        "kantor desa. Ia menggebrak meja pelayanan sambil melontarkan kata-kata kasar dan "
        "membawa botol berisi cairan yang diduga bensin. Warga setempat turut membantu "
        "mengamankan situasi hingga polisi datang dan menangkap pria tersebut sebelum ia "
        "sempat melakukan tindakan yang lebih berbahaya. Polisi mengamankan barang bukti "
        "berupa botol bensin dan memeriksa pelaku untuk mengetahui motivasinya. Menurut "
        "tetangganya, ia sudah lama kesal dengan aparat desa karena berkasnya tak kunjung selesai "
        "meski sudah berkali-kali ia urus."
    )
    reading = read_story(threatened, indonesia)
    assert (reading.kind, reading.categories) == ("incident", ["criminal_violence"])


def test_in_a_village_head_s_election_the_village_head_is_the_office_not_a_partisan() -> None:
    from siaga.analysis.pipeline import _in_context

    found = {"asn_neutrality": {"kepala desa": 2, "sekdes": 1}}
    assert _in_context(found, True, False, village_vote=True) == {}
    assert _in_context(found, True, False, village_vote=False) == found


def test_a_chain_message_of_crimes_to_come_debunked_is_a_hoax_that_circulated(
    indonesia: Gazetteer,
) -> None:
    debunked = (
        "Polda Metro Jaya memastikan bahwa pesan berantai melalui aplikasi Whatsapp ihwal "
        "akan ada aksi perampasan dan pencurian besar-besaran adalah hoaks. Kabid Humas "
        "mengatakan seluruh anggota masih berpatroli setiap malam. Isi pesan berantai itu: "
        "pelaku diturunkan serentak menjelang magrib, lalu menyebar untuk survei sasaran; "
        "sasaran di pedesaan ternak dan hasil bumi, serta perampasan motor di jalur yang sepi; "
        "di kota, kantor, toko dan rumah. Waspadai orang asing yang bertanya alamat. Perkuat "
        "ronda dan koordinasi keamanan lingkungan, dan waspada pada jam rawan antara pukul "
        "sembilan malam dan lima pagi."
    )
    reading = read_story(debunked, indonesia)
    assert (reading.kind, reading.categories) == ("incident", ["hoax_hate_speech"])


def test_a_protest_banner_unfurled_is_the_protest_made_whatever_it_threatens() -> None:
    unfurled = kind_evidence(
        "Warga membentangkan spanduk bertuliskan kami tidak akan mengikuti pemilu"
    )
    assert unfurled["incident"] > unfurled.get("threat", 0.0)


def test_campaigning_where_the_law_forbids_it_is_a_campaign_violation() -> None:
    told = [
        "Jika dilihat regulasi, kampanye di masjid itu dilarang oleh PKPU.",
        "Mulai banyak tempat ibadah yang dijadikan ajang kampanye menjelang pilpres.",
        "Tokoh agama itu diduga memfasilitasi kegiatan kampanye pasangan calon tertentu di masjid.",
    ]
    for sentence in told:
        evidence = category_evidence_with_rules(sentence)
        assert evidence["election_campaign_violation"] >= CATEGORY_THRESHOLD, sentence
    prayed = "Usai salat di masjid, warga pulang; pemilihan kepala daerah berjalan lancar."
    evidence = category_evidence_with_rules(prayed)
    assert evidence.get("election_campaign_violation", 0.0) < CATEGORY_THRESHOLD


def test_an_explainer_that_says_the_procedure_was_rigged_is_no_routine(
    indonesia: Gazetteer,
) -> None:
    rigged = (
        "KPU Provinsi Papua menerbitkan keputusan tentang tata cara pemungutan suara dengan "
        "noken sebagai pengganti kotak suara. Pemilih memasukkan surat suaranya ke noken "
        "yang dipilihnya, atau menyerahkan haknya kepada kepala suku. Yang menjadi persoalan "
        "adalah sistem noken itu diduga sudah dimanipulasi secara masif. Daftar pemilih "
        "tetap (DPT) tidak mencerminkan keadaan yang sebenarnya: di banyak kabupaten jumlah "
        "pemilih lebih banyak dari total jumlah penduduk menurut BPS, dan partisipasi di "
        "Papua lebih tinggi dibandingkan daerah lain di Indonesia, padahal logistik pemilu "
        "tiba di ibu kota kabupaten hanya beberapa hari sebelum pemilu."
    )
    reading = read_story(rigged, indonesia)
    assert reading.kind != "none" and "voter_list_problem" in reading.categories


def test_a_killing_that_set_two_groups_of_residents_at_war_is_their_quarrel_s(
    indonesia: Gazetteer,
) -> None:
    war = (
        "Dua kelompok warga di Distrik Kwamki Narama, Timika, Papua, terlibat perang. Mereka "
        "saling serang menggunakan alat perang tradisional berupa panah, parang dan kampak. "
        "Perang yang terjadi hari ini adalah buntut tewasnya seorang warga dari kubu atas, "
        "yang meninggal setelah tertembus anak panah. Tidak terima dengan pembunuhan itu, "
        "kelompok warga kubu atas menuntut balas sehingga terjadilah perang. Dua kubu itu "
        "kembali terlibat bentrok pagi ini di hutan perbatasan dua kampung. Wakapolres "
        "mengatakan pihaknya mengedepankan pendekatan persuasif dan menyiagakan dua ratus "
        "personel di distrik itu sejak pagi."
    )
    assert read_story(war, indonesia).categories == ["other"]


def test_the_interfaith_forum_at_a_meeting_is_no_sign_of_faiths_at_odds() -> None:
    guests = "Rapat bersama Forum Kerukunan Umat Beragama (FKUB) dan FKDM di hotel"
    assert category_evidence(guests).get("sara_identity_religion", 0.0) <= 0.0


def test_a_guide_to_reporting_fraud_reports_none(indonesia: Gazetteer) -> None:
    guide = (
        "7 Cara Melaporkan Kecurangan Pemilu, Pahami Contoh Pelanggaran dan Penanganannya. "
        "Liputan6.com, Jakarta - Pemilihan umum yang bersih dan adil menjadi fondasi "
        "demokrasi. Dalam beberapa kasus, kecurangan pemilu dapat merusak integritas proses "
        "demokrasi. Kecurangan pemilu melibatkan berbagai pelanggaran, seperti money politics, "
        "intimidasi pemilih, atau manipulasi hasil suara. Penanganan tindak pidana pemilu "
        "diatur oleh Perma 1/2018. Masyarakat perlu diberdayakan dengan pengetahuan tentang "
        "proses pelaporan, baik melalui situs online khusus, aplikasi, atau langsung ke Bawaslu "
        "dan Panwaslu di daerahnya."
    )
    reading = read_story(guide, indonesia)
    assert (reading.kind, reading.categories) == ("none", [])


def test_ballot_boxes_opened_outside_the_count_are_no_routine(indonesia: Gazetteer) -> None:
    opened = (
        "Buka kotak suara sebelum pleno rekapitulasi penghitungan suara merupakan tindak "
        "pelanggaran. Hal itu dilakukan oleh KPPS di Jelupang, Kecamatan Serpong Utara. "
        "Ketua Bawaslu Kota Tangerang Selatan memergoki langsung KPPS yang membongkar kotak "
        "suara dan mendokumentasikan pelanggaran itu dengan video, lalu merekomendasikan "
        "penghitungan suara ulang se-Kelurahan Jelupang. Menurut Bawaslu, kotak suara hanya "
        "boleh dibuka dalam rapat pleno rekapitulasi. Ketua PPK mengaku KPPS terpaksa membuka "
        "kotak suara untuk mempersingkat kerja karena penghitungan satu TPS di tingkat "
        "kelurahan butuh waktu dua setengah jam."
    )
    reading = read_story(opened, indonesia)
    assert reading.kind == "incident" and "election_logistics" in reading.categories


def test_a_hamlet_head_s_selection_is_no_election(indonesia: Gazetteer) -> None:
    protest = (
        "Ratusan warga Dusun V Kebun Baru mendatangi Kantor Desa Hamparanperak, Kecamatan "
        "Hamparanperak, Kabupaten Deliserdang. Mereka menolak hasil pemilihan Kepala Dusun "
        "(Kadus) yang dimenangi Dian Sari melalui musyawarah dan uji kompetensi. Warga "
        "melakukan aksi protes dengan memegang poster dan dikawal petugas Polsek. Aksi itu "
        "diterima kepala desa dan ketua panitia pemilihan kadus, yang mengajak warga mediasi "
        "di aula kantor desa. Ketua panitia menjelaskan proses pemilihan sudah sesuai "
        "prosedur, dengan ujian tertulis dan wawancara bagi keempat calon, dan nilai Dian "
        "Sari lebih tinggi dibandingkan tiga calon lainnya."
    )
    reading = read_story(protest, indonesia)
    assert reading.categories == ["demonstration"] and reading.election_stage is None


def test_a_candidate_s_props_torn_or_stoned_are_campaign_violations() -> None:
    torn = "Aksi perusakan atribut kampanye pasangan itu di Kecamatan Cluring kerap terjadi"
    assert category_evidence(torn)["election_campaign_violation"] >= CATEGORY_THRESHOLD


def test_local_fishers_against_boats_from_elsewhere_is_a_resource_dispute() -> None:
    burned = "Peristiwa pembakaran kapal nelayan itu karena salah paham dengan nelayan lokal"
    assert category_evidence(burned)["land_boundary_dispute"] >= CATEGORY_THRESHOLD
    seized = "Nelayan Muntai tak boleh nelayan lain menangkap ikan di wilayahnya"
    assert category_evidence(seized)["land_boundary_dispute"] > 0.0


def test_an_ormas_extorting_shopkeepers_commits_a_crime_but_two_ormas_at_blows_do_not() -> None:
    from siaga.analysis.pipeline import _rival_groups_clash

    flags = {"rivals": ["ormas"]}
    extorted = " ormas yang memaksa meminta thr dengan pemerasan akan ditindak tegas "
    assert _rival_groups_clash(["criminal_violence"], {}, flags, False, extorted) == [
        "criminal_violence"
    ]
    clashed = " dua ormas terlibat bentrok dan penganiayaan di depan pasar "
    assert _rival_groups_clash(["criminal_violence"], {}, flags, False, clashed) == ["other"]


def test_a_manual_for_polling_supervisors_is_no_signal(indonesia: Gazetteer) -> None:
    manual = (
        "PANDUAN BAGI PENGAWAS TPS DALAM PEMUNGUTAN DAN PENGHITUNGAN SUARA PEMILU 2024. "
        "Penerbit: Badan Pengawas Pemilihan Umum, Jln. M.H Thamrin 14, Jakarta Pusat. "
        "DAFTAR ISI. Siapa saja yang ada di tempat pemungutan suara? Apa tugas, wewenang, "
        "kewajiban dan larangan pengawas TPS? Pada saat waktu pemberian suara selesai, ketua "
        "KPPS mengumumkan bahwa yang boleh memberikan suara hanya pemilih yang menunggu "
        "giliran. KPPS mencatat surat suara yang tidak terpakai dan surat suara rusak, lalu "
        "menghitung kehadiran pemilih pada daftar hadir pemilih tambahan dan khusus, dengan "
        "memberitahukan jumlahnya kepada pengawas TPS dan saksi."
    )
    reading = read_story(manual, indonesia)
    assert (reading.kind, reading.categories) == ("none", [])


def test_residents_barring_lorries_from_their_landfill_are_a_protest() -> None:
    barred = (
        "Sebanyak tujuh armada truk sampah dari Tangerang Selatan diadang sejumlah warga "
        "Kelurahan Cilowong saat menuju TPA."
    )
    assert category_evidence_with_rules(barred)["demonstration"] >= CATEGORY_THRESHOLD
    shipped = "Truk sampah berangkat dari Sunter menuju Bantargebang pada pagi hari."
    assert category_evidence_with_rules(shipped).get("demonstration", 0.0) < CATEGORY_THRESHOLD


def test_a_pledge_read_out_before_the_police_is_a_meeting() -> None:
    pledged = kind_evidence(
        "Polsek mengumpulkan komunitas driver ojol untuk mencegah main hakim sendiri. "
        "Kapolsek mengingatkan, jangan emosi. Para driver berikrar dan membacakan ikrar."
    )
    assert pledged["meeting"] > pledged.get("threat", 0.0)


def test_persecution_alone_is_vigilante_crime_and_a_faith_named_makes_it_sara() -> None:
    vigilantes = category_evidence_with_rules(
        "Kapolres minta driver ojol jangan lakukan persekusi. Sebelumnya ojol melakukan "
        "persekusi terhadap anak jalanan."
    )
    assert vigilantes.get("sara_identity_religion", 0.0) < CATEGORY_THRESHOLD
    assert vigilantes["criminal_violence"] >= CATEGORY_THRESHOLD
    faith = category_evidence_with_rules("Jemaah bertahan di dalam masjid menghindari persekusi")
    assert faith["sara_identity_religion"] >= CATEGORY_THRESHOLD


def test_two_camps_at_blows_outside_an_election_are_groups_not_a_crime() -> None:
    from siaga.analysis.pipeline import _rival_groups_clash

    flags = {
        flag: sorted(p)
        for flag, p in default_index()
        .scan(" ojek online dan pemuda bentrok kedua kubu saling lempar batu ")
        .get("flag", {})
        .items()
    }
    clashed = " ojek online dan pemuda bentrok kedua kubu saling lempar batu "
    assert _rival_groups_clash(["criminal_violence"], {}, flags, False, clashed) == ["other"]


def test_blood_drawn_is_a_wound() -> None:
    assert casualties("tiga pengemudi ada yang dipukuli sampai berdarah")["injured"] == 1
    assert casualties("bentrok berdarah antarwarga di perbatasan")["injured"] == 1
    assert casualties("donor darah di markas polres")["injured"] is None


def test_a_sacrificed_beast_bleeding_wounds_no_one() -> None:
    tiwah = "Warga bergiliran menusukkan tombak ke tubuh hewan sampai bersimbah darah."
    assert casualties(tiwah)["injured"] is None
    assert casualties("Seekor hewan kurban itu bersimbah darah di sapundu.")["injured"] is None
    assert casualties("Pemilik sapi itu bersimbah darah di kandangnya.")["injured"] == 1
    assert casualties("Warga menusuk tubuh pemuda itu hingga bersimbah darah.")["injured"] == 1


def test_a_burial_refused_is_a_quarrel_and_identity_tension_only_beside_a_faith() -> None:
    covid = category_evidence_with_rules(
        "Warga Desa Loram Kulon menolak pemakaman jenazah pasien corona di desanya."
    )
    assert covid.get("sara_identity_religion", 0.0) < CATEGORY_THRESHOLD
    assert covid["other"] >= CATEGORY_THRESHOLD
    faith = category_evidence_with_rules("Warga menolak pemakaman jenazah non muslim di situ.")
    assert faith["sara_identity_religion"] >= CATEGORY_THRESHOLD


def test_the_dead_of_a_funeral_story_that_tells_no_violence_are_no_casualties() -> None:
    buried = (
        "Jenazah tak diantar warga ke makam. Kejadian salah satu keluarga yang meninggal jam "
        "9 pagi tidak serta merta diinformasikan ke tetangga."
    )
    assert casualties(buried)["dead"] is None
    patient = "Pasien Covid-19 yang meninggal dunia, pemakamannya dikembalikan ke TPU."
    assert casualties(patient)["dead"] is None
    killed = "Dua warga tewas dibacok. Satu orang meninggal di rumah sakit, jenazahnya dimakamkan."
    assert casualties(killed)["dead"] == 2


def test_a_patient_whose_body_a_crowd_stopped_is_no_casualty_of_the_crowd() -> None:
    stopped = (
        "Mobil ambulans yang dihadang warga berisi jenazah pasien Covid-19.\nKorban hendak "
        "dimakamkan di TPU Kelebut.\nSebelum meninggal dunia, korban bekerja di pabrik baja."
    )
    assert casualties(stopped)["dead"] is None
    stabbed = (
        "Warga menghadang ambulans berisi jenazah pasien Covid-19.\nSeorang warga tewas "
        "ditusuk dalam kericuhan itu."
    )
    assert casualties(stabbed)["dead"] == 1


def test_crosses_broken_on_christian_graves_are_identity_tension() -> None:
    broken = category_evidence("Perusakan nisan salib terjadi di TPU Baluwarti, Purbayan")
    assert broken["sara_identity_religion"] >= CATEGORY_THRESHOLD


def test_a_watchdog_finding_no_vote_buying_names_none() -> None:
    from siaga.analysis.pipeline import _drop_denials

    cleared = {"category": {"money_politics": {"politik uang": 1, "serangan fajar": 1}}}
    _drop_denials(
        cleared,
        " bawaslu tidak menemukan praktik politik uang dalam psu serangan fajar serangan yang "
        "tidak fajar tidak ada ",
    )
    assert "money_politics" not in cleared["category"]
    found = {"category": {"money_politics": {"politik uang": 1}}}
    _drop_denials(found, " bawaslu menemukan politik uang yang tidak dilaporkan ")
    assert found["category"]["money_politics"] == {"politik uang": 1}


def test_banners_unfurled_or_carried_by_a_protest_are_no_campaign_props() -> None:
    protest = category_evidence(
        "Massa membentang spanduk dan poster menolak pemilu curang. Spanduk yang dibawa massa "
        "aksi meminta paslon didiskualifikasi."
    )
    assert protest.get("election_campaign_violation", 0.0) < CATEGORY_THRESHOLD


def test_ballot_boxes_set_alight_by_a_let_down_crowd_are_unrest_and_a_disputed_count() -> None:
    burnt = category_evidence_with_rules(
        "Massa membakar kotak suara di TPS karena kecewa perolehan suara caleg lokal kecil. "
        "Kotak suara dibakar saat penghitungan suara."
    )
    assert burnt["polling_station_unrest"] >= CATEGORY_THRESHOLD
    assert burnt["election_result_dispute"] >= CATEGORY_THRESHOLD
    assert burnt.get("election_logistics", 0.0) < CATEGORY_THRESHOLD


def test_a_gold_mine_fought_over_is_a_resource_dispute() -> None:
    mine = category_evidence(
        "Bentrokan dipicu rebutan lahan di lokasi tambang emas ilegal tersebut"
    )
    assert mine["land_boundary_dispute"] >= CATEGORY_THRESHOLD
    company = category_evidence("Bentrok dipicu konflik tambang emas antara warga dengan PT")
    assert company["land_boundary_dispute"] >= CATEGORY_THRESHOLD


def test_a_brawl_a_debunked_chain_message_tells_of_never_was(indonesia: Gazetteer) -> None:
    debunked = (
        "Sebuah pesan berantai tentang tawuran di Jalan Dewi Sartika Jakarta Timur tersebar di "
        "kalangan warganet. Namun, ketika dikonfirmasi pada pihak yang berwajib, pesan berantai "
        "tersebut merupakan pesan bohong atau hoaks. Kapolres berpesan agar masyarakat tidak "
        "menyebarkan berita bohong. Bunyi pesan tersebut: warga di depan rumah sakit terlibat "
        "tawuran massal dari arah Cililitan, suasana masih mencekam, anggota diimbau hati-hati. "
        "Polisi memastikan lalu lintas di kawasan itu normal dan tidak ada keramaian. Warga "
        "diminta memeriksa kebenaran sebuah kabar sebelum membagikannya ke grup percakapan "
        "yang lain."
    )
    assert read_story(debunked, indonesia).categories == ["hoax_hate_speech"]


def test_a_hoax_called_so_at_the_end_of_a_long_first_sentence_is_debunked() -> None:
    from siaga.analysis.pipeline import _a_hoax_debunked

    opening = (
        " pesan berantai melalui whatsapp informasi soal 4 kecamatan yang berada di utara "
        "sungai mulai senin apabila akan menuju kota mojokerto bakal di tes antigen mulai pintu "
        "masuk jembatan grunyung jembatan pulo jembatan padangan jembatan gajah mada dan "
        "jembatan mlirip dan pengendara tanpa masker didenda dua ratus ribu rupiah ini ternyata "
        "hoax alias bohong polisi meminta warga tidak menyebarkan pesan itu dan melapor bila "
        "menerima pesan serupa di grup percakapan mana pun "
    )
    assert 300 < opening.index("hoax") < 450 <= len(opening)
    assert _a_hoax_debunked(["hoax_hate_speech"], opening)


def test_an_uproar_at_a_desa_adat_s_assembly_is_a_customary_quarrel_not_its_meeting(
    indonesia: Gazetteer,
) -> None:
    uproar = (
        "Polda Bali selidiki kasus kericuhan Paruman Agung Desa Bugbug. Kapolres Karangasem "
        "turun langsung mengamankan situasi Paruman Agung Penetapan Kelian Desa Adat Bugbug "
        "yang sempat memanas, Minggu pagi. Tim hukum kelian yang ditetapkan dalam paruman itu "
        "melaporkan empat orang, dua diduga provokator dan dua pelaku perusakan fasilitas "
        "milik desa adat. Laporan sudah diterima dan kini dalam tahap penyelidikan, kata Kabid "
        "Humas Polda Bali. Paruman yang berlangsung Minggu itu sempat ricuh dan kini "
        "berbuntut panjang. Ratusan krama yang menolak penetapan itu datang untuk membubarkan "
        "paruman, dan aparat gabungan berjaga di wantilan sampai warga membubarkan diri."
    )
    reading = read_story(uproar, indonesia)
    assert reading.kind == "incident"
    assert "adat_customary_dispute" in reading.categories


def test_a_peace_story_opening_with_the_clash_s_dead_reports_the_peace(
    indonesia: Gazetteer,
) -> None:
    peace = (
        "Warga dua desa di Kabupaten Kerinci yang bentrok pada malam takbiran hingga "
        "menewaskan satu orang pemuda, akhirnya sepakat untuk melakukan perdamaian setelah "
        "diadakan pertemuan antartokoh agama dan adat kedua desa tersebut. Pertemuan di rumah "
        "tokoh adat dihadiri Kapolres, Danramil, Wakil Bupati beserta kepala desa. Para tokoh "
        "kedua desa menandatangani kesepakatan damai dan menyerahkan perkara itu kepada pihak "
        "berwajib. Kedua desa siap menjaga kamtibmas dan polisi tetap berjaga di sana. Wakil "
        "Bupati berharap warga tidak lagi terpancing dan menyelesaikan persoalan lewat "
        "musyawarah para tokoh adat."
    )
    reading = read_story(peace, indonesia)
    assert (reading.kind, reading.severity) == ("meeting", 1)
    assert "sara_identity_religion" not in reading.categories


def test_two_villages_at_blows_before_an_election_are_no_supporters() -> None:
    villages = category_evidence_with_rules(
        "Desa Segala Anyar dan Desa Ketara yang terlibat bentrokan berdamai. Dua desa yang "
        "bentrok itu diminta menjaga kondusifitas menjelang pileg dan pilpres."
    )
    assert villages.get("supporters_clash", 0.0) < CATEGORY_THRESHOLD


def test_refugees_tents_in_a_church_yard_are_no_identity_tension() -> None:
    tents = category_evidence("Pengungsi berlindung di tenda darurat di halaman gereja desa")
    assert tents.get("sara_identity_religion", 0.0) <= 0.0


def test_workers_sweeping_factories_or_police_sweeping_for_blades_name_no_faith() -> None:
    workers = category_evidence_with_rules(
        "Serikat pekerja melakukan sweeping di pabrik garmen. Aksi sweeping itu mengajak buruh "
        "berunjuk rasa"
    )
    assert workers.get("sara_identity_religion", 0.0) < CATEGORY_THRESHOLD
    christmas = category_evidence_with_rules("Ormas melakukan sweeping atribut natal di mal")
    assert christmas["sara_identity_religion"] >= CATEGORY_THRESHOLD


def test_a_workers_action_gone_wild_is_a_protest() -> None:
    riot = category_evidence(
        "Ribuan karyawan menuntut manajemen menolak PHK. Aksi kemudian berlangsung rusuh."
    )
    assert riot["demonstration"] >= CATEGORY_THRESHOLD


def test_a_supporter_found_dead_is_a_death() -> None:
    found = (
        "Aksi saling serang dipicu salah seorang pendukung paslon nomor 2 yang ditemukan "
        "meninggal dunia di Jalan Kuburan."
    )
    assert casualties(found)["dead"] == 1


def test_both_camps_claiming_the_win_dispute_the_result() -> None:
    claimed = category_evidence("Kedua kubu disebut saling klaim kemenangan")
    assert claimed["election_result_dispute"] >= CATEGORY_THRESHOLD


def test_ballot_boxes_carried_off_by_a_camp_are_unrest_not_a_box_lost_on_the_way() -> None:
    seized = category_evidence_with_rules(
        "Pendukung paslon membawa kabur kotak suara dan mengancam anggota KPU saat pemungutan "
        "suara di TPS."
    )
    assert seized["polling_station_unrest"] >= CATEGORY_THRESHOLD
    assert seized.get("election_logistics", 0.0) < CATEGORY_THRESHOLD


def test_village_heads_declaring_for_a_candidate_on_camera_take_a_side() -> None:
    declared = category_evidence_with_rules(
        "Jelang Pilkada beredar video dukungan diduga para kepala desa terhadap pasangan Cagub "
        "nomor urut 1. Saya kepala desa Labuan siap mendukung bapak sebagai calon gubernur."
    )
    assert declared["asn_neutrality"] >= CATEGORY_THRESHOLD
    candidate = category_evidence_with_rules(
        "Pilkades: calon kepala desa siap mendukung program pasangan calon bupati terpilih."
    )
    assert candidate.get("asn_neutrality", 0.0) < CATEGORY_THRESHOLD


def test_a_plan_met_with_the_residents_refusal_is_a_refusal_done() -> None:
    refused = kind_evidence(
        "Pembangunan gereja itu akan dimulai bulan depan, namun mendapatkan penolakan dari "
        "warga karena minim sosialisasi"
    )
    assert refused["incident"] > refused.get("threat", 0.0)


def test_thieves_beaten_by_a_crowd_are_a_mob_s_crime() -> None:
    beaten = category_evidence(
        "Dua maling babak belur dihajar massa karena kepergok mencuri di rumah warga"
    )
    assert beaten["criminal_violence"] >= CATEGORY_THRESHOLD


def test_land_taken_told_in_the_passive_and_a_crowd_that_will_not_go_home() -> None:
    banner = category_evidence("Spanduk bertuliskan dulu lahan hutan dirampas sekarang jalan")
    assert banner["land_boundary_dispute"] >= CATEGORY_THRESHOLD
    sit_in = category_evidence(
        "Warga mengancam tidak akan membubarkan diri dan melanjutkan dengan aksi menginap"
    )
    assert sit_in["demonstration"] >= CATEGORY_THRESHOLD


def test_two_residents_fighting_with_blades_are_a_crime_not_a_brawl() -> None:
    from siaga.analysis.pipeline import _a_fight_between_two

    reading = (
        " perkelahian antara dua warga dengan menggunakan sajam mengakibatkan keduanya terluka "
    )
    scores = {"alcohol_drugs_brawl": 0.6}
    cues = {"alcohol_drugs_brawl": ["perkelahian"]}
    _a_fight_between_two(scores, cues, reading)
    assert "alcohol_drugs_brawl" not in scores
    assert scores["criminal_violence"] >= CATEGORY_THRESHOLD


def test_a_crowd_that_held_a_rally_or_forced_its_way_in_acted() -> None:
    held = kind_evidence(
        "Ratusan warga gelar aksi di depan kantor pemkab, meminta agar pelantikan dibatalkan"
    )
    assert held["incident"] > held.get("threat", 0.0)
    forced = kind_evidence(
        "Ratusan warga demo ke pendopo dan memaksa masuk, meminta agar kades tidak dilantik"
    )
    assert forced["incident"] > forced.get("threat", 0.0)


def test_ballots_counted_as_spoilt_are_the_count_s_not_lost_logistics() -> None:
    spoilt = category_evidence(
        "Ada surat suara yang semula sah dinyatakan tidak sah, warga minta perhitungan ulang "
        "surat suara"
    )
    assert spoilt.get("election_logistics", 0.0) < CATEGORY_THRESHOLD


def test_residents_blocking_a_bridge_against_those_measuring_their_land() -> None:
    measured = category_evidence("Ratusan warga bentrok dengan petugas yang mengukur lahan")
    assert measured["land_boundary_dispute"] >= CATEGORY_THRESHOLD
    blocked = category_evidence("Pemicunya aksi warga memblokade jembatan menuju kampung")
    assert blocked["demonstration"] >= CATEGORY_THRESHOLD


def test_hateful_posts_named_as_circulating_circulated_whatever_the_appeal_around_them() -> None:
    from siaga.analysis.pipeline import _tells_circulation

    appeal = (
        " kapolres mengimbau masyarakat agar tetap tenang dan tidak mudah terprovokasi atas "
        "beredarnya unggahan yang mengandung unsur ujaran kebencian dan sara "
    )
    assert _tells_circulation(appeal)
    warning = " kapolres mengimbau masyarakat agar tidak mudah percaya kabar di media sosial "
    assert not _tells_circulation(warning)


def test_movements_for_an_islamic_state_and_their_oath_are_radicalism() -> None:
    for said in (
        "Puluhan warga diduga dibaiat NII dan menganggap pemerintah RI thogut.",
        "Konvoi Khilafatul Muslimin melintas di jalan raya pagi tadi.",
        "Warga Sukamentri resah, anak-anak mereka direkrut Negara Islam Indonesia.",
    ):
        assert category_evidence(said)["terrorism_radicalism"] >= CATEGORY_THRESHOLD, said


def test_former_members_renouncing_their_oath_before_officials_is_a_meeting() -> None:
    renounced = kind_evidence(
        "Sebanyak 391 anggota NII akan dilaksanakan pencabutan baiat sore ini, direncanakan "
        "dihadiri Gubernur dan Kapolda. Mereka mengucapkan ikrar setia kepada NKRI."
    )
    assert renounced["meeting"] > renounced.get("threat", 0.0)


def test_a_motorcade_seen_on_the_road_was_made_whatever_the_police_will_do(
    indonesia: Gazetteer,
) -> None:
    seen = analyze(
        "Polda masih menyelidiki konvoi bermotor yang membawa poster khilafah di Cawang. "
        "Polisi akan memanggil pengendara motor agar tidak menyimpang.",
        gazetteer=indonesia,
    )
    assert seen.kind == "incident"


def test_the_ministry_of_religion_named_is_no_faith_at_odds() -> None:
    ministry = category_evidence(
        "Staf Khusus Menteri Agama mengatakan tim Kementerian Agama akan melakukan kajian."
    )
    assert ministry.get("sara_identity_religion", 0.0) < CATEGORY_THRESHOLD


def test_the_law_s_words_for_arousing_hatred_name_hate_speech() -> None:
    for said in (
        "tulisan yang mereka bawa membangkitkan kebencian terhadap pemerintah yang sah",
        "unggahan itu dapat menimbulkan rasa kebencian atau permusuhan",
    ):
        assert category_evidence(said)["hoax_hate_speech"] >= CATEGORY_THRESHOLD, said


def test_the_toll_of_a_binge_on_bootleg_liquor_is_no_conflict(indonesia: Gazetteer) -> None:
    binge = analyze(
        "Pesta miras oplosan yang digelar 10 pemuda di sebuah warung berujung maut. Lima "
        "pemuda tewas dan dua lainnya dirawat, kata Kapolsek Mlonggo.",
        gazetteer=indonesia,
    )
    assert (binge.kind, binge.casualties["dead"]) == ("none", None)
    stabbed = analyze(
        "Usai menenggak miras oplosan, dua pemuda cekcok dan satu tewas ditikam temannya.",
        gazetteer=indonesia,
    )
    assert stabbed.kind == "incident"
    assert stabbed.casualties["dead"] == 1


def test_a_cooking_demo_is_a_skill_shown_and_no_protest(indonesia: Gazetteer) -> None:
    shown = analyze(
        "Demo yang dilakukan oleh kelompok ibu-ibu direspon positif oleh Kepala Desa. Kegiatan "
        "demo pelatihan pengolahan ikan lele itu dihadiri staf dinas perikanan.",
        gazetteer=indonesia,
    )
    assert "demonstration" not in shown.categories and shown.kind == "none"
    cooked = analyze(
        "Ibu-ibu PKK menggelar demo memasak nasi goreng di balai desa.", gazetteer=indonesia
    )
    assert "demonstration" not in cooked.categories
    protested = analyze(
        "Ratusan pedagang menggelar demo di depan kantor bupati menolak pengolahan limbah.",
        gazetteer=indonesia,
    )
    assert "demonstration" in protested.categories


def test_a_company_s_guards_attacking_a_customary_community_fight_over_land(
    indonesia: Gazetteer,
) -> None:
    attacked = analyze(
        "Ratusan sekuriti dan pekerja PT Hutan Lestari mendatangi posko masyarakat adat di "
        "wilayah adat desa itu, lalu melakukan penyerangan. Lima warga luka-luka dipukul kayu.",
        gazetteer=indonesia,
    )
    assert "land_boundary_dispute" in attacked.categories
    assert "criminal_violence" not in attacked.categories
    robbed = analyze(
        "Dua perampok menyerang seorang pegawai PT Hutan Lestari di jalan desa dan merampas "
        "tasnya. Korban luka-luka dipukul kayu.",
        gazetteer=indonesia,
    )
    assert "land_boundary_dispute" not in robbed.categories


def test_a_customary_community_refusing_a_national_project_quarrels_over_land(
    indonesia: Gazetteer,
) -> None:
    refused = analyze(
        "Masyarakat adat dari sejumlah kampung berunjuk rasa menolak PSN food estate karena "
        "alat berat masuk ke wilayah adat mereka tanpa persetujuan.",
        gazetteer=indonesia,
    )
    assert "land_boundary_dispute" in refused.categories
    assert "adat_customary_dispute" not in refused.categories
    sanctioned = analyze(
        "Masyarakat adat memblokade jalan perusahaan dan akan menjatuhkan sanksi adat "
        "kepada kontraktor PT itu.",
        gazetteer=indonesia,
    )
    assert {"land_boundary_dispute", "adat_customary_dispute"} <= set(sanctioned.categories)


def test_residents_ordered_out_of_their_homes_quarrel_over_land() -> None:
    evicted = category_evidence(
        "Aparat gabungan meminta warga mengosongkan rusun dalam 30 menit tanpa surat."
    )
    assert evicted["land_boundary_dispute"] >= CATEGORY_THRESHOLD
    emptied = category_evidence("Petugas mengosongkan gudang logistik setelah pemilu usai.")
    assert emptied.get("land_boundary_dispute", 0.0) < CATEGORY_THRESHOLD


def test_a_claim_to_the_ground_people_live_on_is_a_quarrel_over_land() -> None:
    claimed = category_evidence(
        "Warga melaporkan dugaan penipuan pihak yang mengklaim memiliki lahan yang sekarang "
        "ditempati warga."
    )
    assert claimed["land_boundary_dispute"] >= CATEGORY_THRESHOLD
    demanded = category_evidence("Mereka memblokir jalan jika tuntutan atas hak tanah diabaikan.")
    assert demanded["land_boundary_dispute"] >= CATEGORY_THRESHOLD
    owned = category_evidence("Pemilik lahan parkir itu menyewakan tempatnya kepada warga.")
    assert owned.get("land_boundary_dispute", 0.0) < CATEGORY_THRESHOLD


def test_free_radicals_in_the_skin_are_no_radicalism() -> None:
    skin = category_evidence(
        "Antioksidan melindungi sel kulit dari radikal bebas. Paparan radikal bebas dari "
        "polusi mempercepat penuaan."
    )
    assert skin.get("terrorism_radicalism", 0.0) < CATEGORY_THRESHOLD
    recruited = category_evidence("Kelompok radikal itu merekrut pemuda lewat media sosial.")
    assert recruited.get("terrorism_radicalism", 0.0) > 0


def test_a_body_s_trouble_is_no_quarrel() -> None:
    from siaga.analysis.pipeline import _tells_a_quarrel

    assert not _tells_a_quarrel(" penuaan dini bukan sekadar masalah estetika atau kecantikan ")
    assert not _tells_a_quarrel(" kurang tidur memicu masalah kesehatan jantung ")
    assert _tells_a_quarrel(" warga dua desa berselisih karena masalah tanah ")


def test_a_call_for_jihad_against_drugs_is_a_sermon_s_figure(indonesia: Gazetteer) -> None:
    story = (
        "Ormas keagamaan mengajak umat di seluruh daerah melakukan jihad melawan narkoba, "
        'karena peredarannya sudah sangat memprihatinkan. "Tidak perlu pergi ke Suriah dan ikut'
        ' ISIS untuk berjihad. Dengan jihad melawan narkoba, kita sudah menjadi mujahid," kata '
        "sekretaris jenderalnya dalam acara pemusnahan barang bukti narkotika di sebuah "
        "lapangan parkir. Menurutnya, narkoba akan membunuh individu dan masyarakat di "
        "sekitarnya serta mengancam generasi penerus bangsa. Badan narkotika memusnahkan 120 "
        "kilogram sabu hasil tangkapan dua bulan terakhir dalam acara itu, disaksikan wakil "
        "gubernur dan ketua DPRD."
    )
    assert_no_signal_unless(
        story,
        indonesia,
        "Badan narkotika",
        "Usai acara, dua kelompok pemuda terlibat bentrok di luar lapangan.",
    )


def test_a_campaign_against_drugs_in_mosques_runs_for_no_seat(indonesia: Gazetteer) -> None:
    sermons = (
        "Masjid di Jateng Serentak Kampanye Jihad Lawan Narkotika\n"
        "Mulai Jumat ini setiap masjid di wilayah provinsi itu menyampaikan materi khutbah "
        "tentang jihad melawan narkotika. Khutbah berisi ajakan kepada jemaah untuk memahami "
        "bahaya narkotika dan menjaga generasi muda. Naskah khutbah disusun majelis ulama "
        "bersama badan narkotika provinsi dan sudah dibagikan ke masjid-masjid di bawah "
        "naungan dewan masjid. Menurut ketua majelis ulama, jumlah pengguna narkotika di "
        "provinsi itu sudah mengkhawatirkan. Para orang tua diajak mengawasi pergaulan anak-"
        "anaknya agar tidak menjadikan narkotika dan minuman keras sebagai gaya hidup."
    )
    reading = read_story(sermons, indonesia)
    assert (reading.kind, reading.election_stage) == ("none", None)
    candidate = analyze(
        "Masjid di Jateng dipakai caleg untuk kampanye lewat khutbah Jumat.", gazetteer=indonesia
    )
    assert "election_campaign_violation" in candidate.categories


def test_guards_storming_homes_are_no_protest(indonesia: Gazetteer) -> None:
    guards = analyze(
        "Ratusan Sekuriti Geruduk Rusun\nRatusan sekuriti yang mengaku diperintah perusahaan "
        "menggeruduk rumah susun itu dan menyuruh warga pergi hari ini.",
        gazetteer=indonesia,
    )
    assert "demonstration" not in guards.categories
    crowd = analyze(
        "Ratusan Buruh Geruduk Pabrik\nRatusan buruh menggeruduk kantor perusahaan itu dan "
        "menuntut upah dibayar hari ini.",
        gazetteer=indonesia,
    )
    assert "demonstration" in crowd.categories


def test_a_protest_s_banners_carried_are_no_campaign_props(indonesia: Gazetteer) -> None:
    carried = analyze(
        "Ribuan massa mengepung kantor gubernur sembari membawa spanduk. Spanduk itu "
        "bertuliskan tuntutan agar KPU dan Bawaslu jujur, dan spanduk lainnya meminta "
        "presiden bertindak.",
        gazetteer=indonesia,
    )
    assert "election_campaign_violation" not in carried.categories
    hung = analyze(
        "Spanduk caleg dipasang di pagar sekolah. Spanduk itu bertuliskan nomor urut, dan "
        "spanduk lainnya dipasang di masjid.",
        gazetteer=indonesia,
    )
    assert "election_campaign_violation" in hung.categories


def test_a_customary_people_marching_for_a_neutral_vote_quarrel_over_no_custom(
    indonesia: Gazetteer,
) -> None:
    marched = analyze(
        "Masyarakat adat dari berbagai wilayah menggeruduk kantor gubernur. Ketua dewan adat "
        "menuntut netralitas ASN dalam pemungutan suara ulang pilkada.",
        gazetteer=indonesia,
    )
    assert "adat_customary_dispute" not in marched.categories
    assert "demonstration" in marched.categories
    fined = analyze(
        "Masyarakat adat menggeruduk kantor desa dan menuntut kepala desa membayar denda "
        "adat karena melanggar awig-awig.",
        gazetteer=indonesia,
    )
    assert "adat_customary_dispute" in fined.categories


def test_one_resident_s_complaint_is_no_demonstration(indonesia: Gazetteer) -> None:
    complained = analyze(
        "Seorang warga menyampaikan protes, suara sound horeg terlalu keras karena anaknya "
        "sakit. Peserta karnaval merasa terganggu dengan protes tersebut, ribuan komentar.",
        gazetteer=indonesia,
    )
    assert "demonstration" not in complained.categories
    rallied = analyze(
        "Puluhan warga protes ke kantor desa, mereka memprotes suara sound horeg.",
        gazetteer=indonesia,
    )
    assert "demonstration" in rallied.categories


def test_a_blow_that_knocks_someone_out_hurts() -> None:
    assert casualties("Anak kos saya ditonjok, kena hidungnya sampai tak sadarkan diri.") == {
        "injured": 1,
        "dead": None,
    }
    assert casualties("Peserta upacara pingsan karena kepanasan.")["injured"] is None


def test_islands_handed_to_another_province_are_a_boundary_dispute(
    indonesia: Gazetteer,
) -> None:
    for said in (
        "Keputusan Mendagri soal pengalihan 4 pulau dari Aceh Singkil menuai protes keras.",
        "Warganet memprotes: 4 Pulau tersebut masuk wilayah Provinsi Sumatera Utara.",
    ):
        assert "land_boundary_dispute" in analyze(said, gazetteer=indonesia).categories, said
    policed = "Pulau Tidung masuk wilayah hukum Polres Kepulauan Seribu, kata Kapolres."
    assert "land_boundary_dispute" not in analyze(policed, gazetteer=indonesia).categories


def test_a_time_bomb_is_a_figure_of_speech_not_terror() -> None:
    # A story whose cues do not add up falls back on its strongest cue: the figure of
    # speech must not be one.
    festering = category_evidence(
        "Kekeliruan pendataan serta lambatnya penanganan pusat menciptakan bom waktu yang "
        "akhirnya meledak."
    )
    assert festering.get("terrorism_radicalism", 0.0) <= 0.0


def test_two_regencies_agreeing_to_end_their_boundary_dispute_is_a_meeting() -> None:
    agreed = kind_evidence(
        "Pemkab Seruyan dan Pemkab Kotawaringin Barat sepakat untuk mengakhiri sengketa "
        "tapal batas yang sudah terjadi selama belasan tahun."
    )
    assert agreed["meeting"] > agreed.get("incident", 0.0)


def test_local_workers_against_foreign_ones_are_one_people_against_another(
    indonesia: Gazetteer,
) -> None:
    for said in (
        "Bentrokan terjadi antara TKA China dengan pekerja lokal di smelter, Sabtu malam.",
        "Karyawan lokal bentrok dengan TKA China di kawasan pabrik nikel.",
        "Tangkapan layar bentrokan antara TKA asal Cina dan Indonesia di pabrik peleburan.",
        "Melansir detikSulsel, bentrokan antara WNA dan WNI PT GNI terjadi Sabtu malam.",
        "Kerusuhan itu melibatkan tenaga kerja asing dan lokal.",
    ):
        assert "sara_identity_religion" in analyze(said, gazetteer=indonesia).categories, said
    hired = "Perusahaan merekrut TKA dan pekerja lokal untuk proyek smelter tahun ini."
    assert "sara_identity_religion" not in analyze(hired, gazetteer=indonesia).categories


def test_journalists_beaten_or_intimidated_are_the_press_s_victims_not_the_polls(
    indonesia: Gazetteer,
) -> None:
    covered = analyze(
        "AJI mencatat adanya intimidasi dan kekerasan terhadap jurnalis saat meliput aksi di "
        "sekitar Gedung Bawaslu, Jakarta, yang berujung ricuh. Mereka korban intimidasi.",
        gazetteer=indonesia,
    )
    assert "criminal_violence" in covered.categories
    assert "polling_station_unrest" not in covered.categories
    assert {"demonstration", "election_result_dispute"} <= set(covered.categories)


def test_a_body_part_struck_bleeding_or_bruised_is_a_wound() -> None:
    for said in (
        "Budi dipukul di bagian kepala dan rekaman videonya dihapus.",
        "Lemparan benda padat menyebabkan kepala jurnalis tersebut berdarah.",
        "Di sana, dia juga dipukul dan dicakar oleh belasan orang.",
    ):
        assert casualties(said)["injured"] == 1, said
    assert casualties("Pelaku tidak sempat memukul kepala korban.")["injured"] is None


def test_a_church_named_as_a_landmark_is_no_faith_at_odds() -> None:
    landmark = category_evidence(
        "Jurnalis dipukul di depan Gereja Kristen Indonesia (GKI) Jalan Wahid Hasyim."
    )
    assert landmark.get("sara_identity_religion", 0.0) <= 0.0


COCKFIGHT_RAID = (
    "Kapolsek geram dengan maraknya judi sabung ayam. Dari informasi warga, kegiatan itu "
    "kerap dilakukan di Dusun Klagen, Desa Tropodo, Krian. Sampai di lokasi, dia langsung "
    "melakukan pengintaian di lahan belakang pekarangan. Tampak dua belas orang sedang "
    "asyik bermain judi sabung ayam. Kapolsek menyaru ikut menjadi peserta judi dan membawa "
    "ayam. Ketika tengah asyik bermain, lima personel polisi menggerebek aktivitas itu. "
    "Hanya satu orang yang berhasil diamankan, yang lain lari masuk ke pekarangan warga. "
    "Polisi juga menyita delapan ayam sebagai barang bukti dan memeriksa pemilik lahan. "
    "Kapolsek berjanji terus menindak."
)


def test_a_gambling_den_raided_with_no_trouble_told_is_no_signal(indonesia: Gazetteer) -> None:
    quiet = read_story(COCKFIGHT_RAID, indonesia)
    assert (quiet.kind, quiet.categories) == ("none", [])
    resented = read_story(COCKFIGHT_RAID + " Warga resah dengan judi itu.", indonesia)
    assert resented.categories == ["alcohol_drugs_brawl"]
    held_up = read_story(COCKFIGHT_RAID + " Petugas sempat diadang tumpukan kayu.", indonesia)
    assert held_up.categories == ["alcohol_drugs_brawl"]
    stirred = read_story(COCKFIGHT_RAID + " Polisi sempat meredam kericuhan.", indonesia)
    assert stirred.categories == ["alcohol_drugs_brawl"]


def test_sabu_raijua_is_an_island_not_a_drug() -> None:
    island = category_evidence("Bawaslu Kabupaten Sabu Raijua mengimbau ASN tetap netral.")
    assert island.get("alcohol_drugs_brawl", 0.0) <= 0.0


def test_shia_refugees_are_a_faith_at_odds_and_an_oath_alone_is_no_radicalism() -> None:
    refugees = category_evidence("Ratusan pengungsi Syiah asal Sampang masih di rusunawa.")
    assert refugees["sara_identity_religion"] >= CATEGORY_THRESHOLD
    sworn = category_evidence("Mereka sudah dibaiat dan kembali ke ajaran Ahlussunnah.")
    assert sworn.get("terrorism_radicalism", 0.0) < CATEGORY_THRESHOLD


def test_the_displaced_brought_home_lead_a_settlement_not_an_incident(
    indonesia: Gazetteer,
) -> None:
    home = read_story(
        "Sidoarjo: Ratusan pengungsi Syiah yang bertahun-tahun menetap di Rusunawa Puspa "
        "Agro Desa Jemundo, Kecamatan Taman, akhirnya kembali ke Sampang, Kamis. Kepulangan "
        "265 pengungsi itu diantar lima bus menuju Pendopo Kabupaten Sampang. Sudah sepuluh "
        "tahun mereka menetap di pengungsian akibat konflik yang terjadi di daerah asal. "
        "Selama di pengungsian mereka berbaur dengan masyarakat, ada yang menjadi kuli "
        "kelapa atau membuka usaha mandiri. Ini pemulangan tahap kedua, kata Bripka Eko. "
        "Setiap keluarga akan menerima bantuan untuk memperbaiki rumah mereka di kampung. "
        "Lima keluarga masih tinggal karena kendala administrasi.",
        indonesia,
    )
    assert home.kind == "meeting"
    assert home.categories == ["sara_identity_religion"]


def test_the_desa_adat_s_guards_defied_at_nyepi_are_a_customary_quarrel_between_faiths() -> None:
    defied = category_evidence(
        "Video warga yang adu mulut dengan pecalang saat perayaan Nyepi viral. Mereka adalah "
        "umat yang tidak merayakan Nyepi di desanya."
    )
    assert defied["adat_customary_dispute"] >= CATEGORY_THRESHOLD
    assert defied["sara_identity_religion"] >= CATEGORY_THRESHOLD
    guarded = category_evidence("Pecalang berjaga di setiap banjar selama Nyepi berlangsung.")
    assert guarded.get("adat_customary_dispute", 0.0) < CATEGORY_THRESHOLD


def test_a_village_s_burial_customs_told_are_no_quarrel(indonesia: Gazetteer) -> None:
    told = (
        "MENGENING - Empat jenazah korban musibah longsor di Banjar Dinas Sangker, Desa "
        "Mengening, Rabu siang dikuburkan di Setra Desa Pakraman Mengening. Suasana haru "
        "pecah saat jenazah satu keluarga diiring ke setra. Para jenazah diarak menuju area "
        "setra oleh tetangga dan kerabat yang berjarak enam kilometer dari rumah duka. Anak "
        "yang paling kecil dikubur di tempat terpisah, sesuai dresta yang masih gigi susu "
        "harus dikubur di setra alit, jelas pemangku. Menurut dia jenazah para korban juga "
        "tidak boleh dibakar. Di desa itu warga yang meninggal hanya boleh dikubur lebih "
        "dulu. Proses pengabenan akan mengikuti jadwal ngaben massal tahun depan."
    )
    burial = read_story(told, indonesia)
    assert (burial.kind, burial.categories) == ("none", [])
    quarrel = read_story(
        "Warga bersitegang dengan prajuru. " + told + " Sebagian warga keberatan "
        "dengan aturan itu dan memilih meninggalkan paruman. Perbekel meminta semua pihak "
        "menahan diri sampai ada kesepakatan baru, kata dia kepada wartawan di balai banjar. "
        "Warga lain menilai aturan itu memberatkan keluarga yang berduka karena biaya upacara "
        "yang tinggi dan waktu yang panjang, sehingga perlu dibicarakan kembali bersama.",
        indonesia,
    )
    assert quarrel.kind != "none"


def test_a_cemetery_named_twice_is_no_customary_quarrel() -> None:
    cemetery = category_evidence("Setra tertimbun pasir. Setra itu seluas satu hektare.")
    assert cemetery.get("adat_customary_dispute", 0.0) < CATEGORY_THRESHOLD


def test_a_festival_at_a_temple_with_no_quarrel_is_no_faith_at_odds(
    indonesia: Gazetteer,
) -> None:
    parade = read_story(
        "Perayaan Nyepi di kota itu diisi dengan pawai ogoh-ogoh. Mengambil start di depan "
        "Pura Agung Jagat Natha, arak-arakan ogoh-ogoh mengitari ruas jalan utama pada Jumat "
        "sore. Pawai diikuti puluhan umat Hindu; sebagian membopong ogoh-ogoh dan sebagian "
        "memainkan musik pengiring. Atraksi ini menyita perhatian warga yang melintas, yang "
        "tak lupa mengabadikannya dengan gawai. Salah satu pengurus Pura Jagat Natha "
        "menjelaskan tradisi mengarak ogoh-ogoh bermakna membuang hal-hal negatif di tubuh "
        "dan di bumi, rangkaian pengerupukan sebelum Nyepi, disusul tradisi macaru. "
        "Pawai ini baru pertama kali digelar di kota itu.",
        indonesia,
    )
    assert (parade.kind, parade.categories) == ("none", [])


def test_a_banjar_s_own_temple_is_no_faith_at_odds_and_arson_by_strangers_is_a_crime() -> None:
    kept = category_evidence("Senjata pusaka disimpan di sebuah pura banjar setempat.")
    assert kept.get("sara_identity_religion", 0.0) <= 0.0
    burnt = category_evidence("Dua ogoh-ogoh di Badung dibakar orang tak dikenal.")
    assert burnt["criminal_violence"] >= CATEGORY_THRESHOLD


def test_a_pattern_that_named_a_category_is_no_weak_word() -> None:
    from siaga.analysis.pipeline import _weakly_named

    named = {"demonstration": ["ratusan warga mendatangi kantor desa menuntut"]}
    assert _weakly_named(named) == frozenset()
    repeated = {"sara_identity_religion": ["pura"]}
    assert _weakly_named(repeated) == {"sara_identity_religion"}


def test_landowners_blockading_a_school_are_a_land_dispute_and_its_protest(
    indonesia: Gazetteer,
) -> None:
    blockaded = read_story(
        "SENTANI - Pemilik hak ulayat melakukan pemalangan terhadap Sekolah Dasar Negeri "
        "Inpres Dobonsolo, Kelurahan Dobonsolo, Distrik Sentani, Senin pagi. Pemalangan "
        "dilakukan karena selama 32 tahun pemerintah memakai lahan masyarakat tanpa "
        "kompensasi, sehingga pemilik meminta ganti rugi tanah per meter persegi. Jadi selama "
        "ini pemerintah tidak memperhatikan hak-hak tanah adat, oleh karena itu kami buat "
        "begini supaya pemerintah bisa buka mata, ucap koordinator kepada awak media. Dinas "
        "pendidikan sudah mengambil data untuk dibahas bersama bupati dan DPR kabupaten. "
        "Murid belajar di rumah selama sekolah ditutup.",
        indonesia,
    )
    assert set(blockaded.categories) == {"land_boundary_dispute", "demonstration"}
    assert blockaded.kind == "incident"


def test_a_landowner_s_blockade_names_both_its_land_and_its_protest() -> None:
    said = category_evidence("Kantor dinas itu dipalang pemilik ulayat yang menuntut ganti rugi.")
    assert said["land_boundary_dispute"] >= CATEGORY_THRESHOLD
    blockade = category_evidence("Aksi pemalangan fasilitas umum kembali terjadi.")
    assert blockade["demonstration"] >= CATEGORY_THRESHOLD


def test_the_count_app_against_the_polling_station_forms_is_a_disputed_result() -> None:
    inflated = category_evidence_with_rules(
        "Data perolehan suara partai di Sirekap menggelembung, data Sirekap beda dengan "
        "formulir C di sejumlah TPS. Jumlah suara di Sirekap melebihi dari total pemilih."
    )
    assert inflated["election_result_dispute"] >= CATEGORY_THRESHOLD
    assert inflated.get("election_logistics", 0.0) < CATEGORY_THRESHOLD


def test_motorcycle_gangs_attacking_at_random_are_a_crime_and_at_war_a_youth_brawl() -> None:
    random = category_evidence(
        "Kelompok geng motor itu kerap berkonvoi lalu melakukan penyerangan secara acak "
        "terhadap warga dan pengendara."
    )
    assert random["criminal_violence"] >= CATEGORY_THRESHOLD
    war = category_evidence("Aksi itu dipicu perselisihan antar geng motor di Kasemen.")
    assert war["alcohol_drugs_brawl"] >= CATEGORY_THRESHOLD


def test_a_beating_set_out_for_is_no_wound() -> None:
    sought = "Mereka berniat mencari kelompok lain untuk dikeroyok, namun tak bertemu."
    assert casualties(sought)["injured"] is None
    done = "Seorang pemuda dikeroyok kelompok itu di perempatan."
    assert casualties(done)["injured"] == 1


NEWCOMERS_CHECKED = (
    "MANGUPURA - Petugas ketertiban kabupaten bersama perangkat desa menggelar sidak "
    "penduduk pendatang di Desa Dalung, Kuta Utara, Selasa pagi. Sebanyak 40 duktang "
    "terjaring karena belum melapor ke kepala lingkungan, enam di antaranya tidak memiliki "
    "KTP. Mereka langsung didata sebagai penduduk non permanen dan diminta melengkapi "
    "dokumen. Menurut kepala dinas, pendataan rutin ini bertujuan mencegah potensi "
    "tindak kriminal dan menjaga ketertiban wilayah setelah arus balik Lebaran. Sidak "
    "akan dilanjutkan ke desa lain di kecamatan itu pada pekan depan bersama linmas. "
    "Pemilik rumah kos diminta ikut mengingatkan penghuninya."
)


def test_newcomers_papers_checked_by_the_village_are_no_signal(indonesia: Gazetteer) -> None:
    checked = read_story(NEWCOMERS_CHECKED, indonesia)
    assert (checked.kind, checked.categories) == ("none", [])
    fought = analyze(
        NEWCOMERS_CHECKED + " Dua pendatang sempat terlibat perkelahian dengan pecalang "
        "hingga seorang pecalang luka di kepala.",
        gazetteer=indonesia,
    )
    assert fought.kind == "incident"


def test_water_fought_over_is_a_resource_dispute_and_a_subak_s_ruling_a_custom_s() -> None:
    cut_off = category_evidence(
        "Prajuru subak menutup jatah air sawah seorang petani; pihak subak menilai dia "
        "menentang pembetonan jalan. Sejak jatah air dihentikan, sawahnya kering."
    )
    assert cut_off["land_boundary_dispute"] >= CATEGORY_THRESHOLD
    assert cut_off["adat_customary_dispute"] >= CATEGORY_THRESHOLD
    spring = category_evidence("Warga melapor penyerobotan sumber mata air oleh desa tetangga.")
    assert spring["land_boundary_dispute"] >= CATEGORY_THRESHOLD


def test_villagers_come_to_the_police_to_report_do_not_protest() -> None:
    from siaga.analysis.pipeline import _a_complaint_is_no_protest, _scores

    def after_the_rule(text: str) -> dict[str, float]:
        reading = expand_shorthand(fold(text).text)
        scores, cues = _scores(default_index().scan(reading)["category"], "category")
        _a_complaint_is_no_protest(scores, cues, reading)
        return scores

    reporting = after_the_rule(
        "Sejumlah warga mendatangi kantor Polsek Wanaraja. Mereka ramai-ramai melapor soal "
        "pipa yang dirusak. Warga lain juga sudah mendatangi kantor desa."
    )
    assert reporting.get("demonstration", 0.0) < CATEGORY_THRESHOLD
    demanding = after_the_rule(
        "Sejumlah warga mendatangi kantor Polsek dan kantor desa, melapor sambil menuntut "
        "pelaku segera ditangkap."
    )
    assert demanding["demonstration"] >= CATEGORY_THRESHOLD


WATER_PIPES_CUT = (
    "BANGLI - Permasalahannya dari dulu, sudah sempat beberapa kali dimediasi dan ada "
    "kesepakatan dari dinas provinsi. Pipa PAM milik Desa Siakin, Kecamatan Kintamani, "
    "dirusak sejumlah oknum dari desa tetangga pada Minggu. Akibatnya warga kesulitan air "
    "bersih dan kerugian mencapai ratusan juta rupiah. Warga yang mengetahui perusakan itu "
    "langsung ke lokasi sumber mata air dan para pelaku mengakui perbuatannya. Warga sempat "
    "emosi namun memilih menyerahkan kasus ini ke polisi. Perbekel mengatakan perusakan "
    "kali ini sudah yang ketiga kalinya tahun ini, dan pengelola air desa telah melapor. "
    "Sampai pipa PAM diperbaiki, warga menampung air hujan."
)


def test_mediations_that_came_before_are_a_story_s_backstory(indonesia: Gazetteer) -> None:
    cut = read_story(WATER_PIPES_CUT, indonesia)
    assert cut.kind == "incident"
    mediated = read_story(
        WATER_PIPES_CUT.replace(
            "Permasalahannya dari dulu, sudah sempat beberapa kali dimediasi dan ada "
            "kesepakatan dari dinas provinsi.",
            "Camat memediasi kedua desa dan tercapai kesepakatan damai di kantor camat.",
        ),
        indonesia,
    )
    assert mediated.kind == "meeting"


BOTH_CAMPS_PARADE = (
    "BULA - Ribuan pendukung dua pasangan calon bupati menggelar konvoi kemenangan "
    "keliling kota pada Kamis, beberapa jam setelah hasil hitung cepat sebuah televisi "
    "keluar. Massa pendukung pasangan pertama berkumpul di posko pemenangan sejak pagi, "
    "lalu berarak dengan sepeda motor dan mobil bak terbuka. Sore harinya massa pasangan "
    "kedua ikut berkonvoi di jalan poros. Petugas keamanan mengawal arak-arakan agar kedua "
    "massa tidak berpapasan. Pasangan pertama mengklaim menang dengan 50,4 persen suara, "
    "sementara pasangan kedua juga mengklaim menang dengan 50,8 persen suara menurut "
    "hitungan relawannya sendiri."
)


def test_both_camps_claiming_the_win_dispute_the_result_after_the_vote(
    indonesia: Gazetteer,
) -> None:
    parade = read_story(BOTH_CAMPS_PARADE, indonesia)
    assert "election_result_dispute" in parade.categories
    assert parade.election_stage == "voting_counting"


SHRINE_SAT_ON = (
    "TABANAN - Prajuru desa adat akan menggelar guru piduka di sebuah pura di Baturiti "
    "setelah foto seorang wisatawan asing yang duduk di atas bangunan suci beredar di "
    "media sosial, sebuah perbuatan tak senonoh menurut warga. Perbekel mengatakan "
    "guru piduka akan dilakukan sebelum piodalan bulan depan, sesuai kesepakatan "
    "pengempon pura dan desa adat. Papan imbauan dalam dua bahasa sebenarnya sudah "
    "dipasang di depan pintu masuk pura. Polisi masih mencari tahu identitas wisatawan "
    "itu dan apakah ia masih berada di Bali. Perbekel meminta pengelola objek wisata di "
    "sekitar pura ikut mengawasi para tamunya."
)


def test_a_holy_place_defiled_is_an_affront_to_faith_and_custom(indonesia: Gazetteer) -> None:
    defiled = read_story(SHRINE_SAT_ON, indonesia)
    assert defiled.kind == "incident"
    assert set(defiled.categories) == {"sara_identity_religion", "adat_customary_dispute"}
    atoned = read_story(
        "TABANAN - Wisatawan asing yang berpose tak senonoh di sebuah pura di Marga "
        "mengikuti upacara guru piduka di pura itu pada Jumat. Upacara permohonan maaf "
        "secara niskala itu dihadiri camat, kapolsek, danramil, perbekel, bendesa adat "
        "dan pemangku. Wisatawan itu datang dengan pakaian adat Bali, mengakui "
        "kesalahannya dan berjanji tidak mengulanginya. Pemangku menjelaskan bahwa "
        "upacara itu digelar untuk membersihkan kembali areal pura yang disucikan umat "
        "setempat. Petugas imigrasi ikut mendampingi wisatawan itu selama prosesi. "
        "Usai upacara, wisatawan itu diberi nasihat oleh pemangku agar menghormati "
        "tempat suci.",
        indonesia,
    )
    assert atoned.kind == "meeting"


def test_a_temple_defiled_is_named_by_its_own_words() -> None:
    defiled = category_evidence("Bule lecehkan tempat suci di Ubud.")
    assert defiled["sara_identity_religion"] >= CATEGORY_THRESHOLD


def test_a_visitor_calling_a_pecalang_out_to_fight_defies_the_custom() -> None:
    called_out = category_evidence("Seorang turis asing menantang pecalang saat melasti.")
    assert called_out["adat_customary_dispute"] >= CATEGORY_THRESHOLD


EXCAVATORS_BURNT = (
    "BUNGO - Warga membakar tiga alat berat ekskavator yang diduga digunakan untuk "
    "penambangan emas tanpa izin di hutan desa, Sabtu pagi. Video alat berat yang "
    "terbakar itu beredar di media sosial. Kapolres membenarkan peristiwa itu. Menurut "
    "dia, warga bersama anggota polsek menelusuri aktivitas tambang emas ilegal lebih "
    "jauh ke dalam hutan dan menemukan tiga ekskavator tanpa pemiliknya. Warga lalu "
    "membakarnya agar tidak bisa dipakai lagi. Dalam dua pekan terakhir banyak laporan "
    "warga tentang PETI di kecamatan itu, tetapi saat polisi datang lokasi tambang "
    "selalu sudah kosong, para pekerjanya lebih dulu kabur."
)


def test_villagers_burning_an_illegal_mine_s_machines_fight_over_the_ground(
    indonesia: Gazetteer,
) -> None:
    burnt = read_story(EXCAVATORS_BURNT, indonesia)
    assert (burnt.kind, burnt.categories) == ("incident", ["land_boundary_dispute"])
    stopped = category_evidence(
        "Petugas yang hendak menertibkan penambangan emas tanpa izin di kawasan konsesi "
        "itu dihadang puluhan massa."
    )
    assert stopped["land_boundary_dispute"] >= CATEGORY_THRESHOLD
    assert stopped["demonstration"] >= CATEGORY_THRESHOLD


BODY_SEIZED = (
    "AMBON - Puluhan anggota keluarga menyerbu ambulans yang membawa jenazah pasien positif "
    "Covid-19 begitu tiba di lokasi pemakaman, Jumat sore. Mereka mengeluarkan jenazah dari "
    "peti, mengambil alih pemakaman dan menggotong jenazah ke liang lahat tanpa masker. "
    "Sebelumnya warga mengadang ambulans rumah sakit di jalan. Ketua gugus tugas mengatakan "
    "pemakaman itu di luar kendali petugas dan terjadi secara spontan. Presiden meminta "
    "jajarannya agar tidak ada lagi keluarga yang mengambil paksa jenazah anggota keluarga "
    "mereka. Gugus tugas akan memeriksa keluarga yang ikut menggotong jenazah itu. Pihak "
    "rumah sakit menyebut keluarga sudah diberi tahu bahwa pasien itu positif dan harus "
    "dimakamkan menurut protokol kesehatan."
)


def test_a_family_taking_its_dead_by_force_quarrels_over_the_burial(
    indonesia: Gazetteer,
) -> None:
    seized = read_story(BODY_SEIZED, indonesia)
    assert (seized.kind, seized.categories) == ("incident", ["other"])
    for told in (
        "Jenazah PDP di rumah sakit itu diambil paksa keluarga.",
        "Ratusan warga menjemput paksa jenazah perempuan itu.",
    ):
        assert category_evidence(told)["other"] >= CATEGORY_THRESHOLD


def test_a_protest_s_coordinator_or_an_acted_refusal_shows_a_protest_held() -> None:
    spoken = category_evidence("Warga menolak menara itu, kata Suryono, koordinator aksi.")
    assert spoken["demonstration"] >= CATEGORY_THRESHOLD
    acted = category_evidence(
        "Aksi tersebut mereka lakukan sebagai bentuk penolakan dan menuntut pembangunan dihentikan."
    )
    assert acted["demonstration"] >= CATEGORY_THRESHOLD
    for told in (
        "Bau limbah sangat menyengat, teriak salah satu korlap aksi di depan pabrik.",
        "Aksi menghadang kendaraan pengangkut bahan baku itu bentuk kekecewaan warga.",
    ):
        assert category_evidence(told)["demonstration"] >= CATEGORY_THRESHOLD


def test_a_row_that_nearly_came_to_blows_was_had() -> None:
    assert (
        kind_evidence("Warga berdebat dan nyaris baku hantam dengan pengembang.")["incident"] >= 1.0
    )


RALLY_THEN_HEARD = (
    "DEMAK - Kali ini warga mendatangi kantor bupati. Mereka berorasi sebelum akhirnya "
    "ditemui bupati untuk audiensi. Selama dua jam lebih, audiensi yang juga dihadiri "
    "Satpol PP, Polri dan TNI itu belum menemukan solusi. Pemkab disebut hanya berjanji "
    "melakukan tindakan tanpa batas waktu. Menurut warga, pemkab kurang tegas dalam "
    "pelaksanaan perda tentang hiburan karaoke. Wakil pengunjuk rasa menambahkan "
    "kedatangan warga kali ini tak lain menuntut pemerintah tegas untuk menutup karaoke. "
    "Bupati menyampaikan pihaknya sudah berupaya keras menegakkan perda tersebut dan "
    "menyebut penyegelan tempat karaoke oleh Satpol PP merupakan tindakan tegas."
)


def test_a_rally_heard_in_an_audience_is_a_protest_not_a_meeting(indonesia: Gazetteer) -> None:
    heard = read_story(RALLY_THEN_HEARD, indonesia)
    assert (heard.kind, heard.categories) == ("incident", ["demonstration"])


def test_a_levy_forced_on_traders_under_threat_is_done() -> None:
    """The threat is the levy's means ("jika tidak membayar akan memutus listrik"): the
    pressing was done, no warning of something to come."""
    from siaga.analysis.pipeline import _kind_evidence

    for told in (
        "Para pelaku memaksa pedagang membayar dengan alasan jika tidak membayar akan "
        "memutus listrik dan mengosongkan kios.",
        "Pelaku memaksa pedagang menyetor uang keamanan, kalau tidak memberi akan diusir.",
    ):
        reading = expand_shorthand(fold(told).text)
        index = default_index()
        scores, _ = _kind_evidence(reading, index.scan(reading).get("kind", {}), index)
        assert scores["incident"] > scores["threat"]


def test_a_candidacy_contested_over_a_false_diploma_disputes_the_kpu_s_list() -> None:
    contested = category_evidence(
        "Ratusan orang mendesak KPU menunda tahapan penetapan calon karena dugaan "
        "penggelembungan data pemilih dan ijazah palsu. Aksi ini dikawal ketat polisi, "
        "dan ketua KPU menerima perwakilan massa."
    )
    assert contested["election_result_dispute"] >= CATEGORY_THRESHOLD
    assert contested["voter_list_problem"] >= CATEGORY_THRESHOLD
    assert contested["demonstration"] >= CATEGORY_THRESHOLD
    unregistered = category_evidence("Bawaslu diminta memeriksa ijazah yang tidak terdaftar.")
    assert unregistered.get("voter_list_problem", 0.0) < CATEGORY_THRESHOLD
    escorted = kind_evidence("Aksi ini dikawal ketat aparat. Ketua KPU menerima perwakilan massa.")
    assert escorted["incident"] >= 1.0


def test_street_racers_beaten_by_residents_or_wrecking_a_car_are_violence() -> None:
    for told in (
        "Pembalap liar dihajar warga sampai terpelanting dari motor.",
        "Mobil mereka diserang sekelompok orang, yang lalu menghancurkan mobil warga itu.",
    ):
        assert category_evidence(told)["criminal_violence"] >= CATEGORY_THRESHOLD


def test_a_mosque_s_waqf_land_claimed_back_is_a_land_quarrel_not_faith() -> None:
    claimed = category_evidence(
        "Tanah wakaf milik masjid di desa itu diklaim sebagai hak milik pribadi oleh "
        "keluarga ahli waris, dan takmir masjid digugat di Pengadilan Agama."
    )
    assert claimed["land_boundary_dispute"] >= CATEGORY_THRESHOLD
    assert claimed.get("sara_identity_religion", 0.0) < CATEGORY_THRESHOLD


def test_members_who_passed_away_over_the_years_are_no_casualties() -> None:
    assert (
        casualties("Kami berlima anggota nazir, sedangkan yang tiga sudah meninggal dunia.")["dead"]
        is None
    )
    assert (
        casualties("Bentrok itu menewaskan tiga orang, yang tiga sudah meninggal dunia.")["dead"]
        == 3
    )


CONGRESS_IN_UPROAR = (
    "RENGAT - Musyawarah Daerah (Musda) X DPD II sebuah partai di kabupaten itu berujung "
    "ricuh dan diskors ke hari kedua. Pembahasan tata tertib tidak menemui kata sepakat "
    "hingga nyaris terjadi baku hantam antarpeserta. Peserta sudah sempat saling dorong "
    "dan ada yang bersiap melemparkan kursi. Pemicunya saling interupsi antarpeserta yang "
    "memiliki hak suara. Peserta dari pengurus provinsi menarik diri hingga meninggal "
    "ruangan, dan acara terhenti sekitar tiga jam. 'Kami yang berdarah-darah membesarkan "
    "partai ini,' kata seorang kader. Panitia lalu memberikan keterangan pers di depan "
    "gedung tempat musda digelar."
)


def test_a_party_congress_in_uproar_is_its_camps_clashing_in_no_election_stage(
    indonesia: Gazetteer,
) -> None:
    uproar = read_story(CONGRESS_IN_UPROAR, indonesia)
    assert (uproar.kind, uproar.categories) == ("incident", ["supporters_clash"])
    assert uproar.election_stage is None
    assert uproar.severity == 2  # no one left dead or bled: the room was left, the party built


def test_a_party_s_rival_congress_fought_over_by_its_camps_is_their_clash(
    indonesia: Gazetteer,
) -> None:
    banners = analyze(
        "Suasana KLB Partai Demokrat di Deli Serdang dipenuhi kader berkaus calon ketua, "
        "hingga perang spanduk.",
        gazetteer=indonesia,
    )
    assert "supporters_clash" in banners.categories
    stormed = analyze(
        "Ratusan kader pro ketua umum menyerbu lokasi KLB dan bandara.", gazetteer=indonesia
    )
    assert "supporters_clash" in stormed.categories
    outbreak = analyze(
        "Dinas kesehatan menetapkan KLB campak setelah puluhan anak dirawat.", gazetteer=indonesia
    )
    assert "supporters_clash" not in outbreak.categories


OUTAGE_PROTEST = (
    "KARIMUN - Kantor PLN di kota itu didatangi sejumlah warga yang kesal dengan "
    "pemadaman listrik bergilir, Jumat malam. Puluhan warga dari sebuah kelurahan "
    "mendatangi kantor PLN yang dikawal ketat aparat keamanan. 'Kepala PLN ingkar janji. "
    "Katanya mulai hari ini tidak ada lagi pemadaman tak beraturan,' ujar seorang warga "
    "yang ikut dalam aksi itu. Aksi massa tersebut berlangsung tertib dengan pengawalan "
    "aparat sampai massa membubarkan diri. Kepala PLN ranting mengatakan jadwal "
    "pemadaman bergilir sudah diumumkan melalui radio dan mesin pembangkit tiba-tiba drop. "
    "Hingga dini hari polisi masih berjaga di depan kantor itu."
)


def test_a_mass_action_at_an_office_is_a_protest_told(indonesia: Gazetteer) -> None:
    action = read_story(OUTAGE_PROTEST, indonesia)
    assert (action.kind, action.categories) == ("incident", ["demonstration"])


def test_a_geothermal_project_refused_is_a_resource_fought_over() -> None:
    refused = category_evidence(
        "Ribuan massa turun ke jalan, mengadang aparat pengawal alat berat proyek geothermal; "
        "warga tetap tolak geothermal demi mempertahankan ruang hidup mereka."
    )
    assert refused["land_boundary_dispute"] >= CATEGORY_THRESHOLD
    assert refused["demonstration"] >= CATEGORY_THRESHOLD
    staged = category_evidence("Koalisi menggelar aksi dan meneriakkan slogan di depan gedung.")
    assert staged["demonstration"] >= CATEGORY_THRESHOLD
    for told in ("Masyarakat turun ke jalan.", "Warga geruduk kantor bupati."):
        assert kind_evidence(told)["incident"] > 0.0


def test_the_dead_of_a_poison_gas_leak_are_no_casualties_of_a_quarrel() -> None:
    gassed = "Di daerah lain, delapan warga meninggal akibat menghirup gas beracun H2S."
    assert casualties(gassed)["dead"] is None


def test_a_neighbour_who_died_of_an_illness_a_crowd_blamed_on_sorcery_is_no_casualty() -> None:
    blamed = (
        "Warga merusak rumah pasangan lansia yang dituduh dukun santet.\nKorban meninggal "
        "setelah jatuh sakit selama sebulan."
    )
    assert casualties(blamed)["dead"] is None
    at_hospital = "Warga dikeroyok massa. Satu orang meninggal di rumah sakit."
    assert casualties(at_hospital)["dead"] == 1


def test_a_family_suspected_of_sorcery_lives_in_its_village_not_in_a_district_named_dukun(
    indonesia: Gazetteer,
) -> None:
    story = (
        "Sekeluarga Diduga Dukun Santet Diamankan di Polsek\n\n"
        "PRAYA - Enam orang sekeluarga yang dituduh sebagai dukun santet dibawa ke Polsek "
        "Praya Timur pada Selasa malam. Mereka warga Desa Ganti, Kecamatan Praya Timur. "
        "Rumah keluarga itu dibakar massa ketika warga lain sedang berzikir di rumah tetangga. "
        "Seorang anak keluarga itu dipukuli ketika bertanya mengapa rumah orang tuanya "
        "dibakar, dan kepalanya luka. Isu santet di dusun itu sudah beredar sejak tahun "
        "tujuh puluhan, dan dulu pernah ada rumah lain yang dibakar karena isu yang sama. "
        "Sumber kami pernah dikirimi pesan oleh pemilik rumah yang juga diduga dukun santet, "
        "yang meminta tolong agar diamankan. "
        "Polisi meminta warga tidak main hakim sendiri dan menyerahkan perkara itu kepada "
        "aparat penegak hukum."
    )
    places = read_story(story, indonesia).places
    assert [place["code"] for place in places] == ["52.02.06.2008"]


def test_a_conflict_that_may_cost_lives_has_cost_none_yet() -> None:
    feared = "Sistem itu bisa memicu konflik yang berpotensi menimbulkan korban jiwa."
    assert casualties(feared)["dead"] is None


def rule_evidence(rule_name: str, text: str) -> dict[str, float]:
    """Category evidence after one named pattern rule of the pipeline."""
    from siaga.analysis import pipeline

    reading = expand_shorthand(fold(text).text)
    scores, cues = pipeline._scores(default_index().scan(reading)["category"], "category")
    rule = getattr(pipeline, rule_name)
    if "text" in rule.__code__.co_varnames[: rule.__code__.co_argcount]:
        rule(scores, cues, text, reading)
    else:
        rule(scores, cues, reading)
    return scores


def test_a_faith_mocked_in_a_post_is_hate_spoken_online() -> None:
    posted = rule_evidence(
        "_blasphemy_posted",
        "Pria itu diamankan karena diduga melakukan penistaan agama melalui akun media sosialnya.",
    )
    assert posted["hoax_hate_speech"] >= CATEGORY_THRESHOLD
    video = rule_evidence(
        "_blasphemy_posted", "Beredar video yang diduga menistakan agama Islam di Facebook."
    )
    assert video["hoax_hate_speech"] >= CATEGORY_THRESHOLD
    shrine = rule_evidence(
        "_blasphemy_posted",
        "Video turis yang menodai kesucian pura viral; ia diminta menggelar upacara.",
    )
    assert shrine.get("hoax_hate_speech", 0.0) < CATEGORY_THRESHOLD


def test_a_crowd_at_a_suspects_door_protests_and_the_police_there_do_not() -> None:
    crowd = rule_evidence(
        "_named_by_a_pattern",
        "Pelaku diiringi takbir oleh para ormas yang telah mengepung rumahnya.",
    )
    assert crowd["demonstration"] >= CATEGORY_THRESHOLD
    police = rule_evidence(
        "_named_by_a_pattern", "Tim Densus 88 mengepung rumah terduga teroris di desa itu."
    )
    assert police.get("demonstration", 0.0) < CATEGORY_THRESHOLD


def test_a_suspect_who_did_not_resist_fought_no_one() -> None:
    shown = rule_evidence(
        "_drink_without_a_fight",
        "Dalam video itu ia menunjukkan segelas miras. Saat ditangkap, pelaku tidak "
        "melakukan perlawanan.",
    )
    assert shown["alcohol_drugs_brawl"] < CATEGORY_THRESHOLD
    resisted = rule_evidence(
        "_drink_without_a_fight", "Pelaku dalam pengaruh miras dan melakukan perlawanan."
    )
    assert resisted["alcohol_drugs_brawl"] >= CATEGORY_THRESHOLD


DECLARATION_BROKEN_UP = (
    "TANGERANG - Polisi membubarkan secara paksa acara deklarasi sebuah gerakan relawan "
    "di halaman pertokoan, Minggu sore. Pembacaan deklarasi dan orasi yang diikuti sekitar "
    "dua ribu massa dilangsungkan di atas mobil komando. Menjelang pembacaan doa, puluhan "
    "mobil polisi datang ke lokasi acara yang sebelumnya dirahasiakan. Koordinator "
    "lapangan mengatakan lokasi acara dipindahkan karena di lapangan semula sudah banyak "
    "aparat, yang meminta acara dibatalkan dengan alasan mengganggu ketertiban. Dalam "
    "proses pembubaran itu, polisi dan sejumlah massa saling dorong ketika para tokoh yang "
    "berorasi dari atas truk diminta turun. Massa kemudian berangsur pulang ke rumah."
)


def test_a_declaration_the_police_broke_up_was_a_protest_not_a_meeting(
    indonesia: Gazetteer,
) -> None:
    broken_up = read_story(DECLARATION_BROKEN_UP, indonesia)
    assert (broken_up.kind, broken_up.categories) == ("incident", ["demonstration"])
    dispersed = category_evidence("Polisi membubarkan massa; orator turun dari mobil komando.")
    assert dispersed["demonstration"] >= CATEGORY_THRESHOLD


def test_a_camps_post_stoned_is_the_other_sides_attack_and_a_police_post_is_not() -> None:
    stoned = rule_evidence(
        "_named_by_a_pattern",
        "Posko rumah aspirasi kotak kosong dilempari orang tidak dikenal hingga kaca pecah.",
    )
    assert stoned["supporters_clash"] >= CATEGORY_THRESHOLD
    police = rule_evidence("_named_by_a_pattern", "Posko pengamanan polisi dilempari batu.")
    assert police.get("supporters_clash", 0.0) < CATEGORY_THRESHOLD


def test_before_the_campaign_is_no_campaign_and_before_the_quiet_days_is(
    indonesia: Gazetteer,
) -> None:
    early = "Warga menolak deklarasi itu karena belum memasuki masa kampanye pilpres."
    assert analyze(early, gazetteer=indonesia).election_stage is None
    stoned = "Posko relawan pilkada dilempari batu dua hari sebelum memasuki masa tenang."
    assert analyze(stoned, gazetteer=indonesia).election_stage == "campaign"


def test_a_woman_seized_for_a_forced_marriage_is_a_crime_and_a_kidnap_rumour_is_not() -> None:
    seized = category_evidence(
        "Sekelompok pria menculik seorang perempuan untuk kawin tangkap dan membawanya "
        "dengan mobil pikap."
    )
    assert seized["criminal_violence"] >= CATEGORY_THRESHOLD
    rumour = category_evidence("Warga resah oleh isu penculikan anak yang beredar.")
    assert rumour.get("criminal_violence", 0.0) < CATEGORY_THRESHOLD


def test_a_protest_still_going_on_or_made_regardless_was_made() -> None:
    for told in (
        "Aksi penolakan oleh nelayan masih terus berlanjut.",
        "Nelayan nekad mendatangi KIP.",
    ):
        assert kind_evidence(told)["incident"] > 0.0


def test_a_school_sealed_by_the_heirs_of_its_land_is_barred_in_protest() -> None:
    for told in (
        "Gedung sekolah disegel oleh ahli waris yang menggugat lahan itu.",
        "Aksi penyegelan dilakukan dengan memasang spanduk klaim tanah di pagar.",
    ):
        assert category_evidence(told)["demonstration"] >= CATEGORY_THRESHOLD


DORMITORY_BESIEGED = (
    "Jayapura, Jubi - Pengurus Aliansi Mahasiswa Papua mengatakan hingga Jumat malam Asrama "
    "Mahasiswa Papua Kamasan III di Surabaya masih dikepung massa dan aparat keamanan. "
    "Massa meneriakkan kata-kata rasis dan berbagai ancaman terhadap para mahasiswa Papua "
    "yang bertahan di dalam asrama. Teriakan bernada ancaman juga terus terdengar: kamu "
    "jangan keluar, saya tunggu kamu di sini. Mereka memperingatkan akan menerobos masuk "
    "untuk mengosongkan asrama. Dikhawatirkan mereka akan mendobrak masuk asrama, kata "
    "juru bicara mahasiswa kepada wartawan, sementara rekan-rekannya berusaha mengevakuasi "
    "lima belas mahasiswa yang masih bertahan di dalam."
)


def test_a_dormitory_besieged_by_a_crowd_is_a_protest_at_its_door(indonesia: Gazetteer) -> None:
    besieged = read_story(DORMITORY_BESIEGED, indonesia)
    assert besieged.kind == "incident" and "demonstration" in besieged.categories
    told = rule_evidence(
        "_named_by_a_pattern",
        "Pengepungan asrama mahasiswa Papua di Surabaya oleh massa dari ormas menjadi sorotan.",
    )
    assert told["demonstration"] >= CATEGORY_THRESHOLD


def test_village_heads_waiting_to_be_sworn_in_are_the_inauguration(
    indonesia: Gazetteer,
) -> None:
    delayed = analyze(
        "Ribuan massa berunjuk rasa memprotes penundaan pelantikan 57 kepala desa terpilih.",
        gazetteer=indonesia,
    )
    assert delayed.election_stage == "inauguration"


def test_a_blockade_lifted_by_agreement_is_the_settlement() -> None:
    lifted = kind_evidence("Pembukaan palang kantor gubernur dilakukan oleh masyarakat adat, Rabu.")
    assert lifted["meeting"] > lifted.get("incident", 0.0)


NURSES_STRUCK = (
    "MAJALENGKA - Kepala puskesmas membenarkan ada dua perawat yang mengalami luka akibat "
    "tindakan kekerasan oleh keluarga seorang pasien, Kamis. Pasien dibawa ke unit gawat "
    "darurat dalam kondisi lemas dan setelah diperiksa ternyata sudah meninggal dunia. "
    "Keluarga pasien marah dan seorang perawat yang mencoba menenangkan malah kena pukulan "
    "hingga wajahnya lebam. Awalnya perkara itu akan diselesaikan secara kekeluargaan, "
    "tetapi rekamannya beredar luas sehingga pihak puskesmas menempuh jalur hukum dan "
    "melaporkannya ke polsek setempat. Para perawat dan karyawan terkejut karena ini "
    "kejadian pertama kali, dan mereka berharap hal serupa tidak terulang kembali."
)


def test_nurses_struck_by_a_patients_family_suffered_violent_crime(
    indonesia: Gazetteer,
) -> None:
    struck = read_story(NURSES_STRUCK, indonesia)
    assert (struck.kind, struck.categories) == ("incident", ["criminal_violence"])


def test_pollsters_reported_over_their_quick_count_is_the_result_disputed() -> None:
    for told in (
        "Pendukung capres melaporkan enam lembaga survei ke Bareskrim.",
        "Hasil quick count lembaga survei sudah menipu masyarakat, kata politikus itu.",
    ):
        assert rule_evidence("_named_by_a_pattern", told)["election_result_dispute"] >= (
            CATEGORY_THRESHOLD
        )
    told = "Lembaga survei merilis hasil hitung cepat pada sore hari."
    assert rule_evidence("_named_by_a_pattern", told).get("election_result_dispute", 0.0) < (
        CATEGORY_THRESHOLD
    )
    assert (
        kind_evidence("Mereka mendatangi Bareskrim dan melaporkan enam lembaga survei.")["incident"]
        > 0.0
    )


def test_banners_put_up_against_someone_are_a_protest() -> None:
    for told in (
        "Warga memasang puluhan spanduk protes di sekitar pondok pesantren.",
        "Aliansi warga memasang banner menolak adanya ponpes itu sebagai bentuk perlawanan.",
    ):
        assert category_evidence(told)["demonstration"] >= CATEGORY_THRESHOLD


def test_farmers_barring_soldiers_from_fencing_disputed_land_protest() -> None:
    barred = category_evidence(
        "Warga berusaha menghalangi TNI yang ingin memagari lahan dan menolak pemagaran itu."
    )
    assert barred["demonstration"] >= CATEGORY_THRESHOLD
    fenced = category_evidence("TNI memagari lahan konflik Urut Sewu sepanjang dua kilometer.")
    assert fenced["land_boundary_dispute"] >= CATEGORY_THRESHOLD


LORRY_BURNT = (
    "JEMBER - Sebuah truk pengangkut cabai yang menabrak seorang pengendara motor hingga "
    "tewas dibakar warga setempat, Kamis. Di belakang truk banyak warga yang mengejar, dan "
    "setelah truk berhenti langsung dibakar beramai-ramai. Sopir truk terus melaju ke arah "
    "barat dan warga yang melihat kejadian itu langsung mengejarnya hingga berhasil menahan "
    "truk di sebuah kecamatan. Truk dibawa warga ke lapangan dan mereka membakarnya secara "
    "spontan, tanpa ada komando dari siapapun, kata kapolres. Sopir truk diamankan di "
    "markas polres untuk dimintai pertanggungjawaban dan bangkai truk dibawa ke polsek. "
    "Polisi masih menyelidiki pembakaran itu."
)


def test_a_crowd_avenging_a_road_crash_commits_a_crime_and_blocks_no_road(
    indonesia: Gazetteer,
) -> None:
    burnt = read_story(LORRY_BURNT, indonesia)
    assert burnt.categories == ["criminal_violence"]


STAGE_BURNT = (
    "VIVA - Polsek bersiaga di area lapangan sepak bola usai ratusan penonton yang kecewa "
    "kepada panitia konser musik nekat membakar ornamen panggung, Minggu malam. Kapolsek "
    "mengatakan peristiwa kerusuhan itu terjadi pada pukul 19.00 hingga 20.30. Bermula saat "
    "penonton kecewa usai mengetahui musisi tidak kunjung muncul dan panggung masih gelap. "
    "Amukan pun tidak terhindari, beberapa penonton mulai merangsek ke area panggung dan "
    "merusak properti musik. Betul ada yang dibakar, itu sound system-nya, katanya. Dari "
    "hasil pemeriksaan sementara, panitianya ternyata tidak sanggup membayar beberapa artis "
    "hingga konser dibatalkan sepihak, dan polisi kini mencari panitia itu."
)


def test_a_crowd_rioting_at_a_concert_is_a_signal_whatever_set_it_off(
    indonesia: Gazetteer,
) -> None:
    riot = read_story(STAGE_BURNT, indonesia)
    assert (riot.kind, riot.categories) == ("incident", ["other"])


def test_a_convoy_that_got_to_the_village_border_disputes_no_border() -> None:
    told = category_evidence(
        "Rombongan takbir keliling terus berputar bahkan hingga sampai batas desa, lalu "
        "terlibat tawuran."
    )
    assert told.get("land_boundary_dispute", 0.0) < CATEGORY_THRESHOLD
    assert (
        category_evidence("Warga dua desa berselisih soal batas desa.")["land_boundary_dispute"]
        >= CATEGORY_THRESHOLD
    )


def test_a_procedure_broken_abroad_is_no_routine_and_no_guide(indonesia: Gazetteer) -> None:
    story = (
        "Jakarta - Bawaslu merekomendasikan pemungutan suara ulang di Kuala Lumpur, Malaysia, "
        "baik yang menggunakan metode pos maupun kotak suara keliling. Ketua Bawaslu "
        "menjelaskan rekomendasi ini dikeluarkan karena ditemukan sejumlah dugaan pelanggaran "
        "administratif pemilu, di antaranya 18 pantarlih fiktif yang tidak pernah berada di "
        "Kuala Lumpur dan penambahan pemilih oleh KPPS luar negeri. Terdapat peristiwa "
        "pelanggaran tata cara mekanisme dalam pemungutan suara dengan kotak suara keliling, "
        "sehingga berpotensi memengaruhi kemurnian suara, katanya. Bawaslu meminta PPLN "
        "menaati rekomendasi itu dan akan bertindak tegas bila tidak dijalankan."
    )
    read = read_story(story, indonesia)
    assert read.kind == "incident" and "voter_list_problem" in read.categories
    assert read.places == []


def test_voters_with_a_mental_disorder_are_no_disturbance_of_the_peace(
    indonesia: Gazetteer,
) -> None:
    counted = analyze(
        "KPU mencatat 428 pemilih dengan gangguan jiwa sudah didata dan masuk DPT.",
        gazetteer=indonesia,
    )
    assert "security" not in counted.cues["flags"]


WEAPONS_HANDED_IN = (
    "DENPASAR - Perwakilan dua ormas terbesar menyerahkan ratusan senjata tajam ke Mapolresta "
    "Denpasar, Selasa, sebagai tindak lanjut kesepakatan damai pasca bentrok di lembaga "
    "pemasyarakatan yang merenggut empat nyawa dan lima korban luka berat pekan lalu. "
    "Penyerahan diterima langsung kapolresta dan dihadiri unsur muspida. Senjata yang "
    "diserahkan berupa pedang, tombak, arit, rantai, pisau dan pentungan besi, yang bakal "
    "dimusnahkan. Usai penyerahan, puluhan perwakilan kedua ormas saling berjabat tangan dan "
    "berpelukan, sama-sama berjanji menjaga kedamaian. Kapolresta berharap kesepakatan itu "
    "tidak diingkari lagi oleh kedua kubu."
)


def test_weapons_handed_in_after_a_peace_pact_make_a_meeting(indonesia: Gazetteer) -> None:
    settled = read_story(WEAPONS_HANDED_IN, indonesia)
    assert settled.kind == "meeting" and settled.severity <= 1


def test_a_crowd_that_beats_an_officer_together_commits_a_crime() -> None:
    beaten = category_evidence("Sekelompok pemuda mabuk mengeroyok anggota Babinsa di kafe.")
    assert beaten["criminal_violence"] >= CATEGORY_THRESHOLD


DEBT_COLLECTOR_S_BIKE_THROWN = (
    "Jakarta - Satu unit motor milik seorang pria yang diduga Debt Colector atau yang biasa "
    "disebut mata elang (Matel) jadi sasaran amukan pengemudi ojek online. Kendaraan rekan "
    "mereka hendak ditagih oleh debt colector itu. Massa ojol yang sudah kepalang panas lantas "
    "menggiring motor milik debt colector ke pinggiran kali di kawasan Sawah Besar, lalu "
    "membuangnya ke kali. Kanit Reskrim Polsek Sawah Besar menjelaskan tidak ada laporan "
    "yang masuk. Petugas sudah mendatangi lokasi, dan orang-orang yang berkumpul sudah "
    "bubar. Menurut dia tidak ada luka ataupun korban jiwa meskipun kejadian itu mengundang "
    "banyak orang. Motor yang dibuang ke kali sudah dievakuasi oleh petugas setempat."
)


def test_debt_collectors_named_twice_in_any_spelling_are_the_crime_a_crowd_s_fury_tells(
    indonesia: Gazetteer,
) -> None:
    thrown = read_story(DEBT_COLLECTOR_S_BIKE_THROWN, indonesia)
    assert (thrown.kind, thrown.categories) == ("incident", ["criminal_violence"])
    calm = read_story(DEBT_COLLECTOR_S_BIKE_THROWN.replace("amukan", "perhatian"), indonesia)
    assert calm.categories == []


def test_vote_buyers_asking_their_money_back_speak_after_the_vote(indonesia: Gazetteer) -> None:
    handed_out = analyze(
        "Timses caleg membagikan uang serangan fajar ke rumah warga.", gazetteer=indonesia
    )
    assert handed_out.election_stage == "quiet_period"
    asked_back = analyze(
        "Timses caleg ngamuk di rumah warga, minta uang serangan fajar dikembalikan. Pemilik "
        "rumah ternyata mencoblos caleg lain. Timses itu memaksa warga mengembalikan uang "
        "serangan fajar.",
        gazetteer=indonesia,
    )
    assert asked_back.election_stage == "recapitulation"
    assert asked_back.kind == "incident" and asked_back.categories == ["money_politics"]


def test_rage_once_the_day_of_the_vote_is_over_is_no_unrest_at_the_polls(
    indonesia: Gazetteer,
) -> None:
    over = analyze(
        "Setelah hari pencoblosan berakhir, dua timses caleg mengamuk di rumah warga "
        "meminta uang dari calegnya yang kalah dikembalikan.",
        gazetteer=indonesia,
    )
    assert over.election_stage == "recapitulation"
    assert "polling_station_unrest" not in over.categories
    at_the_vote = analyze(
        "Saat pencoblosan di TPS 4, seorang saksi mengamuk dan membanting kotak suara.",
        gazetteer=indonesia,
    )
    assert "polling_station_unrest" in at_the_vote.categories


BOAT_FROM_ELSEWHERE_BURNED = (
    "TOBOALI - Kemarahan para nelayan di Bangka Selatan sudah tak terbendung lagi. Nelayan "
    "murka melihat kapal compreng dari luar yang terus masuk dan mencari ikan di perairan "
    "mereka. Sabtu pagi sebuah kapal dari Jakarta dibakar oleh nelayan di perairan Sadai. "
    "Kapal itu ludes dilalap api, dan lima belas awaknya berhasil menyelamatkan diri. "
    "Sekitar tiga ratus orang berkumpul di pinggir pantai, di depan kantor Sat Pol Air, dan "
    "aparat langsung melakukan pengamanan. Mediasi oleh kepala desa ditunda karena orang "
    "yang datang makin banyak. Nakhoda dan awak kapal dibawa ke pantai dengan speed boat, "
    "lalu diserahkan kepada petugas untuk dimintai keterangan."
)


def test_a_boat_from_elsewhere_burned_by_the_fishers_is_their_waters_fought_over(
    indonesia: Gazetteer,
) -> None:
    burned = read_story(BOAT_FROM_ELSEWHERE_BURNED, indonesia)
    assert burned.categories == ["land_boundary_dispute"]


def test_fishers_who_seize_a_trawler_themselves_tell_a_quarrel(indonesia: Gazetteer) -> None:
    seized = read_story(
        "Nelayan Kepulauan Masalembu Tangkap Kapal Cantrang\n"
        "Sumenep - Empat perahu nelayan Masalembu melakukan operasi atas keberadaan cantrang "
        "di laut Masalembu pada Sabtu. Perwakilan mereka mendatangi polsek untuk berkoordinasi, "
        "namun tidak ada petugas yang datang, sehingga empat perahu itu berangkat sendiri ke "
        "tengah laut. Sore harinya keempat perahu berhasil membawa kapal cantrang yang sedang "
        "menarik jaringnya sekitar delapan mil dari pulau. Kapten kapal dan seluruh anak buah "
        "kapal kooperatif saat diajak dialog, kata sekretaris persatuan nelayan setempat. "
        "Kapal itu lalu dibawa merapat ke dermaga dan diserahkan kepada petugas syahbandar.",
        indonesia,
    )
    assert seized.categories == ["land_boundary_dispute"]


def test_a_customary_people_s_forest_held_against_the_province_is_a_land_dispute_only() -> None:
    held = category_evidence_with_rules(
        "Masyarakat adat Pubabu menjadi korban penggusuran oleh Pemerintah Provinsi di "
        "wilayah adat mereka. Konflik lahan antara masyarakat adat dan pemerintah belum usai."
    )
    assert held["land_boundary_dispute"] >= CATEGORY_THRESHOLD
    assert "adat_customary_dispute" not in held
    between = category_evidence_with_rules(
        "Konflik lahan antara desa adat Bugbug dan desa adat tetangga memanas, kata prajuru."
    )
    assert between["adat_customary_dispute"] >= CATEGORY_THRESHOLD


def test_a_people_s_forest_named_twice_is_land_fought_over() -> None:
    forest = category_evidence("Konflik di hutan adat Pubabu berlanjut di hutan adat itu.")
    assert forest["land_boundary_dispute"] >= CATEGORY_THRESHOLD


def test_a_cement_plant_refused_is_a_resource_fought_over_and_its_camp_a_protest() -> None:
    refused = category_evidence(
        "Warga dua desa hidup di tenda perjuangan, menolak keberadaan pabrik semen itu."
    )
    assert refused["land_boundary_dispute"] >= CATEGORY_THRESHOLD
    assert refused["demonstration"] >= CATEGORY_THRESHOLD
    cemented = category_evidence("Sembilan perempuan menyemen kaki di depan Istana Negara.")
    assert cemented["demonstration"] >= CATEGORY_THRESHOLD
    built = category_evidence("Pembangunan pabrik semen di kawasan industri dimulai.")
    assert built.get("land_boundary_dispute", 0.0) < CATEGORY_THRESHOLD


def test_a_people_the_law_calls_masyarakat_hukum_adat_is_still_one_party_to_a_land_dispute() -> (
    None
):
    protest = category_evidence_with_rules(
        "Masyarakat Hukum Adat Kinipan berunjuk rasa soal sengketa lahan dengan kebun sawit "
        "di wilayah adat mereka."
    )
    assert "adat_customary_dispute" not in protest
    sanctioned = category_evidence_with_rules(
        "Warga dijatuhi sanksi menurut hukum adat setelah sengketa lahan dengan kebun sawit "
        "di wilayah adat mereka."
    )
    assert sanctioned["adat_customary_dispute"] >= CATEGORY_THRESHOLD


def test_a_house_of_worship_set_alight_is_one_faith_s_people_attacking_another_s() -> None:
    burned = category_evidence("Massa tiba-tiba menyerbu jamaah dan membakar masjid.")
    assert burned["sara_identity_religion"] >= CATEGORY_THRESHOLD
    named = category_evidence("Warga membersihkan masjid menjelang salat Id.")
    assert named.get("sara_identity_religion", 0.0) < CATEGORY_THRESHOLD


def test_a_voter_with_a_transfer_form_who_could_not_vote_is_a_voter_list_problem() -> None:
    turned_away = category_evidence(
        "Mahasiswa yang mengantongi formulir A-5 tidak bisa menyalurkan suara di TPS."
    )
    assert turned_away["voter_list_problem"] >= CATEGORY_THRESHOLD


def test_voters_turned_away_who_take_their_protest_to_an_office_protest_there(
    indonesia: Gazetteer,
) -> None:
    taken = analyze(
        "Pemilu diwarnai ketegangan. Ratusan mahasiswa menggeruduk Balai Desa Caturtunggal. "
        "Mereka protes karena tak bisa mencoblos di TPS.",
        gazetteer=indonesia,
    )
    assert "demonstration" in taken.categories
    assert "polling_station_unrest" not in taken.categories
    at_the_tps = analyze(
        "Pemilu diwarnai ketegangan. Mereka protes karena tak bisa mencoblos di TPS.",
        gazetteer=indonesia,
    )
    assert "polling_station_unrest" in at_the_tps.categories


def test_farmers_killed_by_a_terror_cell_are_its_terror_not_a_crime_apart(
    indonesia: Gazetteer,
) -> None:
    killed = analyze(
        "Kelompok Mujahidin Indonesia Timur diduga membunuh dua petani di kebun. Satgas "
        "Madago Raya menyisir lokasi pembunuhan.",
        gazetteer=indonesia,
    )
    assert killed.categories == ["terrorism_radicalism"]
    robbed = analyze("Dua petani dibunuh perampok di kebun mereka.", gazetteer=indonesia)
    assert robbed.categories == ["criminal_violence"]


MOBILISED_VOTERS = (
    "Semarang - Upaya parpol memobilisasi pemilih dengan menggunakan KTP digagalkan "
    "Panwascam. Peristiwa berawal dari kedatangan 15 sampai 20 orang ke TPS 2 yang tak "
    "membawa formulir A-5 dan berasal dari luar daerah. Saat ditanya anggota KPPS alasan "
    "memilih di TPS tersebut, mereka justru kabur. Peristiwa itu dilaporkan anggota "
    "Panwascam kepada gubernur saat meninjau TPS lain. Menanggapi laporan itu, gubernur "
    "menyatakan kejadian itu biasa dan bukan kejadian yang bisa mengganggu jalannya "
    "pemungutan suara. Kasus tersebut kini sudah ditangani Panwaslu, kata pengawas. "
    "Pengawas juga menelusuri siapa yang mengerahkan rombongan itu ke sana."
)


def test_voters_brought_in_to_vote_where_they_have_no_right_are_a_voter_list_problem(
    indonesia: Gazetteer,
) -> None:
    brought_in = read_story(MOBILISED_VOTERS, indonesia)
    assert (brought_in.kind, brought_in.categories) == ("incident", ["voter_list_problem"])


def test_ghost_voters_who_argue_with_the_polls_officers_are_unrest_at_the_polls(
    indonesia: Gazetteer,
) -> None:
    argued = analyze(
        "Pilgub digelar hari ini. Tiga puluh pemilih siluman datang ke TPS. Pemilih siluman "
        "itu sempat beradu mulut dengan warga dan petugas KPPS.",
        gazetteer=indonesia,
    )
    assert set(argued.categories) == {"polling_station_unrest", "voter_list_problem"}


def test_refugees_sheltering_in_a_church_are_no_faith_at_odds_and_land_said_not_theirs_is() -> None:
    sheltered = category_evidence(
        "Warga yang pulang masih tinggal di gereja dulu; sebagian menempati gedung gereja."
    )
    assert sheltered.get("sara_identity_religion", 0.0) < CATEGORY_THRESHOLD
    claimed = category_evidence(
        "Seorang warga membuka kebun, lalu warga desa tetangga menegur bahwa lahan itu bukan "
        "milik desanya."
    )
    assert claimed["land_boundary_dispute"] >= CATEGORY_THRESHOLD


def test_residents_groups_at_war_that_drink_set_off_are_a_brawl_not_a_crime(
    indonesia: Gazetteer,
) -> None:
    reading = analyze(
        "Konflik antar warga di Kota Tual berawal ketika pemilik warung dianiaya sekelompok "
        "orang mabuk. Semalam seorang warga terkena panah, lalu terjadi penyerangan dan saling "
        "serang antar kelompok hingga pagi.",
        gazetteer=indonesia,
    )
    assert reading.categories == ["alcohol_drugs_brawl"]
    youths = category_evidence(
        "Bentrok terjadi antara kelompok pemuda dari Sinar Pagi dan Yarler, dua orang luka."
    )
    assert youths["alcohol_drugs_brawl"] >= CATEGORY_THRESHOLD


def test_the_stock_appeal_names_no_hoax_nor_the_faiths_it_asks_to_keep_out(
    indonesia: Gazetteer,
) -> None:
    appeal = analyze(
        "Bentrok antarwarga pecah di Kota Tual. Polisi menghimbau masyarakat tidak "
        "terprovokasi dengan isu-isu yang menyesatkan. Jangan terprovokasi, dan bawa-bawa ke "
        "kelompok desa, kemudian kelompok suku, apalagi agama.",
        gazetteer=indonesia,
    )
    assert "hoax_hate_speech" not in appeal.categories
    assert appeal.cues["categories"].get("sara_identity_religion") is None


def test_a_customary_territory_claimed_is_land_in_dispute() -> None:
    claimed = category_evidence(
        "Warga Desa Bombai memasang sasi di atas lahan yang menurut mereka masuk dalam "
        "petuanan mereka, karena mereka mengeklaim wilayah tersebut adalah wilayah mereka."
    )
    assert claimed["land_boundary_dispute"] >= CATEGORY_THRESHOLD


def test_a_clash_denied_any_link_to_faith_or_ethnicity_and_an_appeal_to_beware_hoaxes(
    indonesia: Gazetteer,
) -> None:
    reading = analyze(
        "Bentrokan warga Desa Elat dan Desa Bombai dipicu sengketa batas wilayah. Polisi "
        "menegaskan bentrokan itu tak ada kaitannya dengan suku, agama, ras, dan "
        "antargolongan (SARA). Bupati mengimbau semua pihak agar mewaspadai penyebaran "
        "hoaks, kabar bohong, dan ujaran-ujaran kebencian yang dapat memicu pertikaian.",
        gazetteer=indonesia,
    )
    assert reading.categories == ["land_boundary_dispute"]
    assert "sara_identity_religion" not in reading.cues["categories"]
    assert "hoax_hate_speech" not in reading.cues["categories"]


def test_owners_camping_on_their_land_against_a_mine_s_machines_protest_its_seizure(
    indonesia: Gazetteer,
) -> None:
    camp = analyze(
        "Demi mencegah agar lahannya tidak diserobot lagi oleh perusahaan tambang, ratusan "
        "warga Desa Sukarela Jaya memilih dirikan tenda di lokasi lahan tersebut.",
        gazetteer=indonesia,
    )
    assert set(camp.categories) == {"demonstration", "land_boundary_dispute"}
    seized = category_evidence("Perusahaan kembali merampas paksa lahan milik petani Wawonii.")
    assert seized["land_boundary_dispute"] >= CATEGORY_THRESHOLD
    marched = category_evidence("Warga Wawonii berdemonstrasi meminta izin tambang dicabut.")
    assert marched["demonstration"] >= CATEGORY_THRESHOLD


def test_a_tent_put_up_for_a_wedding_protests_nothing(indonesia: Gazetteer) -> None:
    wedding = analyze(
        "Warga mendirikan tenda untuk hajatan pernikahan di halaman rumah, di samping lahan "
        "parkir balai desa.",
        gazetteer=indonesia,
    )
    assert "demonstration" not in wedding.categories


def test_a_child_at_the_booth_is_a_voter_the_roll_should_not_hold(indonesia: Gazetteer) -> None:
    child = analyze(
        "Bawaslu menggagalkan upaya seorang anak di bawah umur untuk ikut mencoblos pada "
        "pemungutan suara ulang di TPS 3 Desa Noelbaki. Anak itu belum berusia 17 tahun.",
        gazetteer=indonesia,
    )
    assert child.categories == ["voter_list_problem"]
    abused_reading = analyze(
        "Pelaku mencabuli anak di bawah umur di rumahnya.", gazetteer=indonesia
    )
    assert "voter_list_problem" not in abused_reading.categories


def test_residents_stoning_a_drug_raid_commit_a_crime_not_a_drug_brawl(
    indonesia: Gazetteer,
) -> None:
    raid = analyze(
        "Penggerebekan kampung narkoba di Tanjung Priok kembali mendapat perlawanan warga. "
        "Polisi dilempari batu dan petasan saat menggerebek lapak-lapak sabu.",
        gazetteer=indonesia,
    )
    assert raid.categories == ["criminal_violence"]
    brawl = analyze(
        "Dua kelompok pemuda yang mabuk narkoba terlibat tawuran di Tanjung Priok tadi malam.",
        gazetteer=indonesia,
    )
    assert brawl.categories == ["alcohol_drugs_brawl"]


def test_a_stadium_riot_after_a_lost_match_is_the_fans_not_a_crime(indonesia: Gazetteer) -> None:
    riot = analyze(
        "Tragedi rusuh di stadion terjadi setelah pertandingan Arema FC melawan tim tamu "
        "selesai. Pendukung Arema kecewa karena timnya kalah. Situasi tidak terkendali membuat "
        "polisi menembakkan gas air mata, dan banyak orang terinjak-injak hingga menimbulkan "
        "korban jiwa di pintu keluar stadion yang sempit. Ratusan penonton sesak napas dan "
        "pingsan, sebagian tidak tertolong. Keluarga korban menunggu di rumah sakit hingga "
        "pagi, dan polisi menyebut jumlah korban masih terus didata oleh tim gabungan.",
        gazetteer=indonesia,
    )
    assert riot.categories == ["other"]


def test_land_taken_for_a_power_plant_and_never_paid_for_is_land_in_dispute(
    indonesia: Gazetteer,
) -> None:
    unpaid = analyze(
        "Warga memblokade jalan ke lokasi pembangunan PLTU sebagai bentuk protes, karena "
        "masih ada tanah yang belum dilakukan ganti rugi oleh pihak perusahaan.",
        gazetteer=indonesia,
    )
    assert set(unpaid.categories) == {"demonstration", "land_boundary_dispute"}
    dust = analyze(
        "Warga memblokir jalan masuk PLTU dan meminta ganti rugi atas debu, sebelum truk "
        "boleh kembali mengangkut tanah timbunan.",
        gazetteer=indonesia,
    )
    assert dust.categories == ["demonstration"]


def test_a_flag_bearing_the_creed_burned_offends_the_faith_whoever_it_was_taken_for(
    indonesia: Gazetteer,
) -> None:
    burned = analyze(
        "Saat puncak Hari Santri Nasional sejumlah anggota ormas dari wilayah Limbangan nekat "
        "membakar sejumlah bendera dan ikat kepala yang bertuliskan lafadz tauhid. Anggota ormas "
        "itu menduga bendera tersebut merupakan atribut Hizbut Tahrir Indonesia (HTI). Aksi ini "
        "menjadi viral di media sosial dan membuat geram ribuan netizen, yang menyebutnya "
        "sangat melukai hati umat Islam. Hingga kini belum ada pernyataan resmi dari pengurus "
        "organisasi itu di tingkat kabupaten maupun pusat terkait kejadian tersebut.",
        gazetteer=indonesia,
    )
    assert burned.categories == ["sara_identity_religion"]
    assert burned.casualties["injured"] is None
    raised = category_evidence("Polisi membubarkan pengibaran bendera HTI, organisasi terlarang.")
    assert raised["terrorism_radicalism"] >= CATEGORY_THRESHOLD


def test_the_crash_s_dead_are_the_road_s_not_the_riot_that_avenged_it(
    indonesia: Gazetteer,
) -> None:
    riot = analyze(
        "Peristiwa balita tewas dilindas truk menyebabkan kerusuhan di Kampung Ikebo, Distrik "
        "Kamu, Kabupaten Dogiyai. Massa yang emosinya tak terkendali membacok sopir truk dan "
        "membakar kantor-kantor pemerintahan. Massa akhirnya menyerang Polres dan meminta sopir "
        "truk itu diserahkan, namun dapat diredam aparat kepolisian yang berjaga di sana.",
        gazetteer=indonesia,
    )
    assert riot.categories == ["criminal_violence"]
    assert riot.severity == 3
    killed = analyze(
        "Aksi penyerangan dan pembakaran dipicu kasus kecelakaan lalu lintas di Kabupaten "
        "Dogiyai. Seorang warga tewas dianiaya massa.",
        gazetteer=indonesia,
    )
    assert killed.categories == ["criminal_violence"] and killed.severity == 4


def test_police_not_taken_in_by_provocation_and_a_stock_photo_s_caption_name_nothing(
    indonesia: Gazetteer,
) -> None:
    from siaga.analysis.text import without_photo_captions

    shouted = category_evidence(
        "Massa melakukan tindak provokasi dengan berbagai teriakan. Sadar aparat tidak "
        "termakan provokasi, massa langsung menyerang."
    )
    assert shouted.get("hoax_hate_speech", 0.0) < CATEGORY_THRESHOLD
    page = (
        "Unjuk rasa di Deiyai ricuh.\nIlustrasi - Massa beraksi di depan Kantor Wali Kota Sorong.\n"
    )
    assert "Sorong" not in without_photo_captions(page)
    comma = (
        "Caleg gagal tarik bantuan.\nIlustrasi, warga mencoblos di TPS 26 Batu Selicin, Batam.\n"
    )
    assert "Batam" not in without_photo_captions(comma)


def test_a_customary_council_s_office_burned_in_a_riot_is_no_customary_quarrel() -> None:
    burned = category_evidence(
        "Kantor Dewan Adat Fakfak ludes dibakar massa. Massa bertahan di Kantor Dewan Adat."
    )
    assert burned.get("adat_customary_dispute", 0.0) < CATEGORY_THRESHOLD
    grievance = category_evidence(
        "Massa berunjuk rasa memprotes tindakan diskriminatif terhadap mahasiswa Papua."
    )
    assert grievance["sara_identity_religion"] >= CATEGORY_THRESHOLD


def test_two_peoples_named_in_a_riot_are_at_odds_and_so_is_a_people_told_attacking(
    indonesia: Gazetteer,
) -> None:
    riot = read_story(
        "Rusuh di Tarakan yang pecah sejak Minggu masih berlanjut sampai saat ini. Rumah-rumah "
        "suku Tidung ditempeli pita warna kuning. Tujuannya untuk membedakan mana rumah suku "
        "Tidung dan mana rumah suku Bugis Letta. Orang-orang Tidung mendatangi kawasan yang "
        "dihuni orang-orang dari suku Bugis Letta dan beberapa rumah dibakar. Warga sudah "
        "mengungsi sejak Selasa dan polisi berjaga di sejumlah titik di kota itu. Presiden "
        "sudah mengingatkan aparat keamanan agar jangan memandang remeh pertikaian itu, "
        "sebab kerusuhan semacam ini pernah dianggap bentrokan biasa dan penanganannya waktu "
        "itu kurang terkoordinasi.",
        indonesia,
    )
    assert riot.categories == ["sara_identity_religion"]
    attack = analyze(
        "Penyerangan dilakukan oleh sekelompok masyarakat dari Suku Kimyal. Enam warga tewas.",
        gazetteer=indonesia,
    )
    assert "sara_identity_religion" in attack.categories
    chief = analyze(
        "Kepala Suku Morome hadir saat polisi menyerang markas kelompok itu di Suku Dinas lama.",
        gazetteer=indonesia,
    )
    assert "sara_identity_religion" not in chief.categories


def test_a_murder_has_its_dead_unless_it_was_only_attempted() -> None:
    assert casualties("Peristiwa dipicu oleh pembunuhan Abdullah (56), pemangku suku.")["dead"] == 1
    assert casualties("Pelaku dijerat pasal percobaan pembunuhan terhadap korban.")["dead"] is None
    assert casualties("Ia menjadi sasaran pembunuhan karakter di media sosial.")["dead"] is None


def test_a_misleading_report_that_went_round_and_the_armed_wing_by_its_own_name() -> None:
    told = category_evidence(
        "Kamal menjelaskan, ada informasi yang menyesatkan terkait kematian mantan Bupati."
    )
    assert told["hoax_hate_speech"] >= CATEGORY_THRESHOLD
    armed = category_evidence("Rumah warga dibakar kelompok TPNPB-OPM Kodap XVI Yahukimo.")
    assert armed["criminal_violence"] >= CATEGORY_THRESHOLD


def test_a_mine_s_licence_residents_want_revoked_is_the_ground_fought_over() -> None:
    revoke = category_evidence(
        "Massa berunjuk rasa menuntut agar Pemkab Bima mencabut izin eksplorasi PT SMN."
    )
    assert revoke["land_boundary_dispute"] >= CATEGORY_THRESHOLD
    front = category_evidence(
        "Warga yang menamakan diri Front Rakyat Anti Tambang kembali turun jalan."
    )
    assert front["land_boundary_dispute"] >= CATEGORY_THRESHOLD
    assert front["demonstration"] >= CATEGORY_THRESHOLD * 0.8
    clerk = category_evidence("Dinas menerbitkan izin usaha pertambangan bagi koperasi itu.")
    assert clerk.get("land_boundary_dispute", 0.0) < CATEGORY_THRESHOLD
    assert casualties("Kekerasan aparat melenyapkan nyawa saudara-saudara saya.")["dead"] == 1


def test_two_groups_each_claiming_a_plot_quarrel_over_land() -> None:
    claimed = category_evidence(
        "Bentrokan dua kelompok warga dilatarbelakangi saling klaim area seluas setengah hektare."
    )
    assert claimed["land_boundary_dispute"] >= CATEGORY_THRESHOLD
    temple = category_evidence("Dua banjar saling klaim tanah pelaba pura.")
    assert temple.get("land_boundary_dispute", 0.0) < CATEGORY_THRESHOLD


def test_crowds_massing_to_attack_another_village_are_no_protest(indonesia: Gazetteer) -> None:
    massing = read_story(
        "Suasana Lampung Selatan kembali memanas. Ribuan orang dari sejumlah desa bergerak "
        "menuju Desa Balinuraga, Kecamatan Way Panji. Massa menembus blokade aparat dan "
        "konsentrasi massa terus bertambah hingga siang. Mereka datang dengan sepeda motor dan "
        "truk sambil membawa senjata tajam dan kayu. Suasana memanas hari ini merupakan "
        "kelanjutan dari insiden pada hari Minggu, ketika telah terjadi perang kampung yang "
        "menewaskan tiga orang. Petugas kepolisian sudah berusaha memecah konsentrasi massa "
        "yang berjarak sekitar tiga kilometer dari desa itu, sementara warga desa lain "
        "diminta tetap tinggal di rumah masing-masing.",
        indonesia,
    )
    assert "demonstration" not in massing.categories
    protest = analyze(
        "Konsentrasi massa di depan kantor bupati terus bertambah, massa menembus blokade aparat.",
        gazetteer=indonesia,
    )
    assert "demonstration" in protest.categories


def test_natives_and_a_village_of_another_people_at_blows_are_two_peoples_at_odds() -> None:
    from siaga.analysis.pipeline import _peoples_at_odds

    text = (
        "Massa yang merupakan penduduk asli Lampung menyerbu desa yang mayoritas dihuni etnis "
        "Bali. Bentrok antarwarga itu membuat beberapa rumah terbakar."
    )
    scores: dict[str, float] = {"sara_identity_religion": 0.5}
    cues = {"sara_identity_religion": ["etnis"]}
    _peoples_at_odds(scores, cues, text, f" {fold(text).text} ")
    assert scores["sara_identity_religion"] >= CATEGORY_THRESHOLD
    assert "suku bali dan suku lampung" in cues["sara_identity_religion"]


def test_a_recount_is_no_regency_and_the_district_s_plenary_is_the_recapitulation(
    indonesia: Gazetteer,
) -> None:
    plenary = analyze(
        "Saat pleno distrik, PPS membacakan berita acara rekapitulasi hasil penghitungan suara "
        "di TPS. Ketika berbeda maka kami harus melakukan HSU.",
        gazetteer=indonesia,
    )
    assert plenary.places == []
    assert plenary.election_stage == "recapitulation"


def test_days_left_before_the_vote_are_no_polling_day(indonesia: Gazetteer) -> None:
    countdown = analyze(
        "Pencoblosan Pilpres 2024 tinggal menghitung hari ketika aparat meminta data petugas "
        "KPPS. Permintaan data kayak gini baru di H-7 pencoblosan.",
        gazetteer=indonesia,
    )
    assert countdown.election_stage != "voting_counting"


def test_more_votes_than_voters_disputes_the_result() -> None:
    more = category_evidence(
        "Angkanya tidak sinkron dan tidak jarang lebih besar dari total pemilih di sebuah TPS."
    )
    assert more["election_result_dispute"] >= CATEGORY_THRESHOLD


def test_a_crowd_unhappy_with_the_kpu_disputes_and_a_past_post_is_no_terror() -> None:
    unhappy = category_evidence("Bentrok antar dua kubu dipicu ketidakpuasan atas kinerja KPU.")
    assert unhappy["election_result_dispute"] >= CATEGORY_THRESHOLD
    career = category_evidence("Saksi sudah diperiksa, ujar mantan Kepala Densus 88 ini.")
    assert career.get("terrorism_radicalism", 0.0) < CATEGORY_THRESHOLD


def test_a_crowd_turning_a_visitor_away_protests_and_the_airport_s_operator_is_no_temple() -> None:
    refused = category_evidence(
        "Massa menggeruduk bandara dan menolak kedatangan Fahri yang dianggap memicu intoleransi."
    )
    assert refused["demonstration"] >= CATEGORY_THRESHOLD
    assert refused["sara_identity_religion"] >= CATEGORY_THRESHOLD
    operator = category_evidence("Corporate Secretary PT Angkasa Pura I membenarkan kejadian itu.")
    assert operator.get("sara_identity_religion", 0.0) <= 0.0


def test_a_photographer_s_credit_run_into_the_caption_names_no_place() -> None:
    from siaga.analysis.text import without_photo_captions

    page = (
        "Peserta aksi mencoba menjebol pintu pagar. KOMPAS.com / RONNY ADOLOF BUOLPeserta aksi "
        "menolak.\nKompas.com/Ronny Adolof Buol Fahri Hamzah menggunakan mobil polisi.\n"
    )
    cleaned = without_photo_captions(page)
    assert "BUOL" not in cleaned and "Buol" not in cleaned
    assert len(cleaned) == len(page) and "menggunakan mobil polisi" in cleaned


def test_peoples_named_by_residents_words_alone_are_at_odds_in_a_riot() -> None:
    from siaga.analysis.pipeline import _peoples_at_odds

    text = (
        "Kerusuhan belum reda. Sedikitnya 25 rumah warga Madura dibakar massa, dan warga "
        "Madura membalas dengan membakar rumah warga Melayu."
    )
    scores: dict[str, float] = {}
    cues: dict[str, list[str]] = {}
    _peoples_at_odds(scores, cues, text, f" {fold(text).text} ")
    assert scores["sara_identity_religion"] >= CATEGORY_THRESHOLD
    residents = " Kerusuhan di Kuta. Rumah warga Bali dan warga Jawa dibakar. "
    _peoples_at_odds(scores := {}, cues := {}, residents, fold(residents).text)
    assert scores == {}
    assert (
        category_evidence("Kerusuhan antaretnis di Kabupaten Sambas.")["sara_identity_religion"]
        >= CATEGORY_THRESHOLD
    )


def test_a_toll_told_subject_first_and_count_last_has_its_dead() -> None:
    toll = (
        "Dengan penemuan tersebut, jumlah korban tewas dalam kerusuhan sosial yang meledak "
        "sejak awal pekan lalu meningkat menjadi 176 jiwa."
    )
    assert casualties(toll)["dead"] == 176


def test_a_congregation_attacked_or_protested_at_is_faiths_at_odds(indonesia: Gazetteer) -> None:
    beaten = analyze(
        "Polda memaparkan kronologi peristiwa penganiayaan jemaat HKBP di Bekasi.",
        gazetteer=indonesia,
    )
    assert beaten.categories == ["sara_identity_religion"]
    protested = category_evidence(
        "Sekitar 1.000 orang dari Forum Umat Islam memprotes jemaat HKBP. Orator meminta kepada "
        "massa untuk merapat, lalu orator kembali berteriak."
    )
    assert protested["sara_identity_religion"] >= CATEGORY_THRESHOLD
    assert protested["demonstration"] >= CATEGORY_THRESHOLD


def test_a_hoax_that_set_off_a_riot_leaves_the_riot_and_its_dead(indonesia: Gazetteer) -> None:
    riot = read_story(
        "Sebanyak 16 warga dilaporkan tewas akibat kerusuhan yang terjadi di Wamena, Papua pada "
        "Senin (23/9/2019). Penyebab kerusuhan di Wamena adalah kabar hoaks yang menyebutkan "
        "seorang guru melontarkan perkataan rasis pada siswanya. Aksi unjuk rasa tersebut "
        "berujung pembakaran rumah warga dan kantor pemerintah. Polri kemudian mengungkapkan "
        "kabar tersebut adalah hoaks, dan warga yang mengungsi mulai kekurangan makanan karena "
        "toko bahan makanan ditutup. Warga berharap Wamena segera normal kembali dan rumah "
        "mereka juga utuh, sementara polisi masih terus mendalami akun media sosial penyebar "
        "kabar bohong itu.",
        indonesia,
    )
    assert "demonstration" in riot.categories and riot.severity == 4


def test_a_dispute_named_by_what_of_the_land_is_disputed_is_land() -> None:
    owned = category_evidence(
        "Ketegangan bermula dari sengketa kepemilikan tanah negara pada 2022."
    )
    assert owned["land_boundary_dispute"] >= CATEGORY_THRESHOLD
    used = category_evidence("Dipicu sengketa pemanfaatan tanah negara seluas 7 are di pantai.")
    assert used["land_boundary_dispute"] >= CATEGORY_THRESHOLD


def test_racism_done_to_papuan_students_is_a_people_s_grievance() -> None:
    racism = category_evidence(
        "Ribuan warga menggelar unjuk rasa menyikapi dugaan tindakan rasial terhadap mahasiswa "
        "Papua di Surabaya."
    )
    assert racism["sara_identity_religion"] >= CATEGORY_THRESHOLD


def test_polling_officers_worn_out_by_the_count_are_no_conflict_signal(
    indonesia: Gazetteer,
) -> None:
    worn = read_story(
        "Koordinator Divisi Data KPU Jawa Tengah mengatakan, sebanyak 10 petugas yang terlibat "
        "dalam Pemilu 2019 dilaporkan meninggal dunia hingga Sabtu sore. Mereka meninggal dunia "
        "saat bertugas selama masa tahapan pemilu. Petugas KPPS maupun petugas pengamanan TPS "
        "meninggal dunia saat bertugas pada 17 April, serta dalam proses rekapitulasi suara. "
        "Sebanyak 10 orang petugas yang dikonfirmasi meninggal dunia menurut data KPU: Sopiah, "
        "meninggal dunia karena kecelakaan; Pirno, Linmas di Pemalang, meninggal dunia karena "
        "kelelahan; Yuli Anisah meninggal setelah menjalani perawatan selama dua hari di rumah "
        "sakit.",
        indonesia,
    )
    assert worn.kind == "none" and worn.severity == 0
    assert casualties("Tiga petugas KPPS meninggal dunia karena kelelahan.")["dead"] is None
    beaten = casualties("Petugas kelelahan saat kericuhan, dua orang tewas dianiaya massa.")
    assert beaten["dead"] == 2


@pytest.mark.parametrize(
    ("text", "after", "told_now"),
    [
        ("Bentrok pecah. Untuk diketahui, dulu damai.", 0, "Bentrok pecah."),
        ("Bentrok pecah.\n\n  Seperti diberitakan, dulu damai.", 0, "Bentrok pecah."),
        (
            "Bentrok pecah. Untuk diketahui, dulu damai.",
            20,
            "Bentrok pecah. Untuk diketahui, dulu damai.",
        ),
        ("Bentrok pecah.  \nDiketahui sebelumnya, dulu damai.", 16, "Bentrok pecah.  \n"),
        (
            "Warga untuk diketahui dan Untuk diketahuinya pecah.",
            0,
            "Warga untuk diketahui dan Untuk diketahuinya pecah.",
        ),
        ("  Sebelumnya diberitakan, dulu damai.", 0, ""),
    ],
)
def test_the_backstory_opens_a_sentence_past_the_lead(text: str, after: int, told_now: str) -> None:
    from siaga.analysis.extract import before_the_backstory

    assert before_the_backstory(text, after) == told_now


SUMBAWA_RIOT = (
    "Kerusuhan antaretnis pecah di Kabupaten Sumbawa, Nusa Tenggara Barat. Massa membakar "
    "puluhan rumah dan sebuah pura. Aksi perusakan dan pembakaran tersebut diduga merupakan "
    "buntut kasus kecelakan tunggal yang menimpa seorang polisi dan kekasihnya. Sepeda motor "
    "yang mereka tumpangi mengalami kecelakaan hingga menyebabkan perempuan itu meninggal "
    "dunia. Keluarga menduga ia tewas bukan akibat kecelakaan melainkan dianiaya. Polisi "
    "menyatakan kasusnya kecelakaan lalu lintas, bukan pembunuhan."
)


def test_the_dead_of_a_road_accident_that_set_off_a_riot_are_the_road_s(
    indonesia: Gazetteer,
) -> None:
    riot = analyze(SUMBAWA_RIOT, gazetteer=indonesia)
    assert riot.kind == "incident" and riot.severity == 2
    assert riot.casualties["dead"] is None
    own_dead = SUMBAWA_RIOT + " Dalam kerusuhan itu dua warga tewas dibacok massa."
    assert analyze(own_dead, gazetteer=indonesia).severity == 4


def test_an_accident_s_dead_said_to_be_murdered_are_not_the_attack_s(
    indonesia: Gazetteer,
) -> None:
    attack = analyze(
        "Warga satu kampung menyerang warga kampung tetangga di kantor kas bank saat "
        "pencairan dana desa. Penyerangan tersebut buntut dari tuduhan yang menyebutkan "
        "bahwa salah seorang warga yang tewas pekan lalu akibat kecelakaan sungai dibunuh "
        "oleh warga kampung tetangga.",
        gazetteer=indonesia,
    )
    assert attack.casualties["dead"] is None and attack.severity == 2


def test_one_village_s_people_attacking_another_s_are_villages_at_odds(
    indonesia: Gazetteer,
) -> None:
    attack = analyze(
        "Ya betul, masyarakat Kampung Esmapan melakukan penyerangan terhadap masyarakat "
        "Kampung Weo di kantor kas bank, kata kapolsek. Polisi menyisir untuk mengumpulkan "
        "masyarakat dari kedua kampung yang sedang bertikai.",
        gazetteer=indonesia,
    )
    assert attack.categories == ["other"]
    mugging = analyze(
        "Seorang warga Kampung Weo menjadi korban penyerangan orang tak dikenal di jalan.",
        gazetteer=indonesia,
    )
    assert mugging.categories == ["criminal_violence"]


def test_a_murder_denied_has_no_dead() -> None:
    assert casualties("Kasus itu kecelakaan, bukan pembunuhan.")["dead"] is None
    assert casualties("Polisi mengusut pembunuhan Abdullah (56).")["dead"] == 1


def test_a_rumour_called_misleading_or_denied_is_a_hoax() -> None:
    called = category_evidence("Kerusuhan timbul akibat isu menyesatkan bahwa terjadi perkosaan.")
    assert called["hoax_hate_speech"] >= CATEGORY_THRESHOLD
    denied = category_evidence("Itu kecelakaan, bukan pembunuhan atau apa pun yang diisukan.")
    assert denied["hoax_hate_speech"] >= CATEGORY_THRESHOLD


def test_a_crowd_s_action_taken_to_an_office_is_a_protest() -> None:
    taken = category_evidence("Sekelompok mahasiswa melakukan aksi ke Polres Sumbawa.")
    assert taken["demonstration"] >= CATEGORY_THRESHOLD
    met = category_evidence("Ketua DPRD menemui para peserta aksi keprihatinan itu.")
    assert met["demonstration"] >= CATEGORY_THRESHOLD


def test_a_people_whose_homes_a_riot_looted_is_one_side_of_it(indonesia: Gazetteer) -> None:
    looted = analyze(
        "Polisi menangkap 74 tersangka kerusuhan di Kabupaten Sumbawa, Nusa Tenggara Barat. "
        "Mereka dikenai pasal pencurian dengan pemberatan karena tertangkap basah dengan barang "
        "jarahan. Barang hasil jarahan itu berasal dari berbagai rumah, hotel, toko, dan pasar "
        "milik warga suku Bali yang berdiam di kota itu. Situasi kini berangsur kondusif dan "
        "aparat gabungan masih berjaga di sejumlah titik.",
        gazetteer=indonesia,
    )
    assert "sara_identity_religion" in looted.categories


def test_a_crowd_raging_at_the_count_s_result_raged_at_the_recapitulation(
    indonesia: Gazetteer,
) -> None:
    raged = analyze(
        "Tak terima dengan kekalahan itu, massa mengamuk di Kabupaten Tuban, padahal hasil "
        "penghitungan suara pada waktu itu belum disahkan oleh KPU. Pendukung pasangan itu "
        "telah menolak hasil tersebut dan menuntut pilkada diulang.",
        gazetteer=indonesia,
    )
    assert raged.election_stage == "recapitulation"
    assert "polling_station_unrest" not in raged.categories
    lost = analyze(
        "Kantor KPU dibakar massa pendukung calon bupati yang kalah tipis di Kabupaten Tuban.",
        gazetteer=indonesia,
        published=dt.date(2024, 11, 16),
    )
    assert lost.election_stage == "recapitulation"


def test_an_objection_to_a_village_s_inflated_tally_disputes_the_result() -> None:
    objected = category_evidence(
        "Saksi mengajukan keberatan terhadap hasil rekapitulasi desa itu, diduga desa tersebut "
        "menggelembungkan suara salah satu pasangan."
    )
    assert objected["election_result_dispute"] >= 2 * CATEGORY_THRESHOLD


BARITO_RULING = (
    "Mahkamah Konstitusi (MK) mendiskualifikasi semua pasangan calon dalam Pilkada Kabupaten "
    "Barito Utara karena terbukti melakukan politik uang. MK membatalkan Keputusan Komisi "
    "Pemilihan Umum (KPU) Kabupaten Barito Utara tentang penetapan hasil pemilihan dan "
    "memerintahkan pemungutan suara ulang (PSU). Putusan ini dibacakan Ketua MK dengan amar "
    "Putusan Nomor 313/PHPU.BUP-XXIII/2025 di Jakarta, Rabu. PSU harus dilakukan dengan "
    "menggunakan daftar pemilih tetap (DPT), daftar pemilih tambahan (DPTb), dan daftar "
    "pemilih khusus (DPK) yang digunakan dalam pemungutan suara pada 27 November 2024 lalu."
)


def test_a_court_striking_down_a_vote_bought_disputes_the_result_and_not_the_lists(
    indonesia: Gazetteer,
) -> None:
    ruling = analyze(BARITO_RULING, gazetteer=indonesia)
    assert set(ruling.categories) == {"money_politics", "election_result_dispute"}
    # Where the ruling was read out is the court's seat, not the event's place.
    assert [p["code"] for p in ruling.places] == ["62.05"]
    left_off = analyze(
        "Ratusan warga tidak terdaftar dalam daftar pemilih tetap (DPT) di Kabupaten Barito "
        "Utara dan kehilangan hak pilih.",
        gazetteer=indonesia,
    )
    assert "voter_list_problem" in left_off.categories


def test_a_site_s_invitation_to_check_a_rumour_names_no_hoax(indonesia: Gazetteer) -> None:
    from siaga.analysis.text import without_related_links

    footer = (
        "* Fakta atau Hoaks? Untuk mengetahui kebenaran informasi yang beredar, silakan "
        "WhatsApp ke nomor Cek Fakta Liputan6.com 0811 9787 670."
    )
    story = "Eksekusi lahan di Kabupaten Sleman berlangsung ricuh, warga menghadang.\n" + footer
    assert "Fakta" not in without_related_links(story)
    assert len(without_related_links(story)) == len(story)
    assert "hoax_hate_speech" not in analyze(story, gazetteer=indonesia).categories


def test_an_eviction_pushed_through_against_residents_is_a_land_incident(
    indonesia: Gazetteer,
) -> None:
    evicted = analyze(
        "Saya tidak terima tiba-tiba ada yang mengaku memiliki tanah dan langsung turunkan "
        "Satpol PP, ujar warga. Eksekusi berlangsung dua jam; sempat terjadi dorong-dorongan "
        "dengan warga dan lempar-lemparan barang.",
        gazetteer=indonesia,
    )
    assert evicted.kind == "incident" and evicted.categories == ["land_boundary_dispute"]


def test_ballots_burnt_over_a_hoax_were_burnt_all_the_same(indonesia: Gazetteer) -> None:
    burnt = read_story(
        "Mereka membakar kantor pemerintah karena lokasi pemungutan suara dipindahkan.\n"
        "Ketua KPU menjelaskan bahwa peristiwa pembakaran logistik Pemilu 2024 di Distrik "
        "Kebo dan Distrik Yagai, Kabupaten Paniai, disebabkan adanya kabar bohong. Menurut "
        "dia, massa mempercayai formulir dibawa lari para panitia pemungutan distrik.\n"
        "Ia meminta aparat keamanan mengusut tuntas kasus tersebut dan menangkap otak di "
        "balik tindakan massa.\nKPU RI menyebut pemungutan suara di Paniai kemungkinan besar "
        "akan digelar lewat pemilu susulan. Hal ini menyusul perusakan logistik Pemilu 2024 "
        "di wilayah tersebut. Sebagian logistik dibakar, sebagian lainnya dibuang ke sungai. "
        "Surat suaranya jadi rusak, kata anggota KPU RI.",
        indonesia,
    )
    assert {"hoax_hate_speech", "election_logistics"} <= set(burnt.categories)
    from siaga.analysis.pipeline import _material_destroyed

    # What a hoax only claims of the ballots ("sudah tercoblos") stays the hoax's.
    claimed = " beredar kabar surat suara sudah tercoblos "
    scores = {"election_logistics": 1.5, "hoax_hate_speech": 2.0}
    assert _material_destroyed(["hoax_hate_speech"], scores, claimed) == ["hoax_hate_speech"]


def test_a_peace_rite_that_ends_a_war_is_a_meeting_not_the_war(indonesia: Gazetteer) -> None:
    rite = read_story(
        "Upacara mendamaikan perang suku di Papua kembali digelar kemarin. Tiga kelompok yang "
        "bertikai, yaitu Suku Dani, Suku Damal, dan Suku Mee, membaur mengikuti upacara "
        "gapura di Kwamki Lama, Mimika Baru, Kabupaten Mimika. Busur dan panah yang "
        "dikumpulkan langsung dibakar. Mereka menyatakan ikrar: apabila terjadi perang lagi, "
        "pihak pertama yang membuat perang harus diproses hukum. Perang suku di Timika yang "
        "berlangsung sejak dua bulan lalu telah menewaskan sebanyak 19 orang dan puluhan "
        "luka-luka. Upaya damai dengan pesta bakar batu sudah beberapa kali digelar. Wakil "
        "Gubernur dan Bupati Mimika menyaksikan ritual itu.",
        indonesia,
    )
    assert rite.kind == "meeting" and rite.severity == 1


def test_customary_leaders_who_speak_name_no_customary_dispute() -> None:
    spoke = category_evidence(
        "Kami sebagai kepala adat wilayah Lapago dan atas semua wilayah adat minta maaf "
        "sebesar-besarnya, kata Ketua Adat Lapago di upacara adat itu."
    )
    assert spoke.get("adat_customary_dispute", 0.0) < CATEGORY_THRESHOLD
    sanctioned = category_evidence("Krama dikenai sanksi adat oleh desa adat.")
    assert sanctioned["adat_customary_dispute"] >= CATEGORY_THRESHOLD


def test_a_candidate_s_diploma_questioned_is_a_registration_matter(indonesia: Gazetteer) -> None:
    diploma = analyze(
        "Ratusan massa aksi di halaman KPU menuntut KPU mendiskualifikasi calon dari Pilkada "
        "Kabupaten Bogor karena menggunakan ijazah palsu; jika tuntutan tidak diterima, "
        "mereka akan mendatangi KPU Kabupaten Bogor.",
        gazetteer=indonesia,
    )
    assert diploma.election_stage == "candidate_registration"
    suit = analyze(
        "Tim hukum menyodorkan permohonan Perselisihan Hasil Pemilihan Umum (PHPU) Presiden; "
        "tuntutannya membatalkan hasil penghitungan suara KPU dan pemungutan suara ulang.",
        gazetteer=indonesia,
    )
    assert suit.election_stage == "dispute_resolution"


def test_silat_schools_at_blows_are_rival_groups_and_their_provocation_a_hoax(
    indonesia: Gazetteer,
) -> None:
    schools = analyze(
        "Konflik berujung perusakan rumah di Desa Tanggul Wetan dipicu kasus pengeroyokan "
        "yang dialami pesilat sehari sebelumnya. Kasus pengeroyokan terhadap tiga anggota "
        "ranting itu sudah dilaporkan ke polisi. Puluhan pemuda lalu merusak rumah warga di "
        "Kecamatan Tanggul, Kabupaten Jember.",
        gazetteer=indonesia,
    )
    assert schools.categories == ["other"]
    provoked = category_evidence(
        "Beredar pesan melalui WhatsApp yang berisi provokasi dan memancing perseteruan; "
        "dua pemuda diduga menyebar isu bahwa perguruan lain akan balas dendam."
    )
    assert provoked["hoax_hate_speech"] >= CATEGORY_THRESHOLD


def test_calm_restored_after_a_stone_war_is_no_smooth_routine(indonesia: Gazetteer) -> None:
    war = read_story(
        "Perang antara dua kampung kembali terjadi di Desa Sembalun, Kecamatan Sembalun, "
        "Lombok Timur, Selasa. Tidak sedikit rumah warga yang rusak akibat lemparan batu dari "
        "kedua belah pihak. Perang batu itu sempat terkendali setelah aparat Koramil dan "
        "Polsek datang, namun kedua belah pihak kembali saling lempar hingga dini hari. Aksi "
        "lempar batu berhenti setelah Polres menerjunkan satu pleton personel yang langsung "
        "membubarkan massa, sehingga situasi kembali aman dan kondusif. Perang itu dipicu "
        "pemuda dua kampung yang saling ejek. Sepuluh pemuda dari kedua pihak diamankan, kata "
        "polisi tentang kasus bentrok dua kampung itu.",
        indonesia,
    )
    assert war.kind == "incident" and war.categories == ["other"]


def test_a_voter_come_to_collect_the_promised_cash_tells_money_politics() -> None:
    collected = category_evidence(
        "Pelaku mendatangi Ketua KPPS di TPS untuk menanyakan janji pemberian uang di saat "
        "pelaksanaan pemungutan suara sebesar Rp 100.000."
    )
    assert collected["money_politics"] >= CATEGORY_THRESHOLD


def test_a_protest_over_the_count_turned_on_the_police_is_no_supporters_clash(
    indonesia: Gazetteer,
) -> None:
    riot = analyze(
        "Aksi massa yang bermula sebagai protes terhadap hasil rekapitulasi pemilu di depan "
        "gedung Bawaslu berubah menjadi kericuhan antara para perusuh dan polisi. Kapolres "
        "mengimbau massa aksi menyudahi bentrokan dan keributan itu.",
        gazetteer=indonesia,
    )
    assert riot.categories == ["demonstration", "election_result_dispute"]
    camps = analyze(
        "Aksi massa pendukung calon di depan kantor KPU berujung bentrokan dan keributan "
        "dengan pendukung calon lain, kericuhan antara massa dan polisi pun pecah.",
        gazetteer=indonesia,
    )
    assert "supporters_clash" in camps.categories


def test_one_candidate_s_supporters_fighting_the_police_over_the_recap_protest_it(
    indonesia: Gazetteer,
) -> None:
    riot = analyze(
        "Bentrokan antara massa pendukung calon gubernur dengan polisi terjadi karena massa "
        "tidak terima dengan hasil pleno rekapitulasi. Massa menghujani polisi dengan batu, "
        "petugas menembakkan gas air mata.",
        gazetteer=indonesia,
    )
    assert set(riot.categories) == {"demonstration", "election_result_dispute"}


def test_a_rally_at_an_office_and_a_plantation_held_against_the_harvest_are_protests() -> None:
    rally = category_evidence(
        "Ribuan warga mengelar aksi di Kantor Bupati, menuntut pengembalian tanah dari "
        "perusahaan sawit."
    )
    assert rally["demonstration"] >= CATEGORY_THRESHOLD
    held = category_evidence(
        "Warga melakukan aksi pendudukan lahan sengketa sejak lima bulan dan menghalangi panen."
    )
    assert held["demonstration"] >= CATEGORY_THRESHOLD


def test_the_wounded_counted_last_or_bleeding_are_casualties_and_a_smoke_flare_no_bomb() -> None:
    assert casualties("Sedangkan korban luka sebanyak 12 orang, 8 di antaranya polisi.") == {
        "injured": 12,
        "dead": None,
    }
    bled = casualties("Pemilik klub terlempar dan mengeluarkan darah di bagian kepala.")
    assert bled["injured"] == 1
    flares = category_evidence("Suporter melempari suporter tamu dengan botol dan bom asap.")
    assert flares.get("terrorism_radicalism", 0.0) < CATEGORY_THRESHOLD


def test_workers_killed_and_an_assault_told_as_a_noun_are_casualties() -> None:
    killed = casualties("Akibatnya satu TKA dan dua tenaga kerja lokal tewas.")
    assert killed["dead"] == 2
    assault = casualties("Akibatnya, terjadi penganiayaan terhadap karyawan oleh TKA China.")
    assert assault["injured"] == 1


def test_a_christian_retreat_broken_up_is_a_religious_matter_without_a_church() -> None:
    broken_up = category_evidence(
        "Pasca insiden pembubaran kegiatan retret pelajar Kristen dan perusakan rumah singgah "
        "di Desa Tangkil, para peserta masih trauma."
    )
    assert broken_up["sara_identity_religion"] >= CATEGORY_THRESHOLD


def test_a_losing_candidate_taking_back_his_gifts_tells_money_politics() -> None:
    for said in (
        "Ragam Ulah Caleg Gagal, Tutup Akses Jalan hingga Tarik Kembali Bantuan",
        "Caleg kalah suara di TPS, bantuan tersebut ditarik dua hari setelah pemilu.",
    ):
        assert category_evidence(said)["money_politics"] >= CATEGORY_THRESHOLD, said


def test_a_land_quarrel_settled_in_peace_by_mediation_is_a_meeting() -> None:
    settled = kind_evidence(
        "Babinsa bersama Bhabinkamtibmas menyelesaikan sengketa tanah antara dua warga; "
        "mediasi permasalahan itu dapat diselesaikan secara damai tanpa keributan."
    )
    assert settled["meeting"] > settled.get("incident", 0.0)
    assert settled["meeting"] >= 1.0


def test_the_police_s_problem_solving_is_a_meeting_and_a_festering_boundary_a_threat() -> None:
    solved = kind_evidence(
        "Bhabinkamtibmas melaksanakan kegiatan Problem Solving; patok batas dipasang sebagai "
        "tanda batas yang telah disepakati bersama."
    )
    assert solved["meeting"] > solved.get("incident", 0.0)
    festering = kind_evidence(
        "Persoalan batas wilayah yang dibiarkan berlarut-larut berpotensi menjadi bom waktu."
    )
    assert festering["threat"] >= 1.5
    walled = category_evidence(
        "Lorong ditutup tembok dengan alasan tanah lorong tersebut diakui milik Suparman, yang "
        "diarahkan ke BPN untuk ukur ulang."
    )
    assert walled["land_boundary_dispute"] >= CATEGORY_THRESHOLD


def test_a_church_burning_the_police_deny_is_the_rumour_not_a_faith_attacked(
    indonesia: Gazetteer,
) -> None:
    denied = analyze(
        "Kapolres mengatakan tidak benar adanya pembakaran gereja di desa itu; yang dibakar "
        "rumah warga. Informasi beredar yang menyebutkan adanya pembakaran gereja sama sekali "
        "tidak benar. Empat warga tewas dibunuh orang tak dikenal.",
        gazetteer=indonesia,
    )
    assert "sara_identity_religion" not in denied.categories
    assert "hoax_hate_speech" in denied.categories
    council = category_evidence("Persekutuan Gereja-gereja Indonesia meminta kasus diusut.")
    assert council.get("sara_identity_religion", 0.0) < CATEGORY_THRESHOLD
    rebutted = category_evidence("Pernyataan ini untuk membantah kabar yang menyebut hal itu.")
    assert rebutted["hoax_hate_speech"] >= CATEGORY_THRESHOLD


def test_miners_killed_by_a_flood_in_the_pit_with_no_quarrel_told_are_no_signal(
    indonesia: Gazetteer,
) -> None:
    buried = read_story(
        "Sepuluh penambang tewas di lubang tambang emas Sungai Seribu, Kecamatan Arut Utara, "
        "akibat terjangan air bah dan lumpur dari bekas lubang galian yang sudah lama "
        "ditinggalkan. Malam sebelumnya hujan deras mengguyur kawasan itu disertai petir. Para "
        "penambang yang berasal dari Tasikmalaya itu bersikeras masuk ke lubang galian pada "
        "pagi harinya untuk mengambil batu, padahal mereka punya tugas masing-masing. Seorang "
        "kerabat korban mengatakan malam itu mereka tampak gembira, bercanda dan mendengarkan "
        "musik. Pekerja yang seharusnya masuk lubang justru berencana libur. Jenazah para "
        "korban dipulangkan ke kampung halaman mereka keesokan harinya.",
        indonesia,
    )
    assert buried.kind == "none" and buried.categories == []
    fought = read_story(
        "Keributan maut terjadi di kawasan tambang emas tanpa izin; tiga orang ditemukan "
        "tewas. Polisi masih mendalami pemicu kericuhan antarkelompok penambang yang sempat "
        "saling serang dengan senjata tajam di lokasi itu sebelum petugas tiba. Sebagian "
        "penambang tertimbun longsor tahun lalu di lubang yang sama, kata warga setempat "
        "yang sehari-hari juga menambang di kawasan itu bersama keluarga mereka masing-masing. "
        "Polisi meminta kedua kelompok menahan diri dan menyerahkan perkara itu kepada aparat, "
        "sementara jenazah ketiga korban dibawa ke rumah sakit daerah untuk diautopsi. "
        "Lokasi tambang kini dijaga aparat gabungan.",
        indonesia,
    )
    assert fought.kind == "incident"


def test_leaflets_left_in_a_mosque_before_the_vote_are_the_campaign_s_not_a_faith_s(
    indonesia: Gazetteer,
) -> None:
    leaflets = analyze(
        "Bawaslu menemukan dugaan praktik kampanye hitam jelang tahap pencoblosan: ratusan "
        "selebaran ditemukan di masjid. Selebaran di masjid itu mendiskreditkan seorang caleg.",
        gazetteer=indonesia,
    )
    assert "sara_identity_religion" not in leaflets.categories
    assert "election_campaign_violation" in leaflets.categories
    assert leaflets.election_stage == "quiet_period"


def test_a_candidate_pressed_to_be_a_son_of_the_soil_is_identity_politics() -> None:
    soil = category_evidence(
        "Tim kampanye menjadikan isu putra daerah sebagai strategi; jargon primordialisme dan "
        "etnisitas beredar di dunia maya."
    )
    assert soil["sara_identity_religion"] >= CATEGORY_THRESHOLD


def test_street_vendors_cleared_from_their_pitch_hold_no_land(indonesia: Gazetteer) -> None:
    cleared = analyze(
        "Penertiban lapak pedagang kaki lima berlangsung ricuh. Para pedagang menolak "
        "dilakukan penggusuran; penggusuran itu berujung adu jotos dengan Satpol PP.",
        gazetteer=indonesia,
    )
    assert "land_boundary_dispute" not in cleared.categories
    evicted = analyze(
        "Warga menolak penggusuran rumah mereka; penggusuran itu berujung adu jotos dengan "
        "petugas.",
        gazetteer=indonesia,
    )
    assert "land_boundary_dispute" in evicted.categories


def test_a_regional_head_reshuffling_officials_before_the_pilkada_is_a_neutrality_case(
    indonesia: Gazetteer,
) -> None:
    reshuffled = analyze(
        "Bawaslu menerima laporan petahana yang memutasi pejabat jelang Pilkada, padahal "
        "Pasal 71 UU Pilkada melarang pergantian pejabat.",
        gazetteer=indonesia,
    )
    assert reshuffled.categories == ["asn_neutrality"]
    routine = analyze(
        "Bupati melantik pejabat hasil mutasi pejabat eselon III di pendopo.", gazetteer=indonesia
    )
    assert "asn_neutrality" not in routine.categories


def test_a_clash_at_the_border_foretold_is_a_threat_and_a_customary_oath_broken_a_dispute() -> None:
    foretold = kind_evidence(
        "Camat mengatakan warga sudah sangat marah; besok pasti akan terjadi bentrokan, dan "
        "konflik antar warga tidak akan terhindarkan."
    )
    assert foretold["threat"] >= 3.0
    oath = category_evidence(
        "Warga negara tetangga telah melanggar sumpah adat: tak boleh ada kegiatan di zona netral."
    )
    assert oath["adat_customary_dispute"] >= CATEGORY_THRESHOLD
    pillars = category_evidence(
        "Jalan itu melintasi zona netral dan merusak tiang-tiang pilar perbatasan kedua negara."
    )
    assert pillars["land_boundary_dispute"] >= CATEGORY_THRESHOLD


def test_islands_moved_from_one_region_to_another_are_a_boundary_quarrel(
    indonesia: Gazetteer,
) -> None:
    moved = analyze(
        "Warga memprotes perubahan status administratif dua pulau yang kini masuk wilayah "
        "provinsi tetangga.",
        gazetteer=indonesia,
    )
    assert "land_boundary_dispute" in moved.categories
    owned = analyze(
        "Wamendagri menegaskan SK soal kepemilikan 4 pulau itu masih bisa berubah.",
        gazetteer=indonesia,
    )
    assert "land_boundary_dispute" in owned.categories


def test_a_boundary_quarrel_told_through_decrees_and_claims_is_a_threat(
    indonesia: Gazetteer,
) -> None:
    decreed = read_story(
        "Kisruh perebutan empat pulau antara Pemerintah Aceh dan Pemerintah Sumatera Utara "
        "kembali muncul. Kemendagri telah menetapkan empat pulau di Aceh Singkil masuk ke "
        "dalam wilayah Kabupaten Tapanuli Tengah lewat Kepmendagri yang ditetapkan pada 25 "
        "April 2025, mencabut keputusan sebelumnya. Pemerintah Aceh sudah menyerahkan "
        "dokumen dan peta kesepakatan tahun 1992 yang menunjukkan garis batas laut, dan "
        "berkomitmen memperjuangkan peninjauan ulang keputusan tersebut. Di Pulau Panjang "
        "terdapat tugu selamat datang, rumah singgah, mushala dan dermaga yang dibangun "
        "Pemerintah Kabupaten Aceh Singkil, kata Kepala Biro Pemerintahan Aceh.",
        indonesia,
    )
    assert decreed.categories == ["land_boundary_dispute"]
    assert decreed.kind == "threat" and decreed.severity == 1
    protested = read_story(
        "Ratusan warga berdemo di kantor bupati memprotes Kepmendagri yang telah menetapkan "
        "dua pulau masuk ke dalam wilayah provinsi tetangga; sengketa pulau itu sudah "
        "berlangsung lama dan warga menuntut keputusan dicabut. Aksi berlangsung hingga "
        "sore dan massa membubarkan diri setelah ditemui wakil bupati. Koordinator aksi "
        "mengatakan warga akan kembali datang dengan massa yang lebih besar jika tuntutan "
        "mereka tidak dipenuhi dalam waktu dekat oleh pemerintah pusat di Jakarta. Polisi "
        "mengawal aksi itu sejak pagi dan lalu lintas di depan kantor bupati sempat dialihkan "
        "selama beberapa jam oleh petugas Satlantas.",
        indonesia,
    )
    assert protested.kind == "incident"


def test_residents_refusing_a_preacher_s_coming_are_at_odds_over_faith_not_protesting(
    indonesia: Gazetteer,
) -> None:
    refused = analyze(
        "Warga perumahan dengan tegas menolak kedatangan ustaz itu dalam acara tabligh akbar "
        "pekan depan, demi menjaga ketentraman, kata pengurus lewat sebuah video.",
        gazetteer=indonesia,
    )
    assert refused.categories == ["sara_identity_religion"]
    rallied = analyze(
        "Ratusan warga menggelar aksi di depan kantor bupati menolak kedatangan ustaz itu "
        "dalam acara tabligh akbar; mereka berorasi dan membentangkan spanduk.",
        gazetteer=indonesia,
    )
    assert "demonstration" in rallied.categories
    visitor = analyze("Massa menolak kedatangan politisi itu di bandara.", gazetteer=indonesia)
    assert "sara_identity_religion" not in visitor.categories


def test_a_toll_road_s_conflict_is_over_land_and_a_dialogue_forum_is_a_meeting() -> None:
    toll = category_evidence("Ia menyebut konflik pembangunan tol di Ngawi dan Kediri.")
    assert toll["land_boundary_dispute"] >= CATEGORY_THRESHOLD
    forum = kind_evidence("Sekretaris Ditjen Polpum membuka Forum Dialog cegah dini konflik.")
    assert forum["meeting"] >= 1.0


def test_an_uproar_at_the_count_s_plenary_is_unrest_at_the_count() -> None:
    plenary = category_evidence(
        "Saksi partai dicekik; akhirnya terjadi keributan di ruang sidang pleno PPK."
    )
    assert plenary["polling_station_unrest"] >= CATEGORY_THRESHOLD


def test_a_crowd_burning_a_police_station_is_its_protest(indonesia: Gazetteer) -> None:
    burnt = analyze(
        "Mapolsek Bendahara, Aceh Tamiang, Polda Aceh berubah jadi arang karena dibakar "
        "massa, Selasa (23/10). Laporan sementara tidak ada korban jiwa.",
        gazetteer=indonesia,
    )
    assert "demonstration" in burnt.categories and burnt.kind == "incident"
    stormed = analyze(
        "Seratusan massa dilaporkan membakar Markas Polisi Sektor (Mapolsek) Bendahara.",
        gazetteer=indonesia,
    )
    assert "demonstration" in stormed.categories
    patrol = analyze(
        "Polisi dari Polsek Bendahara memadamkan api; rumah warga dibakar orang tak dikenal.",
        gazetteer=indonesia,
    )
    assert "demonstration" not in patrol.categories


def test_prizes_promised_on_a_banner_buy_votes_and_an_official_s_favour_is_partisan() -> None:
    promised = category_evidence(
        "Caleg itu menjanjikan barang dan atau materi lainnya melalui alat peraga kampanye."
    )
    assert promised["money_politics"] >= CATEGORY_THRESHOLD
    favoured = category_evidence("Kades itu divonis karena tindakan menguntungkan peserta pemilu.")
    assert favoured["asn_neutrality"] >= CATEGORY_THRESHOLD


def test_a_crowd_raging_at_a_court_over_its_verdict_protests_the_ruling(
    indonesia: Gazetteer,
) -> None:
    raged = analyze(
        "Tiga gereja menjadi sasaran amuk massa. Aksi anarkis massa dipicu ketidakpuasan atas "
        "vonis lima tahun dalam perkara penistaan agama.",
        gazetteer=indonesia,
    )
    assert "demonstration" in raged.categories
    calm = analyze(
        "Terdakwa tidak puas atas vonis hakim dan mengajukan banding ke pengadilan tinggi.",
        gazetteer=indonesia,
    )
    assert "demonstration" not in calm.categories
    provoked = category_evidence("Akibat provokasi tersebut, ratusan warga mendatangi rumahnya.")
    assert provoked["hoax_hate_speech"] >= CATEGORY_THRESHOLD


def test_soldiers_and_policemen_at_blows_are_the_forces_at_odds_not_a_drunken_brawl(
    indonesia: Gazetteer,
) -> None:
    ticket = analyze(
        "Dua anggota polisi dan seorang prajurit TNI terlibat baku hantam di pos lalu lintas; "
        "perkelahian anggota TNI vs Polisi itu bermula dari tilang.",
        gazetteer=indonesia,
    )
    assert ticket.categories == ["other"] and ticket.kind == "incident"
    youths = analyze(
        "Dua kelompok pemuda terlibat perkelahian di lapangan desa usai pertandingan.",
        gazetteer=indonesia,
    )
    assert "other" not in youths.categories


def test_houses_rebuilt_after_a_conflict_are_its_recovery_not_the_clash(
    indonesia: Gazetteer,
) -> None:
    rebuilt = read_story(
        "Pemerintah Kabupaten Maluku Tengah memulai rekonstruksi 12 unit rumah pascakonflik di "
        "Negeri Sawai, Kecamatan Seram Utara. Konflik yang terjadi pada April lalu menyebabkan "
        "puluhan rumah hangus terbakar dan masyarakat kehilangan tempat tinggal. Bupati "
        "memastikan anggaran telah dialokasikan melalui APBD dan pembangunan akan segera "
        "dilaksanakan. Tenaga kerja lokal dari kedua komunitas akan dilibatkan untuk "
        "mempererat persatuan antarwarga. Pemkab akan terus berkoordinasi dengan pemerintah "
        "provinsi agar semua kebutuhan warga terpenuhi dan kehidupan normal segera kembali "
        "seperti sedia kala di kedua negeri.",
        indonesia,
    )
    assert rebuilt.kind == "meeting" and rebuilt.severity == 1


def test_a_village_s_water_pipe_wrecked_or_cut_is_a_quarrel_over_water() -> None:
    wrecked = category_evidence("Dua kelompok petani bersitegang soal pengrusakan pipa di kebun.")
    assert wrecked["land_boundary_dispute"] >= CATEGORY_THRESHOLD
    cut = category_evidence("Warga terdampak pemutusan pipa air bersih sejak sepekan.")
    assert cut["land_boundary_dispute"] >= CATEGORY_THRESHOLD


def test_parties_come_to_the_police_to_be_mediated_make_a_meeting(indonesia: Gazetteer) -> None:
    story = (
        "ENREKANG - Dua kelompok petani asal desa Saruran, kecamatan Anggeraja, kabupaten "
        "Enrekang mendatangi Mapolsek Anggeraja, Kamis. Dua kelompok itu datang untuk "
        "dimediasi terkait kasus dugaan pengrusakan pipa pengairan. Kasus ini bermula saat "
        "sejumlah warga yang mengaku pemilik pipa yang mengairi kebun mereka ditemukan "
        "rusak. Pemilik pipa akhirnya bersitegang dengan petani lain yang kebunnya dilalui "
        "pipa tersebut. Kedua pihak sepakat menyelesaikan masalah ini di mapolsek dan "
        "berdamai, sementara polisi tetap mengusut pelaku pengrusakan pipa. Kapolsek "
        "berpesan agar warga menjaga hubungan baik karena mereka masih satu rumpun keluarga."
    )
    read = read_story(story, indonesia)
    assert read.kind == "meeting"
    assert read.categories == ["land_boundary_dispute"]


def test_a_firm_named_after_a_city_is_placed_where_it_stands(indonesia: Gazetteer) -> None:
    text = (
        "Warga berupaya merobohkan pintu masuk PT Surabaya Autocomp Indonesia di Desa "
        "Lolawang, Ngoro, Mojokerto, menuntut kejelasan pengelolaan limbah."
    )
    codes = [p["code"] for p in analyze(text, gazetteer=indonesia).places]
    assert codes == ["35.16.05.2004"]


def test_lorries_stopped_and_held_by_residents_are_a_blockade_done(indonesia: Gazetteer) -> None:
    story = (
        "Kendal - Warga sepanjang jalan raya Sekopek, Kaliwungu, Kendal, mengeluhkan kondisi "
        "jalan yang berdebu akibat dilalui truk tambang galian C. Kamis, warga pun mencegat "
        "dan menyandera belasan dump truk. Warga meminta pengusaha tambang menyiram jalan "
        'agar truk tidak menimbulkan debu. "Sopir truk jangan ugal-ugalan, yang kami '
        'inginkan jalan disiram agar tidak berdebu," kata seorang warga. Aksi warga sempat '
        "mendapat protes dari sopir truk. Namun warga bersikeras tetap melakukan aksi sebelum "
        'jalan disiram. Bila tidak, blokade akan terus dilakukan. "Jika tetap tidak ada '
        'upaya penyiraman jalan, warga akan menutup jalan," ujarnya.'
    )
    read = read_story(story, indonesia)
    assert read.kind == "incident"
    assert read.categories == ["demonstration"]


def test_a_sultanate_s_loyalists_blocking_a_road_are_a_customary_quarrel_not_an_election(
    indonesia: Gazetteer,
) -> None:
    story = (
        "TERNATE - Ratusan aparat kepolisian bentrok dengan warga adat pendukung Permaisuri "
        "Kesultanan Ternate. Bentrok ini menyusul aksi massa memblokir jalan raya di "
        "Kelurahan Akehuda. Polisi membubarkan ratusan loyalis permaisuri secara paksa "
        "dengan dua mobil water canon karena dianggap mengganggu arus lalu lintas. Warga "
        "adat yang tidak terima balik menyerang dengan melempari polisi menggunakan batu. "
        "Polisi mengamankan delapan pendukung permaisuri yang diduga pelaku pelemparan dan "
        "menyita parang. Kedelapan warga adat kemudian dibawa ke Polres Ternate untuk "
        "diperiksa lebih lanjut oleh penyidik Satreskrim."
    )
    read = read_story(story, indonesia)
    assert set(read.categories) == {"demonstration", "adat_customary_dispute"}
    assert read.election_stage is None


def test_a_killing_on_a_condition_is_an_order_not_a_death() -> None:
    order = (
        "Kapolda memerintahkan penembak jitu bersiaga.\nSiapa pun orangnya, tidak usah "
        "dikejar. Kalau dia lari, ya ditembak mati di tempat, karena dia sudah memprovokasi."
    )
    assert casualties(order)["dead"] is None
    done = "Polisi mengejar pelaku.\nPelaku yang melawan akhirnya ditembak mati di tempat."
    assert casualties(done)["dead"] == 1


def test_two_clans_at_blows_are_a_customary_quarrel() -> None:
    clash = category_evidence(
        "Bentrok warga pecah antara dua kelompok marga, Malak dan Ulim, di Kampung Bonem."
    )
    assert clash["adat_customary_dispute"] >= CATEGORY_THRESHOLD


def test_a_temple_s_statue_its_neighbours_want_torn_down_is_identity_tension() -> None:
    statue = category_evidence(
        "Sempat timbul protes atas keberadaan patung Dewa Perang di Klenteng Kwan Sing Bio."
    )
    assert statue["sara_identity_religion"] >= CATEGORY_THRESHOLD


def test_a_house_of_worship_named_twice_is_one_house_not_a_tension() -> None:
    named = category_evidence(
        "Perayaan di Vihara Amurva Bhumi tidak meriah, kata pengurus Vihara Amurva Bhumi."
    )
    assert named.get("sara_identity_religion", 0.0) < CATEGORY_THRESHOLD


def test_a_feast_kept_without_its_parade_before_an_election_is_no_signal(
    indonesia: Gazetteer,
) -> None:
    story = (
        "TRIBUNPONTIANAK.CO.ID, KETAPANG - Majelis Adat Budaya Tionghoa Kabupaten Ketapang "
        "memastikan tidak akan menggelar arak-arakan Naga dan barongsai pada perayaan Cap Go "
        "Meh tahun 2024, karena bertepatan dengan pesta demokrasi pemilu 2024. Walaupun tak "
        "dimeriahkan seperti turun ke jalan, perayaan tetap digelar pada setiap keluarga. "
        '"Kalau ritual sembahyang tetap, yang tidak ada hanya arak-arakannya. '
        'Pertimbangannya keamanan, karena bersamaan dengan pesta demokrasi," ujarnya. Ia '
        "mengimbau masyarakat menjaga keamanan dan ketertiban di tahun politik ini. Keputusan "
        "serupa diambil di seluruh kabupaten dan kota di Kalimantan Barat."
    )
    assert read_story(story, indonesia).kind == "none"


def test_parking_turf_fought_over_is_no_land_dispute() -> None:
    turf = category_evidence(
        "Juru Parkir Ditikam, Rebutan Lahan Parkir Jadi Pemicunya. Seorang juru parkir "
        "ditikam karena rebutan lahan parkir. Peristiwa bermula dari sengketa lahan parkir "
        "antara juru parkir dan HE. Ancaman dilatarbelakangi perebutan lahan parkir yang "
        "diklaim HE sebagai miliknya, di lahan pertokoan."
    )
    assert turf.get("land_boundary_dispute", 0.0) < CATEGORY_THRESHOLD


def test_residents_barring_a_mine_that_owes_for_the_land_protest_over_land() -> None:
    barred = category_evidence(
        "Warga mengadang aktivitas pertambangan dan memprotes perusahaan yang belum "
        "membayar kompensasi kepada pemilik lahan."
    )
    assert barred["land_boundary_dispute"] >= CATEGORY_THRESHOLD
    assert barred["demonstration"] >= CATEGORY_THRESHOLD


def test_a_boundary_pegged_beside_houses_or_houses_ordered_down_are_land_quarrels() -> None:
    pegged = category_evidence(
        "Petugas datang dengan pengawalan polisi mematok batas kawasan inti di samping rumah."
    )
    assert pegged["land_boundary_dispute"] >= CATEGORY_THRESHOLD
    ordered = category_evidence(
        "Warga diminta membongkar rumah mereka dalam tujuh hari karena tak memiliki "
        "sertifikat kepemilikan."
    )
    assert ordered["land_boundary_dispute"] >= CATEGORY_THRESHOLD


def test_a_crowd_burning_its_regent_s_house_protests(indonesia: Gazetteer) -> None:
    burnt = analyze(
        "Rumah pribadi Bupati Pegunungan Bintang, Constan Oktemba, dibakar massa karena "
        "hadiah jalan santai yang dijanjikan tidak ada.",
        gazetteer=indonesia,
    )
    assert "demonstration" in burnt.categories
    alone = analyze(
        "Polisi menangkap seorang pria yang membakar rumah bupati karena dendam pribadi.",
        gazetteer=indonesia,
    )
    assert "demonstration" not in alone.categories


def test_a_peace_pact_s_clauses_forswear_what_they_name() -> None:
    from siaga.analysis.pipeline import _drop_denials

    pact = (
        "Isi kesepakatan: tidak terpengaruh hoaks atau provokasi yang memecah belah; "
        "menghindari atribut atau tindakan provokatif; kegiatan perguruan bebas dari aksi "
        "konvoi liar, narkoba, miras dan benda berbahaya."
    )
    reading = expand_shorthand(fold(pact).text)
    found = default_index().scan(reading)
    _drop_denials(found, reading)
    assert "hoax_hate_speech" not in found.get("category", {})
    assert "alcohol_drugs_brawl" not in found.get("category", {})


def test_the_police_s_friday_forum_with_residents_before_an_election_is_a_meeting(
    indonesia: Gazetteer,
) -> None:
    story = (
        "Jepara - Polres Jepara kembali menggelar kegiatan Jumat Curhat yang bertempat di "
        "pendopo Balai Desa Guyangan, Kecamatan Bangsri, Kabupaten Jepara. Kegiatan ini "
        "bertujuan memperkuat cooling system menjelang Pilkada dengan meredam potensi konflik "
        "serta menjaga ketertiban masyarakat. Wakapolres mengajak seluruh elemen masyarakat "
        "mensukseskan Pilkada serentak. Keluhan maupun usul saran masyarakat terkait "
        'kamtibmas diserap untuk bersama dicarikan solusi, ujarnya. "Mari kita sama sama '
        'menghindari berita hoax," kata Wakapolres kepada tokoh agama, tokoh masyarakat, ketua '
        "RT dan RW serta warga desa yang hadir pagi itu."
    )
    read = read_story(story, indonesia)
    assert read.kind == "meeting"
    assert read.categories == ["other"]


def test_a_village_only_claiming_a_boundary_is_a_standing_dispute(indonesia: Gazetteer) -> None:
    story = (
        "LEWOLEBA - Pemerintah Kabupaten Lembata dinilai lamban merespon klaim tapal batas "
        "antara Kampung Woipuke, Desa Laranwutun, Kecamatan Ile Ape dan Kelurahan Lewoleba "
        "Timur. Masalah yang bergulir sejak tahun 2003 ini terus bergulir hingga sekarang. "
        "Masyarakat Woipuke melalui kepala desa dan tokoh adat, Senin, mengklaim desa mereka "
        "berbatasan dengan Lamahora. Batas desa itu berpotensi konflik, kata ketua BPD. "
        "Menurutnya tapal batas administrasi pemerintahan itu bukan klaim sepihak warga, "
        "namun diakui juga oleh tokoh adat Lamahora sejak napak tilas bersama pemerintah "
        "dan para tokoh masyarakat kedua kampung."
    )
    assert read_story(story, indonesia).kind == "threat"
    seized = story.replace("Batas desa itu berpotensi konflik", "Warga menyerobot lahan itu")
    assert read_story(seized, indonesia).kind == "incident"


def test_a_dam_drawn_over_a_people_s_name_is_a_land_dispute_not_a_custom_s() -> None:
    dam = category_evidence_with_rules(
        "Warga Persekutuan Adat Labolewa mempertanyakan luas areal genangan untuk "
        "pembangunan Waduk Lambo di atas tanah mereka, kata Tokoh Adat Labolewa."
    )
    assert dam["land_boundary_dispute"] >= CATEGORY_THRESHOLD
    assert dam.get("adat_customary_dispute", 0.0) < CATEGORY_THRESHOLD


def test_a_crowd_wrecking_an_air_base_s_guard_post_protests(indonesia: Gazetteer) -> None:
    wrecked = analyze(
        "Jelang tengah malam, pos penjagaan Pangkalan TNI Angkatan Udara Abdulrachman Saleh, "
        "Malang dirusak massa tak dikenal. Diduga kuat kejadian ini buntut sengketa lahan "
        "antara TNI AU dengan masyarakat di Desa Dengkol, Singosari.",
        gazetteer=indonesia,
    )
    assert "demonstration" in wrecked.categories


def test_a_listicle_speaking_to_its_reader_is_a_guide_not_a_report(indonesia: Gazetteer) -> None:
    guide = (
        "Sudah datang ke TPS, tapi nggak bisa nyoblos. Sangat mungkin kamu alami kalau kamu "
        "kurang memperhatikan beberapa hal berikut ini.\n1. Tidak Terdaftar di DPT\nDPT "
        "penting untuk kamu perhatikan sebelum nyoblos. Cek nama kamu sekarang juga, apakah "
        "kamu dan keluarga sudah terdaftar di DPT. Tips: kalau kamu sudah terlanjur tidak "
        "terdaftar di DPT pada hari H, masih ada kemungkinan kamu bisa mencoblos dengan "
        "surat keterangan.\n2. Salah Lokasi TPS\nSalah lokasi TPS juga bisa bikin kamu "
        "nggak jadi nyoblos. Pastikan lokasi TPS kamu sebelum memilih, karena lokasi TPS "
        "tergantung alamat yang tertera di KTP kamu."
    )
    assert read_story(guide, indonesia).kind == "none"


def test_children_brought_into_a_campaign_are_a_campaign_violation() -> None:
    kids = category_evidence_with_rules(
        "Bawaslu menemukan potensi pelanggaran pemilu: sejumlah anak ditemukan terlibat dalam "
        "kampanye pasangan calon dan panitia diimbau tidak melibatkan anak."
    )
    assert kids["election_campaign_violation"] >= CATEGORY_THRESHOLD


def test_a_village_rite_wrecked_in_the_night_is_an_identity_tension(indonesia: Gazetteer) -> None:
    story = (
        "Sedekah Bumi di Ayah Dirusak Orang Tak Dikenal\n"
        "KEBUMEN - Tradisi sedekah bumi warga Desa Ayah, Kecamatan Ayah, yang sedianya digelar "
        "Minggu pagi, batal. Menjelang subuh, panggung dan tenda acara dirusak belasan orang "
        "tak dikenal yang datang dengan sepeda motor. Meja tamu dibalik dan umbul-umbul "
        "dicabut. Warga yang berjaga sempat ketakutan dan memilih menjauh sampai rombongan itu "
        "pergi. Panitia menyebut persiapan sudah berjalan dua pekan dengan dana swadaya warga "
        "dan pedagang. Kapolsek Ayah membenarkan kejadian itu dan kini memeriksa saksi; "
        "barang-barang yang dirusak sudah diamankan. Acara hanya diisi pentas kesenian tanpa "
        "kirab hasil bumi yang biasa ditunggu warga setiap tahun."
    )
    read = read_story(story, indonesia)
    assert read.kind == "incident"
    assert read.categories == ["sara_identity_religion"]


def test_a_rite_s_properties_wrecked_name_the_rite_attacked() -> None:
    wrecked = rule_evidence(
        "_named_by_a_pattern",
        "Polisi menyelidiki perusakan properti sedekah laut di pantai itu pada malam sebelum "
        "acara digelar.",
    )
    assert wrecked["sara_identity_religion"] >= CATEGORY_THRESHOLD
    held = rule_evidence("_named_by_a_pattern", "Tradisi sedekah laut digelar meriah tahun ini.")
    assert held.get("sara_identity_religion", 0.0) < CATEGORY_THRESHOLD


def test_a_tradition_branded_idolatry_is_an_identity_tension() -> None:
    branded = category_evidence_with_rules(
        "Gerombolan itu meninggalkan spanduk yang menolak kesyirikan dalam budaya pesisir."
    )
    assert branded["sara_identity_religion"] >= CATEGORY_THRESHOLD


def test_night_spots_told_to_close_for_the_fasting_month_are_no_signal(
    indonesia: Gazetteer,
) -> None:
    story = (
        "Tempat Hiburan Malam di Cisarua Dilarang Buka di Bulan Ramadhan\n"
        "CISARUA - Camat Cisarua meminta pengusaha tempat hiburan malam tidak beroperasi "
        "selama bulan suci Ramadhan. Menurutnya, segala kegiatan yang dapat mengganggu "
        "ketertiban dan keamanan akan ditindak sesuai aturan. Dalam waktu dekat kecamatan "
        "akan menggelar operasi penyakit masyarakat bersama Satpol PP demi menjaga "
        "kenyamanan menjelang puasa. Pemilik rumah makan diimbau menyesuaikan jam buka, "
        "boleh buka menjelang berbuka dan tutup setelah sahur. Jika imbauan ini dilanggar, "
        "ia tidak akan segan menindak tegas pelaku usaha. Satpol PP juga menyiapkan surat "
        "edaran bupati kepada seluruh camat untuk mencegah gangguan ketertiban umum dengan "
        "patroli gabungan setiap malam di tingkat kecamatan selama Ramadhan."
    )
    read = read_story(story, indonesia)
    assert read.kind == "none"
    assert read.categories == []


def test_a_book_discussion_broken_up_is_an_assembly_stopped(indonesia: Gazetteer) -> None:
    story = (
        "Pembubaran Bedah Buku di Ponorogo, Panitia Kecewa\n"
        "PONOROGO - Bedah buku tentang sejarah perkebunan yang dijadwalkan di sebuah kedai "
        "kopi di Kecamatan Babadan, Kabupaten Ponorogo, batal digelar. Aparat gabungan dari "
        "kepolisian, Babinsa dan perangkat desa datang sebelum acara dimulai dan meminta "
        "kegiatan dihentikan karena dianggap tidak berizin. Panitia menyebut surat "
        "pemberitahuan sudah dikirim ke polsek tiga hari sebelumnya. Para penulis yang hadir "
        "menyayangkan keputusan itu dan menyebut diskusi buku hanyalah sarana belajar "
        "bersama. Puluhan peserta yang sudah datang akhirnya pulang, sementara panitia "
        "berencana mengadukan kejadian itu kepada Ombudsman pekan depan."
    )
    read = read_story(story, indonesia)
    assert read.kind == "incident"
    assert read.categories == ["other"]


def test_a_screening_broken_up_is_named_and_a_crowd_dispersing_is_not() -> None:
    screening = rule_evidence(
        "_named_by_a_pattern", "Pemutaran film dokumenter itu dibubarkan warga setempat."
    )
    assert screening["other"] >= CATEGORY_THRESHOLD
    dispersed = rule_evidence(
        "_named_by_a_pattern", "Usai menyampaikan tuntutan, massa membubarkan diri dengan tertib."
    )
    assert dispersed.get("other", 0.0) < CATEGORY_THRESHOLD


def test_an_alms_queue_crushed_is_no_conflict(indonesia: Gazetteer) -> None:
    story = (
        "Pembagian Zakat Pengusaha di Pekalongan Ricuh, Warga Pingsan\n"
        "PEKALONGAN - Ratusan warga berdesakan di depan rumah seorang pengusaha batik di "
        "Kecamatan Pekalongan Utara untuk mengantre zakat mal, Kamis sore. Setiap penerima "
        "mendapat uang tunai Rp 50 ribu dan lima kilogram beras. Menjelang magrib, barisan "
        "belakang terus mendorong ke depan sehingga saling dorong tak terhindarkan; beberapa "
        "ibu terhimpit dan jatuh pingsan, lalu dibawa ke puskesmas terdekat. Polisi dan "
        "Babinsa yang berjaga sempat menghentikan pembagian zakat sebelum melanjutkannya "
        "dengan sistem kupon. Pengusaha itu menyebut pembagian serupa sudah ia lakukan setiap "
        "Ramadhan sejak sepuluh tahun lalu dan berjanji menata antrean lebih baik."
    )
    read = read_story(story, indonesia)
    assert read.kind == "none"
    assert read.categories == []


def test_a_queue_for_subsidised_gas_in_a_shortage_is_no_conflict_unless_it_protests(
    indonesia: Gazetteer,
) -> None:
    queue = (
        "Nenek Tewas Kelelahan dan Ricuh Antre Gas Melon\n"
        "Kelangkaan gas elpiji 3 kg memicu sejumlah kejadian di berbagai daerah. Di sebuah "
        "kecamatan, kericuhan terjadi di toko yang menjadi agen gas elpiji. Warga berdesakan "
        "dan berteriak saat antrean tidak terkendali. Warga menunggu dan tetap antre "
        "meskipun gas melon itu belum terlihat datang. Mereka khawatir pasokan akan habis, "
        "sehingga memilih datang lebih awal untuk mendapatkan jatah. Sampai akhirnya "
        "tumpukan tabung yang dibawa truk datang, warga pun bersorak lega. Di tempat lain, "
        "seorang nenek meninggal dunia diduga kelelahan setelah berjam-jam mengantre gas."
    )
    assert read_story(queue, indonesia).kind == "none"
    protest = queue + (
        " Di kampung lain, puluhan ibu menggelar aksi protes dengan membuang tabung gas "
        "kosong di depan kantor kelurahan."
    )
    assert "demonstration" in read_story(protest, indonesia).categories


def test_a_detainee_held_on_drugs_beaten_in_the_cells_is_no_drug_fuelled_brawl(
    indonesia: Gazetteer,
) -> None:
    cells = analyze(
        "Tahanan kasus narkoba ditemukan tewas di sel setelah dianiaya sesama tahanan.",
        gazetteer=indonesia,
    )
    assert cells.categories == ["criminal_violence"]
    high = analyze(
        "Dua pemuda yang sedang pesta narkoba berkelahi dan saling menganiaya di kos.",
        gazetteer=indonesia,
    )
    assert "alcohol_drugs_brawl" in high.categories


def test_zakat_handed_out_by_a_candidate_stays_vote_buying(indonesia: Gazetteer) -> None:
    story = (
        "Bawaslu Temukan Caleg Bagikan Uang Berkedok Zakat Mal\n"
        "PEKALONGAN - Bawaslu Kota Pekalongan menemukan seorang calon anggota legislatif "
        "membagikan uang kepada warga dalam acara pembagian zakat mal di rumahnya pada masa "
        "tenang Pemilu. Setiap warga menerima amplop berisi Rp 100 ribu bersama stiker "
        "bergambar caleg tersebut dan nomor urutnya. Pengawas kelurahan yang hadir mencatat "
        "ratusan warga mengantre sejak siang. Bawaslu kini mengumpulkan keterangan saksi dan "
        "barang bukti berupa amplop dan stiker untuk dibawa ke Sentra Gakkumdu. Ketua "
        "Bawaslu mengingatkan bahwa pemberian uang kepada pemilih dengan dalih apa pun pada "
        "masa tenang dapat dipidana sesuai Undang-Undang Pemilu."
    )
    read = read_story(story, indonesia)
    assert read.kind == "incident"
    assert "money_politics" in read.categories


def test_a_people_at_odds_with_an_estate_or_its_guards_quarrel_over_land() -> None:
    estate = rule_evidence(
        "_named_by_a_pattern",
        "Konflik antara warga suku di pedalaman itu dengan perusahaan sawit kembali pecah "
        "setelah seorang penjaga kebun dipukul.",
    )
    assert estate["land_boundary_dispute"] >= CATEGORY_THRESHOLD
    guards = rule_evidence(
        "_named_by_a_pattern",
        "Warga desa nyaris bentrok dengan security perkebunan PT Bumi Lestari yang menebang "
        "pohon pisang mereka.",
    )
    assert guards["land_boundary_dispute"] >= CATEGORY_THRESHOLD
    players = rule_evidence(
        "_named_by_a_pattern", "Tim voli desa bentrok dengan tim karyawan pabrik gula."
    )
    assert players.get("land_boundary_dispute", 0.0) < CATEGORY_THRESHOLD


def test_a_recount_refused_by_those_whose_count_it_reopens_is_a_result_dispute() -> None:
    refused = rule_evidence(
        "_named_by_a_pattern",
        "Ratusan warga mendatangi gudang KPU sebagai bentuk penolakan warga atas rekomendasi "
        "Bawaslu untuk menghitung ulang suara di kecamatan mereka.",
    )
    assert refused["election_result_dispute"] >= CATEGORY_THRESHOLD
    boxes = rule_evidence(
        "_named_by_a_pattern", "Warga tidak setuju kotak suara dibuka sebelum pleno provinsi."
    )
    assert boxes["election_result_dispute"] >= CATEGORY_THRESHOLD
    followed = rule_evidence(
        "_named_by_a_pattern", "KPU menjalankan rekomendasi Bawaslu dan membuka kotak suara."
    )
    assert followed.get("election_result_dispute", 0.0) < CATEGORY_THRESHOLD


def test_villages_at_war_over_a_plot_s_edge_quarrel_over_land() -> None:
    edge = category_evidence_with_rules(
        "Bentrok antarkampung pecah pagi tadi; kuat dugaan dipicu perebutan batas lahan."
    )
    assert edge["land_boundary_dispute"] >= CATEGORY_THRESHOLD
    plot = category_evidence_with_rules("Warga mengungsi pasca konflik tanah antar dua desa.")
    assert plot["land_boundary_dispute"] >= CATEGORY_THRESHOLD


def test_the_police_s_crime_figures_are_a_report_of_figures_not_an_event(
    indonesia: Gazetteer,
) -> None:
    story = (
        "Polres Sumbawa: Gangguan Kamtibmas Turun 12 Persen Sepanjang 2025\n"
        "SUMBAWA - Kepolisian Resor Sumbawa mencatat gangguan kamtibmas di wilayah hukumnya "
        "turun 12 persen sepanjang 2025 dibandingkan tahun sebelumnya. Kasi Humas Polres "
        "menyebut ada 412 tindak pidana tahun ini, sementara tahun lalu 468 kejadian. "
        "Penganiayaan masih menempati urutan pertama dengan 96 kasus, disusul pencurian "
        "dengan pemberatan 71 kasus, pengeroyokan 30 kasus dan pencurian sepeda motor 28 "
        "kasus. Kecelakaan lalu lintas tercatat 150 kejadian dengan 41 orang meninggal dunia. "
        "Polres akan menambah patroli di titik rawan dan mengajak warga melapor melalui "
        "layanan 110 bila melihat kejadian mencurigakan."
    )
    read = read_story(story, indonesia)
    assert read.kind == "none"
    assert read.categories == []


def test_props_put_up_before_the_campaign_opens_are_a_campaign_violation() -> None:
    early = category_evidence_with_rules(
        "Satpol PP menurunkan baliho bakal caleg yang dipasang mendahului masa kampanye."
    )
    assert early["election_campaign_violation"] >= CATEGORY_THRESHOLD
    illegal = category_evidence_with_rules("Penertiban APK ilegal di sepanjang jalan protokol.")
    assert illegal["election_campaign_violation"] >= CATEGORY_THRESHOLD


def test_a_national_border_surveyed_again_and_moved_is_a_standing_dispute(
    indonesia: Gazetteer,
) -> None:
    story = (
        "Batas Negara Bergeser, Kebun Warga Sebatik Masuk Malaysia\n"
        "NUNUKAN - Pergeseran batas negara di Pulau Sebatik membuat sebagian kebun dan sawah "
        "warga Desa Seberang, Kecamatan Sebatik Utara, masuk wilayah Malaysia. Hal itu "
        "diketahui setelah pengukuran ulang tapal batas kedua negara oleh tim teknis. "
        "Warga resah karena lahan yang selama ini digarap terancam lepas, sementara kebun "
        "sawit di sisi lain kini masuk wilayah Indonesia. Camat meminta warga tetap "
        "beraktivitas seperti biasa sambil menunggu keputusan pemerintah pusat soal ganti "
        "rugi atau tukar guling, dan pemerintah kabupaten mendata bangunan serta tanaman "
        "yang terdampak."
    )
    read = read_story(story, indonesia)
    assert read.kind == "threat"
    assert read.categories == ["land_boundary_dispute"]


def test_churches_counted_among_what_a_season_s_operation_guards_are_no_tension(
    indonesia: Gazetteer,
) -> None:
    story = (
        "Polres Sleman Siagakan 400 Personel dalam Operasi Lilin\n"
        "SLEMAN - Polres Sleman akan menggelar Operasi Lilin selama dua pekan untuk "
        "mengamankan perayaan Natal dan Tahun Baru. Kapolres mengatakan pengamanan meliputi "
        "tempat ibadah, objek wisata, pusat perbelanjaan dan terminal. Ibadah Natal akan "
        "digelar di 85 gereja di Kabupaten Sleman dengan perkiraan 40 ribu jemaat. Polisi "
        "juga mendirikan pos pengamanan di jalur wisata dan pos terpadu di pusat kota, "
        "dibantu personel TNI, Satpol PP, dinas perhubungan, tenaga kesehatan dan relawan. "
        "Masyarakat diminta melapor bila melihat hal mencurigakan selama libur panjang."
    )
    read = read_story(story, indonesia)
    assert read.kind == "none"
    assert read.categories == []


def test_a_royal_house_quarrelling_over_its_throne_is_a_customary_dispute() -> None:
    for contested in (
        "Konflik di antara keluarga Keraton Solo kembali memanas pekan ini.",
        "Kisruh perebutan tahta Keraton Kasepuhan semakin meruncing.",
        "Keraton itu kini dipimpin dua raja yang sama-sama mengaku sah.",
    ):
        evidence = rule_evidence("_named_by_a_pattern", contested)
        assert evidence["adat_customary_dispute"] >= CATEGORY_THRESHOLD, contested
    visited = rule_evidence("_named_by_a_pattern", "Wisatawan memadati Keraton Solo saat libur.")
    assert visited.get("adat_customary_dispute", 0.0) < CATEGORY_THRESHOLD


def test_a_palace_s_camps_throwing_stones_are_no_election_s_supporters(
    indonesia: Gazetteer,
) -> None:
    story = (
        "Petugas gabungan TNI dan Polri masih berjaga di Keraton Kasepuhan, Kecamatan "
        "Lemahwungkuk, Kota Cirebon, sehari setelah kericuhan. Kapolres Cirebon Kota "
        "menyebut penjagaan itu untuk mengantisipasi kericuhan susulan. Kericuhan terjadi "
        "ketika seorang penggugat takhta melantik perangkat kesultanannya, dan pihak sultan "
        "yang bertakhta berupaya membubarkan pelantikan itu karena dianggap tidak berizin. "
        "Massa pendukung kedua pihak sempat ricuh hingga saling lempar batu pada siang hari. "
        "Beberapa bagian bangunan rusak. Polisi meminta kedua pihak menyelesaikan perselisihan "
        "secara kekeluargaan dan tidak terpancing oleh kabar yang belum jelas."
    )
    read = read_story(story, indonesia)
    assert read.categories == ["adat_customary_dispute"]
    assert read.election_stage is None
    assert [place["code"] for place in read.places] == ["32.74.02"]


def test_a_palace_s_gate_padlocked_by_those_who_want_it_set_right_is_a_protest() -> None:
    padlocked = category_evidence_with_rules(
        "Rombongan itu menggembok gerbang keraton dan memasang spanduk bertuliskan segel. "
        "Menurut ketuanya, menggembok gerbang adalah cara mereka menyampaikan aspirasi."
    )
    assert padlocked["demonstration"] >= CATEGORY_THRESHOLD


def test_a_saint_s_name_and_a_palace_s_name_hold_no_villages(indonesia: Gazetteer) -> None:
    story = (
        "Barisan dari sebuah paguyuban yang mengaku keturunan Sunan Gunung Jati mendatangi "
        "Keraton Kasepuhan di Kota Cirebon pada Selasa pagi. Mereka memasang spanduk dan "
        "menuntut agar pengelolaan keraton dibenahi serta status sultan dibekukan. Polisi "
        "berjaga di Keraton Kasepuhan sampai rombongan itu pulang. Juru bicara keraton "
        "menyebut keadaan di dalam keraton aman dan kegiatan keluarga keraton berjalan seperti "
        "biasa. Rombongan itu meminta pemerintah daerah memfasilitasi mediasi dengan keluarga "
        "sultan, karena surat mereka selama setahun tidak pernah dijawab. Menjelang siang, "
        "sebagian anggota rombongan menurunkan spanduk itu sendiri."
    )
    assert [place["code"] for place in read_story(story, indonesia).places] == ["32.74"]


def test_a_royal_house_s_troops_at_blows_over_its_rite_quarrel_over_custom_not_drink(
    indonesia: Gazetteer,
) -> None:
    story = (
        "GOWA - Selama dua hari berturut-turut, pasukan kerajaan dan Satpol PP bentrok di "
        "istana kerajaan di Kelurahan Sungguminasa, Kecamatan Somba Opu, Kabupaten Gowa. "
        "Bentrokan bermula dari arak-arakan budaya pasukan kerajaan bersama para pemangku adat "
        "menjelang pencucian benda pusaka kerajaan yang digelar setiap Idul Adha. Tahun ini "
        "pemerintah kabupaten mengambil alih ritual itu lewat sebuah peraturan daerah. Dua "
        "orang anggota pasukan kerajaan terluka terkena anak panah. Polisi menembakkan gas air "
        "mata untuk memisahkan kedua belah pihak dan berjanji mengusut penyerangan itu. "
        "Keluarga kerajaan menyebut ritual itu hak turun-temurun mereka."
    )
    read = read_story(story, indonesia)
    assert read.categories == ["adat_customary_dispute"]
    assert read.severity == 3
    assert [place["code"] for place in read.places] == ["73.06.08.1001"]


def test_a_person_named_abdul_and_a_street_before_a_regency_hide_no_place(
    indonesia: Gazetteer,
) -> None:
    story = (
        "Gowa - Sekitar 150 orang yang mengaku keluarga dan pendukung keturunan raja kembali "
        "mendatangi istana di Jalan Wahid Hasyim Kabupaten Gowa. Mereka hendak menggagalkan "
        "upacara pencucian benda pusaka yang akan dipimpin bupati, tetapi dihalangi barikade "
        "polisi, TNI dan Satpol PP. Massa hanya bisa mencaci maki karena pengangkatan bupati "
        'sebagai ketua lembaga adat dianggap melecehkan garis keturunan raja. "Ini kerajaan, '
        'bukan pemerintahan," ungkap Abdul Kudus, salah seorang pemangku adat yang menolak '
        "pengangkatan itu. Polisi berjaga sampai massa membubarkan diri menjelang sore hari, "
        "lalu menutup jalan itu."
    )
    assert [place["code"] for place in read_story(story, indonesia).places] == ["73.06"]


def test_a_public_deceived_and_the_1946_false_news_law_name_a_hoax() -> None:
    for charged in (
        "Raja dan ratu kerajaan itu dibekuk polisi karena diduga melakukan pembohongan publik.",
        "Pelaku dijerat pasal 14 UU No.1 tahun 1946 dan pasal penipuan.",
    ):
        assert category_evidence_with_rules(charged)["hoax_hate_speech"] >= CATEGORY_THRESHOLD


def test_a_village_written_apart_at_the_stem_its_neighbours_share_is_found_after_desa(
    indonesia: Gazetteer,
) -> None:
    story = (
        "Polisi menangkap pemimpin sebuah kerajaan rekaan dan istrinya karena diduga melakukan "
        "pembohongan publik. Bangunan kerajaan itu berdiri di Desa Pogung Jurutengah, "
        "Kecamatan Bayan, dan pengikutnya diminta membayar iuran untuk seragam. Warga sekitar "
        "resah karena sebuah prasasti batu di halaman bangunan itu seolah dipuja. Kepala desa "
        "melapor kepada camat, dan camat meneruskan laporan itu kepada bupati dengan tembusan "
        "kepada kapolres dan dandim. Polisi memasang garis polisi di pintu masuk dan "
        "menggeledah beberapa ruangan sampai malam, sementara warga menonton dari luar "
        "sambil memotret bangunan itu. Pemerintah kabupaten menyebut sejarah yang diceritakan "
        "kerajaan itu banyak yang tidak sesuai."
    )
    assert [place["code"] for place in read_story(story, indonesia).places] == ["33.06.08.2002"]
    bare = story.replace("Desa Pogung Jurutengah, Kecamatan Bayan", "Pogung Jurutengah")
    assert "33.06.08.2002" not in [place["code"] for place in read_story(bare, indonesia).places]


def test_a_crowd_swarming_a_sect_s_base_is_a_crowd_at_its_door() -> None:
    swarmed = rule_evidence(
        "_named_by_a_pattern",
        "Penganut aliran sesat itu kabur setelah markasnya digeruduk warga pada Minggu siang.",
    )
    assert swarmed["demonstration"] >= CATEGORY_THRESHOLD


def test_madura_s_duel_with_the_celurit_is_violence() -> None:
    for duel in (
        "Empat orang meninggal dalam carok massal di Bangkalan pada Jumat malam.",
        "Seorang warga tewas dicarok tetangganya karena sengketa warisan.",
    ):
        assert category_evidence_with_rules(duel)["criminal_violence"] >= CATEGORY_THRESHOLD


def test_a_gang_s_raid_the_police_say_was_no_tawuran_is_a_gang_s_crime() -> None:
    raid = category_evidence_with_rules(
        "Puluhan anggota gangster membawa senjata tajam melintas dan menyerang permukiman "
        'warga. "Itu bukan tawuran, itu mereka melintas," kata kapolsek. Polisi memburu '
        "anggota gangster yang terekam video."
    )
    assert raid["criminal_violence"] >= CATEGORY_THRESHOLD
    assert raid.get("alcohol_drugs_brawl", 0.0) < CATEGORY_THRESHOLD


def test_ballots_found_damaged_at_sorting_are_a_logistics_incident_of_distribution(
    indonesia: Gazetteer,
) -> None:
    story = (
        "KPU Lamongan Temukan 1.516 Surat Suara Rusak\n\nKomisi Pemilihan Umum Kabupaten "
        "Lamongan untuk sementara menemukan 1.516 surat suara rusak selama penyortiran dan "
        "pelipatan di gudang logistik. Kerusakan kemungkinan bisa bertambah, sebab masih ada "
        "tiga hari lagi sebelum penyortiran tuntas. Kerusakan rata-rata berupa potongan yang "
        "tidak simetris dan bercak tinta. Jumlah surat suara yang rusak berpotensi bertambah "
        "karena dua jenis surat suara belum disortir. KPU akan melaporkan surat suara yang "
        "rusak kepada KPU provinsi untuk diberikan pengganti dengan berita acara, setelah "
        "seluruh pelipatan selesai dan jumlahnya pasti."
    )
    read = read_story(story, indonesia)
    assert read.kind == "incident"
    assert read.categories == ["election_logistics"]
    assert read.election_stage == "logistics_distribution"


def test_foreigners_found_on_the_voters_roll_are_a_voter_list_problem(
    indonesia: Gazetteer,
) -> None:
    story = (
        "Badan Pengawas Pemilu Kabupaten Madiun menemukan tiga warga negara asing (WNA) "
        "terdaftar dalam Daftar Pemilih Tetap (DPT) Pemilu 2019. Ketiganya berkebangsaan "
        "Malaysia, Inggris dan Singapura, dan terdaftar di TPS 05 Desa Ketandan dan TPS 01 "
        "Desa Doho. Bawaslu menduga panitia pemutakhiran tidak teliti saat pencocokan data "
        "pemilih. Bawaslu akan membuat rekomendasi kepada KPU untuk mencoret ketiga WNA itu "
        "dari DPT, agar formulir pemberitahuan memilih mereka tidak disalahgunakan. Temuan "
        "itu hasil koordinasi dengan dinas kependudukan, yang mencatat sebelas WNA tinggal "
        "di kabupaten itu, tiga di antaranya memiliki KTP elektronik."
    )
    read = read_story(story, indonesia)
    assert read.kind == "incident"
    assert read.categories == ["voter_list_problem"]


def test_elephants_trampling_gardens_are_no_conflict_between_people(
    indonesia: Gazetteer,
) -> None:
    from siaga.analysis import pipeline

    story = (
        "Konflik antara manusia dan gajah liar masih terus terjadi di Kabupaten Tanjung "
        "Jabung Barat. Seorang warga Desa Suban, Kecamatan Batang Asam, merekam sekelompok "
        "gajah liar merusak kebun kelapa sawit miliknya, dan videonya menyebar. Kepala resort "
        "BKSDA membenarkan laporan warga dan langsung menurunkan tim untuk verifikasi dan "
        "penanganan. Warga berjaga malam dan menghalau kawanan itu dengan petasan, tetapi "
        "gajah kembali lagi dan merusak tanaman jagung. Warga meminta pemerintah mencari "
        "cara agar kawanan gajah tidak lagi merusak kebun, karena kebun itu mata pencaharian "
        "mereka. BKSDA memasang kalung GPS pada beberapa gajah untuk peringatan dini."
    )
    assert read_story(story, indonesia).kind == "none"
    for no_animal in (
        " nelayan membakar kapal pukat harimau ",
        " mahasiswa universitas gajah mada ",
    ):
        assert pipeline._WILD_ANIMAL.search(no_animal) is None


def test_villagers_stopping_quarry_lorries_that_wreck_their_road_protest() -> None:
    protested = category_evidence_with_rules("Ibu-ibu mendemo truk galian C di jalan desa.")
    assert protested["demonstration"] >= CATEGORY_THRESHOLD
    stopped = category_evidence_with_rules(
        "Warga menghentikan paksa truk pengangkut pasir, lalu menghadang truk berikutnya."
    )
    assert stopped["demonstration"] >= CATEGORY_THRESHOLD


def test_a_religion_teacher_who_beats_a_pupil_is_no_faith_at_odds() -> None:
    beaten = category_evidence_with_rules(
        "Guru agama itu menganiaya muridnya di kelas. Orang tua murid melabrak guru agama "
        "tersebut, dan kepala sekolah menyebut guru mata pelajaran agama itu terancam dimutasi."
    )
    assert beaten.get("sara_identity_religion", 0.0) < CATEGORY_THRESHOLD
    assert beaten["criminal_violence"] >= CATEGORY_THRESHOLD


def test_a_bombing_s_anniversary_kept_with_prayer_is_no_event_of_the_day(
    indonesia: Gazetteer,
) -> None:
    story = (
        "Refleksi Satu Tahun Bom Surabaya\n\nHari ini tepat satu tahun serangan bom bunuh diri "
        "menghancurkan tiga gereja di Surabaya. Belasan orang tewas dalam serangan itu. Untuk "
        "mengenang tragedi tersebut, sebuah gereja menggelar misa dan doa bersama lintas "
        "agama. Keluarga korban hadir bersama para romo dan tokoh lintas iman, menyalakan "
        "lilin dan menabur bunga di halaman gereja. Pengurus gereja berharap tragedi itu tidak "
        "terulang dan warga kota hidup damai di antara perbedaan. Panitia juga mengundang "
        "aparat keamanan yang membantu pemulihan setelah peristiwa itu, dan para pelajar "
        "membacakan puisi tentang kemanusiaan di akhir acara."
    )
    read = read_story(story, indonesia)
    assert (read.kind, read.categories, read.severity) == ("none", [], 0)
    disturbed = story.replace("Panitia juga", "Misa sempat ricuh ketika massa datang. Panitia")
    assert read_story(disturbed, indonesia).kind != "none"


def test_mourners_at_a_bombing_s_memorial_make_no_event_of_the_day(
    indonesia: Gazetteer,
) -> None:
    story = (
        "Keluarga Korban Datangi Monumen Ground Zero\nPantauan Rabu siang, puluhan keluarga "
        "dan kerabat korban berdatangan ke Monumen Ground Zero di Legian, Kuta, membawa "
        "karangan bunga, dupa dan sesaji. Seorang perempuan asal Perth menangis di depan "
        "daftar nama saudaranya yang terukir di dinding marmer. Aksi bom bunuh diri yang "
        "mengguncang Legian pada 12 Oktober 2002 menewaskan 202 orang dan melukai ratusan "
        "lainnya. Petugas kepolisian memeriksa setiap pengunjung sebelum masuk. Pengelola "
        "berharap monumen itu mengingatkan semua orang betapa mahalnya perdamaian, dan "
        "acara doa bersama digelar menjelang malam bersama tokoh lintas agama."
    )
    assert_no_signal_unless(story, indonesia, "Pengelola", "Massa sempat ricuh di depan monumen.")


def test_the_war_s_fallen_honoured_at_their_graves_make_no_event_of_the_day(
    indonesia: Gazetteer,
) -> None:
    story = (
        "Ribuan warga berziarah ke Taman Pujaan Bangsa Margarana, Tabanan, Kamis. Sebagian "
        "besar keturunan para pejuang yang gugur dalam perang Puputan Margarana pada 20 "
        "November 1946. Seorang warga asal Mengwi bercerita kakeknya gugur saat "
        "berperang melawan Belanda bersama pasukan I Gusti Ngurah Rai, dan membawa anaknya "
        "agar tahu buyutnya seorang pejuang. Keluarga pejuang bergantian menabur bunga dan "
        "berdoa di depan 1.372 nisan. Panitia menyiapkan tirta dan sesaji di candi utama, "
        "dan upacara bendera digelar pemerintah provinsi pada pagi harinya. Taman makam itu "
        "ramai pula setiap 17 Agustus dan 10 November."
    )
    assert_no_signal_unless(
        story, indonesia, "Panitia", "Upacara sempat ricuh karena dua kelompok berebut tempat."
    )


def test_a_church_of_the_sacred_heart_is_no_regency_of_kudus(indonesia: Gazetteer) -> None:
    story = (
        "Komunitas lintas agama di Kota Malang menggelar doa bersama untuk korban tragedi "
        "stadion di pelataran Gereja Hati Kudus Yesus Paroki Kayutangan, Rabu malam. Tokoh "
        "Katolik, Kristen, Islam, penghayat dan Baha'i hadir dan membacakan doa bergantian. "
        "Panitia menyampaikan keprihatinan dan meminta keadilan ditegakkan bagi keluarga "
        "korban, serta seruan agar semua pihak tidak saling menyalahkan. Acara ditutup dengan "
        "menyalakan seribu lilin oleh seluruh peserta yang hadir di halaman gereja itu, "
        "dan pembacaan puisi oleh beberapa warga. Gusdurian Muda Kota Malang menjadi "
        "penyelenggara acara itu bersama paroki."
    )
    assert [place["code"] for place in read_story(story, indonesia).places] == ["35.73"]


def test_money_handed_out_on_a_village_head_s_order_breaches_neutrality() -> None:
    ordered = category_evidence_with_rules(
        "Seorang warga tertangkap membagikan uang kepada pemilih di masa tenang Pilkada. "
        "Menurut pengakuannya, uang itu dibagikan kepada warga atas perintah kepala desa."
    )
    assert ordered["asn_neutrality"] >= CATEGORY_THRESHOLD
    candidate_s_man = category_evidence_with_rules(
        "Dua orang suruhan calon kepala desa tertangkap membagikan uang kepada warga "
        "menjelang pilkades."
    )
    assert candidate_s_man.get("asn_neutrality", 0.0) < CATEGORY_THRESHOLD


def test_a_tally_of_the_bribed_is_no_recapitulation(indonesia: Gazetteer) -> None:
    story = (
        "Seorang pelaku politik uang diamankan warga saat akan membagikan uang agar warga "
        "memilih salah seorang calon kepala Desa Besuki, Kecamatan Besuki, Kabupaten "
        "Tulungagung, pada pilkades serentak bulan depan. Selain menyita uang jutaan rupiah, "
        "warga menemukan rekap data warga yang akan diberi uang. Dari hasil interogasi, "
        "pelaku menyebut tiga nama lain yang berperan sama membagikan uang kepada warga. "
        "Pelaku kemudian diserahkan warga ke polsek untuk diperiksa lebih lanjut, dan "
        "panitia pemilihan meminta para calon tidak mengulangi cara seperti itu. Polisi "
        "masih mencari tiga orang yang disebut pelaku."
    )
    assert read_story(story, indonesia).election_stage != "recapitulation"


def test_a_village_taking_down_a_candidate_s_banners_breaches_neutrality() -> None:
    taken_down = category_evidence_with_rules(
        "Empat banner caleg itu diturunkan paksa oleh oknum aparatur desa menjelang pemilu. "
        "Sekretaris desa membenarkan: kades memerintahkan perangkat untuk menurunkan banner "
        "itu karena tidak ada pemberitahuan."
    )
    assert taken_down["asn_neutrality"] >= CATEGORY_THRESHOLD
    enforced = category_evidence_with_rules(
        "Petugas Panwaslu dan Satpol PP menurunkan baliho caleg yang dipasang di tiang "
        "listrik menjelang pemilu."
    )
    assert enforced.get("asn_neutrality", 0.0) < CATEGORY_THRESHOLD


def test_a_banner_in_a_provocative_tone_is_provocation() -> None:
    banner = category_evidence_with_rules(
        "Warga menemukan spanduk kampanye yang bernada provokatif di sebuah gang."
    )
    assert banner["hoax_hate_speech"] >= CATEGORY_THRESHOLD


def test_a_list_of_what_the_campaign_rules_forbid_is_a_guide(indonesia: Gazetteer) -> None:
    story = (
        "Larangan dalam Kampanye Pemilu\n\nAda sejumlah aturan dalam melaksanakan kampanye "
        "pemilihan umum. Peraturan KPU mengatur sejumlah larangan yang tidak boleh "
        "dilakukan saat kampanye. Partai politik dilarang berkampanye sebelum masa kampanye "
        "dimulai. Bahan kampanye dilarang ditempelkan di tempat ibadah, rumah sakit, "
        "sekolah, gedung milik pemerintah, jalan protokol dan taman. Pelaksana kampanye "
        "dilarang menghina seseorang, agama, suku atau ras, menghasut dan mengadu domba "
        "masyarakat, mengganggu ketertiban umum, serta menjanjikan atau memberikan uang "
        "kepada pemilih. Pelanggaran atas larangan itu dapat dikenai sanksi pidana pemilu."
    )
    assert read_story(story, indonesia).kind == "none"


def test_a_market_fire_a_short_circuit_started_is_no_conflict(indonesia: Gazetteer) -> None:
    story = (
        "Garut - Diduga akibat korsleting listrik di salah satu kios pedagang plastik, "
        "sebanyak 20 kios di Pasar Induk Guntur Ciawitali ludes dilalap api pada Rabu malam. "
        "Kepala Dinas Pemadam Kebakaran menyebut api membesar dan merambat cepat membakar "
        "seluruh bangunan kios di sekitar blok itu. Beruntung kebakaran tidak menimbulkan "
        "korban jiwa karena pasar belum ramai. Empat unit mobil pemadam diterjunkan, dan "
        "kehadiran warga, TNI, polisi, perangkat desa hingga keamanan pasar ikut memudahkan "
        "pemadaman yang berlangsung singkat. Jumlah kerugian masih dihitung oleh dinas "
        "terkait bersama pengelola pasar itu. Para pedagang yang kiosnya terbakar berharap "
        "pemerintah daerah segera membangun kios sementara agar mereka bisa berjualan lagi."
    )
    assert read_story(story, indonesia).kind == "none"


def test_a_bus_crash_whose_driver_is_held_is_no_conflict_unless_a_crowd_turns_on_him(
    indonesia: Gazetteer,
) -> None:
    story = (
        "Bus Alami Rem Blong di Bantul dan Tewaskan 3 Orang, Sopir Diamankan\n\nKecelakaan "
        "bus pariwisata di Bantul mengakibatkan tiga penumpang tewas pada Kamis sore. Bus yang "
        "mengangkut 53 orang itu terguling saat melewati jalanan menurun. Ditlantas Polda "
        "menyelidiki kecelakaan tunggal ini dan mengamankan sopir beserta kenek bus, yang "
        "untuk sementara diperiksa sebagai saksi. Olah tempat kejadian perkara menunjukkan "
        "tidak ada pengereman sama sekali, sehingga polisi menduga rem blong. Uji KIR bus itu "
        "ternyata sudah kedaluwarsa, dan polisi akan memeriksa pemilik perusahaan otobus. "
        "Para korban luka dirawat di rumah sakit terdekat."
    )
    assert_no_signal_unless(
        story, indonesia, "Olah tempat", "Warga yang marah sempat mengamuk dan membakar bus itu."
    )


def test_a_villager_taken_by_a_crocodile_and_searched_for_is_no_conflict(
    indonesia: Gazetteer,
) -> None:
    story = (
        "Petani di Kutai Kartanegara Hilang Diterkam Buaya\n\nSeorang petani berusia 52 tahun "
        "diterkam buaya saat mencuci perahu di tepi sungai di Kecamatan Anggana pada Selasa "
        "sore. Istrinya sempat mendengar teriakan korban, tetapi korban sudah ditarik ke "
        "dalam air. Tim SAR gabungan bersama warga menyisir sungai sejauh lima kilometer. "
        "Warga sempat menangkap seekor buaya dengan bantuan pawang, namun tidak menemukan "
        "tanda korban. Petugas mengimbau warga tidak beraktivitas sendirian di sungai "
        "karena ancaman buaya muara masih tinggi di wilayah itu. Keluarga korban berharap "
        "pencarian terus dilakukan hingga korban ditemukan."
    )
    assert read_story(story, indonesia).kind == "none"


def test_a_speedboat_lost_at_sea_and_searched_for_is_no_conflict(indonesia: Gazetteer) -> None:
    story = (
        "Tim SAR Gabungan Lanjutkan Pencarian Penumpang Speedboat Tenggelam\n\nSebuah speedboat "
        "yang membawa sebelas penumpang dari Pulau Kesui dilaporkan hilang kontak lalu "
        "tenggelam dihantam gelombang tinggi di perairan Seram Bagian Timur. Empat penumpang "
        "berhasil berenang ke darat, dua ditemukan tewas, dan sisanya masih dicari. Menurut "
        "Kapolres, jumlah penumpang baru dilaporkan oleh camat setempat yang selamat dalam "
        "musibah itu. Basarnas mengerahkan kapal dan perahu nelayan untuk menyisir lokasi. "
        "Cuaca buruk dan arus yang deras menjadi kendala utama pencarian hari ketiga, dan "
        "operasi SAR akan dievaluasi bersama keluarga korban."
    )
    assert read_story(story, indonesia).kind == "none"


def test_a_blast_of_firecracker_powder_is_neither_a_bomb_nor_a_conflict(
    indonesia: Gazetteer,
) -> None:
    story = (
        "Ledakan Bubuk Petasan di Magelang, Satu Orang Tewas\n\nSebuah rumah di Kecamatan "
        "Salaman hancur akibat ledakan bubuk petasan pada Rabu malam, dan belasan rumah di "
        "sekitarnya rusak. Satu orang tewas tertimpa tembok dan dua lainnya luka-luka. "
        "Pemilik rumah sudah diamankan polisi dan mengaku meracik bahan petasan untuk dijual "
        "menjelang Ramadan. Tim Jibom Gegana melakukan sterilisasi dan menyisir sisa bahan "
        "peledak di lokasi, sementara tim penjinak bom memeriksa serbuk yang tersisa. "
        "Polisi mengimbau warga tidak meracik petasan di rumah karena bahannya mudah "
        "meledak oleh getaran, benturan atau percikan api."
    )
    assert "terrorism_radicalism" not in read_story(story, indonesia).categories
    assert_no_signal_unless(
        story, indonesia, "Tim Jibom", "Warga yang marah sempat mengamuk dan membakar gudang itu."
    )


def test_a_village_head_held_for_graft_is_no_conflict_unless_the_village_protests(
    indonesia: Gazetteer,
) -> None:
    story = (
        "Kepala desa di Kecamatan Bagor ditetapkan sebagai tersangka dugaan korupsi dana desa "
        "dan langsung ditahan selama 20 hari ke depan oleh Kejaksaan Negeri Nganjuk. Menurut "
        "kepala kejaksaan, dana untuk 19 kegiatan pembangunan fisik tidak sesuai volume "
        "pekerjaannya sehingga menimbulkan kerugian negara sekitar Rp337 juta. Penyidik sudah "
        "memeriksa sekretaris desa dan bendahara, yang masih berstatus saksi. Tersangka "
        "terancam hukuman penjara hingga 20 tahun, dan berkasnya segera dilimpahkan ke "
        "pengadilan tindak pidana korupsi. Dinas pemberdayaan masyarakat desa sudah "
        "memberhentikan sementara kepala desa itu."
    )
    assert read_story(story, indonesia).kind == "none"
    protested = story.replace(
        "Penyidik sudah",
        "Ratusan warga berunjuk rasa di depan kantor desa menuntut kepala desa mundur. "
        "Penyidik sudah",
    )
    reading = read_story(protested, indonesia)
    assert reading.kind == "incident"
    assert "demonstration" in reading.categories


def test_a_leaking_gas_cylinder_s_blast_is_no_conflict_though_its_fire_burns(
    indonesia: Gazetteer,
) -> None:
    story = (
        "Tabung Gas 3 Kg Meledak Jelang Sahur, Satu Keluarga Luka Bakar\n\nLedakan tabung gas "
        "elpiji menghancurkan dapur sebuah rumah di Kelurahan Sukorejo, Kecamatan Gunungpati, "
        "pada Minggu dini hari. Tiga penghuni rumah menderita luka bakar dan dilarikan ke rumah "
        "sakit. Menurut ketua RT, selang regulator bocor saat korban menyalakan kompor untuk "
        "memasak makanan sahur, dan api yang membakar sebagian dapur dipadamkan warga dengan "
        "kain basah. Polisi memasang garis polisi dan memeriksa tabung yang bocor itu untuk "
        "mengetahui penyebab pasti ledakan tersebut. Warga diimbau rutin memeriksa selang "
        "dan regulator tabung gas di rumah masing-masing."
    )
    assert_no_signal_unless(
        story, indonesia, "Polisi memasang", "Warga membakar warung penjual tabung itu."
    )


def test_a_train_hitting_a_car_at_a_crossing_is_an_accident(indonesia: Gazetteer) -> None:
    story = (
        "Mobil Tertabrak KA di Perlintasan Tanpa Palang, Empat Tewas\n\nEmpat orang tewas "
        "ketika mobil yang mereka tumpangi tertabrak KA Argo Cheribon di perlintasan tanpa "
        "palang pintu di Kabupaten Cirebon, Sabtu malam. Mobil itu terseret hingga akhirnya "
        "terbakar. Menurut humas PT KAI, pengemudi diduga tidak mengetahui kereta yang "
        "hendak melintas. Keempat korban baru saja menghadiri sebuah haul di pesantren dan "
        "dalam perjalanan pulang. PT KAI mengimbau pengguna jalan menengok ke kiri dan ke "
        "kanan sebelum melintas di perlintasan sebidang, karena palang dan penjaga pintu "
        "hanyalah alat bantu keamanan semata."
    )
    assert_no_signal_unless(
        story, indonesia, "PT KAI mengimbau", "Pos penjaga perlintasan lalu dibakar warga."
    )


def test_a_ferry_that_caught_fire_at_sea_is_an_accident(indonesia: Gazetteer) -> None:
    story = (
        "Penumpang Kapal Feri Terbakar Tiba di Pelabuhan Kupang\n\nSeratus lebih penumpang "
        "KMP Lintas Timur yang terbakar di perairan selatan Pulau Semau, Kabupaten Kupang, "
        "dievakuasi kapal lain dan tiba di Pelabuhan Tenau, Kota Kupang, Senin sore. Api "
        "diduga berasal dari sebuah truk di dek kendaraan dan menghanguskan dua mobil. Insiden "
        "itu sempat membuat penumpang panik. Syahbandar masih memeriksa nakhoda dan awak kapal "
        "untuk mengetahui penyebab kebakaran. Para penumpang ditampung sementara di ruang "
        "tunggu pelabuhan dan akan diberangkatkan kembali dengan kapal pengganti keesokan "
        "harinya, setelah cuaca membaik."
    )
    assert_no_signal_unless(
        story, indonesia, "Syahbandar masih memeriksa", "Massa lalu menyerang awak kapal."
    )


def test_a_warehouse_on_fire_is_no_conflict_unless_someone_set_it_alight(
    indonesia: Gazetteer,
) -> None:
    story = (
        "Gudang Ekspedisi di Cilincing Terbakar, Ratusan Motor Hangus\n\nSebuah gudang milik "
        "perusahaan ekspedisi di Jalan Tipar Cakung, Cilincing, Jakarta Utara, terbakar sejak "
        "Minggu siang. Api menghanguskan bangunan dan sekitar empat ratus sepeda motor yang "
        "siap dikirim, dengan kerugian ditaksir lebih dari Rp 3 miliar. Lima belas unit mobil "
        "pemadam dikerahkan dan api dapat dikuasai sekitar satu jam kemudian sebelum merambat "
        "ke permukiman di belakang gudang. Petugas masih melakukan pendinginan. Seorang warga "
        "terluka di tangan saat membantu memadamkan api dan dibawa ke rumah sakit terdekat "
        "untuk dirawat."
    )
    assert_no_signal_unless(
        story, indonesia, "Petugas masih melakukan", "Polisi menduga gudang itu sengaja dibakar."
    )


def test_a_jakarta_fire_service_s_suku_dinas_names_no_ethnic_group(indonesia: Gazetteer) -> None:
    said = (
        "Jakarta (ANTARA) - Suku Dinas Penanggulangan Kebakaran dan Penyelamatan Jakarta "
        "Timur mengerahkan 18 unit pemadam ke gudang triplek yang terbakar di Pulogadung."
    )
    assert "sara_identity_religion" not in analyze(said, gazetteer=indonesia).categories


def test_well_diggers_a_toxic_gas_killed_are_a_disaster_s_toll(indonesia: Gazetteer) -> None:
    story = (
        "Diduga Hirup Gas Beracun, 3 Orang Tewas dalam Sumur di Grobogan\n\nTiga orang "
        "meninggal dunia saat menggali sumur di Desa Ngombak, Kecamatan Kedungjati, Kabupaten "
        "Grobogan, Selasa pagi. Penggali pertama lemas di dasar sumur sedalam 14 meter, lalu "
        "dua warga yang turun untuk menolongnya ikut tak sadarkan diri. Petugas BPBD "
        "mengevakuasi ketiga jenazah dengan bantuan tali dan tabung oksigen. Kepala BPBD "
        "mengatakan para korban diduga menghirup gas beracun dan meminta warga tidak turun ke "
        "sumur tua tanpa alat pengaman, terutama pada musim kemarau ketika banyak sumur "
        "digali lebih dalam. Jenazah diserahkan kepada keluarga."
    )
    assert_no_signal_unless(
        story, indonesia, "Kepala BPBD mengatakan", "Keluarga korban lalu menyerang pemilik sumur."
    )


def test_a_boat_the_waves_capsized_is_a_disaster_s_toll(indonesia: Gazetteer) -> None:
    story = (
        "Penumpang Perahu Terbalik di Siberut, 1 Ditemukan Tewas 1 Masih Dicari\n\nSatu dari "
        "dua penumpang yang hilang ketika perahu mereka dihantam arus di muara sungai "
        "ditemukan meninggal dunia pada Senin pagi, mengapung tidak jauh dari lokasi "
        "kejadian. Anak perempuannya yang berusia delapan tahun masih dicari tim SAR gabungan "
        "bersama warga. Kepala Kantor SAR mengatakan pencarian dilakukan selama tujuh hari "
        "sesuai prosedur, dengan penyisiran di sekitar muara yang arusnya kuat karena luapan "
        "sungai. Jenazah korban langsung diserahkan kepada keluarga yang sudah dua hari "
        "menunggu di dermaga desa mereka sejak kemarin."
    )
    assert_no_signal_unless(
        story, indonesia, "Kepala Kantor SAR", "Warga kemudian bentrok dengan pemilik perahu."
    )


def test_wasps_that_stung_a_villager_to_death_are_an_animal_s_case(
    indonesia: Gazetteer,
) -> None:
    story = (
        "Sarang Tawon Vespa Tewaskan Nenek di Purworejo Dievakuasi Damkar\n\nPetugas pemadam "
        "kebakaran mengevakuasi sarang tawon di Desa Kaliboto, Kecamatan Bener, Purworejo, "
        "Minggu malam. Kawanan tawon dari sarang itu menyerang seorang nenek yang sedang "
        "mencari kayu bakar di kebun hingga ia meninggal di rumah sakit. Evakuasi dilakukan "
        "malam hari agar tidak ada tawon yang tersisa. Koordinator pos damkar mengatakan "
        "sebulan terakhir lebih dari dua puluh sarang telah dievakuasi dan meminta warga "
        "segera melapor bila melihat sarang di dekat rumah, tanpa mencoba mengusirnya "
        "sendiri. Jenazah nenek itu dimakamkan keesokan harinya."
    )
    assert_no_signal_unless(
        story,
        indonesia,
        "Koordinator pos damkar",
        "Puluhan warga kemudian berunjuk rasa di kantor desa menuntut pemilik kebun "
        "bertanggung jawab.",
    )


def test_a_gas_leak_that_caught_fire_is_no_conflict_before_anything_blew(
    indonesia: Gazetteer,
) -> None:
    story = (
        "Enam Orang di Beji Alami Luka Bakar usai Tabung Elpiji Bocor\n\nDapur sebuah rumah "
        "di Desa Beji, Kabupaten Pasuruan, terbakar saat pemiliknya memasak nasi untuk "
        "dijual. Tabung gas tiga kilogram yang baru dibeli tiba-tiba mendesis, dan api dari "
        "tungku menyambar. Enam orang, empat di antaranya satu keluarga dan dua tetangga yang "
        "datang menolong, mengalami luka bakar dan dilarikan ke rumah sakit di Bangil. Kepala "
        "desa menyebut para korban sempat menyumbat lubang tabung dengan tusuk bambu sebelum "
        "api membesar. Polisi memeriksa tabung, selang dan regulator untuk memastikan "
        "penyebabnya, sementara warga diimbau berhati-hati memasang tabung gas di rumah."
    )
    assert_no_signal_unless(
        story, indonesia, "Polisi memeriksa", "Warga mengamuk dan merusak pangkalan gas itu."
    )


def test_what_the_press_reported_is_no_complaint_lodged(indonesia: Gazetteer) -> None:
    story = (
        "Kesurupan Massal, Sekolah di Kelantan Ditutup\n\nSebuah sekolah dasar di negara "
        "bagian Kelantan, Malaysia, ditutup setelah puluhan murid dan guru mengalami "
        "kesurupan massal sejak pekan lalu. Dilaporkan The Star, para korban mengaku melihat "
        "bayangan hitam sebelum menjerit dan tidak sadarkan diri di kelas dan di kantin. "
        "Kepala sekolah menyebut lima puluh murid dan sebelas guru sempat terserang "
        "histeria. Sekolah sempat dibuka kembali setelah pemuka agama diundang membacakan "
        "doa, namun beberapa murid kembali menjerit pada hari berikutnya. Otoritas "
        "pendidikan setempat memutuskan meliburkan sekolah selama sepekan sambil menunggu "
        "keadaan tenang."
    )
    assert_no_signal_unless(
        story, indonesia, "Otoritas", "Kepala sekolah dilaporkan ke dinas oleh orang tua murid."
    )


def test_counterfeit_notes_passed_at_a_stall_are_no_conflict(indonesia: Gazetteer) -> None:
    story = (
        "Belanja Pakai Uang Palsu, Pria di Serang Ditangkap\n\nSeorang pria ditangkap polisi "
        "setelah membayar belanjaan dengan uang palsu pecahan Rp100.000 di Pasar Ciruas, "
        "Kabupaten Serang. Pedagang curiga karena warna dan tekstur uang itu berbeda, lalu "
        "melapor kepada petugas yang sedang berpatroli. Saat digeledah, polisi menemukan "
        "puluhan lembar upal lain di dompet dan di rumah kontrakan pelaku. Kapolres "
        "menyebut uang itu dibeli dari seseorang di Tangerang dan kasusnya masih "
        "dikembangkan. Tersangka dijerat Undang-Undang Mata Uang dengan ancaman penjara "
        "paling lama sepuluh tahun. Warga diimbau memeriksa uang dengan cara dilihat, "
        "diraba dan diterawang."
    )
    assert_no_signal_unless(
        story, indonesia, "Kapolres menyebut", "Pelaku sempat dikeroyok pedagang pasar."
    )


def test_savers_swindled_by_a_fake_investment_are_no_conflict(indonesia: Gazetteer) -> None:
    story = (
        "Polisi Tetapkan 22 Tersangka Penipuan Investasi, Kerugian Rp1,5 Triliun\n\nPolisi "
        "menetapkan 22 orang sebagai tersangka penipuan investasi yang merugikan ribuan "
        "nasabah di Depok. Kerugian para korban ditaksir mencapai Rp1,52 triliun. Menurut "
        "Kabid Humas, kerugian para korban bisa dikembalikan setelah semua aset yang disita "
        "penyidik diputus pengadilan. Total korban dalam kasus ini sebanyak 5.469 orang, dan "
        "32 di antaranya melaporkan para tersangka ke posko pengaduan. Barang bukti yang "
        "disita antara lain 28 mobil mewah, 20 sepeda motor dan 12 sertifikat hak milik. "
        "Korban juga bisa menempuh jalur perdata untuk mendapatkan dananya kembali."
    )
    assert_no_signal_unless(
        story, indonesia, "Barang bukti", "Rumah tersangka sempat diamuk massa korban."
    )


def test_hoarders_of_subsidised_fuel_caught_unresisting_are_no_conflict(
    indonesia: Gazetteer,
) -> None:
    story = (
        "Diduga Timbun 800 Liter BBM, Sembilan Orang Ditangkap di Purwakarta\n\nPolsek "
        "Cibatu membekuk sembilan pelaku penimbunan bahan bakar minyak yang tertangkap "
        "tangan membeli premium dan solar dengan jeriken di dua SPBU, tanpa ada perlawanan. "
        "Polisi menyita 800 liter BBM, 20 jeriken dan enam sepeda motor. Para pembeli tidak "
        "dapat menunjukkan surat izin membeli BBM dengan jeriken, yang harus disertai "
        "rekomendasi pemerintah desa hingga kabupaten. Kapolsek menyebut BBM itu diduga "
        "akan dijual ke industri. Kesembilan orang itu masih diperiksa untuk memastikan "
        "apakah BBM tersebut untuk daerah yang jauh dari SPBU atau untuk dijual kembali."
    )
    assert_no_signal_unless(
        story, indonesia, "Kapolsek menyebut", "Salah seorang pelaku sempat melawan petugas."
    )


class PollsGuessingModel(GuessingModel):
    """A model that takes any talk of polling stations for unrest at one, and an act."""

    def predict(
        self, text: str, reading: str | None = None
    ) -> tuple[dict[str, float], dict[str, float]]:
        return {"polling_station_unrest": 0.4}, {"incident": 0.8, "none": 0.05}


def test_polling_stations_set_up_in_prisons_are_the_election_bodies_routine(
    indonesia: Gazetteer,
) -> None:
    story = (
        "KPU Tetapkan 56 TPS di Lapas dan Rutan Jakarta\n\nSebanyak 14.762 warga "
        "binaan pemasyarakatan tersebar di delapan lapas, rutan dan LPKA di Jakarta. Pada "
        "Pemilu 2024 dibutuhkan 58 unit TPS untuk mereka, namun KPU DKI Jakarta sudah "
        "menetapkan 56 TPS. Lapas Cipinang dengan 2.736 pemilih disediakan 12 TPS, Lapas "
        "Salemba tujuh TPS, Lapas Narkotika 11 TPS, dan Lapas Perempuan satu TPS karena "
        "lokasinya aman serta memiliki aula dan lapangan. Rutan Cipinang mendapat sepuluh TPS, "
        "Rutan Pondok Bambu dua TPS dan LPKA satu TPS. Kesempatan itu harus digunakan "
        "semaksimal mungkin, karena penetapannya sudah dari KPU pusat."
    )
    guessing = PollsGuessingModel()
    assert read_story(story, indonesia, model=guessing).kind == "none"
    disturbed = story.replace(
        "Kesempatan itu", "Penghitungan suara di Rutan Salemba sempat ricuh. Kesempatan itu"
    )
    assert read_story(disturbed, indonesia, model=guessing).kind == "incident"


def test_a_raid_on_sex_sold_in_a_hotel_is_vice_not_a_conflict(indonesia: Gazetteer) -> None:
    story = (
        "Polisi Gerebek Prostitusi Online di Hotel Jalan Pahlawan Madiun\n\nSatuan Reskrim "
        "Polres Madiun Kota menggerebek praktik prostitusi daring di sebuah hotel di Jalan "
        "Pahlawan saat pemesan dan wanita penjual jasa sedang berkencan. Polisi mengamankan "
        "satu muncikari berinisial AR dan tiga perempuan yang ditawarkan lewat akun Facebook "
        "sang muncikari. Tarifnya mencapai satu juta rupiah per jam, dibagi antara muncikari "
        "dan perempuan itu. Setelah pemeriksaan, polisi menangkap satu muncikari lain. Kedua "
        "muncikari kini berstatus tersangka, sedangkan para perempuan itu diperiksa sebagai "
        "saksi korban dalam perkara tersebut."
    )
    assert_no_signal_unless(
        story, indonesia, "Setelah pemeriksaan", "Muncikari itu sempat melawan petugas."
    )


def test_a_levy_caught_in_a_sting_is_a_graft_case_not_a_conflict(indonesia: Gazetteer) -> None:
    story = (
        "Saber Pungli Tangkap Tangan Dua Honorer Dinas Perhubungan\n\nTim Sapu Bersih "
        "Pungutan Liar Polres Kutai Kartanegara melakukan operasi tangkap tangan terhadap dua "
        "oknum pegawai honorer Dinas Perhubungan. Kedua oknum itu ditangkap saat meminta uang "
        "parkir tanpa disertai karcis kepada pengendara yang akan ke Pulau Kumala, Tenggarong, "
        "Sabtu siang. Petugas menyita barang bukti uang Rp76 ribu dan karcis parkir yang sudah "
        "terpakai dari laci meja keduanya. Diduga, aksi kedua oknum tersebut sudah berlangsung "
        "lama. Keduanya masih menjalani pemeriksaan intensif untuk pengembangan penyidikan, "
        "dan dijerat undang-undang pemberantasan tindak pidana korupsi."
    )
    reading = read_story(story, indonesia)
    assert (reading.kind, reading.categories) == ("none", [])


def test_a_truck_of_illegally_felled_timber_stopped_is_no_conflict(
    indonesia: Gazetteer,
) -> None:
    story = (
        "Polisi Amankan Truk Muat Kayu Hasil Pembalakan Liar di Alas Purwo\n\nPolisi bersama "
        "petugas taman nasional mengamankan satu truk bermuatan 31 batang kayu sonokeling "
        "yang diduga hasil pembalakan liar di kawasan hutan lindung. Truk itu dihentikan "
        "saat patroli di jalan masuk Desa Kendalrejo, Kecamatan Tegaldlimo, Banyuwangi. "
        "Sopirnya tidak dapat menunjukkan surat izin angkut kayu, lalu dibawa bersama "
        "truknya ke Mapolsek untuk diproses. Polisi juga menyita telepon genggam dan surat "
        "kendaraan. Sopir itu terancam pidana berdasarkan undang-undang pencegahan dan "
        "pemberantasan perusakan hutan dengan ancaman penjara hingga lima tahun."
    )
    assert_no_signal_unless(
        story, indonesia, "Polisi juga", "Warga sempat mengamuk dan membakar truk itu."
    )


def test_a_foreign_boat_caught_poaching_is_no_conflict(indonesia: Gazetteer) -> None:
    story = (
        "Curi Ikan di Laut Natuna, Kapal Berbendera Vietnam Ditangkap\n\nKapal patroli "
        "Bakamla menangkap sebuah kapal ikan asing berbendera Vietnam di perairan Natuna "
        "Utara, Kabupaten Natuna, Kepulauan Riau, Minggu. Kapal itu mencoba kabur ke arah "
        "perbatasan saat didekati, namun berhasil dihentikan oleh tim pemeriksa. Di "
        "dalamnya ditemukan sekitar 300 kilogram ikan campur tanpa dokumen perizinan dari "
        "pemerintah Indonesia. Enam anak buah kapal berkebangsaan Vietnam ikut diamankan "
        "dan akan diperiksa penyidik perikanan. Kapal beserta awaknya kemudian dikawal "
        "menuju pangkalan pengawasan sumber daya kelautan dan perikanan untuk proses hukum "
        "lebih lanjut sesuai undang-undang perikanan."
    )
    assert_no_signal_unless(
        story,
        indonesia,
        "Enam anak",
        "Nelayan setempat yang marah mengeroyok dua awak kapal itu hingga terluka.",
    )


def test_smugglers_of_lobster_seed_or_of_migrant_workers_caught_are_no_conflict(
    indonesia: Gazetteer,
) -> None:
    lobster = (
        "Penyelundupan 3.656 Benur ke Singapura Digagalkan di Bandara Juanda\n\nPetugas "
        "pengamanan bandara menggagalkan pengiriman ribuan benih lobster ke Singapura. "
        "Seorang pria ditangkap karena kedapatan membawa koper berisi 14 kantong plastik "
        "benur jenis pasir dan mutiara. Ia sempat mencoba pergi saat ditanya petugas, lalu "
        "dikejar dan diamankan di area keberangkatan. Kepada penyidik, ia mengaku hanya "
        "disuruh mengantar koper itu dengan imbalan lima juta rupiah. Benih lobster yang "
        "disita kemudian dilepasliarkan ke laut bersama petugas balai karantina ikan. "
        "Tersangka dijerat undang-undang perikanan dengan ancaman penjara hingga delapan "
        "tahun."
    )
    assert_no_signal_unless(
        lobster, indonesia, "Kepada penyidik", "Ia sempat melawan petugas dan kabur."
    )
    migrants = (
        "Polisi Gagalkan Penyelundupan Dua Pekerja Migran Ilegal di Dumai\n\nKapal polisi "
        "menggagalkan penyelundupan dua pekerja migran ilegal yang akan diberangkatkan ke "
        "Malaysia lewat jalur perairan di Kecamatan Dumai Barat, Sabtu dini hari. Seorang "
        "pengemudi berusia 27 tahun ditangkap saat petugas menggeruduk speedboat yang "
        "menunggu di dermaga. Kedua calon pekerja migran itu dijanjikan gaji besar dengan "
        "iming-iming pekerjaan di perkebunan. Petugas menyita mobil, beberapa ponsel, uang "
        "tunai dan bukti transfer. Tersangka dijerat undang-undang tindak pidana "
        "perdagangan orang dan undang-undang keimigrasian."
    )
    reading = read_story(migrants, indonesia)
    assert (reading.kind, reading.categories) == ("none", [])


def test_a_dealer_arrested_on_worried_neighbours_report_is_no_brawl(indonesia: Gazetteer) -> None:
    story = (
        "Polres Serang Tangkap Pengedar Sabu di Kota Serang\n\nSatuan Reserse Narkoba Polres "
        "Serang menangkap seorang pengedar sabu di sebuah rumah di Kelurahan Serang pada Rabu "
        "sore. Penangkapan bermula dari laporan masyarakat yang resah terhadap peredaran "
        "narkoba di lingkungannya. Petugas menyita 15 paket sabu, timbangan digital dan "
        "telepon genggam dari tersangka, yang kini ditahan di Mapolres Serang. Kasat Narkoba "
        "menyebut tersangka mendapat barang dari seorang bandar yang masih diburu, dan polisi "
        "terus mengembangkan kasus ini untuk mengungkap jaringannya. Tersangka dijerat "
        "Undang-Undang Narkotika dengan ancaman hukuman penjara hingga 12 tahun."
    )
    reading = read_story(story, indonesia)
    assert reading.kind == "none"
    assert reading.categories == []
    fought = story.replace(
        "Petugas menyita", "Tersangka sempat memukul petugas saat hendak ditangkap. Petugas menyita"
    )
    assert read_story(fought, indonesia).kind == "incident"


def test_a_rally_for_palestine_is_a_protest_not_a_tension_of_faiths_nor_the_war_s_dead(
    indonesia: Gazetteer,
) -> None:
    story = (
        "Puluhan ribu massa Aliansi Rakyat Bela Palestina mengikuti aksi demonstrasi di "
        "kawasan Patung Kuda, Jakarta Pusat, Minggu sore. Mereka mengecam serangan Israel ke "
        "Gaza yang telah menewaskan lebih dari 30.000 orang, dan menyerukan boikot produk pro "
        "Israel. Para ulama dan seniman bergantian berorasi, membaca puisi dan melantunkan "
        "nasyid. Polisi mengerahkan seribu personel untuk mengawal aksi damai itu, yang "
        "berakhir tertib menjelang magrib. Koordinator aksi menyatakan mereka akan terus "
        "bersuara sampai Palestina merdeka. Aksi serupa digelar di sejumlah kota lain pada "
        "hari yang sama dengan membawa bendera dan spanduk."
    )
    reading = read_story(story, indonesia)
    assert reading.kind == "incident"
    assert reading.categories == ["demonstration"]
    assert reading.severity == 2
    met = story.replace(
        "Polisi mengerahkan",
        "Massa sempat bentrok dengan kelompok ormas pro Israel di dekat lokasi. Polisi mengerahkan",
    )
    assert "sara_identity_religion" in read_story(met, indonesia).categories


def test_a_man_with_a_mental_illness_running_amok_is_violence_without_a_group(
    indonesia: Gazetteer,
) -> None:
    story = (
        "Seorang ODGJ mengamuk memukuli tiga warga yang sedang melintas di jalan raya desa di "
        "Kecamatan Panarukan, Situbondo. Puluhan warga akhirnya mengamankan pria berusia 45 "
        "tahun itu dan mengikat kaki serta tangannya karena terus meronta. Kepala desa "
        "menyebut pria itu enggan berobat dan sering melempari rumah warga. Satpol PP "
        "kabupaten sudah menjemputnya untuk diserahkan ke Dinas Sosial agar mendapat "
        "perawatan di rumah sakit jiwa, dan keluarganya sudah diberi tahu. Warga berharap "
        "pemerintah desa ikut menanggung biaya pengobatannya agar kejadian serupa tidak "
        "terulang lagi di kemudian hari di desa mereka."
    )
    reading = read_story(story, indonesia)
    assert reading.kind == "incident"
    assert reading.categories == ["criminal_violence"]


def test_a_forest_fire_the_firefighters_fight_is_no_conflict_unless_people_quarrel(
    indonesia: Gazetteer,
) -> None:
    story = (
        "Kebakaran hutan dan lahan (karhutla) terjadi di lereng Gunung Agung, Kecamatan "
        "Rendang, Kabupaten Karangasem. Kepala BPBD menyebut petugas dan relawan berupaya "
        "memutus rambatan api di lereng barat yang terjal. Dugaan sementara api muncul dari "
        "gesekan ranting pohon di tengah cuaca yang sangat panas. Titik api berjarak sekitar "
        "lima kilometer dari permukiman, sehingga warga dan pendaki masih aman. Wilayah itu "
        "termasuk daerah rawan karhutla setiap musim kemarau, dan pemilik lahan di sekitarnya "
        "masih dimintai keterangan oleh polisi. Bantuan personel dari BPBD provinsi sudah "
        "tiba dan bergerak ke lokasi pada sore harinya."
    )
    assert_no_signal_unless(
        story, indonesia, "Wilayah itu", "Warga sempat memprotes perusahaan yang membuka lahan."
    )


def test_parties_that_failed_verification_and_their_dispute_belong_to_its_stage(
    indonesia: Gazetteer,
) -> None:
    story = (
        "KPU kembali menyatakan lima partai politik calon peserta Pemilu 2024 tidak memenuhi "
        "syarat, meski sebelumnya kelimanya menang sengketa di Bawaslu. Keputusan itu tertuang "
        "dalam pengumuman tentang Rekapitulasi Hasil Verifikasi Administrasi Partai Politik "
        "pascaputusan Bawaslu. Kelima partai sempat diberi waktu 1x24 jam untuk memperbaiki "
        "dokumen melalui Sipol, tetapi tetap tidak lolos verifikasi. Salah satu ketua umum "
        "partai menyebut pihaknya menyiapkan langkah hukum lanjutan atas keputusan itu. "
        "Anggota KPU menyatakan pengumuman tersebut sudah disampaikan kepada partai-partai "
        "politik yang bersangkutan melalui sistem informasi partai."
    )
    reading = read_story(story, indonesia)
    assert reading.categories == ["election_result_dispute"]
    assert reading.election_stage == "party_verification"


def test_a_pollster_s_figures_are_no_conflict_however_close_the_gap(
    indonesia: Gazetteer,
) -> None:
    story = (
        "Survei: Elektabilitas Pejawat di Pagar Alam Masih Unggul\n\nSebuah lembaga survei "
        "merilis hasil survei pilkada Kota Pagar Alam pada Selasa. Pasangan calon pejawat unggul "
        "di angka 34,8 persen, disusul pasangan penantang sebesar 23,0 persen. Selisih perolehan "
        "keduanya 11,8 persen, angka yang menurut peneliti sulit dikejar kontestan lain karena "
        "hari pemilihan sudah dekat. Responden yang belum menentukan pilihan tinggal 6,1 persen. "
        "Survei dilakukan dengan metode multistage random sampling terhadap 400 responden dengan "
        "margin of error sekitar 4,9 persen pada tingkat kepercayaan 95 persen, pada pekan "
        "terakhir masa kampanye."
    )
    assert read_story(story, indonesia).kind == "none"


def test_a_pupil_bullied_and_kicked_by_classmates_is_violent_crime(indonesia: Gazetteer) -> None:
    story = (
        "Video aksi perundungan di sebuah SMP di Kecamatan Babelan beredar di media sosial. "
        "Dalam video itu seorang siswa yang duduk di kursi kelasnya dipaksa memakai helm, "
        "lalu kepalanya ditendang berkali-kali oleh teman sekelasnya hingga terjatuh ke "
        "lantai. Kepala sekolah membenarkan siswanya dibully dan menyatakan pelaku diberi "
        "sanksi belajar daring sementara. Orang tua korban memilih melapor ke polisi, dan "
        "pelaku sudah dimintai keterangan di polsek bersama orang tuanya, didampingi guru "
        "bimbingan konseling sekolah itu. Dinas pendidikan kabupaten berjanji memperketat "
        "pengawasan di sekolah agar kejadian serupa tidak terulang."
    )
    reading = read_story(story, indonesia)
    assert reading.kind == "incident"
    assert reading.categories == ["criminal_violence"]


def test_a_quake_s_damage_reported_is_no_conflict_unless_aid_is_fought_over(
    indonesia: Gazetteer,
) -> None:
    story = (
        "Gempa di Sukabumi, 233 Rumah Dilaporkan Rusak hingga Warga Mengungsi\n\nGempa "
        "berkekuatan magnitudo 5,0 mengguncang wilayah Sukabumi pada Selasa sore. Hingga Rabu "
        "dilaporkan 233 rumah di Desa Purwabakti, Kecamatan Pamijahan, Kabupaten Bogor rusak. "
        "Sekretaris desa menyebut 33 rumah rusak berat dan hampir 200 rusak ringan dan sedang, "
        "dan data itu masih sementara. Sebanyak 29 kepala keluarga mengungsi ke tenda darurat "
        "dan rumah saudara. BMKG memastikan gempa tidak berpotensi tsunami dan mencatat "
        "beberapa gempa susulan berkekuatan kecil. BPBD kabupaten sudah mengirim terpal, "
        "selimut dan makanan siap saji ke desa itu."
    )
    assert_no_signal_unless(
        story,
        indonesia,
        "BMKG memastikan",
        "Warga memprotes pembagian bantuan yang dinilai tidak merata.",
    )


def test_a_lineman_electrocuted_on_a_pole_is_no_conflict(indonesia: Gazetteer) -> None:
    story = (
        "Seorang petugas PLN tewas tersengat listrik saat memasang saluran panel di tiang "
        "listrik di Kelurahan Pondok Pinang, Kebayoran Lama. Rekan korban berteriak minta "
        "tolong setelah melihatnya tergantung di kabel di atas tiang listrik. Kapolsek "
        "menyebut peristiwa itu murni kecelakaan kerja dan tidak ditemukan unsur kesengajaan. "
        "Keluarga korban menolak untuk dilakukan visum dan meminta jenazah langsung dibawa ke "
        "kampung halamannya untuk dimakamkan. Polisi masih meminta keterangan rekan kerja "
        "korban yang berada di lokasi. Petugas PLN lain kemudian memadamkan aliran listrik di "
        "ruas jalan itu selama evakuasi berlangsung."
    )
    assert read_story(story, indonesia).kind == "none"


def test_protests_against_a_bill_revising_the_pilkada_law_are_no_election_dispute(
    indonesia: Gazetteer,
) -> None:
    story = (
        "Ribuan mahasiswa dan buruh berunjuk rasa di depan gedung DPR, Jakarta, menolak RUU "
        "Pilkada. Mereka menuntut DPR mematuhi putusan MK tentang ambang batas pencalonan "
        "kepala daerah, dan menyebut DPR bermanuver mengabaikan putusan MK itu. Sebagian "
        "massa membakar ban dan melempar botol ke halaman gedung, dan pagar belakang sempat "
        "dijebol. Rapat paripurna yang hendak mengesahkan revisi UU Pilkada "
        "akhirnya ditunda karena tidak memenuhi kuorum. Polisi mengimbau massa melanjutkan "
        "aksi dengan tertib. Aksi serupa digelar mahasiswa di depan gedung DPRD di sejumlah "
        "kota pada hari yang sama, dari siang hingga malam."
    )
    reading = read_story(story, indonesia)
    assert reading.categories == ["demonstration"]
    assert reading.election_stage == "candidate_registration"


def test_a_volcano_raised_to_alert_and_its_evacuation_are_no_conflict(
    indonesia: Gazetteer,
) -> None:
    story = (
        "PVMBG menaikkan status Gunung Semeru dari siaga menjadi awas pada Minggu siang setelah "
        "erupsi disertai awan panas yang meluncur sejauh tujuh kilometer. Warga yang tinggal di "
        "kawasan rawan bencana diminta segera mengungsi ke tempat yang aman, dan petugas BPBD "
        "menyiapkan posko pengungsian di balai desa. Sebanyak 16 warga sempat menolak "
        "dievakuasi dan memilih bertahan menjaga ternak mereka. Masyarakat diimbau tidak "
        "beraktivitas dalam radius 13 kilometer dari puncak karena ancaman lahar hujan. "
        "Bantuan logistik berupa makanan, selimut dan masker mulai disalurkan ke posko-posko "
        "pengungsian sejak sore."
    )
    assert read_story(story, indonesia).kind == "none"


def test_a_house_a_forgotten_candle_burnt_is_no_conflict(indonesia: Gazetteer) -> None:
    story = (
        "Lupa Matikan Lilin, Rumah Janda di Wangon Ludes Terbakar\n\nRumah seorang janda di Desa "
        "Klapagading Kulon, Kecamatan Wangon, ludes terbakar pada Rabu malam. Kebakaran berawal "
        "dari lilin yang dinyalakan karena listrik padam dan ditinggal di atas lemari plastik. "
        "Warga yang melihat asap berteriak minta tolong dan mencoba memadamkan api dengan alat "
        "seadanya sebelum petugas pemadam kebakaran datang. Seorang tetangga mengalami luka robek "
        "di tangan saat membantu memadamkan api. Kerugian ditaksir mencapai Rp 48 juta, dan "
        "korban kini mengungsi ke rumah kerabatnya sambil menunggu bantuan dari "
        "pemerintah desa."
    )
    assert read_story(story, indonesia).kind == "none"


def test_a_rider_a_falling_tree_killed_is_no_conflict(indonesia: Gazetteer) -> None:
    story = (
        "Pemotor Tewas Tertimpa Pohon Tumbang di Jalan Raya Kediri\n\nSeorang pengendara sepeda "
        "motor tewas setelah tertimpa pohon tumbang di Desa Sumberejo, Kecamatan Ngasem, "
        "Kabupaten Kediri, Selasa sore. Hujan deras disertai angin kencang membuat pohon asam "
        "berdiameter 60 sentimeter di tepi jalan roboh tepat saat korban melintas. Korban "
        "terjatuh dan meninggal dunia di lokasi kejadian, sementara pembonceng mengalami luka "
        "ringan. Warga bersama petugas BPBD memotong batang pohon agar lalu lintas kembali "
        "lancar, dan polisi meminta pengendara berhati-hati saat cuaca buruk karena banyak pohon "
        "tua di sepanjang jalur tersebut."
    )
    assert read_story(story, indonesia).kind == "none"


def test_villagers_a_rabid_dog_bit_are_no_conflict(indonesia: Gazetteer) -> None:
    story = (
        "Tiga Warga Digigit Anjing Rabies, Satu Meninggal Dunia\n\nTiga warga Desa Pangkung "
        "Tibah, Kecamatan Kediri, Kabupaten Tabanan, digigit anjing liar yang kemudian "
        "dinyatakan positif rabies. Seorang korban berusia 60 tahun meninggal dunia di rumah "
        "sakit setelah sempat mengeluh demam dan takut air. Anjing itu sebelumnya berkelahi "
        "dengan anjing lain di sekitar pasar lalu menyerang warga yang lewat. Petugas kesehatan "
        "hewan dinas pertanian turun ke desa, memvaksin puluhan anjing peliharaan warga dan "
        "mengeliminasi anjing liar, sementara puskesmas memberikan vaksin anti rabies kepada "
        "dua korban yang selamat."
    )
    assert read_story(story, indonesia).kind == "none"


def test_village_heads_elected_told_vote_by_vote_are_no_conflict(indonesia: Gazetteer) -> None:
    story = (
        "Pilkel Serentak di Gianyar, Dua Petahana Kalah\n\nPemilihan perbekel serentak di enam "
        "desa di Kabupaten Gianyar digelar Minggu kemarin di 48 TPS. Di Desa Bedulu, perbekel "
        "petahana hanya meraih 812 suara dan dikalahkan pendatang baru yang memperoleh 1.430 "
        "suara. Di Desa Pejeng Kawan, petahana juga tumbang dengan 655 suara, sedangkan "
        "pesaingnya meraih 1.102 suara. Empat petahana lain bertahan, salah satunya Perbekel "
        "Mas yang unggul dengan 2.960 suara. Dinas Pemberdayaan Masyarakat Desa menyebut hasil "
        "itu masih hitungan sementara sebelum pleno panitia di tiap desa, dan calon yang "
        "keberatan diberi waktu tiga hari."
    )
    assert read_story(story, indonesia).kind == "none"


def test_a_window_for_objections_closed_with_none_filed_disputes_nothing(
    indonesia: Gazetteer,
) -> None:
    story = (
        "Pilkel di Sembilan Desa Jembrana Nihil Gugatan\n\nPemilihan perbekel di sembilan desa "
        "di Kabupaten Jembrana yang berlangsung pekan lalu tidak diikuti adanya gugatan. Dinas "
        "Pemberdayaan Masyarakat Desa tidak menerima gugatan selama tiga hari masa pengajuan "
        'keberatan. "Astungkara tidak ada gugatan, semuanya berjalan lancar," kata kepala '
        "dinas. Perbekel terpilih kini melengkapi dokumen untuk ditetapkan oleh Badan "
        "Permusyawaratan Desa dan dilantik bupati bulan depan, sementara panitia menyusun "
        "laporan pertanggungjawaban anggaran pemilihan untuk diserahkan ke kabupaten "
        "sebelum akhir bulan depan nanti."
    )
    reading = read_story(story, indonesia)
    assert reading.kind == "none"
    assert "election_result_dispute" not in reading.categories


def test_a_cockfight_its_worried_neighbours_reported_is_no_conflict(
    indonesia: Gazetteer,
) -> None:
    story = (
        "Polisi Bubarkan Arena Judi Sabung Ayam di Sawan\n\nPolisi membubarkan arena judi sabung "
        "ayam di Desa Suwug, Kecamatan Sawan, Kabupaten Buleleng, dan mengamankan seorang "
        'bandar. "Kami sudah lama menerima laporan warga karena arena judi itu meresahkan," '
        "kata Kasat Reskrim. Arena itu digelar dari pagi sampai sore di tegalan milik warga. "
        "Petugas menyita taji, dua ekor ayam aduan, benang pengikat dan uang taruhan Rp 700 ribu, "
        "sementara para penjudi lain sempat kabur ke kebun. Bandar itu kini ditetapkan sebagai "
        "tersangka dan dijerat pasal perjudian dengan ancaman hukuman sepuluh tahun penjara."
        " Polisi mengimbau warga melapor."
    )
    assert read_story(story, indonesia).kind == "none"


def test_an_overseer_s_reprimand_answers_a_breach_found(indonesia: Gazetteer) -> None:
    story = (
        "Kampanye di Tabanan Diduga Langgar Aturan, Bawaslu Beri Teguran\n\nBawaslu Tabanan "
        "memberi teguran kepada panitia kampanye terbuka salah satu pasangan calon bupati di "
        "Lapangan Alit Saputra lantaran ada dugaan pelanggaran: sejumlah anak di bawah umur "
        "mengenakan kaus bergambar pasangan calon. Panitia lalu meminta para orang tua melepas "
        "kaus itu. Bawaslu mengimbau tim kampanye agar tidak mengulanginya dan jangan sampai "
        "ada anak yang memakai atribut partai di kampanye berikutnya, karena pelibatan anak "
        "dilarang undang-undang dan dapat berujung sanksi bagi pelaksana kampanye. "
        "Tim kampanye menyatakan siap memperbaikinya."
    )
    reading = read_story(story, indonesia)
    assert (reading.kind, reading.categories) == ("incident", ["election_campaign_violation"])


def test_parents_bringing_their_children_call_nobody_to_act(indonesia: Gazetteer) -> None:
    story = (
        "Anak-anak Ikut Kampanye Terbuka di Negara\n\nPengawas pemilu menemukan belasan anak "
        "di bawah umur mengenakan kaus bergambar pasangan calon saat kampanye terbuka di "
        "Lapangan Pecangakan, Kecamatan Negara, Kabupaten Jembrana. Orang tua yang mengajak "
        "anaknya diminta melepas kaus itu, dan panitia mengumumkan agar anak-anak tidak "
        "dilibatkan. Pengawas mencatat temuan itu dalam laporan hasil pengawasan untuk dibahas "
        "dalam rapat pleno. Tim kampanye menyatakan akan mematuhi aturan dan mengingatkan "
        "relawan di setiap desa agar peserta kampanye tidak membawa anak-anak. Kampanye itu "
        "dihadiri sekitar dua ribu orang."
    )
    assert read_story(story, indonesia).kind == "incident"


def test_village_heads_pressed_to_deliver_votes_are_office_leaned_on() -> None:
    pressed = category_evidence(
        "Jelang Pilpres, sejumlah kepala desa mengaku ditekan untuk memilih pasangan nomor 2."
    )
    assert pressed["asn_neutrality"] >= CATEGORY_THRESHOLD


def test_a_queue_crushed_at_a_cheap_cooking_oil_sale_is_no_conflict(
    indonesia: Gazetteer,
) -> None:
    story = (
        "Operasi Pasar Minyak Goreng di Jember Dihentikan, Seorang Warga Meninggal\n\nPetugas "
        "menghentikan operasi pasar minyak goreng murah di GOR Kaliwates, Kabupaten Jember, "
        "karena antrean membludak dan kondisi tidak kondusif. Seorang ibu meninggal dunia "
        "setelah jatuh saat mengantre sejak pagi. Kapolres membenarkan peristiwa itu dan "
        "mengatakan pihaknya telah berkoordinasi dengan dinas perdagangan agar tidak terjadi "
        "kerumunan lagi. Apabila ada warga yang datang bukan pada jadwal RT-nya, maka tidak "
        "akan dilayani, katanya. Operasi pasar akan dilanjutkan pekan depan dengan sistem "
        "kupon yang dibagikan lewat ketua RT."
    )
    assert read_story(story, indonesia).kind == "none"


def test_an_offender_brought_before_the_custom_s_court_is_a_customary_matter() -> None:
    tried = category_evidence("Pria itu kemudian disidang adat oleh warga desa lalu dilaporkan.")
    assert tried["adat_customary_dispute"] >= CATEGORY_THRESHOLD


def test_an_illegal_oil_well_on_fire_its_owner_held_is_no_conflict(
    indonesia: Gazetteer,
) -> None:
    story = (
        "Sumur Minyak Ilegal di Bajubang Kembali Terbakar, Dua Pekerja Tewas\n\nSumur minyak "
        "ilegal di Desa Pompa Air, Kecamatan Bajubang, Kabupaten Batanghari, terbakar pada "
        "Sabtu sore dan menewaskan dua pekerja. Api diduga berasal dari percikan mesin "
        "penyedot yang menyambar bak penampungan minyak mentah. Warga sekitar memadamkan api "
        "dengan racun api dan tanah. Polisi menangkap pemilik sumur dan menetapkannya sebagai "
        "tersangka kelalaian yang menyebabkan orang meninggal, serta mengimbau warga berhenti "
        "mengebor tanpa izin karena berbahaya bagi keselamatan dan lingkungan sekitar. Sumur "
        "itu sudah tiga kali terbakar tahun ini."
    )
    assert read_story(story, indonesia).kind == "none"


def test_crude_wrung_from_a_spill_is_no_extortion() -> None:
    wrung = category_evidence("Para pekerja sedang melakukan pemerasan minyak di tepi sungai.")
    assert wrung.get("criminal_violence", 0.0) < CATEGORY_THRESHOLD


def test_a_child_the_river_swept_away_is_no_conflict(indonesia: Gazetteer) -> None:
    story = (
        "Seorang bocah di Kabupaten Ngawi dilaporkan hanyut sejak Minggu sore. Korban diduga "
        "hanyut di Sungai Kenteng, Desa Kedungputri, Kecamatan Paron, saat mandi bersama "
        "teman-temannya. Dari keterangan saksi, korban mengajak temannya ke tengah sungai "
        "yang lebih dalam, lalu korban terseret air. Temannya berusaha menolong namun "
        "gagal, kemudian lari pulang dan melapor ke orang tua korban. Warga bersama Polsek "
        "Paron langsung melakukan pencarian hingga malam, dan pagi ini pencarian dilanjutkan "
        "bersama Tim SAR BPBD Kabupaten Ngawi menyusuri aliran sungai hingga ke hilir. Keluarga "
        "berharap korban segera ditemukan."
    )
    assert read_story(story, indonesia).kind == "none"


def test_a_tsunami_s_toll_is_no_conflict(indonesia: Gazetteer) -> None:
    story = (
        "BPBD: Korban Tsunami di Pesisir Selatan Bertambah Jadi 12 Orang\n\nKorban meninggal "
        "akibat tsunami yang menerjang pesisir Kabupaten Pesisir Selatan bertambah menjadi 12 "
        "orang, 87 orang luka-luka dan tiga orang hilang. Ratusan rumah dan puluhan perahu "
        "nelayan rusak berat. Kepala BPBD mengatakan data itu dihimpun hingga Senin pagi dan "
        "masih bisa bertambah karena tim gabungan terus menyisir pantai. Ribuan warga "
        "mengungsi ke perbukitan dan masjid, sementara BMKG mengimbau warga menjauhi pantai "
        "karena gelombang tinggi masih mungkin terjadi dalam beberapa hari ke depan. Bantuan "
        "logistik mulai disalurkan ke posko pengungsian."
    )
    assert read_story(story, indonesia).kind == "none"


def test_a_python_caught_by_the_night_watch_is_no_conflict(indonesia: Gazetteer) -> None:
    story = (
        "Warga Sragen Tangkap Piton 5 Meter Saat Ronda\n\nSeekor ular piton sepanjang lima "
        "meter ditangkap warga Dusun Ngrejo, Desa Gesi, Kecamatan Gesi, Sragen, Sabtu dini "
        "hari. Ular itu kepergok warga yang sedang ronda malam untuk mengantisipasi pencurian "
        "di kampung. Warga menduga piton itu yang selama ini memangsa ayam dan bebek mereka. "
        "Lima orang warga menjerat kepala ular dengan tali lalu memasukkannya ke dalam karung. "
        "Kepala desa mengatakan ular itu akan diserahkan kepada komunitas pecinta reptil agar "
        "dilepas di hutan yang jauh dari permukiman, dan warga diminta tetap berhati-hati saat "
        "ke sawah malam hari."
    )
    assert read_story(story, indonesia).kind == "none"


def test_a_cobra_caught_by_the_fire_brigade_is_no_conflict(indonesia: Gazetteer) -> None:
    story = (
        "Ular kobra sepanjang 1,2 meter muncul di saluran air sebuah rumah di permukiman padat "
        'penduduk. "Kami dapat laporan dari warga yang takut karena ada ular kobra di saluran '
        'air rumahnya," kata kepala bidang pemadam kebakaran kota itu. Petugas datang membawa '
        "grab stick dan alat pelindung diri. Ketika akan ditangkap oleh petugas, ular itu "
        "berusaha melawan dengan bersembunyi di saluran air, tetapi akhirnya berhasil "
        "dievakuasi ke markas damkar. Petugas menduga ular itu berasal dari semak-semak di "
        "sekitar rumah. Ia mengimbau warga tidak menumpuk barang bekas yang bisa menjadi sarang"
        " ular. Ular itu kemudian dilepas di hutan yang jauh dari permukiman warga."
    )
    assert_no_signal_unless(
        story,
        indonesia,
        "Ia mengimbau",
        "Puluhan warga berunjuk rasa di kantor kelurahan menuntut lahan kosong dibersihkan.",
    )


def test_a_furnace_that_blew_up_at_work_is_no_conflict(indonesia: Gazetteer) -> None:
    story = (
        "Tungku Pabrik Baja PT Sinar Logam di Cilegon Meledak, Empat Pekerja Tewas\n\nTungku "
        "peleburan milik PT Sinar Logam di Kota Cilegon meledak pada Senin pagi saat pekerja "
        "memperbaiki dinding tungku. Empat pekerja tewas dan sebelas lainnya luka bakar. "
        "Beberapa tabung oksigen untuk pengelasan di sekitar lokasi ikut meledak sehingga api "
        "membesar. Humas perusahaan mengatakan penyebabnya diduga cairan logam yang masih "
        "tersisa di dasar tungku. Polisi memasang garis polisi dan memeriksa lima saksi, "
        "sementara dinas tenaga kerja memeriksa penerapan keselamatan kerja di pabrik itu. "
        "Jenazah para korban sudah diserahkan kepada keluarga."
    )
    assert read_story(story, indonesia).kind == "none"


def test_workers_storming_the_regent_s_office_over_wages_protest(indonesia: Gazetteer) -> None:
    story = (
        "Minta Upah Naik, Massa Buruh Geruduk Kantor Bupati Kendal\n\nMassa buruh "
        "mendatangi kantor Bupati Kendal pada Kamis siang. Mereka meminta bupati mengusulkan "
        "kenaikan upah minimum kabupaten tahun depan sebesar delapan persen kepada gubernur, "
        "karena kenaikan yang dibahas dewan pengupahan dinilai terlalu kecil untuk kebutuhan "
        "hidup. Koordinator serikat pekerja mengatakan harga kebutuhan pokok naik lebih cepat "
        "daripada upah. Para buruh membawa spanduk dan poster berisi permintaan mereka, dijaga "
        "aparat kepolisian dan Satpol PP. Perwakilan pemerintah kabupaten menemui mereka dan "
        "berjanji meneruskan usulan itu. Menjelang sore massa membubarkan diri dengan tertib."
    )
    stormed = read_story(story, indonesia)
    assert stormed.kind == "incident"
    assert stormed.categories == ["demonstration"]


def test_fishers_caught_blasting_fish_are_no_terror_and_no_conflict(indonesia: Gazetteer) -> None:
    story = (
        "Polair Amankan Empat Nelayan di Perairan Pulau Kapoposang\n\nSatpolairud Polres "
        "Pangkajene dan Kepulauan menangkap empat nelayan di perairan Pulau Kapoposang pada "
        "Selasa dini hari. Petugas yang berpatroli menemukan mereka sedang menangkap ikan di "
        "sekitar terumbu karang menggunakan bahan peledak rakitan dari botol dan pupuk. Dari "
        "atas perahu petugas menyita 15 botol bom, detonator, kompresor dan 80 kilogram ikan "
        "hasil tangkapan. Kasat Polairud mengatakan keempatnya sudah ditetapkan sebagai "
        "tersangka dan dijerat undang-undang perikanan serta undang-undang darurat tentang "
        "bahan peledak, dengan ancaman hukuman di atas lima tahun penjara."
    )
    assert "terrorism_radicalism" not in read_story(story, indonesia).categories
    assert_no_signal_unless(
        story,
        indonesia,
        "Kasat Polairud",
        "Esok harinya ratusan nelayan tradisional berunjuk rasa di kantor bupati menuntut "
        "patroli diperketat.",
    )


def test_a_protest_the_police_kept_in_order_is_no_routine_deployment(
    indonesia: Gazetteer,
) -> None:
    story = (
        "Ribuan pengemudi ojek online berunjuk rasa di depan kantor Gubernur Sumatera Utara "
        "di Medan pada Senin. Mereka menolak aturan tarif baru yang dinilai merugikan "
        "pengemudi. Sebagian massa sempat bersitegang dengan pengemudi yang tetap menerima "
        "penumpang saat melintas, dan beberapa pengunjuk rasa memukul kap mobilnya. Petugas "
        "kepolisian membantu mengamankan kendaraan yang melintas dan mengalihkan arus lalu "
        "lintas ke jalan lain. Perwakilan pengemudi kemudian diterima pejabat pemerintah "
        "provinsi untuk menyampaikan tuntutan mereka, dan massa membubarkan diri menjelang "
        "sore setelah dijanjikan aturan itu akan dikaji ulang."
    )
    policed = read_story(story, indonesia)
    assert policed.kind == "incident"
    assert policed.categories == ["demonstration"]


def test_a_tps_spelt_out_as_a_trash_depot_is_no_polling_station(indonesia: Gazetteer) -> None:
    message = (
        "Sampah di Tempat Pembuangan Sampah Sementara (TPS) Pasar Baru menumpuk seminggu, "
        "warga menghadang truk sampah di TPS dan minta dinas segera mengangkutnya."
    )
    depot = analyze(message, gazetteer=indonesia)
    assert depot.categories == ["demonstration"]
    assert depot.election_stage is None
    assert not {"election", "target"} & set(depot.cues["flags"])


def test_an_outbreak_s_dead_are_no_conflict_s_casualties(indonesia: Gazetteer) -> None:
    story = (
        "Dua Bocah di Karangasem Meninggal Karena DBD\n\nDua anak di Kecamatan Abang "
        "meninggal dunia setelah terjangkit demam berdarah dengue dalam sepekan terakhir. "
        "Dinas Kesehatan mencatat 46 warga terjangkit DBD sejak Januari, terbanyak di tiga "
        "desa di pesisir timur. Petugas puskesmas melakukan fogging di lingkungan rumah "
        "korban dan memeriksa jentik nyamuk dari rumah ke rumah. Kepala dinas meminta warga "
        "menguras bak mandi, menutup tempat penampungan air dan segera membawa anggota "
        "keluarga yang demam tinggi ke puskesmas agar tidak terlambat ditangani. Sekolah "
        "juga diminta menggelar gerakan pemberantasan sarang nyamuk setiap Jumat pagi."
    )
    assert_no_signal_unless(
        story,
        indonesia,
        "Kepala dinas",
        "Puluhan warga berunjuk rasa di puskesmas karena fogging dinilai terlambat.",
    )


def test_a_morning_market_named_for_its_town_holds_no_village(indonesia: Gazetteer) -> None:
    story = (
        "Belasan Kios di Pasar Pagi Weleri Ludes Terbakar\n\nKebakaran melanda Pasar Pagi "
        "Weleri, Kabupaten Kendal, pada Sabtu malam. Api diduga berasal dari korsleting "
        "listrik di salah satu kios pakaian lalu merembet ke lapak penjual ikan dan makanan "
        "ringan. Sepuluh unit mobil pemadam kebakaran dikerahkan dan api baru padam dua jam "
        "kemudian. Para pedagang berusaha menyelamatkan barang dagangan mereka di Pasar Pagi "
        "Weleri, sementara arus lalu lintas di depan pasar tersendat. Tidak ada korban jiwa, "
        "tetapi kerugian pedagang ditaksir mencapai ratusan juta rupiah. Pengelola pasar "
        "akan mendata kios yang terbakar untuk relokasi sementara."
    )
    codes = [place["code"] for place in read_story(story, indonesia).places]
    assert not [code for code in codes if code.startswith("64.72")]


_WORKERS_THREATEN_MORE = (
    "Tuntut Pesangon, Buruh Pabrik Sepatu di Tangerang Mogok\n\nRatusan buruh PT Sinar "
    "Langkah di Kabupaten Tangerang menggelar aksi unjuk rasa di depan pabrik pada Rabu, "
    "menuntut pesangon 60 rekan mereka yang di-PHK dibayar penuh. Ketua serikat pekerja "
    "mengatakan mediasi di dinas tenaga kerja belum membuahkan hasil. Jika tuntutan tidak "
    "dipenuhi, mereka mengancam bakal melakukan aksi yang lebih besar bersama serikat "
    "pekerja lain dan akan mogok kerja sampai Jumat. Mereka juga mau membawa persoalan itu "
    "ke DPRD. Pihak perusahaan belum bisa dimintai keterangan hingga aksi itu bubar sore, "
    "dan polisi berjaga di gerbang."
)


def test_a_protest_held_whose_leaders_threaten_more_is_an_incident(indonesia: Gazetteer) -> None:
    held = read_story(_WORKERS_THREATEN_MORE, indonesia)
    assert held.kind == "incident"
    assert held.categories == ["demonstration"]
    planned = _WORKERS_THREATEN_MORE.replace("menggelar aksi", "akan menggelar aksi")
    assert read_story(planned, indonesia).kind == "threat"


def test_a_death_by_one_s_own_hand_is_no_conflict_unless_someone_killed(
    indonesia: Gazetteer,
) -> None:
    story = (
        "Warga Kecamatan Pamarican Ditemukan Tewas Gantung Diri\n\nSeorang pria berinisial "
        "AS (45), warga Kecamatan Pamarican, Kabupaten Ciamis, ditemukan tewas gantung diri "
        "di dapur rumahnya pada Selasa pagi. Korban pertama kali ditemukan oleh istrinya yang "
        "baru pulang dari pasar. Kapolsek Pamarican mengatakan tidak ditemukan tanda-tanda "
        "kekerasan pada tubuh korban, dan menurut keluarga korban sudah lama menderita sakit "
        "yang tidak kunjung sembuh. Keluarga menolak autopsi dan membuat surat pernyataan. "
        "Jenazah dimakamkan di pemakaman umum desa setempat siang harinya, diantar kerabat "
        "dan para tetangga korban."
    )
    assert_no_signal_unless(
        story,
        indonesia,
        "Keluarga menolak",
        "Polisi kemudian menyimpulkan korban dibunuh oleh orang yang dikenalnya.",
    )


def test_an_aircraft_down_in_the_hills_is_no_conflict(indonesia: Gazetteer) -> None:
    story = (
        "Tim SAR gabungan berhasil mengevakuasi korban jatuhnya helikopter milik sebuah "
        "maskapai perintis di Distrik Jila, Kabupaten Mimika, pada Kamis. Keempat korban, "
        "pilot, kru dan dua penumpang, ditemukan meninggal dunia di sekitar bangkai helikopter "
        "yang sudah hangus terbakar, lalu dibawa ke RSUD Timika. Helikopter itu hilang kontak "
        "sehari sebelumnya dalam penerbangan dari Ilaga karena cuaca buruk dan kabut tebal. "
        "Lokasi jatuhnya berada di lereng pegunungan yang sulit dijangkau. Komite Nasional "
        "Keselamatan Transportasi akan menyelidiki penyebab kecelakaan itu bersama pihak "
        "maskapai dan otoritas bandara."
    )
    assert read_story(story, indonesia).kind == "none"


def test_violence_in_a_household_is_violent_crime() -> None:
    dragged = category_evidence(
        "Aksi kekerasan dalam rumah tangga (KDRT) di Sambikerep viral: suami menyeret "
        "istrinya dari kamar ke teras hingga lecet."
    )
    assert dragged.get("criminal_violence", 0.0) >= CATEGORY_THRESHOLD


def test_a_protest_s_demand_to_stamp_out_thuggery_names_no_thug_s_act() -> None:
    demanded = category_evidence(
        "Ribuan sopir truk menolak aturan ODOL dan menuntut pemberantasan premanisme di "
        "jalan serta perlindungan dari aksi premanisme."
    )
    assert demanded.get("criminal_violence", 0.0) < CATEGORY_THRESHOLD
    extorted = category_evidence(
        "Aksi premanisme kembali terjadi: sopir truk dipalak preman, premanisme di jalan itu "
        "sudah berlangsung lama."
    )
    assert extorted.get("criminal_violence", 0.0) >= CATEGORY_THRESHOLD


def test_a_shop_held_up_at_gunpoint_is_violent_crime() -> None:
    held_up = category_evidence(
        "8 Kg Emas Digondol Perampok. Dua karyawan sempat ditodong dengan senjata, dan "
        "perampok meletupkan tujuh kali tembakan sebelum kabur."
    )
    assert held_up.get("criminal_violence", 0.0) >= CATEGORY_THRESHOLD


def test_a_child_abused_or_a_woman_raped_is_violent_crime() -> None:
    abused = category_evidence(
        "Seorang guru ngaji di Bangka Tengah mencabuli delapan murid TPA tempatnya mengajar."
    )
    assert abused.get("criminal_violence", 0.0) >= CATEGORY_THRESHOLD
    raped = category_evidence("Polisi menangkap pria yang diduga memperkosa seorang gadis.")
    assert raped.get("criminal_violence", 0.0) >= CATEGORY_THRESHOLD


def test_a_sacrificial_cow_running_amok_is_an_animal_s_case(indonesia: Gazetteer) -> None:
    story = (
        "Sapi Kurban yang Siap Disembelih Mengamuk, Tendang Warga\n\nSeekor sapi kurban yang "
        "siap disembelih tiba-tiba mengamuk di Kelurahan Cikalang, Kecamatan Tawang, Kota "
        "Tasikmalaya, Selasa. Sapi itu meronta-ronta hingga ikatannya lepas lalu menendang "
        "dua warga hingga terlempar ke dinding; keduanya hanya mengalami luka ringan. Warga "
        "memegangi tali panjang yang masih terikat di leher sapi dan perlahan berhasil "
        "menenangkannya. Sapi itu kemudian diikat kembali, dibaringkan dan disembelih di "
        "lokasi pemotongan. Panitia kurban menduga sapi itu stres melihat kerumunan warga "
        "yang menonton penyembelihan sejak pagi di halaman masjid."
    )
    assert read_story(story, indonesia).kind == "none"
    from siaga.analysis.pipeline import _AN_ANIMAL_S_CASE

    # A crowd's fury over a stolen cow is people's, not the animal's.
    mob = " sapi curian dikenali pemiliknya warga mengamuk menghajar pencurinya "
    assert _AN_ANIMAL_S_CASE.search(mob) is None


def test_a_school_roof_falling_on_its_pupils_is_no_conflict(indonesia: Gazetteer) -> None:
    story = (
        "Atap Gedung SMKN 1 Cileungsi Roboh, Puluhan Siswa Luka\n\nPuluhan siswa SMKN 1 "
        "Cileungsi, Kabupaten Bogor, mengalami luka akibat atap sekolah roboh saat kegiatan "
        "belajar mengajar, Rabu pagi. Menurut Kapolsek, atap yang ambruk menaungi empat "
        "ruangan, dan siswa berhamburan keluar menyelamatkan diri. Atap itu roboh karena "
        "rangka baja ringan penahan genteng tidak kuat menahan beban. Sebanyak 30 siswa "
        "mengalami luka ringan di kepala dan tangan; tujuh dirawat di rumah sakit dan "
        "sisanya rawat jalan. Kegiatan belajar mengajar dihentikan sementara sambil menunggu "
        "pemeriksaan bangunan oleh dinas pendidikan."
    )
    assert_no_signal_unless(
        story, indonesia, "Kegiatan belajar", "Orang tua siswa lalu bentrok dengan kontraktor."
    )


def test_water_trucked_to_villages_in_a_drought_is_no_conflict(indonesia: Gazetteer) -> None:
    story = (
        "BPBD Klaten Terus Kirim Air Bersih ke Desa yang Kekeringan\n\nBPBD Kabupaten Klaten "
        "menggiatkan pengiriman air bersih untuk warga desa yang mengalami kekeringan. Krisis "
        "air bersih dialami warga tujuh desa di Kecamatan Kemalang, Bayat dan Jatinom. Hingga "
        "kini sudah 75 tangki dikirim dengan empat mobil tangki. Menurut data BPBD, daerah "
        "rawan krisis air bersih saat kemarau meliputi 51 desa di 11 kecamatan, yang paling "
        "rawan di lereng Merapi. Tahun ini BPBD menyiapkan anggaran untuk 800 tangki, yang "
        "akan disesuaikan dengan kenaikan harga BBM. Warga diminta menghemat air sampai "
        "musim hujan tiba di wilayah mereka."
    )
    assert_no_signal_unless(
        story, indonesia, "Tahun ini", "Warga dua dusun sempat bentrok berebut air sumur."
    )


def test_a_disease_attacking_herds_or_children_sets_no_people_at_odds(
    indonesia: Gazetteer,
) -> None:
    story = (
        "Wabah PMK Merebak di Kabupaten Ngawi, Pasar Hewan Terancam Ditutup\n\nKasus penyakit "
        "mulut dan kuku terdeteksi menyerang hewan ternak milik peternak di Kabupaten Ngawi. "
        "Dinas peternakan mencatat 40 ekor sapi terjangkit dan tiga di antaranya dipotong "
        "paksa. Kepala dinas mengatakan pihaknya akan melapor ke pemerintah provinsi untuk "
        "meminta arahan soal penutupan sementara pasar hewan. Petugas juga menyemprotkan "
        "disinfektan di kandang-kandang warga dan memantau lalu lintas ternak di perbatasan "
        "kabupaten agar wabah tidak meluas ke daerah lain. Peternak diminta segera melapor "
        "bila ternaknya menunjukkan gejala seperti air liur berlebih atau pincang."
    )
    assert read_story(story, indonesia).kind == "none"


def test_a_street_race_broken_up_is_no_conflict_unless_the_racers_turn_on_police(
    indonesia: Gazetteer,
) -> None:
    story = (
        "Polisi membubarkan balapan liar di Jalan Raya Sempidi, Kabupaten Badung, pada Minggu "
        "dini hari. Warga melaporkan puluhan remaja yang menjadikan jalan itu arena balap "
        "setiap akhir pekan. Begitu petugas datang, para remaja dan penonton berhamburan "
        "melarikan diri, meninggalkan delapan sepeda motor yang kemudian dibawa ke Polsek "
        "Mengwi sebagai barang bukti. Sembilan pemuda diamankan dan diserahkan kepada orang "
        "tua masing-masing setelah diberi pembinaan. Kapolsek mengatakan patroli akan "
        "ditingkatkan setiap malam Minggu agar jalan itu tidak lagi dipakai untuk trek-trekan, "
        "dan warga diminta segera melapor."
    )
    assert_no_signal_unless(
        story,
        indonesia,
        "Sembilan pemuda",
        "Sebagian pemuda sempat melempari petugas dengan batu hingga terjadi kericuhan.",
    )


def test_protesters_named_as_such_are_a_protest() -> None:
    pushed = category_evidence(
        "Massa pemrotes PPDB zonasi terlibat saling dorong dengan aparat di depan kantor "
        "Dinas Pendidikan."
    )
    assert pushed.get("demonstration", 0.0) >= CATEGORY_THRESHOLD


def test_a_body_found_in_a_river_is_no_conflict_unless_wounds_are_told(
    indonesia: Gazetteer,
) -> None:
    story = (
        "Mayat Pria Tanpa Identitas Ditemukan Mengambang di Sungai Serayu\n\nSesosok mayat "
        "pria tanpa identitas ditemukan mengambang di aliran Sungai Serayu, Kecamatan "
        "Rawalo, Kabupaten Banyumas, pada Jumat siang. Warga yang sedang mencari ikan "
        "melaporkan temuan itu ke polsek setempat. Petugas Satpolairud dan BPBD kemudian "
        "mengevakuasi jenazah ke RSUD Banyumas untuk diperiksa. Kapolsek mengatakan korban "
        "diperkirakan berusia 40 tahun dan sudah meninggal sekitar dua hari. Polisi meminta "
        "warga yang kehilangan anggota keluarga segera melapor agar identitas korban dapat "
        "dipastikan, dan ciri-cirinya sudah disebar ke polsek sekitar."
    )
    assert_no_signal_unless(
        story, indonesia, "Polisi meminta", "Di punggung korban ditemukan tiga luka tusuk."
    )


def test_rescuers_searching_for_a_lost_climber_are_no_conflict(indonesia: Gazetteer) -> None:
    story = (
        "Tim SAR gabungan mencari seorang pendaki yang dilaporkan hilang setelah berpisah "
        "dengan rombongannya di Gunung Lawu, Kecamatan Tawangmangu, Kabupaten Karanganyar, "
        "pada Minggu. Peristiwa hilangnya korban bermula ketika rekan-rekannya naik ke puncak "
        "dan korban memilih tinggal di tenda pos tiga; saat mereka kembali, korban sudah "
        "tidak ada. Kapolsek Tawangmangu mengatakan pihaknya telah menerjunkan personel ke "
        "lokasi kejadian dan sudah mengidentifikasi korban. Pencarian hari pertama "
        "terkendala hujan dan kabut tebal, sehingga akan dilanjutkan esok pagi bersama "
        "relawan dan warga setempat. Jalur pendakian ditutup sampai pencarian selesai."
    )
    assert_no_signal_unless(
        story,
        indonesia,
        "Jalur pendakian",
        "Kerabat pendaki yang marah mengamuk dan menganiaya petugas pos hingga luka.",
    )


def test_a_raid_on_deafening_exhausts_is_no_conflict(indonesia: Gazetteer) -> None:
    story = (
        "Razia knalpot brong oleh Satlantas Polres Bantul di Jalan Parangtritis pada Sabtu "
        "malam menjaring 64 sepeda motor. Pengendaranya ditilang di tempat, dan motornya "
        "dibawa ke Mapolres sampai pemiliknya datang dengan knalpot standar pabrik. "
        "Kasatlantas mengatakan razia digelar karena keluhan warga yang terganggu suara "
        "bising pada malam hingga dini hari, sebagian besar pelanggar masih pelajar. Petugas "
        "juga memeriksa kelengkapan surat kendaraan dan memberi teguran kepada pengendara "
        "yang tidak memakai helm. Knalpot sitaan akan dimusnahkan pekan depan, dan razia "
        "serupa akan digelar setiap akhir pekan."
    )
    assert read_story(story, indonesia).kind == "none"


def test_an_oil_well_named_with_its_village_and_regency_before_it_burnt_is_no_conflict(
    indonesia: Gazetteer,
) -> None:
    story = (
        "Sumur pengeboran minyak tradisional yang dikelola warga di Desa Gandu, Kecamatan "
        "Bogorejo, Kabupaten Blora, Provinsi Jawa Tengah, mengalami kebakaran pada Minggu "
        "dini hari dan menewaskan tiga orang. Api diduga berasal dari percikan las ketika "
        "seorang pekerja menyambung pipa, lalu menyambar minyak mentah yang meluber ke "
        "selokan. Sebanyak 50 kepala keluarga di sekitar sumur diungsikan ke balai desa, dan "
        "BPBD mendatangkan alat berat untuk membuka jalur pemadaman. Kapolres Blora "
        "mengatakan pemilik lahan dan pelaksana pengeboran sudah diperiksa karena sumur itu "
        "tidak berizin. Api baru padam setelah dua hari, dan warga diminta menjauh."
    )
    assert_no_signal_unless(
        story,
        indonesia,
        "Kapolres Blora",
        "Warga yang marah mengamuk dan menganiaya pemilik sumur.",
    )


def test_villagers_forcibly_halting_a_mine_protest() -> None:
    halted = category_evidence_with_rules(
        "Ratusan warga Desa Kedung Waru menghentikan paksa aktivitas penambangan pasir liar "
        "di Sungai Lukulo karena bantaran sungai rusak."
    )
    assert halted["demonstration"] >= CATEGORY_THRESHOLD
    stopped = category_evidence_with_rules(
        "Petugas menghentikan sementara aktivitas penambangan sampai izinnya terbit."
    )
    assert stopped.get("demonstration", 0.0) < CATEGORY_THRESHOLD


def test_a_crowd_numbered_and_making_a_demand_protests() -> None:
    demanded = category_evidence_with_rules(
        "Puluhan warga yang terdiri dari ibu-ibu dan bapak-bapak tersebut menuntut agar "
        "aktivitas pertambangan pasir dihentikan karena merusak lingkungan."
    )
    assert demanded["demonstration"] >= CATEGORY_THRESHOLD
    one = category_evidence_with_rules(
        "Seorang warga menuntut agar aktivitas pertambangan pasir dihentikan."
    )
    assert one.get("demonstration", 0.0) < CATEGORY_THRESHOLD


def test_a_protest_the_lead_says_took_place_is_held_whatever_it_threatens_next(
    indonesia: Gazetteer,
) -> None:
    story = (
        "Massa Nelayan Demo Bakar Sampan di Depan Kantor Pelabuhan Perikanan Kota Medan\n\n"
        "Aksi berlangsung di depan kantor pelabuhan perikanan dengan membawa spanduk dan "
        "mobil komando. Massa menilai proyek penimbunan pantai berpotensi merugikan nelayan "
        "kecil dan mengancam mata pencaharian mereka. Reklamasi juga dikhawatirkan "
        "mempersempit jalur perahu tradisional. Situasi sempat memanas ketika sejumlah massa "
        "membakar sampan sebagai bentuk protes. Koordinator aksi menegaskan pihaknya akan "
        'kembali menggelar demonstrasi jika tuntutan tidak direspons. "Jika aspirasi tidak '
        'ditindaklanjuti, kami siap aksi lanjutan," tegasnya. Lima perwakilan nelayan '
        "kemudian melakukan mediasi dengan pihak pelabuhan, yang berjanji meneruskan tuntutan "
        "itu kepada pimpinan."
    )
    protest = read_story(story, indonesia)
    assert protest.kind == "incident" and protest.categories == ["demonstration"]
    planned = read_story(story.replace("Aksi berlangsung", "Aksi akan berlangsung"), indonesia)
    assert planned.kind == "threat"


def test_a_livelihood_taken_is_a_grievance_not_a_robbery() -> None:
    grievance = category_evidence(
        "Reklamasi itu merampas hak hidup nelayan dan merampas ruang hidup warga pesisir."
    )
    assert grievance.get("criminal_violence", 0.0) <= 0.0
    robbed = category_evidence("Dua pria merampas sepeda motor seorang pelajar di jalan.")
    assert robbed["criminal_violence"] > 0.0


def test_a_traffic_operation_s_tickets_are_no_conflict() -> None:
    from siaga.analysis.pipeline import _a_case_told_in_the_lead

    lead = (
        " pengendara nekat melawan arus untuk menghindari petugas operasi zebra jaya di kawasan "
        "rawa buaya jakarta barat senin polda metro jaya menurunkan 3 070 personel gabungan "
    )
    assert _a_case_told_in_the_lead(lead, ["other"], {})
    ticketed = " sebanyak 6 686 pelanggar lalu lintas ditilang pada hari pertama operasi "
    assert _a_case_told_in_the_lead(ticketed, [], {})
    assert not _a_case_told_in_the_lead(f"{ticketed}seorang pengendara mengamuk ", ["other"], {})


def test_a_festival_s_security_with_nothing_at_odds_told_is_no_signal(
    indonesia: Gazetteer,
) -> None:
    story = (
        "Perayaan Waisak, Seribu Lampion Dilepaskan ke Udara\n\nMenjelang perayaan Waisak, "
        "kunjungan ke Candi Borobudur, Kabupaten Magelang, meningkat empat kali lipat dari "
        "biasanya. Candi itu kembali menjadi tempat perayaan Waisak tahun ini, dan sekitar "
        "seribu umat Buddha diperkirakan hadir, sebagian dari Thailand, India dan Singapura."
        "\n\nPengelola taman wisata candi mengatakan persiapan sudah dilakukan semaksimal "
        "mungkin, termasuk pengamanan. Saat ini sekitar 600 petugas disebar di lokasi, dan "
        "kemungkinan akan ditambah seiring bertambahnya pengunjung pada hari H, karena pintu "
        "masuk candi tetap dibuka untuk umum. Harga tiket tidak naik.\n\nPuncak acara nanti "
        "adalah pelepasan seribu lampion ke udara, dua kali lebih banyak dari tahun "
        'sebelumnya. "Lampion dilepas agar doa sampai," ujarnya.'
    )
    assert_no_signal_unless(
        story,
        indonesia,
        "Harga tiket",
        "Sekelompok pemuda sempat ribut dengan petugas di pintu masuk.",
    )


def test_a_crowd_at_the_police_station_demanding_its_neighbour_back_protests() -> None:
    came = category_evidence_with_rules(
        "Ratusan warga Desa Karanganyar, Kecamatan Bantaran, melurug kantor Polsek Bantaran "
        "untuk meminta penjelasan atas penangkapan seorang petani."
    )
    assert came["demonstration"] >= CATEGORY_THRESHOLD
    pressed = category_evidence_with_rules(
        "Massa yang mengaku kerabat korban memadati markas polres dan mendesak polisi "
        "segera menangkap semua pelaku."
    )
    assert pressed["demonstration"] >= CATEGORY_THRESHOLD
    press = category_evidence_with_rules("Media massa mendesak polisi membuka hasil autopsi.")
    assert press.get("demonstration", 0.0) < CATEGORY_THRESHOLD


def test_a_factory_the_lead_says_was_protested_at_saw_a_protest_whatever_comes_next(
    indonesia: Gazetteer,
) -> None:
    story = (
        "Pabrik suku cadang motor di Desa Kembangkuning, Kecamatan Klapanunggal, Kabupaten "
        "Bogor, didemo mantan karyawannya pada Kamis. Puluhan mantan karyawan itu diberhentikan "
        "tanpa uang pesangon, padahal ada yang sudah bekerja delapan sampai tiga belas tahun. "
        "Perusahaan memanggil lima perwakilan pendemo dan, lewat kuasa hukumnya, berjanji "
        "memenuhi tuntutan dalam satu sampai dua minggu ke depan. Namun bila janji itu tidak "
        'terbukti, para pendemo akan mengerahkan massa yang lebih besar. "Jika tidak ada '
        'kejelasan, kami akan berdemo lagi dengan jumlah massa yang lebih banyak," kata '
        "koordinator aksi di depan gerbang pabrik."
    )
    assert read_story(story, indonesia).kind == "incident"


def test_a_school_s_vote_for_its_student_council_is_no_election(indonesia: Gazetteer) -> None:
    story = (
        "Para siswa MTs di Kecamatan Srumbung memilih ketua OSIS baru pada Kamis. Mereka "
        "dibagi menjadi petugas tempat pemungutan suara (TPS), pemilih, panitia pengawas dan "
        "saksi, persis seperti pemilu. Setiap pelajar yang terdaftar dalam daftar pemilih "
        "tetap mengambil surat suara, masuk ke bilik suara, mencoblos salah satu dari lima "
        "pasangan calon, lalu memasukkan surat suara ke kotak suara dan mencelupkan jari ke "
        "tinta. Pembina OSIS mengatakan pemilihan itu bagian dari pendidikan demokrasi sejak "
        "dini, dari debat dan orasi visi misi sampai penghitungan suara yang disaksikan "
        "seluruh kelas di aula madrasah. Ketua terpilih dilantik pekan depan oleh kepala madrasah."
    )
    vote = read_story(story, indonesia)
    assert vote.kind == "none" and vote.election_stage is None


def test_a_campus_vote_for_the_students_president_is_no_election(indonesia: Gazetteer) -> None:
    story = (
        "Komisi Pemilihan Umum Mahasiswa (KPUM) sebuah universitas swasta di Kota Surabaya "
        "menetapkan pasangan nomor urut 2 sebagai Presiden dan Wakil Presiden BEM terpilih, "
        "Senin (11/12/2023). Pemungutan suara digelar lewat e-voting selama tiga hari setelah "
        "masa kampanye dan debat kandidat di aula kampus. Pasangan nomor urut 1 menilai "
        "panitia tidak netral dan menuding ada penggelembungan suara di dua fakultas, sehingga "
        "suasana sempat ricuh saat rapat pleno penghitungan. Panitia pengawas mempersilakan "
        "kandidat mengajukan keberatan kepada dewan mahasiswa dalam tiga hari."
    )
    vote = analyze(story, gazetteer=indonesia, published=dt.date(2023, 12, 12))
    assert vote.election_stage is None
    assert not set(vote.categories) & {
        "asn_neutrality", "election_result_dispute", "polling_station_unrest",
        "election_campaign_violation",
    }  # fmt: skip


def test_students_occupying_the_rectorate_and_burning_tyres_protest() -> None:
    evidence = category_evidence(
        "Ratusan mahasiswa menduduki gedung rektorat sambil membakar ban bekas."
    )
    assert evidence["demonstration"] >= CATEGORY_THRESHOLD


def test_a_trade_war_between_two_powers_is_no_conflict(indonesia: Gazetteer) -> None:
    story = (
        "Perang Dagang Kian Panas, Dua Negara Saling Ancam dan Serang\n\nPerang dagang antara "
        "dua negara adidaya semakin memanas. Washington kembali menaikkan tarif impor baja, "
        "panel surya dan kendaraan listrik sebagai balasan atas tarif yang lebih dulu dikenakan "
        "Beijing.\n\nAksi saling balas\n\nTidak tinggal diam, Beijing mengumumkan tarif balasan "
        "untuk kedelai, gas alam cair dan minyak mentah, sinyal bahwa kedua pihak siap bertarung "
        "lama dalam perang tarif babak baru. Ketegangan perdagangan ini membuat investor asing "
        "melepas saham di pasar negara berkembang. Ekonom memperingatkan ekspor tekstil dan alas "
        "kaki Indonesia bisa ikut tertekan."
    )
    assert_no_signal_unless(
        story,
        indonesia,
        before="Ketegangan perdagangan",
        told="Ribuan buruh tekstil berunjuk rasa dan bentrok dengan aparat di depan pabrik.",
    )


def test_a_recipe_is_no_arson(indonesia: Gazetteer) -> None:
    story = (
        "Siapa yang bisa menolak ikan bakar dengan bumbu yang meresap? Kuncinya ada pada "
        "bumbu halus dan cara membakarnya. Siapkan 8 siung bawang merah, 4 siung bawang "
        "putih, 3 butir kemiri, dua sendok makan kecap manis dan garam secukupnya. Tumis "
        "bumbu halus hingga harum, lumuri ikan, diamkan sebentar, lalu bakar di atas bara "
        "sambil diolesi bumbu olesan. Ikan yang dibakar terlalu lama akan gosong dan "
        "kering, jadi balik setiap lima menit. Sajikan dengan sambal dan lalapan. Resep ini "
        "cukup untuk empat orang dan bisa dibuat dengan ikan kakap, bawal atau nila sesuai "
        "selera keluarga di rumah, ditemani nasi hangat."
    )
    assert_no_signal_unless(
        story,
        indonesia,
        before="Sajikan dengan",
        told="Warung ikan bakar itu kemudian dibakar massa dan pemiliknya dianiaya hingga luka.",
    )


def test_a_celebrity_s_divorce_suit_is_no_conflict(indonesia: Gazetteer) -> None:
    story = (
        "Penyanyi dangdut asal Bandung resmi menggugat cerai suaminya di Pengadilan Agama "
        "Kota Bandung. Humas pengadilan membenarkan gugatan cerai itu didaftarkan secara "
        "daring pekan lalu dan sidang perdana dijadwalkan Senin depan. Menurut humas, "
        "pengadilan akan lebih dulu mengupayakan mediasi antara penggugat dan tergugat, "
        "yang wajib hadir sendiri tanpa diwakili kuasa hukum. Alasan gugatan tidak dapat "
        "diungkap karena menjadi ranah majelis hakim. Pasangan itu menikah lima tahun lalu "
        "dan dikaruniai seorang anak; keduanya kabarnya sudah pisah rumah sejak awal tahun, "
        "dan sang penyanyi memilih tidak berkomentar."
    )
    assert_no_signal_unless(
        story,
        indonesia,
        before="Alasan gugatan",
        told="Sang istri mengaku berulang kali dipukul dan dianiaya hingga luka lebam.",
    )


def test_a_march_to_an_office_or_a_peaceful_rally_before_one_is_a_protest() -> None:
    for said in (
        "Para petani dilanjutkan long march menuju Kantor Bupati.",
        "Ratusan Petani Gelar Aksi Damai Didepan Kantor Bupati",
    ):
        assert category_evidence(said)["demonstration"] >= CATEGORY_THRESHOLD, said


def test_a_protest_the_lead_says_took_place_is_held_whatever_it_asks(
    indonesia: Gazetteer,
) -> None:
    story = (
        "Aksi unjuk rasa yang dilakukan puluhan petani karet yang tergabung dalam asosiasi "
        "petani karet rakyat juga terjadi di depan Kantor Bupati Sragen, Selasa siang. Ketua "
        "asosiasi mengatakan, pihaknya meminta agar bupati menyampaikan kepada pemerintah "
        "pusat supaya harga karet di tingkat petani dinormalkan kembali. Ia juga meminta "
        "dinas perkebunan menindak pabrik yang menentukan harga secara sepihak tanpa "
        "koordinasi. Asisten bupati mengatakan pihaknya akan menampung aspirasi para "
        "pengunjuk rasa dan meneruskannya kepada gubernur dalam pekan ini, sambil menunggu "
        "hasil rapat dengan para pengusaha pabrik karet."
    )
    assert read_story(story, indonesia).kind == "incident"


def test_farmers_who_feel_robbed_by_a_policy_were_not_robbed() -> None:
    felt = category_evidence("Kami petani menilai seperti dirampok oleh pemerintah.")
    assert felt.get("criminal_violence", 0.0) < CATEGORY_THRESHOLD
    robbed = category_evidence("Warung itu dirampok dua pria bersenjata tajam.")
    assert robbed["criminal_violence"] >= CATEGORY_THRESHOLD


def test_a_graduation_convoy_broken_up_is_a_nuisance_not_a_conflict(indonesia: Gazetteer) -> None:
    story = (
        "Polisi Bubarkan Konvoi Pelajar Usai Pengumuman Kelulusan\n\nSatlantas Polres "
        "Magetan membubarkan konvoi ratusan pelajar SMA yang merayakan kelulusan dengan "
        "kebut-kebutan di jalan protokol, Senin siang. Para pelajar mencorat-coret seragam "
        "dengan cat semprot, dan sebagian memakai knalpot racing yang memekakkan telinga. "
        "Puluhan sepeda motor tanpa surat kendaraan ditahan dan pengendaranya ditilang. "
        "Kasat Lantas mengatakan para pelajar diminta pulang dan motor baru boleh diambil "
        "bersama orang tua serta guru. Sekolah sebelumnya sudah melarang konvoi kelulusan "
        "dan membagikan surat kelulusan lewat orang tua."
    )
    assert_no_signal_unless(
        story,
        indonesia,
        before="Kasat Lantas",
        told="Rombongan itu lalu bentrok dengan pelajar sekolah lain hingga dua orang terluka.",
    )


def test_a_martial_arts_championship_s_medals_are_no_conflict(indonesia: Gazetteer) -> None:
    story = (
        "Kontingen tuan rumah menjadi juara umum kejuaraan pencak silat antarprovinsi di GOR "
        "Kabupaten Gianyar setelah merebut tujuh medali emas. Pada final kelas C putra, "
        "pesilat tuan rumah menghentikan perlawanan lawannya lewat serangan dan bantingan "
        "beruntun, lalu menekuk wakil tim tamu di duel berikutnya. Di kelas bebas putri, "
        "pesilat senior sempat terdesak oleh tendangan lawan sebelum membalikkan keadaan. "
        "Pelatih kepala mengatakan semua partai berjalan sportif dan para atlet akan "
        "dipersiapkan untuk pekan olahraga nasional tahun depan, bersama empat peraih "
        "medali perak dan tiga peraih medali perunggu."
    )
    assert_no_signal_unless(
        story,
        indonesia,
        before="Pelatih kepala",
        told="Usai final, puluhan pendukung kedua perguruan bentrok di luar gedung.",
    )


def test_residents_holding_a_company_s_machines_protest() -> None:
    held = category_evidence("Akhirnya warga menyandera alat berat itu sampai janji ditepati.")
    assert held["demonstration"] >= CATEGORY_THRESHOLD


def test_land_named_as_disputed_is_a_land_dispute() -> None:
    for said in (
        "Peristiwa itu terkait dengan persengketaan lahan di desa tersebut.",
        "Warga menghentikan ekskavator di lahan yang dipersengketakan.",
    ):
        assert category_evidence(said)["land_boundary_dispute"] >= CATEGORY_THRESHOLD, said


def test_a_policy_likened_to_a_killing_killed_nobody(indonesia: Gazetteer) -> None:
    said = "Pedagang Pasar Tolak Relokasi, Sebut Kebijakan Gubernur seperti 'Pembunuhan'"
    assert casualties(said)["dead"] is None
    assert category_evidence(said).get("criminal_violence", 0.0) < CATEGORY_THRESHOLD
    assert casualties("Polisi mengusut pembunuhan Abdullah (56) di kebunnya.")["dead"] == 1


def test_a_ram_fighting_contest_is_no_provocation(indonesia: Gazetteer) -> None:
    story = (
        "Sebanyak 150 domba Garut dari berbagai desa mengikuti semi kontes adu domba Garut "
        "di arena laga domba Desa Sukamaju, Minggu. Domba-domba bertanduk kuat silih "
        "berganti memasuki arena seni adu ketangkasan domba dan saling terlibat adu; ada "
        "yang bertahan sampai sepuluh pukulan, ada yang mundur karena lawannya terlampau "
        "tangguh. Juri menilai kesehatan, keberanian, teknik pukulan dan teknik bertanding. "
        "Ketua panitia mengatakan adu domba Garut itu warisan budaya Sunda yang harus "
        "dilestarikan, karena domba juara dihargai puluhan juta rupiah oleh penggemarnya. "
        "Kontes berikutnya digelar bulan depan di kecamatan tetangga."
    )
    assert_no_signal_unless(
        story,
        indonesia,
        before="Ketua panitia",
        told="Usai pertandingan, dua kelompok warga bentrok hingga tiga orang luka-luka.",
    )


def test_dogs_set_on_a_wild_boar_are_no_conflict(indonesia: Gazetteer) -> None:
    story = (
        "Kebuasan Adu Bagong, tradisi pertarungan anjing vs babi hutan\n"
        "Seekor anjing bertarung dengan babi hutan saat kontes adu bagong di sebuah desa di "
        "Jawa Barat, Minggu. Tradisi itu sudah ada sejak 1960, berawal dari niat warga "
        "membasmi babi hutan yang dianggap meresahkan. Pertarungan maut ini telah tersebar "
        "di Jawa Barat, antara lain Tasikmalaya, Garut, Majalengka dan Bandung. Pemilik "
        "anjing membayar mulai dari Rp 200 ribu untuk mengikuti kontes. Gigitan anjing "
        "harus bertahan dua belas detik; babi hutan yang kalah disembelih dan dagingnya "
        "dijual. Aktivis hewan mengecam tradisi ini sebagai "
        "kekejaman terhadap hewan. Meski pemerintah setempat telah membubarkan tradisi ini, "
        "masih ada yang menggelar duel itu sampai kini."
    )
    assert_no_signal_unless(
        story,
        indonesia,
        before="Aktivis hewan",
        told="Usai kontes, dua kelompok penonton bentrok hingga tiga orang luka-luka.",
    )


def test_motorbike_thieves_caught_are_no_conflict(indonesia: Gazetteer) -> None:
    story = (
        "Polsek Kuta Utara membekuk komplotan pencuri sepeda motor yang beraksi di 20 titik "
        "di Kabupaten Badung. Lima tersangka ditangkap bersama 14 unit motor hasil curian, "
        "kunci leter T dan plat nomor palsu. Kapolsek mengatakan komplotan itu mengincar "
        "motor yang diparkir di halaman kos dan membawanya ke luar pulau untuk dijual "
        "kepada penadah. Warga yang kehilangan sepeda motor diimbau mengecek ke Mapolsek "
        "dengan membawa STNK dan BPKB sebagai bukti kepemilikan, dan pemilik kendaraan "
        "diminta memasang kunci ganda saat memarkir motornya di mana pun. Polisi masih "
        "memburu dua anggota komplotan lainnya sejak pekan lalu."
    )
    assert_no_signal_unless(
        story,
        indonesia,
        before="Warga yang kehilangan",
        told="Seorang korban sempat dibacok pelaku saat memergoki pencurian itu.",
    )


def test_candidates_pledging_peace_meet() -> None:
    pledged = kind_evidence("Para calon kepala desa mengikuti ikrar damai di pendapa kabupaten.")
    assert pledged.get("meeting", 0.0) >= 1.0


def test_a_quarrel_denied_tells_of_none() -> None:
    from siaga.analysis.pipeline import _A_QUARREL

    assert _A_QUARREL.search(" dan tidak ada gugatan yang dilakukan pada hasil pilkades ") is None
    assert _A_QUARREL.search(" pelantikan berjalan tanpa konflik ") is None
    assert _A_QUARREL.search(" calon yang kalah mengajukan gugatan ") is not None


def test_a_police_shooting_contest_is_no_shooting(indonesia: Gazetteer) -> None:
    story = (
        "Kepolisian daerah menggelar lomba menembak Kapolda Cup dalam rangka Hari Bhayangkara "
        "di lapangan tembak markas Brimob, Selasa. Ada tiga kategori yang diperlombakan, "
        "yaitu tembak sasaran, tembak reaksi dan tembak eksekutif atau duel pelat, diikuti "
        "perwira, anggota Perbakin dan wartawan. Para peserta menembak target berupa "
        "lempengan besi dan kertas sasaran dari jarak 25 meter dengan pistol dan senapan. "
        "Kapolda mengatakan lomba itu untuk mempererat kemitraan dengan media dan menjaring "
        "atlet menembak, dan pemenangnya menerima piala, medali dan uang pembinaan. Lomba "
        "serupa digelar lagi tahun depan."
    )
    assert_no_signal_unless(
        story,
        indonesia,
        before="Kapolda mengatakan",
        told="Seorang penonton tertembak peluru nyasar dan dilarikan ke rumah sakit.",
    )


def test_a_debus_show_is_no_stabbing(indonesia: Gazetteer) -> None:
    story = (
        "Pertunjukan debus memeriahkan hajatan warga di sebuah kampung di Kabupaten "
        "Pandeglang, Sabtu malam. Para pemain menusuk perut dengan tombak, membacok lengan "
        "dengan golok, mengiris kulit dengan pisau dan berjalan di atas pecahan kaca tanpa "
        "terluka. Seorang pemain bahkan menyayat lehernya sendiri, dan meski sempat berdarah, "
        "lukanya menutup setelah diusap air yang didoakan gurunya. Penonton menjerit ngeri "
        "sekaligus bertepuk tangan. Guru perguruan mengatakan kesenian ilmu kebal itu warisan "
        "Kesultanan Banten yang kini dipelajari anak-anak muda di kampungnya, laki-laki "
        "maupun perempuan, sejak usia sekolah."
    )
    assert_no_signal_unless(
        story,
        indonesia,
        before="Guru perguruan",
        told="Usai pertunjukan, dua kelompok pemuda penonton bentrok dan saling bacok.",
    )


def test_seized_goods_destroyed_are_no_brawl_and_no_arson(indonesia: Gazetteer) -> None:
    story = (
        "Polresta Denpasar menggelar pemusnahan barang bukti hasil operasi berupa minuman "
        "keras dan narkoba di lapangan belakang Mapolresta, Jumat. Pemusnahan dihadiri wali "
        "kota, pejabat TNI, pengadilan negeri dan kejaksaan negeri. Pemusnahan dilakukan "
        "dengan cara melindas ribuan botol miras, baik pabrikan maupun arak tradisional, "
        "dengan tandem roller; sebanyak 1.838 botol miras dan 82 liter tuak hancur dilindas "
        "alat berat. Polresta telah menetapkan tujuh tersangka yang ikut menyaksikan "
        "pemusnahan. Kapolresta mengatakan barang bukti itu hasil pengamanan untuk menjaga "
        'kamtibmas. "Kita sama-sama menyatakan perang terhadap narkoba," katanya.'
    )
    assert_no_signal_unless(
        story,
        indonesia,
        before="Kapolresta mengatakan",
        told="Usai pemusnahan, dua kelompok pemuda yang menonton bentrok di depan Mapolresta.",
    )
    from siaga.analysis.pipeline import _a_ceremony_told

    told = expand_shorthand(fold(story).text)
    assert _a_ceremony_told(told)
    brawled = expand_shorthand(fold(story + " Dua kelompok pemuda lalu bentrok.").text)
    assert not _a_ceremony_told(brawled)


def test_a_gong_struck_to_open_a_ceremony_is_no_beating() -> None:
    opened = category_evidence(
        "Pembukaan TMMD ditandai dengan pemukulan gong oleh bupati, lalu warga memukul "
        "kentongan bersama."
    )
    assert opened.get("criminal_violence", 0.0) <= 0.0
    beaten = category_evidence("Terjadi pemukulan terhadap seorang petugas parkir.")
    assert beaten["criminal_violence"] >= CATEGORY_THRESHOLD


def test_a_football_match_s_report_is_no_conflict(indonesia: Gazetteer) -> None:
    story = (
        "Hasil Liga 1: Tuan Rumah Menang 3-1\n\nPertandingan seru tersaji di Stadion Kapten "
        "I Wayan Dipta, Kabupaten Gianyar. Tuan rumah berhasil menumbangkan tim tamu dengan "
        "skor akhir 3-1. Sejak awal pertandingan, kedua tim tampil ngotot dengan permainan "
        "menyerang, dan tim tamu memberikan perlawanan sengit lewat serangan balik cepat. Gol "
        "pertama tercipta pada menit ke-15 lewat sundulan penyerang tuan rumah, dibalas "
        "tendangan keras dari luar kotak penalti pada menit ke-30. Sebelum turun minum tuan "
        "rumah kembali unggul, lalu menambah gol ketiga lewat serangan balik pada menit "
        "ke-75. Sempat terjadi keributan antara pemain dan wasit soal sebuah tekel."
    )
    assert_no_signal_unless(
        story,
        indonesia,
        "Sempat terjadi",
        "Usai laga, suporter kedua tim bentrok di luar stadion dan tiga orang terluka.",
    )


def test_a_boxing_bout_s_report_is_no_brawl(indonesia: Gazetteer) -> None:
    story = (
        "Petinju asal Bali menang TKO atas penantangnya dari Lumajang dalam kejuaraan "
        "Indonesia kelas terbang ringan di Jakarta, Jumat malam. Wasit menghentikan "
        "pertandingan pada ronde keempat dari dua belas ronde yang direncanakan, setelah "
        "pukulan beruntun membuat sang penantang bertahan di tali ring. Sejak ronde kedua "
        "penantang sudah berdarah dan diperiksa dokter pertandingan. Meski kalah, ia sempat "
        "melakukan serangan balik yang mengenai wajah lawannya, disambut gembira penonton. "
        "Sabuk juara diserahkan ketua umum komisi tinju usai pertarungan, dan sang juara "
        "kini lima belas kali naik ring tanpa pernah kalah."
    )
    assert read_story(story, indonesia).kind == "none"


def test_an_official_dead_of_an_illness_is_no_conflict(indonesia: Gazetteer) -> None:
    story = (
        "Bupati Situbondo meninggal dunia pada usia 54 tahun setelah tiga hari dirawat di "
        "RSUD dr Abdoer Rahem Situbondo karena terpapar Covid-19. Selama dirawat, kondisinya "
        "sempat naik turun, namun sejak siang tadi terus menurun hingga akhirnya meninggal "
        "pukul 16.31 WIB. Jenazah dibawa ke pendopo kabupaten dan disalatkan tanpa diturunkan "
        "dari mobil ambulans, dipimpin pengasuh pondok pesantren setempat. Para pejabat dan "
        "warga berdatangan melayat, dan sekretaris daerah menyiapkan tahlil bersama setiap "
        "malam. Gubernur menyampaikan duka cita dan menyebut almarhum pemimpin yang merakyat "
        "dan pekerja keras sejak muda."
    )
    assert_no_signal_unless(
        story,
        indonesia,
        "Para pejabat",
        "Keluarga menuduh perawat lalai, lalu mengamuk dan memukuli perawat itu.",
    )


def test_a_weather_warning_is_no_threat_of_conflict(indonesia: Gazetteer) -> None:
    story = (
        "BMKG Peringatkan Cuaca Ekstrem di Sejumlah Provinsi\n\nBadan Meteorologi, "
        "Klimatologi, dan Geofisika mengeluarkan peringatan dini cuaca ekstrem untuk Senin "
        "dan Selasa: hujan sedang hingga sangat lebat disertai angin kencang di Nusa Tenggara "
        "Timur, Sulawesi Selatan dan Kalimantan Timur. BMKG mengimbau masyarakat, khususnya "
        "di daerah rawan bencana seperti banjir, tanah longsor dan angin puting beliung, untuk "
        "tetap waspada dan memantau informasi cuaca terkini. Pemerintah daerah diminta "
        "menyiapkan jalur evakuasi dan tempat penampungan sementara, dan para nelayan diminta "
        "mewaspadai gelombang tinggi di Laut Jawa."
    )
    assert_no_signal_unless(
        story,
        indonesia,
        "Pemerintah daerah",
        "Di Makassar, warga yang kecewa memblokade jalan dan bentrok dengan petugas.",
    )


def test_a_film_s_plot_is_no_crime(indonesia: Gazetteer) -> None:
    story = (
        "Film thriller terbaru garapan seorang sutradara muda tayang di bioskop mulai Kamis. "
        "Film yang dibintangi dua aktor ternama itu mengisahkan seorang arsitek yang anak dan "
        "istrinya dibunuh tiga perampok di depan matanya. Dua tahun kemudian ia bertemu "
        "seorang sopir yang ternyata salah satu perampok itu, lalu membunuhnya dan mulai "
        "memburu dua lainnya untuk membalas dendam. Seorang polisi muda menyelidiki kasus "
        "pembunuhan itu dan mulai curiga. Sutradara mengatakan ia ingin penonton bertanya "
        "apakah balas dendam bisa dibenarkan, dan film ini juga akan tayang di layanan "
        "streaming berbayar mulai bulan depan."
    )
    assert_no_signal_unless(
        story,
        indonesia,
        "Sutradara mengatakan",
        "Di Kota Medan, pemutaran film itu dibubarkan paksa oleh sekelompok ormas.",
    )


def test_a_film_watched_on_a_streaming_service_is_on_screen() -> None:
    from siaga.analysis.pipeline import _a_story_on_screen

    review = " film terbaru itu bisa ditonton di prime video mulai 16 februari "
    assert _a_story_on_screen(review)
    assert not _a_story_on_screen(" film terbaru itu diputar di balai desa ")


def test_a_wayang_play_s_war_is_no_crime(indonesia: Gazetteer) -> None:
    story = (
        "Warga sebuah desa di Klaten memadati lapangan untuk menonton pentas wayang kulit "
        "semalam suntuk. Dalang Ki Anom Sutiyo membawakan lakon Baratayuda, perang besar "
        "antara Pandawa dan Kurawa yang memperebutkan takhta Hastinapura. Dikisahkan perang "
        "sudah berlangsung lima belas hari dan banyak Kurawa gugur di medan perang, hingga "
        "Duryudana dihajar gada Werkudara dan tewas. Kepala desa berharap pentas itu menjadi "
        "agenda rutin untuk melestarikan kesenian wayang dan mempererat persaudaraan warga, "
        "sementara para sinden dan penabuh gamelan tampil hingga subuh. Babinsa dan "
        "Bhabinkamtibmas ikut menonton bersama warga."
    )
    assert_no_signal_unless(
        story,
        indonesia,
        "Kepala desa",
        "Pentas itu sempat dibubarkan paksa sekelompok ormas yang menolaknya.",
    )


def test_a_riot_s_mastermind_is_no_puppeteer() -> None:
    from siaga.analysis.pipeline import _a_story_on_screen

    riot = " polisi memburu dalang kerusuhan dan sutradara di balik pembakaran kantor "
    assert not _a_story_on_screen(riot)
    assert _a_story_on_screen(" dalang ki manteb membawakan lakon baratayuda ")


def test_two_schools_pupils_stoning_each_other_are_a_youth_brawl_not_two_camps(
    indonesia: Gazetteer,
) -> None:
    brawl = read_story(
        "Tawuran, 30 pelajar diamankan polisi\nPuluhan pelajar dari dua SMK di Kecamatan "
        "Tamalate, Kota Makassar, diamankan polisi karena terlibat tawuran pada Kamis siang. "
        "Awalnya ratusan siswa kedua sekolah saling lempar batu dari halaman masing-masing, "
        "sehingga kaca beberapa ruang kelas pecah. Polisi dan guru melerai kedua kubu, namun "
        "tawuran berlanjut di jalan raya dan membuat pengendara berhamburan. Para siswa "
        "didata di Mapolsek dan orang tua mereka dipanggil untuk pembinaan, sementara pihak "
        "sekolah meliburkan kegiatan belajar selama dua hari untuk mencegah aksi susulan. "
        "Kepala sekolah belum tahu pasti penyebab tawuran itu.",
        indonesia,
    )
    assert brawl.categories == ["alcohol_drugs_brawl"]


def test_pupils_caught_red_handed_before_a_brawl_are_an_arrest(indonesia: Gazetteer) -> None:
    caught = read_story(
        "Puluhan Pelajar Menangis di Kantor Polisi\nTertangkap basah hendak tawuran dengan "
        "membawa celurit, 25 pelajar SMP dan SMA menangis saat dipertemukan dengan orang tua "
        "mereka di Polsek Kemayoran, Jakarta Pusat, Jumat siang. Polisi menyita belasan "
        "senjata tajam yang sedianya akan dipakai untuk menyerang kelompok pelajar lain. "
        "Kapolres mengatakan pelajar yang terbukti membawa senjata tajam bisa dikeluarkan "
        "dari sekolah, dan orang tua diminta lebih mengawasi anak-anaknya agar tidak "
        "terlibat tawuran lagi di kemudian hari. Sekolah juga akan menambah kegiatan "
        "ekstrakurikuler sepulang sekolah bagi para siswa.",
        indonesia,
    )
    assert caught.kind == "incident"
    assert caught.categories == ["alcohol_drugs_brawl"]


def test_a_rush_for_concert_tickets_is_no_battle(indonesia: Gazetteer) -> None:
    story = (
        "Ketegangan Penggemar Saat War Tiket Konser\nPara penggemar band asal Inggris itu "
        "sudah bersiap sejak pagi untuk bertarung demi tiket konser yang akan digelar di "
        "Jakarta bulan depan. Sebuah warnet di Jakarta Barat penuh oleh penggemar yang "
        "menyewa komputer, sebagian berdoa dan menggerak-gerakkan kaki menunggu pukul 10.00. "
        "Begitu penjualan dibuka, ratusan ribu orang masuk ke ruang antrean daring, dan "
        "banyak yang lesu karena kalah dalam pertarungan itu. Promotor mengatakan tiket "
        "kategori termurah habis dalam hitungan menit dan penjualan dilanjutkan besok. "
        "Konser itu sendiri dijadwalkan berlangsung sekitar dua jam."
    )
    assert_no_signal_unless(
        story,
        indonesia,
        "Promotor mengatakan",
        "Di loket penukaran, ratusan penonton ricuh dan saling dorong dengan petugas.",
    )


def test_neighbours_quarrelling_over_a_prayer_house_loudspeaker_is_a_tension_over_worship(
    indonesia: Gazetteer,
) -> None:
    quarrel = read_story(
        "Cekcok Warga Gara-gara Pengeras Suara Musala\nSeorang warga di Kelurahan Tampan, "
        "Kecamatan Payung Sekaki, Kota Pekanbaru, terlibat cekcok dengan pengurus musala "
        "pada Rabu malam. Ia meminta corong pengeras suara tidak diarahkan ke rumahnya "
        "karena anaknya sedang sakit, tetapi permintaan itu memancing amarah warga lain "
        "hingga terjadi kerumunan. Petugas patroli membawa kedua belah pihak ke Mapolsek "
        "untuk dimintai keterangan, dan keduanya sepakat berdamai. Pengurus musala "
        "mengatakan selama ini belum pernah ada keluhan dari warga sekitar. Ketua RT "
        "berharap warga menyampaikan keberatan secara baik-baik.",
        indonesia,
    )
    assert quarrel.kind == "incident"
    assert quarrel.categories == ["sara_identity_religion"]


def test_a_quarrel_that_never_came_to_blows_names_no_brawl(indonesia: Gazetteer) -> None:
    words_only = read_story(
        "Terjadi keributan antarwarga di Jalan Pemuda, Kecamatan Payung Sekaki, Kota "
        "Pekanbaru, Rabu malam. Beruntung keributan itu hanya sebatas adu mulut dan tidak "
        "sampai terjadi perkelahian. Pihak yang terlibat dibawa tim patroli ke Mapolsek "
        "untuk dimediasi, dan Kapolsek mengatakan pemicunya adalah kesalahpahaman soal "
        "batas pagar rumah. Kedua belah pihak akhirnya sepakat menjalin komunikasi yang "
        "baik dan melupakan permasalahan sebelumnya, disaksikan ketua RT dan tokoh "
        "masyarakat setempat yang ikut hadir di Mapolsek. Polisi meminta warga "
        "mengedepankan musyawarah bila ada masalah di lingkungan mereka sendiri.",
        indonesia,
    )
    assert "alcohol_drugs_brawl" not in words_only.categories


def test_the_customs_outreach_against_untaxed_cigarettes_is_no_conflict(
    indonesia: Gazetteer,
) -> None:
    story = (
        "Bea Cukai Minta Warga Tolak Rokok Ilegal\nBea Cukai meminta masyarakat ikut "
        "berpartisipasi aktif menolak penjualan produk rokok ilegal dan segera melaporkan bila "
        "menemukan indikasi pelanggaran di lingkungan sekitar. Kepala seksi penyuluhan "
        "mengatakan peredaran rokok ilegal berbahaya bagi kesehatan dan menimbulkan persaingan "
        "dagang yang tidak adil, dan berharap kesadaran warga makin meningkat. Di Bojonegoro, "
        "petugas menggelar sosialisasi Gempur Rokok Ilegal di Pasar Kalitidu bagi para "
        "pedagang. Di Mojokerto, operasi gabungan bersama Satpol PP menyita 11.000 batang "
        "rokok polos tanpa pita cukai dari sejumlah toko kelontong."
    )
    assert_no_signal_unless(
        story,
        indonesia,
        "Di Bojonegoro",
        "Di Sampit, pedagang yang kiosnya diperiksa bentrok dengan petugas hingga dua orang "
        "terluka.",
    )


def test_a_body_of_drivers_protesting_at_a_fuel_station_is_a_protest_not_a_complaint(
    indonesia: Gazetteer,
) -> None:
    protest = read_story(
        "Ricuh di SPBU, Sopir Truk Protes Tak Diberi Solar Subsidi\nSejumlah sopir dump truk "
        "yang mengantre solar subsidi di SPBU Ujung Karang, Kabupaten Bengkulu Tengah, "
        "sempat ricuh dengan petugas SPBU karena tak mendapatkan solar, Kamis pagi. Mereka "
        "tak terima truk bak kayu boleh membeli solar sementara dump truk tidak. Keributan "
        "dapat diredam petugas SPBU dan polisi yang berjaga di lokasi. Akibat keributan "
        "itu, pengelola menutup sementara penjualan solar subsidi hingga waktu yang belum "
        "ditentukan, agar tidak terjadi keributan yang lebih parah, kata pengawas SPBU itu "
        "kepada wartawan di lokasi pada siang harinya.",
        indonesia,
    )
    assert protest.categories == ["demonstration"]


def test_votes_said_to_swell_at_the_city_plenary_are_the_recapitulation_disputed(
    indonesia: Gazetteer,
) -> None:
    disputed = read_story(
        "Saksi Partai Protes di Pleno KPU, Duga Ada Penggelembungan Suara\nRapat pleno "
        "terbuka penghitungan suara di tingkat KPU Kota Serang diwarnai protes dari saksi "
        "sebuah partai. Ia menduga ada penggelembungan suara untuk partai lain di Kecamatan "
        "Taktakan dan meminta KPU membuka formulir C Hasil di tingkat kelurahan. Menurut "
        "dia, keberatan yang diajukan ke PPK sehari sebelumnya tidak direspons, sehingga "
        "saksinya menolak menandatangani hasil penghitungan di tingkat kecamatan. Saksi "
        "partai lain membantah tudingan itu, dan pimpinan pleno mempersilakan keberatan "
        "dicatat dalam berita acara rapat pleno itu.",
        indonesia,
    )
    assert disputed.categories == ["election_result_dispute"]
    assert disputed.election_stage == "recapitulation"


def test_rivals_undercut_markets_threatened_and_business_owners_are_no_quarrel() -> None:
    from siaga.analysis.pipeline import _A_QUARREL

    for figure in (
        " tujuannya untuk memukul para pesaing ",
        " diskon besar besaran mengancam pasar tradisional ",
        " ketika satu pelaku usaha mampu menjual di bawah harga modal ",
    ):
        assert _A_QUARREL.search(figure) is None, figure
    for quarrel in (" ia memukul tetangganya ", " ia mengancam warga ", " pelaku pembacokan "):
        assert _A_QUARREL.search(quarrel) is not None, quarrel


def test_a_war_dance_s_whips_and_wounds_are_the_dancers_own(indonesia: Gazetteer) -> None:
    story = (
        "Tari Caci Meriahkan Festival di Labuan Bajo\nPara penari caci tampil di lapangan "
        "Kampung Ujung, Labuan Bajo, Kabupaten Manggarai Barat, pada hari ketiga festival. "
        "Dua lelaki bergantian menyerang dengan cambuk dari kulit kerbau dan menangkis "
        "dengan perisai, diiringi gong dan gendang. Beberapa penari terluka dan berdarah "
        "di punggung, tetapi luka itu justru dikagumi sebagai lambang keberanian, dan tidak "
        "ada yang membalas dendam di luar arena. Panitia mengatakan tarian ini digelar "
        "sebagai ungkapan syukur atas hasil panen dan untuk menyambut para wisatawan yang "
        "datang dari berbagai negara di seluruh dunia."
    )
    assert_no_signal_unless(
        story,
        indonesia,
        "Panitia mengatakan",
        "Usai pertunjukan, penonton dari dua kampung terlibat bentrok dan saling lempar batu.",
    )


def test_a_candidate_welcomed_with_a_cakalele_meets_no_trouble(indonesia: Gazetteer) -> None:
    story = (
        "Calon Gubernur Disambut Tari Cakalele di Bandara Pattimura\n"
        "AMBON - Kedatangan calon gubernur di Kota Ambon disambut meriah puluhan penari "
        "cakalele, Senin siang. Diiringi tifa, para penari berteriak-teriak dan melompat "
        "sambil mengacungkan parang dan salawaku, mata melotot seperti kesurupan, "
        "menghidupkan aura perang para leluhur. Seorang anak SD menghadang sang calon untuk "
        "meminta tanda tangan di lukisan wajahnya. Tim pemenangan menyebut kunjungan itu "
        "untuk bersilaturahmi dengan tokoh adat dan warga selama masa kampanye, dan "
        "rombongan kemudian menuju rumah makan di kawasan pantai untuk makan siang."
    )
    assert_no_signal_unless(
        story,
        indonesia,
        "Tim pemenangan",
        "Pendukung dua pasangan calon sempat bentrok dan saling lempar batu di luar bandara.",
    )


def test_pupils_taught_the_dangers_of_brawls_and_drugs_fight_no_brawl(
    indonesia: Gazetteer,
) -> None:
    story = (
        "Kesbangpol Sosialisasi Bahaya Tawuran dan Narkoba ke Sekolah\n"
        "Kesbangpol Kota Denpasar menggelar sosialisasi bahaya tawuran dan narkoba di "
        "sepuluh SMA, Selasa. Dengan dialog interaktif, siswa diajak mengenali penyebab "
        "tawuran dan cara mencegahnya, serta dampak narkoba bagi tubuh dan keluarga. "
        "Kepala Kesbangpol menyebut pergaulan sering menyeret pelajar mencoba narkoba yang "
        "awalnya diberikan gratis, sehingga pengawasan orang tua dan sekolah perlu "
        "diperkuat. Kegiatan ditutup dengan ikrar pelajar anti tawuran dan anti narkoba, "
        "dan sekolah berjanji menggelar kegiatan serupa setiap awal tahun ajaran baru."
    )
    assert_no_signal_unless(
        story,
        indonesia,
        "Kegiatan ditutup",
        "Usai kegiatan, dua kelompok pelajar terlibat tawuran di depan sekolah.",
    )


def test_a_liquor_raid_names_the_fights_drink_may_cause_not_one_fought(
    indonesia: Gazetteer,
) -> None:
    story = (
        "Operasi Pekat, Polres Sita Ratusan Botol Miras\nPolres Pekalongan menyita ratusan "
        "botol minuman keras dari empat warung di Kecamatan Kajen dalam Operasi Penyakit "
        "Masyarakat, Jumat malam. Para penjual tidak melawan, dan miras akan dibawa ke "
        "Mapolres untuk dimusnahkan, sementara pemilik warung wajib lapor. Kasat Samapta "
        "mengatakan razia digelar karena miras kerap menjadi pemicu keributan, perkelahian "
        "atau tawuran dan tindak kriminal lain yang mengganggu ketertiban. Polisi meminta "
        "warga tidak ragu melaporkan warung yang masih menjual minuman keras di lingkungannya, "
        "dan identitas pelapor akan dijamin."
    )
    assert_no_signal_unless(
        story,
        indonesia,
        "Kasat Samapta",
        "Seorang penjual dan kerabatnya sempat mengamuk dan mengeroyok petugas.",
    )


def test_youths_firing_firecrackers_at_each_other_are_a_youth_brawl(indonesia: Gazetteer) -> None:
    war = read_story(
        "Perang Petasan Remaja Dibubarkan Polisi\nPolisi membubarkan aksi perang petasan yang "
        "dilakukan puluhan remaja di sebuah lapangan di Kelurahan Pringsewu Selatan, "
        "Kabupaten Pringsewu, selepas subuh. Menurut Wakapolres, perang petasan itu sudah "
        "berlangsung sejak awal Ramadan di dekat permukiman, dan warga mengeluh karena takut "
        "terkena imbasnya. Pembubaran dilakukan dengan mengimbau para remaja pulang, sementara "
        "anggota bermotor berkeliling mencari yang bersembunyi. Polisi meminta orang tua "
        "mengawasi anak-anaknya dan akan menertibkan peredaran petasan di wilayah itu "
        "hingga akhir bulan puasa nanti ini.",
        indonesia,
    )
    assert war.categories == ["alcohol_drugs_brawl"]


def test_a_caning_carried_out_before_the_public_is_no_conflict(indonesia: Gazetteer) -> None:
    story = (
        "Sebelas Pelanggar Qanun Dihukum Cambuk\nSebelas terpidana pelanggar qanun jinayat "
        "menjalani hukuman cambuk di halaman sebuah masjid di Kecamatan Kuta Alam, Banda "
        "Aceh, Jumat pagi. Algojo mencambuk mereka bergiliran di atas panggung, antara 20 "
        "dan 40 kali, dan seorang terpidana perempuan sempat pingsan lalu dipapah petugas "
        "Wilayatul Hisbah. Ratusan warga menonton dari luar pagar. Kepala Kejaksaan Negeri "
        "mengatakan eksekusi uqubat ini bertujuan memberi efek jera bagi pelanggar khalwat, "
        "maisir dan khamar, dan pelaksanaannya dijaga polisi serta petugas Satpol PP dari "
        "pagi hingga siang hari itu juga."
    )
    assert_no_signal_unless(
        story,
        indonesia,
        "Kepala Kejaksaan",
        "Usai eksekusi, dua kelompok penonton terlibat bentrok dan saling pukul.",
    )


def test_syiah_kuala_is_a_place_not_a_sect() -> None:
    index = default_index()
    found = index.scan(" di kecamatan syiah kuala banda aceh ")
    said = found.get("category", {}).get("sara_identity_religion", {})
    weight = sum(n * index.weight("category", "sara_identity_religion", p) for p, n in said.items())
    assert weight <= 0


def test_a_death_sentence_carried_out_is_the_state_s_and_no_killing(indonesia: Gazetteer) -> None:
    story = (
        "Bandar Narkoba Divonis Mati Akan Dieksekusi\nJaksa Agung memastikan bandar narkoba "
        "yang putusannya sudah berkekuatan hukum tetap akan dieksekusi mati di hadapan regu "
        "tembak Polri di Pulau Nusakambangan, Cilacap, Jawa Tengah. Namun ia belum dapat "
        "memastikan jadwal dan siapa saja yang akan ditembak mati, karena kejaksaan masih "
        "memeriksa kelengkapan upaya hukum tiap terpidana, termasuk peninjauan kembali dan "
        "grasi. Menurut dia, Nusakambangan dipilih karena sulit dijangkau umum. Ia mengaku "
        "memahami keberatan sejumlah negara dan aktivis HAM atas hukuman itu, tetapi meminta "
        "mereka menghormati hukum Indonesia."
    )
    assert_no_signal_unless(
        story,
        indonesia,
        "Menurut dia",
        "Di luar gerbang dermaga, massa pendukung terpidana bentrok dengan polisi.",
    )


def test_a_tps_in_a_story_of_rubbish_and_its_landfill_is_a_depot() -> None:
    from siaga.analysis.pipeline import _trash_depots_renamed

    rubbish = " sampah menumpuk di tps baktijaya karena tpa cipayung longsor "
    assert " tps " not in _trash_depots_renamed(rubbish)
    vote = " surat suara di tps baktijaya basah, sementara sampah di tpa menumpuk "
    assert " tps " in _trash_depots_renamed(vote)


def test_a_peresean_duel_s_blood_is_the_fighters_own(indonesia: Gazetteer) -> None:
    story = (
        "Mengenal Peresean, Pertarungan Pepadu Suku Sasak\nPeresean adalah atraksi dua "
        "ksatria suku Sasak yang bertarung dengan penjalin dari rotan sebagai senjata dan "
        "perisai dari kulit kerbau. Petarung yang berhasil melukai lawannya dinyatakan menang, "
        "dan pepadu yang mengalami luka di kepala sampai darahnya menetes dinyatakan kalah. "
        "Menurut kepercayaan masyarakat, darah yang menetes menandakan hujan akan turun, "
        "sehingga peresean digelar pada musim kemarau. Kini atraksi ini juga ditampilkan bagi "
        "wisatawan yang berkunjung ke desa-desa adat di Lombok Tengah setiap akhir pekan, "
        "diiringi gendang beleq khas Lombok."
    )
    assert_no_signal_unless(
        story,
        indonesia,
        "Menurut kepercayaan",
        "Usai laga, pendukung kedua pepadu terlibat bentrok hingga tiga orang terluka.",
    )


def test_a_solidarity_rally_before_a_police_headquarters_is_a_protest(
    indonesia: Gazetteer,
) -> None:
    waiting = read_story(
        "Orang Tua Menanti Kabar Anak yang Ditangkap\nPuluhan orang tua menunggu di luar "
        "Mapolda sejak pagi untuk menjemput anak mereka yang ditangkap. Juru bicara polisi "
        "mengatakan ratusan pelajar diamankan seusai insiden penyerangan markas itu, sebagian "
        "saat kejadian dan sebagian lagi dalam penyisiran sore harinya. Penangkapan dilakukan "
        "selepas kericuhan saat aksi solidaritas untuk kematian seorang pengemudi ojek online "
        "di depan Mapolda. Polisi mengimbau orang tua mengawasi anaknya agar tidak mudah "
        "terprovokasi, dan berjanji mempertemukan mereka dengan anak-anaknya sore ini di "
        "gedung utama markas itu.",
        indonesia,
    )
    assert waiting.categories == ["demonstration"]


def test_families_at_the_police_station_demanding_a_release_name_a_protest() -> None:
    index = default_index()
    found = index.scan(" belasan warga mendatangi mapolres dan meminta polisi membebaskan mereka ")
    said = found.get("category", {}).get("demonstration", {})
    assert sum(n * index.weight("category", "demonstration", p) for p, n in said.items()) >= 1.0


def test_civil_servants_drug_screening_is_no_threat_or_brawl(indonesia: Gazetteer) -> None:
    story = (
        "Ratusan ASN Jalani Tes Urine Mendadak\nPegawai Pemerintah Kabupaten Malang kaget "
        "dengan kedatangan tim Badan Narkotika Nasional, Senin pagi, yang menggelar tes urine "
        "bagi 486 aparatur sipil negara di tujuh organisasi perangkat daerah. Mereka tidak "
        "diizinkan untuk menolak. Kepala BNN mengatakan ada tiga parameter yang diperiksa, "
        "yakni ganja, benzo serta sabu-sabu, sebagai upaya pencegahan penyalahgunaan "
        "narkoba di kalangan pegawai. Hasilnya baru diketahui sepekan kemudian, dan pegawai "
        "yang positif akan direkomendasikan untuk menjalani rehabilitasi. Tes serupa akan "
        "digelar di dinas lain tanpa pemberitahuan."
    )
    assert_no_signal_unless(
        story,
        indonesia,
        "Hasilnya baru",
        "Seorang pegawai yang menolak diperiksa sempat mengamuk dan memukul petugas.",
    )


def test_a_would_be_candidate_s_papers_refused_is_the_election_body_s_decision(
    indonesia: Gazetteer,
) -> None:
    story = (
        "Dokumen Bakal Calon Bupati Ditolak KPU\nSeorang bakal calon bupati jalur "
        "perseorangan datang ke KPU Kabupaten Kerinci menjelang tengah malam, hari terakhir "
        "pendaftaran, membawa surat dukungan bersama beberapa anggota timnya. Setelah "
        "diverifikasi, komisioner menyatakan dukungan itu tidak memenuhi syarat karena hanya "
        "1.464 surat dukungan dari 21.868 yang diwajibkan. Pendaftaran calon perseorangan "
        "pun ditutup. Bila merasa keberatan, bakal calon itu dipersilakan menyampaikannya "
        "kepada Bawaslu, kata komisioner KPU kepada wartawan keesokan harinya. Dengan "
        "demikian tidak ada calon perseorangan di pilkada itu."
    )
    assert_no_signal_unless(
        story,
        indonesia,
        "Bila merasa",
        "Ratusan pendukungnya lalu menggeruduk kantor KPU dan merusak pagar.",
    )


def test_soldiers_and_police_posted_for_a_president_s_visit_are_no_risk_met(
    indonesia: Gazetteer,
) -> None:
    story = (
        "1.900 Personel Amankan Kunjungan Presiden\nSebanyak 1.900 personel gabungan TNI, "
        "polisi, dan pemda siap mengamankan kedatangan Presiden di Kabupaten Garut, Jawa "
        "Barat, siang ini. Danrem mengatakan, berdasarkan rapat gabungan yang telah dilakukan, "
        "seluruh personel telah diterjunkan ke rute dan lokasi yang akan dikunjungi. Kapolres "
        "menambahkan ada bantuan personel Brimob dari Polda. Pantauan di lapangan, lalu "
        "lintas di sekitar pesantren yang akan dikunjungi terlihat lancar, dan belum ada "
        "kerumunan warga yang menunggu kedatangan Presiden di lokasi peletakan batu pertama "
        "rumah sakit baru itu siang ini."
    )
    assert_no_signal_unless(
        story,
        indonesia,
        "Pantauan di lapangan",
        "Puluhan mahasiswa berunjuk rasa di depan gerbang pesantren menolak kebijakan itu.",
    )


def test_holiday_travellers_crowding_onto_a_ship_are_no_quarrel(indonesia: Gazetteer) -> None:
    story = (
        "Ribuan Pemudik Berdesakan di Pelabuhan\nRibuan pemudik berdesakan saat menaiki "
        "tangga kapal di Pelabuhan Manokwari, Papua Barat, sejak Sabtu pagi. Mereka saling "
        "dorong untuk mendapatkan tempat duduk, dan tidak sedikit anak-anak yang terjepit. "
        "Guna menghindari keributan, petugas Pelni memberlakukan sistem buka tutup di pintu "
        "pelabuhan. Harga tiket pesawat yang melonjak membuat banyak pemudik memilih kapal "
        "laut. Kapal itu akan berlayar menuju Makassar dan Surabaya, dan penumpang tanpa "
        "tiket diminta turun oleh petugas sebelum kapal berangkat pada sore harinya. Arus "
        "mudik diperkirakan memuncak pekan depan."
    )
    assert_no_signal_unless(
        story,
        indonesia,
        "Harga tiket",
        "Ratusan penumpang yang gagal berangkat lalu menggeruduk kantor Pelni dan protes.",
    )


def test_maluku_s_pukul_sapu_lashes_are_the_rite_s_own(indonesia: Gazetteer) -> None:
    story = (
        "Tradisi Pukul Sapu Rayakan Syawalan\nWarga Desa Mamala, Kecamatan Leihitu, Maluku "
        "Tengah, menggelar tradisi pukul sapu pada 7 Syawal. Dua kelompok pemuda terlibat "
        "saling pukul dengan sapu lidi dari pohon enau hingga punggung dan dada mereka luka "
        "dan berdarah. Usai baku pukul, para peserta mengolesi luka dengan minyak khas desa "
        "itu. Meski tubuh penuh luka, tak ada dendam di antara mereka, dan tradisi ini justru "
        "mempererat persaudaraan kedua desa. Ribuan pengunjung datang menonton, termasuk "
        "wisatawan mancanegara yang sudah tiba sejak beberapa hari sebelumnya untuk "
        "menyaksikan tradisi tahunan itu dari dekat."
    )
    assert_no_signal_unless(
        story,
        indonesia,
        "Ribuan pengunjung",
        "Usai acara, pemuda kedua desa terlibat bentrok dan saling lempar batu.",
    )


def test_an_archery_contest_s_arrows_wound_no_one(indonesia: Gazetteer) -> None:
    story = (
        "Tertarik Belajar Memanah?\n"
        "Tertarik belajar panahan tradisional atau jemparing? Salah satu tempat latihan rutin"
        " ada di lapangan sebuah kelompok jemparing di kawasan keraton. Pengurusnya siap "
        "mendampingi siapa saja, dari anak-anak sampai lansia, tanpa dipungut biaya. Latihan "
        "digelar pagi dan sore hari. Setiap bulan kelompok itu menggelar lomba terbuka untuk "
        "masyarakat, dan pemenang biasanya mendapat paket sembako. Setiap babak peserta "
        "melepaskan empat anak panah ke sasaran yang disebut bandul. Anak panah yang menancap"
        " di kepala bandul berwarna merah mendapat tiga poin, di badan berwarna putih satu "
        "poin."
    )
    assert_no_signal_unless(
        story,
        indonesia,
        "Setiap babak",
        "Lomba bulan lalu sempat ricuh karena dua kelompok penonton terlibat bentrok.",
    )


def test_bali_s_mud_wrestling_throws_are_the_wrestlers_own(indonesia: Gazetteer) -> None:
    story = (
        "Bali memiliki tradisi bela diri yang tak kalah menarik dari pencak silat, namanya "
        "Mepantigan. Dalam bahasa Bali artinya saling membanting, dan para peserta bertanding "
        "satu lawan satu di atas lumpur sawah dengan teknik bantingan dan kuncian untuk "
        "mengalahkan lawan. Pertandingan diiringi gamelan baleganjur, dan sebelum serta sesudah"
        " bertanding peserta memberi hormat kepada patung Dewi Sri. Tradisi ini dirancang untuk"
        " menanamkan rasa hormat terhadap lawan, dan menjadi cara untuk meredam konflik dan "
        "kekerasan di masyarakat. Wisatawan boleh mencoba dengan tiket seratus ribu rupiah per "
        "orang, sudah termasuk pakaian adat."
    )
    assert_no_signal_unless(
        story,
        indonesia,
        "Wisatawan boleh",
        "Usai pertandingan, penonton dari dua banjar terlibat bentrok dan saling lempar batu.",
    )


def test_a_war_of_torches_burns_its_own_weapons(indonesia: Gazetteer) -> None:
    story = (
        "Perang Obor Kembali Digelar di Tegalsambi\nTradisi perang obor kembali digelar di "
        "Desa Tegalsambi, Kecamatan Tahunan, Kabupaten Jepara, Senin malam. Setelah dibuka "
        "dengan doa, obor dari pelepah kelapa kering disulut api dan empat puluh peserta "
        "saling serang tanpa pilih lawan. Perang berlangsung sekitar satu jam, hingga semua "
        "pelepah kelapa habis terbakar. Panitia menyediakan ramuan untuk peserta dan "
        "penonton yang mengalami luka bakar ringan. Tidak ada dendam di antara peserta "
        "setelah tradisi tolak bala itu usai, kata kepala desa kepada wartawan di lokasi. "
        "Tradisi itu digelar setiap bulan Dzulhijjah."
    )
    assert_no_signal_unless(
        story,
        indonesia,
        "Tidak ada dendam",
        "Usai acara, dua kelompok pemuda dari desa tetangga terlibat bentrok di jalan.",
    )


def test_a_rat_hunt_s_blows_and_deaths_are_the_pests(indonesia: Gazetteer) -> None:
    story = (
        "Petani Gelar Gropyokan Tikus\nPuluhan petani Desa Sidowarno, Kecamatan Wonosari, "
        "Kabupaten Klaten, menggelar gropyokan tikus di sawah mereka pada Sabtu pagi. Lubang "
        "di pematang diasapi, lalu tikus yang keluar dipukuli dengan kayu sampai mati. "
        "Pemerintah desa membayar seribu lima ratus rupiah untuk setiap ekor. Cara ini "
        "dipilih karena jebakan tikus beraliran listrik sudah beberapa kali menelan korban "
        "jiwa dan kini dilarang. Dalam sehari warga menangkap hampir tiga ratus ekor tikus, "
        "kata kepala desa kepada wartawan di balai desa. Gropyokan akan diulang setiap pekan "
        "sampai musim tanam berikutnya, dan kelompok tani dari desa tetangga diundang ikut "
        "serta agar tikus tidak sekadar berpindah ke sawah mereka."
    )
    assert_no_signal_unless(
        story,
        indonesia,
        "Dalam sehari",
        "Usai perburuan, dua kelompok petani terlibat bentrok karena rebutan hadiah.",
    )


def test_a_battle_of_1945_played_again_is_no_trouble(indonesia: Gazetteer) -> None:
    story = (
        "Drama Kolosal Pertempuran 10 November Digelar di Tugu Pahlawan\nRentetan tembakan "
        "dan dentuman bom menggema di depan Tugu Pahlawan, Kota Surabaya, Minggu pagi. "
        "Ratusan pelajar dan prajurit memerankan arek-arek Suroboyo yang menyerang tentara "
        "Sekutu dengan bambu runcing. Korban berjatuhan di kedua pihak sebelum bendera "
        "Belanda dirobek dan pekik merdeka terdengar. Suara bom berasal dari petasan yang "
        "dinyalakan panitia. Ribuan warga menonton pertunjukan itu hingga selesai, dan "
        "wali kota ikut berperan sebagai pejuang yang tewas tertembak. Asap merah dan hijau "
        "menyelimuti jalan, dan beberapa penonton terkejut ketika ledakan terdengar tanpa "
        "diduga, sebelum veteran membawa bendera merah putih ke tengah lapangan."
    )
    assert_no_signal_unless(
        story,
        indonesia,
        "Ribuan warga",
        "Di saat yang sama, ratusan buruh menggelar unjuk rasa menolak upah murah.",
    )


def test_stones_thrown_at_a_passing_train_are_a_crime(indonesia: Gazetteer) -> None:
    story = (
        "Kaca Kereta Pecah Dilempar Batu\nSeorang penumpang terluka di wajah setelah batu "
        "menghantam jendela KA Logawa relasi Purwokerto-Jember yang melintas di petak jalan "
        "Randegan-Kroya, Kabupaten Cilacap, Sabtu pagi. Petugas pengamanan menyisir rel dan "
        "mendapati dua bocah yang mengaku melempari kereta itu dengan batu. Keduanya dibawa "
        "ke Polsek Kroya dan orang tua mereka diminta mengganti kaca yang pecah. Manajer "
        "humas KAI mengingatkan bahwa pelemparan semacam ini bisa dipidana. Kereta sempat "
        "berhenti di Stasiun Kroya agar penumpang yang terluka mendapat pertolongan pertama, "
        "lalu melanjutkan perjalanan dengan keterlambatan dua puluh menit."
    )
    reading = read_story(story, indonesia)
    assert reading.kind == "incident"
    assert reading.categories == ["criminal_violence"]
    assert "35.09" not in {p["code"] for p in reading.places}  # Jember, the line's far end


def test_a_war_abroad_is_no_signal_unless_it_spills_over_here(indonesia: Gazetteer) -> None:
    story = (
        "Serangan Rudal Rusia Tewaskan 18 Orang di Kyiv\nRudal dan drone Rusia menghantam "
        "gedung apartemen di ibu kota Ukraina pada Kamis dini hari, menewaskan sedikitnya "
        "delapan belas orang dan melukai puluhan lainnya. Tim penyelamat masih mencari "
        "korban di bawah reruntuhan, sementara wali kota menetapkan hari berkabung. Presiden "
        "Ukraina menyebut serangan itu bukti bahwa Moskow menolak berunding dan meminta "
        "sanksi baru dari sekutunya. Angkatan udara Ukraina mengaku menembak jatuh sebagian "
        "besar drone yang diluncurkan malam itu, namun puing-puingnya tetap merusak rumah "
        "dan mobil warga di delapan distrik."
    )
    assert_no_signal_unless(
        story,
        indonesia,
        "Presiden Ukraina",
        "Di Kota Makassar, massa dua ormas bentrok saat aksi menyikapi perang itu.",
    )


def test_a_member_who_collapsed_at_a_meeting_died_by_no_one_s_hand(
    indonesia: Gazetteer,
) -> None:
    story = (
        "Anggota Dewan Meninggal Saat Rapat Kerja\nSeorang anggota DPRD Kabupaten Karangasem "
        "meninggal secara mendadak saat mengikuti rapat kerja komisi di kantor dewan, Selasa "
        "siang. Ia sempat bertanya soal pajak restoran sebelum memegang kepalanya dan tak "
        "sadarkan diri. Rekan-rekannya membawanya ke rumah sakit, namun nyawanya tak "
        "tertolong. Istri korban menangis histeris di ruang jenazah. Jenazah dibawa ke rumah "
        "duka untuk upacara adat. Ketua dewan mengatakan almarhum dikenal rajin mengkritisi "
        "pendapatan daerah dan tak pernah mengeluh sakit. Rapat kerja dihentikan dan "
        "seluruh anggota dewan melayat ke rumah duka pada sore harinya."
    )
    reading = read_story(story, indonesia)
    assert reading.kind == "none"
    assert reading.severity == 0


def test_a_village_pledged_against_vote_buying_is_a_declaration(indonesia: Gazetteer) -> None:
    story = (
        "Bawaslu Resmikan Desa Anti Politik Uang\nBawaslu Kabupaten Seruyan meresmikan Desa "
        "Bangun Harja, Kecamatan Seruyan Hilir Timur, sebagai desa antipolitik uang pertama "
        "di Kalimantan Tengah, Senin siang. Dipimpin kepala desa, sepuluh relawan meneriakkan "
        "tolak politik uang di halaman balai desa. Desa itu juga sudah menetapkan peraturan "
        "desa yang melarang warganya menerima uang atau sembako dari calon mana pun menjelang "
        "pemilihan gubernur. Wakil bupati mengapresiasi langkah itu dan berharap desa lain "
        "menirunya, sementara Bawaslu akan menjadikan relawan desa itu mitra pengawasan "
        "hingga hari pemungutan suara."
    )
    reading = read_story(story, indonesia)
    assert reading.kind == "meeting"
    assert reading.categories == ["money_politics"]
    assert reading.severity == 1


def test_ramadan_s_race_for_snacks_between_faiths_is_a_joke(indonesia: Gazetteer) -> None:
    story = (
        "Nonis Ikut War Takjil, Umat Muslim Kehabisan\nFenomena war takjil kembali ramai di "
        "media sosial. Umat Kristen dan pemeluk agama lain yang tidak berpuasa berburu "
        "takjil sejak pukul tiga sore, sehingga umat Muslim yang baru keluar rumah menjelang "
        "berbuka kerap kehabisan gorengan dan es buah. Seorang pendeta bergurau dalam "
        "khotbahnya bahwa soal agama kita toleran, tapi soal takjil kita saingan. Warganet "
        "Muslim membalas dengan candaan akan memborong telur menjelang Paskah sebagai balas "
        "dendam. Para pedagang di pinggir jalan justru senang karena dagangan mereka cepat "
        "habis. Perburuan itu disebut meresahkan kaum Muslim yang berpuasa, hingga ada yang "
        "mengunggah candaan bahwa setiap lapak takjil kini dijaga aparat keamanan dan para "
        "suster gereja ikut berdesak-desakan dengan pembeli Muslim."
    )
    assert_no_signal_unless(
        story,
        indonesia,
        "Para pedagang",
        "Di sebuah pasar, dua kelompok pembeli terlibat keributan dan saling pukul.",
    )


def test_a_mosque_s_charity_box_stolen_is_a_petty_theft(indonesia: Gazetteer) -> None:
    story = (
        "Lima Kotak Amal Masjid Dibobol Maling\nAksi pencurian kotak amal terjadi di Masjid "
        "Al Kautsar, Kecamatan Cikoneng, Kabupaten Ciamis, Selasa dini hari saat masjid "
        "kosong dan terkunci. Ketua DKM mengatakan lima kotak amal ludes dibobol pelaku. "
        "Setelah dicek, rekaman CCTV memperlihatkan seorang pria berpenutup kepala merah "
        "muda membobol gembok dengan alat khusus lalu memasangnya kembali sehingga tampak "
        "seperti tidak terjadi apa-apa. Pembobolan baru ketahuan usai salat subuh ketika "
        "anak-anak menyenggol kotak amal. Pengurus belum melaporkan kejadian itu ke polisi "
        "dan akan mengganti gembok dengan yang dilengkapi alarm."
    )
    assert_no_signal_unless(
        story,
        indonesia,
        "Pengurus belum",
        "Sepekan kemudian pelaku kepergok lagi dan dihajar warga hingga babak belur.",
    )


def test_a_thief_beaten_at_a_mosque_is_a_crime_not_a_faith_at_odds(
    indonesia: Gazetteer,
) -> None:
    story = (
        "Curi Kotak Amal Masjid, Pria Dihajar Warga\nSeorang pria kepergok mencongkel kotak "
        "amal Masjid Nurul Huda di Desa Semendi, Kabupaten Probolinggo, usai salat subuh. "
        "Jamaah berteriak maling dan warga berdatangan ke tempat ibadah itu. Pelaku sempat "
        "lari namun tertangkap dan dihajar hingga babak belur, sementara motornya dibakar "
        "massa yang emosi. Polisi dari Polsek Tongas datang dan mengevakuasi pelaku dari "
        "amukan warga. Menurut kapolsek, pelaku yang sama sudah beberapa kali mencuri di "
        "masjid desa sebelah dan kini diperiksa penyidik. Uang hasil curian dan sisa motor "
        "yang terbakar dibawa ke polsek sebagai barang bukti."
    )
    reading = read_story(story, indonesia)
    assert reading.kind == "incident"
    assert reading.categories == ["criminal_violence"]


def test_online_gambling_ads_planted_in_a_village_website_are_no_brawl(
    indonesia: Gazetteer,
) -> None:
    story = (
        "Situs Web Desa Diretas, Terhubung ke Judi Online\nMasyarakat Kabupaten Tuban resah "
        "karena sejumlah situs web pemerintah desa terhubung langsung ke situs judi online "
        "sejak Selasa pagi. Warga yang membuka laman desa mereka justru diarahkan ke iklan "
        "slot gacor. Kepala Diskominfo mengatakan baru sebagian desa yang memindahkan "
        "servernya ke program milik kementerian, sehingga situs lainnya mudah disusupi. "
        "Pihaknya akan menurunkan semua situs desa yang terinfeksi konten judi itu dan "
        "meminta perangkat desa mengganti kata sandi mereka secepatnya agar peretasan "
        "serupa tidak terulang di desa lain. Warga diminta melapor bila menemukan laman lain."
    )
    reading = read_story(story, indonesia)
    assert reading.kind == "none"
    assert reading.categories == []


def test_a_village_named_parang_holds_no_machete(indonesia: Gazetteer) -> None:
    named = analyze("Warga Desa Parang Batu menolak tambang pasir di sungai", gazetteer=indonesia)
    assert "weapon" not in named.cues["flags"]
    armed = analyze("Pemuda membawa parang saat tawuran di Desa Parang Batu", gazetteer=indonesia)
    assert armed.cues["flags"]["weapon"] == ["parang"]


def test_the_armed_forces_exercise_is_no_clash(indonesia: Gazetteer) -> None:
    story = (
        "Marinir Uji Tembak Meriam Jelang Puncak Latgab\nDirektur Latihan Gabungan TNI "
        "mengecek kesiapan prajurit artileri Marinir di Pantai Banongan, Asembagus, Kabupaten "
        "Situbondo, Sabtu. Ia mencoba penembakan meriam howitzer dua kali setelah tembakan "
        "pendahuluan dengan granat asap untuk memastikan peluru jatuh di sasaran. Latgab "
        "yang melibatkan belasan ribu prajurit dari tiga matra itu menguji doktrin kampanye "
        "militer dengan skenario ancaman yang dibuat serealistis mungkin. Puncak latihan, "
        "berupa pendaratan amfibi dan serangan darat gabungan, dijadwalkan pekan depan dan "
        "akan disaksikan presiden bersama para kepala staf angkatan."
    )
    reading = read_story(story, indonesia)
    assert reading.kind == "none"
    assert reading.categories == []


def test_airsoft_players_war_games_are_a_hobby(indonesia: Gazetteer) -> None:
    story = (
        "Perang Airsoft Gun di Gunung Pemancar\nBaku tembak antara dua kubu terjadi di "
        "kawasan Gunung Pemancar, Kota Cilegon, Minggu siang. Yang terkena tembak tidak "
        "terkapar bersimbah darah, melainkan tertawa sambil meringis dan keluar dari "
        "persembunyiannya. Para serdadu itu anggota komunitas airsoft yang berlatih setiap "
        "pekan dengan senapan replika berbahan plastik. Menurut ketuanya, permainan itu "
        "tetap punya aturan: pemain yang terkena harus mengaku dan keluar arena, dan siapa "
        "pun dilarang memakai seragam TNI, Polri atau ormas. Setelah tiga jam, lima belas "
        "pemain berkumpul lagi tanpa seorang pun terluka dan bercerita soal pertempuran "
        "mereka sambil minum kopi."
    )
    assert_no_signal_unless(
        story,
        indonesia,
        "Menurut ketuanya",
        "Usai permainan, dua anggota terlibat perkelahian dan salah satunya dikeroyok.",
    )


def test_an_air_gun_a_terrorist_turned_on_the_police_is_no_war_game(
    indonesia: Gazetteer,
) -> None:
    attack = analyze(
        "Polisi menembak teroris berinisial ZA yang nekat menerobos markas polisi dengan "
        "membawa airsoft gun dan mengancam aparat di sana. Tak lama kemudian ia ditembak mati "
        "oleh petugas yang berjaga.",
        gazetteer=indonesia,
    )
    assert attack.kind == "incident" and attack.severity == 4


def test_munggu_s_war_of_staves_wards_off_misfortune(indonesia: Gazetteer) -> None:
    story = (
        "Warga Munggu Gelar Tradisi Mekotek\nRatusan warga Desa Munggu, Kecamatan Mengwi, "
        "Kabupaten Badung, menggelar tradisi mekotek bertepatan dengan Hari Raya Kuningan, "
        "Sabtu. Tradisi itu dilakukan sebagai simbol kemenangan dan upaya untuk menolak bala "
        "yang pernah menimpa desa. Di setiap persimpangan, para pemuda menyatukan tongkat "
        "kayu pulet hingga membentuk piramida, lalu seorang di antaranya memanjat ke puncak. "
        "Dulu upacara ini memakai tombak besi, namun untuk menghindari peserta terluka, sejak "
        "1948 tombak itu diganti kayu. Bendesa adat meminta warga tidak naik ke puncak "
        "tumpukan karena berbahaya."
    )
    reading = read_story(story, indonesia)
    assert reading.kind == "none"
    assert "32.08" not in {p["code"] for p in reading.places}  # Kabupaten Kuningan


def test_the_police_s_anniversary_show_of_a_riot_and_a_bomber_is_no_signal(
    indonesia: Gazetteer,
) -> None:
    story = (
        "Atraksi Penanganan Demo dan Bom Meriahkan HUT Bhayangkara\nUsai apel HUT ke-78 "
        "Bhayangkara di Lapangan Niti Mandala Renon, Denpasar, Polda Bali menggelar berbagai "
        "atraksi, dari marching band hingga penanganan demo anarkis. Dalam adegan itu para "
        "pendemo merusak fasilitas umum dan mengancam petugas, lalu Brimob maju dan otak "
        "kerusuhan diamankan. Tiba-tiba seorang pelaku lain datang dengan jaket berisi bom, "
        "yang meledak hingga pelaku itu roboh. Ribuan warga yang menonton bertepuk tangan, "
        "dan Kapolda berterima kasih kepada seluruh personel yang tampil. Parade defile yang "
        "melibatkan TNI, Satpol PP dan pegawai kepolisian menutup rangkaian acara pagi itu."
    )
    assert_no_signal_unless(
        story,
        indonesia,
        "Ribuan warga",
        "Usai atraksi, dua kelompok penonton bentrok dan saling pukul hingga tiga orang terluka.",
    )


def test_a_police_show_revealed_at_the_end_is_no_signal(indonesia: Gazetteer) -> None:
    story = (
        "Teroris Menyusup, Suka Cita Berubah Mencekam\nSuka cita perayaan ulang tahun Polda "
        "Sulut di kompleks Mega Mas Manado berubah mencekam ketika Brimob mencium penyusupan "
        "teroris. Baku tembak tak terhindarkan dan dua orang teroris tewas, sementara "
        "beberapa lainnya tertangkap setelah kejar-kejaran di laut dengan Polair. Kejadian "
        "ini bukan sebenarnya. Ini hanya atraksi jajaran Polda Sulut untuk menunjukkan "
        "kesiapan mereka menghadapi teroris dan geng motor. Ribuan warga memadati lokasi "
        "dan berbaur dengan para polisi hingga upacara usai. Kapolda menjadi inspektur upacara, "
        "didampingi wakil gubernur dan para pejabat forkopimda."
    )
    reading = read_story(story, indonesia)
    assert reading.kind == "none"
    assert reading.severity == 0


def test_farmers_barred_from_forest_land_are_at_odds_over_land(indonesia: Gazetteer) -> None:
    story = (
        "Petani Hutan Dilarang Garap Lahan Meski Kantongi SK\nSeorang petani hutan asal Desa "
        "Jepangrejo, Kabupaten Blora, didatangi dua petugas Perhutani yang melarangnya "
        "menggarap lahan yang sudah ia tanami selama tiga belas tahun. Ia menunjukkan surat "
        "keputusan perhutanan sosial dari kementerian, namun kedua petugas menolak "
        "mengakuinya dan terjadi adu argumen selama setengah jam. Petugas bahkan berjanji "
        "membuat surat larangan menggarap. Para petani akhirnya pulang dan berencana "
        "mengadukan perlakuan itu kepada bupati. Kelompok tani setempat menyebut kejadian serupa "
        "sudah berulang sejak program perhutanan sosial dicanangkan bulan lalu."
    )
    reading = read_story(story, indonesia)
    assert reading.kind == "incident"
    assert reading.categories == ["land_boundary_dispute"]


def test_villagers_blocking_the_forest_police_protest_over_land(indonesia: Gazetteer) -> None:
    story = (
        "Polisi Hutan Dihadang Warga, Gergaji Sitaan Dikembalikan\nPetugas polisi hutan "
        "bersama polsek menyita tiga gergaji mesin dari dua belas warga yang menebang jati "
        "di hutan Ringinrejo, Kecamatan Wates, Kabupaten Blitar, Senin siang. Warga mengaku "
        "pohon itu tumbuh di lahan desanya, bukan di lahan Perhutani. Saat mobil petugas "
        "sampai di pintu keluar hutan, puluhan warga sudah menghadang dan meminta gergaji "
        "itu diserahkan kembali. Demi menghindari hal yang tidak diinginkan, petugas "
        "mengalah dan menyerahkannya. Wakil administratur Perhutani mengatakan kayu yang "
        "sudah ditebang belum bisa dikeluarkan dan masih berada di dalam hutan."
    )
    reading = read_story(story, indonesia)
    assert reading.kind == "incident"
    assert set(reading.categories) == {"land_boundary_dispute", "demonstration"}


def test_a_campaign_s_speedboat_that_blew_up_refuelling_is_an_accident(
    indonesia: Gazetteer,
) -> None:
    story = (
        "Speedboat Rombongan Cagub Meledak, Lima Orang Tewas\nSpeedboat yang mereka tumpangi "
        "untuk melakukan kampanye meledak dan terbakar di Pelabuhan Bobong, Kabupaten Pulau "
        "Taliabu, Sabtu siang. Kapolres mengatakan api menyambar saat operator mengisi bahan "
        "bakar, ketika calon gubernur dan rombongannya sudah naik. Lima orang meninggal "
        "dunia, termasuk seorang anggota DPRD dan ajudan dari kepolisian, dan sepuluh lainnya "
        "dirawat di rumah sakit. Rombongan itu semula hendak berkampanye di sebuah desa di "
        "pesisir barat pulau. Polisi masih menyelidiki penyebab ledakan dan memeriksa "
        "dokumen pelayaran kapal tersebut."
    )
    reading = read_story(story, indonesia)
    assert reading.kind == "none"
    assert reading.severity == 0


def test_villagers_stopping_a_project_s_officers_protest_and_cidera_is_a_wound(
    indonesia: Gazetteer,
) -> None:
    story = (
        "Warga Hadang Tim Pematokan Lahan Proyek Panas Bumi\nWarga empat kampung adat di "
        "Kecamatan Satar Mese, Kabupaten Manggarai, kembali menghadang polisi dan tim PT PLN "
        "yang hendak mematok lahan untuk proyek panas bumi, Jumat pagi. Mereka membuat "
        "barikade di jalan setapak menuju tanah ulayat yang ditetapkan sebagai titik "
        "pemboran. Pagar betis warga tidak bertahan lama saat aparat menerobos barisan; "
        "terjadi saling dorong dan dua orang warga mengalami cidera serius. Warga mengatakan "
        "penghadangan itu sudah yang kedelapan kalinya dan akan terus dilakukan selama "
        "perusahaan datang dikawal aparat bersenjata."
    )
    reading = read_story(story, indonesia)
    assert reading.kind == "incident"
    assert "demonstration" in reading.categories
    assert reading.casualties["injured"] == 2
    assert casualties("Tiga pemain mengalami cidera ringan usai laga.")["injured"] == 3


def test_a_time_bomb_of_speech_is_no_weapon(indonesia: Gazetteer) -> None:
    metaphor = analyze("Tumpukan sampah di TPA bisa jadi bom waktu kata dewan", gazetteer=indonesia)
    assert "weapon" not in metaphor.cues["flags"]
    real = analyze("Polisi temukan bom rakitan di dekat TPS 04", gazetteer=indonesia)
    assert real.cues["flags"]["weapon"] == ["bom"]


def test_an_ngo_s_campaigner_runs_no_election_campaign(indonesia: Gazetteer) -> None:
    ngo = analyze(
        "Juru kampanye hutan Greenpeace membentangkan spanduk tolak tambang nikel di Jakarta",
        gazetteer=indonesia,
    )
    assert "campaign" not in ngo.cues["flags"]
    rally = analyze("Kampanye paslon 2 di lapangan desa dihadiri ribuan orang", gazetteer=indonesia)
    assert "kampanye" in rally.cues["flags"]["campaign"]


def test_gamblers_firing_on_the_officers_raiding_their_cockfight_commit_a_crime(
    indonesia: Gazetteer,
) -> None:
    shot = read_story(
        "Tiga anggota polisi tewas saat melakukan penggerebekan judi sabung ayam di Kampung "
        "Karang Manik, Kecamatan Negara Batin, Way Kanan. Rombongan polisi diserang dengan "
        "tembakan dari lokasi sabung ayam yang hendak mereka amankan. Kapolsek dan dua "
        "anggotanya gugur di tempat. Arena sabung ayam itu sudah beroperasi bertahun-tahun "
        "dan diduga dilindungi oknum tertentu. Anggota DPRD provinsi mengutuk keras peristiwa "
        "itu dan mendesak Kapolres bertanggung jawab atas kelalaian dalam pengawasan. Polda "
        "menetapkan seorang warga sebagai tersangka yang mengelola arena perjudian itu, "
        "sementara pemilik gelanggang masih diperiksa penyidik.",
        indonesia,
    )
    assert shot.categories == ["criminal_violence"]
    assert shot.severity == 4
    stirred = read_story(COCKFIGHT_RAID + " Polisi sempat meredam kericuhan.", indonesia)
    assert stirred.categories == ["alcohol_drugs_brawl"]


def test_officers_killed_by_a_gunman_are_a_crime_told_without_the_shot_s_verb() -> None:
    killed = category_evidence("Kapolsek dan dua anggotanya tewas tertembak di kampung itu.")
    assert killed["criminal_violence"] >= CATEGORY_THRESHOLD
    hurt = category_evidence("Ia dirawat karena luka tembak di dada.")
    assert hurt["criminal_violence"] > 0.0


def test_a_carnival_s_thundering_loudspeakers_are_a_nuisance_not_a_conflict(
    indonesia: Gazetteer,
) -> None:
    story = (
        "32 Sound Horeg Bikin Warga Mojokerto Resah, Acara Karnaval Molor Hingga Subuh\n"
        "Karnaval di Desa Medali, Kecamatan Puri, Kabupaten Mojokerto, dikecam warga dan "
        "menuai sorotan tajam dari publik. Acara budaya itu viral karena diiringi 32 sound "
        "horeg yang berdentum dari sore hingga subuh. Kritik warganet makin ramai setelah "
        "beredar video yang menyebut suara bising itu merusak rumah warga: plafon sebuah "
        "rumah rontok karena getarannya, dan seorang pria meminta panitia menggeser sound "
        "agar tidak terlalu dekat dengan rumahnya. Unggahan itu memicu hujatan warganet. "
        "Kepala desa menegaskan kerusakan tidak separah yang digembar-gemborkan karena "
        "plafon itu sudah rapuh, dan panitia sudah mendatangi pemiliknya. Karnaval "
        "dijadwalkan selesai tengah malam sesuai izin keramaian, tetapi molor hingga pukul "
        "setengah lima pagi karena kabel listrik yang rendah menghambat truk."
    )
    assert_no_signal_unless(
        story,
        indonesia,
        "Kepala desa menegaskan",
        "Warga yang protes dikeroyok panitia hingga terjadi kericuhan.",
    )


def test_a_campaign_s_banners_stolen_are_its_props_not_a_thief_s_crime() -> None:
    stolen = category_evidence("Relawan menduga pencurian banner kampanye dilakukan oknum.")
    assert stolen["election_campaign_violation"] >= CATEGORY_THRESHOLD
    assert stolen.get("criminal_violence", 0.0) < CATEGORY_THRESHOLD
    burgled = category_evidence("Polisi menangkap pelaku pencurian dengan kekerasan di pasar.")
    assert burgled["criminal_violence"] > 0.0


def test_a_call_to_go_and_vote_is_the_campaign_s_and_the_vote_ahead_is_not_polling(
    indonesia: Gazetteer,
) -> None:
    appeal = analyze(
        "Relawan Kotak Kosong Desak Warga Mencoblos, banner kampanye mereka dirusak oknum",
        gazetteer=indonesia,
    )
    assert appeal.election_stage == "campaign"
    polling = analyze(
        "Warga ricuh saat mencoblos di TPS 03, kotak suara dirusak", gazetteer=indonesia
    )
    assert polling.election_stage == "voting_counting"
    ahead = analyze(
        "Relawan kotak kosong membagikan kaos jelang pilkada dengan pemungutan suara yang "
        "akan berlangsung 27 November",
        gazetteer=indonesia,
    )
    assert ahead.election_stage != "voting_counting"


def test_a_fence_staked_across_the_fishing_grounds_is_the_sea_fought_over() -> None:
    fenced = category_evidence(
        "Nelayan tradisional menolak pemagaran laut yang menghalangi wilayah tangkap mereka."
    )
    assert fenced["land_boundary_dispute"] >= CATEGORY_THRESHOLD
    dismantled = category_evidence("TNI AL membongkar pagar laut, nelayan bersyukur.")
    assert dismantled["land_boundary_dispute"] < CATEGORY_THRESHOLD


def test_a_comic_s_pirate_flag_officials_warn_against_is_no_conflict(
    indonesia: Gazetteer,
) -> None:
    story = (
        "Polisi Banten Tegaskan Larangan Kibarkan Bendera One Piece Saat HUT RI\n"
        "Kepolisian Daerah Banten mengancam akan mengambil tindakan tegas terhadap warga yang "
        "sengaja mengibarkan bendera bajak laut One Piece selama peringatan Hari Kemerdekaan. "
        "Menurut Wakapolda, gerakan mengibarkan bendera itu merupakan bentuk provokasi yang "
        "dapat merendahkan martabat bendera nasional dan merusak perjuangan para pendahulu. "
        "Seorang menteri bahkan menyebutnya bentuk makar. Ia menekankan situasi ketertiban umum "
        "dan keamanan di wilayahnya dijamin kondusif. Tren mengibarkan bendera tengkorak "
        "bertopi jerami itu baru-baru ini menjadi populer di kalangan penggemar manga, dan "
        "sebagian orang memakainya sebagai simbol perlawanan terhadap ketidakadilan. Pakar "
        "hukum menyebut pengibaran itu tidak melanggar pidana selama tidak lebih tinggi dari "
        "Merah Putih."
    )
    assert_no_signal_unless(
        story,
        indonesia,
        "Pakar hukum",
        "Ratusan mahasiswa menggelar unjuk rasa sambil mengibarkan bendera itu di depan DPRD.",
    )


def test_a_crowd_breaking_into_a_house_and_emptying_it_is_a_riot(indonesia: Gazetteer) -> None:
    story = (
        "Situasi mencekam melanda kawasan Tanjung Priok, Jakarta Utara, Sabtu malam. Rumah "
        "megah milik seorang anggota DPR dikepung ratusan massa. Tidak hanya mengepung, massa "
        "juga nekat menjarah isi rumah yang bernilai fantastis. Dalam siaran langsung, pintu "
        "rumah tampak jebol, barang-barang berharga diangkut dan teriakan massa terdengar "
        "bersahutan. Pakaian mewah, koleksi sepatu hingga barang elektronik berpindah tangan. "
        "Bagian dalam rumah berantakan, kaca pecah berserakan, dan sebagian besar ruangan "
        "terlihat kosong setelah dijarah. Netizen yang menonton ramai-ramai mengingatkan agar "
        "rumah itu tidak dibakar karena berdempetan dengan permukiman padat penduduk. Hingga "
        "berita ini diturunkan, massa masih bertahan di sekitar rumah tersebut."
    )
    reading = read_story(story, indonesia)
    assert (reading.kind, reading.categories) == ("incident", ["demonstration"])
    lorry = category_evidence("Muatan truk yang terguling itu dijarah warga sekitar.")
    assert lorry["demonstration"] < CATEGORY_THRESHOLD


def test_a_lebaran_gathering_of_forgiveness_is_no_meeting_on_a_risk(indonesia: Gazetteer) -> None:
    story = (
        "TANGSEL - Kelurahan Rengas, Ciputat Timur menggelar Halal Bihalal di halaman kantor "
        "kelurahan, dihadiri seluruh komponen masyarakat hingga Wali Kota. Hadir pula ormas, "
        "PKK, ulama, pengurus RT dan RW, tokoh agama, tokoh masyarakat dan tokoh pemuda. Wali "
        "Kota menyampaikan bahwa halal bihalal menguatkan nilai-nilai universal di masyarakat, "
        "baik aspek agama maupun kebangsaan, dan dengan silaturahmi kekompakan warga akan "
        "semakin kokoh. Lurah menyampaikan rasa haru bisa berkumpul dengan seluruh komponen "
        "masyarakat, karena saat awal masuk seusai libur lebaran ia belum sempat menyambangi "
        "semua tokoh. Acara ditutup dengan saling bermaafan dan makan bersama."
    )
    assert_no_signal_unless(
        story,
        indonesia,
        "Acara ditutup",
        "Halal bihalal itu juga mendamaikan dua kelompok pemuda yang sempat bentrok pekan lalu.",
    )


def test_a_crowd_scrambling_for_a_palace_s_offerings_contests_no_throne(
    indonesia: Gazetteer,
) -> None:
    story = (
        "Warga Berebut Ambil Gunungan Grebeg Keraton Yogyakarta\n"
        "Tepat di hari kedua Idul Adha, Keraton Yogyakarta menggelar prosesi kirab Gunungan "
        "Grebeg Besar di Alun-alun Utara. Sejak pagi warga sudah memenuhi alun-alun dan Masjid "
        "Gedhe Kauman. Puluhan bregada prajurit keraton keluar dengan busana kebesarannya, "
        "memainkan seruling, gong dan drum, dan suara tembakan salvo menandai dimulainya kirab. "
        "Abdi dalem meletakkan lima gunungan di halaman masjid, dan tak lama kemudian warga "
        "segera berebut gunungan; beberapa memanjatnya demi mengambil hasil bumi. Sepuluh menit "
        "kemudian gunungan berisi kacang panjang, cabai, wajik dan roti ludes diambil warga, "
        "yang percaya rezekinya akan lancar."
    )
    assert_no_signal_unless(
        story,
        indonesia,
        "Sepuluh menit",
        "Dua kelompok pemuda sempat bentrok dan saling pukul memperebutkan gunungan itu.",
    )
    throne = analyze(
        "Kisruh perebutan tahta Keraton Kasepuhan kembali memanas", gazetteer=indonesia
    )
    assert throne.categories == ["adat_customary_dispute"]


def test_lebaran_balloons_seized_by_the_police_are_no_signal(indonesia: Gazetteer) -> None:
    story = (
        "Patroli TNI-Polri Amankan Balon Udara Berpetasan di Ponorogo\n"
        "Tim gabungan Polsek dan Koramil Kauman mengamankan sebuah balon udara liar sepanjang "
        "lima meter yang jatuh di sawah Desa Somoroto pada hari kedua Lebaran. Dua petasan "
        "yang masih terikat di balon itu belum meledak. Menurut Kapolsek, balon udara yang "
        "diterbangkan sembarangan berpotensi membakar rumah, mengganggu jaringan listrik dan "
        "mengancam keselamatan penerbangan. Polisi masih mencari warga yang menerbangkannya "
        "dan mengimbau masyarakat tidak membuat balon udara berisi petasan. Patroli akan "
        "terus digelar di titik-titik rawan sampai sepekan setelah Lebaran."
    )
    assert_no_signal_unless(
        story,
        indonesia,
        "Patroli akan",
        "Warga yang tidak terima balonnya disita sempat bentrok dan mengeroyok petugas.",
    )


def test_sacrificial_cattle_running_amok_are_no_signal(indonesia: Gazetteer) -> None:
    story = (
        "Sapi Kurban Mengamuk Jelang Disembelih, Seruduk Panitia dan Masuk Rumah Warga\n"
        "Perayaan Idul Adha di halaman Masjid Al Ikhlas, Kelurahan Kalisari, diwarnai seekor "
        "sapi kurban yang mengamuk saat hendak disembelih. Sapi limosin seberat tujuh kuintal "
        "itu memutus talinya, menyeruduk seorang panitia hingga terpental, lalu berlari ke "
        "permukiman dan merusak dua sepeda motor serta pagar rumah warga. Warga berhamburan "
        "menyelamatkan diri. Setelah dikejar sekitar setengah jam, sapi itu berhasil diikat "
        "kembali dan disembelih. Panitia yang terluka dibawa ke puskesmas dan sudah pulang. "
        "Ketua takmir meminta panitia tahun depan menyiapkan kandang yang lebih kokoh."
    )
    assert_no_signal_unless(
        story,
        indonesia,
        "Panitia yang",
        "Dua kelompok pemuda sempat bentrok dan saling pukul berebut daging kurban.",
    )


def test_a_blast_while_mixing_firecrackers_is_an_accident(indonesia: Gazetteer) -> None:
    story = (
        "Tragedi Racikan Mercon Maut di Kebumen, Empat Orang Tewas\n"
        "Keterangan foto: Kapolda meninjau rumah yang hancur di Kecamatan Mirit pada Jumat "
        "pagi bersama tim laboratorium forensik dan penjinak bom.\n"
        "KEBUMEN - Tragedi racikan mercon maut pada malam Lebaran di Kebumen masih diselidiki "
        "polisi. Menurut Kapolda, bahan yang sedang diracik di dalam rumah tiba-tiba meledak "
        "sehingga dua orang tewas di tempat dan dua lainnya meninggal di rumah sakit. Polisi "
        "menemukan ratusan selongsong dan empat kilogram serbuk di lokasi, serta bungkus rokok "
        "di dekat titik ledakan. Enam belas saksi sudah diperiksa, dan polisi mengimbau warga "
        "berhenti membuat petasan di rumah."
    )
    assert_no_signal_unless(
        story,
        indonesia,
        "Enam belas",
        "Warga yang marah sempat mengamuk dan membakar rumah pemilik bahan itu.",
    )


def test_youths_pranking_passers_by_as_a_ghost_are_no_signal(indonesia: Gazetteer) -> None:
    story = (
        "Bikin Resah Warga, Enam Remaja Pelaku Prank Pocong Diamankan Polisi\n"
        "Polsek Sanankulon mengamankan enam remaja yang berpura-pura menjadi pocong di jalan "
        "desa dekat perlintasan rel kereta api. Selama sepekan warga melapor ketakutan karena "
        "sosok berkain putih melompat-lompat setiap malam, dan seorang pengendara ojek nyaris "
        "terjatuh karena kaget. Menurut Kapolsek, para remaja berusia 14 sampai 16 tahun itu "
        "bergantian memakai kostum dan merekam aksinya untuk konten media sosial. Orang tua "
        "mereka didatangkan ke Mapolsek. Para remaja membuat surat pernyataan tidak akan "
        "mengulangi perbuatannya di hadapan Kapolsek."
    )
    assert_no_signal_unless(
        story,
        indonesia,
        "Orang tua",
        "Salah satu remaja sempat dikeroyok warga yang geram hingga babak belur.",
    )


def test_a_power_cut_by_a_kite_is_no_signal(indonesia: Gazetteer) -> None:
    story = (
        "Gangguan pemadaman listrik karena layang-layang meningkat dalam dua bulan terakhir. "
        "Sejak Januari tercatat 46 laporan listrik padam karena layangan yang menyangkut di "
        "jaringan. PLN berkoordinasi dengan kepolisian setempat terkait gangguan ini dan "
        "menggencarkan sosialisasi agar warga tidak bermain layangan dekat tiang listrik. "
        "Menurut manajer PLN, mayoritas gangguan disebabkan layangan sendaren berukuran "
        "besar. Petugas yang menerima laporan langsung menurunkan layangan, dan listrik "
        "kembali menyala dalam satu jam. Warga yang menyebabkan terputusnya aliran listrik "
        "terancam pidana penjara lima tahun menurut undang-undang ketenagalistrikan."
    )
    assert_no_signal_unless(
        story,
        indonesia,
        "Menurut manajer",
        "Puluhan warga sempat berunjuk rasa di kantor PLN menuntut ganti rugi.",
    )


def test_records_refused_before_the_information_commission_are_no_quarrel(
    indonesia: Gazetteer,
) -> None:
    story = (
        "Komisi Informasi Provinsi memeriksa dan memutus Sengketa Informasi Publik yang "
        "diajukan oleh seorang warga terhadap Kantor Wilayah Badan Pertanahan. Pemohon telah "
        "mengajukan permohonan penyelesaian sengketa yang diterima dan terdaftar di "
        "kepaniteraan pada bulan Mei dengan registrasi sengketa nomor tujuh. Sebelumnya pemohon"
        " mengajukan permohonan informasi secara tertulis, tetapi tidak mendapat jawaban dalam "
        "waktu yang ditentukan undang-undang. Majelis komisioner telah membaca surat "
        "permohonan, mendengar keterangan pemohon dan termohon, serta memeriksa bukti-bukti "
        "dari kedua pihak sebelum membacakan putusan."
    )
    assert_no_signal_unless(
        story,
        indonesia,
        "Majelis komisioner",
        "Pendukung pemohon sempat bentrok dengan petugas di luar ruang sidang.",
    )


def test_a_player_who_collapsed_and_died_at_play_was_harmed_by_no_one(
    indonesia: Gazetteer,
) -> None:
    story = (
        "Seorang pebulutangkis berusia 48 tahun meninggal dunia saat sedang main bulutangkis di"
        " sebuah gelanggang olahraga di kota itu, Selasa malam. Menurut sekretaris persatuan "
        "bulu tangkis setempat, almarhum terjatuh ketika mengambil bola belakang, kepalanya "
        "terbentur ke lantai hingga tidak sadarkan diri. Rekan-rekannya segera membawanya ke "
        "rumah sakit, namun nyawanya tidak tertolong. Almarhum dikenal luas di kalangan "
        "pebulutangkis daerah itu, dan anaknya juga atlet bulutangkis yang pernah juara tingkat"
        " provinsi. Kalangan bulutangkis setempat berduka atas kepergiannya dan mengantar "
        "jenazahnya ke pemakaman."
    )
    assert_no_signal_unless(
        story,
        indonesia,
        "Kalangan bulutangkis",
        "Polisi menyebut almarhum sempat dipukul lawannya hingga terjadi perkelahian.",
    )


def test_servers_held_to_ransom_by_hackers_are_no_signal(indonesia: Gazetteer) -> None:
    story = (
        "Pusat data pemerintah diserang hacker dan peretas meminta tebusan Rp 131 miliar. "
        "Serangan siber berupa ransomware itu terjadi sejak Kamis dan membuat ratusan layanan "
        "publik mengalami gangguan, termasuk layanan imigrasi dan pendaftaran sekolah. Menteri "
        "memastikan pemerintah tidak akan membayar tebusan yang diminta peretas. Tim dari badan"
        " siber diterjunkan untuk memulihkan data instansi yang menjadi korban. Hingga kini "
        "belum diketahui kapan seluruh layanan akan pulih, dan pemerintah daerah memperpanjang "
        "masa pendaftaran sekolah karena sistemnya terganggu oleh serangan itu. Para ahli "
        "menyarankan agar cadangan data disimpan di tempat terpisah."
    )
    assert_no_signal_unless(
        story,
        indonesia,
        "Hingga kini",
        "Ratusan orang tua murid berunjuk rasa di kantor dinas menuntut pendaftaran dibuka.",
    )


def test_a_rider_cut_by_a_kite_s_string_is_no_signal(indonesia: Gazetteer) -> None:
    story = (
        "Seorang pengendara motor terluka di bagian leher akibat terjerat benang layangan di "
        "jalan raya dekat flyover, Rabu sore. Korban tak menyadari ada benang yang "
        "membentang di jalan saat pulang kerja, dan benang jenis gelasan itu mengenai "
        "lehernya hingga berdarah. Ia mendapat lima jahitan di puskesmas terdekat. Kejadian "
        "itu viral di media sosial, dan warganet mengecam maraknya permainan layangan di "
        "jalan raya. Kapolsek setempat memastikan pihaknya akan mengecek lokasi dan "
        "mengimbau anak-anak bermain layangan di lapangan yang jauh dari jalan. Pengendara "
        "juga diminta memakai helm penuh dan jaket yang menutupi leher."
    )
    assert_no_signal_unless(
        story,
        indonesia,
        "Kapolsek setempat",
        "Pemilik layangan sempat dikeroyok warga yang marah.",
    )


def test_fields_stripped_by_locusts_are_no_conflict(indonesia: Gazetteer) -> None:
    story = (
        "Serangan Sporadis Belalang Kembara, Puluhan Hektare Kebun Jagung Ludes\n"
        "SUMBA TIMUR - Puluhan hektare kebun jagung milik warga Desa Ndapayami, Kecamatan "
        "Kanatang, Kabupaten Sumba Timur, ludes diserang belalang kembara. Serangga itu "
        "meluluhlantakkan jagung yang mulai berbunga hingga rusak total.\n"
        '"Kurang lebih sepuluh hektare rusak total. Yang lain masih dalam ancaman serangan '
        'belalang," kata kepala desa, Senin (26/12/2022) malam.\n'
        "Warga terus berjaga untuk mengantisipasi serangan susulan dan menyemprotkan "
        "pestisida pada malam hari.\n"
        '"Kalau belalang datang siang hari warga usir dan tangkap. Kami yakin masih banyak '
        'belalang di padang yang siap menyerang kapan saja," kata kepala desa.'
    )
    assert_no_signal_unless(
        story,
        indonesia,
        "Warga terus",
        "Warga dua desa bentrok hingga tiga orang luka-luka berebut pestisida bantuan.",
    )


def test_a_boom_no_one_can_place_is_no_attack(indonesia: Gazetteer) -> None:
    story = (
        "Suara Dentuman Misterius Terdengar di Malang, Ini Penjelasan BMKG\n"
        "Suara dentuman misterius ramai diperbincangkan warganet pada Rabu dini hari. Warga "
        "di sejumlah kecamatan mengaku mendengar dentuman berkali-kali dan jendela rumah "
        "bergetar. BMKG menerima laporan dentuman dua kali, tetapi sensornya tidak mencatat "
        "anomali seismik. Menurut BMKG, sumber suara dentuman bisa berasal dari gelombang "
        "kejut meteor, gunung api, pesawat supersonik, bahan peledak, longsoran besar atau "
        "petir. Masyarakat diminta tidak panik, apalagi mengaitkannya dengan hal gaib, "
        "sambil menunggu hasil penelusuran lebih lanjut."
    )
    assert_no_signal_unless(
        story,
        indonesia,
        "Masyarakat diminta",
        "Polisi kemudian menemukan sisa bom rakitan yang meledak di sebuah gudang.",
    )


def test_a_whale_washed_up_and_cut_up_is_no_conflict(indonesia: Gazetteer) -> None:
    story = (
        "Ratusan warga memadati pantai selatan Cianjur, Kamis, untuk melihat ikan paus "
        "seberat enam ton yang mati terdampar. Tidak sedikit dari mereka berebut memotong "
        "daging paus itu untuk dikonsumsi, dan aparat setempat tidak mampu menahan warga "
        "yang terus berdatangan dari kecamatan lain. Warga menemukan empat lubang bekas "
        "tembakan di tubuh paus dan proyektil di perutnya, sehingga paus itu diduga mati "
        "karena ditembak pemburu. Petugas perikanan akan meneliti bangkai paus sebelum "
        "sisanya dikubur dengan alat berat di dekat lokasi. Warga percaya daging paus "
        "berkhasiat untuk stamina dan obat penyakit kulit."
    )
    assert_no_signal_unless(
        story,
        indonesia,
        "Petugas perikanan",
        "Puluhan nelayan lalu berunjuk rasa di kantor bupati menuntut pemburu paus ditangkap.",
    )


def test_a_child_jockey_thrown_at_a_horse_race_is_an_accident(indonesia: Gazetteer) -> None:
    story = (
        "Joki Cilik Tewas, Pacuan Kuda Tetap Digelar\n"
        "Lomba pacuan kuda piala wali kota di arena Sambi Nae, Kota Bima, akan tetap digelar "
        "meski seorang joki cilik tewas setelah terpental dan jatuh saat latihan pekan lalu. "
        "Bocah kelas lima sekolah dasar itu jatuh dari punggung kuda dan kepalanya membentur "
        "tanah. Ketua Pordasi mengatakan penggunaan alat pelindung diri akan diperketat, dan "
        "tim medis serta ambulans akan disiagakan di arena pacuan. Dalam sehari seorang joki "
        "bisa naik sepuluh sampai dua puluh kuda, dan panitia akan memeriksa kesehatan joki "
        "setiap lima putaran. Pendaftaran peserta dibuka pekan depan."
    )
    assert_no_signal_unless(
        story,
        indonesia,
        "Ketua Pordasi",
        "Keluarga joki lalu mengamuk dan memukuli pemilik kuda hingga babak belur.",
    )


def test_a_legend_s_princes_threatening_war_are_no_threat() -> None:
    from siaga.analysis.pipeline import _a_case_told_in_the_lead

    tale = (
        " dahulu kala di kerajaan tonjang beru lombok tengah hiduplah seorang putri jelita "
        "para pelamar mengancam akan berperang demi memperebutkan dirinya "
    )
    assert _a_case_told_in_the_lead(tale, ["other"], {})
    brawl = tale + "tahun ini dua kelompok pemuda bentrok di pantai saat festival "
    assert not _a_case_told_in_the_lead(brawl, ["other"], {})


def test_pretending_names_no_temple(indonesia: Gazetteer) -> None:
    pretending = analyze("Remaja berpura-pura menjadi pocong di dekat makam", gazetteer=indonesia)
    assert "target" not in pretending.cues["flags"]
    deaf = analyze("Pemiliknya pura-pura tidak dengar keluhan warga", gazetteer=indonesia)
    assert "target" not in deaf.cues["flags"]
    temple = analyze("Massa melempari pura di desa itu", gazetteer=indonesia)
    assert temple.cues["flags"]["target"] == ["pura"]


def test_a_bar_s_liquor_offer_mocking_a_prophet_offends_a_faith_and_fuels_no_brawl(
    indonesia: Gazetteer,
) -> None:
    story = (
        "Ratusan Massa Geruduk Kafe di Mlati, Tuntut Ditutup Permanen\n"
        "Ratusan massa dari gabungan ormas Islam berunjuk rasa di depan sebuah kafe di Desa "
        "Sinduadi, Kecamatan Mlati, Senin siang. Mereka memprotes promosi kafe yang dinilai "
        "menistakan agama, yakni minuman keras gratis bagi pengunjung bernama Muhammad, dan "
        "menuntut kafe itu ditutup permanen karena meresahkan umat. Seorang orator menyebut "
        "pemilik kafe telah menghina Nabi Muhammad. Perwakilan massa diterima pihak "
        "kepolisian dan pemerintah kabupaten. Aksi yang dikawal puluhan polisi itu "
        "berlangsung tertib, dan massa membubarkan diri setelah sekitar satu jam berorasi."
    )
    reading = read_story(story, indonesia)
    assert reading.kind == "incident"
    assert set(reading.categories) == {
        "demonstration",
        "sara_identity_religion",
        "hoax_hate_speech",
    }


def test_pigs_dying_of_african_swine_fever_are_no_signal(indonesia: Gazetteer) -> None:
    story = (
        "Ratusan Babi di Buleleng Mati Mendadak, Diduga Terserang Virus ASF\n"
        "SINGARAJA - Ratusan ekor babi milik peternak di Kabupaten Buleleng mati mendadak "
        "dalam dua pekan terakhir. Babi-babi itu awalnya tidak mau makan, kejang, lalu mati, "
        "sehingga peternak merugi jutaan rupiah per ekor menjelang hari raya Galungan. Dinas "
        "Pertanian masih menunggu hasil uji laboratorium untuk memastikan apakah virus "
        "African Swine Fever yang menyerang ternak itu. Kepala dinas mengimbau warga agar "
        "tidak resah karena virus itu tidak menular ke manusia, dan meminta bangkai babi "
        "dikubur, jangan dibuang ke sungai, agar virus tidak menyebar."
    )
    assert_no_signal_unless(
        story,
        indonesia,
        "Kepala dinas",
        "Puluhan peternak berunjuk rasa di kantor dinas menuntut ganti rugi.",
    )


def test_a_family_s_inheritance_fought_over_is_a_land_quarrel(indonesia: Gazetteer) -> None:
    story = (
        "Rebutan Tanah Warisan, Kakak Tebas Adik dengan Parang\n"
        "Dua bersaudara di Desa Hebing, Kecamatan Mapitara, Sikka, berebut tanah warisan "
        "orang tua mereka. Saat tanah itu diukur ulang pada Senin siang, keduanya adu mulut "
        "karena ukurannya tidak sesuai keinginan sang adik. Sang kakak lalu menebas adiknya "
        "berulang kali dengan parang hingga luka di punggung, pinggul dan tangan. Korban "
        "dilarikan ke puskesmas lalu dirujuk ke rumah sakit di Maumere. Polisi mengamankan "
        "pelaku beserta parang sepanjang 75 sentimeter dan memeriksa sejumlah saksi. "
        "Kepala desa berharap keluarga itu menyelesaikan pembagian warisan secara damai."
    )
    reading = read_story(story, indonesia)
    assert (reading.kind, reading.categories) == ("incident", ["land_boundary_dispute"])
    killing = analyze("Pria itu tega menghabisi nyawa adiknya di rumah", gazetteer=indonesia)
    assert killing.categories == ["criminal_violence"]
    smell = analyze(
        "Ratusan warga berunjuk rasa menutup TPA karena bau sampah menusuk hidung",
        gazetteer=indonesia,
    )
    assert "criminal_violence" not in smell.categories


def test_wild_monkeys_biting_children_are_no_signal(indonesia: Gazetteer) -> None:
    story = (
        "Monyet Liar Teror Warga Malahayu, Tiga Balita Terluka\n"
        "Warga Dukuh Kracak, Desa Malahayu, Kecamatan Banjarharjo, Brebes, diteror serangan "
        "monyet liar dalam dua pekan terakhir. Monyet jantan itu muncul tiba-tiba di tengah "
        "permukiman dan menyerang anak-anak yang bermain tanpa pengawasan. Seorang balita "
        "dicakar hingga mendapat delapan jahitan, dan dua lainnya digigit di kaki dan "
        "tangan. Monyet itu baru kabur setelah warga berdatangan membawa kayu. Warga "
        "meminta petugas segera menangkap monyet tersebut. Menurut kepala desa, monyet "
        "itu diduga turun dari hutan jati di selatan desa karena kekurangan makanan, dan "
        "warga diimbau menjaga anak-anak selama monyet belum tertangkap."
    )
    assert_no_signal_unless(
        story,
        indonesia,
        "Warga meminta",
        "Puluhan warga berunjuk rasa di kantor desa menuntut pemilik monyet ditindak.",
    )


def test_an_exam_ring_caught_is_no_signal(indonesia: Gazetteer) -> None:
    story = (
        "Komplotan Joki UTBK di Surabaya Ditangkap, Raup Rp6 Miliar\n"
        "Surabaya - Polrestabes Surabaya menangkap delapan anggota komplotan joki ujian masuk "
        "perguruan tinggi negeri. Mereka memasang kamera mini di kancing baju peserta, lalu "
        "mengerjakan soal dari sebuah rumah kontrakan dan mengirim jawabannya lewat earphone. "
        "Praktik itu terbongkar ketika seorang peserta kedapatan membawa modem di balik "
        "pakaiannya. Polisi menyita puluhan modem, kamera dan telepon genggam. Setiap peserta "
        "membayar Rp100 juta hingga Rp400 juta kepada komplotan itu. Panitia seleksi "
        "menyatakan peserta yang terbukti memakai joki didiskualifikasi dan pengawasan "
        "ujian gelombang berikutnya diperketat dengan detektor logam."
    )
    assert_no_signal_unless(
        story,
        indonesia,
        "Setiap peserta",
        "Orang tua peserta yang gagal sempat mengamuk dan menyerang panitia ujian.",
    )


def test_a_dateline_s_dash_ends_the_place_before_it(indonesia: Gazetteer) -> None:
    reading = analyze(
        "JAKARTA - Pusat Ujian Universitas Negeri Jakarta menggagalkan perjokian hari ini",
        gazetteer=indonesia,
    )
    assert [p["code"] for p in reading.places] == ["31"]


def test_a_tourist_deported_for_overstaying_is_no_signal(indonesia: Gazetteer) -> None:
    story = (
        "Overstay dan Tak Punya Uang, Dua Bule Dideportasi dari Bali\n"
        "BADUNG - Dua warga negara asing dideportasi dari Bali oleh Rumah Detensi Imigrasi "
        "karena melanggar izin tinggal alias overstay dan mengganggu ketertiban umum. Yang "
        "pertama tinggal di sebuah hostel di Seminyak dan baru sadar izinnya habis saat hendak "
        "pulang, sementara ponselnya yang berisi akses rekening hilang. Yang kedua mengaku "
        "lupa memperpanjang izin tinggal karena sakit. Keduanya diterbangkan lewat Bandara "
        "I Gusti Ngurah Rai dan dimasukkan ke daftar penangkalan oleh Direktorat Jenderal "
        "Imigrasi. Kepala rumah detensi mengimbau wisatawan asing mematuhi aturan izin "
        "tinggal selama berlibur di Bali."
    )
    assert_no_signal_unless(
        story,
        indonesia,
        "Keduanya diterbangkan",
        "Salah satunya sempat mengamuk dan menyerang petugas rumah detensi.",
    )


def test_a_whipping_duel_for_rain_is_a_rite_not_a_crime(indonesia: Gazetteer) -> None:
    story = (
        "Desanya Tak Kunjung Diguyur Hujan, Warga Gelar Tradisi Ojung\n"
        "Probolinggo - Debit air yang menipis dan sawah yang retak-retak membuat warga Desa "
        "Gunungtugel menggelar tradisi ojung atau duel cambuk rotan. Satu per satu peserta "
        "maju memilih lawan yang seimbang usia dan berat badannya, lalu menanggalkan baju. "
        "Yang boleh dipukul hanya punggung, masing-masing lima kali bergantian, dan peserta "
        "yang melanggar didiskualifikasi juri. Banyak peserta pulang dengan luka gores di "
        "punggung. Menurut panitia, tradisi itu menggambarkan manusia yang harus bersakit-"
        "sakit dahulu sebelum hujan turun sebagai berkah."
    )
    assert_no_signal_unless(
        story,
        indonesia,
        "Menurut panitia",
        "Penonton dari dua kampung sempat ricuh dan saling lempar batu.",
    )


def test_tabuik_s_brawl_is_the_rite_s_own_uproar(indonesia: Gazetteer) -> None:
    story = (
        "Ratusan Polisi Jaga Tabuik Basalisiah Malam Ini\n"
        "PARIAMAN - Prosesi tabuik basalisiah kembali digelar malam ini di Simpang Tabuik, "
        "dan Polres Pariaman menurunkan 120 personel karena prosesi itu selalu rawan "
        "kericuhan. Menurut adat, anak tabuik Pasa dan anak tabuik Subarang memang harus "
        "ricuh dan saling dorong beberapa menit, mengenang perang di Padang Karbala. Pada "
        "basalisiah kemarin seorang peserta luka di pelipis dan dibawa ke puskesmas. "
        "Kapolres berharap tidak ada yang cedera lagi dan tidak juga menjadi konflik antar "
        "dua kelompok. Tuo tabuik memastikan perselisihan selesai malam itu juga, begitu "
        "kedua tabuik berpisah, dan para pemuda kembali bersaudara."
    )
    assert_no_signal_unless(
        story,
        indonesia,
        "Tuo tabuik",
        "Usai prosesi, massa membakar dua sepeda motor warga di depan pasar.",
    )


def test_the_entranced_stabbing_themselves_at_ngerebong_commit_no_crime(
    indonesia: Gazetteer,
) -> None:
    story = (
        "Krama Kerauhan dan Tusuk Diri dengan Keris, Tradisi Ngerebong di Kesiman Digelar\n"
        "DENPASAR - Ratusan krama mengusung barong dan rangda menuruni tangga Pura Agung "
        "Petilan, Kesiman, lalu mengelilingi wantilan tiga kali melawan arah jarum jam. "
        "Puluhan orang kerauhan, berteriak dan menangis, dipegangi dua pengabih. Setiap kali "
        "sampai di depan pintu utama, mereka meminta keris lalu menusuk dada dan leher "
        "sendiri sekuat-kuatnya tanpa terluka. Tradisi ini digelar setiap enam bulan pada "
        "Minggu Pon Medangsia dan disaksikan ribuan warga hingga ke jalan. Bendesa adat "
        "menyebut prosesi itu menjaga keseimbangan alam dan tidak pernah ditiadakan."
    )
    assert_no_signal_unless(
        story,
        indonesia,
        "Tradisi ini",
        "Dua kelompok penonton sempat bentrok dan saling pukul di luar pura.",
    )


def test_singkawang_s_tatung_piercing_themselves_commit_no_crime(indonesia: Gazetteer) -> None:
    story = (
        "Atraksi Tatung yang Memukau di Puncak Cap Go Meh Singkawang\n"
        "Ratusan tatung diarak di jalan-jalan utama Kota Singkawang pada puncak Cap Go Meh. "
        "Dalam keadaan dirasuki roh, mereka menusuk pipi dengan jarum panjang, menginjak mata "
        "pedang dan menggosokkan golok ke lidah tanpa setetes darah keluar. Ribuan warga dan "
        "wisatawan berdesakan di tepi jalan untuk merekam parade itu. Wali kota membuka "
        "acara dengan memukul genderang, dan panitia menyebut 612 tatung ikut serta tahun "
        "ini. Sebelum parade, para tatung menjalani ritual di kelenteng masing-masing, dan "
        "setiap tatung didampingi pembantunya yang menjaga roh yang merasuki tetap tenang."
    )
    assert_no_signal_unless(
        story,
        indonesia,
        "Wali kota",
        "Dua kelompok penonton sempat bentrok dan saling pukul di tengah parade.",
    )


def test_a_team_walking_out_on_the_referee_disputes_no_election(indonesia: Gazetteer) -> None:
    story = (
        "Tim Bola Voli Desa Tuding Wasit Tak Adil, Pilih Walk Out\n"
        "Tim bola voli pemerintah desa melakukan protes keras dan walk out dalam babak "
        "perempat final turnamen antardesa di lapangan desa tetangga, Kamis sore. Official "
        "tim menilai wasit berkali-kali mengesahkan bola yang jelas keluar meski hakim garis "
        "sudah mengangkat bendera. Beberapa penonton sempat berusaha merangsek ke lapangan "
        "untuk memprotes wasit, tetapi panitia menenangkan mereka. Panitia turnamen "
        "menyatakan tim itu kalah WO dan pertandingan dilanjutkan dengan babak semifinal. "
        "Pengurus cabang persatuan bola voli berjanji mengevaluasi para wasit turnamen."
    )
    match = read_story(story, indonesia)
    assert "election_result_dispute" not in match.categories
    recount = analyze(
        "Saksi paslon walk out dari rapat pleno rekapitulasi suara KPU kabupaten",
        gazetteer=indonesia,
    )
    assert "election_result_dispute" in recount.categories


def test_a_court_finding_village_heads_not_neutral_names_the_neutrality_breach(
    indonesia: Gazetteer,
) -> None:
    story = (
        "MK Perintahkan Pemungutan Suara Ulang di Seluruh TPS\n"
        "Mahkamah Konstitusi memerintahkan pemungutan suara ulang (PSU) di seluruh TPS "
        "Pilkada Kabupaten Serang. Putusan itu diambil setelah terbukti adanya "
        "ketidaknetralan aparat desa yang menguntungkan salah satu pasangan calon. Hakim "
        "menyebut ketidaknetralan itu bukan hanya melanggar undang-undang tentang desa, "
        "tetapi juga masuk kategori pelanggaran pemilihan. KPU kabupaten wajib menggelar "
        "PSU paling lambat 60 hari setelah putusan dibacakan, dengan daftar pemilih yang "
        "sama seperti pemungutan suara sebelumnya. Kuasa hukum pemohon menyambut putusan "
        "itu dan meminta penyelenggara bekerja profesional."
    )
    assert "asn_neutrality" in read_story(story, indonesia).categories
    referee = analyze(
        "Suporter memprotes ketidaknetralan wasit pada laga final turnamen antardesa.",
        gazetteer=indonesia,
    )
    assert "asn_neutrality" not in referee.categories


def test_a_player_disqualified_from_a_tournament_disputes_no_election(
    indonesia: Gazetteer,
) -> None:
    story = (
        "Turnamen Bulu Tangkis Antarklub Usai, Satu Peserta Didiskualifikasi\n"
        "Turnamen bulu tangkis antarklub yang digelar pengurus cabang PBSI di gedung "
        "olahraga kabupaten resmi berakhir Minggu sore. Ketua panitia mengatakan seorang "
        "pemain di kelompok umur 17 tahun terbukti memalsukan akta kelahiran agar bisa "
        "bertanding melawan pemain yang lebih muda. Pemain itu didiskualifikasi dan "
        "gelarnya dicabut. Lawan yang menjadi korban dikembalikan peringkatnya. Panitia "
        "akan memeriksa dokumen setiap peserta lebih teliti pada turnamen berikutnya. "
        "Juara kelompok umum diraih pemain muda dari klub tuan rumah setempat."
    )
    assert "election_result_dispute" not in read_story(story, indonesia).categories
    contest = analyze(
        "Saksi paslon menuntut calon bupati nomor 2 didiskualifikasi dari Pilkada.",
        gazetteer=indonesia,
    )
    assert "election_result_dispute" in contest.categories


def test_a_chess_tournament_s_cheat_is_the_arbiter_s_matter(indonesia: Gazetteer) -> None:
    story = (
        "Turnamen Catur Terbuka Usai, Panitia Perketat Pengawasan\n"
        "Turnamen catur terbuka yang digelar pengurus cabang Percasi di gedung olahraga "
        "kabupaten telah resmi berakhir Minggu sore. Panitia selalu melakukan pengamanan "
        "ketat guna mencegah kecurangan, namun seorang pecatur terbukti memakai aplikasi "
        "catur di telepon genggam yang disembunyikan saat menghadapi unggulan pertama. "
        "Pertandingan langsung dihentikan. Lawan yang menjadi korban kecurangan akan "
        "dikembalikan poinnya, dan panitia melarang peserta membawa alat komunikasi ke "
        "arena pada turnamen berikutnya. Juara kategori umum diraih pecatur muda yang "
        "mengumpulkan tujuh poin dari sembilan babak, kata ketua panitia."
    )
    assert_no_signal_unless(
        story,
        indonesia,
        "Juara kategori",
        "Usai laga, pendukung kedua pecatur bentrok dan saling pukul hingga dua orang luka.",
    )


def test_the_quraisy_of_the_prophet_s_wars_are_no_neighbours_branded_unbelievers(
    indonesia: Gazetteer,
) -> None:
    lesson = (
        "Kisah Perang Badar Warnai Kajian Ramadan di Masjid Sekolah\n"
        "Kisah Perang Badar mewarnai kajian Ramadan yang diikuti seluruh siswa kelas tujuh "
        "hingga sembilan, Kamis pagi. Pemateri menyampaikan bahwa Perang Badar terjadi pada "
        "17 Ramadan tahun kedua Hijriah, ketika 313 pasukan Muslim menghadapi sekitar 1.000 "
        "pasukan kaum kafir Quraisy yang membawa 300 kuda dan 700 unta. Menurutnya, "
        "kemenangan itu lahir dari doa dan semangat juang yang tinggi. Ia juga berkisah "
        "tentang turunnya Al-Quran pada malam yang sama dan mengajak para siswa "
        "memperbanyak membaca Al-Quran selama bulan puasa, kata pemateri itu."
    )
    assert "sara_identity_religion" not in read_story(lesson, indonesia).categories
    branded = analyze(
        "Jemaah yang beda pilihan dicap kafir oleh pendukung calon di grup WhatsApp.",
        gazetteer=indonesia,
    )
    assert "sara_identity_religion" in branded.categories


def test_a_ramadan_lesson_on_the_battle_of_badr_is_sacred_history(
    indonesia: Gazetteer,
) -> None:
    story = (
        "Hari ke-17 Ramadan, Mengingat Perang Badar dan Hikmahnya\n"
        "Memasuki hari ke-17 Ramadan, umat Islam kembali mengingat Perang Badar, "
        "pertempuran besar pertama antara kaum Muslimin dan kaum Musyrikin yang terjadi "
        "pada tahun kedua Hijriah. Saat itu sekitar 313 orang menghadapi pasukan yang "
        "jumlahnya tiga kali lebih besar, namun berhasil meraih kemenangan berkat "
        "pertolongan Allah dan semangat juang yang tinggi. Peristiwa itu bermula ketika "
        "para sahabat ditugaskan menghadang kafilah dagang yang kembali dari Syam menuju "
        "Makkah. Para ulama mengajak umat memetik hikmah Badar: kesabaran, persatuan dan "
        "keyakinan, serta memperbanyak ibadah pada sepuluh malam terakhir."
    )
    assert_no_signal_unless(
        story,
        indonesia,
        "Para ulama",
        "Usai pengajian, dua kelompok jemaah bentrok dan saling lempar batu di halaman masjid.",
    )


def test_a_sports_body_choosing_its_chair_by_acclamation_is_its_own_business(
    indonesia: Gazetteer,
) -> None:
    story = (
        "Mantan Panglima Terpilih Secara Aklamasi Jadi Ketua KONI Provinsi\n"
        "Mantan panglima daerah militer itu resmi terpilih secara aklamasi sebagai ketua "
        "umum KONI provinsi periode 2025-2029 dengan dukungan 20 KONI kabupaten dan kota "
        "serta 45 cabang olahraga. Hingga batas waktu pengembalian formulir, hanya ada dua "
        "bakal calon yang mendaftar, dan bakal calon lainnya tidak lolos verifikasi karena "
        "dukungannya kurang. Bakal calon itu sempat menolak pencalonan tunggal dan meminta "
        "peserta musyawarah yang menentukan. Ketua terpilih berjanji menjadikan KONI "
        "induk organisasi yang profesional dan mengajak semua pihak melupakan perbedaan."
    )
    assert_no_signal_unless(
        story,
        indonesia,
        "Ketua terpilih",
        "Musyawarah sempat ricuh dan peserta saling lempar kursi.",
    )


def test_a_border_war_between_neighbouring_states_is_the_world_s_news(
    indonesia: Gazetteer,
) -> None:
    story = (
        "Bentrok Mematikan di Perbatasan Thailand-Kamboja, Ribuan Warga Mengungsi\n"
        "Ketegangan bersenjata di perbatasan Thailand dan Kamboja memasuki hari ketiga, "
        "dengan saling tuding antara kedua negara atas serangan baru yang menewaskan "
        "sedikitnya 33 orang. Bentrokan dipicu oleh ledakan ranjau yang melukai lima "
        "tentara di dekat garis perbatasan. Sejak itu tembakan artileri dan senapan "
        "dilaporkan terjadi di beberapa desa perbatasan. Kedua negara telah menarik pulang "
        "duta besar masing-masing dan menutup perbatasan, sementara PBB mendesak keduanya "
        "menahan diri dan menyelesaikan sengketa perbatasan itu melalui dialog damai."
    )
    assert read_story(story, indonesia).kind == "none"
    at_home = story.replace("Sejak itu", "Di Entikong, Sanggau, warga dua desa bentrok. Sejak itu")
    assert read_story(at_home, indonesia).kind != "none"


def test_lamalera_s_whale_hunt_is_an_animal_s_case(indonesia: Gazetteer) -> None:
    story = (
        "Berburu Paus di Lamalera\n"
        "Lamalera adalah kampung nelayan di selatan Pulau Lembata yang setiap musim paus "
        "menangkap mamalia laut itu dengan cara tradisional. Dengan perahu kayu yang "
        "disebut peledang, mereka mengejar paus ke laut, lalu lamafa melompat dari ujung "
        "perahu dan menikam paus dengan tombak bambu bermata besi yang disebut tempuling. "
        "Daging paus tidak diperjualbelikan, tetapi dibagikan kepada seluruh warga kampung "
        "sesuai jasa masing-masing dalam perburuan. Meski sempat diprotes pecinta "
        "lingkungan internasional, warga menegaskan tidak menangkap paus muda maupun yang "
        "sedang hamil agar populasinya tetap terjaga."
    )
    assert_no_signal_unless(
        story,
        indonesia,
        "Daging paus",
        "Ratusan nelayan lalu berunjuk rasa di kantor bupati menolak larangan berburu paus.",
    )


def test_a_pencak_dor_night_at_a_pesantren_is_a_show_of_bouts(indonesia: Gazetteer) -> None:
    story = (
        "Ribuan Penonton Padati Pencak Dor di Lapangan Pesantren\n"
        "Ribuan orang berjejal mengitari panggung bambu pencak dor di lapangan pondok "
        "pesantren, Sabtu malam. Di atas panggung dua pendekar saling memukul, menendang "
        "dan membanting, satu lawan satu, diiringi lantunan salawat. Beberapa petarung "
        "terlihat berdarah di mulut dan hidung sebelum wasit menghentikan laga. Ketua "
        "panitia mengatakan pertarungan itu bukan untuk mencari musuh, melainkan sarana "
        "mempraktikkan ilmu bela diri dan menjaga silaturahmi antarperguruan. Usai laga, "
        "para petarung bersalaman dan berpelukan di tengah sorak ribuan penonton itu."
    )
    assert_no_signal_unless(
        story,
        indonesia,
        "Usai laga",
        "Penonton dari dua perguruan sempat ricuh dan saling lempar botol.",
    )


def test_touts_caught_at_a_licensing_office_are_a_petty_fraud(indonesia: Gazetteer) -> None:
    story = (
        "Polisi Berantas Calo SIM di Satpas\n"
        "Satlantas Polres melakukan inspeksi mendadak ke kantor pelayanan surat izin "
        "mengemudi dan berhasil menangkap enam pria diduga calo yang menawarkan SIM tanpa "
        "ujian tertulis maupun ujian praktik. Keenamnya langsung diamankan ke Mapolres untuk "
        "dimintai keterangan. Mereka mematok tarif Rp 500 ribu untuk SIM C, padahal biaya "
        "resminya Rp 100 ribu. Keenam pria itu diberi peringatan dan membuat pernyataan "
        "tertulis untuk tidak mengulangi perbuatannya. Kasat Lantas mengimbau pemohon "
        "mengurus sendiri dan melaporkan praktik percaloan melalui layanan pengaduan yang "
        "telah disediakan."
    )
    assert_no_signal_unless(
        story,
        indonesia,
        "Kasat Lantas",
        "Seorang pemohon yang menolak tawaran itu dikeroyok para calo di area parkir.",
    )


def test_islanders_refusing_a_reclamation_quarrel_over_their_sea(indonesia: Gazetteer) -> None:
    dredged = (
        "Ekskavator Keruk Pasir Laut di Gugusan Pulau\n"
        "Nelayan di sebuah pulau kecil di utara Jakarta terkejut melihat dua ekskavator "
        "mengeruk pasir laut di perairan dangkal dekat kampung mereka sejak awal bulan. "
        "Pasir itu dipakai sebuah perusahaan untuk membangun dermaga dan pondok wisata di "
        "atas air. Ketua kelompok nelayan setempat mengatakan terumbu karang, padang lamun "
        "dan bibit bakau yang ditanam warga sendiri selama bertahun-tahun kini bisa "
        "tertimbun. Warga pun meminta agar kegiatan pengerukan itu dihentikan dan izin "
        "pemanfaatan ruang laut perusahaan ditinjau kembali, karena laut dangkal itu adalah "
        "ruang hidup masyarakat pulau."
    )
    reading = read_story(dredged, indonesia)
    assert (reading.kind, reading.categories) == ("incident", ["land_boundary_dispute"])


def test_a_protest_held_at_a_ministry_is_an_incident_whatever_it_warns_of(
    indonesia: Gazetteer,
) -> None:
    rally = (
        "Nelayan Gelar Aksi di Kementerian, Tolak Reklamasi\n"
        "Ratusan nelayan dari sebuah pulau kecil menggelar aksi di depan kantor kementerian "
        "di Jakarta, Rabu siang. Mereka menyoroti ancaman abrasi dan hilangnya tempat "
        "mencari ikan akibat proyek reklamasi sebuah perusahaan swasta. Massa aksi "
        "mendesak menteri mencabut izin reklamasi yang dinilai terbit tanpa melibatkan "
        "warga. Mereka membentangkan spanduk besar dan membawa replika perahu. Aksi "
        "berjalan damai dan tertib hingga sore, dijaga puluhan polisi. Perwakilan nelayan "
        "kemudian diterima pejabat kementerian dan berjanji kembali dengan massa yang lebih "
        "besar bila izin itu tidak dicabut dalam sebulan."
    )
    reading = read_story(rally, indonesia)
    assert reading.kind == "incident"
    assert set(reading.categories) == {"demonstration", "land_boundary_dispute"}


def test_villagers_refusing_a_mine_dug_behind_their_houses_fight_over_ground(
    indonesia: Gazetteer,
) -> None:
    dug = (
        "Warga Kembali Protes Tambang di Belakang Rumah\n"
        "Puluhan warga sebuah desa pesisir kembali mendatangi lokasi penambangan sebuah "
        "perusahaan nikel, Kamis sore, setelah dua ekskavator mulai bekerja hanya dua ratus "
        "meter dari rumah mereka. Warga menilai perusahaan itu melanggar janji karena "
        "kembali melakukan penambangan dekat permukiman dan sekolah dasar. Debu dan bising "
        "alat berat, kata mereka, membuat anak-anak sakit. Koordinator warga menyatakan "
        "mereka menolak aktivitas penambangan itu sampai ada pertemuan dengan dinas terkait, "
        "pemilik lahan dan perusahaan. Sekretaris desa menemui warga di lokasi dan berjanji "
        "mengatur pertemuan itu pekan depan."
    )
    reading = read_story(dug, indonesia)
    assert reading.kind == "incident"
    assert "land_boundary_dispute" in reading.categories


def test_calm_urged_against_provocation_is_no_provocation_told(indonesia: Gazetteer) -> None:
    halted = (
        "Polisi Hentikan Sementara Tambang Dekat Permukiman\n"
        "Kepolisian resor menghentikan sementara kegiatan sebuah perusahaan tambang nikel "
        "yang bersitegang dengan warga sebuah desa, setelah perselisihan keduanya ramai "
        "diperbincangkan di media sosial. Kapolres mengatakan langkah itu diambil agar "
        "ketegangan tidak meluas. Personel juga berpatroli di sekitar lokasi dan mengimbau "
        "warga maupun pekerja perusahaan untuk tetap tenang serta mencegah tindakan "
        "provokatif. Pekan depan polisi akan mempertemukan kepala desa, dinas lingkungan "
        "hidup, inspektur tambang dan perusahaan untuk mencari jalan keluar bersama."
    )
    assert "hoax_hate_speech" not in read_story(halted, indonesia).categories


def test_a_wall_shutting_houses_off_from_their_road_is_a_quarrel_over_ground(
    indonesia: Gazetteer,
) -> None:
    walled = (
        "Setahun Terkurung Tembok Pengelola Taman Wisata\n"
        "Sekitar enam ratus warga sebuah banjar hidup terkurung sejak pengelola taman "
        "wisata di sebelah permukiman mereka membangun tembok beton yang menutup akses "
        "jalan warga. Untuk keluar rumah, warga harus menumpang lewat pekarangan tetangga "
        "atau menerobos semak-semak, termasuk saat mengusung jenazah dan menggelar upacara. "
        "Pengelola berpendapat badan jalan itu tanah milik perusahaan. Anggota dewan yang "
        "meninjau lokasi pada Jumat meminta tembok itu dibuka dalam tujuh hari, sementara "
        "warga berharap seluruh tembok dipindahkan agar jalan yang diaspal dengan dana "
        "kabupaten itu kembali bisa mereka lalui."
    )
    reading = read_story(walled, indonesia)
    assert (reading.kind, reading.categories) == ("incident", ["land_boundary_dispute"])
    cordon = walled.replace("tembok beton yang menutup", "pagar betis polisi yang menutup")
    assert "land_boundary_dispute" not in analyze(cordon[:300], gazetteer=indonesia).categories


def test_a_battle_staged_for_heroes_day_is_a_show(indonesia: Gazetteer) -> None:
    staged = (
        "Begini Serunya Pertempuran Rakyat Melawan Sekutu di Tahun 1945\n"
        '"Seperti sungguhan, mengingatkan pada pertempuran November 1945," kata seorang '
        "mahasiswi. Belasan ribu warga kota memadati jalan di depan kantor gubernur, Senin "
        "malam, untuk menyaksikan drama kolosal tahunan yang melibatkan 750 warga. Petugas "
        'berkali-kali mengingatkan penonton agar tidak terlalu dekat. "Awas, jangan '
        'dekat-dekat, nanti ada ledakan dan bakar-bakaran," kata seorang petugas. '
        "Ceritanya dimulai dari perobekan bendera di atas hotel hingga tewasnya seorang "
        "jenderal Inggris. Selama pertunjukan berlangsung, jalan di sekitarnya ditutup."
    )
    assert_no_signal_unless(
        staged,
        indonesia,
        "Selama pertunjukan",
        "Di tengah pertunjukan, dua kelompok penonton ricuh dan bentrok hingga seorang terluka.",
    )


def test_an_old_war_s_shell_dug_up_in_a_garden_is_no_attack(indonesia: Gazetteer) -> None:
    dug_up = (
        "Warga Temukan Mortir Sisa Perang Dunia II Saat Menggali Fondasi\n"
        "Seorang pekerja bangunan menemukan dua mortir berkarat saat menggali tanah untuk "
        "fondasi kandang sapi di belakang rumah warga, Jumat siang. Mortir yang diduga "
        "peninggalan zaman penjajahan Jepang itu diperkirakan masih aktif. Polisi memasang "
        "garis polisi dan meminta warga tidak mendekat sampai tim penjinak bom datang. "
        "Komandan tim jibom mengatakan bom itu akan diledakkan di tempat aman esok hari. "
        '"Kalau menemukan benda seperti bom, jangan diangkat, segera laporkan," ujarnya. '
        "Warga yang penasaran berdatangan untuk melihat proses evakuasi dari kejauhan."
    )
    assert_no_signal_unless(
        dug_up,
        indonesia,
        "Polisi memasang",
        "Sehari sebelumnya, mortir serupa dilempar orang tak dikenal ke rumah kepala desa.",
    )


def test_a_shooting_range_s_words_tell_of_no_quarrel() -> None:
    from siaga.analysis.pipeline import _tells_a_quarrel

    range_day = (
        " turnamen menembak berburu digelar di lapangan tembak brimob peserta membidik"
        " sasaran dari jarak tembak seratus meter juri menilai hasil tembak "
    )
    assert not _tells_a_quarrel(range_day)
    assert _tells_a_quarrel(range_day + "seorang penonton tembak mati oleh peserta ")


def test_islanders_refusing_a_gold_mine_quarrel_over_their_ground(indonesia: Gazetteer) -> None:
    refused = (
        "Warga Pulau Kecil Kembali Adang Truk Perusahaan Tambang Emas\n"
        "Ratusan warga sebuah kampung di pulau kecil kembali mengadang truk yang membawa "
        "mesin bor milik perusahaan tambang emas menuju base camp perusahaan, Rabu dini "
        "hari. Warga yang menolak tambang itu meminta sopir memutar balik ke pelabuhan. "
        'Mereka membentangkan spanduk bertuliskan "Jangan rampas tanah kami, warisan anak '
        'cucu kami". Pengadilan tata usaha negara sebelumnya telah membatalkan izin '
        "lingkungan perusahaan itu, namun pengiriman alat masih berlanjut. Polisi berjaga di "
        "lokasi hingga truk kembali ke pelabuhan menjelang pagi, dan warga berjanji akan terus "
        "berjaga di jalan masuk kampung."
    )
    reading = read_story(refused, indonesia)
    assert reading.kind == "incident"
    assert "land_boundary_dispute" in reading.categories


def test_an_official_s_conflict_of_interest_sets_no_one_at_odds(indonesia: Gazetteer) -> None:
    critique = (
        "Tiga Kementerian Paling Banyak Tempatkan Pejabat di Kursi Komisaris\n"
        "Praktik rangkap jabatan komisaris di perusahaan milik negara paling banyak "
        "dilakukan pejabat dari tiga kementerian. Kondisi ini dinilai bisa memicu konflik "
        "kepentingan antara tugas pejabat sebagai pelayan publik dan kursi komisaris yang "
        "mengejar laba. Lembaga pengawas pelayanan publik mencatat 222 dari 541 komisaris "
        "masih berstatus pejabat publik. Ketuanya menilai praktik itu melanggar undang-undang "
        "pelayanan publik yang melarang pelaksana layanan merangkap pengurus badan usaha. "
        '"Pelakunya bisa dikenai sanksi pembebasan jabatan," katanya dalam diskusi, Selasa.'
    )
    assert_no_signal_unless(
        critique,
        indonesia,
        "Ketuanya menilai",
        "Ratusan mahasiswa berunjuk rasa di depan kantor kementerian menuntut mereka mundur.",
    )


def test_a_conflict_of_interest_alone_tells_of_no_quarrel() -> None:
    from siaga.analysis.pipeline import _tells_a_quarrel

    assert not _tells_a_quarrel(" jabatan komisaris jadi sumber konflik kepentingan di bumn ")
    assert _tells_a_quarrel(" konflik antarwarga pecah di desa itu ")


def test_farmers_marching_for_fields_a_project_would_take_quarrel_over_land(
    indonesia: Gazetteer,
) -> None:
    march = (
        "Hari Kelima, Petani Bertahan di Depan Kantor Gubernur\n"
        "Sekitar seribu petani dari sebuah nagari kembali berunjuk rasa di depan kantor "
        "gubernur, Jumat siang, hari kelima berturut-turut. Mereka menolak usulan proyek "
        "strategis nasional seluas puluhan ribu hektare yang membuat mereka terancam "
        'kehilangan lahannya. "Bebaskan lahan kami, batalkan rencana proyek itu," teriak '
        "massa. Koordinator aksi meminta gubernur turun menemui warga, bukan hanya menerima "
        "perwakilan. Sebagian warga bermalam di masjid raya karena gubernur belum juga "
        "bersedia menemui mereka hingga sore hari, sementara polisi berjaga di sekitar kantor."
    )
    reading = read_story(march, indonesia)
    assert reading.kind == "incident"
    assert set(reading.categories) == {"demonstration", "land_boundary_dispute"}


def test_a_house_of_prayer_wrecked_is_one_faith_attacked(indonesia: Gazetteer) -> None:
    wrecked = (
        "Rumah Doa Dirusak, Dua Anak Terluka\n"
        "Kota Pesisir, Minggu sore - Sekelompok pria membawa kayu dan batu mendatangi sebuah "
        "rumah doa jemaat di sebuah kelurahan, merusak jendela dan kursi, lalu memukul dua "
        "anak yang sedang belajar di dalamnya. Polisi mengamankan sembilan orang."
    )
    reading = analyze(wrecked, gazetteer=indonesia, model=GuessingModel())
    assert reading.kind == "incident"
    assert "sara_identity_religion" in reading.categories


def test_a_beach_closed_by_hotels_is_a_quarrel_over_ground(indonesia: Gazetteer) -> None:
    rally = (
        "Ratusan Warga Tolak Privatisasi Pantai\n"
        "Ratusan warga dan mahasiswa berunjuk rasa di depan kantor bupati, Selasa, menolak "
        "privatisasi pantai oleh sejumlah hotel di kota wisata itu. Menurut mereka, hotel "
        "dan vila dibangun di sempadan pantai, menimbun bakau dan menutup akses publik ke "
        "pesisir yang dulu menjadi tempat anak-anak bermain dan nelayan menambatkan perahu. "
        "Massa menuntut bupati mencabut izin hotel yang melanggar. Wakil ketua dewan yang "
        "menemui massa berjanji memanggil dinas terkait dan pemilik hotel pekan depan. Aksi "
        "berlangsung hingga sore dengan pengawalan puluhan polisi dan berakhir tertib."
    )
    reading = read_story(rally, indonesia)
    assert reading.kind == "incident"
    assert set(reading.categories) == {"demonstration", "land_boundary_dispute"}


def test_a_protest_promised_is_a_warning_until_it_is_held(indonesia: Gazetteer) -> None:
    promised = (
        "Organisasi Mahasiswa Siap Demonstrasi Besar-besaran\n"
        "Sebuah organisasi mahasiswa di kota pesisir mengecam keras hotel-hotel yang "
        "menutup pantai bagi warga. Ketuanya mengatakan dalam waktu dekat mereka akan "
        "menggelar demonstrasi bersama ratusan massa untuk menuntut kejelasan kasus itu. "
        "Menurut mereka, sejumlah hotel membangun di sempadan pantai dan melarang warga "
        "berjalan di pesisir yang selama ini menjadi ruang publik. Mereka mendesak "
        "pemerintah kabupaten menjatuhkan sanksi kepada pemilik hotel yang melanggar. Daftar "
        "hotel yang dinilai melanggar itu, kata dia, sudah diserahkan kepada dewan kemarin."
    )
    assert read_story(promised, indonesia).kind == "threat"
    held = promised.replace(
        "Ketuanya mengatakan", "Ratusan mahasiswa berunjuk rasa di depan kantor bupati. Ketuanya"
    )
    assert read_story(held, indonesia).kind == "incident"


def test_the_police_said_to_work_for_a_candidate_is_a_neutrality_case(
    indonesia: Gazetteer,
) -> None:
    rumour = "Warga ramai bicarakan partai cokelat, aparat disebut ikut menangkan paslon pilkada"
    reading = analyze(rumour, gazetteer=indonesia, model=GuessingModel())
    assert "asn_neutrality" in reading.categories


def test_an_accusation_of_misconduct_is_a_warning_until_it_is_shown(
    indonesia: Gazetteer,
) -> None:
    accused = (
        "Kapolda Enggan Tanggapi Tudingan Cawe-cawe Aparat di Pilkada\n"
        "Kapolda enggan menanggapi tudingan sebuah partai bahwa aparat kepolisian ikut "
        'memenangkan pasangan calon tertentu dalam pilkada serentak. "Tanyakan saja kepada '
        'partainya," ujarnya singkat di markas kepolisian daerah, Kamis. Sebelumnya '
        "sekretaris jenderal partai itu menyebut netralitas kepolisian dilanggar di "
        "sejumlah kabupaten, tanpa merinci temuan. Badan pengawas pemilu mengatakan belum "
        "menerima laporan resmi soal ketidaknetralan aparat, dan akan menindaklanjuti bila "
        "ada aduan yang disertai bukti dari masyarakat atau dari peserta pilkada."
    )
    assert read_story(accused, indonesia).kind == "threat"
    shown = accused.replace(
        "tanpa merinci temuan.", "dan dua perwira terbukti mengarahkan kepala desa."
    )
    assert read_story(shown, indonesia).kind == "incident"


def test_money_politics_reported_and_dropped_by_the_watchdog_is_a_warning(
    indonesia: Gazetteer,
) -> None:
    dropped = (
        "Bawaslu Tak Lanjutkan Laporan Dugaan Politik Uang di Pemungutan Suara Ulang\n"
        "Adanya dugaan politik uang menjelang pemungutan suara ulang pemilihan wali kota "
        "tidak dilanjutkan oleh badan pengawas pemilu kota. Laporan itu sebelumnya "
        "dilayangkan relawan ke pengawas provinsi lalu dilimpahkan ke pengawas kota. Ketua "
        "pengawas kota mengatakan laporan pertama terpaksa dihentikan karena hasil kajian "
        "menunjukkan dugaan itu tidak memenuhi bukti yang cukup kuat. Barang bukti hanya "
        "berupa beberapa video, dan di lapangan tidak ditemukan uang yang mengarah ke salah "
        "satu pasangan calon. Dua laporan lain masih dikaji syarat formil dan materiilnya."
    )
    assert read_story(dropped, indonesia).kind == "threat"
    unproven = dropped.replace("tidak memenuhi bukti yang cukup kuat", "tidak terbukti")
    assert read_story(unproven, indonesia).kind == "threat"


def test_a_governor_pressing_his_staff_into_his_campaign_breaks_neutrality(
    indonesia: Gazetteer,
) -> None:
    pressed = (
        "Gubernur Diduga Peras Anak Buah untuk Biaya Pilkada\n"
        "Penyidik komisi antikorupsi menyebut gubernur petahana diduga melakukan pemerasan "
        "terhadap anak buahnya dan menerima gratifikasi untuk membiayai pencalonan "
        "kembali dirinya dalam pilkada serentak. Sekretaris daerah mengumpulkan seluruh "
        "pimpinan organisasi perangkat daerah pada September dan Oktober. Seorang kepala "
        "dinas menyerahkan Rp200 juta agar tidak dicopot dari jabatannya, dan kepala dinas "
        "lain menyetor Rp500 juta dari potongan anggaran alat tulis dan perjalanan dinas. "
        "Uang tunai miliaran rupiah disita sebagai barang bukti dalam perkara itu."
    )
    assert read_story(pressed, indonesia).categories == ["asn_neutrality"]
    from siaga.analysis.pipeline import _STAFF_PRESSED_INTO_A_CAMPAIGN

    for said in (
        "mengerahkan pejabat asn di lingkungan pemprov menjadi tim pemenangan",
        "para pejabat dipaksa mendukung kampanye petahana",
        "menginstruksikan pengumpulan dana dari pegawai demi ambisinya dalam pilkada",
    ):
        assert _STAFF_PRESSED_INTO_A_CAMPAIGN.search(f" {said} ")


def test_a_sting_that_caught_the_official_is_an_incident_whatever_he_threatened(
    indonesia: Gazetteer,
) -> None:
    caught = (
        "Gubernur Cairkan Honor Guru untuk Modal Pilkada\n"
        "Wakil ketua komisi antikorupsi mengatakan gubernur telah melakukan pemerasan "
        "terhadap anak buah di lingkungan pemerintah provinsi untuk mengumpulkan dana "
        "sebagai modal maju di pilkada. Dalam operasi tangkap tangan pada Sabtu malam, "
        "penyidik menyita uang miliaran rupiah. Gubernur juga mengancam kepala dinas "
        "pekerjaan umum akan diganti apabila dia tidak terpilih lagi, katanya. Uang itu "
        "berasal dari potongan anggaran alat tulis, perjalanan dinas dan tunjangan pegawai. "
        "Ketiganya kini ditahan selama dua puluh hari pertama untuk kepentingan penyidikan."
    )
    assert read_story(caught, indonesia).kind == "incident"


def test_a_reclamation_refused_outright_is_land_fought_over(indonesia: Gazetteer) -> None:
    rally = "Ratusan warga pesisir demo di tugu kecamatan, menolak keras reklamasi pantai utara"
    assert "land_boundary_dispute" in analyze(rally, gazetteer=indonesia).categories


def test_an_online_lender_s_collectors_are_a_borrower_s_ordeal(indonesia: Gazetteer) -> None:
    guide = (
        "Cara Menghadapi Teror Pinjol Ilegal Meski Tak Pernah Meminjam\n"
        "Fenomena teror pinjaman online ilegal semakin meresahkan. Tak sedikit orang "
        "tiba-tiba menerima ancaman untuk membayar utang padahal tidak pernah meminjam, "
        "karena nomor ponsel dan NIK mereka bocor. Penagih mengirim pesan intimidatif, "
        "mengancam menyebarkan foto KTP ke seluruh kontak, bahkan meneror keluarga dan "
        "teman korban. Simpan tangkapan layar setiap ancaman, blokir nomor penagih, lalu "
        "laporkan ke layanan pengaduan konsumen otoritas jasa keuangan dan ke unit siber "
        "kepolisian, sebab pemerasan dan penyebaran data pribadi dapat dipidana."
    )
    assert_no_signal_unless(
        guide,
        indonesia,
        "Simpan tangkapan",
        "Pekan lalu seorang nasabah di kota itu dianiaya tiga penagih di rumahnya.",
    )


def test_the_thursday_vigil_is_a_protest_by_its_name(indonesia: Gazetteer) -> None:
    vigil = (
        "Aksi Kamisan kembali digelar di depan istana, Kamis sore, menandai 19 tahun keluarga "
        "korban pelanggaran HAM berat berdiri dengan payung hitam menuntut keadilan"
    )
    assert "demonstration" in analyze(vigil, gazetteer=indonesia).categories


def test_a_smell_that_pierces_with_words_between_stabs_no_one(indonesia: Gazetteer) -> None:
    smelt = analyze(
        "Begitu kardus dibuka, aroma anyir langsung menusuk. Di dalamnya ada kepala babi.",
        gazetteer=indonesia,
    )
    assert "criminal_violence" not in smelt.categories
    stabbed = analyze(
        "Pelaku langsung menusuk korban dengan pisau di depan warung.", gazetteer=indonesia
    )
    assert "criminal_violence" in stabbed.categories


def test_terror_sent_to_a_newsroom_is_violent_crime(indonesia: Gazetteer) -> None:
    sent = analyze(
        "Kantor redaksi sebuah majalah menerima paket berisi kepala babi pada Rabu sore. "
        "Pemimpin redaksi menyebut kiriman itu sebagai bentuk teror terhadap kebebasan pers.",
        gazetteer=indonesia,
    )
    assert sent.categories == ["criminal_violence"] and sent.kind == "incident"


def test_graves_defended_against_a_toll_road_are_ground_fought_over(indonesia: Gazetteer) -> None:
    defended = analyze(
        "Ahli waris makam keluarga menolak makam dibongkar untuk pembangunan jalan tol karena "
        "belum menerima uang ganti rugi. Mereka memasang banner penolakan.",
        gazetteer=indonesia,
    )
    assert "land_boundary_dispute" in defended.categories
    claimed = analyze(
        "Tiga orang mengklaim tanah makam ini lalu dipagari, warga akan terus protes.",
        gazetteer=indonesia,
    )
    assert "land_boundary_dispute" in claimed.categories
    burial = analyze(
        "Warga menolak jenazah dimakamkan di makam desa karena berbeda keyakinan, "
        "padahal pembangunan makam itu dari dana desa.",
        gazetteer=indonesia,
    )
    assert "land_boundary_dispute" not in burial.categories


def test_an_ore_mine_refused_by_the_village_is_a_resource_fought_over(
    indonesia: Gazetteer,
) -> None:
    refused = analyze(
        'Warga berkumpul di pertigaan dusun. "Kami menolak dengan hormat agar tidak ada '
        'tambang emas di gunung kami," ujar warga saat aksi tersebut.',
        gazetteer=indonesia,
    )
    assert "land_boundary_dispute" in refused.categories
    told_after = analyze(
        "Rencana penambangan emas di gunung itu mendapat penolakan keras warga desa.",
        gazetteer=indonesia,
    )
    assert "land_boundary_dispute" in told_after.categories
    at_sea = analyze(
        "Ratusan nelayan berunjuk rasa menolak tambang pasir laut di depan kantor bupati.",
        gazetteer=indonesia,
    )
    assert "land_boundary_dispute" not in at_sea.categories


def test_a_crowd_in_the_way_is_found_in_either_spelling(indonesia: Gazetteer) -> None:
    done_by = analyze(
        "Tim peneliti gagal masuk ke gunung itu. Pengadangan dilakukan warga karena belum "
        "ada sosialisasi.",
        gazetteer=indonesia,
    )
    assert "demonstration" in done_by.categories
    without_h = analyze(
        "Puluhan warga mengadang alat berat yang hendak masuk ke lahan sengketa itu.",
        gazetteer=indonesia,
    )
    assert "demonstration" in without_h.categories


def test_the_dead_of_a_disaster_a_village_recalls_are_no_casualties_of_its_quarrel() -> None:
    recalled = (
        "Warga berkemah menolak tambang. Mereka masih mengingat dahsyatnya tsunami tahun "
        "1994 yang menewaskan 229 orang saudara dan tetangga mereka."
    )
    assert casualties(recalled)["dead"] is None
    assert casualties(recalled + " Bentrokan kemarin menewaskan dua orang.")["dead"] == 2


def test_a_suicide_bomber_who_blew_himself_up_and_attackers_counted_are_dead() -> None:
    assert casualties("Pelaku akhirnya meledakkan diri di depan gerbang gereja.")["dead"] == 1
    assert casualties("Kedua pelaku diduga ikut tewas saat beraksi.")["dead"] == 2
    assert casualties("Pelaku hendak meledakkan diri namun digagalkan polisi.")["dead"] is None


def test_a_suicide_bombing_carried_out_has_its_dead_and_one_planned_has_none() -> None:
    done = "Ledakan bom di tiga gereja merupakan serangan bom bunuh diri satu keluarga."
    assert casualties(done)["dead"] == 1
    planned = "Densus menangkap terduga teroris yang berencana melakukan aksi bom bunuh diri."
    assert casualties(planned)["dead"] is None
    drill = "Polres menggelar simulasi penanganan aksi bom bunuh diri di halaman mapolres."
    assert casualties(drill)["dead"] is None


def test_a_suicide_bombing_someone_carried_out_has_its_dead_and_one_urged_has_none() -> None:
    done = "Wanita itu memilih mengakhiri hidupnya dengan melakukan bom bunuh diri bersama anaknya."
    assert casualties(done)["dead"] == 1
    urged = "Ia mengajak para pengikutnya untuk melakukan bom bunuh diri di kantor polisi."
    assert casualties(urged)["dead"] is None


def test_a_scramble_for_forebears_ground_and_its_price_is_a_land_dispute(
    indonesia: Gazetteer,
) -> None:
    scramble = analyze(
        "Penambang Emas Bakar Kantor Bupati Dipicu Rebutan Tanah Leluhur", gazetteer=indonesia
    )
    assert "land_boundary_dispute" in scramble.categories
    owed = analyze(
        "Ribuan penambang yang menuntut ganti rugi pembayaran lahan merusak mess perusahaan.",
        gazetteer=indonesia,
    )
    assert "land_boundary_dispute" in owed.categories


def test_an_estate_s_oil_palm_share_owed_and_a_protest_s_coordinator_are_named(
    indonesia: Gazetteer,
) -> None:
    share = analyze(
        "Ratusan warga mendatangi kantor bupati menyampaikan tuntutan terkait plasma kelapa "
        "sawit dan aktivitas pertambangan di wilayah mereka.",
        gazetteer=indonesia,
    )
    assert "land_boundary_dispute" in share.categories
    coordinator = analyze(
        'Ratusan warga berdiri di depan pagar kebun. "Ini tanah hidup," ujar Acai, '
        "koordinator lapangan aksi.",
        gazetteer=indonesia,
    )
    assert "demonstration" in coordinator.categories


def test_detainees_sympathisers_at_a_riot_back_no_candidate(indonesia: Gazetteer) -> None:
    riot = analyze(
        "Kericuhan pecah saat simpatisan tahanan politik memblokade jalan dan membakar ban. "
        "Polisi mengamankan 10 orang terduga pelaku bentrokan.",
        gazetteer=indonesia,
    )
    assert "supporters_clash" not in riot.categories and riot.election_stage is None
    assert "demonstration" in riot.categories


def test_youths_taunting_a_neighbourhood_in_the_street_spread_no_hate(
    indonesia: Gazetteer,
) -> None:
    taunt = analyze(
        "Upaya provokasi ini diulangi keesokan harinya: sekelompok pemuda berusaha "
        "memprovokasi warga kelurahan tetangga dengan berteriak-teriak di perbatasan, lalu "
        "kedua kelompok terlibat baku lempar batu.",
        gazetteer=indonesia,
    )
    assert "hoax_hate_speech" not in taunt.categories
    post = analyze(
        "Akun itu memprovokasi warga lewat unggahan bernada kebencian di media sosial.",
        gazetteer=indonesia,
    )
    assert "hoax_hate_speech" in post.categories


def test_papua_s_armed_separatists_by_the_government_s_name_commit_violent_crime(
    indonesia: Gazetteer,
) -> None:
    attack = analyze(
        "Empat prajurit TNI gugur diserang Kelompok Separatis Teroris (KST) di Posramil Kisor.",
        gazetteer=indonesia,
    )
    assert attack.categories == ["criminal_violence"]


def test_the_kkb_called_terrorists_is_still_the_armed_group(indonesia: Gazetteer) -> None:
    attack = analyze(
        "Puluhan orang diduga kelompok kriminal bersenjata (KKB) menyerang pos TNI dan "
        'menewaskan dua prajurit. "Pelakunya kelompok teroris atau KKB," kata Pangdam.',
        gazetteer=indonesia,
    )
    assert attack.categories == ["criminal_violence"]
    cell = analyze(
        "Densus 88 menangkap terduga teroris jaringan JAD yang merakit bom di rumahnya.",
        gazetteer=indonesia,
    )
    assert cell.categories == ["terrorism_radicalism"]


def test_a_roll_longer_than_the_people_or_in_a_shambles_is_a_voter_list_problem(
    indonesia: Gazetteer,
) -> None:
    swollen = analyze(
        "MANOKWARI - Ketua Bawaslu Papua Barat memastikan tidak ada rekomendasi pembatalan "
        "pleno daftar pemilih sementara (DPS) Kabupaten Pegunungan Arfak. Rekomendasi Bawaslu "
        "adalah meminta KPU Papua Barat mengaudit data DPS yang dimaksud bersama pihak terkait. "
        "Saat pleno KPU Papua Barat, daftar pemilih sementara Pegunungan Arfak sekitar 42.000 "
        'jiwa sementara jumlah penduduk sekitar 39.000 jiwa. "DPS lebih banyak dibanding jumlah '
        "penduduk. Ini tidak rasional dan sudah tentu dipertanyakan. Harus diselesaikan sebelum "
        'penetapan," katanya. Bawaslu menaruh perhatian penuh terhadap hal tersebut dan berharap '
        "data itu diperbaiki sebelum pleno penetapan.",
        gazetteer=indonesia,
    )
    assert swollen.kind == "incident" and swollen.categories == ["voter_list_problem"]
    shambles = analyze(
        "Di TPS 05 Kelurahan Hedam, Distrik Heram, seorang anak kelas 3 SD mendatangi TPS untuk "
        "mencoblos dengan membawa undangan memilih. Seorang ibu di Distrik Abepura menerima "
        "undangan untuk anaknya yang telah meninggal enam tahun lalu, padahal surat kematiannya "
        "sudah ada di kartu keluarga yang baru. Dengan berbagai karut-marut DPT itu, warga Papua "
        "berharap pemilihan gubernur mendatang tak lagi mengalami masalah yang sama, yang kini "
        "menjadi bahan evaluasi penyelenggara pemilu, dalam hal ini KPU dan Bawaslu, di seluruh "
        "kabupaten dan kota. Para penyelenggara diminta memperbaiki pendataan sejak dari tingkat "
        "kampung dan kelurahan.",
        gazetteer=indonesia,
    )
    assert shambles.categories == ["voter_list_problem"]


def test_followers_burning_a_candidate_s_house_over_the_kpu_s_ruling_dispute_it(
    indonesia: Gazetteer,
) -> None:
    burnt = analyze(
        "Massa berjumlah ratusan orang membakar rumah milik calon bupati Chaerul Anwar di "
        "Tanah Merah, Kabupaten Boven Digoel. Hal ini diduga terkait dengan kekecewaan "
        "pendukung calon bupati Yusak Yaluwo, yang dinyatakan KPU tidak memenuhi syarat.",
        gazetteer=indonesia,
    )
    assert burnt.kind == "incident"
    assert set(burnt.categories) == {"demonstration", "election_result_dispute"}
    refused = analyze(
        "Ratusan massa melakukan aksi protes di jalanan, tidak terima dengan hasil putusan "
        "KPU RI tentang penetapan pasangan calon.",
        gazetteer=indonesia,
    )
    assert "election_result_dispute" in refused.categories


def test_villagers_at_odds_over_a_regency_s_split_quarrel_over_a_boundary(
    indonesia: Gazetteer,
) -> None:
    clash = analyze(
        "Satu warga tewas dalam aksi baku parang di Desa Uhaelanu, Kecamatan Aralle, "
        "Kabupaten Mamasa. Warga yang pro dan kontra pemekaran Kabupaten Mamasa saling "
        "menyerang.",
        gazetteer=indonesia,
    )
    assert "land_boundary_dispute" in clash.categories
    refused = analyze(
        "Pertentangan muncul di tiga kecamatan. Sebagian penduduk menolak bergabung dengan "
        "Mamasa dan meminta tetap bergabung dengan kabupaten induk.",
        gazetteer=indonesia,
    )
    assert "land_boundary_dispute" in refused.categories
    coalition = analyze(
        "Partai itu menolak bergabung dengan koalisi pendukung pemekaran provinsi.",
        gazetteer=indonesia,
    )
    assert "land_boundary_dispute" not in coalition.categories


def test_a_police_station_stormed_after_an_officer_s_car_killed_a_man_is_a_crash_avenged(
    indonesia: Gazetteer,
) -> None:
    stormed = analyze(
        "Polsek Sekatak di Kabupaten Bulungan digeruduk warga hingga kantor nyaris dibakar. "
        "Aksi massa ini dipicu usai mantan kepala desa berinisial ZN (49) tewas ditabrak "
        "oknum polisi. Warga yang emosi melakukan perusakan dan hendak melakukan pembakaran.",
        gazetteer=indonesia,
    )
    assert stormed.categories == ["criminal_violence"]
    assert stormed.severity == 2


def test_the_dead_of_a_clash_across_the_border_are_not_the_story_s() -> None:
    guarded = (
        "Polisi memperketat penjagaan Pelabuhan Tunon Taka, Nunukan. Pengetatan ini menyusul "
        "kerusuhan di Tawau, Sabah, Malaysia, yang mengakibatkan dua polisi Malaysia tewas."
    )
    assert casualties(guarded)["dead"] is None
    assert casualties("Bentrok di Nunukan menewaskan dua warga.")["dead"] == 2


def test_the_fallen_counted_by_gugurnya_and_a_name_confirmed_dead_are_dead() -> None:
    fallen = "Warga ingin menyaksikan lokasi gugurnya tiga polisi muda saat bertugas."
    assert casualties(fallen)["dead"] == 3
    confirmed = '"Satu orang anggota polri, Brigadir Taufan dipastikan meninggal," ujarnya.'
    assert casualties(confirmed)["dead"] == 1


def test_those_hit_by_the_shots_are_hurt_and_those_shot_dead_are_not_counted_hurt() -> None:
    assert casualties("Bentrokan di Kilometer 9: 2 Pemuda Kokoda Tertembak")["injured"] == 2
    assert casualties("Dua warga tertembak mati di perbatasan.")["injured"] is None


def test_the_hurt_of_a_camp_named_with_a_hyphen_are_counted() -> None:
    hurt = "Sedikitnya tiga orang pendukung Thaib-Gani mengalami cedera serius."
    assert casualties(hurt)["injured"] == 3


def test_a_candidate_who_fell_in_the_race_is_no_dead() -> None:
    out = "Massa menilai KPU memihak sehingga calon mereka gugur dalam pemilihan gubernur."
    assert casualties(out)["dead"] is None
    fallen = "Seorang anggota Brimob gugur dalam baku tembak di perbatasan."
    assert casualties(fallen)["dead"] == 1


def test_polls_that_vote_days_late_are_still_the_vote_and_the_recap_ahead_is_not_begun(
    indonesia: Gazetteer,
) -> None:
    deferred = analyze(
        "KPU menyebutkan 2.249 TPS akan melakukan pemungutan suara susulan karena keterlambatan "
        "distribusi logistik. Pemungutan suara susulan ditargetkan digelar sebelum "
        "rekapitulasi tingkat kecamatan selesai, yakni 17 hari sejak 18 April 2019, atau "
        "sehari setelah pemungutan suara.",
        gazetteer=indonesia,
    )
    assert deferred.election_stage == "voting_counting"


def test_boxes_wrecked_on_their_way_to_the_polls_are_no_routine(indonesia: Gazetteer) -> None:
    wrecked = read_story(
        "KPU mencatat ada 959 TPS akan menggelar pemungutan suara ulang, pemungutan suara "
        "lanjutan dan pemungutan suara susulan. PSU, PSL dan PSS itu maksimum harus digelar "
        'pada 24 Februari 2024. "Kami sarankan kepada rekan-rekan di daerah, maksimalkan '
        'waktu 10 hari untuk menyelenggarakannya," kata Ketua Divisi Teknis KPU RI kepada '
        "wartawan. Idham mengatakan salah satu penyebab PSS ialah bencana alam seperti banjir "
        "di Kabupaten Demak. Kemudian, kata dia, PSS di Paniai lantaran adanya peristiwa "
        "perusakan kotak dan surat suara saat dalam proses distribusi ke TPS-TPS sebelum 14 "
        "Februari 2024, ujar Idham kepada wartawan di kantornya, Rabu.",
        indonesia,
    )
    assert wrecked.kind == "incident" and wrecked.categories == ["election_logistics"]


def test_a_message_going_round_in_the_kpu_s_name_is_false_information(
    indonesia: Gazetteer,
) -> None:
    forged = analyze(
        "Massa pendukung calon gubernur berkonvoi mengelilingi pusat Kota Gorontalo. Massa "
        "pendukung pasangan lain berencana konvoi, namun dibatalkan untuk menghindari "
        "bentrokan. Massa pendukung berkonvoi tak lama setelah beredar pesan singkat yang "
        "berisi hasil perhitungan sementara yang mengatasnamakan Komisi Pemilihan Umum.",
        gazetteer=indonesia,
    )
    assert "hoax_hate_speech" in forged.categories
    crowd = analyze(
        "Ratusan massa yang mengatasnamakan masyarakat Gorontalo berdemo di kantor KPU.",
        gazetteer=indonesia,
    )
    assert "hoax_hate_speech" not in crowd.categories


def test_a_crowd_s_action_taken_to_the_kpu_or_bawaslu_is_a_protest_over_the_election(
    indonesia: Gazetteer,
) -> None:
    taken = analyze(
        "Usai dari KPU, massa melanjutkan aksi ke Bawaslu RI dan Kemendagri untuk menyampaikan "
        "tuntutan agar bertindak tegas dalam polemik pilkada di Provinsi Gorontalo.",
        gazetteer=indonesia,
    )
    assert {"demonstration", "election_result_dispute"} <= set(taken.categories)


def test_a_warning_that_leads_with_the_candidates_is_no_lesson_for_voters(
    indonesia: Gazetteer,
) -> None:
    warned = read_story(
        "Bawaslu Babel Ingatkan Caleg tidak Melakukan Politik Uang\n\nKetua Bawaslu Provinsi "
        "Babel meminta para calon legislatif harus berhati-hati dalam melakukan kampanye di "
        "masyarakat dengan tidak melakukan politik uang. Menurutnya bila sampai ketahuan atau "
        "dilaporkan, para caleg akan dikenakan sanksi yang berat, seperti dibatalkan sebagai "
        "caleg serta hukuman penjara. Ia mengakui memberikan pendidikan politik kepada "
        "masyarakat sangatlah sulit. Ia menjelaskan pemberian souvenir atau bahan kampanye "
        "kepada masyarakat dibenarkan oleh aturan, tetapi jenis dan besarannya sudah diatur "
        "dalam peraturan KPU tahun 2018.",
        indonesia,
    )
    assert (warned.kind, warned.categories) == ("threat", ["money_politics"])


def test_a_disqualification_the_law_holds_out_contests_no_outcome(indonesia: Gazetteer) -> None:
    warned = analyze(
        "Pemberi dan Penerima Bisa Dipidana, Pasangan Calon Terancam Diskualifikasi\n"
        "Bawaslu mengimbau masyarakat untuk tidak terlibat dalam praktik politik uang. Pelaku "
        "politik uang dapat dikenai sanksi pidana dan pasangan calon yang terbukti "
        "melakukannya dapat didiskualifikasi.",
        gazetteer=indonesia,
    )
    assert "election_result_dispute" not in warned.categories


def test_a_candidacy_cancelled_or_the_election_body_s_ruling_rejected_is_a_dispute(
    indonesia: Gazetteer,
) -> None:
    cancelled = analyze(
        "KPU Papua Barat Daya secara resmi membatalkan Abdul Faris Umlati sebagai calon "
        "gubernur dalam Pilkada Serentak 2024.",
        gazetteer=indonesia,
    )
    assert "election_result_dispute" in cancelled.categories
    rejected = analyze(
        "Massa memblokade jalan di Kota Sorong. Mereka menolak keputusan lembaga "
        "penyelenggara Pemilu itu soal penetapan cagub.",
        gazetteer=indonesia,
    )
    assert "election_result_dispute" in rejected.categories


def test_a_village_election_s_winner_annulled_by_its_committee_is_a_dispute(
    indonesia: Gazetteer,
) -> None:
    annulled = analyze(
        "Puluhan warga menggelar aksi damai di depan kantor desa. Mereka menilai pembatalan "
        "calon kepala desa terpilih nomor urut 04 oleh komisi pemilihan diduga ada intervensi "
        "bupati.",
        gazetteer=indonesia,
    )
    assert "election_result_dispute" in annulled.categories
    unhappy = analyze(
        "Pendukung petahana tidak puas dengan putusan komisi pilkades lalu menyegel kantor desa.",
        gazetteer=indonesia,
    )
    assert "election_result_dispute" in unhappy.categories


def test_vehicles_damaged_by_thrown_stones_are_no_wounded() -> None:
    damaged = (
        "Beberapa kendaraan milik pendukung paslon mengalami kerusakan akibat terkena "
        "lemparan batu. Meski demikian, tidak ada laporan korban luka."
    )
    assert casualties(damaged)["injured"] is None
    assert casualties("Seorang polisi terkena lemparan batu di kepala.")["injured"] == 1


def test_the_count_spelt_perhitungan_is_the_vote_s_stage(indonesia: Gazetteer) -> None:
    taunts = analyze(
        "Dua kelompok pendukung calon kepala desa terlibat keributan akibat saling ejek usai "
        "perhitungan suara Pilkades di Desa Sondong Layuk.",
        gazetteer=indonesia,
    )
    assert taunts.election_stage == "voting_counting"


def test_a_beating_told_as_a_noun_wounds() -> None:
    beaten = "Massa menyerang dua orang pendukung dengan pemukulan dan memaksa mereka putar balik."
    assert casualties(beaten)["injured"] == 1
