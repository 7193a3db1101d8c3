"""SMS and WhatsApp intake: provider payloads, signatures, and turning a message into work.

Three doors, one path: a generic JSON gateway, the WhatsApp Business Cloud API webhook
and a Twilio-style SMS form post. Each verifies its signature, stores the message as
received (committed on its own), then parses it into a report or a check-in and
answers with a receipt or with the format.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import override

from siaga.reports.models import InboundMessage, OutboundMessage
from siaga.reports.places import match_place_text
from siaga.reports.services import (
    ReportInput,
    ReportInputError,
    contact_for,
    record_checkin,
    submit_report,
)
from siaga.reports.textformat import parse_message


@dataclass(frozen=True)
class Message:
    provider_id: str
    sender: str
    body: str


# --- signatures ----------------------------------------------------------------------


def hmac_sha256_hex(secret: str, body: bytes) -> str:
    return hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def gateway_signature_ok(secret: str, body: bytes, header: str) -> bool:
    """X-Siaga-Signature: sha256=<hex HMAC of the raw body>."""
    expected = "sha256=" + hmac_sha256_hex(secret, body)
    return bool(secret) and hmac.compare_digest(expected, header.strip())


def whatsapp_signature_ok(app_secret: str, body: bytes, header: str) -> bool:
    """X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the raw body with the app secret>."""
    return gateway_signature_ok(app_secret, body, header)


def twilio_signature(auth_token: str, url: str, params: Mapping[str, str]) -> str:
    """Base64 HMAC-SHA1 of the full URL followed by each POST name and value, sorted by name."""
    data = url + "".join(f"{k}{params[k]}" for k in sorted(params))
    digest = hmac.new(auth_token.encode(), data.encode(), hashlib.sha1).digest()
    return base64.b64encode(digest).decode()


def twilio_signature_ok(auth_token: str, url: str, params: Mapping[str, str], header: str) -> bool:
    return bool(auth_token) and hmac.compare_digest(
        twilio_signature(auth_token, url, params), header
    )


# --- payloads -------------------------------------------------------------------------


def gateway_messages(payload: Mapping[str, Any]) -> Iterator[Message]:
    """{"id": "...", "from": "+62812...", "text": "..."}, or {"messages": [ ... ]}."""
    items = payload.get("messages") if isinstance(payload.get("messages"), list) else [payload]
    for item in items or []:
        if isinstance(item, Mapping) and item.get("id") and item.get("from"):
            yield Message(
                str(item["id"]), normalize_phone(str(item["from"])), str(item.get("text", ""))
            )


def whatsapp_messages(payload: Mapping[str, Any]) -> Iterator[Message]:
    """Text messages in a WhatsApp Cloud API webhook (entry → changes → value → messages)."""
    for entry in payload.get("entry") or []:
        for change in entry.get("changes") or []:
            value = change.get("value") or {}
            for item in value.get("messages") or []:
                if item.get("type") == "text" and item.get("id") and item.get("from"):
                    body = (item.get("text") or {}).get("body", "")
                    yield Message(str(item["id"]), normalize_phone(str(item["from"])), str(body))


def twilio_message(params: Mapping[str, str]) -> Message | None:
    sid, sender = params.get("MessageSid") or params.get("SmsSid"), params.get("From")
    if not sid or not sender:
        return None
    return Message(sid, normalize_phone(sender), params.get("Body", ""))


def normalize_phone(raw: str) -> str:
    """E.164 for Indonesian numbers: "0812-3456-7890", "62812…", "whatsapp:+62812…"."""
    digits = "".join(ch for ch in raw if ch.isdigit())
    if digits.startswith("0"):
        digits = "62" + digits[1:]
    return "+" + digits if digits else raw


# --- processing -----------------------------------------------------------------------


def receive(channel: str, message: Message, payload: Mapping[str, Any]) -> InboundMessage:
    """Store first (its own commit), then process; a provider's retry is answered the same."""
    try:
        with transaction.atomic():
            inbound = InboundMessage.objects.create(
                channel=channel,
                provider_id=message.provider_id,
                sender=message.sender,
                body=message.body,
                payload=dict(payload),
            )
    except IntegrityError:
        inbound = InboundMessage.objects.get(channel=channel, provider_id=message.provider_id)
        if inbound.processed_at is not None:
            return inbound
    return process(inbound)


def process(inbound: InboundMessage) -> InboundMessage:
    """Turn a stored message into a report or a check-in; keep the error if that fails."""
    with override("id"):
        try:
            reply = _act_on(inbound)
            inbound.error = ""
        except ReportInputError as exc:
            reply = _("Your message could not be recorded: %(problems)s. %(help)s") % {
                "problems": "; ".join(p.message for p in exc.problems),
                "help": help_text(),
            }
            inbound.error = str(exc)
        inbound.reply = reply
        inbound.processed_at = timezone.now()
        inbound.save()
        OutboundMessage.objects.create(
            channel=inbound.channel, to=inbound.sender, body=reply, in_reply_to=inbound
        )
    return inbound


def _act_on(inbound: InboundMessage) -> str:
    contact = contact_for(inbound.sender)
    user = contact.user
    parsed = parse_message(inbound.body)
    client_id = f"{inbound.channel}:{inbound.provider_id}"
    if parsed.kind == "help":
        return help_text()
    if parsed.kind == "checkin":
        scope = user.region_id if user else None
        region = (
            match_place_text(parsed.place, scope=scope)
            if parsed.place
            else (user.region if user else None)
        )
        if region is None:
            return _("Check-in not recorded: the place “%(place)s” was not found. %(help)s") % {
                "place": parsed.place,
                "help": help_text(),
            }
        checkin, _created = record_checkin(
            user=user,
            contact=contact,
            region=region,
            channel=inbound.channel,
            client_id=client_id,
            note=parsed.text,
        )
        inbound.checkin = checkin
        return _("Thank you. Nihil recorded for %(place)s.") % {"place": region.label}
    report, _created = submit_report(
        ReportInput(
            raw_text=inbound.body,
            channel=inbound.channel,
            client_id=client_id,
            place_text=parsed.place,
            categories=parsed.categories,
            payload={"message_id": inbound.provider_id, "sender": inbound.sender},
        ),
        reporter=user,
        contact=contact,
    )
    inbound.report = report
    where = report.region.label if report.region else _("place not yet known")
    return _("Report received: %(number)s (%(place)s). Thank you.") % {
        "number": report.number,
        "place": where,
    }


def help_text() -> str:
    return _(
        "Format: LAPOR#desa#kategori#kejadian, or NIHIL#desa when all is calm. "
        "Example: LAPOR#Tangkas#politik uang#warga dibagi amplop malam ini"
    )
