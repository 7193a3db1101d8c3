"""Feeds and pages from a local HTTP server serving fixture pages: nothing leaves the machine."""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from django.utils import timezone

from siaga.monitoring.fetch import Fetcher, email_text
from siaga.monitoring.models import Item, ItemStatus, Source, SourceKind
from siaga.monitoring.services import fetch_source, import_files

pytestmark = pytest.mark.django_db

ARTICLE = """<html><head><title>{title}</title></head><body>
<nav>Beranda | Politik | Daerah | Olahraga</nav>
<article><h1>{title}</h1>
<p>{lead}</p>
<p>Kapolres menyampaikan bahwa situasi sudah kondusif dan personel tetap disiagakan di lokasi
untuk mencegah kejadian susulan. Warga diminta tidak terprovokasi oleh kabar yang beredar.</p>
</article>
<footer>Hak cipta Kabar Fiktif. Kirim komentar Anda di bawah ini.</footer></body></html>"""

FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Kabar Fiktif</title>
<item><title>Bentrok pendukung di Gelgel</title><link>{base}/berita/1</link>
<pubDate>Tue, 26 Nov 2024 13:00:00 GMT</pubDate><description>ringkas</description></item>
<item><title>Festival layang-layang</title><link>{base}/berita/2</link>
<pubDate>Tue, 26 Nov 2024 09:00:00 GMT</pubDate></item>
</channel></rss>"""

PAGES = {
    "/berita/1": ARTICLE.format(
        title="Bentrok pendukung paslon di Desa Gelgel, dua orang luka",
        lead="Bentrok antarpendukung pasangan calon terjadi di Desa Gelgel, Kecamatan Klungkung, "
        "Kabupaten Klungkung, Selasa malam; dua orang luka dan dirawat di puskesmas.",
    ),
    "/berita/2": ARTICLE.format(
        title="Festival layang-layang meriah",
        lead="Ribuan warga menyaksikan festival layang-layang tahunan di pantai, panitia "
        "menyiapkan hadiah bagi peserta terbaik dan pedagang kecil ikut meramaikan acara.",
    ),
}


class Handler(BaseHTTPRequestHandler):
    requests: list[tuple[str, str]] = []

    def do_GET(self) -> None:  # noqa: N802 (the standard library's name)
        Handler.requests.append((self.path, self.headers.get("If-None-Match", "")))
        if self.path == "/lambat":
            time.sleep(2)
        if self.path == "/feed.xml":
            if self.headers.get("If-None-Match") == '"v1"':
                self.send_response(304)
                self.end_headers()
                return
            port = self.server.server_address[1]  # type: ignore[index]
            body = FEED.format(base=f"http://127.0.0.1:{port}").encode()
            self.send_response(200)
            self.send_header("ETag", '"v1"')
        elif self.path in PAGES:
            body = PAGES[self.path].encode()
            self.send_response(200)
        else:
            body = b"tidak ada"
            self.send_response(404)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        return


class QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        return  # the timeout test hangs up on purpose


@pytest.fixture
def server() -> Iterator[str]:
    Handler.requests = []
    httpd = QuietServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()


def feed(server: str, path: str = "/feed.xml") -> Source:
    return Source.objects.create(
        name="Kabar Fiktif", kind=SourceKind.FEED, url=server + path, region_id="51.05"
    )


def test_a_feed_brings_each_article_once_with_its_main_text_read(server: str) -> None:
    source = feed(server)
    result = fetch_source(source, fetcher=Fetcher(pause_seconds=0))
    assert result.stored == 2
    clash = Item.objects.get(url=f"{server}/berita/1")
    assert "Beranda | Politik" not in clash.text and "Hak cipta" not in clash.text
    assert (clash.status, clash.region_id, clash.severity) == (ItemStatus.NEW, "51.05.03.2003", 3)
    assert clash.published_at == dt.datetime(2024, 11, 26, 13, 0, tzinfo=dt.UTC)
    assert Item.objects.get(url=f"{server}/berita/2").status == ItemStatus.IGNORED


def test_a_second_fetch_is_conditional_and_waits_for_its_interval(server: str) -> None:
    source = feed(server)
    fetch_source(source, fetcher=Fetcher(pause_seconds=0))
    assert fetch_source(source, fetcher=Fetcher(pause_seconds=0)).stored == 0  # not due yet
    later = timezone.now() + dt.timedelta(hours=1)
    again = fetch_source(source, fetcher=Fetcher(pause_seconds=0), now=later)
    assert again.stored == 0
    assert Handler.requests[-1] == ("/feed.xml", '"v1"')
    assert Item.objects.count() == 2


def test_a_slow_or_broken_source_is_recorded_not_fatal(server: str) -> None:
    slow = feed(server, "/lambat")
    fetch_source(slow, fetcher=Fetcher(pause_seconds=0, timeout=0.5))
    slow.refresh_from_db()
    assert "timed out" in slow.last_error or "lambat" in slow.last_error
    missing = Source.objects.create(
        name="Hilang", kind=SourceKind.PAGE, url=server + "/hilang", region_id="51.05"
    )
    fetch_source(missing, fetcher=Fetcher(pause_seconds=0))
    missing.refresh_from_db()
    assert "HTTP 404" in missing.last_error


def test_the_fetcher_pauses_between_requests_to_one_host(server: str) -> None:
    fetcher = Fetcher(pause_seconds=0.3)
    started = time.monotonic()
    fetcher.get(server + "/berita/2")
    fetcher.get(server + "/berita/2")
    assert time.monotonic() - started >= 0.3


def test_files_from_a_drop_folder(tmp_path: Path) -> None:
    (tmp_path / "laporan.txt").write_text(
        "Tadi malam bentrok antarpendukung di Desa Gelgel, dua orang luka"
    )
    (tmp_path / "berita.html").write_text(PAGES["/berita/1"])
    (tmp_path / "surat.eml").write_bytes(
        b"From: Camat <camat@example.go.id>\r\nSubject: Ada provokasi di grup WA warga\r\n"
        b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
        b"Beredar hoaks soal pura di Desa Gelgel yang memancing ketegangan warga Klungkung.\r\n"
    )
    (tmp_path / "foto.jpg").write_bytes(b"\xff\xd8")
    source = Source.objects.create(name="Map", kind=SourceKind.FILES, region_id="51.05")
    result = import_files(source, sorted(tmp_path.iterdir()))
    assert result.stored == 3
    mail = Item.objects.get(title="Ada provokasi di grup WA warga")
    assert mail.author.startswith("Camat") and "hoax_hate_speech" in mail.categories


def test_an_html_email_is_read_as_text() -> None:
    raw = (
        b"From: a@b.c\r\nSubject: Info\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
        b"<html><body><p>Ada keributan di pasar desa, warga diminta tenang dan menunggu polisi.</p>"
        b"</body></html>"
    )
    subject, _sender, body = email_text(raw)
    assert subject == "Info" and "keributan di pasar" in body
