"""An analyst uploads a chat export or a file from the phone; signals join the queue."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from siaga.monitoring.models import Item, Source, SourceKind
from siaga.teams.models import User

pytestmark = pytest.mark.django_db

CHAT = (
    "26/11/24 20.15 - Pak Made: Info warga ada bentrok pendukung paslon di Desa Gelgel, "
    "dua orang luka\n"
    "26/11/24 20.16 - Bu Komang: Selamat malam bapak ibu\n"
)


def logged_in(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_a_chat_export_upload_fills_the_review_queue(klungkung_analyst: User) -> None:
    client = logged_in(klungkung_analyst)
    page = client.post(
        reverse("monitoring-upload"),
        {
            "source": "Grup WA Linmas",
            "kind": SourceKind.CHAT,
            "file": SimpleUploadedFile("WhatsApp Chat.txt", CHAT.encode()),
        },
    )
    assert page.status_code == 302
    source = Source.objects.get(name="Grup WA Linmas")
    assert (source.kind, source.region_id) == (SourceKind.CHAT, "51.05")
    assert Item.objects.filter(source=source).count() == 2
    queue = client.get(reverse("monitoring-queue")).content.decode()
    assert "bentrok pendukung" in queue
    assert "“bentrok”" in queue  # the cue that made it a clash
    assert "Masa tenang" in queue  # 26/11/24: the 2024 Pilkada's quiet days


def test_a_file_of_the_wrong_kind_is_refused_and_the_form_kept(klungkung_analyst: User) -> None:
    page = logged_in(klungkung_analyst).post(
        reverse("monitoring-upload"),
        {
            "source": "Ekspor Facebook",
            "kind": SourceKind.SOCIAL,
            "file": SimpleUploadedFile("catatan.txt", b"teks biasa"),
        },
    )
    assert page.status_code == 422
    assert "Ekspor Facebook" in page.content.decode()
    assert not Item.objects.exists()


def test_a_reporter_cannot_upload(klungkung_reporter: User) -> None:
    assert logged_in(klungkung_reporter).get(reverse("monitoring-upload")).status_code == 403
