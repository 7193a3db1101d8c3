"""Each text channel end to end, with payloads shaped like the providers' documented ones."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.test import Client

from siaga.reports.channels import hmac_sha256_hex, twilio_signature
from siaga.reports.choices import Channel, Status
from siaga.reports.models import CheckIn, Contact, InboundMessage, OutboundMessage, Report
from siaga.teams.models import User

pytestmark = pytest.mark.django_db
SECRET = "rahasia-gateway"
APP_SECRET = "rahasia-meta"
TWILIO = "rahasia-twilio"


@pytest.fixture(autouse=True)
def channel_secrets(settings: Any) -> None:
    settings.SIAGA_GATEWAY_SECRET = SECRET
    settings.SIAGA_WHATSAPP_APP_SECRET = APP_SECRET
    settings.SIAGA_WHATSAPP_VERIFY_TOKEN = "verif"
    settings.SIAGA_TWILIO_AUTH_TOKEN = TWILIO
    settings.SIAGA_PUBLIC_URL = "https://siaga.example.go.id"


@pytest.fixture
def officer(klungkung_reporter: User) -> User:
    klungkung_reporter.phone = "+6281234567890"
    klungkung_reporter.save()
    return klungkung_reporter


def gateway(client: Client, body: dict[str, Any], secret: str = SECRET) -> Any:
    raw = json.dumps(body).encode()
    return client.post(
        "/webhooks/gateway/",
        raw,
        content_type="application/json",
        HTTP_X_SIAGA_SIGNATURE="sha256=" + hmac_sha256_hex(secret, raw),
    )


def whatsapp_payload(message_id: str, sender: str, text: str) -> dict[str, Any]:
    return {
        "object": "whatsapp_business_account",
        "entry": [
            {
                "id": "WABA_ID",
                "changes": [
                    {
                        "field": "messages",
                        "value": {
                            "messaging_product": "whatsapp",
                            "metadata": {
                                "display_phone_number": "6281100000000",
                                "phone_number_id": "PNID",
                            },
                            "contacts": [{"profile": {"name": "Pak Made"}, "wa_id": sender}],
                            "messages": [
                                {
                                    "from": sender,
                                    "id": message_id,
                                    "timestamp": "1706000000",
                                    "type": "text",
                                    "text": {"body": text},
                                }
                            ],
                        },
                    }
                ],
            }
        ],
    }


def test_a_gateway_sms_from_a_registered_officer_lands_on_the_named_desa(
    client: Client, officer: User
) -> None:
    response = gateway(
        client,
        {
            "id": "gw-1",
            "from": "0812-3456-7890",
            "text": "LAPOR#Gelgel#politik uang#ada bagi2 amplop di balai banjar",
        },
    )
    assert response.status_code == 200
    report = Report.objects.get()
    assert report.reporter == officer
    assert report.region_id == "51.05.03.2003"
    assert report.categories == ["money_politics"]
    assert report.channel == Channel.GATEWAY
    assert report.number in response.json()["replies"][0]["reply"]


def test_a_forged_gateway_signature_is_refused_and_nothing_is_stored(
    client: Client, officer: User
) -> None:
    response = gateway(client, {"id": "gw-2", "from": "0812", "text": "x"}, secret="salah")
    assert response.status_code == 403
    assert not InboundMessage.objects.exists()


def test_a_closed_gateway_answers_503(client: Client, settings: Any) -> None:
    settings.SIAGA_GATEWAY_SECRET = ""
    assert gateway(client, {"id": "x", "from": "1", "text": "x"}).status_code == 503


def test_a_provider_retry_does_not_make_a_second_report(client: Client, officer: User) -> None:
    body = {"id": "gw-3", "from": "+6281234567890", "text": "LAPOR#Tangkas#miras#pemuda mabuk"}
    gateway(client, body)
    gateway(client, body)
    assert Report.objects.count() == 1 and InboundMessage.objects.count() == 1


def test_an_unknown_number_becomes_an_external_contact(client: Client, officer: User) -> None:
    gateway(client, {"id": "gw-4", "from": "+6285700000001", "text": "ada keributan di pasar"})
    report = Report.objects.get()
    assert report.reporter is None
    assert report.contact == Contact.objects.get(phone="+6285700000001")
    assert report.status == Status.NEEDS_REVIEW


def test_nihil_by_sms_records_a_check_in(client: Client, officer: User) -> None:
    reply = gateway(
        client, {"id": "gw-5", "from": "+6281234567890", "text": "nihil#tangkas"}
    ).json()
    assert CheckIn.objects.get().region_id == "51.05.03.2006"
    assert (
        "Nihil" in reply["replies"][0]["reply"] or "nihil" in reply["replies"][0]["reply"].lower()
    )


def test_info_gets_the_format_back(client: Client, officer: User) -> None:
    reply = gateway(client, {"id": "gw-6", "from": "+6281234567890", "text": "info"}).json()
    assert "LAPOR#" in reply["replies"][0]["reply"]
    assert not Report.objects.exists()


def test_whatsapp_verification_handshake(client: Client) -> None:
    ok = client.get(
        "/webhooks/whatsapp/",
        {"hub.mode": "subscribe", "hub.verify_token": "verif", "hub.challenge": "1158201444"},
    )
    assert ok.status_code == 200 and ok.content == b"1158201444"
    bad = client.get("/webhooks/whatsapp/", {"hub.mode": "subscribe", "hub.verify_token": "x"})
    assert bad.status_code == 403


def test_a_whatsapp_message_becomes_a_report_and_a_queued_reply(
    client: Client, officer: User
) -> None:
    raw = json.dumps(
        whatsapp_payload(
            "wamid.HBgN1",
            "6281234567890",
            "Lpr*Ds Gelgel*bentrok*pendukung paslon ribut, 2 org luka",
        )
    ).encode()
    response = client.post(
        "/webhooks/whatsapp/",
        raw,
        content_type="application/json",
        HTTP_X_HUB_SIGNATURE_256="sha256=" + hmac_sha256_hex(APP_SECRET, raw),
    )
    assert response.status_code == 200
    report = Report.objects.get()
    assert (report.channel, report.region_id, report.reporter) == (
        Channel.WHATSAPP,
        "51.05.03.2003",
        officer,
    )
    assert report.client_id == "whatsapp:wamid.HBgN1"
    assert OutboundMessage.objects.get().to == "+6281234567890"


def test_a_whatsapp_post_with_a_bad_signature_is_refused(client: Client) -> None:
    raw = json.dumps(whatsapp_payload("wamid.X", "628", "x")).encode()
    response = client.post(
        "/webhooks/whatsapp/",
        raw,
        content_type="application/json",
        HTTP_X_HUB_SIGNATURE_256="sha256=00",
    )
    assert response.status_code == 403


def test_a_twilio_sms_is_answered_with_twiml(client: Client, officer: User) -> None:
    params = {
        "MessageSid": "SM0123456789abcdef",
        "AccountSid": "AC00",
        "From": "+6281234567890",
        "To": "+6281100000000",
        "Body": "LAPOR#Tangkas#hoaks#ada hoax di grup wa",
        "NumMedia": "0",
    }
    signature = twilio_signature(TWILIO, "https://siaga.example.go.id/webhooks/sms/", params)
    response = client.post("/webhooks/sms/", params, HTTP_X_TWILIO_SIGNATURE=signature)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/xml"
    report = Report.objects.get()
    assert report.channel == Channel.SMS and report.region_id == "51.05.03.2006"
    assert "<Message>" in response.content.decode() and report.number in response.content.decode()


def test_a_twilio_post_with_a_wrong_signature_is_refused(client: Client, officer: User) -> None:
    params = {"MessageSid": "SM1", "From": "+6281234567890", "Body": "x"}
    assert client.post("/webhooks/sms/", params, HTTP_X_TWILIO_SIGNATURE="AAAA").status_code == 403
    assert not Report.objects.exists()


def test_a_message_that_fails_mid_way_is_kept_and_reprocessed(
    client: Client, officer: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    from siaga.reports import channels

    def crash(*args: object, **kwargs: object) -> None:
        raise RuntimeError("process killed")

    monkeypatch.setattr(channels, "submit_report", crash)
    with pytest.raises(RuntimeError):
        gateway(
            client, {"id": "gw-9", "from": "+6281234567890", "text": "LAPOR#Tangkas#miras#ribut"}
        )
    stored = InboundMessage.objects.get()
    assert stored.body.startswith("LAPOR#Tangkas") and stored.processed_at is None
    monkeypatch.undo()
    from django.core.management import call_command

    call_command("reprocess_messages")
    assert Report.objects.get().region_id == "51.05.03.2006"
