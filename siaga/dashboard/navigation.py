"""The menu each role sees. Items are (url name, label); order is the order shown."""

from __future__ import annotations

from dataclasses import dataclass

from django.urls import reverse
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from siaga.teams.access import AnyUser, Role


@dataclass(frozen=True)
class NavItem:
    url_name: str
    label: str | Promise
    icon: str

    @property
    def url(self) -> str:
        return reverse(self.url_name)


HOME = NavItem("home", _("Home"), "⌂")
TEAM = NavItem("team", _("Team"), "☰")
REGIONS = NavItem("region-browser", _("Regions"), "◎")
ACCOUNT = NavItem("account", _("Account"), "●")
REPORT = NavItem("report-form", _("Report"), "+")
MINE = NavItem("my-reports", _("My reports"), "≡")
TRIAGE = NavItem("triage", _("Triage"), "!")
COVERAGE = NavItem("coverage", _("Coverage"), "◫")
MONITORING = NavItem("monitoring-queue", _("Monitoring"), "≋")
RISK = NavItem("risk-map", _("Vulnerability"), "▲")
ALERTS = NavItem("alerts", _("Alerts"), "⚑")
ADMIN = NavItem("admin:index", _("Administration"), "⚙")

MENU: dict[str, tuple[NavItem, ...]] = {
    Role.REPORTER: (REPORT, MINE, HOME, TEAM, ACCOUNT),
    Role.ANALYST: (HOME, ALERTS, TRIAGE, RISK, MONITORING, COVERAGE, TEAM, REGIONS, ACCOUNT),
    Role.COORDINATOR: (HOME, ALERTS, TRIAGE, RISK, MONITORING, COVERAGE, TEAM, REGIONS, ACCOUNT),
    Role.LIAISON: (HOME, ALERTS, REPORT, RISK, COVERAGE, TEAM, ACCOUNT),
    Role.OBSERVER: (HOME, ALERTS, RISK, COVERAGE, TEAM, REGIONS, ACCOUNT),
    Role.ADMIN: (HOME, ALERTS, TRIAGE, RISK, MONITORING, COVERAGE, TEAM, REGIONS, ACCOUNT, ADMIN),
}


def items_for(user: AnyUser) -> tuple[NavItem, ...]:
    if not user.is_authenticated:
        return ()
    return MENU.get(getattr(user, "role", ""), (HOME, ACCOUNT))
