"""A chat group's export of a few hundred messages: stored once, read, copies grouped,
signals queued for review in the team's region."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from siaga.monitoring.models import Item, ItemStatus, Source, SourceKind
from siaga.monitoring.services import import_chat_export
from siaga.teams.models import User

pytestmark = pytest.mark.django_db

CHAIN = (
    "Waspada! Beredar hoaks video editan soal pura di Desa Gelgel, jangan disebar, "
    "warga diminta tenang dan tidak terprovokasi"
)
CHATTER = [
    "Selamat pagi semua",
    "Siap pak, terima kasih infonya",
    "Jangan lupa rapat banjar nanti malam",
    "Cuaca hari ini cerah",
    "Mohon izin share info kegiatan posyandu",
]


def export(messages: int = 300) -> str:
    start = dt.datetime(2024, 11, 20, 7, 0)  # noqa: DTZ001 (rendered as local chat time)
    lines = ["20/11/24 06.59 - Pesan dan panggilan dienkripsi secara end-to-end."]
    for n in range(messages):
        at = start + dt.timedelta(minutes=7 * n)
        stamp = at.strftime("%d/%m/%y %H.%M")
        if n % 50 == 10:
            text = ("Fwd: " if n > 10 else "") + CHAIN
        elif n == 120:
            text = "Tadi malam bentrok antarpendukung paslon di Desa Gelgel, dua orang luka"
        elif n == 200:
            text = "Ada pembagian amplop di balai Desa Tangkas, mohon atensi"
        elif n % 37 == 0:
            text = "<Media tidak disertakan>"
        else:
            text = f"{CHATTER[n % len(CHATTER)]} ({n})"
        lines.append(f"{stamp} - Anggota {n % 9}: {text}")
    return "\n".join(lines) + "\n"


@pytest.fixture
def group() -> Source:
    return Source.objects.create(
        name="Grup WA Kamtibmas Klungkung", kind=SourceKind.CHAT, region_id="51.05"
    )


def test_a_chat_export_imports_with_signals_queued_and_copies_grouped(group: Source) -> None:
    result = import_chat_export(group, export())
    assert result.stored > 250
    chains = Item.objects.filter(text__contains="video editan")
    first = chains.order_by("published_at").first()
    assert first is not None and first.status == ItemStatus.NEW
    assert (
        chains.filter(status=ItemStatus.DUPLICATE, duplicate_of=first).count() == chains.count() - 1
    )
    clash = Item.objects.get(text__contains="bentrok")
    assert (clash.status, clash.region_id, clash.severity) == (ItemStatus.NEW, "51.05.03.2003", 3)
    assert Item.objects.filter(status=ItemStatus.IGNORED, text__startswith="Selamat pagi").exists()
    assert result.signals >= 3


def test_importing_the_same_export_again_stores_nothing_new(group: Source) -> None:
    import_chat_export(group, export(60))
    again = import_chat_export(group, export(60))
    assert again.stored == 0 and again.already_known > 40


def test_times_are_read_in_the_groups_zone(group: Source) -> None:
    import_chat_export(
        group, "20/11/24 21.05 - Pak Made: Tadi malam bentrok di Desa Gelgel, dua orang luka\n"
    )
    assert Item.objects.get().published_at == dt.datetime(2024, 11, 20, 13, 5, tzinfo=dt.UTC)


def test_an_analyst_confirms_a_signal_and_an_observer_cannot(
    group: Source, klungkung_analyst: User, bali_observer: User, tabanan_analyst: User
) -> None:
    import_chat_export(group, export(130))
    clash = Item.objects.get(text__contains="bentrok")
    client = Client()
    client.force_login(klungkung_analyst)
    queue = client.get(reverse("monitoring-queue")).content.decode()
    assert "bentrok antarpendukung" in queue and "Selamat pagi" not in queue
    response = client.post(reverse("monitoring-review", args=[clash.pk, "confirm"]))
    assert response.status_code == 200
    clash.refresh_from_db()
    assert clash.status == ItemStatus.CONFIRMED and clash.reviewed_by == klungkung_analyst
    observer = Client()
    observer.force_login(bali_observer)
    assert observer.get(reverse("monitoring-queue")).status_code == 403
    other = Client()
    other.force_login(tabanan_analyst)
    assert "bentrok antarpendukung" not in other.get(reverse("monitoring-queue")).content.decode()


def test_the_import_chat_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "WhatsApp Chat with Kamtibmas.txt"
    path.write_text(export(40), encoding="utf-8")
    call_command("import_chat", str(path), "--source", "Grup Desa", "--region", "51.05.03")
    assert Item.objects.count() > 30
    assert str(Item.objects.count()) in capsys.readouterr().out
    assert Source.objects.get(name="Grup Desa").region_id == "51.05.03"


def test_social_media_exports_in_csv_and_json(tmp_path: Path) -> None:
    csv_path = tmp_path / "posts.csv"
    csv_path.write_text(
        "id,author,text,published,likes\n"
        '1,@warga_klk,"Beredar hoaks di grup WA soal pura di Desa Gelgel, warga mulai panas",'
        "2024-11-26T10:00:00+08:00,12\n"
        "2,@kuliner,Makan siang enak hari ini,2024-11-26T12:00:00,3\n",
        encoding="utf-8",
    )
    json_path = tmp_path / "posts.json"
    json_path.write_text(
        '{"posts": [{"message": "Tadi malam bentrok antarpendukung di Desa Gelgel, '
        'dua orang luka", "user": "@saksi", "created_at": "2024-11-26T14:00:00Z"}]}',
        encoding="utf-8",
    )
    call_command("import_social", str(csv_path), "--source", "Ekspor FB", "--region", "51.05")
    call_command("import_social", str(json_path), "--source", "Ekspor FB")
    hoax = Item.objects.get(author="@warga_klk")
    assert hoax.status == ItemStatus.NEW and "hoax_hate_speech" in hoax.categories
    assert hoax.published_at == dt.datetime(2024, 11, 26, 2, 0, tzinfo=dt.UTC)
    assert Item.objects.get(author="@kuliner").status == ItemStatus.IGNORED
    assert Item.objects.get(author="@saksi").severity == 3


def test_a_news_item_points_at_field_reports_of_the_same_event(
    group: Source, klungkung_reporter: User
) -> None:
    from siaga.reports.choices import Channel
    from siaga.reports.services import ReportInput, submit_report

    report, _ = submit_report(
        ReportInput(
            raw_text="bentrok pendukung paslon di gelgel",
            channel=Channel.SMS,
            region_code="51.05.03.2003",
            categories=["supporters_clash"],
        ),
        reporter=klungkung_reporter,
    )
    now = timezone.localtime(report.received_at).strftime("%d/%m/%y %H.%M")
    import_chat_export(
        group, f"{now} - Pak Made: Bentrok antarpendukung paslon di Desa Gelgel, dua orang luka\n"
    )
    assert Item.objects.get().reading["related_reports"] == [report.pk]
