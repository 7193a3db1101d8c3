from __future__ import annotations

from collections.abc import Callable

import pytest

from siaga.analysis.gazetteer import Gazetteer, PlaceRecord, finest
from siaga.analysis.geoparse import geoparse
from siaga.analysis.text import fold, fold_plain

SMALL = Gazetteer(
    [
        PlaceRecord("51", "Bali", 1),
        PlaceRecord("51.05", "Kabupaten Klungkung", 2),
        PlaceRecord("51.05.03", "Klungkung", 3),
        PlaceRecord("51.05.03.2006", "Tangkas", 4),
        PlaceRecord("51.05.03.2003", "Gelgel", 4),
        PlaceRecord("19", "Kepulauan Bangka Belitung", 1, aliases=("Babel",)),
        PlaceRecord("19.71", "Kota Pangkal Pinang", 2),
        PlaceRecord("35.71", "Kota Kediri", 2),
        PlaceRecord("35.06", "Kabupaten Kediri", 2),
        PlaceRecord("51.02", "Kabupaten Tabanan", 2),
        PlaceRecord("51.02.06", "Kediri", 3),
        PlaceRecord("82.02.03.2008", "Baru", 4),
    ]
)


def codes(text: str, hint: str | None = None) -> list[str]:
    return [p.code for p in geoparse(text, SMALL, hint=hint)[0]]


def test_folding_keeps_a_map_to_the_original_text() -> None:
    folded = fold("Desa  Tangkas, Kec. Klungkung!")
    assert folded.text == " desa tangkas kec klungkung "
    start = folded.text.index("tangkas")
    assert folded.span(start, start + 7) == (6, 13)


@pytest.mark.parametrize(
    "text", ["  “Désa” Tangkas,\n\nKec. Klungkung!! ", "Bébé-Ñoño 12", "a", "", "...", "x  y"]
)
def test_every_folded_character_maps_back_to_the_character_it_folds(text: str) -> None:
    folded = fold(text)
    for index, char in enumerate(folded.text):
        if char != " ":
            assert fold(text[folded.origin(index)]).text.strip() == char
    words = folded.text.split()
    for word, start in zip(words, folded.starts, strict=True):
        original_start, original_end = folded.span(start, start + len(word))
        assert fold(text[original_start:original_end]).text.strip() == word


@pytest.mark.parametrize(
    "name", ["Desa  Tangkas, Kec. Klungkung!", "Bébé-Ñoño 12", "Kota Bau-Bau", "", "..."]
)
def test_a_plain_fold_is_the_fold_without_its_padding(name: str) -> None:
    assert fold_plain(name) == fold(name).text.strip()


def test_a_labelled_caption_and_its_bare_copy_are_no_place_of_the_story() -> None:
    from siaga.analysis.text import without_photo_captions

    page = (
        "Saksi menunjukkan kertas suara di Kabupaten Jayawijaya, Rabu (14/02).\n"
        "Sumber gambar, ANTARA FOTO/ Gusti Tanati\n"
        "Keterangan gambar, Saksi menunjukkan kertas suara di Kabupaten Jayawijaya, Rabu "
        "(14/02).\nKonflik antarwarga berkecamuk di Kabupaten Puncak Jaya."
    )
    kept = without_photo_captions(page)
    assert "Jayawijaya" not in kept and "Gusti" not in kept
    assert "Puncak Jaya" in kept and len(kept) == len(page)


def test_a_paragraph_a_page_prints_twice_is_the_story_but_a_sentence_is_a_caption() -> None:
    from siaga.analysis.text import without_photo_captions

    paragraph = (
        "Terdakwa terbukti mengenalkan diri sebagai calon legislatif. Hal itu disampaikan "
        "saat pewayangan di Desa Pakopen, Kecamatan Bandungan."
    )
    caption = "Cuplikan video warga berkumpul di depan kantor desa pada Rabu pagi."
    page = "\n".join([paragraph, "Baca juga: Vonis", paragraph, caption, "Isi.", caption])
    kept = without_photo_captions(page)
    assert kept.count("Pakopen") == 2
    assert "Cuplikan" not in kept


def test_a_trigger_word_sets_the_level() -> None:
    assert codes("Kecamatan Kediri") == ["51.02.06"]
    assert codes("Kota Kediri") == ["35.71"]
    assert codes("Kabupaten Klungkung") == ["51.05"]


def test_a_desa_is_taken_when_its_district_or_regency_is_also_named() -> None:
    assert codes("Ribut di Tangkas, Klungkung") == ["51.05.03.2006"]
    assert codes("Ribut di Tangkas") == []


def test_a_spelling_without_spaces_matches() -> None:
    assert codes("rapat di Pangkalpinang kemarin") == ["19.71"]
    assert codes("rakor Babel") == ["19"]


def test_the_region_prior_settles_an_ambiguous_name() -> None:
    assert codes("situasi Kediri aman", hint="51.02") == ["51.02.06"]
    assert codes("situasi Kediri aman", hint="35") in (["35.71"], ["35.06"], [])


def test_a_common_word_needs_a_capitalised_trigger() -> None:
    assert codes("warga baru pindah") == []
    assert codes("Desa Baru") == ["82.02.03.2008"]


def test_unity_in_an_organisation_s_name_is_no_village() -> None:
    unity = Gazetteer(
        [
            PlaceRecord("75.04", "Kabupaten Pohuwato", 2),
            PlaceRecord("75.04.13.2006", "Persatuan", 4),
        ]
    )
    protest = "Massa Forum Persatuan dan Ahli Waris Penambang berunjuk rasa di Pohuwato."
    assert codes_in(protest, unity) == ["75.04"]
    assert codes_in("Warga Desa Persatuan berunjuk rasa.", unity) == ["75.04.13.2006"]


def test_institutions_count_as_triggers() -> None:
    assert codes("Kapolres Klungkung hadir") == ["51.05"]


def test_finest_drops_ancestors_but_keeps_branches() -> None:
    assert finest(["51", "51.05", "51.05.03.2006", "19.71", "19"]) == ["51.05.03.2006", "19.71"]


def test_a_lower_case_word_is_not_a_place_where_the_writer_capitalises_names() -> None:
    poso = Gazetteer(
        [
            PlaceRecord("72.02", "Kabupaten Poso", 2),
            PlaceRecord("72.02.02", "Poso Pesisir", 3),
            PlaceRecord("72.02.09.2011", "Pada", 4),
        ]
    )
    text = "Polres Poso bersiaga di Kecamatan Poso Pesisir pada Jumat mendatang."
    assert [p.code for p in geoparse(text, poso)[0]] == ["72.02.02"]
    # In a chat typed all in lower case, names are lower case too.
    assert codes("td mlm ribut di gelgel", hint="51.05") == ["51.05.03.2003"]


def test_capitalised_names_are_told_from_sentence_starts() -> None:
    from siaga.analysis.gazetteer import capitalises_names

    assert capitalises_names("bentrok di Desa Gelgel tadi malam")
    assert not capitalises_names("Ada bentrok tadi malam. Warga resah.")
    assert not capitalises_names("ada bentrok di gelgel")


def test_an_office_names_the_kabupaten_unless_it_says_the_city() -> None:
    assert codes("Polres Kediri menyiagakan personel") == ["35.06"]
    assert codes("Bawaslu Kediri memanggil tim kampanye") == ["35.06"]
    assert codes("Pemkot Kediri menggelar rakor") == ["35.71"]
    assert codes("Polres Kediri Kota menangkap pelaku") == ["35.71"]


def test_a_capitalised_regency_name_beats_a_far_village_of_the_same_name() -> None:
    lombok = Gazetteer(
        [
            PlaceRecord("52.03", "Kabupaten Lombok Timur", 2),
            PlaceRecord("18.04.22.2004", "Lombok Timur", 4),
        ]
    )
    text = "Sopir angkot di Lombok Timur mau mogok hari Kamis"
    assert [p.code for p in geoparse(text, lombok)[0]] == ["52.03"]


NEWS = Gazetteer(
    [
        PlaceRecord("81", "Maluku", 1),
        PlaceRecord("81.71", "Kota Ambon", 2),
        PlaceRecord("81.08", "Kabupaten Maluku Barat Daya", 2),
        PlaceRecord("18.72", "Kota Metro", 2),
        PlaceRecord("31.71", "Kota Administrasi Jakarta Pusat", 2),
        PlaceRecord("31.74", "Kota Administrasi Jakarta Selatan", 2, aliases=("Jaksel",)),
        PlaceRecord("12.06", "Kabupaten Karo", 2),
        PlaceRecord("33.18", "Kabupaten Pati", 2),
        PlaceRecord("21.71", "Kota Batam", 2),
        PlaceRecord("13", "Sumatera Barat", 1),
        PlaceRecord("13.71", "Kota Padang", 2),
        PlaceRecord("16.02.01.2003", "Padang", 4),
        PlaceRecord("94.05", "Kabupaten Puncak", 2),
        PlaceRecord("63.07.09.2002", "Alat", 4),
    ]
)


def news_codes(text: str) -> list[str]:
    return [p.code for p in geoparse(text, NEWS)[0]]


# The rest of a news story, naming no place: a dateline is only looked for in a text of
# a story's length.
BODY = (
    " Polisi mendatangi lokasi setelah menerima laporan warga dan meminta keterangan dari"
    " sejumlah saksi. Situasi berangsur kondusif pada malam harinya, dan aparat gabungan"
    " masih berjaga di sekitar lokasi. Tokoh masyarakat dari kedua pihak diminta menahan"
    " diri dan menyerahkan penanganan perkara kepada aparat penegak hukum setempat."
)


def test_the_dateline_city_counts_only_when_the_story_names_no_other_place() -> None:
    far = "AMBON, KOMPAS.com - Dua desa di Kabupaten Maluku Barat Daya terlibat bentrok."
    assert news_codes(far + BODY) == ["81.08"]
    alone = "AMBON, KOMPAS.com - Massa berunjuk rasa di depan kantor gubernur."
    assert news_codes(alone + BODY) == ["81.71"]
    after_a_headline = "Bentrok Dua Desa\nAMBON - Warga Kabupaten Maluku Barat Daya bentrok, Sabtu."
    assert news_codes(after_a_headline + BODY) == ["81.08"]
    # A field message names its own place first.
    assert news_codes("Ambon - warga Kabupaten Maluku Barat Daya ribut") == ["81.71", "81.08"]


def test_police_titles_and_peoples_names_are_not_places() -> None:
    assert news_codes("Kapolres Metro Jakarta Pusat meminta massa bubar") == ["31.71"]
    assert news_codes("kata Karo Penmas Divisi Humas Polri di Batam") == ["21.71"]
    assert news_codes("Gereja Batak Karo Protestan menggelar ibadah") == []
    assert news_codes("kata Kasubdit Polda Kepri Kompol I Putu Bayu Pati di Batam") == ["21.71"]
    # Sumba's noble titles head a name as ranks do.
    signed = "Warga Batam menerima surat yang ditandatangani Deputi Thomas Umbu Pati."
    assert news_codes(signed) == ["21.71"]


def test_the_name_of_an_office_s_holder_after_its_region_is_no_place() -> None:
    places = Gazetteer(
        [
            PlaceRecord("96.05", "Kabupaten Maybrat", 2),
            PlaceRecord("96.05.04.2001", "Kisor", 4),
            PlaceRecord("96.05.15.2010", "Sagrim", 4),
        ]
    )
    told = "Bupati Maybrat Bernard Sagrim mengunjungi warga Kampung Kisor."
    assert codes_in(told, places) == ["96.05.04.2001"]
    assert codes_in("Bupati Maybrat, Bernard Sagrim, tiba di Kisor.", places) == ["96.05.04.2001"]


def test_a_village_named_with_a_level_word_is_itself_beside_its_region() -> None:
    places = Gazetteer(
        [
            PlaceRecord("31", "DKI Jakarta", 1, aliases=("Jakarta",)),
            PlaceRecord("31.75", "Kota Jakarta Timur", 2),
            PlaceRecord("31.75.03.1001", "Kampung Melayu", 4),
            PlaceRecord("14.03.04.2007", "Kampung Melayu", 4),
            PlaceRecord("12.08.01.2001", "Melayu", 4),
        ]
    )
    told = "Ledakan bom terjadi di Terminal Kampung Melayu, Jakarta Timur."
    assert codes_in(told, places) == ["31.75.03.1001"]
    assert codes_in("Bom meledak di Terminal Kampung Melayu, Jakarta.", places) == ["31.75.03.1001"]


def test_a_word_after_a_lower_case_level_word_is_a_name_only_in_a_chat() -> None:
    places = Gazetteer([PlaceRecord("12.05.06", "Selesai", 3)])
    news = (
        "Menurut Ketua KPU, pemungutan suara susulan digelar sebelum rekapitulasi tingkat "
        "kecamatan selesai."
    )
    assert codes_in(news, places) == []
    assert codes_in("ada bentrok di kecamatan selesai tadi malam", places) == ["12.05.06"]


def test_regencies_by_the_spellings_a_national_list_gives_them() -> None:
    from siaga.regions.data.aliases import REGENCY_ALIASES

    places = Gazetteer(
        PlaceRecord(code, name, 2, aliases=REGENCY_ALIASES[code])
        for code, name in (
            ("64.02", "Kabupaten Kutai Kartanegara"),
            ("64.11", "Kabupaten Mahakam Ulu"),
            ("95.01", "Kabupaten Jayawijaya"),
        )
    )
    listed = "Ada pula 3 TPS di Jaya Wijaya, Mahakam Hulu 4 TPS, Kutai Kertanegara 8 TPS."
    assert sorted(codes_in(listed, places)) == ["64.02", "64.11", "95.01"]


def test_a_river_s_current_is_no_village() -> None:
    places = Gazetteer(
        [
            PlaceRecord("96.05", "Kabupaten Maybrat", 2),
            PlaceRecord("96.05.04.2001", "Kisor", 4),
            PlaceRecord("96.05.17.2005", "Arus", 4),
            PlaceRecord("53.19.08.2002", "Arus", 4),
        ]
    )
    told = (
        "Pratu Iqbal melompat ke sungai di Kampung Kisor, Kabupaten Maybrat. Arus sungai "
        "lalu membawa Pratu Iqbal ke bagian hilir."
    )
    assert codes_in(told, places) == ["96.05.04.2001"]
    assert codes_in("Ia tinggal di Desa Arus, Maybrat.", places) == ["96.05.17.2005"]


def test_the_sms_place_slot_needs_its_hash() -> None:
    assert news_codes("Caleg itu mendapat laporan alat peraga kampanyenya dirusak") == []


def test_a_common_word_followed_by_its_region_is_a_place() -> None:
    assert news_codes("Polisi menangkap pemilik akun di Padang, Sumatera Barat, Selasa") == [
        "13.71"
    ]
    assert news_codes("Hadiri Acara Puncak Festival Budaya di Kabupaten Puncak") == ["94.05"]
    assert news_codes("Bupati Hadiri Acara Puncak Festival Budaya") == []


def test_newsroom_shorthand_names_a_city() -> None:
    assert news_codes("Pelaku ditangkap di Jagakarsa, Jaksel, Selasa") == ["31.74"]


def test_a_story_names_one_regency_by_one_name() -> None:
    text = "Kantor KPU Kediri didatangi massa. Komisi Pemilihan Umum Kota Kediri menerima mereka."
    assert codes(text) == ["35.71"]


def test_a_headline_place_is_not_taken_for_the_dateline() -> None:
    story = "Bentrok di Ambon\nJAKARTA, KOMPAS.com - Warga Kabupaten Maluku Barat Daya bentrok."
    assert news_codes(story + BODY) == ["81.71", "81.08"]


def test_where_a_speaker_spoke_is_not_where_the_event_was() -> None:
    said = (
        "Massa membagikan uang di sejumlah TPS di Kabupaten Maluku Barat Daya, kata Ketua "
        "Bawaslu saat jumpa pers di kantornya di Ambon, Rabu."
    )
    assert news_codes(said + BODY) == ["81.08"]
    told = "Kata dia, bentrok terjadi di Ambon dan di Kabupaten Maluku Barat Daya."
    assert news_codes(told + BODY) == ["81.71", "81.08"]


def test_a_village_on_its_trigger_alone_stays_in_the_story_s_province() -> None:
    flores = Gazetteer(
        [
            PlaceRecord("53", "Nusa Tenggara Timur", 1),
            PlaceRecord("53.10", "Kabupaten Manggarai", 2),
            PlaceRecord("51.04.02.2002", "Pering", 4),
        ]
    )
    text = "Bhabinkamtibmas menyambangi warga di Kampung Pering, Kabupaten Manggarai."
    assert [p.code for p in geoparse(text, flores)[0]] == ["53.10"]
    assert [p.code for p in geoparse("Ribut di Kampung Pering", flores)[0]] == ["51.04.02.2002"]


def test_a_village_head_s_own_name_is_no_village_of_another_regency() -> None:
    east_java = Gazetteer(
        [
            PlaceRecord("35", "Jawa Timur", 1),
            PlaceRecord("35.04", "Kabupaten Tulungagung", 2),
            PlaceRecord("35.04.07.2005", "Dono", 4),
            PlaceRecord("35.23", "Kabupaten Tuban", 2),
            PlaceRecord("35.23.17", "Plumpang", 3),
            PlaceRecord("35.23.17.2003", "Kepohagung", 4),
        ]
    )
    protest = (
        "Warga Desa Kepohagung, Kecamatan Plumpang, berdemo menuntut Kades Dono lengser "
        "karena menyangkal memakai uang desa."
    )
    assert codes_in(protest, east_java) == ["35.23.17.2003"]
    # The same title with no other place to hold it against still names the village.
    assert codes_in("Warga menuntut Kades Dono lengser.", east_java) == ["35.04.07.2005"]


def test_streets_and_newspapers_named_after_towns_are_not_places() -> None:
    assert news_codes("Massa berkumpul di Jalan Medan Merdeka, Kota Ambon") == ["81.71"]
    assert news_codes("Kantor itu di Jl. Pati No. 5, Kota Ambon") == ["81.71"]
    # The main road through a town still places a text there.
    assert news_codes("Kecelakaan di Jalan Raya Pati") == ["33.18"]
    assert news_codes("Pantauan Jawa Pos Radar Pati di Kota Ambon") == ["81.71"]
    buses = Gazetteer([PlaceRecord("31", "Jakarta", 1), PlaceRecord("81.71", "Kota Ambon", 2)])
    leaflet = "Selebaran soal korupsi bus Trans Jakarta beredar di Kota Ambon"
    assert codes_in(leaflet, buses) == ["81.71"]


def test_a_point_of_the_compass_ends_a_street_s_name_and_the_town_after_it_stands() -> None:
    jakarta = Gazetteer(
        [
            PlaceRecord("31", "DKI Jakarta", 1),
            PlaceRecord("31.74", "Kota Jakarta Selatan", 2, aliases=("Jakarta Selatan",)),
            PlaceRecord("12.71", "Kota Medan", 2),
        ]
    )
    office = "Paket itu dilempar ke kantor redaksi di Jalan Palmerah Barat Jakarta Selatan."
    assert codes_in(office, jakarta) == ["31.74"]
    assert codes_in("Massa bertahan di Jalan Medan Merdeka Barat.", jakarta) == []


def test_a_street_written_lower_case_is_still_the_street() -> None:
    jakarta = Gazetteer(
        [
            PlaceRecord("31.71", "Kota Jakarta Pusat", 2, aliases=("Jakarta Pusat",)),
            PlaceRecord("12.71", "Kota Medan", 2),
        ]
    )
    protest = "Aksi masih berlangsung di ruas jalan Medan Merdeka Barat, Jakarta Pusat."
    assert codes_in(protest, jakarta) == ["31.71"]
    assert codes_in("Mereka berjalan kaki ke Medan.", jakarta) == ["12.71"]


def test_a_news_network_s_site_named_for_its_town_is_no_dateline() -> None:
    story = "PORTAL PATI - Seorang perempuan menyerang markas polisi di Kota Ambon."
    assert news_codes(story + BODY) == ["81.71"]


def test_a_street_s_name_met_again_bare_is_the_street_in_the_story_s_province() -> None:
    jakarta = Gazetteer(
        [
            PlaceRecord("11.72", "Kota Sabang", 2),
            PlaceRecord("31.71", "Kota Administrasi Jakarta Pusat", 2),
            PlaceRecord("51.03", "Kabupaten Badung", 2),
            PlaceRecord("51.71", "Kota Denpasar", 2),
        ]
    )
    fled = (
        "Kerusuhan bermula di Jakarta Pusat. Massa berpencar ke arah Sabang; pedagang di Jl. "
        "Sabang menjadi korban penjarahan."
    )
    assert codes_in(fled, jakarta) == ["31.71"]
    # A street named after a regency of the story's own province leaves its bare name.
    gathered = "Warga Badung berkumpul di Jalan Badung, Kota Denpasar."
    assert sorted(codes_in(gathered, jakarta)) == ["51.03", "51.71"]
    # With no other place to hold it against, the bare name stays.
    assert codes_in("Massa ke arah Sabang, lalu ke Jl. Sabang.", jakarta) == ["11.72"]


def test_a_village_office_s_head_of_affairs_is_no_regency() -> None:
    kaur = Gazetteer([PlaceRecord("17.04", "Kabupaten Kaur", 2)])
    said = "Kepala desa menjadi saksi bersama Kaur Pembangunan, Suryanto."
    assert [p.code for p in geoparse(said, kaur)[0]] == []
    spelt_out = "Saya berboncengan sama Kaur (Kepala Urusan) Pembangunan waktu itu."
    assert [p.code for p in geoparse(spelt_out, kaur)[0]] == []
    assert [p.code for p in geoparse("Banjir di Kaur, Bengkulu", kaur)[0]] == ["17.04"]


def test_a_general_officer_is_no_regency() -> None:
    pati = Gazetteer([PlaceRecord("33.18", "Kabupaten Pati", 2)])
    said = "Lomba diikuti oleh perwira tinggi (Pati) Polri bintang satu dan wartawan."
    assert [p.code for p in geoparse(said, pati)[0]] == []
    assert [p.code for p in geoparse("Banjir merendam Pati, Jawa Tengah.", pati)[0]] == ["33.18"]


def test_a_police_unit_s_head_of_affairs_is_no_regency() -> None:
    kaur = Gazetteer([PlaceRecord("17.04", "Kabupaten Kaur", 2)])
    said = "kata Kaur Bin Ops Satlantas Polrestabes Surabaya AKP Harna."
    assert [p.code for p in geoparse(said, kaur)[0]] == []


def test_where_people_come_from_is_not_where_the_event_was() -> None:
    brawl = (
        "Tawuran pecah di Kota Ambon, Minggu dini hari. Belasan yang diamankan berasal dari "
        "Kabupaten Pati dan Kota Batam."
    )
    assert news_codes(brawl + BODY) == ["81.71"]
    # Alone, the origin is all the story says.
    assert news_codes("Pemuda asal Kabupaten Pati ditangkap polisi." + BODY) == ["33.18"]
    witness = (
        "Bentrokan pecah di Kota Ambon. Menurut saksi mata Rahmat (35), petugas keamanan, "
        "alamat Kabupaten Pati, kejadian bermula siang hari."
    )
    assert news_codes(witness + BODY) == ["81.71"]
    # However the story goes on, with or without a "dari" anywhere.
    assert news_codes(witness + BODY.replace(" dari", "")) == ["81.71"]


def test_a_counted_set_of_regencies_named_in_full_is_not_where_the_event_was() -> None:
    burned = (
        "Surat suara dibakar warga di Kota Ambon usai penghitungan. Sistem itu dipakai di "
        "12 kabupaten, yaitu Pati, Karo, Puncak dan lainnya."
    )
    assert news_codes(burned + BODY) == ["81.71"]


def test_a_long_one_word_name_no_other_region_bears_is_placed_where_it_happened() -> None:
    islands = Gazetteer(
        [PlaceRecord("35.29", "Kabupaten Sumenep", 2), PlaceRecord("35.29.23", "Masalembu", 3)]
    )
    assert [p.code for p in geoparse("Kapal dibawa ke dermaga di Masalembu.", islands)[0]] == [
        "35.29.23"
    ]
    # Named, not as where something happened, it still needs a level word or support.
    assert [p.code for p in geoparse("Nelayan Masalembu marah.", islands)[0]] == []


def test_a_neighbour_named_to_say_where_a_place_ends_is_not_the_place() -> None:
    road = "Warga Kota Ambon memprotes jalan rusak yang berbatasan dengan Kabupaten Pati."
    assert news_codes(road + BODY) == ["81.71"]


def test_a_convoy_s_direction_of_travel_is_not_where_it_clashed() -> None:
    convoy = (
        "Konvoi pesilat yang datang dari arah Kota Batam bentrok dengan rombongan lain di "
        "Kota Ambon, Minggu dini hari."
    )
    assert news_codes(convoy + BODY) == ["81.71"]


def test_a_village_s_direction_is_written_joined_or_apart() -> None:
    villages = Gazetteer(
        [
            PlaceRecord("33.06.01.2029", "Tlepokwetan", 4),
            PlaceRecord("33.05.26.2009", "Tlepok", 4),
            PlaceRecord("35.08.04.2009", "Sumber Lor", 4),
        ]
    )
    assert [p.code for p in geoparse("Gereja di Desa Tlepok Wetan dibakar", villages)[0]] == [
        "33.06.01.2029"
    ]
    assert [p.code for p in geoparse("Ribut di Desa Sumberlor", villages)[0]] == ["35.08.04.2009"]


def test_a_province_s_name_is_the_province_not_a_village_of_that_name() -> None:
    papua = Gazetteer(
        [
            PlaceRecord("91", "Papua", 1),
            PlaceRecord("94.02", "Kabupaten Puncak Jaya", 2),
            PlaceRecord("94.02.08.2006", "Papua", 4),
        ]
    )
    shot = "Kepala distrik di Kabupaten Puncak Jaya, Papua tewas ditembak."
    assert [p.code for p in geoparse(shot, papua)[0]] == ["94.02"]
    assert [p.code for p in geoparse("Ribut di Kampung Papua", papua)[0]] == ["94.02.08.2006"]


def test_the_national_police_headquarters_is_where_news_is_told_not_made() -> None:
    told = (
        "Penembakan terjadi di Kota Ambon, Rabu. Informasi ini disampaikan Kadiv Humas "
        "Polri di Mabes Polri, Jakarta Selatan, Kamis."
    )
    assert news_codes(told + BODY) == ["81.71"]


def test_the_national_cid_suspects_are_taken_to_is_no_place_of_the_crime() -> None:
    taken = (
        "Polisi menangkap empat pengedar di Kota Ambon, Rabu. Tersangka dibawa ke Bareskrim "
        "Polri, Gambir, Jakarta Pusat, guna pemeriksaan lebih lanjut."
    )
    assert news_codes(taken + BODY) == ["81.71"]


def test_riot_police_brought_in_from_another_regency_do_not_place_the_clash() -> None:
    reinforced = (
        "Warga dua desa di Kota Ambon nyaris bentrok, Kamis. Kapolres meminta bantuan "
        "pasukan Brimob Polda Maluku dan Dalmas Polres Pati untuk berjaga."
    )
    assert news_codes(reinforced + BODY) == ["81.71"]


def test_police_sent_from_a_list_of_commands_do_not_place_the_vote_they_guard() -> None:
    guarded = (
        "Polisi menyiagakan 424 personel untuk mengawal pemungutan suara ulang di Kota Ambon. "
        "Mereka berasal dari Brimob serta bantuan dari Polres Pati, Karo, dan Maluku Barat Daya."
    )
    assert news_codes(guarded + BODY) == ["81.71"]


def test_a_speaker_s_former_office_elsewhere_does_not_place_the_protest() -> None:
    protest = (
        "Ratusan warga berdemo di depan gedung DPRD Kota Ambon menolak hasil pilkada. Sri "
        "Naida, mantan anggota DPRD Kota Batam, juga menyatakan kekecewaannya."
    )
    assert news_codes(protest + BODY) == ["81.71"]


def test_each_neighbour_listed_is_only_where_the_place_ends() -> None:
    bordered = (
        "Distrik di Kota Ambon itu rawan dan berbatasan langsung dengan Kabupaten Karo "
        "serta Kabupaten Pati, kata kapolres."
    )
    assert news_codes(bordered + BODY) == ["81.71"]


def test_where_a_helicopter_was_hired_from_is_no_place_of_the_vote() -> None:
    hired = (
        "Logistik pemilu ke distrik terjauh di Kota Ambon diangkut helikopter. Helikopter "
        "biasa kami sewa dari Karo, kata bupati."
    )
    assert news_codes(hired + BODY) == ["81.71"]


def test_a_suspect_s_home_after_his_aliases_is_where_he_lives() -> None:
    caught = (
        "Densus 88 menangkap tiga terduga teroris di Kota Ambon, Jumat. Mereka adalah "
        "Suwarno (38) alias Agung, alias Mario, warga Kota Batam, dan seorang lainnya."
    )
    assert news_codes(caught + BODY) == ["81.71"]


def test_an_old_kingdom_told_as_history_is_no_place_of_the_tradition() -> None:
    told = (
        "Tradisi adu betis digelar warga Kota Ambon seusai panen di dekat makam leluhur "
        "yang dulu menjaga Kerajaan Pati, paman dari Raja Karo."
    )
    assert news_codes(told + BODY) == ["81.71"]


def test_a_province_wide_story_told_in_the_capital_is_the_province_s() -> None:
    mapped = (
        "Bawaslu Maluku memetakan 1.309 TPS rawan di Maluku. Pengawas terbaik ditempatkan "
        "di sana, ujar koordinator divisi pencegahan saat ditemui di Kantor Bawaslu, "
        "Kota Ambon, Sabtu."
    )
    assert news_codes(mapped + BODY) == ["81"]
    # A dateline may be the event's own city.
    assert news_codes("AMBON - Massa berdemo di depan kantor Gubernur Maluku." + BODY) == ["81.71"]


def test_a_dateline_after_the_publisher_s_domain_is_still_the_dateline() -> None:
    from siaga.analysis.extract import dateline_span

    text = "saranginews.com – PALANGKA RAYA – Penting bagi masyarakat untuk waspada."
    span = dateline_span(text)
    assert span is not None and text[span[0] : span[1]].endswith("PALANGKA RAYA")


def test_police_sent_in_from_elsewhere_do_not_place_the_event() -> None:
    reinforced = (
        "Pengamanan pilkades di Kota Ambon dibantu personel dari Polres Pati dan Polres Karo, Rabu."
    )
    assert news_codes(reinforced + BODY) == ["81.71"]


def test_football_clubs_are_named_by_their_home_towns_not_by_the_pitch() -> None:
    match = (
        "Laga antara Persipa Pati melawan PSBS Batam di Kota Ambon diwarnai bentrok "
        "antarsuporter, Selasa sore."
    )
    assert news_codes(match + BODY) == ["81.71"]
    suffixed = "Laga Pati United melawan FC Batam di Kota Ambon diwarnai kericuhan suporter."
    assert news_codes(suffixed + BODY) == ["81.71"]
    # Outside football, the same shape is a place.
    preparing = "Persiapan Pati jelang laga persahabatan di Kota Ambon."
    assert sorted(news_codes(preparing + BODY)) == ["33.18", "81.71"]


def test_a_kampung_named_before_its_desa_is_a_hamlet_inside_it() -> None:
    bekasi = Gazetteer(
        [
            PlaceRecord("32.16", "Kabupaten Bekasi", 2),
            PlaceRecord("32.16.06", "Tambun Selatan", 3),
            PlaceRecord("32.16.06.2005", "Setiadarma", 4),
            PlaceRecord("32.11.03.2002", "Darmajaya", 4),
        ]
    )
    text = "Polisi menangkap warga di Kampung Darmajaya, Desa Setiadarma, Tambun Selatan."
    assert [p.code for p in geoparse(text, bekasi)[0]] == ["32.16.06.2005"]
    dukuh = "Massa datang ke Dukuh Darmajaya Desa Setiadarma Kecamatan Tambun Selatan."
    assert [p.code for p in geoparse(dukuh, bekasi)[0]] == ["32.16.06.2005"]


def test_a_hamlet_that_shares_a_regency_s_name_is_still_a_hamlet() -> None:
    banyuwangi = Gazetteer(
        [
            PlaceRecord("33.13", "Kabupaten Karanganyar", 2),
            PlaceRecord("35.10", "Kabupaten Banyuwangi", 2),
            PlaceRecord("35.10.16", "Banyuwangi", 3),
            PlaceRecord("35.10.16.1007", "Karangrejo", 4),
        ]
    )
    text = "Warga menghadang juru sita di Dusun Karanganyar, Kelurahan Karangrejo, Banyuwangi."
    assert [p.code for p in geoparse(text, banyuwangi)[0]] == ["35.10.16.1007"]
    regency = "Warga menghadang juru sita di Karanganyar."
    assert [p.code for p in geoparse(regency, banyuwangi)[0]] == ["33.13"]


def test_tasik_is_tasikmalaya_whose_type_the_trigger_says() -> None:
    from siaga.regions.data.aliases import REGENCY_ALIASES

    places = (
        PlaceRecord("32.06", "Kabupaten Tasikmalaya", 2, aliases=REGENCY_ALIASES["32.06"]),
        PlaceRecord("32.78", "Kota Tasikmalaya", 2, aliases=REGENCY_ALIASES["32.78"]),
    )
    city = "KOTA TASIK - Warga RW 01 merayakan HUT RI dengan lomba panjat pinang." + BODY
    assert placed(city, *places) == ["32.78"]
    regency = "Banjir merendam dua desa di Kabupaten Tasik, Senin." + BODY
    assert placed(regency, *places) == ["32.06"]


def test_a_regency_s_head_beside_its_full_name_is_shorthand_for_it() -> None:
    sulteng = Gazetteer(
        [
            PlaceRecord("72.06", "Kabupaten Morowali", 2),
            PlaceRecord("72.12", "Kabupaten Morowali Utara", 2),
            PlaceRecord("32.17", "Kabupaten Bandung Barat", 2),
            PlaceRecord("32.73", "Kota Bandung", 2),
        ]
    )
    story = "Bentrok TKA Morowali terjadi di smelter PT GNI, Kabupaten Morowali Utara."
    assert [p.code for p in geoparse(story, sulteng)[0]] == ["72.12"]
    both = "Kabupaten Morowali dan Kabupaten Morowali Utara sepakat soal batas."
    assert [p.code for p in geoparse(both, sulteng)[0]] == ["72.06", "72.12"]
    city = "Warga Bandung Barat berdemo di Bandung."
    assert [p.code for p in geoparse(city, sulteng)[0]] == ["32.17", "32.73"]


def test_a_balinese_banjar_named_like_a_regency_is_a_hamlet() -> None:
    jembrana = Gazetteer(
        [
            PlaceRecord("51.06", "Kabupaten Bangli", 2),
            PlaceRecord("51.01", "Kabupaten Jembrana", 2),
            PlaceRecord("51.01.02", "Mendoyo", 3),
            PlaceRecord("51.01.02.2011", "Yehembang Kangin", 4),
        ]
    )
    text = "Perkelahian di Banjar Bangli, Desa Yehembang Kangin, Kecamatan Mendoyo, Jembrana."
    assert [p.code for p in geoparse(text, jembrana)[0]] == ["51.01.02.2011"]
    regency = "Perkelahian antarpemuda terjadi di Bangli."
    assert [p.code for p in geoparse(regency, jembrana)[0]] == ["51.06"]


def test_a_subak_named_like_a_regency_is_a_water_board_anywhere() -> None:
    bali = Gazetteer(
        [
            PlaceRecord("63.11", "Kabupaten Balangan", 2),
            PlaceRecord("51.03", "Kabupaten Badung", 2),
            PlaceRecord("51.03.02", "Mengwi", 3),
        ]
    )
    text = "Petani Subak Balangan, Kecamatan Mengwi, Kabupaten Badung berebut air."
    assert [p.code for p in geoparse(text, bali)[0]] == ["51.03.02"]
    regency = "Petani di Kabupaten Balangan berebut air."
    assert [p.code for p in geoparse(regency, bali)[0]] == ["63.11"]


def test_batubara_after_the_mining_law_or_a_mine_is_coal() -> None:
    sumut = Gazetteer([PlaceRecord("12.19", "Kabupaten Batubara", 2)])
    law = "Pasal 158 Undang-Undang Pertambangan Mineral dan Batubara mengatur pidananya."
    assert geoparse(law, sumut)[0] == []
    mine = "Truk pengangkut hasil tambang Batubara melintas tiap malam."
    assert geoparse(mine, sumut)[0] == []
    regency = "Warga Kabupaten Batubara menolak tambang pasir."
    assert [p.code for p in geoparse(regency, sumut)[0]] == ["12.19"]


def test_a_dateline_may_touch_its_dash_and_name_its_paper() -> None:
    story = "AMBON, METRO–Dua desa di Kabupaten Maluku Barat Daya terlibat bentrok, Sabtu."
    assert news_codes(story + BODY) == ["81.08"]
    hyphened = "Pasca-konflik di Kota Ambon\nWarga Kabupaten Maluku Barat Daya bentrok."
    assert news_codes(hyphened + BODY) == ["81.71", "81.08"]
    bracketed = "Ambon(MedanPunya) Warga dua desa di Kabupaten Maluku Barat Daya bentrok."
    assert news_codes(bracketed + BODY) == ["81.08"]
    radio = "KBRN, Ambon : Warga di dua desa di Kabupaten Maluku Barat Daya terlibat bentrok."
    assert news_codes(radio + BODY) == ["81.08"]


def test_where_a_source_was_reached_and_the_wounded_were_taken_are_asides() -> None:
    reached = (
        "Warga Kabupaten Maluku Barat Daya masih mengungsi, kata kepala dusun saat dihubungi "
        "Kompas.com di Ambon, Senin."
    )
    assert news_codes(reached + BODY) == ["81.08"]
    taken = "Bentrok di Kabupaten Pati melukai dua warga yang dilarikan ke RSUD Dr. Soetomo Batam."
    assert news_codes(taken + BODY) == ["33.18"]
    treated = "Bentrok di Kabupaten Pati melukai dua warga yang dirawat di RSUP Sanglah, Batam."
    assert news_codes(treated + BODY) == ["33.18"]
    bus_line = (
        "Preman di Kabupaten Pati sudah berbulan-bulan memalak sopir bus jurusan Ambon-Batam."
    )
    assert news_codes(bus_line + BODY) == ["33.18"]
    sent_on = "Bentrok di Kabupaten Pati melukai polisi yang di rujuk ke Batam untuk pengobatan."
    assert news_codes(sent_on + BODY) == ["33.18"]
    road = (
        "Massa di Kabupaten Pati memutus ruas jalan Pati-Batam dan akses dari Kota Ambon ke Pati."
    )
    assert news_codes(road + BODY) == ["33.18"]
    titled = "2 Kapal Asal Batam Dibakar Nelayan\nNelayan di Kabupaten Pati membakar dua kapal."
    assert news_codes(titled + BODY) == ["33.18"]
    blocked = (
        "Massa memblokir jalan di Kabupaten Pati, kendaraan dari arah Ambon menuju Batam macet."
    )
    assert news_codes(blocked + BODY) == ["33.18"]


def test_a_hospital_where_the_trouble_happened_is_the_event_s_place() -> None:
    seized = (
        "Keluarga di Kabupaten Pati mengambil paksa jenazah pasien. Hal serupa juga terjadi "
        "di RSUD Embung Fatimah, Batam, bulan lalu."
    )
    assert news_codes(seized + BODY) == ["33.18", "21.71"]


def test_a_byline_s_bureau_and_writer_are_no_place_of_the_story() -> None:
    bylined = (
        "Kontributor Ambon, Kiki Andi Pati\nMassa memblokade jalan lintas di Kota Batam, "
        "Senin, menuntut pemekaran kabupaten baru.\nPenulis Kontributor Ambon, Kiki Andi Pati"
    )
    assert news_codes(bylined + BODY) == ["21.71"]


def test_a_busload_s_banner_tells_where_the_protesters_came_from() -> None:
    banner = (
        "Massa berunjuk rasa di depan kantor wali kota di Kota Batam, Rabu. Salah satu bus "
        "ditempeli spanduk bertuliskan Rombongan Kabupaten Pati siap mendukung."
    )
    assert news_codes(banner + BODY) == ["21.71"]


def test_where_an_organisation_has_its_seat_is_no_place_of_the_story() -> None:
    seat = (
        "Sekitar 300 orang menyerbu kantor PLN di Kabupaten Pati, di bawah naungan PLN "
        "wilayah yang berpusat di Batam itu."
    )
    assert news_codes(seat + BODY) == ["33.18"]


def test_a_name_joined_to_its_geographic_head_is_found_split_too() -> None:
    tangerang = Gazetteer(
        [PlaceRecord("36.03", "Kabupaten Tangerang", 2), PlaceRecord("36.03.20", "Teluknaga", 3)]
    )
    text = "Warga membubarkan ibadah di Kecamatan Teluk Naga, Tangerang."
    assert [p.code for p in geoparse(text, tangerang)[0]] == ["36.03.20"]
    assert [p.code for p in geoparse("Rapat di Kecamatan Teluknaga", tangerang)[0]] == ["36.03.20"]
    jakarta = Gazetteer(
        [
            PlaceRecord("31.75", "Kota Administrasi Jakarta Timur", 2),
            PlaceRecord("31.75.04", "Kramatjati", 3),
            PlaceRecord("33.28.15", "Kramat", 3),
        ]
    )
    market = "Preman ditangkap di kontrakannya di Kampung Tengah, Kramat Jati, Jakarta Timur."
    assert [p.code for p in geoparse(market, jakarta)[0]] == ["31.75.04"]
    bogor = Gazetteer(
        [
            PlaceRecord("32.01", "Kabupaten Bogor", 2),
            PlaceRecord("32.01.13", "Bojonggede", 3),
            PlaceRecord("33.24.19.2007", "Bojong Gede", 4),
        ]
    )
    quarrel = "Bentrok dipicu masalah di wilayah Bojong Gede, Kabupaten Bogor."
    assert [p.code for p in geoparse(quarrel, bogor)[0]] == ["32.01.13"]
    siantar = Gazetteer(
        [
            PlaceRecord("12.72", "Kota Pematangsiantar", 2),
            PlaceRecord("12.08.01", "Siantar", 3),
        ]
    )
    rally = "Unjuk rasa di DPRD Kota Pematang Siantar, Sumatera Utara, berujung ricuh."
    assert [p.code for p in geoparse(rally, siantar)[0]] == ["12.72"]


def test_a_group_named_by_its_home_regency_is_not_the_event_place() -> None:
    war = (
        "Perang suku pecah di Kota Ambon, Minggu. Kelompok masyarakat Pati melempari "
        "kelompok Batam hingga seorang terluka."
    )
    assert news_codes(war + BODY) == ["81.71"]


def test_a_village_joined_to_its_head_is_found_split_beside_its_neighbours() -> None:
    buton = Gazetteer(
        [
            PlaceRecord("74.04", "Kabupaten Buton", 2),
            PlaceRecord("74.04.27", "Siotapina", 3),
            PlaceRecord("74.04.27.2003", "Sampuabalo", 4),
            PlaceRecord("74.04.27.2010", "Gunungjaya", 4),
            PlaceRecord("74.11.12.2001", "Gunung Jaya", 4),
        ]
    )
    clash = "Warga Desa Sampuabalo menyerang Desa Gunung Jaya dan membakar rumah warga."
    assert {p.code for p in geoparse(clash, buton)[0]} == {"74.04.27.2003", "74.04.27.2010"}


def test_a_dateline_set_off_by_a_bar_is_a_dateline() -> None:
    story = "Ambon.com, Ambon | Dua desa di Kabupaten Maluku Barat Daya terlibat bentrok, Sabtu."
    assert news_codes(story + BODY) == ["81.08"]


def test_where_a_statement_was_given_is_not_where_the_event_was() -> None:
    statement = (
        "Bentrok dua desa di Kabupaten Maluku Barat Daya mereda, demikian disampaikan Kapolda "
        "dalam keterangannya di Ambon pada Senin."
    )
    assert news_codes(statement + BODY) == ["81.08"]


def test_kota_before_a_city_is_the_trigger_even_where_a_village_bears_both_words() -> None:
    medan = Gazetteer(
        [
            PlaceRecord("12.71", "Kota Medan", 2, "kota"),
            PlaceRecord("14.02.03.2008", "Kota Medan", 4),
        ]
    )
    assert [p.code for p in geoparse("Surat suara di Kota Medan tercoblos.", medan)[0]] == ["12.71"]
    village = "Warga Desa Kota Medan berkumpul."
    assert [p.code for p in geoparse(village, medan)[0]] == ["14.02.03.2008"]


def test_an_administrative_regency_is_found_by_its_plain_name() -> None:
    seribu = Gazetteer([PlaceRecord("31.01", "Kabupaten Administrasi Kepulauan Seribu", 2)])
    text = "Logistik tiba di Pulau Pramuka, Kabupaten Kepulauan Seribu."
    assert [p.code for p in geoparse(text, seribu)[0]] == ["31.01"]


def test_a_ship_named_after_a_regency_is_not_a_place() -> None:
    fleet = Gazetteer(
        [
            PlaceRecord("92.07", "Kabupaten Teluk Wondama", 2),
            PlaceRecord("81.08", "Kabupaten Maluku Barat Daya", 2),
        ]
    )
    text = "KRI Teluk Wondama membawa logistik pemilu ke Kabupaten Maluku Barat Daya."
    assert [p.code for p in geoparse(text, fleet)[0]] == ["81.08"]


def test_papua_still_holds_the_regencies_it_gave_to_the_new_provinces() -> None:
    papua = Gazetteer(
        [
            PlaceRecord("91", "Papua", 1),
            PlaceRecord("95", "Papua Pegunungan", 1),
            PlaceRecord("95.06", "Kabupaten Yalimo", 2),
        ]
    )
    text = "Kantor KPU Kabupaten Yalimo, Papua, dibakar massa."
    assert [p.code for p in geoparse(text, papua)[0]] == ["95.06"]


def test_an_election_body_of_a_province_places_the_province() -> None:
    provinces = Gazetteer(
        [
            PlaceRecord("12", "Sumatera Utara", 1, aliases=("Sumut",)),
            PlaceRecord("64", "Kalimantan Timur", 1, aliases=("Kaltim",)),
        ]
    )
    assert [p.code for p in geoparse("Ketua Bawaslu Sumut mengingatkan ASN.", provinces)[0]] == [
        "12"
    ]
    assert [p.code for p in geoparse("KPU Kaltim menetapkan DPT.", provinces)[0]] == ["64"]


def test_a_stated_city_outweighs_the_regency_s_kecamatan_named_beside_it() -> None:
    madiun = Gazetteer(
        [
            PlaceRecord("35.19", "Kabupaten Madiun", 2, "kabupaten"),
            PlaceRecord("35.19.14", "Sawahan", 3),
            PlaceRecord("35.77", "Kota Madiun", 2, "kota"),
        ]
    )
    text = "Wilayah Polres Madiun Kota mencakup Kecamatan Sawahan milik Pemkab Madiun."
    places, mentions = geoparse(text, madiun)
    assert {m.chosen for m in mentions} == {"35.77", "35.19.14", "35.19"}
    # The command's seat is no event place where the story names one of its own.
    assert [p.code for p in places] == ["35.19.14"]


def test_where_a_crowd_came_from_and_an_army_branch_are_not_event_places() -> None:
    demo = (
        "Massa berunjuk rasa di Kota Ambon, Selasa. Massa yang datang dari berbagai daerah "
        "seperti Pati dan Batam masih bertahan, kata mantan perwira Angkatan Darat itu."
    )
    assert news_codes(demo + BODY) == ["81.71"]


def test_a_related_link_set_off_by_bars_is_another_story() -> None:
    from siaga.analysis.text import without_related_links

    text = "Ricuh di Pekalongan.\n| Baca: KPU Jatim Tetapkan DPT Pilgub |\nPolisi berjaga."
    cleaned = without_related_links(text)
    assert "Jatim" not in cleaned and len(cleaned) == len(text)
    assert "Polisi berjaga." in cleaned


def test_a_related_headline_printed_above_and_below_its_heading_is_another_story() -> None:
    from siaga.analysis.text import without_related_links

    text = (
        "Polisi diadang kayu dan batu di Kabupaten Sampang.\n\n"
        "Polisi Gerebek Arena Sabung Ayam di Pangkep, Puluhan Pelaku Kabur\n\n"
        "Baca Juga\n\n"
        "Polisi Gerebek Arena Sabung Ayam di Pangkep, Puluhan Pelaku Kabur\n\n"
        "Kapolres mengimbau warga."
    )
    cleaned = without_related_links(text)
    assert "Pangkep" not in cleaned
    assert "Sampang" in cleaned and "mengimbau" in cleaned


def test_a_city_s_district_is_found_without_the_registry_s_kota() -> None:
    places = Gazetteer(
        [
            PlaceRecord("82.71", "Kota Ternate", 2),
            PlaceRecord("82.71.02", "Kota Ternate Selatan", 3),
            PlaceRecord("18.06", "Kabupaten Tanggamus", 2),
            PlaceRecord("18.06.18", "Kota Agung Barat", 3),
        ]
    )
    told = "Massa berdemo di depan kantor Bawaslu di Kecamatan Ternate Selatan."
    assert [p.code for p in geoparse(told, places)[0]] == ["82.71.02"]
    assert "agung barat" not in places.keys


def test_a_speaker_s_name_after_a_verb_of_saying_is_no_village() -> None:
    places = Gazetteer(
        [
            PlaceRecord("81.71", "Kota Ambon", 2),
            PlaceRecord("94.01", "Kabupaten Nabire", 2),
            PlaceRecord("94.01.13.2001", "Mambor", 4),
            PlaceRecord("51.05", "Kabupaten Klungkung", 2),
        ]
    )
    said = (
        '"Helikopter biasa kami sewa di Kabupaten Nabire," kata Hendrik Mambor. "Cuaca '
        'buruk," jelas Mambor.'
    )
    assert [p.code for p in geoparse(said, places)[0]] == ["94.01"]
    named_ka = '"Cuaca buruk," kata Karel Mambor di Kabupaten Nabire.'
    assert [p.code for p in geoparse(named_ka, places)[0]] == ["94.01"]
    titled = "Situasi kondusif, kata Kapolres Klungkung kepada wartawan."
    assert [p.code for p in geoparse(titled, places)[0]] == ["51.05"]


def test_medan_as_terrain_is_no_city() -> None:
    medan = Gazetteer([*SMALL.places.values(), PlaceRecord("12.71", "Kota Medan", 2)])
    terrain = "Medan lokasi yang berada di tengah sawah membuat pelaku kabur dari Klungkung."
    assert "12.71" not in [p.code for p in geoparse(terrain, medan)[0]]
    headline = "Logistik Pemilu Tembus Medan yang Sulit ke Klungkung"
    assert "12.71" not in [p.code for p in geoparse(headline, medan)[0]]
    city = "Ratusan warga Medan berdemo di depan kantor gubernur."
    assert [p.code for p in geoparse(city, medan)[0]] == ["12.71"]


def test_a_related_link_in_parentheses_is_another_story() -> None:
    from siaga.analysis.text import without_related_links

    text = "Massa menggoyang pintu KPU. (Baca: KPU Kabupaten Pati Bantah Tudingan) Polisi berjaga."
    cleaned = without_related_links(text)
    assert "Pati" not in cleaned and len(cleaned) == len(text)
    assert cleaned.endswith("Polisi berjaga.")


def test_a_reporter_s_initials_close_a_paragraph_they_credit_no_photo() -> None:
    from siaga.analysis.text import without_photo_captions

    signed = "Pemilih ganda juga ditemukan di Kabupaten Pati, ada 41 pemilih. (yas/elz)"
    assert without_photo_captions(signed) == signed
    rewritten = (
        "Ada pula polisi yang dilempar batu di Kabupaten Pati, tangannya berdarah. (rdr/detik.com)"
    )
    assert without_photo_captions(rewritten) == rewritten
    credited = "Warga melintas di dekat baliho di Kota Ambon, Selasa (16/1). ANTARA FOTO"
    assert without_photo_captions(credited).strip() == ""
    cased = "Sejumlah jurnalis berunjuk rasa di depan gedung DPRD Kota Ambon. Antara Foto"
    assert without_photo_captions(cased).strip() == ""


def test_photo_credits_are_blanked_and_the_dateline_after_them_still_found() -> None:
    from siaga.analysis.text import without_photo_captions

    page = (
        "Pesawat Ditembaki, Logistik Tertahan\n"
        "Polisi membawa kotak suara dengan kapal kayu di Kota Ambon, Selasa./ANTARA-Feny\n"
        "Foto: Antara/Spedy Paereng\n"
        "JAKARTA -- Logistik untuk Kabupaten Maluku Barat Daya masih tertahan, Senin."
    )
    cleaned = without_photo_captions(page)
    assert "Ambon" not in cleaned and "Spedy" not in cleaned and len(cleaned) == len(page)
    assert news_codes(cleaned + BODY) == ["81.08"]


def test_a_credit_on_its_own_line_takes_the_caption_below_it_along() -> None:
    from siaga.analysis.text import without_photo_captions

    page = (
        "Penulis: heri | Editor: Heribertus Sulis\n"
        "Tribunlampung.co.id/Beni Yulianto\n"
        "Seusai pleno di Kecamatan Pagelaran, logistik dibawa ke gudang KPU Pringsewu.\n"
        "TRIBUNLAMPUNG.CO.ID - Seorang caleg DPRD Kota Cimahi menarik bantuan."
    )
    cleaned = without_photo_captions(page)
    assert "Pringsewu" not in cleaned and "Beni" not in cleaned and len(cleaned) == len(page)
    assert "Kota Cimahi" in cleaned
    no_caption = "Tribunlampung.co.id/Beni Yulianto\nBANDUNG, TRIBUN - Warga berunjuk rasa."
    assert "BANDUNG" in without_photo_captions(no_caption)


def test_a_paper_s_credit_in_capitals_closes_a_caption() -> None:
    from siaga.analysis.text import without_photo_captions

    page = (
        "Petani Dilaporkan Balik oleh Satpam Perkebunan\n"
        "Peserta aksi mogok makan menuntut pembebasan tiga petani di depan Kementerian ATR, "
        "Jakarta Selatan, Senin. TEMPO/MAGANG/MUHAMMAD FAHRUR ROZI.\n"
        "TEMPO.CO, Banyuwangi - Konflik agraria antara petani dan perkebunan berlarut-larut."
    )
    cleaned = without_photo_captions(page)
    assert "mogok" not in cleaned and "ROZI" not in cleaned and len(cleaned) == len(page)
    assert "Banyuwangi" in cleaned
    story = "Warga menutup jalan kebun. Mereka menolak, kata Ketua RT. PKB/PDIP hadir."
    assert without_photo_captions(story) == story


def test_an_agency_s_credit_alone_takes_the_alt_text_above_and_the_caption_below() -> None:
    from siaga.analysis.text import without_photo_captions

    page = (
        "Wali Kota Pontianak memastikan perayaan tetap digelar.\n"
        "A woman at a shop selling Lunar New Year decorations in Jakarta, Indonesia\n"
        "Getty Images\n"
        "Seorang perempuan memilih dekorasi Imlek di Jakarta.\n"
        "Lampion merah berayun di Jalan Diponegoro, Kota Pontianak."
    )
    cleaned = without_photo_captions(page)
    assert "Jakarta" not in cleaned and len(cleaned) == len(page)
    assert "Wali Kota Pontianak" in cleaned and "Jalan Diponegoro" in cleaned


def test_a_page_s_weather_widget_names_the_reader_s_city_not_the_event_s() -> None:
    from siaga.analysis.text import without_related_links

    page = "spot_img\n27.4 C\nSemarang\nMinggu, 29 Juni 2025\nDEMAK – Kerusuhan nyaris terjadi."
    cleaned = without_related_links(page)
    assert "Semarang" not in cleaned and "DEMAK" in cleaned and len(cleaned) == len(page)


def test_a_publisher_s_web_name_is_not_a_place() -> None:
    kompas = Gazetteer(
        [
            PlaceRecord("11.02", "Kabupaten Aceh Tenggara", 2),
            PlaceRecord("11.02.16.2022", "Kompas", 4),
        ]
    )
    text = "Warga Kabupaten Aceh Tenggara ricuh, kata saksi kepada Kompas.com dan KOMPAS.TV."
    assert [p.code for p in geoparse(text, kompas)[0]] == ["11.02"]


def test_a_byline_and_its_writers_stand_between_the_headline_and_the_dateline() -> None:
    page = (
        "Baca berita tanpa iklan. Gabung Kompas.com+\n"
        "Pilkades Berujung Ricuh, Massa Bakar Kotak Suara\n"
        "Kompas.com - 15/11/2021, 15:26 WIB\n"
        "Rahmat Rahman Patty,\n"
        "Tim Redaksi\n"
        "AMBON, KOMPAS.com- Pilkades di Kabupaten Maluku Barat Daya berlangsung ricuh."
    )
    assert news_codes(page + BODY) == ["81.08"]


def test_a_dateline_counts_only_when_no_province_elsewhere_is_named() -> None:
    arrests = "AMBON - Sembilan terduga teroris ditangkap di Sumatera Barat, kata polisi, Senin."
    assert news_codes(arrests + BODY) == ["13"]


def test_a_caption_above_the_dateline_is_not_the_event_place() -> None:
    page = (
        "Warga melihat DPT di Kabupaten Pati, Selasa (29/10).\n"
        "REPUBLIKA.CO.ID, AMBON -- Daftar pemilih ganda terjadi di Kabupaten Maluku Barat Daya."
    )
    assert news_codes(page + BODY) == ["81.08"]


def test_a_speaker_at_his_office_is_an_aside() -> None:
    said = "Teroris ditangkap di Kabupaten Pati, kata Kadiv Humas dikantornya, Jakarta Selatan."
    assert news_codes(said + BODY) == ["33.18"]


def test_a_level_word_governs_the_name_joined_to_it_by_dan() -> None:
    java = Gazetteer(
        [
            PlaceRecord("33.22", "Kabupaten Semarang", 2),
            PlaceRecord("33.23", "Kabupaten Temanggung", 2),
            PlaceRecord("33.08", "Kabupaten Magelang", 2),
            PlaceRecord("33.08.13.2007", "Temanggung", 4),
        ]
    )
    text = (
        "Truk terguling di jalur antara Kabupaten Semarang dan Temanggung, membawa surat "
        "suara untuk Kabupaten Magelang."
    )
    assert [p.code for p in geoparse(text, java)[0]] == ["33.22", "33.23", "33.08"]
    listed = "Aksi akan digelar di Kabupaten Semarang, Kabupaten Magelang, dan Temanggung."
    assert [p.code for p in geoparse(listed, java)[0]] == ["33.22", "33.08", "33.23"]


def test_where_an_officer_once_served_is_not_a_place_of_the_event() -> None:
    text = "Pelaku ditangkap di Kabupaten Pati, kata Kombes Argo, mantan Kapolres Batam."
    assert news_codes(text) == ["33.18"]


def test_a_capitalised_dateline_may_touch_its_hyphen() -> None:
    story = "AMBON- Dua penyebar hoaks pemilu dibekuk polisi di Kabupaten Pati, Selasa (8/4)."
    assert news_codes(story + BODY) == ["33.18"]
    assert news_codes("Pasca-konflik di Kota Ambon\nWarga Kabupaten Pati bentrok." + BODY) == [
        "81.71",
        "33.18",
    ]


def test_antara_photo_credits_in_their_other_forms_end_a_caption() -> None:
    from siaga.analysis.text import without_photo_captions

    page = (
        "Petugas Bawaslu berpatroli di Kota Batam, Jumat (12/4/2019). ANTARA FOTO/Irwansyah/aww.\n"
        "Tim Gakkumdu menangkap empat orang di sebuah hotel di Kota Ambon. / Antara Foto\n"
        "Densus berjaga di Kota Padang, Kamis (1/12/2022). [ANTARA FOTO/Aloysius Jarot/rwa].\n"
        "Polisi menangkap pembagi amplop di Kabupaten Pati."
    )
    cleaned = without_photo_captions(page)
    assert len(cleaned) == len(page)
    assert news_codes(cleaned) == ["33.18"]


def test_a_page_footer_and_a_list_of_headlines_are_other_stories() -> None:
    from siaga.analysis.text import without_related_links

    page = (
        "Unjuk rasa dua kubu ricuh di Kota Ambon, Jumat.\n"
        "- Saksi Paslon Tolak Tandatangan Berkas Rekapitulasi Pilkada Pati\n"
        "- Dua Anak Mantan Bupati Batam Maju Jadi Caleg\n"
        "Massa kembali tenang dan melanjutkan orasi.\n"
        "Terkini Lainnya\n"
        "Kapolres Jaksel: Brigadir Diduga Bunuh Diri\n"
    )
    cleaned = without_related_links(page)
    assert len(cleaned) == len(page)
    assert news_codes(cleaned) == ["81.71"]
    report = "Situasi pilkades:\n- Desa Tangkas: aman\n- Desa Gelgel: ada keributan kecil."
    assert without_related_links(report) == report


def test_a_lone_dotted_headline_inside_a_story_is_another_story() -> None:
    from siaga.analysis.text import without_related_links

    page = (
        "Unjuk rasa buruh di kawasan industri Kabupaten Pati berakhir ricuh, Rabu.\n"
        "• Tolak UU Cipta Kerja, Aliansi Buruh Kota Ambon Gelar Unjuk Rasa\n"
        "Polisi masih berjaga di gerbang kawasan industri sampai malam.\n"
    )
    cleaned = without_related_links(page)
    assert len(cleaned) == len(page)
    assert news_codes(cleaned) == ["33.18"]
    report = "Laporan situasi:\n• Desa Tangkas Kecamatan Klungkung Aman Terkendali\nSelesai."
    assert without_related_links(report) == report


def test_a_written_statement_s_venue_is_an_aside() -> None:
    said = (
        "Logistik pemilu dikirim ke pulau-pulau di Kabupaten Pati, jelas Kadispen dalam "
        "siaran tertulis Dinas Penerangan di Batam, Selasa."
    )
    assert news_codes(said + BODY) == ["33.18"]


def test_a_bare_agency_credit_and_a_spaced_writer_credit_end_a_caption() -> None:
    from siaga.analysis.text import without_photo_captions

    page = (
        "Pistol diamankan Satreskrim di Kota Batam dalam sebuah penggerebekan. (ANTARA)\n"
        "Distribusi logistik di Kabupaten Pati, akhir pekan kemarin.  Denny/Cepos\n"
        "Warga Kota Ambon menganiaya seorang tetangganya, kata Kapolsek kepada wartawan di "
        "Kabupaten Pati, Selasa."
    )
    cleaned = without_photo_captions(page)
    assert len(cleaned) == len(page)
    assert news_codes(cleaned + BODY) == ["81.71"]


def test_a_level_word_does_not_reach_across_a_line_or_a_quote() -> None:
    sudah = Gazetteer(
        [PlaceRecord("35.73", "Kota Malang", 2), PlaceRecord("35.22.17.2005", "Sudah", 4)]
    )
    text = "Warga Menggeruduk Kantor Kelurahan\n”Sudah selesai,” kata Ketua KPU Kota Malang."
    assert [p.code for p in geoparse(text, sudah)[0]] == ["35.73"]


def test_a_publisher_and_a_place_before_a_hyphen_are_a_dateline() -> None:
    story = "Gerak News, Ambon- Laporan pembubaran ibadah di Kabupaten Pati dilengkapi, Jumat."
    assert news_codes(story + BODY) == ["33.18"]


def test_a_caption_credit_closed_twice_or_with_a_full_stop_still_ends_the_caption() -> None:
    from siaga.analysis.text import without_photo_captions

    page = (
        "Pawai usai deklarasi di Kota Batam, Sabtu (15/2). (Republika/Prayogi))\n"
        "Caleg Kabupaten Pati mendatangi Bawaslu, Jakarta (25/4/2014) (Liputan6.com/Johan).\n"
        "Bawaslu Kota Ambon hadir."
    )
    assert news_codes(without_photo_captions(page)) == ["81.71"]


def test_a_byline_stamp_and_an_illustration_stand_between_the_headline_and_the_dateline() -> None:
    page = (
        "Saat Polisi Terjepit di Antara Konflik Lama Dua Desa\n"
        "Konflik lama antara dua desa itu menyinggung soal batas.\n"
        "oleh M Syukur diperbarui 30 Des 2016, 21:21 WIB\n"
        "Diterbitkan 30 Des 2016, 21:21 WIB\n"
        "Kampung nelayan di Kota Padang, Sumatera Barat.\n"
        "Ilustrasi kampung nelayan.\n"
        "Liputan6.com, Ambon - Dua desa di Kabupaten Maluku Barat Daya terlibat bentrok."
    )
    assert news_codes(page + BODY) == ["81.08"]


def test_a_village_leaning_only_on_a_caption_s_city_is_not_the_event_place() -> None:
    coast = Gazetteer(
        [
            PlaceRecord("14", "Riau", 1),
            PlaceRecord("14.71", "Kota Pekanbaru", 2),
            PlaceRecord("14.03", "Kabupaten Bengkalis", 2),
            PlaceRecord("14.03.02", "Bantan", 3),
            PlaceRecord("14.03.02.2002", "Bantan Air", 4),
            PlaceRecord("12.71", "Kota Medan", 2),
            PlaceRecord("12.71.14.1004", "Bantan", 4),
        ]
    )
    page = (
        "Gudang Ikan Dibakar Nelayan Desa Tetangga\n"
        "Kampung nelayan di Medan.\n"
        "PEKANBARU - Gudang ikan di Desa Bantan Air, Kecamatan Bantan, Kabupaten Bengkalis, "
        "dibakar ratusan nelayan dari desa tetangga yang kemudian mendatangi Desa Bantan."
    )
    assert [p.code for p in geoparse(page + BODY, coast)[0]] == ["14.03.02.2002"]


BALI_AND_BEYOND = Gazetteer(
    [
        PlaceRecord("51", "Bali", 1),
        PlaceRecord("51.03", "Kabupaten Badung", 2),
        PlaceRecord("51.03.02", "Mengwi", 3),
        PlaceRecord("51.03.02.1004", "Kapal", 4),
        PlaceRecord("51.08", "Kabupaten Buleleng", 2),
        PlaceRecord("51.08.02", "Seririt", 3),
        PlaceRecord("51.08.02.2016", "Pengastulan", 4),
        PlaceRecord("51.08.04", "Banjar", 3),
        PlaceRecord("63.03", "Kabupaten Banjar", 2),
        PlaceRecord("53", "Nusa Tenggara Timur", 1, aliases=("NTT",)),
        PlaceRecord("53.10", "Kabupaten Manggarai", 2),
    ]
)


def test_a_balinese_hamlet_is_no_regency_named_banjar() -> None:
    text = (
        "Bentrokan di Desa Pengastulan, Kecamatan Seririt, Kabupaten Buleleng, bermula "
        "ketika pemuda dari Banjar Pala dan Banjar Kauman saling dorong."
    )
    assert [p.code for p in geoparse(text, BALI_AND_BEYOND)[0]] == ["51.08.02.2016"]
    south = "Banjir merendam tiga desa di Kabupaten Banjar."
    assert [p.code for p in geoparse(south, BALI_AND_BEYOND)[0]] == ["63.03"]


def test_people_named_by_a_far_home_do_not_place_the_event() -> None:
    text = (
        "Keributan terjadi di Kelurahan Kapal, Mengwi. Empat pemuda Manggarai menantang "
        "warga berkelahi; mereka pemuda asal Manggarai, Flores, Nusa Tenggara Timur (NTT)."
    )
    assert [p.code for p in geoparse(text + BODY, BALI_AND_BEYOND)[0]] == ["51.03.02.1004"]
    home = "Warga Manggarai resah, kata Bupati Manggarai."
    assert [p.code for p in geoparse(home, BALI_AND_BEYOND)[0]] == ["53.10"]


def test_other_places_given_as_examples_are_not_the_event_place() -> None:
    text = (
        "Ratusan warga menyegel sebuah rumah ibadah di Kabupaten Pati, Selasa. Aksi serupa "
        "pernah terjadi di sejumlah daerah seperti Padang, Ambon dan Metro."
    )
    assert news_codes(text + BODY) == ["33.18"]


def test_a_function_word_opening_a_sentence_is_no_village() -> None:
    papua = Gazetteer([PlaceRecord("94.02.02", "Ilu", 3), PlaceRecord("94.02.02.2009", "Maka", 4)])
    text = "Warga Distrik Ilu berkumpul di lapangan. Maka dari itu aparat berjaga."
    assert [p.code for p in geoparse(text, papua)[0]] == ["94.02.02"]
    assert [p.code for p in geoparse("Warga Desa Maka resah.", papua)[0]] == ["94.02.02.2009"]


def test_a_level_word_ending_a_sentence_does_not_reach_the_next() -> None:
    text = "Petugas bekerja sampai tingkat Desa. Tangkas dan cepat, mereka menuntaskannya."
    assert codes(text) == []
    assert codes("Bentrok di Kec. Klungkung") == ["51.05.03"]


def test_where_a_speaker_stood_on_the_sidelines_does_not_rename_the_city() -> None:
    text = (
        "Rumah dinas Ketua DPRD Kota Kediri dilempar bom molotov oleh orang tak dikenal. "
        "Hal itu dikatakan Kapolres kepada wartawan di sela-sela bakti sosial dan "
        "pembagian sembako di lapangan Kabupaten Kediri, Kamis. Kasus ini masih diusut "
        "penyidik Polres Kediri."
    )
    assert codes(text + BODY) == ["35.71"]


def test_the_police_of_east_jakarta_are_not_in_metro_lampung() -> None:
    assert news_codes("Kapolres Metro Jaktim memetakan TPS rawan." + BODY) == []


def test_jogja_after_a_city_word_is_the_city_and_bare_the_province() -> None:
    from siaga.regions.data.aliases import REGENCY_ALIASES

    jogja = Gazetteer(
        [
            PlaceRecord("34", "Daerah Istimewa Yogyakarta", 1, aliases=("DIY", "Jogja")),
            PlaceRecord("34.71", "Kota Yogyakarta", 2, aliases=REGENCY_ALIASES["34.71"]),
        ]
    )
    assert [p.code for p in geoparse("Sebanyak 48 TPS di Kota Jogja rawan.", jogja)[0]] == ["34.71"]
    assert [p.code for p in geoparse("Wisata Jogja ramai.", jogja)[0]] == ["34"]


def test_pulau_seribu_is_the_thousand_islands_regency() -> None:
    from siaga.regions.data.aliases import REGENCY_ALIASES

    seribu = Gazetteer(
        [
            PlaceRecord(
                "31.01",
                "Kabupaten Administrasi Kepulauan Seribu",
                2,
                aliases=REGENCY_ALIASES["31.01"],
            )
        ]
    )
    said = "TPS sangat rawan ada 6, 5 di Jakarta Timur, 1 di Pulau Seribu."
    assert [p.code for p in geoparse(said, seribu)[0]] == ["31.01"]


def test_mitra_is_minahasa_tenggara_only_after_a_trigger() -> None:
    from siaga.regions.data.aliases import REGENCY_ALIASES

    sulut = Gazetteer(
        [PlaceRecord("71.07", "Kabupaten Minahasa Tenggara", 2, aliases=REGENCY_ALIASES["71.07"])]
    )
    assert [p.code for p in geoparse("Bupati bersama Kapolres Mitra hadir.", sulut)[0]] == ["71.07"]
    assert geoparse("Polisi dan Mitra kerja desa berjaga.", sulut)[0] == []


def test_a_court_named_by_its_seat_is_not_the_event_place() -> None:
    text = (
        "Eksekusi lahan di Kabupaten Maluku Barat Daya ricuh. Juru sita Pengadilan Negeri "
        "Ambon membacakan putusan sebelum warga melempari petugas."
    )
    assert news_codes(text + BODY) == ["81.08"]
    # The administrative courts a village election's loser sues in, too.
    sued = (
        "Sengketa pilkades di Kabupaten Maluku Barat Daya berlanjut. Pengadilan Tinggi Tata "
        "Usaha Negara (PTTUN) Ambon menerima banding calon yang kalah, setelah PTUN Ambon "
        "memerintahkan pemilihan ulang."
    )
    assert news_codes(sued + BODY) == ["81.08"]


def test_polman_is_polewali_mandar() -> None:
    from siaga.regions.data.aliases import REGENCY_ALIASES

    sulbar = Gazetteer(
        [PlaceRecord("76.04", "Kabupaten Polewali Mandar", 2, aliases=REGENCY_ALIASES["76.04"])]
    )
    assert [p.code for p in geoparse("Diproses Sentra Gakkumdu Polman.", sulbar)[0]] == ["76.04"]


def test_a_province_wide_meeting_held_in_one_city_is_the_province_s() -> None:
    sumbar = Gazetteer(
        [
            PlaceRecord("13", "Sumatera Barat", 1, aliases=("Sumbar",)),
            PlaceRecord("13.75", "Kota Bukittinggi", 2),
            PlaceRecord("13.71", "Kota Padang", 2),
        ]
    )
    held = (
        "Bertempat di Istana Bung Hatta, Bukittinggi, Badan Kesbangpol Prov. Sumbar "
        "menyelenggarakan Rapat Koordinasi Tim Terpadu Tingkat Provinsi Sumatera Barat. "
        "Pelaporan penanganan konflik Sumbar naik, dan jelang pilkada di Sumbar deteksi "
        "dini perlu dilakukan."
    )
    assert [p.code for p in geoparse(held, sumbar)[0]] == ["13"]
    a_city_s_own = (
        "Bentrok warga pecah di Kota Padang. Polisi Kota Padang berjaga di Padang, kata "
        "Kapolda Sumbar, yang meminta warga se-Sumbar menahan diri."
    )
    assert [p.code for p in geoparse(a_city_s_own, sumbar)[0]] == ["13.71"]


def test_a_police_command_s_seat_gives_way_to_the_places_the_story_names() -> None:
    pasuruan = Gazetteer(
        [
            PlaceRecord("35.14", "Kabupaten Pasuruan", 2),
            PlaceRecord("35.14.21", "Nguling", 3),
            PlaceRecord("35.14.21.2008", "Sumberanyar", 4),
            PlaceRecord("35.75", "Kota Pasuruan", 2),
        ]
    )
    story = (
        "Rumah panitia pilkades di Desa Sumberanyar, Kecamatan Nguling, dilempar bondet. "
        "Kapolres Pasuruan Kota AKBP Makung mengatakan kasus masih diselidiki."
    )
    assert [p.code for p in geoparse(story, pasuruan)[0]] == ["35.14.21.2008"]
    alone = "Bentrok suporter di sekitar stadion. Situasi aman, kata Kapolres Pasuruan Kota."
    assert [p.code for p in geoparse(alone, pasuruan)[0]] == ["35.75"]


def test_a_police_command_spelt_out_or_misspelt_is_still_a_command() -> None:
    sigi = Gazetteer(
        [
            PlaceRecord("72.03", "Kabupaten Donggala", 2),
            PlaceRecord("72.10", "Kabupaten Sigi", 2),
            PlaceRecord("72.10.11.2008", "Pesaku", 4),
        ]
    )
    story = (
        "Ratusan warga menyerang Desa Pesaku dan membakar 24 rumah, kata Kepala Kepolisian "
        "Resor Donggala AKBP Guruh."
    )
    assert [p.code for p in geoparse(story, sigi)[0]] == ["72.10.11.2008"]
    misspelt = story.replace("Kepolisian", "Kepoilisian")
    assert [p.code for p in geoparse(misspelt, sigi)[0]] == ["72.10.11.2008"]
    abbreviated = story.replace("Resor Donggala", "Resor (Polres) Donggala")
    assert [p.code for p in geoparse(abbreviated, sigi)[0]] == ["72.10.11.2008"]


def test_a_page_s_related_questions_set_off_by_lone_dashes_are_other_stories() -> None:
    from siaga.analysis.text import without_related_links

    page = (
        "Massa memblokir jalan di Kabupaten Pati.\n-\nDimana warga demo jalan rusak? Di Batam."
        "\n-\nKenapa warga demo? Jalan di Ambon rusak.\nPolisi berjaga."
    )
    cleaned = without_related_links(page)
    assert "Batam" not in cleaned and "Ambon" not in cleaned and "Pati" in cleaned
    assert len(cleaned) == len(page)


def test_a_two_word_village_is_found_written_joined_unless_another_is_named_so() -> None:
    villages = Gazetteer(
        [
            PlaceRecord("16.04.10.2056", "Makarti Tama", 4),
            PlaceRecord("18.01.05.2001", "Ujanmas", 4),
            PlaceRecord("16.05.01.2003", "Ujan Mas", 4),
        ]
    )
    assert [p.code for p in geoparse("Pencuri dibakar di Desa Makartitama", villages)[0]] == [
        "16.04.10.2056"
    ]
    assert villages.keys["ujanmas"] == ["18.01.05.2001"]


def test_a_paper_named_after_its_town_is_no_place() -> None:
    papers = Gazetteer([*SMALL.places.values(), PlaceRecord("16.71", "Kota Palembang", 2)])
    story = "Informasi yang dihimpun Palembang Pos (Group JPNN), warga Desa Tangkas, Klungkung."
    assert [p.code for p in geoparse(story, papers)[0]] == ["51.05.03.2006"]
    aired = "Reporter Palembang TV dipukul di Desa Tangkas, Klungkung."
    assert [p.code for p in geoparse(aired, papers)[0]] == ["51.05.03.2006"]


def test_a_village_named_in_full_then_shortened_is_the_same_village() -> None:
    villages = Gazetteer(
        [
            PlaceRecord("35.16", "Kabupaten Mojokerto", 2),
            PlaceRecord("35.16.14", "Gedeg", 3),
            PlaceRecord("35.16.14.2001", "Ngares Kidul", 4),
            PlaceRecord("35.03.11.2001", "Ngares", 4),
        ]
    )
    story = (
        "Pemakaman warga Desa Ngares Kidul, Kecamatan Gedeg, Kabupaten Mojokerto ditolak. "
        "Salah satu warga Desa Ngares berinisial NU meninggal pada Kamis."
    )
    assert [p.code for p in geoparse(story, villages)[0]] == ["35.16.14.2001"]


def test_a_section_heading_above_the_story_is_no_footer() -> None:
    from siaga.analysis.text import without_related_links

    page = (
        "Berita Terkini\n\nKPU Klungkung Mantapkan PPK\n\nSemarapura - KPU Kabupaten Klungkung "
        "mengadakan bimbingan teknis bagi PPK dan PPS se Kabupaten Klungkung."
    )
    assert without_related_links(page) == page


def test_related_headlines_listed_without_bullets_are_other_stories() -> None:
    from siaga.analysis.text import without_related_links

    page = (
        "Bimtek KPPS digelar KPU Kota Kediri di Aula Muktamar, Senin.\n"
        "Artikel Terkait\n"
        "MBG di Boyolali Disabotase: Ratusan Paket Ditarik\n"
        "Viral Bobby Nasution Razia Truk Pelat Aceh di Sumut\n"
    )
    cleaned = without_related_links(page)
    assert "Boyolali" not in cleaned and "Aceh" not in cleaned
    assert cleaned.startswith("Bimtek KPPS digelar KPU Kota Kediri")


def test_a_joined_village_name_is_found_split_before_a_common_last_word() -> None:
    villages = Gazetteer(
        [PlaceRecord("36.73.01.1009", "Lontarbaru", 4), PlaceRecord("36.04.13.2007", "Lontar", 4)]
    )
    found = geoparse("KPPS se Kelurahan Lopang dan Kelurahan Lontar Baru ikut bimtek", villages)
    assert [p.code for p in found[0]] == ["36.73.01.1009"]


def test_a_story_that_goes_through_nearly_every_regency_is_the_province_s() -> None:
    bali = Gazetteer(
        [PlaceRecord("51", "Bali", 1)]
        + [
            PlaceRecord(f"51.0{n}", f"Kabupaten {name}", 2)
            for n, name in enumerate(["Jembrana", "Tabanan", "Badung", "Gianyar"], start=1)
        ]
        + [PlaceRecord("51.71", "Kota Denpasar", 2)]
    )
    listed = (
        "KPU Bali menyasar sekolah di Kota Denpasar, Kabupaten Badung, Tabanan, Jembrana "
        "dan Gianyar."
    )
    assert [p.code for p in geoparse(listed, bali)[0]] == ["51"]
    two = "Sekolah di Kabupaten Badung dan Tabanan dikunjungi KPU."
    assert sorted(p.code for p in geoparse(two, bali)[0]) == ["51.02", "51.03"]


def test_a_province_named_as_the_whole_ground_of_the_story_is_its_place() -> None:
    lampung = Gazetteer(
        [PlaceRecord("18", "Lampung", 1), PlaceRecord("18.71", "Kota Bandar Lampung", 2)]
    )
    story = (
        "BANDAR LAMPUNG - Bhabinkamtibmas jajaran Polda Lampung diwajibkan berkunjung ke rumah "
        "warga di seluruh Provinsi Lampung, kata Kabarharkam kepada Polda Lampung." + BODY
    )
    assert [p.code for p in geoparse(story, lampung)[0]] == ["18"]


def test_where_people_moved_to_afterwards_is_no_place_of_the_trouble() -> None:
    story = (
        "Rumah dua keluarga yang kena sanksi adat di Desa Tangkas, Klungkung, dikosongkan. "
        "Satu keluarga pindah ke rumah kerabat mereka di wilayah Kediri, Tabanan." + BODY
    )
    assert [p.code for p in geoparse(story, SMALL)[0]] == ["51.05.03.2006"]


def test_the_national_police_headquarters_is_never_the_place_of_the_event() -> None:
    jakarta = Gazetteer(
        [
            PlaceRecord("31", "DKI Jakarta", 1),
            PlaceRecord("31.74", "Kota Administrasi Jakarta Selatan", 2),
            PlaceRecord("31.74.07", "Kebayoran Baru", 3),
        ]
    )
    briefed = (
        "Densus 88 menangkap 59 tersangka teroris jelang pemilu, kata juru bicara di Mabes "
        "Polri, Kebayoran Baru, Jakarta Selatan, Selasa." + BODY
    )
    assert geoparse(briefed, jakarta)[0] == []


def test_a_story_of_unnamed_regions_told_from_the_capital_has_no_place() -> None:
    jakarta = Gazetteer([PlaceRecord("31", "DKI Jakarta", 1, aliases=("Jakarta",))])
    roundup = (
        "JAKARTA - Densus 88 menangkap 13 terduga teroris di sejumlah daerah menjelang "
        "pilkada serentak, kata Kapolri." + BODY
    )
    assert geoparse(roundup, jakarta)[0] == []
    local = "JAKARTA - Banjir melanda rumah warga di Jakarta, Senin." + BODY
    assert [p.code for p in geoparse(local, jakarta)[0]] == ["31"]


def test_a_bare_city_name_is_the_city_though_a_far_district_shares_it() -> None:
    depok = Gazetteer(
        [
            PlaceRecord("32.76", "Kota Depok", 2),
            PlaceRecord("32.09.31", "Depok", 3),
            PlaceRecord("32.05.28.2007", "Depok", 4),
        ]
    )
    shot = "Setidaknya 13 orang ditangkap, termasuk di Depok yang ditembak mati."
    assert [p.code for p in geoparse(shot, depok)[0]] == ["32.76"]


def test_a_capitals_dateline_closed_by_a_bar_is_a_dateline() -> None:
    from siaga.analysis.extract import dateline_span

    story = "PALEMBANG|PencanangNews.co.id-Menjelang hari pencoblosan, tiga warga diamankan."
    assert dateline_span(story) == (0, len("PALEMBANG"))


def test_a_street_or_a_toll_road_named_by_the_two_towns_it_joins_places_neither() -> None:
    towns = Gazetteer(
        [
            PlaceRecord("61.09", "Kabupaten Sekadau", 2),
            PlaceRecord("61.05", "Kabupaten Sintang", 2),
            PlaceRecord("33.24", "Kabupaten Kendal", 2),
            PlaceRecord("33.25", "Kabupaten Batang", 2),
            PlaceRecord("33.74", "Kota Semarang", 2),
        ]
    )
    story = (
        "SEKADAU - Ratusan pendukung calon mendatangi kantor Panwaslu Sekadau di Jalan "
        "Sekadau-Sintang, KM. 4, menuntut pencoblosan ulang." + BODY
    )
    assert [p.code for p in geoparse(story, towns)[0]] == ["61.09"]
    toll = (
        "Warga Kabupaten Kendal memasang spanduk memprotes ganti rugi lahan tol "
        "Batang-Semarang yang belum dibayar." + BODY
    )
    assert [p.code for p in geoparse(toll, towns)[0]] == ["33.24"]


def test_read_more_links_in_capitals_are_other_stories() -> None:
    from siaga.analysis.text import without_related_links

    page = "Massa menuntut coblos ulang.\nBACA ARTIKEL LAINNYA... Pleno PPK Di Batam Lancar\n"
    assert "Batam" not in without_related_links(page)


def test_a_dateline_with_its_publisher_in_brackets_after_a_comma_is_a_dateline() -> None:
    from siaga.analysis.extract import dateline_span

    story = "Mamuju, (Antarariau.com) - Konflik perusahaan sawit dengan warga kembali pecah."
    span = dateline_span(story)
    assert span is not None and story[span[0] : span[1]].startswith("Mamuju")


def test_an_acronym_alias_is_a_place_only_when_written_in_capitals() -> None:
    pali = Gazetteer(
        [PlaceRecord("16.12", "Kabupaten Penukal Abab Lematang Ilir", 2, aliases=("PALI",))]
    )
    assert [p.code for p in geoparse("Bawaslu PALI amankan amplop", pali)[0]] == ["16.12"]
    assert geoparse("Ia akan memasang Hinting Pali di kantor perusahaan", pali)[0] == []


def test_a_caption_credited_foto_with_a_capital_is_a_caption() -> None:
    from siaga.analysis.text import without_photo_captions

    page = (
        "Ilustrasi – Tersangka pencabulan balita di Kebumen diborgol. (Foto: Liputan6.com/"
        "Muhamad Ridlo)\nLiputan6.com, Bitung - Polres Bitung menangkap warga Kota Bitung."
    )
    assert "Kebumen" not in without_photo_captions(page)


def test_where_a_press_release_was_received_is_a_venue() -> None:
    from siaga.analysis.extract import venue_spans

    said = "kata Harry, dalam rilis resmi yang diterima di Jakarta, Selasa (16/6)."
    assert [said[a:b] for a, b in venue_spans(said)] == ["Jakarta, Selasa "]


def test_a_story_spread_over_every_province_told_from_the_capital_has_no_place() -> None:
    jakarta = Gazetteer([PlaceRecord("31", "DKI Jakarta", 1, aliases=("Jakarta",))])
    story = (
        "Jakarta: Bawaslu merekomendasikan pemungutan suara ulang di ratusan TPS yang tersebar "
        "di seluruh provinsi, di 229 kabupaten/kota pada 38 provinsi." + BODY
    )
    assert geoparse(story, jakarta)[0] == []


def test_a_main_road_named_after_the_town_it_leads_to_places_only_its_district() -> None:
    roads = Gazetteer(
        [
            PlaceRecord("36.04", "Kabupaten Serang", 2),
            PlaceRecord("36.03", "Kabupaten Tangerang", 2),
            PlaceRecord("36.03.18", "Cikupa", 3),
        ]
    )
    story = (
        "TANGERANG - Diduga hendak tawuran di Jalan Raya Serang, Kecamatan Cikupa, Kabupaten "
        "Tangerang, ratusan pelajar diamankan polisi." + BODY
    )
    assert [p.code for p in geoparse(story, roads)[0]] == ["36.03.18"]


def test_a_common_word_named_as_where_something_happened_in_a_settled_regency_is_its_place() -> (
    None
):
    puncak_jaya = Gazetteer(
        [
            PlaceRecord("94.02", "Kabupaten Puncak Jaya", 2),
            PlaceRecord("94.02.01", "Mulia", 3),
            PlaceRecord("11.08.07", "Meurah Mulia", 3),
        ]
    )
    clash = "Empat warga tewas dalam pertikaian di Mulia, saat pilkada di Kabupaten Puncak Jaya."
    assert [p.code for p in geoparse(clash, puncak_jaya)[0]] == ["94.02.01"]
    praised = "Bupati Puncak Jaya menyebut niat itu Mulia dan terpuji."
    assert [p.code for p in geoparse(praised, puncak_jaya)[0]] == ["94.02"]
    elsewhere = "Warga berkumpul di Mulia untuk menonton."
    assert geoparse(elsewhere, puncak_jaya)[0] == []


def test_a_moluccan_village_is_found_with_or_without_the_w_after_its_last_u() -> None:
    haruku = Gazetteer(
        [
            PlaceRecord("81.01.13.2009", "Pelauw", 4),
            PlaceRecord("81.01.13.2010", "Kariu", 4),
            PlaceRecord("33.01.01.2001", "Sembu", 4),
        ]
    )
    clash = "Bentrokan warga Desa Pelau dan Desa Kariuw di Pulau Haruku."
    assert sorted(p.code for p in geoparse(clash, haruku)[0]) == ["81.01.13.2009", "81.01.13.2010"]
    assert geoparse("Ribut di Desa Sembuw", haruku)[0] == []


def test_a_name_after_a_balinese_title_is_a_person_s() -> None:
    places = Gazetteer(
        [PlaceRecord("52.71", "Kota Mataram", 2), PlaceRecord("51.05", "Kabupaten Klungkung", 2)]
    )
    meeting = "Rapat dipimpin camat I.B Mataram dan Kapolres Klungkung di Klungkung."
    assert [p.code for p in geoparse(meeting, places)[0]] == ["51.05"]


def test_a_name_no_other_region_bears_written_as_where_things_went_is_that_place() -> None:
    jakarta = Gazetteer(
        [
            PlaceRecord("31.72.02", "Tanjung Priok", 3),
            PlaceRecord("31.72.02.1001", "Tanjung Priok", 4),
            PlaceRecord("35.15.01", "Waru", 3),
            PlaceRecord("35.24.01", "Waru", 3),
        ]
    )
    checked = "KPU mengecek kontainer itu ke Pelabuhan Tanjung Priok."
    assert [p.code for p in geoparse(checked, jakarta)[0]] == ["31.72.02"]
    assert geoparse("Kapal Tanjung Priok berlabuh pagi ini.", jakarta)[0] == []
    assert geoparse("Warga berkumpul di Waru.", jakarta)[0] == []


def test_the_level_word_is_found_in_a_window_as_in_the_whole_text_before_a_name() -> None:
    from siaga.analysis.gazetteer import _BRIDGE, TRIGGERS, _trigger_before

    def whole_text(folded: str, start: int) -> str | None:
        for word in reversed(folded[:start].split()[-4:]):
            if word in TRIGGERS:
                return word
            if not word.isdigit() and word not in _BRIDGE:
                return None
        return None

    long_words = " ".join(["pemberitahuanpemberitahuan"] * 3)
    text = (
        "bentrok terjadi di desa tangkas kecamatan 2 klungkung " * 20
        + f"lalu kabupaten {long_words} adat badung dan desa adat 12 bedha"
    )
    for start in (i + 1 for i, c in enumerate(text) if c == " "):
        assert _trigger_before(text, start) == whole_text(text, start)


def test_a_comma_list_after_kabupaten_names_regencies_but_an_address_runs_upward() -> None:
    bali = Gazetteer(
        [
            PlaceRecord("51.03", "Kabupaten Badung", 2),
            PlaceRecord("51.02", "Kabupaten Tabanan", 2),
            PlaceRecord("51.06", "Kabupaten Bangli", 2),
            PlaceRecord("51.02.09.2005", "Bangli", 4),
            PlaceRecord("51.04.04", "Tampaksiring", 3),
            PlaceRecord("51.04.04.2003", "Tampaksiring", 4),
            PlaceRecord("51.04.04.2001", "Pejeng", 4),
        ]
    )
    pilkada = "Pilkada berlangsung di Kabupaten Badung, Tabanan, Bangli dan Karangasem."
    assert sorted(p.code for p in geoparse(pilkada, bali)[0]) == ["51.02", "51.03", "51.06"]
    address = "Penguburan dihadang di Desa Pejeng, Tampaksiring."
    assert [p.code for p in geoparse(address, bali)[0]] == ["51.04.04.2001"]


def test_a_province_closing_an_address_after_kabupaten_is_the_province() -> None:
    jambi = Gazetteer(
        [
            PlaceRecord("15", "Jambi", 1),
            PlaceRecord("15.01", "Kabupaten Kerinci", 2),
            PlaceRecord("15.71", "Kota Jambi", 2),
            PlaceRecord("15.04", "Kabupaten Batang Hari", 2),
        ]
    )
    address = "Rumah Ketua KPU Kabupaten Kerinci, Jambi, dibakar massa."
    assert [p.code for p in geoparse(address, jambi)[0]] == ["15.01"]
    listed = "Banjir melanda Kabupaten Kerinci, Jambi dan Batang Hari."
    assert sorted(p.code for p in geoparse(listed, jambi)[0]) == ["15.01", "15.04", "15.71"]


def test_a_speaker_s_verb_opening_its_sentence_still_places_where_he_spoke() -> None:
    from siaga.analysis.extract import venue_spans

    said = (
        '"ASN tidak boleh hadir kampanye," Kata Anggota Bawaslu Rahmat Bagja di Kantor KPU RI, '
        "Jakarta Pusat, Jumat."
    )
    assert any("Jakarta Pusat" in said[a:b] for a, b in venue_spans(said))


def test_a_name_said_with_its_level_word_and_then_bare_is_one_place() -> None:
    places = Gazetteer(
        [
            PlaceRecord("52.01", "Kabupaten Lombok Barat", 2),
            PlaceRecord("52.01.02.2001", "Kediri", 4),
            PlaceRecord("35.06", "Kabupaten Kediri", 2),
            PlaceRecord("35.06.02.2016", "Surat", 4),
        ]
    )
    text = (
        "Banyak Surat Suara Tertukar. Di Desa Kediri, Lombok Barat, surat suara Dapil Kediri "
        "tertukar."
    )
    assert [p.code for p in geoparse(text, places)[0]] == ["52.01.02.2001"]


def test_a_headline_s_hunt_is_no_regency_called_buru() -> None:
    buru = Gazetteer([PlaceRecord("81.04", "Kabupaten Buru", 2)])
    assert [p.code for p in geoparse("Warga Buru Dua Sosok Misterius", buru)[0]] == []
    assert [p.code for p in geoparse("Bentrok di Kabupaten Buru", buru)[0]] == ["81.04"]


def test_a_river_named_like_a_village_is_the_river_but_a_village_called_river_is_a_village() -> (
    None
):
    rivers = Gazetteer(
        [
            PlaceRecord("51.08.04.2005", "Gesing", 4),
            PlaceRecord("61.12.02.2001", "Sungai Raya", 4),
        ]
    )
    assert [p.code for p in geoparse("Pekerja di tepi Sungai Gesing didata", rivers)[0]] == []
    assert [p.code for p in geoparse("Banjir di Sungai Raya", rivers)[0]] == ["61.12.02.2001"]


def test_a_town_square_is_no_village_called_alun_alun() -> None:
    square = Gazetteer([PlaceRecord("35.08.20.2005", "Alun-Alun", 4)])
    assert [p.code for p in geoparse("Tabligh akbar di Alun-alun Bangil ricuh", square)[0]] == []
    assert [p.code for p in geoparse("Ribut di Desa Alun-alun", square)[0]] == ["35.08.20.2005"]


def test_a_headline_s_attack_is_no_regency_called_serang() -> None:
    serang = Gazetteer([PlaceRecord("36.04", "Kabupaten Serang", 2)])
    headline = "Ojek Online Serang Ojek Pangkalan di Garut"
    assert [p.code for p in geoparse(headline, serang)[0]] == []
    assert [p.code for p in geoparse("Bentrok warga di Serang, Banten", serang)[0]] == ["36.04"]
    assert [p.code for p in geoparse("Polisi Serang Amankan Dua Pemuda", serang)[0]] == []
    assert [p.code for p in geoparse("Kapolres Serang AKBP Yudha", serang)[0]] == ["36.04"]
    reciprocal = "Anggota Dua Ormas Saling Serang di Bogor, Dipicu Perusakan Posko"
    assert [p.code for p in geoparse(reciprocal, serang)[0]] == []


def test_a_customary_village_named_like_one_in_another_regency_is_not_that_village() -> None:
    bali = Gazetteer(
        [
            PlaceRecord("51.07", "Kabupaten Karangasem", 2),
            PlaceRecord("51.07.06", "Bebandem", 3),
            PlaceRecord("51.08.06.1011", "Liligundi", 4),
        ]
    )
    story = (
        "Majelis Desa Adat Kecamatan Bebandem, Karangasem memediasi krama Desa Adat "
        "Liligundi soal krematorium. Prajuru Liligundi memenuhi tuntutan krama."
    )
    assert [p.code for p in geoparse(story, bali)[0]] == ["51.07.06"]
    alone = "Krama Desa Adat Liligundi menolak pembangunan krematorium."
    assert [p.code for p in geoparse(alone, bali)[0]] == ["51.08.06.1011"]


def test_a_government_site_s_address_below_its_share_buttons_is_no_place() -> None:
    from siaga.analysis.text import without_related_links

    page = (
        "Beredar video penghitungan suara yang diklaim hitung cepat Pilpres. Faktanya video "
        "itu dari Pilpres 2019 dan surat suaranya hanya berisi dua pasangan calon.\n\n"
        "Share Berita Ini :\n\nSekretariat CIRT Buleleng\nJalan Pahlawan No.1 - Singaraja\n"
        "Kabupaten Buleleng\nBali\n\nSosial Media\nTentang Kami\n"
    )
    assert "Buleleng" not in without_related_links(page)
    assert len(without_related_links(page)) == len(page)


def test_both_camps_in_a_headline_are_no_district_called_kubu() -> None:
    kubu = Gazetteer(
        [PlaceRecord("51.07", "Kabupaten Karangasem", 2), PlaceRecord("51.07.08", "Kubu", 3)]
    )
    headline = "DAMAI Kedua Kubu Telah Disepakati, Kapolres Karangasem Mediasi Konflik"
    assert [p.code for p in geoparse(headline, kubu)[0]] == ["51.07"]
    assert [p.code for p in geoparse("Banjir di Kecamatan Kubu", kubu)[0]] == ["51.07.08"]


def test_a_district_police_station_guarding_across_the_regency_border_is_not_the_place() -> None:
    places = Gazetteer(
        [
            PlaceRecord("36.74", "Kota Tangerang Selatan", 2),
            PlaceRecord("36.74.07", "Setu", 3),
            PlaceRecord("36.03", "Kabupaten Tangerang", 2),
            PlaceRecord("36.03.23", "Cisauk", 3),
        ]
    )
    escorted = (
        "Buruh mendatangi perusahaan di Setu, Kota Tangerang Selatan. Dikawal petugas dari "
        "Polsek Cisauk, mereka berorasi di depan pintu masuk."
    )
    assert [p.code[:5] for p in geoparse(escorted, places)[0]] == ["36.74"]
    at_home = "Kapolsek Cisauk mengamankan bentrok warga di Kecamatan Cisauk."
    assert [p.code for p in geoparse(at_home, places)[0]] == ["36.03.23"]


def test_a_bare_name_is_the_regency_holding_the_story_s_village_whatever_the_police_command() -> (
    None
):
    pasuruan = Gazetteer(
        [
            PlaceRecord("35.14", "Kabupaten Pasuruan", 2),
            PlaceRecord("35.14.23", "Rejoso", 3),
            PlaceRecord("35.14.23.2007", "Rejoso Kidul", 4),
            PlaceRecord("35.75", "Kota Pasuruan", 2),
        ]
    )
    story = (
        "Kasus serangan fajar terungkap di Pasuruan. Satgas dari Polres Pasuruan Kota "
        "mengamankan empat warga Kecamatan Rejoso di Desa Rejoso Kidul."
    )
    assert {p.code[:5] for p in geoparse(story, pasuruan)[0]} == {"35.14"}


def test_a_joined_district_name_written_apart_is_still_the_district() -> None:
    bandung = Gazetteer(
        [PlaceRecord("32.73", "Kota Bandung", 2), PlaceRecord("32.73.10", "Astanaanyar", 3)]
    )
    text = "Bom bunuh diri meledak di halaman Polsek Astana Anyar, Kota Bandung."
    assert [p.code for p in geoparse(text, bandung)[0]] == ["32.73.10"]


def test_a_legal_aid_office_named_by_its_seat_is_no_place_of_the_story() -> None:
    aid = (
        "Pengukuran lahan di Kabupaten Pati berlangsung ricuh. Direktur LBH Batam mengatakan "
        "banyak warga tidak tahu mengapa mereka ditangkap."
    )
    assert news_codes(aid + BODY) == ["33.18"]
    spelt_out = (
        "Lembaga Bantuan Hukum (LBH) Batam menilai bentrok warga di Kabupaten Pati adalah "
        "akumulasi kemarahan warga."
    )
    assert news_codes(spelt_out + BODY) == ["33.18"]


def test_where_a_suspect_was_taken_or_fled_is_no_place_of_the_story() -> None:
    north = Gazetteer(
        [
            PlaceRecord("12.07", "Kabupaten Deli Serdang", 2),
            PlaceRecord("12.07.21", "Patumbak", 3),
            PlaceRecord("12.71", "Kota Medan", 2),
            PlaceRecord("12.02", "Kabupaten Tapanuli Utara", 2),
        ]
    )
    story = (
        "Warga mengepung rumah di Kecamatan Patumbak, Kabupaten Deli Serdang. Pelaku "
        "diketahui keberadaanya di Kabupaten Tapanuli Utara dan setelah menyerahkan diri "
        "ia diboyong ke Polrestabes Medan guna proses hukum lebih lanjut." + BODY
    )
    assert {p.code[:5] for p in geoparse(story, north)[0]} == {"12.07"}


def test_a_place_after_the_publishers_domain_may_close_with_a_colon() -> None:
    from siaga.analysis.extract import dateline_span

    story = "RADARINDO.co.id – Medan : Sebuah video singkat beredar di media sosial."
    span = dateline_span(story)
    assert span is not None and story[span[0] : span[1]].endswith("Medan")


def test_sea_sand_is_no_village_called_pasir() -> None:
    demak = Gazetteer(
        [
            PlaceRecord("33.21", "Kabupaten Demak", 2),
            PlaceRecord("33.21.10", "Mijen", 3),
            PlaceRecord("33.21.10.2006", "Pasir", 4),
        ]
    )
    story = "Aksi Diam Warga Pesisir Demak, Tolak Tambang Pasir Laut"
    assert [p.code for p in geoparse(story, demak)[0]] == ["33.21"]
    assert [p.code for p in geoparse("Ia tinggal di Desa Pasir, Mijen.", demak)[0]][0].startswith(
        "33.21.10"
    )


BALI = Gazetteer(
    [
        PlaceRecord("51", "Bali", 1),
        PlaceRecord("51.71", "Kota Denpasar", 2),
        PlaceRecord("51.71.04", "Denpasar Utara", 3),
        PlaceRecord("51.71.04.1004", "Tonja", 4),
        PlaceRecord("51.03", "Kabupaten Badung", 2),
        PlaceRecord("51.03.01", "Kuta", 3),
        PlaceRecord("51.03.01.1003", "Kedonganan", 4),
        PlaceRecord("51.03.05", "Kuta Selatan", 3),
        PlaceRecord("51.03.05.1006", "Jimbaran", 4),
    ]
)


def test_a_crowd_from_all_over_the_province_rallies_in_its_capital() -> None:
    rally = (
        "TEMPO.CO, Denpasar: Ratusan massa dari berbagai kalangan di seluruh Bali berunjuk "
        "rasa di depan Kantor Gubernur Bali. Mereka menolak reklamasi yang merusak alam Bali, "
        "kata para demonstran, karena kawasan itu disucikan umat Hindu Bali." + BODY
    )
    assert [p.code for p in geoparse(rally, BALI)[0]] == ["51.71"]


def test_the_like_done_elsewhere_before_is_no_place_of_the_story() -> None:
    banners = (
        "Pemuda Banjar Tatasan Kaja, Desa Pakraman Tonja, Denpasar, memasang baliho tolak "
        "reklamasi. "
        "Kegiatan ini menyusul gerakan dari Desa Adat Jimbaran dan Kedonganan yang mendirikan "
        "baliho serupa sehari sebelumnya." + BODY
    )
    assert {p.code[:5] for p in geoparse(banners, BALI)[0]} == {"51.71"}


def test_a_provinces_dormitory_far_from_it_is_no_place_of_the_story() -> None:
    far = Gazetteer(
        [
            PlaceRecord("91", "Papua", 1),
            PlaceRecord("34", "DI Yogyakarta", 1, aliases=("Yogyakarta",)),
        ]
    )
    story = (
        "Mahasiswa di Asrama Papua Kamasan I, Yogyakarta, masih cemas setelah pengepungan "
        "oleh ratusan polisi kemarin." + BODY
    )
    assert [p.code for p in geoparse(story, far)[0]] == ["34"]


def test_a_lake_a_river_or_a_bay_named_after_a_place_is_the_water() -> None:
    toba = Gazetteer(
        [
            PlaceRecord("12.12", "Kabupaten Toba", 2),
            PlaceRecord("31", "DKI Jakarta", 1, aliases=("Jakarta",)),
        ]
    )
    assert geoparse("Ia berkunjung ke Parapat, di dekat Danau Toba.", toba)[0] == []
    assert geoparse("Pasir itu untuk reklamasi di Teluk Jakarta.", toba)[0] == []
    assert [p.code for p in geoparse("Bupati Toba meninjau desa.", toba)[0]] == ["12.12"]


def test_a_district_joined_at_its_head_is_found_written_apart() -> None:
    asahan = Gazetteer(
        [
            PlaceRecord("12.74", "Kota Tanjungbalai", 2),
            PlaceRecord("12.74.01", "Tanjungbalai Selatan", 3),
            PlaceRecord("12.09", "Kabupaten Asahan", 2),
            PlaceRecord("12.09.10", "Tanjung Balai", 3),
        ]
    )
    story = "Vihara di Kelurahan Indra Sakti, Kecamatan Tanjung Balai Selatan, dibakar massa."
    assert [p.code for p in geoparse(story, asahan)[0]] == ["12.74.01"]


def test_an_organisations_short_name_in_brackets_is_no_place() -> None:
    from siaga.analysis.gazetteer import _abbreviates_the_name_before

    def bracketed(text: str, word: str) -> bool:
        start = text.index(f"({word})") + 1
        return _abbreviates_the_name_before(text, start, start + len(word))

    assert bracketed("Ketua Aliansi Arek Sidoarjo (Alas), Hendy, hadir.", "Alas")
    assert bracketed("Kantor Kementerian Agama (Kemenag) menerima warga.", "Kemenag")
    assert not bracketed("Polisi datang ke Desa Lantan (Batukliang) malam itu.", "Batukliang")


def test_a_short_name_the_text_defines_stays_that_name_wherever_it_recurs() -> None:
    places = (
        PlaceRecord("52.07", "Kabupaten Sumbawa Barat", 2, aliases=("KSB",)),
        PlaceRecord("31", "DKI Jakarta", 1, aliases=("Jakarta",)),
    )
    story = "JAKARTA - Kampung Susun Bayam (KSB) digeruduk. Warga KSB panik, penghuni KSB bertahan."
    assert placed(story, *places) == ["31"]
    assert placed("Banjir merendam dua desa di KSB, Rabu.", *places) == ["52.07"]


def test_where_a_lorry_came_from_is_no_place_of_the_story() -> None:
    east = Gazetteer(
        [
            PlaceRecord("35.09", "Kabupaten Jember", 2),
            PlaceRecord("35.10", "Kabupaten Banyuwangi", 2),
        ]
    )
    story = (
        "Truk itu dibakar warga di Jember. Truk melaju dari arah Banyuwangi menuju Jember." + BODY
    )
    assert [p.code for p in geoparse(story, east)[0]] == ["35.09"]


def test_a_place_abroad_is_no_namesake_in_the_registry() -> None:
    gorontalo = Gazetteer(
        [
            PlaceRecord("75.02", "Kabupaten Gorontalo", 2),
            PlaceRecord("75.02.01.2012", "Kuala Lumpur", 4),
            PlaceRecord("31", "DKI Jakarta", 1, aliases=("Jakarta",)),
        ]
    )
    story = (
        "Bawaslu merekomendasikan pemungutan suara ulang di Kuala Lumpur, Malaysia. PPLN "
        "Kuala Lumpur dinilai tidak profesional, kata Ketua Bawaslu Rahmat Bagja di Jakarta, "
        "dan surat "
        "suara ditemukan tercoblos di Malaysia." + BODY
    )
    assert geoparse(story, gorontalo)[0] == []


def test_a_neighbour_s_capital_in_a_text_naming_the_neighbour_is_abroad() -> None:
    namesakes = Gazetteer(
        [
            PlaceRecord("75.02.01.2012", "Kuala Lumpur", 4),
            PlaceRecord("11.09.01.2022", "Putrajaya", 4),
            PlaceRecord("35.11.22.2004", "Penang", 4),
        ]
    )
    story = (
        "KPU mengingatkan WNI di Kuala Lumpur untuk hadir di pemungutan suara ulang di Putra "
        "World Trade Center, Kuala Lumpur. Pemilihan lokasi di ibu kota Malaysia itu sama "
        "seperti sebelumnya; TPS di Putrajaya World Trade Center." + BODY
    )
    assert geoparse(story, namesakes)[0] == []
    village = "Warga Desa Penang di Bondowoso pulang dari Malaysia." + BODY
    assert [p.code for p in geoparse(village, namesakes)[0]] == ["35.11.22.2004"]


def test_a_village_numbered_in_roman_numerals_is_found_numbered_in_digits() -> None:
    tanjungpinang = Gazetteer(
        [
            PlaceRecord("21.72", "Kota Tanjungpinang", 2),
            PlaceRecord("21.72.02.1004", "Batu IX", 4),
        ]
    )
    story = "Saksi dianiaya di TPS 14, Kelurahan Batu 9, Tanjungpinang." + BODY
    assert [p.code for p in geoparse(story, tanjungpinang)[0]] == ["21.72.02.1004"]


def test_the_first_word_of_a_foreign_country_s_name_is_no_province() -> None:
    papua = Gazetteer([PlaceRecord("91", "Papua", 1)])
    story = "Video itu diklaim memperlihatkan pendukung capres di Papua Nugini." + BODY
    assert geoparse(story, papua)[0] == []
    at_home = "Video itu memperlihatkan pendukung capres di Papua." + BODY
    assert [p.code for p in geoparse(at_home, papua)[0]] == ["91"]


def test_a_name_joined_after_pondok_is_found_split() -> None:
    bekasi = Gazetteer(
        [PlaceRecord("32.75", "Kota Bekasi", 2), PlaceRecord("32.75.08", "Pondokgede", 3)]
    )
    story = "Seorang anggota TNI merusak Pos Polisi Pondok Gede, Kota Bekasi." + BODY
    assert [p.code for p in geoparse(story, bekasi)[0]] == ["32.75.08"]


def test_a_paper_named_radar_or_tribun_after_its_town_is_no_place() -> None:
    tangsel = Gazetteer([PlaceRecord("36.74", "Kota Tangerang Selatan", 2, aliases=("Tangsel",))])
    assert geoparse("RADAR TANGSEL RATAS – Ketua Bawaslu mengatakan", tangsel)[0] == []


def test_other_regions_named_to_compare_are_no_places_of_the_story() -> None:
    diy = Gazetteer(
        [
            PlaceRecord("34", "DI Yogyakarta", 1),
            PlaceRecord("34.04", "Kabupaten Sleman", 2),
            PlaceRecord("34.02", "Kabupaten Bantul", 2),
            PlaceRecord("34.03", "Kabupaten Gunungkidul", 2),
            PlaceRecord("34.01", "Kabupaten Kulonprogo", 2),
        ]
    )
    story = (
        "Puluhan petugas KPPS di Kabupaten Sleman berdemonstrasi karena honor belum dibayar. "
        "Di daerah lain Bantul, Gunungkidul, Kulonprogo tidak ada masalah, katanya." + BODY
    )
    assert [p.code for p in geoparse(story, diy)[0]] == ["34.04"]


def test_a_region_left_out_of_a_campaign_is_no_place_of_it() -> None:
    diy = Gazetteer(
        [
            PlaceRecord("34", "DI Yogyakarta", 1),
            PlaceRecord("34.04", "Kabupaten Sleman", 2),
            PlaceRecord("34.02", "Kabupaten Bantul", 2),
        ]
    )
    story = (
        "Imunisasi polio tahap kedua digelar serentak di Kabupaten Bantul dan kabupaten lain "
        "di DI Yogyakarta, kecuali di Kabupaten Sleman yang sudah lebih dulu menuntaskannya." + BODY
    )
    assert [p.code for p in geoparse(story, diy)[0]] == ["34.02"]


def test_a_command_s_numbered_title_and_the_press_s_side_lead_to_a_venue_aside() -> None:
    said = (
        '"Warga membakar rumah di Kabupaten Pati," ujar Wakil Kapendam XVII/Cenderawasih '
        "Letkol Inf Chandra kepada pihak wartawan di Kota Ambon, Selasa."
    )
    assert news_codes(said + BODY) == ["33.18"]


def test_another_case_recalled_is_no_place_of_the_story() -> None:
    story = (
        "Mata elang menarik paksa motor seorang pengemudi di Kabupaten Pati, Jumat. Kasus "
        "lain terjadi di Kota Ambon, Agustus lalu, saat polisi mengungkap aplikasi pelacak."
    )
    assert news_codes(story + BODY) == ["33.18"]
    similar = (
        "Tiga penambang tewas dalam keributan di Kabupaten Pati, Sabtu. Kasus serupa pernah "
        "terjadi di Kelurahan Batu Merah, Maluku, tahun 2017."
    )
    assert news_codes(similar + BODY) == ["33.18"]


def test_another_case_counted_then_named_is_no_place_of_the_story() -> None:
    from siaga.analysis.extract import elsewhere_spans

    told = (
        "Ratusan warga Kelurahan Huangobotu tidak masuk DPT. Kasus serupa juga terjadi di "
        "sejumlah kelurahan di kota Gorontalo, di antaranya di kelurahan Talumolo."
    )
    assert_set_aside(elsewhere_spans, told, aside="Talumolo", kept="Huangobotu")


def test_a_sponsor_s_hub_banner_names_the_sponsor_s_town_not_the_event_s() -> None:
    from siaga.analysis.text import without_related_links

    page = (
        "Wonosobo Hebat\nSelamat Datang di Superhub Pemkab Wonosobo\n\nPemilu 2024\n"
        "Timses caleg di Kabupaten Enrekang meminta kembali uang yang telah dibagikan."
    )
    cleaned = without_related_links(page)
    assert "Wonosobo" not in cleaned and "Pemilu 2024" in cleaned and len(cleaned) == len(page)


def test_a_boat_s_home_port_and_a_list_of_origins_with_bahkan_are_no_place_of_the_story() -> None:
    story = (
        "Lima kapal ditangkap di perairan Kabupaten Pati. Kapal Motor (KM) Sumber Rejeki dari "
        "Kota Ambon, KM Gembol Rejeki, Kota Batam. Kapal itu dikepung nelayan yang datang "
        "dari Kota Metro bahkan dari Kota Padang."
    )
    assert news_codes(story + BODY) == ["33.18"]


def test_an_office_s_address_is_where_it_stands_and_a_witness_s_is_his_home() -> None:
    from siaga.analysis.extract import origin_spans

    protest = (
        "Unjuk rasa digelar di Kantor DPRD yang beralamat di Jalan Raya Syekh Nawawi, "
        "Kecamatan Curug, Kota Serang."
    )
    assert origin_spans(protest) == []
    witness = "Saksi, seorang petugas keamanan kampus, beralamat di Kecamatan Curug, Kota Serang."
    assert [witness[a:b] for a, b in origin_spans(witness)] == ["Kecamatan Curug, Kota Serang"]


def test_a_venue_s_bracketed_acronym_does_not_end_where_a_speaker_spoke() -> None:
    from siaga.analysis.extract import venue_spans

    said = (
        "Gubernur meminta warga tetap tenang, kata Edy kepada wartawan di Sentul "
        "International Convention Center (SICC), Kabupaten Bogor, Jawa Barat."
    )
    assert any("Kabupaten Bogor" in said[a:b] for a, b in venue_spans(said))


def test_a_town_detainees_are_moved_to_for_trial_is_no_place_of_the_story() -> None:
    from siaga.analysis.extract import elsewhere_spans

    riot = "Kericuhan dipicu penolakan pemindahan empat tahanan kasus dugaan makar ke Makassar."
    assert [riot[a:b] for a, b in elsewhere_spans(riot)] == ["Makassar"]
    flown = "Keempat tahanan itu kemudian diterbangkan ke Makassar untuk disidangkan."
    assert [flown[a:b] for a, b in elsewhere_spans(flown)] == ["Makassar"]


def test_a_house_of_worship_s_address_is_where_it_stands() -> None:
    from siaga.analysis.extract import origin_spans

    bombing = (
        "Bom bunuh diri terjadi di Gereja Katedral yang beralamat di Jalan Kajaolalido, "
        "Kecamatan Ujung Pandang, Kota Makassar."
    )
    assert origin_spans(bombing) == []


def test_activists_who_flocked_in_and_a_station_s_name_are_no_place_of_the_story() -> None:
    story = (
        "Warga Kabupaten Pati bertahan di tenda perjuangan. Aksi itu menarik aktivis lain "
        "yang berdatangan yakni dari Kota Padang, Kota Metro dan Kota Batam. Mereka disambut "
        "ketika tiba di Stasiun Ambon."
    )
    assert news_codes(story + BODY) == ["33.18"]


def test_one_related_question_that_ends_the_page_is_blanked() -> None:
    from siaga.analysis.text import without_related_links

    page = (
        "Warga menggelar aksi di Kabupaten Pati.\n-\n"
        "Kapan pabrik semen pertama didirikan? Pabrik itu berdiri di Kota Padang."
    )
    cleaned = without_related_links(page)
    assert "Padang" not in cleaned and "Pati" in cleaned and len(cleaned) == len(page)
    asked_mid_story = (
        "Warga bertanya:\n-\nKapan pabrik dibangun? Belum ada jawaban.\nAksi berlanjut."
    )
    assert without_related_links(asked_mid_story) == asked_mid_story


def test_timbers_and_trees_named_after_regencies_are_no_place_of_the_story() -> None:
    story = (
        "Warga Kabupaten Pati mencari kayu Ambon, Batam dan Padang di hutan, serta madu di "
        "pohon Metro."
    )
    assert news_codes(story + BODY) == ["33.18"]


def test_a_simak_line_is_a_related_link() -> None:
    from siaga.analysis.text import without_related_links

    page = "Warga Kabupaten Pati berunjuk rasa.\nSIMAK: Kerusuhan di Kota Ambon\nAksi usai."
    cleaned = without_related_links(page)
    assert "Ambon" not in cleaned and "Pati" in cleaned and len(cleaned) == len(page)


def test_where_the_evacuated_are_shipped_to_is_no_place_of_the_story() -> None:
    story = (
        "Permukiman warga di Kabupaten Pati dibakar massa. Bupati menyiapkan kapal tujuan ke "
        "Kota Ambon dan Kota Batam, dan sebagian warga dievakuasi ke Kota Padang."
    )
    assert news_codes(story + BODY) == ["33.18"]


def test_a_clan_named_after_a_regency_is_no_place_of_the_story() -> None:
    story = "Pilkades di Kabupaten Pati dimenangkan calon dari Marga Ambon dengan 65% suara."
    assert news_codes(story + BODY) == ["33.18"]


def test_an_island_district_is_found_without_its_island_word() -> None:
    tual = Gazetteer(
        [
            PlaceRecord("81.72", "Kota Tual", 2),
            PlaceRecord("81.72.02", "Pulau Dullah Selatan", 3),
            PlaceRecord("63.02.03", "Pulau Laut Selatan", 3),
        ]
    )
    text = "Pemuda di Kecamatan Dullah Selatan, Kota Tual, kembali bentrok"
    assert [p.code for p in geoparse(text, tual)[0]] == ["81.72.02"]
    assert geoparse("Nelayan melaut ke laut selatan pagi tadi", tual)[0] == []


def test_a_neighbourhood_and_an_arrow_named_after_villages_are_no_place_of_the_story() -> None:
    story = (
        "Pemuda Kompleks Ambon dan pemuda Kompleks Padang di Kabupaten Pati bentrok; seorang "
        "warga terkena anak panah jenis panah Batam."
    )
    assert news_codes(story + BODY) == ["33.18"]


def test_a_place_after_the_publishers_domain_may_close_with_a_comma_and_a_dash() -> None:
    from siaga.analysis.extract import dateline_span

    story = "RAKYATMALUKU.FAJAR.CO.ID — AMBON, — Bentrok antarwarga kembali terjadi di Kota Tual."
    span = dateline_span(story)
    assert span is not None and story[span[0] : span[1]].endswith("AMBON")


def test_a_moluccan_village_ending_in_ay_is_found_written_with_ai() -> None:
    kei = Gazetteer(
        [
            PlaceRecord("81.02.03.2035", "Bombay", 4),
            PlaceRecord("81.02.03.2006", "Elat", 4),
            PlaceRecord("33.01.01.2002", "Sumbay", 4),
        ]
    )
    clash = "Bentrok antara warga Desa Bombai dan Desa Elat di Pulau Kei Besar."
    assert sorted(p.code for p in geoparse(clash, kei)[0]) == ["81.02.03.2006", "81.02.03.2035"]
    assert geoparse("Ribut di Desa Sumbai", kei)[0] == []


def test_a_battalion_s_base_and_the_towns_of_the_clinics_are_no_place_of_the_story() -> None:
    story = (
        "Bentrokan warga pecah di Kabupaten Pati. Personel gabungan Brimob Yon C Pelopor "
        "Ambon tiba di lokasi. Puluhan korban masih menjalani perawatan di rumah sakit dan "
        "puskesmas di Batam dan Padang."
    )
    assert news_codes(story + BODY) == ["33.18"]


def test_a_birthplace_and_the_address_on_an_id_card_are_no_place_of_the_story() -> None:
    story = (
        "Petugas di Kabupaten Pati mencoklit pria kelahiran Ambon berusia 106 tahun. Ditemukan "
        "juga pemilih dengan alamat domisili dalam KTP-el Kota Batam yang terdata di TPS 7."
    )
    assert news_codes(story + BODY) == ["33.18"]


def test_coal_is_no_regency_called_batu_bara() -> None:
    coal = Gazetteer(
        [
            PlaceRecord("33.25", "Kabupaten Batang", 2),
            PlaceRecord("12.19", "Kabupaten Batu Bara", 2),
        ]
    )
    story = "Warga Kabupaten Batang menolak PLTU. Batu bara merupakan bahan bakar terkotor."
    assert [p.code for p in geoparse(story, coal)[0]] == ["33.25"]
    assert [p.code for p in geoparse("Bentrok di Kabupaten Batu Bara", coal)[0]] == ["12.19"]


def test_where_residents_fled_for_safety_is_no_place_of_the_story() -> None:
    story = (
        "Kerusuhan di Kabupaten Pati membuat 400 warga mengungsi. Mereka bergiliran "
        "menggunakan truk mengamankan diri ke Ambon."
    )
    assert news_codes(story + BODY) == ["33.18"]


def test_a_name_spelt_by_the_brackets_after_it_is_an_organisation_s() -> None:
    papua = Gazetteer(
        [
            PlaceRecord("92", "Papua Barat", 1),
            PlaceRecord("94.08", "Kabupaten Deiyai", 2),
            PlaceRecord("32.17", "Kabupaten Bandung Barat", 2),
        ]
    )
    text = "Unjuk rasa di Kabupaten Deiyai dipimpin Ketua Komite Nasional Papua Barat (KNPB)."
    assert [p.code for p in geoparse(text, papua)[0]] == ["94.08"]
    own = "Bentrok di Kabupaten Bandung Barat (KBB) kemarin."
    assert [p.code for p in geoparse(own, papua)[0]] == ["32.17"]


def test_the_students_far_from_home_a_protest_answers_are_no_place_of_it() -> None:
    story = (
        "Unjuk rasa di Kabupaten Pati terkait tindakan rasisme yang dialami mahasiswa Papua di "
        "Ambon dan Batam, serta bentrokan di Asrama Papua, Padang, Sumatera Barat. Korban "
        "dibawa ke RSUD Karo di Metro, dan aparat mengevakuasi korban meninggal ke Padang."
    )
    assert news_codes(story + BODY) == ["33.18"]


def test_a_capitals_dateline_may_run_into_the_story_with_an_unspaced_dash() -> None:
    from siaga.analysis.extract import dateline_span

    story = "MANOKWARI-Kabupaten Fak-Fak di Provinsi Papua Barat rusuh, massa turun ke jalan."
    assert dateline_span(story) == (0, 9)


def test_a_ferry_s_far_shore_and_a_port_s_name_are_no_place_of_the_blockade() -> None:
    shores = Gazetteer(
        [
            PlaceRecord("52.06", "Kabupaten Bima", 2),
            PlaceRecord("52.06.06", "Sape", 3),
            PlaceRecord("52.06.12", "Lambu", 3),
            PlaceRecord("53.10", "Kabupaten Manggarai", 2),
            PlaceRecord("64.72.09.1002", "Pelabuhan", 4),
        ]
    )
    story = (
        "Ratusan warga Kecamatan Lambu, Kabupaten Bima, memblokir Pelabuhan Sape. Pelayanan "
        "penyeberangan menuju Labuhan Bajo, Manggarai, Nusa Tenggara Timur terhenti, dan kapal "
        "penyeberangan yang baru sandar dari Labuhan Bajo tidak boleh bongkar muat."
    )
    codes = [p.code for p in geoparse(story + BODY, shores)[0]]
    assert codes and all(code.startswith("52.06") for code in codes)


def test_the_province_after_a_comma_says_which_namesake_is_meant() -> None:
    border = Gazetteer(
        [
            PlaceRecord("16", "Sumatera Selatan", 1, aliases=("Sumatra Selatan",)),
            PlaceRecord("16.02.04", "Mesuji", 3),
            PlaceRecord("18", "Lampung", 1),
            PlaceRecord("18.11.01", "Mesuji", 3),
        ]
    )
    text = "Bentrok terjadi di Kecamatan Mesuji, Sumatra Selatan, karena sengketa lahan."
    assert [p.code for p in geoparse(text, border)[0]] == ["16.02.04"]


def test_where_the_evacuated_were_taken_is_no_place_of_the_clash() -> None:
    lampung = Gazetteer(
        [
            PlaceRecord("18.01", "Kabupaten Lampung Selatan", 2),
            PlaceRecord("18.01.24", "Way Panji", 3),
            PlaceRecord("18.71", "Kota Bandar Lampung", 2),
            PlaceRecord("18.71.13", "Kemiling", 3),
        ]
    )
    story = (
        "Bentrok terjadi di Kecamatan Way Panji, Lampung Selatan. Sebanyak 192 warga telah "
        "dievakuasi ke Sekolah Polisi Negara (SPN) Kemiling, Bandar Lampung."
    )
    assert [p.code for p in geoparse(story + BODY, lampung)[0]] == ["18.01.24"]


def test_what_a_place_is_known_for_is_no_place_of_the_story() -> None:
    north = Gazetteer(
        [PlaceRecord("71.71", "Kota Manado", 2), PlaceRecord("71.02", "Kabupaten Minahasa", 2)]
    )
    story = "Massa menuju kantor gubernur di Manado diiringi tarian khas Minahasa, Cakalele."
    assert [p.code for p in geoparse(story + BODY, north)[0]] == ["71.71"]


def test_where_the_displaced_fled_to_and_a_neighbouring_regency_are_asides() -> None:
    west = Gazetteer(
        [
            PlaceRecord("61.01", "Kabupaten Sambas", 2),
            PlaceRecord("61.01.04", "Tebas", 3),
            PlaceRecord("61.71", "Kota Pontianak", 2),
        ]
    )
    story = (
        "Bentrok terjadi di Kecamatan Tebas yang berbatasan dengan wilayah Kabupaten "
        "Pontianak. Ribuan warga mengungsi dari Kabupaten Sambas ke Pontianak."
    )
    codes = [p.code for p in geoparse(story + BODY, west)[0]]
    assert codes and all(code.startswith("61.01") for code in codes)


def test_a_spokesman_s_venue_after_his_bracketed_corps_is_an_aside() -> None:
    from siaga.analysis.extract import venue_spans

    said = (
        "Hoaks itu memicu rusuh, kata Kepala Biro Penerangan Masyarakat Divisi Humas Polri "
        "Brigjen (Pol) Dedi Prasetyo di Gedung Humas Divisi Polri, Jakarta Selatan, Senin."
    )
    assert any("Jakarta Selatan" in said[a:b] for a, b in venue_spans(said))


def test_a_highland_seat_stands_for_its_regency_and_its_district_after_a_trigger() -> None:
    from siaga.regions.data.aliases import REGENCY_ALIASES

    highlands = Gazetteer(
        [
            PlaceRecord("91", "Papua", 1),
            PlaceRecord("95.01", "Kabupaten Jayawijaya", 2, aliases=REGENCY_ALIASES["95.01"]),
            PlaceRecord("95.01.01", "Wamena", 3),
        ]
    )
    bare = "Kerusuhan terjadi di Wamena, Papua, Senin pagi."
    assert [p.code for p in geoparse(bare, highlands)[0]] == ["95.01"]
    district = "Kerusuhan terjadi di Distrik Wamena, Senin pagi."
    assert [p.code for p in geoparse(district, highlands)[0]] == ["95.01.01"]


def codes_in(text: str, places: Gazetteer) -> list[str]:
    return [p.code for p in geoparse(text, places)[0]]


SUMBAWA = Gazetteer(
    [
        PlaceRecord("51", "Bali", 1),
        PlaceRecord("52", "Nusa Tenggara Barat", 1),
        PlaceRecord("52.04", "Kabupaten Sumbawa", 2),
        PlaceRecord("52.06", "Kabupaten Bima", 2),
        PlaceRecord("52.06.14", "Tambora", 3),
        PlaceRecord("52.71", "Kota Mataram", 2),
    ]
)


def sumbawa_codes(text: str) -> list[str]:
    return codes_in(text, SUMBAWA)


def test_a_dateline_hyphen_may_touch_both_the_place_and_the_story_after_a_domain() -> None:
    story = "TEMPO.CO, Mataram-Pihak kepolisian menangkap 74 pelaku kerusuhan di Kabupaten Sumbawa."
    assert sumbawa_codes(story + BODY) == ["52.04"]
    # Without a publisher's domain before it, a hyphened pair of names is no dateline.
    route = "Bus Mataram-Sumbawa, Kabupaten Sumbawa, dihadang massa."
    assert "52.71" in sumbawa_codes(route + BODY)


def test_an_inn_named_after_a_mountain_is_no_place_but_its_town_still_is() -> None:
    looted = "Massa dari Kabupaten Bima merusak Hotel Tambora di Kabupaten Sumbawa."
    assert sumbawa_codes(looted + BODY) == ["52.06", "52.04"]
    held = "Rakor digelar di Hotel Santika Mataram, Kamis."
    assert sumbawa_codes(held) == ["52.71"]


def test_people_of_a_province_s_descent_and_their_quarter_are_not_that_province() -> None:
    riot = (
        "Massa membakar perkampungan Bali dan rumah warga keturunan Bali di Kabupaten "
        "Sumbawa, Nusa Tenggara Barat, Selasa."
    )
    assert sumbawa_codes(riot + BODY) == ["52.04"]


def test_police_sent_in_from_neighbouring_commands_are_not_the_event_place() -> None:
    east_java = Gazetteer(
        [
            PlaceRecord("35.22", "Kabupaten Bojonegoro", 2),
            PlaceRecord("35.23", "Kabupaten Tuban", 2),
            PlaceRecord("35.24", "Kabupaten Lamongan", 2),
        ]
    )
    story = (
        "Aparat yang sudah mendapat dukungan personil dan peralatan dari Polwil maupun Polres "
        "Bojonegoro dan Lamongan menindak massa yang anarkis di Kabupaten Tuban."
    )
    assert codes_in(story + BODY, east_java) == ["35.23"]


def test_a_region_followed_by_its_own_initials_is_still_the_region() -> None:
    maluku = Gazetteer(
        [
            PlaceRecord("81", "Maluku", 1),
            PlaceRecord("81.05", "Kabupaten Seram Bagian Timur", 2),
            PlaceRecord("94.71", "Kota Jayapura", 2),
            PlaceRecord("92", "Papua Barat", 1),
        ]
    )
    pleno = "Rapat pleno pilkada di Seram Bagian Timur (SBT), Maluku, berlangsung ricuh."
    assert codes_in(pleno, maluku) == ["81.05"]
    # An organisation's initials spell more than the region's name.
    rally = "Massa Komite Nasional Papua Barat (KNPB) berdemo di Kota Jayapura."
    assert codes_in(rally, maluku) == ["94.71"]


SINGKIL = Gazetteer(
    [
        PlaceRecord("11.10", "Kabupaten Aceh Singkil", 2),
        PlaceRecord("11.10.06", "Gunung Meriah", 3),
        PlaceRecord("12", "Sumatera Utara", 1),
        PlaceRecord("12.15", "Kabupaten Pakpak Bharat", 2),
        PlaceRecord("12.15.06.2001", "Sibagindar", 4),
        PlaceRecord("12.01.05.2002", "Saragih", 4),
        PlaceRecord("12.71", "Kota Medan", 2),
        PlaceRecord("12.73", "Kota Sibolga", 2),
        PlaceRecord("53.08", "Kabupaten Ende", 2),
    ]
)


def singkil_codes(text: str) -> list[str]:
    return codes_in(text + BODY, SINGKIL)


def test_where_the_displaced_settled_for_now_is_not_where_the_church_burned() -> None:
    fled = (
        "Gereja dibakar massa di Kecamatan Gunung Meriah. Sekitar 1.900 warga mengungsi ke "
        "Sumatera Utara, dan bermukim sementara di desa Sibagindar, Pakpak Bharat dan desa "
        "Saragih."
    )
    assert singkil_codes(fled) == ["11.10.06"]


def test_a_see_a_clergyman_and_a_traveller_s_start_name_no_event_place() -> None:
    see = "Gereja stasi Paroki Tumba Keuskupan Sibolga di Kecamatan Gunung Meriah dibakar."
    assert singkil_codes(see) == ["11.10.06"]
    told = "Massa membakar gereja di Kecamatan Gunung Meriah, kata Pendeta Ende Berutu."
    assert singkil_codes(told) == ["11.10.06"]
    driver = "Sopir yang baru kembali dari Medan dihadang massa di Kecamatan Gunung Meriah."
    assert singkil_codes(driver) == ["11.10.06"]


def test_the_province_a_regency_lies_on_the_border_of_is_no_event_place() -> None:
    border = "Gereja dibakar di Kabupaten Aceh Singkil, yang terletak di perbatasan Sumatera Utara."
    assert singkil_codes(border) == ["11.10"]


def test_the_constitutional_court_s_seat_is_not_the_disputed_regency() -> None:
    heard = "Sengketa Pilkada Kabupaten Pati disidangkan di ruang sidang MK, Jakarta Pusat."
    assert news_codes(heard + BODY) == ["33.18"]


def test_a_group_s_own_name_holds_its_home_not_the_event_place() -> None:
    papua = Gazetteer(
        [
            PlaceRecord("95.01", "Kabupaten Jayawijaya", 2, aliases=("Wamena",)),
            PlaceRecord("95.04", "Kabupaten Tolikara", 2),
        ]
    )
    burnt = (
        "Kantor KPU di Kabupaten Jayawijaya dibakar puluhan massa yang menamakan diri Forum "
        "Pemuda Bersatu se-Kabupaten Tolikara, Rabu pagi."
    )
    assert codes_in(burnt + BODY, papua) == ["95.01"]


def test_a_general_s_rank_is_not_the_regency_of_pati() -> None:
    said = "Upacara digelar di Kota Ambon, kata Pati Analis Mabes Polri Irjen Paulus."
    assert news_codes(said + BODY) == ["81.71"]
    assert news_codes("Bentrok pecah di Pati, Jawa Tengah." + BODY) == ["33.18"]


def test_a_place_then_the_publisher_s_domain_on_its_own_line_is_a_dateline() -> None:
    story = "Ambon, MISTAR.ID\nDua desa di Kabupaten Maluku Barat Daya terlibat bentrok."
    assert news_codes(story + BODY) == ["81.08"]


def test_a_racing_circuit_named_after_a_region_is_not_that_place() -> None:
    lombok = Gazetteer(
        [
            PlaceRecord("52.02", "Kabupaten Lombok Tengah", 2),
            PlaceRecord("52.71", "Kota Mataram", 2),
            PlaceRecord("52.71.06.1007", "Mandalika", 4),
        ]
    )
    road = (
        "Mataram (ANTARA) - Warga bentrok di jalur bypass menuju Sirkuit Mandalika, "
        "Kabupaten Lombok Tengah."
    )
    assert codes_in(road + BODY, lombok) == ["52.02"]


def test_kompas_s_call_to_comment_and_a_jorong_name_no_regency() -> None:
    west = Gazetteer(
        [
            PlaceRecord("13.12", "Kabupaten Pasaman Barat", 2),
            PlaceRecord("13.12.03", "Pasaman", 3),
            PlaceRecord("33.25", "Kabupaten Batang", 2),
            PlaceRecord("33.25.10", "Tulis", 3),
            PlaceRecord("51", "Bali", 1),
        ]
    )
    clash = (
        "Warga mengeklaim tanah di jorong Batang Lingkin, Kecamatan Pasaman, Kabupaten "
        "Pasaman Barat, sementara kelompok tani Bali Group mengaku punya sertifikat.\n"
        "Tulis komentarmu dengan tagar #JernihBerkomentar dan menangkan e-voucher!"
    )
    from siaga.analysis.text import without_related_links

    read = without_related_links(clash + BODY)
    assert codes_in(read, west) == ["13.12.03"]


def test_a_district_numbered_in_words_is_found_in_roman_numerals() -> None:
    palembang = Gazetteer(
        [
            PlaceRecord("16.71", "Kota Palembang", 2),
            PlaceRecord("16.71.01", "Ilir Barat Dua", 3),
            PlaceRecord("16.71.04", "Ilir Barat Satu", 3),
        ]
    )
    hacked = "Ketua KPPS dibacok di TPS 27, Kecamatan Ilir Barat II, Palembang."
    assert codes_in(hacked, palembang) == ["16.71.01"]


def test_a_koramil_named_after_its_seat_is_no_place_of_the_mediation() -> None:
    jambi = Gazetteer(
        [
            PlaceRecord("15.71", "Kota Jambi", 2),
            PlaceRecord("15.71.02", "Jambi Selatan", 3),
            PlaceRecord("15.71.08.1003", "Kebun Handil", 4),
        ]
    )
    mediation = (
        "Babinsa Kelurahan Kebun Handil Serda Agustian dari Koramil 415-10/Jambi Selatan turut "
        "aktif dalam mediasi batas tanah."
    )
    assert codes_in(mediation, jambi) == ["15.71.08.1003"]


def test_a_dusun_before_a_simalungun_nagori_is_a_hamlet_inside_it() -> None:
    simalungun = Gazetteer(
        [
            PlaceRecord("12.08", "Kabupaten Simalungun", 2),
            PlaceRecord("12.08.11.2007", "Bahkisat", 4),
            PlaceRecord("12.08.13.2007", "Marihat Raja", 4),
        ]
    )
    text = "Mediasi di Dusun Bahkisat, Nagori Marihat Raja, Kabupaten Simalungun."
    assert codes_in(text, simalungun) == ["12.08.13.2007"]


def test_a_candidate_s_constituency_is_no_place_of_the_story() -> None:
    dumai = Gazetteer(
        [
            PlaceRecord("14.72", "Kota Dumai", 2),
            PlaceRecord("14.72.02", "Dumai Selatan", 3),
            PlaceRecord("14.72.05", "Dumai Timur", 3),
            PlaceRecord("14.72.06", "Dumai Kota", 3),
            PlaceRecord("14.72.06.1004", "Bintan", 4),
        ]
    )
    torn = (
        "Baliho caleg DPRD Kota Dumai Dapil 1 Kecamatan Dumai Selatan - Kecamatan Dumai Kota "
        "dirusak orang tak dikenal. Baliho itu terpasang di Kelurahan Bintan, Kecamatan Dumai "
        "Kota. Baliho caleg dari Dapil 2 Kecamatan Dumai Timur juga dirusak."
    )
    assert codes_in(torn + BODY, dumai) == ["14.72.06.1004"]


def test_a_labelled_byline_closed_by_a_bar_is_no_dateline() -> None:
    story = (
        "Bentrok dua desa di Maluku Barat Daya, polisi periksa saksi\n"
        "Polisi memeriksa saksi atas bentrok dua kelompok yang terjadi belum lama ini.\n"
        "Penulis: Randi Basri | Editor: Munawir Taoeda\n"
        "TRIBUNAMBON.COM, AMBON - Polisi telah memeriksa 15 saksi terkait bentrok dua "
        "kelompok di Kabupaten Maluku Barat Daya." + BODY
    )
    assert news_codes(story) == ["81.08"]


def test_where_suspects_are_taken_for_questioning_is_not_where_it_happened() -> None:
    story = (
        "Dua kelompok warga di Kabupaten Maluku Barat Daya bentrok pekan lalu. Jika terbukti, "
        "mereka akan dibawa ke Ambon, guna proses lebih lanjut oleh penyidik." + BODY
    )
    assert news_codes(story) == ["81.08"]


def test_a_paper_s_name_before_the_day_it_printed_is_no_dateline() -> None:
    story = (
        "Kantor terbakar saat rusuh, dokumen hangus\n"
        "CNN Indonesia | Jumat, 30/08/2019 14:26 WIB\n"
        "Ambon, CNN Indonesia -- Kantor di Kabupaten Maluku Barat Daya terbakar pada Jumat "
        "dini hari." + BODY
    )
    assert news_codes(story) == ["81.08"]


def test_a_quarter_set_before_a_regency_holding_no_village_of_its_name_is_none() -> None:
    places = Gazetteer(
        [
            PlaceRecord("31.74", "Kota Administrasi Jakarta Selatan", 2),
            PlaceRecord("31.74.10.1002", "Bintaro", 4),
            PlaceRecord("31.74.02", "Setiabudi", 3),
            PlaceRecord("36.74", "Kota Tangerang Selatan", 2),
            PlaceRecord("32.76", "Kota Depok", 2),
        ]
    )
    quarter = (
        "Rumah anggota DPR di Setiabudi, Jakarta Selatan dijarah. Rumah menteri di Jalan "
        "Mandar, Bintaro, Tangerang Selatan juga digeruduk massa."
    )
    assert [p.code for p in geoparse(quarter, places)[0]] == ["31.74.02", "36.74"]
    village = "Rumah menteri di Bintaro, Jakarta Selatan juga digeruduk massa."
    assert [p.code for p in geoparse(village, places)[0]] == ["31.74.10.1002"]
    listed = "Patroli digelar di Bintaro, Depok, dan Jakarta Selatan."
    assert "31.74.10.1002" in [p.code for p in geoparse(listed, places)[0]]


def test_the_like_done_first_elsewhere_is_not_the_story_s_place() -> None:
    places = Gazetteer(
        [
            PlaceRecord("33.18", "Kabupaten Pati", 2),
            PlaceRecord("73.08", "Kabupaten Bone", 2),
        ]
    )
    story = (
        "Setelah di Kabupaten Pati, demo penolakan kenaikan PBB di Kabupaten Bone juga "
        "berujung kericuhan. Sama seperti demo Pati, massa di Bone membakar ban." + BODY
    )
    assert [p.code for p in geoparse(story, places)[0]] == ["73.08"]


def test_a_village_whose_ngg_the_press_writes_ng_is_still_found() -> None:
    konut = Gazetteer(
        [
            PlaceRecord("74.09", "Kabupaten Konawe Utara", 2),
            PlaceRecord("74.09.10", "Motui", 3),
            PlaceRecord("74.09.10.2009", "Puuwonggia", 4),
        ]
    )
    text = "Unjuk rasa terjadi di Desa Puuwongia, Kecamatan Motui, Kabupaten Konawe Utara."
    assert [p.code for p in geoparse(text, konut)[0]] == ["74.09.10.2009"]
    assert [p.code for p in geoparse(text.replace("Puuwongia", "Puuwonggia"), konut)[0]] == [
        "74.09.10.2009"
    ]


def test_a_university_named_for_its_town_and_a_home_spelt_out_are_asides() -> None:
    places = Gazetteer(
        [
            PlaceRecord("36.74", "Kota Tangerang Selatan", 2),
            PlaceRecord("36.74.06", "Pamulang", 3),
            PlaceRecord("36.74.07", "Setu", 3),
            PlaceRecord("36.74.07.1005", "Babakan", 4),
            PlaceRecord("53", "Nusa Tenggara Timur", 1, aliases=("NTT",)),
        ]
    )
    story = (
        "Mahasiswa Universitas Pamulang asal NTT (Nusa Tenggara Timur) yang menggelar doa "
        "di kontrakan mereka di Kelurahan Babakan, Kecamatan Setu, dibubarkan warga." + BODY
    )
    assert [p.code for p in geoparse(story, places)[0]] == ["36.74.07.1005"]


def test_the_town_where_a_wounded_man_is_nursed_is_no_place_of_the_story() -> None:
    jambi = Gazetteer(
        [
            PlaceRecord("15.03", "Kabupaten Sarolangun", 2),
            PlaceRecord("15.03.07", "Air Hitam", 3),
            PlaceRecord("15.71", "Kota Jambi", 2),
        ]
    )
    story = (
        "Bentrok pecah di kebun sawit di Kecamatan Air Hitam, Sarolangun. Dua korban luka "
        "dibawa ke puskesmas, satu orang dirawat di Kota Jambi."
    )
    assert [p.code for p in geoparse(story + BODY, jambi)[0]] == ["15.03.07"]


def test_a_photo_agency_s_page_is_its_caption_under_a_headline() -> None:
    from siaga.analysis.text import without_photo_captions

    page = (
        "Penertiban APK di Kota Palu\n"
        "Anggota Satpol PP menurunkan alat peraga kampanye yang dipasang di pohon di Kota "
        "Palu, Sulawesi Tengah, Senin (4/12/2023). ANTARA FOTO/Mohamad Hamzah/aww.\n"
        "Foto Terkait"
    )
    assert without_photo_captions(page) == page


def placed(text: str, *places: PlaceRecord) -> list[str]:
    """The places a news story of `text` names, against a gazetteer of just `places`."""
    return [p.code for p in geoparse(text + BODY, Gazetteer(places))[0]]


def test_a_regional_office_named_by_its_seat_is_an_aside() -> None:
    places = (
        PlaceRecord("64.02", "Kabupaten Kutai Kartanegara", 2, aliases=("Kukar",)),
        PlaceRecord("64.02.04", "Anggana", 3),
        PlaceRecord("64.71", "Kota Balikpapan", 2),
        PlaceRecord("17.08", "Kabupaten Kepahiang", 2),
        PlaceRecord("12.71", "Kota Medan", 2),
    )
    searched = (
        "Seorang nelayan hilang di sungai di Kecamatan Anggana, Kukar, kata Kasi Ops Basarnas "
        "Balikpapan kepada wartawan."
    )
    assert placed(searched, *places) == ["64.02.04"]
    charged = (
        "Kepala desa di Kecamatan Anggana ditahan, kata kepala kejaksaan yang baru pindah dari "
        "Kejari Kepahiang. Berkasnya dilimpahkan ke Pengadilan Tindak Pidana Korupsi Medan."
    )
    assert placed(charged, *places) == ["64.02.04"]
    # With no other place named, the office's seat is all the story gives.
    alone = "Basarnas Balikpapan mengerahkan dua perahu karet untuk mencari nelayan yang hilang."
    assert placed(alone, *places) == ["64.71"]


def test_a_speaker_s_office_may_join_its_words_with_dan() -> None:
    places = (
        PlaceRecord("81.05", "Kabupaten Seram Bagian Timur", 2),
        PlaceRecord("81.05.10", "Teor", 3),
        PlaceRecord("81.71", "Kota Ambon", 2),
    )
    story = (
        "Speedboat tenggelam di perairan Pulau Teor, Kabupaten Seram Bagian Timur, kata Kepala "
        "Kantor Pencarian dan Pertolongan Mustari di Ambon, Rabu."
    )
    assert placed(story, *places) == ["81.05.10"]


def test_homes_told_after_a_name_and_age_and_the_house_of_mourning_are_asides() -> None:
    places = (
        PlaceRecord("35.15", "Kabupaten Sidoarjo", 2),
        PlaceRecord("35.15.06", "Tanggulangin", 3),
        PlaceRecord("35.15.17", "Sedati", 3),
        PlaceRecord("35.78", "Kota Surabaya", 2),
        PlaceRecord("35.78.05", "Tegalsari", 3),
        PlaceRecord("35.10", "Kabupaten Banyuwangi", 2),
    )
    story = (
        "Lima santri dianiaya seniornya di sebuah pondok di Kecamatan Tanggulangin, Sidoarjo. "
        "Korban meninggal adalah MZA (15) warga Tegalsari Surabaya, sedangkan AMN (14), warga "
        "Sedati Sidoarjo, luka-luka. Jenazah diantar ke rumah duka di Banyuwangi."
    )
    assert placed(story, *places) == ["35.15.06"]


def test_armada_is_a_fleet_not_a_village() -> None:
    places = (
        PlaceRecord("81.05", "Kabupaten Seram Bagian Timur", 2),
        PlaceRecord("81.05.11.2010", "Armada", 4),
    )
    story = "Pencarian di Seram Bagian Timur dilanjutkan. Armada juga ditambah, kata Kapolres."
    assert placed(story, *places) == ["81.05"]


def test_a_long_caption_of_another_day_s_search_is_blanked_to_its_credit() -> None:
    from siaga.analysis.text import without_photo_captions

    caption = (
        "Kapal Basarnas Ambon melakukan olah gerak saat pencarian korban tenggelamnya speed "
        "boat di perairan Pulau Pombo, Pulau Ambon, Maluku, Rabu (25/1). Speed itu mengangkut "
        "17 penumpang dan 3 awak dari Desa Tulehu menuju Kamariang, Kab. Seram Bagian Barat, "
        "dan tenggelam setelah dihantam badai, Sabtu (21/1). Hingga saat ini 11 penumpang "
        "selamat, lima ditemukan tewas, sedangkan empat lainnya masih dalam pencarian oleh tim "
        "gabungan. (FOTO ANTARA/Jimmy Ayal)"
    )
    assert 400 < len(caption) <= 600
    page = caption + "\nAmbon (ANTARA) - Lima penumpang speed boat ditemukan selamat."
    cleaned = without_photo_captions(page)
    assert "Tulehu" not in cleaned and len(cleaned) == len(page)
    assert "Lima penumpang" in cleaned


def test_a_person_s_initials_and_a_plantation_name_no_place() -> None:
    places = (
        PlaceRecord("12.06", "Kabupaten Karo", 2),
        PlaceRecord("12.06.01", "Kabanjahe", 3),
        PlaceRecord("63.07", "Kabupaten Hulu Sungai Tengah", 2, aliases=("HST",)),
        PlaceRecord("12.03.31.2004", "Perkebunan", 4),
    )
    story = (
        "Polisi menangkap seorang pria berinisial HST (38) yang menyimpan sabu di rumah kos di "
        "Kabanjahe. Sabu lain disembunyikan di Perkebunan sawit di belakang rumah itu."
    )
    assert placed(story, *places) == ["12.06.01"]


def test_a_cane_field_is_no_district_of_lampung() -> None:
    places = (
        PlaceRecord("35.07", "Kabupaten Malang", 2),
        PlaceRecord("35.07.13", "Kepanjen", 3),
        PlaceRecord("18.04.18", "Kebun Tebu", 3),
    )
    story = (
        "Kerangka Manusia Ditemukan di Kebun Tebu, Warga Kepanjen Geger. Polisi mengidentifikasi "
        "kerangka itu di Kecamatan Kepanjen, Kabupaten Malang."
    )
    assert "18.04.18" not in placed(story, *places)
    assert "18.04.18" in placed("Polisi berjaga di Kecamatan Kebun Tebu.", *places)


def assert_set_aside(
    spans_of: Callable[[str], list[tuple[int, int]]], text: str, aside: str, kept: str
) -> None:
    """The span finder sets `aside` apart, exactly, and leaves `kept` alone."""
    spans = spans_of(text)
    assert any(text[a:b] == aside for a, b in spans)
    assert not any(kept in text[a:b] for a, b in spans)


def test_the_wire_s_speaker_in_a_city_on_a_day_is_an_aside() -> None:
    from siaga.analysis.extract import venue_spans

    said = (
        "Kapolres Bima Kota AKBP Ahmad Nurman di Mataram, Jumat, mengatakan bahwa lima "
        "nelayan diamankan di perairan Lambu."
    )
    assert_set_aside(venue_spans, said, aside="Mataram", kept="Lambu")


def test_the_town_the_family_took_the_body_home_to_is_elsewhere() -> None:
    from siaga.analysis.extract import elsewhere_spans

    told = (
        "Korban tewas bernama Dimas, jenazahnya sudah dibawa keluarga ke Medan. Peristiwa "
        "terjadi di kampus di Cilincing."
    )
    assert_set_aside(elsewhere_spans, told, aside="Medan", kept="Cilincing")
    flown = "Jenazah dipulangkan ke kampung halamannya di Klaten. Ia dianiaya di Cilincing."
    assert_set_aside(elsewhere_spans, flown, aside="Klaten", kept="Cilincing")
    # The hospital the body went to is where the story is still.
    examined = "Jenazah dibawa keluarga ke RSUD Cilincing untuk divisum."
    assert not [s for s in elsewhere_spans(examined) if "Cilincing" in examined[s[0] : s[1]]]


def test_a_load_s_destination_is_elsewhere() -> None:
    from siaga.analysis.extract import elsewhere_spans

    told = (
        "Empat truk kayu balau dihentikan di perbatasan Muara Teweh dengan tujuan Kota "
        "Banjarmasin, Kalimantan Selatan."
    )
    assert_set_aside(
        elsewhere_spans, told, aside="Kota Banjarmasin, Kalimantan Selatan", kept="Muara Teweh"
    )
    # The aim of a visit told in words is no destination.
    aim = "Tujuan mereka datang ke Kantor Bupati Sleman adalah menyampaikan aspirasi."
    assert not elsewhere_spans(aim)


def test_a_count_in_a_headline_s_capitals_names_no_regency() -> None:
    places = Gazetteer(
        [
            PlaceRecord("33.25", "Kabupaten Batang", 2),
            PlaceRecord("13.08", "Kabupaten Pasaman", 2),
        ]
    )
    headline = "23 Batang Kayu Hasil Ilegal Logging Diamankan Polisi di Pasaman"
    assert codes_in(headline, places) == ["13.08"]
    assert sorted(codes_in("Bentrok di Batang dan di Pasaman", places)) == ["13.08", "33.25"]


def test_where_the_dead_was_taken_to_be_buried_is_elsewhere() -> None:
    from siaga.analysis.extract import elsewhere_spans

    told = (
        "Keluarga menolak autopsi dan memilih membawa jenazah ke Bontang untuk dimakamkan. "
        "Korban sebelumnya dirawat di Tabalar."
    )
    assert_set_aside(elsewhere_spans, told, aside="Bontang", kept="Tabalar")


def test_where_people_fled_from_a_place_told_in_common_words_is_elsewhere() -> None:
    from siaga.analysis.extract import elsewhere_spans

    told = (
        "Bentrok pecah di Kecamatan Aralle. Kaum wanita dan anak-anak segera mengungsi dari "
        "lokasi konflik tersebut ke Kecamatan Mambi."
    )
    assert_set_aside(elsewhere_spans, told, aside="Kecamatan Mambi", kept="Aralle")


def test_the_ends_of_a_fare_s_or_a_flight_s_route_are_elsewhere() -> None:
    from siaga.analysis.extract import elsewhere_spans

    fare = "Di Sleman, harga tiket pesawat Jakarta-Surabaya dijual Rp 5 juta."
    assert_set_aside(elsewhere_spans, fare, aside="Jakarta-Surabaya", kept="Sleman")
    flight = "Warga Sleman mendapati tiket pesawat dari Batam menuju Surabaya seharga 11 juta."
    assert_set_aside(elsewhere_spans, flight, aside="Batam menuju Surabaya", kept="Sleman")


def test_the_town_a_distance_is_measured_from_is_elsewhere() -> None:
    from siaga.analysis.extract import elsewhere_spans

    told = (
        "Bentrok terjadi di desa Uhaelanu, Kecamatan Aralle, sekitar 67 kilometer dari Kota "
        "Polewali Mandar."
    )
    assert_set_aside(elsewhere_spans, told, aside="Kota Polewali Mandar", kept="Aralle")
    shore = "Rumah nelayan di Desa Mekatta, sekitar 40 Km dari Kota Mamuju, dibakar massa."
    assert_set_aside(elsewhere_spans, shore, aside="Kota Mamuju", kept="Mekatta")


def test_where_explosives_were_taken_to_be_destroyed_is_elsewhere() -> None:
    from siaga.analysis.extract import elsewhere_spans

    told = (
        "Polisi masih menyisir rumah terduga teroris di Sibolga Sambas. Sebagian bahan "
        "peledak sudah dibawa ke Tapteng untuk diledakkan."
    )
    assert_set_aside(elsewhere_spans, told, aside="Tapteng", kept="Sibolga Sambas")


def test_a_word_said_twice_is_no_name() -> None:
    places = (
        PlaceRecord("35.78", "Kota Surabaya", 2),
        PlaceRecord("35.78.16", "Semampir", 3),
        PlaceRecord("35.78.16.1004", "Ujung", 4),
    )
    story = (
        "Buruh berunjuk rasa di depan rumah pemilik pabrik di Kota Surabaya. Pabrik itu "
        "ditutup karena bisnisnya tidak menguntungkan. Ujung-ujungnya semua karyawan kena "
        "PHK, dan mereka menuntut pesangon." + BODY
    )
    assert placed(story, *places) == ["35.78"]


def test_a_province_s_seat_of_government_is_placed_in_its_capital() -> None:
    from siaga.regions.data.aliases import LANDMARKS

    places = (
        PlaceRecord("32", "Jawa Barat", 1, aliases=("Jabar",)),
        PlaceRecord("32.04", "Kabupaten Bandung", 2),
        PlaceRecord("32.73", "Kota Bandung", 2, aliases=LANDMARKS["32.73"]),
        PlaceRecord("33", "Jawa Tengah", 1, aliases=("Jateng",)),
        PlaceRecord("33.22", "Kabupaten Semarang", 2),
        PlaceRecord("33.74", "Kota Semarang", 2, aliases=LANDMARKS["33.74"]),
        PlaceRecord("31.71", "Kota Administrasi Jakarta Pusat", 2, aliases=LANDMARKS["31.71"]),
    )
    protest = "Mahasiswa berunjuk rasa di depan kantor DPRD Provinsi Jawa Barat, Jumat petang."
    assert placed(protest, *places) == ["32.73"]
    stormed = "Demonstrasi di Kantor Gubernur Jateng, Semarang, berujung ricuh."
    assert placed(stormed, *places) == ["33.74"]
    assert placed("Massa menerobos kawat berduri di kawasan Patung Kuda.", *places) == ["31.71"]
    # The council as a body, not its building, places nothing of its own.
    said = "Anggota DPRD Jawa Barat meminta bantuan untuk korban banjir di Kabupaten Bandung."
    assert placed(said, *places) == ["32.04"]


def test_a_national_venue_is_placed_where_it_stands_not_in_its_namesake_village() -> None:
    from siaga.regions.data.aliases import LANDMARKS

    places = (
        PlaceRecord("52.02", "Kabupaten Lombok Tengah", 2, aliases=LANDMARKS["52.02"]),
        PlaceRecord("52.71", "Kota Mataram", 2),
        PlaceRecord("52.71.06", "Sandubaya", 3),
        PlaceRecord("52.71.06.1007", "Mandalika", 4),
    )
    race = (
        "Enam pembalap terjatuh dalam sesi latihan di Sirkuit Mandalika, Jumat pagi. Tak "
        "satu pun rider yang tumbang di Mandalika itu perlu dirawat."
    )
    assert placed(race, *places) == ["52.02"]
    assert placed("Warga Kelurahan Mandalika memperbaiki saluran air.", *places) == [
        "52.71.06.1007"
    ]


def test_free_range_chicken_is_no_hamlet() -> None:
    places = (PlaceRecord("53.06.11.2007", "Muda", 4),)
    cooked = "Saya memakai ayam kampung muda yang dipotong sepuluh bagian." + BODY
    assert placed(cooked, *places) == []
    assert placed("Warga Kampung Muda memperbaiki jalan." + BODY, *places) == ["53.06.11.2007"]


def test_a_breed_named_after_a_regency_places_nothing() -> None:
    places = (
        PlaceRecord("32.05", "Kabupaten Garut", 2),
        PlaceRecord("32.13", "Kabupaten Subang", 2),
    )
    contest = "Kontes domba Garut digelar di Kabupaten Subang, Minggu." + BODY
    assert placed(contest, *places) == ["32.13"]
    assert placed("Banjir melanda Garut, Minggu." + BODY, *places) == ["32.05"]


def test_a_port_or_an_airport_is_placed_in_the_regency_it_stands_in() -> None:
    from siaga.regions.data.aliases import PORTS_AND_AIRPORTS

    places = (
        PlaceRecord("13.04.05", "Tanjung Emas", 3),
        PlaceRecord("33.74", "Kota Semarang", 2, aliases=PORTS_AND_AIRPORTS["33.74"]),
        PlaceRecord("35.10", "Kabupaten Banyuwangi", 2, aliases=PORTS_AND_AIRPORTS["35.10"]),
        PlaceRecord("36.71", "Kota Tangerang", 2, aliases=PORTS_AND_AIRPORTS["36.71"]),
        PlaceRecord("36.72", "Kota Cilegon", 2, aliases=PORTS_AND_AIRPORTS["36.72"]),
        PlaceRecord("61.04", "Kabupaten Ketapang", 2),
        PlaceRecord("73.71", "Kota Makassar", 2, aliases=PORTS_AND_AIRPORTS["73.71"]),
    )
    burning = "Kapal feri terbakar saat bersandar di Pelabuhan Merak, Banten, Sabtu sore."
    assert placed(burning, *places) == ["36.72"]
    # The port's head written small still heads its name; bare, the name is Tanah Datar's.
    hoarded = "Solar itu didistribusikan di pelabuhan Tanjung Emas Semarang."
    assert placed(hoarded, *places) == ["33.74"]
    assert placed("Kericuhan pecah di Kecamatan Tanjung Emas.", *places) == ["13.04.05"]
    # Named after another regency, or after the airport's namesake at another port.
    crossing = "Antrean truk mengular di Pelabuhan Ketapang menuju Gilimanuk."
    assert placed(crossing, *places) == ["35.10"]
    seized = "Benih lobster diamankan di Bandara Internasional Soekarno-Hatta, Senin."
    assert placed(seized, *places) == ["36.71"]
    docked = "KM Umsini terbakar di Pelabuhan Soekarno-Hatta, Makassar, Minggu pagi."
    assert placed(docked, *places) == ["73.71"]


def test_cilacap_s_prison_island_is_placed_in_cilacap_however_it_is_spelt() -> None:
    from siaga.regions.data.aliases import LANDMARKS

    places = (
        PlaceRecord("33.01", "Kabupaten Cilacap", 2, aliases=LANDMARKS["33.01"]),
        PlaceRecord("33.09", "Kabupaten Boyolali", 2),
    )
    for island in ("Nusakambangan", "Nusa Kambangan", "Pulau Nusakambangan"):
        said = f"Jaksa Agung mengatakan pemindahan napi akan dilakukan ke {island} pekan depan."
        assert placed(said, *places) == ["33.01"], island


def test_a_peresean_fighter_s_shield_is_no_regency_in_flores() -> None:
    places = (
        PlaceRecord("52.01", "Kabupaten Lombok Barat", 2),
        PlaceRecord("53.08", "Kabupaten Ende", 2),
    )
    duel = (
        "Dua pepadu bertarung di Lombok Barat dengan rotan dan perisai yang disebut Ende. "
        "Ende terbuat dari kulit kerbau."
    )
    assert placed(duel, *places) == ["52.01"]
    assert placed("Banjir merendam tiga desa di Kabupaten Ende.", *places) == ["53.08"]


def test_a_province_s_police_headquarters_is_placed_where_it_stands() -> None:
    from siaga.regions.data.aliases import LANDMARKS

    places = (
        PlaceRecord("33", "Jawa Tengah", 1, aliases=("Jateng",)),
        PlaceRecord("33.74", "Kota Semarang", 2, aliases=LANDMARKS["33.74"]),
        PlaceRecord("64", "Kalimantan Timur", 1, aliases=("Kaltim",)),
        PlaceRecord("64.71", "Kota Balikpapan", 2, aliases=LANDMARKS["64.71"]),
        PlaceRecord("64.72", "Kota Samarinda", 2, aliases=LANDMARKS["64.72"]),
    )
    crowd = "Orang tua menunggu anak mereka yang ditahan di Mapolda Jateng, Minggu siang."
    assert placed(crowd, *places) == ["33.74"]
    rally = "Mahasiswa berunjuk rasa di depan Mapolda Kaltim menuntut rekan mereka dibebaskan."
    assert placed(rally, *places) == ["64.71"]
    report = "Ormas itu membuat laporan di Mako Polda Jateng, Sabtu siang."
    assert placed(report, *places) == ["33.74"]


def test_kota_siantar_is_pematangsiantar_not_simalungun_s_district() -> None:
    from siaga.regions.data.aliases import REGENCY_ALIASES

    places = (
        PlaceRecord("12.08", "Kabupaten Simalungun", 2),
        PlaceRecord("12.08.01", "Siantar", 3),
        PlaceRecord("12.72", "Kota Pematangsiantar", 2, aliases=REGENCY_ALIASES["12.72"]),
    )
    rally = "Ratusan buruh berunjuk rasa di depan kantor Disnaker di Kota Siantar, Senin pagi."
    assert placed(rally, *places) == ["12.72"]
    assert placed("Jalan desa di Kecamatan Siantar rusak parah.", *places) == ["12.08.01"]


def test_from_sabang_to_merauke_is_the_whole_country_not_two_cities() -> None:
    places = (
        PlaceRecord("11.72", "Kota Sabang", 2),
        PlaceRecord("93.01", "Kabupaten Merauke", 2),
        PlaceRecord("81.01", "Kabupaten Maluku Tengah", 2),
    )
    said = "Tradisi di Maluku Tengah ini mengundang pengunjung dari Sabang sampai Merauke."
    assert placed(said, *places) == ["81.01"]
    assert placed("Kapal perang tiba di Pelabuhan Sabang, Kota Sabang.", *places) == ["11.72"]


def test_riau_s_regency_seats_named_alone_are_their_regencies() -> None:
    from siaga.regions.data.aliases import REGENCY_ALIASES

    places = (
        PlaceRecord("14.07", "Kabupaten Rokan Hilir", 2, aliases=REGENCY_ALIASES["14.07"]),
        PlaceRecord("14.10", "Kabupaten Kepulauan Meranti", 2, aliases=REGENCY_ALIASES["14.10"]),
        PlaceRecord("14.10.01.1001", "Selatpanjang Kota", 4),
    )
    water = "Warga berbasah-basahan dalam tradisi perang air di Selatpanjang, Minggu sore."
    assert placed(water, *places) == ["14.10"]
    barge = "Ribuan warga menyaksikan ritual bakar tongkang di Bagansiapiapi, Sabtu."
    assert placed(barge, *places) == ["14.07"]
    assert placed("Kantor Kelurahan Selatpanjang Kota direnovasi.", *places) == ["14.10.01.1001"]


def test_an_island_regency_named_without_its_pulau_is_found() -> None:
    from siaga.regions.data.aliases import REGENCY_ALIASES

    places = (
        PlaceRecord("82", "Maluku Utara", 1),
        PlaceRecord("82.07", "Kabupaten Pulau Morotai", 2, aliases=REGENCY_ALIASES["82.07"]),
        PlaceRecord("82.07.01", "Morotai Selatan", 3),
    )
    drill = "Latihan gabungan TNI digelar di Morotai, Maluku Utara, pada Juli."
    assert placed(drill, *places) == ["82.07"]
    assert placed("Kantor Camat Morotai Selatan direnovasi.", *places) == ["82.07.01"]


def test_bali_s_kuningan_feast_is_not_the_regency_in_west_java() -> None:
    places = (
        PlaceRecord("32.08", "Kabupaten Kuningan", 2),
        PlaceRecord("51.03.02.2001", "Munggu", 4),
    )
    feast = "Warga Desa Munggu menggelar mekotek pada Hari Raya Kuningan, Sabtu sore."
    assert placed(feast, *places) == ["51.03.02.2001"]
    assert placed("Setiap Kuningan tradisi itu digelar di Desa Munggu.", *places) == [
        "51.03.02.2001"
    ]
    assert placed("Banjir merendam tiga desa di Kabupaten Kuningan.", *places) == ["32.08"]


def test_java_s_old_kingdom_of_mataram_is_not_the_city_on_lombok() -> None:
    places = (
        PlaceRecord("52.71", "Kota Mataram", 2),
        PlaceRecord("33.72", "Kota Surakarta", 2),
    )
    heir = "Kirab di Surakarta dipimpin Rajaputra Narendra Ing Mataram, Rabu malam."
    assert placed(heir, *places) == ["33.72"]
    assert placed("Di Surakarta, sejarah Mataram Islam dibahas, Rabu.", *places) == ["33.72"]
    archers = "Di Surakarta, panahan khas Mataram Ngayogyakarta dilombakan, Rabu."
    assert placed(archers, *places) == ["33.72"]
    styled = "Di Surakarta, jemparingan gaya Mataram dilombakan, Rabu."
    assert placed(styled, *places) == ["33.72"]
    custom = "Di Surakarta, panahan kuno dalam tradisi Mataram dipertunjukkan, Rabu."
    assert placed(custom, *places) == ["33.72"]
    assert placed("Banjir merendam dua kelurahan di Mataram, Rabu.", *places) == ["52.71"]


def test_a_name_followed_by_an_age_is_a_person() -> None:
    places = (
        PlaceRecord("32.13", "Kabupaten Subang", 2),
        PlaceRecord("82.05", "Kabupaten Kepulauan Sula", 2),
    )
    crew = "Di Kepulauan Sula, awak kapal Sapar (25), Subang (25), dan Enal (23) selamat."
    assert placed(crew, *places) == ["82.05"]
    assert placed("Banjir merendam Kabupaten Subang (25/1) sejak pagi.", *places) == ["32.13"]
    assert placed("Banjir merendam Subang, Rabu.", *places) == ["32.13"]


def test_java_s_courts_stand_in_their_cities() -> None:
    from siaga.regions.data.aliases import LANDMARKS

    places = (
        PlaceRecord("34", "DI Yogyakarta", 1),
        PlaceRecord("34.71", "Kota Yogyakarta", 2, aliases=LANDMARKS["34.71"]),
        PlaceRecord("33.72", "Kota Surakarta", 2, aliases=LANDMARKS["33.72"]),
    )
    worn = "Batik parang dilarang dipakai rakyat di lingkungan Keraton Yogyakarta."
    assert placed(worn, *places) == ["34.71"]
    assert placed("Kirab pusaka digelar Keraton Solo, Rabu malam.", *places) == ["33.72"]


def test_poco_leok_is_manggarai_not_desa_poco() -> None:
    from siaga.regions.data.aliases import LANDMARKS

    places = (
        PlaceRecord("53.10", "Kabupaten Manggarai", 2, aliases=LANDMARKS["53.10"]),
        PlaceRecord("53.10.01.2003", "Poco", 4),
    )
    blockade = "Warga Poco Leok kembali menghadang tim geothermal, Kamis pagi."
    assert placed(blockade, *places) == ["53.10"]


def test_a_place_and_a_comma_alone_on_the_first_line_is_a_dateline() -> None:
    from siaga.analysis.extract import dateline_span

    story = "Bandar Lampung,\nTokoh pemuda asal Way Kanan mengecam aksi brutal di kampungnya."
    assert dateline_span(story) == (0, len("Bandar Lampung"))
    sentence = "Menurut warga desa,\nLampung aman dari aksi brutal itu."
    assert dateline_span(sentence) is None


def test_a_village_the_registry_writes_joined_is_found_written_apart() -> None:
    places = (
        PlaceRecord("17.01.07.2008", "Limus", 4),
        PlaceRecord("32.01", "Kabupaten Bogor", 2),
        PlaceRecord("32.01.07", "Cileungsi", 3),
        PlaceRecord("32.01.07.2011", "Limusnunggal", 4),
        PlaceRecord("52.03", "Kabupaten Lombok Timur", 2),
        PlaceRecord("52.03.01.2001", "Lombok", 4),
    )
    banner = "Warga Desa Limus Nunggal, Kecamatan Cileungsi, Kabupaten Bogor, menolak."
    assert placed(banner, *places) == ["32.01.07.2011"]
    lone = "Warga Desa Limus, Kecamatan Kedurang Ilir, menolak baliho itu."
    assert placed(lone, *places) == ["17.01.07.2008"]
    regency = "Pemerintah Kabupaten Lombok Timur menggelar rapat koordinasi."
    assert placed(regency, *places) == ["52.03"]


def test_a_ban_in_a_headline_s_capitals_is_no_larangan() -> None:
    larangan = (
        PlaceRecord("36.71", "Kota Tangerang", 2),
        PlaceRecord("36.71.13", "Larangan", 3),
    )
    ban = (
        "Polisi Tegaskan Larangan Kibarkan Bendera Bajak Laut Saat HUT RI\n"
        "Tangerang, 2 Agustus 2025 — Polisi memperingatkan warga Kota Tangerang."
    )
    assert placed(ban, *larangan) == ["36.71"]
    district = "Warga Kecamatan Larangan, Kota Tangerang, memasang bendera."
    assert placed(district, *larangan) == ["36.71.13"]


def test_a_kuningan_day_of_the_balinese_calendar_is_no_regency() -> None:
    places = (
        PlaceRecord("32.08", "Kabupaten Kuningan", 2),
        PlaceRecord("51.71.02.1003", "Kesiman", 4),
    )
    rite = "Pamendakan Agung digelar pada Paing Kuningan di Desa Kesiman."
    assert placed(rite, *places) == ["51.71.02.1003"]


def test_the_minangkabau_people_are_no_village_and_batusangkar_is_tanah_datar() -> None:
    from siaga.regions.data.aliases import REGENCY_ALIASES

    places = (
        PlaceRecord("13.04", "Kabupaten Tanah Datar", 2, aliases=REGENCY_ALIASES["13.04"]),
        PlaceRecord("13.04.07.2005", "Minangkabau", 4),
    )
    hunt = "Berburu babi adalah tradisi masyarakat Minangkabau yang masih hidup di Batusangkar."
    assert placed(hunt, *places) == ["13.04"]
    assert placed("Kantor Desa Minangkabau direnovasi warga.", *places) == ["13.04.07.2005"]


def test_the_galungan_feast_is_no_village_of_that_name() -> None:
    places = (
        PlaceRecord("51.08", "Kabupaten Buleleng", 2),
        PlaceRecord("51.08.07.2002", "Galungan", 4),
    )
    feast = "Permintaan daging babi di Buleleng meningkat menjelang hari raya Galungan."
    assert placed(feast, *places) == ["51.08"]
    assert placed("Warga Desa Galungan, Kecamatan Sawan, bergotong royong.", *places) == [
        "51.08.07.2002"
    ]


def test_karangasem_s_rattan_duel_and_a_village_temple_are_no_places() -> None:
    places = (
        PlaceRecord("53.08", "Kabupaten Ende", 2),
        PlaceRecord("33.08.18.2010", "Baleagung", 4),
        PlaceRecord("51.07.04.2006", "Seraya", 4),
    )
    duel = "Warga Desa Seraya menggelar Gebug Ende di Bale Agung untuk memohon hujan."
    assert placed(duel, *places) == ["51.07.04.2006"]
    assert placed("Banjir melanda Kabupaten Ende, Senin.", *places) == ["53.08"]
    hall = "Hujan sempat turun dua hari setelah upacara di Bale Agung dan Merajan."
    assert placed(hall, *places) == []


def test_a_desa_adat_is_the_balinese_of_a_name_s_namesakes() -> None:
    places = (
        PlaceRecord("51.03.05.1006", "Jimbaran", 4, "kelurahan"),
        PlaceRecord("33.22.20.2006", "Jimbaran", 4),
        PlaceRecord("35.14.03.2005", "Jimbaran", 4),
    )
    rite = "Masyarakat Desa Adat Jimbaran berkumpul di Pura Ulun Siwi sehari setelah Nyepi."
    assert placed(rite, *places) == ["51.03.05.1006"]
    assert placed(rite.replace("Desa Adat", "Desa Pakraman"), *places) == ["51.03.05.1006"]
    assert placed("Warga Desa Jimbaran bergotong royong membersihkan saluran.", *places) == []


def test_purwokerto_named_alone_is_banyumas_s_seat() -> None:
    from siaga.regions.data.aliases import REGENCY_ALIASES

    places = (
        PlaceRecord("33.02", "Kabupaten Banyumas", 2, aliases=REGENCY_ALIASES["33.02"]),
        PlaceRecord("33.02.27", "Purwokerto Utara", 3),
        PlaceRecord("33.24", "Kabupaten Kendal", 2),
        PlaceRecord("33.24.14", "Patebon", 3),
        PlaceRecord("33.24.14.2007", "Purwokerto", 4),
    )
    debate = "Mahasiswa dari 129 perguruan tinggi adu debat di Unsoed Purwokerto, Senin."
    assert placed(debate, *places) == ["33.02"]
    village = "Warga Desa Purwokerto, Kecamatan Patebon, Kendal, bergotong royong."
    assert placed(village, *places) == ["33.24.14.2007"]


def test_a_border_in_a_headline_is_no_village_named_perbatasan() -> None:
    places = (
        PlaceRecord("12.13", "Kabupaten Mandailing Natal", 2),
        PlaceRecord("12.13.14", "Muara Batang Gadis", 3),
        PlaceRecord("12.13.14.2034", "Perbatasan", 4),
    )
    headline = "Pertempuran Memanas di Perbatasan Thailand-Kamboja, 14 Orang Tewas"
    assert placed(headline, *places) == []
    village = "Warga Desa Perbatasan, Kecamatan Muara Batang Gadis, bergotong royong."
    assert placed(village, *places) == ["12.13.14.2034"]


def test_jogjakarta_spelled_old_style_is_the_city_or_its_province() -> None:
    from siaga.regions.data.aliases import PROVINCE_ALIASES, REGENCY_ALIASES

    places = (
        PlaceRecord("34", "Daerah Istimewa Yogyakarta", 1, aliases=PROVINCE_ALIASES["34"]),
        PlaceRecord("34.71", "Kota Yogyakarta", 2, aliases=REGENCY_ALIASES["34.71"]),
        PlaceRecord("34.04", "Kabupaten Sleman", 2),
    )
    rally = "Puluhan mahasiswa berunjuk rasa di Jalan Kusumanegara, Kota Jogjakarta, Minggu."
    assert placed(rally, *places) == ["34.71"]
