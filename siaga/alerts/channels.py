"""How an alert leaves Siaga: e-mail, a signed webhook, or SMS/WhatsApp via a gateway.

Each adapter raises `DeliveryError(transient=True)` for what may pass (time-outs,
refused connections, 5xx, 429) and `transient=False` for what will not (4xx, bad
address), so the caller knows whether to retry.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.core.mail import send_mail

from siaga.reports.channels import hmac_sha256_hex

if TYPE_CHECKING:
    from siaga.alerts.models import Alert

TIMEOUT_SECONDS = 5.0


class DeliveryError(Exception):
    def __init__(self, message: str, *, transient: bool) -> None:
        super().__init__(message)
        self.transient = transient


def payload(alert: Alert) -> dict[str, Any]:
    return {
        "identifier": str(alert.identifier),
        "headline": alert.headline,
        "description": alert.description,
        "region": {"code": alert.region_id, "name": alert.region.name},
        "category": alert.category,
        "severity": alert.severity,
        "status": alert.status,
        "step": alert.step,
        "created_at": alert.created_at.isoformat(),
        "evidence": alert.evidence,
    }


def text(alert: Alert) -> str:
    base = getattr(settings, "SIAGA_PUBLIC_URL", "").rstrip("/")
    link = f"{base}/peringatan/{alert.pk}/" if base else f"/peringatan/{alert.pk}/"
    return f"SIAGA: {alert.headline}. {link}"


def send(channel: str, address: str, alert: Alert) -> None:
    if channel == "in_app":
        return
    if channel == "email":
        _email(address, alert)
    elif channel == "webhook":
        secret = getattr(settings, "SIAGA_ALERT_WEBHOOK_SECRET", "")
        post_signed(address, payload(alert), secret)
    elif channel in ("sms", "whatsapp"):
        send_via_gateway(channel, address, text(alert))
    else:
        raise DeliveryError(f"unknown channel {channel}", transient=False)


def _email(address: str, alert: Alert) -> None:
    try:
        send_mail(
            subject=f"[SIAGA] {alert.headline}",
            message=f"{alert.description}\n\n{text(alert)}",
            from_email=None,
            recipient_list=[address],
        )
    except (TimeoutError, OSError) as problem:
        raise DeliveryError(f"e-mail: {problem}", transient=True) from problem


def send_via_gateway(channel: str, to: str, body: str) -> None:
    """The SMS/WhatsApp gateway adapter: one signed JSON POST per message."""
    url = getattr(settings, "SIAGA_SMS_GATEWAY_URL", "")
    if not url:
        raise DeliveryError("SIAGA_SMS_GATEWAY_URL is not set", transient=False)
    secret = getattr(settings, "SIAGA_GATEWAY_SECRET", "")
    post_signed(url, {"channel": channel, "to": to, "body": body}, secret)


def post_signed(url: str, data: dict[str, Any], secret: str) -> None:
    body = json.dumps(data, ensure_ascii=False).encode()
    request = urllib.request.Request(  # noqa: S310 (the address is configured, http(s) only)
        url,
        data=body,
        method="POST",
        headers={
            "Content-Type": "application/json",
            "X-Siaga-Signature": "sha256=" + hmac_sha256_hex(secret, body),
        },
    )
    if not url.startswith(("http://", "https://")):
        raise DeliveryError(f"not an http(s) address: {url}", transient=False)
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:  # noqa: S310
            response.read()
    except urllib.error.HTTPError as problem:
        transient = problem.code >= 500 or problem.code == 429
        raise DeliveryError(f"HTTP {problem.code}", transient=transient) from problem
    except (urllib.error.URLError, TimeoutError, ConnectionError) as problem:
        raise DeliveryError(f"network: {problem}", transient=True) from problem
