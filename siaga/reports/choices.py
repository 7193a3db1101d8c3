"""Labelled choices for the shared taxonomy codes (siaga.lib.taxonomy)."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class Category(models.TextChoices):
    ELECTION_CAMPAIGN_VIOLATION = "election_campaign_violation", _("Campaign violation")
    VOTER_LIST_PROBLEM = "voter_list_problem", _("Voter list / right to vote")
    MONEY_POLITICS = "money_politics", _("Money politics")
    ASN_NEUTRALITY = (
        "asn_neutrality",
        _("Neutrality of civil servants, TNI, Polri, village officials"),
    )
    ELECTION_LOGISTICS = "election_logistics", _("Election logistics")
    SUPPORTERS_CLASH = "supporters_clash", _("Clash between supporters")
    POLLING_STATION_UNREST = "polling_station_unrest", _("Unrest at a polling station")
    ELECTION_RESULT_DISPUTE = "election_result_dispute", _("Dispute over results")
    DEMONSTRATION = "demonstration", _("Demonstration")
    SARA_IDENTITY_RELIGION = "sara_identity_religion", _("SARA, identity politics, religion")
    ADAT_CUSTOMARY_DISPUTE = "adat_customary_dispute", _("Customary (adat) dispute")
    LAND_BOUNDARY_DISPUTE = "land_boundary_dispute", _("Boundary or land dispute")
    ALCOHOL_DRUGS_BRAWL = "alcohol_drugs_brawl", _("Brawl linked to alcohol or drugs")
    HOAX_HATE_SPEECH = "hoax_hate_speech", _("Hoax, hate speech, provocation")
    TERRORISM_RADICALISM = "terrorism_radicalism", _("Terrorism / radicalism")
    CRIMINAL_VIOLENCE = "criminal_violence", _("Violence / crime")
    OTHER = "other", _("Other")


def category_label(code: str) -> str:
    """A category code as its label in the active language (the code if unknown)."""
    return str(dict(Category.choices).get(code, code))


class Kind(models.TextChoices):
    INCIDENT = "incident", _("Incident")
    THREAT = "threat", _("Threat or rumour")
    MEETING = "meeting", _("Coordination")
    NONE = "none", _("Not a conflict signal")


class Severity(models.IntegerChoices):
    NONE = 0, _("0 – no conflict content")
    LATENT = 1, _("1 – potential, latent")
    INCIDENT = 2, _("2 – incident without casualties")
    INJURIES = 3, _("3 – violence with injuries")
    DEATHS = 4, _("4 – deaths")


class Stage(models.TextChoices):
    VOTER_REGISTRATION = "voter_registration", _("Voter registration")
    PARTY_VERIFICATION = "party_verification", _("Party verification")
    CANDIDATE_REGISTRATION = "candidate_registration", _("Candidate registration")
    CAMPAIGN = "campaign", _("Campaign")
    QUIET_PERIOD = "quiet_period", _("Quiet period")
    LOGISTICS_DISTRIBUTION = "logistics_distribution", _("Logistics distribution")
    VOTING_COUNTING = "voting_counting", _("Voting and counting")
    RECAPITULATION = "recapitulation", _("Recapitulation")
    DISPUTE_RESOLUTION = "dispute_resolution", _("Dispute resolution")
    INAUGURATION = "inauguration", _("Inauguration")


class Status(models.TextChoices):
    NEW = "new", _("New")
    NEEDS_REVIEW = "needs_review", _("Needs review")
    VERIFIED = "verified", _("Verified")
    REJECTED = "rejected", _("Rejected")
    MERGED = "merged", _("Merged (duplicate)")
    IN_RESPONSE = "in_response", _("In response")
    RESOLVED = "resolved", _("Resolved")


class Channel(models.TextChoices):
    WEB = "web", _("Web form")
    API = "api", _("API")
    SMS = "sms", _("SMS")
    WHATSAPP = "whatsapp", _("WhatsApp")
    GATEWAY = "gateway", _("Message gateway")


class PlaceMethod(models.TextChoices):
    CODE = "code", _("Region code given")
    NAME = "name", _("Place name matched")
    GPS = "gps", _("From GPS")
    SCOPE = "scope", _("Reporter's own region (place not found)")
    REVIEWED = "reviewed", _("Set by an analyst")
