"""Users and their scope, Tim Terpadu, the agencies in them and their duties."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.contrib.auth.models import AbstractUser, UserManager
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from siaga.regions.models import Region
from siaga.teams.access import Role, editable_q, scope_and_ancestors_q, scope_q

if TYPE_CHECKING:
    from siaga.teams.access import AnyUser


class Position(models.TextChoices):
    CHAIR = "ketua", _("Chair")
    VICE_CHAIR = "wakil_ketua", _("Vice chair")
    SECRETARY = "sekretaris", _("Secretary")
    MEMBER = "anggota", _("Member")


class Phase(models.TextChoices):
    PREVENTION = "prevention", _("Prevention")
    CESSATION = "cessation", _("Cessation")
    RECOVERY = "recovery", _("Post-conflict recovery")


class UserQuerySet(models.QuerySet["User"]):
    def visible_to(self, user: AnyUser) -> UserQuerySet:
        """People in the viewer's subtree; a reporter sees only their own account."""
        if isinstance(user, User) and user.role == Role.REPORTER:
            return self.filter(pk=user.pk)
        return self.filter(scope_q(user, prefix="region__"))


class SiagaUserManager(UserManager["User"]):
    def get_queryset(self) -> UserQuerySet:
        return UserQuerySet(self.model, using=self._db)

    def visible_to(self, user: AnyUser) -> UserQuerySet:
        return self.get_queryset().visible_to(user)


class User(AbstractUser):
    """An account, scoped to one region subtree and acting in one role."""

    role = models.CharField(_("role"), max_length=12, choices=Role.choices, default=Role.REPORTER)
    region = models.ForeignKey(
        Region,
        models.PROTECT,
        null=True,
        blank=True,
        related_name="users",
        verbose_name=_("region of duty"),
        help_text=_("The user sees this region and every region below it."),
    )
    agency = models.ForeignKey(
        "Agency",
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="users",
        verbose_name=_("agency"),
    )
    phone = models.CharField(_("phone number"), max_length=20, blank=True, db_index=True)
    field_title = models.CharField(
        _("field title"),
        max_length=120,
        blank=True,
        help_text=_("For example Bhabinkamtibmas Desa Tangkas, Babinsa, Perbekel."),
    )

    objects = SiagaUserManager()  # type: ignore[misc]

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def __str__(self) -> str:
        return self.get_full_name() or self.username


class AgencyType(models.Model):
    """A kind of agency in the catalogue, with its duties (tupoksi) in conflict handling.

    `categories` lists the conflict categories (taxonomy codes) the agency acts on, so an
    alert about one of them is routed to the agencies of that kind in the team.
    """

    code = models.SlugField(_("code"), max_length=30, primary_key=True)
    name = models.CharField(_("name"), max_length=120)
    sector = models.CharField(_("sector"), max_length=40)
    duties = models.TextField(_("duties (tupoksi)"))
    phases = models.JSONField(_("handling phases"), default=list)
    categories = models.JSONField(_("categories handled"), default=list)
    ordering = models.PositiveSmallIntegerField(default=100)

    class Meta:
        verbose_name = _("agency type")
        verbose_name_plural = _("agency catalogue")
        ordering = ["ordering", "name"]

    def __str__(self) -> str:
        return self.name

    def phase_labels(self) -> list[str]:
        return [str(Phase(p).label) for p in self.phases if p in Phase.values]


class AgencyQuerySet(models.QuerySet["Agency"]):
    def visible_to(self, user: AnyUser) -> AgencyQuerySet:
        return self.filter(scope_and_ancestors_q(user))


class Agency(models.Model):
    """One office of a kind, for one region: Polres Klungkung, Bawaslu Kabupaten Tabanan."""

    type = models.ForeignKey(
        AgencyType, models.PROTECT, related_name="agencies", verbose_name=_("type")
    )
    region = models.ForeignKey(
        Region, models.PROTECT, related_name="agencies", verbose_name=_("region")
    )
    name = models.CharField(_("name"), max_length=160)
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)

    objects = AgencyQuerySet.as_manager()

    class Meta:
        verbose_name = _("agency")
        verbose_name_plural = _("agencies")
        ordering = ["type__ordering", "name"]
        constraints = [
            models.UniqueConstraint(fields=["region", "name"], name="unique_agency_name_per_region")
        ]

    def __str__(self) -> str:
        return self.name


class TeamQuerySet(models.QuerySet["Team"]):
    def visible_to(self, user: AnyUser) -> TeamQuerySet:
        """Teams in the viewer's subtree and the teams above it (where escalation goes)."""
        return self.filter(scope_and_ancestors_q(user))

    def editable_by(self, user: AnyUser) -> TeamQuerySet:
        return self.filter(editable_q(user, prefix="region__"))

    def active(self) -> TeamQuerySet:
        return self.filter(is_active=True)


class Team(models.Model):
    """A Tim Terpadu Penanganan Konflik Sosial, formed by a decree (SK) for a region."""

    region = models.ForeignKey(
        Region, models.PROTECT, related_name="teams", verbose_name=_("region")
    )
    name = models.CharField(_("name"), max_length=200)
    decree_number = models.CharField(_("decree (SK) number"), max_length=120, blank=True)
    decree_date = models.DateField(_("decree (SK) date"), null=True, blank=True)
    period_start = models.DateField(_("period start"), null=True, blank=True)
    period_end = models.DateField(_("period end"), null=True, blank=True)
    is_active = models.BooleanField(_("active"), default=True)

    objects = TeamQuerySet.as_manager()

    class Meta:
        verbose_name = _("integrated team")
        verbose_name_plural = _("integrated teams")
        ordering = ["region_id"]
        constraints = [
            models.UniqueConstraint(
                fields=["region"], condition=Q(is_active=True), name="one_active_team_per_region"
            )
        ]

    def __str__(self) -> str:
        return self.name


class MembershipQuerySet(models.QuerySet["Membership"]):
    def current(self) -> MembershipQuerySet:
        return self.filter(ended_on__isnull=True)

    def visible_to(self, user: AnyUser) -> MembershipQuerySet:
        return self.filter(team__in=Team.objects.visible_to(user))


POSITION_ORDER = {
    Position.CHAIR: 0,
    Position.VICE_CHAIR: 1,
    Position.SECRETARY: 2,
    Position.MEMBER: 3,
}


class Membership(models.Model):
    """A person's seat in a team, for the agency they represent.

    Members need not have an account (a Bupati chairs the team but rarely logs in).
    """

    team = models.ForeignKey(
        Team, models.CASCADE, related_name="memberships", verbose_name=_("team")
    )
    person_name = models.CharField(_("name"), max_length=160)
    title = models.CharField(_("title"), max_length=160, blank=True)
    position = models.CharField(_("position in the team"), max_length=12, choices=Position.choices)
    agency = models.ForeignKey(
        Agency,
        models.PROTECT,
        null=True,
        blank=True,
        related_name="memberships",
        verbose_name=_("agency"),
    )
    user = models.ForeignKey(
        User,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="memberships",
        verbose_name=_("account"),
    )
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    started_on = models.DateField(_("started on"), null=True, blank=True)
    ended_on = models.DateField(_("ended on"), null=True, blank=True)

    objects = MembershipQuerySet.as_manager()

    class Meta:
        verbose_name = _("team membership")
        verbose_name_plural = _("team memberships")
        ordering = ["team_id", "id"]

    def __str__(self) -> str:
        return f"{self.person_name} ({self.get_position_display()})"
