from __future__ import annotations

from django.contrib.auth import views as auth_views
from django.urls import path

from siaga.teams import views

urlpatterns = [
    path(
        "masuk/",
        auth_views.LoginView.as_view(
            template_name="teams/login.html", redirect_authenticated_user=True
        ),
        name="login",
    ),  # noqa: E501
    path("keluar/", auth_views.LogoutView.as_view(), name="logout"),
    path(
        "akun/sandi/",
        auth_views.PasswordChangeView.as_view(template_name="teams/password_change.html"),
        name="password_change",
    ),
    path(
        "akun/sandi/selesai/",
        auth_views.PasswordChangeDoneView.as_view(template_name="teams/password_change_done.html"),
        name="password_change_done",
    ),
    path("akun/", views.account, name="account"),
    path("tim/", views.team_page, name="team"),
    path("tim/<int:team_id>/", views.team_page, name="team-detail"),
    path("tim/<int:team_id>/anggota/", views.add_member, name="team-add-member"),
    path("tim/<int:team_id>/tahapan/", views.add_stage, name="team-add-stage"),
    path(
        "tim/<int:team_id>/tahapan/<int:stage_id>/hapus/",
        views.remove_stage,
        name="team-remove-stage",
    ),
]
