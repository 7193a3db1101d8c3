"""Siaga settings: one file, every deployment choice read from the environment.

Each variable is listed with its meaning in `.env.example`; a bad value stops start-up
with a message naming the variable.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import dj_database_url
from django.utils.translation import gettext_lazy as _

from siaga.lib.env import envbool, envint, envlist, envsecret, envstr

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(envstr("SIAGA_VAR_DIR", str(BASE_DIR / "var")))
# The analysis package keeps its trained model here (it reads no settings itself).
os.environ.setdefault("SIAGA_CACHE_DIR", str(VAR_DIR / "cache"))

DEBUG = envbool("SIAGA_DEBUG", False)
SECRET_KEY = envsecret("SIAGA_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG and not envbool("SIAGA_ALLOW_INSECURE_KEY", False):
        from django.core.exceptions import ImproperlyConfigured

        raise ImproperlyConfigured(
            "SIAGA_SECRET_KEY is empty. Set it (see .env.example), or set SIAGA_DEBUG=1 "
            "for a development machine."
        )
    SECRET_KEY = "insecure-development-key-do-not-use-in-production"  # noqa: S105

ALLOWED_HOSTS = envlist("SIAGA_ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
CSRF_TRUSTED_ORIGINS = envlist("SIAGA_CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_tasks",
    "django_tasks_db",
    "siaga.regions",
    "siaga.teams",
    "siaga.reports",
    "siaga.monitoring",
    "siaga.risk",
    "siaga.alerts",
    "siaga.dashboard",
    "siaga.api",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "siaga.dashboard.middleware.IndonesianFirstMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "siaga.dashboard.middleware.RegionTimezoneMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = envstr("SIAGA_URLCONF", "siaga.urls")
WSGI_APPLICATION = "siaga.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "siaga" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "siaga.dashboard.context_processors.navigation",
            ],
        },
    },
]


def _database() -> dict[str, Any]:
    url = envstr("DATABASE_URL", "")
    if url:
        config: dict[str, Any] = dict(
            dj_database_url.parse(url, conn_max_age=envint("DB_CONN_MAX_AGE", 60))
        )
        config["CONN_HEALTH_CHECKS"] = True
        return config
    VAR_DIR.mkdir(parents=True, exist_ok=True)
    return {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": envstr("SIAGA_SQLITE_PATH", str(VAR_DIR / "siaga.sqlite3")),
        "OPTIONS": {
            # WAL lets the web process read while the worker writes; IMMEDIATE makes a
            # write transaction take the lock at BEGIN instead of failing half-way.
            "init_command": (
                "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;"
            ),
            "transaction_mode": "IMMEDIATE",
        },
        # A file, not memory, for tests: concurrent-write tests need SQLite's real locking.
        "TEST": {"NAME": str(VAR_DIR / "test-siaga.sqlite3")},
    }


DATABASES = {"default": _database()}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "teams.User"
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "id"
LANGUAGES = [("id", _("Bahasa Indonesia")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
# Stored times are UTC; pages show them in the region's zone (WIB, WITA, WIT).
TIME_ZONE = envstr("SIAGA_TIME_ZONE", "Asia/Jakarta")

STATIC_URL = "static/"
STATIC_ROOT = Path(envstr("SIAGA_STATIC_ROOT", str(VAR_DIR / "static")))
STATICFILES_DIRS = [
    ("vendor/leaflet", BASE_DIR / "node_modules" / "leaflet" / "dist"),
    ("vendor/htmx", BASE_DIR / "node_modules" / "htmx.org" / "dist"),
]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
MEDIA_ROOT = Path(envstr("SIAGA_MEDIA_ROOT", str(VAR_DIR / "media")))
MEDIA_URL = "media/"

TASKS = {
    "default": {
        "BACKEND": envstr("SIAGA_TASKS_BACKEND", "django_tasks_db.DatabaseBackend"),
        "QUEUES": ["default"],
    }
}

EMAIL_BACKEND = envstr("SIAGA_EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = envstr("SIAGA_FROM_EMAIL", "siaga@localhost")

SESSION_COOKIE_SECURE = envbool("SIAGA_SECURE_COOKIES", False)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SESSION_COOKIE_AGE = envint("SIAGA_SESSION_DAYS", 14) * 24 * 3600

# Map: no tiles by default, so the map works offline; deployments set a tile server.
SIAGA_MAP_TILE_URL = envstr("SIAGA_MAP_TILE_URL", "")
SIAGA_MAP_TILE_ATTRIBUTION = envstr("SIAGA_MAP_TILE_ATTRIBUTION", "")

# Text channels: each webhook stays closed (503) until its secret is set.
SIAGA_PUBLIC_URL = envstr("SIAGA_PUBLIC_URL", "")
SIAGA_GATEWAY_SECRET = envsecret("SIAGA_GATEWAY_SECRET", "")
SIAGA_WHATSAPP_APP_SECRET = envsecret("SIAGA_WHATSAPP_APP_SECRET", "")
SIAGA_WHATSAPP_VERIFY_TOKEN = envsecret("SIAGA_WHATSAPP_VERIFY_TOKEN", "")
SIAGA_TWILIO_AUTH_TOKEN = envsecret("SIAGA_TWILIO_AUTH_TOKEN", "")
# Without a reporting schedule in force, officers are silent after this many hours.
SIAGA_DEFAULT_REPORT_INTERVAL_HOURS = envint("SIAGA_DEFAULT_REPORT_INTERVAL_HOURS", 24 * 7)

# Vulnerability and early warning.
SIAGA_RISK_HALF_LIFE_DAYS = envint("SIAGA_RISK_HALF_LIFE_DAYS", 30)
SIAGA_ALERT_WEBHOOK_URL = envstr("SIAGA_ALERT_WEBHOOK_URL", "")
SIAGA_ALERT_WEBHOOK_SECRET = envsecret("SIAGA_ALERT_WEBHOOK_SECRET", "")
SIAGA_SMS_GATEWAY_URL = envstr("SIAGA_SMS_GATEWAY_URL", "")
SIAGA_CAP_SENDER = envstr("SIAGA_CAP_SENDER", "siaga@localhost")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": envstr("SIAGA_LOG_LEVEL", "INFO")},
}
