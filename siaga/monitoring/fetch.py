"""Fetching feeds and pages politely: a timeout, conditional requests, a pause per host.

The network is touched only here; tests point sources at a local HTTP server.
"""

from __future__ import annotations

import email
import email.policy
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from email.message import EmailMessage
from urllib.parse import urlsplit

USER_AGENT = "Siaga/0.1 (+early warning for Tim Terpadu; contact the team's secretariat)"
TIMEOUT_SECONDS = 15.0
MAX_BYTES = 5 * 1024 * 1024


@dataclass
class Response:
    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)


class FetchError(RuntimeError):
    """The source could not be read this time (network, timeout, HTTP error)."""


class Fetcher:
    """One per run: remembers when it last asked each host, and waits between asks."""

    def __init__(self, *, pause_seconds: float = 1.0, timeout: float = TIMEOUT_SECONDS) -> None:
        self.pause_seconds = pause_seconds
        self.timeout = timeout
        self._last_by_host: dict[str, float] = {}

    def get(self, url: str, *, etag: str = "", last_modified: str = "") -> Response:
        if urlsplit(url).scheme not in ("http", "https"):
            raise FetchError(f"not an http(s) address: {url}")
        self._wait_for(urlsplit(url).netloc)
        headers = {"User-Agent": USER_AGENT, "Accept-Language": "id,en;q=0.5"}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        request = urllib.request.Request(url, headers=headers)  # noqa: S310 (scheme checked above)
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as reply:  # noqa: S310
                return Response(reply.status, reply.read(MAX_BYTES), dict(reply.headers.items()))
        except urllib.error.HTTPError as exc:
            if exc.code == 304:
                return Response(304, b"", dict(exc.headers.items()))
            raise FetchError(f"HTTP {exc.code} from {url}") from exc
        except (urllib.error.URLError, TimeoutError, OSError) as exc:
            raise FetchError(f"{url}: {exc}") from exc

    def _wait_for(self, host: str) -> None:
        last = self._last_by_host.get(host)
        if last is not None:
            delay = self.pause_seconds - (time.monotonic() - last)
            if delay > 0:
                time.sleep(delay)
        self._last_by_host[host] = time.monotonic()


def main_text(html: bytes | str, url: str = "") -> tuple[str, str]:
    """(title, main text) of an article page, without menus, comments and footers."""
    import trafilatura

    document = html.decode("utf-8", errors="replace") if isinstance(html, bytes) else html
    extracted = trafilatura.bare_extraction(document, url=url or None, include_comments=False)
    if extracted is None:
        return "", ""
    title = getattr(extracted, "title", None) or ""
    text = getattr(extracted, "text", None) or ""
    return str(title), str(text)


def email_text(raw: bytes) -> tuple[str, str, str]:
    """(subject, sender, body) of an .eml file, preferring the plain-text part."""
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(message, EmailMessage)  # noqa: S101 (the default policy builds these)
    part = message.get_body(preferencelist=("plain", "html"))
    body = part.get_content() if part is not None else ""
    if part is not None and part.get_content_type() == "text/html":
        body = main_text(body)[1]
    return str(message.get("subject", "")), str(message.get("from", "")), str(body)
