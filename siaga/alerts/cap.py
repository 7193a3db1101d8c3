"""Alerts as CAP 1.2 (OASIS Common Alerting Protocol) XML, for exchange with other
warning systems. Values map as: status Actual, msgType Alert (Update once repeated),
scope Restricted to the team, category Security, urgency/severity/certainty from the
alert's severity (0-4) and status."""

from __future__ import annotations

import xml.etree.ElementTree as ET  # noqa: S405 (we only write XML here)

from django.conf import settings

from siaga.alerts.models import Alert, AlertStatus

NAMESPACE = "urn:oasis:names:tc:emergency:cap:1.2"
SEVERITY = {0: "Unknown", 1: "Minor", 2: "Moderate", 3: "Severe", 4: "Extreme"}
URGENCY = {0: "Unknown", 1: "Future", 2: "Expected", 3: "Immediate", 4: "Immediate"}


def _timestamp(value: object) -> str:
    text = str(value.isoformat(timespec="seconds"))  # type: ignore[attr-defined]
    return text.replace("+00:00", "-00:00")  # CAP writes UTC as -00:00


def cap_xml(alert: Alert) -> bytes:
    ET.register_namespace("", NAMESPACE)
    root = ET.Element(f"{{{NAMESPACE}}}alert")

    def add(parent: ET.Element, name: str, value: str) -> ET.Element:
        element = ET.SubElement(parent, f"{{{NAMESPACE}}}{name}")
        element.text = value
        return element

    sender = getattr(settings, "SIAGA_CAP_SENDER", "siaga@localhost")
    add(root, "identifier", f"siaga-{alert.identifier}")
    add(root, "sender", sender)
    add(root, "sent", _timestamp(alert.created_at))
    add(root, "status", "Actual")
    add(root, "msgType", "Update" if alert.repeats else "Alert")
    add(root, "scope", "Restricted")
    add(root, "restriction", "Tim Terpadu Penanganan Konflik Sosial")
    info = ET.SubElement(root, f"{{{NAMESPACE}}}info")
    add(info, "language", "id-ID")
    add(info, "category", "Security")
    add(info, "event", alert.category or alert.rule.get_kind_display())
    add(info, "responseType", "Monitor" if alert.severity < 3 else "Prepare")
    add(info, "urgency", URGENCY.get(alert.severity, "Unknown"))
    add(info, "severity", SEVERITY.get(alert.severity, "Unknown"))
    add(info, "certainty", "Observed" if alert.status != AlertStatus.OPEN else "Likely")
    add(info, "senderName", "Siaga")
    add(info, "headline", alert.headline[:160])
    add(info, "description", alert.description)
    parameter = ET.SubElement(info, f"{{{NAMESPACE}}}parameter")
    add(parameter, "valueName", "kode_wilayah")
    add(parameter, "value", alert.region_id)
    area = ET.SubElement(info, f"{{{NAMESPACE}}}area")
    add(area, "areaDesc", f"{alert.region.name} ({alert.region_id})")
    region = alert.region
    if region.latitude is not None and region.longitude is not None:
        add(area, "circle", f"{region.latitude:.5f},{region.longitude:.5f} 5.0")
    geocode = ET.SubElement(area, f"{{{NAMESPACE}}}geocode")
    add(geocode, "valueName", "kemendagri")
    add(geocode, "value", alert.region_id)
    return bytes(ET.tostring(root, encoding="utf-8", xml_declaration=True))
