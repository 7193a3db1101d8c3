"""The project's own cue words: what each category, kind, stage and severity sounds like.

Phrases are matched on folded text (lower case, punctuation as spaces) on word
boundaries, so a cue fires on "Politik-uang!" and never inside "pupuk". Each cue has a
weight; a category needs a total of at least 1.0. Extend by adding phrases: the output
always names the cues that fired, so a wrong cue is easy to find.
"""

from __future__ import annotations

# Officials moved or replaced by a regional head ("memutasi pejabat", "pergantian
# pejabat").
_RESHUFFLES = tuple(
    ["mutasi pejabat", "memutasi pejabat", "mutasi asn", "mutasi jabatan", "mutasi pegawai"]
    + ["pergantian pejabat", "penggantian pejabat", "larangan mutasi", "dilarang mutasi"]
)

# Ballot boxes hacked, broken, set alight or carried off on purpose at the vote: unrest at
# the polls, and no box damaged or lost on the way (the logistics cue they hold is
# cancelled, and their "rusak" or "dibakar" names no material trouble).

BOXES_BROKEN_ON_PURPOSE = (
    "merusak kotak suara",
    "perusakan kotak suara",
    "pengrusakan kotak suara",
    "membakar kotak suara",
    "kotak suara dibakar",
    "pembakaran kotak suara",
    "membawa kabur kotak suara",
    "kotak suara dibawa kabur",
    "rebutan kotak suara",
    "merampas kotak suara",
    "perampasan kotak suara",
    "pengambilan surat suara ataupun kotak suara",
)

# "PSU harus dilakukan dengan menggunakan daftar pemilih tetap (DPT), daftar pemilih
# tambahan (DPTb), dan …", "tanpa mengubah daftar pemilih tetap": the lists a re-vote must
# keep, named as the rule, with no voter left off.
LISTS_KEPT = (
    "dengan menggunakan daftar pemilih",
    "wajib menggunakan daftar pemilih",
    "tanpa mengubah daftar pemilih",
)
# The lists' bare names, which say nothing wrong with them.
LIST_NAMES = ("daftar pemilih", "dpt", "dptb", "dpk", "daftar pemilih tetap")


# One's own brought along ("mengajak anaknya", "mengajak istrinya"), not people called.
BROUGHT_ALONG = ("anaknya", "anak anaknya", "istrinya", "keluarganya", "cucunya", "anak istrinya")


_CAMPAIGN_PROPS = ("banner", "spanduk", "baliho", "apk", "alat peraga kampanye", "atribut kampanye")
STOLEN_PROPS = tuple(
    phrase
    for prop in _CAMPAIGN_PROPS
    for phrase in (f"pencurian {prop}", f"mencuri {prop}", f"{prop} dicuri")
) + ("banner kampanye dicuri", "spanduk kampanye dicuri")

CATEGORY_CUES: dict[str, dict[str, float]] = {
    "election_campaign_violation": {
        "kampanye di luar jadwal": 1.0,
        # Children brought into a campaign, which the election law forbids ("sejumlah anak
        # ditemukan terlibat … memakai kaos bertuliskan Prabowo-Gibran", "melibatkan anak
        # dalam pelaksanaan kampanye").
        **dict.fromkeys(
            [
                f"{act} {child}"
                for act in (
                    "melibatkan",
                    "libatkan",
                    "keterlibatan",
                    "pelibatan",
                    "mengikutsertakan",
                )
                for child in ("anak", "anak anak")
            ]
            + ["anak ditemukan terlibat", "anak anak hadir dalam kampanye"],
            1.0,
        ),
        "kampanye diluar jadwal": 1.0,
        "curi start": 1.0,
        # Props put up before the campaign opens or where they may not stand, taken down
        # ("Penertiban APK Pemilu ilegal", "dipasang mendahului masa kampanye").
        "apk ilegal": 1.0,
        "mendahului masa kampanye": 1.0,
        "mendahului jadwal kampanye": 1.0,
        "lokasi kampanye": 1.0,
        # Campaigning in the quiet days before the vote, an advertisement included.
        "pelanggaran saat masa tenang": 1.0,
        "pelanggaran masa tenang": 1.0,
        "pelanggaran di masa tenang": 1.0,
        "kampanye di masa tenang": 1.0,
        "kampanye saat masa tenang": 1.0,
        "pelanggaran kampanye": 1.0,
        "kampanye hitam": 1.0,
        "black campaign": 1.0,
        "alat peraga kampanye": 1.0,
        "apk": 0.6,
        "baliho": 0.6,
        "spanduk": 0.5,
        # A protest's own banners ("membentang spanduk dan poster", "spanduk yang dibawa
        # massa aksi") are no candidate's props.
        "membentang spanduk": -0.5,
        "spanduk yang dibawa": -0.5,
        # "Mereka datang sembari membawa spanduk": the crowd's own banners again.
        "membawa spanduk": -0.5,
        # A post or a stall dressed in a candidate's banner ("pos yang berspanduk salah satu
        # paslon") is a campaign prop.
        "berspanduk": 0.5,
        # Campaigning in an official's uniform ("berkampanye menggunakan seragam kedinasan
        # Polri"), a retired officer's included.
        "berkampanye menggunakan seragam": 1.0,
        "kampanye menggunakan seragam": 1.0,
        "kampanye memakai seragam": 1.0,
        "kampanye menggunakan baju polisi": 1.0,
        # A party's flags put up by a candidate's team: props, whatever is done to them.
        "bendera partai": 0.5,
        "bendera parpol": 0.5,
        # A protest's banners, unfurled by the crowd, are no campaign's props.
        "membentangkan spanduk": -0.5,
        "kampanye di tempat ibadah": 1.0,
        "kampanye di rumah ibadah": 1.0,
        # "Melakukan kampanye di tempat-tempat peribadatan": the venue in the plural.
        "kampanye di tempat tempat ibadah": 1.0,
        "kampanye di tempat peribadatan": 1.0,
        "kampanye di tempat tempat peribadatan": 1.0,
        "ibadah sebagai tempat kampanye": 1.0,
        "tempat ibadah untuk kampanye": 1.0,
        "tempat ibadah untuk kepentingan kampanye": 1.0,
        "kampanye terselubung": 1.0,
        # A candidate's props torn or stoned ("perusakan atribut kampanye", "penyobekan
        # pamflet dan banner"): the campaign's props, whatever befell them.
        "atribut kampanye": 0.6,
        "perusakan atribut": 1.0,
        "merusak atribut": 1.0,
        "atribut kampanye dirusak": 1.0,
        # ... or stolen from where they hung ("Banner Kampanye Dicuri", "pencurian banner").
        **dict.fromkeys(STOLEN_PROPS, 1.0),
        # Campaigning alleged where it is barred ("dugaan kampanye … di salah satu gereja",
        # "tempat ibadah terlarang sebagai tempat kampanye").
        "dugaan kampanye": 0.8,
        "terlarang sebagai tempat kampanye": 1.0,
        "kampanye": 0.4,
        "informasi kampanye": 0.6,
        "stiker paslon": 0.8,
        "spanduk caleg": 1.0,
        "baliho caleg": 1.0,
        "spanduk paslon": 1.0,
        "baliho paslon": 1.0,
        "dipasang di pohon": 1.0,
        "tiang listrik": 0.5,
    },
    "voter_list_problem": {
        # Voter-roll officers who never were ("18 pantarlih fiktif yang tidak pernah berada
        # di Kuala Lumpur").
        "pantarlih fiktif": 1.0,
        # Children on the roll or at the booth ("anak di bawah umur ikut mencoblos", "belum
        # berusia 17 tahun"): voters the law does not admit.
        "pemilih di bawah umur": 1.0,
        "di bawah umur": 0.6,
        "dibawah umur": 0.6,
        "belum cukup umur": 0.6,
        "belum berusia 17 tahun": 1.0,
        "belum berumur 17 tahun": 1.0,
        "belum mencukupi umur 17 tahun": 1.0,
        "belum genap berumur 17 tahun": 1.0,
        "dpt": 0.8,
        "dptb": 1.0,
        "daftar pemilih": 1.0,
        "tidak terdaftar": 0.8,
        # A candidate's diploma "yang tidak terdaftar" is off no voters' roll.
        "ijazah yang tidak terdaftar": -0.8,
        "ijazah tidak terdaftar": -0.8,
        # More voters on the roll than the people can account for.
        "penggelembungan data pemilih": 1.0,
        "penggelembungan jumlah pemilih": 1.0,
        "pembengkakan jumlah pemilih": 1.0,
        "belum masuk dpt": 0.5,
        "tidak masuk dpt": 0.5,
        "hak pilih": 0.7,
        # The right used, held or to be used ("menggunakan hak pilihnya", "sudah
        # mempunyai hak pilih"): no voter kept from the polls.
        "menggunakan hak pilih": -0.7,
        "menyalurkan hak pilih": -0.7,
        "memiliki hak pilih": -0.7,
        "mempunyai hak pilih": -0.7,
        "punya hak pilih": -0.7,
        # Voters who voted where their identity card says they do not live ("memilih tidak
        # sesuai dengan domisilinya"): the list's own problem.
        "tidak sesuai domisili": 1.0,
        "tidak sesuai dengan domisili": 1.0,
        # ... unless it could not be: "tidak bisa menyalurkan hak pilih".
        "tidak bisa menyalurkan hak pilih": 1.0,
        "tidak dapat menyalurkan hak pilih": 1.0,
        "tidak bisa menggunakan hak pilih": 1.0,
        "tidak dapat menggunakan hak pilih": 1.0,
        "kehilangan hak pilih": 0.5,
        # A list named by its size or as a paper seized ("jumlah DPT sebanyak 1.639
        # orang", "salinan Daftar Pemilih Sementara"): a figure, not a problem.
        "jumlah dpt": -0.8,
        "dpt sebanyak": -0.8,
        "jumlah daftar pemilih": -1.0,
        # The KPU counting its lists ("mencatat daftar pemilih tetap … sebanyak 19.013",
        # "DPTb sebanyak 1.832", "11 TPS berbasis DPTb"): figures, not a problem.
        "mencatat daftar pemilih": -1.0,
        "dptb sebanyak": -1.0,
        "berbasis dptb": -1.0,
        "salinan daftar pemilih": -1.0,
        # The KPU's standing list by its name, kept between elections.
        "daftar pemilih berkelanjutan": -1.0,
        # A re-vote ordered to use the lists of the first vote: see
        # pipeline._lists_a_re_vote_keeps.
        **dict.fromkeys(LISTS_KEPT, -1.0),
        "tidak ada ktp": 1.0,
        "tidak memiliki ktp": 1.0,
        "e ktp": 0.6,
        "ktp": 0.4,
        "pemilih ganda": 1.0,
        "dpt ganda": 1.0,
        "nik ganda": 0.8,
        "coklit": 0.8,
        # Households the registrars never came to, or refusing them at their door.
        "tidak pernah dicoklit": 1.0,
        "tidak dicoklit": 1.0,
        "belum dicoklit": 1.0,
        "menolak dicoklit": 1.0,
        "menolak coklit": 1.0,
        "menghalangi orang untuk memilih": 1.0,
        "menghalang halangi orang untuk memilih": 1.0,
        "pindah memilih": 0.8,
        # The transfer form itself ("formulir A5 atau pindah pilih"), and voters who
        # "tidak bisa menyalurkan suara" or "menggunakan hak suaranya" at the TPS.
        "pindah pilih": 0.8,
        # Voters brought in from elsewhere to vote where they have no right to ("pemilih
        # siluman", "memobilisasi pemilih dengan menggunakan KTP").
        "pemilih siluman": 1.0,
        "mobilisasi pemilih": 1.0,
        "memobilisasi pemilih": 1.0,
        "tak memiliki hak suara": 1.0,
        "tidak memiliki hak suara": 1.0,
        "formulir a5": 0.8,
        "formulir a 5": 0.8,
        "tidak bisa menyalurkan suara": 1.0,
        "tak bisa menyalurkan suara": 1.0,
        "tidak bisa menggunakan hak suara": 1.0,
        "tidak bisa menggunakan hak suaranya": 1.0,
    },
    "money_politics": {
        "politik uang": 1.0,
        "money politic": 1.0,
        "money politics": 1.0,
        "money politik": 1.0,
        "serangan fajar": 1.0,
        "bagi bagi uang": 1.0,
        "pembagian amplop": 1.0,
        "pembagian uang": 1.0,
        "bagi uang": 1.0,
        "diberi uang": 0.8,
        "bagi amplop": 1.0,
        "amplop": 0.7,
        # A letter sealed in one ("surat kaleng itu dibungkus amplop putih") buys no vote.
        "dibungkus amplop": -0.7,
        "sembako": 0.6,
        # The state's aid handed out in a candidate's name or with an incumbent's face on
        # the bag: Bawaslu's "politisasi bansos".
        "politisasi bansos": 1.0,
        "politisasi bantuan sosial": 1.0,
        "bansos": 0.4,
        "membagikan uang": 1.0,
        "dibagi uang": 1.0,
        "dibagikan uang": 1.0,
        "mahar politik": 0.8,
        "bagi bagi sembako": 1.0,
        "bagi sembako": 1.0,
        "membagikan sembako": 1.0,
        "membagikan paket sembako": 1.0,
        "paket sembako": 0.8,
        "uang transport": 0.6,
        "ditawari uang": 1.0,
        # Money promised for votes, kept or not.
        "menjanjikan uang": 1.0,
        # Goods or prizes promised on a candidate's banner, in the law's words
        # ("menjanjikan barang dan atau materi lainnya") or the news's ("menghadiahkan
        # mobil hingga umrah jika menang").
        "menjanjikan barang": 1.0,
        "menjanjikan materi": 1.0,
        "menjanjikan hadiah": 1.0,
        "menjanjikan uang atau materi": 1.0,
        "janji uang": 0.8,
        "memberikan sejumlah uang": 0.8,
        # A voter come to collect the cash promised for his vote ("menanyakan janji
        # pemberian uang di saat pelaksanaan pemungutan suara").
        "janji pemberian uang": 1.0,
        "iming iming": 0.8,
        "serangan subuh": 1.0,
        "vote buying": 1.0,
        "politik transaksional": 0.8,
        "jual beli suara": 1.0,
        "bagi bagi": 0.4,
        # Handing things out ("membagi-bagikan sarung, kalender dan foto caleg"): in an
        # election text only.
        "membagi bagikan": 0.6,
        "dibagi bagikan": 0.6,
        "sarung": 0.4,
        # A losing candidate taking back what was given for votes names the bargain.
        "menarik kembali bantuan": 1.0,
        "menarik bantuan": 1.0,
        "tarik bantuan": 1.0,
        "penarikan bantuan": 1.0,
        "penarikan kembali bantuan": 1.0,
        "bantuan ditarik": 1.0,
        "menarik kembali sumbangan": 1.0,
        "meminta kembali pemberian": 1.0,
        "tarik kembali bantuan": 1.0,
        "bantuan tersebut ditarik": 1.0,
        "mencabut bantuan": 1.0,
    },
    "asn_neutrality": {
        "netralitas asn": 1.0,
        "netralitas": 0.7,
        "asn": 0.6,
        "pns": 0.5,
        "perangkat desa": 0.5,
        "kepala desa kampanye": 1.0,
        "perbekel kampanye": 1.0,
        "aparat tidak netral": 1.0,
        "tidak netral": 0.8,
        # The police said to work for a candidate, in the 2024 Pilkada's nickname for
        # them ("partai cokelat", "parcok", after the uniform) or plainly ("cawe-cawe
        # polisi", "netralitas kepolisian di Pilkada 2024").
        "partai coklat": 1.0,
        "partai cokelat": 1.0,
        "parcok": 1.0,
        "cawe cawe polisi": 1.0,
        "netralitas kepolisian": 1.0,
        "netralitas polri": 1.0,
        # The noun a ruling or a report uses: "ketidaknetralan kepala desa", the
        # "keberpihakan kades" on a contestant's side.
        "ketidaknetralan": 1.0,
        **dict.fromkeys(
            [f"keberpihakan {who}" for who in ("kepala desa", "kades", "asn", "aparat", "pns")],
            1.0,
        ),
        "aparatur sipil negara": 1.0,
        "seragam dinas": 0.6,
        "kepala desa": 0.3,
        "lurah": 0.3,
        "camat": 0.3,
        # An official's aid held over voters: struck off the PKH list "jika tidak memilih"
        # the candidate the official backs.
        "jika tidak memilih": 0.5,
        "jika tak memilih": 0.5,
        "jika tidak mencoblos": 0.5,
        "jika tak mencoblos": 0.5,
        "jika tak coblos": 0.5,
        "kalau tidak memilih": 0.5,
        "kalau tidak mencoblos": 0.5,
        "sekretaris desa": 0.5,
        "sekdes": 0.5,
        "mengarahkan warga": 0.5,
        "arahkan warga": 0.5,
        # Village heads or officials pressed to deliver votes ("Kades di Blitar Ditekan
        # untuk Pilih Capres 2"): office leaned on for a contestant.
        **dict.fromkeys(
            [
                f"{pressed} {to} {vote}"
                for pressed in ("ditekan", "tekanan")
                for to in ("untuk", "agar")
                for vote in ("memilih", "pilih", "mencoblos", "memenangkan")
            ],
            1.0,
        ),
        "arahan politik": 0.8,
        # A regional head reshuffling officials before the regional election, which the
        # Pilkada law (Pasal 71) forbids: office used for a candidacy.
        **dict.fromkeys(_RESHUFFLES, 1.0),
        "pasal 71 uu pilkada": 1.0,
        # The election law's words for an official's act in a party's favour (Pasal 282,
        # Pasal 490): "tindakan menguntungkan peserta pemilu".
        "menguntungkan peserta pemilu": 1.0,
        "menguntungkan atau merugikan peserta pemilu": 1.0,
        "menguntungkan salah satu peserta pemilu": 1.0,
        "menguntungkan atau merugikan salah satu pasangan calon": 1.0,
        # In a village-head election the kepala desa is the office contested.
        "calon kepala desa": -0.3,
        "pemilihan kepala desa": -0.3,
    },
    "election_logistics": {
        "logistik": 0.8,
        "distribusi logistik": 1.0,
        "pendistribusian logistik": 1.0,
        "surat suara": 0.7,
        "penghitungan surat suara": -0.7,  # counting the ballots is not shipping them
        # Ballots counted as spoilt ("surat suara yang semula sah dinyatakan tidak sah") are
        # the count's, not a box lost or damaged on the way.
        "surat suara tidak sah": -0.7,
        "surat suara yang tidak sah": -0.7,
        "surat suara yang semula sah": -0.7,
        # The count's tally of ballots used, unused and spoilt ("Dari 198 surat suara
        # yang terpakai yang rusak 7 surat suara"): the form's columns, no shipment short.
        **dict.fromkeys(
            [
                f"surat suara {yang}{used}"
                for yang in ("", "yang ")
                for used in ("terpakai", "tidak terpakai", "tak terpakai")
            ],
            -0.7,
        ),
        "perhitungan ulang surat suara": -0.7,
        "penghitungan ulang surat suara": -0.7,
        # What the supervisors were out doing when they found something else ("saat
        # melakukan pengawasan distribusi logistik ke sejumlah desa").
        "pengawasan distribusi logistik": -1.8,
        # The count's app read against the forms ("data Sirekap beda dengan formulir C"):
        # the tally disputed, not a form lost or short.
        "sirekap": -1.0,
        "perhitungan surat suara": -0.7,
        "kotak suara": 0.7,
        # A box broken on purpose is the count attacked, not a box lost on the way.
        **dict.fromkeys(BOXES_BROKEN_ON_PURPOSE, -0.7),
        "bilik suara": 0.6,
        "daerah terpencil": 0.5,
        "pengawalan logistik": 1.0,
        "gudang kpu": 0.7,
        "pengadaan": 0.4,
        "logistik pemilu": 1.0,
        "sulit dijangkau": 0.5,
        "sulit dilalui": 0.5,
        "medan sulit": 0.5,
        "segel rusak": 0.8,
        # Boxes opened outside the count's procedure ("membuka kembali segel kotak",
        # "membongkar kotak suara", "buka kotak suara sebelum pleno rekapitulasi"); opening
        # them at the count before the witnesses is the procedure itself.
        "membongkar kotak suara": 1.0,
        "membuka kembali segel": 1.0,
        "membuka segel kotak": 1.0,
        "buka kotak suara sebelum pleno": 1.0,
        "membuka kotak suara sebelum pleno": 1.0,
        "larangan pembukaan kotak suara": 1.0,
        "kotak suara rusak": 1.0,
        # Boxes and ballots wrecked on their way to the polls ("peristiwa perusakan kotak
        # dan surat suara saat dalam proses distribusi ke TPS-TPS").
        "perusakan kotak": 1.0,
        "perusakan surat suara": 1.0,
        "pengrusakan kotak": 1.0,
        "surat suara rusak": 1.0,
        "surat suara kurang": 1.0,
        "kekurangan surat suara": 1.0,
        "formulir c": 0.6,
        "form c": 0.6,
        # A result form a witness asks to have opened ("meminta KPU membuka formulir C
        # Hasil") is the count disputed, not a form gone missing.
        "membuka formulir c": -0.6,
        "membuka form c": -0.6,
        "tinta": 0.4,
    },
    "supporters_clash": {
        "bentrok": 0.8,
        "bentrokan": 0.8,
        "antarpendukung": 1.0,
        "antar pendukung": 1.0,
        # A clash between the candidates' campaign teams, or their two camps.
        "antartimses": 1.0,
        "antar timses": 1.0,
        "antar tim sukses": 1.0,
        "antarkubu": 0.8,
        "kedua kubu": 0.5,
        "adu fisik": 0.5,
        "massa pendukung": 0.45,
        "masa pendukung": 0.45,
        "pendukung paslon": 0.5,
        "euforia": 0.5,
        "saling serang": 1.0,
        "saling lempar": 0.6,
        "tawuran pendukung": 1.0,
        "simpatisan": 0.4,
        "kelompok simpatisan": 0.8,
        "antarsimpatisan": 1.0,
        # A camp's convoy is where camps meet, not yet a clash: a faint word alone.
        "konvoi": 0.45,
        "keributan": 0.4,
        "gesekan": 0.6,
        # "Tanpa ada gesekan-gesekan": the clash wished away.
        "tanpa gesekan": -0.6,
        "tanpa ada gesekan": -0.6,
    },
    "polling_station_unrest": {
        "kericuhan di tps": 1.0,
        # The count's plenary at the PPK or the KPU in uproar ("terjadi keributan di ruang
        # sidang pleno", "rapat pleno ricuh"): its organisers and witnesses at blows.
        **dict.fromkeys(
            [
                f"{trouble} {where}"
                for trouble in ("ricuh", "kericuhan", "keributan")
                for where in ("saat pleno", "di pleno", "dalam pleno", "saat rapat pleno")
                + ("dalam rapat pleno", "saat sidang pleno", "di ruang pleno")
                + ("di ruang sidang pleno",)
            ]
            + ["pleno ricuh", "rapat pleno ricuh", "sidang pleno ricuh"],
            1.0,
        ),
        "ricuh di tps": 1.0,
        "tps ricuh": 1.0,
        "kericuhan tps": 1.0,
        "penghitungan suara di tps": 0.6,
        # The vote's own words name no unrest: together they only support a real cue.
        "pemungutan suara": 0.24,
        "pungut hitung": 0.24,
        "intimidasi kpps": 1.0,
        "intimidasi": 0.6,
        # Journalists intimidated while covering are the press's victims, not the polls'.
        "intimidasi terhadap jurnalis": -0.6,
        "intimidasi terhadap wartawan": -0.6,
        "intimidasi jurnalis": -0.6,
        "intimidasi wartawan": -0.6,
        "korban intimidasi": -0.3,
        # Ballot boxes burnt at the TPS or the PPK: the count itself is attacked.
        # Or hacked and broken on purpose at the count ("merusak kotak suara … saat proses
        # penghitungan suara"), not damaged on the way.
        **dict.fromkeys(BOXES_BROKEN_ON_PURPOSE, 1.0),
        # Ballots set alight by those boycotting the vote beside their TPS.
        "membakar surat suara": 1.0,
        "pembakaran surat suara": 1.0,
        "pelanggaran saat pemungutan suara": 1.0,
        # Voting twice, or an officer punching the leftover ballots: the vote itself
        # tampered with at the TPS.
        "mencoblos dua kali": 1.0,
        "coblos dua kali": 1.0,
        "mencoblos lebih dari satu kali": 1.0,
        "mencoblos lebih dari sekali": 1.0,
        "mencoblos sisa surat suara": 1.0,
        # Ballots punched over and over by one hand ("sedang dicoblos-coblosi").
        "dicoblos coblosi": 1.0,
        "mencoblos coblos": 1.0,
        "menyoblos sisa surat suara": 1.0,
        "kpps": 0.24,
        # The KPU's own name for whatever went irregular at a polling station; a
        # witness's objections at a recapitulation are filed on that form too.
        "kejadian khusus": 0.6,
        "keberatan dan kejadian khusus": -0.6,
        "keberatan atau kejadian khusus": -0.6,
        "kejadian khusus atau keberatan": -0.6,
    },
    "election_result_dispute": {
        # Witnesses who will not sign a recapitulation's minutes, or walk out of it,
        # and a plenary suspended or forced off by the commotion over its count.
        "enggan menandatangani berita acara": 1.0,
        "tidak menandatangani berita acara": 1.0,
        "tidak mau menandatangani berita acara": 1.0,
        "menolak menandatangani berita acara": 1.0,
        "walk out": 0.6,
        "walkout": 0.6,
        "pleno diskors": 0.6,
        "pleno diskorsing": 0.6,
        "pleno dibatalkan": 0.6,
        "sengketa pemilu": 1.0,
        # A party's dispute of the KPU's decision before Bawaslu ("menang sengketa di
        # Bawaslu", "kalah dalam persidangan di Bawaslu").
        "sengketa di bawaslu": 1.0,
        "sengketa proses": 1.0,
        "persidangan di bawaslu": 0.8,
        "putusan sengketa": 1.0,
        "penolakan atas putusan": 1.0,
        "tolak hasil": 1.0,
        "menolak hasil": 1.0,
        # "kemelut pemilihan gubernur Malut": an election's outcome deadlocked in dispute.
        "kemelut pemilihan": 1.0,
        # "massa minta dihitung ulang perolehan suara", "tidak mau menerima hasil akhir",
        # "menuntut agar dilakukan pemilihan ulang".
        "dihitung ulang": 1.0,
        "tidak mau menerima hasil": 1.0,
        "tak mau menerima hasil": 1.0,
        "tuntut pemilihan ulang": 1.0,
        "menuntut pemilihan ulang": 1.0,
        "menuntut agar dilakukan pemilihan ulang": 1.0,
        "sengketa pemilihan": 1.0,
        "kemelut pilkada": 1.0,
        "kemelut pilgub": 1.0,
        "kemelut pemilu": 1.0,
        # "tidak terima dengan hasil pleno", "memprotes rekapitulasi KPUD".
        "tidak terima dengan hasil": 1.0,
        "tak terima dengan hasil": 1.0,
        "memprotes rekapitulasi": 1.0,
        "protes rekapitulasi": 1.0,
        # "menolak pelaksanaan dan hasil pilwali": the vote and its result refused at once.
        "menolak pelaksanaan dan hasil": 1.0,
        "tolak pelaksanaan dan hasil": 1.0,
        "menolak keputusan kpu": 1.0,
        "menentang keputusan kpu": 1.0,
        "hitung ulang": 1.0,
        "penghitungan ulang": 1.0,
        "perhitungan ulang": 1.0,
        # A loser's objection to the result ("surat keberatannya atas hasil pemilihan"),
        # and his demand that the boxes be opened (opening them is the count's routine).
        "keberatan atas hasil": 1.0,
        "keberatan terhadap hasil": 1.0,
        # A court striking down the count's outcome ("MK membatalkan Keputusan Komisi
        # Pemilihan Umum (KPU) Kabupaten Barito Utara … tentang penetapan hasil").
        "membatalkan hasil": 1.0,
        "membatalkan keputusan kpu": 1.0,
        "membatalkan keputusan komisi pemilihan umum": 1.0,
        "keberatannya atas hasil": 1.0,
        "menuntut pembukaan kotak suara": 1.0,
        "menuntut dilakukan pembukaan kotak suara": 1.0,
        # A re-vote is the remedy Bawaslu orders for irregular voting as often as the
        # outcome of a dispute: alone it does not make one.
        "pemungutan suara ulang": 0.2,
        "gugatan": 0.6,
        "rekapitulasi": 0.4,
        "penolakan hasil": 1.0,
        "penolakan terhadap hasil": 1.0,
        # A crowd come "untuk melakukan protes terhadap hasil rekapitulasi pemilu".
        "protes terhadap hasil": 1.0,
        "protes atas hasil": 1.0,
        "memprotes hasil": 1.0,
        "psu": 0.2,
        # Demanding one is the dispute.
        "tuntutan pemungutan suara ulang": 1.0,
        "menuntut pemungutan suara ulang": 1.0,
        "tuntut psu": 1.0,
        "gugatan hasil": 1.0,
        "menggugat hasil": 1.0,
        "menuntut psu": 1.0,
        "sengketa hasil": 1.0,
        "kecewa hasil": 1.0,
        "kecewa dengan hasil": 1.0,
        # Both camps claiming the win ("Kedua kubu disebut saling klaim kemenangan",
        # "dua-duanya sama-sama mengklaim menang"); a win claimed before the count is
        # the seed of one, said twice a quarrel.
        "saling klaim kemenangan": 1.0,
        "saling mengklaim kemenangan": 1.0,
        "sama sama mengklaim menang": 1.0,
        "sama sama mengklaim kemenangan": 1.0,
        "sama sama klaim menang": 1.0,
        "klaim kemenangan sepihak": 1.0,
        "mengklaim menang": 0.6,
        "mengklaim kemenangan": 0.6,
        "klaim menang": 0.6,
        # A camp let down by its candidate's count ("kecewa perolehan suara caleg lokal
        # kecil", "kekecewaan terhadap hasil perolehan suara").
        "kecewa perolehan suara": 1.0,
        "kecewa dengan perolehan suara": 1.0,
        "kecewa terhadap hasil perolehan suara": 1.0,
        "kekecewaan terhadap hasil perolehan suara": 1.0,
        "kecewa dengan hasil perolehan suara": 1.0,
        "tidak puas hasil": 1.0,
        "tidak puas dengan hasil": 1.0,
        # A camp unhappy with its count in a village ("tidak puas dengan perolehan suara").
        "tidak puas dengan perolehan suara": 1.0,
        "tak puas dengan perolehan suara": 1.0,
        "tak puas hasil": 1.0,
        "tak puas dengan hasil": 1.0,
        "tak puas atas hasil": 1.0,
        "tidak puas atas hasil": 1.0,
        # The crowd that stoned the KPU's office over how it did its work ("bentrok …
        # dipicu ketidakpuasan atas kinerja KPU setempat").
        **dict.fromkeys(
            [
                f"{unhappy} {about} kinerja {body}"
                for unhappy in ("tidak puas", "tak puas", "ketidakpuasan")
                for about in ("atas", "dengan", "terhadap")
                for body in ("kpu", "kpud", "penyelenggara")
            ],
            1.0,
        ),
        "tidak puas terhadap hasil": 1.0,
        "ketidakpuasan atas hasil": 1.0,
        "ketidakpuasan terhadap hasil": 1.0,
        "ketidakpuasan hasil": 1.0,
        "tidak menerima hasil": 1.0,
        # A recruitment's test or selection ("tidak puas dengan hasil tes kepala dukuh"):
        # no election's result.
        "hasil tes": -1.0,
        "hasil seleksi": -1.0,
        "hasil ujian": -1.0,
        "tidak terima hasil": 1.0,
        "phpu": 1.0,
        "perselisihan hasil": 1.0,
        "selisih suara": 0.6,
        "penggelembungan suara": 1.0,
        # The KPU's list of candidates contested before it is fixed ("mendesak KPU …
        # menunda tahapan penetapan calon … karena dugaan … ijazah palsu").
        "menunda tahapan penetapan calon": 0.8,
        "menunda penetapan calon": 0.8,
        "tunda penetapan calon": 0.8,
        "penetapan calon ditunda": 0.8,
        "ijazah palsu": 0.6,
        "keabsahan ijazah": 0.6,
        # The KPU's count app against the polling stations' own forms ("data Sirekap beda
        # dengan formulir C", "suara PSI menggelembung", more votes than voters).
        "suara menggelembung": 1.0,
        # "diduga desa tersebut menggelembungkan suara salah satu pasangan".
        "menggelembungkan suara": 1.0,
        "menggelembung": 0.6,
        "sirekap": 0.5,
        "data sirekap": 0.6,
        "beda dengan formulir c": 1.0,
        "berbeda dengan formulir c": 1.0,
        "tidak sesuai formulir c": 1.0,
        "tak sesuai formulir c": 1.0,
        "tidak sesuai dengan formulir c": 1.0,
        "tidak sama dengan hasil di sirekap": 1.0,
        "melebihi dari total pemilih": 1.0,
        # "tidak jarang lebih besar dari total pemilih di sebuah TPS".
        **dict.fromkeys(
            [
                f"lebih {more} dari {voters} pemilih"
                for more in ("besar", "banyak")
                for voters in ("total", "jumlah")
            ],
            1.0,
        ),
        "melebihi total pemilih": 1.0,
        "melebihi jumlah pemilih": 1.0,
        "manipulasi suara": 1.0,
        "kecurangan": 0.6,
        # Guarding against fraud alleges none.
        "cegah kecurangan": -0.6,
        "mencegah kecurangan": -0.6,
        "potensi kecurangan": -0.6,
        "antisipasi kecurangan": -0.6,
        "suara hilang": 1.0,
        # Demanding that the winner be disqualified for fraud.
        "mendiskualifikasi": 0.6,
        "didiskualifikasi": 0.6,
        # A sanction the law holds out ("pasangan calon dapat didiskualifikasi", "terancam
        # diskualifikasi"): a warning of a penalty, no outcome contested.
        **dict.fromkeys(
            [
                f"{may} {word}"
                for may in ("dapat", "bisa", "terancam", "akan")
                for word in ("didiskualifikasi", "diskualifikasi")
            ],
            -0.6,
        ),
        # The taxonomy puts protests at the election bodies' offices here.
        "membakar kantor kpu": 1.0,
        "pembakaran kantor kpu": 1.0,
        "kantor kpu dibakar": 1.0,
        # In front of the office, with the fraud or the result named; supporters
        # clashing there over a ballot-number draw are a clash.
        "depan kantor kpu": 0.4,
        "geruduk kantor kpu": 1.0,
        "menggeruduk kantor kpu": 1.0,
        "kantor kpu dan bawaslu": 0.5,
        "kantor kpu dan panwas": 0.5,
        "depan gedung kpu": 0.4,
        "depan kantor bawaslu": 0.4,
        "depan gedung bawaslu": 0.4,
        "depan bawaslu": 0.4,
        "mengepung bawaslu": 1.0,
        "pemilu curang": 1.0,
        "kecurangan pemilu": 1.0,
        "sidang sengketa": 1.0,
        "diskualifikasi": 0.5,
        "suaranya hilang": 1.0,
        "suaranya dicuri": 1.0,
        "suara dicuri": 1.0,
    },
    "demonstration": {
        # A house or a shop a crowd broke into and emptied ("dijarah massa", "aksi
        # penjarahan", "sasaran amukan massa"): a riot, grown from a protest or with none.
        "dijarah massa": 1.0,
        **dict.fromkeys(["menjarah", "dijarah", "penjarahan", "amukan massa", "amuk massa"], 0.6),
        "demonstrasi": 1.0,
        "berdemonstrasi": 1.0,
        "demontrasi": 1.0,
        "demo": 0.8,
        # "ibu-ibu yang mendemo truk galian C": protesting at, as a verb.
        "mendemo": 1.0,
        "aksi demo": 1.0,
        "unjuk rasa": 1.0,
        "unras": 1.0,
        "berunjuk rasa": 1.0,
        # Written joined as often as apart.
        "unjukrasa": 1.0,
        "berdemo": 1.0,
        "berunjukrasa": 1.0,
        "pengunjukrasa": 1.0,
        "aksi damai": 0.6,
        # "Gelar Aksi Damai Didepan Kantor Bupati": a peaceful rally before an office.
        **dict.fromkeys([f"aksi damai {at}" for at in ("di depan", "didepan", "di kantor")], 1.0),
        # "Aksi bela Palestina", "aksi bela Islam": a rally for a cause.
        "aksi bela": 0.6,
        "aksi solidaritas": 0.6,
        # Families at the police station demanding their kin's release ("mendatangi
        # Mapolres … meminta Polisi membebaskan mereka", "Tolong bebaskan mereka").
        **dict.fromkeys(
            [f"mendatangi {station}" for station in ("mapolres", "mapolsek", "mapolda")], 0.6
        ),
        **dict.fromkeys(
            [f"{ask} polisi membebaskan" for ask in ("meminta", "menuntut", "mendesak")], 0.6
        ),
        "tolong bebaskan": 0.6,
        "bebaskan warga kami": 0.6,
        # An office or a village head's room sealed by those protesting.
        "menyegel kantor": 0.8,
        "menyegel ruang": 0.8,
        "penyegelan kantor": 0.8,
        "penyegelan ruang": 0.8,
        # A palace's or an office's gate padlocked by those who want it set right
        # ("menggembok gerbang Keraton Kasepuhan … upaya menyampaikan aspirasi").
        **dict.fromkeys(
            [f"{act} gerbang" for act in ("menyegel", "penyegelan", "menggembok", "penggembokan")],
            0.8,
        ),
        # A school sealed by the heirs of its land ("gedung sekolah disegel oleh ahli
        # waris"), as landowners elsewhere bar a school with wood.
        "sekolah disegel": 1.0,
        "menyegel sekolah": 1.0,
        "penyegelan sekolah": 1.0,
        "disegel ahli waris": 1.0,
        "disegel oleh ahli waris": 1.0,
        "aksi penyegelan": 1.0,
        "massa aksi": 0.8,
        # A crowd storming a seat of government ("Massa Buruh Geruduk Kantor Bupati
        # Demak") protests, even in a story that names no demonstration; at the election
        # bodies' offices the result dispute above has it.
        **dict.fromkeys(
            [
                f"{act} {office}"
                for act in ("geruduk", "menggeruduk")
                for office in (
                    "kantor bupati",
                    "kantor wali kota",
                    "kantor walikota",
                    "kantor gubernur",
                    "kantor camat",
                    "kantor desa",
                    "kantor kepala desa",
                    "kantor dprd",
                    "gedung dprd",
                    "pendopo",
                    "balai kota",
                )
            ],
            1.0,
        ),
        "menggeruduk": 0.8,
        "digeruduk": 0.8,
        "geruduk": 0.8,
        # Officers storming a hideout or a boat ("saat petugas menggeruduk kapal") raid it.
        "petugas menggeruduk": -0.8,
        "polisi menggeruduk": -0.8,
        "aparat menggeruduk": -0.8,
        "pendemo": 1.0,
        # "Massa pemrotes pelaksanaan PPDB sistem zonasi": the protesters, as "pendemo".
        "pemrotes": 1.0,
        "para pemrotes": 1.0,
        "pengunjuk rasa": 1.0,
        "menduduki kantor": 1.0,
        # Residents holding a disputed plantation against the harvest ("aksi pendudukan
        # lahan sengketa", "anarkis atau penahanan lahan seperti ini").
        "aksi pendudukan": 1.0,
        "pendudukan lahan": 0.8,
        "penahanan lahan": 0.8,
        # A protest camp held for months ("tenda perjuangan warga"), and Kendeng's women
        # who set their feet in cement before the palace.
        "tenda perjuangan": 1.0,
        "ditenda perjuangan": 1.0,  # as often run together
        "tenda perlawanan": 1.0,
        "menyemen kaki": 1.0,
        "mengecor kaki": 1.0,
        "kakinya dicor": 1.0,
        # "Gegara BLT warga serbu kantor Kades": a crowd storming an office protests.
        "serbu kantor": 1.0,
        "menyerbu kantor": 1.0,
        "aksi massa": 0.8,
        # Taking to the streets, or the crowds brought there.
        "turun ke jalan": 0.8,
        "turun jalan": 0.8,
        # Lorries stopped or turned back by villagers whose road they wreck ("menghentikan
        # paksa truk pengangkut galian C", "mencegat truk"): a blockade.
        **dict.fromkeys([f"{act} truk" for act in ("menghentikan paksa", "mencegat")], 0.8),
        "turun kejalan": 0.8,
        "menggalang massa": 0.6,
        "mengerahkan massa": 0.6,
        "menurunkan massa": 0.6,
        "turunkan massa": 0.6,
        "blokade": 0.8,
        # The police cordon; residents mount an "aksi blokade" of a road or a plantation.
        "aksi blokade": 1.0,
        # Residents holding a company's machines until it keeps its word ("warga
        # menyandera alat berat itu … supaya pihak PT menepati janjinya").
        **dict.fromkeys(
            [
                f"{held} {machine}"
                for held in ("menyandera", "sandera", "disandera")
                for machine in ("alat berat", "ekskavator", "excavator", "eskavator")
            ],
            1.0,
        ),
        # Police cordon off ("memblokade akses masuk") too: only a road blocked is protest.
        "blokade jalan": 1.0,
        # Eastern Indonesia's blockade of an office, a school or a road ("kantor distrik
        # dipalang"), by landowners with wood, coconut fronds or a customary sasi: the
        # noun names the blockade alone.
        "pemalangan": 1.0,
        "dipalang": 0.8,
        "memalang": 0.8,
        "pemalangan kantor": 1.0,
        # Sumatra's road barred with a pole ("aksi pemortalan jalan").
        "pemortalan": 0.8,
        "pemortalan jalan": 1.0,
        "memortal jalan": 1.0,
        # "Puluhan warga mendatangi kantor MDA … menuntut kejelasan": with a demand, a
        # crowd at an office protests.
        "mendatangi kantor": 0.6,
        # A delegation that comes to file a report ("mendatangi kantor Bawaslu … guna
        # melaporkan dugaan pelanggaran") complains, it does not protest.
        "guna melaporkan": -0.6,
        "untuk melaporkan": -0.6,
        "memblokade jalan": 1.0,
        "memblokade jembatan": 1.0,
        # A company's work blockaded ("memblokade kegiatan perusahaan tambang terutama pada
        # aktifitas pemuatan ore nikel"): residents barring it, not the police's cordon.
        **dict.fromkeys(
            [
                f"{act} {work}"
                for act in ("memblokade", "memblokir", "blokade")
                for work in ("kegiatan", "aktivitas", "aktifitas", "operasional")
            ],
            1.0,
        ),
        # An airport blockaded by a crowd ("memblokade Bandara Babullah", Ternate 2007).
        **dict.fromkeys(
            [
                f"{act} {airport}"
                for act in ("memblokade", "memblokir", "blokade", "menduduki")
                for airport in ("bandara", "bandar udara")
            ],
            1.0,
        ),
        # Residents who bar the way of those sent to measure their land.
        "membentuk barikade": 1.0,
        "membuat barikade": 1.0,
        "menghalangi jalan": 0.6,
        "aksi mogok": 1.0,
        "mogok kerja": 1.0,
        "memblokir jalan": 1.0,
        "aksi protes": 1.0,
        # A poster held up or unfurled against someone ("mengangkat poster bertuliskan
        # 'tolak dewan yang terjerat hukum'"): a protest however few hold it.
        "mengangkat poster": 1.0,
        "membentangkan poster": 1.0,
        # Banana trees planted in potholes: the village road's protest.
        "tanam pohon pisang": 1.0,
        "menanam pohon pisang": 1.0,
        "aksi tanam pisang": 1.0,
        "bakar ban": 0.6,
        "membakar ban": 0.6,
        # Students holding their rectorate ("menduduki gedung dan halaman Rektorat").
        "menduduki gedung": 0.6,
        "menduduki rektorat": 1.0,
        "protes": 0.5,
        "long march": 0.8,
        # A march to an office ("long march menuju Kantor Bupati") is the protest's own.
        "long march menuju": 1.0,
        "long march ke": 1.0,
        "blokir jalan": 1.0,
        "aksi di depan kantor": 1.0,
        # "warga … mengelar aksi di Kantor Bupati" (misspelt as often as not): a rally at an
        # office, which a demand makes a protest.
        "aksi di kantor": 0.8,
        # A rally located at a building ("meliput aksi di sekitar Gedung Bawaslu").
        "aksi di sekitar gedung": 1.0,
        "aksi di depan gedung": 1.0,
        "penyampaian aspirasi": 0.8,
        "menyuarakan aspirasi": 0.6,
        "gedung dprd": 0.4,  # with a demand or an aspiration voiced there
        "pemblokiran": 0.8,
        "pemblokiran jalan": 1.0,
        "aksi pemblokiran": 1.0,
        "mogok": 0.6,
        "orasi": 0.6,
        # A crowd's speaker ("melalui pengeras suara, orator meminta kepada massa"), and a
        # crowd protesting at a congregation ("1.000 orang dari FUI memprotes jemaat HKBP").
        "orator": 0.5,
        "memprotes jemaat": 1.0,
        "orasinya": 0.6,
        "berorasi": 0.6,
        # A crowd pushing through the police's line ("mencoba menerobos barikade polisi").
        "menerobos barikade": 0.6,
        "demonstran": 0.8,
        # A gate barred against the other side ("menutup portal jalan") protests too.
        "menutup portal": 1.0,
        "aksi penolakan": 0.8,
        # A crowd turning a visitor away at the airport ("menolak kedatangan Fahri",
        # "menyuarakan penolakan terhadap kedatangan").
        "menolak kedatangan": 0.6,
        "tolak kedatangan": 0.6,
        "penolakan kedatangan": 0.6,
        "penolakan terhadap kedatangan": 0.6,
        "menyuarakan penolakan": 0.8,
        # "Aksi ini dikawal ketat aparat Polres Polman", "menerima perwakilan massa".
        "aksi ini dikawal": 0.8,
        "aksi itu dikawal": 0.8,
        "aksi tersebut dikawal": 0.8,
        "perwakilan massa": 0.6,
        # Whoever speaks for a protest ("kata Suryono, koordinator aksi") shows one held.
        "koordinator aksi": 1.0,
        "korlap aksi": 1.0,
        # The protest's field coordinator, in full ("ujar Acai, koordinator lapangan aksi").
        "koordinator lapangan aksi": 1.0,
        # A crowd the police break up ("Polisi membubarkan massa yang ingin
        # mendeklarasikan …") and the truck its orators speak from gathered to protest.
        # Faint alone: the police break up armed gangs too.
        "membubarkan massa": 0.45,
        "pembubaran massa": 0.45,
        "mobil komando": 0.6,
        # Banners put up against someone ("memasang puluhan spanduk protes", "memasang
        # banner menolak adanya Ponpes"), "sebagai bentuk perlawanan warga".
        "spanduk protes": 1.0,
        "spanduk penolakan": 1.0,
        "spanduk menolak": 0.8,
        "banner menolak": 0.8,
        "bentuk perlawanan": 0.6,
        "aksi perlawanan": 0.8,
        "konsentrasi massa": 0.5,
        "menyuarakan pendapat": 0.6,
        "menyuarakan pendapatnya": 0.6,
        # "Koalisi Masyarakat Sipil menggelar aksi … meneriakkan slogan keras"; a crowd
        # barring the authorities' way or a company's digger ("Ribuan massa mengadang
        # aparat yang membawa alat berat", "mengadang … beko perusahaan").
        "menggelar aksi": 0.6,
        # The families of the state's victims standing silent under black umbrellas
        # outside the palace every Thursday since 2007 ("Aksi Kamisan", "aksi payung
        # hitam"): a protest by its name.
        "aksi kamisan": 1.0,
        "aksi payung hitam": 1.0,
        "mengelar aksi": 0.6,
        "meneriakkan slogan": 0.6,
        # Farmers barring soldiers fencing their land off ("berusaha menghalangi TNI yang
        # ingin memagari lahan"), or the fencing refused.
        "menghalangi tni": 0.6,
        "mengadang tni": 0.6,
        "menghadang tni": 0.6,
        "menolak pemagaran": 0.6,
        "mengadang aparat": 0.6,
        "menghadang aparat": 0.6,
        "mengadang alat berat": 1.0,
        "menghadang alat berat": 1.0,
        "beko perusahaan": 0.6,
        # "Aksi tersebut mereka lakukan sebagai bentuk penolakan dan menuntut …": with a
        # demand, a refusal acted out.
        "sebagai bentuk penolakan": 0.6,
        "tuntut": 0.4,
        "menuntut": 0.4,
        # Villagers barring a mine's lorries from their road ("menghadang truk tambang",
        # "aksi penghadangan armada tambang pasir"), or rising against the mine itself.
        "penghadangan armada": 1.0,
        "menghadang truk": 1.0,
        "mengadang truk": 1.0,
        "mengadang lalu lintas truk": 1.0,
        # "mengadang sejumlah pekerja dan kendaraan tambang", "mengadang aktivitas
        # pertambangan": a mine's work barred.
        "kendaraan tambang": 0.6,
        "mengadang aktivitas": 1.0,
        "menghadang aktivitas": 1.0,
        "aksi penghadangan": 1.0,
        # "aksi menghadang kendaraan angkutan bahan baku" of a factory that stinks.
        "aksi menghadang": 1.0,
        "aksi mengadang": 1.0,
        # Officers on their way to close a mine stopped on the road by a crowd; a rival
        # camp's crowd stopping a convoy clashes with it ("dihadang massa lawan").
        "massa lawan": -0.6,
        "dihadang puluhan massa": 1.0,
        "dihadang ratusan massa": 1.0,
        "dihadang ribuan massa": 1.0,
        "aksi tolak tambang": 1.0,
        # "menolak bergabung dalam aksi tolak rasisme": whatever is refused, a protest.
        "aksi tolak": 1.0,
        # A crowd's "aksi" taken to an office ("melakukan aksi ke Polres Sumbawa"), and
        # the people at one ("menemui para peserta aksi").
        "aksi ke polres": 1.0,
        "aksi ke mapolres": 1.0,
        "aksi ke polda": 1.0,
        "aksi ke mapolda": 1.0,
        "aksi ke kantor": 1.0,
        "aksi ke dprd": 1.0,
        # "Usai dari KPU, massa melanjutkan aksi ke Bawaslu RI dan Kemendagri".
        "aksi ke bawaslu": 1.0,
        "aksi ke kpu": 1.0,
        "aksi ke gedung": 1.0,
        "peserta aksi": 0.8,
        "aksi keprihatinan": 0.6,
        "tolak tambang": 0.8,
        "penolakan tambang": 0.8,
        "tuntutan massa": 0.6,
        # A crowd that will not go home till it is heard ("mengancam tidak akan membubarkan
        # diri dan melanjutkan dengan aksi menginap"): a sit-in under way.
        "tidak akan membubarkan diri": 0.8,
        "aksi menginap": 0.8,
        # A workers' action gone wild ("Aksi kemudian berlangsung rusuh"): a protest.
        "aksi berlangsung rusuh": 0.6,
        "aksi berlangsung ricuh": 0.6,
        "aksi kemudian berlangsung rusuh": 0.6,
        "aksi kemudian berlangsung ricuh": 0.6,
        "aksi berujung ricuh": 0.6,
        "aksi berujung rusuh": 0.6,
    },
    "sara_identity_religion": {
        "sara": 1.0,
        "politik identitas": 1.0,
        # A candidate pressed to be a son of the soil ("isu putra daerah", "Putera Melayu
        # Harus Pimpin Kepri"): identity pressed on the vote.
        "isu putra daerah": 1.0,
        "putra daerah": 0.4,
        "putera daerah": 0.4,
        "primordialisme": 0.8,
        "etnisitas": 0.6,
        "agama": 0.5,
        # The ministry and its minister by name are an agency, not a faith at odds.
        "kementerian agama": -0.5,
        "menteri agama": -0.5,
        # The religious court and the religious-affairs office settle a waqf's land; a
        # mosque's waqf land fought over by heirs is a quarrel over land, not faith.
        "pengadilan agama": -0.5,
        "urusan agama": -0.5,
        # A school's subject and its teacher ("guru agama di SDN Cibubur 07 … memukul
        # muridnya", "mata pelajaran agama"): a lesson, not a faith at odds.
        **dict.fromkeys(["guru agama", "pelajaran agama", "pendidikan agama"], -0.5),
        "tanah wakaf": -0.6,
        # Religious leaders at a peace meeting are no sign of religious tension.
        "tokoh agama": -0.5,
        "tokoh adat dan agama": -0.5,
        "antartokoh agama": -0.5,
        "pemuka agama": -0.5,
        "rumah ibadah": 0.8,
        "rumah ibadat": 0.8,
        # A congregation's house of prayer, where its children learn their faith ("rumah
        # doa umat Kristen di Padang Sarai dirusak").
        "rumah doa": 0.8,
        # A house of worship set alight ("menyerbu jamaah dan membakar masjid"): one faith's
        # people attacking another's.
        **dict.fromkeys(
            [
                phrase
                for worship in ("masjid", "musala", "mushola", "gereja", "pura", "vihara")
                for phrase in (f"membakar {worship}", f"pembakaran {worship}", f"{worship} dibakar")
            ],
            1.0,
        ),
        "rumah peribadatan": 0.8,
        # A congregation attacked, beaten or protested at for where it worships
        # ("penyerangan massa terhadap kegiatan ibadah jemaat HKBP", "FUI memprotes jemaat
        # HKBP", "penganiayaan jemaat HKBP").
        **dict.fromkeys(
            [
                f"{act} {flock}"
                for act in (
                    "menyerang",
                    "penyerangan",
                    "penyerangan terhadap",
                    "memprotes",
                    "menganiaya",
                    "penganiayaan",
                    "penganiayaan terhadap",
                    "penyerangan massa terhadap kegiatan ibadah",
                )
                for flock in ("jemaat", "jemaah", "jamaah")
            ],
            1.0,
        ),
        "tempat ibadah": 0.6,
        "tempat peribadatan": 0.6,
        "ahmadiyah": 0.6,
        # Sampang's Shia, driven from their villages in 2012 and sheltered for a decade.
        "syiah": 0.6,
        # Banda Aceh's Syiah Kuala (a kecamatan, a university) is named for a scholar.
        "syiah kuala": -0.6,
        "pengungsi syiah": 1.0,
        "pengikut syiah": 1.0,
        "aliran syiah": 1.0,
        "warga syiah": 1.0,
        # A family shunned for the sect it follows ("mengikuti aliran Jaran Capai").
        # Branding the other side unbelievers ("jemaah yang beda pilihan dicap kafir").
        "kafir": 0.8,
        "dicap kafir": 1.0,
        "mengkafirkan": 1.0,
        # The Prophet's enemies in the histories of his wars ("pasukan kafir Quraisy",
        # "kaum kafir Mekkah"): no neighbours branded.
        **dict.fromkeys(["kafir quraisy", "kafir mekkah", "kafir makkah"], -0.8),
        "mengikuti aliran": 0.8,
        "aliran kepercayaan": 0.8,
        "aliran sesat": 1.0,
        # Former members of the banned Gafatar movement, driven out of Mempawah in 2016.
        "gafatar": 0.6,
        "eks gafatar": 0.6,
        "pura": 0.5,
        # The airports' operator, PT Angkasa Pura: no temple.
        "angkasa pura": -0.5,
        # A holy place defiled, most often by a visitor (a shrine sat on, a naked photo in
        # a temple's grounds), and the atonement rite the faith then asks of him.
        "tempat suci": 0.6,
        "bangunan suci": 0.6,
        "lecehkan pura": 1.0,
        "melecehkan pura": 1.0,
        "pelecehan pura": 1.0,
        "lecehkan tempat suci": 1.0,
        "melecehkan tempat suci": 1.0,
        "pelecehan tempat suci": 1.0,
        "menodai pura": 1.0,
        "menodai tempat suci": 1.0,
        "menodai kesucian": 1.0,
        "guru piduka": 0.6,
        # "Pura-pura gila", pretending: no temple.
        "pura pura": -1.0,
        "berpura pura": -0.5,
        # Praying at one ("bersembahyang di pura") is worship, not a temple at odds.
        "sembahyang di pura": -0.5,
        "bersembahyang di pura": -0.5,
        # A temple's priest named by his office in a customary quarrel: no temple at odds.
        "pemangku pura": -0.5,
        # A temple named as the owner of disputed land ("tanah Pura Dalem", "palaba
        # pura"): a customary land dispute, not a faith at odds.
        "pura dalem": -0.3,
        # A banjar's or a village's own temple, where its sacred things are kept.
        "pura banjar": -0.5,
        "pura desa": -0.5,
        "pura puseh": -0.5,
        "palaba pura": -0.5,
        "plaba pura": -0.5,
        "laba pura": -0.5,
        "tanah pura": -0.5,
        "masjid": 0.5,
        # A mosque's caretakers and congregation named as the ones who got or lost a
        # gift ("pengurus masjid tidak keberatan membayar kembali"): no faith at odds.
        "pengurus masjid": -0.4,
        "jemaah masjid": -0.4,
        "gereja": 0.5,
        # The churches' council by its name ("Persekutuan Gereja-gereja Indonesia") asks
        # for a case to be solved: its name tells no church attacked.
        "persekutuan gereja gereja": -0.5,
        # A church or a mosque as a landmark ("dipukul … di depan Gereja Kristen Indonesia
        # (GKI) Jalan Wahid Hasyim").
        "di depan gereja": -0.5,
        # A church's or a mosque's yard as where refugees' tents stand, or the building
        # they shelter in ("tinggal di gereja dulu", "menempati gedung gereja Bethel").
        "halaman gereja": -0.5,
        "halaman masjid": -0.5,
        **dict.fromkeys(
            [
                f"{stay} {worship}"
                for stay in ("tinggal di", "menempati", "menempati gedung", "mengungsi di")
                for worship in ("gereja", "masjid")
            ],
            -0.5,
        ),
        "vihara": 0.5,
        "klenteng": 0.5,
        "kelenteng": 0.5,
        # A temple's statue its neighbours want torn down ("menolak keberadaan patung itu",
        # "protes atas keberadaan patung Dewa Perang", "penolakan patung kelenteng").
        "menolak keberadaan patung": 1.0,
        "protes atas keberadaan patung": 1.0,
        "menolak berdirinya patung": 1.0,
        "penolakan patung": 1.0,
        "patung dirobohkan": 1.0,
        "penistaan": 1.0,
        # A faith or its prophet mocked ("menistakan agama Islam", "Nabi Muhammad yang
        # telah dinistakan", "menghina Nabi Muhammad").
        "menistakan": 1.0,
        "menista agama": 1.0,
        "dinistakan": 1.0,
        "menghina nabi": 1.0,
        "menghina rasul": 1.0,
        "penghinaan terhadap nabi": 1.0,
        "penghinaan terhadap agama": 1.0,
        "melecehkan nabi": 1.0,
        "melecehkan agama": 1.0,
        "pelecehan agama": 1.0,
        # A tradition branded idolatry by those who wreck it ("Menolak Semua Kesyirikan
        # Berbalut Budaya Sedekah Laut", "Disebut Syirik, Sedekah Laut Diobrak-abrik").
        "kesyirikan": 1.0,
        "kemusyrikan": 1.0,
        "disebut syirik": 1.0,
        "dianggap syirik": 1.0,
        "budaya syirik": 1.0,
        "intoleran": 1.0,
        "intoleransi": 1.0,
        "penghinaan suku": 1.0,
        "rasisme": 1.0,
        "rasis": 0.8,
        "rasial": 0.8,
        # Papuans protesting how Papuan students were treated ("memprotes tindakan
        # diskriminatif terhadap mahasiswa Papua di Surabaya"): a people's grievance.
        # So is racism done to them ("dugaan tindakan rasial terhadap mahasiswa Papua di
        # Surabaya", "ujaran rasis terhadap mahasiswa Papua").
        **dict.fromkeys(
            [
                f"{wrong} terhadap {who} papua"
                for wrong in (
                    "diskriminatif",
                    "diskriminasi",
                    "tindakan rasial",
                    "tindak rasisme",
                    "rasisme",
                    "ujaran rasis",
                )
                for who in ("mahasiswa", "warga", "masyarakat")
            ],
            1.0,
        ),
        "menghina suku": 1.0,
        "suku": 0.4,
        # One side of a street clash marked by faith or by a war abroad taken sides in
        # ("ormas pro Israel" against a rally "bela Palestina", a cry of takbir).
        "pro israel": 0.6,
        "bendera israel": 0.6,
        "pro palestina": 0.4,
        "bela palestina": 0.4,
        "meneriakkan takbir": 0.5,
        "berteriak takbir": 0.5,
        "bendera tauhid": 0.5,
        # SARA spelled out: "isu ujaran kebencian serta suku, ras, dan agama".
        "suku ras dan agama": 1.0,
        "suku agama dan ras": 1.0,
        "suku agama ras": 1.0,
        "etnis": 0.5,
        "antarsuku": 1.0,
        "antaretnis": 1.0,
        "antar etnis": 1.0,
        "antar suku": 1.0,
        "perang suku": 1.0,
        "dua suku": 0.8,  # two peoples at odds ("dua suku saling serang")
        # An ormas "sweeping" Christmas decorations, or eateries open in Ramadan: a faith
        # enforced on others.
        "sweeping atribut": 1.0,
        "atribut natal": 0.6,
        "aksi sweeping": 0.6,
        "melakukan sweeping": 0.5,
        "lakukan sweeping": 0.5,
        # "Perkelahian antara warga suku Bugis dengan suku Tidung".
        "dengan suku": 0.6,
        "antara suku": 0.8,
        # Villagers against newcomers from another island ("bentrok antara warga lokal
        # dan warga pendatang dari NTT").
        "warga lokal dan warga pendatang": 1.0,
        "warga lokal dengan warga pendatang": 1.0,
        "warga pendatang dan warga lokal": 1.0,
        "penduduk asli dan pendatang": 1.0,
        "kedua suku": 0.8,
        "suku kata": -0.4,  # a syllable
        "antarumat": 0.8,
        "antar umat beragama": 0.8,
        # Those of another faith breaking a holy day's rule ("umat yang tidak merayakan
        # Nyepi", "tidak menghormati Hari Raya Nyepi").
        "umat yang tidak merayakan": 1.0,
        "tidak menghormati hari raya": 1.0,
        "kerukunan umat beragama": 0.6,
        # The forum of that name (FKUB) at a meeting is a guest, no sign of faiths at odds.
        "forum kerukunan umat beragama": -0.6,
        "penodaan agama": 1.0,
        "antaragama": 0.8,
        "pembubaran ibadah": 1.0,
        # A Christian retreat or service broken up by a mob ("pembubaran kegiatan retret
        # pelajar Kristen"), even where the building was no church.
        **dict.fromkeys(
            [
                f"{act} {what}"
                for act in ("pembubaran", "membubarkan", "pembubaran kegiatan")
                for what in ("retret", "retreat", "kebaktian", "misa")
            ],
            1.0,
        ),
        # A preacher's gathering broken up or a preacher refused ("pembubaran pengajian",
        # "menolak kedatangan ustaz").
        "pembubaran pengajian": 1.0,
        "membubarkan pengajian": 1.0,
        "pembubaran kajian": 1.0,
        "pembubaran ceramah": 1.0,
        "penolakan ustaz": 0.8,
        "penolakan ustadz": 0.8,
        "penolakan penceramah": 0.8,
        # A burial refused for the dead's faith ("jenazah non muslim tidak boleh
        # dimakamkan", "makam desa adalah pemakaman Muslim"); a refusal alone may be
        # a fear of disease.
        "beda agama": 0.8,
        "berbeda agama": 0.6,
        "berbeda keyakinan": 0.6,
        "non muslim": 0.6,
        "nonmuslim": 0.6,
        "penghayat kepercayaan": 0.5,
        "pemakaman muslim": 0.6,
        "makam muslim": 0.6,
        "jenazah non muslim": 1.0,
        "pemakaman non muslim": 1.0,
        "makam non muslim": 1.0,
        # Christian graves' crosses broken, burnt or sawn off ("perusakan nisan salib").
        "nisan salib": 1.0,
        "makam bertanda salib": 1.0,
        "salib dipotong": 1.0,
        "tolak pemakaman": 0.5,
        "menolak pemakaman": 0.5,
        "penolakan pemakaman": 0.5,
        "penolakan pendirian": 0.8,
        # A mob hunting a faith's followers ("jemaah … di dalam masjid"); with no faith
        # named it is the crime's (below).
        "persekusi": 0.6,
    },
    "adat_customary_dispute": {
        "permasalahan adat": 1.0,
        "masalah adat": 1.0,
        "sengketa adat": 1.0,
        "adat": 0.3,
        # The desa adat's office as a venue ("di Kantor Desa Adat Pedungan") names no
        # dispute.
        "kantor desa adat": -0.3,
        # A customary council's office burned in a riot ("Kantor Dewan Adat Fakfak ludes
        # dibakar massa") is the riot's target, not a customary quarrel.
        "kantor dewan adat": -0.9,
        "kantor lembaga adat": -0.6,
        "awig awig": 1.0,
        # The desa adat's guards defied on a holy day ("bersitegang dengan pecalang",
        # "melawan pecalang" at Nyepi): its rule broken, its people at odds with others.
        "melawan pecalang": 1.0,
        "dengan pecalang": 0.6,
        "adu mulut dengan pecalang": 1.0,
        "bersitegang dengan pecalang": 1.0,
        "cekcok dengan pecalang": 1.0,
        "melecehkan pecalang": 1.0,
        "dobrak pecalang": 1.0,
        "menerobos pecalang": 1.0,
        # A visitor who, stopped for a procession, calls a pecalang out to fight.
        "duel pecalang": 1.0,
        "tantang pecalang": 1.0,
        "menantang pecalang": 1.0,
        "berkelahi seorang pecalang": 1.0,
        "berkelahi dengan pecalang": 1.0,
        "menerjang pecalang": 1.0,
        "pukul pecalang": 1.0,
        "memukul pecalang": 1.0,
        "mengganggu jalannya upacara": 0.8,
        "melanggar nyepi": 1.0,
        "pelanggaran nyepi": 1.0,
        "tidak menghormati nyepi": 1.0,
        "tidak menghormati hari raya nyepi": 1.0,
        # "tidak sesuai awig yang telah disepakati": the customary law by its short name.
        "awig": 0.8,
        # Maluku's sasi, a customary ban on working a piece of land or sea, and a desa
        # adat as a party to a quarrel ("sengketa lahan … dengan pihak Desa Adat Julah").
        "sasi": 0.8,
        "secara adat": 0.6,
        "pihak desa adat": 1.0,
        # A burial blocked by the village: in Bali the custom's quarrel over its setra.
        "menghadang penguburan": 0.6,
        "penghadangan penguburan": 0.6,
        "pengadangan penguburan": 0.6,
        "kasepekang": 1.0,
        # Customary courts and their rulings outside Bali: the Dayak's sidang adat under
        # a damang, its fines, its hinting rope barring a company's ground.
        "sidang adat": 1.0,
        # The offender brought before it ("Pria ini kemudian disidang adat oleh warga").
        "disidang adat": 1.0,
        "disidang secara adat": 1.0,
        "putusan adat": 1.0,
        "denda adat": 1.0,
        "hukum adat": 0.8,
        "dewan adat": 0.6,
        "kedamangan": 0.8,
        "damang": 0.6,
        "hinting": 1.0,
        "situs adat": 0.8,
        "makam leluhur": 0.6,
        "wilayah adat": 0.6,
        # Customary leaders and rites named as who speaks or what was held ("Ketua Adat
        # Lapago … minta maaf", "upacara adat bakar batu"): the bare "adat" in them names
        # no dispute.
        **dict.fromkeys(
            ["ketua adat", "kepala adat", "tokoh adat", "upacara adat", "ritual adat"], -0.3
        ),
        # Too faint to name a customary quarrel in a story on its own: a people's demand
        # that a company return its land ("Masyarakat Adat Batin Panduk menuntut …") is
        # a land dispute, as "tanah adat" is.
        "masyarakat adat": 0.45,
        # A sultanate's throne and its loyalists ("warga adat pendukung Permaisuri
        # Kesultanan Ternate" blocking a road): the custom's own quarrel.
        "warga adat": 0.6,
        # Clans at blows ("bentrok warga pecah antara dua kelompok marga, Malak dan Ulim"):
        # Papua's customary kin groups, their quarrel the custom's.
        "kelompok marga": 1.0,
        "antarmarga": 1.0,
        "antar marga": 1.0,
        "dua marga": 1.0,
        "kesultanan": 0.6,
        "perebutan takhta": 1.0,
        # A royal house's people and heirlooms ("pasukan kerajaan", "keluarga Kerajaan
        # Gowa", "pencucian benda pusaka kerajaan") named in a quarrel over who holds its
        # rites: Gowa's heirs against a regent crowned by a bylaw's customary council
        # ("Lembaga Adat Daerah").
        **dict.fromkeys(["pasukan kerajaan", "laskar kerajaan"], 0.6),
        **dict.fromkeys(["keluarga kerajaan", "pihak kerajaan", "keturunan raja"], 0.6),
        "pusaka kerajaan": 0.6,
        "lembaga adat": 0.45,
        "garis keturunan": 0.3,
        # An ormas named for a people's custom is an ormas: its street clash with others
        # is no quarrel within or between customary communities.
        "ormas adat": -0.8,
        # A desa adat choosing its bendesa ("ngadegang bendesa"): a customary matter,
        # at odds only where the text says so.
        "pemilihan bendesa": 0.6,
        # A desa adat's own assembly choosing its head ("Paruman Agung Penetapan Kelian
        # Desa Adat Bugbug … diwarnai kericuhan"): its quarrels are customary ones.
        "paruman agung": 0.6,
        "penetapan kelian": 0.6,
        "kelian desa adat": 0.6,
        "pengadegan": 0.6,
        "ngadegang": 0.6,
        "sanksi adat": 1.0,
        # Two communities bound by a customary oath over a disputed strip ("sumpah adat
        # warga kedua negara") and one of them breaking it.
        **dict.fromkeys(
            [
                f"{broke} {pact} adat"
                for broke in ("melanggar", "menyalahi", "pelanggaran")
                for pact in ("sumpah", "kesepakatan", "perjanjian")
            ],
            1.0,
        ),
        "konflik adat": 1.0,
        "prajuru": 0.5,
        # The desa adat's cleansing of a defiled holy place, which the offender attends.
        "guru piduka": 0.8,
        "pecaruan": 0.4,
        "mecaru": 0.4,
        "pangerebuan": 0.4,
        "pengerebuan": 0.4,
        # A subak, the farmers' customary water board, as a party: its officers' rulings
        # on a member's water are customary sanctions.
        "prajuru subak": 0.8,
        "pihak subak": 0.8,
        "kelian subak": 0.6,
        "klian subak": 0.6,
        # A cemetery named is no quarrel: only beside a dispute's words ("sengketa setra",
        # a burial refused) is it the customary one.
        "setra": 0.4,
        "perkara adat": 1.0,
        # Banjar against banjar is a quarrel between customary communities.
        "antarbanjar": 1.0,
        # As is desa adat against desa adat ("berpotensi memicu konflik antar Desa Adat").
        "antar desa adat": 1.0,
        "antardesa adat": 1.0,
        "antar banjar": 1.0,
        "dua banjar": 1.0,
        "kulkul bulus": 1.0,
        "batas desa adat": 0.8,
        "wilayah desa adat": 0.6,
        # Land a desa adat, a banjar or a temple holds by custom: a dispute over it is a
        # customary community's as much as a land dispute. ("Tanah adat" alone is often
        # a people's ulayat land against a company: a land dispute only.)
        "tanah ayahan": 0.8,
        "ayahan desa": 0.8,
        "duwe banjar": 0.8,
        "duwe pura": 0.8,
        "palaba pura": 0.8,
        "plaba pura": 0.8,
        "laba pura": 0.8,
    },
    "land_boundary_dispute": {
        "sengketa batas wilayah": 1.0,
        "batas wilayah": 0.8,
        # An official's jurisdiction ("disahkan oleh pejabat setempat sesuai batas
        # wilayah"), not a border in dispute.
        "sesuai batas wilayah": -1.1,
        "perbatasan wilayah": 0.8,
        # A plot fought over as such: "persoalan tanah sebidang", "mematok tanah milik".
        "persoalan tanah": 1.0,
        "masalah tanah": 1.0,
        "tanah sebidang": 0.8,
        "sebidang tanah": 0.8,
        "mematok tanah": 1.0,
        "tanah yang disengketakan": 1.0,
        "tanah yang sebelumnya disengketakan": 1.0,
        "lahan yang disengketakan": 1.0,
        "tapal batas": 1.0,
        # Where a border runs, between regions or with a neighbouring country ("sengketa
        # perbatasan RI-Malaysia", "Perebutan wilayah perbatasan", "Outstanding Boundary
        # Problem").
        "sengketa perbatasan": 1.0,
        "perebutan wilayah": 1.0,
        "outstanding boundary problem": 1.0,
        "konflik agraria": 1.0,
        "sengketa agraria": 1.0,
        # A beach a hotel closes to the town ("privatisasi Pantai Pede", hotels built
        # within the "sempadan pantai", "menutup akses publik di kawasan pesisir").
        "privatisasi pantai": 1.0,
        "privatisasi terhadap pantai": 1.0,
        "sempadan pantai": 0.6,
        "sepadan pantai": 0.6,
        "menutup akses publik": 0.6,
        # Farmers who stand to lose their fields to a project and march for them ("terancam
        # kehilangan lahannya", "Bebaskan lahan kami", "lahan masyarakat Air Bangis").
        "kehilangan lahan": 0.8,
        "kehilangan lahannya": 0.8,
        "lahan kami": 0.5,
        "lahan masyarakat": 0.5,
        "hak ulayat": 0.8,
        "tanah ulayat": 0.8,
        # Papua's landowners claiming the ground a school or an office stands on.
        "pemilik hak ulayat": 1.0,
        "pemilik ulayat": 1.0,
        "patok batas": 0.8,
        # A border with a neighbouring country not yet agreed: its pillars and its strip
        # of no man's land ("pilar perbatasan", "zona netral antar kedua negara").
        "pilar perbatasan": 1.0,
        "pilar batas": 1.0,
        "demarkasi batas": 1.0,
        "delimitasi": 0.6,
        "zona netral": 0.6,
        "unsurveyed segment": 1.0,
        "un surveyed segment": 1.0,
        "unsurvey segment": 1.0,
        # A yard divided by the desa adat's stakes ("ngepah karang", "patok penyekat").
        "patok penyekat": 1.0,
        "ngepah karang": 1.0,
        "kepah karang": 1.0,
        "sengketa lahan": 1.0,
        # The ground itself named as disputed, occupied or taken ("lokasi sengketa",
        # "menduduki lahan", "perampasan lahan petani", "persengketaan lahan di desa
        # tersebut dengan pihak perusahaan", "lahan yang dipersengketakan").
        "lokasi sengketa": 1.0,
        "lahan bersengketa": 1.0,
        "persengketaan lahan": 1.0,
        "lahan yang dipersengketakan": 1.0,
        "menduduki lahan": 0.8,
        "pendudukan lahan": 0.8,
        "perampasan lahan": 1.0,
        "perampasan tanah": 1.0,
        # The same told in the passive, as a protest's banner has it ("Dulu lahan hutan
        # dirampas").
        "lahan dirampas": 1.0,
        "lahan hutan dirampas": 1.0,
        "tanah dirampas": 1.0,
        "pengelolaan lahan": 0.5,
        "lahan perkebunan": 0.5,
        "perusahaan sawit": 0.5,
        "perusahaan kelapa sawit": 0.5,
        "perkebunan kelapa sawit": 0.4,
        "kebun sawit": 0.4,
        "penggusuran": 0.6,
        # Residents ordered out of the homes they hold ("meminta warga mengosongkan
        # rusun", "pengosongan lahan"): an eviction, the land's quarrel.
        **dict.fromkeys(
            [
                f"{empty} {home}"
                for empty in ("mengosongkan", "pengosongan", "dikosongkan")
                for home in ("rusun", "lahan", "rumah", "kampung", "permukiman", "pemukiman")
            ],
            1.0,
        ),
        # Homes to be moved for a project, and their people refusing to go; a land's
        # measuring and staking for it.
        "relokasi": 0.5,
        "direlokasi": 0.6,
        "menolak relokasi": 1.0,
        "menolak direlokasi": 1.0,
        "tak ingin direlokasi": 1.0,
        "tidak ingin direlokasi": 1.0,
        "tidak mau direlokasi": 1.0,
        "pengukuran lahan": 1.0,
        # The same done ("petugas tim terpadu yang mengukur lahan").
        "mengukur lahan": 1.0,
        "mengukur tanah": 1.0,
        "pengukuran tanah": 1.0,
        "pematokan tanah": 1.0,
        "pematokan lahan": 1.0,
        # Graves bulldozed are an affront to a people's dead, not a quarrel over whose
        # land it is.
        "penggusuran makam": -0.6,
        "sengketa tanah": 1.0,
        # An inheritance fought over within a family ("berebut tanah warisan", "sengketa
        # rumah warisan", "rebutan warisan, dua keluarga saling bacok"): its land or house
        # is the quarrel, and the blow struck over it is that quarrel's.
        **dict.fromkeys(
            [
                f"{fight} {what}"
                for fight in ("sengketa", "rebutan", "berebut", "perebutan", "merebut")
                for what in ("warisan", "waris", "tanah warisan", "rumah warisan", "harta warisan")
            ],
            1.0,
        ),
        "sengketa tanah waris": 1.0,
        # The dispute named by what is disputed of the land ("sengketa kepemilikan tanah
        # negara", "sengketa pemanfaatan tanah negara seluas 7 are").
        **dict.fromkeys(
            [
                f"sengketa {what} {ground}"
                for what in ("kepemilikan", "pemanfaatan", "penguasaan", "hak atas")
                for ground in ("tanah", "lahan")
            ],
            1.0,
        ),
        # A mosque's waqf land claimed back by the giver's heirs ("Tanah wakaf milik masjid
        # … diklaim sebagai hak milik pribadi").
        "sengketa tanah wakaf": 1.0,
        "diklaim sebagai hak milik": 1.0,
        "diklaim sebagai milik": 0.8,
        "batas desa": 1.0,
        # Maluku's word for a village's customary territory ("lahan tersebut masuk dalam
        # petuanan mereka"), and a territory claimed ("mengeklaim wilayah tersebut").
        "petuanan": 0.8,
        "mengklaim wilayah": 1.0,
        # Two groups each claiming a plot ("dilatarbelakangi saling klaim area seluas
        # setengah hektare", "ada satu sisi lain klaim hak atas tanah tersebut").
        "saling klaim area": 1.0,
        "saling klaim lahan": 1.0,
        "klaim hak atas tanah": 1.0,
        "klaim atas lahan": 1.0,
        "klaim atas tanah": 1.0,
        "mengeklaim wilayah": 1.0,
        # Someone who says the ground people live on is his ("pihak yang mengklaim
        # memiliki lahan yang sekarang ditempati warga", "mengaku sebagai pemilik lahan",
        # "mengeklaim kepemilikan atas tanah"), and the people's demand for their right.
        **dict.fromkeys(
            [
                f"{claim} {what} {ground}"
                for claim in ("mengklaim", "mengeklaim")
                for what in ("memiliki", "kepemilikan", "kepemilikan atas")
                for ground in ("lahan", "tanah")
            ],
            1.0,
        ),
        **dict.fromkeys(
            [f"mengaku {as_}pemilik {g}" for as_ in ("", "sebagai ") for g in ("lahan", "tanah")],
            1.0,
        ),
        "atas hak tanah": 1.0,
        # Where a convoy got to or a brawl broke out ("sampai batas desa", "di perbatasan
        # Desa A dan Desa B"), not a border disputed.
        "sampai batas desa": -1.0,
        "sampai di batas desa": -1.0,
        "hingga batas desa": -1.0,
        "batas tanah": 1.0,
        "konflik lahan": 1.0,
        # Villages at war over a plot or its edge ("pasca konflik tanah antar Desa
        # Bugalima dan Desa Ile Pati", "dipicu perebutan batas lahan").
        "konflik tanah": 1.0,
        "perebutan batas lahan": 1.0,
        "batas lahan": 0.8,
        # A toll road, a dam or an airport built over land its people would not give up
        # ("konflik pembangunan tol di Ngawi").
        **dict.fromkeys(
            [
                f"konflik pembangunan {work}"
                for work in ("tol", "jalan tol", "bendungan", "waduk", "bandara", "bandar udara")
            ],
            1.0,
        ),
        # A mine's ground fought over ("rebutan lahan pertambangan", "saling rebutan
        # lokasi tambang", "konflik tambang emas antara warga … dengan PT …"): a quarrel
        # over natural resources.
        "rebutan lahan": 1.0,
        "rebutan lokasi tambang": 1.0,
        "rebutan tambang": 1.0,
        "rebutan lahan tambang": 1.0,
        "sengketa tambang": 1.0,
        "konflik tambang": 1.0,
        "konflik pertambangan": 1.0,
        "lahan pertambangan": 0.5,
        # A mine dug at the back of people's houses and refused by them ("menolak
        # aktivitas penambangan", "PT WIN kembali menambang di sekitar pemukiman warga",
        # "warga penolak tambang"): the ground under a village fought over.
        **dict.fromkeys(
            [
                f"{refuse} {mining}"
                for refuse in ("menolak", "tolak", "penolakan")
                for mining in (
                    *(
                        f"{work} {mine}"
                        for work in ("aktivitas", "aktifitas")
                        for mine in ("penambangan", "pertambangan")
                    ),
                    "penambangan",
                    "perusahaan tambang",
                )
            ],
            1.0,
        ),
        # A mine refused in a slogan is the rally's cry, land only with more said.
        "menolak tambang": 0.6,
        "penolak tambang": 1.0,
        "mempertahankan ruang hidupnya": 1.0,
        # An island's people crying "Jangan rampas tanah kami" at a mine's camp.
        "rampas tanah": 1.0,
        "merampas tanah": 1.0,
        **dict.fromkeys(
            [
                f"{mining} {near} {homes}"
                for mining in ("menambang", "penambangan")
                for near in ("dekat", "di dekat", "sekitar", "di sekitar")
                for homes in ("permukiman", "pemukiman", "rumah warga")
            ],
            0.8,
        ),
        "lokasi penambangan": 0.4,
        "lokasi pertambangan": 0.4,
        # A mine's licence the residents want revoked ("menuntut agar Pemkab Bima mencabut
        # izin eksplorasi", "Front Rakyat Anti Tambang"): the fields and springs under the
        # concession fought over. A licence named alone is faint: it may be a clerk's.
        **dict.fromkeys(
            [
                f"{revoke} {licence}"
                for revoke in ("mencabut", "pencabutan", "cabut")
                for licence in (
                    "izin usaha pertambangan",
                    "ijin usaha pertambangan",
                    "izin usaha penambangan",
                    "izin eksplorasi",
                    "ijin eksplorasi",
                    "izin tambang",
                    "izin pertambangan",
                )
            ],
            1.0,
        ),
        "anti tambang": 1.0,
        "izin usaha pertambangan": 0.4,
        "ijin usaha pertambangan": 0.4,
        "perizinan tambang": 0.5,
        # Gold dug without a licence (PETI), on a company's concession or a village's
        # fields: residents and miners at odds over the ground and its gold.
        "peti": 0.4,
        "tambang ilegal": 0.5,
        "penambangan ilegal": 0.5,
        "tambang emas ilegal": 0.5,
        "penambangan emas ilegal": 0.5,
        "penambangan emas tanpa izin": 0.5,
        "penambangan emas tanpa ijin": 0.5,
        "pertambangan emas tanpa izin": 0.5,
        "pertambangan emas tanpa ijin": 0.5,
        "penambang ilegal": 0.5,
        "alat tambang": 0.3,
        "lahan konsesi": 0.6,
        "kawasan konsesi": 0.6,
        "wilayah konsesi": 0.6,
        "lokasi tambang": 0.4,
        "penambang emas ilegal": 0.5,
        # A geothermal plant's wells and roads on farmers' land and springs ("tolak
        # geothermal", "perampasan ruang hidup"): a natural resource fought over.
        "geothermal": 0.4,
        "geotermal": 0.4,
        "panas bumi": 0.4,
        "pltp": 0.4,
        "proyek geothermal": 0.6,
        "proyek panas bumi": 0.6,
        "tolak geothermal": 1.0,
        "menolak proyek geothermal": 1.0,
        "menolak proyek panas bumi": 1.0,
        "tolak pltp": 1.0,
        # A cement plant and its quarries on a karst range's springs, refused.
        "pabrik semen": 0.4,
        "pendirian pabrik semen": 0.6,
        "pembangunan pabrik semen": 0.4,
        "penolakan pembangunan pabrik semen": 1.0,
        # A factory refused outright ("menolak keberadaan pabrik", "sebagai bentuk
        # penolakan pabrik PT Semen Indonesia").
        "menolak keberadaan pabrik": 0.6,
        "penolakan pabrik": 0.6,
        "tolak pabrik semen": 1.0,
        "menolak pabrik semen": 1.0,
        "penolakan pabrik semen": 1.0,
        "menolak pembangunan pabrik semen": 1.0,
        "menolak pendirian pabrik semen": 1.0,
        "tolak pendirian pabrik semen": 1.0,
        "penolakan pendirian pabrik semen": 1.0,
        "kawasan karst": 0.6,
        "perampasan ruang hidup": 1.0,
        "merampas ruang hidup": 1.0,
        "mempertahankan ruang hidup": 1.0,
        # The sea's shallows fought over like land: islanders refusing a company's
        # reclamation, its permit to use the sea (PKKPRL) and the sand dredged for it
        # ("mencabut izin reklamasi", "menolak aktivitas pengerukan pasir laut").
        "tolak reklamasi": 1.0,
        "menolak reklamasi": 1.0,
        "menolak keras reklamasi": 1.0,
        "penolakan reklamasi": 1.0,
        "izin reklamasi": 0.6,
        "proyek reklamasi": 0.5,
        "aktivitas reklamasi": 0.5,
        "pkkprl": 0.6,
        "pengerukan pasir laut": 0.6,
        "mengeruk pasir laut": 0.6,
        "mengancam ruang hidup": 0.6,
        "ruang hidup masyarakat": 0.5,
        "ruang hidup warga": 0.5,
        "ruang hidup kami": 0.5,
        "ruang hidupnya": 0.4,
        "penyerobotan lahan": 1.0,
        "batas": 0.3,
        "lahan": 0.3,
        "hak guna usaha": 0.8,
        "hgu": 0.8,
        "diserobot": 0.8,
        "menyerobot": 0.6,
        "penyerobotan": 0.6,
        "menyerobot tanah": 1.0,
        "menyerobot lahan": 1.0,
        # A company's machines breaking into owners' gardens ("menerobos lahan warga"),
        # a headline's "Serobot Lahan", land "dirampas paksa", and the owners defending it.
        "serobot lahan": 1.0,
        "menerobos lahan": 1.0,
        "penerobosan lahan": 1.0,
        "merampas lahan": 1.0,
        "merampas paksa lahan": 1.0,
        "mempertahankan lahan": 1.0,
        "pertahankan lahan": 1.0,
        "penyerobotan tanah": 1.0,
        "dicaplok": 0.8,
        "kebun plasma": 1.0,
        "lahan plasma": 1.0,
        # The estate's share owed to the villages, named by its crop ("tuntutan terkait
        # plasma kelapa sawit", "plasma 20 persen untuk kami tak pernah ada").
        "plasma sawit": 1.0,
        "plasma kelapa sawit": 1.0,
        "kewajiban plasma": 1.0,
        "ganti rugi lahan": 1.0,
        # A mine that has not paid the land's owners ("belum membayar kompensasi kepada
        # pemilik lahan"): the land is what is owed for.
        "kompensasi lahan": 1.0,
        "kompensasi kepada pemilik lahan": 1.0,
        # A capital's boundary pegged beside the houses ("petugas … mematok batas kawasan
        # inti", "lahannya dipatok"), houses ordered down for want of a title ("diminta
        # membongkar rumah mereka", "tak memiliki sertifikat kepemilikan").
        # A dam's reservoir drawn over a people's land ("pembangunan Waduk Lambo … luas
        # areal genangan").
        "pembangunan waduk": 0.6,
        "areal genangan": 0.6,
        "mematok batas": 1.0,
        "pematokan": 0.6,
        "lahannya dipatok": 1.0,
        "membongkar rumah": 0.6,
        "sertifikat kepemilikan": 0.6,
        "ganti rugi tanah": 1.0,
        "perebutan lahan": 1.0,
        # Miners fighting a company for their forebears' ground and its price ("Dipicu
        # Rebutan Tanah Leluhur", "menuntut ganti rugi pembayaran lahan"); a payment for
        # land alone may be a project's routine, and weighs less.
        "rebutan tanah": 1.0,
        "perebutan tanah": 1.0,
        "ganti rugi pembayaran lahan": 1.0,
        "pembayaran lahan": 0.6,
        # "lahan milik mereka, yang diduga telah dikuasai perusahaan tambang nikel".
        "dikuasai perusahaan": 1.0,
        # Turf fought over for its parking fees is no land dispute ("sengketa lahan parkir
        # antara Iding dan HE", "perebutan lahan parkir yang diklaim HE sebagai miliknya").
        "lahan parkir": -1.0,
        **dict.fromkeys(
            [
                f"{quarrel} lahan parkir"
                for quarrel in ("sengketa", "rebutan", "perebutan", "berebut", "merebutkan")
            ],
            -1.0,
        ),
        "lahan penguasaan": -1.0,  # an ormas's turf ("merebutkan lahan, lahan penguasaan")
        # Water is a natural resource fought over in the dry season ("rebutan air irigasi").
        "rebutan air": 1.0,
        "berebut air": 1.0,
        "merebutkan air": 1.0,
        "perebutan air": 1.0,
        "air irigasi": 0.6,
        "pembagian air": 0.6,
        # Bali's own word for it ("megarang yeh"), a farmer's share of water cut off as a
        # subak's sanction, a village's spring taken or its pipes cut by the next.
        "megarang yeh": 1.0,
        "jatah air": 0.8,
        "sumber mata air": 0.6,
        "pipa pam": 0.3,
        "pipa air": 0.3,
        # A village's pipe wrecked or cut off ("pemutusan pipa air bersih", "pengrusakan
        # pipa pengairan"): its water taken, whoever's hand it was.
        "pengrusakan pipa": 1.0,
        "perusakan pipa": 1.0,
        "pemutusan pipa": 1.0,
        "pipa pengairan": 0.6,
        "lahan adat": 0.8,
        "tanah adat": 0.8,
        # A garden opened on land the next village says "bukan milik" the first: a
        # boundary claimed.
        "lahan itu bukan milik": 1.0,
        "lahan tersebut bukan milik": 1.0,
        "tanah itu bukan milik": 1.0,
        "tanah tersebut bukan milik": 1.0,
        # A people's forest the state has registered as its own ("hutan adat Pubabu").
        "hutan adat": 0.8,
        "kepemilikan lahan": 0.8,
        "kepemilikan tanah": 0.8,
        # "tiba-tiba ada yang mengaku memiliki tanah": a claim on the occupants' ground.
        "mengaku memiliki tanah": 1.0,
        # A lane walled off as one's own land, sent to the land office to be measured
        # again ("tanah lorong tersebut diakui milik Suparman", "ke BPN … ukur ulang").
        "diakui milik": 0.5,
        "ukur ulang": 0.5,
        "mengaku memiliki lahan": 1.0,
        "mencaplok": 0.8,
        # A court's eviction of the land's occupants, resisted.
        "eksekusi lahan": 1.0,
        "eksekusi tanah": 1.0,
        "lahan sengketa": 1.0,
        # "memagari lahan konflik Urut Sewu": the disputed land by its other name.
        "lahan konflik": 1.0,
        "tanah sengketa": 1.0,
        # Fishing grounds and gear are the sea's natural-resource disputes.
        "konflik nelayan": 1.0,
        "bentrok nelayan": 1.0,
        "bentrokan nelayan": 1.0,
        "antarnelayan": 1.0,
        "antar nelayan": 1.0,
        "kelompok nelayan": 0.5,
        "nelayan tradisional": 0.4,
        "wilayah tangkap": 0.8,
        "alat tangkap": 0.6,
        # A banned net worked inside the small fishers' zone.
        "cantrang": 0.6,
        "jaring trawl": 0.6,
        "pukat harimau": 0.6,
        "pukat mini": 0.5,
        "illegal fishing": 0.5,
        # Local fishers against boats from elsewhere working "their" waters or their
        # rumpon (fish aggregating devices), often ending with the boat seized or burned.
        "rumpon": 0.6,
        "nelayan lokal": 0.5,
        "nelayan tempatan": 0.5,
        "nelayan pendatang": 0.6,
        "nelayan luar daerah": 0.6,
        "nelayan dari luar daerah": 0.8,
        "tangkap ikan di wilayahnya": 0.8,
        "menangkap ikan di wilayahnya": 0.8,
        "masuk wilayahnya": 0.5,
        "membakar kapal": 0.5,
        "pembakaran kapal": 0.5,
        # A boat "dari luar" burned by the fishers whose waters it worked, or Bangka's
        # "compreng" (a small trawler) that they keep out.
        "kapal dari luar": 0.6,
        "kapal luar": 0.6,
        "kapal nelayan luar": 0.6,
        "dibakar oleh nelayan": 0.6,
        "dibakar nelayan": 0.6,
        "kapal compreng": 0.6,
        "kapal ikan dibakar": 1.0,
        # A fence of bamboo staked across the fishing grounds ("pagar laut sepanjang
        # 30,16 kilometer", "pemagaran laut"), with a company's title to the water behind
        # it: the sea enclosed against the fishers who work it. The bare name is also
        # the news of its dismantling, which the fishers welcome: half a cue.
        "pagar laut": 0.5,
        "pemagaran laut": 1.0,
        "pagar bambu di laut": 1.0,
    },
    "alcohol_drugs_brawl": {
        # Ramadan's youth gangs fight with knotted sarongs: a tawuran by another name.
        "perang sarung": 1.0,
        "minuman keras": 1.0,
        "miras": 1.0,
        "mabuk": 0.8,
        "arak": 0.6,
        # A parade ("arak-arakan budaya pasukan kerajaan") pours no palm liquor.
        "arak arakan": -0.6,
        "narkoba": 1.0,
        "tawuran": 0.8,
        # "Itu bukan tawuran, itu mereka melintas": the police saying what it was not.
        "bukan tawuran": -0.8,
        "perkelahian": 0.6,
        "berkelahi": 0.6,
        "duel": 0.5,
        "tawuran antarkampung": 1.0,
        "tawuran antarwarga": 1.0,
        # Youths' gangs at blows, or nearly, with no "tawuran" said.
        "antar kelompok pemuda": 1.0,
        "antarkelompok pemuda": 1.0,
        "antara kelompok pemuda": 1.0,  # "… antara kelompok pemuda dari Sinar Pagi dan Yarler"
        "dua kelompok pemuda": 0.6,
        "antar pemuda": 0.6,
        "antarpemuda": 0.6,
        # Students of rival faculties fighting on campus with stones, bows and blades
        # (Makassar's "bentrok antarfakultas"): the youths' brawl of the taxonomy.
        "antar fakultas": 1.0,
        "antarfakultas": 1.0,
        "mahasiswa antar fakultas": 1.0,
        "antar mahasiswa": 0.8,
        "antarmahasiswa": 0.8,
        "antara mahasiswa": 0.8,
        "antar sesama mahasiswa": 1.0,
        "dua kelompok mahasiswa": 1.0,
        "kelompok mahasiswa": 0.4,
        "bentrok mahasiswa": 0.6,
        "bentrokan mahasiswa": 0.6,
        "bentrok antarkampung": 1.0,
        # Youth gangs at war with each other ("perang antargeng", "perselisihan antar geng
        # motor"): the youths' brawl.
        "antargeng": 1.0,
        "antar geng": 1.0,
        "perang antarkampung": 1.0,
        "pesta miras": 1.0,
        "sabu": 0.8,
        # The island regency and its districts (Sabu Raijua, Sabu Liae, Sabu Barat).
        "sabu raijua": -0.8,
        "sabu liae": -0.8,
        "sabu barat": -0.8,
        "sabu timur": -0.8,
        "sabu tengah": -0.8,
        "judi": 0.5,
        # Those arrested after a riot tested for drugs: no brawl of the drugged.
        "positif narkoba": -1.0,
        "tes urine": -0.8,
    },
    "hoax_hate_speech": {
        # A black campaign is a smear spread against a candidate, a campaign offence too.
        "kampanye hitam": 1.0,
        "black campaign": 1.0,
        "hoaks": 1.0,
        "hoax": 1.0,
        "hoak": 1.0,
        "berita bohong": 1.0,
        # A public deceived ("diduga melakukan pembohongan publik": a self-crowned king
        # and his false history), and the 1946 law against false news that stirs unrest
        # ("pasal 14 UU No.1 tahun 1946"), as the police name it in a charge.
        **dict.fromkeys(["pembohongan publik", "kebohongan publik"], 1.0),
        **dict.fromkeys(
            [f"uu {no} 1 tahun 1946" for no in ("no", "nomor", "nomer")]
            + ["undang undang nomor 1 tahun 1946"],
            1.0,
        ),
        "ujaran kebencian": 1.0,
        # The law's words for hate speech (UU ITE: "menimbulkan rasa kebencian atau
        # permusuhan"), as the police say them of a banner or a post.
        "menimbulkan rasa kebencian": 1.0,
        "menimbulkan kebencian": 1.0,
        "membangkitkan kebencian": 1.0,
        # The rumour of child kidnappers that sets mobs on strangers and burns kiosks
        # ("akibat isu penculikan anak … membakar kios dan ruko").
        "isu penculikan": 1.0,
        "hoaks penculikan": 1.0,
        "hoax penculikan": 1.0,
        "provokasi": 0.8,
        # What a crowd did "akibat provokasi tersebut", a post that gathered it.
        "akibat provokasi": 1.0,
        "provokatif": 0.8,
        # The police asking both sides "untuk tetap tenang serta mencegah tindakan
        # provokatif": calm urged, no provocation told.
        "mencegah tindakan provokatif": -0.8,
        "menghindari tindakan provokatif": -0.8,
        "tidak melakukan tindakan provokatif": -0.8,
        # A banner or a post whose own tone provokes ("spanduk kampanye yang bernada
        # provokatif"): the content is the provocation.
        "bernada provokatif": 1.0,
        "memprovokasi": 0.8,
        # The police asking a rally for "tidak ada ujaran kebencian" and orators "tidak
        # memprovokasi massa": a hope, not hate spoken.
        "tidak ada ujaran kebencian": -1.0,
        "tanpa ujaran kebencian": -1.0,
        "tidak memprovokasi": -0.8,
        "jangan memprovokasi": -0.8,
        # A crowd stirred by a false rumour ("massa kembali terprovokasi").
        "massa terprovokasi": 1.0,
        "kembali terprovokasi": 0.8,
        "terprovokasi isu": 1.0,
        # A smear spread to turn villagers against the winner ("menjelekan nama kepala desa
        # terpilih"), with either spelling.
        "menjelekkan nama": 0.6,
        "menjelekan nama": 0.6,
        # The police's stock appeal not to be provoked names no provocation.
        "terpancing provokasi": -0.8,
        "termakan provokasi": -0.8,  # "Sadar aparat tidak termakan provokasi, …"
        "tidak terprovokasi": -0.4,
        # The appeal goes on: "… tidak terprovokasi dengan isu-isu yang menyesatkan".
        "terprovokasi dengan isu isu yang menyesatkan": -0.6,
        "terprovokasi dengan isu yang menyesatkan": -0.6,
        "fitnah": 0.8,
        # Slander is a false story about someone: spread on social media it is a hoax
        # ("merasa difitnah melalui media sosial", "mencemarkan nama baik" by a post).
        "difitnah": 0.8,
        "memfitnah": 0.8,
        "fitnahan": 0.8,
        "pencemaran nama baik": 0.8,
        "mencemarkan nama baik": 0.8,
        "mencemarkan nama": 0.8,
        "video editan": 0.8,
        "deepfake": 1.0,
        "rekayasa digital": 0.6,
        "media sosial": 0.3,
        "medsos": 0.3,
        "grup wa": 0.3,
        "disinformasi": 1.0,
        "hasutan": 0.8,
        "menghasut": 0.8,
        "penghasutan": 0.8,
        "adu domba": 0.8,
        # West Java's contest of fighting rams pits no people against each other.
        **dict.fromkeys(
            [f"{kind} adu domba" for kind in ("seni", "kontes", "festival", "tradisi", "lomba")]
            + ["adu domba garut"],
            -0.8,
        ),
        "pesan berantai": 0.6,
        "kabar bohong": 1.0,
        # A fact-check's verdict on a claim passed round.
        "menyesatkan": 0.6,
        # Told as what went round ("ada informasi yang menyesatkan terkait kematian mantan
        # Bupati"), not urged against.
        "ada informasi yang menyesatkan": 0.4,
        "beredar informasi yang menyesatkan": 0.4,
        "cek fakta": 1.0,
        # Branding a candidate a communist is Indonesia's oldest smear.
        "tulisan pki": 1.0,
        "antek pki": 1.0,
        "isu pki": 1.0,
        "dicap pki": 1.0,
        "dituding pki": 1.0,
        "dituduh pki": 1.0,
        "informasi menyesatkan": 1.0,
        # "beredar pesan melalui WhatsApp yang berisi provokasi", "menyebar isu jika anggota
        # PSKS akan balas dendam": provocation passed round.
        "berisi provokasi": 1.0,
        "berkonten provokasi": 1.0,
        "menyebar isu": 1.0,
        "menyebarkan isu": 1.0,
        # "Kerusuhan timbul akibat isu menyesatkan bahwa telah terjadi perkosaan": the
        # rumour that set a town on fire, called false.
        "isu menyesatkan": 1.0,
        # "bukan pembunuhan atau apa pun yang diisukan": the police deny what went round.
        "apa pun yang diisukan": 1.0,
        # The police contradicting what went round ("untuk membantah kabar yang menyebut
        # adanya gereja yang turut dibakar", "informasi beredar yang menyebutkan …").
        "membantah kabar": 1.0,
        "membantah informasi": 1.0,
        "membantah isu": 1.0,
        "informasi beredar yang menyebutkan": 0.6,
        "sama sekali tidak benar": 0.5,
        "tidak seperti yang diisukan": 1.0,
        "bukan seperti yang diisukan": 1.0,
        "memviralkan": 0.5,
        "memviralkannya": 0.5,
    },
    "terrorism_radicalism": {
        "teroris": 1.0,
        # The name the government gave Papua's armed separatists in 2021 ("Kelompok
        # Separatis Teroris (KST)"): the group the press calls the KKB, whose attacks are
        # violent crime here, not a terror cell's.
        "separatis teroris": -1.0,
        # Poso's cell and the task forces that hunted it, named without the word.
        "mujahidin indonesia timur": 1.0,
        "mit poso": 1.0,
        "dpo mit": 1.0,
        "satgas madago raya": 1.0,
        "operasi madago raya": 1.0,
        "satgas tinombala": 1.0,
        "operasi tinombala": 1.0,
        "terorisme": 1.0,
        "radikal": 0.8,
        # The chemist's free radicals, which antioxidants fight in the skin, recruit no one.
        "radikal bebas": -0.8,
        "radikalisme": 1.0,
        "bom": 0.8,
        "bom molotov": -0.8,  # a rioter's bottle of petrol, not a terrorist's bomb
        "bom waktu": -0.8,  # a dispute left to fester ("menciptakan bom waktu")
        "bom asap": -0.8,  # a football crowd's smoke flare ("botol minuman dan bom asap")
        "densus": 1.0,
        # A spokesman's past post ("ujar mantan Kepala Densus 88 ini"): his career, not a
        # terror case.
        "mantan kepala densus": -1.0,
        "mantan kadensus": -1.0,
        "jaringan teror": 1.0,
        "bahan peledak": 1.0,
        "terduga teroris": 1.0,
        "paham radikal": 1.0,
        "ancaman bom": 1.0,
        "teror bom": 1.0,
        "teror bom molotov": -1.0,
        "anti pancasila": 0.8,
        "ajakan jihad": 1.0,
        # An anonymous letter pointing to a site of "risalah jihad", a call to holy war.
        "risalah jihad": 1.0,
        "seruan jihad": 1.0,
        # A caliphate preached by a banned organisation (HTI, dissolved in 2017).
        "khilafah": 0.8,
        "ajaran khilafah": 1.0,
        "hizbut tahrir": 1.0,
        "hti": 0.8,
        "organisasi terlarang": 0.6,
        "organisasi yang dilarang": 0.5,
        # Movements for an Islamic state and their oath: Negara Islam Indonesia (NII),
        # Khilafatul Muslimin, and the recruits who swear it and call the state "thogut".
        "negara islam indonesia": 1.0,
        "nii": 0.8,
        "khilafatul muslimin": 1.0,
        # An oath is any movement's ("dibaiat dan kembali ke ajaran Ahlussunnah"): only
        # beside the movement's name is it radical.
        "baiat": 0.4,
        "dibaiat": 0.5,
        "pembaiatan": 0.5,
        "thogut": 0.6,
        "thaghut": 0.6,
        "taghut": 0.6,
        "isis": 0.8,
        "jamaah islamiyah": 1.0,
        "jamaah ansharut daulah": 1.0,
        "napiter": 1.0,
    },
    "criminal_violence": {
        # A woman seized for a forced marriage ("kawin tangkap" in Sumba, "kawin paksa"),
        # or anyone taken by force. A rumour of kidnappers is the hoax's (see there).
        # "Dua perawat … mengalami luka akibat tindakan kekerasan", "malah kena pukulan
        # keluarga pasien": violence done, whoever did it.
        "tindakan kekerasan": 0.8,
        "tanpa tindakan kekerasan": -0.8,
        # A husband who beats or drags his wife ("KDRT di Surabaya, Suami Seret Istri"):
        # violence in a household, no group's quarrel.
        "kdrt": 1.0,
        "kekerasan dalam rumah tangga": 1.0,
        # A child abused by a teacher or a neighbour ("guru ngaji cabuli delapan murid",
        # "persetubuhan anak di bawah umur"), a woman raped: violence done to a person,
        # whoever did it.
        "pencabulan": 1.0,
        "mencabuli": 1.0,
        "dicabuli": 1.0,
        "cabuli": 1.0,
        "pemerkosaan": 1.0,
        "memperkosa": 1.0,
        "diperkosa": 1.0,
        "rudapaksa": 1.0,
        "dirudapaksa": 1.0,
        "kekerasan seksual": 1.0,
        "pelecehan seksual": 1.0,
        "persetubuhan anak": 1.0,
        "persetubuhan terhadap anak": 1.0,
        "kena pukulan": 0.8,
        "kawin tangkap": 1.0,
        "kawin paksa": 0.8,
        "menculik": 0.8,
        "diculik": 0.8,
        "penculikan": 0.6,
        "isu penculikan": -0.6,
        "hoaks penculikan": -0.6,
        "hoax penculikan": -0.6,
        "ancaman penculikan": -0.6,
        # Motorcycle gangs riding out with blades to attack whoever they meet ("geng motor
        # … melakukan penyerangan secara acak terhadap warga").
        "geng motor": 0.6,
        # The word the news of Tangerang and Semarang uses for such gangs ("puluhan anggota
        # gangster … diduga membawa senjata tajam").
        "gangster": 0.6,
        "penyerangan secara acak": 1.0,
        "menyerang secara acak": 1.0,
        # Property set alight by persons unknown ("Dua Ogoh-Ogoh … Dibakar Orang Tak
        # Dikenal"). Wrecked, a candidate's banner is the campaign's violation instead.
        "dibakar orang tak dikenal": 1.0,
        "dibakar otk": 1.0,
        # Journalists beaten, threatened or kept from their work (the press law's crime of
        # "menghalang-halangi kerja jurnalis").
        "kekerasan terhadap jurnalis": 1.0,
        "kekerasan terhadap wartawan": 1.0,
        "intimidasi terhadap jurnalis": 1.0,
        "intimidasi terhadap wartawan": 1.0,
        "intimidasi jurnalis": 1.0,
        "intimidasi wartawan": 1.0,
        "menghalang halangi kerja jurnalis": 1.0,
        "menghalangi kerja jurnalis": 1.0,
        "menghalangi kerja wartawan": 1.0,
        # Terror sent to a newsroom (a pig's head, rats' carcasses), called so by its
        # editors: "teror terhadap kebebasan pers", "teror untuk redaksi Tempo".
        **dict.fromkeys(
            [
                "teror terhadap kebebasan pers",
                "teror terhadap karya jurnalistik",
                "teror terhadap kerja jurnalistik",
                "teror terhadap jurnalis",
                "teror terhadap wartawan",
                "teror untuk redaksi",
                "teror terhadap redaksi",
                "meneror jurnalis",
                "meneror wartawan",
                "intimidasi terhadap pers",
            ],
            1.0,
        ),
        # A santet doll pierced with needles wounds no one.
        "ditusuk jarum": -0.6,
        "penganiayaan": 1.0,
        "dianiaya": 1.0,
        "menganiaya": 1.0,
        "pembacokan": 1.0,
        "dibacok": 1.0,
        # Madura's duel with the celurit ("carok massal" of two men against four), and
        # its victim hacked ("tewas dicarok").
        "carok": 1.0,
        "dicarok": 1.0,
        "pembunuhan": 1.0,
        "pembunuhan karakter": -1.0,
        # A policy likened to a killing ("kebijakan … seperti pembunuhan"), a character
        # assassinated ("jangan membunuh karakter saya").
        **dict.fromkeys([f"{like} pembunuhan" for like in ("seperti", "bagai", "ibarat")], -1.0),
        "membunuh karakter": -1.0,
        "dibunuh": 1.0,
        "dipukuli": 1.0,
        "memukuli": 1.0,
        # A pupil bullied and beaten by classmates ("aksi perundungan", "siswi dibully …
        # ditendang hingga diinjak"): violence with no group behind it.
        "perundungan": 0.8,
        "dirundung": 0.8,
        "merundung": 0.8,
        "dibully": 0.8,
        "di bully": 0.8,
        "mem bully": 0.8,
        "pemukulan": 1.0,
        # A gong, a slit drum or a mosque's drum struck to open a ceremony or to call the
        # village ("ditandai dengan pemukulan gong oleh bupati"): nobody beaten.
        **dict.fromkeys(
            [
                f"{strike} {instrument}"
                for strike in ("pemukulan", "memukul")
                for instrument in ("gong", "kentongan", "kentong", "bedug", "beduk", "tifa")
            ],
            -1.0,
        ),
        # A person with a mental illness running amok ("ODGJ ngamuk", "mengamuk hingga
        # melukai seorang warga"): violence with no group behind it.
        "odgj mengamuk": 1.0,
        "odgj ngamuk": 1.0,
        "odgj yang mengamuk": 1.0,
        "odgj yang ngamuk": 1.0,
        "melukai warga": 0.8,
        "melukai seorang warga": 0.8,
        # A petrol bomb thrown at a house by persons unknown.
        "pelemparan bom molotov": 1.0,
        "pelemparan molotov": 1.0,
        "dilempar bom molotov": 1.0,
        "dilempar molotov": 1.0,
        "bom molotov": 0.5,
        "menghakimi": 0.8,
        # A mob hunting a neighbour it calls a sorcerer.
        "dukun santet": 1.0,
        "santet": 0.5,
        "dihakimi": 0.8,
        "preman": 0.6,
        "premanisme": 0.8,
        # A protest's demand to stamp it out ("menuntut pemberantasan premanisme di
        # jalan") tells of no thug's act.
        "pemberantasan premanisme": -0.8,
        "memberantas premanisme": -0.8,
        "berantas premanisme": -0.8,
        # Debt collectors ("mata elang", "matel") stopping riders and taking their
        # motorbikes by force: a robbery in all but name.
        "perampasan": 1.0,
        # A bill's name, "RUU Perampasan Aset", in a protest's demands: no robbery.
        "perampasan aset": -1.0,
        "merampas": 0.8,
        "dirampas": 0.8,
        # A livelihood or a right a project takes ("merampas hak hidup nelayan",
        # "merampas ruang hidup warga"): a grievance's words, nobody robbed.
        "merampas hak": -0.8,
        "merampas tanah": -0.8,
        "merampas ruang hidup": -0.8,
        "perampasan hak": -1.0,
        "perampasan ruang hidup": -1.0,
        "ditarik paksa": 0.6,
        "penarikan paksa": 0.6,
        "diberhentikan paksa": 0.6,
        "penghentian paksa": 0.6,
        # Half a crime each: named twice over ("debt collector atau mata elang"), they are
        # the story's men taking things by force, not a word in passing.
        "debt collector": 0.5,
        # The press's own spelling and shorthand for the same men.
        "debt colector": 0.5,
        "mata elang": 0.5,
        "matel": 0.5,
        "pemerasan": 1.0,
        # Crude wrung from an illegal well's spill ("kegiatan pemerasan minyak"), no one's
        # money extorted.
        "pemerasan minyak": -1.0,
        # An official's own staff squeezed for his campaign or his pocket ("pemerasan
        # terhadap anak buahnya … untuk membiayai pencalonan"): office abused, no
        # violence.
        **dict.fromkeys(
            [
                f"pemerasan terhadap {staff}"
                for staff in ("anak buah", "anak buahnya", "bawahan", "bawahannya", "pegawai")
            ],
            -1.0,
        ),
        # A village's or a district's office set alight, or threatened with it, by someone
        # angry at its service.
        **dict.fromkeys(
            [
                f"{act} {office}"
                for act in ("membakar", "pembakaran", "bakar")
                for office in ("kantor desa", "balai desa", "kantor camat", "kantor kecamatan")
            ]
            + [f"{office} dibakar" for office in ("kantor desa", "balai desa", "kantor camat")],
            1.0,
        ),
        "penikaman": 1.0,
        "ditikam": 1.0,
        # The blow's active verbs ("menikam adik wanitanya", "menusuk dada korban",
        # "menebas AR berulang kali", "tega menghabisi nyawa adiknya").
        "menikam": 1.0,
        "menusuk": 1.0,
        "membacok": 1.0,
        "saling bacok": 1.0,
        "menebas": 1.0,
        "ditebas": 1.0,
        "membunuh": 1.0,
        "menghabisi nyawa": 1.0,
        # A smell, the cold or a remark pierces no one ("bau menyengat menusuk hidung",
        # "dingin menusuk tulang"), and killing time or a reputation kills no one.
        "bau menusuk": -1.0,
        "aroma menusuk": -1.0,
        "menusuk hidung": -1.0,
        "menusuk tulang": -1.0,
        "menusuk hati": -1.0,
        "menusuk kalbu": -1.0,
        "membunuh waktu": -1.0,
        "membunuh kebosanan": -1.0,
        "penusukan": 1.0,
        "ditusuk": 1.0,
        "penembakan": 1.0,
        "ditembak": 1.0,
        # Officers or villagers killed or hurt by a gunman ("tewas tertembak", "meninggal
        # akibat luka tembak"), told without the shot's own verb.
        "tewas tertembak": 1.0,
        "luka tembak": 0.8,
        # The police shooting a suspect who fought arrest: force used against the act the
        # story is about (a terror cell, a robbery), which names its own category.
        "ditembak mati karena melawan": -1.0,
        "ditembak karena melawan": -1.0,
        "begal": 0.8,
        # Yogyakarta's street violence by teenage riders with blades.
        "klitih": 1.0,
        "klithih": 1.0,
        "kejahatan jalanan": 1.0,
        "main hakim sendiri": 1.0,
        # A thief caught and beaten by a crowd ("babak belur dihajar massa", "tewas diamuk
        # massa"): a mob taking the law into its own hands. A building "sasaran amuk massa"
        # is a riot's target, not a person's.
        "diamuk massa": 1.0,
        "dihajar massa": 1.0,
        # Street racers beaten by the residents they kept awake ("Pembalap liar dihajar
        # warga", "digebuki massa"), or turning on a car whose driver told them off ("mobil
        # mereka diserang sekelompok orang", "menghancurkan mobil warga").
        "dihajar warga": 1.0,
        "digebuki warga": 1.0,
        "digebuki massa": 1.0,
        "diserang sekelompok orang": 0.6,
        "menghancurkan mobil": 0.6,
        # Someone beaten by a mob ("menjadi korban amuk massa", "mengamankan seorang
        # perempuan dari amukan massa"): a mob's justice, not a protest's riot.
        "korban amuk massa": 1.0,
        "korban amukan massa": 1.0,
        "dari amukan massa": 1.0,
        # Cars and rooms a rioting crowd wrecked ("mobil dinas … tak luput dari amukan
        # massa"): no one saved from a mob.
        "luput dari amukan massa": -1.0,
        # A mob taking the law into its own hands ("main hakim sendiri, persekusi"), told
        # with no faith named: online drivers hunting a street child.
        "persekusi": 0.7,
        "kkb": 0.8,
        # The armed wing of the Papuan separatists by its own name ("kelompok TPNPB-OPM
        # Kodap XVI Yahukimo"), which the press elsewhere calls the KKB.
        "tpnpb": 1.0,
        "kelompok kriminal bersenjata": 1.0,
        "kelompok separatis teroris": 1.0,
        "pengeroyokan": 1.0,
        "dikeroyok": 1.0,
        "mengeroyok": 1.0,
        # An attack by a group on a village is a clash, not a crime: alone it names none.
        "penyerangan": 0.45,
        "perampokan": 1.0,
        # A shop robbed at gunpoint ("8 Kg Emas Digondol Perampok", "karyawan sempat
        # ditodong dengan senjata"), told by its robbers and the gun they held up.
        "perampok": 0.8,
        "dirampok": 1.0,
        # "Kami petani menilai seperti dirampok oleh pemerintah": a grievance's simile.
        **dict.fromkeys([f"{like} dirampok" for like in ("seperti", "bagai", "bagaikan")], -1.0),
        "merampok": 1.0,
        "ditodong": 0.8,
        "menodongkan senjata": 1.0,
        "pencurian": 0.8,
        # A campaign's banners stolen: its props' loss, not a thief's crime.
        **dict.fromkeys(STOLEN_PROPS, -0.8),
    },
    # A village threatening to stay away from the vote until its road is mended: no
    # category of the taxonomy names it, and the teams track it all the same.
    "other": {
        "ancam golput": 1.0,
        "mengancam golput": 1.0,
        "ancaman golput": 1.0,
        "ancam boikot": 1.0,
        "mengancam boikot": 1.0,
        "boikot pilkada": 1.0,
        "boikot pemilu": 1.0,
        "boikot pilkades": 1.0,
        "tidak akan menyalurkan hak pilih": 1.0,
        "tidak akan mengikuti pemilu": 1.0,
        # A village refusing a burial (of a Covid patient, of a killer): a quarrel the
        # taxonomy has no code for; of a faith's follower it is identity tension (SARA).
        "menolak jenazah": 1.0,
        "tolak jenazah": 1.0,
        "jenazah ditolak": 1.0,
        "menolak pemakaman": 1.0,
        "tolak pemakaman": 1.0,
        "penolakan pemakaman": 1.0,
        "pemakaman ditolak": 1.0,
        "menghadang penguburan": 1.0,
        "menolak memakamkan": 1.0,
        "penolakan dari warga setempat untuk memakamkan": 1.0,
        # A family taking its dead by force from a hospital or an ambulance so as to bury
        # them its own way (Covid's protocol refused): the same quarrel over a burial.
        "ambil paksa jenazah": 1.0,
        "mengambil paksa jenazah": 1.0,
        "pengambilan paksa jenazah": 1.0,
        "jenazah diambil paksa": 1.0,
        "jemput paksa jenazah": 1.0,
        "menjemput paksa jenazah": 1.0,
        "penjemputan paksa jenazah": 1.0,
        "jenazah dijemput paksa": 1.0,
        "membawa paksa jenazah": 1.0,
        "jenazah dibawa paksa": 1.0,
        "merebut jenazah": 1.0,
        "jenazah direbut": 1.0,
        "diambil paksa keluarga": 1.0,
        "diambil paksa oleh keluarga": 1.0,
        "dijemput paksa keluarga": 1.0,
        "dijemput paksa oleh keluarga": 1.0,
    },
}

# Gatherings for talk or a film, which a crowd or the authorities may break up.
GATHERINGS = ("diskusi", "nobar", "nonton bareng", "pemutaran film", "bedah buku", "seminar")

KIND_CUES: dict[str, dict[str, float]] = {
    "meeting": {
        # A blockade lifted after an agreement ("Pembukaan palang dilakukan oleh masyarakat
        # adat … atas kesepakatan bersama"): the settlement is the news.
        "membuka palang": 1.0,
        "pembukaan palang": 1.0,
        "palang dibuka": 1.0,
        "rapat": 1.0,
        # The offender brought to the atonement rite of the temple he defiled: the faith's
        # and the custom's settlement with him.
        "ikuti guru piduka": 1.0,
        "mengikuti guru piduka": 1.0,
        "guru piduka di gelar": 1.0,
        "guru piduka digelar": 1.0,
        "ngaturan guru piduka": 1.0,
        "mengikuti ritual guru piduka": 1.0,
        "mengikuti upacara guru piduka": 1.0,
        "mengikuti prosesi": 0.6,
        # An office's own staff meeting over what befell it ("mengumpulkan seluruh anggota
        # KPU untuk mengadakan rapat internal" after a theft) is no coordination.
        "rapat internal": -0.8,
        "rakor": 1.0,
        "rakornas": 1.0,
        "rakorda": 1.0,
        "rapat koordinasi": 1.0,
        "rapat kordinasi": 1.0,  # as often misspelt
        "audiensi": 1.0,
        # Bali's "simakrama": the police or a regent sitting down with a community's
        # leaders, its youth or its pecalang.
        "simakrama": 1.0,
        "koordinasi": 0.5,
        "kordinasi": 0.5,
        "pertemuan": 0.6,
        "sosialisasi": 0.8,
        # A commissioner's title ("anggota Bawaslu divisi Pengawasan dan Sosialisasi").
        "divisi sosialisasi": -0.8,
        "pengawasan dan sosialisasi": -0.8,
        "dikumpulkan": 0.8,
        # A customary court sits to settle a quarrel, as a mediation does; named only as
        # the source of a ruling others refuse, it is not the news.
        "sidang adat": 0.5,
        "menggelar sidang adat": 1.0,
        "sidang adat digelar": 1.0,
        # A commander's briefing of his officers before the polls.
        "memberi arahan": 1.0,
        "memberikan arahan": 1.0,
        # The police bringing two sides' leaders together: "Polda Bali kumpulkan
        # Baladika dan Laskar Bali".
        "mengumpulkan para": 0.8,
        "kumpulkan": 0.5,
        "pakta integritas": 1.0,
        # A pact said broken ("menduga salah satu calon rio melanggar pakta integritas") is
        # the accusation's, no signing held.
        "melanggar pakta integritas": -1.0,
        "langgar pakta integritas": -1.0,
        "pelanggaran pakta integritas": -1.0,
        # A village pledged against vote buying with the election supervisors ("Desa Anti
        # Politik Uang", "kampung antipolitik uang", "desa APU"): a declaration signed,
        # whether its launch is told or its founding recalled.
        "desa anti politik uang": 1.0,
        "desa antipolitik uang": 1.0,
        "kampung anti politik uang": 1.0,
        "kampung antipolitik uang": 1.0,
        "dusun anti politik uang": 1.0,
        "desa apu": 1.0,
        "deklarasi damai": 1.0,
        # Candidates pledging peace before a village-head vote ("ikrar damai calon kepala
        # desa").
        "ikrar damai": 1.0,
        "deklarasi pemilu damai": 1.0,
        "deklarasi pilkada damai": 1.0,
        "pemilu damai": 0.6,
        "pilkada damai": 0.6,
        "pilkades damai": 0.6,
        "kampanye damai": 0.6,
        "ikrar": 0.6,
        # A pledge read out before the police ("membacakan ikrar" not to take the law
        # into their own hands): a declaration, like a peace declaration.
        "berikrar": 0.8,
        "membacakan ikrar": 1.0,
        # Two regencies' heads agreeing to end a boundary dispute ("sepakat untuk
        # mengakhiri sengketa tapal batas").
        "sepakat mengakhiri": 1.0,
        "sepakat untuk mengakhiri": 1.0,
        # Members of a banned movement renouncing their oath before the regional heads
        # and the police ("pencabutan baiat", "ikrar setia kepada NKRI").
        "pencabutan baiat": 1.0,
        "cabut baiat": 1.0,
        "ikrar setia": 1.0,
        "sumpah setia": 0.8,
        "mengumpulkan komunitas": 0.8,
        "dihadiri": 0.4,
        "deklarasi": 0.5,
        # Declaring support for a candidate is an act, not the team meeting.
        "deklarasi dukungan": -0.5,
        "kesepakatan damai": 1.0,
        "sepakat mewujudkan": 1.0,
        "berdamai": 0.8,
        "perdamaian": 0.6,
        "permufakatan": 0.8,
        "islah": 1.0,
        # A mosque or a school named for it ("Masjid Al Islah"): no reconciliation.
        "al islah": -1.0,
        "rapat konsolidasi": 1.0,
        "konsolidasi": 0.5,
        "apel": 0.6,
        "menghadiri": 0.6,
        "hadiri": 0.6,
        "membahas": 0.6,
        "tim terpadu": 0.5,
        "mediasi": 0.6,
        # A mediation held, an agreement signed: the parties brought to terms.
        "memediasi": 1.0,
        "dimediasi": 0.6,
        # The parties named at the table ("Mediasi antara pemilik lahan dengan warga"),
        # or come to it ("mendatangi Mapolsek … untuk dimediasi").
        "mediasi antara": 1.0,
        "untuk dimediasi": 1.0,
        "mediasi dilakukan": 1.0,
        "dilakukan mediasi": 1.0,
        "diadakan mediasi": 1.0,
        "menggelar mediasi": 1.0,
        "mediasi digelar": 1.0,
        "melakukan mediasi": 1.0,
        "keputusan mediasi": 1.0,
        "hasil mediasi": 0.8,
        "kesepakatan": 0.5,
        "menyepakati": 0.6,
        "sepakat berdamai": 1.0,
        # A Bhabinkamtibmas's mediation told as held and ending in terms ("memfasilitasi
        # mediasi terbuka", "dalam forum mediasi", "kedua pihak sepakat menyelesaikan
        # secara kekeluargaan", "surat kesepakatan").
        "memfasilitasi mediasi": 1.0,
        "forum mediasi": 0.8,
        "proses mediasi": 0.6,
        "mediasi damai": 0.8,
        "sepakat menyelesaikan": 1.0,
        "jalan damai": 0.6,
        # "mediasi permasalahan kedua warga … dapat diselesaikan secara damai".
        "mediasi permasalahan": 0.8,
        # The police's community mediation by its own name ("melaksanakan kegiatan
        # Problem Solving"), ending in terms agreed ("telah disepakati bersama").
        "problem solving": 0.8,
        # The police's open forums with residents ("menggelar kegiatan Jumat Curhat",
        # "Curhat Kamtibmas sebagai sarana cooling system"), held before an election to
        # hear and calm: the team meeting the public about a risk.
        "jumat curhat": 1.0,
        "curhat kamtibmas": 1.0,
        "cooling system": 0.6,
        "kegiatan problem solving": 1.0,
        "disepakati bersama": 0.6,
        "diselesaikan secara damai": 0.6,
        "diselesaikan secara kekeluargaan": 0.6,
        "surat kesepakatan": 0.8,
        "surat pernyataan bersama": 0.8,
        # Reconciliation after a conflict: the parties brought to sign, the pact read.
        "rekonsiliasi": 0.6,
        "rekonsiliasi damai": 1.0,
        "pertemuan rekonsiliasi": 1.0,
        "proses rekonsiliasi": 0.8,
        "akta perdamaian": 1.0,
        "perjanjian damai": 1.0,
        "penandatanganan kesepakatan": 1.0,
        "penyelesaian konflik": 0.5,
        "surat perdamaian": 1.0,
        "pernyataan damai": 1.0,
        # A meeting cited as the ground of an act is not the story's event.
        "berdasarkan kesepakatan": -0.5,
        "berdasarkan hasil rapat": -1.0,
        "berdasarkan hasil pertemuan": -0.6,
        "badan koordinasi": -0.5,  # a standing body's name, not a meeting held
        # Deliberation, a customary council's above all ("setelah melalui musyawarah adat
        # yang panjang, Ketua Adat memutuskan denda"), Bali's paruman and sangkep.
        # Not "musyawarah" alone: "secara musyawarah mufakat" is a way to decide.
        "dalam musyawarah": 0.6,
        "musyawarah adat": 1.0,
        "paruman": 0.6,
        "sangkep": 0.6,
        "silaturahmi": 0.5,
        "silaturahim": 0.5,
        "menyamakan persepsi": 0.8,
        # The team trained together: a workshop or focus group on handling conflict.
        "workshop": 0.6,
        "lokakarya": 0.6,
        "focus group discussion": 0.8,
        "fgd": 0.8,
        # A ministry's or a regency's dialogue forum convened on the risks ahead
        # ("membuka Forum Dialog dalam rangka cegah dini").
        "forum dialog": 1.0,
        "dialog kebangsaan": 0.8,
        "berkoordinasi": 1.0,
        "mempertemukan": 0.6,
        "dipertemukan": 0.6,
        # Quarrelling neighbours or villages brought to peace ("didamaikan oleh adat dan
        # aparat") by Bali's Sipandu Beradat, the desa adat's joint security forum.
        "didamaikan": 0.8,
        "mendamaikan": 0.8,
        "sipandu beradat": 0.6,
        # "Kedua belah pihak sudah kami pertemukan semalam": the police brought them
        # together; a clash that "berakhir damai" was settled between its parties.
        "kami pertemukan": 0.6,
        "berakhir damai": 0.8,
        # A plenary is the election's own procedure, not the team meeting about a risk:
        # what happens at it is an incident.
        "rapat pleno": -1.0,
        # A rally and a small gathering are ways to campaign, not the team meeting.
        "rapat umum": -1.0,
        "pertemuan terbatas": -0.6,
        # "Rapat" is also "tight": a door shut tight is no meeting.
        "menutup rapat": -1.0,
        "ditutup rapat": -1.0,
        "tertutup rapat": -1.0,
        "dijaga rapat": -1.0,
        "berjaga rapat": -1.0,
        "tetap rapat": -1.0,
        "rapat menjaga": -1.0,
    },
    "incident": {
        # A motorcade seen on the road ("konvoi bermotor yang membawa poster khilafah"):
        # the show of force or of a cause has been made, whatever the police will do next.
        "konvoi motor": 0.8,
        "konvoi bermotor": 0.8,
        "konvoi kendaraan": 0.8,
        # An official photographed with a candidate: the classic breach of neutrality.
        "ikut foto": 0.6,
        "berfoto bersama": 0.5,
        "terjadi": 0.6,
        "dibakar": 1.0,
        "dirusak": 1.0,
        # Damage found and counted ("KPU Lamongan Temukan 1.516 Surat Suara Rusak"): it is
        # there, however many more the sorting may find.
        **dict.fromkeys(["surat suara rusak", "surat suara yang rusak"], 0.6),
        "ditemukan rusak": 0.8,
        "mengalami kerusakan": 0.6,
        # Residents driving out a mine's excavator: done, whatever it was to be used for.
        "mengusir alat berat": 1.0,
        # A holy place defiled: the affront is done, whatever rite is planned to cleanse it.
        "lecehkan": 0.8,
        "melecehkan": 0.8,
        "menodai": 0.8,
        "menduduki bangunan suci": 1.0,
        "berbuat tak senonoh": 1.0,
        "perbuatan tak senonoh": 0.8,
        # A sanction imposed is an act, whatever the plan that led to it.
        "menjatuhkan sanksi": 0.8,
        "dijatuhi sanksi": 0.8,
        "perusakan": 1.0,
        "pengrusakan": 1.0,
        "dirusak massa": 1.0,
        "dibubarkan": 0.6,
        # A gathering broken up by force, with pushing, or a camp's banners torn down
        # against its will: done.
        "membubarkan secara paksa": 1.0,
        "dibubarkan secara paksa": 1.0,
        "dibubarkan paksa": 1.0,
        "pembubaran paksa": 1.0,
        "pembubaran secara paksa": 1.0,
        # A discussion or a screening broken up ("Aparat Bubarkan Nonton Bareng Film"):
        # stopped, whatever the reason given.
        **dict.fromkeys(
            [
                f"{act} {gathering}"
                for act in ("pembubaran", "membubarkan", "bubarkan")
                for gathering in GATHERINGS
            ],
            1.0,
        ),
        "membubarkan massa": 0.8,
        "saling dorong": 0.8,
        "dorong dorongan": 0.8,
        "dicopot paksa": 1.0,
        # "Aksi penolakan … masih terus berlanjut", "para nelayan nekad mendatangi KIP":
        # a protest going on, a crowd that went regardless.
        "masih terus berlanjut": 0.8,
        "nekat mendatangi": 0.8,
        "nekad mendatangi": 0.8,
        "diserang": 1.0,
        "ditusuk": 1.0,
        "ditembak": 1.0,
        "ricuh": 1.0,
        "kericuhan": 0.6,
        "bentrok": 0.8,
        "luka": 0.8,
        "tewas": 1.0,
        "meninggal": 0.8,
        "diamankan": 0.8,
        "ditangkap": 0.8,
        "dibagikan": 0.8,
        "dibagi": 0.8,
        # Money or goods handed out, in the plain forms chat uses ("bagi uang").
        "diberi uang": 0.8,
        "diberi amplop": 0.8,
        "menerima uang": 0.6,
        "terima uang": 0.6,
        "bagi uang": 0.8,
        "bagi bagi uang": 0.8,
        "bagi amplop": 0.8,
        "bagi sembako": 0.8,
        "menyerang": 1.0,
        "dianiaya": 1.0,
        "dikeroyok": 1.0,
        "dirobek": 1.0,
        "diturunkan paksa": 1.0,
        "tadi malam": 0.6,
        "tadi pagi": 0.6,
        "sedang berlangsung": 0.8,
        "telah": 0.4,
        "sudah": 0.4,
        "sdh": 0.4,
        "kemarin": 0.6,
        "semalam": 0.6,
        # "Tadi" is a time only beside a time of day: "praktik tadi" is the practice just
        # named, "kata dia tadi" what he said a moment ago.
        "tadi siang": 0.6,
        "tadi sore": 0.6,
        "sore tadi": 0.6,
        "siang tadi": 0.6,
        "pagi tadi": 0.6,
        "malam tadi": 0.6,
        "dinihari tadi": 0.6,
        "tadi ada": 0.5,  # "td ada yg nawarin warga uang bensin"
        "td": 0.4,
        "menyegel": 0.8,
        "disegel": 0.8,
        "memblokir": 0.8,
        "memblokade": 0.8,
        # Lorries stopped and held by residents ("mencegat dan menyandera belasan dump
        # truk", "menahan paksa mobil truk"): the blockade is on.
        "mencegat": 0.6,
        "menyandera": 0.8,
        "disandera": 0.8,
        "menahan paksa": 0.8,
        "menutup total": 0.8,
        "aksi balasan": 0.8,
        "blokir": 0.6,
        "mencabut": 0.6,
        "menarik kembali": 0.6,
        "ditarik kembali": 0.6,
        "menarik bantuan": 0.8,
        "ribut": 0.6,
        "menemukan": 0.6,
        # An overseer's reprimand given ("Bawaslu Beri Teguran", "langsung memberikan
        # teguran"): the breach it answers was found.
        "beri teguran": 0.6,
        "memberi teguran": 0.6,
        "memberikan teguran": 0.6,
        "diberi teguran": 0.6,
        # Caught in the act ("Ketua Bawaslu memergoki petugas KPPS yang membongkar kotak
        # suara"): the act was being done.
        "memergoki": 0.8,
        "dipergoki": 0.8,
        "kepergok": 0.8,
        "pergoki": 0.8,
        "ditemukan": 0.6,
        # An overseer's caseload: violations found and being handled.
        "menangani kasus": 0.6,
        "kasus pelanggaran": 0.6,
        "dilaporkan": 0.5,
        # A complaint filed ("Mereka melaporkan enam lembaga survei", "membuat laporan ke
        # Kantor KPU"): done, as the one reported is.
        "melaporkan": 0.5,
        "membuat laporan": 0.8,
        "merekomendasikan": 0.6,
        "memicu": 0.5,
        "dicap": 0.6,
        "keliling": 0.4,
        "kumpulkan": 0.5,
        "menolak": 0.4,
        # A plan met with the residents' refusal ("Rencana pembangunan Gereja … mendapatkan
        # penolakan dari warga"): the refusal is done, whatever the plan was.
        "mendapatkan penolakan": 0.8,
        "mendapat penolakan": 0.8,
        "menuai penolakan": 0.8,
        "menolaknya": 0.4,
        # A quarrel is an act, whatever it threatens next ("adu mulut", "cekcok", "saling
        # bentak"), and so is a crowd pushing in ("merangsek masuk").
        "adu mulut": 0.6,
        "cekcok": 0.6,
        "bersitegang": 0.6,
        "perdebatan": 0.4,
        "membentak": 0.6,
        "membentak bentak": 0.6,
        "merangsek": 0.6,
        "enggan": 0.4,
        "ogah": 0.4,
        "memprotes": 0.6,
        "protes": 0.5,
        "ditetapkan": 0.5,
        "menangkap": 0.8,
        "sejak": 0.4,
        "terbukti": 0.6,
        "melaporkan adanya": 0.8,
        # Threatening someone is an act (the kind convention in the corpus README).
        "diancam": 0.8,
        # A threat received or reported is intimidation done ("mengaku pernah menerima
        # ancaman", "melaporkan ancaman penculikan"), not a warning of one.
        # A party walking out of the meeting that was to settle it.
        "walk out": 0.8,
        "walkout": 0.8,
        "keluar dari paruman": 0.8,
        "keluar dari ruang sidang": 0.8,
        "menerima ancaman": 1.0,
        "mendapat ancaman": 1.0,
        "mendapatkan ancaman": 1.0,
        "melaporkan ancaman": 1.0,
        "laporan pengancaman": 1.0,
        "pengancaman": 0.8,
        # Threats sent are threats made: "SMS bernada ancaman", "mengirim surat kaleng",
        # "menerima surat kaleng", a journalist "diteror".
        "bernada ancaman": 1.0,
        "mengirim surat kaleng": 1.0,
        "menerima surat kaleng": 1.0,
        "diteror": 0.8,
        "diintimidasi": 0.8,
        "intimidasi": 0.5,
        # How news tells an event that took place.
        "sempat": 0.6,
        "insiden": 0.8,
        "kejadian": 0.5,
        "peristiwa": 0.4,
        "bermula": 0.6,
        "berujung": 0.6,
        "pecah": 0.5,
        "melerai": 0.8,
        "korban": 0.4,
        # A flood's or a quake's victims joining a rally tell no conflict's act.
        "korban banjir": -0.4,
        "korban bencana": -0.4,
        "korban gempa": -0.4,
        "korban longsor": -0.4,
        "terlibat": 0.4,
        "membakar": 1.0,
        "pembakaran": 0.8,
        "laporan adanya": 0.6,
        "pagi ini": 0.4,
        # A demonstration told as held (a planned one is read past its modal), a crowd
        # that took to the streets, a headline's "Warga Geruduk Kantor …".
        "menggelar aksi": 0.8,
        "turun ke jalan": 0.6,
        "geruduk": 0.8,
        # A headline's and a regional paper's shortening ("ratusan warga … gelar aksi di
        # depan Kantor Pemerintah Kabupaten", "demo ke pendopo"), and a crowd forcing its
        # way in.
        "gelar aksi": 0.8,
        "demo ke": 0.6,
        "memaksa masuk": 0.8,
        "melakukan aksi": 0.8,
        # A crowd that took part ("Puluhan ribu massa … mengikuti aksi demonstrasi").
        "mengikuti aksi": 0.8,
        "aksi bakar ban": 1.0,
        "menggelar unjuk rasa": 1.0,
        "menggelar demo": 1.0,
        "menggelar demonstrasi": 1.0,
        "berunjuk rasa": 0.8,
        "berunjukrasa": 0.8,
        "berdemonstrasi": 0.8,
        "serbu kantor": 0.8,
        "menyerbu kantor": 0.8,
        "menolak dicoklit": 0.8,
        "menggeruduk": 0.8,
        "digeruduk": 0.8,
        "berorasi": 0.6,
        "berdemo": 0.8,
        "terjadi demo": 1.0,
        # A protest escorted, its delegation received: the crowd came.
        "aksi ini dikawal": 0.8,
        "aksi itu dikawal": 0.8,
        "aksi tersebut dikawal": 0.8,
        "menerima perwakilan massa": 0.8,
        # A clash nearly fought: the crowds met, the police came between them.
        "nyaris bentrok": 1.0,
        "nyaris tawuran": 1.0,
        "nyaris ricuh": 1.0,
        "nyaris pecah": 0.8,
        "nyaris terjadi": 0.8,
        "nyaris terlibat": 0.8,
        "nyaris bertikai": 0.8,
        # Residents and a builder "berdebat dan nyaris baku hantam": the row was had.
        "nyaris baku hantam": 1.0,
        "hampir baku hantam": 1.0,
        "hampir terjadi": 0.8,
        "hampir terlibat": 0.8,
        # "Ratusan warga berduyun-duyun datang ke KPU": a crowd come, whatever it shouts.
        "berduyun duyun": 0.6,
        # A banner of protest unfurled ("membentangkan spanduk bertuliskan 'Kami tidak akan
        # mengikuti Pemilu'"): the protest is made, whatever it threatens.
        "membentangkan spanduk": 0.8,
        "membentangkan poster": 0.6,
    },
    "threat": {
        "isu": 0.6,
        "rencana": 0.8,
        "akan": 0.4,
        "besok": 0.8,
        "bakal": 0.6,
        # A "bakal calon" is a prospective candidate, not something that will happen.
        "bakal calon": -0.6,
        "katanya": 0.6,
        "kabarnya": 0.6,
        "rumor": 0.8,
        "ancaman": 0.8,
        "mengancam": 0.8,
        "terancam": 0.6,
        # What an event puts at risk, told after it ("tidak terdaftar dalam DPT sehingga
        # terancam kehilangan hak pilih"): the event itself has happened.
        "sehingga terancam": -0.6,
        # Money offered and explicitly not yet handed over is still a promise.
        "belum dibagi": 0.8,
        "baru dijanjikan": 0.8,
        "rawan": 0.6,
        "rentan": 0.6,
        # A vulnerability index and its grades (Bawaslu's IKP): a map of risks, a warning.
        "kerawanan": 0.4,
        "indeks kerawanan": 1.0,
        "ikp": 0.8,
        "pemetaan kerawanan": 1.0,
        "rawan tinggi": 0.6,
        "rawan sedang": 0.6,
        "potensi": 0.6,
        "berpotensi": 0.6,
        # A quarrel left to fester ("berpotensi menjadi bom waktu konflik").
        "menjadi bom waktu": 1.0,
        "waspada": 0.8,
        "antisipasi": 0.5,
        # Patrols and raids "to prevent conflict" over a quarrel that "often happens": a
        # standing tension watched, not one act.
        "cegah konflik": 0.8,
        "mencegah konflik": 0.8,
        "kerap terjadi": 0.6,
        "sering terjadi": 0.6,
        "kerap kali terjadi": 0.6,
        "kerapkali terjadi": 0.6,
        "sering kali terjadi": 0.6,
        "seringkali terjadi": 0.6,
        "acap kali terjadi": 0.6,
        "ketegangan": 0.8,
        "memanas": 0.8,
        "mulai panas": 0.8,
        "mulai tegang": 0.8,
        "tegang": 0.5,
        "dikhawatirkan": 0.8,
        # A clash foretold by those trying to stop it ("besok pasti akan terjadi
        # bentrokan", "konflik antar warga tidak akan terhindarkan").
        "akan terjadi bentrok": 1.0,
        "akan terjadi bentrokan": 1.0,
        "tidak akan terhindarkan": 1.0,
        "tak akan terhindarkan": 1.0,
        "ancaman konflik": 1.0,
        "curiga": 0.6,
        "resah": 0.5,
        "mohon dipantau": 0.6,
        "mohon antisipasi": 0.6,
        "mohon atensi": 0.5,
        "tolong patroli": 0.6,
        "mohon pengamanan": 0.5,
        "kewaspadaan": 0.6,
        "mewaspadai": 0.8,
        "diperkirakan": 0.5,
        "dengar dengar": 0.8,
        "mengajak": 0.4,
        "ngajak": 0.5,
        # Parents who bring their own along ("orang tua yang mengajak anaknya") call
        # nobody to act.
        **{f"mengajak {kin}": -0.4 for kin in BROUGHT_ALONG},
        **{f"ngajak {kin}": -0.5 for kin in BROUGHT_ALONG},
        "seruan": 0.6,
        "siap turun": 0.8,
        "berencana": 0.8,
        "takut": 0.4,
        "jangan terpancing": 0.6,
        "khawatir": 0.8,
        "bersiap": 0.8,
        "hendak": 0.6,
        # The moment an act befell them ("ditolak … saat hendak berlabuh", "dianiaya ketika
        # hendak pulang"), not a plan.
        "saat hendak": -0.6,
        "ketika hendak": -0.6,
        "sewaktu hendak": -0.6,
        "janjian": 0.6,
        "beredar kabar": 0.8,
        "kabar beredar": 0.8,
        "informasi yang beredar": 0.6,
        "mau": 0.4,
        # A refusal has happened: "tidak mau tanda tangan".
        "tidak mau": -0.4,
        "nanti": 0.5,
        "malam ini": 0.5,
        "minggu depan": 0.8,
        "pekan depan": 0.8,
        "menjelang": 0.5,
        "jelang": 0.5,
        "dijadwalkan": 0.6,
        "direncanakan": 0.8,
        "ajakan": 0.6,
        "seolah": 0.5,
        "bila": 0.4,
        "jika": 0.4,
        "kalau": 0.4,
        "apabila": 0.4,
        # Warnings and appeals: a body telling people what not to do speaks of a risk.
        "imbau": 0.8,
        "mengimbau": 0.8,
        "menghimbau": 0.8,
        "diimbau": 0.8,
        "dihimbau": 0.8,
        "imbauan": 0.8,
        "himbauan": 0.8,
        "mengingatkan": 0.8,
        "diingatkan": 0.6,
        "mewanti wanti": 0.8,
        "peringatan keras": 0.8,
        "mengkhawatirkan": 0.6,
        "hati hati": 0.8,
        "awas": 0.6,
        "menyiagakan": 0.8,
        "siaga": 0.5,
        "agar tidak": 0.6,
        # A precaution taken against a risk speaks of the risk.
        "untuk mencegah": 0.5,
        "guna mencegah": 0.5,
        "langkah preventif": 0.8,
        "tindakan preventif": 0.8,
        "jangan": 0.5,
        # A rule restated ("pendamping desa pun dilarang berkampanye", "melarang ASN
        # berfoto") warns of its breach.
        "dilarang": 0.5,
        "melarang": 0.4,
    },
}

SERANGAN_FAJAR_ASKED_BACK = (
    "serangan fajar dikembalikan",
    "kembalikan uang serangan fajar",
    "mengembalikan uang serangan fajar",
    "kembali amplop serangan fajar",
    "kembali uang serangan fajar",
    "lagi uang serangan fajar",
)
APPEALS_TO_VOTE = tuple(
    f"{appeal} {whom}mencoblos"
    for appeal in ("desak", "mendesak", "ajak", "mengajak", "ajakan", "seruan", "menyerukan")
    for whom in ("", "warga ", "masyarakat ", "pemilih ")
)

STAGE_CUES: dict[str, dict[str, float]] = {
    "voter_registration": {
        "coklit": 1.0,
        "pemutakhiran data pemilih": 1.0,
        "dps": 0.6,
        "daftar pemilih": 0.5,
        "dpt": 0.4,
    },
    "party_verification": {
        "verifikasi partai": 1.0,
        "verifikasi parpol": 1.0,
        "penetapan partai politik": 1.0,
        "parpol yang tidak lolos": 1.0,
        # The KPU's checks of the parties that would stand ("Rekapitulasi Hasil Verifikasi
        # Administrasi Partai", "partai politik calon peserta Pemilu 2024", "tidak lolos
        # verifikasi"), and the disputes at Bawaslu over them, belong to this stage.
        "verifikasi administrasi partai": 1.2,
        "verifikasi faktual partai": 1.2,
        "rekapitulasi hasil verifikasi": 1.2,
        "partai politik calon peserta": 1.2,
        "tidak lolos verifikasi": 0.8,
        "lolos verifikasi administrasi": 0.8,
    },
    "candidate_registration": {
        "pendaftaran calon": 1.0,
        "pendaftaran paslon": 1.0,
        "pencalonan": 0.8,
        "proses pendaftaran": 0.6,
        "penetapan calon": 0.8,
        "bakal calon": 0.6,
        "bakal pasangan calon": 0.8,
        # The rules of who may stand ("ambang batas pencalonan", "syarat usia calon").
        "ambang batas pencalonan": 1.0,
        "syarat usia calon": 1.0,
        # A candidate's diploma questioned ("diduga menggunakan ijazah palsu", "keabsahan
        # ijazah"): the candidacy's requirements, checked at registration.
        "ijazah palsu": 1.0,
        "memalsukan ijazah": 1.0,
        "keabsahan ijazah": 1.0,
    },
    "campaign": {
        "kampanye": 0.6,
        # A smear is spread at any stage: "kampanye hitam" tells none.
        "kampanye hitam": -0.6,
        "masa kampanye": 1.0,
        # "belum memasuki masa kampanye": before the campaign, in none of its days.
        "belum memasuki masa kampanye": -1.6,
        "belum masuk masa kampanye": -1.6,
        # "dua hari sebelum memasuki masa tenang": the campaign's last days.
        "sebelum memasuki masa tenang": 1.0,
        "tahapan kampanye": 1.0,
        "alat peraga": 0.8,
        "konvoi": 0.6,
        "konvoi kemenangan": -0.6,  # after the vote (see voting_counting)
        "pawai kemenangan": -0.6,
        # A camp's post, set up for the campaign.
        "posko pemenangan": 0.6,
        # The election bodies hold the candidates' debates in the campaign.
        "debat kandidat": 1.0,
        "debat publik": 0.8,
        "debat paslon": 1.0,
        "debat pasangan calon": 1.0,
        # A call to go and vote ("Desak Warga Mencoblos", "ajakan mencoblos kotak kosong"):
        # a campaign's appeal, made before the day.
        **dict.fromkeys(APPEALS_TO_VOTE, 1.0),
    },
    # "Menjelang hari pencoblosan" also fires voting's "hari pencoblosan": the longer
    # phrase weighs more so that the days before voting win.
    "quiet_period": {
        "masa tenang": 1.0,
        "sebelum memasuki masa tenang": -1.0,
        "hari tenang": 1.0,
        "serangan fajar": 1.0,
        # The same money asked back once the candidate has lost ("minta uang serangan fajar
        # dikembalikan"): the vote is over.
        **dict.fromkeys(SERANGAN_FAJAR_ASKED_BACK, -1.0),
        "menjelang pencoblosan": 1.2,
        "menjelang hari pencoblosan": 1.2,
        "jelang pencoblosan": 1.2,
        "jelang tahap pencoblosan": 1.2,
        "menjelang tahap pencoblosan": 1.2,
        "sebelum pencoblosan": 1.2,
        "menjelang pemungutan suara": 1.2,
        "menjelang hari pemungutan suara": 1.2,
    },
    "logistics_distribution": {
        "distribusi logistik": 1.0,
        "pendistribusian logistik": 1.0,
        "mendistribusikan logistik": 1.0,
        "pengiriman logistik": 1.0,
        "logistik": 0.5,
        # Ballots sorted and folded in the KPU's warehouse before they go out ("proses
        # sortir lipat (sorlip)", "pelipatan dan penyortiran surat suara").
        **dict.fromkeys(
            ["sortir lipat", "sorlip", "pelipatan surat suara", "penyortiran surat suara"]
            + ["pelipatan dan penyortiran", "penyortiran dan pelipatan", "sortir dan lipat"],
            1.0,
        ),
    },
    "voting_counting": {
        "pemungutan suara": 0.8,
        # The polling station's and its officers' names speak of no stage.
        "tempat pemungutan suara": -0.8,
        "penyelenggara pemungutan suara": -0.8,
        "panitia pemungutan suara": -0.8,
        "penghitungan suara": 0.8,
        # The count as the news often spells it ("usai perhitungan suara Pilkades").
        "perhitungan suara": 0.8,
        "pungut hitung": 1.0,
        # The count's results read out at the district's recapitulation, and the days left
        # before the vote ("Pencoblosan Pilpres 2024 tinggal menghitung hari"): no polling.
        "rekapitulasi hasil penghitungan suara": -0.8,
        "rekapitulasi hasil perhitungan suara": -0.8,
        # The count's result rejected ("Tak terima dengan kekalahan ini, massa mengamuk.
        # Padahal hasil penghitungan suara …") is what the count gave, not the counting.
        "hasil penghitungan suara": -0.8,
        "hasil perhitungan suara": -0.8,
        "tinggal menghitung hari": -1.2,
        "hari h": 0.6,
        "hari pencoblosan": 1.0,
        # The day named as what is over.
        "setelah hari pencoblosan": -1.0,
        "usai hari pencoblosan": -1.0,
        "pencoblosan": 0.6,
        "mencoblos": 0.6,
        **dict.fromkeys(APPEALS_TO_VOTE, -0.6),
        # The vote still ahead ("pemungutan suara yang akan berlangsung 27 November").
        "pemungutan suara yang akan": -0.8,
        "di tps": 0.5,
        "saat pilkada berlangsung": 1.0,
        "saat pemilu berlangsung": 1.0,
        "saat pilkades berlangsung": 1.0,
        # The winners' parades follow the pollsters' count within hours of the vote: no
        # campaign convoy.
        "konvoi kemenangan": 1.2,
        "pawai kemenangan": 1.2,
        # Polls that could not open on the day and vote days later ("pemungutan suara
        # susulan", "pemilu susulan", "pemungutan suara lanjutan"): still the vote.
        "pemungutan suara susulan": 1.2,
        "pemilu susulan": 1.2,
        "pemungutan suara lanjutan": 1.2,
    },
    # After the vote is the count's time: "pecah setelah proses pemungutan suara".
    "recapitulation": {
        "rekapitulasi": 1.0,
        # A recap of the parties' checks, not of the count.
        "rekapitulasi hasil verifikasi": -1.0,
        # The recap still ahead ("digelar sebelum rekapitulasi tingkat kecamatan selesai").
        "sebelum rekapitulasi": -1.0,
        # "Saat pleno distrik, PPS akan membacakan kembali berita acara …".
        "pleno distrik": 1.0,
        "pleno kecamatan": 1.0,
        "pleno tingkat distrik": 1.0,
        "pleno tingkat kecamatan": 1.0,
        "pleno di tingkat distrik": 1.0,
        "pleno di tingkat kecamatan": 1.0,
        # The city's or regency's plenary at its KPU, and the votes said to swell on the
        # way up to it ("penggelembungan suara", "suara … menggelembung").
        "pleno tingkat kabupaten": 1.0,
        "pleno tingkat kota": 1.0,
        "pleno di tingkat kpu": 1.0,
        "penghitungan suara di tingkat kpu": 1.0,
        "penggelembungan suara": 1.0,
        "rekap": 0.6,
        # A tally of the bribed ("rekap data warga yang akan diberi uang") counts no vote.
        "rekap data": -0.6,
        "setelah pemungutan suara": 1.2,
        "setelah proses pemungutan suara": 1.2,
        "usai pemungutan suara": 1.2,
        "pasca pemungutan suara": 1.2,
        "pascapemungutan suara": 1.2,
        "setelah pencoblosan": 1.2,
        "setelah hari pencoblosan": 1.2,
        "usai pencoblosan": 1.2,
        "usai hari pencoblosan": 1.2,
        # Vote-buyers' money asked back: the candidate has lost.
        **dict.fromkeys(SERANGAN_FAJAR_ASKED_BACK, 1.2),
        # A candidate who has lost, or counts his few votes, speaks after the vote.
        "caleg yang kalah": 0.6,
        "calegnya yang kalah": 0.6,
        "kekalahan caleg": 0.6,
        "suara sedikit": 0.6,
        "kalah suara": 0.6,
        # "pendukung calon bupati yang kalah", "Tak terima dengan kekalahan ini": the
        # loser's side once the count is known ("siap kalah", pledged before the vote, is
        # not among them), and the pollsters' count that told it.
        **dict.fromkeys(
            [
                f"{who} yang kalah"
                for who in (
                    "calon",
                    "pasangan",
                    "paslon",
                    "kandidat",
                    "bupati",
                    "wabup",
                    "wakil bupati",
                    "gubernur",
                    "wali kota",
                    "walikota",
                    "kades",
                    "kepala desa",
                    "cabup",
                    "cagub",
                    "cawabup",
                )
            ],
            0.6,
        ),  # fmt: skip
        "kalah tipis": 0.6,
        "tidak terima dengan kekalahan": 0.6,
        "tak terima dengan kekalahan": 0.6,
        "tidak terima kekalahan": 0.6,
        "tak terima kekalahan": 0.6,
        "tidak menerima kekalahan": 0.6,
        "penghitungan cepat": 0.6,
        "hitung cepat": 0.6,
        "pasca pencoblosan": 1.2,
        "pascapencoblosan": 1.2,
    },
    "dispute_resolution": {
        # A bill to revise the election law ("menolak RUU Pilkada") and the Constitutional
        # Court's review of that law are law-making, not an election's dispute.
        "ruu pilkada": -1.0,
        "revisi uu pilkada": -1.0,
        "sengketa pemilu": 1.0,
        "sengketa hasil": 1.0,
        "gugatan": 0.8,
        "mahkamah konstitusi": 1.0,
        "putusan sengketa": 1.0,
        "di mk": 1.0,
        "ke mk": 1.0,
        "sidang mk": 1.0,
        "putusan mk": 1.0,
        # The court case by its own name ("permohonan Perselisihan Hasil Pemilihan Umum
        # (PHPU)").
        "perselisihan hasil": 1.0,
        "phpu": 1.0,
    },
    "inauguration": {
        "pelantikan": 0.6,
        "pelantikan kepala daerah": 1.0,
        # The elected council sworn in: the election's last stage.
        "pelantikan anggota dprd": 1.0,
        "pelantikan dprd": 1.0,
        # The village heads elected and waiting to be sworn in ("penundaan pelantikan 57
        # kepala desa (kades) terpilih").
        "pelantikan kepala desa": 1.0,
        "pelantikan kades": 1.0,
        "pelantikan perbekel": 1.0,
        "kepala desa terpilih": 0.4,
        "kades terpilih": 0.4,
    },
}

WEAPONS = (
    "sajam",
    "senjata tajam",
    "parang",
    "celurit",
    "clurit",
    "golok",
    "pisau",
    "senjata api",
    "senpi",
    "panah",
    "bom",
    "molotov",
    "bambu runcing",
)
ARSON = ("dibakar", "pembakaran", "membakar", "terbakar")
SENSITIVE_TARGETS = (
    "tps",
    "kantor kpu",
    "kantor kpud",
    "kantor komisi pemilihan umum",
    "kantor bawaslu",
    "kantor panwas",
    "kantor panwaslu",
    "kantor ppk",
    "kantor ppd",
    # The national offices in Jakarta, as the press names them ("Gedung Bawaslu").
    "gedung kpu",
    "gedung bawaslu",
    # A crowd's action taken to them ("massa melanjutkan aksi ke Bawaslu RI").
    "aksi ke kpu",
    "aksi ke bawaslu",
    "gudang kpu",
    "rumah ibadah",
    "rumah ibadat",
    "pura",
    "masjid",
    "gereja",
    "vihara",
    "klenteng",
    "kantor desa",
)
SPREAD = (
    "viral",
    "grup wa",
    "grup whatsapp",
    "media sosial",
    "medsos",
    "beredar luas",
    "dibagikan ulang",
    "tersebar",
)
SECURITY_WORDS = (
    "konflik",
    "keamanan",
    "kamtibmas",
    "kerawanan",
    "rawan",
    "kondusif",
    "tim terpadu",
    "ketertiban",
    # Public order enforced (street vendors or buildings cleared by the Satpol PP): a
    # clearing that turns to blows is a conflict signal without a category of its own.
    "penertiban",
    "ditertibkan",
    "gangguan",
    "pengamanan",
    "antisipasi",
    # Two sides at odds: a peace declaration between them is about a risk.
    "pertikaian",
    "bertikai",
    "perselisihan",
    # A riot is a breach of the peace, whatever set it off ("Kerusuhan itu terjadi sampai
    # pukul 20.30": a crowd burning a concert's stage).
    "kerusuhan",
)
ELECTION_WORDS = (
    "pemilu",
    "pilkada",
    "pilkades",
    "p2kd",
    # Cirebon's and Indramayu's village heads are kuwu, West Sumatra's nagari have a wali.
    "pilwu",
    "pemilihan kuwu",
    "pemilihan wali nagari",
    "pemilihan perbekel",
    "pemilihan kepala",
    "pilpres",
    "pileg",
    # A governor's, a regent's and a mayor's elections by their own names.
    "pilgub",
    "pilbup",
    "pilwalkot",
    "pilwali",
    "paslon",
    "caleg",
    # The council the vote elected, sworn in.
    "pelantikan anggota dprd",
    "pelantikan dprd",
    # Village heads just elected, waiting to be sworn in.
    "kepala desa terpilih",
    "kades terpilih",
    "kpu",
    "bawaslu",
    "tps",
)

# Words that speak of an election without naming its bodies: with ELECTION_WORDS they
# tell whether a generic cue below belongs to an electoral category.
CAMPAIGN_WORDS = (
    "calon",
    "cabup",
    "cagub",
    "capres",
    "pendukung",
    "simpatisan",
    "kampanye",
    "pemilihan",
    "pencoblosan",
    "mencoblos",
    "timses",
    "tim sukses",
    "tim pemenangan",
)
# A football match, an ormas or a silat school: their fans and members are "pendukung"
# and "simpatisan" too, and none of them is an election. Two villages at odds are
# rival groups too.
# SARA words that tell of identity tension only beside a faith or a people named: a mob
# hunting someone, a village refusing a burial, a sweep (workers pulling others out of
# the factories to join a strike, the police searching for blades).
SARA_WITH_A_FAITH = frozenset(
    ["persekusi", "tolak pemakaman", "menolak pemakaman", "penolakan pemakaman"]
    + ["aksi sweeping", "melakukan sweeping"]
)

RIVAL_GROUPS = (
    *("suporter", "pertandingan", "stadion", "sepak bola", "sepakbola", "liga", "laga"),
    *("ormas", "organisasi masyarakat", "organisasi kemasyarakatan", "perguruan silat"),
    # "Konflik antar perguruan silat di Jember", "puluhan pesilat dari perguruan lain".
    *("antar perguruan", "antarperguruan", "pesilat"),
    *("warga dua desa", "bentrok antardesa", "bentrok antar desa", "bentrokan antar desa"),
    # Two groups of residents at war (Kwamki Narama's "dua kelompok warga" shooting arrows
    # at each other): the killing that set them off is their quarrel's, not a crime apart.
    *("dua kelompok warga", "kedua kelompok warga", "antarkelompok warga"),
    *("antar kelompok warga", "dua kubu yang bertikai", "kedua kubu yang bertikai"),
    # Tual's neighbourhoods at war ("konflik antar warga di Kota Tual", "bentrok antarwarga
    # kembali pecah"): residents in groups, not two men at blows.
    *("bentrok antar warga", "bentrok antarwarga", "bentrokan antar warga"),
    *("bentrokan antarwarga", "konflik antar warga", "konflik antarwarga"),
    # Outside an election, two camps throwing stones at each other are groups at odds.
    "kedua kubu",
    # Street-corner motorbike taxis, named in stories of their quarrels with the online
    # ones over passengers (an online rider robbed by debt collectors is no group's).
    *("ojek pangkalan", "ojek pengkolan", "opang"),
    # A sultanate's loyalists ("pendukung Permaisuri Kesultanan Ternate") back no
    # candidate, nor do a palace's camps ("massa pendukung Raharjo dan Luqman" throwing
    # stones in the Keraton Kasepuhan after one of them "melantik perangkat
    # kesultanannya").
    *("kesultanan", "kesultanannya", "permaisuri", "keraton", "kraton", "kerajaan"),
)
FANS = frozenset(["pendukung", "simpatisan"])

# Cues that name an electoral category only in a text about an election: a land
# dispute ends in "bentrok" too, a church is refused on a "spanduk", a government
# programme hands out "sembako".
ELECTORAL_ONLY: dict[str, frozenset[str]] = {
    "supporters_clash": frozenset(
        ["bentrok", "bentrokan", "keributan", "konvoi", "euforia", "saling serang", "gesekan"]
        + ["saling lempar"]
        + ["kedua kubu", "adu fisik", "antarkubu", "antar pendukung", "antarpendukung"]
        + ["massa pendukung", "masa pendukung", "simpatisan", "kelompok simpatisan"]
    ),
    # A pole a banner hangs on is where a lineman is electrocuted too.
    "election_campaign_violation": frozenset(["spanduk", "baliho", "apk", "tiang listrik"]),
    # An armed group's or a relief effort's supplies are "logistik" too.
    "election_logistics": frozenset(["logistik"]),
    "money_politics": frozenset(
        ["sembako", "membagi bagikan", "dibagi bagikan", "sarung", "memberikan sejumlah uang"]
        + ["bansos", "janji pemberian uang"]
        # A ministry's aid withdrawn from a household is no candidate's bargain.
        + ["mencabut bantuan"]
        # Traffickers and swindlers lure their victims too ("iming-iming gaji 5000
        # Ringgit").
        + ["iming iming"]
    ),
    "polling_station_unrest": frozenset(["intimidasi", "kejadian khusus"]),
    # Any lawsuit is a "gugatan", and any ruling may be refused ("menolak hasil sidang
    # adat"); a result dispute only in an election.
    # Discontent with "the result of the meeting" is no election's result disputed.
    "election_result_dispute": frozenset(
        ["gugatan", "menolak hasil", "tidak puas dengan hasil", "tak puas dengan hasil"]
        + ["menolak pelaksanaan dan hasil", "tolak pelaksanaan dan hasil"]
        + ["kemelut pemilihan", "tidak terima dengan hasil", "tak terima dengan hasil"]
        + ["sengketa pemilihan", "dihitung ulang", "tidak mau menerima hasil"]
        + ["tak mau menerima hasil"]
        + ["tidak puas hasil", "tak puas hasil"]
        # "Tidak menerima hasil musyawarah" over a pick-up point at a station.
        + ["tidak menerima hasil", "tak menerima hasil", "tidak terima hasil"]
        # A hamlet head's selection, an exam or a tender is "curang" too.
        + ["tolak hasil", "kecurangan"]
        + ["protes terhadap hasil", "protes atas hasil", "memprotes hasil"]
        # A civil servant's or a student's false diploma is a crime, not a candidacy
        # contested.
        + ["ijazah palsu", "keabsahan ijazah"]
        # A team leaving the court in protest at the referee walks out of a match.
        + ["walk out", "walkout"]
        # A player caught cheating is disqualified from a tournament too.
        + ["diskualifikasi", "didiskualifikasi", "mendiskualifikasi"]
    ),
    # Left off a list of aid recipients ("tidak terdaftar dalam penyaluran BLT") is
    # off no voters' roll; a child abused or married off is "di bawah umur" too.
    "voter_list_problem": frozenset(
        ["ktp", "e ktp", "tidak terdaftar", "di bawah umur", "dibawah umur", "belum cukup umur"]
    ),
    # A village head or a civil servant is a neutrality matter only in an election.
    "asn_neutrality": frozenset(
        ["asn", "aparatur sipil negara", "pns", "perangkat desa", "kepala desa", "lurah"]
        + ["seragam dinas", "netralitas", "sekdes", "sekretaris desa", "camat"]
        + ["ketidaknetralan"]
        # A regency's routine reshuffle is no candidacy served.
        + list(_RESHUFFLES)
    ),
}

# Where campaigning is forbidden ("kampanye di tempat ibadah", APK "di kawasan sekolah
# dan tempat ibadah", a caleg "kampanye di gereja", an ustaz campaigning in a masjid):
# in a text about campaigning they name a campaign violation's venue, not identity
# tension.
CAMPAIGN_VENUES = frozenset(
    [
        "tempat ibadah", "rumah ibadah", "masjid", "gereja", "pura", "vihara", "klenteng",
        "musala", "mushola", "surau",
    ]
)  # fmt: skip

# Routine civic news: ceremonies, trainings, openings, repairs, harvests. It only stops
# the model's guesswork from inventing a category for a text that names none.
# Security forces moved out to the polls on the eve of a vote ("apel pergeseran
# pasukan"): the deployment every election has, however many TPS it calls prone.
# A desa adat choosing its bendesa: candidates and votes, but none of the taxonomy's
# elections, and routine unless the text tells of a quarrel.
CUSTOMARY_ELECTION = ("ngadegang", "pemilihan bendesa", "calon bendesa", "bendesa terpilih")
# Rites and festivals fought as mock wars: Tenganan's pandan war (mekare-kare), Lingsar's
# perang topat between Muslims and Hindus, Kapal's perang tipat, the fire, torch, water,
# tomato and mud "wars" of village feasts. Their blood and thrown rice cakes are worship
# and play, not conflict. (Ramadan's "perang sarung" is a youths' brawl, not a rite.)
MOCK_WARS = (
    "perang pandan", "mekare kare", "makare kare", "makere kere", "perang topat",
    "perang ketupat", "perang tipat", "perang api", "perang obor", "perang air",
    "perang tomat", "perang lumpur", "perang bantal", "siat yeh", "gebug ende",
    # Semarang's Gebyuran Bustaman, a kampung's water war before Ramadan.
    "gebyuran",
    # Munggu's mekotek at Kuningan, a war of wooden staves ("perang kayu", "ngerebek").
    "mekotek", "makotek", "perang kayu",
    # East Java's ojung, a rattan whipping duel for rain ("duel cambuk rotan"), and
    # Toraja's sisemba, a harvest's mass kicking match ("duel kaki").
    "ojung", "ojhung", "ojug", "duel cambuk", "adu cambuk", "sisemba",
    # Pejanggik's perang timbung in Lombok Tengah, a war of rice cooked in bamboo.
    "perang timbung", "penimbungan",
    # Pariaman's tabuik basalisiah, the brawl the rite requires of its two sides.
    "basalisiah", "basalisia", "basilisih",
    # The Baliem Valley Festival at Wamena, whose Dani, Lani and Yali warriors stage the
    # old wars between their peoples with spears and arrows (the press also spells it
    # "Beliem").
    "festival lembah baliem", "festival baliem", "festival budaya lembah baliem",
    "festival lembah beliem",
)  # fmt: skip

CUSTOMARY_QUARREL = (
    "kisruh", "polemik", "menolak", "protes", "sengketa", "disengketakan", "konflik",
    "deadlock", "memanas", "terkatung", "dibatalkan", "membatalkan", "keberatan",
    "unjuk rasa", "geruduk", "menggeruduk", "ricuh", "bentrok", "ketegangan", "gugatan",
    "persengketaan", "dua kubu", "kedua kubu",
)  # fmt: skip

# The election bodies teaching voters, most of all the young at their schools: their
# talk of rights, lists and polling stations tells of nothing gone wrong.
VOTER_EDUCATION = (
    "pemilih pemula",
    "pendidikan pemilih",
    "sosialisasi pemilih",
    "goes to school",
    "goes to campus",
    "pendidikan demokrasi",
    "pendidikan politik",
)

DEPLOYMENT = (
    "apel pasukan",
    "gelar pasukan",
    "apel pergeseran",
    "pergeseran pasukan",
    "pergeseran personel",
    "menggeser personel",
    "menggeser pasukan",
    "geser pasukan",
    "geser personel",
    # Forces and pecalang announced for an election's security, nothing said to go wrong
    # ("Polda Bali mengerahkan 12.512 personel dalam pengamanan pelaksanaan pilkada").
    "personel dalam pengamanan",
    "pengamanan pelaksanaan",
    "ikut mengamankan",
    "turut mengamankan",
    "membantu mengamankan",
    "pecalang dikerahkan",
    "penebalan pengamanan",
    "penebalan personel",
)

# The routine words that tell an event went smoothly: hoped for, they report nothing.
SMOOTH_OUTCOMES = frozenset(
    [
        "berjalan lancar", "berjalan aman", "berjalan dengan aman", "aman dan lancar",
        "aman lancar dan tertib", "aman tertib dan lancar", "tanpa hambatan",
        "aman dan kondusif", "aman kondusif", "aman terkendali",
    ]
)  # fmt: skip

ROUTINE = (
    "selesai diperbaiki",
    "meresmikan",
    "diresmikan",
    "peresmian",
    "melantik",
    "simulasi",
    "pelatihan",
    "bimbingan teknis",
    "bimtek",
    "lomba",
    "festival",
    # A feast kept without its parade ("tidak akan menggelar arak-arakan Naga dan
    # barongsai … karena bersamaan dengan pesta demokrasi"): a precaution, no trouble.
    "arak arakan naga",
    "tanpa arak arakan",
    "barongsai",
    "upacara",
    "berlangsung khidmat",
    "berlangsung meriah",
    "berjalan lancar",
    "berjalan aman",
    "berjalan dengan aman",
    "aman dan lancar",
    "aman lancar dan tertib",
    "aman tertib dan lancar",
    "tanpa hambatan",
    # A field officer's all-clear: the situation is calm and life goes on.
    "aman dan kondusif",
    "aman kondusif",
    "aman terkendali",
    "beraktivitas seperti biasa",
    "beraktivitas normal",
    "panen",
    "posyandu",
    "kerja bakti",
    "gotong royong",
    "vaksinasi",
    "wisatawan",
    "beasiswa",
    # Night spots told to close for the fasting month ("tempat hiburan malam … tutup
    # selama bulan Ramadhan"): a season's rule, announced and enforced every year.
    "hiburan malam selama",
    "hiburan malam beroperasi selama",
    "hiburan malam tutup selama",
    "hiburan malam di bulan ramadhan",
    "dilarang buka di bulan ramadan",
    "dilarang buka di bulan ramadhan",
    # The police's seasonal operations, churches and ports guarded over Christmas and
    # Lebaran ("Operasi Lilin 2025", "Operasi Ketupat"): a deployment every year.
    "operasi lilin",
    "operasi ketupat",
)

# A charity's handout, its queue crushed ("Pembagian Zakat di Makassar Ricuh, Warga
# Pingsan"): a crowd's push for alms, no quarrel between anyone.
ALMS = ("pembagian zakat", "antre zakat", "mengantre zakat", "zakat mal", "zakat maal")
# A government's cheap sale in a shortage ("operasi pasar minyak goreng", "pasar murah"),
# its queue pushing and fainting: the same crowd, the same no one at odds.
CHEAP_SALES = (
    "operasi pasar",
    "pasar murah",
    "minyak goreng murah",
    "sembako murah",
    "beras murah",
    "antre minyak goreng",
    "antri minyak goreng",
)
# Subsidised gas sold only at official depots in a shortage (February 2025: "antre gas
# LPG 3 kg", "gas melon"), its queue pushing, shouting, a woman dead of exhaustion after
# it: the same crowd and no one at odds, unless it protests. Only where a queue is told:
# a cylinder's blast in a kitchen is another story.
SUBSIDISED_GAS = (
    "lpg 3 kg",
    "lpg 3 kilogram",
    "elpiji 3 kg",
    "elpiji 3 kilogram",
    "gas 3 kg",
    "gas 3kg",
    "gas 3 kilogram",
    "gas melon",
)
QUEUE_WORDS = (" antre", " antri", " mengantre", " mengantri")

# A house of worship named by its bare word, however often ("Vihara Amurva Bhumi …
# di Vihara Amurva Bhumi"): one building, its name said twice, not twice the tension.
COUNTED_ONCE = frozenset(["masjid", "gereja", "pura", "vihara", "klenteng", "kelenteng"])

# Newcomers to a village (Bali's "penduduk pendatang", shortened "duktang") and the
# checks of their papers the Satpol PP and the village hold after every Lebaran.
NEWCOMERS = (
    "duktang",
    "penduduk pendatang",
    "warga pendatang",
    "penduduk non permanen",
    "penduduk nonpermanen",
)
PAPERS_CHECKED = (
    "sidak",
    "inspeksi mendadak",
    "penertiban",
    "pendataan",
    "didata",
    "didaftarkan",
    "terjaring",
    "menjaring",
    "razia kependudukan",
    "wajib lapor",
    "belum melapor",
    "tidak melapor",
    "administrasi kependudukan",
)

# Ballots folded and sorted in the warehouse: the election bodies' own chores, whose
# checks for damaged ballots name trouble that has not happened.
ELECTION_CHORES = (
    "pelipatan surat suara",
    "pelipatan",
    "melipat surat suara",
    "penyortiran surat suara",
    "sortir dan lipat",
)

# A story told as an exercise: the clash it describes was staged by the police and the
# election bodies to train for one ("bentrok ini merupakan simulasi pengamanan").
DRILL = (
    "merupakan simulasi",
    "simulasi pengamanan",
    "simulasi penanganan",
    "simulasi sistem pengamanan",
    "simulasi sispam",
    "sispamkota",
    "sispam kota",
    "latihan pengamanan",
    # A show of the police's revealed as one ("Kejadian ini bukan sebenarnya. Ini hanya
    # atraksi").
    "hanya atraksi",
    # The armed forces' exercises ("Latgab TNI 2023", "Latihan Taktis Antarkecabangan",
    # "latihan tempur"): an enemy scenario, its shots and assaults on a range.
    "latihan gabungan",
    "latgab",
    "latgabma",
    "latihan tempur",
    "latihan taktis",
    "latihan perang",
    "latihan militer",
)

# Election logistics and the voter list are the election bodies' routine: news of boxes
# shipped to an island under escort, or of how an unlisted voter may still vote, is no
# signal unless something went or may go wrong.
PROCEDURAL_CATEGORIES = frozenset(["election_logistics", "voter_list_problem"])
# What a training of the polls' officers talks about ("bimtek KPPS pemungutan suara").
ROUTINE_ELECTION_CATEGORIES = PROCEDURAL_CATEGORIES | {"polling_station_unrest"}
# A roll or a count said to be rigged ("sistem noken itu diduga sudah dimanipulasi secara
# masif", "DPT … lebih banyak dari total jumlah penduduk"): trouble however the story
# around it explains the procedure.
RIGGING = (
    "dimanipulasi",
    "manipulasi",
    "kecurangan",
    "penggelembungan",
    "digelembungkan",
    "lebih banyak dari jumlah penduduk",
    "lebih banyak dari total jumlah penduduk",
    "melebihi jumlah penduduk",
)
PROCEDURE_TROUBLE = (
    "kurang",
    "kekurangan",
    "rusak",
    # Boxes and ballots wrecked by someone ("peristiwa perusakan kotak dan surat suara").
    "perusakan kotak",
    "pengrusakan kotak",
    "perusakan surat suara",
    "terlambat",
    "keterlambatan",
    "tertunda",
    "ditunda",
    "terhambat",
    "menghambat",
    "terkendala",
    "tertahan",
    "hilang",
    "tertukar",
    "basah",
    "terbalik",
    "tenggelam",
    "putus",
    "belum datang",
    "belum tiba",
    "belum diterima",
    "belum masuk",
    "tidak datang",
    "habis",
    "ganda",
    "tidak terdaftar",
    "tak terdaftar",
    "belum terdaftar",
    "tidak tercantum",
    "tidak bisa memilih",
    "tidak dapat memilih",
    "tak bisa memilih",
    "tidak bisa mencoblos",
    "tak bisa mencoblos",
    "tidak bisa nyoblos",
    "gagal nyoblos",
    "gagal mencoblos",
    "kehilangan hak pilih",
    # Voters brought in to vote where they have no right to, children among them.
    "pemilih siluman",
    "di bawah umur",
    "dibawah umur",
    "belum cukup umur",
    "mobilisasi pemilih",
    "memobilisasi pemilih",
    # Foreigners on the roll ("dua WNA yang masuk dalam DPT", "tiga warga negara asing
    # (WNA) terdaftar dalam DPT"): voters the law does not admit.
    *(f"wna {entered}" for entered in ("masuk", "yang masuk", "terdaftar", "yang terdaftar")),
    # "tidak bisa dimasukkan dalam DPT": voters the list could not take.
    "tidak bisa dimasukkan",
    "tidak bisa ditetapkan",
    "tidak masuk dpt",
    "tidak ada ktp",
    "tidak memiliki ktp",
    "ditolak",
    "protes",
    "memprotes",
    "ricuh",
    "kericuhan",
    "keributan",
    "tercoblos",
    "dicoblos",
    # A method or an officer found wanting ("metode pos dan KSK bermasalah", "18 pantarlih
    # fiktif"), and the re-vote that follows.
    "bermasalah",
    "fiktif",
    "tidak tercatat",
    "pemungutan suara ulang",
    "dibakar",
    "terbakar",
    "dicuri",
    "dirampas",
    "dihadang",
    "dibawa kabur",
    "terancam",
    "dikhawatirkan",
    "kemungkinan",
    "selisih",
    "menghalangi",
    "dihalangi",
    # Households the registrars never visited ("tidak pernah dicoklit", "rumahnya tak
    # didatangi petugas pantarlih"): the roll compiled from a desk.
    "tidak pernah dicoklit",
    "tidak dicoklit",
    "belum dicoklit",
    "tidak didatangi",
    "tak didatangi",
    # Registrars refused, chased or barred at the door.
    "menolak dicoklit",
    "menolak coklit",
    "diusir",
    "dikejar",
    "semena mena",
    "tidak diperkenankan",
    # Shots at the helicopter carrying the ballots are no routine either.
    "ditembaki",
    "ditembak",
    "tembakan",
    "diberondong",
    "penembakan",
    "diserang",
    "penyerangan",
    # "Buka kotak suara sebelum pleno … merupakan tindak pelanggaran".
    "pelanggaran",
    *RIGGING,
)
# What goes wrong with the ballots, boxes and forms themselves.
MATERIAL_TROUBLE = frozenset(
    ["kurang", "kekurangan", "rusak", "tertukar", "hilang", "basah", "terlambat"]
    + ["keterlambatan", "tertahan", "belum datang", "belum tiba", "belum diterima"]
)
# A poll worker who died of exhaustion or illness ("diduga mengalami kelelahan", "punya
# riwayat tekanan darah tinggi") is a loss to the election, not a conflict signal.
# Flag words and the phrases in which they raise no flag: "kurang lebih" is "about",
# and rubbish burnt is no arson.
# A hamlet's head (kepala dusun, kadus, kasun, kepala dukuh) is chosen by the village's
# own committee, by test or by vote: no pemilu, pilkada or pilkades, whatever candidates,
# committees and results the story tells of.
HAMLET_HEAD_CHOICE = (
    "pemilihan kepala dusun",
    "pemilihan kadus",
    "pemilihan kasun",
    "pemilihan kepala dukuh",
    "seleksi kepala dusun",
    "seleksi kadus",
    "seleksi jabatan kepala dusun",
    "pansel kadus",
    "calon kepala dusun",
    "calon kadus",
    "kadus terpilih",
    "kepala dusun terpilih",
    "kasun terpilih",
    "kepala dukuh terpilih",
)

FLAG_EXCEPTIONS: dict[str, dict[str, tuple[str, ...]]] = {
    # A mental or a bodily disorder ("pemilih dengan gangguan jiwa") disturbs no peace.
    "security": {
        "gangguan": (
            "gangguan jiwa",
            "gangguan jiwanya",
            "gangguan mental",
            "gangguan kejiwaan",
            "gangguan ingatan",
            "gangguan kesehatan",
            "gangguan pendengaran",
            "gangguan penglihatan",
        ),
    },
    # "Kurang rawan" is a risk grade, not a shortage.
    # An NGO's campaign manager ("manajer kampanye pesisir dan laut") runs no election's.
    "campaign": {
        # ... and a campaign against drugs or for health ("kampanye anti narkoba",
        # "kampanye jihad lawan narkotika", "kampanye imunisasi") runs for no seat.
        "kampanye": (
            "manajer kampanye",
            "divisi kampanye",
            "kampanye pesisir",
            "juru kampanye",
            *(
                f"kampanye {cause}"
                for cause in (
                    *("anti", "antinarkoba", "stop", "bahaya", "pencegahan", "jihad"),
                    *("pemberantasan", "hidup sehat", "keselamatan", "imunisasi", "vaksinasi"),
                )
            ),
        ),
        # An organisation's sympathisers, a banned one's above all, back no candidate.
        "simpatisan": (
            "simpatisan organisasi",
            "simpatisan ormas",
            "simpatisan hti",
            "simpatisan isis",
            "simpatisan jaringan",
            # Detainees' and defendants' sympathisers ("simpatisan tahanan politik
            # memblokade jalan" against their transfer to another court).
            "simpatisan tahanan",
            "simpatisan tapol",
            "simpatisan terdakwa",
        ),
        # A prospective passenger, buyer, student or bride stands in no election.
        "calon": (
            "calon penumpang",
            "calon pembeli",
            "calon mahasiswa",
            "calon siswa",
            "calon pengantin",
            "calon jemaah",
            "calon tenaga kerja",
            "calon pekerja",
            "calon istri",
            "calon suami",
            "calon korban",
        ),
        # A students' association, a youth body or a cooperative choosing its chair
        # ("pemilihan ketua HMJ") holds no election of the state's.
        "pemilihan": tuple(
            f"pemilihan ketua {body}"
            for body in (
                "hmj",
                "himpunan",
                "bem",
                "senat",
                "osis",
                "organisasi",
                "ormas",
                "knpi",
                "karang taruna",
                "koperasi",
                "ikatan",
                "paguyuban",
                "perkumpulan",
            )
        )
        + ("pemilihan rektor",),
    },
    "election": {
        "pemilihan kepala": tuple(
            p for p in HAMLET_HEAD_CHOICE if p.startswith("pemilihan kepala ")
        )
    },
    "trouble": {
        "kurang": ("kurang lebih", "kurang rawan"),
        # "Kecil kemungkinan ada pemilih yang mendapatkan 5 surat suara": unlikely.
        "kemungkinan": ("kecil kemungkinan",),
        # Escorts walking ballots through the forest "terancam dimangsa binatang buas":
        # the wild's danger to them, not trouble at the polls.
        "terancam": ("terancam dimangsa", "terancam diterkam", "terancam binatang buas"),
    },
    # A page's share button ("Bagikan artikel ini melalui") explains nothing.
    "explainer": {
        "artikel ini": ("bagikan artikel ini", "mengenai artikel ini", "tentang artikel ini"),
    },
    # A rite to ward off misfortune ("upaya untuk menolak bala") refuses nobody.
    "customary_quarrel": {"menolak": ("menolak bala",)},
    # Places named Parang ("Desa Parang Batu", Magetan's Kecamatan Parang, the beach of
    # Parang Tritis) hold no machete.
    "weapon": {
        "parang": (
            "desa parang",
            "kecamatan parang",
            "parang tritis",
            # A batik's slanting motif and its court variants ("motif parang rusak
            # barong"), drawn on cloth, not carried.
            "motif parang",
            "batik parang",
            *(f"parang {kind}" for kind in ("rusak", "barong", "gendreh", "klithik", "klitik")),
            "parang kusumo",
        ),
        # A problem left to grow, the essayist's "bom waktu", explodes nowhere.
        "bom": ("bom waktu",),
    },
    # Pretending ("berpura-pura menjadi pocong") visits no temple.
    "target": {"pura": ("pura pura", "berpura pura")},
    "arson": {
        # Gamelan played "untuk membakar semangat" fires up the players, not a house;
        # a rite's offerings and incense burnt ("membakar sesajen") burn no one's roof.
        "membakar": (
            "membakar sampah",
            "membakar semangat",
            "membakar sesajen",
            "membakar sesaji",
            "membakar kemenyan",
            "membakar dupa",
        ),
        "pembakaran": ("pembakaran sampah",),
        "dibakar": ("sampah dibakar",),
    },
}

NATURAL_DEATH = (
    # "Madeg meninggal secara mendadak saat mengikuti Rapat Kerja": collapsed, not struck.
    "meninggal mendadak",
    "meninggal secara mendadak",
    "meninggal dunia mendadak",
    "meninggal dunia secara mendadak",
    "kematian mendadak",
    "kelelahan",
    "kecapekan",
    "serangan jantung",
    "sakit jantung",
    "riwayat penyakit",
    "riwayat tekanan darah",
    "tekanan darah tinggi",
    "hipertensi",
    "stroke",
    # A player who collapsed at play and died ("meninggal dunia saat sedang main
    # bulutangkis", "meninggal dunia di lapangan"), with no blow told.
    *(
        f"{died} {when} {play}"
        for died in ("meninggal", "meninggal dunia")
        for when in ("saat", "ketika", "saat sedang", "ketika sedang")
        for play in ("main", "bermain", "bertanding", "berolahraga", "berlatih")
    ),
    *(f"{fell} di lapangan" for fell in ("meninggal", "meninggal dunia", "ambruk", "kolaps")),
)

# A manual's or a course's own marks ("PANDUAN BAGI PENGAWAS TPS", "DAFTAR ISI", a
# training's "materi bimtek"): a document that teaches the procedure, whatever office's
# address it prints.
MANUAL = (
    "daftar isi",
    "panduan bagi",
    "buku panduan",
    "petunjuk penggunaan",
    "materi bimtek",
    "bahan ajar",
)

# A guide for voters ("Warga yang Tak Terdaftar di DPT Bisa Nyoblos, Ini Syaratnya").
EXPLAINER = (
    # A guide that explains the rules ("Jika Surat Suara Rusak, Apakah Bisa Diganti? Ini
    # Aturannya", "Artikel ini akan mengupas …").
    "ini aturannya",
    "begini aturannya",
    "berikut aturannya",
    "artikel ini",
    "bayangkan anda",
    "apa yang dimaksud",
    "ini syaratnya",
    # A list of what the rules forbid ("Ada sejumlah aturan … sejumlah larangan yang tidak
    # boleh dilakukan saat kampanye pemilu. Berikut ini aturannya").
    "sejumlah aturan",
    "sejumlah larangan",
    "berikut larangan",
    "apa saja larangan",
    "berikut syarat",
    "berikut syaratnya",
    "syarat dan ketentuan",
    "begini caranya",
    "berikut cara",
    "cara cek",
    "tata cara",
    # The law a text sets out ("DASAR HUKUM: 1. UU Nomor 7 Tahun 2017 …").
    "dasar hukum",
    # How to report fraud or a violation: a guide, not a report of one.
    "cara melaporkan",
    "cara melapor",
    "cara lapor",
    "cara mengadukan",
    "masih bisa memilih",
    "masih bisa mencoblos",
    "tetap bisa memilih",
    "tetap bisa mencoblos",
    # A listicle speaking to its reader ("Sangat mungkin kamu alami kalau kamu kurang
    # memperhatikan beberapa hal berikut ini", "Tips: …"): news does not say "kamu".
    "kamu alami",
    "kamu bisa",
    "beberapa hal berikut",
    "hal hal berikut",
    "tips",
)

# False content told as circulating ("beredar selebaran hoaks", "video itu viral") is an
# act done, whatever appeals follow it.
CONTENT_WORDS = (
    "hoaks",
    "hoax",
    "selebaran",
    "video",
    "foto",
    "gambar",
    "tangkapan layar",
    "screenshot",
    "percakapan",
    "pesan berantai",
    # "Beredar pesan di aplikasi WhatsApp": a message, not the police's "pesan damai".
    "pesan di aplikasi",
    # A rumour told as a hoax ("Kabar yang beredar melalui media sosial …").
    "kabar",
    "pesan whatsapp",
    "pesan wa",
    "konten",
    "unggahan",
    "postingan",
    "berita bohong",
    "berita palsu",
    "informasi palsu",
    "informasi bohong",
    "ujaran kebencian",
    "meme",
    "rekaman",
    "surat palsu",
    "deepfake",
    "rekayasa digital",
    # Banners and posters bearing hate or provocation, once hung.
    "spanduk",
    "poster",
)
CIRCULATION_WORDS = (
    "beredar",
    "beredarnya",
    "tersebar",
    "disebar",
    "disebarkan",
    "menyebar",
    "menyebarkan",
    "viral",
    "diviralkan",
    "dihebohkan",
    "diunggah",
    "mengunggah",
    "penyebaran",
    "bertebaran",
    # Made with a face and a voice not the speaker's: it exists.
    "memanipulasi",
    "dimanipulasi",
    # Found by the police's cyber patrol, or taken down: either way it was up.
    "mengidentifikasi",
    "takedown",
    "take down",
    # Hung up, or taken down: either way it was up.
    "dipasang",
    "terpasang",
    "dicopot",
    "ditertibkan",
)

# An agency warning or appealing in the lead ("Bawaslu mewanti-wanti para caleg …")
# speaks of a risk, however many procedural pasts ("DCT ditetapkan") follow.
APPEALS = frozenset(
    ["imbau", "mengimbau", "menghimbau", "mengingatkan", "ingatkan", "mewanti wanti"]
    # "Meminta" is an appeal only when it asks the public: "meminta keterangan saksi" is
    # the police at work.
    + ["meminta masyarakat", "meminta warga", "meminta semua pihak", "meminta seluruh"]
    + ["meminta kepada masyarakat", "meminta kepada warga", "meminta kepada seluruh"]
    + ["meminta asn", "meminta agar", "melarang asn"]
    # "Meminta … elite politik menahan diri untuk tidak kampanye sebelum waktunya".
    + ["menahan diri"]
)
STRONG_ACT = 0.8

# People arrested: a story that leads with an arrest reports it, however much it then
# tells of what those arrested had planned.
ARRESTS = (
    "ditangkap",
    "menangkap",
    "penangkapan",
    "dibekuk",
    "membekuk",
    "diringkus",
    "meringkus",
    "diciduk",
    "digelandang",
    "berhasil diamankan",
    "diamankan polisi",
    "diamankan petugas",
    # Caught red-handed ("tertangkap basah hendak tawuran"): taken in before the act.
    "tertangkap basah",
    "tertangkap tangan",
    # The KPK's sting ("operasi tangkap tangan (OTT) pada Sabtu malam"): people caught.
    "operasi tangkap tangan",
)
# Trouble told as found ("5.762 DPT ganda ditemukan", "pemilih ganda terjadi") is a
# problem reported, even in a story that goes on to say who may still vote.
FINDINGS = ("ditemukan", "menemukan", "temuan", "terjadi", "mendapati", "didapati")
# People suspected for how they behave or who they might be, not for what they did:
# the suspicion falls on persons ("gerak-geriknya mencurigakan", "membuat warga curiga"),
# not on a motive ("saya curiga ada hubungannya dengan Pilkades" after a house stoned).
SUSPICIONS = (
    "gerak geriknya mencurigakan",
    "gerak gerik mencurigakan",
    "orang mencurigakan",
    "orang yang mencurigakan",
    "orang orang mencurigakan",
    "dicurigai sebagai",
    "dicurigai oleh warga",
    "dicurigai warga",
    "membuat warga curiga",
    "warga curiga",
    "penyusup",
    "sosok misterius",
    "orang misterius",
)
# A call to act ("ajakan jihad", "seruan aksi") speaks of the act it calls for.
CALLS = ("ajakan", "seruan", "mengajak", "ngajak")

# Tension words speak of a risk when nothing has happened yet ("situasi mulai tegang"),
# and of the aftermath when an act is told beside them ("dihadang, situasi memanas").
TENSION = frozenset(["ketegangan", "memanas", "mulai panas", "tegang", "mulai tegang", "resah"])
