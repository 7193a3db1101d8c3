"""Webhook endpoints for the text channels. Thin: verify, hand to channels.receive()."""

from __future__ import annotations

import json
from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils.html import escape
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from siaga.reports import channels
from siaga.reports.choices import Channel


def _json_body(request: HttpRequest) -> dict[str, Any] | None:
    try:
        data = json.loads(request.body or b"{}")
    except (ValueError, UnicodeDecodeError):
        return None
    return data if isinstance(data, dict) else None


@csrf_exempt
@require_POST
def gateway(request: HttpRequest) -> HttpResponse:
    secret = settings.SIAGA_GATEWAY_SECRET
    if not secret:
        return JsonResponse({"error": "gateway_not_configured"}, status=503)
    if not channels.gateway_signature_ok(
        secret, request.body, request.headers.get("X-Siaga-Signature", "")
    ):
        return JsonResponse({"error": "bad_signature"}, status=403)
    payload = _json_body(request)
    if payload is None:
        return JsonResponse({"error": "invalid_json"}, status=400)
    channel = Channel.WHATSAPP if payload.get("channel") == "whatsapp" else Channel.GATEWAY
    results = [
        channels.receive(channel, message, payload)
        for message in channels.gateway_messages(payload)
    ]
    if not results:
        return JsonResponse({"error": "no_messages"}, status=400)
    return JsonResponse(
        {
            "replies": [
                {
                    "id": r.provider_id,
                    "to": r.sender,
                    "reply": r.reply,
                    "report": r.report.number if r.report else None,
                }
                for r in results
            ]
        }
    )


@csrf_exempt
@require_http_methods(["GET", "POST"])
def whatsapp(request: HttpRequest) -> HttpResponse:
    if request.method == "GET":
        # Meta's subscription handshake.
        token = settings.SIAGA_WHATSAPP_VERIFY_TOKEN
        if (
            token
            and request.GET.get("hub.mode") == "subscribe"
            and request.GET.get("hub.verify_token") == token
        ):
            return HttpResponse(request.GET.get("hub.challenge", ""), content_type="text/plain")
        return HttpResponse(status=403)
    secret = settings.SIAGA_WHATSAPP_APP_SECRET
    if not secret:
        return JsonResponse({"error": "whatsapp_not_configured"}, status=503)
    if not channels.whatsapp_signature_ok(
        secret, request.body, request.headers.get("X-Hub-Signature-256", "")
    ):
        return JsonResponse({"error": "bad_signature"}, status=403)
    payload = _json_body(request)
    if payload is None:
        return JsonResponse({"error": "invalid_json"}, status=400)
    for message in channels.whatsapp_messages(payload):
        channels.receive(Channel.WHATSAPP, message, payload)
    # Replies go out through the Cloud API as new messages (OutboundMessage); Meta only
    # needs a 200 here, or it retries.
    return JsonResponse({"status": "ok"})


@csrf_exempt
@require_POST
def sms(request: HttpRequest) -> HttpResponse:
    token = settings.SIAGA_TWILIO_AUTH_TOKEN
    if not token:
        return HttpResponse(status=503)
    params = {k: request.POST[k] for k in request.POST}
    url = (
        settings.SIAGA_PUBLIC_URL.rstrip("/") + request.path
        if settings.SIAGA_PUBLIC_URL
        else request.build_absolute_uri()
    )
    if not channels.twilio_signature_ok(
        token, url, params, request.headers.get("X-Twilio-Signature", "")
    ):
        return HttpResponse(status=403)
    message = channels.twilio_message(params)
    if message is None:
        return HttpResponse(status=400)
    inbound = channels.receive(Channel.SMS, message, params)
    twiml = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f"<Response><Message>{escape(inbound.reply)}</Message></Response>"
    )
    return HttpResponse(twiml, content_type="application/xml")
