# Siaga: `make run` serves the demo, `make test` runs the whole suite.
# Everything is installed by this file: Python packages into .venv, front-end packages
# from the npm registry into node_modules, Debian's chromium and gettext when missing.

SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SIAGA := $(BIN)/siaga
SHARED_BOUNDARIES ?= ../shared/data/boundaries
export SIAGA_DEBUG ?= 1

.PHONY: run test lint typecheck check messages install install-dev demo-data clean bench

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml $(VENV)/.installed
	$(BIN)/pip install -q -e '.[dev]'
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

/usr/bin/msgfmt:
	apt-get update -qq && apt-get install -y -qq gettext >/dev/null

/usr/bin/chromium:
	apt-get update -qq && apt-get install -y -qq chromium >/dev/null

locale/id/LC_MESSAGES/django.mo: locale/id/LC_MESSAGES/django.po | /usr/bin/msgfmt $(VENV)/.installed
	$(SIAGA) compilemessages --ignore=.venv --ignore=node_modules -v0

install: $(VENV)/.installed node_modules/.installed locale/id/LC_MESSAGES/django.mo

install-dev: install $(VENV)/.installed-dev /usr/bin/chromium

# Regions (and the development boundaries when ../shared is beside the checkout) are
# loaded once; the stamp makes a second `make run` start in seconds.
var/.demo-ready: | install
	$(SIAGA) migrate -v0
	$(SIAGA) load-regions
	@if [ -d "$(SHARED_BOUNDARIES)" ]; then \
	  for level in provinsi kabupaten kecamatan; do \
	    $(SIAGA) load-boundaries "$(SHARED_BOUNDARIES)/$$level.geojson.gz" \
	      --source "cahyadsn/wilayah_boundaries (MIT)"; \
	  done; \
	else echo "No boundary files at $(SHARED_BOUNDARIES): the map shows points and lists."; fi
	$(SIAGA) seed-demo
	$(SIAGA) seed-risk-demo
	touch $@

demo-data: var/.demo-ready

run: install var/.demo-ready
	$(SIAGA) migrate -v0
	@echo "Siaga: http://127.0.0.1:8000  (demo passwords were printed when the demo was created;"
	@echo "        'make reset-demo-passwords' prints new ones)"
	@# The worker runs the background tasks (analysis, scores, alert delivery) beside the
	@# server; the tick escalates unacknowledged alerts and looks for spikes every minute.
	$(SIAGA) db_worker --interval 0.2 & worker=$$!; \
	$(SIAGA) alerts-tick --every 60 & tick=$$!; \
	trap 'kill $$worker $$tick 2>/dev/null' EXIT INT TERM; \
	$(SIAGA) runserver 127.0.0.1:8000

reset-demo-passwords: install
	$(SIAGA) seed-demo --reset-passwords

test: install-dev
	$(BIN)/pytest -n 2 -q

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: install-dev
	$(BIN)/mypy siaga bench

check: lint typecheck
	$(SIAGA) makemigrations --check --dry-run -v0
	$(SIAGA) check

messages: install-dev
	$(SIAGA) makemessages -l id --ignore=.venv --ignore=node_modules --ignore=var --no-location --no-obsolete

bench: install
	$(BIN)/python bench/load_regions.py --quick
	$(BIN)/python bench/ingest.py --quick
	$(BIN)/python bench/analyze.py --quick
	$(BIN)/python bench/risk.py --quick

clean:
	rm -rf var test-artifacts
