"""Who may read and change what: the one place where region scope is decided.

Every user is scoped to a region subtree (a national administrator has none and sees
all). Query methods named `visible_to(user)` and `editable_by(user)` on each model call
the functions here; no view filters by region on its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeAlias

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from siaga.lib.regioncodes import ancestors_and_self, contains
from siaga.regions.models import in_region_q

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser

    from siaga.teams.models import User

    AnyUser: TypeAlias = User | AnonymousUser
else:
    AnyUser = object


class Role(models.TextChoices):
    REPORTER = "reporter", _("Reporter")
    ANALYST = "analyst", _("Analyst")
    COORDINATOR = "coordinator", _("Coordinator")
    LIAISON = "liaison", _("Agency liaison")
    OBSERVER = "observer", _("Observer")
    ADMIN = "admin", _("Administrator")


CHANGE_ROLES = frozenset({Role.ANALYST, Role.COORDINATOR, Role.ADMIN})
NOTHING = Q(pk__in=[])


def is_national(user: AnyUser) -> bool:
    return bool(user.is_authenticated and user.is_superuser and not _region(user))


def _region(user: AnyUser) -> str | None:
    return getattr(user, "region_id", None)


def scope_q(user: AnyUser, *, prefix: str = "") -> Q:
    """Rows placed in the user's region subtree (everything for a national admin)."""
    if not user.is_authenticated or not user.is_active:
        return NOTHING
    if is_national(user):
        return Q()
    code = _region(user)
    return in_region_q(code, prefix=prefix) if code else NOTHING


def scope_and_ancestors_q(user: AnyUser, *, field: str = "region") -> Q:
    """The subtree plus the regions above it: whom a team escalates to is public to it."""
    code = _region(user)
    if not user.is_authenticated or not user.is_active or not (code or is_national(user)):
        return NOTHING
    if is_national(user) or code is None:
        return Q()
    above = ancestors_and_self(code)[:-1]
    return scope_q(user, prefix=f"{field}__") | Q(**{f"{field}_id__in": above})


def can_read_region(user: AnyUser, code: str) -> bool:
    if not user.is_authenticated or not user.is_active:
        return False
    own = _region(user)
    return is_national(user) or (own is not None and contains(own, code))


def can_change_region(user: AnyUser, code: str) -> bool:
    """Analysts, coordinators and admins change what lies in their subtree; nobody else."""
    role = getattr(user, "role", None)
    return role in CHANGE_ROLES and can_read_region(user, code)


def editable_q(user: AnyUser, *, prefix: str = "") -> Q:
    if getattr(user, "role", None) not in CHANGE_ROLES:
        return NOTHING
    return scope_q(user, prefix=prefix)
